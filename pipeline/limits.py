"""The work bounds of one document (``rules/limits.toml``), in one place for every reader and
for both ``vanban extract`` and ``vanban batch``."""

from __future__ import annotations

from typing import Any

from .resources import load_rules


def limit(section: str, key: str) -> Any:
    """``rules/limits.toml`` ``[section] key`` (no code-side default: the file is the config)."""
    return load_rules("limits")[section][key]
