"""The public Python API (``pipeline/__init__.py``): what a researcher imports instead of
private modules — extract a file or a string, run a batch, open a store and query it to rows or
a pyarrow table, load records, evaluate against gold (issue 19, "A Python API")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import pipeline as vanban
from pipeline.ingest import IngestError
from pipeline.store.sample import ROOT, corpus_files

SYNTHETIC = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Bình, ngày 3 tháng 4 năm 2025

KẾ HOẠCH
Tổ chức ngày hội văn hoá thể thao năm 2025

I. MỤC ĐÍCH
Nâng cao đời sống văn hoá.
"""


def test_public_api_extract_file_and_string() -> None:
    rec = vanban.extract_file(corpus_files()[0])
    assert isinstance(rec, vanban.Record) and rec.text and rec.source is not None
    s = vanban.extract_text(SYNTHETIC)
    assert s.number is not None and s.number.raw == "12/KH-UBND" and s.source is None
    p = s.provenance["number"]
    assert s.text is not None and s.text[p.start:p.end] == "12/KH-UBND"
    assert vanban.__version__ and set(vanban.__all__) <= set(dir(vanban)) | {"Record"}


def test_public_api_batch_store_query_table(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for f in corpus_files()[:4]:
        shutil.copy(f, inp / f.name)
    summary = vanban.run_batch(inp, tmp_path / "out", workers=1)
    assert summary["exit_status"] == 0 and summary["store"]["status"] == "loaded"
    with vanban.open_store(tmp_path / "out" / "corpus.db") as store:
        rows = store.query()
        assert len(rows) == 4 == store.count()
        table = store.table(type="KH")
        assert table.num_rows == store.count(type="KH") and "sha256" in table.column_names
        assert store.query(limit=2, offset=2) == rows[2:]
        rec = store.record(rows[0]["sha256"])
        assert rec is not None and rec["source"]["sha256"] == rows[0]["sha256"]
        assert store.text(rows[0]["sha256"])
        assert list(store.sql("SELECT count(*) FROM documents")) == [(4,)]
    # load the shards into another store (their text from the batch's store), and records as dicts
    shards = sorted((tmp_path / "out").glob("records-*.jsonl"))
    assert vanban.load(tmp_path / "mine.db", shards) == 4
    with vanban.open_store(tmp_path / "mine.db") as store:
        assert all(store.text(r["sha256"]) for r in store.query())
    assert vanban.load(tmp_path / "dicts.db", [vanban.extract_file(corpus_files()[5]).model_dump(mode="json")]) == 1
    with pytest.raises(IngestError):
        vanban.open_store(tmp_path / "none.db")


def test_public_api_evaluate() -> None:
    scores = vanban.score(ROOT / "corpus" / "seeds")
    assert scores["n_docs"] == 5 and 0.9 < scores["macro"] <= 1.0 and "number.raw" in scores["fields"]
    recs = [vanban.extract_file(f, with_text=False).model_dump(mode="json") for f in corpus_files()[:5]]
    assert vanban.score([ROOT / "corpus" / "seeds"], records=recs)["macro"] == scores["macro"]
