"""Resolutions without a date line, drafts' closings and places, tables with two lead columns,
a cited document's aside: synthetic documents of invented bodies.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

RESOLUTION = """ỦY BAN THƯỜNG VỤ QUỐC HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nghị quyết số: 9/2031/UBTVQH17

NGHỊ QUYẾT
Điều chỉnh Chương trình lập pháp năm 2031

ỦY BAN THƯỜNG VỤ QUỐC HỘI

Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;

QUYẾT NGHỊ:

Điều 1. Điều chỉnh Chương trình lập pháp năm 2031 như sau:

| STT | Tên dự án | Cơ quan trình | Cơ quan chủ trì thẩm tra | Cơ quan tham gia thẩm tra | Tiến độ trình |
|---|---|---|---|---|---|
| 1 | Luật Thủy sản (sửa đổi) | Chính phủ | Ủy ban Kinh tế | Hội đồng Dân tộc | Phiên họp tháng 9/2031 |

Điều 2. Nghị quyết này có hiệu lực thi hành từ ngày thông qua.

Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XVII thông qua ngày 26 tháng 6 năm 2031.

TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
CHỦ TỊCH
Trần Văn An
"""


def test_the_adoption_sentence_is_no_date_line() -> None:
    """The contract's date is the document's own date line; the sentence recording the passage
    ("… thông qua ngày 26 tháng 6 năm 2031") is none (settled: SETTLEMENT-f6.md, -f9.md)."""
    r = extract_text(RESOLUTION)
    assert r.date is None and r.place is None


def test_a_date_line_wins_over_the_passage() -> None:
    text = RESOLUTION.replace("Độc lập - Tự do - Hạnh phúc\n", "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 27 tháng 6 năm 2031\n")
    r = extract_text(text)
    assert r.date is not None and r.date.iso == "2031-06-27" and r.place == "Hà Nội"


def test_two_lead_columns_each_give_units_and_the_partners_none() -> None:
    r = extract_text(RESOLUTION)
    assert [u.name for u in r.responsible_units] == ["Chính phủ", "Ủy ban Kinh tế"]
    assert (r.timeline[0].start, r.timeline[0].end) == ("2031-09", "2031-09")


DRAFT = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:     /QĐ-UBND
An phú, ngày      tháng 9 năm 2031

QUYẾT ĐỊNH
Công bố danh mục thủ tục hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN PHÚ

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. Công bố danh mục thủ tục hành chính của Sở Xây dựng (theo Nghị quyết số 07/NQ-HĐND ngày 20 tháng 02 năm 2031 của Hội đồng nhân dân tỉnh: Sở Xây dựng chính thức đi vào hoạt động kể từ ngày 01 tháng 3 năm 2031).

Điều 2. Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 2;
- Lưu: VT, NC.
CHỦ TỊCH
"""


def test_a_place_whose_last_syllable_is_in_small_letters() -> None:
    r = extract_text(DRAFT)
    assert r.place == "An Phú"
    assert r.date is not None and (r.date.year, r.date.month, r.date.day) == (2031, 9, None)


def test_a_drafts_closing_that_is_only_the_position() -> None:
    r = extract_text(DRAFT)
    assert r.signer is not None
    assert (r.signer.name, r.signer.position) == (None, "Chủ tịch")


def test_a_cited_documents_aside_sets_no_date() -> None:
    assert extract_text(DRAFT).timeline == []


LETTER = DRAFT.replace("QUYẾT ĐỊNH\nCông bố", "V/v báo cáo\n\nKính gửi: Sở Xây dựng\n\nCông bố").replace(
    "- Lưu: VT, NC.\nCHỦ TỊCH\n", "- Lưu: VT, NC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Minh\tCHỦ TỊCH\n")


def test_a_name_and_a_stray_position_in_one_flattened_row() -> None:
    r = extract_text(LETTER)
    assert r.signer is not None
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Lê Văn Minh", "Phó Chủ tịch", "KT.")


def test_a_police_departments_name_holds_its_field() -> None:
    text = DRAFT.replace(
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
        "Thực hiện Công văn số 2292/C04-P6 ngày 15/4/2031 của Cục Cảnh sát điều tra tội phạm về ma túy - Bộ Công an;")
    bases = {b.number: b.issuer for b in extract_text(text).legal_bases}
    assert bases["2292/C04-P6"] == "Cục Cảnh sát điều tra tội phạm về ma túy - Bộ Công an"


def test_a_subject_line_beside_the_motto_after_a_tab() -> None:
    text = """ỦY BAN NHÂN DÂN
TỈNH AN PHÚ
Số: 12/UBND-NC
V/v triển khai các chỉ tiêu được giao trong Chương trình phòng, chống ma túy
đến năm 2030\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 3 tháng 7 năm 2031

Kính gửi: Công an tỉnh

Đề nghị Công an tỉnh báo cáo kết quả trước ngày 18 hằng tháng.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Minh
"""
    r = extract_text(text)
    assert r.title == "triển khai các chỉ tiêu được giao trong Chương trình phòng, chống ma túy đến năm 2030"


def test_a_cited_issuer_run_into_its_head_is_set_apart() -> None:
    text = DRAFT.replace(
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
        "Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 01/8/2031 của Bộ trưởngBộ Giáo dục và Đào tạo;")
    bases = {b.number: b.issuer for b in extract_text(text).legal_bases}
    assert bases["2045/QĐ-BGDĐT"] == "Bộ trưởng Bộ Giáo dục và Đào tạo"


DECREE = """CHÍNH PHỦ
Số: 20/2031/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 3 tháng 1 năm 2031

NGHỊ ĐỊNH
Sửa đổi mức thu lệ phí trước bạ

Căn cứ Luật Phí và lệ phí số 97/2015/QH13;

Chính phủ ban hành Nghị định sửa đổi mức thu lệ phí trước bạ.

Điều 1. Sửa đổi điểm c khoản 4 Điều 8 như sau:

> c) Ô tô điện chạy pin: Kể từ ngày Nghị định này có hiệu lực thi hành đến hết ngày 31 tháng 12 năm 2033, nộp lệ phí trước bạ lần đầu với mức thu 0%.

Điều 2. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 3 năm 2031.

TM. CHÍNH PHỦ
THỦ TƯỚNG
Lê Văn An
"""


def test_a_period_opened_by_the_documents_own_entry_into_force() -> None:
    r = extract_text(DECREE)
    assert [(t.start, t.end) for t in r.timeline] == [("2031-03-01", "2033-12-31"), ("2031-03-01", "2031-03-01")]
    assert not any(t.label.startswith(">") for t in r.timeline)  # the block quote's marker is markup
