"""A date line whose handwritten day the OCR turned into a few letters ("Hà Nội, ngày sÈŸ tháng 4
năm 2026"): the month and year still stand, the day is null — as for a day left blank — while
ordinary words between "ngày" and "tháng" ("trong ngày và tháng 4 năm 2026") are no date line."""

from __future__ import annotations

from pipeline.dates import find_dates
from pipeline.extractor import extract_text


def test_unread_day_leaves_month_and_year() -> None:
    got = [(d.day, d.month, d.year) for d in find_dates("Hà Nội, ngày sÈŸ tháng 4 năm 2026")]
    assert got == [(None, 4, 2026)]
    # … also a handwritten day's figures read as capitals, and "năm" with its ă read as d or i
    got = [(d.day, d.month, d.year) for d in find_dates("Hà Nội, ngày OF tháng 10ndm 2025")]
    assert got == [(None, 10, 2025)]
    # Vietnamese words there are no unread day: the month alone is read, as before
    assert [(d.raw, d.day) for d in find_dates("trong ngày và tháng 4 năm 2026")] == [("tháng 4 năm 2026", None)]


def test_a_letter_whose_day_the_ocr_garbled_keeps_its_month() -> None:
    text = ("BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 81 /HC-CNHC\n\nHà Nội, ngày sÈŸ tháng 4 năm 2031\n\nV/v trao đổi về một số quy định\n\n"
            "Kính gửi: Cục Hải quan\n\nCục Hóa chất có ý kiến như sau: đề nghị Cục Hải quan nghiên cứu.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nTrần Văn An\n")
    rec = extract_text(text)
    assert rec.date is not None and (rec.date.year, rec.date.month, rec.date.day, rec.date.iso) == (2031, 4, None, None)


def test_date_patterns_that_skip_to_figures_find_what_they_found() -> None:
    """``NUM_DATE``, ``MONTH_YEAR`` and the spans test what stands before a number after its first figure
    (pipeline/dates.py): over any stretch of a text they must find the spans and groups of the
    patterns that tested it first."""
    import random
    import re
    from pathlib import Path

    from pipeline.dates import DAY_SPAN, MONTH_SPAN, MONTH_YEAR, NUM_DATE, YEAR_PAIR

    _d, _m, _y = r"(?P<d>\d{1,2})", r"(?P<m>\d{1,2})", r"(?P<y>(?:19|20)\d{2})"
    sp = r"[ \t\u00a0]*"
    old_num = re.compile(rf"(?<![\d/.])(?:(?<=\d{{4}}-)|(?<!-)){_d}(?P<sep>[/.\-]){_m}(?P=sep){_y}(?![\d/])")
    old_my = re.compile(
        rf"(?:tháng|Tháng|THÁNG){sp}{_m}{sp}(?:/|-|,?{sp}(?:năm|Năm)){sp}{_y}|(?<![\d/])(?P<m2>\d{{1,2}})/(?P<y2>(?:19|20)\d{{2}})(?![\d/])"
    )
    old_spans = [
        (DAY_SPAN, re.compile(rf"(?<![\d/.])(?P<d1>\d{{1,2}}){sp}[-–]{sp}(?P<d2>\d{{1,2}}){sp}/{sp}{_m}{sp}/{sp}{_y}(?![\d/])")),
        (MONTH_SPAN, re.compile(rf"(?<![\d/.\-])(?P<m1>\d{{1,2}}){sp}[-–]{sp}(?P<m2>\d{{1,2}}){sp}/{sp}{_y}(?![\d/])")),
        (YEAR_PAIR, re.compile(r"(?<![\d/.\-])(?P<y1>(?:19|20)\d{2})[ \t\u00a0]*\n?[ \t\u00a0]*[-–—][ \t\u00a0]*"
                               r"(?P<y2>(?:19|20)\d{2})(?![\d/])")),
    ]
    root = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]
    rng = random.Random(12)
    bits = ["1", "2", "9", "12", "31", "2025", "1999", "2030", "/", ".", "-", "–", "—", " ", "tháng ", "năm ", "x", "\n"]
    texts += ["".join(rng.choice(bits) for _ in range(rng.randint(0, 25))) for _ in range(5000)]

    def found(rx: re.Pattern[str], text: str, a: int, b: int) -> list:
        return [(m.span(), m.groupdict()) for m in rx.finditer(text, a, b)]

    for text in texts:
        for a, b in ((0, len(text)), *((rng.randint(0, len(text)), rng.randint(0, len(text))) for _ in range(3))):
            assert found(NUM_DATE, text, a, b) == found(old_num, text, a, b), (text, a, b)
            assert found(MONTH_YEAR, text, a, b) == found(old_my, text, a, b), (text, a, b)
            for rx, old in old_spans:
                assert found(rx, text, a, b) == found(old, text, a, b), (rx.pattern, text, a, b)
