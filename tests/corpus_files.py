"""The bundled corpus as the extractor tests read it: one place for finding a document by its
stem and for taking it through the real pipeline up to segmentation."""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from pipeline.dates import Period, find_periods
from pipeline.ingest import read_document
from pipeline.normalize import normalize
from pipeline.segment import Document, segment

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# the format twins' PDFs and the scan simulator draw their text in Liberation Serif (Debian's
# fonts-liberation2, which scripts/system-deps.sh installs): without it those tests are skipped,
# as the README says, instead of failing on a missing font file
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
needs_fonts = pytest.mark.skipif(
    not (FONT_DIR / "LiberationSerif-Regular.ttf").is_file(),
    reason="fonts-liberation2 not installed (apt-get install fonts-liberation2)",
)


def source(stem: str) -> Path:
    """The corpus document whose name starts with ``stem``."""
    hits = sorted(p for p in CORPUS.rglob(f"{stem}*") if p.suffix in (".txt", ".md", ".docx", ".pdf"))
    assert hits, stem
    return hits[0]


def segment_text(text: str) -> Document:
    """Decoded text → normalized → segmented, as :func:`pipeline.extractor.extract_text` does."""
    norm = normalize(text)
    return segment(norm.text, norm.note_calls())


@cache
def segmented(stem: str) -> Document:
    return segment_text(read_document(source(stem)).text)


@cache
def corpus_tool(folder: str) -> ModuleType:
    """``corpus/FOLDER/make.py`` (the scan simulator, the format twins, the bad inputs) as a
    module: they are scripts, not part of the installed package."""
    name = f"corpus_{folder}_make"
    if name in sys.modules:  # loaded already by another corpus tool (corpus/bad/make.py loads formats)
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, CORPUS / folder / "make.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def gold_texts() -> list[Path]:
    """The plain-text corpus documents that have gold (READMEs and annotation notes beside them
    are not documents)."""
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md")
                  and p.with_name(p.stem + ".gold.json").exists())


def in_pool(p: Path) -> bool:
    """``corpus/dev/pool``: real documents of other layouts, kept apart from the development set."""
    return "pool" in p.relative_to(CORPUS).parts


# a list of quarters sharing one year ("Quý III, IV/2026", "quý I và II năm 2027"), as a task
# table's time cell writes it
_QUARTER_LIST = re.compile(r"(?i)\bquý\s+((?:[IV]+|[1-4])(?:\s*(?:,|và|-|–)\s*(?:quý\s+)?(?:[IV]+|[1-4]))+)\s*(?:/|năm\s+)(\d{4})")
_QUARTER_WORD = re.compile(r"(?i)^quý\s+")
_MONTH_LIST = re.compile(r"(?i)\btháng\s+(\d{1,2}(?:\s*(?:,|và)\s*(?:tháng\s+)?\d{1,2})+)\s*(?:/|năm\s+)(\d{4})")


def time_cell_periods(span_text: str) -> list[Period]:
    """The periods a task table's time cell gives that the date finder does not read alone
    (it reads dates in running text): a cell that is only a year ("2026"), and each quarter (each month) of
    a list of quarters (months) sharing a year, read one by one, and a cell whose words a table reader
    joined from several lines, read as one line. Tests relocating the timeline's spans
    read them independently of the extractor's own cell reader."""
    flat = " ".join(span_text.split())
    if flat != span_text.strip():  # a cell a table reader joined from lines ("Năm" / "2026")
        if got := find_periods(flat):
            return got
    bare = flat.strip(" *.;")
    if re.fullmatch(r"\d{4}", bare):
        return find_periods(f"năm {bare}")
    out: list[Period] = []
    for m in _QUARTER_LIST.finditer(flat):
        for q in re.split(r"\s*(?:,|và|-|–)\s*", m.group(1)):
            q = _QUARTER_WORD.sub("", q)  # "quý I và quý II/2030": the word repeated
            out += find_periods(f"Quý {q}/{m.group(2)}")
    for m in _MONTH_LIST.finditer(flat):  # "Tháng 11, 12/2013": each month sharing the year
        for mo in re.findall(r"\d{1,2}", m.group(1)):
            out += find_periods(f"tháng {mo}/{m.group(2)}")
    return out
