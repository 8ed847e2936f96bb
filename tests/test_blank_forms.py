"""A blank form is not a document: synthetic texts.

An application form or a template page carries the motto and a "Kính gửi" like a letter, but
its fields are left to fill in ("Họ và tên: ......", a template's "{$ten}" placeholders): three or
more near the top make it a form (rules/structure.toml ``fill_in``), while a real letter or a
decision with an annexed form keeps its own number, type and date line.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

FORM = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
ĐƠN XIN CẤP LẠI THẺ THƯ VIỆN
Kính gửi: Trung tâm Thông tin - Thư viện
Họ và tên: ..........................................................
Ngày sinh: {$sv['ngay_sinh']}
Lớp: .................................. Khoa: ................................
Mã số sinh viên: {$sv['ma_sv']}
Lý do cấp lại: ........................................................
Tôi làm đơn này đề nghị Trung tâm xem xét cấp lại thẻ thư viện.
Hà Nội, ngày .... tháng .... năm 20...
Người làm đơn
"""

LETTER_WITH_FORM = """TRƯỜNG ĐẠI HỌC NAM SƠN
Số: 45/TB-ĐHNS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày 02 tháng 3 năm 2031
THÔNG BÁO
Về việc cấp lại thẻ thư viện
Trung tâm Thông tin - Thư viện thông báo việc cấp lại thẻ thư viện cho sinh viên như sau:
1. Sinh viên nộp đơn theo mẫu đính kèm trước ngày 30/3/2031.
Mẫu đơn:
Họ và tên: ..........................................................
Lớp: .................................. Khoa: ................................
Lý do cấp lại: ........................................................
Nơi nhận:
- Các khoa;
- Lưu: VT.
GIÁM ĐỐC
Lê Văn Minh
"""


def test_blank_form_is_no_document() -> None:
    r = extract_text(FORM)
    assert r.is_document is False
    assert r.title is None and r.recipients == []


def test_a_notice_with_a_form_inside_stays_a_document() -> None:
    r = extract_text(LETTER_WITH_FORM)
    assert r.is_document is True
    assert r.number is not None and r.number.raw == "45/TB-ĐHNS"
