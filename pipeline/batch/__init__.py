"""Batch processing at archive scale: resumable (sha256 ledger), parallel (pebble or dask).

Entry point :func:`run_batch` (the ``vanban batch`` command); see :mod:`.runner` for the
outputs, :mod:`.ledger` for the crash-safety argument, :mod:`.engines` for what each engine
enforces (timeouts, memory), :mod:`.faults` for the test-only fault injection.
"""

from .lock import BatchError
from .runner import BatchOptions, run_batch

__all__ = ["BatchError", "BatchOptions", "run_batch"]
