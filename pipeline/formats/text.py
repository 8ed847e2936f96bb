"""Plain text and converter markdown: decode, detecting legacy Vietnamese encodings."""

from __future__ import annotations

from pathlib import Path

from ..encoding import decode_bytes
from ..ingest import Decoded


def read(data: bytes, path: Path) -> Decoded:
    text, encoding = decode_bytes(data)
    fmt = "markdown" if path.suffix.lower() in {".md", ".markdown"} else "text"
    return Decoded(text=text, format=fmt, encoding=encoding)
