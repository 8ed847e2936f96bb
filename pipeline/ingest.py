"""Read an input file into text: format detection, decoding, source facts (path, sha256).

Plain text (``.txt``, ``.md`` and converter output) is decoded here; legacy Vietnamese
encodings are detected by :mod:`pipeline.encoding`. Other formats (PDF, images, DOCX) are
the ingestion issue's work and are refused with a clear error until they land.
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
class Ingested:
    path: str
    sha256: str
    format: str
    encoding: str
    text: str


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
    fmt = sniff(data)
    if fmt != "text":
        raise IngestError(
            "unsupported-format",
            f"{p}: {fmt} input is not supported yet (plain text and markdown only in this version)",
        )
    from .encoding import decode_bytes

    text, encoding = decode_bytes(data)
    if not text.strip():
        raise IngestError("empty", f"{p}: the file has no text")
    fmt_name = "markdown" if p.suffix.lower() in {".md", ".markdown"} else "text"
    return Ingested(str(p), hashlib.sha256(data).hexdigest(), fmt_name, encoding, text)


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
