"""A header run together on one line (a converter's or an OCR tool's) before a form or a
routing slip appended after the document, whose own header keeps its lines (synthetic)."""

from __future__ import annotations

from pipeline.extractor import extract_text

LETTER = """BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 595/KH-BNV Hà Nội, ngày 10 tháng 4 năm 2031

KẾ HOẠCH
Triển khai Đề án tuyên truyền gương điển hình tiên tiến

Thực hiện Quyết định số 15/QĐ-TTg ngày 09/12/2030 của Thủ tướng Chính phủ, Bộ Nội vụ ban hành kế hoạch như sau:
1. Vụ Thi đua chủ trì tổ chức tuyên truyền, hoàn thành trong tháng 6/2031.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Bình

ĐẠI HỌC SÔNG LAM
TRƯỜNG ĐẠI HỌC KỸ THUẬT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sông Lam, ngày 12 tháng 4 năm 2031
PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN
Ý kiến của Hiệu trưởng: chuyển Phòng Công tác sinh viên.
"""


def test_a_run_in_header_starts_the_document_before_an_appended_slips_own_header():
    r = extract_text(LETTER)
    assert (r.doc_type.code, r.number.raw, r.date.iso, r.issuer.name) == ("KH", "595/KH-BNV", "2031-04-10", "Bộ Nội vụ")
    assert r.signer.name == "Trần Văn Bình"


def test_a_pages_summary_quoting_the_header_does_not_start_the_document():
    # a site's teaser paragraph quotes the header run in, after words of its own: the
    # document's header below it (lines of its own) starts the document
    teaser = ("Ngày 10/4/2031 Bộ Nội vụ ban hành Kế hoạch số 595/KH-BNV. BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
              "VIỆT NAM Độc lập – …\n\n")
    head = "BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 595/KH-BNV\nHà Nội, ngày 10 tháng 4 năm 2031\n"
    text = teaser + LETTER.replace(LETTER.split("\n")[0] + "\n", head, 1)
    r = extract_text(text)
    assert (r.number.raw, r.date.iso, r.issuer.name) == ("595/KH-BNV", "2031-04-10", "Bộ Nội vụ")


def test_rules_and_blank_lines_between_the_header_cells_do_not_part_the_date_from_the_number():
    # a converter writes each cell as a paragraph and draws "---" between the cells: the date
    # line stands nine lines below the number, no more cells between them than in any header
    text = ("**ĐẠI HỌC QUỐC GIA HÀ AN**\n**TRƯỜNG ĐẠI HỌC SÔNG LAM**\n\nSố: 323/QĐ-ĐHSL\n\n---\n\n"
            "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n---\n\n"
            "*Hà Nội, ngày 04 tháng 4 năm 2031*\n\n**QUYẾT ĐỊNH**\n\n**Về việc công khai dự toán**\n\n"
            "Điều 1. Công khai dự toán năm 2031.\n")
    r = extract_text(text)
    assert (r.number.raw, r.date.iso, r.place) == ("323/QĐ-ĐHSL", "2031-04-04", "Hà Nội")
