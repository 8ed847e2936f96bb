"""Hostile and broken input at the ingestion and extraction level (issue 6).

Each bad input yields a specific error kind, or a record with nulls: never a crash, never an
unbounded read, never a file outside the input. PDF/DOCX damage (encrypted, truncated, zip
bombs, external entities) is covered in ``test_formats.py``; image bombs in ``test_ocr.py``.
The last test runs the bad-input corpus of ``corpus/bad/make.py`` through a whole batch.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pytest
from corpus_files import corpus_tool

from pipeline import ingest
from pipeline.extractor import extract_file
from pipeline.ingest import IngestError, iter_inputs, read_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED = next((CORPUS / "seeds").glob("000_*.txt"))


def kind_of(path: Path) -> str:
    with pytest.raises(IngestError) as e:
        read_document(path)
    assert str(path) in str(e.value)  # the message names the file
    return e.value.kind


def test_empty_and_blank_files(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n\r\n")
    assert kind_of(tmp_path / "empty.txt") == "empty"
    assert kind_of(tmp_path / "blank.txt") == "empty"


def test_random_bytes_are_binary_not_mojibake(tmp_path: Path):
    rnd = random.Random(7)
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(rnd.randrange(256) for _ in range(50_000)))
    assert kind_of(p) == "binary"


def test_utf16_text_is_text(tmp_path: Path):
    p = tmp_path / "unicode.txt"
    p.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16"))
    assert extract_file(p).number.raw == "01/KH-TTHTCD"


def test_mixed_encodings_in_one_file(tmp_path: Path):
    # a UTF-8 document with a paragraph pasted from a Windows-1258 file
    text = SEED.read_text(encoding="utf-8")
    note = "Ghi chú: tài liệu tham khảo về học tập suốt đời của người dân, cộng đồng.\n"
    pasted = corpus_tool("formats").encode_as(note, "windows-1258")  # tones as combining marks
    p = tmp_path / "mixed.txt"
    p.write_bytes(text.encode("utf-8") + b"\n" + pasted)
    doc = read_document(p)
    assert doc.encoding == "utf-8+cp1258"
    assert doc.text == text + "\n" + note  # each part in its own encoding, nothing garbled
    rec = extract_file(p)
    assert rec.number.raw == "01/KH-TTHTCD" and rec.issuer.name  # the document itself survives


def test_a_legacy_file_is_not_taken_for_mixed(tmp_path: Path):
    # a whole Windows-1258 file has no line that reads as UTF-8 Vietnamese: one legacy reading
    text = SEED.read_text(encoding="utf-8")
    p = tmp_path / "legacy.txt"
    p.write_bytes(corpus_tool("formats").encode_as(text, "windows-1258"))
    doc = read_document(p)
    assert doc.encoding == "cp1258" and doc.text == text


def test_no_vietnamese_at_all_gives_nulls(tmp_path: Path):
    p = tmp_path / "memo.txt"
    p.write_text("Quarterly budget memo.\nAll figures are provisional.\n" * 40, encoding="utf-8")
    d = extract_file(p).contract_dict()
    # not an administrative document at all: said so, and every field empty
    assert d.pop("is_document") is False
    assert all(v in (None, []) for v in d.values()), d


def test_too_large_is_refused_before_reading(tmp_path: Path, monkeypatch):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"a" * 2048)
    monkeypatch.setattr(ingest, "MAX_BYTES", 1024)
    assert kind_of(p) == "too-large"


def test_a_20_mb_text_file_is_extracted(tmp_path: Path):
    # a long annex: bounded work, a record, no crash
    text = SEED.read_text(encoding="utf-8")
    p = tmp_path / "annex.txt"
    with p.open("w", encoding="utf-8") as f:
        f.write(text)
        filler = "- Nội dung chi tiết của phụ lục, dòng số liệu tổng hợp.\n" * 1000
        while f.tell() < 20 * 1024 * 1024:
            f.write(filler)
    rec = extract_file(p)
    assert rec.number.raw == "01/KH-TTHTCD"


def test_non_ascii_name_with_spaces(tmp_path: Path):
    p = tmp_path / "Kế hoạch số 01 (bản cuối).txt"
    p.write_bytes(SEED.read_bytes())
    assert [x.name for x in iter_inputs([tmp_path])] == [p.name]
    assert extract_file(p).source.path == str(p)


def test_missing_path_and_folder_given_as_file(tmp_path: Path):
    assert kind_of(tmp_path / "nope.txt") == "not-found"
    assert kind_of(tmp_path) == "not-a-file"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_walk_never_leaves_the_input_folder(tmp_path: Path):
    inp = tmp_path / "in"
    (inp / "sub").mkdir(parents=True)
    (inp / "a.txt").write_bytes(SEED.read_bytes())
    secret = tmp_path / "secret.txt"
    secret.write_text("outside", encoding="utf-8")
    (inp / "leak.txt").symlink_to(secret)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_bytes(SEED.read_bytes())
    (inp / "sub" / "out").symlink_to(tmp_path / "elsewhere")
    (inp / "sub" / "loop").symlink_to(inp)
    (inp / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (inp / "alias").symlink_to(inp / "sub")
    skipped: list[tuple[str, str]] = []
    got = list(iter_inputs([inp], on_skip=lambda p, k, m: skipped.append((p.name, k))))
    assert got == [inp / "a.txt"]
    assert sorted(skipped) == [("dangling.txt", "bad-link"), ("leak.txt", "outside-input"),
                               ("loop", "bad-link"), ("out", "outside-input")]


def test_walk_streams(tmp_path: Path):
    # the walk is a generator: the first file comes before the folder is listed whole
    for i in range(50):
        (tmp_path / f"d{i:02d}").mkdir()
        (tmp_path / f"d{i:02d}" / "x.txt").write_text("x", encoding="utf-8")
    it = iter_inputs([tmp_path])
    assert next(it) == tmp_path / "d00" / "x.txt"


def _tree(root: Path, skip: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in root.rglob("*")
            if not p.is_relative_to(skip)}


def test_a_batch_over_bad_inputs_reports_each_and_loses_nothing(tmp_path: Path):
    from pipeline.batch import BatchOptions, run_batch
    from pipeline.batch.ledger import Ledger
    from pipeline.ocr import check_tesseract

    try:
        check_tesseract()
        ocr = True
    except IngestError:
        ocr = False
    inp, out = tmp_path / "in", tmp_path / "out"
    bad = corpus_tool("bad").make(inp / "bad", 24, seed=3, ocr=ocr, scans=0, outside=tmp_path)
    good = [inp / "good" / p.name for p in sorted((CORPUS / "dev").glob("*.md"))[:3]]
    (inp / "good").mkdir()
    for p in good:
        shutil.copy(CORPUS / "dev" / p.name, p)
    before = _tree(tmp_path, out)
    s = run_batch(BatchOptions(input_dir=inp, out_dir=out, workers=2, timeout=60.0, store=False))
    assert _tree(tmp_path, out) == before  # nothing written outside OUT_DIR, the input untouched
    assert s["exit_status"] == 1 and s["counts"]["inputs"] == len(bad) + len(good)
    errors = {e["path"]: e for e in map(json.loads, (out / "errors.jsonl").read_text(encoding="utf-8").splitlines())}
    led = Ledger(out)
    records = {json.loads(line)["source"]["path"]: json.loads(line) for _, line in led.iter_records()}
    led.close()
    assert all(e["kind"] and str(e["path"]) in e["message"] for e in errors.values())
    assert set(records) | set(errors) == {str(p) for p in good} | {str(b.path) for b in bad}  # none lost
    assert not set(records) & set(errors)
    wrong = {b.kind: b.judge(records.get(str(b.path)), (errors.get(str(b.path)) or {}).get("kind")) for b in bad}
    assert {k: v for k, v in wrong.items() if v} == {}
    assert {b.kind for b in bad} >= {"zip_bomb_docx", "encrypted_pdf", "external_entity_docx", "png_bomb", "link"}
