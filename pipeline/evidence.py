"""Evidence that a reading was shaky, for the calibration features (:mod:`pipeline.calibrate`).

The extractors' own confidence is set per rule, so it cannot see that a confident rule read
the wrong line. What can see it are checks that any record allows, from its values, their
spans and the text alone: does the span hold the value that was reported (a value inferred
from elsewhere does not); do independent readings agree (the number's year and the date's
year, the symbol's type code and the type, the symbol and the issuer, the date line's place
and the issuer's locality, a document date no earlier than the documents it cites); does the
value sit inside another field's span (a date read from a citation line); does the text go
on where the value stopped (a title cut short); are the words around it Vietnamese words at
all (a garbled conversion or OCR); how far the page is from the layout the segmenter expects
(the national motto lines, where the header sits); the source format and document kind.

Rule names are not relied on: they change as extractors are rewritten. The only use of one
is a token test (``fallback``, ``without`` … from ``rules/calibration.toml``) that reads a
new name as well as an old one.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from itertools import filterfalse
from typing import Any

from rapidfuzz import fuzz

from .caching import per_text_cache, word_cache
from .encoding import is_vietnamese_syllable
from .lexicon import type_for_symbol_code
from .plain_keys import text_key
from .resources import load_rules
from .textutil import fold

__all__ = ["document_evidence", "settings", "value_evidence"]

HEADER_SCALARS = ("doc_type", "number", "date", "place", "issuer.name", "issuer.parent", "title",
                  "theme", "signer.name", "signer.position", "signer.authority")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
_ALNUM = re.compile(r"[0-9a-z]+")
_CHECKS = ("year_agree", "symbol_type_agree", "symbol_vs_read_type", "date_after_bases", "place_ok",
           "place_issuer_agree")
_LIST_ITEM = re.compile(r"^(legal_bases|timeline|responsible_units|recipients)\[\d+\]$")


@cache
def settings() -> dict[str, Any]:
    return dict(load_rules("calibration")["evidence"])


def _plain_key(s: str) -> str:
    """Folded, punctuation-free: ``Độc lập - Tự do`` and ``ĐỘC LẬP – TỰ DO`` meet.

    The letter-and-digit runs of ``fold(s)``, one space between; a fold is made word by word
    (no run crosses a word), so each word's runs are kept once (a document's whole text is
    keyed for every record)."""
    return " ".join(filter(None, map(_word_key, s.split())))


@word_cache(65536)
def _word_key(word: str) -> str:
    return " ".join(_ALNUM.findall(fold(word)))


# values and cue phrases recur across documents; a document's whole text and header do not,
# and kept by the thousand they would hold a batch's texts in memory (and give a benchmark
# that replays its documents a hit no new document gets)
_key = lru_cache(maxsize=4096)(_plain_key)


def _text_key(s: str) -> str:
    """:func:`_plain_key` of a stretch of a document: a long one keyed as an array of code
    points (:mod:`pipeline.plain_keys`, the same key), a short one word by word."""
    return text_key(s, _plain_key) if len(s) >= _ARRAY_KEY_MIN else _plain_key(s)


_ARRAY_KEY_MIN = 1500  # shorter: the array's set-up costs more than the words


def _joined(a: str, b: str) -> str:
    return f"{a} {b}" if a and b else a or b


@per_text_cache(4)
def _head_and_text_keys(text: str, w: int) -> tuple[str, str]:
    """``_plain_key(text[:w])`` and ``_plain_key(text)``, the words before the cut keyed once.
    A key goes word by word, so a text cut where a word begins (after whitespace) keys as its
    two sides do, one space between when both have any: the head is the part before the word
    that the cut splits and that word's cut part, the whole text the same part and the rest."""
    if w >= len(text):
        k = _text_key(text)
        return k, k
    c = max(0, w)
    if not (c == 0 or text[c].isspace() or text[c - 1].isspace()):
        while c > 0 and not text[c - 1].isspace():
            c -= 1  # to the start of the word the cut splits
    before = _text_key(text[:c])
    return _joined(before, _plain_key(text[c:w])), _joined(before, _text_key(text[c:]))


def get_path(obj: Any, dotted: str) -> Any:
    """``obj["a"]["b"]`` for ``"a.b"``; None as soon as a step is missing or not a mapping."""
    for k in dotted.split("."):
        if not isinstance(obj, Mapping):
            return None
        obj = obj.get(k)
    return obj


def _sign(agree: bool | None) -> float:
    return 0.0 if agree is None else (1.0 if agree else -1.0)


def _symbol_codes(symbol: str | None) -> list[str]:
    return [p for p in re.split(r"[-/]", symbol or "") if p.strip()]


# ---------------------------------------------------------------------------
# per document
# ---------------------------------------------------------------------------


def document_evidence(record: Mapping[str, Any], text: str) -> dict[str, Any]:
    """Facts shared by every value of a record (computed once per record)."""
    cfg = settings()
    src = record.get("source") or {}
    fmt = str(src.get("format") or "")
    enc = str(src.get("encoding") or "")
    feats: dict[str, float] = {}
    formats = [str(f) for f in cfg["formats"]]
    feats[f"fmt={fmt if fmt in formats else 'other'}"] = 1.0
    feats["ocr_used"] = 1.0 if "ocr" in enc.casefold() or fmt == "image" else 0.0
    code = get_path(record, "doc_type.code")
    kinds = [str(k) for k in cfg["kinds"]]
    feats[f"kind={code if code in kinds else ('none' if not code else 'other')}"] = 1.0

    # layout: the national motto lines the segmenter anchors the header on, and where they are
    head, folded = _head_and_text_keys(text, int(cfg["header_window"]))
    found = []
    for alternatives in cfg["header_anchors"]:
        pos = [head.find(_key(a)) for a in alternatives]
        pos = [p for p in pos if p >= 0]
        found.append(min(pos) if pos else None)
    feats["anchors_missing"] = sum(p is None for p in found) / max(1, len(found))
    first = min((p for p in found if p is not None), default=None)
    feats["anchor_offset"] = math.log1p(first / 200) if first is not None else math.log1p(len(head) / 200)

    # independent readings of the same facts
    number_raw = str(get_path(record, "number.raw") or "")
    year = get_path(record, "date.year")
    years = {int(y) for y in _YEAR.findall(number_raw)}
    year_agree = None if not years or not year else int(year) in years
    symbol = get_path(record, "number.symbol")
    type_agree: bool | None = None
    if code and symbol:
        parts = [fold(p) for p in _symbol_codes(symbol)]
        if fold(code) in parts:
            type_agree = True
        elif any(type_for_symbol_code(p) for p in _symbol_codes(symbol)):
            type_agree = False  # the symbol names another kind of document
    iso = get_path(record, "date.iso")
    cited = [str(b.get("date")) for b in record.get("legal_bases") or []
             if isinstance(b, Mapping) and b.get("date")]
    after_bases = None if not iso or not cited else str(iso) >= max(cited)
    place = str(record.get("place") or "")
    words = place.split()
    # the date line's place is a short proper name; a long, numbered or lower-case one means
    # the "date line" read was some other line with a date in it
    place_ok = None if not place else (
        0 < len(words) <= int(cfg["place_max_words"]) and all(w[:1].isupper() for w in words)
        and not any(c.isdigit() or c in "/:;" for c in place))
    type_read = False
    tp = (record.get("provenance") or {}).get("doc_type")
    if tp and code:
        type_read = _read_in_span("doc_type", record.get("doc_type"), text[int(tp.get("start", 0)): int(tp.get("end", 0))]) > 0
    issuer = " ".join(str(get_path(record, k) or "") for k in ("issuer.name", "issuer.parent"))
    place_agree = None if not place or not issuer.strip() else _key(place) in _key(issuer)
    spans = [
        (int(p.get("start", 0)), int(p.get("end", 0)))
        for path, p in (record.get("provenance") or {}).items() if _LIST_ITEM.match(path)
    ]
    return {
        "doc": feats, "year_agree": _sign(year_agree), "symbol_type_agree": _sign(type_agree),
        # a symbol naming another kind than a type word read in the header: the number is suspect
        "symbol_vs_read_type": _sign(type_agree) if type_read or type_agree else 0.0,
        "place_ok": _sign(place_ok),
        "date_after_bases": _sign(after_bases), "place_issuer_agree": _sign(place_agree),
        "item_spans": spans, "folded": folded, "syllables": _Syllables(text),
    }


# ---------------------------------------------------------------------------
# per value
# ---------------------------------------------------------------------------


def _value_text(fname: str, value: Any) -> str:
    if isinstance(value, Mapping):
        if fname == "doc_type":
            return str(value.get("name") or "")
        if fname == "number":
            return str(value.get("raw") or "")
        if fname == "date":
            return str(value.get("raw") or "")
        return str(value.get("name") or value.get("number") or "")
    return "" if value is None else str(value)


def _read_in_span(fname: str, value: Any, span: str) -> float:
    """How much of the reported value the span itself shows (0: inferred from elsewhere)."""
    v = _key(_value_text(fname, value))
    s = _key(span)
    if not v or not s:
        return 0.0
    if fname == "doc_type":
        code = _key(str(value.get("code") or "")) if isinstance(value, Mapping) else ""
        return 1.0 if v in s or (code and code in s.split()) else 0.0
    return fuzz.partial_ratio(v, s) / 100.0


def _syllable_share(text: str, start: int, end: int, window: int) -> float:
    """Share of the letter tokens around a value that are well-formed Vietnamese syllables."""
    toks = _WORD.findall(text[max(0, start - window): end + window])
    if not toks:
        return 1.0
    return sum(map(_is_syllable, toks)) / len(toks)


# punctuation that opens or closes a word, none of it a letter
_WORD_EDGE = "\"'“”‘’«»()[]{}<>,.;:!?…/-–—*_"


@word_cache(65536)
def _is_syllable(token: str) -> bool:
    """``is_vietnamese_syllable`` of a token as written: a unit's window is thousands of
    tokens, each looked up once here instead of case-folded first."""
    return is_vietnamese_syllable(token.casefold())


@word_cache(65536)
def _other_count(w: str) -> tuple[int, int]:
    """``(tokens, syllables)`` of a whitespace-separated word that is not letters only (a word
    with punctuation, a number, "GD&ĐT"), kept by the word: the words around the values recur
    ("tỉnh,", "2026."), and stripping, testing and looking up each again cost several times a
    lookup."""
    core = w.strip(_WORD_EDGE)
    if core.isalpha():
        return 1, int(_is_syllable(core))
    if core:
        toks = _WORD.findall(core)
        return len(toks), sum(map(_is_syllable, toks))
    return 0, 0


def _token_count(s: str) -> tuple[int, int]:
    """``(tokens, syllables)`` of ``_WORD.findall(s)``, found word by word.

    A letter token never spans whitespace, so the tokens of ``s`` are those of its
    whitespace-separated words: a word of letters only (``str.isalpha``: every such character
    is in ``_WORD``'s class) is one token, a word with punctuation around letters only is its
    letters, and only the rest (digits, inner punctuation: "30/6/2026", "GD&ĐT") goes to the
    pattern. The pattern's negated class costs hundreds of instructions a character; the
    record's windows hold thousands of characters (tests/test_evidence_syllables.py)."""
    words = s.split()
    alpha = list(filter(str.isalpha, words))
    n, good = len(alpha), sum(map(_is_syllable, alpha))
    if len(alpha) < len(words):
        for wn, wg in map(_other_count, filterfalse(str.isalpha, words)):
            n += wn
            good += wg
    return n, good


class _Syllables:
    """``_syllable_share`` over one text, its counts kept per line: the windows of a record's
    values overlap (a unit's block holds its tasks' lines, and the next unit's), and a line's
    letter tokens are looked up once. Tokens never cross a line break, so a window's tokens
    are those of its partial first and last lines and of the whole lines between."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        self.starts.extend(m.end() for m in _NEWLINE.finditer(text))
        self.lines: dict[int, tuple[int, int]] = {}

    def _count(self, a: int, b: int) -> tuple[int, int]:
        return _token_count(self.text[a:b])

    def _line(self, i: int) -> tuple[int, int]:
        hit = self.lines.get(i)
        if hit is None:
            end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
            hit = self.lines[i] = self._count(self.starts[i], end)
        return hit

    def share(self, start: int, end: int, window: int) -> float:
        lo, hi = max(0, start - window), end + window
        if hi < 0:
            return _syllable_share(self.text, start, end, window)  # a slice from the end: as written
        hi = min(hi, len(self.text))
        if hi <= lo:
            return 1.0
        a = bisect_right(self.starts, lo) - 1
        b = bisect_right(self.starts, hi - 1) - 1
        if a == b:
            n, ok = self._count(lo, hi)
        else:
            n, ok = self._count(lo, self.starts[a + 1])
            for i in range(a + 1, b):
                ln, lok = self._line(i)
                n += ln
                ok += lok
            ln, lok = self._count(self.starts[b], hi)
            n += ln
            ok += lok
        return ok / n if n else 1.0


_NEWLINE = re.compile("\n")


def _continues(text: str, end: int) -> float:
    """1 when the text goes on in lower case right after the value: a phrase cut short."""
    rest = text[end: end + 40].lstrip(" \t")
    if rest.startswith("\n"):
        rest = rest.lstrip()
    return 1.0 if rest[:1].islower() else 0.0


def _is_fallback(rule: str, words: Sequence[str]) -> float:
    toks = set(re.split(r"[^a-z0-9]+", rule.casefold()))
    return 1.0 if toks & {w.casefold() for w in words} else 0.0


@lru_cache(maxsize=4096)
def _is_fallback_rule(rule: str) -> float:
    """``_is_fallback`` with the settings' words: rule names are a few hundred strings."""
    return _is_fallback(rule, settings()["fallback_rule_words"])


def value_evidence(
    fname: str, path: str, value: Any, p: Mapping[str, Any], text: str, doc: Mapping[str, Any]
) -> dict[str, float]:
    """Evidence features of one value (``p`` its provenance, ``doc`` :func:`document_evidence`)."""
    cfg = settings()
    start, end = int(p.get("start", 0)), int(p.get("end", 0))
    f: dict[str, float] = dict(doc["doc"])
    f["fallback"] = _is_fallback_rule(str(p.get("rule") or ""))
    if text:
        syl = doc.get("syllables")
        window = int(cfg["dictionary_window"])
        f["syllable_share"] = (syl.share(start, end, window) if isinstance(syl, _Syllables) and syl.text is text
                               else _syllable_share(text, start, end, window))
    if fname not in HEADER_SCALARS:
        return f
    if text:
        f["read_in_span"] = _read_in_span(fname, value, text[start:end])
        f["log_offset"] = math.log1p(start / 1000)
        f["inside_item"] = 1.0 if any(a <= start and end <= b for a, b in doc["item_spans"]) else 0.0
        if isinstance(value, str):
            f["text_continues"] = _continues(text, end)
    if fname in ("number", "date"):
        f["year_agree"] = doc["year_agree"]
    if fname == "doc_type":
        f["symbol_type_agree"] = doc["symbol_type_agree"]
    if fname == "number":
        f["symbol_vs_read_type"] = doc["symbol_vs_read_type"]
    if fname == "date":
        f["date_after_bases"] = doc["date_after_bases"]
    if fname in ("date", "place"):
        f["place_ok"] = doc["place_ok"]
    if fname in ("place", "issuer.name", "issuer.parent"):
        f["place_issuer_agree"] = doc["place_issuer_agree"]
    # one count over every check: each conflict is rare, their sum is learnable
    f["conflicts"] = sum(1.0 for k in _CHECKS if f.get(k, 0.0) < 0) + f.get("inside_item", 0.0) + f.get("text_continues", 0.0)
    v = _key(_value_text(fname, value))
    if v and fname in ("number", "place", "issuer.name", "signer.name"):
        f["repeats"] = math.log1p(max(0, doc["folded"].count(v) - 1))
    return f
