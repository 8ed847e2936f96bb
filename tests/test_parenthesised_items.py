"""Items numbered in parentheses ("(1) …", "(a) …"): a list of the body, unless the text calls
the number before, inside a sentence, which makes the line a footnote. Synthetic letters of an
invented province.
"""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.segment import parse_heading

LETTER = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 21/UBND-NC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 3 tháng 5 năm 2030

V/v giải thể hội

Kính gửi: Sở Nội vụ

Ủy ban nhân dân tỉnh có ý kiến như sau{call}:

(1) Yêu cầu Chủ tịch Ủy ban nhân dân xã Bình Minh chủ trì, phối hợp với các cơ quan liên quan khẩn trương xử lý thu hồi đất, báo cáo trước ngày 12/6/2030.

(2) Giao Hội Người cao tuổi xã Bình Minh phối hợp xử lý tài chính, tài sản, gửi hồ sơ về Sở Nội vụ trước ngày 16/6/2030.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn An
"""


def test_a_parenthesised_number_is_a_list_marker() -> None:
    assert parse_heading("(1) Tổ chức hiệp thương lần thứ nhất") == ("(1)", "Tổ chức hiệp thương lần thứ nhất", 7)
    assert parse_heading("(a) Nội dung") == ("(a)", "Nội dung", 7)
    assert parse_heading("(Kèm theo Quyết định số 5/QĐ-UBND)") is None


def test_items_numbered_in_parentheses_give_units_and_deadlines() -> None:
    r = extract_text(LETTER.format(call=""))
    assert [u.name for u in r.responsible_units] == ["Chủ tịch Ủy ban nhân dân xã Bình Minh", "Hội Người cao tuổi xã Bình Minh"]
    assert [(t.start, t.end) for t in r.timeline] == [(None, "2030-06-12"), (None, "2030-06-16")]


def test_a_footnote_the_text_calls_schedules_nothing() -> None:
    text = LETTER.format(call=" (1)").replace(
        "(1) Yêu cầu Chủ tịch Ủy ban nhân dân xã Bình Minh chủ trì, phối hợp với các cơ quan liên quan khẩn trương xử lý thu hồi đất, báo cáo trước ngày 12/6/2030.",
        "(1) Theo Công văn số 12/SNV ngày 10/6/2030 gửi trước ngày 12/6/2030.")
    r = extract_text(text)
    assert (None, "2030-06-12") not in [(t.start, t.end) for t in r.timeline]
