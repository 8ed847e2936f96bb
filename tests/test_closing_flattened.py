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
