"""Where documents are extracted: a local process pool (pebble) or a dask.distributed cluster.

Both engines run the same task, :func:`process`, which turns one file into a finished JSON line
(or an error with a kind) so that the parent only appends bytes and commits ledger rows. The
parent keeps a bounded number of submissions in flight and collects results as they complete;
neither engine ever sees the whole list of inputs.

What is enforced where:

- ``local`` (pebble ``ProcessPool``): the per-document timeout kills the worker process that
  runs past it (pebble replaces it) → error kind ``timeout``; a worker that dies (segfault,
  ``os._exit``, OOM killer) → ``crash``; the memory bound is ``RLIMIT_AS`` set in each worker by
  :func:`init_worker`, so an allocation past it raises ``MemoryError`` inside the task →
  ``memory``; workers are recycled after ``max_tasks`` documents so slow leaks stay bounded.
- ``dask``: tasks run in worker threads, which Python cannot kill. The timeout is enforced by
  the task itself (:func:`process_guarded`): the extraction runs in a helper thread and the task
  returns ``timeout`` after S seconds, freeing the dask worker for the next document; the
  runaway thread keeps its CPU until it ends (restart workers, e.g. ``dask worker --lifetime``,
  if documents really hang). The memory bound is the worker's ``memory_limit`` (``--max-memory``
  on a LocalCluster; the nanny restarts a worker that passes it); a document whose worker dies
  is retried by the scheduler on another worker up to its ``allowed-failures`` (3 by default,
  so that documents merely queued on a dying worker are not failed with it), then → ``crash``
  (``KilledWorker``); a ``MemoryError`` in the task → ``memory``. ``RLIMIT_AS`` is not set on
  dask workers (it would cap the whole worker, communication threads included).
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import os
import resource
import threading
import time
from dataclasses import dataclass, field
from typing import Any

Outcome = dict[str, Any]


class EngineError(Exception):
    """The engine cannot start (e.g. no dask scheduler at the address given)."""


Done = tuple[str, str, Outcome]  # (sha256, path, outcome)


def init_worker(max_memory_mb: int | None, environ: dict[str, str] | None = None) -> None:
    """Pool worker initializer: the batch's environment as it is now (a fork server's
    children inherit the server's, from when it started), and the address space capped so a
    runaway document gets MemoryError."""
    if environ is not None and environ != os.environ:
        os.environ.clear()
        os.environ.update(environ)
    if max_memory_mb:
        limit = int(max_memory_mb) * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


# What a fresh worker needs imported; the fork server imports it once, every worker after it
# starts with it (instead of a second or so of imports each, recycled workers included).
WORKER_PRELOAD = ["pipeline.extractor", "pipeline.batch.engines"]


def _pool_context() -> Any:
    """Workers are forked from a fork server, not from the batch's own process: the caller
    may have started threads (pyarrow's pool, a notebook kernel, a web server) and a process
    forked from a threaded one can inherit a lock held by a thread that does not exist in it,
    and hang or crash inside a PDF or OCR library. The fork server is a fresh single-threaded
    interpreter with the pipeline imported; where there is none (Windows), workers are
    spawned."""
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(WORKER_PRELOAD)
        return ctx
    return mp.get_context("spawn")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def process(path: str, sha256: str | None, with_text: bool = False, via: str | None = None,
            root: str | None = None) -> Outcome:
    """Extract one file into its compact JSON line; every failure becomes an error outcome.

    With ``with_text`` the normalized text comes back beside the line (not in it), for the
    parent to index in the corpus store without reading and normalizing the file again.
    ``via`` is the walk's checked name of the file (:func:`pipeline.ingest.open_input`);
    ``sha256`` (None: not checked) what the parent hashed; ``root`` the input root it was found
    under (recorded in ``source.root``/``relpath``)."""
    from ..ingest import IngestError, shown
    from . import faults

    t0 = time.perf_counter()
    out: Outcome
    try:
        faults.inject(path)
        from ..extractor import extract_file

        rec = extract_file(path, with_text=with_text, via=via, root=root)
        if sha256 is not None and rec.source is not None and rec.source.sha256 != sha256:
            out = _error("changed", f"{shown(path)}: the file changed while the batch ran (hashed {sha256[:12]}…, "
                         f"read {rec.source.sha256[:12]}…); run the batch again")
        else:
            d = rec.model_dump()
            text, d["text"] = d.get("text"), None  # the shard line is the same either way
            line = json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n"
            out = {"ok": True, "line": line.encode("utf-8"), "doc_type": (d.get("doc_type") or {}).get("name")}
            if with_text:
                out["text"] = text
    except IngestError as e:
        out = _error(e.kind, str(e))
    except MemoryError:
        out = _error("memory", f"{shown(path)}: MemoryError (over the per-worker memory bound)")
    except RecursionError as e:
        out = _error("exception", f"{shown(path)}: RecursionError: {e}")
    except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
        out = _error("exception", f"{shown(path)}: {type(e).__name__}: {e}")
    out["seconds"] = time.perf_counter() - t0
    out["pid"] = os.getpid()
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def process_guarded(path: str, sha256: str, timeout: float | None, with_text: bool = False,
                    via: str | None = None, root: str | None = None) -> Outcome:
    """:func:`process` with a timeout enforced inside the task (dask worker threads can't be killed)."""
    from ..ingest import shown

    if not timeout:
        return process(path, sha256, with_text, via, root)
    box: list[Outcome] = []
    th = threading.Thread(target=lambda: box.append(process(path, sha256, with_text, via, root)), daemon=True,
                          name=f"vanban:{shown(path)}")
    th.start()
    th.join(timeout)
    if box:
        return box[0]
    out = _error("timeout", f"{shown(path)}: extraction did not finish in {timeout:g} s (left running in a worker thread)")
    out.update(seconds=float(timeout), pid=os.getpid(), peak_rss_mb=_peak_rss_mb())
    return out


def _error(kind: str, message: str) -> Outcome:
    from ..ingest import shown

    return {"ok": False, "kind": kind, "message": shown(message)}  # a name or text may hold surrogates


@dataclass
class LocalEngine:
    """pebble ``ProcessPool``: real per-task timeouts (the worker is killed) and worker recycling."""

    workers: int
    timeout: float | None = None
    max_memory_mb: int | None = None
    max_tasks: int = 1000
    with_text: bool = False  # send the normalized text back (for the corpus store)
    _pool: Any = None
    _futures: dict[Any, tuple[str, str]] = field(default_factory=dict)

    name = "local"

    def start(self) -> None:
        from pebble import ProcessPool

        self._pool = ProcessPool(
            max_workers=self.workers, max_tasks=self.max_tasks,
            initializer=init_worker, initargs=(self.max_memory_mb, dict(os.environ)),
            context=_pool_context(),
        )

    def submit(self, path: str, sha256: str | None, via: str | None = None, root: str | None = None) -> None:
        fut = self._pool.schedule(process, args=(path, sha256, self.with_text, via, root), timeout=self.timeout or None)
        self._futures[fut] = (sha256, path)

    def inflight(self) -> int:
        return len(self._futures)

    def wait(self, timeout: float | None = None) -> list[Done]:
        """Documents finished so far, waiting for at least one (or ``timeout`` s: maybe none)."""
        from pebble import ProcessExpired

        done, _ = cf.wait(list(self._futures), timeout=timeout, return_when=cf.FIRST_COMPLETED)
        out: list[Done] = []
        for fut in done:
            sha, path = self._futures.pop(fut)
            try:
                res = fut.result()
            except cf.TimeoutError:
                res = _error("timeout", f"{path}: extraction did not finish in {self.timeout:g} s (worker killed)")
                res["seconds"] = float(self.timeout or 0)
            except ProcessExpired as e:
                res = _error("crash", f"{path}: the worker process died (exit code {e.exitcode})")
            except MemoryError:
                res = _error("memory", f"{path}: MemoryError (over the per-worker memory bound)")
            except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be pickled
                res = _error("exception", f"{path}: {type(e).__name__}: {e}")
            out.append((sha, path, res))
        return out

    def close(self, cancel: bool = False) -> None:
        if self._pool is None:
            return
        if cancel:
            self._pool.stop()
        else:
            self._pool.close()
        self._pool.join()
        self._pool = None


@dataclass
class DaskEngine:
    """dask.distributed: ``Client(scheduler)`` or a ``LocalCluster`` of single-threaded workers."""

    workers: int
    scheduler: str | None = None
    timeout: float | None = None
    max_memory_mb: int | None = None
    processes: bool = True
    quiet: bool = False
    with_text: bool = False
    _client: Any = None
    _cluster: Any = None
    _ac: Any = None
    _futures: dict[str, tuple[str, str]] = field(default_factory=dict)

    name = "dask"

    def start(self) -> None:
        import logging

        from distributed import Client, LocalCluster, as_completed

        if self.scheduler:
            try:
                self._client = Client(self.scheduler, timeout="30s")
            except (OSError, TimeoutError) as e:
                raise EngineError(f"cannot reach the dask scheduler at {self.scheduler}: {e}") from e
        else:
            # every failure is recorded in errors.jsonl; the scheduler's own error logs would repeat them
            self._cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=self.processes,
                memory_limit=f"{self.max_memory_mb}MiB" if self.max_memory_mb and self.processes else "auto",
                dashboard_address=None, silence_logs=logging.CRITICAL,
            )
            self._client = Client(self._cluster)
        self._ac = as_completed()

    def submit(self, path: str, sha256: str, via: str | None = None, root: str | None = None) -> None:
        fut = self._client.submit(process_guarded, path, sha256, self.timeout, self.with_text, via, root, pure=False)
        self._futures[fut.key] = (sha256, path)
        self._ac.add(fut)

    def inflight(self) -> int:
        return len(self._futures)

    def wait(self, timeout: float | None = None) -> list[Done]:
        """Documents finished so far, waiting for at least one (or ``timeout`` s: maybe none)."""
        from distributed import KilledWorker

        if timeout is not None:
            deadline = time.monotonic() + timeout
            while not self._ac.has_ready() and time.monotonic() < deadline:
                time.sleep(0.01)
            if not self._ac.has_ready():
                return []
        futs = [next(self._ac)]
        while self._ac.has_ready():
            futs.append(next(self._ac))
        out: list[Done] = []
        for fut in futs:
            sha, path = self._futures.pop(fut.key)
            try:
                res = fut.result()
            except KilledWorker as e:
                res = _error("crash", f"{path}: the dask worker died running it (memory limit or crash: {e})")
            except MemoryError:
                res = _error("memory", f"{path}: MemoryError")
            except Exception as e:  # noqa: BLE001
                res = _error("exception", f"{path}: {type(e).__name__}: {e}")
            fut.release()
            out.append((sha, path, res))
        return out

    def close(self, cancel: bool = False) -> None:
        if self._client is not None:
            self._client.close()  # pending futures are released (cancelled) with the client
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def versions(self) -> dict[str, str]:
        import dask
        import distributed

        return {"dask": dask.__version__, "distributed": distributed.__version__}
