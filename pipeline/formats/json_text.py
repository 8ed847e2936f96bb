"""A document's text stored as JSON: a record with a text field, or an OCR pipeline's object of
headings and paragraph lists.

Scrapers and OCR services save what they read as JSON (``{"so_hieu": …, "noi_dung": "<the
document>"}``, ``{"<heading>": [page, "<paragraph>", …], …}``) and such files arrive renamed
``.txt``/``.md``. Read as text, the quotes, brackets and escapes hide every line the document's
layout rests on. The text is the strings in document order: where one string holds most of it
(a record's text field) that string alone — its siblings are metadata that would read as a
second header —, else every string, keys that are text included (identifier keys such as
``so_hieu`` and numbers such as page offsets are the wrapper's, not the document's).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")
_DOMINANT = 0.6  # a string with this share of all the text is the document's text field
_MIN_TEXT = 200  # less text than this is no document's


def _strings(obj: Any, field: bool = False) -> Iterator[tuple[str, bool]]:
    """Every string in document order, and whether it is a field's whole value (a record's
    text field is one; a paragraph in a list, or a key, is none)."""
    if isinstance(obj, str):
        yield obj, field
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(k, str) and k.strip() and not _IDENT.fullmatch(k.strip()):
                yield k, False
            yield from _strings(v, True)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


_OPENS = re.compile(r"\s*[{\[]")  # (asked before any copy of the text is made)


def unwrap(text: str) -> str | None:
    """The document text a JSON file holds; None where ``text`` is no JSON object or list, or
    holds too little text to be a document."""
    if not _OPENS.match(text):
        return None
    s = text.strip()
    if s[-1] not in "}]":
        return None
    try:
        obj = json.loads(s)
    except ValueError:
        return None
    parts = [(p, f) for p, f in ((x.strip(), f) for x, f in _strings(obj)) if p]
    total = sum(len(p) for p, _f in parts)
    if total < _MIN_TEXT:
        return None
    longest = max((p for p, f in parts if f), key=len, default="")
    if len(longest) >= _DOMINANT * total:
        return longest
    return "\n".join(p for p, _f in parts)
