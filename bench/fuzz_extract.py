"""Bounded-time fuzzing of the text path (normalize → segment → extract) with hypothesis.

Run: ``.venv/bin/python bench/fuzz_extract.py --seconds 300``. Generates documents the way
``tests/test_extract_properties.py`` does (real corpus lines shuffled, cut and mixed with
arbitrary Unicode), runs extraction on each and checks the same properties; reports the number
of executions. A failure is printed with hypothesis's shrunk input: add it to the tests as a
regression case. Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from test_extract_properties import documents  # noqa: E402

from pipeline.extractor import extract_text  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--chunk", type=int, default=500, help="examples per hypothesis run")
    args = ap.parse_args()
    count = 0

    @settings(max_examples=args.chunk, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(documents)
    def one(text: str) -> None:
        nonlocal count
        count += 1
        rec = extract_text(text, with_text=True)
        n = len(rec.text or "")
        for path, prov in rec.provenance.items():
            assert 0 <= prov.start <= prov.end <= n, path

    t0 = time.perf_counter()
    failed = False
    while time.perf_counter() - t0 < args.seconds:
        try:
            one()
        except Exception as e:  # noqa: BLE001 - report and stop: the shrunk input is printed
            print(f"FAILURE after {count} executions: {e!r}", file=sys.stderr)
            failed = True
            break
    elapsed = time.perf_counter() - t0
    print(f"{count} executions in {elapsed:.0f} s ({count / elapsed:.1f}/s), "
          f"{'a failure' if failed else 'no failure'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
