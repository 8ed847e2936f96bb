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

from ..dates import FULL_DATE
from ..lexicon import (
    admin_levels,
    code_for,
    expand_abbreviations,
    org_heads,
    place_named_heads,
    starts_with_org_head,
    type_for_symbol_code,
)
from ..provenance import Prov
from ..resources import load_rules
from ..segment import AUTHORITY, DATE_LINE, NUMBER_LINE, VV_LINE, Document, Line, match_type_line
from ..textutil import clean_value, collapse, is_upper_line, sentence_case_org

NUMBER_TOKEN = re.compile(
    r"(?P<raw>(?P<seq>\d+[a-zA-Z]?)?\s*/\s*(?P<sym>[\wĐđ&.\-]+(?:\s*/\s*[\wĐđ&.\-]+)*)|(?P<party>\d+)-(?P<psym>[\wĐđ]+/[\wĐđ\-]+))"
)


def _abbrev_keys() -> frozenset[str]:
    return frozenset(load_rules("abbreviations")["expand"])


def _name_after_abbrevs() -> frozenset[str]:
    """Abbreviations a proper name follows (``Trường THPT Ngô Thị Nhậm``)."""
    return frozenset(a for v in load_rules("abbreviations")["keep_after"].values() for a in v)


def org_name(upper: str) -> str:
    """Header capitals → conventional case, abbreviations expanded."""
    cased = sentence_case_org(
        collapse(upper), admin_levels(), _abbrev_keys(), org_heads(), place_named_heads(), _name_after_abbrevs()
    )
    return collapse(expand_abbreviations(cased))


# ------------------------------------------------------------------ number

def extract_number(doc: Document, prov: Prov) -> dict | None:
    i = doc.anchors.get("number")
    if i is None:
        return None
    line = doc.lines[i]
    m = NUMBER_LINE.match(line.text)
    rest_start = line.start + (m.start("raw") if m and m.group("raw") else len(line.text))
    text, base = line.text[rest_start - line.start :], rest_start
    if not text.strip() and i + 1 < len(doc.lines):
        nxt = doc.lines[i + 1]
        text, base = nxt.text, nxt.start
    tok = NUMBER_TOKEN.search(text)
    if not tok:
        return None
    raw = re.sub(r"\s+", "", tok.group(0))
    if tok.group("party"):
        seq, symbol = tok.group("party"), tok.group("psym")
    else:
        seq = tok.group("seq")
        symbol = re.sub(r"\s+", "", tok.group("sym"))
    raw = raw.rstrip(".,;")
    symbol = symbol.rstrip(".,;")
    s, e = base + tok.start(), base + tok.end()
    prov.add("number", s, e, 0.97 if seq else 0.9, "number-line")
    return {"raw": raw, "seq": seq, "symbol": symbol}


# ------------------------------------------------------------------ date and place

def _place_before(doc: Document, line: Line, head: str) -> tuple[str, int, int] | None:
    place = head.strip(" ,|*_")
    start = line.start + (len(head) - len(head.lstrip(" ,|*_")))
    # "Hà" / "Nội, ngày …": the place wrapped by the converter onto the line above (OCR may
    # leave a blank line between the two when they were printed as paragraphs of their own)
    if line.idx > 0:
        prev = doc.lines[line.idx - 1]
        if not prev.text and line.idx > 1:
            prev = doc.lines[line.idx - 2]
        words = prev.text.split()
        if (
            prev.text and 1 <= len(words) <= 2 and not re.search(r"[\d:;.,]", prev.text)
            and not is_upper_line(prev.text) and all(w[:1].isupper() for w in words)
        ):
            place = f"{prev.text} {place}".strip()
            start = prev.start
    place = clean_value(place)
    if not place or len(place) > 50:
        return None
    return place, start, start + len(place)


# the date line written with figures: "ngày 5/9/2024"
_NUMERIC_DATE_LINE = re.compile(r"ngày\s*(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})\b", re.IGNORECASE)


def extract_date_place(doc: Document, prov: Prov) -> tuple[dict | None, str | None]:
    i = doc.anchors.get("date")
    if i is None:
        return None, None
    line = doc.lines[i]
    m = FULL_DATE.search(line.text) or _NUMERIC_DATE_LINE.search(line.text)
    if not m:
        return None, None
    d = m.group("d")
    mo = m.group("m")
    y = m.group("y")
    day, month, year = (int(d) if d else None), (int(mo) if mo else None), int(y)
    iso = None
    if day and month:
        try:
            import datetime as _dt

            iso = _dt.date(year, month, day).isoformat()
        except ValueError:
            iso = None
    raw = collapse(m.group(0))
    s = line.start + m.start()
    prov.add("date", s, line.start + m.end(), 0.97 if iso else 0.85, "date-line")
    date = {"raw": raw, "iso": iso, "year": year, "month": month, "day": day}
    place = None
    dl = DATE_LINE.search(line.text)
    if dl:
        got = _place_before(doc, line, line.text[: m.start()].rstrip().rstrip(","))
        if got:
            place, ps, pe = got
            prov.add("place", ps, pe, 0.95, "date-line")
    return date, place


# ------------------------------------------------------------------ type and title

def extract_type(doc: Document, prov: Prov, number: dict | None) -> dict | None:
    ti = doc.anchors.get("type")
    if ti is not None:
        line = doc.lines[ti]
        name = match_type_line(line.text)
        if name:
            prov.add("doc_type", line.start, line.end, 0.97, "type-line")
            return {"name": name, "code": code_for(name)}
    vi = doc.anchors.get("vv")
    if vi is not None:
        line = doc.lines[vi]
        prov.add("doc_type", line.start, line.start + 3, 0.9, "vv-line")
        return {"name": "Công văn", "code": "CV"}
    if number and number.get("symbol"):
        code = re.split(r"[-/]", number["symbol"])[0]
        name = type_for_symbol_code(code)
        if name and code_for(name):
            s = prov.spans.get("number")
            if s:
                prov.add("doc_type", s.start, s.end, 0.7, "symbol-code")
            return {"name": name, "code": code_for(name)}
    if number is not None:
        # a numbered document with neither type name nor V/v line is, by Phụ lục III, a công văn
        s = prov.spans.get("number")
        if s:
            prov.add("doc_type", s.start, s.end, 0.5, "numbered-without-type")
        return {"name": "Công văn", "code": "CV"}
    return None


def _authority_tail(title: str, issuer: str | None) -> int | None:
    """Where a Quyết định's authority line (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH``) starts."""
    pos = load_rules("orgs")["positions"]
    cands = [p.upper() for p in pos] + ([issuer.upper()] if issuer else [])
    best = None
    for c in cands:
        for m in re.finditer(r"(?<= )" + re.escape(c) + r"\b", title):
            tail = title[m.start() :]
            if is_upper_line(tail, 0.95) and len(tail) < 70 and m.start() > 10:
                if best is None or m.start() < best:
                    best = m.start()
    return best


def extract_title(doc: Document, prov: Prov, doc_type: dict | None, issuer: str | None = None) -> str | None:
    r = doc.parts.get("title")
    if not r:
        return None
    lines = [doc.lines[i] for i in r if doc.lines[i].text]
    if not lines:
        return None
    start, end = lines[0].start, lines[-1].end
    text = doc.text[start:end]
    vv = VV_LINE.match(text)
    if vv and doc.anchors.get("vv") == lines[0].idx:
        start += vv.start("rest")
        text = vv.group("rest")
    text = text.replace("\n", " ")
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
    m = re.compile(r"\s+".join(map(re.escape, value.split()))).search(doc.text, start, end)
    s, e = (m.start(), m.end()) if m else (start, end)
    prov.add("title", s, e, 0.9, "title-block")
    return value


# ------------------------------------------------------------------ issuer

def _split_bodies(lines: list[Line]) -> list[tuple[str, int, int]]:
    """Group header lines into bodies: a line that starts with an organisation head word
    starts a new body; others continue the one above (converters wrap long names)."""
    bodies: list[list[Line]] = []
    for ln in lines:
        t = ln.text.strip("* ")
        if not t:
            continue
        if not bodies or (starts_with_org_head(t) and not _continues(bodies[-1][-1].text)):
            bodies.append([ln])
        else:
            bodies[-1].append(ln)
    return [(" ".join(x.text.strip("* ") for x in b), b[0].start, b[-1].end) for b in bodies]


def _continues(prev: str) -> bool:
    """A line that ends mid-name (``ỦY BAN NHÂN``, ``VĂN PHÒNG CHÍNH``) is continued below."""
    last = prev.split()[-1].casefold() if prev.split() else ""
    return last in {"và", "của", "nhân"}


def extract_issuer(doc: Document, prov: Prov, number: dict | None, place: str | None) -> dict | None:
    idx = getattr(doc, "_issuer_lines", [])
    lines = [doc.lines[i] for i in idx]
    lines = [ln for ln in lines if is_upper_line(ln.text, 0.7) and len(ln.text) < 80]
    if lines:
        bodies = _split_bodies(lines)
        if bodies:
            name, s, e = bodies[-1]
            parent = None
            if len(bodies) > 1:
                parent = org_name(" ".join(b[0] for b in bodies[:-1]))
                ps, pe = bodies[0][1], bodies[-2][2]
                prov.add("issuer.parent", ps, pe, 0.9, "header-block")
            prov.add("issuer.name", s, e, 0.93, "header-block")
            return {"name": org_name(name), "parent": parent}
    return infer_issuer(doc, prov, number, place)


_BUILD = re.compile(
    r"(?:^|[.;:]\s+|\)\s*,?\s*)(?P<org>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨỪ][^.;:\n]{2,90}?)\s+"
    r"(?:xây dựng|ban hành|triển khai|lập)\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình|Phương án|phương án|Hướng dẫn|hướng dẫn)"
)


def infer_issuer(doc: Document, prov: Prov, number: dict | None, place: str | None) -> dict | None:
    """No header block: who builds the plan (sentence), else the signature's ``TM.`` body."""
    for ln in doc.part_lines("preamble") + doc.part_lines("body")[:40]:
        for m in _BUILD.finditer(ln.text):
            org = m.group("org").strip()
            head = starts_with_org_head(org)
            if not head:
                # the subject may follow a clause: take the last org-head-led phrase
                words = org.split()
                for k in range(len(words) - 1, -1, -1):
                    cand = " ".join(words[k:])
                    if starts_with_org_head(cand) and cand[0].isupper():
                        org, head = cand, True
                        break
            if head:
                s = ln.start + m.start("org") + (m.group("org").find(org))
                prov.add("issuer.name", s, s + len(org), 0.8, "builds-sentence")
                return {"name": collapse(expand_abbreviations(org)), "parent": None}
    # signature block: "TM. ỦY BAN NHÂN DÂN" (+ the level and place of the document)
    for ln in doc.part_lines("signature"):
        m = AUTHORITY.match(ln.text)
        if m and m.group("auth").upper() in {"TM", "T/M"} and m.group("rest"):
            org = org_name(m.group("rest"))
            if place and place.casefold() not in org.casefold():
                level = _level_of(doc, place)
                org = f"{org} {level} {place}" if level else org
            prov.add("issuer.name", ln.start, ln.end, 0.6, "signature-tm")
            return {"name": org, "parent": None}
    return None


def _level_of(doc: Document, place: str) -> str | None:
    """The administrative level the text uses with ``place`` (``xã Hồng Đức`` → ``xã``)."""
    levels = sorted(admin_levels(), key=len, reverse=True)
    pat = re.compile(r"\b(" + "|".join(re.escape(lv) for lv in levels) + r")\s+" + re.escape(place), re.IGNORECASE)
    m = pat.search(doc.text)
    return m.group(1).lower() if m else None
