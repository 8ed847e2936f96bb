"""Drafts' marks and blank citations, headings that name a role and its holder: synthetic
documents.

- "DỰ THẢO LẦN 3" under the type line is the draft's mark, no part of the trích yếu;
- "Báo cáo thẩm tra số      /BC-BPC" (small words between the type and "số") and "Tờ trình số
  /TTr -TTBT" (a space before the symbol's dash) are a draft's blank citations;
- "1. Chủ tịch Hội đồng là Chủ tịch UBND tỉnh có nhiệm vụ", "2.2. Phó Chủ tịch Hội đồng là …": the
  unit is the role, not its holder nor its charge; "… mà không phải là …" inside a name stays.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH NAM SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: __ /2031/NQ-HĐND
Nam Sơn, ngày … tháng … năm 2031
NGHỊ QUYẾT
DỰ THẢO LẦN 3
Quy định mức chi hỗ trợ công tác hòa giải ở cơ sở
trên địa bàn tỉnh Nam Sơn
Căn cứ Luật Hòa giải ở cơ sở số 35/2013/QH13;
Xét Tờ trình số      /TTr-UBND ngày      tháng    năm 2031 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số      /BC-BPC ngày      tháng    năm 2031 của Ban Pháp chế Hội đồng nhân dân tỉnh; Xét đề nghị của Sở Tư pháp tại Tờ trình số     /TTr -STP ngày      /02/2031;
QUYẾT NGHỊ:
Điều 1. Quy định mức chi hỗ trợ công tác hòa giải ở cơ sở.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
CHỦ TỊCH
"""


def test_draft_mark_is_no_title_and_blank_citations_are_items() -> None:
    r = extract_text(RESOLUTION)
    assert r.title == "Quy định mức chi hỗ trợ công tác hòa giải ở cơ sở trên địa bàn tỉnh Nam Sơn"
    numbers = [b.number for b in r.legal_bases]
    assert numbers == ["35/2013/QH13", "/TTr-UBND", "/BC-BPC", "/TTr-STP"]
    by_number = {b.number: b for b in r.legal_bases}
    assert by_number["/BC-BPC"].doc_type == "Báo cáo"


NOTICE = """ỦY BAN NHÂN DÂN TỈNH NAM SƠN
HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG
Số: /TB-HĐTĐKT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày    tháng 3 năm 2031

THÔNG BÁO
Phân công nhiệm vụ thành viên Hội đồng Thi đua - Khen thưởng tỉnh

Hội đồng thông báo phân công nhiệm vụ đối với thành viên Hội đồng như sau:
1. Chủ tịch Hội đồng là Chủ tịch UBND tỉnh có nhiệm vụ
- Lãnh đạo, chỉ đạo toàn diện hoạt động của Hội đồng.
2. Các Phó Chủ tịch Hội đồng có nhiệm vụ
2.1. Phó Chủ tịch Hội đồng là Chánh Văn phòng UBND tỉnh
- Giúp Chủ tịch Hội đồng chỉ đạo công tác khen thưởng.
2.2. Ủy viên Thường trực Hội đồng là Phó Giám đốc Sở Nội vụ
- Tổng hợp, đề xuất khen thưởng.
3. Người đứng đầu tổ chức do Chính phủ thành lập mà không phải là đơn vị sự nghiệp công lập
- Phối hợp thực hiện phong trào thi đua.

TM. HỘI ĐỒNG
CHỦ TỊCH
Lê Văn An
"""


def test_role_heading_names_the_role() -> None:
    names = [u.name for u in extract_text(NOTICE).responsible_units]
    assert "Chủ tịch Hội đồng" in names and "Ủy viên Thường trực Hội đồng" in names
    # (the deputy's own heading is one unit with the group's heading above it)
    assert "Phó Chủ tịch Hội đồng" in names or "Các Phó Chủ tịch Hội đồng" in names
    assert not any(" là Chủ tịch" in n or " là Chánh" in n or " là Phó" in n or n.endswith("có nhiệm vụ") for n in names)
    assert "Người đứng đầu tổ chức do Chính phủ thành lập mà không phải là đơn vị sự nghiệp công lập" in names
