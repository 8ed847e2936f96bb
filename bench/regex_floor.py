"""The floor issue 15 sets: on no set and no field may the record score below a layout-free regex.

Run: ``.venv/bin/python bench/regex_floor.py GOLD_DIR... [--json]``. For every document with a
gold record beside it, a twenty-line reading that knows no layout (the type word nearest the
top, the first ``Số:`` line, the first ``ngày … tháng … năm …`` with the place before it, the
line after the type word as title) is scored with the project's own scorer next to the
pipeline's record. The table lists both per header field and flags every field where the
pipeline is below the regex. It measures; it asserts nothing (the property the tests keep is the
fallback itself, tests/test_document_model.py).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import find_gold, score_corpus  # noqa: E402
from pipeline.extractor import extract_file  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402
from pipeline.resources import load_rules  # noqa: E402

FIELDS = ["doc_type.code", "number.raw", "number.seq", "number.symbol", "date.iso", "place", "title"]
_NUMBER = re.compile(r"(?im)^[\s|*#]*Số\s*[:.]?\s*([0-9]*\s*[-/][^\s|*]+)")
_DATE = re.compile(r"(?i)([A-ZĐÀ-Ỹ][^\n|,]{1,30}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def regex_record(text: str) -> dict:
    """What a layout-free regex reads: no cells, no title block, no furniture."""
    text = unicodedata.normalize("NFC", text).replace("*", "")
    types = {t["name"].upper(): t for t in load_rules("doc_types")["type"]}
    lines = [ln.strip(" |#\t") for ln in text.splitlines()]
    rec: dict = {"is_document": True, "doc_type": None, "number": None, "date": None, "place": None,
                 "title": None, "legal_bases": [], "timeline": [], "responsible_units": [], "recipients": []}
    for k, ln in enumerate(lines[:80]):
        if ln.upper() in types:
            t = types[ln.upper()]
            rec["doc_type"] = {"name": t["name"], "code": t["code"]}
            rec["title"] = next((x for x in lines[k + 1 : k + 4] if x), None)
            break
    if rec["doc_type"] is None and re.search(r"(?im)^\s*V/v", text):
        rec["doc_type"] = {"name": "Công văn", "code": "CV"}
    if m := _NUMBER.search(text):
        raw = re.sub(r"\s+", "", m.group(1))
        seq, _, symbol = raw.partition("/")
        rec["number"] = {"raw": raw, "seq": seq or None, "symbol": symbol or None}
    if m := _DATE.search(text):
        d, mo, y = int(m.group(2)), int(m.group(3)), int(m.group(4))
        rec["place"] = m.group(1).strip()
        rec["date"] = {"raw": m.group(0), "iso": f"{y:04d}-{mo:02d}-{d:02d}", "year": y, "month": mo, "day": d}
    return rec


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    pipe, naive = [], []
    for d in args.dirs:
        for doc, gold_path in find_gold(d):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            pipe.append((doc.name, extract_file(doc).model_dump(), gold))
            naive.append((doc.name, regex_record(read_document(doc).text), gold))
    sp, sn = score_corpus(pipe), score_corpus(naive)
    rows = {f: (sp[f].score, sn[f].score) for f in FIELDS}
    if args.json:
        print(json.dumps({"documents": len(pipe), "fields": rows}, indent=1))
        return
    print(f"{len(pipe)} documents")
    print(f"{'field':16s} {'pipeline':>9s} {'regex':>7s}")
    for f, (a, b) in rows.items():
        print(f"{f:16s} {a:9.3f} {b:7.3f}{'   BELOW THE REGEX' if a < b else ''}")


if __name__ == "__main__":
    main()
