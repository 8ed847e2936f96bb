"""Post-OCR repair of what tesseract typically breaks in Vietnamese text.

Repairs work on words, never on the joined page text, so every word keeps its box and the
page text is rebuilt from the repaired words with exact offsets. What is repaired (data in
``rules/ocr.toml``; lexicons from the structure, document-type and organisation rules):

- Unicode: NFC; spacing accents (``´``, ``` ` ```, ``˜`` …) turned into the combining marks
  they stand for; a word made only of combining marks — a diacritic tesseract boxed apart
  from its letter — attached to the word before it.
- The number line's ``Số:`` read as ``S6:``/``Sô:``/… (first word of a line only).
- ``—`` for ``–``; ``'``/``"`` for ``’`` after a time of day (``13h30’``).
- Whole-line headings (Quốc hiệu, Tiêu ngữ, type names, section and closing headings,
  signers' positions) matched with rapidfuzz on accent-folded text: a line that matches one
  entry word for word takes that entry's spelling, in the line's own letter case. This fixes
  dropped or wrong tone marks only where the lexicon knows the words; nothing is
  document-specific.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from rapidfuzz import fuzz

from ..resources import load_rules
from ..textutil import fold
from .layout import OcrWord

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"))
_TIME = re.compile(r"(\d{1,2}h\d{2})['\"′`]")
_NUMBERING = re.compile(r"^(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]$")


@cache
def _rules() -> dict:
    return load_rules("ocr")["repair"]


@cache
def _lexicon() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """``(phrase, its words, fold(phrase))`` of every heading the lexicons know."""
    structure = load_rules("structure")
    phrases: list[str] = [structure["header"]["quoc_hieu"], structure["header"]["tieu_ngu"]]
    phrases += structure["header"].get("marks", [])
    for group in ("implementation", "schedule", "theme"):
        phrases += structure["sections"].get(group, [])
    phrases += structure["closing"].get("recipients", []) + structure["closing"].get("addressee", [])
    phrases += [t["name"] for t in load_rules("doc_types")["type"]]
    phrases += load_rules("orgs").get("positions", [])
    seen: dict[str, tuple[str, tuple[str, ...], str]] = {}
    for p in phrases:
        seen.setdefault(p, (p, tuple(p.split()), fold(p)))
    return tuple(seen.values())


def fix_unicode(text: str) -> str:
    """NFC, no zero-width characters, spacing accents as combining marks."""
    text = text.translate(_ZERO_WIDTH)
    marks = _rules()["spacing_marks"]
    if any(c in marks for c in text):
        text = "".join(marks.get(c, c) for c in text)
    return unicodedata.normalize("NFC", text)


def is_marks(text: str) -> bool:
    """Only combining marks (after NFD): a diacritic boxed apart from its letter."""
    return bool(text) and all(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def has_detached_marks(text: str) -> bool:
    """A combining mark that does not follow a letter (at the start, or after a space or
    punctuation) — what a "detached diacritic" looks like in output text."""
    nfc = unicodedata.normalize("NFC", text)
    return any(unicodedata.combining(c) and (i == 0 or not nfc[i - 1].isalpha())
               for i, c in enumerate(nfc))


def _merge(a: OcrWord, b: OcrWord) -> OcrWord:
    return OcrWord(
        unicodedata.normalize("NFC", a.text + b.text),
        (min(a.box[0], b.box[0]), min(a.box[1], b.box[1]), max(a.box[2], b.box[2]), max(a.box[3], b.box[3])),
        min(a.conf, b.conf),
    )


def _fix_word(text: str, first: bool) -> str:
    rules = _rules()
    if first and text in rules["words"]:
        text = rules["words"][text]
    for bad, good in rules["chars"].items():
        if bad in text:
            text = text.replace(bad, good)
    if "h" in text:
        text = _TIME.sub(lambda m: m.group(1) + rules["time_prime"], text)
    return text


def _recase(model: str, like: str) -> str:
    """``model``'s letters in the case pattern of ``like`` (all caps, capitalised, lower)."""
    letters = [c for c in like if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return model.upper()
    if letters and letters[0].isupper():
        return model[:1].upper() + model[1:]
    if letters and letters[0].islower():
        return model[:1].lower() + model[1:]
    return model


def fix_heading(words: list[str]) -> list[str]:
    """Words of a whole line respelled from the lexicon entry it matches, or unchanged.

    A leading list number ("III.", "2.") and a trailing colon are kept as they are; the rest
    must have as many words as the entry and fold to within ``heading_min_score`` of it.
    """
    lead = 1 if words and _NUMBERING.match(words[0]) else 0
    body = words[lead:]
    if not body or len(body) > 12:
        return words
    tail = ""
    last = body[-1]
    if last.endswith(":") and len(last) > 1:
        tail, body = ":", body[:-1] + [last[:-1]]
    key = fold(" ".join(body))
    best: tuple[float, tuple[str, ...]] | None = None
    threshold = _rules()["heading_min_score"]
    for _phrase, pwords, pfold in _lexicon():
        if len(pwords) != len(body) or abs(len(pfold) - len(key)) > 3:
            continue
        score = fuzz.ratio(key, pfold)
        if score >= threshold and (best is None or score > best[0]):
            best = (score, pwords)
    if best is None:
        return words
    fixed = []
    for w, p in zip(body, best[1], strict=True):
        # keep punctuation glued to the OCR'd word; only the letters are respelled
        core = w.strip(",.;")
        if not any(c.isalnum() for c in core):
            fixed.append(w)
            continue
        if fold(core) != fold(p) and fuzz.ratio(fold(core), fold(p)) < 50:
            return words  # a different word, not a damaged one
        fixed.append(w.replace(core, _recase(p, core)) if core else w)
    if tail:
        fixed[-1] += tail
    return words[:lead] + fixed


@cache
def _glued() -> re.Pattern[str]:
    return re.compile(_rules()["glued_number"])


def _split_glued(w: OcrWord) -> list[OcrWord]:
    """"I.MỤC" → "I." "MỤC" (tesseract drops the space after a list number); the box is
    divided in proportion to the characters."""
    m = _glued().match(w.text)
    if not m or not m.group(2)[0].isupper():
        return [w]
    x0, y0, x1, y1 = w.box
    cut = x0 + (x1 - x0) * len(m.group(1)) / len(w.text)
    return [OcrWord(m.group(1), (x0, y0, cut, y1), w.conf), OcrWord(m.group(2), (cut, y0, x1, y1), w.conf)]


def repair_line(words: list[OcrWord]) -> list[OcrWord]:
    """One line's words repaired; detached marks merged into the word before them."""
    out: list[OcrWord] = []
    for w in words:
        text = fix_unicode(w.text)
        if not text:
            continue
        if is_marks(text):
            if out:
                out[-1] = _merge(out[-1], OcrWord(text, w.box, w.conf))
            continue  # a mark with nothing to sit on is noise
        if unicodedata.combining(unicodedata.normalize("NFD", text)[0]):
            if out:
                out[-1] = _merge(out[-1], OcrWord(text, w.box, w.conf))
                continue
            nfd = unicodedata.normalize("NFD", text)
            text = unicodedata.normalize("NFC", nfd.lstrip("".join(c for c in nfd if unicodedata.combining(c))))
            if not text:
                continue
        out.append(OcrWord(_fix_word(text, not out), w.box, w.conf))
    if out:
        out[:1] = _split_glued(out[0])
    respelled = fix_heading([w.text for w in out])
    return [OcrWord(t, w.box, w.conf) if t != w.text else w for t, w in zip(respelled, out, strict=True)]
