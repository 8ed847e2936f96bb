"""Line breaks given back to a flattened document, offsets kept.

A scraper that takes a page's text without separators, or a PDF copied as one paragraph, joins
the printed document's lines with spaces: header cells, title, grounds, sections and the
closing arrive on one line, and every reader that works by lines (the header zone, the title
block, the preamble, the sections, the closing) finds nothing — the record collapses where the
words are all there. Where a long line holds several kinds of the genre's structural cues
(``rules/reline.toml``: the motto, the ``Số:`` cell, the date line, a capitalised type heading,
grounds, Roman and numbered headings, Nơi nhận, an authority prefix), the space before each cue
becomes a line break. Spaces are replaced one for one, so every span found in the relined text
is a span of the normalized text too: provenance needs no new map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import doc_types
from .resources import load_rules
from .textutil import LOWER as _LOW
from .textutil import UPPER as _UP


@dataclass(frozen=True)
class _Rules:
    min_line: int
    min_kinds: int
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    after: frozenset[str]
    only_after: frozenset[str]
    first_only: frozenset[str]
    closing: frozenset[str]
    before_closing: frozenset[str]
    needs: dict[str, str]  # kind -> text every match of it holds


@cache
def _rules() -> _Rules:
    r = load_rules("reline")["flattened"]
    kinds = [(k, re.compile(v.replace("{UP}", _UP).replace("{LOW}", _LOW))) for k, v in r["cues"].items()]
    # the type heading in capitals before its title ("KẾ HOẠCH Triển khai …", "QUYẾT ĐỊNH Về việc …")
    names = sorted({t["name"].upper() for t in doc_types() if len(t["name"]) >= int(r["type_heading_min_letters"])},
                   key=len, reverse=True)
    # (each name's first letter comes first, the test that no word runs into it after that
    # letter: the search skips to the names' first letters)
    alt = "|".join(re.escape(n[0]) + rf"(?<![^\s]{re.escape(n[0])})" + re.escape(n[1:]).replace(r"\ ", r"\s+")
                   for n in names)
    kinds.append(("type", re.compile(rf"(?:{alt})(?=\s*:?\s+[{_UP}{_LOW}])")))
    return _Rules(int(r["min_line"]), int(r["min_kinds"]), tuple(kinds), frozenset(r["after"]),
                  frozenset(r["only_after"]), frozenset(r["first_only"]), frozenset(r["closing"]),
                  frozenset(r["before_closing"]), dict(r.get("needs", {})))


def reline(text: str) -> str:
    """``text`` with the flattened lines broken where the printed document's lines began."""
    R = _rules()
    lines = text.split("\n")
    if not any(len(ln) >= R.min_line for ln in lines):
        return text
    # the breaks go in by offset; the text is copied only when some line breaks (most
    # documents have long paragraphs, few have flattened lines)
    breaks: list[int] = []
    pos = 0
    for ln in lines:
        if len(ln) >= R.min_line:
            _break_line(ln, pos, breaks, R)
        pos += len(ln) + 1
    if not breaks:
        return text
    out = list(text)
    for q in breaks:
        out[q] = "\n"
    return "".join(out)


def _break_line(ln: str, base: int, out: list[int], R: _Rules) -> None:
    # most long lines are paragraphs: count the kinds present first (one search each, stopping
    # as soon as enough are found) before cutting anything
    kinds_present = 0
    for kind, rx in R.kinds:
        if kind in R.needs and R.needs[kind] not in ln:
            continue
        if rx.search(ln):
            kinds_present += 1
            if kinds_present >= R.min_kinds:
                break
    if kinds_present < R.min_kinds:
        return
    points: set[int] = set()
    seen: set[str] = set()
    # the header ends with the date line: a type word before it names a body ("SỞ KẾ HOẠCH VÀ
    # ĐẦU TƯ"), not the document's type heading
    header_end = 0
    closing = len(ln)
    for kind, rx in R.kinds:
        if kind != "date" and kind not in R.closing:
            continue  # (only these two bound the cuts)
        m = rx.search(ln)
        if kind == "date" and m:
            header_end = m.end()
        if kind in R.closing and m:
            closing = min(closing, m.start())
    for kind, rx in R.kinds:
        # the closing's lines are cut by the closing's own reader (pipeline.closing_layout)
        for m in rx.finditer(ln, header_end if kind == "type" else 0, closing if kind in R.before_closing else len(ln)):
            seen.add(kind)
            if kind not in R.only_after:
                points.add(m.start())
            if kind in R.after or kind in R.only_after:
                points.add(m.end())
            if kind in R.first_only:
                break
    if len(seen) < R.min_kinds:
        return
    for p in points:
        # the break takes the place of the space before the cue (or right after a match)
        q = p - 1 if p > 0 and ln[p - 1] == " " else p if p < len(ln) and ln[p] == " " else -1
        if 0 <= q < len(ln):
            out.append(base + q)
