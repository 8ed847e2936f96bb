"""Issue 19 item 6: the ledger stamps each record with the extractor version that made it; a
batch re-extracts what another version made, ``--force`` re-extracts everything, and either
way the shards and the store end with exactly one current record per document."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.version
from pipeline.batch import BatchOptions, run_batch
from pipeline.cli import app
from pipeline.store.sample import corpus_files


def _lines(out: Path) -> list[dict]:
    return [json.loads(x) for s in sorted(out.glob("records-*.jsonl")) for x in s.read_text(encoding="utf-8").splitlines()]


def _stamps(out: Path) -> set[str | None]:
    con = sqlite3.connect(out / "ledger.sqlite")
    try:
        return {r[0] for r in con.execute("SELECT extractor FROM documents")}
    finally:
        con.close()


def test_batch_force_and_extractor_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for f in corpus_files()[:3]:
        shutil.copy(f, inp / f.name)
    out = tmp_path / "out"
    current = pipeline.version.extractor_version()
    assert current.startswith(pipeline.__version__ + "+")

    def run(**kw: object) -> dict:
        return run_batch(BatchOptions(input_dir=inp, out_dir=out, workers=1, timeout=60.0, **kw))

    monkeypatch.setattr(pipeline.version, "extractor_version", lambda: "0.0.1+older")
    first = run()
    assert first["redone_outdated"] == 0 and _stamps(out) == {"0.0.1+older"}
    monkeypatch.undo()
    again = run()  # another version made these: all three redone, once each
    assert again["redone_outdated"] == 3 and _stamps(out) == {current}
    recs = _lines(out)
    assert len(recs) == 3 and len({r["source"]["sha256"] for r in recs}) == 3
    assert run()["redone_outdated"] == 0  # same version: nothing to redo
    r = CliRunner().invoke(app, ["batch", str(inp), "--out", str(out), "--force", "--workers", "1", "--quiet"])
    assert r.exit_code == 0, r.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["redone_outdated"] == 3 and manifest["versions"]["extractor"] == current
    assert len(_lines(out)) == 3
    con = sqlite3.connect(out / "corpus.db")
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM doc_text WHERE body <> ''").fetchone()[0] == 3
    finally:
        con.close()
