"""A body named by its head and an initialism the document itself spells out elsewhere.

Task tables and Nơi nhận lists shorten a body's field to the initials of its words ("Báo GDTĐ",
"Vụ TCCB") where the body text names the same body in full ("Báo Giáo dục và Thời đại", "Vụ Tổ
chức cán bộ"). The contract writes names in full; the general abbreviation lexicon
(rules/abbreviations.toml) knows the initialisms every document uses (UBND, HĐND), not a
ministry's own departments. So an initialism is written out only where the same document names
a body with the same head whose words' initials — "và" and dashes aside, each word's first
letter — are exactly its letters; an initialism the document never spells out stays as it is.
"""

from __future__ import annotations

import re

from . import bodies
from .caching import per_text_cache

_INITIALISM = re.compile(r"[A-ZĐ&]{2,12}")
_WORD = re.compile(r"[^\W\d_]+|[,\-–]")
_SKIP = frozenset({"và", "-", "–", ","})
_MAX_WORDS = 14


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.casefold() not in _SKIP)


@per_text_cache(64)
def _spelled(text: str, head: str, letters: str) -> str | None:
    """The one full field after ``head`` in ``text`` whose initials are ``letters``."""
    found: set[str] = set()
    for m in re.finditer(rf"(?<!\w){re.escape(head)}\s+", text):
        words: list[str] = []
        last = m.end()
        for w in _WORD.finditer(text, m.end(), min(len(text), m.end() + 160)):
            gap = text[last : w.start()]
            if len(gap) > 2 or gap.count("\n") > 1 or len(words) >= _MAX_WORDS:
                break  # (no more than a space or a line break between the field's words)
            if "\n" in gap and w.group() in "-–":
                break  # a dash at a line's start opens the next item, it is no dash inside a name
            if len(w.group()) > 1 and w.group().isupper():
                break  # an initialism spells no initialism (the one asked, met again, is no field)
            words.append(w.group())
            last = w.end()
            got = _initials(words)
            if got == letters and words[-1] not in _SKIP and words[0][:1].isupper():
                field = " ".join(text[m.end() : last].split())
                # a field that runs into its clause's predicate ("các Cục Thuế triển khai thực
                # hiện …" for "Cục TTKT") is a sentence's words, no name
                if bodies.name_length(f"{head} {field}") == len(head) + 1 + len(field):
                    found.add(field)
                break
            if not letters.startswith(got):
                break
    return found.pop() if len(found) == 1 else None


def spelled_out(name: str, text: str) -> str:
    """``name`` with its trailing initialism written out where ``text`` spells it ("Vụ TCCB" →
    "Vụ Tổ chức cán bộ"); else ``name`` as it is."""
    parts = name.rsplit(None, 1)
    if len(parts) != 2 or not _INITIALISM.fullmatch(parts[1]):
        return name
    head, letters = parts
    if bodies.head_length(head) != len(head):
        return name
    full = _spelled(text, head, letters.replace("&", ""))
    return f"{head} {full}" if full else name
