"""Records that find their source again from anywhere (issue 19 item 1, what was left): each
record names its input root and its path within it; ``load``, ``review`` and ``serve`` look
there (then under ``--source-root``) for a record without its text, take only a file whose
sha256 is the record's, never one outside the root, and open non-UTF-8 names as they are
written escaped in records. Also ``extract -`` (stdin) and the summary's cut issuers."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from pipeline.cli import _Summary, app

runner = CliRunner()

# A synthetic plan, written for these tests (no corpus wording): enough header for a record.
PLAN = """ỦY BAN NHÂN DÂN XÃ MINH THỬ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                   Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND                     Minh Thử, ngày 3 tháng 4 năm 2025

KẾ HOẠCH
Tổ chức ngày hội đọc sách thử nghiệm năm 2025

I. MỤC ĐÍCH
Khuyến khích người dân đọc sách tại nhà văn hóa thôn.

II. NỘI DUNG
1. Từ ngày 10/4/2025 đến ngày 20/4/2025: trưng bày sách tại nhà văn hóa.

                                   TM. ỦY BAN NHÂN DÂN
                                   CHỦ TỊCH
                                   Trần Văn Thử
"""


def _cli(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    r = runner.invoke(app, list(args), input=input)
    return r.exit_code, r.stdout, r.stderr


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _bodies(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT t.body FROM documents d JOIN doc_text t USING (id)")]
    finally:
        con.close()


def _write(path: Path, text: str = PLAN) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_records_name_their_input_root_and_relpath(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """extract of a folder: root is the folder given (absolute), relpath the POSIX path under
    it; of a file: its folder and its name; batch: the input folder, the same way."""
    _write(tmp_path / "in" / "sub" / "a.txt")
    _write(tmp_path / "in" / "b.txt", PLAN.replace("12/KH", "13/KH"))
    monkeypatch.chdir(tmp_path)
    code, out, err = _cli("extract", "in", "-q")
    assert code == 0, err
    got = {r["source"]["path"]: (r["source"]["root"], r["source"]["relpath"]) for r in _records(out)}
    assert got == {"in/b.txt": (str(tmp_path / "in"), "b.txt"),
                   "in/sub/a.txt": (str(tmp_path / "in"), "sub/a.txt")}
    code, out, err = _cli("extract", "in/sub/a.txt", "-q")
    assert code == 0, err
    src = _records(out)[0]["source"]
    assert (src["root"], src["relpath"]) == (str(tmp_path / "in" / "sub"), "a.txt")
    import pipeline as vanban

    api = vanban.extract_file("in/sub/a.txt").source
    assert api is not None and (api.root, api.relpath) == (str(tmp_path / "in" / "sub"), "a.txt")
    code, _, err = _cli("batch", "in", "--out", "out", "--workers", "1", "--quiet")
    assert code == 0, err
    shard = [r for f in sorted((tmp_path / "out").glob("records-*.jsonl")) for r in _records(f.read_text("utf-8"))]
    assert sorted((r["source"]["root"], r["source"]["relpath"]) for r in shard) == [
        (str(tmp_path / "in"), "b.txt"), (str(tmp_path / "in"), "sub/a.txt")]


def test_load_finds_the_text_at_the_records_root_from_another_folder(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Records without text, made with a relative path, loaded from another working directory:
    the text comes from root/relpath; a file changed since is not taken for the record."""
    _write(tmp_path / "work" / "in" / "a.txt")
    _write(tmp_path / "work" / "in" / "b.txt", PLAN.replace("12/KH", "14/KH"))
    monkeypatch.chdir(tmp_path / "work")
    code, _, err = _cli("extract", "in", "--out", "r.jsonl", "-q")
    assert code == 0, err
    (tmp_path / "work" / "in" / "b.txt").write_text(PLAN.replace("12/KH", "15/KH"), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, _, err = _cli("load", str(tmp_path / "work" / "r.jsonl"), "--db", "c.db")
    assert code == 0, err
    assert "1 from the source files" in err and "1 record(s) without their text" in err and "b.txt" in err
    assert sorted(bool(b) for b in _bodies(elsewhere / "c.db")) == [False, True]


def test_records_root_never_reads_outside_it(tmp_path: Path) -> None:
    """A crafted record naming, with the right sha256, a file outside its root (``..``, an
    absolute relpath, a link out of the root) or a FIFO gets nothing read or indexed."""
    import hashlib

    secret = _write(tmp_path / "secret.txt", PLAN.replace("đọc sách", "mậtkhẩu"))
    sha = hashlib.sha256(secret.read_bytes()).hexdigest()
    root = tmp_path / "root"
    root.mkdir()
    (root / "link.txt").symlink_to(secret)
    os.mkfifo(root / "pipe.txt")
    code, out, _ = _cli("extract", str(secret), "-q")
    rec = _records(out)[0]
    lines = []
    for rel in ("../secret.txt", str(secret), "link.txt", "pipe.txt"):
        r = dict(rec, source=dict(rec["source"], path="x/" + Path(rel).name, root=str(root), relpath=rel))
        lines.append(json.dumps(r, ensure_ascii=False))
    f = tmp_path / "crafted.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert rec["source"]["sha256"] == sha
    code, _, err = _cli("load", str(f), "--db", str(tmp_path / "c.db"))
    assert code == 0, err
    assert "4 record(s) without their text" in err and "from the source files" not in err
    assert not any(_bodies(tmp_path / "c.db"))


def test_non_utf8_file_name_is_found_again_from_its_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name that is not UTF-8 is written escaped (``\\xNN``) in the record; load, review and
    the explorer unescape it to open the file again."""
    from pipeline import review
    from pipeline.web import create_app

    name = os.fsdecode(b"v\xe0n-b\xe3n.txt")
    try:
        _write(tmp_path / "in" / name)
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses non-UTF-8 names")
    monkeypatch.chdir(tmp_path)
    code, out, err = _cli("extract", "in", "-q")
    assert code == 0, err
    rec = _records(out)[0]
    assert rec["source"]["relpath"] == "v\\xe0n-b\\xe3n.txt"
    (tmp_path / "r.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, _, err = _cli("load", str(tmp_path / "r.jsonl"), "--db", "c.db")
    assert code == 0 and "1 from the source files" in err, err
    assert all(_bodies(elsewhere / "c.db"))
    review.use_text_sources()
    assert "Trần Văn Thử" in review.record_text(rec)
    r = TestClient(create_app(elsewhere / "c.db")).get(f"/doc/{rec['source']['sha256']}/original")
    assert r.status_code == 200 and r.content == (tmp_path / "in" / name).read_bytes()


def test_review_and_explorer_find_the_source_at_the_records_root(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """review shows source lines and serve the original file for a record made in another
    folder; a record whose root holds other content gets neither."""
    from pipeline.web import create_app

    _write(tmp_path / "in" / "a.txt")
    monkeypatch.chdir(tmp_path)
    code, _, err = _cli("extract", "in", "--out", "r.jsonl", "-q")
    assert code == 0, err
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    # (every value of the record, so that the header's lines are among those shown whatever the
    # calibration ranks most doubtful)
    code, out, err = _cli("review", str(tmp_path / "r.jsonl"), "--threshold", "1.01", "--limit", "100")
    assert code == 0 and "without their text" not in err and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in out
    code, _, err = _cli("load", str(tmp_path / "r.jsonl"), "--db", "c.db")
    assert code == 0, err
    sha = _records((tmp_path / "r.jsonl").read_text("utf-8"))[0]["source"]["sha256"]
    client = TestClient(create_app(elsewhere / "c.db"))
    r = client.get(f"/doc/{sha}/original")
    assert r.status_code == 200 and r.content == (tmp_path / "in" / "a.txt").read_bytes()
    (tmp_path / "in" / "a.txt").write_text(PLAN + "\nthêm một dòng\n", encoding="utf-8")
    assert client.get(f"/doc/{sha}/original").status_code == 404


def test_extract_reads_one_document_from_stdin(tmp_path: Path) -> None:
    """``extract -``: the bytes on stdin, recognised by content (HTML here, with no name to
    hint it), one record named ``<stdin>`` without a root; bad bytes fail as ``<stdin>``
    beside the good files, exit 1."""
    html = ("<html><body><pre>" + PLAN + "</pre></body></html>").encode("utf-8")
    code, out, err = _cli("extract", "-", "-q", input=html)
    assert code == 0, err
    rec = _records(out)[0]
    assert rec["source"]["path"] == "<stdin>" and rec["source"]["format"] == "html"
    assert rec["source"]["root"] is None and rec["source"]["relpath"] is None
    assert rec["number"]["raw"] == "12/KH-UBND"
    good = _write(tmp_path / "a.txt")
    code, out, err = _cli("extract", "-", str(good), "-q", input=b"PK\x03\x04 not a zip")
    assert code == 1 and len(_records(out)) == 1
    assert "error <stdin>: corrupt" in err and "vanban-stdin" not in err


def test_extract_summary_cuts_long_issuers_with_an_ellipsis() -> None:
    long = "Ủy ban nhân dân xã Minh Thử, huyện Thử Nghiệm, tỉnh Thử"
    summ = _Summary()
    for name in (long, "UBND xã Minh Thử"):
        summ.add({"source": {"path": "in/a.txt"}, "issuer": {"name": name}, "legal_bases": [],
                  "timeline": [], "responsible_units": [], "recipients": []})
    cut, short = summ.rows[0][4], summ.rows[1][4]
    assert len(cut) == 40 and cut.endswith("…") and long.startswith(cut[:-1])
    assert short == "UBND xã Minh Thử"
