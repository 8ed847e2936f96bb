"""A web page's own heading above the document's header (a scraper keeps the page's H1, which
may name another document) is not the document's trích yếu: a letter's V/v sits under its
number, so a "Về việc …" line above the number cell neither gives the title nor hides the
type line below the header (synthetic pages of invented bodies)."""

from __future__ import annotations

from pipeline.extractor import extract_text

DECISION_PAGE = """*Source: https://example.vn/van-ban/quyet-dinh-77-qd-ubnd-2031.aspx*

# Về việc hỗ trợ học phí cho học sinh vùng cao của Ủy ban nhân dân tỉnh Đồi Xanh

| ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 77/QĐ-UBND | Sông Bạc, ngày 09 tháng 3 năm 2031 |

QUYẾT ĐỊNH

BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2031

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC

Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống thiên tai năm 2031.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm thi hành Quyết định này./.

| Nơi nhận: - Như Điều 3; - Lưu: VT. | CHỦ TỊCH Lê Văn Bình |
|---|---|
"""

LETTER_PAGE = """*Source: https://example.vn/cong-van/Cong-van-415-UBND-VX-2031.aspx*

# V/v tổ chức tuần lễ học tập suốt đời năm 2031

| ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 415/UBND-VX V/v tổ chức tuần lễ học tập suốt đời năm 2031 | Sông Bạc, ngày 02 tháng 9 năm 2031 |

Kính gửi: Sở Giáo dục và Đào tạo

Ủy ban nhân dân tỉnh đề nghị Sở Giáo dục và Đào tạo tổ chức tuần lễ học tập suốt đời từ ngày 01/10/2031 đến ngày 07/10/2031.

| Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thị Hoa |
|---|---|
"""


def test_a_heading_naming_another_document_is_neither_title_nor_type():
    r = extract_text(DECISION_PAGE)
    assert r.doc_type.code == "QĐ"
    assert r.number.raw == "77/QĐ-UBND"
    assert r.title == "BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2031"
    assert r.issuer.name == "Ủy ban nhân dân tỉnh Sông Bạc"


def test_a_letter_keeps_the_trich_yeu_of_its_number_cell_and_its_number():
    r = extract_text(LETTER_PAGE)
    assert r.doc_type.code == "CV"
    assert r.number.raw == "415/UBND-VX" and r.number.symbol == "UBND-VX"
    assert r.title is not None and r.title.lower() == "tổ chức tuần lễ học tập suốt đời năm 2031"
    assert r.date.iso == "2031-09-02"


def test_a_heading_above_a_number_that_carries_its_year():
    # a legal normative document's number carries its year ("Số: 12/2031/QĐ-UBND"): the heading
    # above it is still the page's, not a letter's V/v
    page = DECISION_PAGE.replace("Số: 77/QĐ-UBND", "Số: 12/2031/QĐ-UBND")
    r = extract_text(page)
    assert r.doc_type.code == "QĐ"
    assert r.number.raw == "12/2031/QĐ-UBND"
    assert r.title == "BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2031"


def test_a_heading_naming_the_letter_by_its_type_and_number():
    # "# Công văn số 415/UBND-VX V/v …" above the header: the page's heading, whose V/v is not
    # the header's; the issuer is the header's
    page = LETTER_PAGE.replace("# V/v tổ chức tuần lễ học tập suốt đời năm 2031",
                               "# Công văn số 415/UBND-VX V/v tổ chức tuần lễ học tập suốt đời năm 2031")
    r = extract_text(page)
    assert r.doc_type.code == "CV" and r.number.raw == "415/UBND-VX"
    assert r.issuer is not None and r.issuer.name == "Ủy ban nhân dân tỉnh Sông Bạc"
