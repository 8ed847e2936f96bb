"""``iter_phrase`` finds what the phrase's compiled pattern finds (it replaces per-document
``re.compile(phrase_pattern(...))`` calls, so any difference would move a span)."""

from __future__ import annotations

import random
import re

from pipeline.textutil import find_phrase, iter_phrase, phrase_pattern


def _regex(text: str, words: list[str], pos: int, endpos: int | None) -> list[tuple[int, int]]:
    pat = re.compile(phrase_pattern(" ".join(words)))
    args = (pos,) if endpos is None else (pos, endpos)
    return [m.span() for m in pat.finditer(text, *args)]


def test_title_wrapped_over_lines_and_cut_by_the_window() -> None:
    text = "KẾ HOẠCH\nTriển khai  công tác\n\tphòng,  chống thiên tai năm 2026\nTriển khai công tác"
    words = "Triển khai công tác".split()
    assert list(iter_phrase(text, words)) == _regex(text, words, 0, None)
    assert find_phrase(text, words, 0, 25) is None  # the window ends inside the phrase
    assert find_phrase(text, words, 5, len(text)) == _regex(text, words, 5, len(text))[0] == (9, 29)
    assert find_phrase(text, ["tác", "phòng,", "chống"], 0, 60) == _regex(text, ["tác", "phòng,", "chống"], 0, 60)[0]


def test_random_texts_agree_with_the_pattern() -> None:
    rnd = random.Random(15)
    alphabet = ["a", "b", "ab", "Sở", "Y", "tế", "(", ")", ".", "+", "*", "\\", "$"]
    spaces = [" ", "  ", "\n", "\t", " \n ", "\u00a0", "\u2003", ""]
    for _ in range(3000):
        toks = [rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))]
        text = "".join(t + rnd.choice(spaces) for t in toks)
        words = [rnd.choice(alphabet) for _ in range(rnd.randint(1, 3))]
        pos = rnd.randint(-2, len(text) + 1)
        endpos = rnd.choice([None, rnd.randint(-1, len(text) + 2)])
        got = list(iter_phrase(text, words, pos, endpos))
        assert got == _regex(text, words, pos, endpos), (text, words, pos, endpos)
        first = got[0] if got else None
        assert find_phrase(text, words, pos, endpos) == first
