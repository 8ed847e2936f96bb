"""vanban: Vietnamese administrative documents to normalized JSON records.

The public Python API — what the command line does, for a notebook or a program, without
importing private modules::

    import pipeline as vanban

    rec = vanban.extract_file("plan.docx")            # a Record (pydantic); rec.model_dump()
    rec = vanban.extract_text("ỦY BAN NHÂN DÂN …")     # the same from a string
    summary = vanban.run_batch("archive/", "out/")     # parallel, resumable; out/corpus.db
    with vanban.open_store("out/corpus.db") as store:
        rows = store.query(issuer="ubnd", text="văn hoá", limit=50)   # list of dicts
        table = store.table(type="KH")                 # a pyarrow.Table (.to_pandas())
        store.count(province="Ninh Bình"); store.record(rows[0]["sha256"])
    vanban.load("corpus.db", ["out/records-00001.jsonl"], source_roots=["archive/"])
    scores = vanban.score(["corpus/seeds"])            # the contract's scores, as a dict

Everything is imported on first use, so ``import pipeline`` stays cheap (batch workers import it).
(The names avoid those of the package's modules — ``pipeline.extract``, ``pipeline.batch``,
``pipeline.evaluate`` are modules, and importing one would rebind a function of that name.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import sqlite3

    import pyarrow

    from .record import Record

__all__ = ["Record", "Store", "__version__", "extract_file", "extract_text", "load", "open_store", "run_batch", "score"]


def extract_file(path: str | Path, *, with_text: bool = True) -> Record:
    """The record of one document file (any format ``vanban extract`` reads). ``with_text``
    keeps the normalized text its spans point into (``rec.text``); ``source.root`` is the file's
    folder, as for a file given to ``vanban extract``."""
    from .extractor import extract_file as _extract_file

    return _extract_file(path, with_text=with_text, root=Path(path).parent)


def extract_text(text: str, *, with_text: bool = True) -> Record:
    """The record of a document given as a string (no ``source``: it was never a file)."""
    from .extractor import extract_text as _extract_text

    return _extract_text(text, with_text=with_text)


def run_batch(input_dir: str | Path, out_dir: str | Path, **options: Any) -> dict[str, Any]:
    """Run (or resume) ``vanban batch`` over ``input_dir``; returns the manifest's summary.
    ``options`` are :class:`pipeline.batch.BatchOptions` fields (``workers``, ``timeout``,
    ``store``, ``force``, …); nothing is printed."""
    from .batch import BatchOptions
    from .batch import run_batch as _run_batch

    return _run_batch(BatchOptions(input_dir=Path(input_dir), out_dir=Path(out_dir), **options))


def load(db: str | Path, records: Iterable[Mapping[str, Any]] | Iterable[str | Path] | str | Path, *,
         source_roots: Iterable[str | Path] = ()) -> int:
    """Load records (dicts, or JSON-lines files) into the store ``db``; returns how many were
    new or changed. Texts come from the records, a batch's store beside the files, or files
    under ``source_roots`` with the record's sha256 — nothing else is read."""
    from .store import TextFinder, load_jsonl, load_records
    from .store.texts import batch_stores

    if isinstance(records, str | Path):
        records = [records]
    items = list(records)
    if all(isinstance(r, str | Path) for r in items):
        paths = [Path(p) for p in items]  # type: ignore[arg-type]
        finder = TextFinder(stores=batch_stores(paths, Path(db)), roots=[Path(r) for r in source_roots])
        try:
            return load_jsonl(db, paths, texts=finder)
        finally:
            finder.close()
    finder = TextFinder(roots=[Path(r) for r in source_roots])
    return load_records(db, items, texts=finder)  # type: ignore[arg-type]


class Store:
    """A corpus store opened read-only. Filters are keyword arguments named as on the
    command line and in the explorer: ``type``, ``issuer``, ``place``, ``province``,
    ``date_from``/``date_to``, ``event_from``/``event_to``, ``cites``, ``cited_by``,
    ``transitive``, ``unit``, ``text``, ``accent_insensitive``, ``limit``, ``offset``."""

    def __init__(self, db: str | Path) -> None:
        from .store import connect

        self.path = Path(db)
        self.con: sqlite3.Connection = connect(self.path, readonly=True)

    def _filters(self, kw: dict[str, Any], default_limit: int | None) -> Any:
        from .store import Filters

        if "type" in kw:
            kw["doc_type"] = kw.pop("type")
        for a, b in (("from", "date_from"), ("to", "date_to")):
            if a in kw:
                kw[b] = kw.pop(a)
        kw.setdefault("limit", default_limit)
        return Filters(**kw)

    def query(self, **filters: Any) -> list[dict[str, Any]]:
        """The matching documents (newest first) as dicts: sha256, doc_type, number, date,
        place, issuer, title, province_name, unit_name, path. All of them unless ``limit``."""
        from .store import search

        return search(self.con, self._filters(filters, None))

    def count(self, **filters: Any) -> int:
        from .store import count

        return count(self.con, self._filters(filters, None))

    def table(self, **filters: Any) -> pyarrow.Table:
        """:meth:`query` as a pyarrow table (``.to_pandas()`` for a DataFrame)."""
        import pyarrow as pa

        from .store.query import COLUMNS

        rows = self.query(**filters)
        return pa.table({c: [r[c] for r in rows] for c in COLUMNS})

    def record(self, sha256: str) -> dict[str, Any] | None:
        """The stored record of a document (as extracted, without its text), or None."""
        import json

        row = self.con.execute("SELECT j.record_json FROM documents d JOIN doc_json j USING (id) "
                               "WHERE d.sha256 = ?", (sha256,)).fetchone()
        return json.loads(row[0]) if row else None

    def text(self, sha256: str) -> str | None:
        """The normalized text the record's spans point into, if the store has it."""
        row = self.con.execute("SELECT t.body FROM documents d JOIN doc_text t USING (id) WHERE d.sha256 = ?",
                               (sha256,)).fetchone()
        return row[0] if row and row[0] else None

    def sql(self, query: str, params: Iterable[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """Rows of a read-only SQL query over the store's tables (documents, legal_bases,
        timeline, responsible_units, tasks, recipients, signers)."""
        return iter([tuple(r) for r in self.con.execute(query, tuple(params)).fetchall()])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(db: str | Path) -> Store:
    """Open a corpus store read-only (``IngestError`` if it is missing or not a store)."""
    return Store(db)


def score(gold_dirs: Iterable[str | Path] | str | Path, *,
             records: Iterable[Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """Score extraction against ``NAME.gold.json`` files beside their documents, as ``vanban
    eval`` does: per-field scores and their macro average. Documents are extracted unless
    ``records`` (matched on ``source.path``) are given."""
    import json

    from .evaluate import find_gold, score_corpus
    from .extractor import extract_file as _extract_file

    if isinstance(gold_dirs, str | Path):
        gold_dirs = [gold_dirs]
    pairs = [p for d in gold_dirs for p in find_gold(Path(d))]
    preds = None
    if records is not None:
        preds = {str(Path(r["source"]["path"]).resolve()): dict(r) for r in records if r.get("source")}
    triples = []
    for doc, gold in pairs:
        g = json.loads(Path(gold).read_text(encoding="utf-8"))
        p = preds.get(str(Path(doc).resolve()), {}) if preds is not None else _extract_file(doc).model_dump()
        triples.append((str(doc), p, g))
    return score_corpus(triples).to_dict(include_docs=False)


def __getattr__(name: str) -> Any:
    if name == "Record":  # the record model, on first use
        from .record import Record

        return Record
    raise AttributeError(name)
