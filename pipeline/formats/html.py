"""HTML through lxml.html (a real, forgiving parser), as plain text laid out like the twin.

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
from pathlib import Path

import lxml.html
from lxml import etree

from ..encoding import decode_bytes
from ..ingest import Decoded
from .tables import table_lines

_DROP = {
    "script", "style", "nav", "noscript", "template", "head", "svg", "math", "iframe", "object",
    "embed", "button", "select", "option", "textarea", "canvas", "map", "audio", "video", "input",
}
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
    if m:
        try:
            codec = codecs.lookup(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            codec = None
        if codec is not None and codec.name not in _WESTERN:
            try:
                return data.decode(codec.name), codec.name
            except UnicodeDecodeError:
                pass
    return decode_bytes(data)


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


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
            lines = [line.strip() for line in para.split("\n")]
            block = "\n".join(line for line in lines if line)
            if block:
                self.blocks.append(block)


def _tag(el: etree._Element) -> str | None:
    return el.tag.lower() if isinstance(el.tag, str) else None


def _walk(el: etree._Element, w: _Writer, pre: bool = False) -> None:
    tag = _tag(el)
    if tag is None or tag in _DROP or _hidden(el):
        return
    if tag == "br":
        w.buf.append("\n")
        return
    if tag == "table":
        w.flush()
        w.blocks.extend(_table(el))
        return
    block = tag in _BLOCK or tag in ("li", "tr", "td", "th")
    pre = pre or tag == "pre"
    if block:
        w.flush()
    if tag == "li":
        first = (el.text_content() or "").lstrip()
        if not first.startswith(_BULLETS):
            parent = el.getparent()
            if parent is not None and _tag(parent) == "ol":
                items = [c for c in parent if _tag(c) == "li"]
                w.buf.append(f"{items.index(el) + 1}. ")
            else:
                w.buf.append("- ")
    w.text(el.text, pre)
    for child in el:
        _walk(child, w, pre)
        w.text(child.tail, pre)
    if block:
        w.flush()


def _cell_lines(cell: etree._Element) -> list[str]:
    w = _Writer()
    w.text(cell.text)
    for child in cell:
        _walk(child, w)
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


def _table(table: etree._Element) -> list[str]:
    rows: list[list[list[str]]] = []
    for tr in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
        rows.append([_cell_lines(td) for td in tr if _tag(td) in ("td", "th") and not _hidden(td)])
    out = table_lines(rows, _bordered(table))
    caption = table.find("caption")
    if caption is not None and (caption.text_content() or "").strip():
        out.insert(0, " ".join(caption.text_content().split()))
    return out


def html_text(markup: str) -> str:
    """The plain text of an HTML document (see the module docstring)."""
    markup = _XML_DECL.sub("", markup, count=1)
    if not markup.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    w = _Writer()
    body = root.find("body")
    _walk(body if body is not None else root, w)
    w.flush()
    return "\n\n".join(w.blocks)


def read(data: bytes, path: Path) -> Decoded:
    markup, charset = decode_html(data)
    return Decoded(text=html_text(markup), format="html", encoding=charset)
