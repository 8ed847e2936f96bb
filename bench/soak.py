"""Soak benchmark: one batch over a large mixed folder with bad inputs among the good ones.

Run: ``.venv/bin/python bench/soak.py [--docs 2000] [--bad-share 0.1] [--workers 2]
[--fuzz-seconds 60] [--json]``.

The folder holds ``docs`` inputs: good ones — variants of the corpus documents
(:mod:`bench.make_corpus`), a share of them as DOCX, HTML and PDF twins
(``corpus/formats/make.py``) — and ``bad-share`` of bad ones from ``corpus/bad/make.py``
(corrupt, encrypted and truncated PDFs, zip bombs, external entities, image bombs, a photo of
nothing, rotated scans, a 20 MB annex, mixed encodings, links out of the folder, a link loop, a FIFO,
a name that is not UTF-8, a DOCX with a surrogate symbol or hostile list numbering, HTML with
false charsets, deep nesting or a long list, 20,000 combining marks, an 80-inch PDF page, more
scanned pages or TIFF frames than may be OCR'd…),
each with its expected outcome. Then ``vanban batch`` runs once, in its own process, with the store, and this script
checks, from the batch's own outputs (shards via the ledger, ``errors.jsonl``, the ledger's
paths):

- every good input has a record (``good_extracted``);
- every bad input had its expected outcome: an error of the right kind with a message, or a
  record that passes its check (``bad_as_expected``);
- no input is lost: every path the walk met is in a record, a duplicate's paths or the errors;
- the peak memory of the parent and of each worker, and the wall time;

and finally runs the text-path fuzzer (``bench/fuzz_extract.py``) for ``--fuzz-seconds`` and
reports its number of executions and whether anything crashed. Exit status 1 if any check
failed. This script measures; the tests (``tests/test_hostile.py``) assert on a small version.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from corpus_files import corpus_tool  # noqa: E402
from make_corpus import generate  # noqa: E402

from pipeline.batch.ledger import Ledger  # noqa: E402
from pipeline.ingest import shown  # noqa: E402


def build(folder: Path, docs: int, bad_share: float, twin_share: float, seed: int, ocr: bool) -> tuple[list[Path], list]:
    """The mixed input folder; returns (good paths, bad specs)."""
    n_bad = max(1, round(docs * bad_share))
    good_dir, bad_dir = folder / "good", folder / "bad"
    generate(good_dir, docs - n_bad, seed)
    twins = corpus_tool("formats")
    rng = random.Random(seed)
    good: list[Path] = []
    fmts = ("docx", "html", "pdf")
    twins_wanted = round(twin_share * (docs - n_bad))
    for p in sorted(good_dir.rglob("*"), key=lambda q: rng.random()):
        if not p.is_file():
            continue
        if p.suffix == ".txt" and twins_wanted > 0:  # seed variants: the born-digital layouts
            try:
                lay = twins.layout(p.read_text(encoding="utf-8"))
            except ValueError:
                good.append(p)
                continue
            fmt = fmts[twins_wanted % 3]
            twins_wanted -= 1
            q = p.with_suffix("." + fmt)
            q.write_bytes(twins.RENDERERS[fmt](lay))
            p.unlink()
            good.append(q)
        else:
            good.append(p)
    bad = corpus_tool("bad").make(bad_dir, n_bad, seed, ocr=ocr, outside=folder.parent)
    return good, bad


def judge(out: Path, good: list[Path], bad: list) -> dict[str, Any]:
    led = Ledger(out)
    records: dict[str, dict] = {}
    for _sha, line in led.iter_records():
        rec = json.loads(line)
        records[rec["source"]["sha256"]] = rec
    path_sha = dict(led.db.execute("SELECT path, sha256 FROM paths"))
    led.close()
    errors = {}
    for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        errors[e["path"]] = e

    def record_of(p: Path | str) -> dict | None:
        sha = path_sha.get(shown(p))
        return records.get(sha) if sha else None

    good_missing = [str(p) for p in good if record_of(p) is None]
    good_errors = Counter(errors[str(p)]["kind"] for p in good if str(p) in errors)
    bad_wrong: list[dict] = []
    by_kind: Counter[str] = Counter()
    for b in bad:
        name = shown(b.path)  # names that are not UTF-8 are written \xNN by the batch
        err = errors.get(name)
        if err is not None and not err.get("message"):
            bad_wrong.append({"path": name, "problem": "error without a message"})
            continue
        problem = b.judge(record_of(b.path), err["kind"] if err else None)
        by_kind[b.kind] += 1
        if problem:
            bad_wrong.append({"path": name, "kind": b.kind, "problem": problem})
    met = {str(p) for p in good} | {shown(b.path) for b in bad}
    accounted = {p for p in met if p in errors or record_of(p) is not None}
    unexpected = sorted(set(errors) - met)
    return {
        "good": len(good), "good_extracted": len(good) - len(good_missing),
        "good_missing": good_missing[:20], "good_error_kinds": dict(good_errors),
        "bad": len(bad), "bad_as_expected": len(bad) - len(bad_wrong), "bad_wrong": bad_wrong[:20],
        "bad_kinds": dict(sorted(by_kind.items())),
        "lost": sorted(met - accounted)[:20], "lost_count": len(met - accounted),
        "errors_not_in_input": unexpected[:20],
    }


def fuzz(seconds: float) -> dict[str, Any]:
    if seconds <= 0:
        return {"skipped": True}
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "fuzz_extract.py"), "--seconds", str(seconds)],
                       capture_output=True, text=True, check=False)
    m = re.search(r"(\d+) executions in", r.stdout)
    return {"executions": int(m.group(1)) if m else None, "crash_free": r.returncode == 0,
            "output": (r.stdout + r.stderr).strip()[-400:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--bad-share", type=float, default=0.10)
    ap.add_argument("--twin-share", type=float, default=0.05, help="good inputs made DOCX/HTML/PDF")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=120.0, help="per document (s)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-ocr", action="store_true", help="leave out the inputs that need tesseract")
    ap.add_argument("--fuzz-seconds", type=float, default=60.0)
    ap.add_argument("--keep", type=Path, help="build in (and keep) this folder instead of a temporary one")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    base = a.keep or Path(tempfile.mkdtemp(prefix="vanban-soak-"))
    base.mkdir(parents=True, exist_ok=True)
    inp, out = base / "input", base / "out"
    shutil.rmtree(out, ignore_errors=True)
    try:
        t0 = time.perf_counter()
        good, bad = build(inp, a.docs, a.bad_share, a.twin_share, a.seed, not a.no_ocr)
        build_s = time.perf_counter() - t0
        # the batch as a user runs it, in its own process, so that its memory is its own
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "pipeline.cli", "batch", str(inp), "--out", str(out),
                            "--workers", str(a.workers), "--timeout", str(a.timeout), "--quiet"],
                           capture_output=True, text=True, check=False, cwd=ROOT)
        wall = time.perf_counter() - t0
        if r.returncode not in (0, 1):
            raise SystemExit(f"the batch itself failed (exit {r.returncode}):\n{r.stderr[-2000:]}")
        summary = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        verdict = judge(out, good, bad)
        con = sqlite3.connect(out / "corpus.db")
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        con.close()
    finally:
        if a.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    formats = Counter(p.suffix for p in good)
    res = {
        "inputs": len(good) + len(bad), "batch_inputs": summary["counts"]["inputs"], "good_formats": dict(formats), "build_s": round(build_s, 1),
        "workers": a.workers, "wall_s": round(wall, 1),
        "docs_per_s": round((len(good) + len(bad)) / wall, 2),
        "by_status": summary["counts"]["by_status"], "errors_by_kind": summary["counts"]["errors_by_kind"],
        "exit_status": summary["exit_status"], "store_documents": stored,
        "batch_parent_peak_rss_mb": summary["parent_peak_rss_mb"],
        "worker_peak_rss_mb_max": max(summary["workers_peak_rss_mb"].values(), default=None),
        "slowest": summary["slowest"][:3],
        **verdict,
        "fuzz": fuzz(a.fuzz_seconds),
    }
    ok = (res["good_extracted"] == res["good"] and res["bad_as_expected"] == res["bad"]
          and res["lost_count"] == 0 and res["fuzz"].get("crash_free", True))
    res["passed"] = ok
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print(f"{res['inputs']} inputs ({res['good']} good: {res['good_formats']}; {res['bad']} bad), "
              f"{a.workers} workers: {res['wall_s']} s, {res['docs_per_s']} inputs/s")
        print(f"good extracted {res['good_extracted']}/{res['good']}; bad as expected "
              f"{res['bad_as_expected']}/{res['bad']}; lost {res['lost_count']}; store {stored} documents")
        print(f"peak RSS: batch parent {res['batch_parent_peak_rss_mb']} MB, "
              f"worker max {res['worker_peak_rss_mb_max']} MB")
        print(f"errors by kind: {res['errors_by_kind']}")
        for w in res["bad_wrong"] + [{"path": p, "problem": "no record"} for p in res["good_missing"]]:
            print(f"  ! {w}")
        fz = res["fuzz"]
        if not fz.get("skipped"):
            print(f"fuzz: {fz['executions']} executions, {'no crash' if fz['crash_free'] else 'CRASH'}")
        print("PASSED" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
