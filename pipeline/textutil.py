"""Small text helpers shared by the segmenter and the extractors (case, folding, fuzzy cues)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from operator import itemgetter

from rapidfuzz import fuzz

from .caching import per_text_cache, word_cache

# Characters stripped from the ends of a value (contract: no surrounding quotes, no trailing ;/.)
_EDGE = "\"'“”‘’«»`*_ \t\n;.,:–-"


def collapse(s: str) -> str:
    return " ".join(s.split())


def clean_value(s: str, *, keep_open_quote: bool = False) -> str:
    """Collapse whitespace and strip edge punctuation/quotes, keeping balanced inner quotes.

    A closing quote at the end is kept when its opening quote is inside the value
    (``Phát động phong trào “Gia đình, dòng họ hiếu học”``).
    """
    s = collapse(s)
    while s:
        prev = s
        s = s.strip(" \t;,:")
        if s.endswith("./."):
            s = s[:-3]
        if s.endswith(".") and not s.endswith("..."):
            s = s[:-1]
        if s and s[-1] in "”\"" and not _has_open(s[:-1], s[-1]):
            s = s[:-1]
        if s and s[0] in "“\"" and not keep_open_quote and not _has_close(s[1:], s[0]):
            s = s[1:]
        if s and s[-1] in "(-–" :
            s = s[:-1]
        if s == prev:
            break
    return s.strip()


def _has_open(s: str, close: str) -> bool:
    if close == "”":
        return s.count("“") > s.count("”")
    return s.count('"') % 2 == 1


def _has_close(s: str, open_: str) -> bool:
    if open_ == "“":
        return "”" in s
    return '"' in s


_MARKS = re.compile(r"[\u0300-\u036f]")


def strip_accents(s: str) -> str:
    # ASCII text has no marks and no đ, and NFD leaves it as it is: the structural cue tests
    # fold many such strings, and skipping the decomposition is the same result
    if s.isascii():
        return s
    return _MARKS.sub("", unicodedata.normalize("NFD", s)).replace("đ", "d").replace("Đ", "D")


def fold(s: str) -> str:
    """Case- and accent-insensitive key for fuzzy structural matching (OCR drops marks)."""
    if s.isascii():
        return " ".join(s.casefold().split())
    # word by word, each word's key cached: decomposing and stripping marks is the cost, and a
    # document's lines are made of a few thousand distinct words. The same key as folding the
    # whole string: decomposition never reorders marks across whitespace (a starter), stripping
    # and case folding go character by character, whitespace stays whitespace and nothing else
    # becomes any (tests/test_fold_keys.py checks every code point)
    return " ".join(filter(None, map(_fold_word, s.split())))


@word_cache(65536)
def _fold_word(w: str) -> str:
    return strip_accents(w).casefold()


@per_text_cache(4096)
def fold_head(s: str) -> str:
    """``fold`` of a line's head: the segmenter tries one line against many cue lists."""
    return fold(s)


_LEAD = 64  # longer than nearly all cues (the boilerplate markers' longest folds to 55)


@per_text_cache(8192)
def fold_lead(head: str, need: int) -> str:
    """A prefix of ``fold(head)`` at least ``need`` characters long, or all of it: the cue
    tests compare a line's key with cues of at most ``need`` folded characters (``key[:n]``)
    and ask whether it is empty, and folding a whole 240-character head for a 20-character cue
    was most of their cost. ``fold`` goes word by word, so the fold of the head up to a
    whitespace is a prefix of the fold of all of it (its whole words, the same keys)."""
    if need > 0:
        # (cut at the first space from ``_LEAD`` on, whatever the list: a line asked for several
        # lists is folded once; any whitespace would do, a space is found without a pattern)
        cut = head.find(" ", max(need, _LEAD))
        if cut > 0:
            key = fold_head(head[:cut])
            if len(key) >= need:
                return key
    return fold_head(head)


@lru_cache(maxsize=1024)
def _fold_cues(phrases: tuple[str, ...]) -> tuple[tuple[str, str, int], ...]:
    """``(phrase, fold(phrase), len(fold(phrase)))`` of a cue list from ``rules/``: the same
    lists are tried on every line. Phrases that fold to nothing are left out (they match
    nothing)."""
    return tuple((p, f, len(f)) for p in phrases if (f := fold(p)))


@lru_cache(maxsize=4096)
def fold_cue(phrase: str) -> str:
    """``fold`` of a phrase from a lexicon in ``rules/``: a finite set of strings, tried against
    every candidate line, so each is folded once per process."""
    return fold(phrase)


def phrase_pattern(phrase: str) -> str:
    """A lexicon phrase as a pattern: its words escaped, any run of whitespace between them (a
    phrase may be wrapped over two lines)."""
    return r"\s+".join(map(re.escape, phrase.split()))


def iter_phrase(text: str, words: Sequence[str], pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each occurrence of ``words`` with any run of whitespace between them
    in ``text[pos:endpos]``, left to right, not overlapping: what
    ``re.compile(phrase_pattern(" ".join(words))).finditer(text, pos, endpos)`` finds, without
    compiling a pattern for one document's phrase (a title, a name: a pattern of a few dozen
    words costs more to compile than the search, and such patterns crowd ``re``'s cache).
    ``words`` are non-empty and hold no whitespace (``str.split()``'s words)."""
    n = len(text) if endpos is None else max(0, min(endpos, len(text)))
    p = max(0, pos)
    first, rest = words[0], words[1:]
    while True:
        p = text.find(first, p, n)
        if p < 0:
            return
        q = p + len(first)
        for w in rest:
            r = q
            while r < n and text[r].isspace():
                r += 1
            if r == q or not text.startswith(w, r, n):
                break
            q = r + len(w)
        else:
            yield p, q
            p = q
            continue
        p += 1


def find_phrase(text: str, words: Sequence[str], pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
    """The first of :func:`iter_phrase` (``re.search`` of the phrase's pattern), or None."""
    return next(iter_phrase(text, words, pos, endpos), None)


def phrases_alternation(phrases: list[str]) -> str:
    """One alternation of lexicon phrases, longest first (so a phrase is never cut short by
    one it begins with)."""
    return "|".join(phrase_pattern(p) for p in sorted(set(phrases), key=len, reverse=True))


@per_text_cache(8192)
def is_upper_line(s: str, threshold: float = 0.8) -> bool:
    """Whether at least ``threshold`` of the letters of ``s`` are capitals (two letters at
    least). Kept for the document: the segmenter, the section builder (run again by the
    timeline) and the normalizer ask the same lines about five times each."""
    # filter/map with the str methods run in C: the layout passes ask this of long lines
    letters = "".join(filter(str.isalpha, s))
    if len(letters) < 2:
        return False
    return sum(map(str.isupper, letters)) / len(letters) >= threshold


_HEAD = 240  # longer than any cue phrase in rules/ (the longest is under 80 characters)


def fuzzy_starts(line: str, phrases: Sequence[str], min_score: float = 85.0) -> tuple[str, float] | None:
    """The phrase that ``line`` starts with (fuzzily, case- and accent-folded), if any."""
    # only the line's head can match: folding a 1,000-character paragraph for a 20-character
    # cue is the segmenter's main cost otherwise
    return _fuzzy_starts(line[:_HEAD], tuple(phrases), min_score)


@per_text_cache(8192)
def _fuzzy_starts(head: str, phrases: tuple[str, ...], min_score: float) -> tuple[str, float] | None:
    """:func:`fuzzy_starts` of a line's head, kept for the document: the segmenter and the
    extractors ask a line for the same cue list more than once."""
    cues = _fold_cues(phrases)
    key = fold_lead(head, max((n for _p, _f, n in cues), default=0))
    if not key:
        return None
    best: tuple[str, float] | None = None
    for p, fp, n in cues:
        head = key[:n]
        score = 100.0 if head == fp else fuzz.ratio(head, fp, score_cutoff=min_score)
        if score >= min_score and (best is None or score > best[1] or (score == best[1] and len(p) > len(best[0]))):
            best = (p, score)
    return best


def fuzzy_starts_lines(lines: Sequence[str], phrases: list[str], min_score: float = 85.0) -> list[bool]:
    """For each line, whether :func:`fuzzy_starts` finds a phrase it starts with. The segmenter
    asks this of every line for its boilerplate markers: each phrase is scored against all
    the lines' heads in one call, and only a line that comes within a point of the threshold
    is asked again, line by line, as :func:`fuzzy_starts` does (so the answer is its own)."""
    import numpy as np
    from rapidfuzz import process

    cues = _fold_cues(tuple(phrases))
    need = max((n for _p, _f, n in cues), default=0)
    keys = [fold_lead(t[:_HEAD], need) if t else "" for t in lines]
    near: set[int] = set()
    cutoff = max(0.0, min_score - 1.0)
    for _p, fp, n in cues:
        # (the heads cut by ``itemgetter`` in C: a comprehension's loop cost as much as the cut)
        scores = process.cdist([fp], list(map(itemgetter(slice(None, n)), keys)), scorer=fuzz.ratio,
                               score_cutoff=cutoff, dtype=np.float64, workers=1)[0]
        near.update(np.flatnonzero(scores >= cutoff).tolist())
    return [i in near and bool(keys[i]) and fuzzy_starts(t, phrases, min_score) is not None for i, t in enumerate(lines)]


def fuzzy_equals(line: str, phrases: list[str], min_score: float = 85.0) -> tuple[str, float] | None:
    key = fold(line).strip(" :.")
    best: tuple[str, float] | None = None
    for p, fp, _n in _fold_cues(tuple(phrases)):
        score = fuzz.ratio(key, fp, score_cutoff=min_score)
        if score >= min_score and (best is None or score > best[1]):
            best = (p, score)
    return best


# "xã hội" (society) is not the level "xã" followed by a name
_NOT_LEVEL = {("xã", "hội"), ("xã", "viên")}
# a level word before "ủy" names the Party committee of that level (TỈNH ỦY → Tỉnh ủy), a body
_COMMITTEE_LEVELS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị"})


def sentence_case_org(
    upper: str,
    levels: list[str],
    keep: frozenset[str] = frozenset(),
    heads: list[str] | None = None,
    place_named: frozenset[str] = frozenset(),
    name_after: frozenset[str] = frozenset(),
) -> str:
    """Turn an all-caps organisation name into the conventional mixed case.

    ``ỦY BAN NHÂN DÂN TỈNH BẮC NINH`` → ``Ủy ban nhân dân tỉnh Bắc Ninh``, ``CỤC HẢI QUAN`` →
    ``Cục Hải quan``, ``SỞ GIÁO DỤC VÀ ĐÀO TẠO`` → ``Sở Giáo dục và Đào tạo``: the head word
    (from ``heads``) is capitalised, so is the first word of the specific name after it and the
    first word after ``và``; administrative level words are lower case and the proper name
    after them is title-cased, as is the name after a head in ``place_named`` (``HUYỆN ỦY YÊN
    MÔ`` → ``Huyện ủy Yên Mô``); words in ``keep`` (abbreviations) stay as written. Scoring is
    case-insensitive: this is for readers.
    """
    words = collapse(upper).split(" ")
    if not words or not is_upper_line(upper):
        return collapse(upper)
    lower = [w.lower() for w in words]
    lv = sorted((x.split() for x in levels), key=len, reverse=True)
    head_len = 1
    head_names_place = False
    placed = {p.lower() for p in place_named}
    for h in sorted(heads or [], key=lambda x: -len(x.split())):
        hw = h.lower().split()
        if lower[: len(hw)] == hw:
            head_len = len(hw)
            head_names_place = h.lower() in placed
            break
    out: list[str] = []
    i = 0
    proper = False
    cap_next = False
    while i < len(words):
        if i > 0 and lower[i] in _COMMITTEE_LEVELS and i + 1 < len(words) and lower[i + 1] == "ủy":
            out.extend((words[i][:1] + lower[i][1:], "ủy"))
            i += 2
            proper = True
            continue
        matched = None
        for seq in lv:
            nxt = lower[i + len(seq)] if i + len(seq) < len(words) else None
            if lower[i : i + len(seq)] == seq and nxt is not None and (" ".join(seq), nxt) not in _NOT_LEVEL:
                matched = seq
                break
        if matched and i > 0:
            out.extend(matched)
            i += len(matched)
            proper = True
            continue
        w = lower[i]
        # (an abbreviation keeps its case before the list's comma too: "KHCN, ĐMST, CĐS VÀ …")
        if words[i] in keep or (words[i][-1:] in ",;" and words[i][:-1] in keep):
            out.append(words[i])
            # "TRƯỜNG THPT NGÔ THỊ NHẬM": a proper name follows a school-level abbreviation
            # (``name_after``), not any abbreviation ("VĂN PHÒNG HĐND VÀ UBND")
            proper = proper or (i == head_len and words[i] in name_after)
        elif proper or i == 0 or cap_next:
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
        cap_next = False
        if i == head_len - 1:
            cap_next = True
            proper = proper or head_names_place
        if w == "và" and i > head_len:
            cap_next = True
        i += 1
    return " ".join(out)


# Vietnamese capital and small letters as regular-expression class bodies ("[{UPPER}]")
UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
LOWER = "a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
