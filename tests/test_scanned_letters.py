"""Letters as a knowledge base or a legal database keeps them, on synthetic texts (invented
bodies, numbers and places):

- a YAML front matter above the text (a RAG store's record of the PDF: its own "title", a file
  name's number) is furniture, also where the OCR'd header follows it with no blank line;
- an OCR'd header whose two columns run together on each line ("BO TÀI CHÍNH CONG HOA XÃ HỘI …"
  / "TỎNG CỤC THUÊ Độc lập — Ty do …"): the motto is cut even where OCR damaged its words, and
  the body names get their marks back from the lexicon, so the issuer is the lower body and the
  upper one its parent — while a name's own word that only looks like a head ("ĐỔI" after
  "CỤC") stays as written;
- a legal database's properties table, one cell a line ("Số hiệu:" / "171/CV-BCĐ" / …), is
  furniture: no legal basis, number or date comes from it, and the letter under it, opening with
  "Kính gửi", is a công văn whose addressee is its recipient and whose intro hands its list on
  in the clause closing one long sentence of grounds.
"""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.ocr_names import restored

_FRONT = """---
title: "CV Undated CV 4457 TCT 2022 Tiep tuc"
category: "Tax"
source_folder: "2022"
original_format: "pdf"
---
"""

_OCR_LETTER = """BO TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGH. TNAM
TỎNG CỤC THUÊ Độc lập — Ty do — Hạnh phúc
Số: 4321 /TCT-KK Hà Nội, ngày 14 tháng 3 năm 2026
V/v đôn đốc báo cáo kết quả kê khai thuế.

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương tổng hợp kết quả
kê khai thuế quý I năm 2026, gửi về Tổng cục Thuế trước ngày 15/4/2026.

Nơi nhận:
- Như trên;
- Lưu: VT, KK.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG

Trần Văn Hòa
"""


def test_a_front_matter_above_an_ocr_header_is_no_part_of_the_document() -> None:
    r = extract_text(_FRONT + _OCR_LETTER)
    assert r.number is not None and r.number.raw == "4321/TCT-KK"
    assert r.issuer is not None and r.issuer.name == "Tổng cục Thuế"
    assert r.issuer.parent == "Bộ Tài chính"
    assert r.title is not None and "Undated" not in r.title


def test_an_ocr_header_run_together_gives_the_lower_body_with_its_marks() -> None:
    r = extract_text(_OCR_LETTER)
    assert r.issuer is not None and r.issuer.name == "Tổng cục Thuế"
    assert r.date is not None and r.date.iso == "2026-03-14"
    assert restored("VAN PHONG CHÍNH PHU") == "VĂN PHÒNG CHÍNH PHỦ"
    assert restored("CỤC THUE TP HÀ NỘI") == "CỤC THUẾ TP HÀ NỘI"
    # a word written with its own marks that merely folds like a head is the name's own
    assert restored("CỤC ĐỔI MỚI SÁNG TẠO") == "CỤC ĐỔI MỚI SÁNG TẠO"
    # a header written right is left as it is
    assert restored("ỦY BAN NHÂN DÂN TỈNH HÀ AN") == "ỦY BAN NHÂN DÂN TỈNH HÀ AN"


def test_the_city_level_written_short_is_expanded_in_a_body_name() -> None:
    text = _OCR_LETTER.replace("BO TÀI CHÍNH CONG", "TỔNG CỤC THUẾ CONG").replace(
        "TỎNG CỤC THUÊ Độc lập", "CỤC THUẾ TP HÀ AN Độc lập")
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Cục Thuế thành phố Hà An"


_DATABASE_PAGE = """Bản quyền thuộc về Cổng pháp luật. Mọi hành vi sao chép là vi phạm pháp luật.

Đang tải văn bản...

**Số hiệu:**
|
171/CV-BCĐ
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Ban Chỉ đạo sắp xếp tổ chức bộ máy
|
**Người ký:**
|
Nguyễn Văn An
|
**Ngày ban hành:**
|
21/11/2025
|
**Tình trạng:**
|
Đã biết
|
**Kính gửi:** Chủ
tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành Trung ương Đảng về tiếp tục xây
dựng, hoàn thiện tổ chức bộ máy của hệ thống chính trị trong thời gian tới và ý kiến chỉ đạo của
Thường trực Ban Bí thư tại cuộc họp ngày 14/11/2025 về tình hình vận hành bộ máy ở cơ sở, Ban Chỉ đạo
của Chính phủ về sắp xếp tổ chức bộ máy (sau đây viết là Ban Chỉ đạo) yêu cầu Chủ tịch Ủy ban nhân
dân các tỉnh, thành phố trực thuộc Trung ương tập trung, khẩn trương chỉ đạo, giải quyết dứt điểm
các khó khăn, vướng mắc ở cấp xã khi vận hành bộ máy mới, một số nội dung cụ thể sau:

1. Về tổ chức thực hiện nhiệm vụ được phân cấp
- Tiếp tục đánh giá tính khả thi của việc phân cấp ở cấp xã để kịp thời điều chỉnh.
2. Về trụ sở và tài sản công
- Hoàn thành việc bố trí trụ sở làm việc cho cấp xã trước ngày 31/12/2025./.

Nơi nhận:
- Như trên;
- Lưu: VT, BCĐ.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Nguyễn Văn An
"""


def test_a_databases_properties_are_furniture_and_the_letter_under_them_is_read() -> None:
    r = extract_text(_DATABASE_PAGE)
    assert r.number is None and r.date is None  # the site's cataloguing, not the document
    assert all(b.number != "171/CV-BCĐ" for b in r.legal_bases)
    assert r.doc_type is not None and r.doc_type.code == "CV"
    assert r.recipients == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    names = [u.name for u in r.responsible_units]
    assert "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in names
    # the header lost, the letter names itself where it asks, its short name in brackets after
    # the full one, a body of the kind its signature's authority line heads ("KT. TRƯỞNG BAN")
    assert r.issuer is not None and r.issuer.name == "Ban Chỉ đạo của Chính phủ về sắp xếp tổ chức bộ máy"


def test_ocr_readings_of_the_number_cue_and_of_thang_keep_the_header_cells() -> None:
    # "só:" for a small "số:", a lost figure in the sequence, a garbled day, "kháng" for "tháng",
    # and the page markers a PDF converter writes ("--- PAGE 1 ---", "--- PAGE BREAK ---")
    text = "--- PAGE 1 ---\n" + _OCR_LETTER.replace(
        "Số: 4321 /TCT-KK Hà Nội, ngày 14 tháng 3 năm 2026", "só: 43 1/TCT-KK Hà Nội, ngàyä4 kháng 3 năm 2026"
    ).replace("Nơi nhận:", "--- PAGE BREAK ---\n\nNơi nhận:")
    r = extract_text(text)
    assert r.number is not None and r.number.symbol == "TCT-KK" and r.number.seq is None
    assert r.date is not None and (r.date.year, r.date.month, r.date.day) == (2026, 3, None)
    assert r.place == "Hà Nội"
    assert r.issuer is not None and r.issuer.name == "Tổng cục Thuế"
    assert not any("PAGE" in x for x in r.recipients)


def test_a_position_beside_the_nơi_nhận_label_keeps_its_line_behind_an_ocr_dash() -> None:
    # the two columns of the closing on one line, the position read with a dash before it
    text = _OCR_LETTER[: _OCR_LETTER.index("Nơi nhận:")] + (
        "Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM\n~ Như trên;\n\n- Các Bộ, cơ quan: Công an, Tài chính;\n\n"
        "- Lưu: VT, KSTT.\n\nTrần Văn Hòa\n"
    )
    r = extract_text(text)
    assert r.signer is not None and r.signer.name == "Trần Văn Hòa"
    assert r.signer.position == "Bộ trưởng, Chủ nhiệm"


def test_kinh_gui_read_as_another_short_word_still_opens_the_addressees() -> None:
    r = extract_text(_OCR_LETTER.replace("Kính gửi: Cục Thuế", "Site gửi: Cục Thuế"))
    assert r.recipients[0] == "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"


def test_a_wrapped_addressee_item_and_a_central_name_cut_by_a_line_break() -> None:
    text = """BỘ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 10001/BNV-TCBC
V/v đề xuất biên chế

Hà Nội, ngày 21 tháng 11 năm 2026

Kính gửi:

- Các bộ, cơ quan ngang bộ, cơ quan thuộc
Chính phủ;
- Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.

Thực hiện ý kiến của Ban Tổ chức
Trung ương tại Văn bản số 9001-CV/BTCTW ngày 29/7/2026 về hoàn thiện vị trí việc làm, đề nghị
bộ, ngành, địa phương tổng hợp đề xuất biên chế, gửi về Bộ Nội vụ trước ngày 26/11/2026./.

Nơi nhận:
- Như trên;
- Lưu: VT, TCBC.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Vũ Văn Thắng
"""
    r = extract_text(text)
    assert r.recipients[:2] == ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                                "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]
    b = next(b for b in r.legal_bases if b.number == "9001-CV/BTCTW")
    assert b.issuer == "Ban Tổ chức Trung ương"


def test_an_ocr_closing_drawn_line_by_line_with_blank_lines_and_a_tilde_dash() -> None:
    # "sé:" for "số:"; the two columns of the closing on each line; a scan's blank lines inside
    # the list, one of them inside an item ("(để báo cáo Thủ tướng" / "và Phó Thủ tướng …);"), and
    # a dash OCR read as "~"
    text = _OCR_LETTER.replace("Số: 4321 /TCT-KK", "sé: 4321 /TCT-KK")
    text = text[: text.index("Nơi nhận:")] + (
        "Noi nhận: KT. TONG GIAM DOC\n- Như trên; PHÓ TỎNG GIÁM ĐÓC\n- Văn phòng Chính phủ (để báo cáo Thủ tướng\n\n"
        "và Phó Thủ tướng Nguyễn Văn A);\n\n- UBND các tỉnh, TP trực thuộc TW;\n\n~ Các đơn vị trực thuộc Tổng cục;\n"
        "- Lưu: VT, KK.\n\nTrần Văn Hòa\n"
    )
    r = extract_text(text)
    assert r.number is not None and r.number.raw == "4321/TCT-KK"
    assert r.signer is not None and r.signer.name == "Trần Văn Hòa" and r.signer.authority == "KT."
    assert r.recipients[-3:] == ["Văn phòng Chính phủ", "UBND các tỉnh, TP trực thuộc TW",
                                 "Các đơn vị trực thuộc Tổng cục"]


def test_a_party_drafts_blank_number_names_its_kind_over_a_ve_viec_line() -> None:
    text = """TỈNH ỦY HÀ AN
Số:           -QĐ/TU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà An, ngày            tháng 6 năm 2026
DỰ THẢO
Về việc thành lập Ban Chỉ đạo giải phóng mặt bằng dự án đường cao tốc
- Căn cứ Nghị quyết số 172/2026/QH15 ngày 30 tháng 11 năm 2025 của Quốc hội về chủ trương đầu tư;
BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH
Điều 1. Thành lập Ban Chỉ đạo giải phóng mặt bằng dự án đường cao tốc.
Điều 2. Quyết định có hiệu lực từ ngày ký.
"""
    r = extract_text(text)
    assert r.doc_type is not None and r.doc_type.code == "QĐ"
    # … while a state letter's symbol, whose first part may be its issuer's abbreviation, does not
    r = extract_text(_OCR_LETTER.replace("4321 /TCT-KK", "4321/CT-CS"))
    assert r.doc_type is not None and r.doc_type.code == "CV"


def test_an_invitation_without_trich_yeu_opens_with_the_sentence_that_brings_in_its_body() -> None:
    text = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:          /GM-UBND	Hà An, ngày       tháng 6 năm 2026

GIẤY MỜI

Ủy ban nhân dân tỉnh mời họp cùng Đoàn công tác của Tòa án nhân dân tối cao tại Công văn số 60/XM-TANDTC ngày 08/6/2026 về xác minh tài liệu với thành phần, nội dung, thời gian và địa điểm như sau:
I. Thành phần
1. Chủ trì: Lãnh đạo Ủy ban nhân dân tỉnh.
II. Thời gian: 08 giờ 00, ngày 12/6/2026.
"""
    r = extract_text(text)
    assert r.doc_type is not None and r.doc_type.code == "GM"
    assert r.title is None
    assert any(b.number == "60/XM-TANDTC" for b in r.legal_bases)


def test_an_ocr_closing_whose_name_was_lost_keeps_its_position() -> None:
    # "TONG" without its marks is still the first word of "TỔNG CỤC TRƯỞNG", not a line of its own;
    # a dot OCR left before the deputy's position is no part of it
    text = _OCR_LETTER[: _OCR_LETTER.index("Nơi nhận:")] + (
        "Noi nhận: KT. TONG CỤC TRƯỞNG\n+ Như trên: . PHO TONG CỤC TRƯỜNG\n~ Cục Thuế DNL (để thực hiện);\n\n"
        "-Lưu VT, KK.\n"
    )
    r = extract_text(text)
    assert r.signer is not None and r.signer.authority == "KT." and r.signer.name is None
    assert r.signer.position == "Phó Tổng cục trưởng"  # cased as the positions lexicon writes it


_COPIED_LETTER = """TONG LIEN DOAN LAO DONG CONG HOA XA HOI CHU NGHIA VIET NAM
VIET NAM Độc lập - Ty do - Hanh phúc

$6:312/TLD Hà Nội, ngày 1§ thang> năm 2026
V/v hướng dẫn đóng kinh phí công đoàn
của các doanh nghiệp khó khăn

Kính gửi:  - Các Liên đoàn Lao động tỉnh, thành phố;
- Các Công đoàn ngành Trung ương.

Đoàn Chủ tịch Tổng Liên đoàn hướng dẫn các Liên đoàn Lao động tỉnh, thành phố
một số nội dung sau:

1. Doanh nghiệp khó khăn được lùi thời điểm đóng kinh phí công đoàn.

2. Báo cáo kết quả về Tổng Liên đoàn (qua Ban Tài chính).

TM. ĐOÀN CHỦ TỊCH

PHÓ CHỦ TỊCH
Lê Văn Hùng (đã ký)
TÔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM SAO LỤC
LIÊN ĐOÀN LAO ĐỌNG TỈNH HÀ AN à 20 thắng 3 năm 2026

Số: 21/SL-LĐLĐ

Nơi nhận:

- Thường trực, các Ban Liên đoàn Lao động tỉnh:
- Các công đoàn cơ sở trực thuộc;
- Lưu VT, TC.
"""


def test_an_ocr_dollar_cue_and_a_copy_form_below_the_document() -> None:
    # "$6:" is how OCR reads a printed "Số:"; a copy's own form printed below the copied letter
    # ("SAO LỤC", its number of kind SL, its Nơi nhận) is no part of the letter
    r = extract_text(_COPIED_LETTER)
    assert r.number is not None and r.number.raw == "312/TLD"
    assert r.doc_type is not None and r.doc_type.code == "CV"
    assert r.title is not None and r.title.startswith("hướng dẫn đóng kinh phí công đoàn")
    assert not any("Thường trực" in x or "cơ sở trực thuộc" in x for x in r.recipients)
    assert "Các Liên đoàn Lao động tỉnh, thành phố" in r.recipients
    assert r.signer is not None and r.signer.name == "Lê Văn Hùng"
    # the header's body name read without its marks, đ's bar lost too, gets them back
    assert restored("TONG LIEN DOAN LAO DONG CONG HOA") .startswith("TỔNG LIÊN ĐOÀN")
    assert r.issuer is not None and r.issuer.name.casefold().startswith("tổng liên đoàn")


_DASH_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 120/UBND-KT
Hà An, ngày 02 tháng 3 năm 2026

V/v tăng cường quản lý thuế

Kính gửi: Sở Tài chính.

Để tiếp tục tăng cường hiệu quả công tác quản lý thuế, Ủy ban nhân dân tỉnh đề nghị Sở Tài chính:

- Khẩn trương rà soát các khoản thu ngân sách.

- Tăng cường công tác tuyên truyền.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Sinh
"""


def test_a_letter_opening_with_its_request_hands_its_dash_items_to_the_body_asked() -> None:
    # no preamble of grounds before the list: the paragraph right before the first item is the
    # intro, and the items (dashes, not numbers) are the tasks of the body it asks
    r = extract_text(_DASH_LETTER)
    units = {u.name: u.tasks for u in r.responsible_units}
    assert list(units) == ["Sở Tài chính"]
    assert units["Sở Tài chính"][0].startswith("Khẩn trương rà soát")


_PARTY_NOTICE = """ĐẢNG BỘ TỈNH HÀ AN
ĐẢNG ỦY XÃ AN PHÚ
*
Số 41-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Phú, ngày 12 tháng 3 năm 2026
THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY
Về một số nội dung cuộc họp ngày 10/3/2026
-----
Ngày 10/3/2026, Ban Thường vụ Đảng ủy họp nghe báo cáo các dự thảo chương trình của Ban Chấp
hành Đảng bộ xã; Ban Thường vụ Đảng ủy thống nhất kết luận như sau:
Ban Thường vụ Đảng ủy cơ bản nhất trí với các nội dung dự thảo trình tại cuộc họp; giao các cơ
quan tham mưu, giúp việc Đảng ủy tiếp thu các ý kiến góp ý; trong đó lưu ý:
- Về dự thảo Chương trình hành động: Giao Văn phòng Đảng ủy rà soát, cập nhật các nhiệm vụ.
- Về Chương trình kiểm tra, giám sát: Căn cứ Chương trình hành động, giao Ủy ban kiểm tra Đảng
ủy rà soát, bổ sung nội dung kiểm tra.
Nơi nhận:
- Các đ/c Ủy viên Ban Thường vụ Đảng ủy,
- Lưu VPĐU.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Lê Thị Hoa
"""


def test_a_party_notices_conclusions_assign_after_its_remarks_on_drafts() -> None:
    # the subject in sentence case under the kind's two lines of capitals is the trích yếu's;
    # remarks on drafts ("trong đó lưu ý:") are no draft's wording; a clause after ";" that
    # opens with "giao" assigns though the first one only agrees; "Ủy ban kiểm tra" is a body
    r = extract_text(_PARTY_NOTICE)
    assert r.title == "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY Về một số nội dung cuộc họp ngày 10/3/2026"
    assert [u.name for u in r.responsible_units] == [
        "Các cơ quan tham mưu, giúp việc Đảng ủy", "Văn phòng Đảng ủy", "Ủy ban kiểm tra Đảng ủy"]


def test_a_bar_read_into_a_handwritten_day_cuts_no_cell() -> None:
    # OCR read the handwritten day as "ñ|" and the month as "42": the cell is still the date's,
    # its year read, its day and month unknown; an underscore read for a dash before "Như trên"
    text = _OCR_LETTER.replace("ngày 14 tháng 3 năm 2026", "ngày ñ| tháng 42 năm 2026").replace(
        "- Như trên;", "_ Nhu tren: cps ten e (aa CUC TRUONG")
    r = extract_text(text)
    assert r.number is not None and r.number.raw == "4321/TCT-KK"
    assert r.date is not None and (r.date.year, r.date.month, r.date.day) == (2026, None, None)
    assert r.place == "Hà Nội"
    assert not any("Nhu tren" in x for x in r.recipients)


def test_a_headerless_letter_naming_itself_by_level_takes_its_full_name_from_the_text() -> None:
    # the closing sentence names the body by its level alone, a word typed twice; the opening
    # one names it in full: the issuer is the full name
    text = """**Kính gửi:**
- Sở Y tế;
- Ủy ban nhân dân các phường, xã.

Thời gian qua, Ủy ban nhân dân thành phố Hà An, đã có nhiều văn bản chỉ đạo thực hiện chính
sách bảo hiểm y tế trên địa bàn.

**1. Sở Y tế**

Chủ trì kiểm tra công tác khám bệnh, chữa bệnh bảo hiểm y tế trên địa bàn.

Ủy ban nhân dân Thành phố phố yêu cầu các Sở, ngành nghiêm túc thực hiện những nội dung trên./.

*Nơi nhận:*
- Như trên;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
KT. CHỦ TỊCH
**PHÓ CHỦ TỊCH**
**Lê Thu Hà**
"""
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Ủy ban nhân dân thành phố Hà An"


def test_the_number_cell_is_seen_with_its_year_and_as_ocr_reads_its_cue() -> None:
    # the test that tells a web page's own "V/v" heading from a letter's (a number cell below
    # it) sees "Số: 12/2026/QĐ-UBND" with its year part and "$6:245/TLD" as OCR reads the cue
    from pipeline.segment import _NUMBER_CELL

    assert _NUMBER_CELL.search("Số: 12/2026/QĐ-UBND") and _NUMBER_CELL.search("$6:245/TLD Hà Nội")
    assert _NUMBER_CELL.search("Số: 12/KH-UBND") and not _NUMBER_CELL.search("Sông 12/2026")


_OCR_DAMAGED_CUES = """BO TAI CHINH CONG HOA XA HOI CHU NGHIA VIET NAM
TONG CUC THUE Doc lọc Tự do - Hạnh phúc
{number_line}
V/v triển khai cung cấp thông tin
về tài khoản thanh toán
Kính gửi: Ngân hàng Nhà nước Việt Nam.

Tổng cục Thuế đề nghị Ngân hàng Nhà nước Việt Nam phối hợp cung cấp thông tin về tài khoản
thanh toán của người nộp thuế.

Nơi nhận:
- Như trên;
- Lưu: VT, KK.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG

Trần Văn An
"""


def test_ocr_damage_to_the_mottos_opening_and_to_the_date_cue() -> None:
    # the tiêu ngữ's opening words OCR damaged past matching ("Doc lọc", "Déc lập") go with the
    # motto, not with the body's name before it; a date whose "ngày" OCR misread ("ngdy,",
    # "ngàÊ") is the date cell still: month and year read, the day beside the damaged cue unknown
    for opening in ("Doc lọc", "Déc lập"):
        text = _OCR_DAMAGED_CUES.replace("Doc lọc", opening).format(
            number_line="Số: 1305/TCT-KK Hà Nội, ngàÊ 26 tháng 4 năm 2022")
        rec = extract_text(text)
        assert rec.issuer is not None and rec.issuer.name == "Tổng cục Thuế"
        assert rec.date is not None and (rec.date.year, rec.date.month, rec.date.day, rec.date.iso) == (
            2022, 4, None, None)
        assert rec.place == "Hà Nội"
    # the number cell whose cue OCR lost, run onto the motto: the date cell beside it is the
    # document's (the unreadable number itself is not guessed)
    rec = extract_text(_OCR_DAMAGED_CUES.format(number_line="864305 /TCT-KK. Hà Nội, ngdy, Jf tháng 4 năm 2022"))
    assert rec.date is not None and (rec.date.year, rec.date.month, rec.date.day) == (2022, 4, None)
    assert rec.place == "Hà Nội"
    # … and a number cell OCR read past its cue and figures, before the date cell on its line
    rec = extract_text(_OCR_DAMAGED_CUES.replace("Doc lọc Tự do", "Độc lập - Tự do").format(
        number_line="sá2 0Ôosp.GsQL. Hà Nội, ngàÊ 4 tháng 10 năm 2022"))
    assert rec.date is not None and (rec.date.year, rec.date.month, rec.date.day) == (2022, 10, None)
    assert rec.place == "Hà Nội"
    # "tháng" with its first letter lost is still the date cell's word, the day clean beside "ngày"
    rec = extract_text(_OCR_DAMAGED_CUES.format(number_line="Số: 1305/TCT-KK Hà Nội, ngày 26 háng 4 năm 2022"))
    assert rec.date is not None and rec.date.iso == "2022-04-26" and rec.place == "Hà Nội"
    # a clean date is read whole, as before
    rec = extract_text(_OCR_DAMAGED_CUES.format(number_line="Số: 1305/TCT-KK Hà Nội, ngày 26 tháng 4 năm 2022"))
    assert rec.date is not None and rec.date.iso == "2022-04-26"


_MARKS_BEFORE_ADDRESSEE = """CỤC HẢI QUAN TỈNH HÀ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2408/HQHA-GSQL Hà An, ngày 24 tháng 10 năm 2031
V/v tiếp tục báo cáo vướng mắc loại hình
xuất nhập khẩu tại chỗ
öa rổ ] Kính gửi: Tổng cục Hải quan
Cục Hải quan tỉnh Hà An báo cáo vướng mắc như sau:
1. Vướng mắc về thủ tục hải quan
Doanh nghiệp cần hệ sinh thái cung cấp nguyên vật liệu.
Nơi nhận:
- Như trên;
- Lưu: VT, GSQL.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nguyễn Thanh Bình
"""


def test_kinh_gui_behind_a_scans_marks_ends_the_trich_yeu_above_it() -> None:
    # the marks a scan left before "Kính gửi:" make the line look like the trích yếu's wrapped
    # rest (it opens in small letters): it is the addressee's line, never joined onto the V/v
    rec = extract_text(_MARKS_BEFORE_ADDRESSEE)
    assert rec.title == "tiếp tục báo cáo vướng mắc loại hình xuất nhập khẩu tại chỗ"
    assert rec.recipients == ["Tổng cục Hải quan"]
    # … also where a stray asterisk in the number cell above made the lines an emphasis run
    rec = extract_text(_STRAY_ASTERISK)
    assert rec.title == "tiếp tục báo cáo vướng mắc loại hình xuất nhập khẩu tại chỗ"
    assert rec.recipients == ["Tổng cục Hải quan (Cục Giám sát quản lý)"]


_STRAY_ASTERISK = """TONG CỤC HAL QUAN CONG HOA XA HỘI CHU NGHĨA VIỆT NAM

CUC HAI QUAN TINH HA AN Độc lập - Tự do - Hanh phúc
sá2 * 0Ôosp.GsQL. Hà An, ngàÊ 4 tháng 10 năm 2031
V/v tiếp tục báo cáo vướng mắc loại hình
xuất nhập khẩu tại chỗ
öa rổ ] Kính gửi: Tổng cục Hải quan (Cục Giám sát quản lý)

Ngày 17/10/2031, Tổng cục Hải quan ban hành công văn số 4357/TCHQ-GSQL về vướng mắc quyền xuất khẩu.
Cục Hải quan tỉnh Hà An báo cáo như sau:

1. Vướng mắc về thủ tục hải quan

Doanh nghiệp cần hệ sinh thái cung cấp nguyên vật liệu.

Nơi nhận:
- Như trên;
- Lưu: VT, GSQL.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

Nguyễn Thanh Bình
"""


def test_a_position_behind_an_em_dash_ocr_read_beside_an_item() -> None:
    # the closing's two columns on one line, the position behind the em dash OCR read for the
    # mark before it and with its marks lost: still the signature's position
    text = _OCR_LETTER[: _OCR_LETTER.index("Nơi nhận:")] + (
        "Noi nhận: KT. TONG CỤC TRƯỞNG\n- Như trên; — PHO TONG CUC TRUONG\n- Vụ Pháp chế - BTC;\n"
        "- Lưu: VT, PC.\nTrần Văn Hòa\n"
    )
    r = extract_text(text)
    assert r.signer is not None and r.signer.name == "Trần Văn Hòa"
    assert (r.signer.authority, r.signer.position) == ("KT.", "Phó Tổng cục trưởng")


def test_a_stamp_read_as_letters_between_position_and_name_is_no_line_of_the_block() -> None:
    # the closing's lines with blank lines between (a paragraph a line), the position beside an
    # item, and what OCR made of a stamp ("(ees 2®) <<") between it and the name: the block is
    # still read, the name's lost marks put back; an authority alone on its line stays one
    text = _OCR_DAMAGED_CUES.format(number_line="Số: 1305/TCT-KK Hà Nội, ngày 26 tháng 4 năm 2022")
    text = text[: text.index("Nơi nhận:")] + (
        "Noi nhận: KT. TONG CỤC TRƯỞNG\n\n- Như trên; — PHO TONG CUC TRUONG\n\n- Vụ Pháp chế - BTC;\n\n"
        "- Luu: VT, PC.\n\n(ees 2®) <<\n\nMai Son\n")
    r = extract_text(text)
    assert r.signer is not None
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Mai Sơn", "Phó Tổng cục trưởng", "KT.")
