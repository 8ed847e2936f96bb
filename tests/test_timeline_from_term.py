"""An activity set to run from a school or term year ("triển khai … từ năm học 2026-2027") starts
that year with no end named; a line that opens with it states a rule's scope ("a) Từ năm học
2026-2027, số dự án … được tính …"), and a term only named ("nhiệm vụ năm học …") is no item."""

from __future__ import annotations

from synthetic_docs import letter

from pipeline.extractor import extract_text


def _items(body: str) -> list[tuple[str | None, str | None]]:
    text = letter(body, subject="hướng dẫn xây dựng kế hoạch giáo dục", to="Các trường trung học phổ thông")
    return [(t.start, t.end) for t in extract_text(text).timeline]


def test_an_activity_from_a_school_year_on_starts_that_year() -> None:
    assert _items("Sở yêu cầu các trường triển khai thực hiện nghiêm túc hướng dẫn này từ năm học 2026-2027./.\n") \
        == [("2026", None)]


def test_a_rule_scoped_from_a_school_year_and_a_named_term_are_no_items() -> None:
    assert _items("a) Từ năm học 2026-2027, số dự án dự thi tối đa được tính theo công thức sau.\n\n"
                  "b) Nhiệm vụ năm học 2026-2027 gồm các nội dung sau đây.\n") == []
