"""Header, closing and theme fields on real documents of the bundled corpus."""

from __future__ import annotations

import pytest
from corpus_files import source

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
