"""The issuer of a document whose header block was lost (web copies of decrees, circulars,
telegrams, notices), from evidence weaker than a header cell: the issuer code of the
number's symbol, the signature block's authority line, the enacting sentence, and the
sentence in which a letter names itself (checked against the authority it is signed for).

Each reading carries its own rule name and a confidence below the header block's, so a
reviewer sees which evidence spoke.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import (
    admin_levels,
    expand_abbreviations,
    issuer_code_tables,
    positions,
    starts_with_org_head,
)
from ..provenance import Prov
from ..resources import load_rules
from ..segment import AUTHORITY, Document, match_type_line
from ..textutil import collapse, phrase_pattern


def _fold(code: str) -> str:
    return code.replace("Đ", "D").replace("đ", "d").casefold()


def _lookup(code: str, party: bool) -> str | None:
    state, party_codes = issuer_code_tables()
    code = re.sub(r"\d+$", "", code)  # the term (``UBTVQH15``, ``QH15``)
    if not code:
        return None
    tables = (party_codes, state) if party else (state, party_codes)
    for table in tables:
        for k, v in table.items():
            if _fold(k) == _fold(code):
                return v
    return None


def symbol_issuer(number: dict | None) -> str | None:
    """The central body whose code the symbol carries: the part after the type code
    (``2025/NĐ-CP`` → CP; a công văn's ``BXD-QLN`` → BXD; Party ``HD/BTGDVTW`` → BTGDVTW).
    None for a local code, or when two central codes stand (a joint text has several issuers)."""
    sym = (number or {}).get("symbol") or ""
    raw = (number or {}).get("raw") or ""
    party = bool(re.fullmatch(r"\s*\d+-[^/]+/.+", raw))
    parts = [p for p in re.split(r"[-/\s]+", sym) if p and not p.isdigit()]
    if not parts:
        return None
    if party:
        # "HD/BTGDVTW": the type, then the body after the slash
        tail = sym.split("/", 1)[1] if "/" in sym else ""
        cands = [p for p in re.split(r"[-/\s]+", tail) if p and not p.isdigit()][:1]
    else:
        cands = parts
    names = {n for p in cands if (n := _lookup(p, party))}
    return names.pop() if len(names) == 1 else None


def symbol_local_body(number: dict | None) -> str | None:
    """The local body (``Ủy ban nhân dân``) whose code the symbol carries after the type code
    (``70/KH-UBND``), without its place; None for any other code, or for a Party number."""
    sym = (number or {}).get("symbol") or ""
    raw = (number or {}).get("raw") or ""
    if re.fullmatch(r"\s*\d+-[^/]+/.+", raw):
        return None
    local = {_fold(c) for c in load_rules("issuer_codes").get("local", [])}
    expand = load_rules("abbreviations")["expand"]
    parts = [p for p in re.split(r"[-/\s]+", sym) if p and not p.isdigit()]
    names = {expand[k] for p in parts[1:] if _fold(p) in local for k in expand if _fold(k) == _fold(p)}
    return names.pop() if len(names) == 1 else None


def canonical(name: str) -> str:
    """A central body's name as the public tables spell it (the capitals of a header cell give
    no case: ``BAN CHẤP HÀNH TRUNG ƯƠNG`` → ``Ban Chấp hành Trung ương``), else ``name``."""
    state, party = issuer_code_tables()
    key = name.casefold()
    return next((v for v in (*state.values(), *party.values()) if v.casefold() == key), name)


def completed_by_symbol(name: str, number: dict | None, parent: str | None = None) -> str | None:
    """The full name of a header cell's body that the cell prints short: a central body whose
    name the number's issuer code gives with more words after the cell's (a Party board under
    ``BAN CHẤP HÀNH TRUNG ƯƠNG`` prints ``BAN DÂN VẬN``; its code names ``Ban Dân vận Trung
    ương``). Without such a code, a board printed under the Central Committee is the central
    board of the Party's table whose name is the cell's and ``Trung ương``. None when nothing
    names more."""
    full = symbol_issuer(number)
    if full is not None and full.casefold().startswith(name.casefold() + " "):
        return full
    _, party = issuer_code_tables()
    central = party.get("TW", "").casefold()
    if parent and central and parent.casefold() == central:
        key = f"{name} Trung ương".casefold()
        return next((v for v in party.values() if v.casefold() == key), None)
    return None


@cache
def _enact_re(own_type: str | None = None) -> re.Pattern[str]:
    """The enacting verbs, and the document's own type name used as one: a guidance or a
    notice opens with its issuer doing what its type says (``<cơ quan> hướng dẫn …``)."""
    words = list(load_rules("structure")["issuer"]["enact_verbs"])
    if own_type:
        words.append(own_type.casefold())
    return _subject_verb_re(words)


def _subject_verb_re(words: list[str], after_stop: bool = False, longest: int = 110) -> re.Pattern[str]:
    """A capitalised subject at a clause's start (a sentence's too with ``after_stop``), then
    one of ``words``. The subject is read inside a lookahead, so a clause's own subject is still
    tried when a longer one from the sentence's start reached the same verb."""
    verbs = "|".join(re.escape(v) for v in sorted(words, key=len, reverse=True))
    stops = "[.,;:]" if after_stop else "[,;:]"
    return re.compile(
        rf"(?:^[\s*_]*|(?<={stops})\s+)(?=(?P<subj>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨỪ][^.;:\n]{{2,{longest}}}?)\s+"
        rf"(?:{verbs})(?=[\s:]|$))"
    )


def body_of(subject: str, max_words: int = 12) -> str | None:
    """The issuing body a subject names: a body (``Chính phủ``), an issuing position
    (``Thủ tướng Chính phủ``), or a position before its body (``Bộ trưởng Bộ Tài chính``,
    ``Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ`` → the body)."""
    s = collapse(subject.strip(" ,"))
    if ends_in_aspect_word(s):
        return None
    issuing = [p.casefold() for p in load_rules("orgs").get("issuing_positions", [])]
    if s.casefold() in issuing:
        return s
    heads = sorted([*positions(), *load_rules("orgs").get("authority_heads", [])], key=len, reverse=True)
    rest = s
    for _ in range(3):  # "Bộ trưởng, Chủ nhiệm …": positions joined by commas
        p = next((h for h in heads if rest.casefold().startswith(h.casefold())
                  and rest[len(h) : len(h) + 1] in {" ", ","}), None)
        if p is None:
            break
        rest = rest[len(p) :].lstrip(" ,")
    if rest is not s and rest.casefold() in issuing:
        return rest
    # one body: a list ("Bộ Công an, Văn phòng Chính phủ") names no single issuer; a known
    # name may hold a comma ("Bộ Văn hóa, Thể thao và Du lịch"), and so may the remit of a
    # steering body's name ("Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính …"):
    # a comma before another body's head parts two bodies
    if starts_with_org_head(rest) and len(rest.split()) <= max_words and (
            "," not in rest or is_central(rest)
            or not any(p.strip()[:1].isupper() for p in rest.split(",")[1:])):
        return rest
    return None


def ends_in_aspect_word(s: str) -> bool:
    """A subject whose last word is a tense or aspect word (``… đã``): the regex read a
    narrating clause up to its verb, so what it holds is no issuer's name."""
    words = s.split()
    aspect = {w.casefold() for w in load_rules("structure")["issuer"].get("aspect_words", [])}
    return bool(words) and words[-1].casefold() in aspect


def enacting_issuer(doc: Document, prov: Prov) -> dict | None:
    """``Chính phủ ban hành Nghị định …``, ``Bộ trưởng Bộ X ban hành Thông tư …``,
    ``Ủy ban Thường vụ Quốc hội quyết nghị``: the sentence closing the preamble (or the first
    lines after it) names who issues the text."""
    preamble = doc.part_lines("preamble")
    if not preamble:  # no grounds: a letter's narration, where bodies act on other papers
        return None
    lines = preamble[-8:] + doc.part_lines("body")[:2]
    rx = _enact_re(_own_type(doc))
    for text, a, b in paragraphs(lines):
        for m in rx.finditer(text):
            body = body_of(m.group("subj"))
            if body is None:
                continue
            s, e = span_of(doc, body, a, b)
            prov.add("issuer.name", s, e, 0.7, "enacting-sentence")
            return {"name": body, "parent": None}
    return None


def paragraphs(lines: list) -> list[tuple[str, int, int]]:
    """A hard-wrapped sentence's lines joined into its paragraph (blank lines part them)."""
    paras: list[tuple[str, int, int]] = []
    for ln in lines:
        if not ln.text.strip():
            paras.append(("", ln.start, ln.start))
        elif paras and paras[-1][0]:
            paras[-1] = (f"{paras[-1][0]} {ln.text}", paras[-1][1], ln.end)
        else:
            paras.append((ln.text, ln.start, ln.end))
    return paras


def span_of(doc: Document, body: str, a: int, b: int) -> tuple[int, int]:
    """Where ``body`` stands in the text between ``a`` and ``b`` (whitespace as the text has it)."""
    found = re.compile(phrase_pattern(body)).search(doc.text, a, b)
    return (found.start(), found.end()) if found else (a, b)


def _own_type(doc: Document) -> str | None:
    """The type name on the document's own type line, if the model found one."""
    ti = doc.anchors.get("type")
    return match_type_line(doc.lines[ti].text) if ti is not None else None


# ------------------------------------------------------------------ the letter naming itself


@cache
def _authority_bodies() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(position, body heads) from ``issuer_codes.toml`` ``[authority_bodies]``, longest first."""
    table = load_rules("issuer_codes").get("authority_bodies", {})
    return tuple(sorted(((k.casefold(), tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def _heads_for_position(pos: str) -> tuple[str, ...] | None:
    """The body heads the position heads: a chain (``BỘ TRƯỞNG, CHỦ NHIỆM``) is read by its last
    position, a deputy (``PHÓ …``) by the position it deputises."""
    last = collapse(pos.split(",")[-1]).strip(" .*_").casefold()
    last = re.sub(r"^phó\s+", "", last)
    for key, heads in _authority_bodies():
        if last == key or last.startswith(key + " "):
            return heads
    return None


def signature_authority_heads(doc: Document) -> tuple[str, ...] | None:
    """The kinds of body the signature is signed for: its first authority line (``TL. BỘ
    TRƯỞNG`` → a Bộ; ``TM. <cơ quan>`` → that body's head word), or a bare position heading the
    block. None when the block names no position this table knows."""
    lines = [t for t in (collapse(ln.text.strip(" *_|")) for ln in doc.closing_lines("signature")[:5]) if t]
    if not lines:
        return None
    m = AUTHORITY.match(lines[0])
    rest = m.group("rest").strip(" *_") if m else lines[0]
    if m and not rest and len(lines) > 1:
        rest = lines[1]  # "KT." / "CỤC TRƯỞNG": the authority wrapped before its position
    if m and m.group("auth").upper().replace("/", "") == "TM":
        head = starts_with_org_head(rest)
        return (head,) if head else None
    return _heads_for_position(rest)


def _several(name: str) -> bool:
    """A subject joining two bodies or a body and a position (``Bộ A và Bộ trưởng Bộ B``): a
    joint subject names no single issuer. A name that holds ``và`` itself (``Bộ Nông nghiệp và
    Môi trường``) goes on with a common word, not with another body's head."""
    if is_central(name):
        return False
    heads = [*positions(), *load_rules("orgs").get("heads", [])]
    for m in re.finditer(r"(?:\s+và|,)\s+", name):
        rest = name[m.end() :]
        # (a body's name is capitalised: "…, tổ chức lại …" is the remit's verb, no "Tổ")
        if rest[:1].isupper() and any(rest.casefold().startswith(h.casefold()) and rest[len(h) : len(h) + 1] in {"", " "}
                                      for h in heads):
            return True
    return False


# a name's short form in brackets after it (``Ban Chỉ đạo … (BCĐ)``): not part of the name
_ABBREV_IN_PARENS = re.compile(r"\s*\([A-ZĐ][A-ZĐ0-9&\-]{1,12}\)")


def _of_kind(name: str, heads: tuple[str, ...]) -> bool:
    """``name`` is a body of one of the kinds ``heads`` names: it opens with the head, and its
    own head word is no longer (``Ủy ban nhân dân …`` is not an ``Ủy ban`` a Chủ nhiệm heads,
    ``Bộ Chỉ huy …`` not a ``Bộ``)."""
    own = starts_with_org_head(name) or ""
    for h in heads:
        if name.casefold().startswith(h.casefold()) and name[len(h) : len(h) + 1] in {"", " "} and len(own) <= len(h):
            return True
    return False


def _clause(name: str) -> bool:
    words = load_rules("issuer_codes").get("self_reference", {}).get("not_in_name", [])
    low = f" {name.casefold()} "
    return any(f" {w} " in low for w in words)


@cache
def _self_re() -> re.Pattern[str]:
    # (a steering committee names itself in full, its short name in brackets after it: long)
    verbs = list(load_rules("issuer_codes").get("self_reference", {}).get("verbs", []))
    return _subject_verb_re(verbs, after_stop=True, longest=260)


# the short name a text gives a body right after its full name ("(sau đây viết là Ban Chỉ đạo)")
_SHORT_NAME_NOTE = re.compile(r"\s*\((?:sau đây|dưới đây)\s[^()]{2,120}\)")


def self_reference_issuer(doc: Document, prov: Prov) -> dict | None:
    """A letter whose header was lost still names itself where it speaks in its own voice: the
    sentence closing the body (``<cơ quan> thông báo …``, ``<cơ quan> kính báo cáo …``) or
    opening it. The subject counts only when it is a body of the kind the signature's
    authority line heads (``TL. BỘ TRƯỞNG`` + ``Bộ …``): a body named in a task (``Sở … báo cáo
    …``) is not of that kind. Weaker than the enacting sentence: nothing in the layout says
    the sentence is the issuer's own."""
    heads = signature_authority_heads(doc)
    if not heads:
        return None
    conf = load_rules("issuer_codes").get("self_reference", {})
    n = int(conf.get("tail_lines", 12))
    body = [ln for ln in doc.part_lines("body") if ln.text.strip()]
    opening = [ln for ln in doc.part_lines("preamble") if ln.text.strip()][:n]
    # the closing sentence first (last paragraph first), then the opening ones (a letter's
    # opening narration is its preamble)
    tail = paragraphs(body[-n:])[::-1]
    head = paragraphs(opening + body[: min(n, max(0, len(body) - n))])
    found: list[tuple[str, int, int]] = []
    for text, a, b in (*tail, *head):
        for m in _self_re().finditer(text):
            subj = _SHORT_NAME_NOTE.sub("", _ABBREV_IN_PARENS.sub("", m.group("subj")))
            name = body_of(subj, max_words=30)
            # (the subject abbreviated, "UBND Thành phố yêu cầu …", is judged written out)
            if _speaks_for(expand_abbreviations(name) if name else name, heads):
                found.append((name, a, b))  # type: ignore[arg-type]
    if not found:
        return None
    name, a, b = found[0]
    # the same body named in full where the letter speaks for itself elsewhere ("Cục Lãnh sự Bộ
    # Ngoại giao xin trân trọng thông báo" over a closing "Cục Lãnh sự đề nghị …"; "Ban Chỉ đạo
    # thực hiện sắp xếp … yêu cầu" over "Ban Chỉ đạo của Chính phủ đề nghị"): the longest naming
    # with its head
    head = (starts_with_org_head(name) or "").casefold()
    name, a, b = max((f for f in found if (starts_with_org_head(f[0]) or "").casefold() == head),
                     key=lambda f: len(f[0]), default=(name, a, b))
    s, e = span_of(doc, name, a, b)
    full = _named_in_full(doc.text, _undoubled(name))
    if full is not None:
        name, s, e = full
    prov.add("issuer.name", s, e, 0.6, "self-reference-inferred")
    return {"name": collapse(expand_abbreviations(name)), "parent": None}


def _undoubled(name: str) -> str:
    """``name`` without a word typed twice in a row ("Ủy ban nhân dân Thành phố phố")."""
    words = name.split()
    return " ".join(w for i, w in enumerate(words) if i == 0 or w.casefold() != words[i - 1].casefold())


def _named_in_full(text: str, name: str) -> tuple[str, int, int] | None:
    """A body the letter names by its level alone where it speaks for itself ("Ủy ban nhân dân
    Thành phố yêu cầu …") with the proper name it gives the same body elsewhere ("Ủy ban nhân
    dân thành phố Hà Nội đã có …"): (name, start, end) of the first such mention, or None."""
    low = name.casefold()
    if not any(low.endswith(" " + lv) for lv in admin_levels()):
        return None
    pat = r"\s+".join(re.escape(w) for w in name.split())
    # (the name in any case, then the proper name: the words after it while they are capitalised)
    for m in re.finditer(rf"(?<!\w)(?i:{pat})((?:[ \t]+[^\W\d_]+){{1,4}})", text):
        end = None
        for w in re.finditer(r"\S+", m.group(1)):
            word = w.group().rstrip(",.;:)")
            if not word[:1].isupper():
                break
            end = m.start(1) + w.start() + len(word)
            if word != w.group():
                break  # ("… thành phố Hà Nội, …": the name ends at its punctuation)
        if end is not None:
            return collapse(text[m.start() : end]), m.start(), end
    return None


def _speaks_for(name: str | None, heads: tuple[str, ...]) -> bool:
    """A subject the letter can be speaking for: one body, no clause run into its name, of
    the kind the signature's authority heads."""
    return name is not None and not _several(name) and not _clause(name) and _of_kind(name, heads)


@cache
def _reply_re() -> re.Pattern[str] | None:
    cues = load_rules("issuer_codes").get("self_reference", {}).get("reply_cues", [])
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")\s+", re.I) if cues else None


def reply_to_issuer(doc: Document, prov: Prov) -> dict | None:
    """A letter whose header was lost asks, in its closing sentences, to be answered: the
    body replies go back to (``phản hồi về <cơ quan> để …``) is the issuer, when it is of the
    kind the signature's authority line heads (as for :func:`self_reference_issuer`)."""
    heads = signature_authority_heads(doc)
    if not heads:
        return None
    cue_re = _reply_re()
    if cue_re is None:
        return None
    conf = load_rules("issuer_codes").get("self_reference", {})
    ends = conf.get("reply_ends", [])
    body = [ln for ln in doc.part_lines("body") if ln.text.strip()]
    for text, a, b in paragraphs(body[-int(conf.get("tail_lines", 12)):])[::-1]:
        for m in cue_re.finditer(text):
            rest = text[m.end() : m.end() + 160]
            cut = min((i for e in ends if (i := rest.find(e)) > 0), default=len(rest))
            name = body_of(rest[:cut])
            if not _speaks_for(name, heads):
                continue
            s, e = span_of(doc, name, a, b)
            prov.add("issuer.name", s, e, 0.55, "reply-to-inferred")
            return {"name": name, "parent": None}
    return None


def is_central(name: str) -> bool:
    """A body of the central tables: it needs no locality."""
    state, party = issuer_code_tables()
    key = name.casefold()
    return any(key == v.casefold() for v in (*state.values(), *party.values()))


# ------------------------------------------------------------------ a local body's place

_PLACE_WORD = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨỪẮẰẲẴẶẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰỲỶỸỴ][a-zđà-ỹ]*"
# central bodies need no place; only a local government body is placed (a board or a unit
# named after a level belongs to a body the text does not say)
_LOCAL_HEADS = ("Ủy ban nhân dân", "Hội đồng nhân dân")


def with_locality(name: str, doc: Document, place: str | None) -> tuple[str, bool]:
    """A local body an inference named without its place (``UBND tỉnh``, ``Ủy ban nhân dân``)
    completed as the text names it: the place of the date line when the text writes
    ``<level> <place>``, else the ``<level> <Place>`` the text writes most often after the
    body's name (or after its level). Returns the name and whether a place was added; a name
    the text does not place stays as it is (abbreviations expanded)."""
    name = collapse(expand_abbreviations(name))
    if is_central(name):
        return name, False
    levels = sorted(admin_levels(), key=len, reverse=True)
    low = name.casefold()
    if not any(low.startswith(h.casefold()) for h in _LOCAL_HEADS):
        return name, False
    level = next((lv for lv in levels if low.endswith(" " + lv)), None)
    if level is None and not any(low == h.casefold() for h in _LOCAL_HEADS):
        return name, False
    text = doc.text
    if level is not None:
        base = name[: len(name) - len(level)].rstrip()
        pat = re.compile(rf"\b(?i:{re.escape(level)})\s+(?P<p>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})")
        cands = [(level, m.group("p")) for m in pat.finditer(text)]
    else:
        base = name
        lv_alt = "|".join(re.escape(lv) for lv in levels)
        pat = re.compile(
            rf"(?i:{re.escape(name)})\s+(?P<lv>(?i:{lv_alt}))\s+(?P<p>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})"
        )
        cands = [(m.group("lv").lower(), m.group("p")) for m in pat.finditer(text)]
    if not cands:
        return name, False
    if place:
        for lv, p in cands:
            if p.casefold() == place.casefold():
                return f"{base} {lv} {p}", True
    counts: dict[tuple[str, str], int] = {}
    for c in cands:
        counts[c] = counts.get(c, 0) + 1
    (lv, p), n = max(counts.items(), key=lambda kv: kv[1])
    if n < 2 and len(counts) > 1:
        return name, False  # several places, none repeated: which one is the issuer's is unknown
    return f"{base} {lv} {p}", True
