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
