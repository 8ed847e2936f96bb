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
from corpus_files import corpus_tool, needs_fonts

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


@needs_fonts
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
    bad = corpus_tool("bad").make(inp / "bad", 36, seed=3, ocr=ocr, scans=0, outside=tmp_path)
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
    shown = ingest.shown  # names that are not UTF-8 are written \xNN in records and errors
    assert set(records) | set(errors) == {str(p) for p in good} | {shown(b.path) for b in bad}  # none lost
    assert not set(records) & set(errors)
    wrong = {b.kind: b.judge(records.get(shown(b.path)), (errors.get(shown(b.path)) or {}).get("kind")) for b in bad}
    assert {k: v for k, v in wrong.items() if v} == {}
    assert {b.kind for b in bad} >= {"zip_bomb_docx", "encrypted_pdf", "external_entity_docx", "png_bomb", "link",
                                     "non_utf8_name", "surrogate_docx", "docx_numbering", "html_charset",
                                     "html_deep", "html_long_list", "combining_marks", "title_spaces",
                                     "pdf_huge_page", "pdf_many_scans", "tiff_many_frames", "fifo"}


# -- issue 18: what an attacker or an unlucky archivist brings ----------------------------------

def _bad(tmp_path: Path, gen: str, i: int = 0) -> Path:
    """One input of ``corpus/bad/make.py``'s generator ``gen`` (variant ``i``), written to tmp."""
    mk = corpus_tool("bad")._Maker(tmp_path, random.Random(i), False, tmp_path)
    name, data, _spec = getattr(mk, gen)(i)
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_shown_escapes_undecodable_bytes_and_clean_text_keeps_length():
    name = os.fsdecode(b"/in/K\xea.txt")
    assert ingest.shown(name) == "/in/K\\xea.txt"
    assert ingest.shown("Kế hoạch.txt") == "Kế hoạch.txt"
    assert ingest.clean_text("a\udc00b\ud800") == "a\ufffdb\ufffd"
    assert ingest.unshown(ingest.shown(name)) == name  # the bytes are kept: the file opens again
    assert os.fsencode(ingest.unshown("/in/K\\xea.txt")) == b"/in/K\xea.txt"


def test_a_name_that_is_not_utf8_gives_a_record_shown_escaped(tmp_path: Path):
    p = tmp_path / os.fsdecode(b"K\xea ho\xe1ch.txt")
    p.write_bytes(SEED.read_bytes())
    assert list(iter_inputs([tmp_path])) == [p]  # the real name, which opens the file
    rec = extract_file(p)
    assert rec.source.path == str(tmp_path / "K\\xea ho\\xe1ch.txt")
    json.dumps(rec.model_dump(), ensure_ascii=False).encode("utf-8")  # writable as UTF-8


@pytest.mark.parametrize("i", range(4))
def test_a_lone_surrogate_anywhere_is_replaced_at_ingest(tmp_path: Path, i: int):
    p = _bad(tmp_path, "surrogate_docx", i)
    rec = extract_file(p, with_text=True)
    assert rec.number is not None
    json.dumps(rec.model_dump(), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("i", range(4))
def test_hostile_docx_numbering_gives_a_bounded_record(tmp_path: Path, i: int):
    # start 10⁹ roman, 10¹² letters, start "abc", level 12: each read, in bounded text
    p = _bad(tmp_path, "docx_numbering", i)
    doc = read_document(p)
    items = [ln for ln in doc.text.split("\n") if "Nội dung mục" in ln]
    assert len(items) == 200 and max(map(len, items)) < 40
    assert items[0].removesuffix("Nội dung mục 0").strip() == ["I.", "a.", "1.", ""][i]


def test_a_list_number_past_roman_numerals_is_decimal(tmp_path: Path, monkeypatch):
    from pipeline import limits

    real = limits.limit
    monkeypatch.setattr(limits, "limit", lambda s, k: 3 if (s, k) == ("docx", "max_styled_number") else real(s, k))
    mk = corpus_tool("bad")._Maker(tmp_path, random.Random(0), False, tmp_path)
    m = mk.members()
    m["word/numbering.xml"] = corpus_tool("bad").numbering_xml(1, "upperRoman", 0)
    m["word/document.xml"] = corpus_tool("bad").list_paragraphs(m["word/document.xml"], 0, 5)
    p = tmp_path / "roman.docx"
    p.write_bytes(mk.twins.zip_bytes(m))
    labels = [ln.split(" ")[0] for ln in read_document(p).text.split("\n") if "Nội dung mục" in ln]
    assert labels == ["I.", "II.", "III.", "4.", "5."]


@pytest.mark.parametrize("label", ["base64", "rot13", "undefined", "utf-16", "zlib"])
def test_a_declared_charset_that_cannot_decode_falls_back_to_detection(label: str):
    from pipeline.formats.html import decode_html

    data = f'<html><head><meta charset="{label}"></head><body><p>Kế hoạch số 01</p></body></html>'.encode()
    data += b" " * (len(data) % 2)  # even: bytes that UTF-16 decodes without an error, into nonsense
    text, charset = decode_html(data)
    assert "Kế hoạch số 01" in text and charset == "utf-8"


@pytest.mark.parametrize("depth", [254, 3000])
def test_deeply_nested_html_keeps_its_content(depth: int):
    from pipeline.formats.html import html_text

    markup = ("<html><body><p>Đầu</p><script>x()</script>" + "<div><span>" * depth + "Nội dung &amp; sâu"
              + "</span></div>" * depth + "<p>Cuối</p></body></html>")
    assert html_text(markup).split("\n\n") == ["Đầu", "Nội dung & sâu", "Cuối"]


def test_ordered_list_items_are_numbered_in_order():
    from pipeline.formats.html import html_text

    markup = "<ol><li>một</li><li>- hai</li><li>ba<ol><li>con</li></ol></li><li>bốn</li></ol><ul><li>x</li></ul>"
    assert html_text(markup).split("\n\n") == ["1. một", "- hai", "3. ba", "1. con", "4. bốn", "- x"]


def test_a_long_cluster_of_combining_marks_normalizes(tmp_path: Path):
    import unicodedata

    from pipeline.normalize import normalize

    src = "Số: 01\n\ne" + "\u0302\u0301" * 40 + "x\n"
    n = normalize(src)
    assert unicodedata.is_normalized("NFC", n.text) and n.text.endswith("x\n") and "ế" in n.text
    i = n.text.index("x")
    assert n.to_original(i, i + 1) == (src.index("x"), src.index("x") + 1)  # offsets still map


@pytest.mark.parametrize("gen,kind", [("pdf_huge_page", "image-too-large"), ("pdf_many_scans", "too-large"),
                                      ("tiff_many_frames", "too-large")])
def test_declared_sizes_are_refused_before_ocr(tmp_path: Path, monkeypatch, gen: str, kind: str):
    import pipeline.ocr as ocr

    def no_ocr(*_a, **_k):
        raise AssertionError("OCR'd a page of a file that declares too much to OCR")

    monkeypatch.setattr(ocr, "ocr_page", no_ocr)
    assert kind_of(_bad(tmp_path, gen)) == kind


def test_a_file_swapped_after_listing_is_not_followed(tmp_path: Path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_bytes(SEED.read_bytes())
    (inp / "b.txt").write_bytes(SEED.read_bytes())
    secret = tmp_path / "secret.txt"
    secret.write_text("BÍ MẬT ngoài thư mục\n" * 20, encoding="utf-8")
    entries = list(ingest.iter_entries([inp]))
    (inp / "a.txt").unlink()
    (inp / "a.txt").symlink_to(secret)  # swapped for a link out of the input after the listing
    (inp / "b.txt").unlink()
    os.mkfifo(inp / "b.txt")  # and for a FIFO: a read would block for ever
    for e in entries:
        with pytest.raises(IngestError) as err:
            read_document(e.path, via=e.via)
        assert err.value.kind in ("changed", "not-a-file")
        assert "BÍ MẬT" not in str(err.value)


def test_fifos_are_reported_never_opened(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "other")  # whatever its name
    skipped: list[tuple[str, str]] = []
    got = list(iter_inputs([tmp_path], on_skip=lambda p, k, m: skipped.append((p.name, k))))
    assert got == [tmp_path / "a.txt"]
    assert sorted(skipped) == [("other", "not-a-file"), ("pipe.txt", "not-a-file")]
    assert kind_of(tmp_path / "pipe.txt") == "not-a-file"  # named on the command line: no hang


def test_permission_denied_is_unreadable(tmp_path: Path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_bytes(SEED.read_bytes())

    def denied(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest.os, "open", denied)
    assert kind_of(p) == "unreadable"


def _cli(*args: str, env: dict | None = None):
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", *args, "-q"], capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(root), **(env or {})}, timeout=300)


def test_extract_refuses_to_write_over_its_input(tmp_path: Path):
    p = tmp_path / "x.txt"
    p.write_bytes(SEED.read_bytes())
    res = _cli(str(p), "--out", str(p))
    assert res.returncode == 2 and b"refusing to overwrite" in res.stderr
    assert p.read_bytes() == SEED.read_bytes()
    res = _cli(str(tmp_path), "--out", str(p))  # an input found in a folder too
    assert res.returncode == 2 and p.read_bytes() == SEED.read_bytes()


def test_extract_bounds_each_document_like_batch(tmp_path: Path):
    for i, name in enumerate(("a-stuck.txt", "b-hungry.txt", "c-fine.txt", os.fsdecode(b"d-K\xea.txt"))):
        (tmp_path / name).write_bytes(SEED.read_bytes().replace(b"\n\n", f"\n\n{i}\n\n".encode(), 1))
    res = _cli(str(tmp_path), "--timeout", "3", "--max-memory", "400",
               env={"VANBAN_TEST_FAULTS": "hang:a-stuck.txt,memory:b-hungry.txt"})
    assert res.returncode == 1, res.stderr
    err = res.stderr.decode()
    assert "a-stuck.txt: timeout" in err and "b-hungry.txt: memory" in err and "Traceback" not in err
    paths = [json.loads(x)["source"]["path"] for x in res.stdout.decode().splitlines()]
    assert paths == [str(tmp_path / "c-fine.txt"), str(tmp_path / "d-K\\xea.txt")]  # the others go on


try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

if given is not None:
    # whitespace a scraped page or a converter leaves inside a trích yếu, all of which the value
    # collapses to one space (so the value is not the block's text), and punctuation
    _SEPS = st.sampled_from([" ", "  ", "\t", "\n", " \n", "\t\t", "\t ", " - ", ", "])

    @settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(phrase=st.sampled_from(["Tổ chức hội nghị tổng kết công tác năm", "Triển khai kế hoạch chuyển đổi số",
                                   "Phát động phong trào thi đua yêu nước năm học mới",
                                   "Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập"]),
           seps=st.lists(_SEPS, min_size=10, max_size=10),
           kind=st.sampled_from(["KẾ HOẠCH", "QUYẾT ĐỊNH", "THÔNG BÁO", "BÁO CÁO", ""]),
           lead=st.sampled_from(["", "“", "V/v ", "Về việc ", "- "]),
           echo=st.booleans())
    def test_every_provenance_span_is_ordered(phrase, seps, kind, lead, echo):
        from pipeline.extractor import extract_text

        words = phrase.split()
        title = words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=False))
        said = " ".join(" ".join(title.replace("-", " ").replace(",", " ").split()).split())
        body = "Nội dung công việc.\n" * 3 + ((f"{said} tại hội trường.\n") if echo else "")  # the words again
        text = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
                f"\n\nSố: 12/KH-UBND\n\nAn Bình, ngày 3 tháng 4 năm 2024\n\n{kind}\n{lead}{title}\n\n"
                f"I. MỤC ĐÍCH\n{body}")
        rec = extract_text(text, with_text=True)
        for key, p in rec.provenance.items():
            assert 0 <= p.start <= p.end <= len(rec.text or ""), key
            if p.src_start is not None:
                assert p.src_start <= p.src_end, key


def test_every_tiff_frame_is_size_checked_before_it_is_decoded(tmp_path: Path, monkeypatch):
    # Pillow checks each frame's size when it seeks to it (not only the first, at open): the
    # image reader relies on that, and this guards it
    import io
    import types

    from PIL import Image

    import pipeline.ocr as ocr

    monkeypatch.setattr(ocr, "check_tesseract", lambda: None)
    monkeypatch.setattr(ocr, "ocr_page", lambda img, n, **k: types.SimpleNamespace(text="", words=(), edges=None, received=None))
    buf = io.BytesIO()
    Image.new("L", (64, 64), 255).save(buf, "TIFF", save_all=True, append_images=[Image.new("L", (900, 900), 255)])
    p = tmp_path / "frames.tif"
    p.write_bytes(buf.getvalue())
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)  # the second frame is 8× over, the first not
    assert kind_of(p) == "image-too-large"
