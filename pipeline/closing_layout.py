"""The closing's lines in any arrangement: pieces read as if each stood on a line of its own.

The closing (Nơi nhận on the left, the signature block on the right, Nghị định 30/2020 Phụ lục I)
is a two-cell table in the original. Converters flatten it in many ways: one cell a line (the
plain-text twin), pipe rows side by side (``| Nơi nhận: | KT. CHỦ TỊCH |``), a whole cell on
one line with ``<br>`` or with nothing between its lines (``TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ
TƯỚNG(Đã ký)Nguyễn Văn A``), the Nơi nhận list on one line (``- Như trên; - Sở X; - Lưu: VT``,
also with its dashes glued to the item before: ``Nơi nhận:- Như trên;- Sở X (để b/c)- Lưu``), or
the two columns drawn line by line with one space between them (a PDF's text layer read without
layout: ``Nơi nhận: KT. CHỦ TỊCH`` / ``- Như trên; PHÓ CHỦ TỊCH``), read column by column.
:func:`explode` cuts such lines into *pieces* — cells, then the lines run together inside a
cell — and orders a run of pipe rows column by column, the order of the plain-text twin, so
the segmenter finds the signature and the recipients the same way in every arrangement.
A piece is a :class:`pipeline.segment.Line` whose ``idx`` is its place in the piece list
(``text`` is the document's text at its span); :data:`Pieces.line_of` maps it back to its line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from .headerzone import rejoin_syllables
from .lexicon import positions
from .resources import load_rules
from .textutil import LOWER as _LOW
from .textutil import UPPER as _UP
from .textutil import fold, is_upper_line

if TYPE_CHECKING:  # pragma: no cover
    from .segment import Line

_CELL = re.compile(r"\s*\|\s*")
_BR = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
# an authority prefix run into what precedes it, or after a space inside a one-line block
_AUTH_AT = re.compile(rf"(?<=[{_UP}{_LOW}\s)\]])(?=(?:TM|KT|TL|TUQ)\.\s*[{_UP}]|(?:T/M|K/T|T/L)\s+[{_UP}])")
_AUTH_START = re.compile(r"(?:TM|KT|TL|TUQ|Q)\.\s*|(?:T/M|K/T|T/L)\s+")
# a personal name closing the piece, after capitals (glued or spaced): each word capitalised
# with at least one small letter ("Nguyễn Văn An")
_NAME_WORD = rf"[{_UP}][{_LOW}]+"
_TRAILING_NAME = re.compile(rf"(?<![{_LOW}])({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}})\s*$")
_UPPER_END = re.compile(rf"[{_UP}][\s.,)\]]*$")
# the form of address or academic title a signer's name may carry ("GS.TS. Nguyễn Văn A"): part
# of the name's line, never a position run into it
NAME_TITLES = r"(?:Đ/c|Ông|Bà|TS|ThS|Ths|PGS\.TS|GS\.TS|PGS|GS|BS)"
_TITLE_ONLY = re.compile(rf"\s*{NAME_TITLES}\.?\s*$")
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}}")


def rejoined_name(t: str) -> str | None:
    """A personal name with a syllable a converter or OCR set apart around its vowel put back
    (``Đặ ng Văn Minh`` → ``Đặng Văn Minh``); None when ``t`` is no such name (a name written
    whole is matched as it is, elsewhere)."""
    # (a name is two to six capitalised words of letters, each made of at most three pieces;
    # a paragraph is not cut into all its words to tell: past 18 the rest stays one piece)
    words = t.split(None, 18)
    if not words or len(words) > 18 or not words[0][:1].isupper() or not all(w.isalpha() for w in words):
        return None
    flat = " ".join(words)
    joined = rejoin_syllables(flat)
    return joined if joined != flat and _NAME_RUN.fullmatch(joined) else None


def _trailing_split_name(s: str) -> int | None:
    """Where a personal name with a syllable set apart closes ``s`` after capitals."""
    words = list(re.finditer(r"\S+", s))
    for w in words[max(1, len(words) - 8) : -1]:
        if rejoined_name(s[w.start() :]) and _UPPER_END.search(s[: w.start()]):
            return w.start()
    return None


@dataclass
class Pieces:
    """The pieces of a line range and the line each one comes from."""

    items: list[Line] = field(default_factory=list)
    line_of: list[int] = field(default_factory=list)

    def lines_range(self, first: int, last: int) -> range:
        """The line range covering pieces ``first``..``last`` (inclusive)."""
        return range(self.line_of[first], self.line_of[last] + 1)


@cache
def _signed_mark() -> re.Pattern[str]:
    marks = load_rules("structure")["closing"]["signed_marks"]
    alt = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    return re.compile(rf"[(\[]\s*(?:{alt})\b[^)\]]{{0,40}}[)\]]", re.IGNORECASE)


@cache
def _glued_position() -> re.Pattern[str]:
    """A position in capitals run into the capitals before it (``…THỦ TƯỚNGPHÓ THỦ TƯỚNG``)."""
    alt = "|".join(re.escape(p.upper()) for p in positions())
    # the position ends at a word's end or where the name run into it begins ("…TỊCHNguyễn")
    return re.compile(rf"(?<=[{_UP}])(?=(?:{alt})(?:\b|[{_UP}][{_LOW}]))")


@cache
def _folded_positions() -> frozenset[str]:
    return frozenset(fold(p) for p in positions())


@cache
def _spaced_position() -> re.Pattern[str]:
    alt = "|".join(re.escape(p.upper()) for p in positions())
    return re.compile(rf"(?<=\s)(?:{alt})\b")


# the signed mark without its brackets between the title in capitals and the name ("… BÍ THƯ
# THƯỜNG TRỰC Đã ký Bùi Quang Huy": a cell's lines run together)
_BARE_SIGNED = re.compile(rf"(?<=[{_UP}]\s)(?:Đã ký|ĐÃ KÝ|Đã kí|ĐÃ KÍ)(?=\s+[{_UP}][{_LOW}])")


def _cuts(s: str) -> list[int]:
    """Where the lines of a flattened closing cell were run together in ``s``."""
    cuts: set[int] = set()
    for m in _AUTH_AT.finditer(s):
        cuts.add(m.start())
    for m in _signed_mark().finditer(s):
        cuts.update((m.start(), m.end()))
    for m in _BARE_SIGNED.finditer(s):
        cuts.update((m.start(), m.end()))
    for m in _glued_position().finditer(s):
        cuts.add(m.start())
    m = _TRAILING_NAME.search(s)
    if m and m.start() > 0 and _UPPER_END.search(s[: m.start()]):
        cuts.add(m.start(1))
    elif (k := _trailing_split_name(s)) is not None:
        cuts.add(k)
    # "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": after an authority prefix and the title it acts for, the
    # signer's own position begins a line of its own
    bounds = sorted({0, *cuts, len(s)})
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg = s[a:b]
        am = _AUTH_START.match(seg)
        if am:
            # a joint title ("BỘ TRƯỞNG, CHỦ NHIỆM") stays whole: a position after a comma is
            # the same person's second title, not the signer's line
            found = [pm.start() for pm in _spaced_position().finditer(seg, am.end() + 1)
                     if not seg[: pm.start()].rstrip().endswith(",")
                     # ("KT. TONG CỤC TRƯỞNG": one position, its first word's marks lost)
                     and fold(seg[am.end() : pm.end()]).strip() not in _folded_positions()]
            # a body's name may hold a position's words ("TM. BAN BÍ THƯ … BÍ THƯ", "TM. BAN
            # GIÁM ĐỐC … GIÁM ĐỐC"): the signer's own line is the position the segment ends with,
            # else the last ("… BÍ THƯ THƯỜNG TRỰC")
            ending = [k for k in found if _spaced_position().fullmatch(seg.rstrip(), k)]
            if ending or found:
                cuts.add(a + (ending[0] if ending else found[-1]))
    return sorted(c for c in cuts if 0 < c < len(s))


# signed for (ký thay) by a deputy, both titles on one line: the deputy's title starts a line
_KT_DEPUTY = re.compile(rf"^(?:KT\.|K/T)\s*[{_UP}][^\n]*\s(?:PHÓ|THỨ)\s+[{_UP}]")
# (each prefix spelt out: an alternation of literals, which the search skips to; every body
# line is asked)
_AUTH_LITERAL = re.compile(r"TM\.|KT\.|TL\.|TUQ\.|T/M|K/T|T/L")
_SHORT = 160  # a signature block run together without cells is never longer


def _has_auth_literal(t: str) -> bool:
    """``_AUTH_LITERAL.search(t)``: each prefix holds "M.", "T.", "L.", "Q.", "/M", "/T" or "/L",
    which a line of running text seldom holds (substring tests run at memory speed, the
    alternation's search does not)."""
    return (("." in t and ("T." in t or "M." in t or "L." in t or "Q." in t))
            or ("/" in t and ("/T" in t or "/M" in t or "/L" in t))) and _AUTH_LITERAL.search(t) is not None


# The dash of a Nơi nhận item run into what precedes it (a cell's lines joined with nothing
# between them: ``Nơi nhận:- Như trên;- Sở X (để b/c)- Lưu: VT``), or after the label or an
# item's end and a space; never a spaced dash inside a name (``Văn hóa - Xã hội``) nor a
# hyphen (``CM-VP``).
_GLUED_ITEM = re.compile(r"(?:(?<=[;:.)\w])|(?<=[;:.)]\s))(?=[-+•–]\s+\S)")


def _list_cuts(s: str) -> list[int]:
    """Where the items of a Nơi nhận list run together on one line begin (``s`` its label first)."""
    if not _LABEL_TAIL.match(s):
        return []
    return [m.start() for m in _GLUED_ITEM.finditer(s) if m.start() > 0]


def _needs_cutting(t: str) -> bool:
    """Cells, or closing lines run together: a cheap test first, every body line goes through."""
    if "|" in t or "<br" in t or "<BR" in t:
        return True
    if t[:1] in "Nn" and _list_cuts(t):
        return True
    if _has_auth_literal(t) and _AUTH_AT.search(t):
        return True
    if len(t) > _SHORT:
        return False
    if _KT_DEPUTY.match(t):
        return True  # "KT. CỤC TRƯỞNG … PHÓ CỤC TRƯỞNG": the title signed for, then the deputy's
    if len(t) > 12 and ("ký" in t or "Ký" in t) and _signed_mark().search(t) and not _signed_mark().fullmatch(t):
        return True
    if ("ký" in t or "KÝ" in t or "kí" in t or "KÍ" in t) and _BARE_SIGNED.search(t):
        return True  # "… CHỦ TỊCH Đã ký Lê Văn An": the title, the unbracketed mark, the name
    # a trailing name ends the line with a small letter (only whitespace after it): the name
    # pattern, tried at every position of the line, is searched only where that holds
    if not _SMALL.fullmatch(t.rstrip()[-1:]):
        return False
    m = _TRAILING_NAME.search(t)
    if m and m.start() > 0 and _UPPER_END.search(t[: m.start()]) and not _TITLE_ONLY.fullmatch(t[: m.start()]):
        return True
    # (the name a converter parted inside a syllable, "CHỦ TỊCH Đặ ng Văn Minh": after a title
    # in capitals only)
    return len(t) > 12 and t.split(None, 1)[0].isupper() and _trailing_split_name(t) is not None


_SMALL = re.compile(f"[{_LOW}]")


def _cells(ln: Line) -> list[tuple[int, int]]:
    """Spans of a line's pipe cells (outer pipes dropped; an empty cell kept as empty)."""
    t = ln.text
    a, b = 0, len(t)
    if t.startswith("|"):
        a = 1
    if t.endswith("|") and b - 1 >= a:
        b -= 1
    out: list[tuple[int, int]] = []
    pos = a
    for m in _CELL.finditer(t, a, b):
        if m.start() < pos:
            continue
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return [(ln.start + x, ln.start + y) for x, y in out]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# Two columns drawn line by line across the page and read back with one space between them
# (a PDF's text layer read without layout: ``Nơi nhận: KT. CHỦ TỊCH`` / ``- Như trên; PHÓ CHỦ
# TỊCH`` / ``- Lưu: VT. Nguyễn Văn An``): the label line shows it, its tail is a signature line.
# (the label also with the marks OCR damages: "Nơi nhân:", "Noi nhận:")
_LABEL_TAIL = re.compile(r"^N[ơoờớởỡợ]i\s+nh[ậâạấầẩẫaăặắằ]n\s*:\s*(?=\S)", re.IGNORECASE)
_ITEM_END = re.compile(r"[;.):,]\s+(?=\S)")
# the archive item that closes a Nơi nhận list ("- Lưu: VT."; "Luu" where OCR lost its horn)
ARCHIVE_ITEM = re.compile(r"^[-+•–]?\s*(?:Lưu|LƯU|Luu|LUU)\b")
_INITIALS = re.compile(r"\([^()\d]{1,30}\)?")
_INTERLEAVED_MAX = 40  # lines a Nơi nhận list and its signature column span at most


def _upper_words(t: str) -> bool:
    """A line of the signature column in capitals: ``PHÓ CHỦ TỊCH``, ``ỦY BAN NHÂN DÂN``."""
    words = t.split()
    return (
        (len(words) >= 2 or t.strip(". ") in _position_set())
        and all(not any(c.islower() for c in w) for w in words)
        and any(sum(c.isalpha() for c in w) >= 3 for w in words)  # not "VT, KT": an archive's codes
        and ";" not in t  # items of the list, not a signature line
        and not _CODES.fullmatch(t.strip())  # "VT, KGVX.": the archive's codes after "Lưu:"
    )


# the codes of an archive item or a typist's initials: short capitals parted by commas or dots
_CODES = re.compile(r"[A-ZĐ0-9&()]{1,8}(?:\s*[,.]\s*[A-ZĐ0-9&()]{1,8})+\.?")


def _signature_capitals(t: str) -> bool:
    """A signature-column line after a comma: capitals (nine letters in ten: OCR may read one
    small), two words or more of three letters, no item punctuation."""
    return (
        is_upper_line(t, 0.9)
        and sum(len(w) >= 3 for w in re.findall(r"[^\W\d_]+", t)) >= 2
        and not re.search(r"[;,:]", t)
        and not _CODES.fullmatch(t.strip())
    )


@cache
def _position_set() -> frozenset[str]:
    return frozenset(p.upper() for p in positions())


def _signature_tail(t: str, signing: bool) -> int | None:
    """Where a signature-column line begins after the list item that ``t`` starts with: after
    an item's end (``;`` ``.`` ``)`` ``:``), an authority line, a position or any line in
    capitals, a signed mark, or — once the signature has begun (``signing``) — a personal name."""
    for m in _ITEM_END.finditer(t):
        p = m.end()
        tail = t[p:].rstrip()
        if ";" in tail:
            continue
        if m.group().startswith(","):
            # items that end with a comma (a Party list): only a line in capitals beside a
            # name in small letters is the signature's ("- Các đồng chí Ủy viên, PHÓ BÍ THƯ",
            # its capitals OCR may damage); "- HĐND, UBND tỉnh" goes on with the item
            if _signature_capitals(tail) and any(c.islower() for c in t[:p]):
                return p
            continue
        if _AUTH_START.match(tail) and re.match(rf"(?:{_AUTH_START.pattern})[{_UP}]", tail):
            return p
        if _signed_mark().fullmatch(tail) or _upper_words(tail):
            return p
        if signing and _TRAILING_NAME.fullmatch(tail):
            return p
    return None


def _opens_signature(t: str) -> bool:
    """``t`` begins with a signature line: an authority prefix, or a position standing alone."""
    return bool(re.match(rf"(?:{_AUTH_START.pattern})[{_UP}]", t)) or t.strip(" .") in _position_set()


def _signature_line(t: str, signing: bool) -> bool:
    """A whole line of the signature column among the list's lines (the item column empty
    there): an authority or position line, a line in capitals, a signed mark, or — once the
    signature has begun — the signer's name."""
    if not t or t[:1] in "-+•–":
        return False
    if _opens_signature(t) or _signed_mark().fullmatch(t) or _upper_words(t):
        return True
    return signing and _TRAILING_NAME.fullmatch(t) is not None


def _beside_alone_label(lines: list[Line], i: int, stop: int) -> bool:
    """After a label alone on its line, the list's lines up to its archive item carry the
    signature column: a line, or a line's tail, that opens with an authority or a position."""
    for j in range(i + 1, min(stop, i + _INTERLEAVED_MAX)):
        t = lines[j].text
        if not t:
            continue
        if _opens_signature(t):
            return any(ARCHIVE_ITEM.match(lines[k].text) for k in range(j, min(stop, i + _INTERLEAVED_MAX)))
        k = _signature_tail(t, False)
        if k is not None and _opens_signature(t[k:]):
            return True
        if ARCHIVE_ITEM.match(t):
            return False
    return False


# where a list item starts inside a line: a dash set apart by spaces after an item's end or
# after capitals (a position) — not a hyphen inside a name ("Vụ Kế hoạch - Tài chính")
# (a hyphen after an abbreviation with a dot, "Chuyên viên P.TH - VPTU", joins two parts of
# one name: it starts no item)
_ITEM_IN_LINE = re.compile(
    rf"(?:(?<=[;.:)])|(?<=[{_UP}])(?<!\.[{_UP}])(?<!\.[{_UP}]{{2}})(?<!\.[{_UP}]{{3}}))\s[-+•–]\s+(?=\S)"
    r"|\s[-+•–]\s+(?=Lưu\b|LƯU\b)"
)


def _run_on_closing(ln: Line, at: int) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]] | None:
    """A closing whose line breaks were all lost (``Nơi nhận: KT. CHỦ TỊCH - Như trên; - Sở A;
    PHÓ CHỦ TỊCH - Sở B; - Lưu: VT. Trần Văn An``): the text after the label, cut where items
    start, read as the lines of an interleaved closing — each item's own text is the left
    column's, the capitals or the name after its end the signature's. None when the line holds
    fewer than two items or no archive item (a label with a signature line, then the list below)."""
    tail = ln.text[at:]
    starts = [x.start() + 1 for x in _ITEM_IN_LINE.finditer(tail)]
    if len(starts) < 2 or not any(ARCHIVE_ITEM.match(tail[x:]) for x in starts):
        return None
    left: list[tuple[int, int, int]] = []
    right = [(ln.start + at, ln.start + at + starts[0], ln.idx)]
    for a, b in zip(starts, [*starts[1:], len(tail)], strict=True):
        seg = tail[a:b]
        cut = _signature_tail(seg.rstrip(), True)
        base = ln.start + at + a
        if cut is None:
            left.append((base, base + len(seg), ln.idx))
        else:
            left.append((base, base + cut, ln.idx))
            right.append((base + cut, base + len(seg), ln.idx))
    return left, right


_OCR_NOISE = re.compile(r"[;:,.'`~^*]+\s+")
_LABEL_ALONE = re.compile(r"^(?:Nơi nhận|NƠI NHẬN)\s*:\s*$", re.IGNORECASE)


def _run_on_after_label(lines: list[Line], i: int, stop: int) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]], int] | None:
    """``Nơi nhận:`` alone, then lines with the list's items and the signature run together
    (``KT. CHỦ TỊCH - Như trên;`` / ``- Sở A; PHÓ CHỦ TỊCH - Sở B;`` / … / ``- Lưu: VT. Trần
    Văn An``: a flattened text given its line breaks back at its cues): each line is cut where
    items start; an item's own text is the left column's, a line's opening authority prefix and
    the capitals or the name after an item's end the signature's. Only where some line opens
    with an authority prefix and the list ends with its archive item."""
    ln = lines[i]
    label = _LABEL_TAIL.match(ln.text) or _LABEL_ALONE.match(ln.text)
    if label is None:
        return None
    def ends_list(t: str) -> bool:
        return bool(ARCHIVE_ITEM.match(t) or any(ARCHIVE_ITEM.match(t[x.start() + 1 :]) for x in _ITEM_IN_LINE.finditer(t)))

    rows: list[int] = [i] if label.end() < len(ln.text) else []
    j = i + 1
    if rows and ends_list(ln.text[label.end() :]):
        j = stop  # the whole list on the label's line: nothing of the signature in it
    while j < stop and j < i + _INTERLEAVED_MAX:
        if lines[j].blank:
            # one paragraph a line, a blank line after each (DOCX readers): the list goes on
            # into an item or a signature line; anything else ends it before its archive item
            nxt = lines[j + 1].text if j + 1 < stop else ""
            if nxt[:1] in "-+•–" and nxt or _upper_words(nxt) or (nxt and _AUTH_START.match(nxt)):
                j += 1
                continue
            return None
        rows.append(j)
        j += 1
        if ends_list(lines[j - 1].text):
            break
    else:
        return None

    def opens_signature(t: str) -> bool:
        return bool(_AUTH_START.match(t) and re.match(rf"(?:{_AUTH_START.pattern})[{_UP}]", t))

    def own(r: int) -> tuple[int, str]:  # where the row's text starts, and that text
        at = label.end() if r == i else 0
        return at, lines[r].text[at:]

    if not any(opens_signature(own(r)[1]) for r in rows):
        return None
    # items run together inside a line: a closing that lost its line breaks (a closing drawn
    # line by line has one item at most a line, read by _interleaved); or, under a label alone,
    # the signature's lines standing alone between the items (a reader that lost the columns'
    # indentation: "- Như trên;" / "KT. CHỦ TỊCH" / "- Sở A;" / "PHÓ CHỦ TỊCH" / "- Lưu: VT.")
    run_together = any(x.start() > 0 for r in rows for x in _ITEM_IN_LINE.finditer(own(r)[1]))
    signature_rows = [r for r in rows if own(r)[1][:1] not in "-+•–" and (opens_signature(own(r)[1]) or _upper_words(own(r)[1]))]
    interleaved = bool(signature_rows) and rows[0] != i and any(
        own(r)[1][:1] in "-+•–" for r in rows if r > signature_rows[0]
    )
    if not run_together and not interleaved:
        return None
    left = [(ln.start, ln.start + label.end(), ln.idx)]
    right: list[tuple[int, int, int]] = []
    for r in rows:
        at, t = own(r)
        starts = sorted({0, *(x.start() + 1 for x in _ITEM_IN_LINE.finditer(t))})
        for a, b in zip(starts, [*starts[1:], len(t)], strict=True):
            seg = t[a:b]
            base = lines[r].start + at + a
            if a == 0 and (opens_signature(seg) or r in signature_rows):
                right.append((base, base + len(seg), lines[r].idx))
                continue
            cut = _signature_tail(seg.rstrip(), True)
            if cut is None:
                left.append((base, base + len(seg), lines[r].idx))
            else:
                left.append((base, base + cut, lines[r].idx))
                right.append((base + cut, base + len(seg), lines[r].idx))
    return left, right, j


def _interleaved(lines: list[Line], i: int, stop: int) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]], int] | None:
    """The two columns of a closing drawn line by line from ``lines[i]`` (a ``Nơi nhận:`` line
    whose tail opens the signature, or the label alone with the signature beside the items
    below it): (left spans, right spans, one past the last line), each span ``(start, end,
    line index)``; None when ``lines[i]`` is not such a line."""
    ln = lines[i]
    run_on = _run_on_after_label(lines, i, stop)
    if run_on is not None:
        return run_on
    m = _LABEL_TAIL.match(ln.text)
    if m:
        # (a mark OCR read off the page between the label and the column beside it,
        # "Nơi nhận: ; KT. BỘ TRƯỞNG", is neither column's)
        noise = _OCR_NOISE.match(ln.text, m.end())
        at = noise.end() if noise and _AUTH_START.match(ln.text, noise.end()) else m.end()
        tail = ln.text[at:]
        cut = at
        if not ((_AUTH_START.match(tail) and re.match(rf"(?:{_AUTH_START.pattern})[{_UP}]", tail)) or _upper_words(tail)):
            # the first item on the label's line, the signature's first line after it
            # ("Nơi nhận: - Như trên; KT. CHỦ TỊCH")
            k = _signature_tail(tail, False) if tail[:1] in "-+•–" else None
            if k is None or re.search(r"[;.]", tail[:k].rstrip()[:-1]):
                return None  # the whole list on the line (a flattened cell): cut at its dashes
            cut += k
        else:
            flat = _run_on_closing(ln, at)
            if flat is not None:
                return [(ln.start, ln.start + m.end(), ln.idx), *flat[0]], flat[1], i + 1
    elif _LABEL_ALONE.fullmatch(ln.text) and _beside_alone_label(lines, i, stop):
        cut = len(ln.text)
    else:
        return None
    left = [(ln.start, ln.start + cut, ln.idx)]
    right = [(ln.start + cut, ln.end, ln.idx)] if cut < len(ln.text) else []
    j = i + 1
    while j < stop and j < i + _INTERLEAVED_MAX:
        if lines[j].blank:
            # one paragraph a line, a blank line after each: the list goes on after it
            k = j + 1
            prev = lines[j - 1].text.rstrip()
            if k < stop and not lines[k].blank and (
                lines[k].text[:1] in "-+•–~" or _upper_words(lines[k].text)
                # the rest of an item the line above left open ("… Công Thương," / "Tài chính;",
                # "(để báo cáo Thủ tướng" / "và Phó Thủ tướng …);": a scan's blank lines)
                or (prev[-1:] in ",:" and lines[k].text.rstrip()[-1:] in ";.,")
                or (prev[-1:] not in ";." and lines[k].text[:1].islower())
            ):
                j = k
            else:
                break
        t = lines[j].text
        a = lines[j].start
        if _signature_line(t, bool(right)) and not ARCHIVE_ITEM.match(t):
            right.append((a, lines[j].end, lines[j].idx))
            j += 1
            continue
        cut = _signature_tail(t, True)
        if cut is not None and ARCHIVE_ITEM.match(t) and not _TRAILING_NAME.fullmatch(t[cut:].strip()):
            cut = None  # "- Lưu: VT, QLĐ, KS.": the archive's codes in capitals, no signature line
        if cut is None and t[:1] not in "-+•–" and _upper_words(t):
            # a line of the signature column alone between the items (its indentation lost)
            right.append((a, lines[j].end, lines[j].idx))
        elif cut is None:
            left.append((a, lines[j].end, lines[j].idx))
        else:
            left.append((a, a + cut, lines[j].idx))
            right.append((a + cut, lines[j].end, lines[j].idx))
        j += 1
        if ARCHIVE_ITEM.match(t):
            # the list ends with its archive item (and the typist's initials under it,
            # ``(Thủy, Nho)``); what follows is the signature's own
            while j < stop and _INITIALS.fullmatch(lines[j].text):
                left.append((lines[j].start, lines[j].end, lines[j].idx))
                j += 1
            break
    return left, right, j


# how many rows of a closing written a cell a line between pipe lines are read at the most
_PAIR_ROWS = 40


def _row_pairs(lines: list[Line], i: int, stop: int, breaks: tuple[int, ...]
               ) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]], int] | None:
    """The two columns of a closing written a cell a line between pipe lines, a row a line of
    each column ("Nơi nhận:" | "TM. ỦY BAN NHÂN DÂN", "- Như trên;" | "CHỦ TỊCH", …: the rows the
    breaks mark out, two cells each, cells parted by blank lines), from the Nơi nhận label on
    ``lines[i]``: (left spans, right spans, one past the last line), each span ``(start, end,
    line index)`` of a cell's line, as :func:`_interleaved` gives them; None where the label
    opens no run of at least two such rows."""
    if not breaks or not _LABEL_TAIL.match(lines[i].text) and not _LABEL_ALONE.fullmatch(lines[i].text.strip(" *_")):
        return None
    rows: list[list[list[Line]]] = []
    cur: list[list[Line]] = []
    cell: list[Line] = []
    j = i
    b = bisect_right(breaks, lines[i].start)  # the next break
    while j < stop and len(rows) < _PAIR_ROWS:
        ln = lines[j]
        if b < len(breaks) and breaks[b] <= ln.start:
            if cell:
                cur.append(cell)
                cell = []
            if not _pair(cur):
                break
            rows.append(_pair(cur))
            cur = []
            while b < len(breaks) and breaks[b] <= ln.start:
                b += 1
        if ln.blank:
            if cell:
                cur.append(cell)
                cell = []
        else:
            cell.append(ln)
        j += 1
    if cell:
        cur.append(cell)
    if _pair(cur):
        rows.append(_pair(cur))
    if len(rows) < 2:
        return None
    end = max(x[-1].idx for r in rows for x in r if x) + 1
    return ([(x.start, x.end, x.idx) for r in rows for x in r[0]],
            [(x.start, x.end, x.idx) for r in rows for x in r[1]], end)


def _pair(cells: list[list[Line]]) -> list[list[Line]]:
    """A closing row's two cells; a row of one (the other column empty there) is the list's when
    it is an item (it opens with a dash), else the signature's; [] for any other row."""
    if len(cells) == 2:
        return cells
    if len(cells) == 1:
        return [cells[0], []] if cells[0][0].text.lstrip(" *_")[:1] in "-+•–" else [[], cells[0]]
    return []


def explode(text: str, lines: list[Line], start: int, stop: int, breaks: tuple[int, ...] = ()) -> Pieces:
    """The pieces of ``lines[start:stop]``: a blank line stays a blank piece, a line with no
    cells and no run-together closing lines stays one piece."""
    from .segment import Line

    out = Pieces()

    def add(a: int, b: int, src: int) -> None:
        a, b = _strip(text, a, b)
        out.items.append(Line(len(out.items), a, b, text[a:b]))
        out.line_of.append(src)

    def add_cell(a: int, b: int, src: int) -> None:
        a, b = _strip(text, a, b)
        if a >= b:
            return
        subs: list[tuple[int, int]] = []
        pos = a
        for m in _BR.finditer(text, a, b):
            subs.append((pos, m.start()))
            pos = m.end()
        subs.append((pos, b))
        for x, y in subs:
            x, y = _strip(text, x, y)
            if x >= y:
                continue
            cuts = sorted({*_cuts(text[x:y]), *_list_cuts(text[x:y])})
            bounds = [x] + [x + c for c in cuts] + [y]
            for p, q in zip(bounds, bounds[1:], strict=False):
                if text[p:q].strip():
                    add(p, q, src)

    i = start
    while i < stop:
        ln = lines[i]
        cols = None
        if not ln.blank and ln.text[:1] in "NnN":
            # (a closing between pipe lines, a row a line of each column, by its row ends first)
            cols = (_row_pairs(lines, i, stop, breaks) if breaks else None) or _interleaved(lines, i, stop)
        if cols is not None:
            left, right, i = cols
            for a, b, src in left:
                add_cell(a, b, src)
            out.items.append(Line(len(out.items), ln.start, ln.start, ""))  # between columns
            out.line_of.append(ln.idx)
            for a, b, src in right:
                add_cell(a, b, src)
            continue
        if ln.blank or not _needs_cutting(ln.text):
            k = len(out.items)
            # (a whole line whose index is its piece's is that piece: lines are immutable)
            out.items.append(ln if ln.idx == k else Line(k, ln.start, ln.end, ln.text))
            out.line_of.append(ln.idx)
            i += 1
            continue
        cells = _cells(ln)
        # a run of pipe rows with the same number of cells: written column by column
        # (one blank line may stand inside it: the emptied |---| row under the table's head)
        run = [(ln.idx, cells)]
        j = i + 1
        while len(cells) >= 2 and j < stop:
            k = j + 1 if lines[j].blank and j + 1 < stop and len(run) == 1 else j
            if lines[k].blank or "|" not in lines[k].text:
                break
            nxt = _cells(lines[k])
            if len(nxt) != len(cells):
                break
            run.append((k, nxt))
            j = k + 1
        for col in range(len(cells)):
            if col:
                out.items.append(Line(len(out.items), ln.start, ln.start, ""))  # between columns
                out.line_of.append(ln.idx)
            for src, row in run:
                add_cell(*row[col], src)
        i = j
    return out


def cell_lines(text: str, ln: Line) -> list[Line]:
    """A line's pipe cells and their ``<br>`` lines, each as a line of its own (empty ones
    dropped); a line without cells is itself. Unlike :func:`explode`, nothing else is cut:
    a list outside the closing (Kính gửi) holds no signature to cut out."""
    from .segment import Line

    if "|" not in ln.text and "<br" not in ln.text.lower():
        return [ln]
    out: list[Line] = []
    for a, b in _cells(ln) if "|" in ln.text else [(ln.start, ln.end)]:
        for x, y in _br_parts(text, a, b):
            x, y = _strip(text, x, y)
            if x < y and text[x:y].strip("-: "):
                out.append(Line(ln.idx, x, y, text[x:y]))
    return out


def _br_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    pos = a
    for m in _BR.finditer(text, a, b):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, b))
    return parts

