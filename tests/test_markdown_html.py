"""Marks a converter or a scan left around the text. HTML a transcriber left inside markdown
('<p align="center"><strong>KẾ HOẠCH</strong></p>'): the styling tags go and a line break tag
parts the lines, so the header reads as printed."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

_DOC = (
    '<p align="center"><strong>ỦY BAN NHÂN DÂN TỈNH HÀ AN</strong><br><strong>SỞ DU LỊCH</strong></p>\n'
    '<p align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br/><strong>Độc lập – Tự do – '
    "Hạnh phúc</strong></p>\n\n"
    '<p align="center"><strong>Số: 50/KH-SDL</strong></p>\n'
    '<p align="center"><em>Hà An, ngày 19 tháng 01 năm 2026</em></p>\n\n'
    '<p align="center"><strong>KẾ HOẠCH</strong></p>\n'
    '<p align="center"><strong>Phát triển du lịch cộng đồng năm 2026</strong></p>\n\n'
    "<b>I. TỔ CHỨC THỰC HIỆN</b>\n"
    "1. Phòng Quản lý lữ hành chủ trì xây dựng bộ tiêu chí, hoàn thành trước ngày 31/3/2026.\n\n"
    '<p align="right"><strong>GIÁM ĐỐC</strong></p>\n<br>\n<p align="right"><strong>Lê Văn An</strong></p>\n'
)


def test_styling_tags_go_and_a_break_parts_the_lines() -> None:
    text = normalize(_DOC).text
    assert "<" not in text
    assert "ỦY BAN NHÂN DÂN TỈNH HÀ AN\nSỞ DU LỊCH" in text
    assert "Số: 50/KH-SDL" in text


def test_a_header_set_out_in_tags_is_read() -> None:
    rec = extract_text(_DOC)
    assert rec.number is not None and rec.number.raw == "50/KH-SDL"
    assert rec.date is not None and rec.date.iso == "2026-01-19"
    assert rec.doc_type is not None and rec.doc_type.code == "KH"
    assert rec.title == "Phát triển du lịch cộng đồng năm 2026"
    assert rec.signer is not None and rec.signer.name == "Lê Văn An"
    assert [u.name for u in rec.responsible_units] == ["Phòng Quản lý lữ hành"]


def test_angle_brackets_of_ordinary_text_stay() -> None:
    assert "tỷ lệ <5% và >2%" in normalize("Giữ tỷ lệ <5% và >2% trong năm.\n").text


def test_a_margin_mark_before_the_number_cell_goes() -> None:
    """"_ Số:30 /CT-TTg Hà Nội, ngày …": a mark a scan's margin left before the number cell is no
    part of the line; the cell is read."""
    doc = ("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "_ Số:30 /CT-TTg Hà Nội, ngày 06 tháng 10 năm 2025\nCHỈ THỊ\nVề việc bảo đảm cung ứng than\n"
           "Các bộ, ngành thực hiện nghiêm Chỉ thị này.\n")
    rec = extract_text(doc)
    assert rec.number is not None and rec.number.raw == "30/CT-TTg"
    assert rec.date is not None and rec.date.iso == "2025-10-06"


def test_a_misread_noi_nhan_behind_a_margin_mark_opens_the_closing() -> None:
    """"_ Wơi nhận:": the list's cue with a mark before it (dropped) and its capital misread (read
    as the label: normalization changes no letter)."""
    assert normalize("Nội dung.\n_ Wơi nhận:\n- Như trên;\n").text == "Nội dung.\nWơi nhận:\n- Như trên;\n"
    assert normalize("_Nơi nhận:_ - Như trên;\n").text == "Nơi nhận: - Như trên;\n"  # (emphasis, no mark)
    doc = ("BỘ XÂY DỰNG\nSố: 12/BXD-KHTC\nHà Nội, ngày 02 tháng 10 năm 2025\nV/v góp ý dự thảo Luật\n"
           "Kính gửi: Bộ Tài chính.\nBộ Xây dựng đề nghị Bộ Tài chính tiếp thu ý kiến./.\n"
           "_ Wơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn An\n")
    rec = extract_text(doc)
    assert rec.recipients == ["Bộ Tài chính"] and rec.signer is not None and rec.signer.name == "Nguyễn Văn An"


def test_a_number_whose_cue_or_dash_was_lost_is_read() -> None:
    """"37/TB-VPCP Hà Nội, ngày …" under the motto (a scan's OCR lost "Số:"): a whole number
    opening a header line, its symbol a type's code and an issuer's; "Số: 98 KH/TWĐTNBTC" (a
    converter dropped the dash of a Party-style number): the dash the space stands for."""
    for line in ("37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025", "\n37/TB-VPCP\nHà Nội, ngày 05 tháng 10 năm 2025"):
        rec = extract_text("VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                           f"{line}\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại cuộc họp\nBộ Y tế chủ trì thực hiện.\n")
        assert rec.number is not None and rec.number.raw == "37/TB-VPCP", line
    rec = extract_text("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 98 KH/TWĐTNBTC\n"
                       "Hà Nội, ngày 06 tháng 7 năm 2023\nKẾ HOẠCH\nTriển khai phần mềm quản lý đoàn viên\n"
                       "I. TỔ CHỨC THỰC HIỆN\n1. Ban Tổ chức chủ trì triển khai.\n")
    assert rec.number is not None and (rec.number.raw, rec.number.seq, rec.number.symbol) == (
        "98-KH/TWĐTNBTC", "98", "KH/TWĐTNBTC")


_UNION_HEAD = "BAN CHẤP HÀNH TRUNG ƯƠNG\n\n   ĐOÀN TNCS HỒ CHÍ MINH\n\n"
_UNION_BODY = ("Hà Nội, ngày 14 tháng 10 năm 2022\nKẾ HOẠCH\nTổ chức cuộc thi tuyên truyền viên\n"
               "I. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo chủ trì triển khai.\n")


def test_a_party_style_number_glued_or_left_blank_without_its_dash() -> None:
    """A Youth Union number whose dash a converter dropped: glued to the sequence
    ("10804CV/TWĐTNBTG") it is kept as printed, the sequence read; left blank for the clerk
    ("Số:      KH/TWĐTNBTG") the symbol keeps its type's code. The Union's own name on a line
    of its own stands where a motto does: the issuer is the body above it."""
    rec = extract_text(_UNION_HEAD + "Số: 10804CV/TWĐTNBTG\n" + _UNION_BODY)
    assert rec.number is not None and (rec.number.raw, rec.number.seq, rec.number.symbol) == (
        "10804CV/TWĐTNBTG", "10804", "CV/TWĐTNBTG")
    assert rec.issuer is not None and (rec.issuer.name, rec.issuer.parent) == ("Ban Chấp hành Trung ương", None)
    rec = extract_text(_UNION_HEAD + "Số:          KH/TWĐTNBTG\n" + _UNION_BODY)
    assert rec.number is not None and (rec.number.raw, rec.number.seq, rec.number.symbol) == (
        "KH/TWĐTNBTG", None, "KH/TWĐTNBTG")
    # (a state number's code that is no type's stays: "UBND-VP" is no "KH/…")
    rec = extract_text("ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\nSố: 12/UBND-VP\n" + _UNION_BODY)
    assert rec.number is not None and rec.number.raw == "12/UBND-VP"


def test_ocr_damage_to_a_type_code_and_the_date_cue() -> None:
    """OCR lost the bar of a type's code ("QD-TTg": no type's code, "QĐ" is) and the mark of the
    date's cue, glued to the day ("ngay06"): both read, the day too; "HD" is a type of its own."""
    head = "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    rec = extract_text(head + "Số: 179 /QD-TTg Hà Nội, ngay06 tháng 10 năm 2025\nQUYẾT ĐỊNH\nVề việc phân công\n"
                       "Điều 1. Phân công nhiệm vụ.\nĐiều 2. Quyết định này có hiệu lực.\n")
    assert rec.number is not None and (rec.number.raw, rec.number.symbol) == ("179/QĐ-TTg", "QĐ-TTg")
    assert rec.date is not None and rec.date.iso == "2025-10-06"
    rec = extract_text(head.replace("THỦ TƯỚNG CHÍNH PHỦ", "BỘ Y TẾ") + "Số: 12/HD-BYT\nHà Nội, ngày 06 tháng 10 năm 2025\n"
                       "HƯỚNG DẪN\nThực hiện phòng chống dịch\n")
    assert rec.number is not None and rec.number.symbol == "HD-BYT"


def test_a_converters_backslash_break_and_a_quoted_name_after_a_blank_line() -> None:
    """"BAN CHẤP HÀNH TRUNG ƯƠNG  \\\\\\  Số: …" in a cell: the backslashes a Word converter left for
    the line break are no part of the issuer; a trích yếu that stops before the programme's name
    in quotes, set apart by a blank line, goes on into it."""
    doc = ("| BAN CHẤP HÀNH TRUNG ƯƠNG  \\\\\\  Số: 389 KH/TWĐTNVP | ĐOÀN TNCS HỒ CHÍ MINH    Hà Nội, ngày 24 tháng 6 năm 2021 |\n\n"
           "KẾ HOẠCH\n\nVề việc tổ chức chương trình\n\n“Triệu cây xanh  Vì một Việt Nam xanh” năm 2021\n\n\n"
           "I. MỤC ĐÍCH, YÊU CẦU\n1. Tuyên truyền, vận động đoàn viên tham gia.\n")
    rec = extract_text(doc)
    assert rec.issuer is not None and rec.issuer.name == "Ban Chấp hành Trung ương"
    assert rec.title == "Về việc tổ chức chương trình “Triệu cây xanh Vì một Việt Nam xanh” năm 2021"


def test_a_received_stamp_read_under_the_trich_yeu_is_no_part_of_it() -> None:
    """A letter's "V/v …" over the received stamp a scan's OCR read before "Kính gửi" ("… ĐIỆN TỬ
    CHÍNH PHỦ / Giờ:... / Ngày. … 2025…"): the stamp's fields, a label and the clerk's dots, end
    the trích yếu; one whose next block is a lower-case line of its own still goes on."""
    head = ("VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 97/VPCP-CN Hà Nội, ngày 10 tháng 10 năm 2027\nV/v Đề án chuyển đổi số trong hoạt động\n"
            "xây dựng, quản lý, khai thác kết cấu\nhạ tầng xây dựng\n\n")
    body = "Kính gửi: Bộ trưởng Bộ Xây dựng.\n\nXét đề nghị của Bộ Xây dựng, Phó Thủ tướng có ý kiến như sau.\n"
    rec = extract_text(head + "conor Ti CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nĐẾN Giờ:... .&...\nNgày. Aol. 40. 2027...\n\n" + body)
    assert rec.title == "Đề án chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng xây dựng"
    rec = extract_text(head.replace("hạ tầng xây dựng\n\n", "hạ tầng xây dựng\n\nvà đô thị\n\n") + body)
    assert rec.title is not None and rec.title.endswith("hạ tầng xây dựng và đô thị")
