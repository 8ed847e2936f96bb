"""Confidence calibration (pipeline/calibrate.py), fitted and checked on the corpus's gold."""

from __future__ import annotations

import copy
import json
import math
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import calibrate as cal
from pipeline.cli import app
from pipeline.evaluate import find_gold, score_document
from pipeline.extractor import extract_file
from pipeline.record import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def dataset() -> tuple[list[cal.Row], int, int]:
    return cal.build_rows([CORPUS])


@pytest.fixture(scope="module")
def raw_records() -> list[tuple[Path, dict, dict]]:
    """(document, record extracted without calibration, gold) for every gold document."""
    mp = pytest.MonkeyPatch()
    mp.setenv("VANBAN_CALIBRATION", "none")
    try:
        out = []
        for doc, gold in find_gold(CORPUS):
            out.append((doc, extract_file(doc, with_text=True).model_dump(),
                        json.loads(gold.read_text(encoding="utf-8"))))
        return out
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def artifact(tmp_path_factory, dataset) -> Path:
    out = tmp_path_factory.mktemp("cal") / "calibration.json"
    cal.run_calibration([CORPUS], out, dataset=dataset)
    return out


# ---------------------------------------------------------------------------
# units and labels agree with the evaluation
# ---------------------------------------------------------------------------


def test_unit_of_and_field_of():
    assert cal.unit_of("timeline[2].label") == "timeline[2]"
    assert cal.unit_of("responsible_units[1].tasks[0]") == "responsible_units[1]"
    assert cal.unit_of("legal_bases[0].date") == "legal_bases[0].date"
    assert cal.unit_of("legal_bases[0].title") == "legal_bases[0]"
    assert cal.unit_of("recipients[3]") == "recipients[3]"
    assert cal.unit_of("issuer.name") == "issuer.name"
    assert cal.unit_of("sections[0]") is None
    assert cal.field_of("legal_bases[4].issuer") == "legal_bases.issuer"
    assert cal.field_of("responsible_units[12]") == "responsible_units"


def test_labels_count_what_the_evaluation_counts(raw_records):
    """Per document: wrong items = the evaluation's spurious items; scalars = its verdicts."""
    for doc, pred, gold in raw_records:
        labels = cal.label_units(pred, gold)
        ds = score_document(pred, gold)
        for key in cal.LIST_KEYS:
            wrong = [u for u, ok in labels.items() if cal.field_of(u) == key and not ok]
            assert len(wrong) == ds.lists[key].fp, (doc, key)
        for name in ("place", "issuer.name", "title", "signer.name", "signer.position"):
            assert labels[name] == ds.scalars[name].correct, (doc, name)
        # every scored value with a provenance entry has a label and features
        feats = cal.unit_features(pred)
        assert feats and set(feats) <= set(labels), doc


def test_a_gold_change_flips_exactly_that_label(raw_records):
    doc, pred, gold = next(r for r in raw_records if len(r[1]["recipients"]) >= 2)
    gold = copy.deepcopy(gold)
    before = cal.label_units(pred, gold)
    assert all(before[f"recipients[{i}]"] for i in range(len(pred["recipients"])))
    victim = pred["recipients"][1]
    gold["recipients"] = [r for r in gold["recipients"] if cal.normalize_text(r) != cal.normalize_text(victim)]
    gold["signer"] = {**(gold.get("signer") or {}), "name": "Không Phải Người Ký"}
    after = cal.label_units(pred, gold)
    flipped = {u for u in before if before[u] != after[u]}
    assert flipped == {"recipients[1]", "signer.name"}


# ---------------------------------------------------------------------------
# fitting on the corpus's gold
# ---------------------------------------------------------------------------


def test_fit_on_corpus_gold(dataset):
    rows, n_docs, _ = dataset
    assert n_docs == len(find_gold(CORPUS)) and len(rows) > 10 * n_docs
    models = cal.fit_models(rows)
    groups = {r.group for r in rows}
    assert groups <= set(models)
    c = cal.Calibrator(models)
    for g in groups:
        grows = [r for r in rows if r.group == g]
        probs = [c.predict(r.field, r.features) for r in grows]
        acc = sum(r.label for r in grows) / len(grows)
        assert all(0.0 < p < 1.0 for p in probs)
        m = models[g]
        if m["kind"] == "logistic":
            # unpenalized intercept: in-sample, the mean prediction is the observed accuracy
            assert abs(sum(probs) / len(probs) - acc) < 0.005, g
            assert len(m["coef"]) == len(m["features"]) == len(m["mean"]) == len(m["scale"])
        else:
            # an all-correct (or all-wrong) group: shrunk towards the pooled accuracy
            assert m["correct"] in (0, m["n"])
            pooled = (sum(r.label for r in rows) + 1) / (len(rows) + 2)
            assert (pooled < m["p"] < 1.0) if acc == 1.0 else (0.0 < m["p"] < pooled)


def test_cross_validation_never_sees_the_held_out_document(dataset):
    rows, _, _ = dataset
    oof = cal.cross_validate(rows)
    docs = sorted({r.doc for r in rows})
    held = docs[len(docs) // 2]
    c = cal.Calibrator(cal.fit_models([r for r in rows if r.doc != held]))
    for r, p in zip(rows, oof, strict=True):
        if r.doc == held:
            assert p == pytest.approx(c.predict(r.field, r.features))
    labels = [r.label for r in rows]
    # the target, measured out of fold on the corpus
    assert cal.expected_calibration_error(oof, labels) <= 0.05


def test_reliability_and_ece_arithmetic():
    probs = [0.95] * 10 + [0.55] * 4
    labels = [True] * 9 + [False] + [True, True, False, False]
    bins = cal.reliability_bins(probs, labels, 10)
    assert [(b.lo, b.n) for b in bins] == [(0.5, 4), (0.9, 10)]
    assert bins[1].accuracy == pytest.approx(0.9) and bins[0].accuracy == pytest.approx(0.5)
    assert cal.expected_calibration_error(probs, labels) == pytest.approx((10 * 0.05 + 4 * 0.05) / 14)
    assert cal.acceptance(probs, labels, 0.9) == (pytest.approx(10 / 14), pytest.approx(0.9), 10)
    assert cal.expected_calibration_error([1.0], [True]) == 0.0  # 1.0 falls in the last bin


# ---------------------------------------------------------------------------
# the artifact and its use in extraction
# ---------------------------------------------------------------------------


def test_artifact_is_versioned_json_and_reloads(artifact, dataset):
    data = json.loads(artifact.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION and data["artifact_version"] == cal.ARTIFACT_VERSION
    assert data["evaluation"]["cv"] == "leave-one-document-out"
    assert 0.0 <= data["evaluation"]["ece_out_of_fold"] <= 1.0
    c = cal.load_calibrator(artifact)
    assert c is not None
    direct = cal.Calibrator(cal.fit_models(dataset[0]))
    for r in dataset[0][:50]:
        assert c.predict(r.field, r.features) == pytest.approx(direct.predict(r.field, r.features), abs=1e-4)


def test_artifact_of_another_schema_is_ignored(tmp_path, artifact):
    data = json.loads(artifact.read_text(encoding="utf-8"))
    data["schema_version"] = "0.0-old"
    other = tmp_path / "old.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    with pytest.warns(UserWarning, match="schema"):
        assert cal.load_calibrator(other) is None
    assert cal.load_calibrator(tmp_path / "missing.json") is None


def test_extraction_applies_the_artifact_and_keeps_the_raw_score(monkeypatch, artifact, raw_records):
    doc, raw, _ = next(r for r in raw_records if r[1]["timeline"])
    monkeypatch.setenv("VANBAN_CALIBRATION", str(artifact))
    rec = extract_file(doc, with_text=True).model_dump()
    c = cal.load_calibrator(artifact)
    expected = c.predict_record(rec)
    for path, p in rec["provenance"].items():
        assert p["raw_confidence"] == raw["provenance"][path]["confidence"], path
        unit = cal.unit_of(path)
        if unit is not None:
            assert p["confidence"] == pytest.approx(expected[unit], abs=1e-4), path
    # a sub-path that is not scored on its own carries its item's confidence
    assert rec["provenance"]["timeline[0].label"]["confidence"] == rec["provenance"]["timeline[0]"]["confidence"]
    # without an artifact, confidence is the raw score
    for path, p in raw["provenance"].items():
        assert p["raw_confidence"] == p["confidence"], path


def test_ocr_confidence_scales_the_probability(artifact, raw_records):
    """Without OCR'd gold the model cannot learn the reading's doubt: it multiplies it in."""
    c = cal.load_calibrator(artifact)
    _, rec, _ = raw_records[0]
    clean = c.predict_record(rec)
    scanned = copy.deepcopy(rec)
    p = scanned["provenance"]["title"]
    p["ocr_confidence"] = 0.5
    p["raw_confidence"] = p["confidence"] = round(p["confidence"] * 0.5, 3)
    probs = c.predict_record(scanned)
    assert probs["title"] == pytest.approx(clean["title"] * 0.5, rel=1e-3)
    assert {u: v for u, v in probs.items() if u != "title"} == pytest.approx(
        {u: v for u, v in clean.items() if u != "title"})


def test_bundled_artifact_matches_the_schema():
    """models/calibration.json is what extraction loads by default: it must be current."""
    path = ROOT / "models" / "calibration.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION, "stale artifact: run `vanban calibrate`"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert cal.load_calibrator(path) is not None


def test_calibrate_command_writes_artifact_table_and_plot(tmp_path):
    out = tmp_path / "m" / "cal.json"
    res = CliRunner().invoke(app, ["calibrate", str(CORPUS / "seeds"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "ECE" in res.output and "Reliability" in res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents"] == len(find_gold(CORPUS / "seeds"))
    png = out.with_suffix(".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not math.isnan(data["evaluation"]["ece_out_of_fold"])
    bad = CliRunner().invoke(app, ["calibrate", str(tmp_path / "nope"), "--out", str(out)])
    assert bad.exit_code == 2
