"""The review queue and the correction round trip (pipeline/review.py) on corpus documents."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline import review as rv
from pipeline.calibrate import unit_of
from pipeline.cli import app
from pipeline.evaluate import find_gold, score_corpus, score_document
from pipeline.extractor import extract_file
from pipeline.ingest import IngestError

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PAIRS = find_gold(CORPUS)


def _quiet() -> Console:
    return Console(file=open("/dev/null", "w"), width=120)  # noqa: SIM115 - closed with the test process


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [extract_file(doc).model_dump() for doc, _ in PAIRS[:8]]


def scripted(answers: Sequence[str]) -> tuple[rv.Ask, list[str]]:
    """An ``ask`` that replays answers and records the prompts it was given."""
    it: Iterator[str] = iter(answers)
    prompts: list[str] = []

    def ask(prompt: str, choices: Sequence[str] | None, default: str | None) -> str:
        prompts.append(prompt)
        return next(it)

    return ask, prompts


def _copy_pair(tmp_path: Path, pred_has: str) -> tuple[Path, Path]:
    """Copy the first corpus document whose record has a value at ``pred_has`` (with its gold)."""
    for doc, gold in PAIRS:
        rec = extract_file(doc).model_dump()
        if pred_has in rec["provenance"]:
            d = tmp_path / doc.name
            shutil.copy2(doc, d)
            g = tmp_path / gold.name
            shutil.copy2(gold, g)
            return d, g
    raise AssertionError(f"no corpus record has {pred_has}")


# ---------------------------------------------------------------------------
# the queue
# ---------------------------------------------------------------------------


def test_queue_is_ordered_most_doubtful_first(records):
    queue = rv.review_queue(records, threshold=1.01)
    assert len(queue) > 50
    keys = [(it.confidence, it.raw_confidence if it.raw_confidence is not None else it.confidence) for it in queue]
    assert keys == sorted(keys)
    # every scored value is listed exactly once, and nothing else
    expected = {(i, p) for i, r in enumerate(records) for p in r["provenance"] if unit_of(p) == p}
    assert {(it.order, it.unit) for it in queue} == expected
    # a threshold keeps exactly the values below it
    t = queue[len(queue) // 3].confidence
    below = rv.review_queue(records, threshold=t)
    assert below == [it for it in queue if it.confidence < t]
    assert rv.review_queue(records, threshold=0.0) == []


def test_queue_ties_fall_back_to_raw_confidence():
    rec = extract_file(PAIRS[0][0]).model_dump()
    units = [p for p in rec["provenance"] if unit_of(p) == p][:3]
    for k, p in enumerate(units):  # same calibrated confidence, different raw scores
        rec["provenance"][p].update(confidence=0.5, raw_confidence=0.9 - 0.2 * k)
    queue = rv.review_queue([rec], threshold=0.6)
    assert [it.unit for it in queue if it.unit in units] == list(reversed(units))


def test_source_lines_are_regenerated_when_the_record_has_no_text(records):
    rec = records[0]
    assert rec.get("text") is None
    text = rv.record_text(rec)
    assert text == extract_file(rec["source"]["path"], with_text=True).text
    p = rec["provenance"]["number"]
    lines = rv.context_lines(text, p["start"], p["end"])
    hit = [(line, s, e) for _, line, s, e in lines if e > s]
    assert hit and hit[0][0][hit[0][1] : hit[0][2]] == text[p["start"] : p["end"]]
    assert rec["number"]["raw"].replace(" ", "") in text[p["start"] : p["end"]].replace(" ", "")


def test_review_command_lists_and_prints_json(tmp_path, records):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    res = CliRunner().invoke(app, ["review", str(path), "--threshold", "0.99", "--json"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines() if x.strip()]
    assert lines == [it.to_dict() for it in rv.review_queue(records, 0.99)]
    shown = CliRunner().invoke(app, ["review", str(path), "--threshold", "0.99", "--limit", "3"])
    assert shown.exit_code == 0 and "Review queue" in shown.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(IngestError) as e:
        rv.load_records(bad)
    assert e.value.kind == "bad-records"
    assert CliRunner().invoke(app, ["review", str(bad)]).exit_code == 2


# ---------------------------------------------------------------------------
# corrections: the gold file changes, the evaluation follows
# ---------------------------------------------------------------------------


def test_correcting_a_scalar_round_trips_through_gold_and_eval(tmp_path):
    doc, gold_path = _copy_pair(tmp_path, "signer.name")
    pred = extract_file(doc).model_dump()
    gold_before = json.loads(gold_path.read_text(encoding="utf-8"))
    assert score_document(pred, gold_before)["signer.name"].score == 1.0
    queue = [it for it in rv.review_queue([pred], threshold=1.01) if it.unit == "signer.name"]
    ask, prompts = scripted(["c", "Nguyễn Văn Kiểm Tra"])
    stats = rv.interactive_review(queue, ask=ask, console=_quiet())
    assert stats.corrected == 1 and stats.gold_files == {gold_path}
    gold_after = json.loads(gold_path.read_text(encoding="utf-8"))
    assert gold_after["signer"]["name"] == "Nguyễn Văn Kiểm Tra"
    # everything else in the gold file is untouched
    assert {k: v for k, v in gold_after.items() if k != "signer"} == {k: v for k, v in gold_before.items() if k != "signer"}
    assert score_document(pred, gold_after)["signer.name"].score == 0.0
    # `vanban eval` on the folder sees the new gold
    res = CliRunner().invoke(app, ["eval", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["fields"]["signer.name"]["correct"] == 0
    log = gold_path.with_name(gold_path.name.replace(".gold.json", ".review.jsonl"))
    entry = json.loads(log.read_text(encoding="utf-8").splitlines()[-1])
    assert entry["action"] == "correct" and entry["path"] == "signer.name"


def test_accepting_and_removing_list_items(tmp_path):
    doc, gold_path = _copy_pair(tmp_path, "recipients[1]")
    pred = extract_file(doc).model_dump()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    base = score_document(pred, gold)["recipients"]
    # the gold loses the item the prediction's recipients[1] was matched to: it becomes spurious
    ds = score_document(pred, gold)
    (j,) = [p.gold for p in ds.lists["recipients"].matched if p.pred == 1]
    damaged = copy.deepcopy(gold)
    del damaged["recipients"][j]
    gold_path.write_text(json.dumps(damaged, ensure_ascii=False), encoding="utf-8")
    assert score_document(pred, damaged)["recipients"].fp == base.fp + 1
    item = next(it for it in rv.review_queue([pred], 1.01) if it.unit == "recipients[1]")
    ask, _ = scripted(["a"])
    assert rv.interactive_review([item], ask=ask, console=_quiet()).accepted == 1
    healed = json.loads(gold_path.read_text(encoding="utf-8"))
    after = score_document(pred, healed)["recipients"]
    assert (after.tp, after.fp, after.fn) == (base.tp, base.fp, base.fn)
    # "no value": the matched gold item goes away again
    ask, _ = scripted(["n"])
    assert rv.interactive_review([item], ask=ask, console=_quiet()).removed == 1
    removed = json.loads(gold_path.read_text(encoding="utf-8"))
    assert len(removed["recipients"]) == len(healed["recipients"]) - 1
    assert score_document(pred, removed)["recipients"].fp == base.fp + 1


def test_new_gold_in_gold_dir_is_ready_for_eval(tmp_path):
    doc, _ = PAIRS[0]
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy2(doc, src / doc.name)  # no gold beside it
    pred = extract_file(src / doc.name).model_dump()
    out = tmp_path / "gold"
    item = next(it for it in rv.review_queue([pred], 1.01) if it.unit == "date")
    # a bad date is refused and asked again; then a real one is taken
    ask, prompts = scripted(["c", "ngày mai", "15/3/2024", "q"])
    stats = rv.interactive_review([item, item], ask=ask, console=_quiet(), gold_dir=out)
    assert stats.corrected == 1 and stats.quit
    assert sum("correct value" in p for p in prompts) == 2
    pairs = find_gold(out)
    assert [d.name for d, _ in pairs] == [doc.name]
    gold = json.loads(pairs[0][1].read_text(encoding="utf-8"))
    assert gold["date"]["iso"] == "2024-03-15" and (gold["date"]["day"], gold["date"]["month"]) == (15, 3)
    score = score_corpus([(str(doc), pred, gold)])
    wrong = {f for f, s in score.fields.items() if s.score < 1.0}
    assert wrong == {"date.iso", "date.day", "date.month", "date.year"} - (
        {"date.year"} if pred["date"]["year"] == 2024 else set()
    )


def test_skip_and_quit_write_nothing(tmp_path):
    doc, gold_path = _copy_pair(tmp_path, "title")
    before = gold_path.read_bytes()
    pred = extract_file(doc).model_dump()
    queue = rv.review_queue([pred], 1.01)[:3]
    ask, _ = scripted(["s", "c", "", "q"])
    stats = rv.interactive_review(queue, ask=ask, console=_quiet())
    assert (stats.skipped, stats.quit, stats.gold_files) == (2, True, set())
    assert gold_path.read_bytes() == before


def test_parse_correction_shapes():
    assert rv.parse_correction("number", "Số: 12/KH-UBND") == {"raw": "12/KH-UBND", "seq": "12", "symbol": "KH-UBND"}
    assert rv.parse_correction("number", "/QĐ-UBND")["seq"] is None
    assert rv.parse_correction("doc_type", "qđ") == {"name": "Quyết định", "code": "QĐ"}
    assert rv.parse_correction("timeline", "..2025-10-11") == {"start": None, "end": "2025-10-11", "time": None}
    assert rv.parse_correction("timeline", "2025-10-06 13:30") == {"start": "2025-10-06", "end": "2025-10-06", "time": "13:30"}
    assert rv.parse_correction("legal_bases.date", "ngày 18 tháng 9 năm 2025") == "2025-09-18"
    assert rv.parse_correction("title", "null") is None
    with pytest.raises(ValueError):
        rv.parse_correction("timeline", "sometime soon")


def test_default_queue_uses_each_fields_group_threshold(tmp_path, monkeypatch):
    """Without --threshold a value goes to review below its own group's threshold: a group
    whose values the calibration found less reliable (here timeline, 0.99) keeps values that
    a header field at the same confidence lets through."""
    import json

    from pipeline import calibrate as cal

    art = json.loads(cal.artifact_path().read_text(encoding="utf-8"))
    art["threshold"] = 0.95
    art["group_thresholds"] = {"timeline": 0.99}
    path = tmp_path / "cal.json"
    path.write_text(json.dumps(art), encoding="utf-8")
    monkeypatch.setenv("VANBAN_CALIBRATION", str(path))
    cal.clear_cache()
    try:
        assert cal.recommended_threshold("timeline") == 0.99
        assert cal.recommended_threshold("number") == 0.95
        rec = extract_file(PAIRS[0][0]).model_dump()
        for p in rec["provenance"].values():
            p["confidence"] = 0.97
        units = {it.unit for it in rv.review_queue([rec])}
        assert units and all(u.startswith("timeline[") for u in units)
        assert "number" not in units
    finally:
        cal.clear_cache()
