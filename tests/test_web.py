"""The explorer (``vanban serve``) over a store of the bundled corpus: search, facets, the
document page with fields highlighted at their spans, the timeline chart and citation links;
once over HTTP on 127.0.0.1 with a real server, and in a headless browser when one is installed."""

from __future__ import annotations

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
from pipeline.store.sample import sample_records, variant
from pipeline.web import create_app


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict], dict]:
    records = sample_records()
    cited = next(r for r in records if r["legal_bases"] and r["timeline"] and r["number"]
                 and r["number"]["seq"])
    citer = variant(records[3], "citer", number="990/KH-UBND", cites=cited)
    citer["issuer"] = dict(cited["issuer"])
    db = tmp_path_factory.mktemp("web") / "corpus.db"
    load_records(db, records + [citer])
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


def test_document_page_highlights_fields_at_their_spans(client: TestClient, corpus: tuple[Path, list[dict], dict]) -> None:
    cited = corpus[2]["cited"]
    r = client.get(f"/doc/{cited['source']['sha256']}")
    assert r.status_code == 200
    source = r.text[r.text.index('id="source"'):]
    p = cited["provenance"]["issuer.name"]
    from pipeline.store.load import record_text

    first_word = record_text(cited)[p["start"]:p["end"]].split()[0]
    # displaCy marks the issuer's tokens and puts the field's label on the span's first token
    label_at = source.index("\n        issuer.name\n")
    tokens = re.findall(r'position: relative; height: \d+px;">\s*(\S+)', source[:label_at])
    assert tokens[-1] == first_word
    for label in ("number", "title", "date"):
        assert f"\n        {label}\n" in source
    assert "<svg" in r.text and r.text.count("<rect") >= 1  # timeline chart


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
        assert page.locator("#source").inner_text().count("issuer.name") >= 1
        assert page.locator("#timeline svg rect").count() >= 1 or page.locator("text=No dated items").count()
        browser.close()


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "missing-store" in r.output
    assert not (tmp_path / "none.db").exists()  # read-only: nothing created
