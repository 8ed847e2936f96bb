"""The header zone read as cells, whatever arrangement the converter left it in.

Nghị định 30/2020 (Phụ lục I) lays the header out as a two-column table: the issuing body |
Quốc hiệu and tiêu ngữ on the first row, ``Số:`` | ``<địa danh>, ngày … tháng … năm …`` on the
second. Converters deliver that table one cell a line, as pipe rows (``| Số: … | Hà Nội, ngày
… |``), run together on one line with the rules that underlined the cells (``CHÍNH PHỦ_____
Số: …``), or with a cell wrapped over two lines (``Số: 12/QĐ-`` / ``UBND``, a place name split
before ``, ngày``). So a line is cut at what separates cells (a pipe, a rule of three or more
``_``/``-``, the end of the Quốc hiệu or tiêu ngữ) and at the cues that open a cell (``Số``,
``V/v``, ``<place>, ngày``); each piece takes the role of its cue, and the number and the date
are parsed from their pieces, with a wrapped continuation taken from the piece below.

When that structured reading finds no number or no date, :func:`fallback` reads the zone
without layout — the first ``Số`` line and the date line nearest it — so a header the cell
reading cannot parse still yields what a plain regular expression would.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from .dates import FULL_DATE
from .encoding import is_vietnamese_syllable, symbol_lookalikes
from .lexicon import admin_levels, doc_types, opens_ground, type_for_symbol_code
from .resources import load_rules
from .textutil import fold, is_upper_line

# what separates two cells on one line: a table pipe, or the rule printed under a cell
# (a pipe glued to letters on both sides is OCR noise, not a cell edge)
_SEP = re.compile(r"\s*(?:<br\s*/?>|(?<!\S)\|+|\|+(?!\S)|[_\-=–—]{3,}|\*{2,}(?=\s|$))\s*")
# (or a handwritten figure OCR read with a bar in it: "ngày ñ| tháng 12")
_DATE_BLANK_BEFORE = re.compile(r"(?:ngày|tháng)\s*\S{0,2}$", re.IGNORECASE)
_DATE_BLANK_AFTER = re.compile(r"(?:tháng|năm)\b", re.IGNORECASE)
# cues that open a cell inside a piece
# the number's cue as OCR may read "số" before its colon ("só:", "Sô:", "sé:", "S6:", "$6:")
OCR_SO = r"(?:[sS][óôòỏồổéêèẻếềể6]|\$[6ôoố])(?=\s*:)"
NUMBER_CUE = re.compile(rf"(?<![\wÀ-ỹ/])(?:Số|SỐ|{OCR_SO})(?:\s*:\s*|\s+(?=\d)|\s+(?=-[ \t]*[^\W\d_][\wĐđ]*/)|\s*$)")
# (… or a Party number left blank for the clerk after it, "Số -CTr/TU", which keeps its hyphen)
# the cue is a word of its own: "Source: https://…" or "Sông …" opens no number cell
# the word that opens the number cell, as printed or as OCR reads it
SO_CUE = rf"(?:Số|SỐ|S[ôo6ố]|Sô|số(?=\s*:)|{OCR_SO})(?![^\W\d_])"
NUMBER_START = re.compile(rf"^{SO_CUE}\s*[:.;]?\s*")
# "Kính gửi:" behind the marks a scan's margin or stamp left before it ("š lÿ đi MyKnh gửi: Sở …"):
# a few short tokens, then the cue with a letter lost or marred and its colon
# (or "Kính" read as another short word of plain letters: "Site gửi: Cục Thuế …")
MARRED_ADDRESSEE = re.compile(r"^(?:(?:\S{1,6}\s+){0,4}?\S{0,3}?k\S?nh|[A-Za-z]{3,5})\s*gửi\s*:\s*", re.IGNORECASE)
VV_CUE = re.compile(r"(?<![\w/])(?:V/v|V/V|v/v)\b\s*[:.]?\s*")
# the trích yếu of a letter spelt out under its number ("về việc …", a Party công văn's form)
VV_WORDS = re.compile(r"về việc\s")
# the date cell with what a scan makes of a handwritten day or month: OCR junk between
# "ngày" and "tháng" ("ngày4†tháng 01 năm 2025"); no word in it, so a sentence is not one
# a draft's blank may be a long run of filler (dots, ellipses, underscores, spaces): one run
# counts once, taken whole (possessive: no backtracking through its ways of splitting)
_BLANK = r"(?:[\s.…_·]++|[^\sA-Za-zÀ-ỹĐđ.…_·]|[A-Za-zÀ-ỹĐđ](?=[^A-Za-zÀ-ỹĐđ]|tháng|năm)){0,10}?"
# ("kháng", "thang": OCR's readings of "tháng" between the day and the year; "háng": its first
# letter lost by a typist or the OCR)
_THANG = r"(?:tháng|kháng|thang|háng)"
CELL_DATE = re.compile(
    rf"ngày(?P<dblank>{_BLANK}){_THANG}(?P<mblank>{_BLANK})năm\s*(?P<y>(?:19|20)\d{{2}})", re.IGNORECASE
)
# … and with OCR's reading of the cue itself ("Hà Nội, ngdy, Jf tháng 4 năm 2022", "ngàÊ 4 tháng
# 10 năm 2022"): "ng" and one or two letters, then at most a short token before "tháng". Where
# the cue is damaged the figures beside it are no reading to trust: the day is unknown, month and
# year are read (the match has no day group)
OCR_CUE_DATE = re.compile(
    rf"(?<![^\W\d_])ng[^\W\d_]{{1,2}}[,.]?[ \t]*(?:\S{{1,3}}[ \t]*)?{_THANG}[ \t]*(?P<m>\d{{1,2}})"
    r"[ \t]*năm[ \t]*(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# … with the cue's mark alone lost, glued to the day or not ("Hà Nội, ngay06 tháng 10 năm 2025"):
# the cue is whole, so is the day beside it
MARKLESS_CUE_DATE = re.compile(
    rf"(?<![^\W\d_])ngay[ \t]*(?P<d>\d{{1,2}})[ \t]*{_THANG}[ \t]*(?P<m>\d{{1,2}})[ \t]*n[aă]m[ \t]*(?P<y>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
# "ngày 5/9/2024": the date line written with figures
# (a draft leaves the day, or day and month, blank: "ngày     /7/2026", "ngày   /   /2026")
NUMERIC_DATE = re.compile(
    r"ngày\s*(?:(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)|[\s.…_]*/\s*(?P<m2>\d{1,2})?\s*/)"
    r"\s*(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# the date cell with its figures garbled past reading ("ngày 3Ù tháng 4Ä năm 4034"): still the
# cell (the place before it is the document's), its day, month and year unknown
GARBLED_DATE = re.compile(r"ngày\s*\S{1,3}\s*tháng\s*\S{1,3}\s*năm\s*(?P<gy>\S{4})(?!\S)", re.IGNORECASE)
_GARBLE = re.compile(r"[^\d\s.…_/]")
NUMBER_TOKEN = re.compile(
    # a symbol typed with a space around its hyphens ("12 / KH - UBND") goes on past one only
    # into a part in capitals or figures (the place after the cell is in sentence case)
    r"(?P<raw>(?P<seq>\d+[a-zA-Z]?)?\s*/\s*(?P<sym>[\wĐđ&.\-]+(?:[ \t]?-[ \t]?(?=[A-ZĐ\d])[\wĐđ&.]+)*"
    r"(?:\s*/\s*[\wĐđ&.\-]+(?:[ \t]?-[ \t]?(?=[A-ZĐ\d])[\wĐđ&.]+)*)*)"
    r"|(?P<party>\d+)[ \t]*-[ \t]*(?P<psym>[\wĐđ]+/[\wĐđ\-]+))"  # Party "34-NQ/TU", typed "34 -NQ/TU"
)
# single figures set apart before a number's last figure ("8 5 2 0/…"), from the cell's start
_SPACED_SEQ = re.compile(r"(?<![\w/])(?:\d[ \t]){1,8}$")
# a Party number left blank for the clerk: the hyphen and symbol right after the cue ("Số -CTr/TU")
_BLANK_PARTY = re.compile(r"[ \t]*(?P<dash>-)[ \t]*(?P<sym>[^\W\d_][\wĐđ]*/[\wĐđ\-]+)")
# what stands where the sequence should be, glued to the number found, when it reads as no
# number: letters or OCR marks around the figures ("Z32Ø/…", "4ậ1/…"); dots, dashes and blanks
# before it are a clerk's blank
_GARBLED_SEQ = re.compile(r"[^\s.…_:;,\-–|*]$")
# a Party-style number whose dash was dropped: the sequence, a space, a type code and its slash
# (or glued to it: "10804CV/TWĐTNBTG"), or with the sequence left blank for the clerk
# ("Số:      KH/TWĐTNBTG")
_PARTY_DASH_LOST = re.compile(r"[ \t]*(?P<seq>\d{1,6})?(?P<gap>[ \t]*)(?P<code>[A-ZĐ][A-Za-zĐđ]{0,4})/(?P<rest>[A-ZĐ][\wĐđ\-]*)(?![\w/])")


# a symbol part that a converter wrapped onto the next line ("Số: 12/QĐ-" / "UBND")
_SYMBOL_TAIL = re.compile(r"^[A-ZĐ0-9][A-ZĐa-zđ0-9&.\-/]{0,24}$")


@dataclass(frozen=True)
class Piece:
    """Part of a header line between cell separators/cues; ``text`` == doc text[start:end]."""

    line: int
    start: int
    end: int
    text: str
    role: str = "text"  # motto, number, vv, date, mark, text
    first_on_line: bool = True
    after_sep: bool = True  # a separator (or the line start) precedes it, not only a cue

    @property
    def idx(self) -> int:  # the line index, for code written against Line
        return self.line


@dataclass(frozen=True)
class Annotation:
    """A value the document model found, with where and how (read by later extractors)."""

    field: str
    value: object
    start: int
    end: int
    rule: str
    confidence: float


@dataclass
class HeaderReading:
    pieces: list[Piece] = field(default_factory=list)
    number: Piece | None = None
    date: Piece | None = None
    vv: Piece | None = None
    annotations: dict[str, Annotation] = field(default_factory=dict)


# ------------------------------------------------------------------ rules


@cache
def _header_rules() -> dict:
    return load_rules("structure")["header"]


def _fold_same_length(t: str) -> str:
    """Lower case without tone or vowel marks, one character for one (so spans carry over):
    OCR and old converters damage the marks of the motto (``CỌNG HÒA``)."""
    low = t.lower()
    if low.isascii():
        return low  # ASCII decomposes to itself
    if max(low) < _TABLE_END:
        return low.translate(_same_length_table())
    return "".join(_same_length_char(c) for c in low)


def _same_length_char(c: str) -> str:
    return unicodedata.normalize("NFD", c)[:1] or c


_TABLE_END = "\U00010000"  # the Basic Multilingual Plane: letters, punctuation, Word's bullets


@cache
def _same_length_table() -> str:
    """``_same_length_char`` of every code point below ``_TABLE_END``, a str indexed by code
    point for ``str.translate`` (the header reader folds every header line; one decomposition
    call a character was its cost)."""
    return "".join(map(_same_length_char, map(chr, range(ord(_TABLE_END)))))


@cache
def _motto_res() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """(pattern over folded text, must be in capitals) for the Quốc hiệu, tiêu ngữ, Party motto."""
    h = _header_rules()
    out = []
    for phrase, caps in ((h["quoc_hieu"], True), (h["tieu_ngu"], False), *((p, True) for p in h.get("party_motto", []))):
        words = _fold_same_length(phrase).replace("đ", "d").split()
        parts = [r"[-–—]" if w in "-–—" else re.escape(w).replace("d", "[dđ]") for w in words]
        out.append((re.compile(r"\s*".join(parts)), caps))
    return tuple(out)


@cache
def _motto_trigrams() -> frozenset[tuple[str, str, str]]:
    """Every three running words of the motto's phrases, folded (no marks, no case)."""
    h = _header_rules()
    out: set[tuple[str, str, str]] = set()
    for phrase in (h["quoc_hieu"], h["tieu_ngu"], *h.get("party_motto", [])):
        words = [w for w in _fold_same_length(phrase).replace("đ", "d").split() if w not in "-–—"]
        out.update(zip(words, words[1:], words[2:], strict=False))
    return frozenset(out)


def _within_motto(words: tuple[str, ...]) -> bool:
    h = _header_rules()
    for phrase in (h["quoc_hieu"], h["tieu_ngu"], *h.get("party_motto", [])):
        pw = [w for w in _fold_same_length(phrase).replace("đ", "d").split() if w not in "-–—"]
        n = len(words)
        if any(tuple(pw[i : i + n]) == words for i in range(len(pw) - n + 1)):
            return True
    return False


def is_motto_tail(seg: str) -> bool:
    """``seg`` is only a few running words of the motto (``VIỆT NAM``): the rest of a motto the
    converter cut, when a piece of it came just before — on its own such words may end a
    body's name (``NGÂN HÀNG NHÀ NƯỚC`` / ``VIỆT NAM``)."""
    folded = _fold_same_length(seg).replace("đ", "d")
    words = tuple(re.findall(r"[^\s\-–—*_|]+", folded))
    return 1 <= len(words) <= 3 and _within_motto(words)


def motto_fragment_start(seg: str) -> int | None:
    """Where a piece of the motto starts in ``seg`` (three of its words running, in any case
    or with damaged marks): a header cell cut by a converter in the middle of the Quốc hiệu
    (``… TỈNH HÒA AN CỘNG HÒA XÃ HỘI``) holds a piece no body's name has."""
    folded = _fold_same_length(seg).replace("đ", "d")
    if len(folded) != len(seg):
        return None
    # (also the tiêu ngữ's opening and its dash, whatever OCR made of the words after it: "TỔNG
    # CỤC HẢI QUAN Độc lập - Ty do — Hạnh phúc"; the earlier of the two starts counts)
    m = _TIEU_NGU_OPENING.search(folded)
    opening = m.start() if m is not None and m.start() > 0 else None
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\s\-–—*_|]+", folded)]
    grams = _motto_trigrams()
    for k in range(len(words) - 2):
        if opening is not None and words[k][0] >= opening:
            break
        if (words[k][1], words[k + 1][1], words[k + 2][1]) in grams:
            return _damaged_opening(seg, words, k)
    return opening


_TIEU_NGU_OPENING = re.compile(r"(?<!\S)[dđ]oc\s+lap\s*[-–—]")


def _damaged_opening(seg: str, words: list[tuple[int, str]], k: int) -> int:
    """Where the motto starts when its piece found at word ``k`` runs on from the tiêu ngữ's
    opening words that OCR damaged past reading ("TONG CUC THUE Doc lọc Tự do - Hạnh phúc",
    "… THUẾ Déc lập Tự do …"): the words right before that are close to the words the phrase
    has before the piece belong to it. Only in the tiêu ngữ's case (capitals on the body's
    name, small letters on the motto), so that a name's last word is never taken."""
    tn = [w for w in _fold_same_length(_header_rules()["tieu_ngu"]).replace("đ", "d").split() if w not in "-–—"]
    run = tuple(w for _a, w in words[k : k + 3])
    j = next((i for i in range(1, len(tn) - 2) if tuple(tn[i : i + 3]) == run), 0)
    if j == 0 or k < j:
        return words[k][0]
    before = words[k - j : k]
    start = before[0][0]
    text = seg[start : words[k][0]]
    if is_upper_line(text, 0.8) or not is_upper_line(seg[: start], 0.8):
        return words[k][0]
    if fuzz.ratio(" ".join(w for _a, w in before), " ".join(tn[:j])) < 60:
        return words[k][0]
    return start


def motto_spans(seg: str) -> list[tuple[int, int]]:
    """Where the motto's phrases stand in ``seg``; the Quốc hiệu and the Party's motto only in
    capitals, as printed (a sentence naming the state is not the motto)."""
    folded = _fold_same_length(seg)
    if len(folded) != len(seg):
        return []
    spans = []
    for rx, caps in _motto_res():
        for m in rx.finditer(folded):
            if not caps or is_upper_line(seg[m.start() : m.end()], 0.8):
                spans.append((m.start(), m.end()))
    return sorted(spans)


@cache
def _marks() -> frozenset[str]:
    return frozenset(fold(m) for m in _header_rules()["marks"])


# "DỰ THẢO LẦN 3", "(Dự thảo 2)": a mark with the draft's round
_MARK_ROUND = re.compile(r"\s+(?:lan\s+)?(?:\d{1,2}|[ivx]{1,4})$")


def is_header_mark(t: str) -> bool:
    """A security, urgency or draft mark alone on its line (rules/structure.toml [header] marks),
    also with the draft's round ("DỰ THẢO LẦN 3"): never a field of the document."""
    key = fold(t).strip(" ()[]*_-")
    return key in _marks() or _MARK_ROUND.sub("", key) in _marks()


@cache
def _level_words() -> frozenset[str]:
    return frozenset(w for lv in admin_levels() for w in lv.split())


# ------------------------------------------------------------------ pieces


# a document number right before a date: the date is that document's (cited in a trích yếu,
# with or without a comma: "… số 1274-KL/TU, ngày 12/12/2024 của …")
_CITED_BEFORE = re.compile(r"\d+\s*[/-]\s*[A-ZĐ][\wĐđ/.-]*\s*,?\s*$")


def _cited_date(seg: str, at: int) -> bool:
    """A date right after a document number that is not the own one ("… số 104-CTr/TU ngày
    30/8/2026 của …" in a trích yếu); "Số: 12/BC-UBND ngày 05 tháng 3 năm 2025" keeps its date."""
    m = _CITED_BEFORE.search(seg, 0, at)
    if m is None:
        return False
    own = NUMBER_START.match(seg)
    return own is None or len(seg[own.end() : m.start()].split()) > 0


def _split_line(idx: int, start: int, text: str) -> list[Piece]:
    """Cut one line at cell separators, the motto's edges and the cues that open a cell."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SEP.finditer(text):
        if _DATE_BLANK_BEFORE.search(text, 0, m.start()) and _DATE_BLANK_AFTER.match(text, m.end()):
            continue  # "ngày ___ tháng ___ năm", "ngày | tháng" (a PDF gap): a draft's blank, not a cell edge
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    cuts: list[tuple[int, int, bool]] = []
    forced: set[tuple[int, int]] = set()  # motto pieces no phrase pattern sees whole
    for a, b in spans:
        seg = text[a:b]
        points = {0, len(seg)}
        mottos = motto_spans(seg)
        for ms, me in mottos:
            points.update((ms, me))
        if not mottos:
            for ms, me in _split_motto(seg):
                points.update((ms, me))
                forced.add((a + ms, a + me))
        for m in NUMBER_CUE.finditer(seg):
            points.add(m.start())
        for m in VV_CUE.finditer(seg):
            points.add(m.start())
        # "Số 12-CV/ĐU về việc …": a trích yếu run onto the number cell (no V/v cue of its own)
        num = NUMBER_CUE.search(seg)
        if num and not VV_CUE.search(seg):
            for m in VV_WORDS.finditer(seg, num.end()):
                points.add(m.start())
        # (both patterns end in a year of the 1900s or 2000s: a cell without "19" or "20" is not
        # scanned, twice over, by patterns that ignore case)
        dates = (list(CELL_DATE.finditer(seg)) + list(NUMERIC_DATE.finditer(seg))
                 if "20" in seg or "19" in seg else [])
        if not dates:
            dates = [m for m in GARBLED_DATE.finditer(seg) if _garbled(m)] or list(OCR_CUE_DATE.finditer(seg))
        for m in dates:
            if _cited_date(seg, m.start()):
                continue
            points.add(_place_start(seg, m.start()))
        ordered = sorted(points)
        first = True
        for x, y in zip(ordered, ordered[1:], strict=False):
            piece = seg[x:y]
            lead = len(piece) - len(piece.lstrip(" ,;|"))
            trail = len(piece.rstrip(" |"))
            if trail > lead:
                cuts.append((a + x + lead, a + x + trail, first))
                first = False
    out: list[Piece] = []
    for k, (a, b, sep) in enumerate(cuts):
        role = "motto" if (a, b) in forced else _role(text[a:b])
        out.append(Piece(idx, start + a, start + b, text[a:b], role, k == 0, sep))
    return out


def _split_motto(seg: str) -> list[tuple[int, int]]:
    """The Quốc hiệu wrapped in its column and joined with the other column's line by a
    converter: "UBND TỈNH A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT BAN QUẢN LÝ B NAM" — the running motto
    words (four or more) and, at the line's end, the motto's last words that complete them;
    the text between is the other cell's."""
    k = motto_fragment_start(seg)
    if k is None:
        return []
    folded = _fold_same_length(seg).replace("đ", "d")
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s\-–—*_|]+", folded) if m.start() >= k]
    n = 3
    while n < len(words) and _within_motto(tuple(w for _a, _b, w in words[: n + 1])):
        n += 1
    if n < 4 or n >= len(words):
        return []
    run = tuple(w for _a, _b, w in words[:n])
    for t in (2, 1):
        tail = words[-t:]
        if len(words) - t > n and _within_motto(run + tuple(w for _a, _b, w in tail)):
            return [(words[0][0], words[n - 1][1]), (tail[0][0], tail[-1][1])]
    return []


def _place_start(seg: str, at: int) -> int:
    """Where the place before ``ngày`` at ``at`` starts: back over ``,`` and up to six place words."""
    head = seg[:at].rstrip()
    if head.endswith(","):
        head = head[:-1]
    j = len(head)
    n = 0
    words = list(re.finditer(r"\S+", head))
    k = len(words) - 1
    mixed = False  # a word in small letters is among the place words taken so far
    if (len(words) >= 2 and not _is_place_word(words[-1].group()) and not head[words[-1].end() :].strip()
            and _lower_tail([w.group() for w in words[-2:]])):
        # "Lâm đồng, ngày …": the name's last syllable in small letters (a typist's slip)
        j, n, k, mixed = words[-1].start(), 1, len(words) - 2, True
    while k >= 0 and n < 6 and not head[words[k].end() : j].strip():
        w = words[k].group().strip("*_")
        if mixed and len(w) > 1 and w.isalpha() and w.isupper() and w not in {"TP", "TX"}:
            # a word in capitals before a place in sentence case is the other cell's (a
            # number's symbol run onto the date line: "Số: 12/KH - UBND An Lạc, ngày …")
            break
        if _is_place_word(words[k].group()):
            mixed = mixed or not w.isupper()
            j, n, k = words[k].start(), n + 1, k - 1
            continue
        # a syllable set apart around its vowel ("Qu ả ng Ngãi"): its pieces are one place word
        back = next((b for b in (2, 1) if k - b >= 0 and _is_split_syllable([w.group() for w in words[k - b : k + 1]])), 0)
        if not back:
            break
        j, n, k = words[k - back].start(), n + 1, k - back - 1
    return j if n else at


def _is_split_syllable(pieces: list[str]) -> bool:
    """Pieces that make one capitalised syllable together and not each alone (``Qu``/``ả``/``ng``)."""
    joined = "".join(pieces)
    return (joined.isalpha() and joined[0].isupper() and is_vietnamese_syllable(joined.casefold())
            and not all(is_vietnamese_syllable(p.casefold()) for p in pieces))


def _is_place_word(w: str) -> bool:
    w = w.strip("*_")
    if not w or any(c.isdigit() for c in w) or any(c in w for c in ":;/|()"):
        return False
    return w[0].isupper() or w.casefold() in _level_words() or w.rstrip(".") in {"TP", "Tp"}


def _role(t: str) -> str:
    spans = motto_spans(t)
    if spans and spans[0][0] == 0 and (spans[0][1] >= len(t.rstrip(" .*")) or len(t) <= 50):
        return "motto"
    if NUMBER_START.match(t) and (
        "/" in t or re.search(r"\d", t) or t.rstrip(" :.") in {"Số", "SỐ"}
    ):
        return "number"
    if VV_CUE.match(t) or VV_WORDS.match(t):
        return "vv"
    if CELL_DATE.search(t) or NUMERIC_DATE.search(t) or _garbled(GARBLED_DATE.search(t)) or OCR_CUE_DATE.search(t):
        return "date"
    if is_header_mark(t):
        return "mark"
    return "text"


# the number a body's name ends with (``… THEO QUYẾT ĐỊNH SỐ 27/QĐ-SXD``)
_NAMING_NUMBER = re.compile(r"\s+SỐ\s+\d+[/-]\S+$")


def is_cell_capitals(t: str) -> bool:
    """A short line of capitals without a sentence's punctuation, and without figures but for
    the number of the decision that named a body: a wrapped line of a header cell (``THEO
    QUYẾT ĐỊNH`` or ``THEO QUYẾT ĐỊNH SỐ 27/QĐ-SXD`` in the name of a body set up by a
    decision), which a preamble's opener word at its start does not make a sentence of grounds
    — grounds are written in sentence case and end with ``;`` or ``.``."""
    t = t.strip(" *_")
    if re.search(r"[;:.,]$", t):
        return False
    bare = _NAMING_NUMBER.sub("", t)
    return bool(bare) and len(bare.split()) <= 5 and is_upper_line(bare, 0.95) and not re.search(r"\d", bare)


def rejoin_syllables(t: str) -> str:
    """``t`` with syllables a converter or OCR set apart around a vowel put back (``Qu ả ng
    Ngãi`` → ``Quảng Ngãi``): a piece that is no syllable joins the one or two after it where
    that makes one. Pieces that are syllables on their own stay as they are."""
    words = t.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.isalpha() and not is_vietnamese_syllable(w.casefold()):
            for k in (3, 2):  # the longest that makes one ("Qu ả ng": "Quảng", not "Quả")
                joined = "".join(words[i : i + k])
                if i + k <= len(words) and joined.isalpha() and is_vietnamese_syllable(joined.casefold()):
                    out.append(joined)
                    i += k
                    break
            else:
                out.append(w)
                i += 1
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def is_place_fragment(t: str) -> bool:
    """A line holding only (part of) a place name (``Thành phố Hồ Chí``, ``Hà``), also with a
    syllable set apart (``Qu ả ng Ngãi``)."""
    words = rejoin_syllables(t.strip(" ,*_")).split()
    if not words or len(words) > 6 or is_upper_line(t, 0.95) and len(words) > 2:
        return False
    return (all(_is_place_word(w) for w in words[:-1]) and words[0][0].isupper()
            and (_is_place_word(words[-1]) or _lower_tail(words)))


def _lower_tail(words: list[str]) -> bool:
    """A proper name's last syllable typed in small letters ("Lâm đồng", "Hà nội"): after a
    capitalised syllable that is no level word, one Vietnamese syllable in small letters."""
    if len(words) < 2 or len(words) > 4:
        return False
    last, prev = words[-1].strip("*_"), words[-2].strip("*_")
    return (last.isalpha() and last.islower() and is_vietnamese_syllable(last)
            and prev[:1].isupper() and prev.casefold() not in _level_words())


# ------------------------------------------------------------------ reading


def _add_pieces(hr: HeaderReading, ln: Any) -> Iterator[Piece]:
    """The line's pieces, each appended to the reading as it is yielded; a ``số`` inside a
    body's name (a board named by the decision that set it up) is text, not a number cell."""
    for p in _split_line(ln.idx, ln.start, ln.text):
        if p.role == "number" and _names_a_body(p, hr.pieces):
            p = replace(p, role="text")
        hr.pieces.append(p)
        yield p


def read_header(
    lines: list, start: int, stop: int, stop_at: Callable[[Any], bool], skip: frozenset[int] = frozenset()
) -> HeaderReading:
    """Pieces of the header lines ``start``..``stop`` and the number and date cells among them.

    ``stop_at(line)`` says where the header has certainly ended (the type line, a preamble
    opener, ``Kính gửi``): nothing after it can be the document's own number or date.
    ``skip`` holds lines that are not the document's (a web page's own heading above the
    header): read as a cell, such a line would end the issuer block before it starts.
    """
    hr = HeaderReading()
    for ln in lines[start:stop]:
        if stop_at(ln):
            break
        if not ln.text or ln.idx in skip:
            continue
        for p in _add_pieces(hr, ln):
            if p.role == "number" and hr.number is None and len(p.text) < 80 and _opens_cell(p, hr.pieces):
                hr.number = p
            elif p.role == "date" and hr.date is None and _valid_date_piece(p, hr.pieces):
                hr.date = p
            elif p.role == "vv" and hr.vv is None:
                hr.vv = p
    if hr.date is not None and not _near_number(hr.date, hr.number, start, lines):
        hr.date = None
    return hr


# the date cell sits beside the number cell (same table row), or near the top when the number
# is lost; a date further away is one the text cites
_NEAR_NUMBER = 8
_NEAR_TOP = 15


def _near_number(date: Piece, number: Piece | None, start: int, lines: list) -> bool:
    """(the distance counts only lines of text: a converter's blank lines and the rules it draws
    between the header's cells, "---", stand for no cell)"""
    if number is not None:
        return _text_gap(lines, date.line, number.line) <= _NEAR_NUMBER
    return _text_gap(lines, start, date.line) <= _NEAR_TOP


_DRAWN_RULE = re.compile(r"[\s\-=_*~.·—–]*")


def _text_gap(lines: list, a: int, b: int) -> int:
    """Lines of text from line ``a`` to line ``b`` (``lines`` indexed by their ``idx``)."""
    lo, hi = min(a, b), max(a, b)
    return sum(1 for ln in lines[lo:hi] if ln.text and not _DRAWN_RULE.fullmatch(ln.text))


@cache
def _type_codes() -> dict[str, str]:
    """Type name (case-folded) → its code, longest names first."""
    names = sorted({t["name"].casefold(): t["code"] for t in doc_types()}.items(), key=lambda x: -len(x[0]))
    return dict(names)


def _names_a_body(p: Piece, pieces: list[Piece]) -> bool:
    """``SỐ 27/QĐ-SXD`` right after capitals ending in a type name (``ĐOÀN KIỂM TRA THEO
    QUYẾT ĐỊNH``): the decision that created the issuing body, part of its name — not the
    document's own number, whose cue opens a cell with a colon."""
    if ":" in p.text[:5] or not pieces:
        return False
    prev = pieces[-1]
    # the line above, or the one above a blank or two (a converter that writes a blank line
    # after each paragraph: docx2txt, mammoth)
    if prev.role != "text" or not 0 <= p.line - prev.line <= 3 or not is_upper_line(prev.text, 0.9):
        return False
    tail = prev.text.strip(" *_").casefold()
    code = next((c for n, c in _type_codes().items() if tail.endswith(" " + n) or tail == n), None)
    # the cited number is of that type ("… QUYẾT ĐỊNH" / "SỐ 27/QĐ-…"); a body whose name
    # ends in a type word keeps its own number below it ("… NGHỊ QUYẾT" / "Số 12-KH/BCĐ")
    m = re.search(r"\d+\s*[-/]\s*(?:(?:19|20)\d{2}\s*/\s*)?(?P<code>[^\W\d_]+)", p.text)
    return code is not None and m is not None and m.group("code").casefold() == code.casefold()


def _opens_cell(p: Piece, pieces: list[Piece]) -> bool:
    """A ``Số`` cue opens the number cell only at a cell's edge: the line start, after a
    separator, or right after another header cell (an issuer's capitals, the motto) — not
    inside a sentence or a trích yếu (``… THÔNG TƯ SỐ 18/2024/TT-NHNN``)."""
    if p.after_sep:
        return True
    before = [q for q in pieces if q.line == p.line and q.end <= p.start]
    if not before:
        return True
    prev = before[-1]
    if prev.role in {"motto", "date", "mark"}:
        return True
    # after the issuer's capitals the cue takes its colon (after capitals of any length: a board
    # named by its whole remit), or the number is a Party one, written without a colon ("TỈNH ỦY
    # A * Số 12-CTr/TU", "Số -CTr/TU" left blank for the clerk)
    colon = ":" in p.text[:5]
    return (prev.role == "text" and (colon or _PARTY_NUMBER_CELL.match(p.text) is not None)
            and is_upper_line(prev.text, 0.9) and len(prev.text) < (_LONG_ISSUER if colon else 60))


_LONG_ISSUER = 160
_PARTY_NUMBER_CELL = re.compile(r"(?:Số|SỐ)\s+(?:\d+[ \t]*)?-[ \t]*[^\W\d_][\wĐđ]*/")


# the number cell whose cue OCR lost, run onto the cells before it by the converter ("TONG CUC
# THUE Doc lọc Tự do - Hạnh phúc 864305 /TCT-KK."): a sequence and a symbol in capitals end it
_NUMBER_TAIL = re.compile(r"(?<!\S)\d+[ \t]*/[ \t]*[A-ZĐ][A-ZĐ0-9&\-]*\.?$")


def ocr_junk(t: str) -> bool:
    """A short piece with no Vietnamese syllable in it ("sá2 0Ôosp.GsQL.": a number cell OCR
    read past its cue and figures; "(ees 2®) <<": a stamp read as letters): no sentence, so no
    date it cites comes after it, and no line of a signature block."""
    words = [w.strip(".,;:*_()[]|") for w in t.split()]
    return len(t) <= 30 and bool(words) and not any(len(w) >= 2 and is_vietnamese_syllable(w.lower()) for w in words)


def _valid_date_piece(p: Piece, pieces: list[Piece]) -> bool:
    """The date cell: short, and what precedes ``ngày`` is a place (not ``Căn cứ Luật …``).

    A date cut from the middle of a sentence (no separator before it, and the text before it
    no header cell) is a date the sentence cites.
    """
    if len(p.text) > 90:
        return False
    before = [] if p.after_sep else [q for q in pieces if q.line == p.line and q.end <= p.start]
    if not p.after_sep:
        # (a number whose "Số:" cue stands alone on the line above is the number cell too)
        if before and before[-1].role not in {"number", "motto", "vv", "mark"} and not (
            NUMBER_TOKEN.fullmatch(before[-1].text.strip(" *_")) and before[-1].first_on_line
        ) and not _NUMBER_TAIL.search(before[-1].text) and not ocr_junk(before[-1].text):
            return False
    m = _date_match(p.text)
    if not m:
        return False
    head = p.text[: m.start()].strip(" ,*_")
    if opens_ground(p.text):
        return False
    # the cell ends with the date; a sentence going on after it ("Ngày 5/9/2025, Bộ … đã …")
    # is the body narrating
    tail = p.text[m.end() :].strip(" .,;*_")
    if len(tail) > 12 and not (tail.startswith("(") and tail.endswith(")")):
        return False
    # "Ngày 03 tháng 7 năm 2025, Cục …" with the line broken after a word or two: a sentence
    # opening with its date (a date line has nothing after the year but its end)
    if re.match(r"\s*,\s*[^\W\d_]", p.text[m.end() :]):
        return False
    if not head and before and before[-1].role == "vv":
        # "V/v … thay đổi chính sách thu từ ngày 01/01/2015": a date run on from the trích yếu with
        # no place before it is the subject's (the date cell names its place: "…, TP. X, ngày …")
        return False
    return not head or is_place_fragment(head)


# a code in capitals after the space that follows a symbol's dash, ending the cell or its word run
_SPACED_SYMBOL_TAIL = re.compile(r"[ \t]{1,2}([A-ZĐ][A-ZĐ0-9&]{0,11})(?=[\s.,;|]|$)(?![ \t]+[A-ZĐ][A-ZĐ]+\b)")


def annotate_number(hr: HeaderReading, lines: list, rule: str = "number-cell", conf: float = 0.97) -> None:
    """Parse the number cell (with a continuation wrapped onto the next piece)."""
    p = hr.number
    if p is None:
        return
    cue = NUMBER_START.match(p.text)
    body_off = cue.end() if cue else 0
    body, base = p.text[body_off:], p.start + body_off
    nxt = _next_piece(hr, p, lines)
    if not body.strip() and nxt is not None:
        body, base = nxt.text, nxt.start
        nxt = _next_piece(hr, nxt, lines)
    blank_party = _BLANK_PARTY.match(body)
    if blank_party:
        # "Số -CTr/TU": a Party number left blank for the clerk keeps its hyphen
        sym = blank_party.group("sym").rstrip(".,;")
        value = {"raw": "-" + sym, "seq": None, "symbol": sym}
        s, e = base + blank_party.start("dash"), base + blank_party.end("sym")
        hr.annotations["number"] = Annotation("number", value, s, e, rule, conf - 0.07)
        return
    lost = _PARTY_DASH_LOST.match(body)
    if lost and type_for_symbol_code(lost.group("code")) is not None:
        # "Số: 98 KH/TWĐTNBTC": a Party or Youth Union number whose dash a converter dropped
        # (the sequence, a space, a type's code and its slash): the dash the space stands for;
        # glued to the sequence or with none, there is no place for one: as printed
        seq, symbol = lost.group("seq"), f"{lost.group('code')}/{lost.group('rest')}"
        dash = "-" if seq and lost.group("gap") else ""
        value = {"raw": f"{seq or ''}{dash}{symbol}", "seq": seq, "symbol": symbol}
        hr.annotations["number"] = Annotation("number", value, base + lost.start("seq" if seq else "code"), base + lost.end(),
                                              rule, conf - 0.1)
        return
    tok = NUMBER_TOKEN.search(body)
    if not tok:
        return
    s, e = base + tok.start(), base + tok.end()
    raw = re.sub(r"\s+", "", tok.group(0))
    lead = tok.start()  # where the number starts in the cell
    spaced = _SPACED_SEQ.search(body[:lead]) if tok.group("seq") and len(tok.group("seq")) == 1 else None
    if spaced:
        # "Số:8 5 2 0/BCT-KHCN": a number typed (or OCR'd) letter-spaced is one number; its
        # last figure alone would be a wrong one
        lead = spaced.start()
        s = base + lead
        raw = re.sub(r"\s+", "", spaced.group()) + raw
    elif tok.group("seq") and re.search(r"\d[ \t]+$", body[: tok.start()]):
        # figures before the number, apart from it: which of them are the number is unknown
        sym = (tok.group("sym") or "").rstrip(".,;").translate(symbol_lookalikes())
        hr.annotations["number"] = Annotation("number", {"raw": None, "seq": None, "symbol": sym or None}, s, e, rule, conf - 0.4)
        return
    if raw.endswith(("-", "/")) and (tail := _SPACED_SYMBOL_TAIL.match(body, tok.end())) is not None:
        # "Số: 3878/BGDĐT- PC": the symbol's last code set apart by a space (OCR, a justified cell)
        raw += tail.group(1)
        e = base + tail.end(1)
    if raw.endswith(("-", "/")) and nxt is not None and not _SYMBOL_TAIL.match(nxt.text) and nxt.line == p.line:
        # "Số: 24/HDLN-BCA-BQP-BYT- | Hà Nội, ngày …" / "BCT-BTC-…": the date cell beside the
        # number, the symbol's wrapped rest on the line below
        below = next((q for q in hr.pieces if q.line > p.line), None)
        nl = p.line + 1
        if below is None and nl < len(lines) and lines[nl].text:
            ps = _split_line(nl, lines[nl].start, lines[nl].text)
            below = ps[0] if ps else None
        if below is not None and below.line == p.line + 1 and _SYMBOL_TAIL.match(below.text):
            nxt = below
    if raw.endswith(("-", "/")) and nxt is not None and _SYMBOL_TAIL.match(nxt.text):
        raw += nxt.text
        e = nxt.end
    m = NUMBER_TOKEN.fullmatch(raw)
    if not m:
        return
    if m.group("party"):
        seq, symbol = m.group("party"), m.group("psym")
    else:
        seq, symbol = m.group("seq"), m.group("sym")
    # look-alike letters an OCR engine or a font gives for "Đ" ("QÐ-UBND") put back, and the
    # bar OCR lost from a type's code ("QD-TTg")
    raw, symbol = raw.rstrip(".,;").translate(symbol_lookalikes()), symbol.rstrip(".,;").translate(symbol_lookalikes())
    raw, symbol = type_code_barred(raw, symbol)
    if _GARBLED_SEQ.search(body[:lead]):
        # "Số: Z32Ø/BTC-QLCS": OCR left marks where the sequence stands that read as no number
        # — no raw number rather than a wrong one; the symbol is still the document's
        value = {"raw": None, "seq": None, "symbol": symbol}
        hr.annotations["number"] = Annotation("number", value, s, e, rule, conf - 0.4)
        return
    value = {"raw": raw, "seq": seq, "symbol": symbol}
    hr.annotations["number"] = Annotation("number", value, s, e, rule, conf if seq else conf - 0.07)


def type_code_barred(raw: str, symbol: str) -> tuple[str, str]:
    """A state number's symbol whose type code is no type's but one once its D is Đ ("QD-TTg",
    "CD-TTg": OCR lost the bar): that type's code, in the raw number too. "HD" is a type's
    code of its own (Hướng dẫn) and stays."""
    code, sep, rest = symbol.partition("-")
    if not sep or "D" not in code or type_for_symbol_code(code) is not None:
        return raw, symbol
    barred = code.replace("D", "Đ")
    if type_for_symbol_code(barred) is None:
        return raw, symbol
    return raw[: len(raw) - len(symbol)] + barred + sep + rest, barred + sep + rest


def _next_piece(hr: HeaderReading, p: Piece, lines: list) -> Piece | None:
    """The piece after ``p``: on its line, else the first piece of the next non-blank line."""
    k = hr.pieces.index(p) if p in hr.pieces else -1
    if 0 <= k < len(hr.pieces) - 1:
        q = hr.pieces[k + 1]
        if q.line <= p.line + 2:
            return q
    nl = p.line + 1
    if nl < len(lines) and lines[nl].text:
        ps = _split_line(nl, lines[nl].start, lines[nl].text)
        return ps[0] if ps else None
    return None


def annotate_date(hr: HeaderReading, lines: list, rule: str = "date-cell", conf: float = 0.97) -> None:
    """Parse the place-date cell; a place wrapped onto the line above is joined back."""
    p = hr.date
    if p is None:
        return
    m = _date_match(p.text)
    if not m:
        return
    if m.re is GARBLED_DATE:
        # figures past reading: the cell is the date's, its unreadable parts unknown — a year
        # read whole ("ngày OW tháng ,Š năm 2026") is kept, as any readable part is
        d = mo = None
        y = m.group("gy") if re.fullmatch(r"(?:19|20)\d\d", m.group("gy")) else None
    else:
        d, mo, y = _part(m, "d"), _part(m, "m") or _part(m, "m2"), m.group("y")
    day, month, year = (int(d) if d else None), (int(mo) if mo else None), (int(y) if y else None)
    # a figure no calendar has ("tháng 54": a slip of the typist or the OCR) is unknown, not a value
    month = month if month is None or 1 <= month <= 12 else None
    day = day if day is None or 1 <= day <= 31 else None
    iso = None
    if day and month and year:
        try:
            iso = _dt.date(year, month, day).isoformat()
        except ValueError:
            iso = None
    # (a cell's edge left inside a blank part — "ngày | tháng 7 năm 2026" — is no part of it)
    raw = " ".join(m.group(0).replace("|", " ").split())
    value = {"raw": raw, "iso": iso, "year": year, "month": month, "day": day}
    hr.annotations["date"] = Annotation("date", value, p.start + m.start(), p.start + m.end(), rule,
                                         conf if iso else conf - (0.4 if year is None else 0.12))
    head = p.text[: m.start()]
    place = head.strip(" ,*_")
    ps = p.start + (len(head) - len(head.lstrip(" ,*_")))
    pe = ps + len(place)
    if p.first_on_line and p.line > 0:
        prev = lines[p.line - 1]
        if not prev.text and p.line > 1 and (not place or len(lines[p.line - 2].text.split()) <= 2) and len(place.split()) <= 1:
            # OCR may leave a blank line between the two halves of a wrapped place (a place of
            # two words or more is whole: the word above the blank is a trích yếu's wrapped end)
            prev = lines[p.line - 2]
        pt = prev.text.strip(" ,*_")
        if pt and is_place_fragment(prev.text) and _SEP.search(prev.text) is None and _wrapped_place(lines, prev, place):
            place = f"{pt} {place}".strip()
            ps = prev.start + (len(prev.text) - len(prev.text.lstrip(" ,*_")))
            pe = p.start + len(head.rstrip(" ,*_")) if head.strip(" ,*_") else ps + len(pt)
    if place and len(place) <= 50:
        # "Tp.Hồ Chí Minh": an abbreviated level glued to the name is set apart as it is printed elsewhere
        place = _GLUED_LEVEL.sub(r"\1 ", rejoin_syllables(place))
        words = place.split()
        if _lower_tail(words) and not _is_place_word(words[-1]):
            place = " ".join([*words[:-1], words[-1][:1].upper() + words[-1][1:]])  # "Lâm đồng" → "Lâm Đồng"
        if (named := _named_place_tail(place)) is not None:
            # a header run together on one line: the words before the date line's place are the
            # issuer's ("… NHÂN DÂN TỈNH Lào Cai, ngày …"), the place is the province or city named last
            ps = min(pe - 1, ps + max(0, place.rfind(named)))
            place = named
        hr.annotations["place"] = Annotation("place", place, ps, max(pe, ps + 1), rule, conf - 0.02)


def _named_place_tail(place: str) -> str | None:
    """The province or city (bodies.toml's proper nouns) that ends ``place``, where the words
    before it are more than its administrative level ("DÂN TỈNH Lào Cai", "Long Thành Hà Nội";
    "Thành phố Hồ Chí Minh" is the place whole); None where no such name ends it."""
    from .bodies import is_place_name

    words = place.split()
    if len(words) < 3 or is_place_name(place):
        return None
    levels = _place_levels()
    for k in range(1, len(words) - 1):
        if not is_place_name(" ".join(words[k:])):
            continue
        # the level printed right before the name is the place's ("… Thành phố Hồ Chí Minh")
        # (in capitals before a name in small letters it is the issuer's: "… NHÂN DÂN TỈNH Lào Cai")
        j = next((j for j in (2, 1) if k - j >= 0 and fold(" ".join(words[k - j : k])) in levels
                  and (not " ".join(words[k - j : k]).isupper() or "." in words[k - 1]
                       or " ".join(words[k:]).isupper())), 0)
        return None if k - j == 0 else " ".join(words[k - j :])
    return None


@cache
def _place_levels() -> frozenset[str]:
    """The administrative levels a place may be printed with, folded, abbreviations too."""
    return frozenset({fold(x) for x in admin_levels()} | {"tp.", "tp", "tx.", "tx"})


# an abbreviated administrative level ("TP.", "Tp.", "TX.") glued to the name after it
_GLUED_LEVEL = re.compile(r"^((?:TP|Tp|TX|Tx)\.)(?=[^\W\d_])")


def _wrapped_place(lines: list, prev: Any, place: str) -> bool:
    """The line above a date cell holds the start of its place name, not a cell of its own.

    A short fragment (one or two words: ``Hà`` / ``Nội, ngày``) or the whole place always
    continues; a longer one only when it opens its cell (blank or a header cue above it) and
    the date line's own place is short (``Thành phố Hồ Chí`` / ``Minh, ngày``), so the last
    line of an issuer block (``Xã Thanh Bình``) is never glued to the place below it.
    """
    words = prev.text.split()
    if not place or len(words) <= 2:
        return not is_upper_line(prev.text, 0.95) or not place
    if len(place.split()) > 2 or is_upper_line(prev.text, 0.95):
        return False
    above = lines[prev.idx - 1] if prev.idx > 0 else None
    if above is None or not above.text or _SEP.fullmatch(above.text):
        return True
    last = _split_line(above.idx, above.start, above.text)
    return bool(last) and last[-1].role in {"number", "motto", "date"}


def _date_match(t: str) -> re.Match[str] | None:
    m = FULL_DATE.search(t) or NUMERIC_DATE.search(t) or CELL_DATE.search(t)
    if m is None:
        g = GARBLED_DATE.search(t)
        return g if _garbled(g) else MARKLESS_CUE_DATE.search(t) or OCR_CUE_DATE.search(t)
    return m


def _garbled(m: re.Match[str] | None) -> bool:
    """A date cell whose figures OCR garbled: letters or marks among them, or a year no
    document has (the readable dates are the other patterns')."""
    if m is None:
        return False
    inner = m.group(0)[4:]
    figures = re.sub(r"(?i)tháng|năm", " ", inner)
    return bool(_GARBLE.search(figures)) or not re.fullmatch(r"(?:19|20)\d{2}", m.group("gy"))


def _part(m: re.Match[str], name: str) -> str | None:
    """Day or month of a date match; a blank holding anything but the figures (a handwritten
    day OCR'd as junk) is unknown, not a guess."""
    groups = m.re.groupindex
    if name in groups:
        return m.group(name)
    if name + "blank" not in groups:
        return None
    blank = (m.group(name + "blank") or "").strip(" .…_")
    # a leading zero typed apart from its figure ("tháng 0 6") is still that figure
    apart = re.fullmatch(r"0\s+([1-9])", blank)
    if apart:
        return apart.group(1)
    return blank if re.fullmatch(r"\d{1,2}", blank) else None


def fallback(lines: list, start: int, stop: int) -> HeaderReading:
    """Layout-free reading: the first ``Số`` line, and the date line nearest it."""
    hr = HeaderReading()
    number_line = None
    for ln in lines[start:stop]:
        if not ln.text:
            continue
        for p in _add_pieces(hr, ln):
            if hr.number is None and p.role == "number" and p.after_sep and _cue_then_number(p.text + " " + _after(lines, ln.idx)):
                hr.number = p
                number_line = ln.idx
    dates = [
        p for p in hr.pieces
        if p.role == "date" and _valid_date_piece(p, hr.pieces) and _near_number(p, hr.number, start, lines)
    ]
    if dates:
        ref = number_line if number_line is not None else start
        hr.date = min(dates, key=lambda p: (abs(p.line - ref), p.line))
    return hr


# what may stand between the cue and the number: a colon, a clerk's blank, a cell's edge
_CUE_FILLER = re.compile(r"[\s:.…_|]*")


def _cue_then_number(t: str) -> bool:
    """The number right after the cue (``Số: 12/KH``, ``Số:`` / ``12/KH`` on the next line) — not
    one further on: ``SỐ`` / ``LƯỢNG … (Kèm theo Hướng dẫn số 40-HD/…)`` is a heading's word
    with a cited number after it."""
    cue = NUMBER_START.match(t)
    if cue is None:
        return NUMBER_TOKEN.search(t) is not None
    at = _CUE_FILLER.match(t, cue.end()).end()
    return NUMBER_TOKEN.match(t, at) is not None or _BLANK_PARTY.match(t, at) is not None


def _after(lines: list, i: int) -> str:
    return lines[i + 1].text if i + 1 < len(lines) else ""


# ------------------------------------------------------------------ normative layouts

@cache
def _type_names_alt() -> str:
    """The doc-type names as one alternation, longest first (so "Nghị quyết liên tịch" wins
    over "Nghị quyết"), a space in a name matching any run of white space."""
    names = sorted({t["name"] for t in doc_types()}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


@cache
def _typed_number_re() -> re.Pattern[str]:
    """``<type name> số[:] <number>`` as a whole line: the number cell of a gazette's copy of a
    normative act, whose cue is the type name (``Luật số: …``, ``NGHỊ QUYẾT SỐ …``)."""
    return re.compile(rf"(?i:(?:{_type_names_alt()}))\s+(?i:số)\s*[:.]?\s*(?P<num>\d[^\s]*)\s*[.;,]?", re.UNICODE)


def typed_number(lines: list, start: int, stop: int) -> HeaderReading:
    """The number of a header with no ``Số`` cell: a line holding only the type name, ``số``
    and a number. Only a whole line: a ground or a title citing a number goes on with a date or
    a trích yếu (``Căn cứ Nghị quyết số … ngày …``), so it never reads as this cell."""
    hr = HeaderReading()
    for k, ln in enumerate(lines[start:stop], start):
        t = ln.text
        core = t.strip(" *_|#")
        if not core:
            continue
        m = _typed_number_re().fullmatch(core)
        if m is None and _typed_label_re().search(core):
            # "… --------------- Nghị quyết số:" / "132/2020/QH14": the label closes its line (a
            # crawler joined it to the motto's rule), the number is the whole next line
            nxt = next((x for x in lines[k + 1 : stop] if x.text.strip()), None)
            num = nxt.text.strip(" *_|#") if nxt is not None else ""
            if nxt is not None and NUMBER_TOKEN.fullmatch(num.rstrip(".,;")):
                off = nxt.start + nxt.text.index(num)
                hr.number = Piece(nxt.idx, off, off + len(num), num, "number")
                hr.pieces.append(hr.number)
                return hr
        if m is None or not NUMBER_TOKEN.fullmatch(m.group("num").rstrip(".,;")):
            continue
        off = ln.start + t.index(core) + m.start("num")
        hr.number = Piece(ln.idx, off, off + len(m.group("num")), m.group("num"), "number")
        hr.pieces.append(hr.number)
        return hr
    return hr


@cache
def _typed_label_re() -> re.Pattern[str]:
    """``<type name> số:`` closing a line, alone or after a drawn rule: the number cell's label
    whose number a wrap put on the next line."""
    return re.compile(rf"(?:^|[-_=]{{3,}}\s*)(?i:(?:{_type_names_alt()}))\s+(?i:số)\s*:?$", re.UNICODE)

