"""Lists of roles and bodies in a plan's implementation section: a capitalised leader word that
is a verb as well ("Lãnh đạo") opens a unit of its own after a comma and as a lettered heading;
a role in lower case keeps the body after it ("Các thành viên Hội đồng A"); an abbreviation
after the words its expansion opens with is written out once."""

from __future__ import annotations

from pipeline.extract.units import _expand
from pipeline.extractor import extract_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/KH-UBND
Hà Nam, ngày 12 tháng 02 năm 2025
KẾ HOẠCH
Số hóa hồ sơ lưu trữ năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm tiến độ.
II. NHIỆM VỤ CỤ THỂ
1. Các đơn vị thuộc tỉnh
a) Sở Nội vụ
- Chủ trì hướng dẫn số hóa hồ sơ lưu trữ.
b) Lãnh đạo Trung tâm Lưu trữ lịch sử
- Tổ chức số hóa hồ sơ có giá trị vĩnh viễn.
c) Sở Khoa học và Công nghệ
- Bảo đảm hạ tầng lưu trữ số.
III. TỔ CHỨC THỰC HIỆN
1. Các thành viên Đảng đoàn Hội Cựu chiến binh tỉnh, Chủ nhiệm Văn phòng Đoàn Kiểm tra, Lãnh đạo các đơn vị thuộc Sở Nội vụ có trách nhiệm triển khai Kế hoạch này.
2. Các Ban của Hội đồng nhân dân tỉnh, Lãnh đạo các phòng thuộc Ban Quản lý dự án theo dõi, đôn đốc việc thực hiện.
3. Lãnh đạo, chỉ đạo các cơ quan báo chí tuyên truyền về số hóa hồ sơ.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Nam
"""


def _units() -> dict[str, list[str]]:
    return {u.name: u.tasks for u in extract_text(_PLAN).responsible_units}


def test_leader_word_after_a_comma_opens_its_own_unit():
    units = _units()
    assert "Chủ nhiệm Văn phòng Đoàn Kiểm tra" in units
    assert "Lãnh đạo các đơn vị thuộc Sở Nội vụ" in units
    assert "Các Ban của Hội đồng nhân dân tỉnh" in units
    assert "Lãnh đạo các phòng thuộc Ban Quản lý dự án" in units
    assert not any(", Lãnh đạo" in n for n in units)


def test_role_in_lower_case_keeps_its_body():
    units = _units()
    assert "Các thành viên Đảng đoàn Hội Cựu chiến binh tỉnh" in units
    assert "Các thành viên" not in units


def test_leader_heading_is_a_unit_but_the_verb_is_not():
    units = _units()
    assert any("số hóa hồ sơ có giá trị vĩnh viễn" in t for t in units.get("Lãnh đạo Trung tâm Lưu trữ lịch sử", []))
    # "Lãnh đạo, chỉ đạo …" opening an item is the verb: no unit named "Lãnh đạo"
    assert not any(n.startswith("Lãnh đạo,") or n == "Lãnh đạo" for n in units)


def test_abbreviation_after_its_own_first_words_is_written_once():
    assert _expand("Văn phòng Ủy ban UBND tỉnh") == "Văn phòng Ủy ban nhân dân tỉnh"
    # a repeat the text itself writes stays
    assert _expand("Ban Ban UBND tỉnh") == "Ban Ban Ủy ban nhân dân tỉnh"


_TASKS = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 32/KH-UBND
Hà Nam, ngày 14 tháng 02 năm 2025
KẾ HOẠCH
Phát triển du lịch nông thôn năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm tiến độ.
II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan, địa phương:
a) Xây dựng bộ tiêu chí điểm du lịch nông thôn.
b) Chủ trì, phối hợp với các Sở: Tài chính, Nội vụ theo chức năng, nhiệm vụ rà soát cơ chế hỗ trợ hộ làm du lịch.
2. Khảo sát điểm du lịch cộng đồng
- Chủ trì thực hiện: Sở Nông nghiệp và Môi trường.
- Thời gian: quý II năm 2025.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Nam
"""


def test_partners_after_a_lead_clause_are_no_field_value():
    units = {u.name: u.tasks for u in extract_text(_TASKS).responsible_units}
    assert not any(n.startswith(("Tài chính", "Nội vụ")) for n in units)
    assert "Sở Văn hóa, Thể thao và Du lịch" in units
    # a field's own label still names the unit in charge
    assert "Sở Nông nghiệp và Môi trường" in units
