"""Tables of converted documents (DOCX, HTML) as lines of text, one convention for both.

A borderless table with at most two filled cells per row is layout — the header (issuer |
Quốc hiệu) or the closing (Nơi nhận | signature): each cell's lines become lines of their own,
left cell first, as plain-text copies read. Any other table is data: one ``| a | b | c |`` line
per row, the rows one block, as converter markdown writes it — but for a cell that holds a page of text (a site's layout
table setting the document beside its properties), read as the blocks it holds.
"""

from __future__ import annotations


def table_lines(rows: list[list[list[str]]], bordered: bool) -> list[str]:
    """``rows`` of cells of lines → the table's lines."""
    layout = all(sum(1 for c in row if c) <= 2 for row in rows) and not bordered
    out: list[str] = []
    for row in rows:
        if layout:
            out.extend("\n".join(cell) for cell in row if cell)
        elif any(pages := [_holds_a_page(cell) for cell in row]):
            # a page's layout table whose cell holds the document itself (a site that sets its
            # text beside a column of properties): that cell is read as the blocks it holds,
            # the row's other cells each on a line of their own
            for cell, page in zip(row, pages, strict=True):
                if page:
                    out.extend(cell)
                elif any(b.strip() for b in cell):
                    out.append(" ".join(" ".join(b.split()) for b in cell))
        else:
            cells = [" ".join(" ".join(b.split()) for b in cell) for cell in row]
            if any(cells):
                # the row as a markdown converter writes it, outer pipes and empty cells kept
                # ("| - Lưu: VT. |  |"): an empty last cell is not read as the row's edge
                line = "| " + " | ".join(cells) + " |"
                if out and out[-1].startswith("| "):
                    out[-1] += "\n" + line  # the table's rows one block, as a markdown table is
                else:
                    out.append(line)
    return out


# a cell of more blocks or text than a data cell holds (a task table's longest cells run to a
# few thousand characters): a page's text, not a value
_PAGE_BLOCKS = 30
_PAGE_CHARS = 5000


def _holds_a_page(cell: list[str]) -> bool:
    return len(cell) > _PAGE_BLOCKS or sum(len(b) for b in cell) > _PAGE_CHARS
