"""Target lists of strategies and programmes, recurring years, school-year days and the headings
of their sections, read into timeline items (or not).

Every document here is synthetic: invented tasks, bodies and dates.
"""

from __future__ import annotations

from pipeline.extract.timeline import extract_timeline
from pipeline.fragment_tables import continues
from pipeline.normalize import normalize
from pipeline.provenance import Prov
from pipeline.segment import segment

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 31/KH-UBND\n\nHà An, ngày {date} năm {year}\n\nKẾ HOẠCH\nThực hiện Chương trình phát triển lâm nghiệp\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def _items(body: str, year: int = 2026, date: str = "10 tháng 3") -> list[dict]:
    doc = segment(normalize(_HEAD.format(date=date, year=year) + body + _TAIL).text)
    return extract_timeline(doc, Prov())


def _spans(items: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(x["start"], x["end"]) for x in items]


def test_each_listed_task_keeps_its_own_year_deadline() -> None:
    """"trước năm 2030" closes a listed task's work (no name is qualified that way); each task of a
    list has its own, also after a target that names the same year."""
    body = (
        "II. NHIỆM VỤ\n"
        "- Đến năm 2030, tỷ lệ che phủ rừng của tỉnh đạt 45%.\n"
        "- Rà soát chức năng của các cơ quan kiểm lâm. Trước năm 2030, hoàn thiện mô hình tổ chức hạt kiểm lâm.\n"
        "- Xây dựng cơ sở dữ liệu rừng trồng thống nhất trước năm 2030; kết nối với hệ thống quốc gia.\n"
        "- Nghiên cứu mô hình quản lý rừng cộng đồng. Hoàn thành trước năm 2030.\n"
    )
    assert _spans(_items(body)) == [(None, "2030")] * 4


def test_a_year_that_recurs_after_it_opens_the_period() -> None:
    """"Năm 2026 và hằng năm": from that year on, every year (no end); in a time cell too, where
    "Tháng 12, năm 2026" is a month."""
    body = (
        "II. NHIỆM VỤ\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Tuyên truyền pháp luật về lâm nghiệp | Sở Tư pháp | Năm 2026 và hàng năm |\n"
        "| 2 | Trình phê duyệt quy hoạch lâm nghiệp | Sở Nông nghiệp và Môi trường | Tháng 12, năm 2026 |\n"
    )
    assert _spans(_items(body)) == [("2026", None), ("2026-12", "2026-12")]


def test_the_count_of_a_span_before_it() -> None:
    """"trong hai năm 2026 - 2027": the count of years between the cue and the span is skipped."""
    body = "II. NHIỆM VỤ\n1. Cân đối ngân sách để hỗ trợ sửa chữa nhà ở cho hộ nghèo, cơ bản xong trong hai năm 2026 - 2027.\n"
    assert _spans(_items(body)) == [("2026", "2027")]


def test_a_second_day_of_a_listed_activity() -> None:
    """A later sentence of a listed activity dated by day gives a second day after "ngày" alone
    (an exception for a part of it); a document cited with its day does not."""
    body = (
        "II. THỜI GIAN\n"
        "1. Tựu trường: Ngày 31/8/2026 (thứ Hai). Riêng khối lớp 6 tập trung ngày 24/8/2026 (thứ Hai).\n"
        "2. Khai giảng: Ngày 05/9/2026. Thực hiện theo hướng dẫn tại Công văn của Sở ngày 20/8/2026.\n"
    )
    got = _spans(_items(body, date="01 tháng 8"))
    assert got == [("2026-08-31", "2026-08-31"), ("2026-08-24", "2026-08-24"), ("2026-09-05", "2026-09-05")]


def test_headings_and_open_horizons_from_now_are_no_deadlines() -> None:
    """A heading that spans the tasks under it "từ nay đến năm 2030", a programme's horizon that
    runs on ("… và những năm tiếp theo") and the time left ("… chỉ còn 3 tháng") are no
    deadlines; a task "từ nay đến năm 2030" is one."""
    body = (
        "I. MỤC ĐÍCH\n"
        "Tổ chức thực hiện thống nhất công tác trồng rừng từ nay đến năm 2030 và những năm tiếp theo.\n"
        "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP TỪ NAY ĐẾN NĂM 2030\n"
        "Từ nay đến hết năm 2026 chỉ còn 9 tháng, các xã khẩn trương hoàn thành giao đất rừng.\n"
        "1. Từ nay đến năm 2028, hoàn thành cắm mốc ranh giới rừng phòng hộ.\n"
    )
    assert _spans(_items(body)) == [(None, "2028")]


def test_quarters_listed_across_the_turn_of_a_year_are_one_period() -> None:
    """"(Quý IV/2026, Quý I/2027 và thường xuyên)": consecutive quarters across the year are one
    period; quarters apart stay items of their own."""
    body = (
        "II. NHIỆM VỤ\n"
        "1. Tổ chức quán triệt Chương trình ở các cấp (Quý IV/2026, Quý I/2027 và thường xuyên).\n"
        "2. Kiểm tra việc trồng rừng thay thế vào Quý II/2026, Quý IV/2026.\n"
    )
    got = _spans(_items(body))
    assert ("2026-10", "2027-03") in got
    assert ("2026-04", "2026-06") in got and ("2026-10", "2026-12") in got
    assert ("2027-01", "2027-03") not in got


def test_a_time_cell_opened_by_its_unit_word_after_a_one_word_line() -> None:
    """Fragments one a line: after the last word of a body's name ("phương"), "Năm" then "2026 -
    2027" opens the time cell; a name's words one a line still go on."""
    assert not continues("phương", "Năm", "2026 - 2027")
    assert continues("Bộ", "Tư", "pháp")


def test_a_completion_alone_is_labelled_with_its_task() -> None:
    """"… Hoàn thành trước năm 2030." labels the item with the sentence before (the task), and the
    last part of a ";" list ending in its completion with the list's sentence; a clause of its own
    after ";" keeps its own words."""
    body = (
        "II. NHIỆM VỤ\n"
        "- Nghiên cứu mô hình quản lý rừng cộng đồng ở vùng cao. Hoàn thành trước năm 2030.\n"
        "- Đánh giá hiệu quả trồng rừng gỗ lớn tại các huyện: Bắc Hà; Mường Khương; Si Ma Cai, hoàn thành "
        "trước năm 2029.\n"
        "- Tổng kết mô hình giao rừng; sớm sửa đổi quy chế quản lý rừng phòng hộ trước năm 2028.\n"
    )
    labels = {x["end"]: x["label"] for x in _items(body)}
    assert labels["2030"].startswith("Nghiên cứu mô hình quản lý rừng cộng đồng")
    assert labels["2029"].startswith("Đánh giá hiệu quả trồng rừng gỗ lớn")
    assert labels["2028"].startswith("sớm sửa đổi quy chế")


def test_roadmap_steps_opened_by_their_year() -> None:
    """"- Năm 2027: Trình ban hành …" is a step (issuing is its task, no report of an issued
    document), "- Năm 2028, hoàn thành …" too; a paragraph opened by its horizon ("Đến năm 2030,
    giải quyết …") is that target even after a listed target named the same year."""
    body = (
        "II. MỤC TIÊU\n"
        "a) Đến năm 2030, 100% diện tích rừng được giao cho chủ rừng, được cắm mốc ranh giới và được cấp giấy "
        "chứng nhận quyền sử dụng đất lâm nghiệp.\n"
        "III. CÁC BƯỚC THỰC HIỆN\n"
        "- Năm 2027: Trình ban hành quy chế quản lý rừng cộng đồng thay thế quy chế cũ.\n"
        "- Năm 2028, hoàn thành việc cắm mốc ranh giới rừng trên toàn tỉnh.\n"
        "IV. GIẢI PHÁP\n"
        "Đến năm 2030, giải quyết căn bản các tranh chấp đất rừng còn tồn đọng.\n"
        "Năm 2026, tỉnh đã giao 2.000 ha rừng cho cộng đồng.\n"
    )
    got = _spans(_items(body))
    assert ("2027", "2027") in got and ("2028", "2028") in got
    assert got.count((None, "2030")) == 2
    assert ("2026", "2026") not in got


def test_a_generic_section_title_is_no_label() -> None:
    """"II. NỘI DUNG" over "1. Thời gian: …" names no activity: the item is labelled with what the
    plan is about (its title)."""
    body = "I. MỤC ĐÍCH\nNâng cao kỹ năng.\nII. NỘI DUNG\n1. Thời gian: 02 ngày (bắt đầu từ 8h00 ngày 15/4/2026).\n"
    (item,) = _items(body)
    assert item["start"] == "2026-04-15"
    assert item["label"].startswith("Thực hiện Chương trình phát triển lâm nghiệp")


def test_a_phase_alone_on_its_line_is_labelled_with_its_work() -> None:
    """"a) Giai đoạn từ năm 2028:" over its work: the label is the phase and the work's first
    sentence, not the bare word "Giai đoạn"."""
    body = (
        "II. LỘ TRÌNH\n"
        "a) Giai đoạn từ năm 2028:\n"
        "Vận hành chính thức hệ thống giám sát rừng của tỉnh. Đánh giá hằng năm.\n"
    )
    (item,) = _items(body)
    assert (item["start"], item["end"]) == ("2028", None)
    assert item["label"] == "Giai đoạn từ năm 2028: Vận hành chính thức hệ thống giám sát rừng của tỉnh"


def test_a_clause_that_says_its_action_is_not_to_be_taken_schedules_nothing() -> None:
    body = (
        "II. NHIỆM VỤ\n"
        "- Trước mắt, chưa triển khai điều chỉnh mức phí dịch vụ rừng từ ngày 01/7/2026.\n"
        "- Rà soát các kiến nghị chưa thực hiện xong và báo cáo kết quả (gửi chậm nhất ngày 05/6/2026).\n"
    )
    spans = _spans(_items(body))
    assert ("2026-07-01", None) not in spans
    assert (None, "2026-06-05") in spans  # the object "kiến nghị chưa thực hiện" negates no action


def test_a_data_window_given_as_a_labels_value_after_its_colon() -> None:
    """The span a report's figures cover, written as a label and its value ("Mốc thời gian lấy số
    liệu báo cáo: từ ngày … đến ngày …"), is set by the plan though it lies before its date: the
    label's colon opens no clause of its own."""
    body = (
        "I. NỘI DUNG\n"
        "- Đánh giá kết quả thực hiện Chương trình giai đoạn 2021 - 2025.\n"
        "- Mốc thời gian lấy số liệu báo cáo: từ ngày 01/01/2021 đến ngày 30/6/2025.\n"
    )
    assert ("2021-01-01", "2025-06-30") in _spans(_items(body, year=2025, date="05 tháng 9"))
    # a figure told after a clause of its own still narrates what happened: no item
    told = "I. NỘI DUNG\n- Theo số liệu thống kê, từ năm 2020 đến năm 2024 toàn tỉnh đã trồng 500 ha rừng.\n"
    assert _spans(_items(told, year=2025, date="05 tháng 9")) == []


def test_a_day_opening_its_clause_then_what_was_done_on_it_is_no_item() -> None:
    """A report's body telling what happened ("…; vào lúc 08h00 ngày 09/5/2026, Hội A đã tiến hành
    Đại hội …") sets nothing; a day opening its clause with a task to do still does."""
    told = ("2. Về kết quả tổ chức Đại hội\nCăn cứ Quyết định số 20/QĐ-UBND ngày 12/11/2025 của Chủ tịch Ủy ban nhân "
            "dân tỉnh về việc cho phép sáp nhập các hội; vào lúc 08h00' ngày 09/5/2026, Hội Nông dân tỉnh đã tiến "
            "hành Đại hội nhiệm kỳ 2026 - 2031 tại Hội trường tỉnh.\n")
    assert _spans(_items(told, year=2026, date="   tháng   ")) == []
    todo = "I. NHIỆM VỤ\n- Vào lúc 08h00 ngày 09/8/2026, Hội Nông dân tỉnh tổ chức Đại hội nhiệm kỳ 2026 - 2031.\n"
    assert ("2026-08-09", "2026-08-09") in _spans(_items(todo, year=2026, date="20 tháng 6"))
