"""A council's resolution whose header table a converter lost, hard-wrapped (synthetic text of an
invented province): its title in capitals does not run into the authority line under it (the
council's name, then its term), the enacting formula keeps its own line, and an article that
opens with the council handing out work ("Điều 3. Hội đồng nhân dân tỉnh giao:") gives its
numbered clauses' bodies as units."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

RESOLUTION = """<jsontable name="bang_0"> </jsontable>

NGHỊ QUYẾT
BAN
HÀNH CHƯƠNG TRÌNH GIÁM SÁT NĂM 2032 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN KHÓA
XX, NHIỆM KỲ 2031 - 2036
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN
KHÓA XX - KỲ HỌP THỨ NĂM
Căn cứ Luật Tổ chức chính quyền
địa phương ngày 19 tháng 02 năm 2025;
Xét Tờ trình số 05/TTr-HĐND ngày 30 tháng 6 năm 2031 của Thường trực Hội đồng
nhân dân tỉnh;
Hội đồng nhân dân tỉnh đã thảo
luận và nhất trí,
QUYẾT NGHỊ:
Điều 1. Ban
hành Chương trình giám sát năm 2032 của Hội đồng nhân dân tỉnh Hà An.
Điều 2. Hội
đồng nhân dân tỉnh giao:
1. Thường trực
Hội đồng nhân dân tỉnh xây dựng kế hoạch tổ chức thực hiện Chương trình
giám sát.
2. Các Ban của Hội đồng nhân dân tỉnh
xây dựng chương trình giám sát của Ban.
3. Các cơ quan chịu sự giám sát thực hiện nghiêm túc các kiến nghị sau giám
sát.
Nghị quyết này đã được Hội đồng nhân
dân tỉnh Hà An khóa XX, Kỳ họp thứ Năm thông qua./.
"""


def test_the_title_stops_at_the_authority_line():
    r = extract_text(RESOLUTION)
    assert r.doc_type.code == "NQ"
    assert r.title == "BAN HÀNH CHƯƠNG TRÌNH GIÁM SÁT NĂM 2032 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN KHÓA XX, NHIỆM KỲ 2031 - 2036"
    assert r.issuer.name.casefold() == "hội đồng nhân dân tỉnh hà an"


def test_the_enacting_formula_keeps_its_line():
    assert "\nQUYẾT NGHỊ:\n" in normalize(RESOLUTION).text


def test_the_council_handing_out_work_gives_its_clauses_bodies():
    names = [u.name for u in extract_text(RESOLUTION).responsible_units]
    assert names == [
        "Thường trực Hội đồng nhân dân tỉnh",
        "Các Ban của Hội đồng nhân dân tỉnh",
        "Các cơ quan chịu sự giám sát",
    ]
