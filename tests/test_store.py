"""The corpus store on the bundled corpus: loading, every query filter, full-text search,
citation resolution, geography, Parquet export and the CLI commands.

Expected answers are computed from the extracted records themselves (not written down), so the
tests keep checking the store if the extractor changes what it finds.
"""

from __future__ import annotations

import calendar
import json
import sqlite3
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import find_gold
from pipeline.ingest import IngestError
from pipeline.store import Filters, connect, export_parquet, load_records, search
from pipeline.store.citations import number_key
from pipeline.store.geo import gazetteer, key, mentions, resolve_record
from pipeline.store.load import record_text
from pipeline.store.sample import ROOT, sample_records, variant
from pipeline.store.schema import TABLES
from pipeline.store.texts import TextFinder
from pipeline.textutil import fold, strip_accents


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return sample_records()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, records: list[dict]) -> Path:
    path = tmp_path_factory.mktemp("store") / "corpus.db"
    # half the records lack their text: it is read from the source files under the corpus
    # folder named here (and only there)
    assert load_records(path, records, texts=TextFinder(roots=[ROOT / "corpus"])) == len(records)
    return path


@pytest.fixture()
def con(db: Path) -> sqlite3.Connection:
    c = connect(db, readonly=True)
    yield c
    c.close()


def _shas(rows: list[dict]) -> set[str]:
    return {r["sha256"] for r in rows}


def _q(con: sqlite3.Connection, **kw) -> set[str]:
    return _shas(search(con, Filters(limit=None, **kw)))


def _dump(path: Path) -> dict[str, list]:
    c = sqlite3.connect(path)
    out = {t: sorted(c.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    out["fts"] = sorted(c.execute("SELECT rowid FROM fts WHERE fts MATCH 'hoạch'").fetchall())
    c.close()
    return out


def test_tables_hold_every_item(con: sqlite3.Connection, records: list[dict]) -> None:
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(records)
    for table, field in (("legal_bases", "legal_bases"), ("timeline", "timeline"),
                         ("responsible_units", "responsible_units"), ("recipients", "recipients")):
        n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert n == sum(len(r[field]) for r in records), table
    n_tasks = con.execute("SELECT count(*) FROM tasks").fetchone()[0]
    assert n_tasks == sum(len(u["tasks"]) for r in records for u in r["responsible_units"])


def test_loading_twice_changes_nothing_and_a_change_replaces(tmp_path: Path, records: list[dict]) -> None:
    path = tmp_path / "c.db"
    load_records(path, records[:6])
    before = _dump(path)
    assert load_records(path, records[:6]) == 0
    assert _dump(path) == before
    changed = json.loads(json.dumps(records[1]))
    changed["title"] = "Tiêu đề đã sửa lại hoàn toàn"
    changed["recipients"] = changed["recipients"][:1]
    assert load_records(path, [changed]) == 1
    c = connect(path, readonly=True)
    sha = changed["source"]["sha256"]
    assert c.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
    assert c.execute("SELECT title FROM documents WHERE sha256=?", (sha,)).fetchone()[0] == changed["title"]
    assert c.execute("SELECT count(*) FROM recipients WHERE sha256=?", (sha,)).fetchone()[0] == len(changed["recipients"])
    assert _q(c, text="Tiêu đề đã sửa") == {sha}


def test_text_regenerated_when_record_lacks_it(con: sqlite3.Connection, records: list[dict]) -> None:
    without = next(r for r in records if not r.get("text"))
    body = con.execute("SELECT body FROM doc_text JOIN documents USING(id) WHERE sha256=?",
                       (without["source"]["sha256"],)).fetchone()[0]
    from pipeline.extractor import extract_file

    assert body == extract_file(without["source"]["path"], with_text=True).text


def test_filter_type(con: sqlite3.Connection, records: list[dict]) -> None:
    want = {r["source"]["sha256"] for r in records if (r["doc_type"] or {}).get("code") == "QĐ"}
    assert want and _q(con, doc_type="QĐ") == want == _q(con, doc_type="qd") == _q(con, doc_type="Quyết định")


def test_filter_issuer_and_place(con: sqlite3.Connection, records: list[dict]) -> None:
    issuer = next(r["issuer"]["name"] for r in records if "Đắk Lắk" in ((r["issuer"] or {}).get("name") or ""))
    want = {r["source"]["sha256"] for r in records if fold("Đắk Lắk") in fold((r["issuer"] or {}).get("name") or "")}
    assert len(want) >= 2 and _q(con, issuer="dak lak") == want and _q(con, issuer=issuer) <= want
    assert _q(con, issuer="UBND tỉnh Đắk Lắk") == want  # the abbreviation as the records expand it
    want_place = {r["source"]["sha256"] for r in records if r["place"] == "Hà Nội"}
    assert want_place and _q(con, place="Hà Nội") == want_place


def test_filter_document_dates(con: sqlite3.Connection, records: list[dict]) -> None:
    want = {r["source"]["sha256"] for r in records
            if (r["date"] or {}).get("iso") and "2025-11-20" <= r["date"]["iso"] <= "2025-11-30"}
    assert want and _q(con, date_from="2025-11-20", date_to="2025-11-30") == want
    assert _q(con, date_to="2022") == {r["source"]["sha256"] for r in records
                                       if (r["date"] or {}).get("iso") and r["date"]["iso"] < "2023"}
    with pytest.raises(IngestError):
        search(con, Filters(date_from="2025-13"))


def _bounds(t: dict) -> tuple[date, date] | None:
    """A timeline item's first and last day (a coarse YYYY / YYYY-MM covers all of it)."""
    lo, hi = t["start"] or t["end"], t["end"] or t["start"]
    if not lo:
        return None

    def expand(d: str, end: bool) -> date:
        y = int(d[:4])
        if len(d) == 4:
            return date(y, 12, 31) if end else date(y, 1, 1)
        if len(d) == 7:
            m = int(d[5:])
            return date(y, m, calendar.monthrange(y, m)[1] if end else 1)
        return date.fromisoformat(d)

    return expand(lo, False), expand(hi, True)


def test_filter_timeline_overlap(con: sqlite3.Connection, records: list[dict]) -> None:
    a, b = date(2025, 10, 1), date(2025, 10, 31)
    want = {r["source"]["sha256"] for r in records
            if any((bd := _bounds(t)) and bd[0] <= b and bd[1] >= a for t in r["timeline"])}
    assert want and _q(con, event_from="2025-10-01", event_to="2025-10-31") == want
    assert _q(con, event_from="2025-10", event_to="2025-10") == want


def test_filter_unit(con: sqlite3.Connection, records: list[dict]) -> None:
    want = {r["source"]["sha256"] for r in records
            if any(fold("Sở Giáo dục") in fold(u["name"]) for u in r["responsible_units"])}
    assert len(want) >= 2 and _q(con, unit="sở giáo dục") == want


def test_filter_cites_by_normalized_number(con: sqlite3.Connection, records: list[dict]) -> None:
    want = {r["source"]["sha256"] for r in records
            if any(lb["number"] == "71/NQ-CP" for lb in r["legal_bases"])}
    assert len(want) >= 2
    assert _q(con, cites="71/NQ-CP") == want == _q(con, cites=" 71 / nq–cp ")
    want_nd = {r["source"]["sha256"] for r in records
               if any(lb["number"] == "175/2025/NĐ-CP" for lb in r["legal_bases"])}
    assert want_nd and _q(con, cites="175/2025/ND-CP") == want_nd


def test_number_key_variants() -> None:
    assert number_key("Số: 175/2025/NĐ-CP").key == number_key("175 / 2025 / nđ–cp").key == "175/2025/ND-CP"
    k = number_key("175/2025/NĐ-CP")
    assert (k.type_code, k.issuer_code, k.year) == ("ND", "CP", 2025)
    k = number_key("14-KH/TU")
    assert (k.type_code, k.issuer_code) == ("KH", "TU")
    assert number_key("Kế hoạch") is None


def test_citation_resolution_and_transitive(tmp_path: Path, records: list[dict]) -> None:
    # A: a corpus document; B: cites A as written in the corpus; C: cites B; D cites a number
    # that two documents of different issuers share, without naming the issuer: unresolved
    a = next(r for r in records if r["number"] and r["number"]["raw"] == "597/KH-UBND")
    b = variant(records[5], "B", number="900/KH-UBND", cites=a)
    b["issuer"] = dict(a["issuer"])
    c = variant(records[7], "C", number="901/KH-UBND", cites=b)
    x1 = variant(records[9], "X1", number="55/KH-UBND")
    x2 = variant(records[11], "X2", number="55/KH-UBND")
    assert x1["issuer"]["name"] != x2["issuer"]["name"]
    d = variant(records[12], "D", number="902/KH-UBND",
                cites={"number": {"raw": "55/kh-ubnd"}, "issuer": None})
    path = tmp_path / "g.db"
    # citers loaded before what they cite: resolution runs again when the cited arrives
    load_records(path, [c, d])
    load_records(path, records + [b, x1, x2])
    con = connect(path, readonly=True)
    sha = {k: v["source"]["sha256"] for k, v in {"a": a, "b": b, "c": c, "d": d}.items()}
    tgt = dict(con.execute("SELECT sha256, target_sha256 FROM legal_bases WHERE idx = "
                           "(SELECT max(idx) FROM legal_bases l2 WHERE l2.sha256 = legal_bases.sha256)"))
    assert tgt[sha["b"]] == sha["a"] and tgt[sha["c"]] == sha["b"] and tgt[sha["d"]] is None
    assert _q(con, cites="597/KH-UBND") == {sha["b"]}
    assert _q(con, cites="597/KH-UBND", transitive=True) == {sha["b"], sha["c"]}
    assert _q(con, cited_by="901/KH-UBND") == {sha["b"]}
    assert _q(con, cited_by="901/KH-UBND", transitive=True) == {sha["b"], sha["a"]}


def test_accent_insensitive_search(con: sqlite3.Connection, records: list[dict]) -> None:
    def words(s: str) -> set[str]:
        import re
        return set(re.findall(r"\w+", s.lower()))

    found = TextFinder(roots=[ROOT / "corpus"])
    texts = {r["source"]["sha256"]: record_text(r, found) or "" for r in records}
    want = {s for s, t in texts.items() if {"ke", "hoach", "hoc", "tap"} <= words(strip_accents(t))}
    assert want and _q(con, text="ke hoach hoc tap", accent_insensitive=True) == want
    assert _q(con, text="kế hoạch học tập") == {s for s, t in texts.items() if {"kế", "hoạch", "học", "tập"} <= words(t)}
    # exact by default: the unaccented words are not in these documents
    assert not _q(con, text="ke hoach hoc tap") & {s for s, t in texts.items() if "hoach" not in words(t)}
    # đ folds to d (SQLite's remove_diacritics leaves đ alone)
    want_d = {s for s, t in texts.items() if {"dao", "tao"} <= words(strip_accents(t))}
    assert want_d and _q(con, text="dao tao", accent_insensitive=True) == want_d
    assert _q(con, text='"đào tạo"') <= want_d


def test_user_input_is_bound_not_sql(con: sqlite3.Connection) -> None:
    for evil in ("'; DROP TABLE documents; --", 'a" OR 1=1 --', "%", "NEAR(", "*"):
        search(con, Filters(issuer=evil, text=evil, unit=evil, cites=evil, limit=5))
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 25
    assert _q(con, issuer="%") == set()


def test_read_only_connection_refuses_writes(db: Path) -> None:
    c = connect(db, readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        c.execute("DELETE FROM documents")
    with pytest.raises(IngestError):
        connect(db.parent / "none.db", readonly=True)


def test_geography_mentions_and_gazetteer(records: list[dict]) -> None:
    assert mentions("Ủy ban nhân dân xã Trung Hội") == [("ward", "Trung Hội")]
    assert mentions("Ban Chỉ đạo xây dựng xã hội học tập") == []
    assert mentions("Ủy ban nhân dân thị xã Quảng Yên") == [("district", "Quảng Yên")]
    g = gazetteer()
    assert len(g.provinces) == 34 and sum(len(v) for v in g.wards.values()) == 3321
    from vietnam_provinces import Ward

    trung_hoi = [w for w in Ward.iter_all() if key(w.name) == "xatrunghoi"]
    rec = next(r for r in records if (r["issuer"] or {}).get("name") == "Ủy ban nhân dân xã Trung Hội")
    geo = resolve_record(rec)
    assert len(trung_hoi) == 1 and geo["unit_code"] == f"{int(trung_hoi[0].code):05d}"
    assert geo["province_code"] == f"{int(trung_hoi[0].province_code):02d}"
    # a commune name several provinces share, with nothing else in the record: null
    shared = next(k for k, v in g.wards.items() if len({u.province_code for u in v}) > 1)
    name = g.wards[shared][0].name.split(" ", 1)[1]
    lone = {"issuer": {"name": f"Ủy ban nhân dân xã {name}"}, "date": {"iso": "2025-10-01"}, "legal_bases": []}
    assert resolve_record(lone)["unit_code"] is None and resolve_record(lone)["province_code"] is None
    # ... and the same name with its province named by a cited authority: resolved
    prov = g.wards[shared][0].province_name
    lone["legal_bases"] = [{"issuer": f"Ủy ban nhân dân {prov}"}]
    assert resolve_record(lone)["province_code"] == g.wards[shared][0].province_code


def test_filter_province_old_and_new_names(con: sqlite3.Connection, records: list[dict]) -> None:
    # the 2022 plan of a commune of the former Hải Dương (merged into Hải Phòng in 2025)
    old = {r["source"]["sha256"] for r in records
           if any("tỉnh Hải Dương" in (lb.get("issuer") or "") for lb in r["legal_bases"])}
    assert old and _q(con, province="Hải Dương") == old
    assert old <= _q(con, province="Hải Phòng")
    cantho = {r["source"]["sha256"] for r in records if (r["issuer"] or {}).get("name") == "Ủy ban nhân dân thành phố Cần Thơ"}
    assert _q(con, province="Cần Thơ") == cantho
    # an unknown name is an error, not an empty result (it used to return nothing, silently)
    with pytest.raises(IngestError, match="unknown province 'Atlantis'"):
        _q(con, province="Atlantis")


def test_parquet_round_trip(tmp_path: Path, con: sqlite3.Connection) -> None:
    counts = export_parquet(con, tmp_path / "pq")
    for table in TABLES:
        t = pq.read_table(tmp_path / "pq" / f"{table}.parquet")
        rows = con.execute(f"SELECT * FROM {table}").fetchall()
        assert counts[table] == t.num_rows == len(rows)
        assert t.column_names == [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
        assert sorted(map(repr, (tuple(r.values()) for r in t.to_pylist()))) == sorted(map(repr, map(tuple, rows)))


def test_cli_load_query_export(tmp_path: Path, records: list[dict]) -> None:
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:8]), encoding="utf-8")
    db = tmp_path / "corpus.db"
    runner = CliRunner()
    r = runner.invoke(app, ["load", str(jsonl), "--db", str(db)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["query", "--db", str(db), "--type", "KH", "--format", "json"])
    got = {json.loads(line)["sha256"] for line in r.stdout.splitlines() if line.strip()}
    assert got == {x["source"]["sha256"] for x in records[:8] if (x["doc_type"] or {}).get("code") == "KH"}
    r = runner.invoke(app, ["query", "--db", str(db), "--text", "ke hoach", "--accent-insensitive", "--format", "csv"])
    assert r.exit_code == 0 and r.stdout.splitlines()[0].startswith("sha256,")
    r = runner.invoke(app, ["export", "--db", str(db), "--parquet", str(tmp_path / "pq")])
    assert r.exit_code == 0 and (tmp_path / "pq" / "documents.parquet").is_file()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    r = runner.invoke(app, ["load", str(bad), "--db", str(db)])
    assert r.exit_code == 1


def test_notebook_runs_top_to_bottom(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    root = Path(__file__).resolve().parent.parent
    nb = nbformat.read(root / "notebooks" / "corpus.ipynb", as_version=4)
    import tempfile

    scratch = Path(tempfile.gettempdir())
    before = set(scratch.glob("vanban-notebook-*"))
    nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 3  # the three plots
    n = sum(len(find_gold(root / "corpus" / sub)) for sub in ("seeds", "dev"))  # every file there has gold
    assert any(f"{n} documents" in (o.get("text") or "") for o in outputs)
    assert set(scratch.glob("vanban-notebook-*")) <= before  # its temporary folder is removed
    src = "".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "import pipeline as vanban" in src and "pipeline.store" not in src  # the public API only


def test_transitive_queries_end_on_a_citation_cycle(tmp_path: Path, records: list[dict]) -> None:
    base = next(r for r in records if (r["issuer"] or {}).get("name") == "Ủy ban nhân dân tỉnh Đồng Tháp")
    p = variant(base, "P", number="801/KH-UBND", cites={"number": {"raw": "802/KH-UBND"},
                                                         "issuer": base["issuer"], "date": base["date"]})
    q = variant(base, "Q", number="802/KH-UBND", cites=p)
    load_records(tmp_path / "cyc.db", [p, q])
    con = connect(tmp_path / "cyc.db", readonly=True)
    both = {p["source"]["sha256"], q["source"]["sha256"]}
    assert _q(con, cites="801/KH-UBND", transitive=True) == both
    assert _q(con, cited_by="801/KH-UBND", transitive=True) == both
    assert _q(con, cites="801/KH-UBND") == {q["source"]["sha256"]}


@pytest.mark.parametrize("kw", [
    {"text": "học tập"}, {"text": "hoc tap", "accent_insensitive": True},
    {"event_from": "2025-10-01", "event_to": "2025-12-31"}, {"unit": "sở giáo dục"},
    {"text": "kế hoạch", "doc_type": "KH", "date_from": "2020", "date_to": "2026"},
])
def test_walking_the_date_index_finds_what_the_set_plan_finds(con: sqlite3.Connection, kw: dict,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Large sets are checked per document in date order (the plan a big corpus takes); the
    first ``limit`` rows must be the same, in the same order, as the materialized set gives."""
    from pipeline.store import query

    by_set = search(con, Filters(limit=5, **kw))
    monkeypatch.setattr(query, "_WALK_MIN", 0)
    monkeypatch.setattr(query, "FTS_WALK_SHARE", 0.0)
    monkeypatch.setattr(query, "INDEX_WALK_SHARE", 0.0)
    sql, _ = query.build(Filters(limit=5, **kw), con)
    assert "EXISTS" in sql and " IN (SELECT rowid" not in sql
    assert len(by_set) >= 2 and search(con, Filters(limit=5, **kw)) == by_set
