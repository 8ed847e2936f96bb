"""The store as an archivist meets it from the command line: portable records (load from another
folder, text from the record, the batch's store or a named source root), no path a record names
read on its own say-so, one normalization for queries and documents, and a clear one-line error
for every bad value or file (issues 18 items 6 and 8, 19 items 1, 2 and 5)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.store.sample import ROOT, corpus_files

runner = CliRunner()


def _cli(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


def _bodies(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT d.sha256, t.body FROM documents d JOIN doc_text t USING (id)"))
    finally:
        con.close()


def _shas(out: str) -> set[str]:
    return {json.loads(line)["sha256"] for line in out.splitlines() if line.strip()}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small input folder: four corpus documents in a subfolder."""
    root = tmp_path_factory.mktemp("archive")
    (root / "in" / "sub").mkdir(parents=True)
    for f in corpus_files()[:4]:
        shutil.copy(f, root / "in" / "sub" / f.name)
    return root


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus loaded with its text (the query tests' store)."""
    d = tmp_path_factory.mktemp("q")
    recs = d / "r.jsonl"
    code, _, err = _cli("extract", str(ROOT / "corpus" / "seeds"), str(ROOT / "corpus" / "dev"), "--with-text",
                        "--out", str(recs), "-q")
    assert code == 0, err
    code, _, err = _cli("load", str(recs), "--db", str(d / "c.db"))
    assert code == 0, err
    return d / "c.db"


def test_load_from_another_folder_takes_text_from_the_batch_store(archive: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19 item 1: a batch run in one folder (relative paths in its records), its shards
    loaded from another: every document's full text is indexed, from the batch's store, and
    no source file is read again."""
    monkeypatch.chdir(archive)
    code, _, err = _cli("batch", "in", "--out", "out", "--workers", "1", "--quiet")
    assert code == 0, err
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    shards = sorted(str(p) for p in (archive / "out").glob("records-*.jsonl"))
    code, _, err = _cli("load", *shards, "--db", "mine.db")
    assert code == 0, err
    assert "4 from the batch's store" in err and "without their text" not in err
    bodies = _bodies(elsewhere / "mine.db")
    assert len(bodies) == 4 and all(bodies.values())
    assert bodies == {k: v for k, v in _bodies(archive / "out" / "corpus.db").items() if k in bodies}


def test_load_with_source_root_finds_moved_sources_by_sha256(archive: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Records without text made in one folder, the sources moved elsewhere: ``--source-root``
    finds each file by its path's tail and its sha256; without it nothing is read and the load
    says so plainly. (The input is really moved away: the records' own root/relpath would
    find it where it was.)"""
    shutil.copytree(archive / "in", tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    code, _, err = _cli("extract", "in", "--out", str(tmp_path / "r.jsonl"), "-q")
    assert code == 0, err
    moved = tmp_path / "moved"
    shutil.move(tmp_path / "in", moved)  # the input folder, moved and renamed
    code, _, err = _cli("load", "r.jsonl", "--db", "a.db")
    assert code == 0 and "4 record(s) without their text" in err
    assert not any(_bodies(tmp_path / "a.db").values())
    code, _, err = _cli("load", "r.jsonl", "--db", "b.db", "--source-root", str(moved))
    assert code == 0 and "4 from the source files" in err, err
    assert all(_bodies(tmp_path / "b.db").values())


def test_load_never_reads_a_path_a_record_names(tmp_path: Path) -> None:
    """Issue 18 item 6: a crafted record without text whose ``source.path`` names a file
    outside the inputs — absolute, ``..``-relative, or inside a source root with other
    content — gets nothing indexed from it."""
    secret = tmp_path / "secret.txt"
    secret.write_text("UBND tỉnh mậtkhẩu zebra-horse-battery\n", encoding="utf-8")
    root = tmp_path / "root"
    root.mkdir()
    (root / "secret.txt").write_text("mậtkhẩu inside the root but not the record's content\n", encoding="utf-8")
    rec = json.loads(next(iter((ROOT / "corpus" / "seeds").glob("*.gold.json"))).read_text(encoding="utf-8"))
    rec = {k: rec.get(k) for k in ("doc_type", "number", "date", "place", "issuer", "title", "theme",
                                   "legal_bases", "timeline", "responsible_units", "signer", "recipients")}
    lines = []
    for i, path in enumerate((str(secret), "../secret.txt", "../../" + str(secret), "secret.txt")):
        lines.append(json.dumps(dict(rec, source={"path": path, "sha256": f"{i:064x}", "format": "text"}),
                                ensure_ascii=False))
    f = tmp_path / "crafted.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = _cli("load", str(f), "--db", str(tmp_path / "c.db"), "--source-root", str(root))
    assert code == 0, err
    assert "4 record(s) without their text" in err
    assert not any(_bodies(tmp_path / "c.db").values())
    code, out, _ = _cli("query", "--db", str(tmp_path / "c.db"), "--text", "mậtkhẩu", "--format", "json")
    assert code == 0 and out.strip() == ""


def test_load_bad_lines_are_one_line_errors(tmp_path: Path) -> None:
    """Issue 18 item 8: a line ``[1,2,3]``, a unit without ``name``, non-UTF-8 bytes and a line
    that is not JSON are each reported as FILE:LINE: reason, the good record still loads, the
    exit status is 1 and nothing is a traceback."""
    good = json.loads(runner.invoke(app, ["extract", str(corpus_files()[0]), "-q"]).stdout.splitlines()[0])
    no_name = json.loads(json.dumps(good))
    no_name["source"]["sha256"] = "f" * 64
    no_name["responsible_units"] = [{"tasks": ["x"]}]
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b"[1,2,3]\n" + json.dumps(no_name).encode() + b"\n" + b'{"a": "K\xea"}\n' + b"{not json\n"
                  + json.dumps(good, ensure_ascii=False).encode() + b"\n")
    r = runner.invoke(app, ["load", str(f), "--db", str(tmp_path / "c.db")])
    assert r.exit_code == 1
    assert "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    bad = [ln for ln in r.stderr.splitlines() if ln.startswith("bad-record")]
    assert [b.split(":")[1] for b in bad] == ["1", "2", "3", "4"], r.stderr
    assert "not a JSON object" in bad[0] and "name" in bad[1] and "not UTF-8" in bad[2]
    assert "1 record(s) new or changed" in r.stderr
    assert list(_bodies(tmp_path / "c.db")) == [good["source"]["sha256"]]


@pytest.mark.parametrize(("args", "code", "says"), [
    (["--event-from", "0001"], 0, None),
    (["--event-to", "9999-12-31"], 0, None),
    (["--limit", "99999999999999999999"], 2, "limit"),
    (["--limit", "-5"], 2, "limit"),
    (["--limit", "many"], 2, "limit"),
    (["--cites", "1/²/KH"], 0, None),
    (["--cited-by", "²²/²"], 0, None),
    (["--from", "2025-13"], 2, "from"),
    (["--type", "XYZ"], 2, "unknown type"),
    (["--text", '"unbalanced'], 0, None),
])
def test_query_bad_values_are_one_line_errors(store: Path, args: list[str], code: int, says: str | None) -> None:
    """Issue 18 items 8 and 11: each value is a result or one line naming the option, exit 2."""
    r = runner.invoke(app, ["query", "--db", str(store), "--format", "json", *args])
    assert r.exit_code == code, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    if says:
        assert says in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_query_unknown_province_says_how_to_see_valid_names(store: Path) -> None:
    """Issue 19: ``--province`` with a name that is no province (new or former) is one line
    saying so and naming ``vanban provinces``, which lists the 34 names with the former ones;
    a former name still finds its documents."""
    r = runner.invoke(app, ["query", "--db", str(store), "--province", "Atlantis"])
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "unknown province 'Atlantis'" in r.stderr and "vanban provinces" in r.stderr
    r = runner.invoke(app, ["provinces"])
    lines = r.stdout.splitlines()
    assert r.exit_code == 0 and len(lines) == 34
    assert "Hải Phòng\tHải Dương" in lines
    assert runner.invoke(app, ["query", "--db", str(store), "--province", "Hải Dương"]).exit_code == 0


def test_query_db_that_is_not_a_store(tmp_path: Path) -> None:
    """Issue 18 item 8: ``--db /etc/passwd`` (any file that is not a store) is one line, exit 2."""
    f = tmp_path / "passwd"
    f.write_text("root:x:0:0:root:/root:/bin/bash\n" * 50)
    for cmd in (["query"], ["export", "--parquet", str(tmp_path / "pq")]):
        r = runner.invoke(app, [*cmd, "--db", str(f)])
        assert r.exit_code == 2 and "bad-store" in r.stderr and len(r.stderr.strip().splitlines()) == 1
        assert r.exception is None or isinstance(r.exception, SystemExit)


def test_query_text_in_any_unicode_form_and_tone_placement(store: Path) -> None:
    """Issue 19 item 2: text pasted with the old tone placement (``hoá``) or in NFD finds what
    the normalized documents hold (``hóa``), exact and accent-insensitive alike."""
    def q(*args: str) -> set[str]:
        r = runner.invoke(app, ["query", "--db", str(store), "--format", "json", "--limit", "0", *args])
        assert r.exit_code == 0, r.output
        return _shas(r.stdout)

    modern = q("--text", "văn hóa")
    assert modern
    for text in ("văn hoá", unicodedata.normalize("NFD", "văn hoá"), unicodedata.normalize("NFD", "văn hóa"),
                 "VĂN HOÁ", "văn\u200b hoá"):
        assert q("--text", text) == modern, text
    assert q("--text", '"văn hoá"') == q("--text", '"văn hóa"')
    assert q("--unit", "Phòng Văn hoá") == q("--unit", "Phòng Văn hóa")


def test_issuer_filter_expands_abbreviations_in_any_case(store: Path) -> None:
    """Issue 19 item 2: ``--issuer ubnd`` finds what ``UBND`` and ``Ủy ban nhân dân`` find, and
    the docstring's example ``ubnd tinh dak lak`` finds the Đắk Lắk documents."""
    def q(*args: str) -> set[str]:
        r = runner.invoke(app, ["query", "--db", str(store), "--format", "json", "--limit", "0", *args])
        return _shas(r.stdout)

    full = q("--issuer", "Ủy ban nhân dân")
    assert full and q("--issuer", "UBND") == full == q("--issuer", "ubnd") == q("--issuer", "Ubnd")
    dak_lak = q("--issuer", "Ủy ban nhân dân tỉnh Đắk Lắk")
    assert dak_lak and q("--issuer", "ubnd tinh dak lak") == dak_lak


def test_query_prints_totals_and_how_to_page(store: Path) -> None:
    """Issue 19 item 5: ``--limit 3`` says how many there are and how to get the rest."""
    r = runner.invoke(app, ["query", "--db", str(store), "--limit", "3"])
    with sqlite3.connect(store) as con:
        total = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert total > 3
    assert r.exit_code == 0 and f"3 of {total} document(s)" in r.stderr and "--offset 3" in r.stderr
    first = runner.invoke(app, ["query", "--db", str(store), "--limit", "3", "--format", "json"]).stdout
    second = runner.invoke(app, ["query", "--db", str(store), "--limit", "3", "--offset", "3", "--format", "json"]).stdout
    assert len(_shas(first)) == 3 == len(_shas(second)) and not _shas(first) & _shas(second)


def test_cli_version() -> None:
    from pipeline import __version__

    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.startswith(f"vanban {__version__}")


def test_review_says_when_a_source_cannot_be_found(tmp_path: Path) -> None:
    """Issue 19 item 1: review of records whose source is gone names them instead of showing
    blank source lines."""
    r = runner.invoke(app, ["extract", str(corpus_files()[0]), "-q"])
    rec = json.loads(r.stdout.splitlines()[0])
    rec["source"].update(path=str(tmp_path / "gone.txt"), root=str(tmp_path), relpath="gone.txt")
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["review", str(f), "--threshold", "1.01", "--limit", "2"])
    assert r.exit_code == 0 and "without their text" in r.stderr and "gone.txt" in r.stderr
