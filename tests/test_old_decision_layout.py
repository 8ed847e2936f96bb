"""An older decision as a legal site scrapes it, its header lost: the type line, a trích yếu in
small letters wrapped over two lines, the authority line in capitals right under it (no blank
line), article labels alone on a line with their text after a colon on the next ("Điều 1" /
": …"), a word split after its capital ("Ủ" / "y ban"), and the old execution formula ("Các
ông: Chánh VP UBND tỉnh, … căn cứ Quyết định thi hành./."). Synthetic, invented bodies."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

DECISION = """QUYẾT ĐỊNH
Về việc chuyển giao nhiệm vụ quản lý bến thủy nội địa
từ Sở Giao thông vận tải sang Sở Xây dựng để quản lý
ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC
Căn cứ Luật Tổ chức HĐND và UBND (sửa đổi) ngày 21/06/1994;
Căn cứ Quyết định số: 245/QĐ-TTg ngày 21/12/1998 của Thủ tướng Chính phủ;
QUYẾT ĐỊNH:
Điều 1
: Chuyển giao nhiệm vụ quản lý bến thủy nội địa sang Sở Xây dựng.
Điều 2
: Sở Xây dựng hướng dẫn
Ủ
y ban nhân dân cấp huyện quản lý bến thủy nội địa.
Điều 3
: Quyết định này có hiệu lực kể từ ngày ký.
Điều 4
: Các ông: Chánh VP UBND tỉnh, Giám đốc Sở Giao thông vận tải, Giám đốc Sở Xây dựng, Chủ tịch UBND các huyện căn cứ Quyết định thi hành./.
"""


def test_broken_lines_are_joined_without_a_space():
    text = normalize(DECISION).text
    assert "Điều 1: Chuyển giao" in text and "Điều 4: Các ông" in text
    assert "\nỦy ban nhân dân cấp huyện quản lý" in text


def test_title_ends_at_the_authority_line_and_gives_the_issuer():
    r = extract_text(DECISION)
    assert r.doc_type.code == "QĐ"
    assert r.title == ("Về việc chuyển giao nhiệm vụ quản lý bến thủy nội địa từ Sở Giao thông vận tải "
                       "sang Sở Xây dựng để quản lý")
    assert r.issuer is not None and r.issuer.name == "Ủy ban nhân dân tỉnh Sông Bạc"


def test_the_old_execution_formula_names_its_units():
    names = [u.name for u in extract_text(DECISION).responsible_units]
    for n in ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Giao thông vận tải", "Giám đốc Sở Xây dựng",
              "Chủ tịch Ủy ban nhân dân các huyện"):
        assert n in names
    assert not any(n.startswith("Các ông") for n in names)


def test_a_bracket_that_qualifies_a_laws_name_keeps_its_date():
    lb = extract_text(DECISION).legal_bases[0]
    assert lb.title == "Luật Tổ chức HĐND và UBND (sửa đổi)" and lb.date == "1994-06-21"


def test_a_body_with_its_bare_level_ends_before_the_verb():
    r = extract_text(DECISION.replace("Sở Xây dựng hướng dẫn", "Giao Ủy ban nhân dân tỉnh chỉnh sửa quy trình;"))
    names = [u.name for u in r.responsible_units]
    assert not any("chỉnh sửa" in n for n in names)


def test_a_ground_glued_to_the_authority_line_is_set_apart():
    # "ỦY BAN NHÂN DÂN TỈNH SÔNG BẠCCăn cứ Luật …": the converter dropped the break
    text = DECISION.replace("ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC\nCăn cứ", "ỦY BAN NHÂN DÂN TỈNH SÔNG BẠCCăn cứ")
    assert "SÔNG BẠC\nCăn cứ" in normalize(text).text
    r = extract_text(text)
    assert r.title is not None and not r.title.endswith("SÔNG BẠC")
    assert r.legal_bases[0].title.startswith("Luật Tổ chức HĐND và UBND")


def test_giao_trach_nhiem_assigns_the_body_after_it():
    r = extract_text(DECISION.replace("Sở Xây dựng hướng dẫn",
                                      "Giao trách nhiệm Sở Xây dựng chủ trì, phối hợp với Sở Nội vụ hướng dẫn"))
    assert "Sở Xây dựng" in [u.name for u in r.responsible_units]
