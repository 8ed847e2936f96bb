"""Read an input file into text: format detection, decoding, source facts (path, sha256).

Plain text (``.txt``, ``.md`` and converter output) is decoded here; legacy Vietnamese
encodings are detected by :mod:`pipeline.encoding`. Every other format has a reader module in
:mod:`pipeline.formats` (``READERS`` below maps a sniffed format to it); a reader turns the
file's bytes into a :class:`Decoded`: the text, where each page starts in it and, for OCR'd
pages, the words with their page, bounding box and OCR confidence, so that extracted values
keep page/bbox provenance.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
MAX_BYTES = 50 * 1024 * 1024


class IngestError(Exception):
    """A file that cannot be read as a document; ``kind`` names the reason for error logs."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Word:
    """One OCR'd word: its span in the decoded text, page (1-based), pixel box, confidence 0–1."""

    start: int
    end: int
    page: int
    bbox: tuple[float, float, float, float]  # x0, y0, x1, y1 in page pixels
    conf: float


@dataclass(frozen=True)
class Decoded:
    """What a format reader returns."""

    text: str
    format: str  # "text", "markdown", "pdf", "docx", "html", "png", …
    encoding: str = "utf-8"  # of a text file; for other formats how the text was got ("pdf-text", "ocr")
    pages: tuple[int, ...] = ()  # offset in ``text`` where each page starts (page 1 first)
    words: tuple[Word, ...] = ()  # OCR'd words, in text order (empty for born-digital text)


@dataclass(frozen=True)
class Ingested:
    path: str
    sha256: str
    format: str
    encoding: str
    text: str
    pages: tuple[int, ...] = ()
    words: tuple[Word, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding ``offset`` of the decoded text (None for unpaged input)."""
        if not self.pages:
            return None
        from bisect import bisect_right

        return max(1, bisect_right(self.pages, offset))


_MAGIC = [
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0", "ole"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"{\\rtf", "rtf"),
]


def sniff(data: bytes) -> str:
    """Format by content (magic bytes), not by extension."""
    for magic, fmt in _MAGIC:
        if data.startswith(magic):
            return fmt
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


# Sniffed format → "module:function" of its reader, ``function(data: bytes, path: Path) -> Decoded``.
# Readers are imported on first use, so a missing optional dependency only affects its format.
READERS: dict[str, str] = {
    "text": "pipeline.formats.text:read",
}


def _reader(fmt: str, path: Path):
    import importlib

    target = READERS.get(fmt)
    if target is None:
        raise IngestError("unsupported-format", f"{path}: {fmt} input is not supported")
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def read_document(path: str | Path) -> Ingested:
    p = Path(path)
    if not p.exists():
        raise IngestError("not-found", f"{p}: no such file")
    if not p.is_file():
        raise IngestError("not-a-file", f"{p}: not a regular file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise IngestError("too-large", f"{p}: {size} bytes is over the {MAX_BYTES} byte limit")
    data = p.read_bytes()
    dec = _reader(sniff(data), p)(data, p)
    if not dec.text.strip():
        raise IngestError("empty", f"{p}: the file has no text")
    return Ingested(
        str(p), hashlib.sha256(data).hexdigest(), dec.format, dec.encoding, dec.text, dec.pages, dec.words
    )


def iter_inputs(paths: list[str | Path]):
    """Files named, and documents inside folders named (recursively, sorted, gold skipped)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not f.name.endswith(".gold.json"):
                    yield f
        else:
            yield p
