"""Born-digital formats (PDF, DOCX, HTML, DOC/ODT/RTF) give the record of their plain-text twin.

The fixtures are made from corpus documents by ``corpus/formats/make.py``: a seed's text cut
into its header rows, body and closing and laid out as a real office would (two-column tables in
DOCX and HTML, two columns drawn line by line in a PDF typeset in Liberation Serif).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from corpus_files import corpus_tool, needs_fonts

from pipeline.extractor import extract_file
from pipeline.ingest import IngestError, iter_inputs, read_document, sniff

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"
_twins = corpus_tool("formats")
Layout, layout, make_docx, make_html, make_pdf, zip_bytes = (
    _twins.Layout, _twins.layout, _twins.make_docx, _twins.make_html, _twins.make_pdf, _twins.zip_bytes)
FIELDS = ("doc_type", "number", "date", "issuer", "title", "signer", "recipients")


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


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
    assert "\n| 1 | Họp triển khai | Tháng 10 |\n" in text


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_html_gives_the_plain_text_record(twins, tmp_path: Path, prefix: str) -> None:
    lay, expected = twins[prefix]
    rows = [("STT", "Nội dung", "Thời gian"), ("1", "Họp triển khai", "Tháng 10")]
    f = tmp_path / "page.html"
    f.write_bytes(make_html(lay, data_table=rows))
    text = read_document(f).text
    for dropped in ("Trang chủ", "KẾ HOẠCH giả", "99/QĐ-XYZ", "margin"):  # nav, script, hidden, style
        assert dropped not in text
    assert "\n| 1 | Họp triển khai | Tháng 10 |\n" in text
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
@needs_fonts
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


@needs_fonts
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


def test_sniff_zip_and_ole_kinds() -> None:
    odt = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
               zipfile.ZIP_STORED)
    assert sniff(odt) == "odt"
    with pytest.raises(IngestError) as e:
        sniff(zip_bytes({"xl/workbook.xml": b"<x/>", "[Content_Types].xml": b"<x/>"}))
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


@needs_fonts
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


@needs_fonts
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
    f.write_bytes(zip_bytes(members))
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
    f.write_bytes(zip_bytes(members))
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


@needs_fonts
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
        return types.SimpleNamespace(text=text, words=(Word(0, 3, page_no, (10, 10, 50, 30), 0.9),), edges=None,
                                     received=None)

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


def _pdf_page(draw) -> bytes:
    """A one-page A4 PDF in Liberation Serif, drawn by ``draw(canvas)``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("LibSerif", str(_twins.FONT_DIR / "LiberationSerif-Regular.ttf")))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("LibSerif", 12)
    draw(c)
    c.save()
    return buf.getvalue()


def _no_ocr(monkeypatch) -> list:
    """Records the pages the PDF reader would OCR (and OCRs none)."""
    from pipeline.formats import pdf

    calls: list = []

    def fail(page, page_no, path):  # noqa: ANN001, ANN202
        calls.append(page_no)
        raise AssertionError(f"page {page_no} sent to OCR")

    monkeypatch.setattr(pdf, "_ocr", fail)
    return calls


def test_text_quality_form_page_is_text() -> None:
    """A form page is mostly dot leaders and fill-in lines; a table page mostly figures: both
    are text, not garbage."""
    from pipeline.formats.pdf import text_quality

    form = "\n".join(
        f"{k}. {label}:" + "." * 90
        for k, label in enumerate(["Họ và tên", "Ngày sinh", "Địa chỉ thường trú", "Số điện thoại", "Nghề nghiệp"], 1)
    ) + "\n........., ngày..... tháng..... năm......\n" + "_" * 60
    assert text_quality(form) == "ok"
    figures = "\n".join(f"{k} | {k * 1250:,} | {k * 3.5:.1f} | {2020 + k}" for k in range(1, 30))
    assert text_quality("Bảng tổng hợp kết quả thực hiện năm\n" + figures) == "ok"
    assert text_quality("§ ¶ † ‡ ° ± × ÷ ¤ ¦ § ¶ † ‡ ° ± × ÷ ¤ ¦ " * 4) == "garbage"


@needs_fonts
def test_pdf_dot_leader_form_page_is_not_ocrd(tmp_path: Path, monkeypatch) -> None:
    """A born-digital form page (labels, dot leaders, a blank date line) keeps its text layer."""
    calls = _no_ocr(monkeypatch)

    def draw(c) -> None:
        y = 780
        c.drawString(72, y, "Mẫu số 02")
        for label in ("Tên cơ quan, đơn vị", "Họ và tên người đề nghị", "Địa chỉ liên hệ", "Nội dung đề nghị"):
            for _ in range(2):
                y -= 24
                c.drawString(72, y, f"{label}: " + "." * 95)
        y -= 24
        c.drawString(300, y, "........., ngày..... tháng..... năm......")

    f = tmp_path / "form.pdf"
    f.write_bytes(_pdf_page(draw))
    ing = read_document(f)
    assert calls == [] and ing.encoding == "pdf-text"
    assert "Họ và tên người đề nghị:" in ing.text and "Mẫu số 02" in ing.text


@needs_fonts
def test_pdf_sideways_table_page_reads_in_its_own_frame(tmp_path: Path, monkeypatch) -> None:
    """A landscape table set sideways on a portrait page (text turned a quarter turn, reading
    upwards) under an upright running head is read in the turned frame, not sent to OCR."""
    calls = _no_ocr(monkeypatch)
    rows = [("TT", "Tên nghề hoặc công việc", "Đặc điểm điều kiện lao động")] + [
        (str(k), f"Vận hành thiết bị nâng hạ loại {k}", "Công việc nặng nhọc, chịu tác động của tiếng ồn")
        for k in range(1, 9)
    ]

    def draw(c) -> None:
        c.drawString(72, 800, "BẢN TIN/Số 12/Ngày 01-02-2025")
        c.saveState()
        c.rotate(90)  # user x → page y: the text reads bottom to top
        for r, row in enumerate(rows):
            for x, cell in zip((60, 110, 420), row, strict=True):
                c.drawString(x, -(90 + 22 * r), cell)
        c.restoreState()

    f = tmp_path / "sideways.pdf"
    f.write_bytes(_pdf_page(draw))
    ing = read_document(f)
    assert calls == [] and ing.encoding == "pdf-text"
    lines = ing.text.splitlines()
    assert "TT | Tên nghề hoặc công việc | Đặc điểm điều kiện lao động" in lines
    assert "3 | Vận hành thiết bị nâng hạ loại 3 | Công việc nặng nhọc, chịu tác động của tiếng ồn" in lines
    assert lines.index("3 | Vận hành thiết bị nâng hạ loại 3 | Công việc nặng nhọc, chịu tác động của tiếng ồn") < (
        lines.index("4 | Vận hành thiết bị nâng hạ loại 4 | Công việc nặng nhọc, chịu tác động của tiếng ồn")
    )


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


@needs_fonts
def test_pdf_signature_at_page_end_does_not_run_on_to_the_next_page(tmp_path: Path, monkeypatch) -> None:
    """A page that ends with the signer's name (a short line set in the right half) does not
    run on into the next page's first line, however wide that line is: only a line that starts
    at the left margin can be a paragraph going on over the page break."""
    _no_ocr(monkeypatch)

    def draw(c) -> None:
        y = 780
        for k in range(3):
            c.drawString(72, y, "Đề nghị các cơ quan, đơn vị phối hợp triển khai thực hiện kế hoạch này đúng" if k < 2
                         else "thời hạn./.")
            y -= 18
        for line in ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Văn Bình"):
            y -= 18
            if line:
                c.drawString(360, y, line)
        c.showPage()
        c.setFont("LibSerif", 12)
        c.drawString(72, 780, "PHÂN CÔNG NHIỆM VỤ CỦA CÁC THÀNH VIÊN TỔ KIỂM TRA LIÊN NGÀNH TỈNH")
        c.drawString(72, 762, "(Kèm theo Kế hoạch của Sở Công Thương)")

    f = tmp_path / "two-pages.pdf"
    f.write_bytes(_pdf_page(draw))
    text = read_document(f).text
    name = [ln for ln in text.splitlines() if "Trần Văn Bình" in ln]
    assert name == ["Trần Văn Bình"], name
    assert any(ln.startswith("PHÂN CÔNG NHIỆM VỤ") for ln in text.splitlines())
