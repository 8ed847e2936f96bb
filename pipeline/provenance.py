"""Collects the span and confidence of every extracted value while extractors run.

Extractors return plain values (what the contract wants) and report where each came from
through a :class:`Prov`, keyed by the value's path in the record (``legal_bases[0].number``).
Keeping the evidence apart from the values keeps the contract's shapes untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    confidence: float
    rule: str = ""


@dataclass
class Prov:
    spans: dict[str, Span] = field(default_factory=dict)

    def add(self, path: str, start: int, end: int, confidence: float, rule: str = "") -> None:
        if start < 0 or end < start:
            raise ValueError(f"bad span for {path}: {start}..{end}")
        self.spans[path] = Span(start, end, max(0.0, min(1.0, confidence)), rule)

    def child(self, prefix: str) -> ScopedProv:
        return ScopedProv(self, prefix)


@dataclass
class ScopedProv:
    """A view of :class:`Prov` that prefixes every path (for items of a list)."""

    parent: Prov
    prefix: str

    def add(self, path: str, start: int, end: int, confidence: float, rule: str = "") -> None:
        full = f"{self.prefix}.{path}" if path else self.prefix
        self.parent.add(full, start, end, confidence, rule)
