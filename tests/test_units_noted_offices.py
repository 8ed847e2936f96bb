"""A body's name narrowed by a note in parentheses to the office that does the work ("Văn phòng
Ủy ban nhân dân tỉnh (Trung tâm Tin học tỉnh)") keeps the note: it is part of the name as
written. Notes that are no office of the body — its parent, the members of a class, a remark, a
short name the text defines — stay out of the name. And a bare role's list after its colon
("Giám đốc: Trung tâm A; Trung tâm B") runs on over the semicolons to the sentence's end."""

from __future__ import annotations

from synthetic_docs import plan

from pipeline.extractor import extract_text


def _units(body: str) -> list[str]:
    return [u.name for u in extract_text(plan(body, title="Chuyển đổi số trong giải quyết thủ tục hành chính")).responsible_units]


_TASK = "\n\na) Theo dõi việc cập nhật dữ liệu lên Cổng thông tin điện tử.\n\n2. Sở Tài chính:\n\nBố trí kinh phí thực hiện.\n"


def test_an_office_in_parentheses_is_part_of_the_name() -> None:
    names = _units("1. Văn phòng UBND tỉnh (Trung tâm Tin học tỉnh):" + _TASK)
    assert "Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Tin học tỉnh)" in names
    assert "Sở Tài chính" in names


def test_the_note_on_the_next_line_of_a_wrapped_heading_too() -> None:
    names = _units("1. Văn phòng UBND tỉnh\n(Trung tâm Tin học tỉnh):" + _TASK)
    assert "Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Tin học tỉnh)" in names


def test_a_parent_in_parentheses_is_left_out() -> None:
    # whose office it is, not the office doing the work
    names = _units("1. Cục Chuyển đổi số (Bộ Nội vụ):" + _TASK)
    assert "Cục Chuyển đổi số" in names


def test_a_class_with_its_members_in_parentheses_is_left_out() -> None:
    names = _units("1. Các đoàn thể (Hội Nông dân, Hội Phụ nữ):" + _TASK)
    assert not any("(" in n for n in names)


def test_a_remark_or_a_role_in_parentheses_is_left_out() -> None:
    names = _units("1. Sở Nội vụ (cơ quan thường trực):" + _TASK.replace("2. Sở Tài chính:", "2. Sở Tài chính (Chủ trì):"))
    assert "Sở Nội vụ" in names
    assert "Sở Tài chính" in names


def test_a_bare_roles_list_runs_on_over_its_semicolons() -> None:
    # after "Giám đốc:" the list runs on to the sentence's end: each body of the list's kind
    # takes the role, a class or a body of another kind stands as written
    names = _units("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc: Trung tâm Kiểm định tỉnh; Trung tâm "
                   "Khuyến nông tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thực hiện Kế hoạch này.\n")
    assert "Giám đốc Trung tâm Kiểm định tỉnh" in names
    assert "Giám đốc Trung tâm Khuyến nông tỉnh" in names
    assert "Các tổ chức, cá nhân có liên quan" in names
    names = _units("Giám đốc: Sở Tài chính, Sở Xây dựng; Ủy ban nhân dân các xã chịu trách nhiệm thực hiện Kế hoạch này.\n")
    assert "Giám đốc Sở Xây dựng" in names
    assert "Ủy ban nhân dân các xã" in names
