"""Classes of bodies named by their function or their rank ("các cơ quan quản lý cấp trên",
"các đơn vị quản lý tài sản"): "quản lý" is no verb there and "cấp trên" (the superior level) no
"trên" pointing back at bodies named before — the class is the unit; "các đơn vị nêu trên" still
points back."""

from __future__ import annotations

from synthetic_docs import plan

from pipeline.extractor import extract_text


def _units(body: str) -> list[str]:
    return [u.name for u in extract_text(plan(body, title="Kiểm kê tài sản công",
                                              lead="1. Sở Tài chính\n\n- Chủ trì hướng dẫn kiểm kê.\n\n")).responsible_units]


def test_a_class_named_by_rank_and_function_is_a_unit() -> None:
    names = _units("2. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu):\n\n"
                   "- Đôn đốc, hướng dẫn các đơn vị cấp dưới thực hiện kiểm kê.\n\n"
                   "3. Các đơn vị quản lý tài sản\n\n- Thực hiện kiểm kê tài sản do mình quản lý.\n")
    assert "Các cơ quan quản lý cấp trên" in names
    assert "Các đơn vị quản lý tài sản" in names


def test_units_named_before_are_pointed_back_at() -> None:
    names = _units("2. Các đơn vị nêu trên báo cáo kết quả về Sở Tài chính.\n")
    assert not any("nêu trên" in n for n in names)


def test_a_name_ends_at_the_one_syllable_verb_of_review() -> None:
    # "… các đơn vị trực thuộc thành phố xét, trình …": "xét" is the task's verb; in "Hội đồng
    # xét tặng danh hiệu" it is part of the council's name
    names = _units("2. Các sở, ban, ngành, các đơn vị trực thuộc thành phố xét, trình Ủy ban nhân dân thành phố "
                   "đề nghị tặng danh hiệu.\n\n3. Hội đồng xét tặng danh hiệu có trách nhiệm thẩm định hồ sơ.\n")
    assert "Các đơn vị trực thuộc thành phố" in names
    assert "Hội đồng xét tặng danh hiệu" in names
