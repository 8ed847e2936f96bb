"""A closing whose lines a converter ran together without cells or blank lines: the signature
block on one line with the unbracketed signed mark ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đã ký Lê Văn
An"), the signer's name parted inside a syllable after the title ("CHỦ TỊCH Đặ ng Văn Minh"), and
a Nơi nhận list whose archive item OCR read without its horn ("- Luu: VT") followed by other
text. Synthetic plans (tests/synthetic_docs.py)."""

from __future__ import annotations

from synthetic_docs import CLOSING, plan

from pipeline.extractor import extract_text

_BASE = plan("1. Sở Tài chính bố trí kinh phí thực hiện.\n")


def _closed(closing: str):
    return extract_text(_BASE.replace(CLOSING, closing))


def test_a_one_line_signature_with_the_bare_signed_mark() -> None:
    rec = _closed("\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đã ký Lê Văn An\n")
    assert rec.signer is not None
    assert (rec.signer.name, rec.signer.position, rec.signer.authority) == ("Lê Văn An", "Chủ tịch", "TM.")


def test_a_name_parted_inside_a_syllable_after_the_title() -> None:
    rec = _closed("\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH Đặ ng Văn Minh\n")
    assert rec.signer is not None
    assert (rec.signer.name, rec.signer.position) == ("Đặng Văn Minh", "Chủ tịch")


def test_the_archive_item_read_without_its_horn_ends_the_list() -> None:
    rec = _closed("\n\nNơi nhận:\n- Sở Xây dựng;\n- Sở Tư pháp;\n- Luu: VT, KT.\n"
                  "' Về việc triển khai chương trình phát triển nhà ở năm 2026\n"
                  "DANH SÁCH CÁC ĐƠN VỊ NHẬN VĂN BẢN\nSở Nội vụ\nSở Y tế\n"
                  "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n")
    assert rec.recipients == ["Sở Xây dựng", "Sở Tư pháp"]
