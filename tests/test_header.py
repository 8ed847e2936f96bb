"""Header, closing and theme fields on real documents of the bundled corpus."""

from __future__ import annotations

import pytest
from corpus_files import needs_fonts, source

from pipeline.extractor import extract_file, extract_text


def rec(stem: str):
    return extract_file(source(stem))


def test_plan_without_header_block_infers_issuer_from_builds_sentence():
    r = rec("000_cf76d90b2f210c6e")
    assert r.doc_type.code == "KH" and r.doc_type.name == "Kế hoạch"
    assert (r.number.raw, r.number.seq, r.number.symbol) == ("01/KH-TTHTCD", "01", "KH-TTHTCD")
    assert r.date.iso == "2025-09-29" and r.place == "Thanh Bình"
    assert r.issuer.name == "Trung tâm học tập cộng đồng xã Thanh Bình"
    assert r.theme.startswith("Học để phát triển bản thân")
    assert r.signer.name == "Phạm Thị Thu Hằng" and r.signer.authority == "TM."


def test_draft_number_and_blank_day():
    r = rec("001_9e2b7cd5c6e77ad3")
    assert r.number.raw == "/KH-UBND" and r.number.seq is None and r.number.symbol == "KH-UBND"
    assert r.date.day is None and r.date.month == 9 and r.date.year == 2023 and r.date.iso is None
    # UBND expanded, administrative level kept
    assert r.issuer.name == "Ủy ban nhân dân xã Trung Hội"
    assert r.theme == "Xây dựng năng lực tự học trong kỷ nguyên số"
    assert r.signer.authority == "KT." and r.signer.position == "Phó Chủ tịch"


def test_cong_van_with_parent_body_and_vv_title():
    r = rec("003_39920a9ddc44240f")
    assert r.doc_type.code == "CV"
    assert r.issuer.name.lower() == "ban chỉ đạo xây dựng xã hội học tập"
    assert r.issuer.parent == "Ủy ban nhân dân thị xã Quảng Yên"
    assert r.title == "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020"
    # Kính gửi items count as recipients of a công văn; "Như trên" and "Lưu" do not
    assert r.recipients[0] == "Ủy ban nhân dân các xã, phường"
    assert "Sở GDĐT" in r.recipients
    assert not any(x.startswith(("Như trên", "Lưu")) for x in r.recipients)


def test_converted_page_with_publisher_boilerplate():
    r = rec("84469287cb7bce65")
    assert r.number.raw == "40088/CHQ-GSQL"
    assert r.issuer.name == "Cục Hải quan" and r.issuer.parent == "Bộ Tài chính"
    assert r.place == "Hà Nội"  # wrapped as "Hà" / "Nội, ngày …" by the converter
    assert r.title == "ghi nhãn hàng hóa"
    assert r.recipients == ["Hội đồng Kinh doanh Hoa kỳ - ASEAN"]
    # stacked prefixes: the one next to the signer is the signer's own
    assert r.signer.authority == "KT." and r.signer.name == "Nguyễn Anh Tài"


def test_decision_title_stops_before_authority_line():
    r = rec("ad52bc0b105a20cd")
    assert r.doc_type.code == "QĐ"
    assert r.title.startswith("VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH")
    assert "CHỦ TỊCH" not in r.title


def test_recipient_notes_removed_and_semicolon_parts_split():
    r = rec("09daab284f92e2dd")
    assert "Bộ Tư pháp" in r.recipients  # "(b/c)" dropped
    assert "Công an tỉnh" in r.recipients and "Bộ Chỉ huy quân sự tỉnh" in r.recipients
    assert not any("Lưu" in x for x in r.recipients)


@pytest.mark.parametrize(
    "header",
    [
        # the two header columns interleaved line by line, as plain-text copies of tables give
        "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH\nĐộc lập - Tự do - Hạnh phúc\n",
        # the two columns one after the other
        "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
    ],
)
def test_header_layouts(header):
    text = (
        header
        + "\nSố: 12/KH-UBND\n\nAn Bình, ngày 5 tháng 3 năm 2024\n\nKẾ HOẠCH\nTuyên truyền phổ biến pháp luật năm 2024\n\n"
        "Căn cứ Kế hoạch số 20/KH-UBND ngày 10/01/2024 của UBND huyện về tuyên truyền;\n\nI. MỤC ĐÍCH\n\nNội dung.\n\n"
        "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"
    )
    r = extract_text(text)
    assert r.issuer.name == "Ủy ban nhân dân xã An Bình"
    assert r.date.iso == "2024-03-05" and r.place == "An Bình"
    assert r.title == "Tuyên truyền phổ biến pháp luật năm 2024"
    assert r.signer.name == "Nguyễn Văn An" and r.signer.position == "Chủ tịch"
    assert r.recipients == ["UBND huyện"]


def test_ocr_damaged_type_heading_still_counts():
    text = "Số: 3/TB-UBND\nHà Nội, ngày 01 tháng 02 năm 2024\nTHÔNG BAO\nVề lịch tiếp công dân\n\nNội dung.\n"
    r = extract_text(text)
    assert r.doc_type.code == "TB"
    assert r.title == "Về lịch tiếp công dân"


def test_party_document_slash_authority_and_place_named_body():
    # Party documents: "T/M" without a dot, bodies named by their place ("Huyện ủy Yên Mô")
    text = (
        "ĐẢNG BỘ TỈNH NINH BÌNH\nHUYỆN ỦY YÊN MÔ\n*\nSố 125-TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Yên Mô, ngày 10 tháng 3 năm 2025\n\nTHÔNG BÁO\nvề công tác chuẩn bị đại hội\n\nNội dung.\n\n"
        "Nơi nhận:\n- Ban Tổ chức Tỉnh ủy (để b/c),\n- Lưu Văn phòng Huyện ủy.\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\nNguyễn Thị Hoa\n"
    )
    r = extract_text(text)
    assert r.issuer.name == "Huyện ủy Yên Mô" and r.issuer.parent == "Đảng bộ tỉnh Ninh Bình"
    assert r.signer.authority == "TM." and r.signer.position == "Phó Bí thư"
    assert r.date.iso == "2025-03-10" and r.place == "Yên Mô"


def test_vv_line_right_above_the_date_line_is_not_joined_to_it():
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 3899/BGDĐT-GDTrH\nV/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2024-2025\n"
        "Hà Nội, ngày 23 tháng 7 năm 2024\n\nKính gửi: Các sở giáo dục và đào tạo.\n\nNội dung.\n"
    )
    r = extract_text(text)
    assert r.doc_type.code == "CV"
    assert r.title == "hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2024-2025"
    assert r.date.iso == "2024-07-23" and r.place == "Hà Nội"


def test_invitation_without_blank_lines():
    # a giấy mời typed without blank lines: the trích yếu stops at the lead-in sentence, the
    # meeting time is labelled by the title, "Như thành phần mời" is no recipient, and a body
    # that is only named ("… trân trọng kính mời:") is not assigned work
    text = (
        "UBND XÃ YÊN THẮNG\nVĂN PHÒNG HĐND VÀ UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 45/GM-VP\nYên Thắng, ngày 02 tháng 10 năm 2025\nGIẤY MỜI\n"
        "Dự Hội nghị triển khai công tác chuyển đổi số năm 2025\n"
        "Văn phòng HĐND và UBND xã trân trọng kính mời:\n- Đồng chí Chủ tịch UBND xã;\n"
        "- Trưởng các thôn trên địa bàn xã.\nThời gian: 14 giờ 00, ngày 06/10/2025 (thứ Hai).\n"
        "Địa điểm: Hội trường UBND xã.\nNơi nhận:\n- Như thành phần mời;\n- Lưu: VP.\n"
        "CHÁNH VĂN PHÒNG\nLê Văn Nam\n"
    )
    r = extract_text(text)
    assert r.doc_type.code == "GM"
    assert r.title == "Dự Hội nghị triển khai công tác chuyển đổi số năm 2025"
    assert r.issuer.name == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"
    assert r.issuer.parent == "Ủy ban nhân dân xã Yên Thắng"
    [item] = r.timeline
    assert (item.start, item.end, item.time) == ("2025-10-06", "2025-10-06", "14:00")
    assert item.label == r.title
    assert r.recipients == [] and r.responsible_units == []
    assert r.signer.name == "Lê Văn Nam" and r.signer.position == "Chánh Văn phòng"


SCHOOL_PLAN = """PHÒNG GD&ĐT HUYỆN GIA VIỄN
TRƯỜNG THCS GIA HÒA
Số: 12/KH-THCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Hòa, ngày 8 tháng 9 năm 2024

KẾ HOẠCH
Tổ chức các hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11/2024

Căn cứ Kế hoạch số 85/KH-PGDĐT ngày 30/8/2024 của Phòng GD&ĐT huyện Gia Viễn về việc thực hiện nhiệm vụ năm học 2024-2025;

II. NỘI DUNG VÀ THỜI GIAN
1. Phát động thi đua: từ ngày 15/10/2024 đến ngày 18/11/2024.
2. Lễ kỷ niệm 42 năm ngày Nhà giáo Việt Nam: 7h30 ngày 20/11/2024 tại sân trường.

III. TỔ CHỨC THỰC HIỆN
1. Công đoàn trường
- Phối hợp tổ chức các hoạt động văn nghệ, thể thao.

Nơi nhận:
- Phòng GD&ĐT (b/c);
- Lưu: VT.
HIỆU TRƯỞNG
(Đã ký)
Nguyễn Thị Mai
"""


def test_school_plan_signed_copy_and_clock_time_event():
    r = extract_text(SCHOOL_PLAN)
    assert r.issuer.name == "Trường THCS Gia Hòa"
    assert r.issuer.parent == "Phòng Giáo dục và Đào tạo huyện Gia Viễn"
    # "(Đã ký)" in a published copy stands where the signature was
    assert r.signer.name == "Nguyễn Thị Mai" and r.signer.position == "Hiệu trưởng"
    # an hour on a day sets an event even without "vào"/"tổ chức"
    assert [(t.start, t.end, t.time) for t in r.timeline] == [
        ("2024-10-15", "2024-11-18", None), ("2024-11-20", "2024-11-20", "07:30"),
    ]
    assert [u.name for u in r.responsible_units] == ["Công đoàn trường"]


def test_date_line_written_with_figures():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số:123/KH-UBND\nNinh Bình, ngày 5/9/2024\n\nKẾ HOẠCH\nTriển khai công tác năm 2025\n\nI. MỤC ĐÍCH\nNội dung.\n"
    )
    r = extract_text(text)
    assert (r.date.raw, r.date.iso, r.place) == ("ngày 5/9/2024", "2024-09-05", "Ninh Bình")
    assert r.number.raw == "123/KH-UBND" and r.title == "Triển khai công tác năm 2025"


@pytest.mark.parametrize("block, position, authority", [
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn Bình", "Phó Giám đốc", "KT."),
    ("KT. GIÁM ĐỐC\n\nTrần Văn Bình", None, "KT."),  # the deputy's own title left out
    ("TL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG VỤ TỔ CHỨC\n\nTrần Văn Bình", None, "KT."),
    ("Q. GIÁM ĐỐC\n\nTrần Văn Bình", "Giám đốc", "Q."),  # acting: the title is the signer's
])
def test_position_is_the_signers_own_title(block: str, position: str | None, authority: str) -> None:
    text = ("SỞ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 12/SNV-TCCB\n\nHà Nội, ngày 3 tháng 4 năm 2025\n\nV/v cử cán bộ dự tập huấn\n\n"
            "Kính gửi: Các phòng chuyên môn thuộc Sở.\n\n"
            "Sở Nội vụ đề nghị các phòng cử cán bộ dự tập huấn theo kế hoạch./.\n\n"
            f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{block}\n")
    r = extract_text(text)
    assert r.signer.name == "Trần Văn Bình" and r.signer.authority == authority
    assert r.signer.position == position


# ---------------------------------------------------------------- header cells in other arrangements
# Each layout below is a synthetic document: the header table of Nghị định 30 as a converter
# might deliver it.

_BODY = "\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nĐiều 1. Nội dung.\n\nĐiều 2. Hiệu lực.\n"


def test_pipe_rows_with_vv_in_the_number_cell():
    text = (
        "| SỞ VĂN HÓA TỈNH KON TUM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "|---|---|\n"
        "| Số: 318/SVH-QLDS V/v: kiểm kê di tích năm 2019 | Kon Tum, ngày 04 tháng 3 năm 2019 |\n\n"
        "Kính gửi: Ủy ban nhân dân các huyện.\n\nSở đề nghị các đơn vị thực hiện như sau:\n"
    )
    r = extract_text(text)
    assert r.number.raw == "318/SVH-QLDS"
    assert (r.date.iso, r.place) == ("2019-03-04", "Kon Tum")
    assert r.doc_type.code == "CV" and r.title == "kiểm kê di tích năm 2019"
    assert r.issuer.name == "Sở Văn hóa tỉnh Kon Tum"


def test_number_and_date_on_one_line():
    text = (
        "ỦY BAN NHÂN DÂN XÃ AN HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 27/KH-UBND | An Hòa, ngày 05 tháng12 năm 2024\n\nKẾ HOẠCH\nTổ chức hội thi tiếng hát"
        + _BODY
    )
    r = extract_text(text)
    assert r.number.raw == "27/KH-UBND" and r.date.iso == "2024-12-05" and r.place == "An Hòa"
    assert r.issuer.name == "Ủy ban nhân dân xã An Hòa" and r.doc_type.code == "KH"


def test_letter_header_on_one_line_with_v_v_glued_to_the_symbol_and_a_cited_date_after_a_comma():
    # a two-column letter header a page wrote on one line: the trích yếu's "V/v" glued to the
    # number's symbol, and the trích yếu citing a document "số …, ngày …" before the motto
    text = (
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG Số: 45/UBND-KTV/v triển khai Chỉ thị số 07-CT/TU, ngày 02/3/2026 "
        "của Ban Thường vụ Tỉnh ủy CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "An Giang, ngày 10 tháng 3 năm 2026\n\nKính gửi: Sở Tài chính\n\nĐề nghị Sở Tài chính báo cáo.\n"
        "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hải\n"
    )
    r = extract_text(text)
    assert (r.number.raw, r.date.iso, r.place) == ("45/UBND-KT", "2026-03-10", "An Giang")
    assert r.title == "triển khai Chỉ thị số 07-CT/TU, ngày 02/3/2026 của Ban Thường vụ Tỉnh ủy"
    assert r.issuer.name == "Ủy ban nhân dân tỉnh An Giang" and r.doc_type.code == "CV"


def test_a_symbols_last_code_set_apart_by_a_space_is_part_of_it():
    # OCR or a justified cell set the symbol's last code apart after its dash
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 3878/BGDĐT- PC\nV/v hướng dẫn công tác pháp chế\nHà Nội, ngày 24 tháng 7 năm 2014\n\n"
            "Kính gửi: Các trường đại học\n\nNội dung.\n")
    r = extract_text(text)
    assert (r.number.raw, r.number.symbol) == ("3878/BGDĐT-PC", "BGDĐT-PC")
    # a dash that ends the cell, the date on the next line: the symbol as written
    r = extract_text(text.replace("3878/BGDĐT- PC", "3878/BGDĐT-"))
    assert r.number.raw == "3878/BGDĐT-"


def test_a_v_v_line_is_no_section_heading():
    from pipeline.segment import parse_heading

    assert parse_heading("V/v đề nghị báo cáo tình hình") is None
    assert parse_heading("V/V TRIỂN KHAI NHIỆM VỤ") is None
    assert parse_heading("V/ TỔ CHỨC THỰC HIỆN") is not None


def test_whole_header_run_together_with_cell_rules():
    text = (
        "CHÍNH PHỦ_____ Số: 61/2023/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc"
        "__________ Hà Nội, ngày 16 tháng 8 năm 2023 |\n\n**NGHỊ ĐỊNH**\n\n**Về xây dựng và thực hiện hương ước**"
        + _BODY
    )
    r = extract_text(text)
    assert r.number.raw == "61/2023/NĐ-CP" and r.number.seq == "61"
    assert (r.date.iso, r.place) == ("2023-08-16", "Hà Nội")
    assert r.issuer.name == "Chính phủ" and r.doc_type.code == "NĐ"
    assert r.title == "Về xây dựng và thực hiện hương ước"


def test_number_wrapped_and_place_wrapped_and_emphasis_inside_the_date():
    text = (
        "**ỦY BAN NHÂN DÂN**\n**TỈNH BÌNH PHƯỚC**\n-------\n\n|\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n\n|\n|\nSố: 804/QĐ-\nUBND\n|\n*Thị xã Đồng\nXoài, ngày **17** tháng 11 năm\n"
        "202**4***\n|\n\n**QUYẾT ĐỊNH**\n\nVề việc thành lập Hội đồng thẩm định" + _BODY
    )
    r = extract_text(text)
    assert r.number.raw == "804/QĐ-UBND" and r.number.symbol == "QĐ-UBND"
    assert r.date.iso == "2024-11-17"
    assert r.place == "Thị xã Đồng Xoài"
    assert r.issuer.name == "Ủy ban nhân dân tỉnh Bình Phước"


def test_issuer_block_line_is_not_glued_to_the_place_below():
    text = (
        "Ủy ban nhân dân\nXã Phú Lộc\nSố: 3/TB-UBND\nPhú Lộc, ngày 2 tháng 3 năm 2024\n\nTHÔNG BÁO\n"
        "Lịch tiếp công dân" + _BODY
    )
    r = extract_text(text)
    assert r.place == "Phú Lộc" and r.date.iso == "2024-03-02"


@pytest.mark.parametrize(
    ("type_block", "code"),
    [
        ("NGHỊ ĐỊNH", "NĐ"),
        ("THÔNG TƯ", "TT"),
        ("THÔNG TƯ LIÊN TỊCH", "TTLT"),
        ("PHÁP LỆNH", "PL"),
        ("KẾT LUẬN", "KL"),
        ("NGHỊ\nĐỊNH", "NĐ"),  # the type name wrapped by the converter
    ],
)
def test_standalone_type_names_of_the_whole_inventory(type_block: str, code: str):
    r = extract_text(f"{type_block}\n\nQUY ĐỊNH VỀ KIỂM ĐỊNH CÂN ĐIỆN TỬ{_BODY}")
    assert r.doc_type.code == code
    assert r.title == "QUY ĐỊNH VỀ KIỂM ĐỊNH CÂN ĐIỆN TỬ"


def test_type_name_glued_to_its_title():
    r = extract_text(f"**NGHỊ ĐỊNH**Quy định về quản lý vườn ươm cây giống{_BODY}")
    assert r.doc_type.code == "NĐ"
    assert r.title == "Quy định về quản lý vườn ươm cây giống"


def test_qualified_type_line_run_into_its_title():
    # "CHƯƠNG TRÌNH HÀNH ĐỘNG" and its trích yếu in small letters on one line (a converter or the
    # normalizer joined them): the qualifier stays with the type, the title starts at the small letter
    text = (
        "ĐẢNG BỘ TỈNH HÀ AN\nHUYỆN ỦY SƠN TÂY\n*\nSố 14-CTr/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Sơn Tây, ngày 03 tháng 9 năm 2026\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh\n"
        "về phát triển kinh tế số đến năm 2030\n-----\n\n"
        "I. MỤC ĐÍCH\nNội dung.\n\nNơi nhận:\n- Lưu Văn phòng.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Hải\n"
    )
    r = extract_text(text)
    assert r.doc_type.code == "CTr"
    assert r.title == (
        "thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế số đến năm 2030"
    )
    # a capital after the qualifier is no trích yếu run in: the line is not read as glued
    from pipeline.segment import glued_type

    assert glued_type("KẾ HOẠCH HÀNH ĐỘNG Tỉnh Hà An") is None
    assert glued_type("KẾ HOẠCH HÀNH ĐỘNG về chuyển đổi số") == ("Kế hoạch", len("KẾ HOẠCH HÀNH ĐỘNG "))


def test_vv_label_dropped_from_a_title_wrapped_over_lines():
    # a PDF's text layer keeps the wrapped V/v block's line break: the label is still no part
    # of the trích yếu
    from pipeline.extract.header import extract_title
    from pipeline.provenance import Prov
    from pipeline.segment import segment

    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 215/UBND-KT\n\nHà An, ngày 04 tháng 5 năm 2026\n\n"
        "V/v tăng cường kiểm tra an toàn phòng cháy tại\nChợ đầu mối nông sản Bình Minh\n\n"
        "Kính gửi: Sở Công Thương.\n\nỦy ban nhân dân tỉnh đề nghị Sở Công Thương kiểm tra./.\n"
    )
    prov = Prov()
    title = extract_title(segment(text), prov, {"name": "Công văn", "code": "CV"})
    assert title == "tăng cường kiểm tra an toàn phòng cháy tại Chợ đầu mối nông sản Bình Minh"
    span = prov.spans["title"]
    assert text[span.start : span.end].startswith("tăng cường")


def test_local_code_of_the_symbol_names_the_issuer_only_where_the_text_places_it():
    # the issuer cell lost (a scan's header cut off), no signature, no builds sentence: the
    # symbol's UBND with the date line's place, at the level the text writes before the place
    text = (
        "Số 41/KH-UBND\n\nBình An, ngày 12 tháng 10 năm 2026\n\nKẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2027\n\n"
        "Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh Bình An về phát triển du lịch, các cơ quan thực hiện như sau:\n\n"
        "I. MỤC ĐÍCH\nNâng cao thu nhập cho người dân.\n\nII. TỔ CHỨC THỰC HIỆN\nSở Văn hóa chủ trì.\n"
    )
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Ủy ban nhân dân tỉnh Bình An"
    assert r.provenance["issuer.name"].rule == "symbol-local-code"
    # the text never writes the place with its level: degrade to no issuer, never a guess
    assert extract_text(text.replace("tỉnh Bình An", "về du lịch")).issuer is None


_SCANNED_LETTER = (
    "BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc sô. 4 Ḍ2XD-QLN : TrẾP =\n"
    "V/v hướng dẫn thủ tục cấp Đà Nẵng, ngàyl) tháng5 năm 2026\n\n"
    "Giấy phép xây dựng nhà ở riêng lẻ tại đô thị\n\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\n\n"
    "Bộ Xây dựng nhận được văn bản của các địa phương. Bộ Xây dựng có ý kiến như sau:\n\n"
    "1. Các địa phương rà soát hồ sơ.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n"
    "Nguyễn Văn Sơn\n"
)


def test_scanned_row_the_trich_yeu_shares_with_a_damaged_date_cell():
    # OCR read the V/v cell and the place-date cell (its marks damaged) as one line: the
    # trích yếu ends where the place starts and its cell goes on below the row, past a blank
    r = extract_text(_SCANNED_LETTER)
    assert r.title == "hướng dẫn thủ tục cấp Giấy phép xây dựng nhà ở riêng lẻ tại đô thị"
    # a place the trích yếu names after its level is its own object, not a date cell
    from pipeline.segment import _run_in_date

    assert _run_in_date("thực hiện Quyết định của UBND tỉnh Bình An, ngày 10 tháng 3 năm 2026") is None


def test_ocr_debris_of_the_number_cell_is_no_part_of_the_issuer():
    # the row's rest after the motto is the number cell as OCR left it (a colon set apart,
    # letters and figures mixed): not a line of the body's name
    r = extract_text(_SCANNED_LETTER)
    assert r.issuer is not None and r.issuer.name == "Bộ Xây dựng"


_COMMUNE_HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/KH-UBND\n\nAn Bình, ngày 04 tháng 5 năm 2026\n\n"
)
_COMMUNE_BODY = (
    "\n\nThực hiện Luật Phòng, chống thiên tai, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n\n"
    "I. MỤC ĐÍCH\nNội dung.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n"
)


def test_type_name_set_out_letter_by_letter():
    # letter spacing typed as spaces: still the type line, its trích yếu below it
    r = extract_text(_COMMUNE_HEADER + "K Ế  H O Ạ C H\nTriển khai công tác phòng, chống thiên tai năm 2026" + _COMMUNE_BODY)
    assert r.doc_type.code == "KH"
    assert r.title == "Triển khai công tác phòng, chống thiên tai năm 2026"


def test_capitals_title_wrapped_one_paragraph_a_line():
    # a DOCX sets each line of a trích yếu in capitals as a paragraph: the next capitals line
    # goes on with it past the blank line
    block = "KẾ HOẠCH\n\nTRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG\n\nTHIÊN TAI NĂM 2026"
    r = extract_text(_COMMUNE_HEADER + block + _COMMUNE_BODY)
    assert r.title == "TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI NĂM 2026"
    # ... but not into the authority line under a decision's title
    decision = (
        "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 12/QĐ-UBND\n\nAn Bình, ngày 04 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN BÌNH\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành Quy chế.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n"
    )
    assert extract_text(decision).title == "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC"


def test_type_and_trich_yeu_run_on_in_capitals():
    # the type name and its trích yếu on one capitals line: the type is the line's, the title
    # what follows the type name (a report numbered without its symbol: the line alone says so)
    text = _COMMUNE_HEADER.replace("Số: 12/KH-UBND", "Số: 12") + "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ QUÝ I" + _COMMUNE_BODY
    r = extract_text(text)
    assert r.doc_type.code == "BC"
    assert r.title == "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ QUÝ I"
    from pipeline.segment import run_on_type

    assert run_on_type("KẾ HOẠCH") is None  # a type line alone is not run on
    assert run_on_type("QUYẾT ĐỊNH:") is None  # nor the enacting word


def test_title_block_kept_as_a_one_column_table():
    # a converter kept the type name and the trích yếu as rows of a one-cell table
    block = "| KẾ HOẠCH |\n| Triển khai công tác phòng, chống thiên tai |\n| trên địa bàn xã năm 2026 |"
    r = extract_text(_COMMUNE_HEADER + block + _COMMUNE_BODY)
    assert r.doc_type.code == "KH"
    assert r.title == "Triển khai công tác phòng, chống thiên tai trên địa bàn xã năm 2026"
    assert r.provenance["title"].rule == "title-block"


def test_consolidated_text_is_vbhn_whatever_its_title_block_says():
    text = (
        "BỘ CÔNG THƯƠNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 12/VBHN-BCT\n\nHà Nội, ngày 3 tháng 4 năm 2024\n\nTHÔNG TƯ\n\nQUY ĐỊNH VỀ AN TOÀN ĐIỆN" + _BODY
    )
    r = extract_text(text)
    assert r.doc_type.code == "VBHN" and r.title == "QUY ĐỊNH VỀ AN TOÀN ĐIỆN"


def test_party_quy_dinh_takes_the_party_code_and_the_party_motto_is_not_the_issuer():
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\nSố 402-QĐ/TW\n"
        "Hà Nội, ngày 5 tháng 3 năm 2025\n\nQUY ĐỊNH\nVỀ CÔNG TÁC KIỂM TRA" + _BODY
    )
    r = extract_text(text)
    assert r.number.raw == "402-QĐ/TW" and r.doc_type.code == "QĐ"
    assert r.issuer.name.casefold() == "ban chấp hành trung ương"


def test_type_from_the_number_symbol_when_no_type_line():
    text = "BỘ Y TẾ\n\nSố: 44/2024/TT-BYT\n\nHà Nội, ngày 2 tháng 5 năm 2024\n\nNội dung hướng dẫn.\n"
    r = extract_text(text)
    assert r.doc_type.code == "TT"


def test_no_date_line_in_the_header_means_no_date():
    # the header was lost: the only dates are those of cited laws
    text = (
        "**THÔNG TƯ**\n\nQUY ĐỊNH VỀ KIỂM ĐỊNH CÂN ĐIỆN TỬ\n\n**BỘ TRƯỞNG BỘ KHOA HỌC VÀ CÔNG NGHỆ**\n\n"
        "*Căn cứ Luật Đo lường ngày 11 tháng 11 năm 2011;*\n\n"
        "*Căn cứ Nghị định số 20/2023/NĐ-CP ngày 05 tháng 5 năm 2023 của Chính phủ;*\n\n"
        "**Điều 1. Phạm vi điều chỉnh**\n\nThông tư này quy định việc kiểm định cân.\n"
    )
    r = extract_text(text)
    assert r.date is None and r.place is None and r.number is None
    assert r.doc_type.code == "TT"
    # the authority line under the trích yếu names the issuing body (the position dropped)
    assert r.issuer.name.casefold() == "bộ khoa học và công nghệ"


def test_letter_opening_with_kinh_gui_takes_no_date_from_its_narration():
    text = (
        "Kính gửi: Các sở, ngành.\n\nNgày 26/11/2025, Bộ Tài chính đã có công văn số 18/BTC-CST gửi các bộ.\n\n"
        "Nay Bộ đề nghị các đơn vị phối hợp.\n"
    )
    r = extract_text(text)
    assert r.is_document and r.date is None


def test_title_first_line_short_verb_phrase_not_cut_by_a_type_word():
    text = (
        "UBND XÃ TÂN AN\n\nSố: 9/KH-UBND\n\nTân An, ngày 2 tháng 3 năm 2024\n\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN\n"
        "CHỈ THỊ SỐ 05-CT/TU NGÀY 10/01/2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY" + _BODY
    )
    r = extract_text(text)
    assert r.doc_type.code == "KH"
    assert r.title.startswith("TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 05-CT/TU")


def test_cong_van_title_does_not_run_into_the_signature():
    text = (
        "PHÒNG GIÁO DỤC HUYỆN A\nSố: 15/PGD\nV/v nộp báo cáo thống kê\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\n"
        "Nguyễn Văn Hải\n"
    )
    r = extract_text(text)
    assert r.title == "nộp báo cáo thống kê"


def test_title_naming_the_issuer_after_a_connector_is_not_cut():
    text = (
        "BAN CHỈ ĐẠO TỈNH\n\nSố: 7/QĐ-BCĐ\n\nHà Nội, ngày 2 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\n\n"
        "BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO TỈNH\n\nTRƯỞNG BAN CHỈ ĐẠO TỈNH" + _BODY
    )
    r = extract_text(text)
    assert r.title == "BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO TỈNH"


def test_quoc_hieu_of_an_appended_form_does_not_start_the_document():
    text = (
        "NGHỊ ĐỊNH\n\nQUY ĐỊNH VỀ LIÊN THÔNG THỦ TỤC\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\n"
        "Điều 1. Phạm vi\n\nNội dung.\n\nĐiều 2. Hiệu lực\n\nNội dung.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nLê Văn Nam\n\n"
        "PHỤ LỤC\n\nMẫu số 01\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "TỜ KHAI\n\nKính gửi: ……\n"
    )
    r = extract_text(text)
    assert r.doc_type.code == "NĐ" and r.title == "QUY ĐỊNH VỀ LIÊN THÔNG THỦ TỤC"


def test_letter_without_header_opening_with_kinh_gui_is_a_cong_van():
    r = extract_text("Kính gửi: Các sở, ngành.\n\nSở Tài chính đề nghị các đơn vị phối hợp thực hiện.\n")
    assert r.doc_type.code == "CV" and r.number is None


def test_authority_line_naming_the_head_of_a_body():
    text = (
        "QUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ LÀM VIỆC\n\nTRƯỞNG BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI\n\n"
        "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\n\nĐiều 1. Ban hành.\n\nĐiều 2. Thi hành.\n"
    )
    r = extract_text(text)
    assert r.issuer.name.casefold() == "ban chỉ đạo phòng chống thiên tai"
    assert r.title == "BAN HÀNH QUY CHẾ LÀM VIỆC"


def test_reproduction_running_head_and_repeated_issuer_are_not_the_issuer_block():
    # a gazette page: its running head, its section banner and the issuer repeated above the
    # document's own header
    text = (
        "12\n\nTẠP SAN/Số 101 + 102/Ngày 3-4-2024\nVĂN BẢN QUY PHẠM PHÁP LUẬT\nBỘ TÀI CHÍNH\n\nBỘ TÀI CHÍNH\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 7/2024/TT-BTC\n\n"
        "Hà Nội, ngày 15 tháng 3 năm 2024\n\nTHÔNG TƯ\n\nHướng dẫn quản lý phí" + _BODY
    )
    r = extract_text(text)
    assert r.issuer.name == "Bộ Tài chính" and r.issuer.parent is None
    assert (r.date.iso, r.place) == ("2024-03-15", "Hà Nội")
    assert r.doc_type.code == "TT" and r.number.raw == "7/2024/TT-BTC"


def test_trich_yeu_with_a_semicolon_between_two_subjects_is_kept():
    text = (
        "BỘ Y TẾ\n\nSố: 3/2024/TT-BYT\n\nHà Nội, ngày 2 tháng 2 năm 2024\n\nTHÔNG TƯ\n"
        "Hướng dẫn tổ chức hội đồng; mối quan hệ giữa hội đồng và giám đốc\n\n"
        "Căn cứ Luật Khám bệnh, chữa bệnh ngày 9 tháng 1 năm 2023;\n\nĐiều 1. Phạm vi.\n"
    )
    assert extract_text(text).title == "Hướng dẫn tổ chức hội đồng; mối quan hệ giữa hội đồng và giám đốc"


# ------------------------------------------------------------------ issuer without a header block

def _headless(number_line: str, type_block: str, closing: str, preamble: str = "Căn cứ Hiến pháp;") -> str:
    """A web copy whose two-column header block was lost: number, type and trích yếu, body."""
    return (
        f"{number_line}\n\n{type_block}\n\n{preamble}\n\n"
        "Điều 1. Phạm vi điều chỉnh\n\nVăn bản này quy định thử nghiệm.\n\n"
        "Điều 2. Hiệu lực\n\nVăn bản này có hiệu lực từ ngày ký.\n\n"
        f"Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n{closing}\n\nNguyễn Văn Mười\n"
    )


@pytest.mark.parametrize(
    ("number_line", "type_block", "closing", "issuer", "rule"),
    [
        ("Số: 12/2025/TT-BGDĐT", "THÔNG TƯ\nQuy định về thử nghiệm", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG",
         "bộ giáo dục và đào tạo", "symbol-issuer-code"),
        ("Số: 05/CĐ-TTg", "CÔNG ĐIỆN\nVề việc ứng phó mưa lớn", "THỦ TƯỚNG",
         "thủ tướng chính phủ", "symbol-issuer-code"),
        ("Số: 1234/NQ-UBTVQH15", "NGHỊ QUYẾT\nVề việc sắp xếp đơn vị hành chính",
         "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH", "ủy ban thường vụ quốc hội", "symbol-issuer-code"),
        ("Số: 45/TB-VPCP", "THÔNG BÁO\nKết luận tại cuộc họp", "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM",
         "văn phòng chính phủ", "symbol-issuer-code"),
        ("Số: 1520/BXD-QLN", "V/v hướng dẫn thử nghiệm", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG",
         "bộ xây dựng", "symbol-issuer-code"),
        ("Số 12-HD/BTGDVTW", "HƯỚNG DẪN\ntuyên truyền kỷ niệm ngày thành lập", "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN",
         "ban tuyên giáo và dân vận trung ương", "symbol-issuer-code"),
        ("Số 03-QĐ/TW", "QUY ĐỊNH\nvề thử nghiệm", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ",
         "ban chấp hành trung ương", "symbol-issuer-code"),
        ("Số 07-KL/BCT", "KẾT LUẬN\nvề thử nghiệm", "T/M BỘ CHÍNH TRỊ", "bộ chính trị", "symbol-issuer-code"),
        ("Số: 07/2025/TT-BCT", "THÔNG TƯ\nQuy định về thử nghiệm", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG",
         "bộ công thương", "symbol-issuer-code"),
    ],
)
def test_issuer_from_a_central_code_in_the_symbol(number_line, type_block, closing, issuer, rule):
    r = extract_text(_headless(number_line, type_block, closing))
    assert r.issuer is not None and r.issuer.name.casefold() == issuer
    assert r.provenance["issuer.name"].rule == rule
    assert r.provenance["issuer.name"].raw_confidence < 0.9  # the extractor doubts it more than a header cell


def test_issuer_from_the_enacting_sentence_when_the_symbol_is_lost():
    text = _headless(
        "", "THÔNG TƯ\nQuy định về thử nghiệm", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG",
        preamble="Căn cứ Nghị định số 1/2025/NĐ-CP;\n\nTheo đề nghị của Vụ trưởng Vụ Pháp chế;\n\n"
        "Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư quy định về thử nghiệm.",
    )
    r = extract_text(text)
    assert r.issuer.name == "Bộ Nông nghiệp và Môi trường"
    assert r.provenance["issuer.name"].rule == "enacting-sentence"
    quyet_nghi = _headless("", "NGHỊ QUYẾT\nVề thử nghiệm", "CHỦ TỊCH",
                           preamble="Căn cứ Hiến pháp;\n\nỦy ban Thường vụ Quốc hội quyết nghị:")
    assert extract_text(quyet_nghi).issuer.name == "Ủy ban Thường vụ Quốc hội"
    # emphasised and hard-wrapped, as a web copy has it; the position goes, its body issues
    wrapped = _headless("", "THÔNG TƯ\nQuy định về thử nghiệm", "KT. THỐNG ĐỐC\nPHÓ THỐNG ĐỐC",
                        preamble="*Căn cứ Luật số 1/2024/QH15;*\n\n*Thống đốc Ngân hàng Nhà nước\n"
                        "Việt Nam ban hành Thông tư quy định về thử nghiệm.*")
    r = extract_text(wrapped)
    assert r.issuer.name == "Ngân hàng Nhà nước Việt Nam"
    assert r.provenance["issuer.name"].rule == "enacting-sentence"


def test_signature_tm_of_a_central_body_names_it_without_a_place():
    r = extract_text(_headless("", "NGHỊ ĐỊNH\nQuy định thử nghiệm", "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG"))
    assert r.issuer.name == "Chính phủ"


def test_local_symbol_code_guesses_no_locality_and_joint_codes_name_no_single_issuer():
    r = extract_text(_headless("Số: 12/KH-UBND", "KẾ HOẠCH\nThử nghiệm năm 2026", "CHỦ TỊCH"))
    assert r.issuer is None
    joint = extract_text(_headless("Số: 3/2025/TTLT-BTC-BYT", "THÔNG TƯ LIÊN TỊCH\nQuy định thử nghiệm", "BỘ TRƯỞNG"))
    assert joint.issuer is None or joint.provenance["issuer.name"].rule != "symbol-issuer-code"


# ------------------------------------------------------------------ titles that wrap

_UBND_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 15/KH-UBND\n\nHòa An, ngày 10 tháng 01 năm 2026\n\n"
)
_WRAPPED = "Triển khai Nghị quyết số 12/NQ-HĐND ngày 04/01/2026 của Hội đồng nhân dân tỉnh về phát triển du lịch"


@pytest.mark.parametrize(
    "title_block",
    [
        # one block, wrapped after a cited date onto a connector + body
        "KẾ HOẠCH\nTriển khai Nghị quyết số 12/NQ-HĐND ngày 04/01/2026\ncủa Hội đồng nhân dân tỉnh về phát triển du lịch",
        # a DOCX layout table: each cell (or paragraph) a block of its own
        "KẾ HOẠCH\n\nTriển khai Nghị quyết số 12/NQ-HĐND ngày 04/01/2026\n\ncủa Hội đồng nhân dân tỉnh về phát triển du lịch",
        "KẾ HOẠCH\nTriển khai Nghị quyết số 12/NQ-HĐND ngày 04/01/2026\n\ncủa Hội đồng nhân dân tỉnh về phát triển du lịch",
    ],
)
def test_title_wrapped_onto_a_lower_case_continuation(title_block: str):
    r = extract_text(_UBND_HEAD + title_block + "\n\nI. MỤC ĐÍCH\n\nNội dung kế hoạch.\n")
    assert r.title == _WRAPPED
    assert r.date.iso == "2026-01-10"


def test_title_does_not_run_past_a_blank_line_into_a_capitalised_paragraph_or_after_a_full_stop():
    r = extract_text(_UBND_HEAD + "KẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\n\nThực hiện chỉ đạo của tỉnh, các đơn vị làm tốt.\n")
    assert r.title == "Triển khai nhiệm vụ năm 2026"
    r = extract_text(_UBND_HEAD + "KẾ HOẠCH\nTriển khai nhiệm vụ năm 2026.\n\ncác đơn vị thực hiện nghiêm.\n")
    assert r.title == "Triển khai nhiệm vụ năm 2026"  # the value drops the full stop


def test_docx_layout_table_title_split_over_cells(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).paragraphs[0].text = "ỦY BAN NHÂN DÂN"
    t.cell(0, 0).add_paragraph("TỈNH HÒA AN")
    t.cell(0, 1).paragraphs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    t.cell(1, 0).text = "Số: 15/KH-UBND"
    t.cell(1, 1).text = "Hòa An, ngày 10 tháng 01 năm 2026"
    t2 = d.add_table(rows=3, cols=1)
    for k, line in enumerate(["KẾ HOẠCH", "Triển khai Nghị quyết số 12/NQ-HĐND ngày 04/01/2026",
                              "của Hội đồng nhân dân tỉnh về phát triển du lịch"]):
        t2.cell(k, 0).text = line
    for para in ("I. MỤC ĐÍCH", "Nội dung kế hoạch.", "II. TỔ CHỨC THỰC HIỆN", "Các đơn vị thực hiện."):
        d.add_paragraph(para)
    path = tmp_path / "kh.docx"
    d.save(path)
    r = extract_file(path)
    assert r.title == _WRAPPED and r.number.raw == "15/KH-UBND"


# ------------------------------------------------------------------ a draft's blank day

_DRAFT_ISSUER = "ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_DRAFT_TAIL = "\n\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\n\nI. MỤC ĐÍCH\n\nNội dung kế hoạch.\n"


@pytest.mark.parametrize(
    ("date_line", "month"),
    [
        ("Hòa An, ngày      tháng 7 năm 2026", 7),
        ("Hòa An, ngày    tháng    năm 2026", None),
        ("Hòa An, ngày ___ tháng ___ năm 2026", None),  # underscores are a blank, not a cell rule
        ("Hòa An, ngày _____________ tháng 7 năm 2026", 7),
        ("Hòa An, ngày.................tháng 7 năm 2026", 7),  # a long dot leader
        ("Hòa An, ngày . . . . . . . tháng 7 năm 2026", 7),
        ("Hòa An, ngày ……………… tháng ……… năm 2026", None),
        ("Hòa An, ngày     /7/2026", 7),
        ("*Hòa An, ngày      tháng 7 năm 2026*", 7),
    ],
)
def test_blank_day_gives_year_month_and_place(date_line: str, month: int | None):
    for header in (
        _DRAFT_ISSUER + "Số:      /KH-UBND\n" + date_line,
        _DRAFT_ISSUER + "Số:      /KH-UBND      " + date_line.strip("*"),  # both cells on one line
    ):
        r = extract_text(header + _DRAFT_TAIL)
        assert (r.date.year, r.date.month, r.date.day, r.date.iso) == (2026, month, None, None), header
        assert r.place == "Hòa An" and r.number.raw == "/KH-UBND"


@needs_fonts
def test_blank_day_through_pdf_text_layers(tmp_path):
    """Two PDF layouts of the header: cells drawn one after the other (a word processor's
    table) and both columns drawn on shared lines (a tab-stop layout, wide gaps)."""
    pytest.importorskip("reportlab")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus" / "formats"))
    from make import layout, make_pdf
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for k, date_line in enumerate(("Hòa An, ngày      tháng 7 năm 2026", "Hòa An, ngày ___ tháng ___ năm 2026")):
        text = (
            "ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số:      /KH-UBND\n\n{date_line}\n\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\n\n"
            "I. MỤC ĐÍCH\n\nNội dung kế hoạch.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"
        )
        p = tmp_path / f"cells{k}.pdf"
        p.write_bytes(make_pdf(layout(text)))
        r = extract_file(p)
        month = 7 if "7" in date_line else None
        assert (r.date.year, r.date.month, r.date.day, r.date.iso) == (2026, month, None, None)
        assert r.place == "Hòa An"

    pdfmetrics.registerFont(TTFont("LibSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
    p = tmp_path / "across.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("LibSerif", 12)
    y = A4[1] - 60
    rows = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("TỈNH HÒA AN", "Độc lập - Tự do - Hạnh phúc"),
            ("Số:       /KH-UBND", "Hòa An, ngày       tháng 7 năm 2026")]
    for left, right in rows:
        c.drawCentredString(150, y, left)
        c.drawCentredString(400, y, right)
        y -= 16
    for line in ("", "KẾ HOẠCH", "Triển khai nhiệm vụ năm 2026", "", "I. MỤC ĐÍCH", "Nội dung kế hoạch.",
                 "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"):
        c.drawString(85, y, line)
        y -= 16
    c.save()
    r = extract_file(p)
    assert (r.date.year, r.date.month, r.date.day, r.date.iso) == (2026, 7, None, None)
    assert r.place == "Hòa An" and r.number.raw == "/KH-UBND"


def test_enacting_subject_names_one_body():
    from pipeline.extract.issuer_infer import body_of

    assert body_of("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch") == "Bộ Văn hóa, Thể thao và Du lịch"
    assert body_of("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ") == "Văn phòng Chính phủ"
    assert body_of("Thủ tướng Chính phủ") == "Thủ tướng Chính phủ"
    assert body_of("Bộ Công an, Văn phòng Chính phủ, Văn phòng Trung ương Đảng") is None
    assert body_of("Các đồng chí lãnh đạo") is None


def test_a_letter_without_grounds_takes_no_issuer_from_its_narration():
    text = (
        "Kính gửi: Các cơ quan, đơn vị\n\nNgày 15/10/2025, Bộ Công an, Văn phòng Chính phủ đã có văn bản đề nghị; "
        "Ban Chỉ đạo quyết định giao nhiệm vụ.\n\nĐề nghị các cơ quan thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
        "TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn Mười\n"
    )
    assert extract_text(text).issuer is None


@pytest.mark.parametrize(
    ("sender", "issuer"),
    [
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN PHÚ", "Ủy ban nhân dân tỉnh An Phú"),
        ("BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bộ Nông nghiệp và Môi trường"),
        ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    ],
)
def test_telegram_sender_line_names_the_issuer_without_a_header(sender: str, issuer: str) -> None:
    # a telegram copied without its header block: the "<SENDER> điện:" line says who sends it
    text = (
        "CÔNG ĐIỆN\nVề việc chủ động ứng phó với mưa lớn\n\n"
        f"**{sender} điện:**\n\n"
        "- Giám đốc các sở, ban, ngành;\n- Chủ tịch Ủy ban nhân dân các xã.\n\n"
        "Để chủ động ứng phó với mưa lớn trong những ngày tới, yêu cầu các cơ quan theo dõi chặt chẽ "
        "diễn biến thời tiết và triển khai ngay các biện pháp bảo đảm an toàn.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
    )
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == issuer


def test_header_cells_with_html_line_breaks_and_party_committee_casing():
    # converters that keep a cell's lines as <br> inside a pipe row; a level word before "ủy"
    # is the Party committee of that level, a body, not the level of a place
    text = (
        "| ĐẢNG BỘ TỈNH HÀ GIANG<br>**BAN TỔ CHỨC TỈNH ỦY**<br>* | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n|---|---|\n"
        "| Số 31-HD/BTCTU | *Hà Giang, ngày 4 tháng 3 năm 2025* |\n\n**HƯỚNG DẪN**\n\n**về công tác đảng viên**\n\n"
        "Nội dung hướng dẫn.\n\n"
        "| Nơi nhận:<br>- Các huyện ủy,<br>- Lưu VT. | K/T TRƯỞNG BAN<br>PHÓ TRƯỞNG BAN<br><br>**Lò Văn Sơn** |\n|---|---|\n"
    )
    r = extract_text(text)
    assert r.issuer.name == "Ban Tổ chức Tỉnh ủy"
    assert r.issuer.parent == "Đảng bộ tỉnh Hà Giang"
    assert r.number.raw == "31-HD/BTCTU" and r.place == "Hà Giang"
    assert r.signer.name == "Lò Văn Sơn"


def test_party_letter_number_typed_with_a_space_and_trich_yeu_spelt_out():
    # "Số 57 -CV/HU": a Party number typed with a space before the hyphen; the letter's trích
    # yếu written "về việc …" under it (no V/v); a lone bracket left of the signature's image
    text = (
        "ĐẢNG BỘ TỈNH NINH THUẬN          ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY NINH PHƯỚC\n"
        "          Ninh Phước, ngày 14 tháng 5 năm 2025\n     *\nSố 57 -CV/HU\n"
        "về việc rà soát đảng viên\nthuộc diện miễn sinh hoạt\n\nKính gửi: - Các chi bộ trực thuộc\n\n"
        "Ban Thường vụ Huyện ủy đề nghị các chi bộ rà soát.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n[\n\nĐặng Văn Lực\n"
    )
    r = extract_text(text)
    assert (r.number.raw, r.number.seq, r.number.symbol) == ("57-CV/HU", "57", "CV/HU")
    assert r.title is not None and r.title.startswith("rà soát đảng viên")
    assert (r.signer.name, r.signer.position) == ("Đặng Văn Lực", "Phó Bí thư")


def test_capitalised_ve_viec_in_a_reference_list_is_no_trich_yeu_cell():
    text = (
        "# Ông Trần Văn B\n\nÔng Trần Văn B là một chính khách.\n\n## Tham khảo\n\n"
        "- ^ Quyết định Số: 99/QĐ-TTg ngày 2 tháng 3 năm 2010. Về việc thành lập Ban Chỉ đạo\". Truy cập.\n"
    )
    assert extract_text(text).is_document is False


def test_leading_zero_typed_apart_in_the_date_line():
    text = (
        "BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/QĐ-BXD | Hà Nội, ngày 09 tháng 0 7 năm 2021\n\n"
        "QUYẾT ĐỊNH\nVề việc thử nghiệm\n\nĐiều 1. Nội dung.\nĐiều 2. Hiệu lực.\n"
    )
    r = extract_text(text)
    assert (r.date.iso, r.date.month) == ("2021-07-09", 7)


def test_signer_name_beside_the_last_of_a_long_recipients_list():
    # a space-aligned closing (pdftotext -layout): the name stands far below the position,
    # beside the last recipients
    recips = "".join(f"- Phòng Nghiệp vụ {i};\n" for i in range(1, 13))
    text = (
        "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH HÀ TĨNH                               Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 61/KH-UBND                        Hà Tĩnh, ngày 02 tháng 3 năm 2025\n\nKẾ HOẠCH\nThử nghiệm\n\n"
        "I. MỤC ĐÍCH\nNội dung.\n\n"
        " Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN\n"
        "- Như trên;                                           KT. CHỦ TỊCH\n"
        "- TT. Tỉnh ủy;                                       PHÓ CHỦ TỊCH\n"
        + recips
        + "- Lãnh đạo VP;                                      Trần Minh Khôi\n- Lưu: VT.\n"
    )
    r = extract_text(text)
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Trần Minh Khôi", "Phó Chủ tịch", "KT.")
    assert "Phòng Nghiệp vụ 12" in r.recipients and "Lãnh đạo VP" in r.recipients


def test_space_aligned_closing_whose_label_stands_alone_above_the_list():
    text = (
        "UBND TỈNH LÀO CAI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/UBND-KT                  Lào Cai, ngày 02 tháng 3 năm 2026\nV/v báo cáo số liệu\n\n"
        "Kính gửi: Sở Tài chính\n\nĐề nghị Sở Tài chính báo cáo trước ngày 05/4/2026.\n\nNơi nhận:\n"
        "- Như trên;                                                KT. CHỦ TỊCH\n"
        "- Chủ tịch UBND tỉnh (b/c);                                PHÓ CHỦ TỊCH\n- Lưu: VT, KT.\n\n\n"
        "                                                            Lê Văn Hải\n"
    )
    r = extract_text(text)
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Lê Văn Hải", "Phó Chủ tịch", "KT.")
    assert r.recipients == ["Sở Tài chính", "Chủ tịch UBND tỉnh"]


def test_trich_yeu_citing_a_document_with_its_date_and_a_lower_case_ground_line():
    # a cited number's date inside the trích yếu is no date cell; a trích yếu line that opens
    # with "thực hiện" in small letters goes on with the title
    party = (
        "ĐẢNG BỘ TỈNH YÊN BÁI          ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY CÁC CƠ QUAN TỈNH\n"
        "          Yên Bái, ngày 07 tháng 9 năm 2026\n     *\nSố 249 -CV/ĐU\n"
        "về việc triển khai Chương trình hành động\nsố 14-CTr/TU ngày 30/8/2026 của Tỉnh ủy\n\n"
        "      Kính gửi: - Các chi bộ trực thuộc.\n\nNội dung.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nNguyễn Văn A\n"
    )
    r = extract_text(party)
    assert r.title == "triển khai Chương trình hành động số 14-CTr/TU ngày 30/8/2026 của Tỉnh ủy"
    assert r.date.iso == "2026-09-07"
    resolution = (
        "CHÍNH PHỦ\nSố: 10/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 06 tháng 4 năm 2026\n\nNGHỊ QUYẾT\nBan hành Chương trình hành động của Chính phủ  \n"
        "thực hiện Chỉ thị số 9-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư  \n\nCHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT NGHỊ:\nĐiều 1. Nội dung.\nĐiều 2. Hiệu lực.\n"
    )
    assert extract_text(resolution).title == (
        "Ban hành Chương trình hành động của Chính phủ thực hiện Chỉ thị số 9-CT/TW ngày 28 tháng 6 năm 2025 "
        "của Ban Bí thư")
    own = "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 12/BC-UBND ngày 05 tháng 3 năm 2025\n\nBÁO CÁO\nKết quả tháng 2\n\nNội dung.\n"
    assert extract_text(own).date.iso == "2025-03-05"


def test_type_line_with_its_qualifier():
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "KẾ HOẠCH QUỐC GIA\nPhòng chống thiên tai giai đoạn 2026 - 2030\n\n"
        "Thực hiện Luật Phòng, chống thiên tai, Thủ tướng ban hành Kế hoạch như sau:\n\nI. MỤC TIÊU\nNội dung.\n"
    )
    r = extract_text(text)
    assert r.doc_type.code == "KH"
    assert r.title == "Phòng chống thiên tai giai đoạn 2026 - 2030"


def test_party_number_left_blank_keeps_its_hyphen_and_symbol():
    # a Party programme before the clerk fills its number in: "Số -CTr/TU"
    text = (
        "TỈNH ỦY HÀ AN\n*\nSố        -CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHà An, ngày      tháng 8 năm 2026\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số\n-----\n\n"
        "I. MỤC ĐÍCH\nNội dung.\n\nNơi nhận:\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Hải\n"
    )
    r = extract_text(text)
    assert (r.number.raw, r.number.seq, r.number.symbol) == ("-CTr/TU", None, "CTr/TU")
    assert r.doc_type.code == "CTr"


@pytest.mark.parametrize("cell, raw, symbol", [
    ("Số: Z41Ø/BTC-QLCS", None, "BTC-QLCS"),  # OCR marks where the figures were: no raw number
    ("Số: 4ậ1/BTC-QLCS", None, "BTC-QLCS"),
    ("Số: ......./BTC-QLCS", "/BTC-QLCS", "BTC-QLCS"),  # a clerk's blank stays a blank
    ("Số: /BTC-QLCS", "/BTC-QLCS", "BTC-QLCS"),
    ("Số: 412/BTC-QLCS", "412/BTC-QLCS", "BTC-QLCS"),
])
def test_sequence_garbled_beyond_reading_gives_no_raw_number(cell: str, raw: str | None, symbol: str):
    text = (
        f"BỘ TÀI CHÍNH\n{cell}\nV/v triển khai Nghị định về tài sản công\nHà Nội, ngày 19 tháng 6 năm 2026\n\n"
        "Kính gửi: Các Bộ, cơ quan ngang bộ\n\nBộ Tài chính đề nghị các Bộ thực hiện.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTạ Văn Nam\n"
    )
    r = extract_text(text)
    assert r.number is not None and (r.number.raw, r.number.seq, r.number.symbol) == (raw, None if raw is None or raw.startswith("/") else "412", symbol)


def test_quoc_hieu_wrapped_and_joined_with_the_issuer_cell():
    # a two-column header whose Quốc hiệu wrapped in its column ("… VIỆT" / "NAM"), joined by a
    # converter with the issuer column's second line: the body between them is the issuer
    text = (
        "UBND TỈNH HÀ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-SNNMT\nHà An, ngày 15 tháng 01 năm 2026\n\n"
        "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nGIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n\n"
        "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nGIÁM ĐỐC\n\nLê Văn Hải\n"
    )
    r = extract_text(text)
    assert r.issuer.name == "Sở Nông nghiệp và Môi trường"
    assert r.issuer.parent == "Ủy ban nhân dân tỉnh Hà An"


@pytest.mark.parametrize("spaced, place", [("Qu ả ng Bình", "Quảng Bình"), ("Th ành phố Huế", "Thành phố Huế")])
def test_place_whose_syllable_a_converter_set_apart_keeps_the_date(spaced: str, place: str):
    # a converter (or OCR) set a syllable's letters apart around its vowel in the place-date
    # cell: the pieces are one place word, so the cell is still the date line and the place
    # comes out whole
    rec = extract_text(
        "| ỦY BAN NHÂN DÂN TỈNH A ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---- |\n"
        "|---|---|\n"
        f"| Số: 12/QĐ-UBND | {spaced}, ngày 04 tháng 10 năm 2022 |\n\n"
        "QUYẾT ĐỊNH\n\nVề việc công bố danh mục thủ tục hành chính\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Công bố danh mục.\n"
    )
    assert rec.date is not None and rec.date.iso == "2022-10-04"
    assert rec.place == place


_GAZETTE_ACT = """CÔNG BÁO/Số 101 + 102/Ngày 3-4-2021

HỘI ĐỒNG TRUNG ƯƠNG

{numline}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

NGHỊ QUYẾT
Sửa đổi chế độ phụ cấp theo
Nghị quyết số 07/2019/HĐTW2 ngày 5 tháng 3 năm 2019
của Hội đồng Trung ương

HỘI ĐỒNG TRUNG ƯƠNG

Căn cứ Nghị quyết số 07/2019/HĐTW2 ngày 5 tháng 3 năm 2019 về chế độ phụ cấp;

QUYẾT NGHỊ:

Điều 1. Phụ cấp được điều chỉnh theo Nghị quyết số 07/2019/HĐTW2 đã được thông qua ngày 5 tháng 3 năm 2019.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày thông qua.

Nghị quyết này được Hội đồng Trung ương khóa II, phiên họp thứ 3
thông qua ngày 17 tháng 2 năm 2021./.

TM. HỘI ĐỒNG TRUNG ƯƠNG
CHỦ TỊCH

Trần Văn Minh
"""


@pytest.mark.parametrize("numline", ["Nghị quyết số: 31/2021/HĐTW2", "NGHỊ QUYẾT SỐ 31/2021/HĐTW2"])
def test_gazette_act_without_so_cell_reads_number_after_type_name(numline: str):
    # the number cell cued by the type name; the title and grounds' cited number is never taken,
    # and the closing sentence of adoption is no date line (settled gold: date null)
    r = extract_text(_GAZETTE_ACT.format(numline=numline))
    assert (r.number.raw, r.number.seq, r.number.symbol) == ("31/2021/HĐTW2", "31", "2021/HĐTW2")
    assert r.date is None or r.date.iso is None


def test_a_title_line_citing_a_number_is_not_the_number_cell():
    # no number cell at all: a title line citing a number with its date leaves the number unknown
    r = extract_text(_GAZETTE_ACT.format(numline=""))
    assert r.number is None or r.number.raw is None
    assert r.date is None or r.date.iso is None


def test_province_named_without_a_level_word_keeps_its_capitals():
    """A department's header cell may end with its province's bare name, no "tỉnh" before it:
    the casing from capitals writes the province as a proper noun, whichever province it is."""
    for prov_caps, prov in (("ĐỒNG THÁP", "Đồng Tháp"), ("BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu"),
                            ("KON TUM", "Kon Tum")):
        text = (f"SỞ GIÁO DỤC VÀ ĐÀO TẠO\n{prov_caps}\n\nTRƯỜNG THPT AN PHƯỚC\n\n"
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                "Số: 12/KH-THPT\n\nAn Phước, ngày 03 tháng 8 năm 2026\n\nKẾ HOẠCH\n"
                "Tổ chức tuần sinh hoạt công dân\n\nNhà trường xây dựng kế hoạch như sau.\n")
        rec = extract_text(text)
        assert rec.issuer.parent == f"Sở Giáo dục và Đào tạo {prov}"
        assert rec.issuer.name == "Trường THPT An Phước"


def test_title_in_capitals_goes_on_into_a_line_of_capitals_that_opens_like_a_ground():
    # a Party programme's trích yếu in capitals: its line "THỰC HIỆN NGHỊ QUYẾT …" continues it
    # (a ground is written in sentence case, and is still one under it)
    text = (
        "ĐẢNG BỘ TỈNH SÔNG LAM\nĐẢNG ỦY XÃ BẮC SƠN\n*\nSố 31-CTr/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Bắc Sơn, ngày 10 tháng 11 năm 2031\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ\n"
        "THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ\nLẦN THỨ II, NHIỆM KỲ 2030-2035\n-----\n"
        "Thực hiện Nghị quyết số 05-NQ/ĐU ngày 02/10/2031 của Đảng bộ xã, Ban Chấp hành Đảng bộ xã ban "
        "hành Chương trình hành động như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hóa các mục tiêu.\n"
    )
    rec = extract_text(text)
    assert rec.title is not None and rec.title.endswith("LẦN THỨ II, NHIỆM KỲ 2030-2035")
    assert rec.title.startswith("CỦA BAN CHẤP HÀNH")
    assert [b.number for b in rec.legal_bases] == ["05-NQ/ĐU"]


def test_a_telegrams_sender_line_run_into_the_trich_yeu_ends_it() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 40/CĐ-TTg\n\nHà Nội, ngày 26 tháng 11 năm 2031\n\nCÔNG ĐIỆN\n"
        "VỀ KHẨN TRƯƠNG TRIỂN\nKHAI CÁC BIỆN PHÁP BẢO ĐẢM NGUỒN NƯỚC MÙA KHÔ NĂM 2031 "
        "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ;\n- Chủ tịch Ủy ban nhân dân các tỉnh.\n\n"
        "Để hoàn thành các mục tiêu năm 2031, Thủ tướng Chính phủ yêu cầu:\n1. Các Bộ rà soát các nhiệm vụ.\n"
    )
    rec = extract_text(text)
    assert rec.title == "VỀ KHẨN TRƯƠNG TRIỂN KHAI CÁC BIỆN PHÁP BẢO ĐẢM NGUỒN NƯỚC MÙA KHÔ NĂM 2031"
