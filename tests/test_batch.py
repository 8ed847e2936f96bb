"""`vanban batch`: kill -9 and resume, isolation of bad documents, duplicates, changed files,
idempotence, the dask engine and the store hook — on real corpus documents copied to tmp dirs.

Faults are injected with ``VANBAN_TEST_FAULTS`` (see :mod:`pipeline.batch.faults`), which the
worker reads; the documents themselves are the bundled corpus files, unmodified unless a test
edits one to make it a "changed file".
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.batch import BatchOptions, run_batch
from pipeline.batch.ledger import Ledger
from pipeline.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
DEV = sorted((ROOT / "corpus" / "dev").glob("*.md"))


def _make_input(tmp: Path, docs: list[Path], name: str = "in") -> Path:
    d = tmp / name
    (d / "sub").mkdir(parents=True)
    for i, src in enumerate(docs):
        shutil.copy(src, (d / "sub" if i % 2 else d) / src.name)
    return d


def _records(out: Path) -> list[str]:
    """All record lines of all shards, sorted (the order of records is not part of the contract)."""
    lines: list[str] = []
    for shard in sorted(out.glob("records-*.jsonl")):
        lines += shard.read_text(encoding="utf-8").splitlines()
    return sorted(lines)


def _errors(out: Path) -> dict[str, str]:
    rows = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    return {Path(r["path"]).name: r["kind"] for r in rows}


def _opts(inp: Path, out: Path, **kw) -> BatchOptions:
    kw.setdefault("workers", 2)
    kw.setdefault("timeout", 60.0)
    kw.setdefault("store", False)
    return BatchOptions(input_dir=inp, out_dir=out, **kw)


def _ledgered(out: Path) -> int:
    db = out / "ledger.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # table not created yet
        return 0


def test_kill9_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    docs = SEEDS + DEV[:9]
    inp = _make_input(tmp_path, docs)
    out = tmp_path / "out"
    env = {**os.environ, "VANBAN_TEST_FAULTS": "slow:*"}
    cmd = [sys.executable, "-m", "pipeline.cli", "batch", str(inp), "--out", str(out),
           "--workers", "2", "--quiet", "--shard-size", "4"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _ledgered(out) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_at_kill = _ledgered(out)
    assert 5 <= done_at_kill < len(docs)
    # a kill inside a write leaves a partial line (and maybe a whole unledgered one): fake both
    last = [s for s in sorted(out.glob("records-*.jsonl")) if s.stat().st_size][-1]
    with last.open("ab") as fh:
        fh.write(last.read_bytes().splitlines(keepends=True)[0])
        fh.write(b'{"doc_type":{"name":"K')
    resumed = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["by_status"]["ok"] == len(docs) - done_at_kill
    assert manifest["recovered_bytes"]  # the fake tail was dropped

    ref = tmp_path / "ref"
    run_batch(_opts(inp, ref, shard_size=4))
    got = _records(out)
    assert got == _records(ref)
    shas = [json.loads(x)["source"]["sha256"] for x in got]
    assert len(shas) == len(set(shas)) == len(docs)
    assert len(list(out.glob("records-*.jsonl"))) == -(-len(docs) // 4)  # rotated every 4 records
    # the store, fed during both runs and completed at the end, holds each record once, with its text
    con = sqlite3.connect(out / "corpus.db")
    stored = [r[0] for r in con.execute("SELECT d.sha256 FROM documents d JOIN doc_text t ON t.id = d.id "
                                        "WHERE length(t.body) > 0")]
    con.close()
    assert sorted(stored) == sorted(shas)


def test_bad_documents_are_isolated_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hang, crash, memory, boom = SEEDS[:4]
    inp = _make_input(tmp_path, SEEDS + DEV[:3])
    out = tmp_path / "out"
    monkeypatch.setenv("VANBAN_TEST_FAULTS", f"hang:{hang.name},exit:{crash.name},memory:{memory.name},raise:{boom.name}")
    res = CliRunner().invoke(app, ["batch", str(inp), "--out", str(out), "--workers", "2", "--timeout", "2",
                                   "--max-memory", "1024", "--log-json", "--no-store"])
    assert res.exit_code == 1
    assert _errors(out) == {hang.name: "timeout", crash.name: "crash", memory.name: "memory", boom.name: "exception"}
    good = {json.loads(x)["source"]["path"] for x in _records(out)}
    assert {Path(p).name for p in good} == {SEEDS[4].name, *(d.name for d in DEV[:3])}
    events = [json.loads(x) for x in res.stderr.splitlines()]
    assert events[0]["event"] == "start" and events[-1]["event"] == "end"
    assert sorted(e["status"] for e in events if e["event"] == "doc") == ["error"] * 4 + ["ok"] * 4
    # a re-run does not retry them (idempotent), but still says that some documents failed
    monkeypatch.delenv("VANBAN_TEST_FAULTS")
    again = run_batch(_opts(inp, out))
    assert again["exit_status"] == 1 and again["counts"]["by_status"] == {"done-earlier": 4, "failed-earlier": 4}
    retried = run_batch(_opts(inp, out, retry_errors=True))
    assert retried["exit_status"] == 0 and retried["counts"]["by_status"]["ok"] == 4
    assert _errors(out) == {}


def _ledger_docs(out: Path) -> list[tuple]:
    with sqlite3.connect(out / "ledger.sqlite") as con:
        return con.execute("SELECT * FROM documents ORDER BY sha256").fetchall() + \
            con.execute("SELECT * FROM paths ORDER BY path").fetchall()


def test_duplicates_changed_files_and_idempotent_rerun(tmp_path: Path) -> None:
    inp = _make_input(tmp_path, [SEEDS[0], DEV[0], DEV[1]])
    copy = inp / "sub" / "copy-of-seed.txt"
    shutil.copy(SEEDS[0], copy)
    out = tmp_path / "out"
    first = run_batch(_opts(inp, out))
    assert first["counts"]["by_status"] == {"ok": 3, "duplicate": 1}
    first_lines = _records(out)
    recs = [json.loads(x) for x in first_lines]
    seed_rec = next(r for r in recs if r["source"]["sha256"] == first["duplicates"][0]["sha256"])
    assert seed_rec["source"]["path"] == str(inp / SEEDS[0].name)  # first path in walk order
    assert first["duplicates"][0]["also"] == [str(copy)]

    shards = {p.name: p.read_bytes() for p in out.glob("records-*.jsonl")}
    before = _ledger_docs(out)
    again = run_batch(_opts(inp, out))
    assert again["counts"]["by_status"] == {"done-earlier": 3, "duplicate": 1}
    assert {p.name: p.read_bytes() for p in out.glob("records-*.jsonl")} == shards
    assert _ledger_docs(out) == before

    changed = inp / "sub" / DEV[0].name
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("202", "203", 1), encoding="utf-8")
    third = run_batch(_opts(inp, out))
    assert third["counts"]["by_status"] == {"ok": 1, "done-earlier": 2, "duplicate": 1}
    assert third["compacted"] == {"documents": 1, "shards": 1}
    assert third["counts"]["ledger"]["documents_superseded"] == 0
    led = Ledger(out)
    lines = sorted(line.decode().rstrip("\n") for _, line in led.iter_records())
    led.close()
    # the old version's record is gone from the shards: one record per current document
    assert lines == _records(out) and len(lines) == 3
    current = [json.loads(x) for x in lines]
    old_sha = next(r for r in recs if r["source"]["path"] == str(changed))["source"]["sha256"]
    new = next(r for r in current if r["source"]["path"] == str(changed))
    assert new["source"]["sha256"] != old_sha
    assert old_sha not in {r["source"]["sha256"] for r in current}
    # the unchanged records survive byte for byte, and a further run changes nothing
    assert {x for x in first_lines if old_sha not in x} < set(lines)
    settled = _records(out)
    fourth = run_batch(_opts(inp, out))
    assert fourth["compacted"] == {"documents": 0, "shards": 0} and _records(out) == settled


def test_changed_file_is_replaced_in_the_store(tmp_path: Path) -> None:
    inp = _make_input(tmp_path, [DEV[9], DEV[10]])
    out = tmp_path / "out"
    run_batch(_opts(inp, out, store=True))
    changed = inp / DEV[9].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("202", "203", 1), encoding="utf-8")
    s = run_batch(_opts(inp, out, store=True))
    assert s["store"]["removed"] == 1 and s["store"]["records"] == 1 and s["compacted"]["documents"] == 1
    con = sqlite3.connect(out / "corpus.db")
    in_store = sorted(r[0] for r in con.execute("SELECT sha256 FROM documents"))
    fts_rows = con.execute("SELECT count(*) FROM doc_text").fetchone()[0]
    con.close()
    assert in_store == sorted(json.loads(x)["source"]["sha256"] for x in _records(out))
    assert fts_rows == 2


def test_compaction_cut_short_is_recovered(tmp_path: Path) -> None:
    """A kill after the compacted shard is written but before the ledger moved its rows."""
    inp = _make_input(tmp_path, [DEV[11], DEV[12]])
    out = tmp_path / "out"
    run_batch(_opts(inp, out, workers=1))
    before = _records(out)
    # what a compaction leaves if killed before its commit: a new shard the ledger does not know
    (out / "records-00002.jsonl").write_bytes((out / "records-00001.jsonl").read_bytes())
    s = run_batch(_opts(inp, out, workers=1))
    assert s["recovered_bytes"] == {"records-00002.jsonl": len((out / "records-00001.jsonl").read_bytes())}
    assert not (out / "records-00002.jsonl").exists()
    assert _records(out) == before


def test_dask_local_cluster_writes_what_the_local_pool_writes(tmp_path: Path) -> None:
    inp = _make_input(tmp_path, [SEEDS[1], DEV[2], DEV[3], DEV[4]])
    local, dask = tmp_path / "local", tmp_path / "dask"
    run_batch(_opts(inp, local))
    summary = run_batch(_opts(inp, dask, engine="dask", workers=1, dask_processes=False))
    assert summary["counts"]["by_status"] == {"ok": 4}
    assert "distributed" in summary["versions"]
    assert _records(dask) == _records(local)


def test_store_hook_loads_each_record_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[tuple[Path, str]] = []

    def load_records(db_path, records, **_kw) -> None:
        loaded.extend((Path(db_path), r["source"]["sha256"]) for r in records)

    monkeypatch.setitem(sys.modules, "pipeline.store",
                        types.SimpleNamespace(load_records=load_records, remove_records=lambda db, shas: 0))
    inp = _make_input(tmp_path, [DEV[5], DEV[6]])
    out = tmp_path / "out"
    s1 = run_batch(_opts(inp, out, store=True))
    s2 = run_batch(_opts(inp, out, store=True))
    assert s1["store"]["records"] == 2 and s2["store"]["records"] == 0
    assert {p for p, _ in loaded} == {out / "corpus.db"}
    assert sorted(sha for _, sha in loaded) == sorted(json.loads(x)["source"]["sha256"] for x in _records(out))


def test_links_out_of_the_input_are_reported_not_read(tmp_path: Path) -> None:
    inp = _make_input(tmp_path, [DEV[7]])
    outside = tmp_path / "elsewhere.md"
    shutil.copy(DEV[8], outside)
    (inp / "link.md").symlink_to(outside)
    out = tmp_path / "out"
    s = run_batch(_opts(inp, out, workers=1))
    assert s["exit_status"] == 1 and s["counts"]["by_status"] == {"ok": 1, "error": 1}
    assert _errors(out) == {"link.md": "outside-input"}
    assert [json.loads(x)["source"]["path"] for x in _records(out)] == [str(inp / DEV[7].name)]


def test_group_commit_ledgers_nothing_before_its_fsync(tmp_path: Path) -> None:
    """Lines appended but not yet synced are unknown to the ledger, and recovery drops them."""
    lines = [x.encode() + b"\n" for x in (json.dumps({"doc": d.name}) for d in DEV[:3])]
    led = Ledger(tmp_path, sync_interval=3600)
    led.begin_run()
    led.commit_ok("a" * 64, ["/in/a"], lines[0], None, 0.1)
    led.sync()
    led.commit_ok("b" * 64, ["/in/b"], lines[1], None, 0.1)
    assert led.add_unsynced_path("b" * 64, "/in/b-copy") and not led.add_unsynced_path("c" * 64, "/in/c")
    assert led.document("b" * 64) is None and led.unsynced == 1
    led._fh.flush()  # the line reached the file, as after a kill -9 ...
    led.db.close()  # ... and the process died before the group commit
    again = Ledger(tmp_path)
    assert again.recover() == {"records-00001.jsonl": len(lines[1])}
    assert [line for _, line in again.iter_records()] == [lines[0]]
    again.begin_run()
    again.commit_ok("b" * 64, ["/in/b", "/in/b-copy"], lines[1], None, 0.1)
    again.close()
    final = Ledger(tmp_path)
    assert final.recover() == {} and [line for _, line in final.iter_records()] == lines[:2]
    assert final.paths_of("b" * 64) == ["/in/b", "/in/b-copy"]
    final.close()


def test_store_indexes_the_text_the_workers_sent(tmp_path: Path) -> None:
    """Records go into the store during the run with the worker's text, as a later `vanban load`
    of the shards (which reads and normalizes each file again) would put them."""
    from pipeline.store import TextFinder, load_jsonl

    inp = _make_input(tmp_path, [SEEDS[2], DEV[13], DEV[14]])
    out = tmp_path / "out"
    s = run_batch(_opts(inp, out, store=True))
    assert s["store"]["status"] == "loaded" and s["store"]["records"] == 3
    ref = tmp_path / "ref.db"
    load_jsonl(ref, sorted(out.glob("records-*.jsonl")), texts=TextFinder(roots=[inp]))  # the text read again
    q = ("SELECT d.sha256, d.record_hash, t.title, t.issuer, t.fields, t.body FROM documents d "
         "JOIN doc_text t ON t.id = d.id ORDER BY d.sha256")
    got = sqlite3.connect(out / "corpus.db").execute(q).fetchall()
    assert got == sqlite3.connect(ref).execute(q).fetchall() and len(got) == 3 and all(r[5] for r in got)


def test_workers_start_fresh_but_with_the_callers_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers come from a fork server, not as copies of the caller, which may have threads
    running (pyarrow's pool, a notebook kernel) whose locks a forked copy would inherit; so
    what the caller changed in memory does not reach them, while its environment, as it is
    when the batch starts, does."""
    from pipeline import ingest

    first = _make_input(tmp_path, SEEDS[:2], "first")
    assert run_batch(_opts(first, tmp_path / "out1"))["exit_status"] == 0  # the server is up
    monkeypatch.setattr(ingest, "MAX_BYTES", 1)  # a copy of this process would refuse every file
    monkeypatch.setenv("VANBAN_TEST_FAULTS", f"raise:{SEEDS[2].name}")  # set after the server started
    inp = _make_input(tmp_path, SEEDS[2:5], "second")
    res = run_batch(_opts(inp, tmp_path / "out2"))
    assert _errors(tmp_path / "out2") == {SEEDS[2].name: "exception"}
    assert res["counts"]["by_status"] == {"ok": 2, "error": 1}


# -- issue 18: names that are not UTF-8, the store, two batches on one OUT, OUT itself -----------

def test_a_name_that_is_not_utf8_is_kept_and_shown_escaped(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    name = os.fsdecode(b"K\xea ho\xe1ch.txt")  # Latin-1 bytes: surrogates in Python
    shutil.copy(SEEDS[0], inp / name)
    shutil.copy(SEEDS[1], inp / "z.txt")  # after it in walk order: must not be lost
    out = tmp_path / "out"
    s = run_batch(_opts(inp, out, store=True))
    assert s["exit_status"] == 0 and s["counts"]["by_status"] == {"ok": 2}
    paths = sorted(json.loads(x)["source"]["path"] for x in _records(out))
    assert paths == [str(inp / "K\\xea ho\\xe1ch.txt"), str(inp / "z.txt")]
    led = Ledger(out)
    assert str(inp / "K\\xea ho\\xe1ch.txt") in {p for (p,) in led.db.execute("SELECT path FROM paths")}
    led.close()
    with sqlite3.connect(out / "corpus.db") as con:
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
    again = run_batch(_opts(inp, out, store=True))  # the re-run finds both done: nothing redone
    assert again["counts"]["by_status"] == {"done-earlier": 2} and again["exit_status"] == 0


def test_a_surrogate_in_a_docx_does_not_empty_the_store(tmp_path: Path) -> None:
    from corpus_files import corpus_tool

    inp = _make_input(tmp_path, SEEDS[:3])
    bad = corpus_tool("bad")
    mk = bad._Maker(inp, __import__("random").Random(0), False, tmp_path)
    name, data, _spec = mk.surrogate_docx(0)
    (inp / name).write_bytes(data)
    out = tmp_path / "out"
    s = run_batch(_opts(inp, out, store=True))
    assert s["exit_status"] == 0 and s["counts"]["by_status"] == {"ok": 4}, s["counts"]
    assert s["store"]["status"] == "loaded"
    with sqlite3.connect(out / "corpus.db") as con:
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 4


def test_the_store_isolates_a_record_it_refuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.store as store

    real = store.load_records

    def picky(db, records, **kw):  # a store that cannot take one record (whatever the reason)
        recs = list(records)
        if any("poison" in r["source"]["path"] for r in recs):
            raise ValueError("cannot store this one")
        return real(db, recs, **kw)

    monkeypatch.setattr(store, "load_records", picky)
    inp = _make_input(tmp_path, SEEDS[:4])
    shutil.copy(DEV[0], inp / "poison.md")
    out = tmp_path / "out"
    s = run_batch(_opts(inp, out, store=True))
    assert s["exit_status"] == 1  # the batch does not exit 0 with a record missing from the store
    assert s["store"]["status"] == "partial" and s["store"]["failed"] == 1
    assert _errors(out) == {"poison.md": "store"}
    with sqlite3.connect(out / "corpus.db") as con:
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 4  # the rest loaded


def test_a_second_batch_on_the_same_out_is_refused(tmp_path: Path) -> None:
    from pipeline.batch import BatchError
    from pipeline.batch.lock import OutLock

    inp = _make_input(tmp_path, SEEDS[:2])
    out = tmp_path / "out"
    with OutLock(out):  # a batch running on OUT
        with pytest.raises(BatchError, match="another vanban batch is running"):
            run_batch(_opts(inp, out))
        res = CliRunner().invoke(app, ["batch", str(inp), "--out", str(out), "-q"])
        assert res.exit_code == 2 and "another vanban batch" in res.output
        assert not list(out.glob("records-*.jsonl"))  # nothing written by the refused run
    assert run_batch(_opts(inp, out))["exit_status"] == 0  # released: the next run goes on


def test_two_concurrent_batches_leave_one_record_per_document(tmp_path: Path) -> None:
    inp = _make_input(tmp_path, SEEDS[:6])
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VANBAN_TEST_FAULTS": "slow:*"}
    cmd = [sys.executable, "-m", "pipeline.cli", "batch", str(inp), "--out", str(out), "-j", "1", "-q", "--no-store"]
    first = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE)
    time.sleep(1.0)
    second = subprocess.run(cmd, env=env, stderr=subprocess.PIPE, timeout=120)
    assert first.wait(timeout=120) == 0
    assert second.returncode == 2 and b"another vanban batch" in second.stderr
    import hashlib

    docs = {hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS[:6]}
    lines = _records(out)
    assert len(lines) == len(set(lines)) == len(docs)  # one record per document, none twice
    assert {json.loads(x)["source"]["sha256"] for x in lines} == docs
    led = Ledger(out)
    assert sorted(line.decode().rstrip("\n") for _sha, line in led.iter_records()) == lines
    led.close()


def test_out_that_is_a_file_or_cannot_be_written_is_a_clear_error(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from pipeline.batch.ledger import Ledger as L

    inp = _make_input(tmp_path, SEEDS[:2])
    afile = tmp_path / "out.txt"
    afile.write_text("not a folder", encoding="utf-8")
    res = CliRunner().invoke(app, ["batch", str(inp), "--out", str(afile), "-q"])
    assert res.exit_code == 2 and "not a folder" in res.output
    assert isinstance(res.exception, SystemExit)  # a message, not a traceback
    assert afile.read_text(encoding="utf-8") == "not a folder"

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(L, "commit_ok_many", full)  # the disk fills while records are written
    res = CliRunner().invoke(app, ["batch", str(inp), "--out", str(tmp_path / "out"), "-q", "--no-store"])
    assert res.exit_code == 2 and "No space left on device" in res.output
    assert isinstance(res.exception, SystemExit)  # a message, not a traceback
