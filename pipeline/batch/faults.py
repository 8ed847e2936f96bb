"""Test-only fault injection for the batch runner: make a document hang, crash or eat memory.

The batch tests must show that one bad document is isolated (timed out, crash contained,
memory bound enforced) without shipping a broken document in the corpus. The worker calls
:func:`inject` with each path before extracting it; nothing happens unless the environment
variable ``VANBAN_TEST_FAULTS`` is set, and it is read nowhere else.

Format: ``ACTION:GLOB[,ACTION:GLOB…]``, the glob matched against the file name, e.g.
``VANBAN_TEST_FAULTS="hang:stuck*.txt,raise:bad*.md"``. Actions:

- ``hang`` — sleep for an hour (the per-document timeout must kill it);
- ``slow`` — sleep 0.3 s, then extract normally (lets a test kill a batch half-way);
- ``raise`` — raise ``RuntimeError`` (an ordinary extraction failure);
- ``exit`` — ``os._exit(3)``: the worker process dies (a segfault stand-in);
- ``memory`` — allocate as many bytes as the worker's ``RLIMIT_AS`` allows in all (which must
  fail with ``MemoryError``, the process already using some); with no bound set it raises
  ``RuntimeError`` instead, so a test sees whether the bound was really applied.
"""

from __future__ import annotations

import fnmatch
import os
import resource
import time
from pathlib import Path

ENV = "VANBAN_TEST_FAULTS"


def _rules() -> list[tuple[str, str]]:
    spec = os.environ.get(ENV, "").strip()
    out = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        action, _, pattern = part.partition(":")
        out.append((action.strip(), pattern.strip()))
    return out


def inject(path: str | Path) -> None:
    """Apply the first fault whose glob matches ``path``'s name (no-op without the variable)."""
    if ENV not in os.environ:
        return
    name = Path(path).name
    for action, pattern in _rules():
        if not fnmatch.fnmatch(name, pattern):
            continue
        if action == "hang":
            time.sleep(3600)
        elif action == "slow":
            time.sleep(0.3)
        elif action == "raise":
            raise RuntimeError(f"injected fault for {name}")
        elif action == "exit":
            os._exit(3)
        elif action == "memory":
            soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
            if soft == resource.RLIM_INFINITY:
                raise RuntimeError("injected memory fault, but no memory bound (RLIMIT_AS) is set")
            _ = bytearray(soft)
        else:
            raise ValueError(f"{ENV}: unknown action {action!r}")
        return
