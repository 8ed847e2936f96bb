"""OCR of scanned pages: a real seed document rendered by the scan simulator, OCR'd through
``extract_file``, must give the gold number, date and type with page/bbox provenance; the
post-OCR repairs on the damage tesseract really does to Vietnamese; images with no text,
decompression bombs, a sideways page and a multi-page TIFF.

Kept fast: one full page at 200 dpi and a few small crops are OCR'd in all."""

from __future__ import annotations

import io
import json
import struct
import unicodedata
import zlib
from pathlib import Path

import pytest
from corpus_files import corpus_tool, needs_fonts

from pipeline.ingest import IngestError, read_document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "seeds" / "003_39920a9ddc44240f.txt"  # the seed with a full header


def _tesseract_reason() -> str | None:
    try:
        from pipeline.ocr import check_tesseract

        check_tesseract()
    except IngestError as e:
        return str(e)
    return None


_MISSING = _tesseract_reason()
needs_ocr = pytest.mark.skipif(_MISSING is not None, reason=f"OCR unavailable: {_MISSING}")


def _make():
    return corpus_tool("scans")


@pytest.fixture(scope="module")
def first_page():
    """Page 1 of the seed document as the simulator scans it (200 dpi, skewed, noisy)."""
    pages, style = _make().render_document(SEED.read_text(encoding="utf-8"), SEED.stem, dpi=200,
                                           max_pages=1)
    return pages[0], style


@pytest.fixture(scope="module")
def scanned(first_page, tmp_path_factory):
    page, style = first_page
    path = tmp_path_factory.mktemp("scan") / "seed.png"
    page.save(path, "PNG", dpi=(style.dpi, style.dpi))
    return path


def _gold() -> dict:
    return json.loads(SEED.with_name(SEED.stem + ".gold.json").read_text(encoding="utf-8"))


# --- end to end -----------------------------------------------------------------------------


@needs_ocr
def test_scanned_seed_page_gives_gold_header_fields(scanned, first_page):
    from pipeline.extractor import extract_file

    rec = extract_file(scanned).model_dump(mode="json")
    gold = _gold()
    assert rec["source"]["format"] == "png" and rec["source"]["encoding"] == "ocr"
    for field in ("number", "date", "doc_type"):
        assert rec[field] == gold[field], field
    prov = rec["provenance"]["number"]
    assert prov["page"] == 1
    x0, y0, x1, y1 = prov["bbox"]
    w, h = first_page[0].size
    # the number sits in the left column of the header, in the top fifth of the page
    assert 0 <= x0 < x1 <= w / 2 + 50 and 0 <= y0 < y1 <= h / 5
    assert 0 < prov["ocr_confidence"] <= 1


@needs_ocr
def test_ocr_text_is_nfc_and_words_match_their_spans(scanned):
    from pipeline.ocr.repair import has_detached_marks

    ing = read_document(scanned)
    assert ing.text == unicodedata.normalize("NFC", ing.text)
    assert not has_detached_marks(ing.text)
    assert len(ing.words) > 100
    for w in ing.words:
        word = ing.text[w.start : w.end]
        assert word and not any(c.isspace() for c in word)
        assert w.page == 1 and 0 <= w.conf <= 1 and w.bbox[0] <= w.bbox[2] and w.bbox[1] <= w.bbox[3]
    # the two header columns come out as separate lines: the issuer never runs into the motto
    lines = ing.text.split("\n")
    assert any(ln.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") for ln in lines)
    assert not any("UBND" in ln and "CỘNG HÒA" in ln for ln in lines)


# --- repairs --------------------------------------------------------------------------------


def _words(text: str):
    from pipeline.ocr.layout import OcrWord

    return [OcrWord(t, (i * 50.0, 0.0, i * 50.0 + 40, 20.0), 0.9) for i, t in enumerate(text.split(" "))]


def _repair(text: str) -> str:
    from pipeline.ocr.repair import repair_line

    return " ".join(w.text for w in repair_line(_words(text)))


def test_detached_diacritic_is_attached_and_composed():
    # tesseract boxes a tone mark apart: "Quyết" read as "Quyê" + "́t"
    out = _repair("Quyê \u0301t định")
    assert out == "Quyết định"
    from pipeline.ocr.repair import has_detached_marks

    assert has_detached_marks("Quyê \u0301t") and not has_detached_marks(out)
    # decomposed input comes out composed
    assert _repair(unicodedata.normalize("NFD", "Hạnh phúc")) == "Hạnh phúc"


def test_detached_mark_goes_to_the_vowel_that_can_take_it():
    from pipeline.ocr.repair import has_detached_marks

    # after a comma the mark cannot sit on the word before: the next word's vowel takes it
    assert _repair("tỉnh, \u0301 ông") == "tỉnh, ống"
    # a circumflex neither side can carry (a comma, a "C") is a speck, not a letter
    out = _repair("UBND tỉnh, \u0302 CVP, PCVP")
    assert out == "UBND tỉnh, CVP, PCVP" and not has_detached_marks(out)
    # a second tone on a toned vowel is not Vietnamese either
    assert _repair("Hà \u0301 Nội") == "Hà Nội"


def test_merged_mark_keeps_the_union_box():
    from pipeline.ocr.repair import repair_line

    out = repair_line(_words("Ba \u0300 đình"))
    assert [w.text for w in out] == ["Bà", "đình"]
    assert out[0].box == (0.0, 0.0, 90.0, 20.0)


def test_number_line_misreads():
    assert _repair("S6: 02/BCĐXDXHHT") == "Số: 02/BCĐXDXHHT"
    assert _repair("Sô: 141/KH-UBND") == "Số: 141/KH-UBND"
    # only the word that opens a line: "sổ" inside a sentence is a word
    assert _repair("ghi vào Sổ: theo dõi") == "ghi vào Sổ: theo dõi"


def test_dash_and_time_prime():
    assert _repair("năm học 2025 — 2026") == "năm học 2025 – 2026"
    assert _repair("lúc 13h30' ngày 02/10/2023") == "lúc 13h30’ ngày 02/10/2023"
    assert _repair('từ 7h30" đến 11h00') == "từ 7h30’ đến 11h00"


def test_headings_respelled_from_the_lexicons():
    assert _repair("KÉ HOẠCH") == "KẾ HOẠCH"
    assert _repair("CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert _repair("III. TỐ CHỨC THỰC HIỆN") == "III. TỔ CHỨC THỰC HIỆN"
    assert _repair("Nơi nhân:") == "Nơi nhận:"
    # a body line that only looks like a heading is left alone
    assert _repair("Các nội dung khác") == "Các nội dung khác"


def test_glued_list_number_split_off():
    from pipeline.ocr.repair import repair_line

    out = repair_line(_words("I.MỤC ĐÍCH, YÊU CẦU"))
    assert [w.text for w in out] == ["I.", "MỤC", "ĐÍCH,", "YÊU", "CẦU"]
    assert out[0].box[2] <= out[1].box[0]


# --- bad input ------------------------------------------------------------------------------


@needs_ocr
def test_image_without_text_is_empty(tmp_path):
    from PIL import Image

    p = tmp_path / "blank.png"
    Image.new("L", (600, 800), 250).save(p)
    with pytest.raises(IngestError) as e:
        read_document(p)
    assert e.value.kind == "empty"


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def test_decompression_bomb_is_refused(tmp_path):
    p = tmp_path / "bomb.png"
    p.write_bytes(_png_claiming(100_000, 100_000))
    with pytest.raises(IngestError) as e:
        read_document(p)
    assert e.value.kind == "image-too-large"


def test_damaged_image_is_corrupt(tmp_path):
    p = tmp_path / "cut.png"
    buf = io.BytesIO()
    from PIL import Image

    Image.new("L", (200, 200), 255).save(buf, "PNG")
    p.write_bytes(buf.getvalue()[:40])
    with pytest.raises(IngestError) as e:
        read_document(p)
    assert e.value.kind in ("corrupt", "missing-ocr")


# --- geometry -------------------------------------------------------------------------------


@needs_ocr
def test_sideways_page_is_turned_upright_and_tiff_pages_kept(first_page, tmp_path):
    """The header of the page, turned 90° (OSD finds it), then a second TIFF frame upright."""
    from PIL import Image

    page, style = first_page
    header = page.crop((0, 0, page.width, page.height // 5))
    frames = [header.transpose(Image.Transpose.ROTATE_90), header]
    p = tmp_path / "two.tif"
    frames[0].save(p, "TIFF", save_all=True, append_images=frames[1:], dpi=(style.dpi, style.dpi))
    ing = read_document(p)
    assert ing.format == "tiff" and len(ing.pages) == 2
    first, second = ing.text[: ing.pages[1]], ing.text[ing.pages[1] :]
    for part in (first, second):
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in part and "ngày 25 tháng 9 năm 2020" in part
    assert {w.page for w in ing.words} == {1, 2}
    # boxes of the sideways page are in its own (rotated) pixels: tall, narrow image
    rw, rh = frames[0].size
    assert all(w.bbox[2] <= rw and w.bbox[3] <= rh for w in ing.words if w.page == 1)


# --- closing block (Nơi nhận | signature side by side) ------------------------------------

H = 40.0  # line height of the synthetic pages, pixels


def _line(text: str, x: float, y: float, key: tuple[int, int, int], *, gap: float = 12.0):
    """A tesseract line of ``text`` starting at ``x`` (top ``y``): 20 px a character."""
    from pipeline.ocr.layout import Line, OcrWord

    words = []
    for t in text.split():
        words.append(OcrWord(t, (x, y, x + 20.0 * len(t), y + H), 0.9))
        x += 20.0 * len(t) + gap
    return Line(words, key)


def _page_text(lines) -> list[str]:
    from pipeline.ocr.layout import paragraphs

    out = []
    for para in paragraphs(lines, column_gap=2.2, row_gap=0.8, closing_cues=("Nơi nhận",)):
        out.extend(" ".join(w.text for w in ln) for ln in para.lines)
        out.append("")
    return out[:-1]


def _closing_page(extra_left: list[str] = (), after: list[str] = ()):
    """A body line, then the closing: the list at x=100, the signature centred at x≈1300
    (its first row on the cue's row, the name under the room for the signature), then
    ``after``, full-width body lines."""
    left = ["Nơi nhận:", "- Như trên;", "- Sở Tài chính;", *extra_left, "- Lưu: VT."]
    lines = [_line("Trên đây là kế hoạch của Ủy ban nhân dân xã về việc tổ chức thực hiện.", 100, 100, (1, 1, 1))]
    y = 200.0
    for k, t in enumerate(left):
        lines.append(_line(t, 100, y, (2, 1, k + 1)))
        y += 1.3 * H
    bottom = y
    for k, (t, y) in enumerate((("KT. CHỦ TỊCH", 200.0), ("PHÓ CHỦ TỊCH", 200 + 1.3 * H),
                                ("Nguyễn Văn An", 200 + 5.5 * H))):
        lines.append(_line(t, 1300 - 10 * len(t), y + 3, (3, 1, k + 1)))  # tesseract's own block
        bottom = max(bottom, y + H)
    y = bottom + 1.5 * H
    for k, t in enumerate(after):
        lines.append(_line(t, 100, y, (4, 1, k + 1)))
        y += 1.3 * H
    return lines


def test_closing_block_is_read_column_by_column():
    lines = _page_text(_closing_page(after=["Phụ lục I", "Danh mục các văn bản quy phạm pháp luật được ban hành kèm theo"]))
    k = lines.index("Nơi nhận:")
    assert lines[k:] == [
        "Nơi nhận:", "- Như trên;", "- Sở Tài chính;", "- Lưu: VT.", "",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",  # the room for the signature
        "Nguyễn Văn An", "",
        "Phụ lục I", "Danh mục các văn bản quy phạm pháp luật được ban hành kèm theo",
    ]


def test_closing_item_wrapped_by_its_cell_is_rejoined():
    # the cell ends at the gutter: a full line whose item goes on below, without a marker
    lines = _page_text(_closing_page(extra_left=["- VPCP: BTCN, các Vụ: KTTH, QHĐP,", "TH, Cổng TTĐT;"]))
    assert "- VPCP: BTCN, các Vụ: KTTH, QHĐP, TH, Cổng TTĐT;" in lines
    assert lines.index("Nguyễn Văn An") > lines.index("- Lưu: VT.")


def test_closing_with_signature_below_the_list_keeps_its_order():
    from pipeline.ocr.layout import closing_zone, rows

    page = _closing_page()
    # the signature printed under the list, not beside it
    for ln in page:
        if ln.x0 > 600:
            for w in ln.words:
                w.box = (w.box[0], w.box[1] + 400, w.box[2], w.box[3] + 400)
    sorted_lines = rows(page)
    i = next(k for k, ln in enumerate(sorted_lines) if ln.words[0].text == "Nơi")
    assert closing_zone(sorted_lines, i, H, ("Nơi nhận",)) is None


def test_closing_end_to_end_gives_signer_and_recipients():
    """The OCR layout's text of a side-by-side closing extracts like the plain text."""
    from pipeline.extractor import extract_text

    head = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 12/KH-UBND\n\nAn Bình, ngày 02 tháng 3 năm 2025\n\nKẾ HOẠCH\n\nTổ chức ngày hội đọc sách\n\n"
            "1. Ủy ban nhân dân xã chủ trì tổ chức ngày hội.\n\n")
    text = head + "\n".join(_page_text(_closing_page())[2:])
    rec = extract_text(text).model_dump(mode="json")
    assert rec["signer"] == {"name": "Nguyễn Văn An", "position": "Phó Chủ tịch", "authority": "KT."}
    assert rec["recipients"] == ["Sở Tài chính"]


def test_word_pieces_are_glued_and_specks_dropped():
    from pipeline.ocr.layout import OcrWord, glue_fragments
    from pipeline.ocr.repair import repair_line

    pieces = [OcrWord("Hồ", (0, 0, 60, 40), 0.9), OcrWord("N", (75, 0, 100, 40), 0.8),
              OcrWord("guyê", (102, 0, 190, 40), 0.9), OcrWord("n", (193, 0, 210, 40), 0.7),
              OcrWord("Thảo", (225, 0, 320, 40), 0.9)]
    out = glue_fragments(pieces, 0.12 * H)
    assert [w.text for w in out] == ["Hồ", "Nguyên", "Thảo"]
    assert out[1].box == (75, 0, 210, 40) and out[1].conf == 0.7
    # punctuation is never glued: "(b/c);" stays apart from the word before it
    assert len(glue_fragments([OcrWord("tỉnh", (0, 0, 80, 40), 0.9), OcrWord("(b/c);", (82, 0, 160, 40), 0.9)], 5)) == 2
    assert repair_line(_words(":")) == [] and repair_line(_words("; ;")) == []
    assert [w.text for w in repair_line(_words("-"))] == ["-"]  # an empty list item of a form


def test_simulator_prints_every_closing_side_by_side():
    make = _make()
    body = ["Nội dung.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An", "",
            "PHỤ LỤC", "Mẫu báo cáo", "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "(Họ và tên, ký, đóng dấu)"]
    assert [c[0] for c in make._closings(body)] == [1, 9]


def test_capital_word_without_marks_respelled_from_the_same_document():
    from pipeline.ocr.repair import respell_from_document

    text = "BỘ TÀI CHÍNH\nCỤC THUE\n\nNgày 01/7/2025, Cục Thuế đã có công điện. Cục Thuế đề nghị. Người thuê nhà."
    out = respell_from_document(text)
    assert out.split("\n")[1] == "CỤC THUẾ" and len(out) == len(text)
    # only words that lost every mark, in all-capital lines, and only with one spelling seen
    assert respell_from_document("Cục Thue báo cáo. Cục Thuế.") == "Cục Thue báo cáo. Cục Thuế."
    amb = "CỤC THUE\nCục Thuế; Cục Thuê."
    assert respell_from_document(amb) == amb


def test_paragraph_ends_at_a_tall_gap_and_header_column_needs_alignment():
    # the number block, then after a paragraph's space the first body line, all one tesseract
    # paragraph: the body line must not run on under the V/v line
    lines = [
        _line("Số: 12/KH-UBND", 300, 100, (1, 1, 1)),
        _line("V/v tổ chức ngày hội", 260, 100 + 1.3 * H, (1, 1, 2)),
        _line("Hà", 220, 100 + 3.2 * H, (1, 1, 3)),
        _line("Nội, ngày 03 tháng 12 năm 2025 của các cơ quan đơn vị trên địa bàn", 100, 100 + 4.5 * H, (1, 1, 4)),
    ]
    text = _page_text(lines)
    assert text[:2] == ["Số: 12/KH-UBND", "V/v tổ chức ngày hội"] and text[2] == ""


def test_place_wrapped_above_the_date_across_a_blank_line():
    from pipeline.extractor import extract_text

    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 12/KH-UBND\n\nHà\n\nNội, ngày 02 tháng 3 năm 2025\n\nKẾ HOẠCH\n\nTổ chức ngày hội đọc sách\n")
    rec = extract_text(text).model_dump(mode="json")
    assert rec["place"] == "Hà Nội" and rec["date"]["iso"] == "2025-03-02"


CLOSING_DOC = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/KH-UBND

An Bình, ngày 02 tháng 3 năm 2025

KẾ HOẠCH

Tổ chức ngày hội đọc sách năm 2025

Ủy ban nhân dân xã xây dựng kế hoạch tổ chức ngày hội đọc sách như sau.

Nơi nhận:
- Phòng Văn hóa - Xã hội;
- Các trường học trên địa bàn xã;
- Ủy ban Mặt trận Tổ quốc Việt Nam xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Thị Ngọc Điệp
"""


@needs_ocr
def test_scanned_side_by_side_closing_gives_signer_and_recipients(tmp_path):
    """The simulator prints the closing as real documents do, list | signature; read back
    by OCR (the signature cell a second time on its own) it extracts like the plain text."""
    from pipeline.extractor import extract_file

    pages, style = _make().render_document(CLOSING_DOC, "closing-test", dpi=200, max_pages=1)
    assert len(pages) == 1
    path = tmp_path / "closing.png"
    pages[0].save(path, "PNG", dpi=(style.dpi, style.dpi))
    rec = extract_file(path).model_dump(mode="json")
    assert rec["signer"] == {"name": "Nguyễn Thị Ngọc Điệp", "position": "Phó Chủ tịch", "authority": "KT."}
    assert rec["recipients"] == ["Phòng Văn hóa - Xã hội", "Các trường học trên địa bàn xã",
                                 "Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


# --- page seams (a paragraph running on to the next page) ---------------------------------


def _row(text: str, x0: float, x1: float, y: float, key: tuple[int, int, int]):
    """A printed line of ``text`` spread from ``x0`` to ``x1`` (justified, or centred when the
    caller centres x0/x1)."""
    from pipeline.ocr.layout import Line, OcrWord

    words = text.split()
    width = (x1 - x0 - 12.0 * (len(words) - 1)) / sum(len(t) for t in words)
    out, x = [], x0
    for t in words:
        out.append(OcrWord(t, (x, y, x + width * len(t), y + H), 0.9))
        x += width * len(t) + 12.0
    return Line(out, key)


LEFT, RIGHT = 300.0, 1900.0


def _page(rows: list[tuple[str, float, float]]):
    """Page edges of body rows ``(text, x0, x1)`` set one under another."""
    from pipeline.ocr.layout import page_edges, paragraphs

    lines = [_row(t, a, b, 200 + k * 1.3 * H, (1, 1, k + 1)) for k, (t, a, b) in enumerate(rows)]
    return page_edges(paragraphs(lines, column_gap=2.2, row_gap=0.8), H)


BODY = [
    ("Ủy ban nhân dân xã xây dựng kế hoạch tổ chức các hoạt động hưởng ứng ngày hội", LEFT + 120, RIGHT),
    ("đọc sách năm 2025 trên địa bàn xã với các nội dung cụ thể như sau đây để các cơ", LEFT, RIGHT),
    ("quan, đơn vị và các trường học trên địa bàn xã tổ chức triển khai thực hiện tốt", LEFT, RIGHT),
]


def test_page_seam_joins_a_paragraph_wrapped_across_the_page_break():
    from pipeline.ocr.layout import page_seam

    wrapped_on = _page([("các nội dung của kế hoạch, bảo đảm thiết thực và hiệu quả.", LEFT, 1400.0)])
    assert page_seam(_page(BODY), wrapped_on) == "  "
    # a page that ends its sentence, or a next page that opens a paragraph (indented) or a
    # list item, keeps the blank line
    ended = _page(BODY[:2] + [(BODY[2][0] + ".", LEFT, RIGHT)])
    assert page_seam(ended, wrapped_on) == "\n\n"
    indented = _page([("Các nội dung của kế hoạch bảo đảm thiết thực và hiệu quả.", LEFT + 120, 1500.0)])
    assert page_seam(_page(BODY), indented) == "\n\n"
    item = _page([("- Các trường học trên địa bàn xã tổ chức ngày hội đọc sách.", LEFT, 1500.0)])
    assert page_seam(_page(BODY), item) == "\n\n"
    # a last line that stops short of the right margin ends its paragraph
    short = _page(BODY[:2] + [("quan, đơn vị và các trường học trên địa bàn", LEFT, 1100.0)])
    assert page_seam(short, wrapped_on) == "\n\n"


def test_page_seam_keeps_a_centred_title_one_paragraph():
    from pipeline.ocr.layout import page_seam

    mid = (LEFT + RIGHT) / 2
    title = [("QUYẾT ĐỊNH", mid - 150, mid + 150),
             ("VỀ VIỆC BAN HÀNH KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH VÀ", mid - 600, mid + 600)]
    rest = [("TRIỂN KHAI CÁC HOẠT ĐỘNG HƯỞNG ỨNG NĂM 2025", mid - 500, mid + 500),
            *BODY]
    assert page_seam(_page(BODY[:1] * 3 + title), _page(rest)) == " \n"
    # centred, but the next page's line is off the axis (an indented body line)
    assert page_seam(_page(BODY[:1] * 3 + title), _page(BODY)) == "\n\n"


def test_join_pages_puts_the_seam_in_place_of_the_blank_line():
    from pipeline.formats.pages import join_pages
    from pipeline.ingest import Word

    w = (Word(0, 3, 1, (0, 0, 1, 1), 0.9),)
    text, starts, words = join_pages([("một", w), ("hai", w)], ["  "])
    assert text == "một  hai" and starts == (0, 5) and words[1].start == 5
    with pytest.raises(ValueError):
        join_pages([("một", w), ("hai", w)], ["\n"])


@needs_ocr
def test_scan_with_a_paragraph_across_the_page_break_and_a_page_number(tmp_path):
    """The seed's body, its sentences printed as one long paragraph, runs from page 1 on to
    page 2, which has its number in the top margin: read back, the page break is a wrap (no
    blank line inside the paragraph) and the page number is not text."""
    body = " ".join(ln.strip() for ln in SEED.read_text(encoding="utf-8").split("Kính gửi:")[1].splitlines()
                    if ln.strip() and not ln.lstrip().startswith("-"))[:4000]
    text = CLOSING_DOC.split("Ủy ban nhân dân xã xây dựng")[0] + body + "\n"
    pages, style = _make().render_document(text, "seam-test", dpi=200, max_pages=2)
    assert len(pages) == 2
    path = tmp_path / "two.tif"
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], dpi=(style.dpi, style.dpi))
    ing = read_document(path)
    assert len(ing.pages) == 2
    assert ing.text[ing.pages[1] - 2 : ing.pages[1]] == "  "
    assert not any(ln.strip() == "2" for ln in ing.text.splitlines())
    words = ing.text[ing.pages[1] - 40 : ing.pages[1] + 40].split()
    assert " ".join(words) in " ".join(body.split())


@needs_ocr
@pytest.mark.parametrize("preset", [None, "3"])
def test_tesseract_runs_single_threaded_unless_the_user_says_otherwise(preset):
    """Each tesseract process inherits the pipeline's OpenMP limit (``rules/ocr.toml``
    ``threads``); a limit already in the environment is the user's and stays."""
    import os
    import subprocess
    import sys

    from pipeline.ocr import settings

    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    if preset:
        env["OMP_THREAD_LIMIT"] = preset
    code = ("import os; from pipeline.ocr import check_tesseract; check_tesseract(); "
            "print(os.environ.get('OMP_THREAD_LIMIT'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout.strip()
    assert out == (preset or str(settings()["tesseract"]["threads"]))


def _variables(config: str) -> dict[str, str]:
    flags = config.split()
    return dict(flags[i + 1].split("=", 1) for i, f in enumerate(flags) if f == "-c")


def test_inverted_text_pass_and_fixed_pitch_test_are_off_in_the_tesseract_flags():
    from pipeline.ocr import _config, settings

    assert settings()["tesseract"]["invert"] is False
    assert "--dpi 200" in _config(200) and "--psm 6" in _config(300, psm=6)
    for config in (_config(200), _config(300, psm=6)):  # the page call and the closing cell's
        assert _variables(config) == {
            "tessedit_do_invert": "0",
            "textord_disable_pitch_test": "1",
        }


@needs_fonts
def test_image_goes_to_tesseract_uncompressed_whatever_its_source(tmp_path, first_page):
    """The hand-off file is a raw TIFF with the page's exact pixels, also for a scan that
    arrived as a JPEG-compressed TIFF (PIL would re-compress it so, lossily)."""
    from PIL import Image, ImageChops

    from pipeline.ocr import _handoff

    page, _ = first_page
    src = tmp_path / "jpeg.tif"
    page.convert("L").save(src, compression="tiff_jpeg")
    with Image.open(src) as img:
        assert img.info.get("compression") == "jpeg"
        out = _handoff(img)
        dest = tmp_path / "handoff.tif"
        out.save(dest, format=out.format)  # what pytesseract does with it
        with Image.open(dest) as back:
            assert back.format == "TIFF" and back.info.get("compression") == "raw"
            assert ImageChops.difference(back.convert("L"), img.convert("L")).getbbox() is None


# --- deskew ---------------------------------------------------------------------------------

@needs_fonts
def test_skew_is_measured_and_levelled_on_a_simulated_scan(first_page):
    from pipeline.ocr.preprocess import level, skew_angle

    page, style = first_page
    angle = skew_angle(page.convert("L"))
    assert abs(angle - style.skew) <= 0.15  # the simulator turned the page by style.skew
    levelled, _ = level(page.convert("L"), angle)
    assert levelled.size == page.size
    assert abs(skew_angle(levelled)) <= 0.1


@pytest.mark.parametrize("angle", [-2.5, -0.7, 0.4, 1.5])
def test_level_map_sends_each_point_where_its_ink_went(angle):
    """Ink dots near the corners and the centre land, after ``level``, where its matrix says
    (provenance boxes go back through the inverse of that matrix)."""
    import numpy as np
    from PIL import Image

    from pipeline.ocr.preprocess import level

    w, h = 1600, 2200
    points = [(150, 170), (1450, 160), (140, 2050), (1440, 2030), (800, 1100)]
    arr = np.full((h, w), 255, np.uint8)
    for x, y in points:
        arr[y - 3:y + 4, x - 3:x + 4] = 0  # 7×7 dot centred on pixel (x, y)
    out, m = level(Image.fromarray(arr, "L"), angle)
    ink = np.asarray(out) < 128
    for x, y in points:
        cx, cy = x + 0.5, y + 0.5  # pixel centre
        ex = m[0][0] * cx + m[0][1] * cy + m[0][2]
        ey = m[1][0] * cx + m[1][1] * cy + m[1][2]
        win = ink[int(ey) - 12:int(ey) + 13, int(ex) - 12:int(ex) + 13]
        ys, xs = np.nonzero(win)
        assert len(xs) >= 30, f"dot at {(x, y)} lost"
        got = (xs.mean() + int(ex) - 12 + 0.5, ys.mean() + int(ey) - 12 + 0.5)
        assert abs(got[0] - ex) < 1.0 and abs(got[1] - ey) < 1.0, (x, y, got, (ex, ey))


# --- real-scan header: narrow column gap, handwritten blanks, seal ink --------------------


def _at(line, text: str, x: float):
    """``line`` (a tesseract Line) with ``text`` appended as words starting at ``x``."""
    more = _line(text, x, line.words[0].box[1], line.key)
    return type(line)(line.words + more.words, line.key)


def test_narrow_header_gap_is_split_where_the_row_below_splits():
    """The issuer's first line stands less than a line height from the Quốc hiệu (a real
    form's narrow cells); the row under them splits wide, and shows where the cut is."""
    # "SỞ XÂY DỰNG TỈNH" ends at x=396; the Quốc hiệu starts 30 px (0.75 line height) on
    row1 = _at(_line("SỞ XÂY DỰNG TỈNH", 100, 100, (1, 1, 1)), "CỘNG HÒA XÃ HỘI", 426)
    row2 = _at(_line("PHÒNG KẾ HOẠCH", 100, 100 + 1.2 * H, (1, 1, 2)), "Độc lập - Tự do", 900)
    from pipeline.ocr.layout import paragraphs

    def text(narrow: float) -> list[str]:
        paras = paragraphs([row1, row2], column_gap=2.2, row_gap=0.8, narrow_gap=narrow)
        return [" ".join(w.text for w in ln) for p in paras for ln in p.lines]

    assert text(0.5) == ["SỞ XÂY DỰNG TỈNH", "PHÒNG KẾ HOẠCH", "CỘNG HÒA XÃ HỘI", "Độc lập - Tự do"]
    assert text(0.0)[0] == "SỞ XÂY DỰNG TỈNH CỘNG HÒA XÃ HỘI"  # switched off: the old reading
    # a body line under a split row, its spaces all alike, is not cut
    body = _line("Căn cứ Luật Tổ chức chính quyền địa phương", 100, 100 + 2.4 * H, (2, 1, 1))
    paras = paragraphs([row2, body], column_gap=2.2, row_gap=0.8, narrow_gap=0.5)
    assert any(" ".join(w.text for w in ln) == "Căn cứ Luật Tổ chức chính quyền địa phương"
               for p in paras for ln in p.lines)


def _fill_cfg() -> dict:
    """The shipped ``[fillins]`` rules: the tests read the vote as configured."""
    from pipeline.ocr import settings

    return dict(settings()["fillins"])


def _reader(answers: dict):
    """A digit reader answering per blank kind: a (text, conf) pair for every view, or a list
    of them, one per view (None: nothing read). ``seen`` gets (kind, size) of each view
    read."""
    from pipeline.ocr.fillins import Reading

    seen: list[tuple[str, tuple[int, int]]] = []
    def read(views, kind):
        out = []
        for k, (img, scale) in enumerate(views):
            seen.append((kind, (round(img.width * scale), round(img.height * scale))))
            got = answers.get(kind)
            if isinstance(got, list):
                got = got[k] if k < len(got) else None
            out.append(Reading(*got) if got else None)
        return out

    return read, seen


def _inked(words) -> object:
    """A white page with two felt-pen-like strokes in each blank of the line (where the
    clerk's digits would be), so that the views of the blank's ink exist."""
    from PIL import Image, ImageDraw

    from pipeline.ocr.fillins import date_slots, number_slot

    img = Image.new("L", (2000, 400), 255)
    draw = ImageDraw.Draw(img)
    slot = number_slot(words, 0.25 * H)
    for s in [slot] if slot else date_slots(words, 0.25 * H):
        x0, x1 = s.box[0], s.box[2]
        if x1 - x0 < 12:
            continue
        mid = (x0 + x1) / 2
        for cx in (mid - 0.25 * (x1 - x0), mid + 0.15 * (x1 - x0)):
            draw.rectangle((cx - 3, 100 - 0.1 * H, cx + 3, 100 + 0.9 * H), fill=0)
    return img


def _mend(text: str, answers: dict, conf: float = 0.9) -> tuple[str, list]:
    from pipeline.ocr.fillins import FillStats, mend_line

    words = _line(text, 100, 100, (1, 1, 1)).words
    for w in words:
        w.conf = conf
    read, seen = _reader(answers)
    stats = FillStats(readings=[])
    out = mend_line(words, _inked(words), read, _fill_cfg(), H, stats)
    return " ".join(w.text for w in out), seen


def test_number_blank_junk_is_read_as_digits_or_left_blank():
    # junk where the number is handwritten: the views agree and their digits replace it;
    # every view of the blank is read (the crop at each scale, and its ink)
    text, seen = _mend("Số: 4† /QĐ-UBND", {"seq": ("47", 0.9)})
    assert text == "Số: 47 /QĐ-UBND" and len(seen) == len(_fill_cfg()["views"]) and seen[0][0] == "seq"
    # the crop is the room between "Số:" and the slash: the junk word (2 characters of 20 px)
    # and the gaps of 12 on either side, less a pixel at each end
    assert seen[0][1][0] == 2 * 20 + 2 * 12 - 2
    # agreeing but none sure enough, or not a number: a blank, never the junk
    assert _mend("Số: 4† /QĐ-UBND", {"seq": ("47", 0.1)})[0] == "Số: /QĐ-UBND"
    assert _mend("Số: 4† /QĐ-UBND", {"seq": ("47123", 0.95)})[0] == "Số: /QĐ-UBND"
    assert _mend("Số: 4† /QĐ-UBND", {})[0] == "Số: /QĐ-UBND"
    # glued to the symbol: the printed symbol stays
    assert _mend("Số: 4†/QĐ-UBND", {"seq": ("47", 0.9)})[0] == "Số: 47 /QĐ-UBND"
    # clean digits tesseract is sure of (print) are not re-read; unsure ones (handwriting
    # read as clean but wrong digits) are, and count as one vote
    text, seen = _mend("Số: 86 /QĐ-UBND", {"seq": ("11", 0.99)})
    assert text == "Số: 86 /QĐ-UBND" and not seen
    assert _mend("Số: 88 /QĐ-UBND", {"seq": ("89", 0.9)}, conf=0.42)[0] == "Số: 89 /QĐ-UBND"
    # both unsure but agreeing (a printed number glued to its symbol on a noisy scan): kept
    assert _mend("Số: 02/BCĐ", {"seq": ("02", 0.4)}, conf=0.41)[0] == "Số: 02/BCĐ"


def test_one_sure_reading_is_no_vote_and_a_split_vote_is_a_blank():
    """Tesseract is often sure of a misread handwritten digit: a value stands only when
    several views agree and clearly outnumber the others."""
    from pipeline.ocr.fillins import Reading, choose

    cfg = _fill_cfg()
    # one view, however sure, against silence: a blank
    assert _mend("Số: 4† /QĐ", {"seq": [("50", 0.99)]})[0] == "Số: /QĐ"
    # views split between two values: a blank, whichever leads
    split = [("47", 0.9), ("41", 0.9)] * 4
    assert _mend("Số: 4† /QĐ", {"seq": split})[0] == "Số: /QĐ"
    # a clear majority stands
    assert _mend("Số: 4† /QĐ", {"seq": [("47", 0.9), ("47", 0.2), ("41", 0.8), ("47", 0.5)]})[0] == "Số: 47 /QĐ"
    # a reading outside the grammar cannot win, and still counts against the others
    assert _mend("Hà Nội, ngày 0ÿ tháng 02 năm 2025",
                 {"day": [("103", 0.8), ("03", 0.85), ("03", 0.5), ("03", 0.6)]})[0] == \
        "Hà Nội, ngày 03 tháng 02 năm 2025"
    assert choose([Reading("4", 0.9)] * 3 + [Reading("47", 0.9)] * 2, "seq", cfg) is None
    # fewer digits than the ink holds: a digit was dropped (a crossed 7 lost), a blank
    assert choose([Reading("4", 0.9)] * 4, "seq", cfg, digits=(2, 4)) is None
    assert choose([Reading("47", 0.9)] * 4, "seq", cfg, digits=(2, 4)) == Reading("47", 0.9)
    # an empty blank stays empty; a line that is not the number line is untouched
    assert _mend("Số: /QĐ-UBND", {"seq": None})[0] == "Số: /QĐ-UBND"
    assert _mend("Sổ tay hướng dẫn 4† /trang", {"seq": ("47", 0.9)})[0] == "Sổ tay hướng dẫn 4† /trang"


def test_blank_ink_keeps_glued_digits_whole_and_leaves_print_out():
    """The ink of a blank from the page: a component is the blank's when its middle lies in
    the box, so a digit the box cuts is kept whole and a printed letter the box grazes is
    left out; the bar over a digit comes along, a speck does not."""
    import numpy as np
    from PIL import Image, ImageDraw

    from pipeline.ocr.ink import blank_ink, digit_count, ink_view

    cfg = _fill_cfg()
    h = 60.0  # line height
    img = Image.new("L", (600, 300), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((180, 110, 200, 150), fill=0)  # a printed letter whose right edge the box grazes
    d.rectangle((215, 95, 225, 150), fill=0)  # a digit stroke the box's left edge cuts in two
    d.rectangle((250, 95, 260, 150), fill=0)  # a second digit, in two pieces (a pen lift) ...
    d.rectangle((244, 120, 266, 124), fill=255)
    d.rectangle((244, 121, 266, 123), fill=0)  # ... crossed by a bar that touches neither
    d.rectangle((290, 130, 292, 132), fill=0)  # a speck
    d.rectangle((330, 110, 350, 150), fill=0)  # the next printed word, outside the box
    ink = blank_ink(img, (198, 100, 300, 150), h, cfg)
    assert ink is not None
    # the mask runs from the cut digit's left edge to the bar's right end, the letters and
    # the speck left out
    assert ink.mask.shape[1] == 266 - 215 + 1
    assert ink.mask[:, 0].any() and ink.mask[:, -1].any()
    assert ink.mask.sum() == 11 * 56 + 11 * 25 + 11 * 26 + 23 * 3
    # the second digit's two pieces overlap: one group, two digits in all
    assert len(ink.spans) == 3 and digit_count(ink, cfg)[0] == 2
    view = ink_view(ink, 0.0, 40, h, pad=0)  # scaled to 40 px high, the ink on white
    assert view.height == 40 and np.asarray(view).min() == 0 and np.asarray(view).max() == 255
    thin = ink_view(ink, 2 / h, None, h, pad=0)  # strokes thinned by 2 px a side
    assert (np.asarray(thin)[45] == 0).sum() == 2 * (11 - 4)
    # two digits that touch make one wide group: still at least two digits
    img2 = Image.new("L", (600, 300), 255)
    ImageDraw.Draw(img2).rectangle((220, 100, 290, 150), fill=0)
    wide = blank_ink(img2, (200, 100, 300, 150), h, cfg)
    assert wide is not None and digit_count(wide, cfg)[0] == 2
    # a blank with no ink
    assert blank_ink(Image.new("L", (600, 300), 255), (200, 100, 300, 150), h, cfg) is None


def test_date_blank_keeps_month_year_and_place_when_the_day_is_lost():
    from pipeline.extract.header import extract_date_place
    from pipeline.provenance import Prov
    from pipeline.segment import segment

    text, _ = _mend("Hà Nội, ngày -{ệ tháng 01 năm 2025", {})
    assert text == "Hà Nội, ngày tháng 01 năm 2025"
    doc = segment(f"BỘ TƯ PHÁP\nSố: 12/QĐ-BTP\n{text}\n\nQUYẾT ĐỊNH\nVề việc thử\n")
    date, place = extract_date_place(doc, Prov())
    assert place == "Hà Nội"
    assert date["iso"] is None and date["day"] is None and (date["month"], date["year"]) == (1, 2025)
    # read alike by the views and fitting a day: filled in; a "day" of 44 is not one
    assert _mend("Hà Nội, ngày 4Ề tháng 01 năm 2025", {"day": ("16", 0.8)})[0] == \
        "Hà Nội, ngày 16 tháng 01 năm 2025"
    assert _mend("Hà Nội, ngày 4Ề tháng 01 năm 2025", {"day": ("44", 0.99)})[0] == \
        "Hà Nội, ngày tháng 01 năm 2025"
    # glued to both printed words (the page holds two digits' ink there: one digit read is
    # one dropped)
    text, seen = _mend("Hà Nội, ngày0ÿtháng 02 năm 2025", {"day": ("05", 0.9)})
    assert text == "Hà Nội, ngày 05 tháng 02 năm 2025" and {k for k, _ in seen} == {"day"}
    assert _mend("Hà Nội, ngày0ÿtháng 02 năm 2025", {"day": ("5", 0.9)})[0] == "Hà Nội, ngày tháng 02 năm 2025"
    # a handwritten month is a blank of its own
    assert _mend("Hà Nội, ngày 05 tháng đ† năm 2025", {"month": ("07", 0.9)})[0] == \
        "Hà Nội, ngày 05 tháng 07 năm 2025"
    # a date cited in running text is no blank: left as it is, nothing read
    text, seen = _mend("Căn cứ Kế hoạch số 24/KH-UBND ngày 1ÿ tháng 8 năm 2025 của", {"day": ("14", 0.9)})
    assert text.startswith("Căn cứ Kế hoạch số 24/KH-UBND ngày 1ÿ tháng") and not seen
    text, seen = _mend("Căn cứ Luật ngày 1ÿ tháng 8 năm 2025", {"day": ("14", 0.9)})
    assert "1ÿ" in text and not seen
    # the place's comma lost: still the date line
    assert _mend("Hà Nội ngày -{ệ tháng 01 năm 2025", {})[0] == "Hà Nội ngày tháng 01 năm 2025"
    # a printed date is left as it is, nothing read
    text, seen = _mend("Hà Nội, ngày 16 tháng 01 năm 2025", {"day": ("11", 0.99)})
    assert text == "Hà Nội, ngày 16 tháng 01 năm 2025" and not seen


def test_red_seal_ink_is_whitened_and_print_under_it_kept():
    import numpy as np
    from PIL import Image, ImageDraw

    from pipeline.ocr.preprocess import drop_seal_ink, to_gray

    img = Image.new("RGB", (800, 800), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((200, 200, 600, 600), outline=(210, 40, 60), width=18)  # the seal's ring
    d.rectangle((100, 390, 700, 410), fill=(20, 20, 25))  # a printed line across it
    d.rectangle((100, 100, 300, 120), fill=(30, 30, 140))  # blue pen
    gray = to_gray(img)
    out = np.asarray(drop_seal_ink(img, gray, 70, 40))
    assert out[210, 400] == 255 and np.asarray(gray)[210, 400] < 128  # ring gone
    assert out[400, 205] < 60  # print where the ring crosses it stays
    assert out[110, 200] < 128  # blue ink is not seal ink
    # a page without red is returned as it was
    plain = Image.new("RGB", (400, 400), "white")
    assert drop_seal_ink(plain, to_gray(plain), 70, 40) is not None


def test_line_of_tiny_unsure_marks_is_dropped_and_short_words_kept():
    from pipeline.ocr import _mark_line
    from pipeline.ocr.layout import Line, OcrWord

    def line(*words):
        return Line([OcrWord(t, (x, 100, x + 20, 100 + hgt), c) for t, x, hgt, c in words], (1, 1, 1))

    assert _mark_line(line((".A", 100, 12, 0.3), ("`", 300, 11, 0.96), ("Ẩ", 500, 24, 0.39)), 50, 0.5)
    assert not _mark_line(line(("ra", 100, 30, 0.95)), 50, 0.5)  # x-height: a word
    assert not _mark_line(line(("a", 100, 20, 0.95), ("b", 200, 20, 0.9)), 50, 0.5)  # read surely
    assert not _mark_line(line(("......", 100, 8, 0.4)), 50, 0.5)  # a row of dots: a blank


def _stamp_cfg() -> dict:
    return {"cues": ["công văn đến", "văn bản đến", "đến"],
            "labels": ["số", "ngày", "chuyển", "lưu hồ sơ", "giờ"], "zone": 0.5}


def test_incoming_stamp_is_taken_out_of_the_page_and_read():
    from pipeline.ocr.layout import rows
    from pipeline.ocr.stamps import find_stamp, without_stamp

    y = 100.0
    lines = [_at(_line("BỘ TÀI CHÍNH", 100, y, (1, 1, 1)), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 900),
             _at(_line("Số: 15/TB-BTC", 100, y + 1.3 * H, (1, 1, 2)), "Hà Nội, ngày 3 tháng 4 năm 2024", 900)]
    # the receiving office's stamp, under the header's left column
    y = 300.0
    for k, t in enumerate(["UBND HUYỆN AN PHÚ", "CÔNG VĂN ĐẾN", "Số: 1234", "Ngày: 12/4/2024",
                           "Chuyển: VP"]):
        lines.append(_line(t, 120, y + k * 1.2 * H, (2, 1, k + 1)))
    lines.append(_line("THÔNG BÁO", 800, 600, (3, 1, 1)))
    lines.append(_line("Về việc kiểm tra", 700, 600 + 1.3 * H, (3, 1, 2)))
    stamp = find_stamp(rows(lines), H, 3000, _stamp_cfg())
    assert stamp is not None
    assert (stamp.number, stamp.date, stamp.office) == ("1234", "2024-04-12", "UBND HUYỆN AN PHÚ")
    left = [" ".join(w.text for w in ln.words) for ln in without_stamp(lines, stamp)]
    assert not any("1234" in t or "ĐẾN" in t or "AN PHÚ" in t or "Chuyển" in t for t in left)
    assert any(t.startswith("Số: 15/TB-BTC") for t in left) and "Về việc kiểm tra" in left
    # unreadable handwriting in the stamp: null, never junk
    lines[4] = _line("Số: ‡{]", 120, 300 + 2 * 1.2 * H, (2, 1, 3))
    lines[5] = _line("Ngày: {4/…", 120, 300 + 3 * 1.2 * H, (2, 1, 4))
    stamp = find_stamp(rows(lines), H, 3000, _stamp_cfg())
    assert stamp is not None and stamp.number is None and stamp.date is None


def test_the_word_den_in_running_text_is_no_stamp():
    from pipeline.ocr.layout import rows
    from pipeline.ocr.stamps import find_stamp

    lines = [_line("Về việc triển khai kế hoạch từ năm 2020 đến", 300, 300, (1, 1, 1)),
             _line("năm 2025 trên địa bàn", 600, 300 + 1.2 * H, (1, 1, 2)),
             _line("Số lượng đơn vị tham gia", 300, 300 + 2.4 * H, (1, 1, 3))]
    assert find_stamp(rows(lines), H, 3000, _stamp_cfg()) is None


def test_capital_restored_under_a_heading_when_both_cases_look_alike():
    from pipeline.ocr.repair import recase_after_heading

    def lines(*texts):
        return [_line(t, 100, 100 + 50 * k, (1, 1, k + 1)).words for k, t in enumerate(texts)]

    def text(ls):
        return [" ".join(w.text for w in ln) for ln in recase_after_heading(ls)]

    assert text(lines("QUYẾT ĐỊNH", "về việc công nhận", "về trật tự")) == \
        ["QUYẾT ĐỊNH", "Về việc công nhận", "về trật tự"]
    # a letter whose cases differ in shape is read right by tesseract: left alone
    assert text(lines("KẾ HOẠCH", "thực hiện năm 2025"))[1] == "thực hiện năm 2025"
    # under a line in mixed case: a wrapped sentence, left alone
    assert text(lines("Căn cứ Luật Tổ chức", "về việc ban hành"))[1] == "về việc ban hành"


@needs_ocr
def test_digit_views_are_read_in_one_run_each_in_its_place():
    """All views of a blank go to one tesseract run (a list file of images): each reading
    comes back in its view's place, a view with no ink gives None, and a view's scale is
    applied before reading."""
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.ocr import _read_digits

    font = ImageFont.load_default(size=48)

    def digits(text: str) -> Image.Image:
        img = Image.new("L", (40 + 32 * len(text), 80), 255)
        ImageDraw.Draw(img).text((20, 10), text, fill=0, font=font)
        return img

    views = [(digits("47"), 1.0), (Image.new("L", (120, 80), 255), 1.0), (digits("305"), 1.0),
             (digits("12").resize((40, 40)), 2.0)]
    got = _read_digits(views, 300)
    assert len(got) == 4 and got[1] is None
    assert [r.text if r else None for r in (got[0], got[2], got[3])] == ["47", "305", "12"]
    assert all(0.0 <= r.conf <= 1.0 for r in got if r)
