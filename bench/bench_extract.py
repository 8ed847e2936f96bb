"""Throughput of ``extract`` on the bundled corpus, one process, and where the time goes.

Run: ``.venv/bin/python bench/bench_extract.py [--seconds 10] [--json]``. Reports documents
per second (all corpus documents, and the seed-sized ones alone) — over the whole run per
CPU-second, and for the fastest pass alone (each pass extracts the group once; on a shared
machine the slower passes measure the other load) —, the share of time per stage and the share
spent in underthesea word segmentation. The issue's target is ≥ 50 seed-sized
documents per second per core; this script measures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import wordseg  # noqa: E402
from pipeline.caching import clear_per_text_caches  # noqa: E402
from pipeline.extractor import Timings, extract_text  # noqa: E402
from pipeline.ingest import iter_inputs, read_document  # noqa: E402


def _wordseg_seconds() -> float:
    return float(wordseg.stats()["seconds"])


def run(paths: list[Path], seconds: float) -> dict:
    docs = [read_document(p) for p in paths]
    seeds = [d for d in docs if "/seeds/" in d.path.replace("\\", "/")]
    # warm-up: rule files, regex compilation, underthesea model load
    for d in docs:
        extract_text(d.text)
    out: dict = {"documents": len(docs), "chars_mean": int(statistics.mean(len(d.text) for d in docs))}
    for label, group in (("corpus", docs), ("seeds", seeds)):
        if not group:
            continue
        timings = Timings()
        ws0 = _wordseg_seconds()
        n = 0
        best = float("inf")  # the fastest pass's CPU time
        c0 = time.process_time()
        t0 = time.perf_counter()
        while True:
            # each pass starts with cold per-text caches, as new documents would
            clear_per_text_caches()
            cp = time.process_time()
            for d in group:
                extract_text(d.text, timings=timings)
                n += 1
            best = min(best, time.process_time() - cp)
            if time.perf_counter() - t0 >= seconds:
                break
        elapsed = time.perf_counter() - t0
        cpu = time.process_time() - c0
        ws = _wordseg_seconds() - ws0
        out[label] = {
            "docs": n,
            "seconds": round(elapsed, 3),
            "docs_per_s": round(n / elapsed, 1),
            "ms_per_doc": round(1000 * elapsed / n, 2),
            # CPU time is what "per core" means, and it is not inflated by other load
            "cpu_docs_per_s": round(n / cpu, 1),
            # the fastest pass (the timeit convention: slower passes are slowed by other work on
            # the machine, not by the code), per CPU-second
            "best_pass_docs_per_s": round(len(group) / best, 1) if best > 0 else None,
            "wordseg_share": round(ws / elapsed, 3),
            "stage_share": {k: round(v / elapsed, 3) for k, v in sorted(timings.stages.items())},
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "corpus" / "seeds"), str(ROOT / "corpus" / "dev")])
    ap.add_argument("--seconds", type=float, default=5.0, help="minimum measuring time per group")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = run(list(iter_inputs(args.paths)), args.seconds)
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{res['documents']} documents, mean {res['chars_mean']} chars")
    for label in ("corpus", "seeds"):
        r = res.get(label)
        if not r:
            continue
        print(
            f"{label:7s} {r['docs_per_s']:7.1f} docs/s wall  {r['cpu_docs_per_s']:7.1f} docs/s per CPU-second  "
            f"(fastest pass {r['best_pass_docs_per_s']:.1f})  "
            f"{r['ms_per_doc']:6.2f} ms/doc  "
            f"word segmentation {100 * r['wordseg_share']:.1f}% of time"
        )
        print("        stages: " + ", ".join(f"{k} {100 * v:.1f}%" for k, v in r["stage_share"].items()))


if __name__ == "__main__":
    main()
