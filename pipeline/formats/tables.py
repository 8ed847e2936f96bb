"""Tables of converted documents (DOCX, HTML) as lines of text, one convention for both.

A borderless table with at most two filled cells per row is layout — the header (issuer |
Quốc hiệu) or the closing (Nơi nhận | signature): each cell's lines become lines of their own,
left cell first, as plain-text copies read. Any other table is data: one ``a | b | c`` line per
row, as converter markdown writes it.
"""

from __future__ import annotations


def table_lines(rows: list[list[list[str]]], bordered: bool) -> list[str]:
    """``rows`` of cells of lines → the table's lines."""
    layout = all(sum(1 for c in row if c) <= 2 for row in rows) and not bordered
    out: list[str] = []
    for row in rows:
        if layout:
            out.extend("\n".join(cell) for cell in row if cell)
        else:
            line = " | ".join(" ".join(" ".join(b.split()) for b in cell) for cell in row)
            if line.strip(" |"):
                out.append(line)
    return out
