"""Responsible units from a task table's lead column, in the layouts converters produce: a
header that names the lead column in words no listed phrase opens, … Every document is
synthetic (invented places and wording); each test pins one mechanism of the table readers
(pipeline/segment.py, pipeline/fragment_tables.py, pipeline/block_tables.py) or of how
pipeline/extract/units.py reads a lead cell.
"""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.bodies import is_fragment
from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov
from pipeline.segment import column_role


def _names(text: str) -> list[str]:
    return [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]


def test_header_naming_a_kind_of_body_then_its_part() -> None:
    # "<kind of body> chủ trì …" / "<kind of body> phối hợp …": the cue word names the role
    assert column_role("Phòng, ban chủ trì tham mưu") == "lead"
    assert column_role("Đơn vị, địa phương phối hợp") == "coop"
    # a body's own name with the cue is a cell, a task's clause with it is no header
    assert column_role("Phòng Kinh tế chủ trì") is None
    assert column_role("Các phòng, ban chủ trì rà soát quy định") is None


_TABLE = (
    "KẾ HOẠCH\nTriển khai chương trình chuyển đổi số năm 2026\n\n"
    "II. PHÂN CÔNG NHIỆM VỤ\n\n"
    "| TT | Tên nhiệm vụ | Phòng, ban chủ trì tham mưu | Đơn vị, địa phương phối hợp | Thời gian |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Rà soát hạ tầng mạng của các trường học | Phòng Văn hóa - Xã hội | Trung tâm Dịch vụ tổng hợp | Quý II/2026 |\n"
    "| 2 | Xây dựng kho dữ liệu đất đai | Phòng Kinh tế; Văn phòng HĐND và UBND | Các thôn, tổ dân phố | Quý III/2026 |\n"
)


def test_lead_column_named_by_its_cue_gives_units() -> None:
    names = _names(_TABLE)
    assert "Phòng Văn hóa - Xã hội" in names
    assert "Phòng Kinh tế" in names
    assert "Trung tâm Dịch vụ tổng hợp" not in names  # the co-operating column assigns nothing


def test_name_ending_with_foreign_is_no_fragment() -> None:
    # "nước ngoài" (foreign) closes a body's name; "ngoài" alone at a name's end is a preposition
    table = (
        "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Xúc tiến đầu tư tại các thị trường mới | Trung tâm hỗ trợ doanh nghiệp nước ngoài | Sở Tài chính | Quý I/2026 |\n"
        "| 2 | Tổ chức hội chợ hàng nông sản | Sở Công Thương | Các xã, phường | Quý III/2026 |\n"
    )
    assert "Trung tâm hỗ trợ doanh nghiệp nước ngoài" in _names(table)
    assert is_fragment("Các đơn vị trong và ngoài")
