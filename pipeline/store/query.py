"""Queries over the store: filters combined with AND, every user value bound as a parameter.

Every string a user gives is normalized as documents are (:func:`normalize_query`: NFC,
modern tone placement, invisible characters dropped), so text pasted from a document in any
Unicode form or tone placement (``văn hoá``, NFD) finds what the normalized documents hold
(``văn hóa``). Text filters on names (``issuer``, ``place``, ``unit``) match a folded substring
with abbreviations expanded case- and accent-insensitively, so ``ubnd tinh dak lak``, ``UBND``
and ``Đắk Lắk`` all work; dates compare ISO strings, a coarse bound (``2025`` or ``2025-10``)
meaning its whole year or month. A bad value is an ``IngestError('bad-query')`` naming the
filter, never a traceback.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from ..ingest import IngestError
from ..normalize import fix_tone_placement
from ..resources import load_rules
from ..textutil import fold
from . import citations, fts, geo
from .load import short_days
from .schema import TABLES

COLUMNS = ("sha256", "doc_type", "number", "date", "place", "issuer", "title", "province_name",
           "unit_name", "path")


@dataclass
class Filters:
    doc_type: str | None = None
    issuer: str | None = None
    place: str | None = None
    province: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    event_from: str | None = None
    event_to: str | None = None
    cites: str | None = None
    cited_by: str | None = None
    transitive: bool = False
    unit: str | None = None
    text: str | None = None
    accent_insensitive: bool = False
    limit: int | None = 100
    offset: int = 0


MAX_LIMIT = 1_000_000_000
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
_TEXT_FIELDS = ("doc_type", "issuer", "place", "province", "date_from", "date_to", "event_from", "event_to",
                "cites", "cited_by", "unit", "text")
# what each field is called in messages (the CLI option and the web parameter share these words)
NAMES = {"date_from": "from", "date_to": "to", "event_from": "event-from", "event_to": "event-to",
         "cited_by": "cited-by", "doc_type": "type"}


def normalize_query(s: str) -> str:
    """A user's string as documents are normalized: NFC, modern tone placement (``hoá`` →
    ``hóa``, ``thuỷ`` → ``thủy``), invisible characters dropped, whitespace collapsed."""
    s = unicodedata.normalize("NFC", _INVISIBLE.sub("", s))
    return " ".join(fix_tone_placement(s).split())


def _bad(what: str, msg: str) -> IngestError:
    return IngestError("bad-query", f"{NAMES.get(what, what)}: {msg}")


def checked(f: Filters) -> Filters:
    """``f`` with every string normalized and the numbers in range; ``IngestError('bad-query')``
    names the first bad one."""
    changes: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        v = getattr(f, name)
        if v is None:
            continue
        if not isinstance(v, str):
            raise _bad(name, f"{v!r} is not text")
        v = normalize_query(v)
        changes[name] = v or None
    for name, lo in (("limit", 0), ("offset", 0)):
        v = getattr(f, name)
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= MAX_LIMIT:
            raise _bad(name, f"{v!r}: use a whole number from {lo} to {MAX_LIMIT:,}")
    return replace(f, **changes)


def _lo(d: str) -> str:
    return d if len(d) >= 10 else f"{d}-01" if len(d) == 7 else f"{d}-01-01"


def _hi(d: str) -> str:
    return d if len(d) >= 10 else f"{d}-31" if len(d) == 7 else f"{d}-12-31"


def _check_date(d: str, what: str) -> str:
    import datetime

    ok = re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", d) is not None
    if ok:
        try:
            datetime.date.fromisoformat(_lo(d))
        except ValueError:
            ok = False
    if not ok:
        raise _bad(what, f"{d!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return d


def _where(f: Filters, con: sqlite3.Connection, walk_limit: int | None) -> tuple[list[str], list[Any]]:
    """The conditions on ``documents d`` for ``f`` (already :func:`checked`) and their
    parameters; ``walk_limit`` is how many rows will be read in date order (None: all)."""
    where: list[str] = []
    params: list[Any] = []
    plan = _SetFilters(con, walk_limit)
    if f.doc_type:
        # not by its index: a few types share the corpus, and walking the date index until
        # `limit` documents of the type turn up beats sorting every document of the type
        where.append("+d.doc_type = ?")
        params.append(type_code(f.doc_type, con))
    for kind, value, col in (("issuer", f.issuer, "issuer_id"), ("place", f.place, "place_id")):
        if value:
            pats = _likes(value)
            where.append(f"d.{col} IN (SELECT id FROM names WHERE kind='{kind}' AND ("
                         + " OR ".join(["fold LIKE ? ESCAPE '\\'"] * len(pats)) + "))")
            params += pats
    if f.province:
        codes, legacy = geo.province_codes(f.province)
        if not codes and not legacy:  # a typo would otherwise look like an empty result
            raise _bad("province", f"unknown province {f.province!r} (`vanban provinces` lists the names: "
                                   "the 34 since 2025 and the former ones)")
        # a UNION of two indexed lookups, not an OR (which would scan every document)
        subs = []
        if codes:
            subs.append(f"SELECT id FROM documents WHERE province_code IN ({','.join('?' * len(codes))})")
            params += sorted(codes)
        if legacy:
            subs.append("SELECT id FROM documents WHERE legacy_province = ?")
            params.append(legacy)
        where.append(f"d.id IN ({' UNION '.join(subs)})" if subs else "0")
    if f.date_from:
        where.append("d.date >= ?")
        params.append(_lo(_check_date(f.date_from, "date_from")))
    if f.date_to:
        where.append("d.date <= ?")
        params.append(_hi(_check_date(f.date_to, "date_to")))
    if f.event_from or f.event_to:
        # overlap: hi >= from and lo <= to. Short items start at most short_days before `from`,
        # which bounds the index range; long items are matched on their own (few) rows.
        a = _lo(_check_date(f.event_from, "event_from")) if f.event_from else "0000-00-00"
        b = _hi(_check_date(f.event_to, "event_to")) if f.event_to else "9999-99-99"
        import datetime as dt

        try:
            a_min = (dt.date.fromisoformat(a) - dt.timedelta(days=short_days() + 1)).isoformat()
        except (ValueError, OverflowError):  # no date before year 1: every earlier start counts
            a_min = "0000-00-00"
        plan.set_filter(
            "SELECT sha256 FROM timeline WHERE long = 0 AND lo BETWEEN ? AND ? AND hi >= ? "
            "UNION ALL SELECT sha256 FROM timeline WHERE long = 1 AND lo <= ? AND hi >= ?", [a_min, b, a, b, a],
            "d.sha256", "SELECT 1 FROM timeline t WHERE t.sha256 = d.sha256 AND t.lo <= ? AND t.hi >= ?", [b, a])
    if f.cites:
        sub, sub_params = citations.citers_sql(con, f.cites, transitive=f.transitive)
        where.append(f"d.sha256 IN ({sub})")
        params += sub_params
    if f.cited_by:
        sub, sub_params = citations.cited_sql(con, f.cited_by, transitive=f.transitive)
        where.append(f"d.sha256 IN ({sub})")
        params += sub_params
    if f.unit:
        pats = _likes(f.unit)
        names = "SELECT id FROM names WHERE kind='unit' AND (" + " OR ".join(["fold LIKE ? ESCAPE '\\'"] * len(pats)) + ")"
        plan.set_filter(f"SELECT u.sha256 FROM responsible_units u WHERE u.name_id IN ({names})", pats,
                        "d.sha256", f"SELECT 1 FROM responsible_units u WHERE u.sha256 = d.sha256 AND u.name_id IN ({names})",
                        pats)
    if f.text:
        expr = fts.match_expr(f.text, accent_insensitive=f.accent_insensitive)
        table = "fts_fold" if f.accent_insensitive else "fts"
        if expr:
            plan.set_filter(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [expr],
                            "d.id", f"SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = d.id", [expr],
                            share=FTS_WALK_SHARE)
        else:
            where.append("0")
    return where + plan.where, params + plan.params


def build(f: Filters, con: sqlite3.Connection) -> tuple[str, list[Any]]:
    """The SQL and its parameters for ``f``; values never enter the SQL text."""
    f = checked(f)
    where, params = _where(f, con, (f.limit + f.offset) if f.limit else None)
    sql = f"SELECT {', '.join('d.' + c for c in COLUMNS)} FROM documents d"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.date DESC, d.sha256"
    if f.limit:
        sql += " LIMIT ? OFFSET ?"
        params += [int(f.limit), int(f.offset)]
    elif f.offset:
        sql += " LIMIT -1 OFFSET ?"
        params.append(int(f.offset))
    return sql, params


def count(con: sqlite3.Connection, f: Filters) -> int:
    """How many documents match ``f`` (its limit and offset aside): the result's total."""
    f = checked(f)
    where, params = _where(f, con, None)
    sql = "SELECT count(*) FROM documents d" + (" WHERE " + " AND ".join(where) if where else "")
    return int(con.execute(sql, params).fetchone()[0])


FACETS = ("doc_type", "province_name", "year", "issuer")


def facets(con: sqlite3.Connection, f: Filters, top: int = 12) -> dict[str, list[tuple[Any, int]]]:
    """The most frequent values of each facet column among the documents matching ``f``
    (scoped to the result, not the corpus), most frequent first."""
    f = checked(f)
    where, params = _where(f, con, None)
    cond = " AND ".join(where) if where else "1"
    out: dict[str, list[tuple[Any, int]]] = {}
    for col in FACETS:  # fixed names
        out[col] = [(r[0], r[1]) for r in con.execute(
            f"SELECT d.{col}, count(*) FROM documents d WHERE {cond} AND d.{col} IS NOT NULL "  # noqa: S608
            f"GROUP BY d.{col} ORDER BY count(*) DESC, d.{col} LIMIT ?", [*params, top])]
    return out


# a set filter matching at least this share of the documents is checked document by document
# instead of being materialized. Measured at 100,000 documents: an FTS5 probe (a seek in each
# term's doclist) is dear, and the two plans cost the same near a fifth of the corpus; a B-tree
# probe (timeline, units) is cheap, and the walk wins from about 2 %.
FTS_WALK_SHARE = 0.2
INDEX_WALK_SHARE = 0.02
_WALK_MIN = 1000  # below this many rows a set is always cheap


class _SetFilters:
    """Filters given as a set of matching documents (text, timeline, units), in the cheaper of
    two plans.

    Why: results are the first ``limit`` documents by date. A selective set is best
    materialized (``d.id IN (…)``) and its few documents sorted; a set holding a large share of
    the corpus costs in proportion to its size that way, while walking the date index and
    checking each document (``EXISTS``, an index probe) stops after about
    ``limit / share`` documents. SQLite cannot tell the two apart (it has no statistics for
    FTS5 or correlated subqueries), so each set is counted up to a bound first — a bounded,
    index-only count.
    """

    def __init__(self, con: sqlite3.Connection, limit: int | None) -> None:
        self.con, self.limit = con, limit
        self.where: list[str] = []
        self.params: list[Any] = []
        self._documents: int | None = None
        self.walk = False  # some set is checked per document, walking the date index

    def documents(self) -> int:
        if self._documents is None:
            self._documents = self.con.execute("SELECT max(id) FROM documents").fetchone()[0] or 0  # ≈ count, O(log n)
        return self._documents

    def set_filter(self, in_sql: str, in_params: list[Any], key: str, exists_sql: str,
                   exists_params: list[Any], share: float | None = None) -> None:
        if self.limit:
            cap = max(_WALK_MIN, int((INDEX_WALK_SHARE if share is None else share) * self.documents()))
            n = self.con.execute(f"SELECT count(*) FROM ({in_sql} LIMIT ?)", [*in_params, cap]).fetchone()[0]
            if n >= cap:
                self.walk = True
                self.where.append(f"EXISTS ({exists_sql})")
                self.params += exists_params
                return
        self.where.append(f"{key} IN ({in_sql})")
        self.params += in_params


def type_code(s: str, con: sqlite3.Connection | None = None) -> str:
    """A user's type (``KH``, ``qd``, ``Quyết định``) as the code stored in records (``QĐ``).
    With ``con``, a type neither in the table of types nor in the store is a ``bad-query``
    naming the known codes (``--type XYZ`` must not just find nothing)."""
    from ..lexicon import doc_types

    want = fold(s)
    for t in doc_types():
        if t.get("code") and want in (fold(t["code"]), fold(t["name"])):
            return t["code"]
    if want in ("cv", "cong van"):
        return "CV"
    if con is not None:
        stored = [r[0] for r in con.execute("SELECT DISTINCT doc_type FROM documents WHERE doc_type IS NOT NULL")]
        for code in stored:
            if fold(code) == want:
                return code
        known = sorted({t["code"] for t in doc_types() if t.get("code")} | set(stored) | {"CV"})
        raise _bad("doc_type", f"unknown type {s!r} (codes: {', '.join(known)}; or a type's name)")
    return s


@cache
def _folded_abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """The abbreviation table folded (case and accents), so ``ubnd``, ``Ubnd`` and ``UBND``
    all expand, and ``so gd&dt`` as ``Sở GD&ĐT`` does."""
    table: dict[str, str] = {}
    for k, v in load_rules("abbreviations")["expand"].items():
        table.setdefault(fold(k), fold(v))
    keys = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])"), table


def expand_folded(s: str) -> str:
    """``fold(s)`` with abbreviations expanded: ``ubnd tinh dak lak`` → ``uy ban nhan dan tinh
    dak lak``."""
    pat, table = _folded_abbreviations()
    return pat.sub(lambda m: table[m.group(0)], fold(s))


def _likes(s: str) -> list[str]:
    """Folded ``LIKE`` substring patterns: the user's words with abbreviations expanded as the
    extractor expands them in records (``UBND`` → ``Ủy ban nhân dân``), and as written (a name
    the extractor kept short)."""
    out: list[str] = []
    for v in (expand_folded(s), fold(s)):
        v = v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        if f"%{v}%" not in out:
            out.append(f"%{v}%")
    return out


def search(con: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    """The matching documents' rows (``COLUMNS``), newest first; ``IngestError('bad-query')`` for
    a bad filter value, and for a file that is not a corpus store."""
    try:
        sql, params = build(f, con)
        return [dict(zip(COLUMNS, r, strict=True)) for r in con.execute(sql, params)]
    except sqlite3.DatabaseError as e:
        if isinstance(e, sqlite3.OperationalError) and "fts5" in str(e).lower():
            raise _bad("text", f"cannot be searched ({e})") from None
        raise IngestError("bad-store", f"not a vanban corpus store ({e})") from None


def export_parquet(con: sqlite3.Connection, out_dir: str | Path) -> dict[str, int]:
    """One Parquet file per table (``documents.parquet`` …); returns rows per table. Column
    types come from SQLite's declared types so empty tables still have a schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in TABLES:
        info = con.execute(f"PRAGMA table_info({table})").fetchall()  # fixed names only
        fields = [pa.field(c[1], pa.int64() if c[2].upper() == "INTEGER" else pa.string()) for c in info]
        schema = pa.schema(fields)
        names = [c[1] for c in info]
        cols: dict[str, list[Any]] = {n: [] for n in names}
        for row in con.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n in names)} FROM {table}'):
            for n, v in zip(names, row, strict=True):
                cols[n].append(v)
        pq.write_table(pa.table(cols, schema=schema), out / f"{table}.parquet")
        counts[table] = len(cols[names[0]]) if names else 0
    return counts
