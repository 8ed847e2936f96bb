"""HTML through lxml.html (a real, forgiving parser), as plain text laid out like the twin.

A web page is first narrowed to its document (:mod:`pipeline.formats.webpage`): site chrome
dropped, the container that holds the document chosen, the page's own headings and lists of
other documents before or after it dropped; a page whose document is not recognised keeps its
whole text, chrome dropped. A table of the document's properties (a legal database's
``Thuộc tính``) is taken out of the text and written after it as ``Label: value`` lines, with
where each value stands (:class:`pipeline.page_meta.PageMeta`): the extractor blanks those
lines and reads them only for header fields the document's text does not give.

Block elements (``p``, ``div``, headings, list items, …) become blocks separated by a blank
line, ``<br>`` a line break inside its block; script, style, navigation, forms' widgets and
hidden elements are dropped. Tables follow the rule of the DOCX reader
(:mod:`pipeline.formats.docx`): a borderless table with at most two non-empty cells per row is
the layout of a header or closing block and is written cell by cell, one block per cell, one
line per cell paragraph; any other table is data, one line per row with `` | `` between cells.

The bytes are decoded with the charset a BOM or a ``<meta>`` declares when it decodes them
cleanly; otherwise, and for the Western labels legacy Vietnamese pages wrongly declare
(``iso-8859-1``, ``windows-1252``: TCVN3/VNI fonts), :func:`pipeline.encoding.decode_bytes`
detects the encoding.
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from pathlib import Path

import lxml.html
from lxml import etree

from ..encoding import decode_bytes
from ..ingest import Decoded
from ..page_meta import PageField, PageMeta, block_lines
from .tables import table_lines
from .webpage import DROP as _DROP
from .webpage import is_hidden as _hidden
from .webpage import select
from .webpage import tag_of as _tag

_BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "section",
    "article", "main", "header", "footer", "aside", "blockquote", "pre", "address", "figure",
    "figcaption", "center", "form", "fieldset", "legend", "hr", "body", "html", "caption",
    "details", "summary",
}
_WESTERN = {"iso8859-1", "cp1252", "ascii", "latin-1", "iso8859-15"}
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([-\w:.]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_WS = re.compile(r"[ \t\r\n\f\v]+")
_BULLETS = ("-", "+", "•", "*", "–", "·")


def decode_html(data: bytes) -> tuple[str, str]:
    """``(text, charset)``: BOM, then ``<meta charset>``, then detection."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                      (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    m = _META_CHARSET.search(data[:8192])
    codec = _declared(m.group(1)) if m else None
    if codec is not None:
        try:
            return data.decode(codec.name), codec.name
        except (UnicodeError, LookupError):
            pass
    return decode_bytes(data)


def _declared(label: bytes) -> codecs.CodecInfo | None:
    """The text encoding a ``<meta>`` declares, if it is one worth trusting; else None (detect).

    A declaration is input like the rest. Python's codec registry also knows transforms that
    are no text encodings (``base64``, ``rot13``, ``zlib``) and ``undefined``, which fails by
    design: none of them can decode a page. A declared UTF-16 or UTF-32 without a BOM is
    impossible — the declaration itself was read as ASCII bytes — so, as the HTML standard
    says, it is not believed. The Western labels legacy Vietnamese pages wrongly declare are
    left to detection too."""
    try:
        codec = codecs.lookup(label.decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    if not getattr(codec, "_is_text_encoding", True) or codec.name == "undefined":
        return None
    if codec.name.startswith(("utf-16", "utf-32")) or codec.name in _WESTERN:
        return None
    return codec


class _Writer:
    """Collects inline text into blocks."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.buf: list[str] = []

    def text(self, s: str | None, pre: bool = False) -> None:
        if s:
            self.buf.append(s if pre else _WS.sub(" ", s))

    def flush(self) -> None:
        raw = "".join(self.buf)
        self.buf.clear()
        for para in re.split(r"\n[ \t]*\n", raw):
            # a line's indentation in non-breaking spaces is kept (a page that sets a text laid
            # out in columns with &nbsp;: the signature column's lines stand right, as in the
            # text), other white space at its ends is not
            lines = [line.strip(" \t\r\f\v").rstrip() if line.strip() else "" for line in para.split("\n")]
            block = "\n".join(line for line in lines if line)
            if block:
                self.blocks.append(block)


# Nesting deeper than this is read as flat text (the content kept, the structure below not):
# the walk recurses (Python allows 1000 frames by default), and a page nested thousands deep
# must neither overflow the stack nor cost more than one pass.
MAX_DEPTH = 500


def _first_text(el: etree._Element) -> str:
    """The first non-blank text in ``el`` (stops there: not the whole subtree's text)."""
    for t in el.itertext():
        if t.strip():
            return t.lstrip()
    return ""


def _walk(el: etree._Element, w: _Writer, pre: bool = False, ordinal: int | None = None, depth: int = 0) -> None:
    """``ordinal``: the item's number in its ``<ol>``, counted by the parent's loop (looking
    it up per item would cost the square of the list's length)."""
    tag = _tag(el)
    if tag is None or tag in _DROP or _hidden(el):
        return
    if tag == "br":
        w.buf.append("\n")
        return
    if depth > MAX_DEPTH:
        w.text(" ".join(t for t in el.itertext() if t.strip()), pre)
        return
    if tag == "table":
        w.flush()
        w.blocks.extend(_table(el, depth))
        return
    block = tag in _BLOCK or tag in ("li", "tr", "td", "th")
    pre = pre or tag == "pre"
    if block:
        w.flush()
    if tag == "li" and not _first_text(el).startswith(_BULLETS):
        w.buf.append(f"{ordinal}. " if ordinal is not None else "- ")
    w.text(el.text, pre)
    n = 0
    for child in el:
        if tag == "ol" and _tag(child) == "li":
            n += 1
            _walk(child, w, pre, n, depth + 1)
        else:
            _walk(child, w, pre, None, depth + 1)
        w.text(child.tail, pre)
    if block:
        w.flush()


def _cell_lines(cell: etree._Element, depth: int = 0) -> list[str]:
    w = _Writer()
    w.text(cell.text)
    for child in cell:
        _walk(child, w, depth=depth + 1)
        w.text(child.tail)
    w.flush()
    return w.blocks


def _bordered(table: etree._Element) -> bool:
    border = (table.get("border") or "0").strip()
    if border not in ("", "0"):
        return True
    for el in [table, *table.iter("td", "th")][:20]:
        style = (el.get("style") or "").lower()
        for m in re.finditer(r"border(?:-\w+)?\s*:\s*([^;]+)", style):
            if "none" not in m.group(1) and re.search(r"solid|double|dotted|dashed", m.group(1)):
                return True
    return False


def _table(table: etree._Element, depth: int = 0) -> list[str]:
    rows: list[list[list[str]]] = []
    for tr in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
        rows.append([_cell_lines(td, depth + 2) for td in tr if _tag(td) in ("td", "th") and not _hidden(td)])
    out = table_lines(rows, _bordered(table))
    caption = table.find("caption")
    if caption is not None and (caption.text_content() or "").strip():
        out.insert(0, " ".join(caption.text_content().split()))
    return out


_OPENS_DROPPED = re.compile(r"<(script|style|template|svg|math)\b|<!--", re.I)
_BLOCK_TAG = re.compile(r"</?(?:{}|li|tr|td|th|table)\b[^>]*>".format("|".join(sorted(_BLOCK))), re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
_BLANKS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def _drop_content(s: str) -> str:
    """Markup without script, style… elements and comments, in one forward pass (an element
    left open runs to the end, as in a browser; no pattern rescans the rest per opening)."""
    out: list[str] = []
    pos = 0
    low = s.lower()
    while (m := _OPENS_DROPPED.search(s, pos)) is not None:
        out.append(s[pos:m.start()])
        close = "-->" if m.group(1) is None else f"</{m.group(1).lower()}"
        end = low.find(close, m.end())
        if end < 0:
            return "".join(out)
        gt = s.find(">", end)
        pos = len(s) if gt < 0 else gt + 1
        out.append(" ")
    out.append(s[pos:])
    return "".join(out)


def _flat_text(markup: str) -> str:
    """The text of markup too deep to parse, by one linear pass of tag patterns: dropped
    elements' content removed, block tags as paragraph breaks, other tags removed."""
    import html as html_lib

    s = re.sub(r"<br\b[^>]*>", "\n", _drop_content(markup), flags=re.I)
    s = _BLOCK_TAG.sub("\n\n", s)
    s = html_lib.unescape(_ANY_TAG.sub("", s))
    lines = [_WS.sub(" ", line).strip() for line in s.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


@cache
def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(huge_tree=True)


def _parse(markup: str) -> tuple[etree._Element | None, bool]:
    """``(root, too_deep)``: the parsed page, or None for no markup at all."""
    markup = _XML_DECL.sub("", markup, count=1)
    if not markup.strip():
        return None, False
    parser = _parser()
    try:
        # huge_tree: libxml2 otherwise drops everything below 256 levels of nesting
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    return root, any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log)


def html_text(markup: str) -> str:
    """The plain text of an HTML document (see the module docstring)."""
    return read_page(markup)[0]


def read_page(markup: str) -> tuple[str, PageMeta | None]:
    """The text of a page's document and the page's own properties of it, written after the
    text as ``Label: value`` lines (see the module docstring)."""
    root, too_deep = _parse(markup)
    if root is None:
        return "", None
    if too_deep:
        return _flat_text(_XML_DECL.sub("", markup, count=1)), None  # the parser stopped; keep the text
    body = root.find("body")
    top = body if body is not None else root
    _mend_floated_images(top)
    page = select(top, _walk_fn)
    w = _Writer()
    _walk(page.container, w)
    w.flush()
    text = "\n\n".join(w.blocks)
    return _with_properties(text, page.pairs)


_FLOAT = re.compile(r"float\s*:\s*(?:left|right)", re.I)


def _mend_floated_images(top: etree._Element) -> None:
    """A word split by a floated image: a word processor anchors a drawing (the rule under the
    issuing body's name) to a character inside a word, and its HTML export writes the image
    there and then breaks the source line after it (``T<img align="left">⏎ỈNH``), which
    reads as two words (``T ỈNH``, ``S ố:``), or as two lines when the export adds the
    ``<br clear>`` that clears the float. A floated image takes no place in the line, so the
    line break written after it between two letters is source layout and goes, and so does
    its clearing break."""
    for img in list(top.iter("img")):
        if (img.get("align") or "").lower() not in ("left", "right") and not _FLOAT.search(img.get("style") or ""):
            continue
        # the clearing break, inside the image (as a forgiving parser nests it) or right after
        for br in [c for c in img if c.tag == "br" and c.get("clear")]:
            img.tail = (br.tail or "") + (img.tail or "")
            img.remove(br)
        nxt = img.getnext()
        if nxt is not None and nxt.tag == "br" and nxt.get("clear") and not (img.tail or "").strip():
            img.tail = (img.tail or "") + (nxt.tail or "")
            img.getparent().remove(nxt)
        tail = img.tail or ""
        if tail[:1] not in ("\n", "\r") or not tail.lstrip()[:1].isalpha():
            continue
        prev = img.getprevious()
        before = (prev.tail if prev is not None else img.getparent().text) or ""
        if before[-1:].isalpha():
            img.tail = tail.lstrip()


def _walk_fn(el: etree._Element) -> list[str]:
    """The blocks of one element's text, as the page's text writes them."""
    w = _Writer()
    _walk(el, w)
    w.flush()
    return w.blocks


def _with_properties(text: str, pairs: list[tuple[str, str, str]]) -> tuple[str, PageMeta | None]:
    if not pairs:
        return text, None
    lines = block_lines(pairs)
    start = len(text) + 2 if text else 0
    pos = start
    fields = []
    for key, line, value in lines:
        vs = pos + len(line) - len(value)
        fields.append(PageField(key, line[: len(line) - len(value)].rstrip(" :"), value, vs, vs + len(value)))
        pos += len(line) + 1
    block = "\n".join(line for _, line, _ in lines)
    out = f"{text}\n\n{block}" if text else block
    return out, PageMeta(tuple(fields), start, len(out))


def read(data: bytes, path: Path) -> Decoded:
    markup, charset = decode_html(data)
    text, meta = read_page(markup)
    return Decoded(text=text, format="html", encoding=charset, page_meta=meta)
