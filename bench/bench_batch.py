"""Throughput and cost of ``vanban batch`` over a generated corpus of real-document variants.

Run: ``.venv/bin/python bench/bench_batch.py [--docs 5000] [--workers 1,2] [--corpus DIR] [--json]``.
Generates ``--docs`` variants with :mod:`bench.make_corpus` into a temporary folder (or uses
``--corpus``), then runs the batch once per worker count into a fresh output folder and
reports, for each: documents per second (wall clock, worker start-up included), the peak RSS
of each worker and of the parent, and the ledger's share of the run (time the parent spends
appending + fsyncing record lines and committing ledger rows, over the wall time). Scaling
efficiency is ``docs/s(N) / (N × docs/s(1))``. The issue's targets: efficiency ≥ 0.8, ≤ 300 MB
per worker, ledger ≤ 5 %. This script measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import generate  # noqa: E402

from pipeline.batch import BatchOptions, run_batch  # noqa: E402


def _cpu(a: resource.struct_rusage, b: resource.struct_rusage) -> float:
    return (a.ru_utime - b.ru_utime) + (a.ru_stime - b.ru_stime)


def bench(corpus: Path, workers: list[int], timeout: float, fsync: bool = True) -> dict:
    load0 = os.getloadavg()[0]  # other work on the machine skews scaling; say how much there was
    runs = []
    for w in workers:
        out = Path(tempfile.mkdtemp(prefix=f"vanban-bench-out{w}-"))
        try:
            self0 = resource.getrusage(resource.RUSAGE_SELF)
            kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)  # pool workers, once reaped
            t0 = time.perf_counter()
            s = run_batch(BatchOptions(input_dir=corpus, out_dir=out, workers=w, timeout=timeout, store=False,
                                       fsync=fsync))
            wall = time.perf_counter() - t0
            self1 = resource.getrusage(resource.RUSAGE_SELF)
            kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        finally:
            shutil.rmtree(out, ignore_errors=True)
        ok = s["counts"]["by_status"].get("ok", 0)
        rss = list(s["workers_peak_rss_mb"].values())
        runs.append({
            "workers": w,
            "documents": ok,
            "errors": s["counts"]["by_status"].get("error", 0),
            "wall_s": round(wall, 2),
            "docs_per_s": round(ok / wall, 2),
            "worker_peak_rss_mb_max": max(rss) if rss else None,
            "worker_processes": len(rss),
            "ledger_share": s["timings"]["ledger_share"],
            "ledger_ms_per_doc": round(1000 * s["timings"]["ledger_s"] / max(ok, 1), 3),
            "hash_share": round(s["timings"]["hash_s"] / wall, 4),
            # CPU seconds: the parent's per document (is it a bottleneck?) and the workers' per
            # document (does a second worker make each document dearer, apart from sharing cores?)
            "parent_cpu_ms_per_doc": round(1000 * _cpu(self1, self0) / max(ok, 1), 2),
            "worker_cpu_ms_per_doc": round(1000 * _cpu(kids1, kids0) / max(ok, 1), 2),
        })
    base = runs[0]["docs_per_s"] / runs[0]["workers"] if runs else 0
    for r in runs:
        r["scaling_efficiency"] = round(r["docs_per_s"] / (r["workers"] * base), 3) if base else None
    return {
        "corpus": str(corpus),
        "cpu_count": os.cpu_count(),
        "load_average_before": round(load0, 2),
        "fsync": fsync,
        "runs": runs,
        "parent_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--corpus", type=Path, help="use this folder instead of generating one")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--no-fsync", action="store_true", help="measure without the per-record fsync")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    workers = [int(x) for x in a.workers.split(",") if x.strip()]
    tmp = None
    corpus = a.corpus
    if corpus is None:
        tmp = Path(tempfile.mkdtemp(prefix="vanban-bench-corpus-"))
        t0 = time.perf_counter()
        generate(tmp, a.docs, a.seed)
        print(f"generated {a.docs} variants in {time.perf_counter() - t0:.1f}s under {tmp}", file=sys.stderr)
        corpus = tmp
    try:
        res = bench(corpus, workers, a.timeout, fsync=not a.no_fsync)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    if a.json:
        print(json.dumps(res, indent=2))
        return
    print(f"corpus {res['corpus']} ({os.cpu_count()} CPUs, load average {res['load_average_before']:.2f} "
          f"before); fsync {res['fsync']}; parent peak RSS {res['parent_peak_rss_mb']} MB")
    print(f"{'workers':>7} {'docs':>6} {'err':>4} {'wall s':>8} {'docs/s':>8} {'eff':>6} "
          f"{'worker RSS MB':>13} {'ledger %':>8} {'ledger ms/doc':>13} {'CPU ms/doc parent':>17} {'workers':>7}")
    for r in res["runs"]:
        print(f"{r['workers']:>7} {r['documents']:>6} {r['errors']:>4} {r['wall_s']:>8} {r['docs_per_s']:>8} "
              f"{r['scaling_efficiency']:>6} {r['worker_peak_rss_mb_max']:>13} {100 * r['ledger_share']:>8.2f} "
              f"{r['ledger_ms_per_doc']:>13} {r['parent_cpu_ms_per_doc']:>17} {r['worker_cpu_ms_per_doc']:>7}")


if __name__ == "__main__":
    main()
