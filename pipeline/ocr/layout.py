"""Lines in reading order from tesseract's word table, with side-by-side columns kept apart.

Tesseract's page segmentation reads the two-column header of an administrative document
(issuer | Quốc hiệu, number | place and date) as single lines running across both columns
("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …"), which would glue the issuer to the national motto. The
columns are visible in the word boxes, though: a horizontal gap several line heights wide.
Such lines are cut at the gap, and a run of consecutive cut lines is emitted column by
column (all left parts, then all right parts), as a born-digital text of the same document
reads.

The closing table (``Nơi nhận`` list left, signature block right) is rebuilt the same way but
from the cue down (:func:`closing_zone`): its rows have nothing to do with each other, so
it is read column by column, every recipient and then the signature, as the plain-text twin
(and :mod:`pipeline.layout` for fixed-width text) reads it. Centred lines of one title that
tesseract made separate paragraphs stay one paragraph, and a word tesseract cut into pieces
is put back together (:func:`glue_fragments`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from statistics import median

from rapidfuzz import fuzz


@dataclass
class OcrWord:
    """A word as tesseract gave it (pixel box in the OCR'd image), before offsets exist."""

    text: str
    box: tuple[float, float, float, float]
    conf: float


@dataclass
class Line:
    words: list[OcrWord]
    key: tuple[int, int, int]  # tesseract (block, paragraph, line)

    @property
    def x0(self) -> float:
        return min(w.box[0] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.box[2] for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.box[1] for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.box[3] for w in self.words)


@dataclass
class Paragraph:
    """Lines that belong together; paragraphs are separated by a blank line in the text."""

    lines: list[list[OcrWord]] = field(default_factory=list)
    column: bool = False  # a column of a side-by-side run (header, signature block)


def lines_from_data(data: dict[str, list]) -> list[Line]:
    """Tesseract ``image_to_data`` (dict output) → its text lines, words in order."""
    lines: dict[tuple[int, int, int], Line] = {}
    for i, text in enumerate(data["text"]):
        if int(data["level"][i]) != 5:
            continue
        text = str(text).strip()
        if not text:
            continue
        conf = float(data["conf"][i])
        x, y = float(data["left"][i]), float(data["top"][i])
        w, h = float(data["width"][i]), float(data["height"][i])
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        word = OcrWord(text, (x, y, x + w, y + h), max(0.0, min(1.0, conf / 100)))
        lines.setdefault(key, Line([], key)).words.append(word)
    return list(lines.values())


def rows(lines: list[Line]) -> list[Line]:
    """Lines top to bottom, side-by-side lines of different tesseract blocks merged into one.

    Tesseract may read the header's left column as one block and the right column as the next,
    so the issuer, the number and the V/v line come before the Quốc hiệu. Merging lines that
    share a baseline band (and do not overlap horizontally) restores the printed rows; the
    column split then reads each row's parts in the right order.
    """
    out: list[Line] = []
    for ln in sorted(lines, key=lambda ln: (ln.y0 + ln.y1) / 2):
        if out:
            last = out[-1]
            overlap = min(last.y1, ln.y1) - max(last.y0, ln.y0)
            apart = ln.x0 > last.x1 or ln.x1 < last.x0
            if apart and overlap > 0.5 * min(last.y1 - last.y0, ln.y1 - ln.y0):
                words = sorted(last.words + ln.words, key=lambda w: w.box[0])
                out[-1] = Line(words, last.key)
                continue
        out.append(ln)
    return out


def glue_fragments(words: list[OcrWord], gap: float) -> list[OcrWord]:
    """Words of a line with the pieces of a word tesseract cut apart put back together.

    Tesseract sometimes boxes one word as several ("N" "guyê" "n" for "Nguyên"), most often
    in bold or noisy print; the pieces nearly touch, while a real space is a third of a line
    height or more. Pieces whose gap is under ``gap`` pixels and that meet letter to letter
    are joined, with the union box and the lower confidence."""
    out: list[OcrWord] = []
    for w in words:
        if out:
            a = out[-1]
            if (w.box[0] - a.box[2] < gap and a.text[-1:].isalpha() and w.text[:1].isalpha()):
                out[-1] = OcrWord(
                    unicodedata.normalize("NFC", a.text + w.text),
                    (a.box[0], min(a.box[1], w.box[1]), max(a.box[2], w.box[2]), max(a.box[3], w.box[3])),
                    min(a.conf, w.conf),
                )
                continue
        out.append(w)
    return out


def _segments(line: Line, gap: float) -> list[list[OcrWord]]:
    segs: list[list[OcrWord]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:], strict=False):
        if w.box[0] - prev.box[2] > gap:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def _narrow_splits(lines: list[Line], gap: float, row_gap: float, narrow: float,
                   height: float) -> dict[int, list[list[OcrWord]]]:
    """Lines whose column gap is narrower than ``gap``, split where a neighbouring row splits.

    The cells of a header table are as wide as their longest line: on a real form the
    issuer's first line and the Quốc hiệu may stand less than a line height apart, while the
    row under them (a short issuer line beside ``Độc lập - Tự do - Hạnh phúc``) leaves a wide
    gap. A line with one segment is cut where one of its word gaps lies inside the column
    gap of a split row right above or below it (``row_gap`` line heights at most) and stands
    out from its other word gaps (``narrow`` line heights at least, and 2.5 times their
    median): a cut the neighbouring rows show, not a guess from one wide space. Repeated, so
    the split carries from row to row."""
    segs = [_segments(ln, gap) for ln in lines]
    out: dict[int, list[list[OcrWord]]] = {}
    changed = True
    while changed:
        changed = False
        for i, ln in enumerate(lines):
            if len(segs[i]) != 1 or len(ln.words) < 2:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(lines) or len(segs[j]) != 2:
                    continue
                nb = lines[j]
                if max(nb.y0 - ln.y1, ln.y0 - nb.y1) > row_gap * height:
                    continue
                lo, hi = segs[j][0][-1].box[2], segs[j][1][0].box[0]
                cut = _cut_in(ln.words, lo - 0.5 * height, hi + 0.5 * height, narrow * height)
                if cut is not None:
                    segs[i] = out[i] = [ln.words[:cut], ln.words[cut:]]
                    changed = True
                    break
    return out


def _cut_in(words: list[OcrWord], lo: float, hi: float, narrow: float) -> int | None:
    """Index of the word after the one clearly wide gap of ``words`` lying within ``lo``–``hi``."""
    gaps = [b.box[0] - a.box[2] for a, b in zip(words, words[1:], strict=False)]
    best = max(range(len(gaps)), key=lambda k: gaps[k])
    a, b = words[best], words[best + 1]
    if not (a.box[2] >= lo and b.box[0] <= hi) or gaps[best] < narrow:
        return None
    rest = sorted(g for k, g in enumerate(gaps) if k != best)
    if rest and gaps[best] < 2.5 * max(rest[len(rest) // 2], 1.0):
        return None
    return best + 1


def paragraphs(lines: list[Line], *, column_gap: float = 2.2, row_gap: float = 1.1,
               closing_cues: tuple[str, ...] = (), closing_max_gap: float = 8.0,
               glue_gap: float = 0.0, paragraph_gap: float = 0.5,
               narrow_gap: float = 0.0) -> list[Paragraph]:
    """Group lines into paragraphs in reading order, splitting side-by-side columns.

    ``column_gap`` and ``row_gap`` are multiples of the page's median line height: a wider
    horizontal gap inside a line separates columns; a taller vertical gap ends a run of
    two-column lines (the issuer/Quốc hiệu row and the number/date row are separate runs).
    A line split by neither but lying under or over a split row is cut at a gap of at
    least ``narrow_gap`` line heights inside that row's column gap (:func:`_narrow_splits`).
    Consecutive lines further apart than the page's usual line gap plus ``paragraph_gap``
    line heights are separate paragraphs. Word fragments closer than ``glue_gap`` line heights are one word (:func:`glue_fragments`).
    A line that opens with one of ``closing_cues`` (``Nơi nhận``) at the left starts a closing
    block, read column by column (:func:`closing_zone`).
    """
    if not lines:
        return []
    lines = rows(lines)
    height = median(ln.y1 - ln.y0 for ln in lines) or 1.0
    if glue_gap > 0:
        lines = [Line(glue_fragments(ln.words, glue_gap * height), ln.key) for ln in lines]
    zones: dict[int, ClosingZone] = {}
    if closing_cues:
        for i in range(len(lines)):
            if zones and i < max(z.end for z in zones.values()):
                continue
            zone = closing_zone(lines, i, height, closing_cues, max_gap=closing_max_gap)
            if zone is not None:
                zones[zone.start] = zone
    narrow = _narrow_splits(lines, column_gap * height, row_gap, narrow_gap, height) if narrow_gap > 0 else {}
    out: list[Paragraph] = []
    run: list[list[list[OcrWord]]] = []  # segments of each line of a two-column run
    run_bottom = 0.0

    def flush_run() -> None:
        nonlocal run
        if not run:
            return
        ncols = max(len(segs) for segs in run)
        for c in range(ncols):
            para = Paragraph([segs[c] for segs in run if c < len(segs) and segs[c]], column=True)
            if para.lines:
                out.append(para)
        run = []

    # a vertical gap clearly above the page's usual one between the lines of a paragraph
    # ends the paragraph, whatever tesseract grouped (the number block above the body, the
    # cells of a table). The usual gap is a low quantile of the gaps between lines: most
    # lines of a page are wrapped lines of a paragraph
    gaps = sorted(g for a, b in zip(lines, lines[1:], strict=False) if 0 < (g := b.y0 - a.y1) < 2 * height)
    para_gap = (gaps[len(gaps) // 4] if gaps else 0.0) + paragraph_gap * height
    prev_ln: Line | None = None
    prev_key: tuple[int, int] | None = None
    skip_to = 0
    for i, ln in enumerate(lines):
        if i < skip_to:
            continue
        if i in zones:
            flush_run()
            out.extend(zones[i].paragraphs)
            skip_to = zones[i].end
            prev_key = None
            continue
        segs = narrow.get(i) or _segments(ln, column_gap * height)
        if len(segs) > 1 or (run and ln.y0 - run_bottom < row_gap * height and _fits_run(ln, run, height)):
            if run and ln.y0 - run_bottom >= row_gap * height:
                flush_run()
            run.append(segs if len(segs) > 1 else _place(segs[0], run))
            run_bottom = ln.y1
            prev_key = None
            continue
        flush_run()
        key = ln.key[:2]
        if key != prev_key or not out or (prev_ln is not None and ln.y0 - prev_ln.y1 > para_gap):
            out.append(Paragraph())
        out[-1].lines.append(ln.words)
        prev_key = key
        prev_ln = ln
    flush_run()
    return reflow(out, height)


_MARKER = re.compile(r"^(?:[-+•–—*]|\d{1,3}(?:\.\d{1,3})*[.)]?|[a-zđ][.)]|[IVXLC]+[.)]|Điều|Chương|Mục|Phần)$")


def _box(words: list[OcrWord]) -> tuple[float, float, float, float]:
    return (min(w.box[0] for w in words), min(w.box[1] for w in words),
            max(w.box[2] for w in words), max(w.box[3] for w in words))


def reflow(paras: list[Paragraph], height: float) -> list[Paragraph]:
    """Join the lines the page wrapped: one printed paragraph becomes one text line.

    A line that reaches the right margin followed by one that starts at the left margin (not
    indented, no list marker) is a wrap — whatever paragraphs tesseract made of them. The
    margins are those of the page's body lines. Columns of side-by-side runs are left as
    they are. Joined lines spare the normalizer guessing wraps from the text alone (it cannot
    tell "… UBND xã Trung" + "Hội xây dựng Kế hoạch … như sau:" from two lines).
    """
    body = [ln for p in paras if not p.column for ln in p.lines if len(ln) >= 3]
    if len(body) < 3:
        return paras
    xs0 = sorted(_box(ln)[0] for ln in body)
    xs1 = sorted(_box(ln)[2] for ln in body)
    left = xs0[len(xs0) // 10]
    right = xs1[len(xs1) * 9 // 10]
    out: list[Paragraph] = []
    prev: list[OcrWord] | None = None  # last line of the last body paragraph
    for para in paras:
        if para.column:
            out.append(para)
            prev = None
            continue
        for k, ln in enumerate(para.lines):
            if prev is not None and _wraps(prev, ln, left, right, height):
                prev.extend(ln)
                continue
            if prev is None or (k == 0 and not _centred_under(prev, ln, left, height)):
                out.append(Paragraph([ln]))
            else:
                out[-1].lines.append(ln)
            prev = out[-1].lines[-1]
    return out


def _centred_under(a: list[OcrWord], b: list[OcrWord], left: float, height: float) -> bool:
    """``b`` is the next line of a centred paragraph ``a`` (a title or trích yếu wrapped over
    lines): right under it with no paragraph space, on the same axis, neither line at the
    left margin. Tesseract often makes each such line a paragraph of its own; the text must not
    put a blank line inside a title."""
    ax0, _ay0, ax1, ay1 = _box(a)
    bx0, by0, bx1, _by1 = _box(b)
    if not (-0.5 * height < by0 - ay1 < 0.6 * height):
        return False
    if min(ax0, bx0) < left + 2 * height:
        return False  # a line at the margin: body text
    return abs((ax0 + ax1) / 2 - (bx0 + bx1) / 2) < 0.6 * height  # an indented first line is off-axis


def _wraps(a: list[OcrWord], b: list[OcrWord], left: float, right: float, height: float) -> bool:
    _ax0, _ay0, ax1, ay1 = _box(a[-3:])
    bx0, by0, _bx1, _by1 = _box(b)
    if by0 - ay1 > 1.5 * height or by0 < ay1 - height:  # not the next line down
        return False
    if bx0 > left + height:
        return False  # b is indented: a paragraph starts
    # a wrapped line is one the next word did not fit on: if b's first word would have fit
    # in the room left at the end of a, a ended its paragraph there
    first = b[0].box[2] - b[0].box[0]
    if ax1 < right - first - 0.8 * height:
        return False
    return not _MARKER.match(b[0].text)


def _split_x(run: list[list[list[OcrWord]]]) -> float:
    gaps = [(segs[0][-1].box[2] + segs[1][0].box[0]) / 2 for segs in run if len(segs) > 1 and segs[0]]
    return median(gaps) if gaps else 0.0


def _fits_run(ln: Line, run: list[list[list[OcrWord]]], slack: float) -> bool:
    """A one-segment line under a two-column run stays in it when it lies on one side of the
    split and within that column's extent (the third line of an issuer, a V/v line under the
    number); a centred title below the header does not. On the left it must also line up
    with the column's last line (same centre or same left edge, as the cells of the header
    table are centred): the first line of the body, indented under the header, does not."""
    x = _split_x(run)
    left = [w for segs in run if segs and segs[0] for w in segs[0]]
    right = [w for segs in run if len(segs) > 1 for w in segs[-1]]
    if ln.x1 < x and left:
        if ln.x0 < min(w.box[0] for w in left) - slack:
            return False
        last = next(segs[0] for segs in reversed(run) if segs and segs[0])
        lx0, _, lx1, _ = _box(last)
        return abs((lx0 + lx1) / 2 - (ln.x0 + ln.x1) / 2) <= 1.5 * slack or abs(lx0 - ln.x0) <= 0.5 * slack
    if ln.x0 > x and right:
        return ln.x1 <= max(w.box[2] for w in right) + slack
    return False


def _place(seg: list[OcrWord], run: list[list[list[OcrWord]]]) -> list[list[OcrWord]]:
    """A one-segment line of a run as [left] or [[], right]."""
    if seg[0].box[0] > _split_x(run):
        return [[], seg]
    return [seg]


# --------------------------------------------------------------------------- closing block


@dataclass
class ClosingZone:
    """Lines ``[start, end)`` of the row-sorted page lines that form the closing table, and
    its paragraphs in reading order: the ``Nơi nhận`` column, then the signature column."""

    start: int
    end: int
    split: float
    paragraphs: list[Paragraph]


_ITEM = re.compile(r"^[-+•*–]")
_CLOSED = (";", ".")


def _fold(s: str) -> str:
    nfd = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in nfd if not unicodedata.combining(c)).casefold().split())


@cache
def _folded(cues: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_fold(c) for c in cues)


def _opens_with(ln: Line, cues: tuple[str, ...]) -> bool:
    head = _fold(" ".join(w.text for w in ln.words[:4]))
    for fc in _folded(cues):
        h = head[: len(fc)]
        if h == fc or (len(h) == len(fc) and fuzz.ratio(h, fc) >= 85):
            return True
    return False


def _gutter_x(lines: list[Line], x_lo: float, x_hi: float, height: float) -> float | None:
    """The x of least word coverage between ``x_lo`` and ``x_hi`` (centre of the widest such
    run): the gutter between the two cells. Lines running across the page after the block
    cover every x alike, so they do not move it; None when nothing is left of or right of it."""
    step = max(1.0, height / 4)
    n = int((x_hi - x_lo) / step)
    if n < 3:
        return None
    cover = [0] * n
    for ln in lines:
        for w in ln.words:
            a = max(0, int((w.box[0] - x_lo) / step))
            b = min(n, int((w.box[2] - x_lo) / step) + 1)
            for k in range(a, b):
                cover[k] += 1
    low = min(cover)
    best: tuple[int, int] | None = None
    k = 0
    while k < n:
        if cover[k] == low:
            j = k
            while j < n and cover[j] == low:
                j += 1
            if best is None or j - k > best[1] - best[0]:
                best = (k, j)
            k = j
        else:
            k += 1
    assert best is not None
    if (best[1] - best[0]) * step < height:
        return None  # no clear gutter: not two cells
    return x_lo + (best[0] + best[1]) / 2 * step


def _list_gutter(lines: list[Line], left_x0: float, height: float) -> float | None:
    """The gutter right of a left-aligned list: the list cell's lines all start at its left
    edge ``left_x0``, so the first run of words (word gaps under ``0.8`` line heights) of each
    line starting there is the list's text; the gutter lies between the right end of those
    and the first word to the right of all of them. None when no word lies clear of them
    (the cells touch, or a list item and a signature line were read as one run)."""
    ends: list[float] = []
    for ln in lines:
        if abs(ln.x0 - left_x0) > 2 * height:
            continue
        seg = _segments(ln, 0.8 * height)[0]
        ends.append(max(w.box[2] for w in seg))
    if not ends:
        return None
    edge = max(ends)
    rest = [w.box[0] for ln in lines for w in ln.words if w.box[0] > edge]
    if not rest or min(rest) - edge < 0.5 * height:
        return None
    return (edge + min(rest)) / 2


def closing_zone(lines: list[Line], i: int, height: float, cues: tuple[str, ...], *,
                 max_gap: float = 8.0) -> ClosingZone | None:
    """The closing table that starts at line ``i`` (a ``Nơi nhận`` at the left), if any.

    Nghị định 30/2020 prints the closing as two cells side by side: the recipients list on the
    left, the signature block (authority, position, room for the signature, name) on the right.
    Tesseract cuts it into lines that mix both cells, in whatever order their baselines fall,
    so the block is rebuilt from the word boxes: the gutter lies right of the list's left-aligned
    lines (:func:`_list_gutter`), failing that at the x of least word coverage beside and
    just below the cue (runs of words as wide as the page left out, :func:`_gutter_x`); words left of it are the list, right of it the signature. The
    block ends at a line that crosses the gutter (body text), at a vertical gap of more than
    ``max_gap`` line heights, or at a line on the left that does not line up with the list
    (a paragraph or heading below the closing). The list is read first, each item one line (an
    item the cell wrapped is rejoined), then the signature, a blank line where it leaves
    room for the signature — the order of the document's plain-text twin.
    """
    anchor = lines[i]
    if not _opens_with(anchor, cues):  # first: it is asked of every line of the page
        return None
    page_x0 = min(ln.x0 for ln in lines)
    page_x1 = max(ln.x1 for ln in lines)
    if anchor.x0 > page_x0 + (page_x1 - page_x0) / 3:
        return None
    left_x0 = anchor.x0
    # the window beside and below the cue, ended by a tall vertical gap
    window = [anchor]
    bottom = anchor.y1
    for ln in lines[i + 1 :]:
        if ln.y0 - bottom > max_gap * height or len(window) > 40:
            break
        window.append(ln)
        bottom = max(bottom, ln.y1)
    # the gutter is sought beside the cue only, among lines no wider than a cell: what
    # follows the block (a trailer, a heading) must not fill it
    wide = 0.6 * (page_x1 - page_x0)
    near = [ln for ln in window if ln.y0 < anchor.y0 + 12 * height
            and all(seg[-1].box[2] - seg[0].box[0] < wide for seg in _segments(ln, 1.5 * height))]
    split = _list_gutter(near, left_x0, height)
    if split is None:
        split = _gutter_x(near, left_x0 + 3 * height, page_x1 - 3 * height, height)
    if split is None:
        return None
    margin = 0.25 * height
    zone: list[Line] = []
    bottom = anchor.y1
    right_seen = False
    left_bottom = anchor.y1
    for ln in window:
        if zone and ln.y0 - bottom > max_gap * height:
            break
        if any(w.box[0] < split - margin and w.box[2] > split + margin for w in ln.words):
            break  # runs across the gutter: body text below the block
        has_left = any(w.box[2] <= split for w in ln.words)
        if zone and has_left and not any(w.box[0] >= split for w in ln.words):
            # a left-only line stays in the list only if it lines up with it and follows
            # its last line at the list's spacing
            if ln.x0 > left_x0 + 2 * height or ln.x0 < left_x0 - 2 * height \
                    or ln.y0 - left_bottom > 1.2 * height:
                break
        if has_left:
            left_bottom = max(w.box[3] for w in ln.words if w.box[2] <= split)
        right_seen = right_seen or any(w.box[0] >= split for w in ln.words)
        zone.append(ln)
        bottom = max(bottom, ln.y1)
    if not right_seen:
        return None
    # the two cells of the table start on the same row: a signature block that begins well
    # below the cue is printed under the list, not beside it, and reads top to bottom as is
    first_right = min(w.box[1] for ln in zone for w in ln.words if (w.box[0] + w.box[2]) / 2 >= split)
    if first_right > anchor.y1 + 2 * height:
        return None
    left: list[list[OcrWord]] = []
    right: list[tuple[float, float, list[OcrWord]]] = []
    edge = max((w.box[2] for ln in zone for w in ln.words if (w.box[0] + w.box[2]) / 2 < split), default=split)
    for ln in zone:
        lw = [w for w in ln.words if (w.box[0] + w.box[2]) / 2 < split]
        rw = [w for w in ln.words if (w.box[0] + w.box[2]) / 2 >= split]
        if lw:
            prev = left[-1] if left else None
            # the cell wrapped the item: the line above ends no item and is full (the first
            # word of this one would not have fitted after it)
            if prev is not None and len(left) > 1 and not _ITEM.match(lw[0].text) \
                    and not prev[-1].text.endswith(_CLOSED) \
                    and prev[-1].box[2] + (lw[0].box[2] - lw[0].box[0]) + height > edge:
                prev.extend(lw)
            else:
                left.append(lw)
        if sum(c.isalnum() for w in rw for c in w.text) > 2:  # shorter: a stroke of the signature or seal
            right.append((min(w.box[1] for w in rw), max(w.box[3] for w in rw), rw))
    paras = [Paragraph(left, column=True)] if left else []
    right.sort(key=lambda r: (r[0] + r[1]) / 2)
    sig: list[list[OcrWord]] = []
    last_y1: float | None = None
    for y0, y1, rw in right:
        if last_y1 is not None and y0 - last_y1 > 1.5 * height and sig:
            paras.append(Paragraph(sig, column=True))
            sig = []
        sig.append(rw)
        last_y1 = y1
    if sig:
        paras.append(Paragraph(sig, column=True))
    return ClosingZone(i, i + len(zone), split, paras)


def closing_cells(lines: list[Line], cues: tuple[str, ...], *,
                  max_gap: float = 8.0) -> list[tuple[float, float, float, float]]:
    """The pixel box of the signature cell of every closing table on the page (see
    :func:`closing_zone`), padded by half a line height, for a second, cell-only OCR."""
    if not lines:
        return []
    srt = rows(lines)
    height = median(ln.y1 - ln.y0 for ln in srt) or 1.0
    out: list[tuple[float, float, float, float]] = []
    i = 0
    while i < len(srt):
        zone = closing_zone(srt, i, height, cues, max_gap=max_gap)
        if zone is None:
            i += 1
            continue
        right = [w for ln in srt[zone.start : zone.end] for w in ln.words
                 if (w.box[0] + w.box[2]) / 2 >= zone.split]
        if right:
            out.append((zone.split, min(w.box[1] for w in right) - height / 2,
                        max(w.box[2] for w in right) + height, max(w.box[3] for w in right) + height / 2))
        i = zone.end
    return out


# --------------------------------------------------------------------------- page seams


@dataclass(frozen=True)
class PageEdges:
    """How an OCR'd page's text ends and starts, to tell a paragraph running on to the next
    page from one that ends with the page (pixels of the OCR'd image)."""

    left: float  # the page's body margins (as :func:`reflow` finds them)
    right: float
    height: float  # median line height
    last: tuple[OcrWord, ...] = ()  # the last line, if it ends a body paragraph (not a column)
    first: tuple[OcrWord, ...] = ()  # the first line, if it starts one


_STOPS = ".:;!?"
_CLOSERS = "\"'”’)]*"


def page_edges(paras: list[Paragraph], height: float) -> PageEdges:
    body = [ln for p in paras if not p.column for ln in p.lines if len(ln) >= 3]
    xs0 = sorted(_box(ln)[0] for ln in body)
    xs1 = sorted(_box(ln)[2] for ln in body)
    left = xs0[len(xs0) // 10] if xs0 else 0.0
    right = xs1[len(xs1) * 9 // 10] if xs1 else 0.0
    first: tuple[OcrWord, ...] = ()
    last: tuple[OcrWord, ...] = ()
    if paras and not paras[0].column and paras[0].lines:
        # a text line may be several printed ones (reflow joins wraps): the first printed row
        ln = paras[0].lines[0]
        first = tuple(w for w in ln if w.box[1] < ln[0].box[3] - 0.5 * height)
    if paras and not paras[-1].column and paras[-1].lines:
        ln = paras[-1].lines[-1]
        last = tuple(w for w in ln if w.box[3] > ln[-1].box[1] + 0.5 * height)
    return PageEdges(left, right, height, last, first)


def page_seam(a: PageEdges, b: PageEdges) -> str:
    """What goes between page ``a``'s text and page ``b``'s: a blank line (a paragraph ends
    with the page) unless ``a``'s last line stops mid-sentence and ``b``'s first line goes on
    with it —

    - ``"  "`` (a wrap: the two lines are one, as :func:`reflow` joins them on a page): ``a``'s
      line reaches the right margin and ``b``'s starts at the left margin, no list marker;
    - ``" \\n"`` (a line break inside one paragraph, the normalizer judges it as any other):
      both lines are centred on one axis, as a title or trích yếu wrapped over a page break.

    Same length as the blank line, so page offsets stay put."""
    if not a.last or not b.first or not a.right or not b.right:
        return "\n\n"
    tail = a.last[-1].text.rstrip(_CLOSERS)
    if not tail or tail[-1] in _STOPS or _MARKER.match(b.first[0].text):
        return "\n\n"
    h = max(a.height, b.height)
    # the pages of one document share their margins; a page of a few lines alone would not
    # show them
    left, right = min(a.left, b.left), max(a.right, b.right)
    ax0, _, ax1, _ = _box(list(a.last))
    bx0, _, bx1, _ = _box(list(b.first))
    first = b.first[0].box[2] - b.first[0].box[0]
    # a line set to the right (a signer's name) ends its page even when it stops near the
    # right margin: a paragraph's last line on a page starts at the margin or its indent
    if bx0 <= left + h and ax0 <= left + 3 * h and ax1 >= right - first - 0.8 * h:
        return "  "
    if abs((ax0 + ax1) / 2 - (bx0 + bx1) / 2) < 0.6 * h:
        return " \n"
    return "\n\n"
