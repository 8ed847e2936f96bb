"""Lines in reading order from tesseract's word table, with side-by-side columns kept apart.

Tesseract's page segmentation reads the two-column header of an administrative document
(issuer | Quốc hiệu, number | place and date) as single lines running across both columns
("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …"), which would glue the issuer to the national motto. The
columns are visible in the word boxes, though: a horizontal gap several line heights wide.
Such lines are cut at the gap, and a run of consecutive cut lines is emitted column by
column (all left parts, then all right parts), as a born-digital text of the same document
reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median


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


def _segments(line: Line, gap: float) -> list[list[OcrWord]]:
    segs: list[list[OcrWord]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:], strict=False):
        if w.box[0] - prev.box[2] > gap:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def paragraphs(lines: list[Line], *, column_gap: float = 2.2, row_gap: float = 1.1) -> list[Paragraph]:
    """Group lines into paragraphs in reading order, splitting side-by-side columns.

    ``column_gap`` and ``row_gap`` are multiples of the page's median line height: a wider
    horizontal gap inside a line separates columns; a taller vertical gap ends a run of
    two-column lines (the issuer/Quốc hiệu row and the number/date row are separate runs).
    """
    if not lines:
        return []
    lines = rows(lines)
    height = median(ln.y1 - ln.y0 for ln in lines) or 1.0
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

    prev_key: tuple[int, int] | None = None
    for ln in lines:
        segs = _segments(ln, column_gap * height)
        if len(segs) > 1 or (run and ln.y0 - run_bottom < row_gap * height and _fits_run(ln, run, height)):
            if run and ln.y0 - run_bottom >= row_gap * height:
                flush_run()
            run.append(segs if len(segs) > 1 else _place(segs[0], run))
            run_bottom = ln.y1
            prev_key = None
            continue
        flush_run()
        key = ln.key[:2]
        if key != prev_key or not out:
            out.append(Paragraph())
        out[-1].lines.append(ln.words)
        prev_key = key
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
            if prev is None or k == 0:
                out.append(Paragraph([ln]))
            else:
                out[-1].lines.append(ln)
            prev = out[-1].lines[-1]
    return out


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
    number); a centred title below the header does not."""
    x = _split_x(run)
    left = [w for segs in run if segs and segs[0] for w in segs[0]]
    right = [w for segs in run if len(segs) > 1 for w in segs[-1]]
    if ln.x1 < x and left:
        return ln.x0 >= min(w.box[0] for w in left) - slack
    if ln.x0 > x and right:
        return ln.x1 <= max(w.box[2] for w in right) + slack
    return False


def _place(seg: list[OcrWord], run: list[list[list[OcrWord]]]) -> list[list[OcrWord]]:
    """A one-segment line of a run as [left] or [[], right]."""
    if seg[0].box[0] > _split_x(run):
        return [[], seg]
    return [seg]
