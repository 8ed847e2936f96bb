"""Where a record's normalized text comes from when it is loaded, reviewed or shown.

A record's spans point into the normalized text of its source. The text is taken, in order,
from the record itself (``--with-text``), from a store that already holds it (a batch's
``OUT/corpus.db`` beside its shards), or from the source file: the file at the record's own
``source.root``/``source.relpath`` (the input folder it was extracted from, recorded as an
absolute path, so a record loaded from any working directory finds it), else one found under a
folder the user named (``--source-root``) — and in either case only a file whose content hash
is the record's ``sha256``.

Why so strict: a record is data from elsewhere. Reading whatever ``source.path`` names would
let a crafted record have ``/etc/shadow`` indexed and served, and a record made in another
working directory or on another machine names a path that is wrong here, or names another
file. Matching the hash makes the lookup both safe and portable (a file is only ever taken
for a record that already knew its exact content): the relpath must stay inside its root
(no ``..``, no link out of it), only regular files within the input size limit are hashed, and
under ``--source-root`` the path is tried with its leading folders dropped one by one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

from ..ingest import unshown


@dataclass
class TextFinder:
    """Finds the normalized text of records; counts where each came from (for the report)."""

    stores: list[Path] = field(default_factory=list)
    roots: list[Path] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"record": 0, "store": 0, "source": 0, "none": 0})
    missing: list[str] = field(default_factory=list)
    _cons: list[sqlite3.Connection] | None = None

    def __post_init__(self) -> None:
        self.roots = [Path(r).resolve() for r in self.roots]

    def _connections(self) -> list[sqlite3.Connection]:
        if self._cons is None:
            self._cons = []
            for s in self.stores:
                try:
                    con = sqlite3.connect(f"{Path(s).resolve().as_uri()}?mode=ro", uri=True)
                    con.execute("SELECT 1 FROM doc_text LIMIT 1")
                except sqlite3.Error:
                    continue
                self._cons.append(con)
        return self._cons

    def close(self) -> None:
        for con in self._cons or []:
            con.close()
        self._cons = None

    def from_store(self, sha: str) -> str | None:
        for con in self._connections():
            try:
                row = con.execute("SELECT t.body FROM documents d JOIN doc_text t ON t.id = d.id "
                                  "WHERE d.sha256 = ?", (sha,)).fetchone()
            except sqlite3.Error:
                continue
            if row and row[0]:
                return str(row[0])
        return None

    def source_file(self, rec: Mapping[str, Any]) -> Path | None:
        """The file whose content is the record's (None when there is none): first at the
        record's own ``root``/``relpath``, then under each ``--source-root`` by the tail of its
        relpath or path. Names taken from a record are :func:`~pipeline.ingest.unshown` first
        (a non-UTF-8 name is written escaped in records)."""
        src = rec.get("source") or {}
        sha = src.get("sha256")
        if not isinstance(sha, str):
            return None
        rel = src.get("relpath") if isinstance(src.get("relpath"), str) else None
        root = src.get("root") if isinstance(src.get("root"), str) else None
        if root and rel:
            parts = _exact_parts(rel)
            base = Path(unshown(root))
            if parts and base.is_absolute():
                found = _matching(base, parts, sha)
                if found is not None:
                    return found
        tails = [_parts(p) for p in (rel, src.get("path")) if isinstance(p, str)]
        for base in self.roots:
            for parts in tails:
                for i in range(len(parts)):
                    found = _matching(base, parts[i:], sha)
                    if found is not None:
                        return found
        return None

    def __call__(self, rec: Mapping[str, Any]) -> str | None:
        if isinstance(rec.get("text"), str) and rec["text"]:
            self.counts["record"] += 1
            return rec["text"]
        sha = (rec.get("source") or {}).get("sha256")
        if isinstance(sha, str):
            text = self.from_store(sha)
            if text is not None:
                self.counts["store"] += 1
                return text
        f = self.source_file(rec)
        if f is not None:
            from ..ingest import IngestError, read_document
            from ..normalize import normalize

            try:
                text = normalize(read_document(f).text).text
            except (IngestError, OSError):
                text = None
            if text is not None:
                self.counts["source"] += 1
                return text
        self.counts["none"] += 1
        if len(self.missing) < 20:
            self.missing.append(str((rec.get("source") or {}).get("path") or sha or "?"))
        return None

    def summary(self) -> str | None:
        """One plain line about records whose text was found nowhere, or None."""
        n = self.counts["none"]
        if not n:
            return None
        hint = "extract with --with-text, load a batch's shards beside their corpus.db, " \
               "or give --source-root FOLDER holding the source files"
        return (f"{n} record(s) without their text: spans cannot be shown and their full text is "
                f"not indexed (e.g. {self.missing[0]}); {hint}")


def _parts(path: str) -> list[str]:
    """The named parts of a record's path (``#fragment``, root, ``.`` and ``..`` dropped)."""
    return [p for p in PurePath(unshown(path).split("#", 1)[0]).parts if p not in ("/", "", ".", "..")]


def _exact_parts(relpath: str) -> list[str]:
    """The parts of a record's relpath, or none if it is absolute or climbs out (``..``)."""
    p = PurePosixPath(unshown(relpath).split("#", 1)[0])
    if p.is_absolute() or ".." in p.parts:
        return []
    return [x for x in p.parts if x not in ("", ".")]


def _matching(root: Path, parts: list[str], sha: str) -> Path | None:
    """``root/parts`` if it stays inside ``root`` once links are resolved, is a regular file
    within the input size limit (a FIFO or device is never opened) and has content ``sha``."""
    from ..ingest import MAX_BYTES, IngestError, open_input

    try:
        base = root.resolve()
        real = base.joinpath(*parts).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if not real.is_relative_to(base):
        return None
    import hashlib

    h = hashlib.sha256()
    try:
        with open_input(real) as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
                if fh.tell() > MAX_BYTES:
                    return None
    except (IngestError, OSError, ValueError):
        return None
    return real if h.hexdigest() == sha else None


def file_sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def batch_stores(paths: Iterable[Path], target: Path | None = None) -> list[Path]:
    """The stores beside record files (a batch's ``OUT/corpus.db``), the target itself left out."""
    out: list[Path] = []
    tgt = target.resolve() if target is not None and target.exists() else None
    for p in paths:
        db = Path(p).resolve().parent / "corpus.db"
        if db.is_file() and db != tgt and db not in out:
            out.append(db)
    return out
