"""A letter's writer telling what it encloses is the letter speaking, not a task: synthetic letters.

- "2. Ủy ban nhân dân tỉnh gửi kèm …" in a letter of that committee: no unit, and what the
  addressees do with the enclosure in the same paragraph is not the issuer's task either;
- the issuer's own duties in a plan stay ("1. Ủy ban nhân dân xã: xây dựng kế hoạch …");
- another body enclosing its report is given that work ("Sở A gửi kèm …").
"""

from __future__ import annotations

from pipeline.extractor import extract_text

LETTER = """ỦY BAN NHÂN DÂN
TỈNH NAM SƠN
Số: 77/UBND-VX
V/v báo cáo chỉ tiêu chương trình phòng chống dịch
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày 4 tháng 3 năm 2031

Kính gửi:
- Sở Y tế;
- Sở Tài chính.

Để bảo đảm hoàn thành các chỉ tiêu, Ủy ban nhân dân tỉnh Nam Sơn yêu cầu các đơn vị triển khai một số nội dung sau:
1. Sở Y tế, Sở Tài chính báo cáo kết quả thực hiện trên phần mềm trước ngày 18 hằng tháng.
2. {who} gửi kèm tài khoản và tài liệu hướng dẫn sử dụng. Các đơn vị đăng nhập phần mềm để báo cáo theo quy định.
Yêu cầu các đơn vị nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""

PLAN = """ỦY BAN NHÂN DÂN
XÃ AN HÒA
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 9 tháng 2 năm 2031

KẾ HOẠCH
Phát triển thư viện cộng đồng năm 2031

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao văn hóa đọc của nhân dân.

II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân xã
Xây dựng kế hoạch hằng năm; bố trí kinh phí cho thư viện.
2. Trường Tiểu học An Hòa
Phối hợp tổ chức ngày hội đọc sách.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Thị Hoa
"""


def _units(text: str) -> dict[str, list[str]]:
    return {u.name: list(u.tasks) for u in extract_text(text).responsible_units}


def test_issuer_enclosing_is_no_unit() -> None:
    units = _units(LETTER.format(who="Ủy ban nhân dân tỉnh"))
    assert set(units) == {"Sở Y tế", "Sở Tài chính"}


def test_issuer_duties_in_a_plan_stay() -> None:
    units = _units(PLAN)
    assert "Ủy ban nhân dân xã" in units
    assert any("kinh phí" in t for t in units["Ủy ban nhân dân xã"])


def test_another_body_enclosing_is_given_the_work() -> None:
    units = _units(LETTER.format(who="Sở Y tế"))
    assert any(t.startswith("Gửi kèm") for t in units["Sở Y tế"])
