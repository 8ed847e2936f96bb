"""Task tables whose cells a PDF-to-text tool wrote as word-wrapped fragments, one a line.

A gazette's text layer of a "Chương trình hành động" or an annexed task list writes each
table cell's wrapped lines one after another, with nothing between cells: the header's
fragments (``TT`` / ``Tên nhiệm vụ`` / ``Cơ quan`` / ``chủ trì`` / …), then per row a line
holding its running number, the task's lines, the lead body's lines, the co-operating
bodies', the product's, the time's. Narrow columns break a body's name one word a line; a
page break repeats the header and puts the gazette's running head, a page number and
footnotes between two rows (or inside one).

Nothing but the words tells one cell from the next, so this reader assigns a row's lines to
the columns in header order on evidence: a line that starts a body's name opens the lead
cell (and, once the lead is complete, the co-operating one); a line block that reads as a
time expression and nothing else ("Quý IV/2026", "Thường xuyên") is the time cell; other
capitalised lines after a complete cell open the next free column (the product). A line
goes on the cell above when it starts in lower case, when the line above ends in a comma,
a hyphen or a word that needs a complement ("của", "và"), or when both are lone words.
Where the evidence is thin (few rows, few leads) no table is returned: a wrong table is
worse than none.

Two readers use it: :func:`unjoined_lines` tells pipeline/normalize.py not to join such a
table's lines as hard-wrapped prose (each fragment must stay a line), and
:func:`fragment_tables` gives pipeline/segment.py its :class:`~pipeline.segment.Table`
objects, offsets into the document text like the other layouts'. Lexicons are data
(rules/tables.toml ``[fragments]``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from . import bodies
from .caching import per_text_cache
from .furniture import RUNNING_HEAD, line_reason
from .resources import load_rules
from .textutil import fold

_ROW_NO = re.compile(r"(\d{1,3})[.)]?")
# a sub-row's number ("2.1"), alone or with the task's first words on its line
_SUB_NO = re.compile(r"(\d{1,3})\.(\d{1,2})[.)]?(?:\s+(?=\w)|$)")
# a row's number with the task's first words on its line ("7 Đề án …", "10. Xây dựng …")
_ROW_NO_TEXT = re.compile(r"(\d{1,3})[.)]?\s+(?=[^\W\d_])")
# a section row: "II", "II.", "B.", "II. Title …", "II Title …" (a title opens in capitals)
_SECTION = re.compile(r"(?:[IVXLC]{1,5}|[A-ZĐ])[.)](?:\s+\S.*)?|[IVXLC]{1,5}(?:\s+[^\W\d_].*)?")
_NUMBER_ROLE = "number"


_DATE_WORD = re.compile(r"\d{1,4}(?:[/.\-]\d{1,4}){0,2}|[IVX]{1,4}/\d{4}|\d{4}[-–]\d{4}")


def _is_section(t: str) -> bool:
    """A section row's line ("II", "II. Title …"): its title, if any, opens in capitals."""
    if not _SECTION.fullmatch(t):
        return False
    parts = t.split(None, 1)
    return len(parts) == 1 or parts[1][:1].isupper() or parts[1][:1].isdigit()


@dataclass(frozen=True)
class Found:
    """A table read from line texts: line indices only (the callers map them to offsets)."""

    first: int  # the header's first line
    last: int  # the table's last line (inclusive)
    header: tuple[tuple[int, ...], ...]  # per column, its header lines
    roles: tuple[str | None, ...]
    rows: tuple[tuple[tuple[int, ...], ...], ...]  # per row, per column, the cell's lines
    cuts: tuple[tuple[int, int], ...] = ()  # (line, characters of a row number opening it)


@cache
def _rules() -> dict:
    return load_rules("tables")["fragments"]


def _key(s: str) -> str:
    """Case-insensitive, accents kept: folding them would make "từ" (a word that needs its
    complement) of "tư" (the last word of "Thông tư")."""
    return " ".join(s.casefold().split())


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(_key(w) for w in _rules()[key])


@cache
def _phrases(key: str) -> tuple[str, ...]:
    return tuple(sorted((_key(w) for w in _rules()[key]), key=len, reverse=True))


def _opens_with(text: str, key: str) -> bool:
    f = _key(text)
    return any(f.startswith(p) and (len(f) == len(p) or not f[len(p)].isalnum()) for p in _phrases(key))


@per_text_cache(8192)
def body_start(text: str) -> bool:
    """Whether a cell line opens with a body's name ("Bộ Tài chính", "Các bộ,", "UBND tỉnh"),
    not with a product's first words ("Báo cáo"). (This test, :func:`continues` and
    :func:`is_time` are kept for the document: a table's reader asks them of the same lines
    and cell texts again for each column it weighs.)"""
    if not text[:1].isupper() or _opens_with(text, "not_body_openers"):
        return False
    return bodies.head_length(text) > 0 or _opens_with(text, "body_openers")


def _last_word(text: str) -> str:
    ws = text.split()
    return _key(ws[-1]) if ws else ""


def _field_goes_on(part: str, line: str) -> bool:
    """Whether a known field (rules/bodies.toml [domains]) begun after a head at the end of
    ``part`` runs on into ``line``: the field matched on the joined text ends past the line
    break, and on ``part`` alone no field ends there."""
    h = bodies.head_length(part)
    if not h or h >= len(part):
        return False
    rest = part[h:].lstrip()
    d = bodies.domain_length(f"{rest} {line}")
    return d > len(rest) + 1 and bodies.domain_length(rest) != len(rest)


@per_text_cache(8192)
def continues(prev: str, line: str, after: str = "") -> bool:
    """Whether ``line`` goes on the cell ``prev`` (the line above) is in (``after``: the line
    below, for a body's name that a narrow column broke after its first word)."""
    if not line[:1].isupper() and not line[:1].isdigit():
        return True  # lower case, or an opening bracket / quote inside a cell
    last = _last_word(prev)
    if line[:1].isupper() and last and _key(line.split()[0]) == last:
        return False  # "… Ủy ban nhân dân các" / "Các bộ, …": a word doubled opens another cell
    if prev.rstrip().endswith((",", "-", "–", "(", "/", "“")):
        return True
    whole = bodies.complete_field(prev.rsplit(",", 1)[-1].strip()) if last == _key("và") else None
    if whole and not _key(line).startswith(_key(whole[len(prev.rsplit(",", 1)[-1].strip()) :].strip())):
        return False  # "Bộ Khoa học và" / "Cơ quan, tổ chức": the name was cut, another cell follows
    if last in _words("continuing_words"):
        return True
    if line[:1].isdigit() and last in _words("dated_words"):
        ws = prev.split()
        return not (last == "năm" and len(ws) > 1 and _key(ws[-2]) in _words("yearly"))
    p, n = prev.split(), line.split()
    head = prev.rstrip(" :").rsplit(None, 1)[-1] if prev.rstrip().endswith(":") and prev.strip(" :") else ""
    if head and (bodies.head_length(head) == len(head) or bodies.domain_length(line)):
        return True  # "Các Bộ:" / "Tài chính, Y tế": the head's fields below it
    part = prev.rsplit(",", 1)[-1].strip()
    if part[:1].isupper() and bodies.head_length(part) == len(part):
        return True  # "Bộ Ngoại giao, Bộ" / "Tài chính": a name's bare head at a line's end
    if _field_goes_on(part, line):
        return True  # "Bộ Công" / "Thương": a known field broken across the lines
    if len(p) == 1 and len(n) == 1 and prev[:1].isalpha() and line[:1].isalpha():
        # words of a narrow column one a line; a body opening after a name's last word is not,
        # nor a time ("phương" / "Năm" / "2026 - 2027": the time cell opens with its unit word)
        if not is_time(prev) and after[:1].isdigit() and is_time(f"{line} {after}"):
            return False
        return prev[:1].isupper() or not body_start(f"{line} {after}".strip())
    return False


_BROKEN_RANGE = re.compile(r"(\d{4})\s*([-–])\s+(\d{4})(?!\d)")


@per_text_cache(8192)
def is_time(text: str) -> bool:
    """Whether a cell's text is a time expression and nothing else."""
    text = re.sub(r"\s*\([^)]*\)?\s*$", "", text) or text  # "Quý II/2026 (theo yêu cầu …)"
    text = _BROKEN_RANGE.sub(r"\1\2\3", text)  # "Năm 2026-" / "2030": a range a narrow column broke
    f = _key(text).replace(",", " ").replace(";", " ").replace("(", " ").replace(")", " ")
    words = f.replace(".", " ").split() if not re.search(r"\d\.\d", f) else f.split()
    if not words:
        return False
    known = _words("time_words")
    dated = False
    for w in words:
        if _DATE_WORD.fullmatch(w.upper()):
            dated = dated or bool(re.search(r"\d{4}|\d{1,2}/\d{1,2}", w))
        elif w not in known:
            return False
    undated = any(u in f for u in _phrases("undated"))
    return dated or undated


def _is_number_head(text: str) -> bool:
    from .segment import column_role

    # a cheap screen on the first letter of the number column's headers first ("STT", "TT",
    # "Số TT"): every short line of every document goes through here
    if text.lstrip(" *|_")[:1].casefold() not in _number_initials():
        return False
    return column_role(text) == _NUMBER_ROLE and len(text.split()) <= 3


@cache
def _number_initials() -> frozenset[str]:
    return frozenset(p[:1].casefold() for p in load_rules("tables")["columns"][_NUMBER_ROLE])


def _skippable(texts: Sequence[str], i: int) -> bool:
    """Page furniture inside a table: a running head, the page number under it, a footnote."""
    t = texts[i]
    if not t:
        return True
    if line_reason(t) == RUNNING_HEAD:
        return True
    if t.isdigit():
        j = i - 1
        while j >= 0 and not texts[j]:
            j -= 1
        if j >= 0 and line_reason(texts[j]) == RUNNING_HEAD:
            return True
    # a footnote ("2 Nghị quyết số …"), not a group row's title ("2. Đẩy mạnh …")
    return len(t) > int(_rules()["max_cell_chars"]) and not _is_section(t) and not re.match(r"\d{1,3}\.\s", t)


def _header(texts: Sequence[str], k: int) -> tuple[list[list[int]], int] | None:
    """The header run that starts at line ``k`` (its number column's cell) as cells of line
    indices, and the line after it; None where the fragments name no task table."""
    lay = _rules()
    cells: list[list[int]] = [[k]]
    i = k + 1
    n = len(texts)
    while i < n and i - k <= int(lay["max_header_lines"]):
        t = texts[i]
        if not t:
            i += 1
            continue
        if _ROW_NO.fullmatch(t) or _is_section(t) or len(t.split()) > int(lay["max_header_fragment_words"]):
            break
        if t[:1].isupper() and not continues(texts[cells[-1][-1]], t):
            cells.append([i])
        else:
            cells[-1].append(i)
        i += 1
    return (cells, i) if len(cells) >= 3 else None


def _roles(texts: Sequence[str], cells: list[list[int]]) -> tuple[str | None, ...] | None:
    from .segment import column_role

    roles = tuple(column_role(" ".join(texts[j] for j in c)) for c in cells)
    known = [r for r in roles if r]
    if roles[0] != _NUMBER_ROLE or "task" not in roles or not {"lead", "time"} & set(known):
        return None
    if len(set(known)) != len(known):
        return None  # a role twice: not a header this reader understands
    return roles


def _repeats_header(texts: Sequence[str], i: int, header_lines: list[str]) -> int:
    """The line after a repeated header starting at ``i``, else ``i``."""
    j = i
    for h in header_lines:
        while j < len(texts) and not texts[j]:
            j += 1
        if j >= len(texts) or fold(texts[j]) != fold(h):
            return i
        j += 1
    return j


def _assign(texts: Sequence[str], lines: list[int], roles: tuple[str | None, ...],
            brk: int | None = None, task: list[int] | None = None) -> list[list[list[int]]]:
    """A row's lines (after its number) assigned to the columns after the number column: one
    row, or more where a body opens again after the time (sub-rows of one task, each with its
    own lead and time, the task cell merged over them). Lines after a page break inside the row
    (from ``brk``) go on the cells above it (:func:`_continue`) up to a sub-row of their own.
    ``task``: the lines open a sub-row under that merged task cell."""
    if brk is not None and 0 < brk < len(lines):
        out = _assign(texts, lines[:brk], roles)
        stop = _continue(texts, lines[brk:], roles[1:], out[-1])
        if stop is not None:
            out += _assign(texts, lines[brk + stop :], roles, task=out[-1][0])
        return out
    cols = roles[1:]
    lead = cols.index("lead") if "lead" in cols else None
    time = cols.index("time") if "time" in cols else None
    cells: list[list[int]] = [[] for _ in cols]
    out = [cells]
    cur = 0
    if task is not None and lead is not None:
        cells[0] = task  # the merged task cell: the same lines
        cur = lead
    prev: str | None = None
    for pos, i in enumerate(lines):
        t = texts[i]
        after = texts[lines[pos + 1]] if pos + 1 < len(lines) else ""
        if lead is not None and cur >= lead and cells[lead] and _sub_item(texts, lines[pos:]):
            # "- Công trình giao thông." / "Bộ A" after a lead: a sub-item of the merged task
            # cell, with a lead of its own; its task is the task's own lines and the item's
            cells = [[] for _ in cols]
            cells[0] = [*_own_task(texts, out[0][0]), i]
            out.append(cells)
            cur = 0
            prev = t
            continue
        if prev is not None and cells[cur] and not continues(prev, t, after):
            if lead is not None and time is not None and cur >= time and cells[time] \
                    and body_start(_time_block(texts, lines[pos:])):
                task = cells[0]
                cells = [[] for _ in cols]
                cells[0] = task  # the merged task cell: the same lines
                out.append(cells)
                cur = lead
            else:
                cur = _next_column(texts, lines[pos:], cols, cur)
        elif cols[cur] == "time" and cells[cur] and cur + 1 < len(cols) and t[:1].isupper():
            so_far = " ".join(texts[j] for j in cells[cur])
            if is_time(so_far) and not is_time(f"{so_far} {t}"):
                cur += 1  # a time complete, a capitalised word after it: the next column's
        cells[cur].append(i)
        prev = t
    return out


# a dash opening a list item of a cell ("-" alone on its line, or "- Công trình …")
_DASH = re.compile(r"^[-–]\s*(?:$|(?=\S))")


def _sub_item(texts: Sequence[str], rest: list[int]) -> bool:
    """Whether the lines ``rest`` open a sub-item of the task cell: a dash, then words that open
    no body (a co-operating cell written "- Sở A" / "- Sở B" is a list of bodies), then a body
    opening a cell of its own within a few lines."""
    t = texts[rest[0]]
    if not _DASH.match(t):
        return False
    words = [texts[j] for j in rest[:6]]
    first = (t.lstrip("-– ").strip() or (words[1] if len(words) > 1 else "")).strip()
    if not first or body_start(first) or not first[:1].isupper():
        return False
    return any(body_start(w) and not continues(words[n - 1], w) for n, w in enumerate(words[2:], 2))


def _own_task(texts: Sequence[str], task: list[int]) -> list[int]:
    """A merged task cell's lines before its first dash item (the task the items share)."""
    return task[: next((n for n, j in enumerate(task) if _DASH.match(texts[j])), len(task))]


def _continue(texts: Sequence[str], rest: list[int], cols: tuple[str | None, ...], cells: list[list[int]]) -> int | None:
    """A row a page break cut: under the repeated header each column's cell goes on, in column
    order, a column at a time — the task's wrapped lines, then the rest of a body's name, …. No
    body opens a sub-row here, and a body's block goes to the lead only where the lead's cell
    is empty or asks for it (its last line goes on: "Bộ Khoa học và" / "Công nghệ"); else it is
    the co-operating column's (a second body under a complete lead is a partner). A body whose
    lines after it hold a time of their own, the row's time being above the break, opens a
    sub-row: its position in ``rest`` is returned (None where the lines all went on)."""
    lead = cols.index("lead") if "lead" in cols else None
    coop = cols.index("coop") if "coop" in cols else None
    time = cols.index("time") if "time" in cols else None
    cur = 0
    prev: str | None = None
    for pos, i in enumerate(rest):
        t = texts[i]
        after = texts[rest[pos + 1]] if pos + 1 < len(rest) else ""
        if prev is None or not continues(prev, t, after):
            block = _time_block(texts, rest[pos:])
            body = body_start(block)
            if body and time is not None and cells[time] and _time_ahead(texts, rest[pos + 1 :]):
                return pos
            if prev is None and not t[:1].isupper():
                cur = 0  # a lower-case line under the header: the task's wrapped words
            elif lead is not None and cur < lead and cells[lead] and continues(texts[cells[lead][-1]], t, after):
                cur = lead
            elif lead is not None and cur < lead and not cells[lead] and body:
                cur = lead
            elif coop is not None and cur < coop and (body or (cells[coop] and continues(texts[cells[coop][-1]], t, after))):
                cur = coop
            elif time is not None and is_time(block):
                cur = time
            elif prev is not None:
                nxt = _next_column(texts, rest[pos:], cols, cur)
                cur = nxt if cols[nxt] not in ("lead", "coop") else cur
        cells[cur].append(i)
        prev = t
    return None


def _time_ahead(texts: Sequence[str], rest: list[int]) -> bool:
    """Whether a cell among the lines ``rest`` (a block that does not go on the line above) is a
    time and nothing else."""
    return any((n == 0 or not continues(texts[rest[n - 1]], texts[i])) and is_time(_time_block(texts, rest[n:]))
               for n, i in enumerate(rest))


def _time_block(texts: Sequence[str], rest: list[int]) -> str:
    """The lines from the first of ``rest`` that go on one another, joined (a cell's text)."""
    out = [texts[rest[0]]]
    for i in rest[1:5]:
        if not continues(out[-1], texts[i]):
            break
        if is_time(" ".join(out)) and not is_time(" ".join([*out, texts[i]])):
            break  # "Thường" / "xuyên" / "Chương" …: the time ends where more words start
        out.append(texts[i])
    return " ".join(out)


def _next_column(texts: Sequence[str], rest: list[int], cols: tuple[str | None, ...], cur: int) -> int:
    """The column a line opening a new cell belongs to: the first column after ``cur`` whose
    evidence it shows; lead and time columns are passed over only for a column whose
    evidence is certain (a body for the co-operating column, a time for the time column)."""
    block = _time_block(texts, rest)
    body = body_start(block)
    timed = is_time(block)
    for d in range(cur + 1, len(cols)):
        role = cols[d]
        if role in ("lead", "coop"):
            if body:
                return d
            if role == "lead" and not timed:
                return cur  # no lead yet: the task goes on
            continue
        if role == "time":
            # a column after the time's is reached through a time only (a product's wrapped
            # line in capitals stays the product's)
            return d if timed else cur
        if role == "task":
            continue
        if timed and "time" in cols[d + 1 :]:
            continue  # an empty product: the time follows at once
        return d
    return cur


def read(texts: Sequence[str]) -> list[Found]:
    """Every fragment table among the lines ``texts``.

    Kept for the document: normalization reads the tables of its result again in its trial
    pass, and the segmenter reads the same lines once more (reading a long table is the
    larger part of such a document's extraction)."""
    return list(_read(tuple(texts)))


@per_text_cache(8)
def _read(texts: tuple[str, ...]) -> tuple[Found, ...]:
    out: list[Found] = []
    n = len(texts)
    k = 0
    while k < n:
        if not texts[k] or not _is_number_head(texts[k]):
            k += 1
            continue
        got = _header(texts, k)
        roles = _roles(texts, got[0]) if got else None
        if got is None or roles is None:
            k += 1
            continue
        cells, i = got
        found = _body(texts, k, cells, roles, i)
        if found is None:
            k += 1
            continue
        out.append(found)
        k = found.last + 1
    return tuple(out)


def _body(texts: Sequence[str], k: int, cells: list[list[int]], roles: tuple[str | None, ...], i: int) -> Found | None:
    lay = _rules()
    n = len(texts)
    header_lines = [texts[j] for c in cells for j in c]
    rows: list[list[int]] = []  # per row: its number line then its lines
    expect, sub = 1, 1
    top = -1  # the index of the last row opened by a plain number (a group's, maybe)
    cuts: dict[int, int] = {}
    breaks: dict[int, int] = {}  # row → its lines (after the number) before a repeated header
    section, titled = False, 0
    last = i - 1
    while i < n:
        t = texts[i]
        if _skippable(texts, i):
            i += 1
            continue
        if _is_number_head(t):
            j = _repeats_header(texts, i, header_lines)
            if j > i:
                if rows and len(rows) - 1 not in breaks:
                    breaks[len(rows) - 1] = len(rows[-1]) - 1  # lines of the row before the page break
                i = j
                continue
        m = _ROW_NO.fullmatch(t)
        if m and int(m.group(1)) in (expect, 1) and (int(m.group(1)) == expect or section or not rows):
            rows.append([i])
            top = len(rows) - 1
            expect, sub = int(m.group(1)) + 1, 1
            section = False
            last = i
            i += 1
            continue
        m = _ROW_NO_TEXT.match(t)
        if m and rows and int(m.group(1)) == expect and t[m.end() :][:1].isupper():
            rows.append([i, i])
            top = len(rows) - 1
            cuts[i] = m.end()
            expect, sub = expect + 1, 1
            section = False
            last = i
            i += 1
            continue
        s = _SUB_NO.match(t)
        if s and rows and int(s.group(1)) == expect and int(s.group(2)) == 1:
            expect, sub, top = expect + 1, 1, -1  # the group's own row ("2.") was not seen
        if s and rows and int(s.group(1)) == expect - 1 and int(s.group(2)) == sub:
            if sub == 1 and top == len(rows) - 1 and not _has_body(texts, rows[-1]):
                rows.pop()  # "1." over "1.1", "1.2": a group's title, no row of its own
            rows.append([i] if s.end() == len(t) else [i, i])
            if s.end() < len(t):
                cuts[i] = s.end()
            sub += 1
            section = False
            last = i
            i += 1
            continue
        if _is_section(t) and (not rows or len(rows[-1]) > 1):
            section, titled = True, 0
            i += 1
            continue
        if section:
            titled += 1
            if titled > 8:
                break  # a heading after the table, no row under it
            i += 1
            continue
        if not rows or len(rows[-1]) > int(lay["max_row_lines"]) or _ends_table(t):
            break
        rows[-1].append(i)
        last = i
        i += 1
    kept = [(r, breaks.get(n)) for n, r in enumerate(rows) if len(r) > 1]
    if len(kept) < int(lay["min_rows"]):
        return None
    table_rows = [
        ((r[0],), *(tuple(c) for c in sub)) for r, brk in kept for sub in _assign(texts, r[1:], roles, brk)
    ]
    table_rows = _shift_leads(texts, table_rows, roles)
    if not _credible(table_rows, roles):
        return None
    return Found(k, last, tuple(tuple(c) for c in cells), roles, tuple(table_rows), tuple(sorted(cuts.items())))


def _shift_leads(texts: Sequence[str], rows: list[tuple[tuple[int, ...], ...]],
                 roles: tuple[str | None, ...]) -> list[tuple[tuple[int, ...], ...]]:
    """Rows whose lead a task cell took: the task's last full line ended asking for more ("…
    tại", "… bệnh lý nhẹ,"), so the lead's narrow lines went on it, the partners' cell became
    the lead's and the partners' column stayed empty — where the table's other rows nearly all
    name partners (``min_coop_share``). The task's tail of narrow lines (under ``narrow_share`` of
    its widest line: a narrow column's) that opens a body is given back to the lead, the lead's
    cell to the partners."""
    if "task" not in roles or "lead" not in roles or "coop" not in roles:
        return rows
    ti, li, ci = roles.index("task"), roles.index("lead"), roles.index("coop")
    if ci != li + 1 or sum(1 for r in rows if r[ci]) < float(_rules()["min_coop_share"]) * len(rows):
        return rows
    out = []
    for r in rows:
        task = r[ti]
        if r[ci] or not r[li] or len(task) < 3:
            out.append(r)
            continue
        width = max(len(texts[j]) for j in task)
        narrow = float(_rules()["narrow_share"]) * width
        k = len(task)
        while k > 1 and len(texts[task[k - 1]]) < narrow:
            k -= 1  # the narrow tail: task[k:]
        at = next((m for m in range(k, len(task)) if body_start(" ".join(texts[j] for j in task[m:]))), None)
        if at is None or at == 0:
            out.append(r)
            continue
        cells = list(r)
        cells[ti], cells[li], cells[ci] = task[:at], task[at:], r[li]
        out.append(tuple(cells))
    return out


def _has_body(texts: Sequence[str], row: list[int]) -> bool:
    """Whether a row's lines (after its number) name a body on a line of their own."""
    return any(body_start(texts[j]) for j in row[1:])


def _ends_table(t: str) -> bool:
    """A line no cell holds: a heading in capitals (an appendix's, a signature's)."""
    letters = [c for c in t if c.isalpha()]
    return len(t.split()) >= 3 and len(letters) >= 8 and all(c.isupper() for c in letters)


def _credible(rows: list[tuple[tuple[int, ...], ...]], roles: tuple[str | None, ...]) -> bool:
    """Enough rows show what the header promises: a task, and a lead where there is a lead
    column."""
    if any(not r[roles.index("task")] for r in rows):
        return False
    if "lead" in roles:
        li = roles.index("lead")
        share = sum(1 for r in rows if r[li]) / len(rows)
        if share < float(_rules()["min_lead_share"]):
            return False
    return True


def unjoined_lines(contents: Sequence[str]) -> set[int]:
    """Indices of lines (stripped texts) that must not be joined to the next one: those of a
    fragment table, and the line before it."""
    if not any(_is_number_head(c) for c in contents if c and len(c) <= 8):
        return set()
    out: set[int] = set()
    for f in read(contents):
        out.update(range(max(0, f.first - 1), f.last + 1))
    return out


def fragment_tables(lines: Sequence, text: str) -> list:
    """Fragment tables of a document's lines as :class:`~pipeline.segment.Table` objects."""
    from .segment import Cell, Table

    texts = [ln.text for ln in lines]
    if not any(_is_number_head(t) for t in texts if t and len(t) <= 8):
        return []
    out = []

    def cell(idx: tuple[int, ...], cuts: dict[int, int], number: bool = False) -> Cell:
        """A cell of lines ``idx``; a row number sharing its line with the task's first words
        is the number cell's (``number``) and no part of the task's."""
        if not idx:
            return Cell("", 0, 0)
        cut = cuts.get(idx[0], 0)
        if number and cut:
            t = texts[idx[0]][:cut].rstrip()
            return Cell(t, lines[idx[0]].start, lines[idx[0]].start + len(t))
        parts = [texts[j][cut:] if n == 0 else texts[j] for n, j in enumerate(idx)]
        joined = " ".join(" ".join(parts).split())
        return Cell(joined, lines[idx[0]].start + cut, lines[idx[-1]].end)

    for f in read(texts):
        cuts = dict(f.cuts)
        header = tuple(cell(c, {}) for c in f.header)
        rows = []
        for r in f.rows:
            cs = [cell(c, cuts, number=n == 0) for n, c in enumerate(r)]
            rows.append(tuple(c if c.text else Cell("", cs[0].end, cs[0].end) for c in cs))
        out.append(Table(f.first, f.last + 1, header, f.roles, tuple(rows), kind="fragments"))
    return out


def members(raw: str, joined: str) -> str:
    """A cell's span (``raw``) with the lines that are not the cell's blanked, same offsets: a
    cell a page break cut spans the repeated header and the other columns' lines between its
    parts; its text (``joined``) is its own lines' only."""
    lines = raw.split("\n")
    pos = 0
    out = []
    for ln in lines:
        w = " ".join(ln.split())
        if w and joined.startswith(w, pos):
            pos += len(w)
            while pos < len(joined) and joined[pos] == " ":
                pos += 1
            out.append(ln)
        else:
            out.append(" " * len(ln))
    return "\n".join(out)


def cell_text(raw: str) -> str:
    """A fragment cell's text as it stands, same offsets: a line that goes on the one above
    (:func:`continues`; blank lines passed over) or opens no body joined with a space, one that
    opens a second body's name in the cell (a plural kind too: "Các xã, phường") parted by ";"."""
    lines = raw.split("\n")
    out = lines[0]
    above = lines[0].strip()
    for n, ln in enumerate(lines[1:], 1):
        after = lines[n + 1].strip() if n + 1 < len(lines) else ""
        # (a line that opens no body goes on the name above: "Bộ Công" / "Thương")
        w = ln.strip()
        alone = not w or continues(above, w, after) or not (body_start(w) or _opens_with(w, "plural_openers"))
        sep = " " if alone else ";"
        out += sep + ln
        above = ln.strip() or above
    return out
