"""Where a responsible unit's name begins and ends, on synthetic text: a domain whose dash a
writer left out is still one name, and a role over a singular head distributes over the fields
after its colon."""

from __future__ import annotations

from corpus_files import segment_text

from pipeline import bodies
from pipeline.extract.units import _split_units, extract_responsible_units
from pipeline.provenance import Prov

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 30/2026/QĐ-UBND\nHà An, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc phê duyệt đề án\n\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ AN\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\n"
    "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt đề án kèm theo Quyết định này.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
)
_TAIL = "\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"


def _exec_units(article: str) -> list[str]:
    doc = segment_text(_HEAD + "Điều 3. " + article + _TAIL)
    return [u["name"] for u in extract_responsible_units(doc, Prov())]


def test_a_domain_without_its_dash_is_still_one_protected_name() -> None:
    s = "Sở Lao động Thương binh và Xã hội, Sở Y tế"
    spans = bodies.protected_spans(s)
    assert spans and s[spans[0][0] : spans[0][1]] == "Lao động Thương binh và Xã hội"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Sở Lao động Thương binh và Xã hội", "Sở Y tế"]


def test_a_plural_head_distributes_over_a_dashless_domain() -> None:
    names = _exec_units(
        "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Lao động Thương binh và Xã hội, Nội vụ; "
        "Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./."
    )
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Lao động Thương binh và Xã hội",
                     "Giám đốc Sở Nội vụ", "Chủ tịch Ủy ban nhân dân các xã"]


def test_a_role_over_a_singular_head_distributes_over_the_fields_after_its_colon() -> None:
    names = _exec_units(
        "Chánh Văn phòng UBND tỉnh; Giám đốc Sở: Tư pháp, Khoa học và Công nghệ; Chủ tịch UBND cấp xã "
        "chịu trách nhiệm thi hành Quyết định này./."
    )
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tư pháp",
                     "Giám đốc Sở Khoa học và Công nghệ", "Chủ tịch Ủy ban nhân dân cấp xã"]


def test_a_role_over_named_bodies_keeps_each_body() -> None:
    names = _exec_units("Giám đốc: Trung tâm Y tế, Trung tâm Văn hóa; Sở Tư pháp chịu trách nhiệm thi hành "
                        "Quyết định này./.")
    assert names == ["Giám đốc Trung tâm Y tế", "Giám đốc Trung tâm Văn hóa", "Sở Tư pháp"]
