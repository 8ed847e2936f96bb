"""An execution clause may open with the formula that addresses the officers it charges ("Các
ông (bà): Chánh Văn phòng …, Giám đốc Sở … chịu trách nhiệm thi hành Quyết định này"): the
formula names no one, the roles after it are the units (synthetic decision of invented bodies)."""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text

DECISION = """ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC

Số: 31/QĐ-UBND

Sông Bạc, ngày 14 tháng 4 năm 2031

QUYẾT ĐỊNH

Về việc thành lập Tổ công tác rà soát thủ tục hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính của tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

{address} Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH

Lê Văn Bình
"""


@pytest.mark.parametrize("address", ["Các ông (bà):", "Các ông, bà", "Ông (Bà)", "Các đồng chí:"])
def test_the_address_formula_names_no_unit(address: str):
    r = extract_text(DECISION.format(address=address))
    assert [u.name for u in r.responsible_units] == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh",
        "Giám đốc Sở Nội vụ",
        "Chủ tịch Ủy ban nhân dân các xã",
    ]
