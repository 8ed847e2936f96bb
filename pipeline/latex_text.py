"""Text that a PDF-to-markdown converter wrote as inline LaTeX.

Converters built on a layout model with a formula recogniser (MinerU and its kind) take a
damaged letter, a mark they cannot read, or a bracketed note for a formula and print it as one:
``$\\mathrm { k } \\mathring { \\mathrm { e } }$``, ``$( \\mathsf { b } / \\mathsf { c } )$``. Left
in, the dollars and commands break the words the extractors read ("hiệu lực $…$ từ ngày ký",
a recipient "Chủ tịch UBND tỉnh $( \\mathsf{ b } …$"). A span whose commands are only font
wrappers, accents over one letter and a few symbols (``rules/latex.toml``) is put back as the
letters it draws; a span with any other command is a real formula and stays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .resources import load_rules

Edit = tuple[int, int, str]

# an inline span: one line, no nested dollar, at most a short phrase long
_SPAN = re.compile(r"(?<![\\$\w])\$(?=\S)([^$\n]{1,240}?)(?<=\S)\$(?!\$)")
_KEPT = "\x00"  # a space that text mode keeps, through the removal of math mode's
_COMMAND = re.compile(r"\\([A-Za-z]+|[%&_#,;])")


@cache
def _rules() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    r = load_rules("latex")
    return frozenset(r["wrappers"]), dict(r["accents"]), dict(r["symbols"])


def _group(s: str, i: int) -> tuple[str, int] | None:
    """The braced group (or the single character) at ``s[i:]`` after spaces: its text and end."""
    while i < len(s) and s[i] == " ":
        i += 1
    if i >= len(s):
        return None
    if s[i] != "{":
        return s[i], i + 1
    depth, j = 0, i
    while j < len(s):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return s[i + 1 : j], j + 1
        j += 1
    return None


def _plain(src: str) -> str | None:
    """The text ``src`` draws, or None when it holds a command of a real formula."""
    wrappers, accents, symbols = _rules()
    out: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            m = _COMMAND.match(src, i)
            if m is None:
                return None
            name = m.group(1)
            if name in symbols:
                out.append(symbols[name].replace(" ", _KEPT))
                i = m.end()
                continue
            if name not in wrappers and name not in accents:
                return None
            g = _group(src, m.end())
            if g is None:
                return None
            inner = _plain(g[0])
            if inner is None:
                return None
            if name.startswith("text"):
                inner = re.sub(r"\s+", _KEPT, inner.strip())  # text mode: its spaces are the words'
            if name in accents:
                inner = inner.strip()
                inner = inner[:1] + accents[name] + inner[1:] if inner else accents[name].strip()
            out.append(inner)
            i = g[1]
        elif c in "{}":
            i += 1
        elif c in "^":
            return None  # a superscript: a formula's, or a footnote's mark — left as written
        else:
            out.append(c)
            i += 1
    return "".join(out)


def latex_text_edits(text: str) -> list[Edit]:
    """Edits replacing each inline span that only draws text by that text, its letters joined
    (the converter spaces every token: "( \\mathsf { b } / …" → "(b/c)")."""
    if "$" not in text or "\\" not in text:
        return []
    edits: list[Edit] = []
    for m in _SPAN.finditer(text):
        body = m.group(1)
        if "\\" not in body:
            continue  # "$5 … 10$": dollars in prose, no formula
        plain = _plain(body)
        if plain is None:
            continue
        # (math mode ignores spaces: the converter's own go; text mode's are kept)
        plain = unicodedata.normalize("NFC", re.sub(r"\s+", "", plain).replace(_KEPT, " "))
        edits.append((m.start(), m.end(), plain))
    return edits
