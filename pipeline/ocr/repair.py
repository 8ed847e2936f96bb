"""Post-OCR repair of what tesseract typically breaks in Vietnamese text.

Repairs work on words, never on the joined page text, so every word keeps its box and the
page text is rebuilt from the repaired words with exact offsets. What is repaired (data in
``rules/ocr.toml``; lexicons from the structure, document-type and organisation rules):

- Unicode: NFC; spacing accents (``´``, ``` ` ```, ``˜`` …) turned into the combining marks
  they stand for; a word made only of combining marks — a diacritic tesseract boxed apart
  from its letter — attached to the word before it.
- The number line's ``Số:`` read as ``S6:``/``Sô:``/… (first word of a line only).
- A line that is only a speck or two of punctuation (``:``, ``; ;``) is dropped.
- Across the document (:func:`respell_from_document`): a capital word that lost all its marks
  takes the spelling the same document gives it beside the same neighbour word.
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

from ..encoding import TONED, VOWELS
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


_VOWEL_CHARS = frozenset(TONED) | frozenset(VOWELS + VOWELS.upper())
_COMBINING = "".join(chr(c) for c in range(0x300, 0x370))


def _takes(word: str, marks: str, *, last: bool) -> bool:
    """Whether ``marks`` sit on the last (or first) letter of ``word`` as a Vietnamese vowel
    does: a circumflex after a comma, or on a ``C``, belongs to no letter there."""
    letter = word[-1:] if last else word[:1]
    if not letter.isalpha():
        return False
    c = unicodedata.normalize("NFC", unicodedata.normalize("NFD", letter) + marks)
    return len(c) == 1 and c in _VOWEL_CHARS


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


def is_speck_line(words: list[OcrWord]) -> bool:
    """A line of nothing but a stray punctuation mark or two (``:``, ``; ;``, ``°``): scanner
    specks and seal or signature strokes tesseract read as text, in the room left for the
    signature above all. Such a line carries no text and would split the signature block."""
    chars = "".join(w.text for w in words)
    return 0 < len(chars) <= 3 and all(c in _rules()["speck_chars"] for c in chars)


def _is_caps_line(words: list[OcrWord]) -> bool:
    letters = [c for w in words for c in w.text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def recase_after_heading(lines: list[list[OcrWord]]) -> list[list[OcrWord]]:
    """Lines of one paragraph with a capital restored at the start of a line under a line in
    capitals, where the letter's two cases have one shape (``[repair] same_shape``: c, o, s,
    v, x …) and tesseract told them apart by size alone: the trích yếu ``Về việc …`` centred
    under the type name comes out ``về việc``, and the normalizer then takes it for the type
    name's continuation. A heading in capitals is not continued in lower case, so the line
    starts a new phrase."""
    same = _rules()["same_shape"]
    out = [lines[0]] if lines else []
    for ln in lines[1:]:
        first = ln[0].text if ln else ""
        base = unicodedata.normalize("NFD", first[:1])[:1]
        if first and base in same and first[0].islower() and _is_caps_line(out[-1]):
            w = ln[0]
            ln = [OcrWord(first[0].upper() + first[1:], w.box, w.conf), *ln[1:]]
        out.append(ln)
    return out


def repair_line(words: list[OcrWord]) -> list[OcrWord]:
    """One line's words repaired; detached marks merged into the word before them; a line
    of specks (:func:`is_speck_line`) dropped."""
    if is_speck_line(words):
        return []
    out: list[OcrWord] = []
    pending: OcrWord | None = None  # a boxed-apart mark the word before could not take
    for w in words:
        text = fix_unicode(w.text)
        if not text:
            continue
        nfd = unicodedata.normalize("NFD", text)
        lead = len(nfd) - len(nfd.lstrip(_COMBINING))
        if lead:
            marks, rest = nfd[:lead], nfd[lead:]
            if out and _takes(out[-1].text, marks, last=True):
                out[-1] = _merge(out[-1], OcrWord(text, w.box, w.conf))
                continue
            if not rest:
                pending = OcrWord(marks, w.box, w.conf)
                continue
            text = unicodedata.normalize("NFC", rest)  # marks that fit neither side are noise
        if pending is not None:
            if _takes(text, pending.text, last=False):
                first = unicodedata.normalize("NFD", text[0]) + pending.text
                w = _merge(pending, OcrWord(text, w.box, w.conf))
                text = unicodedata.normalize("NFC", first + text[1:])
            pending = None
        out.append(OcrWord(_fix_word(text, not out), w.box, w.conf))
    if out:
        out[:1] = _split_glued(out[0])
    respelled = fix_heading([w.text for w in out])
    return [OcrWord(t, w.box, w.conf) if t != w.text else w for t, w in zip(respelled, out, strict=True)]


_WORD = re.compile(r"[^\W\d_]+")


def respell_from_document(text: str) -> str:
    """``text`` with capital words that lost all their marks respelled as the same document
    spells them, where it does so unambiguously.

    Tesseract drops the tone marks of a capitalised word now and then ("CỤC THUE" for "CỤC
    THUẾ"), most often in the bold header, while the body names the same body correctly
    ("Cục Thuế" a dozen times). A word of an all-capitals line with no mark at all is looked up
    with the word before or after it: if the rest of the document writes that pair, accent-
    folded the same, with one spelling of the word that has marks, that spelling is taken (in
    capitals). Accent folding keeps the length, so offsets do not move. Nothing outside the
    document is consulted."""
    tokens = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    if len(tokens) < 2:
        return text
    spell: dict[tuple[str, str, int], dict[str, int]] = {}
    for k in range(len(tokens) - 1):
        (_, a), (_, b) = tokens[k], tokens[k + 1]
        fa, fb = fold(a), fold(b)
        for word, key in ((a, (fa, fb, 0)), (b, (fa, fb, 1))):
            if fold(word) != word.casefold():  # the word has marks
                counts = spell.setdefault(key, {})
                counts[word.casefold()] = counts.get(word.casefold(), 0) + 1
    out = list(text)
    changed = False
    for k, (pos, w) in enumerate(tokens):
        if len(w) < 2 or not w.isupper() or fold(w) != w.casefold():
            continue
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if any(c.islower() for c in line):
            continue
        cands: dict[str, int] = {}
        if k > 0:
            for sp, n in spell.get((fold(tokens[k - 1][1]), fold(w), 1), {}).items():
                cands[sp] = cands.get(sp, 0) + n
        if k + 1 < len(tokens):
            for sp, n in spell.get((fold(w), fold(tokens[k + 1][1]), 0), {}).items():
                cands[sp] = cands.get(sp, 0) + n
        if len(cands) != 1:
            continue
        new = next(iter(cands)).upper()
        if len(new) == len(w) and unicodedata.normalize("NFC", new) == new:
            out[pos : pos + len(w)] = new
            changed = True
    return "".join(out) if changed else text
