"""Doubling benchmark: the passes hostile input made quadratic must cost linear time.

Run: ``.venv/bin/python bench/bench_linear.py [--factor 10] [--json]``.

For each case the input is built at size ``n`` and ``factor × n`` and the pass timed (best of
three); linear work gives a time ratio near the factor, quadratic work near its square. A case
passes when the ratio is under ``2 × factor`` (10× the input, < 20× the time). Cases (issue 18):

- ``normalize-marks``: one letter carrying n combining marks (``normalize._split_cluster``);
- ``html-ol``: an ``<ol>`` of n items (each item's number was ``items.index(el)``);
- ``html-deep``: n nested ``<div>`` around the body (past libxml2's depth limit);
- ``docx-list-1e9``: a DOCX list of n items numbered in roman numerals from 10⁹;
- ``title-block``: a document whose trích yếu has n words separated by tabs, echoed in the body.

This script measures; the tests assert behaviour, not time.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    from pipeline.caching import clear_per_text_caches

    best = float("inf")
    for _ in range(repeat):
        clear_per_text_caches()  # every run does the whole work
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def case_normalize_marks(n: int) -> Callable[[], object]:
    from pipeline.normalize import normalize

    text = "Số: 01/KH\n\ne" + "\u0301" * n + "\n"
    return lambda: normalize(text)


def case_html_ol(n: int) -> Callable[[], object]:
    from pipeline.formats.html import html_text

    markup = "<html><body><ol>" + "".join(f"<li>Mục {k}</li>" for k in range(n)) + "</ol></body></html>"
    return lambda: html_text(markup)


def case_html_deep(n: int) -> Callable[[], object]:
    from pipeline.formats.html import html_text

    markup = "<html><body>" + "<div>" * n + "<p>Nội dung</p>" + "</div>" * n + "</body></html>"
    return lambda: html_text(markup)


def case_docx_list(n: int) -> Callable[[], object]:
    from corpus_files import corpus_tool

    from pipeline.formats import docx

    bad = corpus_tool("bad")
    twins = corpus_tool("formats")
    seed = next((ROOT / "corpus" / "seeds").glob("003_*.txt")).read_text(encoding="utf-8")
    with zipfile.ZipFile(io.BytesIO(twins.make_docx(twins.layout(seed)))) as zf:
        m = {k: zf.read(k) for k in zf.namelist()}
    m["word/numbering.xml"] = bad.numbering_xml(10**9, "upperRoman", 0)
    m["word/document.xml"] = bad.list_paragraphs(m["word/document.xml"], 0, n)
    data = twins.zip_bytes(m)
    return lambda: docx.read(data, Path("list.docx"))


def case_title_block(n: int) -> Callable[[], object]:
    from pipeline.extractor import extract_text

    words = " ".join(f"việc{k}" for k in range(n))
    title = words.replace(" ", "\t")
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số: 12/KH-UBND\n\nAn Bình, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\n{title}\n\nI. MỤC ĐÍCH\n{words}\n")
    return lambda: extract_text(text)


CASES: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = {
    "normalize-marks": (case_normalize_marks, 2000),
    "html-ol": (case_html_ol, 800),
    "html-deep": (case_html_deep, 250),
    "docx-list-1e9": (case_docx_list, 20),
    "title-block": (case_title_block, 20),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--factor", type=int, default=10)
    ap.add_argument("--only", nargs="*", help="case names")
    ap.add_argument("--small", action="store_true", help="time the small size only (for slow, quadratic code)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    rows = []
    ok = True
    for name, (make, n) in CASES.items():
        if a.only and name not in a.only:
            continue
        small = _best(make(n))
        row = {"case": name, "n": n, "seconds": round(small, 4)}
        if not a.small:
            big = _best(make(n * a.factor), repeat=1 if small > 1 else 3)
            ratio = big / max(small, 1e-6)
            row.update({"n_big": n * a.factor, "seconds_big": round(big, 4), "ratio": round(ratio, 1),
                        "linear": ratio < 2 * a.factor})
            ok &= row["linear"]
        rows.append(row)
        if not a.json:
            print(" ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    if a.json:
        print(json.dumps(rows, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
