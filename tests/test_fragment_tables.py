"""Task tables written one word-wrapped cell fragment a line (pipeline/fragment_tables.py).

Every document here is synthetic: invented tasks, bodies and dates in the layout a gazette
PDF's text layer gives an annexed task list (header fragments, a row's number on a line of its
own, then the cells' lines with nothing between cells).
"""

from __future__ import annotations

import pipeline as vanban
from pipeline.fragment_tables import body_start, continues, is_time, unjoined_lines
from pipeline.normalize import normalize
from pipeline.segment import segment

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HOA SEN
Số: 88/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Sen, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Chương trình hành động về chuyển đổi số năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động về chuyển đổi số năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
CHỦ TỊCH
Trần Văn Minh
PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Quyết định số 88/QĐ-UBND ngày 10 tháng 3 năm 2026)
"""

HEADER = """TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời gian
hoàn thành
"""

ROWS = """1
Xây dựng kho dữ liệu dùng chung về
đất đai và nhà ở phục vụ người dân
Sở Nông nghiệp
và Môi trường
Sở Tài chính,
các xã, phường
Kho dữ liệu
được vận hành
Quý III/2026
2
Số hóa hồ sơ thủ tục hành chính còn
hiệu lực tại bộ phận một cửa
Sở
Nội
vụ,
Văn phòng
Ủy ban nhân dân
tỉnh
Các sở, ngành
Hồ sơ được
số hóa
Tháng 9/2026
3
Tổ chức tập huấn kỹ năng số cho cán
bộ, công chức cấp xã
Sở Khoa học
và Công nghệ
Ủy ban nhân dân
các xã, phường
Lớp tập huấn
Thường
xuyên
"""


def _rows(text: str) -> list[tuple[str, ...]]:
    return [tuple(c.text for c in r) for t in segment(text).tables for r in t.rows]


def test_reads_rows_cells_in_header_order() -> None:
    [table] = segment(HEADER + ROWS).tables
    assert table.kind == "fragments"
    assert [h.text for h in table.header] == [
        "TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành",
    ]
    assert table.roles == ("number", "task", "lead", "coop", "product", "time")
    first = table.rows[0]
    assert table.get(first, "task").text == (
        "Xây dựng kho dữ liệu dùng chung về đất đai và nhà ở phục vụ người dân"
    )
    assert table.get(first, "lead").text == "Sở Nông nghiệp và Môi trường"
    assert table.get(first, "coop").text == "Sở Tài chính, các xã, phường"
    assert table.get(first, "product").text == "Kho dữ liệu được vận hành"
    assert table.get(first, "time").text == "Quý III/2026"


def test_narrow_column_one_word_a_line_is_one_cell() -> None:
    [table] = segment(HEADER + ROWS).tables
    second = table.rows[1]
    assert table.get(second, "lead").text == "Sở Nội vụ, Văn phòng Ủy ban nhân dân tỉnh"
    assert table.get(second, "coop").text == "Các sở, ngành"
    assert table.get(second, "time").text == "Tháng 9/2026"


def test_undated_time_words_are_the_time_cell() -> None:
    [table] = segment(HEADER + ROWS).tables
    third = table.rows[2]
    assert table.get(third, "lead").text == "Sở Khoa học và Công nghệ"
    assert table.get(third, "product").text == "Lớp tập huấn"
    assert table.get(third, "time").text == "Thường xuyên"


PAGE_BREAK = """
CÔNG BÁO/Số 12/Ngày 15-03-2026
47


"""


def test_page_break_running_head_and_repeated_header_are_skipped() -> None:
    rows = ROWS.split("3\n")
    text = HEADER + rows[0] + PAGE_BREAK + HEADER + "3\n" + rows[1]
    got = _rows(text)
    assert [r[0] for r in got] == ["1", "2", "3"]
    assert got[2][2] == "Sở Khoa học và Công nghệ" and got[2][5] == "Thường xuyên"
    assert not any("CÔNG BÁO" in c or c == "47" for r in got for c in r)


def test_row_cut_by_a_page_break_goes_on_after_the_repeated_header() -> None:
    first, rest = ROWS.split("Sở Nông nghiệp\n", 1)
    text = HEADER + first + PAGE_BREAK + HEADER + "Sở Nông nghiệp\n" + rest
    got = _rows(text)
    assert got[0][1].endswith("phục vụ người dân")
    assert got[0][2] == "Sở Nông nghiệp và Môi trường" and got[0][5] == "Quý III/2026"


def test_row_number_on_the_task_line() -> None:
    text = HEADER + ROWS.replace("2\nSố hóa hồ sơ", "2 Số hóa hồ sơ")
    [table] = segment(text).tables
    second = table.rows[1]
    assert second[0].text == "2"
    assert table.get(second, "task").text.startswith("Số hóa hồ sơ")
    assert table.get(second, "lead").text == "Sở Nội vụ, Văn phòng Ủy ban nhân dân tỉnh"


def test_document_keeps_fragments_apart_and_gives_units_and_timeline() -> None:
    """Through the whole pipeline: normalization keeps the table's lines, the units come
    from the lead cells (no header fragment, no word of a narrow column), the timeline from
    the time cells, each labelled with its row's task."""
    rec = vanban.extract_text(HEAD + HEADER + ROWS)
    names = [u.name for u in rec.responsible_units]
    assert "Sở Nông nghiệp và Môi trường" in names
    assert "Sở Nội vụ" in names and "Sở Khoa học và Công nghệ" in names
    assert not {"Cơ quan", "Kết quả", "Sở", "Nội", "Các sở, ngành"} & set(names)
    dated = {(t.start, t.end): t.label for t in rec.timeline}
    assert dated[("2026-07", "2026-09")].startswith("Xây dựng kho dữ liệu dùng chung")
    assert any(lbl.startswith("Số hóa hồ sơ") for lbl in dated.values())


def test_numbered_lines_without_a_table_give_none() -> None:
    text = """Kết quả thực hiện như sau:
1
Các sở đã hoàn thành việc rà soát thủ tục hành chính trong quý I năm 2026 và
báo cáo kết quả về Ủy ban nhân dân tỉnh.
2
Sở Tài chính tổng hợp dự toán, trình Ủy ban nhân dân tỉnh trước ngày 30 tháng 6
năm 2026 để xem xét.
"""
    assert segment(text).tables == []
    contents = [ln.strip() for ln in text.split("\n")]
    assert unjoined_lines(contents) == set()
    # the wrapped sentence is still joined as prose
    assert "trong quý I năm 2026 và báo cáo kết quả" in normalize(text).text


def test_header_without_evidence_in_rows_gives_no_table() -> None:
    """Rows whose cells show no body at all: the lead column cannot be told, no table."""
    rows = """1
Rà soát quy chế làm việc
hoàn thiện trong năm
Tháng 5/2026
2
Tổng kết công tác năm
trình bày tại hội nghị
Tháng 12/2026
"""
    assert [t for t in segment(HEADER + rows).tables if t.kind == "fragments"] == []


def test_cell_evidence() -> None:
    assert body_start("Sở Tài chính,") and body_start("Các bộ, cơ quan ngang bộ")
    assert not body_start("Báo cáo kết quả") and not body_start("hồ sơ được")
    assert continues("Sở Tài chính,", "Sở Nội vụ")  # a list of bodies goes on after a comma
    assert continues("Sở", "Nội")  # a narrow column's words
    assert not continues("Kho dữ liệu được vận hành", "Quý III/2026")
    assert continues("Trước ngày", "30/6/2026")
    assert is_time("Quý IV/2026") and is_time("Năm 2026 – 2030") and is_time("Thường xuyên")
    assert is_time("2026 và hằng năm") and not is_time("Nghị quyết số 12/NQ-CP")
    assert not is_time("Thực hiện các nhiệm vụ")


def test_normalization_keeps_the_table_lines_and_is_idempotent() -> None:
    once = normalize(HEAD + HEADER + ROWS).text
    assert "\nSở\nNội\nvụ,\n" in once and "\nCơ quan\nchủ trì\n" in once
    assert normalize(once).text == once


def test_year_cell_above_a_page_running_head_is_the_rows_time() -> None:
    """A row's time broken over lines ("Năm" / "2026-" / "2030") right above a gazette page's
    running head, with the page number under the head: the year above is the cell's last line,
    not a second page number, and the broken range is one time."""
    rows = ROWS.replace("Thường\nxuyên\n", "Năm\n2026-\n2030\n\nCÔNG BÁO/Số 15/Ngày 10-03-2026\n64\n\n")
    table = segment(HEADER + rows).tables[0]
    assert table.get(table.rows[2], "time").text == "Năm 2026- 2030"
    rec = vanban.extract_text(HEAD + HEADER + rows)
    assert ("2026", "2030") in {(t.start, t.end) for t in rec.timeline}


def test_tables_read_once_per_lines_give_what_a_fresh_read_gives() -> None:
    """The reading kept for a document's lines is the reading made afresh (normalization's
    trial pass and the segmenter ask for the same lines)."""
    from pipeline import fragment_tables as ft
    from pipeline.caching import clear_per_text_caches

    texts = (HEAD + HEADER + ROWS).split("\n")
    fresh = list(ft._read.__wrapped__(tuple(texts)))
    assert fresh and ft.read(texts) == fresh
    assert ft.read(list(texts)) == fresh  # (kept: a list with the same lines)
    clear_per_text_caches()
    assert ft.read(texts) == fresh


def test_cell_tests_kept_for_the_document_answer_as_fresh() -> None:
    """The cell tests kept per document (a body's start, a line going on, a time, a furniture
    line) answer as a fresh call does, asked twice."""
    from pipeline import fragment_tables as ft
    from pipeline.furniture import line_reason

    lines = (HEADER + ROWS).split("\n") + ["Thường", "xuyên", "CÔNG BÁO/Số 12/Ngày 3-4-2026", "12", ""]
    for n, t in enumerate(lines):
        after = lines[n + 1] if n + 1 < len(lines) else ""
        prev = lines[n - 1] if n else ""
        for _ in range(2):
            assert ft.body_start(t) == ft.body_start.__wrapped__(t)
            assert ft.is_time(t) == ft.is_time.__wrapped__(t)
            assert ft.continues(prev, t, after) == ft.continues.__wrapped__(prev, t, after)
            assert line_reason(t) == line_reason.__wrapped__(t)
    assert any(ft.body_start(t) for t in lines) and any(ft.is_time(t) for t in lines)
