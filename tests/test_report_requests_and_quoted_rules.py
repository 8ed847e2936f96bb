"""Reports and letters to the body above: synthetic documents.

- "Văn phòng A xin cam kết …": the writer speaks humbly for itself, it is given no work;
- "Sở A kính báo cáo Chủ tịch … xem xét, cho phép …": the addressee asked to act is the unit,
  while "kính báo cáo … như sau" only tells, and "… xem xét thông qua:" opens what it submits;
- a decree's rules quoted after "quy định:" across lines ("“a) … b) Hội báo cáo …”") charge
  no one in this document;
- the police's offices keep their initials out ("Phòng Cảnh sát QLHC về TTXH" → expanded).
"""

from __future__ import annotations

from pipeline.extractor import extract_text

HEAD = """SỞ NỘI VỤ TỈNH NAM SƠN
Số:   /SNV-TCBC
V/v xin ý kiến về việc sử dụng con dấu của các hội
Nam Sơn, ngày    tháng 10 năm 2031
Kính gửi: Chủ tịch UBND tỉnh Nam Sơn
"""

REPORT = HEAD + """Sở Nội vụ nhận được Công văn số 45/MTTQ-BTT ngày 02/10/2031 của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh về việc sử dụng con dấu của các hội.
Tại khoản 3 Điều 12 Nghị định số 99/2030/NĐ-CP ngày 01/7/2030 của Chính phủ quy định:
“a) Trong thời hạn 30 ngày kể từ ngày hợp nhất, các hội mới phải đăng ký mẫu con dấu;
b) Hội nộp lại con dấu cũ cho cơ quan đã cấp”.
Sở Nội vụ xin cam kết nội dung báo cáo là đúng sự thật.
Sở Nội vụ kính báo cáo Chủ tịch UBND tỉnh xem xét, cho phép các hội tiếp tục sử dụng con dấu cũ đến hết năm 2031.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Nam
"""

TELLS = HEAD + """Thực hiện Công văn số 45/UBND-NC ngày 02/10/2031 của Ủy ban nhân dân tỉnh, Sở Nội vụ kính báo cáo Chủ tịch UBND tỉnh như sau:
1. Các hội đã nộp lại con dấu cũ theo quy định.
2. Không có vướng mắc phát sinh.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Nam
"""

POLICE = HEAD.replace("Kính gửi: Chủ tịch UBND tỉnh Nam Sơn", "Kính gửi: Phòng Cảnh sát QLHC về TTXH Công an tỉnh Nam Sơn") + """Sở Nội vụ đã làm mất Giấy chứng nhận đăng ký mẫu con dấu.
Kính đề nghị Phòng Cảnh sát QLHC về TTXH Công an tỉnh Nam Sơn xem xét, giải quyết cho Sở được nộp lại con dấu./.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Trần Văn Nam
"""


def _units(text: str) -> list[str]:
    return [u.name for u in extract_text(text).responsible_units]


def test_addressee_asked_to_act_by_a_report_is_the_unit() -> None:
    units = _units(REPORT)
    assert any(u.startswith("Chủ tịch Ủy ban nhân dân tỉnh") for u in units)


def test_writer_speaking_for_itself_and_quoted_rules_give_no_unit() -> None:
    units = _units(REPORT)
    assert not any(u.startswith("Sở Nội vụ") for u in units)
    assert "Hội" not in units


def test_report_that_only_tells_gives_no_unit() -> None:
    assert not any(u.startswith("Chủ tịch") for u in _units(TELLS))


def test_police_office_initials_expanded() -> None:
    assert _units(POLICE) == ["Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Nam Sơn"]
