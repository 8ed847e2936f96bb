"""Text that a PDF-to-markdown converter wrote as inline LaTeX.

Converters built on a layout model with a formula recogniser (MinerU and its kind) take a
damaged letter, a mark they cannot read, or a bracketed note for a formula and print it as one:
``$\\mathrm { k } \\mathring { \\mathrm { e } }$``, ``$( \\mathsf { b } / \\mathsf { c } )$``. Left
in, the dollars and commands break the words the extractors read ("hiệu lực $…$ từ ngày ký",
a recipient "Chủ tịch UBND tỉnh $( \\mathsf{ b } …$"). A span whose commands are only font
wrappers, accents over one letter (the letter stays, bare: the mark the model could not read is
unknown) and a few symbols (``rules/latex.toml``) is put back as the letters it draws, each in
place; a span with any other command is a real formula and stays.
"""

from __future__ import annotations

import re
from functools import cache

from .resources import load_rules

Edit = tuple[int, int, str]

# an inline span: one line, no nested dollar, at most a short phrase long
_SPAN = re.compile(r"(?<![\\$\w])\$(?=\S)([^$\n]{1,240}?)(?<=\S)\$(?!\$)")
_COMMAND = re.compile(r"\\([A-Za-z]+|[%&_#,;])")


@cache
def _rules() -> tuple[frozenset[str], dict[str, str]]:
    r = load_rules("latex")
    return frozenset(r["wrappers"]) | frozenset(r["accents"]), dict(r["symbols"])


def _group(s: str, i: int) -> tuple[int, int, int] | None:
    """The braced group (or the single character) at ``s[i:]`` after spaces: (where its content
    starts, where it ends, where the whole group ends)."""
    while i < len(s) and s[i] == " ":
        i += 1
    if i >= len(s):
        return None
    if s[i] != "{":
        return i, i + 1, i + 1
    depth, j = 0, i
    while j < len(s):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return i + 1, j, j + 1
        j += 1
    return None


def _edits(src: str, a: int, b: int, text_mode: bool, out: list[Edit]) -> bool:
    """Edits that turn ``src[a:b]`` into the letters it draws, each letter left where it stands
    (its span is its own): commands, braces and math mode's spaces go, a symbol command becomes
    its character. False when the span holds a command of a real formula."""
    unwrapped, symbols = _rules()
    i = a
    while i < b:
        c = src[i]
        if c == "\\":
            m = _COMMAND.match(src, i, b)
            if m is None:
                return False
            name = m.group(1)
            if name in symbols:
                out.append((i, m.end(), symbols[name]))
                i = m.end()
                continue
            if name not in unwrapped:
                return False
            g = _group(src, m.end())
            if g is None or g[2] > b:
                return False
            cs, ce, ge = g
            out.append((i, cs, ""))  # the command and its opening brace
            if not _edits(src, cs, ce, text_mode or name.startswith("text"), out):
                return False
            out.append((ce, ge, ""))  # its closing brace
            i = ge
        elif c == "^":
            return False  # a superscript: a formula's, or a footnote's mark — left as written
        elif c in "{}" or (c.isspace() and (not text_mode or not src[a:i].strip() or not src[i + 1 : b].strip())):
            # (text mode keeps the spaces between its words, not those inside its braces)
            out.append((i, i + 1, ""))
            i += 1
        else:
            i += 1
    return True


def latex_text_edits(text: str) -> list[Edit]:
    """Edits putting each inline span that only draws text back as that text (the converter
    spaces every token: "$( \\mathsf { b } / \\mathsf { c } )$" → "(b/c)"); a real formula
    stays as written."""
    if "$" not in text or "\\" not in text:
        return []
    edits: list[Edit] = []
    for m in _SPAN.finditer(text):
        a, b = m.span(1)
        if "\\" not in text[a:b]:
            continue  # "$5 … 10$": dollars in prose, no formula
        mine: list[Edit] = [(m.start(), a, "")]
        if not _edits(text, a, b, False, mine):
            continue
        mine.append((b, m.end(), ""))
        edits.extend(e for e in mine if e[0] < e[1] or e[2])
    return edits
