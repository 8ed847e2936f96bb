"""The citation graph: document numbers as comparable keys, and legal bases resolved to documents.

A number is written many ways (``175/2025/NĐ-CP``, ``175/2025/nđ-cp``, ``175 / 2025 / ND-CP``,
``Số: 175/2025/NĐ–CP``); its key folds case, spaces, dashes and ``Đ``/``D`` so that a citation
and the cited document meet. A key alone is not unique (every commune has a ``12/KH-UBND``), so
a legal basis is resolved only when exactly one document with that key has a compatible issuer
and year; otherwise it stays unresolved rather than pointing at the wrong document.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

from ..resources import load_rules
from ..textutil import fold


@dataclass(frozen=True)
class NumberKey:
    key: str
    type_code: str | None
    issuer_code: str | None
    year: int | None


@cache
def _type_codes() -> frozenset[str]:
    rules = load_rules("doc_types")
    codes = {fold(t["code"]).upper() for t in rules.get("type", []) if t.get("code")}
    for t in rules.get("legal", []):
        if isinstance(t, dict) and t.get("code"):
            codes.add(fold(t["code"]).upper())
    # the normative types of citations (Nghị định, Thông tư, Luật …) carry codes outside Phụ lục III
    codes.update({"ND", "TT", "TTLT", "L", "PL", "NQ", "QD", "CT", "KH", "CD", "CTR", "PA", "TTR"})
    return frozenset(codes)


def number_key(raw: str | None) -> NumberKey | None:
    """Key and parts of a document number; None when there is nothing number-like."""
    if not raw:
        return None
    rules = load_rules("store")["numbers"]
    s = raw.strip()
    for p in rules["prefixes"]:
        if s.casefold().startswith(p):
            s = s[len(p):]
            break
    for d in rules["dashes"]:
        s = s.replace(d, "-")
    key = re.sub(r"\s+", "", fold(s)).upper().strip(".,;:")
    if not key or not any(c.isdigit() for c in key):
        return None
    parts = key.split("/")
    year = None
    for part in parts[1:-1]:
        if part.isascii() and part.isdigit() and rules["min_year"] <= int(part) <= rules["max_year"]:
            year = int(part)
    symbol = parts[-1] if len(parts) > 1 else ""
    type_code = issuer_code = None
    head = parts[0].split("-", 1)
    if len(head) == 2 and head[1] in _type_codes():  # party style 14-KH/TU
        type_code, issuer_code = head[1], symbol or None
    elif symbol:
        segs = symbol.split("-")
        if segs[0] in _type_codes() and len(segs) > 1:
            type_code, issuer_code = segs[0], "-".join(segs[1:])
        elif len(segs) > 1:  # a công văn: the symbol is the issuer's (12/UBND-VX)
            type_code, issuer_code = "CV", symbol
        else:  # a law (66/2013/QH13): the symbol names the issuer only
            issuer_code = symbol
    return NumberKey(key, type_code, issuer_code, year)


def _issuer_compatible(cited: str | None, doc_issuer: str | None, key: str) -> bool:
    """Both issuers named: one must name the other. A citation without an issuer only
    resolves when its number is unique nationwide: it has a year and an issuer code that is not
    one that every locality shares (``12/KH-UBND`` exists in every commune)."""
    if cited and doc_issuer:
        a, b = fold(cited), fold(doc_issuer)
        return a == b or a in b or b in a
    k = number_key(key)
    generic = set(load_rules("store")["numbers"]["generic_issuer_codes"])
    return bool(k and k.year and k.issuer_code and k.issuer_code.split("-")[0] not in generic)


def resolve(con: sqlite3.Connection, keys: set[str] | None = None,
            shas: set[str] | None = None) -> int:
    """(Re)resolve legal bases to documents; returns how many point at a document.

    Without arguments: all of them. After a load: the legal bases of the loaded documents
    (``shas``) and those citing one of the loaded documents' own numbers (``keys``): a cited
    document may arrive after its citers, and nothing else can change a resolution."""
    sql = "SELECT sha256, idx, number_key, year, date, issuer FROM legal_bases WHERE number_key IS NOT NULL"
    if keys is None and shas is None:
        rows = con.execute(sql).fetchall()
    else:
        rows = []
        seen: set[tuple[str, int]] = set()
        # one query per chunk keeps the parameter count under SQLite's limit
        for col, values in (("number_key", sorted(keys or ())), ("sha256", sorted(shas or ()))):
            for i in range(0, len(values), 500):
                chunk = values[i:i + 500]
                for r in con.execute(sql + f" AND {col} IN ({','.join('?' * len(chunk))})", chunk):
                    if (r[0], r[1]) not in seen:
                        seen.add((r[0], r[1]))
                        rows.append(r)
    resolved = 0
    updates: list[tuple[str | None, str, int]] = []
    for sha, idx, key, year, date, issuer in rows:
        cands = con.execute(
            "SELECT sha256, issuer, year, number_year FROM documents WHERE number_key=? AND sha256<>?",
            (key, sha)).fetchall()
        byear = year or (int(date[:4]) if date else None)
        ok = [c for c in cands
              if _issuer_compatible(issuer, c[1], key)
              and not (byear and (c[3] or c[2]) and byear != (c[3] or c[2]))]
        target = ok[0][0] if len(ok) == 1 else None
        resolved += target is not None
        updates.append((target, sha, idx))
    con.executemany("UPDATE legal_bases SET target_sha256=? WHERE sha256=? AND idx=?", updates)
    return resolved


DIRECT_CITERS = """
SELECT sha256 FROM legal_bases WHERE number_key = ?
UNION SELECT sha256 FROM legal_bases WHERE target_sha256 IN (SELECT sha256 FROM documents WHERE number_key = ?)
"""
# UNION (not UNION ALL) over sha256 alone: a document already reached is not expanded again, so
# the recursion ends on citation cycles too
CITERS_SQL = f"""
WITH RECURSIVE citers(sha256) AS (
    {DIRECT_CITERS}
    UNION
    SELECT lb.sha256 FROM legal_bases lb JOIN citers c ON lb.target_sha256 = c.sha256
)
SELECT sha256 FROM citers
"""
DIRECT_CITED = """
SELECT target_sha256 FROM legal_bases
WHERE sha256 IN (SELECT sha256 FROM documents WHERE number_key = ?) AND target_sha256 IS NOT NULL
"""
CITED_SQL = f"""
WITH RECURSIVE cited(sha256) AS (
    {DIRECT_CITED}
    UNION
    SELECT lb.target_sha256 FROM legal_bases lb JOIN cited c ON lb.sha256 = c.sha256
    WHERE lb.target_sha256 IS NOT NULL
)
SELECT sha256 FROM cited
"""


def citers_sql(con: sqlite3.Connection, number: str, *, transitive: bool = False) -> tuple[str, list[object]]:
    """A ``SELECT sha256`` of who cites ``number``: by its key (cited documents outside the corpus
    too) or through a resolved citation; with ``transitive``, also who cites those, and so on."""
    k = number_key(number)
    if k is None:
        return "SELECT NULL WHERE 0", []
    return (CITERS_SQL if transitive else DIRECT_CITERS), [k.key, k.key]


def cited_sql(con: sqlite3.Connection, number: str, *, transitive: bool = False) -> tuple[str, list[object]]:
    """A ``SELECT sha256`` of the corpus documents that the document(s) numbered ``number`` cite."""
    k = number_key(number)
    if k is None:
        return "SELECT NULL WHERE 0", []
    return (CITED_SQL if transitive else DIRECT_CITED), [k.key]


def citers(con: sqlite3.Connection, number: str, *, transitive: bool = False) -> set[str]:
    sql, params = citers_sql(con, number, transitive=transitive)
    return {r[0] for r in con.execute(sql, params)}


def cited_by(con: sqlite3.Connection, number: str, *, transitive: bool = False) -> set[str]:
    sql, params = cited_sql(con, number, transitive=transitive)
    return {r[0] for r in con.execute(sql, params)}
