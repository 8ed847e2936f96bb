"""``vanban extract`` under the batch's per-document bounds: time and memory.

A single bad file — work that grows with the square of its length, a declared size nothing
checked, a library stuck in C code — must not hang ``vanban extract`` or take the machine's
memory, any more than it can a batch. So ``extract`` runs each document through the batch's
own task (:func:`pipeline.batch.engines.process`) in a one-worker
:class:`~pipeline.batch.engines.LocalEngine`: past the time bound the worker is killed
(``timeout``), past the memory bound (``RLIMIT_AS`` in the worker) the document fails with
``memory``, a dying worker is ``crash``; the next document gets a fresh worker. The defaults
are ``rules/limits.toml`` ``[document]``, the same as the batch's. Documents run one at a time,
so the records come out in input order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..ingest import Entry, shown
from ..limits import limit


def default_timeout() -> float | None:
    return float(limit("document", "timeout_s")) or None


def default_max_memory_mb() -> int | None:
    return int(limit("document", "max_memory_mb")) or None


@dataclass
class Outcome:
    record: dict[str, Any] | None  # the record as ``extract`` prints it, or None on error
    kind: str = ""
    message: str = ""


class BoundedExtractor:
    """Extract documents one at a time in a bounded worker process (a context manager)."""

    def __init__(self, timeout: float | None, max_memory_mb: int | None, with_text: bool = False) -> None:
        from .engines import LocalEngine

        self.with_text = with_text
        self.engine = LocalEngine(1, timeout, max_memory_mb, with_text=with_text)

    def __enter__(self) -> BoundedExtractor:
        self.engine.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.engine.close(cancel=exc[0] is not None)

    def extract(self, entry: Entry) -> Outcome:
        self.engine.submit(str(entry.path), None, None if entry.via is None else str(entry.via),
                           None if entry.root is None else str(entry.root))
        done: list = []
        while not done:
            done = self.engine.wait()
        _sha, _path, res = done[0]
        if not res["ok"]:
            return Outcome(None, res["kind"], shown(res["message"]))
        rec = json.loads(res["line"])
        if self.with_text:
            rec["text"] = res.get("text")
        return Outcome(rec)
