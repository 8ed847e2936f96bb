"""Minutes open with the sitting they record: synthetic documents.

"Vào hồi 13 giờ 00 ngày …, tại …, chúng tôi gồm:" dates the sitting the minutes record, not a
schedule the text sets; a plan's "Vào hồi 8 giờ ngày …, tổ chức hội nghị" still schedules.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

MINUTES = """HỘI ĐỒNG THI TỐT NGHIỆP
BAN ĐỀ THI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BIÊN BẢN
In sao đề thi tốt nghiệp đợt 2 năm 2031

Vào hồi 13 giờ 00 ngày 05/10/2031, tại Phòng Tổ chức Hành chính, chúng tôi gồm:
Ban Đề thi:
Ông Nguyễn Văn An - Ủy viên thường trực Ban đề thi
Ban Thanh tra:
Bà Trần Thị Bình - Ủy viên thanh tra
Cùng tiến hành in sao đề thi tốt nghiệp đợt 2 năm 2031, ngày thi 08/10/2031.
Số lượng đề thi được in sao theo đúng quy định.
BAN THANH TRA
BAN ĐỀ THI
"""

PLAN = """ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN
Số: 12/KH-UBND
Đông Sơn, ngày 01 tháng 10 năm 2031
KẾ HOẠCH
Tổ chức hội nghị tổng kết năm 2031
I. THỜI GIAN, ĐỊA ĐIỂM
Vào hồi 08 giờ 00 ngày 25/12/2031, tại Hội trường Ủy ban nhân dân huyện, tổ chức hội nghị tổng kết.
II. TỔ CHỨC THỰC HIỆN
Văn phòng Ủy ban nhân dân huyện chuẩn bị hội trường.
"""


def test_the_sitting_minutes_record_is_no_item() -> None:
    assert extract_text(MINUTES).timeline == []


def test_a_plans_sitting_is_still_scheduled() -> None:
    items = [(t.start, t.end) for t in extract_text(PLAN).timeline]
    assert ("2031-12-25", "2031-12-25") in items


def test_the_receipt_of_a_paper_is_no_item() -> None:
    text = PLAN.replace(
        "I. THỜI GIAN, ĐỊA ĐIỂM",
        "Ngày 17/7/2031, Ủy ban nhân dân huyện nhận được Đơn đề nghị của Hội Khuyến học huyện về việc tổ chức hội nghị.\nI. THỜI GIAN, ĐỊA ĐIỂM",
    )
    items = [(t.start, t.end) for t in extract_text(text).timeline]
    assert ("2031-07-17", "2031-07-17") not in items
    assert ("2031-12-25", "2031-12-25") in items
