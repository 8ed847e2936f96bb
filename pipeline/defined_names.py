"""Short names a document defines for a body ("Quỹ Bảo trợ trẻ em tỉnh (sau đây gọi là Quỹ)").

A text names a body in full once and then by the short name it defines in brackets ("sau đây
gọi là", "gọi tắt là"); a unit assigned work under that short name is the body named in full
(the contract writes names in full, as it expands abbreviations). The full name is the run of
words right before the bracket that opens with a body's head — the head the short name opens
with too ("các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương (sau đây gọi là Bộ, cơ quan
trung ương)") — within the clause (no full stop, semicolon or colon between).
"""

from __future__ import annotations

import re

from . import bodies
from .caching import per_text_cache
from .lexicon import starts_with_org_head

# the defining bracket, in every wording the genre uses: "(sau đây gọi là …)", "(được gọi tắt
# là …)", "(sau đây gọi chung là …)", "(sau đây viết tắt là …)", emphasis marks around it kept out
DEFINING_BRACKET = re.compile(
    r"\(\s*[*_]*\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)(?:\s+(?:tắt|chung))?\s+là\s*:?\s*[“\"]?"
    r"(?P<short>[^()“”\"*_]{2,80}?)[”\"]?[*_]*\s*\)",
    re.IGNORECASE,
)
_REACH = 200
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def plain_words(name: str) -> tuple[str, ...]:
    """Comparison key: the words, case folded, without "các"."""
    return tuple(w for w in (m.group().casefold() for m in _WORD.finditer(name)) if w != "các")


def _clause_before(text: str, at: int, stops: str) -> str:
    """The clause a defining bracket at ``at`` closes: back to the nearest of ``stops`` or a blank
    line within reach, whitespace collapsed."""
    window = text[max(0, at - _REACH) : at]
    cut = max(max(window.rfind(c) for c in stops), window.rfind("\n\n") + 1)
    return " ".join((window[cut + 1 :] if cut >= 0 else window).split())


@per_text_cache(64)
def defined_names(text: str) -> dict[tuple[str, ...], str]:
    """Short name's key → the full name it stands for, for every short name of a body the text
    defines."""
    out: dict[tuple[str, ...], str] = {}
    for m in DEFINING_BRACKET.finditer(text):
        short = " ".join(m.group("short").split())
        h = bodies.head_length(short[:1].upper() + short[1:])  # ("sở, ngành" in lower case too)
        if not h:
            continue
        head = short[:h].casefold()
        clause = _clause_before(text, m.start(), ".;:(")
        # the nearest start of the head in the clause, capitalised (a proper name's) or after "các"
        best = None
        for w in re.finditer(r"\S+", clause):
            if clause[w.start() :].casefold().startswith(head) and (
                    clause[w.start()].isupper() or clause[: w.start()].rstrip().casefold().endswith("các")):
                best = w.start()
        if best is None:
            continue
        if clause[:best].rstrip().casefold().endswith("các"):
            best = clause[:best].rstrip().casefold().rfind("các")
        full = clause[best:].strip(" ,*_")
        if not full or len(full) <= len(short) or plain_words(full) == plain_words(short):
            continue
        if any(p[:1].isupper() and (bodies.head_length(p) or bodies.role_length(p)) for p in re.split(r",\s*", full)[1:]):
            continue  # "Trung tâm A, Bộ phận B (sau đây gọi là …)", "Bộ trưởng, Thủ trưởng cơ quan
            # ngang bộ (… gọi chung là Bộ trưởng)": several bodies or roles, one short name
        out.setdefault(plain_words(short), full[:1].upper() + full[1:])
    return out


def full_name(name: str, defined: dict[tuple[str, ...], str]) -> str:
    """``name`` written in full where it is a short name the text defined; else ``name`` (a role
    over a short name keeps it: "Chủ tịch Hội đồng", "Các thành viên Ban Chỉ đạo")."""
    return defined.get(plain_words(name), name) if defined else name


# a piece of a list that names a body or a role of its own: a comma, then a capital
_PIECE = re.compile(r",\s*(?=[^\W\d_])")


@per_text_cache(64)
def defined_groups(text: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Short name's key → the bodies it stands for, where the text gives one short name to a
    list of them ("Phòng A thuộc Ủy ban nhân dân xã, Phòng B, C thuộc Ủy ban nhân dân phường (sau
    đây gọi là cơ quan chuyên môn cấp xã)"): work given under the short name is given to each of
    them. The clause before the bracket must be
    the list and nothing else: every piece that opens with a capital names a body or a role."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    single = defined_names(text)
    for m in DEFINING_BRACKET.finditer(text):
        short = " ".join(m.group("short").split())
        key = plain_words(short)
        if key in single or key in out or not (bodies.head_length(short[:1].upper() + short[1:])
                                                 or bodies.role_length(short) or starts_with_org_head(short)):
            continue
        clause = _clause_before(text, m.start(), ".;:()").strip(" ,*_")
        pieces: list[str] = []
        for piece in _PIECE.split(clause):
            if piece[:1].isupper():
                if not (bodies.head_length(piece) or bodies.role_length(piece)):
                    pieces = []
                    break
                pieces.append(piece)
            elif pieces:
                pieces[-1] += ", " + piece  # "…, hạ tầng và đô thị …": the name goes on
            else:
                break
        if len(pieces) >= 2:
            out[key] = tuple(pieces)
    return out


def group_members(name: str, groups: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    """The bodies ``name`` stands for where it is a short name the text gave a list of them; else
    ``name`` alone."""
    return groups.get(plain_words(name), (name,)) if groups else (name,)
