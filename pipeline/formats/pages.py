"""Join per-page text (and OCR words) into one decoded text with page start offsets.

Readers of paged formats (PDF, multi-page TIFF) produce one text per page; the segmenter reads
one text, and provenance needs to map an offset back to its page and, for OCR'd pages, to the
words under it. Pages are separated by a blank line so no sentence runs across a page break
unnoticed (the normalizer rejoins a sentence that really does).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..ingest import Word

PAGE_BREAK = "\n\n"


def join_pages(pages: Iterable[tuple[str, Iterable[Word]]]) -> tuple[str, tuple[int, ...], tuple[Word, ...]]:
    """``(page_text, words with offsets relative to that page)`` per page, in page order →
    ``(text, page_starts, words with offsets into text)``."""
    parts: list[str] = []
    starts: list[int] = []
    words: list[Word] = []
    pos = 0
    for i, (text, page_words) in enumerate(pages):
        if i:
            parts.append(PAGE_BREAK)
            pos += len(PAGE_BREAK)
        starts.append(pos)
        parts.append(text)
        words.extend(replace(w, start=w.start + pos, end=w.end + pos) for w in page_words)
        pos += len(text)
    return "".join(parts), tuple(starts), tuple(words)
