"""Instructions per seed-sized document, counted by valgrind (a measure other load leaves alone).

Run: ``.venv/bin/python bench/bench_instructions.py [TREE ...] [--passes 4]``. For each source
tree (default: this one) the seed documents are extracted under ``valgrind --tool=cachegrind``
once warm and again ``--passes`` more times; the difference divided by the documents extracted
is the cost of one document without start-up and warm-up. On a machine shared with other work
the CPU time of ``bench_extract.py`` moves by 10 % between runs; this count moves by well under
1 % (hash seed and BLAS threads fixed), so a change of a few per cent shows. It counts
instructions, not time: memory stalls are not in it. Needs ``valgrind`` on the path.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_REPLAY = """
import sys
from pipeline.caching import clear_per_text_caches
from pipeline.extractor import extract_text
from pipeline.ingest import iter_inputs, read_document
docs = [read_document(p).text for p in iter_inputs([sys.argv[2]])]
for d in docs:
    extract_text(d)
for _ in range(int(sys.argv[1])):
    clear_per_text_caches()
    for d in docs:
        extract_text(d)
print(len(docs))
"""


def _count(tree: Path, passes: int, seeds: Path) -> tuple[int, int]:
    """(instructions, documents) of a run with ``passes`` passes after the warm-up."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1",
           "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", _REPLAY, str(passes), str(seeds)],
        cwd=tree, env=env, capture_output=True, text=True, check=True,
    )
    m = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if m is None:
        raise RuntimeError(f"no instruction count from valgrind:\n{out.stderr[-2000:]}")
    return int(m.group(1).replace(",", "")), int(out.stdout.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("trees", nargs="*", default=[str(ROOT)])
    ap.add_argument("--passes", type=int, default=4)
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    for t in args.trees:
        tree = Path(t).resolve()
        seeds = tree / "corpus" / "seeds"
        warm, n = _count(tree, 0, seeds)
        full, _ = _count(tree, args.passes, seeds)
        print(f"{(full - warm) / (args.passes * n) / 1e6:8.2f} M instructions per seed document  {tree}")


if __name__ == "__main__":
    main()
