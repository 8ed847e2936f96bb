"""Timeline phrasing seen in plans converted one wrapped line a paragraph (synthetic plan of an
invented province): an end told as the close of what is run and dated after it, a month "vào
dịp" followed by another occasion, a clause begun on the paragraph above."""

from __future__ import annotations

from pipeline.extractor import extract_text

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 31/KH-UBND\n\nHà An, ngày 06 tháng 3 năm 2026\n\nKẾ HOẠCH\nTuyên truyền Chiến dịch hè 2026\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức.\n\nII. NỘI DUNG\n\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n"


def _items(body: str) -> list[tuple[str | None, str | None, str]]:
    return [(t.start, t.end, t.label) for t in extract_text(HEAD + body + TAIL).timeline]


def test_an_end_told_as_the_close_of_the_campaign_dated_after_it():
    assert _items("1. Treo băng rôn tại trụ sở các cơ quan từ tháng 5/2026 đến khi kết thúc Chiến dịch "
                  "vào tháng 10/2026.") == [("2026-05", "2026-10", "Treo băng rôn tại trụ sở các cơ quan")]


def test_a_clause_begun_on_the_paragraph_above_labels_the_item():
    # each wrapped line a paragraph: the date's line opens in small letters
    items = _items("1. Xây dựng ấn phẩm tuyên truyền trực quan tại trụ sở các cơ quan chuyên\n\n"
                   "trách từ tháng 5/2026 đến tháng 9/2026.")
    assert items == [("2026-05", "2026-09", "Xây dựng ấn phẩm tuyên truyền trực quan tại trụ sở các cơ quan chuyên trách")]


def test_a_month_of_the_documents_year_before_another_occasion():
    items = _items("1. Phỏng vấn đại diện Ban Thường vụ vào dịp tháng 7 và dịp tổng kết chiến dịch.")
    assert items == [("2026-07", "2026-07", "Phỏng vấn đại diện Ban Thường vụ")]
    # … while a list whose last month carries the year is read whole
    assert [(s, e) for s, e, _ in _items("1. Phỏng vấn đại diện vào tháng 7 và tháng 9/2026.")] == [
        ("2026-07", "2026-07"), ("2026-09", "2026-09")]


def test_two_days_of_a_month_joined_by_a_comma_are_two_items():
    assert [(s, e) for s, e, _ in _items("1. Thời gian: Ngày 07, 09/4/2026.")] == [
        ("2026-04-07", "2026-04-07"), ("2026-04-09", "2026-04-09")]
