"""The explorer: search with facets, and a document page that shows the source text with each
extracted field highlighted at its span (displaCy), the timeline as a chart and the citations in
and out as links.

FastAPI rather than Datasette: the document page needs the record's spans rendered over the
text, which is custom code either way, and FastAPI (with Jinja2 templates) keeps it a few plain
functions over the same ``pipeline.store`` queries the CLI uses. The store is opened through a
``mode=ro`` URI for every request, so the explorer cannot write to it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..ingest import IngestError
from ..store import Filters, connect, search

TEMPLATES = Path(__file__).parent / "templates"
PALETTE = ("#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec",
           "#cde0f0", "#d9f0a3")
FACETS = {"doc_type": "Type", "province_name": "Province", "year": "Year", "issuer": "Issuer"}


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def timeline_svg(items: list[dict[str, Any]], width: int = 760) -> str:
    """A Gantt-like inline SVG of timeline items: one row per item between its first and last
    day (a deadline is a mark on its day); items without any date are left out."""
    rows = []
    for t in items:
        lo, hi = t.get("lo"), t.get("hi")
        if not lo or not hi:
            continue
        try:
            a = dt.date.fromisoformat(lo)
            b = dt.date.fromisoformat(min(hi, _month_end(hi)))
        except ValueError:
            continue
        rows.append((a, max(a, b), t))
    if not rows:
        return ""
    start = min(r[0] for r in rows)
    end = max(r[1] for r in rows)
    span = max(1, (end - start).days + 1)
    label_w, row_h, plot_w = 260, 20, width - 270
    h = row_h * len(rows) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" height="{h}" '
           f'role="img" aria-label="timeline">']
    for i, (a, b, t) in enumerate(rows):
        y = 20 + i * row_h
        x = label_w + plot_w * (a - start).days / span
        w = max(3.0, plot_w * ((b - a).days + 1) / span)
        label = t.get("label") or ""
        when = f'{t.get("start") or "…"} → {t.get("end") or "…"}' + (f' {t["time"]}' if t.get("time") else "")
        short = label if len(label) <= 38 else label[:37] + "…"
        out.append(f'<text x="0" y="{y + 12}" font-size="11">{html.escape(short)}</text>'
                   f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 6}" fill="#4c78a8">'
                   f'<title>{html.escape(label)} ({html.escape(when)})</title></rect>')
    out.append(f'<text x="{label_w}" y="12" font-size="10">{start.isoformat()}</text>'
               f'<text x="{width - 70}" y="12" font-size="10">{end.isoformat()}</text></svg>')
    return "".join(out)


def _month_end(d: str) -> str:
    """``2025-10-31`` stays, ``2025-02-31`` (a month's coarse end) → the month's last day."""
    y, m, day = (int(x) for x in d.split("-"))
    for last in (day, 30, 29, 28):
        try:
            return dt.date(y, m, last).isoformat()
        except ValueError:
            continue
    return d


def highlighted(text: str, record_json: str) -> str:
    """The text with each extracted field's span marked (displaCy span style)."""
    from spacy import displacy

    from ..annotate import SPAN_KEY, to_spacy
    from ..record import Record

    rec = Record.model_validate(json.loads(record_json))
    doc = to_spacy(text, rec, items_only=True)
    labels = sorted({sp.label_ for sp in doc.spans[SPAN_KEY]})
    colors = {lab: PALETTE[i % len(PALETTE)] for i, lab in enumerate(labels)}
    return displacy.render(doc, style="span", page=False,
                           options={"spans_key": SPAN_KEY, "colors": colors})


def create_app(db_path: str | Path) -> FastAPI:
    """The explorer over ``db_path``; raises ``IngestError('missing-store')`` if there is none."""
    db = Path(db_path)
    connect(db, readonly=True).close()  # fail now, not at the first request
    env = _env()
    app = FastAPI(title="vanban corpus explorer", docs_url=None, redoc_url=None)

    @contextmanager
    def ro() -> Iterator[sqlite3.Connection]:
        con = connect(db, readonly=True)
        try:
            yield con
        finally:
            con.close()

    def filters(q: str | None, accent: bool, doc_type: str | None, issuer: str | None,
                province: str | None, date_from: str | None, date_to: str | None,
                cites: str | None, cited_by: str | None, unit: str | None, limit: int) -> Filters:
        return Filters(text=q or None, accent_insensitive=accent, doc_type=doc_type or None,
                       issuer=issuer or None, province=province or None, date_from=date_from or None,
                       date_to=date_to or None, cites=cites or None, cited_by=cited_by or None,
                       unit=unit or None, limit=limit)

    def run(f: Filters) -> list[dict[str, Any]]:
        with ro() as con:
            try:
                return search(con, f)
            except IngestError as e:
                raise HTTPException(400, str(e)) from e
            except sqlite3.OperationalError as e:  # an FTS query SQLite cannot parse
                raise HTTPException(400, f"bad query: {e}") from e

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, q: str | None = None, accent: bool = False, type: str | None = None,
              issuer: str | None = None, province: str | None = None,
              date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
              cites: str | None = None, cited_by: str | None = None, unit: str | None = None,
              limit: int = Query(100, ge=1, le=1000)) -> HTMLResponse:
        f = filters(q, accent, type, issuer, province, date_from, date_to, cites, cited_by, unit, limit)
        rows = run(f)
        with ro() as con:
            total = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            facets = {label: con.execute(
                f"SELECT {col}, count(*) FROM documents WHERE {col} IS NOT NULL "  # fixed names
                f"GROUP BY {col} ORDER BY count(*) DESC, {col} LIMIT 12").fetchall()
                for col, label in FACETS.items()}
        page = env.get_template("index.html").render(
            rows=rows, total=total, facets=facets, params=dict(request.query_params))
        return HTMLResponse(page)

    @app.get("/api/search")
    def api_search(q: str | None = None, accent: bool = False, type: str | None = None,
                   issuer: str | None = None, province: str | None = None,
                   date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                   cites: str | None = None, cited_by: str | None = None, unit: str | None = None,
                   limit: int = Query(100, ge=1, le=1000)) -> JSONResponse:
        return JSONResponse(run(filters(q, accent, type, issuer, province, date_from, date_to, cites,
                                        cited_by, unit, limit)))

    @app.get("/doc/{sha256}", response_class=HTMLResponse)
    def document(sha256: str) -> HTMLResponse:
        with ro() as con:
            d = con.execute("SELECT d.*, j.record_json FROM documents d JOIN doc_json j USING (id) "
                            "WHERE d.sha256=?", (sha256,)).fetchone()
            if d is None:
                raise HTTPException(404, "no such document")
            body = con.execute("SELECT body FROM doc_text WHERE id=?", (d["id"],)).fetchone()
            timeline = [dict(r) for r in con.execute(
                "SELECT * FROM timeline WHERE sha256=? ORDER BY idx", (sha256,))]
            out = [dict(r) for r in con.execute(
                "SELECT lb.*, t.number AS target_number, t.title AS target_title FROM legal_bases lb "
                "LEFT JOIN documents t ON t.sha256 = lb.target_sha256 WHERE lb.sha256=? ORDER BY lb.idx",
                (sha256,))]
            incoming = [dict(r) for r in con.execute(
                "SELECT DISTINCT c.sha256, c.number, c.date, c.issuer, c.title FROM legal_bases lb "
                "JOIN documents c ON c.sha256 = lb.sha256 WHERE lb.target_sha256=? ORDER BY c.date",
                (sha256,))]
            units = [dict(r) for r in con.execute(
                "SELECT name, (SELECT count(*) FROM tasks t WHERE t.sha256=u.sha256 AND t.unit_idx=u.idx) "
                "AS tasks FROM responsible_units u WHERE sha256=? ORDER BY idx", (sha256,))]
        text = body[0] if body and body[0] else None
        page = env.get_template("document.html").render(
            d=dict(d), spans=highlighted(text, d["record_json"]) if text else None,
            timeline_svg=timeline_svg(timeline), timeline=timeline, out=out, incoming=incoming,
            units=units)
        return HTMLResponse(page)

    return app
