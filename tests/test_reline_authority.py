"""A flattened decision or resolution (synthetic documents of invented bodies): the authority line
the page ran into the trích yếu is given its own line, and the type heading is found when the
first date of the text is a cited document's (a resolution of the legislature prints no date
line of its own)."""

from __future__ import annotations

import re

from pipeline.extractor import extract_text
from pipeline.reline import reline


def _flat(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip() + "\n"


GROUNDS = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 45/2024/NĐ-CP ngày 12 tháng 3 năm 2024 của Chính phủ quy định về quản lý vật liệu nổ;
Xét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 88/TTr-SCT ngày 02 tháng 5 năm 2027.
QUYẾT ĐỊNH:
Điều 1. Cấp giấy phép cho Công ty Cổ phần Đá Sông Lam được sử dụng vật liệu nổ công nghiệp tại mỏ đá Núi Ngọc, thời hạn đến ngày 31 tháng 12 năm 2028.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương và Giám đốc Công ty Cổ phần Đá Sông Lam chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Tâm
"""

DECISION = """ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/QĐ-UBND
Sông Lam, ngày 10 tháng 5 năm 2027
QUYẾT ĐỊNH
VỀ VIỆC CẤP GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
""" + GROUNDS


def test_a_position_and_body_run_into_the_title_stand_apart():
    lines = reline(_flat(DECISION)).split("\n")
    assert lines[6:8] == ["VỀ VIỆC CẤP GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM"]
    r = extract_text(_flat(DECISION))
    assert r.title == "VỀ VIỆC CẤP GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP"
    assert r.issuer.name == "Ủy ban nhân dân tỉnh Sông Lam"
    assert r.number.raw == "412/QĐ-UBND"


def test_the_body_the_title_names_after_a_connector_stays_in_it():
    text = DECISION.replace("CÔNG NGHIỆP\nCHỦ TỊCH", "CÔNG NGHIỆP CHO SỞ CÔNG THƯƠNG\nCHỦ TỊCH")
    lines = reline(_flat(text)).split("\n")
    assert "VỀ VIỆC CẤP GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP CHO SỞ CÔNG THƯƠNG" in lines
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM" in lines


def test_a_body_the_title_makes_the_agent_of_its_verb_is_not_cut_off():
    text = DECISION.replace("VỀ VIỆC CẤP GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM\n",
                            "VỀ VIỆC TRIỂN KHAI DỰ ÁN ĐÃ ĐƯỢC HỘI ĐỒNG NHÂN DÂN TỈNH THÔNG QUA\n")
    lines = reline(_flat(text)).split("\n")
    assert "VỀ VIỆC TRIỂN KHAI DỰ ÁN ĐÃ ĐƯỢC HỘI ĐỒNG NHÂN DÂN TỈNH THÔNG QUA" in lines


def test_a_plan_keeps_its_title_whole():
    # a plan prints no authority line: a body that ends its title is the title's
    text = DECISION.replace("QUYẾT ĐỊNH\nVỀ VIỆC CẤP GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM",
                            "KẾ HOẠCH\nKIỂM TRA AN TOÀN VẬT LIỆU NỔ NĂM 2027 TẠI CÁC MỎ ĐÁ SỞ CÔNG THƯƠNG")
    lines = reline(_flat(text)).split("\n")
    assert "KIỂM TRA AN TOÀN VẬT LIỆU NỔ NĂM 2027 TẠI CÁC MỎ ĐÁ SỞ CÔNG THƯƠNG" in lines


COUNCIL = """NGHỊ QUYẾT
VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2028
HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG LAM
KHÓA XI, KỲ HỌP THỨ TƯ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;
Xét Tờ trình số 31/TTr-HĐND ngày 27 tháng 6 năm 2027 của Thường trực Hội đồng nhân dân tỉnh;
QUYẾT NGHỊ:
Điều 1. Thông qua chương trình giám sát năm 2028 của Hội đồng nhân dân tỉnh.
Điều 2. Thường trực Hội đồng nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này được Hội đồng nhân dân tỉnh Sông Lam khóa XI, kỳ họp thứ tư thông qua ngày 12 tháng 7 năm 2027./.
"""


def test_a_resolution_without_header_keeps_its_title_and_its_council():
    # no date line: the first date of the text is a cited one, after the grounds open; the type
    # heading before them is still the heading, and the council and its term each a line
    lines = reline(_flat(COUNCIL)).split("\n")
    assert lines[:4] == ["NGHỊ QUYẾT", "VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2028",
                         "HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG LAM", "KHÓA XI, KỲ HỌP THỨ TƯ"]
    r = extract_text(_flat(COUNCIL))
    assert r.doc_type.code == "NQ"
    assert r.title == "VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2028"
    assert r.issuer.name == "Hội đồng nhân dân tỉnh Sông Lam"


def test_a_body_named_before_the_type_word_is_no_type_heading():
    # "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" holds a type word after a body's head word
    text = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH SÔNG LAM\n" + COUNCIL
    lines = reline(_flat(text)).split("\n")
    assert "NGHỊ QUYẾT" in lines
    assert not any(ln.startswith("KẾ HOẠCH VÀ ĐẦU TƯ") for ln in lines)
