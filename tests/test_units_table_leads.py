"""Responsible units from a task table's lead column, in the layouts converters produce: a
header that names the lead column in words no listed phrase opens, a name ending in a word
that elsewhere ends a clause, a fragment table's row a page break cut. Every document is
synthetic (invented places and wording); each test pins one mechanism of the table readers
(pipeline/segment.py, pipeline/fragment_tables.py, pipeline/block_tables.py) or of how
pipeline/extract/units.py reads a lead cell.
"""

from __future__ import annotations

from corpus_files import segment_text

import pipeline as vanban
from pipeline.bodies import is_fragment
from pipeline.extract.units import extract_responsible_units
from pipeline.fragment_tables import body_start, continues
from pipeline.provenance import Prov
from pipeline.segment import column_role


def _names(text: str) -> list[str]:
    return [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]


def test_header_naming_a_kind_of_body_then_its_part() -> None:
    # "<kind of body> chủ trì …" / "<kind of body> phối hợp …": the cue word names the role
    assert column_role("Phòng, ban chủ trì tham mưu") == "lead"
    assert column_role("Đơn vị, địa phương phối hợp") == "coop"
    # a body's own name with the cue is a cell, a task's clause with it is no header
    assert column_role("Phòng Kinh tế chủ trì") is None
    assert column_role("Các phòng, ban chủ trì rà soát quy định") is None


_TABLE = (
    "KẾ HOẠCH\nTriển khai chương trình chuyển đổi số năm 2026\n\n"
    "II. PHÂN CÔNG NHIỆM VỤ\n\n"
    "| TT | Tên nhiệm vụ | Phòng, ban chủ trì tham mưu | Đơn vị, địa phương phối hợp | Thời gian |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Rà soát hạ tầng mạng của các trường học | Phòng Văn hóa - Xã hội | Trung tâm Dịch vụ tổng hợp | Quý II/2026 |\n"
    "| 2 | Xây dựng kho dữ liệu đất đai | Phòng Kinh tế; Văn phòng HĐND và UBND | Các thôn, tổ dân phố | Quý III/2026 |\n"
)


def test_lead_column_named_by_its_cue_gives_units() -> None:
    names = _names(_TABLE)
    assert "Phòng Văn hóa - Xã hội" in names
    assert "Phòng Kinh tế" in names
    assert "Trung tâm Dịch vụ tổng hợp" not in names  # the co-operating column assigns nothing


def test_name_ending_with_foreign_is_no_fragment() -> None:
    # "nước ngoài" (foreign) closes a body's name; "ngoài" alone at a name's end is a preposition
    table = (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Xúc tiến đầu tư tại các thị trường mới | Trung tâm hỗ trợ doanh nghiệp nước ngoài | Sở Tài chính | Quý I/2026 |\n"
        "| 2 | Tổ chức hội chợ hàng nông sản | Sở Công Thương | Các xã, phường | Quý III/2026 |\n"
    )
    assert "Trung tâm hỗ trợ doanh nghiệp nước ngoài" in _names(table)
    assert is_fragment("Các đơn vị trong và ngoài")


# a gazette PDF's text layer: a task table's cells one fragment a line; a page break (running
# head, page number, the repeated header) cuts row 2, each column's cell going on under it
_FRAG_HEADER = "TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian\nhoàn thành\n"
_FRAG_PAGE = "\nCÔNG BÁO/Số 31/Ngày 02-04-2026\n58\n\n"
_FRAG_ROWS = (
    "1\nXây dựng cơ sở dữ liệu về tài nguyên\nnước của toàn tỉnh\nSở Nông nghiệp\nvà Môi trường\n"
    "Sở Xây dựng\nCơ sở dữ liệu\nQuý II/2026\n"
    "2\nXây dựng kế hoạch quảng bá các điểm\nđến mới của tỉnh gắn với các lễ hội\n"
    "Sở Văn hóa,\nThể thao và\n"
    + _FRAG_PAGE + _FRAG_HEADER
    + "truyền thống của các xã vùng cao\nDu lịch\nHiệp hội Du lịch\ntỉnh\nKế hoạch\nQuý III/2026\n"
    "3\nTổ chức tập huấn kỹ năng số cho cán\nbộ, công chức cấp xã\nSở Khoa học\nvà Công nghệ\n"
    "Ủy ban nhân dân\ncác xã, phường\nLớp tập huấn\nThường\nxuyên\n"
)


def test_row_cut_by_a_page_break_goes_on_column_by_column() -> None:
    [table] = segment_text(_FRAG_HEADER + _FRAG_ROWS).tables
    rows = [r for r in table.rows if r[0].text == "2"]
    assert len(rows) == 1  # the partner under the header opens no row of its own
    assert table.get(rows[0], "lead").text == "Sở Văn hóa, Thể thao và Du lịch"
    assert table.get(rows[0], "task").text.endswith("lễ hội truyền thống của các xã vùng cao")
    assert table.get(rows[0], "coop").text == "Hiệp hội Du lịch tỉnh"
    assert table.get(rows[0], "time").text == "Quý III/2026"
    names = _names(_FRAG_HEADER + _FRAG_ROWS)
    assert "Sở Văn hóa, Thể thao và Du lịch" in names
    assert not any(n.startswith("Hiệp hội") for n in names)  # a partner, not a lead


def test_body_with_a_time_of_its_own_after_a_page_break_is_a_sub_row() -> None:
    rows = _FRAG_ROWS.replace(
        "Sở Văn hóa,\nThể thao và\n",
        "Sở Văn hóa,\nThể thao và Du lịch\nSở Tài chính\nKế hoạch\nQuý III/2026\n",
    ).replace(
        "truyền thống của các xã vùng cao\nDu lịch\nHiệp hội Du lịch\ntỉnh\nKế hoạch\nQuý III/2026\n",
        "truyền thống của các xã vùng cao\nSở Công Thương\nCác xã, phường\nBáo cáo\nQuý IV/2026\n",
    )
    [table] = segment_text(_FRAG_HEADER + rows).tables
    subs = [r for r in table.rows if r[0].text == "2"]
    assert [table.get(r, "time").text for r in subs] == ["Quý III/2026", "Quý IV/2026"]
    assert table.get(subs[1], "lead").text == "Sở Công Thương"


def test_a_word_doubled_over_a_line_break_opens_another_cell() -> None:
    # "… các" / "Các …": no cell repeats a word so; a lower-case line still goes on the name
    assert not continues("nhân dân các", "Các sở, ngành")
    assert continues("nhân dân các", "xã, phường")


def test_kind_of_facility_opens_a_lead_cell() -> None:
    # a facility the sector laws charge opens a body's cell; "Cơ sở" alone opens a product
    assert body_start("Cơ sở y tế công lập")
    assert not body_start("Cơ sở dữ liệu dùng chung")
    rows = _FRAG_ROWS.replace("Sở Khoa học\nvà Công nghệ\n", "Cơ sở giáo dục\nnghề nghiệp\n")
    [table] = segment_text(_FRAG_HEADER + rows).tables
    third = [r for r in table.rows if r[0].text == "3"][0]
    assert table.get(third, "task").text.endswith("cán bộ, công chức cấp xã")
    assert table.get(third, "lead").text == "Cơ sở giáo dục nghề nghiệp"


def _frag_row(n: int, task: str, lead: str, coop: str, product: str, time: str) -> str:
    return "\n".join([str(n), task, lead, coop, product, time]) + "\n"


# the task's last full line ends asking for more ("… tại"): the lead's narrow lines seem to go on
# it, the partners' cell reads as the lead's, and the partners' column stays empty in that row
_SHIFTED = _FRAG_HEADER + "".join([
    _frag_row(1, "Xây dựng cơ sở dữ liệu về tài nguyên\nnước của toàn tỉnh", "Sở Nông nghiệp\nvà Môi trường",
              "Sở Xây dựng", "Cơ sở dữ liệu", "Quý II/2026"),
    _frag_row(2, "Kiện toàn bộ phận làm công tác đối ngoại\nnhân dân theo hướng tập trung đầu mối tại",
              "Sở Ngoại\nvụ", "Các cơ quan\nthành\nviên", "Quyết định\nkiện toàn", "Quý III/2026"),
    _frag_row(3, "Tổ chức tập huấn kỹ năng số cho cán\nbộ, công chức cấp xã", "Sở Khoa học\nvà Công nghệ",
              "Ủy ban nhân dân\ncác xã, phường", "Lớp tập huấn", "Quý IV/2026"),
    _frag_row(4, "Rà soát quy chế phối hợp quản lý các\ncụm công nghiệp trên địa bàn tỉnh", "Sở Công Thương",
              "Sở Tài chính", "Quy chế", "Quý I/2027"),
    _frag_row(5, "Tổ chức ngày hội việc làm cho thanh\nniên của các xã vùng biên giới", "Sở Nội vụ",
              "Hội Nông dân tỉnh", "Ngày hội", "Quý II/2027"),
])


def test_lead_taken_by_a_task_asking_for_more_is_given_back() -> None:
    [table] = segment_text(_SHIFTED).tables
    second = [r for r in table.rows if r[0].text == "2"][0]
    assert table.get(second, "task").text.endswith("tập trung đầu mối tại")
    assert table.get(second, "lead").text == "Sở Ngoại vụ"
    assert table.get(second, "coop").text == "Các cơ quan thành viên"
    names = _names(_SHIFTED)
    assert "Sở Ngoại vụ" in names and "Các cơ quan thành viên" not in names


def test_lead_and_partner_on_one_line_are_two_names() -> None:
    # a converter put the lead's last words and the partner's name on one line: a kind in lower
    # case, then a body named in full; a linking word's complement stays in the name
    table = (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Rà soát thủ tục hành chính nội bộ | Các sở, đơn vị sự nghiệp Sở Nội vụ | Quý II/2026 |\n"
        "| 2 | Cập nhật dữ liệu dân cư | Các cơ quan thuộc Ủy ban nhân dân tỉnh | Quý III/2026 |\n"
    )
    names = _names(table)
    assert "Các sở, đơn vị sự nghiệp" in names and "Sở Nội vụ" in names
    assert "Các cơ quan thuộc Ủy ban nhân dân tỉnh" in names


def test_timeline_label_drops_the_comma_that_closed_the_cut_date() -> None:
    # the label is the clause without its date phrase, and without the comma that closed it
    text = (
        "KẾ HOẠCH\nTriển khai công tác y tế cơ sở năm 2026\nI. NHIỆM VỤ\n"
        "1. Nâng cao chất lượng khám sức khỏe định kỳ. Cụ thể:\n"
        "- Hằng năm từ quý IV/2026 - 2029, rà soát danh mục dịch vụ y tế cơ sở.\n"
    )
    labels = {(t.start, t.end): t.label for t in vanban.extract_text(text).timeline}
    assert labels[("2026-10", "2029")] == "Hằng năm rà soát danh mục dịch vụ y tế cơ sở"


def test_lead_cell_slash_parts_two_bodies_and_a_deferring_clause_is_none() -> None:
    # "Ban A /Tư vấn được chọn": two bodies of the lead cell; "Các Phòng/Ban" is one kind named
    # two ways; "Do Trưởng ban … quyết định" says who will settle the lead, naming no body
    table = (
        "| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Lập đề án cải tạo chợ trung tâm | Ban Quản lý dự án /Tư vấn được lựa chọn | Phòng Kinh tế | Quý I/2027 |\n"
        "| 2 | Thẩm tra hồ sơ đề án | Phòng Tài chính/ Văn phòng Ủy ban | Các thôn | Quý II/2027 |\n"
        "| 3 | Lấy ý kiến tổ thẩm định | Do Trưởng ban Thẩm định quyết định (*) | Các Phòng/Ban | Quý III/2027 |\n"
        "| 4 | Hoàn thiện hồ sơ trình duyệt | Các Phòng/Ban | Phòng Kinh tế | Quý IV/2027 |\n"
    )
    names = _names(table)
    for n in ("Ban Quản lý dự án", "Tư vấn được lựa chọn", "Phòng Tài chính", "Văn phòng Ủy ban", "Các Phòng/Ban"):
        assert n in names
    assert not [n for n in names if "Trưởng ban" in n or "/" in n and n != "Các Phòng/Ban"]


# a task cell listing items, each dash item with a lead of its own on the same row; a lead's
# name a narrow column broke before a word that opens no body ("Sở Công" / "Thương")
_ITEMS = (
    "TT\nNội dung, nhiệm vụ\nCơ quan chủ\ntrì thực hiện\nCơ quan\nphối hợp\nThời gian\n"
    "1\nRà soát quy chuẩn thiết kế các công\ntrình bảo đảm chống chịu bão lũ.\n-\nCông trình thủy lợi.\n"
    "Sở Nông nghiệp\nvà Môi trường\nCác sở,\nngành\nNăm 2027\n"
    "-\nCông trình giao thông.\nSở Xây dựng\n-\nCông trình điện lực.\nSở Công\nThương\nCác sở,\nngành\n"
    "2\nKiện toàn cơ quan chỉ huy phòng thủ\ndân sự các cấp.\nBan Chỉ huy\nPhòng thủ dân\nsự tỉnh\n"
    "Ủy ban nhân dân\ncác xã\nHằng năm\n"
    "3\nTập huấn kỹ năng cứu hộ cho lực\nlượng xung kích.\nSở Nội vụ\nCác xã, phường\nQuý III/2027\n"
)


def test_dash_items_of_a_task_cell_with_leads_of_their_own_are_sub_rows() -> None:
    [table] = segment_text(_ITEMS).tables
    leads = [table.get(r, "lead").text for r in table.rows if table.get(r, "lead") is not None]
    assert leads[:3] == ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Công Thương"]
    assert "Ban Chỉ huy Phòng thủ dân sự tỉnh" in leads
    names = _names(_ITEMS)
    for n in ("Sở Xây dựng", "Sở Công Thương", "Ban Chỉ huy Phòng thủ dân sự tỉnh", "Sở Nội vụ"):
        assert n in names
    assert not [n for n in names if "Công trình" in n or n in ("Thương", "Ban Chỉ huy")]
    assert not body_start("Phòng thủ dân")  # defence, a verb's noun: no "Phòng" (office)


def test_lead_field_label_wrapped_with_its_value_is_no_unit() -> None:
    # a task's lead fields as dash items, each value hard-wrapped by the converter: the label
    # before the colon names the field ("Cơ quan chủ trì"), the value names the unit
    text = (
        "KẾ HOẠCH\nTriển khai Luật Thủy lợi sửa đổi\n\n"
        "III. NHIỆM VỤ CỤ THỂ\n\n"
        "1. Rà soát văn bản quy phạm pháp luật\n\n"
        "- Cơ quan chủ trì: Sở Nông nghiệp\nvà Môi trường.\n\n"
        "- Cơ quan phối hợp: Các sở,\nngành có liên quan.\n\n"
        "- Thời gian thực hiện: Quý III năm 2026.\n\n"
        "2. Tập huấn cán bộ thủy lợi cơ sở\n\n"
        "- Cơ quan chủ trì: Sở Nông nghiệp\nvà Môi trường.\n\n"
        "- Thời gian thực hiện: Quý IV năm 2026.\n"
    )
    names = _names(text)
    assert "Cơ quan chủ trì" not in names
    assert "Cơ quan phối hợp" not in names


def test_a_website_s_footer_after_the_document_is_no_row_of_its_task_table() -> None:
    """A plan saved from a legal-document website (corpus t33-08): its annex table, written one
    cell a line and cut by the site's paywall, is followed by the site's footer ("Địa chỉ: | 17
    …", "Điện thoại: | …"); the table's rows end with the document, and the rows after the cut
    keep their columns (the leads are bodies, no time cell among them)."""
    from corpus_files import segmented

    doc = segmented("t33-08")
    names = [u["name"] for u in extract_responsible_units(doc, Prov())]
    assert "Địa chỉ" not in names and "Thường xuyên" not in names
    assert "Ban Chỉ huy Phòng thủ dân sự tỉnh" in names
    cells = [c.text for t in doc.tables for r in t.rows for c in r]
    assert not any(c.startswith("Địa chỉ") for c in cells)


def test_a_lead_field_left_empty_names_its_bodies_on_the_items_under_it() -> None:
    """"- Cơ quan thực hiện:" alone on its line, then "+ Sở A chủ trì, phối hợp với …" and "+ Sở B
    đăng tải …" (a long sentence, no bare list of names): each item's subject is a lead of the
    activity (its partners are not)."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 17/KH-UBND\nHà An, ngày 18 tháng 11 năm 2026\n\nKẾ HOẠCH\nTháng hành động vì bình đẳng giới\n\n"
        "I. NỘI DUNG\na) Hoạt động 1\n- Nội dung: Tuyên truyền về phòng ngừa bạo lực trên cơ sở giới.\n"
        "- Cơ quan thực hiện:\n\n+ Sở Văn hóa và Thể thao chủ\ntrì, phối hợp với Sở Y tế, Ủy ban nhân dân phường,\n"
        "xã và các đơn vị có liên quan.\n\n+ Sở Xây dựng đăng tải thông\nđiệp truyền thông Tháng hành động trên bảng quang báo thông tin giao thông, "
        "bảng tin điện tử trên các phương tiện giao thông công cộng, tại các\nnhà chờ xe buýt và các điểm dừng đỗ "
        "trên địa bàn tỉnh.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện Kế hoạch.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"
    )
    names = _names(text)
    assert "Sở Văn hóa và Thể thao" in names and "Sở Xây dựng" in names
    assert "Sở Y tế" not in names


def test_a_lead_cells_full_stop_before_another_unit_parts_the_names() -> None:
    # "…; Thư viện Quốc gia Hà An. Vụ Kế hoạch, Tài chính": the cell's last member ends at its
    # full stop (after a word in small letters, no abbreviation), the next unit is its own
    from pipeline.extract.units import _cell_text, _lead_names

    names = [n for n, _a, _b in _lead_names(_cell_text(
        "Các Cục: Bản quyền tác giả; Xuất bản, In và Phát hành; Báo chí; Du lịch\nQuốc gia. Vụ Kế hoạch, Tài chính."), 0)]
    assert names == ["Cục Bản quyền tác giả", "Cục Xuất bản, In và Phát hành", "Cục Báo chí", "Cục Du lịch Quốc gia",
                     "Vụ Kế hoạch, Tài chính"]
    # an abbreviation's full stop parts nothing
    assert [n for n, _a, _b in _lead_names(_cell_text("UBND TP. Hà An"), 0)] == ["Ủy ban nhân dân thành phố Hà An"]


_PROPOSALS = """Kính gửi: Các Bộ, cơ quan ngang Bộ.

Ban Chỉ đạo đề nghị các Bộ tiếp nhận, xử lý các kiến nghị của địa phương tại Phụ lục kèm theo, báo cáo trước ngày 25/12/2031./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Trần Văn Hòa

PHỤ LỤC
ĐỀ XUẤT KIẾN NGHỊ CỦA CÁC ĐỊA PHƯƠNG VÀ PHÂN CÔNG XỬ LÝ
|
**TT**
|
**Tỉnh kiến nghị**
|
**Thông tin đề xuất**
|
**Bộ phụ trách tiếp
nhận, xử lý**
|
|
1
|
Hà An
|
Đề nghị hỗ trợ kinh phí cải tạo trụ sở làm việc cấp xã.
|
Bộ Tài chính
|
|
2
|
Bình Sơn
|
Đề nghị điều chỉnh quy định về số lượng phòng chuyên môn cấp xã.
|
Bộ Nội vụ
|
"""


def test_a_proposals_table_gives_each_row_to_the_body_that_is_to_handle_it() -> None:
    # "Thông tin đề xuất | Bộ phụ trách tiếp nhận, xử lý": the proposal and the body handed it
    assert column_role("Bộ phụ trách tiếp nhận, xử lý") == "lead"
    assert column_role("Thông tin đề xuất") == "task"
    names = _names(_PROPOSALS)
    assert "Bộ Tài chính" in names and "Bộ Nội vụ" in names


_TARGETS = """KẾ HOẠCH
Phát triển kinh tế số tỉnh Hà An đến năm 2030

VI. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính chủ trì theo dõi việc thực hiện Kế hoạch.

PHỤ LỤC
PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU

|
**TT**
|
**Chỉ tiêu**
|
**Chủ trì**
|
|
1
|
Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%.
|
Văn phòng UBND tỉnh
|
|
2
|
Đào tạo kỹ năng số cơ bản cho 70% người dân trong độ tuổi lao động.
|
Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu
|
"""


def test_a_table_of_targets_gives_each_to_the_body_that_leads_it() -> None:
    # "Chỉ tiêu | Chủ trì": each target is the task of the body leading it; a lead cell that goes
    # on with what the body does to the target names the body up to its verb
    assert column_role("Chỉ tiêu") == "task"
    names = _names(_TARGETS)
    assert "Văn phòng Ủy ban nhân dân tỉnh" in names
    assert "Sở Khoa học và Công nghệ" in names
    assert not any("thúc đẩy" in n for n in names)


def _cell_rows(rows: list[tuple[str, ...]]) -> str:
    return "".join("|\n" + "".join(f"{c}\n|\n" for c in r) for r in rows)


_SUBSECTIONS = (
    "KẾ HOẠCH\nPhát triển chính quyền số tỉnh Hà An\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
    + _cell_rows([("TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")])
    + _cell_rows([("I", "Hoàn thiện thể chế"), ("1", "Ban hành quy chế quản lý dữ liệu.", "Sở Tư pháp",
                   "Các sở, ngành", "Tháng 12/2026")])
    + _cell_rows([("II", "Phát triển nền tảng số"), ("II.1", "Nhóm nền tảng dùng chung"),
                  ("II.1.1", "Nhóm nền tảng phục vụ người dân"),
                  ("1", "Xây dựng cổng dịch vụ công của tỉnh.", "Văn phòng UBND tỉnh", "Các sở, ngành",
                   "Năm 2026-2027"),
                  ("2", "Xây dựng kho dữ liệu dùng chung.", "Sở Khoa học và Công nghệ", "Các sở, ngành",
                   "Tháng 6/2027")])
)


def test_sub_section_rows_numbered_under_a_roman_one_keep_the_table_going() -> None:
    # "II.1", "II.1.1": section rows of a task table written one cell a line; the rows after them
    # are the table's, their leads units and their times items
    from pipeline.extract.timeline import extract_timeline

    doc = segment_text(_SUBSECTIONS)
    names = [u["name"] for u in extract_responsible_units(doc, Prov())]
    assert "Sở Khoa học và Công nghệ" in names and "Văn phòng Ủy ban nhân dân tỉnh" in names
    items = [(x["start"], x["end"]) for x in extract_timeline(doc, Prov())]
    assert ("2026", "2027") in items and ("2027-06", "2027-06") in items


def test_a_lead_cell_names_what_each_body_leads_for_after_with() -> None:
    # "Bộ A, Bộ B với <standards>; các sở với <rules>": the bodies end before "với" (not the verb
    # "phối hợp với", whose partner follows)
    from pipeline.extract.units import _lead_names

    names = [n for n, _a, _b in _lead_names(
        "Sở Tư pháp, Sở Nội vụ với các quy định áp dụng chung toàn tỉnh; các sở, ngành với các quy định "
        "nội ngành", 0)]
    assert names == ["Sở Tư pháp", "Sở Nội vụ", "Các sở, ngành"]
    names = [n for n, _a, _b in _lead_names("Sở Y tế đối với lĩnh vực y tế", 0)]
    assert names == ["Sở Y tế"]


_DOTTED = (
    "KẾ HOẠCH\nPhát triển kinh tế số tỉnh Hà An\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
    + _cell_rows([("STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện",
                   "Sản phẩm đầu ra")])
    + _cell_rows([("A", "PHÁT TRIỂN NỀN MÓNG"), ("I", "Hoàn thiện thể chế"),
                  ("1.1", "Rà soát các quy định về giao dịch điện tử.", "Sở Tư pháp", "Các sở, ngành", "2026 - 2030",
                   "Văn bản"),
                  ("1.2", "Xây dựng kế hoạch dữ liệu mở của tỉnh.", "Công an tỉnh", "Các sở, ngành", "2025",
                   "Kế hoạch (đã thực hiện)"),
                  ("II", "Phát triển nền tảng số"),
                  ("2", "Triển khai nền tảng số dùng chung.", "Sở Khoa học và Công nghệ", "Các sở, ngành", "2027",
                   "Nền tảng")])
    + _cell_rows([("B", "PHÁT TRIỂN THEO NGÀNH"), ("I", "Nông nghiệp"),
                  ("Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm đầu ra"),
                  ("1.1", "Xây dựng nền tảng dữ liệu nông nghiệp.", "Sở Nông nghiệp và Môi trường", "Các sở, ngành",
                   "2028", "Nền tảng")])
)


def test_rows_numbered_under_their_section_and_a_header_repeated_keep_the_table_going() -> None:
    # "1.1", "1.2" under "I"; "2" right under "II" (the section's own number); the header repeated
    # under a section row; a row its product marks as done ("(đã thực hiện)") schedules nothing
    from pipeline.extract.timeline import extract_timeline

    doc = segment_text(_DOTTED)
    names = [u["name"] for u in extract_responsible_units(doc, Prov())]
    for want in ("Sở Tư pháp", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường"):
        assert want in names, want
    items = [(x["start"], x["end"]) for x in extract_timeline(doc, Prov())]
    assert ("2026", "2030") in items and ("2027", "2027") in items and ("2028", "2028") in items
    assert ("2025", "2025") not in items


def test_a_lead_word_opening_a_clause_before_its_colon_is_no_lead_field() -> None:
    # "Chủ trì triển khai các nhiệm vụ: A; B": the tasks follow the colon, no unit in charge
    text = ("KẾ HOẠCH\nPhát triển kinh tế số\n\nVI. TỔ CHỨC THỰC HIỆN\n\n**3. Sở Nông nghiệp và Môi trường**\n\n"
            "Chủ trì triển khai các nhiệm vụ: Xây dựng cơ chế thử nghiệm có kiểm soát cho mô hình kinh doanh "
            "mới; triển khai các chương trình chuyển đổi số trong lĩnh vực nông nghiệp.\n")
    names = [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]
    assert names == ["Sở Nông nghiệp và Môi trường"]


_RELEASES = (
    "QUYẾT ĐỊNH\nBan hành Lịch phổ biến thông tin thống kê năm 2027\n\nLỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ\n\n"
    + _cell_rows([("STT", "Tên thông tin thống kê", "Mức độ hoàn chỉnh", "Thời gian phổ biến", "Hình thức phổ biến",
                   "Đơn vị chịu trách nhiệm phổ biến")])
    + _cell_rows([("1", "Số đơn vị hành chính", "Chính thức", "Tháng 6/2027", "Cổng thông tin điện tử",
                   "Vụ Chính quyền địa phương"),
                  ("2", "Số đại biểu Hội đồng nhân dân", "Chính thức"),
                  ("3", "Số vụ tai nạn lao động", "Chính thức", "Tháng 3/2027", "Cổng thông tin điện tử",
                   "Cục An toàn lao động"),
                  ("3.1", "Tai nạn lao động"),
                  ("3.1.1", "Số người bị tai nạn lao động", "Chính thức", "Tháng 4/2027", "Cổng thông tin điện tử",
                   "Cục An toàn lao động")])
)


def test_a_calendar_of_releases_schedules_each_and_a_short_row_shares_the_time_above() -> None:
    # "Tên thông tin thống kê | … | Thời gian phổ biến | … | Đơn vị chịu trách nhiệm phổ biến": each
    # release is a task; a row whose cells stop early (merged with the row above, written once)
    # shares its time; "3.1 | Tai nạn lao động" before "3.1.1" is a section row, no item
    from pipeline.extract.timeline import extract_timeline

    doc = segment_text(_RELEASES)
    names = [u["name"] for u in extract_responsible_units(doc, Prov())]
    assert "Vụ Chính quyền địa phương" in names and "Cục An toàn lao động" in names
    items = [(x["start"], x["end"]) for x in extract_timeline(doc, Prov())]
    assert items.count(("2027-06", "2027-06")) == 2
    assert items.count(("2027-03", "2027-03")) == 1 and ("2027-04", "2027-04") in items


def test_department_named_by_two_fields_is_one_unit() -> None:
    # a ministry's department named by the fields in its charge, the last one a body's head
    # alone ("Cục … và Bảo hiểm xã hội"): one unit; with its place after it, a body of its own
    table = (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Công bố số liệu lương tối thiểu vùng | Cục Việc làm và Bảo hiểm xã hội | Tháng 3/2031 |\n"
        "| 2 | Rà soát đối tượng tham gia bảo hiểm | Sở Nội vụ và Bảo hiểm xã hội tỉnh | Tháng 6/2031 |\n"
    )
    names = _names(table)
    assert "Cục Việc làm và Bảo hiểm xã hội" in names
    assert {"Sở Nội vụ", "Bảo hiểm xã hội tỉnh"} <= set(names)


def test_a_body_named_for_one_locality_then_others_of_its_level_is_each_localitys() -> None:
    # "UBND thành phố A, Thành phố B": the same body of each city; a locality of a higher level
    # after the comma is the first one's address, no body of its own
    table = (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Thí điểm vùng phát thải thấp | UBND thành phố Hải Phòng, Thành phố Đà Nẵng | Năm 2031 |\n"
        "| 2 | Lắp đặt trạm quan trắc | - UBND tỉnh Bắc Sơn, tỉnh Nam Sơn và UBND các tỉnh khác | Năm 2032 |\n"
    )
    names = _names(table)
    assert {"Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân Thành phố Đà Nẵng",
            "Ủy ban nhân dân tỉnh Bắc Sơn", "Ủy ban nhân dân tỉnh Nam Sơn"} <= set(names), names
    assert not any("," in n and "Hải Phòng" in n for n in names)


def test_localities_listed_as_subjects_and_a_bodys_address_stay_as_written() -> None:
    from pipeline.extract.units import _split_units

    def split(s: str) -> list[str]:
        return [n for n, _a, _b in _split_units(s, 0, len(s))]

    # two localities of different levels, no body: each its own; a body's address: one body
    assert split("Thành phố Hải Phòng, tỉnh Nam Sơn") == ["Thành phố Hải Phòng", "Tỉnh Nam Sơn"]
    assert split("Ủy ban nhân dân huyện Đông Hà, tỉnh Nam Sơn") == ["Ủy ban nhân dân huyện Đông Hà, tỉnh Nam Sơn"]
    assert split("Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn và tỉnh Nam Sơn") == [
        "Chủ tịch Ủy ban nhân dân tỉnh Bắc Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Nam Sơn"]


def test_a_lead_cell_that_names_no_body_gives_no_unit() -> None:
    # another column's words a merged row put in the lead column ("Nhiệm vụ", "Xây dựng"): no
    # body's head, role, class or acronym — no unit; an acronym is a body's name
    table = (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Hoàn thiện cơ sở dữ liệu | Nhiệm vụ | Năm 2031 |\n"
        "| 2 | Khôi phục lưới điện | EVN | Năm 2031 |\n"
        "| 3 | Rà soát quy hoạch | Xây dựng | Năm 2032 |\n"
        "| 4 | Vận động Nhân dân phân loại rác | Trung ương Mặt trận Tổ quốc Việt Nam | Năm 2032 |\n"
    )
    names = _names(table)
    assert "EVN" in names and "Nhiệm vụ" not in names and "Xây dựng" not in names
    # an organisation's central committee named by its level first is a body
    assert "Trung ương Mặt trận Tổ quốc Việt Nam" in names
