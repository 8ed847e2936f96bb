"""``responsible_units``: the units the document assigns work to, with their tasks.

Where work is assigned
    The implementation part ("Tổ chức thực hiện", "Phân công nhiệm vụ", "Trách nhiệm …") —
    every such section of the body, not only the one the segmenter picked — and any section
    whose numbered sub-headings are mostly unit names ("II. NỘI DUNG THỰC HIỆN" / "1. Sở Y tế" /
    "2. …"). Headings wrapped by the converter ("IV." / "PHÂN CÔNG NHIỆM VỤ", "2. Sở" /
    "Tài chính") are re-joined here, so this does not depend on the normalizer having done it.
    Documents without such a section (công văn, thông báo kết luận) assign work in sentences:
    "giao Bộ Nội vụ chủ trì …", "đề nghị các Thuế tỉnh … khẩn trương …", "Bộ Xây dựng khẩn
    trương rà soát …". A quyết định's articles set rules, so there only the execution clause
    counts ("Chánh Văn phòng …; Thủ trưởng các sở, ban, ngành … chịu trách nhiệm thi hành Quyết
    định này"). Task tables in the body ("Đơn vị chủ trì: Sở Tư pháp") name the unit in charge of
    the task above them (the co-operating units are not assignees); task tables in columns are
    read from the document model (:attr:`Document.tables`: pipe rows, one cell a line), the
    lead column naming the units of the row's task; a task list written as prose names its
    lead in brackets after the task ("(Cơ quan chủ trì: Sở A; …)", "(Sở B chủ trì, phối hợp
    …)"). A section that describes a body's make-up ("Lãnh đạo Sở", "Cơ cấu tổ chức") names
    offices without assigning them work.

How a line names its units
    * a numbered sub-heading that is only the name(s) — "1. Sở Xây dựng", "4. Đề nghị Ủy ban Mặt
      trận … và các Đoàn thể" — with its tasks in the lines below;
    * "Units: tasks" — "Đề nghị UBMTTQ xã, Ban xây dựng Đảng, …: Phối hợp …";
    * a sentence whose subject is the unit — "Sở Tài chính chủ trì, phối hợp …": the name ends
      before the first action verb. Multi-syllable verbs are matched whole; a one-syllable one
      (``lập``, ``trình``, ``giao``, ``dự``) is confirmed by word segmentation of a few words
      around it (:mod:`pipeline.wordseg`), so that ``lập`` in ``thành lập`` or ``trình`` in
      ``chương trình`` is no verb — the only place where word boundaries decide, and cheap;
    * after an assigning cue — "Giao …", "Đề nghị …", "Yêu cầu …" — or a relaying verb
      ("Ủy ban nhân dân tỉnh giao Giám đốc các sở …").
    A list yields one item per unit. It is split on ``;``, commas and ``và`` while collectives
    ("Các Sở, ban, ngành, đoàn thể cấp tỉnh", "Thủ trưởng các Vụ, Cục, đơn vị có liên quan"),
    lists of levels ("tỉnh, thành phố trực thuộc trung ương") and field names stay whole — the
    ministries' and departments' fields are a public list kept in ``rules/bodies.toml``
    (:mod:`pipeline.bodies`), so "Sở Văn hóa, Thể thao và Du lịch" is never cut — and a shared
    head is distributed up to its ``;``, with a role before it ("các Tập đoàn: A, B" → "Tập đoàn
    A", "Tập đoàn B"; "Giám đốc các sở: Y tế, Tư pháp" → "Giám đốc Sở Y tế", …). Pieces of
    clauses ("Các cơ quan được", a name holding a date) are no units (:func:`bodies.is_fragment`).

Sections of duties and letters
    A heading "Trách nhiệm của X" (at any level, an article's title included) is a section whose
    unit is X; officers or bodies it charges by name ("a) Chủ tịch Quỹ có trách nhiệm …") are
    units of their own, and X, grouping them only, is dropped when it keeps no task. A letter may
    open with a short section of common duties before its run of unit paragraphs: both are read.
    A person named before a role ("Ông A - Trưởng đoàn: …") gives the role; a locality that is
    the subject of "cần"/"phải" in a notice of conclusions is a unit (not in its appraisal
    section — which ends at the sentence handing its list of tasks to its subject: "Để …, tỉnh
    A cần tập trung thực hiện … sau đây:"); a subject that only asks ("X đề nghị điều chỉnh …")
    is not assigned.

Attachments, chapters and notices
    A decision that issues a Quy chế or a Kế hoạch ("Ban hành kèm theo Quyết định này …", "(có
    Kế hoạch chi tiết kèm theo)", or the attached text's own "(Kèm theo Quyết định số …)")
    carries it after its signature: its implementation sections and task list assign work as the
    body's would, up to its annexes. In an implementation chapter only the articles whose titles
    assign work count ("Trách nhiệm …", "Điều khoản thi hành"); articles of rules (Kinh phí,
    chuyển tiếp, khiếu nại) give only the bodies they charge by the formula or put in charge. A
    notice addresses localities by lists ("Các tỉnh A, B", "Ủy ban nhân dân các tỉnh, thành phố:
    A, B", "Thành phố A, tỉnh B đẩy nhanh …"): one unit per locality. The issuer telling what it
    does itself, outside those sections, is not assigned.

Names are written out in full (``UBND`` → ``Ủy ban nhân dân``, and abbreviations the document
defines itself: "vật liệu nổ công nghiệp (VLNCN)"), without parenthesised
examples, first letter capitalised. The same unit named twice is one item with both sets of
tasks. All word lists are data: ``rules/units.toml`` (and ``rules/orgs.toml`` heads).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from .. import bodies, wordseg
from ..antecedents import antecedents
from ..attested_names import attested_extension
from ..caching import per_text_cache, word_cache
from ..defined_names import defined_groups, defined_names, full_name, group_members, plain_words
from ..fragment_tables import cell_text as fragment_cell_text
from ..fragment_tables import continues as fragment_continues
from ..fragment_tables import members as fragment_members
from ..initialisms import spelled_out
from ..lexicon import expand_abbreviations, opens_ground, org_heads
from ..provenance import Prov
from ..resources import load_rules
from ..segment import (
    AUTHORITY,
    BULLET,
    PERSON_NAME,
    Cell,
    Document,
    Line,
    _is_appendix_heading,
    _is_date_cell,
    opens_with_type,
    parse_heading,
)
from ..textutil import (
    clean_value,
    collapse,
    fold,
    is_upper_line,
    phrase_pattern,
    phrases_alternation,
)
from . import unit_sites

Phrase = tuple[str, ...]  # word keys

# ---------------------------------------------------------------------------- word keys

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_EDGE_PUNCT = ",;:.()[]“”\"'«»…!?"


@word_cache(65536)
def _wkey(word: str) -> str:
    """Case-folded word with its tone mark moved to the end: ``hoà``/``hòa``, ``đoàn``/``đòan``
    compare equal (documents and converters place the mark differently)."""
    nfd = unicodedata.normalize("NFD", word.casefold())
    tones = [c for c in nfd if c in _TONES]
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    return base + (tones[0] if tones else "")


def _pkey(phrase: str) -> Phrase:
    # (a comma in a phrase, "Trách nhiệm, quyền hạn của", is a word's trail in the text: noted
    # for :func:`_match`, which lets a phrase run across it there)
    words = [w for w in phrase.split() if w.rstrip(",")]
    key = tuple(_wkey(w.rstrip(",")) for w in words)
    commas = frozenset(n for n, w in enumerate(words) if w.endswith(","))
    if commas:
        _COMMA_AT[key] = commas
    return key


# phrase → the positions of its words a comma follows; the title phrases among them
_COMMA_AT: dict[Phrase, frozenset[int]] = {}
_COMMA_TITLES: set[Phrase] = set()


_CAC = _wkey("các")
_GLUE = frozenset(_wkey(w) for w in ("và", "các", "cùng", "với", "của"))


# ---------------------------------------------------------------------------- lexicons


def _index(phrases: list[str] | tuple[str, ...], titles: bool = False) -> dict[str, tuple[Phrase, ...]]:
    """First word key → phrases starting with it, longest first. ``titles``: phrases that open a
    title, which :func:`_starts_with` may read across their commas too."""
    out: dict[str, set[Phrase]] = {}
    for p in phrases:
        k = _pkey(p)
        if k:
            out.setdefault(k[0], set()).add(k)
            if titles and k in _COMMA_AT:
                _COMMA_TITLES.add(k)
    return {f: tuple(sorted(v, key=len, reverse=True)) for f, v in out.items()}


@dataclass(frozen=True)
class _Lex:
    heads: dict[str, tuple[Phrase, ...]]
    levels: frozenset[Phrase]
    complement: frozenset[Phrase]
    categories: frozenset[Phrase]
    cat_index: dict[str, tuple[Phrase, ...]]
    not_heads: frozenset[Phrase]
    cues: dict[str, tuple[Phrase, ...]]
    topic_cues: dict[str, tuple[Phrase, ...]]
    honorifics: dict[str, tuple[Phrase, ...]]
    delegate: dict[str, tuple[Phrase, ...]]
    heading_cues: frozenset[Phrase]
    duty_heads: dict[str, tuple[Phrase, ...]]
    relay: dict[str, tuple[Phrase, ...]]
    intro: dict[str, tuple[Phrase, ...]]
    consequence: dict[str, tuple[Phrase, ...]]
    topic: dict[str, tuple[Phrase, ...]]
    localities: dict[str, tuple[Phrase, ...]]
    modals: frozenset[str]
    appraisal: dict[str, tuple[Phrase, ...]]
    attendees: dict[str, tuple[Phrase, ...]]
    participants: dict[str, tuple[Phrase, ...]]
    verbs: dict[str, tuple[Phrase, ...]]
    strong: frozenset[Phrase]
    noun_after: frozenset[Phrase]
    tense: frozenset[str]
    statements: dict[str, tuple[Phrase, ...]]
    reports: dict[str, tuple[Phrase, ...]]
    enclosures: tuple[str, ...]
    topics: dict[str, tuple[Phrase, ...]]
    closer_starts: dict[str, tuple[Phrase, ...]]
    closer_contains: tuple[str, ...]
    closer_contains_folded: tuple[str, ...]
    closer_conditional: dict[str, tuple[Phrase, ...]]
    difficulties: tuple[str, ...]
    table_lead: tuple[str, ...]
    table_other: tuple[str, ...]
    execution: tuple[str, ...]
    execution_verbs: frozenset[Phrase]
    strip_tails: tuple[str, ...]
    cut_at: tuple[str, ...]
    class_cut_at: tuple[str, ...]
    member_cut_at: tuple[str, ...]
    numbered: frozenset[str]
    appositive: re.Pattern[str]
    qualifiers: frozenset[str]
    concerned: frozenset[Phrase]
    abbrev: dict[str, str]
    expand: tuple[re.Pattern[str], dict[str, str]]
    impl_phrases: tuple[str, ...]
    impl_tails: tuple[str, ...]
    describing: dict[str, tuple[Phrase, ...]]
    relay_done: dict[str, tuple[Phrase, ...]]
    report_relay: frozenset[Phrase]
    standing_persons: tuple[str, ...]
    manner: frozenset[Phrase]
    manner_after: dict[str, tuple[Phrase, ...]]
    after_proper_only: frozenset[Phrase]
    directs: dict[str, tuple[Phrase, ...]]
    negation: frozenset[str]
    copulas: frozenset[str]
    copula_bound: frozenset[str]
    chained: dict[str, tuple[Phrase, ...]]
    lead_after_field: dict[str, tuple[Phrase, ...]]
    report_asks: dict[str, tuple[Phrase, ...]]
    time_openers: dict[str, tuple[Phrase, ...]]
    time_leads: dict[str, tuple[Phrase, ...]]
    time_words: dict[str, tuple[Phrase, ...]]
    not_levels: frozenset[Phrase]
    assigning_words: tuple[str, ...]
    not_locality_verbs: frozenset[Phrase]
    governed: tuple[str, ...]
    central_cities: tuple[str, ...]
    rule_articles: dict[str, tuple[Phrase, ...]]
    relay_items: re.Pattern[str]
    co_heads: frozenset[str]
    own_classes: frozenset[Phrase]
    intro_relay: dict[str, tuple[Phrase, ...]]


def _with_tone_lost(phrases: list[str]) -> list[str]:
    """The phrases, and each phrase of two words or more with one word's tone mark lost, as OCR
    and typists lose it ("Bộ Quốc phòng chi đạo Tổng Công ty …" for "chỉ đạo"): a name still ends
    at its verb. One word alone is left as written (a toneless syllable is often another word)."""
    out = list(phrases)
    for p in phrases:
        words = p.split()
        if len(words) < 2:
            continue
        for i, w in enumerate(words):
            nfd = unicodedata.normalize("NFD", w)
            bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
            if bare != w:
                out.append(" ".join([*words[:i], bare, *words[i + 1 :]]))
    return out


@cache
def _lex() -> _Lex:
    r = load_rules("units")
    table = dict(r["expand"])
    keys = sorted(table, key=len, reverse=True)
    pat = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])")
    abbrev = dict(load_rules("abbreviations")["expand"])
    abbrev.update(table)
    bodies_rules = load_rules("bodies")
    return _Lex(
        # whole names of bodies (rules/bodies.toml) are heads too: "Đài Truyền hình Việt Nam"
        # is one even where "Đài truyền hình" alone is an ordinary noun
        # … and so are the heads and roles of rules/bodies.toml, the recognizer's own lexicon
        heads=_index(list(org_heads()) + list(r["heads"]["extra"]) + list(bodies_rules["bodies"]["names"])
                     + list(bodies_rules["heads"]["bodies"]) + list(bodies_rules["heads"]["roles"])),
        localities=_index(r["heads"].get("localities", [])),
        modals=frozenset(_wkey(w) for w in r["heads"].get("locality_modals", [])),
        appraisal=_index(r.get("sections", {}).get("appraisal", [])),
        attendees=_index(r.get("sections", {}).get("attendees", [])),
        participants=_index(r.get("sections", {}).get("participants", [])),
        complement=frozenset(_pkey(h) for h in r["heads"]["complement"]),
        levels=frozenset(_pkey(lv) for lv in load_rules("orgs")["levels"]),
        categories=frozenset(_pkey(c) for c in r["heads"]["categories"]),
        # the ordinary nouns a kind word opens ([heads] not_kinds) sit in the index as its longest
        # phrases: matched first, they say the word is no kind there (:func:`_match`)
        cat_index=_index([*r["heads"]["categories"], *_not_kind_phrases()]),
        not_heads=frozenset(_pkey(p.replace(",", " ")) for p in r["heads"]["not_heads"]),
        cues=_index(r["cues"]["assign"]),
        topic_cues=_index(r["cues"].get("colon_only", [])),
        honorifics=_index(r["cues"].get("honorifics", [])),
        delegate=_index(r["cues"].get("delegate", [])),
        heading_cues=frozenset(_pkey(c) for c in r["cues"].get("heading_only", [])),
        duty_heads=_index(r["cues"].get("duties_of", []), titles=True),
        relay=_index(r["cues"]["relay"]),
        intro=_index(r["cues"]["intro"]),
        consequence=_index(r["cues"].get("consequence", [])),
        topic=_index(r["cues"]["topic"]),
        verbs=_index(_with_tone_lost([*r["verbs"]["actions"],
                                      *(f"{x} {a}" for x in r["verbs"].get("reflexive", []) for a in r["verbs"]["actions"])])),
        strong=frozenset(_pkey(v) for v in r["verbs"]["strong"]),
        noun_after=frozenset(_pkey(v) for v in r["verbs"]["noun_after"]),
        tense=frozenset(_wkey(w) for w in r["verbs"]["tense"]),
        co_heads=frozenset(" ".join(map(_wkey, w.split())) for w in r["heads"].get("co_heads", [])),
        own_classes=frozenset(_pkey(w) for w in r["heads"].get("own_classes", [])),
        intro_relay=_index(r["cues"].get("intro_relay", [])),
        statements=_index(r["verbs"].get("statements", [])),
        reports=_index(r["verbs"].get("reports", [])),
        enclosures=tuple(fold(v) for v in r["verbs"].get("enclosures", [])),
        topics=_index(r["topics"]["openers"]),
        closer_starts=_index(r["closers"]["starts"]),
        closer_contains=tuple(c.casefold() for c in r["closers"]["contains"]),
        closer_contains_folded=tuple(fold(c) for c in r["closers"]["contains"]),
        closer_conditional=_index(r["closers"].get("conditional_starts", [])),
        difficulties=tuple(c.casefold() for c in r["closers"].get("difficulties", [])),
        table_lead=tuple(sorted(r["table"]["lead"], key=len, reverse=True)),
        table_other=tuple(r["table"]["other"]),
        execution=tuple(c.casefold() for c in r["execution"]["clauses"]),
        execution_verbs=frozenset(_pkey(v) for v in ("có trách nhiệm", "chịu trách nhiệm")),
        strip_tails=tuple(r["name"]["strip_tails"]),
        cut_at=tuple(c.casefold() for c in r["name"].get("cut_at", [])),
        class_cut_at=tuple(c.casefold() for c in r["name"].get("class_cut_at", [])),
        member_cut_at=tuple(c.casefold() for c in r["name"].get("member_cut_at", [])),
        numbered=frozenset(_wkey(w) for x in r["name"].get("numbered", []) for w in x.split()[-1:]),
        appositive=re.compile(r"\s+[-–—]\s+(?:" + "|".join(re.escape(a) for a in r["name"].get("appositives", ["\0"]))
                              + r")\b", re.IGNORECASE),
        qualifiers=frozenset(_wkey(w) for w in r["name"].get("qualifiers", [])),
        concerned=frozenset(_pkey(w) for w in r["name"].get("concerned", [])),
        abbrev=abbrev,
        expand=(pat, table),
        impl_phrases=(*load_rules("structure")["sections"]["implementation"],
                      *r.get("sections", {}).get("implementation", [])),
        impl_tails=tuple(fold(x) for x in r.get("sections", {}).get("impl_tails", [])),
        describing=_index(r.get("sections", {}).get("describing", [])),
        not_locality_verbs=frozenset(_pkey(v) for v in r["heads"].get("not_locality_verbs", [])),
        central_cities=tuple(r["heads"].get("central_cities", [])),
        governed=tuple(fold(x) for x in r["heads"].get("locality_governed", [])),
        assigning_words=tuple(fold(x) for x in r.get("attachment", {}).get("assigning_articles", [])),
        not_levels=frozenset(_pkey(x) for x in r["heads"].get("not_levels", [])),
        time_openers=_index(r["cues"].get("time_openers", [])),
        time_leads=_index(r["cues"].get("time_leads", [])),
        time_words=_index(r["cues"].get("time_words", [])),
        relay_done=_index(r["cues"].get("relay_done", [])),
        report_relay=frozenset(_pkey(w) for w in r["cues"].get("report_relay", [])),
        standing_persons=tuple(r["heads"].get("standing_persons", [])),
        manner=frozenset(_pkey(w) for w in r["verbs"].get("manner", [])),
        manner_after=_index(r["verbs"].get("manner_after", [])),
        after_proper_only=frozenset(_pkey(w) for w in r["verbs"].get("after_proper_only", [])),
        directs=_index(r["cues"].get("directs", [])),
        negation=frozenset(_wkey(w) for w in r["verbs"].get("negation", [])),
        copulas=frozenset(_wkey(w) for w in r["verbs"].get("copulas", [])),
        copula_bound=frozenset(_wkey(w) for w in r["verbs"].get("copula_bound", [])),
        chained=_index(r["verbs"].get("chained", [])),
        lead_after_field=_index(r["verbs"].get("lead_after_field", [])),
        report_asks=_index(r["cues"].get("report_asks", [])),
        rule_articles=_index(r.get("attachment", {}).get("rule_articles", [])),
        relay_items=re.compile(r"\s(?:" + "|".join(map(phrase_pattern, r["cues"].get("relay_items", ["\0"])))
                               + r")\s*:\s*$", re.IGNORECASE),
    )


# ---------------------------------------------------------------------------- words


class _Word(NamedTuple):
    text: str  # the word without edge punctuation
    key: str
    start: int  # offsets of ``text`` in the analysed string
    end: int
    trail: str  # punctuation right after it ("," ":" …)


_P = re.escape(_EDGE_PUNCT)
# lead punctuation, the word (inner punctuation allowed: "GD&ĐT", "30/2020/NĐ-CP"), trailing
# punctuation; a token of punctuation only is folded into the previous word's trail
# (the mark that closes a body, "./.", glued to a word goes with its trail: "hiện./.")
_WORD = re.compile(rf"[{_P}]*([^\s{_P}](?:\S*?[^\s{_P}])??)([{_P}]*(?:\./\.)?)(?!\S)|\S+")


@per_text_cache(16384)
def _wlist(s: str) -> tuple[_Word, ...]:
    """The words of ``s`` (cached: the same strings are looked at several times).

    ``_WORD.finditer(s)`` read token by token: a whitespace-separated token's word is the token
    without its edge punctuation (``str.strip``), its trail the punctuation after the word; the
    tokens come back as strings (``str.split``, whose whitespace is the pattern's), each
    found from the end of the one before (``str.find``: only whitespace lies between them, so
    the first occurrence is the token itself). A match object per token, or a pattern's
    character class tested on every character, cost more."""
    out: list[_Word] = []
    new = tuple.__new__  # skips NamedTuple's Python-level constructor: this is the hot loop
    pos = 0
    find = s.find
    closing = "./." in s  # (asked once: most strings hold no closing mark)
    for tok in s.split():
        pos = find(tok, pos)
        # (the mark that closes a body, "./.", is punctuation after the word it is glued to)
        core = tok.strip(_EDGE_PUNCT)
        if closing and tok.endswith("./.") and (glued := tok[:-3].strip(_EDGE_PUNCT)):
            core = glued
        if not core:
            if out:
                out[-1] = out[-1]._replace(trail=out[-1].trail + tok)
        else:
            a = pos + len(tok) - len(tok.lstrip(_EDGE_PUNCT))
            b = a + len(core)
            out.append(new(_Word, (core, _wkey(core), a, b, tok[b - pos :])))
        pos += len(tok)
    return tuple(out)


def _first_core(s: str) -> str | None:
    """The text of the first word ``_wlist(s)`` gives (None: it gives none), without building
    the list: the first whitespace-separated token holding more than edge punctuation, that
    punctuation stripped (``_WORD`` reads a token so). Most lines a reader asks "does a unit,
    cue or role open this?" open with none: the first word's key answers that alone."""
    for tok in s.split():
        core = tok.strip(_EDGE_PUNCT)
        if core:
            return core
    return None


_SPAN = 420
# an appositive naming who heads the bodies just listed, up to the clause's aspect word
_HEADED_BY = re.compile(r",\s*đứng đầu là\s[^,;:.]{3,60}?(?=\s(?:đã|đang|sẽ|đều|luôn)\s)")
_TIME_LEAD_MAX = 100  # a time that opens a clause, up to its comma ("Định kỳ trước ngày … hằng năm,")


def _awl(s: str) -> tuple[_Word, ...]:
    """Words of the part of ``s`` analysed for units: a unit list and the verb after it lie
    within the first few hundred characters."""
    return _wlist(s[:_SPAN])


def _wfrom(s: str, pos: int) -> int:
    """Index of the first analysed word of ``s`` that starts at or after ``pos``."""
    ws = _awl(s)
    return bisect_left([w.start for w in ws], pos) if pos else 0


def _match(ws: tuple[_Word, ...] | list[_Word], i: int, index: dict[str, tuple[Phrase, ...]]) -> Phrase | None:
    """The longest phrase of ``index`` at ``ws[i]``; a phrase does not run across punctuation.
    A longest match that is an ordinary noun a kind word opens ([heads] not_kinds) is none."""
    if i >= len(ws):
        return None
    for seq in index.get(ws[i].key, ()):
        n = len(seq)
        if n == 1:
            return seq
        if i + n > len(ws):
            continue
        for k in range(1, n):
            trail = ws[i + k - 1].trail.strip()
            if ws[i + k].key != seq[k] or (trail not in ("", "-") and not (
                    trail == "," and k - 1 in _COMMA_AT.get(seq, ()))):
                break
        else:
            return None if seq in _not_kinds() else seq
    return None


def _not_kind_phrases() -> list[str]:
    return [*load_rules("units")["heads"].get("not_kinds", []), *load_rules("bodies")["locality"]["not_levels"]]


@cache
def _not_kinds() -> frozenset[Phrase]:
    return frozenset(_pkey(x) for x in _not_kind_phrases())


def _head_at(ws: tuple[_Word, ...] | list[_Word], i: int) -> int:
    """Number of words of a unit head at ``ws[i]`` (0: none).

    ``Các`` + a collective noun or a head is a head ("Các đoàn thể", "các Tập đoàn"); an
    abbreviation counts by its expansion ("TTHTCD"); a head followed by the rest of an ordinary
    word is not one ("Trường hợp", "Tổ chức", "Phòng, chống").
    """
    lex = _lex()
    if i >= len(ws):
        return 0
    w = ws[i]
    if w.key == _CAC:
        if w.trail.strip():
            return 0
        sub = _head_at(ws, i + 1)
        if sub:
            return 1 + sub
        cat = _match(ws, i + 1, lex.cat_index)
        return 1 + len(cat) if cat else 0
    seq = _match(ws, i, lex.heads)
    if not seq:
        n_loc = _locality_subject(ws, i)
        if n_loc:
            return n_loc
    if not seq and i > 0 and i == _skip_cue(ws, 0):
        # "Đề nghị tỉnh An Phú tập trung …": right after an assigning cue, the level and its
        # proper name (as a bare subject, "Tỉnh An Phú cần …" appraises, it is not assigned)
        loc = _match(ws, i, lex.localities)
        if loc and i + len(loc) < len(ws) and not ws[i + len(loc) - 1].trail.strip():
            nxt = ws[i + len(loc)]
            if nxt.text[:1].isupper() and not _match(ws, i + len(loc), lex.heads):
                return len(loc)
    if not seq:
        exp = lex.abbrev.get(w.text)
        if exp is not None and not w.trail.strip():
            ew = _wlist(exp)
            if ew and ew[0].key != w.key and _head_at(ew, 0):
                return 1
        return 0
    n = len(seq)
    for m in range(n + 1, n + 4):
        if i + m <= len(ws) and tuple(x.key for x in ws[i : i + m]) in lex.not_heads:
            return 0
    return n


def _locality_subject(ws: tuple[_Word, ...] | list[_Word], i: int) -> int:
    """Words of a locality's head at ``ws[i]`` when the locality is the subject of a duty ("tỉnh
    An Phú cần …", "Tỉnh cần …" — how a notice of conclusions addresses the province): the
    level, then a proper name or nothing, then a modal of obligation. 0 otherwise."""
    lex = _lex()
    loc = _match(ws, i, lex.localities)
    if not loc or ws[i + len(loc) - 1].trail.strip():
        return 0
    j = i + len(loc)
    if j < len(ws) and ws[i].text[:1].islower() and not ws[j].text[:1].isupper():
        return 0  # "tỉnh cần …" in lower case is no subject
    comma = False
    while j < len(ws) and ws[j].text[:1].isupper() and j - i < 6:
        t = ws[j].trail.strip()
        j += 1
        if t:
            if t != ",":
                return 0
            comma = True
            break
    if comma:
        # "Thành phố Hải Cảng, tỉnh An Phú đẩy nhanh …": another locality follows
        if ws[i].text[:1].isupper() and j < len(ws) and (ws[j].key == _CAC or _match(ws, j, lex.localities)):
            return len(loc)
        return 0
    if j < len(ws) and ws[j].key in lex.modals and (j > i + len(loc) or ws[i].text[:1].isupper()):
        return len(loc)
    if ws[i].text[:1].isupper() and j == i + len(loc) and j < len(ws) and i == 0 \
            and _match(ws, j, lex.verbs) and _match(ws, j, lex.verbs) not in lex.not_locality_verbs:
        # "Tỉnh tổ chức thực hiện …", "Tỉnh căn cứ …": the capitalised level alone opening a
        # sentence with an action is the province the text addresses (a notice of conclusions)
        return len(loc)
    if ws[i].text[:1].isupper() and j > i + len(loc) and j < len(ws):
        # "Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh …", "Thành phố Hải Cảng, tỉnh
        # An Phú đẩy nhanh …": a named locality opening the clause with an action is its subject
        if _match(ws, j, lex.verbs) and _match(ws, j, lex.verbs) not in lex.not_locality_verbs:
            return len(loc)
        if ws[j].key == _VA and j + 1 < len(ws) and (ws[j + 1].key == _CAC or _match(ws, j + 1, lex.localities)):
            return len(loc)
    return 0


def _category_end(ws: tuple[_Word, ...] | list[_Word], levels: bool = True) -> bool:
    """Whether the words end with a collective noun ("… các Sở", "… ngành", "… xã"); with
    ``levels=False`` an administrative level ("… cấp tỉnh") does not count."""
    lex = _lex()
    for n in (1, 2, 3):
        if len(ws) >= n:
            tail = tuple(w.key for w in ws[-n:])
            if tail in lex.categories and (levels or tail not in lex.levels):
                # … unless the word closes a field's name ("… Thương binh và Xã hội")
                text = " ".join(w.text for w in ws[-12:])
                spans = bodies.protected_spans(text)
                return not (spans and spans[-1][1] == len(text))
    return False


def _opens_level(ws: tuple[_Word, ...]) -> bool:
    """Whether the words open with a level of locality ("thị xã Đức Phố", "thành phố A")."""
    keys = tuple(w.key for w in ws[:3])
    return any(keys[: len(lv)] == lv for lv in _lex().levels)


def _locality_list(group: tuple[_Word, ...]) -> bool:
    """Whether the name so far holds "các" and a level ("… các huyện, thị xã Bảo Lộc"): a list of
    localities is open."""
    lv = _lex().levels
    return any(w.key == _CAC and k + 1 < len(group) and _match(group, k + 1, _lex().cat_index) in lv
               for k, w in enumerate(group))


_CUA = _wkey("của")


def _owners_list(group: tuple[_Word, ...]) -> bool:
    """Whether the name so far ends in "của" and a class in small letters ("… của tổ chức tín
    dụng nước ngoài"): a list after it names more owners, not units."""
    k = max((j for j, w in enumerate(group) if w.key == _CUA), default=-1)
    return 0 < k < len(group) - 1 and group[k + 1].text[:1].islower() \
        and _match(group, k + 1, _lex().cat_index) is not None


def _continues_kinds(ws: tuple[_Word, ...] | list[_Word], k: int) -> bool:
    """Whether the collective noun at ``k``, after a comma, goes on with the list before it
    ("Các cơ quan, đơn vị, tổ chức …", "các xã, phường, thị trấn"). After a level ("Công an
    tỉnh, tổ chức lực lượng …", "Ủy ban nhân dân các xã, phường, tổ chức tuyên truyền …") only
    another level does: a kind of body there is the verb that opens the task."""
    before = ws[max(0, k - 3) : k]
    if _category_end(before, levels=False):
        return True
    if not _category_end(before):
        return False
    cat = _match(ws, k, _lex().cat_index)
    return cat is not None and cat in _lex().levels


def _bare(ws: tuple[_Word, ...] | list[_Word]) -> bool:
    """A collective noun alone ("ngành", "các thôn")."""
    i = 1 if ws and ws[0].key == _CAC else 0
    cat = _match(ws, i, _lex().cat_index)
    return cat is not None and i + len(cat) == len(ws)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _starts_with(s: str, index: dict[str, tuple[Phrase, ...]]) -> bool:
    """Whether ``s`` opens with a phrase of ``index`` (phrases are short: only the first words
    are looked at, without building word objects)."""
    raw = s[:40].split(None, 5)
    if not raw:
        return False
    for seq in index.get(_wkey(raw[0].strip(_EDGE_PUNCT)), ()):
        n = len(seq)
        if n > len(raw):
            continue
        commas = _COMMA_AT.get(seq, ()) if seq in _COMMA_TITLES else ()
        for k in range(1, n):
            prev = raw[k - 1]
            if _wkey(raw[k].strip(_EDGE_PUNCT)) != seq[k] or (
                    prev.rstrip(_EDGE_PUNCT) != prev and not (k - 1 in commas and prev.endswith(","))):
                break
        else:
            return True
    return False


# ---------------------------------------------------------------------------- logical lines


@dataclass(frozen=True)
class _LLine:
    """A line re-joined from the converter's wrapped lines."""

    start: int  # offsets in doc.text
    end: int
    text: str  # doc.text[start:end] with newlines as spaces (same length, same offsets)
    kind: str  # "heading" | "bullet" | "para"
    level: int = 99
    body: int = 0  # where the content starts in ``text`` (after the marker)

    @property
    def content(self) -> str:
        return self.text[self.body :]


_END_PUNCT = re.compile(r"(?:[.;!?:]|\./\.)\s*$")


# "II- NHIỆM VỤ", "HI- TỔ CHỨC THỰC HIỆN": a part's Roman number with a dash, or as a scan's OCR
# reads it (H for I, l or 1 for I), before a title in capitals — a top-level heading
_DAMAGED_ROMAN = re.compile(r"\s*(?P<m>(?=[IVXLHl1]*[IVXH])[IVXLHl1]{1,4}\s*[-–])\s*(?P<t>[A-ZĐÀ-Ỹ].*)$")


# "7, Ban Dân vận …": an item's number whose dot a scan read as a comma, before a unit's name
_COMMA_NUMBER = re.compile(r"\s*(?P<m>\d{1,2},)\s+(?P<t>[A-ZĐÀ-Ỹ].*)$")


def _long_body_list(s: str, a: int, b: int) -> bool:
    """Whether ``s[a:b]`` is a list of bodies' names only: eight comma pieces at least, each
    opening with a body's head (the last, cut at ``b``, is not judged)."""
    pieces = [p.strip() for p in s[a:b].split(",")][:-1]
    return len(pieces) >= 8 and all(p[:1].isupper() and _unit_initial(p) for p in pieces)


@per_text_cache(8192)
def _parse_heading(text: str) -> tuple[str, str, int] | None:
    """:func:`segment.parse_heading`, without "Chương trình …" read as a chapter heading, and
    with an implementation article above its clauses: "Điều 2. Tổ chức thực hiện" / "1. Ủy ban
    nhân dân tỉnh có trách nhiệm: …" is one section. Kept for the document: the logical-line
    reader asks it of every line three times (the chapter's title, the paragraph's cue, the
    line itself)."""
    h = parse_heading(text)
    if h is None:
        m = _DAMAGED_ROMAN.match(text)
        if m and len(m.group("t")) < 90 and is_upper_line(m.group("t")):
            return m.group("m"), m.group("t"), 1
        lp = unit_sites.letter_part(text)
        if lp is not None:
            return lp
        m = _COMMA_NUMBER.match(text)
        if m and len(m.group("t").split()) <= 12 and _unit_initial(m.group("t")) and not _END_PUNCT.search(text):
            return m.group("m"), m.group("t"), 2
    if h and h[2] == 0 and not re.search(r"[\dIVXLC]|thứ", h[0].split(None, 1)[-1] if " " in h[0] else ""):
        return None
    if h and h[0][:4].casefold() == "điều" and h[1] and (_is_impl_title(h[1]) or _duty_heading(h[1])):
        return h[0], h[1], 1  # (up to the next article: _heading_ranges)
    return h


def _body_title(title: str) -> bool:
    """A title that is one or more bodies' names and nothing else ("Bộ Ngoại giao", "Bộ, cơ quan
    ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân cấp tỉnh")."""
    t = title.strip(" *_.:")
    if not t or len(t.split()) > 24 or not _unit_initial(t):
        return False
    f = _analyse(t, "heading", has_content=True)
    return f is not None and f.how == "heading" and f.task_at is None and bool(f.names)


def _starts_task(s: str) -> bool:
    """A line that opens with an action verb, a clause opener or a closing formula — also after
    a time that opens the clause ("Hằng năm, chỉ đạo …")."""
    lex = _lex()
    if any(_starts_with(s, ix) for ix in (lex.verbs, lex.intro, lex.closer_starts)):
        return True
    ws = _wlist(s[:40])
    after = _after_time_opener(ws, _match(ws, 0, lex.time_openers) if ws else None)
    return after is not None and _starts_with(s[after:], lex.verbs)


def _after_time_opener(ws: tuple[_Word, ...], tm: Phrase | None) -> int | None:
    """Where the clause starts after a time that opens it with its comma (``tm``, matched at the
    first word: "Hằng năm, …"); None where no such time opens ``ws``."""
    if tm and len(tm) < len(ws) and ws[len(tm) - 1].trail.strip() == ",":
        return ws[len(tm)].start
    return None


def _ends_with_head(s: str) -> bool:
    """Whether the line's last word is a unit head waiting for its name ("… Ban", "… Sở")."""
    ws = _wlist(s[-40:])
    if not ws or ws[-1].trail.strip() or not ws[-1].text[:1].isupper():
        return False
    if len(ws) >= 2 and ws[-2].key in _OWNER_WORDS:
        return False  # "… thuộc cơ quan Bộ", "… của Sở": the issuing body named by its head alone
    return _head_at(ws, len(ws) - 1) == 1 and _match(ws, len(ws) - 1, _lex().heads) is not None


_QUALIFIER_OPENERS = frozenset(_wkey(w) for w in ("thuộc", "trực", "của", "tại", "ở", "không", "trên"))


def _before_qualifier(g: tuple[_Word, ...]) -> tuple[_Word, ...]:
    """The words of a list segment before its qualifier ("trường trung cấp sư phạm | không trực
    thuộc Bộ A"): the kind, whose case tells a class from a named body."""
    k = next((i for i, w in enumerate(g) if i and w.key in _QUALIFIER_OPENERS), len(g))
    return g[:k]


_NOT_UNDER = re.compile(r"\s+(?:trực\s+)?thuộc\s")
# the words after which a head alone names the body the text speaks for ("thuộc Bộ", "cơ quan Bộ")
_OWNER_WORDS = frozenset(_wkey(w) for w in ("thuộc", "của", "quan"))
_ARTICLE_WORD = re.compile(r"\s*(?:Điều|ĐIỀU)\s*$")
# the administrative levels a place is written with, small ("tỉnh Hà An", "thành phố A")
_PLACE_LEVELS = "tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu"
_LEVEL_END = re.compile(rf"\s(?:{_PLACE_LEVELS}|cấp tỉnh|cấp huyện|cấp xã)\s*$")
_SENTENCE_START = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*\s+[a-zđà-ỹ]")


# a line that ends on a word whose object must follow ("thuộc", "của"): a wrap inside a name
_NEEDS_OBJECT = re.compile(r"\s(?:trực\s+thuộc|thuộc|của)\s*$")


# an item's number on a line of its own ("4" / "- Sở A có trách nhiệm …": a converter set the
# item's text on the next line, as a dash line); a page's number looks the same, so the number
# must follow the one before it in the list (1 first, or the last item's number plus one)
_BARE_ITEM_NUMBER = re.compile(r"\s*(?P<n>\d{1,2})\s*")
_ITEM_NUMBER = re.compile(r"\s*(?P<n>\d{1,2})(?:[.):]|\s[-–])?\s")


@cache
def _plural_head_colon() -> re.Pattern[str]:
    """A line that ends with a plural head and its colon ("… của các Sở:"), the heads whose
    fields follow them (rules/units.toml [name] field_heads_plural)."""
    heads = load_rules("units")["name"]["field_heads_plural"]
    return re.compile(r"(?i)\bcác\s+(?:" + "|".join(map(re.escape, heads)) + r")\s*:\s*[*_]*$")


def _field_list(t: str) -> bool:
    """A short list of capitalised names and nothing else ("Xây dựng, Tài chính, Nội vụ."): the
    fields of a plural head wrapped onto the next line."""
    t = t.strip(" *_").rstrip(".:;")
    pieces = [p.strip() for p in re.split(r",|\s+và\s+", t)]
    return (2 <= len(pieces) <= 8 and len(t.split()) <= 16
            and all(p[:1].isupper() and 1 <= len(p.split()) <= 4 for p in pieces))


def _should_join(cur: str, nxt: str) -> bool:
    """Whether ``nxt`` continues ``cur`` (a line wrapped by the converter)."""
    if _ARTICLE_WORD.match(cur) and re.match(r"\d+[a-zđ]?\.", nxt):
        return True  # "Điều" / "3. Chánh Văn phòng …": the article's word cut from its number
    if _parse_heading(nxt):
        return False
    if _plural_head_colon().search(cur) and _field_list(nxt):
        return True  # "2. Trách nhiệm của các Sở:" / "Xây dựng, Tài chính, Nội vụ.": the fields the head distributes over
    body = _LEAD_MARK.sub("", cur, count=1)  # (the item's own "đ)" closes no bracket)
    if body.count("(") > body.count(")") and ")" in nxt and not BULLET.match(nxt):
        return True  # "đ) Đối với Ban Thường vụ (hoặc" / "Ban Chủ nhiệm) các hội …": the bracket goes on
    if nxt[:1].isupper() and _parse_heading(cur) and opens_ground(nxt):
        # "2. Các tỉnh, thành đoàn và đoàn trực thuộc" / "Căn cứ kế hoạch …, Ban Thường vụ …":
        # a sentence opens under the heading, whatever its last word waits for
        return False
    if _NEEDS_OBJECT.search(cur) and not BULLET.match(nxt) and nxt[:1].isupper():
        return True  # "… đơn vị sự nghiệp trực thuộc" / "Ban quản lý các khu công nghiệp tỉnh A:": the name goes on
    if BULLET.match(nxt):
        # "… Bưu chính viễn thông Việt Nam, Công nghiệp" / "- Viễn thông Quân đội …": a long line
        # cut inside a name whose next part starts with a dash is not a new bullet — unless the
        # dash opens a task ("6. Đề nghị … các tổ chức chính trị - xã hội" / "- Tuyên truyền …")
        return (
            nxt.startswith("- ") and len(cur) >= 70 and not _END_PUNCT.search(cur)
            and not BULLET.match(cur) and cur.rstrip()[-1:].isalpha() and not _starts_task(nxt[2:])
            and not _clause_item(nxt[2:], cur) and not _table_patterns()[1].match(nxt[2:])
        )  # (nor a task's field: "- Đơn vị chủ trì: …" under a task title without a final stop)
    h = _parse_heading(cur)
    if h and h[1] and _LEVEL_END.search(h[1]) and _SENTENCE_START.match(nxt):
        # "2. Bộ Chỉ huy Quân sự tỉnh" / "Sẵn sàng lực lượng …": after a level, a proper name
        # would be capitalised throughout ("Hà An"); a capital then lower case opens a sentence
        return False
    if h and h[1] and not _ends_with_head(cur) and _bare_subject(nxt):
        return False  # "1. Công ty A, Công ty B" / "Công ty chịu trách nhiệm …": the heading's units, referred back to
    if h and h[1] and nxt.startswith("Các ") and not _ends_with_head(cur):
        return False  # "2. Các chi bộ, đảng bộ cơ sở" / "Các cấp ủy … chủ động …": no name goes on with "Các"
    if h and not h[1]:
        return True  # "IV." / "2.3." alone: the title is on the next line
    if h and is_upper_line(h[1]) and is_upper_line(nxt) and len(nxt) < 60:
        return True  # "IV. TỔ CHỨC" / "THỰC HIỆN"
    if h and h[1] and len(h[1]) > 3 and is_upper_line(h[1]) and nxt[:1].isupper() and not is_upper_line(nxt) \
            and _SENTENCE_START.match(nxt):
        return False  # "II. KIẾN NGHỊ" / "Kính đề nghị …": a title in capitals goes on in capitals only
    lower_next = nxt[:1].islower()
    if _list_goes_on(cur, nxt) or (h and _names_then_semicolon(h[1]) and not lower_next and _unit_initial(nxt)):
        # ("3. Các bộ, cơ quan ngang bộ;" / "Ủy ban nhân dân các tỉnh … khẩn trương …": the
        # item's list of subjects wraps after one of them)
        return True
    if _END_PUNCT.search(cur) and not lower_next:
        return False
    if h and h[1] and not lower_next and (_is_impl_title(h[1]) or _is_topic(h[1])):
        return False  # "Điều 3. Tổ chức thực hiện" / "Chánh Văn phòng …": a complete title
    if not lower_next and _starts_task(nxt):
        # "2. Sở" / "Tài chính": a lone head word still waits for its name; so does a head word
        # closing the line ("Các thành viên Ban" / "Chỉ đạo, Bộ trưởng, …")
        return bool(h and len(h[1].split()) == 1) or _ends_with_head(cur)
    return True


def _names_then_semicolon(title: str) -> bool:
    """A numbered item's title that is only units' names and ends with ";" — its list goes on."""
    t = title.rstrip()
    if not t.endswith(";"):
        return False
    f = _analyse(t.rstrip(" ;"), "heading", True)
    return f is not None and f.task_at is None and bool(f.names)


def _bare_subject(s: str) -> bool:
    """A sentence whose subject is a bare head noun ("Công ty chịu trách nhiệm …", "Các đơn vị
    chủ động …"): it refers back to bodies named before, it opens a line of its own."""
    ws = _wlist(s[:60])
    n = _head_at(ws, 0)
    return bool(n) and n < len(ws) and bodies.is_bare_noun(" ".join(w.text for w in ws[:n])) \
        and ws[n].text[:1].islower() and _match(ws, n, _lex().verbs) is not None


def _clause_item(s: str, cur: str) -> bool:
    """A dash item that is a whole assignment to a unit the line before named in full ("4. Hội
    Nông dân tỉnh, các hợp tác xã" / "- Hội Nông dân tỉnh chủ trì …"): it opens a line of its
    own, it does not finish a name cut at the line's end."""
    if not _unit_initial(s):
        return False
    f = _analyse(s, "sentence")
    return (f is not None and f.how == "subject" and f.task_at is not None
            and any(collapse(n).casefold() in collapse(cur).casefold() for n, _a, _b in f.names))


def _list_goes_on(cur: str, nxt: str) -> bool:
    """A paragraph's list of units parted by ";" that the converter broke after one of them
    ("… đề nghị Ủy ban MTTQ tỉnh; các Sở, ban, ngành; Công an tỉnh;" / "Hiệp hội Doanh nghiệp
    tỉnh; … tổ chức …"): a long wrapped line whose last part is a unit's name, then a line that
    opens with another."""
    if len(cur) < 60 or not cur.rstrip().endswith(";") or BULLET.match(cur) or _parse_heading(cur):
        return False
    parts = cur.rstrip().rstrip(";").split(";")
    if len(parts) < 3:
        return False
    last = parts[-1].strip()
    return (_unit_initial(last) and len(last.split()) <= 12 and not BULLET.match(nxt)
            and _unit_initial(nxt.strip()))


_TRAIL_UNIT = re.compile(r"^(?P<a>.*\S)\s+[-–]\s+(?P<b>[^:\-–]{3,90}:)\s*$")


def _logical_lines(doc: Document, rng: range) -> list[_LLine]:
    lines = doc.lines
    out: list[_LLine] = []
    i, stop = rng.start, rng.stop
    last: int | None = None
    while i < stop:
        ln = lines[i]
        if ln.blank:
            i += 1
            continue
        start, end, cur = ln.start, ln.end, ln.text
        j = i + 1
        bare = _BARE_ITEM_NUMBER.fullmatch(cur)
        numbered = bool(bare and j < stop and not lines[j].blank and BULLET.match(lines[j].text)
                        and int(bare.group("n")) == (last + 1 if last is not None else 1))
        if numbered:
            end, cur, j = lines[j].end, f"{cur} {lines[j].text}", j + 1
        while j < stop:
            if lines[j].blank and (k := _after_break(lines, j, stop, cur)) is not None:
                j = k  # a sentence a page break cut after a word that waits for its object
            if lines[j].blank or not _should_join(cur, lines[j].text):
                break
            end = lines[j].end
            cur = lines[j].text if len(cur) > 200 else f"{cur} {lines[j].text}"
            j += 1
        j, end = _exec_paragraph(doc, i, j, stop, end, cur)
        j, end = _chapter_title(doc, start, j, stop, end)
        text = doc.text[start:end].replace("\n", " ")
        # "… XHHT - Đề nghị UB Mặt trận Tổ quốc xã:" — a unit line glued to the end of a bullet
        # (such a line ends in its colon: the pattern, which backtracks over the whole line, is
        # tried only then)
        m = _TRAIL_UNIT.match(text) if text.rstrip().endswith(":") and not numbered else None
        if m and _unit_initial(m.group("b")):
            out.append(_make_lline(start, start + m.end("a"), text[: m.end("a")]))
            out.append(_LLine(start + m.start("b"), end, text[m.start("b") :], "bullet"))
        else:
            out.append(_make_lline(start, end, text))
        if out[-1].kind == "heading":  # the list's last item number ("Điều", a Roman part: a new list)
            m = _ITEM_NUMBER.match(out[-1].text)
            last = int(m.group("n")) if m else None
        i = j
    return _body_articles_raised(out)


def _body_articles_raised(lls: list[_LLine]) -> list[_LLine]:
    """In a chapter that charges bodies with their duties ("Chương VI. NHIỆM VỤ, QUYỀN HẠN, TRÁCH
    NHIỆM CỦA CƠ QUAN, TỔ CHỨC …"), an article titled by a body's name alone ("Điều 75. Bộ Ngoại
    giao") sets out that body's duties in its clauses: it stands above them, as a duty article's
    title does. Elsewhere only where its first clause opens with a task ("Điều 3. Phòng Công tác
    Sinh viên" / "1. Tham mưu …"): such an article may describe the body ("Điều 120. Quỹ A" /
    "1. Quỹ A là …") or govern a thing named like one ("Điều 8. Trạm trung chuyển …" / "1. Căn
    cứ vào …, Ủy ban nhân dân cấp xã có trách nhiệm …")."""
    duty_chapter = False
    for k, ll in enumerate(lls):
        if ll.kind != "heading":
            continue
        if ll.level == 0:
            duty_chapter = _duty_title(ll.content) or _is_impl_title(ll.content)
        elif ll.level == 2 and _ARTICLE_HEAD.match(ll.text) and _body_title(ll.content):
            first = lls[k + 1].content.strip(" *_") if k + 1 < len(lls) else ""
            if duty_chapter or (first and _starts_task(first) and not opens_ground(first)):
                lls[k] = replace(ll, level=1)
    return lls


def _after_break(lines: list[Line], j: int, stop: int, cur: str) -> int | None:
    """The line a sentence goes on at past the blank lines a page break left (``j`` the first
    blank): only after a word that cannot end one ("… chịu trách nhiệm trước" / "Chính phủ, Thủ
    tướng Chính phủ nếu …", [name] unfinished_ends), and not into a heading or an item."""
    tail = cur.rstrip(" *_")
    comma = tail[-1:] == ","  # ("… các tỉnh, thành đoàn," / "đoàn trực thuộc nghiêm túc …": a list goes on)
    if not tail or not (comma or tail[-1].isalpha()):
        return None
    if not comma:
        words = tail.rsplit(None, 2)
        ends = _unfinished_ends()
        if words[-1].casefold() not in ends and (len(words) < 2 or f"{words[-2]} {words[-1]}".casefold() not in ends):
            return None
    k = j
    while k < stop and k - j < 3 and lines[k].blank:
        k += 1
    if k >= stop or lines[k].blank or BULLET.match(lines[k].text) or _parse_heading(lines[k].text):
        return None
    return k if not comma or lines[k].text[:1].islower() else None


@cache
def _unfinished_ends() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_rules("units")["name"].get("unfinished_ends", ()))


def _chapter_title(doc: Document, start: int, j: int, stop: int, end: int) -> tuple[int, int]:
    """"Chương IV" / (blank) / "TỔ CHỨC THỰC HIỆN": a bare chapter or part number whose title
    the converter set apart after a blank line is one heading with it."""
    h = _parse_heading(doc.text[start:end].replace("\n", " "))
    if not h or h[1]:
        return j, end
    k = j
    while k < stop and doc.lines[k].blank and k - j < 2:
        k += 1
    if k == j or k >= stop:
        return j, end
    nxt = doc.lines[k].text
    if is_upper_line(nxt) and len(nxt) <= int(load_rules("units")["sections"].get("chapter_title_max_chars", 90)) \
            and not _parse_heading(nxt):
        return k + 1, doc.lines[k].end
    return j, end


def _exec_paragraph(doc: Document, i: int, j: int, stop: int, end: int, cur: str = "") -> tuple[int, int]:
    """An execution clause wrapped over lines that end in ";" ("Chánh Văn phòng …;" / "Giám đốc
    …;" / "… chịu trách nhiệm thi hành Quyết định này"): its paragraph is one logical line, so
    that the names before the responsibility phrase are read with it."""
    lines = doc.lines
    h = _parse_heading(cur) if cur else None
    first = h[1] if h and h[1] else lines[i].text  # "Điều 3. Chánh Văn phòng …;": the article's text
    if j >= stop or lines[j].blank or not _unit_initial(first):
        return j, end
    k = j
    while k < stop and k - i < 16 and not lines[k].blank and not BULLET.match(lines[k].text) \
            and not _parse_heading(lines[k].text):
        k += 1
    if _RESPONSIBLE.search(doc.text, lines[i].start, lines[k - 1].end) and \
            not _RESPONSIBLE.search(doc.text, lines[i].start, lines[j - 1].end):
        return k, lines[k - 1].end
    return j, end


def _make_lline(start: int, end: int, text: str) -> _LLine:
    h = _parse_heading(text)
    if h:
        _marker, title, level = h
        return _LLine(start, end, text, "heading", level, len(text) - len(title) if title else len(text))
    b = BULLET.match(text)
    if b:
        return _LLine(start, end, text, "bullet", 99, b.start("title"))
    return _LLine(start, end, text, "para", 99, 0)


# ---------------------------------------------------------------------------- one line or sentence


@dataclass(frozen=True)
class _Found:
    names: tuple[tuple[str, int, int], ...]  # (name, start, end) in the analysed string
    task_at: int | None  # where the inline task text starts (None: only the name)
    how: str  # heading | line | colon | subject | cue | headless | table | exec
    conf: float


def _skip_cue(ws: tuple[_Word, ...], i: int) -> int:
    c = _match(ws, i, _lex().cues)
    if not c:
        return i
    if ws[i].text[:1].islower() and _match(ws, i, _lex().duty_heads) == c:
        # "… thuộc chức năng, nhiệm vụ của Ủy ban X": a duty noun inside a list of nouns (after
        # a comma, not opening a clause) says whose remit, it charges nobody
        return i
    j = i + len(c)
    if ws[j - 1].key == _CAC:
        j -= 1  # "Trách nhiệm các phòng, ban …": the class's "các" opens the name
    h = _match(ws, j, _lex().honorifics) if j < len(ws) and ws[j].text[:1].islower() else None
    # "Giao đồng chí Bộ trưởng Bộ Xây dựng …": the honorific before an office is no part of it
    return j + len(h) if h and j + len(h) < len(ws) and ws[j + len(h)].text[:1].isupper() else j


@cache
def _unit_openers() -> frozenset[str]:
    """First-word keys that can open a unit head, bare or after a cue (what ``_skip_cue`` and
    ``_head_at`` look up at a line's first word; an abbreviation is looked up by its text)."""
    lex = _lex()
    return frozenset({_CAC, *lex.cues, *lex.heads, *lex.localities})


def _may_open_unit(core: str | None, more: frozenset[str] = frozenset()) -> bool:
    """Whether a line whose first word is ``core`` (:func:`_first_core`) can open with a unit
    head, or with a phrase of ``more`` (first-word keys): False means ``_head_at(ws,
    _skip_cue(ws, 0))`` is 0 and no phrase of ``more`` matches at the first word."""
    if core is None:
        return False
    k = _wkey(core)
    return k in _unit_openers() or k in more or core in _lex().abbrev


def _unit_initial(s: str) -> bool:
    if not _may_open_unit(_first_core(s[:64])):
        return False
    ws = _wlist(s[:64])
    return bool(_head_at(ws, _skip_cue(ws, 0)))


_REJECT = -1


@per_text_cache(8192)
def _is_verb_word(window: str, rel: int, n_syll: int) -> bool:
    """Whether a word starts at ``rel`` in ``window`` and ends within the ``n_syll`` syllables
    of the lexicon phrase there (``lập`` alone, not inside ``thành lập``; ``có`` of ``có trách
    nhiệm``, not a longer word running past the phrase)."""
    for tok, ts, te in wordseg.tokenize_spans(window):
        if ts == rel:
            return len(tok.split()) <= n_syll
        if ts < rel < te:
            # inside a longer word: "thành lập", "chương trình" — unless the segmenter ran a
            # proper name on into the verb ("Hà An mở", "Thời đại mở"): a word of two syllables
            # or more, capitalised as a name's field is, and then a lower-case one is a name and
            # the next word
            sylls = window[ts:rel].split()
            return len(sylls) >= 2 and sylls[0][:1].isupper() and window[rel : rel + 1].islower()
        if ts > rel:
            return True  # the segmenter dropped or merged something: trust the lexicon
    return True


def _one_syllable_verb(s: str, ws: tuple[_Word, ...] | list[_Word], k: int) -> bool:
    """Whether the one-syllable verb ``ws[k]`` is a word of its own, asked of the word segmenter
    on a window of three words either side (:func:`_is_verb_word`)."""
    a = ws[max(0, k - 3)].start
    b = ws[min(len(ws), k + 3) - 1].end
    return _is_verb_word(s[a:b], ws[k].start - a, 1)


@cache
def _document_nouns() -> frozenset[Phrase]:
    return frozenset(_pkey(x) for x in load_rules("units")["verbs"].get("document_nouns", []))


_GLUE_WORDS = frozenset(_wkey(w) for w in ("và", "của", "về", "các", "cho", "với", "thuộc", "trực", "hoặc"))
_AND = _wkey("và")


def _verb_boundary(s: str, i0: int, stop: int) -> int | None:
    """Offset in ``s`` where the unit name whose head ends before word ``i0`` ends: before the
    first action verb. ``_REJECT`` when a tense word shows that the sentence reports what
    happened rather than assigns work.

    A verb right after a head word belongs to the name ("Ban quản lý …", "Cơ quan phối hợp",
    "Ban xây dựng Đảng"); after ``và`` it is part of a field name ("Phòng giáo dục và đào tạo");
    a collective noun after a comma continues a list ("Các doanh nghiệp, tổ chức"); after
    "lĩnh vực", "công tác" … it names a field ("trong lĩnh vực xây dựng"). A one-syllable
    candidate is confirmed on a word-segmented window of a few words around it.
    """
    lex = _lex()
    ws = _awl(s)
    # a comma right after the head ("Các cấp ủy, tổ chức đảng …") is the list's, as any later one
    prev_comma = 0 < i0 <= len(ws) and ws[i0 - 1].trail.strip().startswith((",", ";"))
    relative = False  # inside "mà …" up to the next comma
    keep: list[tuple[int, int]] | None = None  # known names' spans, found at the first verb
    # inside a note in parentheses ("Ủy ban nhân dân cấp xã (sau sắp xếp) của …") a verb ends
    # the name only if nothing after the note does: then the note is where it ends
    paren, paren_at, noted = 0, -1, None
    brackets = "(" in s
    for k in range(i0, len(ws)):
        w = ws[k]
        if w.start >= stop:
            break
        if brackets and "(" in (gap := s[ws[k - 1].end if k else 0 : w.start]):
            paren += 1
            paren_at = (ws[k - 1].end if k else 0) + gap.index("(")
        if paren:
            if noted is None and w.text[:1].islower() and _match(ws, k, lex.verbs) is not None:
                noted = paren_at
            if ")" in w.trail:
                paren -= 1
            continue
        if keep is None and w.text[:1].islower() and _match(ws, k, lex.verbs) is not None:
            keep = _known_spans(s, ws, i0, stop)
        if keep and any(a <= w.start < b for a, b in keep):
            continue
        if w.key in lex.tense:
            return _REJECT
        if w.key == _MA and k > i0:
            relative = True
        if w.key in lex.negation and k > i0 and not relative and not _agent_open(ws[i0:k]) \
                and not _NOT_UNDER.match(s, w.end):
            return _REJECT  # (but "… không trực thuộc Bộ A": a qualifier of the name, no negated task)
        if w.key == _AND and k > i0 and k + 1 < len(ws) and ws[k + 1].text[:1].islower() \
                and _match(ws, k + 1, lex.cues) is not None:
            return w.start  # "… các huyện, thị xã, thành phố và đề nghị Ủy ban Mặt trận …": a second request
        if w.key == _SE and k > i0 and _match(ws, k + 1, lex.verbs) is not None:
            return w.start  # "Bộ Công Thương sẽ phối hợp …": the future of a duty announced
        seq = _match(ws, k, lex.verbs) if w.text[:1].islower() else None
        if seq is not None and seq in lex.after_proper_only and not any(x.text[:1].isupper() for x in ws[i0:k]):
            seq = None  # "thương nhân đầu mối": a compound after a common noun, no proper name
        if seq is None and k > i0 and w.text[:1].isupper() and not ws[k - 1].trail.strip() \
                and (ws[k - 1].key,) in lex.levels:
            # "… tỉnh" / "Tuyên truyền …" joined by the converter: after a name's level, a
            # capitalised task opener is the task, not the locality's proper name
            cap = _match(ws, k, lex.verbs)
            if cap is not None and len(cap) > 1:
                return w.start
        if seq is None and k > i0 + 1 and w.text[:1].isupper() and not ws[k - 1].trail.strip() \
                and ws[k - 1].text[:1].islower() and ws[k - 1].key not in _GLUE_WORDS:
            # "… các đơn vị khác có liên quan" / "Phối hợp chặt chẽ …" joined by the converter:
            # after a name's lower-case last word, a capitalised task opener whose sentence goes
            # on in lower case is the task (a field's name — "… và Đào tạo" — follows "và")
            cap = _match(ws, k, lex.verbs)
            n = k + len(cap) if cap is not None else 0
            if cap is not None and len(cap) > 1 and n < len(ws) and ws[n].text[:1].islower() \
                    and cap not in _document_nouns() and not any(a <= w.start < b for a, b in keep or ()) \
                    and not any(_head_at(ws, j) == k - j for j in range(max(i0 - 1, k - 3), k)):
                return w.start  # (after a bare head, "Trung tâm Đổi mới sáng tạo …", its proper name)
        if seq is not None:
            p = ws[k - 1] if k else None
            noun = (
                p is None
                or (not prev_comma and any(
                    tuple(x.key for x in ws[j:k]) in lex.complement
                    and (ws[j].text[:1].isupper() or ws[j].key == _CAC
                         # "…, người đứng đầu tổ chức do …": a role in a list, in lower case
                         or (j > 0 and "," in ws[j - 1].trail and seq not in lex.strong
                             and bodies.is_role(" ".join(x.text for x in ws[j:k])))
                         # "Tổ trưởng tổ kiểm tra …", "Trưởng đoàn giám sát …": the team the
                         # role leads, in lower case, named by what it does
                         or (j == i0 > 0 and seq not in lex.strong and not ws[j - 1].trail.strip()
                             and any(bodies.is_role(" ".join(x.text for x in ws[i0 - n : i0]))
                                     for n in (1, 2, 3) if n <= i0)))
                    for j in range(max(0, k - 3), k)
                ))
                or (not prev_comma and p.key in _GLUE)
                or p.key == _VIEC  # "đến việc thực hiện sắp xếp": "việc" makes the verb a noun
                or (any(tuple(x.key for x in ws[max(0, k - n) : k]) in lex.noun_after for n in (1, 2))
                    and seq not in lex.manner)  # ("… phụ trách lĩnh vực tiếp tục bám sát …": no field)
                or (prev_comma and _match(ws, k, lex.cat_index) is not None and _continues_kinds(ws, k))
                # "…, tổ chức tín dụng, …": the verb's word opens a longer kind of body
                or len(_match(ws, k, lex.cat_index) or ()) > len(seq)
            )
            if noun and p is not None and ")" in p.trail and len(_match(ws, k, lex.cat_index) or ()) <= len(seq) \
                    and len(s[s.rfind("(", 0, p.end) + 1 : p.end].split()) >= 2:
                # "các đơn vị … (gọi chung là các đơn vị) căn cứ vào …": the words of a note in
                # brackets are no complement the verb could follow — the name ended with the note
                # (a mark of enumeration, "(1) đánh giá …", is no note)
                noun = False
            if noun and p is not None and seq in lex.manner and p.key != _AND and not _agent_open(ws[i0:k]):
                noun = False  # "các đơn vị khẩn trương chỉ đạo …": the manner of the task, never a name's
            if noun and p is not None and not _agent_open(ws[i0:k]) and not ws[k + len(seq) - 1].trail.strip() \
                    and _match(ws, k + len(seq), lex.manner_after) is not None:
                noun = False  # "các đơn vị thực hiện đúng …": an adverb of manner makes the verb the task's
            if noun and p is not None and not prev_comma and _verb_chain(ws, k + len(seq)):
                # "Thủ trưởng các đơn vị chủ trì, phối hợp với …", "Các đơn vị chủ động phối hợp
                # …": a second verb right after says the first opens the task, not the name
                noun = False
            if not noun and seq not in lex.strong and _level_then_verb(ws, k + len(seq)):
                noun = True  # "Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì …": the name ends at its level
            if not noun and len(seq) > 1 and seq not in lex.strong and seq not in lex.manner \
                    and _field_verb_then_lead(s, ws, i0, k, k + len(seq)):
                noun = True  # "Cục Kết cấu hạ tầng xây dựng tham mưu …": the field's verb, then the lead's
            if not noun and (_agent_open(ws[i0:k]) or relative):
                # "người đứng đầu tổ chức do Chính phủ thành lập mà không phải là …": the verb of
                # an agent clause or of a relative clause describes the unit
                noun = True
            if not noun:
                after = k + len(seq)
                if seq not in lex.strong and after < len(ws) and ws[after].key in lex.tense \
                        and not ws[after - 1].trail.strip():
                    # "Các doanh nghiệp, tổ chức quan tâm đã gửi hồ sơ …": the verb qualifies
                    # the subject, the tense after it reports what was done
                    return _REJECT
                if len(seq) > 1 or (w.key in lex.copulas and p is not None and p.key not in lex.copula_bound):
                    return w.start
                # a one-syllable verb may be the tail or head of a longer word ("thành lập",
                # "chương trình", "dự án"): ask the word segmenter about a few words around it
                if _one_syllable_verb(s, ws, k):
                    return w.start
        prev_comma = w.trail.strip().startswith((",", ";"))
        if prev_comma:
            relative = False
    return noted


def _predicate_joined(s: str, ws: tuple[_Word, ...], i: int, bw: int) -> bool:
    """"… theo chỉ đạo của Thủ tướng Chính phủ và phấn đấu tổ chức …": a name read up to a verb
    that "và" joins to a name with capitals before it — "và" there joins two predicates, so the
    names were the complement of the first, no subject (a known field after "và" is a noun:
    "Sở Giáo dục và đào tạo tổ chức …", [domains])."""
    lex = _lex()
    for n in (1, 2, 3):
        k = bw - n
        if k < i + 2 or ws[k - 1].key != _VA or not any(w.text[:1].isupper() for w in ws[i : k - 1]):
            continue
        seq = _match(ws, k, lex.verbs)
        if seq is not None and len(seq) == n and ws[k].text[:1].islower() and _match(ws, bw, lex.verbs):
            return not any(a <= ws[k - 1].start < e for a, e in bodies.protected_spans(s, ws[i].start, ws[bw].start))
    return False


def _field_verb_then_lead(s: str, ws: tuple[_Word, ...], i0: int, k: int, after: int) -> bool:
    """A verb inside a capitalised body's field ("Cục Kết cấu hạ tầng xây dựng"), told by the verb
    of the assignment right after it with nothing between ([verbs] lead_after_field: "tham mưu",
    "chủ trì"): the name's head is capitalised with its field, the words before the verb run
    on without a break, and they are no whole field the lexicon knows ("Sở Nội vụ thẩm định
    tham mưu …": the department's own verbs)."""
    if after >= len(ws) or ws[after - 1].trail.strip() or _match(ws, after, _lex().lead_after_field) is None:
        return False
    if i0 < 1 or k <= i0 or not ws[i0 - 1].text[:1].isupper() or not ws[i0].text[:1].isupper():
        return False
    if bodies.domain_length(s[ws[i0].start : ws[k - 1].end + 1]) >= ws[k - 1].end - ws[i0].start:
        return False
    return all(not w.trail.strip() for w in ws[i0:k])


def _verb_chain(ws: tuple[_Word, ...], after: int) -> bool:
    """A task's second verb right after the first ([verbs] chained: "chủ trì, phối hợp", "chủ
    động phối hợp"): the first was no part of a name ("Đơn vị chủ trì thực hiện" stays one)."""
    return after < len(ws) and _match(ws, after, _lex().chained) is not None


def _known_spans(s: str, ws: tuple[_Word, ...], i0: int, stop: int) -> list[tuple[int, int]]:
    """Spans of ``s`` inside which no verb ends a name: a known name holding list punctuation
    ("Hội đồng Phối hợp phổ biến, giáo dục pháp luật") and the known field right after the head
    ("Phòng Kế hoạch tổng hợp"; a field is capitalised: "Đoàn kiểm tra …" names none)."""
    keep = bodies.protected_spans(s, 0, min(stop, len(s)))
    if i0 < len(ws) and ws[i0].text[:1].isupper():
        d = bodies.domain_length(s[ws[i0].start : ws[i0].start + 80])
        if d:
            keep.append((ws[i0].start, ws[i0].start + d))
    return keep


def _level_then_verb(ws: tuple[_Word, ...], k: int) -> bool:
    """Whether an administrative level closes a name within the next words, followed by a verb."""
    lex = _lex()
    for j in range(k, min(len(ws), k + 3)):
        if ws[j].trail.strip():
            return False
        lv = _match(ws, j, _lex().cat_index)
        if lv is not None and j > 0 and (ws[j - 1].key, *lv) in lex.not_levels:
            continue  # "văn bản", "biên bản": a word's second syllable, no village
        if lv is not None and lv in lex.levels:
            if any(not ws[i].text[:1].islower() for i in range(k, j)):
                return False  # "… đề nghị UBND tỉnh xem xét": a body's own name opens before the level
            nxt = j + len(lv)
            return nxt < len(ws) and ws[nxt].text[:1].islower() and _match(ws, nxt, lex.verbs) is not None
    return False


def _colon_at(s: str, i0: int, stop: int) -> int | None:
    """The colon that ends a unit list — not the one of "các Tập đoàn: A, B" or "Đề nghị:"."""
    ws = _awl(s)
    for k in range(i0, len(ws)):
        w = ws[k]
        if w.end >= stop:
            break
        if ":" not in w.trail:
            continue
        if any(ws[j].key == _CAC and _head_at(ws, j) == k + 1 - j for j in range(max(i0, k - 3), k)):
            continue  # distribution list "các <Head>:"
        if any(k - n >= i0 and " ".join(x.key for x in ws[k - n + 1 : k + 1]) in _lex().co_heads
               and "," in ws[k - n].trail
               and any(ws[j].key == _CAC and _head_at(ws, j) == k - n + 1 - j for j in range(max(i0, k - n - 2), k - n))
               for n in (1, 2)):
            continue  # … and "các <Head>, <co-head>:" ("các sở, ngành: A; B", "các Bộ, cơ quan: …")
        if w.key == _GOM and k + 1 < len(ws) and _head_at(ws, k + 1):
            continue  # "Các đơn vị gồm: Sở A, Sở B thực hiện …": the members, the clause goes on
        if k + 1 < len(ws) and ws[k + 1].text[:1].isupper() and _LOC_LIST.match(s[ws[max(i0, k - 4)].start : stop]):
            continue  # "Ủy ban nhân dân các tỉnh, thành phố: A, B, C …": the levels' list
        if any((j == i0 or ";" in ws[j - 1].trail) and bodies.is_role(s[ws[j].start : w.end])
               for j in range(max(i0, k - 3), k + 1)) and k + 1 < len(ws) and _head_at(ws, k + 1):
            continue  # "…; Giám đốc: Trung tâm A, Trung tâm B; …": the role's list
        if k + 1 < len(ws) and ws[k + 1].text[:1].isupper() and any(
                m.end("h") <= w.end for m in _role_heads(s, ws[i0].start, w.end + w.trail.index(":") + 1)):
            continue  # "Giám đốc Sở: Tư pháp, Nội vụ": the role's head distributed
        return w.end + w.trail.index(":")
    return None


@cache
def _address_form() -> re.Pattern[str]:
    forms = sorted(load_rules("units")["cues"].get("address_forms", []), key=len, reverse=True)
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s*") for f in forms) or "(?!)"
    return re.compile(rf"(?:{alt})\s*:?\s*")


@cache
def _clause_openers() -> frozenset[str]:
    """First-word keys of the other openers :func:`_analyse` reads at a line's start: a time,
    a topic, an introduction."""
    lex = _lex()
    return frozenset({*lex.time_openers, *lex.time_leads, *lex.topic, *lex.intro, *lex.consequence})


def _person_prefix(s: str) -> int:
    """Length of a person's title and name that open ``s`` before the role that takes the work
    ("Ông. Nguyễn Văn A - Trưởng đoàn: …", "Bà Trần Thị B, Thư ký: …"); 0 where none. The name
    is a few capitalised words, the role a unit head after a dash or comma."""
    a = _address_form().match(s)
    if a and bodies.role_length(s[a.end() :]):
        return a.end()  # "Các ông (bà): Chánh Văn phòng …": the address names no one
    core = _first_core(s[:80])
    if core is None or _wkey(core) not in _lex().honorifics:
        return 0  # no honorific opens s (the first word is all ``_match`` looks up)
    ws = _wlist(s[:80])
    h = _match(ws, 0, _lex().honorifics)
    if not h:
        return 0
    k = len(h)
    if k < len(ws) and bodies.role_length(s[ws[k].start :]):
        return ws[k].start  # "Đồng chí Chủ tịch Ủy ban nhân dân xã chỉ đạo …": the honorific of a role
    n = 0
    while k < len(ws) and n < 5 and ws[k].text[:1].isupper():
        n += 1
        if ws[k].trail.strip() in (",", "-", "–") or (k + 1 < len(ws) and ws[k + 1].text in "-–"):
            break
        k += 1
    if not 2 <= n <= 5 or k >= len(ws):
        return 0
    j = k + 1
    if j < len(ws) and ws[j].text in "-–":
        j += 1
    if j >= len(ws) or not (_head_at(ws, j) or bodies.role_length(s[ws[j].start :])):
        return 0  # ("… - Phó Giám đốc Sở A: …": a role takes the work as a head does)
    return ws[j].start


_ACRONYM_SUBJECT = re.compile(r"\s*[A-ZĐ]{2,8}\s+(?=[a-zđà-ỹ])")
_SENT_END = re.compile(r"(?<=[^\s.])\.(?:\s+(?=[A-ZĐÀ-Ỹ])|\s*$)")


def _time_lead(s: str, n: int, names_time: bool) -> int | None:
    """Where the clause after a lead of time that runs on to its comma starts ("Định kỳ trước
    ngày 15 tháng 12 hằng năm, …", "Chậm nhất ngày 15/3/2025, …"): the lead's words after its
    ``n`` opening ones hold no action ("khi có yêu cầu" names a request, no action) and, where
    ``names_time`` (its opener a preposition, no time itself), a number or a time word; None
    where ``s`` opens otherwise."""
    comma = s.find(",", 0, _TIME_LEAD_MAX)
    if comma <= 0 or ";" in s[:comma]:
        return None
    lex = _lex()
    lead = _wlist(s[:comma])
    if names_time and not any(ch.isdigit() for ch in s[:comma]) \
            and not any(_match(lead, k, lex.time_words) for k in range(n, len(lead))):
        return None
    if any(_match(lead, k, lex.verbs) and lead[k - 1].key != _CO for k in range(n, len(lead))):
        return None
    return comma + 1 + len(s[comma + 1 :]) - len(s[comma + 1 :].lstrip())


# two bare heads parted by a slash at the start ("Khoa/Viện đào tạo", "Các Phòng/Ban chuyên môn")
_SLASHED_HEAD = re.compile(r"(?:Các\s+)?(?P<a>[A-ZĐÀ-Ỹ][^\W\d_]*)/(?=[A-ZĐÀ-Ỹ][^\W\d_]*\s)")


@cache
def _ordinal_lead() -> re.Pattern[str]:
    """An enumerating ordinal opening an item ("Thứ nhất,", "*Thứ tư,*", "Thứ hai:")."""
    words = [w for w in load_rules("units")["name"].get("ordinals", []) if w != "mười"]
    return re.compile(rf"[\s*_]*[Tt]hứ\s+(?:{'|'.join(map(re.escape, words))}|mười(?:\s+\w+)?)[\s*_]*[,:.][\s*_]*(?=\S)")


@cache
def _greeting() -> re.Pattern[str]:
    """The writer's greeting sent by "gửi" ([verbs] greetings) within the sentence."""
    words = load_rules("units")["verbs"].get("greetings", [])
    return re.compile(r"gửi\b[^.;:]{0,200}?\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else r"(?!)")


# a heading's class named with a passive ("Các đơn vị được phân bổ kế hoạch vốn:"): its words up
# to the colon, no comma, semicolon or second clause inside
_PASSIVE_CLASS = re.compile(r"\s*(?P<name>[^,;:()]{3,60}?\s(?:được|bị)\s(?P<rest>[^,;:()]{2,60}?))\s*[*_]*:\s*$")


_LEVEL_DOT = re.compile(r"\b(TP|Tp|TX)\.(?=\s?[A-ZĐ])")


@per_text_cache(8192)
def _analyse(s: str, mode: str, has_content: bool = False, asked: bool = False) -> _Found | None:
    """The unit(s) a line or sentence assigns work to.

    ``mode``: "heading" — a numbered sub-heading's title, which may be just the name(s);
    "line" — a bullet or paragraph inside an implementation section (name-only when short and
    followed by tasks); "sentence" — free text, which needs a verb or a colon after the name.
    ``asked``: ``s`` follows an assigning verb the caller read ("đề nghị" | "các đơn vị lưu ý
    …"): its subject's verb is the task asked, never the body's own statement.
    """
    lex = _lex()
    if "." in s:
        # "Thành đoàn TP. Hồ Chí Minh": a level's abbreviation, its dot no sentence's end (the
        # dot blanked, same length: "TP" is the units' abbreviation of the level)
        s = _LEVEL_DOT.sub(lambda m: m.group(1) + " ", s)
    if mode != "sentence" and s.rstrip(" *_").endswith(":") and (m := _PASSIVE_CLASS.match(s)) \
            and _unit_initial(s) and _wkey((words := s.split())[0]) == _CAC and not any(w[:1].isupper() for w in words[1:]):
        # "1. Các đơn vị được phân bổ kế hoạch vốn:" over its tasks: a class the passive names
        # ("được/bị" + what was done to it), the whole title before the colon its name (a body
        # named, "Sở A được giao chủ trì:", is the unit the rest gives work)
        name = m.group("name").rstrip(" *_")
        return _Found(((_clean_name(name), 0, len(name)),), None, "heading" if mode == "heading" else "line", 0.7)
    if "đứng đầu" in s:
        # "Bộ Chính trị, Ban Bí thư, đứng đầu là đồng chí Tổng Bí thư … đã tập trung lãnh đạo": who
        # heads the bodies is said of them, blanked (same length) so that the clause reads on
        s = _HEADED_BY.sub(lambda m: " " * len(m.group(0)), s)
    ordinal = _ordinal_lead().match(s)
    if ordinal:
        # "Thứ tư, các địa phương cần chủ động …": the enumerating ordinal is the item's mark
        return _analyse(" " * ordinal.end() + s[ordinal.end() :], mode, has_content)
    acro = _ACRONYM_SUBJECT.match(s) if mode == "sentence" else None
    if acro is not None:
        # "ĐHĐN đề nghị các trường … triển khai thực hiện.": the issuer by its short name
        # (defined in the text, no head word) passing the work on — the bodies after the verb
        ws = _wlist(s[acro.end() : acro.end() + 40])
        rel = _match(ws, 0, lex.relay) if ws and ws[0].text[:1].islower() else None
        if rel is not None:
            after = acro.end() + ws[len(rel) - 1].end
            rest = s[after:]
            f = _analyse(rest.lstrip(), mode, has_content)
            if f is not None and f.how in ("subject", "cue"):
                return _shift(f, after + len(rest) - len(rest.lstrip()))
    person = _person_prefix(s)
    if person:
        # "Ông Nguyễn Văn A - Trưởng đoàn: phụ trách chung …": the work goes to the role
        f = _analyse(s[person:], mode, has_content)
        c = s.find(":", person, person + 120)
        if f is None and c > 0 and bodies.role_length(s[person:]):
            # "Bà B - Phó Giám đốc Sở A: …": a role no unit opens with, its name up to the colon
            names = _split_units(s, person, c)
            return _Found(names, c + 1, "colon", 0.8) if names else None
        return _shift(f, person)
    slashed = _SLASHED_HEAD.match(s)
    if slashed and _head_at(_wlist(slashed.group("a")), 0) == 1:
        # "Khoa/Viện đào tạo phối hợp …": two bare heads share the name after the second
        a0 = slashed.start("a")
        f = _analyse(s[:a0] + " " * (slashed.end() - a0) + s[slashed.end() :], mode, has_content)
        b_head = s[slashed.end() :].split(None, 1)[0]
        if f is not None and f.names and f.names[0][1] in (0, slashed.end()) and f.names[0][2] > slashed.end() \
                and b_head in f.names[0][0].split()[:2]:
            first, _b0, b1 = f.names[0]
            other = first.replace(b_head, slashed.group("a"), 1)
            return replace(f, names=((other, 0, b1), (first, 0, b1), *f.names[1:]))
        return f
    if mode == "heading":
        # "1. Cục X?" / "Cục Y!”": a footnote's call mark as OCR reads it (blanked, same length)
        s = _NOTE_CALL.sub(lambda m: " " * len(m.group(0)), s)
        led = _led_heading(s, has_content)
        if led is not None:
            return led
    relay = _relay_colon().match(s) if mode != "heading" else None
    if relay is not None:
        # "- Chỉ đạo các bộ phận chuyên môn, Công an xã: phối hợp …" under a unit's heading: the
        # bodies it directs, each given the tasks after the colon, are units of their own
        f = _analyse(s[relay.end() :], mode, has_content)
        if f is not None and f.how == "colon":
            return _shift(f, relay.end())
    if not _may_open_unit(_first_core(s[:40]), _clause_openers()):
        return None  # the cheap exit below, without building the words
    head = _wlist(s[:40])
    tm = _match(head, 0, lex.time_openers) if head else None
    after = _after_time_opener(head, tm)
    if after is not None:
        # "Hằng năm, Sở Nội vụ ban hành …": the clause after the time
        return _shift(_analyse(s[after:], mode, has_content), after)
    # "Định kỳ trước ngày 15 tháng 12 hằng năm và khi có yêu cầu, Ủy ban nhân dân các tỉnh … có
    # trách nhiệm báo cáo …", "Trước ngày 10 tháng 01 hằng năm, Sở A báo cáo …": the time runs on
    # to its comma, the clause follows (not "Định kỳ hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh,
    # …": the action is in the lead)
    tl = None if tm or not head else _match(head, 0, lex.time_leads)
    if (tm or tl) and (after := _time_lead(s, len(tm or tl or ()), tl is not None)):
        f = _analyse(s[after:], mode, has_content)
        if f is not None and f.task_at is not None:
            return _shift(f, after)
    if not head or not (
        _head_at(head, _skip_cue(head, 0)) or any(_match(head, 0, ix) for ix in (lex.topic, lex.intro, lex.consequence))
    ):
        return None  # cheap exit: most lines do not open with a unit, a cue or a clause opener
    ws = _awl(s)
    i = _skip_cue(ws, 0)
    cue = i > 0
    if cue and mode != "heading" and _match(ws, 0, lex.cues) in lex.heading_cues:
        return None  # "- Khuyến khích các viện …" in a list of measures: a policy, no body's part
    # a topic opens the item: "Về đề nghị …: <assignment>" — try after each colon (unless it is
    # "Đối với Sở Y tế: …", a cue followed by a unit)
    if mode != "line" and _match(ws, 0, lex.topic) and not (cue and _head_at(ws, i)):
        for m in re.finditer(":", s):
            f = _analyse(s[m.end() :], "sentence")
            if f is not None:
                return _shift(f, m.end())
        # "Đối với các nhiệm vụ …, trường hợp có vướng mắc, giao Ủy ban nhân dân cấp tỉnh chủ
        # động …": the topic and its conditions, then the clause that gives the work by its cue
        # (… or right after the topic without its comma: "Đối với hồ sơ … tại địa phương đề nghị
        # Ủy ban nhân dân các tỉnh … xác nhận …", a cue in small letters)
        # (never the topic's own words: "Về đề nghị Bộ A phối hợp …" is the request answered)
        tn = len(_match(ws, 0, lex.topic) or ())
        past = ws[min(len(ws) - 1, tn + 2)].start
        for m in re.finditer(r",\s*|\s(?=[a-zđ])", s[:_SPAN]):
            if _starts_with(s[m.end() :], lex.cues) and (m.group().startswith(",") or m.end() > past):
                f = _analyse(s[m.end() :], "sentence")
                # (a head with one word in small letters is no name: "đề nghị Cục quan liên hệ
                # …", what OCR made of "Quý cơ quan")
                if f is not None and f.how == "cue" and not any(
                        len(n.split()) == 2 and n.split()[1][:1].islower() for n, _a, _b in f.names):
                    return _shift(f, m.end())
        return None
    consequence = not cue and _match(ws, 0, lex.consequence) is not None
    if not cue and (consequence or _match(ws, 0, lex.intro)):
        # "Căn cứ Kế hoạch này, các Sở …": the subject follows a comma of the same clause
        for k in range(min(len(ws) - 1, 90)):
            tr = ws[k].trail.strip().lstrip(")]”\"'")  # "(… Nghị định số 1/2025/NĐ-CP), Bộ A …"
            if tr.startswith((".", ":")) or (tr.startswith(";") and (
                    not ws[k + 1].text[:1].islower() or _match(ws, k + 1, lex.verbs) is not None)):
                # (a ";" before a small letter parts the opener's own list of things — before an
                # action it parts tasks: "Thực hiện cung cấp …; lập …" is no opener)
                return None
            if tr.startswith(",") and not _owners_go_on(ws, k):
                kk = _skip_cue(ws, k + 1)
                if consequence and kk == k + 1:
                    return None  # "Vì vậy, Ủy ban nhân dân cấp tỉnh quyết định …": a rule stated
                if _head_at(ws, kk) and (kk > k + 1 or ws[kk].text[:1].isupper() or ws[kk].key == _CAC
                                         or _locality_subject(ws, kk) or _charged_after(ws, kk)):
                    cue, i = kk > k + 1, kk
                    break
        else:
            return None
    hn = _head_at(ws, i)
    if not hn:
        return None
    pos = ws[i].start
    m = _SENT_END.search(s, pos, pos + _SPAN)
    sent_end = m.start() if m else len(s)
    colon = _colon_at(s, i, min(sent_end, pos + 400))
    if colon is not None and (_localities_listed(s, pos, colon, sent_end) or _committees_listed(s, pos, colon, sent_end)):
        colon = None  # "Chủ tịch … các tỉnh, thành phố: A, B, C chủ động …": the list names the subject
    text_end = len(s.rstrip(" .;:,"))
    terminal = s.rstrip()[-1:] in (".", ";", "!", "?")
    name_only_ok = colon is None and not terminal and has_content and (
        mode == "heading" or (mode == "line" and len(ws) - i <= 14)
    )
    if name_only_ok and mode == "heading" and not _strong_verb_after(ws, i + hn):
        # a heading without a full stop, with its tasks below, is the name; lexicon verbs inside
        # it describe the unit ("Cơ quan chủ trì giải quyết thủ tục …", "Các doanh nghiệp hoạt
        # động trong lĩnh vực xây dựng …") unless a clear task opener follows
        names = _split_units(s, pos, _role_heading_end(s, pos, text_end))
        if names and all(len(n.split()) <= 30 for n, _a, _b in names):
            return _Found(names, None, "heading", 0.9)
        # too long for a name: a sentence whose task runs on below it (a page break cut it)
    b = _verb_boundary(s, i + hn, min(colon if colon is not None else sent_end, pos + 320))
    if b in (None, _REJECT) and _long_body_list(s, pos, pos + 320):
        # a request to a dozen named bodies ("Đề nghị Văn phòng Tỉnh ủy, …, Chi cục Hải quan khu
        # vực XI tăng cường …"): the list runs past the usual reach, every piece a body's name
        b = _verb_boundary(s, i + hn, min(colon if colon is not None else sent_end, pos + _SPAN))
    if b == _REJECT:
        return None
    if b is not None and cue and colon is not None and _match(ws, 0, lex.topic_cues) \
            and not _unit_initial(s[colon + 1 :].lstrip(" *_")):
        # "Đối với các đơn vị thực hiện dịch vụ, thu gom, …, xử lý chất thải (…):": the class the
        # topic names runs to its colon, its verbs describing it (not "Đối với Đoàn kiểm tra:
        # Các thành viên Đoàn …", whose clause names its own subject)
        b = None
    lv_end = bodies.head_level_end(s[pos : min(sent_end, pos + 320)])
    if lv_end and (b is None or b > pos + lv_end) and not any(ch in s[pos : pos + lv_end] for ch in ",;"):
        # "Giao Ủy ban nhân dân tỉnh chỉnh sửa Quy hoạch": the body and its level, then the clause
        b = pos + lv_end + 1
    if b is not None and b > pos and _predicate_joined(s, ws, i, _wfrom(s, b)):
        return None
    if b is not None and not cue and _greeting().match(s, b):
        return None  # "Tổng công ty A gửi tới Ban Giám hiệu Trường B lời chào trân trọng"
    if b is not None and not cue and not asked and (st := _match(ws, _wfrom(s, b), lex.statements)) is not None:
        asked = _asked_of_report(s, ws, _wfrom(s, b), st) if st in lex.report_relay else None
        # "Bộ trưởng Bộ A đồng ý mở rộng …": the body states its decision; "Sở A kính báo cáo
        # Chủ tịch … xem xét, cho phép …": its report asks the addressee to act
        return asked
    # "Ủy ban nhân dân tỉnh nhận được Văn bản số …": the body reports what it received
    k = next((j for j in range(i + hn, min(len(ws), i + hn + 12))
              if (b is None or ws[j].start <= b) and _match(ws, j, lex.reports)), None)
    if k is not None and not any(ch in s[pos : ws[k].start] for ch in ",;:"):
        return None
    if b is not None:
        b = _cited_name_end(s, ws, b, sent_end) or b
    if b is not None:
        # "Các tổ chức, cá nhân được cấp giấy phép … có trách nhiệm …": a passive qualifier of
        # the class runs on to the formula that charges it; so does a name whose last word is
        # also a verb ("… biện pháp ưu đãi, hỗ trợ có trách nhiệm …")
        c = _charge_at(s, b, sent_end)
        if c is not None and (
            (s[b:].startswith("được ") and _collective(ws[i : _wfrom(s, b)]) and not _assigned_named(s, pos, b))
            or (len(s[b:c].split()) <= 2 and _match(ws, _wfrom(s, b), lex.verbs) not in lex.strong)
            or _kind_after_comma(s, ws, i, b, c)
        ):
            b = c
    if b is not None and b >= 0 and s.startswith("được ", b) and _collective(ws[i : _wfrom(s, b)]) \
            and not _assigned_named(s, pos, b):
        # "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo …": a passive qualifier names the
        # class; the name ends at the next action after its participle
        k = _wfrom(s, b) + 1
        v = _match(ws, k, lex.verbs)
        b2 = _verb_boundary(s, k + len(v), min(colon if colon is not None else sent_end, pos + 320)) if v else None
        if b2 is not None and b2 != _REJECT:
            b = b2
    x = _exec_boundary(s, pos, sent_end)
    if x is not None and (b is None or b < x) and colon is None:
        # an execution clause names its units up to "chịu trách nhiệm thi hành …", however long
        # the list and whatever verbs describe a unit inside it ("… được tổ chức theo ngành dọc")
        names = _split_units(s, pos, x)
        return _Found(names, x, "exec", 0.8) if names else None
    if b is not None and cue and colon is None and _match(ws, 0, lex.topic_cues):
        return None  # "Đối với các cơ sở …, hướng dẫn …": the topic of a task, not its assignee
    if b is not None:
        bw = _wfrom(s, b)
        rel = _match(ws, bw, lex.relay)
        if rel is None and _match(ws, bw, lex.relay_done) is not None:
            # "Bộ A thông báo các thương nhân … biết, thực hiện": passed on for execution
            rd = _match(ws, bw, lex.relay_done)
            if rd is not None and _DONE.search(s, ws[bw].end, sent_end):
                rel = rd
        if rel is not None and _unit_initial(s[ws[bw + len(rel) - 1].end :].lstrip()):
            # "Ủy ban nhân dân tỉnh giao Giám đốc các sở …": the work passes to the object
            after = ws[bw + len(rel) - 1].end
            return _shift(_analyse(s[after:], "sentence"), after)
        if rel is not None and not cue and mode == "sentence":
            return None  # "Bộ Tài chính đề nghị điều chỉnh mức …": the subject asks, it is not assigned
        names = _split_units(s, pos, _role_heading_end(s, pos, b) if mode == "heading" else b)
        return _Found(names, b, "cue" if cue else "subject", 0.8 if cue else 0.75) if names else None
    if colon is not None:
        if _schedule_after().match(s, colon + 1):
            return None  # "- Chi bộ thôn A: vào lúc 14 giờ 00, ngày …": when it meets, no work
        names = _split_units(s, pos, colon)
        return _Found(names, colon + 1, "colon", 0.85) if names else None
    # "2. Văn phòng Ủy ban nhân dân tỉnh." over its lettered tasks: a short heading that holds no
    # verb is the name, its full stop notwithstanding
    short_stop = (mode == "heading" and colon is None and has_content and s.rstrip().endswith(".")
                  and not s.rstrip().endswith("..") and len(ws) - i <= 12)
    if name_only_ok or short_stop:
        names = _split_units(s, pos, _role_heading_end(s, pos, text_end) if mode == "heading" else text_end)
        return _Found(names, None, mode, 0.85 if mode == "heading" else 0.7) if names else None
    return None


@cache
def _heading_cut() -> re.Pattern[str]:
    r = load_rules("units")["name"]
    copula = "|".join(map(re.escape, r.get("heading_copula", []))) or r"(?!)"
    charges = "|".join(map(re.escape, sorted(r.get("heading_charges", []), key=len, reverse=True))) or r"(?!)"
    return re.compile(rf"\s(?:(?:{copula})\s|(?:{charges})\s*$)")


def _role_heading_end(s: str, pos: int, end: int) -> int:
    """Where a heading's name ends before its holder or its charge ("Chủ tịch Hội đồng là Chủ tịch
    UBND tỉnh có nhiệm vụ" → "Chủ tịch Hội đồng"): only after a role, the copula naming its holder."""
    m = _heading_cut().search(s, pos, end)
    if m is None:
        return end
    if m.group().strip() == "là" and (not bodies.role_length(s[pos : m.start()])
                                      or re.search(r",|\s(?:mà|do|không)\s", s[pos : m.start()] + " ")):
        return end  # ("… tổ chức do Chính phủ thành lập mà không phải là …": a clause's own copula)
    return m.start()


def _led_heading(s: str, has_content: bool) -> _Found | None:
    """A heading that is only a leader role word and a body's name ("Lãnh đạo Ban A"): the
    body's leaders take the tasks below it. Only in a heading, where nothing follows the name:
    in a sentence the same words are a verb and its object ("Lãnh đạo Ban A triển khai …")."""
    core = _first_core(s[:_SPAN])
    if core is None or _wkey(core) not in _leader_role_initials():
        return None  # no leader role opens s (its first word is none's first)
    ws = _awl(s)
    n = _leader_role(ws)
    if not n:
        return None
    at = ws[n].start
    f = _analyse(s[at:], "heading", has_content)
    if f is None or len(f.names) != 1 or f.task_at is not None:
        return None
    name, a, b = f.names[0]
    if a != 0 or s[at + b :].strip(" .:*"):
        return None
    if s[at : at + 1].islower():
        name = name[:1].lower() + name[1:]  # "Lãnh đạo các cơ quan …": the plural stays inside
    return _Found(((s[:at] + name, 0, at + b),), None, f.how, f.conf)


def _cited_name_end(s: str, ws: tuple[_Word, ...], b: int, stop: int) -> int | None:
    """"Hội đồng … về quy hoạch bảo tồn và phát triển làng nghề (Quyết định số …) chỉ đạo …": a
    name followed by the act that set the body up, in brackets, runs on to the bracket — a verb
    before it ("phát triển") names the body's field; the task starts at the verb after the bracket."""
    p = s.find("(", b, min(stop, b + 120))
    if p < 0 or any(ch in s[b:p] for ch in ",;:"):
        return None
    q = s.find(")", p, stop)
    if q < 0 or not re.search(r"\d+/|\bsố\s+\d", s[p:q]) or not re.match(r"\)\s+\w", s[q:]):
        return None  # (an act's number in the bracket; the verb right after it)
    k = _wfrom(s, q + 1)
    if k >= len(ws) or not ws[k].text[:1].islower() or _match(ws, k, _lex().verbs) is None:
        return None
    bw = _wfrom(s, b)
    if any(_match(ws, j, _lex().verbs) in _lex().strong for j in range(bw, k) if ws[j].start < p):
        return None
    return ws[k].start


def _kind_after_comma(s: str, ws: tuple[_Word, ...], i: int, b: int, c: int) -> bool:
    """"Các cơ quan thông tin, tuyên truyền và báo chí … có trách nhiệm": in a class listed
    with commas, a verb right after a comma names a field of the class when no other action
    stands before the charging formula."""
    if not s[:b].rstrip().endswith(",") or not _collective(ws[i : _wfrom(s, b)]):
        return False
    k = _wfrom(s, b)
    v = _match(ws, k, _lex().verbs)
    if v is None or v in _lex().strong:
        return False
    return _verb_boundary(s, k + len(v), c) is None


_DONE = re.compile(r"\bbiết(?:\s+và|\s*,)\s+(?:thực\s+hiện|triển\s+khai)")

# … or, in a Party body's decision, the bare verb before the act itself ("Văn phòng Đảng ủy, các
# chi bộ trực thuộc và các đồng chí có tên tại Điều 1 thi hành Quyết định này.")
_RESPONSIBLE = re.compile(r"(?:chịu|có)\s+trách\s+nhiệm\s+(?:(?:tổ\s+chức\s+)?thi\s+hành|(?:tổ\s+chức\s+(?:triển\s+khai\s+)?|triển\s+khai\s+)thực\s+hiện)"
                          r"|(?<=\s)(?<!việc\s)thi\s+hành\s+(?:Quyết\s+định|Nghị\s+quyết|Quy\s+định|Chỉ\s+thị)\s+này",
                         re.IGNORECASE)


_EXECUTES_ACT = re.compile(r"(?:(?:chịu|có)\s+trách\s+nhiệm\s+)?thi\s+hành\s+(?:Quyết\s+định|Nghị\s+quyết|Quy\s+định|Chỉ\s+thị|Nghị\s+định|Thông\s+tư)\s+này",
                           re.IGNORECASE)


def _exec_boundary(s: str, pos: int, end: int) -> int | None:
    """Where an execution clause's responsibility phrase starts, when no clear task opener
    (``chủ trì``, ``phối hợp`` …) stands between the names and it."""
    m = _RESPONSIBLE.search(s, pos, end)
    if m is None:
        return None
    ws = _wlist(s[pos : m.start()])
    lex = _lex()
    if _EXECUTES_ACT.match(s, m.start()) and not any(
            w.text[:1].islower() and (_match(ws, k, lex.relay) or _match(ws, k, lex.chained) or _match(ws, k, lex.directs))
            for k, w in enumerate(ws)):
        # "… chịu trách nhiệm thi hành Quyết định này": the execution article itself — verbs
        # before it qualify the units it lists ("… có sử dụng kinh phí thực hiện chính sách …"),
        # unless one hands work on or opens a task ("… chỉ đạo …", "… phối hợp với …")
        return m.start()
    for k, w in enumerate(ws):
        if w.text[:1].islower():
            seq = _match(ws, k, lex.verbs)
            # a copula or modal ("… mà không phải là đơn vị …") describes a unit of the list
            if seq is not None and len(seq) > 1 and seq in lex.strong and seq not in lex.execution_verbs \
                    and not (k and ws[k - 1].key == _VIEC) and not _kind_before(ws, k):
                return None  # ("liên quan đến việc thực hiện …": a noun phrase, no task)
    return m.start()


def _kind_before(ws: tuple[_Word, ...], k: int) -> bool:
    """A kind of body just before word ``k`` ("các cơ quan tham mưu, giúp việc …"): the verb
    after it says what the kind does, a noun phrase."""
    lex = _lex()
    for n in (1, 2):
        kind = _match(ws, k - n, lex.cat_index) if k >= n else None
        if kind is not None and len(kind) == n and kind not in lex.levels:
            return True  # (a level — "… cấp xã căn cứ …" — ends a name: the verb after it acts)
    return False


def _strong_verb_after(ws: tuple[_Word, ...], i0: int) -> bool:
    """Whether a heading goes on with a task after its name — a cheap test on clear task
    openers only, so that name-only headings cost no segmentation."""
    lex = _lex()
    for k in range(i0 + 1, len(ws)):
        w = ws[k]
        if not w.text[:1].islower() or ws[k - 1].key in _GLUE or ws[k - 1].trail.strip():
            continue
        seq = _match(ws, k, lex.verbs)
        if seq is not None and seq in lex.strong:
            return True
    return False


@cache
def _relay_colon() -> re.Pattern[str]:
    """A line that hands work down, then the bodies and a colon ("Chỉ đạo X, Y: …"): the cues of
    rules/units.toml [cues] relay_items at the line's start, capitalised."""
    cues = sorted(load_rules("units")["cues"].get("relay_items", []), key=len, reverse=True)
    alt = "|".join(re.escape(c[:1].upper() + c[1:]) for c in cues)
    return re.compile(rf"(?:{alt})\s+(?=[^:\n]{{3,160}}:)")


def _asked_of_report(s: str, ws: tuple[_Word, ...], k: int, st: Phrase) -> _Found | None:
    """The addressee of a report's respectful verb ("kính báo cáo") when the verb that follows
    its name asks it to act ([cues] report_asks: "xem xét", "cho phép" …): the addressee is
    the unit. A report that only tells ("kính báo cáo Ủy ban nhân dân tỉnh như sau") gives none,
    nor one whose ask opens the list of what it submits ("xem xét thông qua:")."""
    if k + len(st) > len(ws):
        return None
    after = ws[k + len(st) - 1].end
    if not _unit_initial(s[after:].lstrip()):
        return None
    f = _shift(_analyse(s[after:], "sentence"), after)
    if f is None or f.task_at is None or _match(_wlist(s[f.task_at :]), 0, _lex().report_asks) is None:
        return None
    if s.rstrip().endswith(":"):
        return None  # "… kính báo cáo Thủ tướng Chính phủ xem xét thông qua:" — the drafts it lists
    return f


def _shift(f: _Found | None, by: int) -> _Found | None:
    if f is None:
        return None
    return _Found(
        tuple((n, a + by, b + by) for n, a, b in f.names),
        None if f.task_at is None else f.task_at + by,
        f.how,
        f.conf,
    )


# ---------------------------------------------------------------------------- splitting a list


_PAREN = re.compile(r"\([^()]*\)?")


_APPOSED_PLACE = re.compile(rf"\s*(?:{_PLACE_LEVELS})(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){{1,4}}\s*")


@per_text_cache(8192)
def _split_units(s: str, start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    """Units named by ``s[start:end]``, one per unit, with their offsets in ``s``.

    A part that is only a place written small after a comma ("Hiệp hội Du lịch, tỉnh Hà An và
    …") says where the body before it is: it goes with that body, it is no unit of its own."""
    names = _split_units_read(s, start, end)
    if len(names) < 2:
        return names
    if len(names) == 2 and _office_of(s, names[0], names[1]):
        # "Cục Quản lý lao động ngoài nước, Bộ Lao động - Thương binh và Xã hội có trách nhiệm":
        # an office and, after its comma, the body that holds it — one unit, named with its holder
        (n0, a0, _b0), (n1, _a1, b1) = names
        return ((f"{n0}, {n1}", a0, b1),)
    out: list[tuple[str, int, int]] = []
    for n, a, b in names:
        if (out and _APPOSED_PLACE.fullmatch(s[a:b]) and s[out[-1][2] : a].strip() == ","
                and not _LEVEL_END.search(" " + out[-1][0]) and not _has_place(out[-1][0])
                and not _APPOSED_PLACE.fullmatch(out[-1][0][:1].lower() + out[-1][0][1:])):
            # (two places side by side are two units: "Thành phố A, tỉnh B đẩy nhanh …")
            pn, pa, _pb = out[-1]
            out[-1] = (f"{pn} {collapse(s[a:b])}", pa, b)
            continue
        out.append((n, a, b))
    return tuple(out)


def _office_of(s: str, first: tuple[str, int, int], second: tuple[str, int, int]) -> bool:
    """Whether ``second`` names the body that holds the office ``first`` names, set after it by a
    comma: an office's head ("Cục", "Vụ", "Phòng", "Trung tâm"), then a holder named in full — a
    body that holds offices ("Bộ Lao động - …") or an office named after its body ("Văn phòng Ủy ban
    nhân dân tỉnh"), not a head alone ("Bộ", "Văn phòng Bộ")."""
    n0, _a0, b0 = first
    n1, a1, _b1 = second
    if s[b0:a1].strip() != "," or not bodies.is_subordinate_head(n0):
        return False
    head = bodies.head_length(n1)
    if not head or len(n1.split()) < 3 or collapse(n1).casefold() in collapse(n0).casefold():
        return False
    if n0[: bodies.head_length(n0)].casefold() == n1[:head].casefold():
        return False  # two offices side by side ("Văn phòng Đảng ủy, Văn phòng Hội đồng nhân dân …")
    if bodies.is_parent_head(n1):
        return True
    # an office named after its body: its field is itself a body with a head ("Văn phòng | Ủy ban …")
    field = n1[head:].strip()
    return n1.split()[0] == "Văn" and len(field.split()) >= 2 and bodies.head_length(field) > 0


_HELD_PLACE = re.compile(rf"\s(?:{_PLACE_LEVELS})\s+[A-ZĐÀ-Ỹ]")


def _has_place(name: str) -> bool:
    """Whether a name already holds a locality ("… tỉnh Hà An", "Ủy ban nhân dân tỉnh A, B"): a
    place after it is a body's of its own then, no apposition."""
    return _HELD_PLACE.search(name) is not None


def _split_units_read(s: str, start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    seg = s[start:end].rstrip(" :;,.–-")
    end = start + len(seg)
    if not seg.strip():
        return ()
    if ";" in seg:
        # inside a list of names, a ';' before a bare kind in small letters is the comma a scan's
        # OCR misread ("Giám đốc đại học; học viện; hiệu trưởng …"): read as the comma (same
        # length); before a body named in small letters ("…; văn phòng đảng ủy các ban") it parts
        fixed = _OCR_LIST_SEMICOLON.sub(lambda m: "," if _bare_kind_after(m) else ";", seg)
        if fixed != seg:
            s, seg = s[:start] + fixed + s[end:], fixed
    cells = _cells_of_bodies(seg)
    if cells:
        return tuple((n, start, end) for n in cells)
    whole = bodies.complete_field(collapse(seg)) if seg.rstrip().endswith("và") else None
    if whole and not re.search(r"[,;]", seg):
        return ((whole, start, end),)  # "Bộ Khoa học và" / (page break): the one field it begins
    # "Các cơ sở đào tạo gồm Trường A, Trường B": a class and then the members it is made of —
    # the members are the units; with no member after it ("Các đơn vị gồm:" over a list) the
    # class, without its verb of inclusion
    g = _INCLUDED.search(_PAREN.sub(lambda x: " " * len(x.group(0)), seg))
    if g is not None and g.start() > 0:
        inner = _split_plain(s, start + g.end(), end) if g.end() < len(seg) else []
        if inner and all(_unit_initial(n) and n[:1].isupper() for n, _a, _b in inner):
            return tuple(inner)
        if not seg[g.end() :].strip():
            return _split_units_read(s, start, start + g.start())
    # "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …):" — a group defined by its list
    m = re.fullmatch(r"\s*(?P<outer>[^()]+?)\s*\((?P<list>[^()]+)\)\s*", seg)
    if m:
        # "(gồm các Sở: A, B)": the list after its verb of inclusion
        g = _INCLUDES.match(s, start + m.start("list"), start + m.end("list"))
        a = g.end() if g else start + m.start("list")
        inner = _split_plain(s, a, start + m.end("list"))
        # … or one body named for its role ("Nhà đầu tư (Tập đoàn A)") — not a body named in full
        # with its part or its role in brackets ("Công an tỉnh (Phòng Cảnh sát giao thông)",
        # "Sở Nội vụ (cơ quan thường trực)")
        outer = _wlist(m.group("outer"))
        one = (len(inner) == 1 and len(outer) <= 3 and not _ends_with_level(outer)
               and not any(w.text[:1].isupper() for w in outer[1:])
               and bodies.name_length(inner[0][0]) > 0 and s[inner[0][1] : inner[0][1] + 1].isupper())
        if (len(inner) >= 2 or one) and all(_unit_initial(n) and n[:1].isupper() for n, _a, _b in inner):
            return tuple(inner)
    # "Phó Chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng": a role named by
    # the fields in its charge; the list after "phụ trách (lĩnh vực)" is the fields', not units
    f = _IN_CHARGE_OF.search(seg)
    if f is not None and f.start() > 0 and seg[f.start() - 1] != "," and len(_IN_CHARGE_OF.findall(seg)) == 1 and re.search(r",|\svà\s", seg[f.end() :]):
        head = _split_plain(s, start, start + f.start())
        parts = [x.strip() for x in re.split(r",|\svà\s", seg[f.end() :])]
        people = any(bodies.role_length(x) or staff_head(fold(x)) for x in parts[1:])
        if len(head) == 1 and not people and head[0][1] == start + len(seg[: f.start()]) - len(seg[: f.start()].lstrip()):
            return ((collapse(seg), head[0][1], end),)
    # parenthesised examples are not part of a name: blank them, offsets unchanged; so too the
    # role after a comma that says what the body before it is in the plan ("Vụ A, đơn vị
    # thường trực Hội đồng B")
    work = _PAREN.sub(lambda x: " " * len(x.group(0)), s[:end]) + s[end : end + 60]
    if "," in seg and _comma_appositive_re().search(work, start, end):
        work = _blank_comma_appositives(work, end)
    # "các bộ, ngành, cơ quan chủ quản, nhất là Tổng công ty A": the one singled out is a unit
    # of its own beside the class
    m = _SINGLED_OUT.search(work, start, end)
    # (a named body, capitalised: "nhất là người đứng đầu" only stresses the class's own heads)
    if m and ((_unit_initial(work[m.end() : end]) and work[m.end() : m.end() + 1].isupper())
              or re.fullmatch(r"\s*[A-ZĐ]{2,8}\s*", work[m.end() : end])):
        rest = _split_plain(work, m.end(), end) or [(work[m.end() : end].strip(), m.end(), end)]
        return tuple(_split_plain(work, start, m.start()) + rest)
    if m and m.start() > start and work[m.end() : m.end() + 1].islower():
        return tuple(_split_plain(work, start, m.start()))  # the stress is no part of the names
    if (t := _STRESS_END.search(work, start, end)) is not None and t.end() == end and t.start() > start:
        # "Cán bộ đoàn, đặc biệt là cán bộ … gương mẫu …" read up to its "là": the stress
        # word that opened what the name stopped before is no part of it
        return tuple(_split_plain(work, start, t.start()))
    return tuple(_split_plain(work, start, end))


_STRESS_END = re.compile(r",?\s+(?:nhất|đặc biệt|trong đó)\s*$")


_OCR_LIST_SEMICOLON = re.compile(r";(?=\s+([^;]+))")


def _bare_kind_after(m: re.Match[str]) -> bool:
    """The part after a list's ';', up to the next, is a kind of body in small letters and
    nothing more ("học viện", "trường đại học"), as a class list's next member is — not a list
    of its own ("…; cơ quan, đơn vị có liên quan": another unit)."""
    part = m.group(1).strip()
    if not part[:1].islower() or "," in part or part.casefold().startswith(("các ", "và ")):
        return False
    ws = _wlist(part)
    return 0 < len(ws) <= 4 and (_bare(ws) or _head_at(ws, 0) == len(ws)
                                 or _match(ws, 0, _lex().cat_index) is not None and len(ws) <= 3)


_IN_CHARGE_OF = re.compile(r"\s(?:phụ\s+trách|được\s+phân\s+công\s+phụ\s+trách)(?:\s+(?:các\s+)?lĩnh\s+vực)?\s")
_INCLUDED = re.compile(r"\s+(?:bao\s+gồm|gồm(?:\s+có)?)(?:\s*:\s*|\s+|\s*$)")
_INCLUDES = re.compile(r"\s*(?:bao\s+gồm|gồm(?:\s+có)?|trong\s+đó\s+có)\s+", re.IGNORECASE)
_SINGLED_OUT = re.compile(r",?\s+(?:nhất|đặc biệt|trong đó)\s+là\s+")


_ROLE_LIST = re.compile(r"\s*(?P<role>[^\s:,;]+(?:\s+[^\s:,;]+){0,3})\s*:\s*(?=[A-ZĐÀ-Ỹ])")
_DIST = re.compile(r"\b[Cc]ác\s+(?P<h>[^\s:,;]+(?:\s+[^\s:,;]+)?)(?:\s*,\s*(?P<h2>[^\s:,;]+(?:\s+[^\s:,;]+)?))?"
                   r"(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)?\s*:\s*")


_HEAD_COLON = re.compile(r"(?P<h>[A-ZĐÀ-Ỹ][^\s:,;]*(?:\s+[^\s:,;]+)?)\s*:\s*")


@cache
def _cells_re() -> re.Pattern[str]:
    heads = phrases_alternation(list(load_rules("units")["name"].get("committee_of_each", ())))
    member = r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[a-zđà-ỹ][^\W\d_]*)?"
    levels = phrases_alternation(list(load_rules("bodies")["locality"]["levels"]))
    return re.compile(rf"(?P<h>{heads})\s+(?P<m>{member}(?:\s*,\s*{member})+)\s+(?P<lv>{levels})",
                      re.IGNORECASE)


def _cells_of_bodies(seg: str) -> list[str] | None:
    """"Chi bộ Công an, Quân sự xã": a Party cell's head over the bodies of one level it sits in
    — the cell of each ("Chi bộ Công an xã", "Chi bộ Quân sự xã"). The members are short names in
    capitals; the level closes the list."""
    m = _cells_re().fullmatch(collapse(seg).strip())
    if m is None or not m.group("h")[:1].isupper():
        return None
    head, lv = m.group("h"), m.group("lv")
    members = [x.strip() for x in m.group("m").split(",")]
    if any(_committee_of_each(x) or x.casefold().startswith(("khối", "các")) for x in members):
        return None
    return [_clean_name(f"{head} {x} {lv}") for x in members]


@cache
def _schedule_after() -> re.Pattern[str]:
    words = load_rules("units")["name"].get("schedule_after_colon", [])
    return re.compile(rf"[\s*_]*(?:{'|'.join(map(re.escape, words))})\s*\d", re.IGNORECASE)


@cache
def _committees() -> frozenset[Phrase]:
    return frozenset(_key(n) for n in load_rules("units")["name"].get("committee_of_each", ()))


def _committee_of_each(role: str) -> bool:
    return _key(collapse(role)) in _committees()


def _committee_len(ws: tuple[_Word, ...]) -> int:
    """How many words of ``ws`` make the Party organisation's head it opens with ("Chi bộ …",
    "đảng bộ …", "Chi ủy …"); 0 if none."""
    return next((len(k) for k in _committees() if tuple(w.key for w in ws[: len(k)]) == k), 0)


def _committee_at(ws: tuple[_Word, ...]) -> bool:
    return _committee_len(ws) > 0


def _role_heads(s: str, start: int, end: int) -> list[re.Match[str]]:
    """"Giám đốc Sở: Tư pháp, Nội vụ": a role over a singular head, then a colon and the
    fields — distributed as "các Sở:" is (the head's match, to take the role before it)."""
    out = []
    for c in (i for i in range(start, end) if s[i] == ":"):
        cut = max(s.rfind(";", start, c), s.rfind(",", start, c), start - 1) + 1
        lead = s[cut:c]
        n = bodies.role_length(lead.lstrip())
        if not n:
            continue
        a = cut + len(lead) - len(lead.lstrip()) + n
        m = _HEAD_COLON.match(s, a + len(s[a:c]) - len(s[a:c].lstrip()), end)
        if m and m.end("h") <= c and bodies.domain_length(s[m.end() : m.end() + 80]):
            # (the fields after the colon: "Chánh Văn phòng Bộ: Giúp Bộ trưởng …" is a task)
            out.append(m)
    return out


_PLACE_TAIL = re.compile(r"\s((?:trên địa bàn|tại|ở)\s+\S.*)$")


def _head_word(s: str) -> str:
    """The head word of the body ``s`` opens with, folded ("" where it opens with none)."""
    t = s.strip()
    return fold(t[: bodies.head_length(t)]) if t[:1].isupper() else ""


def _role_list_goes_on(s: str, ps: int, pe: int, role: str, kind: str) -> list[tuple[str, int, int]] | None:
    """A ";"-part after a bare role's list ("Giám đốc: Trung tâm A; Trung tâm B và các tổ chức
    …"): after a colon the list runs on to the sentence's end, so each body of the same kind as
    the list's first (its head word) takes the role, up to a class ("các …"), a role or a body of
    another kind, which stand as written. None where the part opens with no such body (the list
    ended: "Giám đốc: Sở A; Ủy ban nhân dân các xã …")."""
    segs = _segments(s, ps, pe)
    if not kind or not segs or _head_word(s[segs[0][0] : segs[0][1]]) != kind:
        return None
    out: list[tuple[str, int, int]] = []
    for a, b in segs:
        if _head_word(s[a:b]) != kind:
            return out + _split_plain(s, a, pe)  # "… và các tổ chức, cá nhân": as written
        name = _clean_name(f"{role} {s[a:b]}")
        if _is_unit_name(name):
            out.append((name, a, b))
    return out


def _share_place_tail(members: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A distributed list's place said once, after its last member ("Các trường: Đại học, Cao đẳng,
    Trung cấp trên địa bàn tỉnh"): every member is of that place."""
    if len(members) < 2:
        return members
    m = _PLACE_TAIL.search(members[-1][0])
    if m is None:
        return members
    tail = m.group(1)
    return [(n if _PLACE_TAIL.search(n) else f"{n} {tail}", a, b) for n, a, b in members[:-1]] + [members[-1]]


# the list's other places, unnamed ("các địa phương khác …", "các tỉnh, thành phố còn lại")
_OTHER_PLACES = re.compile(r"(?:các|những)\s+(?:địa\s+phương|tỉnh|thành\s+phố|huyện|xã)\b[^;:]*?\b(?:khác|còn\s+lại)\b")


def _split_plain(s: str, start: int, end: int) -> list[tuple[str, int, int]]:
    # "các Tập đoàn: A, B, C" — the head distributes over the names after the colon, up to the
    # end of its ";"-part; a role right before it goes with each ("Giám đốc các Sở: Tư pháp, Nội
    # vụ" → "Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ")
    for m in sorted([*_DIST.finditer(s, start, end), *_role_heads(s, start, end)], key=lambda x: x.start()):
        hw = _wlist(s[m.start() : m.end("h")])
        if _head_at(hw, 0) == len(hw) and _co_head(m):
            head = _cap(collapse(m.group("h")))  # "các sở: Y tế, …" → "Sở Y tế": a proper name
            stop = s.find(";", m.end(), end)
            stop = end if stop < 0 else stop
            stop, by_part = _semicolon_members(s, m.end(), stop, end)
            cut = max(s.rfind(";", start, m.start()), s.rfind(",", start, m.start())) + 1
            cut = max(cut, start)
            lead = s[cut : m.start()].strip()
            role = ""
            level = m.re is _DIST and tuple(_wkey(w) for w in m.group("h").split()) in _lex().levels
            if lead and level and (bodies.is_role(lead) or bodies.name_length(lead) > 0 or bodies.head_length(lead) > 0):
                # "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa": the body (or its
                # officer) of each locality the list names — "… tỉnh Đắk Lắk", "… tỉnh Khánh Hòa"
                role = f"{collapse(lead)} "
                head = collapse(m.group("h"))
            elif lead and bodies.is_role(lead):
                role = collapse(lead) + " "
            elif m.re is _DIST:
                cut = m.start()
            else:
                continue  # "Sở: …" without its role or "các" is a label, not a distribution
            members = []
            after = stop
            own_named = False  # the class's members named with their own heads
            for a, b in _member_pieces(s, m.end(), stop, by_part):
                if role and (own_named or (not members and _starts_own(s[a:b]))) and _wlist(s[a:b])[0].key != _CAC:
                    # "Thủ trưởng các cơ quan: Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh": a class whose
                    # members the list names in full, each with its own head, gives each the role
                    # (the head word of the class is no part of a later member: "…, Thuế tỉnh")
                    own_named = True
                    name = _clean_name(f"{role}{s[a:b]}")
                    if _is_unit_name(name):
                        members.append((name, a, b))
                    continue
                if by_part and role and _starts_own(s[a:b]) and _wlist(s[a:b])[0].key != _CAC:
                    # a ";"-list's member with its own head takes the role alone ("Giám đốc
                    # các sở, ngành: Xây dựng; Ban Quản lý …" → "Giám đốc Ban Quản lý …")
                    name = _clean_name(f"{role}{s[a:b]}")
                    if _is_unit_name(name):
                        members.append((name, a, b))
                    continue
                if level and role and _opens_level(_wlist(s[a:b])):
                    # "… các huyện: A, B, thị xã C và thành phố D": a locality named with its own
                    # level takes the body alone ("… thị xã C", not "… huyện thị xã C")
                    name = _clean_name(f"{role}{s[a:b]}")
                    if _is_unit_name(name):
                        members.append((name, a, b))
                    continue
                if level and role and members and _OTHER_PLACES.match(s[a:b].lstrip()):
                    # "Chủ tịch Ủy ban nhân dân các tỉnh: A, B và các địa phương khác trên lưu vực
                    # sông C": the places the list leaves unnamed take the body (or its officer) too
                    name = _clean_name(f"{role}{s[a:b].strip()}")
                    if _is_unit_name(name):
                        members.append((name, a, b))
                    continue
                if _starts_own(s[a:b]) or (level and role and s[a:b].lstrip()[:1].islower()):
                    # "…, Y tế và các Bộ, ngành có liên quan": the list has ended (so too a list of
                    # localities at a word in small letters: "… các tỉnh: A, B và lãnh đạo các Bộ,
                    # ngành …" — a place is named in capitals)
                    after = a
                    break
                # "các Bộ: A, B có ý kiến về …": the last field runs into the clause the list is
                # the subject of; the name ends at its predicate and so does the list
                n = bodies.name_length(f"{head} {s[a:b]}") - len(head) - 1
                field = s[a : a + n].strip() if n > 0 else ""
                closed = 0 < n < b - a and bodies.domain_length(field) == len(field)  # (not "Ngoại| giao")
                own = head
                if level and m.group("h2") and _is_central_city(s[a:b]):
                    own = collapse(m.group("h2"))  # "các tỉnh, thành phố: …, Đà Nẵng": "thành phố Đà Nẵng"
                name = _clean_name(f"{role}{own} {s[a : a + n] if closed else s[a:b]}")
                if _is_unit_name(name):
                    members.append((name, a, a + n if closed else b))
                if closed:
                    after = stop
                    break
            members = _share_place_tail(members)
            if level and role and " và " in role:
                members = _each_role(role, members, s)
            if after < stop:
                members += _split_plain(s, after, stop)
            rest = _split_plain(s, stop + 1, end) if stop < end else []
            return _split_plain(s, start, cut) + members + rest
    out: list[tuple[str, int, int]] = []
    listed_role, listed_kind = "", ""  # a "Giám đốc: A; B" list's role and its bodies' head word
    for ps, pe in _parts(s, start, end):
        m = _ROLE_LIST.match(s, ps, pe)
        if m and (bodies.is_role(m.group("role")) or _committee_of_each(m.group("role"))):
            # "Giám đốc: Trung tâm A, Trung tâm B" — the role goes with each body of its list
            # (a Party committee with each body it sits in: "Chi ủy: Công an xã, Quân sự xã")
            role = listed_role = collapse(m.group("role"))
            listed_kind = _head_word(s[m.end() : pe])
            for a, b in _segments(s, m.end(), pe):
                name = _clean_name(f"{role} {s[a:b]}")
                if _is_unit_name(name):
                    out.append((name, a, b))
            continue
        if listed_role and (kept := _role_list_goes_on(s, ps, pe, listed_role, listed_kind)) is not None:
            out.extend(kept)
            continue
        listed_role = ""
        segs = _segments(s, ps, pe)
        for i0 in range(len(segs) - 2):
            resp = _respective_heads(s, segs[i0:])
            if resp is not None:
                if i0:
                    out.extend(_split_plain(s, ps, segs[i0 - 1][1]))
                out.extend(resp[0])
                if resp[1] < pe:
                    out.extend(_split_plain(s, resp[1], pe))
                break
        else:
            resp = None
        if resp is not None:
            continue
        shared = _shared_head(s, segs)
        if shared:
            names, after = shared
            out.extend(names)
            if after < pe:
                out.extend(_split_plain(s, after, pe))
            continue
        groups: list[list[tuple[int, int]]] = []
        for a, b in _joined_persons_out(s, _segments(s, ps, pe)):
            g_ws = _wlist(_expand(s[a:b]))
            if not g_ws:
                continue
            if not groups:
                groups.append([(a, b)])
                continue
            la, lb = groups[-1][-1]
            first_piece = s[groups[-1][0][0] : groups[-1][0][1]].strip(" .;-+•")
            ends_place = _level_place().search(s, la, lb)
            if _localities_only(s[a:b]) and ends_place and ends_place.end() == len(s[:lb].rstrip(" .;")) \
                    and not _level_place().fullmatch(" " + first_piece):
                # "… tỉnh A, tỉnh B" / "… huyện A, tỉnh B": another locality of the same level (a
                # body of its own, :func:`_sibling_localities`) or the first one's address
                groups[-1].append((a, b))
                continue
            if _localities_only(s[a:b]) and _localities_only(first_piece) and len(groups[-1]) == 1:
                groups.append([(a, b)])  # "Thành phố A, tỉnh B …" as subjects: each locality
                continue
            if _starts_new(_wlist(_expand(s[la:lb])), g_ws, _wlist(_expand(s[groups[-1][0][0] : lb])), s[lb:a]):
                groups.append([(a, b)])
            else:
                groups[-1].append((a, b))
        part: list[tuple[str, int, int]] = []
        for grp in (x for g0 in _absorb_concerned(s, _central_class(s, groups)) for x in _persons_apart(s, g0)):
            a, b = grp[0][0], grp[-1][1]
            heads = _plural_heads(s, grp)
            if heads:
                part.extend(heads)
                continue
            over = _role_over_kinds(s, grp)
            if over is not None:
                part.extend(x for x in over[0] if _is_unit_name(x[0]))
                continue
            name = _clean_name(s[a:b])
            sib = _sibling_localities(s, a, b) if "," in name or " và " in name else None
            if sib:
                part.extend(x for x in sib if _is_unit_name(x[0]))
            elif _is_unit_name(name):
                part.append((name, a, b))
        out.extend(_share_tails(s, part))
    return out


@cache
def _level_place() -> re.Pattern[str]:
    """A locality named by its level and its proper name, at the end of a piece ("… thành phố
    Hà Nội", "Thành phố Hồ Chí Minh"): the level in either case, the name in capitals."""
    words = sorted((w for w in load_rules("bodies")["locality"]["levels"] if not w.startswith(("cấp", "các"))),
                   key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:^|\s)(?P<lv>(?i:{alt}))\s+(?P<place>[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*)*)$")


_SIBLING_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")


def _localities_only(piece: str) -> bool:
    """Whether a list piece names localities by level and name only ("tỉnh A", "thành phố B và
    tỉnh C"), no body."""
    parts = [p.strip(" .;") for p in _SIBLING_SPLIT.split(piece)]
    return bool(parts) and all(_level_place().fullmatch(" " + p) for p in parts)


def _sibling_localities(s: str, a: int, b: int) -> list[tuple[str, int, int]] | None:
    """"Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh": a body named for one locality,
    then other localities of the same level — the same body of each ("… Thành phố Hồ Chí Minh").
    A locality of another level after the comma is the first one's address ("Ủy ban nhân dân
    huyện A, tỉnh B"), no body of its own."""
    cuts = [(m.start(), m.end()) for m in _SIBLING_SPLIT.finditer(s, a, b)]
    if not cuts:
        return None
    first = _level_place().search(s, a, cuts[0][0])
    if first is None or first.end() != cuts[0][0]:
        return None
    head = collapse(s[a : first.start("lv")]).lstrip("-+•–* ")
    full = collapse(_expand(head))
    r = bodies.role_length(full)
    rest = full[r:].strip()
    if not head or not (bodies.head_length(full) == len(full) or bodies.is_role(full)
                        or (r and bodies.head_length(rest) == len(rest))):
        return None  # (a body's head, a role, or a role over a body's head: "Chủ tịch Ủy ban nhân dân")
    level = collapse(first.group("lv")).casefold()
    # (an address never lists with "và": "… thành phố A, thành phố B và tỉnh C" are siblings of
    # either level; with commas alone only one level is)
    listed = any("và" in s[x:y] for x, y in cuts)
    out = [(_clean_name(s[a : cuts[0][0]]), a, cuts[0][0])]
    for k, (_x, e) in enumerate(cuts):
        stop = cuts[k + 1][0] if k + 1 < len(cuts) else b
        piece = s[e:stop].strip(" .;")
        m = _level_place().fullmatch(" " + piece)
        if m is None or (collapse(m.group("lv")).casefold() != level and not listed):
            return None
        out.append((_clean_name(f"{head} {piece}"), e, stop))
    return out


_NAMES_LIST = re.compile(r"\s*(?:[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){0,3})(?:\s*(?:,|\svà)\s*[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){0,3})+")


def _committees_listed(s: str, pos: int, colon: int, end: int) -> bool:
    """Whether a Party committee's head alone before the colon opens the list of the bodies it
    sits in, a verb in small letters after it ("Chi ủy: Công an xã, Quân sự xã căn cứ …")."""
    if not _committee_of_each(s[pos:colon].strip(" *_")):
        return False
    parts = re.split(r"\s*,\s*|\s+và\s+", s[colon + 1 : end].strip(" *_"))
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts[:2]) and len(parts[0].split()) <= 5


def _localities_listed(s: str, pos: int, colon: int, end: int) -> bool:
    """Whether the colon closes a plural of levels ("… các tỉnh, thành phố trực thuộc Trung
    ương:") and opens the list of their names, a verb in small letters after it: the colon
    distributes a subject, it does not open a task."""
    found = list(_DIST.finditer(s, pos, colon + 2))
    m = found[-1] if found else None
    if m is None or m.end() < colon + 1 or tuple(_wkey(w) for w in m.group("h").split()) not in _lex().levels:
        return False
    lst = _NAMES_LIST.match(s, colon + 1, end)
    return lst is not None and s[lst.end() : lst.end() + 2].strip()[:1].islower()


@cache
def _central_cities() -> frozenset[str]:
    return frozenset(fold(c) for c in load_rules("bodies")["locality"].get("central_cities", []))


def _is_central_city(place: str) -> bool:
    return fold(collapse(place).strip(" .;")) in _central_cities()


def _each_role(role: str, members: list[tuple[str, int, int]], s: str) -> list[tuple[str, int, int]]:
    """"Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: A, B": two roles before a list of
    localities, each of them the role of each locality — "Bí thư Tỉnh ủy A", "Chủ tịch Ủy ban
    nhân dân tỉnh A" (a committee that names its level itself, "tỉnh ủy", takes the place alone)."""
    first, _, second = role.strip().partition(" và ")
    if not bodies.role_length(first) or not bodies.role_length(second):
        return members
    own = next((h for h in bodies.own_level_heads()
                if tuple(_wkey(w) for w in first.split()[-len(h) :]) == h), None)
    lead = " ".join(first.split()[: -len(own)]) if own else first
    own_name = " ".join(first.split()[-len(own) :]) if own else ""
    own_name = own_name[:1].upper() + own_name[1:]
    out: list[tuple[str, int, int]] = []
    for name, a, b in members:
        rest = name[len(role) :] if name.startswith(role) else None
        if rest is None:
            return members
        lp = _level_place().fullmatch(" " + rest.strip())
        place = lp.group("place") if lp else collapse(s[a:b])
        out.append((_clean_name(f"{lead} {own_name} {place}" if own else f"{first} {rest}"), a, b))
    out += [(_clean_name(f"{second} {name[len(role):]}"), a, b) for name, a, b in members]
    return out


def _co_head(m: re.Match[str]) -> bool:
    """"các sở, ngành: …" — a second plural noun after the head shares its colon list; only a
    noun the rules list as such, so "các sở, tổ chức: …" stays undistributed."""
    h2 = m.groupdict().get("h2")
    return h2 is None or " ".join(map(_wkey, h2.split())) in _lex().co_heads


def _single_member(piece: str) -> bool:
    """Whether a ";"-piece of a colon list is one member: a field or a body named once, with no
    comma or "và" list in it outside a protected name, and no role opening a new subject."""
    p = piece.strip()
    ws = _wlist(p)
    if not ws or not p[0].isupper() or len(ws) > 10 or bodies.role_length(p):
        return False
    if bodies.domain_length(p) == len(p):
        return True
    segs = _segments(p, 0, len(p))
    # "Văn hóa Thể thao và Du lịch": a field joined by "và" alone, no body of its own after it
    return len(segs) == 1 or ("," not in p and not any(_starts_own(p[a:b]) for a, b in segs[1:]))


def _semicolon_members(s: str, a: int, stop: int, end: int) -> tuple[int, bool]:
    """Where a distributed colon list ends when its members are set apart by ";" ("các sở:
    Xây dựng; Công Thương; Ban Quản lý … và Công an tỉnh"): each piece before the last is one
    member, the last ends the list (and carries the clause's predicate, cut before this)."""
    if stop >= end or not _single_member(s[a:stop]):
        return stop, False
    while stop < end:
        nxt = s.find(";", stop + 1, end)
        nxt = end if nxt < 0 else nxt
        piece = s[stop + 1 : nxt].strip()
        if not piece or not piece[0].isupper() or bodies.role_length(piece) or _wlist(piece)[0].key == _CAC:
            break
        stop = nxt
        if not _single_member(piece) and not _member_follows(s, nxt, end):
            break
    return stop, True


def _member_follows(s: str, at: int, end: int) -> bool:
    """A ";"-piece of one member after ``at`` ("…; Xuất bản, In và Phát hành; Báo chí; …"): the
    piece before it, commas and all, was a member too, not the list's last part."""
    if at >= end:
        return False
    nxt = s.find(";", at + 1, end)
    piece = s[at + 1 : end if nxt < 0 else nxt].strip()
    return bool(piece) and _single_member(piece) and not _starts_own(piece)


def _member_pieces(s: str, a: int, stop: int, by_part: bool) -> list[tuple[int, int]]:
    """The members of a distributed list: its comma/"và" segments, or in a ";"-list each piece
    whole, the last one split only where a body with its own head follows ("… và Công an tỉnh")."""
    if not by_part:
        return _segments(s, a, stop)
    parts = _parts(s, a, stop)
    out = [_trim(s, x, y) for x, y in parts[:-1]]
    x, y = parts[-1]
    segs = _segments(s, x, y)
    cur = segs[0]
    for g in segs[1:]:
        if _starts_own(s[g[0] : g[1]]):
            out.append(cur)
            cur = g
        else:
            cur = (cur[0], g[1])
    out.append(cur)
    return out


def _joined_persons_out(s: str, segs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The list's pieces less a person joined to it by "và" ("…, Ủy ban nhân dân tỉnh X và ông
    Trần Văn B chịu trách nhiệm …"): a lower-case honorific and a capitalised name is no body,
    neither a unit nor a part of the name before it."""
    out = []
    for i, (a, b) in enumerate(segs):
        ws = _wlist(s[a:b])
        h = _match(ws, 0, _lex().honorifics) if ws and ws[0].text[:1].islower() else None
        if h and i and re.fullmatch(r"\s+(?:và|cùng)\s+", s[segs[i - 1][1] : a]) \
                and 2 <= len(ws) - len(h) <= 5 and all(w.text[:1].isupper() for w in ws[len(h) :]):
            continue
        out.append((a, b))
    return out


_CONCERNED_TAIL = re.compile(r"\s+(?:khác\s+)?(?:có\s+)?liên\s+quan\s*$")


def _whole_field(seg: str, ministry: bool) -> bool:
    """Whether ``seg`` is a known field and nothing else ("Xây dựng", "Kế hoạch và Đầu tư"); one
    that also heads a body ("Công an") only after "Bộ"."""
    return bool(seg[:1].isupper() and bodies.domain_length(seg) == len(seg)
                and (ministry or not bodies.head_length(seg)))


_TRUONG = _wkey("trưởng")
_CO = _wkey("có")


def _respective_heads(s: str, segs: list[tuple[int, int]]) -> tuple[list[tuple[str, int, int]], int] | None:
    """"Vụ trưởng, Cục trưởng các Vụ, Cục trực thuộc Bộ": heads of kinds named in turn — each
    "<kind> trưởng" over its own kind in the plural list that follows, in the same order, the
    list's tail shared ("Vụ trưởng các Vụ trực thuộc Bộ", "Cục trưởng các Cục trực thuộc Bộ").
    Only where every role is its kind's word with "trưởng" after it; None otherwise."""
    kinds: list[tuple[str, ...]] = []
    k = 0
    while k < len(segs):
        ws = _wlist(s[segs[k][0] : segs[k][1]])
        if len(ws) < 2 or ws[-1].key != _TRUONG and not (len(ws) > 3 and ws[1].key == _TRUONG and ws[2].key == _CAC):
            break
        if ws[1].key == _TRUONG and len(ws) > 2:
            kinds.append((ws[0].key,))
            k += 1
            break  # the last role, over the plural list: "Cục trưởng các Vụ"
        if len(ws) != 2:
            return None
        kinds.append((ws[0].key,))
        k += 1
    else:
        return None
    if len(kinds) < 2:
        return None
    first = _wlist(s[segs[k - 1][0] : segs[k - 1][1]])
    listed = [first[3:]] + [_wlist(s[a:b]) for a, b in segs[k : k - 1 + len(kinds)]]
    if len(listed) != len(kinds) or any(not ws or (ws[0].key,) != kind for ws, kind in zip(listed, kinds, strict=True)):
        return None
    if any(len(ws) != 1 for ws in listed[:-1]):
        return None
    last = listed[-1]
    tail = s[segs[k - 2 + len(kinds)][0] + last[0].end : segs[k - 2 + len(kinds)][1]].strip() if len(last) > 1 else ""
    cac = first[2].text
    out = []
    for i, ws in enumerate(listed):
        role = s[segs[i][0] : segs[i][1]].split()[:2]
        name = _clean_name(f"{' '.join(role)} {cac} {ws[0].text} {tail}".strip())
        out.append((name, segs[i][0], segs[i][1]))
    return out, segs[k - 2 + len(kinds)][1]


def _shared_head(s: str, segs: list[tuple[int, int]]) -> tuple[list[tuple[str, int, int]], int] | None:
    """"Các Bộ Quốc phòng, Công an, Ngoại giao", "Giám đốc các Sở Tài chính, Nội vụ": a head
    (after a role, perhaps plural) with its field, then bare fields — the head named once for
    all, as after "các Bộ:". The names and where the run of fields ends; None where the list is
    no such run."""
    if len(segs) < 2:
        return None
    a0, b0 = segs[0]
    first = s[a0:b0]
    n = bodies.role_length(first)
    role, rest = first[:n].strip(), first[n:].strip()
    if rest[:4].casefold() == "các ":
        rest = rest[4:].strip()
    h = bodies.head_length(rest)
    field = rest[h:].strip()
    if not h or not field or bodies.domain_length(field) != len(field):
        return None
    head = rest[:h]
    ministry = _wkey(head) == _wkey("Bộ")
    k = 1
    while k < len(segs) and _whole_field(s[segs[k][0] : segs[k][1]], ministry):
        k += 1
    if k == 1:
        return None
    pre = f"{role} {head}".strip()
    names = [(_clean_name(f"{pre} {field}"), a0, b0)]
    names += [(_clean_name(f"{pre} {s[a:b]}"), a, b) for a, b in segs[1:k]]
    return names, (segs[k][0] if k < len(segs) else segs[-1][1])


def _role_over_kinds(s: str, segs: list[tuple[int, int]]) -> tuple[list[tuple[str, int, int]], int] | None:
    """"Thủ trưởng cơ quan ngang bộ, cơ quan có liên quan": a role over kinds of body that each
    repeat their noun — the role goes with each (with "các" before one plural noun the list is
    one class: "Thủ trưởng các cơ quan, tổ chức")."""
    if len(segs) < 2:
        return None
    a0, b0 = segs[0]
    first = s[a0:b0]
    n = bodies.role_length(first)
    ws = _wlist(first[n:]) if n else ()
    role = first[:n].strip()
    if ws and ws[0].key == _CAC and len(ws) >= 3:
        # "Thủ trưởng các đơn vị nghiên cứu, đơn vị trực thuộc": each kind repeats the noun
        # with its own qualifier — the role over each, "các" with it
        role = f"{role} {ws[0].text}"
        ws = ws[1:]
    elif not ws or ws[0].key == _CAC or len(ws) < 2:
        return None
    if not ws[0].text[:1].islower():
        return None
    noun = ws[0].key
    if not all((w := _wlist(s[a:b])) and w[0].key == noun and len(w) >= 2 for a, b in segs[1:]):
        return None
    return [(_clean_name(first), a0, b0)] + [(_clean_name(f"{role} {s[a:b]}"), a, b) for a, b in segs[1:]], segs[-1][1]


def _persons_apart(s: str, grp: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """"Chủ tịch Ủy ban nhân dân các cấp, tổ chức và cá nhân có liên quan": no role heads a
    person, so the kinds in lower case that close a role's list and name persons among them
    ("cá nhân": rules/bodies.toml [kinds] unheaded) are a class of their own."""
    first = s[grp[0][0] : grp[0][1]]
    n = bodies.role_length(first)
    if len(grp) < 2 or not n or _bare(_wlist(first[n:])):
        return [grp]  # ("Thủ trưởng các cơ quan, tổ chức, cá nhân": the role over bare kinds, one class)
    j = len(grp)
    while j > 1:
        ws = _wlist(_CONCERNED_TAIL.sub("", s[grp[j - 1][0] : grp[j - 1][1]]) if j == len(grp) else s[grp[j - 1][0] : grp[j - 1][1]])
        if not ws or not ws[0].text[:1].islower() or ws[0].key == _CAC or not _bare(ws):
            break
        j -= 1
    if j == len(grp) or not any(bodies.is_unheaded_kind(s[a:b]) for a, b in grp[j:]):
        return [grp]
    return [grp[:j], grp[j:]]


def _plural_heads(s: str, grp: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """"Các Cục, Vụ": a plural over capitalised heads that are each a kind of body of their own
    (no collective noun: "Các Sở, ban, ngành" is one class) names each kind — "Các Cục", "Các
    Vụ"; empty where the group is no such list."""
    if len(grp) < 2:
        return []
    first = _wlist(s[grp[0][0] : grp[0][1]])
    if len(first) != 2 or first[0].key != _CAC:
        return []
    cat = _lex().cat_index
    out = []
    for a, b in grp:
        ws = _wlist(s[a:b])
        w = ws[-1]
        if (a, b) != grp[0] and len(ws) >= 2 and out and ws[0].text[:1].isupper() \
                and _head_at(ws, 0) == len(ws) and _match(ws, 0, cat) is None:
            # "Các Vụ, Cục, Thanh tra, Văn phòng": a body a ministry has one of, by its head
            # alone, after the plural kinds — that body, as named
            out.append((s[a:b].strip(), a, b))
            continue
        if len(ws) != (2 if (a, b) == grp[0] else 1) or not w.text[:1].isupper() or _head_at(ws, len(ws) - 1) != 1 \
                or _match(ws, len(ws) - 1, cat) is not None:
            return []
        out.append((f"Các {w.text}", a, b))
    return out


def _central_class(s: str, groups: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """A plural class with the distinct kinds after it ("Các bộ, cơ quan ngang bộ, cơ quan thuộc
    Chính phủ" ahead of named bodies) is the one class the text charges — the central ministries
    and agencies — not three units; but where the list goes on naming kinds in lower case one by
    one ("…, tổ chức chính trị - xã hội, trường cao đẳng"), it enumerates, and each kind is a
    unit."""
    cat = _lex().cat_index
    for i, g in enumerate(groups):
        ws = _wlist(s[g[0][0] : g[-1][1]])
        if len(g) != 1 or len(ws) < 2 or ws[0].key != _CAC or _match(ws, 1, cat) is None:
            continue
        j = i + 1
        while j < len(groups):
            t = s[groups[j][0][0] : groups[j][-1][1]]
            if not (t[:1].islower() and bodies.is_distinct_kind(t) and not bodies.role_length(t)):
                break
            j += 1
        if j == i + 1:
            continue
        def kind(a: int, b: int) -> bool:
            return s[a : a + 1].islower() and (_match(_wlist(s[a:b]), 0, cat) is not None or bodies.is_distinct_kind(s[a:b]))

        # … the kinds after the list's end count too: a verb-like kind ("tổ chức do …") may
        # have ended the name span before them
        last = groups[-1][-1][1]
        m = re.match(r"\s*,\s*", s[last : last + 4])
        after = last + m.end() if m else -1
        rest = groups[j:]

        def catch_all(g2: list[tuple[int, int]]) -> bool:
            return all(kind(a, b) or bodies.is_unheaded_kind(s[a:b]) for a, b in g2)

        if rest and any(bodies.is_unheaded_kind(s[a:b]) for a, b in rest[-1]):
            # the catch-all that closes such a list ("… và tổ chức, cá nhân có liên quan"): kinds
            # in lower case ending with persons enumerate nothing
            while rest and catch_all(rest[-1]):
                rest = rest[:-1]
        elif after > 0 and kind(after, after + 40):
            return groups
        if any(kind(a, b) for (a, b), *_rest in rest):
            return groups
        return [*groups[:i], [x for grp in groups[i:j] for x in grp], *groups[j:]]
    return groups


def _starts_own(seg: str) -> bool:
    """Whether a member of a distributed list names a unit of its own ("các Bộ, ngành …", "Ủy
    ban nhân dân …") rather than a field for the shared head ("Y tế", "Công Thương")."""
    ws = _wlist(seg)
    return bool(ws) and (ws[0].key == _CAC or (_head_at(ws, 0) > 0 and _head_at(ws, 0) < len(ws)))


def _bare_head_of(name: str) -> bool:
    """A body named by its head alone, perhaps with its locality ("Ủy ban nhân dân", "Hội đồng
    nhân dân xã"): one that exists at every level."""
    tail = bodies.locality_tail(name)
    core = name[: len(name) - len(tail)].strip() if tail and name.endswith(tail) else name.strip()
    return bodies.is_bare_head(core)


_LOCALITY_TAIL = re.compile(r"\s(?:tỉnh|thành phố|Thành phố)\s+(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*)+$")


def _share_tails(s: str, part: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """What the last name of a list states once for all: a bare role takes the body of the role
    after it ("Tổng giám đốc, Giám đốc Quỹ" → "Tổng giám đốc Quỹ", "Giám đốc Quỹ"); a name
    joined by "và" to one that ends with its locality takes that locality ("Đoàn đại biểu Quốc
    hội và đại biểu Quốc hội tỉnh X" → both "… tỉnh X")."""
    out = list(part)
    for i in range(1, len(out)):
        # "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ": the role heads each kind
        prev, (name, a, b) = out[i - 1][0], out[i]
        n = bodies.role_length(prev)
        if n and bodies.is_distinct_kind(prev[n:].strip()) and bodies.is_distinct_kind(name) \
                and not bodies.role_length(name):
            out[i] = (f"{prev[:n].strip()} {name[:1].lower()}{name[1:]}", a, b)
        elif n and bodies.is_bare_head(prev[n:].strip()) and _bare_head_of(name) and not bodies.role_length(name) \
                and re.fullmatch(r"\s*,\s*|\s+và\s+", s[out[i - 1][2] : a]):
            # "Thường trực HĐND, UBND xã", "Chủ tịch HĐND, UBND các xã": the role heads each of
            # the bodies named bare after it (its own body bare too: "Chánh Văn phòng Ủy ban nhân
            # dân tỉnh, Hội đồng nhân dân …" names the office of one body, then another body)
            out[i] = (f"{prev[:n].strip()} {name}", a, b)
        elif (lp := _PLACE_ONLY.fullmatch(name)) is not None and (pm := _place_list().match(prev)) is not None \
                and re.fullmatch(r"\s*,\s*|\s+và\s+", s[out[i - 1][2] : a]):
            # "Thành đoàn Hà Nội, Đà Nẵng, TP. Hồ Chí Minh", "Ủy ban nhân dân tỉnh A, B, thành
            # phố C": a place of another level among the head's places is the head's there too
            head = _LEVEL_END_WORD.sub("", pm.group("head"))
            out[i] = (f"{head} {lp.group('level').lower()} {lp.group('place')}", a, b)
    for i in range(len(out) - 2, -1, -1):
        name, a, b = out[i]
        nxt, na, _nb = out[i + 1]
        nw = _wlist(nxt)
        k = _committee_len(nw)
        if k and _committee_of_each(name) and re.fullmatch(r"\s*,\s*|\s+và\s+", s[b:na]):
            # "Chi ủy, chi bộ trực thuộc": the bare committee shares what the next one states
            if len(nw) > k:
                out[i] = (f"{name} {nxt[nw[k].start :]}", a, b)
                continue
        rl = bodies.role_length(name)
        if rl and _bare_head_of(name[rl:]) and not bodies.locality_tail(name):
            # "Chủ tịch Hội đồng nhân dân, Chủ tịch Ủy ban nhân dân các xã": the role's bare body
            # is the one of the locality the next name states
            tail = bodies.locality_tail(nxt)
            if tail and re.fullmatch(r"\s*,\s*|\s+và\s+", s[b:na]):
                out[i] = (f"{name} {tail}", a, b)
                continue
        if bodies.is_role(name):
            body = bodies.shares_body(name, nxt)
            if body:
                out[i] = (f"{name} {body}", a, b)
            elif bodies.role_length(name) == len(name) and re.fullmatch(r"\s*/\s*", s[b:na]) \
                    and (at := _AT_PLACES.search(nxt)):
                # "Thủ trưởng/Người đại diện phần vốn … tại các đơn vị có liên quan": the bare
                # role heads the bodies the slashed role sits in
                out[i] = (f"{name} {at.group('where')}", a, b)
            continue
        pt = _PLURAL_TAIL.match(nxt)
        if pt and bodies.role_length(name) and bodies.role_length(nxt) and _PLURAL_END.search(name) \
                and re.fullmatch(r"\s*,\s*", s[b:na]):
            # "Vụ trưởng các Vụ, Cục trưởng các Cục thuộc Bộ Y tế": parallel roles over plurals,
            # the body they belong to said once, after the last
            out[i] = (f"{name} {pt.group('tail')}", a, b)
            continue
        shared = _echoed_tail(name, nxt)
        if shared and s[na : na + 1].islower() and re.fullmatch(r"\s*,\s*|\s+và\s+", s[b:na]):
            # "Các Tổ đại biểu và (or ",") đại biểu Hội đồng nhân dân tỉnh": the second name
            # repeats the first's last words, then states the body both belong to
            out[i] = (f"{name} {shared}", a, b)
            continue
        loc = _LOCALITY_TAIL.search(nxt)
        # (not a committee that names its level itself, already placed: "Tỉnh đoàn A, B và
        # Thành đoàn C")
        if loc and not _LOCALITY_TAIL.search(name) and re.fullmatch(r"\s+và\s+", s[b:na]) \
                and not _place_list().match(name):
            out[i] = (name + loc.group(0), a, b)
            continue
        # "Hội đồng nhân dân, Ủy ban nhân dân tỉnh X", "Ủy ban nhân dân và Sở Y các tỉnh, thành
        # phố …": a body that exists at every level, named bare, is the one of the locality
        # that the next name states
        tail = bodies.locality_tail(nxt)
        if tail and (bodies.is_bare_head(name) or bodies.exists_at_every_level(name)) \
                and re.fullmatch(r"\s*,\s*|\s+và\s+", s[b:na]):
            out[i] = (f"{name} {tail}", a, b)
        elif tail and not bodies.locality_tail(name) and re.fullmatch(r"\s*/\s*", s[b:na]):
            # "Sở A/Sở B tỉnh, thành phố …": two kinds of one body, the locality said once
            out[i] = (f"{name} {tail}", a, b)
    return out


_PLURAL_END = re.compile(r"(?<!\S)các\s+\S+$")
_PLURAL_TAIL = re.compile(r"^.+?(?<!\S)các\s+\S+\s+(?P<tail>(?:trực\s+thuộc|thuộc|của)\s.+)$")
_AT_PLACES = re.compile(r"\stại\s+(?P<where>các\s+\S.*)$")
_CAP_LEVEL = _wkey("cấp")


def _named_level_end(last: tuple[_Word, ...]) -> bool:
    """Whether a list segment is a capitalised body's name closed by "cấp <level>" ("Cơ quan
    đăng ký cấp tỉnh") or by a level and its place ("Ủy ban nhân dân thành phố Hải Phòng"): what
    follows in lower case is no further level or part of it."""
    if len(last) < 3 or not last[0].text[:1].isupper() or last[0].key == _CAC:
        return False
    if last[-2].key == _CAP_LEVEL and (last[-1].key,) in _lex().levels:
        return True
    k = len(last)
    while k > 1 and last[k - 1].text[:1].isupper():
        k -= 1
    return k < len(last) and any(tuple(w.key for w in last[j:k]) in _lex().levels for j in (k - 1, k - 2) if j > 0)


def _echoed_tail(name: str, nxt: str) -> str | None:
    """What ``nxt`` adds after repeating ``name``'s last two or more words ("Tổ đại biểu" /
    "đại biểu Hội đồng nhân dân tỉnh" → "Hội đồng nhân dân tỉnh"), when that is a body's name."""
    a, b = name.split(), nxt.split()
    for n in range(min(len(a) - 1, len(b) - 1), 1, -1):
        if [w.casefold() for w in a[-n:]] == [w.casefold() for w in b[:n]]:
            rest = " ".join(b[n:])
            return rest if bodies.opens_with_head(rest) else None
    return None


def _committees_of_one(last: tuple[_Word, ...], g: tuple[_Word, ...]) -> bool:
    """``g`` is a committee that names its level ("thành ủy"), after a name that ends with another
    ("Ban tuyên giáo tỉnh ủy", "Văn phòng Tỉnh ủy"): the body of the name serves each of them, one
    unit. A committee named alone before it ("Tỉnh ủy, Thành ủy") or with its place after it
    ("…, Huyện ủy Đức Linh") is a body of its own."""
    own = bodies.own_level_heads()
    gk = tuple(w.key for w in g)
    return len(g) == 2 and gk in own and len(last) > 2 and tuple(w.key for w in last[-2:]) in own


def _role_kind_again(group: tuple[_Word, ...], g: tuple[_Word, ...]) -> bool:
    """A role over a kind of body in small letters ("Hiệu trưởng trường đại học") and, after the
    comma, the same kind's noun again with another qualifier ("trường cao đẳng sư phạm"): kept
    with the role, which :func:`_role_over_kinds` then gives each kind."""
    text = " ".join(w.text for w in group[:8])
    n = bodies.role_length(text)
    if not n:
        return False
    rest = group[len(text[:n].split()) :]
    return len(rest) >= 2 and len(g) >= 2 and rest[0].key != _CAC and rest[0].key == g[0].key \
        and all(w.text[:1].islower() for w in (*rest, *g)) and _match(g, 0, _lex().cat_index) is not None


def _starts_new(last: tuple[_Word, ...], g: tuple[_Word, ...], group: tuple[_Word, ...] = (), sep: str = ",") -> bool:
    """Whether list segment ``g`` begins a new unit after segment ``last`` (of the name being
    built, ``group``; ``sep``: the text between them)."""
    g_cat = _match(g, 0, _lex().cat_index)
    lower = g[0].text[:1].islower()
    if lower and "và" in sep.split() and _leader_role(g, lower_ok=True):
        return True  # "Chủ tịch … các quận, huyện và lãnh đạo các cơ quan, đơn vị …": a role of its own
    if _committees_of_one(last, g):
        return False  # "Ban tuyên giáo tỉnh ủy, thành ủy": the committees one body serves
    if _opens_class(g):
        return True  # "Trưởng các đơn vị, toàn thể công chức, viên chức …": "toàn thể" opens a class
    if lower and group and bodies.role_length(" ".join(w.text for w in group[:6])) and _head_at(g, 0) == len(g) \
            and not _bare(g) and not bodies.role_length(" ".join(w.text for w in g[1 if g[0].key == _CAC else 0 :])):
        return False  # "Bí thư tỉnh ủy, thành ủy": the jurisdictions of one role
    if lower and group and _role_kind_again(group, g):
        return False  # "Hiệu trưởng trường đại học, trường cao đẳng …": the role goes with each
    if _agent_open(group) and not lower and any(w.text[:1].islower() for w in g[1:]):
        # "người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập": the list of the
        # agents of a "do …" clause runs on up to its verb, inside the one name
        return False
    plural = bool(group) and group[0].key == _CAC
    if "," in sep and not lower and _sector_list(group):
        return False  # "Các Chi cục thuộc hệ thống Thuế, Kho bạc, Hải quan": the sectors of one class
    if "," in sep and _class_goes_on(group, g):
        return False  # "Các cơ quan, đơn vị, các tổ chức, cá nhân …": one class, "các" again
    if lower and g_cat is not None and g_cat in _lex().levels and _locality_list(group):
        # "Chủ tịch Ủy ban nhân dân các huyện, thị xã Bảo Lộc và thành phố Đà Lạt": one more
        # locality of the list "các" opened, named or not
        return False
    if _kind_after_levels(group, last, g):
        return True  # "Chủ tịch Ủy ban nhân dân các xã, phường, đơn vị có liên quan": two units
    gtext = " ".join(w.text for w in group)
    after_kind = bodies.is_distinct_kind(gtext) or bodies.is_distinct_kind(gtext[bodies.role_length(gtext):].strip())
    if (plural or after_kind) and bodies.is_distinct_kind(" ".join(w.text for w in g)):
        return True  # "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ": three kinds
    if plural and not lower and g_cat is not None and g[0].key != _CAC and _bare(last) \
            and _head_at(g, 0) <= len(g_cat):
        # "Các Tập đoàn, Tổng Công ty nhà nước": kinds of one class ("Các Sở, ban, ngành, Hội
        # đồng nhân dân …": a head longer than the kind word is a body of its own)
        return False
    if plural and lower and g_cat is not None and (
        len(g_cat) == len(g) or tuple(w.key for w in g[len(g_cat) :]) in (*_lex().levels, _ALL_LEVELS)
    ):
        # "Các cấp ủy, tổ chức đảng, chính quyền (các cấp)": a bare kind in lower case, perhaps
        # with its level, goes on with the class
        return False
    if (
        lower and g[0].key != _CAC and g_cat is None and _collective(group) and 0 < _head_at(g, 0) <= 2
        and not bodies.role_length(" ".join(w.text for w in g))
    ):
        # "Ban Tuyên giáo … các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương": the list of
        # levels after "các" goes on in lower case (a long head — "đại biểu Hội đồng nhân dân
        # …" — names a body of its own)
        return False
    if lower and g_cat is not None and _owners_list(group):
        # "văn phòng đại diện tại Việt Nam của tổ chức tín dụng nước ngoài, tổ chức nước ngoài
        # khác …": after "của" and a class, the next class goes on the list of owners
        return False
    if lower and g_cat is not None and g_cat in _lex().own_classes \
            and (len(g_cat) == len(g) or len(g_cat) >= 2) \
            and group and group[0].text[:1].islower() and _match(group, 0, _lex().cat_index) in _lex().own_classes \
            and len(_match(group, 0, _lex().cat_index) or ()) == len(group):
        # "…, doanh nghiệp, hộ kinh doanh và …": bare classes that act each on its own (a
        # class of two words or more may carry its qualifier: "văn phòng đại diện tại …")
        return True
    if lower and g_cat is not None and g_cat not in _lex().levels and _named_level_end(last):
        return True  # "Cơ quan đăng ký cấp xã, doanh nghiệp, …": a class after a body named with its level
    if lower and g_cat is not None and g_cat in _lex().own_classes and len(last) >= 2 \
            and last[-2].text[:1].isupper():
        # "Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam, tổ chức tín dụng, …": a
        # class that acts on its own, after a name a proper one closed, starts a unit (a proper
        # word capitalises its first syllable only: "… thuộc Ngân hàng Nhà nước, tổ chức …")
        return True
    if not lower and g_cat is not None and g_cat not in _lex().levels and g[0].key != _CAC \
            and _locality_list(group) and (last[-1].key,) in _lex().levels:
        return True  # "UBND các xã, phường, Tổng công ty, công ty": a capitalised kind ends the localities
    if g_cat is not None and len(g_cat) == len(g) and _category_end(last):
        return False  # "Các Sở, ban, ngành" / "UBND các xã, phường" / "các tổ chức, cá nhân"
    if lower and not plural and _committee_at(g) and group and _committee_at(group) and group[0].text[:1].isupper():
        return True  # "Chi bộ cơ sở, đảng bộ cơ sở": two kinds of Party organisation, each a unit
    if g_cat is not None and lower and (_bare(last) or _category_end(last, levels=False)):
        # "…, ngành, đoàn thể cấp tỉnh", "Thủ trưởng các cơ quan, đơn vị có liên quan": the
        # last member of a collective, with its qualifier
        return False
    if lower and g_cat is not None and g_cat in _lex().levels and last and _ends_with_level(last):
        return False  # "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"
    bare_last = _head_at(last, 0) == len(last) or _bare(last)
    lc = 1 if last and last[0].key == _CAC else 0
    if g_cat is not None and len(g) > len(g_cat) and len(last) > lc + len(g_cat) \
            and _match(last, lc, _lex().cat_index) == g_cat and not (lower and _head_at(g, 0) == len(g)) \
            and _match(group, 1 if group and group[0].key == _CAC else 0, _lex().cat_index) == g_cat:
        # "Các thương nhân đầu mối …, thương nhân phân phối …": the kind again, another class
        # (a body kind the lexicon names whole, in small letters, is one more kind of the class:
        # "Các ban đảng, ban cán sự đảng, đảng đoàn"); a class that opened with another kind
        # goes on ("Các đại học, học viện, trường đại học, trường cao đẳng …": one class)
        return True
    if g[0].key != _CAC and (lower and g_cat is not None or _head_at(g, 0) == len(g) == 1) and (
        _collective(last) or (bare_last and _collective(group))
    ):
        # "Thủ trưởng các cơ quan chuyên môn, đơn vị trực thuộc …", "Thủ trưởng các Vụ, Cục,
        # đơn vị có liên quan": one collective (a bare head names no body of its own)
        return False
    if plural and lower and g_cat is not None and g[0].key != _CAC and g_cat not in _lex().levels \
            and all(w.text[:1].islower() for w in (*group[1:], *_before_qualifier(g))):
        # "Các đại học, học viện, trường đại học, trường cao đẳng sư phạm": kinds in small
        # letters, none named, go on with the class "các" opened
        return False
    if g[0].key == _CAC:
        return True
    if _leader_role(g):
        return True  # "Chủ nhiệm Văn phòng A, Lãnh đạo các cơ quan thuộc B": a role of its own
    if _locative_plural_goes_on(group, g):
        return False  # "Người đại diện … tại các Công ty con, Công ty liên kết": where the role sits
    head = _head_at(g, 0)
    if head and not lower:
        return True  # "Sở Tài chính, Sở Xây dựng"
    if lower and (g_cat is not None or head):
        return True  # "Đoàn thanh niên, tổ chuyên môn"
    return False  # "Sở Văn hóa, Thể thao và Du lịch"


_AT = frozenset(_wkey(w) for w in ("tại", "ở"))


def _locative_plural_goes_on(group: tuple[_Word, ...], g: tuple[_Word, ...]) -> bool:
    """The name being built places its role "tại các <kind> …" and the next segment opens with
    that kind's head again ("Người đại diện phần vốn tại các Công ty con, Công ty liên kết"):
    one more place of the plural the preposition opened, not a unit of its own."""
    for i in range(len(group) - 2, 0, -1):
        if group[i].key in _AT and group[i + 1].key == _CAC:
            h = _head_at(group, i + 2)
            return bool(h) and _head_at(g, 0) == h and len(g) > h \
                and tuple(w.key for w in g[:h]) == tuple(w.key for w in group[i + 2 : i + 2 + h])
    return False


def _owners_go_on(ws: tuple[_Word, ...], k: int) -> bool:
    """Whether the comma after word ``k`` parts a list of bodies that "của" opened ("… theo yêu
    cầu của Bộ Chính trị, Ban Bí thư và Ban Tổ chức Trung ương, …"): what follows it is one more
    owner, no subject of the clause."""
    for j in range(k, max(-1, k - 12), -1):
        if j < k and ws[j].trail.strip():
            return False  # another clause's comma before any "của"
        if ws[j].key == _CUA:
            if not (ws[j + 1].text[:1].isupper() and _head_at(ws, j + 1)):
                return False
            break
    else:
        return False
    # … unless the part after the comma has a verb of its own before its end ("… của Ủy ban nhân
    # dân tỉnh, Sở Y tế chủ trì …": the subject of the clause)
    verbs = _lex().verbs
    for x in range(k + 1, min(len(ws), k + 25)):
        if ws[x].text[:1].islower() and _match(ws, x, verbs) is not None:
            return False
        if ws[x].trail.strip():
            return True
    return True


@cache
def _leader_roles() -> tuple[Phrase, ...]:
    return tuple(_pkey(x) for x in load_rules("units")["name"].get("leader_roles", []))


@cache
def _leader_role_initials() -> frozenset[str]:
    return frozenset(p[0] for p in _leader_roles() if p)


def _leader_role(g: tuple[_Word, ...] | list[_Word], lower_ok: bool = False) -> int:
    """Words of a capitalised role word that is a verb as well ("Lãnh đạo"), where a body's name
    or "các" + a kind follows it (0: none): the word alone is no role, the verb reads the same.
    ``lower_ok``: after "và", in small letters too ("… các quận, huyện và lãnh đạo các cơ quan")."""
    if not g or not (g[0].text[:1].isupper() or lower_ok):
        return 0
    keys = tuple(w.key for w in g)
    for p in _leader_roles():
        n = len(p)
        if keys[:n] != p or n >= len(g):
            continue
        if g[n].key == _CAC and _match(g, n + 1, _lex().cat_index) is not None:
            return n
        if g[n].text[:1].isupper() and _head_at(g, n):
            return n
    return 0


@cache
def _sector_openers() -> tuple[Phrase, ...]:
    return tuple(_pkey(x) for x in load_rules("units")["name"].get("sector_lists", []))


def _sector_list(group: tuple[_Word, ...]) -> bool:
    """Whether the name being built ends in a list of sectors after "thuộc hệ thống" ("Các Chi
    cục … thuộc hệ thống Thuế, Kho bạc, …"): the capitalised parts after it are sectors, not
    bodies of their own."""
    keys = tuple(w.key for w in group)
    return any(keys[i : i + len(p)] == p and i + len(p) < len(keys)
               for p in _sector_openers() for i in range(1, len(keys) - len(p) + 1))


def _comma_parts(ws: tuple[_Word, ...]) -> list[tuple[_Word, ...]]:
    out: list[tuple[_Word, ...]] = []
    a = 0
    for k, w in enumerate(ws):
        if "," in w.trail or k == len(ws) - 1:
            out.append(ws[a : k + 1])
            a = k + 1
    return [p for p in out if p]


def _class_goes_on(group: tuple[_Word, ...], g: tuple[_Word, ...]) -> bool:
    """A plural class of bare kinds ("Các cơ quan, đơn vị") that names "các" again before more
    bare kinds in lower case ("…, các tổ chức, cá nhân có liên quan") is still one class: the
    generic addressees of an execution clause, no body named (a kind with its own qualifier —
    "…, các chi hội khuyến học" — is a class of its own)."""
    # (only after a comma: after "và" another class begins — "Các doanh nghiệp … và các cơ quan …")
    if not group or group[0].key != _CAC or not g or g[0].key != _CAC or not g[0].text.islower():
        return False
    if not all(_bare(p) for p in _comma_parts(group)):
        return False
    cat = _match(g, 1, _lex().cat_index)
    return cat is not None and cat not in _lex().levels and len(g) == 1 + len(cat)


def _absorb_concerned(s: str, groups: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Groups of a list, a class's catch-all after "và" joined to the class (_concerned_closes_class)."""
    out: list[list[tuple[int, int]]] = []
    for grp in groups:
        if out and re.fullmatch(r"\s+và\s+", s[out[-1][-1][1] : grp[0][0]]) and _concerned_closes_class(
            _wlist(_expand(s[out[-1][0][0] : out[-1][-1][1]])), _wlist(_expand(s[grp[0][0] : grp[-1][1]]))
        ):
            out[-1] = out[-1] + grp
            continue
        out.append(grp)
    return out


def _lettering(u: _Unit) -> bool:
    """Whether a name-only heading's "tasks" are only lines in capitals or a place-date line: a
    text set out to be printed (a hall's banner, a sign "ỦY BAN NHÂN DÂN TỈNH A / HỘI NGHỊ … /
    A, ngày … năm …" quoted in a task), no work given to the body it names."""
    return bool(u.tasks) and u.name_only and all(
        is_upper_line(t, 0.8) or _is_date_cell(t) for t, _a, _b in u.tasks
    )


# "Đơn vị, địa phương nào …": the indefinite "whichever" opens a condition ("… thì Thủ trưởng …
# phải chịu trách nhiệm"), it names no unit
_INDEFINITE = re.compile(r"\s(?:nào|nào đó)$", re.IGNORECASE)


def _roster(u: _Unit) -> bool:
    """Whether what follows a name is only the persons who hold it ("Thư ký Hội đồng: Ông Trần
    Văn B, Chuyên viên …", a founding article's members one a line): a body's composition, no
    work assigned to it."""
    if not u.tasks:
        return False
    for t, _a, _b in u.tasks:
        ws = _wlist(t[:80])
        h = _match(ws, 0, _lex().honorifics) if ws else None
        if not h or len(ws) < len(h) + 2 or not all(w.text[:1].isupper() for w in ws[len(h) : len(h) + 2]) \
                or bodies.role_length(t[ws[len(h)].start :]):
            return False  # ("Đồng chí Chủ tịch … chỉ đạo": the honorific of a role, a task)
    return True


def _concerned_closes_class(group: tuple[_Word, ...], g: tuple[_Word, ...]) -> bool:
    """A plural class of bare kinds ("Các sở, ban, ngành") closed by "và các <kind> (khác) (có)
    liên quan": the catch-all names no kind of its own, it widens the class — one unit (a kind
    with any other qualifier after "và các" is a class of its own)."""
    if len(group) < 2 or group[0].key != _CAC or not g or g[0].key != _CAC or not g[0].text.islower():
        return False
    parts = _comma_parts(group)
    if len(parts) < 2 or not all(
        _bare(p) or bodies.is_distinct_kind(" ".join(w.text for w in p)) for p in parts
    ):
        return False
    cat = _match(g, 1, _lex().cat_index)
    if cat is None or cat in _lex().levels:
        return False
    tail = " ".join(w.text for w in g[1 + len(cat) :])
    return bool(tail) and _CONCERNED_TAIL.fullmatch(" " + tail) is not None


def _kind_after_levels(group: tuple[_Word, ...], last: tuple[_Word, ...], g: tuple[_Word, ...]) -> bool:
    """After a body named for a list of levels ("Ủy ban nhân dân các xã, phường"), a kind in lower
    case that is no level ("đơn vị có liên quan") opens a unit of its own: the levels' list has
    ended."""
    lex = _lex()
    if not g or not g[0].text[:1].islower() or g[0].key == _CAC:
        return False
    cat = _match(g, 0, lex.cat_index)
    if cat is None or cat in lex.levels or not _bare(last) or not _ends_with_level(last):
        return False
    parts = _comma_parts(group)
    return len(parts) >= 2 and not _bare(parts[0]) and _ends_with_level(parts[0]) and _collective(parts[0]) \
        and all(_bare(p) and _ends_with_level(p) for p in parts[1:])


_ALL_LEVELS = _pkey("các cấp")


@cache
def _class_openers() -> tuple[Phrase, ...]:
    return tuple(_pkey(x) for x in load_rules("units")["heads"].get("class_openers", []))


def _opens_class(g: tuple[_Word, ...]) -> bool:
    """``g`` opens with a class opener ("toàn thể", "hệ thống các") and names its kind after it."""
    keys = tuple(w.key for w in g)
    return any(len(keys) > len(p) and keys[: len(p)] == p for p in _class_openers())


_DO = _wkey("do")
_VIEC = _wkey("việc")
_MA = _wkey("mà")
_SE = _wkey("sẽ")


def _agent_open(ws: tuple[_Word, ...]) -> bool:
    """Whether the words end inside a "do <bodies>" agent clause whose verb has not come yet
    ("… tổ chức do Chính phủ"): after the last "do", a capitalised name and no action verb."""
    verbs = _lex().verbs
    for k in range(len(ws) - 1, max(0, len(ws) - 16), -1):  # an agent clause is short
        if ws[k].key == _DO:
            return k + 1 < len(ws) and ws[k + 1].text[:1].isupper() and not any(
                ws[j].text[:1].islower() and _match(ws, j, verbs) for j in range(k + 2, len(ws))
            )
    return False


def _assigned_named(s: str, pos: int, b: int) -> bool:
    """"Ủy ban nhân dân các xã, phường được phân công chủ trì … có trách nhiệm …": the qualifier
    only points back at the work the document gave ([name] back_ref_roles) and the class before
    it names a kind of body, not bare collective nouns — the name ends before the qualifier."""
    return _back_role_at().match(s, b) is not None and not _only_collective(s[pos:b].strip(" ,"))


@cache
def _back_role_at() -> re.Pattern[str]:
    tails = load_rules("units")["name"].get("back_ref_roles", [])
    return re.compile(r"(?:" + "|".join(map(phrase_pattern, sorted(tails, key=len, reverse=True))) + r")\b",
                      re.IGNORECASE)


def _collective(ws: tuple[_Word, ...]) -> bool:
    """Whether the words hold "các" + a collective noun or a head ("Thủ trưởng các cơ quan
    chuyên môn", "Thủ trưởng các Vụ")."""
    cat = _lex().cat_index
    return any(w.key == _CAC and (_match(ws, k + 1, cat) is not None or _head_at(ws, k + 1) > 0)
               for k, w in enumerate(ws))


def _field_label(u: _Unit) -> bool:
    """"- Cơ quan chủ trì thẩm định: Bộ Xây dựng": a field's label read as a subject — a
    generic name without a proper noun whose every "task" is the rest of the label and its
    value after a colon."""
    words = u.name.split()
    return (
        u.rule != "table"  # (a lead field's value is a name; its task, "Nhiệm vụ: …", may have a label)
        and bool(u.tasks) and all(":" in t[:60] for t, _a, _b in u.tasks)
        and not any(w[:1].isupper() for w in words[1:]) and _head_at(_wlist(u.name), 0) > 0
    )


def _names_one(name: str) -> bool:
    """A unit named, not a class: no collective nouns only ("Các sở, ngành"), no plural, no role
    over a bare kind ("Giám đốc Sở", "Thủ trưởng cơ quan, ban, ngành": every department's)."""
    if _only_collective(name) or _wkey(name.split()[0]) == _CAC:
        return False
    rl = bodies.role_length(name)
    return not (rl and name[rl:].strip() and _only_collective(name[rl:].strip()))


def _only_collective(name: str) -> bool:
    """"Các cơ quan, đơn vị", "Các sở, ngành", "Các sở, ban, ngành tỉnh": collective nouns only
    (and the level they serve), no body named."""
    parts = [p for p in _SEG_SPLIT.split(_LEVEL_END.sub("", name)) if p.strip()]
    return bool(parts) and all(_bare(_wlist(p)) for p in parts)


def _ends_with_level(ws: tuple[_Word, ...]) -> bool:
    lv = _lex().levels
    return any(len(ws) >= n and tuple(w.key for w in ws[-n:]) in lv for n in (1, 2))


def _parts(s: str, start: int, end: int) -> list[tuple[int, int]]:
    out, a = [], start
    while True:
        c = s.find(";", a, end)
        if c < 0:
            break
        out.append((a, c))
        a = c + 1
    out.append((a, end))
    return [(x, y) for x, y in out if s[x:y].strip()]


_SEG_SPLIT = re.compile(r",\s*|\s+và\s+|\s+cùng\s+|(?<=[^\W\d])\s*/\s*(?=[A-ZĐÀ-Ỹ])")
# … and, in a list, a spaced dash between two bodies each named with its head (_dash_ok)
_SEG_SPLIT_DASH = re.compile(_SEG_SPLIT.pattern + r"|\s+[-–]\s+(?=[A-ZĐÀ-Ỹ])")


def _segments(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma/``và``-separated pieces of ``s[start:end]``, never cut inside a known name whose
    domain holds that punctuation ("Văn hóa, Thể thao và Du lịch": :mod:`pipeline.bodies`)."""
    return list(_segments_of(s, start, end))


@per_text_cache(4096)
def _segments_of(s: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """:func:`_segments`, kept for the document: a list is split again for each reading tried."""
    out, a = [], start
    keep: list[tuple[int, int]] | None = None  # looked up at the first separator: most have none
    k = 0
    for m in _SEG_SPLIT_DASH.finditer(s, start, end):
        if keep is None:
            keep = bodies.protected_spans(s, start, end)
        while k < len(keep) and keep[k][1] <= m.start():
            k += 1
        if k < len(keep) and keep[k][0] < m.start():
            continue  # inside a protected name
        if not _slash_ok(s, a, m, end) or not _dash_ok(s, a, m, end):
            continue
        if _own_office_goes_on(s, a, m, end) or _field_goes_on(s, a, m, end):
            continue
        if s[a : m.start()].strip():
            out.append(_trim(s, a, m.start()))
        a = m.end()
    if s[a:end].strip():
        out.append(_trim(s, a, end))
    return tuple(q for p in out for q in _missing_comma(s, *p))


def _missing_comma(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """A piece of a list whose comma a cell's wrapping lost: a body named in full and then a
    kind in lower case ("Sở Y tế cơ quan, đơn vị liên quan"), or a kind in lower case and then a
    body's long head ("ngành Ủy ban nhân dân cấp tỉnh") — two pieces."""
    ws = _wlist(s[a:b])
    if len(ws) < 2:
        return [(a, b)]
    lex = _lex()
    n = bodies.name_length(s[a:b])
    if 0 < n < b - a:
        k = next((j for j, w in enumerate(ws) if w.start >= n), len(ws))
        cat = _match(ws, k, lex.cat_index) if k < len(ws) else None
        if cat is not None and ws[k].text[:1].islower() and cat not in lex.levels and not ws[k - 1].trail.strip():
            return [(a, a + ws[k - 1].end), *_missing_comma(s, a + ws[k].start, b)]
    # a role in lower case takes the body after it ("Các thành viên Hội đồng A" is one unit)
    role = bodies.role_length(s[a:b])
    j = 2 if ws[0].key == _CAC else 1  # the kind opens the piece ("ngành", "các ngành")
    if j < len(ws) and ws[j].text[:1].isupper() and ws[j - 1].text[:1].islower() and not ws[j - 1].trail.strip() \
            and _head_at(ws, j) >= 2 and _match(ws, j - 1, lex.cat_index) == (ws[j - 1].key,) \
            and (ws[j - 1].key,) not in lex.levels and role < ws[j - 1].end:
        return [(a, a + ws[j - 1].end), (a + ws[j].start, b)]
    # … or a longer kind in lower case, then a body named in full ("cơ quan ngang bộ Bộ Tư pháp":
    # a head and a capitalised word after it): two cells' words a converter put on one line
    k0 = j - 1
    kind = _match(ws, k0, lex.cat_index) if k0 < len(ws) else None
    if kind is not None and ws[k0].text[:1].islower():
        for p in range(k0 + 1, len(ws) - 1):
            if p == k0 + len(kind) and kind == _CO_QUAN:
                continue  # "cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã": the body's own agency
            if any(tuple(w.key for w in ws[p - len(v) : p]) == v for v in _serves()):
                continue  # "… tham mưu giúp việc Đảng ủy": the body it serves
            if ws[p - 1].trail.strip() or not ws[p - 1].text[:1].islower():
                break
            h = _head_at(ws, p)
            # (not the complement of a linking word: "cơ quan thuộc Ủy ban nhân dân tỉnh")
            if ws[p].text[:1].isupper() and h and (h >= 2 or ws[p + 1].text[:1].isupper()) \
                    and role < ws[p - 1].end and not fragment_continues(s[a : a + ws[p - 1].end], s[a + ws[p].start : b]):
                return [(a, a + ws[p - 1].end), *_missing_comma(s, a + ws[p].start, b)]
    return [(a, b)]


_CO_QUAN = (_wkey("cơ"), _wkey("quan"))
_ACRONYM_NAME = re.compile(r"[A-ZĐ][A-ZĐ0-9&]{1,7}")


def _names_kind(name: str) -> bool:
    """A lead cell that names a kind of party rather than a body ("Các Phòng/Ban", "Tư vấn được
    lựa chọn", "Nhà thầu thi công"): a plural, or a kind the lexicon or the lead kinds list."""
    ws = _wlist(name)
    if not ws:
        return False
    if ws[0].key == _CAC:
        return True
    return _match(ws, 0, _lex().cat_index) is not None or _match(ws, 0, _lead_kinds()) is not None


@cache
def _lead_kinds() -> dict[str, tuple[Phrase, ...]]:
    return _index(load_rules("units")["table"].get("lead_kinds", []))


@cache
def _serves() -> tuple[Phrase, ...]:
    return tuple(_pkey(x) for x in load_rules("units")["name"].get("serves", []))


_OWN_OFFICE = re.compile(r"(?:Phó\s+)?(?P<h>[A-ZĐÀ-Ỹ][^\W\d_]*)\s+trưởng\s+(?P=h)\s")


def _own_office_goes_on(s: str, a: int, m: re.Match[str], end: int) -> bool:
    """"Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục": the chief of his own office names
    one body, whose name may hold "và"; a list goes on only with another role after it."""
    if m.group(0).strip() != "và" or not _OWN_OFFICE.match(s, a, m.start()):
        return False
    rest = s[m.end() : end]
    return rest[:1].isupper() and not bodies.role_length(rest) and "," not in s[a : m.start()]


@cache
def _comma_appositive_re() -> re.Pattern[str]:
    """The appositives (rules/units.toml ``appositives``) that open with a kind of body ("đơn vị
    thường trực", "cơ quan đầu mối") after a comma, up to the next: in small letters they say
    what the body before them is in the plan."""
    alts = "|".join(re.escape(a.casefold()) for a in load_rules("units")["name"].get("appositives", [])
                    if a.split()[0] in ("cơ", "đơn")) or "(?!)"
    return re.compile(rf",\s*(?:{alts})\s[^,;]*", re.IGNORECASE)


def _blank_comma_appositives(s: str, end: int) -> str:
    """``s`` with each appositive after a comma before ``end`` blanked (same length)."""
    return _comma_appositive_re().sub(lambda m: " " * len(m.group(0)) if m.group(0)[1:].lstrip()[:1].islower()
                                      else m.group(0), s[:end]) + s[end:]


@cache
def _field_named_heads() -> tuple[Phrase, ...]:
    return tuple(_pkey(h) for h in load_rules("units")["name"].get("field_named_heads", []))


_NEXT_SEPARATOR = re.compile(r"[,;(]|\s+và\s+")


def _field_goes_on(s: str, a: int, m: re.Match[str], end: int) -> bool:
    """"Cục Việc làm và Bảo hiểm xã hội": a department named by its fields (rules/units.toml
    ``field_named_heads``) goes on past "và" with a body's head alone — a field, not a body."""
    if m.group(0).strip() != "và":
        return False
    ws = _wlist(s[a : m.start()])
    keys = tuple(w.key for w in ws)
    if not any(len(ws) > len(h) and keys[: len(h)] == h and ws[len(h)].text[:1].isupper()
               for h in _field_named_heads()):
        return False
    n = _NEXT_SEPARATOR.search(s, m.end(), end)
    rest = s[m.end() : n.start() if n else end].strip(" .:")
    if not rest[:1].isupper():
        return False
    if bodies.is_bare_head(rest):
        return True
    # … or with a field in sentence case that opens with no body's head and no role ("Cục Nhà
    # giáo và Cán bộ quản lý giáo dục"): another body after "và" opens with its head
    words = rest.split()
    return not bodies.head_length(rest) and not bodies.role_length(rest) \
        and all(w[:1].islower() for w in words[1:6]) and len(words) >= 2


def _slash_ok(s: str, a: int, m: re.Match[str], end: int) -> bool:
    """A slash parts two names only where a unit's head follows it ("Bộ Chỉ huy Quân sự
    tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh"), never inside a symbol or a date — nor where it
    sets an office under the body that holds it ("Cục Tài chính/Bộ Quốc phòng", "Phòng Y
    tế/Ủy ban nhân dân huyện"): one name, as a Nơi nhận item writes it."""
    if "/" not in m.group(0):
        return True
    after = s[m.end() : min(end, m.end() + 40)]
    if not _head_at(_wlist(after), 0):
        return False
    return not (m.group(0) == "/" and bodies.is_subordinate_head(s[a : m.start()].strip())
                and bodies.is_parent_head(after))


def _dash_ok(s: str, a: int, m: re.Match[str], end: int) -> bool:
    """"Ban Công tác X - Ủy ban Y": a spaced dash parts two bodies only where each side opens
    with a body's head (or a role); a field after the dash continues the name ("Vụ Kế hoạch -
    Tài chính", "Đài Phát thanh - Truyền hình")."""
    if m.group(0).strip() not in ("-", "–"):
        return True
    left, right = s[a : m.start()].strip(), s[m.end() : end]
    h = bodies.head_length(right)
    if h and _pkey(right[:h]) in _field_heads():
        h = 0  # "Tập đoàn Công nghiệp - Viễn thông Quân đội": the field goes on
    return bool((bodies.head_length(left) or bodies.role_length(left)) and (h or bodies.role_length(right)))


@cache
def _field_heads() -> frozenset[Phrase]:
    return frozenset(_pkey(x) for x in load_rules("units")["name"].get("field_heads", []))


def _trim(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    return a, b


# a run of one to three words written twice in a row ("Ủy ban Ủy ban …")
_DOUBLED = re.compile(r"(?<!\w)(\w+(?:\s+\w+){0,2})\s+\1(?!\w)")


@per_text_cache(8192)
def _expand(s: str) -> str:
    """``s`` with its abbreviations written out. An abbreviation after the words its expansion
    opens with ("Ủy ban UBND …" for "Ủy ban nhân dân") repeats them: written once."""
    out = expand_abbreviations(s)
    pat, table = _lex().expand
    out = pat.sub(lambda m: table[m.group(0)], out)
    if out == s:
        return out
    folded = s.casefold()
    return _DOUBLED.sub(lambda m: m.group(1) if m.group(0).casefold() not in folded else m.group(0), out)


_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def _topic_after_dash(name: str) -> str:
    """"Bộ A - Công trình giao thông": a body named whole (a head and a known field) and, after
    a spaced dash, words that open no body and continue no known field — the topic or product a
    table's other cell gave, no part of the name."""
    m = _SPACED_DASH.search(name)
    if not m or m.start() == 0:
        return name
    before, after = name[: m.start()], name[m.end() :]
    if bodies.name_length(before + " x") != len(before) or bodies.head_length(before) == len(before):
        return name  # (the name before the dash is no whole body: "Đài Phát thanh - Truyền hình")
    if any(a < m.start() < b for a, b in bodies.protected_spans(name)):
        return name  # "Sở Văn hóa - Thể thao": the dash inside a known field
    if bodies.head_length(after) or bodies.role_length(after) or bodies.domain_length(after):
        return name
    bw, aw = _wlist(before), _wlist(after)
    if bw and aw and _ends_with_level(bw) and _match(aw, 0, _lex().cat_index) in _lex().levels:
        return name  # "Ủy ban nhân dân quận - huyện": two levels the name serves, one name
    return before


@cache
def _staff_heads_folded() -> tuple[str, ...]:
    return tuple(fold(h) for h in load_rules("units")["name"].get("staff_heads", []))


def staff_head(folded: str) -> str:
    """The kind of staff a folded name opens with ("chuyen vien"), a plural "cac" aside; "" for
    none (rules/units.toml [name] staff_heads)."""
    x = folded[4:] if folded.startswith("cac ") else folded
    return next((h for h in _staff_heads_folded() if x == h or x.startswith(h + " ")), "")


@cache
def _honorific_role() -> re.Pattern[str]:
    """The form of address before a role ("Đồng chí Phó Chủ tịch …"), as written in either case."""
    words = load_rules("units")["name"].get("role_honorifics", [])
    alt = "|".join(re.escape(v) for w in words for v in (w, w[:1].lower() + w[1:]))
    return re.compile(rf"(?:{alt})\s+") if alt else re.compile(r"(?!x)x")


@cache
def _comma_cut() -> re.Pattern[str]:
    cuts = load_rules("units")["name"].get("comma_cut_at", [])
    return re.compile(r",\s*(?:" + "|".join(re.escape(c) for c in cuts) + r")(?!\w)") if cuts else re.compile(r"(?!x)x")


@cache
def _cut_pattern(cut: str) -> re.Pattern[str]:
    """A lexicon's cut phrase after a space and before no word character (compiled once: a name
    is tried against every cut)."""
    return re.compile(r"\s" + re.escape(cut) + r"(?!\w)")


@cache
def _starts_pattern(title: str) -> re.Pattern[str]:
    return re.compile(re.escape(title) + r"\s")


_FIRST_DOUBLED = re.compile(r"^(\w+)\s+(?i:\1)\b")


def _clean_name(raw: str) -> str:
    # (abbreviations first: "VH,TT&DL" is one, its comma no list's)
    raw = bodies.unglued(raw)  # "tỉnhHà An": a space the converter lost
    # (a comma set apart from the word before it, as PDF text and OCR leave it, "thương mại ,
    # chi nhánh …", is the same list's comma)
    name = re.sub(r"^(?:và|cùng)\s+", "", collapse(re.sub(r"\s+,", ",", re.sub(r",(?=[^\W\d])", ", ", _expand(raw)))))
    name = _FIRST_DOUBLED.sub(r"\1", name)  # "Các các cơ sở …": the first word written twice (OCR)
    low = name.casefold()
    for scope in _SCOPE_CUTS:
        k = low.find(" " + scope)
        if k > 0:
            name, low = name[:k], low[:k]
            break
    # "Các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công": the scope of the assignment
    # and what follows it are no part of the name
    cuts = _lex().cut_at + (_lex().class_cut_at if low.startswith("các ") else ())
    if low.startswith("các ") or " các " in low:
        cuts += _lex().member_cut_at
    for cut in cuts:
        # (a substring test first: a name is tried against every cut, and few hold any)
        m = _cut_pattern(cut).search(low) if cut in low else None
        if m and m.start() > 0:
            name, low = name[: m.start()], low[: m.start()]
    m = _lex().appositive.search(name)
    if m and m.start() > 0:
        name, low = name[: m.start()], low[: m.start()]
    m = _comma_cut().search(low)
    if m and m.start() > 0:
        name, low = name[: m.start()], low[: m.start()]
    h = _honorific_role().match(name)
    if h and bodies.role_length(name[h.end() :]):
        name = name[h.end() :]  # "Đồng chí Phó Chủ tịch …": the role, without the form of address
    name = _topic_after_dash(name)
    if _refers_back(name):
        return ""
    low = name.casefold()
    for tail in _lex().strip_tails:
        if low.endswith(" " + tail.casefold()):
            name = name[: -len(tail) - 1]
            break
    m = _STRAY_NUMBER.search(name)
    if m and m.group(1)[:1].islower() and _wkey(m.group(1)) not in _lex().numbered:
        name = name[: m.start() + 1 + len(m.group(1))]  # "Sở Nội vụ 6": a page number or note mark
    # "Cục Quân huấn - Nhà trường?": a footnote's call mark as OCR reads it, glued on
    name = _NOTE_CALL.sub("", name)
    return _cap(clean_value(name).strip(" -–"))


_NOTE_CALL = re.compile(r"(?<=[^\W\d_])[!?*]+[\d*”\"'’]*$")


@cache
def _back_ref_pattern() -> re.Pattern[str]:
    tails = load_rules("units")["name"].get("back_refs", [])
    return re.compile(r"^(?:các\s+)?(?P<kinds>.+?)\s+(?:" + "|".join(map(phrase_pattern, tails)) + r")$", re.IGNORECASE)


def _refers_back(name: str) -> bool:
    """"Các đơn vị nêu trên", "Công ty này": bare kinds pointing back at bodies the text named
    before — those bodies, no unit of its own name."""
    m = _back_ref_pattern().match(collapse(name))
    if m is None:
        return False
    kinds = [k for k in re.split(r"\s*,\s*|\s+và\s+", m.group("kinds")) if k]
    return bool(kinds) and all(bodies.is_bare_noun(k) for k in kinds)


_STRAY_NUMBER = re.compile(r"\s(\S+)\s\d{1,2}$")


def _without_person(name: str) -> str:
    """"Phó Thủ tướng Chính phủ Trần Văn A": a role, then the name of the person holding it (a
    run of two to four capitalised words opening with a family name) — the unit is the role.
    Kept whole where the words before the run end in a proper name or a level ("… tỉnh Lê Thủy"),
    or open a body that may bear a person's name ([people] eponym_heads), or where the office is
    a deputy's, held by several ([people] deputy)."""
    ppl = load_rules("units")["people"]
    if not (bodies.role_length(name) or any(_starts_pattern(t).match(name) for t in ppl.get("leader_titles", ()))):
        return name
    words = name.split()
    for k in range(max(1, len(words) - 4), len(words) - 1):
        run = words[k:]
        if words[k] not in _surnames() or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in run):
            continue
        before = " ".join(words[:k])
        prev = words[k - 1]
        if words[0] == ppl.get("deputy") and not any(re.search(r"(?<!\w)" + re.escape(q) + r"(?!\w)", before)
                                                       for q in ppl.get("sole_deputy", ())):
            return name  # one deputy of several: the name tells which
        if " ".join(run) in ppl.get("eponyms", ()) or not (prev[:1].islower() or bodies.is_role(before)):
            return name
        if bodies.is_place_name(" ".join(run)):
            return name  # "Bí thư Tỉnh ủy Lâm Đồng": the province, not a person
        if any(_wkey(prev) == _wkey(lv) or before.casefold().endswith(" " + lv.casefold())
               for lv in load_rules("bodies")["locality"]["levels"]):
            return name
        if any(re.search(r"(?<!\w)" + re.escape(h) + r"(?!\w)", before) for h in ppl.get("eponym_heads", ())):
            return name
        return before
    return name


# "… trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm": the scope of the duty, never
# part of the name
_SCOPE_CUTS = ("trong phạm vi", "theo phạm vi")


def _is_unit_name(name: str) -> bool:
    """A plausible name: a few words, not a clause's fragment or a column header."""
    return (1 <= len(name.split()) <= 40 and any(c.isalpha() for c in name) and not bodies.is_fragment(name)
            and not re.search(r"…|\.\.", name)  # a form's blank to fill ("Ông ……") names no one
            # a bracket closed and not opened (or opened and not closed): cut out of "Ban A (hoặc
            # Ban B) …", no name — nor a square one OCR read off a stamp or a rule ("Bộ] Néng")
            and name.count("(") == name.count(")") and name.count("[") == name.count("]"))


# ---------------------------------------------------------------------------- tasks

# (the full stop's test of the two characters before it comes after it, the same test: both
# ways begin with their punctuation, and the scan of a task's text skips to it)
_TASK_SPLIT = re.compile(r";\s*|\.(?<=[^\s.]{2}\.)\s+(?=[A-ZĐÀ-Ỹ])")
_LEAD_MARK = re.compile(r"^\s*(?:[-+•–*]|[a-zđ]\)|\d+(?:\.\d+)*[.)]?)\s+")


def _tasks(text: str, offset: int) -> list[tuple[str, int, int]]:
    """Task sentences of ``text`` (split on ``;`` and sentence ends), with doc offsets."""
    out = []
    a = 0
    bounds = []
    for m in _TASK_SPLIT.finditer(text):
        bounds.append((a, m.start()))
        a = m.end()
    bounds.append((a, len(text)))
    for x, y in bounds:
        lm = _LEAD_MARK.match(text, x, y)
        if lm:
            x = lm.end()
        piece = text[x:y]
        t = _clean_task(piece)
        if t.count(" ") < 1:
            continue
        x += len(piece) - len(piece.lstrip())
        out.append((_cap(t), offset + x, offset + y))
    return out


def _clean_task(piece: str) -> str:
    """Contract cleanup of a task sentence (whitespace, edge punctuation); the full
    :func:`clean_value` (quote balancing) only where there are quotes."""
    if any(q in piece for q in "\"“”'"):
        return clean_value(piece)
    t = " ".join(piece.split()).strip(" ;,:")
    if t.endswith("./."):
        t = t[:-3]
    if t.endswith(".") and not t.endswith("..."):
        t = t[:-1]
    return t.strip(" ;,:-–(")


# ---------------------------------------------------------------------------- the collector


@dataclass
class _Unit:
    name: str
    name_span: tuple[int, int]
    block: tuple[int, int]
    conf: float
    rule: str
    tasks: list[tuple[str, int, int]] = field(default_factory=list)
    have: set[str] = field(default_factory=set)  # the task texts, to add each once
    name_only: bool = True  # named only by lines that are just a name (a header cell may be one)
    parent: bool = False  # a heading over units charged by name ("Trách nhiệm của Quỹ")


@lru_cache(maxsize=4096)
def _key(name: str) -> Phrase:
    """Comparison key of a name: its words and punctuation, case and tone position folded ("&"
    read as the "và" it stands for: "Bộ Nông nghiệp & Phát triển nông thôn" is the same body)."""
    return tuple(_VA if t == "&" else _wkey(t) for t in re.findall(r"\w+|[^\w\s]", name))


_NAME_ONLY = frozenset(("line", "heading", "headless"))


_TRUONG = _wkey("trưởng")
_GOM = _wkey("gồm")
_VA = _wkey("và")


def _same_unit(a: Phrase, b: Phrase) -> bool:
    """Equal, or one names the other more fully ("Sở Y tế" / "Sở Y tế tỉnh"); never a body and
    its chief ("Các Bộ" / "Các Bộ trưởng": "trưởng" makes the head a role)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if a == b:
        return True
    # "… và cơ quan, tổ chức …" after a name lists another body
    return len(short) >= 2 and long_[: len(short)] == short and long_[len(short)] not in (_TRUONG, _VA)


_PLAIN_DROP = frozenset(_wkey(w) for w in ("các", "của"))


def _plain_key(k: Phrase) -> Phrase:
    """A name's key without "của", and without "các" where it opens the name or a list of
    levels: "Chủ tịch Ủy ban nhân dân các tỉnh" and "… tỉnh", "Cơ quan thường trực của Ban A"
    and "… Ban A" name one unit ("Trưởng các phòng" is no "Trưởng phòng")."""
    levels = {lv[0] for lv in _lex().levels}
    return tuple(t for i, t in enumerate(k) if t not in _PLAIN_DROP or (
        t == _CAC and i > 0 and not (i + 1 < len(k) and k[i + 1] in levels)))


def _members(name: str) -> frozenset[Phrase] | None:
    """The kinds a plural class lists ("Các cơ quan, tổ chức và cá nhân có liên quan" → {cơ
    quan, tổ chức, cá nhân có liên quan}), in any order; None for a name that is no such list."""
    if not name.casefold().startswith("các "):
        return None
    body = re.sub(r"\s+(?:khác\s+)?(?:có\s+)?liên\s+quan$", "", name[4:])  # said once for all
    parts = [p for p in _SEG_SPLIT.split(body) if p.strip()]
    if len(parts) < 2:
        return None
    return frozenset(_key(p) for p in parts)


def _bag(name: str) -> tuple[str, ...]:
    """The words of a name in sorted order: a list of levels said in another order ("các xã,
    phường" / "các phường, xã") names the same unit."""
    return tuple(sorted(_wkey(t) for t in re.findall(r"\w+", name)))


class _Collector:
    """Units in order of first mention; the same unit named again gets the new tasks.

    Names are looked up by key and by key prefix (two dictionaries), so that each mention
    costs the length of its name, not the number of units already found."""

    def __init__(self, own: frozenset[str] = frozenset()) -> None:
        # the issuing body's own name, as :func:`_own_core` reads it (its header and the body its
        # signature acts for): under a heading naming it, "Giao Sở A …" is the document's charge
        self.own = own
        self.units: list[_Unit] = []
        self._order: dict[int, int] = {}  # id(unit) -> index in ``units``
        self._by_key: dict[Phrase, _Unit] = {}  # every key a unit was named by
        self._by_prefix: dict[Phrase, _Unit] = {}  # every prefix (≥ 2 tokens) of those keys
        self._by_members: dict[frozenset[Phrase], _Unit] = {}  # the kinds a class lists
        self._by_bag: dict[tuple[str, ...], _Unit] = {}  # the words of a name, in any order
        self._by_plain: dict[Phrase, _Unit] = {}  # a name's key without "các", "của"

    def _index(self, u: _Unit, k: Phrase) -> None:
        self._by_key.setdefault(k, u)
        for n in range(2, len(k)):
            self._by_prefix.setdefault(k[:n], u)

    def add(self, name: str, span: tuple[int, int], block: tuple[int, int], conf: float, rule: str) -> _Unit:
        k = _key(name)
        # "Ủy ban nhân dân xã" and "Ủy ban nhân dân xã, phường" name one unit: keep the longer.
        # The dictionaries may hold keys of a unit's former (shorter) name: a hit counts only if
        # the unit's present name is still equal to, a prefix of, or prefixed by this one.
        cands = [self._by_key.get(k[:n]) for n in range(2, len(k) + 1)]
        cands += [self._by_key.get(k), self._by_prefix.get(k) if len(k) >= 2 else None]
        hits = [u for u in cands if u is not None and _same_unit(_key(u.name), k)]
        # a bare role ("Bộ trưởng", every minister) is not the role of one body ("Bộ trưởng Bộ
        # Nội vụ")
        hits = [u for u in hits if _key(u.name) == k or not (bodies.is_role(u.name) or bodies.is_role(name))]
        plain = _plain_key(k)
        if not hits and len(plain) >= 2 and plain in self._by_plain:
            # "Các Bộ trưởng" / "Bộ trưởng", "Chủ tịch Ủy ban nhân dân các tỉnh …" / "Chủ tịch Ủy
            # ban nhân dân tỉnh …": the plural names the same unit (only the whole name: "Các
            # tập đoàn" is no "Tập đoàn A")
            hits = [self._by_plain[plain]]
        bag = _bag(name)
        if not hits and bag in self._by_bag:
            hits = [self._by_bag[bag]]  # "… các xã, phường" / "… các phường, xã": the same unit
        members = _members(name)
        if not hits and members is not None and members in self._by_members:
            # "Các cơ quan, đơn vị, tổ chức và cá nhân …" / "Các cơ quan, tổ chức, đơn vị và cá
            # nhân …": the same kinds in another order name one class
            hits = [self._by_members[members]]
        if hits:
            u = min(hits, key=lambda x: self._order[id(x)])
            u.name_only = u.name_only and rule in _NAME_ONLY
            old = _key(u.name)
            bare = k[0] != _CAC and not _collective(_wlist(name))  # no plural class
            if len(k) > len(old) and k[len(old)] not in _lex().qualifiers and plain != _plain_key(old) \
                    and not (bare and k[len(old) :] in _lex().concerned):
                u.name, u.name_span = name, span
                self._index(u, k)
            elif len(k) < len(old) and old[len(k) :] in _lex().concerned and bare:
                # "Thủ trưởng cơ quan X có liên quan" / "Thủ trưởng cơ quan X": the body is
                # named without the qualifier "có liên quan" that one mention adds
                u.name, u.name_span = name, span
            # (a later mention that adds where the unit acts — "… tại khu vực dự báo có mưa lũ"
            # — qualifies the same unit: its first name stays)
            return u
        u = _Unit(name, span, block, conf, rule)
        self._by_bag.setdefault(bag, u)
        self._by_plain.setdefault(plain, u)
        if members is not None:
            self._by_members.setdefault(members, u)
        u.name_only = rule in _NAME_ONLY
        self._order[id(u)] = len(self.units)
        self.units.append(u)
        self._index(u, k)
        return u

    def found(self, f: _Found, base: int, ll: _LLine, text: str) -> list[_Unit]:
        us = []
        for n, a, b in f.names:
            for d, anchor in _distributed(n):
                # a distributed locality stands on its own name in the list
                x = text.find(anchor, a, b) if anchor != n else -1
                span = (base + x, base + x + len(anchor)) if x >= 0 else (base + a, base + b)
                us.append(self.add(d, span, (ll.start, ll.end), f.conf, f.how))
        if f.task_at is not None:
            ts = _tasks(text[f.task_at :], base + f.task_at)
            for u in us:
                _extend(u, ts, ll.end)
        return us


_LOC_LIST = re.compile(
    r"^(?P<pre>.*?)\s*\b[Cc]ác\s+(?P<lv>tỉnh|thành phố)(?:\s*,\s*(?P<lv2>tỉnh|thành phố))?\s*:?\s+"
    r"(?P<list>[A-ZĐÀ-Ỹ][^:;()]*)$"
)
_PLACE_NAME = re.compile(r"(?:(?:tỉnh|thành phố|Tỉnh|Thành phố)\s+)?[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}")


def _distribute_localities(name: str) -> list[str]:
    """:func:`_distributed`, names only."""
    return [n for n, _anchor in _distributed(name)]


def _distributed(name: str) -> list[tuple[str, str]]:
    """A plural level over a list of names is one unit per locality: "Các tỉnh An Phú, Bình Sơn"
    → "Tỉnh An Phú", "Tỉnh Bình Sơn"; "Ủy ban nhân dân các tỉnh, thành phố: A, B" → "Ủy ban
    nhân dân tỉnh A", … (a centrally-run city keeps its level, rules/units.toml); after a name
    that does not govern a locality ("Bộ Quốc phòng các tỉnh A, B") the localities stand alone."""
    m = _LOC_LIST.match(name)
    if not m:
        return [(name, name)]
    members = [x.strip() for x in re.split(r"\s*,\s*|\s+và\s+", m.group("list")) if x.strip()]
    if not members or not all(_PLACE_NAME.fullmatch(x) for x in members):
        return [(name, name)]
    pre = re.sub(r"(?:\s*,|\s+và)\s*$", "", m.group("pre")).strip()
    cities = {fold(c) for c in _lex().central_cities}
    out: list[tuple[str, str]] = []  # (name, the words of the text it stands on)
    governed = bool(pre) and any(fold(pre).endswith(g) for g in _lex().governed)
    if pre and not governed:
        out.append((pre, pre))
    for x in members:
        if re.match(r"(?:tỉnh|thành phố)\s", x, re.IGNORECASE):
            place = x
        else:
            level = m.group("lv")
            if m.group("lv2"):
                level = "thành phố" if fold(x) in cities else "tỉnh"
            place = f"{level} {x}"
        out.append((f"{pre} {place}" if governed else _cap(place), x))
    return out


def _extend(u: _Unit, tasks: list[tuple[str, int, int]], block_end: int) -> None:
    have = u.have
    for t in tasks:
        if t[0] not in have:
            u.tasks.append(t)
            have.add(t[0])
    if block_end > u.block[1] and block_end - u.block[0] < 20000:
        u.block = (u.block[0], block_end)


# ---------------------------------------------------------------------------- sections


def _heading_ranges(lls: list[_LLine]) -> dict[int, int]:
    """For each heading, the index after the last logical line it governs."""
    out: dict[int, int] = {}
    heads = [k for k, ll in enumerate(lls) if ll.kind == "heading"]
    for n, k in enumerate(heads):
        end = len(lls)
        article = _is_article(lls[k])
        for k2 in heads[n + 1 :]:
            if lls[k2].level <= lls[k].level or (article and _is_article(lls[k2])):
                end = k2  # an article ends at the next one, whatever their levels
                break
        out[k] = end
    return out


def _is_article(ll: _LLine) -> bool:
    return ll.text[:4].casefold() == "điều"


@cache
def _impl_folded() -> tuple[str, ...]:
    return tuple(fold(p) for p in _lex().impl_phrases)


@lru_cache(maxsize=4096)
def _is_impl_title(title: str) -> bool:
    """A heading of the implementation part, matched as the segmenter does (fuzzy, on case-
    and accent-folded text, so that OCR damage or re-casing still counts)."""
    t = title.rstrip(":. ")
    if not t or len(t) > 90:
        return False
    key = fold(t).strip(" :.")
    if len(t) < 60 and any(key.endswith(" " + tail) for tail in _lex().impl_tails):
        return True  # "Giải pháp và tổ chức thực hiện"
    for p in _impl_folded():
        if fuzz.ratio(key, p) >= 88:
            return True
        if len(t) < 60 and (key.startswith(p) or fuzz.ratio(key[: len(p)], p) >= 92):
            return True
    return False


def _is_topic(title: str) -> bool:
    return _starts_with(title, _lex().topics)


def _has_content(lls: list[_LLine], k: int, stop: int) -> bool:
    nxt = lls[k + 1] if k + 1 < stop else None
    return nxt is not None and (nxt.kind != "heading" or nxt.level > lls[k].level)


@cache
def _charged_title() -> re.Pattern[str]:
    """"Nội dung <body> có trách nhiệm chủ trì" (rules/units.toml [cues] charged_*)."""
    c = load_rules("units")["cues"]
    openers = "|".join(map(phrase_pattern, c.get("charged_openers", ["\0"])))
    closers = "|".join(map(phrase_pattern, c.get("charged_closers", ["\0"])))
    return re.compile(rf"\s*(?:{openers})\s+(?P<body>\S.*?)\s+(?:{closers})[\s:.*]*", re.IGNORECASE)


def _charged_body(title: str) -> tuple[int, int] | None:
    """The body a charged title names, as its offsets in ``title`` (None where it is none)."""
    m = _charged_title().fullmatch(title)
    if m is None or not _unit_initial(m.group("body")):
        return None
    return m.start("body"), m.end("body")


def _duty_heading(title: str) -> bool:
    """A title that charges the body it names: "Trách nhiệm của Sở Y tế", "Thẩm quyền, trách nhiệm
    của doanh nghiệp", "Nội dung Công an tỉnh có trách nhiệm chủ trì" (rules/units.toml [cues]
    duties_of, charged_*)."""
    return _starts_with(title, _lex().duty_heads) or _comma_duty(title) or _charged_body(title) is not None


def _comma_duty(title: str) -> bool:
    """A duty named after a short list of what else the article governs, a comma between ("Thẩm
    quyền, trách nhiệm của doanh nghiệp", "Quy trình, trách nhiệm của các địa phương …", a
    chapter's "Nhiệm vụ, quyền hạn, trách nhiệm của cơ quan, tổ chức …")."""
    at = 0
    for _ in range(3):  # (at most three short items before the duty)
        comma = title.find(", ", at)
        if comma <= at or len(title[at:comma].split()) > 3:
            return False
        rest = title[comma + 2 :]
        if _starts_with(rest, _lex().duty_heads):
            return _unit_initial(_cap(rest))
        at = comma + 2
    return False


def _unit_heading(ll: _LLine, has_content: bool, topics: bool = False) -> _Found | None:
    title = ll.content
    if not title.strip() or unit_sites.is_field_label(title):
        return None
    if (cb := _charged_body(title)) is not None:
        f = _analyse(title[cb[0] : cb[1]], "heading", has_content)
        return _shift(f, cb[0]) if f is not None and f.names and f.task_at is None else None
    if _is_topic(title) and not _unit_initial(title):
        if not topics:
            return None
        # "1. Về công tác tuyên truyền: Giao Ban A chủ trì …", "3. Về dự họp: Các đồng chí Ủy
        # viên … sắp xếp …": a topic whose colon opens an assignment opens its paragraph with a
        # unit all the same
        f = _analyse(title, "heading", has_content)
        if f is None or not f.names or (f.how != "cue" and has_content):
            return None  # (a subject after the colon of a topic with items under it is its intro's)
        return f if ":" in title[: min(a for _n, a, _b in f.names)] else None
    return _analyse(title, "heading", has_content)


def _regions(lls: list[_LLine], ranges: dict[int, int], impl: range | None, doc: Document) -> list[tuple[int, int]]:
    """Logical-line ranges of the sections that assign work."""
    found: list[tuple[int, int]] = []
    # (where the text has an implementation section of its own, a tasks section whose sub-items
    # say what classes of bodies should do is none; without one, its sub-items' subjects are
    # read as its units)
    kid_ok = _assigning_kid if impl is not None and len(impl) else _unit_heading
    for k, end in ranges.items():
        ll = lls[k]
        if _is_article(ll) and _hands_out(ll.content):
            # "Điều 2. Hội đồng nhân dân tỉnh giao:" over "1. Thường trực … ban hành …" / "2. Ủy
            # ban nhân dân tỉnh … có trách nhiệm …": its clauses (numbered as it is) are the work
            # it hands out, up to the next article
            stop = next((j for j in range(k + 1, len(lls)) if _is_article(lls[j])
                         or (lls[j].kind == "heading" and lls[j].level < ll.level)), len(lls))
            found.append((k, stop))
            continue
        if _duty_title(ll.content):
            found.append((k, end))  # "c) Trách nhiệm của Ủy ban nhân dân cấp tỉnh", at any level
            continue
        if ll.level >= 6:
            continue
        if _is_impl_title(ll.content):
            found.append((k, end))
            continue
        # numbered sub-headings that are mostly unit names ("II. NỘI DUNG THỰC HIỆN" / "1. Sở Y
        # tế"); lettered ones ("a. Trung tâm học tập cộng đồng") describe kinds of bodies more
        # often than they assign work
        if ll.level > 2 or _starts_with(ll.content, _lex().describing):
            continue
        kids = [j for j in range(k + 1, end) if lls[j].kind == "heading" and lls[j].level <= 4]
        if len(kids) < 2:
            continue
        top = min(lls[j].level for j in kids)
        kids = [j for j in kids if lls[j].level == top]
        units = sum(1 for j in kids if not _is_closer(lls[j].content) and kid_ok(lls[j], _has_content(lls, j, end)))
        if units >= 2 and units * 2 >= len(kids):
            found.append((k, end))
    if impl is not None and len(impl):
        a, b = doc.lines[impl.start].start, doc.lines[impl.stop - 1].end
        ks = [k for k, ll in enumerate(lls) if a <= ll.start < b]
        if ks:
            found.append((ks[0], ks[-1] + 1))
    found.sort(key=lambda r: (r[0], -r[1]))
    out: list[tuple[int, int]] = []
    for r in found:
        if out and r[0] < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], r[1]))
            continue
        out.append(r)
    return out


def _hands_out(title: str) -> bool:
    """An article's title that is a body handing work out, the word that does so last ("Hội
    đồng nhân dân tỉnh giao", "Ủy ban nhân dân tỉnh yêu cầu:"), its clauses to follow (not "…
    và nhiệm vụ được giao": the tasks given, a topic)."""
    lex = _lex()
    ws = _wlist(title.rstrip(" :.*_"))
    head = _head_at(ws, 0) if len(ws) >= 2 else 0
    if not head:
        return False
    colon = title.rstrip(" *_").endswith(":")
    for j in range(max(1, len(ws) - 3), len(ws)):
        c = _match(ws, j, lex.cues)
        if c is None and colon and (v := _match(ws, j, lex.verbs)) in lex.execution_verbs:
            c = v  # "Các đơn vị … có trách nhiệm:", its clauses each naming whose part
        if c is not None and len(c) == len(ws) - j:
            return head <= j and ws[j - 1].key not in _PASSIVE_KEYS
    return False


_PASSIVE_KEYS = frozenset(_wkey(w) for w in ("được", "bị", "đã", "đang", "sẽ"))


def _assigning_kid(ll: _LLine, has_content: bool) -> bool:
    """A sub-heading that gives a unit work: its name ("1. Sở Y tế", "2. Sở A: …", "3. Giao Sở B
    …"), or a sentence that puts its subject in the lead or charges it ("1. Sở C chủ trì, …",
    "2. Sở D có trách nhiệm …") — not one that says what a class of bodies should do ("1.1. Các
    cơ quan quản lý giáo dục … phải là nơi …", the exhortations of a plan's tasks section)."""
    f = _unit_heading(ll, has_content)
    if f is None or not f.names:
        return False
    if f.how != "subject" or f.task_at is None:
        return True
    return unit_sites.assigns_outright(ll.content, f) or _charged(ll.content[f.task_at :])


_AND_PART = re.compile(r"\s+(?:và|VÀ)\s+")


def _duty_title(title: str) -> bool:
    """A title that charges the bodies it names ("Trách nhiệm của Ủy ban nhân dân cấp tỉnh"), also
    as the last part a chapter's title joins on with "và" ("TRÌNH TỰ, THỦ TỤC GIẢI QUYẾT VÀ TRÁCH
    NHIỆM CỦA CÁC TỔ CHỨC, CÁ NHÂN CÓ LIÊN QUAN")."""
    if _starts_with(title, _lex().duty_heads) and _unit_initial(title):
        return True
    if _charged_body(title) is not None:
        return True  # "Nội dung Công an tỉnh có trách nhiệm chủ trì"
    if _comma_duty(title):
        return True
    if " và " not in title.casefold():
        return False
    parts = _AND_PART.split(title)
    return len(parts) > 1 and _starts_with(parts[-1], _lex().duty_heads) and _unit_initial(parts[-1])


_ARTICLE_HEAD = re.compile(r"\s*(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]")  # not "Điều 6, Điều 7 …" wrapped


def _without_rule_articles(lls: list[_LLine], regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Regions less the articles that set rules rather than tasks ("Điều 23. Quy định chuyển
    tiếp", "Điều 11. Khiếu nại, tố cáo"), which an implementation chapter may hold too."""
    out: list[tuple[int, int]] = []
    for k0, k1 in regions:
        a = k0
        k = max(k0 + 1, 0)
        # a chapter "TRÁCH NHIỆM THI HÀNH" / "TỔ CHỨC THỰC HIỆN" may hold articles of rules too
        # ("Điều 12. Kinh phí thực hiện"): there only the articles that assign work count
        chapter = k0 >= 0 and lls[k0].kind == "heading" and lls[k0].level == 0
        while k < k1:
            ll = lls[k]
            if ll.kind == "heading" and _ARTICLE_HEAD.match(ll.text) and (
                _starts_with(ll.content, _lex().rule_articles)
                or (chapter and not _assigning_article(ll.content, lls[k + 1] if k + 1 < k1 else None))
            ):
                if k > a + 1 or (k > a and a >= 0 and lls[a].kind != "heading"):
                    out.append((a, k))
                j = k + 1
                while j < k1 and not (lls[j].kind == "heading" and _ARTICLE_HEAD.match(lls[j].text)):
                    j += 1
                a, k = j - 1, j
                continue
            k += 1
        if k1 > a + 1:
            out.append((a, k1))
    return out


def _assigning_article(title: str, first: _LLine | None = None) -> bool:
    """An article whose title says it assigns work ("Trách nhiệm của …", "Tổ chức thực hiện",
    "Điều khoản thi hành"); an article without a title of its own counts too; so does one titled
    by a body's name whose text (``first``, its first line) gives that body its tasks — not one
    whose first sentence has another subject, which sets the body up ("Điều 18. Văn phòng Ban
    Chỉ đạo" / "Phó Trưởng Ban Chỉ đạo quyết định thành lập Văn phòng …")."""
    t = title.strip()
    if not t or _is_impl_title(t) or _duty_heading(t):
        return True
    key = fold(t[:120])
    if key.startswith("doi voi ") and _unit_initial(t[len("Đối với ") :]):
        return True  # "Điều 7. Đối với các cơ quan nhà nước": what the bodies it names must do
    if _unit_initial(t) and _name_only_title(t):
        # "Điều 29. Tổng cục Chính trị" / "Chỉ đạo triển khai …": the article is that body's duties
        if first is None:
            return False
        f = _analyse(first.content, "sentence") if first.kind != "heading" else None
        return f is None or f.how != "subject"
    return any(w in key for w in _lex().assigning_words)


def _name_only_title(title: str) -> bool:
    """A title that is a body's name and nothing more (no verb of a rule after it)."""
    f = _analyse(title.rstrip(" .:"), "heading", has_content=True)
    return f is not None and f.how == "heading" and f.task_at is None


def _scan_charges(col: _Collector, lls: list[_LLine], full: list[tuple[int, int]], walked: list[bool]) -> None:
    """In the articles of rules left out of an implementation chapter, a body the text charges
    by the formula or puts in charge ("Cơ quan … có trách nhiệm thống kê …", "Bộ Nội vụ chủ trì
    hướng dẫn …") is still assigned that work."""
    for k0, k1 in full:
        for k in range(max(k0, 0), k1):
            if walked[k] or (lls[k].kind == "heading" and _ARTICLE_HEAD.match(lls[k].text)):
                continue
            content = lls[k].content
            f = _analyse(content, "sentence")
            if f is None or f.how != "subject" or f.task_at is None:
                continue
            if _charges(content[f.task_at :]):
                col.found(f, lls[k].start + lls[k].body, lls[k], content)


def _attachment(doc: Document) -> range | None:
    """The document a decision issues with it, as the document model marks it (part "attached")."""
    att = doc.parts.get("attached")
    return att if att is not None and len(att) else None


def _directive_run(lls: list[_LLine], nested: bool = True) -> list[tuple[int, int]]:
    """The run of sibling numbered paragraphs of a body without an implementation section, when
    at least two of them, and half, open with a unit ("1. Sở Công Thương: …", "2. Công an tỉnh
    chủ trì …"): from the line before the first to the end of the last one's range. Where the
    top level is no such run, the lettered items under one of its paragraphs may be ("2. … các
    bộ, ngành cần tập trung các nhiệm vụ sau đây:" / "a) Tăng cường …" / "d) Bộ Công an:" / …) —
    with ``nested``, in a body that has no implementation section (where it has one, items
    under another section list its members or its kinds: "1. Tổ kiểm tra" / "2. Đơn vị …")."""
    ranges = _heading_ranges(lls)
    heads = [k for k, ll in enumerate(lls) if ll.kind == "heading" and ll.level <= 5]
    if not heads:
        return []
    top = min(lls[k].level for k in heads)
    sibs = [k for k in heads if lls[k].level == top]

    kid_runs: dict[int, tuple[int, int] | None] = {}

    def kid_run(p: int) -> tuple[int, int] | None:
        """The run among the items right under paragraph ``p`` (lettered items too: "a)" … "đ)"
        are headings of the lowest level)."""
        if p not in kid_runs:
            kids = [k for k in range(p + 1, ranges[p]) if lls[k].kind == "heading" and lls[k].level > top]
            lv = min((lls[k].level for k in kids), default=0)
            kid_runs[p] = _unit_run(lls, ranges, [k for k in kids if lls[k].level == lv]) if kids else None
        return kid_runs[p]

    # (a letter's numbered items may each open with their topic: "1. Về công tác …: Giao Ban A
    # …", or hand their topic on to sub-items that each open with a unit: "2. Về …:" / "2.1. Giao
    # Ban A …" — at the top level only: a report's proposals under its own section are no run)
    topical = any(_is_topic(lls[k].content) for k in sibs)
    nested_runs = frozenset(p for p in sibs if topical and kid_run(p) is not None)
    run = _unit_run(lls, ranges, sibs, topics=True, also=nested_runs)
    if run is not None:
        return [run]
    if not nested:
        return []
    return [sub for p in sibs if (sub := kid_run(p)) is not None]


def _assigns_tasks(doc: Document) -> bool:
    """The trích yếu says the document shares out tasks ("Quy định phân công nhiệm vụ …",
    rules/units.toml [cues] assigning_titles): its articles are its duties, whatever their titles."""
    cells = doc.cells.get("title") or []
    title = fold(" ".join(c.text for c in cells))
    return any(fold(p) in title for p in load_rules("units")["cues"].get("assigning_titles", []))


def _duty_articles(lls: list[_LLine], titled: bool = False) -> list[tuple[int, int]]:
    """Articles of a decision that are its section of duties without a title saying so: an
    article with no title of its own whose numbered clauses, at least two and half of them,
    each open with a body the clause charges ("Điều 7." / "1. Bộ A chủ trì, …"
    / "2. Bộ B chịu trách nhiệm …" / "3. Bộ C có trách nhiệm …"). The run of
    :func:`_directive_run`, looked for inside each such article. ``titled``: the document says
    in its trích yếu that it shares out tasks (:func:`_assigns_tasks`), so an article titled by
    its subject ("Điều 3. Bình ổn giá") whose clauses charge bodies so is one too."""
    ranges = _heading_ranges(lls)
    arts = [k for k, ll in enumerate(lls) if ll.kind == "heading" and _ARTICLE_HEAD.match(ll.text)]
    out: list[tuple[int, int]] = []
    for n, k in enumerate(arts):
        ll = lls[k]
        if ll.content.strip() and not titled:
            continue  # a titled article says what it holds ("Điều 5. Trách nhiệm của …": _regions)
        # an article runs to the next one (a converter may give the article and its clauses
        # one level), or to the end of the part that holds it
        end = arts[n + 1] if n + 1 < len(arts) else ranges[k] if ranges[k] > k + 1 else len(lls)
        kids = [j for j in range(k + 1, end) if lls[j].kind == "heading"]
        if not kids:
            continue
        lv = min(lls[j].level for j in kids)
        sibs = [j for j in kids if lls[j].level == lv]
        run = _unit_run(lls, ranges, sibs)
        # the clauses charge their bodies (the formula, or the lead of a task): clauses that
        # only open with a body describe it (a council's members, what a chairman does)
        charged = sum(1 for j in sibs if (f := _unit_heading(lls[j], True)) is not None and (
            (f.task_at is not None and _charges(lls[j].content[f.task_at:]))
            # (in a document that shares out tasks, a clause that is only a body's name with its
            # tasks under it: "1. Sở A" / "Chủ trì đề xuất …")
            or (titled and f.task_at is None and f.names and j + 1 < end
                and (lls[j + 1].kind != "heading" or lls[j + 1].level > lv)
                and _starts_task(lls[j + 1].content))))
        if run is not None and charged >= 2 and charged * 2 >= len(sibs):
            out.append((k, max(run[1], k + 1)))
    return out


def _unit_run(lls: list[_LLine], ranges: dict[int, int], sibs: list[int], topics: bool = False,
              also: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The run of :func:`_directive_run` among the sibling headings ``sibs``, if they make one
    (with ``topics``, a topic whose colon opens an assignment counts as opening with its unit;
    the headings in ``also`` count too)."""
    units = [k for k in sibs if k in also or _unit_heading(lls[k], _has_content(lls, k, ranges[k]), topics)]
    if len(units) < 2 or len(units) * 2 < len(sibs):
        return None
    first, last = units[0], units[-1]
    # the numbered run ends with its last unit's paragraph and what that governs
    end = ranges[last]
    nxt = next((k for k in sibs if k > last), None)
    end = min(end, nxt) if nxt is not None else end
    # free paragraphs after the run that assign work of their own ("Giao …", "Đề nghị …") are
    # read as sentences; the others are the last unit's tasks, set as plain paragraphs
    # (a last heading that is only a name keeps the paragraph right after it: its task)
    f = _unit_heading(lls[last], True)
    keep = last + 2 if f is not None and f.task_at is None and last + 1 < len(lls) and lls[last + 1].kind == "para" else last + 1
    while end > keep and lls[end - 1].kind == "para" and _analyse(lls[end - 1].content, "sentence"):
        end -= 1
    return (first - 1, end)


def _merge_ranges(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of two lists of line ranges, in order. A letter may carry both a short section the
    segmenter took for its implementation ("1. Trách nhiệm chung của …") and, after it, the run
    of numbered paragraphs that each open with a unit: both assign work."""
    out: list[tuple[int, int]] = []
    for r in sorted([*a, *b]):
        if out and r[0] < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], r[1]))
        else:
            out.append(r)
    return out


_CHARGE = re.compile(r"\s(?:có|chịu)\s+trách\s+nhiệm\b")


def _charge_at(s: str, a: int, end: int) -> int | None:
    """Where the charging formula starts in ``s[a:end]``, within the clause (no ";" before)."""
    m = _CHARGE.search(s, a, end)
    if m is None or ";" in s[a : m.start()]:
        return None
    return m.start() + 1


def _charged_after(ws: tuple[_Word, ...], i: int) -> bool:
    """Whether the charging formula ("có trách nhiệm", "chịu trách nhiệm") follows word ``i``
    within the clause: "Căn cứ …, cơ quan chuyên môn … có trách nhiệm thẩm định" charges the
    body even in lower case."""
    lex = _lex()
    for j in range(i + 1, min(len(ws), i + 25)):
        if ws[j - 1].trail.strip()[:1] in (";", ".", ":"):
            return False
        if _match(ws, j, lex.verbs) in lex.execution_verbs:
            return True
    return False


_LEAD = _pkey("chủ trì")


def _charges(task: str) -> bool:
    """Whether a task opens with the charging formula or the lead of a task ("chủ trì")."""
    tw = _wlist(task[:30])
    return _charged(task) or bool(tw and _match(tw, 0, _lex().verbs) == _LEAD)


def _charged(task: str) -> bool:
    """Whether a task opens with the formula that charges its subject ("có trách nhiệm …",
    "chịu trách nhiệm …")."""
    ws = _wlist(task[:40])
    return bool(ws) and _match(ws, 0, _lex().verbs) in _lex().execution_verbs


def _draft_items(lls: list[_LLine]) -> list[bool]:
    """The dash items of a list that sets out what a draft provides ("Bộ A chỉnh lý dự thảo Luật
    theo hướng:" / "- Giao Chính phủ quy định …"): a "Giao" there is the draft's wording, no
    work this document assigns (rules/units.toml [cues] draft_intros)."""
    intros = tuple(fold(x) for x in load_rules("units")["cues"].get("draft_intros", []))
    out = [False] * len(lls)
    under = False
    for k, ll in enumerate(lls):
        if ll.kind == "bullet":
            out[k] = under
            continue
        under = False
        if ll.content.rstrip().endswith(":"):  # (only then folded: most paragraphs do not)
            # (the clause that hands the list on: "… nhất trí với các nội dung dự thảo …; giao
            # …; trong đó lưu ý:" introduces remarks, no draft's wording)
            low = fold(ll.content.rsplit(";", 1)[-1])
            under = any(i in low for i in intros)
    return out


def _appraisal_lines(lls: list[_LLine]) -> list[bool]:
    """Which logical lines lie in a top-level section that appraises what was done ("I. ĐÁNH
    GIÁ CHUNG", "Tình hình …": rules/units.toml [sections] appraisal) or lists who attends ("I.
    Thành phần dự họp:", [sections] attendees) rather than sets tasks."""
    heads = [(k, ll.level) for k, ll in enumerate(lls) if ll.kind == "heading"]
    if not heads:
        return [False] * len(lls)
    top = min(level for _k, level in heads)
    out = [False] * len(lls)
    cur = False
    among: float | None = None  # the level of a section that lists who takes part, while in it
    for k, ll in enumerate(lls):
        if ll.kind == "heading" and among is not None and ll.level <= among:
            among = None
        if ll.kind == "heading" and ll.level == top:
            cur = _starts_with(ll.content, _lex().appraisal) or _starts_with(ll.content, _lex().attendees)
        elif cur and ll.kind == "para" and _HANDS_OVER.search(ll.content):
            # "Để …, tỉnh A cần tập trung thực hiện tốt một số nhiệm vụ sau đây:": the appraisal
            # ends in the sentence that hands its list of tasks to its subject
            cur = False
        if ll.kind == "heading" and among is None and _starts_with(ll.content, _lex().participants):
            among = ll.level  # "2. Đối tượng tham gia:" at any level: who may take part, no work
        out[k] = cur or among is not None
    return out


_HANDS_OVER = re.compile(r"\s(?:cần|phải)\s[^:;]{0,120}\s(?:sau\s+đây|như\s+sau|sau)\s*:\s*$")


def _has_exec(text: str) -> bool:
    low = text.casefold()
    return any(c in low for c in _lex().execution)


@per_text_cache(4096)
def _is_closer(text: str) -> bool:
    """"Trên đây là Kế hoạch …", "Trong quá trình thực hiện …", "… thông báo để … biết" (kept for
    the document: the region walk and the units reader ask it of the same paragraphs)."""
    lex = _lex()
    t = text.lstrip("-+•– ")
    low = t.casefold()
    if _starts_with(t, lex.closer_starts):
        return not _starts_with(t, lex.closer_conditional) or any(d in low for d in lex.difficulties)
    if any(c in low for c in lex.closer_contains):
        return True
    # (read without marks where the notice's verb stands, its marks perhaps lost too: OCR reads
    # "thông báo dé Bộ A …" for "để", "thông bao để …")
    if not any(w in low for w in ("ông b", "ong b", "lời ", "loi ")):
        return False
    folded = fold(t)
    return any(c in folded for c in lex.closer_contains_folded)


def _formula(manner_optional: bool, end: str) -> re.Pattern[str]:
    """The closing formula of rules/units.toml [closers] formula_* ("[nghiêm túc] triển khai thực
    hiện …"), ending as ``end`` says."""
    r = load_rules("units")["closers"]
    manner = rf"(?:{phrases_alternation(r['formula_manner'])})\s+"
    if manner_optional:
        manner = rf"(?:{manner})?"
    return re.compile(
        rf"{manner}(?:{phrases_alternation(r['formula_verbs'])})(?:\s+(?:{phrases_alternation(r['formula_after'])}))*{end}",
        re.IGNORECASE,
    )


@cache
def _generic_close() -> re.Pattern[str]:
    """The closing formula that asks everyone to carry the document out, and nothing more, at
    the end of a paragraph (its manner word optional, its "./." required)."""
    return _formula(True, r"\s*\./\.\s*$")


@cache
def _manner_close() -> re.Pattern[str]:
    """The closing formula with its manner word ("… nghiêm túc triển khai thực hiện."), whatever
    ends it: the body's last paragraph may have lost its "./."."""
    return _formula(False, r"\s*\.?(?:/\.)?\s*$")


def _is_closing_para(ll: _LLine, relay: bool = False) -> bool:
    """The last paragraph ("… ./.") closes the letter; one that opens with an assigning cue
    ("Yêu cầu Sở A báo cáo … trước ngày …./.") still assigns, unless all it asks is the closing
    formula ("Yêu cầu Thủ trưởng các sở, … nghiêm túc tổ chức triển khai thực hiện./."). With
    ``relay`` (a letter without a section of tasks, whose one assignment may be its last
    paragraph) so does one whose subject passes the work on ("Bộ A đề nghị Ủy ban nhân dân các
    tỉnh hướng dẫn …./.")."""
    if ll.kind != "para":
        return False
    if not re.search(r"/\.\s*$", ll.text):
        # (the letter's last paragraph that lost its "./.": only the formula with its manner word
        # closes it — "Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân các huyện khẩn trương tổ chức
        # thực hiện.")
        return relay and len(ll.content) <= 200 and _relayed(ll.content) \
            and bool(_manner_close().search(ll.content)) and not _has_exec(ll.content)
    if _starts_with(ll.content.lstrip("-+•– "), _lex().cues) or (relay and _relayed(ll.content)):
        return bool(_generic_close().search(ll.content)) and not _has_exec(ll.content)
    if _named_charge(ll.content):
        return False  # "Văn phòng Chính phủ theo dõi, đôn đốc các Bộ … thực hiện …, báo cáo …./."
    return not _DONE.search(ll.content)  # "… thông báo các thương nhân biết, thực hiện./."


_CHARGE_MAX = 400  # a closing paragraph that charges a body is a sentence or two


def _named_charge(content: str) -> bool:
    """A last paragraph whose subject is a body named as such (no class, no "các …") that is
    given a task of its own beyond the closing formula: it assigns, it does not only close."""
    if len(content) > _CHARGE_MAX or not _unit_initial(content) or _generic_close().search(content):
        return False
    f = _analyse(content, "sentence")
    return (f is not None and f.how == "subject" and f.task_at is not None and bool(f.names)
            and all(not _only_collective(n) and _named_as_such(n) for n, _a, _b in f.names))


def _named_as_such(name: str) -> bool:
    """A body named as such: no "các …", no collective, no bare kind ("Sở A", not "các cơ quan")."""
    return _CAC not in _key(name) and not _collective(_wlist(name)) and not bodies.is_bare_noun(name)


def _named_in_formula(col: _Collector, ll: _LLine) -> None:
    """A letter's closing formula that names bodies one by one ("Yêu cầu Sở A, Sở B, Ủy ban
    nhân dân xã C, các cơ quan, đơn vị liên quan triển khai thực hiện./."): the bodies so named
    carry the letter out; the classes beside them ("các cơ quan, đơn vị liên quan") and a
    formula addressed to classes and their heads alone ("Thủ trưởng các sở, …") assign nothing."""
    content = ll.content.lstrip("-+•– ")
    if not (_starts_with(content, _lex().cues) and _generic_close().search(content)):
        return
    f = _analyse(content, "sentence")
    if f is None or f.task_at is None:
        return
    named = tuple(n for n in f.names if _named_as_such(n[0]))
    if named:
        col.found(_Found(named, f.task_at, f.how, f.conf * 0.9), ll.start + ll.body + len(ll.content) - len(content),
                  ll, content)


@cache
def _notice_to() -> re.Pattern[str]:
    """"… thông báo để <bodies> biết, <verb> …": the verbs (rules/units.toml [closers]
    notice_verbs) that make the told bodies act — a report asked back counts."""
    verbs = load_rules("units")["closers"]["notice_verbs"]
    # ("để" as OCR reads it with a mark lost or swapped: "thông báo dé Bộ A …")
    return re.compile(r"\bthông\s+báo\s+(?:[dđ][eéèẻẽẹêếềểễệ]|cho|đến)\s+(?P<who>[^./]{3,300}?)\s+(?:được\s+)?biết\s*,?\s*"
                      rf"(?:và\s+)?(?:{phrases_alternation(verbs)})\b")


def _named_in_notice(col: _Collector, ll: _LLine, doc: Document | None = None) -> None:
    """A notice's closing "… thông báo để Ủy ban nhân dân tỉnh A và các Bộ, cơ quan liên quan
    biết, thực hiện./.": the bodies it names one by one carry the notice out (the classes beside
    them are only told)."""
    # (the pattern's first word, looked for first: the search is tried at every position)
    m = _notice_to().search(ll.content) if "thông" in ll.content else None
    if m is None or not _unit_initial(m.group("who")):
        return
    names = tuple((n, m.start("who") + a, m.start("who") + b) for n, a, b in
                  _split_units(m.group("who"), 0, len(m.group("who")))
                  if _CAC not in _key(n) and not _collective(_wlist(n)) and not bodies.is_bare_noun(n))
    who = unit_sites.addressee(doc) if doc is not None else None
    if who is not None:
        # "… để Cục Thuế được biết, báo cáo …": the letter's addressee told by its short name
        full = _clean_name(who[0])
        names = tuple((full if fold(full).startswith(fold(n) + " ") and bodies.locality_tail(full) else n, a, b)
                      for n, a, b in names)
    if names:
        col.found(_Found(names, m.end("who"), "subject", 0.7),
                  ll.start + ll.body, ll, ll.content)


def _relayed(text: str) -> bool:
    """Whether the paragraph opens with a subject that passes work on ("Bộ A đề nghị Ủy ban nhân
    dân các tỉnh hướng dẫn …"): as after an assigning cue, the body after the verb is assigned."""
    f = _analyse(text, "sentence")
    if f is None:
        return _relay_inside(text) is not None  # "Sau khi xem xét Chủ tịch … giao Sở A …"
    if not f.names or f.names[0][1] == 0 or f.how != "subject":
        return False
    before = _wlist(text[: f.names[0][1]])
    return any(len(before) >= len(r) and tuple(w.key for w in before[-len(r) :]) == r
               for rs in _lex().relay.values() for r in rs)


def _headless_ok(ll: _LLine) -> bool:
    """A short numbered sub-heading without a head word, among unit sub-headings, names a unit
    too ("5.3. Văn hóa - thông tin")."""
    t = ll.content.strip().rstrip(":").strip()
    if not t or ll.level > 4 or _is_topic(t) or any(ch.isdigit() for ch in t):
        return False
    ws = _wlist(t)
    if not 1 <= len(ws) <= 6:
        return False
    return not any(_match(ws, k, _lex().verbs) for k in range(len(ws)))


# ---------------------------------------------------------------------------- walking a section


@dataclass
class _Ctx:
    units: list[_Unit]
    level: float
    kind: str  # "heading" | "pseudo"
    title: str = ""  # the heading's text
    is_title: bool = False  # the section's own title ("Trách nhiệm của X")
    sentence: bool = False  # a heading that is a whole assignment ("8. Bộ A chủ trì …")
    article: bool = False  # an article's heading ("Điều 2. Giao …")


_DISTRIBUTION = re.compile(r"(?:^|[;.]\s*)-\s*Lưu\s*:|(?:;\s*-\s*[^;]{2,80}){3}")


def _is_distribution(t: str) -> bool:
    """Whether a line holds the copies' list: ``_DISTRIBUTION`` searched only on a line with a
    dash and either "Lưu" or three semicolons, which each of its matches holds (the search,
    tried at every position of a paragraph, is the cost otherwise)."""
    return "-" in t and ("Lưu" in t or t.count(";") >= 3) and _DISTRIBUTION.search(t) is not None


# a group heading's members listed below it: "Giao các sở … theo ngành, lĩnh vực gồm:"
_MEMBERS_INTRO = re.compile(r"(?:^|\s)(?:bao\s+)?gồm\s*:\s*$", re.IGNORECASE)


# "Có trách nhiệm:" on a line of its own labels the tasks below it; it is none itself
_CHARGE_LABEL = re.compile(r"\s*(?:có|chịu)\s+(?:trách\s+nhiệm|nhiệm\s+vụ)\s*:\s*$", re.IGNORECASE)


def _member(ll: _LLine) -> _Found | None:
    """A dash item naming one member of a group: the body, its note in brackets left out
    ("- Sở Công Thương (đối với hạ tầng thương mại);")."""
    if ll.kind != "bullet":
        return None
    t = ll.content
    stop = len(t)
    for ch in "(;:":
        x = t.find(ch)
        if 0 <= x < stop:
            stop = x
    name = t[:stop].rstrip(" .,")
    if not name or not _unit_initial(name) or len(name.split()) > 14:
        return None
    names = _split_units(t, 0, len(name))
    return _Found(names, None, "line", 0.75) if names else None


@lru_cache(maxsize=4096)
def _own_core(name: str) -> str:
    """A body's name folded without the organ that acts for it ("Ban Bí thư …", "Ban Thường vụ
    …") and without the organisation's full name after it ("… Đoàn Thanh niên Cộng sản Hồ Chí
    Minh" read as "… Đoàn"): what a heading and a signature call the same body."""
    f = fold(expand_abbreviations(collapse(name))).strip(" .:")
    for o in _own_organs():
        if f.startswith(o + " "):
            f = f[len(o) + 1 :]
            break
    for t in _own_tails():
        if f.endswith(" " + t):
            f = f[: -len(t) - 1]
            break
    return f


@cache
def _own_organs() -> tuple[str, ...]:
    organs = [*load_rules("orgs").get("organs_of_parent", []), *load_rules("units")["name"].get("own_organs", [])]
    return tuple(sorted({fold(o) for o in organs}, key=len, reverse=True))


@cache
def _own_tails() -> tuple[str, ...]:
    return tuple(sorted({fold(t) for t in load_rules("units")["name"].get("own_tails", [])}, key=len, reverse=True))


def _own_bodies(doc: Document) -> frozenset[str]:
    """The issuing body as its header and its signature's "TM." line name it (:func:`_own_core`)."""
    names = [p.text for p in doc.cells.get("issuer", [])]
    for ln in doc.closing_lines("signature"):
        m = AUTHORITY.match(ln.text.strip(" *_"))
        if m and m.group("auth").upper() in ("TM", "T/M") and m.group("rest"):
            names.append(m.group("rest"))
    return frozenset(c for c in map(_own_core, names) if len(c.split()) >= 2)


def _is_own(col: _Collector, units: list[_Unit]) -> bool:
    return bool(col.own) and any(_own_core(u.name) in col.own for u in units)


# (… but "chịu trách nhiệm về / trước …" makes one answerable for something: no charge)
_CLASS_CHARGE = re.compile(r"\s(?:phải\s+)?(?:(?:có|chịu)\s+(?:các\s+)?|thực\s+hiện\s+(?:các\s+)?)trách\s+nhiệm\b"
                           r"(?!\s+(?:về|trước)\b)")


@cache
def _charged_class_rules() -> tuple[tuple[str, ...], re.Pattern[str], int]:
    h = load_rules("units")["heads"]
    conds = "|".join(re.escape(c) for c in sorted(h.get("charged_class_conditions", []), key=len, reverse=True))
    return (tuple(fold(c) for c in h.get("charged_classes", [])),
            re.compile(rf"[\s,]+(?:{conds})\s" if conds else r"(?!)"), int(h.get("charged_class_max_words", 30)))


def _charged_class(s: str) -> _Found | None:
    """A class of persons or bodies an item of a duty section charges by the formula, named with
    what qualifies it: the words before "có trách nhiệm" ("Người được giao giải quyết công việc
    có trách nhiệm …"), which the reading by head words stops at the qualifier's verb — up to a
    condition ("Tổ chức, cá nhân đến khu vực công cộng khi …")."""
    m = _CLASS_CHARGE.search(s)
    if m is None or re.search(r"[;:.()]", s[: m.start()]):
        return None
    classes, conditions, max_words = _charged_class_rules()
    a = len(s) - len(s.lstrip(" *_"))
    head = s[a : m.start()]
    folded = fold(head)
    if not head[:1].isupper() or not any(folded.startswith((c + " ", c + ",")) for c in classes):
        return None
    if (c := conditions.search(head)) is not None:
        head = head[: c.start()]
    head = head.rstrip(" ,")
    if len(head.split()) > max_words:
        return None
    # two classes each named in full ("Cơ quan chủ quản, chủ khoản viện trợ có trách nhiệm …")
    # are two units; after a bare class word the qualifier is shared ("Tổ chức, cá nhân quản lý
    # khu vực công cộng")
    names: list[tuple[str, int, int]] = []
    pos = 0
    for piece in re.split(r",\s+|\s+và\s+", head):
        at = head.find(piece, pos)
        pos = at + len(piece)
        fp = fold(piece)
        if names and any(fp.startswith(c + " ") for c in classes) and fold(names[-1][0]) not in classes:
            names.append((piece, at, pos))
        elif names:
            names[-1] = (head[names[-1][1] : pos], names[-1][1], pos)
        else:
            names.append((piece, at, pos))
    return _Found(tuple((_clean_name(n), a + x, a + y) for n, x, y in names), m.start() + 1, "subject", 0.7)


def _walk_region(col: _Collector, lls: list[_LLine], k0: int, k1: int) -> None:
    """Units and their tasks in an implementation section, line by line."""
    parsed: dict[int, _Found | None] = {}
    unit_levels: dict[int, int] = {}
    first_heading = None
    for k in range(k0 + 1, k1):
        ll = lls[k]
        if ll.kind != "heading":
            continue
        first_heading = k if first_heading is None else first_heading
        own = ll.content[_person_prefix(ll.content) :]  # ("(2) Đồng chí Bộ trưởng …": the role)
        if ll.level >= 6 and not (_unit_initial(own) or _leader_role(_wlist(own[:64]))):
            # "a) Chủ trì, phối hợp …": a lettered task, analysed no further — unless it charges
            # a class of persons by the formula ("c) Người làm văn thư có trách nhiệm …")
            if (g := _charged_class(own)) is not None:
                parsed[k] = _shift(g, len(ll.content) - len(own))
                unit_levels[ll.level] = unit_levels.get(ll.level, 0) + 1
            continue
        f = parsed[k] = _unit_heading(ll, _has_content(lls, k, k1), topics=True) or _charged_class(ll.content)
        if f and f.names:
            unit_levels[ll.level] = unit_levels.get(ll.level, 0) + 1

    ctx: _Ctx | None = None
    top = lls[k0] if k0 >= 0 else None
    if top is not None and top.kind == "heading" and top.content.rstrip(" *_").endswith(":"):
        # the section's own title asks bodies to act and hands them the list below ("II. Để …,
        # Ban Chỉ đạo đề nghị các đồng chí Bộ trưởng, Chủ tịch … tập trung chỉ đạo …; trong đó
        # chú trọng một số nội dung sau:"): they are units of the title's task, beside the items'
        # (asked by another — the bodies come after the asking one, not at the title's start —
        # with a task of their own: "Điều 2. Các đơn vị … có trách nhiệm:" only groups its items)
        f = _analyse(top.content, "sentence")
        if f is not None and f.how == "subject" and f.task_at is not None and f.names and f.names[0][1] > 0 \
                and len(top.content[f.task_at :].split()) >= 6:
            col.found(f, top.start + top.body, top, top.content)
    title_units: list[_Unit] = []
    n_before = 0
    if top is not None and top.kind == "heading" and _duty_heading(top.content):
        # the section's own title names its unit ("2. Trách nhiệm của Sở Y tế" / "a) …", "Điều 6.
        # Nội dung Công an tỉnh có trách nhiệm chủ trì")
        f = _unit_heading(top, k0 + 1 < k1)
        if f and f.names:
            ctx = _Ctx(col.found(f, top.start + top.body, top, top.content), top.level, "heading", top.content, True)
            title_units, n_before = ctx.units, len(col.units)
    members: list[_Unit] | None = None  # the bodies a group heading lists ("… gồm:")
    task_head = False  # a task heading under the unit's ("b) Chủ trì, phối hợp") came since
    for k in range(k0 + 1, k1):
        ll = lls[k]
        if _is_distribution(ll.text):
            break  # the copies' list ("- Chính phủ; - …; - Lưu: VT."), its label lost: the end
        if members is not None:
            m = _member(ll)
            if m is not None:
                members.extend(col.found(m, ll.start + ll.body, ll, ll.content))
                continue
            if members and ctx is not None:
                # the group's tasks are its members' ("Có trách nhiệm: a) …"); the heading only groups
                for u in ctx.units:
                    u.parent = True
                ctx = _Ctx(members, ctx.level, "heading", ctx.title)
            members = None
        if (ctx is not None and ctx.kind == "heading" and ll.kind != "heading"
                and ll.content.rstrip().endswith(":") and _MEMBERS_INTRO.search(ll.content)):
            members = []
            continue
        if _is_closer(ll.content) or (_is_closing_para(ll) and not _has_exec(ll.content)):
            continue
        if ll.kind == "heading":
            f = parsed.get(k)
            # an article ends the one before it, whatever their levels
            inside = ctx is not None and ctx.kind == "heading" and ll.level > ctx.level and not _is_article(ll)
            if f and inside and f.how not in ("heading", "cue", "colon"):
                charged = (f.how == "subject" and f.task_at is not None and _charged(ll.content[f.task_at :])
                           and ctx is not None and _duty_heading(ctx.title))
                # "1. Trách nhiệm của Quỹ:" / "a) Chủ tịch Quỹ có trách nhiệm …": the officers
                # charged by name are units; so is the subject of a clause right under the
                # section's own title ("Điều 10. Trách nhiệm của các tổ chức …" / "1. Thủ trưởng
                # các đơn vị … chịu trách nhiệm …")
                # … and so is one under a unit that hands its work down ("2. Đảng ủy Khối chỉ đạo:")
                under_duties = ctx is not None and (ctx.is_title or _duty_heading(ctx.title)
                                                    or _lex().relay_items.search(ctx.title) is not None)
                # … and a lettered item whose subject is another body, with its own action ("8.
                # Chủ tịch Ủy ban nhân dân các tỉnh" / "b) Ủy ban nhân dân các địa phương có … cập
                # nhật …"): that body's own assignment
                other = (f.how == "subject" and f.task_at is not None and ctx is not None and ll.level >= 6
                         and unit_sites.other_subject(f, ctx.units))
                if other and not (charged or under_duties):
                    col.found(f, ll.start + ll.body, ll, ll.content)  # the unit above stays the context
                    continue
                if not (charged or (under_duties and f.how in ("subject", "exec"))):
                    f = None  # "c) Chủ tịch UBND xã … tổ chức …" under a unit: its task
            if f and inside and f.how == "cue" and ctx is not None \
                    and any(_names_one(u.name) for u in ctx.units) \
                    and _starts_with(ll.content, _lex().delegate) and not _is_own(col, ctx.units):
                # "2. Trách nhiệm của Ủy ban nhân dân tỉnh" / "d) Giao Sở A phối hợp …": under a
                # named unit's own heading the item is that unit's task — it hands the work on;
                # the document does not charge Sở A. (Under "Trách nhiệm của các đơn vị liên
                # quan" no one is named: "1. Giao Sở A …" is the document's own charge.)
                f = None
            if f and inside and ctx is not None and (ctx.is_title or _duty_heading(ctx.title)):
                for u in ctx.units:
                    u.parent = True  # the body only groups the units below it
            elif f and f.names and inside and ctx is not None and ctx.units \
                    and all(u.name.startswith("Các ") for u in ctx.units):
                for u in ctx.units:
                    # "1. Các đơn vị thuộc Bộ" over "a) Vụ A: …" / "b) Văn phòng Bộ chủ trì …": the
                    # class only groups the bodies its points name (a unit still where it has
                    # tasks of its own, before its points)
                    u.parent = True
            if f is None and not inside and unit_levels.get(ll.level, 0) >= 2 and _headless_ok(ll):
                t = ll.content.strip().rstrip(" :")
                f = _Found(((_clean_name(t), 0, len(t)),), None, "headless", 0.5)
            if not inside and _MEMBERS_INTRO.search(ll.content) and k + 1 < k1 and _member(lls[k + 1]) is not None:
                # "2. Các sở quản lý chuyên ngành … gồm:" over "- Sở A (…);" / "- Sở B (…);": the
                # heading (or the assigning sentence a converter glued to it) groups the bodies
                # listed below it, which take its tasks (the group is no unit beside them)
                ctx = _Ctx([], ll.level, "heading", ll.content)
                members = []
                continue
            task_head = not f and inside
            if f:
                ctx = _Ctx(col.found(f, ll.start + ll.body, ll, ll.content), ll.level, "heading", ll.content,
                           sentence=f.how == "subject" and f.task_at is not None, article=_is_article(ll))
                _more_subjects(col, f, ll.start + ll.body, ll, ll.content)
            elif inside:
                for u in ctx.units:  # type: ignore[union-attr]
                    _extend(u, _tasks(ll.content, ll.start + ll.body), ll.end)
            else:
                ctx = None  # a topic heading ends the unit before it
            continue
        content, base = ll.content, ll.start + ll.body
        f = None
        if ctx is None or _unit_initial(content) or _starts_with(content, _lex().intro) or _relay_colon().match(content) \
                or _topic_then_cue(content):
            # a unit line ("Ủy ban nhân dân xã", "- Hội Khuyến học :"), "Units: tasks", or —
            # outside a unit's tasks and after the section's intro — a sentence about a unit
            nxt = lls[k + 1] if k + 1 < k1 else None
            f = _analyse(content, "line", nxt is not None and nxt.kind != "heading")
            if f is None and _topic_then_cue(content):
                at = content.find(":") + 1
                at += len(content[at:]) - len(content[at:].lstrip(" *_"))
                g = _analyse(content[at:], "sentence")
                f = _shift(g, at) if g is not None and g.how == "cue" else None
            intro = first_heading is not None and k < first_heading
            if f and (ctx is not None or intro) and f.how not in ("line", "colon", "cue") \
                    and not (ctx is None and _asks_named(content, f)):
                # under "Trách nhiệm của X", a body the text charges by the formula ("cơ quan
                # chuyên môn … có trách nhiệm thẩm định …") is a unit of its own
                charged = (f.how == "subject" and f.task_at is not None and ctx is not None
                           and _charged(content[f.task_at :]) and _duty_heading(ctx.title))
                # after a numbered item that is itself a whole assignment ("8. Bộ A chủ trì …"),
                # a paragraph with a subject of its own ("Bộ B theo dõi, đôn đốc …") is another
                if not charged and not (ctx is not None and ctx.sentence and ll.kind == "para"
                                        and f.how == "subject" and f.task_at is not None):
                    # (under a task of the unit's — "b) Chủ trì, phối hợp" — its partners' parts)
                    if ctx is not None and ctx.kind == "heading" and not ctx.sentence and not task_head \
                            and not lls[k - 1].content.rstrip().endswith(":") \
                            and unit_sites.own_item(ll.kind, content, f, ctx.units):
                        col.found(f, base, ll, content)  # "- Sở B chủ trì …" under "Sở A:": B's own
                        continue
                    f = None
                else:
                    for u in ctx.units:  # type: ignore[union-attr]
                        u.parent = True
        if f is None and ctx is None and first_heading is not None and k < first_heading:
            # "Do đó, Sở A đề nghị Ủy ban nhân dân tỉnh có ý kiến chỉ đạo:" over the list
            r = _relay_inside(content) if content.rstrip().endswith(":") else None
            f = r if r is not None and _asks_named(content, r) else None
        handed = (f is not None and f.how == "cue" and ctx is not None and ctx.kind == "heading"
                  and _starts_with(content, _lex().delegate))
        if handed and _is_own(col, ctx.units):  # type: ignore[union-attr]
            # (under a heading that names the issuing body itself — "1. Trung ương Đoàn" in the
            # central Youth Union's plan — "Giao Văn phòng …" is the document's own charge)
            for u in ctx.units:  # type: ignore[union-attr]
                u.parent = True  # the issuing body's own heading groups the bodies it charges
        elif handed and any(_names_one(u.name) for u in ctx.units) \
                and not (ctx.article and ctx.title.rstrip(" *_").endswith(".")):  # type: ignore[union-attr]
            # (an article that is a whole assignment — "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức
            # thực hiện Nghị quyết này." — hands nothing on: "Giao Thường trực …" below is another)
            # "1. Ban Thường trực …" / "- Phân công đồng chí Phó Chủ tịch …": under a named unit's
            # heading the item is that unit's own task (it hands the work on), as for a heading
            f = None
        if f:
            us = col.found(f, base, ll, content)
            _more_subjects(col, f, base, ll, content)
            if f.task_at is None or f.how == "colon" or (
                    f.how == "cue" and ctx is not None and _is_own(col, ctx.units) and content.rstrip(" *_").endswith(":")):
                # (… and "Giao Ban A là đơn vị thường trực …, chủ trì các nội dung:" under the issuing
                # body's own heading: the items below are Ban A's)
                ctx = _Ctx(us, (ctx.level if ctx else 0) + 0.5, "pseudo")
        elif ctx is not None and not _CHARGE_LABEL.match(content):
            for u in ctx.units:
                _extend(u, _tasks(content, base), ll.end)
    if len(col.units) > n_before and title_units:
        for u in title_units:
            u.parent = True  # "Chương III. TRÁCH NHIỆM CỦA CƠ QUAN NHÀ NƯỚC" over the bodies' articles


def _asks_over_list(ll: _LLine) -> bool:
    """A line that asks the addressee ("… đề nghị Quý Cơ quan giúp:") over the list below it."""
    # (the colon a scan lost: "… các tiêu chí sau đây" over its items)
    return ll.content.rstrip(" *_").endswith((":", "sau đây", "như sau")) and unit_sites.courteous(ll.content)


def _items_below(lls: list[_LLine], k: int) -> list[_LLine]:
    """The bullet items right under line ``k`` (what a request ending in a colon asks)."""
    out = []
    for ll in lls[k + 1 :]:
        if ll.kind != "bullet":
            break
        out.append(ll)
    return out


def _asks_named(content: str, f: _Found) -> bool:
    """The section's intro asks one named body to act on the list below it ("Do đó, Sở A đề
    nghị Ủy ban nhân dân tỉnh có ý kiến chỉ đạo:" over "1. Đối với Công ty B …"): the body asked
    is assigned, beside the bodies the list names. (A plural class asked — "yêu cầu các sở,
    ngành:" — only introduces the bodies below.)"""
    if not content.rstrip().endswith(":") or len(f.names) != 1 or f.task_at is None:
        return False
    name, a, _b = f.names[0]
    if _CAC == _wkey(name.split()[0]) or _collective(_wlist(name)):
        return False
    before = _wlist(content[:a])
    return bool(before) and any(_match(before, j, _lex().relay) and j + len(_match(before, j, _lex().relay) or ()) == len(before)
                                for j in range(max(0, len(before) - 3), len(before)))


def _unit_bullets(lls: list[_LLine], in_region: list[bool]) -> list[tuple[int, int]]:
    """(line before, end) of each dash item naming a unit alone, followed by its "+" items."""
    out: list[tuple[int, int]] = []
    for k in range(1, len(lls) - 1):
        ll = lls[k]
        if in_region[k] or ll.kind != "bullet" or ll.text[:1] not in "-–" or lls[k + 1].text[:1] != "+":
            continue
        f = _analyse(ll.content, "line", True)
        if f is None or f.task_at is not None or f.how != "line":
            continue
        end = k + 1
        while end < len(lls) and lls[end].text[:1] == "+" and not in_region[end]:
            end += 1
        out.append((k - 1, end))
    return out


# "- Cây xanh đô thị - Sở Xây dựng.": a list item that names its unit last, after a dash
_TRAILING_UNIT = re.compile(r"^(?P<task>.{10,}?)\s+[-–—]\s+(?P<unit>[A-ZĐÀ-Ỹ][^-–—:;]{2,90}?)\s*[.;]?\s*$")


def _trailing_unit(ll: _LLine) -> tuple[_Found, str, int] | None:
    """(the unit, the item's task, where the task starts in the content) of a dash item whose
    last part, after a dash, is only a unit's name."""
    if ll.kind != "bullet":
        return None
    c = ll.content
    # (the dash the pattern needs, looked for first: its lazy task is tried at every length)
    m = _TRAILING_UNIT.match(c) if "-" in c or "–" in c or "—" in c else None
    if not m or not _unit_initial(m.group("unit")):
        return None
    f = _analyse(m.group("unit"), "heading", True)
    if f is None or f.task_at is not None or len(f.names) != 1:
        return None
    return _shift(f, m.start("unit")), m.group("task"), m.start("task")  # type: ignore[return-value]


def _scan_trailing_units(col: _Collector, lls: list[_LLine], in_region: list[bool]) -> None:
    """A run of at least two dash items that each name their unit last ("- Cây xanh trong
    trường học - Sở Giáo dục và Đào tạo." / "- Cây xanh đô thị - Sở Xây dựng."): each unit is
    assigned its item."""
    k = 0
    while k < len(lls):
        run = []
        while k < len(lls) and not in_region[k] and (t := _trailing_unit(lls[k])) is not None:
            run.append((k, t))
            k += 1
        if len(run) >= 2:
            for j, (f, task, at) in run:
                ll = lls[j]
                base = ll.start + ll.body
                for u in col.found(f, base, ll, ll.content):
                    _extend(u, [(_clean_task(task), base + at, base + at + len(task))], ll.end)
        k += 1


# ---------------------------------------------------------------------------- free text


_SENT = re.compile(r"(?<=[^\s.]{2})\.\s+(?=\S)")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


_QUOTED_RULE = re.compile(r"(?:quy\s+định|nêu|ghi)\s*:\s*\n?[\s*_]*“")


def _quoted_rules(text: str) -> list[tuple[int, int]]:
    """Passages another text's rules are quoted in ("Nghị định số … quy định:" / "“a) … b) Hội
    báo cáo …”"), across lines up to the closing quote: whom those rules charge is that text's
    business, not an assignment of this document (an amending text's new wording, after "như
    sau:", is its own).

    Where ``_QUOTED_RULE.finditer`` ends its matches: each ends in an opening quote, so the
    pattern is read backwards from each quote of the text (a few) instead of searched for at
    every position of it."""
    out: list[tuple[int, int]] = []
    q = text.find("“")
    while q >= 0:
        if _ends_quoted_rule(text, q):
            e = text.find("”", q + 1)
            if e > 0:
                out.append((q + 1, e))
        elif _QUOTED_ARTICLE.match(text, q):
            # an article of another text quoted whole ("Điều 5. Sửa đổi Điều 12" / "“Điều 12. …
            # …”."): whom it charges is the amended text's business, up to the quote that closes
            # a line
            m = _QUOTE_CLOSES_LINE.search(text, q + 1)
            if m is not None:
                out.append((q + 1, m.start()))
        q = text.find("“", q + 1)
    return out


_QUOTED_ARTICLE = re.compile(r"“[\s*_]*Điều\s+\d+[a-z]?\.")
_QUOTE_CLOSES_LINE = re.compile(r"”[\s*_]*[.;]?[\s*_]*$", re.MULTILINE)


def _ends_quoted_rule(text: str, q: int) -> bool:
    """Whether a match of ``_QUOTED_RULE`` ends with the opening quote at ``q``: before it only
    whitespace, ``*`` and ``_`` back to a colon, only whitespace before that, and there the end
    of "nêu", "ghi" or "quy" whitespace "định". (Matches never overlap: what lies between a
    colon and its quote, or a cue and its colon, holds no quote.)"""
    i = q
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in "*_"):
        i -= 1
    if i == 0 or text[i - 1] != ":":
        return False
    k = i - 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if text.endswith(("nêu", "ghi"), 0, k):
        return True
    if not text.endswith("định", 0, k):
        return False
    j = k - len("định")
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j < k - len("định") and text.endswith("quy", 0, j)


def _issuer_names(doc: Document) -> frozenset[str]:
    """The issuer as the issuer block writes it ("ỦY BAN NHÂN DÂN" / "TỈNH X"), folded: the whole
    block and its last body on its own."""
    rng = doc.parts.get("issuer_block")
    if not rng or not len(rng):
        return frozenset()
    lines = [collapse(doc.lines[i].text.strip(" *-_")) for i in rng if not doc.lines[i].blank]
    lines = [x for x in lines if x]
    if not lines:
        return frozenset()
    # (its own last line also as a unit's name is written, abbreviations expanded: "BAN CÁN SỰ
    # ĐẢNG UBND TỈNH"; not the parent's above it, whose expansion would open the whole block)
    return frozenset({fold(" ".join(lines)), fold(lines[-1]), fold(" ".join(lines[-2:])), fold(_expand(lines[-1]))})


def _is_self(name: str, issuer: frozenset[str]) -> bool:
    """The issuer naming itself: in full, by its block's last line, or without the proper name
    of its locality ("Ủy ban nhân dân tỉnh" in a letter of "ỦY BAN NHÂN DÂN / TỈNH X")."""
    key = fold(collapse(name))
    return bool(key) and (key in issuer or (len(key.split()) >= 3 and any(x.startswith(key + " ") for x in issuer)))


def _without_enclosures(units: list[_Unit], issuer: frozenset[str], text: str) -> list[_Unit]:
    """A letter's writer telling what it encloses ("2. Ủy ban nhân dân tỉnh gửi kèm …") is the
    letter speaking, not a task: such tasks of the issuer go with the rest of their paragraph
    (what the addressees do with the enclosure), and the issuer with them when none is left."""
    if not issuer:
        return units
    encl = _lex().enclosures
    out = []
    for u in units:
        if _is_self(u.name, issuer) and u.tasks:
            starts = [a for t, a, _b in u.tasks if fold(t).startswith(encl)]
            kept = [t for t in u.tasks if not any(a <= t[1] and "\n" not in text[a : t[1]] for a in starts)]
            if not kept:
                continue
            u.tasks = kept
        out.append(u)
    return out


def _relay_inside(sent: str) -> _Found | None:
    """"Sau khi xem xét Chủ tịch Ủy ban nhân dân tỉnh giao Sở A chủ trì …": a sentence whose
    opener has no comma before its subject, the subject passing the work on — the unit after
    the verb is assigned (a body or role must stand right before the verb)."""
    ws = _wlist(sent[:_SPAN])
    lex = _lex()
    for k in range(2, min(len(ws), 40)):
        rel = _match(ws, k, lex.relay) if ws[k].text[:1].islower() else None
        if rel is None:
            continue
        if len(rel) == 1 and k + 1 < len(ws) and ws[k + 1].text[:1].islower():
            # a one-syllable verb that opens a longer word ("giao ban", a briefing meeting;
            # "giao lưu"): no relay — the segmenter is asked only before a lower-case word, as
            # it runs the verb on into a capitalised name ("giao Ban Dân tộc")
            if not _one_syllable_verb(sent, ws, k):
                continue
        # (a body named as such: a capitalised head or a plural one — "thuế" in lower case is
        # the tax, no office)
        heads = [j for j in range(max(0, k - 10), k) if _head_at(ws, j) and j + _head_at(ws, j) <= k
                 and (ws[j].text[:1].isupper() or ws[j].key == _CAC)]
        if not heads:
            return None
        if any(ws[i].key in lex.tense for i in range(heads[-1], k)):
            return None  # "Cục A đã có văn bản đề nghị Cục B …": a past request, reported
        after = ws[k + len(rel) - 1].end
        rest = sent[after:].lstrip()
        if not _unit_initial(rest):
            return None
        f = _analyse(rest, "sentence")
        if f is None or f.how not in ("subject", "cue"):
            return None
        return _shift(f, len(sent) - len(rest))
    return None


def _scan_sentences(col: _Collector, ll: _LLine, only_exec: bool, issuer: frozenset[str] = frozenset(),
                    articles: bool = False) -> None:
    """Assignments in running text (documents without an implementation section); with
    ``articles`` (a decision's or a resolution's), also the articles that give work outright."""
    content = ll.content
    if "“" in content or '"' in content:
        content = _QUOTED.sub(lambda m: " " * len(m.group(0)), content)  # cited text assigns nothing
    outright = articles and unit_sites.may_assign_outright(content)
    para_exec = _has_exec(content)
    if only_exec and not para_exec and not unit_sites.hands_over_list(content) and not outright:
        return
    base = ll.start + ll.body
    bounds, a = [], 0
    for m in _SENT.finditer(content):
        bounds.append((a, m.start()))
        a = m.end()
    bounds.append((a, len(content)))
    for x, y in bounds:
        sent = content[x:y].strip()
        gated = only_exec and not _has_exec(sent) and not unit_sites.hands_over_list(sent)
        if not sent or (gated and not outright and not para_exec):
            continue
        off = base + x + (len(content[x:y]) - len(content[x:y].lstrip()))
        f = _analyse(sent, "sentence")
        opens = x == 0 and bool(_ARTICLE_HEAD.match(ll.text))
        if gated and not unit_sites.assigns_outright(sent, f, opens) and not (para_exec and unit_sites.carries_out(sent, f)):
            continue
        if not f and not only_exec:
            f = _relay_inside(sent)
        if not f and not only_exec and ";" in sent:
            f = _cued_clause(sent)
        if not f:
            continue
        if not only_exec and f.how == "subject" and issuer and all(_is_self(n, issuer) for n, _a, _b in f.names):
            continue  # "…, Ủy ban nhân dân tỉnh X xác định khung …": the issuer tells what it does
        col.found(f, off, ll, sent)
        if not only_exec:
            _more_subjects(col, f, off, ll, sent)


def _cued_clause(sent: str) -> _Found | None:
    """"Ban Thường vụ … nhất trí với các nội dung …; giao các cơ quan A tiếp thu …": where the
    sentence's first clause states and assigns nothing, a clause after a semicolon that opens
    with an assigning cue assigns on its own."""
    for m in _SEMICOLON.finditer(sent):
        rest = sent[m.end() :]
        if _starts_with(rest, _lex().cues):
            f = _analyse(rest, "sentence")
            if f is not None and f.how == "cue":
                return _shift(f, m.end())
    return None


_SEMICOLON = re.compile(r";\s*")
_CLAUSE_END = re.compile(r";\s*|(?<=[^\s.]{2})\.\s+(?=[A-ZĐÀ-Ỹ])")


def _topic_then_cue(content: str) -> bool:
    """"- Đối với báo cáo của các chi bộ: Đề nghị các đồng chí Ủy viên … chỉ đạo …": an item under
    a unit's paragraph that names its topic, then charges other bodies by an assigning cue."""
    k = content.find(":", 0, 120)
    return k > 0 and _starts_with(content[k + 1 :].lstrip(" *_"), _lex().cues)


def _colon_led_items(col: _Collector, lls: list[_LLine], in_region: list[bool]) -> None:
    """"- Giao Ban Xây dựng Đảng:" then "+ Tham mưu …" / "+ Chủ trì …": a unit named before a
    colon with nothing after it, outside an implementation section, is given the items under it
    (bullets of another mark than its own line's) as its tasks. A numbered heading that gives
    work to a unit alone ("3. Giao Sở Tư pháp", "2. Đề nghị Công an tỉnh") needs no colon."""
    for k, ll in enumerate(lls):
        if in_region[k] or not _starts_with(ll.content, _lex().cues):
            continue  # (only a line that gives work: "Giao …:", "Đề nghị …:")
        head = ll.content.rstrip(" *_")
        if not head.endswith(":"):
            if ll.kind != "heading" or k + 1 >= len(lls) or lls[k + 1].kind != "bullet" \
                    or _starts_with(head, _lex().topic_cues):
                continue  # ("c) Đối với các doanh nghiệp" over criteria names a topic)
            # (read as the line it stands for: "Giao Sở Nội vụ:")
            f = _analyse(head + ":", "sentence")
            if f is None or f.how != "colon" or len(f.names) != 1 or head[f.names[0][2] :].strip():
                continue
            col.found(replace(f, task_at=None), ll.start + ll.body, ll, head)
        # (the name right before the colon: "… trân trọng kính mời:" names no unit's work)
        colon = ll.start + len(ll.text.rstrip(" *_")) - (1 if head.endswith(":") else 0)
        bare = [x for x in col.units if not x.tasks and ll.start <= x.name_span[0] < ll.end
                and not ll.text[x.name_span[1] - ll.start : colon - ll.start].strip(" *_")]
        if not bare:
            continue
        for item in _items_under(lls, k):
            tasks = _tasks(item.content, item.start + item.body)
            for x in bare:
                _extend(x, tasks, item.end)


def _items_under(lls: list[_LLine], k: int) -> Iterator[_LLine]:
    """The items right under line ``k`` that ends with a colon: the bullets after it of another
    mark than its own ("- Giao Sở A:" / "+ …", "+ …")."""
    mark = lls[k].text[:1] if lls[k].kind == "bullet" else None
    j = k + 1
    while j < len(lls) and lls[j].kind == "bullet" and lls[j].text[:1] != mark:
        yield lls[j]
        j += 1


def _more_subjects(col: _Collector, f: _Found, off: int, ll: _LLine, sent: str) -> None:
    """"…, hoàn thành trong tháng 12; Bộ Khoa học và Công nghệ hướng dẫn …": a new subject
    after a semicolon, or opening the next sentence of the paragraph ("… tổ chức thực hiện. Sở
    Nội vụ theo dõi, tổng hợp."), is a new assignment."""
    if f.task_at is None or f.how not in ("subject", "cue"):
        return
    for m in _CLAUSE_END.finditer(sent[f.task_at :]):
        c = f.task_at + m.end()
        clause = sent[c:]
        if _unit_initial(clause):
            g = _analyse(clause, "sentence")
            if g and g.how in ("subject", "cue"):
                col.found(g, off + c, ll, clause)


_TASK_WORDS = 8  # a numbered line this long that opens with a verb is a task, not a heading


def _list_opens_subjectless(doc: Document) -> bool:
    """Whether the body's first line is a numbered task without a subject of its own ("1. Tổ
    chức quán triệt, tuyên truyền sâu rộng …"), not a heading ("1. Mục đích, yêu cầu") or a
    unit's paragraph ("1. Sở Y tế chủ trì …"): the items then are the intro's asked units' work."""
    body = doc.parts.get("body") or range(0)
    first = next((doc.lines[i] for i in body if doc.lines[i].text), None)
    if first is None:
        return False
    h = parse_heading(first.text)
    content = h[1] if h else ""
    if content and _general_tasks().match(fold(content.strip(" *_:."))):
        return True  # "1. Yêu cầu chung:" — the tasks every body the intro asks is to carry out
    # (an item opening with an assigning cue — "1. Yêu cầu đối với các tổ chức …", "1. Giao Sở
    # A …" — names whom it charges)
    return (bool(content) and len(content.split()) >= _TASK_WORDS and _starts_with(content, _lex().verbs)
            and not _starts_with(content, _lex().cues))


@cache
def _general_tasks() -> re.Pattern[str]:
    words = load_rules("units")["sections"].get("general_tasks", [])
    return re.compile(r"(?:" + "|".join(re.escape(fold(w)) for w in words) + r")\s*$" if words else r"(?!)")


def _scan_intro(col: _Collector, doc: Document, named_only: bool = False) -> None:
    """A letter's last preamble paragraph that hands its numbered list to units ("Sở Công Thương
    yêu cầu các tổ chức, doanh nghiệp … thực hiện một số nội dung sau:"): the units after the
    assigning verb are assignees (the subject that asks is not). With ``named_only`` (the items
    name units too), a bare class ("yêu cầu các địa phương …") only points at the addressees."""
    ll = _intro_line(doc)
    if ll is None:
        return
    content = ll.content
    lex = _lex()
    last = max((m.end() for m in _CLAUSE_END.finditer(content)), default=0)
    if not last and len(content) > _SPAN:
        # one long sentence of grounds, the clause that hands the list on after a comma ("Thực
        # hiện Kết luận số …, Ban Chỉ đạo … yêu cầu Chủ tịch … một số nội dung cụ thể sau:"):
        # the paragraph's last stretch holds it
        last = content.find(" ", len(content) - _SPAN) + 1
    if last and len(content) - last <= _SPAN:
        # a long paragraph of grounds closed by the clause that hands the list on ("…; Chủ tịch
        # UBND tỉnh yêu cầu Thủ trưởng các sở … thực hiện các nội dung sau:"): that clause first
        tail = _wlist(content[last:])
        for k, w in enumerate(tail):
            rel = _match(tail, k, lex.relay) if w.text[:1].islower() else None
            if rel is None:
                continue
            rest = _asked(content, last + tail[k + len(rel) - 1].end)
            if _unit_initial(rest):
                _intro_units(col, doc, ll, rest, len(content) - len(rest), named_only)
                return
            break
    ws = _wlist(content[:_SPAN])
    base = 0
    if not any(w.text[:1].islower() and _match(ws, k, lex.relay) for k, w in enumerate(ws)):
        # "…; Bộ A tạm thời hướng dẫn Sở B thực hiện … như sau:": a guidance letter hands its
        # list to the body it guides, in the clause closing the paragraph
        base = last
        ws = _wlist(content[base : base + _SPAN])
        if not any(w.text[:1].islower() and _match(ws, k, lex.intro_relay) for k, w in enumerate(ws)):
            return
    for k, w in enumerate(ws):
        rel = _match(ws, k, lex.relay if not base else lex.intro_relay) if w.text[:1].islower() else None
        if rel is None:
            continue
        rest = _asked(content, base + ws[k + len(rel) - 1].end)
        if not _unit_initial(rest) or (base and ws[k + len(rel) - 1].trail.strip()):
            if base:
                continue  # ("… chờ thông tư hướng dẫn, Bộ A tạm thời hướng dẫn Sở B …")
            return
        _intro_units(col, doc, ll, rest, len(content) - len(rest), named_only)
        return


def _intro_line(doc: Document) -> _LLine | None:
    """The paragraph that hands the letter's list on: the preamble's last, or — where the
    segmenter found no preamble of grounds before it ("Bộ A đề nghị Sở B:" opening the body,
    then "- …" items) — the body's paragraph right before its first item; one ending in ":"."""
    pre = doc.parts.get("preamble")
    lls = _logical_lines(doc, pre) if pre else []
    if lls:
        return lls[-1] if lls[-1].content.rstrip().endswith(":") else None
    body = doc.parts.get("body")
    lls = _logical_lines(doc, body) if body else []
    k = next((i for i, x in enumerate(lls) if x.kind != "para"), 0)
    return lls[k - 1] if k and lls[k - 1].content.rstrip().endswith(":") else None


def _asked(content: str, after: int) -> str:
    """What follows the intro's assigning verb (ending at ``after``): the unit asked, without
    the courtesy title a letter puts before it ("đề nghị Đ/c Chủ tịch UBND tỉnh …", [cues]
    honorifics; :func:`_person_prefix`)."""
    rest = content[after:].lstrip()
    return rest[_person_prefix(rest) :]


def _intro_units(col: _Collector, doc: Document, ll: _LLine, rest: str, off: int, named_only: bool) -> None:
    """The units named after the intro's assigning verb, given the numbered items as tasks."""
    # (asked only where the unit follows the verb at once: "… nhiệm vụ được giao, Sở A có ý kiến
    # như sau:" is the writer's own statement after a participle)
    f = _analyse(rest, "sentence", asked=rest[:1].isalpha())
    if f is not None and named_only and all(_only_collective(n[0]) for n in f.names):
        # (a class listed beside a named body — "đề nghị các sở, ban, ngành, UBND cấp xã …" —
        # is asked as that body is: an assignee of its own)
        f = _Found((), f.task_at, f.how, f.conf)
    if f is not None and f.names and f.how in ("subject", "cue", "colon"):  # ("… yêu cầu Chủ tịch A:")
        # "… yêu cầu A, B và đề nghị C phối hợp … các nội dung sau:": C is asked the list too,
        # and what follows A and B is no task of theirs but the second request
        second = _SECOND_REQUEST.match(rest, f.task_at) if f.task_at is not None else None
        us = col.found(f if second is None else _Found(f.names, None, f.how, f.conf), ll.start + ll.body + off, ll, rest)
        unit_sites.give_listed_tasks(us, doc)  # the numbered items are their tasks
        if second is not None:
            _intro_units(col, doc, ll, rest[second.end() :], off + second.end(), named_only)
        if f.task_at is not None:
            # "… đề nghị Chủ tịch A chỉ đạo Giám đốc Sở B, Giám đốc các Sở liên quan thực hiện …
            # nội dung sau:": the bodies it is to direct carry the list out too
            task = rest[f.task_at :]
            tw = _wlist(task[:60])
            d = _match(tw, 0, _lex().directs) if tw else None
            if d is not None:
                after = tw[len(d) - 1].end
                more = task[after:].lstrip()
                if _unit_initial(more):
                    g = _analyse(more, "sentence")
                    if g is not None:
                        # (named bodies only: a bare class to direct — "chỉ đạo các cơ quan, đơn vị
                        # có liên quan" — is the asked unit's own means, no unit of its own)
                        g = _Found(tuple(n for n in g.names if not _only_collective(n[0])
                                         and any(w[:1].isupper() for w in n[0].split()[1:])), g.task_at, g.how, g.conf)
                    if g is not None and g.names and g.how in ("subject", "cue"):
                        at = off + f.task_at + len(task) - len(more)
                        unit_sites.give_listed_tasks(col.found(g, ll.start + ll.body + at, ll, more), doc)


_SECOND_REQUEST = re.compile(r"\s*(?:và|,)\s+(?:đề nghị|yêu cầu|giao)\s+")


def _no_clause(piece: str, f: _Found) -> bool:
    """A "task" of a word or two closing a field, which with the last name before it makes a
    body's name the lexicon knows ("Vụ Giáo dục | thường xuyên.": rules/bodies.toml domains):
    no clause, the words the name's own."""
    if f.task_at is None or not f.names or len(piece[f.task_at :].strip(" .;,").split()) > 2:
        return False
    seg = piece[f.names[-1][1] :].rstrip(" .;,")
    return bodies.name_length(seg) >= len(seg)


_PASSIVE = re.compile(r"(?<!\w)(?:được|bị)(?!\w)")


def _lead_names(content: str, a: int) -> tuple[tuple[str, int, int], ...]:
    """The units a lead field names. Written as clauses ("Bộ A tiến hành rà soát …; các bộ, Ủy
    ban nhân dân các tỉnh rà soát …"), each clause's subject is a unit, not the clause."""
    out: list[tuple[str, int, int]] = []
    clauses = False
    partners = False
    cut = False  # a piece said what its bodies lead for ("… với …"): its names are read apart
    for m in re.finditer(r"[^;]+", content[a:]):
        x = a + m.start()
        piece = m.group(0)
        w = _what_for(piece)
        cut |= w < len(piece)
        piece = piece[:w]
        lead = len(piece) - len(piece.lstrip())
        f = _analyse(piece.strip(), "sentence") if _unit_initial(piece.strip()) else None
        if f is not None and f.task_at is not None and f.how == "subject" \
                and (_no_clause(piece.strip(), f) or _PASSIVE.search(piece.strip(), 0, f.task_at)):
            # (… or "Các cơ sở … được ưu tiên xem xét đầu tư": a class the passive describes, whole)
            # "Vụ A, Vụ Giáo dục thường xuyên.": a name's last words that read as an adverb,
            # nothing after them — no clause, the names as listed
            f = None
        if f is not None and f.task_at is not None and f.how == "subject":
            clauses = True
            out.extend((n, x + lead + p, x + lead + q) for n, p, q in f.names)
            # "Sở A chủ trì, phối hợp với Sở B; các sở, ngành; …": the bodies listed after the
            # clause's co-operation are its partners, however many ";" part them
            partners = "phối hợp" in piece.strip()[f.task_at :].casefold()
        elif not partners:
            out.extend((n, x + p, x + q) for n, p, q in _split_units(piece, 0, len(piece)))
    return tuple(out) if clauses or cut else _split_units(content, a, len(content))


_WITH = re.compile(r"\s+(?:đối\s+)?với\s+")


@cache
def _with_verbs() -> re.Pattern[str]:
    words = load_rules("units")["table"].get("with_verbs", [])
    return re.compile(r"(?:" + ("|".join(map(phrase_pattern, words)) or "(?!)") + r")\s*$", re.IGNORECASE)


def _what_for(piece: str) -> int:
    """Where the bodies a lead field names end before what each leads for ("Bộ A, Bộ B với các tiêu
    chuẩn áp dụng chung; các bộ, ngành với các tiêu chuẩn nội ngành"): at "với" after a name (not
    after a verb it completes, "phối hợp với": [table] with_verbs)."""
    m = _WITH.search(piece)
    if m is None or _with_verbs().search(piece, 0, m.start()):
        return len(piece)
    return m.start()


@cache
def _table_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """(lead field, any field, the next field on a line, folded composition cues) of a task
    table, made from the lexicon once (built per document, the patterns were escaped, joined
    and looked up in ``re``'s cache for every document)."""
    lex = _lex()
    # (a marker a scan doubled, "a) a) Cơ quan chủ trì: …", "- a) …", is passed over)
    clause = "|".join(map(re.escape, load_rules("units")["table"].get("lead_clause_words", []))) or r"(?!)"
    bare = "|".join(map(re.escape, load_rules("units")["table"].get("lead_bare", []))) or r"(?!)"
    lead = re.compile(r"^(?:(?:[-+•]|[a-zđ]\))\s+)*(?:(?:" + "|".join(map(re.escape, lex.table_lead))
                      + r")\b(?:(?!(?<!\w)(?:" + clause + r")(?!\w))[^:]){0,25}:|(?:" + bare + r")\s*:)\s*",
                      re.IGNORECASE)
    fields = re.compile(
        r"^(?:(?:" + "|".join(map(re.escape, (*lex.table_lead, *lex.table_other))) + r")\b[^:]{0,25}:|(?:"
        + bare + r")\s*:)", re.IGNORECASE
    )
    # the next field on the same line ("…: Sở A; b) Cơ quan phối hợp: …") ends the lead's value
    next_field = re.compile(r"(?:[;.]\s*|\s)(?:[a-zđ]\)\s*)?(?:" + "|".join(map(re.escape, lex.table_other))
                            + r")\b[^:]{0,25}:", re.IGNORECASE)
    composition = tuple(fold(c) for c in load_rules("units")["table"].get("composition_cues", []))
    return lead, fields, next_field, composition


def _scan_tables(col: _Collector, lls: list[_LLine]) -> None:
    """Task tables: "Đơn vị chủ trì: Sở Tư pháp." names the unit in charge of the task above."""
    lead, fields, next_field, composition = _table_patterns()
    for k, ll in enumerate(lls):
        content = ll.content
        m = lead.match(content)
        if not m:
            continue
        if composition and any(c in fold(lls[j].content) for j in range(max(0, k - 2), k) for c in composition):
            continue  # "thành phần: - Chủ trì: …": who chairs a meeting
        nf = next_field.search(content, m.end())
        if nf:
            content = content[: nf.start()]
        names = _lead_names(content, m.end())
        if not content[m.end() :].strip(" *_.:") and not names:
            # "- Cơ quan thực hiện:" alone, its bodies on the items under it ("+ Sở A chủ trì,
            # phối hợp …", "+ Sở B đăng tải …"): each item's subject is a lead
            for item in _items_under(lls, k):
                f = _analyse(item.content, "sentence") if _unit_initial(item.content) else None
                if f is not None and f.how == "subject" and f.task_at is not None and f.names:
                    col.found(f, item.start + item.body, item, item.content)
            continue
        task_ll = None
        for j in range(k - 1, max(-1, k - 6), -1):
            if lls[j].kind == "heading":
                # "2. Tổ chức tập huấn …" / "- Cơ quan chủ trì: …": the numbered title is the task
                if lls[j].level >= 2 and not is_upper_line(lls[j].content) and not _unit_initial(lls[j].content):
                    task_ll = lls[j]
                break
            if not fields.match(lls[j].content):
                task_ll = lls[j]
                break
        base = ll.start + ll.body
        for name, a, b in names:
            u = col.add(name, (base + a, base + b), (ll.start, ll.end), 0.7, "table")
            if task_ll is not None:
                _extend(u, _tasks(task_ll.content, task_ll.start + task_ll.body), u.block[1])


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


_BRACKET = re.compile(r"\(([^()]{4,400})\)")


@cache
def _bracket_field() -> re.Pattern[str]:
    """A lead field opening a bracket ("(Cơ quan chủ trì: …"), made from the lexicon once."""
    return re.compile(r"^\s*(?:" + "|".join(map(re.escape, _lex().table_lead)) + r")\b[^:;]{0,25}:\s*", re.IGNORECASE)


def _scan_bracketed_leads(col: _Collector, lls: list[_LLine]) -> None:
    """A task whose lead is named in brackets after it — a task table written as prose: "1.
    Đẩy mạnh tuyên truyền … (Cơ quan chủ trì: Sở A; thời gian: …)", "(Công an tỉnh chủ trì,
    phối hợp với …)", "(giao Sở B chủ trì)". The lead's units are assigned the task before the
    bracket; co-operating units are not."""
    field = _bracket_field()
    for ll in lls:
        content = ll.content
        if "(" not in content or "chủ trì" not in content.casefold():
            continue
        base = ll.start + ll.body
        for m in _BRACKET.finditer(content):
            inner, a = m.group(1), m.start(1)
            if m.start() < 12:
                continue  # a bracket that opens the line names no task before it
            if _GLOSSED_AUTHORITY.search(content, 0, m.start()):
                # "báo cáo cấp thẩm quyền (Ủy ban nhân dân thành phố, các Bộ … chủ trì dự án)":
                # the bracket says who the authority is that reports go to, it charges no one
                continue
            f = field.match(inner)
            if f is not None:
                stop = inner.find(";", f.end())
                stop = len(inner) if stop < 0 else stop
                names = tuple((n, a + x, a + y) for n, x, y in _split_units(inner, f.end(), stop))
            else:
                g = _analyse(inner.strip(), "sentence")
                rest = inner[g.task_at :] if g is not None and g.task_at is not None else ""
                if g is None or g.how not in ("subject", "cue") or not rest.casefold().startswith("chủ trì"):
                    continue
                lead = len(inner) - len(inner.lstrip())
                names = tuple((n, a + lead + x, a + lead + y) for n, x, y in g.names)
            task = _tasks(content[: m.start()], base)[-1:]
            for name, x, y in names:
                if _is_unit_name(name) and not _only_collective(name):
                    u = col.add(name, (base + x, base + y), (ll.start, ll.end), 0.65, "bracket")
                    _extend(u, task, u.block[1])


# an authority named by its standing, glossed in the bracket after it
_GLOSSED_AUTHORITY = re.compile(r"(?:thẩm quyền|cấp trên)\s*$", re.IGNORECASE)


# "Sở A/Tư vấn được chọn": a slash between two bodies of a lead cell, each of several words
_SLASH = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=[A-ZĐÀ-Ỹ][^\W\d_]*\s+[^\W\d_])")


def _slash_parts(cell: str) -> str:
    """The cell, same offsets, with a slash that parts two bodies made a ";": the name before
    opens with a body's head and has two words at least; the one after opens with a head or
    has three words at least ("Ban A/Ban B", "Ban Quản lý/Tư vấn được lựa chọn"). A kind's
    alternatives ("Các Sở/Ban/Ngành") stay one name."""
    out = list(cell)
    for m in _SLASH.finditer(cell):
        before = re.split(r"[;\n]", cell[: m.start()])[-1].strip()
        after = re.split(r"[;/\n]", cell[m.end() :])[0].strip(" .")
        if len(before.split()) < 2 or not _unit_initial(before):
            continue
        if not (_unit_initial(after) or len(after.split()) >= 3):
            continue
        out[cell.index("/", m.start())] = ";"
    return "".join(out)


def _cell_text(raw: str) -> str:
    """A cell as it stands in the text, same offsets: emphasis blanked, a wrapped line joined
    with a space, a line that opens with another unit parted by ";" (the converter put the
    names of one cell on lines of their own), as is a body after a slash."""
    # an HTML line break left in a cell ("Sở Y tế<br>Sở Công Thương") is a line break
    raw = _BR.sub(lambda m: "\n" + " " * (len(m.group(0)) - 1), raw)
    lines = raw.replace("*", " ").split("\n")
    out = lines[0]
    for ln in lines[1:]:
        # (a line in small letters after a word that takes a complement goes on: "các đơn vị có"
        # / "hệ thống thông tin, …")
        glued = ln.strip()[:1].islower() and out.split()[-1:] and _wkey(out.split()[-1]) in _CELL_GLUE
        sep = ";" if _unit_initial(ln.strip()) and out.rstrip()[-1:] not in ",;" and not glued else " "
        out += sep + ln
    if ". " in out:
        # "… Du lịch Quốc gia Việt Nam. Vụ Kế hoạch, Tài chính": a full stop after a word in small
        # letters (no abbreviation's), another unit after it — the names of one cell, parted
        for m in reversed(list(_CELL_STOP.finditer(out))):
            if _unit_initial(out[m.end() :].lstrip()):
                out = out[: m.start()] + ";" + out[m.end() :]
    return _slash_parts(out)


_CELL_GLUE = _GLUE_WORDS | frozenset(_wkey(w) for w in ("có", "được", "tại", "trên", "ở", "giao"))
_CELL_STOP = re.compile(r"(?<=[a-zà-ỹđ]{2})\.(?=\s+[A-ZĐÀ-Ỹ])")


@cache
def _deferring() -> re.Pattern[str]:
    words = load_rules("tables")["cells"]["deferring"]
    return re.compile(rf"^\s*(?:{phrases_alternation(words)})\s", re.IGNORECASE)


def _false_head(name: str) -> bool:
    """Whether the name opens with a head word that is an ordinary word there ("Bộ chỉ số …",
    "Báo cáo …": rules/units.toml not_heads)."""
    ws = _wlist(name[:64])
    return bool(ws) and _match(ws, 0, _lex().heads) is not None and not _head_at(ws, 0)


def _scan_task_tables(col: _Collector, doc: Document) -> None:
    """Task tables of the document model (:attr:`Document.tables`, any layout): the cell under
    the lead column names the units in charge of the row's task ("Bộ CHQS tỉnh; UBND cấp xã" →
    two units); the co-operating units are not assignees, a header cell is no unit."""
    same = {fold(x) for x in load_rules("tables")["cells"]["same_as_above"]}
    for table in doc.tables:
        if table.column("lead") is None or table.column("task") is None:
            continue  # a list of procedures with their "Cơ quan thực hiện" assigns no task
        # (a table may have two lead columns: "Cơ quan trình" and "Cơ quan chủ trì thẩm tra")
        leads = [i for i, r in enumerate(table.roles) if r == "lead"]
        prevs: dict[int, Cell | None] = {}
        for row, i in ((row, i) for row in table.rows for i in leads):
            lead = row[i] if i < len(row) and row[i].text else None
            if lead is not None and fold(lead.text.strip(" .")) in same:
                lead = prevs.get(i)  # "Như trên": the units of the row above
            prevs[i] = lead
            if lead is None or bodies.is_column_name(lead.text):
                continue
            task = table.get(row, "task")
            raw = doc.text[lead.start : lead.end]
            # (a fragment cell a page break cut spans other lines: only its own are read)
            raw = fragment_cell_text(fragment_members(raw, lead.text)) if table.kind == "fragments" else _cell_text(raw)
            if _people(raw) or _deferring().match(raw):
                continue  # a team's members by name, or who will settle the lead: no units
            # a cell written as a clause ("Bộ A chỉ đạo Cục B thực hiện") names its subject
            for name, x, y in _lead_names(raw, 0):
                rep = _REPRESENTATIVE.match(name)
                if rep and _unit_initial(name[rep.end() :]):
                    # "Đại diện Công an xã A" in charge of a row: the body it represents
                    name, x = name[rep.end() :], x + rep.end()
                # (a cell of another column a layout reading put here — "Bộ chỉ số được …", a
                # product — opens with a head word that names no body there)
                # (a lead cell names a body — a head, a role, a class — or an acronym: "Nhiệm vụ",
                # "Xây dựng" are another column's words a merged row put there)
                if _is_unit_name(name) and not bodies.is_column_name(name) and not _false_head(name) \
                        and (_unit_initial(name) or _ACRONYM_NAME.fullmatch(name) or _names_kind(name)):
                    u = col.add(name, (lead.start + x, lead.start + y), (lead.start, lead.end), 0.6, "table-column")
                    if task is not None and task is not lead:
                        own = fragment_members(doc.text[task.start : task.end], task.text) \
                            if table.kind == "fragments" else task.text
                        _extend(u, _tasks(own, task.start), u.block[1])


# who stands in for a body in a programme's row ("Đại diện Ban Giám hiệu", "Đại diện Sở Y tế")
_REPRESENTATIVE = re.compile(r"(?:Đại diện|Đại biểu|Lãnh đạo đại diện)\s+(?:của\s+)?", re.IGNORECASE)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(load_rules("units")["people"]["surnames"])


def _people(cell: str) -> bool:
    """A cell of people's names only: capitalised words (not capitals throughout) in runs that
    open with a family name, no body's head noun among them."""
    words = cell.replace(";", " ").replace(",", " ").split()
    if len(words) < 2 or words[0] not in _surnames() or bodies.opens_with_head(cell):
        return False
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words if len(w) > 1)


# ---------------------------------------------------------------------------- bare localities

_PLACE = r"((?:[A-ZĐÀ-Ỹ][^\W\d_]*)(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})"


def _resolve_bare_localities(units: list[_Unit], text: str) -> list[_Unit]:
    """"Tỉnh cần …": the capitalised level alone names the locality the document is about — the
    one of that level it names most often ("tỉnh Hà An"); without one the unit is dropped
    rather than guessed."""
    out = []
    for u in units:
        level = u.name.strip()
        if _pkey(level) in _lex().localities.get(_wkey(level.split()[0]), ()) and len(level.split()) <= 2:
            counts: dict[str, int] = {}
            for m in re.finditer(r"(?<!\w)" + re.escape(level.casefold()) + r"\s+" + _PLACE, text):
                counts[m.group(1)] = counts.get(m.group(1), 0) + 1
            if not counts:
                continue
            u.name = f"{level} {max(counts, key=lambda k: counts[k])}"
        out.append(u)
    return out


# ---------------------------------------------------------------------------- document's abbreviations

_DEFINED = re.compile(r"\(\s*([A-ZĐ]{2,8})\s*\)")
_DEFINED_REACH = 120  # characters before the parenthesis the defined words are looked for in


def _initial(word: str) -> str:
    c = unicodedata.normalize("NFD", word[:1])[:1].upper()
    return "D" if c == "Đ" else c


@per_text_cache(64)
def _defined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the document defines itself: "vật liệu nổ công nghiệp (VLNCN)" — the
    letters are the initials of the words right before the parenthesis."""
    out: dict[str, str] = {}
    # each "(ABBR)" first, then the words right before it (a pattern that tried the words at
    # every position of the text cost a tenth of the whole extraction)
    for m in _DEFINED.finditer(text):
        abbr = m.group(1)
        n = len(abbr)
        if abbr in out:
            continue
        before = text[max(0, m.start() - _DEFINED_REACH) : m.start()]
        words: list[str] = []
        for w in reversed(before.split()):
            if not w.isalpha() or len(words) == n:
                break
            words.append(w)
        if len(words) < n or (before and not before[-1:].isspace() and not before[-1:].isalpha()):
            continue
        tail = words[::-1]
        if "".join(_initial(w) for w in tail) == abbr.replace("Đ", "D"):
            out[abbr] = " ".join(tail)
    for m in _DEFINED.finditer(text):
        if m.group(1) not in out:
            name = _acronym_name(text, m.start())
            if name:
                out[m.group(1)] = name
    return out


_LIST_CUT = re.compile(r"[,;:(|]")  # (a table cell's bound too)


def _acronym_name(text: str, at: int) -> str | None:
    """The body an acronym whose letters are no initials of its words stands for ("Cảng Hàng
    không Việt Nam (ACV)", an English name's letters): the capitalised phrase right before the
    parenthesis, back to the list punctuation — with the plural head of a list it is an item
    of ("các Tập đoàn, Tổng công ty: Điện lực Việt Nam (EVN), Cảng Hàng không … (ACV)") when
    the phrase does not open with a head of its own."""
    before = collapse(text[max(0, at - _DEFINED_REACH) : at])
    cuts = list(_LIST_CUT.finditer(before))
    if not cuts:
        return None
    phrase = before[cuts[-1].end() :].strip()
    words = phrase.split()
    if cuts[-1].group(0) == "(":
        return None
    if 2 <= len(words) <= 10 and words[0][:1].isupper() and _unit_initial(phrase):
        return phrase
    # a body named inside a task's words ("Xây dựng chiến lược phát triển Khoa Công nghệ và kỹ
    # thuật tiên tiến (FATE) …"): from the capitalised head on
    for i in range(max(1, len(words) - 10), len(words) - 1):
        if words[i][:1].isupper() and words[i - 1][:1].islower() and _unit_initial(" ".join(words[i:])):
            return " ".join(words[i:])
    if not 2 <= len(words) <= 10 or not words[0][:1].isupper():
        return None
    # the list's head: the words before the colon the list hangs on ("… Tổng công ty: A (X), B (Y)")
    colon = next((c for c in reversed(cuts) if c.group(0) == ":"), None)
    if colon is None or any(c.group(0) == ";" for c in cuts if c.start() > colon.start()):
        return None
    ws = _wlist(before[: colon.start()])
    for n in (3, 2, 1):
        if len(ws) >= n and _head_at(ws, len(ws) - n) == n and ws[len(ws) - n].key != _CAC:
            return _cap(" ".join(w.text for w in ws[len(ws) - n :])) + " " + phrase
    return None


_INITIALISM = re.compile(r"(?<![\w&])[A-ZĐ]{3,10}(?![\w&])")


def _initials_resolved(named: list[tuple[_Unit, str]]) -> list[tuple[_Unit, str]]:
    """A unit named by its head and the initials of its field ("Cục DLQGVN") where another unit
    of the document names the same head with the field in full ("Cục Du lịch Quốc gia Việt
    Nam"): that name. The document's own usage, not a table of abbreviations."""
    if not any(_INITIALISM.search(n) for _u, n in named):
        return named
    heads = []  # each name's words and the length of its head
    for _u, n in named:
        ws = _wlist(n)
        heads.append((ws, _head_at(ws, 0) if ws else 0))
    full: dict[tuple[str, str], str] = {}
    for (_u, n), (ws, h) in zip(named, heads, strict=True):
        rest = ws[h:]
        if h and len(rest) >= 3 and rest[0].text[:1].isupper():
            full.setdefault((" ".join(w.key for w in ws[:h]), "".join(_initial(w.text) for w in rest)), n)
    out = []
    for (u, n), (ws, h) in zip(named, heads, strict=True):
        if h and len(ws) == h + 1 and _INITIALISM.fullmatch(ws[h].text):
            n = full.get((" ".join(w.key for w in ws[:h]), ws[h].text.replace("Đ", "D")), n)
        out.append((u, n))
    return out


def _expand_defined(name: str, defined: dict[str, str]) -> str:
    """Unit names are written in full: an abbreviation the document defined is expanded."""
    if not defined:
        return name

    def full(m: re.Match[str]) -> str:
        x = defined.get(m.group(0), m.group(0))
        # "Khoa FATE" where FATE is "Khoa Công nghệ …": the head is said once
        head = x.split(None, 1)[0]
        return x.split(None, 1)[1] if " " in x and name[: m.start()].rstrip().endswith(head) else x

    return re.sub(r"(?<![\w&])[A-ZĐ]{2,8}(?![\w&])", full, name)


# ---------------------------------------------------------------------------- entry point


def _attested_names(units: list[_Unit], text: str) -> list[_Unit]:
    """Names a verb cut short, made whole where the document names the body in full elsewhere
    (:mod:`pipeline.attested_names`); a unit that then bears another's name is that unit."""
    grown: set[int] = set()
    for u in units:
        a, b = u.name_span
        e = attested_extension(text, u.name, a, b)
        if e > b:
            u.name, u.name_span = collapse(text[a:e]), (a, e)
            grown.add(id(u))
    if not grown:
        return units
    first: dict[Phrase, _Unit] = {}
    for u in units:
        first.setdefault(_key(u.name), u)
    out: list[_Unit] = []
    for u in units:
        keep = first[_key(u.name)]
        if keep is not u and (id(u) in grown or id(keep) in grown):
            keep.tasks.extend(t for t in u.tasks if t not in keep.tasks)
            continue
        out.append(u)
    return out


@cache
def _back_tail() -> re.Pattern[str]:
    tails = load_rules("units")["name"].get("back_refs", []) + load_rules("units")["name"].get("back_ref_roles", [])
    return re.compile(r"^(?P<head>.+?)\s+(?:" + "|".join(map(phrase_pattern, sorted(tails, key=len, reverse=True)))
                      + r")$", re.IGNORECASE)


def _referred_back(units: list[_Unit], text: str) -> list[_Unit]:
    """"Chuyên viên được giao nhiệm vụ" after "Chuyên viên thuộc Phòng A" was given the work: a
    name whose tail points back (rules/units.toml back_refs, back_ref_roles) is the unit named
    before with the same head — one already found (its tasks go there), or the text's earlier
    mention of the head with its office ("… thuộc Phòng A", the name taken from there)."""
    out: list[_Unit] = []
    for u in units:
        m = _back_tail().match(u.name)
        head = _key(m.group("head")) if m else ()
        prior = next((v for v in out if len(head) >= 2 and _key(v.name)[: len(head)] == head
                      and len(_key(v.name)) > len(head)), None) if m else None
        if prior is not None:
            prior.tasks.extend(t for t in u.tasks if t not in prior.tasks)
            continue
        if m and len(head) >= 2:
            pat = r"\s+".join(map(re.escape, m.group("head").split())) + r"\s+(?:thuộc|của)\s+[A-ZĐÀ-Ỹ][^,.;:()]{0,120}"
            hits = [x for x in re.finditer(pat, text[: u.name_span[0]])]
            if hits:
                name = _clean_name(collapse(hits[-1].group(0)))
                if len(_key(name)) > len(head) + 1 and _is_unit_name(name):
                    u.name = name
        out.append(u)
    return out


def _role_holders(units: list[_Unit]) -> list[_Unit]:
    """A role named with the person holding it is the role (:func:`_without_person`) — unless
    the document names the same role with two persons ("Phó Thủ tướng A" / "Phó Thủ tướng B",
    each given other work): there the names tell the units apart. A role that then bears
    another unit's name is that unit."""
    bare = {id(u): _without_person(u.name) for u in units}
    holders: dict[Phrase, set[Phrase]] = {}
    for u in units:
        if bare[id(u)] != u.name:
            holders.setdefault(_key(bare[id(u)]), set()).add(_key(u.name))
    if not holders:
        return units
    renamed: set[int] = set()
    for u in units:
        if bare[id(u)] != u.name and len(holders[_key(bare[id(u)])]) == 1:
            u.name = bare[id(u)]
            u.name_span = (u.name_span[0], min(u.name_span[1], u.name_span[0] + len(u.name)))
            renamed.add(id(u))
    first: dict[Phrase, _Unit] = {}
    out: list[_Unit] = []
    for u in units:
        keep = first.setdefault(_key(u.name), u)
        if keep is not u and (id(u) in renamed or id(keep) in renamed):
            keep.tasks.extend(t for t in u.tasks if t not in keep.tasks)
            continue
        out.append(u)
    return out


def _written_at(name: str, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Where the name as recorded is written: its mention's span, or — for a name written out
    from elsewhere (an acronym the text defined, a bare head's antecedent, a role referred back)
    — the place the text writes it, its last words first and its head just before them
    ("Tổng công ty: …, Cảng Hàng không Việt Nam (ACV)")."""
    a, b = span
    x, y = fold(_expand(collapse(text[a:b]))), fold(name)
    if not name.strip() or fuzz.partial_ratio(y, x) >= 85 or fuzz.token_set_ratio(y, x) >= 85:
        return span  # (a distributed locality stands on its own name: "tỉnh … Nghệ An")
    words = name.split()
    for n in range(len(words), 1, -1):
        part = words[len(words) - n :]
        if n == len(words) and part[0][:1].isalpha():
            # (the name capitalised as a unit's is, where the text writes it mid-line: "…;
            # trường đại học;" of a "Kính gửi" line is the unit "Trường đại học")
            first = f"[{re.escape(part[0][0].upper())}{re.escape(part[0][0].lower())}]{re.escape(part[0][1:])}"
            tail = re.compile(r"\s+".join([first, *map(re.escape, part[1:])]))
        else:
            tail = re.compile(r"\s+".join(map(re.escape, part)))
        hit = tail.search(text)
        if hit is None:
            continue
        if n == len(words):
            return hit.start(), hit.end()
        head = re.compile(r"\s+".join(map(re.escape, words[: len(words) - n])), re.IGNORECASE)
        before = [h for h in head.finditer(text, max(0, hit.start() - 200), hit.start())]
        if before:
            return before[-1].start(), hit.end()
    return span


def _resolve_bare_heads(named: list[tuple[_Unit, str]], doc: Document) -> list[tuple[_Unit, str]]:
    """A bare head ("Đề nghị Công ty tiếp tục …") is the enterprises the text named before it
    (:mod:`pipeline.antecedents`), each a unit with its tasks, unless already one; a head with no
    such antecedent stays bare (and is dropped)."""
    if not any(bodies.is_bare_noun(n) for _u, n in named):
        return named
    first = next((r.start for r in (doc.parts.get("addressee"), doc.parts.get("body")) if r), 0)
    start = doc.lines[first].start if first < len(doc.lines) else 0
    have = {fold(n) for _u, n in named}
    out: list[tuple[_Unit, str]] = []
    for u, n in named:
        if bodies.is_bare_noun(n):
            for a in antecedents(doc.text, n, start, u.name_span[0]):
                if fold(a) not in have:
                    have.add(fold(a))
                    out.append((u, a))
        out.append((u, n))
    return out


# "<head and level> <Place A>, <Place B> (và <Place C>)": sibling places of one level, each a
# body of that head ("Ủy ban nhân dân huyện Đức Linh, Tánh Linh", "Huyện ủy A, B")
_PLACE_WORDS = r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ -][A-ZĐÀ-Ỹ][^\W\d_]*){0,3}"
_PLACE_LEVELS = r"tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn"


@cache
def _place_list() -> re.Pattern[str]:
    # (a head that names its level itself, rules/bodies.toml own_level: "Tỉnh đoàn A, B" as
    # "Ủy ban nhân dân tỉnh A, B")
    heads = phrases_alternation(list(load_rules("bodies")["heads"].get("own_level", ())))
    return re.compile(
        rf"^(?P<head>.*?(?:\s(?:{_PLACE_LEVELS})|{heads}))"
        rf"\s(?P<first>{_PLACE_WORDS})(?P<rest>(?:,\s{_PLACE_WORDS})*(?:,?\s(?:và|,)\s{_PLACE_WORDS})?)$")


def _places_distributed(name: str) -> list[str]:
    """A body named with several places of its level ("Huyện ủy Đức Linh, Tánh Linh"): one name
    a place. A part with a level word of its own is an address, not a sibling ("Ủy ban nhân dân
    huyện A, tỉnh B" stays whole)."""
    m = _place_list().match(name)
    if m is None or not m.group("rest"):
        return [name]
    places = [m.group("first")] + [p for p in re.split(r",\s*|\s+và\s+", m.group("rest")) if p.strip()]
    if len(places) < 2 or any(_PLACE_LEVEL.match(p) for p in places):
        return [name]
    return [f"{m.group('head')} {p.strip()}" for p in places]


_PLACE_LEVEL = re.compile(rf"(?i:{_PLACE_LEVELS})\s")
# a list's item that is a level and a place only ("thành phố Hồ Chí Minh"), and a head's level
_PLACE_ONLY = re.compile(rf"(?P<level>(?i:{_PLACE_LEVELS}))\s(?P<place>{_PLACE_WORDS})")
_LEVEL_END_WORD = re.compile(rf"\s(?:{_PLACE_LEVELS})$")
# the place a listed name ends with, after its level word ("… Ủy ban nhân dân tỉnh Quảng Ngãi")
_LEVEL_THEN_PLACE = re.compile(rf"\s(?P<level>{_PLACE_LEVELS})\s(?P<place>{_PLACE_WORDS})$")


def _place_shared(named: list[tuple[_Unit, str]], text: str) -> list[tuple[_Unit, str]]:
    """Two roles listed together, the place said once after the second ("Bí thư Tỉnh ủy, Chủ tịch
    Ủy ban nhân dân tỉnh Quảng Ngãi"): the first, over a committee that names its level itself
    ("Tỉnh ủy") at the level the place is written at, serves that place too."""
    own = load_rules("bodies")["heads"].get("own_level", [])
    out = list(named)
    for k in range(len(out) - 1):
        (u1, n1), (u2, n2) = out[k], out[k + 1]
        head = next((h for h in own if n1.casefold().endswith(" " + h.casefold())), None)
        m = _LEVEL_THEN_PLACE.search(n2) if head else None
        if m is None or not m.group("level").startswith(head.split()[0].casefold()):
            continue
        between = text[u1.name_span[1] : u2.name_span[0]]
        if between.strip() in (",", "và", ", và") and u1.name_span[1] <= u2.name_span[0]:
            out[k] = (u1, f"{n1} {m.group('place')}")
    return out


_YOU = frozenset(("cac dong chi", "cac d/c", "dong chi"))


def _addressee_references(named: list[tuple[_Unit, str]], doc: Document) -> list[tuple[_Unit, str]]:
    """A letter to one addressee ("Kính gửi: Giám đốc Sở A các tỉnh, thành phố …") that asks it
    by a shortened name ("Bộ yêu cầu các đồng chí Giám đốc Sở chỉ đạo …"): the name is the
    addressee's as "Kính gửi" writes it."""
    who = unit_sites.addressee(doc)
    items = [who] if who is not None else unit_sites.addressee_items(doc)
    if not items:
        return named
    # … or any addressee asked without the organ that acts for it ("Kính gửi: Ban Thường vụ các
    # tỉnh, thành đoàn …; Ban Biên tập các cơ quan báo chí …" asked as "các tỉnh, thành đoàn …",
    # "các cơ quan báo chí …"): the bodies themselves, through their organ
    through: dict[str, str] = {}
    for item in items:
        full_item = expand_abbreviations(item[0]).strip(" ;.,")
        fi = fold(full_item)
        organ = next((o for o in _own_organs() if fi.startswith(o + " ")), None)
        if organ is not None and fi[len(organ) + 1 :].startswith("cac "):
            through[fi[len(organ) + 1 :]] = full_item
    # (addressed as bodies: "các đồng chí" asked is they; addressed as persons — "Kính gửi: Các
    # đồng chí Thường trực …" — it is how the text names them, kept)
    bodies_addressed = not any(fold(x[0]).lstrip("- ").startswith(("cac dong chi", "dong chi", "d/c")) for x in items)
    full = expand_abbreviations(who[0]) if who is not None else ""
    fk = fold(full)
    out: list[tuple[_Unit, str]] = []
    for u, n in named:
        k = fold(n)
        if k in _YOU and bodies_addressed:
            continue  # "… đề nghị các đồng chí căn cứ Công văn …": the letter's addressees, as "you"
        if who is not None and len(n.split()) >= 2 and len(k) < len(fk) and fk.startswith(k + " ") and bodies.role_length(n):
            n = full
        elif len(n.split()) >= 3 and k in through:
            n = through[k]
        out.append((u, n))
    return out


def _addressees_by_short_name(named: list[tuple[_Unit, str]], doc: Document) -> list[tuple[_Unit, str]]:
    """Work given under the short name a letter defines for its addressees' list ("(Sau đây viết
    tắt là BHXH các tỉnh)") goes to each addressee, named as "Kính gửi" lists it (abbreviations
    expanded)."""
    got = unit_sites.addressees_short_name(doc)
    if got is not None:
        short, items = got
        key = fold(expand_abbreviations(short))
        out: list[tuple[_Unit, str]] = []
        for u, n in named:
            if fold(n) == key:
                out.extend((u, expand_abbreviations(item)) for item in items)
            else:
                out.append((u, n))
        named = out
    for key, items in unit_sites.addressees_renamed(doc):
        named = _renamed_addressees(named, key, items, doc)
    return named


def _renamed_addressees(named: list[tuple[_Unit, str]], key: tuple[str, ...], items: list[str],
                        doc: Document) -> list[tuple[_Unit, str]]:
    """The units named by the short name ``key`` the body defined for the "Kính gửi" ``items``
    (or by the list it stands for, as the defining sentence names it), written as those items,
    one class per "các" of each line ("Học viện, các trường đại học, cao đẳng" → two); the short
    name joined by "và" to another addressee ("Cơ sở giáo dục và tổ chức kiểm định …") gives
    that one too, as "Kính gửi" names it."""
    names = [x for item in items for x, _a, _b in _split_units(item, 0, len(item))]
    words = [set(plain_words(item)) for item in items]
    union = set().union(*words)
    k = len(key)
    others = [p for p, _a, _b in unit_sites.addressee_items(doc) if p not in items]
    out: list[tuple[_Unit, str]] = []
    for u, n in named:
        plain = plain_words(n)
        if plain == key or (set(plain) <= union and sum(w <= set(plain) for w in words) >= 2):
            out.extend((u, x) for x in names)
            continue
        rest = n.split(" và ", 1)[1] if " và " in n else ""
        if rest and plain[:k] == key and len(plain) > k + 1 and plain[k] == "và":
            out.extend((u, x) for x in names)
            whole = next((p for p in others if set(plain_words(rest)) <= set(plain_words(p))), None)
            out.append((u, whole if whole is not None else _cap(rest)))
            continue
        out.append((u, n))
    return out


def _signature_read(u: _Unit) -> bool:
    """A signature block read as a unit: a position whose only "tasks" are a person's name
    ("GIÁM ĐỐC" / "GS.TS. Trần Văn A" closing an attached text)."""
    return bool(u.tasks) and all(PERSON_NAME.match(t.strip(" .")) for t, _a, _b in u.tasks)


_NOTED_SUB_UNIT = re.compile(r"[ \t]*\n?[ \t]*\(([^()\n]{3,90})\)")


def _sub_units_noted(named: list[tuple[_Unit, str]], text: str) -> list[tuple[_Unit, str]]:
    """Names that a note in parentheses narrows to the office doing the work ("Sở A (Ban B)",
    "Văn phòng Ủy ban nhân dân tỉnh (Trung tâm C)"): the note is part of the name as written, the
    office inside the body that the text charges. A note that is no body's name (a role, a
    remark, a short name it defines, a clause), names the body's parent ("Cục A (Bộ B)": whose
    office it is, not who works) or lists a class's members ("Các đoàn thể (Hội A, Hội B)") is
    left out as before."""
    out = []
    for u, n in named:
        m = _NOTED_SUB_UNIT.match(text, u.name_span[1])
        if m and "(" not in n and _office_note(inner := collapse(m.group(1)), n):
            n = f"{n} ({expand_abbreviations(inner)})"
        out.append((u, n))
    return out


def _office_note(inner: str, name: str) -> bool:
    """``inner`` names one office (its own head, no clause, no figure), not the parent of the
    body ``name`` names, nor the members of the class ``name`` is."""
    if not bodies.head_length(inner) or bodies.name_length(inner) != len(inner) or re.search(r"\d", inner):
        return False
    if bodies.is_parent_head(inner) or name.casefold().startswith(("các ", "những ")):
        return False
    return sum(bool(bodies.head_length(x.strip())) for x in re.split(r",|\svà\s", inner)) < 2


def _marks_apart(named: Iterable[tuple[_Unit, str]]) -> list[tuple[_Unit, str]]:
    """The units less those named again with other marks only ("Ngân hàng thương mại" and, on
    a scan OCR marred, "Ngân hàng thương mai"): one body, its first name kept, its tasks
    gathered."""
    kept: dict[str, tuple[_Unit, str]] = {}
    for u, n in named:
        first = kept.setdefault(fold(n), (u, n))
        if first[0] is not u:
            first[0].tasks.extend(t for t in u.tasks if t not in first[0].tasks)
    return list(kept.values())


@cache
def _attend_re() -> re.Pattern[str]:
    sec = load_rules("units")["sections"]
    arrange = "|".join(re.escape(fold(w)) for w in sorted(sec.get("attend_arrange", []), key=len, reverse=True))
    attend = "|".join(re.escape(fold(w)) for w in sorted(sec.get("attend_tasks", []), key=len, reverse=True))
    return re.compile(rf"(?:(?:{arrange})\s*,?\s+)?(?:{attend})(?!\w)")


def _attends_only(task: str) -> bool:
    """The task asks its unit to attend the sitting the text invites to, nothing more ("Sắp xếp
    công việc tham dự Hội nghị đầy đủ"): an invitation's request, no work of its own."""
    return _attend_re().match(fold(task)) is not None


def extract_responsible_units(doc: Document, prov: Prov) -> list[dict]:
    """``[{"name": …, "tasks": […]}]`` for every unit the document assigns work to."""
    body = doc.parts.get("body") or doc.parts.get("main")
    if not body:
        return []
    lls = _logical_lines(doc, body)
    if not lls:
        return []
    regions = _regions(lls, _heading_ranges(lls), doc.parts.get("implementation"), doc)
    regions = unit_sites.without_general_provisions(lls, regions)
    decree = sum(1 for ll in lls if ll.kind == "heading" and ll.text[:4] in ("Điều", "ĐIỀU")) >= 2
    col = _Collector(_own_bodies(doc))
    in_region = [False] * len(lls)
    # a công văn, công điện or thông báo without an implementation section assigns its work in
    # the numbered (lettered) paragraphs of its body, each opening with a unit: that run of
    # paragraphs is its implementation section
    shares_out = _assigns_tasks(doc)
    walked = (_merge_ranges(regions, _duty_articles(lls, shares_out)) if decree
              else _merge_ranges(regions, _directive_run(lls, nested=not regions)))
    full = walked
    walked = _without_rule_articles(lls, walked)
    for k0, k1 in walked:
        in_region[max(0, k0) : k1] = [True] * (k1 - max(0, k0))
        _walk_region(col, lls, k0, k1)
    if decree:
        unit_sites.walk_giving_clauses(col, lls, in_region, doc)
    read = [False] * len(lls)
    for k0, k1 in walked:
        read[k0 + 1 : k1] = [True] * (k1 - k0 - 1)
    _scan_charges(col, lls, full, read)
    # outside those sections, a dash item that is only a unit's name with "+" items below it
    # ("- Bộ Công Thương" / "+ Ban hành theo thẩm quyền …") assigns those items to the unit
    for k0, k1 in _unit_bullets(lls, in_region):
        in_region[k0 + 1 : k1] = [True] * (k1 - k0 - 1)
        _walk_region(col, lls, k0, k1)
    # a quyết định's articles set rules ("Sở Tài chính quyết định …"): only its execution clause
    # and its implementation sections assign work; so too wherever such sections exist
    appraisal = _appraisal_lines(lls)
    drafted = _draft_items(lls)
    last_para = max((k for k, ll in enumerate(lls) if ll.kind == "para"), default=-1)
    issuer = _issuer_names(doc)
    articles = decree and not unit_sites.normative(doc)
    for k, ll in enumerate(lls):
        if in_region[k] or _is_closer(ll.content) or (
            _is_closing_para(ll, relay=not walked) and not _has_exec(ll.content)
        ):
            if not (in_region[k] or regions or decree):
                unit_sites.scan_closing_request(col, ll, doc)  # a letter's request to its addressee
                _named_in_formula(col, ll)
            elif in_region[k] and not (regions or decree) and _asks_over_list(ll):
                # "2. … Cục A trân trọng đề nghị Quý Cơ quan giúp:" among a letter's numbered
                # paragraphs: the addressees of "Kính gửi" are asked the list below it
                unit_sites.scan_closing_request(col, ll, doc, _items_below(lls, k))
            if not decree:
                _named_in_notice(col, ll, doc)
            continue
        if k == len(lls) - 1 and ll.kind == "para" and _starts_with(ll.content, _lex().cues) \
                and _manner_close().search(ll.content) and not _has_exec(ll.content):
            continue  # "Đề nghị … nghiêm túc triển khai thực hiện." closing the body, its "./." lost
        if not (regions or decree) and (
                _asks_over_list(ll) or (ll.kind == "para" and k == last_para and unit_sites.courteous(ll.content))):
            # "Kính đề nghị Quý Ủy ban xem xét, chỉ đạo." closing the body without "./.", or
            # "… đề nghị Quý Cơ quan giúp:" over the list of what is asked: the addressee of
            # "Kính gửi" (each of its list) is asked
            unit_sites.scan_closing_request(col, ll, doc, _items_below(lls, k))
        if appraisal[k] or drafted[k]:
            # "I. ĐÁNH GIÁ CHUNG": what "tỉnh X cần …" there says appraises, it assigns nothing;
            # "… chỉnh lý dự thảo Luật theo hướng:" / "- Giao Chính phủ …": a draft's content
            continue
        _scan_sentences(col, ll, only_exec=bool(regions) or decree, issuer=issuer, articles=articles)
    _colon_led_items(col, lls, in_region)
    _scan_tables(col, lls)
    unit_sites.scan_lead_lists(col, lls)
    _scan_bracketed_leads(col, lls)
    _scan_trailing_units(col, lls, in_region)
    # a decision that issues a Quy chế or a Kế hoạch carries it after its signature: the
    # attached document's implementation sections assign work as the body's would
    att = _attachment(doc)
    att_spans: list[tuple[int, int]] = []
    if att is not None:
        # the attachment ends where its annexes begin (an attachment that is itself an annex —
        # of tasks, or the plan the decision approves set out as its "Phụ lục" over its type
        # line, "KẾ HOẠCH …" — opens with its appendix heading: that one does not end it; a
        # form's "Mẫu số 01" over its note does)
        texts = [i for i in att if doc.lines[i].text]
        lead = set(texts[:2]) if "task_annex" in doc.parts or (
            len(texts) > 1 and opens_with_type(doc.lines[texts[1]].text)) else set()
        stop = next((i for i in att if i not in lead and _is_appendix_heading(doc.lines[i].text)), att.stop)
        alls = _logical_lines(doc, range(att.start, stop))
        # an attachment without an implementation section may be a run of numbered paragraphs
        # each giving a body its tasks (an annex of tasks: "5. Bộ Công Thương chủ trì, …:")
        att_regions = _regions(alls, _heading_ranges(alls), None, doc) or _directive_run(alls)
        # the rules a decision issues to share out tasks (a coordination regulation): their
        # articles of clauses that charge bodies are duties whatever their titles
        shared_out = _duty_articles(alls, True) if shares_out else []
        for k0, k1 in _merge_ranges(_without_rule_articles(alls, att_regions), shared_out):
            _walk_region(col, alls, k0, k1)
            att_spans.append((alls[max(k0, 0)].start, alls[k1 - 1].end))
        _scan_tables(col, alls)  # its task list's "Cơ quan chủ trì: …" fields
    # task tables in columns, wherever they are (a plan often puts its task list in an appendix)
    _scan_task_tables(col, doc)
    if not col.units or not walked or _list_opens_subjectless(doc):
        # a letter whose numbered items name no unit, or no run of them, or whose list opens
        # with a task that names none ("1. Tổ chức quán triệt …", then "3. Ủy ban Kiểm tra chủ
        # trì …"): its intro says who carries them out ("… yêu cầu Chủ tịch Ủy ban nhân dân
        # các tỉnh:")
        # (only units named as bodies make the intro's bare class point at the addressees:
        # items that charge bare classes too leave the intro's class its own unit)
        _scan_intro(col, doc, named_only=any(not _only_collective(u.name) for u in col.units))

    # outside the implementation part a unit is assigned work only with a task: "Văn phòng …
    # trân trọng kính mời:" names a body, it gives it nothing to do
    spans = [(lls[k0].start, lls[k1 - 1].end) for k0, k1 in walked if k1 > k0] + att_spans
    # … and a bare collective without tasks ("Đề nghị các cơ quan, đơn vị:" above a list of
    # named units) only introduces the units that follow
    units = [
        u for u in col.units
        if u.tasks or (any(a <= u.block[0] < b for a, b in spans) and not _only_collective(u.name))
    ]
    # a task table's header cell on a line of its own ("Cơ quan chủ trì") names a column; the
    # same words as a sentence's subject ("Cơ quan phối hợp có trách nhiệm …") name a unit
    # … and before a colon in a task's lead fields ("- Cơ quan chủ trì: Sở A") it labels the field,
    # whose value names the unit (_scan_tables reads those fields)
    units = [u for u in units if not ((u.name_only or u.rule == "colon") and bodies.is_column_name(u.name))
             and not _field_label(u)]
    units = [u for u in units if u.tasks or not u.parent]
    units = [u for u in units if not (u.tasks and all(_attends_only(t[0]) for t in u.tasks))]
    units = [u for u in units if not _roster(u) and not _lettering(u) and not _INDEFINITE.search(u.name)
             and not _signature_read(u)]
    units = _without_enclosures(units, issuer, doc.text)
    # a person's standing in small letters mid-sentence ("Theo các quy định nói trên, người đại
    # diện phần vốn có trách nhiệm …") explains a rule ([heads] standing_persons)
    standing = _lex().standing_persons
    units = [u for u in units if not (u.rule != "exec" and u.name.startswith(standing)
                                      and doc.text[u.name_span[0] : u.name_span[0] + 1].islower())]
    quoted = _quoted_rules(doc.text)
    if quoted:
        units = [u for u in units if not any(a <= u.name_span[0] < b for a, b in quoted)]
    defined = _defined_abbreviations(doc.text)
    short_names = defined_names(doc.text)  # "… (sau đây gọi là Quỹ)": the unit named in full
    units = _resolve_bare_localities(units, doc.text)
    units = _referred_back(units, doc.text)
    units = _attested_names(units, doc.text)
    units = _role_holders(units)
    # ("Vụ TCCB" in a task table: the "Vụ Tổ chức cán bộ" the text names, pipeline/initialisms)
    named = [(u, spelled_out(full_name(_expand_defined(u.name, defined), short_names), doc.text)) for u in units]
    named = _initials_resolved(named)
    groups = defined_groups(doc.text)
    if groups:
        # a short name given to a list of bodies: each of them
        named = [(u, m) for u, n in named for m in group_members(n, groups)]
    founded = unit_sites.founded_bodies(doc) if decree else ()
    if founded:
        # the duties of the body the decision founds describe it; only the execution article
        # (a task of carrying the decision out) gives it work
        named = [(u, n) for u, n in named if not unit_sites.describes_founded(n, founded)
                 or any(_has_exec(t) for t, _a, _b in u.tasks)]
    named = _resolve_bare_heads(named, doc)
    named = _addressee_references(named, doc)
    named = _addressees_by_short_name(named, doc)
    named = _place_shared(named, doc.text)
    named = _marks_apart((u, m) for u, n in named for m in _places_distributed(n))
    named = _sub_units_noted(named, doc.text)
    out: list[dict] = []
    for i, (u, name) in enumerate((u, n) for u, n in named if not bodies.is_bare_noun(n)
                                  # (a kind of the lexicon as a whole keeps its own unmarked words:
                                  # "Tổ chức cung ứng dịch vụ trung gian thanh toán")
                                  and (not bodies.reads_unmarked(n, " ".join(t for t, _a, _b in u.tasks))
                                       or _bare(_wlist(n)))):
        out.append({"name": name, "tasks": [t for t, _a, _b in u.tasks]})
        prov.add(f"responsible_units[{i}]", u.block[0], u.block[1], u.conf, f"units.{u.rule}")
        a, b = _written_at(name, doc.text, u.name_span)
        prov.add(f"responsible_units[{i}].name", a, b, u.conf, f"units.{u.rule}")
        for j, (_t, a, b) in enumerate(u.tasks):
            prov.add(f"responsible_units[{i}].tasks[{j}]", a, b, min(u.conf, 0.8), "units.task")
    return out
