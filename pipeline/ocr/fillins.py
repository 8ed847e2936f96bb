"""The blanks of the header a clerk fills in by hand: the number after ``Số:`` and the day
(or month) of the date line.

Administrative documents are printed with ``Số:      /QĐ-UBND`` and ``ngày    tháng 5 năm
2025`` and the number and day are written in by hand after signing. Tesseract reads a felt-pen
``47`` as ``4†`` or glues it to the printed word (``ngày0ÿtháng``), and such junk either
breaks the date pattern (the year, month and place are lost with the day) or passes as a
wrong number. Here the slot between the printed words around each blank is found from the
word boxes and read as digits in several views (the crop at two scales, and its ink alone,
taken from the page's connected components by :mod:`.ink`, thinned and scaled). Tesseract is
often sure of a wrong reading of handwriting, so a value is kept only when the views vote
for it (:func:`_vote`: several agree and clearly outnumber the rest) and it fits the slot's
grammar and the number of digits its ink holds (``rules/ocr.toml`` ``[fillins]``). Otherwise
the slot is left empty — a blank, never junk — so the printed parts of the line keep their
value (``ngày tháng 5 năm 2025``: month, year and place, day null).

A slot whose words already read as clean digits that fit the grammar (a printed number, or a
handwritten one tesseract got) is left as it is: only junk is re-read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .layout import OcrWord

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from PIL import Image

    # reads each view (an image and the scale to read it at) of a blank of a kind as digits:
    # one reading or None per view, in order (one tesseract run for them all)
    Reader = Callable[[list[tuple[Image.Image, float]], str], list["Reading | None"]]


@dataclass(frozen=True)
class Reading:
    """Digits read from a blank, with the reader's confidence (0–1)."""

    text: str
    conf: float


def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", c)[:1]
    return base.casefold() if base else c


def fold_keep_length(text: str) -> str:
    """Accents and case folded off, one character for each of ``text`` (NFC), so positions in
    the folded text are positions in the word."""
    return "".join(_fold_char(c) for c in text)


def _x_at(w: OcrWord, k: int) -> float:
    """The x where character ``k`` of ``w`` starts, in proportion to the box (glued words)."""
    n = max(len(w.text), 1)
    return w.box[0] + (w.box[2] - w.box[0]) * k / n


def _piece(w: OcrWord, a: int, b: int) -> OcrWord | None:
    """Characters ``a:b`` of ``w`` as a word of their own, the box cut in proportion."""
    text = w.text[a:b]
    if not text:
        return None
    return OcrWord(text, (_x_at(w, a), w.box[1], _x_at(w, b), w.box[3]), w.conf)


@dataclass(frozen=True)
class Slot:
    """A blank of the line: the words ``[i, j)`` between two printed anchors (with the printed
    parts of glued words kept), its pixel box, what tesseract read there, and its kind."""

    kind: str  # "seq", "day" or "month"
    before: list[OcrWord]  # the line's words up to the blank (anchor included)
    after: list[OcrWord]  # from the next anchor on
    box: tuple[float, float, float, float]
    read: str  # tesseract's text in the blank, spaces removed
    conf: float  # tesseract's confidence in it (its least sure word)
    # the box ends inside a word read as one with print (``02/UBND``): its far end is a
    # guess, and the last ink there may be the printed slash
    open_end: bool = False


def _char_width(words: list[OcrWord]) -> float:
    """Mean character width of the line's plain words (letters only, 3 or more)."""
    plain = [w for w in words if len(w.text) >= 3 and w.text.isalpha()]
    if not plain:
        plain = words
    return sum(w.box[2] - w.box[0] for w in plain) / max(1, sum(len(w.text) for w in plain))


_NUMBER_HEAD = re.compile(r"^so:?", re.IGNORECASE)


def number_slot(words: list[OcrWord], pad: float) -> Slot | None:
    """The blank between ``Số:`` and the ``/`` of the symbol, on a line that opens with
    ``Số:`` (as the repairs spell it) and has a symbol."""
    if not words:
        return None
    head = words[0]
    folded = fold_keep_length(head.text)
    if not folded.startswith("so:"):
        return None
    k = next((n for n, w in enumerate(words) if "/" in w.text), None)
    if k is None:
        return None
    cut = 3
    if k == 0:  # "Số:04/QĐ-UBND" in one
        slash = head.text.index("/")
        mid = head.text[cut:slash]
        before = [p for p in (_piece(head, 0, cut),) if p]
        after = [p for p in (_piece(head, slash, len(head.text)),) if p] + words[1:]
        x0, x1 = _x_at(head, cut), _x_at(head, slash)
        conf = head.conf
    else:
        w = words[k]
        slash = w.text.index("/")
        mid = head.text[cut:] + "".join(x.text for x in words[1:k]) + w.text[:slash]
        before = [p for p in (_piece(head, 0, cut),) if p]
        after = [p for p in (_piece(w, slash, len(w.text)),) if p] + words[k + 1 :]
        x0, x1 = _x_at(head, cut), _x_at(w, slash)
        conf = min(x.conf for x in words[: k + 1])
    y0 = min(x.box[1] for x in words[: k + 1])
    y1 = max(x.box[3] for x in words[: k + 1])
    glued = slash > (cut if k == 0 else 0)
    return Slot("seq", before, after, (x0 + 1, y0 - pad, x1 - 1, y1 + pad), mid.replace(" ", ""), conf,
                open_end=glued)


def _find(words: list[OcrWord], key: str, start: int = 0) -> tuple[int, int] | None:
    """The first word from ``start`` whose folded text contains ``key``: (word, char offset)."""
    for n in range(start, len(words)):
        p = fold_keep_length(words[n].text).find(key)
        if p >= 0:
            return n, p
    return None


_YEAR = re.compile(r"^(?:19|20)\d\d\D{0,2}$")


def date_slots(words: list[OcrWord], pad: float, glued_width: float = 1.0) -> list[Slot]:
    """The day blank (between ``ngày`` and ``tháng``) and the month blank (between ``tháng``
    and ``năm``) of a date line ``… ngày … tháng … năm YYYY``. Where the handwriting is glued
    to a printed word, the word is cut ``glued_width`` mean character widths of the line per
    printed letter from its far end (lowercase italics run narrower than the line's mean)."""
    out: list[Slot] = []
    ngay = _find(words, "ngay")
    if ngay is None:
        return out
    thang = _find(words, "thang", ngay[0]) if fold_keep_length(words[ngay[0]].text).find("thang") < 0 \
        else (ngay[0], fold_keep_length(words[ngay[0]].text).find("thang"))
    if thang is None:
        return out
    nam = _find(words, "nam", thang[0] + (1 if thang[1] == 0 else 0))
    if nam is None or nam[1] != 0 or nam[0] + 1 >= len(words) or not _YEAR.match(words[nam[0] + 1].text):
        return out
    # the header's date line: "<Place>, ngày … năm YYYY" and nothing after the year; a date
    # cited in running text ("… ngày 14 tháng 8 năm 2025 của …") is no blank to fill
    if nam[0] + 2 != len(words) or len(words) > 12:
        return out
    head = words[: ngay[0]]
    place_only = len(head) <= 4 and all(w.text[:1].isupper() for w in head)
    if head and not (head[-1].text.endswith(",") or place_only):
        return out  # after a place name (its comma may be lost), not after running words
    cw = _char_width(words) * glued_width
    for kind, (ia, pa), la, (ib, pb) in (("day", ngay, 4, thang), ("month", thang, 5, nam)):
        a, b = words[ia], words[ib]
        end_a = pa + la
        if ia == ib:
            if pb < end_a:
                continue
            mid = a.text[end_a:pb]
            x0 = a.box[0] + end_a * cw if pa == 0 else _x_at(a, end_a)
            x1 = a.box[2] - (len(a.text) - pb) * cw
            before = [p for p in (_piece(a, 0, end_a),) if p]
            after = [p for p in (_piece(a, pb, len(a.text)),) if p]
            rest_before, rest_after = words[:ia], words[ib + 1 :]
        else:
            mid = a.text[end_a:] + "".join(x.text for x in words[ia + 1 : ib]) + b.text[:pb]
            # a word glued to its anchor is cut where the printed word ends, measured in the
            # line's character width (the proportion of the glued word would count the
            # handwriting's broad strokes as letters)
            x0 = min(a.box[0] + end_a * cw, a.box[2]) if len(a.text) > end_a else a.box[2]
            x1 = max(b.box[2] - (len(b.text) - pb) * cw, b.box[0]) if pb > 0 else b.box[0]
            before = [p for p in (_piece(a, 0, end_a),) if p]
            after = [p for p in (_piece(b, pb, len(b.text)),) if p]
            rest_before, rest_after = words[:ia], words[ib + 1 :]
        if kind == "month" and ia == ib:
            continue
        y0 = min(w.box[1] for w in words[ia : ib + 1])
        y1 = max(w.box[3] for w in words[ia : ib + 1])
        inner = [w for w in words[ia : ib + 1] if w is not a and w is not b] or [a, b]
        out.append(Slot(kind, rest_before + before, after + rest_after,
                        (x0 + 1, y0 - pad, x1 - 1, y1 + pad), mid.replace(" ", ""),
                        min(w.conf for w in inner)))
    return out


def _fits(kind: str, digits: str, cfg: dict) -> bool:
    if not re.fullmatch(cfg["seq_pattern"] if kind == "seq" else r"\d{1,2}", digits):
        return False
    if kind == "day":
        return 1 <= int(digits) <= 31
    if kind == "month":
        return 1 <= int(digits) <= 12
    return True


def _clean(text: str) -> str:
    return text.strip(".…_ ")


@dataclass
class FillStats:
    """What happened to the blanks a caller passed it for: kept as read, re-read, left blank."""

    kept: int = 0  # clean digits tesseract read in the page pass
    read: int = 0  # junk re-read as digits and accepted
    blank: int = 0  # junk (or nothing) left blank
    readings: list[tuple[str, str, float]] | None = None  # (kind, digits, conf) accepted


def _vote(readings: list[Reading], kind: str, cfg: dict, digits: tuple[int, int] | None) -> Reading | None:
    """The reading to keep among several views of one blank, or None.

    Tesseract is often sure of a wrong reading of handwriting (a felt-pen ``90`` read ``50``
    at 0.76), so no single reading stands on its confidence: a value is kept when at least
    ``vote_min`` views read it, it outnumbers every other reading ``vote_ratio`` times over
    and makes ``vote_share`` of all non-empty readings (a blank the views disagree on is a
    hard one), the surest of its readers reaches ``agree_conf``, and it fits the slot's
    grammar and the count of digits the ink allows (:func:`digit_count`). Readings that do
    not fit still count against the others: a dropped digit (``4`` for a crossed ``47``)
    read by several views is a sign the blank is misread, not noise to set aside."""
    said = [r for r in readings if r.text]
    if not said:
        return None
    counts: dict[str, list[Reading]] = {}
    for r in said:
        counts.setdefault(r.text, []).append(r)
    ranked = sorted(counts.items(), key=lambda kv: -len(kv[1]))
    text, agree = ranked[0]
    other = len(ranked[1][1]) if len(ranked) > 1 else 0
    if len(agree) < cfg["vote_min"] or len(agree) < cfg["vote_ratio"] * other \
            or len(agree) < cfg["vote_share"] * len(said):
        return None
    if not _fits(kind, text, cfg) or (digits and not digits[0] <= len(text) <= digits[1]):
        return None
    best = max(r.conf for r in agree)
    return Reading(text, best) if best >= cfg["agree_conf"] else None


def choose(readings: list[Reading], kind: str, cfg: dict, digits: tuple[int, int] | None = None) -> Reading | None:
    """The reading :func:`_vote` keeps among the readings of a blank's views."""
    return _vote(readings, kind, cfg, digits)


def _views(slot: Slot, image: Image.Image, cfg: dict, height: float) -> tuple[list[tuple[Image.Image, float]],
                                                                            tuple[int, int] | None]:
    """The images of the blank to read, each with its scale, in ``[fillins] views`` order:
    the crop as it is, and its ink alone (:mod:`.ink`) thinned and scaled; and the count of
    digits the ink allows (None when no ink was found)."""
    from .ink import blank_ink, digit_count, ink_view

    x0, y0, x1, y1 = slot.box
    width, page_h = image.size
    box = (max(0, int(x0)), max(0, int(y0)), min(width, int(x1)), min(page_h, int(y1)))
    crop = image.crop(box) if box[2] - box[0] >= 4 and box[3] - box[1] >= 4 else None
    ink = blank_ink(image, slot.box, height, cfg) if height > 0 else None
    out: list[tuple[Image.Image, float]] = []
    for view in cfg["views"]:
        if view.get("ink"):
            img = ink_view(ink, view.get("thin", 0.0), view.get("height"), height, pad=0) if ink is not None else None
            if img is not None:
                out.append((img, 1.0))
        elif crop is not None:
            out.append((crop, float(view.get("scale", 1.0))))
    return out, (digit_count(ink, cfg, slot.open_end) if ink is not None else None)


def fill_slot(slot: Slot, image: Image.Image, reader: Reader,
              cfg: dict, stats: FillStats | None = None, height: float = 0.0) -> list[OcrWord] | None:
    """The line's words with ``slot`` filled: None (the line as it is) when tesseract's
    text there is clean digits that fit and it is sure of them (``keep_conf``: print), else
    the reading :func:`choose` keeps among the views of the blank (:func:`_views`) and the
    page pass's own reading, else nothing (a blank). Handwriting the page pass reads as
    clean digits is often wrong (89 → 88) and read with low confidence: it counts as one
    more vote only. All the views are read at once (one tesseract run: its start costs more
    than reading a few small images) and vote together."""
    read = _clean(slot.read)
    if read and _fits(slot.kind, read, cfg) and slot.conf >= cfg["keep_conf"]:
        if stats:
            stats.kept += 1
        return None
    readings = [Reading(read, slot.conf)] if read.isdigit() else []
    views, digits = _views(slot, image, cfg, height)
    if views:
        readings += [r or Reading("", 0.0) for r in reader(views, slot.kind)]
    got = choose(readings, slot.kind, cfg, digits)
    if got is not None and got.text == read:
        if stats:
            stats.kept += 1
        return None
    if got is not None:
        if stats:
            stats.read += 1
            if stats.readings is not None:
                stats.readings.append((slot.kind, got.text, got.conf))
        return [*slot.before, OcrWord(got.text, slot.box, got.conf), *slot.after]
    if stats:
        stats.blank += 1
    return [*slot.before, *slot.after]


def mend_line(words: list[OcrWord], image: Image.Image,
              reader: Reader, cfg: dict, height: float,
              stats: FillStats | None = None) -> list[OcrWord]:
    """A header line with its handwritten blanks read or left blank (see the module doc)."""
    pad = cfg["pad"] * height
    slot = number_slot(words, pad)
    if slot is not None:
        return fill_slot(slot, image, reader, cfg, stats, height) or words
    slots = date_slots(words, pad, cfg["glued_char_width"])
    # the month first: filling it does not move the day's words
    for s in sorted(slots, key=lambda s: s.kind != "month"):
        again = {x.kind: x for x in date_slots(words, pad, cfg["glued_char_width"])}.get(s.kind)
        if again is None:
            continue
        words = fill_slot(again, image, reader, cfg, stats, height) or words
    return words
