"""A body named only as whose remit a task falls in ("… thuộc chức năng, nhiệm vụ của Ủy ban
X hoặc theo sự phân công của …") is given no work: the duty noun inside a list of nouns charges
nobody, and the alternative source of the work is no part of a name (synthetic plan of an
invented council)."""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov

PLAN = """HỘI ĐỒNG TƯ VẤN SÔNG LAM

Số: 12/KH-HĐTV

Sông Lam, ngày 05 tháng 3 năm 2031

KẾ HOẠCH
Thực hiện chương trình chuyển đổi số năm 2031

I. PHÂN CÔNG NHIỆM VỤ

1. Tổ thư ký Hội đồng

- Chủ trì tổng hợp, báo cáo kết quả thực hiện Kế hoạch.
- Thực hiện các nội dung khác thuộc chức năng, nhiệm vụ của Ban Kinh tế hoặc theo sự phân công của Thường trực Hội đồng.

2. Văn phòng Hội đồng

- Bảo đảm kinh phí, cơ sở vật chất cho các hoạt động của Kế hoạch.

Nơi nhận:
- Các thành viên Hội đồng;
- Lưu: VT.

CHỦ TỊCH

Lê Văn An
"""


def test_a_remit_names_no_unit_and_the_heads_do():
    names = [u["name"] for u in extract_responsible_units(segment_text(PLAN), Prov())]
    assert "Tổ thư ký Hội đồng" in names and "Văn phòng Hội đồng" in names
    assert not any(n.startswith("Ban Kinh tế") for n in names)
    assert not any("hoặc" in n for n in names)
