"""The batch ledger: which documents (by sha256) are finished, where their record lies, which paths
point at them — and the record shards it guards.

Why this shape: a batch over an archive must survive ``kill -9`` at any instant without losing
or duplicating a record. The record line and its ledger row are made atomic *together* by
ordering, not by a distributed transaction:

1. the record line is appended to the current shard and ``fsync``'d;
2. then one SQLite transaction inserts the document row (sha256, shard, byte range) and the
   rows of every path with that content.

Step 1 is a group commit: the lines of the documents that finished within ``sync_interval``
(0.5 s in a batch) share one fsync, then each gets its own transaction — an fsync per record
would cost more than the ledger's whole budget on a busy disk. A kill between 1 and 2 leaves a
tail the ledger does not know; :meth:`Ledger.recover` truncates
every shard to the end of the last range the ledger knows, so a partial line or an unledgered
whole line is dropped and its document is simply redone. A committed row always points at a
durable line (it was fsync'd before the commit began). SQLite runs in WAL mode; only the parent
process writes.

Identical files (same sha256, different paths) are one document: the record is extracted once,
its ``source.path`` is the first path met (walk order), and table ``paths`` maps every path to
the document. A path whose content changed maps to the new document; a document no path maps
to any longer is marked ``superseded``; at the end of the run :meth:`Ledger.compact` drops it, so
the shards hold one record per current document. Compaction never rewrites a shard in place: the
live lines of a shard go to a new shard, which is fsync'd before one transaction moves their rows
to it and deletes the superseded ones; only then is the old file removed. A kill in between leaves
a shard the ledger does not know, which :meth:`Ledger.recover` empties and removes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LEDGER_NAME = "ledger.sqlite"
SHARD_GLOB = "records-*.jsonl"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    sha256      TEXT PRIMARY KEY,
    status      TEXT NOT NULL,            -- 'ok' | 'error'
    path        TEXT NOT NULL,            -- first path (the record's source.path)
    shard       TEXT,                     -- records-NNNNN.jsonl (ok only)
    start       INTEGER,                  -- byte range of the record line in the shard
    "end"       INTEGER,
    doc_type    TEXT,
    kind        TEXT,                     -- error kind (error only)
    message     TEXT,
    seconds     REAL,
    run_id      INTEGER NOT NULL,
    finished_at REAL NOT NULL,
    superseded  INTEGER NOT NULL DEFAULT 0,
    stored      INTEGER NOT NULL DEFAULT 0, -- loaded into the corpus store
    extractor   TEXT                        -- pipeline.version.extractor_version() that made it
);
CREATE INDEX IF NOT EXISTS documents_shard ON documents(shard);
CREATE TABLE IF NOT EXISTS paths (
    path    TEXT PRIMARY KEY,
    sha256  TEXT NOT NULL,
    run_id  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS paths_sha ON paths(sha256);
CREATE TABLE IF NOT EXISTS runs (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    started  REAL NOT NULL,
    finished REAL,
    summary  TEXT
);
"""


class LedgerError(Exception):
    """The ledger and the shards disagree in a way recovery cannot repair (e.g. a lost shard)."""


@dataclass(frozen=True)
class DocState:
    sha256: str
    status: str
    path: str


class Ledger:
    """SQLite ledger in ``OUT_DIR/ledger.sqlite`` plus the shard writer; parent process only."""

    def __init__(
        self, out_dir: Path, *, shard_size: int = 10_000, fsync: bool = True, sync_interval: float = 0.0
    ) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.shard_size = shard_size
        self.fsync = fsync
        self.db = sqlite3.connect(self.out_dir / LEDGER_NAME, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        # NORMAL is enough: a commit lost to power failure only means its document is redone
        # (the shard tail it points at is then unknown and truncated).
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        if "extractor" not in {r[1] for r in self.db.execute("PRAGMA table_info(documents)")}:
            self.db.execute("ALTER TABLE documents ADD COLUMN extractor TEXT")  # a ledger of an older vanban
        self.extractor: str | None = None  # stamped on each document row written
        self.run_id = 0
        self.seconds = 0.0  # time in look-ups, shard appends + fsync, commits (the benchmark's overhead)
        # group commit: fsync + ledger what finished at most every ``sync_interval`` seconds
        self.sync_interval = sync_interval
        self._last_sync = time.perf_counter()
        self._unsynced: dict[str, tuple[list[str], str, int, int, str | None, float]] = {}
        self._shard: str | None = None
        self._shard_count = 0
        self._fh = None

    # -- runs ----------------------------------------------------------------------------
    def begin_run(self) -> int:
        cur = self.db.execute("INSERT INTO runs(started) VALUES (?)", (time.time(),))
        self.run_id = int(cur.lastrowid or 0)
        return self.run_id

    def end_run(self, summary: dict) -> None:
        self.db.execute(
            "UPDATE runs SET finished=?, summary=? WHERE id=?",
            (time.time(), json.dumps(summary, ensure_ascii=False), self.run_id),
        )

    # -- recovery ------------------------------------------------------------------------
    def recover(self) -> dict[str, int]:
        """Truncate every shard to the last byte range the ledger knows; bytes dropped per shard."""
        known = dict(self.db.execute('SELECT shard, MAX("end") FROM documents WHERE shard IS NOT NULL GROUP BY shard'))
        dropped: dict[str, int] = {}
        for shard in sorted(self.out_dir.glob(SHARD_GLOB)):
            end = int(known.pop(shard.name, 0) or 0)
            size = shard.stat().st_size
            if size < end:
                raise LedgerError(
                    f"{shard}: {size} bytes but the ledger has records up to byte {end} "
                    "(shard truncated or replaced outside the batch); restore it or start a new OUT_DIR"
                )
            if size > end:
                with shard.open("r+b") as fh:
                    fh.truncate(end)
                    fh.flush()
                    os.fsync(fh.fileno())
                dropped[shard.name] = size - end
        if known:
            missing = ", ".join(sorted(known))
            raise LedgerError(f"{self.out_dir}: shards named in the ledger are missing: {missing}")
        current = self.db.execute("SELECT MAX(shard) FROM documents").fetchone()[0]
        for shard in sorted(self.out_dir.glob(SHARD_GLOB)):
            # an unknown (now empty) shard is a compaction cut short; appends reopen the last known one
            if shard.name != current and shard.stat().st_size == 0:
                shard.unlink()
        return dropped

    # -- look-ups ------------------------------------------------------------------------
    def document(self, sha256: str) -> DocState | None:
        t0 = time.perf_counter()
        row = self.db.execute("SELECT sha256, status, path FROM documents WHERE sha256=?", (sha256,)).fetchone()
        self.seconds += time.perf_counter() - t0
        return DocState(*row) if row else None

    def path_sha(self, path: str) -> str | None:
        t0 = time.perf_counter()
        row = self.db.execute("SELECT sha256 FROM paths WHERE path=?", (path,)).fetchone()
        self.seconds += time.perf_counter() - t0
        return row[0] if row else None

    def paths_of(self, sha256: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT path FROM paths WHERE sha256=? ORDER BY path", (sha256,))]

    def counts(self) -> dict[str, int]:
        """Totals over the whole ledger (all runs)."""
        q = self.db.execute
        return {
            "documents_ok": q("SELECT COUNT(*) FROM documents WHERE status='ok' AND NOT superseded").fetchone()[0],
            "documents_error": q("SELECT COUNT(*) FROM documents WHERE status='error' AND NOT superseded").fetchone()[0],
            "documents_superseded": q("SELECT COUNT(*) FROM documents WHERE superseded").fetchone()[0],
            "paths": q("SELECT COUNT(*) FROM paths").fetchone()[0],
        }

    def duplicates(self, limit: int = 1000) -> list[dict]:
        """Documents with more than one path: the record's path and the other paths."""
        rows = self.db.execute(
            "SELECT d.sha256, d.path, p.path FROM documents d JOIN paths p ON p.sha256 = d.sha256 "
            "WHERE p.path <> d.path AND NOT d.superseded ORDER BY d.sha256, p.path"
        )
        out: dict[str, dict] = {}
        for sha, first, other in rows:
            if sha not in out:
                if len(out) >= limit:
                    break
                out[sha] = {"sha256": sha, "path": first, "also": []}
            out[sha]["also"].append(other)
        return list(out.values())

    # -- writing -------------------------------------------------------------------------
    def _open_shard(self) -> None:
        if self._shard is None:
            last = self.db.execute(
                "SELECT shard, COUNT(*) FROM documents WHERE shard IS NOT NULL GROUP BY shard ORDER BY shard DESC LIMIT 1"
            ).fetchone()
            self._shard, self._shard_count = (last[0], int(last[1])) if last else (_shard_name(1), 0)
        if self._shard_count >= self.shard_size:
            if self._fh is not None:
                self._fh.flush()
                if self.fsync:
                    os.fsync(self._fh.fileno())
                self._fh.close()
                self._fh = None
            self._shard = _shard_name(_shard_index(self._shard) + 1)
            self._shard_count = 0
        if self._fh is None:
            self._fh = (self.out_dir / self._shard).open("ab")

    def _link_paths(self, sha256: str, paths: list[str]) -> None:
        # a path may point back at content met before (a file restored to an older version)
        self.db.execute("UPDATE documents SET superseded=0 WHERE sha256=? AND superseded", (sha256,))
        for p in paths:
            row = self.db.execute("SELECT sha256 FROM paths WHERE path=?", (p,)).fetchone()
            old = row[0] if row else None
            self.db.execute(
                "INSERT INTO paths(path, sha256, run_id) VALUES (?,?,?) "
                "ON CONFLICT(path) DO UPDATE SET sha256=excluded.sha256, run_id=excluded.run_id",
                (p, sha256, self.run_id),
            )
            if old is not None and old != sha256:
                # the path's content changed: its old document is superseded if nothing else points at it
                self.db.execute(
                    "UPDATE documents SET superseded=1 WHERE sha256=? "
                    "AND NOT EXISTS (SELECT 1 FROM paths WHERE sha256=?)",
                    (old, old),
                )

    def commit_ok(self, sha256: str, paths: list[str], line: bytes, doc_type: str | None, seconds: float) -> None:
        """Append the record line; it is ledgered at the next :meth:`sync` (at once if interval 0)."""
        self.commit_ok_many([(sha256, paths, line, doc_type, seconds)])

    def commit_ok_many(self, items: list[tuple[str, list[str], bytes, str | None, float]]) -> None:
        """Append the lines of finished documents to the shard; :meth:`sync` makes them durable
        and ledgers them once ``sync_interval`` has passed since the last sync."""
        if not items:
            return
        t0 = time.perf_counter()
        for sha, paths, line, doc_type, secs in items:
            self._open_shard()
            assert self._fh is not None and self._shard is not None
            start = self._fh.tell()
            self._fh.write(line if line.endswith(b"\n") else line + b"\n")
            self._unsynced[sha] = (list(paths), self._shard, start, self._fh.tell(), doc_type, secs)
            self._shard_count += 1
        self.seconds += time.perf_counter() - t0
        if time.perf_counter() - self._last_sync >= self.sync_interval:
            self.sync()

    @property
    def unsynced(self) -> int:
        """Documents appended but not yet ledgered (redone if the process dies now)."""
        return len(self._unsynced)

    def add_unsynced_path(self, sha256: str, path: str) -> bool:
        """Another path of a document appended but not yet ledgered; False if there is none."""
        row = self._unsynced.get(sha256)
        if row is None:
            return False
        row[0].append(path)
        return True

    def sync(self) -> None:
        """Group commit: flush + fsync the shard once, then one ledger transaction per document.

        Every committed row points at a line that was durable before the row was written (a
        rotated shard is fsync'd when it is closed); a kill before the commit loses nothing but
        the work of the documents appended since the last sync, which are redone.
        """
        self._last_sync = time.perf_counter()
        if not self._unsynced:
            return
        t0 = time.perf_counter()
        if self._fh is not None:
            self._fh.flush()
            if self.fsync:
                os.fsync(self._fh.fileno())
        for sha, (paths, shard, start, end, doc_type, secs) in self._unsynced.items():
            with self.db:
                self.db.execute("BEGIN")
                self._replace_doc(sha, "ok", paths[0], shard, start, end, doc_type, None, None, secs)
                self._link_paths(sha, paths)
        self._unsynced.clear()
        self.seconds += time.perf_counter() - t0

    def commit_error(self, sha256: str, paths: list[str], kind: str, message: str, seconds: float) -> None:
        t0 = time.perf_counter()
        with self.db:
            self.db.execute("BEGIN")
            self._replace_doc(sha256, "error", paths[0], None, None, None, None, kind, message, seconds)
            self._link_paths(sha256, paths)
        self.seconds += time.perf_counter() - t0

    def link_paths(self, sha256: str, paths: list[str]) -> None:
        """Record more paths of an already finished document (a duplicate met in a later run)."""
        t0 = time.perf_counter()
        with self.db:
            self.db.execute("BEGIN")
            self._link_paths(sha256, paths)
        self.seconds += time.perf_counter() - t0

    def _replace_doc(self, sha, status, path, shard, start, end, doc_type, kind, message, seconds) -> None:
        self.db.execute(
            'INSERT OR REPLACE INTO documents(sha256, status, path, shard, start, "end", doc_type, kind, '
            "message, seconds, run_id, finished_at, extractor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (sha, status, path, shard, start, end, doc_type, kind, message, seconds, self.run_id, time.time(),
             self.extractor),
        )

    def forget_outdated(self, version: str, *, force: bool = False) -> int:
        """Drop the records another extractor version made (all of them with ``force``) — rows
        and shard lines, by compaction — so that this run extracts those documents again.
        Their paths stay; the store keeps the old record until the new one replaces it (same
        sha256). Returns how many documents will be redone. A kill part way is safe: the next
        start finds the same rows outdated and goes on."""
        cond = "NOT superseded" if force else "NOT superseded AND (extractor IS NULL OR extractor <> ?)"
        args = () if force else (version,)
        with self.db:
            self.db.execute("BEGIN")
            n = self.db.execute(f"UPDATE documents SET superseded=1, stored=0 WHERE {cond}", args).rowcount  # noqa: S608
        if n:
            self.compact()
        return int(n)

    # -- reading back --------------------------------------------------------------------
    def iter_records(self, *, only_unstored: bool = False) -> Iterator[tuple[str, bytes]]:
        """``(sha256, line)`` of every current (not superseded) record, shard by shard, streamed."""
        cond = " AND NOT stored" if only_unstored else ""
        rows = self.db.execute(
            'SELECT sha256, shard, start, "end" FROM documents WHERE status=\'ok\' AND NOT superseded'
            + cond + " ORDER BY shard, start"
        )
        fh = None
        current = None
        try:
            for sha, shard, start, end in rows:
                if shard != current:
                    if fh is not None:
                        fh.close()
                    fh = (self.out_dir / shard).open("rb")
                    current = shard
                assert fh is not None
                fh.seek(start)
                yield sha, fh.read(end - start)
        finally:
            if fh is not None:
                fh.close()

    def mark_stored(self, shas: list[str]) -> None:
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("UPDATE documents SET stored=1 WHERE sha256=?", [(s,) for s in shas])

    def iter_errors(self) -> Iterator[dict]:
        rows = self.db.execute(
            "SELECT d.sha256, d.kind, d.message, p.path FROM documents d JOIN paths p ON p.sha256 = d.sha256 "
            "WHERE d.status='error' AND NOT d.superseded ORDER BY p.path"
        )
        for sha, kind, message, path in rows:
            yield {"path": path, "sha256": sha, "kind": kind, "message": message}

    # -- compaction ----------------------------------------------------------------------
    def superseded_stored(self) -> list[str]:
        """Superseded documents already in the corpus store (to remove there before compaction)."""
        return [r[0] for r in self.db.execute("SELECT sha256 FROM documents WHERE superseded AND stored")]

    def unmark_stored(self, shas: list[str]) -> None:
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("UPDATE documents SET stored=0 WHERE sha256=?", [(s,) for s in shas])

    def compact(self) -> dict[str, int]:
        """Drop superseded documents that are not in the store: their rows and their shard lines.

        Returns how many documents were dropped and how many shards rewritten. A superseded
        document still marked ``stored`` is kept until the store has forgotten it (a run without
        the store must not leave the store pointing at a record the shards no longer have).
        """
        self.sync()
        t0 = time.perf_counter()
        q = self.db.execute
        dropped = q("SELECT COUNT(*) FROM documents WHERE superseded AND NOT stored").fetchone()[0]
        if not dropped:
            return {"documents": 0, "shards": 0}
        if self._fh is not None:  # the shard being appended to may be one of those rewritten
            self._fh.close()
            self._fh = None
        self._shard = None
        shards = [r[0] for r in q("SELECT DISTINCT shard FROM documents WHERE superseded AND NOT stored "
                                  "AND shard IS NOT NULL ORDER BY shard")]
        for shard in shards:
            live = q('SELECT sha256, start, "end" FROM documents WHERE shard=? AND NOT (superseded AND NOT stored) '
                     "ORDER BY start", (shard,)).fetchall()
            moved: list[tuple[str, int, int, str]] = []
            new = None
            if live:
                on_disk = [_shard_index(p.name) for p in self.out_dir.glob(SHARD_GLOB)]
                new = _shard_name(max(on_disk, default=0) + 1)
                with (self.out_dir / shard).open("rb") as src, (self.out_dir / new).open("wb") as dst:
                    for sha, start, end in live:
                        src.seek(start)
                        at = dst.tell()
                        dst.write(src.read(end - start))
                        moved.append((new, at, dst.tell(), sha))
                    dst.flush()
                    if self.fsync:
                        os.fsync(dst.fileno())
            with self.db:
                self.db.execute("BEGIN")
                self.db.executemany('UPDATE documents SET shard=?, start=?, "end"=? WHERE sha256=?', moved)
                self.db.execute("DELETE FROM documents WHERE shard=? AND superseded AND NOT stored", (shard,))
            (self.out_dir / shard).unlink()
        with self.db:  # failed documents have no line
            self.db.execute("BEGIN")
            self.db.execute("DELETE FROM documents WHERE superseded AND NOT stored")
        if self.fsync:
            fd = os.open(self.out_dir, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        self.seconds += time.perf_counter() - t0
        return {"documents": int(dropped), "shards": len(shards)}

    def close(self) -> None:
        """Sync what was appended (a clean stop keeps its finished work), then close."""
        self.sync()
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self.db.close()


def _shard_name(i: int) -> str:
    return f"records-{i:05d}.jsonl"


def _shard_index(name: str) -> int:
    return int(name.removeprefix("records-").removesuffix(".jsonl"))
