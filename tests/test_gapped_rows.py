"""A task table between pipe lines whose export left its empty cells out (synthetic plan of an
invented province): a row short of the header keeps its cells up to the lead body's, its time
goes to the time column, and the cells between fill the columns where they read as they should
(bodies under the co-operating bodies, other words elsewhere); a row whose time is empty stays
as written."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.segment import Cell, _gapped

PLAN = """ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND
Sông Lam, ngày 10 tháng 3 năm 2027
KẾ HOẠCH
Số hóa di sản văn hóa tỉnh Sông Lam năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Số hóa dữ liệu di sản văn hóa trên địa bàn tỉnh.
II. NHIỆM VỤ CỤ THỂ
|
TT
|
Nhiệm vụ
|
Cơ quan chủ trì
|
Cơ quan phối hợp
|
Kết quả dự kiến
|
Thời gian hoàn thành
|
|
1
|
Xây dựng kho dữ liệu số về di sản văn hóa
|
Sở Văn hóa và Thể thao
|
Sở Tài chính
|
Kho dữ liệu
|
Quý III/2027
|
|
2
|
Số hóa hồ sơ di tích cấp tỉnh
|
Sở Văn hóa và Thể thao
|
Hồ sơ số
|
Quý IV/2027
|
|
3
|
Tập huấn cán bộ văn hóa cấp xã
|
Sở Nội vụ
|
Ủy ban nhân dân các xã
|
Tháng 6/2027
|
|
4
|
Tổng kết, đánh giá kết quả thực hiện
|
Sở Văn hóa và Thể thao
|
Các sở, ngành
|
Báo cáo
|
III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị căn cứ Kế hoạch này tổ chức thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Tâm
"""

ROLES = ("number", "task", "lead", "coop", "product", "time")


def _cells(*texts: str) -> list[Cell]:
    out, pos = [], 0
    for t in texts:
        out.append(Cell(t, pos, pos + len(t)))
        pos += len(t) + 3
    return out


def test_each_row_keeps_its_own_time():
    spans = {t.label: (t.start, t.end) for t in extract_text(PLAN).timeline}
    assert spans["Xây dựng kho dữ liệu số về di sản văn hóa"] == ("2027-07", "2027-09")
    assert spans["Số hóa hồ sơ di tích cấp tỉnh"] == ("2027-10", "2027-12")
    assert spans["Tập huấn cán bộ văn hóa cấp xã"] == ("2027-06", "2027-06")


def test_the_gap_goes_where_the_cells_read_as_they_should():
    no_coop = _gapped(_cells("2", "Số hóa hồ sơ", "Sở A", "Hồ sơ số", "Quý IV/2027"), 6, 5, 2, ROLES)
    assert [c.text for c in no_coop] == ["2", "Số hóa hồ sơ", "Sở A", "", "Hồ sơ số", "Quý IV/2027"]
    no_product = _gapped(_cells("3", "Tập huấn", "Sở B", "Ủy ban nhân dân các xã", "Tháng 6/2027"), 6, 5, 2, ROLES)
    assert [c.text for c in no_product] == ["3", "Tập huấn", "Sở B", "Ủy ban nhân dân các xã", "", "Tháng 6/2027"]


def test_a_row_without_a_time_is_left_as_written():
    row = _cells("4", "Tổng kết", "Sở A", "Các sở, ngành", "Báo cáo")
    assert _gapped(row, 6, 5, 2, ROLES) == row
