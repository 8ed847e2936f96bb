"""A citation in brackets right after a body's name is that body's paper ("… ý kiến của Bộ A
(Công văn số …), Ban B (Công văn số …)"), whatever other bodies the sentence names; a plural
head before a colon list gives each member its kind ("các Bộ: Tài chính (…)") (synthetic
letter of an invented office)."""

from __future__ import annotations

from pipeline.extractor import extract_text

LETTER = """VĂN PHÒNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 7001/VPCP-KTTH
V/v bổ sung kinh phí năm 2031

Hà Nội, ngày 03 tháng 10 năm 2031

Kính gửi: Ủy ban nhân dân tỉnh Sông Bạc

Xét đề nghị của Ủy ban nhân dân tỉnh Sông Bạc (Công văn số 501/UBND-TM ngày 19 tháng 8 năm 2031), ý kiến của các Bộ: Nội vụ (Công văn số 3111/BNV-TĐKT ngày 17 tháng 9 năm 2031), Tài chính (Công văn số 12001/BTC-NSNN ngày 23 tháng 9 năm 2031), Ban Thi đua - Khen thưởng Trung ương (Công văn số 2201/BTĐKT-VIII ngày 12 tháng 9 năm 2031) về việc bổ sung kinh phí, Phó Thủ tướng có ý kiến như sau:

Đồng ý bổ sung kinh phí cho tỉnh Sông Bạc.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Lê Văn An
"""


def test_each_bracketed_paper_takes_the_name_before_it():
    issuers = {lb.number: lb.issuer for lb in extract_text(LETTER).legal_bases}
    assert issuers["501/UBND-TM"] == "Ủy ban nhân dân tỉnh Sông Bạc"
    assert issuers["3111/BNV-TĐKT"] == "Bộ Nội vụ"
    assert issuers["12001/BTC-NSNN"] == "Bộ Tài chính"
    assert issuers["2201/BTĐKT-VIII"] == "Ban Thi đua - Khen thưởng Trung ương"
