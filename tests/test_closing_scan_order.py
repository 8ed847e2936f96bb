"""The closing as a scan's text orders it: the two columns read one after the other, the
signature's position set apart from the name by the Nơi nhận list; a transcription's labelled
signature field, bare or in brackets; the archive item run on after the last item (synthetic documents, invented
names)."""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text

_HEAD = (
    "TRƯỜNG ĐẠI HỌC HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 147/KH-ĐHHA\nHà An, ngày 06 tháng 5 năm 2026\n\nKẾ HOẠCH\nTổ chức tuần sinh hoạt công dân\n\n"
    "I. MỤC ĐÍCH\nNâng cao nhận thức của sinh viên.\n\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Công tác Sinh viên chủ trì, tổng hợp kết quả, báo cáo Hiệu trưởng.\n\n"
)

# the position read before the list (the right column's first line above the left column)
_POSITION_ABOVE = "Trân trọng./.\n\nHIỆU TRƯỞNG\n\nNơi nhận:\n- Như trên;\n- Khoa Sau đại học;\n- Lưu: VT, CTSV.\n\nTrần Văn Bình\n"
# … or right under the list's label
_POSITION_BELOW = "Nơi nhận:\nHIỆU TRƯỞNG\n- Các đơn vị trong trường, Lưu: VT, PCTSV\n\nTrần Văn Bình\n"


@pytest.mark.parametrize("closing", [_POSITION_ABOVE, _POSITION_BELOW])
def test_the_position_set_apart_from_the_name_by_the_list_is_the_signers(closing: str) -> None:
    r = extract_text(_HEAD + closing)
    assert (r.signer.name, r.signer.position) == ("Trần Văn Bình", "Hiệu trưởng")
    assert "HIỆU TRƯỞNG" not in r.recipients and not any("Lưu" in x for x in r.recipients)


def test_the_archive_item_run_on_after_a_comma_ends_the_list() -> None:
    r = extract_text(_HEAD + _POSITION_BELOW)
    assert r.recipients == ["Các đơn vị trong trường"]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize("field", ["signature: Lê Thị Hoa", "[signature: Lê Thị Hoa]", "(Chữ ký: Lê Thị Hoa)"])
def test_a_labelled_signature_field_between_position_and_name(field: str, gap: str) -> None:
    # (the field bare, or in brackets of its own as a transcription tool writes it; the lines
    # set apart by blank lines, or not — a page export writes none: the field, in small
    # letters, is no wrapped rest of the position above it)
    closing = (f"Nơi nhận:\n- Như trên;\n- VP. Đoàn trường;\n- Lưu: CTSV.{gap}**TRƯỞNG PHÒNG**{gap}"
               f"{field}{gap}**Lê Thị Hoa**\n")
    r = extract_text(_HEAD + closing)
    assert (r.signer.name, r.signer.position) == ("Lê Thị Hoa", "Trưởng phòng")


def test_a_nameless_block_before_an_appended_documents_header_is_the_signature() -> None:
    # the copy carries no name; an inbound routing slip with its own header follows, past a
    # text extractor's page marker in brackets
    closing = ("Nơi nhận:\n- Như trên;\n- Lưu: VT, TTPC.\n\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\n"
               "----- [Trang 3] -----\n\nSỞ GIÁO DỤC TỈNH HÀ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\nHà An, ngày 27 tháng 5 năm 2026\n\nPHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN\n"
               "Ý kiến của lãnh đạo:\n")
    r = extract_text(_HEAD + closing)
    assert (r.signer.name, r.signer.position, r.signer.authority) == (None, "Phó Hiệu trưởng", "KT.")


def test_a_pages_tab_as_non_breaking_spaces_sets_the_position_apart_from_the_archive_item() -> None:
    # a word processor's page writes the tab before the signature's position as &nbsp;s;
    # plain spaces stay a text laid out in columns (closing_layout reads those)
    closing = ("Nơi nhận:\n- Như trên;\n- Khoa Sau đại học;\n- Lưu: VT, CTSV.\xa0\xa0\xa0\xa0\xa0HIỆU TRƯỞNG\n\n"
               "Trần Văn Bình\n")
    r = extract_text(_HEAD + closing)
    assert (r.signer.name, r.signer.position) == ("Trần Văn Bình", "Hiệu trưởng")
    assert r.recipients == ["Khoa Sau đại học"]


def test_the_signatures_position_read_among_undashed_items_is_no_recipient() -> None:
    # the two columns OCR'd line by line, the list without dashes: "GIÁM ĐỐC" is the position's
    closing = ("Nơi nhận:\nKT. TỔNG\nGIÁM ĐỐC\nNhư kính gửi;\nBan Kiểm soát;\nPHÓ TỔNG\nGIÁM ĐỐC\n"
               "Lưu: VT, VP.\n\nMai Văn Hùng\n")
    r = extract_text(_HEAD + closing)
    assert r.recipients == ["Ban Kiểm soát"]
    # … and with a name the OCR left unreadable (no signature block found to hold the position)
    closing = "Nơi nhận:\n\nHIỆU TRƯỞNG\n\nNhư điều 2\n\nLưu: VT, P. CTSV\n\nTrin Van binh\n"
    assert extract_text(_HEAD + closing).recipients == []
