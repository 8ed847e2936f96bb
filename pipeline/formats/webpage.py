"""The document inside a web page: site chrome dropped, the container that holds it chosen.

A legal database or a portal sets one document among its own furniture: banner and menus,
breadcrumbs, tabs (``Nội dung | Thuộc tính | Tải về``), a heading of its own that names the
document (or another one), sidebars listing other documents, comment boxes, ads, a footer, and
often a table of the document's properties. Read as the document, a heading becomes its title,
a list of other documents its legal bases, the tabs push the header out of reach.

:func:`select` works on the parsed page, in passes linear in its size:

1. Chrome is dropped by tag, ARIA role and the words of class and id (``rules/web.toml``
   ``[chrome]``), unless it holds the document's header (a converter may wrap it in
   ``<header>``) or most of the page's text (a wrapper that carries such a word).
2. A properties table (``[properties]``: label cells followed by their values) is read into
   pairs for :mod:`pipeline.page_meta` and taken out of the text.
3. The document is recognised by its lines (``[document]``): the Quốc hiệu or tiêu ngữ, a
   ``Số:`` line (strong cues), then the type line, place-date line, grounds, articles and
   ``Nơi nhận`` after them. The lowest element holding them all is the container; when they
   are only the header's, it grows over siblings that are no lists of links, to take in the
   body. Inside it, headings before the document's first line (the page's own name for it)
   and lists of links before or after the document are dropped.
4. When nothing is recognised the page degrades to its whole text, chrome dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from lxml import etree

from ..headerzone import motto_spans
from ..lexicon import starts_with_org_head
from ..page_meta import cell_text, inline_pair, label_keys, read_pairs
from ..resources import load_rules
from ..segment import match_type_line
from ..textutil import collapse, is_upper_line

# tags whose content is never text (as the reader drops them)
DROP = {
    "script", "style", "nav", "noscript", "template", "head", "svg", "math", "iframe", "object",
    "embed", "button", "select", "option", "textarea", "canvas", "map", "audio", "video", "input",
}
BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "section",
    "article", "main", "header", "footer", "aside", "blockquote", "pre", "address", "figure",
    "figcaption", "center", "form", "fieldset", "legend", "hr", "body", "html", "caption",
    "details", "summary", "li", "tr", "td", "th", "table", "tbody", "thead", "tfoot",
}
STRONG = frozenset({"motto", "number"})
HEADER_KINDS = frozenset({"motto", "number", "date", "type", "vv", "addressee"})
BODY_KINDS = frozenset({"grounds", "article", "closing", "authority"})
OPENERS = frozenset({"vv", "addressee"})  # a letter without a type line starts with them


@dataclass
class Page:
    """What :func:`select` found: the element to read, the property pairs, and why."""

    container: etree._Element
    pairs: list[tuple[str, str, str]] = field(default_factory=list)
    recognised: bool = False
    dropped: list[str] = field(default_factory=list)  # what was taken out, for tests and review


@cache
def _rules() -> dict[str, Any]:
    return load_rules("web")


@cache
def _doc_res() -> dict[str, re.Pattern[str]]:
    d = _rules()["document"]
    return {k: re.compile(d[k]) for k in ("number", "date", "grounds", "article", "closing", "vv", "addressee", "authority")}


def tag_of(el: etree._Element) -> str | None:
    """An element's tag in lower case; None for comments and processing instructions."""
    return el.tag.lower() if isinstance(el.tag, str) else None


def is_hidden(el: etree._Element) -> bool:
    """Hidden by attribute or inline style: not shown, not the page's text."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def class_words(el: etree._Element) -> list[str]:
    """The words of an element's class and id (``siteHeader main_nav`` → site, header, main, nav)."""
    s = f"{el.get('class') or ''} {el.get('id') or ''}"
    if not s.strip():
        return []
    return [w for w in re.split(r"[^a-z]+", _CAMEL.sub(" ", s).lower()) if w]


def is_chrome(el: etree._Element, tag: str) -> bool:
    """Site chrome by tag, role or a word of its class/id (``rules/web.toml`` ``[chrome]``)."""
    r = _rules()["chrome"]
    if tag in r["tags"]:
        return True
    if (el.get("role") or "").strip().lower() in r["roles"]:
        return True
    words, parts = r["words"], r["parts"]
    return any(w in words or any(p in w for p in parts) for w in class_words(el))


def line_kinds(line: str) -> set[str]:
    """The document cues a line of text carries."""
    t = collapse(line)
    if not t or len(t) > 300:
        return set()
    kinds: set[str] = set()
    if len(t) <= 120 and motto_spans(t):
        kinds.add("motto")
    res = _doc_res()
    for k, rx in res.items():
        if rx.search(t):
            kinds.add(k)
    if match_type_line(t.strip(" *_")):
        kinds.add("type")
    return kinds


def _remove(el: etree._Element) -> None:
    """Take ``el`` out of the tree, its tail (text after it) kept in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _chars(s: str | None) -> int:
    return len(s) - s.count(" ") - s.count("\n") - s.count("\t") if s else 0


class _Tree:
    """Per-element facts gathered in a few linear passes (no recursion: pages nest deep)."""

    def __init__(self, top: etree._Element) -> None:
        self.top = top
        self.els: list[etree._Element] = [e for e in top.iter() if tag_of(e) is not None]
        self.index = {e: i for i, e in enumerate(self.els)}
        n = len(self.els)
        self.parent = [-1] * n
        self.depth = [0] * n
        self.out = [False] * n  # never text (script, nav, hidden …)
        self.no_text = [False] * n  # not even hidden text (script, style, nav …)
        self.in_link = [False] * n
        for i, e in enumerate(self.els):
            p = e.getparent()
            pi = self.index.get(p, -1) if p is not None else -1
            self.parent[i] = pi
            tag = tag_of(e)
            if pi >= 0:
                self.depth[i] = self.depth[pi] + 1
                self.out[i] = self.out[pi]
                self.no_text[i] = self.no_text[pi]
                self.in_link[i] = self.in_link[pi]
            self.no_text[i] = self.no_text[i] or tag in DROP
            self.out[i] = self.out[i] or self.no_text[i] or is_hidden(e)
            self.in_link[i] = self.in_link[i] or tag == "a"
        self._blocks: dict[int, list[str]] = {}
        self.end = list(range(n))  # preorder index of the last element in the subtree
        self.has_block = [False] * n
        self.has_table = [False] * n
        for i in range(n - 1, 0, -1):
            pi = self.parent[i]
            if pi >= 0:
                self.end[pi] = max(self.end[pi], self.end[i])
                if not self.no_text[i] and (tag_of(self.els[i]) in BLOCK or self.has_block[i]):
                    self.has_block[pi] = True
                if tag_of(self.els[i]) == "table" or self.has_table[i]:
                    self.has_table[pi] = True

    def blocks(self, i: int, text_of: Callable[[etree._Element], list[str]]) -> list[str]:
        """The text blocks of element ``i`` (cached: a text block is read once)."""
        got = self._blocks.get(i)
        if got is None:
            got = self._blocks[i] = text_of(self.els[i])
        return got

    def children(self, i: int) -> list[int]:
        return [self.index[c] for c in self.els[i] if c in self.index]

    def totals(self, gone: list[bool]) -> tuple[list[int], list[int], list[int]]:
        """Text characters, link-text characters and links of each subtree, ``gone`` left out."""
        n = len(self.els)
        text, link, links = [0] * n, [0] * n, [0] * n
        for i in range(n - 1, -1, -1):
            e = self.els[i]
            if self.out[i] or gone[i]:
                text[i] = link[i] = links[i] = 0
            else:
                text[i] += _chars(e.text)
                if tag_of(e) == "a":
                    link[i] = text[i]
                    links[i] += 1
            pi = self.parent[i]
            if pi >= 0:
                text[pi] += text[i] + _chars(e.tail) * (not self.out[pi])
                link[pi] += link[i]
                links[pi] += links[i]
        return text, link, links

    def contains(self, a: int, b: int) -> bool:
        return a <= b <= self.end[a]

    def lca(self, a: int, b: int) -> int:
        while self.depth[a] > self.depth[b]:
            a = self.parent[a]
        while self.depth[b] > self.depth[a]:
            b = self.parent[b]
        while a != b:
            a, b = self.parent[a], self.parent[b]
        return a


def _row_cells(t: _Tree, i: int, text_of: Callable[[etree._Element], list[str]]) -> list[str] | None:
    """The cells of a row of a properties block that is no table: a text block is one cell,
    or one per inline element when it is nothing but them (``<span>Label</span><span>value
    </span>``); an element of text blocks has one cell per block; anything deeper is no row."""
    e = t.els[i]
    kids = [k for k in t.children(i) if not t.no_text[k]]
    if not t.has_block[i]:
        if len(kids) >= 2 and not (e.text or "").strip():
            return [" ".join(text_of(t.els[k])) for k in kids]
        return [" ".join(t.blocks(i, text_of))]
    if kids and all(not t.has_block[k] and tag_of(t.els[k]) in BLOCK for k in kids):
        return [" ".join(t.blocks(k, text_of)) for k in kids]
    return None


def _property_pairs(t: _Tree, i: int, text_of: Callable[[etree._Element], list[str]]) -> list[tuple[str, str, str]]:
    """The pairs of a properties table or block at element ``i`` (none if it is no such one):
    label cells (or ``Label: value`` cells) naming at least ``min_labels`` different keys, each
    followed by its value. A data table whose header row is all labels has no pairs."""
    e = t.els[i]
    tag = tag_of(e)
    rows: list[list[str]] = []
    limit = int(_rules()["properties"]["max_rows"])
    if tag == "table":
        if t.has_table[i]:
            return []  # a layout table around others: the inner one is tried on its own
        trs = e.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        if len(trs) > limit:
            return []
        for tr in trs:
            rows.append([" ".join(text_of(td)) for td in tr if tag_of(td) in ("td", "th") and not is_hidden(td)])
    elif tag in ("ul", "ol", "dl", "div", "section") and t.has_block[i] and not t.has_table[i]:
        kids = [k for k in t.children(i) if not t.no_text[k]]
        if not 2 <= len(kids) <= limit:
            return []
        for k in kids:
            cells = _row_cells(t, k, text_of)
            if cells is None:
                return []
            if tag == "dl" and tag_of(t.els[k]) == "dd" and rows:
                rows[-1] += cells  # a definition list: dt label, dd value
            else:
                rows.append(cells)
    else:
        return []
    if sum(1 for r in rows for c in r if label_keys(cell_text(c)) or inline_pair(cell_text(c))) < 2:
        return []
    pairs = read_pairs(rows)
    keys = {k for k, label, _ in pairs if label}
    return pairs if len(keys) >= int(_rules()["properties"]["min_labels"]) else []


def _in_cell(el: etree._Element) -> bool:
    """A heading inside a table cell: a word processor's export styles the header table's
    cells as headings (``<td><h1>ỦY BAN NHÂN DÂN</h1><h2>TỈNH …</h2>``); a page names its
    document with a heading of its own, outside any table."""
    return any(tag_of(a) in ("td", "th") for a in el.iterancestors())


def _issuer_like(text: str) -> bool:
    """A heading that is an issuing body's name in capitals (a converter's heading for the
    header cell), not the page's name for the document."""
    t = collapse(text)
    return (len(t) <= int(_rules()["headings"]["keep_caps_max"]) and is_upper_line(t) and not re.search(r"\d", t)
            and starts_with_org_head(t) is not None)


def names_document(heading: str) -> bool:
    """A heading in sentence case that names a document by type and number (``Quyết định
    88/QĐ-UBND năm 2019 phê duyệt …``): a page's name for a document, never a trích yếu, which
    follows its type line instead of restating it."""
    t = collapse(heading)
    if not t or is_upper_line(t, 0.6):
        return False
    m = _named_re().match(t)
    return m is not None


@cache
def _named_re() -> re.Pattern[str]:
    from ..lexicon import doc_types

    names = sorted({d["name"] for d in doc_types()}, key=len, reverse=True)
    alts = "|".join(re.escape(x) for x in names)
    return re.compile(rf"(?i:{alts})\s+(?:(?i:số)\s+)?\d+[A-Za-zĐđ]?\s*[/-]\s*[\wĐđ]")


def _page_labels(t: _Tree, alive: list[tuple[int, set[str]]], gone: list[bool], dropped: list[str],
                 properties: bool) -> None:
    """A page whose document is not recognised keeps its text, less what is the page's own
    labelling: headings that name a document by type and number (all headings, on a page of
    properties: there the site's name for the document), and a lone type word above such a
    heading or over a list of links (a category's or a sidebar box's name). Only these: the
    text may be a document whose header was lost, set with headings of its own."""
    heads = set(_rules()["headings"]["tags"])
    text, link, links = t.totals(gone)
    half = float(_rules()["links"]["min_share"]) / 2
    for i, _ in alive:
        tag = tag_of(t.els[i]) or ""
        if tag in heads and (properties or names_document(_head_text(t.els[i]))):
            gone[i] = True
            dropped.append(f"heading:{tag}")
    for p, (i, k) in enumerate(alive):
        if "type" not in k or gone[i]:
            continue
        nxt = alive[p + 1][0] if p + 1 < len(alive) else None
        box = i
        while t.parent[box] >= 0 and links[box] < int(_rules()["links"]["min_links"]):
            box = t.parent[box]
        in_box = links[box] >= int(_rules()["links"]["min_links"]) and text[box] > 0 and link[box] / text[box] >= half
        if in_box or (nxt is not None and gone[nxt]):
            gone[i] = True
            dropped.append("page-type")


def _dead(t: _Tree, gone: list[bool]) -> list[bool]:
    """Taken out, by itself or with an ancestor."""
    dead = [False] * len(t.els)
    for i in range(len(t.els)):
        dead[i] = gone[i] or t.out[i] or (t.parent[i] >= 0 and dead[t.parent[i]])
    return dead


def _leaves(t: _Tree, text_of: Callable[[etree._Element], list[str]]) -> list[tuple[int, set[str]]]:
    """The text blocks (block elements without block descendants) and the cues they carry
    (none in a block that is mostly a link: an entry of a table of contents or of a list of
    other documents)."""
    text, link, _ = t.totals([False] * len(t.els))
    out: list[tuple[int, set[str]]] = []
    skip_to = -1
    for i in range(len(t.els)):
        if i <= skip_to:
            continue
        if t.out[i]:
            skip_to = t.end[i]
            continue
        if tag_of(t.els[i]) in BLOCK and not t.has_block[i]:
            kinds: set[str] = set()
            if not t.in_link[i] and link[i] * 2 <= text[i]:
                for block in t.blocks(i, text_of):
                    for line in block.split("\n"):
                        kinds |= line_kinds(line)
                    if len(block) <= 200 and "\n" in block and motto_spans(collapse(block)):
                        kinds.add("motto")  # the motto broken over lines of its cell
            out.append((i, kinds))
            skip_to = t.end[i]
    return out


def select(top: etree._Element, text_of: Callable[[etree._Element], list[str]]) -> Page:
    """The element holding the page's document (``top`` when none is recognised) and the
    page's properties; chrome, the page's headings and link lists are taken out of the tree."""
    t = _Tree(top)
    n = len(t.els)
    if n == 0:
        return Page(top)
    r = _rules()
    gone = [False] * n
    dropped: list[str] = []
    leaves = _leaves(t, text_of)
    protect = [False] * n  # holds a strong cue: never chrome nor properties
    strong_in = [0] * n  # strong cues in the subtree
    for i, kinds in leaves:
        if kinds & STRONG:
            strong_in[i] = 1
            j = i
            while j >= 0 and not protect[j]:
                protect[j] = True
                j = t.parent[j]
    for i in range(n - 1, 0, -1):
        if t.parent[i] >= 0:
            strong_in[t.parent[i]] += strong_in[i]

    # properties tables and lists (their lines are no part of the text)
    pairs: list[tuple[str, str, str]] = []
    skip_to = -1
    for i in range(n):
        if i <= skip_to or t.no_text[i]:
            continue  # a hidden tab's properties are the page's all the same
        found = [] if protect[i] else _property_pairs(t, i, text_of)
        if found:
            pairs += found
            gone[i] = True
            dropped.append("properties")
            skip_to = t.end[i]

    # chrome
    text0, _, _ = t.totals(gone)
    total = max(1, text0[0])
    share = float(r["chrome"]["max_share"])
    skip_to = -1
    chrome: list[int] = []
    for i in range(1, n):
        if i <= skip_to or t.out[i] or gone[i]:
            continue
        tag = tag_of(t.els[i]) or ""
        if not protect[i] and text0[i] <= share * total and is_chrome(t.els[i], tag):
            chrome.append(i)
            skip_to = t.end[i]
    for i in chrome:
        gone[i] = True
    if chrome and text0[0] > 0 and t.totals(gone)[0][0] == 0:
        for i in chrome:  # chrome and nothing else (a page all banner and footer) keeps it
            gone[i] = False
    else:
        dropped += [f"chrome:{tag_of(t.els[i])}" for i in chrome]
    dead = _dead(t, gone)
    alive = [(i, k) for i, k in leaves if not dead[i]]

    # the document's cluster of cues
    cues = [(i, k) for i, k in alive if k]
    leaf_pos = {i: p for p, (i, _) in enumerate(alive)}
    reach = int(r["document"]["type_reach"])
    first = next((p for p, (_, k) in enumerate(cues) if k & STRONG), None)
    if first is None:
        first = _weak_start(cues, int(r["document"]["weak_kinds"]))
    container = 0
    if first is not None:
        f_leaf = cues[first][0]
        text, link, links = t.totals(gone)
        half = float(r["links"]["min_share"]) / 2
        members = [f_leaf]
        body_cue = False
        c = f_leaf
        for i, k in cues[first + 1 :]:
            near = leaf_pos[i] - leaf_pos[f_leaf] <= reach
            if not (k & (STRONG | BODY_KINDS) or (near and k & HEADER_KINDS)):
                continue
            wider = c if t.contains(c, i) else t.lca(c, i)
            if not k & STRONG and wider != c and _in_link_box(t, i, wider, text, link, links, half):
                continue  # a weak cue over a list of links (a sidebar's heading), not the document's
            members.append(i)
            body_cue = body_cue or bool(k & BODY_KINDS)
            c = wider
        if not body_cue:
            c = _grow(t, c, text, link, strong_in)
        while tag_of(t.els[c]) in ("tr", "tbody", "thead", "tfoot") and t.parent[c] >= 0:
            c = t.parent[c]  # rows are read as their table
        if _article_around(text, link, c):
            first = None  # an article that quotes a document (a form, a law's articles): the page is the article
    if first is not None:
        container = c
        # a type word or a date standing well before the document's first line, when the
        # document has its own after it, is the page's (its category, today's date)
        own = set().union(*(k for i, k in cues[first:] if leaf_pos[i] - leaf_pos[f_leaf] <= reach))
        for i, k in cues[:first]:
            page_kinds = k & {"type", "date"} & own
            if page_kinds and leaf_pos[f_leaf] - leaf_pos[i] >= 2 and t.contains(c, i) and not dead[i]:
                gone[i] = True
                dropped.append("page-" + "-".join(sorted(page_kinds)))
        last_leaf = members[-1]
        skip_to = -1
        for i in range(c + 1, t.end[c] + 1):
            if i <= skip_to or dead[i]:
                continue
            before = t.end[i] < f_leaf
            if not (before or i > t.end[last_leaf]):
                continue
            tag = tag_of(t.els[i]) or ""
            if before and tag in r["headings"]["tags"] and not _issuer_like(_head_text(t.els[i])) \
                    and not _in_cell(t.els[i]):
                gone[i] = True
                dropped.append(f"heading:{tag}")
                skip_to = t.end[i]
            elif _link_list(i, text, link, links):
                gone[i] = True
                dropped.append("links")
                skip_to = t.end[i]
    else:
        _page_labels(t, alive, gone, dropped, bool(pairs))
    removed_to = -1
    for i in range(n):
        if i > removed_to and gone[i]:
            _remove(t.els[i])
            removed_to = t.end[i]
    return Page(t.els[container], pairs, first is not None, dropped)


def _link_list(i: int, text: list[int], link: list[int], links: list[int]) -> bool:
    """A list of links: other documents, a table of contents, a menu without markup."""
    lr = _rules()["links"]
    return links[i] >= int(lr["min_links"]) and text[i] > 0 and link[i] / text[i] >= float(lr["min_share"])


def _article_around(text: list[int], link: list[int], c: int) -> bool:
    """More prose outside the container than a page sets around a document (its heading, a
    status line, a footer): the page is an article, the document a quotation in it."""
    d = _rules()["document"]
    inside = text[c] - link[c]
    outside = (text[0] - link[0]) - inside
    return outside > max(int(d["article_min_chars"]), float(d["article_ratio"]) * inside)


def _in_link_box(t: _Tree, i: int, top: int, text: list[int], link: list[int], links: list[int],
                 share: float) -> bool:
    """Leaf ``i`` stands in a box of links below ``top`` (the branch of ``top`` holding it is
    mostly links)."""
    b = i
    while t.parent[b] >= 0 and t.parent[b] != top:
        b = t.parent[b]
    return links[b] >= int(_rules()["links"]["min_links"]) and text[b] > 0 and link[b] / text[b] >= share


def _grow(t: _Tree, c: int, text: list[int], link: list[int], strong_in: list[int]) -> int:
    """Widen a container that holds only the header to take in the body: up over parents
    whose other children are text, not lists of links and not another document's cues."""
    half = float(_rules()["links"]["min_share"]) / 2
    while t.parent[c] >= 0:
        p = t.parent[c]
        added = text[p] - text[c]
        if added > 0 and ((link[p] - link[c]) / added >= half or strong_in[p] > strong_in[c]):
            break
        c = p
    return c


def _weak_start(cues: list[tuple[int, set[str]]], kinds: int) -> int | None:
    """Without a strong cue (a document whose header was lost), when the page holds ``kinds``
    kinds of cue at all: the first cue of the body or of a letter's opening (``Kính gửi``,
    ``V/v``), moved back to the type line nearest before a body cue (the title block of a
    text that lost only its header). A type word or a date alone opens nothing: a sidebar's
    or a category's heading, today's date."""
    if len(set().union(*(k for _, k in cues)) if cues else set()) < kinds:
        return None
    b = next((p for p, (_, k) in enumerate(cues) if k & (BODY_KINDS | OPENERS)), None)
    if b is None or cues[b][1] & OPENERS:
        return b
    return next((q for q in range(b - 1, -1, -1) if "type" in cues[q][1]), b)


def _head_text(el: etree._Element, limit: int = 200) -> str:
    """The first ``limit`` characters of an element's text (a heading's, to judge it)."""
    out: list[str] = []
    size = 0
    for s in el.itertext():
        out.append(s)
        size += len(s)
        if size >= limit:
            break
    return collapse(" ".join(out))[:limit]
