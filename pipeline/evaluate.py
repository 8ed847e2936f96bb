"""Score predicted records against gold, as defined in the record contract.

See ``/work/shared/contract/RECORD.md``, "How the evaluation scores a record
against gold".  Definitions used here:

Text normalization (:func:`normalize_text`)
    NFC, lowercase (``str.lower``, then NFC again), all whitespace runs
    collapsed to one space, then characters that are whitespace, Unicode
    punctuation (general category ``P*``) or quote-like symbols outside ``P*``
    (`````, ``´``, ``ʹ``, ``ʺ``, ``ʻ``, ``ʼ``, ``ˮ``) are stripped from both ends
    repeatedly.  No ``đ``→``d`` folding, diacritics count.  A value that is
    ``None`` or normalizes to the empty string is treated as ``null``.
    Non-string scalars (``year: 2025``) are compared through ``str()``.

Scalars (one scored key each, one observation per document)
    exact: ``doc_type.code``, ``number.raw`` (all whitespace removed),
    ``number.seq``, ``number.symbol``, ``date.iso``, ``date.year``,
    ``date.month``, ``date.day``, ``place``; fuzzy: ``issuer.name``, ``title``,
    ``theme``, ``signer.name``, ``signer.position`` correct when
    ``fuzz.ratio >= 90`` (decided in exact integer arithmetic on the Indel
    distance, so 90.0 passes and 89.99… does not).  null/null is correct,
    value/null either way is wrong.  A missing key, a null object
    (``"issuer": null``) or a non-dict object all read as null.

Lists
    ``legal_bases``: one-to-one; a numbered item matches a numbered item with
    the same normalized number (whitespace removed); an unnumbered item matches
    an unnumbered item with equal normalized ``date`` (null == null) and
    ``title`` ratio >= 85.  The matching maximizes the number of matched pairs;
    among maximum matchings it prefers the one agreeing most on
    date/issuer/title.  Matched pairs score ``legal_bases.date`` (exact) and
    ``legal_bases.issuer`` (ratio >= 85, null/null correct) as accuracies.
    ``timeline``: multiset matching on normalized (``start``, ``end``);
    ties between equal keys are broken by ``time``/``label`` agreement (this
    does not change any count).  ``responsible_units`` (on ``name``) and
    ``recipients``: the one-to-one assignment maximizing the total raw
    ``fuzz.ratio`` (Hungarian algorithm, :func:`_assign`), then a pair counts
    as a true positive when its ratio >= 85.

Aggregation (micro over documents)
    accuracy fields: sum(correct) / sum(total); scalars contribute one
    observation per document, the legal-basis sub-fields one per matched
    pair.  List fields: TP, FP, FN summed over documents;
    P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN); a zero denominator
    gives 0.0, except that when TP = FP = FN = 0 (nothing in gold nor in the
    predictions) P = R = F1 = 1.0.  An accuracy with no observations is 1.0
    when it is vacuous (no documents for scalars; no legal bases in gold nor
    predictions for the sub-fields) and 0.0 otherwise (gold has legal bases
    but none was matched).  ``macro`` is the unweighted mean of the headline
    score of every field in :data:`FIELDS` (accuracy, or F1 for lists).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

__all__ = [
    "FIELDS",
    "CorpusScore",
    "DocScore",
    "FieldScore",
    "diff_document",
    "find_gold",
    "normalize_text",
    "render_table",
    "score_corpus",
    "score_document",
    "similarity",
]

SCALAR_THRESHOLD = 90
ITEM_THRESHOLD = 85

# (scored key, path into the record, comparison)
_SCALARS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("is_document", ("is_document",), "document"),
    ("doc_type.code", ("doc_type", "code"), "exact"),
    ("number.raw", ("number", "raw"), "nospace"),
    ("number.seq", ("number", "seq"), "exact"),
    ("number.symbol", ("number", "symbol"), "exact"),
    ("date.iso", ("date", "iso"), "exact"),
    ("date.year", ("date", "year"), "exact"),
    ("date.month", ("date", "month"), "exact"),
    ("date.day", ("date", "day"), "exact"),
    ("place", ("place",), "exact"),
    ("issuer.name", ("issuer", "name"), "fuzzy"),
    ("title", ("title",), "fuzzy"),
    ("theme", ("theme",), "fuzzy"),
    ("signer.name", ("signer", "name"), "fuzzy"),
    ("signer.position", ("signer", "position"), "fuzzy"),
)
SCALAR_FIELDS: tuple[str, ...] = tuple(s[0] for s in _SCALARS)
LIST_FIELDS: tuple[str, ...] = ("legal_bases", "timeline", "responsible_units", "recipients")
SUB_FIELDS: tuple[str, ...] = ("legal_bases.date", "legal_bases.issuer")
#: every reported field, in report order; ``macro`` averages over all of them
FIELDS: tuple[str, ...] = SCALAR_FIELDS + (
    "legal_bases",
    "legal_bases.date",
    "legal_bases.issuer",
    "timeline",
    "responsible_units",
    "recipients",
)

# ---------------------------------------------------------------------------
# normalization and similarity
# ---------------------------------------------------------------------------

_EXTRA_QUOTES = frozenset("`´ʹʺʻʼˮ")


def _is_end_junk(ch: str) -> bool:
    return ch.isspace() or ch in _EXTRA_QUOTES or unicodedata.category(ch).startswith("P")


def normalize_text(value: Any) -> str | None:
    """Normalize a value for comparison; ``None`` for null or empty."""
    if value is None:
        return None
    s = value if isinstance(value, str) else str(value)
    s = unicodedata.normalize("NFC", s)
    s = unicodedata.normalize("NFC", s.lower())
    s = " ".join(s.split())
    i, j = 0, len(s)
    while i < j and _is_end_junk(s[i]):
        i += 1
    while j > i and _is_end_junk(s[j - 1]):
        j -= 1
    s = s[i:j]
    return s or None


def _normalize_nospace(value: Any) -> str | None:
    s = normalize_text(value)
    if s is None:
        return None
    return "".join(s.split()) or None


def similarity(a: str | None, b: str | None) -> float:
    """``fuzz.ratio`` of two *normalized* values; null/null is 100, value/null 0."""
    if a is None and b is None:
        return 100.0
    if a is None or b is None:
        return 0.0
    return float(fuzz.ratio(a, b))


def _passes(a: str | None, b: str | None, threshold: int) -> bool:
    """``similarity(a, b) >= threshold`` in exact arithmetic."""
    if a is None or b is None:
        return a is None and b is None
    lensum = len(a) + len(b)
    dist = Indel.distance(a, b)
    return (lensum - dist) * 100 >= threshold * lensum


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _items(obj: Any, key: str) -> list[Any]:
    value = obj.get(key) if isinstance(obj, dict) else None
    if not isinstance(value, list):
        return []
    return [v for v in value if v is not None]


# ---------------------------------------------------------------------------
# assignment
# ---------------------------------------------------------------------------


def _assign(sim: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Optimal one-to-one assignment maximizing the total of ``sim[i][j]``.

    Hungarian algorithm (shortest augmenting paths with potentials), O(n²m).
    Rectangular matrices are fine: ``min(n, m)`` pairs ``(row, col)`` are
    returned, sorted by row.
    """
    n = len(sim)
    if n == 0:
        return []
    m = len(sim[0])
    if m == 0:
        return []
    transposed = n > m
    rows: list[list[float]] = (
        [list(col) for col in zip(*sim, strict=True)] if transposed else [list(r) for r in sim]
    )
    if transposed:
        n, m = m, n
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: row (1-based) assigned to column j
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            row = rows[i0 - 1]
            ui0 = u[i0]
            delta = inf
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j] != 0]
    if transposed:
        pairs = [(c, r) for r, c in pairs]
    return sorted(pairs)


def _constrained_assign(
    allowed: list[list[bool]], tiebreak: list[list[float]]
) -> list[tuple[int, int]]:
    """Maximum-cardinality matching over ``allowed`` pairs; among those, the one
    with the largest total ``tiebreak`` (each value in [0, 1])."""
    if not allowed or not allowed[0]:
        return []
    big = float(min(len(allowed), len(allowed[0])) + 1)
    weights = [
        [big + tb if ok else 0.0 for ok, tb in zip(ok_row, tb_row, strict=True)]
        for ok_row, tb_row in zip(allowed, tiebreak, strict=True)
    ]
    return [(i, j) for i, j in _assign(weights) if allowed[i][j]]


# ---------------------------------------------------------------------------
# result objects
# ---------------------------------------------------------------------------


@dataclass
class FieldScore:
    """Counts for one field; ``score`` is the accuracy, or F1 for list fields."""

    name: str
    kind: Literal["accuracy", "prf"]
    correct: int = 0
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    empty_value: float = 1.0  # accuracy reported when total == 0
    scored: bool = True  # False: outside the gold's ``scored_fields`` (no observation)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else self.empty_value

    @property
    def _all_empty(self) -> bool:
        return self.tp == 0 and self.fp == 0 and self.fn == 0

    @property
    def precision(self) -> float:
        if self._all_empty:
            return 1.0
        d = self.tp + self.fp
        return self.tp / d if d else 0.0

    @property
    def recall(self) -> float:
        if self._all_empty:
            return 1.0
        d = self.tp + self.fn
        return self.tp / d if d else 0.0

    @property
    def f1(self) -> float:
        if self._all_empty:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    @property
    def score(self) -> float:
        return self.f1 if self.kind == "prf" else self.accuracy

    @property
    def n(self) -> int:
        """Observations: documents/pairs for accuracies, gold items for lists."""
        return self.tp + self.fn if self.kind == "prf" else self.total

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "prf":
            return {
                "kind": "prf",
                "score": self.f1,
                "precision": self.precision,
                "recall": self.recall,
                "f1": self.f1,
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
            }
        return {
            "kind": "accuracy",
            "score": self.accuracy,
            "correct": self.correct,
            "total": self.total,
        }


@dataclass
class ScalarResult:
    name: str
    pred: Any
    gold: Any
    pred_norm: str | None
    gold_norm: str | None
    correct: bool
    similarity: float | None = None  # for fuzzy fields


@dataclass
class Pair:
    pred: int  # index into ListResult.pred_items
    gold: int  # index into ListResult.gold_items
    similarity: float
    counted: bool  # true positive


@dataclass
class ListResult:
    name: str
    pred_items: list[Any]
    gold_items: list[Any]
    pairs: list[Pair]

    @property
    def matched(self) -> list[Pair]:
        return [p for p in self.pairs if p.counted]

    @property
    def missed(self) -> list[int]:
        hit = {p.gold for p in self.matched}
        return [i for i in range(len(self.gold_items)) if i not in hit]

    @property
    def spurious(self) -> list[int]:
        hit = {p.pred for p in self.matched}
        return [i for i in range(len(self.pred_items)) if i not in hit]

    @property
    def tp(self) -> int:
        return len(self.matched)

    @property
    def fp(self) -> int:
        return len(self.pred_items) - self.tp

    @property
    def fn(self) -> int:
        return len(self.gold_items) - self.tp


@dataclass
class LegalPairResult:
    pred: int
    gold: int
    date_ok: bool
    issuer_ok: bool
    issuer_similarity: float


def _macro(fields: dict[str, FieldScore]) -> float:
    scored = [fields[f].score for f in FIELDS if fields[f].scored]
    return sum(scored) / len(scored) if scored else 1.0


def _in_scope(gold: dict) -> set[str] | None:
    """The fields a gold record was annotated for (its ``scored_fields``), or None for all.

    A gold file that annotates only part of the record (the header of a scan, say) lists
    what it covers; a field it leaves out is not scored at all rather than scored against
    an empty gold value. The legal-basis sub-fields follow ``legal_bases``."""
    listed = gold.get("scored_fields")
    if not isinstance(listed, list):
        return None
    scope = {str(x) for x in listed}
    if "legal_bases" in scope:
        scope.update(SUB_FIELDS)
    return scope


@dataclass
class DocScore:
    scalars: dict[str, ScalarResult]
    lists: dict[str, ListResult]
    legal_pairs: list[LegalPairResult]
    fields: dict[str, FieldScore]

    def __getitem__(self, name: str) -> FieldScore:
        return self.fields[name]

    @property
    def macro(self) -> float:
        return _macro(self.fields)

    def diff_lines(self) -> list[str]:
        return _diff_lines(self)


@dataclass
class CorpusScore:
    fields: dict[str, FieldScore]
    docs: list[tuple[str, DocScore]] = field(default_factory=list)

    @property
    def n_docs(self) -> int:
        return len(self.docs)

    @property
    def macro(self) -> float:
        return _macro(self.fields)

    def __getitem__(self, name: str) -> FieldScore:
        return self.fields[name]

    def to_dict(self, include_docs: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "n_docs": self.n_docs,
            "macro": self.macro,
            "fields": {f: self.fields[f].to_dict() for f in FIELDS},
        }
        if include_docs:
            out["docs"] = [
                {
                    "id": doc_id,
                    "macro": ds.macro,
                    "fields": {f: ds.fields[f].to_dict() for f in FIELDS},
                    "errors": ds.diff_lines(),
                }
                for doc_id, ds in self.docs
            ]
        return out


# ---------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------


def _score_scalar(name: str, path: tuple[str, ...], how: str, pred: Any, gold: Any) -> ScalarResult:
    p_raw, g_raw = _get(pred, *path), _get(gold, *path)
    if how == "document":
        # a record or gold file written before the key existed describes a document
        p_raw = True if p_raw is None else bool(p_raw)
        g_raw = True if g_raw is None else bool(g_raw)
        return ScalarResult(name, p_raw, g_raw, str(p_raw), str(g_raw), p_raw == g_raw)
    norm = _normalize_nospace if how == "nospace" else normalize_text
    p, g = norm(p_raw), norm(g_raw)
    if how == "fuzzy":
        return ScalarResult(
            name, p_raw, g_raw, p, g, _passes(p, g, SCALAR_THRESHOLD), similarity(p, g)
        )
    return ScalarResult(name, p_raw, g_raw, p, g, p == g)


def _score_legal(
    pred_items: list[Any], gold_items: list[Any]
) -> tuple[ListResult, list[LegalPairResult]]:
    def prep(item: Any) -> tuple[str | None, str | None, str | None, str | None]:
        return (
            _normalize_nospace(_get(item, "number")),
            normalize_text(_get(item, "date")),
            normalize_text(_get(item, "issuer")),
            normalize_text(_get(item, "title")),
        )

    P = [prep(x) for x in pred_items]
    G = [prep(x) for x in gold_items]
    allowed: list[list[bool]] = []
    tiebreak: list[list[float]] = []
    for pn, pd, pi, pt in P:
        ok_row, tb_row = [], []
        for gn, gd, gi, gt in G:
            if pn is not None or gn is not None:
                ok = pn == gn
            else:
                ok = pd == gd and _passes(pt, gt, ITEM_THRESHOLD)
            ok_row.append(ok)
            tb_row.append(((pd == gd) + similarity(pi, gi) / 100 + similarity(pt, gt) / 100) / 3)
        allowed.append(ok_row)
        tiebreak.append(tb_row)
    matches = _constrained_assign(allowed, tiebreak)
    pairs, legal = [], []
    for i, j in matches:
        pn, pd, pi, pt = P[i]
        gn, gd, gi, gt = G[j]
        sim = 100.0 if pn is not None else similarity(pt, gt)
        pairs.append(Pair(i, j, sim, True))
        legal.append(
            LegalPairResult(i, j, pd == gd, _passes(pi, gi, ITEM_THRESHOLD), similarity(pi, gi))
        )
    return ListResult("legal_bases", pred_items, gold_items, pairs), legal


def _score_timeline(pred_items: list[Any], gold_items: list[Any]) -> ListResult:
    def prep(item: Any) -> tuple[tuple[str | None, str | None], str | None, str | None]:
        key = (normalize_text(_get(item, "start")), normalize_text(_get(item, "end")))
        return key, normalize_text(_get(item, "time")), normalize_text(_get(item, "label"))

    P = [prep(x) for x in pred_items]
    G = [prep(x) for x in gold_items]
    allowed = [[pk == gk for gk, _, _ in G] for pk, _, _ in P]
    tiebreak = [
        [((ptm == gtm) + similarity(pl, gl) / 100) / 2 for _, gtm, gl in G] for _, ptm, pl in P
    ]
    pairs = [Pair(i, j, 100.0, True) for i, j in _constrained_assign(allowed, tiebreak)]
    return ListResult("timeline", pred_items, gold_items, pairs)


def _score_assigned(
    name: str, pred_items: list[Any], gold_items: list[Any], key: str | None
) -> ListResult:
    def text(item: Any) -> str | None:
        return normalize_text(_get(item, key) if key is not None else item)

    P = [text(x) for x in pred_items]
    G = [text(x) for x in gold_items]
    sim = [[similarity(p, g) for g in G] for p in P]
    pairs = [Pair(i, j, sim[i][j], _passes(P[i], G[j], ITEM_THRESHOLD)) for i, j in _assign(sim)]
    return ListResult(name, pred_items, gold_items, pairs)


def score_document(pred: dict | None, gold: dict) -> DocScore:
    """Score one predicted record against its gold record."""
    pred = pred if isinstance(pred, dict) else {}
    scalars = {name: _score_scalar(name, path, how, pred, gold) for name, path, how in _SCALARS}
    legal, legal_pairs = _score_legal(_items(pred, "legal_bases"), _items(gold, "legal_bases"))
    lists = {
        "legal_bases": legal,
        "timeline": _score_timeline(_items(pred, "timeline"), _items(gold, "timeline")),
        "responsible_units": _score_assigned(
            "responsible_units",
            _items(pred, "responsible_units"),
            _items(gold, "responsible_units"),
            "name",
        ),
        "recipients": _score_assigned(
            "recipients", _items(pred, "recipients"), _items(gold, "recipients"), None
        ),
    }
    fields: dict[str, FieldScore] = {}
    for name, res in scalars.items():
        fields[name] = FieldScore(name, "accuracy", correct=int(res.correct), total=1)
    for name, lres in lists.items():
        fields[name] = FieldScore(name, "prf", tp=lres.tp, fp=lres.fp, fn=lres.fn)
    lb = fields["legal_bases"]
    empty = 1.0 if lb._all_empty else 0.0
    fields["legal_bases.date"] = FieldScore(
        "legal_bases.date",
        "accuracy",
        correct=sum(p.date_ok for p in legal_pairs),
        total=len(legal_pairs),
        empty_value=empty,
    )
    fields["legal_bases.issuer"] = FieldScore(
        "legal_bases.issuer",
        "accuracy",
        correct=sum(p.issuer_ok for p in legal_pairs),
        total=len(legal_pairs),
        empty_value=empty,
    )
    scope = _in_scope(gold)
    if scope is not None:
        for name in FIELDS:
            if name not in scope:
                fields[name] = FieldScore(name, fields[name].kind, scored=False)
                scalars.pop(name, None)
                if name in lists:  # nothing to report for it: an empty result
                    lists[name] = ListResult(name, [], [], [])
        if "legal_bases" not in scope:
            legal_pairs = []
    return DocScore(scalars, lists, legal_pairs, {f: fields[f] for f in FIELDS})


def score_corpus(pairs: Iterable[tuple[str, dict | None, dict]]) -> CorpusScore:
    """Micro-averaged scores over ``(doc_id, pred, gold)`` triples."""
    docs = [(doc_id, score_document(pred, gold)) for doc_id, pred, gold in pairs]
    fields: dict[str, FieldScore] = {}
    for name in FIELDS:
        kind: Literal["accuracy", "prf"] = "prf" if name in LIST_FIELDS else "accuracy"
        agg = FieldScore(name, kind, scored=not docs or any(ds.fields[name].scored for _, ds in docs))
        for _, ds in docs:
            f = ds.fields[name]
            agg.correct += f.correct
            agg.total += f.total
            agg.tp += f.tp
            agg.fp += f.fp
            agg.fn += f.fn
        fields[name] = agg
    empty = 1.0 if fields["legal_bases"]._all_empty else 0.0
    for name in SUB_FIELDS:
        fields[name].empty_value = empty
    return CorpusScore(fields, docs)


# ---------------------------------------------------------------------------
# gold discovery
# ---------------------------------------------------------------------------

GOLD_SUFFIX = ".gold.json"
_DOC_EXT_PREFERENCE = (".txt", ".md", ".docx", ".doc", ".pdf", ".html", ".htm")


def _sibling_document(gold: Path) -> Path | None:
    stem = gold.name[: -len(GOLD_SUFFIX)]
    candidates = [
        p
        for p in gold.parent.iterdir()
        if p.is_file() and p.stem == stem and p.suffix and not p.name.endswith(GOLD_SUFFIX)
    ]
    if not candidates:
        return None

    def rank(p: Path) -> tuple[int, str]:
        ext = p.suffix.lower()
        if ext in _DOC_EXT_PREFERENCE:
            return (_DOC_EXT_PREFERENCE.index(ext), p.name)
        return (len(_DOC_EXT_PREFERENCE) + (ext == ".json"), p.name)

    return min(candidates, key=rank)


def find_gold(gold_dir: Path) -> list[tuple[Path, Path]]:
    """``(document, gold)`` for every ``X.gold.json`` under ``gold_dir`` (recursive)
    that has a sibling ``X.<ext>``; gold files without a document are skipped.

    ``gold_dir`` may also be a single ``X.gold.json`` file, in which case a
    missing document raises :class:`FileNotFoundError`.  When several
    siblings exist, ``.txt``, ``.md``, ``.docx``, ``.doc``, ``.pdf``, ``.html``,
    ``.htm`` are preferred in that order, then other extensions, ``.json`` last.
    """
    gold_dir = Path(gold_dir)
    if gold_dir.is_file():
        if not gold_dir.name.endswith(GOLD_SUFFIX):
            raise ValueError(f"not a gold file (expected *{GOLD_SUFFIX}): {gold_dir}")
        doc = _sibling_document(gold_dir)
        if doc is None:
            raise FileNotFoundError(f"no document beside gold file {gold_dir}")
        return [(doc, gold_dir)]
    if not gold_dir.is_dir():
        raise FileNotFoundError(gold_dir)
    out = []
    for gold in sorted(gold_dir.rglob(f"*{GOLD_SUFFIX}")):
        if not gold.is_file():
            continue
        doc = _sibling_document(gold)
        if doc is not None:
            out.append((doc, gold))
    return out


# ---------------------------------------------------------------------------
# reporting
# ---------------------------------------------------------------------------


def _short(value: Any, limit: int = 80) -> str:
    s = repr(value)
    return s if len(s) <= limit else s[: limit - 1] + "…'"


def _describe(name: str, item: Any) -> str:
    if name == "legal_bases":
        number = _get(item, "number")
        date = _get(item, "date")
        head = str(number) if number else f"(no number) {_short(_get(item, 'title'), 60)}"
        return f"{head} [{date}]"
    if name == "timeline":
        start, end, time = _get(item, "start"), _get(item, "end"), _get(item, "time")
        when = f"{start}..{end}" + (f" {time}" if time else "")
        return f"{when} {_short(_get(item, 'label'), 60)}"
    if name == "responsible_units":
        return _short(_get(item, "name"))
    return _short(item)


def _diff_lines(ds: DocScore) -> list[str]:
    lines: list[str] = []
    for name, r in ds.scalars.items():
        if r.correct:
            continue
        extra = f" (ratio {r.similarity:.1f})" if r.similarity is not None else ""
        lines.append(f"{name}: pred {_short(r.pred)} != gold {_short(r.gold)}{extra}")
    for name, lr in ds.lists.items():
        weak = {p.gold: p for p in lr.pairs if not p.counted}
        for j in lr.missed:
            note = ""
            if j in weak:
                p = weak[j]
                note = f" (closest: {_describe(name, lr.pred_items[p.pred])}, ratio {p.similarity:.1f})"
            lines.append(f"{name}: missed {_describe(name, lr.gold_items[j])}{note}")
        for i in lr.spurious:
            lines.append(f"{name}: spurious {_describe(name, lr.pred_items[i])}")
    legal = ds.lists["legal_bases"]
    for lp in ds.legal_pairs:
        p_item, g_item = legal.pred_items[lp.pred], legal.gold_items[lp.gold]
        label = _describe("legal_bases", g_item)
        if not lp.date_ok:
            lines.append(
                f"legal_bases.date {label}: pred {_short(_get(p_item, 'date'))}"
                f" != gold {_short(_get(g_item, 'date'))}"
            )
        if not lp.issuer_ok:
            lines.append(
                f"legal_bases.issuer {label}: pred {_short(_get(p_item, 'issuer'))}"
                f" != gold {_short(_get(g_item, 'issuer'))} (ratio {lp.issuer_similarity:.1f})"
            )
    return lines


def diff_document(pred: dict | None, gold: dict) -> list[str]:
    """Human-readable lines describing everything the prediction got wrong."""
    return score_document(pred, gold).diff_lines()


def render_table(score: CorpusScore, console: Any) -> None:
    """Print a rich table: field, score, P, R, F1, n, counts; macro last."""
    from rich.table import Table

    table = Table(title=f"Evaluation ({score.n_docs} documents)")
    table.add_column("field")
    table.add_column("score", justify="right")
    table.add_column("P", justify="right")
    table.add_column("R", justify="right")
    table.add_column("F1", justify="right")
    table.add_column("n", justify="right")
    table.add_column("counts", justify="right")
    for name in FIELDS:
        f = score.fields[name]
        if not f.scored:
            table.add_row(name, "–", "", "", "", "0", "not in scored_fields")
        elif f.kind == "prf":
            table.add_row(
                name,
                f"{f.f1:.3f}",
                f"{f.precision:.3f}",
                f"{f.recall:.3f}",
                f"{f.f1:.3f}",
                str(f.n),
                f"tp {f.tp} fp {f.fp} fn {f.fn}",
            )
        else:
            table.add_row(name, f"{f.accuracy:.3f}", "", "", "", str(f.n), f"{f.correct}/{f.total}")
    table.add_section()
    n_scored = sum(score.fields[f].scored for f in FIELDS)
    table.add_row("macro", f"{score.macro:.3f}", "", "", "", str(n_scored), "fields")
    console.print(table)
