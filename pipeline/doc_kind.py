"""Is this text an administrative document at all?

Scraped collections mix documents with pages that only talk about them: news and encyclopedia
articles, question-and-answer pages about blank form templates, web pages around no document.
The document model already holds the evidence that a text is a document — the Quốc hiệu, its
own ``Số:`` cell, a type name or ``V/v``, the place-date cell, a signature block, ``Nơi nhận``,
``Kính gửi``, a preamble of grounds, articles — and an article's shape shows in question
headings and in an opening that presents a form (``Mẫu …``). Each cue has a weight in
``rules/structure.toml`` ``[is_document]``; a text under the threshold is not a document.
A document whose header was lost still has its grounds, articles or signature, so it stays one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import enacting_word_at
from .resources import load_rules
from .segment import Document
from .textutil import fuzzy_equals, fuzzy_starts


@dataclass(frozen=True)
class Verdict:
    is_document: bool
    score: int
    cues: tuple[str, ...]  # the evidence that counted, for provenance and review
    start: int  # span of the text the verdict is about (its first non-blank line)
    end: int


@cache
def _rules() -> dict:
    return load_rules("structure")["is_document"]


_DATE_WORDS = re.compile(r"ngày\W*.{0,12}tháng", re.I)


def _evidence(doc: Document) -> list[str]:
    cues: list[str] = []
    if doc.cells.get("motto"):
        cues.append("motto")
    if "number" in doc.annotations:
        cues.append("number")
    if "type" in doc.anchors or "vv" in doc.anchors:
        cues.append("type")
    elif enacting_word_at(doc.text) is not None:
        cues.append("enacting")  # "QUYẾT ĐỊNH:" / "Điều 1": its header lost, a text still enacts
    if "date" in doc.annotations:
        cues.append("date")
    for part in ("signature", "recipients", "addressee"):
        if doc.parts.get(part):
            cues.append(part)
    if any(fuzzy_starts(ln.text, ["Căn cứ"], 95) for ln in doc.part_lines("preamble") if ln.text):
        cues.append("grounds")
    if sum(1 for sec in doc.sections if sec.marker.casefold().startswith("điều")) >= 2:
        cues.append("articles")
    r = _rules()["cues"]
    if _plan_sections(doc, r):
        cues.append("plan_sections")
    # a form's blanks where a real document — even a draft waiting for its number — names
    # itself: the issuing body or the date line's place left as dot leaders
    blank = re.compile(r["placeholder"])
    if any(blank.search(p.text) for p in doc.cells.get("issuer", [])):
        cues.append("blank_issuer")
    if any(blank.match(ln.text) and _DATE_WORDS.search(ln.text) for ln in doc.lines[: r["question_window"]]):
        cues.append("blank_place")
    if "number" not in cues and "motto" not in cues and _listing(doc, r):
        cues.append("listing")
    head = [ln for ln in doc.lines if ln.text][: r["question_window"]]
    if sum(1 for ln in head if ln.text.rstrip(" *_").endswith("?")) >= r["question_lines"]:
        cues.append("questions")
    if head and fuzzy_starts(head[0].text, r["template_openers"], 95):
        cues.append("template")
    fill = re.compile(r["fill_in"])
    needs = r.get("fill_in_needs") or [""]
    if sum(1 for ln in head if any(n in ln.text for n in needs) and fill.search(ln.text)) >= int(r["fill_ins"]):
        cues.append("fill_ins")  # a blank form's fields: "Họ và tên: ......", "{$ten}"
    return cues


def _plan_sections(doc: Document, r: dict) -> bool:
    """The text's first top sections are a plan's: its purpose, then another of its parts."""
    top = [sec.title.rstrip(" :.") for sec in doc.sections if sec.level == 1][:2]
    return (len(top) == 2 and fuzzy_equals(top[0], r["plan_opening"], 92) is not None
            and fuzzy_equals(top[1], r["plan_parts"], 92) is not None)


def _listing(doc: Document, r: dict) -> bool:
    """A table whose rows each carry another document's number (a search result or a list of
    new documents on a portal page): a page about documents, not one. Only asked of a text
    without its own Số: line and national motto, so a decision's annexed list stays a document."""
    symbol = re.compile(r["listing_symbol"])
    for t in doc.tables:
        numbered = {m.group() for row in t.rows for c in row if (m := symbol.fullmatch(c.text.strip()))}
        if len(numbered) >= int(r["listing_rows"]):
            return True
    return False


def classify(doc: Document) -> Verdict:
    """The verdict from the model's evidence, weighed as ``rules/structure.toml`` says."""
    r = _rules()
    cues = _evidence(doc)
    score = sum(int(r["weights"].get(c, 0)) for c in cues)
    first = next((ln for ln in doc.lines if ln.text), None)
    s, e = (first.start, first.end) if first else (0, 0)
    return Verdict(score >= int(r["threshold"]), score, tuple(cues), s, e)
