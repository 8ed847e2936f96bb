"""Task tables that track work other papers set (a conclusion notice's annex of overdue tasks, a
report of progress): their deadlines are reported, no timeline items, while their lead column
still names who is to finish the work; and a group row whose other cells were empty, written one
cell a line. Synthetic documents."""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extractor import extract_text

HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 88/TB-VPCP\n\nHà Nội, ngày 16 tháng 11 năm 2031\n\nTHÔNG BÁO\n"
    "Kết luận của Thủ tướng Chính phủ tại phiên họp Ban Chỉ đạo\n\n"
    "Thủ tướng Chính phủ kết luận như sau:\n\n1. Các bộ, ngành khẩn trương hoàn thành các nhiệm vụ "
    "còn chậm tiến độ tại Phụ lục kèm theo trước ngày 30/11/2031.\n\n"
    "Nơi nhận:\n- Các bộ, ngành;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nTrần Văn An\n\n"
)


def _cells(*rows: tuple[str, ...]) -> str:
    return "".join("|\n" + "\n|\n".join(r) + "\n|\n" for r in rows)


def test_a_table_that_names_the_paper_assigning_each_task_gives_no_items_but_its_leads() -> None:
    annex = "PHỤ LỤC\nCÁC NHIỆM VỤ QUÁ HẠN\n\n" + _cells(
        ("STT", "Nhiệm vụ", "Văn bản giao nhiệm vụ", "Cơ quan chủ trì thực hiện", "Thời hạn hoàn thành"),
        ("1", "Xây dựng cơ sở dữ liệu về đất đai", "Thông báo số 12/TB-VPCP", "Bộ Nông nghiệp và Môi trường", "30/6/2031"),
        ("2", "Ban hành quy chế chia sẻ dữ liệu", "Thông báo số 12/TB-VPCP", "Bộ Công an", "31/7/2031"),
        ("3", "Số hóa hồ sơ hộ tịch", "Thông báo số 40/TB-VPCP", "Bộ Tư pháp", "15/8/2031"),
    )
    rec = extract_text(HEAD + annex)
    assert [(t.start, t.end) for t in rec.timeline] == [(None, "2031-11-30")]
    names = {u.name for u in rec.responsible_units}
    assert {"Bộ Nông nghiệp và Môi trường", "Bộ Công an", "Bộ Tư pháp"} <= names


def test_a_column_of_task_states_makes_the_table_a_report_of_progress() -> None:
    annex = "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ\n\n" + _cells(
        ("STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tiến độ"),
        ("1", "Xây dựng bộ công cụ đánh giá", "Bộ Khoa học và Công nghệ", "10/10/2031", "Đã hoàn thành"),
        ("2", "Hoàn thiện cơ sở dữ liệu dân cư", "Bộ Công an", "31/10/2031", "Đang thực hiện"),
        ("3", "Ban hành khung kiến trúc số", "Bộ Tài chính", "20/10/2031", "Chưa hoàn thành"),
    )
    rec = extract_text(HEAD + annex)
    assert [(t.start, t.end) for t in rec.timeline] == [(None, "2031-11-30")]
    # the same table with a plan's product column is a schedule
    plan = "PHỤ LỤC\nNHIỆM VỤ\n\n" + _cells(
        ("STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kết quả thực hiện"),
        ("1", "Xây dựng bộ công cụ đánh giá", "Bộ Khoa học và Công nghệ", "10/12/2031", "Bộ công cụ"),
        ("2", "Hoàn thiện cơ sở dữ liệu dân cư", "Bộ Công an", "31/12/2031", "Cơ sở dữ liệu"),
        ("3", "Ban hành khung kiến trúc số", "Bộ Tài chính", "20/12/2031", "Quyết định"),
    )
    assert len(extract_text(HEAD + plan).timeline) == 4


def test_a_group_row_with_empty_cells_one_cell_a_line_does_not_end_the_table() -> None:
    text = "KẾ HOẠCH\nChuyển đổi số năm 2031\n\nI. NHIỆM VỤ\n\n" + _cells(
        ("STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"),
        ("Nhiệm vụ giao Bộ trưởng Bộ Tài chính chỉ đạo",),
        ("1", "Xây dựng bộ công cụ đánh giá", "Bộ Khoa học và Công nghệ", "10/12/2031"),
        ("2", "Hoàn thiện nền tảng dữ liệu", "Bộ Khoa học và Công nghệ", "20/12/2031"),
        ("Nhiệm vụ giao Bộ trưởng Bộ Xây dựng chỉ đạo",),
        ("3", "Hoàn thiện cơ sở dữ liệu dân cư", "Bộ Công an", "31/12/2031"),
    )
    [table] = segment_text(text).tables
    assert [r[0].text for r in table.rows] == ["1", "2", "3"]
    assert table.rows[2][2].text == "Bộ Công an"


def test_a_row_whose_leading_cells_were_merged_ends_at_its_time_cell() -> None:
    # one cell a line: the second row has no number and no lead (merged with the row above);
    # its task and its time stand in their own columns, the next row is not run into it
    text = "KẾ HOẠCH\nChuyển đổi số năm 2031\n\nI. NHIỆM VỤ\n\n" + _cells(
        ("STT", "Cơ quan chủ trì", "Nội dung nhiệm vụ", "Thời hạn hoàn thành"),
        ("1", "Bộ Tài chính", "Hoàn thiện cơ sở dữ liệu tài chính công", "Quý I/2031"),
        ("Rà soát, cập nhật các hướng dẫn kỹ thuật về kế toán", "Quý II/2031"),
        ("2", "Bộ Công an", "Hoàn thiện cơ sở dữ liệu dân cư", "Quý III/2031"),
    )
    [table] = segment_text(text).tables
    assert [tuple(c.text for c in r) for r in table.rows] == [
        ("1", "Bộ Tài chính", "Hoàn thiện cơ sở dữ liệu tài chính công", "Quý I/2031"),
        ("", "", "Rà soát, cập nhật các hướng dẫn kỹ thuật về kế toán", "Quý II/2031"),
        ("2", "Bộ Công an", "Hoàn thiện cơ sở dữ liệu dân cư", "Quý III/2031"),
    ]
