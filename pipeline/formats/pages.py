"""Join per-page text (and OCR words) into one decoded text with page start offsets.

Readers of paged formats (PDF, multi-page TIFF) produce one text per page; the segmenter reads
one text, and provenance needs to map an offset back to its page and, for OCR'd pages, to the
words under it. Pages are separated by a blank line so no sentence runs across a page break
unnoticed, unless the reader saw on the page geometry that a paragraph runs on to the next
page: then it gives the seam (two characters, like the blank line, so offsets do not depend
on it) — spaces for a wrapped line, a space and a newline for a line of the same paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..ingest import Word

if TYPE_CHECKING:  # pragma: no cover
    from ..ocr.layout import PageEdges

PAGE_BREAK = "\n\n"
# A lone page number as printed in a page's top or bottom margin ("2", "- 2 -", "Trang 2", "2/5").
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*$", re.I)


def join_pages(
    pages: Iterable[tuple[str, Iterable[Word]]], seams: Sequence[str] | None = None
) -> tuple[str, tuple[int, ...], tuple[Word, ...]]:
    """``(page_text, words with offsets relative to that page)`` per page, in page order →
    ``(text, page_starts, words with offsets into text)``. ``seams[k - 1]``, when given, goes
    between page ``k - 1`` and page ``k`` in place of :data:`PAGE_BREAK`."""
    parts: list[str] = []
    starts: list[int] = []
    words: list[Word] = []
    pos = 0
    for i, (text, page_words) in enumerate(pages):
        if i:
            seam = seams[i - 1] if seams is not None else PAGE_BREAK
            if len(seam) != len(PAGE_BREAK):
                raise ValueError(f"a page seam is {len(PAGE_BREAK)} characters, not {seam!r}")
            parts.append(seam)
            pos += len(seam)
        starts.append(pos)
        parts.append(text)
        words.extend(replace(w, start=w.start + pos, end=w.end + pos) for w in page_words)
        pos += len(text)
    return "".join(parts), tuple(starts), tuple(words)


def ocr_seams(edges: Sequence[PageEdges | None]) -> list[str]:
    """The seams between consecutive OCR'd pages (:func:`pipeline.ocr.layout.page_seam`);
    a blank line next to a page that has no edges (not OCR'd, or empty)."""
    from ..ocr.layout import page_seam

    return [page_seam(a, b) if a is not None and b is not None else PAGE_BREAK
            for a, b in zip(edges, edges[1:], strict=False)]
