"""Plain text and converter markdown: decode, detecting legacy Vietnamese encodings."""

from __future__ import annotations

import re
from pathlib import Path

from ..encoding import decode_bytes
from ..ingest import Decoded, IngestError
from . import json_text

# what decoded text does not contain: NUL and the C0 controls other than tab, newlines and form
# feed, and replacement characters; a stray one from a converter is fine, 1 % is binary data
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_MAX_JUNK_SHARE = 0.01


def read(data: bytes, path: Path) -> Decoded:
    text, encoding = decode_bytes(data)
    head = text[:65536]
    if head and len(_JUNK.findall(head)) > _MAX_JUNK_SHARE * len(head):
        raise IngestError(
            "binary",
            f"{path}: not a text file and not a known document format (binary content; "
            "supported: text, markdown, PDF, DOCX, DOC, ODT, RTF, HTML, PNG, JPEG, TIFF)",
        )
    fmt = "markdown" if path.suffix.lower() in {".md", ".markdown"} else "text"
    inner = json_text.unwrap(text)
    if inner is not None:
        return Decoded(text=inner, format="json", encoding=encoding)
    return Decoded(text=text, format=fmt, encoding=encoding)
