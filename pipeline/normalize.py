"""Text normalization with an offset map back to the decoded input.

``normalize(text)`` makes the text the segmenter and the extractors read:

1. legacy repair: TCVN3/VNI text shown through a Western code page is converted
   (:func:`pipeline.encoding.repair_legacy_edits`);
2. Unicode: HTML entities decoded, zero-width characters dropped, NBSP and the other Unicode
   spaces made ``" "``, ``\\r\\n``/``\\r`` made ``\\n``, NFC;
   a word segmenter's output written back as printed (``Quyết_định … 2001 ;`` → ``Quyết định
   … 2001;``, :mod:`pipeline.word_segmented`);
3. markdown left by Word/HTML converters: emphasis markers (also unbalanced ones across line
   breaks; ``_italic_`` on one line), image references (``![alt](src)``) and link targets
   (``[text](url)`` keeps its text), heading markers, table-pipe lines (emptied, also
   ``---|---``), backslash escapes; ``* `` bullets become ``- ``; ``(*)`` marks and
   horizontal rules (``---``) are kept;
4. quotes: odd double quotes (``„ ‟ « » '' ``...``) become ``“ ”``, ``‘ ′`` used as
   apostrophes or minute marks become ``’``;
5. modern tone placement (``hoà`` → ``hòa``, ``thuỷ`` → ``thủy``, ``UỶ`` → ``ỦY``), a rule
   over the syllable structure (:func:`fix_tone_placement`); in a text printed without any
   marks (an OCR model without Vietnamese), the marks of lexicon phrases put back, one
   character for one (:mod:`pipeline.diacritics`: ``Can cu Nghi dinh so 12/2025/ND-CP`` →
   ``Căn cứ Nghị định số 12/2025/NĐ-CP``);
6. whitespace: runs of spaces/tabs → one space, no leading/trailing spaces, at most two
   newlines in a row;
7. lines hard-wrapped mid-sentence are joined (the ``\\n`` becomes a space), see
   :func:`_joins`: a line that stops mid-sentence goes on when the next one starts in lower
   case, with a digit, ``(`` or a quote, or when it is long (45 to 100 characters), unless the
   next line starts a list item, a section, ``Điều``, ``Căn cứ``, ``Nơi nhận``, ``Số:``... It
   also goes on when it ends with a comma or with a word no sentence ends with (``các``,
   ``của``, ``và``...), when it is only a section marker (``I.``), when the next line goes on
   with a year range (``2026\\n- 2030``), and, in documents the converter hard-wrapped, when
   the break lies inside a bold/italic run. A line never goes on after the header's date line
   or into a type line (``KẾ HOẠCH``), a preamble opener in capitals, a page number, or — from
   capitals — a sentence. Where a tool made every wrapped line a paragraph
   (:func:`_lines_as_paragraphs`: a blank line after each, many going on in lower case), or a
   page was padded to one width (:func:`_padded`, pdfplumber's layout mode), a single blank
   line between two lines is judged the same way (and a title in capitals after its type
   line goes on in capitals). A markdown hard break (two trailing spaces, unless the page is
   padded) and a tab-separated table row stop a join and keep two trailing spaces where the
   text alone would join.

Markdown is removed before quotes and tone marks are touched: a deleted marker can bring
letters or quote characters together (``ho**à**``, ``'*'``), and those steps must see the
result. For real documents the order makes no difference.

Every step is a list of edits ``(start, end, replacement)`` on its input; edits that change the
length leave two anchor points ``(output position, input position)`` in that step's
:class:`_Map` (``array('i')``, bisect). ``NormalizedText`` keeps the maps of the steps that
changed lengths and walks them to translate spans either way. Where one pass cannot settle the
text (an escaped ``\\*`` becomes a ``*`` the next pass would read as markup, an entity decodes to
markup, a deleted marker makes a new heading, mixed legacy text), another pass runs on the
result and its maps are chained, so ``normalize(normalize(x).text).text == normalize(x).text``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from . import space_tables
from .caching import per_text_cache, word_cache
from .dates import FULL_DATE
from .diacritics import restore_edits
from .encoding import (
    CLOSED_NUCLEI,
    COMPOSE,
    DIACRITIC_VOWELS,
    OPEN_NUCLEI,
    SYLLABLE,
    TONED,
    is_vietnamese_syllable,
    lookalike_edits,
    repair_legacy_edits,
    split_tone,
)
from .headerzone import CELL_DATE, MARRED_ADDRESSEE, SO_CUE
from .latex_text import latex_text_edits
from .layout import reflow_columns
from .lexicon import central_body_names, is_signed_mark, positions, starts_with_org_head
from .resources import load_rules
from .tab_tables import tab_table_edits
from .textutil import LOWER, UPPER, fold, fuzzy_starts, is_upper_line
from .word_segmented import word_segmented_edits

__all__ = ["NormalizedText", "fix_tone_placement", "normalize", "normalize_value"]

Edit = tuple[int, int, str]

# ---------------------------------------------------------------------------------------------
# Offset maps
# ---------------------------------------------------------------------------------------------


class _Map:
    """Piecewise-identity map between a step's output and its input.

    ``outs[i]``/``ins[i]`` are anchor points; between two anchors the text is copied, so a
    position moves by the anchor's offset, clipped at the next anchor (replaced stretches map
    onto their whole source). Deletions leave two anchors with the same output position: a
    span *start* there maps after the deleted text, a span *end* before it.
    """

    __slots__ = ("ins", "outs")

    def __init__(self, outs: array, ins: array) -> None:
        self.outs = outs
        self.ins = ins

    @staticmethod
    def _walk(src: array, dst: array, p: int, end: bool) -> int:
        if end:
            i = bisect_left(src, p)
            if i == len(src) or src[i] != p:
                i -= 1
        else:
            i = bisect_right(src, p) - 1
        if i < 0:
            return p
        q = dst[i] + (p - src[i])
        if i + 1 < len(dst) and q > dst[i + 1]:
            q = dst[i + 1]
        return q

    def back(self, p: int, end: bool) -> int:
        return self._walk(self.outs, self.ins, p, end)

    def fwd(self, p: int, end: bool) -> int:
        return self._walk(self.ins, self.outs, p, end)


class _PieceMap:
    """Map of a step that moves text around (:mod:`pipeline.layout`): the output is made of
    pieces ``(output start, input start, length)`` copied from the input, joined by inserted
    characters. A position in a gap (an inserted newline, dropped alignment spaces) maps to the
    next piece for a span start, to the previous one for a span end."""

    __slots__ = ("by_in", "by_out", "in_keys", "out_keys")

    def __init__(self, pieces: list[tuple[int, int, int]]) -> None:
        self.by_out = sorted(pieces)
        self.by_in = sorted((i, o, n) for o, i, n in pieces)
        self.out_keys = [p[0] for p in self.by_out]
        self.in_keys = [p[0] for p in self.by_in]

    @staticmethod
    def _walk(keys: list[int], segs: list[tuple[int, int, int]], p: int, end: bool) -> int:
        if not segs:
            return p
        k = bisect_right(keys, p) - 1
        if end and k > 0 and segs[k][0] == p and segs[k - 1][0] + segs[k - 1][2] == p:
            k -= 1  # an end at a seam belongs to the piece before it
        if k >= 0 and p <= segs[k][0] + segs[k][2]:
            return segs[k][1] + (p - segs[k][0])
        if end:
            return segs[k][1] + segs[k][2] if k >= 0 else segs[0][1]
        return segs[k + 1][1] if k + 1 < len(segs) else segs[k][1] + segs[k][2]

    def back(self, p: int, end: bool) -> int:
        return self._walk(self.out_keys, self.by_out, p, end)

    def fwd(self, p: int, end: bool) -> int:
        return self._walk(self.in_keys, self.by_in, p, end)

    def split(self, s: int, e: int) -> list[tuple[int, int]]:
        """``[s, e)`` of the output cut at the seams between pieces, the inserted characters
        (newlines, dropped alignment) left out: each part lies inside one copied piece."""
        k = max(0, bisect_right(self.out_keys, s) - 1)
        out: list[tuple[int, int]] = []
        for o, _, n in self.by_out[k:]:
            if o >= e:
                break
            a, b = max(s, o), min(e, o + n)
            if a < b:
                out.append((a, b))
        return out


def _apply(text: str, edits: Iterable[Edit]) -> tuple[str, _Map | None]:
    """Apply sorted, non-overlapping edits; the map is None when no length changed."""
    parts: list[str] = []
    outs = array("i")
    ins = array("i")
    pos = 0
    delta = 0  # output position - input position
    for s, e, r in edits:
        parts.append(text[pos:s])
        parts.append(r)
        pos = e
        if len(r) != e - s:
            outs.append(s + delta)
            ins.append(s)
            delta += len(r) - (e - s)
            outs.append(e + delta)
            ins.append(e)
    if not parts:
        return text, None
    parts.append(text[pos:])
    return "".join(parts), (_Map(outs, ins) if len(outs) else None)


@dataclass(frozen=True)
class NormalizedText:
    """The normalized text, the decoded input it came from, and the map between them."""

    text: str  # normalized text
    original: str  # the decoded input text, untouched
    legacy_encoding: str | None = None  # "tcvn3"/"vni" when the input had to be repaired
    _maps: tuple[_Map | _PieceMap, ...] = field(default=(), repr=False, compare=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the span of ``original`` it came from."""
        n = len(self.text)
        s = min(max(start, 0), n)
        e = min(max(end, s), n)
        empty = s == e
        for m in reversed(self._maps):
            s = m.back(s, False)
            e = m.back(e, True)
        # an empty span is a point: at a seam between moved pieces its two ends map to
        # different pieces, whose hull is not empty
        return (s, s) if empty else (s, max(s, e))

    @property
    def moved(self) -> bool:
        """Whether a layout step moved text around (a two-column block read column by column):
        then a span of ``text`` may come from several places of ``original``."""
        return any(isinstance(m, _PieceMap) for m in self._maps)

    def to_original_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of ``original`` a ``[start, end)`` span of ``text`` was copied from, in the
        order of ``text``. One span, the same as :meth:`to_original`, unless a layout step
        moved text around (:func:`pipeline.layout.reflow_columns` puts a two-column block's
        columns one after the other): then a span across a seam came from several places, and
        the single span :meth:`to_original` gives (from the first piece's start to the last
        piece's end) also holds the other column's text, or misses some of the span's own."""
        n = len(self.text)
        s = min(max(start, 0), n)
        e = min(max(end, s), n)
        if s == e:
            return [self.to_original(s, e)]
        spans = [(s, e)]
        for m in reversed(self._maps):
            if isinstance(m, _PieceMap):
                spans = [part for a, b in spans for part in m.split(a, b)] if any(b > a for a, b in spans) else spans
            mapped = []
            for a, b in spans:
                a2 = m.back(a, False)
                mapped.append((a2, max(a2, m.back(b, True))))
            spans = mapped
        return [sp for sp in spans if sp[1] > sp[0]] or [self.to_original(s, s)]

    def note_calls(self) -> tuple[tuple[int, str], ...]:
        """Where the text called a note before normalization dropped the call's mark ("… ban
        hành nhiều văn bản[1] chỉ đạo …"): each call's offset in ``text`` and the note's label.
        The mark goes so that no reading takes it for part of a word or a number; a reader that
        follows a call (the grounds a document lists in its note) finds it here."""
        if "[" not in self.original:
            return ()
        return tuple((self.to_normalized(m.start(), m.start())[0], m.group()[1:-1])
                     for m in _FOOTNOTE_MARK.finditer(self.original))

    def row_breaks(self) -> tuple[int, ...]:
        """Where a table written a cell a line between pipe lines ("|" / cell / "|" / cell … "|")
        ends one row and opens the next: two pipe lines in a row (a website's export of an HTML
        table, a row's closing pipe over the next row's opening one). Normalization empties
        the pipe lines, so in ``text`` a row's end looks like any cell's; a table reader that
        knows where rows end reads a row whose leading cells were merged with the rows above
        (rowspan) as the short row it is. Offsets in ``text``, ascending."""
        return tuple(self.to_normalized(o, o)[0] for o, under in self._pipe_alone() if under)

    def pipe_lines(self) -> tuple[int, ...]:
        """Where each pipe line alone stood ("|": every cell of a table written a cell a line
        between pipe lines opens after one; a line above the table does not), as offsets in
        ``text``, ascending (see :meth:`row_breaks`)."""
        return tuple(self.to_normalized(o, o)[0] for o, _under in self._pipe_alone())

    def _pipe_alone(self) -> list[tuple[int, bool]]:
        """Each pipe line alone in ``original``: its offset, and whether it stands right under
        another that is not itself the second of a pair (the two mark a row's end; in a run of
        pipe lines they pair off from the top)."""
        if "\n|" not in self.original:
            return []
        out: list[tuple[int, bool]] = []
        prev_end, prev_under = -2, False
        for m in _PIPE_ALONE.finditer(self.original):
            under = m.start() == prev_end + 1 and not prev_under
            out.append((m.start(), under))
            prev_end, prev_under = m.end(), under
        return out

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``original`` into ``text`` (best effort)."""
        n = len(self.original)
        s = min(max(start, 0), n)
        e = min(max(end, s), n)
        for m in self._maps:
            s = m.fwd(s, False)
            e = m.fwd(e, True)
        return s, max(s, e)


# ---------------------------------------------------------------------------------------------
# Step 2: entities, invisible characters, spaces, line ends, NFC
# ---------------------------------------------------------------------------------------------

_ENTITY = re.compile(
    r"&(?:amp;)*(?:(nbsp|amp|lt|gt|quot|apos)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));"
)
_NAMED = {"nbsp": "\xa0", "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_SAFE_DECODED = frozenset(" \xa0<>\"'.,;:()/-%")


def _entity_edits(text: str) -> tuple[list[Edit], bool]:
    edits: list[Edit] = []
    dirty = False
    for m in _ENTITY.finditer(text):
        name, dec, hexa = m.groups()
        if name:
            r = _NAMED[name]
        else:
            cp = int(dec) if dec else int(hexa, 16)
            r = html.unescape(f"&#{cp};") if 0 < cp <= 0x10FFFF else "\ufffd"
        if not all(c.isalnum() or c in _SAFE_DECODED for c in r):
            dirty = True  # e.g. &#42; -> "*": let the next pass treat it as markup
        edits.append((m.start(), m.end(), r))
    return edits, dirty


# (each tested with ``in``, which runs at memory speed, before the class is searched for: a text
# the first pass cleaned holds none of them, and the class costs twenty times more to scan)
_CLEAN_CHARS = (
    "\r\u2028\u2029\x85\x0b\x0c\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
)
_CLEAN = re.compile("[" + re.escape(_CLEAN_CHARS) + "]")
_NEWLINES = frozenset("\r\u2028\u2029\x85\x0b\x0c")
_INVISIBLE_CHARS = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


# the name LibreOffice gives a drawing object ("Shape1"), which its HTML export writes into the
# cell the drawing is anchored in, even inside a word ("SShape1   ố: 12/KH" for "Số: 12/KH")
_DRAWING_NAME = re.compile(r"Shape\d+[ \t]*")


# a slash a converter left glued to the start of a line in capitals ("/ỦY BAN NHÂN DÂN"): the
# remains of a drawn rule or a cell border, never text (a wrapped number's "/QĐ-UBND" has no space)
_STRAY_SLASH = re.compile(rf"(?m)^[ \t]*(/)(?=[{UPPER}]{{2,}}[ \t]+[{UPPER}]{{2,}})")
# the same slash found by itself (the search skips to each "/"), its line's start checked after
_SLASH_BEFORE_CAPS = re.compile(rf"/(?=[{UPPER}]{{2,}}[ \t]+[{UPPER}]{{2,}})")


def _stray_slashes(text: str) -> list[int]:
    """Offsets of the slashes ``_STRAY_SLASH`` finds: a slash before two words in capitals with
    nothing but spaces and tabs before it on its line. Anchored at every line start, that
    pattern was tried at every position of the text."""
    out = []
    for m in _SLASH_BEFORE_CAPS.finditer(text):
        s = m.start()
        if not text[text.rfind("\n", 0, s) + 1 : s].strip(" \t"):
            out.append(s)
    return out


# marks a scan's margin left before a cue read at a line's start — the number cell, the Nơi
# nhận list ("_ Số:30 /CT-TTg …", "‘ Số: 12/…", "_ Nơi nhận:"): no part of the line (a table's
# pipe is the row's own, and a mark run into the cue, "_Nơi nhận:_", is markdown's emphasis)
_NOISE_BEFORE_CUE = re.compile(
    rf"(?m)^[ \t]*(?:[_‘’'`~^•][ \t]+){{1,3}}(?={SO_CUE}\s*[:.]?\s*\d|[A-ZĐ][ơo]i\s+nh[ậa]n\s*:)")


def _clean_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if "S" in text or "nhận" in text:
        edits.extend((m.start(), m.end(), "") for m in _NOISE_BEFORE_CUE.finditer(text))
    if "Shape" in text:
        edits.extend((m.start(), m.end(), "") for m in _DRAWING_NAME.finditer(text))
    if "/" in text:
        edits.extend((s, s + 1, "") for s in _stray_slashes(text))
    for m in _CLEAN.finditer(text) if any(c in text for c in _CLEAN_CHARS) else ():
        c = m.group()
        s = m.start()
        if c == "\r" and text.startswith("\n", s + 1):
            edits.append((s, s + 1, ""))  # \r\n: the \n stays
        elif c in _NEWLINES:
            edits.append((s, s + 1, "\n"))
        elif c in _INVISIBLE_CHARS:
            edits.append((s, s + 1, ""))
        else:
            edits.append((s, s + 1, " "))
    return sorted(edits)


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


# A base letter and its marks longer than this is not writing (Vietnamese stacks at most two
# marks): it is mapped with one coarse edit, since the clean split below tries every cut and
# normalizes the rest at each, which costs the square of the cluster's length.
MAX_CLUSTER = 16


def _split_cluster(start: int, seg: str, n: str) -> list[Edit]:
    """Edits turning ``seg`` into its NFC ``n`` one output character at a time where the
    source splits cleanly (``e + ̂ + ́ + ́`` → ``ế`` from three characters, then ``́``)."""
    edits: list[Edit] = []
    if len(seg) > MAX_CLUSTER:
        end = start + len(seg)
        return [(start, end, n[0]), (end, end, n[1:])]
    i = 0
    for j in range(len(n)):
        for k in range(i + 1, len(seg) + 1):
            if unicodedata.normalize("NFC", seg[i:k]) == n[j] and unicodedata.normalize(
                "NFC", seg[k:]
            ) == n[j + 1 :]:
                if seg[i:k] != n[j]:
                    edits.append((start + i, start + k, n[j]))
                i = k
                break
        else:
            # no clean split (marks were reordered): the first character takes the whole
            # rest of the source, the others map to its end
            end = start + len(seg)
            edits.append((start + i, end, n[j]))
            if j + 1 < len(n):
                edits.append((end, end, n[j + 1 :]))
            return edits
    return edits


def _nfc(text: str) -> tuple[str, _Map | None]:
    """NFC, composing each base letter with its combining marks so that offsets stay local."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    edits: list[Edit] = []
    for m in _COMBINING.finditer(text):
        s = m.start() - 1 if m.start() > 0 else 0
        seg = text[s : m.end()]
        n = unicodedata.normalize("NFC", seg)
        if n == seg:
            continue
        if len(n) == 1:
            edits.append((s, m.end(), n))
        else:
            edits.extend(_split_cluster(s, seg, n))
    out, mp = _apply(text, edits)
    if unicodedata.is_normalized("NFC", out):
        return out, mp
    # Rare compositions outside the combining blocks (Hangul jamo, singletons): one coarse edit.
    full = unicodedata.normalize("NFC", text)
    a = 0
    lim = min(len(text), len(full))
    while a < lim and text[a] == full[a]:
        a += 1
    b = 0
    while b < lim - a and text[-1 - b] == full[-1 - b]:
        b += 1
    e = len(text) - b
    rep = full[a : len(full) - b]
    return _apply(text, [(a, e, rep[:1]), (e, e, rep[1:])] if len(rep) > 1 else [(a, e, rep)])


# ---------------------------------------------------------------------------------------------
# Step 3: markdown
# ---------------------------------------------------------------------------------------------

# Line-level markup is looked for only where a line starts with one of its characters.
_LINE_MD_START = re.compile(r"\n[ \t]*[|#*:`~>-]")
# a block quote's marker ("> c) Ô tô điện …": a site's quoted amended text)
_QUOTE_MARK = re.compile(r"[ \t]*(?:>[ \t]?)+(?=[^\s>])")
# a pipe line alone (NormalizedText.pipe_lines; two in a row end a table's row: row_breaks)
_PIPE_ALONE = re.compile(r"(?m)^[ \t]*\|[ \t]*$")
# a line of nothing but pipes and rules: a pipe table's edge or its head's rule, with or
# without outer pipes (html2text writes ``---|---``); a rule alone (``---``) is kept
_PIPE_LINE = re.compile(r"[ \t]*(?:\||:?-+:?[ \t]*\|)[ \t|:-]*(?=\n|$)")
_HEADING = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t]+|(?=\n|$)))+")
# a code fence (```, ~~~, with its language tag) a converter or a chat tool put around the text
_FENCE = re.compile(r"[ \t]*(?:`{3,}|~{3,})[\w-]*[ \t]*(?=\n|$)")
_BULLET = re.compile(r"[ \t]*\*(?=[ \t]+[^\n]*[^\s*])")
_STARS = re.compile(r"\*+")
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_DUNDER = re.compile(r"(?<!_)__(?!_)")
# a bold run closed right where the next opens, glued to its last word ("__Kể____ từ ngày__"): the
# four underscores are two markers (a blank to fill in, "Số: ____", stands after a space)
_DUNDER_PAIR = re.compile(r"(?<![\w_])__(?=[^\s_])[^_\n]*?[^\s_](?P<pair>____)(?=[ \t]+[^\s_])")
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")
# ``_italic_`` (html2text, mammoth, markdownify): one underscore each side, on one line, not
# inside a word (``ho_ten``) nor a blank to fill in (``Số: ____``)
_UNDERSCORE_EM = re.compile(r"(?<![\w_\\])_(?=[^\s_])[^_\n]*?[^\s_\\]_(?![\w_])")
_RISKY_ESCAPED = frozenset("*_#|\\`&[")
# pandoc's hard line break: a backslash ending a line (``Ban Chấp hành\\`` / ``Trung ương``), or
# ending a table cell, where the next column follows after a run of spaces; the break it marks
# is a line break, never a wrap inside a styled run
_HARD_BREAK = re.compile(r"(?<!\\)\\(?=[ \t]*(?:\n|$)| {2,}\S)")
# … and a break written as a run of backslashes alone between a cell's lines ("BAN CHẤP HÀNH
# TRUNG ƯƠNG  \\\  Số: …": an escaped backslash and the break, a Word converter's): no character
_BREAK_RUN = re.compile(r"(?<= )\\{2,3}(?= {2,}\S)")


def _line_markup(text: str) -> tuple[list[Edit], list[int], set[int]]:
    """Table-pipe lines emptied, heading markers dropped, ``* `` bullets made ``- ``."""
    edits: list[Edit] = []
    pipes: list[int] = []
    bullets: set[int] = set()
    starts = [m.start() + 1 for m in _LINE_MD_START.finditer(text)]
    if text[:1] in ("|", "#", "*", ":", "-", " ", "\t", "`", "~", ">"):
        starts.insert(0, 0)
    for ls in starts:
        qm = _QUOTE_MARK.match(text, ls) if ">" in text[ls : ls + 8] else None
        if qm:
            edits.append((ls, qm.end(), ""))
            continue
        pm = _PIPE_LINE.match(text, ls)
        if pm:
            if pm.end() > ls:
                edits.append((ls, pm.end(), ""))
            pipes.append(ls)
            continue
        fm = _FENCE.match(text, ls)
        if fm:
            edits.append((ls, fm.end(), ""))
            continue
        hm = _HEADING.match(text, ls)
        if hm:
            if ls > 1 and text[ls - 2] not in "\n " and hm.end() < len(text) and text[hm.end()] != "\n":
                # a heading opens a line of its own: the break before it is hard, whatever the
                # width of the line above ("… của Sở A" / "## Tiêu đề" is no wrap)
                edits.append((ls - 1, ls - 1, "  "))
            edits.append((ls, hm.end(), ""))
            continue
        edits.extend(_wrapped_row(text, ls))
        bm = _BULLET.match(text, ls)
        if bm and not _italic_line(text, ls):
            edits.append((bm.end() - 1, bm.end(), "-"))
            bullets.add(bm.end() - 1)
    return edits, pipes, bullets


# a pipe-table row that opens with a pipe and does not close on its line; the line that closes
# it opens without one
_ROW_OPEN = re.compile(r"[ \t]*\|[^\n]*[^\s|][ \t]*(?=\n)")
_ROW_GOES_ON = re.compile(r"\n[ \t]*(?![ \t|#*:`\-\n])[^\n]*")


def _wrapped_row(text: str, ls: int) -> list[Edit]:
    """A table row wrapped by the tool that wrote it (html2text at 78 columns, a PDF's line
    width: ``| Số: 12/UBND V/v … giao dịch`` / ``chuyển nhượng … | Hà Nội, ngày … |``): the
    line breaks inside it become spaces, up to the line that closes it with a pipe (three at
    most), so that its cells stay one row."""
    m = _ROW_OPEN.match(text, ls)
    if m is None:
        return []
    breaks: list[Edit] = []
    at = m.end()
    for _ in range(3):
        g = _ROW_GOES_ON.match(text, at)
        if g is None:
            return []
        indent = len(g.group()) - len(g.group().lstrip("\n \t"))
        breaks.append((at, at + indent, " "))
        at = g.end()
        if g.group().rstrip().endswith("|"):
            # only in a table whose rows close with a pipe (the row above does, or the head's
            # rule follows): a table written without outer pipes has rows that open with one
            # (an empty first cell) and never close
            before = text[:ls].rstrip(" \t\n").rpartition("\n")[2]
            after = text[at:].lstrip(" \t\n").partition("\n")[0]
            if before.endswith("|") or _PIPE_LINE.fullmatch(after.rstrip()):
                return breaks
            return []
        if "|" in g.group():
            return []
    return []


def _italic_line(text: str, ls: int) -> bool:
    """``*   Hà Nội, ngày …*``: a line in italics whose run starts with spaces (mammoth), not a
    ``* `` bullet: its only other star closes the line."""
    le = text.find("\n", ls)
    line = text[ls : le if le >= 0 else len(text)].rstrip()
    return line.endswith("*") and not line.endswith("**") and line.count("*") == 2


def _alone_on_line(text: str, s: int, e: int) -> bool:
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    return not text[ls:s].strip() and not text[e : len(text) if le < 0 else le].strip()


def _is_dunder_marker(text: str, s: int) -> bool:
    """``__`` opening (nothing wordy before, text after) or closing (the reverse); at a line's
    start or end whatever spaces stand inside it (mammoth keeps a bold run's spaces inside
    its markers: ``__  CỘNG HÒA …__``, ``__an toàn __``)."""
    before = text[s - 1] if s else " "
    after = text[s + 2] if s + 2 < len(text) else " "
    if (not before.isalnum() and not after.isspace()) or (not before.isspace() and not after.isalnum()):
        return True
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", s)
    le = len(text) if le < 0 else le
    return not text[ls:s].strip() or not text[s + 2 : le].strip()


def _markdown(text: str, blank_ends_span: bool = True) -> tuple[list[Edit], list[int], bool]:
    """Edits removing markdown, the newlines that lie inside an emphasis span (the converter
    wrapped a styled run there), and whether another pass is needed."""
    edits, pipes, bullets = _line_markup(text)
    toggles: list[int] = []
    dirty = False
    escaped: set[int] = set()
    hard: set[int] = set()
    if "\\" in text:
        for m in _BREAK_RUN.finditer(text):
            edits.append((m.start(), m.end(), ""))
            escaped.update(range(m.start(), m.end()))
        for m in _ESCAPE.finditer(text):
            s = m.start()
            if s in escaped:
                continue  # "\\\\": the second backslash is the escaped character
            edits.append((s, s + 1, ""))
            escaped.add(s + 1)
            if text[s + 1] in _RISKY_ESCAPED:
                dirty = True
        for m in _HARD_BREAK.finditer(text):
            if m.start() not in escaped:
                nl = text.find("\n", m.end())
                at_end = nl >= 0 and not text[m.end() : nl].strip(" \t")
                # at a line's end the break becomes markdown's other hard break, two spaces,
                # which the line joiner keeps
                edits.append((m.start(), m.end(), "  " if at_end else ""))
                if at_end:
                    hard.add(nl)
    if "*" in text:
        n = len(text)
        for m in _STARS.finditer(text):
            s, e = m.start(), m.end()
            if s in bullets or s in escaped:
                if e - s == 1:
                    continue
                s += 1  # the rest of the run after a bullet or an escaped star
            elif s and text[s - 1] == "(" and e < n and text[e] == ")":
                continue  # "(*)" footnote mark
            edits.append((s, e, ""))
            if not _alone_on_line(text, s, e):
                toggles.append(s)
            # (a star alone on its line is the ornament under a Party body's name in the header,
            # no emphasis: it opens no styled run across the lines below)
    if "__" in text:
        for m in _DUNDER.finditer(text):
            s = m.start()
            if s not in escaped and s + 1 not in escaped and _is_dunder_marker(text, s):
                edits.append((s, s + 2, ""))
                toggles.append(s)
        if "____" in text:
            for m in _DUNDER_PAIR.finditer(text):
                # "__Kể____ từ ngày …__": one bold run closed and the next opened at once
                s = m.start("pair")
                edits.append((s, s + 4, ""))
                toggles.extend((s, s + 2))
    if "<" in text:
        html = [(m.start(), m.end(), _html_line_text(m.group())) for m in _HTML_LINE.finditer(text)]
        if html:
            edits = [e for e in edits if not any(a <= e[0] < b for a, b, _t in html)]
            edits.extend(html)
        # tags inside a line of text: the styling goes, a break parts the lines
        starts = [a for a, _b, _t in html]
        for m in _inline_html().finditer(text):
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < html[k][1]:
                continue  # (on a line of tags alone, removed whole above)
            breaks = False
            if m.group("br") is not None:
                rest = text[m.end() : text.find("\n", m.end()) % (len(text) + 1)]
                before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
                if before.count("|") + rest.count("|") >= 2:
                    continue  # a break inside a table cell: the table reader parts the cell's lines there
                breaks = bool(_HTML_TAGS.sub("", rest).strip() and _HTML_TAGS.sub("", before).strip())
            edits.append((m.start(), m.end(), "\n" if breaks else ""))
    if "](" in text:
        for m in _MD_IMAGE.finditer(text):
            edits.append((m.start(), m.end(), ""))
        for m in _MD_LINK.finditer(text):
            edits.extend(((m.start(), m.start() + 1, ""), (m.end("t"), m.end(), "")))
    if "_" in text:
        for m in _UNDERSCORE_EM.finditer(text):
            s, e = m.start(), m.end()
            if s not in escaped and e - 1 not in escaped:
                edits.extend(((s, s + 1, ""), (e - 1, e, "")))
    if not edits:
        return [], [], False
    edits.sort()
    # a marker inside a line the line markup empties whole ("````__": a fence line) is gone with
    # it: edits never overlap
    kept: list[Edit] = []
    for e in edits:
        if kept and e[0] < kept[-1][1]:
            continue
        kept.append(e)
    edits = kept
    soft: list[int] = []
    if not blank_ends_span:
        soft.extend(_runs_across_blank(text))
    if toggles:
        resets = pipes + [m.start() for m in _BLANK_LINE.finditer(text)]
        events = sorted([(p, 1) for p in toggles] + [(p, 0) for p in resets])
        open_at = -1
        for p, is_toggle in events:
            if open_at >= 0:
                i = text.find("\n", open_at, p)
                while i >= 0:
                    soft.append(i)
                    i = text.find("\n", i + 1, p)
            open_at = p if is_toggle and open_at < 0 else -1
    if hard:
        soft = [p for p in soft if p not in hard]
    return edits, soft, dirty


# a line of nothing but HTML tags a converter left in its markdown (``<div align="right">``,
# ``</div>``, ``<br/>``, ``<img … title="(dấu đỏ)"/>``): layout, no text — but an image's
# alt/title, where it has one, is what the image stands for (a seal's placeholder)
_HTML_TAG = r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>"
_HTML_LINE = re.compile(rf"(?m)^[ \t]*(?:{_HTML_TAG}[ \t]*)+$")
_HTML_ALT = re.compile(r"""\s(?:alt|title)\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')""")


_HTML_TAGS = re.compile(_HTML_TAG)


@lru_cache(maxsize=1)
def _inline_html() -> re.Pattern[str]:
    """A styling or break tag of [markdown_html] in rules/web.toml, inside a line of text."""
    r = load_rules("web")["markdown_html"]
    inline = "|".join(map(re.escape, sorted(r["inline_tags"], key=len, reverse=True)))
    br = "|".join(map(re.escape, r["break_tags"]))
    return re.compile(rf"(?i)<(?:(?P<br>{br})\s*/?|/?(?:{inline})(?:\s[^<>\n]*)?)>")


def _html_line_text(line: str) -> str:
    m = _HTML_ALT.search(line)
    return (m.group(1) or m.group(2) or "").strip() if m else ""


_RUN_MARK = re.compile(r"\*+|__")
# ``![Shape3](doc_html_ae7d.gif)``: an image's reference, no text; ``[text](url)``: a link, its text
_MD_IMAGE = re.compile(r"(?<!\\)!\[[^\]\n\\]{0,200}\]\([^()\s\\]{1,500}\)")
_MD_LINK = re.compile(r"(?<![!\\])\[(?P<t>[^\[\]\n\\]{1,300})\]\((?:[^()\s\\]{1,500})\)")


def _runs_across_blank(text: str) -> list[int]:
    """Where every line is a paragraph: the newlines of a single blank line between a line that
    leaves a styled run open (an odd number of ``**``, ``*``, ``__``) and the next, which closes it
    (``**8. Bộ`` / ``Chỉ huy Quân sự tỉnh:**``): one styled run cut in two."""
    out: list[int] = []
    lines = text.split("\n")
    pos = 0
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    for i in range(len(lines) - 2):
        a, gap, b = lines[i], lines[i + 1], lines[i + 2]
        if gap.strip() or not a.strip() or not b.strip():
            continue
        # an odd count, and the run left open at A's end (its last marker opens text) is
        # closed inside B (B's first marker follows text)
        a_, b_ = a.rstrip(), b.lstrip()
        if (
            len(_RUN_MARK.findall(a)) % 2
            and len(_RUN_MARK.findall(b)) % 2
            and not a_.endswith(("*", "_"))
            and not b_.lstrip("\\").startswith(("*", "_"))
        ):
            out.extend((starts[i + 1] - 1, starts[i + 2] - 1))
    return out


def _has_markdown(text: str) -> bool:
    """Whether :func:`_markdown` would change ``text`` (cheap when it would not)."""
    if not any(c in text for c in "*_#|\\`<>"):
        return False
    if _line_markup(text)[0] or ("\\" in text and (_ESCAPE.search(text) or _HARD_BREAK.search(text))):
        return True
    if "*" in text:
        n = len(text)
        for m in _STARS.finditer(text):
            s, e = m.start(), m.end()
            if not (s and text[s - 1] == "(" and e < n and text[e] == ")"):
                return True
    if "_" in text and _UNDERSCORE_EM.search(text):
        return True
    if "](" in text and (_MD_IMAGE.search(text) or _MD_LINK.search(text)):
        return True
    if "<" in text and _HTML_LINE.search(text):
        return True
    if "__" in text:
        return any(_is_dunder_marker(text, m.start()) for m in _DUNDER.finditer(text))
    return False


# ---------------------------------------------------------------------------------------------
# Step 4: quotes
# ---------------------------------------------------------------------------------------------

_QUOTES = re.compile(r"``|''|[„‟«»′“”]|(?<=[^\W_])‘|`|\n[ \t]*\n")
_OPENERS = frozenset("([{<“‘«—–-/")


# A footnote's reference mark glued to the word it annotates ("… Thủ tướng Chính phủ[1] và …",
# "… của UBND tỉnh[2];"): a word processor's superscript, flattened by the converter. It is no
# part of the word, and left there it runs into the names and titles read around it.
# (Read on the raw text: an emphasis marker may wrap the mark, "đồng***[3]**,".)
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[(])\[\d{1,3}\](?=[\s,.;:)\[*_]|$)")


@lru_cache(maxsize=1)
def _PAGE_MARK() -> re.Pattern[str]:  # noqa: N802 - read as a constant
    """A line that is a page's number or marker alone (rules/furniture.toml, reason page-number),
    found over the whole text in one search."""
    alts = [x["pattern"] for x in load_rules("furniture")["line"] if x["reason"] == "page-number"]
    return re.compile(r"(?m)^[ \t]*(?:" + "|".join(f"(?:{a})" for a in alts) + r")[ \t]*$" if alts else r"(?!)")


_SENTENCE_END = (".", ";", ":", "!", "?", "/")
# what the first character after a line's leading spaces and tabs must be for a page marker to
# start there: a dash ("- 3 -"), a rule's character ("===== Trang 2", "--- PAGE BREAK ---"), or
# "trang"/"page" ((?i): no other character folds to t or p); rules/furniture.toml's page-number
# patterns open with one of these
_PAGE_MARK_FIRST = frozenset("-–—=_*#tTpP")


def _page_marks(text: str) -> Iterator[re.Match[str]]:
    """``_PAGE_MARK().finditer(text)``, the pattern tried only at the starts of lines that
    open (after spaces and tabs) with a character a marker opens with. The pattern begins
    with ``^`` (multiline): ``re`` tries it at every position of the text, most of a pass's
    cost for this step; every match starts at a line's start, and the search goes on from a
    match's end (a match may run over line breaks: a ``\\s`` inside it)."""
    rx = _PAGE_MARK()
    pos = 0
    done = 0  # the end of the last match: the search goes on from there
    for ln in text.split("\n"):
        if pos >= done and ln.lstrip(" \t")[:1] in _PAGE_MARK_FIRST:
            m = rx.match(text, pos)
            if m is not None:
                done = m.end()
                yield m
        pos += len(ln) + 1


def _page_mark_edits(text: str) -> list[Edit]:
    """A sentence that runs on over a page break ("… sang cơ quan," / "===== Trang 2 =====" /
    "đơn vị, doanh nghiệp …"): the page's marker and the blank lines around it are no paragraph
    break — one line break stands for them (the join is then judged as any wrap)."""
    edits: list[Edit] = []
    for m in _page_marks(text):
        if m.end() - m.start() > 60:
            continue
        # the text line before (its end) and the one after (its start), past blank lines
        p = m.start()
        while p > 0 and text[p - 1] in " \t\n":
            p -= 1
        n = m.end()
        while n < len(text) and text[n] in " \t\n":
            n += 1
        if p == 0 or n >= len(text) or "\n" not in text[p : m.start() + 1] or "\n" not in text[m.end() : n]:
            continue
        if text[p - 1] in _SENTENCE_END or not text[n].islower():
            continue
        edits.append((p, n - (n - text.rfind("\n", 0, n) - 1), "\n"))
    return edits


def _footnote_mark_edits(text: str) -> list[Edit]:
    if "[" not in text:
        return []
    return [(m.start(), m.end(), "") for m in _FOOTNOTE_MARK.finditer(text)]


# A text layer that lost the space after a syllable ending in a tone-marked vowel ("vềcơ cấu",
# "Chủtịch", "Uỷban", "nhiệm kỳ2026"): some fonts set the tone as a separate glyph and the
# extractor drops the gap after it. Where a run of letters is no syllable but splits, at such
# a vowel, into syllables (and a number), each split gets its space back.
_TONED_INSIDE = frozenset(c for c, (_b, m) in TONED.items() if m)
_LETTER_RUN = re.compile(r"[^\W\d_]+\d*")


@word_cache(65536)
def _glued_runs(word: str) -> tuple[str, ...]:
    """The runs of letters in a whitespace-separated word that hide a lost space (judged once per
    spelling across documents: a text's distinct words are mostly ones seen before)."""
    if len(word) < 3 or not any(c in _TONED_INSIDE for c in word):
        return ()
    return tuple(r for r in (m.group() for m in _LETTER_RUN.finditer(word)) if _glue_splits(r) or _number_cut(r))


def _number_cut(run: str) -> int:
    """Where a number glued to a whole syllable starts ("giai đoạn2013-2015", "hoặc0912…"): the
    syllable ends in a consonant, so no tone-marked vowel closes it (0 when no such number)."""
    letters = run.rstrip("0123456789")
    if letters == run or len(run) - len(letters) < 2 or len(letters) < 2 or letters.isupper():
        return 0
    return len(letters) if _word_cased(letters) and is_vietnamese_syllable(letters.casefold()) else 0


_GLUED_ITEM = re.compile(r"(?<=[^\W\d_])\.(?P<n>[1-9]\d?)\.[ \t]+(?=[A-ZĐÀ-Ỹ])")


def _glued_item_edits(text: str) -> list[Edit]:
    """A numbered item a converter ran onto the sentence that closes the item before it ("…
    không để xảy ra tiêu cực.2. Giao Thường trực …"): its line break back — only where the
    paragraph opens with the item numbered one less ("1. Giao …"), so a figure after a full stop
    ("năm 2025.2 tỷ") or a clause's number ("khoản 1.2.") stays."""
    edits: list[Edit] = []
    for m in _GLUED_ITEM.finditer(text):
        n = int(m.group("n"))
        para = text.rfind("\n\n", 0, m.start())
        opening = text[para + 2 if para >= 0 else 0 : m.start()].lstrip(" \t*")
        if n >= 2 and re.match(rf"{n - 1}\.[ \t]", opening):
            edits.append((m.start(), m.start() + 1, ".\n"))
    return edits


# A number's symbol with the next word run onto it ("số 381/ĐA-CPngày 09 …"): a symbol is
# written in capitals, save one small letter closing a code ("QĐ-TTg", "05-CTr/TU") and a word
# cut short to one capital ("ĐN-Cty"), so small letters after two capitals that spell a
# syllable written alone elsewhere in the text are the next word.
_SYMBOL_TAIL = re.compile(r"(?<![\w/])\d+(?:/\d{4})?/[A-ZĐ0-9&/-]*[A-ZĐ](?P<tail>[^\W\d_]+)(?![\w/-])")


def _glued_symbol_edits(text: str) -> list[Edit]:
    if "/" not in text:
        return []
    edits: list[Edit] = []
    vocabulary: frozenset[str] | None = None
    for m in _SYMBOL_TAIL.finditer(text):
        tail = m.group("tail")
        code = re.split(r"[-/]", text[m.start() : m.start("tail")])[-1]
        if not tail.islower() or len(tail) < 2 or len(code) < 2:
            continue  # (a code of one capital and small letters is a word cut short: "Cty")
        if vocabulary is None:
            vocabulary = frozenset(w.casefold() for w in re.findall(r"[^\W\d_]+", text))
        for k in (0, 1):
            word = tail[k:]
            if len(word) >= 2 and is_vietnamese_syllable(word) and word in vocabulary:
                at = m.start("tail") + k
                edits.append((at - 1, at, text[at - 1] + " "))
                break
    return edits


def _glued_syllable_edits(text: str) -> list[Edit]:
    # (the words looked up by ``map`` in C: most have no glued run, and a comprehension's loop
    # over a text's words cost more than the lookups)
    glued = set(chain.from_iterable(map(_glued_runs, _words(text))))
    if not glued:
        return []
    vocabulary = frozenset(m.group().casefold() for w in _words(text) for m in _LETTER_RUN.finditer(w))
    edits: list[Edit] = []
    for run in glued:
        cuts = _glue_cuts(run, vocabulary)
        for i in _standalone(text, run, str.isalnum):
            # the letter before the gap is rewritten with the space after it: a span ending at
            # the space maps back onto that letter, no insertion between two
            edits.extend((i + c - 1, i + c, text[i + c - 1] + " ") for c in cuts)
    edits.sort()
    return edits


def _standalone(text: str, word: str, inside: Callable[[str], bool]) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a word of its own: no character ``inside`` accepts
    (a letter; a letter or a digit) right before it, none and no combining mark right after."""
    n = len(text)
    i = text.find(word)
    while i >= 0:
        e = i + len(word)
        if (i == 0 or not inside(text[i - 1])) and (e == n or not (inside(text[e]) or unicodedata.combining(text[e]))):
            yield i
        i = text.find(word, e)


@lru_cache(maxsize=16384)
def _glue_splits(run: str) -> tuple[tuple[int, ...], ...]:
    """Every way spaces go back into ``run`` (a run of letters, perhaps a number after it), in
    order of preference: after a tone-marked vowel that closes a syllable first, then before a
    syllable that carries a tone ("binhvà"), the longest first; each piece a syllable, the last
    perhaps a number or an abbreviation in capitals ("uỷUBND"). () when the run is a syllable
    itself or splits no such way."""
    letters = run.rstrip("0123456789")
    if len(run) < 3 or letters.isupper() or (letters == run and is_vietnamese_syllable(run.casefold())):
        return ()  # (a header's capitals run together are the header reader's: rules/reline.toml)
    last = min(len(letters), len(run) - 1)
    after_tone = [k for k in range(1, last + 1) if run[k - 1] in _TONED_INSIDE]
    before_tone = [k for k in range(last, 1, -1) if k not in after_tone and any(c in _TONED_INSIDE for c in run[k:])]
    out: list[tuple[int, ...]] = []
    for k in after_tone + before_tone:
        left, rest = run[:k], run[k:]
        # (a piece of one letter is no glued syllable's: a name set down as one word —
        # "Chamaléa" — does not fall apart into "Cha ma lé a")
        if k < 2 or not _word_cased(left) or not is_vietnamese_syllable(left.casefold()) or len(rest) < 2:
            continue
        if rest.isdigit() or (k in after_tone and len(rest) >= 2 and rest.isupper() and rest.isalpha()) or (
            rest == rest.rstrip("0123456789") and _word_cased(rest) and is_vietnamese_syllable(rest.casefold())
        ):
            out.append((k,))
        out.extend((k, *(k + c for c in more)) for more in _glue_splits(rest))
    return tuple(out)


def _glue_cuts(run: str, vocabulary: frozenset[str] = frozenset()) -> tuple[int, ...]:
    """The split of ``run`` whose pieces are the most often words in use — syllables of the
    word segmenter's dictionary, or written alone elsewhere in the text ("Đảngủy": "Đảng ủy",
    not "Đả ngủy", a syllable by the spelling rules that no word has) — else the first in
    :func:`_glue_splits`'s order; () when there is none."""
    if k := _number_cut(run):
        return (k,)
    splits = _glue_splits(run)
    if len(splits) <= 1:
        return splits[0] if splits else ()
    known_words = _dictionary_syllables()

    def known(cuts: tuple[int, ...]) -> int:
        bounds = (0, *cuts, len(run))
        pieces = [run[a:b].casefold() for a, b in zip(bounds, bounds[1:], strict=False)]
        return sum(p in known_words or p in vocabulary or p.isdigit() for p in pieces)

    return max(splits, key=known)  # (max keeps the first of equals: the preferred order)


@lru_cache(maxsize=1)
def _dictionary_syllables() -> frozenset[str]:
    """The syllables of underthesea's word list (Viet74K), read once where a glued run needs
    judging; empty where the package ships without it (the text's own words still count)."""
    try:
        from importlib.resources import files

        data = (files("underthesea") / "corpus" / "data" / "Viet74K.txt").read_text(encoding="utf-8")
    except (ImportError, OSError, ModuleNotFoundError):
        return frozenset()
    # (the list writes a few words run together, "ôtô": only true syllables are kept)
    return frozenset(w for w in unicodedata.normalize("NFC", data).casefold().split() if is_vietnamese_syllable(w))


def _word_cased(piece: str) -> bool:
    """A piece written as a word is: in small letters, or capitalised (a capital inside, or all
    capitals, is no word the text lost a space after: "TƯỚNGy")."""
    return piece[1:].islower() or (len(piece) == 1)


def _quote_edits(text: str) -> list[Edit]:
    """Odd double quotes to “ ”, apostrophe-like ‘ ′ to ’. Pairs are only made where they are
    clear: two single backticks in one paragraph, and „ closed by “ (German style)."""
    if not any(c in text for c in "`'„‟«»′‘"):
        return []
    edits: list[Edit] = []
    tick = -1  # index in edits of an unpaired single backtick in this paragraph
    low_open = False  # a „ is open: the next “ closes it
    for m in _QUOTES.finditer(text):
        q = m.group()
        s, e = m.start(), m.end()
        if q[0] == "\n":
            tick, low_open = -1, False
        elif q == "`":
            if tick < 0:
                tick = len(edits)
                edits.append((s, e, "`"))  # placeholder until its partner shows up
            else:
                edits[tick] = (edits[tick][0], edits[tick][1], "“")
                edits.append((s, e, "”"))
                tick = -1
        elif q == "“":
            if low_open:
                edits.append((s, e, "”"))
            low_open = False
        elif q == "”":
            low_open = False
        elif q == "„":
            edits.append((s, e, "“"))
            low_open = True
        elif q == "``" or q in "‟«":
            edits.append((s, e, "“"))
        elif q == "»":
            edits.append((s, e, "”"))
        elif q in "′‘":
            edits.append((s, e, "’"))
        else:  # '' used as a double quote: opening or closing by its neighbours
            prev = text[s - 1] if s else "\n"
            nxt = text[e] if e < len(text) else "\n"
            opening = (prev.isspace() or prev in _OPENERS) and not nxt.isspace()
            edits.append((s, e, "“" if opening else "”"))
    return [ed for ed in edits if ed[2] != "`"]


# ---------------------------------------------------------------------------------------------
# Step 5: tone placement
# ---------------------------------------------------------------------------------------------


_LETTERS = re.compile(r"[^\W\d_]+")


def _tone_target(nucleus: str, has_final: bool) -> int:
    """Index in the nucleus that carries the tone mark (modern placement)."""
    if len(nucleus) == 1:
        return 0
    for i in range(len(nucleus) - 1, -1, -1):
        if nucleus[i] in DIACRITIC_VOWELS:
            return i
    if has_final:
        return len(nucleus) - 1
    return 1 if len(nucleus) == 3 else 0


@lru_cache(maxsize=65536)
def _fix_word(word: str) -> str:
    """The word with its tone mark on the vowel the modern rule names (case kept)."""
    split = split_tone(word)
    if split is None:
        return word
    base, tone, pos = split
    if not tone:
        return word
    m = SYLLABLE.match(base)
    if m is None or m.group(2) not in (CLOSED_NUCLEI if m.group(3) else OPEN_NUCLEI):
        return word
    target = m.start(2) + _tone_target(m.group(2), bool(m.group(3)))
    if target == pos:
        return word
    chars = list(word)
    chars[pos] = TONED[chars[pos]][0]
    t = chars[target]
    chars[target] = COMPOSE.get((t, tone), t)
    return "".join(chars)


@word_cache(65536)
def _token_fixes(token: str) -> tuple[tuple[str, str], ...]:
    """(word, fixed word) for the words of a whitespace-separated token that change."""
    if token.isascii():
        return ()
    out = []
    for w in _LETTERS.findall(token):
        f = _fix_word(w)
        if f != w:
            out.append((w, f))
    return tuple(out)


@per_text_cache(4)
def _words(text: str) -> frozenset[str]:
    """The distinct whitespace-separated words of a text, kept for it: a pass's tone step and
    its syllable step read the words of the same text wherever the tone step changed nothing
    (the trial pass, mostly), and cutting a whole text into words is most of their cost."""
    return frozenset(text.split())


def _tone_edits(text: str) -> list[Edit]:
    """Every word is judged once per distinct spelling (cached across documents); only the
    words that change are then located in the text."""
    fixes: dict[str, str] = {}
    # most tokens need no fix: only the non-empty answers come back to Python
    for found in filter(None, map(_token_fixes, _words(text))):
        for w, f in found:
            fixes[w] = f
    if not fixes:
        return []
    edits: list[Edit] = [(i, i + len(w), f) for w, f in fixes.items() for i in _standalone(text, w, str.isalpha)]
    edits.sort()
    return edits


def fix_tone_placement(s: str) -> str:
    """Move tone marks to their modern place in every word (``hoà`` → ``hòa``, ``thuỷ`` →
    ``thủy``, ``Uỷ`` → ``Ủy``); ``quý``, ``giữa``, ``hoàng``, ``thuyền`` stay. Expects NFC;
    the length never changes (a mark only moves between the vowels of one syllable)."""
    edits = _tone_edits(s)
    return _apply(s, edits)[0] if edits else s


# ---------------------------------------------------------------------------------------------
# Steps 6 and 7: whitespace and hard-wrapped lines (one walk over the lines)
# ---------------------------------------------------------------------------------------------

_INNER_WS = re.compile(r"[ \t]{2,}|\t")
_MARKER = re.compile(
    r"[-+•–—](?:\s|$)"
    r"|\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)"
    # (a figure grouped in thousands, "500.000 thuê bao", is a wrapped sentence's, no marker)
    rf"|(?!\d{{1,3}}(?:\.\d{{3}})+\s+[{LOWER}])\d{{1,3}}(?:\.\d{{1,3}})+(?:\s|$)"
    # "1.Các sở, ban, ngành …": a converter dropped the space after the item's number
    rf"|\d{{1,2}}[.)](?=[{UPPER}][{LOWER}])"
    r"|[a-zđ][.)](?:\s|$)"
    r"|[IVXLC]+[.)](?:\s|$)"
    r"|[IVXLC]+-\s"  # a Party document's sections: "I- TÌNH HÌNH …"
    r"|(?:Điều|ĐIỀU)\s+\d"
    r"|(?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\b"
    r"|Nơi nhận|NƠI NHẬN|Kính gửi|KÍNH GỬI|Căn cứ|CĂN CỨ|Số\s*:|SỐ\s*:|V/v|V/V"
    r"|\||---"
    # the date line "Hà Nội, ngày 23 tháng 7 năm 2024" (Điều 8: its own line, never a wrap;
    # in small letters it is the rest of a place wrapped in its cell: "Thành" / "phố Hồ Chí
    # Minh, ngày …")
    rf"|[{UPPER}][^,\n]{{0,40}},\s*ngày\s+[\d\s.…_]*tháng\b"
)
_RANGE_DASH = re.compile(r"[-–]\s?\d")
# a list or section marker alone on its line, its item on the next ("I.", "1.", "a)", "-")
_MARKER_ONLY = re.compile(r"(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]|[-+•–]")
_CLOSERS = "”\"’»"
_WRAP_MIN = 45  # a line at least this long that stops mid-sentence was hard-wrapped...
_WRAP_MAX = 100  # ...unless it is longer than any converter wraps (then it is a paragraph)
# Words a Vietnamese sentence cannot end with: a line ending in one continues on the next.
_OPEN_WORDS = frozenset("các những của và với cho tại về theo để từ bằng hoặc là nhằm đối được bởi".split())


# a number alone on its line goes on a sentence after these words ("ngày\n20\ntháng 11");
# elsewhere it is a page's number
_BEFORE_NUMBER = frozenset("ngày tháng năm số điều khoản điểm mục chương phần giờ lúc quý đợt đoạn từ đến và là".split())
# the header's date line, whole: what follows in capitals is the next header line or the type
# the place-date line's end, its day or month also left blank or marred by a scan
_DATE_END = re.compile(r",\s*" + FULL_DATE.pattern + r"\.?$", re.IGNORECASE)
# … with the marks a scan makes of the handwritten day and month ("ngày/Í0. tháng ƒnăm 2018")
_MARRED_DATE_END = re.compile(r",\s*(?:" + CELL_DATE.pattern + r")\.?$", re.IGNORECASE)
_CELL_LINE = 100  # a header row (number cell, place-date cell) is no longer than this
_CELL_OPEN = re.compile(r"[ *_|]*(?:[A-ZĐÀ-Ỹ]|số\s*:)")  # … and opens with a capital (OCR may lower "Số:")


@lru_cache(maxsize=1)
def _type_names() -> frozenset[str]:
    return frozenset(fold(t["name"]) for t in load_rules("doc_types")["type"])


def _is_type_line(s: str) -> bool:
    """A document type's name alone in capitals (``KẾ HOẠCH``; a scan's "KẺ HOẠCH", a copy
    without marks): such a line stands alone."""
    s = s.rstrip(" .:")
    return is_upper_line(s, 0.9) and fold(s) in _type_names()


@lru_cache(maxsize=1)
def _OPENS_GROUND() -> re.Pattern[str]:  # noqa: N802 - read as a constant
    """A preamble ground's opener (``Căn cứ``, ``Thực hiện``, ``Theo đề nghị``) at a line's start."""
    pre = load_rules("structure")["preamble"]
    alt = "|".join(re.escape(o) for o in sorted({*pre["openers"], *pre["weak_openers"]}, key=len, reverse=True))
    return re.compile(rf"(?:{alt})\s")


@lru_cache(maxsize=1)
def _SIGNING_NOTE() -> re.Pattern[str]:  # noqa: N802 - read as a constant
    """A bracketed note that opens with a signed mark (``rules/structure.toml``) and goes on:
    ``(Ký và ghi rõ họ tên; …``, ``(Ký, đóng dấu …``, ``(Ký`` — not ``(Ký kết …``."""
    marks = sorted(load_rules("structure")["closing"].get("signed_marks", []), key=len, reverse=True)
    alt = "|".join(re.escape(m) for m in marks)
    return re.compile(rf"\(\s*(?:{alt})(?:\s*(?:[,;:)]|$)|\s+và\s)", re.IGNORECASE)


# "Ngày 09 tháng 6 năm 2025, Chính phủ ban hành …": a narrated ground opens its own paragraph
# (inside a sentence the word is written small)
_NARRATED_DAY = re.compile(r"Ngày\s+\d{1,2}(?:\s+tháng|\s*/)")
# "Các cấp ủy, tổ chức đảng chủ động …": a capitalised "Các" opens a sentence; a wrapped name or
# title goes on in small letters ("… các xã, phường")
_PLURAL_SUBJECT = re.compile(r"Các\s+[a-zđà-ỹ]")


# the enacting formula of a decision or resolution on a line of its own ("QUYẾT NGHỊ:")
_ENACTING = re.compile(r"(?:QUYẾT NGHỊ|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ)\s*:\s*$")
# a council's term under its name ("KHÓA XVII - KỲ HỌP THỨ NĂM", "KHÓA XV, KỲ HỌP THỨ 9")
_TERM_LINE = re.compile(r"(?:KHÓA|KHOÁ)\s+[IVXLC]+\b")
_YEAR_END = re.compile(r"\b(?:19|20)\d\d$")


# a rule drawn with a key ("____", "======", "-----"): a line of its own in a header block
_RULE_LINE = re.compile(r"(?:^|\s)(?:_{3,}|={3,}|[-–—]{4,})\s*$")
_RULE = re.compile(r"_{3,}|={3,}|[-–—]{4,}")


def _ends_in_rule(s: str) -> bool:
    """``_RULE_LINE.search(s)``: a rule standing after whitespace at the end of a line is the
    line's last word (the pattern asks for whitespace or the start before it, and only
    whitespace after it), so that word alone is matched, not the whole paragraph scanned."""
    last = s.rsplit(None, 1)
    return bool(last) and _RULE.fullmatch(last[-1]) is not None


@lru_cache(maxsize=1)
def _ATTACHED_NOTE() -> re.Pattern[str]:  # noqa: N802 - read as a constant
    """The note naming the document a text is attached to (rules/structure.toml [attached])."""
    return re.compile(load_rules("structure")["attached"]["attached_to"], re.IGNORECASE)


def _joins(content: str, acc: int, single: bool, nxt: str, wrapped: bool = True, caps: bool | None = None) -> bool:
    """Whether the line break between ``content`` (the end of a logical line ``acc`` long,
    made of this one line when ``single``) and the next line ``nxt`` is a hard wrap, judged
    on the text alone. Both are non-empty and cleaned. ``wrapped``: the document shows hard
    wraps at all (:func:`_hard_wrapped`); where each paragraph is one line, a long line is not
    continued by a capitalised one (a table exported one cell a line has long cells)."""
    if content.startswith(("---", "|")) or (content.count("|") >= 2 and nxt.count("|") >= 2):
        return False  # table rows ("a | b | c", as pipeline/formats/tables.py writes them)
    if " | " in content and ("|" in nxt[:1] or " | " in nxt):
        # rows of a pipe table written without outer pipes, one of them of two cells (a section
        # row "I | GIAI ĐOẠN …", a row whose other cells are merged above): rows, never a wrap
        return False
    if _RULE_LINE.fullmatch(nxt) or _ends_in_rule(content):
        return False  # a drawn rule (under the issuer, the motto, the title) parts the blocks it lies between
    if nxt[:1] in "CĐ" and _motto_line().match(nxt):
        return False  # the motto ("ĐẢNG CỘNG SẢN VIỆT NAM" beside a Party letter's trích yếu) opens its own cell
    if nxt[:1] in "([" and _ATTACHED_NOTE().match(nxt):
        return False  # "(Kèm theo Quyết định số …)" under an attached text's title: a note of its own
    if nxt[:1] in "Ss" and _NUMBER_CELL_LINE.match(nxt):
        return False  # "só: 43 1/TCT-KK …": the number cell (its cue as OCR read it) opens its own line
    if _marred_addressee(nxt):
        return False
    # emphasis an escape kept for the next pass (``\\*Căn cứ …``) is no part of the words
    nxt = nxt.strip("*_") or nxt
    tail = content.rstrip(_CLOSERS + "*_")
    if _MARKER.match(nxt):
        # "giai đoạn 2026\n- 2030" is a range, not a list item
        return bool(tail[-1:].isdigit() and _RANGE_DASH.match(nxt))
    if single and _MARKER_ONLY.fullmatch(content):
        return True  # "I." alone, its title on the next line
    if tail and tail[-1] in ".:;!?":
        return False
    if (is_signed_mark(nxt) or (nxt.startswith("(") and ")" in nxt and is_signed_mark(nxt[: nxt.index(")") + 1]))
            or (nxt.startswith("(") and _SIGNING_NOTE().match(nxt))
            # a transcription's labelled field for the signature ("signature: Nguyễn Văn An")
            or (0 < (colon := nxt.find(":")) <= 30 and is_signed_mark(nxt[:colon]))):
        # "(Đã ký)" under the signer's position, also with text run on after it, and a signing
        # note that goes on ("(Ký và ghi rõ họ tên;", "(Ký," wrapped): judged alike whether the
        # note's first line stands alone (this pass) or joined whole (the next)
        return False
    c0 = nxt[0]
    if (len(nxt) <= 3 and nxt.isdigit() and tail[tail.rfind(" ") + 1 :].lower() not in _BEFORE_NUMBER) or (
        single and len(content) <= 3 and content.isdigit()
    ):
        return False  # a page's number on a line of its own (a PDF's text layer), not a wrap
    if caps is None:
        caps = single and is_upper_line(content, 0.9)
    if c0.isupper() and caps and not tail.endswith(",") and not is_upper_line(nxt, 0.5):
        return False  # capitals go on in capitals: a title in capitals, then the text under it
    if not c0.islower() and len(content) <= _CELL_LINE and _CELL_OPEN.match(content) \
            and (_DATE_END.search(tail) or _MARRED_DATE_END.search(tail)):
        # "Số: 12/BCT-KHCN Hà Nội, ngày 20 tháng 4 năm 2018" / "77v …" (a scan's V/v the OCR
        # marred): the header's date cell ends its line, whatever the next opens with
        return False
    if c0.isupper() and (_DATE_END.search(tail) or _is_type_line(nxt) or _OPENS_GROUND().match(nxt)
                         or _NARRATED_DAY.match(nxt) or _PLURAL_SUBJECT.match(nxt) or _ENACTING.match(nxt)
                         or _TERM_LINE.match(nxt)
                         or (_YEAR_END.search(tail) and is_upper_line(nxt, 0.9) and starts_with_org_head(nxt))):
        # … nor the enacting formula ("QUYẾT NGHỊ:"), a council's term ("KHÓA XVII - KỲ HỌP …"),
        # nor a body's name in capitals under a title that ended on its year (the authority line
        # of a resolution: a title goes on to its body with "CỦA …")
        # "…, ngày 29 tháng 9 năm 2025" / "KẾ HOẠCH": header lines, never wrapped; "Thực hiện
        # Kế hoạch số …" in capitals after an unfinished line: the preamble after the title
        return False
    if c0.islower() or c0.isdigit() or c0 in "(“\"" or tail.endswith(","):
        return True
    if _GLUED_BREAK(content, nxt):
        return True
    if c0.isupper() and tail[-1:].isalpha() and _name_across(tail, nxt):
        return True  # "… ý kiến của Ban Tổ chức" / "Trung ương tại …": a central body's name cut
    if not caps and len(nxt) <= 90 and is_upper_line(nxt, 0.9) and not is_upper_line(content, 0.5) and (
        (starts_with_org_head(nxt) and tail[-1:].isalpha())
        # … or an officer's title over the body ("GIÁM ĐỐC HỌC VIỆN …", read fuzzily: a scan's
        # OCR damages its marks), whatever mark the line above ends on
        or fuzzy_starts(nxt, positions(), 92) is not None
    ):
        # a body's name alone in capitals under a line in small letters: the authority line
        # under a trích yếu (or a block's heading), never the rest of a wrapped sentence
        return False
    open_word = tail[tail.rfind(" ") + 1 :].lower() in _OPEN_WORDS
    if acc >= _WRAP_MIN and len(content) <= _WRAP_MAX:
        # a capitalised line that ends in a colon leads something in ("Văn phòng … trân trọng
        # kính mời:", "Thành phần:"): its own line, not the tail of a wrapped one
        # (where paragraphs are lines, a title in capitals still wraps: capitals go on in
        # capitals)
        # (a line ending in a word no sentence ends with goes on whatever follows: the same
        # break, judged again on the joined line longer than a wrap, must get the same answer)
        return open_word or (not nxt.rstrip(_CLOSERS).endswith(":") and (
            wrapped or (is_upper_line(content, 0.9) and is_upper_line(nxt, 0.9))
        ))
    return open_word


@lru_cache(maxsize=1)
def _motto_line() -> re.Pattern[str]:
    """The national motto or the Party's (rules/structure.toml [header]), in capitals, opening a
    line; the old tone placement ("CỘNG HOÀ") read too."""
    h = load_rules("structure")["header"]
    mottos = {m for q in (h["quoc_hieu"], *h.get("party_motto", [])) for m in (q, q.replace("HÒA", "HOÀ"))}
    return re.compile("(?:" + "|".join(map(re.escape, sorted(mottos, key=len, reverse=True))) + r")\b")


@lru_cache(maxsize=1)
def _central_names() -> dict[str, tuple[str, ...]]:
    """The central bodies' names of the code tables (two words or more), case-folded, by their
    first word."""
    out: dict[str, list[str]] = {}
    for n in sorted({v.casefold() for v in central_body_names()}):
        if " " in n:
            out.setdefault(n.split(" ", 1)[0], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


def _name_across(tail: str, nxt: str) -> bool:
    """Whether a central body's name runs across the line break: its first words end ``tail``,
    its last ones open ``nxt`` (a name is cut only inside, never where a line merely ends on a
    whole one)."""
    words = tail.rsplit(None, 6)[-6:]
    by_first = _central_names()
    for k in range(1, len(words) + 1):
        names = by_first.get(words[-k].casefold())
        if not names:
            continue
        front = " ".join(words[-k:]).casefold()
        joined = f"{front} {nxt[:80].casefold()}"
        if any(n.startswith(front + " ") and joined.startswith(n) for n in names):
            return True
    return False


def _GLUED_BREAK(content: str, nxt: str) -> bool:  # noqa: N802 - read as a predicate constant
    """A break a converter put inside a word or before its punctuation: the next line opens with
    a mark no line opens with ("Điều 1" / ": Chuyển giao …", "… xét duyệt" / "."), or the line is
    one capital letter whose word goes on in small letters ("Ủ" / "y ban nhân dân …"). The
    lines join with nothing between them."""
    if nxt[:1] in ":;,." and not nxt.startswith(".."):
        return True
    return len(content) == 1 and content.isalpha() and content.isupper() and nxt[:1].islower()


def _soft_joins(content: str, nxt: str) -> bool:
    """The break lies inside an emphasis span: enough unless a sentence ends or a list starts."""
    nxt = nxt.strip("*_") or nxt
    if content.startswith(("---", "|")) or _MARKER.match(nxt) or _marred_addressee(nxt):
        return False
    tail = content.rstrip(_CLOSERS + "*_")
    return not (tail and tail[-1] in ".:;!?")


def _marred_addressee(line: str) -> bool:
    """"öa rổ ] Kính gửi: …": the addressee behind a scan's marks opens its own line."""
    return "gửi" in line[:40] and MARRED_ADDRESSEE.match(line) is not None


def _hard_wrapped(contents: list[str]) -> bool:
    """Whether the converter hard-wrapped this document: many lines go on in lower case
    (about half in wrapped documents, almost none where each paragraph is one line)."""
    lines = cont = 0
    prev = ""
    for c in contents:
        if c:
            lines += 1
            if prev and c[0].islower():
                cont += 1
        prev = c
    return cont >= 0.1 * lines




def _lines_as_paragraphs(contents: list[str]) -> bool:
    """Whether every line of this document was made a paragraph of its own: a PDF-to-Word tool,
    a text file imported one paragraph a line, then read back (python-docx, mammoth, docx2txt,
    html2text) with a blank line after every paragraph. Then most lines follow an empty one and
    many of those go on in lower case (a wrapped sentence); where paragraphs are real, a
    paragraph almost never starts in lower case.

    Such a tool leaves no line longer than it wraps (:data:`_WRAP_MAX`): where many lines are
    longer, they are whole paragraphs already, and the blanks between them are real. That is
    also what this normalizer's own output looks like: a hard-wrapped text whose paragraphs it
    joined has a blank before nearly every line, and where an OCR left blanks inside
    sentences, some of them go on in lower case; judged on the counts alone, the next
    normalize() would join across blanks what this one kept apart. A line in lower case after
    a page's number follows a page break, not a wrap."""
    after_blank = lower = lines = long = 0
    prev = last = "x"  # the line before; the last non-empty one
    for c in contents:
        if c:
            lines += 1
            long += len(c) > _WRAP_MAX
            if not prev:
                after_blank += 1
                head = c.lstrip("*_\\")  # (its leading markup)
                if head[:1].islower() and not _MARKER.match(head) and not (len(last) <= 3 and last.isdigit()):
                    lower += 1
            last = c
        prev = c
    return (lines >= 8 and after_blank >= 0.6 * lines and long <= 0.2 * lines
            and lower >= max(3, 0.08 * after_blank))


def _title_goes_on(content: str, nxt: str) -> bool:
    """A title in capitals after its type line, its lines made paragraphs: capitals go on in
    capitals (``QUY`` / ``ĐỊNH GIỜ BÁN HÀNG …``), the type line itself stands alone."""
    content, nxt = content.strip("*_\\ "), nxt.strip("*_\\ ")
    return (
        not _is_type_line(content)
        and is_upper_line(content, 0.9)
        and is_upper_line(nxt, 0.9)
        and not _is_type_line(nxt)
        and not content.rstrip(_CLOSERS).endswith((".", ":", ";"))
    )


def _padded(lines: list[str], contents: list[str]) -> bool:
    """Whether the lines were padded with spaces to the page's width (pdfplumber's layout
    mode): then nearly every line, padded or full, is about one length, and trailing spaces
    are padding, not markdown's hard break."""
    raws = [raw for raw, c in zip(lines, contents, strict=True) if c]
    if len(raws) < 8:
        return False
    trailing = sum(raw.endswith("  ") for raw in raws)
    if trailing < 0.3 * len(raws):
        return False  # (the cheapest of the three tests first: most texts have no padding)
    widths = Counter(len(raw) for raw in raws)
    mode = widths.most_common(1)[0][0]
    # near one width: markup deleted before this step (``**``) shortens a padded line
    near = sum(k for w, k in widths.items() if abs(w - mode) <= 8)
    # (the columns reflowed before this step are cells, no longer padded)
    return mode >= 40 and near >= 0.5 * len(raws) and trailing >= 0.3 * len(raws)


_LOST_MARK = re.compile(r" {1,2}(?! )\S")


def _lost_item_marks(lines: list[str], contents: list[str]) -> bool:
    """Whether the list marks of this text were lost and each left its space (a PDF's text layer
    whose bullet glyph had no character: " Ban hành kế hoạch, các văn bản" / "chức các hoạt
    động." under a heading): items open a space or two in, and their wrapped lines go on at the
    margin in small letters — several times. A text indented for layout (its wrapped lines
    indented too, a centred name) is no such list."""
    pairs = 0
    prev: str | None = None  # the last non-empty raw line, when it opened as a lost item
    for raw, c in zip(lines, contents, strict=True):
        if not c:
            continue
        if prev is not None and raw[:1] not in " \t" and c[:1].islower():
            pairs += 1
        prev = raw if _LOST_MARK.match(raw) and c[:1].isupper() and c[-1:] not in ".;:!?" else None
    return pairs >= 3


def _opens_lost_item(raw: str, nxt: str, before: str = "") -> bool:
    """``raw`` (content ``nxt``) opens an item whose mark was lost; not after a line left on a
    comma ("Ban Dân vận, Ban Tuyên giáo TW," / "  Văn phòng TW Đảng;": the item goes on)."""
    if not (_LOST_MARK.match(raw) and nxt[:1].isupper()) or before.rstrip().endswith(","):
        return False
    # (a name or a position set in from the margin — the signer under "BÍ THƯ" — is no item: every
    # word capitalised and no item's ';' after it)
    return nxt.rstrip().endswith(";") or not all(w[:1].isupper() or not w[:1].isalpha() for w in nxt.split())


def _lines_edits(text: str, soft: set[int]) -> tuple[list[Edit], bool]:
    """Whitespace (runs → one space, no leading/trailing spaces, at most one empty line in a
    row) and the joining of hard-wrapped lines. A markdown hard break (two trailing spaces)
    and a tab-separated table row are never joined to the next line; where the text alone
    would join them, the line keeps two trailing spaces as the mark of the break.

    Also whether the result may not be settled (:func:`_kept_apart_unsettled`)."""
    lines = text.split("\n")
    n = len(lines)
    contents = [raw.strip(" \t") for raw in lines]
    if "  " in text or "\t" in text:
        contents = [_INNER_WS.sub(" ", c) if "  " in c or "\t" in c else c for c in contents]
    padded = _padded(lines, contents)
    # blank lines stand for vertical space in a padded page, not for paragraphs
    paragraphs = padded or _lines_as_paragraphs(contents)
    wrapped = paragraphs or _hard_wrapped(contents)
    lost_marks = not padded and _lost_item_marks(lines, contents)
    before: list[str] = []  # each line's last non-empty line above it (read where marks were lost)
    if lost_marks:
        above = ""
        for c in contents:
            before.append(above)
            above = c or above
    if soft and not wrapped:
        soft = set()  # lines are paragraphs here: a styled run spans real line breaks
    from .fragment_tables import unjoined_lines

    keep = unjoined_lines(contents)  # a table's cell fragments, each a line of its own
    edits: list[Edit | None] = []
    append = edits.append
    hard: list[tuple[int, int, int, int, str, int, bool]] = []
    joined = [False] * (n + 1)
    acc = 0
    single = True
    last: tuple[str, int, bool, bool] | None = None  # before an empty line: (content, acc, single, caps)
    caps = False  # the logical line so far all in capitals
    in_title = False  # after a type line (``QUYẾT ĐỊNH``), while lines are in capitals
    collapsed = False  # a run of empty lines made one where one alone would have been joined
    st = 0  # start of line i
    i = 0
    while i < n:
        raw = lines[i]
        c = contents[i]
        end = st + len(raw)  # the newline after line i
        if not c:
            # a run of empty lines: at most two newlines in a row, no spaces
            zs = st - 1 if i > 0 else 0
            j = i
            ze = end + 1
            while j + 1 < n and not contents[j + 1]:
                j += 1
                ze += len(lines[j]) + 1
            if j + 1 >= n:
                ze = len(text)
            nxt = contents[j + 1] if j + 1 < n else ""
            would_join = (
                paragraphs
                and last is not None
                and nxt
                and "\t" not in lines[j + 1]
                and not (lost_marks and _opens_lost_item(lines[j + 1], nxt, last[0]))
                and (
                    _joins(*last[:3], nxt, True, last[3])
                    or (in_title and _title_goes_on(last[0], nxt))
                    or (zs in soft and _soft_joins(last[0], nxt))  # inside a bold/italic run
                )
            )
            if would_join and j == i:  # one empty line: more stand for something (an emptied table edge)
                # a wrapped sentence whose lines were made paragraphs: one line again
                append((zs, ze, " "))
                for k in range(i - 1, j + 1):
                    joined[k] = True
                acc = last[1] + 1 + len(nxt)
                single = False
                caps = last[3]
                last = None
                i = j + 1
                st = ze
                continue
            rep = "\n" * min(text.count("\n", zs, ze), 2)
            # a run kept apart where one empty line would join is collapsed to one: the next
            # pass judges that one (as the next normalize() would)
            collapsed |= bool(would_join) and j > i and text.count("\n", zs, ze) > 2
            if text[zs:ze] != rep:
                append((zs, ze, rep))
            acc, single = 0, True
            last = None
            i = j + 1
            st = ze
            continue
        trail = ""
        body_end = end
        if c is not raw:  # something to trim or collapse
            rs = raw.rstrip(" \t")
            body_end = st + len(rs)
            trail = raw[len(rs) :]
            lead = len(rs) - len(rs.lstrip(" \t"))
            if lead and lost_marks and _opens_lost_item(raw, c, before[i]):
                # the list mark the text layer lost, put back where its space stands: the item
                # stays one of its own on every later pass
                append((st, st + lead, "- "))
            elif lead:
                append((st, st + lead, ""))
            if c != rs[lead:]:
                for m in _INNER_WS.finditer(text, st + lead, body_end):
                    if m.group() != " ":
                        append((m.start(), m.end(), " "))
        if single:
            acc = len(c)
        if paragraphs:
            bare = c.strip("*_\\ ")  # markup a later pass removes (escaped stars: ``\\*\\*``)
            in_title = _is_type_line(bare) or (in_title and is_upper_line(bare, 0.9))
        nxt = contents[i + 1] if i + 1 < n else ""
        join = False
        # A hard break: two trailing spaces, or a tab-separated table row on either side.
        # Settled below, once the next logical line is known.
        is_hard = bool(nxt) and (
            (len(trail) >= 2 and trail.count(" ") == len(trail) and not padded)
            or "\t" in raw
            or "\t" in lines[i + 1]
        )
        if is_hard:
            hard.append((len(edits), i, body_end, end, trail, acc, single))
            append(None)
        elif trail:
            append((body_end, end, ""))
        if nxt and not is_hard and i not in keep and not (lost_marks and _opens_lost_item(lines[i + 1], nxt, c)):
            # the logical line all in capitals (asked only where it matters: a capitalised next
            # line; one in small letters ends any run of capitals)
            caps = nxt[:1].isupper() and (single or caps) and is_upper_line(c, 0.9)
            join = _joins(c, acc, single, nxt, wrapped, caps) or (end in soft and _soft_joins(c, nxt))
        if join:
            append((end, end + 1, "" if _GLUED_BREAK(c, nxt) else " "))
            joined[i] = True
            acc += 1 + len(nxt)
            single = False
        else:
            # (read only where lines were made paragraphs: its capitals asked only then)
            last = ((c, acc, single, paragraphs and (single or caps) and is_upper_line(c, 0.9))
                    if not nxt and "\t" not in raw else None)
            acc, single = 0, True
        st = end + 1
        i += 1
    # A hard break never joins; it keeps (or gets) two trailing spaces exactly where the text
    # alone would join the lines, so that normalizing the result again keeps the break. The
    # next line is judged whole, as the next normalize() will see it.
    for k, i, body_end, end, trail, _acc, _single in hard:
        j = i + 1
        while joined[j]:
            j += 1
        nxt = " ".join(x for x in contents[i + 1 : j + 1] if x)
        # this line too is judged as the next normalize() sees it: one line, joined whole
        b = i
        while b > 0 and joined[b - 1]:
            b -= 1
        whole = " ".join(contents[b : i + 1])
        # judged as in a wrapped document whatever this one is: a kept mark where a wrap
        # would join is harmless, and the next normalize() (which may judge the joined text
        # unwrapped) then keeps it too
        if _joins(whole, len(whole), True, nxt, True):
            if trail != "  ":
                edits[k] = (body_end, end, "  ")
        elif trail:
            edits[k] = (body_end, end, "")
    unsettled = collapsed or (not padded and _kept_apart_unsettled(contents, joined, keep, {h[1] for h in hard}, wrapped))
    return [e for e in edits if e is not None], unsettled


def _kept_apart_unsettled(contents: list[str], joined: list[bool], keep: set[int], hard: set[int],
                          wrapped: bool) -> bool:
    """Whether a line was kept apart from the next for what that next line is alone (a page's
    number, a type line, a signed mark or a lone bracket, capitals, a colon at its end) while
    that line itself went on into the following ones. The next normalize() judges the break
    against the whole joined line and may join it; judged here as it will judge it, a join
    says the text is not settled yet (one more pass settles it)."""
    n = len(contents)
    for i in range(n - 2):
        if joined[i] or not joined[i + 1] or not contents[i] or not contents[i + 1] or i in keep or i in hard:
            continue
        b = i
        while b > 0 and joined[b - 1] and contents[b - 1]:
            b -= 1
        e = i + 1
        while joined[e] and e + 1 < n and contents[e + 1]:
            e += 1
        whole = " ".join(contents[b : i + 1])
        if _joins(whole, len(whole), True, " ".join(contents[i + 1 : e + 1]), wrapped):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# normalize
# ---------------------------------------------------------------------------------------------


# a ground's opener glued to the word before it by a converter that dropped the paragraph break
# ("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬNCăn cứ Luật …", "… giải thể HộiCăn cứ Nghị định …"): no word
# runs into "Căn cứ", so the break is put back
_AUTHORITY_PREFIX = re.compile(r"(?:TM|KT|TL|TUQ|Q)\s*\.\s*")


_TAB_MOTTO = re.compile(r"\t(?=\s*CỘNG\s+H(?:OÀ|ÒA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA)")
# the signer's name, alone in its cell ("Nguyễn Minh\tCHỦ TỊCH": a closing table flattened)
_NAME_CELL = re.compile(rf"[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{1,4}}")


def _tabbed_signature_edits(text: str, nbsp: bool = False) -> list[Edit]:
    """A Nơi nhận line whose last tab-separated cell is the signature's position ("- Lưu: VT,
    NC.\tCHỦ TỊCH", a two-column closing flattened by a converter): the position is put on a line
    of its own (the tab becomes a newline, same length), where the signature block is read.
    ``nbsp``: the same for a page's tab written as non-breaking spaces ("- Lưu: VT, NN.&nbsp;
    &nbsp;&nbsp;&nbsp;CHỦ TỊCH"; plain spaces are a text laid out in columns, read by
    closing_layout, and so are non-breaking spaces that align a column over several lines of
    the closing — "TM." / "KT." / the position beside the list —: the cleaning makes them
    spaces)."""
    edits: list[Edit] = []
    start = 0
    lines = text.split("\n")
    gaps = {i: g for i, line in enumerate(lines) if nbsp and "\xa0\xa0\xa0" in line and (g := _last_space_gap(line))}
    gapped = sorted(gaps)
    # (a gapped line with another one near it is a column over several lines: left as it is)
    alone = {i for k, i in enumerate(gapped) if (k == 0 or i - gapped[k - 1] > _COLUMN_REACH)
             and (k + 1 == len(gapped) or gapped[k + 1] - i > _COLUMN_REACH)}
    for i, line in enumerate(lines):
        gap = gaps[i] if i in alone else None
        if gap is not None:
            edits.extend(_motto_cell_edits(line, start))
            if _position_cell(line[: gap[0]], line[gap[1] :], names=True):
                edits.append((start + gap[1] - 1, start + gap[1], "\n"))
        elif not nbsp and "\t" in line:
            edits.extend(_motto_cell_edits(line, start))
            left, _tab, right = line.rpartition("\t")
            if _position_cell(left, right, names=True):
                edits.append((start + len(left), start + len(left) + 1, "\n"))
        start += len(line) + 1
    return edits


def _motto_cell_edits(line: str, start: int) -> list[Edit]:
    """The national motto in its own cell after a tab ("… đến năm 2030\tCỘNG HÒA XÃ HỘI …", a
    V/v cell's last line beside the motto): the motto on its own line."""
    return [(start + m.start(), start + m.start() + 1, "\n") for m in _TAB_MOTTO.finditer(line)
            if line[: m.start()].strip()]


def _position_cell(left: str, right: str, names: bool) -> bool:
    """Whether ``right`` is the signature's position in capitals and ``left`` a Nơi nhận item, its
    label or its archive line (or, with ``names``, the signer's name in a cell of its own)."""
    cell = right.strip(" *_")
    lead = left.strip(" *_")
    if not (cell and lead and (lead[:1] in "-+•" or lead.casefold().startswith(("nơi nhận", "lưu"))
                               or (names and _NAME_CELL.fullmatch(lead)))):
        return False
    bare = _AUTHORITY_PREFIX.sub("", cell)
    return bool(bare) and bare.isupper() and len(bare) <= 40 and any(
        bare.casefold().startswith(p.casefold()) for p in positions())


_SPACE_GAP = re.compile(r"[ \u00a0]*\u00a0{3,}[ \u00a0]*")
# lines of a closing's signature column beside its Nơi nhận list lie this close to one another
_COLUMN_REACH = 12


def _last_space_gap(line: str) -> tuple[int, int] | None:
    """The last run of three or more non-breaking spaces inside ``line`` (not its indentation)."""
    gaps = [m for m in _SPACE_GAP.finditer(line) if line[: m.start()].strip() and line[m.end() :].strip()]
    return (gaps[-1].start(), gaps[-1].end()) if gaps else None


def _glued_opener_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for opener in ("Căn cứ", "CĂN CỨ"):
        i = text.find(opener)
        while i > 0:
            if text[i - 1].isalpha() and text[i + len(opener) : i + len(opener) + 1].isspace():
                edits.append((i, i, "\n"))
            i = text.find(opener, i + 1)
    # a letter's trích yếu run into its number's symbol ("Số: /UBND-NCV/v đề nghị …"), the
    # number cell opening its line or run on from the issuer's (a header on one line)
    i = text.find("V/v ")
    while i > 0:
        ls = text.rfind("\n", 0, i) + 1
        if text[i - 1].isalpha() and text[i - 1].isupper() and _NUMBER_CELL_END.search(text[ls:i]):
            edits.append((i, i, "\n"))
        i = text.find("V/v ", i + 1)
    return sorted(edits)


# the number cell's cue at the line's start or after a word (its issuer's capitals), then the
# number itself: a symbol with its slash, at most three tokens ("12 /UBND-NC", "/UBND-NC")
_NUMBER_CELL_END = re.compile(r"(?:^|[\s*_|])(?:Số|SỐ)\s*:?\s*(?:\S+\s+){0,2}\S*/\S*$")

# the number cell's cue and colon, then its figures and the symbol's slash
_NUMBER_CELL_LINE = re.compile(rf"{SO_CUE}\s*:\s*[\d\s.…_A-Za-zÀ-ỹ]{{0,12}}/")


def _same_case(pieces: list[str]) -> bool:
    """The pieces read as one word's case: all capitals, all small, or a capital then small."""
    joined = "".join(pieces)
    return joined.isupper() or joined.islower() or (joined[:1].isupper() and joined[1:].islower())


def _split_syllable_edits(text: str) -> list[Edit]:
    """A syllable a converter or an OCR set apart around a vowel put back together ("B Ộ LAO
    ĐỘNG", "V À X Ã HỘI", "trung ươ n g"): a piece of at most three letters that is no syllable
    joins the one to three pieces after it (one space apart, as short, one case) where together
    they make one. A piece that is a syllable alone starts nothing: "a", "ở", "Hà" stay."""
    edits: list[Edit] = []
    # a syllable set apart leaves a piece of one letter ("B Ộ", "n g", "Đ ả ng"): only the lines
    # that hold one are looked at (a scan of every short word costs more than the rest)
    for a, b, alone in _one_letter_lines(text):
        # (three letters alone or more: a line a PDF set out with letter spacing)
        edits.extend(_letter_spaced_edits(text, a, b) if alone >= 3 else _split_in(text, a, b))
    return edits


_TOKEN = re.compile(r"[^\W\d_]+|\S")


def _letter_spaced_edits(text: str, a: int, b: int) -> list[Edit]:
    """A line a PDF set out with letter spacing (``T hủ tướ ng C h í nh ph ủ``, ``U B ND``, ``T T U
    B : C T``): many letters stand alone. Each run of letter pieces one space apart is cut into
    words at least cost (:func:`_spaced_words`): syllables in use, in one case, joined from their
    pieces ("Thủ tướng Chính phủ", "Nguyễn"), capitals standing alone joined into an abbreviation
    ("UBND", "TTUB", "PCT")."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, a, b)]
    edits: list[Edit] = []
    i = 0
    while i < len(toks):
        if not toks[i][2].isalpha():
            i += 1
            continue
        j = i + 1  # the run: letter pieces one space apart
        while j < len(toks) and toks[j][2].isalpha() and toks[j][0] == toks[j - 1][1] + 1:
            j += 1
        for x, y in _spaced_words([t for _s, _e, t in toks[i:j]]):
            edits.extend((toks[i + k][1], toks[i + k + 1][0], "") for k in range(x, y - 1))
        i = j
    return edits


def _spaced_words(pieces: list[str]) -> list[tuple[int, int]]:
    """The cut of a run of pieces into words at least cost: a word of pieces that make a syllable
    the dictionary knows costs 1, one the spelling rules allow in capitals or capitalised (a
    name: "Nguyễn") 1.5, capitals alone joined as an abbreviation 2, a piece left alone that is
    no syllable 3. Returns the ``(first, end)`` piece ranges of the words of two pieces or more."""
    m = len(pieces)
    best: list[tuple[float, list[tuple[int, int]]]] = [(0.0, [])] + [(float("inf"), [])] * m
    for i in range(m):
        cost_i, words_i = best[i]
        if cost_i == float("inf"):
            continue
        for n in range(1, min(5, m - i) + 1):
            c = _word_cost(tuple(pieces[i : i + n]))
            if c is not None and cost_i + c < best[i + n][0]:
                best[i + n] = (cost_i + c, [*words_i, (i, i + n)] if n > 1 else words_i)
    return best[m][1]


@lru_cache(maxsize=8192)
def _word_cost(pieces: tuple[str, ...]) -> float | None:
    joined = "".join(pieces)
    if len(pieces) == 1:
        return 1.0 if is_vietnamese_syllable(joined.casefold()) else 3.0
    if all(len(p) == 1 and p.isupper() for p in pieces[:-1]) and pieces[-1].isupper() and len(pieces[-1]) <= 3 \
            and not (len(pieces[-1]) > 1 and is_vietnamese_syllable(pieces[-1].casefold())) \
            and not any(c in _TONED_INSIDE for c in joined) and not is_vietnamese_syllable(joined.casefold()):
        return 2.0  # "U B ND", "P C T": an abbreviation (initials carry no tone)
    if not _same_case(list(pieces)):
        return None
    if joined.casefold() in _dictionary_syllables():
        return 1.0
    if not joined.islower() and is_vietnamese_syllable(joined.casefold()):
        return 1.5
    return None


def _one_letter_lines(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, letters alone)`` of each line holding a letter that stands alone, in order.

    A letter standing alone (``_ONE_LETTER``: whitespace or the text's edge on both sides) is
    a word of one character: the text's words (:func:`_words`, read by the tone step already)
    say which letters do, and each is then found by a pattern that begins with that letter,
    so the scan skips to it. A text holds a few such letters ("ở", "ý", "y"); scanning the
    whole text for any letter after whitespace cost more than the rest of the step."""
    found: set[int] = set()
    for w in [w for w in _words(text) if len(w) == 1]:
        if _LETTER.match(w):
            found.update(m.start() for m in _alone(w).finditer(text))
    out: list[tuple[int, int, int]] = []
    for p in sorted(found):
        if out and p < out[-1][1]:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + 1)
            continue
        a = text.rfind("\n", 0, p) + 1
        b = text.find("\n", p + 1)
        out.append((a, len(text) if b < 0 else b, 1))
    return out


_ONE_LETTER = re.compile(r"(?<!\S)[^\W\d_](?!\S)")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1024)
def _alone(letter: str) -> re.Pattern[str]:
    """``_ONE_LETTER`` for one letter: the letter first, then the test of the character before
    it (none, or whitespace) and after it (the same matches, found by skipping to the letter)."""
    c = re.escape(letter)
    return re.compile(rf"{c}(?<!\S{c})(?!\S)")


def _split_in(text: str, a: int, b: int) -> list[Edit]:
    edits: list[Edit] = []
    done = a
    for m in _SHORT_PIECE.finditer(text, a, b):
        if m.start() < done or is_vietnamese_syllable(m.group().casefold()):
            continue  # (most short words are syllables: the cached test settles them at once)
        spans = [m.span()]
        while len(spans) < 4 and (n := _NEXT_PIECE.match(text, spans[-1][1])) is not None:
            spans.append(n.span(1))
        for k in (4, 3, 2):  # the longest that makes one ("tr ưở n g": "trưởng", not "trưởn")
            if len(spans) < k:
                continue
            pieces = [text[x:y] for x, y in spans[:k]]
            if _same_case(pieces) and is_vietnamese_syllable("".join(pieces).casefold()):
                edits.extend((spans[j][1], spans[j + 1][0], "") for j in range(k - 1))
                done = spans[k - 1][1]
                break
    return edits


def _vowel_class() -> str:
    """The letters whose base is a vowel (every mark and case of a, ă, â, e, ê, i, o, ô, ơ, u, ư,
    y), as a regex class body."""
    out = []
    for cp in range(0x41, 0x1F00):
        c = chr(cp)
        if c.isalpha() and unicodedata.normalize("NFD", c)[0].casefold() in "aeiouy":
            out.append(c)
    return "".join(re.escape(c) for c in out)


_V = _vowel_class()
# a piece of at most three letters standing alone that no syllable is made of alone: consonants
# only ("B", "tr", "n g") or vowels only ("ươ", "Ộ"): the pieces a syllable set apart leaves; the
# next piece a space after it
_SHORT_PIECE = re.compile(rf"\b(?:[bcdđfghjklmnpqrstvwxzBCDĐFGHJKLMNPQRSTVWXZ]{{1,3}}|[{_V}]{{1,3}})\b")
_NEXT_PIECE = re.compile(r" ([^\W\d_]{1,3})(?![^\W\d_])")


def _pass(text: str, maps: list[_Map | _PieceMap], first: bool) -> tuple[str, str | None, bool]:
    """One pass of all steps; appends the maps of the steps that changed lengths."""
    enc: str | None = None
    dirty = False

    def step(t: str, edits: list[Edit]) -> str:
        if not edits:
            return t
        out, mp = _apply(t, edits)
        if mp is not None:
            maps.append(mp)
        return out

    if first:
        enc, edits = repair_legacy_edits(text)
        text = step(text, edits)
    if "&" in text:
        edits, dirty = _entity_edits(text)
        text = step(text, edits)
    if "\xa0\xa0\xa0" in text:
        # (before the cleaning makes them spaces, which a text laid out in columns also has)
        text = step(text, _tabbed_signature_edits(text, nbsp=True))
    text = step(text, _clean_edits(text))
    if first and "_" in text:
        text = step(text, word_segmented_edits(text))
    text = step(text, latex_text_edits(text))
    text = step(text, _glued_opener_edits(text))
    if "\t" in text:
        text = step(text, tab_table_edits(text))
        text = step(text, _tabbed_signature_edits(text))
    text = step(text, lookalike_edits(text))
    if first:
        text = step(text, _footnote_mark_edits(text))
        text = step(text, _page_mark_edits(text))
    text, mp = _nfc(text)
    if mp is not None:
        maps.append(mp)
    # a task table laid out with spaces is read as pipe rows (pipeline/space_tables.py) before the
    # side-by-side reflow below takes its first column for a header's
    flow = space_tables.reflow(text)
    if flow is not None:
        text, pieces = flow
        maps.append(_PieceMap(pieces))
    flow = reflow_columns(text)
    if flow is not None:
        text, pieces = flow
        maps.append(_PieceMap(pieces))

    md_edits, soft, md_dirty = _markdown(
        text, not ("\n\n" in text and _lines_as_paragraphs([ln.strip(" \t") for ln in text.split("\n")]))
    )
    dirty |= md_dirty
    later: list[_Map] = []
    if md_edits:
        text, mp = _apply(text, md_edits)
        if mp is not None:
            soft = [mp.fwd(p, False) for p in soft]
            maps.append(mp)
        if not dirty and _has_markdown(text):
            dirty = True  # deleting markers made new markup ("**# x"): one more pass
        text, mp = _nfc(text)
        if mp is not None:
            later.append(mp)
            maps.append(mp)
    # (syllables set apart are put back in the first pass: the later ones only settle joins)
    stages = (_glued_syllable_edits, _glued_symbol_edits, _glued_item_edits, _quote_edits, _tone_edits, _split_syllable_edits, restore_edits) if first else (
        _quote_edits, _tone_edits, restore_edits)
    for stage in stages:
        edits = stage(text)
        if edits:
            text, mp = _apply(text, edits)
            if mp is not None:
                later.append(mp)
                maps.append(mp)
    if soft and later:
        for mp in later:
            soft = [mp.fwd(p, False) for p in soft]
    line_edits, unsettled = _lines_edits(text, set(soft))
    text = step(text, line_edits)
    if unsettled:
        # a break kept for what the next line is alone, that line joined on: one more pass
        # (also after the first: the join a pass makes may unsettle a break above it again;
        # normalize() bounds the passes)
        dirty = True
    if not dirty and ("_" in text or "*" in text) and _has_markdown(text):
        # joined lines brought two emphasis markers onto one line ("… _x\ny |_ …"): the next
        # normalize() would read them as a styled run; one more pass settles it now
        dirty = True
    return text, enc, dirty


def normalize(text: str) -> NormalizedText:
    """Normalize a decoded document; see the module docstring for the steps."""
    maps: list[_Map | _PieceMap] = []
    out, enc, dirty = _pass(text, maps, True)
    for _ in range(5):
        if dirty:
            out, _, dirty = _pass(out, maps, False)
        elif repair_legacy_edits(out)[0] is not None:
            # the cleaned text reads as legacy-encoded now (mixed input): repair it too, so
            # that normalizing the result again changes nothing
            out, enc2, dirty = _pass(out, maps, True)
            enc = enc or enc2
        else:
            break
    out = _settle(out, maps)
    return NormalizedText(out, text, enc, tuple(maps))


def _settle(out: str, maps: list[_Map | _PieceMap]) -> str:
    """``out`` as the next normalize() leaves it. The passes judged some line breaks with what
    they then removed (a page's padding, a tab row's tabs); judged on the text alone, the next
    pass may join them. Such a break keeps the judgement made with more to go on: it gets the
    two trailing spaces that mark a hard break. Where that is not enough the next pass's text
    is taken (a bounded number of times)."""
    for _ in range(3):
        trial: list[_Map | _PieceMap] = []
        again, _, _ = _pass(out, trial, True)
        if again == out:
            break
        marks: list[Edit] = []
        for m in re.finditer("\n", out):
            q = m.start()
            for mp in trial:
                q = mp.fwd(q, False)
            if q < len(again) and again[q] != "\n" and m.start() > 0 and out[m.start() - 1] not in " \n":
                marks.append((m.start(), m.start(), "  "))
        if marks:
            marked, mp = _apply(out, marks)
            if _pass(marked, [], True)[0] == marked:
                if mp is not None:
                    maps.append(mp)
                return marked
        out = again
        maps.extend(trial)
    return out


# ---------------------------------------------------------------------------------------------
# Field values
# ---------------------------------------------------------------------------------------------

_PAIRS = {"“": "”", '"': '"', "‘": "’", "«": "»", "(": ")", "[": "]", "{": "}"}
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _wrapped(s: str) -> bool:
    """Whether the first character opens a pair that the last character closes."""
    open_ = s[0]
    close = _PAIRS.get(open_)
    if close is None or len(s) < 2 or s[-1] != close:
        return False
    if open_ == close:
        return s.find(close, 1) == len(s) - 1
    depth = 0
    for j, c in enumerate(s):
        if c == open_:
            depth += 1
        elif c == close:
            depth -= 1
            if depth == 0:
                return j == len(s) - 1
    return False


def normalize_value(s: str) -> str:
    """Clean an extracted field value: NFC, modern tone placement, whitespace collapsed,
    surrounding quotes/brackets and trailing ``; . , :`` (and ``./.``) stripped. A lone
    opening quote at the start (or closing one at the end) whose partner is missing goes too."""
    s = unicodedata.normalize("NFC", _INVISIBLE.sub("", s))
    s = fix_tone_placement(" ".join(s.split()))
    while s:
        prev = s
        if s.endswith("./."):
            s = s[:-3]
        s = s.rstrip(" ;.,:").lstrip(" ")
        if not s:
            break
        if _wrapped(s):
            s = s[1:-1]
        elif s[0] == "“" and "”" not in s or s[0] == '"' and s.count('"') % 2:
            s = s[1:]
        elif s[-1] == "”" and "“" not in s or s[-1] == '"' and s.count('"') % 2:
            s = s[:-1]
        if s == prev:
            break
    return s.strip()
