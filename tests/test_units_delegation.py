"""Under a named unit's own duty heading ("2. Trách nhiệm của Ủy ban nhân dân các tỉnh"), a
lettered item "d) Giao Sở A phối hợp …" is that unit's task: it hands the work on, the document
does not charge Sở A. Under a heading that names no one ("Trách nhiệm của các đơn vị liên
quan"), "1. Giao Sở A …" is the document's own charge (synthetic decision of invented bodies)."""

from __future__ import annotations

from pipeline.extractor import extract_text

DECISION = """BỘ PHÁT TRIỂN ĐÔ THỊ

Số: 31/QĐ-BPT

Hà Nội, ngày 14 tháng 4 năm 2031

QUYẾT ĐỊNH

Về việc hỗ trợ nhà ở cho hộ nghèo

BỘ TRƯỞNG BỘ PHÁT TRIỂN ĐÔ THỊ

Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;

QUYẾT ĐỊNH:

Điều 1. Hỗ trợ nhà ở cho hộ nghèo trên cả nước.

Điều 2. {heading}

1. Cục Quản lý nhà ở:

a) Hướng dẫn việc lập danh sách hộ được hỗ trợ.

2. {second}

a) Công bố công khai danh sách hộ được hỗ trợ;

b) Giao Sở Xây dựng làm đầu mối tổng hợp kế hoạch hỗ trợ trên địa bàn;

c) Giao Sở Tài chính bố trí vốn đối ứng của địa phương.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

BỘ TRƯỞNG

Lê Văn Bình
"""


def _names(heading: str, second: str) -> list[str]:
    r = extract_text(DECISION.format(heading=heading, second=second))
    return [u.name for u in r.responsible_units]


def test_a_named_units_giao_items_are_its_own_tasks():
    names = _names("Tổ chức thực hiện", "Trách nhiệm của Ủy ban nhân dân các tỉnh")
    assert "Ủy ban nhân dân các tỉnh" in names
    assert "Sở Xây dựng" not in names and "Sở Tài chính" not in names


def test_giao_items_under_a_heading_naming_no_one_are_charges():
    names = _names("Trách nhiệm của các đơn vị liên quan", "Các địa phương:")
    assert "Sở Xây dựng" in names and "Sở Tài chính" in names


def test_a_bullet_under_a_named_units_heading_that_hands_work_on():
    plan = DECISION.replace("b) Giao Sở Xây dựng làm đầu mối tổng hợp kế hoạch hỗ trợ trên địa bàn;",
                            "- Phân công đồng chí Phó Giám đốc Sở Xây dựng trực tiếp phụ trách;")
    names = _names("Tổ chức thực hiện", "Trách nhiệm của Ủy ban nhân dân các tỉnh")
    assert "Ủy ban nhân dân các tỉnh" in names
    r = extract_text(plan.format(heading="Tổ chức thực hiện", second="Trách nhiệm của Ủy ban nhân dân các tỉnh"))
    assert not any(u.name.startswith("Phó Giám đốc") for u in r.responsible_units)


def test_under_a_heading_naming_the_issuing_body_its_giao_items_are_the_documents_charges():
    # the issuing body's own heading ("1. Trung ương Đoàn TNCS Hồ Chí Minh" in a plan its Ban Bí
    # thư signs for): "Giao Văn phòng …" is the document charging its office, and the heading
    # only groups the bodies it charges
    plan = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n\nSố: 389-KH/TWĐTN-VP\n\nHà Nội, ngày 24 tháng 6 năm 2031\n\n"
            "KẾ HOẠCH\nTổ chức chương trình trồng cây\n\nI. MỤC ĐÍCH, YÊU CẦU\n- Tuyên truyền, vận động đoàn viên.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\n1. Trung ương Đoàn TNCS Hồ Chí Minh\n\n"
            "Giao Văn phòng Trung ương Đoàn là đơn vị thường trực, tham mưu tổ chức các hoạt động của chương trình.\n\n"
            "Giao Ban Thanh niên nông thôn: Phối hợp lựa chọn địa điểm, giống cây trồng.\n\n"
            "2. Các tỉnh, thành đoàn, đoàn trực thuộc\n\nTổ chức tuyên truyền trên hệ thống báo chí tại địa phương.\n\n"
            "Nơi nhận:\n- Ban Bí thư TW Đoàn;\n- Lưu VP.\n\nTM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ THƯỜNG TRỰC\n\nBùi Văn Huy\n")
    names = [u.name for u in extract_text(plan).responsible_units]
    assert names == ["Văn phòng Trung ương Đoàn", "Ban Thanh niên nông thôn", "Các tỉnh, thành đoàn, đoàn trực thuộc"]
    # (signed for another body, the heading's "Giao" items stay that body's own handing on)
    other = plan.replace("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN").replace(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH", "BAN CHẤP HÀNH TỈNH ĐOÀN HÀ AN")
    assert "Văn phòng Trung ương Đoàn" not in [u.name for u in extract_text(other).responsible_units]
