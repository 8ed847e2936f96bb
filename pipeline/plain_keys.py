"""The plain key of a whole text (:func:`pipeline.evidence._plain_key`) read as an array.

The key is the ``[0-9a-z]`` runs of the text's fold, one space between. Word by word, a
document's thousands of words are each split off, hashed and looked up: most of the
calibration's cost per document. The same key comes from folding character by character:
a fold decomposes (NFD), drops the marks U+0300–U+036F, writes đ as d and case-folds, all
one character at a time, except that decomposition reorders combining marks, and a mark
never folds to a letter or digit of ASCII, so the reordering moves nothing a run is made of,
and a mark left between two letters parts them either way. So each code point is looked up
in a table of its fold (one character, none, or more), and the runs are cut out of the
array. A text holding a character that folds to more than one (``ß``, ``ﬁ``) is keyed word by
word, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from .textutil import strip_accents

_TABLE = 0x2000  # code points below: one table lookup (the others: looked up one by one)
_DROP = 0xFFFE  # folds to nothing (a mark)
_MULTI = 0xFFFF  # folds to more than one character
_SPACE = 0x20


def _folded_code(c: str) -> int:
    """What a character adds to a key: its fold if that is an ASCII letter or digit, a space
    for any other (it parts runs), or :data:`_DROP` / :data:`_MULTI`."""
    f = strip_accents(c).casefold()
    if not f:
        return _DROP
    if len(f) > 1:
        return _MULTI
    return ord(f) if ("0" <= f <= "9" or "a" <= f <= "z") else _SPACE


@cache
def _table() -> Any:
    import numpy as np

    return np.array([_folded_code(chr(cp)) for cp in range(_TABLE)], dtype=np.uint16)


@lru_cache(maxsize=4096)
def _high_code(cp: int) -> int:
    return _folded_code(chr(cp))


def text_key(s: str, by_words: Callable[[str], str]) -> str:
    """``by_words(s)`` (the plain key made word by word), made from the code points at once."""
    import numpy as np

    cps = np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    high = cps >= _TABLE
    folded = _table().take(np.minimum(cps, _TABLE - 1))
    if high.any():
        # (quotes, dashes, an ellipsis: a few distinct characters, each looked up once)
        codes, where = np.unique(cps[high], return_inverse=True)
        folded[high] = np.array([_high_code(cp) for cp in codes.tolist()], dtype=np.uint16)[where]
    if (folded >= _DROP).any():
        if (folded == _MULTI).any():
            return by_words(s)
        folded = folded[folded != _DROP]
    # one space for each run of others, none at the ends (splitting the key into its thousands
    # of words to join them again costs more than all of the above)
    chars = folded.astype(np.uint8)
    if not chars.size:
        return ""
    space = chars == _SPACE
    after_space = np.empty_like(space)
    after_space[0] = True
    after_space[1:] = space[:-1]
    key = chars[~(space & after_space)].tobytes().decode("ascii")
    return key[:-1] if key.endswith(" ") else key
