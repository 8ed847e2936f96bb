"""Born-digital twins of corpus documents: DOCX, HTML and PDF laid out as offices make them.

A document's plain text is cut into its header rows (issuer | Quốc hiệu, Số | date), body
paragraphs and closing (Nơi nhận | signature), and laid out as a real office would — the header
and closing as a borderless two-column table in DOCX and HTML, as two columns drawn line by line
across both (the order a word processor exports) in a PDF typeset in Liberation Serif. The
format tests compare each twin's record with the plain text's; the soak benchmark mixes them
into its corpus. :func:`layout` raises ``ValueError`` on a text it cannot cut (no ``Nơi nhận``).

    .venv/bin/python corpus/formats/make.py OUT_DIR FILE... [--formats docx,html,pdf]
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")


# ---------------------------------------------------------------------------------------------
# A plain-text document cut into the parts a real layout puts in columns
# ---------------------------------------------------------------------------------------------


@dataclass
class Layout:
    header: list[tuple[list[str], list[str]]]  # rows of (left cell lines, right cell lines)
    body: list[list[str]]  # paragraphs, each its lines (a line break inside a paragraph)
    closing: tuple[list[str], list[str]]  # (Nơi nhận lines, signature lines)
    appendix: list[list[str]]  # paragraphs after the signature (Phụ lục …)


def _unmark(line: str) -> str:
    """A seed line without its markdown (emphasis, heading marks, hard-break spaces)."""
    line = re.sub(r"^#+\s*", "", line.strip())
    return re.sub(r"\*+", "", line).strip()


def layout(text: str) -> Layout:
    """The parts of a document's text; ``ValueError`` if it does not have the usual blocks."""
    try:
        return _layout(text)
    except IndexError as e:  # ran out of blocks before the closing
        raise ValueError("too few blocks for a header, a body and a closing") from e


def _layout(text: str) -> Layout:
    blocks = []
    for raw in re.split(r"\n\s*\n", text):
        lines = [_unmark(x) for x in raw.split("\n")]
        lines = [x for x in lines if x]
        if lines:
            blocks.append(lines)
    header: list[tuple[list[str], list[str]]] = []
    i = 0
    qh = next((k for k, b in enumerate(blocks[:6]) if b[0].upper().startswith("CỘNG HÒA")), None)
    if qh is not None:
        right = blocks[qh]
        i = qh + 1
        if blocks[i][0].startswith("Độc lập"):
            right = right + blocks[i]
            i += 1
        header.append(([x for b in blocks[:qh] for x in b], right))
    left2: list[str] = []
    right2: list[str] = []
    if blocks[i][0].startswith("Số"):
        left2 = blocks[i]
        i += 1
    if re.search(r"ngày .*tháng", blocks[i][0]):
        right2 = blocks[i]
        i += 1
    if blocks[i][0].startswith("V/v"):  # under the number, in the same cell
        left2 = left2 + blocks[i]
        i += 1
    header.append((left2, right2))
    end = next((k for k in range(i, len(blocks)) if blocks[k][0].startswith("Nơi nhận")), None)
    if end is None:
        raise ValueError("no 'Nơi nhận' block to cut the closing at")
    body = blocks[i:end]
    k = end + 1
    recipients = list(blocks[end])
    while k < len(blocks) and blocks[k][0].startswith("-"):
        recipients += blocks[k]
        k += 1
    appendix = next((n for n in range(k, len(blocks)) if blocks[n][0].lower().startswith("phụ lục")), len(blocks))
    signature = [x for b in blocks[k:appendix] for x in b]
    return Layout(header, body, (recipients, signature), blocks[appendix:])


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------


def make_docx(
    lay: Layout, *, textbox_issuer: bool = False, data_table: list[tuple[str, ...]] = (), bullets: bool = False
) -> bytes:
    """A DOCX: header and closing as borderless 2-column tables, soft breaks inside
    paragraphs; with ``textbox_issuer`` the issuer lines sit in a text box instead; a
    ``data_table`` is added (bordered) after the body; with ``bullets`` the ``- `` items are
    paragraphs of Word's automatic bullet list style instead."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()

    def item(line: str) -> tuple[str, str | None]:
        if bullets and line.startswith("- "):
            return line[2:], "List Bullet"
        return line, None

    def fill(cell, lines: list[str]) -> None:
        first, style = item(lines[0]) if lines else ("", None)
        cell.paragraphs[0].text = first
        if style:
            cell.paragraphs[0].style = style
        for line in lines[1:]:
            cell.add_paragraph(*item(line))

    tbl = d.add_table(rows=len(lay.header), cols=2)
    for r, (left, right) in enumerate(lay.header):
        if textbox_issuer and r == 0:
            fill(tbl.cell(r, 0), [])
            _add_textbox(tbl.cell(r, 0).paragraphs[0], left, parse_xml)
        else:
            fill(tbl.cell(r, 0), left)
        fill(tbl.cell(r, 1), right)
    for para in lay.body:
        if len(para) == 1 and item(para[0])[1]:
            d.add_paragraph(*item(para[0]))
            continue
        p = d.add_paragraph()
        for n, line in enumerate(para):
            run = p.add_run(line)
            if n < len(para) - 1:
                run.add_break()  # a soft line break, as in the plain text
    if data_table:  # bordered: read row by row
        grid = d.add_table(rows=len(data_table), cols=len(data_table[0]), style="Table Grid")
        for r, row in enumerate(data_table):
            for c, v in enumerate(row):
                grid.cell(r, c).text = v
    close = d.add_table(rows=1, cols=2)
    fill(close.cell(0, 0), lay.closing[0])
    fill(close.cell(0, 1), lay.closing[1])
    for para in lay.appendix:
        d.add_paragraph("\n".join(para))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _add_textbox(paragraph, lines: list[str], parse_xml) -> None:
    """A DrawingML text box (with its VML fallback, which readers must not read twice)."""
    paras = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{_xml(x)}</w:t></w:r></w:p>" for x in lines)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f"<mc:Choice Requires='wps'><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{paras}"
        "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{paras}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_html(lay: Layout, charset: str = "utf-8", data_table: list[tuple[str, ...]] = ()) -> bytes:
    """An HTML page as a portal shows a document: navigation and scripts around it, header and
    closing in borderless tables, ``<br>`` inside paragraphs; a ``data_table`` is added
    (bordered) after the body."""

    def cell(lines: list[str]) -> str:
        return "<td>" + "".join(f"<p><b>{_xml(x)}</b></p>" for x in lines) + "</td>"

    rows = "".join(f"<tr>{cell(a)}{cell(b)}</tr>" for a, b in lay.header)
    def paras(blocks: list[list[str]]) -> str:
        return "".join("<p>" + "<br>\n".join(_xml(x) for x in para) + "</p>\n" for para in blocks)

    body = paras(lay.body)
    grid = "".join("<tr>" + "".join(f"<td>{_xml(v)}</td>" for v in row) + "</tr>" for row in data_table)
    grid = f"<table border='1'>{grid}</table>" if grid else ""
    html = (
        f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>Văn bản</title>'
        "<style>p { margin: 0 }</style><script>var x = '<p>KẾ HOẠCH giả</p>';</script></head>"
        "<body><nav><a href='/'>Trang chủ</a> | <a href='/vb'>Văn bản mới</a></nav>"
        f"<table border='0'>{rows}</table>\n{body}"
        f"{grid}"
        f"<table><tr>{cell(lay.closing[0])}{cell(lay.closing[1])}</tr></table>{paras(lay.appendix)}"
        "<div style='display:none'>Số: 99/QĐ-XYZ</div></body></html>"
    )
    return encode_as(html, charset)


def encode_as(text: str, charset: str) -> bytes:
    """``text`` in ``charset``; for Windows-1258, tone marks are combining characters."""
    if charset.lower() != "windows-1258":
        return text.encode(charset)
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(m for m in d[1:] if m in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def make_pdf(lay: Layout, *, encrypt=None) -> bytes:
    """An A4 PDF with a text layer: 13 pt Liberation Serif, the header (12 pt, table cells
    drawn one after the other) and the closing (drawn line by line across both columns) in two
    columns, page numbers at the top of pages 2+, a diagonal watermark on page 1."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("LibSerif", str(FONT_DIR / "LiberationSerif-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSerifB", str(FONT_DIR / "LiberationSerif-Bold.ttf")))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    width, height = A4
    left, right, top, bottom = 3 * cm, width - 2 * cm, height - 2 * cm, 2 * cm
    size, lead = 13, 15.6
    state = {"y": top, "page": 1}

    def new_page() -> None:
        c.showPage()
        state["page"] += 1
        c.setFont("LibSerif", size)
        c.drawCentredString((left + right) / 2, height - 1.2 * cm, str(state["page"]))
        state["y"] = top

    def need(n: int) -> None:
        if state["y"] - n * lead < bottom:
            new_page()

    def columns(a: list[str], b: list[str], split: float, by_cell: bool, bold: bool, pt: float) -> None:
        """Two columns side by side, lines wrapped to the cell, drawn cell after cell (as Word
        and LibreOffice export a table) or line by line across both (a tab-stop layout)."""
        font = "LibSerifB" if bold else "LibSerif"
        a = [p for x in a for p in simpleSplit(x, font, pt, split - left - 0.2 * cm)]
        b = [p for x in b for p in simpleSplit(x, font, pt, right - split - 0.2 * cm)]
        rows = max(len(a), len(b))
        need(rows)
        y0 = state["y"]
        cells = ((a, left, split), (b, split, right))
        order = [(k, n) for k in (0, 1) for n in range(rows)] if by_cell else [
            (k, n) for n in range(rows) for k in (0, 1)
        ]
        for k, n in order:
            lines, x0, x1 = cells[k]
            if n < len(lines):
                c.setFont(font, pt)
                c.drawCentredString((x0 + x1) / 2, y0 - (n + 1) * lead, lines[n])
        state["y"] = y0 - (rows + 1) * lead

    c.saveState()  # a diagonal watermark across the first page is no part of the text
    c.setFont("LibSerifB", 40)
    c.setFillGray(0.9)
    c.translate(width / 2, height / 2)
    c.rotate(40)
    c.drawCentredString(0, 0, "BẢN SAO LƯU HÀNH NỘI BỘ")
    c.restoreState()
    for r, (a, b) in enumerate(lay.header):  # a 6.3 | 9.7 cm table: the columns nearly touch
        columns(a, b, left + 6.3 * cm, by_cell=True, bold=r == 0, pt=12)
    def paragraphs(paras: list[list[str]]) -> None:
        for para in paras:
            for line in para:
                for part in simpleSplit(line.replace("\t", "    "), "LibSerif", size, right - left):
                    need(1)
                    state["y"] -= lead
                    c.setFont("LibSerif", size)
                    c.drawString(left, state["y"], part)
            state["y"] -= 0.6 * lead  # paragraph spacing

    paragraphs(lay.body)
    columns(*lay.closing, left + 7.5 * cm, by_cell=False, bold=False, pt=size)
    paragraphs(lay.appendix)
    c.save()
    return buf.getvalue()


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


RENDERERS = {"docx": make_docx, "html": make_html, "pdf": make_pdf}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--formats", default="docx,html,pdf")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    status = 0
    for f in a.files:
        try:
            lay = layout(f.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            print(f"{f}: skipped ({e})", file=sys.stderr)
            status = 1
            continue
        for fmt in a.formats.split(","):
            (a.out / f"{f.stem}.{fmt}").write_bytes(RENDERERS[fmt](lay))
    return status


if __name__ == "__main__":
    sys.exit(main())
