"""HTML tags a converter left on lines of their own in its markdown (``<div align="right">`` around
the signature, ``</div>``, ``<br/>``, an ``<img … title="(dấu đỏ)"/>`` where the seal was) are
layout: they neither hide the signature nor become text — an image's title is what it stands
for, and a described seal ("(dấu đỏ)") is a mark, neither position nor name (synthetic)."""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

BR = "  "  # a markdown hard break, as converters write it

DECISION = """ỦY BAN NHÂN DÂN THÀNH PHỐ SÔNG BẠC

Số: 31/QĐ-UBND

Sông Bạc, ngày 14 tháng 4 năm 2031

QUYẾT ĐỊNH

Về việc ban hành định mức đào tạo nghề

ỦY BAN NHÂN DÂN THÀNH PHỐ SÔNG BẠC

Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;

QUYẾT ĐỊNH:

**Điều 1.** Ban hành định mức đào tạo nghề.

**Điều 2.** Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.

_Nơi nhận:_
- Như Điều 2;
- Lưu: VT.

<div align="right">

**TM. ỦY BAN NHÂN DÂN**{br}
**KT. CHỦ TỊCH**{br}
**PHÓ CHỦ TỊCH**

{seal}

**Vũ Thu Hà**

</div>
"""


@pytest.mark.parametrize("seal", [
    '<img src="https://example.vn/seal.png" title="(dấu đỏ)"/>',
    "<br/>",
    "(Đóng dấu)",
    "[Con dấu]",
])
def test_the_signature_inside_html_layout(seal: str):
    r = extract_text(DECISION.format(seal=seal, br=BR))
    assert r.signer is not None
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Vũ Thu Hà", "Phó Chủ tịch", "KT.")


def test_tag_lines_leave_no_text_but_an_images_title():
    text = normalize(DECISION.format(seal='<img src="x.png" alt="(dấu đỏ)"/>', br=BR)).text
    assert "<div" not in text and "</div>" not in text and "<img" not in text
    assert "(dấu đỏ)" in text


@pytest.mark.parametrize(("split", "whole"), [
    ("B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    ("ngân sách trung ươ n g", "ngân sách trung ương"),
    ("Bộ tr ưở n g", "Bộ trưởng"),
    ("Văn phòng Trung ương và các Ban của Đ ả ng", "Văn phòng Trung ương và các Ban của Đảng"),
])
def test_syllables_set_apart_are_put_back(split: str, whole: str):
    assert normalize(split).text == whole


@pytest.mark.parametrize("kept", ["điểm a khoản 2", "Lưu: VT, KT.", "TP Hà Nội", "Phụ lục B kèm theo",
                                  "the Ministry of Labour", "ở đó có 3 xã"])
def test_words_that_are_syllables_or_abbreviations_stay(kept: str):
    assert normalize(kept).text == kept


CLOSING_TABBED = """ỦY BAN NHÂN DÂN
TỈNH SÔNG BẠC
Số: 31/QĐ-UBND
Sông Bạc, ngày 14 tháng 3 năm 2031
QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Công bố thủ tục hành chính.
Điều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, NC.{glue}\tCHỦ TỊCH



Lê Văn Bình
"""


@pytest.mark.parametrize("glue", ["", "Hữu"])
def test_a_position_flattened_onto_the_archive_line_by_a_tab(glue: str):
    r = extract_text(CLOSING_TABBED.format(glue=glue))
    assert r.signer is not None and (r.signer.name, r.signer.position) == ("Lê Văn Bình", "Chủ tịch")
