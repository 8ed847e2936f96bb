"""The issuer of a document whose header block was lost (web copies of decrees, circulars,
telegrams, notices), from evidence weaker than a header cell: the issuer code of the
number's symbol, the signature block's authority line and the enacting sentence.

Each reading carries its own rule name and a confidence below the header block's, so a
reviewer sees which evidence spoke.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import positions, starts_with_org_head
from ..provenance import Prov
from ..resources import load_rules
from ..segment import Document
from ..textutil import collapse


@cache
def _codes() -> tuple[dict[str, str], dict[str, str]]:
    """(state, party) code → name; ``reuse`` codes named by abbreviations.toml."""
    r = load_rules("issuer_codes")
    expand = load_rules("abbreviations")["expand"]
    state = {c: expand[c] for c in r.get("reuse", []) if c in expand}
    state.update(r.get("state", {}))
    return state, dict(r.get("party", {}))


def _fold(code: str) -> str:
    return code.replace("Đ", "D").replace("đ", "d").casefold()


def _lookup(code: str, party: bool) -> str | None:
    state, party_codes = _codes()
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


def _enact_re() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in load_rules("structure")["issuer"]["enact_verbs"])
    return re.compile(
        r"(?:^[\s*_]*|[,;:]\s+)(?P<subj>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨỪ][^.;:\n]{2,110}?)\s+"
        rf"(?:{verbs})(?=[\s:]|$)"
    )


def body_of(subject: str) -> str | None:
    """The issuing body a subject names: a body (``Chính phủ``), an issuing position
    (``Thủ tướng Chính phủ``), or a position before its body (``Bộ trưởng Bộ Tài chính``,
    ``Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ`` → the body)."""
    s = collapse(subject.strip(" ,"))
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
    # name may hold a comma ("Bộ Văn hóa, Thể thao và Du lịch")
    if starts_with_org_head(rest) and len(rest.split()) <= 12 and ("," not in rest or is_central(rest)):
        return rest
    return None


def enacting_issuer(doc: Document, prov: Prov) -> dict | None:
    """``Chính phủ ban hành Nghị định …``, ``Bộ trưởng Bộ X ban hành Thông tư …``,
    ``Ủy ban Thường vụ Quốc hội quyết nghị``: the sentence closing the preamble (or the first
    lines after it) names who issues the text."""
    preamble = doc.part_lines("preamble")
    if not preamble:  # no grounds: a letter's narration, where bodies act on other papers
        return None
    lines = preamble[-8:] + doc.part_lines("body")[:2]
    # a hard-wrapped sentence: its lines joined into the paragraph (blank lines part them)
    paras: list[tuple[str, int, int]] = []
    for ln in lines:
        if not ln.text.strip():
            paras.append(("", ln.start, ln.start))
        elif paras and paras[-1][0]:
            paras[-1] = (f"{paras[-1][0]} {ln.text}", paras[-1][1], ln.end)
        else:
            paras.append((ln.text, ln.start, ln.end))
    for text, a, b in paras:
        for m in _enact_re().finditer(text):
            body = body_of(m.group("subj"))
            if body is None:
                continue
            found = re.compile(r"\s+".join(map(re.escape, body.split()))).search(doc.text, a, b)
            s, e = (found.start(), found.end()) if found else (a, b)
            prov.add("issuer.name", s, e, 0.7, "enacting-sentence")
            return {"name": body, "parent": None}
    return None


def is_central(name: str) -> bool:
    """A body of the central tables: it needs no locality."""
    state, party = _codes()
    key = name.casefold()
    return any(key == v.casefold() for v in (*state.values(), *party.values()))
