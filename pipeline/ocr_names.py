"""A body's name in a header cell as OCR read it, its marks put back from the body lexicon.

A scan's header is printed in capitals, where OCR loses a mark or reads the wrong one more
often than anywhere else (``TỎNG CỤC THUÊ``, ``VAN PHONG CHÍNH PHU``, ``BO TÀI CHÍNH``): the
head word is then no head the lexicon knows, the issuer's line runs into its parent's, and the
name comes out as written. The words of body names form a closed vocabulary — heads, the
fields of ministries and departments, central bodies, provinces — so a run of the cell's words
that equals a lexicon phrase once marks are set aside is that phrase. One word alone is too
ambiguous (``THUE`` is thuế or thuê; ``ĐỔI`` is no ``ĐỘI``), so it is read only where OCR may
have lost some of its marks (none swapped), and only where the cell's head stands (its first
word) or right after a phrase the run matched (a head's field: ``CỤC`` + ``THUE``). Edits keep
the length, so every span stays where it was.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .lexicon import central_body_names
from .resources import load_rules

_WORD = re.compile(r"[^\W\d_]+")


def _fold(word: str) -> str:
    """A word without marks, in small letters, đ as d (a scan read without the Vietnamese
    model loses the bar with the marks: "TONG LIEN DOAN LAO DONG")."""
    nfd = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in nfd if not unicodedata.combining(c))


@cache
def _phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded words → the marked words of every phrase of the body vocabulary; a folded key
    that two spellings share is left out (it cannot be read without guessing)."""
    b = load_rules("bodies")
    orgs = load_rules("orgs")
    names: list[str] = [*b["heads"]["bodies"], *orgs["heads"], *orgs["levels"], *b["bodies"]["names"],
                        *b["bodies"]["proper_nouns"], *central_body_names()]
    for key in ("ministries", "ministries_former", "departments"):
        names += b["domains"][key]
    spellings: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(w.lower() for w in _WORD.findall(name))
        if words and not any(w.isupper() and len(w) > 1 for w in _WORD.findall(name)):
            spellings.setdefault(tuple(map(_fold, words)), set()).add(words)
    return {k: next(iter(v)) for k, v in spellings.items() if len(v) == 1}


@cache
def _by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first folded word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for key in _phrases():
        out.setdefault(key[0], []).append(key)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _marks_lost(src: str, folded: str) -> bool:
    """Whether ``src`` could be the lexicon's word ``folded`` stands for with marks lost: every
    mark it carries stands on the same letter of that word (OCR drops marks far more often than
    it swaps them: "THUÊ" for "THUẾ", never "ĐỔI" for "ĐỘI")."""
    target = _phrases().get((folded,))
    if target is None or len(target[0]) != len(src):
        return False
    for a, b in zip(src.lower(), target[0], strict=True):
        marks = set(unicodedata.normalize("NFD", a)[1:])
        if not marks <= set(unicodedata.normalize("NFD", b)[1:]):
            return False
    return True


def _cased(src: str, target: str) -> str:
    return target.upper() if src.isupper() else target


def restored(line: str) -> str:
    """``line`` (a header cell's line in capitals) with the marks of the lexicon's phrases its
    words spell without or with wrong marks; ``line`` itself where nothing changes or a
    replacement would not keep its length."""
    words = list(_WORD.finditer(line))
    folded = [_fold(m.group()) for m in words]
    phrases = _phrases()
    out = list(line)
    changed = False
    i = 0
    after_phrase = False
    while i < len(words):
        hit = None
        for key in _by_first().get(folded[i], ()):
            if tuple(folded[i : i + len(key)]) != key:
                continue
            # (one word alone: the cell's head, or the field right after a phrase — and only a
            # word whose marks OCR may have lost: "ĐỔI" after "CỤC" is a word of its own)
            if len(key) > 1 or ((after_phrase or i == 0) and _marks_lost(words[i].group(), key[0])):
                hit = key
                break
        if hit is None:
            i += 1
            after_phrase = False
            continue
        for m, target in zip(words[i : i + len(hit)], phrases[hit], strict=True):
            new = _cased(m.group(), target)
            if len(new) != len(m.group()):
                return line
            if new != m.group():
                out[m.start() : m.end()] = new
                changed = True
        i += len(hit)
        after_phrase = True
    return "".join(out) if changed else line
