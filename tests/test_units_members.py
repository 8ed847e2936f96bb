"""A group heading that lists its members ("… gồm:" and a dash item per body): the units are
the members, each with the group's tasks; the heading only groups them."""

from __future__ import annotations

from pipeline.extractor import extract_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Hà Nam, ngày 10 tháng 01 năm 2025
KẾ HOẠCH
Kiểm kê công trình công cộng năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm hiệu quả.
II. TỔ CHỨC THỰC HIỆN
1. Các sở quản lý chuyên ngành về công trình
Giao các sở quản lý chuyên ngành về công trình theo lĩnh vực, gồm:
- Sở Giao thông vận tải (đối với công trình đường bộ);
- Sở Công Thương (đối với công trình điện, chợ);
- Sở Nông nghiệp và Môi trường (đối với công trình thủy lợi, đê điều).
Có trách nhiệm:
a) Chủ trì rà soát, thống kê công trình;
b) Báo cáo kết quả về Ủy ban nhân dân tỉnh.
2. Sở Tài chính
Tổng hợp báo cáo chung.
Yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc tổ chức triển khai thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Nam
"""


def test_members_listed_under_a_group_heading_are_the_units():
    units = {u.name: u.tasks for u in extract_text(_PLAN).responsible_units}
    assert list(units) == ["Sở Giao thông vận tải", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Tài chính"]
    assert any("rà soát" in t for t in units["Sở Công Thương"])


def test_without_the_list_the_group_heading_is_the_unit():
    text = _PLAN.replace("theo lĩnh vực, gồm:", "theo lĩnh vực.").replace("- Sở Giao thông vận tải (đối với công trình đường bộ);\n- Sở Công Thương (đối với công trình điện, chợ);\n- Sở Nông nghiệp và Môi trường (đối với công trình thủy lợi, đê điều).\n", "")
    names = [u.name for u in extract_text(text).responsible_units]
    assert names[0] == "Các sở quản lý chuyên ngành về công trình"


def test_minister_charged_to_detail_a_decree_ends_at_the_verb():
    text = _PLAN.replace(
        "2. Sở Tài chính\nTổng hợp báo cáo chung.",
        "2. Giám đốc Sở Tài chính quy định chi tiết mức hỗ trợ đối với từng công trình.",
    )
    names = [u.name for u in extract_text(text).responsible_units]
    assert "Giám đốc Sở Tài chính" in names


def test_party_advisory_organs_and_a_heading_that_does_not_swallow_the_sentence_below():
    text = _PLAN.replace(
        "2. Sở Tài chính\nTổng hợp báo cáo chung.",
        "2. Các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy; các chi\nbộ, đảng bộ cơ sở\n"
        "Các cấp ủy, tổ chức đảng chủ động tổ chức quán triệt, triển khai thực hiện.",
    )
    names = [u.name for u in extract_text(text).responsible_units]
    assert "Các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy" in names
    assert "Các chi bộ, đảng bộ cơ sở" in names


def test_an_article_reference_wrapped_to_the_line_start_is_no_article():
    # "… các thành viên quy định tại" / "Điều 1 chịu trách nhiệm thi hành …": no dot after the
    # number and a small letter after it: the sentence goes on, no article begins
    text = _PLAN.replace(
        "2. Sở Tài chính\nTổng hợp báo cáo chung.",
        "2. Sở Tài chính, Sở Xây dựng và các thành viên quy định tại\nĐiều 1 chịu trách nhiệm thi hành Kế hoạch này.",
    )
    names = [u.name for u in extract_text(text).responsible_units]
    assert "Sở Tài chính" in names and "Sở Xây dựng" in names
