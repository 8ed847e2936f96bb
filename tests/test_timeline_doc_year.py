"""Schedules written without their year, and event windows with clock times at both ends.

Every passage is written for this test (none comes from a corpus). A plan dated 06/01/2026 that
says "gửi báo cáo trước ngày 15/12" or "trong 6 tháng cuối năm" sets a date in its own year; a
day that recurs ("hằng năm", "định kỳ"), a data cut-off, or a day before the document's date is
no item. An event "từ 8h00 ngày 12/5 đến 17h00 ngày 14/5/2026" is one window from the first day
to the last, at the first clock time.
"""

from __future__ import annotations

import pytest

from pipeline.extract.timeline import extract_timeline
from pipeline.normalize import normalize
from pipeline.provenance import Prov
from pipeline.segment import segment

_HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN SƠN MINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 07/KH-UBND\n\nSơn Minh, ngày 06 tháng 01 năm 2026\n\nKẾ HOẠCH\nCải thiện môi trường kinh doanh năm 2026\n\n"
    "Căn cứ Quyết định số 31/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh.\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐỗ Minh Khang\n"


def items(body: str, head: str = _HEAD) -> list[tuple[str | None, str | None, str | None]]:
    doc = segment(normalize(head + body + _TAIL).text)
    prov = Prov()
    out = extract_timeline(doc, prov)
    for i in range(len(out)):  # provenance stays inside the text
        pv = prov.spans[f"timeline[{i}]"]
        assert 0 <= pv.start <= pv.end <= len(doc.text)
    return [(x["start"], x["end"], x["time"]) for x in out]


@pytest.mark.parametrize("body, expected", [
    ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế gửi dự thảo về Văn phòng trước ngày 20/3.\n"
     "2. Văn phòng tổng hợp, trình Chủ tịch chậm nhất ngày 05 tháng 4.\n",
     [(None, "2026-03-20", None), (None, "2026-04-05", None)]),
    ("II. NỘI DUNG\n1. Tổ chức hội nghị đối thoại doanh nghiệp vào ngày 18/6.\n",
     [("2026-06-18", "2026-06-18", None)]),
    ("II. NỘI DUNG\n1. Hoàn thành việc số hóa hồ sơ chậm nhất vào ngày 31/12 năm nay.\n",
     [(None, "2026-12-31", None)]),
    # a listed activity whose value after the colon is the day ("Ngày ban hành" names a datum)
    ("II. NỘI DUNG\n- Hội nghị sơ kết: ngày 15/7.\n- Tổng kết năm: ngày 20/12.\n- Ngày ban hành: ngày 03/3.\n",
     [("2026-07-15", "2026-07-15", None), ("2026-12-20", "2026-12-20", None)]),
    ("II. NỘI DUNG\n1. Rà soát thủ tục trong 6 tháng đầu năm 2026.\n"
     "2. Đánh giá, sơ kết trong 6 tháng cuối năm.\n",
     [("2026-01", "2026-06", None), ("2026-07", "2026-12", None)]),
    # a wrapped line keeps the deadline's clause whole
    ("III. TỔ CHỨC THỰC HIỆN\n- Báo cáo năm: các phòng, ban gửi Phòng Tài chính trước ngày\n"
     "10/12; Phòng Tài chính tổng hợp báo cáo Ủy ban nhân dân huyện trước ngày 18/12.\n",
     [(None, "2026-12-10", None), (None, "2026-12-18", None)]),
])
def test_day_without_year_is_in_the_documents_year(body: str, expected: list) -> None:
    assert items(body) == expected


@pytest.mark.parametrize("body", [
    # recurring: after the day, or in the clause before it (across a wrapped line)
    "III. TỔ CHỨC THỰC HIỆN\nCác xã báo cáo kết quả trước ngày 15/12 hằng năm.\n",
    "III. TỔ CHỨC THỰC HIỆN\nCác xã báo cáo kết quả trước ngày 15 tháng 12\nhàng năm về Phòng Nội vụ.\n",
    "III. TỔ CHỨC THỰC HIỆN\nĐịnh kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12), các phòng báo cáo.\n",
    "III. TỔ CHỨC THỰC HIỆN\nCác xã báo cáo kết quả trước ngày 20 hằng tháng.\n",
    # the cut-off of each report's figures
    "III. TỔ CHỨC THỰC HIỆN\nThời gian chốt số liệu tính từ ngày 10/12 năm trước đến ngày 10/12 của kỳ báo cáo.\n",
    # no cue: a day named in passing, a share
    "II. NỘI DUNG\nTiếp tục thực hiện Công văn số 15/UBND ngày 20/3 của Ủy ban nhân dân huyện.\n",
    "II. NỘI DUNG\nPhấn đấu trong năm có 2/3 số xã đạt chuẩn.\n",
    # before the document's date (or on it): the year is unknown
    "II. NỘI DUNG\nCác đơn vị đã gửi báo cáo trước ngày 05/01.\n",
    "II. NỘI DUNG\nCác đơn vị gửi báo cáo trước ngày 06/01.\n",
    # relative to an event without a date
    "III. TỔ CHỨC THỰC HIỆN\nPhòng Nội vụ trình dự thảo trong vòng 15 ngày kể từ ngày ký.\n",
])
def test_day_without_year_that_sets_nothing(body: str) -> None:
    assert items(body) == []


def test_without_a_date_line_no_year_is_lent() -> None:
    """A header that lost its date line: the latest cited date bounds the document's date from
    below, but lends no year to a day written without one."""
    head = _HEAD.replace("Sơn Minh, ngày 06 tháng 01 năm 2026\n\n", "")
    assert items("III. TỔ CHỨC THỰC HIỆN\nCác phòng gửi báo cáo trước ngày 20/3.\n", head) == []


@pytest.mark.parametrize("body, expected", [
    ("II. NỘI DUNG\n1. Hội chợ hàng nông sản diễn ra từ 8h00 ngày 12/5 đến 17h00 ngày 14/5/2026 tại sân vận động.\n",
     [("2026-05-12", "2026-05-14", "08:00")]),
    ("II. NỘI DUNG\nThời gian tổ chức: từ 7 giờ 30 phút ngày 12/5/2026 đến 17 giờ 00 ngày 14/5/2026.\n",
     [("2026-05-12", "2026-05-14", "07:30")]),
    ("II. NỘI DUNG\nTriển lãm mở cửa từ 8 giờ ngày 02/9 đến 21 giờ ngày 05/9/2026.\n",
     [("2026-09-02", "2026-09-05", "08:00")]),
])
def test_window_with_clock_times_at_both_ends(body: str, expected: list) -> None:
    assert items(body) == expected


# ---------------------------------------------------------------- more grammar of unseen plans


def test_a_date_that_conditions_a_rule_is_no_item() -> None:
    """"… trước ngày X thì …", "… trước ngày X mà …": who a rule covers, not a deadline."""
    body = ("II. NỘI DUNG\n1. Công chức đã được bổ nhiệm trước ngày 30 tháng 6 năm 2026 thì không phải dự lớp.\n"
            "2. Người đã tham gia trước ngày 01/7/2026 mà có đủ 20 năm đóng thì được hưởng.\n"
            "3. Các đơn vị hoàn thành việc rà soát trước ngày 30/9/2026.\n")
    assert items(body) == [(None, "2026-09-30", None)]


def test_a_named_programmes_first_phase_is_no_item() -> None:
    """"Chương trình … giai đoạn 2026 - 2035, giai đoạn I: từ năm 2026 đến năm 2030" names the
    programme's phase; a phase of the plan's own ("Giai đoạn I: từ năm … đến năm …") is an item."""
    body = ("II. NỘI DUNG\nTriển khai Chương trình mục tiêu quốc gia phát triển vùng cao giai đoạn 2026 - 2035, "
            "giai đoạn I: từ năm 2026 đến năm 2030 trên địa bàn huyện.\n"
            "Hỗ trợ đối tượng thuộc Chương trình giai đoạn 2026-2035; giai đoạn I từ năm 2026 đến năm 2030.\n"
            "Giai đoạn I: từ năm 2026 đến năm 2028, thí điểm tại 05 xã.\n")
    assert items(body) == [("2026", "2028", None)]


def test_a_time_label_may_give_its_value_after_la() -> None:
    """"Hạn chót nộp hồ sơ là ngày 30/9/2026": "là" stands for the label's colon."""
    body = "II. NỘI DUNG\n1. Hạn chót nộp hồ sơ là ngày 30/9/2026.\n2. Thời gian tổ chức Hội thi là ngày 15/10/2026.\n"
    assert items(body) == [(None, "2026-09-30", None), ("2026-10-15", "2026-10-15", None)]


def test_from_one_quarter_to_another_is_the_span() -> None:
    """"từ Quý II đến Quý III/2026" is April to September; "từ Quý II/2026" alone opens a period."""
    body = ("II. NỘI DUNG\n1. Kiểm tra từ Quý II đến Quý III/2026.\n2. Thí điểm trong Quý II - Quý III/2026.\n"
            "3. Nhân rộng mô hình từ Quý IV/2026.\n")
    assert items(body) == [("2026-04", "2026-09", None), ("2026-04", "2026-09", None), ("2026-10", None, None)]


def test_bare_day_after_a_deadline_cue() -> None:
    """"hoàn thành trước 30/6" is a deadline in the plan's year; "trong 2/3 số xã" is a share."""
    body = ("II. NỘI DUNG\n1. Các phòng hoàn thành trước 30/6.\n2. Phấn đấu trong 2/3 số xã đạt chuẩn.\n"
            "- Định kỳ một năm 01 lần các xã báo cáo kết quả thực hiện nhiệm vụ được phân công về Ban chỉ đạo\n\n"
            "huyện (qua Phòng Nội vụ) vào trước 15/12.\n")
    assert items(body) == [(None, "2026-06-30", None)]


def test_task_table_time_cells_without_a_year() -> None:
    """A yearly plan's task table may write its times without the year ("Tháng 3", "Quý II",
    "Trước ngày 30/9"): the plan's year; recurring cells and cells before the plan's date none."""
    body = ("II. NỘI DUNG\n| TT | Nội dung | Chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Xây dựng kế hoạch | Phòng Nội vụ | Tháng 3 |\n"
            "| 2 | Tập huấn | Phòng Tư pháp | Quý II - III |\n"
            "| 3 | Kiểm tra | Phòng Nội vụ | Trước ngày 30/9 |\n"
            "| 4 | Sơ kết | Văn phòng | Tháng 6 - 7 |\n"
            "| 5 | Duy trì | Các phòng | Hằng tháng |\n"
            "| 6 | Rà soát | Các phòng | Ngày 03/01 |\n")
    assert items(body) == [("2026-03", "2026-03", None), ("2026-04", "2026-09", None), (None, "2026-09-30", None),
                           ("2026-06", "2026-07", None)]


def test_a_list_of_days_sharing_month_and_year() -> None:
    """Days in a row are one event's period; other listed days are a day each."""
    body = ("II. NỘI DUNG\n1. Hội diễn tổ chức trong các ngày 12, 13 và 14/5/2026.\n"
            "2. Sinh hoạt chuyên đề vào các ngày 5, 12 và 19/6/2026.\n")
    assert items(body) == [("2026-05-12", "2026-05-14", None), ("2026-06-05", "2026-06-05", None),
                           ("2026-06-12", "2026-06-12", None), ("2026-06-19", "2026-06-19", None)]


def test_a_span_that_opens_its_target() -> None:
    """"Giai đoạn 2026 - 2030 phấn đấu …" sets the target's span, as "phấn đấu … giai đoạn 2026 -
    2030" does; a span that a programme's name ends with stays a name."""
    body = ("II. MỤC TIÊU\n1. Giai đoạn 2026 - 2030 phấn đấu 100% xã đạt chuẩn.\n"
            "2. Chương trình giai đoạn 2026 - 2030 được triển khai trên địa bàn.\n")
    assert items(body) == [("2026", "2030", None)]


def test_who_draws_a_benefit_before_a_day_is_a_scope() -> None:
    """"… đối với các đối tượng hưởng lương hưu … trước ngày 01 tháng 7 năm 2026" says whom a
    decree covers; its own deadline for a body stays an item."""
    body = ("II. NỘI DUNG\n1. Điều chỉnh mức lương hưu đối với các đối tượng hưởng lương hưu trước ngày 01 tháng 7 "
            "năm 2026, bao gồm: người lao động, công chức.\n2. Bộ Nội vụ hướng dẫn thực hiện xong trước ngày 15 tháng 8 "
            "năm 2026.\n")
    assert items(body) == [(None, "2026-08-15", None)]


def test_a_contribution_to_a_target_set_elsewhere() -> None:
    """"góp phần thực hiện mục tiêu … vào năm 2050" is the nation's target, not the plan's; a
    clause after the contribution still schedules ("…, góp phần …; hoàn thành trong tháng 10/2026")."""
    body = ("I. MỤC ĐÍCH\n- Góp phần thực hiện mục tiêu giảm phát thải quốc gia, cam kết phát thải ròng bằng 0 "
            "vào năm 2050.\n- Tăng độ che phủ rừng lên 45%, góp phần thực hiện mục tiêu quốc gia đến năm 2030.\n"
            "II. NỘI DUNG\n1. Tổ chức Hội thi góp phần nâng cao nhận thức; hoàn thành trong tháng 10/2026.\n")
    assert items(body) == [("2026-10", "2026-10", None)]


@pytest.mark.parametrize("table", [
    "| TT | Nội dung | Đơn vị chủ trì | Thời gian bắt đầu | Thời gian kết thúc |\n|---|---|---|---|---|\n",
    # a merged "Thời gian" over its parts: the converter puts the parts in the first row
    "| TT | Nội dung | Đơn vị chủ trì | Thời gian | |\n|---|---|---|---|---|\n| | | | Bắt đầu | Kết thúc |\n",
])
def test_a_schedule_in_start_and_end_columns(table: str) -> None:
    """Each row is one period from its start cell to its end cell (an end left blank: open)."""
    body = ("II. NỘI DUNG\n" + table + "| 1 | Khảo sát thực trạng | Sở Nội vụ | 01/3/2026 | 30/4/2026 |\n"
            "| 2 | Triển khai thí điểm | Sở Tư pháp | Tháng 5/2026 | Tháng 9/2026 |\n"
            "| 3 | Nhân rộng mô hình | Sở Tư pháp | Tháng 10/2026 | |\n")
    assert items(body) == [("2026-03-01", "2026-04-30", None), ("2026-05", "2026-09", None), ("2026-10", None, None)]


def test_a_worked_example_schedules_nothing() -> None:
    """A circular's worked example ("Ví dụ 3: Bà H … nghỉ việc từ ngày … đến ngày …") illustrates a
    rule; the clause after it ("4. …") schedules again."""
    body = ("Điều 5. Mức hưởng\n3. Mức hưởng được tính theo công thức nêu trên.\n"
            "Ví dụ 3: Bà H nghỉ việc từ ngày 02/3/2026 đến ngày 20/4/2026 do ốm đau.\n"
            "- Số ngày lẻ của bà H là 19 ngày (từ ngày 02/4 đến ngày 20/4/2026).\n"
            "4. Cơ quan bảo hiểm xã hội hoàn thành việc chi trả trước ngày 30/6/2026.\n")
    assert items(body) == [(None, "2026-06-30", None)]


def test_a_month_without_its_year() -> None:
    """"trong tháng 3", "từ tháng 7 đến hết tháng 9": the plan's year; a month of a list or range
    with its year is read whole, a count of months ("trong 3 tháng") and a range's second bound
    alone are no month, a month already past is history."""
    body = ("II. NỘI DUNG\n1. Tổ chức tập huấn trong tháng 3.\n2. Tổ chức Hội thi vào tháng 10 tới.\n"
            "3. Tuyên truyền trong tháng 3, 4/2026.\n4. Tổ chức từ tháng 7 đến hết tháng 9.\n"
            "5. Duy trì trong 3 tháng liên tục.\n6. Quan trắc tháng 5 và tháng 9 - tháng 11 mỗi đợt 02 ngày.\n"
            "7. Trong tháng 01 đã tổ chức 5 lớp.\n")
    assert items(body) == [("2026-03", "2026-03", None), ("2026-10", "2026-10", None), ("2026-03", "2026-04", None),
                           ("2026-07", "2026-09", None)]


def test_a_quarter_without_its_year() -> None:
    """"hoàn thành trong quý II", "từ quý II đến quý III": the plan's year; quarters with their
    year are read whole as before, recurring ones ("hằng quý") are none."""
    body = ("II. NỘI DUNG\n1. Hoàn thành trong quý II.\n2. Kiểm tra từ quý II đến quý III.\n"
            "3. Tập huấn quý I, quý II/2026.\n4. Báo cáo hằng quý.\n5. Sơ kết Quý II - Quý III/2026.\n")
    assert items(body) == [("2026-04", "2026-06", None), ("2026-04", "2026-09", None), ("2026-01", "2026-03", None),
                           ("2026-04", "2026-06", None), ("2026-04", "2026-09", None)]


def test_a_reporting_regimes_days_without_a_year_recur() -> None:
    """"- Báo cáo tháng: Gửi trước ngày 22 tháng 10", "- Báo cáo 9 tháng: … ngày 22 tháng 12": a
    standing regime's entries come back each period, no day of this year; a task's own day
    without its year still is one."""
    body = ("1. Chế độ báo cáo\n\n- Báo cáo tháng: Gửi trước ngày 22 tháng 10.\n"
            "- Báo cáo 9 tháng: Gửi trước ngày 22 tháng 12.\n\n"
            "2. Sở Tài chính tổng hợp, báo cáo trước ngày 20 tháng 12.\n")
    assert items(body) == [(None, "2026-12-20", None)]
