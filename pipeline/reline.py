"""Line breaks given back to a flattened document, offsets kept.

A scraper that takes a page's text without separators, or a PDF copied as one paragraph, joins
the printed document's lines with spaces: header cells, title, grounds, sections and the
closing arrive on one line, and every reader that works by lines (the header zone, the title
block, the preamble, the sections, the closing) finds nothing — the record collapses where the
words are all there. Where a long line holds several kinds of the genre's structural cues
(``rules/reline.toml``: the motto, the ``Số:`` cell, the date line, a capitalised type heading,
grounds, Roman and numbered headings, Nơi nhận, an authority prefix), the space before each cue
becomes a line break. Spaces are replaced one for one, so every span found in the relined text
is a span of the normalized text too: provenance needs no new map.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .lexicon import doc_types, positions, starts_with_org_head, telegram_verbs, telegram_verbs_alt
from .resources import load_rules
from .textutil import LOWER as _LOW
from .textutil import UPPER as _UP
from .textutil import is_upper_line


@dataclass(frozen=True)
class _Rules:
    min_line: int
    min_kinds: int
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    after: frozenset[str]
    only_after: frozenset[str]
    first_only: frozenset[str]
    closing: frozenset[str]
    before_closing: frozenset[str]
    needs: dict[str, str]  # kind -> text every match of it holds
    requires: dict[str, str]  # kind -> kind a match of which every match of it holds
    patterns: dict[str, re.Pattern[str]]  # kind -> its pattern (``kinds`` as a mapping)
    probes: dict[str, re.Pattern[str]]  # kind -> a pattern found exactly where it is (presence only)


@cache
def _rules() -> _Rules:
    r = load_rules("reline")["flattened"]
    kinds = [(k, re.compile(v.replace("{UP}", _UP).replace("{LOW}", _LOW))) for k, v in r["cues"].items()]
    # the type heading in capitals before its title ("KẾ HOẠCH Triển khai …", "QUYẾT ĐỊNH Về việc …")
    names = sorted({t["name"].upper() for t in doc_types() if len(t["name"]) >= int(r["type_heading_min_letters"])},
                   key=len, reverse=True)
    # (each name's first letter comes first, the test that no word runs into it after that
    # letter: the search skips to the names' first letters)
    alt = "|".join(re.escape(n[0]) + rf"(?<![^\s]{re.escape(n[0])})" + re.escape(n[1:]).replace(r"\ ", r"\s+")
                   for n in names)
    kinds.append(("type", re.compile(rf"(?:{alt})(?=\s*:?\s+[{_UP}{_LOW}])")))
    return _Rules(int(r["min_line"]), int(r["min_kinds"]), tuple(kinds), frozenset(r["after"]),
                  frozenset(r["only_after"]), frozenset(r["first_only"]), frozenset(r["closing"]),
                  frozenset(r["before_closing"]), dict(r.get("needs", {})), dict(r.get("requires", {})),
                  dict(kinds), {k: re.compile(v.replace("{UP}", _UP).replace("{LOW}", _LOW))
                                for k, v in r.get("probes", {}).items()})


def reline(text: str) -> str:
    """``text`` with the flattened lines broken where the printed document's lines began."""
    R = _rules()
    lines = text.split("\n")
    # the breaks go in by offset; the text is copied only when some line breaks (most
    # documents have long paragraphs, few have flattened lines)
    breaks: list[int] = (_header_breaks(lines) + _running_title_breaks(lines) + _signature_breaks(lines)
                         + _annex_breaks(lines))
    if any(len(ln) >= R.min_line for ln in lines):
        pos = 0
        flat: list[int] = []
        for ln in lines:
            if len(ln) >= R.min_line:
                _break_line(ln, pos, flat, R)
            pos += len(ln) + 1
        if flat:
            # a signature or an issued plan's heading is at a line's start only once the
            # flattened lines are broken: those passes read the broken lines again
            broken = _with_breaks(text, breaks + flat).split("\n")
            breaks += (flat + _signature_breaks(broken) + _annex_breaks(broken) + _sender_breaks(broken)
                       + _authority_breaks(broken))
    if not breaks:
        return text
    return _with_breaks(text, breaks)


def _with_breaks(text: str, breaks: list[int]) -> str:
    """``text`` with a line break at each offset of ``breaks`` (each a space: lengths stay)."""
    out = list(text)
    for q in breaks:
        out[q] = "\n"
    return "".join(out)


@dataclass(frozen=True)
class _HeaderRules:
    max_lines: int
    ends: re.Pattern[str]
    date: re.Pattern[str]
    salutation: re.Pattern[str]
    body_rule: re.Pattern[str]
    body_opener: re.Pattern[str]
    type_heading: re.Pattern[str]
    ground: re.Pattern[str]


@cache
def _header_rules() -> _HeaderRules:
    r = load_rules("reline")["header"]

    def rx(v: str) -> re.Pattern[str]:
        return re.compile(v.replace("{UP}", _UP).replace("{LOW}", _LOW))

    type_rx = _rules().patterns["type"]
    return _HeaderRules(int(r["max_lines"]), re.compile("|".join(f"(?:{e})" for e in r["ends"])),
                        rx(r["date"]), rx(r["salutation"]), rx(r["body_rule"]), rx(r["body_opener"]), type_rx,
                        rx(r["ground"]))


def _header_breaks(lines: list[str]) -> list[int]:
    """Breaks inside the header's lines where a page joined its cells (``[header]`` in
    rules/reline.toml): after a date line that text follows (a type heading, ``Kính gửi``),
    before the type heading after it, before ``Kính gửi:``, before a body's name in capitals
    over its rule after the page's own title sentence. The header's own one-line forms
    (number and date side by side, the motto's two parts) are left to the header reader."""
    H = _header_rules()
    out: list[int] = []
    pos = 0
    seen = 0
    for ln in lines:
        start = pos
        pos += len(ln) + 1
        t = ln.strip()
        if not t:
            continue
        seen += 1
        if seen > H.max_lines or H.ends.match(t):
            break
        points: list[int] = []
        m = H.body_rule.search(ln)
        if m and m.start() > 0:
            points.append(m.start())
        d = H.date.search(ln)
        if d and not _date_opens(ln[:d.start()]):
            d = None  # a date inside a sentence, not the header's date line
        if d and ln[d.end():].strip(" .,*_"):
            points.append(d.end())
            tm = H.type_heading.search(ln, d.end())
            if tm and not ln[d.end():tm.start()].strip():
                points.append(tm.end())
                # the title in capitals, then the first ground: a line of its own
                g = H.ground.search(ln, tm.end())
                if g and is_upper_line(ln[tm.end() : g.start()]):
                    points.append(g.start())
        s = H.salutation.search(ln)
        if s and s.start() > 0 and d and s.start() >= d.end():
            points.append(s.start())
        if s:
            # the letter's first sentence run into the addressee ("Kính gửi: Đ/c Chủ tịch UBND
            # các tỉnh Trong thời gian qua, …"): it begins where an opener of a body follows
            o = H.body_opener.search(ln, s.end() + 3)
            if o:
                points.append(o.start())
        out.extend(start + q for p in points if (q := _space_at(ln, p)) >= 0)
    return out


# a site's title of the document run into the start of a piece of the page ("Quyết định 12/QĐ-X
# năm 2025. Điều 3. …", "… năm 2025. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG …"): the crawler cut the
# page into pieces (the articles, the sections of an issued plan) and put the title before each
_RUNNING_TITLE = re.compile(r"^(?P<p>\S.{6,300}?\.) (?=Điều\s+\d|[IVX]{1,5}\.\s)")


def _running_title_breaks(lines: list[str]) -> list[int]:
    """Breaks after a title that opens two or more pieces' lines, and after each sentence of it
    that is such a title too ("Quyết định 12/QĐ-X năm 2025." before the articles, then "… năm
    2025. CHƯƠNG TRÌNH HÀNH ĐỘNG." before the issued programme's sections): every line that
    opens with one of them — the issued plan's heading line as well — is cut after it. The
    piece keeps its line; the titles are furniture (pipeline/furniture.py)."""
    found: dict[str, int] = {}
    for ln in lines:
        # (a cheap test first: a title before an article or a Roman section ends ". Điều", ". I…")
        if ln[:1] != " " and (". Điều" in ln or ". I" in ln or ". V" in ln or ". X" in ln):
            m = _RUNNING_TITLE.match(ln)
            if m:
                found[m.group("p")] = found.get(m.group("p"), 0) + 1
    titles = [t + " " for t, n in found.items() if n >= 2]
    if not titles:
        return []
    out: list[int] = []
    pos = 0
    for ln in lines:
        out.extend(pos + len(t) - 1 for t in titles if ln.startswith(t))
        pos += len(ln) + 1
    return sorted(set(out))


@cache
def _signature_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = load_rules("reline")["signature"]
    type_rx = _rules().patterns["type"]
    annex = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in r["annex"])
    caps = rf"[{_UP}][{_UP}\-]*(?:[\s/]+[{_UP}][{_UP}\-]*){{{int(r['caps_words']) - 1}}}(?![{_LOW}])"
    # a type named in sentence case then its number: the caption a site prints after the text
    named = "|".join(re.escape(t["name"][:1].upper() + t["name"][1:].lower()).replace(r"\ ", r"\s+")
                     for t in doc_types() if len(t["name"]) >= 4)
    after = rf"(?:[{_UP}]{{2}}|(?:{named})\s+\d)"
    line = re.compile(r["line"].replace("{AFTER}", after).replace("{UP}", _UP).replace("{LOW}", _LOW))
    return line, re.compile(rf"(?:{type_rx.pattern}|(?:{annex})(?:\s+[\dIVX]+[.:]?)?(?=\s))\s+[{_UP}]{{2}}|{caps}|(?:{named})\s+\d")


_HEADER_LINES = 8  # a signature or an issued plan's heading never stands in the first lines


def _past_header(lines: list[str]) -> Iterator[tuple[str, int]]:
    """Each line past the header's first lines, with its offset in the text."""
    pos = 0
    for i, ln in enumerate(lines):
        if i >= _HEADER_LINES:
            yield ln, pos
        pos += len(ln) + 1


def _signature_breaks(lines: list[str]) -> list[int]:
    """A break between a signer's name and the annex heading joined to it (``[signature]`` in
    rules/reline.toml). Read only past the header (a signature closes the text) and only on a
    line that opens in capitals: a sentence never does."""
    line_rx, heading = _signature_rules()
    out: list[int] = []
    for ln, start in _past_header(lines):
        if len(ln) < 12 or not ln.lstrip()[:2].isupper():
            continue
        m = line_rx.match(ln)
        if m and heading.match(ln, m.end()) and (q := _space_at(ln, m.end())) >= 0:
            out.append(start + q)
    return out


# a telegram's sender line, "<SENDER> điện:", in capitals
@cache
def _sender_re() -> re.Pattern[str]:
    return re.compile(rf"(?:[{_UP}][{_UP}\-]*\s+){{2,20}}(?:{telegram_verbs_alt()})\s*:")


@cache
def _position_starts() -> tuple[str, ...]:
    return tuple(sorted({p.upper() for p in positions()}, key=len, reverse=True))


def _sender_breaks(lines: list[str]) -> list[int]:
    """A break before a telegram's sender line that a flattened text ran into the trích yếu in
    capitals before it ("V/V … KHU VỰC TRUNG BỘ THỦ TƯỚNG CHÍNH PHỦ điện: …"): the sender is the
    run of capitals from its first position word (the lexicon's positions); a run with no
    position is left whole (a body's name cannot be told from the title's last words)."""
    out: list[int] = []
    pos = 0
    for ln in lines:
        if any(v in ln for v in telegram_verbs()):
            for m in _sender_re().finditer(ln):
                for w in re.finditer(r"\S+", ln[m.start() : m.end()]):
                    at = m.start() + w.start()
                    if at > 0 and ln[at:].startswith(_position_starts()):
                        if (q := _space_at(ln, at)) >= 0:
                            out.append(pos + q)
                        break
        pos += len(ln) + 1
    return out


@dataclass(frozen=True)
class _AuthorityRules:
    types: frozenset[str]
    phrases: tuple[tuple[tuple[str, ...], bool], ...]  # (words case-folded, is a body), longest first
    connectors: tuple[tuple[str, ...], ...]
    max_words: int
    term: re.Pattern[str]
    preamble: re.Pattern[str]  # a ground that opens the preamble ([authority] preamble_opens)


@cache
def _authority_rules() -> _AuthorityRules:
    r = load_rules("reline")["authority"]
    phrases = [(tuple(p.casefold().split()), False) for p in positions()]
    phrases += [(tuple(b.casefold().split()), True) for b in r["bodies"]]
    conn = load_rules("structure")["title"]["connectors"] + r["agents"]
    return _AuthorityRules(frozenset(t.casefold() for t in r["types"]),
                           tuple(sorted(set(phrases), key=lambda p: -len(p[0]))),
                           tuple(tuple(c.casefold().split()) for c in conn), int(r["max_words"]),
                           re.compile(r["term"]),
                           re.compile("(?:" + "|".join(map(re.escape, r["preamble_opens"])) + r")\s"))


def _authority_breaks(lines: list[str]) -> list[int]:
    """The authority line a page joined to the trích yếu above the first ground of a decision or
    a normative text ("… NĂM 2026 HỘI ĐỒNG NHÂN DÂN TỈNH X" / "Căn cứ …"): the break goes before the
    last issuing body in capitals that ends the line, with the position and the bodies right
    before it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "HỘI ĐỒNG THÀNH VIÊN TẬP ĐOÀN …"), where the word
    before them does not link them to the title ("… CỦA BỘ Y TẾ" is the title's object)."""
    A = _authority_rules()
    typed = False
    pos = 0
    prev: tuple[str, int] | None = None  # the last line with text, and its offset
    for ln in lines:
        t = ln.strip(" *_|#")
        if not typed:
            typed = t.casefold() in A.types
        elif A.preamble.match(t):
            return _authority_cut(*prev, A) if prev is not None else []
        if t and typed:
            prev = (ln, pos)
        pos += len(ln) + 1
    return []


def _authority_cut(ln: str, base: int, A: _AuthorityRules) -> list[int]:
    words = [(m.start(), m.group().strip("*_|,").casefold()) for m in re.finditer(r"\S+", ln)]
    found: list[tuple[int, int, bool]] = []  # (first word, past the last word, is a body)
    i = 0
    while i < len(words):
        for phrase, body in A.phrases:
            k = len(phrase)
            if tuple(w for _, w in words[i : i + k]) == phrase:
                found.append((i, i + k, body))
                i += k
                break
        else:
            i += 1
    bodies = [f for f in found if f[2]]
    if not bodies:
        return []
    start = bodies[-1][0]
    for a, b, _ in reversed(found[: found.index(bodies[-1])]):
        if b != start:
            break
        start = a  # the position or the body right before it ("BỘ TRƯỞNG BỘ …")
    before = [w for _, w in words[:start]]
    tail = ln[words[start][0]:] if start < len(words) else ""
    if (len(before) < 2 or len(words) - start > A.max_words
            or any(tuple(before[-len(c):]) == c for c in A.connectors)
            or not is_upper_line(tail, 0.9)):
        return []
    at = words[start][0]
    cuts = [at - 1]
    term = A.term.search(ln, at + 1)
    if term is not None:
        cuts.append(term.start() - 1)  # a council's term stands on a line of its own under its name
    return [base + q for q in cuts if ln[q] == " "]


@cache
def _annex_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = load_rules("reline")["annex"]
    type_rx = _rules().patterns["type"]
    heading = re.compile(rf"(?<![^\s.])(?:{type_rx.pattern})\.?\s+(?=[{_UP}]{{2}})")
    return heading, re.compile(r["note"])


def _annex_breaks(lines: list[str]) -> list[int]:
    """Breaks in an issued plan's heading joined on one line with its title and the note that
    ties it to the decision ("KẾ HOẠCH TRIỂN KHAI … NĂM 2015 (Ban hành kèm theo Quyết định số
    …)", ``[annex]`` in rules/reline.toml): after the type name and before the note, so that the
    annex is read as a document of its own; a title in capitals alone before the note (its type
    name on the line above) is cut from the note too. Only a line holding the note is cut, and
    only past the header (a decision's own heading never holds it)."""
    heading, note = _annex_rules()
    out: list[int] = []
    for ln, start in _past_header(lines):
        # (only "è" and "È" fold to an "è": a line with neither is let go before it is folded)
        if ("è" not in ln and "È" not in ln) or "kèm theo" not in ln.casefold():
            continue
        n = note.search(ln)
        if not n or n.start() == 0:
            continue
        h = next(heading.finditer(ln, 0, n.start()), None)
        title_from = ln.rfind(". ", 0, n.start()) + 2 if ". " in ln[: n.start()] else 0
        if h is not None and (h.start() == 0 or _SIGNED_BEFORE.search(ln[: h.start()])):
            # the type name opens the line or follows a signer's name (_signature_breaks)
            q = _space_at(ln, h.end())
            if q >= 0 and ln[h.end() : n.start()].strip():
                out.append(start + q)
            title_from = max(title_from, h.end())
        # the note follows a title in capitals (after the type name, or after the sentence a
        # running title ends with): it goes on a line of its own
        title = ln[title_from : n.start()]
        if not _LOWER_RX.search(title) and _UPPER_RX.search(title) and (q := _space_at(ln, n.start())) >= 0:
            out.append(start + q)
    return out


# what may stand before an issued plan's heading on its line: a signer's name (a capitalised
# syllable after capitals) that _signature_breaks cuts off
_SIGNED_BEFORE = re.compile(rf"[{_UP}][{_LOW}]+\s+$")
_LOWER_RX = re.compile(f"[{_LOW}]")
_UPPER_RX = re.compile(f"[{_UP}]")


def _space_at(ln: str, p: int) -> int:
    """The space a break at ``p`` takes the place of: the one before the cue, or the one right
    after a match; -1 where neither side of ``p`` is a space (no break there)."""
    if p > 0 and ln[p - 1 : p] == " ":
        return p - 1
    return p if ln[p : p + 1] == " " else -1


def _date_opens(before: str) -> bool:
    """The date line opens the line: only its place ("Hà Nội, ") stands before ``ngày`` — or the
    number cell and then the place ("Số: 12/QĐ-UBND Tây Ninh, "), the two cells side by side that
    the header reader takes apart."""
    b = _NUMBER_CELL.sub("", before.strip(" *_"), count=1)
    return not b or (len(b) <= 40 and b.endswith(",") and not re.search(r"[.;:]", b))


# (or, where OCR lost the slash, a few marks before a symbol: "số: 34ÚŸ  mCT-KHCN Hà Nội, ngày …")
_NUMBER_CELL = re.compile(r"^(?:Số|SỐ|số(?=\s*:))\s*:?\s*(?:[\d.…_ ]*/\s*[^\s,;|]+|(?:\S{1,8}\s+){0,2}[^\s,;|/]*-[A-ZĐ]{2,}[^\s,;|]*)\s+")


def _holds(ln: str, kind: str, rx: re.Pattern[str], R: _Rules, found: dict[str, bool]) -> bool:
    """Whether ``rx`` (the pattern of ``kind``) is found in ``ln``; a kind is searched for only
    where the text it needs and the kind it requires are there (the place before the date
    line, tried at every capital of a long paragraph, requires the date line)."""
    hit = found.get(kind)
    if hit is None:
        req = R.requires.get(kind)
        hit = found[kind] = (not (kind in R.needs and R.needs[kind] not in ln)
                             and (req is None or _holds(ln, req, R.patterns[req], R, found))
                             and R.probes.get(kind, rx).search(ln) is not None)
    return hit


def _names_a_body(ln: str, at: int) -> bool:
    """The type word at ``at`` goes on a body's head word ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ"): part of the
    body's name, not a type heading."""
    words = ln[:at].split()
    return bool(words) and starts_with_org_head(words[-1].strip("*_|")) is not None


def _break_line(ln: str, base: int, out: list[int], R: _Rules) -> None:
    # most long lines are paragraphs: count the kinds present first (one search each, stopping
    # as soon as enough are found) before cutting anything
    kinds_present = 0
    found: dict[str, bool] = {}  # kind -> whether the line holds it, each searched once
    for kind, rx in R.kinds:
        if _holds(ln, kind, rx, R, found):
            kinds_present += 1
            if kinds_present >= R.min_kinds:
                break
    if kinds_present < R.min_kinds:
        return
    points: set[int] = set()
    seen: set[str] = set()
    # the header ends with the date line: a type word before it names a body ("SỞ KẾ HOẠCH VÀ
    # ĐẦU TƯ"), not the document's type heading. A date first found in the preamble is a cited
    # document's (a resolution of the legislature prints no date line of its own): the type
    # heading is then the first type word that follows no body's head word
    header_end = 0
    closing = len(ln)
    for kind, rx in R.kinds:
        if kind != "date" and kind not in R.closing:
            continue  # (only these two bound the cuts)
        m = rx.search(ln)
        if kind == "date" and m:
            pre = _authority_rules().preamble.search(ln, 0, m.start())
            header_end = m.end() if pre is None else -1
        if kind in R.closing and m:
            closing = min(closing, m.start())
    for kind, rx in R.kinds:
        # the closing's lines are cut by the closing's own reader (pipeline.closing_layout)
        for m in rx.finditer(ln, max(header_end, 0) if kind == "type" else 0,
                             closing if kind in R.before_closing else len(ln)):
            if kind == "type" and header_end < 0 and _names_a_body(ln, m.start()):
                continue
            seen.add(kind)
            if kind not in R.only_after:
                points.add(m.start())
            if kind in R.after or kind in R.only_after:
                points.add(m.end())
            if kind in R.first_only:
                break
    if len(seen) < R.min_kinds:
        return
    out.extend(base + q for p in points if (q := _space_at(ln, p)) >= 0)
