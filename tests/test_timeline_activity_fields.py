"""A plan's activities, each a numbered heading with its time as a labelled field under it, and
a span of years whose dash a converter dropped (synthetic plans of an invented province)."""

from __future__ import annotations

from pipeline.dates import find_periods
from pipeline.extractor import extract_text

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nTổ chức chương trình trồng cây\n\nI. NỘI DUNG\n\n"


def _activity(n: int, name: str, day: str) -> str:
    return f"{n}. {name}\n\n Thời gian (dự kiến): Ngày {day} (Chủ nhật)\n\n Địa điểm (dự kiến): Hà An.\n\n"


def test_two_activities_on_one_day_are_two_items():
    text = HEAD + _activity(1, "Lễ tổng kết chương trình", "22/8/2027") + _activity(2, "Hoạt động trồng rừng", "22/8/2027") \
        + _activity(3, "Hoạt động tham quan, trải nghiệm", "22/8/2027")
    items = [(t.start, t.end, t.label) for t in extract_text(text).timeline]
    assert items == [("2027-08-22", "2027-08-22", "Lễ tổng kết chương trình"),
                     ("2027-08-22", "2027-08-22", "Hoạt động trồng rừng"),
                     ("2027-08-22", "2027-08-22", "Hoạt động tham quan, trải nghiệm")]


def test_the_same_activitys_day_restated_is_one_item():
    # (the time field restated in a paragraph of the same activity is no second item)
    text = HEAD + "1. Lễ tổng kết chương trình\n\n Thời gian: Ngày 22/8/2027\n\n Lễ tổng kết diễn ra ngày 22/8/2027 tại Hà An.\n"
    assert [(t.start, t.end) for t in extract_text(text).timeline] == [("2027-08-22", "2027-08-22")]


def test_a_span_of_years_whose_dash_was_dropped():
    for t in ("chăm sóc, bảo vệ trong giai đoạn 2021  2023.", "chăm sóc, bảo vệ trong giai đoạn 2021 2023."):
        assert [(p.first, p.last, p.kind) for p in find_periods(t)] == [("2021", "2023", "years")]
    # (two years with no word naming a span are two years: "năm 2021 2023" is no span)
    assert [(p.first, p.last) for p in find_periods("số liệu các năm 2021 2023")] != [("2021", "2023")]


def test_a_day_span_whose_dash_was_dropped_and_a_day_with_its_year_in_words():
    # "Ngày 15  16/5/2021" (a converter dropped the dash): two days running after "ngày" before a
    # date are a span; "từ 20/4 đến 7/5 năm 2025": day and month in figures, the year in words
    assert [(p.first, p.last) for p in find_periods("Thời gian: Ngày 15  16/5/2021")] == [("2021-05-15", "2021-05-16")]
    assert [(p.first, p.last) for p in find_periods("Thời gian: Từ ngày 16 22/5/2021.")] == [("2021-05-16", "2021-05-22")]
    assert [(p.first, p.last) for p in find_periods("triển khai từ 20/4 đến 7/5 năm 2025.")] == [("2025-04-20", "2025-05-07")]
    # (no "ngày": "mục 15 16/5/2021" is no span; a later day first is none either)
    assert [(p.first, p.last) for p in find_periods("theo mục 15 16/5/2021")] == [("2021-05-16", "2021-05-16")]
    assert [(p.first, p.last) for p in find_periods("ngày 22 16/5/2021")] == [("2021-05-16", "2021-05-16")]


def test_a_day_span_glued_where_its_dash_was_dropped():
    # "từ 2531/5/2025" (25–31/5, dash and spaces dropped): figures no day can be that part into two
    # days, the first before the second; a document's number ("Số 1012/5/2025") is none
    assert [(p.first, p.last) for p in find_periods("Tuần lễ từ 2531/5/2025 với chủ đề")] == [("2025-05-25", "2025-05-31")]
    assert find_periods("theo văn bản số 1012/5/2025") == []
    assert [(p.first, p.last) for p in find_periods("ngày 12/5/2025")] == [("2025-05-12", "2025-05-12")]
