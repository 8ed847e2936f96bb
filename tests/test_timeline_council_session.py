"""A council's resolution sets a report for a session named by its kind before its time ("báo
cáo kết quả tại kỳ họp thường lệ giữa năm 2032"): the session's year is the item (synthetic)."""

from __future__ import annotations

import pytest
from synthetic_council import council_resolution

from pipeline.extractor import extract_text

RESOLUTION = council_resolution(
    "",
    "Điều 1. Thông qua chương trình giám sát năm 2032.\n\n"
    "Điều 2. Thường trực Hội đồng nhân dân tỉnh ban hành kế hoạch tổ chức thực hiện và báo cáo kết quả thực "
    "hiện {at}./.\n",
)


@pytest.mark.parametrize("at", ["tại kỳ họp thường lệ giữa năm 2033", "tại kỳ họp giữa năm 2033",
                                "tại kỳ họp thường lệ cuối năm 2033"])
def test_the_sessions_year_is_the_item(at: str):
    r = extract_text(RESOLUTION.format(at=at))
    assert ("2033", "2033") in [(t.start, t.end) for t in r.timeline]


def test_a_closing_sentence_wrapped_after_its_passive_verb_is_one_sentence():
    # "Nghị quyết này đã được" / "Hội đồng nhân dân tỉnh … thông qua ngày … và có hiệu lực từ ngày
    # 01 tháng 8 năm 2032": a line never ends a sentence on "được"; the entry into force is read
    text = RESOLUTION.format(at="tại kỳ họp cuối năm 2032").replace(
        "CHỦ TỊCH\n",
        "Nghị quyết này đã được\nHội đồng nhân dân tỉnh Sông Bạc khóa IX, kỳ họp thứ năm thông qua ngày 14 tháng\n"
        "7 năm 2031 và có hiệu lực từ ngày 01 tháng 8 năm 2031./.\n\nCHỦ TỊCH\n")
    r = extract_text(text)
    assert ("2031-08-01", "2031-08-01") in [(t.start, t.end) for t in r.timeline]


def test_a_provision_carried_out_from_a_day_holds_from_then():
    # "Các quy định tại khoản 3 Điều 1 … được thực hiện từ ngày D": an apply verb, {D, null},
    # also before the document's own date (the document sets it back)
    text = RESOLUTION.format(at="tại kỳ họp cuối năm 2032").replace(
        "Điều 2.", "Điều 2. Các quy định tại khoản 3 Điều 1 Nghị quyết này được thực hiện từ ngày 01 tháng 01 "
        "năm 2031.\n\nĐiều 3.")
    r = extract_text(text)
    assert ("2031-01-01", None) in [(t.start, t.end) for t in r.timeline]
