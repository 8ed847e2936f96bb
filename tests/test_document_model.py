"""The document model: header cells and annotations, the layout-free fallback, is_document.

Every document here is synthetic: a layout written for the mechanism it tests.
"""

from __future__ import annotations

import json

import pytest

from pipeline.doc_kind import classify
from pipeline.evaluate import score_document
from pipeline.extractor import extract_text
from pipeline.normalize import normalize
from pipeline.record import Record
from pipeline.segment import segment


def model(text: str):
    return segment(normalize(text).text)


RUN_TOGETHER = (
    "BỘ TƯ PHÁP_____ Số: 05/2022/TT-BTP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc"
    "_______ Hà Nội, ngày 9 tháng 8 năm 2022 |\n\nTHÔNG TƯ\n\nHướng dẫn đăng ký hộ tịch\n\n"
    "Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014;\n\nĐiều 1. Phạm vi\n\nĐiều 2. Hiệu lực\n"
)


def test_header_cells_in_the_model_whatever_the_arrangement():
    doc = model(RUN_TOGETHER)
    assert [p.text for p in doc.cells["issuer"]] == ["BỘ TƯ PHÁP"]
    assert [p.text for p in doc.cells["motto"]] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert doc.cells["number"][0].text == "Số: 05/2022/TT-BTP"
    assert doc.cells["date"][0].text == "Hà Nội, ngày 9 tháng 8 năm 2022"
    # every cell's text is the document text under its span
    for cells in doc.cells.values():
        for p in cells:
            assert doc.text[p.start : p.end] == p.text


def test_own_number_date_and_place_are_annotations_with_spans():
    doc = model(RUN_TOGETHER)
    num, date, place = (doc.annotations[k] for k in ("number", "date", "place"))
    assert num.value == {"raw": "05/2022/TT-BTP", "seq": "05", "symbol": "2022/TT-BTP"}
    assert doc.text[num.start : num.end] == "05/2022/TT-BTP"
    assert date.value["iso"] == "2022-08-09" and doc.text[date.start : date.end] == "ngày 9 tháng 8 năm 2022"
    assert place.value == "Hà Nội" and doc.text[place.start : place.end] == "Hà Nội"
    assert num.rule == "number-cell" and date.rule == "date-cell"


def test_extractors_read_the_annotations():
    r = extract_text(RUN_TOGETHER)
    assert r.number.raw == "05/2022/TT-BTP" and r.provenance["number"].rule == "number-cell"
    assert r.date.iso == "2022-08-09" and r.place == "Hà Nội"
    assert r.doc_type.code == "TT" and r.title == "Hướng dẫn đăng ký hộ tịch"


def test_layout_free_fallback_when_the_cells_come_after_the_type_line():
    # a converter that put the title block before the header table: the structured reading
    # (header cells before the type line) finds nothing, the fallback still does
    text = (
        "QUYẾT ĐỊNH\nVề việc khen thưởng\n\nSố: 88/QĐ-UBND\nBình Minh, ngày 4 tháng 5 năm 2023\n\n"
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nĐiều 1. Khen thưởng.\n\nĐiều 2. Thi hành.\n"
    )
    doc = model(text)
    assert doc.annotations["number"].rule == "number-fallback"
    assert doc.annotations["number"].value["raw"] == "88/QĐ-UBND"
    assert doc.annotations["date"].value["iso"] == "2023-05-04"
    assert doc.annotations["date"].rule == "date-fallback"


def test_fallback_takes_no_number_from_a_sentence_or_a_title():
    text = (
        "THÔNG TƯ\n\nSỬA ĐỔI THÔNG TƯ SỐ 18/2024/TT-NHNN VỀ HOẠT ĐỘNG THẺ\n\n"
        "Căn cứ Luật Ngân hàng ngày 16 tháng 6 năm 2010;\n\nĐiều 1. Sửa đổi.\n\nĐiều 2. Hiệu lực.\n"
    )
    doc = model(text)
    assert "number" not in doc.annotations and "date" not in doc.annotations


def test_a_date_far_below_the_header_is_not_the_documents():
    text = "BỘ Y TẾ\n\nSố: 4/BYT-KH\n\n" + "Nội dung công việc.\n\n" * 12 + "Hà Nội, ngày 3 tháng 3 năm 2024\n"
    doc = model(text)
    assert "number" in doc.annotations and "date" not in doc.annotations


# ---------------------------------------------------------------- is_document

ENCYCLOPEDIA = (
    "# Sông Xanh\n\nSông Xanh là một con sông chảy qua ba tỉnh miền núi phía Bắc.\n\n"
    "| Chiều dài | 120 km |\n|---|---|\n| Lưu vực | 2.000 km² |\n\n"
    "Năm 1990, một cây cầu được xây dựng qua sông. Ngày 5 tháng 6 năm 2001 cầu được nâng cấp.\n"
)
TEMPLATE_PAGE = (
    "# Mẫu biên bản họp lớp mới nhất? Cách viết biên bản họp lớp?\n\n"
    "**Mẫu biên bản họp lớp mới nhất?**\n\nDưới đây là mẫu biên bản họp lớp, có file tải về.\n\n"
    "**Cách viết biên bản họp lớp?**\n\nGhi rõ thời gian, địa điểm (ví dụ: Số: 01/BB).\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBIÊN BẢN HỌP LỚP\n\n"
    "**Biên bản họp lớp có bắt buộc không?**\n\nKhông bắt buộc.\n"
)
NEWS = (
    "Hội nghị tổng kết năm học diễn ra sáng nay\n\nSáng 5/6, tại hội trường tỉnh, hơn 300 đại biểu đã dự hội nghị.\n\n"
    "Phát biểu tại hội nghị, ông Nguyễn Văn A cho biết năm học vừa qua có nhiều đổi mới. "
    "Theo ông, Chỉ thị số 12/CT-UBND đã được triển khai tốt.\n"
)
LISTING = (
    "Trang chủ | Văn bản | Liên hệ\n\n## Văn bản mới ban hành\n\n| STT | Số ký hiệu | Ngày ban hành | Trích yếu |\n"
    "|---|---|---|---|\n| 1 | 310/SXD-QLN | 02/5/2025 | V/v hướng dẫn cấp phép xây dựng |\n"
    "| 2 | 44/KH-UBND | 06/5/2025 | Kế hoạch kiểm tra an toàn thực phẩm |\n"
    "| 3 | 18/2025/QĐ-UBND | 09/5/2025 | Quyết định ban hành quy chế phối hợp |\n"
)
ANNEXED_LIST = (
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 77/QĐ-UBND\nKon Tum, ngày 3 tháng 6 năm 2025\nQUYẾT ĐỊNH\nCông bố danh mục văn bản hết hiệu lực\n"
    "Điều 1. Công bố danh mục kèm theo.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n\n"
    "| STT | Số ký hiệu | Trích yếu |\n|---|---|---|\n| 1 | 12/2019/QĐ-UBND | Quy chế A |\n"
    "| 2 | 13/2019/QĐ-UBND | Quy chế B |\n| 3 | 20/2020/QĐ-UBND | Quy chế C |\n"
)
LOST_HEADER_LETTER = (
    "Kính gửi: Các sở, ban, ngành tỉnh.\n\nThực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở đề nghị các đơn vị "
    "báo cáo kết quả trước ngày 30/6/2024.\n"
)
LOST_HEADER_DECREE = (
    "NGHỊ ĐỊNH\n\nQUY ĐỊNH VỀ ĐĂNG KIỂM\n\nCăn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;\n\n"
    "Điều 1. Phạm vi điều chỉnh\n\nNội dung.\n\nĐiều 2. Đối tượng áp dụng\n\nNội dung.\n"
)


@pytest.mark.parametrize(
    "text", [ENCYCLOPEDIA, TEMPLATE_PAGE, NEWS, LISTING], ids=["encyclopedia", "template", "news", "listing"]
)
def test_texts_that_are_not_documents(text: str):
    assert classify(model(text)).is_document is False
    r = extract_text(text)
    assert r.is_document is False
    d = r.contract_dict()
    assert all(d[k] in (None, []) for k in d if k != "is_document")
    assert r.provenance["is_document"].rule.startswith("not-a-document")


@pytest.mark.parametrize(
    "text",
    [LOST_HEADER_LETTER, LOST_HEADER_DECREE, RUN_TOGETHER, ANNEXED_LIST],
    ids=["letter", "decree", "full-header", "annexed-list"],
)
def test_documents_stay_documents_also_with_the_header_lost(text: str):
    v = classify(model(text))
    assert v.is_document, v
    assert extract_text(text).is_document is True


def test_is_document_in_record_schema_and_scored_exactly():
    schema = Record.model_json_schema()
    assert schema["properties"]["is_document"]["type"] == "boolean"
    gold = {"is_document": False}
    assert score_document({"is_document": False}, gold).fields["is_document"].score == 1.0
    assert score_document({"is_document": True}, gold).fields["is_document"].score == 0.0
    # gold written before the key existed describes a document
    assert score_document({"is_document": True}, {}).fields["is_document"].score == 1.0
    assert json.loads(extract_text(NEWS).model_dump_json())["is_document"] is False


def test_date_cell_with_an_unreadable_handwritten_day_keeps_month_year_and_place():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 7{ /QĐ-UBND\n\nHà Giang, ngày4†tháng 03 năm 2024\n\nQUYẾT ĐỊNH\n\nVề việc giao chỉ tiêu\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nĐiều 1. Giao.\n\nĐiều 2. Thi hành.\n"
    )
    r = extract_text(text)
    assert (r.date.year, r.date.month, r.date.day, r.date.iso) == (2024, 3, None, None)
    assert r.place == "Hà Giang"
    assert r.number.symbol == "QĐ-UBND" and r.number.seq is None


def test_own_number_is_never_a_legal_basis():
    text = (
        "ỦY BAN NHÂN DÂN XÃ A\n\nSố: 15/KH-UBND\n\nA, ngày 2 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nTổ chức ngày hội\n\n"
        "Căn cứ Kế hoạch số 15/KH-UBND ngày 2 tháng 3 năm 2024 của Ủy ban nhân dân xã A;\n\n"
        "Căn cứ Quyết định số 9/QĐ-UBND ngày 5 tháng 1 năm 2024 của Ủy ban nhân dân huyện B;\n\n"
        "I. MỤC ĐÍCH\n\nNội dung.\n"
    )
    r = extract_text(text)
    numbers = [b.number for b in r.legal_bases]
    assert "15/KH-UBND" not in numbers and "9/QĐ-UBND" in numbers
    k = numbers.index("9/QĐ-UBND")
    span = r.provenance[f"legal_bases[{k}].number"]
    assert normalize(text).text[span.start : span.end] == "9/QĐ-UBND"


def test_assembler_drops_an_item_carrying_the_own_number_and_renumbers_provenance():
    from pipeline.extractor import _without_own_number
    from pipeline.headerzone import Annotation
    from pipeline.provenance import Prov

    prov = Prov()
    items = [{"number": "1/QĐ-X"}, {"number": "15 /KH-UBND"}, {"number": "9/QĐ-Y"}]
    for i in range(len(items)):
        prov.add(f"legal_bases[{i}].number", 10 * i, 10 * i + 5, 0.9, "t")
    prov.add("number", 0, 3, 0.9, "t")
    own = Annotation("number", {"raw": "15/KH-UBND"}, 0, 3, "number-cell", 0.97)
    kept = _without_own_number(items, own, prov)
    assert [it["number"] for it in kept] == ["1/QĐ-X", "9/QĐ-Y"]
    assert prov.spans["legal_bases[1].number"].start == 20 and "legal_bases[2].number" not in prov.spans
    assert "number" in prov.spans


def test_scanned_header_columns_on_one_line_with_damaged_marks():
    # OCR of the two header columns side by side: the issuer and a Quốc hiệu with a damaged
    # mark on one line, junk with a pipe where the day was handwritten, the type glued to a
    # lower-case trích yếu
    text = (
        "ỦY BAN NHÂN DÂN CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH KHÁNH HÒA\nSố: 8‡ /QĐ-UBND\n\n"
        "Độc lập - Tự do - Hạnh phúc\nNha Trang, ngày⁄|Ệ tháng 01 năm 2025\n\n"
        "QUYẾT ĐỊNH về việc bổ nhiệm công chức\n\nCăn cứ Luật Cán bộ, công chức ngày 13/11/2008;\n\n"
        "Điều 1. Bổ nhiệm.\n\nĐiều 2. Thi hành.\n"
    )
    doc = model(text)
    assert [p.text for p in doc.cells["issuer"]] == ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA"]
    r = extract_text(text)
    assert r.issuer.name == "Ủy ban nhân dân tỉnh Khánh Hòa"
    assert (r.date.year, r.date.month, r.date.day) == (2025, 1, None) and r.place == "Nha Trang"
    assert r.doc_type.code == "QĐ" and r.title == "về việc bổ nhiệm công chức"


# a body named by the decision that created it: its "SỐ …" is part of the name, not the own number
_NAMED_BODY_LINES = (
    "SỞ XÂY DỰNG TỈNH HÒA AN\nTỔ CÔNG TÁC THEO QUYẾT ĐỊNH\nSỐ 77/QĐ-SXD\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 208/KH-TCT\nHòa An, ngày 15 tháng 4 năm 2026\n\n"
)
_NAMED_BODY_PIPES = (
    "| SỞ XÂY DỰNG TỈNH HÒA AN TỔ CÔNG TÁC THEO QUYẾT ĐỊNH SỐ 77/QĐ-SXD | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự do - Hạnh phúc |\n| Số: 208/KH-TCT | Hòa An, ngày 15 tháng 4 năm 2026 |\n\n"
)


@pytest.mark.parametrize("header", [_NAMED_BODY_LINES, _NAMED_BODY_PIPES])
def test_number_inside_the_issuers_name_is_not_the_own_number(header: str):
    text = header + "KẾ HOẠCH\nKiểm tra công trình năm 2026\n\nI. MỤC ĐÍCH\n\nNội dung kiểm tra.\n"
    doc = model(text)
    assert doc.annotations["number"].value["raw"] == "208/KH-TCT"
    assert any("77/QĐ-SXD" in p.text for p in doc.cells["issuer"])
    r = extract_text(text)
    assert r.number.raw == "208/KH-TCT" and r.date.iso == "2026-04-15" and r.place == "Hòa An"
    assert r.issuer.name == "Tổ Công tác theo Quyết định số 77/QĐ-SXD"
    assert r.issuer.parent == "Sở Xây dựng tỉnh Hòa An"


def test_own_number_without_colon_still_read_after_a_plain_issuer():
    text = (
        "TỈNH ỦY HÒA AN\n*\nSố 15-KH/TU\nHòa An, ngày 10 tháng 01 năm 2026\n\n"
        "KẾ HOẠCH\nthực hiện nhiệm vụ năm 2026\n\nI. MỤC ĐÍCH\n\nNội dung.\n"
    )
    r = extract_text(text)
    assert r.number.raw == "15-KH/TU" and r.issuer.name == "Tỉnh ủy Hòa An"


def test_a_body_whose_name_ends_in_a_type_word_keeps_its_own_number_below():
    text = (
        "TỈNH ỦY HÒA AN\nBAN CHỈ ĐẠO THỰC HIỆN NGHỊ QUYẾT\nSố 12-KH/BCĐ\nHòa An, ngày 10 tháng 01 năm 2026\n\n"
        "KẾ HOẠCH\nthực hiện nhiệm vụ năm 2026\n\nI. MỤC ĐÍCH\n\nNội dung.\n"
    )
    r = extract_text(text)
    assert r.number.raw == "12-KH/BCĐ" and r.date.iso == "2026-01-10"


def _plan_with_cell_lines(numbering: str) -> str:
    """A plan whose task table a word processor's plain-text export wrote one cell a line:
    long cells, a capitalised time cell after a long unit cell, an empty last cell as a
    blank line, and the column-numbering row under the header (``numbering``)."""
    rows = [
        ("1", "Tổ chức tuyên truyền sâu rộng các quy định mới về quản lý tài nguyên nước đến cán bộ và Nhân dân",
         "Sở Nông nghiệp và Môi trường", "Các sở, ban, ngành và Ủy ban nhân dân các xã, phường liên quan",
         "Xong trong Quý II/2026"),
        ("2", "Rà soát, cập nhật danh mục nguồn nước nội tỉnh phải lập hành lang bảo vệ theo quy định",
         "Sở Xây dựng", "Các cơ quan, đơn vị và địa phương có liên quan trên địa bàn tỉnh",
         "Trong tháng 9/2026"),
    ]
    lines = [
        "ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH", "Số: 77/KH-UBND", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 02 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Bảo vệ tài nguyên nước năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiệu quả quản lý nhà nước về tài nguyên nước trên địa bàn tỉnh.",
        "II. NHIỆM VỤ", "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.", "", "PHỤ LỤC", "",
        "TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú", "",
        *numbering.splitlines(),
    ]
    for r in rows:
        lines += [*r, "", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("numbering", ["(1)\n(2)\n(3)\n(4)\n(5)\n(6)", "(1) (2) (3) (4) (5) (6)", ""])
def test_one_cell_a_line_task_table_with_long_cells_and_a_numbering_row(numbering: str) -> None:
    text = _plan_with_cell_lines(numbering)
    doc = segment(normalize(text).text)
    [table] = doc.tables
    assert table.roles[:5] == ("number", "task", "lead", "coop", "time")
    assert [r[0].text for r in table.rows] == ["1", "2"]
    assert [table.get(r, "time").text for r in table.rows] == ["Xong trong Quý II/2026", "Trong tháng 9/2026"]
    rec = extract_text(text)
    assert [(t.start, t.end) for t in rec.timeline] == [("2026-04", "2026-06"), ("2026-09", "2026-09")]
    assert {"Sở Nông nghiệp và Môi trường", "Sở Xây dựng"} <= {u.name for u in rec.responsible_units}


def test_a_one_cell_a_line_table_cut_by_a_page_s_dots_goes_on_after_them() -> None:
    """A website's paywall cut the table ("…........" where rows are missing): the dots are no
    cell, and the rows after them keep their columns, their numbering going on from the cut."""
    text = _plan_with_cell_lines("")
    cut = text.replace("Xong trong Quý II/2026\n\n\n2\n", "Xong trong Quý II/2026\n\n\n….................\n\n5\n")
    assert cut != text
    doc = segment(normalize(cut).text)
    [table] = doc.tables
    assert [r[0].text for r in table.rows] == ["1", "5"]
    assert [table.get(r, "lead").text for r in table.rows] == ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"]
    assert [table.get(r, "time").text for r in table.rows] == ["Xong trong Quý II/2026", "Trong tháng 9/2026"]


def test_a_long_line_is_not_continued_by_a_capitalised_one_where_paragraphs_are_lines() -> None:
    # no line of this text goes on in lower case: the converter does not wrap, so a long line
    # that stops without a stop mark is still a line of its own
    paras = [f"Đoạn thứ {k} nói về nhiệm vụ của các cơ quan, đơn vị trên địa bàn tỉnh" for k in range(14)]
    out = normalize("\n".join(paras)).text
    assert out.split("\n") == paras


FORM = """Mẫu số 12-DS (Ban hành kèm theo Nghị quyết của Hội đồng Thẩm phán)
TÒA ÁN NHÂN DÂN ........
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: ..../..../QĐ-HPT
........, ngày..... tháng..... năm.....
QUYẾT ĐỊNH
HOÃN PHIÊN HỌP
Nơi nhận:
- Lưu hồ sơ.
"""

DRAFT = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: ......../QĐ-UBND
An Giang, ngày ..... tháng ..... năm 2026
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác liên ngành
Điều 1. Thành lập Tổ công tác liên ngành của tỉnh.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""


def test_a_blank_form_is_no_document_but_a_draft_awaiting_its_number_is():
    # a form leaves the issuing body and the date's place as dot leaders; a draft leaves only
    # the number and the day for the clerk
    assert classify(model(FORM)).is_document is False
    assert {"blank_issuer", "blank_place"} <= set(classify(model(FORM)).cues)
    # the same form without the page's "Mẫu số …" line is still a form
    assert classify(model(FORM.split("\n", 1)[1])).is_document is False
    assert classify(model(DRAFT)).is_document is True
    rec = extract_text(DRAFT)
    assert rec.number is not None and rec.number.seq is None and rec.number.symbol == "QĐ-UBND"
