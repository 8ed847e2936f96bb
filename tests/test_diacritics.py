"""A document printed without Vietnamese marks (OCR with a marks-less model, an unaccented
copy): the anchors are found and the lexicon values come out spelled with their marks."""

from __future__ import annotations

from pipeline.diacritics import is_folded, restore_edits
from pipeline.extractor import extract_text
from pipeline.normalize import normalize

# a synthetic decision of an invented commune, every mark dropped, a few marked vowels read as
# "d" and an "i" as "l" the way a marks-less OCR model prints them
FOLDED = """UY BAN NHAN DAN                 CONG HOA XA HOI CHU NGHIA VIET NAM
TlNH GIA LAI                           Doc lap - Tu do - Hanh phuc

So: 415/QD-UBND                       Gia Lai, ngdy 17 thdng 3 nam 2027

QUYET DINH
Ve viec thanh lap Hoi dong tham dinh gia dat cua tinh

UY BAN NHAN DAN TINH GIA LAI

Can cu Luat Dat dai ngay 18 thang 01 nam 2024;
Can cu Nghi dinh so 71/2024/ND-CP ngay 27/6/2024 cua Chinh phu quy dinh ve gia dat;
Xet de nghi cua Giam doc So Tai chinh tai To trinh so 88/TTr-STC ngay 10/3/2027.

QUYET DINH:

Dieu 1. Thanh lap Hoi dong tham dinh gia dat cua tinh gom cac thanh vien co ten tai Phu luc kem theo.
Dieu 2. Quyet dinh nay co hieu luc ke tu ngay ky. Hoi dong tu giai the sau khi hoan thanh nhiem vu.
Dieu 3. Chanh Van phong Uy ban nhan dan tinh, Giam doc So Tai chinh va cac thanh vien co ten tai Dieu 1 chiu trach nhiem thi hanh Quyet dinh nay./.

Noi nhan:                                       TM. UY BAN NHAN DAN
- Nhu Dieu 3;                                   CHU TICH
- Van phong Chinh phu;
- Luu: VT, KT.
                                                 Tran Van Binh
"""


def test_a_folded_text_is_told_from_a_marked_one():
    assert is_folded(FOLDED)
    assert not is_folded(normalize(FOLDED).text)  # restored, it reads as marked
    marked = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; " * 10
    assert not is_folded(marked) and restore_edits(marked) == []


def test_restoration_keeps_length_and_case():
    n = normalize(FOLDED)
    assert "TỈNH GIA LAI" in n.text and "Gia Lai, ngày 17 tháng 3 năm 2027" in n.text
    assert "Số: 415/QĐ-UBND" in n.text and "Căn cứ Nghị định số 71/2024/NĐ-CP" in n.text
    assert "CHỦ TỊCH" in n.text and "Trần Văn Binh" in n.text  # the given name has no lexicon
    # a word with several readings alone stays as written ("so": số/sở; "tinh": tỉnh/tính)
    assert "cua tinh gom" in n.text
    # same length, one character for one: a span of the text is the span of the input
    for s, e, r in restore_edits(FOLDED):
        assert len(r) == e - s


def test_folded_decision_fields():
    r = extract_text(FOLDED)
    assert r.doc_type.code == "QĐ"
    assert (r.number.raw, r.number.symbol) == ("415/QĐ-UBND", "QĐ-UBND")
    assert r.date.iso == "2027-03-17" and r.place == "Gia Lai"
    assert r.issuer.name == "Ủy ban nhân dân tỉnh Gia Lai"
    assert r.signer.position == "Chủ tịch" and r.signer.name == "Trần Văn Binh"
    nd = next(b for b in r.legal_bases if b.number and b.number.startswith("71/"))
    assert nd.number == "71/2024/NĐ-CP" and nd.date == "2024-06-27" and nd.issuer == "Chính phủ"
    assert "Văn phòng Chính phủ" in r.recipients


def test_restoration_is_idempotent_and_spans_map_back():
    n = normalize(FOLDED)
    assert normalize(n.text).text == n.text
    # a restored phrase's span is the folded phrase in the input
    at = n.text.index("Căn cứ Nghị định")
    s, e = n.to_original(at, at + len("Căn cứ Nghị định"))
    assert FOLDED[s:e] == "Can cu Nghi dinh"


def test_a_word_with_several_readings_needs_its_phrase():
    text = ("so lieu cua tinh " * 30) + "\nSo: 12/QD-UBND\n"
    out = normalize(text).text
    assert "so lieu cua tinh" in out  # alone: số/sở, của/cửa, tỉnh/tính — left as written
    assert "Số: 12/QĐ-UBND" in out


def test_a_body_name_recognized_whole_takes_marks_past_ocr_stand_ins():
    # "Sb" (a hooked "ở" read as "b"), "Thuung" (the "ơ" of "ươ" read as "u"): inside a body's
    # name the lexicon knows whole, the name is restored; the same letters elsewhere stay
    text = FOLDED.replace(
        "Dieu 2. Quyet dinh",
        "Dieu 2. Giao Sb Cong Thuung chu tri kiem tra cac cua hang. Sb lupng cac thanh vien tang. Quyet dinh",
    )
    n = normalize(text).text
    assert "Giao Sở Công Thương" in n
    assert "Sb lupng" in n  # "Sb" alone, no name around it: left as written
    r = extract_text(text)
    names = [u.name for u in r.responsible_units]
    assert "Sở Công Thương" in names and not [x for x in names if "Thuung" in x]
