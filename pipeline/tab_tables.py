"""Tables a word processor's plain-text export wrote with tabs between cells.

Saved as text (or copied out of a .doc), a Word table becomes one line a row with a tab between
cells — and a cell merged over several rows is written in the first and left empty in the others::

    Đơn vị kiểm tra⇥Thời gian⇥
    UBND thị trấn A⇥Sáng ngày 23/10/2024⇥
    UBND xã B⇥⇥
    Bộ phận Một cửa huyện C⇥Chiều ngày 23/10/2024⇥

Tabs are spaces to the rest of normalization, so the cells would run into each other. A run of
tabbed lines under a header whose tab-parted cells name columns (rules/tables.toml
``[columns]``: "Thời gian", "Nội dung", "Cơ quan chủ trì", …) is written as pipe rows without
outer pipes ("a|b|"), the convention of pipeline/formats/tables.py, which the document model
reads as a table (an empty cell there is one merged with the cell above). Each tab becomes one
pipe in place, so every offset keeps its span. Tabs elsewhere (a header's two columns, a
signature beside the Nơi nhận) are left alone: no header, no table.
"""

from __future__ import annotations

Edit = tuple[int, int, str]

def _is_header(cells: list[str]) -> bool:
    """The tab-parted cells name a task table's columns, as a pipe row's header must
    (pipeline/segment.py: two named cells at least, one of them the task, lead or time)."""
    from .segment import Cell, _is_table_header

    filled = [Cell(c.strip(), 0, 0) for c in cells if c.strip()]
    return _is_table_header(filled, piped=True) is not None


def tab_table_edits(text: str) -> list[Edit]:
    """Edits turning each tab-parted table's tabs into pipe marks (see module doc)."""
    if "\t" not in text:
        return []
    spans: list[tuple[int, int]] = []  # each line's (start, end)
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    edits: list[Edit] = []
    i = 0
    while i < len(spans):
        a, b = spans[i]
        line = text[a:b]
        if "\t" not in line.strip() or not _is_header(line.split("\t")):
            i += 1
            continue
        j = i + 1
        while j < len(spans) and "\t" in text[spans[j][0] : spans[j][1]].strip(" ") and text[spans[j][0] : spans[j][1]].strip():
            j += 1
        if j - i - 1 < 2:  # a header and fewer than two rows: not shown to be a table
            i = j
            continue
        for a, b in spans[i:j]:
            lead = len(text[a:b]) - len(text[a:b].lstrip(" \t"))
            for k in range(a, b):
                if text[k] == "\t":
                    edits.append((k, k + 1, "" if k < a + lead else "|"))
        i = j
    return edits
