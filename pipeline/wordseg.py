"""Vietnamese word segmentation for the short spans where word boundaries matter.

Vietnamese writes one syllable per space-separated token, so "where does this unit name end"
(``Sở Tài chính | chủ trì``) or "is ``lập`` a verb here or part of ``thành lập``" needs word
segmentation. underthesea's CRF segmenter does it well but costs ~0.5 ms per short sentence
and mangles tokens it has not seen: ``30/2020/NĐ-CP`` comes back as ``30/2020 / NĐ-CP``.
This wrapper therefore

* masks document numbers, dates and upper-case abbreviations before segmenting and puts them
  back afterwards, so each stays one token;
* caches results (the same headings and names recur across a corpus);
* counts the time spent, so the benchmark can report the share of segmentation
  (:func:`stats`);
* falls back to syllables when underthesea is not installed, so the pipeline still runs.

Callers should only pass short spans (a unit name and the words after it), never whole
documents.
"""

from __future__ import annotations

import gc
import re
import time
from typing import Any

from .caching import per_text_cache

# Protected shapes, longest first: document numbers (30/2020/NĐ-CP, 14-KH/TU, 174/UBND-VP6),
# numeric dates (29/9/2025, 01-10-2025), clock times (13h30), and abbreviations (UBND, GD&ĐT,
# KH&CN, GDNN-GDTX, TP.HCM).
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
PROTECT = re.compile(
    rf"""
    \d+(?:[.,]\d+)*(?:[/\-][0-9A-Za-z{_UPPER}đ&.]+)*/[0-9A-Za-z{_UPPER}đ&\-.]*[0-9A-Za-z{_UPPER}đ]  # numbers with a slash
    | \d+-[{_UPPER}]+(?:/[0-9A-Za-z{_UPPER}đ\-]+)+            # Party style 14-KH/TU
    | \d{{1,2}}[/\-.]\d{{1,2}}[/\-.]\d{{2,4}}                 # dates
    | \d{{1,2}}h\d{{0,2}}'?                                   # 13h30
    | [{_UPPER}][{_UPPER}0-9]*(?:[&.\-][{_UPPER}0-9]+)+      # GD&ĐT, GDNN-GDTX, TP.HCM
    | [{_UPPER}]{{2,}}[0-9]*                                   # UBND, QH15
    """,
    re.VERBOSE,
)
_PLACEHOLDER = "Xmask{}x"
_PLACEHOLDER_RE = re.compile(r"Xmask(\d+)x")

_STATS: dict[str, float] = {"calls": 0, "misses": 0, "seconds": 0.0}
_SEGMENTER: Any = None
_AVAILABLE: bool | None = None


def _load() -> Any:
    """Import underthesea lazily (its import alone costs ~0.5 s)."""
    global _SEGMENTER, _AVAILABLE
    if _AVAILABLE is None:
        try:
            from underthesea import word_tokenize

            _SEGMENTER = word_tokenize
            _AVAILABLE = True
            # its import leaves tens of thousands of objects (word lists, sets, models) that
            # live as long as the process: out of the collector's generations, every full
            # collection after this one need not walk them again (a third of a batch's
            # collection time); garbage pending now is collected first
            gc.collect()
            gc.freeze()
        except Exception:  # noqa: BLE001 - any failure means: fall back to syllables
            _AVAILABLE = False
    return _SEGMENTER if _AVAILABLE else None


def available() -> bool:
    """Whether the real segmenter is installed (else tokens are syllables)."""
    return _load() is not None


def mask(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace protected tokens by placeholders; returns the masked text and the originals."""
    found: list[str] = []

    def repl(m: re.Match[str]) -> str:
        found.append(m.group(0))
        return _PLACEHOLDER.format(len(found) - 1)

    return PROTECT.sub(repl, text), tuple(found)


def unmask(token: str, originals: tuple[str, ...]) -> str:
    return _PLACEHOLDER_RE.sub(lambda m: originals[int(m.group(1))], token)


@per_text_cache(8192)
def _segment(text: str) -> tuple[str, ...]:
    _STATS["misses"] += 1
    masked, originals = mask(text)
    seg = _load()
    if seg is None:
        toks = masked.split()
    else:
        toks = seg(masked)
    return tuple(unmask(t, originals) for t in toks)


def tokenize(text: str) -> tuple[str, ...]:
    """Words of ``text``; a multi-syllable word is one string with its spaces (``"chủ trì"``).

    Document numbers, dates and abbreviations come back whole (``"30/2020/NĐ-CP"``).
    """
    _load()  # the one-off import is not segmentation time
    t0 = time.perf_counter()
    try:
        return _segment(text)
    finally:
        _STATS["calls"] += 1
        _STATS["seconds"] += time.perf_counter() - t0


def tokenize_spans(text: str) -> list[tuple[str, int, int]]:
    """Words of ``text`` with their ``(start, end)`` offsets in ``text``.

    The segmenter may normalise inner whitespace; each word's syllables are found left to
    right in the original (a word the segmenter changed is skipped rather than misplaced).
    """
    out: list[tuple[str, int, int]] = []
    pos = 0
    for tok in tokenize(text):
        sylls = tok.split()
        if not sylls:
            continue
        start = text.find(sylls[0], pos)
        if start < 0:
            continue
        end = start + len(sylls[0])
        for syl in sylls[1:]:
            nxt = text.find(syl, end)
            if nxt < 0 or text[end:nxt].strip():
                end = -1
                break
            end = nxt + len(syl)
        if end < 0:
            continue
        out.append((text[start:end], start, end))
        pos = end
    return out


def stats() -> dict[str, float]:
    """Calls, cache misses and seconds spent in word segmentation since the last reset."""
    return dict(_STATS)


def reset_stats() -> None:
    _STATS.update(calls=0, misses=0, seconds=0.0)
