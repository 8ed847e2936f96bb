"""Task tables written column after column, a cell a paragraph (pipeline/block_tables.py).

Every document here is synthetic: invented tasks, bodies, people and dates in the layout a PDF
text layer gives without its layout option (each cell a paragraph, the header's cells first,
then a page's cells grouped by column in no fixed order).
"""

from __future__ import annotations

import pipeline as vanban
from pipeline.block_tables import block_tables
from pipeline.normalize import normalize
from pipeline.segment import segment

HEAD = """TỈNH ỦY HOA SEN

Số 12-CTr/TU

ĐẢNG CỘNG SẢN VIỆT NAM

Hoa Sen, ngày 05 tháng 8 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG

thực hiện Nghị quyết về phát triển nông nghiệp xanh

I. MỤC ĐÍCH

Cụ thể hóa các nhiệm vụ của Nghị quyết.

T/M BAN THƯỜNG VỤ

BÍ THƯ

Lê Văn Hòa

PHỤ LỤC

DANH MỤC NHIỆM VỤ TRỌNG TÂM

TT

Nhiệm vụ cụ thể

I Các nhiệm vụ cần làm ngay

Cơ quan chủ trì

Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc

Thời hạn thực hiện

"""

BODY = """1

Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên trong tỉnh

Các cấp ủy, tổ chức đảng

Bí thư các đảng ủy trực thuộc

Trước ngày 30/9/2026

Xây dựng kế hoạch chuyển đổi giống cây trồng thích ứng với hạn mặn

Sở Nông nghiệp và Môi trường

Đồng chí Trần Minh Quang -
Phó Chủ tịch UBND tỉnh

Trước 31/12/2026

2

II Nhiệm vụ đến năm 2030

3

4

Rà soát quy hoạch vùng trồng lúa chất lượng cao của tỉnh

Sở Nông nghiệp và Môi trường

Đầu tư hệ thống thủy lợi nội đồng cho các xã vùng trũng

Ủy ban nhân dân các xã

Đồng chí Trần Minh Quang -
Phó Chủ tịch UBND tỉnh

Đồng chí Lê Thị Hạnh -
Phó Chủ tịch UBND tỉnh

2027 - 2028

2026 – 2030
(khi có nguồn vốn)

5

Xây dựng thương hiệu nông sản chủ lực của tỉnh

Sở Công Thương

Đồng chí Lê Thị Hạnh -
Phó Chủ tịch UBND tỉnh

Thường xuyên
"""


def _doc(text: str):
    return segment(normalize(text).text)


def test_pairs_the_kth_task_with_the_kth_time() -> None:
    """Cells of one column keep their order however the columns interleave: the k-th task goes
    with the k-th time; numbers, section rows, bodies and people are neither."""
    doc = _doc(HEAD + BODY)
    tables = block_tables(doc.lines, doc.text)
    assert len(tables) == 1
    t = tables[0]
    assert t.kind == "blocks" and t.roles == ("task", "time")
    pairs = [(r[0].text[:20], r[1].text) for r in t.rows]
    assert pairs == [
        ("Tổ chức quán triệt N", "Trước ngày 30/9/2026"),
        ("Xây dựng kế hoạch ch", "Trước 31/12/2026"),
        ("Rà soát quy hoạch vù", "2027 - 2028"),
        ("Đầu tư hệ thống thủy", "2026 – 2030 (khi có nguồn vốn)"),
        ("Xây dựng thương hiệu", "Thường xuyên"),
    ]


def test_timeline_reads_the_paired_rows() -> None:
    rec = vanban.extract_text(HEAD + BODY)
    dated = {(t.start, t.end): t.label for t in rec.timeline}
    assert dated[(None, "2026-09-30")].startswith("Tổ chức quán triệt")
    assert dated[("2027", "2028")].startswith("Rà soát quy hoạch")
    assert dated[("2026", "2030")].startswith("Đầu tư hệ thống")


def test_counts_that_disagree_give_no_table() -> None:
    """A task paragraph without a time (a cell the tool lost): pairing would shift every row
    after it, so no table."""
    text = HEAD + BODY.replace("Trước 31/12/2026\n", "")
    doc = _doc(text)
    assert block_tables(doc.lines, doc.text) == []


def test_one_cell_a_line_header_is_not_this_layout() -> None:
    """Header cells on consecutive lines without blank lines between: not a paragraph layout."""
    text = HEAD.replace("TT\n\nNhiệm vụ cụ thể\n\n", "TT\nNhiệm vụ cụ thể\n")
    doc = _doc(text + BODY)
    assert block_tables(doc.lines, doc.text) == []


def test_product_cells_that_read_as_tasks_are_left_out() -> None:
    """A product column ("Báo cáo kết quả thực hiện") whose cells read like tasks: left out where
    that makes the task and time counts agree."""
    head = HEAD.replace("Thời hạn thực hiện\n", "Sản phẩm\n\nThời hạn thực hiện\n")
    body = BODY.replace("Trước ngày 30/9/2026\n", "Kế hoạch triển khai được ban hành\n\nTrước ngày 30/9/2026\n")
    doc = _doc(head + body)
    [t] = block_tables(doc.lines, doc.text)
    assert [r[1].text for r in t.rows][:2] == ["Trước ngày 30/9/2026", "Trước 31/12/2026"]
    assert t.rows[0][0].text.startswith("Tổ chức quán triệt")


def test_name_openers_are_whole_words() -> None:
    """A person's title "Bà" opens no "Báo cáo …" cell (folded, the two would begin alike)."""
    from pipeline.block_tables import _kind

    assert _kind("Báo cáo kết quả thực hiện chương trình") != "name"
    assert _kind("Bà Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh") == "name"


def test_a_table_written_a_cell_a_line_without_blank_lines_or_running_numbers() -> None:
    # a PDF's text layer: header cells a line each (a sub-header "BTV" / "BCH" under a merged
    # cell), a part's bare Roman number and its title, then each row's task (a line the
    # converter did not join goes on with it), two time cells, its lead body on two lines
    from pipeline.extractor import extract_text

    text = (
        "ĐẢNG ỦY XÃ BẮC SƠN\n*\nSố 12-CTr/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nBắc Sơn, ngày 10 tháng 11 năm 2031\n"
        "CHƯƠNG TRÌNH\ncông tác năm 2032\n-----\nI. NHIỆM VỤ\n1. Tập trung lãnh đạo các nhiệm vụ dưới đây.\n"
        "DANH MỤC CÁC NHIỆM VỤ\n-----\nStt\nNội dung\nThời gian trình BTV, BCH\nCơ quan chủ trì thực hiện\n"
        "BTV\nBCH\nI\nLĩnh vực kinh tế\n"
        "Nghị quyết về phát triển nông nghiệp công nghệ cao giai đoạn 2032 - 2035.\nQuý I/2032\nQuý I/2032\n"
        "Đảng ủy\nUBND xã\n"
        "Nghị quyết về xây dựng xã Bắc Sơn trở thành\nxã không ma túy\nQuý II/2032\nQuý II/2032\nChi bộ\nCông an\n"
        "Kế hoạch chuyển đổi số trong các cơ quan Đảng của xã\nQuý IV/2032\nQuý IV/2032\nVăn phòng\nĐảng ủy\n"
        "\nNơi nhận:\n- Các chi bộ;\n- Lưu: VPĐU.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Nam\n"
    )
    rec = extract_text(text)
    assert [(t.start, t.end) for t in rec.timeline] == [("2032-01", "2032-03"), ("2032-04", "2032-06"),
                                                       ("2032-10", "2032-12")]
    assert rec.timeline[1].label.endswith("trở thành xã không ma túy")


def test_a_text_layer_tables_lead_lines_after_the_time_are_its_lead_cell() -> None:
    from corpus_files import segment_text

    text = (
        "KẾ HOẠCH\ncông tác năm 2032\n-----\nDANH MỤC CÁC NHIỆM VỤ\n-----\nStt\nNội dung\n"
        "Thời gian trình BTV, BCH\nCơ quan chủ trì thực hiện\nBTV\nBCH\nI\nLĩnh vực kinh tế\n"
        "Nghị quyết về phát triển nông nghiệp công nghệ cao giai đoạn 2032 - 2035.\nQuý I/2032\nQuý I/2032\n"
        "Đảng ủy\nUBND xã\n"
        "Kế hoạch chuyển đổi số trong các cơ quan Đảng của xã\nQuý IV/2032\nQuý IV/2032\nChi bộ\nCông an\n"
        "\nNơi nhận:\n- Các chi bộ;\n"
    )
    [table] = segment_text(text).tables
    assert table.roles == ("task", "time", "lead")
    assert [(r[1].text, r[2].text) for r in table.rows] == [("Quý I/2032", "Đảng ủy UBND xã"),
                                                           ("Quý IV/2032", "Chi bộ Công an")]
