"""``textutil.fold`` folds word by word (each word's key cached); it must give the key of
folding the whole string at once, which is what every cue list was written against."""

from __future__ import annotations

import sys
import unicodedata

from pipeline.textutil import collapse, fold, strip_accents


def _whole(s: str) -> str:
    """The key as first written: the string decomposed, stripped and case-folded in one go."""
    return collapse(strip_accents(s).casefold())


def test_every_code_point_keeps_the_word_structure() -> None:
    # the word-by-word key equals the whole-string key when whitespace is a starter that stays
    # whitespace, and no other character folds to (or around) whitespace
    bad = []
    for o in range(sys.maxunicode + 1):
        if 0xD800 <= o < 0xE000:
            continue
        c = chr(o)
        f = strip_accents(c).casefold()
        if not c.split():
            d = unicodedata.normalize("NFD", c)
            if any(unicodedata.combining(x) for x in c + d) or d.split() or f.split():
                bad.append(hex(o))
        elif f and f.split() != [f]:
            bad.append(hex(o))
    assert bad == []


def test_fold_matches_the_whole_string_key() -> None:
    samples = [
        "ỦY BAN NHÂN DÂN TỈNH Quảng Ngãi",
        "  Cộng hòa\txã hội   chủ nghĩa  ",
        "Độc lập - Tự do - Hạnh phúc",
        "a\u0301 b \u0301c \u0323\u0301d",  # marks after a space, marks out of canonical order
        "Nguyễn\u00a0Văn\u2000An",  # no-break and en quad spaces
        "\u0301\u0302 x",  # a word of marks only folds to nothing
        "STRASSE Straße ΣΊΣΥΦΟΣ İstanbul",
        "ASCII only, Mixed Case",
        "",
        "đường Đông",
    ]
    for s in samples:
        assert fold(s) == _whole(s), s


def test_same_length_fold_of_every_code_point() -> None:
    # the header reader's one-for-one fold looks characters up in a table: the same character
    # as decomposing each one, over the whole range, in strings that take either path
    from pipeline.headerzone import _fold_same_length

    def reference(t: str) -> str:
        return "".join(unicodedata.normalize("NFD", c)[:1] or c for c in t.lower())

    chunk: list[str] = []
    for o in range(sys.maxunicode + 1):
        if 0xD800 <= o < 0xE000:
            continue
        chunk.append(chr(o))
        if len(chunk) == 64:
            s = "".join(chunk)
            assert _fold_same_length(s) == reference(s), hex(o)
            chunk = []
    for s in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ΟΔΟΣ ΣΑΣ", "Độc lập – Tự do", "abc", "", "Ω≠Å"):
        assert _fold_same_length(s) == reference(s), s


def test_fuzzy_starts_lines_answers_as_fuzzy_starts() -> None:
    # the batch scores every line at once and asks fuzzy_starts again near the threshold: its
    # answers must be fuzzy_starts' own, for lines far from, near and at a cue
    import random

    from pipeline.textutil import fuzzy_starts, fuzzy_starts_lines

    cues = ["Bản sao này thuộc quyền của", "Tải tệp đính kèm", "Liên kết khác"]
    rng = random.Random(7)
    lines = ["", "   ", "Căn cứ Luật Tổ chức chính quyền địa phương", "BẢN SAO NÀY THUỘC QUYỀN CỦA trang X"]
    for cue in cues:
        for _ in range(40):
            chars = list(cue + " và phần còn lại của dòng")
            for _k in range(rng.randint(0, 6)):  # damage: drop, double or swap a character
                j = rng.randrange(len(chars))
                op = rng.randrange(3)
                if op == 0:
                    del chars[j]
                elif op == 1:
                    chars.insert(j, chars[j])
                else:
                    chars[j] = rng.choice("abcdđ ")
            lines.append("".join(chars))
    for min_score in (85.0, 90.0, 95.0):
        expected = [fuzzy_starts(t, cues, min_score) is not None for t in lines]
        assert fuzzy_starts_lines(lines, cues, min_score) == expected
        assert any(expected) and not all(expected)
