"""Fields of the title block: type, number, date and place, issuer, trích yếu.

Nghị định 30/2020 fixes where each element sits (Phụ lục I): issuer top left (parent above
it), ``Số: …`` under it, ``<địa danh>, ngày … tháng … năm …`` top right, the type name in
capitals with the trích yếu below, or ``V/v …`` for a công văn. The segmenter has found those
lines; here they are parsed. When the header block is missing (plain-text copies often drop
the two-column table) the issuer is inferred from the sentence that says who builds the
plan, the signature block and the number's symbol.
"""

from __future__ import annotations

import re
from functools import cache

from .. import bodies, ocr_names
from ..headerzone import Piece, is_motto_tail, motto_fragment_start, motto_spans
from ..lexicon import (
    admin_levels,
    central_body_names,
    code_for,
    enacting_word_at,
    expand_abbreviations,
    org_heads,
    place_named_heads,
    positions,
    starts_with_org_head,
    telegram_verbs,
    telegram_verbs_alt,
    type_for_symbol_code,
)
from ..provenance import Prov
from ..resources import load_rules
from ..segment import (
    AUTHORITY,
    VV_LINE,
    Document,
    glued_type,
    match_type_line,
    qualified_type,
    run_on_type,
    sentence_case_authority,
    sentence_type,
)
from ..textutil import (
    clean_value,
    collapse,
    find_phrase,
    fold,
    fold_cue,
    is_upper_line,
    phrase_pattern,
    sentence_case_org,
)
from .issuer_infer import (
    canonical,
    completed_by_symbol,
    enacting_issuer,
    ends_in_aspect_word,
    is_central,
    reply_to_issuer,
    self_reference_issuer,
    symbol_issuer,
    symbol_local_body,
    with_locality,
)
from .title_infer import enacted_title, enacting_word_line, untyped_title

NUMBER_TOKEN = re.compile(
    r"(?P<raw>(?P<seq>\d+[a-zA-Z]?)?\s*/\s*(?P<sym>[\wĐđ&.\-]+(?:\s*/\s*[\wĐđ&.\-]+)*)|(?P<party>\d+)-(?P<psym>[\wĐđ]+/[\wĐđ\-]+))"
)


def _abbrev_keys() -> frozenset[str]:
    return frozenset(load_rules("abbreviations")["expand"])


def _name_after_abbrevs() -> frozenset[str]:
    """Abbreviations a proper name follows (``Trường THPT Ngô Thị Nhậm``)."""
    return frozenset(a for v in load_rules("abbreviations")["keep_after"].values() for a in v)


_NAMED_BY_TAIL = re.compile(r"\s(?:SỐ|Số)\s+(?P<tok>\d\S*)\s*$")


@cache
def _short_levels() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The abbreviations that write a level short (``TP`` → ``thành phố``), as one pattern."""
    table = load_rules("abbreviations")["expand"]
    levels = tuple(lv.casefold() for lv in admin_levels())
    short = {k: v for k, v in table.items() if isinstance(v, str) and v.casefold().startswith(levels)}
    if not short:
        return None
    alt = "|".join(re.escape(k) for k in sorted(short, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{alt})(?!\w)"), short


def _levels_spelled(upper: str) -> str:
    """``CỤC THUẾ TP HÀ AN`` → ``CỤC THUẾ THÀNH PHỐ HÀ AN``: a level written short, spelled out
    before the cell is cased, so that the place after it is cased as a place."""
    got = _short_levels()
    if got is None:
        return upper
    pat, table = got
    return pat.sub(lambda m: table[m.group()].upper(), upper)


def org_name(upper: str) -> str:
    """Header capitals → conventional case, abbreviations expanded; a body named by the
    decision that created it keeps that decision's number as written and its type name
    capitalised (``… theo Quyết định số 27/QĐ-SXD``)."""
    if is_upper_line(upper):
        upper = _levels_spelled(upper)
    m = _NAMED_BY_TAIL.search(collapse(upper))
    if m:
        head = org_name(collapse(upper)[: m.start()])
        words = head.split(" ")
        for n in sorted(_type_name_words(), reverse=True):
            if len(words) > n and " ".join(words[-n:]).casefold() in _type_name_set():
                words[-n] = words[-n][:1].upper() + words[-n][1:]
                break
        return f"{' '.join(words)} số {m.group('tok')}"
    pos = _leading_position(collapse(upper))
    if pos is not None:
        # an issuing position heading the cell (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …``): the
        # position as the lexicon writes it, then its body cased as a body
        return f"{pos} {org_name(collapse(upper)[len(pos) :].strip())}"
    cased = sentence_case_org(
        collapse(upper), admin_levels(), _abbrev_keys(), org_heads(), place_named_heads(), _name_after_abbrevs()
    )
    return bodies.canonical_case(collapse(expand_abbreviations(cased)))


def _leading_position(name: str) -> str | None:
    """The leadership position a cell's name opens with, when a body's name follows it."""
    low = name.casefold()
    for p in positions():
        pl = p.casefold()
        if low.startswith(pl + " ") and starts_with_org_head(name[len(p) :].strip()):
            return p
    return None


@cache
def _type_name_set() -> frozenset[str]:
    return frozenset(t["name"].casefold() for t in load_rules("doc_types")["type"])


@cache
def _type_name_words() -> frozenset[int]:
    return frozenset(len(n.split()) for n in _type_name_set())


# ------------------------------------------------------------------ number, date, place

def extract_number(doc: Document, prov: Prov) -> dict | None:
    """The document's own number, as the document model read it from its number cell (a text
    whose header was lost has none: an appendix's note naming it, "(Kèm theo Nghị quyết số …)",
    is no "Số:" line — the contract's "not one from an appendix")."""
    a = doc.annotations.get("number")
    if a is None:
        return None
    prov.add("number", a.start, a.end, a.confidence, a.rule)
    return dict(a.value)  # type: ignore[call-overload]


def marked_place(place: str | None, bodies: list[str | None]) -> str | None:
    """``place`` with the marks the issuer's own name gives it (``Hue`` → ``Huế`` after
    ``Ủy ban nhân dân thành phố Huế``): a text printed without marks has its bodies' localities
    restored from the lexicons, while a place standing alone before the date may read several
    ways and stays folded. Only a place without marks, only to the same letters."""
    if not place or not place.isascii():
        return place
    n, key = len(place.split()), fold(place)
    for body in bodies:
        words = (body or "").split()
        for i in range(len(words) - n + 1):
            cand = " ".join(words[i : i + n])
            if cand[:1].isupper() and not cand.isascii() and fold(cand) == key:
                return cand
    return place


def extract_date_place(doc: Document, prov: Prov) -> tuple[dict | None, str | None]:
    """The date and place of the place-date cell; none when the header has no date line (a
    date cited in the body, or by an appendix's note, is never the document's own)."""
    a = doc.annotations.get("date")
    if a is None:
        return None, None
    prov.add("date", a.start, a.end, a.confidence, a.rule)
    date = dict(a.value)  # type: ignore[call-overload]
    p = doc.annotations.get("place")
    place = None
    if p is not None:
        place = clean_value(str(p.value)) or None
        if place:
            prov.add("place", p.start, p.end, p.confidence, p.rule)
    return date, place


# ------------------------------------------------------------------ type and title

def _symbol_code(number: dict | None) -> str | None:
    sym = (number or {}).get("symbol") or ""
    # the type code is the first part that is not the year (``2024/NĐ-CP`` → ``NĐ``)
    return next((p for p in re.split(r"[-/]", sym) if p and not p.isdigit()), None)


def _is_party_number(number: dict | None) -> bool:
    """Party documents join number and symbol with a hyphen (``07-KL/VPTW``)."""
    raw = (number or {}).get("raw") or ""
    return bool(re.fullmatch(r"\d*-[^/]+/.+", raw))  # (a draft's blank: "-QĐ/TU")


def _typed(name: str, number: dict | None) -> dict:
    code = code_for(name)
    if _is_party_number(number):
        code = load_rules("doc_types").get("party_codes", {}).get(name, code)
    return {"name": name, "code": code}


def _overriding_type(number: dict | None) -> str | None:
    """A type that the number's symbol fixes whatever the title block says (``…/VBHN-…``)."""
    code = _symbol_code(number)
    if not code:
        return None
    for t in load_rules("doc_types")["type"]:
        if t.get("overrides_title_block") and t["code"].casefold() == code.casefold():
            return t["name"]
    return None


def _symbol_type(doc: Document, upto: int, number: dict | None, prov: Prov) -> dict | None:
    """The kind the number's symbol names (``…/NQ-…``), other than a công văn's, where a header
    line up to line ``upto`` opens with that kind's name (marks and case aside)."""
    code = _symbol_code(number)
    name = type_for_symbol_code(code) if code else None
    if not name or not code_for(name) or code_for(name) == "CV":
        return None
    key = fold_cue(name)
    if not any(fold(ln.text).lstrip("*_ ").startswith(key) for ln in doc.lines[: upto + 1]):
        return None
    s = prov.spans.get("number")
    if s:
        prov.add("doc_type", s.start, s.end, 0.7, "symbol-code")
    return _typed(name, number)


def extract_type(doc: Document, prov: Prov, number: dict | None) -> dict | None:
    over = _overriding_type(number)
    if over is not None:
        s = prov.spans.get("number")
        if s:
            prov.add("doc_type", s.start, s.end, 0.95, "symbol-overrides")
        return _typed(over, number)
    ti = doc.anchors.get("type")
    if ti is not None and enacting_word_line(doc):
        # the enacting word ("QUYẾT ĐỊNH:") taken for the type line: the header's type line was
        # lost. The symbol's type code, when there is one, says more
        code = _symbol_code(number)
        name = type_for_symbol_code(code) if code else None
        line = doc.lines[ti]
        if name and code_for(name):
            s = prov.spans.get("number")
            if s:
                prov.add("doc_type", s.start, s.end, 0.7, "symbol-code")
            return _typed(name, number)
        name = match_type_line(line.text)
        if name:
            prov.add("doc_type", line.start, line.end, 0.6, "enacting-word")
            return _typed(name, number)
    if ti is not None:
        line = doc.lines[ti]
        name = match_type_line(line.text)
        if name is None and ti + 1 < len(doc.lines):
            name = match_type_line(f"{line.text} {doc.lines[ti + 1].text}")
        if name is None:
            g = glued_type(line.text)
            name = g[0] if g else None
        if name is None:
            name = qualified_type(line.text)  # "KẾ HOẠCH QUỐC GIA"
        if name is None:
            g = run_on_type(line.text)  # "KẾ HOẠCH TRIỂN KHAI …": type and title in capitals
            name = g[0] if g else None
        if name is None and (g := sentence_type(line.text)) is not None:
            # "Quyết định về việc …" on the text's first line: type and title in sentence case
            prov.add("doc_type", line.start, line.start + g[1], 0.8, "type-sentence-case")
            return _typed(g[0], number)
        if name:
            prov.add("doc_type", line.start, line.end, 0.97, "type-line")
            return _typed(name, number)
    vi = doc.anchors.get("vv")
    if vi is not None and (typed := _symbol_type(doc, vi, number, prov)) is not None:
        # every kind's trích yếu may open with "Về việc": a type name run into it by a converter
        # ("NGHI QUYETVe viec …", unread as a type line) that the symbol's kind code confirms
        # ("…/NQ-…") says what the document is. The code alone would not: an issuer's own
        # abbreviation may spell a kind's code ("…/CT-CS" of a Cục Thuế letter)
        return typed
    if vi is not None and _is_party_number(number):
        # a Party document's number names its kind before the slash ("-QĐ/TU", "12-KL/TW"), never
        # its issuer's abbreviation: a "Về việc …" line under it is the trích yếu of that kind
        code = _symbol_code(number)
        name = type_for_symbol_code(code) if code else None
        s = prov.spans.get("number")
        if name and code_for(name) and s:
            prov.add("doc_type", s.start, s.end, 0.7, "party-symbol-code")
            return _typed(name, number)
    if vi is not None:
        piece = (doc.cells.get("vv") or [None])[0]
        s = piece.start if piece is not None else doc.lines[vi].start
        prov.add("doc_type", s, s + 3, 0.9, "vv-line")
        return {"name": "Công văn", "code": "CV"}
    code = _symbol_code(number)
    if code:
        name = type_for_symbol_code(code)
        if name and code_for(name):
            s = prov.spans.get("number")
            if s:
                prov.add("doc_type", s.start, s.end, 0.7, "symbol-code")
            return _typed(name, number)
    if number is not None:
        # a numbered document with neither type name nor V/v line is, by Phụ lục III, a công văn
        s = prov.spans.get("number")
        if s:
            prov.add("doc_type", s.start, s.end, 0.5, "numbered-without-type")
        return {"name": "Công văn", "code": "CV"}
    kg = doc.parts.get("addressee")
    opens = kg and sum(1 for ln in doc.lines[doc.anchors.get("doc_start", 0) : kg.start] if ln.text) <= 2
    if kg and (opens or ("number" in doc.anchors and "date" in doc.anchors and doc.anchors["date"] < kg.start)):
        # the header lost, the text opens with "Kính gửi": a letter without a type name, which
        # is what a công văn is; so is one whose number cell a scan left unreadable, its date
        # cell read and "Kính gửi" under them
        ln = doc.lines[kg.start]
        prov.add("doc_type", ln.start, ln.end, 0.5, "addressee-without-type")
        return {"name": "Công văn", "code": "CV"}
    enacted = enacting_word_at(doc.text)
    if enacted is not None:
        # no type line, no number: the enacting word before "Điều 1" says what it enacts
        name, s, e = enacted
        prov.add("doc_type", s, e, 0.5, "enacting-word-anywhere")
        return _typed(name, number)
    return _built_type(doc, prov, number)


def _built_type(doc: Document, prov: Prov, number: dict | None) -> dict | None:
    """No header, no number: the sentence that says who builds the text names what it is
    ("Sở A xây dựng kế hoạch tổ chức …" opening a plan's body a portal page kept)."""
    for ln in doc.part_lines("preamble")[:12]:
        for m in _build_re().finditer(ln.text):
            if _builder(m.group("org").strip()) is None:
                continue
            name = match_type_line(m.group("obj").upper())
            if name is not None and code_for(name):
                prov.add("doc_type", ln.start + m.start("obj"), ln.start + m.end("obj"), 0.5, "builds-sentence")
                return _typed(name, number)
    return None


def _authority_tail(title: str, issuer: str | None) -> int | None:
    """Where a Quyết định's authority line (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH``) starts."""
    pos = load_rules("orgs")["positions"]
    cands = [p.upper() for p in pos] + ([issuer.upper()] if issuer else [])
    connectors = {w.casefold() for w in load_rules("structure")["title"]["connectors"]}
    best = None
    for c in cands:
        for m in re.finditer(r"(?<= )" + re.escape(c) + r"\b", title):
            tail = title[m.start() :]
            before = title[: m.start()].split()
            # "… QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO …": a body named after a connector is the
            # trích yếu's own object, not an authority line run into it
            if before and before[-1].casefold() in connectors:
                continue
            if issuer and c == issuer.upper() and not _issuer_is_whole_tail(tail, issuer):
                # "HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII": the issuer named
                # inside the trích yếu; the authority line is the issuer's name and no more
                continue
            # (a long authority line, a steering committee's head named with its whole remit,
            # where the trích yếu above it is in small letters: the switch to capitals tells)
            if is_upper_line(tail, 0.95) and m.start() > 10 and (
                    len(tail) < 70 or (len(tail) < 200 and not is_upper_line(title[: m.start()], 0.5))):
                if best is None or m.start() < best:
                    best = m.start()
    return best


def _issuer_is_whole_tail(tail: str, issuer: str) -> bool:
    """The title's tail is the issuer's name, or that name and the place it governs ("… TỈNH
    SÔNG BẠC" after an issuer read without it)."""
    rest = collapse(tail)[len(issuer) :].strip(" .,:;").casefold()
    return not rest or any(rest.startswith(lv.casefold() + " ") for lv in admin_levels())


@cache
def _own_reference_re() -> re.Pattern[str] | None:
    pat = load_rules("structure")["title"].get("own_reference")
    return re.compile(pat, re.I) if pat else None


def _own_reference_end(text: str, doc: Document) -> int:
    """Where the trích yếu starts after an older block's repeat of the issuer, own number and
    date (0 when there is none): only the document's own number counts — a title may well
    open by naming another document ("Số … ngày …" of a text it amends)."""
    rx = _own_reference_re()
    own = (doc.cells.get("number") or [None])[0]
    if rx is None or own is None:
        return 0
    m = rx.match(text)
    if m is None or m.group("num").casefold() not in own.text.casefold():
        return 0
    rest = text[m.end() :]
    # the trích yếu itself must stay: a block that is only the repeat is left as it was
    return m.end() if len(rest.split()) >= 3 else 0


def extract_title(doc: Document, prov: Prov, doc_type: dict | None, issuer: str | None = None) -> str | None:
    cell = (doc.cells.get("title") or [None])[0]
    if cell is None or enacting_word_line(doc):
        # under an enacting word ("QUYẾT ĐỊNH:") the articles begin, not a trích yếu
        return untyped_title(doc, prov, doc_type) or enacted_title(doc, prov, doc_type)
    start, end = cell.start, cell.end
    text = doc.text[start:end]
    # a V/v trích yếu wrapped over lines keeps its breaks in the cell: the label is read on the
    # block as one line (same length, so the offsets hold)
    vv = VV_LINE.match(text.replace("\n", " "))
    if vv and doc.anchors.get("vv") == cell.line:
        start += vv.start("rest")
        text = vv.group("rest")
    text = text.replace("\n", " ")
    if text.lstrip().startswith("|"):
        # a title block kept as a one-column table: its rows' cell marks are no part of it
        text = text.replace("|", " ")
    for more in (doc.cells.get("title") or [])[1:]:
        # the trích yếu's cell going on below a row it shared with the place-date cell
        text = f"{text} {more.text}"
        end = more.end
    own = _own_reference_end(text, doc)
    if own:
        start += own
        text = text[own:]
    text = text[: _motto_tail(text)]
    text = _STRAY_CELL_MARK.sub("", text)  # "… năm học 2021-2022 |": a scan's column rule, OCR'd
    if doc_type and doc_type.get("code") in {"QĐ", "NQ", "CT", "QyĐ", "QC"}:
        cut = _authority_tail(text, issuer)
        if cut is not None:
            text = text[:cut]
    value = clean_value(text)
    if not value:
        return None
    # the value has its whitespace collapsed (tabs, double spaces, line breaks of the block):
    # look for its words, whatever spaces the text has between them, inside the block only —
    # a search past the block found the same words in the body, a span ending before it started
    m = find_phrase(doc.text, value.split(), start, end)
    s, e = m if m else (start, end)
    prov.add("title", s, e, 0.9, "title-block")
    return value


_STRAY_CELL_MARK = re.compile(r"\s+\|\s*$")


def _motto_tail(text: str) -> int:
    """Where the motto in capitals closes a trích yếu in small letters (the header's right
    column run into the V/v cell's last line: "… Bình Thuận ĐẢNG CỘNG SẢN VIỆT NAM"); the
    text's length when it does not. A title in capitals may name the Party or the state
    ("… KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM"): it is left whole."""
    spans = motto_spans(text)
    if not spans:
        return len(text)
    s, e = spans[-1]
    for ps, pe in reversed(spans[:-1]):
        # the Quốc hiệu and the tiêu ngữ after it, both run in: the motto starts at the first
        if text[pe:s].strip(" .,;*_-–—"):
            break
        s = ps
    before = text[:s].rstrip()
    if not before or text[e:].strip(" .,;*_-") or is_upper_line(before, 0.6):
        return len(text)
    return len(before)


# ------------------------------------------------------------------ issuer

def _split_bodies(lines: list[Piece]) -> list[tuple[str, int, int]]:
    """Group header lines into bodies: a line that starts with an organisation head word
    starts a new body; others continue the one above (converters wrap long names)."""
    bodies: list[list[Piece]] = []
    for ln in (q for p in lines for q in _split_run_together(p)):
        t = ln.text.strip("* ")
        if not t:
            continue
        if not bodies or (starts_with_org_head(t) and not _continues(bodies[-1][-1].text)):
            bodies.append([ln])
        else:
            bodies[-1].append(ln)
    return [(" ".join(x.text.strip("* ") for x in b), b[0].start, b[-1].end) for b in bodies]


def _split_run_together(p: Piece) -> list[Piece]:
    """A cell whose line breaks a converter lost holds parent and body on one line
    (``SỞ XÂY DỰNG TỈNH BÌNH AN ĐOÀN KIỂM TRA …``): it is cut where a body's head word
    follows an administrative level and its place name (one to four words), when at least
    two words of the new body follow."""
    got = _after_central_name(p)
    if got is not None:
        return got
    words = list(re.finditer(r"\S+", p.text))
    low = [w.group().casefold() for w in words]
    levels = {lv.casefold() for lv in admin_levels() if " " not in lv}
    for i, w in enumerate(low):
        if w not in levels or i == 0:
            continue
        for k in range(i + 2, min(i + 6, len(words))):
            rest = p.text[words[k].start() :]
            head = starts_with_org_head(rest)
            # two words of the new body at least, or one of the body's own organs named by its
            # kind alone ("UBND TỈNH A VĂN PHÒNG": the office of the body before it)
            if (head and len(rest.split()) - len(head.split()) >= 2) or fold(rest.strip(" *_")) in _organs_of_parent():
                return _cut_at(p, words[k].start())
        break
    # … or after a province's or city's name written without its level, which ends many bodies'
    # names ("SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG THÁP TRƯỜNG THPT …")
    for k in range(2, len(words) - 1):
        for n in (3, 2, 1):
            if k - n < 1 or not bodies.is_place_name(" ".join(w.group() for w in words[k - n : k])):
                continue
            rest = p.text[words[k].start() :]
            head = starts_with_org_head(rest)
            if head and len(rest.split()) - len(head.split()) >= 2 and starts_with_org_head(p.text):
                return _cut_at(p, words[k].start())
    return [p]


def _cut_at(p: Piece, a: int) -> list[Piece]:
    """``p`` cut at offset ``a`` of its text: the parent before, the body (cut again) after."""
    left = p.text[:a].rstrip()
    return [
        Piece(p.line, p.start, p.start + len(left), left, p.role, p.first_on_line, p.after_sep),
        *_split_run_together(Piece(p.line, p.start + a, p.end, p.text[a:], p.role, False, False)),
    ]


def _after_central_name(p: Piece) -> list[Piece] | None:
    """``BỘ Y TẾ CỤC QUẢN LÝ DƯỢC``: a central body's name (the tables') run into the
    name of a body under it, which opens with a body's head word and goes on for at least one
    more word: cut between them (the parent, then the body)."""
    low = collapse(p.text).casefold()
    if collapse(p.text) != p.text:
        return None  # spans must carry over: only a single-spaced piece is cut
    for name in central_body_names():
        key = name.casefold()
        if not low.startswith(key + " "):
            continue
        a = len(name) + 1
        rest = p.text[a:]
        head = starts_with_org_head(rest)
        if head and len(rest.split()) > len(head.split()):
            left = p.text[: a - 1]
            return [
                Piece(p.line, p.start, p.start + len(left), left, p.role, p.first_on_line, p.after_sep),
                *_split_run_together(Piece(p.line, p.start + a, p.end, rest, p.role, False, False)),
            ]
        return None
    return None


# a piece carrying a numbered reference ("… /Số 12 + 13/"): a reproduction's running head,
# never a body's name
_NUMBERED = re.compile(r"/\s*(?:Số|SỐ)?\s*\d|\d\s*/")
# … except the number of the decision a body is named by (``… THEO QUYẾT ĐỊNH`` / ``SỐ 27/QĐ-SXD``:
# the model leaves such a piece among the issuer's text)
_NAMED_BY = re.compile(r"^(?:SỐ|Số)\s+\d")


def _bodies_only(bodies: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The issuing bodies among the header's capitals: a leading line that names no body
    (a reproduction's section banner) goes when bodies follow it, and a body printed twice
    (a gazette repeats the issuer above the header) counts once."""
    if any(starts_with_org_head(b[0]) for b in bodies):
        while bodies and not starts_with_org_head(bodies[0][0]):
            bodies = bodies[1:]
    out: list[tuple[str, int, int]] = []
    for b in bodies:
        if out and _same_body(out[-1][0], b[0]):
            out[-1] = b
            continue
        out.append(b)
    return out


def _same_body(a: str, b: str) -> bool:
    key = lambda x: re.sub(r"[^\w]", "", x.casefold())  # noqa: E731
    return key(a) == key(b)


def _continues(prev: str) -> bool:
    """A line that ends mid-name (``ỦY BAN NHÂN``, ``VĂN PHÒNG CHÍNH``) is continued below."""
    last = prev.split()[-1].casefold() if prev.split() else ""
    return last in {"và", "của", "nhân"}


def _without_motto(pieces: list[Piece]) -> list[Piece]:
    """The pieces with what a converter left of a cut motto taken out: a piece is cut where
    three running words of the motto start (``… TỈNH HÒA AN CỘNG HÒA XÃ HỘI``), and the few
    motto words right after such a piece (``VIỆT NAM``) go too."""
    out: list[Piece] = []
    fragment: Piece | None = None
    for p in pieces:
        # the rest of the cut motto stands in the fragment's column (a left cell on the next
        # row is the issuer's own: ``| NGÂN HÀNG NHÀ NƯỚC | CỘNG HÒA XÃ HỘI |`` / ``| VIỆT NAM | …``)
        if fragment is not None and p.first_on_line == fragment.first_on_line and is_motto_tail(p.text):
            continue
        k = motto_fragment_start(p.text)
        fragment = p if k is not None else None
        if k is None:
            out.append(p)
            continue
        left = p.text[:k].rstrip(" *_|-")
        if left.strip():
            out.append(Piece(p.line, p.start, p.start + len(left), left, p.role, p.first_on_line, p.after_sep))
    return out


# what no body's name holds: a sign (``=``, ``<``, a colon set apart) or a word mixing letters
# and figures (``Đ5CT``), which is what OCR makes of a neighbouring cell (the number run into
# the motto's row), not of a name
_OCR_NOISE = re.compile(r"[=<>~^]|\s:\s|\b[^\W\d_]+\d+[^\W\d_]+")


def _noise_piece(t: str) -> bool:
    """A header piece that is OCR debris, not a line of the issuer's name (a piece opening
    with a body's head word is kept whatever follows)."""
    return not starts_with_org_head(t.strip(" *_")) and _OCR_NOISE.search(t) is not None


# figures before a body's name on its line: a running head's date and page number run into the
# header ("… 21-04-2026 92 CHÍNH PHỦ" where a copy's line breaks were lost)
_LEADING_FIGURES = re.compile(r"[\d./\-]+(?:\s+[\d./\-]+)*\s+")


def _without_leading_figures(p: Piece) -> Piece:
    m = _LEADING_FIGURES.match(p.text)
    if m is None or not starts_with_org_head(p.text[m.end() :].strip(" *_")):
        return p
    return Piece(p.line, p.start + m.end(), p.end, p.text[m.end() :], p.role, False, p.after_sep)


def _marks_restored(p: Piece) -> Piece:
    """A header line OCR read with marks lost or wrong, its body names' marks put back
    (pipeline/ocr_names.py; same length, so its span holds)."""
    t = ocr_names.restored(p.text)
    return p if t == p.text else Piece(p.line, p.start, p.end, t, p.role, p.first_on_line, p.after_sep)


@cache
def _union_names() -> frozenset[str]:
    return frozenset(fold(n) for n in load_rules("structure")["header"].get("union_name", []))


def extract_issuer(doc: Document, prov: Prov, number: dict | None, place: str | None) -> dict | None:
    pieces = map(_without_leading_figures, _without_motto(doc.cells.get("issuer", [])))
    lines = [
        q for q in map(_marks_restored, pieces)
        if is_upper_line(q.text, 0.7) and (len(q.text) < 80 or (len(q.text) < 160 and bool(starts_with_org_head(q.text))))
        and (not _NUMBERED.search(q.text) or bool(_NAMED_BY.match(q.text)))
        and not _noise_piece(q.text)
    ]
    if len(lines) > 1:
        # the Youth Union's name alone on its line stands where a motto does ([header] union_name)
        lines = [q for q in lines if fold(q.text.strip(" *_|")) not in _union_names()] or lines
    if lines:
        bodies = _bodies_only(_split_bodies(lines))
        if bodies:
            name, s, e = bodies[-1]
            parent = None
            if len(bodies) > 1:
                # three levels (``UBND TỈNH X`` / ``SỞ Y`` / ``PHÒNG Z``): the superior printed
                # right above the issuer is its parent, not the whole chain run together
                parent = org_name(bodies[-2][0])
                ps, pe = bodies[-2][1], bodies[-2][2]
                prov.add("issuer.parent", ps, pe, 0.9, "header-block")
            prov.add("issuer.name", s, e, 0.93, "header-block")
            name = org_name(name)
            parent = canonical(parent) if parent else None
            name = completed_by_symbol(name, number, parent) or canonical(name)
            if parent and fold(name) in _organs_of_parent():
                name = f"{name} {parent}"  # "Ban Thường trực" of the body above it
            return {"name": name, "parent": parent}
    got = infer_issuer(doc, prov, number, place)
    sp0 = prov.spans.get("issuer.name")
    if got is not None and sp0 is not None and sp0.rule == "self-reference-inferred" \
            and any(got["name"].casefold().endswith(" " + lv) for lv in admin_levels()):
        # the letter's own voice names it with its level ("Ủy ban nhân dân Thành phố yêu cầu …"):
        # as it names itself, not placed from other mentions
        got["name"] = canonical(got["name"])
        return got
    if got is not None:
        name, placed = with_locality(got["name"], doc, place)
        got["name"] = canonical(name)
        sp = prov.spans.get("issuer.name")
        if placed and sp is not None:
            # the place came from elsewhere in the text: less sure than the inference itself
            prov.add("issuer.name", sp.start, sp.end, sp.confidence * 0.85, sp.rule)
    return got


@cache
def _organs_of_parent() -> frozenset[str]:
    return frozenset(fold(o) for o in load_rules("orgs").get("organs_of_parent", []))


@cache
def _build_re() -> re.Pattern[str]:
    """``<body> xây dựng Kế hoạch …`` (verbs and kinds from ``structure.toml`` ``[issuer]``)."""
    r = load_rules("structure")["issuer"]
    verbs = "|".join(re.escape(v) for v in r["build_verbs"])
    objs = "|".join(re.escape(o) + "|" + re.escape(o[0].lower() + o[1:]) for o in r["build_objects"])
    return re.compile(
        r"(?:^|[.;:]\s+|\)\s*,?\s*)(?P<org>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨỪ][^.;:\n]{2,90}?)\s+"
        rf"(?:{verbs})\s+(?P<obj>{objs})"
    )


def _authority_line_issuer(doc: Document, prov: Prov) -> dict | None:
    """The authority line under the trích yếu of a normative or decision-type document
    (``BỘ TRƯỞNG BỘ CÔNG THƯƠNG``, ``ỦY BAN THƯỜNG VỤ QUỐC HỘI``) names who issues it; a
    position before a body is dropped (the body issues), unless the position is itself an
    issuing authority (``THỦ TƯỚNG CHÍNH PHỦ``)."""
    run_in = (doc.cells.get("authority") or [None])[0]
    if run_in is not None:
        got = _authority_body(run_in.text, run_in.start)
        if got is not None:
            name, s = got
            prov.add("issuer.name", s, s + len(name), 0.7, "authority-line-run-in")
            return {"name": org_name(name), "parent": None}
    r = doc.parts.get("title")
    if not r:
        return None
    seen = 0
    for ln in doc.lines[r.stop : r.stop + 8]:
        t = ln.text.strip(" *_")
        if not t or set(t) <= set("-_=* "):
            continue
        seen += 1
        if seen > 2 or len(t) > 90:
            return None
        if not is_upper_line(t, 0.9) and not (seen == 1 and sentence_case_authority(doc.lines, ln.idx, len(doc.lines))):
            return None  # (in sentence case only a position right over the first ground)
        if _sender_below(doc, ln.idx):
            return None  # a telegram's sender wrapped over two lines: read as the sender
        got = _authority_body(t, ln.start + (len(ln.text) - len(ln.text.lstrip(" *_"))))
        if got is None:
            return None
        name, s = got
        prov.add("issuer.name", s, s + len(name), 0.75, "authority-line")
        return {"name": org_name(name), "parent": None}
    return None


def _authority_body(name: str, s: int) -> tuple[str, int] | None:
    """The issuer an authority's line names, with where it starts: a position before a body
    gives the body, an issuing position (``THỦ TƯỚNG CHÍNH PHỦ``) stays whole."""
    heads = [*positions(), *load_rules("orgs").get("authority_heads", [])]
    pos = next(
        (p for p in heads if name.casefold().startswith(p.casefold() + " ")
         and starts_with_org_head(name[len(p) :].strip())),
        None,
    )
    if pos and not _issuing_position(name):
        rest = name[len(pos) :].strip()
        if not starts_with_org_head(rest):
            return None
        return rest, s + len(name) - len(rest)
    if not (starts_with_org_head(name) or _issuing_position(name)):
        return None
    return name, s


@cache
def _telegram_re() -> re.Pattern[str]:
    return re.compile(rf"^[\s*_]*(?P<who>[^\n:]{{3,90}}?)\s+(?:{telegram_verbs_alt()})\s*:[\s*_]*$")


def _telegram_sender(doc: Document, prov: Prov) -> dict | None:
    """A telegram's sender line (``<SENDER> điện:``) before its message: who sends it issues it
    — weaker than a header cell, since the line is read without the header's layout."""
    verbs = telegram_verbs()
    if not verbs:
        return None
    lines = doc.lines[:60]
    for k, ln in enumerate(lines):
        # (a verb, which every match holds, looked for first: the lazy sender is tried at
        # every length of the line)
        m = _telegram_re().match(ln.text) if any(v in ln.text for v in verbs) else None
        if not m or not is_upper_line(m.group("who"), 0.9):
            continue
        who = m.group("who").strip(" *_")
        start = ln.start + ln.text.find(who)
        above = lines[k - 1].text.strip(" *_") if k else ""
        if above and is_upper_line(above, 0.9) and len(above) < 80 and not starts_with_org_head(who) and not any(
            who.casefold().startswith(p.casefold()) for p in positions()
        ):
            # the sender wrapped (``BỘ TRƯỞNG BỘ NÔNG NGHIỆP`` / ``VÀ MÔI TRƯỜNG điện:``): its
            # first line above, read as one name
            who = f"{above} {who}"
            start = lines[k - 1].start + lines[k - 1].text.find(above)
        got = _authority_body(who, start)
        if got is None:
            continue
        name, s = got
        prov.add("issuer.name", s, s + len(name), 0.75, "telegram-sender")
        return {"name": org_name(name), "parent": None}
    return None


def _sender_below(doc: Document, i: int) -> bool:
    """The line after line ``i`` ends a telegram's sender (``… điện:``): line ``i`` is the
    sender's first line, not an authority line of its own."""
    j = i + 1
    while j < len(doc.lines) and not doc.lines[j].text:
        j += 1
    return j < len(doc.lines) and bool(_telegram_re().match(doc.lines[j].text))


def _issuing_position(t: str) -> bool:
    return any(t.casefold() == p.casefold() for p in load_rules("orgs").get("issuing_positions", []))


# a purpose clause: the body it names builds what the purpose serves, not this document
_PURPOSE = re.compile(r"(?:Để|Nhằm)\s")


def _builder(org: str) -> str | None:
    """The body a builds-sentence names before its verb ("<body> xây dựng Kế hoạch …"): the
    phrase led by a body's head, the last such where a clause comes first; None where a
    purpose clause names whom the building serves ("Để … tham mưu cho UBND Thành phố xây dựng
    Chương trình …") or a tense narrates an earlier act ("<body> đã xây dựng …")."""
    if _PURPOSE.match(org):
        return None
    if not starts_with_org_head(org):
        words = org.split()
        org = next((c for k in range(len(words) - 1, -1, -1)
                    if starts_with_org_head(c := " ".join(words[k:])) and c[0].isupper()), "")
    return org if org and not ends_in_aspect_word(org) else None


def infer_issuer(doc: Document, prov: Prov, number: dict | None, place: str | None) -> dict | None:
    """No header block: the central body the number's symbol names, the authority line under
    the trích yếu, who builds the plan (sentence), the signature's ``TM.`` body, else the
    enacting sentence (which also names the ministry of a ``KT. BỘ TRƯỞNG`` signature)."""
    sym = symbol_issuer(number)
    if sym is not None:
        s = prov.spans.get("number")
        if s:
            prov.add("issuer.name", s.start, s.end, 0.7, "symbol-issuer-code")
        return {"name": sym, "parent": None}
    got = _authority_line_issuer(doc, prov) or _telegram_sender(doc, prov)
    if got is not None:
        return got
    for ln in doc.part_lines("preamble") + doc.part_lines("body")[:40]:
        for m in _build_re().finditer(ln.text):
            org = _builder(m.group("org").strip())
            if org is not None:
                s = ln.start + m.start("org") + (m.group("org").find(org))
                prov.add("issuer.name", s, s + len(org), 0.8, "builds-sentence")
                return {"name": collapse(expand_abbreviations(org)), "parent": None}
    # signature block: "TM. ỦY BAN NHÂN DÂN" (+ the level and place of the document); a local
    # body the text does not place is kept only when no enacting sentence names a better one
    bare = None
    for ln in doc.part_lines("signature"):
        m = AUTHORITY.match(ln.text.strip(" *_"))
        if m and m.group("auth").upper() in {"TM", "T/M"} and m.group("rest"):
            org = org_name(m.group("rest"))
            if is_central(org):
                prov.add("issuer.name", ln.start, ln.end, 0.7, "signature-tm")
                return {"name": org, "parent": None}
            if place and place.casefold() not in org.casefold():
                level = _level_of(doc, place)
                org = f"{org} {level} {place}" if level else org
                if level:
                    prov.add("issuer.name", ln.start, ln.end, 0.6, "signature-tm")
                    return {"name": org, "parent": None}
            bare = (org, ln.start, ln.end)
            break
    got = enacting_issuer(doc, prov) or self_reference_issuer(doc, prov) or reply_to_issuer(doc, prov)
    if got is not None:
        return got
    if bare is not None:
        prov.add("issuer.name", bare[1], bare[2], 0.6, "signature-tm")
        return {"name": bare[0], "parent": None}
    # last evidence: a local body's code in the symbol (``…/KH-UBND``), placed where the date
    # line is, at the level the text writes before that place; unplaced, it names nobody
    local = symbol_local_body(number)
    level = _level_of(doc, place) if local and place else None
    if local and level:
        name = f"{local} {level} {place}"
        # the span: where the text writes the whole name, else the symbol that names the body
        m = re.search(phrase_pattern(name), doc.text, re.IGNORECASE)
        s = prov.spans.get("number")
        if m is not None:
            prov.add("issuer.name", m.start(), m.end(), 0.6, "symbol-local-code")
        elif s:
            prov.add("issuer.name", s.start, s.end, 0.55, "symbol-local-code")
        return {"name": name, "parent": None}
    return None


def _level_of(doc: Document, place: str) -> str | None:
    """The administrative level the text uses with ``place`` (``xã Hồng Đức`` → ``xã``)."""
    levels = sorted(admin_levels(), key=len, reverse=True)
    pat = re.compile(r"\b(" + "|".join(re.escape(lv) for lv in levels) + r")\s+" + re.escape(place), re.IGNORECASE)
    m = pat.search(doc.text)
    return m.group(1).lower() if m else None
