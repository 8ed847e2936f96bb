"""A task's own time field sets its deadline also where that day falls a few days before the
plan was signed ("Thời gian hoàn thành: Trước ngày 15/11/2025" in a plan of 21/11/2025): the
plan sets it, it is no status of the past; a sentence that reports the past stays out."""

from __future__ import annotations

from synthetic_docs import plan

from pipeline.extractor import extract_text


def _items(body: str) -> list[tuple[str | None, str | None]]:
    text = plan(body, title="Kiểm kê tài sản công", date="21 tháng 11 năm 2025")
    return [(t.start, t.end) for t in extract_text(text).timeline]


def test_a_time_field_before_the_signing_day_is_still_the_tasks_deadline() -> None:
    items = _items("1. Ủy ban nhân dân các xã\n\n- Thành lập Ban Chỉ đạo kiểm kê cấp xã.\n\n"
                   "Thời gian hoàn thành: Trước ngày 15/11/2025.\n\n- Báo cáo kết quả kiểm kê.\n\n"
                   "Thời gian hoàn thành: Trước ngày 15/4/2026.\n")
    assert (None, "2025-11-15") in items
    assert (None, "2026-04-15") in items


def test_a_report_of_the_past_is_no_item() -> None:
    assert _items("1. Tình hình\n\nĐến ngày 30/9/2025, đã hoàn thành 80% khối lượng kiểm kê.\n\n"
                  "Ngày 10/11/2025, Sở Tài chính đã tổ chức hội nghị triển khai.\n") == []


def test_a_period_named_by_what_it_holds_takes_the_cue_before_it() -> None:
    # "vào kỳ chi trả tháng 12 năm 2025", "trong đợt cao điểm tháng 12/2025": the cue's time is
    # the month; a report's period ("số liệu kỳ báo cáo tháng 12") sets nothing
    assert _items("1. Bảo hiểm xã hội tỉnh\n\n- Thực hiện chi trả gộp lương hưu vào kỳ chi trả tháng 12 năm 2025.\n") \
        == [("2025-12", "2025-12")]
    assert _items("1. Công an tỉnh\n\n- Tổ chức ra quân trong đợt cao điểm tháng 12/2025.\n") == [("2025-12", "2025-12")]
    assert _items("1. Sở Tài chính\n\n- Tổng hợp số liệu kỳ báo cáo tháng 12 năm 2025.\n") == []
