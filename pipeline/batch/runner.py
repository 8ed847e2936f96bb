"""``vanban batch``: extract a whole folder into sharded JSON lines, resumably and in parallel.

The parent process walks the folder lazily, hashes each file, asks the ledger whether that
content is already finished, and keeps at most ``window`` documents in flight on the engine;
it alone appends record lines and commits ledger rows, one transaction per finished document
(see :mod:`pipeline.batch.ledger` for why that makes ``kill -9`` safe). Memory is bounded by
the window and the workers, never by the number of documents: no list of inputs, records or
results is kept (only counters, the slowest few files, and the paths of in-flight duplicates).

Outputs in OUT_DIR: ``records-NNNNN.jsonl`` (one compact JSON record per line, exactly what
``vanban extract`` writes), ``errors.jsonl`` (path, sha256, kind, message per failed path),
``manifest.json`` (input, options, versions, counts, timings), ``ledger.sqlite`` and, when
``pipeline.store`` is available, ``corpus.db``.
"""

from __future__ import annotations

import heapq
import json
import os
import platform
import resource
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..ingest import IngestError, shown
from .ledger import Ledger
from .lock import OutLock
from .walk import count, sha256_file, walk


@dataclass
class BatchOptions:
    input_dir: Path
    out_dir: Path
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    engine: str = "local"  # "local" | "dask"
    scheduler: str | None = None
    timeout: float | None = 300.0  # seconds per document; None/0: no limit
    max_memory_mb: int | None = 2048  # per worker; None/0: no limit
    shard_size: int = 10_000  # records per shard
    max_tasks: int = 1000  # documents per pool worker before it is recycled
    window: int | None = None  # documents in flight (default 4 × workers)
    retry_errors: bool = False  # redo documents that failed in an earlier run
    force: bool = False  # redo every document, whatever extractor version made its record
    store: bool = True  # load finished records into OUT_DIR/corpus.db if pipeline.store exists
    fsync: bool = True
    sync_interval: float = 0.5  # group commit: fsync + ledger finished documents this often (s)
    dask_processes: bool = True  # LocalCluster of processes (False: threads, for tests)


class Reporter(Protocol):
    def start(self, total: int, info: dict[str, Any]) -> None: ...
    def event(self, ev: dict[str, Any]) -> None: ...
    def end(self, summary: dict[str, Any]) -> None: ...


class NullReporter:
    def start(self, total: int, info: dict[str, Any]) -> None:
        pass

    def event(self, ev: dict[str, Any]) -> None:
        pass

    def end(self, summary: dict[str, Any]) -> None:
        pass


@dataclass
class _Pending:
    paths: list[str]
    submitted: float


# Status of each input path in a run.
OK, ERROR, DUPLICATE, DONE_EARLIER, FAILED_EARLIER = "ok", "error", "duplicate", "done-earlier", "failed-earlier"
SLOWEST = 10


def make_engine(opts: BatchOptions, quiet: bool = False):
    from .engines import DaskEngine, LocalEngine

    if opts.engine == "local":
        return LocalEngine(opts.workers, opts.timeout, opts.max_memory_mb, opts.max_tasks, with_text=opts.store)
    if opts.engine == "dask":
        return DaskEngine(opts.workers, opts.scheduler, opts.timeout, opts.max_memory_mb, opts.dask_processes, quiet,
                          with_text=opts.store)
    raise ValueError(f"unknown engine {opts.engine!r} (local or dask)")


def run_batch(opts: BatchOptions, reporter: Reporter | None = None) -> dict[str, Any]:
    """Run (or resume) a batch; returns the run summary (also written to ``manifest.json``).

    Raises :class:`~pipeline.batch.lock.BatchError` when OUT_DIR is not a writable folder or
    another batch holds it (:mod:`pipeline.batch.lock`)."""
    with OutLock(Path(opts.out_dir)):
        return _run_batch(opts, reporter)


def _run_batch(opts: BatchOptions, reporter: Reporter | None = None) -> dict[str, Any]:
    from .. import __version__
    from ..record import SCHEMA_VERSION

    rep = reporter or NullReporter()
    t_start = time.time()
    p0 = time.perf_counter()
    out = Path(opts.out_dir)
    ledger = Ledger(out, shard_size=opts.shard_size, fsync=opts.fsync, sync_interval=opts.sync_interval)
    recovered = ledger.recover()
    from ..version import extractor_version

    ledger.extractor = extractor_version()
    run_id = ledger.begin_run()
    # records of an older extractor (or all, with --force) are dropped and redone in this run
    redo = ledger.forget_outdated(ledger.extractor, force=opts.force)
    errors_path = out / "errors.jsonl"
    unledgered: list[dict] = []  # files that could not even be hashed (retried next run)
    _write_errors(errors_path, ledger, unledgered)
    total = count(opts.input_dir)
    window = max(1, opts.window or 4 * opts.workers)
    engine = make_engine(opts)
    statuses: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    slowest: list[tuple[float, str]] = []
    rss: dict[int, float] = {}
    pending: dict[str, _Pending] = {}
    hash_s = 0.0
    busy_s = 0.0
    info = {"run_id": run_id, "input": str(opts.input_dir), "out": str(out), "engine": opts.engine,
            "workers": opts.workers, "recovered": recovered, "redo": redo}
    versions: dict[str, str] = {"vanban": __version__, "schema_version": SCHEMA_VERSION,
                                "extractor": ledger.extractor, "python": platform.python_version()}
    _write_manifest(out, {"status": "running", "run_id": run_id, "started": t_start, **_opts_json(opts),
                          "versions": versions})
    rep.start(total, info)
    errors_fh = errors_path.open("a", encoding="utf-8")

    def emit(path: str, sha: str | None, status: str, **extra: Any) -> None:
        statuses[status] += 1
        rep.event({"event": "doc", "path": path, "sha256": sha, "status": status, **extra})

    def finish(done: list[tuple[str, str, dict]]) -> None:
        nonlocal busy_s
        finished = [(sha, pending.pop(sha), res) for sha, _path, res in done]
        # the lines of documents that finished together share one fsync (group commit)
        ledger.commit_ok_many([(sha, pend.paths, res["line"], res.get("doc_type"), float(res.get("seconds") or 0.0))
                               for sha, pend, res in finished if res["ok"]])
        if store is not None:
            store.add((sha, res["line"], res.get("text")) for sha, _pend, res in finished if res["ok"])
            if not ledger.unsynced:
                store.flush()
        for sha, pend, res in finished:
            secs = float(res.get("seconds") or 0.0)
            busy_s += secs
            if res.get("pid"):
                rss[int(res["pid"])] = max(rss.get(int(res["pid"]), 0.0), float(res.get("peak_rss_mb") or 0.0))
            if res["ok"]:
                by_type[res.get("doc_type") or "unknown"] += 1
                heapq.heappush(slowest, (secs, pend.paths[0]))
                if len(slowest) > SLOWEST:
                    heapq.heappop(slowest)
                emit(pend.paths[0], sha, OK, doc_type=res.get("doc_type"), seconds=round(secs, 4))
            else:
                ledger.commit_error(sha, pend.paths, res["kind"], res["message"], secs)
                by_kind[res["kind"]] += 1
                for p in pend.paths:
                    errors_fh.write(_dumps({"path": p, "sha256": sha, "kind": res["kind"], "message": res["message"]}) + "\n")
                errors_fh.flush()
                emit(pend.paths[0], sha, ERROR, kind=res["kind"], message=res["message"], seconds=round(secs, 4))
            for p in pend.paths[1:]:
                emit(p, sha, DUPLICATE, of=pend.paths[0])

    def collect() -> None:
        # wait for results, but not so long that appended records stay unledgered past the interval
        done = engine.wait(timeout=opts.sync_interval if ledger.unsynced else None)
        if done:
            finish(done)
        else:
            ledger.sync()

    def not_ledgered(path: str, kind: str, message: str) -> None:
        # no content to key on (unreadable file, link out of the input…): reported, retried next run
        err = {"path": path, "sha256": None, "kind": kind, "message": message}
        unledgered.append(err)
        errors_fh.write(_dumps(err) + "\n")
        errors_fh.flush()
        by_kind[kind] += 1
        emit(path, None, ERROR, kind=kind, message=message)

    store = _StoreFeed(out / "corpus.db", ledger) if opts.store else None
    interrupted = False
    try:
        engine.start()
        for entry in walk(opts.input_dir, on_skip=lambda sp, kind, msg: not_ledgered(shown(sp), kind, msg)):
            p = shown(entry.path)  # the name as records, the ledger and errors show it
            h0 = time.perf_counter()
            try:
                sha = sha256_file(entry.path, entry.via)
            except IngestError as e:
                not_ledgered(p, e.kind, str(e))
                continue
            except OSError as e:
                not_ledgered(p, "unreadable", f"{p}: {shown(e.strerror or str(e))}")
                continue
            finally:
                hash_s += time.perf_counter() - h0
            if sha in pending:  # same content as a document in flight: one extraction, both paths
                pending[sha].paths.append(p)
                continue
            if ledger.add_unsynced_path(sha, p):  # finished, waiting for its group commit
                emit(p, sha, DUPLICATE)
                continue
            doc = ledger.document(sha)
            if doc is not None and (doc.status == "ok" or not opts.retry_errors):
                if ledger.path_sha(p) != sha:
                    ledger.link_paths(sha, [p])
                if doc.path != p:
                    emit(p, sha, DUPLICATE if doc.status == "ok" else FAILED_EARLIER, of=doc.path)
                else:
                    emit(p, sha, DONE_EARLIER if doc.status == "ok" else FAILED_EARLIER)
                continue
            pending[sha] = _Pending([p], time.perf_counter())
            engine.submit(str(entry.path), sha, None if entry.via is None else str(entry.via),
                          str(opts.input_dir))
            while engine.inflight() >= window:
                collect()
        while engine.inflight():
            collect()
        ledger.sync()
        if store is not None:
            store.flush(force=True)
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        engine.close(cancel=interrupted)
        errors_fh.close()
        if interrupted:
            ledger.close()
    if hasattr(engine, "versions"):
        versions.update(engine.versions())
    store_failed: list[dict] = []
    stored = _load_store(out, ledger, opts.input_dir, store_failed) if opts.store else {"status": "disabled"}
    if store is not None and stored.get("status") in ("loaded", "partial"):
        stored["records"] += store.loaded
        stored["seconds"] = round(stored["seconds"] + store.seconds, 3)
    compacted = ledger.compact()  # one record per current document in the shards
    _write_errors(errors_path, ledger, unledgered + store_failed)
    wall = time.perf_counter() - p0
    processed = statuses[OK] + statuses[ERROR]
    summary: dict[str, Any] = {
        "status": "finished",
        "run_id": run_id,
        "started": t_start,
        "finished": time.time(),
        **_opts_json(opts),
        "versions": versions,
        "counts": {
            "inputs": sum(statuses.values()),
            "by_status": dict(statuses),
            "by_doc_type": dict(by_type.most_common()),
            "errors_by_kind": dict(by_kind.most_common()),
            "ledger": ledger.counts(),
        },
        "timings": {
            "wall_s": round(wall, 3),
            "hash_s": round(hash_s, 3),
            "ledger_s": round(ledger.seconds, 3),
            "ledger_share": round(ledger.seconds / wall, 4) if wall else 0.0,
            "extract_s": round(busy_s, 3),
            "docs_per_s": round(processed / wall, 3) if wall else 0.0,
        },
        "workers_peak_rss_mb": {str(k): round(v, 1) for k, v in sorted(rss.items())},
        # the process that ran the batch (in-process callers include their own use)
        "parent_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "slowest": [{"path": p, "seconds": round(s, 4)} for s, p in sorted(slowest, reverse=True)],
        "recovered_bytes": recovered,
        "redone_outdated": redo,
        "compacted": compacted,
        "duplicates": ledger.duplicates(1000),
        "store": stored,
        # a store that failed, or left records out, fails the run too (the shards still hold them)
        "exit_status": 1 if (statuses[ERROR] or statuses[FAILED_EARLIER]
                             or stored.get("status") in ("failed", "partial")) else 0,
    }
    ledger.end_run({k: summary[k] for k in ("counts", "timings", "exit_status")})
    ledger.close()
    _write_manifest(out, summary)
    rep.end(summary)
    return summary


def _dumps(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def _opts_json(opts: BatchOptions) -> dict[str, Any]:
    d = asdict(opts)
    d["input_dir"] = str(Path(opts.input_dir).resolve())
    d["out_dir"] = str(Path(opts.out_dir).resolve())
    return {"input": d.pop("input_dir"), "out": d.pop("out_dir"), "options": d}


def _write_manifest(out: Path, data: dict) -> None:
    tmp = out / "manifest.json.tmp"
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, out / "manifest.json")


def _write_errors(path: Path, ledger: Ledger, extra: list[dict]) -> None:
    """``errors.jsonl`` from the ledger (the source of truth), replaced atomically."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for e in ledger.iter_errors():
            fh.write(_dumps(e) + "\n")
        for e in extra:
            fh.write(_dumps(e) + "\n")
    os.replace(tmp, path)


class _StoreFeed:
    """Loads finished records into the corpus store while the batch runs, in small batches,
    with the text the worker sent back — so the store costs neither a second read and
    normalization of every file nor a long serial load at the end.

    Only records whose ledger rows are committed are loaded (then marked ``stored``); whatever
    is left — a store error, a kill — is loaded by :func:`_load_store` at the end of this run or
    the next, which regenerates the text from the file.
    """

    BATCH = 64

    def __init__(self, db: Path, ledger: Ledger) -> None:
        self.db, self.ledger = db, ledger
        self.queue: list[tuple[str, bytes, str | None]] = []
        self.loaded = 0
        self.seconds = 0.0
        try:
            from ..store import load_records  # type: ignore[attr-defined]
        except ImportError:
            self.load = None
        else:
            self.load = load_records

    def add(self, items: Iterable[tuple[str, bytes, str | None]]) -> None:
        if self.load is not None:
            self.queue.extend(items)

    def flush(self, force: bool = False) -> None:
        if self.load is None or not self.queue or (len(self.queue) < self.BATCH and not force):
            return
        t0 = time.perf_counter()
        batch, self.queue = self.queue, []

        def records() -> Iterator[dict[str, Any]]:
            for _sha, line, text in batch:
                rec = json.loads(line)
                if text is not None:
                    rec["text"] = text
                yield rec

        try:
            self.load(self.db, records())
        except Exception:  # noqa: BLE001 - left unstored: the end-of-run load retries and reports
            self.load = None
            return
        self.ledger.mark_stored([sha for sha, _line, _text in batch])
        self.loaded += len(batch)
        self.seconds += time.perf_counter() - t0


STORE_CHUNK = 256  # records per store transaction at the end of a run


def _load_store(
    out: Path, ledger: Ledger, input_dir: Path, failed: list[dict] | None = None
) -> dict[str, Any]:
    """Load records not yet stored into ``OUT_DIR/corpus.db`` when ``pipeline.store`` exists.

    One record the store cannot take must not cost it the others: records go in transactions
    of :data:`STORE_CHUNK`, and a chunk that fails is loaded again record by record, so only
    the bad record stays out. Each one left out is appended to ``failed`` (an ``errors.jsonl``
    entry of kind ``store``) and the status is then ``partial``; the batch exits non-zero.
    Records left out stay unstored in the ledger and are tried again by the next run. A record
    without its text gets it from its file under the input folder (the store reads no other)."""
    try:
        from ..store import load_records, remove_records  # type: ignore[attr-defined]
    except ImportError:
        return {"status": "unavailable"}
    try:
        from ..store.texts import TextFinder
    except ImportError:
        texts = None
    else:
        texts = TextFinder(roots=[input_dir])
    failed = [] if failed is None else failed
    stale = ledger.superseded_stored()
    removed = 0
    if stale:  # records of files whose content changed: forgotten by the store before the shards
        try:
            removed = remove_records(out / "corpus.db", stale)
        except Exception as e:  # noqa: BLE001 - retried next run; the ledger still marks them stored
            return {"status": "failed", "error": shown(f"{type(e).__name__}: {e}")}
        ledger.unmark_stored(stale)

    t0 = time.perf_counter()
    loaded = 0
    chunk: list[tuple[str, dict[str, Any]]] = []

    def load(items: list[tuple[str, dict[str, Any]]]) -> None:
        nonlocal loaded
        try:
            load_records(out / "corpus.db", (rec for _sha, rec in items), texts=texts)
        except Exception as e:  # noqa: BLE001 - isolate the record(s) the store refuses
            if len(items) > 1:
                before, n_failed = loaded, len(failed)
                for item in items:
                    load([item])
                if loaded == before:  # not one record goes in: the store, not a record, is at fault
                    del failed[n_failed:]
                    raise
                return
            sha, rec = items[0]
            path = shown(str((rec.get("source") or {}).get("path") or sha))
            failed.append({"path": path, "sha256": sha, "kind": "store",
                           "message": shown(f"{path}: not loaded into the corpus store ({type(e).__name__}: {e})")})
            return
        ledger.mark_stored([sha for sha, _rec in items])
        loaded += len(items)

    try:
        for sha, line in ledger.iter_records(only_unstored=True):
            try:
                chunk.append((sha, json.loads(line)))
            except ValueError as e:
                failed.append({"path": sha, "sha256": sha, "kind": "store",
                               "message": f"{sha}: its shard line is not a JSON record ({e})"})
                continue
            if len(chunk) >= STORE_CHUNK:
                load(chunk)
                chunk = []
        if chunk:
            load(chunk)
    except Exception as e:  # noqa: BLE001 - the store itself is unusable (not a database, disk full…)
        return {"status": "failed", "error": shown(f"{type(e).__name__}: {e}"), "records": loaded}
    return {"status": "partial" if failed else "loaded", "path": str(out / "corpus.db"), "records": loaded,
            "failed": len(failed), "removed": removed, "seconds": round(time.perf_counter() - t0, 3)}
