"""The explorer: search with facets scoped to the result, totals, paging and CSV/JSON downloads,
and a document page that shows the source text as stored with each extracted field marked at its
span (``render.py``), every value with its confidence, the timeline as a chart and the citations
in and out as links.

FastAPI rather than Datasette: the document page needs the record's spans rendered over the
text, which is custom code either way, and FastAPI (with Jinja2 templates) keeps it a few plain
functions over the same ``pipeline.store`` queries the CLI uses. The store is opened through a
``mode=ro`` URI for every request, so the explorer cannot write to it.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..ingest import IngestError, shown, unshown
from ..store import Filters, connect, count, facets, search
from ..store.query import COLUMNS, MAX_LIMIT
from ..store.texts import file_sha256
from .render import colors, field_rows, highlight

TEMPLATES = Path(__file__).parent / "templates"
FACETS = {"doc_type": "Type", "province_name": "Province", "year": "Year", "issuer": "Issuer"}
FACET_PARAM = {"doc_type": "type", "province_name": "province", "issuer": "issuer"}
# the filters a page shows as removable chips
ACTIVE = {"q": "text", "type": "type", "issuer": "issuer", "place": "place", "province": "province",
          "from": "from", "to": "to", "event_from": "events from", "event_to": "events to", "cites": "cites",
          "cited_by": "cited by", "unit": "unit"}
PAGE_MAX = 1000  # rows on one page of the explorer
DOWNLOAD_MAX = 100_000  # rows in one CSV/JSON download


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
    out[1:1] = _ticks(start, end, span, label_w, plot_w, h)  # under the bars
    out.append("</svg>")
    return "".join(out)


def _ticks(start: dt.date, end: dt.date, span: int, x0: int, plot_w: int, h: int) -> list[str]:
    """Axis labels along the chart: at year starts when the chart spans years, else at month
    starts (at most about eight, thinned evenly), plus both ends; a faint line down each."""
    marks: list[dt.date] = []
    if end.year - start.year >= 2:
        marks = [dt.date(y, 1, 1) for y in range(start.year + 1, end.year + 1)]
        fmt = "%Y"
    else:
        y, m = start.year, start.month
        while True:
            m += 1
            if m > 12:
                y, m = y + 1, 1
            d = dt.date(y, m, 1)
            if d > end:
                break
            marks.append(d)
        fmt = "%m/%Y"
    step = max(1, -(-len(marks) // 8))
    marks = marks[::step]
    out = [f'<text x="{x0}" y="12" font-size="10">{start.isoformat()}</text>',
           f'<text x="{x0 + plot_w}" y="12" font-size="10" text-anchor="end">{end.isoformat()}</text>']
    for d in marks:
        x = x0 + plot_w * (d - start).days / span
        if x0 + 60 < x < x0 + plot_w - 60:
            out.append(f'<line x1="{x:.1f}" y1="16" x2="{x:.1f}" y2="{h}" stroke="#ddd"/>'
                       f'<text class="tick" x="{x:.1f}" y="12" font-size="10" text-anchor="middle">{d.strftime(fmt)}</text>')
    return out


def _month_end(d: str) -> str:
    """``2025-10-31`` stays, ``2025-02-31`` (a month's coarse end) → the month's last day."""
    y, m, day = (int(x) for x in d.split("-"))
    for last in (day, 30, 29, 28):
        try:
            return dt.date(y, m, last).isoformat()
        except ValueError:
            continue
    return d


def _record(record_json: str) -> dict[str, Any]:
    """The stored record as a dict; a record that does not parse is shown as empty, not a 500."""
    try:
        rec = json.loads(record_json)
    except (TypeError, ValueError):
        return {}
    return rec if isinstance(rec, dict) else {}


def _params(request: Request, **change: Any) -> str:
    """The current query string with ``change`` applied (None removes a key); paging restarts
    unless ``offset`` is given."""
    q = {k: v for k, v in request.query_params.items() if k not in ("offset", "format")}
    for k, v in change.items():
        if v is None:
            q.pop(k, None)
        else:
            q[k] = str(v)
    return urlencode(q)


def create_app(db_path: str | Path, source_roots: list[str | Path] | None = None) -> FastAPI:
    """The explorer over ``db_path``; raises ``IngestError('missing-store')`` if there is none,
    ``IngestError('bad-store')`` if the file is not a corpus store. ``source_roots``: folders
    where original files moved since extraction are looked for (by sha256, as ``load`` does)."""
    from ..store.texts import TextFinder

    db = Path(db_path)
    finder = TextFinder(roots=[Path(r) for r in source_roots or []])
    connect(db, readonly=True).close()  # fail now, not at the first request
    env = _env()
    app = FastAPI(title="vanban corpus explorer", docs_url=None, redoc_url=None)

    @app.exception_handler(HTTPException)
    def _http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        page = env.get_template("error.html").render(status=exc.status_code, detail=exc.detail)
        return HTMLResponse(page, status_code=exc.status_code)

    @contextmanager
    def ro() -> Iterator[sqlite3.Connection]:
        try:
            con = connect(db, readonly=True)
        except IngestError as e:
            raise HTTPException(503, str(e)) from e
        try:
            yield con
        finally:
            con.close()

    def filters(request: Request, max_limit: int) -> Filters:
        """The search of a request's query string (the same names on the page and the API:
        q, accent, type, issuer, place, province, from, to, event_from, event_to, cites,
        cited_by, transitive, unit, limit, offset); a bad value is a 400 naming it."""
        qp = request.query_params
        nums = []
        for name, default, lo, top in (("limit", 100, 1, max_limit), ("offset", 0, 0, MAX_LIMIT)):
            raw = qp.get(name)
            try:
                v = default if raw in (None, "") else int(str(raw).strip())
            except ValueError:
                raise HTTPException(400, f"{name}: {raw!r} is not a whole number") from None
            if not lo <= v <= top:
                raise HTTPException(400, f"{name}: {v} is out of range (use {lo} to {top})")
            nums.append(v)

        def flag(name: str) -> bool:
            return (qp.get(name) or "").lower() in ("1", "true", "on", "yes")

        return Filters(text=qp.get("q") or None, accent_insensitive=flag("accent"),
                       doc_type=qp.get("type") or None, issuer=qp.get("issuer") or None,
                       place=qp.get("place") or None, province=qp.get("province") or None,
                       date_from=qp.get("from") or None, date_to=qp.get("to") or None,
                       event_from=qp.get("event_from") or None, event_to=qp.get("event_to") or None,
                       cites=qp.get("cites") or None, cited_by=qp.get("cited_by") or None,
                       transitive=flag("transitive"), unit=qp.get("unit") or None,
                       limit=nums[0], offset=nums[1])

    def run(f: Filters, *, with_facets: bool = False) -> tuple[list[dict[str, Any]], int, dict[str, Any]]:
        with ro() as con:
            try:
                rows = search(con, f)
                total = count(con, f)
                fac = facets(con, f) if with_facets else {}
            except IngestError as e:
                raise HTTPException(400, str(e)) from e
            except sqlite3.OperationalError as e:  # an FTS query SQLite cannot parse
                raise HTTPException(400, f"bad query: {e}") from e
        return rows, total, fac

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request) -> HTMLResponse:
        f = filters(request, PAGE_MAX)
        rows, total, fac = run(f, with_facets=True)
        with ro() as con:
            corpus = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        facet_links = {}
        for col, label in FACETS.items():
            links = []
            for v, n in fac.get(col, []):
                if col == "year":
                    href = _params(request, **{"from": v, "to": v})
                else:
                    href = _params(request, **{FACET_PARAM[col]: v})
                links.append((v, n, "/?" + href))
            facet_links[label] = links
        active = [(label, request.query_params.get(key), "/?" + _params(request, **{key: None}))
                  for key, label in ACTIVE.items() if request.query_params.get(key)]
        first = f.offset + 1 if rows else 0
        last = f.offset + len(rows)
        prev_href = "/?" + _params(request, offset=max(0, f.offset - (f.limit or 100))) if f.offset else None
        next_href = "/?" + _params(request, offset=last) if last < total else None
        page = env.get_template("index.html").render(
            rows=rows, total=total, corpus=corpus, facets=facet_links, active=active,
            params=dict(request.query_params), first=first, last=last, prev_href=prev_href,
            next_href=next_href, csv_href="/api/search?" + _params(request, format="csv", limit=DOWNLOAD_MAX),
            json_href="/api/search?" + _params(request, format="json", limit=DOWNLOAD_MAX))
        return HTMLResponse(page)

    @app.get("/api/search")
    def api_search(request: Request, format: str = "json") -> Response:
        """The rows of a search: JSON (a list; the total in ``X-Total-Count``) or CSV, both as
        downloads when asked for by ``format``; parameters as on the search page."""
        if format not in ("json", "csv"):
            raise HTTPException(400, f"format: {format!r}: use json or csv")
        f = filters(request, DOWNLOAD_MAX)
        rows, total, _ = run(f)
        headers = {"X-Total-Count": str(total)}
        if format == "csv":
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=list(COLUMNS))
            w.writeheader()
            w.writerows(rows)
            headers["Content-Disposition"] = 'attachment; filename="vanban-search.csv"'
            return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
        return JSONResponse(rows, headers=headers)

    def _doc_row(con: sqlite3.Connection, sha256: str) -> sqlite3.Row:
        d = con.execute("SELECT d.*, j.record_json FROM documents d JOIN doc_json j USING (id) "
                        "WHERE d.sha256=?", (sha256,)).fetchone()
        if d is None:
            raise HTTPException(404, "no such document")
        return d

    @app.get("/api/doc/{sha256}")
    def api_document(sha256: str) -> Response:
        """The stored record, as ``vanban extract`` wrote it (without its text)."""
        with ro() as con:
            d = _doc_row(con, sha256)
        name = f"{sha256[:16]}.json"
        return Response(d["record_json"], media_type="application/json; charset=utf-8",
                        headers={"Content-Disposition": f'inline; filename="{name}"'})

    def _original(d: sqlite3.Row, sha256: str) -> Path:
        """The original file: at the path as written (a record made in this folder), else at
        the record's ``source.root``/``relpath`` or under a source root — only a file that
        still has the record's content; names as records write them are unescaped first."""
        path = Path(unshown(str(d["path"] or "").split("#", 1)[0]))
        try:
            if path.is_file() and file_sha256(path) == sha256:
                return path
        except OSError:
            pass
        try:
            rec = json.loads(d["record_json"] or "{}")
        except ValueError:
            rec = {}
        src = dict(rec.get("source") or {}) if isinstance(rec, dict) else {}
        found = finder.source_file({"source": {**src, "sha256": sha256}})
        if found is None:
            raise HTTPException(404, "the original file is not where the record says, or has changed")
        return found

    @app.get("/doc/{sha256}/original")
    def original(sha256: str) -> Response:
        """The original file (a scan's pages too), served only when the file at the record's
        path still has the record's content: a path in the store is never trusted alone."""
        with ro() as con:
            d = _doc_row(con, sha256)
        path = _original(d, sha256)
        media = ORIGINAL_TYPES.get((d["format"] or "").lower(), "application/octet-stream")
        return FileResponse(path, media_type=media, filename=shown(path.name))

    @app.get("/doc/{sha256}/page/{page}.png")
    def page_image(sha256: str, page: int) -> Response:
        """One page of a scan or PDF as a PNG (at most 1600 px high), for reading a value
        against the page it was found on; the same content check as :func:`original`."""
        with ro() as con:
            d = _doc_row(con, sha256)
        path = _original(d, sha256)
        try:
            png = render_page(path, (d["format"] or "").lower(), page)
        except (ValueError, OSError) as e:
            raise HTTPException(404, f"page {page}: {e}") from e
        return Response(png, media_type="image/png")

    @app.get("/doc/{sha256}", response_class=HTMLResponse)
    def document(sha256: str) -> HTMLResponse:
        with ro() as con:
            d = _doc_row(con, sha256)
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
        rec = _record(d["record_json"])
        text = body[0] if body and body[0] else None
        fmt = (d["format"] or "").lower()
        pages = sorted({p.get("page") for p in (rec.get("provenance") or {}).values()
                        if isinstance(p, dict) and isinstance(p.get("page"), int) and p.get("page") > 0}) \
            if fmt in PAGED and isinstance(rec.get("provenance"), dict) else []
        prov = rec.get("provenance") if isinstance(rec.get("provenance"), dict) else {}
        source_html, legend = highlight(text, prov) if text else (None, [])
        fields = field_rows(text, rec)
        palette = dict(legend) or colors([r["path"] for r in fields])
        conf = {r["path"]: r["confidence"] for r in fields}
        signer = rec.get("signer") if isinstance(rec.get("signer"), dict) else None
        recipients = [r for r in rec.get("recipients") or [] if isinstance(r, str)] \
            if isinstance(rec.get("recipients"), list) else []
        page = env.get_template("document.html").render(
            d=dict(d), source_html=source_html, legend=legend, fields=fields, palette=palette, conf=conf,
            signer=signer, recipients=recipients, timeline_svg=timeline_svg(timeline), timeline=timeline,
            out=out, incoming=incoming, units=units, pages=pages)
        return HTMLResponse(page)

    return app


PAGED = ("pdf", "tiff", "png", "jpeg")


def render_page(path: Path, fmt: str, page: int, height: int = 1600) -> bytes:
    """PNG bytes of page ``page`` (1-based) of a PDF or an image file; ValueError when there
    is no such page. Images keep Pillow's decompression-bomb limit; PDF pages are rendered at
    the scale that makes them ``height`` pixels high, whatever size they declare."""
    from PIL import Image, ImageSequence

    if page < 1 or page > 5000:
        raise ValueError("no such page")
    if fmt == "pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            if page > len(pdf):
                raise ValueError("no such page")
            pg = pdf[page - 1]
            _w, h = pg.get_size()
            img = pg.render(scale=min(4.0, height / max(h, 1.0))).to_pil()
        finally:
            pdf.close()
    else:
        with Image.open(path) as im:
            for n, frame in enumerate(ImageSequence.Iterator(im), start=1):
                if n == page:
                    img = frame.convert("RGB")
                    break
            else:
                raise ValueError("no such page")
        if img.height > height:
            img = img.resize((max(1, img.width * height // img.height), height))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


ORIGINAL_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg",
                  "tiff": "image/tiff", "html": "text/html; charset=utf-8", "text": "text/plain; charset=utf-8",
                  "txt": "text/plain; charset=utf-8", "markdown": "text/plain; charset=utf-8",
                  "md": "text/plain; charset=utf-8",
                  "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
