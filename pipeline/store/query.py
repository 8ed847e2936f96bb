"""Queries over the store: filters combined with AND, every user value bound as a parameter.

Text filters on names (``--issuer``, ``--place``, ``--unit``) match a folded substring, so
``ubnd tinh dak lak`` and ``Đắk Lắk`` both work; dates compare ISO strings, a coarse bound
(``2025`` or ``2025-10``) meaning its whole year or month.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..lexicon import expand_abbreviations
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


def _lo(d: str) -> str:
    return d if len(d) >= 10 else f"{d}-01" if len(d) == 7 else f"{d}-01-01"


def _hi(d: str) -> str:
    return d if len(d) >= 10 else f"{d}-31" if len(d) == 7 else f"{d}-12-31"


def _check_date(d: str, what: str) -> str:
    import datetime
    import re

    ok = re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d) is not None
    if ok:
        try:
            datetime.date.fromisoformat(_lo(d))
        except ValueError:
            ok = False
    if not ok:
        from ..ingest import IngestError

        raise IngestError("bad-query", f"{what} {d!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    return d


def build(f: Filters, con: sqlite3.Connection) -> tuple[str, list[Any]]:
    """The SQL and its parameters for ``f``; values never enter the SQL text."""
    where: list[str] = []
    params: list[Any] = []
    plan = _SetFilters(con, f.limit)
    if f.doc_type:
        # not by its index: a few types share the corpus, and walking the date index until
        # `limit` documents of the type turn up beats sorting every document of the type
        where.append("+d.doc_type = ?")
        params.append(type_code(f.doc_type))
    if f.issuer:
        where.append("d.issuer_id IN (SELECT id FROM names WHERE kind='issuer' AND fold LIKE ? ESCAPE '\\')")
        params.append(_like(f.issuer))
    if f.place:
        where.append("d.place_id IN (SELECT id FROM names WHERE kind='place' AND fold LIKE ? ESCAPE '\\')")
        params.append(_like(f.place))
    if f.province:
        codes, legacy = geo.province_codes(f.province)
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
        params.append(_lo(_check_date(f.date_from, "--from")))
    if f.date_to:
        where.append("d.date <= ?")
        params.append(_hi(_check_date(f.date_to, "--to")))
    if f.event_from or f.event_to:
        # overlap: hi >= from and lo <= to. Short items start at most short_days before `from`,
        # which bounds the index range; long items are matched on their own (few) rows.
        a = _lo(_check_date(f.event_from, "--event-from")) if f.event_from else "0000-00-00"
        b = _hi(_check_date(f.event_to, "--event-to")) if f.event_to else "9999-99-99"
        import datetime as dt

        try:
            a_min = (dt.date.fromisoformat(a) - dt.timedelta(days=short_days() + 1)).isoformat()
        except ValueError:
            a_min = a
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
        names = "SELECT id FROM names WHERE kind='unit' AND fold LIKE ? ESCAPE '\\'"
        plan.set_filter(f"SELECT u.sha256 FROM responsible_units u WHERE u.name_id IN ({names})", [_like(f.unit)],
                        "d.sha256", f"SELECT 1 FROM responsible_units u WHERE u.sha256 = d.sha256 AND u.name_id IN ({names})",
                        [_like(f.unit)])
    if f.text:
        expr = fts.match_expr(f.text, accent_insensitive=f.accent_insensitive)
        table = "fts_fold" if f.accent_insensitive else "fts"
        if expr:
            plan.set_filter(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [expr],
                            "d.id", f"SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = d.id", [expr],
                            share=FTS_WALK_SHARE)
        else:
            where.append("0")
    where += plan.where
    params += plan.params
    sql = f"SELECT {', '.join('d.' + c for c in COLUMNS)} FROM documents d"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.date DESC, d.sha256"
    if f.limit:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    return sql, params


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


def type_code(s: str) -> str:
    """A user's type (``KH``, ``qd``, ``Quyết định``) as the code stored in records (``QĐ``)."""
    from ..lexicon import doc_types

    want = fold(s)
    for t in doc_types():
        if t.get("code") and want in (fold(t["code"]), fold(t["name"])):
            return t["code"]
    return "CV" if want in ("cv", "cong van") else s


def _like(s: str) -> str:
    """A folded ``LIKE`` substring pattern; abbreviations are expanded as the extractor expands
    them in records (``UBND`` → ``Ủy ban nhân dân``), so the short form finds the long one."""
    v = fold(expand_abbreviations(s)).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{v}%"


def search(con: sqlite3.Connection, f: Filters) -> list[dict[str, Any]]:
    sql, params = build(f, con)
    return [dict(zip(COLUMNS, r, strict=True)) for r in con.execute(sql, params)]


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
