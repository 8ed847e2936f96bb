"""Calibrated confidence: the probability that an extracted value is correct under the contract.

The extractors give every value a hand-set confidence per rule. An archivist needs more: a
number that says how often a value like this one is actually right, so that a threshold splits
what can be trusted from what must be read. This module turns the raw confidence and the
evidence around a value into such a probability.

What it is fit on
    A probability fit on the documents the rules were developed on says little about new
    ones (there nearly every value is right). So the fit rests on stored honest sets
    (``models/calibration_set/*.jsonl.gz``): predictions made before any rule was tuned on
    those documents, kept with their text and gold, used as stored. The gold of ``corpus/``
    (extracted at fit time, in-sample) is added with a small weight per value
    (``[fit] in_sample_weight``). Evaluation is out of fold over folds grouped by document,
    reported for the whole set and for the honest set apart (:func:`run_calibration`).

Values ("units")
    A unit is one value that the contract's scoring judges: the scalars ``doc_type``,
    ``number``, ``date``, ``place``, ``issuer.name``, ``title``, ``theme``, ``signer.name``,
    ``signer.position`` (plus ``issuer.parent`` and ``signer.authority``, which the contract
    does not score: they are labelled by normalized equality with gold), each list item
    (``legal_bases[i]``, ``timeline[i]``, ``responsible_units[i]``, ``recipients[i]``) and the
    legal-basis sub-fields ``legal_bases[i].date`` / ``.issuer``. Other provenance paths
    (``timeline[2].label``, ``responsible_units[1].tasks[0]`` …) are not scored on their own
    and take the confidence of the item they belong to.

Labels (reusing :mod:`pipeline.evaluate`, not re-implementing it)
    A scalar is correct when it scores correct (``number`` and ``date`` when all of their
    scored parts do); a list item when the evaluation's optimal one-to-one pairing matches it
    to a gold item; a legal-basis date or issuer when its item is matched and that sub-field
    scores correct.

Model
    One small model per field group (``rules/calibration.toml``): a weighted L2 logistic
    regression on standardized, clipped evidence features — the extractor's confidence, the
    field, where the span is, agreement between cues (issuer vs. symbol and signature block),
    item counts and shapes, and the checks of :mod:`pipeline.evidence` that know when a reading
    was shaky (value read in its span, independent readings agreeing, layout anchors, format,
    kind, syllable share). Rule names are not features: they change as extractors are
    rewritten. For OCR'd input the OCR confidence is a feature of its own; while the
    calibration set holds no OCR word confidences the model cannot learn it, and the
    probability is multiplied by it instead (see :meth:`Calibrator.predict`). A group whose
    training values are all correct gets a constant, its accuracy shrunk towards the pooled
    accuracy. :meth:`Calibrator.explain` names the features that lowered a probability (the
    review queue's "why"). The artifact is plain JSON
    (coefficients, means, scales), stamped with :data:`pipeline.record.SCHEMA_VERSION`; an
    artifact of another schema version is ignored with a warning, and without an artifact the
    raw confidence is kept.
"""

from __future__ import annotations

import json
import math
import os
import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .evaluate import find_gold, normalize_text, score_document
from .evidence import document_evidence, get_path, value_evidence
from .lexicon import positions, starts_with_org_head
from .record import SCHEMA_VERSION, Record
from .resources import load_rules
from .textutil import fold

# ``path → Record`` of a document, its text kept: the extractor, passed in by the caller
Extract = Callable[[Path], Record]

__all__ = [
    "ARTIFACT_VERSION",
    "Calibrator",
    "CalibrationReport",
    "Row",
    "artifact_path",
    "build_rows",
    "calibrate_record",
    "cross_validate",
    "doubts",
    "equal_mass_ece",
    "expected_calibration_error",
    "field_of",
    "fit_models",
    "label_units",
    "load_calibrator",
    "reliability_bins",
    "run_calibration",
    "unit_features",
    "unit_of",
]

ARTIFACT_VERSION = 1
LIST_KEYS = ("legal_bases", "timeline", "responsible_units", "recipients")
SCALAR_UNITS = (
    "doc_type", "number", "date", "place", "issuer.name", "issuer.parent", "title", "theme",
    "signer.name", "signer.position", "signer.authority",
)
# fields the contract does not score: labelled by normalized equality with the gold value
UNSCORED_SCALARS = ("issuer.parent", "signer.authority")
_ITEM = re.compile(r"^(legal_bases|timeline|responsible_units|recipients)\[(\d+)\](?:\.([a-z_]+))?")
_LEGAL_SUB = ("date", "issuer")


# ---------------------------------------------------------------------------
# units: which provenance path is a scored value, and of which field
# ---------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def unit_of(path: str) -> str | None:
    """The scored value a provenance path belongs to (``timeline[2].label`` → ``timeline[2]``)."""
    if path in SCALAR_UNITS:
        return path
    m = _ITEM.match(path)
    if not m:
        return None
    key, idx, sub = m.group(1), m.group(2), m.group(3)
    if key == "legal_bases" and sub in _LEGAL_SUB and path == f"{key}[{idx}].{sub}":
        return path
    return f"{key}[{idx}]"


def field_of(unit: str) -> str:
    """The reported field of a unit: ``legal_bases[3].date`` → ``legal_bases.date``."""
    m = _ITEM.match(unit)
    if not m:
        return unit
    return m.group(1) + (f".{m.group(3)}" if m.group(3) else "")


def _item_index(unit: str) -> int | None:
    m = _ITEM.match(unit)
    return int(m.group(2)) if m else None


def unit_value(record: Mapping[str, Any], unit: str) -> Any:
    """The value a unit names in a record (a dict for ``number``, an item for ``timeline[2]``)."""
    m = _ITEM.match(unit)
    if not m:
        return get_path(record, unit)
    items = record.get(m.group(1)) or []
    i = int(m.group(2))
    if i >= len(items):
        return None
    item = items[i]
    return item.get(m.group(3)) if m.group(3) and isinstance(item, Mapping) else item


def _raw(p: Mapping[str, Any]) -> float:
    raw = p.get("raw_confidence")
    return float(raw if raw is not None else p.get("confidence", 0.0))


# ---------------------------------------------------------------------------
# settings
# ---------------------------------------------------------------------------


@cache
def _settings() -> dict[str, Any]:
    return load_rules("calibration")


def group_of(field_name: str) -> str:
    return str(_settings()["groups"].get(field_name, field_name))


def recommended_threshold(field_name: str | None = None) -> float:
    """The acceptance threshold of a field's values (the loaded artifact's, else
    ``rules/calibration.toml``'s): its group's own where the calibration chose one, else the
    common threshold; without a field, the common one."""
    cal = load_calibrator()
    if cal is not None:
        return cal.threshold_for(field_name) if field_name else cal.threshold
    return float(_settings()["threshold"])


# ---------------------------------------------------------------------------
# evidence features
# ---------------------------------------------------------------------------


def _words(s: Any) -> int:
    return len(str(s).split()) if s else 0


def _log_words(s: Any) -> float:
    return math.log1p(_words(s))


def _initials(s: str) -> str:
    return "".join(w[0] for w in fold(s).split() if w and w[0].isalnum())


def _symbol_parts(symbol: str | None) -> list[str]:
    if not symbol:
        return []
    return [p for p in (re.sub(r"[^a-z]", "", fold(x)) for x in re.split(r"[-/]", symbol)) if p]


def _issuer_symbol_agree(issuer: str | None, symbol: str | None, code: str | None) -> float:
    """1 when a part of the symbol abbreviates the issuer (``KH-TTHTCĐ`` ~ Trung tâm học tập …)."""
    parts = [p for p in _symbol_parts(symbol) if p != fold(code or "") and len(p) >= 2]
    if not issuer or not parts:
        return 0.0
    ini = _initials(issuer)
    return 1.0 if any(p in ini for p in parts) else 0.0


@cache
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """Folded word lists, once: the same few lists are tried on every value."""
    return frozenset(fold(w) for w in words)


def _starts_with_marker(s: str, markers: Sequence[str]) -> float:
    f = fold(s)
    return 1.0 if any(f == m or f.startswith(m + " ") for m in _folded(tuple(markers))) else 0.0


def _generic_level(s: str, markers: Sequence[str]) -> float:
    """1 for a name that ends in a bare level (``Ủy ban nhân dân cấp xã``): no proper name."""
    words = fold(s).split()
    if len(words) < 2:
        return 0.0
    return 1.0 if words[-1] in _folded(_levels()) and words[-2] in _folded(tuple(markers)) else 0.0


@cache
def _levels() -> tuple[str, ...]:
    return tuple(load_rules("orgs")["levels"])


def _position_known(s: str | None) -> float:
    if not s:
        return 0.0
    f = fold(s)
    return 1.0 if any(f.startswith(p) for p in _folded(tuple(positions()))) else 0.0


def _signature_agree(record: Mapping[str, Any], prov: Mapping[str, Mapping[str, Any]], text: str) -> float:
    """How well the issuer's head words appear in the signature block (``TM. ỦY BAN NHÂN DÂN``)."""
    issuer = get_path(record, "issuer.name")
    spans = [prov[p] for p in ("signer.authority", "signer.position", "signer.name") if p in prov]
    if not issuer or not spans:
        return 0.0
    lo = max(0, min(int(s["start"]) for s in spans) - 80)
    hi = max(int(s["end"]) for s in spans)
    head = " ".join(fold(issuer).split()[:4])
    return fuzz.partial_ratio(head, fold(text[lo:hi])) / 100.0


def feature_words() -> dict[str, list[str]]:
    """The word lists features look for (``[features]`` of ``rules/calibration.toml``)."""
    return {k: list(v) for k, v in _settings()["features"].items()}


def unit_features(
    record: Mapping[str, Any], text: str | None = None, words: Mapping[str, Sequence[str]] | None = None
) -> dict[str, tuple[str, dict[str, float], float]]:
    """``unit → (field, features, raw confidence)`` for every scored value of a record.

    ``record`` is a record as a dict (``Record.model_dump()``), ``text`` the normalized text
    its spans point into (``record['text']`` when omitted; position features are 0 without
    it). Raw confidence is read from ``raw_confidence`` when present, so the features of a
    calibrated record are those of the raw one. ``words`` are the feature word lists
    (an artifact carries the ones it was fitted with; default: the rules file's).
    """
    words = words if words is not None else feature_words()
    prov: Mapping[str, Mapping[str, Any]] = record.get("provenance") or {}
    text = text if text is not None else (record.get("text") or "")
    n_text = max(1, len(text))
    feats_common = {
        "issuer_symbol_agree": 0.0,
        "issuer_signature_agree": 0.0,
    }
    code = get_path(record, "doc_type.code")
    symbol = get_path(record, "number.symbol")
    doc = document_evidence(record, text)
    issuer = get_path(record, "issuer.name")
    feats_common["issuer_symbol_agree"] = _issuer_symbol_agree(issuer, symbol, code)
    feats_common["issuer_signature_agree"] = _signature_agree(record, prov, text)
    plural = words.get("plural_markers", ())
    generic = words.get("generic_level_markers", ())

    out: dict[str, tuple[str, dict[str, float], float]] = {}
    for path, p in prov.items():
        if unit_of(path) != path:
            continue
        fname = field_of(path)
        raw = _raw(p)
        ocr = p.get("ocr_confidence")
        f: dict[str, float] = {
            # the extractor's score for the text as read, and the OCR's doubt about the reading
            "conf": min(1.0, raw / ocr) if ocr else raw,
            "ocr": float(ocr) if ocr is not None else 1.0,
            f"field={fname}": 1.0,
            "relpos": int(p.get("start", 0)) / n_text if text else 0.0,
        }
        value = unit_value(record, path)
        f.update(value_evidence(fname, path, value, p, text, doc))
        idx = _item_index(path)
        if idx is not None:
            key = fname.split(".")[0]
            n_items = len(record.get(key) or [])
            f["log_items"] = math.log1p(n_items)
            f["index_rel"] = idx / max(1, n_items)
        if fname == "date":
            f["date_complete"] = 1.0 if get_path(record, "date.iso") else 0.0
        elif fname in ("issuer.name", "issuer.parent"):
            f["issuer_symbol_agree"] = feats_common["issuer_symbol_agree"]
            f["issuer_signature_agree"] = feats_common["issuer_signature_agree"]
            f["log_words"] = _log_words(value)
        elif fname in ("title", "theme"):
            f["log_words"] = _log_words(value)
        elif fname.startswith("signer."):
            f["log_words"] = _log_words(value)
            if fname == "signer.position":
                f["position_known"] = _position_known(value)
                f["has_comma"] = 1.0 if value and "," in str(value) else 0.0
            if fname == "signer.name":
                words = str(value or "").split()
                f["name_capitalized"] = 1.0 if words and all(w[:1].isupper() for w in words) else 0.0
        elif fname == "legal_bases" and isinstance(value, Mapping):
            for k in ("number", "date", "issuer", "title"):
                f[f"has_{k}"] = 1.0 if value.get(k) else 0.0
        elif fname == "timeline" and isinstance(value, Mapping):
            start, end = value.get("start"), value.get("end")
            f["deadline"] = 1.0 if start is None else 0.0
            f["coarse"] = 1.0 if len(str(end or start or "")) < 10 else 0.0
            f["single_day"] = 1.0 if start and start == end else 0.0
            f["has_time"] = 1.0 if value.get("time") else 0.0
            f["label_words"] = _log_words(value.get("label"))
        elif fname == "responsible_units" and isinstance(value, Mapping):
            name = str(value.get("name") or "")
            f["log_words"] = _log_words(name)
            f["has_comma"] = 1.0 if "," in name else 0.0
            f["plural"] = _starts_with_marker(name, plural)
            f["generic_level"] = _generic_level(name, generic)
            f["org_head"] = 1.0 if starts_with_org_head(name) else 0.0
            f["log_tasks"] = math.log1p(len(value.get("tasks") or []))
        elif fname == "recipients":
            name = str(value or "")
            f["log_words"] = _log_words(name)
            f["plural"] = _starts_with_marker(name, plural)
            f["org_head"] = 1.0 if starts_with_org_head(name) else 0.0
        out[path] = (fname, f, raw)
    return out


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------


def label_units(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, bool]:
    """``unit → correct`` for every scored value of ``pred``, judged as the evaluation does."""
    ds = score_document(dict(pred), dict(gold))
    sc = ds.scalars
    labels: dict[str, bool] = {
        "doc_type": sc["doc_type.code"].correct,
        "number": all(sc[k].correct for k in ("number.raw", "number.seq", "number.symbol")),
        "date": all(sc[k].correct for k in ("date.iso", "date.year", "date.month", "date.day")),
    }
    for k in ("place", "issuer.name", "title", "theme", "signer.name", "signer.position"):
        labels[k] = sc[k].correct
    for k in UNSCORED_SCALARS:
        labels[k] = normalize_text(get_path(pred, k)) == normalize_text(get_path(gold, k))
    for key in LIST_KEYS:
        lr = ds.lists[key]
        hit = {p.pred for p in lr.matched}
        for i in range(len(lr.pred_items)):
            labels[f"{key}[{i}]"] = i in hit
    # ``_items`` in the evaluation drops null items, so indices agree with the record's lists
    by_pred = {lp.pred: lp for lp in ds.legal_pairs}
    for i in range(len(ds.lists["legal_bases"].pred_items)):
        lp = by_pred.get(i)
        labels[f"legal_bases[{i}].date"] = bool(lp and lp.date_ok)
        labels[f"legal_bases[{i}].issuer"] = bool(lp and lp.issuer_ok)
    return labels


@dataclass
class Row:
    """One scored value of one gold document: its evidence and whether it is correct."""

    doc: str
    unit: str
    field: str
    features: dict[str, float]
    raw: float
    label: bool
    value: Any = None
    honest: bool = False  # from a stored set scored before any rule was tuned on it
    stored_conf: float | None = None  # the confidence the stored prediction was shipped with

    @property
    def group(self) -> str:
        return group_of(self.field)

    @property
    def weight(self) -> float:
        return 1.0 if self.honest else float(_settings()["fit"]["in_sample_weight"])


def rows_for(
    doc: str, pred: Mapping[str, Any], gold: Mapping[str, Any], text: str | None = None,
    *, honest: bool = False,
) -> list[Row]:
    labels = label_units(pred, gold)
    prov = pred.get("provenance") or {}
    rows = []
    for unit, (fname, feats, raw) in unit_features(pred, text).items():
        if unit in labels:
            stored = prov[unit].get("confidence") if honest else None
            rows.append(Row(doc, unit, fname, feats, raw, labels[unit], unit_value(pred, unit),
                            honest, None if stored is None else float(stored)))
    return rows


def calibration_sets() -> list[Path]:
    """The stored honest sets: ``models/calibration_set/*.jsonl.gz``."""
    return sorted((Path(__file__).resolve().parent.parent / "models" / "calibration_set").glob("*.jsonl.gz"))


def load_stored_set(path: Path) -> list[dict[str, Any]]:
    """Entries ``{doc, origin, record (with text), gold}`` of a stored set; gold may be null
    (a document whose annotation has not been settled yet: it is kept, not used)."""
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build_stored_rows(paths: Iterable[Path]) -> tuple[list[Row], int, int]:
    """Rows of the stored honest sets' documents that have gold: ``(rows, documents, missed)``.

    The stored prediction is used as it is: re-extracting would score a tuned extractor."""
    rows: list[Row] = []
    n_docs = missed = 0
    for path in paths:
        for e in load_stored_set(Path(path)):
            if not e.get("gold"):
                continue
            rec = e["record"]
            rows.extend(rows_for(f"{Path(path).name}:{e['doc']}", rec, e["gold"], rec.get("text") or "",
                                 honest=True))
            missed += missed_values(rec, e["gold"])
            n_docs += 1
    return rows, n_docs, missed


def _doc_stem(doc: str) -> str:
    """A row's document as its file stem, whether in-sample (a path) or stored (``SET:doc``)."""
    return Path(doc.rsplit(":", 1)[-1]).stem


def missed_values(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> int:
    """Gold values with nothing extracted for them: no confidence threshold can catch these."""
    ds = score_document(dict(pred), dict(gold))
    n = sum(lr.fn for lr in ds.lists.values())
    for name, r in ds.scalars.items():
        if r.pred_norm is None and r.gold_norm is not None and name not in ("date.year", "date.month", "date.day", "number.seq", "number.symbol"):
            n += 1
    return n


def build_rows(
    gold_dirs: Iterable[str | Path], extract: Extract, skip_stems: Iterable[str] = ()
) -> tuple[list[Row], int, int]:
    """Extract every gold document with ``extract`` and label its values: ``(rows, documents,
    missed values)``; documents whose stem is in ``skip_stems`` (held by a stored set) are left
    out. The extractor is the caller's: the extractor calibrates its records with this module,
    so this module does not import it."""
    rows: list[Row] = []
    n_docs = missed = 0
    seen: set[Path] = set()
    skip = set(skip_stems)
    for gd in gold_dirs:
        for doc, gold_path in find_gold(Path(gd)):
            key = doc.resolve()
            if key in seen or doc.stem in skip:
                continue
            seen.add(key)
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            pred = extract(doc).model_dump()
            rows.extend(rows_for(str(doc), pred, gold))
            missed += missed_values(pred, gold)
            n_docs += 1
    return rows, n_docs, missed


# ---------------------------------------------------------------------------
# the model
# ---------------------------------------------------------------------------


def _logistic(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _constant(correct: float, n: float, prior: float, strength: float) -> dict[str, Any]:
    return {"kind": "constant", "p": (correct + strength * prior) / (n + strength),
            "n": round(n, 3), "correct": round(correct, 3)}


def fit_models(rows: Sequence[Row]) -> dict[str, Any]:
    """Fit one model per field group; returns the ``groups`` part of the artifact."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    cfg = _settings()["fit"]
    strength = float(cfg["prior_strength"])

    def wsum(rs: Sequence[Row], correct: bool = False) -> float:
        return sum(r.weight for r in rs if r.label or not correct)

    # counts are weighted: a group's constant is set by the honest values, not by the corpus
    pooled = (wsum(rows, True) + 1) / (wsum(rows) + 2) if rows else 0.5
    by_group: dict[str, list[Row]] = {}
    for r in rows:
        by_group.setdefault(r.group, []).append(r)
    models: dict[str, Any] = {"*": _constant(wsum(rows, True), wsum(rows), pooled, strength)}
    for g, grows in sorted(by_group.items()):
        n, k = len(grows), sum(r.label for r in grows)
        if k in (0, n):
            models[g] = _constant(wsum(grows, True), wsum(grows), pooled, strength)
            continue
        names = sorted({f for r in grows for f in r.features})
        X = np.array([[r.features.get(f, 0.0) for f in names] for r in grows], dtype=float)
        y = np.array([int(r.label) for r in grows])
        w = np.array([r.weight for r in grows])
        mean = np.average(X, axis=0, weights=w)
        scale = np.sqrt(np.average((X - mean) ** 2, axis=0, weights=w))
        keep = scale > 1e-9
        names = [f for f, ok in zip(names, keep, strict=True) if ok]
        X, mean, scale = X[:, keep], mean[keep], scale[keep]
        if not names:
            models[g] = _constant(wsum(grows, True), wsum(grows), pooled, strength)
            continue
        lr = LogisticRegression(C=float(cfg["C"]), max_iter=5000)
        clip = float(cfg["clip"])
        lr.fit(np.clip((X - mean) / scale, -clip, clip), y, sample_weight=w * len(w) / w.sum())
        models[g] = {
            "kind": "logistic",
            "features": names,
            "mean": [round(float(v), 6) for v in mean],
            "scale": [round(float(v), 6) for v in scale],
            "coef": [round(float(v), 6) for v in lr.coef_[0]],
            "intercept": round(float(lr.intercept_[0]), 6),
            "clip": clip,
            "n": n,
            "correct": k,
        }
    return models


_ROWS: dict[int, tuple[Mapping[str, Any], tuple[float, tuple[tuple[str, float, float, float, float], ...], bool]]] = {}


def _model_rows(m: Mapping[str, Any]) -> tuple[float, tuple[tuple[str, float, float, float, float], ...], bool]:
    """A logistic model's clip, its ``(feature, mean, scale, coef, term at 0.0)`` rows and
    whether it reads ``ocr``: made once per model (kept with the model, so its id stays its)."""
    hit = _ROWS.get(id(m))
    if hit is not None and hit[0] is m:
        return hit[1]
    clip = float(m.get("clip", math.inf))
    rows = tuple((f, mu, sd, w, w * max(-clip, min(clip, (0.0 - mu) / sd)))
                 for f, mu, sd, w in zip(m["features"], m["mean"], m["scale"], m["coef"], strict=True))
    out = (clip, rows, "ocr" in m["features"])
    _ROWS[id(m)] = (m, out)
    return out


@dataclass
class Calibrator:
    """Applies the models of an artifact: ``predict(field, features) → probability``."""

    groups: dict[str, Any]
    threshold: float = 0.95
    group_map: dict[str, str] = field(default_factory=dict)
    words: dict[str, list[str]] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    group_thresholds: dict[str, float] = field(default_factory=dict)

    def threshold_for(self, field_name: str) -> float:
        """The auto-accept threshold of a field: its group's (chosen out of fold so that the
        group's accepted values reach the target precision), never below the common one."""
        return max(self.threshold, float(self.group_thresholds.get(self.group(field_name), self.threshold)))

    def group(self, field_name: str) -> str:
        if self.group_map:  # an artifact's own map: inference never needs the rules file
            return self.group_map.get(field_name, field_name)
        return group_of(field_name)

    def predict(self, field_name: str, features: Mapping[str, float]) -> float:
        """P(correct). A model fitted without OCR'd gold (no ``ocr`` feature) cannot know
        what a doubtful reading costs; it assumes the value is right only if the reading is,
        and multiplies by the OCR confidence (an assumption, not a fit)."""
        ocr = float(features.get("ocr", 1.0))
        m = self.groups.get(self.group(field_name)) or self.groups.get("*")
        if m is None:
            return float(features.get("conf", 0.0)) * ocr
        if m["kind"] == "constant":
            return float(m["p"]) * ocr
        # the terms' sum as ``_terms`` makes it (same values, same order), without the pairs;
        # a feature the value lacks adds its term at 0.0, worked out once per model
        clip, rows, uses_ocr = _model_rows(m)
        get = features.get
        z = float(m["intercept"]) + sum(
            t if (x := get(f)) is None else w * max(-clip, min(clip, (x - mu) / sd))
            for f, mu, sd, w, t in rows
        )
        return _logistic(z) * (1.0 if uses_ocr else ocr)

    @staticmethod
    def _terms(m: Mapping[str, Any], features: Mapping[str, float]) -> list[tuple[str, float]]:
        """Each feature's share of the log-odds. A value far outside what the fit saw is
        clipped (``clip`` standard deviations): a model must not extrapolate to certainty."""
        clip = float(m.get("clip", math.inf))
        return [(f, w * max(-clip, min(clip, (features.get(f, 0.0) - mu) / sd)))
                for f, mu, sd, w in zip(m["features"], m["mean"], m["scale"], m["coef"], strict=True)]

    def explain(self, field_name: str, features: Mapping[str, float], top: int = 3) -> list[tuple[str, float]]:
        """Why a value is doubtful: the features that lowered its log-odds most, as
        ``(feature, contribution)``, most negative first (a constant model explains nothing)."""
        m = self.groups.get(self.group(field_name)) or self.groups.get("*")
        out: list[tuple[str, float]] = []
        if m is not None and m["kind"] == "logistic":
            # only features the value has: an absent one is the same for every value of its
            # field, and the field's own terms absorb it
            out = [(f, c) for f, c in self._terms(m, features) if c < 0 and f in features]
        ocr = float(features.get("ocr", 1.0))
        if ocr < 1.0 and (m is None or "ocr" not in m.get("features", ())):
            out.append(("ocr", math.log(max(ocr, 1e-6))))
        return sorted(out, key=lambda x: x[1])[:top]

    def explain_record(self, record: Mapping[str, Any], text: str | None = None, top: int = 3) -> dict[str, list[tuple[str, float]]]:
        """``unit → the features that lowered its probability`` (see :meth:`explain`)."""
        feats = unit_features(record, text, self.words)
        return {u: self.explain(f, x, top) for u, (f, x, _) in feats.items()}

    def predict_record(self, record: Mapping[str, Any], text: str | None = None) -> dict[str, float]:
        """``unit → calibrated confidence`` for every scored value of a record dict."""
        feats = unit_features(record, text, self.words)
        return {u: self.predict(f, x) for u, (f, x, _) in feats.items()}

    @classmethod
    def from_artifact(cls, data: Mapping[str, Any]) -> Calibrator:
        """An artifact is self-contained: groups, word lists and threshold travel with it."""
        return cls(
            dict(data["groups"]), float(data["threshold"]), dict(data.get("group_map") or {}),
            dict(data["feature_words"]) if data.get("feature_words") else None, dict(data),
            {k: float(v) for k, v in (data.get("group_thresholds") or {}).items()},
        )


# ---------------------------------------------------------------------------
# runtime: the artifact, cached, applied to records
# ---------------------------------------------------------------------------


# the tree's own artifact, resolved once: every record asks for its calibrator, and resolving
# the module's path walks the file system each time (the environment is still read per call)
_OWN_ARTIFACT = Path(__file__).resolve().parent.parent / "models" / "calibration.json"
_OWN_ARTIFACT_KEY = str(_OWN_ARTIFACT)


def artifact_path() -> Path:
    """``models/calibration.json``, or ``$VANBAN_CALIBRATION`` (empty or ``none``: disabled)."""
    env = os.environ.get("VANBAN_CALIBRATION")
    if env is not None:
        return Path(env)
    return _OWN_ARTIFACT


@cache
def _load(path: str) -> Calibrator | None:
    p = Path(path)
    if not path or path.lower() == "none" or not p.is_file():
        return None
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        warnings.warn(f"calibration artifact {p} unreadable ({e}); keeping raw confidences", stacklevel=2)
        return None
    if data.get("schema_version") != SCHEMA_VERSION or data.get("artifact_version") != ARTIFACT_VERSION:
        warnings.warn(
            f"calibration artifact {p} is for schema {data.get('schema_version')!r} "
            f"(artifact v{data.get('artifact_version')}), not {SCHEMA_VERSION!r} "
            f"(v{ARTIFACT_VERSION}); ignored, keeping raw confidences — run `vanban calibrate`",
            stacklevel=2,
        )
        return None
    return Calibrator.from_artifact(data)


def load_calibrator(path: str | Path | None = None) -> Calibrator | None:
    """The calibrator of the artifact (loaded once per path), or ``None`` without one."""
    if path is None and "VANBAN_CALIBRATION" not in os.environ:
        return _load(_OWN_ARTIFACT_KEY)
    return _load(str(path if path is not None else artifact_path()))


def clear_cache() -> None:
    """Forget loaded artifacts (after ``calibrate`` rewrote one)."""
    _load.cache_clear()


_EXPLAINED: dict[int, tuple[Any, dict[str, list[tuple[str, float]]]]] = {}


def reason_text(feature: str) -> str:
    """A feature as a person reads it (``[reasons]`` of ``rules/calibration.toml``)."""
    reasons = _settings().get("reasons", {})
    if feature in reasons:
        return str(reasons[feature])
    head, eq, rest = feature.partition("=")
    if eq and f"{head}=" in reasons:
        return str(reasons[f"{head}="]).format(rest)
    return feature


def doubts(record: Mapping[str, Any], unit: str, text: str | None = None, top: int = 3) -> list[str]:
    """Why a value is doubtful: the features that lowered its calibrated probability most,
    worded for a person (empty without an artifact or when nothing lowered it).

    The explanation of a whole record is kept while its provenance object lives, so a queue
    of many values of one record computes its features once."""
    cal = load_calibrator()
    if cal is None:
        return []
    prov = record.get("provenance")
    hit = _EXPLAINED.get(id(prov))
    if hit is None or hit[0] is not prov:
        if len(_EXPLAINED) > 256:
            _EXPLAINED.clear()
        hit = (prov, cal.explain_record(record, text, top))
        _EXPLAINED[id(prov)] = hit
    return [reason_text(f) for f, _ in hit[1].get(unit, [])]


def calibrate_record(rec: Record, text: str, calibrator: Calibrator | None = None) -> Record:
    """Set each provenance entry's ``confidence`` to its calibrated value, keeping the raw one.

    Paths that are not scored values of their own take their item's confidence; paths the
    calibrator knows nothing about keep the raw confidence. Without an artifact only
    ``raw_confidence`` is filled in.
    """
    cal = calibrator if calibrator is not None else load_calibrator()
    for p in rec.provenance.values():
        if p.raw_confidence is None:
            p.raw_confidence = p.confidence
    if cal is None:
        return rec
    d = rec.model_dump(exclude={"text"})  # the source's format is evidence
    probs = cal.predict_record(d, text)
    for path, p in rec.provenance.items():
        u = unit_of(path)  # ``timeline[2].label`` → ``timeline[2]``
        if u in probs:
            p.confidence = round(min(1.0, max(0.0, probs[u])), 4)
    return rec


# ---------------------------------------------------------------------------
# evaluation: reliability, ECE, cross-validation, acceptance
# ---------------------------------------------------------------------------


@dataclass
class Bin:
    lo: float
    hi: float
    n: int
    mean_conf: float
    accuracy: float


def reliability_bins(probs: Sequence[float], labels: Sequence[bool], bins: int = 10) -> list[Bin]:
    """Equal-width bins of predicted confidence (the last bin includes 1.0); empty bins omitted."""
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, p in enumerate(probs) if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if idx:
            out.append(Bin(lo, hi, len(idx), sum(probs[i] for i in idx) / len(idx),
                           sum(bool(labels[i]) for i in idx) / len(idx)))
    return out


def expected_calibration_error(probs: Sequence[float], labels: Sequence[bool], bins: int = 10) -> float:
    """ECE: the count-weighted mean gap between confidence and accuracy over the bins."""
    n = len(probs)
    if not n:
        return 0.0
    return sum(b.n * abs(b.accuracy - b.mean_conf) for b in reliability_bins(probs, labels, bins)) / n


def equal_mass_ece(probs: Sequence[float], labels: Sequence[bool], bins: int = 10) -> float:
    """ECE over bins of equal count: with nearly every confidence above 0.9, equal-width bins
    put almost everything in one bin and can hide miscalibration inside it."""
    order = sorted(range(len(probs)), key=lambda i: probs[i])
    n = len(order)
    if not n:
        return 0.0
    total = 0.0
    for b in range(bins):
        idx = order[b * n // bins : (b + 1) * n // bins]
        if idx:
            total += abs(sum(bool(labels[i]) for i in idx) - sum(probs[i] for i in idx))
    return total / n


def acceptance(
    probs: Sequence[float], labels: Sequence[bool], threshold: float | Sequence[float],
) -> tuple[float, float, int]:
    """``(share accepted, accuracy of the accepted, number accepted)`` at ``confidence ≥
    threshold`` (one threshold, or each value's own: its group's)."""
    ts = [threshold] * len(probs) if isinstance(threshold, (int, float)) else list(threshold)
    acc = [bool(lab) for p, lab, t in zip(probs, labels, ts, strict=True) if p >= t]
    if not probs:
        return 0.0, 1.0, 0
    return len(acc) / len(probs), (sum(acc) / len(acc) if acc else 1.0), len(acc)


def fold_of_documents(docs: Iterable[str], folds: int) -> dict[str, int]:
    """Grouped folds: every document in exactly one fold (round robin over sorted names, so
    each stored set and the corpus spread over all folds)."""
    return {d: i % folds for i, d in enumerate(sorted(set(docs)))}


def _n_folds(n_docs: int, folds: int | None) -> int:
    k = int(folds if folds is not None else _settings()["fit"]["folds"])
    return n_docs if k < 2 or k >= n_docs else k


def cross_validate(rows: Sequence[Row], folds: int | None = None) -> list[float]:
    """Out-of-fold calibrated confidence of every row, folds grouped by document.

    ``folds`` (default ``[fit] folds``) grouped folds, or leave-one-document-out when there
    are fewer documents: a document's values are never predicted by a model that saw it.
    """
    docs = {r.doc for r in rows}
    fold_of = fold_of_documents(docs, _n_folds(len(docs), folds))
    out = [0.0] * len(rows)
    for k in sorted(set(fold_of.values())):
        train = [r for r in rows if fold_of[r.doc] != k]
        cal = Calibrator(fit_models(train))
        for i, r in enumerate(rows):
            if fold_of[r.doc] == k:
                out[i] = cal.predict(r.field, r.features)
    return out


# the values the figures are about: the scalar header values a person reads first
HEADER_FIELDS = ("doc_type", "number", "date", "place", "issuer.name", "title", "signer.name", "signer.position")


def metrics(
    probs: Sequence[float], labels: Sequence[bool], threshold: float | Sequence[float], bins: int = 10,
) -> dict[str, float]:
    """ECE, accuracy and acceptance of a set of values at ``threshold``."""
    share, acc, n_acc = acceptance(probs, labels, threshold)
    n = len(labels)
    return {
        "n": n,
        "accuracy": round(sum(labels) / n, 5) if n else 1.0,
        "mean_confidence": round(sum(probs) / n, 5) if n else 0.0,
        "ece": round(expected_calibration_error(probs, labels, bins), 5),
        "ece_equal_mass": round(equal_mass_ece(probs, labels, bins), 5),
        "accepted_share": round(share, 5),
        "accepted_precision": round(acc, 5),
        "accepted": n_acc,
    }


def choose_threshold(
    probs: Sequence[float], labels: Sequence[bool], subsets: Sequence[Sequence[int]], target: float,
    step: float = 0.005, window: float = 0.03,
) -> float | None:
    """The lowest threshold at which, and at every step up to ``window`` above it, the
    accepted values of each subset reach ``target`` precision: a threshold that only just
    clears it at one point would not hold on the next documents. (The window is bounded: at
    the very top a handful of values decide the precision, and they say nothing about
    where to cut.)"""
    grid = [round(i * step, 4) for i in range(int(round(1 / step)))]

    def ok(t: float) -> bool:
        for idx in subsets:
            acc = [bool(labels[i]) for i in idx if probs[i] >= t]
            if acc and sum(acc) / len(acc) < target:
                return False
        return True

    good = [ok(t) for t in grid]
    span = int(round(window / step))
    for i, t in enumerate(grid):
        if all(good[i: i + span + 1]):
            return t
    return None


@dataclass
class CalibrationReport:
    rows: list[Row]
    oof: list[float]
    n_docs: int
    missed: int
    threshold: float
    artifact: dict[str, Any]
    bins: int = 10
    thresholds: dict[str, float] = field(default_factory=dict)  # each group's own (group_thresholds)

    def fields(self) -> list[str]:
        order = list(_settings()["groups"])
        present = {r.field for r in self.rows}
        return [f for f in order if f in present] + sorted(present - set(order))

    def subset(self, fname: str | None, honest: bool | None = None) -> tuple[list[float], list[float], list[bool]]:
        idx = [i for i, r in enumerate(self.rows)
               if (fname is None or r.field == fname) and (honest is None or r.honest == honest)]
        return ([self.oof[i] for i in idx], [self.rows[i].raw for i in idx],
                [self.rows[i].label for i in idx])

    def group_thresholds(self, target: float) -> dict[str, float]:
        """Each group's auto-accept threshold: :func:`choose_threshold` out of fold over the
        group's values and over its honest values, never below the common threshold; a group
        whose values never reach ``target`` gets 1.0 (all of them to review)."""
        window = float(_settings()["fit"]["threshold_window"])
        out: dict[str, float] = {}
        for g in sorted({r.group for r in self.rows}):
            idx = [i for i, r in enumerate(self.rows) if r.group == g]
            probs = [self.oof[i] for i in idx]
            labels = [self.rows[i].label for i in idx]
            subsets = [list(range(len(idx)))]
            honest = [k for k, i in enumerate(idx) if self.rows[i].honest]
            if honest:
                subsets.append(honest)
            t = choose_threshold(probs, labels, subsets, target, window=window)
            out[g] = round(max(self.threshold, t if t is not None else 1.0), 4)
        return out

    def row_thresholds(self, thresholds: Mapping[str, float]) -> list[float]:
        return [max(self.threshold, thresholds.get(r.group, self.threshold)) for r in self.rows]

    def best_threshold(self, target: float) -> float | None:
        """:func:`choose_threshold` out of fold over the whole set and over the honest set's
        header values (the values a reader trusts first, on documents the rules never saw)."""
        labels = [r.label for r in self.rows]
        subsets = [list(range(len(self.rows)))]
        honest = [i for i, r in enumerate(self.rows) if r.honest and r.field in HEADER_FIELDS]
        if honest:
            subsets.append(honest)
        return choose_threshold(self.oof, labels, subsets, target,
                                window=float(_settings()["fit"]["threshold_window"]))


def _display_path(p: str | Path) -> str:
    """A gold folder as recorded in the artifact: relative to the repository when inside it."""
    root = Path(__file__).resolve().parent.parent
    try:
        return str(Path(p).resolve().relative_to(root))
    except ValueError:
        return str(p)


def _evaluation(rows: Sequence[Row], oof: Sequence[float], threshold: float | Sequence[float], bins: int) -> dict[str, Any]:
    """Out-of-fold figures of every subset that matters, and the shipped ones of the honest set."""
    out: dict[str, Any] = {}
    for name, keep in (
        ("all", lambda r: True),
        ("honest", lambda r: r.honest),
        ("in_sample", lambda r: not r.honest),
        ("all_header", lambda r: r.field in HEADER_FIELDS),
        ("honest_header", lambda r: r.honest and r.field in HEADER_FIELDS),
    ):
        idx = [i for i, r in enumerate(rows) if keep(r)]
        ts = [threshold] * len(rows) if isinstance(threshold, (int, float)) else list(threshold)
        if idx:
            out[name] = metrics([oof[i] for i in idx], [rows[i].label for i in idx], [ts[i] for i in idx], bins)
    # "before": the confidences the stored predictions were shipped with, at the threshold of then
    before = [r for r in rows if r.honest and r.stored_conf is not None]
    if before:
        t0 = float(_settings()["fit"]["before_threshold"])
        out["honest_as_shipped"] = metrics([r.stored_conf or 0.0 for r in before], [r.label for r in before], t0, bins)
        hb = [r for r in before if r.field in HEADER_FIELDS]
        out["honest_header_as_shipped"] = metrics([r.stored_conf or 0.0 for r in hb], [r.label for r in hb], t0, bins)
    return out


def run_calibration(
    gold_dirs: Sequence[str | Path], out: Path | None = None, *, folds: int | None = None,
    dataset: tuple[list[Row], int, int] | None = None, sets: Sequence[Path] | None = None,
    extract: Extract | None = None,
) -> CalibrationReport:
    """Label the stored honest sets and the gold documents, cross-validate, refit on all,
    write the artifact.

    ``dataset`` is a ready :func:`build_rows` result for ``gold_dirs`` (to skip the
    extraction), else ``extract`` reads each gold document (``path → Record`` with its text);
    ``sets`` the stored honest sets (default :func:`calibration_sets`; ``[]`` for none).
    """
    if dataset is None and extract is None:
        raise ValueError("run_calibration needs a dataset or an extract function")
    set_paths = list(calibration_sets() if sets is None else sets)
    s_rows, s_docs, s_missed = build_stored_rows(set_paths)
    # a gold document that a stored set holds is counted once, as the stored (honest) reading:
    # its re-extraction would be a second, tuned copy of it in another fold
    stored_stems = {_doc_stem(r.doc) for r in s_rows}
    rows, n_docs, missed = dataset if dataset is not None else build_rows(gold_dirs, extract, stored_stems)
    kept_docs = {r.doc for r in rows if _doc_stem(r.doc) not in stored_stems}
    n_docs -= len({r.doc for r in rows}) - len(kept_docs)
    rows = [r for r in rows if r.doc in kept_docs]
    rows = [*rows, *s_rows]
    n_in_sample = n_docs
    n_docs, missed = n_docs + s_docs, missed + s_missed
    if not rows:
        raise ValueError("no labelled values: no gold documents with extracted values found")
    n_groups = len({r.doc for r in rows})
    if n_groups < 2:
        raise ValueError("cross-validation needs gold for at least two documents")
    k = _n_folds(n_groups, folds)
    oof = cross_validate(rows, k)
    cfg = _settings()["fit"]
    bins = int(cfg["bins"])
    threshold = float(_settings()["threshold"])
    labels = [r.label for r in rows]
    report = CalibrationReport(rows, oof, n_docs, missed, threshold, {}, bins)
    group_thresholds = report.group_thresholds(float(cfg["target_accuracy"]))
    report.thresholds = group_thresholds
    per_row = report.row_thresholds(group_thresholds)
    share, acc, _ = acceptance(oof, labels, per_row)
    evaluation = _evaluation(rows, oof, per_row, bins)
    # the single common threshold, for comparison with earlier artifacts
    common = _evaluation(rows, oof, threshold, bins)
    evaluation["all_common_threshold"] = common["all"]
    if "honest" in common:
        evaluation["honest_common_threshold"] = common["honest"]
    artifact: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "artifact_version": ARTIFACT_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "gold": [_display_path(g) for g in gold_dirs],
        "stored_sets": [_display_path(p) for p in set_paths],
        "documents": n_docs,
        "documents_in_sample": n_in_sample,
        "documents_honest": s_docs,
        "values": len(rows),
        "correct": sum(labels),
        "in_sample_weight": float(cfg["in_sample_weight"]),
        "threshold": threshold,
        "group_thresholds": group_thresholds,
        "group_map": dict(_settings()["groups"]),
        "feature_words": feature_words(),
        "groups": fit_models(rows),
        "evaluation": {
            "cv": "leave-one-document-out" if k == n_groups else f"{k}-fold grouped by document",
            "ece_out_of_fold": round(expected_calibration_error(oof, labels, bins), 5),
            "ece_raw": round(expected_calibration_error([r.raw for r in rows], labels, bins), 5),
            "ece_equal_mass": round(equal_mass_ece(oof, labels, bins), 5),
            "accepted_share": round(share, 5),
            "accepted_accuracy": round(acc, 5),
            "threshold_for_target": report.best_threshold(float(cfg["target_accuracy"])),
            "missed_values": missed,
            **evaluation,
        },
    }
    report.artifact = artifact
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(artifact, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        clear_cache()
    return report


_SUBSETS = (
    ("honest_header", "honest set, header values"),
    ("honest", "honest set, all values"),
    ("all_header", "whole set, header values"),
    ("all", "whole set, all values"),
    ("honest_header_as_shipped", "honest set, header values, as shipped before (old artifact)"),
    ("honest_as_shipped", "honest set, all values, as shipped before (old artifact)"),
)


def render_report(report: CalibrationReport, console: Any) -> None:
    """Rich tables: per field (n, accuracy, mean confidence, ECE), then reliability bins,
    then the figures that matter (the honest set's first)."""
    from rich.table import Table

    bins = report.bins
    t = Table(title=f"Calibration, out of fold ({report.artifact['evaluation']['cv']}, "
                    f"{report.n_docs} documents, {len(report.rows)} values)")
    t.caption = ("conf: mean calibrated confidence; accept: share of values with confidence ≥ "
                 "their group's threshold; correct: accuracy of those; h: honest set only")
    for col in ("field", "n", "accuracy", "conf", "ECE", "ECE raw", "accept", "correct",
                "h n", "h acc", "h ECE", "h correct"):
        t.add_column(col, justify="right" if col != "field" else "left", no_wrap=col == "field")
    for fname in [*report.fields(), None]:
        probs, raws, labels = report.subset(fname)
        hp, _, hl = report.subset(fname, honest=True)
        if fname is None:
            t.add_section()
        if fname is None:
            t_all: float | list[float] = report.row_thresholds(report.thresholds)
            t_h: float | list[float] = [t for t, r in zip(t_all, report.rows, strict=True) if r.honest]
        else:
            t_all = t_h = max(report.threshold, report.thresholds.get(group_of(fname), report.threshold))
        share, acc, _ = acceptance(probs, labels, t_all)
        _, hacc, _ = acceptance(hp, hl, t_h)
        t.add_row(
            fname or "all", str(len(labels)), f"{sum(labels) / len(labels):.3f}",
            f"{sum(probs) / len(probs):.3f}", f"{expected_calibration_error(probs, labels, bins):.3f}",
            f"{expected_calibration_error(raws, labels, bins):.3f}", f"{share:.3f}", f"{acc:.3f}",
            str(len(hl)), f"{sum(hl) / len(hl):.3f}" if hl else "—",
            f"{expected_calibration_error(hp, hl, bins):.3f}" if hl else "—", f"{hacc:.3f}" if hl else "—",
        )
    console.print(t)
    r = Table(title="Reliability (out of fold): predicted confidence vs observed accuracy")
    for col in ("field", "bin", "n", "mean conf", "accuracy", "gap"):
        r.add_column(col, justify="right" if col not in ("field", "bin") else "left")
    for fname in [*report.fields(), None]:
        probs, _, labels = report.subset(fname)
        for b in reliability_bins(probs, labels, bins):
            r.add_row(fname or "all", f"[{b.lo:.1f}, {b.hi:.1f})", str(b.n), f"{b.mean_conf:.3f}",
                      f"{b.accuracy:.3f}", f"{b.accuracy - b.mean_conf:+.3f}")
        r.add_section()
    console.print(r)
    ev = report.artifact["evaluation"]
    s = Table(title="The figures that matter (out of fold unless 'as shipped')")
    for col in ("values", "n", "accuracy", "ECE", "ECE eq-mass", "auto-accepted", "precision"):
        s.add_column(col, justify="right" if col != "values" else "left")
    for key, name in _SUBSETS:
        m = ev.get(key)
        if m:
            s.add_row(name, str(m["n"]), f"{m['accuracy']:.3f}", f"{m['ece']:.4f}", f"{m['ece_equal_mass']:.4f}",
                      f"{m['accepted_share']:.1%}", f"{m['accepted_precision']:.2%}")
    console.print(s)
    target = float(_settings()["fit"]["target_accuracy"])
    best = ev.get("threshold_for_target")
    groups = ", ".join(f"{g} {t:g}" for g, t in sorted(report.thresholds.items()))
    common = ev.get("all_common_threshold") or {}
    console.print(
        f"ECE out of fold {ev['ece_out_of_fold']:.4f} (equal-mass bins {ev['ece_equal_mass']:.4f}; "
        f"raw confidences {ev['ece_raw']:.4f}). Auto-accept thresholds per group (chosen out of fold for "
        f"{target:.0%} precision, never below the common {report.threshold:g}): {groups}. At them: "
        f"{ev['accepted_share']:.1%} of values accepted, {ev['accepted_accuracy']:.2%} of them correct"
        + (f" (one common threshold {report.threshold:g}: {common.get('accepted_share', 0):.1%} at "
           f"{common.get('accepted_precision', 0):.2%})" if common else "")
        + f"; lowest common threshold at which (and just above) both the whole set and the honest set's "
        f"header values reach {target:.0%}: {best if best is not None else 'none'}. "
        f"{report.missed} gold values had nothing extracted (no threshold can flag those)."
    )


def plot_reliability(report: CalibrationReport, path: Path) -> Path:
    """Reliability diagram (out-of-fold calibrated vs raw confidence), one panel per group."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = sorted({r.group for r in report.rows})
    panels: list[tuple[str, list[int]]] = [("all values", list(range(len(report.rows))))]
    panels += [(g, [i for i, r in enumerate(report.rows) if r.group == g]) for g in groups]
    ncol = 3
    nrow = math.ceil(len(panels) / ncol)
    fig, axes = plt.subplots(nrow, ncol, figsize=(4 * ncol, 3.6 * nrow), squeeze=False)
    for ax, (name, idx) in zip(axes.flat, panels, strict=False):
        labels = [report.rows[i].label for i in idx]
        for probs, style, lab in (
            ([report.oof[i] for i in idx], "o-", "calibrated (out of fold)"),
            ([report.rows[i].raw for i in idx], "s--", "raw"),
        ):
            bins = reliability_bins(probs, labels, report.bins)
            ax.plot([b.mean_conf for b in bins], [b.accuracy for b in bins], style, label=lab, ms=3, lw=1)
            ax.scatter([b.mean_conf for b in bins], [b.accuracy for b in bins],
                       s=[8 + 60 * b.n / max(1, len(idx)) for b in bins], alpha=0.5)
        ax.plot([0, 1], [0, 1], ":", color="grey", lw=1)
        ax.set_xlim(0, 1.02)
        ax.set_ylim(0, 1.02)
        ax.set_title(f"{name} (n={len(idx)})", fontsize=9)
        ax.set_xlabel("predicted confidence", fontsize=8)
        ax.set_ylabel("observed accuracy", fontsize=8)
        ax.tick_params(labelsize=7)
    for ax in list(axes.flat)[len(panels):]:
        ax.axis("off")
    axes.flat[0].legend(fontsize=7, loc="lower right")
    fig.suptitle(f"vanban calibration — ECE {report.artifact['evaluation']['ece_out_of_fold']:.3f} out of fold")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
