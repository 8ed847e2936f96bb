"""Where the declarative rules live, and a cached TOML loader for them.

Rules are data (``rules/*.toml``), not code, so they can be reviewed and extended without
touching the extractors; ``VANBAN_RULES`` points the pipeline at another rules folder.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path
from typing import Any


def rules_dir() -> Path:
    return Path(os.environ.get("VANBAN_RULES", Path(__file__).resolve().parent.parent / "rules"))


@cache
def load_rules(name: str) -> dict[str, Any]:
    """Load ``rules/<name>.toml`` once per process."""
    path = rules_dir() / f"{name}.toml"
    if not path.is_file():
        raise FileNotFoundError(f"rules file not found: {path} (set VANBAN_RULES to the rules folder)")
    with path.open("rb") as fh:
        return tomllib.load(fh)
