"""The explorer (``vanban serve``) over a store of the bundled corpus: search, facets, the
document page with fields highlighted at their spans, the timeline chart and citation links;
once over HTTP on 127.0.0.1 with a real server, and in a headless browser when one is installed."""

from __future__ import annotations

import json
import re
import shutil
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pipeline.store import load_records
from pipeline.store.sample import ROOT, sample_records, variant
from pipeline.store.texts import TextFinder
from pipeline.web import create_app


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict], dict]:
    records = sample_records()
    cited = next(r for r in records if r["legal_bases"] and r["timeline"] and r["number"]
                 and r["number"]["seq"])
    citer = variant(records[3], "citer", number="990/KH-UBND", cites=cited)
    citer["issuer"] = dict(cited["issuer"])
    db = tmp_path_factory.mktemp("web") / "corpus.db"
    load_records(db, records + [citer], texts=TextFinder(roots=[ROOT / "corpus"]))
    return db, records, {"cited": cited, "citer": citer}


@pytest.fixture(scope="module")
def client(corpus: tuple[Path, list[dict], dict]) -> TestClient:
    return TestClient(create_app(corpus[0]))


def _doc_links(html: str) -> set[str]:
    return set(re.findall(r'href="/doc/([0-9a-f]{64})"', html))


def test_index_lists_and_searches(client: TestClient, corpus: tuple[Path, list[dict], dict]) -> None:
    _, records, extra = corpus
    r = client.get("/")
    assert r.status_code == 200 and f"Corpus ({len(records) + 1} documents)" in r.text
    assert "Province" in r.text and "Type" in r.text  # facets
    r = client.get("/", params={"q": "ke hoach hoc tap", "accent": "true"})
    exact = client.get("/", params={"q": "kế hoạch học tập"})
    assert _doc_links(r.text) and _doc_links(r.text) == _doc_links(exact.text)
    api = client.get("/api/search", params={"q": "ke hoach hoc tap", "accent": "true", "limit": 1000}).json()
    assert {row["sha256"] for row in api} == _doc_links(r.text)
    assert client.get("/", params={"from": "2025-99"}).status_code == 400


def _source_html(page: str) -> str:
    start = page.index('id="source"')
    start = page.index(">", start) + 1
    return page[start:page.index("</div>", start)]


def _body(db: Path, sha: str) -> str:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT body FROM doc_text JOIN documents USING (id) WHERE sha256=?", (sha,)).fetchone()[0]
    finally:
        con.close()


def test_document_page_shows_the_text_as_written_with_spans(client: TestClient, corpus: tuple[Path, list[dict], dict]) -> None:
    """The source view is the stored text character for character (no tokenizer spacing, line
    breaks kept), and each value's mark covers exactly its span."""
    import html as html_mod

    db, records, extra = corpus
    cited = extra["cited"]
    sha = cited["source"]["sha256"]
    r = client.get(f"/doc/{sha}")
    assert r.status_code == 200
    src = _source_html(r.text)
    body = _body(db, sha)
    assert html_mod.unescape(re.sub(r"<[^>]+>", "", src)) == body
    number = cited["number"]["raw"]
    assert number in html_mod.unescape(re.sub(r"<[^>]+>", "", src))  # not "617 / KH - UBND"
    marks = re.findall(r'<mark [^>]*data-field="([^"]+)"[^>]*>([^<]*)</mark>', src)
    assert marks
    fields = {html_mod.unescape(f) for f, _ in marks}
    for key in ("issuer.name", "number", "title", "date"):
        assert key in fields
        p = cited["provenance"][key]
        assert body[p["start"]:p["end"]] in html_mod.unescape(re.sub(r"<[^>]+>", "", src))
    # the first piece of the number's mark is the number's text
    num_piece = next(html_mod.unescape(t) for f, t in marks if f == "number")
    assert num_piece == body[cited["provenance"]["number"]["start"]:cited["provenance"]["number"]["end"]]
    assert 'id="legend"' in r.text and 'id="fields"' in r.text
    # every value with its confidence, in the value table
    table = r.text[r.text.index('id="fields"'):]
    assert table.count("<tr>") - 1 == len(cited["provenance"])
    assert "<svg" in r.text and r.text.count("<rect") >= 1  # timeline chart
    assert 'id="signer"' in r.text and 'href="/api/doc/' in r.text


def test_document_page_escapes_every_label(tmp_path: Path) -> None:
    """Issue 18 item 5: a provenance key, a value and a timeline label full of markup are shown
    as text, never as live markup (stored XSS)."""
    rec = sample_records(with_text=True)[0]
    rec = dict(rec)
    evil = '<img src=x onerror="alert(1)">'
    rec["title"] = "<script>alert(2)</script>"
    rec["provenance"] = dict(rec["provenance"])
    p = next(iter(rec["provenance"].values()))
    rec["provenance"][evil] = dict(p)
    rec["timeline"] = [{"start": "2025-01-01", "end": "2025-02-01", "time": None, "label": "<b onmouseover=x>t</b>"}]
    db = tmp_path / "c.db"
    load_records(db, [rec])
    page = TestClient(create_app(db)).get(f"/doc/{rec['source']['sha256']}").text
    assert "<img" not in page and "<script>alert" not in page and "<b onmouseover" not in page
    assert "&lt;img src=x" in page and "&lt;script&gt;" in page


def test_document_page_of_a_record_failing_the_model(tmp_path: Path) -> None:
    """Issue 18 item 8: a stored record that is not a valid record (written by another tool or
    version) still gets a page, not a 500."""
    import sqlite3

    rec = sample_records(with_text=True)[1]
    db = tmp_path / "c.db"
    load_records(db, [rec])
    con = sqlite3.connect(db)
    con.execute("UPDATE doc_json SET record_json = ?", (json.dumps({"provenance": {"x": {"start": "a"}}, "signer": 3}),))
    con.commit()
    con.close()
    c = TestClient(create_app(db))
    r = c.get(f"/doc/{rec['source']['sha256']}")
    assert r.status_code == 200 and 'id="source"' in r.text
    con = sqlite3.connect(db)
    con.execute("UPDATE doc_json SET record_json = 'not json'")
    con.commit()
    con.close()
    assert c.get(f"/doc/{rec['source']['sha256']}").status_code == 200


def test_api_errors_are_400_with_a_plain_message(client: TestClient) -> None:
    """Issue 18 item 8 and 19 item 5: bad parameters give 400 and one line naming the
    parameter (not a CLI flag); a citation number with a superscript digit is no 500."""
    r = client.get("/api/search", params={"cites": "1/²/KH"})
    assert r.status_code == 200 and r.json() == []
    r = client.get("/api/search", params={"from": "2025-99"})
    assert r.status_code == 400 and r.json()["error"].startswith("from:") and "--" not in r.json()["error"]
    for bad in ({"limit": "abc"}, {"limit": "0"}, {"offset": "-1"}, {"limit": "99999999999999999999"},
                {"event_from": "x"}, {"type": "XYZ"}, {"format": "xml"}):
        r = client.get("/api/search", params=bad)
        assert r.status_code == 400, bad
    r = client.get("/api/search", params={"limit": 5000})
    assert r.status_code == 200 and int(r.headers["X-Total-Count"]) == len(r.json())
    assert client.get("/", params={"limit": "abc"}).status_code == 400


def test_facets_are_scoped_to_the_result_and_clickable(client: TestClient, corpus: tuple[Path, list[dict], dict]) -> None:
    records = corpus[1]
    page = client.get("/", params={"type": "KH"}).text
    facets = page[page.index('id="facets"'):page.index("</aside>")]
    types = re.findall(r'<a class="facet" href="/\?[^"]*type=([^"&]+)[^"]*">', facets)
    assert set(types) == {"KH"}
    n_kh = sum(1 for r in records if (r.get("doc_type") or {}).get("code") == "KH")
    assert f">KH</a> <span class=\"n\">{n_kh + 1}</span>" in facets or f">KH</a> <span class=\"n\">{n_kh}</span>" in facets
    # a province facet link keeps the type filter and adds the province
    href = re.search(r'<b>Province</b><ul>\s*<li><a class="facet" href="([^"]+)"', facets).group(1)
    import html as html_mod

    href = html_mod.unescape(href)
    assert "type=KH" in href and "province=" in href
    narrowed = client.get(href).text
    assert 0 < len(_doc_links(narrowed)) < len(_doc_links(page))


def test_totals_paging_and_downloads(client: TestClient, corpus: tuple[Path, list[dict], dict]) -> None:
    import csv
    import html as html_mod
    import io

    n = len(corpus[1]) + 1
    p1 = client.get("/", params={"limit": 10}).text
    assert f"1–10 of {n} document(s)" in p1
    nxt = html_mod.unescape(re.search(r'id="next" href="([^"]+)"', p1).group(1))
    p2 = client.get(nxt).text
    assert f"11–20 of {n} document(s)" in p2 and not _doc_links(p1) & _doc_links(p2)
    assert 'id="prev"' in p2
    csv_href = html_mod.unescape(re.search(r'id="csv" href="([^"]+)"', p1).group(1))
    r = client.get(csv_href)
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == n and {row["sha256"] for row in rows} >= _doc_links(p1)
    r = client.get(html_mod.unescape(re.search(r'id="json" href="([^"]+)"', p1).group(1)))
    assert len(r.json()) == n
    rec = corpus[2]["cited"]
    got = client.get(f"/api/doc/{rec['source']['sha256']}").json()
    assert got == {k: v for k, v in rec.items() if k != "text"}


def test_original_file_only_when_its_content_is_the_records(client: TestClient, corpus: tuple[Path, list[dict], dict],
                                                            tmp_path: Path) -> None:
    rec = corpus[2]["cited"]
    r = client.get(f"/doc/{rec['source']['sha256']}/original")
    assert r.status_code == 200 and r.content == Path(rec["source"]["path"]).read_bytes()
    # the citer variant names a path with "#citer" whose content hash is not its sha256
    citer = corpus[2]["citer"]
    assert client.get(f"/doc/{citer['source']['sha256']}/original").status_code == 404


def test_search_finds_any_unicode_form_and_tone_placement(client: TestClient, corpus: tuple[Path, list[dict], dict]) -> None:
    """Issue 19 item 2 in the API: old tone placement (hoá) and NFD input find what the
    normalized documents hold (hóa)."""
    import unicodedata

    new = client.get("/api/search", params={"q": "văn hóa", "limit": 1000}).json()
    assert new
    for q in ("văn hoá", unicodedata.normalize("NFD", "văn hoá"), unicodedata.normalize("NFD", "văn hóa")):
        assert client.get("/api/search", params={"q": q, "limit": 1000}).json() == new, q
    ubnd = client.get("/api/search", params={"issuer": "UBND", "limit": 1000}).json()
    assert ubnd and client.get("/api/search", params={"issuer": "ubnd", "limit": 1000}).json() == ubnd


def test_citations_in_and_out_are_links(client: TestClient, corpus: tuple[Path, list[dict], dict]) -> None:
    cited, citer = corpus[2]["cited"], corpus[2]["citer"]
    page = client.get(f"/doc/{citer['source']['sha256']}").text
    out = page[page.index('id="cites-out"'):page.index('id="cites-in"')]
    assert f'href="/doc/{cited["source"]["sha256"]}"' in out
    assert "/?cites=" in out  # a basis not in the corpus links to who else cites it
    page = client.get(f"/doc/{cited['source']['sha256']}").text
    incoming = page[page.index('id="cites-in"'):]
    assert f'href="/doc/{citer["source"]["sha256"]}"' in incoming
    assert client.get("/doc/" + "0" * 64).status_code == 404


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus: tuple[Path, list[dict], dict]) -> str:
    import uvicorn

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(corpus[0]), host="127.0.0.1", port=port, log_level="error"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(5)


def test_real_server_on_localhost(server: str, corpus: tuple[Path, list[dict], dict]) -> None:
    with urllib.request.urlopen(server + "/?q=dao+tao&accent=true", timeout=10) as resp:
        html = resp.read().decode()
    assert resp.status == 200 and _doc_links(html)
    sha = sorted(_doc_links(html))[0]
    with urllib.request.urlopen(f"{server}/doc/{sha}", timeout=10) as resp:
        assert "id=\"source\"" in resp.read().decode()


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="Debian chromium not installed")
def test_browser_search_open_document(server: str) -> None:
    pw = pytest.importorskip("playwright.sync_api")
    with pw.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(server + "/")
        page.fill("#q", "ke hoach hoc tap")
        page.check("#accent")
        page.click("#go")
        page.wait_for_selector("#results a.doc")
        page.click("#results a.doc >> nth=0")
        page.wait_for_selector("#source")
        assert page.locator('#source mark[data-field="issuer.name"]').count() >= 1
        assert page.locator("#timeline svg rect").count() >= 1 or page.locator("text=No dated items").count()
        browser.close()


@pytest.mark.skipif(_chromium() is None, reason="Debian chromium not installed")
def test_browser_facets_paging_and_faithful_text(server: str, corpus: tuple[Path, list[dict], dict],
                                                 tmp_path: Path) -> None:
    """A reader's path in a real browser: search pasted text in the old tone placement, narrow
    by a facet, page, open a document; the source view's visible text is the stored text (what
    a reader copies), the labels are not part of it; screenshots of each page are written."""
    import unicodedata

    pw = pytest.importorskip("playwright.sync_api")
    db = corpus[0]
    with pw.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        page.goto(server + "/")
        page.screenshot(path=str(tmp_path / "home.png"))
        page.fill("#q", unicodedata.normalize("NFD", "văn hoá"))
        page.click("#go")
        page.wait_for_selector("#results a.doc")
        found = page.locator("#results a.doc").count()
        assert found >= 1 and "of" in page.locator("#count").inner_text()
        page.goto(server + "/?limit=5")
        page.click("#next")
        assert page.locator("#count").inner_text().startswith("6–10 of")
        page.click("#facets a.facet >> nth=0")  # the first type facet
        assert "type=" in page.url and page.locator("#active a").count() >= 1
        page.screenshot(path=str(tmp_path / "result.png"))
        href = page.locator("#results a.doc").first.get_attribute("href")
        page.goto(server + href)
        page.wait_for_selector("#source mark")
        shown = page.locator("#source").inner_text()
        assert shown.strip() == _body(db, href.rsplit("/", 1)[-1]).strip()
        assert "issuer.name" not in shown  # labels are drawn by CSS, not copied
        page.screenshot(path=str(tmp_path / "doc.png"), full_page=True)
        page.click("#record-json")
        assert '"provenance"' in page.content()
        browser.close()
    assert all((tmp_path / n).stat().st_size > 10_000 for n in ("home.png", "result.png", "doc.png"))



def test_serve_refuses_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    """Issue 18 item 8: ``serve --db`` on a text file says so in one line, exit 2."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    f = tmp_path / "notes.txt"
    f.write_text("not a database\n" * 100)
    r = CliRunner().invoke(app, ["serve", "--db", str(f)])
    assert r.exit_code == 2 and "bad-store" in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_serve_prints_its_url(monkeypatch: pytest.MonkeyPatch, corpus: tuple[Path, list[dict], dict]) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from pipeline.cli import app

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(kw))
    r = CliRunner().invoke(app, ["serve", "--db", str(corpus[0]), "--port", "8123"])
    assert r.exit_code == 0 and "http://127.0.0.1:8123/" in r.output and seen["port"] == 8123


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "missing-store" in r.output
    assert not (tmp_path / "none.db").exists()  # read-only: nothing created


def test_displacy_labels_are_escaped() -> None:
    """Issue 18 item 5, the displaCy path (``pipeline.annotate``, for spaCy users): a crafted
    provenance key is no live markup in the rendered page."""
    from pipeline.annotate import render_html
    from pipeline.record import Record

    rec = sample_records(with_text=True)[0]
    p = next(iter(rec["provenance"].values()))
    rec = dict(rec, provenance={**rec["provenance"], '<img src=x onerror="alert(1)">': dict(p)})
    page = render_html(rec["text"], Record.model_validate(rec))
    assert "<img" not in page and "&lt;img" in page


def test_page_images_of_a_scan_and_a_pdf(tmp_path: Path) -> None:
    """Issue 19 item 4: a scanned document's page opens as an image beside its values; only a
    file that still has the record's content is rendered."""
    import hashlib

    from PIL import Image
    from reportlab.pdfgen import canvas

    png = tmp_path / "scan.png"
    Image.new("RGB", (400, 600), "white").save(png)
    pdf = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(100, 700, "trang 1")
    c.showPage()
    c.drawString(100, 700, "trang 2")
    c.save()
    base = sample_records(with_text=True)[0]
    recs = []
    for f, fmt in ((png, "png"), (pdf, "pdf")):
        r = json.loads(json.dumps(base))
        r["source"] = {"path": str(f), "sha256": hashlib.sha256(f.read_bytes()).hexdigest(), "format": fmt,
                       "encoding": "ocr"}
        r["provenance"]["number"]["page"] = 2 if fmt == "pdf" else 1
        recs.append(r)
    db = tmp_path / "c.db"
    load_records(db, recs)
    c = TestClient(create_app(db))
    for r in recs:
        sha = r["source"]["sha256"]
        n = r["provenance"]["number"]["page"]
        page = c.get(f"/doc/{sha}").text
        assert f'href="/doc/{sha}/page/{n}.png"' in page
        img = c.get(f"/doc/{sha}/page/{n}.png")
        assert img.status_code == 200 and img.content[:8] == b"\x89PNG\r\n\x1a\n"
        assert c.get(f"/doc/{sha}/page/{n + 1}.png").status_code == 404
    png.write_bytes(png.read_bytes() + b"changed")
    assert c.get(f"/doc/{recs[0]['source']['sha256']}/page/1.png").status_code == 404
