"""A school's or a council's programme of days: synthetic documents.

A plan for an event of a few days says its days once as a run ("24, 25 và 26 tháng 8 năm 2031")
and then sets out each day under its own heading ("NGÀY 1: THỨ HAI, NGÀY 24/8/2031") as a table
of clock times ("7h00 - 7h15 | … | Khai mạc … | Đại diện Ban Giám hiệu"). Each row is held that
day from its first clock time; the column of who is in charge ("Đơn vị/ cá nhân phụ trách")
names the units, a representative standing for the body represented.
"""

from __future__ import annotations

from pipeline.dates import find_periods
from pipeline.extractor import extract_text

PLAN = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH HÀ AN

TRƯỜNG THPT AN PHƯỚC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 21/KH-THPTAP

An Phước, ngày 10 tháng 8 năm 2031

KẾ HOẠCH
Tổ chức tuần sinh hoạt công dân đầu năm học 2031 - 2032

I. THỜI GIAN VÀ CHƯƠNG TRÌNH

1. Thời gian tổ chức

03 ngày: 24, 25 và 26 tháng 8 năm 2031.

2. Chương trình chi tiết

#### NGÀY 1: THỨ HAI, NGÀY 24/8/2031

| **Thời gian** | **Hình thức** | **Nội dung** | **Đơn vị/ cá nhân phụ trách** |
|---|---|---|---|
| **Buổi sáng (từ 7h00 đến 9h00) – Tập trung toàn trường** ||||
| 7h00 - 7h15 | Tập trung | Ổn định tổ chức, giới thiệu chương trình | Ban Giám hiệu |
| 7h15 - 8h00 | Tập trung | Chuyên đề 1: Truyền thống nhà trường | Đại diện Hội LHTN nhà trường |

#### NGÀY 2: THỨ BA, NGÀY 25/8/2031

| **Thời gian** | **Hình thức** | **Nội dung** | **Đơn vị/ cá nhân phụ trách** |
|---|---|---|---|
| 7h00 - 8h30 | Tập trung | Chuyên đề 2: An toàn giao thông | Đại diện Công an xã An Phước |

II. TỔ CHỨC THỰC HIỆN

1. Ban Giám hiệu chỉ đạo chung.

Nơi nhận:
- Lưu: VT.

HIỆU TRƯỞNG

Trần Văn Minh
"""


def test_a_run_of_days_is_one_period() -> None:
    for text, first, last in (("03 ngày: 24, 25 và 26 tháng 8 năm 2031.", "2031-08-24", "2031-08-26"),
                              ("trong các ngày 12, 13, 14/11/2031", "2031-11-12", "2031-11-14"),
                              ("vào ngày 3 và 4 tháng 5 năm 2031", "2031-05-03", "2031-05-04")):
        ps = find_periods(text)
        assert [(p.first, p.last) for p in ps] == [(first, last)], text
    # days that do not follow each other are no run: the month alone is read, as before
    assert [(p.first, p.last) for p in find_periods("ngày 5 và 20 tháng 8 năm 2031")] == [("2031-08", "2031-08")]


def test_each_row_of_a_days_programme_is_held_that_day_at_its_time() -> None:
    rec = extract_text(PLAN)
    items = {(t.start, t.end, t.time) for t in rec.timeline}
    assert ("2031-08-24", "2031-08-26", None) in items
    assert {("2031-08-24", "2031-08-24", "07:00"), ("2031-08-24", "2031-08-24", "07:15"),
            ("2031-08-25", "2031-08-25", "07:00")} <= items
    # the section row in bold ("Buổi sáng (từ 7h00 …)") holds no task of its own
    assert len([t for t in rec.timeline if t.start == "2031-08-24" and t.end == "2031-08-24"]) == 2


def test_the_column_of_who_is_in_charge_names_the_bodies_represented() -> None:
    names = [u.name for u in extract_text(PLAN).responsible_units]
    assert "Hội Liên hiệp Thanh niên nhà trường" in names
    assert "Công an xã An Phước" in names
    assert not any(n.startswith("Đại diện") for n in names)


def test_a_theme_under_a_heading_that_names_what_it_is_the_theme_of() -> None:
    """"1. Chủ đề thi đua" over the quoted theme: the quote is the theme; the same heading over
    a list of topics gives none."""
    head = PLAN.split("I. THỜI GIAN")[0]
    quoted = head + "I. NỘI DUNG\n\n1. Chủ đề thi đua\n\n“Đoàn kết, sáng tạo, lập thành tích chào mừng năm học mới”.\n\n2. Nội dung.\n"
    assert extract_text(quoted).theme == "Đoàn kết, sáng tạo, lập thành tích chào mừng năm học mới"
    listed = head + "I. NỘI DUNG\n\n1. Chủ đề tuyên truyền\n\n- Tuyên truyền về an toàn giao thông.\n- Phòng chống ma túy.\n"
    assert extract_text(listed).theme is None
