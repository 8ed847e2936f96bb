"""Cyrillic letters that look like Latin ones inside Latin or Vietnamese words (a text layer or
an OCR engine that mixed the scripts: "ВСТ-ВТC", "củа", "CР", "66/NQ-СР") are the Latin letters
they show; a word all in Cyrillic is left as it is. And a number whose symbol wraps below the
date cell beside it ("Số: 24/HDLN-BCA-BQP-BYT- … Hà Nội, ngày …" / "BCT-BTC-VKSNDTC-TANDTC")."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize


def test_cyrillic_look_alikes_inside_latin_words() -> None:
    assert normalize("Các Bộ, cơ quan thuộc CР;").text == "Các Bộ, cơ quan thuộc CP;"
    assert normalize("Văn phòng củа Bộ").text == "Văn phòng của Bộ"
    assert normalize("Nghị quyết số 66/NQ-СР").text == "Nghị quyết số 66/NQ-CP"
    assert normalize("Москва là thủ đô").text == "Москва là thủ đô"


def test_a_joint_number_wrapped_below_the_date_cell() -> None:
    text = ("BỘ CÔNG AN  BỘ QUỐC PHÒNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BỘ Y TẾ                          Độc lập - Tự do - Hạnh phúc\n\n"
            " Số: 24 /HDLN-BCA-BQP-BYT-                          Hà Nội, ngày 25 tháng 6 năm 2031\n"
            " ВСТ-ВТC-VKSNDTC-TANDTC\n\n"
            "                                HƯỚNG DẪN LIÊN NGÀNH\n"
            "                      Về việc xử lý hành vi vi phạm liên quan đến khí N2O\n\n"
            "   Căn cứ Công văn số 3584/BYT-KCB ngày 19/5/2031 của Bộ Y tế;\n"
            "   Các bộ thống nhất hướng dẫn như sau:\n   1. Nội dung hướng dẫn.\n")
    rec = extract_text(text)
    assert rec.number is not None and rec.number.raw == "24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC"
    assert rec.date is not None and rec.date.iso == "2031-06-25"
