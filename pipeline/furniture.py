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

from .esign import box_lines
from .resources import load_rules
from .textutil import fold

if TYPE_CHECKING:  # pragma: no cover
    from .segment import Line

RUNNING_HEAD = "running-head"
PAGE_NUMBER = "page-number"
BANNER = "section-banner"
NAVIGATION = "navigation"
BEFORE_DOCUMENT = "before-document"
AFTER_DOCUMENT = "after-document"
E_SIGNATURE = "e-signature"


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


def line_reason(text: str) -> str | None:
    """The furniture reason of a line on its own (without its neighbours), if any."""
    if not text or len(text) > MAX_LINE:
        return None
    patterns = _rules()[0]
    for reason, rx in patterns:
        if rx.fullmatch(text):
            return reason
    if _is_navigation(text):
        return NAVIGATION
    return None


def find_furniture(lines: list[Line]) -> dict[int, Mark]:
    """Line index → mark for every furniture line.

    A bare number on a line of its own is a page number, and a banner line a section banner,
    only beside a running head (within ``reach`` non-blank lines): elsewhere a lone number is
    a table cell and a banner's words may be part of a title."""
    out: dict[int, str] = {}
    for ln in lines:
        reason = line_reason(ln.text)
        if reason:
            out[ln.idx] = reason
    # a signing tool's box stamped on the page (pipeline/esign.py): its time and organisation
    # are the signature's, not the document's date and issuer
    for group in box_lines([ln.text for ln in lines]):
        for i in group:
            out.setdefault(lines[i].idx, E_SIGNATURE)
    heads = [i for i, r in out.items() if r == RUNNING_HEAD]
    beside = _rules()[4]
    number = re.compile(beside["page_number"])
    banners = {fold(b) for b in beside["banners"]}
    reach = int(beside["reach"])
    for h in heads:
        for step in (-1, 1):
            seen = 0
            j = h + step
            while 0 <= j < len(lines) and seen < reach:
                t = lines[j].text
                if t and j not in out:
                    seen += 1
                    if number.fullmatch(t):
                        out[j] = PAGE_NUMBER
                    elif fold(t) in banners:
                        out[j] = BANNER
                    else:
                        break  # the page's own text begins: nothing further is furniture
                elif t:
                    seen += 1
                j += step
    return {i: Mark(r, lines[i].start, lines[i].end) for i, r in sorted(out.items())}


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
