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


def test_a_quotation_opened_curly_and_closed_straight_ends_there() -> None:
    """"… quy định: “Quốc hội thống nhất … cụ thể";" — the typist closed the quotation with a
    straight mark: the next ground is the document's own, its number read."""
    text = ("BỘ Y TẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 24/HD-BYT\n\n"
            "Hà Nội, ngày 25 tháng 6 năm 2031\n\nHƯỚNG DẪN\nVề việc xử lý\n\n"
            "Căn cứ mục 2.2, Nghị quyết số 173/2030/QH16 ngày 30/11/2030 của Quốc hội quy định: “Quốc hội "
            "thống nhất cấm sản xuất, bảo đảm trật tự, an toàn xã hội; giao Chính phủ tổ chức thực hiện cụ thể\";\n"
            "Căn cứ Công văn số 3584/BYT-KCB ngày 19/5/2031 của Bộ Y tế về tác hại của khí N2O.\n\n1. Nội dung.\n")
    got = [(b.number, b.date, b.issuer) for b in extract_text(text).legal_bases]
    assert ("3584/BYT-KCB", "2031-05-19", "Bộ Y tế") in got


def test_two_bodies_that_issued_a_conclusion_together() -> None:
    """"Kết luận số 186-KL/TW ngày 29/8/2031 … của Bộ Chính trị, Ban Bí thư về …": the issuer is
    both bodies; a body after a comma that opens a clause of its own is no co-issuer."""
    head = ("BỘ Y TẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 24/HD-BYT\n\n"
            "Hà Nội, ngày 25 tháng 9 năm 2031\n\nHƯỚNG DẪN\nVề việc tập huấn\n\n")
    rec = extract_text(head + "Thực hiện Kết luận số 186-KL/TW ngày 29/8/2031 của Bộ Chính trị, Ban Bí thư về "
                       "tình hình hoạt động của bộ máy;\n\n1. Nội dung.\n")
    assert [(b.number, b.issuer) for b in rec.legal_bases] == [("186-KL/TW", "Bộ Chính trị, Ban Bí thư")]
    rec = extract_text(head + "Căn cứ Kế hoạch số 12/KH-UBND ngày 29/8/2031 của Ủy ban nhân dân tỉnh, Sở Y tế "
                       "hướng dẫn như sau:\n\n1. Nội dung.\n")
    assert [(b.number, b.issuer) for b in rec.legal_bases] == [("12/KH-UBND", "Ủy ban nhân dân tỉnh")]


def test_the_cyrillic_test_is_the_character_class_search() -> None:
    """``_has_cyrillic`` reads the text's UTF-16 bytes (pipeline/encoding.py): it must say what
    searching ``[\\u0400-\\u04ff]`` says, for every code point and beside every other."""
    import re
    import sys

    from pipeline.encoding import _has_cyrillic

    cls = re.compile("[\u0400-\u04ff]")
    for o in range(sys.maxunicode + 1):
        c = chr(o)
        for s in (c, "a" + c, "ệ" + c + "x", c + "\U0001f600", "\U0001f600" + c):
            assert _has_cyrillic(s) == bool(cls.search(s)), hex(o)
    assert not _has_cyrillic("") and _has_cyrillic("Ą\u0404") and not _has_cyrillic("ĄḄ\u2004\x04")
