"""Header and signature layouts that real sources print, each on a synthetic plan.

Every case is the same invented plan (a district committee's competition plan) laid out the
way one source or converter lays it out; the header fields must read the same in each.
"""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text

_HEADER = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN AN LẠC                  Độc lập - Tự do - Hạnh phúc
"""
_TITLE = """
KẾ HOẠCH
Tổ chức hội thi tìm hiểu pháp luật năm 2026
"""
_BODY = """
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng phục vụ người dân trên địa bàn.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa chủ trì triển khai kế hoạch này.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
"""
_SIGNATURE = """KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Thị Bình
"""


def _plan(header: str, title: str = _TITLE, signature: str = _SIGNATURE) -> str:
    return header + "\n" + title + _BODY + signature


def _dated(number_date_line: str) -> str:
    return _plan(_HEADER + number_date_line + "\n")


def test_symbol_typed_with_spaces_around_slash_and_hyphen():
    r = extract_text(_dated("Số : 12 / KH - UBND                  An Lạc, ngày 05 tháng 3 năm 2026"))
    assert (r.number.raw, r.number.seq, r.number.symbol) == ("12/KH-UBND", "12", "KH-UBND")
    assert r.place == "An Lạc" and r.date.iso == "2026-03-05"


def test_symbol_with_a_year_typed_with_spaces_around_its_slashes_and_hyphen():
    r = extract_text(_dated("Số: 15 / 2026 / QĐ - UBND                  An Lạc, ngày 05 tháng 3 năm 2026"))
    assert (r.number.raw, r.number.symbol) == ("15/2026/QĐ-UBND", "2026/QĐ-UBND")


def test_spaced_symbol_and_date_on_one_line_keep_number_and_place_apart():
    # one space between the number cell and the place: the symbol's capitals are not the place's
    r = extract_text(_dated("Số : 12 / KH - UBND An Lạc, ngày 05 tháng 3 năm 2026"))
    assert r.number.raw == "12/KH-UBND"
    assert r.place == "An Lạc" and r.date.iso == "2026-03-05"


def test_number_and_date_on_one_line_with_a_single_space():
    r = extract_text(_dated("Số: 15/KH-UBND An Lạc, ngày 12 tháng 3 năm 2026"))
    assert r.number.raw == "15/KH-UBND" and r.place == "An Lạc" and r.date.iso == "2026-03-12"


@pytest.mark.parametrize(("cell", "raw"), [
    ("An Lạc, Ngày 05/3/2026", "Ngày 05/3/2026"),
    ("An Lạc, ngày 5-3-2026", "ngày 5-3-2026"),
    ("An Lạc, ngày 05.3.2026", "ngày 05.3.2026"),
])
def test_date_cell_written_in_figures(cell: str, raw: str):
    r = extract_text(_dated("Số: 15/KH-UBND                  " + cell))
    assert r.date.raw == raw and r.date.iso == "2026-03-05" and r.place == "An Lạc"


@pytest.mark.parametrize(("cell", "place"), [
    ("TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2026", "TP. Hồ Chí Minh"),
    ("Tp. Cần Thơ, ngày 05 tháng 3 năm 2026", "Tp. Cần Thơ"),
    # the abbreviation glued to the name is set apart
    ("Tp.Cần Thơ, ngày 05 tháng 3 năm 2026", "Tp. Cần Thơ"),
])
def test_place_with_an_abbreviated_city_level(cell: str, place: str):
    r = extract_text(_dated("Số: 15/KH-UBND                  " + cell))
    assert r.place == place and r.date.iso == "2026-03-05"


@pytest.mark.parametrize("sep", ["<br>", "  "])
def test_header_as_a_two_column_table_with_lines_joined_in_cells(sep: str):
    left = sep.join(["ỦY BAN NHÂN DÂN", "HUYỆN AN LẠC", "Số: 15/KH-UBND"])
    right = sep.join(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      "An Lạc, ngày 12 tháng 3 năm 2026"])
    r = extract_text(_plan(f"| {left} | {right} |\n|---|---|\n"))
    assert r.number.raw == "15/KH-UBND" and r.date.iso == "2026-03-12" and r.place == "An Lạc"
    assert r.issuer.name == "Ủy ban nhân dân huyện An Lạc" and r.issuer.parent is None
    assert r.title == "Tổ chức hội thi tìm hiểu pháp luật năm 2026"


_THREE_LEVELS = ["UBND TỈNH BÌNH AN", "SỞ VĂN HÓA VÀ THỂ THAO", "PHÒNG QUẢN LÝ VĂN HÓA"]


def test_issuing_body_of_three_levels_has_the_level_above_it_as_parent():
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]
    header = "".join(f"{a:<40}{b}\n" for a, b in zip(_THREE_LEVELS, motto, strict=True))
    header += "Số: 15/KH-PQLVH                         Bình An, ngày 12 tháng 3 năm 2026\n"
    r = extract_text(_plan(header))
    assert r.issuer.name == "Phòng Quản lý văn hóa"
    # the superior printed right above, not the whole chain run together
    assert r.issuer.parent == "Sở Văn hóa và Thể thao"
    assert r.number.raw == "15/KH-PQLVH" and r.place == "Bình An"


def test_issuing_body_of_three_levels_in_a_table_cell():
    left = "<br>".join([*_THREE_LEVELS, "Số: 15/KH-PQLVH"])
    right = "<br>".join(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Bình An, ngày 12 tháng 3 năm 2026"])
    r = extract_text(_plan(f"| {left} | {right} |\n|---|---|\n"))
    assert (r.issuer.name, r.issuer.parent) == ("Phòng Quản lý văn hóa", "Sở Văn hóa và Thể thao")


_LONG_TITLE = "Tổ chức hội thi tìm hiểu pháp luật cho cán bộ, công chức và người lao động trên địa bàn huyện năm 2026"


@pytest.mark.parametrize("title", [
    "**KẾ HOẠCH**\n**Tổ chức hội thi tìm hiểu pháp luật**\n**cho cán bộ, công chức và người lao động**\n"
    "**trên địa bàn huyện năm 2026**\n",
    "**KẾ HOẠCH**\n\n**Tổ chức hội thi tìm hiểu pháp luật**\n\n**cho cán bộ, công chức và người lao động**\n\n"
    "**trên địa bàn huyện năm 2026**\n",
    "**KẾ HOẠCH**\n**Tổ chức hội thi tìm hiểu pháp luật\ncho cán bộ, công chức và người lao động\n"
    "trên địa bàn huyện năm 2026**\n",
    "__KẾ HOẠCH__\n__Tổ chức hội thi tìm hiểu pháp luật__\n__cho cán bộ, công chức và người lao động__\n"
    "__trên địa bàn huyện năm 2026__\n",
])
def test_title_over_three_lines_with_bold_markers(title: str):
    header = _HEADER + "Số: 15/KH-UBND                  An Lạc, ngày 05 tháng 3 năm 2026\n"
    r = extract_text(_plan(header, "\n" + title))
    assert r.doc_type.code == "KH" and r.title == _LONG_TITLE


_DATED = _HEADER + "Số: 15/KH-UBND                  An Lạc, ngày 05 tháng 3 năm 2026\n"


@pytest.mark.parametrize(("signature", "expected"), [
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH Nguyễn Văn An\n", ("TM.", "Chủ tịch", "Nguyễn Văn An")),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH Trần Thị Bình\n", ("KT.", "Phó Chủ tịch", "Trần Thị Bình")),
    ("GIÁM ĐỐC Nguyễn Văn An\n", (None, "Giám đốc", "Nguyễn Văn An")),
])
def test_signer_position_and_name_on_one_line(signature: str, expected: tuple):
    r = extract_text(_plan(_DATED, signature=signature))
    assert (r.signer.authority, r.signer.position, r.signer.name) == expected


@pytest.mark.parametrize("mark", ["(Đã ký)", "[daky]", "(Da ky)", "(ký, đóng dấu)", "[Đã ký và đóng dấu]"])
def test_signature_marks_of_a_published_copy_are_neither_position_nor_name(mark: str):
    r = extract_text(_plan(_DATED, signature=f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n{mark}\n\nTrần Thị Bình\n"))
    assert (r.signer.authority, r.signer.position, r.signer.name) == ("KT.", "Phó Chủ tịch", "Trần Thị Bình")


_STAMP = "Người ký: Ủy ban nhân dân huyện An Lạc\nCơ quan: Ủy ban nhân dân huyện An Lạc\nThời gian ký: 20.03.2026 10:15:00 +07:00\n"


def test_e_signature_stamp_is_not_the_date_when_the_header_has_none():
    r = extract_text(_STAMP + "\n" + _plan(_HEADER + "Số: 15/KH-UBND\n"))
    assert r.date is None or r.date.iso is None
    assert r.number.raw == "15/KH-UBND"


@pytest.mark.parametrize("where", ["top", "between", "after"])
def test_e_signature_stamp_is_neither_date_nor_signer(where: str):
    sig = _SIGNATURE
    text = _plan(_DATED, signature=sig)
    if where == "top":
        text = _STAMP + "\n" + text
    elif where == "between":
        text = _plan(_DATED, signature="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" + _STAMP + "Trần Thị Bình\n")
    else:
        text = text + "\n" + _STAMP
    r = extract_text(text)
    assert r.date.iso == "2026-03-05" and r.place == "An Lạc"
    assert (r.signer.authority, r.signer.position, r.signer.name) == ("KT.", "Phó Chủ tịch", "Trần Thị Bình")


def test_code_fences_around_the_text_are_no_part_of_it():
    # markdownify writes a preformatted page between two fences; the closing fence after the
    # Nơi nhận list must not hide the signature
    text = "```\n" + _plan(_DATED) + "```"
    r = extract_text(text)
    assert (r.signer.authority, r.signer.position, r.signer.name) == ("KT.", "Phó Chủ tịch", "Trần Thị Bình")
    assert r.number.raw == "15/KH-UBND"


_TWO_COLUMN_CLOSING = """Nơi nhận:                                             TM. ỦY BAN NHÂN DÂN
- UBND tỉnh (b/c);                                  CHỦ TỊCH
- Sở Văn hóa;
- Các phòng: Kinh tế, Hạ tầng; Văn hóa - Xã hội
(đăng trên cổng thông tin điện tử);
- Trung tâm Dịch vụ tổng hợp (đăng
thông báo này trên các phương tiện thông tin
của địa phương);                                  Nguyễn Văn An
- Lưu: VT."""


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_two_column_closing_with_a_blank_line_after_every_line(spacing: str):
    # a converter that writes each line as a paragraph puts a blank line after it (docx2txt)
    r = extract_text(_DATED + _TITLE + _BODY.split("Nơi nhận:")[0] + _TWO_COLUMN_CLOSING.replace("\n", spacing))
    assert (r.signer.authority, r.signer.position, r.signer.name) == ("TM.", "Chủ tịch", "Nguyễn Văn An")


def test_a_body_named_by_a_decision_keeps_that_number_out_across_blank_lines():
    header = """SỞ VĂN HÓA                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh phúc

  THEO QUYẾT ĐỊNH

   SỐ 27/QĐ-SVH                      Bình An, ngày 10 tháng 3 năm 2026



     Số: 31/KH-ĐKT
"""
    r = extract_text(_plan(header))
    assert (r.number.raw, r.number.symbol) == ("31/KH-ĐKT", "KH-ĐKT")
    assert r.date.iso == "2026-03-10"


def test_an_appendix_heading_word_so_is_no_number_cue():
    # no Số cell in the header; the appendix's heading is wrapped after its first word
    # ("SỐ" / "LƯỢNG …") and cites the document's number: no number rather than a cited one
    text = """BAN TUYÊN GIÁO TỈNH BÌNH AN                ĐẢNG CỘNG SẢN VIỆT NAM

HƯỚNG DẪN
Xây dựng đội ngũ báo cáo viên các cấp

- Căn cứ Quy định số 29-QĐ/TW, ngày 13/6/2025 của Ban Bí thư;

I. MỤC ĐÍCH
Nâng cao chất lượng đội ngũ báo cáo viên.

Nơi nhận:
- Các huyện ủy;
- Lưu VP.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Phạm Văn Tâm

PHỤ LỤC
SỐ
LƯỢNG BÁO CÁO VIÊN CẤP XÃ (Kèm theo Hướng dẫn số 12-HD/BTGT, ngày 27/11/2025 của Ban Tuyên giáo Tỉnh ủy)
"""
    r = extract_text(text)
    assert r.number is None or r.number.raw is None


def test_a_table_row_wrapped_by_its_writer_is_one_row():
    # html2text (78 columns) or a PDF's line width cuts a header row; the cells after the cut
    # (the rest of the trích yếu, the date cell) belong to the same row
    text = """| SỞ VĂN HÓA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -
Hạnh phúc --------------- |
|---|---|
| Số: 83/SVH-QLDS V/v hướng dẫn kiểm kê di tích lịch sử văn hóa trên địa bàn
huyện An Lạc năm 2026 | Bình An, ngày 19 tháng 01 năm 2026 |

Kính gửi: Ủy ban nhân dân huyện An Lạc.

Sở Văn hóa hướng dẫn việc kiểm kê di tích như sau:
1. Rà soát danh mục di tích trên địa bàn./.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Lê Văn Hòa
"""
    r = extract_text(text)
    assert r.doc_type.code == "CV" and r.number.raw == "83/SVH-QLDS"
    assert r.date.iso == "2026-01-19" and r.place == "Bình An"
    assert r.title == "hướng dẫn kiểm kê di tích lịch sử văn hóa trên địa bàn huyện An Lạc năm 2026"
    assert r.issuer.name == "Sở Văn hóa"


@pytest.mark.parametrize("note", ["(Thủy, Nho)", "(M.Cường"])
def test_drafter_initials_under_the_archive_item_are_not_the_position(note: str):
    # a page read with its layout (pdfplumber): the drafter's initials stand under "Lưu",
    # indented, between the two columns; the signer's position ends at its own line
    closing = f"""             Nơi nhận:                                KT. GIÁM  ĐỐC
             - Ban Giám đốc Sở;                       PHÓ  GIÁM  ĐỐC
             - Lưu: VT, CN .
                       {note}



                                                      Hoàng Văn Thuân
"""
    r = extract_text(_DATED + _TITLE + _BODY.split("Nơi nhận:")[0] + closing)
    assert (r.signer.authority, r.signer.position, r.signer.name) == ("KT.", "Phó Giám đốc", "Hoàng Văn Thuân")


def test_rows_of_a_table_without_outer_pipes_stay_apart():
    # rows that open with a pipe (an empty first cell) and never close are rows of their own,
    # not one wrapped row: a later row ending with an empty cell does not pull them together
    from pipeline.normalize import normalize

    text = ("TT | Nội dung | Thời gian\n---|---|---\n1 | Lập kế hoạch | 12/2019\n"
            " | Trình phê duyệt kế hoạch | 01/2020\n2 | Tổng kết | 03/2020 |  | \n")
    lines = [ln.strip() for ln in normalize(text).text.splitlines() if ln.strip()]
    assert "| Trình phê duyệt kế hoạch | 01/2020" in lines
    assert any(ln.startswith("2 | Tổng kết") for ln in lines)


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_trich_yeu_stopping_on_a_word_that_waits_for_its_object_goes_on(spacing: str):
    # a paragraph a line (docx2txt, mammoth): the V/v line stops on "thực hiện" and the cited
    # document's name below it opens with a capital; it is still the trích yếu
    head = ["ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "HUYỆN AN LẠC                              Độc lập - Tự do - Hạnh phúc",
            "Số: 215/UBND-VX                  An Lạc, ngày 27 tháng 5 năm 2026",
            "V/v triển khai thực hiện", "Quyết định số 18/2026/QĐ-UBND", "của Ủy ban nhân dân tỉnh",
            "Kính gửi: Các xã, thị trấn.",
            "Thực hiện Quyết định số 18/2026/QĐ-UBND của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện đề nghị:",
            "1. Các xã rà soát, báo cáo trước ngày 30/6/2026./.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Bình"]
    r = extract_text(spacing.join(head) + "\n")
    assert r.doc_type.code == "CV"
    assert r.title == "triển khai thực hiện Quyết định số 18/2026/QĐ-UBND của Ủy ban nhân dân tỉnh"


def test_e_signature_stamp_with_its_first_letters_cut_by_the_scan_is_still_a_stamp():
    # the scan cut the box's left edge: "ý bởi:", "ơ quan:", "hời gian ký:"; its time is the
    # signing time, never the document's date, and its organisation is no issuer line
    stamp = ("ý bởi: Ủy ban nhân dân huyện An Lạc\nơ quan: Ủy ban nhân dân huyện An Lạc\n"
             "hời gian ký: 20.03.2026 14:24:26 +07:00\n")
    r = extract_text(stamp + "\n" + _plan(_HEADER + "Số: 15/KH-UBND\n"))
    assert r.date is None or r.date.iso is None
    assert [s.time[:10] for s in r.e_signatures] == ["2026-03-20"]
    assert r.issuer.name == "Ủy ban nhân dân huyện An Lạc" and r.number.raw == "15/KH-UBND"


def test_running_head_figures_before_the_issuer_are_no_part_of_its_name():
    # a gazette copy whose line breaks were lost: the running head's date and page number run
    # into the issuer's line
    text = ("CÔNG BÁO/Số 238/Ngày 21-04-2026 92 ỦY BAN NHÂN DÂN HUYỆN AN LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 15/KH-UBND An Lạc, ngày 12 tháng 3 năm 2026 "
            "KẾ HOẠCH Tổ chức hội thi tìm hiểu pháp luật năm 2026 Căn cứ Luật Tổ chức chính quyền "
            "địa phương ngày 19 tháng 6 năm 2025; I. MỤC ĐÍCH, YÊU CẦU Nâng cao chất lượng phục vụ "
            "người dân. Nơi nhận: - UBND tỉnh; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thị Bình\n")
    r = extract_text(text)
    assert r.issuer.name == "Ủy ban nhân dân huyện An Lạc"
    assert r.number.raw == "15/KH-UBND" and r.date.iso == "2026-03-12"


@pytest.mark.parametrize("closing", [
    "Nơi nhận: KT. CHỦ TỊCH - Như trên; - UBND tỉnh (b/c); PHÓ CHỦ TỊCH - Sở Văn hóa; "
    "- Lưu: VT, VX (Hà). Trần Thị Bình",
    "Nơi nhận: - Như trên; KT. CHỦ TỊCH - UBND tỉnh (b/c); PHÓ CHỦ TỊCH - Sở Văn hóa; "
    "- Phòng Văn hóa huyện; Trần Thị Bình - Lưu: VT.",
])
def test_closing_that_lost_its_line_breaks(closing: str):
    # a flattened copy: the list's items and the signature's lines run together; the line
    # breaks given back at the cues leave items and signature words on shared lines
    body = " ".join(x.strip() for x in (_DATED + _TITLE + _BODY.split("Nơi nhận:")[0]).splitlines() if x.strip())
    r = extract_text(body + " " + closing + "\n")
    assert (r.signer.authority, r.signer.position, r.signer.name) == ("KT.", "Phó Chủ tịch", "Trần Thị Bình")
    assert "Sở Văn hóa" in r.recipients and not any("CHỦ TỊCH" in x for x in r.recipients)


def test_drawing_object_names_in_header_cells_are_dropped():
    # LibreOffice's HTML export writes a drawing's name into the cell it is anchored in, even
    # inside a word ("SShape1   ố:" for "Số:"); markdownify keeps it
    header = ("| ỦY BAN NHÂN DÂN | | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
              "| **HUYỆN AN LẠC** | | **Độc lập - Tự do - Hạnh phúc** |\n"
              "| SShape1   ố: 15/KH-UBND | | Shape2 *An Lạc, ngày 12 tháng 3 năm 2026* |\n")
    r = extract_text(_plan(header))
    assert r.number.raw == "15/KH-UBND" and r.date.iso == "2026-03-12" and r.place == "An Lạc"
    assert r.issuer.name == "Ủy ban nhân dân huyện An Lạc"


_CUE_ALONE = """BỘ VĂN HÓA                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC DI SẢN                 Độc lập - Tự do - Hạnh phúc
Số:
{line}
V/v hướng dẫn kiểm kê di tích

Kính gửi: Sở Văn hóa tỉnh Bình An

Ngày 03 tháng 7 năm 2025, Cục
nhận được Công văn số 212/SVH-DS của Sở Văn hóa tỉnh Bình An./.

Nơi nhận:
- Như trên;
- Lưu: VT.

CỤC TRƯỞNG

Lê Văn Hòa
"""


def test_number_whose_cue_stands_alone_keeps_the_date_beside_it():
    r = extract_text(_CUE_ALONE.format(line="1178 /CDS-QLDT Hà Nội, ngày 09 tháng 7 năm 2025"))
    assert r.number.raw == "1178/CDS-QLDT"
    assert r.date.iso == "2025-07-09" and r.place == "Hà Nội"


def test_a_sentence_opening_with_its_date_is_never_the_date_line():
    # markdownify of LibreOffice's HTML: the motto and the issuer interleaved, the date cell
    # wrapped; the body's "Ngày 03 tháng 7 năm 2025, Cục" (the line broken after a word) is a
    # sentence opening with its date, never the date line
    text = """|  |  |

BỘ VĂN HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC DI SẢN
VĂN HÓA, Độc lập - Tự do - Hạnh
phúc
VÀ BẢO TÀNG
Số:
1178 /CDS-QLDT Hà Nội, ngày 09 tháng 7
năm 2025
V/v hướng dẫn về công tác kiểm kê
di tích trên địa bàn

Kính gửi: Sở Văn hóa
tỉnh Bình An

Ngày 03 tháng 7 năm 2025, Cục
Di sản văn hóa nhận được Công văn số 212/SVH-DS ngày 03
tháng 7 năm 2025 của Sở Văn hóa tỉnh Bình An./.

Nơi nhận:
- Như trên;
- Lưu: VT.

CỤC TRƯỞNG

Lê Văn Hòa
"""
    r = extract_text(text)
    assert r.number.raw == "1178/CDS-QLDT"
    assert r.date is None or r.date.iso in (None, "2025-07-09")


_FLAT_CLOSING = """Nơi nhận:                                                         KT. CHỦ TỊCH
- Như trên;
- UBND tỉnh (b/c);
PHÓ CHỦ TỊCH
- Các Sở, ngành: Văn hóa, Công Thương,
Tài chính, Thuế tỉnh;
- Lãnh đạo Sở;
- Lưu: VT, QLĐ, KS.
Trần Thị Bình"""


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_signature_lines_alone_between_the_items_after_their_indentation_was_lost(spacing: str):
    # a reader that dropped the right column's indentation: its position line stands alone
    # between the items, the name under the archive item; the archive's codes in capitals
    # ("VT, QLĐ, KS.") are no part of the position
    r = extract_text(_DATED + _TITLE + _BODY.split("Nơi nhận:")[0] + _FLAT_CLOSING.replace("\n", spacing))
    assert (r.signer.authority, r.signer.position, r.signer.name) == ("KT.", "Phó Chủ tịch", "Trần Thị Bình")
    assert "Lãnh đạo Sở" in r.recipients


def test_a_page_of_ocr_debris_inside_the_list_is_not_read_as_a_run_on_closing():
    # the list broken by a page of a scan's debris: the closing stays the list above it, the
    # debris lines (a page marker, letters and marks) never become recipients
    closing = """Nơi nhận: T/M BAN THƯỜNG VỤ
- Các huyện ủy, thị ủy;
- Các đảng ủy trực thuộc;

===== Trang 12 =====
¬ "HH. a
SỐ óãaãaã... Sẽ...
Sẽ... - " SỐ óããaã.... ¬

- Các đồng chí Tỉnh ủy viên;
- Lưu Văn phòng Tỉnh ủy.
"""
    r = extract_text(_DATED + _TITLE + _BODY.split("Nơi nhận:")[0] + closing)
    assert not any("Trang" in x or "SỐ" in x for x in r.recipients)
    assert "Các huyện ủy, thị ủy" in r.recipients


def test_a_wrapped_trich_yeu_word_above_a_blank_line_is_not_the_place():
    # a PDF read cell after cell: the V/v line's last word wrapped alone, a blank line, then the
    # place-date cell with a whole place
    text = """VĂN PHÒNG ỦY BAN NHÂN DÂN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 484/VP-QHQT
V/v tổ chức Hội nghị hợp tác giữa hai tỉnh Bình An -
Lào

Hà Nội, ngày 14 tháng 06 năm 2013

Kính gửi: Sở Ngoại vụ.

Văn phòng đề nghị Sở chuẩn bị nội dung hội nghị./.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHÁNH VĂN PHÒNG

Lê Văn Hòa
"""
    r = extract_text(text)
    assert r.place == "Hà Nội" and r.date.iso == "2013-06-14"


def test_a_place_wrapped_in_its_cell_before_the_date_is_one_place():
    """"*Thành" / "phố Hồ Chí Minh, ngày 25 tháng 11 năm 2025*": the cell's first word alone on a
    line, the rest of the place in small letters on the date's line — one place, not "phố …"."""
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n|\n|\nSố: 4085/UBND-ĐT\n*V/v rà soát dữ liệu số nhà*\n|\n"
        "*Thành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025*\n|\n|\n**Kính gửi:**\n|\n- Sở Xây dựng.\n|\n"
        "Ủy ban nhân dân Thành phố có ý kiến như sau: giao Sở Xây dựng rà soát dữ liệu.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nBùi Xuân Cường\n"
    )
    r = extract_text(text)
    assert r.date.iso == "2025-11-25"
    assert r.place == "Thành phố Hồ Chí Minh"


def test_a_date_in_the_trich_yeu_above_the_date_line_is_the_subjects():
    # a letter's left cell (number, then the trích yếu) written before the right one (place and
    # date), one cell a line: the trích yếu's "từ ngày 01/01/2027" names when the change it is
    # about starts; the document's date is the one after its place
    text = """SỞ Y TẾ
BỆNH VIỆN AN LẠC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 512/BV-KHTH
V/v thay đổi giờ tiếp nhận hồ sơ từ ngày 01/01/2027
TP. An Lạc, ngày 20 tháng 12 năm 2026

Kính gửi: Các khoa, phòng.

Từ ngày 01 tháng 01 năm 2027, giờ tiếp nhận hồ sơ thay đổi như sau.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Trần Văn Bình
"""
    r = extract_text(text)
    assert r.number.raw == "512/BV-KHTH"
    assert r.date.iso == "2026-12-20" and r.place == "TP. An Lạc"


def test_one_line_header_place_is_the_province_named_before_the_date() -> None:
    """A letter's two-column header run together on one line, its V/v ending in a proper noun
    ("… Cảng hàng không Long Thành Hà Nội, ngày …"): the place is the province or city named last
    before the date, not the trích yếu's last words; a level alone before it stays ("Thành phố
    Hồ Chí Minh, ngày …")."""
    one_line = ("VĂN PHÒNG ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                "Số: 312/VP-KT V/v khảo sát tuyến đường nối khu công nghiệp với Cảng hàng không Long Thành "
                "Hà Nội, ngày 05 tháng 3 năm 2026\n")
    body = "\nKính gửi: Sở Xây dựng.\n\nVăn phòng đề nghị Sở Xây dựng khảo sát tuyến đường trước ngày 30/3/2026.\n"
    r = extract_text(one_line + body)
    assert r.place == "Hà Nội"
    assert r.date is not None and r.date.iso == "2026-03-05"
    city = one_line.replace("Hà Nội, ngày", "Thành phố Hồ Chí Minh, ngày")
    assert extract_text(city + body).place == "Thành phố Hồ Chí Minh"


@pytest.mark.parametrize(("cell", "raw"), [("Số 12-CTr/TU", "12-CTr/TU"), ("Số        -CTr/TU", "-CTr/TU")])
def test_one_line_party_header_reads_its_number_without_a_colon(cell: str, raw: str) -> None:
    """A Party committee's header run together on one line ("TỈNH ỦY A * Số 12-CTr/TU ĐẢNG CỘNG
    SẢN VIỆT NAM A, ngày …"): its number, written without a colon (and left blank for the clerk,
    keeping its hyphen), is the number cell, and no part of the issuer."""
    head = f"TỈNH ỦY HÒA BÌNH * {cell} ĐẢNG CỘNG SẢN VIỆT NAM Hòa Bình, ngày 05 tháng 8 năm 2026\n"
    r = extract_text(head + "\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW\n\nI. MỤC TIÊU\nNâng cao hiệu quả.\n")
    assert r.number is not None and r.number.raw == raw
    assert r.issuer is not None and r.issuer.name == "Tỉnh ủy Hòa Bình"


def test_issuer_cell_run_together_after_a_province_name_is_parent_and_body() -> None:
    """A two-level issuer whose line break was lost, the parent's name ending with its province
    written without a level ("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÒA BÌNH TRƯỜNG THPT …"): the parent, then
    the body — as when the two stand on lines of their own; a body named with its province alone
    stays one ("CÔNG AN TỈNH HÒA BÌNH")."""
    tail = ("\nSố: 12/KH-THPT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hòa Bình, ngày 05 tháng 8 năm 2026\n" + _TITLE + _BODY)
    r = extract_text("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÒA BÌNH TRƯỜNG THPT LẠC SƠN" + tail)
    assert r.issuer is not None
    assert (r.issuer.name, r.issuer.parent) == ("Trường THPT Lạc Sơn", "Sở Giáo dục và Đào tạo Hòa Bình")
    one = extract_text("CÔNG AN TỈNH HÒA BÌNH" + tail)
    assert one.issuer is not None and (one.issuer.name, one.issuer.parent) == ("Công an tỉnh Hòa Bình", None)


def test_one_line_header_number_after_a_long_issuer_name() -> None:
    """A board named by its whole remit, its header run together on one line ("UBND TỈNH A BAN
    CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, … Số: /BCĐ V/v …"): the cue with its colon opens the
    number cell after capitals of any length (left blank for the clerk too)."""
    head = ("UBND TỈNH HÒA BÌNH BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI "
            "SỐ CỦA TỈNH Số:            /BCĐ V/v báo cáo kết quả thực hiện các mô hình điểm CỘNG HÒA XÃ HỘI "
            "CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hòa Bình, ngày       tháng 5 năm 2026\n")
    r = extract_text(head + "Kính gửi: Các sở, ban, ngành tỉnh.\nBan Chỉ đạo đề nghị các sở báo cáo kết quả.\n")
    assert r.number is not None and r.number.raw == "/BCĐ"
