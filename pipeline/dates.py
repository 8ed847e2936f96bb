"""Vietnamese date and time expressions, found with their spans.

Administrative text writes dates many ways: ``ngày 29 tháng 9 năm 2025``, ``29/9/2025``,
``29-9-2025``, ``29.9.2025``, month/year only (``tháng 12/2025``, ``tháng 12 năm 2025``),
years (``năm 2026``), and drafts leave parts blank (``ngày   tháng 9 năm 2023``). Every finder
returns spans so callers can keep provenance; parts that are absent are ``None``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .textutil import LOWER, UPPER

_SP = r"[ \t\u00a0]*"
_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
_Y = r"(?P<y>(?:19|20)\d{2})"

# "ngày 29 tháng 9 năm 2025" — blanks allowed in day and month for drafts (a scan's OCR reads
# the blank, or the hand that filled it, as a few marks: "ngày-|“tháng 11 năm 2024").
_BLANK = r"[ \t\u00a0.…\-|“”\"'_~^`]*"
# … or a handwritten day the OCR made into a few letters ("ngày sÈŸ tháng 4 năm 2026"): a token of
# at most four letters, no digit, one of them no Vietnamese letter, between "ngày" and "tháng" (a
# day left unread; "ngày và tháng …" is words, no date)
# (… or one to three capitals, a handwritten day's figures read as letters: "ngày OF tháng 10")
_UNREAD_DAY = (rf"(?:(?=[^\W\d_]{{0,3}}[^\W\d_{UPPER}{LOWER}])[^\W\d_]{{1,4}}(?=[ \t\u00a0]+tháng)"
               rf"|(?-i:[A-Z]{{1,3}})(?=[ \t\u00a0]+tháng))?")
# "năm" as a scan's OCR reads its ă ("40ndm 2025", "nim 2025"), the month's figures glued to it;
# or "tháng" typed again where "năm" belongs, a year's four figures after it ("ngày 15 tháng 9
# tháng 2022")
_NAM = r"(?:năm|n[dđi]m|tháng(?=[ \t\u00a0]+(?:19|20)\d\d(?!\d)))"
FULL_DATE = re.compile(
    rf"ngày{_SP}(?:(?P<d>\d{{1,2}})|{_UNREAD_DAY}){_BLANK}tháng{_SP}(?P<m>\d{{1,2}})?{_BLANK}{_NAM}{_SP}{_Y}",
    re.IGNORECASE,
)
# "29/9/2025", "29-9-2025", "29.9.2025" (separators must agree)
# (after a dash only where a whole date's year ends before it: "20/3/2025-21/3/2025", a range
# written without spaces)
# (the tests of what stands before the day come after its first figure, the same characters
# looked at: a pattern that begins with a figure is searched by skipping to figures, one that
# begins with those tests is tried at every position of the text)
NUM_DATE = re.compile(
    rf"(?P<d>\d(?<![\d/.]\d)(?:(?<=\d{{4}}-\d)|(?<!-\d))\d?)(?P<sep>[/.\-]){_M}(?P=sep){_Y}(?![\d/])"
)
# … with a space beside a slash, as PDF text layers and converters leave it ("ngày 13 /8/2026",
# "ngày 13/8 /2026"): only with its "ngày" (in the match, as in a full date), where the figures
# can be nothing but a date
NUM_DATE_SPACED = re.compile(
    rf"[Nn]gày (?P<d>\d\d?)[ \t]?/[ \t]?{_M}[ \t]?/[ \t]?{_Y}(?![\d/])"
)
# … with the day and month in figures and the year said in words ("đến 7/5 năm 2025")
NUM_DATE_YEAR_WORD = re.compile(
    rf"(?P<d>\d(?<![\d/.]\d)\d?)/{_M}{_SP}(?:năm|Năm){_SP}{_Y}(?!\d)"
)
# "tháng 12/2025", "tháng 12 năm 2025", "tháng 12, năm 2025", "tháng 12-2025", "T12/2025"
MONTH_YEAR = re.compile(
    rf"(?:tháng|Tháng|THÁNG){_SP}{_M}{_SP}(?:/|-|,?{_SP}(?:năm|Năm)){_SP}{_Y}|(?P<m2>\d(?<![\d/]\d)\d?)/(?P<y2>(?:19|20)\d{{2}})(?![\d/])"
)
# "ngày 15 tháng 11" (no year) and "ngày 15/11" / "15/11" (day-month only)
DAY_MONTH = re.compile(
    rf"ngày{_SP}{_D}{_SP}tháng{_SP}{_M}(?!{_SP}(?:năm|/|-)?{_SP}\d)|(?:ngày{_SP})?(?<![\d/.-])(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?![\d/])",
    re.IGNORECASE,
)
# "năm 2026"; a fiscal year names its year the same way ("năm tài chính 2022", "năm ngân sách 2023")
YEAR = re.compile(rf"(?:năm|Năm|NĂM)(?:{_SP}(?i:tài{_SP}chính|ngân{_SP}sách))?{_SP}{_Y}(?!\d)")
# Clock times: 13h30, 13h30’, 13 giờ 30, 14 giờ 00 phút, 7h, 07:30
TIME = re.compile(
    r"(?<!\d)(?P<h>[01]?\d|2[0-3])(?:\s*(?:h|giờ|g)\s*(?P<mi>[0-5]\d)?(?:\s*(?:phút|’|'|p))?|:(?P<mi2>[0-5]\d))(?![\w/])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    """A date expression; ``precision`` is 'day', 'month' or 'year'."""

    start: int
    end: int
    raw: str
    year: int | None
    month: int | None
    day: int | None
    kind: str

    @property
    def precision(self) -> str:
        if self.day is not None and self.month is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def iso(self) -> str | None:
        """ISO date when day, month and year are all known and valid; else None."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return date(self.year, self.month, self.day).isoformat()
        except ValueError:
            return None

    @property
    def coarse(self) -> str | None:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` — as precise as the text is."""
        if self.year is None:
            return None
        if self.month is not None and self.day is not None:
            return self.iso
        if self.month is not None and 1 <= self.month <= 12:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None and not 1 <= d <= 31:
        return False
    if y is not None and m is not None and d is not None:
        try:
            date(y, m, d)
        except ValueError:
            return False
    return True


def find_dates(text: str, start: int = 0, end: int | None = None, *, coarse: bool = True) -> list[DateMatch]:
    """All date expressions in ``text[start:end]``, in order, without overlaps.

    Full dates win over the coarser forms they contain; ``coarse=False`` keeps only dates
    with day precision (or the blank-day draft form of the full pattern).
    """
    end = len(text) if end is None else end
    found: list[DateMatch] = []
    # spans taken so far, kept sorted and disjoint: an overlap test looks at two neighbours
    # (a scan of all of them made a line packed with dates cost the square of its length)
    starts: list[int] = []
    ends: list[int] = []

    def add(m: re.Match[str], y: int | None, mo: int | None, d: int | None, kind: str) -> None:
        a, b = m.start(), m.end()
        k = bisect.bisect_left(starts, a)
        if (k and ends[k - 1] > a) or (k < len(starts) and starts[k] < b) or not _valid(y, mo, d):
            return
        starts.insert(k, a)
        ends.insert(k, b)
        found.append(DateMatch(a, b, m.group(0), y, mo, d, kind))

    for m in FULL_DATE.finditer(text, start, end):
        add(m, _int(m.group("y")), _int(m.group("m")), _int(m.group("d")), "full")
    for m in NUM_DATE.finditer(text, start, end):
        add(m, _int(m.group("y")), _int(m.group("m")), _int(m.group("d")), "numeric")
    if text.find("năm", start, end) >= 0 or text.find("Năm", start, end) >= 0:
        for m in NUM_DATE_YEAR_WORD.finditer(text, start, end):
            add(m, _int(m.group("y")), _int(m.group("m")), _int(m.group("d")), "numeric")
    if text.find(" /", start, end) >= 0 or text.find("/ ", start, end) >= 0:  # (a slash beside a space)
        for m in NUM_DATE_SPACED.finditer(text, start, end):
            add(m, _int(m.group("y")), _int(m.group("m")), _int(m.group("d")), "numeric")
    if coarse:
        for m in MONTH_YEAR.finditer(text, start, end):
            mo = m.group("m") or m.group("m2")
            y = m.group("y") or m.group("y2")
            add(m, _int(y), _int(mo), None, "month")
        for m in YEAR.finditer(text, start, end):
            add(m, _int(m.group("y")), None, None, "year")
    found.sort(key=lambda x: x.start)
    return found


def _day_month_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``DAY_MONTH.finditer(text, start, end)``, line by line over the lines that can hold one.

    A match stays on its line (only spaces, tabs and no-break spaces inside, and what it looks
    at around it is no line break either) and holds a ``/`` or the word ``tháng``: the other
    lines, most of a document, are skipped (the pattern, case-insensitive and with two ways
    to begin, is tried at every position of what it scans)."""
    a = start
    for ln in text[start:end].split("\n"):
        b = a + len(ln)
        # (the line is lower-cased only where it holds "h" and "á" side by side in either case:
        # no other character lower-cases to either, and lowering every line of a body costs more)
        if "/" in ln or (("há" in ln or "HÁ" in ln or "Há" in ln or "hÁ" in ln) and "tháng" in ln.lower()):
            yield from DAY_MONTH.finditer(text, a, b)
        a = b + 1


def find_day_months(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Day-month expressions without a year (``ngày 15/11``); the caller supplies the year."""
    end = len(text) if end is None else end
    out = []
    for m in _day_month_matches(text, start, end):
        d = _int(m.group("d") or m.group("d2"))
        mo = _int(m.group("m") or m.group("m2"))
        if _valid(None, mo, d):
            out.append(DateMatch(m.start(), m.end(), m.group(0), None, mo, d, "daymonth"))
    return out


def find_times(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Clock times as (start, end, 'HH:MM')."""
    end = len(text) if end is None else end
    out = []
    for m in TIME.finditer(text, start, end):
        h = int(m.group("h"))
        mi = m.group("mi") or m.group("mi2") or "00"
        # "2 g" alone is ambiguous; require a minute part or an explicit "giờ"/"h"
        token = m.group(0).lower()
        if "giờ" not in token and "h" not in token and ":" not in token:
            continue
        out.append((m.start(), m.end(), f"{h:02d}:{int(mi):02d}"))
    return out


def parse_date(text: str) -> DateMatch | None:
    """The first date with day precision in ``text``, if any."""
    for d in find_dates(text, coarse=False):
        return d
    return None


# ---------------------------------------------------------------- periods (ranges, quarters)
# Added for the timeline extractor: a plan's schedule is written as ranges whose first bound
# borrows month and year from the second (``từ ngày 03 đến ngày 07/10/2025``), quarters
# (``Quý IV/2025``, ``Quí IV-2025``, ``Quý I năm 2026``), year spans (``giai đoạn 2026 - 2030``)
# and day spans (``8-9/11/2025``). :func:`find_periods` returns every date expression of a text
# as a :class:`Period` with both bounds, as coarse as the text is; what the surrounding words
# make of it (deadline, start, single day) is left to the caller.

_ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
QUARTER = re.compile(
    rf"(?:[Qq]u[ýíyiÝÍ]|QU[ÝÍYI]){_SP}(?P<q>IV|I{{1,3}}|[1-4])(?![\w]){_SP}(?:[/,–-]|năm|Năm|NĂM)?{_SP}(?:năm{_SP})?{_Y}(?!\d)"
)
# (what stands before a number is tested after its first figure, as in NUM_DATE: the search
# skips to figures)
DAY_SPAN = re.compile(
    rf"(?P<d1>\d(?<![\d/.]\d)\d?){_SP}[-–]{_SP}(?P<d2>\d{{1,2}}){_SP}/{_SP}{_M}{_SP}/{_SP}{_Y}(?![\d/])"
)
# "24, 25 và 26 tháng 8 năm 2026", "các ngày 12, 13, 14/11/2025": a run of days of one month,
# its month and year said once after the last (each day follows the one before: a period)
DAY_LIST = re.compile(
    rf"(?:ngày{_SP})?(?<![\d/.,])(?P<d1>\d{{1,2}})(?P<mid>(?:{_SP},{_SP}\d{{1,2}})*){_SP}(?:,|và){_SP}(?P<dn>\d{{1,2}})"
    rf"(?:{_SP}tháng{_SP}{_M}{_SP}(?:/|-|,?{_SP}năm){_SP}|/(?P<m2>\d{{1,2}})/){_Y}(?![\d/])",
    re.IGNORECASE,
)
# … whose dash a converter dropped, after "ngày" ("Ngày 15  16/5/2021", its spaces then
# collapsed): two days running before a date are a span, nothing else
DAY_SPAN_DASH_LOST = re.compile(
    rf"(?i:ngày)[ \t\u00a0]+(?P<d1>\d{{1,2}})[ \t\u00a0]+(?P<d2>\d{{1,2}}){_SP}/{_SP}{_M}{_SP}/{_SP}{_Y}(?![\d/])"
)
# … or glued, a converter having dropped the dash and its spaces ("từ 2531/5/2025" for 25–31/5):
# three or four figures no day can be, that part into two days, the first before the second
DAY_SPAN_GLUED = re.compile(rf"(?<![\d/.\w])(?P<d1>[1-3]?\d)(?P<d2>[0-3]\d){_SP}/{_SP}{_M}{_SP}/{_SP}{_Y}(?![\d/])")
# "10-11/2019", "3 - 12/2020": months of one year (a task table's time column); two slashes
# make it days ("8-9/11/2025", DAY_SPAN)
MONTH_SPAN = re.compile(
    rf"(?P<m1>\d(?<![\d/.\-]\d)\d?){_SP}[-–]{_SP}(?P<m2>\d{{1,2}}){_SP}/{_SP}{_Y}(?![\d/])"
)
YEAR_PAIR = re.compile(
    r"(?P<y1>(?:19|20)(?<![\d/.\-]\d\d)\d{2})[ \t\u00a0]*\n?[ \t\u00a0]*[-–—][ \t\u00a0]*(?P<y2>(?:19|20)\d{2})(?![\d/])"
)
# the word that names a year span, kept in the period's text: "giai đoạn 2026 - 2030"
_YEAR_PAIR_HEAD = re.compile(r"(?i:giai[ \t\u00a0]+đoạn|thời[ \t\u00a0]+kỳ|năm)[ \t\u00a0]*$")
# … whose dash a converter dropped ("giai đoạn 2021  2025", its spaces then collapsed): after
# the word that names a span, two years running need no dash
YEAR_PAIR_DASH_LOST = re.compile(
    r"(?i:giai[ \t\u00a0]+đoạn|thời[ \t\u00a0]+kỳ)[ \t\u00a0]+(?P<y1>(?:19|20)\d{2})[ \t\u00a0]+(?P<y2>(?:19|20)\d{2})(?![\d/])"
)
# what joins two bounds of a range: "đến", "tới", a dash; "hết"/"trước" may follow
# the clock time an event ends at may stand before the second bound's day: "từ 8h00 ngày 12/5 đến
# 17h00 ngày 14/5/2026" (the item keeps the first clock; the days make the range)
# (… with the part of the day and the weekday: "đến 03h00 sáng Chủ Nhật ngày 23/11/2025")
_GAP_CLOCK = (r"(?:\d{1,2}[ \t\u00a0]*(?:(?i:h|giờ|g)[ \t\u00a0]*(?:\d{2})?|:\d{2})[ \t\u00a0]*(?i:phút|p)?[ \t\u00a0]*,?[ \t\u00a0]*"
              r"(?:(?i:sáng|trưa|chiều|tối|đêm)[ \t\u00a0]+)?"
              r"(?:(?i:thứ[ \t\u00a0]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \t\u00a0]+nhật)[ \t\u00a0]*,?[ \t\u00a0]*)?)?")
RANGE_GAP = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?i:đến|tới|[-–—])[ \t\u00a0]*(?i:hết[ \t\u00a0]*|trước[ \t\u00a0]*)?"
    + _GAP_CLOCK + r"(?i:ngày|tháng|năm)?[ \t\u00a0]*"
)
# … and after a first bound opened by "từ", "trước" alone closes it ("từ 9:00 ngày 15/9/2025
# trước 16:00 ngày 13/10/2025": from then until before then)
RANGE_GAP_FROM = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?i:trước)[ \t\u00a0]*" + _GAP_CLOCK + r"(?i:ngày)?[ \t\u00a0]*")
_FROM_OPENS = re.compile(r"(?i:từ)[ \t\u00a0]+(?:\d{1,2}[ \t\u00a0]*(?:(?i:h|giờ)[ \t\u00a0]*\d{0,2}|:\d{2})[ \t\u00a0]*)?(?i:ngày)?[ \t\u00a0]*$")
# a first bound that borrows from the second: "(từ) ngày 03 đến", "15/11 đến", "tháng 10 đến"
_PARTIAL_DAY = re.compile(
    r"(?P<tu>(?i:từ)[ \t\u00a0]*)?(?P<ng>(?i:ngày)[ \t\u00a0]*)?(?<![\d/.])(?P<d>\d{1,2})"
    r"(?:[ \t\u00a0]*(?:/|\.|(?i:tháng))[ \t\u00a0]*(?P<m>\d{1,2}))?"
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?P<conn>(?i:đến|tới|và)|[-–—])[ \t\u00a0]*(?i:hết[ \t\u00a0]*|trước[ \t\u00a0]*)?"
    + _GAP_CLOCK + r"(?i:ngày[ \t\u00a0]*)?$"
)
_PARTIAL_MONTH_HEAD = re.compile(r"(?i:tháng)[ \t\u00a0]*$")
_PARTIAL_MONTH = re.compile(
    r"(?P<tu>(?i:từ)[ \t\u00a0]*)?(?P<ng>(?i:tháng)[ \t\u00a0]*)(?P<m>\d{1,2})"
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?i:đến|tới|[-–—])[ \t\u00a0]*(?i:hết[ \t\u00a0]*)?$"
)


# a first month bound before a day ("từ tháng 01 đến ngày 15/3/2026", "tháng 01 đến ngày bầu cử
# 15/3/2026": the day a named event falls on, up to three words naming it)
_PARTIAL_MONTH_TO_DAY = re.compile(
    r"(?P<tu>(?i:từ)[ \t\u00a0]*)?(?P<ng>(?i:tháng)[ \t\u00a0]*)(?P<m>\d{1,2})"
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?i:đến|tới|[-–—])[ \t\u00a0]*(?i:hết[ \t\u00a0]*)?"
    r"(?:(?i:ngày)(?:[ \t\u00a0]+[^\W\d_]+){0,3}[ \t\u00a0]*)?$"
)


@dataclass(frozen=True)
class Period:
    """A date expression with both bounds (``first``/``last`` as ``YYYY-MM-DD``/``YYYY-MM``/``YYYY``).

    ``kind`` is 'day', 'month', 'year' (one bound), 'quarter', 'years' (``2026 - 2030``) or
    'range' (two bounds joined by đến/tới/dash). ``first_span``/``last_span`` are the text of
    each bound; a first bound that borrows month/year from the second spans the whole range.
    """

    start: int
    end: int
    raw: str
    first: str
    last: str
    kind: str
    first_span: tuple[int, int]
    last_span: tuple[int, int]

    @property
    def single(self) -> bool:
        return self.kind in ("day", "month", "year")

    @property
    def precision(self) -> str:
        n = len(self.last)
        return "day" if n == 10 else "month" if n == 7 else "year"


def _coarse(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not _valid(y, m, d):
        return None
    if d is not None and m is not None:
        return date(y, m, d).isoformat()
    if m is not None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}"


def _single(dm: DateMatch) -> Period | None:
    c = dm.coarse
    if c is None:
        return None
    kind = {10: "day", 7: "month", 4: "year"}[len(c)]
    return Period(dm.start, dm.end, dm.raw, c, c, kind, (dm.start, dm.end), (dm.start, dm.end))


def _year_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of ``text`` that can hold a date expression: every one ends with a year.

    The date regexes cost tens of nanoseconds per character; searching only the 44 characters
    before each year (found with ``str.find``) keeps a 30 KB document around a millisecond. A
    first bound that borrows from the second is looked for before the window (see ``floor``).
    """
    spots: list[int] = []
    for lead in ("20", "19"):
        i = text.find(lead, start, end)
        while i >= 0:
            if text[i : i + 4].isdigit() and not text[i + 4 : i + 5].isdigit() and not text[i - 1 : i].isdigit():
                spots.append(i)
            i = text.find(lead, i + 1, end)
    spots.sort()
    wins: list[tuple[int, int]] = []
    for i in spots:
        a, b = max(start, i - 44), min(end, i + 12)
        if wins and a <= wins[-1][1]:
            wins[-1] = (wins[-1][0], b)
        else:
            wins.append((a, b))
    return wins


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[Period]:
    """Every date expression in ``text[start:end]`` as a :class:`Period`, in order, no overlaps."""
    end = len(text) if end is None else end
    out: list[Period] = []
    for a, b in _year_windows(text, start, end):
        out.extend(_periods_in(text, a, b, start))
    return out


def _day_span(text: str, m: re.Match[str], s: int, last_at: int) -> Period | None:
    """The days ``d1``–``d2`` of one month a day-span pattern matched, as a range from ``s``
    (its last bound's evidence from ``last_at``); None unless both are days and in order."""
    y, mo, d1, d2 = int(m.group("y")), int(m.group("m")), int(m.group("d1")), int(m.group("d2"))
    a, b = _coarse(y, mo, d1), _coarse(y, mo, d2)
    if not (a and b and d1 < d2):
        return None
    return Period(s, m.end(), text[s : m.end()], a, b, "range", (s, m.end()), (last_at, m.end()))


def _periods_in(text: str, start: int, end: int, floor: int) -> list[Period]:
    """Periods in one window ``text[start:end]``; look-backs may reach down to ``floor``."""
    out: list[Period] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def put(p: Period) -> None:
        taken.append((p.start, p.end))
        out.append(p)

    w = text[start:end]
    has_q = "Qu" in w or "qu" in w or "QU" in w
    has_dash = "-" in w or "–" in w or "—" in w
    for m in QUARTER.finditer(text, start, end) if has_q else ():
        q, y = _ROMAN_Q[m.group("q").upper()], int(m.group("y"))
        if free(m.start(), m.end()):
            put(Period(m.start(), m.end(), m.group(0), f"{y:04d}-{3 * q - 2:02d}", f"{y:04d}-{3 * q:02d}",
                       "quarter", (m.start(), m.end()), (m.start(), m.end())))
    for m in DAY_SPAN.finditer(text, start, end) if has_dash else ():
        if (p := _day_span(text, m, m.start("d1"), m.start("d2"))) and free(p.start, p.end):
            put(p)
    for m in DAY_SPAN_DASH_LOST.finditer(text, start, end) if ("gày" in w or "GÀY" in w) else ():
        # (with its "ngày": without it the two days read as no span)
        if (p := _day_span(text, m, m.start(), m.start("d2"))) and free(p.start, p.end):
            put(p)
    for m in DAY_SPAN_GLUED.finditer(text, start, end) if "/" in w else ():
        numbered = "số" in text[max(0, m.start() - 6) : m.start()].lower()  # ("Số 1012/5/2025": a number)
        if int(m.group("d1") + m.group("d2")) > 31 and not numbered \
                and (p := _day_span(text, m, m.start(), m.start())) and free(p.start, p.end):
            put(p)
    for m in DAY_LIST.finditer(text, start, end) if ("và" in w or "," in w) else ():
        days = [int(m.group("d1")), *map(int, re.findall(r"\d+", m.group("mid"))), int(m.group("dn"))]
        if all(b == a + 1 for a, b in zip(days, days[1:], strict=False)):
            y, mo = int(m.group("y")), int(m.group("m") or m.group("m2"))
            a, b = _coarse(y, mo, days[0]), _coarse(y, mo, days[-1])
            s = m.start()
            if a and b and free(s, m.end()):
                put(Period(s, m.end(), text[s : m.end()], a, b, "range", (s, m.end()), (m.start("dn"), m.end())))
    for m in MONTH_SPAN.finditer(text, start, end) if has_dash else ():
        y, m1, m2 = int(m.group("y")), int(m.group("m1")), int(m.group("m2"))
        if 1 <= m1 < m2 <= 12:
            s = m.start("m1")
            h = _PARTIAL_MONTH_HEAD.search(text, max(floor, s - 12), s)
            s = h.start() if h else s
            if free(s, m.end()):
                put(Period(s, m.end(), text[s : m.end()], f"{y:04d}-{m1:02d}", f"{y:04d}-{m2:02d}", "range",
                           (s, m.end()), (m.start("m2"), m.end())))
    for m in YEAR_PAIR.finditer(text, start, end) if has_dash else ():
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        h = _YEAR_PAIR_HEAD.search(text, max(floor, m.start() - 12), m.start())
        s = h.start() if h else m.start()
        if y1 < y2 <= y1 + 50 and free(s, m.end()):
            # a bare year is no date expression by itself: each bound's evidence is the span
            put(Period(s, m.end(), text[s : m.end()], str(y1), str(y2), "years", (s, m.end()), (s, m.end())))
    for m in YEAR_PAIR_DASH_LOST.finditer(text, start, end) if "đoạn" in w or "kỳ" in w else ():
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y1 < y2 <= y1 + 50 and free(m.start(), m.end()):
            put(Period(m.start(), m.end(), text[m.start() : m.end()], str(y1), str(y2), "years",
                       (m.start(), m.end()), (m.start(), m.end())))
    atoms = [p for p in (_single(d) for d in find_dates(text, start, end)) if p and free(p.start, p.end)]
    atoms.sort(key=lambda p: p.start)
    i = 0
    while i < len(atoms):
        b = atoms[i]
        # two complete bounds: "01/10/2025 đến hết ngày 07/10/2025", "năm 2025 đến năm 2030"
        if i + 1 < len(atoms):
            nxt = atoms[i + 1]
            gap = text[b.end:nxt.start]
            if (RANGE_GAP.fullmatch(gap) or (RANGE_GAP_FROM.fullmatch(gap) and _FROM_OPENS.search(text, max(floor, b.start - 24), b.start))) \
                    and len(b.first) == len(nxt.first) and b.first < nxt.first:
                put(Period(b.start, nxt.end, text[b.start:nxt.end], b.first, nxt.last, "range",
                           b.first_span, nxt.last_span))
                i += 2
                continue
        # a first bound that borrows month/year: "từ ngày 03 đến ngày 07/10/2025"
        lo = max(floor, b.start - 48)
        win = text[lo:b.start]
        a: Period | None = None
        if b.kind == "day":
            m = _PARTIAL_DAY.search(win)
            # "ngày 12 và 13/11/2025" is two days in a row; "ngày 30/9 và ngày 15/10" is not a range
            ok = m is not None and not (m.group("conn").lower() == "và" and (m.group("m") or not m.group("ng")))
            if m and ok and (m.group("tu") or m.group("ng")) and free(lo + m.start("d"), b.start):
                y, mo = int(b.first[:4]), int(m.group("m") or b.first[5:7])
                c = _coarse(y, mo, int(m.group("d")))
                if c and c < b.first:
                    # the first bound borrows (at least) the year: its evidence is the whole range,
                    # with the word that makes it one ("ngày", or "từ" alone: "từ 20/4 đến 7/5 …")
                    s = lo + (m.start("ng") if m.group("ng") else m.start("tu") if m.group("tu") else m.start("d"))
                    a = Period(s, b.end, text[s:b.end], c, b.last, "range", (s, b.end), b.last_span)
            if a is None:
                m = _PARTIAL_MONTH_TO_DAY.search(win)
                if m and free(lo + m.start("ng"), b.start):
                    c = _coarse(int(b.first[:4]), int(m.group("m")))
                    if c and c < b.first[:7]:
                        s = lo + m.start("ng")
                        a = Period(s, b.end, text[s:b.end], c, b.last, "range", (s, b.end), b.last_span)
        elif b.kind == "month":
            m = _PARTIAL_MONTH.search(win)
            if m and free(lo + m.start("ng"), b.start):
                c = _coarse(int(b.first[:4]), int(m.group("m")))
                if c and c < b.first:
                    s = lo + m.start("ng")
                    a = Period(s, b.end, text[s:b.end], c, b.last, "range", (s, b.end), b.last_span)
        put(a or b)
        i += 1
    out.sort(key=lambda p: p.start)
    return out
