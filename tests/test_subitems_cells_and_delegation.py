"""Readings a directive's multi-level numbering, a task table's wrapped cells and a unit's own
requests upset. Synthetic documents (bodies real kinds, numbers and names invented)."""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.units import _cell_text, _lead_names, extract_responsible_units
from pipeline.extractor import extract_text
from pipeline.provenance import Prov

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 9876/VPCP-V.I
V/v nâng cao hiệu quả công tác chống buôn lậu
Hà Nội, ngày 20 tháng 11 năm 2031

Kính gửi: Các Bộ, cơ quan ngang Bộ.

Sau khi Thủ tướng Chính phủ ban hành Chỉ thị số 21/CT-TTg ngày 17 tháng 5 năm 2031, Nghị quyết số 71/NQ-CP ngày 01/4/2031 của Chính phủ và các Thông báo kết luận của Ban Chỉ đạo, Thủ tướng Chính phủ có ý kiến như sau:

1. Bộ trưởng Bộ Tài chính tập trung chỉ đạo các đơn vị liên quan khẩn trương thực hiện một số nhiệm vụ sau:
1.1. Hoàn thiện Kế hoạch cao điểm chống buôn lậu dịp Tết Nguyên đán; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2031.
1.2. Hoàn thành việc tổng kết thực hiện Chỉ thị số 21/CT-TTg; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2031.
1.3. Sơ kết 6 tháng việc thực hiện Nghị quyết số 71/NQ-CP; báo cáo Thủ tướng Chính phủ kết quả trước ngày 30 tháng 11 năm 2031.

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, V.I.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Trần Văn Hòa
"""


def test_each_numbered_sub_item_keeps_its_own_deadline() -> None:
    # "1.1. …", "1.2. …", "1.3. …": three tasks of their own that share a day, three items
    r = extract_text(_LETTER).model_dump()
    assert [(t["start"], t["end"]) for t in r["timeline"]] == [(None, "2031-11-30")] * 3


def test_an_issuers_run_ends_before_other_papers_joined_by_va() -> None:
    # "… của Chính phủ và các Thông báo kết luận của Ban Chỉ đạo": other papers, no issuer's part
    r = extract_text(_LETTER).model_dump()
    issuers = {b["number"]: b["issuer"] for b in r["legal_bases"]}
    assert issuers["71/NQ-CP"] == "Chính phủ"


def test_a_cell_line_after_a_word_that_takes_a_complement_goes_on() -> None:
    names = [n for n, _a, _b in _lead_names(_cell_text(
        "Trung tâm Chuyển đổi số; các đơn vị có\nhệ thống thông tin, cơ sở dữ liệu"), 0)]
    assert names == ["Trung tâm Chuyển đổi số", "Các đơn vị có hệ thống thông tin, cơ sở dữ liệu"]
    # the objects a class is named by are written out
    assert [n for n, _a, _b in _lead_names(_cell_text("Các đơn vị được giao thực hiện TTHC"), 0)] == [
        "Các đơn vị được giao thực hiện thủ tục hành chính"]


_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 45/KH-UBND
Hà An, ngày 02 tháng 3 năm 2031

KẾ HOẠCH
Nâng cao nhận thức cộng đồng về phòng, chống thiên tai

I. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ

- Nâng cao chất lượng công tác truyền thông về giảm nhẹ rủi ro thiên tai;

- Yêu cầu các cơ quan báo chí trên địa bàn tỉnh xây dựng kế hoạch, dành thời lượng tuyên truyền nội dung Kế hoạch.

2. Sở Y tế chủ trì bảo đảm công tác y tế khi xảy ra thiên tai.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn An
"""


def test_a_units_own_request_under_its_heading_charges_no_one_else() -> None:
    # "- Yêu cầu các cơ quan báo chí …" under "1. Sở Khoa học và Công nghệ": the unit's own task
    names = [u["name"] for u in extract_responsible_units(segment_text(_PLAN), Prov())]
    assert names == ["Sở Khoa học và Công nghệ", "Sở Y tế"]


_TABLE_THEN_SITE = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1234/BVHTTDL-VP
V/v đẩy mạnh chuyển đổi số
Hà Nội, ngày 18 tháng 11 năm 2031

Kính gửi: Các cơ quan, đơn vị thuộc Bộ.

Bộ Văn hóa, Thể thao và Du lịch yêu cầu các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục gửi kèm./.

Nơi nhận:
- Như trên;
- Lưu: VT.

BỘ TRƯỞNG

Nguyễn Văn Hùng

PHỤ LỤC
DANH MỤC NHIỆM VỤ TRỌNG TÂM
|
**STT**
|
**Tên nhiệm vụ**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời hạn hoàn thành**
|
|
1
|
Xây dựng cơ sở dữ liệu di sản văn hóa
|
Cục Di sản văn hóa
|
Trung tâm Chuyển đổi số
|
Tháng 12/2031
|
|
2
|
Rà soát quy trình dịch vụ công trực tuyến
|
Văn phòng Bộ
|
Các đơn vị liên quan
|
31/12/2031
|
[1] Ban
Chỉ đạo của Bộ về chuyển đổi số.
Công văn 1234/BVHTTDL-VP năm 2031 về đẩy mạnh chuyển đổi số do Bộ Văn hóa, Thể thao và Du lịch ban hành
Văn bản này chưa cập nhật nội dung Tiếng Anh
Công văn 1234/BVHTTDL-VP năm 2031 về đẩy mạnh chuyển đổi số do Bộ Văn hóa, Thể thao và Du lịch ban hành
## Văn bản liên quan
Ban hành:
05/12/2031
Hiệu lực: Đã biết
Tình trạng: Đã biết
Cập nhật:
09/12/2031
Ban hành:
06/11/2031
Hiệu lực: Đã biết
Tình trạng: Đã biết
Cập nhật:
08/11/2031
Ban hành:
30/09/2031
Hiệu lực: Đã biết
Tình trạng: Đã biết
Cập nhật:
02/10/2031
Ban hành:
08/09/2031
Hiệu lực: Đã biết
Tình trạng: Đã biết
Cập nhật:
11/09/2031
Ban hành:
14/07/2031
Hiệu lực: Đã biết
Cập nhật:
24/07/2031
Ban hành:
30/06/2031
Hiệu lực: Đã biết
Tình trạng: Đã biết
Cập nhật:
08/07/2031
Ban hành:
27/05/2031
Hiệu lực: Đã biết
Tình trạng: Đã biết
Cập nhật:
31/05/2031
Ban hành:
15/05/2031
Hiệu lực: Đã biết
Tình trạng: Đã biết
Cập nhật:
16/06/2031
Ban hành:
01/04/2031
Hiệu lực: Đã biết
Tình trạng: Đã biết
Cập nhật:
09/04/2031
Ban hành:
03/03/2031
Hiệu lực: Đã biết
Tình trạng: Đã biết
Cập nhật:
09/04/2031
37
|
NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN
"""


def test_a_tables_last_row_keeps_no_cell_of_the_site_after_the_document() -> None:
    # the site's list of related papers read on as the last row's cells: emptied
    r = extract_text(_TABLE_THEN_SITE).model_dump()
    ends = sorted(t["end"] for t in r["timeline"])
    assert ends == ["2031-12", "2031-12-31"]


_DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 09/CT-UBND
Hà An, ngày 18 tháng 11 năm 2031

CHỈ THỊ
Về tăng cường quản lý tài nguyên nước

Để tăng cường công tác quản lý tài nguyên nước, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:

1. Sở Nông nghiệp và Môi trường

a) Rà soát, cập nhật danh mục nguồn nước trên địa bàn tỉnh.

2. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành

a) Phối hợp Sở Nông nghiệp và Môi trường tuyên truyền quy định của pháp luật về tài nguyên nước.

b) Giao Thanh tra tỉnh tổ chức thanh tra việc chấp hành các quy định pháp luật về tài nguyên nước.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH

Lê Văn An
"""


def test_a_charge_under_a_class_of_heads_is_the_documents_own() -> None:
    # "2. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành" names every department's head, no one
    # body: "b) Giao Thanh tra tỉnh …" under it is the document's own charge
    names = [u["name"] for u in extract_responsible_units(segment_text(_DIRECTIVE), Prov())]
    assert "Thanh tra tỉnh" in names


def test_a_units_initials_read_by_the_name_the_document_gives_in_full() -> None:
    # "Cục DLQGVN" in one row, "Cục Du lịch Quốc gia Hà An" in another: one unit, named in full
    text = _TABLE_THEN_SITE.replace("Văn phòng Bộ\n|\nCác đơn vị liên quan", "Cục DLQGHA\n|\nCác đơn vị liên quan") \
        .replace("Cục Di sản văn hóa\n|", "Cục Du lịch Quốc gia Hà An\n|")
    names = [u["name"] for u in extract_text(text).model_dump()["responsible_units"]]
    assert names.count("Cục Du lịch Quốc gia Hà An") == 1 and "Cục DLQGHA" not in names
