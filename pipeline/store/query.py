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
    if f.doc_type:
        where.append("d.doc_type = ?")
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
        where.append("d.sha256 IN (SELECT sha256 FROM timeline WHERE long = 0 AND lo BETWEEN ? AND ? "
                     "AND hi >= ? UNION ALL SELECT sha256 FROM timeline WHERE long = 1 AND lo <= ? "
                     "AND hi >= ?)")
        params += [a_min, b, a, b, a]
    if f.cites:
        sub, sub_params = citations.citers_sql(con, f.cites, transitive=f.transitive)
        where.append(f"d.sha256 IN ({sub})")
        params += sub_params
    if f.cited_by:
        sub, sub_params = citations.cited_sql(con, f.cited_by, transitive=f.transitive)
        where.append(f"d.sha256 IN ({sub})")
        params += sub_params
    if f.unit:
        where.append("d.sha256 IN (SELECT u.sha256 FROM responsible_units u WHERE u.name_id IN "
                     "(SELECT id FROM names WHERE kind='unit' AND fold LIKE ? ESCAPE '\\'))")
        params.append(_like(f.unit))
    if f.text:
        expr = fts.match_expr(f.text, accent_insensitive=f.accent_insensitive)
        table = "fts_fold" if f.accent_insensitive else "fts"
        where.append(f"d.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)" if expr else "0")
        if expr:
            params.append(expr)
    sql = f"SELECT {', '.join('d.' + c for c in COLUMNS)} FROM documents d"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.date DESC, d.sha256"
    if f.limit:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    return sql, params


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
