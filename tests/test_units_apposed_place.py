"""A place written small after a comma says where the body before it is ("Hiệp hội Du lịch,
tỉnh Hà An và Hiệp hội Ẩm thực tỉnh Hà An"): it belongs to that body's name, it is no unit of
its own — while two places side by side ("Thành phố A, tỉnh B đẩy nhanh …") stay two units."""

from __future__ import annotations

from synthetic_docs import plan

from pipeline.extractor import extract_text


def _units(body: str) -> list[str]:
    return [u.name for u in extract_text(plan(body, title="Phát triển du lịch biển",
                                              lead="1. Sở Du lịch\n\n- Chủ trì tổ chức triển khai Kế hoạch.\n\n")).responsible_units]


def test_a_place_after_a_comma_goes_with_the_body_before_it() -> None:
    names = _units("2. Đề nghị Hiệp hội Du lịch, tỉnh Hà An và Hiệp hội Ẩm thực tỉnh Hà An\n\n"
                   "- Phối hợp với Sở Du lịch quảng bá du lịch biển.\n")
    assert "Hiệp hội Du lịch tỉnh Hà An" in names
    assert "Hiệp hội Ẩm thực tỉnh Hà An" in names
    assert not any(n.casefold().startswith("tỉnh") for n in names)


def test_two_places_side_by_side_stay_two_units() -> None:
    names = _units("2. Thành phố Hà An, tỉnh Bình Sơn đẩy nhanh tiến độ giải phóng mặt bằng.\n")
    assert "Thành phố Hà An" in names
    assert any(n.casefold() == "tỉnh bình sơn" for n in names)


def test_a_name_ends_at_its_verb_whose_tone_mark_ocr_lost() -> None:
    # "chi đạo" for "chỉ đạo", "tô chức" for "tổ chức": the body's name still ends at its verb
    names = _units("2. Bộ Chỉ huy Quân sự tỉnh chi đạo các đơn vị phối hợp bảo đảm an ninh.\n\n"
                   "3. Sở Tư pháp tô chức thẩm định các văn bản.\n")
    assert "Bộ Chỉ huy Quân sự tỉnh" in names
    assert "Sở Tư pháp" in names


def test_an_office_named_with_the_body_that_holds_it_is_one_unit() -> None:
    names = _units("2. Phòng Hành chính - Quản trị, Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm bố trí hội trường.\n\n"
                   "3. Vụ Kế hoạch - Tài chính, Văn phòng Bộ phối hợp bố trí kinh phí.\n\n"
                   "4. Văn phòng Đảng ủy, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã phối hợp thực hiện.\n")
    assert "Phòng Hành chính - Quản trị, Văn phòng Ủy ban nhân dân tỉnh" in names
    # a holder named by its head alone, and two offices side by side, are units of their own
    assert {"Vụ Kế hoạch - Tài chính", "Văn phòng Bộ"} <= set(names)
    assert {"Văn phòng Đảng ủy", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"} <= set(names)
