"""A decree's chapter of duties whose articles are titled by the bodies' names (synthetic decree
of invented rules): each body is a unit with its article's clauses as tasks; the chapter's long
title, set apart from its number, and a title naming the duties after the powers ("Nhiệm vụ,
quyền hạn, trách nhiệm của …") make the chapter one of duties. An article titled by a body
that describes it, or by a facility, outside such a chapter assigns nothing."""

from __future__ import annotations

from pipeline.extractor import extract_text

DECREE = """CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 410/2027/NĐ-CP
Hà Nội, ngày 12 tháng 3 năm 2027
NGHỊ ĐỊNH
Quy định về quản lý kho lưu trữ số quốc gia
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Căn cứ Luật Lưu trữ số 33/2024/QH15;
Theo đề nghị của Bộ trưởng Bộ Nội vụ;
Chính phủ ban hành Nghị định quy định về quản lý kho lưu trữ số quốc gia.

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Nghị định này quy định về quản lý kho lưu trữ số quốc gia.

Điều 2. Quỹ hỗ trợ số hóa tài liệu lưu trữ

1. Quỹ hỗ trợ số hóa tài liệu lưu trữ là quỹ tài chính nhà nước ngoài ngân sách.

2. Quỹ hoạt động không vì mục đích lợi nhuận.

Điều 3. Trạm lưu trữ dự phòng Tây Nguyên

1. Căn cứ vào điều kiện thực tế, Ủy ban nhân dân cấp tỉnh có trách nhiệm bố trí mặt bằng cho trạm.

Chương II

NHIỆM VỤ, QUYỀN HẠN, TRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC TRONG QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC KHO LƯU TRỮ SỐ QUỐC GIA

Điều 4. Chính phủ

1. Thống nhất quản lý nhà nước về kho lưu trữ số quốc gia.

Điều 5. Bộ Nội vụ

1. Chủ trì xây dựng, trình cấp có thẩm quyền ban hành quy chuẩn kỹ thuật về kho lưu trữ số.

2. Hướng dẫn, kiểm tra việc thực hiện Nghị định này.

Điều 6. Bộ Tài chính

1. Bố trí kinh phí thường xuyên cho việc vận hành kho lưu trữ số quốc gia.

Điều 7. Ủy ban nhân dân cấp tỉnh

1. Tổ chức thực hiện Nghị định này tại địa phương.

2. Báo cáo Bộ Nội vụ kết quả thực hiện hằng năm.

Chương III

ĐIỀU KHOẢN THI HÀNH

Điều 8. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2027.

Điều 9. Trách nhiệm thi hành

Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.

Nơi nhận:
- Như Điều 9;
- Lưu: VT.

TM. CHÍNH PHỦ
THỦ TƯỚNG

Lê Văn Minh
"""


def _units(text: str) -> dict[str, list[str]]:
    return {u.name: u.tasks for u in extract_text(text).responsible_units}


def test_the_bodies_a_chapter_of_duties_titles_its_articles_with_are_units():
    units = _units(DECREE)
    assert units["Bộ Nội vụ"] == [
        "Chủ trì xây dựng, trình cấp có thẩm quyền ban hành quy chuẩn kỹ thuật về kho lưu trữ số",
        "Hướng dẫn, kiểm tra việc thực hiện Nghị định này",
    ]
    assert units["Bộ Tài chính"] == ["Bố trí kinh phí thường xuyên cho việc vận hành kho lưu trữ số quốc gia"]
    assert units["Ủy ban nhân dân cấp tỉnh"] == [
        "Tổ chức thực hiện Nghị định này tại địa phương", "Báo cáo Bộ Nội vụ kết quả thực hiện hằng năm"]
    assert "Chính phủ" in units


def test_an_article_describing_a_body_or_a_facility_outside_that_chapter_assigns_nothing():
    units = _units(DECREE)
    assert not any(n.startswith(("Quỹ", "Trạm")) for n in units)


def test_the_same_articles_outside_a_chapter_of_duties_need_a_task_under_them():
    # the chapter titled by its subject matter: an article titled by a body whose clauses are
    # tasks still gives that body work; the facility's article, whose clause opens with a
    # ground, does not
    text = DECREE.replace(
        "NHIỆM VỤ, QUYỀN HẠN, TRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC TRONG QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC KHO LƯU TRỮ SỐ QUỐC GIA",
        "QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC KHO LƯU TRỮ SỐ QUỐC GIA")
    units = _units(text)
    assert "Bộ Nội vụ" in units and "Bộ Tài chính" in units
    assert not any(n.startswith(("Quỹ", "Trạm")) for n in units)
