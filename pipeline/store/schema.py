"""The corpus store's SQLite schema, and how to open it (read-write for loading, read-only to serve).

Tables are normalized by the record's lists so that researchers can join and count with plain
SQL (or DuckDB over the Parquet export); every row is keyed by the document's ``sha256`` so that
reloading a record replaces exactly its rows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT, format TEXT, encoding TEXT,
    doc_type TEXT, doc_type_name TEXT,
    number TEXT, number_key TEXT, number_seq TEXT, number_symbol TEXT,
    number_type TEXT, number_issuer TEXT, number_year INTEGER,
    date TEXT, date_raw TEXT, year INTEGER, month INTEGER, day INTEGER,
    place TEXT, place_id INTEGER,
    issuer TEXT, issuer_id INTEGER, issuer_parent TEXT,
    title TEXT, theme TEXT,
    unit_code TEXT, unit_name TEXT, unit_level TEXT,
    province_code TEXT, province_name TEXT, legacy_province TEXT, geo_rule TEXT,
    schema_version TEXT, record_hash TEXT NOT NULL
);
-- the whole record (without its text) apart, so that scans of documents stay small
CREATE TABLE IF NOT EXISTS doc_json (id INTEGER PRIMARY KEY, record_json TEXT NOT NULL);
-- distinct folded names of issuers, places and units: a substring filter scans these (a few
-- thousand) and then follows an index, instead of scanning every document or unit row
CREATE TABLE IF NOT EXISTS names (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, fold TEXT NOT NULL, UNIQUE (kind, fold)
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_type ON documents(doc_type);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number_key);
CREATE INDEX IF NOT EXISTS documents_province ON documents(province_code);
CREATE INDEX IF NOT EXISTS documents_legacy_province ON documents(legacy_province);
CREATE INDEX IF NOT EXISTS documents_issuer ON documents(issuer_id);
CREATE INDEX IF NOT EXISTS documents_place ON documents(place_id);
CREATE TABLE IF NOT EXISTS legal_bases (
    sha256 TEXT NOT NULL, idx INTEGER NOT NULL,
    doc_type TEXT, number TEXT, number_key TEXT, number_type TEXT, number_issuer TEXT,
    year INTEGER, date TEXT, issuer TEXT, title TEXT,
    target_sha256 TEXT,
    PRIMARY KEY (sha256, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS legal_bases_key ON legal_bases(number_key);
CREATE INDEX IF NOT EXISTS legal_bases_target ON legal_bases(target_sha256);
CREATE TABLE IF NOT EXISTS timeline (
    sha256 TEXT NOT NULL, idx INTEGER NOT NULL,
    start TEXT, "end" TEXT, time TEXT, label TEXT,
    lo TEXT, hi TEXT, long INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (sha256, idx)
) WITHOUT ROWID;
-- overlap queries: short items (long = 0, at most rules store.toml [timeline].short_days) by a
-- bounded range of lo; the few long ones by their own index
CREATE INDEX IF NOT EXISTS timeline_lo ON timeline(long, lo, hi, sha256);
CREATE TABLE IF NOT EXISTS responsible_units (
    sha256 TEXT NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL, name_id INTEGER NOT NULL,
    PRIMARY KEY (sha256, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS responsible_units_name ON responsible_units(name_id, sha256);
CREATE TABLE IF NOT EXISTS tasks (
    sha256 TEXT NOT NULL, unit_idx INTEGER NOT NULL, idx INTEGER NOT NULL, task TEXT NOT NULL,
    PRIMARY KEY (sha256, unit_idx, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS recipients (
    sha256 TEXT NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (sha256, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS signers (
    sha256 TEXT PRIMARY KEY, name TEXT, position TEXT, authority TEXT
) WITHOUT ROWID;
-- the searchable text of each document (rowid = documents.id): the exact index reads it as
-- its external content; the accent-folded index is contentless (its text is derived)
CREATE TABLE IF NOT EXISTS doc_text (
    id INTEGER PRIMARY KEY, title TEXT, issuer TEXT, fields TEXT, body TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, issuer, fields, body, content='doc_text', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_fold USING fts5(
    title, issuer, fields, body, content='', tokenize='unicode61 remove_diacritics 2'
);
"""

# tables exported to Parquet, in order
TABLES = ("documents", "doc_json", "names", "legal_bases", "timeline", "responsible_units", "tasks", "recipients",
          "signers")


def connect(db_path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the store; read-only opens through a ``mode=ro`` URI so nothing can write to it."""
    path = Path(db_path)
    if readonly:
        if not path.is_file():
            from ..ingest import IngestError

            raise IngestError("missing-store", f"{path}: no corpus store (run `vanban load` first)")
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                              check_same_thread=False)
        try:  # a file that is not a store fails here, with one line, not at the first query
            con.execute("SELECT 1 FROM documents LIMIT 1").fetchall()
            con.execute("SELECT 1 FROM doc_text LIMIT 1").fetchall()
        except sqlite3.Error as e:
            con.close()
            from ..ingest import IngestError

            raise IngestError("bad-store", f"{path}: not a vanban corpus store ({e})") from None
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            con.executescript(DDL)
            con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        except sqlite3.Error as e:
            con.close()
            from ..ingest import IngestError

            raise IngestError("bad-store", f"{path}: cannot be used as a corpus store ({e})") from None
    con.row_factory = sqlite3.Row
    return con
