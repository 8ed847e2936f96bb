"""Copies that moved or dropped part of a document, and converters that made each line a
paragraph: synthetic documents of an invented province.

- a site that keeps the signer in its own metadata prints the signature block without a name;
- a site that moves the grounds into a section of its own, above the document's header;
- a converter that makes every line a paragraph: a Nơi nhận item wrapped across a blank line,
  a signature's room doubled;
- a converter's stray slash before the issuer's line; a committee's organ in capitals cased
  with the proper names the lexicon knows.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

BODY = """BỘ NÔNG NGHIỆP
Số: 7/2031/TT-BNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 3 tháng 5 năm 2031

THÔNG TƯ
Bãi bỏ Thông tư số 1/2020/TT-BNN

Căn cứ Luật Trồng trọt số 31/2018/QH14 ngày 19 tháng 11 năm 2018;

Bộ trưởng Bộ Nông nghiệp ban hành Thông tư bãi bỏ Thông tư số 1/2020/TT-BNN.

Điều 1. Bãi bỏ Thông tư số 1/2020/TT-BNN.

Điều 2. Thông tư này có hiệu lực từ ngày 1 tháng 7 năm 2031.

"""


def test_a_signature_block_without_its_name_gives_position_and_authority() -> None:
    r = extract_text(BODY + "KT. BỘ TRƯỞNG\n\nTHỨ TRƯỞNG\n\n(Ký và đóng dấu)\n\nNơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT, PC.\n")
    assert r.signer is not None
    assert (r.signer.name, r.signer.position, r.signer.authority) == (None, "Thứ trưởng", "KT.")
    assert r.recipients == ["Văn phòng Chính phủ"]


def test_a_named_signature_is_read_as_before() -> None:
    r = extract_text(BODY + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Văn Bình\n")
    assert r.signer is not None
    assert (r.signer.name, r.signer.position) == ("Lê Văn Bình", "Thứ trưởng")


def test_no_signature_block_gives_no_signer() -> None:
    assert extract_text(BODY).signer is None


PAGE = """# Quyết định 88/QĐ-UBND về hỗ trợ kinh phí

## CĂN CỨ PHÁP LUẬT

- Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;
- Căn cứ Nghị quyết số 12/2030/NQ-HĐND ngày 10 tháng 12 năm 2030 của Hội đồng nhân dân tỉnh;

## CĂN CỨ XÉT ĐỀ NGHỊ

Xét đề nghị của Sở Tài chính tại Tờ trình số 45/TTr-STC ngày 02 tháng 3 năm 2031.

## NỘI DUNG

ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/QĐ-UBND
Sông Bạc, ngày 9 tháng 3 năm 2031

QUYẾT ĐỊNH
Về việc hỗ trợ kinh phí

{own}Điều 1. Hỗ trợ 10 tỷ đồng cho các xã.

Điều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Hải
"""


def test_grounds_a_page_moved_above_the_header_are_the_documents() -> None:
    r = extract_text(PAGE.format(own=""))
    assert [b.number for b in r.legal_bases] == ["72/2025/QH15", "12/2030/NQ-HĐND", "45/TTr-STC"]


def test_a_document_with_its_own_grounds_ignores_the_pages() -> None:
    own = "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15 ngày 25 tháng 6 năm 2025;\n\n"
    r = extract_text(PAGE.format(own=own))
    assert [b.number for b in r.legal_bases] == ["89/2025/QH15"]


PARAGRAPHS = """/ỦY BAN MTTQ VIỆT NAM

XÃ AN PHÚ

BAN THƯỜNG TRỰC

Số: 21/KH-MTTQ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

An Phú, ngày 3 tháng 5 năm 2031

KẾ HOẠCH

Tổ chức hội nghị đại biểu

I. TỔ CHỨC THỰC HIỆN

1. Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực Tuyên giáo: chủ trì chuẩn bị nội dung hội nghị.

2. Các Phó Chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng: phối hợp chuẩn bị hội nghị.

3. Phó Trưởng ban phụ trách lĩnh vực Văn phòng và Chuyên viên thuộc Văn phòng: bảo đảm điều kiện tổ chức.

Nơi nhận:

- Thường trực Đảng ủy xã;

- Ủy ban Kiểm tra Đảng ủy, Ban Tuyên giáo,

Văn phòng Đảng ủy;

- Bí thư Chi bộ, Trưởng thôn, Ban công

tác Mặt trận thôn;

- Lưu: MTTQ.

TM. BAN THƯỜNG TRỰC

CHỦ TỊCH










Lê Thị Hoa
"""


def test_a_wrapped_recipient_across_a_blank_line_is_one_item() -> None:
    r = extract_text(PARAGRAPHS)
    assert r.recipients == [
        "Thường trực Đảng ủy xã",
        "Ủy ban Kiểm tra Đảng ủy, Ban Tuyên giáo, Văn phòng Đảng ủy",
        "Bí thư Chi bộ, Trưởng thôn, Ban công tác Mặt trận thôn",
    ]


def test_a_signatures_doubled_room_still_finds_the_name() -> None:
    r = extract_text(PARAGRAPHS)
    assert r.signer is not None
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Lê Thị Hoa", "Chủ tịch", "TM.")


def test_a_stray_slash_and_the_organs_case() -> None:
    r = extract_text(PARAGRAPHS)
    assert r.issuer is not None
    assert r.issuer.name == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã An Phú"


def test_roles_named_by_the_fields_in_their_charge() -> None:
    names = [u.name for u in extract_text(PARAGRAPHS).responsible_units]
    assert names == [
        "Phó Chủ tịch Thường trực",
        "Các Phó Chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng",
        "Phó Trưởng ban phụ trách lĩnh vực Văn phòng",
        "Chuyên viên thuộc Văn phòng",
    ]


def test_a_subcommittee_under_its_committee() -> None:
    text = PARAGRAPHS.replace("/ỦY BAN MTTQ VIỆT NAM\n\nXÃ AN PHÚ\n\nBAN THƯỜNG TRỰC", "ỦY BAN BẦU CỬ XÃ AN PHÚ\n\nTIỂU BAN TUYÊN TRUYỀN")
    text = text.replace("TM. BAN THƯỜNG TRỰC\n\nCHỦ TỊCH", "TM. TIỂU BAN\n\nTRƯỞNG TIỂU BAN")
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Tiểu ban Tuyên truyền"
    assert r.issuer.parent is not None and r.issuer.parent.casefold() == "ủy ban bầu cử xã an phú"
    assert r.signer is not None and r.signer.position == "Trưởng Tiểu ban"
