"""The incoming-document stamp (``CÔNG VĂN ĐẾN / Số … / Ngày …``) found and kept apart.

An office that receives a document stamps it on the first page, in whatever room the header
leaves, and fills in its registry number and the date by hand; the receiving office's name is
often printed above the cue. Read as page text, the stamp's lines fall among the header's —
a ``Số:`` that is not the document's number, a date that is not its date, words cut into the
title. Here the stamp's lines are taken out of the page's lines and returned as
``{number, date, office}`` (each null where it cannot be read), which is what an archivist
registers incoming mail by.

The cue and the stamp's labels are data (``rules/ocr.toml`` ``[stamp]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .fillins import fold_keep_length
from .layout import Line, OcrWord, _segments


@dataclass(frozen=True)
class Stamp:
    """The stamp's reading and the words that made it (taken out of the page)."""

    number: str | None
    date: str | None  # ISO
    office: str | None
    words: tuple[int, ...]  # id() of every word of the stamp


def _folded(words: list[OcrWord]) -> str:
    return " ".join(fold_keep_length(w.text) for w in words).strip(" :.")


def _cue_at(words: list[OcrWord], cues: list[str]) -> tuple[int, int] | None:
    """``(start, end)`` word indexes of a cue in ``words``, followed by nothing or a label."""
    folded = [fold_keep_length(w.text).strip(":.") for w in words]
    for cue in cues:
        parts = cue.split()
        for i in range(len(words) - len(parts) + 1):
            if folded[i : i + len(parts)] == parts:
                return i, i + len(parts)
    return None


_NUMBER = re.compile(r"^[\w./-]*\d[\w./-]*$")
_DATE = re.compile(r"(\d{1,2})\D{1,3}(\d{1,2})\D{1,3}(\d{2}|\d{4})(?!\d)")


def _value(words: list[OcrWord]) -> str:
    """The text after a label (its colon and the blank's dots dropped)."""
    text = " ".join(w.text for w in words[1:]) if words else ""
    head = words[0].text if words else ""
    if ":" in head and not head.endswith(":"):
        text = head.split(":", 1)[1] + " " + text
    return text.strip(" :.…_")


def _iso(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if y < 100:
        y += 2000
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def find_stamp(lines: list[Line], height: float, page_height: float, cfg: dict) -> Stamp | None:
    """The incoming stamp among the (row-sorted) lines of a page, if one is there: a cue
    (``cues``) in the top ``zone`` of the page, then the labelled lines under it that line up
    with it (``labels``: Số, Ngày, Chuyển …), and the office name right above it."""
    cues = [fold_keep_length(c) for c in cfg["cues"]]
    labels = [fold_keep_length(c) for c in cfg["labels"]]
    for i, ln in enumerate(lines):
        if ln.y0 > cfg["zone"] * page_height:
            break
        at = _cue_at(ln.words, cues)
        if at is None:
            continue
        cue = ln.words[at[0] : at[1]]
        rest = ln.words[at[1] :]
        x0, x1 = cue[0].box[0], cue[-1].box[2]
        if at[0] > 0 and x0 - ln.words[at[0] - 1].box[2] < 1.5 * height:
            continue  # inside a run of text ("… từ năm 2020 đến"): not a stamp's cue
        # the cue stands on its own in its cell: nothing right after it but a label
        if rest and rest[0].box[0] - x1 < 1.5 * height and \
                not any(_folded(rest[:1]).startswith(lb) for lb in labels):
            continue
        taken: list[OcrWord] = list(cue)
        values: dict[str, str] = {}
        if rest and rest[0].box[0] - x1 < 1.5 * height:
            seg = _segments(Line(rest, ln.key), 1.5 * height)[0]
            taken += seg
            values[_label_of(seg, labels)] = _value(seg)
        bottom = ln.y1
        for nxt in lines[i + 1 :]:
            if nxt.y0 - bottom > 1.5 * height:
                break
            seg = _segments(nxt, 1.5 * height)
            first = next((s for s in seg if s[0].box[0] < x1 and s[-1].box[2] > x0 - 2 * height), None)
            if first is None:
                continue
            label = _label_of(first, labels)
            if label is None:
                break
            taken += first
            values.setdefault(label, _value(first))
            bottom = nxt.y1
        office = None
        for prev in reversed(lines[:i]):
            if ln.y0 - prev.y1 > 1.2 * height:
                break
            seg = [s for s in _segments(prev, 1.5 * height) if s[0].box[0] < x1 and s[-1].box[2] > x0]
            if len(seg) == 1 and _label_of(seg[0], labels) is None:
                office = " ".join(w.text for w in seg[0])
                taken += seg[0]
            break
        if not values:
            continue  # a cue with no labelled line: not a stamp
        num = values.get(labels[0])
        number = num.replace(" ", "") if num and _NUMBER.match(num.replace(" ", "")) else None
        when = next((values[k] for k in labels[1:2] if k in values), None)
        return Stamp(number, _iso(when) if when else None, office, tuple(id(w) for w in taken))
    return None


def _label_of(words: list[OcrWord], labels: list[str]) -> str | None:
    head = _folded(words[:2])
    for lb in labels:
        if head.startswith(lb) and (len(head) == len(lb) or not head[len(lb)].isalpha()):
            return lb
    return None


def without_stamp(lines: list[Line], stamp: Stamp) -> list[Line]:
    """``lines`` less the stamp's words (a line left empty goes)."""
    ids = set(stamp.words)
    out = []
    for ln in lines:
        words = [w for w in ln.words if id(w) not in ids]
        if words:
            out.append(Line(words, ln.key))
    return out
