"""The plan's schedule: dated activities, periods, deadlines and milestones.

A date in an administrative document is a timeline item only when the words around it make
it one, so the extractor reads every date expression of the body (:func:`find_periods`) and
keeps those that

* are explicit ranges (``từ ngày 01/10/2025 đến hết ngày 07/10/2025``, ``từ năm … đến năm …``)
  or quarters (``Quý IV/2025``);
* follow a scheduling cue (``vào ngày``, ``trong tháng``, ``trước ngày``, ``từ ngày``,
  ``đến hết năm``, ``trong giai đoạn``) — the cue also says how the item is encoded: a deadline
  has no start, a start has no end, a day/month/quarter/year is both;
* are the value of a time field (``Thời gian thực hiện: Tháng 12/2025``), open a sentence
  (``Ngày 03/10/2025, chuyên đề …``) or fill the time column of a task table (read from the
  document model, :attr:`Document.tables`, labelled with the row's task: ``Tháng 4, tháng
  8/2026`` two items, ``Quý IV/2025`` one, ``Trước ngày 30/11/2025`` a deadline, ``Năm 2025 và
  các năm tiếp theo`` open-ended, ``Quý III, IV/2026, 2027`` one period into the next year,
  ``Thường xuyên``/``Hằng năm`` none; a cell's word-wrapped lines are read as one, a note in
  parentheses after its date is no item; rows that share a time cell merged over them, left
  empty in a converter's pipe rows, are items of that time each).

A decision that adopts a plan or regulation printed after its own closing ("KẾ HOẠCH … (Kèm theo
Quyết định số …)") has that document read as body: its schedule is what is adopted. The same
day named by separate task paragraphs ("a) … vào ngày 19/12", "b) … vào ngày 19/12") is one
item per activity; a notice's deadlines run from the meeting it records, not from its own
date. A span of years leading an enumerated item (``a) Kế hoạch … giai đoạn 2021-2025: …``) or in
the parentheses that close one (``2. Số hóa … (2025 - 2030).``) is that item's period.

A listed activity whose value after its colon is a date (``1. Hội thi kể chuyện: ngày
21/4/2025``, ``- Tổng kết năm: tháng 12 năm 2025``) or whose closing parentheses hold one (``-
Vòng sơ khảo (tháng 8/2025);``) is an item. Bounds of different precision joined by a range
separator are one period (``từ tháng 7/2025 đến hết năm 2025``, ``từ Quý III/2025 đến Quý
I/2026``); ``N tháng đầu/cuối năm Y`` is that stretch of months; two days joined by "và" are two
days; ``bắt đầu từ … kết thúc vào ngày …`` is one period; month, quarter and year lists sharing
one year are read whole (``Quý I, II/2026``, ``năm 2025, 2026``); a date listed after an item
by "và" or a comma shares its cue (``trước ngày 15/6/2025 và ngày 15/12/2025``); a day typed
into blanks (``ngày 20/ 4/2025``) is read. A span that began years
before the document and is named by its length (an anniversary ``(02/9/1945 - 02/9/2025)``) is
none.

A listed task's "trước năm 2030" is its own deadline, as is a paragraph opened by its horizon ("Đến
năm 2030, giải quyết …"); "Năm 2026 và hằng năm" opens the period; consecutive quarters listed
across a year's turn ("Quý IV/2025, Quý I/2026") are one period; a later sentence of a listed
activity dated by day may give it a second day ("Riêng lớp 1 tựu trường ngày …"). A from-now
horizon that heads a section, runs on ("… và những năm tiếp theo") or states the time left is no
deadline.

A day or a part of a year written without its year ("trước ngày 15/12", "trong 6 tháng cuối
năm", a task table's "Tháng 3" or "Quý II - III") is in the document's own year where a cue or the
time column schedules it, nothing recurring is said around it and it does not fall before the date
line (without one, no year is lent). Days listed before the one that writes month and year ("các
ngày 12, 13 và 14/5/2026") are read, days in a row as one period; a schedule in two columns ("Thời
gian bắt đầu | Thời gian kết thúc") is one period per row; an event's window keeps its clock times
out of the range ("từ 8h00 ngày 12/5 đến 17h00 ngày 14/5/2026"). A date that conditions a rule ("…
trước ngày … thì …"), a named programme's first phase ("… giai đoạn 2021 - 2030, giai đoạn I: từ
năm 2021 đến năm 2025"), a contribution to a target set elsewhere ("góp phần thực hiện mục tiêu …
năm 2050") and a normative text's worked example ("Ví dụ 9: …") schedule nothing.

A bare year after a target verb (``phấn đấu hoàn thành các chỉ tiêu năm 2025``) is that year's
target, a bare span after one (``phấn đấu … giai đoạn 2026 - 2030``) that span's; two years joined after one cue (``trong cuối năm 2025 và đầu năm 2026``) one period; an
apply verb opens a period (``Thông tư này áp dụng kể từ ngày …``), a lower and an upper bound in
one sentence make one window (``không sớm hơn … ngày X …, không muộn hơn … ngày Y``).

Dates that frame a clause rather than schedule it are dropped: in a leading ground or topic
(``Căn cứ kết quả … năm 2026, …``, ``Đối với … trong năm 2025, …``), a clause that opens like a
situation report or a forecast, a criterion for choosing (``ưu tiên các dự án … hoàn thành vào
năm 2030``), the title of a cited document, a vision heading (``Tầm nhìn đến năm 2045``).
Dates that cite documents, quote the law, name a programme (``Chương trình … đến năm 2030``),
lie in a situation report or a narrated clause (``… năm 2025 đã được hoàn thành``), cut off
figures (``số liệu tính đến tháng 10/2025``), bound who is entitled, or fall before the
document's own date (or, without a date line, before the latest date its preamble cites) are
dropped; a target horizon (``đến năm 2030``), a single day, a day-level deadline and a task
table's row restated in the text are kept once. All cue words are data in
``rules/timeline.toml``. Cues are matched on a lower-cased copy of the text without tone marks
("hoàn"/"hòan"/"hoan" meet) of the same length, so offsets found there are offsets into
``doc.text`` for provenance.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from ..caching import per_text_cache
from ..dates import Period, find_dates, find_day_months, find_periods, find_times
from ..lexicon import doc_types, opens_ground
from ..provenance import Prov
from ..resources import load_rules
from ..segment import (
    BULLET,
    Cell,
    Document,
    Line,
    Section,
    Table,
    build_sections,
    consolidated_number,
    match_type_line,
    parse_heading,
)
from ..textutil import UPPER, clean_value, collapse, is_upper_line

# ---------------------------------------------------------------- length-preserving fold

# Tone marks only: "hoàn"/"hòan"/"hoan" meet, while vowel marks keep "tới" (to) apart from
# "tối" (evening) and "lúc" (at) apart from "lực" (force), which a full accent fold would merge.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFC", "".join(x for x in unicodedata.normalize("NFD", c) if x not in _TONES))
    base = base.lower()
    return base if len(base) == 1 else c.lower() if len(c.lower()) == 1 else c


# a str indexed by code point: str.translate looks characters up in it (twice as fast as a
# dict); code points past its end are left as they are
_FOLD = "".join(
    (c.lower() if c.isascii() else f) if len(f := _fold_char(c)) == 1 else c for c in map(chr, range(0x2000))
)


_LETTERS = re.compile(r"[^\W\d_]+")
# a past-tense marker a few words before a year's goal verb, in its clause (as written: "đã",
# never the folded "da" of "đa dạng")
_PAST_GOAL = re.compile(r"(?<!\w)(?:đã|vừa)(?:\s+[^\W\d_]+){0,3}\s*$", re.IGNORECASE)


def fold_same_length(s: str) -> str:
    """Lower-case copy of ``s`` without tone marks, of the same length (offsets carry over)."""
    if len(s) < _LONG:
        return s.translate(_FOLD)
    # a whole text: ``str.translate`` makes a string of each character it looks up (about
    # 25 ns a character); the same table applied to the code points as an array is ten times
    # faster (code points past its end left as they are, as translate leaves them)
    import numpy as np

    cps = np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _fold_table()
    out = np.where(cps < len(table), table[np.minimum(cps, len(table) - 1)], cps)
    return out.tobytes().decode("utf-32-le", "surrogatepass")


_LONG = 512  # shorter strings: the array's set-up costs more than translate


@cache
def _fold_table() -> Any:
    """``_FOLD`` as an array of code points."""
    import numpy as np

    return np.array([ord(c) for c in _FOLD], dtype=np.uint32)


# ---------------------------------------------------------------- rules


def _keys(words: list[str]) -> list[str]:
    return sorted({collapse(fold_same_length(w)) for w in words}, key=len, reverse=True)


_NEVER = "\0"


def _alts(words: list[str]) -> str:
    """Folded phrase alternation, longest first, spaces matching any whitespace."""
    return "|".join(r"\s+".join(re.escape(p) for p in k.split(" ")) for k in _keys(words))


def _rev_alts(words: list[str]) -> str:
    """The same alternation for text read backwards (to match what ends right before a date)."""
    return "|".join(r"\s+".join(re.escape(p[::-1]) for p in reversed(k.split(" "))) for k in _keys(words))


def _opens_not_done(R: _Rules, clause: str) -> bool:
    """A clause that opens by saying its action is not to be taken ("chưa triển khai …", after a
    comma's adverbial at most): not "các kiến nghị chưa thực hiện xong", which names its object."""
    for m in _words(R.not_done, clause):
        piece = clause[clause.rfind(",", 0, m.start()) + 1 : m.start()]
        if len(piece.split()) <= 1:
            return True
    return False


def _words(rx: re.Pattern[str], s: str) -> list[re.Match[str]]:
    """Matches of ``rx`` in ``s`` that are whole words (checked here: look-behinds are slow)."""
    out = []
    for m in rx.finditer(s):
        a, b = m.start(), m.end()
        if (a == 0 or not s[a - 1].isalnum()) and (b == len(s) or not s[b].isalnum()):
            out.append(m)
    return out


@dataclass(frozen=True)
class _Rules:
    cue_rev: re.Pattern[str]  # on reversed text: the cue that ends the text
    cue_kind: dict[str, str]
    trail_rev: re.Pattern[str]  # on reversed text: fillers, clock times, weekdays at its end
    named_day_rev: re.Pattern[str]  # on reversed text: "ngày" and the event naming the day
    named_period_rev: re.Pattern[str]  # on reversed text: "kỳ"/"đợt" and the words naming the period
    day_only: frozenset[str]  # cues read only before a whole day
    until_now: re.Pattern[str]
    self_verbs: re.Pattern[str]
    self_ref: re.Pattern[str]
    apply_verbs: re.Pattern[str]
    label_line: re.Pattern[str]
    label_any: re.Pattern[str]  # any label anywhere (a cheap pre-filter)
    deadline_label: re.Pattern[str]
    drop_rev: re.Pattern[str]  # on reversed text: preposition/cue words ending a label
    # the words of those two lists as written (with their marks): a word the folded match took
    # that bears other marks is another word ("Phấn đấu" is no "đầu")
    label_words: frozenset[str]
    label_only: re.Pattern[str]
    max_offset: int
    situation_section: re.Pattern[str]
    results_sent: re.Pattern[str]
    skip_opener: re.Pattern[str]
    summary_request: re.Pattern[str]  # a summary opener, then a request after a comma or semicolon
    topic: re.Pattern[str]
    lead: re.Pattern[str]
    issuance: re.Pattern[str]  # the issue of a document, or its receipt
    issued: re.Pattern[str]  # the issue alone
    situation: re.Pattern[str]
    not_done: re.Pattern[str]
    programs: re.Pattern[str]
    targets: re.Pattern[str]
    qualifier_rev: re.Pattern[str]
    vision_rev: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    horizon_cues: frozenset[str]
    predicates: re.Pattern[str]
    recurring: re.Pattern[str]
    as_of_raw: re.Pattern[str]  # the as-of cues' first words with their tone marks ("tính")
    year_deadlines: frozenset[str]
    scheduled_rev: re.Pattern[str]
    horizon_targets: re.Pattern[str]
    not_period_rev: re.Pattern[str]
    term_edge: re.Pattern[str]  # "cuối năm học" right before a term's years (folded)
    term_end_words: frozenset[str]
    time_column: re.Pattern[str]
    table_stop: re.Pattern[str]
    row_done: re.Pattern[str]  # a task table's row marked done (folded)
    conf: dict[str, float]
    undated: re.Pattern[str]
    open_end: re.Pattern[str]
    open_end_year: re.Pattern[str]
    month_list: re.Pattern[str]
    quarter_list: re.Pattern[str]
    list_item: re.Pattern[str]
    list_sep: re.Pattern[str]
    joiners: re.Pattern[str]
    reported: re.Pattern[str]
    from_now: tuple[str, ...]
    verb_programs: frozenset[str]
    named_by_period: frozenset[str]
    scope: re.Pattern[str]
    produce_verbs: re.Pattern[str]
    retro_apply: re.Pattern[str]
    describer_cue_rev: re.Pattern[str]
    plain_until: frozenset[str]
    pending_after: re.Pattern[str]
    done_after: re.Pattern[str]
    effect_link_rev: re.Pattern[str]
    request_verbs: re.Pattern[str]
    forward_words: re.Pattern[str]
    retro_measures: re.Pattern[str]
    narrated: re.Pattern[str]
    conditional: re.Pattern[str]  # on the raw lower-cased text: "thì"/"mà" after a date
    minutes: re.Pattern[str]  # on the folded text after a date: "chúng tôi gồm" (a sitting's record)
    bounds: frozenset[str]  # lower/upper bound cues ("không sớm hơn", "không muộn hơn")
    lower_bounds: frozenset[str]
    preamble_events: bool
    year_goals: re.Pattern[str]
    span_goals: re.Pattern[str]
    span_within: frozenset[str]
    execute_rev: re.Pattern[str]
    span_goal_after: re.Pattern[str]  # a target verb right after a span that opens its line
    baseline_rev: re.Pattern[str]
    describer_rev: re.Pattern[str]
    weak_goals: frozenset[str]
    scope_window_only: frozenset[str]
    data_window: re.Pattern[str]
    year_join: re.Pattern[str]
    frame: re.Pattern[str]
    criteria: re.Pattern[str]
    contribution: re.Pattern[str]  # "góp phần": the clause serves a target set elsewhere
    example: re.Pattern[str]  # a line that opens a worked example ("Ví dụ 9: …"), folded
    task_marker: re.Pattern[str]
    bare_day: bool
    not_activity: re.Pattern[str]
    range_gap: re.Pattern[str]  # what joins two bounds of a range ("đến hết", "-")
    end_joiners: re.Pattern[str]
    year_part: re.Pattern[str]  # "6 tháng đầu năm 2025" (folded)
    anniversary: re.Pattern[str]
    vague_more: re.Pattern[str]  # "… và những tháng đầu năm 2026" after a part of a year
    max_colon_label: int
    recurring_after: re.Pattern[str]  # after a day without its year: it recurs ("trước ngày 15/12 hằng năm")
    year_part_bare: re.Pattern[str]  # "6 tháng cuối năm" without its year (folded)
    recurring_before: re.Pattern[str]  # in the clause before such a day: it recurs ("định kỳ")
    periodic_report: re.Pattern[str]  # on its line before it: a reporting regime's entry
    this_year_after: re.Pattern[str]  # "… ngày 31/12 năm nay": the year is the document's own


@cache
def _rules() -> _Rules:
    r: dict[str, Any] = load_rules("timeline")
    cues = r["cues"]
    kind: dict[str, str] = {}
    lists = {"within": cues["within"], "from": cues["from"] + cues["lower_bound"],
             "deadline": cues["deadline"] + cues["upper_bound"], "as_of": cues["as_of"]}
    for cat in ("within", "from", "deadline", "as_of"):  # a phrase listed twice takes the later category
        for w in lists[cat]:
            kind[collapse(fold_same_length(w))] = cat
    all_cues = [w for ws in lists.values() for w in ws]
    skip = _rev_alts(cues["filler"] + cues["weekdays"])
    # (backwards: the event's words, then "ngày": "… ngày bầu cử 15/3")
    name_words = rf"[^\W\d_]+(?:\s+[^\W\d_]+){{0,{max(0, int(cues.get('named_day_words', 0)) - 1)}}}"
    named_day = rf"{name_words}\s+yagn(?!\w)"
    named_period = rf"{name_words}\s+(?:{_rev_alts(cues.get('named_period_heads') or ['∅'])})(?!\w)"
    # "13h30’", "14 giờ 00 phút", "7h", "07:30" — backwards
    clock = r"(?:tuhp|p|'|’)?\s*\d{0,2}\s*(?:h|ơig|g)\s*\d{1,2}|\d{2}:\d{1,2}"
    labels = r["labels"]["time"] + r["labels"]["deadline"]
    op = r["openers"]
    nm = r["names"]
    g = r["grammar"]
    seps = _alts(g["list_separators"] + g["range_separators"])
    return _Rules(
        cue_rev=re.compile(rf"(?P<cue>{_rev_alts(all_cues)})(?!\w)"),
        cue_kind=kind,
        trail_rev=re.compile(rf"(?:[\s,(]|(?:{skip})(?!\w)|(?:{clock})(?!\w))+"),
        named_day_rev=re.compile(named_day),
        named_period_rev=re.compile(named_period),
        day_only=frozenset(collapse(fold_same_length(w)) for w in cues.get("day_only", [])),
        until_now=re.compile(rf"[\s,]*(?:{_alts(cues['until_now'])})(?!\w)"),
        self_verbs=re.compile(_alts(r["effect"]["self_verbs"])),
        self_ref=re.compile(_alts(r["effect"]["self_reference"])),
        apply_verbs=re.compile(_alts(r["effect"]["apply_verbs"])),
        # the label's value after a colon, or after "là" ("Hạn chót nộp hồ sơ là ngày 30/9/2026")
        label_line=re.compile(rf"(?:{_alts(labels)})(?!\w)(?:[^:\n]{{0,40}}:|[^:\n]{{0,40}}?\s+la\s)"),
        label_any=re.compile(_alts(labels)),
        deadline_label=re.compile(rf"(?:{_alts(r['labels']['deadline'])})(?!\w)"),
        drop_rev=re.compile(rf"[\s,]*(?:{_rev_alts(r['labels']['drop_before_date'])})(?!\w)[\s,]*"),
        label_words=frozenset(w.casefold() for p in (cues["filler"], cues["weekdays"], r["labels"]["drop_before_date"])
                              for x in p for w in _LETTERS.findall(x)),
        label_only=re.compile(rf"(?:{_alts(labels)})[\s:.]*$"),
        max_offset=int(r["labels"]["max_value_offset"]),
        situation_section=re.compile(rf"(?:vê\s+)?(?:{_alts(r['sections']['situation'])})(?!\w)"),
        results_sent=re.compile(rf"\s*(?:{_alts(r['sections'].get('results_sent', []) or [_NEVER])})(?!\w)"),
        skip_opener=re.compile(rf"(?:{_alts(op['skip'])})(?!\w)"),
        summary_request=re.compile(rf"(?:{_alts(op.get('summary', []) or [_NEVER])})(?!\w)[^\n]*?[,;]\s*"
                                   rf"(?:[^,;\n]*?\s)?(?:{_alts(op.get('summary_requests', []) or [_NEVER])})(?!\w)"),
        topic=re.compile(rf"(?:{_alts(op['topic'])})\s"),
        lead=re.compile(rf"(?:{_alts(op['lead_words'])})?$"),
        issuance=re.compile(_alts(op["issuance"] + op.get("receipt", []))),
        issued=re.compile(_alts(op["issuance"])),
        situation=re.compile(_alts(op["situation"])),
        not_done=re.compile(_alts(op.get("not_done", []) or [_NEVER])),
        programs=re.compile(_alts(nm["programs"])),
        targets=re.compile(_alts(nm["targets"])),
        qualifier_rev=re.compile(rf"\s*(?:{_rev_alts(nm['qualifiers'])})(?!\w)"),
        vision_rev=re.compile(rf"\s*(?:{_rev_alts(nm['visions'])})(?!\w)"),
        qualifier_after=re.compile(rf"[\s,]*(?:{_alts(nm['qualifiers'])})(?!\w)"),
        horizon_cues=frozenset(_keys(nm["horizon_cues"])),
        predicates=re.compile(_alts(nm["predicates"])),
        recurring=re.compile(rf"(?<!\w)(?:{_alts(cues['deadline'])})\s+ngay\s+(?P<d>\d{{1,2}})(?:\s*[/.-]\s*|\s+thang\s+)"
                             rf"(?P<m>\d{{1,2}})\s+(?:{_alts(cues['yearly'])})[\s,]*$"),
        as_of_raw=re.compile(r"\s*(?:" + "|".join(sorted({re.escape(unicodedata.normalize("NFC", x.split()[0].lower()))
                                                         for x in cues["as_of"]}, key=len, reverse=True)) + r")(?!\w)"),
        year_deadlines=frozenset(_keys(cues["year_deadline"])),
        scheduled_rev=re.compile(rf"[\s,]*(?:{_rev_alts(op['scheduled'])})(?!\w)"),
        horizon_targets=re.compile(_alts(nm["horizon_targets"])),
        not_period_rev=re.compile(rf"\s*(?:{_rev_alts(nm['not_periods'])})(?!\w)"),
        term_edge=re.compile(rf"(?<!\w)vao\s+(?:dip\s+)?(?P<edge>{_alts(nm.get('term_edges_end', []) + nm.get('term_edges_start', []))})"
                             rf"\s+(?:{_alts(nm['not_periods'])})\s*$"),
        term_end_words=frozenset(_keys(nm.get("term_edges_end", []))),
        time_column=re.compile(rf"(?:{_alts(r['tables']['time_columns'])})[\s:.*]*$"),
        table_stop=re.compile(rf"(?:{_alts(r['tables']['stop'])})(?!\w)"),
        row_done=re.compile(rf"(?<!\w)(?:{_alts(r['tables'].get('done', []) or [_NEVER])})(?!\w)"),
        conf={k: float(v) for k, v in r["confidence"].items()},
        # "Trong năm" is undated, "Trong năm 2026" is not
        undated=re.compile(rf"[\s*(]*(?:{_alts(g['undated'])})(?!\w)(?![\s:]*(?:19|20)\d\d)"),
        open_end=re.compile(rf"[\s,]*(?:{_alts(g['open_end'])})(?!\w)"),
        open_end_year=re.compile(rf"[\s,]*(?:{_alts(g['open_end_year'])})(?!\w)"),
        month_list=re.compile(rf"thang\s+(?P<first>\d{{1,2}})(?P<rest>(?:\s*(?:{seps})\s*(?:thang\s+)?\d{{1,2}})+)"
                              rf"\s*(?:/|\s+n[aă]m\s+)\s*(?P<y>\d{{4}})"),
        quarter_list=re.compile(rf"qu[yi]\s+(?P<first>[ivx]{{1,3}})(?P<rest>(?:\s*(?:{seps})\s*(?:qu[yi]\s+)?[ivx]{{1,3}})+)"
                                rf"\s*(?:/|\s+n[aă]m\s+|\s*-\s*)\s*(?P<y>\d{{4}})"),
        list_sep=re.compile(r"\s*(?:" + "|".join(re.escape(fold_same_length(x)) + (r"(?!\w)" if x[-1:].isalnum() else "")
                                                 for x in g["list_separators"]) + r")\s*"),
        list_item=re.compile(rf"\s*(?P<sep>{seps})\s*(?P<word>(?:thang|qu[yi])\s+)?(?P<v>\d{{1,2}}|[ivx]{{1,3}})"),
        joiners=re.compile(rf"[\s,;.]*(?:{_alts(r['grammar']['joiners'])})(?!\w)"),
        # (the two "parts of a year" patterns scan a whole body: each begins with its digit and
        # tests the character before after it, the same test, so the scan skips to the digits)
        year_part=re.compile(rf"(?P<n>\d(?<!\d\d)\d?)\s+thang\s+(?:(?P<head>{_alts(g['year_head'])})|(?:{_alts(g['year_tail'])}))"
                             rf"\s+n[aă]m\s+(?P<y>(?:19|20)\d\d)(?!\d)"),
        anniversary=re.compile(_alts(r["names"]["anniversary"])),
        vague_more=re.compile(rf"\s*,?\s*(?:{_alts(g['vague_more'])})(?!\w)"),
        recurring_after=re.compile(rf"[\s,]*(?:{_alts(r['doc_year']['recurring_after'])})(?!\w)"),
        this_year_after=re.compile(rf"[\s,]*(?:cua\s+)?n[aă]m\s+(?:{_alts(r['doc_year']['this_year'])})(?!\w)"),
        recurring_before=re.compile(rf"(?<!\w)(?:{_alts(r['doc_year']['recurring_before'])})(?!\w)"),
        periodic_report=re.compile(rf"(?<!\w)(?:{_alts(r['doc_year']['periodic_reports'])})(?!\w)"),
        year_part_bare=re.compile(rf"(?P<n>\d(?<![\d/]\d)\d?)\s+thang\s+(?:(?P<head>{_alts(g['year_head'])})|(?:{_alts(g['year_tail'])}))"
                                  rf"\s+n[aă]m(?:\s+(?:{_alts(r['doc_year']['this_year'])}))?(?![\w/]|\s*(?:19|20)\d\d)"),
        end_joiners=re.compile(rf"[\s,;.]*(?:{_alts(r['grammar']['end_joiners'])})(?!\w)"),
        from_now=tuple(_keys(cues["from_now"])),
        verb_programs=frozenset(_keys(r["names"]["verb_programs"])),
        named_by_period=frozenset(_keys(r["names"].get("named_by_period", []))),
        scope=re.compile(_alts(r["names"]["scope"])),
        reported=re.compile(rf"(?<!\w)(?:{_alts(op['past'])})\s+(?:{_alts(op['issuance'] + op.get('receipt', []))})(?!\w)"),
        produce_verbs=re.compile(_alts(r["effect"]["produce_verbs"])),
        retro_apply=re.compile(_alts(r["effect"]["retro_apply"])),
        describer_cue_rev=re.compile(rf"[\s,]*(?:{_rev_alts(op['describer_cue'])})(?!\w)"),
        plain_until=frozenset(_keys(op["plain_until"])),
        pending_after=re.compile(rf"(?<!\w)(?:{_alts(op['pending_after'])})(?!\w)"),
        done_after=re.compile(rf"(?<!\w)(?:{_alts(op.get('done_after', []))})(?!\w)"),
        request_verbs=re.compile(_alts(r["effect"]["request_verbs"])),
        effect_link_rev=re.compile(rf"\s*(?:{_rev_alts(r['effect']['effect_links'])})(?!\w)"),
        forward_words=re.compile(_alts(r["sections"]["forward"])),
        retro_measures=re.compile(rf"[\s,:]*(?:{_alts(r['effect']['retro_measures'])})(?!\w)"),
        narrated=re.compile(rf"[\s,]*(?:{_alts(op['narrated'])})(?!\w)"),
        minutes=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold_same_length(w)).replace(r"\ ", r"\s+") for w in op.get("minutes", [_NEVER]))
                           + r")(?!\w)"),
        conditional=re.compile(r"[\s,)]*(?:" + "|".join(re.escape(unicodedata.normalize("NFC", w.lower()))
                                                      for w in op["conditional"]) + r")(?!\w)"),
        bounds=frozenset(_keys(cues["lower_bound"] + cues["upper_bound"])),
        lower_bounds=frozenset(_keys(cues["lower_bound"])),
        preamble_events=bool(op.get("preamble_events", True)),
        year_goals=re.compile(_alts(nm["year_goals"])),
        span_goals=re.compile(_alts(nm["span_goals"])),
        span_within=frozenset(_keys(nm["span_within"])),
        execute_rev=re.compile(rf"\s*(?:{_rev_alts(nm['execute_verbs'])})(?!\w)"),
        span_goal_after=re.compile(rf"[\s,:]*(?:{_alts(nm['span_goals'])})(?!\w)"),
        baseline_rev=re.compile(rf"\s*(?:{_rev_alts(nm['baselines'])})(?!\w)"),
        describer_rev=re.compile(rf"\s*(?:{_rev_alts(nm['describers'])})(?!\w)"),
        weak_goals=frozenset(_keys(nm["weak_goals"])),
        scope_window_only=frozenset(_keys(nm["scope_window_only"])),
        data_window=re.compile(_alts(nm.get("data_window", []))),
        year_join=re.compile(rf"\s*,?\s*(?:{_alts(g['year_joiners'])})\s+(?:(?:{_alts(g['year_parts'])})\s+)?"),
        frame=re.compile(rf"(?:{_alts(op['frame'])})(?!\w)"),
        criteria=re.compile(_alts(op["criteria"])),
        contribution=re.compile(_alts(op["contribution"])),
        example=re.compile(rf"[\s*_]*(?:{_alts(op['example'])})(?:\s+\d{{1,3}})?\s*[:.]"),
        task_marker=re.compile(r["items"]["task_marker"]),
        bare_day=bool(cues.get("bare_day", False)),
        not_activity=re.compile(rf"(?:{_alts(r['items']['not_activity'])})(?!\w)"),
        max_colon_label=int(r["items"]["max_colon_label"]),
        # a weekday note may close the first bound: "từ ngày 15/10/2025 (thứ Tư) đến ngày 17/10/2025"
        range_gap=re.compile(rf"[\s,]*(?:\([^()]{{1,20}}\)[\s,]*)?(?:{_alts(g['range_separators'])})"
                             rf"(?:\s+(?:{_alts(g['range_end_words'])}))?(?:\s+ngay)?\s*"),
    )


# ---------------------------------------------------------------- document context

# A document number right before a date: "… số 230/KH-UBND ngày 28/9/2023", "66-NQ/TW ngày …"
_DOC_REF_END = re.compile(r"(?:\d[\w.&-]*/[\w./&-]*|\d+-[A-ZĐ][\w./&-]*)[\s,]*(?:ngày|ngay)?[\s,]*$")
_DOC_REF = re.compile(r"\bsố\s*:?\s*\d|\d[\w.&-]*/[A-ZĐ][\w./&-]*|\d+-[A-ZĐ]+/[A-ZĐ]+")
_CLOCK = re.compile(r"\d{1,2}\s*(?:h|giơ|g)\s*\d{0,2}|\d{1,2}:\d{2}")  # on folded text
_SENT_DOT = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ]|$)")  # a full stop that ends a sentence
_FOOTNOTE = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d+\]|\(\d+\)\s)")


def _is_footnote(text: str, ln: Line, mark: str) -> bool:
    """A line opening with a note's mark ("(1) ", "[2]", "³") is a footnote where the text
    calls it before, inside a sentence ("… theo quy định (1)."); "(1) Tổ chức hiệp thương …: …"
    with no such call is an enumerated item of the body."""
    if not mark.startswith("("):
        return True
    call = re.compile(re.escape(mark))
    return any(text[m.start() - 1] not in "\n" for m in call.finditer(text, 0, ln.start) if m.start())


@dataclass
class _Cand:
    start: str | None
    end: str | None
    time: str | None
    label: str  # filled after all items are known (a label stops at the next item's date)
    rule: str
    conf: float
    period: Period
    line: int
    sent: tuple[int, int]  # the sentence (or table cell) the item was read from
    label_span: tuple[int, int]
    time_span: tuple[int, int] | None
    cut: int = -1  # where the cue and fillers before the date start
    end_span: tuple[int, int] | None = None  # where ``end`` was read, when not the period's last date
    cue: str | None = None  # the cue phrase before the date (folded), if any
    second_day: bool = False  # listed after the item before it ("ngày 15 và 20/5", "… và ngày …"): labelled alike
    start_span: tuple[int, int] | None = None  # where ``start`` was read, when not the period's first date


@dataclass
class _Ctx:
    doc: Document
    text: str
    rules: _Rules
    year: int | None
    date: str | None  # the document's own date (coarse ISO)
    labels: dict[int, tuple[int, bool]]  # line -> (offset where a label's value starts, deadline?)
    situation_lines: set[int]
    titles: dict[int, str]  # heading line -> resolved title
    starts: dict[int, int]  # line index -> offset after its heading marker / bullet
    folded: dict[int, str]  # line index -> folded line text
    sec_tree: tuple[list[int], list[Section], list[int]] | None = None
    own_type: str = ""  # the document's own type name, folded ("thông tư"): "Thông tư có hiệu lực …"
    consolidated: bool = False  # a consolidated text: its "… này có hiệu lực" are the reprinted texts'
    attached: range = range(0)  # lines of a document issued with this one, printed after its closing
    sections: list[Section] | None = None  # the body's sections, then the attached document's
    examples: frozenset[int] = frozenset()  # lines of worked examples ("Ví dụ 9: …")
    whole: str | None = None  # the whole text folded, made on the first long stretch asked for
    period_heads: dict[int, tuple[Section, Period, bool]] | None = None  # see _period_headings

    def f(self, a: int, b: int, ln: Line | None = None) -> str:
        """Folded ``text[a:b]`` (same length, so offsets carry over): a slice of the text folded
        once, in :func:`_context`. Folding goes character by character, so a slice of the
        folded text is the folded slice; a line's own fold is still cut first (a stretch that
        ends inside its line is sliced from it, exactly as before)."""
        a = max(0, a)
        if ln is None or not ln.start <= a <= ln.end:
            ln = self.doc.line_at(a)
        whole = self.folded_text()
        if b <= ln.end:
            fl = self.folded.get(ln.idx)
            if fl is None:
                fl = self.folded[ln.idx] = whole[ln.start : ln.end]  # (Line.text is text[start:end])
            return fl[a - ln.start : b - ln.start]
        return whole[a:b]

    def folded_text(self) -> str:
        """The whole text folded, made once: the body-wide readers (month lists, parts of a
        year, dates without their year) ask for most of it, and every line's head is cut from
        it rather than folded again line by line."""
        if self.whole is None:
            self.whole = fold_same_length(self.text)
        return self.whole

    def head(self, ln: Line, n: int) -> str:
        """``fold_same_length(ln.text[:n])``, cut from the folded text."""
        return self.folded_text()[ln.start : min(ln.end, ln.start + n)]

    def content_start(self, ln: Line) -> int:
        cs = self.starts.get(ln.idx)
        if cs is None:
            cs = self.starts[ln.idx] = _content_start(ln)
        return cs


def _content_start(ln: Line) -> int:
    """Offset where the line's text starts after a heading marker or a bullet."""
    h = parse_heading(ln.text)
    if h and h[1]:
        k = ln.text.rfind(h[1])
        if k >= 0:
            return ln.start + k
    if h and not h[1]:
        return ln.end
    b = BULLET.match(ln.text)
    if b and b.group("title"):
        return ln.start + b.start("title")
    return ln.start

_NUMBER_YEAR = re.compile(r"/((?:19|20)\d\d)/")  # "158/2025/NĐ-CP"


_MINUTES = fold_same_length("biên bản")


def _doc_date(doc: Document) -> str | None:
    """The document's own date, as precise as its date line is (``YYYY-MM-DD``/``YYYY-MM``/``YYYY``).

    Without a date line (a header the converter lost), a lower bound stands in for it: a
    document is written no earlier than the latest document its preamble cites, nor before the
    year its number carries. Dates before that are history in either case."""
    i = doc.anchors.get("date")
    if i is not None:
        ln = doc.lines[i]
        a = doc.annotations.get("date")
        # (the header's reading of its date, where the line holds another before it: a
        # gazette's running head run into the header, "CÔNG BÁO/Số …/Ngày 02-06-2026 … Hà Nội,
        # ngày 20 tháng 5 năm 2026")
        at = (a.start, a.end) if a is not None and ln.start <= a.start < ln.end else (ln.start, ln.end)
        for d in find_dates(doc.text, *at):
            if d.coarse:
                return d.coarse
        return None
    floor: list[str] = []
    k = doc.anchors.get("number")
    if k is not None and (m := _NUMBER_YEAR.search(doc.lines[k].text)):
        floor.append(m.group(1))
    span = doc.part_span("preamble")
    if span is not None:
        # a cited document's date is a day; a bare year there is a horizon or a name ("Chiến
        # lược … đến năm 2050"), no floor
        floor.extend(d.coarse for d in find_dates(doc.text, *span) if d.coarse and len(d.coarse) == 10)
    return max(floor) if floor else None


def _before(value: str, ref: str | None) -> bool:
    """``value`` ends before ``ref`` (compared at the coarser of the two precisions)."""
    if ref is None:
        return False
    n = min(len(value), len(ref))
    return value[:n] < ref[:n]


def _next_text_line(doc: Document, i: int, stop: int) -> Line | None:
    for ln in doc.lines[i + 1 : stop]:
        if ln.text:
            return ln
    return None


def _attached(doc: Document) -> range:
    """The lines of a document issued with this one (the document model's part "attached": a
    decision that adopts a plan, a regulation or a programme prints it after its own closing), up
    to its first appendix. Its schedule is what the decision adopts, so it is read as body."""
    att = doc.parts.get("attached")
    if att is None or not len(att):
        return range(0)
    b = att.stop
    first = _next_text_line(doc, att.start - 1, b)
    return range(first.idx, b) if first is not None else range(0)


def _names_way_forward(doc: Document, s: Section, title: str, R: _Rules) -> bool:
    """A situation heading that names the way forward too ("Về tình hình … quý I; phương
    hướng, nhiệm vụ … quý II", its second half wrapped to the next line after a ";"): its
    section sets tasks as well, only its own situation subsections report."""
    text = title
    if title.rstrip(" *_").endswith((";", ",")):
        nxt = _next_text_line(doc, s.line, s.end)
        text += " " + (nxt.text[:120] if nxt else "")
    return bool(_words(R.forward_words, fold_same_length(text)[len(title) // 3 :]))


def _context(doc: Document) -> _Ctx:
    R = _rules()
    text = doc.text
    own = _doc_date(doc)
    ctx = _Ctx(doc, text, R, int(own[:4]) if own else None, own, {}, set(), {}, {}, {})
    ti = doc.anchors.get("type")
    if ti is not None and (name := match_type_line(doc.lines[ti].text)):
        ctx.own_type = collapse(fold_same_length(name))
    num = doc.annotations.get("number")
    ctx.consolidated = num is not None and consolidated_number(text[num.start : num.end])
    body = doc.parts.get("body") or range(0)
    ctx.attached = _attached(doc)
    ctx.sections = list(doc.sections) + build_sections(doc.lines, ctx.attached.start, ctx.attached.stop)
    # heading titles (a converter may put the title of "I." on the next line)
    for s in ctx.sections:
        title = s.title
        if not title:
            nxt = _next_text_line(doc, s.line, s.end)
            title = nxt.text if nxt else ""
        ctx.titles[s.line] = title
        if R.situation_section.match(fold_same_length(title[:60])) and not _names_way_forward(doc, s, title, R):
            ctx.situation_lines.update(range(s.line, s.end))
    ctx.examples = _example_lines(ctx, R)
    # time labels: "Thời gian thực hiện: …" on the line, or a heading/line "Thời gian thực hiện"
    for i in [*body, *ctx.attached]:
        stop = body.stop if i in body else ctx.attached.stop
        ln = doc.lines[i]
        if not ln.text:
            continue
        if not R.label_any.search(ctx.head(ln, 48)):
            continue
        cs = ctx.content_start(ln)
        head = ctx.f(cs, min(ln.end, cs + 90), ln)
        m = R.label_line.match(head)
        if m:
            ctx.labels[i] = (cs + m.end(), bool(R.deadline_label.match(head)))
        if R.label_only.match(head) or (cs == ln.end and R.label_only.match(fold_same_length(ctx.titles.get(i, "")))):
            nxt = _next_text_line(doc, i, stop)
            if nxt is not None and nxt.idx not in ctx.labels:
                ctx.labels[nxt.idx] = (ctx.content_start(nxt), bool(R.deadline_label.match(head)))
    return ctx


# what ends a worked example: the next numbered clause, point, article, chapter or example (folded)
_EXAMPLE_END = re.compile(r"[\s*_]*(?:điêu\s+\d|chương\s|muc\s+\d|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.\s|[ivx]{1,5}\.\s)")
_EXAMPLE_LINES = 80  # an example longer than this is text the marker does not end


def _example_lines(ctx: _Ctx, R: _Rules) -> frozenset[int]:
    """Lines of the worked examples of a normative text ("Ví dụ 9: Bà N … từ ngày 29/5/2021 …"):
    their dates illustrate how a rule is applied, they schedule nothing. (Each line's head is
    cut from the text folded once: every line is asked.)"""
    doc = ctx.doc
    out: set[int] = set()
    i, n = 0, len(doc.lines)
    while i < n:
        if not R.example.match(ctx.head(doc.lines[i], 40)):
            i += 1
            continue
        out.add(i)
        j = i + 1
        while j < n and j - i < _EXAMPLE_LINES:
            f = ctx.head(doc.lines[j], 40)
            if R.example.match(f) or _EXAMPLE_END.match(f):
                break
            out.add(j)
            j += 1
        i = j
    return frozenset(out)


# ---------------------------------------------------------------- classification


# How far a sentence may reach on either side of its date. A sentence is bounded by its
# punctuation; on a line without any (a converter's run-on text) it is cut here, so that each
# date costs the same whatever the length of its line.
_REACH = 600


def _sentence(ctx: _Ctx, ln: Line, a: int, b: int) -> tuple[int, int]:
    """The sentence of line ``ln`` around ``text[a:b]`` (bounded by ``;``, ``!``, ``?``, ``. X``,
    and by :data:`_REACH`)."""
    text = ctx.text
    lo, hi = max(ln.start, a - _REACH), min(ln.end, b + _REACH)
    s = max(text.rfind(c, lo, a) for c in ";!?") + 1
    if s == 0 and lo > ln.start:  # no boundary within reach: start at a word
        sp = text.find(" ", lo, a)
        s = sp + 1 if sp >= 0 else lo
    k = text.rfind(". ", lo, a)
    while k >= 0 and k + 1 >= s:
        nxt = text[k + 2 : k + 3]
        if nxt and (nxt.isupper() or nxt in "“\"("):
            s = max(s, k + 2)
            break
        k = text.rfind(". ", lo, k)
    s = max(s, ln.start)
    ends = [x for x in (text.find(c, b, hi) for c in ";!?") if x >= 0]
    k = text.find(". ", b, hi)
    while k >= 0:
        nxt = text[k + 2 : k + 3]
        if nxt and (nxt.isupper() or nxt in "“\"("):
            ends.append(k)
            break
        k = text.find(". ", k + 2, hi)
    if not ends and hi < ln.end:  # no boundary within reach: end at a word
        sp = text.rfind(" ", b, hi)
        ends.append(sp if sp >= 0 else hi)
    e = min(ends) if ends else ln.end
    while s < e and text[s].isspace():
        s += 1
    return s, max(e, b)


def _inside_quotes(ctx: _Ctx, ln: Line, p: Period) -> bool:
    """Inside “…” (a quoted name: "Đề án “… giai đoạn 2021 - 2030”")."""
    text = ctx.text
    o = text.rfind("“", max(ln.start, p.start - _REACH), p.start)
    if o < 0 or text.find("”", o, p.start) >= 0:
        return False
    return text.find("”", p.end, min(ln.end, p.end + _REACH)) >= 0


def _is_name(ctx: _Ctx, clause_s: int, p: Period) -> bool:
    """Does the period qualify a named programme/document rather than set a date?

    "Chương trình mục tiêu quốc gia … đến năm 2030": a programme noun precedes in the clause
    and no target word ("phấn đấu", "mục tiêu", "đạt" …) comes after it.
    """
    R = ctx.rules
    a = max(clause_s, p.start - 220)
    seg = ctx.f(a, p.start)
    # a span right after "thời kỳ" / "giai đoạn" names a master plan even when that noun is written
    # small ("điều chỉnh quy hoạch tỉnh … thời kỳ 2021 - 2030"; rules [names] named_by_period)
    # (folded text; the period's own span may begin with the qualifier)
    qualified = re.search(r"(?:thơi\s+ky|giai\s+đoan)\s*$", seg) is not None or re.match(
        r"\s*(?:thơi\s+ky|giai\s+đoan)\b", ctx.f(p.start, min(p.end, p.start + 12))) is not None
    progs = [
        (m.start(), m.end())
        for m in _words(R.programs, seg)
        if ctx.text[a + m.start()].isupper() or collapse(m.group()) not in R.verb_programs
        or (qualified and collapse(m.group()) in R.named_by_period)
    ]
    if not progs:
        return False
    if _words(R.predicates, seg[progs[-1][1] :]):
        return False  # "Các nhiệm vụ của Đề án được xác định … đến năm 2015": the noun is a subject
    tgt = [m.start() for m in _words(R.targets, seg) if not any(a <= m.start() < b for a, b in progs)]
    return not tgt or tgt[-1] < progs[-1][1]


_CLAUSE_BOUND = re.compile(r"[:;]|\.\s")
_OPENING_VERB = re.compile(r"[\s*_]*[^\W\d_]")


def _clause_opener(ctx: _Ctx, cs: int, at: int) -> bool:
    """Nothing stands before ``at`` in its clause: the line's content opens there, or a full
    stop, a semicolon or a topic's colon ends what is before it."""
    before = ctx.text[cs:at]
    cut = 0
    for m in _CLAUSE_BOUND.finditer(before):
        cut = m.end()
    return not before[cut:].strip(" *_-+•\t")


def _horizon_opens_clause(ctx: _Ctx, ln: Line, cs: int, cue_at: int, p: Period) -> bool:
    """A horizon ("đến năm 2030") that opens its clause (the line's content, or what follows a
    topic's colon, a semicolon or a full stop) and goes on with a word, the clause's predicate:
    a target list states each goal this way, with or without a comma after the year. A name's
    horizon never opens a clause ("Quy hoạch … đến năm 2030" has its noun before it)."""
    if not _clause_opener(ctx, cs, cue_at):
        return False
    after = ctx.text[p.end : min(ln.end, p.end + 20)]
    if _OPENING_VERB.match(after) is None:
        return False
    return not ctx.rules.narrated.match(ctx.f(p.end, min(ln.end, p.end + 16), ln))


def _executed_program(ctx: _Ctx, clause_s: int, p: Period) -> bool:
    """The programme noun before the span is the object of an execution verb right before it
    ("tiếp tục thực hiện dự án …"): the span after "trong" is when that work is done, not which
    programmes are meant ("các dự án dự kiến khởi công trong giai đoạn …", "các chương trình,
    dự án khác trong giai đoạn …")."""
    R = ctx.rules
    seg = ctx.f(max(clause_s, p.start - 220), p.start)
    progs = _words(R.programs, seg)
    if not progs:
        return False
    return R.execute_rev.match(seg[: progs[-1].start()][::-1]) is not None


def _has_target(ctx: _Ctx, clause_s: int, p: Period, sent_e: int) -> bool:
    """A target word in the clause ("phấn đấu đến năm 2030", "… đến năm 2030 đạt 100%")."""
    R = ctx.rules
    seg = ctx.f(max(clause_s, p.start - 220), min(sent_e, p.end + 40))
    progs = [(m.start(), m.end()) for m in _words(R.programs, seg)]
    if any(not any(a <= m.start() < b for a, b in progs) for m in _words(R.targets, seg)):
        return True
    # "Đến năm 2030, 100% hộ dân được …": a share right after the date is the target itself
    return _SHARE.match(ctx.f(p.end, min(sent_e, p.end + 20))) is not None


_SHARE = re.compile(r"[\s,:]*\d{1,3}(?:[,.]\d+)?\s*%")
_SHARE_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:[,.]\d+)?\s*%\s*(?:trong\s+)?$")  # "3% (trong) năm 2027"


def _cue_before(R: _Rules, rev: str, at: int) -> tuple[re.Match[str], int] | None:
    """The cue (a whole word) before the stretch of reversed text that ends at ``at``, fillers
    skipped, and where they start: the cue of a day or period named by its event."""
    t = R.trail_rev.match(rev, at)
    k = t.end() if t else at
    m = R.cue_rev.match(rev, k)
    return (m, k) if m and not (m.end() < len(rev) and rev[m.end()].isalnum()) else None


def _cue(ctx: _Ctx, lo: int, p: Period, ln: Line) -> tuple[str | None, str | None, int, int]:
    """(cue phrase, its category, offset where the cue starts, offset where fillers start)."""
    R = ctx.rules
    rev = ctx.f(lo, p.start, ln)[::-1]
    t = R.trail_rev.match(rev)
    k = t.end() if t else 0
    m = R.cue_rev.match(rev, k)
    if not m or (m.end() < len(rev) and rev[m.end()].isalnum()):
        # "đến ngày bầu cử 15/3/2026": the day named by its event, then the cue ("ngày" with its
        # grave mark: "làm ngay trong năm" is the adverb and a cue)
        nd = R.named_day_rev.match(rev, k)
        if nd and ctx.text[p.start - nd.end() : p.start - nd.end() + 4].casefold() == "ngày" \
                and (found := _cue_before(R, rev, nd.end())) is not None:
            m, k = found
    if not m or (m.end() < len(rev) and rev[m.end()].isalnum()):
        # "vào kỳ chi trả tháng 12 năm 2025", "trong đợt cao điểm tháng 12": the period named by
        # what it holds, then a cue that sets a time within
        npd = R.named_period_rev.match(rev, k)
        if npd and (found := _cue_before(R, rev, npd.end())) is not None \
                and R.cue_kind.get(collapse(found[0].group("cue")[::-1])) == "within":
            m, k = found
    if not m or (m.end() < len(rev) and rev[m.end()].isalnum()):
        if _CLOCK.search(rev[:k][::-1]):
            # "Lễ kỷ niệm: 7h30 ngày 20/11/2024": an hour on a day sets an event
            return "clock", "within", p.start - k, p.start - k
        return None, None, p.start - k, p.start - k
    phrase = collapse(m.group("cue")[::-1])
    cat = R.cue_kind.get(phrase)
    if phrase in R.day_only and p.kind != "day":
        return None, None, p.start - k, p.start - k
    if cat == "as_of" and not R.as_of_raw.match(unicodedata.normalize("NFC", ctx.text[p.start - m.end() : p.start - k].lower())):
        # folded, "tỉnh đến hết" (a province's name, then the cue) reads as "tính đến hết" (as of):
        # the accented words tell them apart; the cue is what follows the name
        first = len(phrase.split()[0])
        rest = rev[: m.end() - first].rstrip()
        m = R.cue_rev.match(rest, k)
        if not m or (m.end() < len(rest) and rest[m.end()].isalnum()):
            return None, None, p.start - k, p.start - k
        phrase = collapse(m.group("cue")[::-1])
        cat = R.cue_kind.get(phrase)
    if cat == "from" and unicodedata.normalize("NFC", ctx.text[p.start - m.end() : p.start - k].lower()).split()[0] in _NOT_TU:
        # folded, "đầu tư năm 2027" (investment of a year) reads as "từ năm 2026": a tone mark
        # other than the grave tells the word from the cue
        return None, None, p.start - k, p.start - k
    if cat in ("from", "deadline") and phrase not in R.bounds and _CLOCK.search(rev[:k][::-1]):
        # "từ 8 giờ 00 ngày …", "từ 7h30 đến 11h00 ngày …": the cue is about the hour, the
        # date is the day of the event ("trước 17 giờ ngày …" stays a deadline)
        if cat == "from" or _CLOCK.search(ctx.f(max(ln.start, p.start - m.end() - 16), p.start - m.end(), ln)):
            cat = "within"
    return phrase, cat, p.start - m.end(), p.start - k


# words that fold to the cue "từ" but are other words ("đầu tư", "thứ tư", "tự"): never a cue
_NOT_TU = frozenset(unicodedata.normalize("NFC", w) for w in ("tư", "tứ", "tử", "tữ", "tự"))


_CLAUSE_END = re.compile(r"[;.:()]")  # (commas list subjects: "… các bộ, cơ quan chưa …")


def _clause_after(ctx: _Ctx, p: Period, ln: Line) -> str:
    """The folded rest of the date's clause, up to its next punctuation (at most 80 characters)."""
    rest = ctx.f(p.end, min(ln.end, p.end + _CLAUSE_MAX), ln)
    m = _CLAUSE_END.search(rest)
    return rest[: m.start()] if m else rest


def _whole_words(clause: str) -> str:
    """A clause :func:`_clause_after` cut at its length limit, without the word the cut split
    ("… đảm" of "đảm bảo" would read as "đã")."""
    return clause[: clause.rfind(" ")] if len(clause) >= _CLAUSE_MAX else clause


_CLAUSE_MAX = 80


def _strip_trail(R: _Rules, s: str) -> str:
    """``s`` without the fillers, clock times and weekdays it ends with."""
    t = R.trail_rev.match(s[::-1])
    return s[: len(s) - t.end()] if t else s


def _encode(p: Period, cat: str | None) -> tuple[str | None, str | None]:
    """(start, end) of an item from the period and its cue (deadline/start/within)."""
    if cat == "deadline" and p.kind not in ("range", "years"):
        return None, p.last
    if cat == "from" and (p.single or (p.kind == "quarter" and p.first[:4] == p.last[:4]
                                       and int(p.last[5:7]) - int(p.first[5:7]) < 3)):
        # "từ Quý II/2025" opens the period at the quarter's start; "từ Quý II đến Quý III/2025"
        # (quarters read as one span) is that span
        return p.first, None
    return p.first, p.last


def _time_near(ctx: _Ctx, p: Period, sent: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The clock time written with a day: the first one just before it ("vào 13h30’ ngày …",
    "từ 7h30 đến 11h00 ngày …"), else the nearest one after it ("ngày …, lúc 8 giờ")."""
    before = []
    after = []
    for a, b, hhmm in find_times(ctx.text, max(sent[0], p.start - 30), min(sent[1], p.end + 30)):
        if b <= p.start:
            before.append((a, hhmm, (a, b)))
        elif a >= p.end:
            after.append((a, hhmm, (a, b)))
    pick = before[0] if before else (after[0] if after else None)
    return (pick[1], pick[2]) if pick else None


_LIST_MARK = re.compile(r"^[\s*_#>|-]*(?:(?:[0-9]{1,2}|[ivxl]{1,5}|[a-zđ])[.)]\s*)*")


def _vision_heading(ctx: _Ctx, ln: Line, cs: int, cue_at: int, p: Period) -> bool:
    """A heading of its own that is only the vision word and its horizon ("b) Tầm nhìn đến năm
    2045"): the plan sets out what is to be reached by then, unlike a vision inside a name."""
    # nothing after the horizon but the vision's own sentence after its colon ("b) Tầm nhìn đến
    # năm 2045: Thủ đô là …"), and nothing before it but the vision word, its list mark aside: a
    # title's wrapped tail ("… THỜI / KỲ 2021-2030, TẦM NHÌN ĐẾN NĂM 2045") is no heading of its own
    after = ctx.text[p.end : ln.end].strip(" *_.:;")
    return (not after or ctx.text[p.end : ln.end].lstrip(" *_").startswith(":")) \
        and _heading_lead(ctx, ln, cue_at) in _name_words("visions")


def _vision_after_value(ctx: _Ctx, ln: Line, label_at: int, lead_end: int) -> bool:
    """A vision that goes on a field's value after a comma ("Thời kỳ quy hoạch: đến năm 2035, tầm
    nhìn đến năm 2050"): the field's value too, its horizon an item as the first span is."""
    value = ctx.f(label_at, lead_end, ln)
    comma = value.rfind(",")
    return (comma > 0 and not re.search(r"[.;]", value) and re.search(r"\d{4}\s*$", value[:comma]) is not None
            and collapse(value[comma + 1 :].strip(" *_")) in _name_words("visions"))


def _phase_heading(ctx: _Ctx, ln: Line, cue_at: int) -> bool:
    """A heading that is only a phase word and its span from now ("a) Giai đoạn từ nay đến năm
    2030:"): the phase the goals under it are set for, one item (unlike a section's title that
    spans its tasks: "B. NỘI DUNG … TỪ NAY ĐẾN NĂM 2020")."""
    return _heading_lead(ctx, ln, cue_at) in _name_words("phases")


def _heading_lead(ctx: _Ctx, ln: Line, cue_at: int) -> str:
    """The heading's words before the date's cue, its list mark aside (folded)."""
    return collapse(_LIST_MARK.sub("", ctx.f(ln.start, cue_at, ln)).strip(" *_-+•"))


@cache
def _name_words(key: str) -> frozenset[str]:
    """A word list of [names] in rules/timeline.toml, as folded keys."""
    return frozenset(_keys(load_rules("timeline")["names"].get(key, [])))


def _asks_after_summary(R: _Rules, lead: str) -> bool:
    """``lead`` (folded, from the clause's start to the date) sums up the body and then asks for
    something ("Trên đây là …, Sở … đề nghị các đơn vị báo cáo … trước"): the date is the ask's."""
    return bool(R.summary_request.match(lead))


def _excluded_line(ctx: _Ctx, ln: Line, cs: int, p: Period) -> bool:
    """Footnotes, quoted law, conditions, situation reports, a "Về …:" topic, quoted names."""
    R = ctx.rules
    if not ln.text or ln.idx in ctx.situation_lines:
        return True
    m = _FOOTNOTE.match(ln.text)
    if m and _is_footnote(ctx.text, ln, m.group().strip()):
        return True
    content = ctx.f(cs, min(ln.end, cs + 40), ln)
    if R.skip_opener.match(content) and not _asks_after_summary(R, ctx.f(cs, p.start, ln)):
        return True
    if R.topic.match(content):
        # the topic ends at its colon, or at a sentence's end (a topic's heading and the text under
        # it run together: "2. Về Đề án … Thường trực … thống nhất …. Đề nghị … trước ngày …")
        colon = ctx.text.find(":", cs, p.start)
        if colon < 0 and not _SENTENCE_END.search(ctx.text, cs, p.start):
            return True
    if _in_cited_aside(ctx.text, ln, p):
        return True
    return _inside_quotes(ctx, ln, p) or bool(_DOC_REF_END.search(ctx.text[max(ln.start, p.start - 40) : p.start]))


_SENTENCE_END = re.compile(rf"[.;]\s+(?=[{UPPER}])")


# a bracketed aside that reports what a cited document says: "(theo Nghị quyết số 07/NQ-HĐND …:
# thành lập Sở … kể từ ngày 01 tháng 3 năm 2025)" — its dates are that document's, not a schedule
_CITED_ASIDE = re.compile(r"\(\s*(?:theo|tại|căn cứ)\s+[^()]{0,40}?\bsố\s*:?\s*\d", re.IGNORECASE)


def _in_cited_aside(text: str, ln: Line, p: Period) -> bool:
    o = text.rfind("(", ln.start, p.start)
    return o >= 0 and ")" not in text[o : p.start] and bool(_CITED_ASIDE.match(text, o, p.start))


# "đến cuối năm", "đến hết năm" read as the cue "đến" and the fillers "cuối"/"hết" (folded)
_YEAR_END = re.compile(r"(?<!\w)(?:cuôi|hêt)(?!\w)")
# a line that is only a phase's name before its span ("- Giai đoạn 2021 - 2030"; folded)
_PHASE_LINE = re.compile(r"[\s*_]*(?:giai\s+đoan|thơi\s+ky)\s*")
# a heading that sets a horizon names what it is about in a few words ("Mục tiêu và chỉ tiêu chủ
# yếu đến năm 2030", "Nhiệm vụ thực hiện theo lộ trình đến năm 2030")
_HEADING_WORDS = 8
# a named span's own first phase, right after it: "Chương trình … giai đoạn 2021 - 2030, giai đoạn
# I: từ năm 2021 đến năm 2025" names the programme's phase, it schedules nothing (folded, reversed)
_SUBPHASE_REV = re.compile(r"\s*(?:ưt\s+)?:?\s*(?:[ivx]+|\d)\s+(?:naođ\s+iaig|yk\s+iơht)\s*[;,]?\s*"
                           r"\d\d(?:91|02)\s*[-–—]\s*\d\d(?:91|02)\s+(?:naođ\s+iaig|yk\s+iơht)")


# (over the folded text, marks partly dropped: "từ ngày" reads "tư ngay")
_LABEL_COLON = re.compile(r":[ \t]*(?:t[ưừu][ \t]*)?(?:ng[aà]y[ \t]*)?$", re.IGNORECASE)


def _classify(ctx: _Ctx, p: Period, zone: str) -> _Cand | None:
    """The timeline item this date expression makes, if any (see the module doc)."""
    R, text, doc = ctx.rules, ctx.text, ctx.doc
    if ctx.year is not None and int(p.last[:4]) < ctx.year:
        return None  # before the document was written: history, not schedule
    ln = doc.line_at(p.start)
    if ln.idx in ctx.examples:
        return None  # a worked example's dates illustrate a rule
    cs = ctx.content_start(ln)
    if cs > p.start:
        cs = ln.start
    cue, cat, cue_at, fill_at = _cue(ctx, max(ln.start, p.start - 60), p, ln)
    # what precedes the date on its line (or in its table cell); read within a sentence's reach
    # only: a longer lead opens no line and no heading either way
    lead_end = cue_at if cue else p.start
    lead_f = _strip_trail(R, ctx.f(max(cs, lead_end - _REACH), lead_end, ln))
    lead_f = re.split(r"[|\t]", lead_f)[-1].strip()
    after = text[p.end : p.end + 3].lstrip(" \t’'")
    opener_after = (not after or after[0] in "|\t,:;-–(.") if p.kind != "year" else after.startswith(":")
    if p.kind == "year" and not opener_after and _open_end(ctx, p, ln):
        opener_after = True  # "Năm 2027 và các năm tiếp theo: duy trì …"
    if (p.kind == "year" and not opener_after and after.startswith(",") and cue is None
            and (BULLET.match(ln.text) or R.task_marker.match(ln.text))
            and _clause_opener(ctx, cs, p.start)):
        # "- Năm 2027, hoàn thành …": a listed step of a roadmap that opens with its year (the
        # year's own word "năm" aside, nothing before it in its clause: "- Phát triển … . Năm
        # 2027, hoàn thành …" is the task's dated step)
        opener_after = True
    at_line_start = bool(R.lead.match(lead_f)) and opener_after
    if not at_line_start and zone == "body" and opener_after:
        # a sentence of the body that opens with its date ("…; năm 2027: hoàn thành 100%",
        # "… sơ kết. Tháng 12/2026, tổng kết."): the same as a line that does
        raw = text[max(cs, lead_end - _REACH) : lead_end]
        k = max([raw.rfind(";"), *(m.start() for m in _SENT_DOT.finditer(raw))])
        at_line_start = k >= 0 and bool(R.lead.match(_strip_trail(R, fold_same_length(raw[k + 1 :])).strip()))
    label_at, deadline_label = ctx.labels.get(ln.idx, (-1, False))
    labelled = label_at >= 0 and (0 <= p.start - label_at <= R.max_offset or _vision_after_value(ctx, ln, label_at, lead_end))
    # "1. Hội thi kể chuyện: ngày 21/4/2025", "- Tổng kết năm: tháng 12 năm 2025": a listed
    # activity whose value after the colon is the date
    colon_value = (zone == "body" and cue is None and not labelled and not at_line_start
                   and (_colon_value(ctx, ln, cs, p) or (p.kind != "years" and _in_item_parens(ctx, ln, cs, p))))
    if labelled and cat is None and deadline_label:
        cat = "deadline"
    if cat == "as_of":
        return None  # the cut-off of figures ("số liệu tính đến tháng 10/2025"), no schedule
    if cue is not None and R.describer_cue_rev.match(ctx.f(max(ln.start, cue_at - 30), cue_at, ln)[::-1]):
        return None  # "các việc có thời hạn trong quý III": which tasks are meant
    if cat == "deadline" and cue in R.plain_until and R.pending_after.search(_clause_after(ctx, p, ln)):
        return None  # "… đến ngày 30/6 các đơn vị chưa giải ngân": a status as of the day, no deadline
    if cat == "deadline" and cue in R.plain_until and cue_at is not None \
            and ctx.f(ln.start, cue_at, ln).rstrip()[-1:] in ("", ".", ";", ":") \
            and R.done_after.search(_whole_words(_clause_after(ctx, p, ln))):
        return None  # "Đến ngày 25/02/2026, Chủ tịch … đã phê duyệt …": done by the day, no deadline
    if zone == "body" and p.kind == "day" and at_line_start and cue in (None, "clock") \
            and R.done_after.search(_whole_words(_clause_after(ctx, p, ln))):
        # "…; vào lúc 08h00' ngày 09/5/2026, Hội A đã tiến hành Đại hội …": a day that opens its
        # clause, then what was done on it, tells what happened (a conclusion's preamble event
        # is kept: [names] preamble_events)
        return None
    if R.conditional.match(unicodedata.normalize("NFC", text[p.end : p.end + 12].lower())):
        return None  # "… trước ngày 30/6/2025 thì không phải …": who a rule covers
    if R.minutes.search(ctx.f(p.end, min(ln.end, p.end + 160), ln)):
        return None  # "Vào hồi 13h00 ngày …, tại …, chúng tôi gồm:": the sitting minutes record
    if zone == "preamble" and not R.preamble_events:
        return None
    # a bare year after a target verb: "phấn đấu hoàn thành … các chỉ tiêu năm 2025"
    # … or a figure right before it: "(khoảng 3% năm 2027)" is the year's target value
    share_goal = (p.kind == "year" and not (cue or labelled or at_line_start)
                  and _SHARE_BEFORE.search(ctx.f(max(cs, p.start - 20), p.start, ln)) is not None)
    goal = (p.kind == "year" and not (cue or labelled or at_line_start)
            and (share_goal or bool(_words(R.year_goals, ctx.f(max(cs, p.start - 160), p.start, ln)))))
    if p.single and not (cue or labelled or at_line_start or goal or colon_value):
        return None  # a date with nothing that schedules it
    if _excluded_line(ctx, ln, cs, p):
        return None
    sent = _sentence(ctx, ln, p.start, p.end)
    colon = text.rfind(":", sent[0], p.start)
    clause_s = max(sent[0], colon + 1 if colon >= 0 else sent[0])
    heading = ln.idx in ctx.titles and len(ln.text) < 100 and len(lead_f.split()) <= _HEADING_WORDS
    sent_f = ctx.f(sent[0], sent[1], ln)
    if not labelled and _framed(ctx, clause_s, p, ln):
        return None
    # what happened to the area, or a report of a document issued ("…, Cơ quan … đã có văn bản
    # số …"): the sentence's dates are past facts
    situational = bool(_words(R.situation, sent_f)) or (
        bool(R.reported.search(sent_f))
        # "… rà soát các chương trình … đã ban hành …, hoàn thành trong Quý II năm 2026": the
        # issued documents are the task's object, the date the task's own deadline
        and not (cue is not None and R.scheduled_rev.match(ctx.f(max(ln.start, cue_at - 20), cue_at, ln)[::-1])))
    if zone != "preamble" and R.narrated.match(ctx.f(p.end, min(ln.end, p.end + 16), ln)):
        situational = True  # "… trong năm 2025 đã được hoàn thành": narrated, not scheduled
    if _opens_not_done(R, ctx.f(clause_s, p.start, ln)):
        return None  # "Trước mắt, chưa triển khai điều chỉnh … từ ngày 01/7/2020": what is not to be done
    until_now = bool(R.until_now.match(ctx.f(p.end, p.end + 40, ln)))
    # who is entitled by a day ("người lao động có thời gian đóng … trước ngày …"): a scope
    scope_words = {collapse(m.group()) for m in _words(R.scope, ctx.f(sent[0], p.start, ln))}
    scoped = bool(scope_words)  # for a window
    scoped_bound = bool(scope_words - R.scope_window_only)  # for a deadline or a start
    # the span a report's data covers ("Số liệu … từ ngày … đến ngày …"), set even when past
    # (the data named right before the window, no clause between: "Theo số liệu thống kê, từ năm
    # 2020 đến năm 2024 toàn tỉnh đã …" tells what happened)
    # (… or the quarter or month it covers: "công khai số liệu thực hiện dự toán Quý 1 năm 2025")
    dw_seg = ctx.f(max(sent[0], p.start - 60), p.start, ln) if p.kind in ("range", "quarter", "month") else ""
    dw = _words(R.data_window, dw_seg) if dw_seg else []
    # (a label's colon right before the window is no clause: "Mốc thời gian lấy số liệu báo cáo:
    # từ ngày … đến ngày …")
    data_window = bool(dw) and not re.search(r"[,;:]", _LABEL_COLON.sub("", dw_seg[dw[-1].end() :])) \
        and not situational
    if cat == "within" and cue is not None and R.cue_kind.get(cue) == "from":
        # "Áp dụng từ 15 giờ 00 ngày …": the hour is when the application starts, the period
        # runs on from that day (an event "từ 8 giờ ngày …" stays the day of the event)
        if _effect(ctx, clause_s, p) in ("apply", "apply_self"):
            cat = "from"

    start: str | None
    end: str | None
    if zone == "preamble":
        # only the event a conclusion/report records: "Ngày …, tại …", "Từ ngày … đến ngày …"
        lead_ok = at_line_start or (cat == "from" and p.kind == "range" and not ctx.f(cs, cue_at, ln).strip())
        if not lead_ok and cat in ("from", "within") and p.kind == "range" and len(p.first) == 10 and ctx.date \
                and p.first[: len(ctx.date)] > ctx.date and not _grounds(ctx.text[cs : min(ln.end, cs + 60)]):
            # a notice that announces its event before its list ("Cục Thuế có kế hoạch nâng cấp
            # … từ 18h00 ngày 22/11/2025 đến 03h00 ngày 23/11/2025 … như sau:"): no ground's date
            lead_ok = True
        if not lead_ok or situational or _narrative(ctx, p, sent, cited=cat != "from"):
            return None
        start, end, rule = p.first, p.last, "preamble_event"
        if cat == "from" and p.kind != "range":
            end = None  # "Từ ngày 01/01/2027, chính sách … thay đổi …": from then on, no end
    elif p.kind == "range":
        if situational or until_now or (len(p.first) == 4 and _is_name(ctx, clause_s, p)) or _anniversary(ctx, p, ln):
            return None
        if len(p.first) == 4 and _SUBPHASE_REV.match(ctx.f(max(0, p.start - 60), p.start)[::-1]):
            return None
        if scoped:
            return None  # who is entitled over a window: a scope, not a schedule
        start, end, rule = p.first, p.last, "range"
    elif p.kind == "years":
        if _anniversary(ctx, p, ln):
            return None
        edge, from_term = None, False
        if not labelled and R.not_period_rev.match(ctx.f(max(ln.start, p.start - 20), p.start, ln)[::-1]):
            # "nhiệm vụ năm học 2025-2026" names a school year ("Thời gian: Năm học …" sets one);
            # its end or start ("… vào cuối năm học 2021-2022") is a point in time: that year
            edge = _term_edge(ctx, ln, p)
            if edge is None and _from_term(ctx, ln, p):
                edge, from_term = p.first[:4], True  # "… từ năm học 2021-2022": from it on, no end
            if edge is None:
                return None
        if edge is not None:
            rule = "term_from" if from_term else "term_edge"
            # (the item and its evidence are that year alone: "2021-2022" → "2022")
            sp = p.last_span if edge == p.last[:4] else p.first_span
            k = ctx.text.find(edge, sp[0], sp[1])
            if k >= 0:
                sp = (k, k + 4)
            p = replace(p, start=sp[0], end=sp[1], raw=ctx.text[sp[0] : sp[1]], first=edge, last=edge, kind="year",
                        first_span=sp, last_span=sp)
        elif labelled:
            rule = "label"
        elif cat == "within" and (not _is_name(ctx, clause_s, p) or (
                (cue or "") in R.span_within and _executed_program(ctx, clause_s, p))):
            # "tiếp tục thực hiện dự án … trong giai đoạn 2027 - 2029": a name takes its span bare,
            # "trong" puts the work on the programme into it
            rule = "years"
        elif cat is None and _period_lead(ctx, ln, cs, p):
            rule = "years"  # "a) Kế hoạch sử dụng đất giai đoạn 2021-2025: thực hiện theo …"
        elif cat is None and at_line_start and not situational and ctx.text[p.end : p.end + 3].lstrip(" *_").startswith(":"):
            rule = "years"  # "- Năm 2027 - 2028: mở rộng ra 20 xã": a roadmap's step
        elif (cat is None and not situational and ctx.text[ln.start : cs].strip(" *_")
              and _PHASE_LINE.fullmatch(re.split(r"\d", ctx.f(cs, p.end, ln), maxsplit=1)[0])
              and not ctx.text[p.end : ln.end].strip(" *_:.;")):
            rule = "years"  # "- Giai đoạn 2021 - 2030" alone on a list item: a phase, its targets below
        elif cat is None and (_period_closes(ctx, ln, p) or _in_item_parens(ctx, ln, cs, p)) and not _is_name(
                ctx, clause_s, p):
            rule = "years"  # "2. Thu thập, số hóa dữ liệu … (2025 - 2030)."
        elif (cat is None and not situational and _words(R.span_goals, ctx.f(max(clause_s, p.start - 160), p.start, ln))
              and not _is_name(ctx, clause_s, p)):
            rule = "year_goal"  # "phấn đấu hoàn thành … giai đoạn 2026 - 2030"
        elif (cat is None and not situational and not ctx.f(cs, p.start, ln).strip(" *_-+•")
              and R.span_goal_after.match(ctx.f(p.end, min(ln.end, p.end + 40), ln))):
            rule = "year_goal"  # "Giai đoạn 2026 - 2030 phấn đấu 100% xã đạt chuẩn": opens its target
        else:
            return None
        start, end = p.first, None if from_term else p.last
    elif p.kind == "quarter":
        if situational and not labelled:
            return None
        start, end = _encode(p, cat)
        rule = "label" if labelled else "quarter"
    elif labelled:
        start, end = _encode(p, cat)
        rule = "label"
        if cat == "from" and _effect(ctx, clause_s, p) == "effect":
            start, end, rule = p.first, p.first, "effect"
    elif cat == "deadline":
        if p.kind == "year":
            # a target horizon: a heading "Mục tiêu đến năm 2030", or a clause with a target word
            if (cue or "").startswith(R.from_now):
                scope = (heading or (len(ln.text) < 120 and is_upper_line(ln.text, 0.9))) and not text[
                    p.end : ln.end].strip(" *_.:;")
                if heading and scope and not situational and _phase_heading(ctx, ln, cue_at):
                    rule = "target_heading"  # "a) Giai đoạn từ nay đến năm 2030:" over its goals
                elif scope or _open_end(ctx, p, ln) or situational:
                    # "B. NỘI DUNG, NHIỆM VỤ … TỪ NAY ĐẾN NĂM 2020" heads the tasks it spans, and
                    # "… từ nay đến năm 2020 và những năm tiếp theo" runs on: a scope, no deadline
                    # (nor "Từ nay đến hết năm 2025 chỉ còn 2 tháng", a remark on the time left)
                    return None
                else:
                    rule = "from_now"  # a period from now to a year: a schedule, no horizon
            elif R.vision_rev.match(ctx.f(max(ln.start, cue_at - 25), cue_at, ln)[::-1]):
                # (a lettered vision whose own sentence follows its colon may run long: "b) Tầm
                # nhìn đến năm 2045: Thủ đô là …")
                if not ((heading or ln.idx in ctx.titles) and _vision_heading(ctx, ln, cs, cue_at, p)):
                    return None  # "… thời kỳ 2021 - 2030, tầm nhìn đến năm 2045": part of a name
                rule = "target_heading"  # "c) Tầm nhìn đến năm 2050" heads the goals set for it
            elif heading:
                rule = "target_heading"
            elif R.qualifier_rev.match(ctx.f(max(ln.start, cue_at - 25), cue_at, ln)[::-1]):
                return None
            elif (cue in R.year_deadlines or _YEAR_END.search(ctx.f(cue_at, p.start, ln))) and not situational:
                rule = "deadline"  # "… đến hết năm 2019", "Đến cuối năm 2017, thiết lập …": no name says that
            elif (not situational and _clause_opener(ctx, cs, cue_at)
                  and text[p.end : p.end + 2].lstrip(" *_")[:1] in (",", ":")):
                # "Đến năm 2030, giải quyết căn bản …": a paragraph (or a sentence of a task's
                # paragraph, "… của tỉnh. Đến năm 2030, tỉnh nằm trong nhóm …") opened by its horizon
                rule = "target"
            elif not situational and _horizon_opens_clause(ctx, ln, cs, cue_at, p):
                # "+ Bảo vệ rừng: Đến năm 2025 duy trì …; đến năm 2030 nâng …": a clause that opens
                # with its horizon and goes straight on to what is to be done by then
                rule = "target"
            elif _has_target(ctx, clause_s, p, sent[1]):
                rule = "target"
            else:
                return None
            if rule != "deadline" and _is_name(ctx, clause_s, p):
                # (a name qualifies its span with "đến năm", never "đến hết năm")
                return None
        else:
            if scoped_bound:
                return None
            rule = "deadline"
        start, end = None, p.last
    elif cat == "within":
        if situational:
            return None
        start, end = p.first, p.last
        rule = {"day": "within_day", "month": "within_month"}.get(p.kind, "within_year")
        if (p.kind == "year" and cue in R.horizon_cues and ctx.year is not None and int(p.first) > ctx.year + 1
                and _words(R.horizon_targets, ctx.f(clause_s, p.start, ln))):
            # "phấn đấu đạt phát thải ròng bằng 0 vào năm 2050": a target reached by a far year is
            # a horizon, met by then (no start), not the work of that one year
            start, rule = None, "target"
    elif cat == "from":
        if until_now or situational or scoped_bound:
            return None
        if p.kind == "year" and (rec := _recurring_first(ctx, sent[0], cue_at, p)) is not None:
            # "… trước ngày 30 tháng 6 hằng năm kể từ năm 2027": a yearly deadline, the first one
            # dated, read from the day and month to the first year
            first, day_at = rec
            return _Cand(None, first, None, "", "deadline", R.conf.get("deadline", 0.5), p, ln.idx,
                         (max(sent[0], min(cs, p.start)), sent[1]), (max(sent[0], min(cs, p.start)), sent[1]),
                         None, fill_at, (day_at, p.last_span[1]), cue)
        eff = _effect(ctx, clause_s, p)
        if eff == "other":
            return None
        if eff == "effect":
            start, end, rule = p.first, p.first, "effect"
        elif eff == "apply_self" or (eff == "apply" and not _before(p.first, ctx.date)):
            # the document's own rules apply from a day (even one before it was signed), or a
            # measure applies from then on: an open period
            start, end, rule = p.first, None, "apply"
        elif _before(p.first, ctx.date) and not _retroactive(ctx, clause_s, p, eff):
            return None  # "Từ ngày 01/7/2025, chính quyền … vận hành": background, not a plan
        elif eff == "apply":
            start, end, rule = p.first, None, "apply"  # "Thời gian áp dụng từ ngày …" (retroactive too)
        else:
            start, end, rule = p.first, None, "open_start"
    elif at_line_start or colon_value:
        # (a step named by its date and a colon, "- Năm 2027: Trình ban hành …", reports nothing)
        if situational or (_narrative(ctx, p, sent) and not text[p.end : p.end + 3].lstrip(" *_").startswith(":")):
            return None
        start, end, rule = p.first, p.last, "line_start" if at_line_start else "colon_value"
    elif goal:
        seg = ctx.f(max(clause_s, p.start - 160), p.start, ln)
        if situational or _is_name(ctx, clause_s, p):
            return None
        if share_goal and not _words(R.year_goals, seg):
            if ctx.year is None or int(p.first) < ctx.year:
                return None  # a figure of a year gone by, or of no known time
            return _Cand(p.first, p.last, None, "", "year_goal", R.conf.get("year_goal", 0.5), p, ln.idx,
                         (max(sent[0], min(cs, p.start)), sent[1]), (max(sent[0], min(cs, p.start)), sent[1]),
                         None, fill_at, None, cue)
        if not _words(R.year_goals, seg):
            return None
        if R.baseline_rev.match(seg[::-1]):
            return None  # "giảm 1% so với năm 2025": the year the target is measured against
        last = _words(R.year_goals, seg)[-1]
        a0 = max(clause_s, p.start - 160)
        if _PAST_GOAL.search(ctx.text[max(a0, a0 + last.start() - 40) : a0 + last.start()]):
            return None  # "Đảng bộ đã lãnh đạo hoàn thành … năm 2025": a result told, no target
        weak = collapse(last.group()) in R.weak_goals
        if R.describer_rev.match(seg[: last.start()][::-1]) or (weak and R.describer_rev.match(seg[::-1])):
            # "các dự án có kế hoạch hoàn thành năm 2025", "kế hoạch vốn được giao năm 2025":
            # which projects or funds are meant, no target
            return None
        start, end, rule = p.first, p.last, "year_goal"
    else:
        return None
    if start is not None and end is not None and p.single:
        if _open_end(ctx, p, ln):
            end = None  # "Năm 2025 và các năm tiếp theo"
    if ctx.year is not None and not data_window:
        years = [int(x[:4]) for x in (start, end) if x]
        if years and max(years) < ctx.year:
            return None  # before the document was written: history, not schedule
    if zone != "preamble" and end is not None and _before(end, ctx.date) and not data_window and not (
            labelled and rule in ("label", "deadline") and start is None) and (rule != "effect" or ctx.consolidated):
        # over before the document's date: a status ("Đến ngày 30/9/2025, …"), no plan — unless
        # a task's own time field sets it ("Thời gian hoàn thành: Trước ngày 15/11/2025" in a
        # plan signed a few days later): the deadline the plan gives, whenever it was signed; or
        # the document's own effect, which it may set back before its signing (a consolidated
        # text's reprinted effect clauses are the past of the texts it brings together)
        return None
    time = None
    tspan = None
    if any(x is not None and len(x) == 10 for x in (start, end)):
        tn = _time_near(ctx, p, sent)
        if tn:
            time, tspan = tn
    cut = fill_at
    end_span = None
    if start is not None and end in (start, None) and len(start) == 10 and p.single and cue is not None:
        dur = _DURATION.search(text, max(ln.start, cue_at - 40), cue_at)
        if dur:
            # "trong 1,5 ngày bắt đầu từ 13h30 ngày …": the last day the stated length reaches
            end = _add_days(start, dur.group(1), time)
            cut = dur.start()
            end_span = (dur.start(1), p.last_span[1])  # the length and the start it counts from
    lsent = (max(sent[0], min(cs, p.start)), sent[1])
    return _Cand(start, end, time, "", rule, R.conf.get(rule, 0.5), p, ln.idx, lsent, lsent, tspan, cut, end_span, cue)


def _recurring_first(ctx: _Ctx, lo: int, cue_at: int, p: Period) -> tuple[str, int] | None:
    """The first of a yearly deadline that starts from the year ``p`` ("trước ngày 30 tháng 6
    hằng năm kể từ năm 2027" → 2027-06-30) and where its day is written, else None. Without a
    first year, a yearly deadline has no date of its own (no item)."""
    at = max(lo, cue_at - 80)
    m = ctx.rules.recurring.search(ctx.f(at, cue_at))
    if m is None:
        return None
    try:
        return datetime(int(p.first), int(m.group("m")), int(m.group("d"))).date().isoformat(), at + m.start("d")
    except ValueError:
        return None


def _term_edge(ctx: _Ctx, ln: Line, p: Period) -> str | None:
    """The year a school or term year's edge falls in, where an activity is set "vào" it ("xét
    khen thưởng vào cuối năm học 2021-2022": 2022, "vào đầu năm học 2025-2026": 2025;
    rules/timeline.toml ``term_edges_*``); None where the term is only named, or bounds a rule's
    validity ("áp dụng cho đến hết năm học …") or a target ("sử dụng ngay đầu năm học …")."""
    lead = ctx.f(max(ln.start, p.start - 40), p.start, ln)
    m = ctx.rules.term_edge.search(lead)
    if m is None:
        return None
    return p.last[:4] if collapse(m.group("edge")) in ctx.rules.term_end_words else p.first[:4]


_FROM_TERM = re.compile(r"(?<!\w)(?:k[eê]\s+)?t[uư]\s+(?:[dđ][aâ]u\s+)?$")  # (folded: "từ" reads "tư")


def _from_term(ctx: _Ctx, ln: Line, p: Period) -> bool:
    """A school or term year an activity runs from ("triển khai … từ năm học 2021-2022", "kể từ
    niên khóa …"): the words before the term's name are "từ" or "kể từ"."""
    at = max(ln.start, p.start - 40)
    lead = ctx.f(at, p.start, ln)
    m = ctx.rules.not_period_rev.match(lead[::-1])
    f = _FROM_TERM.search(lead[: len(lead) - m.end()].rstrip() + " ") if m is not None else None
    # (a line that opens with it states a rule's scope: "a) Từ năm học 2026-2027, số dự án … được
    # tính …" in a circular's amended article, no activity)
    return f is not None and bool(re.search(r"[^\W\d_]", ctx.f(ctx.content_start(ln), at + f.start(), ln)))


def _anniversary(ctx: _Ctx, p: Period, ln: Line) -> bool:
    """A span that began years before the document and is named by its length: an anniversary
    ("kỷ niệm 80 năm Ngày Quốc khánh (02/9/1945 - 02/9/2025)": the same day N years apart) or
    a review of N years ("tổng kết 10 năm thực hiện Nghị quyết … (2015 - 2025)"). It names what
    is celebrated or reviewed, the schedule is elsewhere."""
    y1, y2 = int(p.first[:4]), int(p.last[:4])
    if y2 <= y1 or (ctx.year is not None and y1 >= ctx.year):
        return False
    lead = ctx.f(max(ln.start, p.start - 200), p.start, ln)
    if not _words(ctx.rules.anniversary, lead):
        return False  # "thực hiện trong 2 năm (2024 - 2026)" is a schedule
    if len(p.first) == len(p.last) > 4 and p.first[4:] == p.last[4:]:
        return True
    return re.search(rf"(?<!\d){y2 - y1}\s+năm(?!\w)", lead) is not None


def _colon_value(ctx: _Ctx, ln: Line, cs: int, p: Period) -> bool:
    """Is the date the value of a listed activity ("1. Hội thi kể chuyện: ngày 21/4/2025",
    "+ Lễ khai mạc: 7 giờ 30, ngày 20/4/2025", "| Tập huấn: Quý II/2025 |")?

    The line is an enumerated or bulleted item (or a bold one, or a table cell), its text up to
    a colon names the activity, and only fillers ("ngày", a clock time, a weekday) stand between
    the colon and the date. A label that names a document's data ("Ngày ban hành: …") or
    opens a report ("Kết quả …:") is no activity."""
    R, text = ctx.rules, ctx.text
    cell = max(text.rfind("|", ln.start, p.start), text.rfind("\t", ln.start, p.start))
    lo = max(cs, cell + 1)
    colon = text.rfind(":", lo, p.start)
    if colon < 0 or _strip_trail(R, ctx.f(colon + 1, p.start, ln)).strip(" *_"):
        return False
    if cell < 0 and not (_ITEM_MARK.match(ln.text) or ln.text.lstrip().startswith("**")):
        return False
    label = ctx.f(lo, colon, ln).strip(" *_\t")
    label = label[m.end():] if (m := _ITEM_MARK.match(label)) else label
    label = label.strip(" *_")
    words = label.split()
    if not words or len(words) > R.max_colon_label or not any(c.isalpha() for c in label):
        return False
    if _DOC_REF.search(text[lo:colon]):
        return False  # "Kế hoạch số 12/KH-UBND: ngày …" cites a document
    return not (R.not_activity.match(label) or R.situation_section.match(label) or R.skip_opener.match(label)
                or R.frame.match(label))


# a length in days right before the cue of a start ("trong 1,5 ngày bắt đầu từ …", "02 ngày, từ …")
_DURATION = re.compile(r"(?:\btrong\s+(?:thời\s+gian\s+)?)?(\d{1,2}(?:[,.]5)?)\s*ngày[\s,(]*$", re.IGNORECASE)


def _add_days(start: str, length: str, time: str | None) -> str:
    """The day a stretch of ``length`` working days that starts on ``start`` ends on. Days are
    counted as the calendar shows them, the first one included: 2 days from the 6th end on the
    7th, and so do 1,5 days (a full day and a half, the half being the first afternoon when the
    start is given in the afternoon, or the last morning otherwise). Only a whole number of days
    that starts in the afternoon runs into one more morning (1 day from 13:30 on the 6th ends
    on the 7th)."""
    days = float(length.replace(",", "."))
    first = datetime.fromisoformat(start)
    span = math.ceil(days) - 1
    if days.is_integer() and time is not None and int(time.split(":")[0]) >= 12:
        span += 1
    return (first + timedelta(days=max(0, span))).date().isoformat()


def _effect(ctx: _Ctx, clause_s: int, p: Period) -> str | None:
    """'effect' (a day something takes effect, or a product the plan asks for is applied),
    'apply' / 'apply_self' (something, or this document's own rules, applies from then on),
    'other' (a cited text's effect) or None."""
    R = ctx.rules
    seg = ctx.f(max(clause_s, p.start - 160), p.start)
    raw = ctx.text[max(clause_s, p.start - 160) : p.start]
    sv, av = _words(R.self_verbs, seg), _words(R.apply_verbs, seg)
    if not sv and not av and (lead := _lead_in(ctx, clause_s)) is not None:
        # an item of a list whose lead-in ends on the verb ("Quyết định này có hiệu lực thi hành:
        # / 1. Kể từ ngày … đối với …"): the lead-in's verb is the item's
        a = max(lead.start, lead.end - 160)
        lraw = ctx.text[a : lead.end]
        lseg = ctx.f(a, lead.end, lead)
        lsv, lav = _words(R.self_verbs, lseg), _words(R.apply_verbs, lseg)
        last = max((m.end() for m in lsv + lav), default=None)
        if last is not None and len(lseg.rstrip(" *_:")) - last <= _LEAD_VERB_REACH:
            raw, seg, sv, av = lraw, lseg, lsv, lav

    def own(at: int) -> bool:
        # "… này" in the clause, or the document's own type right before the verb ("Thông tư
        # có hiệu lực …" in a Thông tư; a cited one carries its number: "Thông tư số …")
        head = seg[:at].rstrip()
        t = ctx.own_type
        # (the own type is written with its capital: "các luật, nghị quyết có hiệu lực …" are others)
        return bool(_words(R.self_ref, seg)) or (
            bool(t) and head.endswith(t) and (len(head) == len(t) or not head[-len(t) - 1].isalnum())
            and raw[len(head) - len(t)].isupper()
        )

    # the verb nearest the date governs it; an effect that has its own start ("có hiệu lực kể
    # từ ngày ký và áp dụng từ ngày …") leaves the date to the application
    if av and (not sv or (av[-1].start() > sv[-1].end() and re.search(r"\btư\b", seg[sv[-1].end() : av[-1].start()]))):
        if own(av[-1].start()) or (sv and own(sv[-1].start())):
            return "apply_self"  # the document's own effect, then its application
        return "effect" if _words(R.produce_verbs, seg) else "apply"
    if sv:
        if own(sv[-1].start()):
            return "effect"
        # "trình … Nghị định … để có hiệu lực từ ngày …", "sửa đổi … hoặc ban hành mới và có hiệu
        # lực thi hành kể từ ngày …": the acts the text asks for are to take effect then, a milestone
        linked = R.effect_link_rev.match(seg[: sv[-1].start()][::-1]) is not None
        made = _words(R.produce_verbs, seg[: sv[-1].start()]) or _words(R.request_verbs, seg[: sv[-1].start()])
        return "effect" if linked and made else "other"
    if av:
        return "effect" if _words(R.produce_verbs, seg) else "apply"
    return None


def _lead_in(ctx: _Ctx, clause_s: int) -> Line | None:
    """The line a list item's clause hangs from: the item opens its line with a mark, and the
    line with text above it ends with a colon."""
    ln = ctx.doc.line_at(clause_s)
    if clause_s > ctx.content_start(ln) or not _ITEM_MARK.match(ln.text):
        return None
    k, gap, items = ln.idx - 1, 0, 0
    while k >= 0:
        t = ctx.doc.lines[k]
        if t.blank:
            gap += 1
        elif _ITEM_MARK.match(t.text) and not t.text.rstrip(" *_").endswith(":"):
            items += 1  # an item before it in the same list
        else:
            break
        if gap > 2 * (items + 1) or items > _LEAD_ITEMS:
            return None
        k -= 1
    if k < 0:
        return None
    prev = ctx.doc.lines[k]
    return prev if prev.text.rstrip(" *_").endswith(":") else None


# items of a list read back to its lead-in, at most; and the most characters between the lead-in's
# verb and its colon ("… có hiệu lực thi hành:")
_LEAD_ITEMS = 6
_LEAD_VERB_REACH = 12


def _retroactive(ctx: _Ctx, clause_s: int, p: Period, eff: str | None) -> bool:
    """A start before the document's date that the document itself sets: its rule applies back
    from then ("Thời gian áp dụng từ ngày …", `retro_apply`), or its measure takes hold from then,
    named right after the date with no subject of its own ("Từ ngày …, điều chỉnh tăng …",
    `retro_measures`). A subject before the verb ("Từ ngày …, chính quyền … vận hành") narrates."""
    R = ctx.rules
    if eff == "apply":
        return bool(_words(R.retro_apply, ctx.f(max(clause_s, p.start - 60), p.start)))
    return eff is None and R.retro_measures.match(ctx.f(p.end, p.end + 30)) is not None


# "a)", "1.", "1.2.", "iv)", "(1)", "(a)", a dash or a bullet
_ITEM_MARK = re.compile(r"^[\s*_]*(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4})[).]\s*|^[\s*_]*\((?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)\s*|^[\s*_]*[-+•–]\s*")


def _grounds(head: str) -> bool:
    """Whether a preamble paragraph opens as a ground does ("Căn cứ …", "Thực hiện …", "Xét …")."""
    return opens_ground(head, weak=True)


def _period_lead(ctx: _Ctx, ln: Line, cs: int, p: Period) -> bool:
    """A span of years that ends the lead of an enumerated item, right before its colon ("a) Kế
    hoạch … giai đoạn 2021-2025: Thực hiện theo …"): the item sets out what is done over it."""
    if not ctx.rules.task_marker.match(ln.text):
        return False
    if not ctx.text[p.end : p.end + 3].lstrip(" *_").startswith(":"):
        return False
    return not re.search(r"[,:;.]", ctx.text[cs : p.start].split(")", 1)[-1])


_PAREN_AFTER = re.compile(r"\s*\)\s*(?:[.;,]?\s*$|\**\s*:)")


def _in_item_parens(ctx: _Ctx, ln: Line, cs: int, p: Period) -> bool:
    """A date alone in the parentheses after a listed activity: closing it ("- Vòng sơ khảo
    (tháng 8/2025);") or before its colon ("- Giai đoạn 2 (2026 - 2027): nhân rộng"). At most a
    few words ("dự kiến", "năm") may precede the date inside the parentheses."""
    text = ctx.text
    if not (_ITEM_MARK.match(ln.text) or ln.text.lstrip().startswith("**")):
        return False
    if not _PAREN_AFTER.match(text, p.end, ln.end):
        return False
    o = text.rfind("(", cs, p.start)
    inner = text[o + 1 : p.start] if o >= 0 else ""
    if o < 0 or ")" in inner or len(inner.split()) > 2 or any(c.isdigit() for c in inner):
        return False  # "(19/5/1890 - 19/5/2025)": the date is a bound of something else
    lead = ctx.f(cs, o, ln).strip(" *_\t")
    lead = lead[m.end():].strip(" *_") if (m := _ITEM_MARK.match(lead)) else lead
    if not lead or len(lead.split()) > ctx.rules.max_colon_label or _DOC_REF.search(text[cs:o]):
        return False
    if ":" in lead and any(c.isdigit() for c in lead.rsplit(":", 1)[1]):
        return False  # "- Kinh phí: 50 triệu đồng (năm 2025)": a figure, no activity
    if ctx.rules.not_activity.match(lead) or ctx.rules.situation_section.match(lead):
        return False
    return not _is_name(ctx, cs, p)  # "- Luật Đất đai (năm 2024)": the year names the law


_PAREN_CLOSE = re.compile(r"\s*\)\s*[.;]?\s*$")


def _period_closes(ctx: _Ctx, ln: Line, p: Period) -> bool:
    """A span of years in the parentheses that close an enumerated or bulleted task ("2. Thu thập,
    số hóa dữ liệu … (2025 - 2030)."): a roadmap's time for that task."""
    if not (ctx.rules.task_marker.match(ln.text) or BULLET.match(ln.text)):
        return False
    if not _PAREN_CLOSE.match(ctx.text[p.end : ln.end]):
        return False
    o = ctx.text.rfind("(", ln.start, p.start)
    return o >= 0 and ")" not in ctx.text[o : p.start] and len(ctx.text[o + 1 : p.start].split()) <= 3


def _framed(ctx: _Ctx, clause_s: int, p: Period, ln: Line) -> bool:
    """Is the date part of how its clause is framed rather than what it schedules?

    * inside a leading ground or topic phrase, before its first comma ("Căn cứ kết quả thực hiện
      … trong năm 2026, Ủy ban … xây dựng …", "Đối với các nhiệm vụ … trong năm 2025, …");
    * in a clause that opens like a situation report ("…: Kết quả đạt được thời gian qua …");
    * a coarse date in a criterion for choosing ("ưu tiên các dự án … hoàn thành vào năm 2030") or
      in a clause that contributes to a target set elsewhere ("góp phần thực hiện mục tiêu … năm 2050");
    * a year inside the title of a document the clause cites ("Quyết định số …/QĐ-TTg … về điều
      chỉnh chỉ tiêu … đến năm 2025")."""
    R = ctx.rules
    lead = ctx.f(clause_s, p.start, ln).lstrip()
    m = _ITEM_MARK.match(lead)
    lead = lead[m.end() :] if m else lead
    if R.frame.match(lead) and not re.search(r"[,:;]", lead):
        return True
    sm = R.situation_section.match(lead)
    if sm and not R.results_sent.match(lead, sm.end()):
        return True  # ("Kết quả thực hiện báo cáo Ủy ban … trước ngày …": the results are asked for)
    if R.skip_opener.match(lead) and not _asks_after_summary(R, lead):
        return True
    coarse = len(p.last) < 10
    if coarse and _words(R.criteria, lead):
        return True
    if coarse and (_words(R.contribution, re.split(r"[,;]", lead)[-1]) or R.contribution.match(lead)):
        return True  # "…, góp phần thực hiện mục tiêu quốc gia … vào năm 2050": another's target
    if coarse:
        raw = ctx.text[clause_s : p.start]
        refs = list(_DOC_REF.finditer(raw))
        if refs and re.search(r"(?<!\w)về(?!\w)", raw[refs[-1].end() :]) and not re.search(r"[,;]", raw[refs[-1].end() :]):
            return True
    return False


def _narrative(ctx: _Ctx, p: Period, sent: tuple[int, int], cited: bool = True) -> bool:
    """A sentence that reports an issued document ("Ngày …, Chính phủ ban hành Nghị định số …";
    ``cited``: a document's number right after the date is enough). A start ("Từ ngày …, chính
    sách … thay đổi khi Luật … (Luật số …) có hiệu lực") may name the document that brings it
    without reporting its issue: only the verb of issuance tells (receiving is then the work that
    starts: "Kể từ ngày …, Cục … triển khai tiếp nhận hồ sơ …")."""
    rest = ctx.text[p.end : min(sent[1], p.end + 100)]  # the clause right after the date
    verbs = ctx.rules.issuance if cited else ctx.rules.issued
    return bool(_words(verbs, fold_same_length(rest)) or (cited and _DOC_REF.search(rest)))


# ---------------------------------------------------------------- labels

_LEAD_JUNK = " ,;:.-–+•*)("
_TRAIL_JUNK = " ,;:-–("
_BARE_PART = re.compile(r"(?i)^(?:chương|phần)$")
_TRAIL_CONJ = re.compile(r"(?i)\s+(?:và|hoặc)$")
_TRAIL_NOTE = re.compile(r"\([^()]{0,30}\)$")  # "(Chiều Thứ 2)"
_LEAD_NOTE = re.compile(r"^[\s,]*\([^()]{0,30}\)")


def _label(ctx: _Ctx, ln: Line, p: Period, sent: tuple[int, int], cut: int) -> tuple[str, tuple[int, int]]:
    """The clause around the date, without the date phrase: what is scheduled."""
    R, text = ctx.rules, ctx.text
    left = text[sent[0] : max(sent[0], min(cut, p.start))]
    if len(left) > 200:  # keep the clause next to the date
        k = left.rfind(", ", 0, len(left) - 30)
        left = left[k + 2 :] if k >= len(left) - 200 else left[-200:].split(" ", 1)[-1]
    refs = list(_DOC_REF.finditer(left))
    if refs:  # "Thực hiện Kế hoạch số 45/KH-UBND ngày …, tổ chức …": keep what follows the citation
        k = left.find(", ", refs[-1].end())
        if k >= 0:
            left = left[k + 2 :]
    rev = fold_same_length(left)[::-1]
    while True:  # "… tổ chức từ 7h30 đến 11h00 ngày" → "… tổ chức"
        m = R.drop_rev.match(rev) or R.trail_rev.match(rev)
        if not m or m.end() == 0:
            break
        if any(w != fold_same_length(w) and w.casefold() not in R.label_words
               for w in _LETTERS.findall(left[len(left) - m.end() :])):
            break  # matched without marks only: "Phấn đấu đến năm 2030" keeps "Phấn đấu"
        left = left[: len(left) - m.end()]
        rev = rev[m.end() :]
    right = _LEAD_NOTE.sub("", text[p.end : min(sent[1], p.end + 240)])
    s = _strip_label_prefix(R, left)
    if len(s.split()) < 3:  # else "Tổng kết … vào ngày 08/10/2025, trong đó …": the activity is before
        # (the comma that closed the date phrase goes with it: "Hằng năm <date>, xây dựng …")
        tail = right.lstrip()[1:] if right.lstrip().startswith(",") and left.strip() else right
        s = _strip_label_prefix(R, f"{left} {tail}").replace(" ,", ",")
    s = re.sub(r"\s+([:;,])", r"\1", _unbalanced_parens(s))  # "Tuần 1 (…): …" without its date
    s = s.lstrip(_LEAD_JUNK)
    while True:
        t = _TRAIL_NOTE.sub("", s.rstrip(_TRAIL_JUNK))
        if t.lower().endswith("trong đó"):
            t = t[: -len("trong đó")]
        t = _TRAIL_CONJ.sub("", t)  # "Tập huấn … và" (the next date of the list was cut off)
        if t == s:
            break
        s = t
    s = clean_value(s)
    if s[:1].islower() and ln.idx >= 0 and (pl := _wrapped_from(ctx, ln, sent)) is not None:
        # "Xây dựng ấn phẩm … tại Trụ sở các cơ quan chuyên" / "" / "trách của Đoàn từ tháng 5 …":
        # a converter made each wrapped line a paragraph; the clause began on the line before
        tail = pl.text[max(pl.text.rfind(". "), pl.text.rfind(";")) + 1 :]  # its last clause
        head = _strip_label_prefix(R, tail.strip().lstrip(_LEAD_JUNK))
        if head:
            s = clean_value(f"{head} {s}")
            sent = (pl.start + len(pl.text) - len(tail.lstrip()), sent[1])
    if len(s) > 160:
        s = clean_value(s[:160].rsplit(" ", 1)[0])
    if len(s.split()) < 2 and (nl := _wrapped_on(ctx, ln, sent)) is not None:
        # a hard wrap the converter kept right after a target's figure ("…: 100%" / "<what>."):
        # the clause goes on on the next line of the same paragraph
        more = nl.text[: min((k for k in (nl.text.find(". "), nl.text.find(";")) if k >= 0), default=len(nl.text))]
        t = clean_value(f"{s} {more}".rstrip(_TRAIL_JUNK))
        if len(t.split()) >= 2:
            return t, (sent[0], nl.start + len(more))
    if ln.idx >= 0 and (more := _clause_before(ctx, ln, sent, s)) is not None:
        return more
    if ln.idx >= 0 and _PHASE_LINE.fullmatch(fold_same_length(s)) and (ph := _phase_label(ctx, ln, p)) is not None:
        return ph
    if len(s.split()) < 2:
        sec = _section_label(ctx, ln.idx) or _title_label(ctx) or _own_heading_label(ctx, ln)
        if sec:
            return sec
    return s, sent


def _own_heading_label(ctx: _Ctx, ln: Line) -> tuple[str, tuple[int, int]] | None:
    """The item's own line's lead-in ("5. Thời gian tổ chức diễn đàn: Dự kiến từ tháng 10 …"),
    where neither a section above nor a title names what the period is of (a page that kept
    a plan's body alone)."""
    cs = ctx.content_start(ln) if ln.idx >= 0 else None
    if cs is None:
        return None
    k = ctx.text.find(":", cs, ln.end)
    head = clean_value(ctx.text[cs:k].strip(" *_.")) if k > cs else ""
    return (head, (cs, k)) if len(head.split()) >= 2 else None


def _phase_label(ctx: _Ctx, ln: Line, p: Period) -> tuple[str, tuple[int, int]] | None:
    """A phase named by its period alone on its line ("a) Giai đoạn từ năm 2029:"), its work on
    the line below: the phase's words and the first sentence of that work."""
    text = ctx.text
    if text[p.end : ln.end].strip(" *_.:;"):
        return None
    nxt = _next_text_line(ctx.doc, ln.idx, len(ctx.doc.lines))
    if nxt is None or ctx.doc.line_at(nxt.start).idx in ctx.titles:
        return None
    cs = ctx.content_start(ln)
    k = min([x for x in (nxt.text.find(". "), nxt.text.find(";")) if x >= 0], default=len(nxt.text))
    work = nxt.text[:k].strip(" -+*_.")
    if len(work.split()) < 2:
        return None
    label = clean_value(f"{text[cs:ln.end].strip(' *_.:;')}: {work}")
    if len(label) > 160:
        label = clean_value(label[:160].rsplit(" ", 1)[0])
    return label, (cs, nxt.start + k)


def _clause_before(ctx: _Ctx, ln: Line, sent: tuple[int, int], s: str) -> tuple[str, tuple[int, int]] | None:
    """The task a fragment label belongs to, read back on its line: a completion alone ("… khoáng
    sản. Hoàn thành trước năm 2025.": the sentence before is the task), or the last part of a list
    that ";" cut ("…, than nâu; sắt …; titan (…), hoàn thành trước năm 2030": from the sentence's
    start). None when the label names a task of its own."""
    R, text = ctx.rules, ctx.text
    core = s
    while (m := R.scheduled_rev.match(fold_same_length(core)[::-1])) is not None and m.end():
        core = core[: len(core) - m.end()].rstrip(" ,")
    bare = len(core.split()) < 2
    # (a list part that ends in its completion: "titan (…), hoàn thành"; a clause of its own after
    # the ";" — "…; sớm tổng kết việc thực hiện … trước năm 2024" — is a task by itself)
    cut_list = (core != s and len(core.split()) < 5
                and text[max(ln.start, sent[0] - 3) : sent[0]].rstrip().endswith(";"))
    if not (bare or cut_list):
        return None
    cs = max(ln.start, ctx.content_start(ln) if ctx.content_start(ln) <= sent[0] else ln.start)
    head = text[cs : sent[0]]
    if cut_list:
        k = max([-1, *(m.start() for m in _SENT_DOT.finditer(head))])
        a = cs + (k + 1 if k >= 0 else 0)
        b = sent[0] + len(s) if text.startswith(s, sent[0]) else sent[0]
        seg = text[a:b] if b > a else text[a : sent[0]]
    else:
        body = head.rstrip()
        if not body.endswith("."):
            return None
        k = max([-1, *(m.start() for m in _SENT_DOT.finditer(body[:-1] + " "))][:-1] or [-1])
        a = cs + (k + 1 if k >= 0 else 0)
        seg = body[k + 1 if k >= 0 else 0 :].rstrip(". ")
    seg = clean_value(seg.lstrip(_LEAD_JUNK).rstrip(_TRAIL_JUNK))
    if len(seg.split()) < 3:
        return None
    if len(seg) > 160:
        seg = clean_value(seg[:160].rsplit(" ", 1)[0])
    return seg, (a, sent[1])


def _wrapped_from(ctx: _Ctx, ln: Line, sent: tuple[int, int]) -> Line | None:
    """The line before, when the sentence of ``ln`` opens its line in small letters and that line
    (at most one blank line above: a converter that made each wrapped line a paragraph) stops
    short of a sentence's end: the sentence began there."""
    lines = ctx.doc.lines
    if sent[0] > ctx.content_start(ln) or not ln.text.lstrip()[:1].islower():
        return None
    k = ln.idx - 1
    if k >= 0 and not lines[k].text.strip():
        k -= 1
    if k < 0:
        return None
    pl = lines[k]
    t = pl.text.rstrip()
    if not t or t.endswith((".", ";", ":", "!", "?")) or parse_heading(t) and len(t.split()) < 4:
        return None
    return pl


def _wrapped_on(ctx: _Ctx, ln: Line, sent: tuple[int, int]) -> Line | None:
    """The next line, when the sentence of ``ln`` runs to its end unfinished and that line goes
    on in the same paragraph (not blank, no heading, no list item)."""
    lines = ctx.doc.lines
    if sent[1] < ln.end or ln.idx + 1 >= len(lines) or ln.text.rstrip().endswith((".", ";", ":", "!", "?")):
        return None
    nl = lines[ln.idx + 1]
    if not nl.text or parse_heading(nl.text) or BULLET.match(nl.text):
        return None
    return nl


def _title_label(ctx: _Ctx) -> tuple[str, tuple[int, int]] | None:
    """The trích yếu, for a date that stands alone outside any section: a giấy mời's or
    thông báo's "Thời gian: 14 giờ 00, ngày 06/10/2025" schedules what the title names."""
    r = ctx.doc.parts.get("title")
    if not r:
        return None
    a, b = ctx.doc.lines[r.start].start, ctx.doc.lines[r.stop - 1].end
    title = clean_value(ctx.text[a:b])
    return (title, (a, b)) if title else None


def _unbalanced_parens(s: str) -> str:
    """Drop "(" / ")" left alone when the date between them was cut out ("Tuần 1 (từ … ): …")."""
    if "(" not in s and ")" not in s:
        return s
    out: list[str] = []
    depth = 0
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    t = "".join(out)
    while depth > 0:  # an opening parenthesis never closed
        k = t.rfind("(")
        t = t[:k] + t[k + 1 :]
        depth -= 1
    return re.sub(r"\(\s*\)", "", t)


def _strip_label_prefix(R: _Rules, s: str) -> str:
    s = collapse(s)
    m = R.label_line.match(fold_same_length(s))
    if m:
        s = s[m.end() :]
    f = fold_same_length(s)
    if R.topic.match(f) and ":" in s:
        s = s.split(":", 1)[1]
    return s


def _section_tree(ctx: _Ctx) -> tuple[list[int], list[Section], list[int]]:
    """Sections by line, their first lines, and each one's parent index (-1: none), built once:
    the innermost enclosing section of a line is then found by bisection and a walk up."""
    if ctx.sec_tree is None:
        secs = sorted(ctx.sections or ctx.doc.sections, key=lambda s: (s.line, -s.end))
        parent: list[int] = []
        stack: list[int] = []
        for i, sec in enumerate(secs):
            while stack and secs[stack[-1]].end <= sec.line:
                stack.pop()
            parent.append(stack[-1] if stack else -1)
            stack.append(i)
        ctx.sec_tree = ([x.line for x in secs], secs, parent)
    return ctx.sec_tree


# a heading that is a period alone schedules the work under it; its kinds (a phase "Giai đoạn
# 2026 - 2030" alone on its line is an item of its own, the targets below it its content)
_HEADING_PERIODS = ("year", "quarter", "month")
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_END_NOTE = re.compile(r"\([^()]*\)[\s*_.:;]*$")


def _period_headings(ctx: _Ctx) -> dict[int, tuple[Section, Period, bool]]:
    """Headings that consist of a period alone ("2. Năm 2026", "1. Quý IV, năm 2025"), by line:
    their section, the period, and whether it schedules (a series of two or more such siblings —
    a work programme laid out by period — that does not lie wholly before the document's date
    and is not a report's account of the situation)."""
    if ctx.period_heads is not None:
        return ctx.period_heads
    heads: dict[int, tuple[Section, Period, bool]] = {}
    starts, secs, parent = _section_tree(ctx)

    def pure(ln: Line) -> Period | None:
        if ln.end - ln.start > 90 or not _HAS_YEAR.search(ln.text):
            return None  # (most lines: no year, or a paragraph)
        a, b = ctx.content_start(ln), ln.end
        while a < b and ctx.text[a] in " *_":
            a += 1
        note = _END_NOTE.search(ctx.text, a, b)  # "- Năm 2026: (02 cuộc kiểm tra)": a count of what follows
        b = note.start() if note else b
        while b > a and ctx.text[b - 1] in " *_.:;":
            b -= 1
        if b - a > 30:
            return None
        ps = find_periods(ctx.text, a, b)
        ok = len(ps) == 1 and ps[0].kind in _HEADING_PERIODS and (ps[0].start, ps[0].end) == (a, b)
        return ps[0] if ok else None

    siblings: dict[int, list[int]] = {}
    for i, s in enumerate(secs):
        if s.title and (p := pure(ctx.doc.lines[s.line])) is not None:
            heads[s.line] = (s, p, False)
            siblings.setdefault(parent[i], []).append(s.line)
    # the same laid out as list items over the numbered tasks ("- Năm 2026: (02 cuộc kiểm
    # tra)" / "1. Kiểm tra …" / "- Năm 2027: …"): each governs the lines up to the next
    items: dict[int, list[tuple[int, Period]]] = {}
    for i in [*(ctx.doc.parts.get("body") or ()), *ctx.attached]:
        ln = ctx.doc.lines[i]
        if ln.text and i not in heads and BULLET.match(ln.text) and (p := pure(ln)) is not None:
            # it stands above the numbered tasks after it, though the task before it runs on
            # over it: its group is the innermost section around it of a higher level than theirs
            nxt = bisect_right(starts, i)
            level = secs[nxt].level if nxt < len(secs) else 99
            k = nxt - 1
            while k >= 0 and not (secs[k].line <= i < secs[k].end and secs[k].level < level):
                k = parent[k]
            items.setdefault(k, []).append((i, p))
    for k, run in items.items():
        if len(run) < 2:
            continue
        stop = secs[k].end if k >= 0 else max(i for i, _ in run) + 1
        for n, (i, p) in enumerate(run):
            end = run[n + 1][0] if n + 1 < len(run) else stop
            heads[i] = (Section(i, end, 0, "-", ctx.doc.lines[i].text), p, False)
        siblings[-2 - k] = [i for i, _ in run]
    for lines in siblings.values():
        if len(lines) < 2:
            continue
        for k in lines:
            s, p, _ = heads[k]
            if not _before(p.last, ctx.date) and s.line not in ctx.situation_lines:
                heads[k] = (s, p, True)
    ctx.period_heads = heads
    return heads


def _first_task_label(ctx: _Ctx, s: Section, skip: int = -1) -> tuple[str, tuple[int, int]] | None:
    """The first sentence under a heading (its first line of text other than ``skip``): the
    work a period heading schedules when no numbered item names it."""
    for ln in ctx.doc.lines[s.line + 1 : s.end]:
        if not ln.text or ln.idx == skip:
            continue
        a = ctx.content_start(ln)
        t = ctx.text[a : ln.end]
        k = min((j for j in (t.find(". "), t.find(";"), t.find(":")) if j >= 0), default=len(t))
        label = clean_value(t[:k].rstrip(_TRAIL_JUNK))
        if len(label) > 160:
            label = clean_value(label[:160].rsplit(" ", 1)[0])
        if len(label.split()) >= 2:
            return label, (a, a + k)
        return None
    return None


def _period_heading_cands(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """A work programme's schedule by period headings ("4. Năm 2029" over its task, "5. Năm
    2030" over "5.1. …", "5.2. …"): the heading itself is no item; each numbered task under it
    (or its one paragraph, where none is numbered) that gives no date of its own takes the
    heading's period."""
    heads = {k: v for k, v in _period_headings(ctx).items() if v[2]}
    if not heads:
        return cands
    kept = [c for c in cands if c.line not in heads]
    lines = sorted(c.line for c in kept)

    def dated(a: int, b: int) -> bool:
        k = bisect_right(lines, a - 1)
        return k < len(lines) and lines[k] < b

    starts, secs, parent = _section_tree(ctx)
    for s, p, _ in heads.values():
        tasks: list[tuple[Section, int, tuple[str, tuple[int, int]] | None]] = []
        # the numbered tasks it governs: the outermost sections inside its lines
        inside = range(bisect_right(starts, s.line), bisect_right(starts, s.end - 1))
        for i in inside:
            ch = secs[i]
            if ch.end > s.end or (parent[i] >= 0 and s.line < secs[parent[i]].line < s.end):
                continue
            title = clean_value(ctx.titles.get(ch.line, ""))
            ln = ctx.doc.lines[ch.line]
            a = ctx.content_start(ln)
            tasks.append((ch, ch.line, (title, (a, ln.end)) if len(title.split()) >= 2 else None))
        if not tasks:
            tasks.append((s, s.line + 1, _first_task_label(ctx, s)))
        for sec, first, label in tasks:
            if label is None or dated(first, sec.end):
                continue
            start, end = _encode(p, None)
            kept.append(_Cand(start, end, None, label[0], "period_heading", 0.6, p, sec.line, label[1], label[1], None))
    kept.sort(key=lambda c: c.period.start if c.rule != "period_heading" else c.sent[0])
    return kept


def _section_label(ctx: _Ctx, line: int) -> tuple[str, tuple[int, int]] | None:
    """Title (and its span) of the innermost enclosing section that is not the item's own
    line, a time label, or a bare "Chương"/"Phần" marker without a number; under a heading that
    is a period alone ("3. Năm 2028"), the first sentence of the work it schedules."""
    doc = ctx.doc
    starts, secs, parent = _section_tree(ctx)
    heads = _period_headings(ctx)
    i = bisect_right(starts, line - 1) - 1  # the last section starting before the line
    while i >= 0:
        s = secs[i]
        i = parent[i]
        if not s.line < line < s.end or _BARE_PART.match(s.marker):
            continue
        if s.line in heads:
            if (first := _first_task_label(ctx, s, skip=line)) is not None:
                return first
            continue
        title = clean_value(ctx.titles.get(s.line, ""))
        f = fold_same_length(title)
        if title and not ctx.rules.label_only.match(f) and not ctx.rules.label_line.match(f) \
                and not _generic_sections().fullmatch(collapse(f).strip(" .:*_")):
            ln = doc.lines[s.line] if s.title else _next_text_line(doc, s.line, s.end)
            if ln is not None:
                k = ctx.text.find(title, ln.start, ln.end + len(title))
                if k >= 0:
                    return title, (k, k + len(title))
                # a title wrapped over lines ("II. MỤC" / "TIÊU CHỦ YẾU")
                j = ln.idx
                while j + 1 < s.end and len(collapse(ctx.text[ln.start : doc.lines[j].end])) < len(title):
                    j += 1
                return title, (ln.start, doc.lines[j].end)
    return None


# ---------------------------------------------------------------- tables


def _table_cands(ctx: _Ctx, part: str) -> list[_Cand]:
    """Task tables (an annexed "Danh mục nhiệm vụ"): the schedule column's date cells.

    Below a "Thời gian hoàn thành"-type column header, a short cell that is only a date (with
    at most a cue: "Trước 30/11/2025", "Quý IV/2025") is an item; its task is the row's longest
    cell. A date after a "field:" cell (metadata pairs) or next to a document title is not.
    """
    R, doc = ctx.rules, ctx.doc
    r = doc.parts.get(part)
    if not r:
        return []
    out: list[_Cand] = []
    active = False
    recent: list[Line] = []
    for i in r:
        ln = doc.lines[i]
        if not ln.text:
            continue
        if len(ln.text) < 120 and R.table_stop.match(fold_same_length(ln.text[:30])):
            active = False
        cells = _cells(ln)
        for a, b in cells:
            if b - a > 40:
                continue
            cell = fold_same_length(ctx.text[a:b]).strip(" *|")
            if R.time_column.match(cell):
                active = True
                continue
            if not active:
                continue
            ps = find_periods(ctx.text, a, b)
            if len(ps) != 1:
                continue
            p = ps[0]
            if ctx.f(p.end, b).strip(" .;,*|"):
                continue
            cat = None
            head = ctx.f(a, p.start).strip(" *|")
            if head:
                m = R.cue_rev.match(head[::-1])
                if not m or m.end() != len(head):
                    continue
                cat = R.cue_kind.get(collapse(m.group("cue")[::-1]))
            prev = recent[-1].text if recent else ""
            if len(cells) == 1 and prev.endswith(":"):
                continue
            start, end = _encode(p, cat)
            if end is not None and _before(end, ctx.date):
                continue
            task, tspan = _task_cell(recent, cells if len(cells) > 1 else [], ctx)
            if not task or (_DOC_REF.search(task[:40]) and R.programs.match(fold_same_length(task))):
                continue
            out.append(_Cand(start, end, None, task, "table", R.conf["table"], p, i, (a, b), tspan, None))
        recent.append(ln)
        recent = recent[-12:]
    return out


@cache
def _flat_header() -> re.Pattern[str]:
    """A task table's header run together on one line by OCR ("STT Nhiệm vụ cụ thể Cơ quan …"):
    a number column's name, then a task column's (rules/tables.toml [columns], folded)."""
    cols = load_rules("tables")["columns"]
    return re.compile(rf"[\s|*]*(?:{_alts(cols['number'])})[\s|.]+(?:{_alts(cols['task'])})(?!\w)")


_FLAT_YEARS = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?![\d/.,]\d)")


def _flat_table_cands(ctx: _Ctx, part: str) -> list[_Cand]:
    """Task tables whose rows OCR ran together into lines of text, cells parted by "|", dashes
    or nothing: below a header line that names a number and a task column, a span of years
    ("2026 - 2030") that no name's qualifier introduces ("giai đoạn", "thời kỳ", "tầm nhìn",
    "năm") and that lies within the plan's reach (from the document's year on, starting within
    ``flat_reach`` years) is a row's time; its task is the row's text before it. Only where the
    document model found no table (an OCR'd page has none it can read)."""
    R, doc = ctx.rules, ctx.doc
    r = doc.parts.get(part)
    if not r or ctx.year is None or any(t.line < r.stop and r.start < t.end for t in doc.tables):
        return []
    tr = load_rules("timeline")["tables"]
    reach = int(tr["flat_reach"])
    header = _flat_header()
    out: list[_Cand] = []
    active = False
    for i in r:
        ln = doc.lines[i]
        if not ln.text:
            continue
        f = ctx.f(ln.start, ln.end, ln)
        if header.match(f):
            active = True
        elif len(ln.text) < 120 and R.table_stop.match(f[:30]):
            active = False
        if not active:
            continue
        for m in _FLAT_YEARS.finditer(ln.text):
            y1, y2 = int(m.group(1)), int(m.group(2))
            if not (ctx.year <= y1 < y2 <= y1 + 10 and y1 <= ctx.year + reach):
                continue
            a, b = ln.start + m.start(), ln.start + m.end()
            before = collapse(ctx.f(max(ln.start, a - 24), a, ln)).rstrip(" ,:(")
            if R.qualifier_rev.match(before[::-1]) or R.not_period_rev.match(before[::-1]) or re.search(
                    r"(?:nam|tư|đên|tơi)$", before):
                continue  # "giai đoạn 2031 - 2040", "năm 2026 - 2030": a name's span, or read elsewhere
            if R.qualifier_after.match(ctx.f(b, min(ln.end, b + 20), ln)):
                continue  # "2031 - 2040, tầm nhìn …": a strategy's span
            p = Period(a, b, ctx.text[a:b], str(y1), str(y2), "years", (a, a + 4), (b - 4, b))
            row = re.sub(r"^[\W\dlI]{0,6}\s*", "", ctx.text[ln.start : a])
            label = clean_value(re.sub(r"[|_—¬`~]+", " ", row))[:160]
            out.append(_Cand(str(y1), str(y2), None, label, "table", R.conf["table"] * 0.6, p, i, (a, b),
                             (ln.start, a), None))
    return out


def _cells(ln: Line) -> list[tuple[int, int]]:
    """Cells of a table row written on one line ("a | b | c"), else the line itself."""
    if "|" not in ln.text and "\t" not in ln.text:
        return [(ln.start, ln.end)]
    out = []
    pos = ln.start
    for part in re.split(r"[|\t]", ln.text):
        a = pos
        pos += len(part) + 1
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        if body:
            out.append((a + lead, a + lead + len(body)))
    return out


def _task_cell(recent: list[Line], row_cells: list[tuple[int, int]], ctx: _Ctx) -> tuple[str, tuple[int, int]]:
    """The task a schedule cell belongs to: the row's longest cell (after the STT number)."""
    if row_cells:
        a, b = max(row_cells, key=lambda c: c[1] - c[0])
        return clean_value(ctx.text[a:b]), (a, b)
    cand = None
    for k in range(len(recent) - 1, -1, -1):
        if re.fullmatch(r"\d{1,3}[.)]?", recent[k].text):
            if k + 1 < len(recent):
                cand = recent[k + 1]
            break
    if cand is None and recent:
        cand = max(recent[-4:], key=lambda x: len(x.text))
    if cand is None:
        return "", (0, 0)
    return clean_value(cand.text), (cand.start, cand.end)


# ---------------------------------------------------------------- task tables of the document model

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _list_value(v: str, quarter: bool) -> int | None:
    n = _ROMAN_Q.get(v) if quarter else int(v)
    return n if n is not None and 1 <= n <= (4 if quarter else 12) else None


@cache
def _range_seps() -> frozenset[str]:
    return frozenset(collapse(fold_same_length(x)) for x in load_rules("timeline")["grammar"]["range_separators"])


def _list_periods(ctx: _Ctx, a: int, b: int) -> list[Period]:
    """Periods of the month and quarter lists in ``text[a:b]`` ("Tháng 4, tháng 8/2026" → two;
    "Tháng 10, 11/2021" → one, October to November; "Quý I - II/2026" → one)."""
    R, out = ctx.rules, []
    f = ctx.f(a, b)
    for rx, quarter in ((R.month_list, False), (R.quarter_list, True)):
        for m in rx.finditer(f):
            first = _list_value(m.group("first"), quarter)
            if first is None:
                continue
            groups, prev, ok = [[first, first]], first, True
            for it in R.list_item.finditer(m.group("rest")):
                v = _list_value(it.group("v"), quarter)
                if v is None or v <= prev:
                    ok = False
                    break
                if collapse(it.group("sep")) in _range_seps() or (it.group("word") is None and v == prev + 1):
                    groups[-1][1] = v
                else:
                    groups.append([v, v])
                prev = v
            if not ok:
                continue
            y = m.group("y")
            span = (a + m.start(), a + m.end())
            for g0, g1 in groups:
                lo, hi = (3 * g0 - 2, 3 * g1) if quarter else (g0, g1)
                out.append(Period(span[0], span[1], ctx.text[span[0] : span[1]], f"{y}-{lo:02d}", f"{y}-{hi:02d}",
                                  "quarter" if quarter else "range", span, span))
    for m in _YEAR_LIST.finditer(f):
        # "năm 2025, 2026": consecutive years are one period, others one item each (a cue is still
        # needed in running text, as for any year)
        ys = [int(y) for y in re.findall(r"\d{4}", m.group())]
        if any(b <= a for a, b in zip(ys, ys[1:], strict=False)):
            continue
        groups = [[ys[0], ys[0]]]
        for y in ys[1:]:
            if y == groups[-1][1] + 1:
                groups[-1][1] = y
            else:
                groups.append([y, y])
        span = (a + m.start(), a + m.end())
        for g0, g1 in groups:
            out.append(Period(span[0], span[1], ctx.text[span[0] : span[1]], str(g0), str(g1),
                              "year" if g0 == g1 else "years", span, span))
    return out


_YEAR_LIST = re.compile(r"n[aă]m\s+(?:19|20)\d\d(?:\s*(?:,|va)\s*(?:19|20)\d\d(?!\d))+")  # folded


def _with_lists(ctx: _Ctx, periods: list[Period], a: int, b: int) -> list[Period]:
    """``periods`` with the month and quarter lists in place of the part the date finder read
    ("Tháng 10, 11/2021": it reads November only), and the lists it reads nothing of ("Quý I,
    II/2026") added."""
    lists = sorted(_list_periods(ctx, a, b), key=lambda q: q.start)
    if not lists:
        return periods
    out: list[Period] = []
    done: set[tuple[int, int]] = set()
    k = 0
    for p in periods:
        while k < len(lists) and lists[k].end <= p.start:
            if not any(q.start < lists[k].end and lists[k].start < q.end for q in periods):
                out.append(lists[k])  # a list the date finder read nothing of
            k += 1
        hit = [q for q in lists[k : k + 8] if q.start < p.end and p.start < q.end]
        if not hit:
            out.append(p)
            continue
        key = (hit[0].start, hit[0].end)
        if key not in done:
            done.add(key)
            out.extend(q for q in hit if (q.start, q.end) == key)
    out.extend(q for q in lists[k:] if not any(x.start < q.end and q.start < x.end for x in periods))
    out.sort(key=lambda q: q.start)
    return out


def _with_year_parts(ctx: _Ctx, periods: list[Period], a: int, b: int) -> list[Period]:
    """The first or last months of a year ("6 tháng đầu năm 2025" → January to June, "3 tháng
    cuối năm 2025" → October to December) in place of the year the date finder read. The period
    is of month precision (kind "month" with its own first and last month), so like a month it
    needs a cue to be scheduled: "Báo cáo sơ kết 6 tháng đầu năm 2025" names a report."""
    R = ctx.rules
    f = ctx.f(a, b)
    if "thang" not in f:
        return periods
    parts = []
    for m in R.year_part.finditer(f):
        n, y = int(m.group("n")), m.group("y")
        if not 1 <= n <= 11 or R.vague_more.match(f, m.end()):
            continue  # "… cuối năm 2025 và những tháng đầu năm 2026": the stretch runs on, no stated end
        first, last = (1, n) if m.group("head") else (13 - n, 12)
        s, e = a + m.start(), a + m.end()
        parts.append(Period(s, e, ctx.text[s:e], f"{y}-{first:02d}", f"{y}-{last:02d}", "month", (s, e), (s, e)))
    if not parts:
        return periods
    out = [p for p in periods if not any(q.start < p.end and p.start < q.end for q in parts)]
    return sorted(out + parts, key=lambda q: q.start)


# a month written without its year ("trong tháng 3", "vào tháng 10 tới"), folded: no year, list,
# range or day around it ("tháng 3/2026", "tháng 3 năm 2026", "tháng 3 - 5/2026", "tháng 3, 4").
# These three patterns scan a whole body: the word comes first and the test of what stands
# before it after it (the same test), so that the scan looks for the word's letters alone
# (not before "đến"/"tới", a range's first bound, nor before "và" and the list's next month
# that carries the year: "tháng 7 và 8/2026", "tháng 7 và tháng 9 năm 2026" are read whole; "tháng 7
# và dịp tổng kết", "tháng 7 và tháng 9." are months of the document's year)
_BARE_MONTH = re.compile(r"thang(?<![\w/]thang)\s+(\d{1,2})(?!\d|\.\d|\s*[-–—/]|\s*,\s*\d|\s+(?:đên|tơi)\s"
                         r"|\s+va\s+(?:\d|thang\s+\d{1,2}(?:\s*/\s*\d|\s+n[aă]m\s+\d))|\s+n[aă]m\s+\d)")
# a quarter written without its year ("trong quý II", "từ quý II đến quý III"), folded
_BARE_QUARTERS = re.compile(r"qu(?<![\w/]qu)[yi]\s+(iv|i{1,3}|[1-4])(?:\s*(?:-|–|—|đên|tơi)\s*(?:hêt\s+)?(?:qu[yi]\s+)?"
                            r"(iv|i{1,3}|[1-4]))?(?![\w/]|\s*[-–—/,]|\s+(?:va|đên|tơi)\s|\s+n[aă]m\s+\d)")
_Q_RANGE_HEAD_REV = re.compile(r"\s*(?:têh\s+)?(?:-|–|—|nêđ|iơt)\s*(?:vi|i{1,3}|[1-4])\s+(?:yuq|iuq)(?!\w)")
# what ends right before a range's second bound: "tháng 9 - ", "tháng 7 đến hết " (folded, reversed)
_RANGE_HEAD_REV = re.compile(r"\s*(?:têh\s+)?(?:-|–|—|nêđ|iơt)\s*\d{1,2}\s+gnaht(?!\w)")
# … and two such months as a range ("từ tháng 7 đến tháng 8", "tháng 3 - 5")
_BARE_MONTHS = re.compile(r"thang(?<![\w/]thang)\s+(\d{1,2})\s*(?:-|–|—|đên|tơi)\s*(?:hêt\s+)?(?:thang\s+)?(\d{1,2})"
                          r"(?!\d|\.\d|\s*[/-]|\s+n[aă]m\s+\d)")


def _with_labelled_years(ctx: _Ctx, periods: list[Period], a: int, b: int) -> list[Period]:
    """A time field whose value is a year written bare ("- Thời gian triển khai - hoàn thành:
    2025.", a task table flattened to fields): that year, as a table's time cell that holds only
    a year is read (the date finder wants "năm" before a year)."""
    extra: list[Period] = []
    for i, (at, _deadline) in ctx.labels.items():
        ln = ctx.doc.lines[i]
        if not a <= at < b or at > ln.end:
            continue
        value = ctx.text[at : ln.end]
        m = _LABELLED_YEAR.fullmatch(value)
        if m is None:
            continue
        s = at + m.start("y")
        if any(p.start < s + 4 and s < p.end for p in periods):
            continue
        y = m.group("y")
        extra.append(Period(s, s + 4, y, y, y, "year", (s, s + 4), (s, s + 4)))
    return sorted([*periods, *extra], key=lambda p: p.start) if extra else periods


_LABELLED_YEAR = re.compile(r"[\s*_]*(?P<y>(?:19|20)\d\d)[\s*_.;]*")


def _with_doc_year(ctx: _Ctx, periods: list[Period], a: int, b: int) -> list[Period]:
    """Days, months and stretches of months the body writes without their year ("các đơn vị gửi
    báo cáo trước ngày 15/12", "tổ chức trong tháng 10", "trong 6 tháng cuối năm"), in the
    document's own year.

    A plan dates what it schedules in its own year by day and month alone; the date finder, which
    reads around years, misses them. Such a date is read only where a cue or a time label schedules
    it, nothing recurring follows it ("hằng năm"), and it does not fall before the document's date:
    there the year is unknown (a past fact, or next year's deadline), so no item is better than a
    guess. A day is written with "ngày" ("ngày 15/12", "ngày 20 tháng 8"), or bare after a deadline
    cue ("hoàn thành trước 30/6"): elsewhere a bare "2/3" is a share ("trong 2/3 số xã")."""
    R = ctx.rules
    if ctx.year is None or ctx.date is None or ctx.doc.anchors.get("date") is None:
        return periods  # no date line: the floor that stands in for it lends no year
    extra: list[Period] = []

    def free(s: int, e: int) -> bool:
        return not any(p.start < e and s < p.end for p in [*periods, *extra])

    def scheduled(p: Period, bare: bool = False) -> bool:
        # the clause before the date (a converter's wrapped lines included), and what follows it
        back = ctx.text[max(a, p.start - 320) : p.start]
        back = back[max(back.rfind(x) for x in ".;:!?") + 1 :]
        after = fold_same_length(ctx.text[p.end : min(b, p.end + 24)])
        if R.recurring_before.search(fold_same_length(back)) or (
                R.recurring_after.match(after) and not R.this_year_after.match(after)):
            return False
        ln = ctx.doc.line_at(p.start)
        if R.periodic_report.search(fold_same_length(ctx.text[ln.start : p.start])):
            return False  # "- Báo cáo quý I: Gửi trước ngày 22 tháng 3": each quarter of each year
        label_at, _ = ctx.labels.get(ln.idx, (-1, False))
        if label_at >= 0 and 0 <= p.start - label_at <= R.max_offset:
            return True
        if not bare and _colon_value(ctx, ln, ctx.content_start(ln), p):
            return True  # "- Tổng kết năm: ngày 20/12": a listed activity's day
        cue, cat, _, _ = _cue(ctx, max(ln.start, p.start - 60), p, ln)
        if bare:  # "hoàn thành trước 30/6" is a day; "trong 2/3 số xã" is a share
            return cat == "deadline" and cue is not None and label_at < 0
        return cat in ("deadline", "within", "from") and cue is not None

    for dm in find_day_months(ctx.text, a, b):
        if not free(dm.start, dm.end):
            continue
        bare = not dm.raw.lower().startswith("ngày")
        try:
            day = datetime(ctx.year, dm.month or 0, dm.day or 0).date().isoformat()
        except ValueError:
            continue
        if day <= ctx.date:
            continue  # a deadline on the document's own date is none it sets
        p = Period(dm.start, dm.end, dm.raw, day, day, "day", (dm.start, dm.end), (dm.start, dm.end))
        if scheduled(p, bare):
            extra.append(p)
    f = ctx.f(a, b)
    if "thang" in f:
        for m in _BARE_MONTHS.finditer(f):
            n1, n2 = int(m.group(1)), int(m.group(2))
            s, e = a + m.start(), a + m.end()
            if not 1 <= n1 < n2 <= 12 or not free(s, e):
                continue
            p = Period(s, e, ctx.text[s:e], f"{ctx.year}-{n1:02d}", f"{ctx.year}-{n2:02d}", "range", (s, e), (s, e))
            if not _before(p.last, ctx.date) and scheduled(p):
                extra.append(p)
        for m in _BARE_MONTH.finditer(f):
            n = int(m.group(1))
            s, e = a + m.start(), a + m.end()
            if not 1 <= n <= 12 or not free(s, e) or _RANGE_HEAD_REV.match(f[max(0, m.start() - 30) : m.start()][::-1]):
                continue  # "tháng 9 - tháng 11": the range's second bound is no month of its own
            month = f"{ctx.year}-{n:02d}"
            p = Period(s, e, ctx.text[s:e], month, month, "month", (s, e), (s, e))
            if not _before(month, ctx.date) and scheduled(p):
                extra.append(p)
    if "qu" in f:
        for m in _BARE_QUARTERS.finditer(f):
            q1 = _ROMAN_Q.get(m.group(1)) or int(m.group(1))
            q2 = (_ROMAN_Q.get(m.group(2)) or int(m.group(2))) if m.group(2) else q1
            s, e = a + m.start(), a + m.end()
            if not 1 <= q1 <= q2 <= 4 or not free(s, e) or _Q_RANGE_HEAD_REV.match(f[max(0, m.start() - 30) : m.start()][::-1]):
                continue  # "quý II - quý III/2026" is read whole by the date finder
            p = Period(s, e, ctx.text[s:e], f"{ctx.year}-{3 * q1 - 2:02d}", f"{ctx.year}-{3 * q2:02d}", "quarter",
                       (s, e), (s, e))
            if not _before(p.last, ctx.date) and scheduled(p):
                extra.append(p)
    if "thang" in f:
        for m in R.year_part_bare.finditer(f):
            n = int(m.group("n"))
            s, e = a + m.start(), a + m.end()
            if not 1 <= n <= 11 or R.vague_more.match(f, m.end()) or not free(s, e):
                continue
            first, last = (1, n) if m.group("head") else (13 - n, 12)
            p = Period(s, e, ctx.text[s:e], f"{ctx.year}-{first:02d}", f"{ctx.year}-{last:02d}", "month", (s, e), (s, e))
            if not _before(p.last, ctx.date) and scheduled(p):
                extra.append(p)
    if not extra:
        return periods
    return sorted(periods + extra, key=lambda q: q.start)


# "20/ 4/2025", "21 /4/ 2025": a day typed into a template's blanks keeps spaces around its
# slashes, which the date finder does not read (at least one space, else it is read already)
_SPACED_DATE = re.compile(r"(?<![\d/])(\d{1,2})(\s*)/(\s*)(\d{1,2})(\s*)/(\s*)((?:19|20)\d\d)(?![\d/])")


def _with_spaced_dates(ctx: _Ctx, periods: list[Period], a: int, b: int) -> list[Period]:
    """``periods`` with the days written with spaces around their slashes added."""
    if "/ " not in ctx.text[a:b] and " /" not in ctx.text[a:b]:
        return periods
    extra: list[Period] = []
    for m in _SPACED_DATE.finditer(ctx.text, a, b):
        if not any(m.group(k) for k in (2, 3, 5, 6)):
            continue
        if any(p.start < m.end() and m.start() < p.end and not m.start() <= p.start <= p.end <= m.end() for p in periods):
            continue  # part of a longer expression
        try:
            day = datetime(int(m.group(7)), int(m.group(4)), int(m.group(1))).date().isoformat()
        except ValueError:
            continue
        extra.append(Period(m.start(), m.end(), m.group(), day, day, "day", (m.start(), m.end()), (m.start(), m.end())))
    if not extra:
        return periods
    # "20/ 4/2025": the finder read "4/2025" as a month; the day replaces it
    kept = [p for p in periods if not any(q.start <= p.start <= p.end <= q.end for q in extra)]
    return sorted(kept + extra, key=lambda q: q.start)


# a first bound with its month but no year right before a day ("(13/01 - 19/01/2025)"): the
# date finder borrows the year only after "từ"/"ngày"
_BARE_FIRST_BOUND = re.compile(r"(?:^|(?<=[(\s*_:]))(\d{1,2})/(\d{1,2})\s*(?:-|–|—|đến|tới)\s*(?:ngày\s*)?$", re.IGNORECASE)


def _with_bare_first_bounds(ctx: _Ctx, periods: list[Period]) -> list[Period]:
    """A day whose range opens with a bare "DD/MM -" ("Tuần 2 (13/01 - 19/01/2025)") as that
    range; the first bound takes the year of the second (the year before, when its month comes
    later: "28/12 - 03/01/2026")."""
    out: list[Period] = []
    for p in periods:
        if p.kind != "day":
            out.append(p)
            continue
        ln = ctx.doc.line_at(p.start)
        lo = max(ln.start, p.start - 20)
        m = _BARE_FIRST_BOUND.search(ctx.text, lo, p.start)
        if m is None or (out and out[-1].end > m.start(1)):
            out.append(p)
            continue
        d, mo, y = int(m.group(1)), int(m.group(2)), int(p.first[:4])
        if mo > int(p.first[5:7]):
            y -= 1
        try:
            first = datetime(y, mo, d).date().isoformat()
        except ValueError:
            out.append(p)
            continue
        if not 0 < (datetime.fromisoformat(p.first) - datetime.fromisoformat(first)).days <= 92:
            out.append(p)  # a bound after the day, or a span too long for a bare bound
            continue
        a = m.start(1)
        out.append(Period(a, p.end, ctx.text[a : p.end], first, p.last, "range", (a, p.end), p.last_span))
    return out


# "ngày 15 và 20/5/2025" (on folded text): the date finder reads one range
_DAY_PAIR = re.compile(r"(?:ngay\s*)?\d{1,2}(?:\s*(?:/|\.|thang)\s*\d{1,2})?\s*,?\s*va\s*(?:ngay\s*)?(?=\d)")


def _listed_after(ctx: _Ctx, prev: _Cand, p: Period) -> _Cand | None:
    """A date joined to the item before it by "và", "hoặc" or a comma alone ("vào ngày 10/5/2025
    và ngày 20/6/2025", "trước ngày 15/6/2025 và ngày 15/12/2025") is scheduled the same way: a
    second day, month or deadline of the same cue."""
    q = prev.period
    if not (0 < p.start - q.end <= 20) or ctx.doc.line_at(p.start).idx != prev.line or prev.rule == "preamble_event":
        return None
    gap = _strip_trail(ctx.rules, ctx.f(q.end, p.start)).strip()
    if not gap and ctx.text[q.end : p.start].strip() == ",":
        gap = ","  # "ngày 12, 13 và 14/5/2026": the comma alone (the trail strips it)
    if not _LIST_JOIN.fullmatch(gap) or p.kind not in ("day", "month", "year", "quarter"):
        return None
    if prev.start is None:
        start, end = None, p.last
    elif prev.end is None:
        start, end = p.first, None
    else:
        start, end = p.first, p.last
    if (end is not None and _before(end, ctx.date)) or (ctx.year is not None and int(p.last[:4]) < ctx.year):
        return None
    tn = _time_near(ctx, p, prev.sent) if len(p.first) == 10 else None
    return replace(prev, start=start, end=end, period=p, time=tn[0] if tn else None, time_span=tn[1] if tn else None,
                   second_day=True, end_span=None)


_LIST_JOIN = re.compile(r",?\s*(?:va|hoăc)|,")  # folded: "và", "hoặc", a comma
_NGAY_BEFORE = re.compile(r"(?<!\w)ngay\s*$")  # folded


def _day_of_same_item(ctx: _Ctx, prev: _Cand, p: Period) -> _Cand | None:
    """A day written after "ngày" alone in a later sentence of the listed activity that an item
    on the same line dates by day ("1. Khai giảng: Ngày 05/9/2026. Riêng khối lớp 1 tập trung
    ngày 29/8/2026."): a second day of that activity (a part of it, an exception). A cited
    document's day is no such day (its number comes right before), nor a day before the
    document's own."""
    if (p.kind != "day" or prev.rule not in ("colon_value", "line_start", "within_day", "label") or prev.start is None
            or len(prev.start) != 10 or prev.end != prev.start):
        return None
    ln = ctx.doc.line_at(p.start)
    if ln.idx != prev.line or not 0 < p.start - prev.period.end <= 200 or _before(p.first, ctx.date):
        return None
    between = ctx.text[prev.period.end : p.start]
    if not _SENT_DOT.search(between) or ";" in between:
        return None  # the same sentence is read by the cues; another clause is another task
    if not _NGAY_BEFORE.search(ctx.f(max(ln.start, p.start - 8), p.start, ln)) or _DOC_REF_END.search(
            ctx.text[max(ln.start, p.start - 40) : p.start]) or _cited_kinds().search(ctx.f(prev.period.end, p.start)):
        return None
    sent = _sentence(ctx, ln, p.start, p.end)
    return _Cand(p.first, p.last, None, "", "same_item_day", ctx.rules.conf.get("within_day", 0.5), p, ln.idx,
                 sent, sent, None, p.start)


@cache
def _generic_sections() -> re.Pattern[str]:
    """Section titles (folded) that name no activity: rules [labels] generic_sections."""
    return re.compile(rf"(?:{_alts(load_rules('timeline')['labels']['generic_sections'])})")


@cache
def _cited_kinds() -> re.Pattern[str]:
    """Kinds of documents (folded) whose day a citation writes: rules [items] cited_kinds."""
    return re.compile(rf"(?<!\w)(?:{_alts(load_rules('timeline')['items']['cited_kinds'])})(?!\w)")


@cache
def _own_start_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = load_rules("timeline")["own_start"]
    types = sorted({fold_same_length(t["name"]) for t in doc_types()}, key=len, reverse=True)
    this = rf"(?:(?:{'|'.join(map(re.escape, types))}) nay)"
    issued = "|".join(re.escape(fold_same_length(x)) for x in r["issued"])
    in_force = "|".join(re.escape(fold_same_length(x)) for x in r["in_force"])
    lead = re.compile(
        rf"(?:(?P<issued>{issued})(?: {this})?|tư ngay {this} (?P<force>{in_force})(?: thi hanh)?)"
        rf"[\s,*_]*(?:đên|tơi)(?: hêt)?(?: ngay)?\s*$")  # (emphasis marks between: "… thông báo **đến ngày")
    return lead, re.compile(fold_same_length(r["on_signing"]))


def _own_start(ctx: _Ctx, c: _Cand) -> _Cand:
    """A deadline whose period the text opens on the document's own date ("từ ngày ban hành
    Quyết định này đến hết ngày 31/12/2025", "Từ ngày Quyết định này có hiệu lực đến hết ngày
    …" where it takes effect on signing, ``[own_start]`` in rules/timeline.toml): the period
    from that date. Only with the own date known to the day."""
    if c.start is not None or c.end is None or ctx.date is None or len(ctx.date) != 10:
        return c
    p = c.period
    lead, on_signing = _own_start_patterns()
    lo = max(0, p.start - 90)
    m = lead.search(ctx.f(lo, p.start).replace("\n", " "))
    if m is None:
        return c
    if m.group("force") and not on_signing.search(ctx.folded_text()):
        return c  # in force from a day the text sets elsewhere: not read here
    # (the start's evidence is the phrase that names the day: "từ ngày ban hành Quyết định này")
    return replace(c, start=ctx.date, start_span=(lo + m.start(), lo + m.end()))


def _split_day_pair(ctx: _Ctx, c: _Cand) -> list[_Cand]:
    """Two days joined by "và" are two scheduled days, not a period: "vào ngày 15 và 20/5/2025"
    (read as one range by the date finder) → the 15th and the 20th, each a day of its own (the
    first borrows month and year from the second, so its evidence is the whole phrase). Two days
    in a row ("ngày 08 và 09/11/2025") stay one period."""
    p = c.period
    if p.kind != "range" or len(p.first) != 10 or (c.start, c.end) != (p.first, p.last):
        return [c]
    m = _DAY_PAIR.match(ctx.f(p.start, p.end))
    if m is None or int(p.last[8:]) == int(p.first[8:]) + 1:
        return [c]  # (two days in a row are one period, as a longer run of days is)
    k = p.start + m.end()
    one = Period(p.start, k, ctx.text[p.start : k], p.first, p.first, "day", (p.start, p.end), (p.start, p.end))
    two = Period(k, p.end, ctx.text[k : p.end], p.last, p.last, "day", p.last_span, p.last_span)
    return [replace(c, start=p.first, end=p.first, period=one), replace(c, start=p.last, end=p.last, period=two, second_day=True)]


# days listed before the one that writes month and year: "các ngày 12, 13 và 14/5/2026" (folded,
# reversed: what ends right before the last day)
_DAY_LIST_REV = re.compile(r"\s*(?P<sep>av|,)\s*(?P<days>\d{1,2}(?:\s*,\s*\d{1,2})*)\s+yagn(?!\w)")


def _with_day_lists(ctx: _Ctx, periods: list[Period]) -> list[Period]:
    """The days a list names before its last, which alone writes month and year: days in a row
    are one period ("trong các ngày 12, 13 và 14/5/2026": 12 to 14 May), other days each a day of
    that month listed like the last ("vào các ngày 5, 12 và 19/5/2026"). A pair joined by "và"
    ("ngày 15 và 20/5") is read by the date finder already; one joined by a comma is read here."""
    extra: list[Period] = []
    gone: set[tuple[int, int]] = set()
    for p in periods:
        if p.kind != "day" or len(p.first) != 10:
            continue
        ln = ctx.doc.line_at(p.start)
        rev = ctx.f(max(ln.start, p.start - 40), p.start, ln)[::-1]
        m = _DAY_LIST_REV.match(rev)
        # (a pair joined by "và" is the date finder's; one joined by a comma is read here:
        # "Ngày 07, 09/01/2023")
        if m is None or ("," not in m.group("days") and m.group("sep") != ","):
            continue
        s = p.start - m.end("days")
        days = [(s + k.start(), s + k.end(), int(k.group()))
                for k in re.finditer(r"\d{1,2}", ctx.text[s : p.start - m.start("days")])]
        vals = [d for _, _, d in days] + [int(p.first[8:])]
        if any(b <= a for a, b in zip(vals, vals[1:], strict=False)) or any(
                q.start < p.start and s < q.end for q in periods if q is not p):
            continue
        if all(b == a + 1 for a, b in zip(vals, vals[1:], strict=False)):
            # days in a row ("các ngày 12, 13 và 14/5/2026"): one event over them, a period
            first = f"{p.first[:8]}{vals[0]:02d}"
            gone.add((p.start, p.end))
            extra.append(Period(s, p.end, ctx.text[s : p.end], first, p.last, "range", (s, p.end), p.last_span))
            continue
        # (a pair's span takes its "ngày" in, which alone makes a comma's pair a list of days)
        span = (p.start - m.end(), p.end) if "," not in m.group("days") else (s, p.end)
        for at, to, d in days:
            day = f"{p.first[:8]}{d:02d}"
            extra.append(Period(at, to, ctx.text[at:to], day, day, "day", span, span))
    if not extra:
        return periods
    return sorted([q for q in periods if (q.start, q.end) not in gone] + extra, key=lambda q: q.start)


_BARE_DAY_REV = re.compile(r"\s+(\d{1,2})(?!\d)")  # on reversed text: "… 19 " before "tháng 12 …"


def _with_bare_days(ctx: _Ctx, periods: list[Period]) -> list[Period]:
    """A month read where a cue writes its day without "ngày" ("dịp 19 tháng 12 năm 2025"): the
    number before the month makes it that day."""
    if not ctx.rules.bare_day:
        return periods
    out: list[Period] = []
    for p in periods:
        if p.kind == "month" and len(p.first) == 7 and p.first == p.last:
            ln = ctx.doc.line_at(p.start)
            rev = ctx.f(max(ln.start, p.start - 40), p.start, ln)[::-1]
            m = _BARE_DAY_REV.match(rev)
            if m and 1 <= int(m.group(1)[::-1]) <= 31:
                a = p.start - m.end()
                if ctx.rules.cue_rev.match(rev, m.end() + 1) and rev[m.end() : m.end() + 1].isspace():
                    day = f"{p.first}-{int(m.group(1)[::-1]):02d}"
                    try:
                        datetime.fromisoformat(day)
                    except ValueError:
                        out.append(p)
                        continue
                    out.append(Period(a, p.end, ctx.text[a : p.end], day, day, "day", (a, p.end), (a, p.end)))
                    continue
        out.append(p)
    return out


def _open_end(ctx: _Ctx, p: Period, ln: Line) -> bool:
    """"Năm 2025 và các năm tiếp theo", "từ năm 2026 trở đi": the period has no end."""
    if not p.single:
        return False
    after = ctx.f(p.end, min(ln.end, p.end + 40), ln)
    return bool(ctx.rules.open_end.match(after) or (p.kind == "year" and ctx.rules.open_end_year.match(after)))


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def _cell_ranges(ctx: _Ctx, periods: list[Period]) -> list[Period]:
    """Two dates joined by a range separator alone ("Quý IV/2025 - Quý I/2026", "Tháng 12/2025
    đến tháng 02/2026", "từ tháng 7/2025 đến hết năm 2025") as one period from the first to the
    second, whatever the precision of each bound (the date finder joins bounds of one precision
    only; quarters and mixed bounds are joined here)."""
    out: list[Period] = []
    for p in periods:
        q = out[-1] if out else None
        if (
            q is not None and q.kind in _BOUND_KINDS and p.kind in _BOUND_KINDS
            and not _before(p.last, q.first) and q.last != p.last
            and 0 < p.start - q.end <= 40 and ctx.rules.range_gap.fullmatch(ctx.f(q.end, p.start))
            # "số vốn năm 2027 đến ngày 30/6/2027 chưa giải ngân": a second bound inside the
            # first one's year or month bounds no span from it; the first names what is meant
            and not (len(q.first) < len(p.first) and p.first.startswith(q.last))
        ):
            out[-1] = Period(q.start, p.end, ctx.text[q.start : p.end], q.first, p.last, "range", q.first_span,
                             p.last_span)
            continue
        out.append(p)
    return out


_BOUND_KINDS = frozenset({"day", "month", "year", "quarter"})


def _flat_cell(ctx: _Ctx, a: int, b: int) -> tuple[_Ctx, Line]:
    """A context whose text has the line breaks of ``text[a:b]`` turned to spaces (offsets
    unchanged), and the cell as one line of it."""
    flat = ctx.text[:a] + ctx.text[a:b].replace("\n", " ") + ctx.text[b:]
    return replace(ctx, text=flat, folded={}), Line(-1, a, b, flat[a:b])


def _in_note(text: str, a: int, at: int) -> bool:
    """Is ``at`` inside parentheses opened after the cell's start ``a``?"""
    seg = text[a:at]
    return seg.count("(") > seg.count(")")


def _read_time_cell(ctx: _Ctx, a: int, b: int, deadline: bool = False) -> list[tuple[str | None, str | None, Period]]:
    """(start, end, period) of each item a table's time cell gives: none for undated work
    ("Thường xuyên", "Hằng năm"), one per month/quarter of a list, a deadline for "Trước ngày
    …" (and for a bare day in a deadline column, "Thời hạn"), an open end for "Năm 2025 và các
    năm tiếp theo"."""
    R = ctx.rules
    if "\n" in ctx.text[a:b]:
        # a cell of word-wrapped lines ("Năm" / "2026 –" / "2030"): the date finder reads
        # within a line, so the cell is read with its line breaks as spaces (same offsets)
        ctx, cell_line = _flat_cell(ctx, a, b)
    else:
        cell_line = None
    if R.undated.match(ctx.f(a, b)):
        # recurring work ("Định kỳ 2 năm/lần") has no date, unless the cell says when it starts
        # ("…, bắt đầu từ năm 2024": an open start)
        out0: list[tuple[str | None, str | None, Period]] = []
        for p in find_periods(ctx.text, a, b):
            ln = cell_line or ctx.doc.line_at(p.start)
            if _cue(ctx, max(a, ln.start, p.start - 60), p, ln)[1] == "from":
                out0.append((p.first, None, p))
        return out0
    lists = _list_periods(ctx, a, b)
    out: list[tuple[str | None, str | None, Period]] = [(p.first, p.last, p) for p in lists]
    prev = a
    periods = [p for p in _with_year_parts(ctx, _with_spaced_dates(ctx, find_periods(ctx.text, a, b), a, b), a, b)
               if not any(q.start < p.end and p.start < q.end for q in lists)]
    if not periods and not lists and (m := _BARE_YEAR.match(ctx.text[a:b].strip(" *.;"))):
        # a cell that is only a year ("2026"), or a year and then recurring work ("2026 và hằng
        # năm": the dated part is the year): the date finder wants "năm" before it
        rest = ctx.f(a, b).strip(" *.;")[4:]
        if not rest or ((j := _list_sep_len(R, rest)) and R.undated.match(rest[j:])):
            k = a + ctx.text[a:b].find(m.group())
            y = m.group()
            # "2026 và hằng năm": from that year on, every year (open end, as "Năm 2026 và hằng năm")
            last = None if R.open_end_year.match(rest) else y
            return [(y, last, Period(k, k + 4, y, y, y, "year", (k, k + 4), (k, k + 4)))]
    for p in _cell_ranges(ctx, _join_across_year(ctx, periods)):
        if out and _in_note(ctx.text, a, p.start):
            continue  # "Quý II/2026 (theo yêu cầu …, giai đoạn 2026 - 2031)": a note on the date
        p = _with_next_year(ctx, p, b)
        ln = cell_line or ctx.doc.line_at(p.start)
        _cue_phrase, cat, _at, _fill = _cue(ctx, max(prev, ln.start, p.start - 60), p, ln)
        if cat is None and deadline and p.kind == "day":
            cat = "deadline"
        start, end = _encode(p, cat)
        if _open_end(ctx, p, ln):
            start, end = p.first, None
        out.append((start, end, p))
        prev = p.end
    out.sort(key=lambda x: x[2].start)
    if out and out[-1][1] is not None and (q := _with_next_year(ctx, out[-1][2], b)) is not out[-1][2]:
        out[-1] = (out[-1][0], q.last, q)
    if not out:
        out = _yearless_cell(ctx, a, b, deadline)
    return out


# a time cell that names no year (the plan's own year is meant): "Tháng 3", "Tháng 3 - 5",
# "Quý II", "Quý II - III", "Trước ngày 30/9", "Ngày 15/5" (folded, the cell stripped)
_YEARLESS_CELL = re.compile(
    r"(?:(?P<cue>[^\W\d]+(?:\s+[^\W\d]+){0,3}?)\s+)??(?:"
    r"(?:ngay\s+)?(?P<d>\d{1,2})\s*[/.]\s*(?P<dm>\d{1,2})"
    r"|thang\s+(?P<m1>\d{1,2})(?:\s*(?:-|–|đên|tơi)\s*(?:thang\s+)?(?P<m2>\d{1,2}))?"
    r"|qu[yi]\s+(?P<q1>iv|i{1,3}|[1-4])(?:\s*(?:-|–|đên|tơi)\s*(?:qu[yi]\s+)?(?P<q2>iv|i{1,3}|[1-4]))?)")


def _yearless_cell(ctx: _Ctx, a: int, b: int, deadline: bool) -> list[tuple[str | None, str | None, Period]]:
    """The item of a task table's time cell written without its year ("Tháng 3", "Quý II - III",
    "Trước ngày 30/9"): a plan dated by its date line schedules its own year. Read only when the
    whole cell is that one expression (a cue before it allowed) and it does not end before the
    document's date (where the year is unknown); else none, as before."""
    R = ctx.rules
    if ctx.year is None or ctx.date is None or ctx.doc.anchors.get("date") is None:
        return []
    raw = ctx.text[a:b]
    lead = len(raw) - len(raw.lstrip(" *_"))
    cell = ctx.f(a + lead, a + len(raw.rstrip(" *_.;")))
    m = _YEARLESS_CELL.fullmatch(cell)
    if m is None:
        return []
    cue = collapse(m.group("cue")) if m.group("cue") else None
    cat = R.cue_kind.get(cue) if cue else None
    if cue and cat is None:
        return []  # "Sau tháng 3", "Hết quý II": words the cues do not know
    y = ctx.year
    try:
        if m.group("d"):
            first = last = datetime(y, int(m.group("dm")), int(m.group("d"))).date().isoformat()
            kind = "day"
        elif m.group("m1"):
            m1, m2 = int(m.group("m1")), int(m.group("m2") or m.group("m1"))
            if not 1 <= m1 <= m2 <= 12:
                return []
            first, last, kind = f"{y}-{m1:02d}", f"{y}-{m2:02d}", "month" if m1 == m2 else "range"
        else:
            q1, q2 = _ROMAN_Q.get(m.group("q1"), 0) or int(m.group("q1")), 0
            q2 = _ROMAN_Q.get(m.group("q2") or "", 0) or int(m.group("q2") or q1)
            if not 1 <= q1 <= q2 <= 4:
                return []
            first, last, kind = f"{y}-{3 * q1 - 2:02d}", f"{y}-{3 * q2:02d}", "quarter"
    except ValueError:
        return []
    if _before(last, ctx.date):
        return []
    s, e = a + lead + m.start(), a + lead + m.end()
    p = Period(s, e, ctx.text[s:e], first, last, kind, (s, e), (s, e))
    if cat is None and deadline and kind == "day":
        cat = "deadline"
    start, end = _encode(p, cat)
    return [(start, end, p)]


def _list_sep_len(R: _Rules, folded: str) -> int:
    """Length of a list separator (", ", " và ") at the start of ``folded``, else 0."""
    m = R.list_sep.match(folded)
    return m.end() if m else 0


def _with_next_year(ctx: _Ctx, p: Period, stop: int) -> Period:
    """"Quý III, IV/2026, 2027", "Tháng 11/2026, 2027": a month or quarter (list) that a cell
    or line goes on after with the next year alone (and nothing more) runs on into that year:
    one period from its first month to that year."""
    if p.kind not in ("month", "quarter", "range") or len(p.last) != 7:
        return p
    if (r := _DASH_YEAR.match(ctx.text, p.end, stop)) and int(r.group(1)) > int(p.last[:4]):
        # "từ quý IV/2026 - 2029": a dash and a later bare year close the range at that year
        return Period(p.start, r.end(), ctx.text[p.start : r.end()], p.first, r.group(1), "range", p.first_span,
                      r.span(1))
    rest = ctx.f(p.end, stop).rstrip(" *.;|")
    j = _list_sep_len(ctx.rules, rest)
    m = _NEXT_YEAR.match(rest, j) if j else None
    if m is None or int(m.group(1)) != int(p.last[:4]) + 1:
        return p
    e = p.end + m.end()
    return Period(p.start, e, ctx.text[p.start : e], p.first, m.group(1), "range", p.first_span, (p.end + m.start(1), e))


_DASH_YEAR = re.compile(r"[ \t]*[-–—][ \t]*((?:19|20)\d\d)(?![\d/.]\d|/)")
# folded; the year ends the cell or its line, or prose that a converter joined to the cell goes on
# after it ("Quý IV/2026, 2027 kết quả …"), never a date or a number ("2027/…", "2027,5")
_NEXT_YEAR = re.compile(r"(?:nam\s+)?((?:19|20)\d\d)(?:$|\s+(?=[^\W\d_]))")


@cache
def _status_values() -> tuple[re.Pattern[str], int]:
    r = load_rules("tables")["cells"]
    words = sorted((fold_same_length(w) for w in r.get("status_values", [])), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?!\w)"), int(r.get("status_max_words", 6))


def _reports_progress(table: Table) -> bool:
    """Whether a column of ``table`` holds mostly a task's state ("Đã hoàn thành", "Đang thực
    hiện"): a report of progress on tasks set before, not a schedule (rules/tables.toml)."""
    pat, most = _status_values()
    for j in range(len(table.roles)):
        vals = [r[j].text for r in table.rows if j < len(r) and r[j].text]
        if len(vals) >= 3:
            hits = sum(1 for v in vals if len(v.split()) <= most and pat.match(fold_same_length(v.strip(" *_."))))
            if 2 * hits >= len(vals):
                return True
    return False


def _model_table_cands(ctx: _Ctx) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Items of the time column of every task table (:attr:`Document.tables`), each labelled
    with its row's task; and the cells read (no other reader takes their dates again): the
    time cells of task tables, every cell of a dated table without tasks."""
    R, doc = ctx.rules, ctx.doc
    out: list[_Cand] = []
    cells: list[tuple[int, int]] = []
    for table in doc.tables:
        if table.column("time") is None:
            continue
        what = "task" if table.column("task") is not None else "visit"
        if table.column(what) is None or table.column("assigned_by") is not None \
                or table.column("status") is not None or _reports_progress(table):
            # a price list by day, a roll of birth dates: data, no schedule of tasks (an
            # inspection's schedule names the units it visits: each row is a visit); tasks other
            # papers set, tracked (rules/tables.toml): their deadlines are reported
            cells.extend((c.start, c.end) for row in table.rows for c in row if c.text)
            continue
        if table.kind in ("fragments", "blocks"):  # its other cells are no sentences: no label of their own
            cells.extend((c.start, c.end) for row in table.rows for c in row if c.text)
        if table.kind == "lines":  # a cell a line: every line of it is a cell (a second time column too)
            cells.extend((ln.start, ln.end) for ln in doc.lines[table.line : table.end] if ln.text)
        pair = _start_end_columns(table)
        if pair is not None:
            out.extend(_start_end_rows(ctx, table, *pair, cells))
            continue
        ti = table.column("time")
        head = table.header[ti].text if ti is not None and ti < len(table.header) else ""
        deadline_column = bool(R.deadline_label.match(fold_same_length(head.strip(" *"))))  # "Thời hạn"
        above: tuple[Cell, int] | None = None  # the last time cell read and its row's line
        day = _day_above(ctx, table)  # a day's programme under its heading: rows of clock times
        for row in table.rows:
            cell = table.get(row, "time")
            at = doc.line_at(row[0].start).idx
            if cell is None:
                cell = _merged_above(doc, table, row, ti, above, at)
                if cell is None:
                    above = None
                    continue
            else:
                cells.append((cell.start, cell.end))
            above = (cell, at)
            task = table.get(row, what)
            if task is None or task is cell or len(task.text.split()) < 2:
                continue
            product = table.get(row, "product")
            if product is not None and product is not cell and R.row_done.search(fold_same_length(product.text.lower())):
                continue  # "Kế hoạch (đã thực hiện)": a row its product marks as done
            label = clean_value(_BULLET_LEAD.sub("", task.text))
            if len(label) > 160:
                label = clean_value(label[:160].rsplit(" ", 1)[0])
            reads = _read_time_cell(ctx, cell.start, cell.end, deadline_column)
            if not reads and day is not None and (clock := find_times(ctx.text, cell.start, cell.end)):
                # "7h00 - 7h15 | … | Khai mạc …" under "NGÀY 1: THỨ HAI, NGÀY 24/8/2026": the row
                # is held that day, from its first clock time
                t0, t1, hhmm = clock[0]
                out.append(_Cand(day.first, day.last, hhmm, label, "table", R.conf["table"], day,
                                 doc.line_at(cell.start).idx, (cell.start, cell.end), (task.start, task.end),
                                 (t0, t1)))
                continue
            for start, end, p in reads:
                # every row stays, even one due in a year before the document's: a programme
                # adopted in February lists what was due the year before as its schedule (overdue,
                # not history); a table that reports progress was left out above
                out.append(_Cand(start, end, None, label, "table", R.conf["table"], p, doc.line_at(cell.start).idx,
                                 (cell.start, cell.end), (task.start, task.end), None))
    return out, cells


# a list's dash or bullet opening a task cell ("- Rà soát …"): no part of the task's label
_BULLET_LEAD = re.compile(r"^[\s*_]*[-–+•][ \t]+")


def _day_above(ctx: _Ctx, table: Table) -> Period | None:
    """The one day a table's heading names ("NGÀY 1: THỨ HAI, NGÀY 24/8/2026" over the day's
    programme): read from the few lines right above the table, up to the text before it. None
    where those lines name no day or more than one."""
    doc = ctx.doc
    first = table.header[0].start if table.header else table.rows[0][0].start if table.rows else None
    if first is None:
        return None
    idx = doc.line_at(first).idx
    seen = 0
    for i in range(idx - 1, max(-1, idx - 6), -1):
        t = doc.lines[i].text.strip()
        if not t or set(t) <= set("-_=*|: "):
            continue  # blank lines and drawn rules between the heading and its table
        seen += 1
        ps = find_periods(ctx.text, doc.lines[i].start, doc.lines[i].end)
        if len(ps) == 1 and ps[0].kind == "day" and len(t) <= 80:
            return ps[0]
        if seen >= 2:
            break
    return None


@cache
def _start_end_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = load_rules("timeline")["tables"]
    return (re.compile(rf"(?<!\w)(?:{_alts(t['start_columns'])})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{_alts(t['end_columns'])})(?!\w)"))


def _start_end_columns(table: Table) -> tuple[int, int, int] | None:
    """(start column, end column, rows to skip) of a schedule written in two columns side by side
    ("Thời gian bắt đầu | Thời gian kết thúc"), one of them the table's time column; or under a
    merged "Thời gian" whose parts ("Bắt đầu | Kết thúc") the converter put in the first row."""
    starts, ends = _start_end_words()
    heads = [fold_same_length(c.text.strip(" *")) for c in table.header]
    sub = [fold_same_length(c.text.strip(" *")) for c in table.rows[0]] if table.rows else []
    for rows, names in ((0, heads), (1, sub)):
        for j in range(len(names) - 1):
            if (starts.search(names[j]) and not ends.search(names[j]) and ends.search(names[j + 1])
                    and "time" in table.roles[j : j + 2]):
                return j, j + 1, rows
    return None


def _start_end_rows(ctx: _Ctx, table: Table, si: int, ei: int, skip: int,
                    cells: list[tuple[int, int]]) -> list[_Cand]:
    """One item per row of a two-column schedule: from its start cell's first date to its end
    cell's last (either alone: an open start, or a deadline)."""
    R, doc = ctx.rules, ctx.doc
    out: list[_Cand] = []
    for row in table.rows[skip:]:
        a = row[si] if si < len(row) and row[si].text else None
        b = row[ei] if ei < len(row) and row[ei].text else None
        task = table.get(row, "task")
        cells.extend((c.start, c.end) for c in (a, b) if c is not None)
        if task is None or len(task.text.split()) < 2 or (a is None and b is None):
            continue
        first = [p for _, _, p in _read_time_cell(ctx, a.start, a.end)] if a else []
        last = [p for _, _, p in _read_time_cell(ctx, b.start, b.end)] if b else []
        if not first and not last:
            continue
        p0, p1 = (first[0] if first else None), (last[-1] if last else None)
        start, end = (p0.first if p0 else None), (p1.last if p1 else None)
        if start and end and end < start:
            continue
        if end is not None and ctx.year is not None and int(end[:4]) < ctx.year:
            continue  # over before the document's year: history
        lo, hi = p0 or p1, p1 or p0
        if lo is None or hi is None:
            continue
        p = Period(lo.start, hi.end, ctx.text[lo.start : hi.end], lo.first, hi.last, "range", lo.first_span, hi.last_span)
        label = clean_value(_BULLET_LEAD.sub("", task.text))
        if len(label) > 160:
            label = clean_value(label[:160].rsplit(" ", 1)[0])
        at = lo.start
        out.append(_Cand(start, end, None, label, "table", R.conf["table"], p, doc.line_at(at).idx,
                         (lo.start, hi.end), (task.start, task.end), None))
    return out


def _merged_above(doc: Document, table: Table, row: tuple[Cell, ...], ti: int | None,
                  above: tuple[Cell, int] | None, at: int) -> Cell | None:
    """The time cell a row shares with the row above: in pipe rows written without outer pipes
    (a converter's docx table), a cell merged over several rows is written in the first and left
    empty in the others. Only for the row on the next line after a row with its time (a section
    row between, "2 | Thẩm định …", has a time cell of its own and ends the run). Written one cell a
    line, a row whose cells stop before its time column shares the time of the row above (the
    merged cells were written once)."""
    if ti is None or above is None or table.kind:
        return None
    h = table.header
    one_a_line = len(h) > 1 and doc.line_at(h[0].start).idx != doc.line_at(h[1].start).idx
    if ti >= len(row):
        return above[0] if one_a_line and len(row) >= 2 else None
    if one_a_line and not row[ti].text and row[ti].start == row[ti].end:
        # one cell a line, the row's own cells aligned after the merged ones (the reader's
        # empty stand-in where the time column is): the time of the row above
        return above[0]
    if row[ti].text or at != above[1] + 1:
        return None
    if doc.lines[table.line].text.lstrip().startswith("|"):
        # outer pipes (markdown): an empty cell is written as one — a row written with fewer
        # cells than the header left its leading ones to the rows above (rowspan; the reader
        # set its own cells last, :func:`pipeline.segment._aligned`)
        own = doc.line_at(row[-1].start).text.strip().strip("|").count("|") + 1
        return above[0] if own < len(h) and row[ti].start == row[ti].end else None
    return above[0]


def _restates_row(c: _Cand, rows: list[_Cand]) -> bool:
    """Does the body item ``c`` restate a task table's row (same period, the row's task in its
    words)? Plans often repeat an annexed task in the text ("… xong trong quý II năm 2026")."""
    if not rows:
        return False
    least = float(load_rules("timeline")["tables"]["restated_similarity"])
    a = collapse(c.label.lower())
    return any(
        _same_schedule(c, r) and a and fuzz.partial_ratio(a, collapse(r.label.lower())) >= least
        for r in rows
    )


def _same_schedule(c: _Cand, r: _Cand) -> bool:
    """The same period, or the body's coarser open start of a row that runs over years ("Từ năm
    2026, từng bước …" restating a row "Từ quý III/2026 đến quý III/2030")."""
    if (r.start, r.end) == (c.start, c.end):
        return True
    return c.end is None and c.start is not None and r.start is not None and r.end is not None \
        and len(c.start) < len(r.start) and r.start.startswith(c.start) and r.end[:4] > r.start[:4]


def _next_month(ym: str) -> str:
    y, m = int(ym[:4]), int(ym[5:7])
    return f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}"


def _join_across_year(ctx: _Ctx, periods: list[Period]) -> list[Period]:
    """Two quarters or months listed one after the other by a comma across the turn of a year,
    each with its year ("Quý IV/2025, Quý I/2026"), as one period: consecutive stretches named as
    one list are one span of work (as "Quý I, II/2026" within a year). Joined by "và" they stay
    two ("trong tháng 12/2025 và tháng 01/2026": two sessions)."""
    out: list[Period] = []
    for p in periods:
        q = out[-1] if out else None
        if (
            q is not None and q.kind == p.kind and p.kind in ("quarter", "month") and len(q.last) == 7
            and len(p.first) == 7 and p.first[:4] > q.last[:4] and _next_month(q.last) == p.first
            and 0 < p.start - q.end <= 8 and ctx.f(q.end, p.start).strip() == ","
        ):
            out[-1] = Period(q.start, p.end, ctx.text[q.start : p.end], q.first, p.last, "range", q.first_span,
                             p.last_span)
            continue
        out.append(p)
    return out


def _join_years(ctx: _Ctx, periods: list[Period]) -> list[Period]:
    """Two years joined by "và" ("trong cuối năm 2025 và đầu năm 2026") as one period of years."""
    out: list[Period] = []
    for p in periods:
        q = out[-1] if out else None
        if (
            q is not None and q.kind == "year" and p.kind == "year" and q.first < p.first
            and 0 < p.start - q.end <= 20
            and (m := ctx.rules.year_join.match(ctx.f(q.end, p.start))) is not None and m.end() == p.start - q.end
        ):
            out[-1] = Period(q.start, p.end, ctx.text[q.start : p.end], q.first, p.last, "years", q.first_span,
                             p.last_span)
            continue
        out.append(p)
    return out


def _join_open_periods(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """An open start followed closely by a deadline ("bắt đầu từ ngày 05/9/2023; kết thúc trước
    ngày 13/01/2024") is one period."""
    out: list[_Cand] = []
    skip = False
    for k, c in enumerate(cands):
        if skip:
            skip = False
            continue
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        gap = nxt.period.start - c.period.end if nxt is not None else -1
        if (
            nxt is not None and c.start is None and c.end is not None and nxt.start is not None and nxt.end is None
            and 0 <= gap <= 120 and c.cue in ctx.rules.bounds and c.cue not in ctx.rules.lower_bounds
            and nxt.cue in ctx.rules.lower_bounds and c.sent[1] >= nxt.period.end and not _before(c.end, nxt.start)
        ):
            # "không muộn hơn ngày Y …, không sớm hơn ngày X …": the bounds of one window, the
            # upper one written first (one day when both name the same one)
            nxt.end = c.end
            nxt.sent = (min(c.sent[0], nxt.sent[0]), max(c.sent[1], nxt.sent[1]))
            nxt.label, nxt.label_span = c.label, c.label_span
            out.append(nxt)
            skip = True
            continue
        if (
            nxt is not None and c.start is not None and c.end is None and nxt.end is not None
            and not _before(nxt.end, c.start)
            and (nxt.start is None or (nxt.start == nxt.end and nxt.period.single))
            and (
                (0 <= gap <= 60 and nxt.start is None and ctx.rules.joiners.match(ctx.f(c.period.end, nxt.period.start)))
                # "bắt đầu từ ngày X, kết thúc vào ngày Y": the end is a day of its own, said to end it
                or (0 <= gap <= 60 and nxt.start is not None
                    and ctx.rules.end_joiners.match(ctx.f(c.period.end, nxt.period.start)))
                # "không sớm hơn ngày X …, không muộn hơn ngày Y": the bounds of one window
                or (0 <= gap <= 120 and nxt.start is None and c.cue in ctx.rules.lower_bounds
                    and nxt.cue in ctx.rules.bounds and c.sent[1] >= nxt.period.end)
            )
        ):
            c.end = nxt.end
            c.period = Period(c.period.start, nxt.period.end, ctx.text[c.period.start : nxt.period.end], c.period.first,
                              nxt.period.last, "range", c.period.first_span, nxt.period.last_span)
            c.sent = (c.sent[0], max(c.sent[1], nxt.sent[1]))
            skip = True
        out.append(c)
    return out


# ---------------------------------------------------------------- entry point


# a task numbered inside its paragraph ("a) Bộ A: (1) …; (2) … trước ngày …; (3) …"), its
# number in parentheses, bold or not, after a colon, a semicolon or the paragraph's start
_INLINE_TASK = re.compile(r"(?:^|[:;.]\s*)[*_]*\((\d{1,2})\)[*_]*\s")


def _inline_task(ln: Line, at: int) -> tuple[int, int] | None:
    """The task numbered inside the line's paragraph (from (1) on, two at least) whose words
    hold offset ``at``: its number and where its words start; None where there is none."""
    return next(((n, ln.start + e) for n, s, e in reversed(_inline_marks(ln.text)) if ln.start + s <= at), None)


@per_text_cache(4096)
def _inline_marks(text: str) -> tuple[tuple[int, int, int], ...]:
    """(number, its mark's offset, where the task's words start) of each task numbered inside the
    paragraph ``text``, offsets in ``text``; () where it numbers none so (the dedupe and the
    labels ask it of the same lines again: cached per text)."""
    if "(" not in text:
        return ()
    marks = tuple((int(m.group(1)), m.start(1) - 1, m.end()) for m in _INLINE_TASK.finditer(text))
    if len(marks) < 2 or [n for n, _s, _e in marks] != list(range(1, len(marks) + 1)):
        return ()
    return marks


def _task_item(ctx: _Ctx, c: _Cand) -> int | tuple[int, int] | None:
    """The enumerated task paragraph ("a) …", "2. …") the item was read from, if its line is one
    (a paragraph ending with a colon introduces sub-items: no task of its own); a task numbered
    inside the paragraph ("(1) …; (2) …") is one of its own."""
    if c.rule == "table":
        # a task table's row is a task of its own (rows that share a merged time cell too)
        return -1 - ctx.doc.line_at(c.label_span[0]).idx
    ln = ctx.doc.lines[c.line]
    if ln.text.rstrip(" *_").endswith(":"):
        return None
    if (task := _inline_task(ln, c.period.start)) is not None:
        return (ln.idx, task[0])
    if ctx.rules.task_marker.match(ln.text):
        return ln.idx
    if BULLET.match(ln.text) and ":" in ctx.text[ln.start : c.period.start] and not ctx.labels.get(ln.idx):
        return ln.idx  # "- Trưng bày sách: từ 20/4 đến 23/4/2024": a listed activity with its own time
    if c.rule == "target" and c.cue and collapse(ctx.f(ctx.content_start(ln), c.period.start, ln)).strip(" *_-+•") == c.cue:
        return ln.idx  # "Đến năm 2030, giải quyết …": a paragraph that opens with its horizon is that target
    if BULLET.match(ln.text) and c.rule == "deadline":
        return ln.idx  # "- Nghiên cứu … Hoàn thành trước năm 2025.": a listed task with its own deadline
    if ln.idx in ctx.labels and not ctx.labels[ln.idx][1]:
        # "6. Hoạt động trồng rừng" / "Thời gian (dự kiến): Ngày 22/8/2021": the time field of a
        # numbered activity is that activity's (two activities on one day are two items)
        # (only the activity's one dated line: a section listing dated activities — "- Lễ khai
        # mạc: …", "- Trưng bày: …" — restates one of them in its time field)
        sec = _innermost_section(ctx, ln.idx)
        if sec is not None and sec.line != ln.idx and ctx.rules.task_marker.match(ctx.doc.lines[sec.line].text) \
                and sum(1 for x in ctx.doc.lines[sec.line + 1 : sec.end] if _DATEISH.search(x.text)) == 1:
            return (sec.line, -1)
    return None


_DATEISH = re.compile(r"\d{1,2}\s*/\s*\d{1,2}|(?i:tháng|năm)\s+\d{1,4}")


def _innermost_section(ctx: _Ctx, i: int) -> Section | None:
    """The innermost section holding line ``i`` (its heading's line included)."""
    starts, secs, parent = _section_tree(ctx)
    k = bisect_right(starts, i) - 1
    while k >= 0 and not (secs[k].line <= i < secs[k].end):
        k = parent[k]
    return secs[k] if k >= 0 else None


_RESTATED = 70  # a task restated elsewhere (the same work, other words around it) by partial_ratio


# two task paragraphs with one deadline whose labels differ only in a word or two (a notice
# restating its deadline for each group it addresses) are one item
# (labels long enough to tell a task: two short ones, "trình Thường trực …", may be two tasks' ends)
_SAME_TASK = 95
_SAME_TASK_LEN = 40


def _dedupe(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """One item per date in a sentence; one per single day/day range (unless named by different
    task paragraphs) and per target year."""
    by_sent: dict[tuple[int, frozenset[str]], _Cand] = {}
    order: list[tuple[int, frozenset[str]]] = []
    for c in cands:
        # (a table's row by its task: rows sharing a merged time cell read the same cell)
        key = (c.label_span[0] if c.rule == "table" else c.sent[0], frozenset(x for x in (c.start, c.end) if x))
        if key not in by_sent:
            by_sent[key] = c
            order.append(key)
        elif c.conf > by_sent[key].conf:
            by_sent[key] = c
    kept = [by_sent[k] for k in order]
    # target horizons of the text ("đến năm 2030"); a task table's rows are tasks of their own
    targets = {c.end for c in kept if c.start is None and c.end and len(c.end) == 4 and c.rule not in ("from_now", "table")}
    # … of which the far horizons (a year's own deadline, "đến hết năm 2019", is none)
    horizons = {c.end for c in kept if c.start is None and c.end in targets and c.rule != "deadline"}
    others: dict[tuple[str | None, str | None], set[int | tuple[int, int] | None]] = {}
    for c in kept:
        if c.rule != "year_goal":
            others.setdefault((c.start, c.end), set()).add(_task_item(ctx, c))
    out: list[_Cand] = []
    seen: dict[tuple[str | None, str | None], set[int | tuple[int, int] | None]] = {}
    spans = {s.line: (s.line, s.end) for s in ctx.sections or ()}
    scopes: dict[tuple[str | None, str | None], list[tuple[int, int]]] = {}
    kinds: dict[tuple[str | None, str | None], set[str]] = {}
    for c in kept:
        key = (c.start, c.end)
        # a day, a day range, a deadline or a start on a day: one event however often restated,
        # unless each mention is a task paragraph of its own (two activities on one day)
        day_level = all(x is None or len(x) == 10 for x in key) and key != (None, None)
        item = _task_item(ctx, c)
        if item is None and c.rule == "target_heading":
            item = c.line  # a heading that sets a horizon ("II. MỤC TIÊU … ĐẾN NĂM 2030") is one of its own
        # (two sittings of one day at their own clock times are two events: "buổi sáng … bắt
        # đầu từ 08h00", "buổi chiều … bắt đầu từ 13h30"
        # — not in minutes, whose clock times record what was done that day)
        other_time = (day_level and c.time is not None and ctx.own_type != _MINUTES
                      and all(o.time != c.time for o in out if (o.start, o.end) == key))
        if key in seen and not other_time and day_level and any(
                (o.start, o.end) == key and min(len(c.label), len(o.label)) >= _SAME_TASK_LEN
                and fuzz.ratio(c.label, o.label) >= _SAME_TASK for o in out):
            continue  # the same task restated for another group ("… bậc 3 trước ngày …" / "… bậc 4 …")
        if key in seen and not other_time:
            if day_level and (item is None or item in seen[key] or (None in seen[key] and not (
                    c.rule == "deadline" and kinds[key] == {"deadline"}
                    and not any(fuzz.partial_ratio(c.label, o.label) >= _RESTATED for o in out if (o.start, o.end) == key)))):
                # (task paragraphs of their own that share a deadline keep it each, also after
                # an unmarked paragraph gave it: a Government resolution's tasks often do)
                continue
            if item is None and any(a < c.line < b for a, b in scopes.get(key, ())):
                continue  # a heading's period restated by the text under it
            own_deadline = c.rule == "deadline" and item is not None and item not in seen[key]
            # (a labelled time of its own — "1. Thời gian: từ nay đến năm 2030" — is the plan's
            # period, not its target restated)
            labelled = c.rule == "label" and item is not None and item not in seen[key]
            if not day_level and not own_deadline and not labelled and c.start is None and c.end in targets and (
                    item is None or item in seen[key] or None in seen[key] or kinds[key] != {c.rule}
                    or any(a < c.line < b for a, b in scopes.get(key, ()))):
                # the horizon restated (within the section whose heading set it), unless each
                # mention is a parallel one of its own: task paragraphs of one list ("e) Đến năm
                # 2020, …", "g) Đến năm 2020, …"), or headings ("II. MỤC TIÊU ĐẾN NĂM 2030", "2.
                # Nhiệm vụ theo lộ trình đến năm 2030")
                continue
        if c.rule == "year_goal" and (key in seen or key in others):
            # the year's target restated (or an item of its own for that year), unless a task
            # paragraph of its own sets it
            item = _task_item(ctx, c)
            named = seen.get(key, set()) | others.get(key, set())
            if item is None or item in named or None in seen.get(key, set()):
                continue
        year = key[0] or key[1]
        if (year is not None and len(year) == 4 and all(x in (None, year) for x in key) and key != (None, year)
                and any(a < c.line < b for a, b in scopes.get((None, year), ()))):
            continue  # "1. Phấn đấu đến cuối năm 2025 đạt …:" / "- Chỉ tiêu 1: … vào năm 2025": its targets restate its year
        if (c.start is not None and c.start == c.end and c.start in horizons and c.rule not in ("table", "period_heading")
                and (ctx.year is None or int(c.start[:4]) > ctx.year)):
            continue  # "vào năm 2030" restates the far horizon "đến năm 2030"
        seen.setdefault(key, set()).add(item)
        kinds.setdefault(key, set()).add(c.rule)
        if c.line in spans:
            scopes.setdefault(key, []).append(spans[c.line])
        out.append(c)
    return out


@cache
def _own_effect_from() -> re.Pattern[str]:
    """"(kể) từ ngày Nghị định này có hiệu lực (thi hành) đến hết ngày 31/12/2030": a period that
    opens when the document itself takes effect (on folded text; the self-reference and the
    verbs of effect are rules/timeline.toml [effect]'s)."""
    e = load_rules("timeline")["effect"]
    return re.compile(rf"(?:{_alts(['kể từ', 'từ'])})\s+ngay\s+(?:[^\W\d_]+\s+){{1,3}}"
                      rf"(?:{_alts(e['self_reference'])})\s+(?:{_alts(e['self_verbs'])})")


def _from_own_effect(ctx: _Ctx, cands: list[_Cand]) -> None:
    """A deadline whose clause opens "từ ngày <this document> có hiệu lực" starts on the day the
    document's own entry into force gives (its one dated effect item); unknown, it stays open."""
    effects = {(c.start, c.period.first_span) for c in cands if c.rule == "effect" and c.start and c.start == c.end}
    if len(effects) != 1:
        return
    (day, span), = effects
    for c in cands:
        if c.start is not None or c.end is None or c.rule == "effect":
            continue
        ln = ctx.doc.lines[c.line]
        if _own_effect_from().search(ctx.f(ln.start, c.period.start, ln)) and day <= c.end:
            c.start, c.start_span = day, span


def _without_framing_periods(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """Less a month, quarter or year that only frames the deadline right after it ("Ngay trong
    tháng 12 năm 2014, chậm nhất đến ngày 30 tháng 12 năm 2014, hoàn tất …"): the task has one
    date, the deadline, and the period around it says when within it falls due."""
    out: list[_Cand] = []
    for k, c in enumerate(cands):
        n = cands[k + 1] if k + 1 < len(cands) else None
        if (
            n is not None and c.start is not None and c.start == c.end and len(c.end or "") < 10
            and n.start is None and n.end is not None and n.end.startswith(c.end or "\0")
            and n.cut > c.period.end and _only_cue(ctx, collapse(ctx.f(c.period.end, n.cut)).strip(" ,;"), n.cue)
        ):
            continue
        out.append(c)
    return out


def _only_cue(ctx: _Ctx, between: str, cue: str | None) -> bool:
    """``between`` (folded) holds nothing but the deadline's cue, perhaps after another deadline
    cue ("chậm nhất đến" read as the cue "đến")."""
    if not between or between == cue:
        return True
    if not cue or not between.endswith(cue):
        return False
    rest = between[: -len(cue)].strip()
    return ctx.rules.cue_kind.get(rest) == "deadline"


def extract_timeline(doc: Document, prov: Prov) -> list[dict[str, Any]]:
    """Timeline items ``{start, end, time, label}``, in text order: the body's schedule, the
    event a preamble opens with ("Ngày 18 tháng 11 năm 2025, tại …"), and the schedule column
    of task tables in annexes (never dates of templates, Nơi nhận or the signature)."""
    ctx = _context(doc)
    tabled, time_cells = _model_table_cands(ctx)
    starts = sorted(time_cells)

    def in_time_cell(p: Period) -> bool:
        k = bisect_right(starts, (p.start, len(doc.text))) - 1
        return k >= 0 and starts[k][0] <= p.start < starts[k][1]

    cands: list[_Cand] = []
    att = (doc.lines[ctx.attached.start].start, doc.lines[ctx.attached.stop - 1].end) if ctx.attached else None
    for zone, span in (("preamble", doc.part_span("preamble")), ("body", doc.part_span("body")), ("body", att)):
        if span is None:
            continue
        periods = _with_year_parts(ctx, _with_spaced_dates(ctx, find_periods(doc.text, *span), *span), *span)
        periods = _join_years(ctx, _with_bare_days(ctx, _with_lists(ctx, _with_bare_first_bounds(ctx, periods), *span)))
        periods = _with_day_lists(ctx, _join_across_year(ctx, periods))
        if zone == "body":
            periods = _with_doc_year(ctx, _with_labelled_years(ctx, periods, *span), *span)
        for p in _cell_ranges(ctx, periods):
            if in_time_cell(p):
                continue  # read with its row (the task tables below)
            p = _with_next_year(ctx, p, doc.line_at(p.start).end)
            c = _classify(ctx, p, zone)
            if c is None and zone == "body" and cands:
                c = _listed_after(ctx, cands[-1], p) or _day_of_same_item(ctx, cands[-1], p)
            if c is not None:
                cands.extend(_split_day_pair(ctx, _own_start(ctx, c)))
        if zone == "preamble":
            met = [c.start for c in cands if c.rule == "preamble_event" and c.start]
            if met and ctx.date is not None and min(met) < ctx.date:
                # a notice records what a meeting concluded: its deadlines run from the meeting,
                # so only what ends before the meeting is history
                ctx.date = min(met)
    cands.sort(key=lambda c: c.period.start)
    # labels: a label stops at the neighbouring items' dates ("Báo cáo sơ kết … vào tháng 12
    # năm 2025, tổng kết … vào tháng 12 năm 2030"); a time field's item is its section's task
    for k, c in enumerate(cands):
        lo = cands[k - 1].period.end if k else 0
        hi = cands[k + 1].period.start if k + 1 < len(cands) else len(doc.text)
        sent = (max(c.sent[0], lo), min(c.sent[1], hi))
        if (task := _inline_task(doc.lines[c.line], c.period.start)) is not None:
            sent = (max(sent[0], task[1]), sent[1])  # "(7) chủ trì … trước ngày …": the task's own words
        c.label, c.label_span = _label(ctx, doc.lines[c.line], c.period, sent, c.cut)
        if c.rule == "label":
            sec = _section_label(ctx, c.line)
            if sec:
                c.label, c.label_span = sec
        same_list = k and (cands[k - 1].period.start, cands[k - 1].period.end) == (c.period.start, c.period.end)
        if k and (c.second_day or same_list):  # "tháng 4, tháng 8/2026": the months of one list
            c.label, c.label_span = cands[k - 1].label, cands[k - 1].label_span
    cands = _period_heading_cands(ctx, _join_open_periods(ctx, _without_framing_periods(ctx, cands)))
    cands.extend(c for c in _table_cands(ctx, "appendix") if not in_time_cell(c.period))
    taken = {(c.period.start, c.period.end) for c in cands}
    cands.extend(c for c in _flat_table_cands(ctx, "appendix") if (c.period.start, c.period.end) not in taken)
    cands = [c for c in cands if not _restates_row(c, tabled)]
    cands.extend(tabled)
    _from_own_effect(ctx, cands)
    items: list[dict[str, Any]] = []
    for i, c in enumerate(_dedupe(ctx, cands)):
        items.append({"start": c.start, "end": c.end, "time": c.time, "label": c.label})
        path = f"timeline[{i}]"
        has_label = c.label_span[1] > c.label_span[0]
        a = min(c.sent[0], c.period.start, c.label_span[0] if has_label else c.sent[0])
        b = max(c.sent[1], c.period.end, c.label_span[1] if has_label else c.sent[1])
        if c.start_span is not None:  # a start read elsewhere (the document's own entry into force)
            a, b = min(a, c.start_span[0]), max(b, c.start_span[1])
        prov.add(path, a, b, c.conf, c.rule)
        if c.start is not None:
            prov.add(f"{path}.start", *(c.start_span or c.period.first_span), c.conf, c.rule)
        if c.end is not None:
            prov.add(f"{path}.end", *(c.end_span or c.period.last_span), c.conf, c.rule)
        if c.time is not None and c.time_span is not None:
            prov.add(f"{path}.time", *c.time_span, c.conf, c.rule)
        if c.label and has_label:
            prov.add(f"{path}.label", *c.label_span, c.conf * 0.8, c.rule)
    return items
