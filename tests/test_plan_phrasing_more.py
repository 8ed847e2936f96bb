"""Phrasings of plans, resolutions and letters the earlier rules missed: synthetic documents of
an invented commune and Party committee.

- abbreviations joined by "&" ("Văn phòng HĐND&UBND xã");
- an appeal ("… kêu gọi toàn Đảng, toàn dân …") charges no body;
- "nhất là người đứng đầu" stresses the class's own heads: no unit of its own;
- staff items under a staff heading ("- Các chuyên viên khác …" under "2. Chuyên viên …");
- a campaign's phases: "Từ tháng 01 đến ngày bầu cử 15/3/2031", "Sau ngày bầu cử 15/3/2031";
- a resolution's title that names the issuer inside it is not cut there.
"""

from __future__ import annotations

from pipeline.dates import find_periods
from pipeline.extractor import extract_text
from pipeline.lexicon import expand_abbreviations

PLAN = """ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 21/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 3 tháng 12 năm 2030

KẾ HOẠCH
Tuyên truyền cuộc bầu cử

I. THỜI GIAN TUYÊN TRUYỀN

1. Đợt 1: Trong tháng 12/2030

- Tuyên truyền các văn bản về bầu cử.

2. Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2031

- Tuyên truyền cao điểm về cuộc bầu cử.

3. Đợt 3: Sau ngày bầu cử 15/3/2031

- Tuyên truyền kết quả cuộc bầu cử.

II. TỔ CHỨC THỰC HIỆN

1. Công chức Văn hóa - Xã hội xã

- Chủ trì xây dựng nội dung tuyên truyền.

- Các công chức khác phối hợp thực hiện các nhiệm vụ được phân công.

2. Đề nghị Văn phòng HĐND&UBND xã phối hợp bảo đảm điều kiện tuyên truyền.

3. Ủy ban nhân dân xã yêu cầu các thôn, tổ dân phố, nhất là người đứng đầu, tổ chức thực hiện nghiêm túc Kế hoạch này.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn An
"""


def test_abbreviations_joined_by_an_ampersand_are_two_bodies_names() -> None:
    assert expand_abbreviations("Văn phòng HĐND&UBND xã") == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"
    assert expand_abbreviations("Văn phòng HĐND & UBND xã") == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"
    assert expand_abbreviations("Sở GD&ĐT") == "Sở Giáo dục và Đào tạo"  # one key stays one
    assert expand_abbreviations("Công ty A&B") == "Công ty A&B"


def test_a_campaigns_phases_around_a_named_day() -> None:
    items = [(t.start, t.end) for t in extract_text(PLAN).timeline]
    assert items == [("2030-12", "2030-12"), ("2031-01", "2031-03-15"), ("2031-03-15", None)]


def test_a_month_before_a_named_day_borrows_its_year() -> None:
    [p] = find_periods("Từ tháng 01 đến ngày bầu cử 15/3/2031")
    assert (p.first, p.last) == ("2031-01", "2031-03-15")


def test_staff_under_a_staff_heading_and_the_stressed_heads() -> None:
    names = [u.name for u in extract_text(PLAN).responsible_units]
    # (a class written as one plural phrase stays one item: settled convention)
    assert names == [
        "Công chức Văn hóa - Xã hội xã",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
        "Các thôn, tổ dân phố",
    ]
    assert not any("người đứng đầu" in n.casefold() or n.casefold().startswith("các công chức") for n in names)


RESOLUTION = """ĐẢNG BỘ TỈNH SÔNG BẠC
BAN CHẤP HÀNH
Số 05-NQ/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Sông Bạc, ngày 12 tháng 4 năm 2031

NGHỊ QUYẾT
HỘI NGHỊ LẦN THỨ 9 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XV

Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh họp ngày 12/4/2031,

QUYẾT NGHỊ

1. Giao Ban Thường vụ Tỉnh ủy chỉ đạo xây dựng đề án chuyển đổi số.

2. Ban Chấp hành Đảng bộ tỉnh kêu gọi toàn Đảng bộ, toàn dân trong tỉnh đoàn kết, thực hiện thắng lợi Nghị quyết.

T/M BAN CHẤP HÀNH
BÍ THƯ
Trần Văn Đức
"""


def test_an_appeal_charges_no_body() -> None:
    names = [u.name for u in extract_text(RESOLUTION).responsible_units]
    assert names == ["Ban Thường vụ Tỉnh ủy"]


def test_a_resolutions_title_naming_its_issuer_is_whole() -> None:
    r = extract_text(RESOLUTION)
    assert r.title == "HỘI NGHỊ LẦN THỨ 9 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XV"


def test_a_joint_documents_issuers_are_one_issuer() -> None:
    text = PLAN.replace(
        "I. THỜI GIAN TUYÊN TRUYỀN",
        "Căn cứ Luật Bầu cử số 85/2015/QH13 ngày 25 tháng 6 năm 2015;\n\n"
        "Căn cứ Nghị quyết liên tịch số 12/2030/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26 tháng 9 năm 2030 "
        "của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc "
        "Việt Nam hướng dẫn quy trình hiệp thương;\n\nI. THỜI GIAN TUYÊN TRUYỀN")
    bases = {b.number: b.issuer for b in extract_text(text).legal_bases}
    assert bases["12/2030/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"] == (
        "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
