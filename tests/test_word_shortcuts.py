"""The units reader's first-word shortcuts give what building the words gives (speed work must
not change a record). A line's opening is looked up by its first word's key before the word
list is built: each shortcut is compared with the full reading on synthetic lines that open
with and without the lexicon's phrases, after punctuation, in capitals, cut mid-word."""

from __future__ import annotations

import pytest

from pipeline.extract import units

_OPENINGS = [
    "", " ", "-", "- ", "“", "(", "1.", "a)", "*", "…", ",", "\u00a0", "\u2003", "- “", ".. ",
]
_REST = [
    "Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan triển khai thực hiện.",
    "Ủy ban nhân dân các huyện, thị xã: tổ chức tuyên truyền, phổ biến kế hoạch.",
    "các cơ quan, đơn vị báo cáo kết quả trước ngày 15/12/2026.",
    "Ông Nguyễn Văn An - Phó Giám đốc Sở Y tế: phụ trách chung.",
    "Lãnh đạo Ban Tuyên giáo",
    "Hằng năm, Sở Nội vụ tổng hợp báo cáo.",
    "UBND tỉnh giao Sở Xây dựng chủ trì.",
    "Giao Công an tỉnh phối hợp thực hiện.",
    "tỉnh An Phú cần đẩy nhanh tiến độ.",
    "Về công tác phòng chống dịch: Sở Y tế chủ trì.",
    "Đồng chí Chủ tịch Ủy ban nhân dân xã chỉ đạo.",
    "Tổ chức thực hiện",
    "Trường hợp cần thiết báo cáo Ủy ban nhân dân tỉnh.",
    "Các đoàn thể chính trị - xã hội vận động nhân dân.",
    "TTHTCĐ các xã tổ chức lớp học.",
    ",,, ; : …",
    "KẾ HOẠCH TRIỂN KHAI",
    "x",
]


def _lines() -> list[str]:
    out = [""]
    for o in _OPENINGS:
        for r in _REST:
            line = o + r
            out += [line, line.upper(), line.lower(), line + " " + line, line[:7], line[:13]]
    return out


@pytest.mark.parametrize("cut", [40, 64, 80, 420, 1000])
def test_first_core_is_first_word(cut: int) -> None:
    for line in _lines():
        s = line[:cut]
        ws = units._wlist(s)
        assert units._first_core(s) == (ws[0].text if ws else None), s


def test_unit_initial_same_as_words() -> None:
    lines = _lines()
    slow = []
    for s in lines:
        ws = units._wlist(s[:64])
        slow.append(bool(units._head_at(ws, units._skip_cue(ws, 0))))
    assert [units._unit_initial(s) for s in lines] == slow
    assert any(slow) and not all(slow)  # (both answers are compared)


def test_analyse_cheap_exit_same_as_words() -> None:
    """Where the first word opens no unit, cue, time, topic or introduction, the words read
    the same: no head after a cue, no phrase of those lists at the first word."""
    lex = units._lex()
    passed = 0
    for s in _lines():
        if units._may_open_unit(units._first_core(s[:40]), units._clause_openers()):
            passed += 1
            continue
        ws = units._wlist(s[:40])
        assert not units._head_at(ws, units._skip_cue(ws, 0)), s
        assert not any(units._match(ws, 0, ix) for ix in (lex.topic, lex.intro, lex.time_openers)), s
    assert 0 < passed < len(_lines())


def test_person_prefix_and_leader_role_first_word() -> None:
    """No honorific and no leader role reads at a line whose first word opens none."""
    lex = units._lex()
    hon = lead = 0
    for s in _lines():
        core80, core = units._first_core(s[:80]), units._first_core(s[: units._SPAN])
        if core80 is not None and units._wkey(core80) in lex.honorifics:
            hon += 1
        else:
            assert units._match(units._wlist(s[:80]), 0, lex.honorifics) is None, s
        if core is not None and units._wkey(core) in units._leader_role_initials():
            lead += 1
        else:
            assert units._leader_role(units._awl(s)) == 0, s
    assert hon and lead
    assert units._person_prefix("Ông Nguyễn Văn An - Phó Giám đốc Sở Y tế: phụ trách chung.") > 0
    assert units._led_heading("Lãnh đạo Ban Tuyên giáo", True) is not None


@pytest.mark.parametrize("text", [
    "", "a", " ", "Cộng hòa xã hội", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
    "Số: 12/2025/NĐ-CP\u00a0ngày  5 tháng 3 năm 2025;\tStraße ﬁle", "Đ\u0301a\u0323 b  c\n\nd",
    "x" * 50 + " " + "y" * 50, " \n leading and trailing \n ",
])
def test_head_and_text_keys_cut_anywhere(text: str) -> None:
    """The header's key and the whole text's key, made from one keying of the words before the
    cut, are the keys of the cut text and of the whole (cut inside a word, at a space, at the ends)."""
    from pipeline import evidence

    for w in range(0, len(text) + 2):
        head, whole = evidence._head_and_text_keys(text, w)
        assert head == evidence._plain_key(text[:w]), (text, w)
        assert whole == evidence._plain_key(text)


def test_name_lookups_only_where_a_separator_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list is cut at its separators, never inside a known name that holds one; a name that
    holds a comma is masked where a comma stands. Without a separator (or a comma) the answer
    is the whole passage, and the names are not looked up at all."""
    from pipeline import bodies
    from pipeline.extract import legal_bases

    listed = "Bộ Văn hóa, Thể thao và Du lịch, Sở Y tế"
    assert [listed[a:b] for a, b in units._segments(listed, 0, len(listed))] == [
        "Bộ Văn hóa, Thể thao và Du lịch", "Sở Y tế"]
    cited = "của Bộ Văn hóa, Thể thao và Du lịch"
    assert legal_bases._mask_name_commas(cited, 0, len(cited)) == cited.replace(",", "\u00b7")

    def no_lookup(*_a: object) -> list[tuple[int, int]]:
        raise AssertionError("names looked up without a separator")

    monkeypatch.setattr(bodies, "protected_spans", no_lookup)
    plain = "Ủy ban nhân dân tỉnh An Phú"
    assert units._segments("  " + plain + " ", 0, len(plain) + 3) == [(2, 2 + len(plain))]
    assert legal_bases._mask_name_commas("x " + plain, 2, len(plain) + 2) == plain


def test_not_recipient_phrases_compared_once_made() -> None:
    """An item that spells a phrase of several words apart ("Nh ư tr ê n") is skipped: the set
    of the phrases' bare forms, made once, answers as comparing with each phrase did."""
    import re

    from pipeline.extract import closing
    from pipeline.resources import load_rules
    from pipeline.textutil import fold, fold_cue

    not_r = load_rules("structure")["closing"]["not_recipients"]
    for item in ["Nh ư tr ê n", "Như trên", "NHƯ TRÊN;", "Sở Y tế", "Lưu: VT", "- Các sở, ngành",
                 "Như trên (để thực hiện)", "UBND các xã"]:
        bare = re.sub(r"[\W_]+", "", fold(item))
        slow = any(bare == re.sub(r"[\W_]+", "", fold_cue(x)) for x in not_r if " " in x)
        assert (closing._NOT_WORD.sub("", fold(item)) in closing._bare_not_recipients()) == slow, item
    assert closing._skip("Nh ư tr ê n") and not closing._skip("Sở Y tế")


def test_quoted_names_found_once_per_text() -> None:
    """The passages a text quotes, found once, extend a name cut at its comma as scanning the
    text for each name did."""
    from pipeline import attested_names

    text = ("Thay cụm từ “Cục Quản lý, giám sát tổ chức tín dụng” bằng cụm từ khác.\n"
            "Giao Cục Quản lý, giám sát tổ chức tín dụng chủ trì; “Sở A, B” phối hợp.\n"
            "Sở A, B và Cục Quản lý, giám sát")
    assert attested_names._quotes(text) == tuple(
        (m.group(1).strip(), m.start(1)) for m in attested_names._QUOTED.finditer(text))
    name = "Cục Quản lý"
    at = text.index(name, text.index("Giao"))
    end = attested_names._quoted_extension(text, name, at, at + len(name))
    assert text[at:end] == "Cục Quản lý, giám sát tổ chức tín dụng"
    last = text.rindex(name)
    # (a mention that does not run on into the whole quoted name keeps its end)
    assert attested_names._quoted_extension(text, name, last, last + len(name)) == last + len(name)


@pytest.mark.parametrize("s", [
    "", "___", "a ___", "a___", "Ký tên ____", "x  ====  ", "----", "---", "Nội dung —–—–", "a -----x",
    "__ a", "Dòng\u00a0______", "a\t____\r", "____\n", "a ____\nb", "= = =", "a\u2003----",
])
def test_rule_at_line_end_by_last_word(s: str) -> None:
    """A drawn rule at a line's end, read from the line's last word, is what the pattern
    searched over the whole line finds."""
    from pipeline import normalize

    assert normalize._ends_in_rule(s) == (normalize._RULE_LINE.search(s) is not None)
    assert normalize._ends_in_rule(("Một đoạn văn dài " * 40) + s) == (
        normalize._RULE_LINE.search(("Một đoạn văn dài " * 40) + s) is not None)


@pytest.mark.parametrize("t", [
    "Hà Nội, ngày 12 tháng 3 năm 2026", "TP. Hồ Chí Minh, Ngày 5/3/2026", "NGÀY 10/01/2024", "",
    "CHỈ THỊ SỐ 05-CT/TU NGÀY 10/01/2024 VỀ VIỆC", "An Phú, ngay 12 thang 3 nam 2026", "Số: 12/KH-UBND",
    "Hải Cảng, ngày … tháng … năm 2026", "một đoạn văn dài " * 30 + "ngày 5 tháng 6 năm 2026",
])
def test_date_cell_word_first(t: str) -> None:
    """A line without the word "ngày" (any of its spellings the pattern knows) is no date cell:
    the word-first answer is the pattern's."""
    from pipeline import segment as seg

    m = seg.DATE_LINE.search(t)
    slow = bool(m) and (not (p := m.group("place").strip(" ,*_")) or seg.is_place_fragment(p))
    assert seg._is_date_cell(t) == slow


@pytest.mark.parametrize("s", [
    "Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ thực hiện các nhiệm vụ sau đây:",
    "Quốc hội yêu cầu Chính phủ thực hiện các nhiệm vụ sau đây:  \n",
    "Quốc hội yêu cầu Chính phủ thực hiện các nhiệm vụ sau đây.", "Đề nghị các bộ, ngành triển khai:",
    "Giao cho các Sở thực hiện những nội dung sau:", "", ":", "yêu cầu về năng lực như sau:",
])
def test_hands_over_list_colon_first(s: str) -> None:
    """Only a sentence ending in its colon can announce a list: the colon-first answer is the
    pattern's."""
    from pipeline.extract import unit_sites

    slow = unit_sites._articles()["hands"].search(s[-400:]) is not None
    assert unit_sites.hands_over_list(s) == slow
    assert unit_sites.hands_over_list(("x " * 300) + s) == (
        unit_sites._articles()["hands"].search((("x " * 300) + s)[-400:]) is not None)


@pytest.mark.parametrize("at", [None, 0, 5, 63, 64, 65, 191, 192, 400])
def test_trailer_found_in_growing_blocks(at: int | None) -> None:
    """The trailer scan scores blocks that double in size; the first trailer line is the one a
    line-by-line scan finds."""
    from pipeline import segment as seg
    from pipeline.resources import load_rules
    from pipeline.textutil import fuzzy_starts

    markers = load_rules("boilerplate")["trailer"]["markers"]
    body = [f"{k}. Nội dung thứ {k} của kế hoạch, giao các sở thực hiện." if k % 3 else "" for k in range(450)]
    if at is not None:
        body[at] = markers[1]
        body[at + 20] = markers[0]
    lines = seg.split_lines("\n".join(body))
    for start in (0, 3, 70):
        slow = next((ln.idx for ln in lines[start:] if ln.text and fuzzy_starts(ln.text, markers, 90)
                     and seg._trailer_hit(ln.text, markers)), len(lines))
        assert seg._trailer_start(lines, start, markers, len(lines)) == slow
    if at is not None:
        assert seg._trailer_start(lines, 0, markers, len(lines)) == at


def test_exploded_pieces_number_themselves() -> None:
    """A whole line kept as a piece is the line itself only where its index is the piece's:
    every piece's index is its place, its text the document's text at its span."""
    from pipeline.closing_layout import explode
    from pipeline.segment import split_lines

    text = ("Header\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n| A | B |\n| Sở Y tế | Sở Tài chính |\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n")
    lines = split_lines(text)
    for start in (0, 2):
        pieces = explode(text, lines, start, len(lines))
        assert [p.idx for p in pieces.items] == list(range(len(pieces.items)))
        assert all(p.text == text[p.start : p.end] for p in pieces.items)
        assert len(pieces.items) > len(lines) - start  # (cells were cut: indices move on)


def test_quoted_passages_are_the_pattern_matches() -> None:
    """``attested_names._quotes`` tries its pattern only at the opening quotes ``str.find``
    finds: the passages must be ``_QUOTED.finditer``'s, nested, unclosed and mixed quotes too."""
    import random
    from pathlib import Path

    from pipeline.attested_names import _QUOTED, _quotes
    from pipeline.caching import clear_per_text_caches

    root = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]
    rng = random.Random(4)
    bits = ["“", "”", '"', "ab", "Cục Quản lý, giám sát", "\n", " ", "x" * 130, "q"]
    texts += ["".join(rng.choice(bits) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    for text in texts:
        clear_per_text_caches()
        assert _quotes(text) == tuple((m.group(1).strip(), m.start(1)) for m in _QUOTED.finditer(text)), text


def test_word_list_by_split_and_find_is_the_token_pattern_reading() -> None:
    """``units._wlist`` cuts a string with ``str.split`` and finds each token with ``str.find``
    (pipeline/extract/units.py): its words, offsets and trails must be those of reading the
    tokens with their whitespace by pattern, on real lines and on odd whitespace and
    punctuation."""
    import random
    import re
    from pathlib import Path

    from pipeline.caching import clear_per_text_caches
    from pipeline.extract.units import _EDGE_PUNCT, _wkey, _wlist, _Word

    token = re.compile(r"(\s*)(\S+)")

    def reference(s: str) -> tuple[_Word, ...]:  # the reading as first written
        out: list[_Word] = []
        pos = 0
        for ws, tok in token.findall(s):
            pos += len(ws)
            core = tok.strip(_EDGE_PUNCT)
            if tok.endswith("./.") and tok[:-3].strip(_EDGE_PUNCT):
                core = tok[:-3].strip(_EDGE_PUNCT)  # the closing mark glued on is its trail
            if not core:
                if out:
                    out[-1] = out[-1]._replace(trail=out[-1].trail + tok)
            else:
                a = pos + len(tok) - len(tok.lstrip(_EDGE_PUNCT))
                b = a + len(core)
                out.append(_Word(core, _wkey(core), a, b, tok[b - pos :]))
            pos += len(tok)
        return tuple(out)

    root = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
    samples = [ln for p in sorted(root.glob("*.txt")) for ln in p.read_text(encoding="utf-8").split("\n")]
    rng = random.Random(8)
    bits = ["Sở", "Y", "tế", ",", ";", ":", "(", ")", "“", "”", "-", " ", "  ", "\t", "\u00a0", "\u2003", "\x1c",
            "GD&ĐT", "30/2020/NĐ-CP", "…", "a", "aa"]
    samples += ["".join(rng.choice(bits) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for s in samples:
        clear_per_text_caches()
        assert _wlist(s) == reference(s), s
