"""Two readings a converter's hard wraps and a chain of cited papers upset: an addressee whose
role and body fall on two lines, and the sender of the next paper read as this one's issuer.
Synthetic documents (bodies real kinds, numbers and names invented)."""

from __future__ import annotations

from pipeline.extractor import extract_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 4321/VPCP-KTTH
V/v triển khai chỉ đạo về phục hồi sản xuất
Hà Nội, ngày 02 tháng 12 năm 2031

Kính gửi: Bộ trưởng
Bộ Nông nghiệp và Môi trường
Căn cứ chỉ đạo của Bộ Chính trị tại Thông báo số 17-TB/TW ngày 21/11/2031, của Ban Bí thư tại văn bản số 28-KL/TW ngày 22/11/2031 và Nghị quyết số 301/NQ-CP ngày 25/11/2031 của Chính phủ, Thủ tướng Chính phủ có ý kiến như sau:

Giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các bộ, cơ quan liên quan hướng dẫn các địa phương phục hồi sản xuất nông nghiệp, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2031.

Văn phòng Chính phủ thông báo để Bộ Nông nghiệp và Môi trường biết, thực hiện./.

Nơi nhận:
- Như trên;
- Thủ tướng Chính phủ;
- Lưu: VT, KTTH.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Trần Văn Hòa
"""


def test_an_addressee_role_wrapped_before_its_body_is_one_recipient() -> None:
    r = extract_text(_LETTER).model_dump()
    assert r["recipients"][0] == "Bộ trưởng Bộ Nông nghiệp và Môi trường"
    assert "Bộ trưởng" not in r["recipients"]


def test_the_sender_of_the_next_paper_is_not_this_papers_issuer() -> None:
    # "…, của Ban Bí thư tại văn bản số …": after the comma, the next citation's sender
    r = extract_text(_LETTER).model_dump()
    issuers = {b["number"]: b["issuer"] for b in r["legal_bases"]}
    assert issuers["17-TB/TW"] == "Bộ Chính trị"
    assert issuers["28-KL/TW"] == "Ban Bí thư"
    assert issuers["301/NQ-CP"] == "Chính phủ"


_CONCLUSION = """BAN CHẤP HÀNH TRUNG ƯƠNG
*
ĐẢNG CỘNG SẢN VIỆT NAM
---------------
Số: 301-KL/TW
Hà Nội, ngày 18 tháng 11 năm 2031

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ
về Đề án tiêu chuẩn của đơn vị hành chính

Tại phiên họp ngày 14/11/2031, xem xét Tờ trình của Đảng ủy Chính phủ về Đề án tiêu chuẩn của đơn vị hành chính (Tờ trình số 07-TTr/ĐU, ngày 17/10/2031), Bộ Chính trị, Ban Bí thư kết luận như sau:

1. Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình của Đảng ủy Chính phủ.

2. Giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo hoàn thiện Đề án, hoàn thành trong tháng 11/2031.

Nơi nhận:
- Các đảng ủy trực thuộc Trung ương,
- Lưu Văn phòng Trung ương Đảng.

T/M BỘ CHÍNH TRỊ

Trần Văn An
"""


def test_the_submission_a_sitting_considered_is_the_conclusions_ground() -> None:
    # "xem xét Tờ trình của … (Tờ trình số …)": the submission considered, its number in brackets
    r = extract_text(_CONCLUSION).model_dump()
    assert [b["number"] for b in r["legal_bases"]] == ["07-TTr/ĐU"]
