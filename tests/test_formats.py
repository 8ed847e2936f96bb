"""Born-digital formats (PDF, DOCX, HTML, DOC/ODT/RTF) give the record of their plain-text twin.

The fixtures are made here from corpus documents: a seed's text is cut into its header rows
(issuer | Quốc hiệu, Số | date), body paragraphs and closing (Nơi nhận | signature), and laid
out as a real office would — the header and closing as a borderless two-column table in DOCX
and HTML, as two columns drawn line by line across both (the order a word processor exports)
in a PDF typeset in Liberation Serif.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.extractor import extract_file
from pipeline.ingest import IngestError, iter_inputs, read_document, sniff

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
FIELDS = ("doc_type", "number", "date", "issuer", "title", "signer", "recipients")


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


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
    end = next(k for k in range(i, len(blocks)) if blocks[k][0].startswith("Nơi nhận"))
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
    return _encode(html, charset)


def _encode(text: str, charset: str) -> bytes:
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


# ---------------------------------------------------------------------------------------------
# Comparing records
# ---------------------------------------------------------------------------------------------


def _main_fields(rec) -> dict:
    d = rec.model_dump()
    out = {k: d.get(k) for k in FIELDS}
    out["legal_bases"] = [b.get("number") for b in d.get("legal_bases") or []]
    return out


@pytest.fixture(scope="module")
def twins() -> dict[str, tuple[Layout, dict]]:
    """Seed 000 (no issuer block) and 003 (issuer | Quốc hiệu header): layout and record."""
    out = {}
    for prefix in ("000", "003"):
        path = _seed(prefix)
        out[prefix] = (layout(path.read_text(encoding="utf-8")), _main_fields(extract_file(path)))
    return out


def _extract(tmp_path: Path, name: str, data: bytes):
    f = tmp_path / name
    f.write_bytes(data)
    return extract_file(f)


# ---------------------------------------------------------------------------------------------
# Same record as the plain-text twin
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_docx_gives_the_plain_text_record(twins, tmp_path: Path, prefix: str) -> None:
    lay, expected = twins[prefix]
    rec = _extract(tmp_path, "doc.docx", make_docx(lay))
    assert (rec.source.format, rec.source.encoding) == ("docx", "docx")
    assert _main_fields(rec) == expected


def test_docx_automatic_bullets(twins, tmp_path: Path) -> None:
    """Items typed with Word's bullet list style (no "- " in the text) read as "- " items."""
    lay, expected = twins["000"]
    f = tmp_path / "bullets.docx"
    data = make_docx(lay, bullets=True)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert "- Sở Giáo dục" not in zf.read("word/document.xml").decode("utf-8")
    f.write_bytes(data)
    assert "\n- Sở Giáo dục & Đào tạo;\n" in read_document(f).text
    assert _main_fields(extract_file(f)) == expected


def test_docx_header_in_a_text_box(twins, tmp_path: Path) -> None:
    """The issuer in a DrawingML text box with a VML fallback copy: read once, same record."""
    lay, expected = twins["003"]
    f = tmp_path / "box.docx"
    f.write_bytes(make_docx(lay, textbox_issuer=True))
    assert read_document(f).text.count("XÂY DỰNG XÃ HỘI HỌC TẬP") == 1
    assert _main_fields(extract_file(f)) == expected


def test_docx_layout_and_data_tables(twins, tmp_path: Path) -> None:
    """Header cells one after the other, one line per cell paragraph; a bordered data table
    one line per row."""
    lay, _ = twins["003"]
    rows = [("STT", "Nội dung", "Thời gian"), ("1", "Họp triển khai", "Tháng 10")]
    f = tmp_path / "t.docx"
    f.write_bytes(make_docx(lay, data_table=rows))
    text = read_document(f).text
    issuer, qh = lay.header[0]
    assert text.startswith("\n".join(issuer) + "\n\n" + "\n".join(qh) + "\n\n")
    assert "\n1 | Họp triển khai | Tháng 10\n" in text


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_html_gives_the_plain_text_record(twins, tmp_path: Path, prefix: str) -> None:
    lay, expected = twins[prefix]
    rows = [("STT", "Nội dung", "Thời gian"), ("1", "Họp triển khai", "Tháng 10")]
    f = tmp_path / "page.html"
    f.write_bytes(make_html(lay, data_table=rows))
    text = read_document(f).text
    for dropped in ("Trang chủ", "KẾ HOẠCH giả", "99/QĐ-XYZ", "margin"):  # nav, script, hidden, style
        assert dropped not in text
    assert "\n1 | Họp triển khai | Tháng 10\n" in text
    rec = extract_file(f)
    assert (rec.source.format, rec.source.encoding) == ("html", "utf-8")
    assert _main_fields(rec) == expected


def test_html_in_a_declared_legacy_charset(twins, tmp_path: Path) -> None:
    lay, expected = twins["003"]
    data = make_html(lay, charset="windows-1258")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    rec = _extract(tmp_path, "page.htm", data)
    assert rec.source.encoding == "cp1258"
    assert _main_fields(rec) == expected


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_pdf_text_layer_gives_the_plain_text_record(twins, tmp_path: Path, prefix: str) -> None:
    lay, expected = twins[prefix]
    f = tmp_path / "doc.pdf"
    f.write_bytes(make_pdf(lay))
    ing = read_document(f)
    assert (ing.format, ing.encoding) == ("pdf", "pdf-text")
    assert len(ing.pages) > 1 and ing.pages[0] == 0
    assert not re.search(r"^\d+$", ing.text, re.M)  # page numbers dropped
    assert "LƯU HÀNH" not in ing.text  # the watermark too
    if lay.header[0][1]:  # issuer and Quốc hiệu drawn side by side come out one after the other
        issuer, qh = lay.header[0]
        assert ing.text.startswith("\n".join(issuer) + "\n\n" + "\n".join(qh) + "\n\n")
    rec = extract_file(f)
    assert _main_fields(rec) == expected
    name = rec.model_dump()["signer"]["name"]
    assert rec.provenance["signer.name"].page == ing.page_at(ing.text.index(name)) > 1


# ---------------------------------------------------------------------------------------------
# Detection by content
# ---------------------------------------------------------------------------------------------


def test_sniff_by_content_not_by_name(twins, tmp_path: Path) -> None:
    lay, expected = twins["000"]
    rec = _extract(tmp_path, "misnamed.pdf", make_docx(lay))
    assert rec.source.format == "docx" and _main_fields(rec) == expected
    assert sniff(make_pdf(lay), ".txt") == "pdf"
    assert sniff("\ufeff<meta charset='utf-8'><p>Số: 1/KH</p>".encode()) == "html"
    assert sniff("<body><p>Số</p></body>".encode("utf-16")) == "html"
    assert sniff("<p>Kính gửi</p>".encode(), ".html") == "html"
    assert sniff("<p>Kính gửi</p>".encode(), ".txt") == "text"
    assert sniff(b"{\\rtf1\\ansi Hello}") == "rtf"


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_sniff_zip_and_ole_kinds() -> None:
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
               zipfile.ZIP_STORED)
    assert sniff(odt) == "odt"
    with pytest.raises(IngestError) as e:
        sniff(_zip({"xl/workbook.xml": b"<x/>", "[Content_Types].xml": b"<x/>"}))
    assert e.value.kind == "unsupported-format" and "xlsx" in str(e.value)
    with pytest.raises(IngestError) as e:
        sniff(b"PK\x03\x04 not really a zip")
    assert e.value.kind == "corrupt"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    assert sniff(ole + "WordDocument".encode("utf-16-le")) == "doc"
    with pytest.raises(IngestError) as e:
        sniff(ole + "EncryptedPackage".encode("utf-16-le"))
    assert e.value.kind == "encrypted"
    with pytest.raises(IngestError) as e:
        sniff(ole + "Workbook".encode("utf-16-le"))
    assert e.value.kind == "unsupported-format"


def test_folder_walk_takes_every_supported_suffix(tmp_path: Path) -> None:
    names = ["a.txt", "b.md", "c.pdf", "d.docx", "e.doc", "f.odt", "g.rtf", "h.html", "i.htm",
             "j.png", "k.jpg", "l.jpeg", "m.tif", "n.TIFF"]
    for n in [*names, "a.gold.json", "notes.xyz"]:
        (tmp_path / n).write_bytes(b"x")
    assert sorted(p.name for p in iter_inputs([tmp_path])) == sorted(names)


# ---------------------------------------------------------------------------------------------
# Bad input: a specific error for each
# ---------------------------------------------------------------------------------------------


def test_pdf_encrypted(twins, tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    lay, expected = twins["000"]
    f = tmp_path / "locked.pdf"
    f.write_bytes(make_pdf(lay, encrypt=StandardEncryption("mật-khẩu", ownerPassword="chủ")))
    with pytest.raises(IngestError) as e:
        read_document(f)
    assert e.value.kind == "encrypted"
    # an owner password alone (printing/copying restrictions) still opens with the empty one
    rec = _extract(tmp_path, "restricted.pdf", make_pdf(lay, encrypt=StandardEncryption("", ownerPassword="chủ")))
    assert _main_fields(rec) == expected


def test_pdf_corrupt_or_truncated(twins, tmp_path: Path) -> None:
    data = make_pdf(twins["000"][0])
    for name, bad in (("truncated.pdf", data[: len(data) // 2]),
                      ("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")):
        f = tmp_path / name
        f.write_bytes(bad)
        with pytest.raises(IngestError) as e:
            read_document(f)
        assert e.value.kind == "corrupt", name


def test_docx_zip_bomb(twins, tmp_path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(make_docx(twins["000"][0]))) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["word/media/padding.bin"] = b"\x00" * (16 * 1024 * 1024)  # 16 MiB → ~16 KiB
    f = tmp_path / "bomb.docx"
    f.write_bytes(_zip(members))
    with pytest.raises(IngestError) as e:
        read_document(f)
    assert e.value.kind == "zip-bomb"


def test_docx_external_entity_is_not_resolved(twins, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("BÍ-MẬT-123", encoding="utf-8")
    with zipfile.ZipFile(io.BytesIO(make_docx(twins["000"][0]))) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    xml = members["word/document.xml"].decode("utf-8")
    decl_end = xml.index("?>") + 2
    xml = (xml[:decl_end] + f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
           + xml[decl_end:].replace("Số: 01/KH-TTHTCD", "Số: 01/KH-TTHTCD &xxe;", 1))
    members["word/document.xml"] = xml.encode("utf-8")
    f = tmp_path / "xxe.docx"
    f.write_bytes(_zip(members))
    text = read_document(f).text
    assert "Số: 01/KH-TTHTCD" in text and "BÍ-MẬT" not in text


# ---------------------------------------------------------------------------------------------
# Pages without a usable text layer go to OCR
# ---------------------------------------------------------------------------------------------


def test_text_quality() -> None:
    from pipeline.formats.pdf import text_quality

    body = " ".join(_seed("000").read_text(encoding="utf-8").split()[40:120])
    assert text_quality(body) == "ok"
    assert text_quality("".join(chr(0xE000 + (ord(c) % 64)) if c.isalpha() else c for c in body)) == "garbage"
    assert text_quality("Реализация плана по развитию образования в районе " * 3) == "garbage"
    assert text_quality("3") == "short"
    tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp Tù do H¹nh phóc " * 8
    assert text_quality(tcvn3) == "ok"  # legacy font text: the normalizer converts it


def test_pdf_page_without_text_layer_is_ocrd(twins, tmp_path: Path, monkeypatch) -> None:
    """A scanned page (an image, no text) goes to ``pipeline.ocr.ocr_page`` at 300 dpi; its
    words land in the decoded text at the page's offset."""
    import sys
    import types

    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from pipeline.ingest import Word

    calls = []

    def ocr_page(image, page_no, dpi=300):
        calls.append((image.size, page_no, dpi))
        text = "Số: 01/KH-TTHTCD"
        return types.SimpleNamespace(text=text, words=(Word(0, 3, page_no, (10, 10, 50, 30), 0.9),))

    monkeypatch.setitem(sys.modules, "pipeline.ocr", types.SimpleNamespace(ocr_page=ocr_page))
    text_pdf = make_pdf(twins["000"][0])
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(Image.new("L", (200, 280), 255)), 0, 0, *A4)
    c.save()
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument(text_pdf)
    merged.import_pages(pdfium.PdfDocument(buf.getvalue()))
    out = io.BytesIO()
    merged.save(out)
    f = tmp_path / "mixed.pdf"
    f.write_bytes(out.getvalue())
    ing = read_document(f)
    last = len(ing.pages)
    (width, height), page_no, dpi = calls[0]
    assert len(calls) == 1 and (page_no, dpi) == (last, 300)
    assert abs(width - A4[0] * 300 / 72) <= 1 and abs(height - A4[1] * 300 / 72) <= 1
    assert ing.encoding == "pdf-text+ocr"
    assert ing.text[ing.pages[-1]:] == "Số: 01/KH-TTHTCD"
    assert [(w.start - ing.pages[-1], w.page) for w in ing.words] == [(0, last)]


# ---------------------------------------------------------------------------------------------
# .doc, .odt, .rtf through LibreOffice
# ---------------------------------------------------------------------------------------------


def test_missing_converter_names_the_package(tmp_path: Path, monkeypatch) -> None:
    from pipeline.formats import office

    monkeypatch.setattr(office, "find_soffice", lambda: None)
    f = tmp_path / "letter.rtf"
    f.write_bytes(b"{\\rtf1\\ansi S\\u7889? 01/KH}")
    with pytest.raises(IngestError) as e:
        read_document(f)
    assert e.value.kind == "missing-converter" and "libreoffice-writer-nogui" in str(e.value)


@pytest.mark.skipif(
    __import__("pipeline.formats.office", fromlist=["x"]).find_soffice() is None,
    reason="LibreOffice (Debian package libreoffice-writer-nogui) is not installed",
)
def test_office_formats_through_libreoffice(twins, tmp_path: Path) -> None:
    """DOC, ODT and RTF saved by LibreOffice from the seed's DOCX give the same record, and so
    does the PDF LibreOffice exports (its header table drawn cell by cell, glyph-tight boxes)."""
    import subprocess

    from pipeline.formats.office import find_soffice

    lay, expected = twins["003"]
    src = tmp_path / "seed.docx"
    src.write_bytes(make_docx(lay))
    for fmt in ("odt", "doc", "rtf", "pdf"):
        subprocess.run(
            [find_soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
             "--convert-to", fmt, "--outdir", str(tmp_path / fmt), str(src)],
            check=True, capture_output=True, timeout=120,
        )
        rec = extract_file(tmp_path / fmt / f"seed.{fmt}")
        how = "pdf-text" if fmt == "pdf" else "libreoffice-docx"
        assert (rec.source.format, rec.source.encoding) == (fmt, how)
        assert _main_fields(rec) == expected, fmt
