"""Text that a Vietnamese word segmenter wrote out ("Quyết_định về việc thành_lập ban chỉ_đạo
… ngày 25 tháng 12 năm 2001 ;"): NLP datasets and classification corpora keep documents this way,
the syllables of one word joined by ``_`` and every punctuation mark set apart as a token. Every
reader downstream looks for words as printed ("Căn cứ", "Quyết định", "Điều 1."), so the text is
written back: each joining underscore becomes the space it stands for (same length: spans hold)
and the space the tokenizer put before a closing mark or after an opening bracket goes.

Only a text that is segmented as a whole is touched — a share of its words joined this way that
no document has ([word_segmented] in rules/restore.toml) — so an identifier, a file name or a
YAML key with an underscore in an ordinary document stays as written."""

from __future__ import annotations

import re
from functools import cache

from .resources import load_rules

Edit = tuple[int, int, str]

# a word whose syllables the segmenter joined: letters only on each side of each underscore
_JOINED = re.compile(r"(?<![\w/.:@-])[^\W\d_]+(?:_[^\W\d_]+)+(?![\w/@-]|\.[^\W\d_])")
_TOKEN = re.compile(r"\S+")
# the tokenizer's space before a closing mark, after an opening one
_SPACED_MARK = re.compile(r"(?<=\S) +(?=[.,;:!?)\]”](?:\s|$))|(?<=[(\[“]) +(?=\S)")


@cache
def _limits() -> tuple[int, float]:
    r = load_rules("restore").get("word_segmented", {})
    return int(r.get("min_joined", 20)), float(r.get("min_share", 0.15))


def _joined_words(text: str) -> list[re.Match[str]]:
    """The text's joined words when it reads as a segmenter's output (see the module
    docstring), else none."""
    if "_" not in text:
        return []
    min_joined, min_share = _limits()
    joined = list(_JOINED.finditer(text))
    if len(joined) < min_joined or len(joined) < min_share * sum(1 for _ in _TOKEN.finditer(text)):
        return []
    return joined


def is_word_segmented(text: str) -> bool:
    """Whether ``text`` reads as a word segmenter's output (see the module docstring)."""
    return bool(_joined_words(text))


def word_segmented_edits(text: str) -> list[Edit]:
    """Edits writing a segmented text back as printed (none for any other text)."""
    joined = _joined_words(text)
    if not joined:
        return []
    edits: list[Edit] = []
    for m in joined:
        edits.extend((m.start() + i, m.start() + i + 1, " ") for i, c in enumerate(m.group()) if c == "_")
    edits.extend((m.start(), m.end(), "") for m in _SPACED_MARK.finditer(text))
    edits.sort()
    return edits
