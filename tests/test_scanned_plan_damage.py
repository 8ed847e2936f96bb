"""What a scan's OCR and a PDF-to-markdown converter do to a document, on synthetic texts:

- a look-alike read beside the very letter it stands for ("QĐÐ") is one letter;
- a blank day the OCR read as a few marks ("ngày-|“tháng 11 năm 2024") is a blank day, and the
  type line under such a date line ("KẺ HOẠCH", a mark misread) stands alone;
- a range of dates written without spaces ("20/3/2025-21/3/2025") is a range;
- inline LaTeX that only draws letters ("$\\mathrm { H } \\hat { \\mathrm { e } }$", "$( \\mathsf
  { b } / \\mathsf { c } )$") is text; a real formula stays;
- a line that opens as a ground does but stands right above the authority line ("Theo Kế hoạch
  số …" / "GIÁM ĐỐC HỌC VIỆN …") is the end of the trích yếu;
- a council's term in brackets after a cited issuer ("(khóa XIV)") is part of its name.
"""

from __future__ import annotations

import unicodedata

from pipeline.dates import find_dates, find_periods
from pipeline.extractor import extract_text
from pipeline.latex_text import latex_text_edits
from pipeline.normalize import normalize

DECISION = """BAN CHỈ ĐẠO ABC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG ĐÀO TẠO XYZ Độc lập - Tự do - Hạnh phúc
Số: 215/QĐÐ-TĐT Hà Nội, ngày 4 tháng 3 năm 2031
QUYẾT ĐỊNH
Ban hành quy trình tiếp nhận hồ sơ của các phòng, khoa
thuộc Trường Đào tạo XYZ
Theo Kế hoạch số 88/KH-BCĐ ngày 10/01/2031 -
HIỆU TRƯỞNG TRƯỜNG ĐÀO TẠO XYZ
Căn cứ Quyết định số 12/QĐ-BCĐ ngày 02/01/2030 của Trưởng ban Ban Chỉ đạo ABC
quy định chức năng, nhiệm vụ của Trường;
Căn cứ Nghị quyết số 05-NQ/ĐU ngày 05/01/2031 của Ban Chấp hành Đảng bộ Trường (khóa III)
về công tác năm 2031;
Theo đề nghị của Trưởng phòng Hành chính.
QUYẾT ĐỊNH:
Điều 1. Ban hành quy trình tiếp nhận hồ sơ kèm theo Quyết định này.
Điều 2. Quyết định này có hiệu lực thi hành $\\mathrm { k } \\mathring { \\mathrm { e } }$ từ ngày ký.
Điều 3. Trưởng phòng Hành chính và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Ban Chỉ đạo ABC $( \\mathsf { b } / \\mathsf { c } )$ ;
- Lưu: VT, HC.
HIỆU TRƯỞNG
Đặng Văn Hòa
"""


def test_lookalike_beside_its_letter_is_one_letter() -> None:
    r = extract_text(DECISION)
    assert r.number is not None and r.number.raw == "215/QĐ-TĐT"


def test_ground_above_the_authority_line_ends_the_title() -> None:
    r = extract_text(DECISION)
    assert r.title is not None and r.title.endswith("Theo Kế hoạch số 88/KH-BCĐ ngày 10/01/2031")
    # (the plan it names in its trích yếu is no ground of its preamble)
    assert [b.number for b in r.legal_bases] == ["12/QĐ-BCĐ", "05-NQ/ĐU"]


def test_term_in_brackets_is_the_issuers() -> None:
    bases = {b.number: b for b in extract_text(DECISION).legal_bases}
    assert bases["05-NQ/ĐU"].issuer == "Ban Chấp hành Đảng bộ Trường (khóa III)"
    assert bases["05-NQ/ĐU"].title == "về công tác năm 2031"


def test_latex_that_draws_letters_is_text() -> None:
    r = extract_text(DECISION)
    assert "Ban Chỉ đạo ABC" in r.recipients
    text = normalize(DECISION).text
    assert "$" not in text and "mathsf" not in text
    formula = "diện tích $x ^ { 2 } + \\frac { 1 } { 2 }$ mét"
    assert latex_text_edits(formula) == []
    assert _applied("$\\text { Sở Y tế }$") == "Sở Y tế"
    assert _applied("trên $\\mathrm { H } \\hat { \\mathrm { e } }$ thống") == "trên He thống"


def _applied(text: str) -> str:
    for a, b, rep in sorted(latex_text_edits(text), reverse=True):
        text = text[:a] + rep + text[b:]
    return unicodedata.normalize("NFC", text)


def test_scan_marks_in_a_blank_day() -> None:
    d = find_dates("Hà Nội, ngày-|“tháng 11 năm 2024")
    assert len(d) == 1 and (d[0].year, d[0].month, d[0].day) == (2024, 11, None)
    plan = DECISION.replace("ngày 4 tháng 3 năm 2031", "ngày-|“tháng  3 năm 2031").replace(
        "QUYẾT ĐỊNH\nBan hành", "QUYÉT ĐỊNH\nBan hành")
    r = extract_text(plan)
    assert r.date is not None and (r.date.year, r.date.month, r.date.day) == (2031, 3, None)
    assert r.place == "Hà Nội"
    assert r.title is not None and r.title.startswith("Ban hành quy trình")


def test_range_written_without_spaces() -> None:
    ps = find_periods("20/3/2025-21/3/2025_ | Báo cáo tiến độ")
    assert [(p.first, p.last) for p in ps] == [("2025-03-20", "2025-03-21")]
    assert find_periods("KH-10/3/2025") == []


WRAPPED_PLAN = """BAN CHỈ ĐẠO ABC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG ĐÀO TẠO XYZ Độc lập - Tự do - Hạnh phúc
Số: 40 /KH-TĐT Hà Nội, ngày-|“tháng  11 năm 2030
KẺ HOẠCH
Tổ chức thực tập tốt nghiệp cho sinh viên
đại học chính quy năm học 2030 - 2031
Căn cứ Quyết định số 12/QĐ-BCĐ ngày 02/01/2030 của Trưởng ban Ban Chỉ đạo ABC
quy định chức năng, nhiệm vụ của Trường;
Trường Đào tạo XYZ xây dựng kế hoạch tổ chức thực tập tốt nghiệp cho sinh viên
như sau:
I. MỤC ĐÍCH
- Giúp sinh viên vận dụng kiến thức đã học vào thực tiễn công việc tại các cơ
quan, đơn vị tiếp nhận thực tập.
II. NỘI DUNG
20/3/2031-21/3/2031 | Báo cáo tiến độ thực tập (lần 1)
10/4/2031-11/4/2031 | Báo cáo tiến độ thực tập (lần 2)
"""


def test_type_line_under_a_marred_date_line_stands_alone() -> None:
    lines = normalize(WRAPPED_PLAN).text.split("\n")
    assert "KẺ HOẠCH" in lines
    r = extract_text(WRAPPED_PLAN)
    assert r.doc_type is not None and r.doc_type.code == "KH"
    assert r.date is not None and (r.date.year, r.date.month) == (2030, 11)
    assert r.title is not None and r.title.startswith("Tổ chức thực tập tốt nghiệp")
    assert {(t.start, t.end) for t in r.timeline} >= {("2031-03-20", "2031-03-21"), ("2031-04-10", "2031-04-11")}


def test_plan_bringing_in_its_body_is_no_ground_and_stray_quote_after_a_note() -> None:
    text = WRAPPED_PLAN.replace(
        "Trường Đào tạo XYZ xây dựng kế hoạch tổ chức thực tập tốt nghiệp cho sinh viên\nnhư sau:",
        "Kế hoạch tổ chức thực tập tốt nghiệp cho sinh viên đại học chính quy\nnhư sau:",
    ) + "Nơi nhận:\n- BGĐ (để báo cáo)”;\n- Phòng Đào tạo;\n- Lưu: VT.\nHIỆU TRƯỞNG\nĐặng Văn Hòa\n"
    r = extract_text(text)
    assert [b.number for b in r.legal_bases] == ["12/QĐ-BCĐ"]
    assert r.recipients[:2] == ["BGĐ", "Phòng Đào tạo"]
    # a ground's own clause that ends bringing in the body keeps its law
    one = text.replace(
        "Căn cứ Quyết định số 12/QĐ-BCĐ ngày 02/01/2030 của Trưởng ban Ban Chỉ đạo ABC\nquy định chức năng, nhiệm vụ của Trường;\n"
        "Kế hoạch tổ chức thực tập tốt nghiệp cho sinh viên đại học chính quy\nnhư sau:",
        "Căn cứ Luật Giáo dục đại học ngày 18 tháng 6 năm 2012, Trường Đào tạo XYZ xây dựng Kế hoạch\nnhư sau:",
    )
    assert [(b.number, b.date) for b in extract_text(one).legal_bases] == [(None, "2012-06-18")]
