"""The extractor's version: what a batch ledger stamps on each record so that a later batch
knows which records an older extractor made.

The package version alone is not enough: rules (``rules/*.toml``), the calibration model and
the code change between releases, and each changes records. So the version is the package
version plus a short hash of the code, rules and models that make a record; a batch
re-extracts every document whose ledger row carries another one.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent
# what reads, serves or schedules records but does not make them
_NOT_EXTRACTION = {"web", "store", "batch", "cli.py", "review.py", "version.py", "evaluate.py"}


@cache
def extractor_version() -> str:
    """``0.1.0+1a2b3c4d5e6f``: the package version and a digest of what makes a record."""
    from . import __version__
    from .resources import rules_dir

    h = hashlib.sha256()
    roots = [_PKG, rules_dir(), _PKG.parent / "models"]
    for root in roots:
        if not root.is_dir():
            continue
        for p in sorted(root.rglob("*")):
            rel = p.relative_to(root).parts
            if root == _PKG and rel[0] in _NOT_EXTRACTION:
                continue
            if p.suffix in (".py", ".toml", ".json", ".txt", ".csv") and p.is_file() and "__pycache__" not in rel:
                h.update("/".join(rel).encode("utf-8", "surrogateescape"))
                h.update(b"\0")
                h.update(p.read_bytes())
                h.update(b"\0")
    return f"{__version__}+{h.hexdigest()[:12]}"
