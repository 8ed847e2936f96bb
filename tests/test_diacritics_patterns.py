"""The restorer's per-word patterns answer exactly what the character-by-character tests do
(they replace those loops in the hot path, so a difference would change restored text)."""

from __future__ import annotations

import itertools

from pipeline import diacritics as d
from pipeline.resources import load_rules


def _name_fits_loop(src: str, target: str) -> bool:
    if len(src) != len(target) or not src.isascii():
        return False
    ins = frozenset(load_rules("restore")["folded"]["name_stand_ins"]["marked_vowel"])
    return all(s.lower() == d._base(t) or (s.lower() in ins and d._marked_vowel(t))
               for s, t in zip(src, target, strict=True))


def _ascii_variants(target: str) -> set[str]:
    """ASCII words of the target's length near it: folded, upper-cased, with stand-ins and
    with characters that fit no reading."""
    vowel_ins, i_ins = d._stand_ins()
    folded = d._fold(target)
    pool = {folded, folded.upper(), folded.capitalize(), "x" * len(target), "-" * len(target)}
    for k in range(len(target)):
        for c in (*sorted(vowel_ins | i_ins), "d", "D", "1", "]", "^", "\\", "I", "l"):
            if c.isascii():
                pool.add(folded[:k] + c + folded[k + 1 :])
    return {w for w in pool if w.isascii()}


def test_fit_patterns_agree_with_the_loops() -> None:
    targets = ["ủy", "ban", "nhân", "dân", "tỉnh", "sở", "công", "thương", "đồng", "bộ", "trưởng",
               "quyết", "định", "chỉ", "thị", "hà", "nội", "ý", "kiến"]
    checked = 0
    for target in targets:
        for src in _ascii_variants(target):
            for loose in (False, True):
                assert (d._fits_ascii(target, loose).fullmatch(src) is not None) == d._fits(src, target, loose), (src, target, loose)
            assert d._name_fits(src, target) == _name_fits_loop(src, target), (src, target)
            checked += 1
    assert checked > 300


def test_fit_patterns_on_every_short_ascii_word() -> None:
    letters = "aAdDiIlou1|"
    for target in ("ủy", "đi", "ở"):
        for src in map("".join, itertools.product(letters, repeat=len(target))):
            for loose in (False, True):
                assert (d._fits_ascii(target, loose).fullmatch(src) is not None) == d._fits(src, target, loose)
            assert d._name_fits(src, target) == _name_fits_loop(src, target)


def test_body_name_restored_across_a_line_break_only_within_one_separator() -> None:
    # a synthetic folded text: a body's name with stand-ins for marked letters, whole on a line
    text = ("Can cu Nghi dinh so 1/2020/ND-CP cua Chinh phu ve viec to chuc.\n"
            "Giao So Cong Thuong chu tri thuc hien; So Tai chinh phoi hop.\n") * 3
    edits = d.restore_edits(text)
    out = list(text)
    for a, b, new in edits:
        out[a:b] = new
    restored = "".join(out)
    assert "Sở Công Thương" in restored
    assert len(restored) == len(text)
