"""Task tables laid out with spaces (``pdftotext -layout``, OCR engines, ``<pre>`` pages).

Such a converter writes a table's columns side by side, parted by runs of spaces, and a cell
that does not fit its column's width goes on in the next line, in its own column::

     TT   Nội dung nhiệm vụ              Cơ quan chủ trì    Thời gian hoàn thành
     1    Xây dựng kế hoạch tuyên        Sở Văn hóa, Thể    Quý III/2026
          truyền                         thao và Du lịch

Joined as prose, a row's cells run into each other and the next row's; read as a table, each
cell is whole. The block is anchored by a header line whose space-parted cells name columns
(the ``[columns]`` phrases of rules/tables.toml; a header that wraps is read with its next
lines); its cells' positions cut every line below into columns (a column starts where its
cells start, which under a centred header is left of the header's text; a piece that runs
past the next header's text is prose across the columns), a line opening with a running number starts a row (a table without numbers: a line
whose task piece opens in capitals), every other line goes on the cells above, column by
column. A repeated header (the table goes on after a page break) and a page's number between
rows are left out.

The block is rewritten as pipe rows (``| 1 | task | lead | time |``), which the document
model already reads as a table (pipeline/segment.py), so units and timeline read it as any
other. The rewrite reorders text, so like pipeline/layout.py it returns the pieces it copied
(output start, input start, length): every value keeps its span into the original. Where the
evidence is thin (no header, fewer than two rows, pieces that fall outside the columns) the
text is left alone: prose is never cut into cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .resources import load_rules
from .rewrite import Piece, Rewrite

_GUTTER = re.compile(r"\S+(?: \S+)*")  # a line's pieces: text parted by runs of 2+ spaces
_ROW_NO = re.compile(r"\d{1,3}(?:\.\d{1,2})*[.)]?|[a-zđ][.)]|[-+•]")
_SECTION_NO = re.compile(r"(?:[IVXLC]{1,5}|[A-ZĐ])[.)]?")
_BROKEN_WORD = re.compile(r"[^\W\d_]-$")
_HEADING = re.compile(r"(?:[IVXLC]{1,5}|\d{1,2})\.\s+\S")
_PAGE_NO = re.compile(r"(?:[-–]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–])?", re.IGNORECASE)


@cache
def _rules() -> dict:
    return load_rules("tables")["spaces"]


@dataclass(frozen=True)
class _Piece:
    col: int  # character column in its line
    start: int  # offset in the text
    end: int
    text: str


def _pieces(text: str, start: int, end: int) -> list[_Piece]:
    line = text[start:end]
    return [_Piece(m.start(), start + m.start(), start + m.end(), m.group()) for m in _GUTTER.finditer(line)]


def _roles(cells: list[str]) -> list[str | None]:
    from .segment import column_role

    return [column_role(c) for c in cells]


@dataclass
class _Header:
    lines: int  # how many lines it takes
    bounds: list[int]  # per column, the character column where it begins (first is 0)
    roles: list[str | None]
    cells: list[list[_Piece]]  # per column, its pieces
    starts: list[int]  # per column, where its header's text begins (inside the column)


def _column(bounds: list[int], col: int) -> int:
    k = 0
    for i, b in enumerate(bounds):
        if col >= b:
            k = i
    return k


def _read_header(text: str, spans: list[tuple[int, int]], i: int) -> _Header | None:
    """The header starting at line ``i``: a line of at least ``min_columns`` space-parted
    cells, the next (at most ``max_header_lines`` - 1) lines wrapping them, most of its cells
    naming a column's role."""
    R = _rules()
    first = _pieces(text, *spans[i])
    if len(first) < int(R["min_columns"]) or any(len(p.text.split()) > int(R["max_header_words"]) for p in first):
        return None
    best: _Header | None = None
    for h in range(1, int(R["max_header_lines"]) + 1):
        if i + h > len(spans):
            break
        if h > 1:
            more = _pieces(text, *spans[i + h - 1])
            if not more or any(_ROW_NO.fullmatch(p.text) for p in more[:1]) or len(more) > len(first):
                break
            if any(len(p.text.split()) > int(R["max_header_words"]) for p in more):
                break
        starts = [p.col for p in first]
        ends = [p.col + len(p.text) for p in first]
        slack = int(R["lead_slack"])  # a cell's text may start left of a centred header's
        bounds = [0] + [max(starts[k] - slack, (ends[k - 1] + starts[k] + 1) // 2) for k in range(1, len(first))]
        cells: list[list[_Piece]] = [[p] for p in first]
        ok = True
        for j in range(i + 1, i + h):
            for p in _pieces(text, *spans[j]):
                k = _column(bounds, p.col)
                if k + 1 < len(starts) and p.col + len(p.text) > starts[k + 1]:
                    ok = False  # a piece across two columns: not a header's wrapped cell
                cells[k].append(p)
        if not ok:
            break
        roles = _roles([" ".join(p.text for p in c) for c in cells])
        named = [r for r in roles if r is not None]
        if (len(named) >= int(R["min_named_columns"]) and len(set(named)) == len(named)
                and any(r in ("task", "lead", "time") for r in named) and "task" in named):
            if best is None or len(named) > sum(r is not None for r in best.roles):
                best = _Header(h, bounds, roles, cells, starts)
    if best is not None:
        ends = [p.col + len(p.text) for p in first]
        _widen(text, spans, i + best.lines, best.starts, ends, best.bounds)
    return best


def _widen(text: str, spans: list[tuple[int, int]], j: int, starts: list[int], ends: list[int], bounds: list[int]) -> None:
    """Move a column's boundary left to where its cells start: under a centred header cell the
    cells start further left than the header's text, though right of the header on their left
    (that column's cells start at or before its own header's text)."""
    R = _rules()
    blanks = 0
    for k in range(j, min(len(spans), j + int(R["scan_lines"]))):
        ps = _pieces(text, *spans[k])
        if not ps:
            blanks += 1
            if blanks > int(R["max_blank_lines"]):
                return
            continue
        blanks = 0
        if any(len(p.text.split()) > int(R["max_cell_words"]) for p in ps) or (len(ps) == 1 and _heading(ps[0].text)):
            return  # prose or a heading after the table
        if len(ps) < 2:
            continue
        for p in ps:
            for c in range(1, len(bounds)):
                if ends[c - 1] < p.col < bounds[c]:
                    bounds[c] = p.col


def _absorb(text: str, spans: list[tuple[int, int]], top: int, head: _Header) -> _Header | None:
    """``head`` with the lines from ``top`` to its anchor line put on top of its cells: a header
    whose cells a converter centred vertically starts above its widest line ("Cơ quan" over
    "TT  Nội dung  chủ trì"). None when a line there is no header's: a piece across two
    columns or too long, or cells that then name fewer roles."""
    R = _rules()
    n = len(head.bounds)
    above: list[list[_Piece]] = [[] for _ in range(n)]
    for j in range(top, top + 1):
        for p in _pieces(text, *spans[j]):
            k = _column(head.bounds, p.col)
            if (k + 1 < n and p.col + len(p.text) > head.starts[k + 1]) or len(p.text.split()) > int(R["max_header_words"]):
                return None
            above[k].append(p)
    if not any(above):
        return None
    cells = [a + c for a, c in zip(above, head.cells, strict=True)]
    roles = _roles([" ".join(p.text for p in c) for c in cells])
    if sum(r is not None for r in roles) < sum(r is not None for r in head.roles) or "task" not in roles:
        return None
    return _Header(head.lines + 1, head.bounds, roles, cells, head.starts)


def header_at(text: str, spans: list[tuple[int, int]], i: int) -> _Header | None:
    """The header whose first line is line ``i``: read from there, or from its widest line
    below with line ``i`` above it (vertically centred header cells)."""
    head = _read_header(text, spans, i)
    if head is not None:
        return head
    if i + 1 < len(spans) and not _blank(text, spans[i]):
        below = _read_header(text, spans, i + 1)
        if below is not None:
            return _absorb(text, spans, i, below)
    return None


def _same_header(text: str, spans: list[tuple[int, int]], j: int, head: _Header) -> int:
    """Lines a repeat of the header takes at line ``j`` (a page break inside the table), else 0."""
    again = header_at(text, spans, j)
    if again is None or [r for r in again.roles if r] != [r for r in head.roles if r]:
        return 0
    return again.lines


def _blank(text: str, span: tuple[int, int]) -> bool:
    return not text[span[0] : span[1]].strip()


def _read_block(text: str, spans: list[tuple[int, int]], i: int, head: _Header) -> tuple[int, list[list[list[_Piece]]]]:
    """Rows below the header at line ``i``: (the line after the table, per row per column its pieces)."""
    R = _rules()
    n = len(head.bounds)
    numbered = head.roles[0] == "number"
    task = head.roles.index("task")
    entries: list[_Entry] = []
    j = i + head.lines
    last = j
    blanks = 0
    while j < len(spans):
        if _blank(text, spans[j]):
            blanks += 1
            if blanks > int(R["max_blank_lines"]):
                break
            j += 1
            continue
        again = _same_header(text, spans, j, head)
        if again:
            j += again
            blanks = 0
            continue
        ps = _pieces(text, *spans[j])
        if len(ps) == 1 and _PAGE_NO.fullmatch(ps[0].text) and _column(head.bounds, ps[0].col) > 0:
            j += 1  # a page's number between two rows
            continue
        cols = [_column(head.bounds, p.col) for p in ps]
        across = any(
            k + 1 < n and p.col + len(p.text) > head.starts[k + 1] + int(R["overrun"])
            for p, k in zip(ps, cols, strict=True)
        )
        if across or len(set(cols)) != len(cols):
            break  # prose under the table: a line across the columns
        if len(ps) == 1 and (blanks or _heading(ps[0].text)) and not _ROW_NO.fullmatch(ps[0].text):
            break  # a heading or a paragraph after the table
        first_text = ps[0].text if cols[0] == 0 else ""
        if numbered:
            if first_text and _ROW_NO.fullmatch(first_text):
                opens = True
            elif first_text:
                if not (_SECTION_NO.fullmatch(first_text) and len(ps) <= 2):
                    break
                opens = True  # a section row ("II  TUYÊN TRUYỀN"): the table reader leaves it out
            else:
                opens = False
        else:
            tp = next((p for p, k in zip(ps, cols, strict=True) if k == task), None)
            above = [p for _, line in entries for k, p in line if k == task]
            opens = not entries or (tp is not None and tp.text[:1].isupper() and _closed(above[-1:]) and len(ps) >= 2)
        entries.append((opens, list(zip(cols, ps, strict=True))))
        j += 1
        last, blanks = j, 0
    rows = _centred_rows(entries, n) if numbered and _centred(entries, task) else _top_rows(entries, n)
    rows = [r for r in rows if any(r[k] for k in range(n) if head.roles[k] != "number")]
    return last, rows


_Entry = tuple[bool, list[tuple[int, _Piece]]]  # (whether the line opens a row, its pieces by column)


def _centred(entries: list[_Entry], task: int) -> bool:
    """Whether the rows' cells are centred vertically: text above the first row's number, or
    rows whose number's line holds no task or one that goes on mid-sentence (at the top of a
    row the task's first word is there, in capitals)."""
    if not entries:
        return False
    if not entries[0][0]:
        return True
    opening = [ps for opens, ps in entries if opens]
    mid = sum(1 for ps in opening
              if not any(k == task and p.text[:1].isupper() for k, p in ps))
    return mid * 3 >= len(opening) and mid >= 2


def _top_rows(entries: list[_Entry], n: int) -> list[list[list[_Piece]]]:
    """Rows of cells aligned at their top: a row's lines run from its opening line to the next."""
    rows: list[list[list[_Piece]]] = []
    for opens, ps in entries:
        if opens or not rows:
            rows.append([[] for _ in range(n)])
        for k, p in ps:
            rows[-1][k].append(p)
    return rows


def _centred_rows(entries: list[_Entry], n: int) -> list[list[list[_Piece]]]:
    """Rows of cells centred vertically (text above the first row's number says so): the
    number sits on a row's middle line, so the lines between two numbers hold the end of the
    row above and the start of the row below. Column by column, the row below starts at the
    first piece that opens in capitals after a piece that reads as complete."""
    nums = [k for k, e in enumerate(entries) if e[0]]
    if not nums:
        return _top_rows(entries, n)
    rows: list[list[list[_Piece]]] = [[[] for _ in range(n)] for _ in nums]
    for _, ps in entries[: nums[0]]:
        for k, p in ps:
            rows[0][k].append(p)
    for r, at in enumerate(nums):
        for k, p in entries[at][1]:
            rows[r][k].append(p)
        nxt = nums[r + 1] if r + 1 < len(nums) else len(entries)
        gap = entries[at + 1 : nxt]
        for k in range(n):
            ps = [p for _, line in gap for kk, p in line if kk == k]
            split = len(ps)
            if r + 1 < len(nums):
                for m, p in enumerate(ps):
                    prev = ps[m - 1] if m else (rows[r][k][-1] if rows[r][k] else None)
                    # (a line opening with a figure goes on: "2030, trong đó …")
                    if p.text[:1].isupper() and (prev is None or _closed([prev])):
                        split = m
                        break
            rows[r][k] += ps[:split]
            if split < len(ps):
                rows[r + 1][k] += ps[split:]
    return rows


def _heading(t: str) -> bool:
    """A section's heading ("III. TỔ CHỨC THỰC HIỆN", a line in capitals): the table is over."""
    letters = [c for c in t if c.isalpha()]
    return bool(_HEADING.match(t)) or (len(t.split()) >= 3 and all(c.isupper() for c in letters))


def _closed(cell: list[_Piece]) -> bool:
    """Whether a cell's text stops where a sentence may (not after a comma or a joining word)."""
    if not cell:
        return True
    t = cell[-1].text.rstrip()
    if t.endswith((",", "-", "–", "(", "/")):
        return False
    return t.split()[-1].casefold() not in set(load_rules("tables")["fragments"]["continuing_words"])


def reflow(text: str) -> tuple[str, list[Piece]] | None:
    """``text`` with its space-laid task tables rewritten as pipe rows, and the pieces copied
    (None when it has none)."""
    if "  " not in text or "\t" in text:
        return None
    spans: list[tuple[int, int]] = []
    gaps: list[bool] = []  # whether the line holds a run of spaces inside its text
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        gaps.append("  " in line.strip())
        pos += len(line) + 1
    if not any(gaps):
        return None  # (no line holds a cell gap: no table, nothing rewritten)
    R = _rules()
    w = Rewrite(text)
    copy, put = w.copy, w.put
    ipos = 0

    def row(cells: list[list[_Piece]]) -> None:
        put("|")
        for c in cells:
            put(" ")
            for m, p in enumerate(c):
                if m and not _BROKEN_WORD.search(c[m - 1].text):
                    put(" ")  # (a word the column broke at its hyphen, "các-" / "bon", stays one)
                copy(p.start, p.end)
            put(" |")

    i = 0
    found = False
    while i < len(spans):
        s, e = spans[i]
        if not gaps[i] and (i + 1 >= len(spans) or not gaps[i + 1]):
            i += 1
            continue
        head = header_at(text, spans, i)
        if head is None:
            i += 1
            continue
        end, rows = _read_block(text, spans, i, head)
        if len(rows) < int(R["min_rows"]):
            i += 1
            continue
        found = True
        copy(ipos, s)
        row(head.cells)
        for r in rows:
            put("\n")
            row(r)
        # the table's last line ends where its text does; blank lines after it stay as they were
        k = end
        while k > i and _blank(text, spans[k - 1]):
            k -= 1
        ipos = spans[k - 1][1]
        i = end
    if not found:
        return None
    copy(ipos, len(text))
    return w.result()
