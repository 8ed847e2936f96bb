"""Loading records into the store: one document's rows replaced together, idempotently.

A record is keyed by its source ``sha256``. Reloading an identical record is a no-op (its hash
is compared first), a changed one replaces all of that document's rows, and the whole batch is
one transaction, so an interrupted load leaves the store as it was.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..resources import load_rules
from ..textutil import fold
from . import citations, fts, geo
from .schema import connect
from .texts import TextFinder

CHILD_TABLES = ("legal_bases", "timeline", "responsible_units", "tasks", "recipients", "signers")


def _lo(d: str | None) -> str | None:
    if not d:
        return None
    return d if len(d) == 10 else f"{d}-01" if len(d) == 7 else f"{d}-01-01"


def _hi(d: str | None) -> str | None:
    if not d:
        return None
    return d if len(d) == 10 else f"{d}-31" if len(d) == 7 else f"{d}-12-31"


def short_days() -> int:
    return int(load_rules("store")["timeline"]["short_days"])


def _days(lo: str | None, hi: str | None) -> int:
    """Days from ``lo`` to ``hi`` (coarse ends like ``2025-02-31`` clamp); 0 when unknown."""
    if not lo or not hi:
        return 0
    import datetime as dt

    def day(s: str) -> dt.date:
        y, m, d = (int(x) for x in s.split("-"))
        while True:
            try:
                return dt.date(y, m, d)
            except ValueError:
                d -= 1
                if d < 28:
                    raise

    try:
        return (day(hi) - day(lo)).days
    except ValueError:
        return 0


def record_text(rec: dict[str, Any], texts: TextFinder | None = None) -> str | None:
    """The normalized text the spans point into: the record's own, else what ``texts`` finds
    (a batch's store, a source file under a root the caller named); None otherwise. No path a
    record names is ever opened on its own say-so (see :mod:`pipeline.store.texts`)."""
    if isinstance(rec.get("text"), str) and rec["text"]:
        return rec["text"]
    return texts(rec) if texts is not None else None


def check_record(rec: Any) -> dict[str, Any]:
    """``rec`` if it is a record the store can key and index, else ``IngestError('bad-record')``
    with one line saying what is wrong (the record model's first complaint)."""
    from pydantic import ValidationError

    from ..ingest import IngestError
    from ..record import Record

    if not isinstance(rec, dict):
        raise IngestError("bad-record", f"not a JSON object but {type(rec).__name__}")
    if not isinstance((rec.get("source") or {}).get("sha256"), str):
        raise IngestError("bad-record", "no source.sha256: cannot key it in the store")
    try:
        Record.model_validate(rec)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ())) or "record"
        raise IngestError("bad-record", f"{where}: {first.get('msg', 'invalid')}") from None
    return rec


def _sha(rec: dict[str, Any]) -> str:
    sha = (rec.get("source") or {}).get("sha256")
    if not sha:
        from ..ingest import IngestError

        raise IngestError("bad-record", "record without source.sha256: cannot key it in the store")
    return sha


def _name_id(con: sqlite3.Connection, kind: str, name: str | None) -> int | None:
    if not name:
        return None
    f = fold(name)
    row = con.execute("SELECT id FROM names WHERE kind=? AND fold=?", (kind, f)).fetchone()
    if row is not None:
        return row[0]
    return con.execute("INSERT INTO names (kind, fold) VALUES (?, ?)", (kind, f)).lastrowid


def _upsert(con: sqlite3.Connection, rec: dict[str, Any], rhash: str, rjson: str,
            text: str | None) -> set[str]:
    """Write one record's rows; returns the keys of its own number, new and replaced (citers of
    either may now resolve differently)."""
    sha = _sha(rec)
    src = rec.get("source") or {}
    dt = rec.get("doc_type") or {}
    num = rec.get("number") or {}
    date = rec.get("date") or {}
    issuer = rec.get("issuer") or {}
    nk = citations.number_key(num.get("raw"))
    g = geo.resolve_record(rec)
    row = {
        "sha256": sha, "path": src.get("path"), "format": src.get("format"),
        "encoding": src.get("encoding"), "doc_type": dt.get("code"), "doc_type_name": dt.get("name"),
        "number": num.get("raw"), "number_key": nk.key if nk else None,
        "number_seq": num.get("seq"), "number_symbol": num.get("symbol"),
        "number_type": nk.type_code if nk else None, "number_issuer": nk.issuer_code if nk else None,
        "number_year": nk.year if nk else None,
        "date": date.get("iso"), "date_raw": date.get("raw"), "year": date.get("year"),
        "month": date.get("month"), "day": date.get("day"),
        "place": rec.get("place"), "place_id": _name_id(con, "place", rec.get("place")),
        "issuer": issuer.get("name"), "issuer_id": _name_id(con, "issuer", issuer.get("name")),
        "issuer_parent": issuer.get("parent"), "title": rec.get("title"), "theme": rec.get("theme"),
        **g, "schema_version": rec.get("schema_version"), "record_hash": rhash,
    }
    cols = list(row)
    old = con.execute("SELECT id, number_key FROM documents WHERE sha256=?", (sha,)).fetchone()
    keys = {k for k in (nk.key if nk else None, old[1] if old is not None else None) if k}
    if old is not None:
        doc_id = old[0]
        fts.unindex(con, doc_id)
        for t in CHILD_TABLES:
            con.execute(f"DELETE FROM {t} WHERE sha256=?", (sha,))  # noqa: S608 - fixed table names
        con.execute(f"UPDATE documents SET {', '.join(c + '=?' for c in cols)} WHERE id=?",
                    [row[c] for c in cols] + [doc_id])
    else:
        cur = con.execute(f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                          [row[c] for c in cols])
        doc_id = cur.lastrowid
    con.execute("INSERT OR REPLACE INTO doc_json (id, record_json) VALUES (?, ?)", (doc_id, rjson))
    lb_rows = []
    for i, lb in enumerate(rec.get("legal_bases") or []):
        k = citations.number_key(lb.get("number"))
        year = k.year if k and k.year else (int(lb["date"][:4]) if lb.get("date") else None)
        lb_rows.append((sha, i, lb.get("doc_type"), lb.get("number"), k.key if k else None,
                        k.type_code if k else None, k.issuer_code if k else None, year,
                        lb.get("date"), lb.get("issuer"), lb.get("title")))
    con.executemany("INSERT INTO legal_bases (sha256, idx, doc_type, number, number_key, number_type, "
                    "number_issuer, year, date, issuer, title) VALUES (?,?,?,?,?,?,?,?,?,?,?)", lb_rows)
    tl = []
    for i, t in enumerate(rec.get("timeline") or []):
        lo, hi = _lo(t.get("start") or t.get("end")), _hi(t.get("end") or t.get("start"))
        tl.append((sha, i, t.get("start"), t.get("end"), t.get("time"), t.get("label"), lo, hi,
                   int(_days(lo, hi) > short_days())))
    con.executemany('INSERT INTO timeline (sha256, idx, start, "end", time, label, lo, hi, long) '
                    "VALUES (?,?,?,?,?,?,?,?,?)", tl)
    units = rec.get("responsible_units") or []
    con.executemany("INSERT INTO responsible_units VALUES (?,?,?,?)",
                    [(sha, i, u["name"], _name_id(con, "unit", u["name"])) for i, u in enumerate(units)])
    con.executemany("INSERT INTO tasks VALUES (?,?,?,?)",
                    [(sha, i, j, task) for i, u in enumerate(units) for j, task in enumerate(u.get("tasks") or [])])
    con.executemany("INSERT INTO recipients VALUES (?,?,?)",
                    [(sha, i, r) for i, r in enumerate(rec.get("recipients") or [])])
    signer = rec.get("signer")
    if signer:
        con.execute("INSERT INTO signers VALUES (?,?,?,?)",
                    (sha, signer.get("name"), signer.get("position"), signer.get("authority")))
    fts.index(con, doc_id, fts.searchable(rec, text))
    return keys


def load_records(db_path: str | Path, records: Iterable[Any], *, texts: TextFinder | None = None,
                 on_error: Callable[[int, str], None] | None = None) -> int:
    """Load records into ``db_path`` (created if missing); returns how many were new or changed.
    Identical records already stored are skipped, so loading twice changes nothing.

    A record's text is its own ``text`` or what ``texts`` finds; nothing else is read. A bad
    record (not an object, failing the record model, or failing to index) raises
    ``IngestError('bad-record')`` — or, with ``on_error(index, message)``, is reported there and
    left out while the rest load: one crafted line must not cost an archive its store."""
    from ..ingest import IngestError

    con = connect(db_path)
    changed = 0
    keys: set[str] = set()
    shas: set[str] = set()
    try:
        with con:
            if not con.in_transaction:  # one transaction: the savepoints below nest inside it
                con.execute("BEGIN")
            for i, rec in enumerate(records):
                try:
                    check_record(rec)
                    stored = {k: v for k, v in rec.items() if k != "text"}
                    rjson = json.dumps(stored, sort_keys=True, ensure_ascii=False)
                    rhash = hashlib.sha256(rjson.encode()).hexdigest()
                    have = con.execute("SELECT record_hash FROM documents WHERE sha256=?",
                                       (_sha(rec),)).fetchone()
                    if have is not None and have[0] == rhash:
                        continue
                    con.execute("SAVEPOINT rec")
                    try:
                        k = _upsert(con, rec, rhash, rjson, record_text(rec, texts))
                    except Exception:
                        con.execute("ROLLBACK TO rec")
                        con.execute("RELEASE rec")
                        raise
                    con.execute("RELEASE rec")
                except IngestError as e:
                    if on_error is None:
                        raise
                    on_error(i, str(e))
                    continue
                except (UnicodeError, ValueError, TypeError, KeyError, AttributeError, sqlite3.Error) as e:
                    if on_error is None:
                        raise IngestError("bad-record", f"{type(e).__name__}: {e}") from e
                    on_error(i, f"{type(e).__name__}: {e}")
                    continue
                keys |= k
                shas.add(_sha(rec))
                changed += 1
            citations.resolve(con, keys, shas)
    finally:
        con.close()
    return changed


def remove_records(db_path: str | Path, shas: Iterable[str]) -> int:
    """Forget documents (by content sha256): a batch calls this for records its input no longer
    has (a file whose content changed). Citations that pointed at them are resolved again, so
    none is left pointing at a record that is gone. Returns how many were removed."""
    con = connect(db_path)
    removed = 0
    keys: set[str] = set()
    try:
        with con:
            for sha in shas:
                row = con.execute("SELECT id, number_key FROM documents WHERE sha256=?", (sha,)).fetchone()
                if row is None:
                    continue
                doc_id, key = row
                fts.unindex(con, doc_id)
                for t in CHILD_TABLES:
                    con.execute(f"DELETE FROM {t} WHERE sha256=?", (sha,))  # noqa: S608 - fixed table names
                con.execute("DELETE FROM doc_json WHERE id=?", (doc_id,))
                con.execute("DELETE FROM documents WHERE id=?", (doc_id,))
                if key:
                    keys.add(key)
                removed += 1
            if keys:
                citations.resolve(con, keys, set())
    finally:
        con.close()
    return removed


def iter_jsonl(paths: Iterable[str | Path], on_error: Callable[[str], None] | None = None,
               ) -> Iterator[tuple[str, Any]]:
    """``(where, value)`` for each non-blank line of JSON-lines files (``where`` is
    ``FILE:LINE``). A line that is not JSON or not UTF-8 raises ``IngestError('bad-record')`` —
    or, with ``on_error``, is reported there and skipped."""
    from ..ingest import IngestError

    for p in paths:
        with open(p, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                where = f"{p}:{n}"
                try:
                    yield where, json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError as e:
                    msg = f"{where}: not UTF-8 (byte {e.start + 1})"
                except json.JSONDecodeError as e:
                    msg = f"{where}: not a JSON record ({e.msg})"
                else:
                    continue
                if on_error is None:
                    raise IngestError("bad-record", msg)
                on_error(msg)


def load_jsonl(db_path: str | Path, paths: Iterable[str | Path], *, texts: TextFinder | None = None,
               on_error: Callable[[str], None] | None = None) -> int:
    """Load JSON-lines files of records (``vanban extract --out``, batch shards). Without
    ``on_error`` the first bad line stops the load (nothing is written); with it, each bad line
    is reported as ``FILE:LINE: reason`` and the rest load."""
    wheres: list[str] = []

    def records() -> Iterator[Any]:
        for where, rec in iter_jsonl(paths, on_error):
            wheres.append(where)
            yield rec

    def bad(i: int, msg: str) -> None:
        assert on_error is not None
        on_error(f"{wheres[i]}: {msg}")

    if on_error is None:
        from ..ingest import IngestError

        try:
            return load_records(db_path, records(), texts=texts)
        except IngestError as e:
            if wheres and e.kind == "bad-record" and not str(e).startswith(wheres[-1]):
                raise IngestError("bad-record", f"{wheres[-1]}: {e}") from None
            raise
    return load_records(db_path, records(), texts=texts, on_error=bad)
