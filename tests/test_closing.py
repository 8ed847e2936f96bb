"""The closing in any arrangement gives the same signer and recipients.

Synthetic quyết định whose closing (Nơi nhận | signature) arrives as converters flatten it:
one cell a line (the plain-text twin), pipe rows side by side, the whole Nơi nhận list in one
cell, a signature in one cell with spaces or with nothing between its lines, ``<br>`` inside
cells, a signature run into the archive item, the list's label lost.
"""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text
from pipeline.normalize import normalize
from pipeline.segment import segment

HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 88/QĐ-UBND
Bình An, ngày 03 tháng 3 năm 2031

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác rà soát hồ sơ đất đai

ỦY BAN NHÂN DÂN TỈNH BÌNH AN

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác rà soát hồ sơ đất đai.
Lưu ý: hồ sơ được rà soát theo thứ tự tiếp nhận.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm thi hành Quyết định này./.

"""

RECIPIENTS = ["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Thường trực Tỉnh ủy"]
SIGNER = {"name": "Nguyễn Văn An", "position": "Phó Chủ tịch", "authority": "KT."}

CLOSINGS = {
    "one cell a line": """Nơi nhận:
- Như Điều 2;
- Sở Nông nghiệp và Môi trường;
- Sở Tài chính (để phối hợp);
- Thường trực Tỉnh ủy (b/c);
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
""",
    "pipe rows side by side": """| Nơi nhận: | KT. CHỦ TỊCH |
|---|---|
| - Như Điều 2; | PHÓ CHỦ TỊCH |
| - Sở Nông nghiệp và Môi trường; | |
| - Sở Tài chính (để phối hợp); | |
| - Thường trực Tỉnh ủy (b/c); | |
| - Lưu: VT, KTN. | Nguyễn Văn An |
""",
    "list and signature each in one cell": """| Nơi nhận: - Như Điều 2; - Sở Nông nghiệp và Môi trường; - Sở Tài chính (để phối hợp); - Thường trực Tỉnh ủy (b/c); - Lưu: VT, KTN. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |
""",
    "cells with line breaks": """| Nơi nhận:<br>- Như Điều 2;<br>- Sở Nông nghiệp và Môi trường;<br>- Sở Tài chính (để phối hợp);<br>- Thường trực Tỉnh ủy (b/c);<br>- Lưu: VT, KTN. | KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Nguyễn Văn An |
""",
    "label lost, cell lines run together": """- Như Điều 2; - Sở Nông nghiệp và Môi trường; - Sở Tài chính (để phối hợp); - Thường trực Tỉnh ủy (b/c); - Lưu: VT, KTN. | TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCHPHÓ CHỦ TỊCH(Đã ký)Nguyễn Văn An |
""",
    "signature run into the archive item": """Nơi nhận:
- Như Điều 2;
- Sở Nông nghiệp và Môi trường;
- Sở Tài chính (để phối hợp);
- Thường trực Tỉnh ủy (b/c);
- Lưu: VT, KTN. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An
""",
    "label lost, one item a line": """- Như Điều 2;
- Sở Nông nghiệp và Môi trường;
- Sở Tài chính (để phối hợp);
- Thường trực Tỉnh ủy (b/c);
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
""",
}


@pytest.mark.parametrize("layout", list(CLOSINGS))
def test_closing_layouts_give_the_same_signer_and_recipients(layout: str) -> None:
    rec = extract_text(HEAD + CLOSINGS[layout]).model_dump()
    assert rec["signer"] == SIGNER, layout
    assert rec["recipients"] == RECIPIENTS, layout
    # the closing does not leak into the header fields
    assert rec["number"]["raw"] == "88/QĐ-UBND" and rec["title"] == "Về việc thành lập Tổ công tác rà soát hồ sơ đất đai"


@pytest.mark.parametrize("layout", list(CLOSINGS))
def test_closing_spans_point_at_the_values(layout: str) -> None:
    """Every signer and recipient value keeps a span on the text it was read from."""
    text = normalize(HEAD + CLOSINGS[layout]).text
    rec = extract_text(HEAD + CLOSINGS[layout]).model_dump()
    prov = rec["provenance"]
    assert text[prov["signer.name"]["start"] : prov["signer.name"]["end"]] == "Nguyễn Văn An"
    for k, value in enumerate(rec["recipients"]):
        span = prov[f"recipients[{k}]"]
        assert text[span["start"] : span["end"]] == value


def test_body_ends_where_the_closing_begins() -> None:
    """The closing cut out of one line still ends the body (no unit or date is read from it)."""
    text = normalize(HEAD + CLOSINGS["label lost, cell lines run together"]).text
    doc = segment(text)
    last_body = doc.lines[doc.parts["body"].stop - 1]
    assert "Nơi nhận" not in last_body.text and "Lưu: VT" not in text[doc.part_span("body")[0] : doc.part_span("body")[1]]
    pieces = [p.text for p in doc.closing["signature"]]
    assert pieces == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn An"]


def test_joint_title_and_wrapped_position() -> None:
    """A joint title ("BỘ TRƯỞNG, CHỦ NHIỆM") stays with its prefix; a position wrapped over
    two lines is read whole."""
    one_cell = HEAD + "| Nơi nhận: - Như Điều 2; - Lưu: VT. | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Lê Thị Hoa |\n"
    rec = extract_text(one_cell).model_dump()
    assert rec["signer"] == {"name": "Lê Thị Hoa", "position": "Phó Chủ nhiệm", "authority": "KT."}
    wrapped = HEAD + "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTL. BỘ TRƯỞNG\nCỤC TRƯỞNG CỤC\nAN TOÀN THỰC PHẨM\n\nTrần Văn Bình\n"
    rec = extract_text(wrapped).model_dump()
    assert rec["signer"]["authority"] == "TL." and rec["signer"]["name"] == "Trần Văn Bình"
    assert rec["signer"]["position"].casefold() == "cục trưởng cục an toàn thực phẩm"


def test_name_without_position_after_the_list() -> None:
    """The signature cell lost all but the name: the name right after the list is the signer."""
    doc = HEAD + "- Như Điều 2; - Sở Tài chính; - Lưu: VT. |\nNguyễn Văn An |\n"
    rec = extract_text(doc).model_dump()
    assert rec["signer"] == {"name": "Nguyễn Văn An", "position": None, "authority": None}
    assert rec["recipients"] == ["Sở Tài chính"]


def test_not_a_closing() -> None:
    """A body list ending with a note ("Lưu ý"), a body table of people and a signature-less
    end give no recipients and no signer."""
    body = HEAD.replace(
        "Lưu ý: hồ sơ được rà soát theo thứ tự tiếp nhận.",
        "- Hồ sơ đất ở;\n- Hồ sơ đất nông nghiệp;\n- Lưu ý: hồ sơ được rà soát theo thứ tự tiếp nhận.\n\n"
        "| STT | Họ và tên | Chức vụ |\n| 1 | Nguyễn Văn Bình | Trưởng phòng |\n| 2 | Lê Thị Cúc | Chuyên viên |",
    )
    rec = extract_text(body).model_dump()
    assert rec["recipients"] == [] and rec["signer"] is None


def test_template_recipients_in_the_appendix_are_not_the_documents() -> None:
    """A document without its own Nơi nhận (a gazette copy) whose appendix holds a form with
    one: the form's list is no recipient of the document."""
    doc = HEAD + (
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n\nPHỤ LỤC\nMẫu giấy ủy quyền\n\n"
        "Giấy ủy quyền có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Sở Tài chính;\n- Lưu: VT.\n\nGIÁM ĐỐC\n"
    )
    rec = extract_text(doc).model_dump()
    assert rec["signer"] == SIGNER and rec["recipients"] == []


CV_HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 412/UBND-KT
V/v rà soát hồ sơ đất đai
Bình An, ngày 03 tháng 3 năm 2031

{addressee}

Ủy ban nhân dân tỉnh đề nghị các cơ quan rà soát hồ sơ đất đai trước ngày 30/4/2031.

{closing}
"""
CV_CLOSING = "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy;\n- Lưu: VT, KT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
ADDRESSEES = ["Sở Tài chính", "Sở Xây dựng", "Ủy ban nhân dân các xã, phường"]

KINH_GUI = {
    "one item a line": "Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng;\n- Ủy ban nhân dân các xã, phường.",
    "pipe rows": "| Kính gửi: | - Sở Tài chính; |\n| | - Sở Xây dựng; |\n| | - Ủy ban nhân dân các xã, phường. |",
    "pipe rows under an emptied rule row": (
        "| Kính gửi: | - Sở Tài chính; |\n|---|---|\n| | - Sở Xây dựng; |\n| | - Ủy ban nhân dân các xã, phường. |"
    ),
    "pipe rows, items without dashes": "| Kính gửi: | Sở Tài chính; |\n| | Sở Xây dựng; |\n| | Ủy ban nhân dân các xã, phường. |",
    "label cell and one cell of items": "| Kính gửi: | - Sở Tài chính; - Sở Xây dựng; - Ủy ban nhân dân các xã, phường. |",
    "items in a cell with line breaks": "| Kính gửi: | - Sở Tài chính;<br>- Sở Xây dựng;<br>- Ủy ban nhân dân các xã, phường. |",
    "one line after the label": "Kính gửi: Sở Tài chính; Sở Xây dựng; Ủy ban nhân dân các xã, phường.",
}


@pytest.mark.parametrize("layout", list(KINH_GUI))
def test_kinh_gui_layouts_give_the_same_addressees(layout: str) -> None:
    doc = CV_HEAD.format(addressee=KINH_GUI[layout], closing=CV_CLOSING)
    rec = extract_text(doc).model_dump()
    assert rec["recipients"] == [*ADDRESSEES, "Thường trực Tỉnh ủy"], layout
    text = normalize(doc).text
    for k, value in enumerate(rec["recipients"]):  # each read from its own cell
        span = rec["provenance"][f"recipients[{k}]"]
        assert text[span["start"] : span["end"]] == value


@pytest.mark.parametrize(
    "addressee",
    [
        KINH_GUI["one item a line"] + "\nĐồng kính gửi: Bộ Tài chính.",
        KINH_GUI["one item a line"] + "\n- Đồng kính gửi: Bộ Tài chính.",
        KINH_GUI["one line after the label"] + "\nĐồng gửi: Bộ Tài chính.",
    ],
)
def test_co_addressee_cue_opens_more_addressees(addressee: str) -> None:
    """``Đồng kính gửi`` names more addressees; the cue itself is no part of a name."""
    doc = CV_HEAD.format(addressee=addressee, closing=CV_CLOSING)
    rec = extract_text(doc).model_dump()
    assert rec["recipients"] == [*ADDRESSEES, "Bộ Tài chính", "Thường trực Tỉnh ủy"]
    span = rec["provenance"]["recipients[3]"]
    assert normalize(doc).text[span["start"] : span["end"]] == "Bộ Tài chính"


@pytest.mark.parametrize(
    "closing",
    [
        "| Nơi nhận: | KT. CHỦ TỊCH |\n| - Như trên; - Sở Xây dựng; - Thường trực Tỉnh ủy; - Lưu: VT, KT. | PHÓ CHỦ TỊCH Nguyễn Văn An |\n",
        "Nơi nhận: - Như trên; - Sở Xây dựng; - Thường trực Tỉnh ủy; - Lưu: VT, KT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n",
        "| Nơi nhận: - Như trên; - Sở Xây dựng; - Thường trực Tỉnh ủy; - Lưu: VT, KT. | KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>Nguyễn Văn An |\n",
        # the items without their dashes
        "Nơi nhận: Như trên; Sở Xây dựng; Thường trực Tỉnh ủy; Lưu: VT, KT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n",
        "| Nơi nhận: Như trên; Sở Xây dựng; Thường trực Tỉnh ủy; Lưu: VT, KT. | KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>Nguyễn Văn An |\n",
    ],
)
def test_noi_nhan_items_run_together_in_one_cell(closing: str) -> None:
    """The whole list in one cell or one line after its label: exactly its items, neither the
    ``Như trên`` pointer nor the archive item."""
    rec = extract_text(CV_HEAD.format(addressee="Kính gửi: Sở Tài chính.", closing=closing)).model_dump()
    assert rec["recipients"] == ["Sở Tài chính", "Sở Xây dựng", "Thường trực Tỉnh ủy"]
    assert rec["signer"] == SIGNER


DRAFT = (
    "\n\nDỰ THẢO\n\nỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố:      /QĐ-UBND\nBình An, ngày    tháng    năm 2031\n\n"
    "QUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc của Tổ công tác\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH AN\n\n"
    "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Sở Nội vụ;\n- Lưu: VT.\n\nCHỦ TỊCH\n\n\nLê Quang Minh\n"
)


def test_an_appended_draft_with_its_own_closing_gives_nothing_to_the_record() -> None:
    """A draft appended after the document, with its own header, Nơi nhận and signature: the
    document ends at its own closing, even when that closing lacks its Nơi nhận or lost the
    position over the name."""
    no_list = HEAD + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n" + DRAFT
    rec = extract_text(no_list).model_dump()
    assert rec["signer"] == SIGNER and rec["recipients"] == []
    assert rec["number"]["raw"] == "88/QĐ-UBND" and rec["date"]["iso"] == "2031-03-03"
    name_only = HEAD + "Nơi nhận:\n- Như Điều 2;\n- Sở Tài chính;\n- Lưu: VT.\n\nNguyễn Văn An\n" + DRAFT
    rec = extract_text(name_only).model_dump()
    assert rec["signer"] == {"name": "Nguyễn Văn An", "position": None, "authority": None}
    assert rec["recipients"] == ["Sở Tài chính"]


def test_ocr_damaged_label_with_the_authority_cell_on_its_line() -> None:
    # a scanned Party resolution: "Nơi nhân:" (a mark lost) with the signature's authority cell
    # on the same line; neither the label nor "T/M BAN THƯỜNG VỤ" is a recipient
    text = (
        "TỈNH ỦY HÀ AN\n*\nSố 21-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà An, ngày 05 tháng 3 năm 2026\n\n"
        "NGHỊ QUYẾT\nvề phát triển du lịch\n\n1. Các cấp ủy tổ chức quán triệt.\n\n"
        "Nơi nhân: T/M BAN THƯỜNG VỤ\n- Các đồng chí Tỉnh ủy viên,\n\n- Các Đảng ủy trực thuộc Tỉnh ủy, `\n"
        "- Lưu Văn phòng Tỉnh ủy.\n\nLê Văn Hải\n"
    )
    r = extract_text(text)
    assert r.recipients == ["Các đồng chí Tỉnh ủy viên", "Các Đảng ủy trực thuộc Tỉnh ủy"]


def test_items_run_together_at_a_dash_are_split_but_a_unit_and_its_parent_are_not() -> None:
    text = (
        "BỘ XÂY DỰNG\nSố: 12/BXD-KHTC\nV/v triển khai kế hoạch\nHà Nội, ngày 05 tháng 3 năm 2026\n\n"
        "Kính gửi: Các đơn vị\n\nBộ Xây dựng đề nghị các đơn vị thực hiện.\n\n"
        "Nơi nhận:\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính - HĐND, UBND các tỉnh, thành phố;\n"
        "- Cục Kiểm tra văn bản - Bộ Tư pháp;\n- Bộ Lao động - Thương binh và Xã hội;\n- Lưu: VT.\n\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Minh\n"
    )
    assert extract_text(text).recipients == [
        "Các đơn vị",  # the công văn's Kính gửi
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính",
        "HĐND, UBND các tỉnh, thành phố",
        "Cục Kiểm tra văn bản - Bộ Tư pháp",
        "Bộ Lao động - Thương binh và Xã hội",
    ]


def test_initials_after_a_leadership_are_a_note_but_a_units_parent_code_stays() -> None:
    # capitals in parentheses after a leadership or a position name the person meant; after a
    # unit they name the body it belongs to and stay part of its name
    closing = """Nơi nhận:                                   KT. CHỦ TỊCH
- Như Điều 2;                               PHÓ CHỦ TỊCH
- Lãnh đạo Ủy ban (TVM);
- Chánh Văn phòng (NTL);
- Vụ Pháp chế (BTP);                        Nguyễn Văn An
- Lưu: VT, KTN.
"""
    r = extract_text(HEAD + closing)
    assert r.recipients == ["Lãnh đạo Ủy ban", "Chánh Văn phòng", "Vụ Pháp chế (BTP)"]


def test_a_bracketed_body_whose_name_holds_a_note_word_stays_with_its_recipient() -> None:
    # "(để chỉ đạo)" is a note; "(Tổ giúp việc Ban Chỉ đạo …)" names the part of the body the
    # copy goes to, its "Chỉ đạo" capitalised inside the name
    from pipeline.extract.closing import _strip_notes

    assert _strip_notes("Văn phòng Trung ương Đảng (Tổ giúp việc Ban Chỉ đạo Trung ương KHCN);") \
        .startswith("Văn phòng Trung ương Đảng (Tổ giúp việc Ban Chỉ đạo")
    assert _strip_notes("UBND tỉnh (để chỉ đạo);") == "UBND tỉnh"
    assert _strip_notes("Bộ Công an (Cục A03 - để b/c);") == "Bộ Công an"
