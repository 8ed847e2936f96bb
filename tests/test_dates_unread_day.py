"""A date line whose handwritten day the OCR turned into a few letters ("Hà Nội, ngày sÈŸ tháng 4
năm 2026"): the month and year still stand, the day is null — as for a day left blank — while
ordinary words between "ngày" and "tháng" ("trong ngày và tháng 4 năm 2026") are no date line."""

from __future__ import annotations

from pipeline.dates import find_dates
from pipeline.extractor import extract_text


def test_unread_day_leaves_month_and_year() -> None:
    got = [(d.day, d.month, d.year) for d in find_dates("Hà Nội, ngày sÈŸ tháng 4 năm 2026")]
    assert got == [(None, 4, 2026)]
    # Vietnamese words there are no unread day: the month alone is read, as before
    assert [(d.raw, d.day) for d in find_dates("trong ngày và tháng 4 năm 2026")] == [("tháng 4 năm 2026", None)]


def test_a_letter_whose_day_the_ocr_garbled_keeps_its_month() -> None:
    text = ("BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 81 /HC-CNHC\n\nHà Nội, ngày sÈŸ tháng 4 năm 2031\n\nV/v trao đổi về một số quy định\n\n"
            "Kính gửi: Cục Hải quan\n\nCục Hóa chất có ý kiến như sau: đề nghị Cục Hải quan nghiên cứu.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nTrần Văn An\n")
    rec = extract_text(text)
    assert rec.date is not None and (rec.date.year, rec.date.month, rec.date.day, rec.date.iso) == (2031, 4, None, None)
