"""Bytes to text, with detection of the legacy Vietnamese encodings.

Vietnamese documents still circulate in the 8-bit font encodings of the 1990s: TCVN3 (ABC,
``.VnTime`` fonts, one byte per letter) and VNI (``VNI-Times``, a base letter followed by a
mark byte), and in Windows-1258 (base letter + combining tone byte). None of them is marked in
the file, and all of them decode "successfully" as cp1252 into mojibake (``Céng hoµ x· héi``,
``Coäng hoøa xaõ hoäi``). The only reliable judge is the language itself: every candidate
decoding is scored by the share of its words that are well-formed Vietnamese syllables
(:func:`vietnamese_score`) and the best one wins.

The same judge repairs text that was already mis-decoded into a ``str`` (a UTF-8 file whose
content is TCVN3 bytes read through a Western code page): :func:`repair_legacy_text`.

The code tables are data (``rules/encodings/tcvn3.json``, ``rules/encodings/vni.json``): keys
are legacy byte sequences written as their cp1252 characters, values the Unicode letters.
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from functools import cache

from .caching import per_text_cache, word_cache
from .resources import rules_dir

__all__ = [
    "LEGACY_ENCODINGS",
    "convert_legacy",
    "decode_bytes",
    "is_vietnamese_syllable",
    "legacy_table",
    "lookalike_edits",
    "symbol_lookalikes",
    "repair_legacy_edits",
    "repair_legacy_text",
    "split_tone",
    "vietnamese_score",
]

LEGACY_ENCODINGS = ("tcvn3", "vni")

# ---------------------------------------------------------------------------------------------
# Vietnamese syllable structure (shared with the tone-placement rule in normalize.py)
# ---------------------------------------------------------------------------------------------

VOWELS = "aăâeêioôơuưy"
DIACRITIC_VOWELS = "ăâêôơư"
# tone marks as combining characters: huyền, hỏi, ngã, sắc, nặng
TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_STOP_OK_TONES = {"\u0301", "\u0323"}  # only sắc / nặng before a stop final (c, ch, p, t)

# char -> (base letter, tone mark or ""), lower and upper case
TONED: dict[str, tuple[str, str]] = {}
# (base letter, tone mark) -> char
COMPOSE: dict[tuple[str, str], str] = {}
for _b in VOWELS + VOWELS.upper():
    COMPOSE[(_b, "")] = _b
    for _m in TONE_MARKS:
        _c = unicodedata.normalize("NFC", _b + _m)
        TONED[_c] = (_b, _m)
        COMPOSE[(_b, _m)] = _c
del _b, _m, _c

_PLAIN_LETTERS = frozenset("abcdđeghiklmnopqrstuvxy" + DIACRITIC_VOWELS)

SYLLABLE = re.compile(
    r"^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    r"([aăâeêioôơuưy]+)"
    r"(ch|nh|ng|[cmnpt])?$"
)
# Nuclei that can end a syllable (open) and nuclei that can take a final consonant.
OPEN_NUCLEI = frozenset(
    "a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu "
    "iêu yêu oai oay oeo uây uôi uya uyu ươi ươu".split()
)
CLOSED_NUCLEI = frozenset("a ă â e ê i o ô ơ u ư iê yê oa oă oe oo uâ uê uô uy ươ uyê".split())
_FRONT = frozenset("eêiy")


def split_tone(word: str) -> tuple[str, str, int] | None:
    """Lowercased base letters, the tone mark and its index; None if a letter is not Vietnamese
    or there is more than one tone mark."""
    base: list[str] = []
    tone = ""
    pos = -1
    for i, ch in enumerate(word.lower()):
        t = TONED.get(ch)
        if t is not None:
            if tone:
                return None
            base.append(t[0])
            tone, pos = t[1], i
        elif ch in _PLAIN_LETTERS:
            base.append(ch)
        else:
            return None
    return "".join(base), tone, pos


@word_cache(65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` is a well-formed Vietnamese syllable (spelling rules included: ``k``
    before e/ê/i/y, ``gh``/``ngh`` before e/ê/i, only sắc/nặng before a stop final...)."""
    split = split_tone(word)
    if split is None:
        return False
    base, tone, _ = split
    m = SYLLABLE.match(base)
    if m is None:
        return False
    ini, nuc, fin = m.group(1) or "", m.group(2), m.group(3) or ""
    if fin:
        if nuc not in CLOSED_NUCLEI:
            return False
        if fin in ("ch", "nh") and nuc[-1] not in "aêiy":
            return False
        if fin in ("c", "ch", "p", "t") and tone and tone not in _STOP_OK_TONES:
            return False
    elif nuc not in OPEN_NUCLEI:
        return False
    first = nuc[0]
    if ini == "c" and first in _FRONT:
        return False
    if ini == "k" and first not in _FRONT:
        return False
    if ini in ("gh", "ngh") and first not in "eêi":
        return False
    if ini in ("g", "ng") and first in ("eê" if ini == "g" else "eêi"):
        return False
    if ini == "qu" and first == "u":
        return False
    return not (ini == "gi" and first == "i")


_TOKEN = re.compile(r"(?:[^\W\d_]|[\xa1-\xbf\xd7\xf7])+")


def vietnamese_score(text: str, limit: int = 4000) -> float:
    """Share of the word tokens of ``text`` (at most ``limit`` of them) that are Vietnamese
    syllables after NFC. Legacy mojibake symbols (``µ · ¸ ×``) count as parts of words. A
    syllable of the rare doubled nucleus "oo" with a tone mark ("thoõng", what VNI's "thoâng"
    reads as in TCVN3) is half the evidence: well formed, but almost never written."""
    valid = 0.0
    total = 0
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if not tok.isascii():
            tok = unicodedata.normalize("NFC", tok)
        total += 1
        # ("200.000đ": the đồng's sign after an amount is as Vietnamese as a syllable)
        if is_vietnamese_syllable(tok) or (tok in ("đ", "Đ") and m.start() > 0 and text[m.start() - 1].isdigit()):
            valid += 0.5 if not tok.isascii() and _TONED_OO.search(tok.casefold()) else 1.0
        if total >= limit:
            break
    return valid / total if total else 0.0


# "oo" with a tone mark on either o (NFC): "oõ", "óo", …
_TONED_OO = re.compile("o[òóỏõọ]|[òóỏõọ]o")


# ---------------------------------------------------------------------------------------------
# Legacy tables
# ---------------------------------------------------------------------------------------------


@cache
def legacy_table(name: str) -> dict[str, str]:
    """``rules/encodings/<name>.json``: legacy sequence (cp1252 characters) → Unicode letter."""
    path = rules_dir() / "encodings" / f"{name}.json"
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: unicodedata.normalize("NFC", v) for k, v in data["map"].items()}


@cache
def _lookalikes() -> tuple[dict[str, str], re.Pattern[str]]:
    table = legacy_table("lookalikes")
    return table, re.compile("[" + re.escape("".join(table)) + "]")


@cache
def symbol_lookalikes() -> dict[int, str]:
    """``str.translate`` table of the look-alikes put back inside a number's symbol only
    (``rules/encodings/lookalikes.json`` ``in_symbols``: "QÐ-UBND" → "QĐ-UBND")."""
    path = rules_dir() / "encodings" / "lookalikes.json"
    with path.open(encoding="utf-8") as fh:
        return str.maketrans(json.load(fh)["in_symbols"])


def lookalike_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits putting back the Vietnamese letter a font's look-alike stands for
    (``rules/encodings/lookalikes.json``: "Nhƣ trên" → "Như trên"). A look-alike right beside
    the very letter it stands for ("QĐÐ-HVM") is one glyph an OCR engine read twice: it goes."""
    table, rx = _lookalikes()
    out: list[tuple[int, int, str]] = []
    # a look-alike is rare: four substring tests run at memory speed, the character class
    # searched over the whole text (twice a pass) costs twenty times more
    if any(c in text for c in table):
        for m in rx.finditer(text):
            s, e = m.span()
            letter = table[m.group()]
            twice = text[s - 1 : s] == letter or text[e : e + 1] == letter
            out.append((s, e, "" if twice else letter))
    return sorted(out + _mixed_script_edits(text))


@cache
def _mixed_script() -> tuple[dict[str, str], re.Pattern[str]]:
    path = rules_dir() / "encodings" / "lookalikes.json"
    with path.open(encoding="utf-8") as fh:
        table = json.load(fh).get("mixed_script", {})
    return table, re.compile(r"\S*[" + re.escape("".join(table)) + r"]\S*")


def _has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a character of the Cyrillic block (U+0400–U+04FF): one whose
    UTF-16 code unit has the high byte 0x04, i.e. a byte 0x04 at an odd offset of the text
    encoded UTF-16-LE (a surrogate's high byte is 0xD8–0xDF). The encoding is a copy, the
    byte search runs at memory speed: a character class searched over the whole text (every
    normalization pass asks) cost twenty times more. Such a byte at an even offset (the low
    byte of "Ą", "Ḅ" …) is passed over."""
    data = text.encode("utf-16-le", "surrogatepass")
    i = data.find(b"\x04")
    while i >= 0:
        if i & 1:
            return True
        i = data.find(b"\x04", i + 1)
    return False


_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")  # Latin, Vietnamese's letters among them


def _mixed_script_edits(text: str) -> list[tuple[int, int, str]]:
    """Cyrillic look-alikes inside a word that also holds a Latin or Vietnamese letter
    ("ВСТ-ВТC", "củа", "CР"): the Latin letter the glyph shows. A word all in Cyrillic stays."""
    if not _has_cyrillic(text):
        return []
    table, rx = _mixed_script()
    out: list[tuple[int, int, str]] = []
    for m in rx.finditer(text):
        word = m.group()
        if not _LATIN_LETTER.search(word):
            continue
        for k, ch in enumerate(word):
            if ch in table:
                out.append((m.start() + k, m.start() + k + 1, table[ch]))
    return out


@cache
def _matcher(name: str) -> re.Pattern[str]:
    keys = sorted((k for k, v in legacy_table(name).items() if k != v), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


@cache
def _suspect_chars() -> frozenset[str]:
    """Characters of the legacy tables that Unicode Vietnamese text never uses."""
    vn = set(TONED) | set(VOWELS + VOWELS.upper()) | set("đĐ")
    chars: set[str] = set()
    for name in LEGACY_ENCODINGS:
        for k in legacy_table(name):
            chars.update(k)
    return frozenset(c for c in chars if c not in vn and not c.isascii())


@cache
def _suspect_str() -> str:
    return "".join(sorted(_suspect_chars()))


@cache
def _suspect_re() -> re.Pattern[str]:
    return re.compile("[" + re.escape(_suspect_str()) + "]")


_VN_ONLY = re.compile("[\u1ea0-\u1ef9ăĂđĐĩĨũŨơƠưƯ]")


def _legacy_edit_list(text: str, name: str) -> list[tuple[int, int, str]]:
    table = legacy_table(name)
    return [(m.start(), m.end(), table[m.group()]) for m in _matcher(name).finditer(text)]


def convert_legacy(text: str, name: str) -> str:
    """Convert text whose characters are legacy codes (``name`` in :data:`LEGACY_ENCODINGS`)
    read through cp1252/latin-1 to Unicode NFC."""
    table = legacy_table(name)
    return unicodedata.normalize("NFC", _matcher(name).sub(lambda m: table[m.group()], text))


_CP1252 = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)
)


def _as_cp1252(data: bytes) -> str:
    """Bytes as cp1252 characters, latin-1 for the five bytes cp1252 leaves undefined."""
    return data.decode("latin-1").translate(dict(enumerate(_CP1252)))


# ---------------------------------------------------------------------------------------------
# Repair of text that was mis-decoded already
# ---------------------------------------------------------------------------------------------

_MIN_GAIN = 0.3
_MIN_SCORE = 0.6


@per_text_cache(4)
def repair_legacy_edits(text: str) -> tuple[str | None, list[tuple[int, int, str]]]:
    """The legacy encoding ``text`` is written in (through a Western code page) and the edits
    ``(start, end, replacement)`` that convert it, or ``(None, [])`` when it is not.

    Kept for the document (callers read the answer, none changes it): normalization asks
    it of its result, and its trial pass asks it of the same text again.

    Only words touched by the conversion are judged: the conversion must turn them from mostly
    invalid into mostly valid Vietnamese syllables, so Unicode Vietnamese and plain English
    (or French, whose accented letters are legacy codes too) come back unchanged.
    """
    head = text[:200_000]
    # most texts hold none of these characters: one ``in`` test each (memory speed) answers that
    # at half the cost of searching the character class
    if not any(c in head for c in _suspect_str()):
        return None, []
    susp = _suspect_re().findall(text, 0, 200_000)
    if len(susp) < 3:
        return None, []
    if len(_VN_ONLY.findall(text, 0, 200_000)) > 2 * len(susp):
        return None, []  # Unicode Vietnamese with a few stray symbols
    best: tuple[float, str, list[tuple[int, int, str]]] | None = None
    for name in LEGACY_ENCODINGS:
        edits = _legacy_edit_list(text, name)
        if not edits:
            continue
        before = after = n = 0
        words: set[str] = set()
        ei = 0
        for m in _TOKEN.finditer(text):
            s, e = m.start(), m.end()
            while ei < len(edits) and edits[ei][1] <= s:
                ei += 1
            if ei >= len(edits) or edits[ei][0] >= e:
                continue  # token not touched by the conversion
            j = ei
            parts: list[str] = []
            pos = s
            while j < len(edits) and edits[j][0] < e:
                a, b, r = edits[j]
                parts.append(text[pos:a])
                parts.append(r)
                pos = b
                j += 1
            parts.append(text[pos:e])
            n += 1
            before += is_vietnamese_syllable(unicodedata.normalize("NFC", m.group()))
            conv = unicodedata.normalize("NFC", "".join(parts))
            if is_vietnamese_syllable(conv):
                after += 1
                words.add(conv.lower())
            if n >= 3000:
                break
        if n < 3 or len(words) < 3:
            continue  # too little evidence (a few stray symbols)
        gain = (after - before) / n
        score = after / n
        if gain >= _MIN_GAIN and score >= _MIN_SCORE and (best is None or score > best[0]):
            best = (score, name, edits)
    if best is None:
        return None, []
    return best[1], best[2]


def repair_legacy_text(text: str) -> tuple[str, str | None]:
    """If ``text`` is TCVN3 or VNI shown through a Western code page (``Céng hoµ x· héi``,
    ``Coäng hoøa xaõ hoäi``), convert it; return ``(text, encoding or None)``."""
    name, edits = repair_legacy_edits(text)
    if name is None:
        return text, None
    parts: list[str] = []
    pos = 0
    for a, b, r in edits:
        parts.append(text[pos:a])
        parts.append(r)
        pos = b
    parts.append(text[pos:])
    return unicodedata.normalize("NFC", "".join(parts)), name


# ---------------------------------------------------------------------------------------------
# Bytes
# ---------------------------------------------------------------------------------------------


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) // 2)
    odd = sample[1::2].count(0) / (len(sample) // 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding_name)``.

    UTF-8 (``utf-8``, ``utf-8-sig``), UTF-32/UTF-16 with a BOM (``utf-32``, ``utf-16``) and
    BOM-less UTF-16 (``utf-16-le``/``utf-16-be``) first; UTF-8 text is returned unchanged. Other
    bytes are decoded as Windows-1258 (``cp1258``), TCVN3 (``tcvn3``), VNI (``vni``), cp1252
    (``cp1252``) and UTF-8 with replacement characters (``utf-8``), and the candidate that reads
    most like Vietnamese wins; legacy results are NFC. cp1252 is kept only when no Vietnamese
    reading is clearly better.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[3:]
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return data.decode("utf-32"), "utf-32"
        except UnicodeDecodeError:
            pass
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    u16 = _utf16_without_bom(data)
    if u16 is not None:
        try:
            return data.decode(u16), u16
        except UnicodeDecodeError:
            pass

    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    return _decode_legacy(data)


def _decode_as(data: bytes, name: str) -> str:
    """``data`` read in one of the encodings :func:`_decode_legacy` chooses between."""
    if name == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    if name in LEGACY_ENCODINGS:
        return convert_legacy(_as_cp1252(data), name)
    if name == "utf-8":
        return data.decode("utf-8", errors="replace")
    return _as_cp1252(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: the legacy reading that looks most like Vietnamese."""
    western = _as_cp1252(data)
    candidates: list[tuple[str, str]] = []
    try:
        candidates.append(("cp1258", unicodedata.normalize("NFC", data.decode("cp1258"))))
    except UnicodeDecodeError:
        pass
    for name in LEGACY_ENCODINGS:
        candidates.append((name, convert_legacy(western, name)))
    candidates.append(("utf-8", data.decode("utf-8", errors="replace")))

    base = vietnamese_score(western)
    best_name, best_text, best_score = "cp1252", western, base
    for name, text in candidates:
        score = vietnamese_score(text)
        if name == "utf-8":
            score -= text.count("\ufffd") / max(1, len(text)) * 50  # replacement chars cost
        if score > best_score + (0.05 if best_name == "cp1252" else 0.0):
            best_name, best_text, best_score = name, text, score
    return best_text, best_name


_MIXED_MIN_CHARS = 20  # non-ASCII characters the UTF-8 lines must hold to call the file UTF-8


def _decode_mixed(data: bytes) -> tuple[str, str] | None:
    """A UTF-8 file with lines pasted from a legacy-encoded one: each line in its own encoding.

    Why per line: one reading for the whole file garbles either the UTF-8 majority (read as
    cp1252, every letter with a mark turns into two) or the pasted part. The file counts as
    UTF-8 only if its valid UTF-8 lines carry real Vietnamese text (a legacy file rarely forms
    valid multi-byte sequences, and never ones that read as Vietnamese); the other lines are read
    in the legacy encoding that suits them best together. Returns None for anything else.
    """
    lines = data.splitlines(keepends=True)
    decoded: list[str | None] = []
    bad: list[bytes] = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
            bad.append(line)
    utf8 = "".join(x for x in decoded if x is not None and not x.isascii())
    if not bad or sum(not c.isascii() for c in utf8) < _MIXED_MIN_CHARS or vietnamese_score(utf8) < _MIN_SCORE:
        return None
    _text, name = _decode_legacy(b"".join(bad))
    out = [x if x is not None else _decode_as(line, name) for x, line in zip(decoded, lines, strict=True)]
    return "".join(out), f"utf-8+{name}"
