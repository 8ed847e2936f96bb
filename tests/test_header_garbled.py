"""Header cells a scan or a converter damaged: a letter-spaced number, a date whose figures
OCR garbled, figures set apart before a number (synthetic letters of invented bodies)."""

from __future__ import annotations

from pipeline.extractor import extract_text

BODY = """
V/v góp ý dự thảo quy chế phối hợp

Kính gửi: Ủy ban nhân dân tỉnh Sông Lam

Bộ Giao thông có ý kiến như sau: thống nhất với nội dung dự thảo.

Nơi nhận:                                   KT. BỘ TRƯỞNG
- Như trên;                                  THỨ TRƯỞNG
- Lưu: VT.
                                             Lê Văn Hòa
"""


def _letter(number_and_date: str) -> str:
    return "BỘ GIAO THÔNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" \
           "                              Độc lập - Tự do - Hạnh phúc\n\n" + number_and_date + "\n" + BODY


def test_letter_spaced_number_is_one_number():
    r = extract_text(_letter("Số:4 7 1 3/BGT-VT           Hà Nội, ngày 12 tháng 5 năm 2027"))
    assert (r.number.raw, r.number.seq, r.number.symbol) == ("4713/BGT-VT", "4713", "BGT-VT")
    assert r.date.iso == "2027-05-12" and r.place == "Hà Nội"


def test_figures_apart_before_the_number_give_no_number_rather_than_a_wrong_one():
    r = extract_text(_letter("Số: 47 13/BGT-VT           Hà Nội, ngày 12 tháng 5 năm 2027"))
    assert r.number.raw is None and r.number.seq is None and r.number.symbol == "BGT-VT"


def test_garbled_date_figures_keep_the_place():
    r = extract_text(_letter("Số: 4713/BGT-VT           Hà Nội, ngày 1Ữ tháng 5Ä năm 2O27"))
    assert r.place == "Hà Nội"
    assert r.date is None or (r.date.iso is None and r.date.year is None and r.date.day is None)
    assert r.number.raw == "4713/BGT-VT"
