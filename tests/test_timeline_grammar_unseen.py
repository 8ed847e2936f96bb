"""A challenge suite of plan passages written for this test (none comes from the corpus).

Each passage states a schedule the way Vietnamese plans commonly do — a numbered or bulleted
activity whose value after the colon is a date, months or quarters listed with one year, half
years, periods whose bounds share or change precision, open ends, task tables (pipe rows and
one cell a line) — or a date that is *not* a scheduled item (a cited document, a past fact, a
reporting cut-off, recurring work without a date). The expected items follow the record
contract (``timeline``: ``start``/``end`` as coarse as the text, a deadline without a start,
a single day with ``start == end``; dates of cited documents and past facts are no items).

Passages the extractor cannot read yet are marked ``xfail(strict=True)`` with the reason, so
the suite says honestly what is and is not handled.
"""

from __future__ import annotations

import pytest

from pipeline.extract.timeline import extract_timeline
from pipeline.normalize import normalize
from pipeline.provenance import Prov
from pipeline.segment import segment

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 25/KH-UBND\n\nHà An, ngày {date} năm {year}\n\nKẾ HOẠCH\nTriển khai nhiệm vụ năm {year}\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Bình\n"

Item = tuple  # (start, end) or (start, end, time)


def timeline(body: str, date: str = "06 tháng 01", year: int = 2025) -> list[dict]:
    doc = segment(normalize(_HEAD.format(date=date, year=year) + body + _TAIL).text)
    prov = Prov()
    items = extract_timeline(doc, prov)
    for i in range(len(items)):  # every item keeps provenance inside the text
        pv = prov.spans[f"timeline[{i}]"]
        assert 0 <= pv.start <= pv.end <= len(doc.text)
    return items


def got_items(items: list[dict], with_time: bool) -> list[Item]:
    if with_time:
        return [(x["start"], x["end"], x["time"]) for x in items]
    return [(x["start"], x["end"]) for x in items]


def xf(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# (id, body, expected items in text order, keyword arguments for the header)
CASES: list[tuple] = [
    # ------------------------------------------------ "label: date" items of lists
    ("numbered_label_colon_day",
     "II. NỘI DUNG VÀ THỜI GIAN\n1. Hội thi kể chuyện về Bác: ngày 21/4/2025.\n"
     "2. Địa điểm: Nhà văn hóa trung tâm.\n",
     [("2025-04-21", "2025-04-21")]),
    ("dash_label_colon_month",
     "II. TIẾN ĐỘ\n- Sơ kết 6 tháng: tháng 7/2025.\n- Tổng kết năm: tháng 12 năm 2025.\n",
     [("2025-07", "2025-07"), ("2025-12", "2025-12")]),
    ("letter_label_colon_range_borrowing_year",
     "II. CÁC HOẠT ĐỘNG\na) Triển lãm ảnh nghệ thuật: từ 20/4 đến 23/4/2025;\n"
     "b) Giải chạy vì sức khỏe cộng đồng: ngày 27/4/2025.\n",
     [("2025-04-20", "2025-04-23"), ("2025-04-27", "2025-04-27")]),
    ("bold_label_colon_day",
     "II. NỘI DUNG\n**1. Hội nghị triển khai kế hoạch:** ngày 15/02/2025.\n"
     "**2. Hội nghị sơ kết:** ngày 18/7/2025.\n",
     [("2025-02-15", "2025-02-15"), ("2025-07-18", "2025-07-18")]),
    ("plus_bullets_clock_and_day",
     "II. CHƯƠNG TRÌNH\n+ Lễ khai mạc: 7 giờ 30 phút, ngày 20/4/2025.\n"
     "+ Lễ bế mạc và trao giải: 16 giờ 00, ngày 23/4/2025.\n",
     [("2025-04-20", "2025-04-20", "07:30"), ("2025-04-23", "2025-04-23", "16:00")]),
    ("label_colon_quarter",
     "II. NHIỆM VỤ\n1. Tập huấn nghiệp vụ cho cán bộ cơ sở: Quý II/2025.\n"
     "2. Kiểm tra, giám sát việc thực hiện: Quý IV năm 2025.\n",
     [("2025-04", "2025-06"), ("2025-10", "2025-12")]),
    ("label_colon_month_range",
     "II. NỘI DUNG\na) Tuyên truyền, phổ biến: từ tháng 3 đến tháng 5/2025.\n"
     "b) Tổ chức vòng chung kết: tháng 6/2025.\n",
     [("2025-03", "2025-05"), ("2025-06", "2025-06")]),
    ("label_colon_year",
     "III. LỘ TRÌNH\n1. Thí điểm tại 03 xã: năm 2025.\n2. Nhân rộng toàn tỉnh: năm 2026.\n",
     [("2025", "2025"), ("2026", "2026")]),
    ("label_colon_day_with_place_after",
     "II. NỘI DUNG\n- Lễ ra quân: ngày 05/3/2025 tại sân vận động huyện.\n",
     [("2025-03-05", "2025-03-05")]),
    ("label_line_then_date_on_next_line",
     "II. NỘI DUNG\n1. Hội nghị sơ kết giữa kỳ:\nNgày 12/7/2025.\n",
     [("2025-07-12", "2025-07-12")]),
    ("label_colon_month_list_bare_numbers",
     "II. NỘI DUNG\n- Mở lớp bồi dưỡng kỹ năng số: tháng 10, 11/2025.\n",
     [("2025-10", "2025-11")]),
    ("label_colon_quarter_range",
     "II. NỘI DUNG\n- Xây dựng cơ sở dữ liệu dân cư: từ Quý III/2025 đến Quý I/2026.\n",
     [("2025-07", "2026-03")]),
    ("label_colon_month_dash_range",
     "II. NỘI DUNG\n3. Thời gian thực hiện: Tháng 6 - 8/2025.\n",
     [("2025-06", "2025-08")]),
    # ------------------------------------------------ periods whose bounds differ in precision
    ("phase_from_month_to_end_of_year",
     "II. LỘ TRÌNH\n6. Giai đoạn 1 (từ tháng 02 đến tháng 6/2025): khảo sát, đánh giá hiện trạng.\n"
     "7. Giai đoạn 2 (từ tháng 7/2025 đến hết năm 2025): triển khai nhân rộng.\n",
     [("2025-02", "2025-06"), ("2025-07", "2025")]),
    ("from_month_to_year_in_a_sentence",
     "II. NỘI DUNG\nCác địa phương triển khai thực hiện từ tháng 4/2025 đến năm 2026.\n",
     [("2025-04", "2026")]),
    ("from_day_without_month_to_day",
     "II. NỘI DUNG\n1. Tổ chức kiểm tra chéo giữa các đơn vị từ ngày 05 đến ngày 10/5/2025.\n",
     [("2025-05-05", "2025-05-10")]),
    ("two_days_joined_by_va",
     "II. NỘI DUNG\n1. Hội thi được tổ chức vào ngày 15 và 20/5/2025 tại Nhà văn hóa huyện.\n",
     [("2025-05-15", "2025-05-15"), ("2025-05-20", "2025-05-20")]),
    # a period the text opens on the document's own date (06/01/2025 here), or on its entry into
    # force where it takes effect on signing
    ("from_issuance_to_a_day",
     "II. NỘI DUNG\n1. Trong thời hạn chuyển tiếp từ ngày ban hành Kế hoạch này đến hết ngày 31/12/2025, "
     "các cơ sở được gửi lại hồ sơ.\n",
     [("2025-01-06", "2025-12-31")]),
    ("a_count_per_year_makes_a_yearless_day_recur",
     "II. NỘI DUNG\n1. Tổ chức hội nghị giao lưu cho các điển hình tiên tiến 01 lần/năm theo cụm thi đua, "
     "hoàn thành trước ngày 31 tháng 8.\n",
     []),
    ("from_the_notice_given_out_to_a_day_across_emphasis",
     "II. NỘI DUNG\n1. Sinh viên nộp hồ sơ tại Phòng Công tác Sinh viên kể từ ngày ra thông báo "
     "**đến ngày 29/5/2025 (Thứ Năm)**.\n",
     [("2025-01-06", "2025-05-29")]),
    ("from_entry_into_force_on_signing_to_a_day",
     "II. NỘI DUNG\n1. Thời hạn ủy quyền: Từ ngày Kế hoạch này có hiệu lực đến hết ngày 28/02/2026.\n"
     "2. Kế hoạch này có hiệu lực kể từ ngày ký.\n",
     [("2025-01-06", "2026-02-28")]),
    ("from_entry_into_force_set_elsewhere_stays_a_deadline",
     "II. NỘI DUNG\n1. Thời hạn ủy quyền: Từ ngày Kế hoạch này có hiệu lực đến hết ngày 28/02/2026.\n",
     [(None, "2026-02-28")]),
    ("two_sittings_of_one_day_at_their_own_times",
     "II. THỜI GIAN\n- Hội nghị 1: Gồm các tỉnh Hà An, Bình Sơn.\nThời gian: 01 buổi sáng, ngày 26/11/2025, "
     "bắt đầu từ 08h00.\n- Hội nghị 2: Gồm các tỉnh An Phú, Tân Lập.\nThời gian: 01 buổi chiều, ngày "
     "26/11/2025, bắt đầu từ 13h30.\n",
     [("2025-11-26", "2025-11-26", "08:00"), ("2025-11-26", "2025-11-26", "13:30")]),
    ("two_days_in_a_row_joined_by_va",
     "II. NỘI DUNG\n1. Hội thi được tổ chức vào ngày 15 và 16 tháng 5 năm 2025 tại Nhà văn hóa huyện.\n",
     [("2025-05-15", "2025-05-16")]),
    ("a_run_of_days_after_a_count",
     "II. NỘI DUNG\n1. Thời gian tổ chức: 03 ngày: 24, 25 và 26 tháng 8 năm 2025.\n",
     [("2025-08-24", "2025-08-26")]),
    ("start_then_end_one_period",
     "II. NỘI DUNG\nĐợt cao điểm bắt đầu từ ngày 01/6/2025, kết thúc vào ngày 31/8/2025.\n",
     [("2025-06-01", "2025-08-31")]),
    ("start_then_deadline_one_period",
     "II. NỘI DUNG\nĐợt kiểm tra bắt đầu từ ngày 05/9/2025; kết thúc trước ngày 13/01/2026.\n",
     [("2025-09-05", "2026-01-13")]),
    # ------------------------------------------------ cues, clock times, open ends
    ("from_clock_on_a_day_is_that_day",
     "II. NỘI DUNG\nHội nghị bắt đầu từ 8h00 ngày 12/6/2025 tại hội trường Ủy ban nhân dân tỉnh.\n",
     [("2025-06-12", "2025-06-12", "08:00")]),
    ("until_end_of_day_is_a_deadline",
     "II. NỘI DUNG\nCác đơn vị thực hiện rà soát đến hết ngày 31/12/2025.\n",
     [(None, "2025-12-31")]),
    ("at_the_latest_is_a_deadline",
     "III. TỔ CHỨC THỰC HIỆN\nCác phòng, ban gửi báo cáo về Văn phòng chậm nhất ngày 10/11/2025.\n",
     [(None, "2025-11-10")]),
    ("open_end_following_years",
     "II. NỘI DUNG\n10. Thời gian thực hiện: năm 2025 và những năm tiếp theo.\n",
     [("2025", None)]),
    ("open_start_from_month",
     "II. NỘI DUNG\nÁp dụng mô hình một cửa liên thông tại các xã từ tháng 5/2025.\n",
     [("2025-05", None)]),
    ("part_of_month_after_expected",
     "II. NỘI DUNG\nHội nghị tổng kết dự kiến tổ chức vào cuối tháng 6/2025.\n",
     [("2025-06", "2025-06")]),
    ("quarter_list_in_a_sentence",
     "II. NỘI DUNG\nHoàn thành việc rà soát, cập nhật dữ liệu trong Quý I, II/2026.\n",
     [("2026-01", "2026-06")]),
    ("month_list_with_repeated_word",
     "II. NỘI DUNG\nTổ chức kiểm tra liên ngành vào tháng 4, tháng 8/2026.\n",
     [("2026-04", "2026-04"), ("2026-08", "2026-08")]),
    ("first_half_of_a_year",
     "II. NỘI DUNG\n1. Tập trung hoàn thiện hồ sơ trong 6 tháng đầu năm 2025.\n"
     "2. Triển khai thi công trong 6 tháng cuối năm 2025.\n",
     [("2025-01", "2025-06"), ("2025-07", "2025-12")]),
    ("part_of_a_year_running_on_into_the_next_is_no_item",
     "II. NHIỆM VỤ\nCác sở, ngành tập trung chỉ đạo thực hiện các nhiệm vụ trong 03 tháng cuối năm 2025 "
     "và những tháng đầu năm 2026.\n",
     []),
    ("labelled_school_year",
     "II. NỘI DUNG\n3. Thời gian thực hiện: Năm học 2025 - 2026.\n",
     [("2025", "2026")]),
    ("phase_year_in_parentheses_after_label",
     "II. LỘ TRÌNH\n- Giai đoạn 1 (năm 2025): thí điểm tại 03 xã.\n- Giai đoạn 2 (2026 - 2027): nhân rộng.\n",
     [("2025", "2025"), ("2026", "2027")]),
    ("activity_with_date_in_parentheses",
     "II. NỘI DUNG\n- Vòng sơ khảo (tháng 8/2025);\n- Vòng chung khảo (tháng 10/2025).\n",
     [("2025-08", "2025-08"), ("2025-10", "2025-10")]),
    ("deadline_label_bare_date",
     "II. NỘI DUNG\n- Hạn nộp hồ sơ dự thi: 30/5/2025.\n",
     [(None, "2025-05-30")]),
    ("time_heading_then_value_line",
     "II. NỘI DUNG\n3. Thời gian tổ chức\nDự kiến tháng 9/2025.\n",
     [("2025-09", "2025-09")]),
    # ------------------------------------------------ task tables
    ("pipe_table_time_column",
     "II. NHIỆM VỤ CỤ THỂ\n\n| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
     "| 1 | Tập huấn cho cán bộ y tế xã | Sở Y tế | Quý II/2025 |\n"
     "| 2 | Tuyên truyền trên các phương tiện thông tin | Sở Văn hóa | Thường xuyên |\n"
     "| 3 | Tổng kết, đánh giá kết quả thực hiện | Sở Nội vụ | Tháng 12/2025 |\n"
     "| 4 | Báo cáo định kỳ kết quả | Văn phòng | Hằng năm |\n",
     [("2025-04", "2025-06"), ("2025-12", "2025-12")]),
    ("pipe_table_range_and_deadline_cells",
     "II. NHIỆM VỤ CỤ THỂ\n\n| TT | Nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn thành |\n|---|---|---|---|\n"
     "| 1 | Rà soát quy hoạch sử dụng đất | Sở Nông nghiệp và Môi trường | Từ tháng 3/2025 đến hết năm 2025 |\n"
     "| 2 | Ban hành quy chế phối hợp | Sở Tư pháp | Trước 30/6/2025 |\n",
     [("2025-03", "2025"), (None, "2025-06-30")]),
    ("one_cell_a_line_table",
     "II. NHIỆM VỤ\n\nSTT\n\nNhiệm vụ\n\nCơ quan chủ trì\n\nThời gian\n\n"
     "1\n\nXây dựng phần mềm quản lý hồ sơ\n\nSở Khoa học và Công nghệ\n\nQuý III/2025\n\n"
     "2\n\nKiểm tra việc thực hiện tại cơ sở\n\nSở Nội vụ\n\nĐịnh kỳ hằng quý\n",
     [("2025-07", "2025-09")]),
    # ------------------------------------------------ what is NOT an item
    ("recurring_deadline_without_year_is_no_item",
     "III. TỔ CHỨC THỰC HIỆN\nCác xã báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 20 hằng tháng.\n"
     "Báo cáo định kỳ hằng quý và đột xuất khi có yêu cầu.\n",
     []),
    ("cited_document_in_a_list_item_is_no_item",
     "II. NỘI DUNG\n1. Triển khai Kế hoạch số 12/KH-UBND ngày 3/2/2025 của Ủy ban nhân dân tỉnh.\n"
     "2. Căn cứ: Quyết định số 15/QĐ-UBND ngày 10/01/2025 của Chủ tịch Ủy ban nhân dân tỉnh.\n",
     []),
    ("past_facts_are_no_items",
     "I. KẾT QUẢ THỰC HIỆN NĂM 2024\nNăm 2024, toàn tỉnh đã tổ chức 12 lớp tập huấn.\n"
     "II. NỘI DUNG\nNgày 15/3/2025, Ủy ban nhân dân tỉnh đã ban hành Quyết định số 20/QĐ-UBND về việc này.\n",
     [], {"date": "20 tháng 3"}),
    ("reporting_cut_off_is_no_item",
     "I. TÌNH HÌNH CHUNG\nTheo số liệu tính đến ngày 30/6/2025, toàn tỉnh có 1.200 hộ nghèo.\n"
     "II. NỘI DUNG\n- Số liệu báo cáo: tính đến ngày 31/12/2025.\n",
     [], {"date": "15 tháng 7"}),
    ("target_without_date_is_no_item",
     "II. MỤC TIÊU\n- Phấn đấu 100% xã có điểm phục vụ bưu chính.\n- Tỷ lệ hộ dùng nước sạch đạt 98%.\n",
     []),
    ("school_year_as_a_name_is_no_item",
     "II. NỘI DUNG\nThực hiện các nhiệm vụ trọng tâm năm học 2025-2026 theo hướng dẫn của ngành.\n",
     []),
    ("cited_document_effect_is_no_item",
     "II. NỘI DUNG\nNghị định số 10/2025/NĐ-CP có hiệu lực từ ngày 01/3/2025, các đơn vị nghiên cứu thực hiện.\n",
     []),
    ("half_year_named_by_a_report_is_no_item",
     "II. NỘI DUNG\n- Báo cáo sơ kết 6 tháng đầu năm 2025: tháng 7/2025.\n",
     [("2025-07", "2025-07")]),
    ("label_colon_past_year_is_no_item",
     "II. NỘI DUNG\n- Kết quả năm 2024: đạt 95% kế hoạch.\n- Kỳ báo cáo: năm 2024.\n",
     []),
    ("undated_time_cells_and_labels",
     "II. NỘI DUNG\n1. Tuyên truyền pháp luật cho nhân dân: thường xuyên.\n2. Báo cáo kết quả: hằng năm.\n",
     []),
    # ------------------------------------------------ more ways of writing the same
    # (days in a row are one event over both: the settled gold of T27 and T28, SETTLEMENT-f28/f29)
    ("consecutive_days_joined_by_va_are_one_period",
     "II. NỘI DUNG\n- Hội trại truyền thống: ngày 15 và 16/5/2025.\n",
     [("2025-05-15", "2025-05-16")]),
    ("range_first_bound_with_month_and_dash",
     "II. NỘI DUNG\n1. Thời gian: Từ ngày 10/3 - 15/3/2025.\n",
     [("2025-03-10", "2025-03-15")]),
    ("week_in_parentheses_before_colon",
     "II. KẾ HOẠCH CHI TIẾT\n- Tuần 1 (từ 03/3 đến 09/3/2025): tổ chức tuyên truyền.\n"
     "- Tuần 2 (từ 10/3 đến 16/3/2025): tổ chức ra quân.\n",
     [("2025-03-03", "2025-03-09"), ("2025-03-10", "2025-03-16")]),
    ("two_months_each_with_its_word",
     "II. NỘI DUNG\nKiểm tra việc thực hiện tại cơ sở trong tháng 3 và tháng 4/2025.\n",
     [("2025-03", "2025-03"), ("2025-04", "2025-04")]),
    ("consecutive_months_listed_bare",
     "II. NỘI DUNG\nMở các lớp tập huấn trong các tháng 6, 7, 8/2025.\n",
     [("2025-06", "2025-08")]),
    ("consecutive_quarters_with_year_word",
     "II. NỘI DUNG\nTổ chức giám sát chuyên đề trong Quý III, IV năm 2025.\n",
     [("2025-07", "2025-12")]),
    ("until_a_day_is_a_deadline",
     "II. NỘI DUNG\nTiếp nhận hồ sơ đăng ký đến ngày 30/9/2025.\n",
     [(None, "2025-09-30")]),
    ("from_a_day_until_replaced_is_open",
     "II. NỘI DUNG\nMức hỗ trợ mới áp dụng từ ngày 01/7/2025 đến khi có văn bản thay thế.\n",
     [("2025-07-01", None)]),
    ("bold_time_field_with_month_range",
     "II. NỘI DUNG\n**3. Thời gian thực hiện:** Từ tháng 3/2025 đến tháng 12/2025.\n",
     [("2025-03", "2025-12")]),
    ("two_label_values_on_one_line",
     "II. TIẾN ĐỘ\n- Sơ kết: Tháng 6/2025; Tổng kết: Tháng 12/2025.\n",
     [("2025-06", "2025-06"), ("2025-12", "2025-12")]),
    ("from_now_until_a_day",
     "II. NỘI DUNG\nTừ nay đến ngày 30/6/2025, các xã hoàn thành việc rà soát hộ nghèo.\n",
     [(None, "2025-06-30")]),
    ("week_of_a_month_after_a_cue",
     "II. NỘI DUNG\nHội nghị dự kiến tổ chức trong tuần thứ 2 của tháng 5/2025.\n",
     [("2025-05", "2025-05")]),
    ("two_rounds_each_opening",
     "II. NỘI DUNG\n- Đợt 1: từ ngày 15/3/2025 đến ngày 30/4/2025.\n- Đợt 2: từ ngày 15/9/2025 đến ngày 31/10/2025.\n",
     [("2025-03-15", "2025-04-30"), ("2025-09-15", "2025-10-31")]),
    ("clock_weekday_and_day",
     "II. NỘI DUNG\nLễ phát động được tổ chức lúc 7 giờ 30 phút, Chủ nhật, ngày 23/3/2025.\n",
     [("2025-03-23", "2025-03-23", "07:30")]),
    ("within_a_year",
     "II. NỘI DUNG\n1. Hoàn thành việc số hóa hồ sơ trong năm 2025.\n",
     [("2025", "2025")]),
    ("semester_of_a_school_year_as_a_field",
     "II. NỘI DUNG\n2. Thời gian: Học kỳ I năm học 2025 - 2026.\n",
     [("2025", "2026")]),
    ("own_effect_is_a_milestone",
     "II. TỔ CHỨC THỰC HIỆN\nKế hoạch này có hiệu lực từ ngày 15/01/2025.\n",
     [("2025-01-15", "2025-01-15")]),
    ("pipe_row_cell_with_label_and_date",
     "II. NỘI DUNG\n\n| STT | Nội dung | Ghi chú |\n|---|---|---|\n"
     "| 1 | Hội nghị sơ kết: tháng 7/2025 | Sở Nội vụ chủ trì |\n",
     [("2025-07", "2025-07")]),
    ("deadline_column_and_two_rows_on_one_day",
     "II. NHIỆM VỤ\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
     "| 1 | Ban hành quy chế làm việc | Văn phòng | 30/6/2025 |\n"
     "| 2 | Kiện toàn tổ công tác liên ngành | Sở Nội vụ | 30/6/2025 |\n"
     "| 3 | Hoàn thiện cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | 6 tháng cuối năm 2025 |\n",
     [(None, "2025-06-30"), (None, "2025-06-30"), ("2025-07", "2025-12")]),
    ("time_cells_with_a_list_of_years_and_two_months",
     "II. NHIỆM VỤ\n\n| TT | Nội dung | Đơn vị thực hiện | Thời gian thực hiện |\n|---|---|---|---|\n"
     "| 1 | Tổ chức hội thao ngành | Sở Văn hóa | Năm 2025, 2026 |\n"
     "| 2 | Kiểm tra chuyên ngành | Sở Y tế | Tháng 6/2025 và tháng 12/2025 |\n",
     [("2025", "2026"), ("2025-06", "2025-06"), ("2025-12", "2025-12")]),
    ("years_listed_after_a_cue",
     "II. NỘI DUNG\n1. Tổ chức hội thao trong năm 2025, 2026.\n2. Kiểm tra chuyên đề vào năm 2025, 2027.\n",
     [("2025", "2026"), ("2025", "2025"), ("2027", "2027")]),
    ("roadmap_steps_by_years",
     "II. LỘ TRÌNH\n- Giai đoạn 2025 - 2026: thí điểm tại 05 xã.\n- Năm 2027 - 2028: mở rộng ra 20 xã.\n"
     "+ Từ năm 2029: nhân rộng toàn tỉnh.\n",
     [("2025", "2026"), ("2027", "2028"), ("2029", None)]),
    ("phases_as_ranges_and_colon_values",
     "IV. TỔ CHỨC THỰC HIỆN\na) Giai đoạn chuẩn bị (từ ngày 01/3/2025 đến ngày 15/3/2025): xây dựng kế hoạch.\n"
     "b) Giai đoạn triển khai: từ ngày 16/3/2025 đến ngày 30/11/2025.\nc) Giai đoạn tổng kết: tháng 12/2025.\n",
     [("2025-03-01", "2025-03-15"), ("2025-03-16", "2025-11-30"), ("2025-12", "2025-12")]),
    ("day_span_in_parentheses_and_dash_range_opening_a_line",
     "III. CHƯƠNG TRÌNH\nThời gian tổ chức: Dự kiến 02 ngày (ngày 15 - 16/10/2025).\n"
     "Từ 20/10/2025 - 30/10/2025: các đơn vị tổ chức tự kiểm tra.\n",
     [("2025-10-15", "2025-10-16"), ("2025-10-20", "2025-10-30")]),
    ("wrapped_label_and_nested_time_fields",
     "II. NỘI DUNG\n1. Hội thi kể chuyện về Bác dành cho học sinh các trường tiểu học trên địa\n"
     "bàn huyện: ngày 21/4/2025.\n2. Lễ khai mạc\n- Thời gian: 7 giờ 30 phút, ngày 20/4/2025.\n"
     "- Địa điểm: Quảng trường huyện.\n3. Giải bóng đá thiếu niên\n- Thời gian: từ ngày 22/4/2025 đến ngày\n"
     "25/4/2025.\n",
     [("2025-04-21", "2025-04-21", None), ("2025-04-20", "2025-04-20", "07:30"), ("2025-04-22", "2025-04-25", None)]),
    ("one_cell_a_line_table_with_lists_ranges_and_deadlines",
     "II. NHIỆM VỤ\n\nTT\n\nNội dung công việc\n\nĐơn vị chủ trì\n\nThời hạn hoàn thành\n\n"
     "1\n\nRà soát danh mục thủ tục hành chính\n\nVăn phòng\n\nTháng 4, tháng 10/2025\n\n"
     "2\n\nXây dựng kho dữ liệu dùng chung\n\nSở Khoa học và Công nghệ\n\nTừ Quý III/2025 đến hết năm 2026\n\n"
     "3\n\nBan hành quy chế vận hành\n\nSở Tư pháp\n\n15/12/2025\n\n"
     "4\n\nTuyên truyền trên cổng thông tin\n\nSở Văn hóa\n\nThường xuyên\n",
     [("2025-04", "2025-04"), ("2025-10", "2025-10"), ("2025-07", "2026"), (None, "2025-12-15")]),
    ("label_values_that_are_not_dates_or_name_other_data",
     "II. NỘI DUNG\n- Kinh phí: 50 triệu đồng (năm 2025).\n- Dân số: tính đến ngày 31/12/2025 có 120.000 người.\n"
     "1. Công văn số 123/UBND-VX: ngày 05/3/2025.\n",
     []),
    ("an_activity_listed_over_the_whole_period_is_an_item_of_its_own",
     "II. NỘI DUNG, THỜI GIAN\n1. Thời gian: Từ ngày 20/4/2025 đến hết ngày 23/4/2025.\n2. Các hoạt động chính\n"
     "- Lễ khai mạc: 7 giờ 30 phút, ngày 20/4/2025.\n- Trưng bày sách, báo: từ 20/4 đến 23/4/2025.\n"
     "- Thời gian trưng bày: từ ngày 20/4/2025 đến ngày 23/4/2025.\n",
     [("2025-04-20", "2025-04-23", None), ("2025-04-20", "2025-04-20", "07:30"), ("2025-04-20", "2025-04-23", None)]),
    ("range_whose_first_bound_carries_a_weekday",
     "II. NỘI DUNG\n1. Tập huấn từ ngày 15/10/2025 (thứ Tư) đến ngày 17/10/2025 (thứ Sáu) tại Trường Chính trị tỉnh.\n"
     "2. Hội thao diễn ra từ ngày 28/12/2025 đến ngày 02/01/2026.\n",
     [("2025-10-15", "2025-10-17"), ("2025-12-28", "2026-01-02")]),
    ("open_start_until_an_event_and_a_deadline_with_clock_and_weekday",
     "II. NỘI DUNG\n1. Thực hiện từ ngày 01/10/2025 cho đến khi kết thúc đợt cao điểm.\n"
     "2. Đăng ký tham gia: trước 17h00 ngày 20/9/2025 (thứ Bảy).\n",
     [("2025-10-01", None, None), (None, "2025-09-20", "17:00")]),
    ("days_typed_into_blanks_keep_spaces_around_slashes",
     "II. NỘI DUNG\n1. Tổ chức hội nghị vào ngày 20/ 4/2025.\n2. Báo cáo trước ngày 30 / 6 / 2025.\n"
     "3. Tập huấn từ ngày 10/ 6/2025 đến ngày 12/ 6/2025.\n"
     "4. Thực hiện Kế hoạch số 15 /KH-UBND ngày 10 /3/2025 của Ủy ban nhân dân tỉnh.\n\n"
     "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
     "| 1 | Tổng kết công tác phối hợp | Văn phòng | 15 /12/ 2025 |\n",
     [("2025-04-20", "2025-04-20"), (None, "2025-06-30"), ("2025-06-10", "2025-06-12"), ("2025-12-15", "2025-12-15")]),
    ("a_second_date_listed_after_a_cue_shares_it",
     "II. NỘI DUNG\n1. Tổ chức kiểm tra vào ngày 10/5/2025 và ngày 20/6/2025.\n"
     "2. Tập huấn trong tháng 12/2025 và tháng 01/2026.\n3. Gửi báo cáo trước ngày 15/6/2025 và ngày 15/12/2025.\n"
     "4. Tổ chức 02 đợt: tháng 4/2025 và tháng 9/2025.\n",
     [("2025-05-10", "2025-05-10"), ("2025-06-20", "2025-06-20"), ("2025-12", "2025-12"), ("2026-01", "2026-01"),
      (None, "2025-06-15"), (None, "2025-12-15"), ("2025-04", "2025-04"), ("2025-09", "2025-09")]),
    ("figures_as_of_two_days_are_no_items",
     "II. NỘI DUNG\nTheo số liệu tính đến ngày 30/6/2025 và ngày 31/12/2025, toàn huyện có 50 hộ nghèo.\n",
     []),
    ("from_a_quarter_opens_a_period",
     "II. NỘI DUNG\n1. Triển khai thực hiện từ Quý II/2025.\n2. Hoàn thành vào cuối Quý III/2025.\n"
     "3. Ra quân đồng loạt vào Chủ nhật ngày 16/3/2025.\n",
     [("2025-04", None), ("2025-07", "2025-09"), ("2025-03-16", "2025-03-16")]),
    ("phases_with_their_months_in_closing_parentheses",
     "II. NỘI DUNG, THỜI GIAN THỰC HIỆN\n1. Giai đoạn 1: Tuyên truyền, vận động (Tháng 3/2025)\n"
     "- Treo băng rôn, khẩu hiệu tại các trục đường chính.\n"
     "2. Giai đoạn 2: Triển khai tiêm chủng (Từ tháng 4 đến tháng 6/2025)\n"
     "3. Giai đoạn 3: Kiểm tra, đánh giá (Tháng 7/2025)\n",
     [("2025-03", "2025-03"), ("2025-04", "2025-06"), ("2025-07", "2025-07")]),
    ("weeks_whose_first_bound_has_no_year",
     "III. KẾ HOẠCH CỤ THỂ\n*Tuần 1 (06/01 - 12/01/2025):* Rà soát đối tượng.\n"
     "*Tuần 2 (13/01 - 19/01/2025):* Tổ chức tiêm.\n- Đợt cao điểm: 28/12 - 03/01/2026.\n",
     [("2025-01-06", "2025-01-12"), ("2025-01-13", "2025-01-19"), ("2025-12-28", "2026-01-03")],
     {"date": "02 tháng 01"}),
    ("milestones_opening_bulleted_lines",
     "IV. CÁC MỐC THỜI GIAN\n- 15/02/2025: Hoàn thành rà soát.\n- 28/02/2025: Báo cáo kết quả.\n"
     "- Trước 10/3/2025: Gửi hồ sơ đề nghị khen thưởng.\n",
     [("2025-02-15", "2025-02-15"), ("2025-02-28", "2025-02-28"), (None, "2025-03-10")]),
    # ------------------------------------------------ more that is NOT an item
    ("recurring_days_without_year_are_no_items",
     "II. NỘI DUNG\n1. Hội nghị giao ban định kỳ vào ngày 25 hằng tháng.\n2. Kiểm tra vào Quý IV hằng năm.\n"
     "3. Hằng năm, tổng kết vào tháng 12.\n",
     []),
    ("metadata_fields_are_no_activities",
     "II. THÔNG TIN\n- Ngày ban hành: 10/01/2025.\n- Ngày có hiệu lực: 15/01/2025.\n",
     []),
    ("programme_span_named_in_a_list_item_is_no_item",
     "II. NỘI DUNG\n1. Tiếp tục thực hiện Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025.\n",
     []),
    ("a_past_year_before_the_colon_and_a_figure_after",
     "I. ĐÁNH GIÁ\n1. Kết quả năm 2024: toàn tỉnh đạt 95% kế hoạch.\n",
     []),
    ("anniversary_spans_are_no_items",
     "II. NỘI DUNG\n1. Tổ chức các hoạt động kỷ niệm 80 năm Ngày Quốc khánh (02/9/1945 - 02/9/2025).\n"
     "2. Tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025).\n"
     "3. Tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW (2015 - 2025) vào tháng 10/2025.\n",
     [("2025-10", "2025-10")]),
    ("a_running_span_named_by_its_length_is_still_a_schedule",
     "II. NỘI DUNG\n1. Thực hiện thí điểm trong 2 năm (2024 - 2026).\n",
     [("2024", "2026")]),
    ("term_programme_law_and_birth_years_are_no_items",
     "II. NỘI DUNG\n1. Chào mừng Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030.\n"
     "2. Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.\n"
     "3. Theo Luật Đất đai năm 2024, các địa phương rà soát hồ sơ.\n"
     "4. Học sinh sinh năm 2015 được tham gia.\n- Phổ biến Luật Đất đai (năm 2025);\n",
     []),
    ("a_citation_in_parentheses_is_no_item",
     "II. NỘI DUNG\n- Triển khai Nghị quyết số 30/NQ-CP (ngày 04/3/2025).\n",
     []),
    ("a_summary_restating_the_plan_sets_nothing",
     "II. NỘI DUNG\n1. Các sở rà soát hồ sơ.\n\nTrên đây là Kế hoạch triển khai công tác năm 2025 của Ủy ban "
     "nhân dân tỉnh, đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện Kế hoạch năm 2025./.\n",
     []),
    ("a_request_after_the_summary_sets_its_deadline",
     "II. NỘI DUNG\n1. Các sở rà soát hồ sơ.\n\nTrên đây là một số nội dung trọng tâm cần thực hiện ngay, Ủy "
     "ban nhân dân tỉnh đề nghị các đồng chí Giám đốc sở chỉ đạo thực hiện và báo cáo kết quả về Ủy ban "
     "nhân dân tỉnh (qua Sở Nội vụ) trước Thứ Tư ngày 03/12/2025 để tổng hợp./.\n",
     [(None, "2025-12-03")]),
    ("a_request_after_a_semicolon_of_the_summary",
     "II. NỘI DUNG\n1. Các sở rà soát hồ sơ.\n\nTrên đây là ý kiến của Sở Tài chính về Nghị định số "
     "10/2025/NĐ-CP ngày 15/01/2025 của Chính phủ; đề nghị các đơn vị gửi báo cáo về Sở Tài chính trước "
     "ngày 20/3/2025 để tổng hợp./.\n",
     [(None, "2025-03-20")]),
    ("a_month_framing_the_deadline_after_it_is_no_item_of_its_own",
     "II. TỔ CHỨC THỰC HIỆN\n- Ngay trong tháng 12 năm 2025, chậm nhất đến ngày 30 tháng 12 năm 2025, các đơn vị "
     "hoàn tất thủ tục.\n- Trong năm 2026, trước ngày 30/6/2026, hoàn thành rà soát hồ sơ.\n",
     [(None, "2025-12-30"), (None, "2026-06-30")]),
    ("a_month_with_a_task_of_its_own_before_a_deadline_stays",
     "II. TỔ CHỨC THỰC HIỆN\n- Trong tháng 12 năm 2025, các đơn vị rà soát hồ sơ; chậm nhất ngày 30/12/2025, "
     "hoàn tất thủ tục.\n",
     [("2025-12", "2025-12"), (None, "2025-12-30")]),
    ("a_start_the_preamble_opens_with_runs_on",
     "Từ ngày 01 tháng 7 năm 2025, mức thu học phí có một số thay đổi khi Luật sửa đổi, bổ sung một số điều "
     "của Luật Giáo dục (Luật số 43/2024/QH15 ngày 14 tháng 6 năm 2024) có hiệu lực thi hành.\n\nTrong khi chờ hướng dẫn, Ủy ban nhân "
     "dân huyện thông báo như sau:\n"
     "1. Các trường rà soát mức thu.\n",
     [("2025-07-01", None)]),
    ("a_start_brought_by_a_law_named_with_its_number",
     "Từ ngày 01 tháng 7 năm 2025, mức thu học phí có một số thay đổi khi Luật Giáo dục (Luật số 43/2019/QH14 "
     "ngày 14 tháng 6 năm 2019) được sửa đổi.\n\nỦy ban nhân dân huyện thông báo như sau:\n"
     "1. Các trường rà soát mức thu.\n",
     [("2025-07-01", None)]),
    ("an_issue_the_preamble_reports_is_no_item",
     "Ngày 15 tháng 3 năm 2025, Chính phủ ban hành Nghị định số 81/2025/NĐ-CP về học phí. Ủy ban nhân dân "
     "huyện thông báo như sau:\n1. Các trường rà soát mức thu.\n",
     []),
    ("days_of_each_year_are_no_items",
     "II. NỘI DUNG\n1. Số vào sổ cấp chứng chỉ được lập liên tục theo thứ tự từ nhỏ đến lớn theo từng năm "
     "từ ngày 01/01 đến hết ngày 31/12.\n",
     []),
    ("receiving_applications_from_a_day_is_a_start",
     "Kể từ ngày 01/12/2025, Cục Hành chính chính thức triển khai tiếp nhận và giải quyết hồ sơ trực tuyến.\n\n"
     "Cục Hành chính trân trọng thông báo như sau:\n1. Các đơn vị phối hợp.\n",
     [("2025-12-01", None)]),
]

XFAIL: dict[str, str] = {
}


def _params() -> list:
    out = []
    for case in CASES:
        cid, body, want = case[:3]
        kw = case[3] if len(case) > 3 else {}
        marks = [xf(XFAIL[cid])] if cid in XFAIL else []
        out.append(pytest.param(body, want, kw, id=cid, marks=marks))
    return out


@pytest.mark.parametrize(("body", "want", "kw"), _params())
def test_unseen_plan_passage(body: str, want: list[Item], kw: dict) -> None:
    with_time = any(len(w) == 3 for w in want)
    assert got_items(timeline(body, **kw), with_time) == want


def test_the_suite_is_large_enough_and_ids_are_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) >= 40 and len(set(ids)) == len(ids)
    assert set(XFAIL) <= set(ids)


def test_task_paragraphs_numbered_in_brackets_keep_each_their_shared_deadline() -> None:
    # "(2) …, hoàn thành trước ngày …" / "(3) …": each bracketed task paragraph is a task of its
    # own, the same deadline an item each
    items = timeline(
        "III. NHIỆM VỤ\n"
        "1. Ủy ban nhân dân các tỉnh:\n"
        "(1) Huy động các lực lượng dọn dẹp, vệ sinh trường lớp, hoàn thành trước ngày 30/11/2025.\n"
        "(2) Hỗ trợ Nhân dân sửa chữa nhà cửa, hoàn thành trước ngày 30/11/2025.\n"
        "(3) Rà soát, tổng hợp thiệt hại, hoàn thành trước ngày 30/11/2025.\n"
    )
    assert [(x["start"], x["end"]) for x in items] == [(None, "2025-11-30")] * 3
