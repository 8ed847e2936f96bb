"""Task tables laid out with runs of spaces (pdftotext -layout, OCR, <pre> pages):
pipeline/space_tables.py reads them as tables, so units and timeline get every row.

Every document here is synthetic: invented bodies, tasks and dates in the layout such a
converter gives (columns parted by 2+ spaces, a cell's wrapped lines in its own column).
"""

from __future__ import annotations

import re

import pipeline as vanban
from pipeline.normalize import normalize

HEAD = """ỦY BAN NHÂN DÂN TỈNH HÒA MINH
Số: 45/KH-UBND
Hòa Minh, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Triển khai chuyển đổi số trên địa bàn tỉnh năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả chuyển đổi số trong các cơ quan nhà nước.

II. NHIỆM VỤ CỤ THỂ

"""

FIVE = """ TT   Nội dung nhiệm vụ                      Cơ quan chủ trì        Cơ quan phối hợp      Thời gian hoàn thành
 1    Xây dựng kế hoạch tuyên truyền về      Sở Văn hóa, Thể thao   Các sở, ban, ngành    Quý III/2026
      chuyển đổi số                          và Du lịch
 2    Rà soát, hoàn thiện cơ sở dữ liệu      Sở Khoa học và         UBND các xã           Tháng 12/2026
      đất đai của tỉnh                       Công nghệ
 3    Tổ chức tập huấn kỹ năng số cho        Sở Nội vụ              Sở Tài chính          Tháng 6/2026
      cán bộ, công chức
"""

TAIL = """
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành căn cứ kế hoạch triển khai thực hiện.

                                                              CHỦ TỊCH
                                                              Nguyễn Văn An
"""


def _dated(rec) -> dict:
    return {(t.start, t.end): t.label for t in rec.timeline}


def _units(rec) -> dict:
    return {u.name: u.tasks for u in rec.responsible_units}


def test_five_columns_with_wrapped_cells() -> None:
    """Every row's time cell is a timeline item labelled with its whole task; every lead cell,
    wrapped onto two lines, is one unit with that task; the co-operating bodies are none."""
    rec = vanban.extract_text(HEAD + FIVE + TAIL)
    dated = _dated(rec)
    assert dated[("2026-07", "2026-09")] == "Xây dựng kế hoạch tuyên truyền về chuyển đổi số"
    assert dated[("2026-12", "2026-12")] == "Rà soát, hoàn thiện cơ sở dữ liệu đất đai của tỉnh"
    assert dated[("2026-06", "2026-06")] == "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức"
    units = _units(rec)
    assert units["Sở Văn hóa, Thể thao và Du lịch"] == ["Xây dựng kế hoạch tuyên truyền về chuyển đổi số"]
    assert units["Sở Khoa học và Công nghệ"] == ["Rà soát, hoàn thiện cơ sở dữ liệu đất đai của tỉnh"]
    assert "Sở Nội vụ" in units
    assert "Sở Tài chính" not in units and "Ủy ban nhân dân các xã" not in units


def test_cells_keep_their_offsets() -> None:
    """A cell read across two lines maps back to the two pieces of the original it came from."""
    src = HEAD + FIVE + TAIL
    n = normalize(src)
    m = re.search(r"Sở Văn hóa, Thể thao và Du lịch", n.text)
    assert m is not None
    parts = [src[a:b] for a, b in n.to_original_pieces(m.start(), m.end())]
    assert parts == ["Sở Văn hóa, Thể thao", "và Du lịch"]
    m = re.search(r"Tháng 12/2026", n.text)
    assert m is not None
    a, b = n.to_original(m.start(), m.end())
    assert src[a:b] == "Tháng 12/2026"


def test_normalizing_twice_changes_nothing() -> None:
    once = normalize(HEAD + FIVE + TAIL).text
    assert normalize(once).text == once


THREE_UNNUMBERED = """Nội dung công việc                         Đơn vị thực hiện              Thời gian
Khảo sát nhu cầu đào tạo nghề cho          Phòng Văn hóa - Xã hội        Tháng 4/2026
lao động nông thôn
Tổ chức lớp dạy nghề may công nghiệp       Trung tâm học tập cộng        Quý II/2026
                                           đồng xã
Tổng kết, đánh giá kết quả                 Văn phòng HĐND và UBND        Tháng 11/2026
"""


def test_three_columns_rows_without_numbers() -> None:
    """No number column: a row starts where the task's piece opens in capitals after a task
    that reads as complete."""
    rec = vanban.extract_text(HEAD + THREE_UNNUMBERED + TAIL)
    dated = _dated(rec)
    assert dated[("2026-04", "2026-04")] == "Khảo sát nhu cầu đào tạo nghề cho lao động nông thôn"
    assert dated[("2026-04", "2026-06")] == "Tổ chức lớp dạy nghề may công nghiệp"
    assert dated[("2026-11", "2026-11")] == "Tổng kết, đánh giá kết quả"
    units = _units(rec)
    assert "Phòng Văn hóa - Xã hội" in units
    assert "Trung tâm học tập cộng đồng xã" in units


WRAPPED_HEADER = """ STT   Nhiệm vụ                          Cơ quan           Cơ quan           Thời gian
                                         chủ trì           phối hợp          hoàn thành
 1     Ban hành quy chế phối hợp         Sở Tư pháp        Công an tỉnh      Trước ngày 30/6/2026
       trong công tác pháp chế
 2     Kiểm tra việc thi hành pháp       Thanh tra tỉnh    Sở Tư pháp        Quý IV/2026
       luật về xử lý vi phạm
"""


def test_header_that_wraps() -> None:
    """"Cơ quan" / "chủ trì" on two lines: the header is read with its next line, and the
    second line is no row."""
    rec = vanban.extract_text(HEAD + WRAPPED_HEADER + TAIL)
    dated = _dated(rec)
    assert dated[(None, "2026-06-30")] == "Ban hành quy chế phối hợp trong công tác pháp chế"
    assert dated[("2026-10", "2026-12")] == "Kiểm tra việc thi hành pháp luật về xử lý vi phạm"
    units = _units(rec)
    assert "Sở Tư pháp" in units and "Thanh tra tỉnh" in units
    assert "Công an tỉnh" not in units


PAGE_BREAK = """ TT   Nội dung nhiệm vụ                      Cơ quan chủ trì        Thời gian hoàn thành
 1    Nâng cấp hạ tầng mạng nội bộ           Sở Khoa học và         Tháng 5/2026
                                             Công nghệ
 2    Số hóa hồ sơ thủ tục hành chính        Văn phòng UBND tỉnh    Tháng 8/2026

                                      5

 TT   Nội dung nhiệm vụ                      Cơ quan chủ trì        Thời gian hoàn thành
 3    Triển khai chữ ký số cho cán bộ        Sở Nội vụ              Tháng 10/2026
 4    Đánh giá mức độ chuyển đổi số          Sở Khoa học và         Tháng 12/2026
      cấp xã                                 Công nghệ
"""


def test_table_going_on_after_a_page_break() -> None:
    """A page's number and the repeated header between two rows: one table, every row read,
    the repeated header no row and no unit."""
    src = HEAD + PAGE_BREAK + TAIL
    rec = vanban.extract_text(src)
    dated = _dated(rec)
    assert dated[("2026-05", "2026-05")] == "Nâng cấp hạ tầng mạng nội bộ"
    assert dated[("2026-08", "2026-08")] == "Số hóa hồ sơ thủ tục hành chính"
    assert dated[("2026-10", "2026-10")] == "Triển khai chữ ký số cho cán bộ"
    assert dated[("2026-12", "2026-12")] == "Đánh giá mức độ chuyển đổi số cấp xã"
    units = _units(rec)
    assert "Sở Khoa học và Công nghệ" in units and "Sở Nội vụ" in units
    assert not any("Cơ quan chủ trì" in u for u in units)
    assert normalize(src).text.count("Nội dung nhiệm vụ") == 1


def test_prose_and_other_layouts_are_left_alone() -> None:
    """Justified prose with double spaces, a side-by-side header, a list of names with
    aligned columns and no header naming a task: no table, the text as before."""
    prose = (
        "ỦY BAN NHÂN DÂN XÃ AN BÌNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/KH-UBND                      Độc lập - Tự do - Hạnh phúc\n\n"
        "Các  đơn  vị  căn  cứ  nội  dung  kế  hoạch  này  xây  dựng  kế  hoạch  cụ  thể.\n"
        "Nguyễn Văn A      Chủ tịch      0912345678\n"
        "Trần Thị B        Phó Chủ tịch  0987654321\n"
    )
    assert "|" not in normalize(prose).text
    one_row = HEAD + "\n".join(FIVE.splitlines()[:3]) + "\n" + TAIL
    assert "|" not in normalize(one_row).text  # one row is too thin to call it a table


CENTRED = """                                                     Cơ quan                Thời gian
 TT   Nội dung nhiệm vụ                              chủ trì                hoàn thành
      Xây dựng cơ sở dữ liệu dân cư                  Công an tỉnh
 1    phục vụ chuyển đổi số                                                 Quý II/2026
      trên địa bàn tỉnh
      Tổ chức hội nghị sơ kết                        Sở Khoa học và
 2                                                                          Tháng 7/2026
      chuyển đổi số năm 2026                         Công nghệ
 3    Ban hành quy chế quản lý dữ liệu               Văn phòng UBND tỉnh    Tháng 9/2026
"""


def test_cells_centred_vertically() -> None:
    """Cells centred on their row (a header cell above the widest header line, a row's number
    on its middle line): the lines between two numbers are shared out column by column."""
    rec = vanban.extract_text(HEAD + CENTRED + TAIL)
    dated = _dated(rec)
    assert dated[("2026-04", "2026-06")] == "Xây dựng cơ sở dữ liệu dân cư phục vụ chuyển đổi số trên địa bàn tỉnh"
    assert dated[("2026-07", "2026-07")] == "Tổ chức hội nghị sơ kết chuyển đổi số năm 2026"
    assert dated[("2026-09", "2026-09")] == "Ban hành quy chế quản lý dữ liệu"
    units = _units(rec)
    assert "Công an tỉnh" in units and "Sở Khoa học và Công nghệ" in units
    assert "Văn phòng Ủy ban nhân dân tỉnh" in units


CENTRED_HEADER = """ TT        Nội dung nhiệm vụ                   Cơ quan chủ trì           Thời hạn
 1    Cập nhật danh mục dữ liệu mở              Sở Khoa học và Công nghệ    Tháng 4/2026
      của tỉnh
 2    Kết nối hệ thống một cửa điện tử          Văn phòng UBND tỉnh         Tháng 10/2026
"""


def test_header_cells_centred_over_their_columns() -> None:
    """Header text centred over wider cells: each column starts where its cells start (left of
    its header's text), not at the header's first letter."""
    rec = vanban.extract_text(HEAD + CENTRED_HEADER + TAIL)
    dated = _dated(rec)
    assert dated[("2026-04", "2026-04")] == "Cập nhật danh mục dữ liệu mở của tỉnh"
    assert dated[("2026-10", "2026-10")] == "Kết nối hệ thống một cửa điện tử"
    units = _units(rec)
    assert "Sở Khoa học và Công nghệ" in units and "Văn phòng Ủy ban nhân dân tỉnh" in units


DASHED = """ TT   Nhiệm vụ                                   Đơn vị chủ trì            Tiến độ
 -    Xây dựng bộ tiêu chí đánh giá tín chỉ các-   Sở Nội vụ                 Quý I/2027
      bon của các cơ sở
 -    Tổ chức diễn tập ứng cứu sự cố an toàn       Công an tỉnh              Tháng 8/2027
      thông tin năm 2027
"""


def test_rows_marked_with_a_dash_and_a_word_broken_at_its_hyphen() -> None:
    """Rows marked "-" in the number column are rows; a word the column broke at its hyphen
    ("các-" / "bon") is joined back without a space; a line opening with a figure ("2027")
    does not start a row."""
    rec = vanban.extract_text(HEAD + DASHED + TAIL)
    dated = _dated(rec)
    assert dated[("2027-01", "2027-03")] == "Xây dựng bộ tiêu chí đánh giá tín chỉ các-bon của các cơ sở"
    assert dated[("2027-08", "2027-08")] == "Tổ chức diễn tập ứng cứu sự cố an toàn thông tin năm 2027"
    assert {"Sở Nội vụ", "Công an tỉnh"} <= set(_units(rec))
