"""The syllable-share feature counts a record's windows line by line, each line once; it must
be the share the window itself gives (the calibration was fitted on that)."""

from __future__ import annotations

import random

from pipeline.evidence import _syllable_share, _Syllables


def test_line_counts_give_the_window_share() -> None:
    lines = [
        "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp các sở, ngành liên quan",
        "",
        "- Hoàn thành trước ngày 30/6/2026; báo cáo kết quả về UBND tỉnh.",
        "xyzq qwrt bcdfg 123 abc_def",  # letters that are no Vietnamese syllables
        "   ",
        "Trách nhiệm của các cơ quan, đơn vị",
    ]
    text = "\n".join(lines * 4)
    syl = _Syllables(text)
    rng = random.Random(3)
    spans = [(0, 0), (0, len(text)), (len(text), len(text)), (len(text) + 50, len(text) + 90), (-200, -100)]
    spans += [(a, a + rng.randint(0, 400)) for a in (rng.randint(-100, len(text)) for _ in range(300))]
    for start, end in spans:
        for window in (0, 1, 80):
            assert syl.share(start, end, window) == _syllable_share(text, start, end, window), (start, end, window)


def test_word_by_word_key_is_the_whole_string_key() -> None:
    import re

    from pipeline.evidence import _plain_key
    from pipeline.textutil import fold

    def whole(s: str) -> str:  # the key as first written: fold, punctuation to spaces, collapse
        return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(s)).split())

    samples = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        "Số: 12/2025/QĐ-UBND ngày 03/4/2025 (đã ký); “trích yếu”…",
        "  ---  ", "", "a\u0301 \u0301b", "Straße ΣΊΣΥΦΟΣ 東京 x_y x-y", "ĐƯỜNG   Đông\tA.B.C",
    ]
    for s in samples:
        assert _plain_key(s) == whole(s), s


def test_word_by_word_token_count_is_the_pattern_count() -> None:
    """``_token_count`` reads a window's words with ``str.isalpha`` before the pattern
    (pipeline/evidence.py): it must count the tokens and syllables ``_WORD.findall`` finds,
    for every code point alone, inside a word, beside punctuation and between spaces, and on
    real documents."""
    import sys
    from pathlib import Path

    from pipeline.evidence import _WORD, _is_syllable, _token_count

    def reference(s: str) -> tuple[int, int]:
        toks = _WORD.findall(s)
        return len(toks), sum(map(_is_syllable, toks))

    for o in range(sys.maxunicode + 1):
        if 0xD800 <= o < 0xE000:
            continue
        c = chr(o)
        for s in (c, f"Sở{c}y", f"a {c} b", f"“{c}),", f"1{c}2"):
            assert _token_count(s) == reference(s), hex(o)
    root = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
    rng = random.Random(7)
    for path in sorted(root.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for ln in text.split("\n"):
            assert _token_count(ln) == reference(ln), ln
        for _ in range(200):
            a = rng.randint(0, len(text))
            s = text[a : a + rng.randint(0, 500)]
            assert _token_count(s) == reference(s), (path.name, a)
