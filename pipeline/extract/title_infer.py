"""The trích yếu of a document whose type line was lost.

Web copies of decrees and circulars sometimes keep the header's cells (the motto, ``Số: …``)
and the trích yếu but drop the type name above it (it was an image, or a styled block the
scrape skipped). Without a type line the segmenter opens no title block, so the trích yếu
sits, unclaimed, between the header's cells and the grounds (``Căn cứ …``). Its place is the
evidence: a noun phrase right after the header, right before the grounds. The enacting
sentence (``… ban hành Thông tư <trích yếu>``) often restates it; when it does, the reading is
surer. When the scrape lost the trích yếu itself, that restatement is the last evidence of it
(:func:`enacted_title`).
"""

from __future__ import annotations

import re

from ..lexicon import opens_ground
from ..provenance import Prov
from ..resources import load_rules
from ..segment import BULLET, Document, parse_heading
from ..textutil import clean_value, fold, fuzzy_starts
from .issuer_infer import paragraphs, span_of

# a trích yếu is a phrase, not a paragraph; a longer block is body text
_MAX_TITLE = 400
_MAX_LINES = 3


def _can_be_title(t: str) -> bool:
    """A noun phrase: no list item, heading, lead-in or closed sentence, no grounds, no
    addressee line."""
    s = load_rules("structure")
    t = t.strip(" *_")
    return bool(t) and not (
        BULLET.match(t)
        or parse_heading(t)
        or re.search(r"[.:;]$", t)
        or opens_ground(t)
        or fuzzy_starts(t, s["closing"]["addressee"], 90)
        or fuzzy_starts(t, s["title"]["never_opens"], 95)
    )


def enacting_word_line(doc: Document) -> bool:
    """The line the model took for the type line is the enacting word that opens the articles
    (``QUYẾT ĐỊNH:``, ``QUYẾT NGHỊ:``): a type line never ends with a colon. A copy that lost
    its header's type line leaves this one as the first type word in the text."""
    ti = doc.anchors.get("type")
    if ti is None:
        return False
    t = doc.lines[ti].text.strip(" *_")
    return t.endswith(":")


def untyped_title(doc: Document, prov: Prov, doc_type: dict | None) -> str | None:
    """The block between the header's cells and the grounds, when no type line opened a title
    block: only where the header was read (a number or date cell), the block is one short
    paragraph and the next paragraph opens the grounds. A công văn has no such block (its trích
    yếu is the V/v line), so none is looked for."""
    if doc.anchors.get("vv") is not None:
        return None
    if (doc.cells.get("title") or doc.anchors.get("type") is not None) and not enacting_word_line(doc):
        return None
    if (doc_type or {}).get("code") in {None, "CV"}:
        return None
    cells = [doc.anchors[k] for k in ("number", "date") if k in doc.anchors]
    if not cells:
        return None
    lines = doc.lines
    j = max(cells) + 1
    end = min(len(lines), j + 8)
    while j < end and lines[j].blank:
        j += 1
    block: list[int] = []
    while j < end and not lines[j].blank and len(block) < _MAX_LINES:
        if not _can_be_title(lines[j].text):
            return None
        block.append(j)
        j += 1
    if not block or (j < len(lines) and not lines[j].blank and len(block) == _MAX_LINES):
        return None
    while j < len(lines) and lines[j].blank:
        j += 1
    if j >= len(lines) or not opens_ground(lines[j].text):
        return None
    s, e = lines[block[0]].start, lines[block[-1]].end
    value = clean_value(doc.text[s:e].replace("\n", " "))
    if not value or len(value) > _MAX_TITLE:
        return None
    conf = 0.85 if _restated(doc, value) else 0.7
    prov.add("title", s, e, conf, "untyped-title-inferred")
    return value


def _restated(doc: Document, value: str) -> bool:
    """The enacting sentence (or any line of the grounds) repeats the trích yếu."""
    key = fold(value)
    return any(key in fold(ln.text) for ln in doc.part_lines("preamble")[1:] + doc.part_lines("body")[:3])


def enacted_title(doc: Document, prov: Prov, doc_type: dict | None) -> str | None:
    """The trích yếu as the enacting sentence restates it (``<cơ quan> ban hành Thông tư
    <trích yếu>.``), for a normative text whose title block came out empty: weaker than the
    block itself (the sentence may shorten it), so read only when there is no block."""
    name = (doc_type or {}).get("name")
    if not name or (doc_type or {}).get("code") not in load_rules("doc_types").get("enacting_formula_codes", []):
        return None
    verbs = load_rules("structure")["issuer"]["enact_verbs"]
    rx = re.compile(
        rf"(?:{'|'.join(map(re.escape, verbs))})\s+{re.escape(name)}\s+(?P<t>[^.;]{{10,{_MAX_TITLE}}}?)\s*(?:[.;]|$)",
        re.IGNORECASE,
    )
    lines = doc.part_lines("preamble")[-8:] + doc.part_lines("body")[:2]
    for text, a, b in paragraphs(lines):
        m = rx.search(text)
        if not m:
            continue
        raw = m.group("t").strip(" *_")
        if re.match(r"(?:này|kèm theo)\b", raw, re.IGNORECASE) or re.search(r"như sau\W*$", raw):
            continue  # "ban hành kèm theo Thông tư này": the text, not its trích yếu
        value = clean_value(raw)
        if not value:
            continue
        value = value[:1].upper() + value[1:]
        s, e = span_of(doc, raw, a, b)
        prov.add("title", s, e, 0.6, "enacting-sentence-title-inferred")
        return value
    return None
