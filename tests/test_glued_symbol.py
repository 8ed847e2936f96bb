"""A number's symbol with the next word run onto it by a converter (synthetic decision of an
invented province): the word is set apart, so the cited document keeps its whole symbol and the
word after it still reads (a date, "về"), while a code's own small letter ("TTg") stays."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

DECISION = """ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/QĐ-UBND
Sông Lam, ngày 10 tháng 5 năm 2027
QUYẾT ĐỊNH
Về việc phê duyệt phương án sắp xếp trường học
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 27/QĐ-TTgngày 05 tháng 01 năm 2026 của Thủ tướng Chính phủ về sắp xếp trường học;
Căn cứ Đề án số 381/ĐA-UBNDngày 09 tháng 5 năm 2027 của Ủy ban nhân dân tỉnh Sông Lam về sắp xếp trường học;
Căn cứ Thông tư số 15/2026/TT-BGDĐTvề quy chuẩn trường học;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt phương án sắp xếp trường học trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Lê Văn Tâm
"""


def test_the_word_run_onto_a_symbol_is_set_apart():
    text = normalize(DECISION).text
    assert "381/ĐA-UBND ngày 09" in text
    assert "27/QĐ-TTg ngày 05" in text
    assert "15/2026/TT-BGDĐT về" in text


def test_cited_documents_keep_their_whole_symbol_and_date():
    bases = {b.number: b for b in extract_text(DECISION).legal_bases if b.number}
    assert set(bases) == {"27/QĐ-TTg", "381/ĐA-UBND", "15/2026/TT-BGDĐT"}
    assert bases["381/ĐA-UBND"].date == "2027-05-09"
    assert bases["27/QĐ-TTg"].date == "2026-01-05"


def test_a_code_small_letter_and_a_word_not_in_the_text_stay():
    assert "12/QĐ-TTg ngày" in normalize("Số 12/QĐ-TTg ngày 3 tháng 4").text
    # small letters spelling no word written elsewhere are left as the converter gave them
    assert "5/KH-UBNDxyz" in normalize("Kế hoạch 5/KH-UBNDxyz ngày 3 tháng 4").text
    # a code that is a word cut short to one capital ("Cty": công ty) is no glued word
    assert "27/ĐN-Cty ngày" in normalize("Đơn số 27/ĐN-Cty ngày 3 tháng 4 của công ty").text
