"""Nơi nhận lists a converter bent out of shape (synthetic letters of an invented province): the
signature's image set between two items, the dashes lost with each item closed by its ';', a
note's bracket left on the line of the next item."""

from __future__ import annotations

from pipeline.extractor import extract_text

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 31/UBND-VX\nV/v tổ chức Tháng hành động\n\nHà An, ngày 06 tháng 3 năm 2026\n\n"
        "Kính gửi: Sở Y tế\n\nỦy ban nhân dân tỉnh đề nghị Sở Y tế tổ chức Tháng hành động năm 2026.\n\n")


def test_the_list_goes_on_after_a_signature_image_set_inside_it():
    closing = ("Nơi nhận:\n\n- Như trên;\n\n- Bộ Y tế;\n\n- Thường trực Tỉnh ủy;\n\n"
               "==> picture [136 x 137] intentionally omitted <==\n\n"
               "----- Start of picture text -----<br>\nKT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>Lê Văn An<br>"
               "----- End of picture text -----<br>\n\n"
               "- Thường trực HĐND tỉnh;\n\n- Sở Tài chính;\n\n- Lưu: VT.\n")
    r = extract_text(HEAD + closing)
    assert r.recipients == ["Sở Y tế", "Bộ Y tế", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Sở Tài chính"]
    assert r.signer is not None and r.signer.name == "Lê Văn An"
    # a list closed by its archive item before the signature takes nothing after it
    closed = closing.replace("- Thường trực Tỉnh ủy;", "- Thường trực Tỉnh ủy;\n\n- Lưu: VT.")
    assert extract_text(HEAD + closed).recipients == ["Sở Y tế", "Bộ Y tế", "Thường trực Tỉnh ủy"]


def test_items_without_dashes_closed_by_semicolons_are_joined_where_wrapped():
    closing = ("Nơi nhận:\n Đ/c Trần Văn Bình, Ủy viên Ban Thường vụ\nTỉnh ủy, Trưởng Ban Dân vận;\n"
               " Bộ Y tế;                                 (để b/c)\n Ban Dân vận Tỉnh ủy;\n"
               " Các huyện, thị đoàn trực thuộc để (t/h);\n Lưu VP.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n")
    assert extract_text(HEAD + closing).recipients == ["Sở Y tế",
        "Đ/c Trần Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận",
        "Bộ Y tế",
        "Ban Dân vận Tỉnh ủy",
        "Các huyện, thị đoàn trực thuộc",
    ]
