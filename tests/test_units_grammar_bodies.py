"""The body-name recognizer's mechanisms behind responsible units, one test each, on synthetic
text: abbreviations inside names that hold list punctuation, heads that name their own level,
verbs inside a known name, a proper name the word segmenter ran on into a verb, and sections that
describe a body's make-up rather than assign work."""

from __future__ import annotations

import pytest
from corpus_files import segment_text

from pipeline import bodies
from pipeline.extract.units import _is_verb_word, _split_units, extract_responsible_units
from pipeline.provenance import Prov


def test_an_abbreviation_counts_as_its_words_inside_a_protected_name() -> None:
    s = "Văn phòng HĐND và UBND xã, Công an xã"
    spans = bodies.protected_spans(s)
    assert spans and s[spans[0][0] : spans[0][1]] == "Văn phòng HĐND và UBND"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Công an xã"]


def test_a_head_naming_its_level_takes_no_locality_from_the_next_name() -> None:
    assert not bodies.is_bare_head("Tỉnh đoàn")
    assert bodies.is_bare_head("Ủy ban nhân dân")
    s = "Tỉnh đoàn, Hội Nông dân tỉnh"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Tỉnh đoàn", "Hội Nông dân tỉnh"]


def test_a_proper_name_run_into_a_verb_by_the_segmenter_still_ends_there() -> None:
    window = "Báo Hà An mở chuyên mục"
    assert _is_verb_word(window, window.index("mở"), 1)
    window = "chương trình"  # a word of its own: no verb inside it
    assert not _is_verb_word(window, window.index("trình"), 1)


def test_a_verb_inside_a_known_name_is_part_of_it() -> None:
    s = "Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh chỉ đạo triển khai."
    assert bodies.protected_spans(s)[0][0] == 0
    doc = segment_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nSố: 7/KH-UBND\nHà An, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nTuyên truyền "
        "pháp luật\n\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n1. " + s + "\n"
        "2. Sở Tư pháp hướng dẫn thực hiện.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"
    )
    names = [u["name"] for u in extract_responsible_units(doc, Prov())]
    assert names == ["Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh", "Sở Tư pháp"]


_STATUTE = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 30/2026/QĐ-UBND
Hà An, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp

ỦY BAN NHÂN DÂN TỈNH HÀ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp.

Điều 2. Giám đốc Sở Tư pháp, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Tâm

QUY ĐỊNH
Chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp

Điều 1. Vị trí và chức năng
Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.

Điều 2. Cơ cấu tổ chức
1. Lãnh đạo Sở
1.1. Giám đốc Sở là người đứng đầu Sở, chịu trách nhiệm trước Ủy ban nhân dân tỉnh.
1.2. Phó Giám đốc Sở giúp Giám đốc Sở thực hiện nhiệm vụ được phân công.
2. Các phòng chuyên môn
a) Văn phòng Sở.
b) Thanh tra Sở.
c) Phòng Phổ biến, giáo dục pháp luật.

Điều 3. Tổ chức thực hiện
1. Giám đốc Sở Tư pháp bố trí công chức theo vị trí việc làm.
2. Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện.
"""


def test_a_section_describing_a_bodys_make_up_assigns_nothing() -> None:
    names = [u["name"] for u in extract_responsible_units(segment_text(_STATUTE), Prov())]
    assert "Sở Nội vụ" in names and "Giám đốc Sở Tư pháp" in names
    assert not {"Phó Giám đốc Sở", "Văn phòng Sở", "Thanh tra Sở"} & set(names)


_APPROVAL = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 120/QĐ-UBND
Hà An, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH
Phê duyệt Kế hoạch phát triển du lịch năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. {article}

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH

Lê Văn Tâm

KẾ HOẠCH
Phát triển du lịch năm 2026
{under_title}

I. MỤC ĐÍCH, YÊU CẦU
1. Phát triển du lịch bền vững.

II. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng
Hướng dẫn quy hoạch các khu du lịch.
2. Công an tỉnh
Bảo đảm an ninh tại các điểm du lịch.
"""


@pytest.mark.parametrize(("article", "under_title"), [
    ("Phê duyệt Kế hoạch phát triển du lịch năm 2026 (có Kế hoạch chi tiết kèm theo).", ""),
    ("Phê duyệt Kế hoạch phát triển du lịch năm 2026 theo nội dung đính kèm.", ""),
    ("Phê duyệt Kế hoạch phát triển du lịch năm 2026 với các nội dung chủ yếu sau:",
     "(Kèm theo Quyết định số 120/QĐ-UBND ngày 05/3/2026 của Chủ tịch UBND tỉnh)"),
])
def test_a_plan_attached_to_its_approval_is_read_whatever_the_words(article: str, under_title: str) -> None:
    text = _APPROVAL.format(article=article, under_title=under_title)
    names = [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Sở Xây dựng", "Công an tỉnh"]


def test_without_any_sign_of_attachment_the_text_after_the_signature_is_not_read() -> None:
    text = _APPROVAL.format(article="Phê duyệt Kế hoạch phát triển du lịch năm 2026.", under_title="")
    names = [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]
    assert names == ["Chánh Văn phòng Ủy ban nhân dân tỉnh"]


_CONCLUSIONS = """VĂN PHÒNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 610/TB-VPCP
Hà Nội, ngày 20 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với tỉnh Hà An

Ngày 15 tháng 3 năm 2026, Phó Thủ tướng Chính phủ đã làm việc với tỉnh Hà An. Văn phòng Chính phủ thông báo kết luận như sau:

I. ĐÁNH GIÁ CHUNG
Thời gian qua, tỉnh Hà An đã đạt nhiều kết quả quan trọng; tuy nhiên, tỉnh Hà An cần khắc phục một số hạn chế về giải ngân vốn đầu tư công.
{handover}
1. Tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công.
2. Rà soát, hoàn thiện quy hoạch các khu công nghiệp.

II. VỀ CÁC KIẾN NGHỊ CỦA TỈNH
Giao Bộ Tài chính nghiên cứu, xử lý kiến nghị của tỉnh về vốn đầu tư.

Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Lưu: VT.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Trần Văn Sơn
"""


def test_an_appraisal_ends_where_it_hands_its_list_of_tasks_to_its_subject() -> None:
    text = _CONCLUSIONS.format(
        handover="Để phát triển nhanh, bền vững, tỉnh Hà An cần tập trung thực hiện tốt một số nhiệm vụ sau đây:")
    names = [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]
    assert names == ["Tỉnh Hà An", "Bộ Tài chính"]


def test_an_appraisal_without_a_hand_over_assigns_nothing() -> None:
    text = _CONCLUSIONS.format(handover="Các nhiệm vụ trong thời gian tới:")
    names = [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]
    assert names == ["Bộ Tài chính"]
