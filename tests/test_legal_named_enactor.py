"""A law-type ground cited by name alone, neither number nor date, may end with the central body
that passed it ("Căn cứ Pháp lệnh … của Ủy ban thường vụ Quốc hội;"): the name ends before
"của", the body is the issuer. A lesser body after "của" stays in the name (synthetic
decisions of invented bodies)."""

from __future__ import annotations

from pipeline.extractor import extract_text

DECISION = """ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC

Số: 31/QĐ-UBND

Sông Bạc, ngày 14 tháng 4 năm 2031

QUYẾT ĐỊNH

Về việc hỗ trợ người có công trên địa bàn tỉnh

ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ {ground};

QUYẾT ĐỊNH:

Điều 1. Hỗ trợ người có công trên địa bàn tỉnh.

Điều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.

CHỦ TỊCH

Lê Văn Bình
"""


def _second(ground: str):
    r = extract_text(DECISION.format(ground=ground))
    assert len(r.legal_bases) == 2
    return r.legal_bases[1]


def test_a_named_ground_ending_in_its_enacting_body():
    lb = _second("Pháp lệnh Ưu đãi người có công với cách mạng của Ủy ban thường vụ Quốc hội")
    assert lb.doc_type == "Pháp lệnh"
    assert lb.title == "Pháp lệnh Ưu đãi người có công với cách mạng"
    assert lb.issuer == "Ủy ban thường vụ Quốc hội"
    assert lb.date is None and lb.number is None


def test_a_lesser_body_after_cua_stays_in_the_name():
    lb = _second("Điều lệ Hội Cựu chiến binh của Hội Cựu chiến binh Việt Nam")
    assert lb.title == "Điều lệ Hội Cựu chiến binh của Hội Cựu chiến binh Việt Nam"
    assert lb.issuer is None


def test_a_rules_name_in_small_letters_after_the_opener():
    lb = _second("quy chế hoạt động của Hội đồng nhân dân tỉnh Sông Bạc khóa VI, nhiệm kỳ 2026-2031")
    assert lb.doc_type == "Quy chế"
    assert lb.title == "quy chế hoạt động của Hội đồng nhân dân tỉnh Sông Bạc khóa VI, nhiệm kỳ 2026-2031"


def test_a_common_noun_in_small_letters_names_no_document():
    r = extract_text(DECISION.format(ground="quy định về việc hỗ trợ người có công của Luật Nhà ở"))
    assert all(lb.doc_type != "Quy định" for lb in r.legal_bases)


def test_the_legislatures_term_written_apart_is_part_of_the_number():
    lb = _second("Pháp lệnh Giá số 40/2030/PL-UBTVQH 10 ngày 26 tháng 4 năm 2030")
    assert lb.number.replace(" ", "") == "40/2030/PL-UBTVQH10"
    assert lb.date == "2030-04-26"
