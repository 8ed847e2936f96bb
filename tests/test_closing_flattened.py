"""Signature cells a converter flattened onto one table row (synthetic documents of invented
bodies): two titles run together, a name with a syllable set apart around its vowel."""

from __future__ import annotations

from pipeline.extractor import extract_text

HEAD = """ỦY BAN NHÂN DÂN TỈNH SÔNG LAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 77/QĐ-UBND | Sông Lam, ngày 3 tháng 4 năm 2027 |

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

"""


def test_name_with_a_syllable_set_apart_in_a_flattened_cell():
    r = extract_text(HEAD + "| Nơi nhận: - Như Điều 2; - Sở Tư pháp; - Lưu: VT. | CHỦ TỊCH Tr ịnh Văn Khải |\n|---|---|\n")
    assert r.signer.name == "Trịnh Văn Khải" and r.signer.position == "Chủ tịch"
    assert "Sở Tư pháp" in r.recipients


def test_two_titles_run_together_the_signer_is_the_last():
    r = extract_text(HEAD + "| Nơi nhận: - Như Điều 2; - Lưu: VT. | TRƯỞNG BAN PHÓ CHỦ TỊCH Hồ Thị Lan |\n|---|---|\n")
    assert r.signer.name == "Hồ Thị Lan" and r.signer.position == "Phó Chủ tịch"


def test_note_after_an_items_semicolon_is_not_the_next_item():
    r = extract_text(HEAD + "Nơi nhận:                                   CHỦ TỊCH\n"
                            "- Bộ Tư pháp; (báo cáo) - Thường trực Tỉnh ủy; (báo cáo) - Sở Nội vụ;\n"
                            "- Lưu: VT.\n                                            Lê Văn Hòa\n")
    assert r.recipients == ["Bộ Tư pháp", "Thường trực Tỉnh ủy", "Sở Nội vụ"]


def test_the_title_run_into_the_authority_line_is_the_signers() -> None:
    """"KT. CHỦ TỊCH PHÓ CHỦ TỊCH" / "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG" on one line (a scan read across
    the block): the head acted for, then the signer's own title; a body whose name holds a title
    ("T/M BAN BÍ THƯ") gives none."""
    for line, position in (("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Phó Chủ tịch"),
                           ("TL. CHỦ TỊCH CHÁNH VĂN PHÒNG", "Chánh Văn phòng"),
                           ("T/M BAN BÍ THƯ", None)):
        r = extract_text(HEAD + f"Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n{line}\n\nHồ Thị Lan\n")
        assert r.signer.name == "Hồ Thị Lan" and r.signer.position == position, line


def test_a_body_whose_name_holds_a_title_keeps_it_the_signers_title_ends_the_cell():
    # "TM. BAN BÍ THƯ …  BÍ THƯ": the body signed for holds a position's words; the signer's
    # own title is the one the cell's line ends with, before the signed mark and the name
    r = extract_text(HEAD + "| Nơi nhận: Như trên; Lưu VP. | TM. BAN BÍ THƯ TỈNH ĐOÀN  BÍ THƯ    (Đã ký)  Trần Văn Nam |\n"
                            "|---|---|\n")
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Trần Văn Nam", "Bí thư", "TM.")


def test_a_mark_between_the_label_and_the_signature_column_and_unmarked_titles():
    # OCR read a mark between "Nơi nhận:" and the column beside it, and the titles without
    # their marks: the authority opens the signature column all the same, the deputy's title
    # after the item's "; :" is the signer's, its marks from the lexicon
    r = extract_text(HEAD + "Nơi nhận: ; KT. CHU TICH\n- Như Điều 2; : PHO CHU TICH\n- Sở Tư pháp;\n- Lưu: VT.\n\n"
                            "Hồ Văn Khải\n")
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Hồ Văn Khải", "Phó Chủ tịch", "KT.")
    assert r.recipients == ["Sở Tư pháp"]


def test_a_seal_read_between_the_title_and_the_name_is_no_part_of_the_block():
    # OCR read the seal over the signature: junk and its rim's words a line each between the
    # signer's title and the name, a star before the name
    closing = ("Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n08\nC\nỦY BAN\nNHÂN DÂN\n"
               "TỈNH SÔNG LAM\n* Hồ Thị Lan\n")
    r = extract_text(HEAD + closing)
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Hồ Thị Lan", "Phó Chủ tịch", "KT.")
    # without the junk a line in capitals there is the title wrapped, and a dash before a name
    # is a list's item, no signer's
    r = extract_text(HEAD + closing.replace("08\nC\n", ""))
    assert r.signer is None or r.signer.name != "Hồ Thị Lan"


def test_a_bare_signed_mark_between_the_title_and_the_name_in_one_cell():
    # "… BÍ THƯ THƯỜNG TRỰC Đã ký Bùi …": the cell's lines run together, the mark without its
    # brackets; the signer's title is the last of the positions (the body's name holds one)
    r = extract_text(HEAD + "| Nơi nhận: Như trên; Lưu VP. | TM. BAN BÍ THƯ TỈNH ĐOÀN  BÍ THƯ THƯỜNG TRỰC  Đã ký  Bùi Văn Huy |\n"
                            "|---|---|\n")
    assert (r.signer.name, r.signer.authority) == ("Bùi Văn Huy", "TM.")
    assert r.signer.position.casefold() == "bí thư thường trực"


def test_a_heads_joint_title_on_the_authority_line_is_not_the_deputys():
    # "KT. BỘ TRƯỞNG, CHỦ NHIỆM" run into the Nơi nhận label, the deputy's own title lost: the
    # comma joins one head's two titles, so the signer's position is unknown
    r = extract_text(HEAD + "Nơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n\n- Như trên;\n\n- Lưu: VT, CN.\n\nNguyễn Văn Hiệp\n")
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Nguyễn Văn Hiệp", None, "KT.")


def test_a_name_after_the_list_below_what_ocr_left_of_the_title():
    # the signature's column read as debris after the list ("154 ` [RƯỚN: G, CHU NHIỆM. :"):
    # the name under it is the signer's, without a position
    r = extract_text(HEAD + "Nơi nhận: 154 ` [RƯỚN: G, CHU NHIỆM. :\n- Như trên;\n- Sở Tư pháp;\n- Lưu: VT, CN.\n\n"
                            "Nguyễn Văn Hiệp\n")
    assert (r.signer.name, r.signer.position) == ("Nguyễn Văn Hiệp", None)
