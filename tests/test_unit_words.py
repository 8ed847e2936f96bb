"""The units reader's words (``units._wlist``) are the words ``units._WORD`` matches."""

from __future__ import annotations

import random

from pipeline.extract import units


def _by_pattern(s: str) -> tuple[units._Word, ...]:
    out: list[units._Word] = []
    for m in units._WORD.finditer(s):
        core, trail = m.group(1, 2)
        if core is None:
            if out:
                out[-1] = out[-1]._replace(trail=out[-1].trail + m.group(0))
            continue
        out.append(units._Word(core, units._wkey(core), *m.span(1), trail))
    return tuple(out)


def test_words_as_the_pattern_reads_them() -> None:
    rng = random.Random(3)
    pool = [*units._EDGE_PUNCT, *"abĐƯ\t\n.-,/&", "  ", "Sở", "GD&ĐT", "30/2020/NĐ-CP", "\u00a0"]
    samples = ["", " ", "Sở Y tế, (Ủy ban nhân dân tỉnh); “Bộ Tài chính” … và các đơn vị liên quan."]
    samples += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    for s in samples:
        assert units._wlist.__wrapped__(s) == _by_pattern(s), ascii(s)
