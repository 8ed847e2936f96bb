"""Walking an input folder for the batch: the ingest layer decides what a document is.

The batch walks with :func:`pipeline.ingest.iter_inputs` — the same files ``vanban extract``
picks up, in its sorted order (which makes the first path of duplicate files deterministic),
streamed folder by folder — and consumes it lazily. Links that leave the input, dangling links
and loops come back through ``on_skip`` and are reported as errors of the run. The only
whole-corpus pass is :func:`count`, which keeps nothing but an int (the progress bar's total).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from ..ingest import iter_inputs

OnSkip = Callable[[Path, str, str], None]


def walk(root: Path, on_skip: OnSkip | None = None) -> Iterator[Path]:
    """Documents under ``root``, recursively, in a stable order."""
    yield from iter_inputs([root], on_skip=on_skip)


def count(root: Path) -> int:
    """How many documents and skipped entries a walk of ``root`` will report."""
    skipped = 0

    def on_skip(_p: Path, _k: str, _m: str) -> None:
        nonlocal skipped
        skipped += 1

    return sum(1 for _ in iter_inputs([root], on_skip=on_skip)) + skipped


def sha256_file(path: Path) -> str:
    """Content hash, streamed in chunks (the ledger's key; the worker re-checks it)."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
