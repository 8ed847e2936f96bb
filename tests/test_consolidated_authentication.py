"""A consolidated text (Văn bản hợp nhất) whose number, place and date stand in the
authentication block that closes it, not in a header; and a scanned date whose day and month
the OCR could not read but whose year it could.

Every document here is synthetic: an invented ministry, acts and people.
"""

from __future__ import annotations

import pipeline as vanban

BODY = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

THÔNG TƯ
Quy định về quản lý kho lưu trữ chuyên dụng

Thông tư số 12/2019/TT-BHS ngày 05 tháng 3 năm 2019 của Bộ trưởng Bộ Hoa Sen quy định về quản lý
kho lưu trữ chuyên dụng, có hiệu lực kể từ ngày 20 tháng 4 năm 2019, được sửa đổi, bổ sung bởi:

Thông tư số 07/2026/TT-BHS ngày 10 tháng 2 năm 2026 của Bộ trưởng Bộ Hoa Sen sửa đổi, bổ sung một
số điều của Thông tư số 12/2019/TT-BHS, có hiệu lực kể từ ngày 01 tháng 4 năm 2026.

Căn cứ Nghị định số 45/2018/NĐ-CP ngày 12 tháng 3 năm 2018 của Chính phủ quy định chức năng,
nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Hoa Sen;

Bộ trưởng Bộ Hoa Sen ban hành Thông tư quy định về quản lý kho lưu trữ chuyên dụng.

Điều 1. Phạm vi điều chỉnh

Thông tư này quy định về quản lý kho lưu trữ chuyên dụng của Bộ Hoa Sen.

{articles}
Điều 99. Trách nhiệm thi hành

Cục Lưu trữ chủ trì hướng dẫn, kiểm tra việc thực hiện Thông tư này.

"""

BLOCK = """BỘ HOA SEN
XÁC THỰC VĂN BẢN HỢP NHẤT
Số: 31/VBHN-BHS
Hà Nội, ngày {day} tháng {month} năm 2026
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nơi nhận:
- Văn phòng Chính phủ;
re
- Lưu: VT.
Trần Minh Khoa
"""


# the articles between: a text far longer than a header's reach, so that the block is read at
# the end, not as a short text's header
ARTICLES = "\n".join(
    f"Điều {k}. Quy định số {k}\n\nKho lưu trữ chuyên dụng thực hiện quy định số {k} về bảo quản tài liệu.\n"
    for k in range(2, 60)
)


def _text(day: str = "15", month: str = "5") -> str:
    return BODY.replace("{articles}", ARTICLES) + BLOCK.format(day=day, month=month)


def _rec(day: str = "15", month: str = "5"):
    return vanban.extract_text(_text(day, month))


def test_the_number_place_and_date_come_from_the_authentication_block() -> None:
    rec = _rec()
    assert rec.number is not None and rec.number.raw == "31/VBHN-BHS"
    assert rec.doc_type is not None and rec.doc_type.code == "VBHN"
    assert rec.date is not None and rec.date.iso == "2026-05-15"
    assert rec.place == "Hà Nội"


def test_a_number_line_of_another_kind_at_the_end_is_not_the_documents() -> None:
    """Only a kind numbered at its end (rules/doc_types.toml numbered_at_end): a cited letter's
    number near the end of another document stays a citation."""
    rec = vanban.extract_text(_text().replace("VBHN", "CV"))
    assert rec.number is None or rec.number.raw != "31/CV-BHS"


def test_a_scanned_date_keeps_the_year_it_could_read() -> None:
    rec = _rec(day="OW", month=",Š")
    assert rec.date is not None
    assert (rec.date.year, rec.date.month, rec.date.day, rec.date.iso) == (2026, None, None, None)


def test_a_scans_specks_beside_the_list_are_no_recipients() -> None:
    """OCR reads a seal's or a margin's specks as a short lowercase "word" between the items."""
    assert _rec().recipients == ["Văn phòng Chính phủ"]
