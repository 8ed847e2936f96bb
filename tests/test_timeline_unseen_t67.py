"""Timeline mechanisms met on unseen resolutions and decisions: horizons that open the clauses of
a target list, deadlines inside a Government resolution's task paragraphs, retroactive
application and a plan's period.

Every document here is synthetic: invented bodies, tasks and dates.
"""

from __future__ import annotations

from pipeline.extract.timeline import extract_timeline
from pipeline.normalize import normalize
from pipeline.provenance import Prov
from pipeline.segment import segment

_HEAD = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/NQ-HĐND\n\nHà An, ngày {date} năm {year}\n\nNGHỊ QUYẾT\nThông qua Quy hoạch bảo vệ đất ngập nước\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def _items(body: str, year: int = 2019, date: str = "10 tháng 3") -> list[dict]:
    doc = segment(normalize(_HEAD.format(date=date, year=year) + body + _TAIL).text)
    return extract_timeline(doc, Prov())


def _spans(items: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(x["start"], x["end"]) for x in items]


def test_horizons_that_open_the_clauses_of_a_target_list() -> None:
    """"a) Topic: Đến năm 2025 bảo tồn …; đến năm 2030 mở rộng …": each horizon opens its clause
    and goes straight on to the work (no comma after the year) — a target {null, year}."""
    body = (
        "Điều 1. Thông qua Quy hoạch bảo vệ đất ngập nước đến năm 2025, định hướng đến năm 2030.\n"
        "2. Mục tiêu cụ thể:\n"
        "a) Bảo tồn bãi bồi: Đến năm 2025 khoanh vùng 12 bãi bồi ven sông; đến năm 2030 mở rộng "
        "vùng bảo tồn ra toàn bộ cửa sông.\n"
        "b) Trồng lại rừng ngập mặn ven biển. Đến năm 2030 tiếp tục phục hồi 300 ha rừng ngập mặn tại các xã ven biển, ưu tiên nơi bị sạt lở.\n"
        "c) Đến năm 2025 lắp đặt 8 trạm quan trắc mực nước và chất lượng nước tại các cửa sông, "
        "kết nối dữ liệu về trung tâm của tỉnh.\n"
    )
    assert _spans(_items(body)) == [(None, "2025"), (None, "2030"), (None, "2030"), (None, "2025")]


def test_a_horizon_inside_a_name_stays_no_item() -> None:
    """The plan's name carries its horizon after its noun: no clause opens with it."""
    body = (
        "Điều 1. Thông qua Quy hoạch bảo vệ đất ngập nước đến năm 2025, định hướng đến năm 2030.\n"
        "1. Quan điểm: phù hợp với quy hoạch tổng thể của tỉnh đến năm 2030.\n"
    )
    assert _spans(_items(body)) == []


_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 88/QĐ-UBND\n\nHà An, ngày 20 tháng 11 năm 2024\n\nQUYẾT ĐỊNH\nVề mức hỗ trợ tiền ăn cho vận động viên\n\n"
    "QUYẾT ĐỊNH:\n\n{body}" + _TAIL
)


def _decision(body: str) -> list[tuple[str | None, str | None]]:
    return _spans(extract_timeline(segment(normalize(_DECISION.format(body=body)).text), Prov()))


def test_retroactive_application_the_document_sets() -> None:
    """A start before the document's date that the document sets itself: its rule applies back
    from then, or its measure, named right after the date, holds from then — {day, null}."""
    body = (
        "Điều 1. Nâng mức hỗ trợ tiền ăn cho vận động viên đội tuyển tỉnh lên 150.000 đồng/người/ngày.\n"
        "Thời gian áp dụng từ ngày 01 tháng 9 năm 2024.\n"
        "Điều 2. Mức bồi dưỡng huấn luyện viên như sau:\n"
        "a) Từ ngày 01 tháng 7 năm 2024, điều chỉnh tăng thêm 10% mức bồi dưỡng hằng tháng.\n"
        "b) Từ ngày 01 tháng 01 năm 2025, điều chỉnh tăng thêm 5% mức bồi dưỡng hằng tháng.\n"
    )
    assert _decision(body) == [("2024-09-01", None), ("2024-07-01", None), ("2025-01-01", None)]


def test_a_past_start_with_a_subject_stays_background() -> None:
    """"Từ ngày …, <subject> vận hành …" before the document's date narrates what began then."""
    body = (
        "Điều 1. Từ ngày 01 tháng 7 năm 2024, trung tâm huấn luyện thể thao tỉnh vận hành theo mô hình mới; "
        "giao Sở Văn hóa rà soát định mức chi cho vận động viên.\n"
    )
    assert _decision(body) == []


def test_the_span_a_programme_is_carried_out_in() -> None:
    """"tiếp tục thực hiện dự án … trong giai đoạn 2020 - 2022": the programme is the object of
    the work, "trong" puts the work into the span; "các dự án dự kiến khởi công trong giai đoạn …"
    only says which projects are meant."""
    body = (
        "Điều 1. Giao Ủy ban nhân dân tỉnh:\n"
        "- Bố trí vốn để tiếp tục thực hiện dự án di dân vùng sạt lở xã Tân Hà (do Ủy ban nhân dân "
        "huyện làm chủ đầu tư) trong giai đoạn 2020 - 2022; đôn đốc các nhà thầu thi công.\n"
        "- Ưu tiên vốn cho các dự án dự kiến khởi công mới trong giai đoạn 2021 - 2025 có hồ sơ đầy đủ.\n"
    )
    assert _spans(_items(body)) == [("2020", "2022")]


def test_a_report_due_at_a_session_named_by_its_year() -> None:
    """"báo cáo … trình Hội đồng nhân dân vào kỳ họp giữa năm 2020": that year's session."""
    body = (
        "Điều 1. Thường trực Hội đồng nhân dân tỉnh xây dựng kế hoạch giám sát; báo cáo kết quả "
        "giám sát trình Hội đồng nhân dân vào kỳ họp giữa năm 2020; theo dõi việc thực hiện kiến nghị.\n"
    )
    assert _spans(_items(body)) == [("2020", "2020")]


_GOV = (
    "CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 77/NQ-CP\n\nHà Nội, ngày 05 tháng 5 năm 2027\n\nNGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ tháng 4 năm 2027\n\n"
    "QUYẾT NGHỊ:\n\n{body}" + _TAIL
)


def _gov(body: str) -> list[tuple[str | None, str | None]]:
    return _spans(extract_timeline(segment(normalize(_GOV.format(body=body)).text), Prov()))


def test_a_situation_heading_that_names_the_way_forward_too() -> None:
    """"II. Về tình hình … tháng 5; / phương hướng, nhiệm vụ … tháng 6": the section sets tasks
    as well as reporting, so its task paragraphs keep their deadlines and quarters."""
    body = (
        "I. Về quan điểm chỉ đạo\nChính phủ thống nhất các định hướng điều hành trong thời gian tới.\n"
        "II. Về tình hình kinh tế - xã hội tháng 5 năm 2027;\n"
        "phương hướng, nhiệm vụ và giải pháp trọng tâm tháng 6 năm 2027\n"
        "1. Các bộ, cơ quan, địa phương:\n"
        "a) Về đầu tư công: thực hiện nghiêm chỉ đạo tại Chỉ thị số 21/CT-TTg ngày 12 tháng 5 năm 2027. "
        "Khẩn trương hoàn thiện danh mục dự án khởi công mới, gửi Bộ Tài chính trước ngày 20 tháng 6 năm 2027 "
        "để tổng hợp; đẩy nhanh giải ngân vốn được giao.\n"
        "b) Rà soát, cắt giảm thủ tục hành chính trong lĩnh vực đất đai. Trong quý IV năm 2027, hoàn thành "
        "số hóa hồ sơ đất đai của các địa phương còn lại.\n"
    )
    assert _gov(body) == [(None, "2027-06-20"), ("2027-10", "2027-12")]


def test_a_year_that_names_the_funds_bounds_no_span_to_a_day_inside_it() -> None:
    """"kế hoạch vốn đầu tư năm 2027 đến ngày 15/5/2027 …": "đầu tư" is no "từ" (a tone mark
    tells them apart once folded), and a day inside the year bounds no span from that year."""
    body = (
        "1. Các bộ, cơ quan, địa phương:\n"
        "a) Đề xuất phương án xử lý đối với kế hoạch vốn đầu tư năm 2027 đến ngày 15 tháng 5 năm 2027 "
        "chưa phân bổ chi tiết; báo cáo Thủ tướng Chính phủ trong tháng 6 năm 2027 để xem xét.\n"
    )
    spans = _gov(body)
    assert ("2027", "2027-05-15") not in spans and ("2027", None) not in spans
    assert ("2027-06", "2027-06") in spans


def test_the_day_requested_acts_are_to_take_effect() -> None:
    """"trình … Nghị định … để có hiệu lực từ ngày …", "… sửa đổi, bổ sung hoặc ban hành mới và có
    hiệu lực thi hành kể từ ngày …": a milestone (start == end); a cited act's effect is none."""
    body = (
        "1. Bộ Tư pháp:\n"
        "a) Khẩn trương trình 03 Nghị định hướng dẫn Luật Công chứng để có hiệu lực từ ngày 01 tháng 9 "
        "năm 2027; báo cáo Thủ tướng Chính phủ.\n"
        "b) Rà soát các văn bản pháp luật chuyên ngành về đăng ký biện pháp bảo đảm được sửa đổi, bổ sung "
        "hoặc ban hành mới và có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2028.\n"
        "c) Theo dõi việc thi hành Nghị định số 12/2026/NĐ-CP có hiệu lực từ ngày 01 tháng 7 năm 2027.\n"
    )
    assert _gov(body) == [("2027-09-01", "2027-09-01"), ("2028-01-01", "2028-01-01")]


def test_task_paragraphs_that_share_a_deadline_keep_it_each() -> None:
    """An unmarked paragraph sets a deadline; two lettered task paragraphs later set the same day
    for other work: three deadlines (a resolution's tasks often share one)."""
    body = (
        "1. Bộ Tài chính:\n"
        "Trên cơ sở đề xuất của các địa phương, khẩn trương tổng hợp phương án phân bổ vốn, trình Chính phủ "
        "trước ngày 20 tháng 5 năm 2027.\n"
        "2. Bộ Xây dựng:\n"
        "a) Theo dõi sát thị trường vật liệu xây dựng; trước ngày 20 tháng 5 năm 2027, có hướng dẫn các địa "
        "phương về điều chỉnh giá hợp đồng xây dựng.\n"
        "3. Bộ Giáo dục và Đào tạo:\n"
        "a) Trình Thủ tướng Chính phủ ban hành Chỉ thị về kỳ thi tốt nghiệp trung học phổ thông năm 2027, "
        "hoàn thành trước ngày 20 tháng 5 năm 2027.\n"
    )
    assert _gov(body) == [(None, "2027-05-20")] * 3


def test_a_deadline_restated_for_the_same_work_stays_one() -> None:
    """The same obligation restated under the article on responsibilities keeps one deadline."""
    body = (
        "Điều 5. Chuyển tiếp\n"
        "Chậm nhất đến ngày 01 tháng 9 năm 2027, các bộ, địa phương phải hoàn thành việc sắp xếp viên chức "
        "vào vị trí việc làm theo quy định.\n"
        "Điều 6. Trách nhiệm thi hành\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo thực hiện Nghị quyết này; chậm nhất đến ngày 01 tháng 9 "
        "năm 2027 phải hoàn thành việc sắp xếp viên chức vào vị trí việc làm theo quy định.\n"
    )
    assert _gov(body) == [(None, "2027-09-01")]


def test_a_figure_set_for_a_year() -> None:
    """"(bình quân khoảng 4,5% năm 2027)": the year a figure is set for is a target of that year;
    a figure of a year gone by reports."""
    body = (
        "1. Ngân hàng Nhà nước:\n"
        "a) Điều hành chính sách tiền tệ linh hoạt, góp phần kiểm soát lạm phát (bình quân khoảng 4,5% năm 2027), "
        "ổn định kinh tế vĩ mô.\n"
        "b) Rút kinh nghiệm điều hành tín dụng, tăng 12% năm 2026 so với năm trước.\n"
    )
    assert _gov(body) == [("2027", "2027")]


def test_a_deadline_that_describes_tasks_a_status_and_others_acts_make_no_item() -> None:
    """"các nhiệm vụ có thời hạn hoàn thành trong quý II" says which tasks are meant; "… vốn đến
    ngày 15/5 các bộ, cơ quan chưa phân bổ" is a status as of a day; "các luật, nghị quyết có
    hiệu lực từ ngày …" in a Nghị quyết are other acts (its own type is written with a capital)."""
    body = (
        "1. Các bộ, cơ quan, địa phương:\n"
        "a) Tổ chức thực hiện các nghị quyết của Chính phủ, nhất là 30 nhiệm vụ có thời hạn hoàn thành "
        "trong quý II năm 2027; báo cáo kết quả hằng tháng.\n"
        "b) Đề xuất phương án xử lý kế hoạch vốn đến ngày 15 tháng 5 năm 2027 các bộ, cơ quan chưa phân bổ "
        "chi tiết; báo cáo Thủ tướng Chính phủ trong tháng 6 năm 2027.\n"
        "c) Ban hành văn bản quy định chi tiết các luật, nghị quyết có hiệu lực từ ngày 01 tháng 7 năm 2027.\n"
    )
    assert _gov(body) == [("2027-06", "2027-06")]


def test_what_had_been_done_by_a_day_is_no_deadline() -> None:
    # "Đến ngày …," opening its sentence, a past-tense verb after it: a status as of the day;
    # the deadline of a task after it still is one — also where the 80 characters read after a
    # date cut a word that would otherwise read as "đã" ("… đầu nguồn, đảm" of "đảm bảo")
    body = (
        "1. Kết quả: Ủy ban nhân dân tỉnh đã giao Sở Tài chính rà soát quy hoạch. Đến ngày 25/02/2027, "
        "Chủ tịch Ủy ban nhân dân tỉnh đã phê duyệt điều chỉnh quy hoạch tại Quyết định số 525/QĐ-UBND.\n"
        "2. Bảo vệ rừng: diện tích chưa có rừng 58.939,7ha; đến năm 2030 duy trì, phát triển và bảo vệ "
        "nghiêm ngặt diện tích rừng phòng hộ đầu nguồn, đảm bảo độ che phủ rừng trên 60%.\n"
    )
    # (the report's own day and month left blank: nothing dates the day as past)
    assert _spans(_items(body, year=2027, date="   tháng   ")) == [(None, "2030")]


def test_an_activity_set_at_a_school_years_edge_is_an_item_of_that_year() -> None:
    """"… xét khen thưởng vào cuối năm học 2021-2022" is set at a point in time (2022); the school
    year only named ("nhiệm vụ năm học 2021-2022"), or bounding a rule ("áp dụng cho đến hết năm
    học 2022-2023"), is no item."""
    body = (
        "Điều 1. Thông qua kế hoạch thi đua giai đoạn 2020 - 2025.\n"
        "a) Khen thưởng sơ kết: Ủy ban nhân dân tỉnh sơ kết, xét khen thưởng phong trào thi đua vào cuối "
        "năm học 2021-2022.\n"
        "b) Khen thưởng tổng kết: tổng kết phong trào vào đầu năm học 2025-2026.\n"
        "c) Triển khai nhiệm vụ năm học 2021-2022 theo hướng dẫn; quy định cũ áp dụng cho đến hết năm học 2022-2023.\n"
    )
    got = _spans(_items(body, year=2020))
    assert ("2022", "2022") in got and ("2025", "2025") in got
    assert ("2023", "2023") not in got and ("2021", "2022") not in got
