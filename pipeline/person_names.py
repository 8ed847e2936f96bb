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

from .encoding import TONED
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


@cache
def _families() -> frozenset[str]:
    rules = load_rules("person_names")
    return frozenset((*rules["family"], *rules.get("family_other", [])))


def _tones(word: str) -> tuple[str, str]:
    """The word without its tone mark (vowel shapes kept: ô, ư, đ), and that mark."""
    bare, tone = [], ""
    for c in word:
        base, mark = TONED.get(c, (c, ""))
        bare.append(base)
        tone = tone or mark
    return "".join(bare), tone


def _family_remarked(name: str) -> str:
    """A name whose family name is none in use but one of the usual ones with another tone
    mark ("Đồ Ngọc Huỳnh": OCR read the wrong tone): that one. Only a tone read for another
    — a tone where the usual name has none ("Chẩu", "Tố") or another vowel ("Vừ") is a name
    of its own."""
    family, _, rest = name.partition(" ")
    if not rest or family in _families() or not family.isalpha() or not family[:1].isupper():
        return name
    m = _table("family").get(fold(family))
    if m is None:
        return name
    (bare, tone), (m_bare, m_tone) = _tones(family), _tones(m)
    return f"{m} {rest}" if bare == m_bare and tone and m_tone and tone != m_tone else name


def restored(name: str) -> str:
    """``name`` with the marks of its unmarked syllables put back where the vocabulary allows,
    each syllable read at its place (family name first, given name last, middle names between)."""
    words = name.split(" ")
    if len(words) < 2:
        return name
    if not name.isascii():
        # a name read with marks somewhere was read with them: its bare syllables are as
        # written, a family name no one bears aside
        return _family_remarked(name)
    out = []
    for i, w in enumerate(words):
        place = "family" if i == 0 else "given" if i == len(words) - 1 else "middle"
        m = _table(place).get(fold(w)) if w.isalpha() and w[:1].isupper() else None
        out.append(m or w)
    return " ".join(out)
