"""Walking an input folder for the batch: the ingest layer decides what a document is.

The batch walks with :func:`pipeline.ingest.iter_inputs` — the same files ``vanban extract``
picks up, in its sorted order (which makes the first path of duplicate files deterministic),
streamed folder by folder — and consumes it lazily. Links that leave the input, dangling links,
loops, FIFOs and devices come back through ``on_skip`` and are reported as errors of the run.
Each document comes as an :class:`~pipeline.ingest.Entry`: the hash here and the worker's read
both open its checked name with ``O_NOFOLLOW`` (:func:`pipeline.ingest.open_input`), so what is
hashed and read is what was listed. The only
whole-corpus pass is :func:`count`, which keeps nothing but an int (the progress bar's total).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from ..ingest import Entry, iter_entries, iter_inputs, open_input

OnSkip = Callable[[Path, str, str], None]


def walk(root: Path, on_skip: OnSkip | None = None) -> Iterator[Entry]:
    """Documents under ``root``, recursively, in a stable order."""
    yield from iter_entries([root], on_skip=on_skip)


def count(root: Path) -> int:
    """How many documents and skipped entries a walk of ``root`` will report."""
    skipped = 0

    def on_skip(_p: Path, _k: str, _m: str) -> None:
        nonlocal skipped
        skipped += 1

    return sum(1 for _ in iter_inputs([root], on_skip=on_skip)) + skipped


def sha256_file(path: Path, via: Path | None = None) -> str:
    """Content hash, streamed in chunks (the ledger's key; the worker re-checks it).
    Raises :class:`~pipeline.ingest.IngestError` for what cannot be opened as listed."""
    with open_input(path, via, limit=False) as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
