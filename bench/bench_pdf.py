"""Born-digital PDFs: the pipeline's time against pypdfium2's bare text extraction, and OCR use.

Run: ``.venv/bin/python bench/bench_pdf.py DIR_OR_PDF... [--json] [--no-extract]``. In one
run, for every PDF: the bare text layer (open, ``get_text_range()`` page by page, close), the
pipeline's reader (:func:`pipeline.ingest.read_document`: page rebuilding, text-layer checks
and OCR of the pages judged unusable) and, unless ``--no-extract``, the reader plus field
extraction. Reports the totals, their ratio to the bare time, and how many pages and files
went to OCR (counted at the reader's OCR call). The issue's target for gazette PDFs, which all
carry a text layer, is no OCR and at most 10× the bare time; this script measures, it asserts
nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from pipeline.extractor import extract_text  # noqa: E402
from pipeline.formats import pdf as pdf_reader  # noqa: E402
from pipeline.ingest import iter_inputs, read_document  # noqa: E402


def _bare(path: Path) -> int:
    """Characters of pypdfium2's plain text extraction (what the ratio is measured against)."""
    doc = pdfium.PdfDocument(path.read_bytes())
    n = 0
    try:
        for k in range(len(doc)):
            page = doc[k]
            tp = page.get_textpage()
            n += len(tp.get_text_range())
            tp.close()
            page.close()
    finally:
        doc.close()
    return n


def run(paths: list[Path], extract: bool) -> dict:
    ocr_calls: list[tuple[str, int]] = []
    real_ocr = pdf_reader._ocr

    def counting_ocr(page, page_no: int, path: Path):  # type: ignore[no-untyped-def]
        ocr_calls.append((path.name, page_no))
        return real_ocr(page, page_no, path)

    pdf_reader._ocr = counting_ocr
    extract_text("Số: 1/KH-UBND")  # warm-up: rules, regexes, word segmentation model
    bare = read = full = 0.0
    pages = 0
    try:
        for p in paths:
            t0 = time.perf_counter()
            _bare(p)
            bare += time.perf_counter() - t0
            t0 = time.perf_counter()
            ing = read_document(p)
            t1 = time.perf_counter()
            read += t1 - t0
            pages += len(ing.pages)
            if extract:
                extract_text(ing.text)
                full += time.perf_counter() - t0
    finally:
        pdf_reader._ocr = real_ocr
    out = {
        "files": len(paths),
        "pages": pages,
        "ocr_pages": len(ocr_calls),
        "ocr_files": len({f for f, _ in ocr_calls}),
        "bare_s": round(bare, 3),
        "read_s": round(read, 3),
        "read_ratio": round(read / bare, 2) if bare else None,
    }
    if extract:
        out["read_extract_s"] = round(full, 3)
        out["read_extract_ratio"] = round(full / bare, 2) if bare else None
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-extract", action="store_true", help="time the reader only")
    args = ap.parse_args()
    paths = [p for p in iter_inputs(args.paths) if p.suffix.lower() == ".pdf"]
    res = run(paths, not args.no_extract)
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{res['files']} PDFs, {res['pages']} pages; OCR: {res['ocr_pages']} pages in {res['ocr_files']} files")
    print(f"bare pypdfium2 text  {res['bare_s']:8.2f} s")
    print(f"pipeline reader      {res['read_s']:8.2f} s  ({res['read_ratio']}× bare)")
    if "read_extract_s" in res:
        print(f"reader + extraction  {res['read_extract_s']:8.2f} s  ({res['read_extract_ratio']}× bare)")


if __name__ == "__main__":
    main()
