"""A signer's name as a scan's OCR read it without its marks, the marks put back.

OCR without the Vietnamese model, or a low-quality scan, reads a name as ``Mai Son`` or
``Nguyen Van Binh``. Personal names are made of a small vocabulary of syllables
(rules/person_names.toml), so a syllable read with no mark at all that stands for exactly one of
them once marks are set aside is that syllable — only in a name read with no mark at all (one
with marks elsewhere, "Dinh Thị Hiền", is as its writer spelt it); a syllable two names share
without marks (``Dung``: Dung, Dũng) is left alone.
"""

from __future__ import annotations

from functools import cache

from .resources import load_rules
from .textutil import fold


@cache
def _table(place: str) -> dict[str, str]:
    out: dict[str, str] = {}
    clash: set[str] = set()
    for s in load_rules("person_names")[place]:
        k = fold(s)
        if k in out and out[k] != s:
            clash.add(k)
        out[k] = s
    return {k: v for k, v in out.items() if k not in clash}


def restored(name: str) -> str:
    """``name`` with the marks of its unmarked syllables put back where the vocabulary allows,
    each syllable read at its place (family name first, given name last, middle names between)."""
    words = name.split(" ")
    if len(words) < 2 or not name.isascii():
        return name  # a name read with marks somewhere was read with them: its bare syllables are as written
    out = []
    for i, w in enumerate(words):
        place = "family" if i == 0 else "given" if i == len(words) - 1 else "middle"
        m = _table(place).get(fold(w)) if w.isalpha() and w[:1].isupper() else None
        out.append(m or w)
    return " ".join(out)
