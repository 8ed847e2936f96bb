"""Header cells a scan or a converter damaged: a letter-spaced number, a date whose figures
OCR garbled, figures set apart before a number (synthetic letters of invented bodies)."""

from __future__ import annotations

from pipeline.extractor import extract_text

BODY = """
V/v góp ý dự thảo quy chế phối hợp

Kính gửi: Ủy ban nhân dân tỉnh Sông Lam

Bộ Giao thông có ý kiến như sau: thống nhất với nội dung dự thảo.

Nơi nhận:                                   KT. BỘ TRƯỞNG
- Như trên;                                  THỨ TRƯỞNG
- Lưu: VT.
                                             Lê Văn Hòa
"""


def _letter(number_and_date: str) -> str:
    return "BỘ GIAO THÔNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" \
           "                              Độc lập - Tự do - Hạnh phúc\n\n" + number_and_date + "\n" + BODY


def test_letter_spaced_number_is_one_number():
    r = extract_text(_letter("Số:4 7 1 3/BGT-VT           Hà Nội, ngày 12 tháng 5 năm 2027"))
    assert (r.number.raw, r.number.seq, r.number.symbol) == ("4713/BGT-VT", "4713", "BGT-VT")
    assert r.date.iso == "2027-05-12" and r.place == "Hà Nội"


def test_figures_apart_before_the_number_give_no_number_rather_than_a_wrong_one():
    r = extract_text(_letter("Số: 47 13/BGT-VT           Hà Nội, ngày 12 tháng 5 năm 2027"))
    assert r.number.raw is None and r.number.seq is None and r.number.symbol == "BGT-VT"


def test_garbled_date_figures_keep_the_place():
    r = extract_text(_letter("Số: 4713/BGT-VT           Hà Nội, ngày 1Ữ tháng 5Ä năm 2O27"))
    assert r.place == "Hà Nội"
    assert r.date is None or (r.date.iso is None and r.date.year is None and r.date.day is None)
    assert r.number.raw == "4713/BGT-VT"


PARTY = """BAN CHẤP HÀNH TRUNG ƯƠNG            ĐẢNG CỘNG SẢN VIỆT NAM

Số: 31-NQ/TW                          Hà Nội, ngày 4 tháng 6 năm 2027

NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN NGÀNH THỦY SẢN ĐẾN NĂM 2035
I- TÌNH HÌNH VÀ NGUYÊN NHÂN
Sau 10 năm thực hiện Nghị quyết số 09-NQ/TW, ngày 12/3/2016 của Bộ Chính trị về thủy sản, ngành đã đạt nhiều kết quả.
II- QUAN ĐIỂM VÀ MỤC TIÊU
Phát triển thủy sản bền vững.

T/M BỘ CHÍNH TRỊ
Nguyễn Văn Tâm
"""


def test_party_section_marker_with_a_hyphen_ends_the_title_and_the_preamble():
    """A Party document numbers its sections "I-", "II-": the first one is the body, not more of
    the trích yếu in capitals, and what it narrates is no ground."""
    r = extract_text(PARTY)
    assert r.title == "CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN NGÀNH THỦY SẢN ĐẾN NĂM 2035"
    assert not any(b.number == "09-NQ/TW" for b in r.legal_bases)


def test_a_month_no_calendar_has_is_unknown_not_a_value():
    r = extract_text(_letter("Số: 4713/BGT-VT           Hà Nội, ngày 15 tháng 54 năm 2027"))
    assert (r.date.year, r.date.month, r.date.day, r.date.iso) == (2027, None, 15, None)
    assert r.place == "Hà Nội"
    r = extract_text(_letter("Số: 4713/BGT-VT           Hà Nội, ngày 45 tháng 5 năm 2027"))
    assert (r.date.year, r.date.month, r.date.day, r.date.iso) == (2027, 5, None, None)


_SCANNED_LETTER = """===== Trang 1 =====
BỘ GIAO THÔNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
—— Độc lập - Tự do - Hạnh phúc

số: 47ÚŸ  mGT-VT Hà Nội, ngày/Í0. tháng ƒnăm 2027
77v góp ý dự thảo
quy chế phối hợp

š lÿ MyKnh gửi: Sở Giao thông các tỉnh/thành phố

Bộ Giao thông có ý kiến về dự thảo quy chế phối hợp như sau: thống nhất với nội dung dự thảo và đề nghị các Sở Giao thông sớm hoàn thiện,


===== Trang 2 =====
trình cấp có thẩm quyền ban hành.

Nơi nhận:
- Như trên;
- Lưu: VT.

Lê Văn Hòa
"""


def test_a_scanned_letter_whose_number_day_and_label_ocr_marred_keeps_what_it_can_read():
    """"số:" OCR wrote small, its figures and the hand's day and month marred, the V/v and
    "Kính gửi" behind margin marks, the pages marked between: the date cell still ends its line
    (place and year read, day and month unknown), no number rather than a wrong one, a letter
    with its addressee under the date is a công văn, the addressee a recipient; the sentence
    runs on over the page marker."""
    r = extract_text(_SCANNED_LETTER)
    assert r.place == "Hà Nội"
    assert (r.date.year, r.date.month, r.date.day, r.date.iso) == (2027, None, None, None)
    assert r.number is None or r.number.seq is None
    assert r.doc_type is not None and r.doc_type.code == "CV"
    assert r.issuer is not None and r.issuer.name == "Bộ Giao thông"
    assert "Sở Giao thông các tỉnh/thành phố" in r.recipients


def test_a_number_read_above_the_header_leaves_the_issuer_below_it():
    # an OCR that reads the number line first (it sat higher on the page, or was stamped on
    # top), then the two columns interleaved line by line: issuer, Quốc hiệu, issuer, motto
    text = (
        "Số: 215/UBND-VP\nỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ HÀ AN\n"
        "Độc lập - Tự do - Hạnh phúc\nHà An, ngày 12 tháng 3 năm 2026\n"
        "V/v triển khai kiểm tra an toàn thực phẩm\n\nKính gửi:\n- Trạm Y tế xã;\n- Công an xã.\n\n"
        "Ủy ban nhân dân xã đề nghị Trạm Y tế xã chủ trì, phối hợp với Công an xã kiểm tra an toàn "
        "thực phẩm tại các cơ sở trên địa bàn trước ngày 30/3/2026.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n"
    )
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Ủy ban nhân dân xã Hà An"
    assert r.number.raw == "215/UBND-VP" and r.date.iso == "2026-03-12"
    assert r.title == "triển khai kiểm tra an toàn thực phẩm"
