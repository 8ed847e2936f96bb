"""Time cells of task tables in the layouts converters leave, read into timeline items.

Every document here is synthetic: invented tasks, bodies and dates written the way a gazette
PDF's text layer or a converter lays out an annexed task list.
"""

from __future__ import annotations

import pipeline as vanban

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HOA SEN
Số: 41/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Sen, ngày 20 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Chương trình hành động về cải cách hành chính năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động về cải cách hành chính năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
CHỦ TỊCH
Trần Văn Minh
PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Quyết định số 41/QĐ-UBND ngày 20 tháng 4 năm 2026)
TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
"""


def _dated(text: str) -> dict[tuple[str | None, str | None], str]:
    rec = vanban.extract_text(text)
    return {(t.start, t.end): t.label for t in rec.timeline}


WRAPPED = """1
Xây dựng quy chế phối hợp giữa các
cơ quan trong tiếp nhận hồ sơ trực tuyến
Sở Nội vụ
Các sở, ngành
Quy chế
Năm
2026 -
2028
2
Rà soát danh mục thủ tục hành chính
được cắt giảm thời gian giải quyết
Sở Tư pháp
Các sở, ngành
Báo cáo
Quý
IV/2026
(theo yêu cầu
của Bộ giai đoạn
2026 - 2031)
3
Tổng hợp ý kiến của người dân về chất
lượng phục vụ của bộ phận một cửa
Văn phòng
Ủy ban nhân dân
tỉnh
Các xã, phường
Báo cáo
Quý I/2026
"""


def test_wrapped_time_cell_is_read_across_its_lines() -> None:
    """A time cell broken over lines ("Năm" / "2026 -" / "2028") is one period; a note in
    parentheses after the date is no item of its own."""
    dated = _dated(HEAD + WRAPPED)
    assert ("2026", "2028") in dated
    assert dated[("2026", "2028")].startswith("Xây dựng quy chế phối hợp")
    assert ("2026-10", "2026-12") in dated
    assert ("2026", "2031") not in dated


def test_row_whose_time_is_past_stays() -> None:
    """A programme adopted in April that lists a first-quarter task keeps the row, and so does a
    row due the year before (a programme drafted one year and adopted early the next lists the
    tasks then due): the task table is the plan's schedule, overdue is not history."""
    dated = _dated(HEAD + WRAPPED)
    assert ("2026-01", "2026-03") in dated
    old = HEAD + WRAPPED.replace("Quý I/2026", "Quý I/2025")
    assert ("2025-01", "2025-03") in _dated(old)


PIPE = """| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
| --- | --- | --- | --- | --- |
| 1 | Xây dựng bộ tiêu chí đánh giá mức độ hài lòng của tổ chức, cá nhân | Sở Nội vụ | Các sở, ngành | Quý III, IV/2026, 2027 |
| 2 | Cập nhật cơ sở dữ liệu thủ tục hành chính của tỉnh | Sở Tư pháp | Các sở, ngành | 2026 và hằng năm |
| 3 | Đào tạo kỹ năng số cho công chức bộ phận một cửa | Sở Nội vụ | Các xã, phường | Tháng 11/2026, 2027 |
"""


def test_time_cell_running_on_into_the_next_year() -> None:
    """"Quý III, IV/2026, 2027": the quarters' work runs on into the next year (one period to
    that year); "2026 và hằng năm": that year and every year after, a period open at its end (as
    "Năm 2026 và hằng năm", "Năm 2026 và các năm tiếp theo")."""
    dated = _dated(HEAD.split("TT\n")[0] + PIPE)
    assert ("2026-07", "2027") in dated
    assert dated[("2026-07", "2027")].startswith("Xây dựng bộ tiêu chí")
    assert ("2026", None) in dated
    assert ("2026", "2026") not in dated
    assert ("2026-11", "2027") in dated
    assert ("2026-07", "2026-12") not in dated


def test_cell_joined_into_prose_still_runs_on() -> None:
    """A one-cell-a-line table whose lines a converter joined: the next year after a quarter is
    still read when prose follows it, never a number or a date after it."""
    body = PLAN + (
        "1. Xây dựng kế hoạch giảm phát thải của ngành Sở Nông nghiệp và Môi trường Quý IV/2026, "
        "2027 kết quả được công bố trên cổng thông tin.\n"
        "2. Kiểm kê khí nhà kính của các cơ sở hoàn thành trong Quý III/2026, 2027/QĐ-UBND quy định.\n"
    )
    dated = _dated(body)
    assert ("2026-10", "2027") in dated
    assert ("2026-07", "2026-09") in dated
    assert ("2026-07", "2027") not in dated


PLAN = """ỦY BAN NHÂN DÂN
XÃ BÌNH AN
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình An, ngày 02 tháng 6 năm 2026
KẾ HOẠCH
Giảm phát thải khí nhà kính trên địa bàn xã
I. NHIỆM VỤ
"""


OCR_ROWS = """STT Nhiệm vụ cụ thể Cơ quan chủ trì Cơ quan phối hợp Thời hạn Kết quả Nguồn lực
1. Xây dựng Đề án phát triển vùng nguyên | Sở Nông nghiệp ¬ Các sở, ngành | 2026 - 2028 | Đề án _ Ngân sách
liệu tập trung của tỉnh và Môi trường
2. | Lập Quy hoạch rừng ven biển giai đoạn 2031 - 2040, tầm nhìn — 2027 - 2030 |_ Quy hoạch _ nhà nước
3. Sửa đổi quy chế quản lý cụm công nghiệp ban hành năm 2021 - 2022 | Sở Công Thương | Thường xuyên
"""


def test_ocr_rows_run_together_give_their_year_spans() -> None:
    """A task table that OCR ran into lines of text: a span of years after a header naming a
    number and a task column is a row's time; a strategy's span ("giai đoạn 2031 - 2040") and a
    span before the document's year are not."""
    dated = _dated(HEAD.split("TT\n")[0] + OCR_ROWS)
    assert ("2026", "2028") in dated
    assert dated[("2026", "2028")].startswith("Xây dựng Đề án phát triển")
    assert ("2027", "2030") in dated
    assert ("2031", "2040") not in dated
    assert ("2021", "2022") not in dated


def test_quarter_dash_bare_year_is_a_range() -> None:
    """"Từ Quý IV/2026 - 2029": a dash and a later bare year close the period at that year (the
    date finder reads the quarter alone, and "từ" would leave it open)."""
    pipe = PIPE.replace("Quý III, IV/2026, 2027", "Từ Quý IV/2026 - 2029")
    dated = _dated(HEAD.split("TT\n")[0] + pipe)
    assert ("2026-10", "2029") in dated
    assert ("2026-10", None) not in dated


RESTATED = """ỦY BAN NHÂN DÂN
TỈNH HOA SEN
Số: 52/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Sen, ngày 20 tháng 4 năm 2026
KẾ HOẠCH
Mở rộng bảo hiểm y tế học sinh
I. NHIỆM VỤ
1. Từ năm 2026, từng bước nâng mức hỗ trợ đóng bảo hiểm y tế cho học sinh vùng khó khăn theo lộ trình.
2. Từ năm 2027, tăng mức chi khám sức khỏe định kỳ cho học sinh tiểu học.
II. DANH MỤC NHIỆM VỤ
| TT | Nội dung công việc | Cơ quan chủ trì | Thời gian thực hiện |
| --- | --- | --- | --- |
| 1 | Từng bước nâng mức hỗ trợ đóng bảo hiểm y tế cho học sinh vùng khó khăn | Sở Y tế | Từ quý III/2026 đến quý III/2030 |
| 2 | Tăng mức chi khám sức khỏe định kỳ cho học sinh tiểu học | Sở Y tế | Tháng 3/2027 |
"""


def test_body_open_start_restating_a_multi_year_row_is_that_row() -> None:
    """"Từ năm 2026, từng bước …" restates the row "Từ quý III/2026 đến quý III/2030" of the same
    task: one item, the row's; a body start that a single month's row only begins stays."""
    dated = _dated(RESTATED)
    assert ("2026-07", "2030-09") in dated
    assert ("2026", None) not in dated
    assert ("2027", None) in dated


def test_recurring_cell_that_says_when_it_starts() -> None:
    """"Định kỳ 2 năm/lần, bắt đầu từ năm 2025": recurring work that started before the
    document runs on: an open start; "Định kỳ hằng quý" alone has no date."""
    pipe = PIPE.replace("Quý III, IV/2026, 2027", "Định kỳ 2 năm/lần, bắt đầu từ năm 2025").replace(
        "2026 và hằng năm", "Định kỳ hằng quý")
    dated = _dated(HEAD.split("TT\n")[0] + pipe)
    assert ("2025", None) in dated
    assert dated[("2025", None)].startswith("Xây dựng bộ tiêu chí")
    assert ("2026", "2026") not in dated


_MERGED = """ỦY BAN NHÂN DÂN
TỈNH HOA SEN
Số: 42/KH-UBND
Hoa Sen, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Khởi nghiệp trong thanh niên năm 2026
I. TỔ CHỨC THỰC HIỆN
Các sở thực hiện theo Phụ lục.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Trần Văn Minh
PHỤ LỤC
| Năm | Thời gian | Nội dung | Thực hiện | Dự kiến kết quả |
|  |  |  |  |  |
| 2026 | Quý I/2026 | 1. Ban hành kế hoạch khởi nghiệp của tỉnh | Sở Nội vụ | Kế hoạch |
| 2. Hỗ trợ các nhóm dự án khởi nghiệp | Tỉnh đoàn | 12 nhóm dự án |
| Quý II/2026 | 3. Tập huấn kiến thức khởi nghiệp cho cán bộ đoàn | Tỉnh đoàn | 5 lớp |
| 4. Giao lưu khởi nghiệp trong sinh viên | Sở Giáo dục | Giao lưu |
| Tháng 6/2026 | 5. Chung kết cuộc thi khởi nghiệp | Tỉnh đoàn | Giải thưởng |
"""


def test_a_markdown_row_written_short_shares_the_merged_cells_above() -> None:
    """A converter writes a cell merged over rows (rowspan) once: the rows under it are written
    with fewer cells ("| 2. Hỗ trợ … | Tỉnh đoàn | … |"). Their cells are the last ones, and the
    time they leave out is the row's above."""
    items = {(t.start, t.end, t.label.split(". ", 1)[-1]) for t in vanban.extract_text(_MERGED).timeline}
    assert items == {
        ("2026-01", "2026-03", "Ban hành kế hoạch khởi nghiệp của tỉnh"),
        ("2026-01", "2026-03", "Hỗ trợ các nhóm dự án khởi nghiệp"),
        ("2026-04", "2026-06", "Tập huấn kiến thức khởi nghiệp cho cán bộ đoàn"),
        ("2026-04", "2026-06", "Giao lưu khởi nghiệp trong sinh viên"),
        ("2026-06", "2026-06", "Chung kết cuộc thi khởi nghiệp"),
    }


def test_a_header_named_with_a_verb_in_small_letters_is_one_column() -> None:
    """"Thời hạn thực hiện" is one column's name (each name a PDF's text layer ran together opens
    with its capital: "STT Nhiệm vụ"); and "chậm nhất trong ngày …" is a deadline."""
    doc = _MERGED.split("PHỤ LỤC")[0].replace(
        "Các sở thực hiện theo Phụ lục.", "Các xã nhận tài liệu chậm nhất trong ngày 20 tháng 02 năm 2026.") + (
        "PHỤ LỤC\n| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn thực hiện | Sản phẩm |\n"
        "|---|---|---|---|---|\n| 1 | Ban hành kế hoạch khởi nghiệp của tỉnh | Sở Nội vụ | 31/1/2026 | Kế hoạch |\n"
        "| 2 | Tập huấn khởi nghiệp cho cán bộ đoàn | Tỉnh đoàn | 15/2/2026 | Lớp học |\n")
    items = {(t.start, t.end) for t in vanban.extract_text(doc).timeline}
    assert {(None, "2026-01-31"), (None, "2026-02-15"), (None, "2026-02-20")} <= items


def test_a_deadline_whose_cue_lost_its_first_letter_to_ocr() -> None:
    """"… hoàn thành rước ngày 20 tháng 02 năm 2026": "trước" with its t lost by a scan's OCR."""
    doc = _MERGED.split("PHỤ LỤC")[0].replace(
        "Các sở thực hiện theo Phụ lục.", "Sở Nội vụ hoàn thành rước ngày 20 tháng 02 năm 2026.")
    assert [(t.start, t.end) for t in vanban.extract_text(doc).timeline] == [(None, "2026-02-20")]
