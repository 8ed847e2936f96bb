"""The documents a document rests on (``legal_bases``): every citation among its grounds.

Where the grounds are
    The preamble (``Căn cứ …``, ``Thực hiện …``, ``Theo …``, ``Trả lời công văn số …``), up to
    where the body begins. A công văn or thông báo without a ``… như sau:`` introduction has no
    preamble; it narrates its grounds in the first paragraphs of the body ("Ngày 30/6/2025,
    Chính phủ ban hành Nghị định số …") until the paragraph that asks for something
    ("… đề nghị …"), so those paragraphs are read instead. A body section that lists the grounds
    ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Cơ sở pháp lý") is read like a preamble. What a preamble
    sentence asks for after its grounds ("…, Sở đề nghị các đơn vị thực hiện theo Hướng dẫn số …")
    is not a ground.

What a citation looks like (Nghị định 30/2020/NĐ-CP: type, số/ký hiệu, ngày, cơ quan, trích yếu)
    ``<Type> [qualifier] số <number> [ngày <date>] [của <issuer>] [ngày <date>] [<trích yếu>]``.
    Every document number in the grounds is an item — several in one sentence, those named
    inside another's trích yếu, bare ``số …`` that continue a list (``Các Công điện: số 007/…,
    số 008/… và số 009/… ngày 19/11/2025 của UBND tỉnh``, which share the date and issuer that
    follow them). Laws are cited by name (``Luật … ngày 19 tháng 6 năm 2015`` / ``Luật … số
    72/2025/QH15``); a named document without a number is an item with ``number: null``.
    The issuer may also stand before the citation (``Theo đề nghị của Giám đốc Sở Tài chính tại
    Tờ trình số …``) or be the subject of a narrated sentence (``Ngày 01/7/2025, Bộ Tài chính ban
    hành Thông tư số …``), head a listed item (``… gồm: Công ty TNHH A tại Văn bản số …; Hợp tác
    xã B tại Văn bản số …`` — enterprises' heads are data in ``rules/bodies.toml`` [enterprise])
    or stand in another cell of a table row. An issuer that is a central body's whole name
    (``Quốc hội``) ends there when an uncued trích yếu follows. Where the citation states no
    issuer it stays null: the symbol's code is not read as one (the contract's gold keeps
    ``Luật … số 72/2025/QH15`` without an issuer). A document cited twice is one item (the
    first mention; its missing date or issuer is taken from a later mention); the document's own
    number is never an item, nor is the document an enacting sentence amends (``Bộ trưởng …
    ban hành Thông tư sửa đổi … của Thông tư số …``).

Where the header block was lost in conversion the segmenter may take the grounds for the header
(or reflow them into the title's line): they are read there too.

All cue words are data in ``rules/citations.toml``; the type words come from the lexicon.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from .. import bodies
from ..dates import DateMatch, find_dates
from ..encoding import symbol_lookalikes
from ..headerzone import type_code_barred
from ..lexicon import (
    expand_abbreviations,
    legal_type_names,
    positions,
    starts_with_org_head,
    type_for_symbol_code,
)
from ..provenance import Prov
from ..resources import load_rules
from ..segment import Document, introduces_body, parse_heading
from ..textutil import clean_value, collapse, fold, phrases_alternation

# ---------------------------------------------------------------- document numbers

_L = r"[^\W\d_]"  # a letter
_AN = r"(?:[^\W_]|&)"  # a letter, a digit or '&' (GD&ĐT)
# a dash inside a symbol may be spaced or wrapped by the converter ("45/NQ-\nCP", "310/KH - UBND");
# the part after such a dash is an upper-case code
# (… and a space a wrap left after an "&": "15972/SXD-QLN& TTBĐS")
_SYM = rf"{_L}{_AN}*(?:(?:[-–]|[ \t]?[-–][ \t]?\n?[ \t]?|[-–]\n|(?<=&)[ \t]?\n?[ \t]?)(?=[A-ZĐ]){_AN}+|[-–]{_AN}+)*"
# 30/2020/NĐ-CP · 2284/QĐ-UBND · 47/2019/QH14 · 02/BCĐXDXHHT · 60-NQ/TW · 1879-CV/BTGVTW
# a sequence may carry a dotted part (21.4/GĐN) and a symbol further slash parts
# (05/2026/VLN/CV-LV): an issuer's own numbering, kept whole
_SEQ = r"\d{1,6}(?:\.\d{1,3})?"
# a full date written out or with separators, as it follows "ngày"
_FULL_DATE = r"\d{1,2}(?:\s+tháng\s+|\s*[/.-]\s*)\d{1,2}(?:\s+năm\s+|\s*[/.-]\s*)\d{4}"
# a typist or OCR may leave a space beside the slash before the symbol ("49-CT /TW", "3374/
# BKHCN-CNCNTT"), a converter a line break ("45/⏎KH-UBND"): kept only where a capital letter
# opens the symbol
_SLASH = r"[ \t]?\n?[ \t]?/[ \t]?\n?[ \t]?(?=[A-ZĐ])"
# (a symbol's last part may follow a dot, as OCR or a typist leaves it: "3905/QĐ-DK.VN"; a Party
# number's dash may stand apart from its sequence: "Kế hoạch số 18 -KH/ĐU")
# (both forms open with the sequence's first figure: it is read first and what stands before it
# tested after it, the same character, so that a search skips to figures instead of trying the
# test at every position; ``\d{0,5}`` then is the rest of ``\d{1,6}`` and of ``_SEQ``)
NUMBER = re.compile(
    rf"\d(?<![\w/.\-–]\d)(?:\d{{0,5}}[ \t]?-\s?{_L}+(?:/|{_SLASH}){_SYM}"
    rf"|\d{{0,5}}(?:\.\d{{1,3}})?(?:/(?:19|20)\d{{2}})?(?:/|{_SLASH}){_SYM}(?:/{_SYM})*)"
    rf"(?:\.[A-ZĐ]{{2,6}}(?![\w.]))?(?![\w&])"
)
# a bare sequence right after a type word and "số" ("Văn bản số 02 ngày …"): a number whose
# symbol the citing text left out (here and below, "số" is read before the test that no letter
# stands before it: the search skips to the word)
BARE_NUMBER = re.compile(r"số(?<!\wsố)\s*:?\s*(?P<n>\d{1,6})(?![\w/.\-–]|[.,]\d)", re.IGNORECASE)
# a draft's citation whose sequence is left blank for the clerk ("Tờ trình số      /TTr-SXD"):
# the number is its symbol after the slash, as the record writes a blank own number
BLANK_NUMBER = re.compile(
    r"số(?<!\wsố)\s*:?[ \t.…_]*(?P<n>/[ \t]?[A-ZĐ][\w.&-]*\w(?:[ \t]?-[ \t]?[A-ZĐ][\w.&-]*\w)*)(?![\w/])", re.IGNORECASE
)
# free-form numbers, only right after "số": USABC-HN-20251121-01, and a Party-style number a
# converter glued or that carries a letter after its sequence: "541aKH/TWĐTNBTG", "541a-KH/TWĐTN-BTG"
FREE_NUMBER = re.compile(r"số(?<!\wsố)\s*:?\s*(?P<n>[A-Za-zĐđ0-9]+(?:[-/][A-Za-zĐđ0-9]+)+)(?![\w/-])", re.IGNORECASE)


@dataclass
class _Val:
    """One extracted string value with the span it was read from."""

    value: str | None = None
    start: int = 0
    end: int = 0
    conf: float = 0.0
    rule: str = ""

    def set(self, value: str | None, start: int, end: int, conf: float, rule: str) -> None:
        self.value, self.start, self.end, self.conf, self.rule = value, start, end, conf, rule


@dataclass
class _Cite:
    start: int  # where the citation begins (type word, "số" or the number)
    end: int  # where it ends (after the trích yếu, issuer or date)
    number: _Val = field(default_factory=_Val)
    doc_type: _Val = field(default_factory=_Val)
    date: _Val = field(default_factory=_Val)
    issuer: _Val = field(default_factory=_Val)
    title: _Val = field(default_factory=_Val)
    bare: bool = False  # no type word of its own: continues the list before it
    type_from_text: bool = False
    zone: str = "preamble"
    group: int = -1
    clause: int = 0  # start of the clause it stands in

    def item(self) -> dict[str, str | None]:
        return {
            "doc_type": self.doc_type.value,
            "number": self.number.value,
            "date": self.date.value,
            "issuer": self.issuer.value,
            "title": self.title.value,
        }


# "số" before a number, also with the mark OCR lost or misread ("sô 105/…", "sổ 12/…")
_SO = r"s[ốôóòỏõọồổỗộo](?!\w)"

# ---------------------------------------------------------------- rules, compiled once


@dataclass(frozen=True)
class _Rules:
    types: dict[str, str]  # casefolded type word -> canonical name
    type_re: re.Pattern[str]
    named: frozenset[str]
    not_name: frozenset[str]
    generic: frozenset[str]
    no_code: str
    codes: dict[str, str]
    between_re: re.Pattern[str]
    head_ahead: re.Pattern[str]
    opener_re: re.Pattern[str]
    request_re: re.Pattern[str]
    request_subject: re.Pattern[str]
    purpose_verb: re.Pattern[str]
    list_break: re.Pattern[str]
    narrated_skip: int
    history_types: frozenset[str]
    ground_open: re.Pattern[str]
    title_opener: re.Pattern[str]
    history_verb: re.Pattern[str]
    enact_amend: re.Pattern[str]
    section_titles: tuple[str, ...]
    section_max_words: int
    section_initials: frozenset[str]
    narrated_max: int
    note_max_lines: int
    note_carrying_out: re.Pattern[str]
    issuer_stop: re.Pattern[str]
    ve_heads: frozenset[str]
    instrument_re: re.Pattern[str]
    attached_re: re.Pattern[str]
    attached_in_re: re.Pattern[str]
    party_to_re: re.Pattern[str]
    session_re: re.Pattern[str]
    narrated_re: re.Pattern[str]
    title_cue: re.Pattern[str]
    alias_paren: re.Pattern[str]
    comma_stop: re.Pattern[str]
    not_issue_after: frozenset[str]
    dotted: frozenset[str]
    positions: tuple[str, ...]
    position_keys: frozenset[str]


def _alt(words: list[str]) -> str:
    """Alternation of phrases, longest first; a space matches any run of whitespace (a phrase
    may be wrapped over two lines: 'Thông\\nbáo số')."""
    return phrases_alternation(words)


@cache
def _rules() -> _Rules:
    r = load_rules("citations")
    structure = load_rules("structure")
    names = list(legal_type_names()) + list(r["types"]["extra"])
    types = {n.casefold(): n for n in names}
    type_alt = _alt(names)
    openers = list(r["zone"]["openers"]) + list(structure["preamble"]["openers"])
    weak = {w.casefold() for w in structure["preamble"].get("weak_openers", [])}
    openers = [o for o in openers if o.casefold() not in weak or " " in o]
    verbs = _alt(r["issuer"]["narrated_verbs"])
    pos = tuple(sorted(positions(), key=len, reverse=True))
    return _Rules(
        types=types,
        # a converter may drop the space between "và" and a capitalised type word ("vàĐề án")
        type_re=re.compile(rf"(?:(?<!\w)|(?<=\svà)(?-i:(?=[A-ZĐ])))(?:{type_alt})(?!\w)", re.IGNORECASE),
        named=frozenset(n.casefold() for n in r["types"]["named"]),
        not_name=frozenset(w.casefold() for w in r["types"]["not_name"]),
        generic=frozenset(n.casefold() for n in r["types"]["generic"]),
        no_code=r["types"]["no_code"],
        codes=dict(r["types"]["codes"]),
        # between a type word and the number: "hành động số", ": số", "số:", nothing
        # (a draft's blank sequence, dots or spaces, may stand between "số" and the slash)
        # ("số" as OCR leaves it with its mark lost or misread: "sô", "sổ", "so" …)
        between_re=re.compile(rf"(?P<qual>(?:\s+[^\W\d_]+){{0,3}}?)\s*:?\s*(?P<so>{_SO}\s*:?[\s.…_]*)?", re.IGNORECASE),
        head_ahead=re.compile(
            rf"\s*(?:(?:{type_alt})(?:\s+[^\W\d_]+){{0,3}}?\s*:?\s*(?:{_SO}\s*:?\s*)?|{_SO}\s*:?\s*)", re.IGNORECASE
        ),
        opener_re=re.compile(rf"[-+•–*\s]*(?:{_alt(openers)})(?!\w)\s*:?\s*", re.IGNORECASE),
        request_re=re.compile(rf"(?<!\w)(?:{_alt(r['zone']['request_cues'])})(?!\w)", re.IGNORECASE),
        # the subject of a main clause that asks: ", Sở Giáo dục và Đào tạo đề nghị …"
        request_subject=re.compile(rf"[^,;:.]{{0,90}}?(?=\s(?:{_alt(r['zone']['request_cues'])})(?!\w))"),
        # "… để tiếp tục tăng cường thực thi " / "nhằm triển khai thực hiện ": a purpose word, at
        # most four words, then the verbs that carry a document out (the type word follows)
        purpose_verb=re.compile(
            rf"(?<!\w)(?i:{_alt(r['zone']['purpose_leads'])})(?:\s+(?:việc|[^\W\d_]+)){{0,4}}?"
            rf"\s+(?i:{_alt(r['zone']['implement_verbs'])})(?:\s+(?i:{_alt(r['zone']['implement_verbs'])}))*"
            rf"(?:\s+(?:nghiêm|có\s+hiệu\s+quả|hiệu\s+quả))?\s+"
        ),
        list_break=re.compile(rf",\s*(?:{_alt(r['zone']['list_breaks'])})(?!\w)", re.IGNORECASE),
        narrated_skip=int(r["zone"]["narrated_skip"]),
        history_types=frozenset(t.casefold() for t in r["zone"].get("narrated_history_types", [])),
        # every opener of [zone], weak ones too ("Xét Tờ trình số …" opens a ground)
        ground_open=re.compile(rf"[-+•–*\s]*(?:{_alt(list(r['zone']['openers']))})(?!\w)"),
        enact_amend=re.compile(rf"(?<!\w)(?:{_alt(r['zone'].get('enact_amend', []))})(?!\w)", re.IGNORECASE),
        history_verb=re.compile(rf"(?<!\w)(?:{_alt(r['zone'].get('history_verbs', []))})(?!\w)"),
        # the same, capitalised, inside a line after other words (case-sensitive)
        title_opener=re.compile(rf"(?<=\s)(?:{_alt(list(r['zone']['openers']))})(?=\s)"),
        section_titles=tuple(fold(t) for t in r["zone"]["section_titles"]),
        section_max_words=int(r["zone"]["section_max_words"]),
        section_initials=frozenset(fold(t)[:1] for t in r["zone"]["section_titles"])
        | frozenset(t[:1].casefold() for t in r["zone"]["section_titles"]),
        narrated_max=int(r["zone"]["narrated_max_paragraphs"]),
        note_max_lines=int(r["zone"]["note_max_lines"]),
        note_carrying_out=re.compile(rf"[\s,]*(?:{_alt(r['zone']['note_carrying_out'])})(?!\w)", re.IGNORECASE),
        issuer_stop=re.compile(rf"(?<![\w/])(?:{_alt(r['issuer']['stops'])})(?![\w/])", re.IGNORECASE),
        ve_heads=frozenset(h.casefold() for h in r["issuer"]["ve_heads"]),
        attached_re=re.compile(
            rf"(?:^|\n|\()[\s*_]*(?:{_alt(r['zone'].get('attached_to', []))})\s*[:]?\s*$", re.IGNORECASE
        ),
        attached_in_re=re.compile(rf"(?<!\w)(?:{_alt(r['zone'].get('attached_to', []))})\s*$", re.IGNORECASE),
        # case-sensitive: an instrument is named with a capital ("Công ước khung …")
        instrument_re=re.compile(rf"(?<!\w)(?:{_alt(r['issuer'].get('instruments', []))})(?!\w)"),
        party_to_re=re.compile(
            rf"\s*(?:{_alt(r['issuer'].get('party_to', []))})\s+(?:{_alt(r['issuer'].get('instruments', []))})(?!\w)"
        ),
        session_re=re.compile(rf"[\s,]*(?:{_alt(r['issuer']['session'])})\s+[^\s,;]+\s*,?\s*"),
        narrated_re=re.compile(
            # the date may stand without a comma before the subject where it is written out
            # ("…, ngày 17 tháng 6 năm 2025 Bộ trưởng Bộ X đã ban hành Thông tư số …")
            # (a bracketed note run into the line ahead of it — "(Sau đây viết tắt là …) Bộ Y tế
            # có Công văn số …", the addressees' list closed on the sentence's line — is skipped)
            rf"^[\s\-+•]*(?:\([^()\n]*\)\s*)?(?:(?i:{_alt(r['issuer'].get('narrated_leads', []))})\s*,?\s+)?"
            rf"(?:(?:[Vv]ào\s+)?[Nn]gày\s+(?:(?P<d>[^,;]{{4,40}}?)\s*,|(?P<d2>{_FULL_DATE}))\s*)?"
            # the subject may be joint issuers listed with commas ("Liên Bộ A, Bộ B, Bộ C ban hành
            # Thông tư liên tịch số …"): each part is checked to open a body's name
            rf"(?P<subj>[^,;:()]{{2,160}}?(?:,\s*[^,;:()]{{2,160}}?)*)\s+(?:{verbs})\s*$"
        ),
        title_cue=re.compile(rf"(?:{_alt(r['title']['cues'])})(?!\w)", re.IGNORECASE),
        alias_paren=re.compile(rf"\(\s*(?:{_alt(r['title']['alias_parens'])})", re.IGNORECASE),
        comma_stop=re.compile(rf",\s*(?:{_alt(r['title']['comma_stops'])})(?!\w)", re.IGNORECASE),
        not_issue_after=frozenset(w.casefold() for w in r["date"]["not_issue_after"]),
        dotted=frozenset(r["text"]["dotted"]),
        positions=pos,
        position_keys=frozenset(fold(p) for p in pos),
    )


# ---------------------------------------------------------------- small helpers


def _canon_number(raw: str) -> str:
    """A number as written, without the spaces a typist or converter left in it and with
    look-alike letters put back ("QÐ-UBND" → "QĐ-UBND")."""
    n = re.sub(r"\s+", "", raw).translate(symbol_lookalikes())
    # (a type code whose Đ lost its bar to OCR, "2503/QD-BTC": the header's own number's rule)
    tail = n.rsplit("/", 1)[-1]
    return type_code_barred(n, tail)[0] if tail != n else n


def _canon_type(word: str) -> str:
    return _rules().types.get(collapse(word).casefold(), collapse(word))


def _type_from_symbol(number: str) -> tuple[str | None, int, int]:
    """(type, start, end of the code inside ``number``) from the symbol's type abbreviation."""
    R = _rules()
    m = re.match(r"\d+-\s?(?P<c>[^\W\d_]+)/", number)  # Party: 60-NQ/TW
    if not m:
        m = re.match(r"\d+(?:/\d{4})?/(?P<c>[^\W_]+)", number)  # 2284/QĐ-UBND, 30/2020/NĐ-CP
    if not m:
        return None, 0, 0
    code = m.group("c")
    code_alpha = re.sub(r"\d+$", "", code)  # QH14 -> QH
    for c in (code, code_alpha):
        name = R.codes.get(c) or type_for_symbol_code(c)
        if name:
            return name, m.start("c"), m.end("c")
    if "/" in number and re.match(r"\d+/", number):
        return R.no_code, m.start("c"), m.end("c")  # 12/UBND-VX: a công văn has no type code
    return None, 0, 0


def _cites_at(text: str, p: int) -> bool:
    """Whether a citation with its own number starts at ``p`` ('Kế hoạch số 12/KH-UBND',
    'số 009/CĐ-UBND', 'Nghị định 10/2022/NĐ-CP'); 'đề án 06' is not one."""
    m = _rules().head_ahead.match(text, p)
    if not m:
        return False
    if NUMBER.match(text, m.end()):
        return True
    f = FREE_NUMBER.search(text, p, m.end() + 60)
    return f is not None and f.start("n") == m.end()


def _in_quotes(text: str, s: int, pos: int) -> bool:
    seg = text[s:pos]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def _sentence_end(text: str, pos: int, ze: int) -> bool:
    """Whether the dot at ``pos`` ends a sentence (not 'TP.', '1.000', './.')."""
    nxt = text[pos + 1 : pos + 3]
    if pos + 1 >= ze:
        return True
    if not nxt[:1].isspace():
        return False
    rest = text[pos + 1 : ze].lstrip()
    if rest and not (rest[0].isupper() or rest[0] in "“\"(-+•"):
        return False
    tok = re.search(r"(\S+)$", text[max(0, pos - 12) : pos])
    if tok:
        t = tok.group(1)
        if t in _rules().dotted or (len(t) == 1 and t.isupper()):
            return False
    return True


def _boundaries(text: str, zs: int, ze: int) -> list[tuple[int, str]]:
    """Clause starts inside a zone: after ';', a sentence end, a blank line, a line ending in
    punctuation, or a line that opens with a ground opener."""
    R = _rules()
    out: list[tuple[int, str]] = [(zs, "start")]
    for m in re.finditer(r";|\.|\n", text[zs:ze]):
        p = zs + m.start()
        ch = m.group()
        if ch == ";":
            out.append((p + 1, ";"))
        elif ch == ".":
            if _sentence_end(text, p, ze):
                out.append((p + 1, "."))
        else:
            q = p
            while q > zs and text[q - 1] in " \t\r":
                q -= 1
            nl_after = text[p + 1 : ze]
            if q > zs and text[q - 1] in ";.":
                continue  # already a boundary (a ":" is one only before a ground's opener: "…
                # ngày 19 tháng 6 năm 2015:" / "Căn cứ Luật B …", the ";" mistyped)
            if not nl_after.strip() or nl_after.lstrip(" \t").startswith("\n"):
                out.append((p + 1, "blank"))
            elif R.opener_re.match(nl_after) and _opens_ground(nl_after):
                out.append((p + 1, "opener"))
    out.sort()
    return out


def _opens_ground(s: str) -> bool:
    m = _rules().opener_re.match(s)
    return bool(m) and m.group().strip(" -+•–*:").strip()[:1].isupper()


_NGAY_WORD = r"[Nn]g(?:[aáảãạ][yýỳỷỹỵv]|à[vý])"
_NGAY = re.compile(rf"(?<!\w){_NGAY_WORD}(?=\s*\d)")
_THANG = re.compile(r"(?<=\d\s)th[aảàãạ]ng(?=\s+\d)")
_NAM = re.compile(r"(?<=\d\s)n[aâ][mn](?=\s+\d{4})|(?<=\d\s)nă[n](?=\s+\d{4})")


def _dates(text: str, s: int, e: int) -> list[DateMatch]:
    """Full dates in text[s:e], also where a line break splits one ('ngày 30 tháng\\n4 năm 2025')."""
    # "ngay"/"ngàv": OCR or an unaccented copy damaged the word that introduces a date; put back
    # (same length, so offsets hold)
    sub = _NGAY.sub(lambda m: "Ngày" if m.group()[0] == "N" else "ngày", text[s:e].replace("\n", " "))
    sub = _THANG.sub("tháng", sub)
    sub = _NAM.sub("năm", sub)
    return [
        DateMatch(d.start + s, d.end + s, text[d.start + s : d.end + s], d.year, d.month, d.day, d.kind)
        for d in find_dates(sub, coarse=False)
    ]


@cache
def _before_date() -> re.Pattern[str]:
    """What may stand between a cited number and its date: "(được) ban hành", or which issue of a
    re-issued document is meant ([date] issue_qualifiers in rules/citations.toml)."""
    quals = load_rules("citations")["date"].get("issue_qualifiers", [])
    alt = "|".join(sorted(quals, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[\s,]*(?:(?:được\s+)?ban hành\s+|(?:{alt})\s+(?=ngày))?")


def _date_at(text: str, pos: int, lim: int) -> DateMatch | None:
    """A full date that follows right after ``pos`` (``, ngày 30/6/2025``, ``ban hành ngày …``)."""
    m = _before_date().match(text, pos, lim)
    p = m.end() if m else pos
    for d in _dates(text, p, min(lim, p + 45)):
        gap = text[p : d.start]
        if d.start == p or re.fullmatch(r"ngày\s*", gap, re.IGNORECASE) or re.fullmatch(rf"{_NGAY_WORD}\s*", gap):
            return d
        break
    return None


def _issue_date_in(text: str, s: int, e: int) -> DateMatch | None:
    """The first date in text[s:e] that reads as an issue date ('<name> ngày …'), not one that is
    part of a name ('… đến sáng ngày 21/11/2025')."""
    R = _rules()
    for d in _dates(text, s, e):
        before = text[max(s, d.start - 30) : d.start]
        words = re.findall(r"[^\W\d_]+", before)
        if d.raw[:4].casefold() != "ngày":  # a numeric date: "ngày" stands before it
            if not words or words[-1].casefold() != "ngày":
                continue
            words = words[:-1]
        if words and words[-1].casefold() in R.not_issue_after:
            continue
        return d
    return None


# ---------------------------------------------------------------- issuer and trích yếu


def _is_position(s: str) -> bool:
    return fold(s) in _rules().position_keys


def _starts_position(s: str) -> bool:
    return any(s.startswith(p) and (len(s) == len(p) or not s[len(p)].isalnum()) for p in _rules().positions)


def _names_ve_body(so_far: str) -> bool:
    """Whether the issuer so far names a body whose name goes on with "về …": it is one of
    ``ve_heads`` or ends with one and a level ("Tổ giúp việc Ban Chỉ đạo Trung ương về …")."""
    low = so_far.casefold()
    if low in _rules().ve_heads:
        return True
    words = low.split()
    for n in range(len(words)):
        tail = " ".join(words[n:])
        for h in _rules().ve_heads:
            if tail.startswith(h + " ") or tail == h:
                rest = tail[len(h):].split()
                if len(rest) <= 3 and all(w in _VE_LEVEL for w in rest):
                    return True
    return False


def _names_instrument(so_far: str) -> bool:
    """Whether the issuer so far ends with an international instrument's name whose subject
    ("về …") has not been stated yet ("… tham gia Công ước khung của Liên hợp quốc")."""
    ends = [m.end() for m in _rules().instrument_re.finditer(so_far)]
    return bool(ends) and _LATER_VE.search(so_far, ends[-1]) is None


_LATER_VE = re.compile(r"(?<!\w)(?:về|v/v)(?!\w)", re.IGNORECASE)
_VE_LEVEL = frozenset(("trung", "ương", "quốc", "gia", "tỉnh", "thành", "phố", "nhà", "nước", "chính", "phủ"))


@cache
def _closed() -> tuple[tuple[str, ...], tuple[str, ...]]:
    r = load_rules("citations")["issuer"]
    names = tuple(sorted(r.get("closed_names", []), key=len, reverse=True))
    return names, tuple(r.get("closed_goes_on", []))


def _closed_length(name: str) -> int:
    """Characters of ``name`` kept where it opens with a central body's whole name ("Quốc hội",
    "Ủy ban Thường vụ Quốc hội": citations.toml [issuer] closed_names) and the words after it
    are no continuation of it: they are the trích yếu ("… của Quốc hội thí điểm về …")."""
    names, goes_on = _closed()
    for n in names:
        if not name.startswith(n):
            continue
        rest = name[len(n) :]
        if not rest or not rest[:1].isspace():
            return len(name) if rest else len(n)
        nxt = rest.lstrip()
        if any(nxt.startswith(g) and (len(nxt) == len(g) or not nxt[len(g)].isalnum()) for g in goes_on):
            return len(name)
        return len(n)
    return len(name)


@cache
def _closing_enactor_re() -> re.Pattern[str]:
    names, _goes_on = _closed()
    return re.compile(rf"\s+của\s+({_alt(list(names))})[\s;.,]*$", re.IGNORECASE)


def _closing_enactor(text: str, s: int, te: int, name_end: int) -> tuple[int, int, int] | None:
    """'Căn cứ Pháp lệnh … của Ủy ban thường vụ Quốc hội;': a law-type name with neither number
    nor date that ends in "của" and a central body's whole name (closed_names) states who passed
    it — the name ends before it. (A body of lesser rank after "của" stays in the name: "Điều lệ
    … của Hội …" is what the charter is of; so does the body in a law's own name,
    citations.toml whole_with_body.) Returns (name end, issuer start, issuer end)."""
    m = _closing_enactor_re().search(text, te, name_end)
    if m is None:
        return None
    name = collapse(text[s:name_end]).strip(" \t\n;.,").casefold()
    if name in _whole_with_body():
        return None
    return m.start(), m.start(1), m.end(1)


@cache
def _whole_with_body() -> frozenset[str]:
    return frozenset(collapse(n).casefold() for n in load_rules("citations")["issuer"].get("whole_with_body", []))


@cache
def _known_names() -> re.Pattern[str]:
    r = load_rules("citations")["issuer"]
    parts = r.get("known_name_parts", [])
    return re.compile(rf"(?:(?:{_alt(parts)})\s+)?(?:{_alt(r.get('known_names', []))})(?!\w)", re.IGNORECASE)


def _known_name(text: str, s: int, lim: int) -> int | None:
    """Where a known central body's whole name that opens at ``s`` ends (citations.toml
    [issuer] known_names: names holding "về" and commas, with a part of the body that issues
    in its name before it: known_name_parts), else None."""
    m = _known_names().match(text, s, lim)
    return m.end() if m and text[s].isupper() else None


@cache
def _joint_re() -> re.Pattern[str]:
    heads = load_rules("citations")["issuer"].get("joint_heads", [])
    return re.compile(rf"(?:{_alt(heads)})(?!\w)\s*:?\s*(?=[A-ZĐÀ-Ỹ])")


def _joint_run(text: str, s: int, lim: int) -> tuple[int, int] | None:
    """A joint issuer and the bodies it joins ("Liên Bộ: Tài chính, Y tế"): the list, commas,
    dashes and colon included, is the name, up to the trích yếu, a date, a number or the
    clause's end."""
    m = _joint_re().match(text, s, lim)
    if m is None:
        return None
    end = lim
    for pat in (r"[;()“”\"\[\]|]|\n\s*\n|\.(?!\d)", r"\s(?:ngày|Ngày)\s*\d|\s(?:số|Số)\s*:?\s*\d"):
        f = re.search(pat, text[m.end() : end])
        if f:
            end = m.end() + f.start()
    stop = _rules().issuer_stop.search(text, m.end(), end)
    if stop:
        end = stop.start()
    e = s + len(text[s:end].rstrip(" ,-–:"))
    return (s, e) if e > m.end() else None


def _unglued_heads(name: str) -> str:
    """"Bộ trưởngBộ Giáo dục": the space a converter lost before a body's head word, put back
    (a name written glued, "Công ty CanxiCacbonat", stays as written)."""
    out: list[str] = []
    for w in name.split(" "):
        u = bodies.unglued(w).split(" ")
        out.extend(u if len(u) > 1 and all(starts_with_org_head(x) for x in u[1:]) else [w])
    return " ".join(out)


def _issuer_run(text: str, s: int, lim: int) -> tuple[int, int] | None:
    """The span of an issuer starting at ``s`` (see :func:`_one_issuer_run`); a joint
    document's issuers ("Nghị quyết liên tịch số … của Ủy ban Thường vụ Quốc hội, Chính phủ và
    Đoàn Chủ tịch …") are one issuer, their list whole."""
    run = _one_issuer_run(text, s, lim)
    joint = [m.end() for m in _JOINT_TYPE.finditer(text, max(0, s - 160), s)]
    if run is not None and not joint and (two := _two_issuers(text, run, lim)) is not None:
        return two
    if run is None or not joint or re.search(r"[;\n]", text[joint[-1] : s]):
        return run  # (the type word of this citation, not of one before it)
    e = run[1]
    while True:
        m = _JOINT_SEP.match(text, e, lim)
        if m is None or not starts_with_org_head(text[m.end() : lim]):
            return s, e
        nxt = _one_issuer_run(text, m.end(), lim)
        if nxt is None or nxt[1] <= m.end():
            return s, e
        e = nxt[1]


def _two_issuers(text: str, run: tuple[int, int], lim: int) -> tuple[int, int] | None:
    """"… của Bộ Chính trị, Ban Bí thư về …": two bodies that issued the document together, the
    second a body's name of its own right after a comma, and the issuer's slot ending after it
    (its trích yếu, a date, the clause's end) — both are the issuer."""
    m = _COMMA.match(text, run[1], lim)
    if m is None or not text[m.end() : m.end() + 1].isupper() or not starts_with_org_head(text[m.end() : lim]):
        return None
    nxt = _one_issuer_run(text, m.end(), lim)
    if nxt is None or nxt[1] <= m.end() or "," in text[m.end() : nxt[1]]:
        return None
    if _rules().request_re.match(text, _SPACES.match(text, nxt[1]).end()):
        return None  # "… của Bộ A, Sở B đề nghị …": the second is the letter's own subject asking
    if not _AFTER_ISSUERS.match(text, nxt[1], lim) and nxt[1] < lim:
        return None
    return run[0], nxt[1]


_COMMA = re.compile(r",\s+")
_PLURAL = re.compile(r"(?:các|những)\s+")
_AFTER_ISSUERS = re.compile(r"\s*(?:[;.]|\s(?:về|ngày|tại)\b|$)")


# the type of a document several bodies issue together, before its issuers
_JOINT_TYPE = re.compile(r"(?i:liên\s+tịch)\b")
_JOINT_SEP = re.compile(r"\s*(?:,|\svà)\s+")


def _ends_with_head(s: str) -> bool:
    """Whether ``s`` ends with a body's bare head ("Bộ", "Bộ trưởng Bộ", "Giám đốc Sở"): the
    words after it are the head's field."""
    words = s.split()
    for k in (1, 2, 3):
        tail = " ".join(words[-k:])
        if k <= len(words) and bodies.head_length(tail) == len(tail):
            return True
    return False


def _one_issuer_run(text: str, s: int, lim: int) -> tuple[int, int] | None:
    """The span of an issuer starting at ``s``: up to the trích yếu, a date, a sibling citation
    or the end of the clause. Commas stay inside a name only where they enumerate its fields
    ("Ban Chỉ đạo phát triển khoa học, công nghệ, … và chuyển đổi số") or join two positions
    ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")."""
    R = _rules()
    known = _known_name(text, s, lim)
    if known:
        return s, known
    joint = _joint_run(text, s, lim)
    if joint:
        return joint
    hard_end = lim
    skip = -1
    for m in re.finditer(r"[;()“”\"\[\]:|]|\n\s*\n|\.", text[s:lim]):
        p = s + m.start()
        if p < skip or (m.group() == "." and not _sentence_end(text, p, lim)):
            continue
        t = _TERM_PAREN.match(text, p, lim) if m.group() == "(" else None
        if t is not None:
            skip = t.end()  # "Ban Chấp hành Đảng bộ tỉnh (khóa XIV)": the term in brackets is the name's
            continue
        hard_end = p
        break
    cuts: list[tuple[int, str, str]] = []
    for m in R.issuer_stop.finditer(text, s, hard_end):
        if _SEATED_AT.match(text, m.start(), hard_end):
            continue  # "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh": where the body sits, its name's
        cuts.append((m.start(), "stop", m.group()))
    if text.find(",", s, hard_end) >= 0:  # (the names that hold commas are looked up where one stands)
        # a comma inside a known name ("Bộ Văn hóa, Thể thao và Du lịch": pipeline.bodies) cuts nothing
        keep = bodies.protected_spans(text, s, hard_end)
        # nor one inside a compound written with a comma ("Ban Chỉ đạo phòng, chống thiên tai")
        keep = [*keep, *((m.start(), m.end()) for m in _comma_compounds().finditer(text, s, hard_end))]
        for m in re.finditer(r",", text[s:hard_end]):
            if not any(a < s + m.start() < b for a, b in keep):
                cuts.append((s + m.start(), "comma", ","))
    for m in re.finditer(r"\s+(?:và|hoặc)\s+", text[s:hard_end]):
        p = s + m.start()
        if _cites_at(text, s + m.end()) or NUMBER.match(text, s + m.end()):
            cuts.append((p, "stop", "và"))
        elif (pl := _PLURAL.match(text, s + m.end(), hard_end)) and R.type_re.match(text, pl.end(), hard_end) \
                and text[pl.end() : pl.end() + 1].isupper():
            cuts.append((p, "stop", "và"))  # "… của Chính phủ và các Thông báo kết luận …": other papers
    for m in re.finditer(r"\s(?:ngày|Ngày)\s*\d|\s(?:số|Số)\s*:?\s*\d", text[s:hard_end]):
        cuts.append((s + m.start(), "stop", "ngày"))
    for m in NUMBER.finditer(text, s, hard_end):
        cuts.append((m.start(), "stop", "number"))
    # "… của UBND tỉnh tổ chức …": a name that reached its level ends before a word in small
    # letters (citations.toml [issuer] levels)
    for m in _level_re().finditer(text, s, hard_end):
        if m.group("place") and starts_with_org_head(m.group("place")):
            continue  # "… tỉnh Ủy ban …": a body's name goes on, no place
        if _not_level_before(text[max(s, m.start() - 12) : m.start()]):
            continue  # "Hợp tác xã Nông nghiệp …": the level's word inside a head
        nxt = re.match(r"\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", text[m.end() : hard_end])
        if nxt and nxt.group(1)[:1].islower() and not _level_goes_on(nxt.group(1)):
            cuts.append((m.end(), "stop", "level"))
    # "… Trung ương Đảng khóa XII một số vấn đề …": the body's term closes its name; an uncued
    # trích yếu may follow at once
    for m in _TERM.finditer(text, s, hard_end):
        close = re.match(r"\s*\)", text[m.end() : hard_end])
        cuts.append((m.end() + close.end() if close else m.end(), "stop", "term"))
    # "… của Văn phòng Chính phủ Kết luận của Thủ tướng …": a capitalised type word after the
    # name starts the cited trích yếu
    for m in re.finditer(r"\s(?=[A-ZĐÀ-Ỹ])", text[s:hard_end]):
        p = s + m.end()
        t = R.type_re.match(text, p, hard_end)
        if t and p > s and text[p].isupper() and not t.group().isupper() and not R.instrument_re.match(text, p):
            if bodies.domain_length(text[p:hard_end]) and _ends_with_head(text[s:p]):
                continue  # "(Bộ trưởng) Bộ Kế hoạch và Đầu tư": the type word opens the head's known field
            cuts.append((p - 1, "stop", "type"))
    if _cites_at(text, s):
        return None
    cuts.sort()
    end = hard_end
    for i, (p, kind, word) in enumerate(cuts):
        so_far = text[s:p].strip()
        if kind == "stop":
            if word.casefold() == "về" and (
                so_far.casefold() in R.ve_heads
                or (_names_ve_body(so_far) and _LATER_VE.search(text, p + 4, hard_end) is not None)
            ):
                # "Ban Chỉ đạo về …"; "Tổ giúp việc Ban Chỉ đạo Trung ương về phát triển … về
                # triển khai …": the name goes on only where a trích yếu still follows it
                continue
            if word.casefold() == "về" and _names_instrument(so_far):
                continue  # "… tham gia Công ước khung … về biến đổi khí hậu": the instrument's subject
            end = p
            break
        # a comma
        rest = text[p + 1 : hard_end].lstrip()
        if _is_position(so_far) and _starts_position(rest):
            continue
        w = rest.split(maxsplit=1)[0] if rest.strip() else ""
        lv = _level_re().match(rest)
        if lv and (lv.group("place") or lv.group("np")) and _level_re().search(so_far):
            continue  # "Ủy ban nhân dân huyện Đông Hà, tỉnh Sông Bạc": the place's address goes on
        if _committee_of(so_far, rest):
            continue
        if not w or not w[0].islower() or R.issuer_stop.match(rest) or R.type_re.match(rest):
            end = p
            break
        nxt = next((q for q, k, _ in cuts[i + 1 :] if k == "stop"), hard_end)
        if re.search(r"\svà\s", text[p:nxt]):
            continue
        end = p
        break
    val = text[s:end]
    val = re.sub(r"[\s,]+(?:và|hoặc)?[\s,]*$", "", val)
    e = s + len(val.rstrip())
    # "Bộ Tài chính tham gia ý kiến …": the name ends where the clause it is the subject of begins
    cut = s + bodies.name_length(text[s:e])
    if cut == e or not R.party_to_re.match(text, cut, e):
        e = cut  # "Hội nghị các Bên tham gia Công ước …": 'tham gia' joins a party to its instrument
    e = s + _closed_length(text[s:e])
    if e <= s or not text[s].isupper():
        return None
    if len(text[s:e].split()) > 30:
        return None
    return s, e


@cache
def _committee_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = load_rules("citations")["issuer"]
    return (re.compile(rf"(?:{_alt(r.get('committee_heads', []))})\s+\S", re.IGNORECASE),
            re.compile(rf"(?-i:{_alt(r.get('committee_parents', []))})(?!\w)"))


def _committee_of(so_far: str, rest: str) -> bool:
    """'Ban A, HĐND tỉnh': a council's committee and, after the comma, its council — one name
    (the committee's council is part of who issued it)."""
    head, parent = _committee_res()
    return bool(head.match(so_far)) and "," not in so_far and bool(parent.match(rest))


# a place name: capitalised words ("Bà Rịa - Vũng Tàu"), a capitalised level among them
# ("Thành ủy Thành phố")
_PLACE_WORD = r"(?:Thành phố|Thị xã|Thị trấn|[A-ZĐÀ-Ỹ][^\W\d_]*)"
_PLACE = rf"{_PLACE_WORD}(?:(?:\s+|\s*-\s*){_PLACE_WORD}){{0,4}}"


@cache
def _level_re() -> re.Pattern[str]:
    """A level word, with the place name after it (required after `level_named`)."""
    r = load_rules("citations")["issuer"]
    free = "|".join(re.escape(w) for w in sorted(r.get("levels", []), key=len, reverse=True))
    named = "|".join(re.escape(w) for w in sorted(r.get("level_named", []), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:(?:{free})(?:\s+(?P<place>{_PLACE}))?|(?:{named})\s+(?P<np>{_PLACE}))(?!\w)")


def _not_level_before(before: str) -> bool:
    words = load_rules("citations")["issuer"].get("level_not_after", [])
    low = before.casefold()
    return any(low.endswith(w.casefold() + " ") for w in words)


def _level_goes_on(words: str) -> bool:
    r = load_rules("citations")["issuer"]
    goes = r.get("level_goes_on", [])
    first, _sp, nxt = words.partition(" ")
    if first in ("và", "hoặc") and nxt and nxt[:1].islower() and nxt != "các" \
            and not any(nxt == g or nxt.startswith(g + " ") for g in r.get("levels", [])):
        return False  # "… tỉnh và ý kiến thảo luận …": the conjunction joins no body
    return any(words == g or words.startswith(g + " ") for g in goes)


@cache
def _comma_compounds() -> re.Pattern[str]:
    words = load_rules("citations")["issuer"].get("comma_compounds", [])
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.IGNORECASE)


_TERM_WORDS = r"(?:khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ)\s+(?:[IVXLC]{1,6}|\d{1,2})"  # a body's term: "khóa XIV"
_TERM = re.compile(rf"(?<!\w){_TERM_WORDS}(?!\w)")
_TERM_PAREN = re.compile(rf"\(\s*{_TERM_WORDS}\s*\)")


def _title_end(text: str, s: int, ze: int) -> int:
    """Where the trích yếu that starts at ``s`` ends: ';', a sentence end, an alias note
    '(sau đây …)', ', <the citing clause goes on>' or a sibling citation."""
    R = _rules()
    for m in re.finditer(r";|\||\n\s*\n|\.|\(|\)|,|\s+và\s+|(?<!\w)như sau", text[s:ze], re.IGNORECASE):
        p = s + m.start()
        g = m.group()
        if _in_quotes(text, s, p):
            continue
        if g in (";", "|") or g.strip() == "" or g.casefold() == "như sau":
            return p
        if g == ".":
            if _sentence_end(text, p, ze):
                return p
            continue
        if g == ")":
            if text.count("(", s, p) <= text.count(")", s, p):
                return p  # closes a parenthesis opened before the trích yếu
            continue
        if g == "(":
            close = text.find(")", p, ze)
            inner = text[p + 1 : close] if close > 0 else ""
            if R.alias_paren.match(text, p) or _cites_at(text, p + 1) or NUMBER.search(inner):
                return p  # an alias note or an amendment note ("(được sửa đổi … Nghị định số …)")
            if inner[:1].isupper() and len(inner.split()) <= 6 and re.match(r"\s*(?:[;,.]|$)", text[close + 1 : ze]):
                return p  # a short alias at the end: "(Chương trình MTQG)"
            continue
        if g == ",":
            rest = text[p + 1 : ze].lstrip()
            if R.comma_stop.match(text, p) or _cites_at(text, p + 1):
                return p
            # a clause closed by a comma at a line end, the next ground opening the next line
            brk = re.match(r"[ \t]*\n\s*", text[p + 1 : ze])
            if brk and R.ground_open.match(text, p + 1 + brk.end()):
                return p
            if rest[:1].isupper() and (starts_with_org_head(rest) or _starts_position(rest)):
                return p
            continue
        # " và <Type> số …": a sibling, unless the trích yếu already names documents
        # ("về thực hiện Nghị quyết số 71/NQ-CP … và Chương trình hành động số …")
        if _cites_at(text, p + len(g)) and not NUMBER.search(text, s, p):
            return p
    return ze


def _clean_title(s: str) -> str | None:
    v = clean_value(s)
    while v.endswith(")") and v.count("(") < v.count(")"):
        v = v[:-1].rstrip()
    return v or None


# ---------------------------------------------------------------- one zone


# OCR reads a figure of the sequence as a letter ("l5/2025/TT-BTC", "5O/QĐ-UBND"): where the
# sequence is made of figures and such letters only and the rest is a well-formed number, the
# letters are put back as figures
_OCR_SEQ = re.compile(r"(?<![\w/.\-–])(?=[0-9lIOo]*\d)(?=[0-9]*[lIOo])[0-9lIOo]{1,6}(?=[ \t]?/)")
_OCR_FIGURES = str.maketrans("lIOo", "1100")


# a figure OCR or a typist set apart from the rest of the sequence right after "số" ("Nghị định số
# 1 17/2018/NĐ-CP"): one sequence; nothing else stands between "số" and its number
_APART_SEQ = re.compile(r"(?<=số)[ \t]*:?[ \t]*(?P<a>\d{1,2})[ \t](?=\d{1,5}[ \t]?/)", re.IGNORECASE)


def _ocr_repaired(text: str, zs: int, ze: int) -> dict[int, tuple[int, str]]:
    """{start: (end, number)} for numbers whose sequence OCR wrote with a letter for a figure,
    or with a figure set apart."""
    out: dict[int, tuple[int, str]] = {}
    for m in _APART_SEQ.finditer(text, zs, ze):
        n = NUMBER.match(text, m.end(), ze)
        if n:
            out[m.start("a")] = (n.end(), m.group("a") + re.sub(r"\s+", "", n.group()))
    for m in _OCR_SEQ.finditer(text, zs, ze):
        fixed = m.group().translate(_OCR_FIGURES)
        tail = text[m.end() : min(ze, m.end() + 80)]
        n = NUMBER.match(fixed + tail)
        if n and n.end() > len(fixed):
            out[m.start()] = (m.start() + n.end(), re.sub(r"\s+", "", n.group()))
    return out


def _numbers(text: str, zs: int, ze: int, fixed: dict[int, tuple[int, str]] | None = None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for a, (b, _v) in (fixed or {}).items():
        spans.append((a, b))
    for m in NUMBER.finditer(text, zs, ze):
        raw = m.group()
        sym = raw.split("/", 1)[1].lstrip() if "/" in raw else ""
        head = re.match(r"\d+-\s?([^\W\d_])", raw)
        first = head.group(1) if head else re.sub(r"^(?:\d{4}/)", "", sym).lstrip()[:1]
        if first and first.isupper() and not any(a <= m.start() < b for a, b in spans):
            e = m.end()
            t = _TERM_AFTER_QH.match(text, e, ze) if raw.endswith("QH") else None
            spans.append((m.start(), t.end() if t else e))
    spans.sort()
    # the number pass's spans are in text order and do not overlap: an overlap test is a
    # bisection (a scan of all of them per free number grew with the square of the preamble)
    starts = [a for a, _b in spans]
    free: list[tuple[int, int]] = []
    for m in FREE_NUMBER.finditer(text, zs, ze):
        n = m.group("n")
        s, e = m.start("n"), m.end("n")
        k = bisect.bisect_left(starts, e)
        if k and spans[k - 1][1] > s:
            continue
        if re.search(r"\d", n) and re.search(r"[A-Z]", n) and not re.fullmatch(r"[\d/.-]+", n):
            free.append((s, e))
    for rx, qualified in ((BLANK_NUMBER, True), (BARE_NUMBER, False)):
        for m in rx.finditer(text, zs, ze):
            s, e = m.start("n"), m.end("n")
            k = bisect.bisect_left(starts, e)
            if (k and spans[k - 1][1] > s) or any(a <= s < b for a, b in free):
                continue
            # only where a type word stands right before "số" ("Văn bản số 02", not "khoản số 2"); a
            # draft's blank one also after a few small words ("Báo cáo thẩm tra số /BC-BPC")
            if _type_word_before(text, zs, m.start(), qualified) and (qualified or _bare_ok(text, e, ze)):
                free.append((s, e))
    return sorted(spans + free)


def _type_word_before(text: str, zs: int, at: int, qualified: bool) -> bool:
    """A capitalised type word ends the text before ``at`` (with ``qualified``, up to three small
    words may follow it)."""
    before = text[max(zs, at - 60) : at].rstrip()
    qual = r"(?P<qual>(?:\s+\w+){0,3})" if qualified else r"(?P<qual>)"
    t = re.search(rf"(?:{_rules().type_re.pattern}){qual}$", before, re.IGNORECASE)
    return t is not None and before[t.start()].isupper() and t.group("qual") == t.group("qual").lower()


# the legislature's term after its code written apart ("40/2002/PL-UBTVQH 10", "…/QH 11"): part
# of the number, as "PL-UBTVQH10" writes it
_TERM_AFTER_QH = re.compile(r" (?:[1-9]\d?)(?![\d/.,]|\s*(?:tháng|năm))")


_SEQ_LIST = re.compile(r"(?<!\w)số\s*:?\s*(?P<list>\d{1,6}(?:\s*,\s*\d{1,6})*)\s*(?:,|và)\s*$", re.IGNORECASE)


def _shared_symbol(text: str, zs: int, spans: list[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """Sequences listed before a number share its symbol ('Quyết định số 9, 10 và 11/QĐ-UBND',
    'các Nghị quyết số 4, 5, 6/COP19'): each is an item of its own, its number the sequence with
    that symbol. Only where 'số' opens the list and nothing but commas or 'và' joins it.
    Returns {start of the sequence: (end, the symbol part to append)}."""
    out: dict[int, tuple[int, str]] = {}
    for s, e in spans:
        m = re.match(r"\d{1,6}(?P<sym>/\S.*)$", text[s:e], re.S)
        if not m:
            continue
        base = max(zs, s - 120)
        seqs = _SEQ_LIST.search(text, base, s)
        if not seqs:
            continue
        for d in re.finditer(r"\d{1,6}", seqs.group("list")):
            a = seqs.start("list") + d.start()
            out[a] = (a + len(d.group()), re.sub(r"\s+", "", m.group("sym")))
    return out


def _bare_ok(text: str, e: int, ze: int) -> bool:
    """A bare sequence is a citation only where a date or an issuer follows it, or the clause ends."""
    return re.match(r"\s*(?:,\s*)?(?:ngày|của)(?!\w)|\s*(?:[;.]|$|\n)", text[e:ze] or "", re.IGNORECASE) is not None


def _head(text: str, zs: int, cs: int, ns: int) -> tuple[int, str | None, tuple[int, int] | None, tuple[int, int] | None, bool]:
    """(start, type, type span, name span, has 'số') of the citation whose number starts at
    ``ns``; the name span is a law's name ('Luật Tổ chức chính quyền địa phương số …')."""
    R = _rules()
    # a named type at the start of the clause: "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14",
    # tried first: its name may hold a type word of its own ("Luật Ban hành văn bản quy phạm pháp
    # luật số 64/2025/QH15" is no "văn bản số …")
    so = re.search(r"(?<!\w)số\s*:?[\s.…_]*$", text[max(zs, cs) : ns], re.IGNORECASE)
    so_start = max(zs, cs) + so.start() if so else ns
    if so:
        for m in R.type_re.finditer(text, max(zs, cs), so_start):
            if m.group().casefold() not in R.named or not m.group()[0].isupper():
                continue
            between = text[m.end() : so_start]
            if ";" in between or NUMBER.search(between) or _dates(between, 0, len(between)):
                continue
            if not between.strip()[:1].isupper():
                continue
            # "Dự án Luật X đã được trình tại Tờ trình số …": the number is the Tờ trình's
            last = re.search(rf"(?:{R.type_re.pattern})\s*$", between, re.IGNORECASE)
            if last and between[last.start()].isupper():
                continue
            # "… của Luật Quy hoạch (Số 37/2019/NĐ-CP …)": a symbol of another type is another
            # document's number
            sym_t = _type_from_symbol(NUMBER.match(text, ns).group() if NUMBER.match(text, ns) else "")[0]
            if sym_t is not None and sym_t != R.no_code and sym_t.casefold() not in R.named:
                continue
            return m.start(), _canon_type(m.group()), (m.start(), m.end()), (m.start(), so_start), True
    win_s = max(zs, cs, ns - 90)
    for m in R.type_re.finditer(text, win_s, ns):
        b = R.between_re.fullmatch(text, m.end(), ns)
        if not b:
            continue
        qual = b.group("qual").split()
        if any(not w.islower() or w.casefold() == "số" for w in qual) or (qual and not b.group("so")):
            continue
        return m.start(), _canon_type(m.group()), (m.start(), m.end()), None, bool(b.group("so"))
    # "… và báo cáo thẩm định của Sở A số …": the sender named between the type word and the
    # number; the citation starts at its type word (a trích yếu before it ends there)
    if so:
        for m in R.type_re.finditer(text, max(zs, cs, ns - 160), so_start):
            if _ISSUER_BEFORE.fullmatch(text, m.end(), ns) and _type_may_open(text, m.start(), cs):
                return m.start(), _canon_type(m.group()), (m.start(), m.end()), None, True
    if so:
        return so_start, None, None, None, True
    return ns, None, None, None, False


def _parse_zone(doc: Document, zs: int, ze: int, zone: str) -> list[_Cite]:
    text = doc.text
    R = _rules()
    bounds = _boundaries(text, zs, ze)
    starts = [b for b, _ in bounds]

    def clause_start(pos: int) -> int:
        return starts[max(0, bisect.bisect_right(starts, pos) - 1)]

    cites: list[_Cite] = []
    fixed = _ocr_repaired(text, zs, ze)
    nums = _numbers(text, zs, ze, fixed)
    shared = _shared_symbol(text, zs, nums)
    taken = {a for a, _b in nums}
    nums = sorted(nums + [(a, b) for a, (b, _sym) in shared.items() if a not in taken])
    for ns, ne in nums:
        cs = clause_start(ns)
        hs, typ, tspan, name, has_so = _head(text, zs, cs, ns)
        c = _Cite(start=hs, end=ne, zone=zone, clause=cs)
        conf = (0.95 if has_so else 0.9) if typ else (0.85 if has_so else 0.75)
        if zone == "narrated":
            conf *= 0.9
        if ns in shared and ns not in taken:
            c.number.set(_canon_number(text[ns:ne] + shared[ns][1]), ns, ne, conf * 0.85, "sequence sharing the next number's symbol")
        elif ns in fixed:
            c.number.set(_canon_number(fixed[ns][1]), ns, ne, conf * 0.7, "number, OCR letters read as figures")
        else:
            c.number.set(_canon_number(text[ns:ne]), ns, ne, conf, "number")
        c.bare = typ is None
        if typ and tspan:
            if typ.casefold() in R.generic:
                sym_t, _, _ = _type_from_symbol(text[ns:ne])
                c.doc_type.set(sym_t or R.no_code, tspan[0], tspan[1], 0.7, "generic type word + symbol")
            else:
                c.doc_type.set(typ, tspan[0], tspan[1], 0.95, "type word")
                c.type_from_text = True
        if name:
            c.title.set(_clean_title(text[name[0] : name[1]]), name[0], name[1], 0.8, "law name")
        cites.append(c)

    for k, c in enumerate(cites):
        lim = cites[k + 1].start if k + 1 < len(cites) else ze
        _tail(text, c, lim, ze)
        _around(text, c)
        _row_cells(text, c)
    _shared_tai(text, cites)
    _groups(text, cites)
    _one_sender_code(text, cites)
    for c in cites:
        if c.doc_type.value is None:
            t, a, b = _type_from_symbol(c.number.value or "")
            if t:
                c.doc_type.set(t, c.number.start + a, c.number.start + b, 0.5 if t == R.no_code else 0.7, "symbol")
    if zone == "narrated":
        cites = [c for c in cites if not _told_as_history(text, c) and not _in_past_step_note(text, c)]
    if zone in ("narrated", "preamble"):
        cites = [c for c in cites if not _referred_rule(text, c)]
    if zone == "preamble":
        # a header-less text whose opening narration was taken for its preamble: a paragraph
        # that tells of a report or submission ("Ngày …, Ủy ban … đã có Báo cáo số …") is history
        # as in narrated grounds; a clause after ';' goes on with the ground before it
        kinds = dict(bounds)
        cites = [c for c in cites if kinds.get(c.clause) == ";" or not _told_as_history(text, c)
                 or not _history_told(text, c.clause, c.start)]
        enact = _enacting_at(text, zs, ze, bounds)
        for c in cites:
            if enact is not None and c.start >= enact and R.enact_amend.search(text, enact, c.start):
                c.zone = "enacted"  # no item; it may still complete a ground's date or issuer
    quoted = _quoted_passages(text, zs, ze)
    if quoted:
        cites = [c for c in cites if not any(a <= c.number.start < b for a, b in quoted)]
    cites = [c for c in cites if not _attached_to(text, c) and not _in_alias(text, c)]
    if zone in ("preamble", "section"):
        cites = _before_requests(text, zs, ze, bounds, cites)
        cites.extend(_unnumbered(text, zs, ze, bounds, cites))
        cites.extend(_article_named(text, zs, ze, bounds, cites))
        cites.extend(_amending_lists(text, zs, ze, cites))
    if zone in ("preamble", "narrated", "section"):
        cites.extend(_purpose_named(text, zs, ze, bounds, cites))
    if zone in ("preamble", "narrated"):
        cites.extend(_sitting_resolutions(text, zs, ze, bounds, cites))
    cites.sort(key=lambda c: c.start)
    _head_issuer(text, cites)
    _narrated_head(text, bounds, cites)
    _heard_reporter(text, cites)
    _narrated_and(text, cites)
    _trailing_issuer(text, cites)
    return cites


_TYPE_NOUN_BEFORE = re.compile(r"(?i:tờ)\s+$")


def _history_told(text: str, a: int, b: int) -> bool:
    """A verb that tells a paper's history ("đã có", "trình", "gửi") in ``text[a:b]`` — not the
    "trình" of the type noun "Tờ trình" ("… báo cáo đề xuất … (theo Tờ trình số …)")."""
    return any(not _TYPE_NOUN_BEFORE.search(text, max(a, m.start() - 6), m.start())
               for m in _rules().history_verb.finditer(text, a, b))


def _in_alias(text: str, c: _Cite) -> bool:
    """'… Đề án phát triển … (gọi tắt là Đề án 06/CP)': the short name a bracket gives the
    document cited before it is no citation of its own ([title] alias_parens)."""
    open_at = text.rfind("(", max(0, c.start - 40), c.start)
    if open_at < 0 or ")" in text[open_at : c.start]:
        return False
    return _rules().alias_paren.match(text, open_at) is not None


_GENERIC_TAIL = re.compile(r"\s+(?:và|cùng)\s+(?:các\s+)?(?:văn\s+bản|quy\s+định|nghị\s+định|thông\s+tư)(?:\s+(?:hướng\s+dẫn|quy\s+phạm|có\s+liên\s+quan|liên\s+quan|pháp\s+luật|thi\s+hành))")
_AND_END = re.compile(r"\svà\s*$")


_LIST_GAP = re.compile(r"\s*(?:[;,]|và)\s*(?:và\s+)?$")


def _narrated_and(text: str, cites: list[_Cite]) -> None:
    """'Bộ Y tế có Công văn số A … và Công văn số B …': a citation joined by "và" to one whose
    issuer is the narrated sentence's subject was issued by that subject too (same clause, no
    sentence end between); 'Xét đề nghị của X tại các Công văn số A …; Công văn số B … và Công
    văn số C …': each paper of the plural list the sender heads is the sender's."""
    for prev, c in zip(cites, cites[1:], strict=False):
        if c.issuer.value is not None or prev.issuer.value is None:
            continue
        between = text[prev.end : c.start]
        if prev.issuer.rule == "narrated subject":
            if c.clause != prev.clause or re.search(r"[.;]\s", between) or not _AND_END.search(between):
                continue
        elif prev.issuer.rule in ("của <issuer> tại <citation>", "<sender> tại <citation>", "listed sender"):
            if not _LIST_GAP.match(between) or c.doc_type.value != prev.doc_type.value:
                continue
        else:
            continue
        c.issuer.set(prev.issuer.value, prev.issuer.start, prev.issuer.end, prev.issuer.conf * 0.9,
                     "narrated subject" if prev.issuer.rule == "narrated subject" else "listed sender")


@cache
def _amending_re() -> re.Pattern[str]:
    r = load_rules("citations")["types"]
    return re.compile(rf"(?:{_alt(r['named'])})\s+(?:{_alt(r.get('amending', []))})(?!\w)[^;:()\n]{{0,120}}?\s+của\s+",
                      re.IGNORECASE)


def _amending_lists(text: str, zs: int, ze: int, cites: list[_Cite]) -> list[_Cite]:
    """An amending law whose title lists several laws it amends by number ('Luật sửa đổi, bổ
    sung … của Luật A số …, Luật B số … và Luật C số … ngày …'): the numbers are the amended
    laws', the date after the last is the amending law's own — an item by name and date; the
    numbered laws keep their own names and no date. With one number only, the number is the
    amending law's own (the common way to cite it) and nothing changes."""
    R = _rules()
    out: list[_Cite] = []
    for m in _amending_re().finditer(text, zs, ze):
        if not text[m.start()].isupper() or any(c.number.value is None and c.start == m.start() for c in cites):
            continue
        stop = re.compile(r"[;\n]").search(text, m.end(), ze)
        lim = stop.start() if stop else ze
        inner = [c for c in cites if c.number.value is not None and m.end() <= c.number.start < lim]
        if len(inner) < 2:
            # "Luật sửa đổi … của Luật A số … ngày …": one number is the amending law's own
            continue
        last = inner[-1]
        d = _date_at(text, last.number.end, lim)
        if d is None or last.date.value is None or last.date.start != d.start:
            continue
        # every amended law is named by a type word before its number, nothing else in between
        if not R.type_re.match(text, m.end(), lim) or not text[m.end()].isupper():
            continue
        name = _clean_title(text[m.start() : last.number.end])
        if not name:
            continue
        c = _Cite(start=m.start(), end=d.end, clause=last.clause)
        t = R.type_re.match(text, m.start(), m.end())
        if t:
            c.doc_type.set(_canon_type(t.group()), t.start(), t.end(), 0.9, "type word")
            c.type_from_text = True
        c.title.set(name, m.start(), last.number.end, 0.7, "amending law listing the laws it amends")
        c.date.set(d.iso, d.start, d.end, 0.85, "date after the amended laws")
        c.number.conf = 0.7
        last.date = _Val()
        first = inner[0]
        if first.title.value and first.title.start < m.end() <= first.title.end:
            first.title.set(_clean_title(text[m.end() : first.title.end]), m.end(), first.title.end,
                            first.title.conf, first.title.rule + " (amended law)")
        out.append(c)
    return out


def _attached_to(text: str, c: _Cite) -> bool:
    """'(Kèm theo Quyết định số … của …)' under a title, at a line start or in a parenthesis:
    the document this text is an annex of, not a ground of it ('Căn cứ Quy chế ban hành kèm
    theo Quyết định số …' inside a sentence still cites that decision)."""
    return _rules().attached_re.search(text, max(0, c.start - 40), c.start) is not None


_QUOTE_OPEN = re.compile(r":\s*[“\"]")


def _quoted_passages(text: str, zs: int, ze: int) -> list[tuple[int, int]]:
    """Passages quoted after a colon ('Khoản 2 Điều 3 của Thông tư số … quy định: “… theo Nghị
    định số …”'): another document's own words, whose citations are that document's grounds,
    not this one's. A name quoted without a colon ('ban hành “Quy chế …”') is no passage."""
    out: list[tuple[int, int]] = []
    for m in _QUOTE_OPEN.finditer(text, zs, ze):
        e = text.find('"', m.end(), ze)
        if m.group().endswith("“"):
            # closed by "”", or by a straight mark where the typist mixed them ("“… cụ thể";")
            c = text.find("”", m.end(), ze)
            e = c if c >= 0 and (e < 0 or c < e) else e
        out.append((m.end(), ze if e < 0 else e))
    return out


def _head_issuer(text: str, cites: list[_Cite]) -> None:
    """'Căn cứ các Thông tư của Bộ X: số …, số …': the issuer named in a plural list head is the
    issuer of the items of that type in its clause that name none."""
    R = _rules()
    done: set[int] = set()
    for c in cites:
        cs = c.clause
        if cs in done:
            continue
        done.add(cs)
        # "Căn cứ các Nghị định của …", also a ';' clause that goes on with one ("…; các Quyết
        # định của Bộ trưởng … (số …, số …)")
        o = R.opener_re.match(text, cs) or re.compile(r"[\s*_\-+•–]*").match(text, cs)
        h = re.compile(r"[\s*_]*các\s+", re.IGNORECASE).match(text, o.end()) if o else None
        t = R.type_re.match(text, h.end()) if h else None
        m = re.compile(r"\s+của\s+").match(text, t.end()) if t else None
        if not t or not m:
            continue
        # the list opens at a colon or, without one ("Căn cứ các Công văn của Bộ Tài chính số
        # 3910/…, số 367/…"), at its first number
        first = next((d for d in cites if d.clause == cs and d.start >= m.end()), None)
        colon = text.find(":", m.end(), min(m.end() + 200, first.start if first else len(text)))
        if colon < 0:
            if first is None or first.start - m.end() > 200:
                continue
            colon = first.start
        iss = _issuer_run(text, m.end(), colon)
        if iss is None:
            continue
        typ = _canon_type(t.group()).casefold()
        name = expand_abbreviations(clean_value(text[iss[0] : iss[1]]))
        # the list runs over the ';' clauses that follow, up to the next ground opener
        stop = min((d.clause for d in cites if d.clause > cs and R.opener_re.match(text, d.clause)), default=len(text))
        for d in cites:
            # "các văn bản của X: Kế hoạch số …; Công văn số …": a generic head covers every type
            same = typ in R.generic or (d.doc_type.value or "").casefold() == typ
            if cs <= d.clause < stop and d.issuer.value is None and d.start >= colon and same:
                d.issuer.set(name, iss[0], iss[1], 0.7, "list head issuer")


def _narrated_head(text: str, bounds: list[tuple[int, str]], cites: list[_Cite]) -> None:
    """'Bộ X đã ban hành các Thông tư về …, cụ thể:⏎- Thông tư số …;⏎- Thông tư số ….': a list
    headed by a narrated sentence whose subject issued "các <Type>" takes that subject as the
    issuer of its items of that type that name none, up to the sentence's end."""
    for cs in sorted({c.clause for c in cites}):
        first = next(c for c in cites if c.clause == cs)
        ws = cs
        before = text[max(0, cs - 400) : cs].rstrip()
        if before.endswith(":"):
            # a zone that opens at the list: its head is the sentence before the colon
            colon0 = max(0, cs - 400) + len(before) - 1
            ws = max(text.rfind(". ", 0, colon0), text.rfind(".\n", 0, colon0), text.rfind("\n\n", 0, colon0),
                     text.rfind(";", 0, colon0), max(0, cs - 400)) + 1
            while ws < cs and text[ws] in " \t\n":
                ws += 1
        m = _narrated_head_re().match(text, ws, first.start)
        if not m:
            continue
        subj = m.group("subj").strip()
        if not (subj[:1].isupper() and (starts_with_org_head(subj) or _starts_position(subj))):
            continue
        colon = text.find(":", m.end(), first.start)
        if colon < 0 or text[colon + 1 : first.start].strip(" \t\n-+•–*") :
            continue  # the list opens at a colon, its first item right after it
        stop = next((b for b, k in bounds if b > colon and k in (".", "blank")), len(text))
        typ = _canon_type(m.group("t")).casefold()
        s = ws + len(m.group("lead"))
        e = s + len(m.group("subj").rstrip())
        for d in cites:
            if colon < d.start < stop and d.issuer.value is None and (d.doc_type.value or "").casefold() == typ:
                d.issuer.set(expand_abbreviations(clean_value(text[s:e])), s, e, 0.65, "narrated list head")


@cache
def _heard() -> re.Pattern[str]:
    """"… họp nghe Đảng ủy A báo cáo đề xuất … (theo Tờ trình số …)": the body heard reporting."""
    z = load_rules("citations")["zone"]
    return re.compile(rf"(?<!\w)(?:{_alt(z['heard'])})\s+(?:(?:{_alt(z['heard_of'])})\s+)?"
                      rf"(?P<body>[A-ZĐÀ-Ỹ][^,;:()]{{2,80}}?)\s+(?:{_alt(z['heard_reports'])})(?!\w)")


def _heard_reporter(text: str, cites: list[_Cite]) -> None:
    """A submission or report cited in brackets after the sitting heard its author ("Thường trực
    … họp nghe Đảng ủy A báo cáo đề xuất … (theo Tờ trình số …)") has that author for issuer."""
    for c in cites:
        if c.issuer.value is not None or c.number.value is None:
            continue
        if (c.doc_type.value or "").casefold() not in _rules().history_types:
            continue
        open_at = text.rfind("(", c.clause, c.start)
        if open_at < 0 or text.find(")", open_at, c.start) >= 0:
            continue  # (only a citation in brackets after what was heard)
        heard = list(_heard().finditer(text, c.clause, open_at))
        m = heard[-1] if heard else None
        if m is None or not starts_with_org_head(m.group("body")):
            continue
        body = m.group("body").strip()
        c.issuer.set(expand_abbreviations(clean_value(body)), m.start("body"), m.start("body") + len(body), 0.6,
                     "the body heard reporting")


@cache
def _narrated_head_re() -> re.Pattern[str]:
    R = _rules()
    verbs = _alt(load_rules("citations")["issuer"]["narrated_verbs"])
    return re.compile(
        rf"(?P<lead>[\s\-+•]*(?:(?:[Vv]ào\s+)?[Nn]gày\s+[^,;]{{4,40}}?\s*,\s*)?)(?P<subj>[^,;:()]{{2,160}}?)\s+"
        rf"(?:{verbs})\s+các\s+(?P<t>{R.type_re.pattern})"
    )


def _trailing_issuer(text: str, cites: list[_Cite]) -> None:
    """'Căn cứ Hiến pháp …, Luật A …, Luật B … của Quốc hội;': an issuer stated once after the
    last document of a ground clause is the issuer of the earlier ones of that clause that have
    none — documents of the same type, or all cited by name (Hiến pháp, Luật, …)."""
    R = _rules()
    by_clause: dict[int, list[_Cite]] = {}
    for c in cites:
        by_clause.setdefault(c.clause, []).append(c)
    _across_semicolon(text, by_clause)
    _sender_across_semicolon(text, by_clause)
    for members in by_clause.values():
        for k, inner in enumerate(members[1:-1], 1):
            # one named inside an earlier one's trích yếu, not the clause's last, with a list
            # of its own before it ("… bãi bỏ Quyết định số A … và Quyết định số B … của Z
            # quy định … và báo cáo … số C"): its issuer is the list's, as for a last one
            if inner.issuer.value is not None and inner.issuer.rule == "của <issuer>" and any(
                    c.title.value is not None and c.title.start <= inner.start < c.title.end for c in members[:k]):
                _share_inside_title(text, members[:k], inner)
        last = members[-1]
        if len(members) < 2 or last.issuer.value is None or last.issuer.rule != "của <issuer>":
            continue
        if any(c.title.value is not None and c.title.start <= last.start < c.title.end for c in members[:-1]):
            _share_inside_title(text, members[:-1], last)
            continue
        lt = (last.doc_type.value or "").casefold()
        for c in members[:-1]:
            t = (c.doc_type.value or "").casefold()
            # a numbered document with its own trích yếu ends its own citation: "của …" after a
            # later one is that one's
            if c.number.value is not None and c.title.value is not None:
                continue
            if c.issuer.value is None and (t == lt or (t in R.named and lt in R.named)):
                i = last.issuer
                c.issuer.set(i.value, i.start, i.end, 0.7, "issuer after the list")


# "… được sửa đổi, bổ sung bởi Nghị định số A …": the documents after it amend the one before
_AMENDED_BY = re.compile(r"(?:sửa đổi|bổ sung|thay thế)[\s,]*(?:bởi|theo|tại)\s*$", re.IGNORECASE)


def _share_inside_title(text: str, before: list[_Cite], last: _Cite) -> None:
    """``last`` is named inside an earlier citation's trích yếu: only those joined to it there
    share its issuer ("… được sửa đổi bởi Nghị định số A và Nghị định số B của Chính phủ").
    Where the list is an amendment note and ``last`` goes on with a trích yếu of its own ("…
    bởi Nghị định số A ngày … và Nghị định số B ngày … của Chính phủ về …"), ``last`` is a
    ground of its own after the note, and its "của …" is no issuer of the note's document."""
    lt = (last.doc_type.value or "").casefold()
    run: list[_Cite] = []
    nxt = last
    for c in reversed(before):
        if c.end > nxt.start or not re.fullmatch(r"[\s,]*(?:và|hoặc)?[\s,]*", text[c.end : nxt.start]):
            break  # not joined to it (the one whose trích yếu holds the list ends after it)
        run.append(c)
        nxt = c
    if run and last.title.value is not None and last.title.start >= last.issuer.end \
            and _AMENDED_BY.search(text, max(0, nxt.start - 40), nxt.start):
        return
    for c in run:
        if c.issuer.value is None and c.title.value is None and (c.doc_type.value or "").casefold() == lt:
            i = last.issuer
            c.issuer.set(i.value, i.start, i.end, 0.7, "issuer after the list")


def _across_semicolon(text: str, by_clause: dict[int, list[_Cite]]) -> None:
    """'Căn cứ Quyết định số 01/X; Quyết định số 9/Y, … của Z;': a bare citation (no date,
    issuer or trích yếu) ending its clause at ';', where the next clause goes on with a citation
    of the same type without an opener, shares the issuer stated at the end of that clause."""
    R = _rules()
    keys = sorted(by_clause)
    for a, b in zip(keys, keys[1:], strict=False):
        prev, nxt = by_clause[a], by_clause[b]
        last = nxt[-1]
        if last.issuer.value is None or last.issuer.rule != "của <issuer>":
            continue
        if not re.fullmatch(r"\s*;\s*", text[prev[-1].end : b]) or R.opener_re.match(text, b, nxt[0].start + 1):
            continue
        typ = (nxt[0].doc_type.value or "").casefold()
        for c in prev:
            if c.issuer.value is None and c.date.value is None and c.title.value is None \
                    and (c.doc_type.value or "").casefold() == typ:
                i = last.issuer
                c.issuer.set(i.value, i.start, i.end, 0.6, "issuer after the list")


_SENDER_RULES = frozenset({"của <issuer> tại <citation>", "<sender> tại <citation>"})


def _sender_across_semicolon(text: str, by_clause: dict[int, list[_Cite]]) -> None:
    """'Theo đề nghị của X tại Tờ trình số A ngày …; Văn bản số B ngày … về …': the papers a
    proposal lists after ';', each clause opening with its type word (no opener of its own),
    come from the sender named before the first."""
    R = _rules()
    keys = sorted(by_clause)
    for a, b in zip(keys, keys[1:], strict=False):
        first = by_clause[a][0]
        if first.issuer.rule not in _SENDER_RULES or first.issuer.value is None:
            continue
        if not re.fullmatch(r"[^;]*;\s*", text[by_clause[a][-1].end : b]):
            continue
        c = by_clause[b][0]
        # the clause opens with the citation's own type word ("Văn bản số …"), nothing before it
        if c.issuer.value is not None or text[b : c.start].strip(" \t\n-+•–*") or not R.type_re.match(text, c.start):
            continue
        i = first.issuer
        c.issuer.set(i.value, i.start, i.end, 0.6, "sender before the list")


def _enacting_at(text: str, zs: int, ze: int, bounds: list[tuple[int, str]]) -> int | None:
    """Where the enacting sentence that closes a preamble names what it enacts ("…, Bộ trưởng Bộ
    X ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số …"): the document it amends
    is its subject matter, not a ground. The subject (a body or a position) stands at a clause
    start or after a comma, the type word after the verb carries no number of its own, and no
    ground clause follows."""
    R = _rules()
    for m in reversed(list(_ENACT.finditer(text, zs, ze))):
        t = R.type_re.match(text, m.end())
        if not t or not text[t.start()].isupper() or _cites_at(text, t.start()):
            continue
        cs = max((b for b, _k in bounds if b <= m.start()), default=zs)
        lead = text[cs : m.start()]
        subj_at = lead.rfind(",") + 1 if "," in lead else 0
        o = R.opener_re.match(text, cs, m.start())
        if subj_at == 0 and o and o.group().strip(" -+•–*:"):
            continue  # "Căn cứ Quyết định … ban hành Quy chế …": a trích yếu, not the enactment
        subj = text[cs + subj_at : m.start()].strip()
        if not subj[:1].isupper() or re.search(r"\d", subj) or not (starts_with_org_head(subj) or _starts_position(subj)):
            continue
        if any(b > m.end() and R.opener_re.match(text, b, ze) and _opens_ground(text[b:ze]) for b, _k in bounds):
            continue
        return t.start()
    return None


_ENACT = re.compile(r"(?<=\S)\s+ban hành\s+")


def _told_as_history(text: str, c: _Cite) -> bool:
    """A submission or report in narrated grounds whose clause does not open with a ground
    opener: what happened before the letter, not what it rests on."""
    if (c.doc_type.value or "").casefold() not in _rules().history_types:
        return False
    kind = c.doc_type.value or ""
    if re.search(rf"{_considered_alt()}\s+(?:các\s+)?{re.escape(kind)}(?!\w)", text[c.clause : c.start], re.IGNORECASE):
        # "… xem xét Tờ trình của … (Tờ trình số …)": what the sitting considered (its number
        # maybe given after, in brackets) is the conclusion's ground
        return False
    return _rules().ground_open.match(text, c.clause) is None


@cache
def _considered_alt() -> str:
    return rf"(?<!\w)(?:{_alt(load_rules('citations')['zone'].get('considered', []))})"


@cache
def _past_step_re() -> re.Pattern[str]:
    notes = load_rules("citations")["zone"].get("past_step_notes", [])
    return re.compile(rf"\(\s*(?:{_alt(notes)})(?!\w)", re.IGNORECASE)


@cache
def _referred_re() -> re.Pattern[str]:
    words = load_rules("citations")["zone"].get("referred_rule", [])
    return re.compile(rf"(?:{_alt(words)})\s*$", re.IGNORECASE)


def _referred_rule(text: str, c: _Cite) -> bool:
    """A document cited as the rule an act is measured by ("… theo quy định tại Thông tư số
    …") in a clause no ground opener opens: the story refers to it, the letter rests on others."""
    if _rules().ground_open.match(text, c.clause) is not None:
        return False
    return _referred_re().search(text, max(c.clause, c.start - 40), c.start) is not None


def _in_past_step_note(text: str, c: _Cite) -> bool:
    """A citation inside a parenthesis of narrated grounds that tells a step already taken
    ('(đã gửi … kèm theo công văn số … đến Bộ A)'): the vehicle of that step, no ground."""
    open_at = text.rfind("(", max(c.clause, c.number.start - 200), c.number.start)
    if open_at < 0 or ")" in text[open_at : c.number.start] or "\n" in text[open_at : c.number.start]:
        return False
    return _past_step_re().match(text, open_at) is not None


def _before_requests(text: str, zs: int, ze: int, bounds: list[tuple[int, str]], cites: list[_Cite]) -> list[_Cite]:
    """Drop what a sentence asks for after its grounds: in 'Thực hiện Công văn số …, Sở đề nghị
    các đơn vị thực hiện theo Hướng dẫn số …' the second document is not a ground."""
    R = _rules()
    cuts: list[tuple[int, int]] = []
    for m in re.finditer(r",\s+(?=[^\W\d_])", text[zs:ze]):
        p = zs + m.end()
        subj_end = R.request_subject.match(text, p, ze)
        if not subj_end:
            continue
        subj = text[p : subj_end.end()]
        if re.match(r"\s+\S+(?:\s+\S+)?\s+tại\s", text[subj_end.end() : subj_end.end() + 30]):
            continue  # "… đề nghị tại Tờ trình số …": the proposal is itself a ground
        if re.search(rf"{_considered_alt()}(?!\w)", subj, re.IGNORECASE):
            continue  # "Thường trực … họp nghe Đảng ủy A báo cáo đề xuất …": a proposal heard, no request
        if subj[:1].isupper() and (starts_with_org_head(subj) or _starts_position(subj)):
            stop = next((b for b, k in bounds if b > p and k in (".", "blank")), ze)
            cuts.append((subj_end.end(), stop))
    if not cuts:
        return cites
    return [c for c in cites if not any(a <= c.start < b for a, b in cuts)]


# "của" before an issuer, also as OCR damages its marks ("cùa", "cúa", "cua")
_OF = re.compile(r"[\s,]*c[uủùúũụ][aảàáãạ]\s+")
# "tại văn bản số …", "tại Thông báo số …": a paper cited right after a sender
_SENDS_NEXT = re.compile(r"\s*,?\s+tại\s+(?:các\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+(?:số|s[ốố]:)\s*\d", re.IGNORECASE)
_BY = re.compile(r"[\s,]*do\s+(?=[A-ZĐÀ-Ỹ])")
_BETWEEN = re.compile(r"[\s,]*giữa\s+(?=[A-ZĐÀ-Ỹ])")
_ISSUED = re.compile(r"\s+(?:ban hành|ký ban hành|ký|phát hành)(?!\w)")
_GARBLED_DATE = re.compile(
    r"[\s,]*(?:ban hành\s+)?ngày[\s\d/.\-]*(?:(?:tháng|năm)[\s\d/.\-]*){0,4}(?=[\s,]*của\s)", re.IGNORECASE
)


def _tail(text: str, c: _Cite, lim: int, ze: int) -> None:
    """Date, issuer and trích yếu after the number, in the order of a full citation."""
    R = _rules()
    pos = c.number.end
    d = _date_at(text, pos, lim)
    if d:
        c.date.set(d.iso, d.start, d.end, 0.95, "date after number")
        pos = d.end
    else:
        # a date the text garbled ("ngày 15 tháng 9 tháng 2022") still stands before the issuer
        g = _GARBLED_DATE.match(text, pos, lim)
        if g:
            pos = g.end()
    iss: tuple[int, int] | None = None
    sess = R.session_re.match(text, pos, lim)
    m = _OF.match(text, sess.end() if sess else pos, lim)
    if m is None and _JOINT_TYPE.search(text, c.start, c.number.start):
        # "Thông tư liên tịch số … ngày … giữa Bộ A, Bộ B, …": a joint document's issuers
        m = _BETWEEN.match(text, pos, lim)
    by = _BY.match(text, pos, lim) if not m else None
    by_end = None
    if m and m.end() < lim:
        # "… của đồng chí Chủ tịch UBND tỉnh Nguyễn Văn A": the honorific and the person's name
        # are no part of the issuing position
        h = _honorific().match(text, m.end(), lim)
        iss = _issuer_run(text, h.end() if h else m.end(), lim)
        if iss and (h or _starts_position(text[iss[0] : iss[1]])):
            p = _person_tail().search(text, iss[0], iss[1])
            if p and p.start() > iss[0]:
                iss = (iss[0], p.start())
        conf = 0.85
    elif by and (run := _issuer_run(text, by.end(), lim)) and _ISSUED.match(text, run[1], lim):
        # "… ngày 02/3/2025 do Ủy ban nhân dân tỉnh ban hành": the issuer named as the agent
        iss = run
        conf = 0.8
        by_end = _ISSUED.match(text, run[1], lim).end()
    elif sess or d:
        # "ngày 16/6/2022 Kỳ họp thứ 3, Quốc hội khóa XV": an issuer without "của"
        p = re.compile(r"[ \t]*").match(text, sess.end() if sess else pos).end()
        if p < lim and text[p].isupper() and starts_with_org_head(text[p:lim]):
            iss = _issuer_run(text, p, lim)
            conf = 0.7
    if iss and m and "," in m.group(0) and _SENDS_NEXT.match(text, iss[1]):
        # "… số 99-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn bản số 213-KL/TW …": after a
        # comma, the sender of the next paper cited ("của X tại <paper> số …"), not this one's
        iss = None
    if iss:
        c.issuer.set(expand_abbreviations(clean_value(text[iss[0] : iss[1]])), iss[0], iss[1], conf,
                     "do <issuer> ban hành" if by_end else "của <issuer>")
        pos = by_end or iss[1]
        if c.date.value is None and not d:
            d2 = _date_at(text, pos, lim)
            if d2 and _opens_narration(text, d2.end, lim):
                d2 = None  # "… của Chính phủ, ngày 02/4/2026 Bộ trưởng Bộ X ban hành …": the next one's
            if d2:
                c.date.set(d2.iso, d2.start, d2.end, 0.9, "date after issuer")
                pos = d2.end
    p = re.compile(r"[\s,]*").match(text, pos).end()
    # a trích yếu opens with a cue ("về việc …"), or — right after an issuer — with a capitalised
    # type word ("… của Văn phòng Chính phủ Kết luận của Thủ tướng …")
    typed = iss is not None and p < lim and text[p].isupper() and R.type_re.match(text, p, lim) is not None
    # "… của Bộ Tài chính tham gia ý kiến về …": the issuer's name ended at its verb, which opens
    # the trích yếu
    # ("… của UBND tỉnh và Kế hoạch số …": a conjunction joins the next citation, no verb)
    verb = (
        iss is not None and p == iss[1] + 1 and p < lim and text[p].islower() and not R.issuer_stop.match(text, p)
        and not _CONJUNCTION.match(text, p)
    )
    # a capitalised ground opener after a break or a comma starts the next ground, not this
    # citation's trích yếu ("… ngày 05/01/2025,⏎Thực hiện …", lines the normalizer joined)
    next_ground = (
        p < lim and text[p].isupper() and any(ch in text[pos:p] for ch in ",\n") and R.ground_open.match(text, p) is not None
    )
    if p < lim and not next_ground and (R.title_cue.match(text, p) or typed or verb) and c.title.value is None:
        te = _title_end(text, p, ze)
        t = _clean_title(text[p:te])
        if t:
            c.title.set(t, p, te, 0.75, "trích yếu")
            pos = te
    if c.date.value is None and c.issuer.value is None and c.title.value is None:
        pos = max(pos, _title_first(text, c, lim))
    c.end = max(c.end, pos)


# the trích yếu written right after the number, in small letters, then the date
_TITLE_FIRST = re.compile(r"[ \t]+(?!(?:và|của|hoặc|ngày|tại|số|kèm|được)(?!\w))(?P<t>[a-zà-ỹđ][^;:\n()]{2,200}?)[\s,]+(?=ngày\s*\d)")


def _title_first(text: str, c: _Cite, lim: int) -> int:
    """'Căn cứ Công văn số 49/TVTT thay đổi quy định về phí phục vụ ngày 25/4/2017, của Giám đốc
    …': the trích yếu first, then the date and the issuer — the order of a citation typed from
    memory. Where the citation then ends (``c.number.end`` when it is not so written)."""
    m = _TITLE_FIRST.match(text, c.number.end, lim)
    d = _date_at(text, m.end(), lim) if m else None
    if m is None or d is None:
        return c.number.end
    c.title.set(_clean_title(m.group("t")), m.start("t"), m.end("t"), 0.6, "trích yếu before the date")
    c.date.set(d.iso, d.start, d.end, 0.85, "date after the trích yếu")
    end = d.end
    o = _OF.match(text, d.end, lim)
    iss = _issuer_run(text, o.end(), lim) if o else None
    if iss is not None:
        c.issuer.set(expand_abbreviations(clean_value(text[iss[0] : iss[1]])), iss[0], iss[1], 0.75, "của <issuer>")
        end = iss[1]
    return end


_CONJUNCTION = re.compile(r"(?:và|hoặc|cùng)(?!\w)")


def _mask_name_commas(text: str, s: int, e: int) -> str:
    """text[s:e] with the commas inside known names (pipeline.bodies, citations.toml [issuer]
    known_names) replaced by a space-like mark of the same length."""
    if "," not in text[s:e]:
        return text[s:e]  # no comma to mask: the names need not be found
    spans = list(bodies.protected_spans(text, s, e))
    for m in re.finditer(r"(?<!\w)(?=[A-ZĐÀ-Ỹ])", text[s:e]):
        k = _known_name(text, s + m.start(), e)
        if k:
            spans.append((s + m.start(), k))
    if not spans:
        return text[s:e]
    chars = list(text[s:e])
    for a, b in spans:
        for i in range(max(a, s), min(b, e)):
            if chars[i - s] == ",":
                chars[i - s] = "\u00b7"
    return "".join(chars)


def _opens_narration(text: str, pos: int, lim: int) -> bool:
    """Whether a body or a position, the subject of a narrated ground, follows a date at ``pos``
    without a comma ("ngày 02/4/2026 Bộ trưởng Bộ X đã ban hành …"): the date is that ground's."""
    m = re.compile(r"[ \t\n]+(?=[A-ZĐ])").match(text, pos, lim)
    if not m:
        return False
    rest = text[m.end() : min(lim, m.end() + 160)]
    return bool(starts_with_org_head(rest) or _starts_position(rest)) and _narrated_verb().search(rest) is not None


@cache
def _narrated_verb() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{_alt(load_rules('citations')['issuer']['narrated_verbs'])})\s")


# "tại" before a city or province by its level and name: the seat a body's name includes
_SEATED_AT = re.compile(r"tại\s+(?:[Tt]hành\s+phố|TP\.?|[Tt]ỉnh)\s+[A-ZĐÀ-Ỹ]")


# a department's code before its body's name: "C04 - Bộ Công an", "A05 – Công an tỉnh"
_UNIT_CODE = re.compile(r"[A-ZĐ]{1,4}\d{1,3}[A-Z]?\s*[-–]\s*(?=[A-ZĐÀ-Ỹ])")


def _uncoded(part: str) -> str:
    """A narrated subject's part without the department code it opens with."""
    part = part.strip()
    m = _UNIT_CODE.match(part)
    return part[m.end() :] if m else part


_NEXT_SENDER = re.compile(r"\stại\s[^;]*?(?:,|\svà)\s+")
_ABBR_IN_BRACKETS = r"\([A-ZĐ]{2,10}\)"  # "(UBND)": the abbreviation a text defines, in brackets
_DEFINED_ABBR = re.compile(rf"\s*{_ABBR_IN_BRACKETS}")


def _around(text: str, c: _Cite) -> None:
    """Issuer (and date) stated before the citation: 'Theo đề nghị của X tại Tờ trình số …',
    'Ngày 01/7/2025, Bộ Tài chính ban hành Thông tư số …'."""
    R = _rules()
    prefix = text[c.clause : c.start]
    _paren_sender(text, c)
    if c.issuer.value is None:
        _issuer_before_number(text, c)
    if c.issuer.value is None:
        _sender_before_tai(text, c)
    if c.issuer.value is None:
        for m in reversed(list(re.finditer(r"(?<!\w)của\s+", prefix))):
            tail = prefix[m.end() :]
            # (an abbreviation the text defines in brackets may stand inside the name: "Đảng ủy
            # Ủy ban nhân dân (UBND) tỉnh tại Công văn số …")
            t = re.fullmatch(rf"(?P<iss>(?:[^;:()]|{_ABBR_IN_BRACKETS}){{2,120}}?)\s*,?\s+tại(?:\s+các)?\s*", tail, re.S)
            if t and t.group("iss")[:1].isupper():
                s = c.clause + m.end()
                e = s + len(t.group("iss"))
                # "của A tại Công văn số …, B tại Tờ trình số …": the sender named last, after the
                # first sender's own citation, is this one's
                for sm in _NEXT_SENDER.finditer(text, s, e):
                    if starts_with_org_head(text[sm.end() : e]) or _starts_position(text[sm.end() : e]):
                        s = sm.end()
                name = _DEFINED_ABBR.sub("", text[s:e])
                c.issuer.set(expand_abbreviations(clean_value(name)), s, e, 0.75, "của <issuer> tại <citation>")
            break
    if c.issuer.value is None:
        _listed_issuer(text, c)
    if c.issuer.value is None:
        _passive_agent(text, c)
    if c.issuer.value is None:
        _paren_identified(text, c)
    if c.issuer.value is not None and c.date.value is not None:
        return
    # the narration opens the clause, or follows a comma inside it ("Triển khai Nghị định số …
    # của Chính phủ, ngày … Bộ trưởng Bộ X đã ban hành Thông tư số …")
    m, base = None, c.clause
    # a comma inside a known name ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, …",
    # "Bộ Văn hóa, Thể thao và Du lịch") is no clause edge: masked (same length)
    prefix = _mask_name_commas(text, c.clause, c.start)
    for at in [0, *(k + 1 for k, ch in enumerate(prefix) if ch == ",")]:
        n = R.narrated_re.match(prefix[at:])
        subj = n.group("subj").strip() if n else ""
        if n and subj[:1].isupper() and all(
                p[:1].isupper() and (starts_with_org_head(p) or _starts_position(p)) for p in map(_uncoded, subj.split(","))):
            m, base = n, c.clause + at
            break
    if m is None:
        if c.date.value is None and (at := _DATED_AT.search(prefix)) is not None:
            # "Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP …": the day the paper gave its word
            ds = _dates(text, c.clause + at.start("d"), c.clause + at.end("d"))
            if ds and ds[0].iso:
                c.date.set(ds[0].iso, ds[0].start, ds[0].end, 0.75, "narrated date before tại")
        return
    if c.issuer.value is None:
        s = base + m.start("subj")
        e = s + len(m.group("subj").rstrip())
        c.issuer.set(expand_abbreviations(clean_value(text[s:e])), s, e, 0.7, "narrated subject")
    g = "d" if m.group("d") else "d2"
    if c.date.value is None and m.group(g):
        # from "ngày" on: a date written out needs its "ngày" to be read as one
        ds = _dates(text, base + m.start(), base + m.end(g))
        if ds and ds[0].iso:
            c.date.set(ds[0].iso, ds[0].start, ds[0].end, 0.8, "narrated date")


# "Ngày 22/10/2025, tại Thông báo số …": a day opening the clause, the paper cited right after "tại"
_DATED_AT = re.compile(r"(?:^|[,;.]\s*)\s*[Nn]gày\s+(?P<d>\d{1,2}(?:/|\s+tháng\s+)\d{1,2}(?:/|\s+năm\s+)\d{4})\s*,\s*(?:tại|theo)\s*$")
_PASSIVE = re.compile(r"(?<!\w)được\s+")
_TAI = re.compile(r"\stại\s")


# the paper named in brackets after its sender: "(Công văn số …", "(Văn bản số …", "(số …"
_PAREN_OPEN = re.compile(r"\(\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s+)?(?:số\s*)?$", re.IGNORECASE)
_SENDER_EDGE = re.compile(r"(?<!\w)(?:của|với)\s+|[,;:]\s*")
# "ý kiến của các Bộ: A (…), B (…)": the plural head before a colon names each sender's kind
_PLURAL_HEAD = re.compile(r"(?<!\w)các\s+(?P<h>[A-ZĐ][^\W\d_]*)\s*:\s*")


def _paren_sender(text: str, c: _Cite) -> None:
    """'… ý kiến của Bộ Tài chính (Văn bản số …), Ban Thi đua - Khen thưởng Trung ương (Công văn
    số …)': a citation opening a bracket right after a body's name is that body's paper, whatever
    the sentence's other bodies (a plural head before a colon list — "các Bộ: Tài chính (…)" —
    gives the member its kind)."""
    before = text[max(c.clause, c.start - 40) : c.start]
    m = _PAREN_OPEN.search(before)
    if m is None:
        return
    open_at = c.start - len(before) + m.start()
    name_end = open_at
    while name_end > c.clause and text[name_end - 1].isspace():
        name_end -= 1
    keep = bodies.protected_spans(text, c.clause, name_end)
    s = None
    for e in _SENDER_EDGE.finditer(text, c.clause, name_end):
        if e.group().startswith(",") and any(a < e.start() < b for a, b in keep):
            continue
        s = e.end()
    if s is None or s >= name_end:
        return
    name = text[s:name_end]
    if not name[:1].isupper() or any(ch.isdigit() for ch in name) or len(name.split()) > 14:
        return
    value = name
    if starts_with_org_head(name):
        # the whole stretch up to the bracket is the name ("Chính phủ quy định chi tiết … Luật X
        # (Số …)": the bracket holds the papers of a class the sentence describes)
        iss = _issuer_run(text, s, name_end)
        if iss is None or iss[1] < name_end:
            return
    else:
        heads = [h for h in _PLURAL_HEAD.finditer(text, c.clause, s) if h.end() <= s]
        if not heads or text[heads[-1].end() : s].count("(") != text[heads[-1].end() : s].count(")"):
            return
        value = f"{heads[-1].group('h')} {name}"
        if not starts_with_org_head(value):
            return
    c.issuer.set(expand_abbreviations(clean_value(value)), s, name_end, 0.7, "<issuer> (<citation>)")


def _paren_identified(text: str, c: _Cite) -> None:
    """'… báo cáo của Tổng công ty X về việc … (Công văn số …)': a citation in brackets names
    the paper the words before it describe; their "của <body>" is its issuer."""
    prefix = text[c.clause : c.start]
    if not prefix.rstrip().endswith("("):
        return
    open_at = c.clause + len(prefix.rstrip()) - 1
    for m in reversed(list(re.finditer(r"(?<!\w)của\s+", text[c.clause : open_at]))):
        s = c.clause + m.end()
        if not text[s : s + 1].isupper() or not starts_with_org_head(text[s:open_at]):
            continue
        iss = _issuer_run(text, s, open_at)
        if iss is not None:
            c.issuer.set(expand_abbreviations(clean_value(text[iss[0] : iss[1]])), iss[0], iss[1], 0.6,
                         "của <issuer> … (<citation>)")
        return


def _passive_agent(text: str, c: _Cite) -> None:
    """'… đã được Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số …', '… được Bộ X cho phép …
    tại Giấy phép số …': the agent of the passive act the citation records is its issuer."""
    prefix = text[c.clause : c.start]
    tai = list(_TAI.finditer(prefix))
    if not tai or prefix[tai[-1].end() :].count(" ") > 8:
        return
    for m in reversed(list(_PASSIVE.finditer(prefix, 0, tai[-1].start()))):
        s = c.clause + m.end()
        agent = text[s : c.clause + tai[-1].start()]
        # the agent may be the body or its head's position ("được Giám đốc Sở X phê duyệt tại …")
        if not text[s : s + 1].isupper() or not (starts_with_org_head(agent) or _starts_position(agent)):
            return
        iss = _issuer_run(text, s, c.clause + tai[-1].start())
        if iss is None:
            return
        c.issuer.set(expand_abbreviations(clean_value(text[iss[0] : iss[1]])), iss[0], iss[1], 0.65, "được <issuer> … tại <citation>")
        return


# between a type word and its number: a few lowercase words of its kind ("thẩm định"), then the
# sender ("của Sở Tư pháp") starting with a capital; no figure (another citation's number or date)
_ISSUER_BEFORE = re.compile(r"(?:\s+(?-i:[a-zà-ỹđ]+)){0,3}?\s+của\s+(?-i:[A-ZĐÀ-Ỹ])[^;:()\n\d]{1,120}?\s*,?\s*số\s*:?\s*",
                            re.IGNORECASE)
# a lowercase type word opens a citation after a conjunction that lists it ("… và báo cáo …")
_LISTED_AFTER = re.compile(r"(?:^|\s)(?:và|cùng|theo|tại)\s+$", re.IGNORECASE)


def _type_may_open(text: str, ts: int, cs: int) -> bool:
    """A type word opens a citation capitalised, or in small letters after a conjunction that
    lists it ("… và báo cáo …") or right after the ground's opener ("Xét báo cáo của …")."""
    if text[ts].isupper() or _LISTED_AFTER.search(text[max(cs, ts - 12) : ts]):
        return True
    R = _rules()
    for pat in (R.opener_re, R.ground_open):
        m = pat.match(text, cs, ts + 1)
        if m is not None and m.group().strip(" -+•–*:") and not text[m.end() : ts].strip():
            return True
    return False


def _issuer_before_number(text: str, c: _Cite) -> None:
    """'Căn cứ Thông tư của Bộ Tài chính số 12/2025/TT-BTC …', '… và báo cáo thẩm định của Sở
    A số …': the issuer named between the type word (and a few words of its kind) and the
    number."""
    R = _rules()
    prefix = text[max(c.clause, c.start - 160) : c.number.start]
    m = re.search(rf"(?:{R.type_re.pattern})(?:\s+(?-i:[a-zà-ỹđ]+)){{0,3}}?\s+của\s+(?P<iss>[^;:()\n]{{2,120}}?)\s*,?\s*(?:số\s*:?\s*)?$",
                  prefix, re.IGNORECASE)
    base = c.number.start - len(prefix)
    if not m or not m.group("iss")[:1].isupper() or not _type_may_open(text, base + m.start(), c.clause):
        return
    if R.type_re.match(m.group("iss")):
        return  # "quy định của Luật Quản lý thuế số …": the rules of the law cited, no sender
    s = base + m.start("iss")
    e = s + len(m.group("iss"))
    iss = _issuer_run(text, s, e + 1)
    if iss is None or iss[1] != e:
        return
    c.issuer.set(expand_abbreviations(clean_value(text[s:e])), s, e, 0.8, "<type> của <issuer> số")


@cache
def _honorific() -> re.Pattern[str]:
    words = load_rules("citations")["issuer"].get("honorifics", [])
    return re.compile(rf"(?:{_alt(words)})\s+", re.IGNORECASE)


@cache
def _person_tail() -> re.Pattern[str]:
    """A person's name closing a sender ("… tỉnh Nguyễn Văn An"): capitalised words opening with
    a common family name (the surnames of rules/units.toml [people])."""
    names = load_rules("units").get("people", {}).get("surnames", [])
    return re.compile(rf"\s+(?:{_alt(names)})(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){{1,3}}\s*$")


_TAI_END = re.compile(r"\s*,?\s+tại(?:\s+các)?\s*$")
_SENDER_FROM = re.compile(r"(?<!\w)của\s+|,\s*")


def _sender_before_tai(text: str, c: _Cite) -> None:
    """The sender named right before ``tại`` where a sentence lists several bodies' letters with
    commas ('Theo đề nghị của A tại văn bản số …, B tại văn bản số …, ý kiến của C tại văn bản số
    …'): the sender runs from the last 'của' or list comma (not one inside a known name such as
    'Bộ Văn hóa, Thể thao và Du lịch') up to 'tại', and must be a whole body name or position —
    no number or date in it, nothing after it but 'tại'."""
    prefix = text[c.clause : c.start]
    t = _TAI_END.search(prefix)
    if not t:
        return
    end = c.clause + t.start()
    keep = bodies.protected_spans(text, c.clause, end)
    s = c.clause
    for m in _SENDER_FROM.finditer(text, c.clause, end):
        if m.group().startswith(",") and any(a < m.start() < b for a, b in keep):
            continue
        s = m.end()
    if s == c.clause:
        o = _rules().opener_re.match(text, c.clause, end)
        if o is None or not o.group().strip(" -+•–*:"):
            return
        s = o.end()
    # "ý kiến chỉ đạo của đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn A tại …": the honorific
    # and the person's name are no part of the issuing position
    h = _honorific().match(text, s, end)
    if h:
        s = h.end()
        p = _person_tail().search(text, s, end)
        if p and p.start() > s:
            end = p.start()
    name = text[s:end]
    if not name[:1].isupper() or re.search(r"\d", name) or len(name.split()) > 20:
        return
    if not (starts_with_org_head(name) or _starts_position(name) or bodies.head_length(name)):
        return
    iss = _issuer_run(text, s, end + 1)
    if iss is None or iss[1] != end:
        return
    c.issuer.set(expand_abbreviations(clean_value(name)), s, end, 0.75, "<sender> tại <citation>")


_ITEM_AT = re.compile(r"[\s\-+•–*]*(?:\d{1,2}[.)]\s+|[a-zđ]\)\s+)?(?P<iss>[^;:()\n]{2,160}?)\s*,?\s+tại(?:\s+các)?\s*")


def _item_sender(text: str, clause: int, at: int) -> tuple[int, int, float] | None:
    """(start, end, confidence) of the sender named before ``tại`` in a listed ground that ends
    at ``at`` ('… gồm: Công ty TNHH A tại Văn bản số …; Hợp tác xã B tại Văn bản số …'). The
    item is the text after the list's colon, or a clause after ';' that opens with no ground
    opener; the sender must be a whole name up to 'tại' (a clause with a verb in it is no
    sender). A known head (state or enterprise: pipeline.bodies) gives more confidence."""
    R = _rules()
    prefix = text[clause:at]
    colon = prefix.rfind(":")
    if colon >= 0 and not prefix[colon + 1 :].strip():
        # "- Công ty TNHH A: Văn bản số …": the sender heads the item, before a colon
        prev = prefix.rfind(":", 0, colon)
        m = re.compile(r"[\s\-+•–*]*(?:\d{1,2}[.)]\s+|[a-zđ]\)\s+)?").match(prefix, prev + 1, colon)
        a = clause + (m.end() if m else prev + 1)
        name = text[a : clause + colon].rstrip()
        o = R.opener_re.match(text, clause, at)
        if prev < 0 and o and o.group().strip(" -+•–*:"):
            return None  # "Căn cứ …:" opens a ground, it names no sender
        iss = _issuer_run(text, a, a + len(name) + 1) if name else None
        if iss and iss[1] == a + len(name) and bodies.head_length(name) and not _dates(text, a, iss[1]):
            return iss[0], iss[1], 0.6
        return None
    base = clause + colon + 1 if colon >= 0 else clause
    # a list laid out one item a line, without ';' ("…:\n- Công ty A tại Văn bản số …\n- Công ty B
    # tại …"): the item is its own line
    nl = text.rfind("\n", base, at)
    if colon >= 0 and nl >= 0 and re.match(r"\n[ \t]*(?:[-+•–*]|\d{1,2}[.)]|[a-zđ]\))", text[nl : at]):
        base = nl + 1
    if colon < 0:
        o = R.opener_re.match(text, clause, at)
        if o and o.group().strip(" -+•–*:"):
            return None  # "Căn cứ …", "Xét đề nghị …": no list item
        if clause == 0 or text[:clause].rstrip()[-1:] != ";":
            return None
    m = _ITEM_AT.fullmatch(text, base, at)
    if not m:
        return None
    s = m.start("iss")
    iss = _issuer_run(text, s, m.end("iss") + 1)
    if iss is None or iss[1] != m.end("iss") or _dates(text, s, iss[1]):
        return None
    conf = 0.75 if bodies.head_length(text[s : iss[1]]) else 0.6
    return iss[0], iss[1], conf


def _listed_issuer(text: str, c: _Cite) -> None:
    """The sender of a listed ground ('Công ty A tại Văn bản số …'): see :func:`_item_sender`."""
    got = _item_sender(text, c.clause, c.start)
    if got:
        s, e, conf = got
        c.issuer.set(expand_abbreviations(clean_value(text[s:e])), s, e, conf, "<sender> tại <citation>")


def _row_cells(text: str, c: _Cite) -> None:
    """A citation in a table row ('1 | Quyết định số 12/QĐ-UBND về … | Ủy ban nhân dân tỉnh A |
    05/3/2025'): what its own cell leaves unstated may stand in a cell of the same row — the
    issuer as a cell that is a body's name, the date as a cell that is a date."""
    ls = text.rfind("\n", 0, c.number.start) + 1
    le = text.find("\n", c.number.end)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    if "|" not in line:
        return
    cells: list[tuple[int, int]] = []
    pos = ls
    for part in line.split("|"):
        a = pos + len(part) - len(part.lstrip())
        b = pos + len(part.rstrip())
        if b > a:
            cells.append((a, b))
        pos += len(part) + 1
    own = next((k for k, (a, b) in enumerate(cells) if a <= c.number.start < b), None)
    if own is None:
        return
    order = [cells[k] for k in range(own - 1, -1, -1)] + cells[own + 1 :]
    if c.issuer.value is None:
        for a, b in order:
            cell = text[a:b]
            if NUMBER.search(cell) or _dates(text, a, b) or len(cell.split()) > 25:
                continue
            if bodies.head_length(cell) or starts_with_org_head(cell) or _starts_position(cell):
                iss = _issuer_run(text, a, b)
                if iss and iss[1] == b:
                    c.issuer.set(expand_abbreviations(clean_value(cell)), a, b, 0.6, "issuer cell of the row")
                    break
    if c.date.value is None:
        for a, b in cells[own + 1 :]:
            ds = _dates(text, a, b)
            if ds and ds[0].iso and re.fullmatch(r"(?:ngày\s*)?", text[a : ds[0].start].strip(), re.IGNORECASE) \
                    and not text[ds[0].end : b].strip():
                c.date.set(ds[0].iso, ds[0].start, ds[0].end, 0.6, "date cell of the row")
                break


_TITLE_THEN_AND = re.compile(r"[^;:\n]{0,150}?\s(?:và|cùng)\s+")


def _shared_tai(text: str, cites: list[_Cite]) -> None:
    """'Xét đề nghị của X tại Tờ trình số … và Đề án số … ngày …', '… của X tại các Văn bản: số
    …, số …': the documents joined by 'và' (or listed by commas) after 'của X tại' were all
    submitted by X; two joined by 'và' before one date share it."""
    for prev, c in zip(cites, cites[1:], strict=False):
        if c.issuer.value is not None or prev.clause != c.clause:
            continue
        if not prev.issuer.rule.startswith(("của <issuer> tại", "<sender> tại")):
            continue
        gaps = [text[e : c.start] for e in (prev.number.end, prev.end)]
        joined = any(re.fullmatch(r"\s*,?\s*(?:và|cùng)\s*", g) for g in gaps)
        # a comma lists the same kind of document: a bare 'số …' or the same type word
        listed = any(re.fullmatch(r"\s*,\s*", g) for g in gaps) and (
            c.bare or (c.doc_type.value or "").casefold() == (prev.doc_type.value or "").casefold())
        # … also after the first one's trích yếu, whose end the reading may have set short ("… về
        # triển khai các kết luận của Bộ Chính trị, Ban Bí thư và Văn bản số …"): no new sender
        # ("B tại …") and no clause between
        titled = prev.title.value is not None and _TITLE_THEN_AND.fullmatch(gaps[1]) is not None \
            and " tại " not in gaps[1]
        if not (joined or listed or titled):
            continue
        i = prev.issuer
        c.issuer.set(i.value, i.start, i.end, 0.7, "của <issuer> tại <citations>")
        if joined and prev.date.value is None and c.date.value is not None and re.fullmatch(
                r"\s*(?:và|cùng)\s*", gaps[0]):
            prev.date.set(c.date.value, c.date.start, c.date.end, 0.7, "date of the joined citation")


def _list_heading(text: str, members: list[_Cite]) -> None:
    """A list of bare numbers under a plural heading that names their type and issuer ('Căn cứ
    các Nghị định của Chính phủ: số …; số …'): every member takes both."""
    head = members[0]
    if not head.bare:
        return
    R = _rules()
    prefix = text[head.clause : head.number.start]
    m = re.search(
        rf"(?P<t>{R.type_re.pattern})(?:\s+của\s+(?P<iss>[^:;\n]{{2,80}}?))?\s*:\s*(?:số\s*:?\s*)?$",
        prefix,
        re.IGNORECASE,
    )
    if not m or not m.group("t")[:1].isupper():
        return
    a = head.clause + m.start("t")
    typ = _canon_type(m.group("t"))
    iss = None
    if m.group("iss"):
        s0 = head.clause + m.start("iss")
        iss = _issuer_run(text, s0, head.clause + m.end("iss"))
    for c in members:
        if c.doc_type.value is None:
            c.doc_type.set(typ, a, a + len(m.group("t")), 0.8, "list heading type")
        if iss and c.issuer.value is None:
            c.issuer.set(expand_abbreviations(clean_value(text[iss[0] : iss[1]])), iss[0], iss[1], 0.75,
                         "list heading issuer")


def _other_kind(prev: _Cite, c: _Cite) -> bool:
    """Whether one of the two numbers' symbols names a law (a kind cited by its name, passed by
    the legislature) and the other an act of another kind: a list of papers may mix kinds from
    one sender ("Tờ trình số …/TTr-SYT và số …/BC-SYT … của Sở Y tế"), a law and a decree are
    two documents."""
    R = _rules()
    a = _type_from_symbol(prev.number.value or "")[0]
    b = _type_from_symbol(c.number.value or "")[0]
    if a is None or b is None or a.casefold() == b.casefold():
        return False
    named = {n.casefold() for n in R.named}
    return (a.casefold() in named) != (b.casefold() in named)


def _groups(text: str, cites: list[_Cite]) -> None:
    """Bare 'số …' after a citation continue its list: they take its type, and take the date,
    issuer and trích yếu stated after the last of them ('số 008/CĐ-UBND và số 009/CĐ-UBND ngày
    19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về …')."""
    gid = -1
    for k, c in enumerate(cites):
        prev = cites[k - 1] if k else None
        gap = text[prev.number.end : c.start] if prev is not None else ""
        # a list never runs past a sentence end, a blank line or a line that opens a new ground,
        # nor from a law on to a number whose symbol names an act ("Luật … số 38/2019/QH14, _Nghị
        # định số 126/2020/NĐ-CP …", the type word OCR marred: a document of its own)
        if c.bare and prev is not None and not re.search(r"\.\s|\n\s*\n", gap) and not any(
                _opens_ground(line) for line in gap.split("\n")[1:]) and not _other_kind(prev, c):
            c.group = prev.group
        else:
            gid += 1
            c.group = gid
    groups: dict[int, list[_Cite]] = {}
    for c in cites:
        groups.setdefault(c.group, []).append(c)
    for members in groups.values():
        _list_heading(text, members)
        if len(members) < 2:
            continue
        head = members[0]
        for c in members[1:]:
            if c.doc_type.value is None and head.doc_type.value is not None:
                c.doc_type.set(head.doc_type.value, head.doc_type.start, head.doc_type.end, 0.8, "list type")
        for i in range(len(members) - 2, -1, -1):
            c, nxt = members[i], members[i + 1]
            if c.date.value is None and not c.date.end:
                gap = text[c.number.end : nxt.start]
                if re.fullmatch(r"[\s,]*(?:và|hoặc)?[\s,]*", gap) and nxt.date.value:
                    c.date.set(nxt.date.value, nxt.date.start, nxt.date.end, 0.75, "list date")
        for i, c in enumerate(members):
            if c.issuer.value is not None:
                continue
            src = next((o for o in members[i + 1 :] if o.issuer.value is not None), None)
            if src is None:
                continue
            c.issuer.set(src.issuer.value, src.issuer.start, src.issuer.end, 0.7, "list issuer")
            if c.title.value is None and src.title.value is not None:
                c.title.set(src.title.value, src.title.start, src.title.end, 0.6, "list trích yếu")


def _sender_code(number: str) -> str | None:
    """The part of a number's symbol that names its sender: "TU" of "12-CT/TU", "UBND" of
    "03/CT-UBND", "CP" of "15/2018/NĐ-CP"; None where the symbol names no sender apart."""
    if "/" not in number:
        return None
    seq, _, sym = number.partition("/")
    sym = sym.rpartition("/")[2] if re.match(r"(?:19|20)\d{2}/", sym) else sym
    if "-" in seq:
        return sym.casefold() or None  # a Party number: the kind before the slash, the sender after
    kind, dash, sender = sym.partition("-")
    if not (dash and kind and sender):
        return None
    # a kind's code first ("CT-UBND"), else a letter's sender and its drafting unit ("BCT-KHCN")
    return sender.casefold() if kind in _rules().codes or type_for_symbol_code(kind) else kind.casefold()


def _one_sender_code(text: str, cites: list[_Cite]) -> None:
    """"Chỉ thị số 12-CT/TU ngày …, Kế hoạch số 40-KH/TU ngày … của Ban Thường
    vụ Tỉnh ủy": papers of one sender listed with commas, the sender named once after the last —
    each paper whose symbol names the same sender, with no sender or trích yếu of its own,
    takes it (the kinds may differ; a list of bare numbers is :func:`_groups`')."""
    ordered = sorted(cites, key=lambda c: c.start)
    for i in range(len(ordered) - 2, -1, -1):
        c, nxt = ordered[i], ordered[i + 1]
        if c.issuer.value is not None or c.title.value is not None or nxt.issuer.value is None \
                or c.number.value is None or nxt.number.value is None:
            continue
        code = _sender_code(c.number.value)
        if code is None or code != _sender_code(nxt.number.value):
            continue
        if not re.fullmatch(r"\s*,\s*", text[c.end : nxt.start]):
            continue  # (commas only: "… sửa đổi bởi Nghị định số A và Nghị định số B của …" tells apart)
        c.issuer.set(nxt.issuer.value, nxt.issuer.start, nxt.issuer.end, 0.65, "sender named once for its papers")


def _unnumbered(text: str, zs: int, ze: int, bounds: list[tuple[int, str]], cites: list[_Cite]) -> list[_Cite]:
    """Documents cited by name without a number: 'Căn cứ Luật Tổ chức chính quyền địa phương
    ngày 19 tháng 6 năm 2015;', a ground clause that names a document ('Báo cáo nhanh …;')."""
    R = _rules()
    out: list[_Cite] = []
    ground = False
    nums = sorted((c.number.start, c.number.end) for c in cites)
    listed = False  # inside the ';' list of a ground, weak openers too ("Xét đề nghị của …: …")
    for i, (cs, kind) in enumerate(bounds):
        ce = bounds[i + 1][0] if i + 1 < len(bounds) else ze
        if kind != ";" or not ground:
            ground = False
        if kind != ";":
            listed = False
        w = R.ground_open.match(text, cs, ce)
        if w and w.group().strip(" -+•–*:"):
            listed = True
        m = R.opener_re.match(text, cs, ce)
        if m and m.group().strip(" -+•–*:"):
            ground = True
            p = m.end()
            # "Thực hiện quy định của Luật A, …": the law whose provisions the ground invokes
            q = _PROVISIONS_OF.match(text, p, ce)
            if q and R.type_re.match(text, q.end(), ce) and text[q.end()].isupper():
                p = q.end()
            # "Căn cứ Trích Biên bản họp …": an excerpt of the paper is the paper cited
            x = _EXCERPT_OF.match(text, p, ce)
            if x and R.type_re.match(text, x.end(), ce):
                p = x.end()
        else:
            p = re.compile(r"[\s\-+•–*]*").match(text, cs, ce).end()
        if listed and kind == ";" and not (m and m.group().strip(" -+•–*:")):
            sent = _sent_unnumbered(text, cs, ce, nums)
            if sent is not None:
                out.append(sent)
                continue
        if w and w.group().strip(" -+•–*:") and not (m and m.group().strip(" -+•–*:")):
            # "Xét Báo cáo thẩm tra của Ban A …;": a weak opener's paper named by its kind
            p0 = _SPACES.match(text, w.end()).end()
            t = R.type_re.match(text, p0, ce)
            paper = _paper_of_kind(text, p0, t.end(), ce) if t and text[p0].isupper() else None
            if paper is not None:
                paper.clause = cs
                out.append(paper)
                continue
        if not ground or (not (m and m.group().strip(" -+•–*:")) and introduces_body(text[cs:ce])):
            # ("…; Kế hoạch triển khai … như sau:": the document bringing in its own body after
            # the last ground — a ground's own clause may still end so: "Căn cứ Luật A, Ủy ban
            # … xây dựng Kế hoạch như sau:")
            continue
        # "Căn cứ các Luật: Luật A …, Luật B …": a plural list head before the items
        head = re.compile(r"các\s+").match(text, p, ce)
        t = R.type_re.match(text, head.end(), ce) if head else None
        # "Căn cứ các Luật của Quốc hội …: Luật A …": the issuer may stand in the head
        colon = re.compile(r"(?:\s+của\s[^:;]{2,160}?)?\s*:\s*").match(text, t.end(), ce) if t else None
        if colon:
            p = colon.end()
        q = p
        while q < ce:
            t = R.type_re.match(text, q, ce)
            # right after the opener the type word may be in small letters ("Căn cứ quy chế hoạt
            # động của …;"): the ground names a document all the same
            if not t or not (text[q].isupper() or (q == p and m is not None and not head and _lower_named(text, t))):
                break
            named = t.group().casefold() in R.named
            c, q = _one_unnumbered(text, q, t.end(), ce, named, nums)
            if c is not None:
                c.clause = cs
                out.append(c)
                amender = _paren_amender(text, c.end, ce, nums)
                if amender is not None:
                    amender.clause = cs
                    out.append(amender)
            if q is None:
                break
    return out


def _purpose_named(text: str, zs: int, ze: int, bounds: list[tuple[int, str]], cites: list[_Cite]) -> list[_Cite]:
    """Documents named without a number in a ground's purpose clause inside a sentence that
    opens otherwise ('Hưởng ứng …, để tăng cường thực thi Luật A, Chiến lược B, … đề nghị …'):
    the letter carries them out as it would a 'Thực hiện Luật A;' ground. Only before the
    sentence asks for anything, and only a list headed by a law-like named type (a purpose
    'để triển khai kế hoạch này' names the document itself, in small letters)."""
    R = _rules()
    out: list[_Cite] = []
    nums = sorted((c.number.start, c.number.end) for c in cites)
    had = {c.clause for c in cites if c.number.value is None}
    for i, (cs, _kind) in enumerate(bounds):
        ce = bounds[i + 1][0] if i + 1 < len(bounds) else ze
        if cs in had:
            continue
        for m in R.purpose_verb.finditer(text, cs, ce):
            t = R.type_re.match(text, m.end(), ce)
            if not t or not text[m.end()].isupper() or t.group().casefold() not in R.named:
                continue
            req = R.request_re.search(text, cs, ce)
            if req and req.start() < m.end():
                break
            lim = req.start() if req else ce
            brk = R.list_break.search(text, t.end(), lim)
            lim = brk.start() if brk else lim
            q: int | None = m.end()
            while q is not None and q < lim:
                t = R.type_re.match(text, q, lim)
                if not t or not text[q].isupper():
                    break
                c, q = _one_unnumbered(text, q, t.end(), lim, t.group().casefold() in R.named, nums)
                if c is not None:
                    c.clause = cs
                    c.number.conf = 0.7
                    out.append(c)
            break
    return out


_EXCERPT_OF = re.compile(r"(?:Trích|trích|TRÍCH)(?:\s+(?:lục|sao))?\s+")
_PROVISIONS_OF = re.compile(r"\s*(?:các\s+)?quy\s+định\s+(?:(?:của|tại)\s+)?", re.IGNORECASE)


_PAREN_AMENDED = re.compile(r"\s*(?P<open>\()?\s*,?\s*(?:(?:đã|được)\s+)*(?:sửa đổi|bổ sung|thay thế)[^()]{0,40}?\s(?:bởi|theo|tại)\s+",
                            re.IGNORECASE)


def _paren_amender(text: str, end: int, ce: int, nums: list[tuple[int, int]]) -> _Cite | None:
    """'Luật A ngày … (đã được sửa đổi, bổ sung bởi Luật B ngày …)', also without the bracket
    ('Luật A ngày … được sửa đổi, bổ sung một số điều theo Luật B ngày …'): the amending law
    named after a named ground is a ground of its own, by name and date."""
    R = _rules()
    m = _PAREN_AMENDED.match(text, end, ce)
    if not m:
        return None
    close = text.find(")", m.end(), ce) if m.group("open") else ce
    t = R.type_re.match(text, m.end(), close if close >= 0 else ce)
    if close < 0 or not t or not text[m.end()].isupper() or t.group().casefold() not in R.named:
        return None
    c, _nxt = _one_unnumbered(text, m.end(), t.end(), close, True, nums)
    return c if c is not None and c.date.value else None


def _sent_unnumbered(text: str, cs: int, ce: int, nums: list[tuple[int, int]]) -> _Cite | None:
    """A listed ground that names its sender and the kind of letter but no number ('…; Công ty
    cổ phần A tại Văn bản năm 2026;'): still an item, its number, date and trích yếu null."""
    R = _rules()
    k = bisect.bisect_left(nums, (cs, -1))
    if k < len(nums) and nums[k][0] < ce:
        return None
    for m in re.finditer(r"\s+tại\s+(?:các\s+)?", text[cs:ce]):
        ts = cs + m.end()
        t = R.type_re.match(text, ts, ce)
        if not t or not text[ts].isupper():
            continue
        got = _item_sender(text, cs, ts)
        if got is None:
            return None
        c = _Cite(start=ts, end=t.end(), clause=cs)
        c.doc_type.set(_canon_type(t.group()), ts, t.end(), 0.8, "type word")
        c.type_from_text = True
        c.issuer.set(expand_abbreviations(clean_value(text[got[0] : got[1]])), got[0], got[1], got[2], "<sender> tại <letter>")
        c.number.conf = 0.6
        return c
    return None


_AMENDED = re.compile(r"[\s,]+(?:(?:đã|được)\s+)+(?:sửa đổi|bổ sung|thay thế|hợp nhất)", re.IGNORECASE)


_ARTICLE = re.compile(r"(?<!\w)Điều\s+\d+[a-zđ]?\s+(?:của\s+)?(?=[A-ZĐ])")
# where a law cited through one of its articles ends: a sibling reference, a clause break, the
# amendment or the predicate that follows
_ARTICLE_END = re.compile(
    r"\s+và\s+(?=khoản|điểm|Điều)|,\s*(?=khoản|điểm|Điều|[A-ZĐ])|[;:()\n]|\.(?:\s|$)"
    r"|\s+(?:đã|được|quy định|về việc|về|thì|để|nhằm|theo|tại)(?!\w)"
)


def _article_named(text: str, zs: int, ze: int, bounds: list[tuple[int, str]], cites: list[_Cite]) -> list[_Cite]:
    """A law cited through one of its articles inside a ground ('Căn cứ … tại điểm a khoản 7
    Điều 40 Luật Ban hành văn bản quy phạm pháp luật và …'): an item by name, as at a clause
    start. Not where the article is part of another citation's trích yếu, and not where the law
    carries a number (the number pass has it)."""
    R = _rules()
    out: list[_Cite] = []
    nums = sorted((c.number.start, c.number.end) for c in cites)
    spans = [(c.start, c.end) for c in cites] + [(c.title.start, c.title.end) for c in cites if c.title.value]
    ground = False
    for i, (cs, kind) in enumerate(bounds):
        ce = bounds[i + 1][0] if i + 1 < len(bounds) else ze
        if kind != ";":
            ground = False
        o = R.opener_re.match(text, cs, ce)
        if o and o.group().strip(" -+•–*:"):
            ground = True
        if not ground:
            continue
        for m in _ARTICLE.finditer(text, cs, ce):
            t = R.type_re.match(text, m.end(), ce)
            if not t or t.group().casefold() not in R.named or any(a <= m.start() < b for a, b in spans):
                continue
            e = _ARTICLE_END.search(text, t.end(), ce)
            end = e.start() if e else ce
            # "… và Nghị định số …": a sibling document ("Luật Quản lý và Đầu tư …" goes on)
            for v in re.finditer(r"\s+và\s+(?=[A-ZĐ])", text[t.end() : end]):
                if R.type_re.match(text, t.end() + v.end()):
                    end = t.end() + v.start()
                    break
            if NUMBER.match(text, re.compile(r"\s*(?:số\s*:?\s*)?").match(text, end).end()):
                continue
            c, _nxt = _one_unnumbered(text, m.end(), t.end(), end, True, nums)
            if c is not None and c.title.value and len(c.title.value.split()) >= 2:
                c.clause = cs
                c.title.rule = "law cited by its article"
                out.append(c)
    return out


_SPACES = re.compile(r"\s*")


@cache
def _paper_kind_re() -> re.Pattern[str]:
    kinds = load_rules("citations")["types"].get("paper_kinds", [])
    return re.compile(rf"\s+(?:{_alt(kinds)})(?:\s+của)?\s+(?=[A-ZĐÀ-Ỹ])", re.IGNORECASE) if kinds else re.compile("(?!)")


def _paper_of_kind(text: str, s: int, te: int, ce: int) -> _Cite | None:
    """'Xét … Báo cáo thẩm tra (của) Ban A Hội đồng nhân dân tỉnh …' without number or date: the
    paper's kind ("thẩm tra", citations.toml [types] paper_kinds) is no trích yếu; the body after
    it is its issuer. An item with number, date and title null."""
    m = _paper_kind_re().match(text, te, ce)
    if m is None:
        return None
    iss = _issuer_run(text, m.end(), ce)
    if iss is None or not starts_with_org_head(text[iss[0] : iss[1]]):
        return None
    c = _Cite(start=s, end=iss[1])
    c.doc_type.set(_canon_type(text[s:te]), s, te, 0.85, "type word")
    c.type_from_text = True
    c.issuer.set(expand_abbreviations(clean_value(text[iss[0] : iss[1]])), iss[0], iss[1], 0.7, "<kind> của <issuer>")
    c.number.conf = 0.7
    return c


def _name_qualifier(text: str, paren: int, lim: int) -> bool:
    """A bracket inside a law's name that qualifies the name itself ("(sửa đổi)", citations.toml
    [title] name_parens), closing before ``lim``."""
    close = text.find(")", paren, lim)
    if close < 0:
        return False
    inner = collapse(text[paren + 1 : close]).casefold()
    return inner in load_rules("citations")["title"].get("name_parens", [])


_LOWER_NOT_BEFORE = re.compile(r"\s+(?:về|của|tại|theo|số|này|đó)(?!\w)")


def _lower_named(text: str, t: re.Match[str]) -> bool:
    """A type word in small letters right after a ground's opener that still names a document
    (citations.toml [types] lower_named), followed by its name, not by a preposition."""
    lower = load_rules("citations")["types"].get("lower_named", [])
    return collapse(t.group()).casefold() in lower and not _LOWER_NOT_BEFORE.match(text, t.end())


def _one_unnumbered(text: str, s: int, te: int, ce: int, named: bool, nums: list[tuple[int, int]]) -> tuple[_Cite | None, int | None]:
    """One named citation at ``s`` (type word ends at ``te``); returns it (or None when it has a
    number: the number pass has it) and where a following ', Luật …' starts, if any."""
    R = _rules()
    name_end = ce
    by = "end"
    sib = ce
    k = bisect.bisect_left(nums, (s, -1))  # nums are in text order
    num = nums[k] if k < len(nums) and nums[k][0] < ce else None
    if num:
        so = re.search(r"\s+(?:số\s*:?\s*)?$", text[s : num[0]], re.IGNORECASE)
        name_end, by = s + (so.start() if so else num[0] - s), "number"
        # "Hiến pháp … đã được sửa đổi, bổ sung một số điều theo Nghị quyết số …": a capitalised
        # type word of its own before the number — the number is the amending document's, and
        # the name ends where the amendment is told
        own = re.search(rf"(?:{R.type_re.pattern})\s*$", text[te:name_end], re.IGNORECASE)
        if own and text[te + own.start()].isupper():
            cut = te + own.start()
            if _rules().attached_in_re.search(text, te, cut):
                # "Quy chế ban hành kèm theo Quyết định số …": cited through the number of the
                # document it is attached to, which is the item
                return None, None
            am = _AMENDED.search(text, te, cut)
            # (or the next ground after "và": "Bộ luật A năm 2012 và Nghị định số …")
            name_end = am.start() if am else te + len(re.sub(r"[\s,]+(?:theo|tại|bởi|và)?\s*$", "", text[te:cut]))
            by = "end"
    d = _issue_date_in(text, te, name_end)
    if d:
        gap = re.search(r"[\s,]*(?:ban hành\s+)?(?:ngày\s*)?$", text[te : d.start])
        name_end, by = te + (gap.start() if gap else d.start - te), "date"
    paren = text.find("(", te, name_end)
    if paren >= 0 and _name_qualifier(text, paren, name_end):
        paren = -1  # "Luật Tổ chức HĐND và UBND (sửa đổi) ngày …": the bracket is part of the name
    if paren >= 0:
        name_end, by = paren, "paren"
    if not named:
        for pat in (r"\s+của\s+", r",\s*", r"\s+và\s+"):
            for m in re.finditer(pat, text[te:name_end]):
                p = te + m.start()
                if pat.startswith(r"\s+của") or _cites_at(text, te + m.end()) or R.type_re.match(text, te + m.end()):
                    if pat.startswith(r"\s+của") or text[te + m.end()].isupper():
                        name_end, by = p, ("issuer" if "của" in pat else "sibling")
                        break
    else:
        # "Hiến pháp …, Luật A ngày …": a capitalised named type after a comma starts a sibling
        # ("Luật sửa đổi … của Luật A và Luật B" names one law: "và" splits only before a "của")
        for m in re.finditer(r",\s*|\s+và\s+", text[te:name_end]):
            p = te + m.start()
            t = R.type_re.match(text, te + m.end(), name_end)
            if any(R.type_re.match(text, te + c.end(), p) and text[te + c.end()].isupper()
                   for c in re.finditer(r"(?<!\w)của\s+", text[te:p])):
                break  # "Luật sửa đổi … của Luật A, Luật B": the laws it amends
            # (… and any kind's capitalised word after a comma: "Luật A, Chiến lược quốc gia về
            # …" — a law's name goes on after a comma in small letters only, "Luật Phòng, chống …")
            if t and text[te + m.end()].isupper() and (t.group().casefold() in R.named or m.group().startswith(",")):
                name_end, by = p, "sibling"
                sib = te + m.end()
                break
    if named and by == "end":
        # "Thực hiện Luật A và các văn bản quy phạm pháp luật có liên quan;": the texts named
        # only as a kind after the law are no part of its name
        g = _GENERIC_TAIL.search(text, te, name_end)
        if g:
            name_end = g.start()
    nxt: int | None = sib if by == "sibling" and named else None
    if by == "number":
        after = num[1] if num else name_end
        m = re.compile(r"\s*,\s*").match(text, after, ce)
        if m and R.type_re.match(text, m.end(), ce) and text[m.end()].isupper():
            nxt = m.end()
        return None, nxt
    if named and _canon_type(text[s:te]) in load_rules("citations")["types"].get("year_not_name", []):
        # "Luật Thủy sản năm 2017": the year a law was passed identifies it, it is no part of
        # its name (and no full date); "Hiến pháp … năm 2013" keeps it
        # (… also where the clause goes on after it: "Thực hiện Bộ luật Lao động năm 2019, Ủy ban
        # nhân dân tỉnh đề nghị:")
        y = re.search(r"[\s,]+năm\s+(?:19|20)\d{2}(?:[\s;.,]*$|\s*[,;](?=\s*[^\W\d_]))", text[te:name_end])
        if y:
            name_end = te + y.start()
    if not named:
        paper = _paper_of_kind(text, s, te, ce)
        if paper is not None:
            return paper, None
    closer = _closing_enactor(text, s, te, name_end) if named and by == "end" else None
    if closer is not None:
        name_end = closer[0]
    name = _clean_title(text[s:name_end])
    if not name or len(name.split()) - len(text[s:te].split()) < (1 if named else 2):
        return None, None
    first = text[te:name_end].split(maxsplit=1)
    if first and first[0].casefold() in R.not_name:
        return None, None
    c = _Cite(start=s, end=name_end)
    c.doc_type.set(_canon_type(text[s:te]), s, te, 0.9, "type word")
    c.type_from_text = True
    c.title.set(name, s, name_end, 0.75, "named citation")
    c.number.conf = 0.75
    end = name_end
    if closer is not None:
        c.issuer.set(text[closer[1] : closer[2]], closer[1], closer[2], 0.8, "của <issuer>")
        end = closer[2]
    if by == "date" and d:
        c.date.set(d.iso, d.start, d.end, 0.9, "date after name")
        end = d.end
        m = re.compile(r"[\s,]*của\s+").match(text, end, ce)
        iss = _issuer_run(text, m.end(), ce) if m else None
        if iss:
            c.issuer.set(expand_abbreviations(clean_value(text[iss[0] : iss[1]])), iss[0], iss[1], 0.8, "của <issuer>")
            end = iss[1]
        # "Luật A ngày …, Luật B …" / "Luật A ngày … và Luật sửa đổi … ngày …": a sibling follows
        m = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+").match(text, end, ce)
        if m and R.type_re.match(text, m.end(), ce) and text[m.end()].isupper():
            nxt = m.end()
    elif by == "issuer" and not _dates(text, name_end, ce) and not R.title_cue.search(text, name_end, ce) \
            and not re.search(r"(?<!\w)tại(?!\w)", text[name_end:ce]):
        # "Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị …;": neither date
        # nor trích yếu follows — the "của …" is part of the name, not a stated issuer; up to
        # another document the clause names after "và" ("… và Chương trình công tác toàn khóa …")
        stop = ce
        for m in re.finditer(r"\s+và\s+", text[name_end:ce]):
            q = name_end + m.end()
            if R.type_re.match(text, q, ce) and text[q].isupper():
                stop, nxt = name_end + m.start(), q
                break
        whole = _clean_title(text[s:stop].rstrip(" \t\n;.,"))
        if whole:
            c.title.set(whole, s, s + len(text[s:stop].rstrip(" \t\n;.,")), 0.7, "named citation")
            end = c.title.end
    elif by == "issuer":
        m = re.compile(r"\s+của\s+").match(text, name_end, ce)
        iss = _issuer_run(text, m.end(), ce) if m else None
        if iss:
            c.issuer.set(expand_abbreviations(clean_value(text[iss[0] : iss[1]])), iss[0], iss[1], 0.8, "của <issuer>")
            end = iss[1]
            d2 = _date_at(text, end, ce)
            if d2:
                c.date.set(d2.iso, d2.start, d2.end, 0.85, "date after issuer")
                end = d2.end
    at = re.compile(r"[\s,]*tại\s+").match(text, end, ce)
    if at and _cites_at(text, at.end()):
        return None, nxt  # "Kết luận … của … tại Thông báo số …": cited through its number
    c.end = end
    return c, nxt


# ---------------------------------------------------------------- zones


def _has_citation(text: str, s: int, e: int) -> bool:
    return bool(NUMBER.search(text, s, e) or FREE_NUMBER.search(text, s, e))


@cache
def _opener_before() -> re.Pattern[str]:
    openers = load_rules("citations")["zone"]["openers"]
    return re.compile(rf"(?<!\w)(?:{_alt(openers)})(?:\s+(?:các|những))?\s*$", re.IGNORECASE)


def _request_at(text: str, s: int, e: int) -> int | None:
    for m in _rules().request_re.finditer(text, s, e):
        if _in_quotes(text, s, m.start()):
            continue
        if _opener_before().search(text, max(s, m.start() - 24), m.start()):
            continue  # "Căn cứ đề xuất của …", "Xét đề nghị của …": the request is a ground
        return m.start()
    return None


def _paragraphs(doc: Document, part: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_heading) of the paragraphs of a part: runs of lines up to a line that ends
    a sentence or a blank line (the text may still be hard-wrapped)."""
    out: list[tuple[int, int, bool]] = []
    cur: list[int] | None = None
    for ln in doc.part_lines(part):
        if ln.blank:
            if cur:
                out.append((cur[0], cur[1], False))
            cur = None
            continue
        if cur is None:
            if parse_heading(ln.text):
                out.append((ln.start, ln.end, True))
                continue
            cur = [ln.start, ln.end]
        else:
            cur[1] = ln.end
        if ln.text.endswith((".", ";", ":", "!", "?")):
            out.append((cur[0], cur[1], False))
            cur = None
    if cur:
        out.append((cur[0], cur[1], False))
    return out


def _narrated_zones(doc: Document) -> list[tuple[int, int]]:
    """The narrated zone, and after it the paragraphs that open with a ground's own opener
    ("Căn cứ đề xuất … (Công văn số …), Bộ đồng ý …"): a narration that ends at a request it
    tells of ("… và đề nghị Tổng công ty …") may be followed by grounds stated as such."""
    nz = _narrated_zone(doc)
    if nz is None:
        return []
    zones = [nz]
    text = doc.text
    for ps, pe, heading in _paragraphs(doc, "body"):
        if ps < nz[1]:
            continue
        if heading or not _rules().opener_re.match(text, ps, pe) or not _opens_ground(text[ps:pe]):
            break
        req = _request_at(text, ps, pe)
        stop = pe if req is None else req
        if not _has_citation(text, ps, stop):
            break
        zones.append((ps, stop))
        if req is not None:
            break
    return zones


def _narrated_zone(doc: Document) -> tuple[int, int] | None:
    """The body paragraphs that narrate the grounds of a document without a preamble: from the
    first paragraph that cites a document to the first paragraph that cites none, asks for
    something, or is a heading."""
    R = _rules()
    text = doc.text
    start = end = None
    skipped = n = 0
    for ps, pe, heading in _paragraphs(doc, "body"):
        if heading:
            break
        cites = _has_citation(text, ps, pe)
        req = _request_at(text, ps, pe)
        if req is not None:
            if _has_citation(text, ps, req):
                start = ps if start is None else start
                end = req
            break
        if cites:
            start = ps if start is None else start
            end = pe
            n += 1
            if n >= R.narrated_max:
                break
        elif start is None:
            skipped += 1
            if skipped > R.narrated_skip:
                break
        else:
            break
    return (start, end) if start is not None and end is not None else None


_NUMBER_LINE = re.compile(r"(?:^|\s)(?:Số|SỐ)\s*:\s*(?=\d)")


def _own_number(doc: Document) -> str | None:
    """The document's own number: its anchored ``Số:`` line, or — where the header was not read
    — the first ``Số: …`` among the document's first lines. A number wrapped onto the next line
    is read there; a line left blank for the clerk (``Số: | /UBND-XD |``) has none, and the line
    after it (the V/v line) cites other documents. The number read by the document model is
    taken first; else only a number that stands right after ``Số`` is the document's own (a
    trích yếu run onto the number's line cites others: "Số 12 -CV/ĐU về việc thực hiện
    Chương trình số 104-CTr/TU …")."""
    a = doc.annotations.get("number")
    raw = a.value.get("raw") if a is not None and isinstance(a.value, dict) else None
    if raw and re.match(r"\d", str(raw)):
        return _key(str(raw))
    i = doc.anchors.get("number")
    if i is None:
        i = next((ln.idx for ln in doc.lines[:40] if _NUMBER_LINE.search(ln.text[:80])), None)
    if i is None:
        return None
    for k, ln in enumerate(doc.lines[i : i + 2]):
        t = ln.text
        if k == 0:
            so = re.search(r"(?i)số\s*:?", t)
            t = t[so.end() :] if so else t
        elif not re.match(r"\s*\d", t):
            return None
        m = NUMBER.search(t)
        if m and not t[: m.start()].strip(" \t:|"):
            return _key(m.group())
        f = FREE_NUMBER.search(ln.text)
        if f:
            return _key(f.group("n"))
        if k == 0 and "/" in t:
            return None
    return None


def _key(number: str) -> str:
    return re.sub(r"\s+", "", number).casefold()


def _grounds_sections(doc: Document) -> list[tuple[int, int, str]]:
    """Body sections that list the grounds ('I. CĂN CỨ XÂY DỰNG KẾ HOẠCH'), without their heading."""
    R = _rules()
    out: list[tuple[int, int, str]] = []
    bare = fold("Căn cứ")
    for sec in doc.sections_in("body"):
        if sec.title[:1].casefold() not in R.section_initials or len(sec.title) > 120:
            continue
        title = fold(sec.title).rstrip(" :.")
        words = title.split()
        if not words or len(words) > R.section_max_words:
            continue
        # "Căn cứ" alone names the section only as the whole heading: "2. Căn cứ các tiêu chí …"
        # is a sentence
        if not any(title == t or (t != bare and title.startswith(t + " ")) for t in R.section_titles):
            continue
        body = [ln for ln in doc.lines[sec.line + 1 : sec.end] if not ln.blank]
        if body and not any(r[0] <= body[0].start < r[1] for r in out):
            out.append((body[0].start, body[-1].end, "section"))
    return out


def _grounds_in_title(doc: Document, title: list) -> int | None:
    """Where a ground opener starts inside the title's lines after a title in capitals, the
    grounds following it with a citation; None otherwise."""
    R = _rules()
    for ln in title:
        for m in R.title_opener.finditer(ln.text):
            before = ln.text[: m.start()]
            if not before.strip() or any(ch.islower() for ch in before):
                continue
            s = ln.start + m.start()
            if _opens_ground(doc.text[s : title[-1].end]) and _has_citation(doc.text, s, title[-1].end):
                return s
    return None


def _grounds_before_document(doc: Document) -> list[tuple[int, int]]:
    """Grounds a web page moved out of the document, above its header (a "Căn cứ pháp luật"
    section of the page's own): read only where the document keeps none of its own. A line
    counts when it opens a ground and cites a document, or asks for one ("Xét đề nghị … tại
    Văn bản số …"); the page's other furniture (metadata tables, headings) never does."""
    out: list[tuple[int, int]] = []
    for i, mark in doc.furniture.items():
        if mark.reason != "before-document" or i >= len(doc.lines):
            continue
        ln = doc.lines[i]
        opens = (_rules().opener_re.match(ln.text) and _opens_ground(ln.text)) or _weak_opener().match(ln.text)
        if opens and _has_citation(doc.text, ln.start, ln.end):
            out.append((ln.start, ln.end))
    return sorted(out)


@cache
def _weak_opener() -> re.Pattern[str]:
    """The openers that make a ground only with what follows ("Xét đề nghị … tại Văn bản số …")."""
    return re.compile(rf"[-+•–*\s]*(?:{_alt(load_rules('structure')['preamble']['weak_openers'])})(?!\w)")


def _grounds_in_header(doc: Document) -> tuple[int, int] | None:
    """The grounds of a text whose header block was lost in conversion, so that the segmenter
    took the grounds for the header: from the first line of the header part that opens a ground
    up to the enacting line ("QUYẾT ĐỊNH:"), a heading ("Điều 1.") or the end of the part."""
    R = _rules()
    lines = [ln for ln in doc.part_lines("header") if not ln.blank]
    title = [ln for ln in doc.part_lines("title") if not ln.blank]
    if title and _trich_yeu(title):
        # the documents a plan's trích yếu names are not its grounds
        lines = [ln for ln in lines if not title[0].start <= ln.start < title[-1].end]
    else:
        lines += [ln for ln in title if ln not in lines]
    start = end = None
    cited = False
    for ln in lines:
        o = R.opener_re.match(ln.text)
        if start is None:
            if not (o and _opens_ground(ln.text)):
                # a header run into one line ("Số: 17/KH-UBND … KẾ HOẠCH … Căn cứ Quyết định
                # …"): a ground opener before a capitalised type word inside it
                for m in R.title_opener.finditer(ln.text):
                    t = R.type_re.match(ln.text, re.compile(r"\s+(?:các\s+)?").match(ln.text, m.end()).end())
                    if t and ln.text[t.start()].isupper() and _has_citation(doc.text, ln.start + m.start(), ln.end):
                        start = ln.start + m.start()
                        break
                if start is None:
                    continue
                end = ln.end
                cited = True
                continue
            start = ln.start
        elif _body_starter(ln.text) or parse_heading(ln.text):
            break
        end = ln.end
        # a number, or a document cited by name right after the opener ("Căn cứ Luật …")
        t = R.type_re.match(ln.text, o.end()) if o else None
        cited = cited or _has_citation(doc.text, ln.start, ln.end) or bool(t and ln.text[t.start()].isupper())
    return (start, end) if start is not None and end is not None and cited else None


# a heading, not a reference a wrapped sentence begins its line with ("Điều 62 Luật …"): the
# article's number closes with its mark, a chapter's stands alone or before its capitals
_ARTICLE_HEAD = re.compile(r"^[\s*_]*(?:(?:Chương|CHƯƠNG)\s*(?:[IVXLC]+|\d+)(?:\s*$|\s*[.:\-–]|\s+[A-ZĐÀ-Ỹ]{2})"
                           r"|(?:Điều|ĐIỀU)\s*\d+[a-z]?\s*[.:])")


def _preamble_run_on(doc: Document, after: int) -> tuple[int, int] | None:
    """A normative text's preamble that the segmenter cut at a numbered line (a consolidated
    text's note "… được sửa đổi, bổ sung bởi: 1. Thông tư số …; 2. …" before its "Căn cứ …"
    lines): the lines after it up to the first "Chương"/"Điều" heading are still grounds where
    one of them opens a ground with a citation. Without such a heading within reach it is no
    normative preamble and nothing is added."""
    body = [ln for ln in doc.lines if ln.start >= after and not ln.blank][:60]
    end = next((k for k, ln in enumerate(body) if _ARTICLE_HEAD.match(ln.text)), None)
    if not end:
        return None
    run = body[:end]
    # a line that opens a ground and cites on it or the line after ("*Căn cứ Nghị định số⏎96/…")
    if not any(_opens_ground(ln.text.lstrip(" *_"))
               and _has_citation(doc.text, ln.start, run[min(k + 1, len(run) - 1)].end) for k, ln in enumerate(run)):
        return None
    return run[0].start, run[-1].end


@cache
def _starters() -> frozenset[str]:
    return frozenset(fold(x).rstrip(":") for x in load_rules("structure")["preamble"]["body_starters"])


def _body_starter(line: str) -> bool:
    return fold(line.strip(" *_")).rstrip(" :") in _starters()


def _trich_yeu(title: list) -> bool:
    """A title opening as a plan's trích yếu does ("Triển khai thực hiện Kế hoạch số …") and not
    closed as a ground is (";", ",", ".", ":"): the trích yếu, not a first ground taken for it."""
    first = title[0].text.lstrip(" -+•–*")
    openers = load_rules("citations")["zone"].get("title_openers", [])
    return any(fold(first).startswith(fold(o) + " ") for o in openers) \
        and not title[-1].text.rstrip(" *_").endswith((";", ",", ".", ":"))


def grounds_zones(doc: Document) -> list[tuple[int, int, str]]:
    """Character spans of the document's grounds: the preamble (else the narrated paragraphs)
    and any body section that lists the grounds."""
    zones: list[tuple[int, int, str]] = []
    pre = [ln for ln in doc.part_lines("preamble") if not ln.blank]
    # a header without a trích yếu: the segmenter took the first ground for the title
    title = [ln for ln in doc.part_lines("title") if not ln.blank]
    if title and _rules().opener_re.match(title[0].text) and _opens_ground(title[0].text) \
            and _has_citation(doc.text, title[0].start, title[-1].end) and not _trich_yeu(title):
        zones.append((title[0].start, title[-1].end, "preamble"))
    elif title:
        # a converter without blank lines: the grounds were reflowed into the title's paragraph
        # ("… GIAI ĐOẠN 2026 - 2030 Thực hiện Kế hoạch số …")
        at = _grounds_in_title(doc, title)
        if at is not None:
            zones.append((at, title[-1].end, "preamble"))
    if pre:
        zones.append((pre[0].start, pre[-1].end, "preamble"))
        more = _preamble_run_on(doc, pre[-1].end)
        if more is not None:
            zones.append((*more, "preamble"))
    if not any(_has_citation(doc.text, a, b) for a, b, _z in zones):
        hz = _grounds_in_header(doc)
        if hz is not None:
            zones.append((hz[0], hz[1], "preamble"))
    if not any(_has_citation(doc.text, a, b) for a, b, _z in zones):
        zones += [(a, b, "preamble") for a, b in _grounds_before_document(doc)]
    sections = _grounds_sections(doc)
    # (a preamble closed by the sentence that brings in the body — "… hướng dẫn như sau:" — has
    # said all its grounds, none of them a document: what the body cites is the body's)
    closed = bool(pre) and introduces_body(doc.text[pre[0].start : pre[-1].end])
    if not sections and not closed and (not pre or not _has_citation(doc.text, pre[0].start, pre[-1].end)):
        zones += [(a, b, "narrated") for a, b in _narrated_zones(doc)]
    zones += _called_notes(doc, zones)
    return zones + sections


_NOTE_MARK = re.compile(r"\[(\d{1,3})\](?=\s|$)")


def _calls_papers(text: str, pos: int) -> bool:
    """Whether the call at ``pos`` is made on papers: right after a type word ("… nhiều văn
    bản[1]", "… các chỉ thị[2]") or at the end of a citation ("… Báo cáo số … ngày … của
    Thanh tra Chính phủ[3]": its note tells about that paper). A call on anything else ("… đã
    triển khai các nhiệm vụ được giao[1]") points at a note of facts, whatever papers it names."""
    before = text[max(0, pos - 40) : pos].rstrip(" *_")
    if _type_before_call().search(before):
        return True
    ends = [m.end() for m in NUMBER.finditer(text, max(0, pos - 160), pos)]
    return bool(ends) and not re.search(r"[,;.:]\s", text[ends[-1] : pos])


@cache
def _type_before_call() -> re.Pattern[str]:
    words = [*_rules().types.values(), *load_rules("citations")["types"]["generic"]]
    return re.compile(rf"(?<!\w)(?:{_alt(words)})$", re.IGNORECASE)


def _called_notes(doc: Document, zones: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The notes that grounds call: a preamble or narrated ground that cites "nhiều văn bản[1]"
    lists them in its note ("[1] Thông báo số … ngày …; các văn bản số: …"), under the
    signature or at the page's foot. Each note called from inside a grounds zone is read as a
    zone of its own: from its mark to the line before the next note, a blank line, or the
    end of the document."""
    if not doc.note_calls:
        return []
    R = _rules()
    lines = doc.lines
    end = doc.anchors.get("doc_end", len(lines))
    starts = [ln.start for ln in lines]
    own = _own_number(doc)
    out: list[tuple[int, int, str]] = []
    seen: set[int] = set()
    for pos, label in doc.note_calls:
        if not any(zs <= pos <= ze for zs, ze, z in zones if z in ("preamble", "narrated")):
            continue
        if R.note_carrying_out.match(doc.text, pos) or not _calls_papers(doc.text, pos):
            continue
        i = bisect.bisect_right(starts, pos)
        mark = None
        while i < end:
            mark = _NOTE_MARK.match(lines[i].text)
            if mark and mark.group(1) == label and i not in doc.furniture:
                break
            i += 1
        if i >= end or i in seen or mark is None:
            continue
        seen.add(i)
        j = i + 1
        # (a website's list of related pages may follow the last note line for line: a line
        # naming the document's own number is the site's, no note cites its own document)
        while j < end and j - i < R.note_max_lines and not lines[j].blank and j not in doc.furniture \
                and not _NOTE_MARK.match(lines[j].text) \
                and not any(_key(m.group()) == own for m in NUMBER.finditer(lines[j].text)):
            j += 1
        out.append((lines[i].start + mark.end(), lines[j - 1].end, "note"))
    return out


_REPEAT = re.compile(r"(?<!\w)(?P<p>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s+(?P=p)(?!\w)")


def without_repeat(name: str) -> str:
    """An issuer whose abbreviation, expanded, repeats the words written after it ("TTg Chính
    phủ" → "Thủ tướng Chính phủ Chính phủ"): the repeated words once."""
    return _REPEAT.sub(lambda m: m.group("p"), name)


# ---------------------------------------------------------------- entry point


_MARKED = re.compile(r"[^\W\d_a-zA-Z]")
_SAME_NAME = 85  # folded similarity of two spellings of one name
_MORE_MARKS = 2  # marked letters the better spelling has at least beyond the other


def _better_spelled(b: str, a: str) -> bool:
    """``b`` is ``a`` with the marks a scan's OCR or a typist left out put back: the same
    letters once folded, at least two marked letters more."""
    if len(_MARKED.findall(b)) < len(_MARKED.findall(a)) + _MORE_MARKS:
        return False
    fa, fb = fold(a), fold(b)
    # the same letters: never a longer name (a position before the body, a place after it)
    return abs(len(fa) - len(fb)) <= _MORE_MARKS and fuzz.ratio(fa, fb) >= _SAME_NAME


# "Công văn này thay thế Công văn số …": the document names the one it replaces
_REPLACES = re.compile(r"(?<!\w)(?:này|nay)\s+(?:được\s+)?thay\s+thế\s+(?:cho\s+)?[^;.\n]{0,40}?(?=\d)", re.IGNORECASE)
# the words every such sentence holds, looked for in the lower-cased text first
_REPLACES_WORDS = re.compile(r"thay\s+thế")


def _replaced_numbers(text: str) -> frozenset[str]:
    """Keys of the numbers the document says it replaces."""
    out: set[str] = set()
    if _REPLACES_WORDS.search(text.lower()) is None:
        return frozenset()  # (the full pattern, case-insensitive, is tried at every position)
    for m in _REPLACES.finditer(text):
        n = NUMBER.match(text, m.end())
        if n:
            out.add(_key(n.group()))
    return frozenset(out)


_NUMBER_YEAR = re.compile(r"/((?:19|20)\d{2})/")


def _named_and_numbered(cites: list[_Cite]) -> list[_Cite]:
    """A law cited once by name and date ('Luật A ngày …') and once by name and number, with no
    date (inside the title of a law that amends it): one document — the numbered mention takes
    the date where the number's year is the date's, and the named mention goes."""
    by_name: dict[tuple[str, str], list[_Cite]] = {}
    for c in cites:
        if c.number.value is not None and c.date.value is None and c.title.value and c.doc_type.value:
            y = _NUMBER_YEAR.search(c.number.value)
            if y:
                by_name.setdefault((fold(c.title.value), y.group(1)), []).append(c)
    gone: set[int] = set()
    for c in cites:
        if c.number.value is not None or not c.date.value or not c.title.value:
            continue
        got = by_name.get((fold(c.title.value), c.date.value[:4]), [])
        if len(got) != 1 or got[0].doc_type.value != c.doc_type.value:
            continue
        n = got[0]
        n.date.set(c.date.value, c.date.start, c.date.end, c.date.conf, c.date.rule + " (named mention)")
        by_name.pop((fold(c.title.value), c.date.value[:4]))
        gone.add(id(c))
    return [c for c in cites if id(c) not in gone]


# what stands between a law's name and its number given in brackets: "Luật A (Luật số …)"
_NUMBER_IN_BRACKETS = re.compile(r"[\s,]*\(\s*(?:[^\W\d_]+\s+){0,3}?số\s*:?\s*$", re.IGNORECASE)


def _number_in_brackets(text: str, cites: list[_Cite]) -> list[_Cite]:
    """"Luật sửa đổi, bổ sung một số điều của Luật A (Luật số 107/2025/QH15)": a law named, then
    its number in brackets right after the name, is one document — the numbered mention takes
    the name as its title (and the named mention's date), and the named mention goes."""
    gone: set[int] = set()
    ordered = sorted(cites, key=lambda c: c.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.number.value is not None or b.number.value is None or not a.title.value or b.start < a.end:
            continue
        if not _NUMBER_IN_BRACKETS.fullmatch(text, a.end, b.number.start):
            continue
        if b.title.value is None:
            b.title.set(a.title.value, a.title.start, a.title.end, a.title.conf, a.title.rule + " (named before its number)")
        if b.date.value is None and a.date.value is not None:
            b.date.set(a.date.value, a.date.start, a.date.end, a.date.conf, a.date.rule + " (named mention)")
        gone.add(id(a))
    return [c for c in cites if id(c) not in gone]


_ABOUT_TAIL = re.compile(r"\s+(?:về|thực hiện|triển khai)\s.*$", re.DOTALL)


@cache
def _adopted_by() -> re.Pattern[str]:
    words = load_rules("citations")["issuer"].get("adopted_by", [])
    return re.compile(rf"(?:{_alt(words)})(?!\w)", re.IGNORECASE)


@cache
def _adopted_types() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_rules("citations")["issuer"].get("adopted_types", []))


@cache
def _sitting_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = load_rules("citations")["issuer"]
    head = re.compile(rf"Nghị\s+quyết\s+(?:{_alt(r.get('adopted_by', []))})(?!\w)")
    verb = re.compile(rf"(?<!\w)(?:{_alt(r.get('sitting_carried_by', []))})(?!\w)", re.IGNORECASE)
    stop = re.compile(rf"\s*[,;.:()\[\]]|\n[ \t]*\n|\s+(?:{_alt(r.get('sitting_name_stops', []))})(?!\w)")
    ordinal = re.compile(rf"(?<!\w)(?:{_alt(r.get('sitting_ordinals', []))})|(?<!\w)[IVXL]{{1,5}}(?!\w)")
    return head, verb, stop, ordinal


_TERM_GOES_ON = re.compile(r",\s*(?:nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}|khóa\s+[IVXL\d]+|khoá\s+[IVXL\d]+)", re.IGNORECASE)
_SO_AFTER = re.compile(r"\s*(?:số|s[ốố]:)\s*\d", re.IGNORECASE)


def _sitting_resolutions(text: str, zs: int, ze: int, bounds: list[tuple[int, str]],
                         cites: list[_Cite]) -> list[_Cite]:
    """Resolutions named by the sitting that adopted them which the opening sentence carries out
    ("… thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I và Nghị quyết Đại
    hội toàn quốc lần thứ XIV của Đảng"): grounds, though no opener leads their clause — a
    Party programme or a telegram states its purpose so. Only where a carrying-out verb stands
    before the name in its clause with no other paper named between (the resolution a cited
    programme carries out is that programme's title, not a ground)."""
    R = _rules()
    head, verb, stop, ordinal = _sitting_res()
    # (from the sentence's start: a ground list's "; tăng tốc … hoàn thành … Nghị quyết Đại hội
    # …" may go on with a cited paper's trích yếu)
    starts = [b for b, kind in bounds if kind != ";"]
    taken = [(c.start, max(c.end, c.title.end)) for c in cites]
    out: list[_Cite] = []
    for m in head.finditer(text, zs, ze):
        s = m.start()
        if any(a <= s < b for a, b in taken):
            continue
        cs = starts[max(0, bisect.bisect_right(starts, s) - 1)]
        if verb.search(text, cs, s) is None:
            continue
        if any(t.group()[:1].isupper() and not head.match(text, cs + t.start())
               for t in R.type_re.finditer(text[cs:s])):
            continue  # "Chương trình hành động … thực hiện Nghị quyết Đại hội …": its title
        e = m.end()
        while True:
            st = stop.search(text, e, ze)
            e = st.start() if st else ze
            g = _TERM_GOES_ON.match(text, e, ze)
            if g is None:
                break
            e = g.end()
        name = collapse(text[s:e]).strip()
        if len(name.split()) > 24 or not ordinal.search(name[m.end() - s :]) or _SO_AFTER.match(text, e):
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        c = _Cite(start=s, end=e, clause=cs)
        c.doc_type.set(_canon_type("Nghị quyết"), s, s + len("Nghị quyết"), 0.85, "type word")
        c.type_from_text = True
        c.title.set(_clean_title(text[s:e]), s, e, 0.7, "resolution of the sitting carried out")
        c.number.conf = 0.7
        out.append(c)
        taken.append((s, e))
    return out


def _issuer_in_name(text: str, c: _Cite) -> None:
    """A resolution cited by the name of the sitting that adopted it ("Nghị quyết Đại hội đại
    biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030"): that sitting is its issuer. (The body after
    "của" in a paper's name — "Quy chế làm việc của Ban Chấp hành …" — is left: the settled gold
    reads it either way.)"""
    title = c.title.value or ""
    t = c.doc_type.value or ""
    rest = title[len(t):].lstrip() if t and title.casefold().startswith(t.casefold()) else ""
    if rest and t.casefold() in _adopted_types() and _adopted_by().match(rest):
        name = _ABOUT_TAIL.sub("", rest).strip(" ,;.")
        # (its span is where the name stands inside the cited title, as written)
        m = _adopted_by().search(text, c.title.start, c.title.end) if name and len(name.split()) <= 20 else None
        if m is not None:
            end = m.start() + len(name)
            if collapse(text[m.start() : end]).casefold() == name.casefold():
                c.issuer.set(name, m.start(), end, 0.6, "issuer: the sitting that adopted it")


def extract_legal_bases(doc: Document, prov: Prov) -> list[dict]:
    """Every document cited among the grounds, in order, one item each (see module doc)."""
    cites: list[_Cite] = []
    for zs, ze, zone in grounds_zones(doc):
        cites.extend(_parse_zone(doc, zs, ze, zone))
    cites = _number_in_brackets(doc.text, _named_and_numbered(cites))
    own = _own_number(doc)
    replaced = _replaced_numbers(doc.text)
    kept: list[_Cite] = []
    seen: dict[str, _Cite] = {}
    title = [ln for ln in doc.part_lines("title") if not ln.blank]
    def in_title(pos: int | None) -> bool:
        return bool(title) and pos is not None and title[0].start <= pos < title[-1].end
    for c in cites:
        if c.number.value is not None:
            k = _key(c.number.value)
            if k == own:
                continue
            if k in replaced and not _rules().ground_open.match(doc.text, c.clause):
                continue  # the predecessor this one replaces, told as history, is no ground
        else:
            # (spaces apart: a text layer glues words — "Đảng bộxã lần thứI" — that the trích
            # yếu in capitals keeps apart)
            k = "#" + re.sub(r"\s+", "", fold(c.title.value or "")) + "|" + (c.date.value or "")
            if c.title.rule == "law cited by its article" and any(
                    fold(o.title.value or "") == fold(c.title.value or "") for o in cites if o is not c):
                continue  # the law is already an item, cited by name (and date or number)
        first = seen.get(k)
        if first is None:
            if c.zone == "enacted":
                continue
            seen[k] = c
            kept.append(c)
            continue
        # a later mention completes the first one
        t0, t1 = first.title.value or "", c.title.value or ""
        if first.number.value is None and t0.isupper() and not t1.isupper() and t1:
            # named in the trích yếu in capitals and cited as written among the grounds
            first.title.set(t1, c.title.start, c.title.end, first.title.conf, c.title.rule + " (as written)")
        for attr in ("date", "issuer"):
            a, b = getattr(first, attr), getattr(c, attr)
            if a.value is None and b.value is not None:
                a.set(b.value, b.start, b.end, b.conf * 0.9, b.rule + " (later mention)")
            elif attr == "issuer" and a.value and b.value and in_title(a.start) and not in_title(b.start) \
                    and fold(a.value) != fold(b.value):
                # named in the trích yếu ("Kế hoạch thực hiện Nghị quyết số … của Tỉnh ủy") and
                # cited among the grounds: the ground's own citation names its issuer as issued
                a.set(b.value, b.start, b.end, min(a.conf, b.conf), b.rule + " (cited as a ground)")
            elif attr == "issuer" and a.value and b.value and fold(b.value).startswith(fold(a.value) + " "):
                # the body named short in one mention and in full in another ("Ban Bí thư" /
                # "Ban Bí thư Trung ương Đảng"): the full name
                a.set(b.value, b.start, b.end, min(a.conf, b.conf), b.rule + " (fuller mention)")
            elif attr == "issuer" and a.value and b.value and _better_spelled(b.value, a.value):
                # the same name, the first mention printed or read without its marks ("Bộ
                # trưởng Bo Cong Thuong"): the mention that has them
                a.set(b.value, b.start, b.end, min(a.conf, b.conf), b.rule + " (marked mention)")
    for c in kept:
        if c.number.value is None and c.issuer.value is None and c.title.value:
            _issuer_in_name(doc.text, c)
    out: list[dict] = []
    for i, c in enumerate(kept):
        item = c.item()
        if item["issuer"]:
            item["issuer"] = _unglued_heads(without_repeat(item["issuer"]))
        base = f"legal_bases[{i}]"
        filled = sum(v is not None for v in (c.date.value, c.issuer.value, c.doc_type.value))
        conf = (c.number.conf or 0.75) * (0.7 + 0.1 * filled)
        prov.add(base, c.start, max(c.end, c.start), conf, f"{c.zone} citation")
        if c.number.value is not None:
            prov.add(f"{base}.number", c.number.start, c.number.end, c.number.conf, c.number.rule)
        if c.doc_type.value is not None and c.type_from_text:
            prov.add(f"{base}.doc_type", c.doc_type.start, c.doc_type.end, c.doc_type.conf, c.doc_type.rule)
        for attr in ("date", "issuer", "title"):
            v = getattr(c, attr)
            if v.value is not None:
                prov.add(f"{base}.{attr}", v.start, v.end, v.conf, v.rule)
        out.append(item)
    return out
