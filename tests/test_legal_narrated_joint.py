"""A ground told as a past act ("Ngày 15 tháng 11 năm 2030 Liên Bộ A, Bộ B, Bộ C ban hành
Thông tư liên tịch số …") names its date and its joint issuers before the number: the issuer is
the whole list, the date is the narrated one (synthetic letter of invented numbers)."""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text

LETTER = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Số: 31/LĐTBXH-TE
V/v hướng dẫn thực hiện chế độ

Hà Nội, ngày 14 tháng 4 năm 2031

Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh

{ground} hướng dẫn thực hiện một số điều của Nghị định số 49/2030/NĐ-CP ngày 14 tháng 5 năm 2030 của Chính phủ quy định về miễn, giảm học phí.

Để thực hiện thống nhất, Bộ Lao động - Thương binh và Xã hội hướng dẫn như sau:

1. Sở Lao động - Thương binh và Xã hội hướng dẫn các trường thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Lê Văn Bình
"""


@pytest.mark.parametrize(("issuers", "sep"), [
    ("Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội", " "),
    ("Bộ Giáo dục và Đào tạo, Bộ Tài chính", ", "),
])
def test_joint_issuers_told_before_the_number(issuers: str, sep: str):
    ground = f"Ngày 15 tháng 11 năm 2030{sep}{issuers} ban hành Thông tư liên tịch số 29/2030/TTLT-BGDĐT-BTC"
    lb = extract_text(LETTER.format(ground=ground)).legal_bases[0]
    assert lb.number == "29/2030/TTLT-BGDĐT-BTC"
    assert lb.date == "2030-11-15"
    assert lb.issuer == issuers


def test_a_clause_that_is_no_list_of_bodies_keeps_its_narrator():
    ground = ("Triển khai Nghị định số 12/2030/NĐ-CP của Chính phủ, ngày 15 tháng 11 năm 2030 Bộ Giáo dục "
              "và Đào tạo ban hành Thông tư số 29/2030/TT-BGDĐT")
    lbs = extract_text(LETTER.format(ground=ground)).legal_bases
    tt = next(lb for lb in lbs if lb.number == "29/2030/TT-BGDĐT")
    assert tt.issuer == "Bộ Giáo dục và Đào tạo" and tt.date == "2030-11-15"


def test_a_day_that_opens_the_clause_before_tai_dates_the_paper_cited_after_it() -> None:
    """"Ngày 22/10/2030, tại Thông báo số 569/TB-VPCP của Văn phòng Chính phủ, Thủ tướng … đã chỉ
    đạo …": the paper's date is the day the clause opens with."""
    ground = ("Ngày 22/10/2030, tại Thông báo số 569/TB-VPCP của Văn phòng Chính phủ, Thủ tướng Chính phủ đã chỉ đạo "
              "Bộ Lao động - Thương binh và Xã hội")
    rec = extract_text(LETTER.format(ground=ground))
    got = {b.number: b.date for b in rec.legal_bases}
    assert got.get("569/TB-VPCP") == "2030-10-22"
