"""DOCX through python-docx: body paragraphs and tables in document order, as plain text.

The text is laid out the way the plain-text twin of a document is, because that is what the
segmenter reads: one paragraph per block, blocks separated by a blank line, a soft line break
(``w:br``) a line break inside its block.

Tables are of two kinds. Administrative documents lay their header out as a borderless
two-column table (issuer left, Quốc hiệu right; ``Số:`` left, place and date right) and often
the closing too (``Nơi nhận`` left, signature right): such a *layout table* — no row with more
than two non-empty cells, no borders — is written cell by cell, row by row, left cell first,
each cell one block with one line per cell paragraph, as the converter markdown of the dev
corpus has it. Any other table is data: one line per row, `` | `` between cells.

Automatic list numbers and bullets are written in front of their paragraph (``1.``, ``a)``,
``I.``; bullets as ``-``), since the segmenter reads section and list markers.

Text boxes (``w:txbxContent``, DrawingML or VML; the ``mc:Fallback`` copy of a box is
skipped) follow the paragraph they are anchored in. Deleted text, field instructions and
hidden runs are left out.

Before python-docx sees the package, :func:`check_zip` refuses zip bombs (total or per-member
uncompressed size, compression ratio, member count). python-docx parses its XML with
``resolve_entities=False`` (lxml: no DTD loading, no network), so an external entity is
never fetched nor expanded; :func:`_check_parser` makes sure that stays so.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from lxml import etree

from ..ingest import Decoded, IngestError
from .tables import table_lines

MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all members together
MAX_MEMBER = 128 * 1024 * 1024
MAX_RATIO = 100  # uncompressed/compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 5000

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, R, T, TAB, PTAB, BR, CR = (_w(t) for t in ("p", "r", "t", "tab", "ptab", "br", "cr"))
NB_HYPHEN, SOFT_HYPHEN, SYM = _w("noBreakHyphen"), _w("softHyphen"), _w("sym")
TBL, TR, TC, TBLPR, TCPR = _w("tbl"), _w("tr"), _w("tc"), _w("tblPr"), _w("tcPr")
SDT, SDT_CONTENT, CUSTOM_XML, SMART_TAG = _w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag")
TXBX = _w("txbxContent")
RPR, VANISH = _w("rPr"), _w("vanish")
ALTERNATE, CHOICE, FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
_SKIP = {
    _w(t)
    for t in (
        "pPr", "rPr", "del", "delText", "instrText", "delInstrText", "moveFrom", "footnoteReference",
        "endnoteReference", "commentReference", "annotationRef", "fldChar", "lastRenderedPageBreak",
        "bookmarkStart", "bookmarkEnd", "proofErr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr",
    )
} | {FALLBACK}


# ---------------------------------------------------------------------------------------------
# Package checks
# ---------------------------------------------------------------------------------------------


def check_zip(data: bytes, path: Path) -> zipfile.ZipFile:
    """The zip archive of an OOXML/ODF file, refused if unpacking it could exhaust memory."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise IngestError("corrupt", f"{path}: not a readable zip package ({e})") from e
    if len(infos) > MAX_MEMBERS:
        raise IngestError("zip-bomb", f"{path}: {len(infos)} members in the package (limit {MAX_MEMBERS})")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > MAX_MEMBER or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
            raise IngestError(
                "zip-bomb",
                f"{path}: member {info.filename!r} unpacks to {info.file_size} bytes "
                f"(compression ratio {ratio:.0f}, limits {MAX_MEMBER} bytes and {MAX_RATIO})",
            )
    if total > MAX_UNCOMPRESSED:
        raise IngestError("zip-bomb", f"{path}: the package unpacks to {total} bytes (limit {MAX_UNCOMPRESSED})")
    return zf


@cache
def _check_parser() -> None:
    """python-docx's lxml parser must not resolve entities (XXE, billion laughs)."""
    from docx.oxml import parser

    probe = b'<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>'
    root = etree.fromstring(probe, parser.oxml_parser)
    if "x" in "".join(root.itertext()):  # pragma: no cover - python-docx changed its parser
        raise IngestError("unsafe-parser", "python-docx's XML parser resolves entities; refusing DOCX input")


# ---------------------------------------------------------------------------------------------
# Body → blocks
# ---------------------------------------------------------------------------------------------


def _hidden(run: etree._Element) -> bool:
    rpr = run.find(RPR)
    if rpr is None:
        return False
    v = rpr.find(VANISH)
    return v is not None and v.get(_w("val"), "true") not in ("0", "false", "off")


def _paragraph(p: etree._Element) -> tuple[str, list[etree._Element]]:
    """A paragraph's text (soft breaks as ``\\n``) and the text boxes anchored in it."""
    parts: list[str] = []
    boxes: list[etree._Element] = []

    def walk(el: etree._Element) -> None:
        for c in el:
            tag = c.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == T:
                parts.append(c.text or "")
            elif tag in (TAB, PTAB):
                parts.append("\t")
            elif tag in (BR, CR):
                parts.append("\n")
            elif tag == NB_HYPHEN:
                parts.append("-")
            elif tag == SOFT_HYPHEN:
                continue
            elif tag == SYM:
                code = c.get(_w("char"), "")
                try:
                    ch = chr(int(code, 16))
                except ValueError:
                    continue
                # Symbol-font private-use codes are no letter; a surrogate code is no character
                if not (0xE000 <= ord(ch) <= 0xF8FF or 0xD800 <= ord(ch) <= 0xDFFF):
                    parts.append(ch)
            elif tag == TXBX:
                boxes.append(c)
            elif tag == R and _hidden(c):
                continue
            else:
                walk(c)

    walk(p)
    return "".join(parts), boxes


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _int(value: str | None, default: int) -> int:
    """A numbering attribute as an int (a damaged or hostile file may hold anything)."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class _Numbering:
    """Automatic list numbers and bullets (``w:numPr``), which Word keeps out of the text: a
    section heading ``1. Mục đích`` or a recipient ``- Như trên;`` typed with a list style
    would otherwise reach the segmenter without the marker it reads. Counters run per list
    (``numId``), deeper levels restart; any bullet symbol becomes ``-``, as in plain text.

    The numbering part is input like any other: a start that is not a number or past Word's
    own maximum counts from 1, a level Word does not have gets no label, and a number too
    large for roman numerals or letters (whose length grows with the number: a list started at
    10⁹ would write a million ``M`` per item) is written in decimal (``rules/limits.toml``)."""

    def __init__(self, doc) -> None:
        from ..limits import limit

        self.max_start = int(limit("docx", "max_start"))
        self.max_styled = int(limit("docx", "max_styled_number"))
        self.max_level = int(limit("docx", "max_level"))
        self.levels: dict[str, dict[str, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        self.style_num: dict[str, tuple[str, str]] = {}
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError, ValueError):
            return
        abstract = {}
        for a in root.iter(_w("abstractNum")):
            lv = {}
            for lvl in a.iter(_w("lvl")):
                fmt = lvl.find(_w("numFmt"))
                text = lvl.find(_w("lvlText"))
                start = lvl.find(_w("start"))
                lv[lvl.get(_w("ilvl"), "0")] = (
                    fmt.get(_w("val"), "decimal") if fmt is not None else "decimal",
                    text.get(_w("val"), "") if text is not None else "",
                    self._start(start.get(_w("val")) if start is not None else None),
                )
            abstract[a.get(_w("abstractNumId"))] = lv
        for num in root.iter(_w("num")):
            ref = num.find(_w("abstractNumId"))
            if ref is not None and ref.get(_w("val")) in abstract:
                self.levels[num.get(_w("numId"))] = abstract[ref.get(_w("val"))]
        for style_id, el in _style_elements(doc).items():
            numpr = el.find(f"{_w('pPr')}/{_w('numPr')}")
            if numpr is not None:
                self.style_num[style_id] = self._ids(numpr)

    def _start(self, value: str | None) -> int:
        n = _int(value, 1)
        return n if 0 <= n <= self.max_start else 1

    @staticmethod
    def _ids(numpr: etree._Element) -> tuple[str, str]:
        num, ilvl = numpr.find(_w("numId")), numpr.find(_w("ilvl"))
        return (num.get(_w("val"), "0") if num is not None else "",
                ilvl.get(_w("val"), "0") if ilvl is not None else "")

    def label(self, p: etree._Element) -> str:
        ppr = p.find(_w("pPr"))
        if ppr is None or not self.levels:
            return ""
        num_id, ilvl = "", ""
        style = ppr.find(_w("pStyle"))
        if style is not None and style.get(_w("val")) in self.style_num:
            num_id, ilvl = self.style_num[style.get(_w("val"))]
        numpr = ppr.find(_w("numPr"))
        if numpr is not None:
            own_id, own_lvl = self._ids(numpr)
            num_id, ilvl = own_id or num_id, own_lvl or ilvl
        levels = self.levels.get(num_id)
        level = _int(ilvl or "0", -1)
        if not levels or not 0 <= level <= self.max_level or str(level) not in levels:
            return ""
        fmt, text, _ = levels[str(level)]
        counters = self.counters.setdefault(num_id, [0] * (self.max_level + 1))
        if counters[level] == 0:
            counters[level] = levels[str(level)][2] - 1
        counters[level] += 1
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = 0
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""

        def value(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lf = levels.get(str(k), ("decimal", "", 1))[0]
            n = max(counters[k], 1) if 0 <= k < len(counters) else 1
            if n > self.max_styled:
                return str(n)
            if lf in ("upperRoman", "lowerRoman"):
                r = _roman(n)
                return r if lf == "upperRoman" else r.lower()
            if lf in ("upperLetter", "lowerLetter"):
                c = _letter(n)
                return c.upper() if lf == "upperLetter" else c
            if lf == "decimalZero":
                return f"{n:02d}"
            return str(n)

        return re.sub(r"%(\d)", value, text).strip()


def _blocks(container: etree._Element, doc) -> list[str]:
    """Blocks (paragraph texts, tables as their blocks) of a body, cell, box or content control."""
    out: list[str] = []
    for child in container:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == P:
            text, boxes = _paragraph(child)
            label = _numbering(doc).label(child)  # counts empty items too, as Word does
            if text.strip():
                out.append(f"{label} {text.lstrip()}" if label else text)
            for box in boxes:
                out.extend(_blocks(box, doc))
        elif tag == TBL:
            out.extend(_table(child, doc))
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                out.extend(_blocks(content, doc))
        elif tag in (CUSTOM_XML, SMART_TAG, _w("ins"), _w("moveTo")):
            out.extend(_blocks(child, doc))
        elif tag == ALTERNATE:
            choice = child.find(CHOICE)
            if choice is not None:
                out.extend(_blocks(choice, doc))
    return out


def _borders_on(borders: etree._Element | None) -> bool | None:
    if borders is None:
        return None
    return any(b.get(_w("val"), "nil") not in ("nil", "none") for b in borders)


def _bordered(tbl: etree._Element, doc) -> bool:
    """Whether the table draws cell borders (its own, or its style's, following basedOn)."""
    tblpr = tbl.find(TBLPR)
    if tblpr is not None:
        own = _borders_on(tblpr.find(_w("tblBorders")))
        if own is not None:
            return own
        style = tblpr.find(_w("tblStyle"))
        style_id = style.get(_w("val")) if style is not None else None
    else:
        style_id = None
    styles = _style_elements(doc)
    seen: set[str] = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        el = styles.get(style_id)
        if el is None:
            break
        found = _borders_on(el.find(f"{TBLPR}/{_w('tblBorders')}"))
        if found is not None:
            return found
        based = el.find(_w("basedOn"))
        style_id = based.get(_w("val")) if based is not None else None
    return False


def _numbering(doc) -> _Numbering:
    numbering = getattr(doc, "_vanban_numbering", None)
    if numbering is None:
        numbering = doc._vanban_numbering = _Numbering(doc)
    return numbering


def _style_elements(doc) -> dict[str, etree._Element]:
    cache = getattr(doc, "_vanban_styles", None)
    if cache is None:
        try:
            root = doc.styles.element
        except (KeyError, ValueError, AttributeError):  # a package without a styles part
            root = None
        cache = {} if root is None else {s.get(_w("styleId")): s for s in root.iter(_w("style"))}
        doc._vanban_styles = cache
    return cache


def _continued(tc: etree._Element) -> bool:
    """A vertically merged cell below the first one (its text belongs to the cell above)."""
    tcpr = tc.find(TCPR)
    vm = tcpr.find(_w("vMerge")) if tcpr is not None else None
    return vm is not None and vm.get(_w("val"), "continue") != "restart"


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Child elements ``tag`` of a table or row, also those wrapped in content controls."""
    for c in el:
        if c.tag == tag:
            yield c
        elif c.tag == SDT:
            content = c.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif c.tag == CUSTOM_XML:
            yield from _children(c, tag)


def _table(tbl: etree._Element, doc) -> list[str]:
    rows: list[list[list[str]]] = []
    for tr in _children(tbl, TR):
        rows.append([[] if _continued(tc) else _blocks(tc, doc) for tc in _children(tr, TC)])
    return table_lines(rows, _bordered(tbl, doc))


def read(data: bytes, path: Path) -> Decoded:
    check_zip(data, path)
    _check_parser()
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(io.BytesIO(data))
        body = doc.element.body
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as e:
        raise IngestError("corrupt", f"{path}: not a readable DOCX document ({e})") from e
    return Decoded(text="\n\n".join(_blocks(body, doc)), format="docx", encoding="docx")
