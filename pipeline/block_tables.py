"""Task tables whose columns a PDF-to-text tool wrote one after another, a cell a paragraph.

Without its layout option, a text-layer tool writes a table page by page and, on a page, often
column by column: every cell is a paragraph of its own (blank lines between cells), the header's
cells first (``TT`` / ``Nhiệm vụ cụ thể`` / ``Cơ quan chủ trì`` / … / ``Thời hạn thực hiện``),
then the cells of the page's rows, a column's cells in row order but the columns interleaved
in no fixed way: the tasks of three rows, their lead bodies, then their times; the running
numbers of a page's rows grouped together; a section row ("II.1 …") in between.

What survives is the order inside a column. So this reader takes the task cells (paragraphs
that read as a task: several words, not a body's or a person's name, not a number, a section
row or a time) and the time cells (paragraphs that read as a time expression and nothing else,
:func:`pipeline.fragment_tables.is_time`) of the whole table, and pairs the k-th task with the
k-th time. It reads the two columns only (a lead body paired wrongly would be a wrong unit), and
only where the counts agree: a table whose cells it cannot tell apart gives nothing. Lexicons
are data (rules/tables.toml ``[blocks]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any

from .fragment_tables import body_start, is_time
from .resources import load_rules

# a section row: "I Các nhiệm vụ …", "II.1 Hoàn thiện …", "B. …" (its title opens in capitals)
_SECTION = re.compile(r"(?:[IVXLC]{1,5}(?:\.\d{1,2})*|[A-ZĐ])[.)]?\s+[^\W\d_a-zđ]")
_NUMBER = re.compile(r"\d{1,3}[.)]?")
_NUMBER_TEXT = re.compile(r"(\d{1,3})[.)]?\s+(?=[^\W\d_])")


@cache
def _rules() -> dict:
    return load_rules("tables")["blocks"]


def _blocks(lines: Sequence, i: int, n: int) -> Iterator[tuple[int, int]]:
    """(first, last) line index of each paragraph from line ``i`` (lines without a blank between)."""
    while i < n:
        if not lines[i].text:
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].text:
            j += 1
        yield i, j
        i = j + 1


def _text(lines: Sequence, a: int, b: int) -> str:
    return " ".join(lines[k].text for k in range(a, b + 1))


def _starts(text: str, key: str) -> bool:
    """Does ``text`` open with one of the phrases ``key`` lists, as whole words ("Bà" is not the
    start of "Báo cáo", which folding would make it)?"""
    low = text.lower()
    return any(low.startswith(w := p.lower()) and not low[len(w) : len(w) + 1].isalnum() for p in _rules()[key])


def _kind(text: str) -> str:
    """What a body paragraph is: number, section, time, name (a body or a person), task, other."""
    from .segment import column_role

    if _NUMBER.fullmatch(text):
        return "number"
    if _SECTION.match(text) and not _NUMBER_TEXT.match(text):
        return "section"
    if is_time(text):
        return "time"
    if column_role(text) is not None and len(text.split()) <= int(_rules()["max_header_words"]):
        return "header"  # a page's repeated header
    if _starts(text, "name_openers") or (body_start(text) and not _starts(text, "task_openers")):
        return "name"
    t = _NUMBER_TEXT.sub("", text, count=1)
    if len(t.split()) >= int(_rules()["min_task_words"]) and t[:1].isupper():
        return "task"
    return "other"


def _header(lines: Sequence, k: int, n: int) -> tuple[list[tuple[int, int, str | None]], int] | None:
    """The header's cells from the number column's paragraph at line ``k`` (each a paragraph of
    its own; a section row may come between) and the line after them; None where they name no
    task and time columns."""
    from .segment import column_role

    cells: list[tuple[int, int, str | None]] = []
    stop = k
    for a, b in _blocks(lines, k, n):
        t = _text(lines, a, b)
        if cells and _SECTION.match(t) and not column_role(t):
            stop = b + 1
            continue
        if len(t.split()) > int(_rules()["max_header_words"]) or (cells and _NUMBER.fullmatch(t)):
            break
        if b - a > 3:
            break
        cells.append((a, b, column_role(t)))
        stop = b + 1
        if len(cells) > 10:
            return None
    roles = [r for _a, _b, r in cells]
    if not cells or roles[0] != "number" or "task" not in roles or "time" not in roles:
        return None
    # the cells must be paragraphs of their own: a one-cell-a-line header is another reader's
    if any(b > a for a, b, _r in cells) and len(cells) < 3:
        return None
    return cells, stop


def _number_head(lines: Sequence, i: int, n: int, paragraph: bool) -> bool:
    """Whether line ``i`` is a table's number column header ("STT", "TT"): a paragraph of its own
    (a blank line after it) in the block layout, the next header cell right under it in the
    line layout."""
    from .segment import column_role

    t = lines[i].text
    if not t or len(t) > 12 or column_role(t) != "number":
        return False
    return (i + 1 < n and bool(lines[i + 1].text)) != paragraph


def _scan(lines: Sequence, paragraph: bool, header: Callable[[Sequence, int, int], Any],
          read: Callable[[int, Any], Any]) -> list:
    """The tables of one layout: at each line that opens a number column (``paragraph``: a block
    layout's, with blank lines) under a header ``header`` reads, the table ``read`` makes of it;
    the scan goes on after the table, or after the header where it made none."""
    out: list = []
    n = len(lines)
    i = 0
    while i < n:
        found = header(lines, i, n) if _number_head(lines, i, n, paragraph=paragraph) else None
        if found is None:
            i += 1
            continue
        table = read(i, found)
        if table is None:
            i = found[1]
        else:
            out.append(table)
            i = table.end
    return out


def block_tables(lines: Sequence, text: str) -> list:
    """The document's tables in this layout, as :class:`~pipeline.segment.Table` objects of two
    columns (task, time), kind ``blocks``."""
    return _scan(lines, True, _header, lambda i, found: _read_blocks(lines, text, i, found))


def _read_blocks(lines: Sequence, text: str, i: int, found: tuple) -> Any:
    """The table of :func:`block_tables` whose header opens at line ``i``, or None."""
    from .segment import Cell, Table

    n = len(lines)
    head, stop = found
    tasks: list[tuple[int, int]] = []
    times: list[tuple[int, int]] = []
    end = stop
    for a, b in _blocks(lines, stop, n):
        body = _text(lines, a, b)
        if _starts(body, "table_end") or len(body.split()) > int(_rules()["max_cell_words"]):
            break
        kind = _kind(body)
        if kind == "task":
            tasks.append((a, b))
        elif kind == "time":
            times.append((a, b))
        end = b + 1
    if len(tasks) > len(times):
        # a product column's cells ("Báo cáo kết quả thực hiện") read as tasks: left out when
        # that makes the counts agree
        products = [tk for tk in tasks if _starts(_text(lines, *tk), "product_openers")]
        if len(tasks) - len(products) == len(times):
            tasks = [tk for tk in tasks if tk not in products]
    if len(times) >= int(_rules()["min_rows"]) and len(tasks) == len(times):
        def cell(a: int, b: int, cut: bool = False) -> Cell:
            s, e = lines[a].start, lines[b].end
            if cut and (m := _NUMBER_TEXT.match(lines[a].text)):
                s += m.end()
            return Cell(" ".join(text[s:e].split()), s, e)

        ti = next(j for j, (_a, _b, r) in enumerate(head) if r == "task")
        mi = next(j for j, (_a, _b, r) in enumerate(head) if r == "time")
        header = (cell(head[ti][0], head[ti][1]), cell(head[mi][0], head[mi][1]))
        rows = tuple((cell(*tk, cut=True), cell(*tm)) for tk, tm in zip(tasks, times, strict=True))
        return Table(i, end, header, ("task", "time"), rows, kind="blocks")
    return None


# a part's bare Roman number on a line of its own ("I", "II."): the line after it is its title
_BARE_ROMAN = re.compile(r"[IVXLC]{1,5}[.)]?")


def _line_header(lines: Sequence, k: int, n: int) -> tuple[list[str | None], int] | None:
    """The header of a table written a cell a line with no blank lines between (a PDF's text
    layer without its layout): the number column's line at ``k``, then one line per header cell
    (a sub-header's short capitals — "BTV", "BCH" under a merged cell — included); None where
    they name no task and time columns."""
    from .segment import column_role

    roles: list[str | None] = []
    j = k
    while j < n and lines[j].text and len(roles) <= 10:
        t = lines[j].text
        role = column_role(t)
        if roles and (role == "number" or len(t.split()) > int(_rules()["max_header_words"])):
            break
        if role is None and not (len(t.split()) <= 2 and t.isupper()) and not (roles and len(t.split()) <= 5):
            break
        roles.append(role)
        j += 1
    if not roles or roles[0] != "number" or "task" not in roles or "time" not in roles:
        return None
    return roles, j


def line_tables(lines: Sequence, text: str) -> list:
    """Task tables written a cell a line, rows in order, with no running numbers and no blank
    lines (a PDF's text layer): each line that reads as a task opens a row, the first time cell
    after it, before the next task, is its time (a second time column — the same deadline
    before two bodies — adds nothing), and where the header names a lead column the lines after
    the time, up to the next task, are the lead cell. Columns (task, time[, lead]), kind
    ``lines``; read only where at least ``min_rows`` rows have a time and no line is prose longer
    than a cell."""
    return _scan(lines, False, _line_header, lambda i, found: _read_lines(lines, text, i, found))


def _read_lines(lines: Sequence, text: str, i: int, found: tuple) -> Any:
    """The table of :func:`line_tables` whose header opens at line ``i``, or None."""
    from .segment import Cell, Table

    n = len(lines)
    roles, stop = found
    with_lead = "lead" in roles
    # [first task line, last task line, its first time line, first lead line, last lead line]
    rows: list[list[int | None]] = []
    end = stop
    title_next = False
    last = None  # what the line before was
    for j in range(stop, n):
        body = lines[j].text
        if not body:
            continue
        if _starts(body, "table_end") or len(body.split()) > int(_rules()["max_cell_words"]):
            break
        kind = "other"
        if title_next:
            title_next = False
        elif _BARE_ROMAN.fullmatch(body):
            title_next = True  # "I" / "Lĩnh vực kinh tế": a part's title, no task
        else:
            kind = _kind(body)
            if kind in ("task", "other", "name") and last == "task" and rows and rows[-1][2] is None \
                    and body[:1].isalpha() and not (kind == "name" and body[:1].isupper()):
                rows[-1][1] = j  # the task's cell goes on (a line the converter did not join)
                kind = "task"
            elif kind == "task":
                rows.append([j, j, None, None, None])
            elif kind == "time" and rows and rows[-1][2] is None:
                rows[-1][2] = j
            elif with_lead and kind in ("name", "other") and rows and rows[-1][2] is not None \
                    and last in ("time", "lead"):
                # the lines after the row's time, up to the next task: its lead cell, a
                # line at a time ("Đảng ủy" / "UBND xã" / "chủ trì," / "phối hợp" / …)
                if rows[-1][3] is None:
                    rows[-1][3] = j
                rows[-1][4] = j
                kind = "lead"
        last = kind
        end = j + 1
    timed = [r for r in rows if r[2] is not None]
    if len(timed) >= int(_rules()["min_rows"]) and 2 * len(timed) >= len(rows):
        def cell(k: int, last: int | None = None, cut: bool = False) -> Cell:
            s, e = lines[k].start, lines[k if last is None else last].end
            if cut and (m := _NUMBER_TEXT.match(lines[k].text)):
                s += m.end()
            return Cell(" ".join(text[s:e].split()), s, e)

        at = lines[i].start
        cols = (("Nội dung", "task"), ("Thời gian", "time"), ("Cơ quan chủ trì", "lead"))[: 3 if with_lead else 2]
        body = tuple((cell(a, b, cut=True), cell(c),
                      *((cell(la, lb) if la is not None else Cell("", at, at),) if with_lead else ()))
                     for a, b, c, la, lb in timed)
        return Table(i, end, tuple(Cell(h, at, at) for h, _r in cols), tuple(r for _h, r in cols), body,
                     kind="lines")
    return None
