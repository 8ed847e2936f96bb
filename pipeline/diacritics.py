"""Vietnamese marks put back into a text printed without them.

An OCR run with a model that has no Vietnamese (or a typist's unaccented copy) gives
``So: 12/QD-UBND``, ``Ha Noi, ngay 02 thang 10 nam 2026``, ``Can cu Nghi dinh so …``, ``CHU
TICH``. The segmenter's and the extractors' anchors are all spelled with their marks, and the
values read from a closed lexicon (places, type names, symbol codes, positions, bodies) are
wanted in their proper spelling. Teaching every anchor a folded twin would touch every rule;
instead :func:`restore_edits` gives normalization one more step for such a text: each phrase
of ``rules/restore.toml`` and of the project's lexicons found in its folded spelling gets its
marks back, one character for one (spans hold), keeping the text's case. A word with several
readings (``so``: số/sở) is restored only inside a longer phrase; what no lexicon knows (a
title's words, a person's given names) stays as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import product

from .resources import load_rules

__all__ = ["is_folded", "restore_edits"]

Edit = tuple[int, int, str]

_WORD = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_SLOT = "#"
# a letter outside ASCII (a word character that is no digit, no underscore, no ASCII)
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")


@cache
def _base(c: str) -> str:
    """The letter without its marks, lowercased (``Ầ`` → ``a``, ``Đ`` → ``d``); cached per
    character (a text has a few dozen distinct letters, and each is asked thousands of times)."""
    c = c.lower()
    if c == "đ":
        return "d"
    return unicodedata.normalize("NFD", c)[0]


def _fold(s: str) -> str:
    return "".join(map(_base, s))


@cache
def _marked_vowel(c: str) -> bool:
    """A vowel with a mark above or a hook (what a marks-less OCR model reads as ``d``)."""
    c = c.lower()
    return c != _base(c) and _base(c) in "aeiouy"


_ASCII = tuple(map(chr, range(128)))


def _fit_pattern(allowed: list[set[str]]) -> re.Pattern[str]:
    """A pattern that fully matches the ASCII words whose k-th character is in ``allowed[k]``
    (a C-level test standing in for a Python loop over the word's characters)."""
    return re.compile("".join("[" + "".join(map(re.escape, sorted(a))) + "]" if a else "(?!)" for a in allowed))


@cache
def _fits_ascii(target: str, loose: bool) -> re.Pattern[str]:
    """:func:`_fits` of an ASCII word against ``target`` as one pattern (cached per lexicon word)."""
    vowel_ins, i_ins = _stand_ins()
    allowed = []
    for t in target:
        b = _base(t)
        ok = {x for x in _ASCII if x.lower() == b}
        if loose and _marked_vowel(t):
            ok |= {x for x in vowel_ins if x in _ASCII}
        if loose and b == "i":
            ok |= {x for x in i_ins if x in _ASCII}
        allowed.append(ok)
    return _fit_pattern(allowed)


_CHUNK = 2048


# a dozen of the marked letters Vietnamese text uses most (about half of its letters outside
# ASCII): each counted by ``str.count``, they bound the count from below at a fraction of the
# pattern's cost per character
_FREQUENT_MARKED = "đàáưệịảộếốạô"


def _non_ascii_letters_exceed(text: str, limit: float) -> bool:
    """Whether ``text`` holds more than ``limit`` letters outside ASCII. A text with marks
    holds more of its most frequent marked letters alone (:data:`_FREQUENT_MARKED`). Else
    counted chunk by chunk, stopping once past the limit: a text with marks passes it within
    its first few thousand characters, and the scan (a normalization pass makes it twice or
    more) is costly over the rest. A letter is one character, so no letter straddles two
    chunks."""
    n = 0
    for c in _FREQUENT_MARKED:
        n += text.count(c)
        if n > limit:
            return True  # (each count scans the whole text: a text with marks stops after a few)
    n = 0
    for a in range(0, len(text), _CHUNK):
        n += len(_NON_ASCII_LETTER.findall(text, a, a + _CHUNK))
        if n > limit:
            return True
    return n > limit


def is_folded(text: str) -> bool:
    """Whether the text is Vietnamese printed without marks: almost none of its words carry
    one (a text with marks has about half of them marked)."""
    cfg = load_rules("restore")["folded"]
    # a fast no for the usual text: its marked letters outnumber any a folded text has. Only
    # letters count: a folded text keeps its typographic quotes, dashes, ellipses and
    # no-break spaces, which alone may pass the share (a converter's “…” and “–” everywhere)
    if _non_ascii_letters_exceed(text, 3 * cfg["max_share"] * len(text)):
        return False
    words = _LETTERS.findall(text)
    if len(words) < cfg["min_words"]:
        return False
    marked = sum(1 for w in words if not w.isascii())
    return marked < cfg["max_share"] * len(words)


def _provinces() -> list[str]:
    """The provinces and centrally-run cities, those since 2025 and the former ones."""
    names: list[str] = []
    try:
        from vietnam_provinces import Province

        for p in Province.iter_all():
            names.append(re.sub(r"^(?:Thành phố|Tỉnh)\s+", "", p.name))
    except ImportError:  # pragma: no cover - a declared dependency
        pass
    try:
        import sqlite3
        from pathlib import Path

        import vietnamadminunits

        db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
        con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        try:
            names += [r[0] for r in con.execute("SELECT DISTINCT provinceShort FROM admin_units_legacy") if r[0]]
        finally:
            con.close()
    except Exception:  # pragma: no cover - the legacy gazetteer is optional here
        pass
    return names


@cache
def _lexicon() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded phrase (its words) → the phrase's words with marks. A folded phrase that two
    spellings share is left out: it cannot be restored without guessing."""
    cfg = load_rules("restore")["folded"]
    phrases: list[str] = list(cfg["phrases"])
    own = set(phrases)
    orgs = load_rules("orgs")
    types = load_rules("doc_types")
    phrases += [t["name"] for t in types["type"]] + list(types["legal"]["names"])
    phrases += list(orgs["heads"]) + list(orgs["positions"]) + list(orgs["levels"])
    phrases += [f"của {h}" for h in orgs["heads"] if h[:1].isupper() and not h.isupper()]
    codes = load_rules("issuer_codes")
    for table in ("state", "party"):
        phrases += [v for v in codes.get(table, {}).values() if isinstance(v, str)]
    phrases += [f"của {p}" for p in orgs["positions"]]
    phrases += [v for v in load_rules("abbreviations")["expand"].values() if isinstance(v, str)]
    # a body of a level ("Ủy ban nhân dân tỉnh", "UBND xã"): the level word has other readings alone
    phrases += [f"{h} {lv}" for h in orgs["heads"] for lv in orgs["levels"]]
    type_names = [t["name"] for t in types["type"]] + list(types["legal"]["names"])
    phrases += [f"{w} {t}" for t in type_names for w in ("tại", "theo")]
    # a ministry's field alone names its departments too ("Sở Công Thương", "Sở Tài chính")
    fields = [n[3:] for n in list(phrases) if n.startswith("Bộ ") and len(n.split()) >= 3]
    phrases += fields + [f"Sở {f}" for f in fields]
    cit = load_rules("citations")
    phrases += [p for p in [*cit["zone"]["openers"], *cit["issuer"]["stops"], *cit["title"]["cues"],
                            *cit["issuer"]["closed_names"]] if " " in p]
    for p in _provinces():
        phrases += [p, f"tỉnh {p}", f"thành phố {p}"]
    spellings: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for ph in phrases:
        words = tuple(w.lower() for w in _WORD.findall(ph.replace(_SLOT, " 0 ")))
        words = tuple(_SLOT if w == "0" else w for w in words)
        if not words or all(w.isascii() for w in words):
            continue  # nothing to restore
        if len(words) < 2 and ph not in own:
            continue  # one word of a lexicon may have other readings ("Sở": so/số/sở)
        key = tuple(w if w == _SLOT else _fold(w) for w in words)
        spellings.setdefault(key, set()).add(words)
    return {k: next(iter(v)) for k, v in spellings.items() if len(v) == 1}


@cache
def _stand_ins() -> tuple[frozenset[str], frozenset[str]]:
    s = load_rules("restore")["folded"]["stand_ins"]
    return frozenset(s["marked_vowel"]), frozenset(s["i"])


@cache
def _by_first() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for k in _lexicon():
        out.setdefault(k[0], []).append(k)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


def _fits(src: str, target: str, loose: bool) -> bool:
    """Whether a word of the text is the target word without its marks (or, ``loose``, with a
    marks-less OCR's stand-ins for marked letters). The definition: the restorer asks
    :func:`_fits_ascii`'s pattern, the same test for the ASCII words it tries."""
    if len(src) != len(target):
        return False
    vowel_ins, i_ins = _stand_ins()
    for s, t in zip(src, target, strict=True):
        if s.lower() == _base(t):
            continue
        if loose and s in vowel_ins and _marked_vowel(t):
            continue
        if loose and s in i_ins and _base(t) == "i":
            continue
        return False
    return True


def _cased(src: str, target: str) -> str:
    """The target word in the source word's case (``TlNH`` → ``TỈNH``, ``Uy`` → ``Ủy``): a word
    mostly in capitals is all capitals (a stand-in letter is often lower case)."""
    letters = [c for c in src if c.isalpha()]
    if len(letters) > 1 and sum(c.isupper() for c in letters) * 2 > len(letters):
        return target.upper()
    return "".join(t.upper() if s.isupper() else t.lower() for s, t in zip(src, target, strict=True))


def _candidates(word: str) -> list[str]:
    """Folded keys a word of the text may stand for: itself, and with its stand-ins read as
    the letters they replace (at most two of them)."""
    f = word.lower()
    vowel_ins, i_ins = _stand_ins()
    spots = [k for k, c in enumerate(f) if c in vowel_ins or c in i_ins]
    keys = {f}
    if 0 < len(spots) <= 2:
        options = [[f[k], *("aeiouy" if f[k] in vowel_ins else "i")] for k in spots]
        for combo in product(*options):
            chars = list(f)
            for k, c in zip(spots, combo, strict=True):
                chars[k] = c
            keys.add("".join(chars))
    return list(keys)


_SEP = re.compile(r"[ \t]*\n?[ \t]*")
_SLOT_SEP = re.compile(r"[ \t]*[:.]?[ \t]*\n?[ \t]*")


class _Words:
    """A text's words and what :func:`_matches_at` asks of each, worked out once per text (a word
    is tried against every lexicon phrase its folded spelling may open)."""

    __slots__ = ("ascii", "digit", "sep", "slot_sep", "text")

    def __init__(self, text: str, words: list[re.Match[str]]) -> None:
        self.text = [m.group() for m in words]
        self.ascii = [w.isascii() for w in self.text]
        self.digit = [w.isdigit() for w in self.text]
        # the separator before word j (none before the first)
        gaps = [""] + [text[a.end() : b.start()] for a, b in zip(words, words[1:], strict=False)]
        self.sep = [_SEP.fullmatch(g) is not None for g in gaps]
        self.slot_sep = [_SLOT_SEP.fullmatch(g) is not None for g in gaps]


def _phrase_edits(text: str) -> list[Edit]:
    words = list(_WORD.finditer(text))
    info = _Words(text, words)
    lex = _lexicon()
    first = _by_first()
    edits: list[Edit] = []
    done: set[int] = set()
    i = 0
    while i < len(words):
        w = words[i].group()
        best: tuple[int, tuple[str, ...]] | None = None
        if not w.isdigit() and w.isascii():
            for cand in _candidates(w):
                for key in first.get(cand, ()):
                    n = len(key)
                    if best and n <= best[0] or i + n > len(words):
                        continue
                    if _matches_at(info, i, key, lex[key]):
                        best = (n, key)
                        break
        if best is not None:
            n, key = best
            for k, (m, target) in enumerate(zip(words[i : i + n], lex[key], strict=True)):
                if target == _SLOT or i + k in done:
                    continue
                done.add(i + k)
                new = _cased(m.group(), target)
                if new != m.group():
                    edits.append((m.start(), m.end(), new))
        # phrases may overlap ("của Bộ" / "Bộ trưởng"): the next word starts one too, and a
        # word keeps the marks its first phrase gave it
        i += 1
    return edits


def _matches_at(info: _Words, i: int, key: tuple[str, ...], spelled: tuple[str, ...]) -> bool:
    """:func:`_matches` on a text's words prepared once (same answer)."""
    n = len(key)
    loose = n >= 2
    for j in range(n):
        k = i + j
        if j and not (info.slot_sep if key[j] == _SLOT else info.sep)[k]:
            return False
        if key[j] == _SLOT:
            if not info.digit[k]:
                return False
            continue
        w = info.text[k]
        if not info.ascii[k] or len(w) != len(spelled[j]) or _fits_ascii(spelled[j], loose).fullmatch(w) is None:
            return False
    return True


_NAME_LINE = re.compile(r"(?m)^[ \t]*((?:[A-Z][a-z]+[ \t]+){1,4}[A-Z][a-z]+)[ \t]*$")


@cache
def _name_words() -> tuple[dict[str, str], dict[str, str]]:
    cfg = load_rules("restore")["folded"]

    def unique(words: list[str]) -> dict[str, str]:
        seen: dict[str, set[str]] = {}
        for w in words:
            seen.setdefault(_fold(w), set()).add(w)
        return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k != next(iter(v)).lower()}

    return unique(cfg["surnames"]), unique(cfg["middle_names"])


def _name_edits(text: str, taken: list[Edit]) -> list[Edit]:
    surnames, middles = _name_words()
    edits: list[Edit] = []
    for m in _NAME_LINE.finditer(text):
        parts = list(_WORD.finditer(m.group(1)))
        if len(parts) < 2 or _fold(parts[0].group()) not in surnames:
            continue
        base = m.start(1)
        if any(s < base + len(m.group(1)) and e > base for s, e, _ in taken):
            continue  # a phrase of the lexicons ("Chu Tich"), not a name
        for k, p in enumerate(parts[:-1]):
            table = surnames if k == 0 else middles
            target = table.get(_fold(p.group()))
            if target is None:
                if k == 0:
                    break
                continue
            new = _cased(p.group(), target)
            if new != p.group():
                edits.append((base + p.start(), base + p.end(), new))
    return edits


_CODE = re.compile(r"(?<![^\W_])[A-Z]{2,10}(?![^\W_])")


@cache
def _codes() -> dict[str, str]:
    """Folded code → the code with its marks (``QD`` → ``QĐ``, ``HDND`` → ``HĐND``); a code
    spelled without marks in its own right (``HD``: Hướng dẫn, beside ``HĐ``) is left out."""
    types = load_rules("doc_types")
    names = [t["code"] for t in types["type"] if t.get("code")] + list(types["legal"]["codes"])
    names += [k for k in load_rules("abbreviations")["expand"] if " " not in k and "&" not in k]
    for table in ("state", "party"):
        names += list(load_rules("issuer_codes").get(table, {}))
    spellings: dict[str, set[str]] = {}
    for c in names:
        if c.isupper() or c.replace("Đ", "D").isupper():
            spellings.setdefault(_fold(c), set()).add(c)
    return {k: next(iter(v)) for k, v in spellings.items() if len(v) == 1 and not next(iter(v)).isascii()}


def _code_edits(text: str) -> list[Edit]:
    codes = _codes()
    out: list[Edit] = []
    for m in _CODE.finditer(text):
        target = codes.get(m.group().lower())
        if target and len(target) == len(m.group()):
            out.append((m.start(), m.end(), target))
    return out


@cache
def _body_names() -> dict[int, list[tuple[str, ...]]]:
    """The lexicon's bodies' names (two words at least, the first a body's head word), by the
    length of their first word."""
    heads = {h.split()[0].lower() for h in load_rules("orgs")["heads"] if h.split()}
    out: dict[int, list[tuple[str, ...]]] = {}
    for spelled in _lexicon().values():
        if len(spelled) >= 2 and spelled[0] in heads and _SLOT not in spelled:
            out.setdefault(len(spelled[0]), []).append(spelled)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


@cache
def _body_openers() -> dict[int, dict[str, list[tuple[int, tuple[str, ...]]]]]:
    """:func:`_body_names` by their first word, each with its rank in its length's list."""
    out: dict[int, dict[str, list[tuple[int, tuple[str, ...]]]]] = {}
    for length, names in _body_names().items():
        for rank, spelled in enumerate(names):
            out.setdefault(length, {}).setdefault(spelled[0], []).append((rank, spelled))
    return out


def _name_fits(src: str, target: str) -> bool:
    """A word of a body's name without its marks, or with an OCR's stand-ins for them."""
    if len(src) != len(target) or not src.isascii():
        return False
    return _name_fit_pattern(target).fullmatch(src) is not None


@cache
def _name_fit_pattern(target: str) -> re.Pattern[str]:
    """:func:`_name_fits` against ``target`` as one pattern over ASCII words (cached per word)."""
    ins = frozenset(load_rules("restore")["folded"]["name_stand_ins"]["marked_vowel"])
    return _fit_pattern([{x for x in _ASCII if x.lower() == _base(t) or (x.lower() in ins and _marked_vowel(t))}
                         for t in target])


def _body_edits(text: str, taken: list[Edit]) -> list[Edit]:
    """A body's name recognized whole ("Sb Cong Thuung"): every word gets the name's marks."""
    words = list(_WORD.finditer(text))
    info = _Words(text, words)
    # run[i]: how many separators after word i in a row a name may run across
    run = [0] * (len(words) + 1)
    for k in range(len(words) - 2, -1, -1):
        run[k] = run[k + 1] + 1 if info.sep[k + 1] else 0
    done = {a for a, _b, _t in taken}
    edits: list[Edit] = []
    i = 0
    while i < len(words):
        w = words[i].group()
        hit = None
        if w[:1].isupper() and w.isascii():
            fits: dict[tuple[int, str], bool] = {}  # (word index, name word) asked once per word
            # the names whose first word this word fits, in the lexicon's order
            openers = _body_openers().get(len(w), {})
            ranked = sorted(x for fw, group in openers.items() if _name_fits(w, fw) for x in group)
            for _rank, spelled in ranked:
                n = len(spelled)
                if i + n > len(words) or n - 1 > run[i]:
                    continue
                for j in range(n):
                    ok = fits.get((j, spelled[j]))
                    if ok is None:
                        ok = fits[(j, spelled[j])] = _name_fits(info.text[i + j], spelled[j])
                    if not ok:
                        break
                else:
                    hit = spelled
                    break
        if hit is None:
            i += 1
            continue
        for m, target in zip(words[i : i + len(hit)], hit, strict=True):
            new = _cased(m.group(), target)
            if new != m.group() and m.start() not in done:
                edits.append((m.start(), m.end(), new))
        i += len(hit)
    return edits


def restore_edits(text: str) -> list[Edit]:
    """Same-length edits that put the marks back into a folded text (none for any other):
    lexicon phrases, symbol codes, and the family name of a person's name line."""
    if not is_folded(text):
        return []
    edits = _phrase_edits(text)
    edits += _code_edits(text)
    edits += _name_edits(text, edits)
    edits += _body_edits(text, edits)
    edits.sort()
    out: list[Edit] = []
    end = -1
    for e in edits:
        if e[0] >= end:
            out.append(e)
            end = e[1]
    return out
