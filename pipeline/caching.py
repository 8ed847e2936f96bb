"""Caches keyed by a piece of document text, registered so that they can be dropped together.

Word-level caches (tone placement, folded word keys) stay warm across a corpus, as they
would in a batch. Caches keyed by a line or sentence only pay off inside one document (the
segmenter and the extractors look at the same line several times); a benchmark that replays
the same documents must clear them between passes or it measures cache hits, not extraction.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, Generic, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
K = TypeVar("K")
V = TypeVar("V")

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


class _WordCache(dict[K, V], Generic[K, V]):
    """A dict that fills itself from ``fn`` (see :func:`word_cache`)."""

    def __init__(self, fn: Callable[[K], V], maxsize: int) -> None:
        super().__init__()
        self.fn = fn
        self.maxsize = maxsize

    def __missing__(self, key: K) -> V:
        if len(self) >= self.maxsize:
            self.clear()
        value = self[key] = self.fn(key)
        return value


def word_cache(maxsize: int) -> Callable[[Callable[[K], V]], Callable[[K], V]]:
    """A cache for a pure function of one word, kept across documents like ``lru_cache`` but
    looked up as a dict: the function becomes the dict's ``__getitem__``, which ``map`` calls
    from C without the argument tuple and recency list an ``lru_cache`` call costs (the word
    caches are asked once per word of a text, thousands of times a document). Past ``maxsize``
    entries it starts afresh; the answers are the same either way."""

    def wrap(fn: Callable[[K], V]) -> Callable[[K], V]:
        return _WordCache(fn, maxsize).__getitem__

    return wrap
