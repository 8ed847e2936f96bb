"""A web page's own table of the document's properties, as a fallback for the header fields.

Legal databases and government portals print, beside (or instead of) a document's full text,
a table of its properties: number, date, type, issuing body, signer, trích yếu, dates of
effect, status. The table is the site's cataloguing, not the document: it may be missing
fields, abbreviate, or lag behind a correction. So it never overrides what the document's own
text gives; it fills a header field the text leaves empty (a page whose text lost its header,
a page that shows only the properties and a link to a scan), with lower confidence and a
provenance span on the table's line.

The reader (:mod:`pipeline.formats.html`) finds the table, writes it as ``Label: value`` lines
after the document text and returns where each value stands (:class:`PageMeta`). Before the
text is segmented those lines are blanked (:func:`masked`), so they are furniture: no extractor
reads a signer, a date or a recipient from them. Labels are data (``rules/web.toml``
``[properties]``).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .lexicon import code_for, expand_abbreviations, type_by_name
from .normalize import normalize_value
from .resources import load_rules
from .textutil import collapse, fold

if TYPE_CHECKING:  # pragma: no cover
    from .normalize import NormalizedText
    from .provenance import Prov

RULE = "page-properties"


@dataclass(frozen=True)
class PageField:
    """One property: its label as the page wrote it, its value, and the value's span in the
    decoded text (the ``Label: value`` line the reader wrote)."""

    key: str
    label: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class PageMeta:
    """The properties a page gives for its document; ``start``/``end`` span all their lines."""

    fields: tuple[PageField, ...] = ()
    start: int = 0
    end: int = 0

    def get(self, key: str) -> PageField | None:
        return next((f for f in self.fields if f.key == key), None)

    def names_document(self) -> bool:
        """The table identifies one document: its number and its type or trích yếu."""
        return self.get("number") is not None and (self.get("doc_type") is not None or self.get("title") is not None)


# ------------------------------------------------------------------ reading the table


@cache
def _rules() -> dict[str, Any]:
    return load_rules("web")["properties"]


@cache
def _labels() -> dict[str, tuple[str, ...]]:
    return {_label_key(k): tuple(v.split("/")) for k, v in _rules()["labels"].items()}


def _label_key(s: str) -> str:
    return re.sub(r"\s*/\s*", "/", fold(collapse(s)).strip(" :：*"))


def label_keys(text: str) -> tuple[str, ...] | None:
    """The keys a label cell names (``Số ký hiệu:`` → ``("number",)``), None for no label."""
    if not text or len(text) > 60:
        return None
    return _labels().get(_label_key(text))


_INLINE = re.compile(r"^\s*([^:：\n]{2,45}?)\s*[:：]\s*(\S.*)$", re.S)


def inline_pair(text: str) -> tuple[tuple[str, ...], str, str] | None:
    """``Số hiệu: 12/2024/NĐ-CP`` in one cell or line → (keys, label, value)."""
    m = _INLINE.match(text)
    if not m:
        return None
    keys = label_keys(m.group(1))
    return (keys, m.group(1).strip(), m.group(2).strip()) if keys else None


_BULLET = re.compile(r"^(?:[-+•*–·]|\d{1,2}[.)])\s+")


def cell_text(s: str) -> str:
    """A cell's text as one line, without the list marker a list item was written with."""
    return _BULLET.sub("", collapse(s))


def read_pairs(rows: list[list[str]]) -> list[tuple[str, str, str]]:
    """``(key, label, value)`` of a table's rows (each a list of cell texts) or a list's lines
    (rows of one cell). A label cell takes the next cell(s) as its value(s); a cell holding
    ``Label: value`` is a pair on its own; a row of one unlabelled long cell before any pair is
    the trích yếu (a database sets the document's name above its properties)."""
    out: list[tuple[str, str, str]] = []
    for row in rows:
        cells = [cell_text(c) for c in row]
        k = 0
        while k < len(cells):
            c = cells[k]
            keys = label_keys(c)
            k += 1
            if keys:
                label = c.strip(" :：*")
                labels = [x.strip() for x in label.split("/")] if len(keys) > 1 else [label]
                if len(labels) != len(keys):
                    labels = [label] * len(keys)
                for key, lab in zip(keys, labels, strict=True):
                    if k >= len(cells) or label_keys(cells[k]) is not None:
                        break  # no value: the next cell is the next label
                    if cells[k]:
                        out.append((key, lab, cells[k]))
                    k += 1
                continue
            pair = inline_pair(c)
            if pair:
                keys, label, v = pair
                out.append((keys[0], label, v))
            elif not out and len(cells) == 1 and len(c) > 20 and ":" not in c[:40]:
                out.append(("title", "", c))
    return out


def block_lines(pairs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``(key, line, value)`` to write: one ``Label: value`` line per pair, a value's first
    reading kept when a key repeats (the table's own order)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for key, label, value in pairs:
        if (key, value) in seen:
            continue
        seen.add((key, value))
        line = f"{label}: {value}" if label else value
        out.append((key, line, value))
    return out


# ------------------------------------------------------------------ using it


def masked(text: str, norm: NormalizedText, meta: PageMeta | None) -> str:
    """``text`` (the normalized text) with the properties' lines blanked, offsets kept."""
    if meta is None or meta.end <= meta.start:
        return text
    s, e = norm.to_normalized(meta.start, meta.end)
    s = text.rfind("\n", 0, s) + 1
    nl = text.find("\n", e)
    e = len(text) if nl < 0 else nl
    return text[:s] + re.sub(r"[^\n]", " ", text[s:e]) + text[e:]


_NUMBER = re.compile(
    r"(?P<seq>\d+[a-zA-Z]?)?\s*/\s*(?P<sym>[\wĐđ&.\-]+(?:\s*/\s*[\wĐđ&.\-]+)*)|(?P<party>\d+)-(?P<psym>[\wĐđ]+/[\wĐđ\-]+)"
)
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_WORDY = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)


def _number(v: str) -> dict | None:
    m = _NUMBER.search(v)
    if m is None:
        return None
    raw = re.sub(r"\s+", "", m.group(0)).rstrip(".,;")
    if m.group("party"):
        return {"raw": raw, "seq": m.group("party"), "symbol": m.group("psym")}
    return {"raw": raw, "seq": m.group("seq"), "symbol": (m.group("sym") or "").rstrip(".,;")}


def _date(v: str) -> dict | None:
    m = _DMY.search(v) or _WORDY.search(v)
    if m is None:
        return None
    d, mo, y = (int(x) for x in m.groups())
    try:
        iso = _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None
    return {"raw": collapse(m.group(0)), "iso": iso, "year": y, "month": mo, "day": d}


def _doc_type(v: str) -> dict | None:
    t = type_by_name().get(fold(collapse(v)))
    return {"name": t["name"], "code": code_for(t["name"])} if t else None


def _first(v: str) -> str:
    """The first of several values (a joint document's bodies, several signers)."""
    return re.split(r"\s*[;\n]\s*", v)[0]


def _title(v: str, meta: PageMeta) -> str | None:
    """The trích yếu as the table gives it, without a leading ``<type> [số] <number>`` that
    some databases set before it."""
    s = collapse(v)
    t = meta.get("doc_type")
    n = meta.get("number")
    if t and n and fold(s).startswith(fold(t.value)):
        rest = s[len(t.value):].lstrip()
        rest = re.sub(r"^(?:số\s+)?", "", rest, flags=re.I)
        num = _number(n.value)
        if num and rest.replace(" ", "").startswith(num["raw"]):
            k = 0
            for ch in num["raw"]:
                while k < len(rest) and rest[k] == " ":
                    k += 1
                k += 1 if k < len(rest) and rest[k] == ch else 0
            s = rest[k:].lstrip(" ,:-–")
    return normalize_value(s) or None


def _values(meta: PageMeta) -> dict[str, tuple[Any, PageField]]:
    out: dict[str, tuple[Any, PageField]] = {}
    conv = {
        "number": _number,
        "date": _date,
        "doc_type": _doc_type,
        "issuer": lambda v: {"name": normalize_value(expand_abbreviations(_first(v))), "parent": None},
        "title": lambda v: _title(v, meta),
    }
    for key, fn in conv.items():
        f = meta.get(key)
        if f is not None and (val := fn(f.value)):
            out[key] = (val, f)
    signer = meta.get("signer")
    if signer is not None and (name := normalize_value(_first(signer.value))):
        pos = meta.get("position")
        out["signer"] = ({"name": name, "position": normalize_value(_first(pos.value)) if pos else None,
                          "authority": None}, signer)
    return out


def fill_fields(fields: dict[str, Any], prov: Prov, meta: PageMeta | None, norm: NormalizedText) -> list[str]:
    """Fill the header fields the document text left empty from the page's properties (and a
    type the text only defaulted to); returns the fields filled. Each gets the table line's
    span and the table's confidence."""
    if meta is None or not meta.fields:
        return []
    r = _rules()
    conf = float(r["confidence"])
    weaker = set(r["weaker_rules"])
    filled = []
    for key, (val, f) in _values(meta).items():
        have = fields.get(key)
        if isinstance(have, dict) and not have.get("name", have.get("raw", have.get("iso", True))):
            have = None  # a signer or issuer without a name, a number or date without its value
        if have and key == "doc_type":
            span = prov.spans.get("doc_type")
            if span is not None and span.rule in weaker and have != val:
                have = None
        if have:
            continue
        fields[key] = val
        s, e = norm.to_normalized(f.start, f.end)
        path = "signer.name" if key == "signer" else "issuer.name" if key == "issuer" else key
        prov.add(path, s, e, conf, RULE)
        pos = meta.get("position")
        if key == "signer" and pos is not None and val.get("position"):
            prov.add("signer.position", *norm.to_normalized(pos.start, pos.end), conf, RULE)
        filled.append(key)
    return filled
