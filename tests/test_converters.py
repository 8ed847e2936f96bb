"""Layouts other tools give a document (PDF-to-Word, mammoth, html2text, markdownify,
docx2txt, pdfplumber): each synthetic document below is written the way that tool emits it,
and the record must come out as from the plain text. bench/converter_matrix.py measures the
same routes on the gold corpus."""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

# One wrapped line a paragraph, a blank line after each: a PDF turned into Word by a website, a
# text file imported into a word processor, then read back by any DOCX reader.
LINES_AS_PARAGRAPHS = """\
ỦY BAN NHÂN DÂN

HUYỆN AN PHÚ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Số: 45/KH-UBND

An Phú, ngày 12 tháng 3

năm 2025

KẾ HOẠCH

Triển khai công tác phòng chống thiên tai và tìm kiếm cứu nạn trên

địa bàn huyện năm 2025

Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 ngày

19 tháng 6 năm 2013;

Căn cứ Quyết định số 120/QĐ-UBND ngày 05 tháng 01 năm 2025 của

Ủy ban nhân dân tỉnh về việc ban hành kế hoạch phòng chống

thiên tai năm 2025;

Ủy ban nhân dân huyện ban hành Kế hoạch triển khai như

sau:

I. MỤC ĐÍCH, YÊU CẦU

Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các tình

huống thiên tai, giảm thiểu thiệt hại về người và tài sản.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Nông nghiệp và Môi trường chủ trì theo dõi, tổng hợp

tình hình, báo cáo trước ngày 30 tháng 11 năm 2025.

Nơi nhận:

- Ủy ban nhân dân tỉnh;

- Các xã, thị trấn;

- Lưu: VT.

TM. ỦY BAN NHÂN DÂN

CHỦ TỊCH

Trần Văn Bình
"""


def test_lines_made_paragraphs_are_joined_again() -> None:
    text = normalize(LINES_AS_PARAGRAPHS).text
    assert "Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19 tháng 6 năm 2013;" in text
    assert "An Phú, ngày 12 tháng 3 năm 2025" in text
    # a sentence's end and a section heading stay paragraphs
    assert "năm 2013;\n\nCăn cứ Quyết định" in text
    assert "\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Phòng" in text
    rec = extract_text(LINES_AS_PARAGRAPHS).model_dump()
    assert rec["date"]["iso"] == "2025-03-12"
    assert rec["title"].endswith("trên địa bàn huyện năm 2025")
    bases = [b["number"] for b in rec["legal_bases"]]
    assert bases == ["33/2013/QH13", "120/QĐ-UBND"]
    assert rec["legal_bases"][1]["date"] == "2025-01-05"


def test_real_paragraphs_are_not_joined() -> None:
    """Blank lines between whole paragraphs that begin with capitals stay: only a document whose
    blank-separated lines go on in lower case was cut one line a paragraph."""
    doc = "\n\n".join(
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
            "Xét đề nghị của Trưởng phòng Nội vụ huyện",
            "Ủy ban nhân dân huyện giao các đơn vị thực hiện những việc sau",
            "Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện kế hoạch",
            "Phòng Văn hóa và Thông tin tuyên truyền trên các phương tiện",
            "Các xã, thị trấn triển khai trên địa bàn quản lý của mình",
            "Trong quá trình thực hiện có vướng mắc báo cáo về Ủy ban nhân dân huyện",
            "Văn phòng theo dõi, đôn đốc việc thực hiện Kế hoạch này",
        ]
    )
    assert normalize(doc).text == doc


# A PDF's text layer read without layout (pdfplumber's default): the header's two cells and
# the closing's two columns drawn line by line, one space between them, no blank lines.
PDF_LINES = """\
Số: 27/KH-UBND Bình Minh, ngày 14 tháng 5 năm
2025
KẾ HOẠCH
Tổ chức Ngày hội đọc sách trên địa bàn xã năm 2025
Thực hiện Kế hoạch số 88/KH-UBND ngày 02/4/2025 của Ủy ban nhân dân huyện về phát
triển văn hóa đọc, Ủy ban nhân dân xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Khuyến khích người dân, nhất là thanh thiếu niên, hình thành thói quen đọc sách.
II. TỔ CHỨC THỰC HIỆN
Văn hóa - Xã hội xã chủ trì tổ chức Ngày hội, báo cáo kết quả về Ủy ban nhân
dân xã./.
Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Phòng Văn hóa và Thông tin huyện; KT. CHỦ TỊCH
- TT Đảng ủy; TT HĐND xã; PHÓ CHỦ TỊCH
- Các trường học trên địa bàn; (Đã ký)
- Lưu: VT, VX.
(Hạnh)
Lê Thị Mai
2
"""


def test_closing_columns_drawn_line_by_line() -> None:
    rec = extract_text(PDF_LINES).model_dump()
    assert rec["recipients"] == [
        "Phòng Văn hóa và Thông tin huyện", "TT Đảng ủy", "TT HĐND xã", "Các trường học trên địa bàn",
    ]
    assert rec["signer"] == {"name": "Lê Thị Mai", "position": "Phó Chủ tịch", "authority": "KT."}


def test_header_and_title_lines_of_a_pdf_layer_are_not_joined() -> None:
    text = normalize(PDF_LINES).text
    # the date wrapped in its cell is one line again; the type line and the preamble stand alone
    assert "Bình Minh, ngày 14 tháng 5 năm 2025\nKẾ HOẠCH\nTổ chức Ngày hội đọc sách" in text
    assert "năm 2025\nThực hiện Kế hoạch số 88/KH-UBND" in text
    assert "Lê Thị Mai\n2" in text  # a page number is no wrap...
    # ...but a day's number is, where the date goes on around it (html2text wraps there)
    assert normalize("Áp dụng từ 15 giờ ngày\n20\ntháng 11 năm 2025.").text == "Áp dụng từ 15 giờ ngày 20 tháng 11 năm 2025."
    rec = extract_text(PDF_LINES).model_dump()
    assert rec["date"]["iso"] == "2025-05-14"
    assert rec["title"] == "Tổ chức Ngày hội đọc sách trên địa bàn xã năm 2025"


def test_a_list_item_in_capitals_is_not_a_signature_line() -> None:
    """Only a label line whose tail opens a signature starts the two-column reading; archive
    codes in capitals (``VT, VX``) and items in capitals after a ``;`` stay in the list."""
    closing = """\
Nơi nhận:
- Phòng Văn hóa và Thông tin huyện;
- TT Đảng ủy; TT HĐND xã;
- UBMTTQ VIỆT NAM XÃ;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Mai
"""
    doc = PDF_LINES[: PDF_LINES.index("Nơi nhận")] + closing
    rec = extract_text(doc).model_dump()
    assert rec["recipients"] == [
        "Phòng Văn hóa và Thông tin huyện", "TT Đảng ủy", "TT HĐND xã", "UBMTTQ VIỆT NAM XÃ",
    ]
    assert rec["signer"]["name"] == "Lê Thị Mai"


# mammoth's HTML through html2text: the closing table one row, each cell's paragraphs run
# together with nothing between them, italics as ``_…_``, bold as ``**…**``, the head rule
# ``---|---`` without outer pipes.
H2T_CLOSING = """\
Các đơn vị triển khai thực hiện nghiêm túc Kế hoạch này./.

_**Nơi nhận:**_ \\- Sở Nội vụ;\\- Thường trực Huyện ủy; (để báo cáo)\\- Phòng Văn hóa - Xã hội;\\- Tổ CM-VP,
các đoàn thể\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN****KT. CHỦ TỊCH****PHÓ CHỦ TỊCH****Đặng Quốc Khánh**
---|---
"""


def test_a_whole_list_in_one_cell() -> None:
    doc = PDF_LINES[: PDF_LINES.index("Nơi nhận")] + "\n" + H2T_CLOSING
    rec = extract_text(doc).model_dump()
    assert rec["recipients"] == [
        "Sở Nội vụ", "Thường trực Huyện ủy", "Phòng Văn hóa - Xã hội", "Tổ CM-VP, các đoàn thể",
    ]
    assert rec["signer"] == {"name": "Đặng Quốc Khánh", "position": "Phó Chủ tịch", "authority": "KT."}


def test_underscore_italics_and_bare_rule_rows() -> None:
    text = normalize("_Nơi nhận:_ - Như trên;\nA| B\n---|---\n:--|--:\nSố: ____/KH-UBND, ho_ten\n---\n").text
    assert text == "Nơi nhận: - Như trên;\nA| B\n\nSố: ____/KH-UBND, ho_ten\n---\n"


def test_lines_padded_to_the_page_width_are_not_hard_breaks() -> None:
    """pdfplumber's layout mode pads every line with spaces to the page's width; those are
    no markdown hard breaks (two trailing spaces), so wrapped lines still join."""
    body = [
        "Số: 27/KH-UBND",
        "",
        "Bình Minh, ngày 14",
        "tháng 5 năm 2025",
        "",
        "KẾ HOẠCH",
        "Tổ chức Ngày hội đọc sách",
        "Thực hiện Kế hoạch số 88/KH-UBND ngày 02/4/2025 của Ủy ban nhân dân huyện về",
        "phát triển văn hóa đọc, Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Khuyến khích người dân, nhất là thanh thiếu niên, hình thành thói quen đọc",
        "sách hằng ngày.",
    ]
    padded = "\n".join(("        " + ln).ljust(90) for ln in body)
    text = normalize(padded).text
    assert "Bình Minh, ngày 14 tháng 5 năm 2025\n" in text
    assert "của Ủy ban nhân dân huyện về phát triển văn hóa đọc" in text
    assert "thói quen đọc sách hằng ngày." in text
    # where only some lines end in two spaces, they are markdown's hard breaks and stay
    md = "Dòng thứ nhất có ngắt  \ndòng thứ hai\n"
    assert normalize(md).text == md


def test_a_title_in_capitals_made_paragraphs_is_one_line() -> None:
    """After the type line, a title in capitals cut one line a paragraph goes on in capitals;
    the type line and the preamble stand alone."""
    doc = LINES_AS_PARAGRAPHS.replace(
        "KẾ HOẠCH\n\nTriển khai công tác phòng chống thiên tai và tìm kiếm cứu nạn trên\n\nđịa bàn huyện năm 2025",
        "QUYẾT ĐỊNH\n\nBAN HÀNH QUY\n\nCHẾ PHỐI HỢP PHÒNG CHỐNG THIÊN TAI\n\nTRÊN ĐỊA BÀN HUYỆN",
    ).replace("Số: 45/KH-UBND", "Số: 45/QĐ-UBND")
    text = normalize(doc).text
    assert "\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ PHỐI HỢP PHÒNG CHỐNG THIÊN TAI TRÊN ĐỊA BÀN HUYỆN\n\nCăn cứ" in text
    # the header's capitals before the type line stay lines of their own
    assert text.startswith("ỦY BAN NHÂN DÂN\n\nHUYỆN AN PHÚ\n\nCỘNG HÒA")
    rec = extract_text(doc).model_dump()
    assert rec["title"] == "BAN HÀNH QUY CHẾ PHỐI HỢP PHÒNG CHỐNG THIÊN TAI TRÊN ĐỊA BÀN HUYỆN"


# mammoth's markdown of a DOCX whose header and closing are laid out with tabs: bold runs that
# keep their spaces inside ``__``, an italic date line whose run starts with spaces, escaped
# dashes and dots, a blank line after every paragraph, the closing's columns apart by spaces.
MAMMOTH_MD = """\
UBND HUYỆN AN PHÚ

__  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM__

__PHÒNG NỘI VỤ__

__  Độc lập \\- Tự do \\- Hạnh phúc__

Số:   18/KH\\-PNV

*   An Phú,  ngày 09 tháng 4 năm 2026*

__KẾ HOẠCH__

__Bồi dưỡng kỹ năng số cho công chức cấp xã __

Căn cứ Kế hoạch số 40/KH\\-UBND ngày 02/3/2026 của Ủy ban nhân dân huyện;

Phòng Nội vụ ban hành Kế hoạch bồi dưỡng như sau\\:

Các xã, thị trấn cử công chức tham gia đầy đủ\\./\\.

Nơi nhận:                                               KT\\. TRƯỞNG PHÒNG

\\- Như trên;

\\- Ủy ban nhân dân huyện \\(để báo cáo\\);            PHÓ TRƯỞNG PHÒNG

\\- Các xã, thị trấn;

\\- Trung tâm Chính trị huyện;

\\- Văn phòng HĐND và UBND huyện;

\\- Lưu: VT\\.

                                                        Trịnh Văn Hòa
"""


def test_mammoth_markdown_header_and_tab_laid_closing() -> None:
    text = normalize(MAMMOTH_MD).text
    assert "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" in text
    assert "\nAn Phú, ngày 09 tháng 4 năm 2026\n" in text
    rec = extract_text(MAMMOTH_MD).model_dump()
    assert rec["date"]["iso"] == "2026-04-09"
    assert rec["place"] == "An Phú"
    assert rec["title"] == "Bồi dưỡng kỹ năng số cho công chức cấp xã"
    assert rec["recipients"] == [
        "Ủy ban nhân dân huyện", "Các xã, thị trấn", "Trung tâm Chính trị huyện", "Văn phòng HĐND và UBND huyện",
    ]
    assert rec["signer"] == {"name": "Trịnh Văn Hòa", "position": "Phó Trưởng phòng", "authority": "KT."}


# A công văn's Kính gửi list laid out as a table (the label in the left cell, the addressees in
# the right one), as each converter writes it.
KG_HEAD = """\
ỦY BAN NHÂN DÂN
HUYỆN AN PHÚ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 312/UBND-VP
V/v triển khai tiêm chủng mở rộng
An Phú, ngày 09 tháng 4 năm 2026

"""
KG_TAIL = """

Ủy ban nhân dân huyện đề nghị các đơn vị triển khai thực hiện nghiêm túc./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""
KG_FORMS = {
    "pipe cell, <br> lines": "| Kính gửi: | - Trung tâm Y tế huyện;<br>- Phòng Giáo dục và Đào tạo;<br>- Ủy ban nhân dân các xã, thị trấn. |",
    "pipe rows": "| Kính gửi: | - Trung tâm Y tế huyện; |\n| | - Phòng Giáo dục và Đào tạo; |\n| | - Ủy ban nhân dân các xã, thị trấn. |",
    "html2text": "Kính gửi:| \\- Trung tâm Y tế huyện;\\- Phòng Giáo dục và Đào tạo;\\- Ủy ban nhân dân các xã, thị trấn.  \n---|---",
    "html2text bold": "**Kính gửi:**| **\\- Trung tâm Y tế huyện;****\\- Phòng Giáo dục và Đào tạo;****\\- Ủy ban nhân dân các xã, thị trấn.**  \n---|---",
    "markdownify": "| **Kính gửi:** | - Trung tâm Y tế huyện; - Phòng Giáo dục và Đào tạo; - Ủy ban nhân dân các xã, thị trấn. |\n| --- | --- |",
    "docx2txt": "Kính gửi:\n\n\n\n- Trung tâm Y tế huyện;\n\n- Phòng Giáo dục và Đào tạo;\n\n- Ủy ban nhân dân các xã, thị trấn.",
    "docx2txt, no dashes": "Kính gửi:\n\nTrung tâm Y tế huyện;\n\nPhòng Giáo dục và Đào tạo;\n\nỦy ban nhân dân các xã, thị trấn.",
    "pdf layer": "Kính gửi: - Trung tâm Y tế huyện;\n- Phòng Giáo dục và Đào tạo;\n- Ủy ban nhân dân các xã, thị trấn.",
}


@pytest.mark.parametrize("form", list(KG_FORMS))
def test_kinh_gui_table_in_every_converter_layout(form: str) -> None:
    rec = extract_text(KG_HEAD + KG_FORMS[form] + KG_TAIL).model_dump()
    assert rec["recipients"] == ["Trung tâm Y tế huyện", "Phòng Giáo dục và Đào tạo", "Ủy ban nhân dân các xã, thị trấn"]
    assert rec["title"] == "triển khai tiêm chủng mở rộng"


def test_kinh_gui_bare_label_then_one_addressee_and_the_body() -> None:
    """The first line after a bare label is the addressee; the body after it is not."""
    doc = KG_HEAD + "Kính gửi:\n\nỦy ban nhân dân tỉnh\n\nThực hiện Công văn số 15/UBND-VX ngày 02/4/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện báo cáo như sau:" + KG_TAIL
    rec = extract_text(doc).model_dump()
    assert rec["recipients"] == ["Ủy ban nhân dân tỉnh"]


def test_padded_page_closing_with_line_spacing() -> None:
    """pdfplumber's layout mode: the closing's columns apart by spaces, a blank line between
    rows (the line spacing), the list indented as far as everything else on the page."""
    body = PDF_LINES[: PDF_LINES.index("Nơi nhận")].split("\n")
    body[0:2] = ["Số: 27/KH-UBND          Bình Minh, ngày 14 tháng 5 năm", "", "                        2025"]
    body[-2:-2] = [  # a page's worth of prose: most lines of a page are the body's
        "1. Thời gian tổ chức: trong tháng 6 năm 2025, tại nhà văn hóa của các thôn trên",
        "địa bàn xã; mỗi thôn tổ chức ít nhất một buổi giới thiệu sách cho thiếu nhi và",
        "người cao tuổi, có sự tham gia của các trường học trên địa bàn.",
        "2. Kinh phí: từ nguồn ngân sách xã và các nguồn huy động hợp pháp khác theo quy",
        "định hiện hành; các thôn chủ động bố trí địa điểm và nhân lực phục vụ.",
    ]
    closing = [
        "Nơi nhận:                     KT. CHỦ TỊCH",
        "",
        "- Phòng Văn hóa và Thông tin huyện;   PHÓ CHỦ TỊCH",
        "",
        "- Các trường học trên địa bàn;       Lê Thị Mai",
        "",
        "- Hội Khuyến học xã, Đoàn Thanh niên",
        "xã, Hội Liên hiệp Phụ nữ xã;",
        "",
        "- Lưu: VT, VX.",
    ]
    page = "\n".join(("            " + ln).ljust(96) if ln else " " * 96 for ln in body + closing)
    text = normalize(page).text
    # read column by column: the whole list, then the signature
    assert text.index("- Lưu: VT, VX.") < text.index("KT. CHỦ TỊCH") < text.index("Lê Thị Mai")
    rec = extract_text(page).model_dump()
    assert rec["recipients"] == [
        "Phòng Văn hóa và Thông tin huyện", "Các trường học trên địa bàn",
        "Hội Khuyến học xã, Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã",
    ]
    assert rec["signer"] == {"name": "Lê Thị Mai", "position": "Phó Chủ tịch", "authority": "KT."}
    assert rec["date"]["iso"] == "2025-05-14"


def test_a_styled_heading_cut_one_line_a_paragraph() -> None:
    """A unit's bold (or italic) heading wrapped and made two paragraphs: the run opened on one
    line and closed on the next is one line again; paragraphs around it stay apart."""
    doc = LINES_AS_PARAGRAPHS.replace(
        "1. Phòng Nông nghiệp và Môi trường chủ trì theo dõi, tổng hợp\n\ntình hình, báo cáo trước ngày 30 tháng 11 năm 2025.",
        "**1. Bộ\n\nChỉ huy Quân sự huyện:**\n\nChủ trì huy động lực lượng ứng cứu khi xảy ra thiên tai.\n\n"
        "*2. Phòng Nông nghiệp\n\nvà Môi trường:*\n\nTheo dõi, tổng hợp tình hình, báo cáo Ủy ban nhân dân huyện.",
    )
    text = normalize(doc).text
    assert "\n\n1. Bộ Chỉ huy Quân sự huyện:\n\nChủ trì huy động" in text
    assert "\n\n2. Phòng Nông nghiệp và Môi trường:\n\nTheo dõi" in text


def test_markdown_images_and_links() -> None:
    """markdownify and html2text keep an image as ``![alt](src)`` and a link as
    ``[text](url)``: no text in the first, the text of the second."""
    text = normalize("KẾ HOẠCH\n\n![Shape3](ke-hoach_html_ae7d6e38.gif)\n\nThực hiện [Nghị định số 30/2020/NĐ-CP](https://vanban.example/30) ngày 05/3/2020.\n").text
    assert text == "KẾ HOẠCH\n\nThực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.\n"


def test_a_title_in_capitals_stops_at_the_sentence_under_it() -> None:
    """A PDF's text layer keeps no blank line under the title: a trích yếu in capitals does not
    go on into the sentence that follows (nor is it wrap-joined to it)."""
    doc = PDF_LINES.replace(
        "Tổ chức Ngày hội đọc sách trên địa bàn xã năm 2025\nThực hiện Kế hoạch số 88/KH-UBND ngày 02/4/2025 của Ủy ban nhân dân huyện về phát\ntriển văn hóa đọc, Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
        "TỔ CHỨC NGÀY HỘI ĐỌC SÁCH TRÊN ĐỊA BÀN XÃ NĂM 2025 NHẰM PHÁT TRIỂN VĂN HÓA\nĐỌC TRONG CỘNG ĐỒNG\nNhằm phát triển văn hóa đọc trong cộng đồng dân cư, Ủy ban nhân dân xã ban hành\nKế hoạch như sau:",
    )
    assert "VĂN HÓA ĐỌC TRONG CỘNG ĐỒNG\nNhằm phát triển" in normalize(doc).text
    rec = extract_text(doc).model_dump()
    assert rec["title"] == "TỔ CHỨC NGÀY HỘI ĐỌC SÁCH TRÊN ĐỊA BÀN XÃ NĂM 2025 NHẰM PHÁT TRIỂN VĂN HÓA ĐỌC TRONG CỘNG ĐỒNG"


def test_escaped_markup_in_lines_made_paragraphs() -> None:
    """mammoth escapes a text's literal markdown (``\\*\\*QUYẾT ĐỊNH\\*\\*``, ``\\*Căn cứ …;\\*``):
    the stars a later pass removes neither hide the type line nor join the grounds."""
    doc = "\n\n".join([
        "ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập \\- Tự do \\- Hạnh phúc",
        "Số: 15/2026/QĐ\\-UBND", "\\*An Giang, ngày 03 tháng 3 năm 2026\\*", "\\*\\*QUYẾT ĐỊNH\\*\\*",
        "QUY", "ĐỊNH MỨC HỖ TRỢ KINH PHÍ BẢO TRÌ ĐƯỜNG GIAO THÔNG NÔNG THÔN",
        "\\*Căn cứ Luật Tổ chức chính quyền", "địa phương số 72/2025/QH15;\\*",
        "\\*Căn cứ Luật Ngân sách nhà nước", "số 89/2025/QH15 ngày 25 tháng 6 năm 2025;\\*",
        "\\*Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình", "số 12/TTr\\-STC ngày 20 tháng 2 năm 2026.\\*",
        "Điều 1\\. Phạm vi điều chỉnh", "Quyết định này quy định mức hỗ trợ kinh phí bảo trì đường giao thông",
        "nông thôn trên địa bàn tỉnh.",
    ]) + "\n"
    text = normalize(doc).text
    assert "\n\nQUY ĐỊNH MỨC HỖ TRỢ KINH PHÍ BẢO TRÌ ĐƯỜNG GIAO THÔNG NÔNG THÔN\n\nCăn cứ Luật Tổ chức" in text
    assert "địa phương số 72/2025/QH15;\n\nCăn cứ Luật Ngân sách" in text
    rec = extract_text(doc).model_dump()
    assert rec["title"] == "QUY ĐỊNH MỨC HỖ TRỢ KINH PHÍ BẢO TRÌ ĐƯỜNG GIAO THÔNG NÔNG THÔN"
    assert [b["number"] for b in rec["legal_bases"]][:2] == ["72/2025/QH15", "89/2025/QH15"]


def test_signed_for_and_deputy_title_on_one_line() -> None:
    """``KT. <title signed for> PHÓ <title>`` on one line (a wrapped export joined them): the
    deputy's title is the signer's position; a body named with a title (``TM. BAN BÍ THƯ``)
    is not cut."""
    closing = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG CỤC QUẢN LÝ THỊ TRƯỜNG TRONG NƯỚC PHÓ CỤC TRƯỞNG\nNguyễn Thu Hà\n"
    rec = extract_text(KG_HEAD + "Kính gửi: Các Sở Công Thương.\n\nCục đề nghị các đơn vị thực hiện./." + closing).model_dump()
    assert rec["signer"] == {"name": "Nguyễn Thu Hà", "position": "Phó Cục trưởng", "authority": "KT."}
