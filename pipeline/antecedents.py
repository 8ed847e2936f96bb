"""The bodies a bare head noun refers back to ("Đề nghị Công ty tiếp tục …" after a notice named
the companies it inspected): written out, never the bare noun.

A bare head names no one the record can tell (pipeline.bodies ``bare_nouns``). Where the text
named, before that mention, enterprises of that kind with their proper names ("Công ty cổ phần A
(gói thầu …); Tổng công ty B …"), the bare head is those enterprises; where it named none, or too
many to be one group, the head is dropped as before. Only enterprises are resolved: their names
are proper names (a legal form, then capitalised words), which the text cannot mean otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .resources import load_rules
from .textutil import collapse, fold

_MAX = 8  # more enterprises than this before the mention: no one group the head can mean


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_rules("bodies")["antecedents"]


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    heads = sorted(_rules()["enterprise_heads"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w)")


def _proper_name(seg: str, head: str) -> str | None:
    """The enterprise's name at the start of ``seg``: its head, its legal form, then words up to
    the last capitalised one (a few lower-case words may sit between: "Xây dựng giao thông Yên
    Bái"); None without a capitalised word after the legal form."""
    words = seg.split()
    i = len(head.split())
    forms = {fold(w) for f in _rules()["legal_forms"] for w in f.split()}
    while i < len(words) and fold(words[i]) in forms and not words[i][:1].isupper() or (
            i < len(words) and words[i] in _rules()["legal_form_abbreviations"]):
        i += 1
    stops = {fold(w) for w in _rules()["name_stops"]}
    last = None
    for j in range(i, len(words)):
        w = words[j]
        if fold(w) in stops:
            break
        if w[:1].isupper():
            last = j
        elif j - (last if last is not None else i - 1) > 3:
            break
    return " ".join(words[: last + 1]) if last is not None else None


def enterprises_before(text: str, start: int, end: int) -> list[str]:
    """The enterprises ``text[start:end]`` names with their proper names, in order, each once."""
    out: list[str] = []
    seen: set[str] = set()
    for m in _head_pattern().finditer(text, start, end):
        seg = collapse(text[m.start() : min(end, m.start() + 200)])
        seg = re.split(r"\s*[(,;:.\"“”]\s*|\s[-–]\s", seg)[0]
        name = _proper_name(seg, m.group(0))
        if name and fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    return out


def resolves(bare: str) -> str | None:
    """The kind of enterprise a bare head stands for ("công ty" → companies and corporations;
    "doanh nghiệp" → any), or None for a head that is not resolved."""
    return _rules()["bare_heads"].get(fold(bare).removeprefix("cac "))


def antecedents(text: str, bare: str, start: int, end: int) -> list[str]:
    """The enterprises the bare head ``bare`` at ``end`` refers back to ([] for none or too many)."""
    kind = resolves(bare)
    if kind is None:
        return []
    names = enterprises_before(text, start, end)
    if kind != "*":
        names = [n for n in names if fold(kind) in fold(n)]
    return names if len(names) <= _MAX else []
