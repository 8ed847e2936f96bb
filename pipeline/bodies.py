"""Vietnamese body names: where a name lies whole inside a list, and what is no name at all.

A list of bodies is cut on ``;``, commas and ``và`` — except inside a name whose domain holds
that punctuation ("Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và Xã hội",
"Ban Thường vụ Tỉnh ủy, Thành ủy"). Those domains are a closed public list (the ministries and
department kinds, before and after the 2025 reorganisation), kept as data in
``rules/bodies.toml``; :func:`protected_spans` finds them in a text so that a splitter never
cuts inside one. :func:`is_fragment` rejects the pieces of clauses a splitter may leave ("Các
cơ quan được", a task table's own header cell "Cơ quan chủ trì", a news sentence).

Matching is on word keys (case folded, tone mark moved to the end, dashes unified), so that
"hoà"/"hòa", "Thương Binh"/"Thương binh" and "–"/"-" meet; it is one dictionary look-up per
word and phrase length: linear in the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .caching import per_text_cache, word_cache
from .resources import load_rules

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SEPARATORS = frozenset({",", "-", "và", "&"})
_DATED = re.compile(r"(?i)\bngày\s+\d|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")


@word_cache(65536)
def _key(tok: str) -> str:
    """Case-folded token with its tone mark moved to the end; all dashes as ``-``."""
    if tok in "–—−":
        return "-"
    nfd = unicodedata.normalize("NFD", tok.casefold())
    tones = [c for c in nfd if c in _TONES]
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    return base + (tones[0] if tones else "")


@per_text_cache(8192)
def _tokens(s: str) -> tuple[tuple[str, int, int], ...]:
    """``(key, start, end)`` of the tokens of ``s`` (cached: the role, head and name tests
    are asked of the same strings many times over a document)."""
    # ``_TOKEN.finditer(s)`` word by word: a whitespace-separated word of word characters only
    # (``str.isalnum``: ``\w`` is that or "_") is one token, itself, found by ``str.find`` from
    # the end of the word before (only whitespace lies between); the pattern reads the rest. A
    # match object per token cost more than the rest of the test.
    out: list[tuple[str, int, int]] = []
    pos = 0
    find = s.find
    for w in s.split():
        pos = find(w, pos)
        if w.isalnum():
            out.append((_key(w), pos, pos + len(w)))
        else:
            out.extend((_key(m.group()), pos + m.start(), pos + m.end()) for m in _TOKEN.finditer(w))
        pos += len(w)
    return tuple(out)


def _phrase(s: str) -> tuple[str, ...]:
    return tuple(k for k, _a, _b in _tokens(s))


@cache
def _rules() -> dict:
    return load_rules("bodies")


@cache
def _protected_index() -> tuple[dict[str, frozenset[int]], frozenset[tuple[str, ...]]]:
    """(first key → phrase lengths, phrases) of the names holding list punctuation."""
    r = _rules()
    names = [*_separator_variants([*r["domains"]["ministries"], *r["domains"]["ministries_former"],
                                   *r["domains"]["departments"]]), *r["bodies"]["names"]]
    seps = {_key(x) for x in _SEPARATORS}
    phrases = {_undashed(p) for p in map(_phrase, names) if len(p) > 1 and any(k in seps for k in p[1:-1])}
    lengths: dict[str, set[int]] = {}
    for p in phrases:
        lengths.setdefault(p[0], set()).add(len(p))
    return {k: frozenset(v) for k, v in lengths.items()}, frozenset(phrases)


@cache
def _protected_lengths() -> dict[str, tuple[int, ...]]:
    """``_protected_index()``'s phrase lengths by first key, longest first, sorted once."""
    return {k: tuple(sorted(v, reverse=True)) for k, v in _protected_index()[0].items()}


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """One-token abbreviations (rules/abbreviations.toml) → the keys of their expansion."""
    table = load_rules("abbreviations")["expand"]
    return {k: _phrase(v) for k, v in table.items() if re.fullmatch(r"\w+", k)}


def _expanded_tokens(s: str) -> list[tuple[str, int, int]]:
    """:func:`_tokens`, an abbreviation standing for the words it abbreviates, each on the
    abbreviation's span ("Văn phòng HĐND và UBND" meets "Văn phòng Hội đồng nhân dân và Ủy ban
    nhân dân")."""
    ab = _abbreviations()
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(s):
        exp = ab.get(m.group())
        if exp:
            out.extend((k, m.start(), m.end()) for k in exp)
        else:
            out.append((_key(m.group()), m.start(), m.end()))
    return out


def _undashed(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A name's keys without its dashes: a dash between the fields of a domain is optional in
    practice ("Lao động - Thương binh và Xã hội", "Lao động Thương binh và Xã hội")."""
    return tuple(k for k in keys if k != "-")


def protected_spans(s: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``s[start:end]`` (offsets in ``s``) covered by a known name whose words include
    list punctuation, longest match first, left to right; abbreviations count as the words
    they stand for."""
    return list(_protected_spans(s, start, len(s) if end is None else end))


@per_text_cache(2048)
def _protected_spans(s: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """:func:`protected_spans`, kept for the document: a list splitter asks it of the same
    passage again for each reading it tries."""
    lengths, phrases = _protected_lengths(), _protected_index()[1]
    toks = [t for t in _expanded_tokens(s[start:end]) if t[0] != "-"]
    keys = [k for k, _a, _b in toks]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        hit = 0
        for n in lengths.get(keys[i], ()):
            if i + n <= len(toks) and tuple(keys[i : i + n]) in phrases:
                hit = n
                break
        if hit:
            out.append((start + toks[i][1], start + toks[i + hit - 1][2]))
            i += hit
        else:
            i += 1
    return tuple(out)


@cache
def _roles() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, set[tuple[str, ...]]] = {}
    for r in _rules()["heads"]["roles"]:
        p = _phrase(r)
        out.setdefault(p[0], set()).add(p)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def _shared_titles() -> frozenset[tuple[str, ...]]:
    return frozenset(_phrase(t) for t in _rules().get("shared_roles", {}).get("titles", []))


_PLURAL_MARKS = frozenset({_key("các"), _key("những")})


def shares_body(role: str, other: str) -> str | None:
    """The body that a bare officer title ``role`` shares with the title naming it in ``other``
    ("Tổng giám đốc" + "Giám đốc Quỹ" → "Quỹ"), or None where either is no board title or the
    body is a kind rather than a named body."""
    titles = _shared_titles()
    if _phrase(role) not in titles:
        return None
    toks = _tokens(other)
    if toks and toks[0][0] in _PLURAL_MARKS:
        toks = toks[1:]  # "Chủ tịch và các thành viên Ủy ban nhân dân tỉnh": the plural title
    keys = tuple(k for k, _a, _b in toks)
    for n in range(len(keys) - 1, 0, -1):
        if keys[:n] in titles:
            body = other[toks[n - 1][2] :].strip()
            return body if body[:1].isupper() and not body.casefold().startswith("các ") else None
    return None


@cache
def _distinct_kinds() -> frozenset[tuple[str, ...]]:
    return frozenset(_phrase(k) for k in _rules().get("kinds", {}).get("distinct", []))


def is_distinct_kind(s: str) -> bool:
    """Whether ``s`` opens with a kind of body that a plural's list names as a unit of its own
    ("cơ quan ngang Bộ", "cơ quan thuộc Chính phủ": rules/bodies.toml [kinds])."""
    keys = tuple(k for k, _a, _b in _tokens(s))
    return any(keys[: len(p)] == p for p in _distinct_kinds())


@cache
def _rank_heads() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every head with its rank ("sub", "parent" or ""), longest first."""
    h = _rules()["heads"]
    rank = {_phrase(x): "sub" for x in h.get("subordinate", [])}
    rank.update({_phrase(x): "parent" for x in h.get("parents", [])})
    allh = {p: rank.get(p, "") for p in (*_all_heads(), *rank)}
    return tuple(sorted(allh.items(), key=lambda kv: -len(kv[0])))


def _rank(s: str) -> str:
    keys = _phrase(s[:80])
    for p, r in _rank_heads():
        if keys[: len(p)] == p:
            return r
    return ""


def is_subordinate_head(s: str) -> bool:
    """Whether ``s`` opens with the head of an office held inside a larger body ("Cục", "Vụ",
    "Phòng": rules/bodies.toml ``heads.subordinate``), its longest head deciding ("Bộ Chỉ huy
    Quân sự" is no "Bộ")."""
    return _rank(s) == "sub"


def is_parent_head(s: str) -> bool:
    """Whether ``s`` opens with the head of a body that holds offices ("Bộ", "Tổng cục", "Sở")."""
    return _rank(s) == "parent"


@cache
def _unheaded() -> frozenset[tuple[str, ...]]:
    return frozenset(_phrase(k) for k in _rules().get("kinds", {}).get("unheaded", []))


def is_unheaded_kind(s: str) -> bool:
    """Whether ``s`` opens with a kind of addressee no role heads ("cá nhân", "hộ gia đình")."""
    keys = tuple(k for k, _a, _b in _tokens(s))
    return any(keys[: len(p)] == p for p in _unheaded())


def role_length(s: str) -> int:
    """Characters of ``s`` taken by a role that opens it ("Giám đốc", "Chủ tịch"), 0 if none."""
    toks = _tokens(s)
    if not toks:
        return 0
    keys = [k for k, _a, _b in toks]
    for p in _roles().get(keys[0], ()):
        if tuple(keys[: len(p)]) == p:
            return toks[len(p) - 1][2]
    return 0


@cache
def _name_index() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...]]:
    """(heads, domains, words a name goes on with, verbs), phrases longest first."""
    r = _rules()

    def longest(xs: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({_phrase(x) for x in xs}, key=len, reverse=True))

    d = r["domains"]
    ne = r.get("name_end", {})
    return (
        longest(r["heads"]["bodies"]),
        longest(_separator_variants([*d["ministries"], *d["ministries_former"], *d["departments"]])),
        frozenset(_phrase(w) for w in [*ne.get("goes_on", []), *r["locality"]["levels"]]),
        longest(ne.get("verbs", [])),
    )


def _separator_variants(names: list[str]) -> list[str]:
    """The domains whose fields a comma parts, also written with a dash: writers part them
    either way ("Văn hóa, Thể thao và Du lịch", "Văn hóa - Thể thao và Du lịch"). Not the other
    way: a comma between fields is also how a list parts two departments ("Sở Tài chính, Kế
    hoạch và Đầu tư" lists two, though "Tài chính - Kế hoạch" is one office's field)."""
    return [*names, *(n.replace(", ", " - ") for n in names if ", " in n)]


@cache
def _not_verbs() -> tuple[tuple[str, ...], ...]:
    return tuple(_phrase(x) for x in _rules().get("name_end", {}).get("not_verbs", []))


def _match_at(keys: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    index = _phrase_index(phrases)
    if index is None:
        for p in phrases:
            if tuple(keys[i : i + len(p)]) == p:
                return len(p)
        return 0
    if i >= len(keys):
        return 0
    # only the phrases that open with the word at ``i`` can match there (their order kept)
    for p in index.get(keys[i], ()):
        if tuple(keys[i : i + len(p)]) == p:
            return len(p)
    return 0


_INDEXES: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, tuple[tuple[str, ...], ...]] | None]] = {}


def _phrase_index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]] | None:
    """A phrase list (one of the cached lexicons above) by first word, in the list's order:
    ``name_length`` tries the verbs at every word of a name. None for a list with an empty
    phrase (it matches anywhere, ending the search in order: the plain scan keeps that)."""
    hit = _INDEXES.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    index: dict[str, tuple[tuple[str, ...], ...]] | None = None
    if all(phrases):
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            by_first.setdefault(p[0], []).append(p)
        index = {k: tuple(v) for k, v in by_first.items()}
    if len(_INDEXES) > 64:  # the lexicons are a handful; a caller's own lists must not pile up
        _INDEXES.clear()
    _INDEXES[id(phrases)] = (phrases, index)
    return index


@cache
def _enterprise_heads() -> tuple[tuple[str, ...], ...]:
    heads = _rules().get("enterprise", {}).get("heads", [])
    return tuple(sorted({_phrase(x) for x in heads}, key=len, reverse=True))


@cache
def _all_heads() -> tuple[tuple[str, ...], ...]:
    r = _rules()
    names = [*r["heads"]["bodies"], *r.get("enterprise", {}).get("heads", [])]
    return tuple(sorted({_phrase(x) for x in names}, key=len, reverse=True))


def head_length(s: str) -> int:
    """Characters of ``s`` taken by the head noun of a body that opens it — a state body
    ("Sở", "Ủy ban nhân dân") or a non-state one ("Công ty cổ phần", "Hợp tác xã":
    rules/bodies.toml [enterprise]) — 0 where ``s`` opens with none or in lower case."""
    if not s[:1].isupper():
        return 0
    toks = _tokens(s)
    n = _match_at([k for k, _a, _b in toks], 0, _all_heads())
    return toks[n - 1][2] if n else 0


def name_length(s: str) -> int:
    """Characters of ``s`` taken by the body name that opens it, cut where the clause it is the
    subject of begins ("Bộ Tài chính tham gia ý kiến" → "Bộ Tài chính"); ``len(s)`` where no
    such clause is seen. After a head and a known domain the first lower-case word that is no
    level or continuation ends the name; elsewhere a predicate of [name_end] verbs does."""
    toks = _tokens(s)
    keys = [k for k, _a, _b in toks]
    heads, domains, goes_on, verbs = _name_index()
    h = _match_at(keys, 0, heads) if toks and s[:1].isupper() else 0
    if h and _match_at(keys, 0, _enterprise_heads()) >= h:
        h = 0  # an enterprise's name is its own ("Công ty cổ phần Xây dựng giao thông …"): no domain
    if h:
        e = _head_level_end(s, toks, keys, h) or _place_end(s, toks, keys, h)
        if e:
            return e
        d = _match_at(keys, h, domains)
        if d and h + d < len(toks):
            nxt = s[toks[h + d][1] : toks[h + d][2]]
            cont = any(tuple(keys[h + d : h + d + len(p)]) == p for p in goes_on)
            if nxt[:1].islower() and not cont:
                return toks[h + d - 1][2]
    for i in range(1, len(toks)):
        word = s[toks[i][1] : toks[i][2]]
        # (nor the second syllable of a noun: "chương trình", "công trình")
        if word[:1].islower() and _match_at(keys, i, verbs) and not _match_at(keys, i, _not_verbs()) \
                and _match_at(keys, i - 1, _not_verbs()) < 2:
            return len(s[: toks[i][1]].rstrip())
    return len(s)


def head_level_end(s: str) -> int:
    """Where a body named by its head and a bare level ends when a word in small letters follows
    ("Ủy ban nhân dân tỉnh chỉnh sửa Quy hoạch" → "Ủy ban nhân dân tỉnh"): a head that exists at
    every level, named with its level alone, is whole — what follows (no place, level or
    continuation such as "khóa", "các", "thuộc") opens the clause. 0 where ``s`` opens no such name."""
    toks = _tokens(s)
    if not toks or not s[:1].isupper():
        return 0
    keys = [k for k, _a, _b in toks]
    h = _match_at(keys, 0, _name_index()[0])
    return _head_level_end(s, toks, keys, h) if h else 0


def _head_level_end(s: str, toks: tuple[tuple[str, int, int], ...], keys: list[str], h: int) -> int:
    lv = _level_after_head(keys, h)
    if not lv or h + lv >= len(toks) or not s[toks[h][1] : toks[h][1] + 1].islower():
        return 0  # ("Văn phòng Tỉnh ủy": a capitalised level word opens a body's own name)
    if (keys[h + lv - 1], keys[h + lv]) in own_level_heads():
        return 0  # "Văn phòng tỉnh ủy": the level word opens a committee's name, no level
    nxt = s[toks[h + lv][1] : toks[h + lv][2]]
    goes_on = _name_index()[2]
    cont = any(tuple(keys[h + lv : h + lv + len(p)]) == p for p in goes_on)
    if nxt[:1].islower() and not cont and keys[h + lv] not in _NAME_GOES_ON_WORDS \
            and not s[toks[h + lv - 1][2] : toks[h + lv][1]].strip():
        return toks[h + lv - 1][2]
    return 0


def _place_end(s: str, toks: tuple[tuple[str, int, int], ...], keys: list[str], h: int) -> int:
    """Where a body named by its head, level and place ends when a word in small letters follows
    with no comma ("Ủy ban nhân dân thành phố Hải Phòng chính quyền địa phương …", a comma the
    converter lost): the place's capitalised words close the name. 0 where ``s`` opens no such
    name, or the word after the place goes on with it ("và", "các", "thuộc", "khóa" …)."""
    lv = _level_after_head(keys, h)
    if not lv or h + lv >= len(toks) or not s[toks[h][1] : toks[h][1] + 1].islower():
        return 0  # ("Ủy ban Trung ương Mặt trận …": a capitalised level word opens a body's own name)
    q = h + lv
    while q < len(toks) and s[toks[q][1] : toks[q][1] + 1].isupper():
        q += 1
    if q == h + lv or q >= len(toks) or s[toks[q - 1][2] : toks[q][1]].strip():
        return 0
    if not s[toks[q][1] : toks[q][1] + 1].islower() or keys[q] in _NAME_GOES_ON_WORDS \
            or any(tuple(keys[q : q + len(p)]) == p for p in _name_index()[2]):
        return 0
    return toks[q - 1][2]


_NAME_GOES_ON_WORDS = frozenset(_key(w) for w in ("các", "cấp", "trên", "trong", "thuộc", "khóa", "khoá",
                                                   "nhiệm", "cũ", "mới", "về"))


@cache
def _levels() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({_phrase(x) for x in _rules()["locality"]["levels"]}, key=len, reverse=True))


def _level_after_head(keys: list[str], h: int) -> int:
    """Tokens of a bare level word right after a head that exists at every level ("Ủy ban nhân
    dân tỉnh"), 0 where none."""
    if tuple(keys[:h]) not in _every_level() and tuple(keys[:h]) not in _bare_heads():
        return 0
    if _match_at(keys, h, _not_levels()):
        return 0  # "Trung tâm xã hội …": no level
    return _match_at(keys, h, _levels())


@cache
def _not_levels() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({_phrase(x) for x in _rules()["locality"].get("not_levels", [])}, key=len, reverse=True))


def domain_length(s: str) -> int:
    """Characters of ``s`` taken by a known domain that opens it ("Kế hoạch tổng hợp …",
    "Giáo dục và Đào tạo …": the fields of ministries and departments), 0 if none."""
    toks = _tokens(s)
    n = _match_at([k for k, _a, _b in toks], 0, _name_index()[1])
    return toks[n - 1][2] if n else 0


def complete_field(s: str) -> str | None:
    """A body's name cut inside its known field right after "và" ("Bộ Khoa học và": a page
    break or a cell's wrapping lost the rest), completed with the one known field it can begin;
    None where the name is not so cut or more than one field fits."""
    h = head_length(s)
    rest = s[h:].strip()
    keys = _phrase(rest)
    if not h or len(keys) < 2 or keys[-1] != _key("và") or keys[:-1] in _name_index()[1]:
        return None  # ("Bộ Tài chính và": a whole field, the "và" joins the next body)
    fits = {d for d in _name_index()[1] if len(d) > len(keys) and d[: len(keys)] == keys}
    if len(fits) != 1:
        return None
    (d,) = fits
    names = [n for n in (*_rules()["domains"]["ministries"], *_rules()["domains"]["ministries_former"],
                         *_rules()["domains"]["departments"]) if _phrase(n) == d]
    return f"{s[:h]} {names[0]}" if names else None


@cache
def _every_level() -> frozenset[tuple[str, ...]]:
    return frozenset(_phrase(x) for x in _rules()["locality"].get("at_every_level", []))


def exists_at_every_level(name: str) -> bool:
    """Whether ``name`` is a body of a kind found at every level, named without its level
    ("Hội Nông dân", "Đoàn Thanh niên")."""
    return _phrase(name) in _every_level()


def opens_with_head(s: str) -> bool:
    """Whether ``s`` begins with a body's head noun ("Ủy ban …", "Sở …", "Trung tâm …"), in any
    case: what tells an organisation's certificate from a person's."""
    toks = _tokens(s)
    return bool(toks) and _match_at([k for k, _a, _b in toks], 0, _name_index()[0]) > 0


def is_role(s: str) -> bool:
    """Whether ``s`` is a role and nothing else ("Giám đốc", "Thủ trưởng")."""
    n = role_length(s.strip())
    return n > 0 and n == len(s.strip())


@cache
def _good_last_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(_phrase(w) for w in _rules()["fragments"].get("good_last_phrases", []))


@cache
def _fragment_lexicon() -> tuple[frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...], frozenset[tuple[str, ...]]]:
    f = _rules()["fragments"]
    return (
        frozenset(_phrase(w) for w in f["bad_last_words"]),
        tuple(_phrase(w) for w in f["bad_words"]),
        frozenset(_phrase(w) for w in f["column_names"]),
    )


@cache
def _bare_nouns() -> frozenset[tuple[str, ...]]:
    return frozenset(_phrase(w) for w in _rules()["fragments"].get("bare_nouns", []))


def is_bare_noun(name: str) -> bool:
    """A generic noun alone ("Cơ quan", "Sở"): the kind of a body without its field or place,
    a name cut short by a line break or a typo. Asked of the final name, after a short name the
    document defines ("sau đây gọi là Quỹ") has been written in full."""
    return _phrase(name) in _bare_nouns()


def unglued(s: str) -> str:
    """``s`` with the space a converter lost before a proper name put back ("tỉnhHà An" →
    "tỉnh Hà An"): a Vietnamese word never takes a capital after two lower-case letters, and
    an abbreviation ("TTg", "kWh") never has two lower-case letters before its capital."""
    out = [s[:1]]
    for i in range(1, len(s)):
        if (s[i].isupper() and i >= 2 and s[i - 1].islower() and s[i - 2].islower()
                and i + 1 < len(s) and s[i + 1].islower()):
            out.append(" ")
        out.append(s[i])
    return "".join(out)


def reads_unmarked(name: str, context: str = "") -> bool:
    """Whether ``name`` runs more lower-case words without a mark than a name as written has:
    a text printed without marks that the restorer left as it was, so its end is unknown. Where
    the ``context`` (the task the name is given) is written with marks, so was the name: a kind
    named by its field ("Cơ quan thanh tra") may run three unmarked syllables."""
    f = _rules()["fragments"]
    limit = int(f.get("max_unmarked_run", 2))
    run = 0
    for w in re.findall(r"[^\W\d_]+", name):
        run = run + 1 if w.isascii() and w.islower() else 0
        if run > limit:
            words = re.findall(r"[^\W\d_]+", context)
            marked = sum(1 for x in words if not x.isascii())
            return len(words) < 4 or marked < float(f.get("min_marked_share", 0.3)) * len(words)
    return False


def is_column_name(name: str) -> bool:
    """A task table's header cell ("Cơ quan chủ trì"): it names a column, not a body."""
    return _phrase(name.strip(" *:.")) in _fragment_lexicon()[2]


def is_fragment(name: str) -> bool:
    """A piece of a clause or a news sentence — never a unit name."""
    last, bad, _columns = _fragment_lexicon()
    keys = _phrase(name)
    if not keys or _DATED.search(name):
        return True
    good = any(len(keys) > len(g) and keys[-len(g):] == g for g in _good_last_phrases())
    if not good and any(keys[-n:] in last for n in (1, 2) if len(keys) >= n):
        return True
    for p in bad:
        n = len(p)
        if any(tuple(keys[i : i + n]) == p for i in range(len(keys) - n + 1)):
            return True
    return False


@cache
def own_level_heads() -> frozenset[tuple[str, ...]]:
    """The heads that name their level themselves ("Tỉnh ủy", "Huyện đoàn"), as word keys."""
    return frozenset(_phrase(h) for h in _rules()["heads"].get("own_level", []))


@cache
def _bare_heads() -> frozenset[tuple[str, ...]]:
    own = own_level_heads()
    return frozenset(p for p in (_phrase(h) for h in _rules()["heads"]["bodies"]) if len(p) >= 2 and p not in own)


def is_bare_head(name: str) -> bool:
    """Whether ``name`` is a body's head alone, without field or locality ("Ủy ban nhân dân",
    "Hội đồng nhân dân"): such a body exists at every level, so a list names its locality once."""
    return _phrase(name) in _bare_heads()


@cache
def _level_pattern() -> re.Pattern[str]:
    levels = sorted((lv for lv in _rules()["locality"]["levels"] if lv[:1].islower()), key=len, reverse=True)
    words = sorted(_rules()["locality"].get("not_levels", []), key=len, reverse=True)
    # (a word whose first syllable is a level — "xã hội", "bản đồ" — names no locality)
    no = r"(?!(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b)" if words else ""
    return re.compile(r"\s" + no + r"((?:các\s+)?(?:" + "|".join(map(re.escape, levels)) + r")\b.*)$")


def locality_tail(name: str) -> str | None:
    """The locality that closes ``name`` ("tỉnh Hà An", "các tỉnh, thành phố trực thuộc Trung
    ương"), from its first lower-case administrative level on; None if none."""
    m = _level_pattern().search(name)
    return m.group(1) if m else None


@cache
def _cased_names() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(word keys, words as written) of the lexicon's names whose case carries meaning past
    their first letter ("Mặt trận Tổ quốc Việt Nam"), longest first."""
    r = _rules()
    out = []
    for n in {*r["bodies"]["names"], *r["bodies"].get("proper_nouns", ()), *r["locality"]["at_every_level"]}:
        words = n.split()
        if len(words) >= 2 and any(w[:1].isupper() for w in words[1:]):
            out.append((tuple(_key(w) for w in words), tuple(words)))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def canonical_case(name: str) -> str:
    """``name`` with the lexicon's known names written in their own case: a name cased from
    capitals by rule ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ A" → "… tổ quốc việt nam …") gets the
    proper nouns the rule cannot know back ("Ủy ban Mặt trận Tổ quốc Việt Nam xã A")."""
    words = name.split(" ")
    keys = [_key(w) for w in words]
    i = 0
    while i < len(words):
        for k, written in _cased_names():
            if tuple(keys[i : i + len(k)]) == k:
                words[i : i + len(k)] = written
                i += len(k) - 1
                break
        i += 1
    return " ".join(words)


@cache
def _place_names() -> frozenset[str]:
    return frozenset(n.casefold() for n in _rules()["bodies"].get("proper_nouns", ()))


def is_place_name(words: str) -> bool:
    """``words`` name a province or city (the lexicon's proper nouns): "Lâm Đồng" after "Bí thư
    Tỉnh ủy" is the province, though its words read like a family and a given name."""
    return words.casefold() in _place_names()
