"""Decoding bytes and repairing legacy Vietnamese encodings (TCVN3, VNI, Windows-1258).

Legacy samples are made here from real sentences of the corpus with the inverse of the
tables in rules/encodings/, so every round trip checks the tables letter by letter.
"""

from __future__ import annotations

import codecs
import json
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from corpus_files import gold_texts

from pipeline.encoding import (
    decode_bytes,
    is_vietnamese_syllable,
    legacy_table,
    repair_legacy_text,
    vietnamese_score,
)
from pipeline.normalize import normalize
from pipeline.resources import rules_dir

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DOCS = gold_texts()

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
ALL_LOWER = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]
ALL_LETTERS = ALL_LOWER + [c.upper() for c in ALL_LOWER]


# ------------------------------------------------------------------ encoders (test side)


@cache
def inverse(name: str) -> dict[str, str]:
    inv: dict[str, str] = {}
    for code, char in legacy_table(name).items():
        assert char not in inv, f"{name}: {char} has two codes"
        inv[char] = code
    return inv


def _cp1252_punct(c: str) -> bool:
    try:
        b = c.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return 0x80 <= b[0] <= 0x9F


def legacy_encode(text: str, name: str) -> str | None:
    """The legacy code characters of ``text`` (None when a character has no code)."""
    inv = inverse(name)
    out = []
    for c in text:
        if c in inv:
            out.append(inv[c])
        elif c.isascii() or _cp1252_punct(c):
            out.append(c)
        else:
            return None
    return "".join(out)


def cp1258_encode(text: str) -> bytes:
    """Windows-1258 the way Word wrote it: precomposed where the code page has the letter,
    else the base letter (with its circumflex/breve/horn) plus a combining tone byte."""
    out = bytearray()
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        tone = "".join(m for m in d[1:] if m in TONES)
        head = unicodedata.normalize("NFC", d[0] + "".join(m for m in d[1:] if m not in TONES))
        out += head.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


@cache
def corpus_sentences() -> list[str]:
    """Lines of running text from the gold documents (normalized, 40-300 chars, with Vietnamese
    letters: a dot-leader line is no sentence, nor a table's row — an OCR'd row of glued names
    and figures holds too few syllables to tell an encoding by)."""
    out = []
    for p in DOCS:
        for line in normalize(p.read_text(encoding="utf-8")).text.split("\n"):
            if 40 <= len(line) <= 300 and sum(ord(c) > 127 and c.isalpha() for c in line) >= 5 \
                    and not line.startswith("|"):
                out.append(line)
    return out


def encodable(name: str) -> list[str]:
    return [s for s in corpus_sentences() if legacy_encode(s, name) is not None]


# ------------------------------------------------------------------ the tables


def test_tables_are_data_in_the_rules_folder():
    for name in ("tcvn3", "vni"):
        data = json.loads((rules_dir() / "encodings" / f"{name}.json").read_text(encoding="utf-8"))
        assert data["name"] == name and data["map"]
        assert legacy_table(name) == {k: unicodedata.normalize("NFC", v) for k, v in data["map"].items()}


def test_vni_table_covers_every_vietnamese_letter():
    inv = inverse("vni")
    missing = [c for c in ALL_LETTERS if c not in inv and not c.isascii()]
    assert not missing
    # two bytes at most, each a cp1252 character
    assert all(1 <= len(code) <= 2 for code in inv.values())
    assert inv["ệ"] == "eä" and inv["Ệ"] == "EÄ" and inv["ơ"] == "ô" and inv["ư"] == "ö"
    assert inv["đ"] == "ñ" and inv["Đ"] == "Ñ" and inv["ỵ"] == "î" and inv["ĩ"] == "ó"


def test_tcvn3_table_covers_lowercase_and_standard_capitals():
    inv = inverse("tcvn3")
    assert not [c for c in ALL_LOWER if c not in inv and not c.isascii()]
    for c in "ĂÂÊÔƠƯĐ":
        assert c in inv
    # capitals with a tone mark that TCVN 5712 places in 0xA0-0xFF (VN3 has no others)
    assert {c for c in inv if c.isupper() and c not in "ĂÂÊÔƠƯĐ"} == set("ẰẲẴẮẦẨẪẤỀỂỄẾỒỔỖỐ")
    assert all(len(code) == 1 and 0xA1 <= ord(code) <= 0xFF for code in inv.values())
    # spot checks against the standard
    assert inv["ộ"] == "é" and inv["à"] == "µ" and inv["ư"] == "\xad" and inv["ỵ"] == "þ"


# ------------------------------------------------------------------ decode_bytes


@pytest.mark.parametrize("path", DOCS[:8], ids=[p.stem for p in DOCS[:8]])
def test_utf8_file_is_returned_unchanged(path: Path):
    data = path.read_bytes()
    assert decode_bytes(data) == (data.decode("utf-8"), "utf-8")


def test_bom_variants():
    text = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode_bytes(text.encode("utf-16")) == (text, "utf-16")
    assert decode_bytes(text.encode("utf-16-le")) == (text, "utf-16-le")


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_legacy_sentences_round_trip(name: str):
    sentences = encodable(name)
    assert len(sentences) >= 50, len(sentences)
    wrong = []
    for s in sentences:
        data = legacy_encode(s, name).encode("cp1252")
        text, enc = decode_bytes(data)
        if (text, enc) != (s, name):
            wrong.append((s, enc, text))
    assert not wrong, wrong[:3]


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_legacy_document_round_trip(name: str):
    doc = "\n".join(encodable(name)[:120])
    data = legacy_encode(doc, name).encode("cp1252")
    assert decode_bytes(data) == (doc, name)


def test_vni_headers_in_capitals():
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nỦY BAN NHÂN DÂN TỈNH BẮC NINH"
    data = legacy_encode(text, "vni").encode("cp1252")
    assert data.startswith(b"CO\xc4NG HO\xd8A")
    assert decode_bytes(data) == (text, "vni")


def test_cp1258_document():
    doc = "\n".join(corpus_sentences()[:80])
    data = cp1258_encode(doc)
    assert b"\xcc" in data or b"\xec" in data or b"\xf2" in data  # combining tone bytes
    text, enc = decode_bytes(data)
    assert enc == "cp1258"
    assert text == doc and unicodedata.is_normalized("NFC", text)


def test_cp1258_sentences():
    for s in corpus_sentences()[:60]:
        assert decode_bytes(cp1258_encode(s)) == (s, "cp1258")


def test_western_text_stays_western():
    text = "Café crème, naïve façade, Zürich – déjà vu."
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_mostly_utf8_with_a_stray_byte():
    text = "Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 trên địa bàn xã"
    data = text.encode("utf-8") + b"\x96" + text.encode("utf-8")
    out, enc = decode_bytes(data)
    assert enc == "utf-8" and out.startswith(text)


# ------------------------------------------------------------------ repairing a str


def test_repair_examples_of_the_brief():
    assert repair_legacy_text("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == (
        "Cộng hoà xã hội chủ nghĩa Việt Nam",
        "tcvn3",
    )
    assert repair_legacy_text("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "vni",
    )


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_repair_misdecoded_corpus_text(name: str):
    doc = "\n".join(encodable(name)[:60])
    shown = legacy_encode(doc, name).encode("cp1252").decode("cp1252")  # read as cp1252
    assert shown != doc
    assert repair_legacy_text(shown) == (doc, name)
    # ... and latin-1 shows the same characters for these bytes
    assert repair_legacy_text(legacy_encode(doc, name).encode("cp1252").decode("latin-1"))[0] == doc


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_unicode_documents_are_not_repaired(path: Path):
    text = path.read_text(encoding="utf-8")
    assert repair_legacy_text(text) == (text, None)


def test_english_and_french_are_not_repaired():
    for text in (
        "The quick brown fox jumps over the lazy dog. Copying without consent is a violation.",
        "Le café est à côté de l'hôtel, où l'on sert une crème brûlée très appréciée.",
        "Cộng hòa xã hội chủ nghĩa Việt Nam ×××°±",
    ):
        assert repair_legacy_text(text) == (text, None)


def test_normalize_repairs_and_maps_offsets():
    original = "Độc lập - Tự do - Hạnh phúc\nỦy ban nhân dân tỉnh Bắc Ninh ban hành Kế hoạch hòa giải"
    for name in ("tcvn3", "vni"):
        doc = original if name == "vni" else original.replace("Ủy", "ủy")
        shown = legacy_encode(doc, name).encode("cp1252").decode("cp1252")
        norm = normalize(shown)
        assert norm.legacy_encoding == name
        assert norm.text == normalize(doc).text
        i = norm.text.index("Bắc Ninh")
        s, e = norm.to_original(i, i + len("Bắc Ninh"))
        assert shown[s:e] == legacy_encode("Bắc Ninh", name)


# ------------------------------------------------------------------ the judge


def test_syllable_validator():
    good = "hòa hoà quý giữa nghĩa Việt người khuỷu ngoài xoong tích kem ghế nghe quốc thuở"
    bad = "céng héi chñ nghÜa ViÖt cem gé ngè tìch hoµ coäng"
    assert all(is_vietnamese_syllable(w) for w in good.split())
    assert not any(is_vietnamese_syllable(w) for w in bad.split())


def test_score_separates_text_from_mojibake():
    s = corpus_sentences()[0]
    assert vietnamese_score(s) > 0.8
    assert vietnamese_score(legacy_encode(s, "vni") or "") < 0.5
