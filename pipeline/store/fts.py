"""Full-text search: an exact FTS5 index (diacritics count) and an accent-folded one.

SQLite's ``unicode61 remove_diacritics 2`` tokenizer strips combining marks but leaves ``đ``
alone (it is a letter, not ``d`` + a mark), so ``dao tao`` would miss ``đào tạo``. The folded
index is therefore fed text with ``đ``→``d`` (its tokenizer removes the marks), and the query
is folded by ``pipeline.textutil.strip_accents``, which gives the same tokens.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..textutil import strip_accents

COLUMNS = ("title", "issuer", "fields", "body")


def searchable(rec: dict[str, Any], body: str | None) -> tuple[str, str, str, str]:
    """The indexed columns of a record: title, issuer, the other main fields, the text."""
    parts: list[str] = []
    for key in ("theme", "place"):
        if rec.get(key):
            parts.append(rec[key])
    for sub, k in (("number", "raw"), ("doc_type", "name"), ("signer", "name"), ("signer", "position")):
        v = (rec.get(sub) or {}).get(k)
        if v:
            parts.append(v)
    for lb in rec.get("legal_bases") or []:
        parts += [v for v in (lb.get("doc_type"), lb.get("number"), lb.get("issuer"), lb.get("title")) if v]
    for u in rec.get("responsible_units") or []:
        parts.append(u["name"])
        parts += u.get("tasks") or []
    parts += rec.get("recipients") or []
    parts += [t["label"] for t in rec.get("timeline") or [] if t.get("label")]
    issuer = rec.get("issuer") or {}
    return (rec.get("title") or "", " — ".join(v for v in (issuer.get("name"), issuer.get("parent")) if v),
            "\n".join(parts), body or "")


def fold_text(s: str) -> str:
    return s if s.isascii() else strip_accents(s)


def _fold_cols(cols: tuple[str, ...]) -> tuple[str, ...]:
    # the folded index's tokenizer strips every mark itself (in C); only đ/Đ, which it keeps as
    # letters, are replaced here — the tokens equal those of fully folded text, at a fraction
    # of the cost of folding whole documents in Python
    return tuple(c.replace("đ", "d").replace("Đ", "D") for c in cols)


def index(con: sqlite3.Connection, doc_id: int, cols: tuple[str, str, str, str]) -> None:
    con.execute("INSERT INTO doc_text(id, title, issuer, fields, body) VALUES (?,?,?,?,?)", (doc_id, *cols))
    con.execute("INSERT INTO fts(rowid, title, issuer, fields, body) VALUES (?,?,?,?,?)", (doc_id, *cols))
    con.execute("INSERT INTO fts_fold(rowid, title, issuer, fields, body) VALUES (?,?,?,?,?)",
                (doc_id, *_fold_cols(cols)))


def unindex(con: sqlite3.Connection, doc_id: int) -> None:
    """Remove a document from both indexes: FTS5 'delete' needs the values that were indexed."""
    row = con.execute("SELECT title, issuer, fields, body FROM doc_text WHERE id=?", (doc_id,)).fetchone()
    if row is None:
        return
    cols = tuple(row)
    con.execute("INSERT INTO fts(fts, rowid, title, issuer, fields, body) VALUES ('delete',?,?,?,?,?)",
                (doc_id, *cols))
    con.execute("INSERT INTO fts_fold(fts_fold, rowid, title, issuer, fields, body) "
                "VALUES ('delete',?,?,?,?,?)", (doc_id, *_fold_cols(cols)))
    con.execute("DELETE FROM doc_text WHERE id=?", (doc_id,))


def match_expr(query: str, *, accent_insensitive: bool = False) -> str:
    """A user's words as an FTS5 expression: every word must occur (any order); a "quoted
    phrase" must occur as written. Each term is quoted, so FTS5 operators in user input are text."""
    q = fold_text(query) if accent_insensitive else query
    terms: list[str] = []
    chunks = q.split('"')
    for i, chunk in enumerate(chunks):
        if i % 2:  # inside quotes: a phrase
            words = chunk.split()
            if words:
                terms.append('"' + " ".join(w.replace('"', "") for w in words) + '"')
        else:
            terms += ['"' + w + '"' for w in chunk.split() if any(ch.isalnum() for ch in w)]
    return " AND ".join(terms)
