"""Submissions, reports and letters to the body above; joint and bracketed citations: synthetic
documents.

- "Sở A kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, ký ban hành …", "… kính đề nghị UBND
  tỉnh xem xét, …", "Ủy ban nhân dân tỉnh kính gửi Hội đồng nhân dân tỉnh xem xét, quyết định":
  the addressee asked to act is the unit, as written ("UBND tỉnh" → "Ủy ban nhân dân tỉnh");
- the issuer telling what it did ("Ủy ban nhân dân tỉnh nghiêm túc tiếp thu …") is no unit, its
  locality's name left out or not, nor is it where a request to it is told;
- "… thành phần: - Chủ trì: Lãnh đạo Ủy ban nhân dân tỉnh" chairs a meeting: no unit;
- "Thông tư liên tịch số … ngày … giữa Bộ A, Bộ B …": the joint issuers; "Luật sửa đổi … Luật
  A (Luật số 107/2025/QH15)": one item, named and numbered; "Thực hiện quy định của Luật B, …":
  the law by name; a regional court abbreviated "KV" expanded;
- "… và phương hướng nhiệm vụ 06 tháng cuối năm 2031": the span names the part of the report.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

SUBMISSION = """UBND TỈNH NAM SƠN
SỞ NỘI VỤ
Số: /TTr-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày    tháng 7 năm 2031

TỜ TRÌNH
Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2031

Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Nam Sơn.

Thực hiện quy định của Luật Cán bộ, công chức, Công văn số 54/UBND-NC ngày 02/6/2031 của Ủy ban nhân dân tỉnh; Thông tư liên tịch số 11/2031/TTLT-BCA-BTP ngày 30/6/2031 giữa Bộ Công an, Bộ Tư pháp quy định về việc phối hợp cung cấp thông tin; Luật sửa đổi, bổ sung một số điều của Luật Lý lịch tư pháp (Luật số 107/2030/QH15).
Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, ký ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2031 và phương hướng nhiệm vụ 06 tháng cuối năm 2031./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Tuấn
"""


def test_submission_asks_its_addressee() -> None:
    r = extract_text(SUBMISSION)
    # (a role is named as the Kính gửi line writes it)
    assert [u.name for u in r.responsible_units] == ["Chủ tịch Ủy ban nhân dân tỉnh Nam Sơn"]
    assert not any(t.start == "2031-07" for t in r.timeline)


def test_joint_bracketed_and_provisions_citations() -> None:
    bases = extract_text(SUBMISSION).legal_bases
    by_number = {b.number: b for b in bases}
    assert by_number["11/2031/TTLT-BCA-BTP"].issuer == "Bộ Công an, Bộ Tư pháp"
    assert by_number["107/2030/QH15"].title == "Luật sửa đổi, bổ sung một số điều của Luật Lý lịch tư pháp"
    assert [b.title for b in bases if b.number is None] == ["Luật Cán bộ, công chức"]


REPORT = """ỦY BAN NHÂN DÂN
TỈNH NAM SƠN
Số: /BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày    tháng 7 năm 2031

BÁO CÁO
Tiếp thu ý kiến thẩm tra dự thảo Nghị quyết

Kính gửi: Hội đồng nhân dân tỉnh Nam Sơn.

Ủy ban nhân dân tỉnh nghiêm túc tiếp thu ý kiến của Ban Pháp chế về tiến độ xây dựng dự thảo Nghị quyết.
Sở Tài chính đề nghị UBND tỉnh xem xét, bố trí kinh phí thực hiện.
Hội nghị được tổ chức tại Trung tâm Hội nghị tỉnh, thành phần:
- Chủ trì: Lãnh đạo Ủy ban nhân dân tỉnh;
- Đại diện lãnh đạo các sở, ngành.
Mời Tòa án nhân dân KV 2 tham dự.
Ủy ban nhân dân tỉnh kính gửi Hội đồng nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn An
"""


def test_report_asks_the_council_not_itself_nor_the_chair() -> None:
    names = [u.name for u in extract_text(REPORT).responsible_units]
    assert "Hội đồng nhân dân tỉnh" in names
    # the issuer itself, also where a department's request to it is told, is no unit
    assert "Ủy ban nhân dân tỉnh" not in names
    assert not any(n.startswith(("Lãnh đạo", "Sở Tài chính")) for n in names)


def test_regional_court_abbreviation() -> None:
    from pipeline.lexicon import expand_abbreviations

    assert expand_abbreviations("Tòa án nhân dân KV 2") == "Tòa án nhân dân Khu vực 2"
