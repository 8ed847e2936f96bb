"""A unit's name cut short by a verb its own name holds, made whole by the document itself.

A body's name may end in words that are also verbs ("Vụ Vật liệu xây dựng", "Trung tâm Phát
triển quỹ đất"); where the name is not in the lexicon of known fields (pipeline/bodies.py), the
unit finder ends it before that verb. The document usually names the body elsewhere in a place
where nothing follows it: a list item, a table cell, a role's body before a comma ("Vụ trưởng
Vụ X y," / "- Vụ X y;"). Such a delimited mention attests the longer name; a mention whose text
runs on into exactly those words is that body, and its name is extended to match.

Only a few lower-case words are ever added, only where the text after the cut name holds them,
and only where the delimited form is attested twice, or once after a role — so a body followed
by its task elsewhere ("Bộ A hướng dẫn, kiểm tra …") does not lend a verb to its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from heapq import merge

from . import bodies
from .caching import per_text_cache
from .textutil import iter_phrase

_MAX_WORDS = 3
_BEFORE = re.compile(r"(?:^|[\n,;:(|•+\-–]|\bvà|\bcủa|\bvới)\s*$")
_AFTER = re.compile(r"\s*(?:[,;.:)|]|\n|$|và\s)")
_AFTER_ITEM = re.compile(r"[ \t]*(?:[;.)|]|\n|$)")  # a list item's or a cell's end, not a comma
_LEVEL_END = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|cấp tỉnh|cấp huyện|cấp xã|các cấp)$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _tail_words(text: str, at: int) -> list[tuple[str, int]]:
    """Up to a few lower-case words right after ``at`` (space-separated, no punctuation), with
    the end offset of each."""
    out: list[tuple[str, int]] = []
    pos = at
    while len(out) < _MAX_WORDS:
        m = _NEXT_WORD.match(text, pos)
        if not m or not m.group(1).islower():
            break
        out.append((m.group(1), m.end()))
        pos = m.end()
    return out


def _delimited(text: str, a: int, b: int) -> int:
    """2 where ``text[a:b]`` stands alone after a role (the role's body), 1 where it closes a
    list item or a cell ("- Vụ X y;"), 0 otherwise (a sentence's subject before a comma may be
    followed by its verbs: "Sở X theo dõi, đánh giá …")."""
    if not _AFTER.match(text, b):
        return 0
    before = text[max(0, a - 40) : a]
    words = before.split()
    for n in (1, 2, 3):
        if len(words) >= n and bodies.is_role(" ".join(words[-n:])):
            return 2
    return 1 if _BEFORE.search(before) and _AFTER_ITEM.match(text, b) else 0


_QUOTED = re.compile(r"[“\"]([^”\"\n]{3,120})[”\"]")


@per_text_cache(4)
def _quotes(text: str) -> tuple[tuple[str, int], ...]:
    """The passages a text quotes (stripped) and where each begins: found once per text, each
    unit followed by a comma is looked up among them.

    ``_QUOTED.finditer(text)``, tried only where a match can begin (an opening quote, found by
    ``str.find``): the pattern's leading class, searched over a whole text, cost as much as
    the rest of the step."""
    out: list[tuple[str, int]] = []
    pos = 0
    for p in merge(_positions(text, "“"), _positions(text, '"')):
        if p < pos:
            continue  # inside the passage matched before
        m = _QUOTED.match(text, p)
        if m is not None:
            out.append((m.group(1).strip(), m.start(1)))
            pos = m.end()
    return tuple(out)


def _positions(text: str, ch: str) -> Iterator[int]:
    """Offsets of ``ch`` in ``text``, in order."""
    i = text.find(ch)
    while i >= 0:
        yield i
        i = text.find(ch, i + 1)


def _quoted_extension(text: str, name: str, start: int, end: int) -> int:
    """A name the document quotes whole, comma and all ("… bằng cụm từ “Cục Quản lý, giám sát
    tổ chức tín dụng”"), attests the longer name where a mention runs on into it past a comma."""
    if not text.startswith(",", end):
        return end
    for q, at in _quotes(text):
        if len(q) <= len(name) or not q.startswith(name + ","):
            continue
        pat = re.compile(r"\s*".join(map(re.escape, q.split())))
        hit = pat.match(text, start)
        if hit is not None and hit.start() != at:
            return hit.end()
    return end


def attested_extension(text: str, name: str, start: int, end: int) -> int:
    """The end offset of the longer name that ``text[start:end]`` (== ``name``) begins, as the
    document attests it elsewhere; ``end`` where none is attested."""
    if text[start:end] != name or not bodies.head_length(name):
        return end
    quoted = _quoted_extension(text, name, start, end)
    if quoted > end:
        return quoted
    if bodies.name_length(name + " x") == len(name) or _LEVEL_END.search(name):
        return end  # a head and a known field, or a level closing it: complete
    tail = _tail_words(text, end)
    for n in range(len(tail), 0, -1):
        longer = text[start : tail[n - 1][1]]
        if longer[len(name) :].split()[0] in ("và", "các", "của"):
            break
        weight = 0
        for m_start, m_end in iter_phrase(text, longer.split()):
            if m_start == start:
                continue
            weight += _delimited(text, m_start, m_end)
            if weight >= 2:
                return tail[n - 1][1]
    return end
