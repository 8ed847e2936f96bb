"""The shortcuts that spare whole-text scans give what the plain scan gives (speed work must
not change a record). Each is compared with the slow way on synthetic text: lines with and
without the cue, cues at line edges, in capitals, at the text's ends, ranges cut mid-line."""

from __future__ import annotations

import re

import pytest

from pipeline import dates, diacritics, normalize
from pipeline.extract import legal_bases, timeline
from pipeline.extract.timeline import fold_same_length
from pipeline.segment import segment

_LINES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Hà Nội, ngày 12 tháng 3 năm 2026",
    "Các đơn vị gửi báo cáo trước ngày 15/12 và NGÀY 20 THÁNG 8, hoàn thành trước 30/6.",
    "Số 12/2025/NĐ-CP ngày 2/3/2025; tỷ lệ 2/3 số xã; ngày\u00a05 tháng 7 năm nay",
    "B Ộ LAO Đ ỘNG và a ở Hà; trung ươ n g",
    "a",
    "trong tháng 3, từ tháng 7 đến tháng 8, quý II đến quý III, 6 tháng đầu năm 2025",
    "",
    "Văn bản này thay thế Công văn số 15/UBND-VP; văn bản NÀY THAY THẾ CHO văn bản 16/KH",
    "Chương trình không có ngày tháng nào\tx y",
    "đi\u00a0b\u2003c d\u00a0",
    "tháng 10 tới; Tháng 4, tháng 8/2026; quý IV; đến hết tháng 9 - 11",
]


def _texts() -> list[str]:
    out = ["", "x", "\n", "a\n", "\nb"]
    for k in range(len(_LINES)):
        out.append("\n".join(_LINES[k:] + _LINES[:k]))
    out.append("\n".join(_LINES) + "\n")
    return out


@pytest.mark.parametrize("text", _texts())
def test_day_months_line_by_line(text: str) -> None:
    for a in range(0, len(text) + 1, 7):
        for b in (a, a + 13, a + 60, len(text)):
            got = [m.span() for m in dates._day_month_matches(text, a, min(b, len(text)))]
            assert got == [m.span() for m in dates.DAY_MONTH.finditer(text, a, min(b, len(text)))]


@pytest.mark.parametrize("text", _texts())
def test_one_letter_lines(text: str) -> None:
    slow: list[tuple[int, int, int]] = []  # (line start, end, letters alone on it)
    for m in normalize._ONE_LETTER.finditer(text):
        if slow and m.start() < slow[-1][1]:
            slow[-1] = (*slow[-1][:2], slow[-1][2] + 1)
            continue
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        slow.append((a, len(text) if b < 0 else b, 1))
    assert normalize._one_letter_lines(text) == slow


def test_one_letter_lines_odd_letters_and_spaces() -> None:
    """A letter alone is a word of one character: exotic spaces (no-break, em, ideographic,
    the separators str.split() cuts at), letters that are digits to no one ("²", "ª", "Ⅻ")
    or outside the BMP, and what is no letter ("1", "_", a lone mark) meet the plain scan."""
    import random

    from pipeline.caching import clear_per_text_caches

    alphabet = [*"aở ýY\tx\n\xa0\u2003\x1c\u3000²½_1.,ßİǅⅫª", "\u0301", "\U0001d400"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        clear_per_text_caches()  # (the words are kept per text)
        slow: list[tuple[int, int, int]] = []
        for m in normalize._ONE_LETTER.finditer(text):
            if slow and m.start() < slow[-1][1]:
                slow[-1] = (*slow[-1][:2], slow[-1][2] + 1)
                continue
            a = text.rfind("\n", 0, m.start()) + 1
            b = text.find("\n", m.end())
            slow.append((a, len(text) if b < 0 else b, 1))
        assert normalize._one_letter_lines(text) == slow, repr(text)


def test_stray_slashes_as_the_line_anchored_pattern() -> None:
    """A slash found by itself, its line's start checked after, is one the pattern anchored at
    each line start finds: at a line's start, after spaces or tabs, after other text, twice."""
    import random

    alphabet = [*"/ \t\nABĐx1", "ỦY", "BAN", "/Ủ", "\r"]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert normalize._stray_slashes(text) == [m.start(1) for m in normalize._STRAY_SLASH.finditer(text)], repr(text)


def test_frequent_marked_letters_are_letters_outside_ascii() -> None:
    """The lower bound counts each of its letters once, and each is a letter the scan counts."""
    letters = diacritics._FREQUENT_MARKED
    assert len(set(letters)) == len(letters)
    assert all(diacritics._NON_ASCII_LETTER.fullmatch(c) for c in letters)


@pytest.mark.parametrize("text", _texts())
def test_non_ascii_letters_chunked(text: str) -> None:
    for t in (text, text * 300, "a " * 5000 + text, text + "ă" * 3000):
        n = len(diacritics._NON_ASCII_LETTER.findall(t))
        for limit in (0, n - 1, n, n + 1, 0.5 * n, 3 * 0.02 * len(t)):
            assert diacritics._non_ascii_letters_exceed(t, limit) == (n > limit)


_OLD_BARE = {
    "_BARE_MONTH": r"(?<![\w/])thang\s+(\d{1,2})(?!\d|\.\d|\s*[-–—/]|\s*,\s*\d|\s+(?:va|đên|tơi)\s|\s+n[aă]m\s+\d)",
    "_BARE_QUARTERS": r"(?<![\w/])qu[yi]\s+(iv|i{1,3}|[1-4])(?:\s*(?:-|–|—|đên|tơi)\s*(?:hêt\s+)?(?:qu[yi]\s+)?"
                      r"(iv|i{1,3}|[1-4]))?(?![\w/]|\s*[-–—/,]|\s+(?:va|đên|tơi)\s|\s+n[aă]m\s+\d)",
    "_BARE_MONTHS": r"(?<![\w/])thang\s+(\d{1,2})\s*(?:-|–|—|đên|tơi)\s*(?:hêt\s+)?(?:thang\s+)?(\d{1,2})"
                    r"(?!\d|\.\d|\s*[/-]|\s+n[aă]m\s+\d)",
}


@pytest.mark.parametrize("name", sorted(_OLD_BARE))
def test_bare_patterns_word_first(name: str) -> None:
    """The word-first spelling of the bare month and quarter patterns matches where the
    lookbehind-first one did (its test of the character before is the same test)."""
    old, new = re.compile(_OLD_BARE[name]), getattr(timeline, name)
    extra = ["thang 3", "/thang 3", "xthang 3 ", "qui 2", "aquy ii", " quy iv - quy i"]
    for text in [*_texts(), *extra]:
        f = fold_same_length(text)
        for pos in (0, 1, 5, 9):
            assert [m.groups() + m.span() for m in new.finditer(f, pos)] == [
                m.groups() + m.span() for m in old.finditer(f, pos)]


@pytest.mark.parametrize("text", _texts())
def test_replaced_numbers_prefilter(text: str) -> None:
    slow: set[str] = set()
    for m in legal_bases._REPLACES.finditer(text):
        n = legal_bases.NUMBER.match(text, m.end())
        if n:
            slow.add(legal_bases._key(n.group()))
    assert legal_bases._replaced_numbers(text) == frozenset(slow)


def test_replaced_numbers_found() -> None:
    """(the comparison above is not empty: the synthetic text names the numbers it replaces)"""
    assert legal_bases._replaced_numbers("\n".join(_LINES))


def test_long_stretch_folded_once() -> None:
    """Any stretch, a line's head included, is cut from the whole text folded once: the same
    as folding it alone (past the text's end too)."""
    text = "\n".join(_LINES * 40)
    doc = segment(text)
    ctx = timeline._context(doc)
    bounds = [(0, len(text)), (5, len(text) - 3), (100, 2100), (7, 30), (0, len(text) + 9)]
    bounds += [(ln.start + 1, ln.end - 1) for ln in doc.lines[::7] if len(ln.text) > 2]
    for a, b in bounds:
        assert ctx.f(a, b) == fold_same_length(text[max(0, a):b])
    for ln in doc.lines:
        for n in (0, 40, 48, 10_000):
            assert ctx.head(ln, n) == fold_same_length(ln.text[:n])
    assert ctx.whole is not None


def test_body_tokens_cached_same() -> None:
    """The cached tokens of a string are its tokens, and the role test reads them alike."""
    from pipeline import bodies

    for s in ("Giám đốc Sở Tài chính", "Chủ tịch UBND tỉnh, Sở A", "", "các Sở: Y tế – Nội vụ"):
        slow = tuple((bodies._key(m.group()), m.start(), m.end()) for m in bodies._TOKEN.finditer(s))
        assert bodies._tokens(s) == slow
        assert bodies._tokens(s) == slow  # (a hit)
        assert bodies.role_length(s) == bodies.role_length(s)


def test_signature_name_lines_open_with_capital() -> None:
    """The signature scan lets go of a line that opens with no capital: no such line is a
    personal name, whole or with a syllable set apart."""
    from pipeline.closing_layout import rejoined_name
    from pipeline.segment import PERSON_NAME

    lines = ["Nguyễn Văn An", "Đặ ng Văn Minh", "nguyễn Văn An", " Nguyễn Văn An", "\u00a0Đặ ng Văn Minh",
             "- Nguyễn Văn An", "(Nguyễn Văn An)", "1. Trần Thị B", "Ông Lê Văn C", "ông Lê Văn C", ""]
    for t in lines:
        if not t.lstrip()[:1].isupper():
            assert not (PERSON_NAME.match(t) or rejoined_name(t)), t
    assert rejoined_name("\u00a0Đặ ng Văn Minh")  # (the lstrip is needed: a name after a space)


_OLD_RELINE = {
    "vv": r"(?<![\w/])V/[Vv]\b",
    "roman": r"(?<![\w.])[IVX]{1,5}\.\s+[{UP}][{UP}]",
    "item_after_heading": r"(?<=[{UP}]{2}\s)\d{1,2}\.\s+(?=[{UP}])",
    "authority": r"(?:TM|KT|TL|TUQ|Q)\.\s*[A-ZĐ]|(?:T/M|K/T|T/L)\s+[A-ZĐ]",
    "caps_run": r"(?<![\w/])(?:[{UP}]{2,}\s+){4,}(?=[{UP}][{LOW}])",
    "listed": r"(?<=;\s)[-+•]\s*",
}
_RELINE_LINES = [
    "V/v triển khai; (V/V kế hoạch) aV/v x/V/v I. MỤC ĐÍCH II.YÊU CẦU .IV. KẾ XVII. TỔ CHỨC",
    "KT. CHỦ TỊCH TM.ỦY BAN TUQ. BỘ TRƯỞNG Q. GIÁM ĐỐC T/M BAN K/T X TL.  A xKT.B TTL. C",
    "III. TỔ CHỨC THỰC HIỆN 1. Sở Y tế chủ trì; NỘI DUNG 12. Ban A CHÍNH  2. x AB 3. Y",
    "QUYẾT ĐỊNH Về việc …, KẾ HOẠCH Triển khai; xKẾ HOẠCH A; Số: 12/QĐ-UBND; Hà Nội, ngày 2 tháng 3 năm 2026",
    "Nơi nhận: - Như trên; - Sở A; a) Chủ trì; b) Phối hợp (x) Lưu: VT.",
    "KẾ HOẠCH TRIỂN KHAI CÔNG TÁC NĂM Triển khai; xKẾ HOẠCH TRIỂN KHAI CÔNG TÁC Năm /AB CD EF GH Ij",
    "ỦY BAN  NHÂN\tDÂN TỈNH A Bắc; B CD EF GH IJ Kx; -AB CD EF GH Ab;\t+ x;  • y ;- z",
]


@pytest.mark.parametrize("kind", sorted(_OLD_RELINE))
def test_reline_cues_begin_with_what_they_match(kind: str) -> None:
    from pipeline import reline
    from pipeline.textutil import LOWER, UPPER

    old = re.compile(_OLD_RELINE[kind].replace("{UP}", UPPER).replace("{LOW}", LOWER))
    new = dict(reline._rules().kinds)[kind]
    for ln in _RELINE_LINES + [" ".join(_RELINE_LINES)]:
        for pos in range(0, len(ln), 5):
            assert [m.span() for m in new.finditer(ln, pos)] == [m.span() for m in old.finditer(ln, pos)]


def test_reline_type_heading_begins_with_its_letter() -> None:
    from pipeline import reline
    from pipeline.lexicon import doc_types
    from pipeline.textutil import LOWER, UPPER

    R = reline._rules()
    names = sorted({t["name"].upper() for t in doc_types() if len(t["name"]) >= 4}, key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    old = re.compile(rf"(?<![^\s])(?:{alt})(?=\s*:?\s+[{UPPER}{LOWER}])")
    new = dict(R.kinds)["type"]
    for ln in _RELINE_LINES + [" ".join(_RELINE_LINES), "xQUYẾT ĐỊNH Về", "QUYẾT  ĐỊNH: Về", "\tKẾ HOẠCH Số"]:
        for pos in range(0, len(ln), 3):
            assert [m.span() for m in new.finditer(ln, pos)] == [m.span() for m in old.finditer(ln, pos)]


def test_reline_needs_are_held_by_every_match() -> None:
    """A kind's needed text is in the line wherever the kind matches (the guard drops nothing)."""
    from pipeline import reline

    R = reline._rules()
    kinds = dict(R.kinds)
    hits = 0
    for ln in _RELINE_LINES + [" ".join(_RELINE_LINES)]:
        for kind, need in R.needs.items():
            for m in kinds[kind].finditer(ln):
                hits += 1
                assert need in ln[m.start():]
    assert hits


@pytest.mark.parametrize(("name", "new_head", "old_head"), [
    ("year_part", r"(?P<n>\d(?<!\d\d)\d?)", r"(?<!\d)(?P<n>\d{1,2})"),
    ("year_part_bare", r"(?P<n>\d(?<![\d/]\d)\d?)", r"(?<![\d/])(?P<n>\d{1,2})"),
])
def test_year_parts_digit_first(name: str, new_head: str, old_head: str) -> None:
    new = getattr(timeline._rules(), name)
    assert new.pattern.startswith(new_head)
    old = re.compile(old_head + new.pattern[len(new_head):])
    text = ("6 tháng đầu năm 2025, 12 tháng cuối năm 2026; 126 tháng đầu năm 2027; 1/6 tháng đầu năm; "
            "x6 tháng đầu năm nay, 3 tháng cuối năm, 06 tháng đầu năm 2028 và 9 tháng cuối năm 2025")
    f = fold_same_length(text)
    hits = 0
    for pos in range(0, len(f), 4):
        got = [m.groupdict() | {"span": m.span()} for m in new.finditer(f, pos)]
        assert got == [m.groupdict() | {"span": m.span()} for m in old.finditer(f, pos)]
        hits += len(got)
    assert hits


_UNIT_LINES = [
    "- Chính phủ; - Bộ A; - Sở B; - Lưu: VT.",
    "Nơi nhận: - Như trên; - Lưu VT",
    "a) Sở Y tế chủ trì. Phối hợp với Sở A; báo cáo. Sở B thực hiện; x.Y; ab. Cd; a. B; ..  X",
    "- Lưu: VT, NC.",
    "; - a1; - b2; - c3",
    "Chủ trì thực hiện - Đề nghị Ủy ban Mặt trận Tổ quốc xã:",
    "Chủ trì thực hiện - Đề nghị Ủy ban Mặt trận Tổ quốc xã:  ",
    "Chủ trì thực hiện - Đề nghị Ủy ban Mặt trận Tổ quốc xã: thêm",
    "**_\\*Căn cứ", "", "*", "Không có gì",
]


def test_units_line_shortcuts() -> None:
    from pipeline.extract import units

    old_split = re.compile(r";\s*|(?<=[^\s.]{2})\.\s+(?=[A-ZĐÀ-Ỹ])")
    for t in _UNIT_LINES + [" ".join(_UNIT_LINES)]:
        assert [m.span() for m in units._TASK_SPLIT.finditer(t)] == [m.span() for m in old_split.finditer(t)]
        assert units._is_distribution(t) == (units._DISTRIBUTION.search(t) is not None)
        if units._TRAIL_UNIT.match(t):
            assert t.rstrip().endswith(":")
        assert t.lstrip("*_\\") == re.sub(r"^[*_\\]+", "", t)
    assert units._TRAIL_UNIT.match(_UNIT_LINES[6]) and units._is_distribution(_UNIT_LINES[0])


def test_authority_literal_spelt_out() -> None:
    from pipeline import closing_layout

    old = re.compile(r"(?:TM|KT|TL|TUQ)\.|T/M|K/T|T/L")
    for t in _RELINE_LINES + ["TUQ.", "TTM.", "xK/T y", "T/L", "TL", "KT ", "Q. GIÁM ĐỐC", ""]:
        assert [m.span() for m in closing_layout._AUTH_LITERAL.finditer(t)] == [m.span() for m in old.finditer(t)]


def test_trailing_name_ends_small() -> None:
    """The closing's cut test searches a trailing name only where the line ends with a small
    letter: every line the name pattern matches does (whitespace after it too)."""
    import random

    from pipeline import closing_layout as cl

    rng = random.Random(7)
    pieces = ["Nguyễn", "Văn", "An", "GIÁM ĐỐC", "ký", " ", "\t", "\n", ".", "Đỗ", "Thị", "Lan", "x", "Ư", ")", "5"]
    lines = ["PHÓ GIÁM ĐỐC Nguyễn Văn An", "KT. GIÁM ĐỐC Lê Thị Hoa \n", "Nguyễn Văn An.", ""]
    lines += ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    for t in lines:
        if cl._TRAILING_NAME.search(t):
            assert cl._SMALL.fullmatch(t.rstrip()[-1:]), t
    assert any(cl._TRAILING_NAME.search(t) for t in lines)
