"""The own number and date of a text whose header was lost, read from its appendix's note.

A converter can drop a resolution's header table whole (a placeholder where it stood): the
text then has no ``Số:`` line and no place-date line. Its appendix still opens with the note
that names the document it is attached to ("(Kèm theo <Loại> số … ngày …)"). When that type
is the text's own, the note names the text itself; any other type names a cited document,
never read here. Values from the note carry a low confidence: degrade, never collapse.
"""

from __future__ import annotations

import re
from functools import cache

from ..headerzone import Annotation, HeaderReading, Piece, annotate_date
from ..resources import load_rules
from ..segment import NUMBER_LINE, Document, match_type_line

_RULE = "attached-note"
_NUMBER = re.compile(r"(?P<seq>\d+)\s*/?\s*(?P<sym>[^\W\d_][\wĐđ&.\-]*(?:/[\wĐđ&.\-]+)*)")


@cache
def _note_re(own_type: str) -> re.Pattern[str] | None:
    pat = load_rules("structure")["attached"].get("own_note")
    if not pat:
        return None
    words = r"\s+".join(re.escape(w) for w in own_type.split())
    return re.compile(pat.replace("{TYPE}", words), re.IGNORECASE | re.MULTILINE)


def _own_type(doc: Document) -> str | None:
    ti = doc.anchors.get("type")
    return match_type_line(doc.lines[ti].text) if ti is not None else None


def _has_number_line(doc: Document) -> bool:
    """Any ``Số:`` line before the body: the header's number cell is there (read or not)."""
    stop = doc.anchors.get("body_end", len(doc.lines))
    pre = doc.parts.get("preamble")
    if pre is not None and pre.start > 0:
        stop = pre.start
    return bool(doc.cells.get("number")) or any(NUMBER_LINE.match(ln.text) for ln in doc.lines[:stop] if ln.text)


def fill_from_note(doc: Document) -> None:
    """Put the note's number (and date, when the header gave none) into the model's
    annotations; nothing when the header has a number cell, or the notes disagree."""
    if "number" in doc.annotations or _has_number_line(doc):
        return
    own_type = _own_type(doc)
    rx = _note_re(own_type) if own_type else None
    if rx is None:
        return
    hits = list(rx.finditer(doc.text))
    if not hits:
        return
    keys = {re.sub(r"\s+", "", m.group("num")).casefold() for m in hits}
    if len(keys) != 1:
        return  # notes naming different numbers: which one is the text's is unknown
    m = hits[0]
    num = _NUMBER.fullmatch(re.sub(r"\s+", "", m.group("num")))
    if num is None:
        return
    conf = float(load_rules("structure")["attached"].get("own_note_confidence", 0.5))
    raw = re.sub(r"\s+", "", m.group("num"))
    value = {"raw": raw, "seq": num.group("seq"), "symbol": num.group("sym")}
    doc.annotations["number"] = Annotation("number", value, m.start("num"), m.end("num"), _RULE, conf)
    dated = [h for h in hits if h.group("date")]
    if "date" in doc.annotations or not dated:
        return
    d = dated[0]
    text = d.group("date")
    hr = HeaderReading()
    hr.date = Piece(0, d.start("date"), d.end("date"), text, "date", first_on_line=False)
    annotate_date(hr, doc.lines, rule=_RULE, conf=conf)
    if "date" in hr.annotations:
        doc.annotations["date"] = hr.annotations["date"]
