"""Letters a PDF's legacy font table gives for a Vietnamese one (the Latin OI for the horned u)
are put back before anything reads the text (synthetic letter of an invented body)."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

LETTER = """SỞ GIAO THÔNG SÔNG LAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                  Độc lập - Tự do - Hạnh phúc
Số: 215/SGT-QLCL                  Sông Lam, ngày 3 tháng 4 năm 2027
V/v hƣớng dẫn kiểm tra định kỳ

Kính gửi: Ủy ban nhân dân các xã, phƣờng

Sở Giao thông đề nghị Ủy ban nhân dân các xã, phƣờng rà soát, báo cáo trƣớc ngày 30/4/2027.

Nơi nhận:                                   KT. GIÁM ĐỐC
- Nhƣ trên;                                  PHÓ GIÁM ĐỐC
- Lƣu: VT, QLCL.
                                             Trần Văn Thƣờng
"""


def test_the_latin_oi_is_the_horned_u():
    n = normalize(LETTER)
    assert "ƣ" not in n.text and "Ƣ" not in n.text
    assert "- Như trên;" in n.text and "V/v hướng dẫn kiểm tra định kỳ" in n.text


def test_a_letter_printed_with_the_look_alike_reads_like_any_other():
    r = extract_text(LETTER)
    assert r.recipients == ["Ủy ban nhân dân các xã, phường"]
    assert r.signer.name == "Trần Văn Thường"
    assert r.title == "hướng dẫn kiểm tra định kỳ"


def test_the_eth_an_ocr_engine_gives_for_d_with_stroke_is_that_letter_everywhere():
    """The eth is the same glyph as the capital đ: OCR engines give it in words as well as in a
    number's symbol, and Vietnamese has no other use for it."""
    eth = (
        LETTER.replace("Độc lập", "Ðộc lập")
        .replace("đề nghị", "ðề nghị")
        .replace("định kỳ", "ðịnh kỳ")
        .replace("ƣ", "ư")
        .replace("Ƣ", "Ư")
    )
    n = normalize(eth)
    assert "ð" not in n.text and "Ð" not in n.text
    assert "Độc lập" in n.text and "đề nghị" in n.text
    r = extract_text(eth)
    assert r.title == "hướng dẫn kiểm tra định kỳ"
    assert r.number.raw == "215/SGT-QLCL"
