"""Task tables that a website's export writes a cell a line between pipe lines.

Each cell stands between lines holding one pipe ("|"); a row's closing pipe stands right over
the next row's opening one, so two pipe lines in a row mark where a row ends. A row whose
leading cells were merged with the rows above (rowspan) holds only its own cells. Every
document here is synthetic: invented tasks, bodies and dates in that layout.
"""

from __future__ import annotations

import pipeline as vanban
from pipeline.normalize import normalize
from pipeline.segment import segment

HEAD = """|
**BỘ HOA SEN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
|
|
Số: 12/QĐ-BHS
|
*Hà Nội, ngày 10 tháng 3 năm 2026*
|
**QUYẾT ĐỊNH**
**Ban hành Kế hoạch hành động về bảo vệ nguồn nước**
**BỘ TRƯỞNG BỘ HOA SEN**
Căn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023;
**QUYẾT ĐỊNH:**
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động về bảo vệ nguồn nước.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
|
**BỘ TRƯỞNG**
**Lê Văn Sơn**
|
**PHỤ LỤC**
**BẢNG PHÂN CÔNG NHIỆM VỤ**
*(Kèm theo Quyết định số 12/QĐ-BHS ngày 10 tháng 3 năm 2026)*
|
**STT**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Nội dung nhiệm vụ**
|
**Sản phẩm**
|
**Thời hạn hoàn thành**
|
"""

# row 1 full; rows under it hold only their task, product and time (the number and both
# bodies merged from row 1); a section's title across the table; the header repeated; a row
# whose product and time were merged from the row above
BODY = """|
**A.**
|
**CÁC CỤC THUỘC BỘ**
|
|
1
|
Cục Quản lý nước
|
- Cục Thống kê;
- Ủy ban nhân dân các tỉnh.
|
- Rà soát danh mục nguồn nước nội tỉnh.
|
- Danh mục được ban hành.
|
Ban hành trong quý II năm 2026. Cập nhật hằng năm (nếu có)
|
|
- Xây dựng cơ sở dữ liệu nguồn nước quốc gia.
|
- Cơ sở dữ liệu được vận hành.
|
Giai đoạn 2026 - 2028. Thực hiện nâng cấp (nếu có)
|
|
- Tổ chức tập huấn cho cán bộ địa phương.
|
- Các lớp tập huấn.
|
Năm 2027
|
|
**Nhiệm vụ giao Viện Khoa học nước**
|
|
**STT**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Nội dung nhiệm vụ**
|
**Sản phẩm**
|
**Thời hạn hoàn thành**
|
|
5
|
Viện Khoa học nước
|
Các trường đại học
|
Nghiên cứu mô hình dự báo hạn hán.
|
Báo cáo nghiên cứu
|
Quý IV/2026
|
|
6
|
Viện Khoa học nước
|
Các trường đại học
|
Đánh giá trữ lượng nước ngầm vùng ven biển.
|
|
**Ghi chú:** các nhiệm vụ được cập nhật hằng năm.
"""


def _tables(text: str):
    n = normalize(text)
    return segment(n.text, n.note_calls(), n.row_breaks()).tables


def test_the_row_breaks_are_where_two_pipe_lines_stand_together() -> None:
    n = normalize(HEAD + BODY)
    assert n.row_breaks()
    for b in n.row_breaks():
        assert n.text[b - 1] == "\n"  # between two cells, where a row's pipe lines were
    assert normalize("Một dòng\nHai dòng").row_breaks() == ()


def test_rows_whose_leading_cells_were_merged_keep_their_own_cells_in_place() -> None:
    tables = _tables(HEAD + BODY)
    assert len(tables) == 1
    t = tables[0]
    task, time, lead = t.column("task"), t.column("time"), t.column("lead")
    assert task is not None and time is not None and lead is not None
    tasks = [r[task].text for r in t.rows]
    times = [r[time].text if time < len(r) else "" for r in t.rows]
    assert tasks[:3] == ["- Rà soát danh mục nguồn nước nội tỉnh.",
                         "- Xây dựng cơ sở dữ liệu nguồn nước quốc gia.",
                         "- Tổ chức tập huấn cho cán bộ địa phương."]
    assert times[1].startswith("Giai đoạn 2026 - 2028") and times[2] == "Năm 2027"
    assert [r[lead].text for r in t.rows[:3]] == ["Cục Quản lý nước", "", ""]
    # the section's title and the header repeated under it are no rows; the row numbered out
    # of sequence after them is one
    assert not any("STT" in c.text or "Nhiệm vụ giao" in c.text for r in t.rows for c in r)
    assert "Nghiên cứu mô hình dự báo hạn hán." in tasks


def test_the_timeline_reads_each_merged_row_with_its_own_task() -> None:
    rec = vanban.extract_text(HEAD + BODY)
    dated = {(x.start, x.end): x.label for x in rec.timeline}
    assert dated.get(("2026", "2028"), "").startswith("Xây dựng cơ sở dữ liệu nguồn nước")
    assert dated.get(("2027", "2027"), "").startswith("Tổ chức tập huấn")
    assert ("2026-10", "2026-12") in dated


def test_without_the_pipe_lines_the_table_reads_as_before() -> None:
    """The same cells parted by blank lines (no row ends marked): rows by their running numbers
    only, as the one-cell-a-line reader always did."""
    plain = "\n".join("" if ln.strip() == "|" else ln for ln in (HEAD + BODY).splitlines())
    n = normalize(plain)
    assert n.row_breaks() == ()
    tables = segment(n.text, n.note_calls(), n.row_breaks()).tables
    assert tables and tables[0].rows[0][0].text == "1"


# a table without running numbers: a line above it that names a column's role too, a header
# whose last cell is split by a second header row, a section's title across the table, a time
# merged over two rows
UNNUMBERED = """|
**SỞ HOA SEN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
|
|
Số: 30/KH-SHS
|
*Hoa Sen, ngày 02 tháng 3 năm 2026*
|
**KẾ HOẠCH**
**Tổ chức Tuần lễ an toàn giao thông năm 2026**
Thực hiện Chỉ thị số 05/CT-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh, Sở Hoa Sen ban hành Kế hoạch như sau:
**I. NỘI DUNG CHI TIẾT**
|
**Thời gian**
|
**Nội dung công việc**
|
**Thực hiện**
|
|
**Đơn vị chủ trì**
|
**Đơn vị phối hợp**
|
|
**Giai đoạn chuẩn bị**
|
|
Tháng 4/2026
|
Xây dựng tài liệu tuyên truyền về an toàn giao thông
|
Phòng Truyền thông
|
Văn phòng Sở
|
|
In và phát hành tờ rơi tại các bến xe
|
Trung tâm Thông tin
|
Phòng Truyền thông
|
|
Tháng 5/2026
|
Tổ chức hội thi tìm hiểu Luật Giao thông đường bộ
|
Phòng Pháp chế
|
Các đơn vị trực thuộc
|
**II. TỔ CHỨC THỰC HIỆN**
Các đơn vị căn cứ Kế hoạch triển khai thực hiện.
|
**GIÁM ĐỐC**
**Phạm Văn Hùng**
|
"""


def test_a_table_without_running_numbers_is_read_by_its_row_ends() -> None:
    n = normalize(UNNUMBERED)
    tables = segment(n.text, n.note_calls(), n.row_breaks(), n.pipe_lines()).tables
    assert len(tables) == 1
    t = tables[0]
    assert t.roles[0] == "time" and t.column("lead") is not None and t.column("coop") is not None
    lead = t.column("lead")
    assert [r[lead].text for r in t.rows] == ["Phòng Truyền thông", "Trung tâm Thông tin", "Phòng Pháp chế"]
    # the heading above the table and the section's title are no cells of it
    assert not any("NỘI DUNG" in c.text or "Giai đoạn" in c.text for r in t.rows for c in r)


def test_a_row_under_a_merged_time_takes_the_time_above() -> None:
    rec = vanban.extract_text(UNNUMBERED)
    dated = {}
    for x in rec.timeline:
        dated.setdefault((x.start, x.end), []).append(x.label)
    assert len(dated.get(("2026-04", "2026-04"), [])) == 2
    assert any(lbl.startswith("In và phát hành tờ rơi") for lbl in dated[("2026-04", "2026-04")])
    assert ("2026-05", "2026-05") in dated


# the closing as a table of one line per row, written a cell a line between pipe lines: each
# row a Nơi nhận item beside a line of the signature (a row whose signature cell is empty holds
# the item alone)
CLOSING = """|
**TẬP ĐOÀN HOA SEN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
|
|
Số: 45/HS-HĐTV
V/v triển khai kiểm kê tài sản năm 2026
|
*Hà Nội, ngày 03 tháng 3 năm 2026*
|
Kính gửi: Các đơn vị trực thuộc Tập đoàn.
Hội đồng thành viên đề nghị các đơn vị tổ chức kiểm kê tài sản trước ngày 31/3/2026.
|
**Nơi nhận:**
|
**TM. HỘI ĐỒNG THÀNH VIÊN**
|
|
- Chủ tịch HĐTV (để b/cáo);
|
**TUQ. CHỦ TỊCH**
|
|
- Các thành viên HĐTV;
|
**THÀNH VIÊN HĐTV**
|
|
- Tổng Giám đốc;
|
*(đã ký và đóng dấu)*
|
|
- Ban Kiểm soát;
|
|
- Các Ban chuyên môn;
|
|
- Phòng Tài chính;
|
**Lê Minh Quân**
|
|
- Lưu: VT, HĐTV.
|
"""


def test_a_closing_written_a_row_a_line_reads_column_by_column() -> None:
    rec = vanban.extract_text(CLOSING)
    assert rec.signer is not None and rec.signer.name == "Lê Minh Quân"
    assert rec.signer.position == "Thành viên HĐTV"
    assert rec.recipients == ["Các đơn vị trực thuộc Tập đoàn", "Chủ tịch HĐTV", "Các thành viên HĐTV",
                              "Tổng Giám đốc", "Ban Kiểm soát", "Các Ban chuyên môn", "Phòng Tài chính"]


# a schedule whose header opens with a cell that names no role ("Năm" over the years, merged
# down the rows of each year): the header row is as wide as its first data row
SCHEDULE = """|
**BỘ HOA SEN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
|
|
Số: 14/KH-BHS
|
*Hà Nội, ngày 05 tháng 02 năm 2026*
|
**KẾ HOẠCH**
**Phối hợp phát triển làng nghề giai đoạn 2026 - 2027**
I. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai theo phụ lục đính kèm.
PHỤ LỤC TIẾN ĐỘ THỰC HIỆN
|
Năm
|
Thời gian
|
Nội dung
|
Đơn vị thực hiện
|
Kết quả dự kiến
|
|
|
2026
|
Quý I/2026
|
1. Khảo sát hiện trạng các làng nghề.
|
Cục Kinh tế hợp tác
|
Báo cáo khảo sát
|
|
2. Xây dựng bộ tiêu chí làng nghề tiêu biểu.
|
Viện Nghiên cứu làng nghề
|
Bộ tiêu chí
|
|
Quý III/2026
|
3. Tổ chức hội chợ sản phẩm làng nghề.
|
Trung tâm Xúc tiến thương mại
|
Hội chợ được tổ chức
|
|
2027
|
Quý II/2027
|
4. Tổng kết, đánh giá kết quả phối hợp.
|
Cục Kinh tế hợp tác
|
Báo cáo tổng kết
|
"""


def test_a_header_whose_first_cell_names_no_role_is_read_whole() -> None:
    n = normalize(SCHEDULE)
    tables = segment(n.text, n.note_calls(), n.row_breaks(), n.pipe_lines()).tables
    assert len(tables) == 1
    t = tables[0]
    assert [c.text for c in t.header][0] == "Năm" and len(t.header) == 5
    task, lead = t.column("task"), t.column("lead")
    assert task is not None and lead is not None
    assert len(t.rows) == 4
    assert t.rows[1][task].text.startswith("2. Xây dựng bộ tiêu chí")
    assert t.rows[1][lead].text == "Viện Nghiên cứu làng nghề"


def test_the_schedule_gives_its_units_and_dated_tasks() -> None:
    rec = vanban.extract_text(SCHEDULE)
    names = [u.name for u in rec.responsible_units]
    assert "Viện Nghiên cứu làng nghề" in names and "Trung tâm Xúc tiến thương mại" in names
    spans = {(x.start, x.end) for x in rec.timeline}
    assert ("2027-04", "2027-06") in spans


def _cells(*rows: list[str]) -> str:
    """Rows written a cell a line between pipe lines, two pipe lines where a row ends."""
    return "".join("|\n" + "".join(f"{c}\n|\n" for c in r) for r in rows)


# a section's title across the table that the converter wrote into every column, right under
# the header
SPANNED = HEAD.split("|\n**STT**")[0] + _cells(
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian trình", "Cấp trình", "Sản phẩm"],
    ["I", *["Hoàn thiện thể chế về tài nguyên nước"] * 6],
    ["1", "Rà soát quy định về cấp phép khai thác nước.", "Cục Quản lý nước", "Sở Nông nghiệp và Môi trường",
     "2026", "Bộ trưởng", "Báo cáo"],
    ["2", "Báo cáo sơ kết thí điểm cơ chế quản lý nước đô thị theo Nghị quyết số 15/2024/NQ-CP ngày 12/3/2024 "
     "của Chính phủ", "Viện Khoa học nước", "Cục Quản lý nước", "2027", "Chính phủ", "Báo cáo"],
    ["3", "Xây dựng quy chuẩn chất lượng nước sinh hoạt.", "Trung tâm Quan trắc nước", "Cục Quản lý nước",
     "2027", "Bộ trưởng", "Quy chuẩn"],
)


def test_a_section_title_written_into_every_column_is_no_row_and_ends_nothing() -> None:
    rec = vanban.extract_text(SPANNED)
    names = [u.name for u in rec.responsible_units]
    assert "Cục Quản lý nước" in names and "Viện Khoa học nước" in names
    assert not any("Hoàn thiện thể chế" in n for n in names)
    assert "Trung tâm Quan trắc nước" in names
    n = normalize(SPANNED)
    tables = segment(n.text, n.note_calls(), n.row_breaks(), n.pipe_lines()).tables
    assert len(tables) == 1 and len(tables[0].header) == 7
    task, lead = tables[0].column("task"), tables[0].column("lead")
    assert [r[lead].text for r in tables[0].rows] == ["Cục Quản lý nước", "Viện Khoa học nước", "Trung tâm Quan trắc nước"]
    assert tables[0].rows[1][task].text.startswith("Báo cáo sơ kết thí điểm")
