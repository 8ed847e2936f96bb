"""Party organisations as units (synthetic documents of an invented commune): a committee named
over the bodies it sits in, two kinds of cell in one list, a bare committee sharing the next
one's qualifier, "chi" for "chi bộ" beside "đảng bộ", and a letter whose numbered items open with
their topic before the assignment."""

from __future__ import annotations

from synthetic_party import PARTY_TAIL

from pipeline.extract.units import _split_units
from pipeline.extractor import extract_text

HEAD = """ĐẢNG BỘ TỈNH SÔNG LAM
ĐẢNG ỦY XÃ BẮC SƠN

Số 41-{kind}/ĐU                         Bắc Sơn, ngày 9 tháng 3 năm 2031

{title}

"""
TAIL = "\n" + PARTY_TAIL


def _units(kind: str, title: str, body: str) -> list[str]:
    rec = extract_text(HEAD.format(kind=kind, title=title) + body + TAIL)
    return [u.name for u in rec.responsible_units]


def _split(s: str) -> list[str]:
    return [n for n, _a, _b in _split_units(s, 0, len(s))]


def test_a_committee_named_over_the_bodies_it_sits_in_is_each_ones() -> None:
    names = _units("KH", "KẾ HOẠCH\nTổ chức kiểm điểm cuối năm", (
        "I. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm đúng quy định.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "a) Chi bộ trực thuộc chịu trách nhiệm lãnh đạo việc kiểm điểm.\n\n"
        "b) Chi ủy: Công an xã, Quân sự xã căn cứ vào Kế hoạch này để cụ thể hóa và tổ chức thực hiện.\n\n"
        "c) Ban Xây dựng Đảng chủ trì, phối hợp hướng dẫn thực hiện."))
    assert names == ["Chi bộ trực thuộc", "Chi ủy Công an xã", "Chi ủy Quân sự xã", "Ban Xây dựng Đảng"]


def test_a_committee_with_a_task_after_its_colon_stays_one() -> None:
    names = _units("KH", "KẾ HOẠCH\nTổ chức kiểm điểm cuối năm", (
        "I. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm đúng quy định.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Chi ủy: Lãnh đạo, chỉ đạo thực hiện Kế hoạch.\n\n2. Ban Xây dựng Đảng chủ trì hướng dẫn."))
    assert names == ["Chi ủy", "Ban Xây dựng Đảng"]


def test_kinds_of_party_organisation_in_one_list_are_units_each() -> None:
    assert _split("Chi bộ cơ sở, đảng bộ cơ sở") == ["Chi bộ cơ sở", "Đảng bộ cơ sở"]
    # a bare committee takes the qualifier the next one states once for both
    assert _split("Chi ủy, chi bộ trực thuộc") == ["Chi ủy trực thuộc", "Chi bộ trực thuộc"]
    # "các chi, đảng bộ": "chi" for "chi bộ", one class of the committee's organisations
    assert _split("Các chi, đảng bộ trực thuộc Đảng ủy xã") == ["Các chi, đảng bộ trực thuộc Đảng ủy xã"]
    # a cell's head over the bodies of one level it sits in: the cell of each
    assert _split("Chi bộ Công an, Quân sự xã") == ["Chi bộ Công an xã", "Chi bộ Quân sự xã"]
    # a body of the same name for several levels is still one
    assert _split("Ban Thường vụ Tỉnh ủy, Thành ủy") == ["Ban Thường vụ Tỉnh ủy, Thành ủy"]


def test_a_letters_items_that_open_with_their_topic_assign_work_throughout() -> None:
    """"1. Về …: Giao Ban A …" / "2. Về …:" with "2.1. Giao Văn phòng …" under it / "4. Về …: Giao
    Ủy ban Kiểm tra …": the numbered items are the letter's assignments, the first and the last
    as much as the sub-items of the second (and a subject after the topic's colon: "3. Về …: Căn
    cứ …, các chi bộ đề xuất …")."""
    names = _units("CV", "V/v triển khai các nội dung sau Đại hội", (
        "Kính gửi: Các chi bộ trực thuộc.\n\n"
        "Để thực hiện Chương trình công tác năm 2031, Thường trực Đảng ủy yêu cầu thực hiện một số nội dung sau:\n\n"
        "1. Về công tác tuyên truyền: Giao Ban Xây dựng Đảng chủ trì tham mưu Kế hoạch tuyên truyền, "
        "trình Thường trực Đảng ủy trước ngày 22/3/2031.\n\n"
        "2. Về xây dựng Chương trình hành động:\n\n"
        "2.1. Giao Văn phòng Đảng ủy tổng hợp, trình Thường trực Đảng ủy trước ngày 29/3/2031.\n\n"
        "2.2. Giao Đảng ủy Ủy ban nhân dân xã tham mưu các nội dung về kinh tế - xã hội.\n\n"
        "3. Về Chương trình kiểm tra toàn khóa: Căn cứ tình hình thực tế, các chi bộ đề xuất nội dung.\n\n"
        "4. Về Quy chế làm việc: Giao Ủy ban Kiểm tra Đảng ủy chủ trì xây dựng dự thảo."))
    assert names == ["Ban Xây dựng Đảng", "Văn phòng Đảng ủy", "Đảng ủy Ủy ban nhân dân xã", "Các chi bộ",
                     "Ủy ban Kiểm tra Đảng ủy"]


def test_a_bracket_wrapped_over_two_lines_stays_in_the_name() -> None:
    """"đ) Đối với Ban Thường vụ (hoặc" / "Ban Chủ nhiệm) các hội …": the wrap inside the bracket
    joins the lines; a name cut inside a bracket is none."""
    from pipeline.extract.units import _is_unit_name, _should_join

    assert _should_join("đ) Đối với Ban Thường vụ (hoặc", "Ban Chủ nhiệm) các hội do Đảng giao nhiệm vụ:")
    assert not _is_unit_name("Ban Chủ nhiệm) các hội do Đảng giao nhiệm vụ")


def test_a_body_before_the_time_it_meets_is_a_schedules_entry() -> None:
    """"- Chi bộ thôn A: vào lúc 14 giờ 00, ngày …": a notice's timetable says when each cell
    meets, it gives none of them work; a body before its task after the colon still has it."""
    names = _units("TB", "THÔNG BÁO\nLịch làm việc với các chi bộ thôn", (
        "1. Thời gian:\n\n- Chi bộ thôn Bắc Sơn: vào lúc 08 giờ 00, ngày 03/3/2031.\n\n"
        "- Chi bộ thôn Nam Sơn: ngày 04/3/2031.\n\n"
        "2. Ban Xây dựng Đảng: chuẩn bị tài liệu trước ngày 01/3/2031."))
    assert names == ["Ban Xây dựng Đảng"]
