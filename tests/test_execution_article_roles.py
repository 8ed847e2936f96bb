"""Execution articles of ministries' and groups' decisions: synthetic documents.

- "Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ": heads of kinds named in turn, each over its
  own kind, the list's tail shared;
- "Thủ trưởng các đơn vị sản xuất, đơn vị trực thuộc": each kind repeats the noun with its own
  qualifier, so the role goes with each;
- "Người đại diện phần vốn … tại các Công ty con, Công ty liên kết": a representative is a role
  of its own after a comma, and the places it sits in are one plural, not units.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

HEAD = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 310/QĐ-BNNMT
Hà Nội, ngày 04 tháng 5 năm 2031
QUYẾT ĐỊNH
Về việc ban hành danh mục dữ liệu dùng chung
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Căn cứ Nghị định số 35/2030/NĐ-CP ngày 01 tháng 3 năm 2030 của Chính phủ quy định chức năng, nhiệm vụ của Bộ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này danh mục dữ liệu dùng chung.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""

MINISTRY = HEAD + """Điều 3. Chánh Văn phòng Bộ, Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ Nông nghiệp và Môi trường, Giám đốc Sở Nông nghiệp và Môi trường các tỉnh chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Bình
"""

GROUP = HEAD.replace("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 310/QĐ-BNNMT", "TỔNG CÔNG TY CÀ PHÊ TÂY NGUYÊN\nSố: 310/QĐ-TCT") + """Điều 3. Tổng giám đốc, Thủ trưởng các đơn vị sản xuất, đơn vị trực thuộc, Người đại diện phần vốn của Tổng công ty tại các Công ty con, Công ty liên kết chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. HỘI ĐỒNG THÀNH VIÊN
CHỦ TỊCH
Lê Văn Tâm
"""


def _units(text: str) -> list[str]:
    return [u.name for u in extract_text(text).responsible_units]


def test_heads_of_kinds_named_in_turn() -> None:
    units = _units(MINISTRY)
    assert "Vụ trưởng các Vụ thuộc Bộ Nông nghiệp và Môi trường" in units
    assert "Cục trưởng các Cục thuộc Bộ Nông nghiệp và Môi trường" in units
    assert "Chánh Văn phòng Bộ" in units
    assert not any(u in {"Vụ trưởng", "Cục trưởng các Vụ"} for u in units)


def test_role_over_kinds_that_repeat_their_noun_after_cac() -> None:
    units = _units(GROUP)
    assert "Thủ trưởng các đơn vị sản xuất" in units
    assert "Thủ trưởng các đơn vị trực thuộc" in units


def test_representative_is_a_role_and_its_places_one_plural() -> None:
    units = _units(GROUP)
    assert "Người đại diện phần vốn của Tổng công ty tại các Công ty con, Công ty liên kết" in units
    assert not any(u.startswith("Công ty liên kết") for u in units)


def test_persons_a_rule_charges_by_their_standing() -> None:
    text = HEAD.replace("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", """Điều 2. Tổ chức thực hiện
1. Sở Nông nghiệp và Môi trường các tỉnh có trách nhiệm hướng dẫn việc cập nhật dữ liệu.
2. Người sử dụng lao động có trách nhiệm cung cấp dữ liệu về người lao động.
3. Người nộp thuế chịu trách nhiệm về tính chính xác của dữ liệu kê khai.""")
    units = _units(text)
    assert "Người sử dụng lao động" in units
    assert "Người nộp thuế" in units


def test_bare_role_slashed_before_a_role_placed_in_bodies_heads_those_bodies() -> None:
    text = GROUP.replace(
        "Điều 3. Tổng giám đốc, Thủ trưởng các đơn vị sản xuất, đơn vị trực thuộc, Người đại diện phần vốn của Tổng công ty tại các Công ty con, Công ty liên kết chịu trách nhiệm",
        "Điều 3. Tổng giám đốc, Thủ trưởng/Người đại diện phần vốn của Tổng công ty tại các đơn vị có liên quan chịu trách nhiệm",
    )
    units = _units(text)
    assert "Thủ trưởng các đơn vị có liên quan" in units
    assert "Người đại diện phần vốn của Tổng công ty tại các đơn vị có liên quan" in units


def test_parallel_roles_over_plurals_share_the_body_said_after_the_last() -> None:
    text = HEAD + """Điều 3. Chánh Văn phòng Bộ, Vụ trưởng các Vụ, Cục trưởng các Cục thuộc Bộ Nông nghiệp và Môi trường chịu trách nhiệm thi hành Quyết định này.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Bình
"""
    units = _units(text)
    assert "Vụ trưởng các Vụ thuộc Bộ Nông nghiệp và Môi trường" in units
    assert "Cục trưởng các Cục thuộc Bộ Nông nghiệp và Môi trường" in units


def test_a_persons_standing_in_small_letters_explaining_a_rule_is_no_unit() -> None:
    text = HEAD.replace("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", """Điều 2. Tổ chức thực hiện
1. Sở Nông nghiệp và Môi trường các tỉnh có trách nhiệm hướng dẫn việc cập nhật dữ liệu.
2. Theo các quy định nói trên, người đại diện phần vốn có trách nhiệm thực hiện các quyền được ủy quyền.""")
    units = _units(text)
    assert "Sở Nông nghiệp và Môi trường các tỉnh" in units
    assert not any(u.startswith("Người đại diện") for u in units)
