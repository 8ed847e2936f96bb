"""Units handed work down, roles over kinds, officers acting in a capacity: synthetic documents.

- under a unit's heading, "- Chỉ đạo X, Y: <tasks>" gives X and Y the tasks after the colon;
- "Giao Bộ trưởng Bộ A thừa ủy quyền Thủ tướng, thay mặt Chính phủ ký …": the officer, without
  the capacity;
- "Thủ trưởng cơ quan ngang bộ, cơ quan có liên quan": the role goes with each kind that
  repeats its noun; "Thủ trưởng các cơ quan, tổ chức" stays one class.
"""

from __future__ import annotations

from pipeline.extract import units
from pipeline.extractor import extract_text

PLAN = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN PHÚ
Số: 5/KH-MTTQ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 3 tháng 1 năm 2031

KẾ HOẠCH
Tổ chức hội nghị cử tri

I. TỔ CHỨC THỰC HIỆN

1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã

- Chủ trì tổ chức các hội nghị cử tri.

2. Đề nghị Ủy ban nhân dân xã phối hợp

- Bố trí địa điểm tổ chức hội nghị.

- Chỉ đạo Trạm Y tế xã, Trường Tiểu học An Phú: Phối hợp bảo đảm điều kiện tổ chức hội nghị.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lê Văn An
"""


def test_bodies_a_unit_directs_with_their_own_tasks_are_units() -> None:
    r = extract_text(PLAN)
    names = [u.name for u in r.responsible_units]
    assert names == [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "Ủy ban nhân dân xã",
        "Trạm Y tế xã",
        "Trường Tiểu học An Phú",
    ]
    tasks = {u.name: u.tasks for u in r.responsible_units}
    assert any("bảo đảm điều kiện" in t for t in tasks["Trạm Y tế xã"])


def test_directing_without_a_colon_stays_the_units_own_task() -> None:
    text = PLAN.replace("- Chỉ đạo Trạm Y tế xã, Trường Tiểu học An Phú: Phối hợp", "- Chỉ đạo các đơn vị phối hợp")
    names = [u.name for u in extract_text(text).responsible_units]
    assert names == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban nhân dân xã"]


RESOLUTION = """CHÍNH PHỦ
Số: 14/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 3 tháng 1 năm 2031

NGHỊ QUYẾT
Về đề nghị xây dựng Luật Phòng bệnh

CHÍNH PHỦ

QUYẾT NGHỊ:

Điều 1. Thông qua đề nghị xây dựng Luật Phòng bệnh.

Điều 2. Giao Bộ trưởng Bộ Y tế thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình Quốc hội.

Điều 3. Bộ trưởng Bộ Y tế, Thủ trưởng cơ quan ngang bộ, cơ quan có liên quan chịu trách nhiệm thi hành Nghị quyết này.

TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn Bình
"""


def test_an_officer_acting_in_a_capacity_and_a_role_over_kinds() -> None:
    names = [u.name for u in extract_text(RESOLUTION).responsible_units]
    assert names == ["Bộ trưởng Bộ Y tế", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan có liên quan"]


def test_a_role_over_a_plural_class_stays_one() -> None:
    s = "Thủ trưởng các cơ quan, tổ chức, cá nhân"
    assert [n for n, _a, _b in units._split_units(s, 0, len(s))] == [s]
