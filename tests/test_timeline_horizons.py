"""Target horizons, phases and visions of plans and programmes, read into timeline items.

Every document here is synthetic (invented targets, bodies and years in the genre's wording).
"""

from __future__ import annotations

import pipeline as vanban

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HOA SEN
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Sen, ngày 12 tháng 5 năm 2026
KẾ HOẠCH
Phát triển nông nghiệp sinh thái của tỉnh
I. MỤC TIÊU
"""


def _dated(body: str) -> dict[tuple[str | None, str | None], str]:
    rec = vanban.extract_text(PLAN + body)
    return {(t.start, t.end): t.label for t in rec.timeline}


def test_target_reached_by_a_far_year_is_a_horizon() -> None:
    """"Phấn đấu … vào năm 2045": the target is met by then (no start); a near year after "vào"
    stays the year of the work."""
    dated = _dated(
        "1. Phấn đấu đưa toàn bộ diện tích lúa của tỉnh đạt chứng nhận hữu cơ vào năm 2045.\n"
        "2. Tổ chức hội chợ nông sản sạch của tỉnh vào năm 2027.\n"
    )
    assert (None, "2045") in dated
    assert ("2045", "2045") not in dated
    assert ("2027", "2027") in dated


# an annexed plan printed without its own date line: its preamble cites a strategy "đến năm 2050"
UNDATED = """KẾ HOẠCH
Phát triển rừng ven biển giai đoạn 2026 - 2030, tầm nhìn đến năm 2050
(Kèm theo Quyết định số 301/QĐ-UBND ngày 14 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Hoa Sen)
Thực hiện Quyết định số 55/QĐ-TTg ngày 02 tháng 2 năm 2026 của Thủ tướng Chính phủ phê duyệt Chiến
lược phát triển lâm nghiệp đến năm 2050, Ủy ban nhân dân tỉnh ban hành Kế hoạch với những nội dung sau:
I. MỤC TIÊU
Nâng cao độ che phủ của rừng phòng hộ ven biển.
II. CÁC GIAI ĐOẠN THỰC HIỆN
1. Giai đoạn đến năm 2030
- Trồng mới rừng phòng hộ trên các bãi bồi.
2. Định hướng đến năm 2050
Giai đoạn sau năm 2030 cho đến năm 2050, tiếp tục mở rộng diện tích rừng ngập mặn.
"""


def test_phases_of_a_plan_without_a_date_line() -> None:
    """A horizon in the preamble ("… đến năm 2050") is no date the document was written after,
    so the phases stay: "Giai đoạn đến năm 2030" (a heading) and "sau năm 2030 cho đến năm
    2050" (one period)."""
    rec = vanban.extract_text(UNDATED)
    dated = {(t.start, t.end) for t in rec.timeline}
    assert (None, "2030") in dated
    assert ("2030", "2050") in dated


def _keys(body: str) -> list[tuple[str | None, str | None]]:
    return [(t.start, t.end) for t in vanban.extract_text(PLAN + body).timeline]


def test_parallel_task_paragraphs_each_set_their_horizon() -> None:
    """Lettered tasks of one list that each set the same horizon are items of their own; a
    share right after the date ("Đến năm 2028, 100% …") is the target."""
    keys = _keys(
        "1. Nhiệm vụ\n"
        "a) Đến năm 2028, phấn đấu đạt 90% hộ sản xuất lúa áp dụng quy trình canh tác tiết kiệm nước.\n"
        "b) Đến năm 2028, 100% hợp tác xã nông nghiệp được hỗ trợ ứng dụng nhật ký điện tử.\n"
    )
    assert keys.count((None, "2028")) == 2


def test_horizon_heading_restated_below_is_one_item() -> None:
    """A heading that sets a horizon, restated by the targets under it, is one item; another
    heading with the same horizon is one more; a year heading restated by the sentence under it
    stays one."""
    keys = _keys(
        "II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030\n"
        "a) Phấn đấu đến năm 2030 đạt 80% diện tích canh tác được cơ giới hóa.\n"
        "III. NHIỆM VỤ VÀ GIẢI PHÁP\n"
        "1. Các nhiệm vụ cần làm ngay trong năm 2026\n"
        "Các nhiệm vụ cần làm ngay trong năm 2026 được xác định tại Phụ lục kèm theo.\n"
        "2. Nhiệm vụ thực hiện theo lộ trình đến năm 2030\n"
        "Các nhiệm vụ theo lộ trình được xác định tại Phụ lục kèm theo.\n"
    )
    assert keys.count((None, "2030")) == 2
    assert keys.count(("2026", "2026")) == 1


def test_deadline_of_a_task_about_issued_documents() -> None:
    """"… rà soát các kế hoạch đã ban hành …, hoàn thành trong Quý III năm 2026": the issued
    documents are the task's object, the quarter its deadline; a report of an issue stays none."""
    keys = _keys(
        "1. Các sở, ngành rà soát các kế hoạch, chương trình đã ban hành còn hiệu lực để điều chỉnh "
        "cho thống nhất với Kế hoạch này, hoàn thành trong Quý III năm 2026.\n"
        "2. Sở Nội vụ đã ban hành văn bản hướng dẫn trong Quý II năm 2026.\n"
    )
    assert ("2026-07", "2026-09") in keys
    assert ("2026-04", "2026-06") not in keys


def test_year_deadline_needs_no_target_word() -> None:
    """"… đến hết năm 2027" and "Đến cuối năm 2026, …" set a year as a deadline by themselves
    (a name qualifies its span with "đến năm", never "đến hết năm"), even after a cited
    decision; a roadmap step of the same year stays an item of its own."""
    keys = _keys(
        "1. Nhiệm vụ\n"
        "a) Hỗ trợ cải tạo nhà ở cho hộ nghèo theo Quyết định số 15/2024/QĐ-UBND ngày 03 tháng 5 năm 2024 "
        "của Ủy ban nhân dân tỉnh đến hết năm 2027.\n"
        "b) Đến cuối năm 2026, thiết lập hệ thống theo dõi việc sử dụng vốn hỗ trợ.\n"
        "2. Lộ trình\n"
        "- Năm 2027: Tổng kết việc hỗ trợ cải tạo nhà ở.\n"
    )
    assert (None, "2027") in keys
    assert (None, "2026") in keys
    assert ("2027", "2027") in keys


def test_from_now_to_a_year_after_a_programme_noun() -> None:
    """"Các nhiệm vụ của Đề án … ưu tiên cho giai đoạn từ nay đến năm 2028": a period from now,
    not the name of the programme before it."""
    keys = _keys("1. Các nhiệm vụ của Đề án được tập trung ưu tiên cho giai đoạn từ nay đến năm 2028.\n")
    assert (None, "2028") in keys


def test_ocr_misread_within_cue() -> None:
    """A scan's OCR reads "trong" as "frong" or "rong": still the cue of a month's work."""
    keys = _keys(
        "1. Hoàn thành việc điều chỉnh quy hoạch chung các xã frong tháng 02/2027.\n"
        "2. Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện (rong tháng 03/2027).\n"
    )
    assert ("2027-02", "2027-02") in keys
    assert ("2027-03", "2027-03") in keys


def test_yearly_deadline_from_a_first_year() -> None:
    """"… trước ngày 31 tháng 3 hằng năm kể từ năm 2027": the first of a yearly deadline is the
    item; without a first year a yearly deadline has no date of its own."""
    keys = _keys(
        "1. Các xã tổng hợp kết quả trồng rừng gửi Sở Nông nghiệp và Môi trường trước ngày 31 tháng 3 "
        "hằng năm kể từ năm 2027.\n"
        "2. Các sở báo cáo kết quả thực hiện trước ngày 15/12 hằng năm.\n"
    )
    assert (None, "2027-03-31") in keys
    assert ("2027", None) not in keys
    assert not any(e and e.endswith("-12-15") for _s, e in keys)


def test_phase_line_without_a_colon() -> None:
    """"- Giai đoạn 2027 - 2030" alone on its line (its targets below it) is a phase, like
    "- Giai đoạn 2026 - 2027:"; a span inside a sentence that names a plan stays none."""
    keys = _keys(
        "- Giai đoạn 2026 - 2027:\n"
        "+ Hoàn thành trồng mới 500 ha rừng ven biển.\n"
        "- Giai đoạn 2027 - 2030\n"
        "+ Nâng độ che phủ rừng lên 45%.\n"
        "Sở Nông nghiệp và Môi trường tham mưu Kế hoạch phát triển rừng giai đoạn 2031 - 2035 trình Ủy ban.\n"
    )
    assert ("2026", "2027") in keys
    assert ("2027", "2030") in keys
    assert ("2031", "2035") not in keys


def test_table_header_cell_of_a_span_is_no_phase() -> None:
    """A span alone on a line that is no list item (a target table's column header "GIAI ĐOẠN
    2026 - 2030") is no phase."""
    keys = _keys("**GIAI ĐOẠN 2027 - 2030**\n")
    assert ("2027", "2030") not in keys


def test_a_task_paragraphs_later_sentence_opened_by_its_date() -> None:
    """A task paragraph whose second sentence opens with its horizon or its year ("… của tỉnh.
    Đến năm 2030, tỉnh nằm trong nhóm …", "… cho nhân dân. Năm 2027, hoàn thành …") sets that
    goal by then; a year inside a sentence that no goal follows stays none."""
    dated = _dated(
        "Phát triển nhanh và bền vững.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "- Đầu tư xây dựng khu nông nghiệp công nghệ cao thành trung tâm nghiên cứu của tỉnh. "
        "Đến năm 2030, tỉnh nằm trong nhóm dẫn đầu vùng về nông nghiệp hữu cơ.\n"
        "- Phát triển mạng lưới khuyến nông cho nhân dân. Năm 2027, hoàn thành số hóa hồ sơ "
        "các hợp tác xã.\n"
        "- Rà soát các mô hình đã triển khai từ năm 2018 đến nay.\n"
    )
    assert dated.get((None, "2030"), "").startswith("tỉnh nằm trong nhóm dẫn đầu")
    assert dated.get(("2027", "2027"), "").startswith("hoàn thành số hóa")
    assert not any("2018" in (k[0] or "") for k in dated)


def test_tasks_numbered_inside_a_paragraph_keep_each_its_deadline() -> None:
    """"a) Sở A: (1) …, hoàn thành trước ngày …; (2) …, hoàn thành trước ngày …": each task
    numbered inside the paragraph is one of its own, even where two share a day; a wrapped line
    that opens with a figure grouped in thousands ("500.000 thuê bao); (3) …") is no list item."""
    rec = vanban.extract_text(
        PLAN + "Phát triển nhanh và bền vững.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "a) Sở Nông nghiệp: (1) xây dựng bộ tiêu chí nông sản sạch của tỉnh, hoàn thành trước ngày\n"
        "15 tháng 11 năm 2026; (2) hỗ trợ các hợp tác xã đăng ký mã vùng trồng (phấn đấu đạt\n"
        "500.000 ha); (3) hướng dẫn các xã rà soát diện tích đất lúa, hoàn thành trước ngày 15 tháng\n"
        "11 năm 2026.\n"
    )
    labels = [t.label for t in rec.timeline if (t.start, t.end) == (None, "2026-11-15")]
    assert len(labels) == 2
    assert any(lbl.startswith("hướng dẫn các xã") for lbl in labels)
