"""A text layer that set a word's letters apart ("Nh ư tr ê n") still says "Như trên": the
item refers to the addressees above and names no recipient (synthetic letter of an invented
department)."""

from __future__ import annotations

from pipeline.extractor import extract_text

LETTER = """| SỞ GIAO THÔNG TỈNH HÀ AN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 215/SGT-QLCL V/v kiểm tra định kỳ | Hà An , ngày 03 tháng 4 năm 2031 |

Kính gửi: Ủy ban nhân dân các xã

Sở Giao thông đề nghị Ủy ban nhân dân các xã rà soát, báo cáo trước ngày 30/4/2031.

| Nơi nhận: - Nh ư tr ê n; - Bộ Xây dựng; - Lưu: VT. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Văn Thường |
|---|---|
"""


def test_a_spaced_out_as_above_is_no_recipient():
    r = extract_text(LETTER)
    assert r.recipients == ["Ủy ban nhân dân các xã", "Bộ Xây dựng"]


PARTY_LETTER = """HUYỆN ỦY SÔNG BẠC

Số 12-CV/HU

Sông Bạc, ngày 03 tháng 4 năm 2031

V/v triển khai kế hoạch năm 2031

Kính gửi: Các chi bộ trực thuộc

Ban Thường vụ Huyện ủy đề nghị các chi bộ triển khai kế hoạch năm 2031.

Nơi nhân: T/M BAN THƯỜNG VỤ
- Các đ/c Ủy viên BTV Huyện ủy, PHÓ BÍ THƯ
- Các chi bộ trực thuộc,
- Chuyên viên P.TH - VPHU,
- Lưu VP.
Lê Văn An
"""


def test_a_hyphen_after_a_dotted_abbreviation_starts_no_item():
    r = extract_text(PARTY_LETTER)
    assert "Chuyên viên P.TH - VPHU" in r.recipients
    assert "VPHU" not in r.recipients


def test_a_copy_count_after_a_recipient_is_a_note():
    """"Văn phòng Chính phủ 02 bản (để đăng Công báo)": how many copies go there is no part of the
    recipient's name, like the bracket after it."""
    text = LETTER.replace("- Bộ Xây dựng;", "- Văn phòng Chính phủ 02 bản (để đăng Công báo); - Bộ Xây dựng 03 bản;")
    assert extract_text(text).recipients == ["Ủy ban nhân dân các xã", "Văn phòng Chính phủ", "Bộ Xây dựng"]


OCR_CLOSING = """SỞ GIAO THÔNG TỈNH HÀ AN

Số: 216/SGT-QLCL

Hà An, ngày 03 tháng 4 năm 2031

V/v kiểm tra định kỳ

Kính gửi: Ủy ban nhân dân các xã

Sở Giao thông đề nghị Ủy ban nhân dân các xã rà soát, báo cáo trước ngày 30/4/2031.

Nơi nhận:
- Như trên; A
- Bộ Xây dựng (để phối hợp):
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Thường
"""


def test_ocr_marks_in_a_list_are_no_recipients_and_leave_no_note():
    # a lone letter OCR read off a mark after an item's semicolon names no one; the colon it
    # read for a semicolon after a note leaves the note a note
    assert extract_text(OCR_CLOSING).recipients == ["Ủy ban nhân dân các xã", "Bộ Xây dựng"]
