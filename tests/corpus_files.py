"""The bundled corpus as the extractor tests read it: one place for finding a document by its
stem and for taking it through the real pipeline up to segmentation."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline.ingest import read_document
from pipeline.normalize import normalize
from pipeline.segment import Document, segment

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def source(stem: str) -> Path:
    """The corpus document whose name starts with ``stem``."""
    hits = sorted(p for p in CORPUS.rglob(f"{stem}*") if p.suffix in (".txt", ".md"))
    assert hits, stem
    return hits[0]


def segment_text(text: str) -> Document:
    """Decoded text → normalized → segmented, as :func:`pipeline.extractor.extract_text` does."""
    return segment(normalize(text).text)


@cache
def segmented(stem: str) -> Document:
    return segment_text(read_document(source(stem)).text)
