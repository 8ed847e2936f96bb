"""Split a normalized document into its parts (Nghị định 30/2020/NĐ-CP, Phụ lục I).

Parts are line ranges so extractors can look only where a field lives: the header zone
(issuer block, Quốc hiệu, ``Số:``, date line, type name and trích yếu), ``Kính gửi``, the
preamble of legal grounds, the body with its numbered sections, the implementation section,
``Nơi nhận``, the signature block and appendices. Publisher boilerplate around the document is
cut away first so that nothing in it can become a field.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import combinations

from rapidfuzz import fuzz

from .caching import per_text_cache
from .closing_layout import NAME_TITLES, explode, rejoined_name
from .furniture import AFTER_DOCUMENT, BEFORE_DOCUMENT, PAGE_HEADING, Mark, find_furniture, mask
from .headerzone import (
    MARRED_ADDRESSEE,
    NUMBER_START,
    OCR_SO,
    Annotation,
    HeaderReading,
    Piece,
    annotate_date,
    annotate_number,
    fallback,
    is_cell_capitals,
    is_header_mark,
    is_place_fragment,
    ocr_junk,
    read_header,
    typed_number,
)
from .lexicon import (
    admin_levels,
    is_signed_mark,
    opens_ground,
    positions,
    starts_with_org_head,
    telegram_verbs_alt,
    type_for_symbol_code,
)
from .resources import load_rules
from .textutil import (
    UPPER,
    collapse,
    fold,
    fold_head,
    fuzzy_equals,
    fuzzy_starts,
    fuzzy_starts_lines,
    is_upper_line,
    phrases_alternation,
)


@dataclass(frozen=True)
class Line:
    idx: int
    start: int
    end: int
    text: str  # == document text[start:end]; no surrounding whitespace

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(frozen=True)
class Section:
    """A numbered heading and the lines it governs (``end`` exclusive)."""

    line: int
    end: int
    level: int
    marker: str
    title: str  # text after the marker on the heading line


@dataclass
class Document:
    text: str
    lines: list[Line]
    parts: dict[str, range] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    anchors: dict[str, int] = field(default_factory=dict)  # line index of key lines
    # line index → why it is not the document (pipeline.furniture); furniture found by its
    # pattern is blanked in ``text`` and ``lines``, lines outside the document are only marked
    furniture: dict[int, Mark] = field(default_factory=dict)
    # the closing's parts as pieces (pipeline.closing_layout): cells and run-together lines
    # cut apart, so a signature or a Nơi nhận list in one table cell reads as lines
    closing: dict[str, list[Line]] = field(default_factory=dict)
    # the header's cells as found (issuer, motto, number, date, vv, title), each a list of
    # pieces with their spans; see pipeline/headerzone.py
    cells: dict[str, list[Piece]] = field(default_factory=dict)
    # values the model itself established (the document's own number, date and place), for
    # every extractor to read instead of finding them again
    annotations: dict[str, Annotation] = field(default_factory=dict)
    # where the text calls a note (offset, label) — the mark itself was dropped in
    # normalization (pipeline.normalize.NormalizedText.note_calls)
    note_calls: tuple[tuple[int, str], ...] = ()
    # where a table written a cell a line between pipe lines ends a row (offsets, ascending;
    # pipeline.normalize.NormalizedText.row_breaks)
    row_breaks: tuple[int, ...] = ()
    # where every pipe line alone stood (the same layout: a cell opens after each)
    pipe_lines: tuple[int, ...] = ()
    _tables: list[Table] | None = field(default=None, repr=False, compare=False)

    @property
    def tables(self) -> list[Table]:
        """The document's tables (rows × cells, each column's role read from its header),
        parsed once on first use: see :func:`find_tables`."""
        if self._tables is None:
            found = find_tables(self.lines, self.text, self.row_breaks, self.pipe_lines)
            end = self.anchors.get("doc_end")
            if end is not None and end < len(self.lines):
                # a website's page goes on past the document (its footer's "Địa chỉ: | …"
                # rows): a table's rows end where the document does
                stop = self.lines[end].start
                kept = []
                for t in found:
                    # (a row that runs past it — the site's list read as its cells — keeps only
                    # its cells before: the others emptied, in place)
                    rows = tuple(r if not r or max(c.start for c in r) < stop
                                 else tuple(c if c.start < stop else Cell("", c.start, c.start) for c in r)
                                 for r in t.rows if not r or min(c.start for c in r) < stop)
                    if rows or not t.rows:
                        kept.append(t if rows == t.rows else replace(t, rows=rows))
                found = [t for t in kept if t.rows or self.lines[min(t.line, len(self.lines) - 1)].start < stop]
            self._tables = found
        return self._tables

    def part_lines(self, name: str) -> list[Line]:
        r = self.parts.get(name)
        return [self.lines[i] for i in r] if r else []

    def part_span(self, name: str) -> tuple[int, int] | None:
        r = self.parts.get(name)
        if not r or len(r) == 0:
            return None
        return self.lines[r.start].start, self.lines[r.stop - 1].end

    def closing_lines(self, name: str) -> list[Line]:
        """The pieces of a closing part (``signature``, ``recipients``), else its lines."""
        return self.closing.get(name) or self.part_lines(name)

    def line_at(self, offset: int) -> Line:
        return self.lines[max(0, _line_at(self.lines, offset) - 1)]

    def sections_in(self, name: str) -> list[Section]:
        r = self.parts.get(name)
        if not r:
            return []
        return [s for s in self.sections if r.start <= s.line < r.stop]


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        s = pos + lead
        out.append(Line(i, s, s + len(body), body))
        pos += len(raw) + 1
    return out


# ---------------------------------------------------------------- heading markers

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
HEADING = re.compile(
    rf"^(?P<marker>(?:PHẦN|Phần|CHƯƠNG|Chương)\s+(?:(?=[IVXLC]+\b){_ROMAN}|\d+|thứ \w+"
    rf"|(?=[IVXL]*[ỊÌÍ][IVXL]*\b)[IVXLỊÌÍ]{{1,6}})\b[.:]?"  # OCR's dotted I ("Chương VỊ")
    rf"|Điều\s+\d+[a-z]?[.:]?"
    rf"|(?=[IVXLC]+[.)/])(?:{_ROMAN})[.)/]"
    rf"|(?=[IVXLC]+-\s)(?:{_ROMAN})-(?=\s)"  # a Party document's "I- TÌNH HÌNH …"
    rf"|\d{{1,2}}\s[-–](?=\s+[^\d\s])"  # "2 - Sở A có trách nhiệm": the dash set apart, the number's
    rf"|\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}(?:[.):]|-(?=\s)|/(?=\s+[^\d\s])|(?=\s+[^\d\s]))"  # "1/ Đối tượng …"
    rf"|[a-zđ][)\.](?=\s)"
    rf"|\((?:\d{{1,2}}|[a-zđ])\)(?=\s))\s*(?P<title>.*)$"  # "(1) Tổ chức …", "(a) …"
)
BULLET = re.compile(r"^(?P<marker>[-+•–*]|\.\.\.)\s*(?P<title>.*)$")


_ROMAN_MARKER = re.compile(rf"(?:{_ROMAN})[.)/-]")
_DIGITS = re.compile(r"\d+")
_MARKER_CLOSED = re.compile(r"[.):-]$")


def heading_level(marker: str) -> int:
    m = marker.strip()
    low = m.lower()
    if low.startswith(("phần", "chương")):
        return 0
    if low.startswith("điều"):
        return 2
    if _ROMAN_MARKER.fullmatch(m) and m[:-1]:
        return 1
    if m[0].isdigit():
        nums = _DIGITS.findall(m)
        return 1 + len(nums)
    if m[0] == "(":
        return 7  # (1) (2), (a) (b): under a) b)
    return 6  # a) b) c)


_VV_CUE_START = re.compile(r"\s*[Vv]/[Vv]\b")


@per_text_cache(8192)
def parse_heading(text: str) -> tuple[str, str, int] | None:
    """(marker, title, level) of a heading line (the segmenter and the extractors ask it of the
    same lines again: cached per text)."""
    m = HEADING.match(text)
    if not m or not m.group("marker").strip() or _VV_CUE_START.match(text):
        return None  # (a trích yếu's "V/v" is no fifth section with a slash after its numeral)
    marker = m.group("marker").strip()
    title = m.group("title").strip()
    # "2025 của …" or "100% …" is not a heading; a bare number followed by text must have a dot
    if marker[0].isdigit() and not _MARKER_CLOSED.search(marker) and not title:
        return None
    if marker[0].isdigit() and _DIGITS.fullmatch(marker):
        return None
    if marker.startswith("Điều") and marker[-1:] not in ".:" and title[:1].islower():
        return None  # "… các thành viên quy định tại" / "Điều 1 chịu trách nhiệm …": a reference
    return marker, title, heading_level(marker)


# ---------------------------------------------------------------- rules

@cache
def _rules() -> dict:
    s = load_rules("structure")
    b = load_rules("boilerplate")
    return {"s": s, "b": b}


NUMBER_LINE = re.compile(NUMBER_START.pattern + r"(?P<raw>\S.*)?$")  # the number cell's cue, then the rest
# "Hà Nội, ngày 29 tháng 9 năm 2025" (Điều 9: the prescribed form), also "…, ngày 29/9/2025"
DATE_LINE = re.compile(
    r"(?P<place>[^,]{0,60}?),?\s*(?:ngày|Ngày|NGÀY)\b"
    r"(?:[\s\d.…_]*(?:tháng|Tháng)\b[\s\d.…_]*(?:năm|Năm)\s*\d{4}|\s*\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}\b"
    # (OCR's marks where the handwritten day and month stand: "ngày/Í0. tháng ƒnăm 2018")
    r"|\s?[^\s\w]{0,2}\w{0,2}[^\s\w]{0,2}\s*(?:tháng|Tháng)\b\s*[^\s\w]{0,2}\w?\s?(?:năm|Năm)\s*\d{4})"
)
_DATE_WORDS = ("ngày", "Ngày", "NGÀY")  # the words DATE_LINE holds, one of them always
# (… and the forms OCR makes of the slash: "Vlv", "V/y", "V|v")
VV_LINE = re.compile(r"^(?:V/v|V/V|v/v|Vlv|V/y|V\|v|Về việc|về việc|VỀ VIỆC)\s*[:.]?\s*(?P<rest>.*)$")


def _is_rule_line(t: str) -> bool:
    return bool(t) and set(t) <= set("-_=–—* ") and len(t) >= 3


# the number cell's cue as a cell (not a line) opens with it, OCR's readings of "Số" included
_CELL_SO = rf"(?<![\wÀ-ỹ/])(?:Số|SỐ|{OCR_SO})\s*[:.]?\s*"
_NUMBER_CELL = re.compile(rf"{_CELL_SO}\d+\s*[/-]\s*(?:\d{{4}}\s*[/-]\s*)?[A-ZĐ]")


def _number_below(lines: list[Line], i: int, limit: int) -> bool:
    """Whether the document's ``Số:`` cell comes after line ``i`` (within the header zone)
    and none before it: a letter's trích yếu never stands above its number."""
    if any(_NUMBER_CELL.search(ln.text) for ln in lines[:i] if ln.text):
        return False
    return any(_NUMBER_CELL.search(ln.text) for ln in lines[i + 1 : limit] if ln.text)


def _quoc_hieu_lines(lines: list[Line], limit: int) -> list[int]:
    """Indices of lines that make up the Quốc hiệu (possibly split over 2–3 lines), or the
    Party's motto that takes its place in a Party body's header ("ĐẢNG CỘNG SẢN VIỆT NAM")."""
    mottos = _mottos()
    longest = max(len(q) for q in mottos)
    out: list[int] = []
    i = 0
    while i < limit:
        if lines[i].blank:
            i += 1
            continue
        hit = 0
        joined = ""
        for k in range(3):
            j = i + k
            if j >= limit or lines[j].blank:
                break
            # a line longer than the motto cannot be part of it: fold only its head
            joined = (joined + " " + fold_head(lines[j].text[: longest + 10])).strip()
            if len(joined) > longest + 8:
                break
            # the cutoff lets rapidfuzz give up early on lines far from it (same test)
            if any(len(joined) <= len(qh) + 8 and fuzz.ratio(joined, qh, score_cutoff=90) >= 90 for qh in mottos):
                hit = k + 1
                break
        if hit:
            out.extend(range(i, i + hit))
            i += hit
        else:
            i += 1
    return out


@cache
def _mottos() -> tuple[str, ...]:
    h = _rules()["s"]["header"]
    return tuple(fold(m) for m in (h["quoc_hieu"], *h.get("party_motto", [])))


def _is_tieu_ngu(t: str) -> bool:
    tn = fold(_rules()["s"]["header"]["tieu_ngu"])
    f = fold(t)
    return fuzz.ratio(f, tn) >= 85 or (len(f) > 10 and fuzz.partial_ratio(f, tn) >= 95 and len(f) <= len(tn) + 4)


@cache
def _doc_type_names() -> tuple[str, ...]:
    return tuple(t["name"] for t in load_rules("doc_types")["type"] if t.get("title_block", True))


def _one_cell(t: str) -> str:
    """A row of a one-column table (``| KẾ HOẠCH |``: a title block a converter kept as a
    table) read as its cell."""
    c = t.strip()
    if len(c) > 2 and c[0] == "|" and c[-1] == "|" and c.count("|") == 2:
        return c[1:-1].strip()
    return t


_SPACED_LETTERS = re.compile(r"(?:[^\W\d_][ \t]+){3,}[^\W\d_]")
_TYPE_SERIAL = re.compile(r"[ \t]+(?:SỐ|Số)[ \t]*\d{1,3}[ \t*_]*$")


def match_type_line(t: str) -> str | None:
    """The document type named by a title-block line (``KẾ HOẠCH``), if it is one; a type set
    out letter by letter (``K Ế  H O Ạ C H``: spacing typed as spaces) is read without them."""
    t = _one_cell(t)
    if not t or not is_upper_line(t, 0.6):
        return None
    # ("THÔNG BÁO SỐ 01": the series number of a kind the body issues in a run, no trích yếu)
    t = _TYPE_SERIAL.sub("", t)
    core = t.strip(" *_#")
    if _SPACED_LETTERS.fullmatch(core) and len(core) <= 80:
        squeezed = re.sub(r"\s+", "", core)
        hit = next((n for n in _doc_type_names() if fold(n).replace(" ", "") == fold(squeezed)), None)
        if hit is not None:
            return hit
    if len(t) > 40:
        return None
    hit = fuzzy_equals(t, list(_doc_type_names()), 88)
    return hit[0] if hit else None


def qualified_type(t: str) -> str | None:
    """The type of a type line with its qualifier (``KẾ HOẠCH HÀNH ĐỘNG``: ``Kế hoạch``)."""
    t = collapse(_one_cell(t)).strip(" *_")
    if not t or len(t) > 40 or not is_upper_line(t, 0.9):
        return None
    quals = _rules()["s"]["title"].get("type_qualifiers", [])
    for q in quals:
        if t.endswith(" " + q) and (name := match_type_line(t[: -len(q) - 1])):
            return name
    return None


def opens_with_type(t: str) -> bool:
    """A heading in capitals that names a document's type, alone or with its qualifier
    (``KẾ HOẠCH``, ``KẾ HOẠCH HÀNH ĐỘNG``, ``CHƯƠNG TRÌNH HÀNH ĐỘNG``): the top of a document."""
    if match_type_line(t):
        return True
    if not t or not is_upper_line(t, 0.9):
        return False
    if len(t) > 60:
        # the heading run into the name it plans for, in quotes ("KẾ HOẠCH HOẠT ĐỘNG TRIỂN KHAI
        # CHƯƠNG TRÌNH “PHÁT TRIỂN …”" as one line): the type and its qualifier before the quote
        q = _OPEN_QUOTE.search(t, 0, 60)
        if q is None:
            return False
        t = t[: q.start()].rstrip()
    words = t.split()
    return any(match_type_line(" ".join(words[:k])) for k in (1, 2, 3) if k < len(words))


_OPEN_QUOTE = re.compile(r"[\"“]")


@cache
def _glued_type_re() -> re.Pattern[str]:
    names = sorted(_doc_type_names(), key=len, reverse=True)
    alts = "|".join(r"\s*".join(re.escape(w.upper()) for w in n.split()) for n in names)
    qalt = phrases_alternation(_rules()["s"]["title"].get("type_qualifiers", [])) or "(?!)"
    # the type in capitals, then the trích yếu in sentence case on the same line
    # ("NGHỊ ĐỊNHQuy định về …", "QUYẾT ĐỊNH về việc …"); a qualified type line ("KẾ HOẠCH
    # HÀNH ĐỘNG") run into its trích yếu keeps the qualifier on the type's side, and then only
    # a small letter opens the trích yếu (a capital after it may be a body or a place)
    return re.compile(
        rf"^(?P<type>{alts})(?:\s*(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])|\s+(?=[a-zđà-ỹ])|\s+(?:{qalt})\s+(?=[a-zđà-ỹ]))"
    )


_CITES_NUMBER = re.compile(r"(?i)số\s*:?\s*\d")
# a web page's heading that names a document by its type and number ("Công văn số 2638/LĐTBXH-
# KHTC V/v …", "Quyết định 12/2012/QĐ-UBND …"): above the header's own number cell it is the
# page's, as a "Về việc …" heading is
@cache
def _cites_itself() -> re.Pattern[str]:
    names = sorted({t["name"] for t in load_rules("doc_types")["type"]}, key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"(?i:{alt})\s+(?:số\s*:?\s*)?\d+[\w./-]*/[A-ZĐ]")


def glued_type(t: str) -> tuple[str, int] | None:
    """``NGHỊ ĐỊNHQuy định về …``: the type name glued to its trích yếu by the converter;
    returns the type and where the trích yếu starts."""
    m = _glued_type_re().match(t)
    if not m or _CITES_NUMBER.match(t, m.end()):
        return None  # ("QUYẾT ĐỊNH số 1284/QĐ-… ngày …": another document cited by its number)
    name = match_type_line(m.group("type"))
    return (name, m.end()) if name else None


_TRAILING_NOTES = re.compile(r"(?:\s*\([^()]{3,80}\))+\s*$")


@cache
def _sentence_type_re() -> re.Pattern[str]:
    names = sorted(_doc_type_names(), key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
    opens = phrases_alternation(_rules()["s"]["title"].get("sentence_type_openers", [])) or "(?!)"
    return re.compile(rf"^(?P<type>(?i:{alts}))\s+(?=(?:{opens})\s)")


def sentence_type(t: str) -> tuple[str, int] | None:
    """"Quyết định về việc thành lập …": a type name in sentence case that opens the text's first
    line and runs into its trích yếu — a dataset's copy that lost the header and wrote the title
    block as one line. Returns the type and where the trích yếu starts."""
    m = _sentence_type_re().match(t.strip())
    if m is None or not m.group("type")[:1].isupper():
        return None
    hit = next((n for n in _doc_type_names() if fold(n) == fold(m.group("type"))), None)
    return (hit, t.index(t.strip()) + m.end()) if hit else None


def run_on_type(t: str) -> tuple[str, int] | None:
    """``KẾ HOẠCH TRIỂN KHAI CÔNG TÁC …``: a type name and its trích yếu in capitals on one
    line (no break between them, nothing in the case to tell them apart); returns the type
    and where the trích yếu starts, which keeps any qualifier (its bound is unsure in capitals)."""
    core = t.strip(" *_#|")
    # (notes in brackets after the trích yếu, "(cấp lần đầu: ngày …)", "(điều chỉnh lần thứ 03:
    # …)" under an investment decision's or a licence's title, are written small)
    if not core or "|" in core or not is_upper_line(_TRAILING_NOTES.sub("", core), 0.9) or core.endswith(":"):
        return None
    words = list(re.finditer(r"\S+", core))
    for k in (3, 2, 1):
        if len(words) - k < 2:
            continue
        name = match_type_line(" ".join(w.group() for w in words[:k]))
        if name is not None and fold(name).count(" ") + 1 == k:
            return name, t.index(core) + words[k].start()
    return None


def _boilerplate_hit(t: str, markers: list[str]) -> bool:
    if not t:
        return False
    return fuzzy_starts(t, markers, 90) is not None


def _run_in_motto(lines: list[Line], start: int, stop: int) -> int | None:
    """The first of the first few text lines before ``stop`` that holds the Quốc hiệu run in with
    other cells (longer than the motto, the motto inside it)."""
    mottos = _mottos()
    shortest = min(map(len, mottos))
    seen = 0
    for ln in lines[max(0, start) : stop]:
        if ln.blank:
            continue
        seen += 1
        if seen > _RUN_IN_REACH:
            break
        if len(ln.text) > shortest + 12 and (f := fold(ln.text)) and any(m in f for m in mottos):
            # (the issuer's capitals before it: a page's summary quoting the header is no header)
            head = ln.text[: max(0, ln.text.upper().find(_MOTTO_OPEN))]
            if head.strip(" *_|") and len(head) <= 160 and is_upper_line(head, 0.9):
                return ln.idx
    return None


_MOTTO_OPEN = "CỘNG H"


# a header stands among the first lines: a page marker, a site's heading, the issuer's lines
_RUN_IN_REACH = 6


def _document_before(lines: list[Line], start: int, stop: int, s_rules: dict) -> bool:
    """A type line followed by grounds before ``stop``: a document is already under way."""
    seen_type = False
    for ln in lines[max(0, start) : stop]:
        t = ln.text
        if not t:
            continue
        if match_type_line(t):
            seen_type = True
        elif seen_type and fuzzy_starts(t, s_rules["title"]["never_opens"], 95):
            return True
    return False


def _quote_left_open(s: str) -> bool:
    """More opening curly quotes than closing ones: the quoted text goes on."""
    return s.count("“") > s.count("”")


def _unmarked_trich_yeu(lines: list[Line], number_i: int, stop: int, qh: set[int], date_i: int | None,
                        s_rules: dict) -> list[int]:
    """The lines under the number line that go on its cell in sentence case up to the motto or
    the date line (at most four): a công văn's trích yếu where no "V/v" marks it."""
    out: list[int] = []
    for ln in lines[number_i + 1 : stop]:
        t = ln.text
        if ln.blank:
            if out:
                break
            continue
        # (no preamble stands above the motto and the date line: a ground's opener — "Triển khai
        # thực hiện …" — opens the trích yếu there)
        if ln.idx in qh or ln.idx == date_i or _is_tieu_ngu(t) or is_upper_line(t, 0.6) \
                or fuzzy_starts(t, s_rules["closing"]["addressee"], 90) or parse_heading(t) \
                or NUMBER_LINE.match(t) or _is_rule_line(t) or len(t) > 120 or len(out) == 4:
            break
        if not out and not t[:1].isupper():
            break
        out.append(ln.idx)
    if not out or (date_i is not None and out[-1] > date_i):
        return []
    # (the cell ends at the motto or the date line: one of them follows the lines)
    return out if any(i in qh or i == date_i for i in range(out[-1] + 1, stop)) else []


def _ends_header(t: str, s_rules: dict) -> bool:
    """A line the header cannot reach past: the preamble, ``Kính gửi``, a numbered section."""
    if not t:
        return False
    return bool(
        (opens_ground(t) and not is_cell_capitals(t))
        or fuzzy_starts(t, s_rules["closing"]["addressee"], 90)
        or (parse_heading(t) and not NUMBER_LINE.match(t))
    )


def _lone_capital(t: str) -> bool:
    """A line that is one capital letter: the first of a word a converter broke off its line."""
    t = t.strip(" *_")
    return len(t) == 1 and t.isalpha() and t.isupper()


def _ends_title(t: str, prev: str, s_rules: dict, second: bool = False) -> bool:
    """A line that cannot continue a trích yếu: a trích yếu is a noun phrase, so no list item,
    heading or lead-in (``…kính mời:``), no header cue, and no signature block; a sentence-case
    trích yếu (``V/v …``) does not go on into a line of capitals (a position, a body's name),
    one in capitals not into a sentence — but for its ``second`` line opening with "Về" (a kind
    named in two lines of capitals, "THÔNG BÁO" / "KẾT LUẬN CỦA BAN THƯỜNG VỤ …", then its subject
    "Về một số nội dung …") or with capitals run into its "về …" subject."""
    return bool(
        BULLET.match(t)
        or parse_heading(t)
        or t.rstrip().endswith(":")
        # a ground opens with a capital ("Thực hiện …"); "thực hiện Chỉ thị số …" in small letters
        # goes on with the trích yếu above it
        # (a line of capitals under one is the trích yếu's: "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "CỦA BAN
        # CHẤP HÀNH …" / "THỰC HIỆN NGHỊ QUYẾT …" — a ground is written in sentence case)
        or (_opens_ground(t) and not (is_upper_line(t, 0.9) and is_upper_line(prev, 0.9)))
        or _is_date_cell(t)
        or NUMBER_LINE.match(t)
        or fuzzy_starts(t, s_rules["closing"]["addressee"], 90)
        or MARRED_ADDRESSEE.match(t)  # "öa rổ ] Kính gửi: …" behind a scan's marks
        or opens_recipients(t, s_rules["closing"]["recipients"])
        or fuzzy_starts(t, s_rules["sections"]["theme"], 95)
        or AUTHORITY.match(t)
        # (a lone capital above — "Ý" / "KIẾN CHỈ ĐẠO …", a word the converter broke — is capitals too)
        or (not is_upper_line(prev, 0.6) and not _lone_capital(prev) and is_upper_line(t, 0.9) and len(t.split()) >= 2)
        # "(Kèm theo Quyết định số …)": the note of what the text is attached to
        or (t.lstrip()[:1] in "([" and _attached_rules()[1].match(t.lstrip()) is not None)
        # nor a trích yếu in capitals into a sentence (the text under it, no blank line between
        # where a PDF's text layer or a converter dropped it)
        or (is_upper_line(prev, 0.9) and t[:1].isupper() and not is_upper_line(t, 0.5) and len(t.split()) >= 4
            and not (second and (t.startswith("Về ") or _CAPS_THEN_SUBJECT.match(t))))
    )


# the second line of a title in capitals run into its subject in small letters ("BAN CHẤP HÀNH
# TRUNG ƯƠNG ĐẢNG KHÓA XIV về bảo vệ môi trường …", the lines joined where a scan kept no break)
_CAPS_THEN_SUBJECT = re.compile(rf"^(?:[{UPPER}0-9][{UPPER}0-9,.-]*\s+){{2,}}về\s")


_TERM_LINE = re.compile(r"^(?:KHÓA|KHOÁ|Khóa|Khoá)\s+[IVXLC]+\b")


def _opens_ground(t: str) -> bool:
    """A ground of the preamble opens the line, with its capital ("Căn cứ …", "Thực hiện …";
    "thực hiện Chỉ thị số …" in small letters goes on with the line above)."""
    return t[:1].isupper() and opens_ground(t)
# a trích yếu's line that ends on one of these goes on into a body's name ("… của" / "ỦY BAN …")
_LINKING = frozenset({"của", "cho", "về", "và", "tại", "với", "đối", "thuộc", "giữa"})


def _authority_under_title(lines: list[Line], j: int, end: int, prev: str) -> bool:
    """A body's name alone in capitals right under the trích yếu, with a council's term ("KHÓA
    XVII - KỲ HỌP THỨ NĂM") or the first ground under it: the authority line of a resolution or
    decision (no blank line between them where a converter dropped it), not the title's end."""
    t = lines[j].text.strip(" *_")
    words = prev.rstrip(" *_,").split()
    if words and sentence_case_authority(lines, j, end):
        return True
    if not t or len(t) > 90 or not is_upper_line(t, 0.9) or not starts_with_org_head(t):
        return False
    if not words or words[-1].casefold() in _LINKING:
        return False
    k = _next_text(lines, j, end)
    nxt = lines[k].text.strip(" *_") if k < end else ""
    return bool(_TERM_LINE.match(nxt) or _opens_ground(nxt))


def sentence_case_authority(lines: list[Line], j: int, end: int) -> bool:
    """The authority line in sentence case ("Thủ tướng Chính phủ" over "Căn cứ …", a copy that
    lost the header's capitals): a position, the first ground right under it."""
    t = lines[j].text.strip(" *_")
    if not t or len(t) > 60 or is_upper_line(t, 0.9) or not is_position_line(t.upper()):
        return False
    k = _next_text(lines, j, end)
    return k < end and _opens_ground(lines[k].text.strip(" *_"))


@cache
def _intro_endings() -> tuple[str, ...]:
    return tuple(fold(e) for e in _rules()["s"]["preamble"]["intro_endings"])


def introduces_body(t: str) -> bool:
    """A sentence that ends as a preamble's last does ("… như sau:"): it brings in the body."""
    return fold(t).rstrip().endswith(_intro_endings())


@cache
def _request_in_ground() -> tuple[re.Pattern[str], tuple[str, ...]]:
    pre = _rules()["s"]["preamble"]
    verbs = "|".join(re.escape(v) for v in pre["request_verbs"])
    # the asker: a capitalised word among the eight before the verb ("Ủy ban nhân dân tỉnh Hà An
    # đề nghị"); the asked: "các", "Quý", "đồng chí", a capitalised word or a body's head in
    # small letters right after it ("đề nghị sở GDĐT các tỉnh …")
    pat = re.compile(rf"(?:^|[\s,.])[{UPPER}]\w*(?:\s+\w+){{0,7}}\s+(?:{verbs})\s+"
                     rf"(?:các\s|Quý\s|đồng chí\s|(?:sở|phòng|ban|ủy ban|trường|trung tâm)\s|[{UPPER}])")
    return pat, tuple(pre["request_openers"])


def ground_goes_on_to_request(t: str) -> bool:
    """A paragraph that opens as a letter's ground does and goes on to ask a unit for work,
    ending as a sentence does (not over a list: "… đề nghị các đơn vị như sau:" introduces the
    body and stays the preamble's)."""
    pat, openers = _request_in_ground()
    s = t.rstrip()
    if not s.endswith(".") or not s.startswith(openers):
        return False
    cut = min((k for k in (s.find(", "), s.find(". ")) if k > 0), default=-1)
    return cut > 0 and pat.search(s, cut) is not None


def _phrase_above_authority(lines: list[Line], j: int, end: int, prev: str) -> bool:
    """"… thuộc Học viện A / Theo Kế hoạch số … / GIÁM ĐỐC HỌC VIỆN A": a line that opens as a
    ground does but stands right above the authority line (a position in capitals) goes on with
    the trích yếu — a decision's grounds come after its authority line, never before it."""
    t = lines[j].text.strip(" *_")
    if not _opens_ground(t) or t.endswith((";", ",", ".", ":")) or prev.rstrip(" *_").endswith((";", ".", ":")):
        return False
    k = _next_text(lines, j, end)
    nxt = lines[k].text.strip(" *_") if k < end else ""
    return bool(nxt) and not AUTHORITY.match(nxt) and is_position_line(nxt)


def _next_text(lines: list[Line], i: int, end: int) -> int:
    """The first non-blank line after ``i`` (``end`` when none)."""
    j = i + 1
    while j < end and lines[j].blank:
        j += 1
    return j


def _term_before_grounds(lines: list[Line], j: int, end: int) -> bool:
    """A council's term line ("KHÓA …, KỲ HỌP …") with the first ground right under it: the
    end of a resolution's title block, never a line of its trích yếu."""
    if j >= end:
        return False
    t = lines[j].text.strip(" *_")
    if not _TERM_LINE.match(t) or len(t) > 60:
        return False
    k = _next_text(lines, j, end)
    nxt = lines[k].text.strip(" *_") if k < end else ""
    return _opens_ground(nxt)


@cache
def _sender_tail() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{telegram_verbs_alt()})\s*:[\s*_]*$")


def _sender_at(t: str) -> int | None:
    """Where a telegram's sender formula ("<SENDER> điện:") that ends ``t`` starts: the sender
    in capitals, opening with a body's head or a position."""
    m = _sender_tail().search(t)
    if m is None:
        return None
    who_end = m.start()
    for w in re.finditer(r"(?<!\S)\S", t[max(0, who_end - 70) : who_end]):
        at = max(0, who_end - 70) + w.start()
        who = t[at:who_end].strip(" *_")
        if not who or not is_upper_line(who, 0.9):
            continue
        if starts_with_org_head(who) or any(who.casefold().startswith(p.casefold()) for p in positions()):
            return at
    return None


def _title_before(t: str, at: int) -> int | None:
    """Where the trích yếu ends on a line the sender formula found at ``at`` was run into (some
    words of the title before it)."""
    before = t[:at].rstrip(" *_")
    return len(before) if len(before.split()) >= 2 else None


def _run_in_authority(ln: Line, off: int | None) -> Piece | None:
    """A body's name in capitals that ends the trích yếu's last line above a council's term
    line: where a converter joined the authority line to the title. Only a body that sits in
    terms (``term_bodies``): the title's own object (a town, a board) is never cut off. The name must close the
    line, follow a word that does not link to it ("… CỦA" goes on into its object) and leave
    the title some words of its own."""
    t = ln.text
    base = (off - ln.start) if off is not None else 0
    for m in re.finditer(r"(?<=\s)\S", t[base:]):
        at = base + m.start()
        tail = t[at:].rstrip(" *_")
        if len(tail) > 90 or len(tail.split()) < 2:
            continue
        before = t[base:at].split()
        if len(before) < 3 or before[-1].casefold() in _LINKING:
            continue
        if (
            any(fold(tail).startswith(fold(b)) for b in _rules()["s"]["title"].get("term_bodies", []))
            and starts_with_org_head(tail)
            and is_upper_line(tail, 0.95)
            and is_upper_line(t[base:at], 0.9)
        ):
            return Piece(ln.idx, ln.start + at, ln.start + at + len(tail), tail, "authority")
    return None


def _lower_continuation(lines: list[Line], j: int, end: int, title: list[int], s_rules: dict) -> int | None:
    """Past a blank line, the trích yếu goes on only on a lower-case continuation (``của Ban …``,
    ``về việc …``): a DOCX exports each table cell or paragraph of a wrapped title as a block of
    its own, while a body paragraph, a heading or a ground opens with a capital. The line above
    must not have closed a sentence."""
    if not title or re.search(r"[.;:!?]\s*$", lines[title[-1]].text.strip(" *_")):
        return None
    k = j
    while k < end and k - j < 2 and lines[k].blank:
        k += 1
    if k >= end or lines[k].blank:
        return None
    t = lines[k].text.strip(" *_")
    prev = lines[title[-1]].text.strip(" *_")
    if not t or _ends_title(lines[k].text, prev, s_rules):
        return None
    if any(_STAMP_FIELD.search(lines[x].text) for x in range(k, min(end, k + 3))):
        return None  # a received stamp OCR'd under the trích yếu ("… Giờ:... Ngày. …"): no title's
    if t[0].islower() or _caps_goes_on(prev, t) or (len(t) <= 120 and (_dangling(prev, s_rules) or _quoted_name(t))):
        return k
    return None


# a field of a received stamp as OCR reads it: its label, then the dots left for the clerk's hand
_STAMP_FIELD = re.compile(r"(?i)(?<!\w)(?:giờ|ngày|số|đến)\s*[:.]\s*\.{2,}")


def _quoted_name(t: str) -> bool:
    """A short line that opens with a name in quotes closed on it ("“Triệu cây xanh - Vì một
    Việt Nam xanh” năm 2021"): the name of the programme or contest the trích yếu above stops
    before, its own block in a DOCX — no paragraph of the body opens so."""
    return t[:1] in "“«" and ("”" in t or "»" in t)


def _dangling(prev: str, s_rules: dict) -> bool:
    """The line stops on a word that waits for its object (rules/structure.toml [title]
    ``dangling_ends``): the trích yếu goes on below it."""
    low = " " + prev.casefold().rstrip(" ,")
    return any(low.endswith(" " + w) for w in s_rules["title"].get("dangling_ends", ()))


def _caps_goes_on(prev: str, t: str) -> bool:
    """A trích yếu in capitals wrapped into a paragraph a line (a DOCX or its markdown): the
    next capitals line goes on with it, unless it names a type, a body or a position (the
    authority line under a decision's title, the enacting word)."""
    if not (is_upper_line(prev, 0.9) and is_upper_line(t, 0.9)) or len(t) > 120:
        return False
    low = t.casefold()
    return not (
        opens_with_type(t)
        or starts_with_org_head(t)
        or any(low.startswith(p.casefold()) for p in positions())
        or AUTHORITY.match(t) is not None
    )


def _is_date_cell(t: str) -> bool:
    """A place-date line; a trích yếu citing a document with its date (``CHỈ THỊ SỐ 05-CT/TU
    NGÀY 10/01/2024 …``) is not one: what precedes ``ngày`` must be a place."""
    if not any(w in t for w in _DATE_WORDS):
        return False  # (the pattern's word: its search tries each position's place first)
    m = DATE_LINE.search(t)
    if not m:
        return False
    place = m.group("place").strip(" ,*_")
    return not place or is_place_fragment(place)


# a place-date cell as OCR leaves it beside a trích yếu on one row: marks glued to "ngày" and
# "tháng" (``…, ngày0) thángh năm 2026``), only the comma and "năm <year>" sure
_RUN_IN_DATE = re.compile(
    r",\s*(?:ngày|Ngày|NGÀY)\S{0,3}.{0,8}?(?:tháng|Tháng|THÁNG)\S{0,2}.{0,8}?(?:năm|Năm|NĂM)\s*\d{4}"
)


def _run_in_date(t: str) -> int | None:
    """Where a place-date cell run into a title line starts (the row's right cell read on the
    trích yếu's line): its place is the capitalised words (one to four) before the comma,
    after some words of the trích yếu's own."""
    m = _RUN_IN_DATE.search(t)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", t[: m.start()]))
    k = len(words)
    while k > 0 and len(words) - k < 4 and words[k - 1].group()[:1].isupper():
        k -= 1
    if k == 0 or k == len(words):
        return None
    before = t[: words[k].start()].rstrip().casefold()
    if any(before.endswith(" " + lv.casefold()) or before == lv.casefold() for lv in admin_levels()):
        return None  # "… của UBND tỉnh Hà An, ngày …": the place is the trích yếu's own object
    start = words[k].start()
    return start if is_place_fragment(t[start : m.start()]) else None


def _row_cut(
    lines: list[Line], title: list[int], title_off: int | None, end: int, s_rules: dict
) -> tuple[list[int], int, Piece | None] | None:
    """A title line that runs into the row's place-date cell ends where that cell starts; the
    trích yếu's cell then goes on below the row, past a blank line, whatever its first letter
    (a capital of a proper name): one line that closes no sentence, with a blank line or the
    end of the header under it. Returns the title lines, the end of the cut one, and the
    line the cell goes on with."""
    for k, j in enumerate(title):
        base = title_off if title_off is not None and k == 0 else lines[j].start
        at = _run_in_date(lines[j].text[base - lines[j].start :])
        if at is None:
            continue
        wrapped = None
        if k == len(title) - 1:
            n = j + 1
            while n < end and n - j <= 2 and lines[n].blank:
                n += 1
            t = lines[n].text.strip(" *_") if n < end else ""
            after = lines[n + 1] if n + 1 < end else None
            if (
                t
                and not re.search(r"[.;:!?]$", t)
                and not _ends_title(lines[n].text, lines[j].text, s_rules)
                and not opens_ground(t)
                and (after is None or after.blank or _ends_header(after.text, s_rules))
            ):
                ln = lines[n]
                wrapped = Piece(n, ln.start, ln.end, ln.text, "title")
        return title[: k + 1], base + at, wrapped
    return None


def _not_a_title(t: str, s_rules: dict) -> bool:
    """The line under a type name that cannot open a trích yếu: a ground (``Căn cứ …;``), also
    one whose opener may open a trích yếu ("Thực hiện Chỉ thị số …" is a plan's) but which ends
    as a ground does, with ";" (a letter of invitation has no trích yếu: "GIẤY MỜI" / "Thực hiện
    Công điện số … ;" / "… trân trọng kính mời:")."""
    if fuzzy_starts(t, s_rules["title"]["never_opens"], 95):
        return True
    # … nor does a sentence that brings in the body ("GIẤY MỜI" / "Ủy ban nhân dân tỉnh mời họp …
    # với thành phần, nội dung … như sau:")
    return (t.rstrip(" *_").endswith(";") and _opens_ground(t)) or introduces_body(t)


def _fill_from_fallback(
    doc: Document, hr: HeaderReading, lines: list[Line], start: int, stop: int, head_end: int
) -> None:
    """Degrade, never collapse: what the cell reading missed, a layout-free reading supplies.

    A normative act's gazette copy may have no ``Số`` cue: its number then stands after its type
    name in the header (up to the type line, ``head_end``). The sentence of adoption closing it
    ("… thông qua ngày …") is no date line: the settled gold leaves such a date null."""
    fb = fallback(lines, start, stop)
    if "number" not in hr.annotations and fb.number is None:
        fb.number = typed_number(lines, start, head_end).number
    if "number" not in hr.annotations and fb.number is None:
        fb.number = _uncued_number(lines, start, head_end)
    if "number" not in hr.annotations and fb.number is not None:
        annotate_number(fb, lines, rule="number-fallback", conf=0.8)
        if "number" in fb.annotations:
            hr.number = fb.number
            hr.annotations["number"] = fb.annotations["number"]
    if "date" not in hr.annotations and fb.date is None:
        near = hr.number.line if hr.number is not None else start
        fb.date = _place_date_anywhere(lines, start, min(head_end, near + _DATE_REACH))
    if "date" not in hr.annotations and fb.date is not None:
        annotate_date(fb, lines, rule="date-fallback", conf=0.8)
        pl = fb.annotations.get("place")
        if pl is not None and isinstance(pl.value, str) and pl.value.islower():
            # a lowercased page: a place name is written with its capitals
            fb.annotations["place"] = replace(pl, value=" ".join(w[:1].upper() + w[1:] for w in pl.value.split()))
        if "date" in fb.annotations:
            hr.date = fb.date
            for k in ("date", "place"):
                if k in fb.annotations:
                    hr.annotations[k] = fb.annotations[k]


# a whole number opening a header line, its cue lost ("37/TB-VPCP Hà Nội, ngày …": a scan's OCR
# dropped "Số:"): a sequence, a slash and a symbol of a type code and an issuer's, dashed
# (or after the motto a converter ran it into: "… Hạnh phúc 37/TB-VPCP …")
_UNCUED_NUMBER = re.compile(
    r"(?:(?i:hạnh phúc)[\s.]+)?(?P<n>\d{1,6}/(?:(?:19|20)\d\d/)?[A-ZĐ][A-Za-zĐđ]{0,5}-[A-ZĐ][\wĐđ\-]*)(?=\s|$)")


def _uncued_number(lines: list[Line], start: int, head_end: int) -> Piece | None:
    """The number cell whose cue the scan lost, at a header line's start before the type line,
    its symbol opening with a type's code ("TB-VPCP"): no other header line opens so."""
    for ln in lines[start:head_end]:
        t = ln.text.lstrip(" *_|")
        at = t.casefold().find("hạnh phúc")
        m = _UNCUED_NUMBER.match(t) or (_UNCUED_NUMBER.match(t, at) if at >= 0 else None)
        if m and type_for_symbol_code(m.group("n").split("/")[-1].split("-")[0]):
            s = ln.start + (len(ln.text) - len(t))
            return Piece(ln.idx, s + m.start("n"), s + m.end("n"), m.group("n"), "number")
    return None


# how far up from the document's end an authentication block is looked for (its own lines, the
# Nơi nhận beside it, a page's footnotes under it)
_AUTH_REACH = 80


@cache
def _numbered_at_end() -> re.Pattern[str]:
    """The symbols of the kinds whose number and date stand in the block that closes them
    (rules/doc_types.toml ``numbered_at_end``: a consolidated text's authentication block)."""
    codes = [t["code"] for t in load_rules("doc_types")["type"] if t.get("numbered_at_end")]
    return re.compile(r"(?i)\d[\d\s]*/\s*(?:" + "|".join(map(re.escape, codes)) + r")\b" if codes else r"(?!)")


def consolidated_number(t: str) -> bool:
    """Whether the number ``t`` is of a kind numbered in its closing block: a consolidated text,
    which reprints the articles of the texts it brings together, their effect clauses included."""
    return _numbered_at_end().search(t) is not None


def _authentication(lines: list[Line], start: int, stop: int, have: dict[str, Annotation]) -> dict[str, Annotation]:
    """A consolidated text (Văn bản hợp nhất) prints its number, place and date not in a header
    but in the authentication block that closes it ("BỘ … / Số: 46/VBHN-BQP / Hà Nội, ngày … /
    XÁC THỰC VĂN BẢN HỢP NHẤT / KT. BỘ TRƯỞNG"): where the header gave no number, a number line of
    such a kind near the end is read as the header's would be, with the date line beside it
    (and its place, where the header gave no date)."""
    pat = _numbered_at_end()
    for ln in lines[max(start, stop - _AUTH_REACH) : stop]:
        if not ln.text or NUMBER_LINE.match(ln.text.strip(" *_|")) is None or not pat.search(ln.text):
            continue
        fb = fallback(lines, ln.idx, min(stop, ln.idx + 4))
        if fb.number is None:
            continue
        annotate_number(fb, lines, rule="number-authentication", conf=0.8)
        if fb.date is not None and "date" not in have:
            annotate_date(fb, lines, rule="date-authentication", conf=0.8)
        keep = ("number", "date", "place") if "date" not in have else ("number",)
        return {k: fb.annotations[k] for k in keep if k in fb.annotations}
    return {}


# lines past the number (or the document's start) that the case-blind date reading looks at:
# a date line stands right by the number in any layout; one far below is another's
_DATE_REACH = 6
# "<place>, ngày D tháng M năm Y" in any case, anywhere in the header (an OCR that lowercased the
# page and ran its header into one line: "… số : 2827 … hà nội , ngày 14 tháng 10 năm 2025 …")
_PLACE_DATE_ANY = re.compile(
    r"(?i)(?P<place>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})[ \t]*,[ \t]*ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}")


def _place_date_anywhere(lines: list[Line], start: int, head_end: int) -> Piece | None:
    """Degrade, never collapse: where neither the cells nor the first-``Số`` reading found the
    date line, the first place-date phrase of the header zone, whatever its case and layout.
    The place is the words right before the comma (a lowercased place is given its capitals)."""
    for ln in lines[start : max(head_end, start + 1)]:
        m = _PLACE_DATE_ANY.search(ln.text) if ln.text else None
        if m is None:
            continue
        words = m.group("place").split()
        # the place is at most the words that may name one: a lowercased line has no capitals to
        # tell its end, so the two words before the comma (most names are of two syllables)
        keep = words if any(w[:1].isupper() for w in words) else words[-2:]
        ps = m.start("place") + m.group("place").rindex(" ".join(keep)) if keep else m.start("place")
        return Piece(ln.idx, ln.start + ps, ln.start + m.end(), ln.text[ps : m.end()], "date", first_on_line=False)
    return None


# ---------------------------------------------------------------- the segmenter

def segment(text: str, note_calls: tuple[tuple[int, str], ...] = (), row_breaks: tuple[int, ...] = (),
            pipe_lines: tuple[int, ...] = ()) -> Document:
    raw_lines = split_lines(text)
    furniture = find_furniture(raw_lines)
    text = mask(text, furniture)
    lines = split_lines(text) if furniture else raw_lines
    doc = Document(text, lines, furniture=furniture, note_calls=note_calls, row_breaks=row_breaks,
                   pipe_lines=pipe_lines)
    n = len(lines)
    rules = _rules()
    s_rules, b_rules = rules["s"], rules["b"]

    # 1. where the document proper starts and ends (publisher boilerplate around it)
    head_markers = b_rules["head"]["markers"]
    trail_markers = b_rules["trailer"]["markers"]
    scan = min(n, 400)
    qh_lines = _quoc_hieu_lines(lines, scan)
    first_number = next((ln.idx for ln in lines[:scan] if NUMBER_LINE.match(ln.text) and "/" in ln.text), None)
    doc_start = 0
    head_texts = [ln.text for ln in raw_lines[:scan]]
    head_hits = fuzzy_starts_lines(head_texts, head_markers, 90)
    last_head_bp = max((ln.idx for ln, hit in zip(raw_lines[:scan], head_hits, strict=True) if hit), default=-1)
    summary_ends = b_rules["head"].get("summary_end", [])
    if summary_ends:
        # a site's summary of the document above it ends with its "see the details" line
        # (only its first line counts, and only up to the first Quốc hiệu: the lines below it
        # are not scored — each line's score is its own)
        reach = min(scan, qh_lines[0] + 1) if qh_lines else scan
        ends = fuzzy_starts_lines(head_texts[:reach], summary_ends, 90)
        k = next((ln.idx for ln, hit in zip(raw_lines[:reach], ends, strict=True) if hit), None)
        if k is not None and k > last_head_bp and not (qh_lines and qh_lines[0] < k):
            last_head_bp = k
    if qh_lines and _document_before(lines, last_head_bp + 1, qh_lines[0], s_rules):
        # the first Quốc hiệu stands in a form appended to a document whose own header was
        # lost (its type line or grounds come first): it does not start the document
        qh_lines = []
    run_in = _run_in_motto(lines, last_head_bp + 1, qh_lines[0]) if qh_lines else None
    if run_in is not None:
        # a header run together on one line ("BỘ A CỘNG HÒA … Số: … Hà Nội, ngày …") before the
        # first Quốc hiệu on a line of its own (a routing slip's, a form's, appended): the
        # document starts at its own header
        qh_lines = []
        doc_start = run_in
    elif qh_lines:
        q = qh_lines[0]
        j = q - 1
        while j > last_head_bp and (lines[j].blank or _is_rule_line(lines[j].text)):
            j -= 1
        while j > last_head_bp:
            if lines[j].blank:
                # an emptied emphasis line ("**") can split the issuer cell: go on over it
                # while the line above is still header capitals
                above = lines[j - 1] if j - 1 > last_head_bp else None
                if above is None or above.blank or not is_upper_line(above.text) or len(above.text) > 60 or q - j > 8:
                    break
            j -= 1
        doc_start = j + 1
    elif last_head_bp >= 0:
        doc_start = last_head_bp + 1
        if first_number is not None and first_number > doc_start:
            doc_start = max(doc_start, first_number - 4)
    doc_end = _trailer_start(raw_lines, doc_start, trail_markers, n)
    if any(w in text for w in b_rules["copy"]["words"]):  # (most texts name no copy's kind)
        doc_end = _copy_form_start(raw_lines, doc_start, doc_end, b_rules["copy"])
    doc.anchors["doc_start"], doc.anchors["doc_end"] = doc_start, doc_end
    for ln in raw_lines[:doc_start] + raw_lines[doc_end:]:
        if ln.text and ln.idx not in furniture:
            reason = BEFORE_DOCUMENT if ln.idx < doc_start else AFTER_DOCUMENT
            doc.furniture[ln.idx] = Mark(reason, ln.start, ln.end)
    qh_set = set(qh_lines)

    # 2. header zone: type name (or V/v), then the header's cells read before it
    zone_limit = min(doc_end, doc_start + 80)
    type_i = vv_i = None
    one_line_title = False  # the type read off a sentence-case first line with its title
    type_end = title_off = None
    header_stop = zone_limit
    first_text = next((ln.idx for ln in lines[doc_start:zone_limit] if ln.text), None)
    for ln in lines[doc_start:zone_limit]:
        t = ln.text
        if t and vv_i is None and type_i is None and (VV_LINE.match(t) or _cites_itself().match(t)) \
                and _number_below(lines, ln.idx, zone_limit):
            # a letter's trích yếu sits under its number (in the number's cell or below it): a
            # "Về việc …" line above the number is a web page's own heading (which may name
            # another document); it neither ends the header nor stops the search for the type
            doc.furniture[ln.idx] = Mark(PAGE_HEADING, ln.start, ln.end)
            continue
        if header_stop == zone_limit and ln.idx > doc_start and (_ends_header(t, s_rules) or _VV_CUE_START.match(t)):
            # (a V/v line ends the cells too: the title reader takes it whole, a row's date
            # cell run into it cut off by _row_cut)
            header_stop = ln.idx
        if not t:
            continue
        if header_stop < ln.idx and len(t) < 40 and opens_recipients(t.strip(" *_|"), s_rules["closing"]["recipients"]):
            # the closing's Nơi nhận after the body (a letter whose header was lost: "Kính gửi"
            # first): a type line below it heads an attachment, not this document
            break
        if vv_i is not None:
            # a report or submission that also carries a letter's "V/v" line names its kind in
            # a type line of its own under it ("BÁO CÁO GIẢI TRÌNH" / "Về việc …"): the named
            # kind wins (Phụ lục III), read strictly and only before Kính gửi or the preamble
            if _ends_header(t, s_rules):
                break
            if match_type_line(t) or qualified_type(t):
                type_i = type_end = ln.idx
                break
            continue
        nxt = lines[ln.idx + 1].text if ln.idx + 1 < n else ""
        if match_type_line(t):
            type_i = type_end = ln.idx
        elif nxt and len(t) < 20 and len(nxt) < 20 and not match_type_line(nxt) and match_type_line(f"{t} {nxt}"):
            type_i, type_end = ln.idx, ln.idx + 1  # "NGHỊ" / "ĐỊNH": the type wrapped
        elif (g := glued_type(t)) is not None:
            type_i = type_end = ln.idx
            title_off = ln.start + g[1]
        elif qualified_type(t):
            type_i = type_end = ln.idx  # "KẾ HOẠCH QUỐC GIA": a qualified type line
        elif header_stop == zone_limit and (g := run_on_type(t)) is not None:
            # weaker than a type line alone: only in the header, never past the preamble or
            # Kính gửi (an appendix's heading in capitals opens the same way)
            type_i = type_end = ln.idx
            title_off = ln.start + g[1]
        elif VV_LINE.match(t):
            vv_i = ln.idx
        elif ln.idx == first_text and (g := sentence_type(t)) is not None:
            type_i = type_end = ln.idx
            title_off = ln.start + g[1]
            one_line_title = True
        if type_i is not None:
            break
    cells_end = min(x for x in (type_i, header_stop, zone_limit) if x is not None)
    page_heads = frozenset(i for i, m in doc.furniture.items() if m.reason == PAGE_HEADING and doc_start <= i < cells_end)
    hr = read_header(lines, doc_start, cells_end, lambda ln: False, page_heads)
    annotate_number(hr, lines)
    annotate_date(hr, lines)
    if "number" not in hr.annotations or "date" not in hr.annotations:
        head_end = type_end + 1 if type_end is not None else cells_end
        _fill_from_fallback(doc, hr, lines, doc_start, zone_limit, head_end)
    doc.annotations.update(hr.annotations)
    if "number" not in hr.annotations:
        # (values only: the header's cells and extent stay the header's)
        doc.annotations.update(_authentication(lines, doc_start, doc_end, hr.annotations))
    number_i = hr.number.line if hr.number is not None else None
    date_i = hr.date.line if hr.date is not None else None
    vv_piece = hr.vv if hr.vv is not None and (vv_i is None or hr.vv.line <= vv_i) else None
    if vv_piece is not None:
        vv_i = vv_piece.line
    for k, v in (("number", number_i), ("date", date_i), ("type", type_i), ("vv", vv_i)):
        if v is not None:
            doc.anchors[k] = v
    for role, piece in (("number", hr.number), ("date", hr.date), ("vv", vv_piece)):
        if piece is not None:
            doc.cells[role] = [piece]
    doc.cells["motto"] = [p for p in hr.pieces if p.role == "motto"]

    # title block: after the type line (or the V/v line), until a blank/rule line
    title_lines: list[int] = []
    tstart = None
    if type_i is not None and title_off is not None:
        tstart = type_i
    elif type_i is not None:
        tstart = (type_end if type_end is not None else type_i) + 1
        # (a draft's mark under the type line, "DỰ THẢO LẦN 3", is no part of the trích yếu)
        while tstart < doc_end and (lines[tstart].blank or is_header_mark(lines[tstart].text)):
            tstart += 1
    elif vv_i is not None:
        tstart = vv_i
        if vv_piece is not None:
            title_off = vv_piece.start
    title_end_off = None
    if tstart is None and type_i is None and number_i is not None:
        # a letter without "V/v" (a Party body's công văn): its trích yếu is the rest of the
        # number's cell, the lines under the number before the motto and the date line
        # (read past the header's stop: a ground's opener may open the trích yếu)
        title_lines = _unmarked_trich_yeu(lines, number_i, min(doc_end, number_i + 8), qh_set, date_i, s_rules)
    if vv_piece is not None and type_i is None and not vv_piece.first_on_line or (
        vv_piece is not None and type_i is None and vv_piece.end < lines[vv_piece.line].end
    ):
        # V/v in a cell of its own on a table row: the trích yếu is that cell
        title_lines = [vv_piece.line]
        title_end_off = vv_piece.end
        nj = _next_text(lines, vv_piece.line, doc_end) if vv_piece.end >= lines[vv_piece.line].end else doc_end
        if nj < doc_end and nj - vv_piece.line <= 2 and "”" in lines[nj].text and _quote_left_open(
                text[lines[vv_piece.line].start : vv_piece.end]):
            # (the number's cell run into a trích yếu set in quotes: "Số: 648 CV/… “V/v triệu tập
            # …, triển khai" / "Chương trình “…” năm 2023”" — it goes on to the line closing them)
            title_lines.append(nj)
            title_end_off = None
    elif tstart is not None:
        j = tstart
        while j < doc_end and not _is_rule_line(lines[j].text):
            if lines[j].blank:
                nxt = _lower_continuation(lines, j, doc_end, title_lines, s_rules)
                if nxt is None:
                    break
                j = nxt
            t = lines[j].text
            sender = _sender_at(t) if j != tstart and title_lines and t.rstrip(" *_").endswith(":") else None
            if sender == 0:
                break  # the telegram's sender line under its trích yếu in capitals
            cut_at = _title_before(t, sender) if sender is not None else None
            if cut_at is not None:
                # a telegram's sender line ("THỦ TƯỚNG CHÍNH PHỦ điện:") a converter ran into the
                # trích yếu's last line: the title ends before it
                title_lines.append(j)
                title_end_off = lines[j].start + cut_at
                break
            if j != tstart and title_lines and len(title_lines) < 4 and _quote_left_open(
                    " ".join(lines[k].text for k in title_lines)) and "”" in t:
                # "“V/v triệu tập …, triển khai" / "Chương trình “Tiếp sức mùa thi” năm 2023”": a
                # trích yếu set in quotes goes on to the line that closes them
                title_lines.append(j)
                j += 1
                continue
            if j != tstart and one_line_title and not t[:1].islower():
                break  # the title block written as one line: the next, in sentence case, is the body's
            if j != tstart and _ends_title(t, lines[title_lines[-1]].text, s_rules, len(title_lines) == 1 and type_i is not None) \
                    and not _phrase_above_authority(lines, j, doc_end, lines[title_lines[-1]].text):
                break
            if j != tstart and title_lines and _authority_under_title(lines, j, doc_end, lines[title_lines[-1]].text):
                break
            if j != tstart and title_lines and _term_before_grounds(lines, j, doc_end):
                break
            if j == tstart and j != vv_i and title_off is None and _not_a_title(t, s_rules):
                break  # the type line has no trích yếu under it: the preamble follows at once
            title_lines.append(j)
            j += 1
    wrapped: Piece | None = None
    if title_lines and title_end_off is None:
        cut = _row_cut(lines, title_lines, title_off, doc_end, s_rules)
        if cut is not None:
            title_lines, title_end_off, wrapped = cut
    if title_lines and title_end_off is None and _term_before_grounds(lines, _next_text(lines, title_lines[-1], doc_end), doc_end):
        run_in = _run_in_authority(lines[title_lines[-1]], title_off if len(title_lines) == 1 else None)
        if run_in is not None:
            # the authority line run into the trích yếu's last line (a converter joined them):
            # the trích yếu ends before it, the authority stands apart
            title_end_off = run_in.start - 1
            while title_end_off > lines[title_lines[-1]].start and text[title_end_off - 1] in " \t":
                title_end_off -= 1
            doc.cells["authority"] = [run_in]
    if title_lines:
        last = wrapped.line if wrapped is not None else title_lines[-1]
        doc.parts["title"] = range(title_lines[0], last + 1)
        ts = title_off if title_off is not None else lines[title_lines[0]].start
        te = title_end_off if title_end_off is not None else lines[title_lines[-1]].end
        if te > ts:
            doc.cells["title"] = [Piece(title_lines[0], ts, te, text[ts:te], "title")]
            if wrapped is not None:
                doc.cells["title"].append(wrapped)
    anchors = [x for x in (number_i, date_i, type_end, vv_i) if x is not None] + title_lines
    header_end = (max(anchors) + 1) if anchors else doc_start
    # the issuer block: the header's other capitals before its first cue (number, date, type)
    others = [(p.line, p.start) for p in (hr.date, vv_piece) if p is not None] \
        + ([(type_i, lines[type_i].start)] if type_i is not None else [])
    at_number = (hr.number.line, hr.number.start) if hr.number is not None else None
    first = min(others + ([at_number] if at_number else []), default=(header_end, 0))

    def issuer_text(p: Piece) -> bool:
        return p.role == "text" and p.line not in qh_set and not _is_rule_line(p.text) and not _is_tieu_ngu(p.text)

    issuer: list[Piece] = []
    for p in hr.pieces:
        if (p.line, p.start) >= first:
            break
        if issuer_text(p):
            issuer.append(p)
    if not issuer and at_number == first:
        # the number read first, above the header (an OCR of a scan whose number line sits
        # higher than the issuer's, or a number stamped on top): the issuer is the capitals
        # after it, up to the next cue
        nxt = min(others, default=(header_end, 0))
        for p in hr.pieces:
            if (p.line, p.start) <= first:
                continue
            if (p.line, p.start) >= nxt:
                break
            if not issuer_text(p):
                continue
            if not is_upper_line(p.text, 0.8):
                break
            issuer.append(p)
    doc.cells["issuer"] = issuer
    issuer_lines = sorted({p.line for p in issuer})
    doc.parts["issuer_block"] = range(issuer_lines[0], issuer_lines[-1] + 1) if issuer_lines else range(0)
    doc.anchors["issuer_lines"] = len(issuer_lines)
    doc.parts["header"] = range(doc_start, header_end)

    # 3. Kính gửi (công văn, tờ trình, báo cáo)
    k_start = header_end
    kg = None
    # (twelve lines of text past the header: blank ones — furniture blanked, a site's properties
    # between a lost header and "Kính gửi" — do not count)
    reach = header_end
    seen = 0
    while reach < doc_end and seen < 12:
        seen += bool(lines[reach].text)
        reach += 1
    for ln in lines[doc_start:reach]:
        # the list laid out as a table: the label in the row's first cell
        if fuzzy_starts(ln.text.lstrip("| "), s_rules["closing"]["addressee"], 90) or MARRED_ADDRESSEE.match(ln.text):
            kg = ln.idx
            break
    pre_start = header_end
    if kg is not None:
        j = kg + 1
        last = kg
        co = s_rules["closing"]["co_addressee"]
        bare = _BARE_LABEL.match(lines[kg].text) is not None
        while j < doc_end:
            t = lines[j].text
            if not t:
                j += 1
                continue
            if t.startswith("|"):
                # a table row of the list: its label cell empty (the label's column goes on,
                # whether or not its item has a dash), or the emptied |---| row
                label_cell_empty = re.match(r"\|\s*\|", t) is not None
                t = t.strip("| \t")
                if not t.strip("|-: \t") or (label_cell_empty and "|" not in t):
                    last = j
                    j += 1
                    continue
            if fuzzy_starts(t.lstrip("-+• "), co, 90) or (
                BULLET.match(t) and not opens_ground(t.lstrip("-+• "))
            ):
                last = j
                j += 1
                continue
            if last == kg and not bare and role_then_body(lines[kg].text, t):
                last = j  # "Kính gửi: Bộ trưởng" / "Bộ Công Thương": the role's body on the next line
                j += 1
                continue
            if last > kg and _wrapped_item_rest(lines[last].text, t):
                last = j  # "- Các bộ, cơ quan ngang bộ, cơ quan thuộc" / "Chính phủ;": the item's rest
                j += 1
                continue
            if (bare or lines[last].text.rstrip().endswith(";")) and _undashed_addressee(
                t, bare and last == kg, lines[last].text, s_rules
            ):
                # the label alone in its cell, the addressees each a paragraph of the next
                # cell without dashes (a table read one cell paragraph a line)
                last = j
                j += 1
                if t.rstrip().endswith(";"):
                    continue
            break
        doc.parts["addressee"] = range(kg, last + 1)
        pre_start = max(header_end, last + 1)
    # skip the theme / rule lines between the title and the preamble
    while pre_start < doc_end and (lines[pre_start].blank or _is_rule_line(lines[pre_start].text)):
        pre_start += 1
    del k_start

    # 4. closing: Nơi nhận, signature, appendix, read on the pieces of the lines (cells and
    # lines a converter ran together cut apart)
    pieces = explode(text, lines, doc_start, doc_end, row_breaks)  # a header zone misread never hides it
    items = pieces.items
    noi_nhan = _recipients_start(items, s_rules)
    sig = find_signature(items, 0, len(items), noi_nhan)
    if noi_nhan is None:
        noi_nhan = _closing_item_line(items, sig)
    att = _attachment_start(items, noi_nhan)
    if att is not None:
        # nothing past the start of an attachment (a draft, form or appendix with a closing of
        # its own) is the document's closing: its Nơi nhận and signature are the attachment's
        if noi_nhan is not None and noi_nhan >= att:
            noi_nhan = _recipients_start(items[:att], s_rules)
        if sig is not None and sig[1] >= att:
            sig = find_signature(items, 0, att, noi_nhan)
    if noi_nhan is not None and sig is not None and sig[1] < noi_nhan:
        # a Nơi nhận below the signature, past an appendix heading, is a template's (a form in
        # the appendix), not the document's
        a, b = pieces.line_of[sig[1]], pieces.line_of[noi_nhan]
        if any(_is_appendix_heading(lines[i].text) for i in range(a + 1, b)):
            noi_nhan = None
    r_end = None
    if noi_nhan is not None:
        r_end = _recipients_end(items, noi_nhan, sig)
        if sig is None:
            sig = _name_after_list(items, r_end)
    if sig is None:
        sig = _marked_name(items, r_end if r_end is not None else 0, att if att is not None else len(items))
    if sig is None:
        sig = _nameless_signature(items, att if att is not None else len(items), noi_nhan)
    appendix_i = None
    closing_pieces = [x for x in (noi_nhan, sig[1] if sig else None) if x is not None]
    if closing_pieces:
        for ln in lines[pieces.line_of[max(closing_pieces)] : doc_end]:
            if _is_appendix_heading(ln.text):
                appendix_i = ln.idx
                break
    firsts = [pieces.line_of[x] for x in (noi_nhan, sig[0] if sig else None) if x is not None]
    body_end = min(firsts) if firsts else doc_end
    apart = (_position_apart(items, noi_nhan, r_end)
             if sig is not None and noi_nhan is not None and r_end is not None and sig[0] >= r_end
             and not any(is_position_line(x.text) for x in items[sig[0] : sig[1] + 1]) else [])
    if noi_nhan is not None and r_end is not None:
        doc.parts["recipients"] = pieces.lines_range(noi_nhan, r_end - 1)
        doc.closing["recipients"] = [x for x in items[noi_nhan:r_end] if x.idx not in apart]
        if sig is not None and r_end == sig[0]:
            doc.closing["recipients"] += _list_resumed(items, noi_nhan, r_end, sig[1] + 1)
    if sig:
        doc.parts["signature"] = pieces.lines_range(sig[0], sig[1])
        doc.closing["signature"] = [items[k] for k in apart] + items[sig[0] : sig[1] + 1]
    if appendix_i is not None:
        doc.parts["appendix"] = range(appendix_i, doc_end)
    doc.anchors["body_end"] = body_end

    # 5. preamble and body
    pre_end = _preamble_end(lines, pre_start, body_end, s_rules)
    doc.parts["preamble"] = range(pre_start, pre_end)
    doc.parts["body"] = range(pre_end, body_end)
    doc.parts["main"] = range(doc_start, body_end)
    att = _attached_part(doc, doc_end)
    if att is not None:
        doc.parts["attached"] = att
    doc.sections = build_sections(lines, pre_end, body_end)
    impl = find_implementation(doc, s_rules["sections"]["implementation"])
    if impl is not None:
        doc.parts["implementation"] = range(impl.line, impl.end)
    return doc


@cache
def _attached_rules() -> tuple[tuple[str, ...], re.Pattern[str], int]:
    r = _rules()["s"]["attached"]
    return (tuple(fold(x) for x in r["issues"]), re.compile(r["attached_to"], re.IGNORECASE),
            int(r["attached_to_window"]))


def _attached_part(doc: Document, doc_end: int) -> range | None:
    """The lines of a document issued with this one, printed after its closing (a decision that
    adopts a Kế hoạch, a Quy chế, a Chương trình): from the closing to the end of the text. One
    reading for every extractor — its schedule and its assignments are what the decision adopts."""
    ends = [r.stop for k in ("recipients", "signature") if len(r := doc.parts.get(k) or range(0))]
    body = doc.parts.get("body") or range(0)
    if not ends or max(ends) >= doc_end or not len(body):
        return None
    after = range(max(ends), doc_end)
    issues, attached_to, window = _attached_rules()
    head = [ln for ln in doc.lines[after.start : min(after.stop, after.start + window)] if ln.text]
    if head and opens_with_type(head[0].text):
        return after
    # an issued document opens with a type name of its own ("KẾ HOẠCH", under its own header block,
    # a gazette's running head, a signature certificate): an annex of tables does not — unless
    # the annex is the document's list of assignments ("Phụ lục / NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ
    # …", attached to this document): a resolution's tasks set out there, numbered paragraph by
    # numbered paragraph, are what it gives each body to do
    def says_issues() -> bool:
        a, b = doc.lines[body.start].start, doc.lines[body.stop - 1].end
        # the body folded once, not once for each phrase tried (it is most of the document), and
        # only where the answer is needed
        body_key = fold(doc.text[a:b])
        return any(x in body_key for x in issues)

    if not any(opens_with_type(ln.text) for ln in head):
        if _task_annex(head, attached_to):
            doc.parts["task_annex"] = after
            return after
        # … or the issued regulation lost its own heading (an image in a web page's text): the
        # articles that run on after the closing of a decision that says it issues one are its
        # text ("Chương II" / "Điều 4. …" / … / "Điều 12. Tổ chức thực hiện")
        if _articles_in(doc.lines[after.start : after.stop]) >= 2 and says_issues():
            return after
        return None
    if says_issues():
        return after
    # … or the attached text says what it is attached to ("(Kèm theo Quyết định số …)"), whatever
    # words the decision used
    if any(attached_to.search(ln.text) for ln in head):
        return after
    return None


def _articles_in(lines: list[Line]) -> int:
    """Article headings ("Điều 4. Tiêu chuẩn xét tặng") among these lines."""
    return sum(1 for ln in lines if (h := parse_heading(ln.text)) and h[0].casefold().startswith("điều"))


@cache
def _task_annex_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in _rules()["s"]["attached"]["task_annex"])


def _task_annex(head: list[Line], attached_to: re.Pattern[str]) -> bool:
    """An appendix heading whose title (its next lines, up to the note of what it is attached
    to) names tasks given out, attached to this document."""
    k = next((i for i, ln in enumerate(head) if _is_appendix_heading(ln.text)), None)
    if k is None or k > 2:
        return False
    note = next((i for i in range(k, min(k + 6, len(head))) if attached_to.search(head[i].text)), None)
    if note is None:
        return False
    title = fold(" ".join(ln.text for ln in head[k : note + 1]))
    if not any(w in title for w in _task_annex_words()):
        return False
    # tasks set out in numbered paragraphs; an annex that is a task table is read as a table
    first = next((ln.text for ln in head[note + 1 :] if not _is_rule_line(ln.text)), "")
    return bool(_NUMBERED_PARAGRAPH.match(first))


_NUMBERED_PARAGRAPH = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+\S.{20,}")


_BARE_LABEL = re.compile(r"^[|\s]*(?:Kính gửi|KÍNH GỬI)\s*[:.]?[|\s]*$")


def _wrapped_item_rest(item: str, t: str) -> bool:
    """``t`` finishes the dashed addressee ``item`` a hard wrap cut: the item ends without its
    punctuation, ``t`` is short and ends with the item's ";" or "."."""
    return (bool(BULLET.match(item)) and item.rstrip()[-1:].isalpha() and len(t) <= 80
            and t.rstrip()[-1:] in ";." and not BULLET.match(t))


def role_then_body(label_line: str, t: str) -> bool:
    """``t`` names the body of the role the ``Kính gửi:`` line ends with, a hard wrap between
    them: the addressee is a position alone, ``t`` short and opening with an organisation's head
    (no ground, no item of a list)."""
    item = label_line.split(":", 1)[1] if ":" in label_line else ""
    item = item.strip(" *_|\t").rstrip(";,.")
    if not item or fold(item) not in _position_folds():
        return False
    return (len(t) <= 80 and not t.rstrip().endswith(":") and not BULLET.match(t) and not opens_ground(t)
            and starts_with_org_head(t) is not None)


@cache
def _position_folds() -> frozenset[str]:
    return frozenset(fold(p) for p in positions())


def _undashed_addressee(t: str, first: bool, prev: str, s_rules: dict) -> bool:
    """An addressee without a dash after a bare ``Kính gửi:``: the first line after it, or a
    line after one that ended with ``;`` (the list goes on, also after ``Kính gửi: X;``);
    short, and no preamble sentence."""
    if len(t) > 160 or not (first or prev.rstrip().endswith(";")):
        return False
    return not opens_ground(t) and not t.startswith("|")


def _preamble_end(lines: list[Line], start: int, stop: int, s_rules: dict) -> int:
    starters = s_rules["preamble"]["body_starters"]
    for ln in lines[start:stop]:
        t = ln.text
        if not t:
            continue
        h = parse_heading(t)
        if h and ln.idx > start:
            return ln.idx
        if h and ln.idx == start and not opens_ground(h[1]):
            return ln.idx
        if fuzzy_equals(t, starters, 90):
            return ln.idx + 1
        if introduces_body(t):
            return ln.idx + 1
        if ln.idx - start > 60:
            break
    # no clear end: the preamble is the run of paragraphs that open with a ground
    j = start
    while j < stop and (not lines[j].text or opens_ground(lines[j].text)):
        if lines[j].text and ground_goes_on_to_request(lines[j].text):
            break
        j += 1
    return j


def build_sections(lines: list[Line], start: int, stop: int) -> list[Section]:
    heads: list[tuple[int, str, str, int]] = []
    for ln in lines[start:stop]:
        h = parse_heading(ln.text)
        if h:
            title = h[1]
            # a heading wrapped by the converter: "IV. TỔ CHỨC" / "THỰC HIỆN"
            j = ln.idx + 1
            while (
                title and is_upper_line(title) and j < stop and lines[j].text
                and is_upper_line(lines[j].text) and len(lines[j].text) < 60 and not parse_heading(lines[j].text)
            ):
                title = f"{title} {lines[j].text}"
                j += 1
            heads.append((ln.idx, h[0], title, h[2]))
    out: list[Section] = []
    for k, (i, marker, title, level) in enumerate(heads):
        end = stop
        for j, _m, _t, lv in heads[k + 1 :]:
            if lv <= level:
                end = j
                break
        out.append(Section(i, end, level, marker, title))
    return out


def find_implementation(doc: Document, phrases: list[str]) -> Section | None:
    """The (last, outermost) section whose heading names the implementation."""
    best: Section | None = None
    for s in doc.sections:
        title = s.title.rstrip(":. ")
        if not title or len(title) > 80:
            continue
        hit = fuzzy_equals(title, phrases, 88) or (
            fuzzy_starts(title, phrases, 92) if len(title) < 60 else None
        )
        if hit:
            if best is None or s.level <= best.level or s.line > best.end:
                best = s
    return best


# ---------------------------------------------------------------- signature

def _authority_rules() -> tuple[re.Pattern[str], dict[str, str]]:
    """The authority prefixes of a signature block (rules/structure.toml ``[closing]
    authority``): "TM." … are written with their dot, Party documents write the slash forms
    without one ("T/M BAN THƯỜNG VỤ"). The pattern, and each form's canonical prefix."""
    forms = _rules()["s"]["closing"]["authority"]
    dotted = [f.rstrip(".") for f in forms if "/" not in f]
    slashed = [f.rstrip(".") for f in forms if "/" in f]
    pattern = re.compile(
        rf"^(?P<auth>(?:{'|'.join(map(re.escape, dotted))})(?=\s*[.:])|{'|'.join(map(re.escape, slashed))})"
        r"\s*[.:]?\s*(?P<rest>.*)$"
    )
    canon = {f: f.replace("/", "") + "." for f in dotted + slashed}
    return pattern, canon


AUTHORITY, AUTHORITY_CANON = _authority_rules()
NAME_WORD = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]*"
PERSON_NAME = re.compile(rf"^(?:{NAME_TITLES}\.?\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{1,5}}$")
# what OCR read off a seal's star or rim right before the name under it ("* Vũ Thị Thu Nga",
# a bullet the normalizer made a dash)
SEAL_MARK = re.compile(rf"^[-*•·]\s*(?={NAME_WORD[:-1]})")


def seal_text(t: str) -> bool:
    """A short line of capitals that is no line of a signature block: what OCR read of the
    seal's rim (the issuing body's name, a word or two a line: "TRƯỜNG" / "ĐẠI HỌC"), or the
    junk it made of the seal's middle."""
    return stamp_read(t) or (len(t) <= 25 and len(t.split()) <= 3 and is_upper_line(t, 0.9)
                             and not is_position_line(t))


_STRAY_DASH = re.compile(r"^[-–—~.,:;]\s+(?=[^\W\d_])")


def without_stray_dash(t: str) -> str:
    """A signature line without the dash or dot a scan's OCR read before it (the Nơi nhận
    column's items stand beside it: "Nơi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM", "+ Như trên: . PHÓ …",
    "- Như trên; — PHO TONG CUC TRUONG", the item's "; : PHÓ …")."""
    return _STRAY_DASH.sub("", t, count=1) if t[:1] in "-–—~.,:;" else t


def stamp_read(t: str) -> bool:
    """What OCR made of a stamp over a signature block ("(ees 2®) <<"): a short line with no
    Vietnamese syllable, no line of the block (an authority alone on its line, "KT.", is one)."""
    return ocr_junk(t) and not AUTHORITY.match(t)


def is_position_line(t: str) -> bool:
    """A line of a signature block above the name: an authority (KT./TM. …) or a position in
    capitals (``rules/orgs.toml`` positions)."""
    if not t or len(t) > 90:
        return False
    if AUTHORITY.match(t):
        return True
    if not is_upper_line(t, 0.85):
        return False
    t = without_stray_dash(t)
    pos = load_rules("orgs")["positions"]
    return fuzzy_starts(t, pos, 92) is not None


def find_signature(lines: list[Line], start: int, stop: int, noi_nhan: int | None) -> tuple[int, int] | None:
    """(first, last) line of the signature block: authority/position lines then the name."""
    cands = _signature_candidates(lines, start, stop)
    if not cands:
        return None
    if noi_nhan is not None:
        return min(cands, key=lambda c: (abs(c[0] - noi_nhan), c[0]))
    return cands[-1]


def _attachment_start(pieces: list[Line], noi_nhan: int | None) -> int | None:
    """The first piece of an attachment: a new document's header (its Quốc hiệu) or an appendix
    heading after the main document's first closing (its Nơi nhận, or its first signature block
    with a name). A document ends at its own closing; what is appended after it (a draft, a form,
    an appendix) may carry a header and a closing of its own."""
    cands = _signature_candidates(pieces, 0, len(pieces))
    firsts = [x for x in (noi_nhan, cands[0][1] if cands else None) if x is not None]
    if not firsts:
        return None
    after = min(firsts) + 1
    qh = set(_quoc_hieu_lines(pieces[after:], len(pieces) - after)) if after < len(pieces) else set()
    for p in pieces[after:]:
        if p.idx - after in qh or _is_appendix_heading(p.text):
            return p.idx
    return None


def _signature_candidates(lines: list[Line], start: int, stop: int) -> list[tuple[int, int]]:
    """Every (first, last) block of position lines over a personal name, in order."""
    cands: list[tuple[int, int]] = []
    for ln in lines[start:stop]:
        lead = ln.text.lstrip()[:1]
        if not lead.isupper():
            # a mark before a name: only under a seal's text (an item of a list otherwise)
            seal = SEAL_MARK.match(ln.text) if lead in "-*•·" else None
            if seal is not None and PERSON_NAME.match(ln.text[seal.end() :]) and not is_upper_line(ln.text, 0.9) \
                    and (k := _above_seal(lines, ln.idx - 1, start)) is not None:
                cands.append((_block_top(lines, k, start), ln.idx))
            continue  # (a name, whole or set apart, opens with a capital: most lines are let go here)
        if not (PERSON_NAME.match(ln.text) or rejoined_name(ln.text)) or is_upper_line(ln.text, 0.9):
            continue
        # walk up over blank lines (room for the signature) to the position lines
        name_first = ln.idx
        # a name wrapped over two lines ("Phạm" / "Mạnh Cường")
        prev = lines[ln.idx - 1] if ln.idx - 1 >= start else None
        if prev is not None and re.fullmatch(NAME_WORD, prev.text):
            name_first = prev.idx
        j = name_first - 1
        gap = 0
        # (a converter that makes every line a paragraph doubles the blank lines)
        # (… and over what OCR made of a stamp between the position and the name)
        while j >= start and (lines[j].blank or is_signed_mark(lines[j].text) or stamp_read(lines[j].text)
                              or same_name_marked(lines[j].text, ln.text)) and gap < 12:
            j -= 1
            gap += 1
        if j < start:
            continue
        # the line above the name is the position, possibly wrapped ("KT. TRƯỞNG BAN …," / "THUẾ QUỐC TẾ")
        k = j
        while k > j - 3 and k >= start and lines[k].text and not is_position_line(lines[k].text) and is_upper_line(lines[k].text, 0.9):
            k -= 1
        if k < start or not is_position_line(lines[k].text):
            # … or above what OCR read of the seal between them: its rim's words a line or
            # two each, and junk ("TRƯỜNG" / "ĐẠI HỌC" / "C")
            k = _above_seal(lines, name_first - 1, start)
            if k is None:
                continue
        cands.append((_block_top(lines, k, start), ln.idx))
    return cands


def _block_top(lines: list[Line], first: int, start: int) -> int:
    """The first line of the signature block whose position line nearest the name is
    ``first``: the authority and position lines over it."""
    k = first - 1
    while k >= start:
        t = lines[k].text
        if not t:
            # blank lines may separate "TM. …/GIÁM ĐỐC" from the signing deputy's position
            k2 = k
            while k2 >= start and lines[k2].blank and k - k2 < 4:
                k2 -= 1
            if k2 >= start and is_position_line(lines[k2].text):
                k = k2
                continue
            break
        if is_position_line(t) or (is_upper_line(t, 0.9) and len(t) < 50):
            first = k
            k -= 1
            continue
        break
    return first


def _above_seal(lines: list[Line], j: int, start: int) -> int | None:
    """The position line above a seal's text over the name (``j`` the line right above the
    name), when a seal's junk is among that text; None where there is no such run."""
    junk = False
    k = j
    while k >= start and j - k < 8 and (lines[k].blank or seal_text(lines[k].text)):
        junk = junk or stamp_read(lines[k].text)
        k -= 1
    return k if junk and k >= start and k < j and is_position_line(lines[k].text) else None


def _copy_form_start(lines: list[Line], start: int, end: int, rules: dict) -> int:
    """Where a copy's own form below the copied document begins (``end`` if there is none): a
    line naming the copy's kind in capitals ("SAO LỤC", maybe after the copying body's name on
    the same line) with the copy's number ("Số: 17/SL-LĐLĐ") a few lines below it."""
    rx, num = _copy_patterns(tuple(rules["words"]), tuple(rules["codes"]))
    reach = int(rules["reach"])
    for ln in lines[start:end]:
        if ln.text and rx.search(ln.text) and ln.idx > start + 8:
            below = lines[ln.idx : min(end, ln.idx + reach + 1)]
            if any(num.search(x.text) for x in below):
                return ln.idx
    return end


@lru_cache(maxsize=4)
def _copy_patterns(words: tuple[str, ...], codes: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True))
    c = "|".join(re.escape(x) for x in codes)
    return (re.compile(rf"(?<![^\W\d_])(?:{w})\s*$"),
            re.compile(rf"{_CELL_SO}\d*\s*/\s*(?:{c})\b"))


def _trailer_start(lines: list[Line], start: int, markers: list[str], default: int) -> int:
    """The first line from ``start`` on that is a publisher's trailer (:func:`_trailer_hit`),
    the lines scored a block at a time (the trailer, where there is one, ends the scan); each
    block twice the one before (a call scores a whole block, and most documents have none)."""
    a, size = start, _TRAILER_BLOCK
    openers, reach = _marker_openers(tuple(markers))
    while a < len(lines):
        block = lines[a : a + size]
        # a trailer's line opens with a marker's words, accents kept (:func:`_trailer_hit`): a
        # block without such a line is not scored (a line's head case-folds into a prefix of
        # its whole case fold, at least as long: no character folds to nothing)
        if any(ln.text[:reach].casefold().startswith(openers) for ln in block if ln.text):
            hits = fuzzy_starts_lines([ln.text for ln in block], markers, 90)
            for ln, hit in zip(block, hits, strict=True):
                if hit and _trailer_hit(ln.text, markers):
                    return ln.idx
        a, size = a + size, 2 * size
    return default


@lru_cache(maxsize=64)
def _marker_openers(markers: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """The case folds of a marker list (what :func:`_trailer_hit` asks a line to open with) and
    the longest of them."""
    folds = tuple(m.casefold() for m in markers)
    return folds, max((len(m) for m in folds), default=0)


_TRAILER_BLOCK = 64


def _trailer_hit(t: str, markers: list[str]) -> bool:
    """A publisher's trailer: a marker's words, accents kept (folded, "Tải văn bản" would
    also be "Tại văn bản …", a sentence of the body)."""
    if not _boilerplate_hit(t, markers):
        return False
    low = t.casefold()
    return any(low.startswith(m.casefold()) for m in markers)


@cache
def _archive() -> re.Pattern[str]:
    return re.compile(_rules()["s"]["closing"]["archive"], re.IGNORECASE)


_LABEL_ITEMS = re.compile(r"^(?:Nơi nhận|NƠI NHẬN)\s*[:.]?\s*[-+•–]", re.IGNORECASE)
_ITEM_SEP = re.compile(r";\s*[-+•–]")


def _archive_inside(t: str) -> bool:
    """Dash items run together on one line, the archive item among them."""
    return bool(_ITEM_SEP.search(t)) and any(_archive().match(part.strip()) for part in t.split(";")[1:])


_LABEL_HEAD = re.compile(r"^(?:Nơi nhận|NƠI NHẬN)\s*[:.]?\s*", re.IGNORECASE)


def _labelled_line_list(t: str) -> bool:
    """The label and its whole list on one line, items without dashes (``Nơi nhận: X; Y;
    Lưu: VT.``): the archive item after a ``;`` tells a list from a sentence."""
    m = _LABEL_HEAD.match(t)
    if not m:
        return False
    parts = t[m.end() :].split(";")
    return len(parts) > 1 and any(_archive().match(part.strip()) for part in parts[1:])


def _one_line_list(t: str) -> bool:
    """A whole Nơi nhận list on one line (its label lost)."""
    return bool(BULLET.match(t)) and _archive_inside(t)


# "Nơi nhận:" with its capital misread by OCR ("Wơi nhận:"): no other word ends so
MISREAD_NOI_NHAN = re.compile(r"^[\s*_]*[A-MO-ZĐ]ơi\s+nhận\s*:")


def opens_recipients(t: str, labels: list[str]) -> bool:
    """Whether ``t`` opens with the Nơi nhận label (fuzzily, or with its capital misread)."""
    return bool(fuzzy_starts(t, labels, 90) or MISREAD_NOI_NHAN.match(t))


def _recipients_start(pieces: list[Line], s_rules: dict) -> int | None:
    """The first piece of the Nơi nhận list: its label (alone, or with the items after it), a
    whole list on one line, or — the label lost — the first of a run of dash items that ends
    with the archive item."""
    labels = s_rules["closing"]["recipients"]
    for p in pieces:
        t = p.text
        if not t:
            continue
        # (the label's fuzzy test last: a long line without a label pattern is let go first)
        if (len(t) < 40 or _LABEL_ITEMS.match(t) or _labelled_line_list(t)) and opens_recipients(t, labels):
            return p.idx
        if _one_line_list(t):
            return p.idx
        if _archive().match(t) and not _ITEM_SEP.search(t):
            k = p.idx
            while True:
                q = k - 1
                if q >= 1 and not pieces[q].text:
                    q -= 1  # one paragraph an item, a blank line after each (DOCX readers)
                if q < 0 or not pieces[q].text or not BULLET.match(pieces[q].text):
                    break
                k = q
            if k < p.idx:
                return k
    return None


def _closing_item_line(pieces: list[Line], sig: tuple[int, int] | None) -> int | None:
    """A Nơi nhận list on one line that lost both its label and its archive item (a scraped
    copy: ``- Chính phủ; - Bộ X; - Sở Y;``): three dash items or more as the last line of the
    text before the signature, or before nothing but a signed mark."""
    k = (sig[0] if sig else len(pieces)) - 1
    while k >= 0 and (not pieces[k].text.strip("| ") or is_signed_mark(pieces[k].text)):
        k -= 1
    if k < 0:
        return None
    t = pieces[k].text
    return k if BULLET.match(t) and len(_ITEM_SEP.findall(t)) >= 2 and len(t) < 600 else None


def _recipients_end(pieces: list[Line], start: int, sig: tuple[int, int] | None) -> int:
    """One past the last piece of the list that starts at ``start``: it ends at the signature,
    after the archive item, or at a paragraph after a blank line."""
    stop = sig[0] if sig and sig[0] > start else len(pieces)
    end = start + 1
    if _archive_inside(pieces[start].text) or _labelled_line_list(pieces[start].text):
        return end
    prev = pieces[start].text.rstrip()  # the last piece with text so far
    while end < stop:
        t = pieces[end].text
        # (an item that ended with ';', or the label, says the list goes on past a blank line:
        # one paragraph an item, without dashes; so does an item cut off after a comma or inside
        # a word, where a converter made each wrapped line a paragraph: "…, Ban X," / "VP Y;",
        # "Ban công" / "tác MT thôn;")
        if t and not BULLET.match(t) and not t.startswith(("Lưu", "- ")) and pieces[end - 1].blank \
                and not prev.endswith((";", ":", ",")) and not t[:1].islower():
            break
        if t:
            prev = t.rstrip()
        end += 1
        if t and _archive().match(t):
            break
    return end


def _list_resumed(pieces: list[Line], start: int, end: int, after: int) -> list[Line]:
    """The rest of a Nơi nhận list that the signature block stands inside (a converter that
    put the signature's image, or its column, between two items: "- Tòa án …;" / "TM. CHÍNH
    PHỦ" … / "- Viện kiểm sát …;" … "- Lưu: VT."): the dashed items right after the signature,
    when the list before it was left open (its last item ends with ';' or ',', no archive item
    yet), to the archive item."""
    if any(_archive().match(p.text) for p in pieces[start:end] if p.text):
        return []
    last = next((p.text.rstrip() for p in reversed(pieces[start:end]) if p.text), "")
    if not last.endswith((";", ",")):
        return []
    out: list[Line] = []
    for p in pieces[after:]:
        if not p.text:
            continue
        archive = _archive().match(p.text) is not None
        if not (archive or p.text.startswith(("- ", "+ ", "• ", "– "))):
            break
        out.append(p)
        if archive:
            break
    return out


def _position_apart(pieces: list[Line], noi_nhan: int, end: int) -> list[int]:
    """The signature's position lines where a scan's text put them apart from the name under
    the Nơi nhận list (the right column's first lines read before the left column, or right
    after its label: "HIỆU TRƯỞNG" / "Nơi nhận:" / "- …" / "Nguyễn Văn An"): the run of
    position lines in capitals right above the label, else right below it."""
    def run(ks: range) -> list[int]:
        out: list[int] = []
        for k in ks:
            t = pieces[k].text
            if not t:
                continue
            if not (is_position_line(t) and is_upper_line(t, 0.9)) or len(out) >= 3:
                break
            out.append(k)
        return out

    if pieces[noi_nhan].text.rstrip(" *_").endswith(":"):  # (a label alone: its items below it)
        below = run(range(noi_nhan + 1, end))
        if below:
            return below
    return sorted(run(range(noi_nhan - 1, max(-1, noi_nhan - 4), -1)))


def _name_after_list(pieces: list[Line], end: int) -> tuple[int, int] | None:
    """A personal name right after the Nơi nhận list, its position lost with the rest of the
    cell (``… - Lưu: VT. |`` / ``Nguyễn Văn An |``): the signer, without a position."""
    damaged = 0
    for p in pieces[end:]:
        if not p.text or is_signed_mark(p.text):
            continue
        if (PERSON_NAME.match(p.text) or rejoined_name(p.text)) and not is_upper_line(p.text, 0.9):
            return p.idx, p.idx
        # (over what OCR left of the position's column: junk, or a line of capitals too
        # damaged to read as one — "154 ` [RƯỚN: G, CHU NHIỆM. :")
        if damaged < 2 and p.text[:1] not in "-+•–" and (stamp_read(p.text) or is_upper_line(p.text, 0.8)):
            damaged += 1
            continue
        break
    return None


_MARK_AFTER = re.compile(r"^(?P<name>[^()\[\]]+?)\s*(?P<mark>[(\[][^()\[\]]{1,40}[)\]])$")
_MARK_BEFORE = re.compile(r"^(?P<mark>[(\[][^()\[\]]{1,40}[)\]])\s*(?P<name>[^()\[\]]+?)$")
# a transcription's labelled field for the signature ("signature: Nguyễn Văn An", "Chữ ký: …")
_MARK_LABEL = re.compile(r"^(?P<mark>[^\W\d][^:\d]{0,28}):\s*(?P<name>[^:()\[\]]+?)$")


def same_name_marked(t: str, name: str) -> bool:
    """A line that marks the signature with the name under it ("signature: Nguyễn Văn An" over
    "Nguyễn Văn An"): a transcription's field, between the position and the name."""
    m = split_signed_mark(t) if ":" in t or "(" in t or "[" in t else None
    return m is not None and collapse(m[0]).strip("*_ ") == collapse(name).strip("*_ ")


def split_signed_mark(t: str) -> tuple[str, int, int] | None:
    """``Nguyễn Văn An (Đã ký)`` / ``(Đã ký) Nguyễn Văn An``: the personal name that a
    published copy's signed mark stands beside, with its offsets inside ``t``."""
    body = t.strip()
    lead = len(t) - len(t.lstrip())
    # … also the labelled field in brackets of its own ("[signature: Nguyễn Văn An]")
    boxed = _BOXED.fullmatch(body)
    tries = [(rx, body, lead) for rx in (_MARK_AFTER, _MARK_BEFORE, _MARK_LABEL)]
    if boxed:
        tries.append((_MARK_LABEL, boxed.group(1), lead + boxed.start(1)))
    for rx, text, base in tries:
        m = rx.match(text)
        if m is None or not is_signed_mark(m.group("mark")):
            continue
        name = m.group("name").strip()
        if (PERSON_NAME.match(name) or rejoined_name(name)) and not is_upper_line(name, 0.9):
            off = base + m.start("name")
            return name, off, off + len(name)
    return None


_BOXED = re.compile(r"[\[(]\s*([^\[\]()]+?)\s*[\])]")


def _marked_name(pieces: list[Line], start: int, stop: int) -> tuple[int, int] | None:
    """A signature cell that holds only the signer's name and the signed mark (no position
    line above it): among the document's last pieces, the mark (in the name's piece or the
    piece next to it) says the name signed it."""
    last = [p for p in pieces[start:stop] if p.text][-4:]
    for k in range(len(last) - 1, -1, -1):
        p = last[k]
        if split_signed_mark(p.text) is not None:
            return p.idx, p.idx
        if not is_signed_mark(p.text):
            continue
        for q in (last[k - 1] if k > 0 else None, last[k + 1] if k + 1 < len(last) else None):
            if q is not None and (PERSON_NAME.match(q.text) or rejoined_name(q.text)) and not is_upper_line(q.text, 0.9):
                return q.idx, max(p.idx, q.idx)
    return None


def _nameless_signature(pieces: list[Line], stop: int, noi_nhan: int | None) -> tuple[int, int] | None:
    """A signature block whose name the copy left out ("KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" /
    "(Ký và đóng dấu)", a site that keeps the signer in its own metadata): the authority line
    and the position lines under it, where a signed mark, the Nơi nhận or the end of the
    document follows them and no name does. The last such block before ``stop``."""
    for k in range(stop - 1, -1, -1):
        if not AUTHORITY.match(pieces[k].text) or len(pieces[k].text) > 90:
            continue
        last = k
        j = k + 1
        while j < stop and j - k <= 6:  # the position lines under it, blank lines between
            if pieces[j].text and (not is_position_line(pieces[j].text) or AUTHORITY.match(pieces[j].text)):
                break
            if pieces[j].text:
                last = j
            j += 1
        j = last + 1
        if last == k and not AUTHORITY.match(pieces[k].text).group("rest"):  # type: ignore[union-attr]
            continue
        marked = False
        while j < stop and (pieces[j].blank or is_signed_mark(pieces[j].text) or _is_rule_line(pieces[j].text)):
            marked |= is_signed_mark(pieces[j].text)
            j += 1
        # (… or the issuer lines of a document appended after it, right before its Quốc hiệu)
        rest = [p for p in pieces[j:stop] if p.text and not _is_rule_line(p.text)]
        ends = j >= stop or (noi_nhan is not None and j == noi_nhan) or (
            stop < len(pieces) and len(rest) <= 3 and all(is_upper_line(p.text, 0.9) for p in rest))
        if (marked or ends) and (j >= stop or not (PERSON_NAME.match(pieces[j].text) or rejoined_name(pieces[j].text))):
            return k, last
        return None
    # a draft's block that is only the position, the document's last line, after its Nơi nhận
    # ("- Lưu: VT." / "CHỦ TỊCH"): kept for the signer to sign
    k = stop - 1
    while k >= 0 and (pieces[k].blank or is_signed_mark(pieces[k].text)):
        k -= 1
    if noi_nhan is not None and noi_nhan < k and is_position_line(pieces[k].text) and is_upper_line(pieces[k].text, 0.9):
        return k, k
    return None


# (a converted PDF may print the page's number to the left of a bare label, on the same line:
# "6 Mẫu số 01")
_APPENDIX_HEADING = re.compile(r"^(?:\d{1,3}\s+(?=(?:Mẫu số|Phụ lục|PHỤ LỤC)\s*[\dIVX]+\s*$))?(?:PHỤ LỤC|Phụ lục|PHU LUC|MẪU|Mẫu số|BIỂU MẪU|Biểu mẫu|DANH MỤC)\b")
_APPENDIX_NUMBERED = re.compile(r"^(?:Phụ lục|PHỤ LỤC)\s*(?:[IVX\d]+|số)?")


def _is_appendix_heading(t: str) -> bool:
    if not t or len(t) > 120:
        return False
    return bool(_APPENDIX_HEADING.match(t)) or bool(_APPENDIX_NUMBERED.match(t))


# ---------------------------------------------------------------- tables
#
# Task tables ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm") as
# rows × cells, read once for every extractor. Two layouts reach this point: pipe rows
# ("a | b | c", the convention of pipeline/formats/tables.py for DOCX and HTML, and of
# converter markdown) and one cell a line (other converters write each cell on lines of its
# own, cells parted by blank lines, rows recognisable only by their running number).


@dataclass(frozen=True)
class Cell:
    text: str  # the cell's lines joined, emphasis marks dropped
    start: int  # offsets of the cell in the document text
    end: int


@dataclass(frozen=True)
class Table:
    line: int  # first line (the header) and the line after the last row
    end: int
    header: tuple[Cell, ...]
    roles: tuple[str | None, ...]  # per column: number | task | lead | coop | time | product | None
    rows: tuple[tuple[Cell, ...], ...]  # data rows (section rows "I. …" left out)
    # "fragments": cells of word-wrapped lines with nothing between cells (read by
    # pipeline/fragment_tables.py, which also tells a cell's lines apart: ``cell_text``)
    kind: str = ""

    def column(self, role: str) -> int | None:
        return next((i for i, r in enumerate(self.roles) if r == role), None)

    def get(self, row: tuple[Cell, ...], role: str) -> Cell | None:
        """The row's cell in the column of ``role``: the task is the row's longest cell when no
        column is headed as one."""
        i = self.column(role)
        if i is None and role == "task":
            rest = [c for j, c in enumerate(row) if self.roles[j] in (None, "task") or j >= len(self.roles)]
            return max(rest, key=lambda c: len(c.text)) if rest else None
        return row[i] if i is not None and i < len(row) and row[i].text else None


@cache
def _column_phrases() -> tuple[tuple[str, str], ...]:
    """(folded header phrase, role), longest first."""
    cols = load_rules("tables")["columns"]
    out = [(fold(p), role) for role, phrases in cols.items() for p in phrases]
    return tuple(sorted(out, key=lambda x: len(x[0]), reverse=True))


@cache
def _column_phrases_by_initial() -> tuple[dict[str, tuple[tuple[str, str], ...]], int] | None:
    """``_column_phrases()`` by first letter (in their order) and the longest one's length: a
    header key can only open with a phrase of its own first letter. None when a phrase folds
    to nothing (it opens every key: the plain list is tried)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for p, role in _column_phrases():
        if not p:
            return None
        out.setdefault(p[0], []).append((p, role))
    return {k: tuple(v) for k, v in out.items()}, max((len(p) for p, _ in _column_phrases()), default=0)


# a header cell is a few words: a line's first words hold any column phrase it opens with
_HEAD_WORDS = (6, 12)


@lru_cache(maxsize=8192)
def column_role(header: str) -> str | None:
    """The role a header cell names ("Thời gian dự kiến hoàn thành" → ``time``), else None."""
    h = header.strip(" *:.()")
    index = _column_phrases_by_initial()
    if index is None:
        key = fold(h)
        phrases: tuple[tuple[str, str], ...] = _column_phrases()
    else:
        by_initial, longest = index
        words = h.split()
        key = ""
        if len(words) > 8:
            # a paragraph asked whether it is a header (no cue reading past 8 words): the key of
            # its first words, whole words folded, is the head of the line's key; longer than
            # any phrase, it answers as the whole key would
            for k in _HEAD_WORDS:
                if k < len(words):
                    key = fold(" ".join(words[:k]))
                    if len(key) > longest:
                        break
                    key = ""
        key = key or fold(h)
        phrases = by_initial.get(key[:1], ())
    for p, role in phrases:
        if key.startswith(p) and (len(key) == len(p) or not key[len(p)].isalnum()):
            return role
    return _role_by_cue(h, key)


@cache
def _cue_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(role, pattern of a folded cue word after a header's first word), compiled once."""
    return tuple((role, re.compile(r"(?<=\w\W)" + re.escape(fold(c)) + r"\b"))
                 for role, cues in load_rules("tables")["column_cues"].items() for c in cues)


def _role_by_cue(header: str, key: str) -> str | None:
    """A header no listed phrase opens that names the kind of body, then what it does in the
    row ("Sở, ngành chủ trì tham mưu", "Đơn vị, địa phương phối hợp"): the first cue word it
    holds (rules/tables.toml ``column_cues``) gives the role. Sentence case only (a body's own
    name, "Sở Tư pháp chủ trì", capitalises its words: a cell, not a header)."""
    words = header.split()
    if not 2 <= len(words) <= 8 or any(w[:1].isupper() for w in words[1:]):
        return None
    found = [(m.start(), m.end(), role) for role, rx in _cue_patterns() if (m := rx.search(key))]
    if not found:
        return None
    at, end, role = min(found)
    # a header's words around the cue are few (a task's clause goes on: "… chủ trì rà soát quy định")
    return role if len(key[:at].split()) <= 4 and len(key[end:].split()) <= 2 else None


_ROW_NO = re.compile(r"(?:\d{1,2}\.){0,2}(?P<n>\d{1,3})[.)]?")  # "3", "3.", and under a section "2.3"
# a column-numbering row under a table's header: "(1) | (2) | (3) …" (or "1 | 2 | 3" in pipe rows)
_COL_NO = re.compile(r"\((?P<n>\d{1,2})\)")
_COL_NO_RUN = re.compile(r"(?P<nums>(?:\(\d{1,2}\)\s*){3,})(?P<row>\d{1,3}[.)]?)?")
_COL_NO_BARE = re.compile(r"\(?(?P<n>\d{1,2})\)?")


def _numbering_row(texts: list[str], pattern: re.Pattern[str] = _COL_NO_BARE) -> bool:
    """Whether cells are a column-numbering row: at least three, numbered 1, 2, 3 … in order
    (blank cells aside)."""
    nums = [t for t in texts if t]
    if len(nums) < 3:
        return False
    ms = [pattern.fullmatch(t) for t in nums]
    return all(ms) and [int(m.group("n")) for m in ms if m] == list(range(1, len(nums) + 1))

_SECTION_NO = re.compile(r"(?:[IVXLC]{1,5}|[A-ZĐ])(?:\.\d{1,2}){0,3}[.)]?")  # "II", "B.", "III.1.1"
_PIPE_RULE = re.compile(r"[|:\-\s]+")


def _clean_cell(text: str, start: int, end: int) -> Cell:
    lead = len(text) - len(text.lstrip(" *_"))
    body = text.strip(" *_")
    return Cell(" ".join(body.replace("*", "").split()), start + lead, start + lead + len(body))


def _is_table_header(cells: list[Cell], long_cell: bool = False, piped: bool = False) -> tuple[str | None, ...] | None:
    """Roles of a header row, or None when the row is no task table's header. ``long_cell``:
    one cell may be longer than a header's (a column named by a clause, "Cơ quan chịu trách
    nhiệm … theo quy định"); it names no role, the others must still make the header.
    ``piped``: a row of pipe marks, a table by its marks, may have two cells (both named)."""
    lay = load_rules("tables")["layout"]
    least = int(lay["min_pipe_header_cells"]) if piped else int(lay["min_header_cells"])
    if len(cells) < least:
        return None
    long = [len(c.text.split()) > int(lay["max_header_words"]) for c in cells]
    if sum(long) > (1 if long_cell else 0):
        return None
    roles = tuple(None if lg else column_role(c.text) for c, lg in zip(cells, long, strict=True))
    known = {r for r in roles if r}
    if len(known) < 2 or not known & {"task", "lead", "time"}:
        return None
    return roles


def _pipe_row(ln: Line, open_edged: bool = False) -> list[Cell]:
    """Cells of a pipe row; ``open_edged``: the table is written without outer pipes, so a
    leading pipe parts off an empty first cell (one merged with the row above)."""
    parts = ln.text.split("|")
    out: list[Cell] = []
    pos = ln.start
    for n, part in enumerate(parts):
        if not ((n == 0 and not open_edged or n == len(parts) - 1) and not part.strip()):
            out.append(_clean_cell(part, pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _sub_header(header: list[Cell], roles: tuple[str | None, ...], row: list[Cell]) -> tuple[list[Cell], tuple[str | None, ...]] | None:
    """A header's second row naming the parts of a merged cell ("Thực hiện" over "Đơn vị chủ
    trì | Đơn vị phối hợp"): empty under the columns the first row names alone, every other
    cell a column's name. The header read with it (its names where it has them), else None."""
    if not row or row[0].text or len(row) < len(header):
        return None
    named = [column_role(c.text) for c in row if c.text]
    if len(named) < 2 or not all(named):
        return None
    cells = [row[i] if i < len(row) and row[i].text or i >= len(header) else header[i] for i in range(len(row))]
    merged = tuple(column_role(row[i].text) if row[i].text else (roles[i] if i < len(roles) else None)
                   for i in range(len(row)))
    return cells, merged


def _pipe_tables(lines: list[Line], text: str) -> list[Table]:
    """Tables of pipe rows. A PDF's text layer may leave a header's neighbouring cells in one
    ("STT Nhiệm vụ": split on the known column names) and a wrapped cell's second line as a
    short row of its own (left out: its column cannot be told)."""
    out: list[Table] = []
    k = 0
    while k < len(lines):
        if lines[k].text.count("|") < 2:
            k += 1
            continue
        first = k
        block: list[list[Cell]] = []
        # a table written without outer pipes ("a | b | c"): a row's leading pipe is an empty cell
        open_edged = not lines[k].text.lstrip().startswith("|")
        while k < len(lines):
            t = lines[k].text
            if not t and k + 1 < len(lines) and lines[k + 1].text.count("|") >= 2:
                k += 1  # a blank line where the |---| rule was
                continue
            if t.count("|") < (2 if not block else 1):
                break
            if not _PIPE_RULE.fullmatch(t):
                block.append(_pipe_row(lines[k], open_edged))
            k += 1
        for h in range(min(3, len(block))):  # a title row may sit above the header
            header = _split_header(block[h])
            roles = _is_table_header(header, long_cell=open_edged, piped=True)
            if roles is None:
                continue
            body = block[h + 1 :]
            if open_edged and body and (sub := _sub_header(header, roles, body[0])) is not None:
                header, roles = sub
                body = body[1:]
            rows = []
            for r in body:
                filled = [c for c in r if c.text]
                if not rows and _numbering_row([c.text for c in r]):
                    continue  # the column-numbering row under the header
                if not filled or (len(filled) <= 2 and r[0].text and _SECTION_NO.fullmatch(r[0].text)):
                    continue  # empty, or a section row ("II | TUYÊN TRUYỀN")
                if roles[0] == "number" and len(r) < len(header) and not _ROW_NO.fullmatch(r[0].text):
                    if len(r) == len(header) - 1 and rows:
                        r = [Cell("", r[0].start, r[0].start), *r]  # its number cell merged above
                    else:
                        continue  # the second line of wrapped cells
                elif not open_edged and len(r) < len(header) and len(filled) >= 2 and rows:
                    # a row whose leading cells were merged with the rows above (rowspan: "| Quý
                    # II/2019 | 8. Tập huấn … | … |" under "| Năm | Thời gian | Nội dung | …"): its
                    # cells are the last ones, its time in the time column where it has one (with
                    # outer pipes only: every cell written, a short row is one of these)
                    tc = roles.index("time") if "time" in roles else None
                    r = _aligned([Cell("", r[0].start, r[0].start), *r], len(header), tc)
                rows.append(tuple(r))
            out.append(Table(first, k, tuple(header), roles, tuple(rows)))
            break
    return out


def _split_header(cells: list[Cell]) -> list[Cell]:
    """Header cells, a cell that is two known column names in a row split in two."""
    out: list[Cell] = []
    for c in cells:
        parts = _column_run(c.text)
        if len(parts) < 2:
            out.append(c)
            continue
        pos = c.start
        for p in parts:  # offsets: each name's first word found in order in the cell's text
            out.append(Cell(p, pos, pos + len(p)))
            pos += len(p) + 1
    return out


def _column_run(text: str) -> list[str]:
    """``text`` as a run of known column names ("STT Nhiệm vụ" → two), else ``[text]``."""
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        if i and not words[i][:1].isupper():
            return [text]  # each name opens with its capital: "Thời hạn thực hiện" is one
        for j in range(len(words), i, -1):
            cand = " ".join(words[i:j])
            if column_role(cand) is not None and fold(cand) in _column_set():
                out.append(cand)
                i = j
                break
        else:
            return [text]
    return out


@cache
def _column_set() -> frozenset[str]:
    return frozenset(p for p, _role in _column_phrases())


def _spaced(lines: list[Line], a: int, b: int) -> bool:
    """Whether blank lines part the cells (then a cell may wrap over several lines)."""
    return sum(1 for ln in lines[a:b] if not ln.text) * 3 >= sum(1 for ln in lines[a:b] if ln.text)


def _line_cells(lines: list[Line], a: int, b: int, spaced: bool, body: bool = False) -> Iterator[Cell]:
    """Cells of the one-cell-a-line layout in lines ``a:b``, lazily (a table's reader stops
    where the table ends): groups of lines parted by blank lines (a wrapped cell keeps its lines
    together) when ``spaced``, else each line a cell. In a ``body``, an appendix heading or a
    pipe row ends the cells."""
    i = a
    while i < b:
        if not lines[i].text:
            i += 1
            continue
        if body and (_is_appendix_heading(lines[i].text) or lines[i].text.count("|") >= 2):
            return
        j = i + 1
        if spaced:
            while j < b and lines[j].text and not lines[j].text.count("|") >= 2:
                j += 1
        st, en = lines[i].start, lines[j - 1].end
        # "I." / "NÂNG CAO …" in one group: the number is a cell of its own
        first = lines[i].text.strip(" *")
        if j - i > 1 and (_ROW_NO.fullmatch(first) or _SECTION_NO.fullmatch(first)):
            yield _clean_cell(lines[i].text, lines[i].start, lines[i].end)
            st = lines[i + 1].start
        raw = " ".join(ln.text for ln in lines[i:j] if ln.start >= st)
        c = _clean_cell(raw, st, en)
        yield Cell(c.text, c.start, max(c.start, en - (len(raw) - len(raw.rstrip(" *_")))))
        i = j


def _after_numbering(cells: Iterator[Cell]) -> Iterator[Cell]:
    """A table body's cells without the column-numbering row under its header ("(1)", "(2)",
    "(3)" …, one a line or run together on one line by a hard-wrap join, which may have taken
    the first row's number along: that number is kept as a cell)."""
    peeked: list[Cell] = []
    numbered = 0
    for c in cells:
        run = _COL_NO_RUN.fullmatch(c.text) if numbered == 0 else None
        if run and _numbering_row(re.findall(r"\(\d+\)", run.group("nums")), _COL_NO):
            if run.group("row"):
                at = c.start + run.start("row")
                yield Cell(run.group("row"), at, at + len(run.group("row")))
            yield from cells
            return
        m = _COL_NO.fullmatch(c.text)
        if not m or int(m.group("n")) != numbered + 1:
            peeked.append(c)
            break
        peeked.append(c)
        numbered += 1
    yield from (peeked[numbered:] if numbered >= 3 else peeked)
    yield from cells


def _line_tables(lines: list[Line], text: str, row_breaks: tuple[int, ...] = (),
                 pipe_lines: tuple[int, ...] = ()) -> list[Table]:
    """Tables in the one-cell-a-line layout: a header of short cells naming task-table columns,
    then rows that start with their running number (1, 2, 3 … — a number out of sequence is a
    cell's value); a row takes at most one cell per column; the table ends at a cell that
    neither continues a row nor starts the next."""
    lay = load_rules("tables")["layout"]
    out: list[Table] = []
    n = len(lines)
    k = 0
    while k < n:
        ln = lines[k]
        if not ln.text or ln.text.count("|") >= 2 or column_role(ln.text) is None:
            k += 1
            continue
        at = k
        keyed = _keyed_header(lines, k, row_breaks, pipe_lines)
        if keyed is not None:
            # the header is the row the text's row ends mark out (a table between pipe lines):
            # its rows are known without running numbers
            stop = keyed
        else:
            # the header: short cells from here on (up to a dozen), parted or not by blank lines
            stop = k
            seen = 0
            while stop < n and seen < 14:
                t = lines[stop].text
                if t:
                    c = t.strip(" *")
                    if len(t.split()) > int(lay["max_header_words"]) or _ROW_NO.fullmatch(c) \
                            or _SECTION_NO.fullmatch(c) or _SECTION_ROW.match(c) or _COL_NO.match(c):
                        break
                    seen += 1
                stop += 1
        spaced = _spaced(lines, k, stop)
        header = list(_line_cells(lines, k, stop, spaced))
        if keyed is not None and header:
            # a line above the table that names a column's role too ("NGÀY 1: …" over "Thời
            # gian | Nội dung | …"): the header is as wide as the rows under it
            wide = _rows_width(lines, stop, n, spaced, row_breaks)
            if wide and len(header) > wide:
                header = header[len(header) - wide :]
                while k < stop and lines[k].end <= header[0].start:
                    k += 1
            elif wide and len(header) < wide and (sub := _keyed_sub_header(lines, stop, n, spaced, row_breaks, header, wide)):
                header, stop = sub
            elif wide and len(header) < wide and (k2 := _header_opened_before(lines, k, wide - len(header), pipe_lines, out[-1].end if out else 0)) is not None \
                    and len(wider := list(_line_cells(lines, k2, stop, spaced))) == wide:
                # the header row's first cells name no role ("Năm" over the years of a
                # schedule): the row began at the pipe lines before them, as wide as the rows
                header, k = wider, k2
        # (a row the breaks mark out is a header by its place: one cell may name its column
        # with a clause, "Cơ quan chịu trách nhiệm … theo quy định")
        roles = _is_table_header(header, long_cell=keyed is not None) if header else None
        if roles is None or ("number" not in roles[:1] and keyed is None):
            k = at + 1  # (the header may have been read from lines above the one it was sought at)
            continue
        # the body: cells until the table ends, after a column-numbering row "(1)" "(2)" …
        cells = _line_cells(lines, stop, n, spaced, body=True)
        time_col = roles.index("time") if "time" in roles else None
        rows, last = _line_rows(_after_numbering(cells), len(header), lines[stop].start if stop < n else 0, time_col,
                                row_breaks, numbered="number" in roles[:1], head_end=header[-1].end,
                                lead_col=roles.index("lead") if "lead" in roles else None, roles=roles)
        if rows:
            end_line = next((i for i in range(stop, n) if lines[i].start >= last), n)
            out.append(Table(k, end_line, tuple(header), roles, tuple(rows)))
            k = end_line
        else:
            k = stop
    return out


def _header_opened_before(lines: list[Line], k: int, need: int, bars: tuple[int, ...], floor: int = 0) -> int | None:
    """The line ``need`` cells before line ``k`` where a header row written a cell a line
    between pipe lines began, each of those cells short and set between pipe lines; None where
    the text above is no such cell (a heading over the table, a paragraph)."""
    lay = load_rules("tables")["layout"]
    i = k
    for _ in range(need):
        j = i - 1
        while j >= 0 and not lines[j].text:
            j -= 1
        if j < max(1, floor) or len(lines[j].text.split()) > int(lay["max_header_words"]) or lines[j].text.count("|"):
            return None
        before = j - 1
        while before >= 0 and lines[before].text == "":
            before -= 1
        lo = lines[before].end if before >= 0 else 0
        if not _bar_in(bars, lines[j].end, lines[i].start) or not _bar_in(bars, lo, lines[j].start):
            return None
        i = j
    return i


def _bar_in(bars: tuple[int, ...], a: int, b: int) -> bool:
    """Whether a pipe line alone stood between offsets ``a`` and ``b``."""
    x = bisect_left(bars, a)
    return x < len(bars) and bars[x] <= b


def _rows_width(lines: list[Line], a: int, n: int, spaced: bool, breaks: tuple[int, ...]) -> int:
    """The most cells a row holds among the first few that the breaks mark out from line ``a``."""
    sizes: list[int] = []
    cur = 0
    j = bisect_right(breaks, lines[a].start)  # the break that ends the first row
    for c in _line_cells(lines, a, min(n, a + 120), spaced, body=True):
        while j < len(breaks) and breaks[j] <= c.start:
            sizes.append(cur)
            cur, j = 0, j + 1
            if len(sizes) >= 4:
                return max(sizes)
        cur += 1
    return max(sizes) if sizes else 0


def _line_at(lines: list[Line], offset: int) -> int:
    """The index one past the line that holds ``offset`` (lines are in offset order)."""
    return bisect_right(lines, offset, key=lambda ln: ln.start)


def _text_line_from(lines: list[Line], offset: int) -> int:
    """The first line with text from the one after the line that holds ``offset - 1`` (where a
    row that a break at ``offset`` opens starts), or ``len(lines)``."""
    i = _line_at(lines, offset - 1)
    while i < len(lines) and not lines[i].text:
        i += 1
    return i


def _keyed_sub_header(lines: list[Line], a: int, n: int, spaced: bool, breaks: tuple[int, ...],
                      header: list[Cell], wide: int) -> tuple[list[Cell], int] | None:
    """A header's second row naming the parts of one merged cell ("Thực hiện" over "Đơn vị chủ
    trì | Đơn vị phối hợp", "Thời gian" over "Bắt đầu | Kết thúc"), as the breaks mark it out
    (its own row, every cell a column's name): the header read with it, and the line the data
    rows start on. The merged cell is the one that names no role, else one whose role a part
    names; the header then is as wide as the rows."""
    j = bisect_right(breaks, lines[a].start)
    if j >= len(breaks):
        return None
    end = breaks[j]
    sub = [c for c in _line_cells(lines, a, min(n, a + 20), spaced) if c.start < end]
    if len(sub) < 2 or len(header) - 1 + len(sub) != wide:
        return None
    parts = [column_role(c.text) if len(c.text.split()) <= 8 else None for c in sub]
    if not all(parts):
        return None
    roles = [column_role(c.text) for c in header]
    at = next((p for p in range(len(header) - 1, -1, -1) if roles[p] is None), None)
    if at is None:
        at = next((p for p in range(len(header) - 1, -1, -1) if roles[p] in parts), None)
    if at is None:
        return None
    return [*header[:at], *sub, *header[at + 1 :]], _text_line_from(lines, end)


def _keyed_header(lines: list[Line], k: int, breaks: tuple[int, ...], bars: tuple[int, ...] = ()) -> int | None:
    """Where a header that the text's row ends mark out (a pipe line right before line ``k``:
    a cell opens there, a line above the table has none; the next row break within a few
    dozen lines) ends: the line its first data row starts on."""
    if not breaks:
        return None
    if bars:
        prev = next((ln for ln in reversed(lines[max(0, k - 3) : k]) if ln.text), None)
        if not _bar_in(bars, prev.end + 1 if prev is not None else 0, lines[k].start):
            return None
    j = bisect_right(breaks, lines[k].start)
    if j >= len(breaks):
        return None
    stop = _text_line_from(lines, breaks[j])
    if stop - k > 40 or stop >= len(lines):
        return None
    return stop


_SECTION_ROW = re.compile(r"(?:[IVXLC]{1,5}|[A-ZĐ])[.)]\s+\S")
_CUT_MARK = re.compile(r"[.…·\s]{3,}")


def _timeish(text: str) -> bool:
    """A time cell, or one that opens with its time and goes on ("Giai đoạn 2026 - 2027. Thực
    hiện rà soát …", "Ban hành trong quý I năm 2026 …"): a year early on, or undated work."""
    from .fragment_tables import is_time

    if is_time(text):
        return True
    head = text[:80]
    return bool(_YEAR_EARLY.search(head)) or any(u in head.casefold() for u in _undated_words())


_YEAR_EARLY = re.compile(r"(?<![\d/.])(?:19|20)\d\d(?![\d/])")


@cache
def _undated_words() -> tuple[str, ...]:
    return tuple(w.casefold() for w in load_rules("tables")["cells"].get("undated", []))


def _aligned(cur: list[Cell], width: int, time_col: int | None) -> list[Cell]:
    """A row whose leading cells were merged with the rows above (rowspan), its own cells as
    written: its time cell (the one with as many cells after it as there are columns after the
    time column) goes to the time column and the cells before it right before; where that cell
    is no time, the time was merged too (the row keeps the one above: its time cell empty)."""
    own = [x for x in cur[1:] if x.text]
    if not own or len(own) >= width:
        return cur
    at = own[0].start
    if time_col is None:
        return [Cell("", at, at)] * (width - len(own)) + own
    tail_n = width - 1 - time_col
    k = len(own) - 1 - tail_n  # the own cell in the time column, when the time is the row's own
    if k >= 0 and _timeish(own[k].text):
        return [Cell("", at, at)] * (time_col - k) + own
    if k >= 0 and width - len(own) - 1 >= 0:
        mid = own[k].end
        return [Cell("", at, at)] * (width - len(own) - 1) + own[: k + 1] + [Cell("", mid, mid)] + own[k + 1 :]
    return [Cell("", at, at)] * (width - len(own)) + own


def _gapped(cur: list[Cell], width: int, time_col: int, lead_col: int | None,
            roles: tuple[str | None, ...] | None = None) -> list[Cell]:
    """A numbered row between pipe lines that came short of the header: the page's export left
    its empty cells out (a row without co-operating bodies writes five cells under seven
    names). Its cells up to the lead body's stay where they are, its time cell (the last that
    reads as a time and nothing else) goes to the time column with what follows it after, and
    the cells between fill the columns right before the time; empty cells take the gaps. As it
    was where no cell reads as a time or the cells do not fit so."""
    from .fragment_tables import body_start, is_time

    t = next((i for i in range(len(cur) - 1, 0, -1) if is_time(cur[i].text)), None)
    if t is None or t > time_col or len(cur) - 1 - t > width - 1 - time_col:
        return cur
    keep = min(t, lead_col + 1 if lead_col is not None and lead_col < time_col else 2)
    mid = cur[keep:t]
    if keep + len(mid) > time_col:
        return cur
    # which columns between the lead and the time the cells fill: those that read as they
    # should, bodies under the co-operating bodies' name, other words elsewhere (the first such
    # placement, the cells packed right, where the evidence is even)
    free = list(range(keep, time_col))
    best: tuple[int, ...] = tuple(free[len(free) - len(mid) :])
    if roles is not None and len(mid) < len(free):
        def fits(cols: tuple[int, ...]) -> int:
            return sum((roles[c] in ("lead", "coop")) == body_start(x.text) for c, x in zip(cols, mid, strict=True))
        best = max(reversed(list(combinations(free, len(mid)))), key=fits)
    at = cur[keep - 1].end
    row = [*cur[:keep], *[Cell("", at, at)] * (time_col - keep)]
    for c, x in zip(best, mid, strict=True):
        row[c] = x
    row += cur[t:]
    return row + [Cell("", cur[-1].end, cur[-1].end)] * (width - len(row))


def _line_rows(cells: Iterable[Cell], width: int, start: int, time_col: int | None = None,
               breaks: tuple[int, ...] = (), numbered: bool = True,
               head_end: int | None = None, lead_col: int | None = None,
               roles: tuple[str | None, ...] | None = None) -> tuple[list[tuple[Cell, ...]], int]:
    """Rows of the one-cell-a-line layout and the offset where the table ends.

    A row starts at its running number (1, 2, … or 1 again after a section row "II" / "II.
    TITLE"); it takes at most ``width`` cells. After a full row, a cell that starts no row
    begins a row whose number cell was left empty (merged) — kept only if it fills up, else
    the table ended before it. Where the text marks where rows end (``breaks``: a table
    between pipe lines), a row ends there, a short one aligned (:func:`_aligned`), and no row
    starts elsewhere: a cell after a full row that no break opens is past the table."""
    from .fragment_tables import is_time

    rows: list[tuple[Cell, ...]] = []
    cur: list[Cell] | None = None
    numberless = False
    expect = 1
    state = "start"  # start | row | title (a section number alone: its title follows) | section
    last = start
    cut = False

    def flush() -> None:
        if cur is not None and (not numberless or len(cur) == width):
            rows.append(tuple(cur))

    cells = list(cells)
    head_end = start if head_end is None else head_end
    # where a break opens a group of cells (a row as written) and how many cells it holds
    opens = [bool(breaks) and bisect_right(breaks, c.start) > bisect_right(breaks, cells[i - 1].end if i else head_end)
             for i, c in enumerate(cells)]
    group: list[int] = [0] * len(cells)
    k = len(cells)
    for i in range(len(cells) - 1, -1, -1):
        group[i] = k - i
        if opens[i]:
            k = i
    skip = False  # in a group that repeats the header or titles a section: no row
    # rows bounded by breaks: from the first row where the table has no number column (read only
    # where breaks mark its rows), else once a break stands between two of the table's cells
    keyed = not numbered and bool(cells) and opens[0]
    for i, c in enumerate(cells):
        t = c.text
        if opens[i]:
            if i:
                keyed = True
            skip = False
            if cur is not None and (len(cur) > 1 or not numbered):
                if numberless and len(cur) < width:
                    cur = _aligned(cur, width, time_col)
                elif not numbered and len(cur) < width:
                    cur = _aligned([Cell("", cur[0].start, cur[0].start), *cur], width, time_col)
                elif len(cur) < width and time_col is not None:
                    cur = _gapped(cur, width, time_col, lead_col, roles)
                flush()
                cur, numberless = None, False
            own = cells[i : i + group[i]]
            if breaks and len(own) >= 3 and len({x.text for x in own[1:]}) == 1 \
                    and (_SECTION_NO.fullmatch(t) or t == own[1].text):
                # a section's title across the table that the converter wrote into every column
                # ("I | Hoàn thiện … | Hoàn thiện … | …"): no row
                cur, skip, state = None, True, "section"
                last = c.end
                continue
            if keyed and (state in ("row", "section") or not numbered):
                heads = sum(1 for x in own if len(x.text.split()) <= 8 and column_role(x.text) is not None)
                again = len(own) <= width + 1 and 2 * heads >= len(own)  # the header repeated
                if not numbered:
                    if len(own) == 1 or again or (len(own) == 2 and (_SECTION_NO.fullmatch(t) or _ROW_NO.fullmatch(t))):
                        # (a number and a title alone, "I | GIAI ĐOẠN 1": a section's)
                        cur, skip, state = None, True, "section"  # a title across the table, the header again
                    else:
                        cur, state = [c], "row"
                    last = c.end
                    continue
                if (m := _ROW_NO.fullmatch(t)) and len(own) >= 2:
                    # a numbered row however its number runs (a number out of sequence, as
                    # written): the break says where it starts (a number and a title alone,
                    # "5.2 | Công nghiệp", the next row numbered under it, is a section: below)
                    cur, numberless, expect, state = [c], False, int(m.group("n")) + 1, "row"
                    last = c.end
                    continue
                alone = _ROW_NO.fullmatch(t) or _SECTION_NO.fullmatch(t) or _CUT_MARK.fullmatch(t)
                if not alone and (len(own) == 1 or again):
                    # one cell across the table (a section's or a group's title, numbered or
                    # not) or the header repeated under it: no row
                    cur, skip, state = None, True, "section"
                    last = c.end
                    continue
                if not alone and not (i + 1 < len(cells) and _ROW_NO.fullmatch(cells[i + 1].text)):
                    cur, numberless = [Cell("", c.start, c.start), c], True
                    last = c.end
                    continue
        elif skip:
            last = c.end
            continue
        elif not numbered:
            if cur is None or len(cur) >= width:
                break  # past the table: no break opens this cell
            cur.append(c)
            last = c.end
            continue
        if _CUT_MARK.fullmatch(t):
            # a run of dots where the page cut the table ("….........."): no cell; the rows
            # after it go on from wherever the cut left the numbering
            flush()
            cur, numberless, cut = None, False, True
            continue
        open_ = cur is None or len(cur) > 1
        m = _ROW_NO.fullmatch(t)
        # (after a section row the numbering may start where the section's own number does:
        # "III" / "3", "IV" / "4.1")
        if m and open_ and (int(m.group("n")) in (expect, 1) or cut or (state == "section" and cur is None)):
            cut = False
            flush()
            cur, numberless, expect, state = [c], False, int(m.group("n")) + 1, "row"
        elif cur is None and state == "section" and column_role(t) is not None:
            pass  # the header repeated under a section row ("Nội dung | Đơn vị thực hiện | …")
        elif open_ and (_SECTION_NO.fullmatch(t) or (_SECTION_ROW.match(t) and len(t.split()) <= 40)):
            flush()
            cur, numberless = None, False
            state = "title" if _SECTION_NO.fullmatch(t) else "section"
        elif (cur is None or len(cur) == width) and state != "title" and len(t.split()) <= 40 \
                and i + 1 < len(cells) and (n := _ROW_NO.fullmatch(cells[i + 1].text)) is not None \
                and int(n.group("n")) in (expect, 1):
            # a group row whose other cells were empty ("Nhiệm vụ giao Bộ trưởng Bộ A chỉ đạo"
            # over rows 1, 2, …): a section row without a number
            flush()
            cur, numberless, state = None, False, "section"
        elif numberless and cur is not None and time_col is not None and len(cur) <= time_col \
                and len(cur) < width and is_time(t):
            # a row whose leading cells were merged with the rows above (its number, its lead, its
            # group) ends at its time cell: its cells are the ones before the time column, right-aligned
            # — not the next rows' cells run in to fill it up
            own = [x for x in cur[1:] if x.text]
            pad = [Cell("", own[0].start if own else c.start, own[0].start if own else c.start)] * (time_col - len(own))
            tail = [Cell("", c.end, c.end)] * (width - time_col - 1)
            cur, numberless = [*pad, *own, c, *tail], False  # (a full row: the next may start unnumbered)
        elif cur is not None and len(cur) < width:
            cur.append(c)
        elif state == "title":
            state = "section"  # the section row's title
        elif cur is not None and len(cur) == width and rows is not None and not keyed:
            flush()
            cur, numberless = [Cell("", c.start, c.start), c], True
        else:
            break
        last = c.end
    if cur is not None and numberless and len(cur) < width:
        last = cur[0].start  # an unfinished numberless row is not the table's
    elif cur is not None and not numbered and len(cur) < width:
        cur = _aligned([Cell("", cur[0].start, cur[0].start), *cur], width, time_col)
    elif cur is not None and keyed and len(cur) < width and time_col is not None:
        cur = _gapped(cur, width, time_col, lead_col, roles)
    flush()
    # a number and a title alone, the next row numbered under it ("5.1 | Thương mại" / "5.1.1 | …"),
    # is a section row, not a row whose other cells were merged with the row above
    rows = [r for k, r in enumerate(rows) if not (
        len(r) <= 2 and k + 1 < len(rows) and rows[k + 1][0].text.startswith(r[0].text.rstrip(".") + "."))]
    return rows, last


def find_tables(lines: list[Line], text: str, row_breaks: tuple[int, ...] = (),
                pipe_lines: tuple[int, ...] = ()) -> list[Table]:
    """Task tables of the document, in order, whichever layout the converter left (a table of
    word-wrapped fragments only where no other reader found one: pipeline/fragment_tables.py)."""
    from .block_tables import block_tables, line_tables
    from .fragment_tables import fragment_tables

    found = _pipe_tables(lines, text)
    # one cell a line read where a header's cell went on in a lower-case line ("Cơ quan" /
    # "chủ trì"): its fragments were taken for cells, the fragment reader's table is the one
    frags = fragment_tables(lines, text)
    for t in _line_tables(lines, text, row_breaks, pipe_lines):
        if not any(c.text[:1].islower() for c in t.header) or not any(
            t.line < f.end and f.line < t.end for f in frags
        ):
            found.append(t)
    found += [f for f in frags if not any(t.line < f.end and f.line < t.end for t in found)]
    # a table written column after column, a cell a paragraph: only where no reader above found one
    found += [b for b in block_tables(lines, text) if not any(t.line < b.end and b.line < t.end for t in found)]
    # … or a cell a line with no blank lines and no running numbers (a PDF's text layer)
    found += [b for b in line_tables(lines, text) if not any(t.line < b.end and b.line < t.end for t in found)]
    return sorted(found, key=lambda t: t.line)
