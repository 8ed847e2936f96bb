"""The array-made plain key of a text (pipeline/plain_keys.py) is the word-by-word one."""

from __future__ import annotations

import random
import unicodedata

from pipeline.evidence import _plain_key
from pipeline.plain_keys import text_key

_MARKS = [chr(c) for c in range(0x110000) if unicodedata.combining(chr(c))]


def test_each_character_in_context() -> None:
    # every character below U+3000 and every combining mark, between letters, alone and
    # between spaces (a mark folds to nothing, a ligature to two letters, a dash to a break)
    chars = [chr(c) for c in range(0x3000)] + _MARKS + ["\ufb01", "\u212a", "\U0001d538", "\ud800"]
    for c in chars:
        for t in ("a" + c + "b", "X" + c, c + "1 " + c, "đ" + c + "ê", c, " " + c + " "):
            assert text_key(t, _plain_key) == _plain_key(t), ascii(t)


def test_random_runs_of_marks_and_letters() -> None:
    rng = random.Random(7)
    pool = [*"aAđĐeêEÊoơưỆệ19 \n\t-–“”…ßǰK", "\u0301", "\u0323", "\u0302", "\u0345", "\u0f73",
            "\u0f71", "\u05b0", *rng.sample(_MARKS, 40)]
    for _ in range(20000):
        t = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert text_key(t, _plain_key) == _plain_key(t), ascii(t)


def test_a_document() -> None:
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; “Quyết định” số 12/QĐ-UBND …\n") * 40
    for t in (text, unicodedata.normalize("NFD", text)):
        assert text_key(t, _plain_key) == _plain_key(t)
