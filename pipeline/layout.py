"""Side-by-side columns in plain text: split them into lines, in reading order.

Nghị định 30/2020 lays out two parts of a document as a two-column table: the header (issuer
left, Quốc hiệu and the place-date line right, the number below the issuer) and the closing
(``Nơi nhận`` left, the signature block right). Text copied from such a layout, fixed-width
exports and ``pdftotext -layout`` keep the columns side by side on one line, separated by a
run of spaces::

    ỦY BAN NHÂN DÂN HUYỆN NHO QUAN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 356/UBND-VP                         Nho Quan, ngày 14 tháng 11 năm 2024

A block of such lines is rewritten so that each column cell is a line of its own. The header
is read row by row (issuer, Quốc hiệu, …, number, date: the interleaved order the segmenter
knows); a closing block whose left column starts with ``Nơi nhận`` is read column by column
(every recipient, then the signature block), because there the rows of the two columns have
nothing to do with each other. The rewrite may reorder text, so it returns the pieces it
copied (output start, input start, length) for the offset map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import load_rules
from .rewrite import Piece, Rewrite
from .textutil import fuzzy_starts, is_upper_line

# left cell, a run of 3+ spaces, right cell
_TWO = re.compile(r"^(?P<lead> *)(?P<left>\S(?:.*?\S)?)(?P<gap> {3,})(?P<right>\S.*?) *$")
# a right cell alone, indented far
_RIGHT = re.compile(r"^(?P<lead> {12,})(?P<right>\S.*?) *$")
_ALIGN = 8  # how far the right column's start may wander between rows
_MAX_GAP_ROWS = 8  # rows without a right cell inside a block (the rest of a Nơi nhận list)
_MAX_LIST_ROWS = 40  # rows of a Nơi nhận list between two right cells



@dataclass
class _Row:
    start: int  # offset of the line in the text
    end: int
    left: tuple[int, int] | None  # spans in the text
    right: tuple[int, int] | None
    col: int | None  # column of the right cell


# a draft leaves the figures blank: "Số:      /KH-UBND", "ngày      tháng 7 năm", "ngày     /7/2026";
# such a run of spaces is inside a cell, never the gap between two columns
_BLANK_BEFORE = re.compile(r"(?:\b(?:Số|SỐ)\s*:?|\b(?:ngày|tháng|NGÀY|THÁNG|Ngày))$")
_BLANK_AFTER = re.compile(r"^(?:/|tháng\b|năm\b|THÁNG\b|NĂM\b)")
_GAP = re.compile(r" {3,}")
_LIST_MARKER = re.compile(r"[-+*•–·]|\d{1,2}[.)]|[a-zđ][.)]")


def _column_gap(line: str) -> re.Match[str] | None:
    """The first run of 3+ spaces between two cells, skipping a draft's blank."""
    lead = len(line) - len(line.lstrip(" "))
    for g in _GAP.finditer(line, lead):
        if g.end() >= len(line.rstrip(" ")):
            return None
        if _BLANK_BEFORE.search(line, 0, g.start()) and _BLANK_AFTER.match(line[g.end() :]):
            continue
        if _LIST_MARKER.fullmatch(line, lead, g.start()):
            continue  # "-   Bộ Tài chính;": a list item's marker set apart from its text (pandoc)
        return g
    return None


def _row(text: str, start: int, end: int) -> _Row:
    line = text[start:end]
    g = _column_gap(line)
    m = _TWO.match(line) if g is not None else None
    if m and m.start("gap") != g.start():  # type: ignore[union-attr]
        a = start + (len(line) - len(line.lstrip(" ")))
        return _Row(start, end, (a, start + g.start()), (start + g.end(), start + len(line.rstrip(" "))), g.end())  # type: ignore[union-attr]
    if m:
        return _Row(start, end, (start + m.start("left"), start + m.end("left")),
                    (start + m.start("right"), start + m.end("right")), m.start("right"))
    m = _RIGHT.match(line)
    if m:
        return _Row(start, end, None, (start + m.start("right"), start + m.end("right")), m.start("right"))
    s = line.strip(" ")
    if not s:
        return _Row(start, end, None, None, None)
    a = start + (len(line) - len(line.lstrip(" ")))
    return _Row(start, end, (a, a + len(s)), None, None)


# a pandoc table's rule of two columns: a run of dashes per column, a space between them
_PANDOC_RULE = re.compile(r" *-{3,} +(-{3,}) *$")
_PANDOC_MAX_ROWS = 40


def _pandoc_rows(rows: list[_Row], text: str) -> None:
    """Rows of a two-column pandoc table cut where its rule says the second column starts.

    Pandoc writes a Word table without borders (the header, the closing) as a simple or
    multiline table whose dash rule gives each column's extent; a cell's lines stand anywhere
    inside its column (``TỔNG BÍ THƯ`` centred under ``T/M BAN CHẤP HÀNH …``), further apart than
    the gap reading allows. Between an opening rule and the next rule (a multiline table) or
    the first blank line (a simple one), each line is cut at the rule's column; a line whose
    text runs across the cut keeps its gap reading."""
    i, n = 0, len(rows)
    while i < n:
        m = _PANDOC_RULE.match(text, rows[i].start, rows[i].end)
        if m is None or m.end() != rows[i].end:
            i += 1
            continue
        cut = m.start(1) - rows[i].start
        j = i + 1
        while j < n and j - i <= _PANDOC_MAX_ROWS and not _PANDOC_RULE.match(text, rows[j].start, rows[j].end):
            j += 1
        if j >= n or j - i > _PANDOC_MAX_ROWS:
            j = i + 1  # no closing rule: a simple table, up to its first blank line
            while j < n and text[rows[j].start : rows[j].end].strip():
                j += 1
        for k in range(i + 1, j):
            r = rows[k]
            line = text[r.start : r.end]
            if len(line) <= cut or not line.strip() or (line[cut - 1] != " " and line[cut] != " "):
                continue
            left, right = line[:cut], line[cut:]
            lcell = _span(r.start, left)
            rcell = _span(r.start + cut, right)
            rows[k] = _Row(r.start, r.end, lcell, rcell, cut if rcell is not None else None)
        i = j + 1 if j < n and j > i + 1 else i + 1


def _span(at: int, s: str) -> tuple[int, int] | None:
    """The stripped extent of ``s`` (which starts at ``at``), None when blank."""
    t = s.strip(" ")
    if not t:
        return None
    a = at + len(s) - len(s.lstrip(" "))
    return a, a + len(t)


def _blocks(rows: list[_Row], text: str) -> list[tuple[int, int]]:
    """Row ranges [i, j) of column blocks: at least two rows with a right cell, one of them
    beside a left cell, right cells aligned, and few rows without a right cell between."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(rows)
    while i < n:
        if rows[i].col is None or rows[i].left is None:
            i += 1
            continue
        col = rows[i].col
        last = i
        j = i + 1
        gap = 0  # rows since the last right cell; the items of a Nơi nhận list do not count,
        # for the signer's name may stand beside the last of many recipients
        while j < n and gap < _MAX_GAP_ROWS and j - last <= _MAX_LIST_ROWS:
            r = rows[j]
            if r.col is None and r.left is not None and text[r.left[0]] == "-" and _PANDOC_RULE.match(text, r.start, r.end):
                break  # a pandoc table's rule: the table (the header, the closing) ends here
            if r.col is not None:
                if abs(r.col - col) > _ALIGN:
                    break
                last = j
                gap = 0
            elif not _is_list_item(r, text) and not (_is_blank(r) and _list_item_next(rows, j, text)):
                # a blank line before an item is spacing inside the list (a converter that
                # writes each line as a paragraph), not a row of text
                gap += 1
            j += 1
        if sum(1 for r in rows[i : last + 1] if r.col is not None) >= 2:
            # a Nơi nhận list goes on below the signature's last row
            k = last + 1
            left_col = rows[i].left[0] - rows[i].start  # type: ignore[index]
            while k < n:  # as long as its items go on, up to the archive item
                for q in (k, k + 1):
                    r = rows[q] if q < n else rows[k]
                    if r.left is None and r.right is not None and abs(r.col - left_col) <= _ALIGN:  # type: ignore[operator]
                        # indented as far as the left column (a padded page): a left cell, alone
                        rows[q] = _Row(r.start, r.end, r.right, None, None)
                r = rows[k]
                if _is_list_item(r, text) or (
                    r.left is not None and r.col is None and k > last + 1 and not _is_blank(rows[k - 1])
                ):
                    k += 1  # an item, or the wrapped rest of the one above
                    if _ARCHIVE.match(text, r.left[0]):  # type: ignore[index]
                        k = _drafter_note(rows, k, col, text)
                        break
                elif _is_blank(r) and k + 1 < n and _is_list_item(rows[k + 1], text):
                    k += 2  # blank lines between the items (DOCX readers, a PDF's line spacing)
                else:
                    break
            out.append((i, k))
            i = k
        else:
            i = last + 1
    return out


_NUMBER_OR_DATE = re.compile(r"^(?:Số|SỐ|So)\b|,\s*ngày\b")


def _header_cell(t: str) -> bool:
    """A cell of the header table: capitals (issuer, Quốc hiệu), the number or the date line."""
    return is_upper_line(t) or bool(_NUMBER_OR_DATE.search(t))


_ARCHIVE = re.compile(r"\\?[-+•*]?\s*(?:Lưu|LƯU)\b")


def _is_list_item(r: _Row, text: str) -> bool:
    """A list item alone on its row (markdown may still escape its dash: ``\\- Như trên;``)."""
    if r.left is None or r.col is not None:
        return False
    c = text[r.left[0]]
    return c in "-+•*" or (c == "\\" and text[r.left[0] + 1 : r.left[0] + 2] in ("-", "+", "*"))


def _drafter_note(rows: list[_Row], k: int, col: int, text: str) -> int:
    """One past the drafter's initials under the archive item (``- Lưu: VT, KT.`` /
    ``(Thủy, Nho)``): a short bracketed note indented left of the right column is the left
    column's, made a left cell here (else the reading joins it to the signer's position)."""
    if k >= len(rows):
        return k
    r = rows[k]
    cell = r.right if r.left is None else None
    if cell is None or r.col is None or r.col > col - _ALIGN:
        return k
    note = text[cell[0] : cell[1]]
    if len(note) <= 40 and note.startswith("("):
        rows[k] = _Row(r.start, r.end, cell, None, None)
        return k + 1
    return k


def _list_item_next(rows: list[_Row], j: int, text: str) -> bool:
    """The first row after the blank rows from ``j`` on is a list item alone."""
    k = j
    while k < len(rows) and _is_blank(rows[k]):
        k += 1
    return k < len(rows) and _is_list_item(rows[k], text)


def _is_blank(r: _Row) -> bool:
    return r.left is None and r.right is None


def reflow_columns(text: str) -> tuple[str, list[Piece]] | None:
    """``text`` with its side-by-side column blocks split into lines (None if it has none)."""
    if "   " not in text:
        return None
    rows: list[_Row] = []
    pos = 0
    for line in text.split("\n"):
        rows.append(_row(text, pos, pos + len(line)))
        pos += len(line) + 1
    if "--- -" in text:
        _pandoc_rows(rows, text)
    blocks = _blocks(rows, text)
    if not blocks:
        return None
    cues = load_rules("structure")["closing"]["recipients"]
    w = Rewrite(text)
    copy, put = w.copy, w.put
    ipos = 0

    for i, j in blocks:
        block = rows[i:j]
        first_left = next((r.left for r in block if r.left is not None), None)
        # (emphasis markers are still there: "***Nơi nhận:\\***")
        by_column = first_left is not None and fuzzy_starts(text[first_left[0] : first_left[1]].lstrip("*_\\ "), cues, 90)
        if not by_column and first_left is not None and text[first_left[0]] in "-+•*":
            # a list whose "Nơi nhận:" label stands alone on the row above the block
            k = i - 1
            while k >= 0 and _is_blank(rows[k]):
                k -= 1
            prev = rows[k] if k >= 0 else None
            by_column = (prev is not None and prev.left is not None and prev.right is None
                         and fuzzy_starts(text[prev.left[0] : prev.left[1]], cues, 90))
        if not by_column and not any(_header_cell(text[c[0] : c[1]]) for r in block for c in (r.left, r.right) if c):
            continue  # aligned body text (justified prose, a table): not the header or closing
        copy(ipos, rows[i].start)
        cells: list[tuple[int, int] | None] = []
        if by_column:
            cells.extend(r.left for r in block if r.left is not None)
            cells.append(None)  # an empty line between the recipients and the signature
            rights = [k for k, r in enumerate(block) if r.right is not None]
            for k in rights:
                if cells[-1] is not None and k - 1 >= 0 and block[k - 1].right is None and k != rights[0]:
                    cells.append(None)  # room for the signature between its rows: a blank line
                cells.append(block[k].right)
        else:
            for r in block:
                if r.left is None and r.right is None:
                    cells.append(None)
                if r.left is not None:
                    cells.append(r.left)
                if r.right is not None:
                    cells.append(r.right)
        for k, cell in enumerate(cells):
            if k:
                put("\n")
            if cell is not None:
                copy(*cell)
        ipos = rows[j - 1].end
    if not w.pieces:
        return None
    copy(ipos, len(text))
    return w.result()
