"""Classes of persons a duty section charges item by item with the formula (synthetic rules
of an invented ministry): "c) Người làm văn thư có trách nhiệm …" names a unit by the words
before "có trách nhiệm", its qualifier included, which a reading by head words cuts at the
qualifier's verb; a class answerable for something ("chịu trách nhiệm về …") is charged with
nothing."""

from __future__ import annotations

from pipeline.extract.units import _charged_class
from pipeline.extractor import extract_text

RULES = """BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/QĐ-BTC
Hà Nội, ngày 12 tháng 3 năm 2027
QUYẾT ĐỊNH
Ban hành Quy chế công tác văn thư của Bộ Tài chính
BỘ TRƯỞNG BỘ TÀI CHÍNH
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;
Theo đề nghị của Chánh Văn phòng Bộ.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế công tác văn thư của Bộ Tài chính.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
BỘ TRƯỞNG
Lê Văn Minh

QUY CHẾ
Công tác văn thư của Bộ Tài chính
(Ban hành kèm theo Quyết định số 77/QĐ-BTC ngày 12 tháng 3 năm 2027 của Bộ trưởng Bộ Tài chính)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định về công tác văn thư của Bộ Tài chính.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 2. Trách nhiệm quản lý công tác văn thư
1. Chánh Văn phòng Bộ có trách nhiệm:
a) Hướng dẫn nghiệp vụ văn thư cho các đơn vị.
b) Kiểm tra việc thực hiện Quy chế này.
2. Trách nhiệm quản lý văn bản điện tử.
a) Lãnh đạo các đơn vị có trách nhiệm chỉ đạo việc quản lý văn bản điện tử theo quy định.
b) Người làm văn thư có trách nhiệm đăng ký văn bản đến, văn bản đi đầy đủ, kịp thời.
c) Người được giao giải quyết công việc có trách nhiệm lập hồ sơ điện tử theo quy định.
"""


def test_the_classes_a_duty_item_charges_are_units_with_their_tasks():
    units = {u.name: u.tasks for u in extract_text(RULES).responsible_units}
    assert units["Người làm văn thư"] == ["Có trách nhiệm đăng ký văn bản đến, văn bản đi đầy đủ, kịp thời"]
    assert "Người được giao giải quyết công việc" in units
    assert "Lãnh đạo các đơn vị" in units
    assert "Chánh Văn phòng Bộ" in units


def test_a_condition_ends_the_name_and_a_bare_class_shares_the_qualifier():
    f = _charged_class("Tổ chức, cá nhân đến khu vực công cộng khi làm phát sinh chất thải phải có trách nhiệm phân loại")
    assert f is not None and [n for n, _a, _b in f.names] == ["Tổ chức, cá nhân đến khu vực công cộng"]


def test_being_answerable_for_something_is_no_charge():
    assert _charged_class("Cá nhân sử dụng hộp thư phải chịu trách nhiệm về nội dung thư gửi đi") is None
    assert _charged_class("Sau khi hoàn thành, các đơn vị có trách nhiệm báo cáo") is None
