"""Task tables of a PDF page's text layer, rebuilt as pipe rows (``cell | cell | …``).

A table whose cells wrap over several lines comes out of the line-by-line layout as
fragments: each page line holds pieces of several rows' cells (cells are centred vertically,
so a short cell's lines sit between a long cell's lines). The document model then finds no
table. Here a table is recognised by its header — one to a few tightly stacked lines whose
segments, grouped by horizontal overlap into cells, name task-table columns (the column roles
of ``rules/tables.toml``, matched as :func:`pipeline.segment.column_role` does). The header's
cells give the columns; the white river between two columns is narrowed by every line below
it, and the table ends at the first line whose words close a river (prose across the page, a
heading set across the columns), at a gap much taller than a line, or at the page's end — and
goes on at the next page's top when its first lines keep the same rivers open. Rows are cut
at the horizontal rules drawn across the table (a line's centre tells its row) or, without
rules, where no column has text (the cell padding between rows). Each row becomes one pipe line,
its cells' lines joined with spaces. Anything not recognised is left to the caller's layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import median

ROW_GAP = 0.15  # a vertical gap wider than this many line heights where no column has text cuts rows
END_GAP = 3.0  # ... wider than this many line heights ends the table
MIN_RIVER = 0.3  # a river between columns narrower than this many line heights (a space) is closed
MAX_HEADER_LINES = 6

_NUMBERING = re.compile(r"\(?\d{1,2}\)?")
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")


@dataclass(frozen=True)
class Word:
    """A word of a page line: characters apart by less than a space."""

    text: str
    x0: float
    x1: float


@dataclass(frozen=True)
class Row:
    """A page line as this module sees it: its box, its segments and its words."""

    y0: float
    y1: float
    segs: tuple[Word, ...]  # segments (text, extent)
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Bands:
    """Columns of a table found on a page, to go on with it on the next one."""

    rivers: tuple[tuple[float, float], ...]
    number: int | None  # index of the number column


@dataclass(frozen=True)
class Found:
    start: int  # first line of the table (the header's first line)
    end: int  # past its last line
    text: str  # header line and rows, pipe-separated, one row a line
    bands: Bands
    to_page_end: bool


def _header_cells(rows: Sequence[Row], h: float) -> list[tuple[float, float, str]]:
    """Words of stacked lines grouped by horizontal overlap (or a gap narrower than a cell's
    padding): a header's cells."""
    words = sorted(((w.x0, w.x1, -r.y1, w.text) for r in rows for w in r.words), key=lambda t: t[0])
    cells: list[list[tuple[float, float, float, str]]] = []
    for w in words:
        if cells and w[0] < max(c[1] for c in cells[-1]) + MIN_RIVER * h:
            cells[-1].append(w)
        else:
            cells.append([w])
    out = []
    for c in cells:
        lines: dict[float, list[tuple[float, str]]] = {}
        for x0, _, y, t in c:
            lines.setdefault(y, []).append((x0, t))
        text = _join([" ".join(t for _, t in sorted(ws)) for _, ws in sorted(lines.items())])
        out.append((min(t[0] for t in c), max(t[1] for t in c), text))
    return out


def _join(parts: Sequence[str]) -> str:
    """A cell's lines as one: spaces between, a line broken after a hyphen mended."""
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if not out:
            out = p
        elif out.endswith("-") and not out.endswith(" -"):
            out += p
        else:
            out += " " + p
    return out


def _roles(cells: Sequence[str], role_of: Callable[[str], str | None], rules: dict) -> tuple | None:
    lay = rules["layout"]
    if len(cells) < int(lay["min_header_cells"]):
        return None
    if any(not c or len(c.split()) > int(lay["max_header_words"]) for c in cells):
        return None
    roles = tuple(role_of(c) for c in cells)
    known = {r for r in roles if r}
    if len(known) < 2 or not known & {"task", "lead", "time"}:
        return None
    return roles


def _groups(rows: Sequence[Row], start: int, h: float, gap: float | None = None) -> int:
    """Past the last line of the stack starting at ``start``: lines that touch or overlap (or
    are apart by less than ``gap``)."""
    k = start + 1
    bottom = rows[start].y0
    limit = ROW_GAP * h if gap is None else gap
    while k < len(rows) and bottom - rows[k].y1 < limit:
        bottom = min(bottom, rows[k].y0)
        k += 1
    return k


def _fits(rivers: list[tuple[float, float]], row: Row, h: float) -> list[tuple[float, float]] | None:
    """The rivers left open once ``row``'s words are kept out of them, each narrowed to its
    widest free stretch (None: one is closed, no stretch as wide as a cell's padding)."""
    out = []
    for g0, g1 in rivers:
        free = [(g0, g1)]
        for w in row.words:
            nxt = []
            for a, b in free:
                if w.x1 <= a or w.x0 >= b:
                    nxt.append((a, b))
                    continue
                if w.x0 > a:
                    nxt.append((a, w.x0))
                if w.x1 < b:
                    nxt.append((w.x1, b))
            free = nxt
        best = max(free, key=lambda p: p[1] - p[0], default=None)
        if best is None or best[1] - best[0] < MIN_RIVER * h:
            return None
        out.append(best)
    return out


def _across(rules: Sequence[tuple[float, float, float]], cuts: Sequence[float], bottom: float, top: float
            ) -> list[float]:
    """Heights between ``bottom`` and ``top`` where drawn lines cross every boundary between
    columns: the borders between rows (a shaded line of text or an underline crosses none)."""
    out: list[float] = []
    for y, _, _ in sorted(rules, reverse=True):
        if not bottom < y < top or (out and out[-1] - y < 1.0):
            continue
        near = [(x0, x1) for yy, x0, x1 in rules if abs(yy - y) <= 1.0]
        if all(any(x0 < c < x1 for x0, x1 in near) for c in cuts):
            out.append(y)
    return out


def _table(rows: Sequence[Row], start: int, body: int, rivers: list[tuple[float, float]], h: float,
           number: int | None, header: str | None, rules: Callable[[], Sequence[tuple[float, float, float]]] = tuple
           ) -> Found | None:
    """The table whose body starts at line ``body`` with these rivers open."""
    end = body
    bottom = rows[body - 1].y0 if body > start else rows[body].y1
    while end < len(rows):
        if bottom - rows[end].y1 > END_GAP * h:
            break
        narrowed = _fits(rivers, rows[end], h)
        if narrowed is None:
            break
        rivers = narrowed
        bottom = min(bottom, rows[end].y0)
        end += 1
    if end == body:
        return None
    cuts = [(g0 + g1) / 2 for g0, g1 in rivers]

    def band(w: Word) -> int:
        mid = (w.x0 + w.x1) / 2
        return sum(1 for c in cuts if mid > c)

    # rows of the table: lines between two ruling lines drawn across it, or (no rules) stacks
    # of lines apart by the padding between rows
    stacks: list[list[Row]] = []
    top, bottom = rows[body].y1, min(r.y0 for r in rows[body:end])
    drawn = _across(rules(), cuts, bottom - h, top)
    if drawn and end < len(rows):
        # lines under the table's bottom border (a short line after the table fits its
        # columns too) are no part of it; a table running to the page's end keeps them
        while end - 1 > body and (rows[end - 1].y0 + rows[end - 1].y1) / 2 < drawn[-1]:
            end -= 1
        bottom = min(r.y0 for r in rows[body:end])
    inside = [y for y in drawn if y > bottom]
    if inside:
        slots: dict[int, list[Row]] = {}
        for r in rows[body:end]:
            slots.setdefault(sum(1 for y in inside if y > (r.y0 + r.y1) / 2), []).append(r)
        stacks = [slots[k] for k in sorted(slots)]
    else:
        # the gap between rows is wider than the one between a cell's lines (the usual gap
        # between two lines of one column)
        gaps = []
        for b in range(len(cuts) + 1):
            col = [r for r in rows[body:end] if any(band(w) == b for w in r.words)]
            gaps += [a.y0 - c.y1 for a, c in zip(col, col[1:], strict=False) if a.y0 - c.y1 < END_GAP * h]
        gap = max(ROW_GAP * h, (median(gaps) if gaps else 0.0) + ROW_GAP * h)
        k = body
        while k < end:
            nxt = min(_groups(rows, k, h, gap), end)
            stacks.append(list(rows[k:nxt]))
            k = nxt
    def cells_of(stack: list[Row]) -> list[str]:
        cells: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
        for r in stack:
            parts: dict[int, list[str]] = {}
            for w in r.words:
                parts.setdefault(band(w), []).append(w.text)
            for b, ws in parts.items():
                cells[b].append(" ".join(ws))
        return [_join(c) for c in cells]

    def merge(a: list[str], b: list[str]) -> list[str]:
        return [_join([x, y]) for x, y in zip(a, b, strict=True)]

    table_rows: list[list[str]] = []
    numbered: list[bool] = []
    for stack in stacks:
        texts = cells_of(stack)
        if not table_rows and len([t for t in texts if t]) >= 3 and all(
            _NUMBERING.fullmatch(t) for t in texts if t
        ):
            continue  # the column-numbering row under the header
        has_no = number is not None and bool(_ROW_NUMBER.fullmatch(texts[number]))
        if number is not None and not has_no and table_rows and numbered[-1] and not texts[number]:
            # a row without its number under a numbered one: a cell's paragraph set apart
            table_rows[-1] = merge(table_rows[-1], texts)
            continue
        table_rows.append(texts)
        numbered.append(has_no)
    lines = [header] if header is not None else []
    lines += [" | ".join(r) for r in table_rows]
    if not lines:
        return None
    return Found(start, end, "\n".join(lines), Bands(tuple(rivers), number), end == len(rows))


def find_table(rows: Sequence[Row], h: float, role_of: Callable[[str], str | None], rules: dict,
               carry: Bands | None = None, begin: int = 0,
               ruling: Callable[[], Sequence[tuple[float, float, float]]] = tuple) -> Found | None:
    """The first task table of a page at or after line ``begin`` (with ``carry``: the table
    of the page before, going on at this page's top; ``ruling``: the horizontal lines drawn on
    the page, ``(height, left, right)``, read when a table is found, which cut rows where they
    cross the whole table)."""
    i = begin
    while i < len(rows):
        stack_end = _groups(rows, i, h)
        if stack_end - i <= MAX_HEADER_LINES:  # a header is a row of its own, a few lines tall
            cells = _header_cells(rows[i:stack_end], h)
            roles = _roles([c[2] for c in cells], role_of, rules)
            rivers = [(a[1], b[0]) for a, b in zip(cells, cells[1:], strict=False)]
            if roles is not None and all(g1 - g0 >= MIN_RIVER * h for g0, g1 in rivers):
                number = roles.index("number") if "number" in roles else None
                header = " | ".join(c[2] for c in cells)
                found = _table(rows, i, stack_end, rivers, h, number, header, ruling)
                if found is not None:
                    return found
        if i == 0 and carry is not None:
            found = _table(rows, 0, 0, list(carry.rivers), h, carry.number, None, ruling)
            if found is not None:
                return found
        i = stack_end
    return None
