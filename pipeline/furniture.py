"""Furniture: lines printed around or across a document that are not the document.

A gazette prints its running head (name / issue / issue date, and the page number) on every
page and a section banner above the first document of a section; a legal database's web page
wraps the document in navigation, validity status, copyright lines and its own headings; a
paged text keeps its page numbers; a signing tool stamps its e-signature box. Read as the document, a running head gives a place and a
date, a page heading a title, a status line an effective date. The segmenter marks each such
line with its reason (:func:`find_furniture`) and blanks it in the text every extractor reads
(:func:`mask`), offsets unchanged, so no field can come from it. Patterns are data
(``rules/furniture.toml``); lines outside the document proper are flagged by the segmenter
itself, which knows where the document starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .caching import per_text_cache
from .esign import box_lines
from .resources import load_rules
from .textutil import fold

# a page heading is a line, not a paragraph
_MAX_HEADING = 300

if TYPE_CHECKING:  # pragma: no cover
    from .segment import Line

RUNNING_HEAD = "running-head"
PAGE_NUMBER = "page-number"
BANNER = "section-banner"
NAVIGATION = "navigation"
PAGE_HEADING = "page-heading"
BEFORE_DOCUMENT = "before-document"
AFTER_DOCUMENT = "after-document"
E_SIGNATURE = "e-signature"
FRONT_MATTER = "front-matter"
PAGE_PROPERTIES = "page-properties"


@dataclass(frozen=True)
class Mark:
    """Why a line is furniture, and where it was (its line in the model is blanked)."""

    reason: str
    start: int
    end: int


@cache
def _rules() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str], frozenset[str], frozenset[str], dict]:
    r = load_rules("furniture")
    lines = [(x["reason"], re.compile(x["pattern"])) for x in r["line"]]
    nav = r["navigation"]
    site = frozenset(fold(x) for x in nav["site_items"])
    items = site | frozenset(fold(x) for x in nav["items"])
    return lines, re.compile(nav["separators"]), site, items, r["beside_head"]


@cache
def _line_patterns() -> tuple[list[str], re.Pattern[str] | None]:
    """The line patterns as one alternation, each a named group in order (``r0``, ``r1`` …):
    a full match of it is one of the first pattern that matches the whole line (alternatives
    are tried in order), found by one call instead of one per pattern for every line. None
    where a pattern has groups of its own (a back reference would count them)."""
    lines = _rules()[0]
    if any(rx.groups for _, rx in lines):
        return [r for r, _ in lines], None
    alt = "|".join(f"(?P<r{i}>{rx.pattern})" for i, (_, rx) in enumerate(lines))
    return [r for r, _ in lines], re.compile(alt)


# No furniture line is longer (a running head, a status or copyright line, a navigation bar):
# a paragraph is never tried against the patterns
MAX_LINE = 240


def _is_navigation(text: str) -> bool:
    """Two or more navigation items and nothing else, one of them a site-only item."""
    if not any(c in text for c in "|•·»›\t/") and "   " not in text:
        return False  # no separator at all (the common case)
    _, sep, site, items, _ = _rules()
    parts = sep.split(text.strip(" |"))
    if len(parts) < 2:
        return False
    found_site = False
    for part in parts:
        f = fold(part.strip())
        if not f:
            continue
        if f not in items:
            return False
        found_site = found_site or f in site
    return found_site


@per_text_cache(8192)
def line_reason(text: str) -> str | None:
    """The furniture reason of a line on its own (without its neighbours), if any (kept for the
    document: the segmenter asks it of every line, a fragment table's reader of its lines
    again)."""
    if not text or len(text) > MAX_LINE:
        return None
    reasons, any_line = _line_patterns()
    if any_line is not None:
        m = any_line.fullmatch(text)
        if m is not None:
            return reasons[int(m.lastgroup[1:])]  # type: ignore[index]
    else:
        for reason, rx in _rules()[0]:
            if rx.fullmatch(text):
                return reason
    if _is_navigation(text):
        return NAVIGATION
    return None


@cache
def _page_heading_re() -> tuple[re.Pattern[str], int]:
    """A database page heading (``[page_heading]``): a type name as a sentence writes it, its
    number right after it (no ``số``, no date), then anything."""
    r = load_rules("furniture").get("page_heading", {})
    names = sorted({t["name"] for t in load_rules("doc_types")["type"]}, key=len, reverse=True)
    alts = "|".join(re.escape(n[:1].upper() + n[1:].lower()) for n in names)
    rx = re.compile(rf"(?:{alts})\s+{r.get('number', r'[0-9]+/[^ ]+')}(?=[\s,.:;]|$)(?!\s+ngày\b)")
    return rx, int(r.get("reach", 0))


def _page_heading(lines: list[Line]) -> int | None:
    """The line among the first non-blank ones that is a database's page heading."""
    rx, reach = _page_heading_re()
    seen = 0
    for ln in lines:
        if not ln.text:
            continue
        seen += 1
        if seen > reach:
            return None
        if len(ln.text) <= _MAX_HEADING and rx.match(ln.text):
            return ln.idx
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def _repeated_titles(lines: list[Line]) -> list[int]:
    """A site's title of the document ("Quyết định 12/QĐ-X năm 2025.") on a line of its own two
    times or more: the crawler put it before each piece of the page (pipeline/reline.py gives
    the article after it its own line). Only a line that opens with a type name and a number
    and closes with a full stop — a database page heading's shape (:func:`_page_heading_re`)."""
    rx, _reach = _page_heading_re()  # (a page heading's shape, repeated down the page)
    seen: dict[str, list[int]] = {}
    for ln in lines:
        t = ln.text.strip()
        if t.endswith(".") and len(t) <= _MAX_HEADING and rx.match(t):
            seen.setdefault(t, []).append(ln.idx)
    return [i for idx in seen.values() if len(idx) >= 2 for i in idx]


def find_furniture(lines: list[Line]) -> dict[int, Mark]:
    """Line index → mark for every furniture line.

    A bare number on a line of its own is a page number, and a banner line a section banner,
    only beside a running head (within ``reach`` non-blank lines): elsewhere a lone number is
    a table cell and a banner's words may be part of a title. A database's page heading is
    looked for only at the top."""
    out: dict[int, str] = dict.fromkeys(_front_matter(lines), FRONT_MATTER)
    out.update(dict.fromkeys(_property_lines(lines), PAGE_PROPERTIES))
    for ln in lines:
        if ln.idx in out:
            continue
        reason = line_reason(ln.text)
        if reason:
            out[ln.idx] = reason
    # a signing tool's box stamped on the page (pipeline/esign.py): its time and organisation
    # are the signature's, not the document's date and issuer
    for group in box_lines([ln.text for ln in lines]):
        for i in group:
            out.setdefault(lines[i].idx, E_SIGNATURE)
    ph = _page_heading(lines)
    if ph is not None and ph not in out:
        out[ph] = PAGE_HEADING
    for i in _repeated_titles(lines):
        out.setdefault(i, PAGE_HEADING)
    heads = [i for i, r in out.items() if r == RUNNING_HEAD]
    beside = _rules()[4]
    number = re.compile(beside["page_number"])
    banners = {fold(b) for b in beside["banners"]}
    reach = int(beside["reach"])
    for h in heads:
        numbered_after = False
        for step in (1, -1):
            seen = 0
            j = h + step
            while 0 <= j < len(lines) and seen < reach:
                t = lines[j].text
                if t and j not in out:
                    seen += 1
                    if number.fullmatch(t) and step == -1 and numbered_after and _YEAR.fullmatch(t.strip()):
                        break  # a page numbered under its head: a year above the head is a cell's
                    if number.fullmatch(t):
                        out[j] = PAGE_NUMBER
                        numbered_after = numbered_after or step == 1
                    elif fold(t) in banners:
                        out[j] = BANNER
                    else:
                        break  # the page's own text begins: nothing further is furniture
                elif t:
                    seen += 1
                j += step
    return {i: Mark(r, lines[i].start, lines[i].end) for i, r in sorted(out.items())}


_FENCE = "---"
_KEY = re.compile(r"[A-Za-z_][\w-]*\s*:")
# a front matter is a few dozen keys at most: a longer run between two rules is a text's own
_MAX_FRONT_MATTER = 60


def _front_matter(lines: list[Line]) -> list[int]:
    """The lines of a YAML front matter opening the text (``---`` / ``key: value`` … / ``---``):
    the converter's or the site's record of the file — a title, a category, a source folder —
    whose words are no part of the document (its "title" is often a file name's, its number a
    guess). Every line between the rules must be a key's (a value may run on, joined to it)."""
    first = next((ln for ln in lines if ln.text), None)
    if first is None or first.text.strip() != _FENCE:
        return []
    keys = 0
    for ln in lines[first.idx + 1 : first.idx + 1 + _MAX_FRONT_MATTER]:
        t = ln.text.strip()
        if t == _FENCE:
            return list(range(first.idx, ln.idx + 1)) if keys else []
        if t and not _KEY.match(t):
            if keys == 0:
                return []
            continue  # a value's own line (a folded string), after its key
        keys += bool(t)
    return []


# a database's table lists several properties: one or two labels may be a document's own words
_MIN_PROPERTIES = 3


def _property_lines(lines: list[Line]) -> list[int]:
    """The lines of a legal database's properties table written one cell a line: a label the
    site uses (rules/web.toml ``[properties]``, "Số hiệu:", "Loại văn bản:", "Người ký:"), its
    value on the next line, and so on — three labels at least, run together."""
    from .page_meta import label_keys  # (the labels' reader; it reads normalized values too)

    out: list[int] = []
    run: list[int] = []
    labels = 0
    texts = [(ln.idx, ln.text.strip(" |*_")) for ln in lines if ln.text.strip(" |*_")]
    k = 0
    while k < len(texts):
        i, t = texts[k]
        if t.endswith((":", "：")) and label_keys(t) is not None:
            run.append(i)
            labels += 1
            if k + 1 < len(texts) and label_keys(texts[k + 1][1]) is None and len(texts[k + 1][1]) <= 120:
                run.append(texts[k + 1][0])  # its value
                k += 1
            k += 1
            continue
        if labels >= _MIN_PROPERTIES:
            out += run
        run, labels = [], 0
        k += 1
    if labels >= _MIN_PROPERTIES:
        out += run
    return out


def mask(text: str, furniture: dict[int, Mark]) -> str:
    """``text`` with every furniture line's characters replaced by spaces (offsets kept)."""
    if not furniture:
        return text
    parts: list[str] = []
    pos = 0
    for m in furniture.values():
        parts.append(text[pos : m.start])
        parts.append(" " * (m.end - m.start))
        pos = m.end
    parts.append(text[pos:])
    return "".join(parts)


@cache
def _inline_note_re() -> re.Pattern[str]:
    return re.compile(load_rules("furniture")["inline_notes"]["pattern"])


def inline_notes_masked(text: str) -> str:
    """``text`` with a legal database's bracketed notes inside it blanked (``[inline_notes]``:
    "[Nội dung này được đính chính bởi …]"), offsets kept: the site's, not the document's."""
    if "[" not in text:
        return text
    return _inline_note_re().sub(lambda m: " " * len(m.group()), text)
