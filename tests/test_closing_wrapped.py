"""Recipients whose lines a typist or a converter broke, or whose list lost its frame.

Synthetic documents of an invented province: an item wrapped onto the next line, an addressee
whose name runs onto a paragraph of its own, addressees without dashes after ``Kính gửi: X;``,
the signature column read into the list's lines (archive codes, comma-ended items, an OCR'd
label), a list with neither label nor archive item, and letters OCR read off a mark.
"""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

HEAD = """ỦY BAN NHÂN DÂN
TỈNH SÔNG BẠC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 52/QĐ-UBND
Sông Bạc, ngày 11 tháng 4 năm 2032

QUYẾT ĐỊNH
Về việc thành lập Tổ kiểm tra công tác phòng cháy

ỦY BAN NHÂN DÂN TỈNH SÔNG BẠC

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ kiểm tra công tác phòng cháy.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.

"""

SIGNATURE = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐỗ Minh Khang\n"

CV_HEAD = """ỦY BAN NHÂN DÂN
TỈNH SÔNG BẠC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 610/UBND-KT
V/v kiểm tra an toàn kho xăng dầu
Sông Bạc, ngày 11 tháng 4 năm 2032

{addressee}

Ủy ban nhân dân tỉnh đề nghị các đơn vị tự kiểm tra an toàn kho trước ngày 30/4/2032.

Nơi nhận:
- Như trên;
- Sở Công Thương;
- Lưu: VT.
""" + SIGNATURE


def _spans_hold(doc: str) -> list[str]:
    """The recipients, each checked against the span of text it was read from (words may
    stand on two lines there)."""
    rec = extract_text(doc).model_dump()
    text = normalize(doc).text
    for k, value in enumerate(rec["recipients"]):
        span = rec["provenance"][f"recipients[{k}]"]
        assert " ".join(text[span["start"] : span["end"]].split()) == value
    return rec["recipients"]


@pytest.mark.parametrize(
    ("closing", "wanted"),
    [
        # the item's words wrapped onto a line of their own
        ("Nơi nhận:\n- Như Điều 2;\n- Các đồng chí Ủy viên\nBan Thường vụ Tỉnh ủy;\n- Sở Tư pháp;\n- Lưu: VT.\n",
         ["Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy", "Sở Tư pháp"]),
        # wrapped after a colon: the codes on the next line are the same item's
        ("Nơi nhận:\n- Như Điều 2;\n- VP UBND tỉnh: các phòng:\nTH, KT, NC;\n- Lưu: VT.\n",
         ["VP UBND tỉnh: các phòng: TH, KT, NC"]),
        # wrapped in small letters after a comma
        ("Nơi nhận:\n- Như Điều 2;\n- Ủy ban nhân dân các huyện,\nthị xã, thành phố;\n- Lưu: VT.\n",
         ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
        # items one a line without dashes: each line is an item of its own
        ("Nơi nhận:\nSở Tư pháp\nSở Nội vụ\nLưu: VT.\n", ["Sở Tư pháp", "Sở Nội vụ"]),
    ],
)
def test_a_wrapped_item_is_one_recipient(closing: str, wanted: list[str]) -> None:
    assert _spans_hold(HEAD + closing + SIGNATURE) == wanted


def test_a_signature_line_after_an_unfinished_item_is_not_its_rest() -> None:
    # the item lacks its ';' and the signature block follows at once: the block stays the
    # signer's, the item stays as written
    r = extract_text(HEAD + "Nơi nhận:\n- Như Điều 2;\n- Sở Tư pháp\n- Lưu: VT\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Minh Khang\n")
    assert r.recipients == ["Sở Tư pháp"]
    assert r.signer.name == "Đỗ Minh Khang" and r.signer.position == "Phó Chủ tịch"


def test_an_addressee_name_run_onto_a_paragraph_of_its_own() -> None:
    # one paragraph a line (a DOCX read back): the addressee's rest, in small letters, after a blank
    addressee = "Kính gửi: Các tổ chức, cá nhân kinh doanh xăng dầu\n\ntrên địa bàn tỉnh Sông Bạc"
    got = _spans_hold(CV_HEAD.format(addressee=addressee))
    assert got == ["Các tổ chức, cá nhân kinh doanh xăng dầu trên địa bàn tỉnh Sông Bạc", "Sở Công Thương"]


def test_an_addressee_sentence_is_not_a_wrapped_name() -> None:
    addressee = "Kính gửi: Sở Công Thương.\n\ntheo đề nghị của các doanh nghiệp, Ủy ban nhân dân tỉnh có ý kiến như sau:"
    r = extract_text(CV_HEAD.format(addressee=addressee))
    assert r.recipients == ["Sở Công Thương", "Sở Công Thương"]


def test_addressees_without_dashes_after_the_first_on_the_labels_line() -> None:
    addressee = "Kính gửi: Sở Công Thương;\nSở Tài chính;\nỦy ban nhân dân các xã, phường."
    assert _spans_hold(CV_HEAD.format(addressee=addressee)) == [
        "Sở Công Thương", "Sở Tài chính", "Ủy ban nhân dân các xã, phường", "Sở Công Thương"]


def test_the_archive_codes_beside_the_signature_column_stay_in_the_list() -> None:
    # two columns read line by line: "VT, KGVX." after "Lưu:" are the archive's codes, not a
    # line of the signature
    closing = (
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như Điều 3; KT. CHỦ TỊCH\n- Sở Tài chính; PHÓ CHỦ TỊCH\n"
        "- Các sở, ban, ngành tỉnh;\n- Lưu: VT, KGVX.\n(Đã ký)\nĐỗ Minh Khang\n"
    )
    r = extract_text(HEAD + closing)
    assert r.recipients == ["Sở Tài chính", "Các sở, ban, ngành tỉnh"]
    assert r.signer.position == "Phó Chủ tịch" and r.signer.name == "Đỗ Minh Khang"


@pytest.mark.parametrize("label", ["Nơi nhận:", "Nơi nhân:"])
def test_signature_capitals_after_a_comma_ended_item(label: str) -> None:
    # a Party list ends its items with commas; the signature column's title (OCR may read a
    # letter of it small) beside the first item is no part of it
    closing = (
        f"{label} T/M BAN THƯỜNG VỤ\n- Các đồng chí Ủy viên Ban Thường vụ, PHÓ BÍ THƯ THƯỜNG TRựC\n"
        "- Các Đảng ủy trực thuộc,\n- HĐND, UBND TỈNH,\n- Lưu Văn phòng Tỉnh ủy.\nLê Văn Hải\n"
    )
    text = HEAD.replace("52/QĐ-UBND", "52-QĐ/TU") + closing
    r = extract_text(text)
    assert r.recipients == ["Các đồng chí Ủy viên Ban Thường vụ", "Các Đảng ủy trực thuộc", "HĐND, UBND TỈNH"]
    assert r.signer.name == "Lê Văn Hải"


@pytest.mark.parametrize("after", ["|\n(Đã ký)\n|\n", SIGNATURE])
def test_a_list_without_label_or_archive_item_before_the_signature(after: str) -> None:
    # a scraped copy: the list's label and archive item lost, its items on one line
    closing = "- Bộ Công Thương; - Sở Tư pháp; - Thường trực Tỉnh ủy; "
    assert _spans_hold(HEAD + closing + after) == ["Bộ Công Thương", "Sở Tư pháp", "Thường trực Tỉnh ủy"]


def test_a_body_line_of_two_items_is_no_list() -> None:
    body = HEAD.replace("Điều 2.", "- Kiểm tra kho; - Kiểm tra bãi.\nĐiều 2.")
    assert extract_text(body + SIGNATURE).recipients == []


def test_letters_read_off_a_mark_are_no_addressee() -> None:
    addressee = "Kính gửi: DA ä .\n- Sở Công Thương;\n- Sở Tài chính."
    r = extract_text(CV_HEAD.format(addressee=addressee))
    assert r.recipients == ["Sở Công Thương", "Sở Tài chính", "Sở Công Thương"]


def test_numbered_items_and_a_note_left_open() -> None:
    # items numbered instead of dashed, the archive among them; a note the typist never closed
    closing = "Nơi nhận:\n1. Bộ Công Thương (để b/c;\n2. Sở Tư pháp;\n3. Lưu: VT.\n"
    assert _spans_hold(HEAD + closing + SIGNATURE) == ["Bộ Công Thương", "Sở Tư pháp"]


def test_a_parenthesis_left_open_that_is_no_note_stays() -> None:
    closing = "Nơi nhận:\n- Như Điều 2;\n- Trung tâm Dịch vụ (Sở Tư pháp;\n- Lưu: VT.\n"
    assert extract_text(HEAD + closing + SIGNATURE).recipients == ["Trung tâm Dịch vụ (Sở Tư pháp"]


def test_the_first_item_on_the_labels_line_beside_the_signature() -> None:
    # two columns read line by line, the list's first item on the label's line
    closing = "Nơi nhận: - Như Điều 2; KT. CHỦ TỊCH\n- Sở Tư pháp; PHÓ CHỦ TỊCH\n- Lưu: VT.\nĐỗ Minh Khang\n"
    r = extract_text(HEAD + closing)
    assert r.recipients == ["Sở Tư pháp"]
    assert r.signer.position == "Phó Chủ tịch" and r.signer.authority == "KT." and r.signer.name == "Đỗ Minh Khang"


@pytest.mark.parametrize(
    "closing",
    [
        # the label alone on its line, the signature's lines beside the items below it
        "Nơi nhận:\n- Như Điều 2; TM. ỦY BAN NHÂN DÂN\n- Sở Tư pháp; KT. CHỦ TỊCH\n- Sở Nội vụ; PHÓ CHỦ TỊCH\n"
        "- Thường trực Tỉnh ủy;\n- Lưu: VT. Đỗ Minh Khang\n",
        # the signature's lines on lines of their own between the items
        "Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\n- Sở Tư pháp;\nKT. CHỦ TỊCH\n- Sở Nội vụ;\nPHÓ CHỦ TỊCH\n"
        "- Thường trực Tỉnh ủy;\n- Lưu: VT.\nĐỗ Minh Khang\n",
        # the same without dashes
        "Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\nSở Tư pháp;\nKT. CHỦ TỊCH\nSở Nội vụ;\nPHÓ CHỦ TỊCH\n"
        "Thường trực Tỉnh ủy;\nLưu: VT.\nĐỗ Minh Khang\n",
    ],
)
def test_signature_lines_among_the_items_under_a_label_alone(closing: str) -> None:
    r = extract_text(HEAD + closing)
    assert r.recipients == ["Sở Tư pháp", "Sở Nội vụ", "Thường trực Tỉnh ủy"]
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Đỗ Minh Khang", "Phó Chủ tịch", "KT.")


def test_a_signature_below_the_archive_item_is_not_beside_the_list() -> None:
    closing = "Nơi nhận:\n- Như Điều 2;\n- Sở Tư pháp;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Minh Khang\n"
    r = extract_text(HEAD + closing)
    assert r.recipients == ["Sở Tư pháp"]
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Đỗ Minh Khang", "Phó Chủ tịch", "KT.")


def test_notes_dropped_abbreviations_and_groups_kept_as_written() -> None:
    # the contract keeps a recipient as written: abbreviations stay, a group is one item
    # (commas do not split), every reason note in parentheses goes
    closing = (
        "Nơi nhận:\n- Như Điều 3;\n- Bộ Tài chính (để b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh (đ/b);\n"
        "- Sở Nội vụ (qua email);\n- VP UBND tỉnh (kèm theo hồ sơ);\n- Các sở, ban, ngành tỉnh;\n"
        "- UBND các huyện, thị xã, thành phố;\n- Lưu: VT, KGVX.\n"
    )
    assert _spans_hold(HEAD + closing + SIGNATURE) == [
        "Bộ Tài chính", "TT Tỉnh ủy, TT HĐND tỉnh", "Sở Nội vụ", "VP UBND tỉnh", "Các sở, ban, ngành tỉnh",
        "UBND các huyện, thị xã, thành phố",
    ]


def test_items_without_dashes_one_paragraph_each() -> None:
    # one paragraph an item, a blank line between, no dashes: an item's ';' says the list goes on
    closing = "Nơi nhận:\n\nNhư Điều 2;\n\nSở Tư pháp;\n\nSở Nội vụ;\n\nLưu: VT.\n"
    assert _spans_hold(HEAD + closing + SIGNATURE) == ["Sở Tư pháp", "Sở Nội vụ"]


_TITLED_SIGNER = """TRƯỜNG ĐẠI HỌC SÔNG BẠC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 2207/QĐ-ĐHSB

Sông Bạc, ngày 26 tháng 6 năm 2031

QUYẾT ĐỊNH
Ban hành Quy định công tác sinh viên ngoại trú

Điều 1. Ban hành kèm theo Quyết định này Quy định công tác sinh viên ngoại trú.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Trưởng phòng Công tác sinh viên và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

GIÁM ĐỐC

GS.TS. Trần Văn Bình

TRƯỜNG ĐẠI HỌC SÔNG BẠC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUY ĐỊNH
Công tác sinh viên ngoại trú

Điều 1. Phạm vi điều chỉnh
Quy định này áp dụng cho sinh viên chính quy.

GIÁM ĐỐC

GS.TS. Trần Văn Bình
"""


def test_an_academic_title_before_the_signers_name_keeps_the_signature_whole():
    # "GS.TS." before the name is no position run into it: the block is the decision's signature
    # (before the rules it issues) and the name is the person's, without the title
    r = extract_text(_TITLED_SIGNER)
    assert r.signer is not None
    assert (r.signer.name, r.signer.position) == ("Trần Văn Bình", "Giám đốc")


def test_a_signers_name_ocr_read_without_marks_gets_them_back():
    # a name read with no mark at all ("Nguyen Van Binh") takes, syllable by syllable at its
    # place, the one marked form the name vocabulary has; a name with marks elsewhere is as
    # its writer spelt it ("Dinh Thị Hiền" stays), an ambiguous syllable ("Dung") as read
    from pipeline.person_names import restored

    assert restored("Nguyen Van Binh") == "Nguyễn Văn Bình"
    assert restored("Mai Son") == "Mai Sơn"
    assert restored("Dinh Thị Hiền") == "Dinh Thị Hiền"
    assert restored("Tran Thi Dung") == "Trần Thị Dung"
    assert _signer_read_as("Tran Van Binh") == "Trần Văn Bình"


def _signer_read_as(written: str) -> str | None:
    """The signer's name the extractor gives for the block's name line written so."""
    r = extract_text(_TITLED_SIGNER.replace("GS.TS. Trần Văn Bình\n\nTRƯỜNG", f"{written}\n\nTRƯỜNG", 1))
    return r.signer.name if r.signer is not None else None


def test_a_family_name_read_with_another_tone_takes_the_usual_ones():
    # OCR read the wrong tone on a family name ("Đồ" for "Đỗ", "Trấn" for "Trần"): a family
    # name on neither list of names in use that is a usual one with another tone takes its
    # tone; a tone where the usual name has none ("Tố", "Chẩu": names of their own), another
    # vowel ("Vừ"), a name in use beyond the usual ones ("Lỳ") and one with no mark are kept
    from pipeline.person_names import restored

    assert restored("Đồ Ngọc Huỳnh") == "Đỗ Ngọc Huỳnh"
    assert restored("Tố Hữu") == "Tố Hữu"
    assert restored("Chẩu Văn Lâm") == "Chẩu Văn Lâm"
    assert restored("Vừ A Dính") == "Vừ A Dính"
    assert restored("Lỳ Thị Hoa") == "Lỳ Thị Hoa"
    assert restored("Dinh Thị Hiền") == "Dinh Thị Hiền"
    assert _signer_read_as("Trấn Văn Bình") == "Trần Văn Bình"
