"""A generic head's verb and a rule's negation: synthetic documents.

- "Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với …" / "Các đơn vị chủ động phối hợp …":
  a second verb right after the first says the first opened the task ("Đơn vị chủ trì thực
  hiện" stays a name);
- "Quỹ … không thanh toán …": a rule told by what a body does not do assigns nothing, while "…
  tổ chức … mà không phải là đơn vị sự nghiệp công lập" still names its body.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

LETTER = """BỘ Y TẾ
Số: 55/BYT-BH
V/v hướng dẫn thanh toán chi phí khám bệnh
Hà Nội, ngày 05 tháng 3 năm 2031
Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.
1. Về thanh toán chi phí khám bệnh:
- Quỹ bảo hiểm y tế không thanh toán các chi phí của đợt khám bệnh ngoại trú đối với trường hợp người tham gia bảo hiểm y tế đã điều trị nội trú ban ngày.
2. Để bảo đảm sử dụng quỹ hợp lý, Bộ Y tế:
a) Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với cơ quan bảo hiểm xã hội quán triệt thực hiện nghiêm các quy định.
b) Đề nghị các đơn vị chủ động phối hợp với cơ quan bảo hiểm xã hội triển khai thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn An
"""


def test_second_verb_shows_the_task_began_at_the_first() -> None:
    names = [u.name for u in extract_text(LETTER).responsible_units]
    assert "Thủ trưởng các đơn vị" in names
    assert "Các đơn vị" in names
    assert not any(n.endswith(("chủ trì", "chủ động")) for n in names)


def test_rule_told_by_negation_assigns_nothing() -> None:
    names = [u.name for u in extract_text(LETTER).responsible_units]
    assert not any(n.startswith("Quỹ") for n in names)


STEERING = """UBND TỈNH NAM SƠN
BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ
Số:   /BCĐ
V/v báo cáo kết quả thực hiện các mô hình điểm
Nam Sơn, ngày    tháng 5 năm 2031
Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường.
Nhằm đánh giá kết quả triển khai các mô hình điểm, Ban Chỉ đạo tỉnh đề nghị các sở, ban, ngành, địa phương triển khai thực hiện một số nội dung sau:
1. Đánh giá kết quả triển khai, hiệu quả mang lại của các mô hình điểm.
2. Trên cơ sở kết quả đánh giá, Ban Chỉ đạo tỉnh yêu cầu các đơn vị, địa phương đề xuất các mô hình tiếp tục nhân rộng.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. BAN CHỈ ĐẠO
PHÓ TRƯỞNG BAN
Nguyễn Văn Phúc
"""


def test_intro_class_stays_a_unit_when_the_items_charge_classes_only() -> None:
    names = [u.name for u in extract_text(STEERING).responsible_units]
    assert "Các sở, ban, ngành, địa phương" in names
    assert "Các đơn vị, địa phương" in names


def test_a_verb_of_manner_after_a_field_opens_the_task() -> None:
    text = LETTER.replace(
        "b) Đề nghị các đơn vị chủ động phối hợp với cơ quan bảo hiểm xã hội triển khai thực hiện./.",
        "b) Thứ trưởng Bộ Y tế phụ trách lĩnh vực tiếp tục bám sát tình hình thực tế, kịp thời chỉ đạo tháo gỡ vướng mắc./.",
    )
    names = [u.name for u in extract_text(text).responsible_units]
    assert "Thứ trưởng Bộ Y tế phụ trách lĩnh vực" in names
