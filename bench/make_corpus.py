"""Generate a large corpus of document variants from the real documents in ``corpus/``.

The batch benchmark needs thousands of documents that cost what real ones cost to extract, and
the bundled corpus has 25. Each variant is a real document with its facts changed — the
document number, every date (shifted by one offset per variant, so timelines stay in order),
the place and the signer's name — using only values the corpus itself holds (the gold files'
numbers, places and signer names, recombined), so no invented lexicon is needed and every
variant is still a well-formed administrative document with a distinct sha256. Variants are
written as UTF-8 (the few legacy-encoded seeds are decoded first), NFC.

Run: ``.venv/bin/python bench/make_corpus.py OUT_DIR [--docs 5000] [--seed 0]``; writes
``OUT_DIR/NNN/NAME-vKKKKK.EXT`` (100 files per folder, original extension kept).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TEXT_FOLDERS = ("seeds", "dev")  # the born-digital text documents (scans/ are images)
_DATE = re.compile(r"(ngày\s+)(\d{1,2})(\s+tháng\s+)(\d{1,2})(\s+năm\s+)(\d{4})", re.I)
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


@dataclass(frozen=True)
class Source:
    path: Path
    text: str
    number: str | None  # gold number.raw, e.g. "141/KH-UBND"
    place: str | None
    signer: str | None


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def load_sources(corpus: Path = CORPUS) -> list[Source]:
    """The corpus documents with gold, decoded by the ingest layer (legacy encodings → Unicode)."""
    sys.path.insert(0, str(ROOT))
    from pipeline.ingest import read_document

    out = []
    for gold in sorted(g for sub in TEXT_FOLDERS for g in (corpus / sub).glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        doc = next((p for p in gold.parent.glob(stem + ".*") if p.suffix in (".txt", ".md")), None)
        if doc is None:
            continue
        g = json.loads(gold.read_text(encoding="utf-8"))
        out.append(Source(
            doc, _nfc(read_document(doc).text),
            (g.get("number") or {}).get("raw"), g.get("place"), (g.get("signer") or {}).get("name"),
        ))
    return out


def _replace_cased(text: str, old: str, new: str) -> str:
    """Replace ``old`` as written and in upper case (headers repeat names in capitals)."""
    return text.replace(old, new).replace(old.upper(), new.upper())


def _shift_dates(text: str, days: int) -> str:
    def long(m: re.Match[str]) -> str:
        try:
            d = dt.date(int(m[6]), int(m[4]), int(m[2])) + dt.timedelta(days=days)
        except ValueError:
            return m[0]
        day = f"{d.day:02d}" if len(m[2]) == 2 else str(d.day)
        return f"{m[1]}{day}{m[3]}{d.month}{m[5]}{d.year}"

    def short(m: re.Match[str]) -> str:
        try:
            d = dt.date(int(m[3]), int(m[2]), int(m[1])) + dt.timedelta(days=days)
        except ValueError:
            return m[0]
        return f"{d.day}/{d.month}/{d.year}"

    return _SLASH_DATE.sub(short, _DATE.sub(long, text))


def variant(src: Source, rng: random.Random, places: list[str], names: list[list[str]]) -> str:
    """One variant of ``src``: new number, dates, place and signer (values drawn from the corpus)."""
    text = src.text
    if src.number and "/" in src.number:
        seq, _, rest = src.number.partition("/")
        if seq.isdigit():
            new_seq = str(rng.randint(1, 10 ** max(len(seq), 3) - 1)).zfill(len(seq))
            text = text.replace(src.number, f"{new_seq}/{rest}")
    text = _shift_dates(text, rng.randint(-900, 0))
    if src.place and len(places) > 1:
        text = _replace_cased(text, src.place, rng.choice([p for p in places if p != src.place]))
    if src.signer and names:
        family = rng.choice(names)[0]
        rest = rng.choice([n for n in names if len(n) > 1])[1:]
        text = _replace_cased(text, src.signer, " ".join([family, *rest]))
    return text


def generate(out_dir: Path, n: int, seed: int = 0, corpus: Path = CORPUS) -> None:
    """Write ``n`` variants (round-robin over the sources) under ``out_dir``, one at a time."""
    sources = load_sources(corpus)
    if not sources:
        raise SystemExit(f"no documents with gold under {corpus}")
    places = sorted({s.place for s in sources if s.place})
    names = sorted({tuple(s.signer.split()) for s in sources if s.signer})
    name_parts = [list(n) for n in names]
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        src = sources[k % len(sources)]
        folder = out_dir / f"{k // 100:03d}"
        folder.mkdir(exist_ok=True)
        name = f"{src.path.stem}-v{k:05d}{src.path.suffix}"
        (folder / name).write_text(variant(src, rng, places, name_parts), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    generate(a.out_dir, a.docs, a.seed)
    print(f"wrote {a.docs} documents under {a.out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
