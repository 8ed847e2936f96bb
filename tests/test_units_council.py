"""Responsible units in council resolutions, guidance letters and execution clauses.

Every document here is synthetic (written for the test, places and bodies invented); each test
pins one mechanism of pipeline/extract/units.py or unit_sites.py and fails without it.
"""

from __future__ import annotations

import pytest
from corpus_files import segment_text

from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov


def _names(text: str) -> list[str]:
    return [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]


_NQ_HEAD = """HỘI ĐỒNG NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 15/NQ-HĐND
Hà An, ngày 10 tháng 7 năm 2026

NGHỊ QUYẾT
Về chương trình giám sát năm 2027

HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN
KHÓA X, KỲ HỌP THỨ BA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT NGHỊ:

Điều 1. Thông qua chương trình giám sát năm 2027 của Hội đồng nhân dân tỉnh với các nội dung kèm theo.
"""

_NQ_TAIL = """
Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà An khóa X, Kỳ họp thứ Ba thông qua ngày 10 tháng 7 năm 2026./.

CHỦ TỊCH
Lê Văn Bình
"""


def test_role_distributed_over_semicolon_list_after_two_plural_heads() -> None:
    # "Giám đốc các sở, ngành: A; B; <own body>; … và <own body> trong phạm vi …": each field
    # takes the first head and the role; a member with its own head takes the role alone
    names = _names(_NQ_HEAD + """Điều 2. Tổ chức thực hiện
1. Ủy ban nhân dân tỉnh, Chủ tịch UBND tỉnh, Giám đốc các sở, ngành: Xây dựng; Giao thông vận tải; \
Khoa học và Công nghệ; Ban Quản lý các khu công nghiệp tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh và \
Công an tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết.
""" + _NQ_TAIL)
    for n in ("Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở Xây dựng",
              "Giám đốc Sở Giao thông vận tải", "Giám đốc Sở Khoa học và Công nghệ",
              "Giám đốc Ban Quản lý các khu công nghiệp tỉnh", "Giám đốc Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
              "Giám đốc Công an tỉnh"):
        assert n in names
    assert "Giám đốc các sở, ngành" not in names


def test_comma_list_after_plural_head_stops_at_semicolon() -> None:
    # a comma list of fields is one ";"-part: the next part ("Chủ tịch …") is a subject of its own
    names = _names(_NQ_HEAD + """Điều 2. Tổ chức thực hiện
Giám đốc các sở: Xây dựng, Công Thương; Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Nghị quyết này.
""" + _NQ_TAIL)
    assert "Giám đốc Sở Xây dựng" in names and "Giám đốc Sở Công Thương" in names
    assert "Chủ tịch Ủy ban nhân dân các huyện" in names
    assert not any("Giám đốc Chủ tịch" in n or "Sở Chủ tịch" in n for n in names)


def test_council_bodies_given_oversight_with_their_remit() -> None:
    # "Giao A, B, C và D theo nhiệm vụ, quyền hạn đã được … quy định giám sát …": the remit ends
    # the last name (its "đã" is no report of things done)
    names = _names(_NQ_HEAD + """Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và \
các đại biểu Hội đồng nhân dân tỉnh theo nhiệm vụ, quyền hạn đã được pháp luật quy định tổ chức kiểm tra \
và giám sát việc thực hiện Nghị quyết này.
""" + _NQ_TAIL)
    for n in ("Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân", "Các Ban của Hội đồng nhân dân",
              "Tổ đại biểu Hội đồng nhân dân", "Các đại biểu Hội đồng nhân dân tỉnh"):
        assert n in names


@pytest.mark.parametrize("sep", [" và ", ", "])
def test_second_name_repeating_the_first_ones_tail_shares_its_body(sep: str) -> None:
    names = _names(_NQ_HEAD + f"""Điều 2. Tổ chức thực hiện
1. Thường trực Hội đồng nhân dân tỉnh chỉ đạo, điều hòa hoạt động giám sát.
2. Các Tổ đại biểu{sep}đại biểu Hội đồng nhân dân tỉnh căn cứ tình hình thực tế chủ động lựa chọn nội \
dung giám sát, báo cáo kết quả theo quy định.
""" + _NQ_TAIL)
    assert "Các Tổ đại biểu Hội đồng nhân dân tỉnh" in names
    assert "Các Tổ đại biểu" not in names


def test_article_with_giver_first_gives_the_body_after_the_verb() -> None:
    # "Điều 3. Hội đồng nhân dân tỉnh giao cho Ủy ban nhân dân tỉnh phê duyệt … và tổ chức thực hiện."
    names = _names(_NQ_HEAD + """Điều 2. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2026.
Điều 3. Hội đồng nhân dân tỉnh giao cho Ủy ban nhân dân tỉnh phê duyệt đề án và tổ chức thực hiện.
""" + _NQ_TAIL)
    assert names == ["Ủy ban nhân dân tỉnh"]


_TT = """BỘ TÀI CHÍNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/2026/TT-BTC
Hà Nội, ngày 5 tháng 3 năm 2026

THÔNG TƯ
Hướng dẫn mẫu hồ sơ đăng ký hợp tác xã

Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;

Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn mẫu hồ sơ đăng ký hợp tác xã.

Điều 1. Phạm vi điều chỉnh
Thông tư này quy định mẫu hồ sơ đăng ký hợp tác xã.

Điều 2. Tổ chức thực hiện
1. Thông tư này có hiệu lực từ ngày 1 tháng 5 năm 2026.
2. Cơ quan đăng ký hợp tác xã cấp tỉnh, Cơ quan đăng ký hợp tác xã cấp xã, {classes} và các tổ chức, \
cá nhân có liên quan đến việc đăng ký hợp tác xã chịu trách nhiệm thi hành Thông tư này./.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn An
"""


def test_bare_classes_after_a_body_named_with_its_level_are_units() -> None:
    names = _names(_TT.format(classes="hợp tác xã, nhà đầu tư"))
    for n in ("Cơ quan đăng ký hợp tác xã cấp tỉnh", "Cơ quan đăng ký hợp tác xã cấp xã", "Hợp tác xã", "Nhà đầu tư"):
        assert n in names
    assert not any(n.startswith("Cơ quan đăng ký hợp tác xã cấp xã,") for n in names)


def test_one_class_of_two_nouns_stays_one() -> None:
    # "tổ chức, cá nhân" after the level is one class, not two units
    names = _names(_TT.format(classes="tổ chức, cá nhân kinh doanh"))
    assert "Tổ chức" not in names and "Cá nhân kinh doanh" not in names


_LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỤC CHĂN NUÔI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 214/CN-TACN
V/v hướng dẫn tạm thời hồ sơ công bố thức ăn chăn nuôi
Hà Nội, ngày 9 tháng 4 năm 2026

Kính gửi: {to}

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Đỗ Văn Hưng
"""


def test_guidance_letter_hands_its_list_to_the_body_it_guides() -> None:
    body = """Ngày 2 tháng 3 năm 2026, Chính phủ ban hành Nghị định số 30/2026/NĐ-CP quy định chi tiết, hướng dẫn \
thi hành một số điều của Luật Chăn nuôi; trong thời gian chờ thông tư hướng dẫn, Cục Chăn nuôi tạm thời \
hướng dẫn Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương thực hiện việc tiếp nhận \
hồ sơ như sau:

1. Hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận.

2. Thời hạn giải quyết là 10 ngày làm việc."""
    names = _names(_LETTER.format(to="Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương.", body=body))
    assert "Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương" in names


def test_reply_asking_its_addressee_to_report_names_it_in_full() -> None:
    body = """Trả lời Công văn số 77/CCN-QL ngày 2 tháng 4 năm 2026 của Chi cục Chăn nuôi tỉnh Đông Sơn về hồ sơ \
công bố, Cục Chăn nuôi có ý kiến như sau:

Hồ sơ công bố thức ăn chăn nuôi thực hiện theo mẫu tại Phụ lục của Nghị định số 30/2026/NĐ-CP.

Cục Chăn nuôi thông báo để Chi cục Chăn nuôi được biết, báo cáo Ủy ban nhân dân tỉnh Đông Sơn chỉ đạo \
giải quyết theo đúng quy định./."""
    names = _names(_LETTER.format(to="Chi cục Chăn nuôi tỉnh Đông Sơn.", body=body))
    assert names == ["Chi cục Chăn nuôi tỉnh Đông Sơn"]


def test_time_span_opener_leaves_the_subject_after_its_comma() -> None:
    # "1. Trong thời gian giữa hai kỳ họp, Thường trực … xem xét …": the clause's subject is the
    # unit, not the collective of the article's title above it
    names = _names(_NQ_HEAD + """Điều 2. Trách nhiệm của các cơ quan, tổ chức, cá nhân
1. Trong thời gian giữa hai kỳ họp, Thường trực Hội đồng nhân dân tỉnh xem xét, lựa chọn nội dung để chất \
vấn tại phiên họp thường kỳ.
2. Ủy ban nhân dân tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết.
""" + _NQ_TAIL)
    assert "Thường trực Hội đồng nhân dân tỉnh" in names and "Ủy ban nhân dân tỉnh" in names
    assert "Các cơ quan, tổ chức, cá nhân" not in names


def test_bare_heads_before_a_named_one_share_its_body_and_level() -> None:
    # "Ủy ban nhân dân, Chủ tịch và các thành viên Ủy ban nhân dân tỉnh, các Sở, ban, ngành, Hội
    # đồng nhân dân, Ủy ban nhân dân các huyện": each bare head is the one the next name states
    names = _names(_NQ_HEAD + """Điều 2. Tổ chức thực hiện
Ủy ban nhân dân, Chủ tịch và các thành viên Ủy ban nhân dân tỉnh, các Sở, ban, ngành, Hội đồng nhân dân, \
Ủy ban nhân dân các huyện, thành phố trực thuộc tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách \
nhiệm thực hiện Nghị quyết này.
""" + _NQ_TAIL)
    for n in ("Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh", "Các thành viên Ủy ban nhân dân tỉnh",
              "Các Sở, ban, ngành", "Hội đồng nhân dân các huyện, thành phố trực thuộc tỉnh",
              "Ủy ban nhân dân các huyện, thành phố trực thuộc tỉnh"):
        assert n in names
    assert "Chủ tịch" not in names and not any(n.endswith("Hội đồng nhân dân") for n in names)
