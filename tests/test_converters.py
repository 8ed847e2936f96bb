"""Layouts other tools give a document (PDF-to-Word, mammoth, html2text, markdownify,
docx2txt, pdfplumber): each synthetic document below is written the way that tool emits it,
and the record must come out as from the plain text. bench/converter_matrix.py measures the
same routes on the gold corpus."""

from __future__ import annotations

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
