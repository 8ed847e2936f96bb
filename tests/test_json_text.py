"""A document's text stored as JSON and saved as .txt/.md: a scraper's record with a text
field, or an OCR service's object of headings and paragraph lists. The record reads the text,
not the wrapper's quotes, keys and page offsets."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.extractor import extract_text
from pipeline.formats.json_text import unwrap
from pipeline.ingest import read_document

_DOC = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 31/KH-UBND\n\nHà An, ngày 06 tháng 3 năm 2026\n\nKẾ HOẠCH\nTổ chức Tháng hành động vì môi trường\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức của người dân.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Sở Nông nghiệp và Môi trường chủ trì triển khai Kế hoạch trước ngày 30/4/2026.\n\n"
    "Nơi nhận:\n- Sở Nông nghiệp và Môi trường;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n"
)


def test_a_record_with_a_text_field_reads_that_field(tmp_path: Path) -> None:
    p = tmp_path / "record.txt"
    p.write_text(json.dumps({"so_hieu": "31/KH-UBND", "nam": "2026", "noi_dung": _DOC}, ensure_ascii=False),
                 encoding="utf-8")
    doc = read_document(p)
    assert doc.format == "json"
    assert doc.text.strip() == _DOC.strip()
    r = extract_text(doc.text)
    assert r.number is not None and r.number.raw == "31/KH-UBND"
    assert r.signer is not None and r.signer.name == "Lê Văn An"


def test_an_object_of_headings_and_paragraphs_reads_them_in_order() -> None:
    lines = _DOC.split("\n\n")
    obj = {lines[0]: [12, lines[1]], lines[2]: [40, *lines[3:8]], "page": 1, lines[8]: [77, *lines[9:]]}
    text = unwrap(json.dumps(obj, ensure_ascii=False))
    assert text is not None
    assert "page" not in text and "77" not in text  # identifier keys and offsets are the wrapper's
    r = extract_text(text)
    assert r.number is not None and r.number.raw == "31/KH-UBND"
    assert [u.name for u in r.responsible_units] == ["Sở Nông nghiệp và Môi trường"]


def test_json_that_holds_no_document_text_is_left_as_it_is() -> None:
    assert unwrap('{"id": 3, "name": "config"}') is None
    assert unwrap("{not json at all}") is None
