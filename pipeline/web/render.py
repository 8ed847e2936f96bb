"""The document page's source view: the normalized text exactly as stored, each extracted
value marked at its character span.

Not displaCy: its span view draws spaCy tokens, so the text shown is the tokenizer's
(``617 / KH - UBND``, ``( DN )``, paragraph breaks lost) and copying from it gives wrong
text; and it writes span labels into the page unescaped, so a record's provenance key became
live markup. Here the text is cut only at span boundaries, every piece of text and every
label is HTML-escaped, and labels are drawn by CSS from a data attribute (so they are not in
the copied text either).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

PALETTE = ("#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec",
           "#cde0f0", "#d9f0a3", "#f2f2f2", "#c7e9c0")


def field_label(path: str) -> str:
    """``legal_bases[0].number`` → ``legal_bases.number``; ``issuer.name`` stays."""
    return ".".join(p.split("[")[0] for p in str(path).split("."))


def spans_of(text: str, provenance: Mapping[str, Any]) -> list[tuple[int, int, str, dict[str, Any]]]:
    """``(start, end, value path, provenance)`` of each value whose span lies in ``text``,
    in text order; malformed entries (a record from elsewhere) are left out."""
    out = []
    for path, p in (provenance or {}).items():
        if not isinstance(p, Mapping):
            continue
        s, e = p.get("start"), p.get("end")
        if not isinstance(s, int) or not isinstance(e, int) or isinstance(s, bool) or isinstance(e, bool):
            continue
        if 0 <= s < e <= len(text):
            out.append((s, e, str(path), dict(p)))
    out.sort(key=lambda x: (x[0], -x[1]))
    return out


def colors(labels: list[str]) -> dict[str, str]:
    """A colour per field group (``legal_bases``, ``issuer``, …), stable for one page."""
    groups = sorted({lab.split(".")[0] for lab in labels})
    return {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(groups)}


def highlight(text: str, provenance: Mapping[str, Any]) -> tuple[str, list[tuple[str, str]]]:
    """The text as HTML with each span in a ``<mark>`` (nested spans: the innermost colours
    the piece, every covering value is named in its tooltip); and the legend ``(group,
    colour)``. The text between tags is the stored text, character for character."""
    spans = spans_of(text, provenance)
    labels = [field_label(sp[2]) for sp in spans]
    palette = colors(labels)
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    starts: dict[int, list[int]] = {}
    for i, (s, _e, _p, _v) in enumerate(spans):
        starts.setdefault(s, []).append(i)
    out: list[str] = []
    live: set[int] = set()  # spans covering the current piece: a sweep, linear in the cuts
    ends: dict[int, list[int]] = {}
    for i, (_s, e, _p, _v) in enumerate(spans):
        ends.setdefault(e, []).append(i)
    for a, b in zip(cuts, cuts[1:], strict=False):
        live.difference_update(ends.get(a, ()))
        live.update(starts.get(a, ()))
        piece = html.escape(text[a:b], quote=False)
        active = sorted(live)
        if not active:
            out.append(piece)
            continue
        inner = min(active, key=lambda i: spans[i][1] - spans[i][0])
        label = field_label(spans[inner][2])
        tip = "; ".join(
            f"{spans[i][2]} · {_conf(spans[i][3])}" + (f" · {spans[i][3]['rule']}" if spans[i][3].get("rule") else "")
            for i in active)
        first = [i for i in starts.get(a, []) if i in active]
        attrs = (f' data-label="{html.escape(", ".join(field_label(spans[i][2]) for i in first))}"'
                 if first else "")
        out.append(f'<mark style="background:{palette[label.split(".")[0]]}" title="{html.escape(tip)}"'
                   f' data-field="{html.escape(spans[inner][2])}"{attrs}>{piece}</mark>')
    return "".join(out), sorted(palette.items())


def _conf(p: Mapping[str, Any]) -> str:
    c = p.get("confidence")
    return f"{c:.2f}" if isinstance(c, int | float) and not isinstance(c, bool) else "?"


def field_rows(text: str | None, record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per extracted value: its path, the text at its span (when the text is known),
    confidence, rule and where it was found (page for scans)."""
    rows = []
    prov = record.get("provenance") or {}
    for path, p in prov.items() if isinstance(prov, Mapping) else ():
        if not isinstance(p, Mapping):
            continue
        s, e = p.get("start"), p.get("end")
        at = text[s:e] if text and isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text) else None
        c = p.get("confidence")
        rows.append({"path": str(path), "text": at, "confidence": c if isinstance(c, int | float) else None,
                     "rule": p.get("rule"), "page": p.get("page"), "start": s, "end": e,
                     "group": field_label(str(path)).split(".")[0]})
    rows.sort(key=lambda r: (r["start"] if isinstance(r["start"], int) else 1 << 60, r["path"]))
    return rows


def standalone_page(text: str, record: Mapping[str, Any], title: str = "") -> str:
    """One self-contained HTML page of a record's text with its fields marked (``vanban show
    --html``): the explorer's source view and value table without a server."""
    body, legend = highlight(text, record.get("provenance") or {})
    rows = []
    for r in field_rows(text, record):
        conf = "" if r["confidence"] is None else f"{r['confidence']:.2f}"
        rows.append(f"<tr><td>{html.escape(r['path'])}</td><td>{html.escape(r['text'] or '')}</td>"
                    f"<td>{conf}</td><td>{html.escape(str(r['rule'] or ''))}</td></tr>")
    keys = "".join(f'<span style="background:{c}">{html.escape(g)}</span>' for g, c in legend)
    return (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{PAGE_CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p class=\"legend\">{keys}</p>"
        f'<div class="source">{body}</div><table><tr><th>value path</th><th>text at its span</th>'
        f"<th>confidence</th><th>rule</th></tr>{''.join(rows)}</table></body></html>")


PAGE_CSS = (
    "body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:1100px;padding:0 1em}"
    ".source{border:1px solid #ccc;padding:1em;white-space:pre-wrap;font-family:Georgia,serif;line-height:1.7}"
    ".source mark{border-radius:3px;color:inherit}"
    ".source mark[data-label]::before{content:attr(data-label);font:10px system-ui;background:#555;color:#fff;"
    "border-radius:3px;padding:0 3px;margin-right:2px;vertical-align:super;user-select:none}"
    ".legend span{display:inline-block;padding:1px 6px;margin:2px;border-radius:3px;font-size:12px}"
    "table{border-collapse:collapse;width:100%;margin-top:1em}td,th{border-bottom:1px solid #ddd;padding:3px 6px;"
    "text-align:left;font-size:14px}")
