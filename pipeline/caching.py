"""Caches keyed by a piece of document text, registered so that they can be dropped together.

Word-level caches (tone placement, folded word keys) stay warm across a corpus, as they
would in a batch. Caches keyed by a line or sentence only pay off inside one document (the
segmenter and the extractors look at the same line several times); a benchmark that replays
the same documents must clear them between passes or it measures cache hits, not extraction.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_REGISTRY: list[Any] = []


def per_text_cache(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache`` for functions of document text; see :func:`clear_per_text_caches`."""

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _REGISTRY.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def clear_per_text_caches() -> None:
    for cached in _REGISTRY:
        cached.cache_clear()
