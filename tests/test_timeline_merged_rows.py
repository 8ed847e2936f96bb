"""A task table a converter wrote as pipe rows without outer pipes, from a word processor's table
with merged cells: a two-row header (a merged "Thực hiện" over its two parts), a header cell
named by a clause, section rows of two cells, a time cell merged over several rows (written in
the first, left empty in the others), time written as month spans ("10-11/2026").

Every document here is synthetic: invented tasks, bodies and dates.
"""

from __future__ import annotations

import pipeline as vanban
from pipeline.dates import find_periods
from pipeline.normalize import normalize
from pipeline.segment import segment

HEAD = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 905/QĐ-BNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 9 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch lập Quy hoạch mạng lưới trạm quan trắc nước mặt
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Căn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch lập Quy hoạch mạng lưới trạm quan trắc nước mặt.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
BỘ TRƯỞNG
Lê Minh Quang
KẾ HOẠCH
Lập Quy hoạch mạng lưới trạm quan trắc nước mặt
I. TIẾN ĐỘ
Thời gian | Nội dung công việc | Cơ quan có trách nhiệm tổ chức thực hiện theo quy định của pháp luật | Thực hiện
| | | Đơn vị chủ trì | Đơn vị phối hợp
I | GIAI ĐOẠN 1: CHUẨN BỊ
1 | Lập đề cương
10-11/2026 | Khảo sát hiện trạng các trạm quan trắc | Cơ quan lập quy hoạch | Cục Quản lý tài nguyên nước | Viện Khoa học tài nguyên nước
| Xây dựng đề cương chi tiết và dự toán | Cơ quan lập quy hoạch | Cục Quản lý tài nguyên nước | Vụ Kế hoạch - Tài chính
| Lấy ý kiến các địa phương về đề cương | Cơ quan tổ chức lập quy hoạch | Vụ Kế hoạch - Tài chính | Văn phòng Bộ
2 | Phê duyệt đề cương
12/2026 | Trình Bộ trưởng phê duyệt đề cương | Cơ quan lập quy hoạch | Cục Quản lý tài nguyên nước | Vụ Pháp chế
II | GIAI ĐOẠN 2: LẬP QUY HOẠCH
3-12/2027 | Lập báo cáo quy hoạch | Cơ quan lập quy hoạch | Cục Quản lý tài nguyên nước | Viện Khoa học tài nguyên nước
| Lập báo cáo đánh giá môi trường chiến lược | Cơ quan lập quy hoạch | Cục Quản lý tài nguyên nước | Viện Khoa học tài nguyên nước
01/2028 | Công bố quy hoạch | Bộ trưởng | |
"""


def _items(text: str) -> list[tuple[str | None, str | None, str]]:
    rec = vanban.extract_text(text)
    return [(t.start, t.end, t.label) for t in rec.timeline]


def test_month_span_of_one_year() -> None:
    """"10-11/2026" and "Tháng 3 - 12/2027" are months of one year; two slashes stay days, and a
    span that runs backwards is none."""
    got = {p.raw: (p.first, p.last) for p in find_periods("10-11/2026; Tháng 3 - 12/2027; 8-9/11/2026; 11-3/2027")}
    assert got["10-11/2026"] == ("2026-10", "2026-11")
    assert got["Tháng 3 - 12/2027"] == ("2027-03", "2027-12")
    assert got["8-9/11/2026"] == ("2026-11-08", "2026-11-09")
    assert ("2027-11", "2027-03") not in got.values()


def test_open_edged_rows_are_not_joined() -> None:
    """Rows of two cells (a section row, a row whose other cells are merged above) stay lines of
    their own: joined, the next row's time and task would run into a section's title."""
    lines = normalize(HEAD).text.splitlines()
    assert "I | GIAI ĐOẠN 1: CHUẨN BỊ" in lines
    assert "1 | Lập đề cương" in lines


def test_two_row_header_and_merged_first_cells() -> None:
    """The header's second row names the merged column's parts, a clause-long header cell names
    no role, and a leading pipe is the row's empty first cell (the columns stay aligned)."""
    doc = segment(normalize(HEAD).text)
    (table,) = doc.tables
    assert table.roles == ("time", "task", None, "lead", "coop")
    row = next(r for r in table.rows if r[1].text.startswith("Xây dựng đề cương"))
    assert row[0].text == ""
    assert table.get(row, "lead") is not None and table.get(row, "lead").text == "Cục Quản lý tài nguyên nước"


def test_rows_sharing_a_merged_time_cell_are_items_each() -> None:
    """Each task under a merged time cell is an item of that time; a section row ends the run."""
    items = _items(HEAD)
    assert [(s, e) for s, e, lab in items if lab.startswith(("Khảo sát", "Xây dựng đề cương", "Lấy ý kiến"))] == [
        ("2026-10", "2026-11")] * 3
    assert ("2026-12", "2026-12", "Trình Bộ trưởng phê duyệt đề cương") in items
    assert sum(1 for s, e, _ in items if (s, e) == ("2027-03", "2027-12")) == 2
    assert ("2028-01", "2028-01", "Công bố quy hoạch") in items
    assert len(items) == 7


def test_empty_cell_of_an_outer_piped_table_is_no_merged_cell() -> None:
    """With outer pipes (markdown), an empty time cell is written as such: no time of its own."""
    md = HEAD.split("I. TIẾN ĐỘ\n")[0] + """I. TIẾN ĐỘ
| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian |
| --- | --- | --- | --- |
| 1 | Khảo sát hiện trạng các trạm quan trắc | Cục Quản lý tài nguyên nước | 10-11/2026 |
| 2 | Xây dựng đề cương chi tiết và dự toán | Cục Quản lý tài nguyên nước | |
"""
    items = _items(md)
    assert [(s, e) for s, e, _ in items] == [("2026-10", "2026-11")]
