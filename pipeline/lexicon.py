"""Lexicons from ``rules/``: document types, abbreviations, organisation heads, positions.

Everything here is data-driven; the functions only index the TOML files for fast lookup.
"""

from __future__ import annotations

import re
from functools import cache

from .resources import load_rules
from .textutil import collapse, fold, fuzzy_starts


@cache
def doc_types() -> list[dict]:
    return list(load_rules("doc_types")["type"])


@cache
def type_by_name() -> dict[str, dict]:
    return {fold(t["name"]): t for t in doc_types()}


def code_for(name: str) -> str | None:
    t = type_by_name().get(fold(name))
    return t["code"] if t else None


@cache
def legal_type_names() -> list[str]:
    """Type names that may open a citation, longest first (so 'Nghị quyết liên tịch' wins)."""
    names = set(load_rules("doc_types")["legal"]["names"]) | {t["name"] for t in doc_types()}
    return sorted(names, key=len, reverse=True)


@cache
def type_for_symbol_code(code: str) -> str | None:
    """'NĐ' → 'Nghị định', 'KH' → 'Kế hoạch' (from a citation's number symbol)."""
    for t in doc_types():
        if t["code"].casefold() == code.casefold():
            return t["name"]
    extra = load_rules("doc_types")["legal"]["codes"]
    for k, v in extra.items():
        if k.casefold() == code.casefold():
            return v
    return None


@cache
def telegram_verbs() -> tuple[str, ...]:
    """The verbs a telegram's sender line ends with ("<SENDER> điện:"; structure.toml [issuer]
    telegram_verbs)."""
    return tuple(load_rules("structure")["issuer"].get("telegram_verbs", []))


@cache
def telegram_verbs_alt() -> str:
    """:func:`telegram_verbs` as an alternation (one that never matches where none is listed)."""
    return "|".join(re.escape(v) for v in telegram_verbs()) or "(?!)"


@cache
def _abbrev_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = dict(load_rules("abbreviations")["expand"])
    keys = sorted(table, key=len, reverse=True)
    pat = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])")
    return pat, table


def expand_abbreviations(s: str) -> str:
    """``UBND xã Trung Hội`` → ``Ủy ban nhân dân xã Trung Hội`` (whole tokens only)."""
    pat, table = _abbrev_pattern()
    keep = load_rules("abbreviations").get("keep_after", {})

    def repl(m: re.Match[str]) -> str:
        before = s[: m.start()].rstrip().rsplit(" ", 1)[-1] if m.start() else ""
        if m.group(0) in keep.get(before, []):
            return m.group(0)
        return table[m.group(0)]

    if "&" in s:
        # "HĐND&UBND", "HĐND & UBND": two bodies' abbreviations joined by "&" (a whole key such
        # as "VH,TT&DL" stays one)
        s = _AMP_PAIR.sub(lambda m: m.group(0) if m.group(0) in table or not (m.group(1) in table and m.group(2) in table)
                          else f"{m.group(1)} và {m.group(2)}", s)
    return pat.sub(repl, s)


_AMP_PAIR = re.compile(r"(?<![\w&,])([^\W\d_]{2,})\s*&\s*([^\W\d_]{2,})(?![\w&])")


@cache
def place_named_heads() -> frozenset[str]:
    """Heads of bodies named by their place alone (``Huyện ủy Yên Mô``)."""
    return frozenset(load_rules("orgs").get("place_named", []))


@cache
def issuer_code_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(state, party) symbol code → central body's name (rules/issuer_codes.toml; the ``reuse``
    codes named by abbreviations.toml)."""
    r = load_rules("issuer_codes")
    expand = load_rules("abbreviations")["expand"]
    state = {c: expand[c] for c in r.get("reuse", []) if c in expand}
    state.update(r.get("state", {}))
    return state, dict(r.get("party", {}))


@cache
def central_body_names() -> tuple[str, ...]:
    """The central bodies' names of the code tables, longest first."""
    state, party = issuer_code_tables()
    return tuple(sorted({*state.values(), *party.values()}, key=len, reverse=True))


@cache
def ground_openers(weak: bool = False) -> tuple[str, ...]:
    """The words a preamble's ground opens with (rules/structure.toml [preamble] openers: "Căn
    cứ", "Thực hiện", "Theo đề nghị" …), with ``weak`` the ones that open other sentences too
    ("Xét", "Theo")."""
    pre = load_rules("structure")["preamble"]
    return (*pre["openers"], *(pre.get("weak_openers", []) if weak else ()))


def opens_ground(t: str, weak: bool = False) -> bool:
    """Whether ``t`` opens as a ground does, read as every heading is (fuzzily, case- and
    accent-folded: OCR damages the words). The segmenter, the header reader, the title's and
    the timeline's readers ask it alike; the line joiner asks for the words exactly
    (pipeline/normalize.py, a join decided on text no cleaner has read yet)."""
    return fuzzy_starts(t, ground_openers(weak), 95) is not None


def org_heads() -> list[str]:
    return sorted(load_rules("orgs")["heads"], key=len, reverse=True)


@cache
def admin_levels() -> list[str]:
    return list(load_rules("orgs")["levels"])


@cache
def positions() -> list[str]:
    return sorted(load_rules("orgs")["positions"], key=len, reverse=True)


@cache
def _org_heads_by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """``org_heads()`` case-folded once, by first letter, in their order (longest first): the
    calibration asks this of every unit and recipient, the segmenter of title lines."""
    out: dict[str, list[tuple[str, str]]] = {}
    for h in org_heads():
        hl = h.casefold()
        out.setdefault(hl[:1], []).append((h, hl))
    return {k: tuple(v) for k, v in out.items()}


def starts_with_org_head(s: str) -> str | None:
    """The organisation head word ``s`` starts with (case-insensitive, accent-exact)."""
    low = s.casefold()
    by_initial = _org_heads_by_initial()
    if "" in by_initial:  # a head that folds to nothing starts every string: keep the list's order
        heads = tuple((h, h.casefold()) for h in org_heads())
    else:
        heads = by_initial.get(low[:1], ())
    for h, hl in heads:
        if low.startswith(hl) and (len(low) == len(hl) or not low[len(hl)].isalnum()):
            if low.startswith(_ordinary_nouns()):
                return None  # "Hội nghị …", "Hội thảo …": a meeting, not the body "Hội"
            return h
    return None


@cache
def _ordinary_nouns() -> tuple[str, ...]:
    """Ordinary nouns a body's head word opens (rules/units.toml [heads] not_kinds), each with the
    word boundary after it."""
    return tuple(w.casefold() + " " for w in load_rules("units")["heads"].get("not_kinds", []))


def is_signed_mark(t: str) -> bool:
    """A "(Đã ký)"-type line standing in for the signature (``rules/structure.toml``)."""
    if not t or len(t) > 40:
        return False
    t = collapse(t)
    key = t.casefold().strip(" ()[]{}<>.:-*_")
    # a lone bracket: what a converter leaves of the signature's or the seal's image (a rule
    # line is not one: it underlines headings and ends documents)
    if (not key and len(t) <= 2 and set(t) <= set("()[]{}")) or key in _signed_marks():
        return True
    # "(Đã ký và đóng dấu …)": a bracketed note that starts with a mark
    # a converter's placeholder for the seal's and signature's image ("<stamp and signature>")
    # reads the same way
    return t[:1] in "([<" and t[-1:] in ")]>" and any(key.startswith(m + " ") for m in _signed_marks())


@cache
def _signed_marks() -> frozenset[str]:
    return frozenset(m.casefold() for m in load_rules("structure")["closing"].get("signed_marks", []))


@cache
def _enacting_re() -> re.Pattern[str]:
    words = load_rules("doc_types").get("enacting_words", {})
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?P<w>{alt})\s*:\s*(?i:điều)\s*1(?!\d)")


def enacting_word_at(text: str) -> tuple[str, int, int] | None:
    """The enacting word that opens a text's articles ("QUYẾT ĐỊNH:" then "Điều 1", on one line
    or two; ``rules/doc_types.toml [enacting_words]``): the type it enacts and its span, or None.
    A text that lost its header still shows its kind, and that it is a document, by it."""
    m = _enacting_re().search(text)
    if m is None:
        return None
    return load_rules("doc_types")["enacting_words"][" ".join(m.group("w").split())], m.start("w"), m.end("w")
