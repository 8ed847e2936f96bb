"""Vietnamese date and time expressions, found with their spans.

Administrative text writes dates many ways: ``ngày 29 tháng 9 năm 2025``, ``29/9/2025``,
``29-9-2025``, ``29.9.2025``, month/year only (``tháng 12/2025``, ``tháng 12 năm 2025``),
years (``năm 2026``), and drafts leave parts blank (``ngày   tháng 9 năm 2023``). Every finder
returns spans so callers can keep provenance; parts that are absent are ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_SP = r"[ \t\u00a0]*"
_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
_Y = r"(?P<y>(?:19|20)\d{2})"

# "ngày 29 tháng 9 năm 2025" — blanks allowed in day and month for drafts.
FULL_DATE = re.compile(
    rf"ngày{_SP}(?P<d>\d{{1,2}})?[ \t\u00a0.…]*tháng{_SP}(?P<m>\d{{1,2}})?[ \t\u00a0.…]*năm{_SP}{_Y}",
    re.IGNORECASE,
)
# "29/9/2025", "29-9-2025", "29.9.2025" (separators must agree)
NUM_DATE = re.compile(rf"(?<![\d/.-]){_D}(?P<sep>[/.\-]){_M}(?P=sep){_Y}(?![\d/])")
# "tháng 12/2025", "tháng 12 năm 2025", "tháng 12-2025", "T12/2025"
MONTH_YEAR = re.compile(
    rf"(?:tháng|Tháng|THÁNG){_SP}{_M}{_SP}(?:/|-|năm|Năm){_SP}{_Y}|(?<![\d/])(?P<m2>\d{{1,2}})/(?P<y2>(?:19|20)\d{{2}})(?![\d/])"
)
# "ngày 15 tháng 11" (no year) and "ngày 15/11" / "15/11" (day-month only)
DAY_MONTH = re.compile(
    rf"ngày{_SP}{_D}{_SP}tháng{_SP}{_M}(?!{_SP}(?:năm|/|-)?{_SP}\d)|(?:ngày{_SP})?(?<![\d/.-])(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?![\d/])",
    re.IGNORECASE,
)
YEAR = re.compile(rf"(?:năm|Năm|NĂM){_SP}{_Y}(?!\d)")
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
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: re.Match[str], y: int | None, mo: int | None, d: int | None, kind: str) -> None:
        a, b = m.start(), m.end()
        if not free(a, b) or not _valid(y, mo, d):
            return
        taken.append((a, b))
        found.append(DateMatch(a, b, m.group(0), y, mo, d, kind))

    for m in FULL_DATE.finditer(text, start, end):
        add(m, _int(m.group("y")), _int(m.group("m")), _int(m.group("d")), "full")
    for m in NUM_DATE.finditer(text, start, end):
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


def find_day_months(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Day-month expressions without a year (``ngày 15/11``); the caller supplies the year."""
    end = len(text) if end is None else end
    out = []
    for m in DAY_MONTH.finditer(text, start, end):
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
