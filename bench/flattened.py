"""Gold texts with their line breaks taken away: how much of the record the relining restores.

A scraper that joins a page's text without separators, or a PDF copied as one paragraph, hands
the pipeline a document on one line. This script flattens every plain-text gold document of
the given folders (each run of whitespace that holds a line break becomes one space; nothing
else changes), scores the records of the flattened texts with the contract's scorer, and, with
``--without-relining``, the same without ``pipeline.reline`` (what a reader by lines makes of
them alone).

Run: ``.venv/bin/python bench/flattened.py GOLD_DIR... [--without-relining]``. It measures and
asserts nothing; the figures are for the closing notes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import extractor  # noqa: E402
from pipeline.evaluate import find_gold, score_corpus  # noqa: E402


def flatten(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip() + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--without-relining", action="store_true", help="segment the flattened text as it is")
    args = ap.parse_args()
    if args.without_relining:
        extractor.reline = lambda text: text  # the hook the extractor calls
    pairs = []
    for d in args.gold:
        for doc, gold in find_gold(d):
            if doc.suffix not in {".md", ".txt"}:
                continue
            rec = extractor.extract_text(flatten(doc.read_text(encoding="utf-8")))
            pairs.append((str(doc), rec.contract_dict(), json.loads(gold.read_text(encoding="utf-8"))))
    sc = score_corpus(pairs)
    print(f"{len(pairs)} documents flattened{' (no relining)' if args.without_relining else ''}: macro {sc.macro:.3f}")
    for name, f in sc.fields.items():
        if f.n:
            print(f"  {name:22s} {f.score:.3f}")


if __name__ == "__main__":
    main()
