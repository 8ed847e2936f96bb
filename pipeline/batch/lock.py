"""One batch at a time on an output folder: an exclusive ``fcntl`` lock on ``OUT_DIR/batch.lock``.

Two batches on one OUT_DIR would both append to the current shard and both commit ledger rows
for byte ranges the other one moved — duplicate lines, ranges that no longer hold their record.
The ledger's crash safety assumes one writer, so a second ``vanban batch`` on the same folder
is refused at once with the first one's pid. The lock is the kernel's (``flock``): it goes away
with the process that holds it, so a ``kill -9`` never leaves a stale lock to clean up.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from pathlib import Path

LOCK_NAME = "batch.lock"


class BatchError(Exception):
    """The batch cannot run on this output folder (in use, not a folder, not writable…)."""


class OutLock:
    """Exclusive lock on an output folder, held while the batch runs (a context manager)."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / LOCK_NAME
        self.fd: int | None = None

    def acquire(self) -> None:
        out = self.path.parent
        if out.exists() and not out.is_dir():
            raise BatchError(f"{out}: exists and is not a folder; give --out a folder (new or earlier batch output)")
        try:
            out.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as e:
            raise BatchError(f"{out}: cannot write the output folder ({e.strerror or e})") from e
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
            os.close(fd)
            if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise BatchError(f"{out}: another vanban batch is running on this output folder"
                                 f"{f' ({holder})' if holder else ''}; wait for it to finish or use another --out") from e
            raise BatchError(f"{out}: cannot lock the output folder ({e.strerror or e})") from e
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode(), 0)
        except OSError:
            pass  # the note is for people; the lock holds without it (a full disk)
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> OutLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
