"""Tests for pipeline.evaluate (scoring against gold, per the record contract)."""

from __future__ import annotations

import copy
import itertools
import json
import random
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from pipeline.evaluate import (
    FIELDS,
    LIST_FIELDS,
    SCALAR_FIELDS,
    _assign,
    diff_document,
    find_gold,
    normalize_text,
    render_table,
    score_corpus,
    score_document,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD_PAIRS = find_gold(CORPUS)
GOLD = {gold.name: json.loads(gold.read_text(encoding="utf-8")) for _, gold in GOLD_PAIRS}


def _gold(prefix: str) -> dict:
    (name,) = [n for n in GOLD if n.startswith(prefix)]
    return copy.deepcopy(GOLD[name])


def _wrong_fields(pred: dict, gold: dict) -> set[str]:
    ds = score_document(pred, gold)
    return {f for f in FIELDS if ds[f].score < 1.0}


# ---------------------------------------------------------------------------
# gold discovery and self-scores
# ---------------------------------------------------------------------------


def test_find_gold_finds_every_gold_file():
    golds = sorted(CORPUS.rglob("*.gold.json"))
    assert len(GOLD_PAIRS) == len(golds) >= 20
    for doc, gold in GOLD_PAIRS:
        assert doc.parent == gold.parent
        assert doc.stem == gold.name[: -len(".gold.json")]
        assert doc.suffix in {".txt", ".md", ".docx", ".pdf"}  # the formats the corpus holds


def test_find_gold_single_file_and_missing_document(tmp_path):
    doc, gold = GOLD_PAIRS[0]
    assert find_gold(gold) == [(doc, gold)]
    lonely = tmp_path / "x.gold.json"
    lonely.write_text("{}", encoding="utf-8")
    assert find_gold(tmp_path) == []
    with pytest.raises(FileNotFoundError):
        find_gold(lonely)
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    (tmp_path / "x.md").write_text("doc", encoding="utf-8")
    (tmp_path / "x.pred.json").write_text("{}", encoding="utf-8")
    assert find_gold(tmp_path) == [(tmp_path / "x.md", lonely)]
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "y.gold.json").write_text("{}", encoding="utf-8")
    (sub / "y.txt").write_text("doc", encoding="utf-8")
    assert find_gold(tmp_path) == [
        (sub / "y.txt", sub / "y.gold.json"),
        (tmp_path / "x.md", lonely),
    ]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_gold_against_itself_is_perfect(name):
    gold = GOLD[name]
    ds = score_document(copy.deepcopy(gold), gold)
    for f in FIELDS:
        assert ds[f].score == 1.0, f
    assert ds.macro == 1.0
    assert diff_document(copy.deepcopy(gold), gold) == []


def test_corpus_gold_against_itself_is_perfect():
    cs = score_corpus((n, copy.deepcopy(g), g) for n, g in GOLD.items())
    assert cs.n_docs == len(GOLD)
    for f in FIELDS:
        assert cs[f].score == 1.0, f
        if f in LIST_FIELDS:
            assert cs[f].precision == cs[f].recall == 1.0
    assert cs.macro == 1.0
    d = cs.to_dict()
    assert d["macro"] == 1.0 and set(d["fields"]) == set(FIELDS)
    json.dumps(d, ensure_ascii=False)


def test_gold_with_extra_keys_in_pred_is_perfect():
    gold = _gold("000_")
    pred = copy.deepcopy(gold)
    pred["provenance"] = {"x": 1}
    pred["number"]["confidence"] = 0.3
    pred["legal_bases"][0]["span"] = [1, 2]
    assert _wrong_fields(pred, gold) == set()


# ---------------------------------------------------------------------------
# normalization
# ---------------------------------------------------------------------------


def test_normalize_text():
    assert normalize_text("  «Hòa   Bình»; ") == "hòa bình"
    assert normalize_text("“Tuần lễ”.") == "tuần lễ"
    assert normalize_text("ĐẮK LẮK") == "đắk lắk"  # no đ→d folding
    assert normalize_text("Đắk Lắk") != normalize_text("Dak Lak")
    assert normalize_text("Ho\u0300a") == "hòa"  # NFC
    assert normalize_text("a - b") == "a - b"  # inner punctuation kept
    assert normalize_text("...") is None
    assert normalize_text("") is None
    assert normalize_text(None) is None
    assert normalize_text(2025) == "2025"
    assert normalize_text("`Luật´") == "luật"


# ---------------------------------------------------------------------------
# scalar perturbations
# ---------------------------------------------------------------------------


def test_changed_seq_drops_only_seq_and_raw():
    gold = _gold("000_")
    pred = copy.deepcopy(gold)
    pred["number"]["seq"] = "02"
    pred["number"]["raw"] = "02/" + gold["number"]["symbol"]
    assert _wrong_fields(pred, gold) == {"number.seq", "number.raw"}
    lines = diff_document(pred, gold)
    assert any(
        line.startswith("number.seq:") and "'02'" in line and "'01'" in line for line in lines
    )


def test_number_raw_spaces_removed():
    gold = _gold("000_")
    pred = copy.deepcopy(gold)
    pred["number"]["raw"] = "01 / KH - TTHTCD"
    assert _wrong_fields(pred, gold) == set()


def test_exact_fields_are_exact():
    gold = _gold("000_")
    pred = copy.deepcopy(gold)
    pred["place"] = "Thanh Binh"
    pred["date"]["day"] = 28
    pred["date"]["iso"] = "2025-09-28"
    assert _wrong_fields(pred, gold) == {"place", "date.day", "date.iso"}


def test_recased_respaced_title_stays_correct():
    gold = _gold("000_")
    pred = copy.deepcopy(gold)
    pred["title"] = "  " + gold["title"].upper().replace(" ", "   ") + ". "
    pred["place"] = "  thanh   BÌNH "
    assert _wrong_fields(pred, gold) == set()


def test_fuzzy_boundary_90_vs_89():
    gold = _gold("000_")
    # lengths 10 + 10, one substitution: Indel distance 2, ratio exactly 90
    gold["signer"]["name"] = "abcdefghij"
    pred = copy.deepcopy(gold)
    pred["signer"]["name"] = "abcdefghik"
    assert fuzz.ratio("abcdefghij", "abcdefghik") == 90.0
    assert _wrong_fields(pred, gold) == set()
    # lengths 100 + 100, 11 substitutions: distance 22, ratio exactly 89
    g, p = "a" * 100, "a" * 89 + "b" * 11
    assert fuzz.ratio(g, p) == 89.0
    gold["signer"]["name"], pred["signer"]["name"] = g, p
    assert _wrong_fields(pred, gold) == {"signer.name"}


def test_fuzzy_boundary_is_exact_arithmetic():
    # 10 + 10 chars, distance 2 passes; 9 + 9 chars, distance 2 (ratio 88.9) fails
    gold = _gold("000_")
    gold["theme"] = "abcdefghi"
    pred = copy.deepcopy(gold)
    pred["theme"] = "abcdefghx"
    assert _wrong_fields(pred, gold) == {"theme"}


def test_null_handling_scalars():
    gold = _gold("001_")  # number.seq, date.iso, date.day are null in gold
    assert gold["number"]["seq"] is None and gold["date"]["iso"] is None
    pred = copy.deepcopy(gold)
    pred["number"]["seq"] = "5"
    pred["date"]["day"] = 1
    assert _wrong_fields(pred, gold) == {"number.seq", "date.day"}

    pred = copy.deepcopy(gold)
    pred["issuer"] = None
    pred["place"] = None
    assert _wrong_fields(pred, gold) == {"issuer.name", "place"}

    pred = copy.deepcopy(gold)
    del pred["signer"]
    del pred["theme"]  # gold theme is not null for this seed
    assert _wrong_fields(pred, gold) == {"signer.name", "signer.position", "theme"}

    # null predicted where gold is null is correct, missing key reads as null
    gold = _gold("e3cc96834c0a575f")  # signer.position null
    pred = copy.deepcopy(gold)
    del pred["signer"]["position"]
    assert _wrong_fields(pred, gold) == set()
    pred["signer"]["position"] = "Chánh Văn phòng"
    assert _wrong_fields(pred, gold) == {"signer.position"}


def test_null_and_empty_pred():
    gold = _gold("000_")
    for pred in (None, {}, {"legal_bases": None, "timeline": None, "recipients": "x"}):
        ds = score_document(pred, gold)
        # (a record without the key is a document, as the gold says)
        assert all(ds[f].score == 0.0 for f in FIELDS if f not in ("theme", "is_document") and f in SCALAR_FIELDS)
        assert ds["is_document"].score == 1.0
        assert ds["legal_bases"].recall == 0.0
        assert ds["legal_bases.date"].score == 0.0  # gold has bases, none matched
        assert ds["recipients"].fn == len(gold["recipients"])


# ---------------------------------------------------------------------------
# legal bases
# ---------------------------------------------------------------------------


def test_drop_one_legal_basis():
    gold = _gold("b1ce4a2380c2c8e3")
    n = len(gold["legal_bases"])
    pred = copy.deepcopy(gold)
    dropped = pred["legal_bases"].pop(3)
    ds = score_document(pred, gold)
    lb = ds["legal_bases"]
    assert (lb.tp, lb.fp, lb.fn) == (n - 1, 0, 1)
    assert lb.recall == pytest.approx(1 - 1 / n)
    assert lb.precision == 1.0
    assert ds["legal_bases.date"].score == 1.0 and ds["legal_bases.issuer"].score == 1.0
    assert _wrong_fields(pred, gold) == {"legal_bases"}
    assert any(dropped["number"] in line and "missed" in line for line in ds.diff_lines())


def test_legal_basis_number_normalized_and_order_free():
    gold = _gold("b1ce4a2380c2c8e3")
    pred = copy.deepcopy(gold)
    pred["legal_bases"].reverse()
    for item in pred["legal_bases"]:
        item["number"] = " " + item["number"].lower().replace("/", " / ") + "."
    assert _wrong_fields(pred, gold) == set()


def test_legal_basis_date_and_issuer_subscores():
    gold = _gold("ad52bc0b105a20cd")
    n = len(gold["legal_bases"])
    pred = copy.deepcopy(gold)
    pred["legal_bases"][1]["date"] = "2010-06-09"
    pred["legal_bases"][2]["issuer"] = "Quốc hội"
    pred["legal_bases"][3]["issuer"] = pred["legal_bases"][3]["issuer"] + "."  # still equal
    ds = score_document(pred, gold)
    assert ds["legal_bases"].f1 == 1.0
    assert ds["legal_bases.date"].correct == n - 1 and ds["legal_bases.date"].total == n
    assert ds["legal_bases.issuer"].correct == n - 1
    assert _wrong_fields(pred, gold) == {"legal_bases.date", "legal_bases.issuer"}
    # value where gold issuer is null (the law cited by name) is wrong
    pred = copy.deepcopy(gold)
    assert pred["legal_bases"][0]["issuer"] is None
    pred["legal_bases"][0]["issuer"] = "Quốc hội"
    assert _wrong_fields(pred, gold) == {"legal_bases.issuer"}


def test_unnumbered_legal_basis_matching():
    gold = _gold("ad52bc0b105a20cd")
    law = gold["legal_bases"][0]
    assert law["number"] is None
    # a slightly different title still matches (>= 85)
    pred = copy.deepcopy(gold)
    pred["legal_bases"][0]["title"] = "Luật Tổ chức chính quyền địa phương năm"
    assert (
        fuzz.ratio(normalize_text(law["title"]), normalize_text(pred["legal_bases"][0]["title"]))
        >= 85
    )
    assert _wrong_fields(pred, gold) == set()
    # a different date does not match
    pred = copy.deepcopy(gold)
    pred["legal_bases"][0]["date"] = "2015-06-19"
    ds = score_document(pred, gold)
    assert (ds["legal_bases"].tp, ds["legal_bases"].fp, ds["legal_bases"].fn) == (
        len(gold["legal_bases"]) - 1,
        1,
        1,
    )
    # a different title does not match
    pred = copy.deepcopy(gold)
    pred["legal_bases"][0]["title"] = "Luật Ngân sách nhà nước"
    assert score_document(pred, gold)["legal_bases"].tp == len(gold["legal_bases"]) - 1
    # a numbered prediction never matches an unnumbered gold item
    pred = copy.deepcopy(gold)
    pred["legal_bases"][0]["number"] = "72/2025/QH15"
    assert score_document(pred, gold)["legal_bases"].tp == len(gold["legal_bases"]) - 1
    # null date on both sides is equal (62f25…: an unnumbered, undated report)
    gold = _gold("62f25a030c183151")
    pred = copy.deepcopy(gold)
    assert _wrong_fields(pred, gold) == set()


def test_duplicate_legal_basis_is_one_to_one():
    gold = _gold("000_")
    pred = copy.deepcopy(gold)
    dup = copy.deepcopy(pred["legal_bases"][0])
    dup["date"] = None
    pred["legal_bases"].insert(0, dup)  # the worse duplicate first
    ds = score_document(pred, gold)
    assert (ds["legal_bases"].tp, ds["legal_bases"].fp, ds["legal_bases"].fn) == (1, 1, 0)
    # the better-agreeing duplicate is the one paired
    assert ds["legal_bases.date"].score == 1.0


# ---------------------------------------------------------------------------
# timeline
# ---------------------------------------------------------------------------


def test_timeline_multiset_matching():
    gold = _gold("8718801c503045f9")  # has five identical (2025-10, 2025-12) items
    n = len(gold["timeline"])
    pred = copy.deepcopy(gold)
    pred["timeline"].reverse()
    for item in pred["timeline"]:
        item["label"] = "khác"
        item["time"] = "07:00"
    assert _wrong_fields(pred, gold) == set()

    pred = copy.deepcopy(gold)
    dup_key = ("2025-10", "2025-12")
    idx = [i for i, t in enumerate(pred["timeline"]) if (t["start"], t["end"]) == dup_key]
    assert len(idx) >= 2
    del pred["timeline"][idx[0]]
    ds = score_document(pred, gold)
    assert (ds["timeline"].tp, ds["timeline"].fp, ds["timeline"].fn) == (n - 1, 0, 1)

    pred = copy.deepcopy(gold)
    pred["timeline"].append({"start": "2025-10", "end": "2025-12", "time": None, "label": "x"})
    ds = score_document(pred, gold)
    assert (ds["timeline"].tp, ds["timeline"].fp, ds["timeline"].fn) == (n, 1, 0)


def test_timeline_null_start_deadline():
    gold = _gold("003_")
    pred = copy.deepcopy(gold)
    pred["timeline"][2]["start"] = "2020-10-11"  # deadline given a start
    ds = score_document(pred, gold)
    assert (ds["timeline"].tp, ds["timeline"].fp, ds["timeline"].fn) == (2, 1, 1)


# ---------------------------------------------------------------------------
# responsible units / recipients
# ---------------------------------------------------------------------------


def test_recipients_reordered_still_perfect():
    gold = _gold("62f25a030c183151")
    pred = copy.deepcopy(gold)
    random.Random(0).shuffle(pred["recipients"])
    random.Random(1).shuffle(pred["responsible_units"])
    assert pred["recipients"] != gold["recipients"]
    assert _wrong_fields(pred, gold) == set()


def test_unit_name_small_typo_still_matches():
    gold = _gold("000_")
    pred = copy.deepcopy(gold)
    assert pred["responsible_units"][0]["name"] == "Phòng Văn hóa - Xã hội"
    pred["responsible_units"][0]["name"] = "Phòng Văn hóa Xã hội"
    pred["responsible_units"][0]["tasks"] = []  # tasks are not scored
    assert fuzz.ratio("phòng văn hóa - xã hội", "phòng văn hóa xã hội") >= 85
    assert _wrong_fields(pred, gold) == set()


def test_unit_far_name_does_not_match():
    gold = _gold("000_")
    n = len(gold["responsible_units"])
    pred = copy.deepcopy(gold)
    pred["responsible_units"][0]["name"] = "Công an xã"
    ds = score_document(pred, gold)
    assert (ds["responsible_units"].tp, ds["responsible_units"].fp) == (n - 1, 1)
    assert ds["responsible_units"].fn == 1
    lines = ds.diff_lines()
    assert any("missed 'Phòng Văn hóa - Xã hội'" in line for line in lines)
    assert any("spurious 'Công an xã'" in line for line in lines)


def test_recipient_dropped_and_spurious():
    gold = _gold("003_")
    n = len(gold["recipients"])
    pred = copy.deepcopy(gold)
    pred["recipients"] = pred["recipients"][1:] + ["Lưu: VT"]
    ds = score_document(pred, gold)
    r = ds["recipients"]
    assert (r.tp, r.fp, r.fn) == (n - 1, 1, 1)
    assert r.precision == r.recall == pytest.approx((n - 1) / n)
    assert _wrong_fields(pred, gold) == {"recipients"}


def _greedy(sim):
    pairs, used_r, used_c = [], set(), set()
    cells = sorted(
        ((s, i, j) for i, row in enumerate(sim) for j, s in enumerate(row)), reverse=True
    )
    for _, i, j in cells:
        if i not in used_r and j not in used_c:
            pairs.append((i, j))
            used_r.add(i)
            used_c.add(j)
    return sorted(pairs)


def test_assignment_beats_greedy_on_unit_names():
    # greedy takes the best single pair (pred0, gold0) and strands pred1 with
    # gold1 (< 85); the optimal assignment pairs crosswise, both >= 85.
    preds = ["Phòng Văn hóa - Xã hội", "Phòng Văn hóa Xã hội xã"]
    golds = ["Phòng Văn hóa xã hội", "Phòng Văn hoá - Xã hội"]  # old-style tone mark
    sim = [[fuzz.ratio(normalize_text(p), normalize_text(g)) for g in golds] for p in preds]
    assert sim[0][0] == max(max(r) for r in sim)
    assert sim[1][1] < 85 <= min(sim[0][1], sim[1][0])
    assert _greedy(sim) == [(0, 0), (1, 1)]
    assert _assign(sim) == [(0, 1), (1, 0)]

    gold = _gold("000_")
    gold["responsible_units"] = [{"name": g, "tasks": []} for g in golds]
    pred = copy.deepcopy(gold)
    pred["responsible_units"] = [{"name": p, "tasks": []} for p in preds]
    ds = score_document(pred, gold)
    assert ds["responsible_units"].f1 == 1.0


def test_assign_is_optimal_against_brute_force():
    rng = random.Random(42)
    for _ in range(300):
        n, m = rng.randint(1, 6), rng.randint(1, 6)
        sim = [[float(rng.randint(0, 100)) for _ in range(m)] for _ in range(n)]
        pairs = _assign(sim)
        assert len(pairs) == min(n, m)
        assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
        got = sum(sim[i][j] for i, j in pairs)
        if n <= m:
            best = max(
                sum(sim[i][c] for i, c in enumerate(cols))
                for cols in itertools.permutations(range(m), n)
            )
        else:
            best = max(
                sum(sim[r][j] for j, r in enumerate(rows))
                for rows in itertools.permutations(range(n), m)
            )
        assert got == pytest.approx(best)
    assert _assign([]) == [] and _assign([[]]) == []


def test_assign_handles_60_by_60():
    rng = random.Random(7)
    sim = [[rng.random() * 100 for _ in range(60)] for _ in range(60)]
    pairs = _assign(sim)
    assert len(pairs) == 60
    identity_total = sum(sim[i][i] for i in range(60))
    assert sum(sim[i][j] for i, j in pairs) >= identity_total


# ---------------------------------------------------------------------------
# aggregation
# ---------------------------------------------------------------------------


def test_micro_aggregation():
    g1, g2 = _gold("000_"), _gold("003_")
    p1, p2 = copy.deepcopy(g1), copy.deepcopy(g2)
    p1["place"] = "X"
    p1["recipients"] = p1["recipients"][:-1]  # 1 FN out of 6
    p2["recipients"] = []  # 7 FN
    cs = score_corpus([("a", p1, g1), ("b", p2, g2)])
    assert cs["place"].correct == 1 and cs["place"].total == 2
    assert cs["place"].score == 0.5
    r = cs["recipients"]
    assert (r.tp, r.fp, r.fn) == (5, 0, 8)
    assert r.precision == 1.0
    assert r.recall == pytest.approx(5 / 13)
    assert r.f1 == pytest.approx(2 * 5 / (2 * 5 + 8))
    expected_macro = sum(cs[f].score for f in FIELDS) / len(FIELDS)
    assert cs.macro == pytest.approx(expected_macro)
    d = cs.to_dict()
    assert d["fields"]["recipients"]["tp"] == 5
    assert [doc["id"] for doc in d["docs"]] == ["a", "b"]
    assert any("place" in line for line in d["docs"][0]["errors"])


def test_empty_lists_everywhere_is_perfect_and_vacuous_subscores():
    gold = _gold("000_")
    for k in LIST_FIELDS:
        gold[k] = []
    cs = score_corpus([("a", copy.deepcopy(gold), gold)])
    for f in ("legal_bases", "timeline", "responsible_units", "recipients"):
        assert cs[f].precision == cs[f].recall == cs[f].f1 == 1.0
    assert cs["legal_bases.date"].score == 1.0 and cs["legal_bases.date"].total == 0
    # spurious items where gold has none: P = R = F1 = 0
    pred = copy.deepcopy(gold)
    pred["recipients"] = ["Sở Tài chính"]
    cs = score_corpus([("a", pred, gold)])
    assert (cs["recipients"].precision, cs["recipients"].recall, cs["recipients"].f1) == (0, 0, 0)


def test_empty_doc_contributes_nothing_to_lists():
    g1 = _gold("000_")
    g2 = copy.deepcopy(g1)
    g2["timeline"] = []
    p2 = copy.deepcopy(g2)
    cs1 = score_corpus([("a", copy.deepcopy(g1), g1)])
    cs2 = score_corpus([("a", copy.deepcopy(g1), g1), ("b", p2, g2)])
    assert (cs1["timeline"].tp, cs1["timeline"].fp, cs1["timeline"].fn) == (
        cs2["timeline"].tp,
        cs2["timeline"].fp,
        cs2["timeline"].fn,
    )


def test_render_table_runs():
    from rich.console import Console

    console = Console(record=True, width=140)
    cs = score_corpus((n, copy.deepcopy(g), g) for n, g in GOLD.items())
    render_table(cs, console)
    text = console.export_text()
    for f in FIELDS:
        assert f in text
    assert "macro" in text


def test_scored_fields_limit_what_is_scored():
    """A gold annotated for the header only lists what it covers: the unannotated list
    fields and theme are neither scored against empty gold nor counted in the macro."""
    gold = _gold("000_")
    header = copy.deepcopy(gold)
    for k in LIST_FIELDS:
        header[k] = []
    header["theme"] = None
    header["scored_fields"] = ["doc_type.code", "number.raw", "number.seq", "number.symbol",
                               "date.iso", "date.year", "date.month", "date.day", "place",
                               "issuer.name", "title", "signer.name", "signer.position"]
    # the prediction has the full record: its lists would all be spurious against header gold
    ds = score_document(copy.deepcopy(gold), header)
    for f in (*LIST_FIELDS, "legal_bases.date", "legal_bases.issuer", "theme"):
        assert not ds[f].scored
    assert ds.macro == 1.0
    assert ds.diff_lines() == []
    # a wrong header field still counts, and the macro averages the 13 scored fields only
    pred = copy.deepcopy(gold)
    pred["place"] = "X"
    cs = score_corpus([("a", pred, header)])
    assert cs["place"].score == 0.0
    assert cs.macro == pytest.approx(12 / 13)
    assert not cs["recipients"].scored and cs["recipients"].n == 0
    # without the key every field is scored, the lists against the empty gold
    del header["scored_fields"]
    assert score_document(copy.deepcopy(gold), header)["recipients"].f1 == 0.0
    # a corpus mixing both scores the lists on the full gold only
    cs = score_corpus([("a", copy.deepcopy(gold), gold),
                       ("b", pred, {**header, "scored_fields": ["place"]})])
    assert cs["recipients"].scored and cs["recipients"].f1 == 1.0
    assert cs["place"].correct == 1 and cs["place"].total == 2


def test_render_table_marks_unscored_fields():
    from rich.console import Console

    gold = _gold("000_")
    gold["scored_fields"] = ["title"]
    console = Console(record=True, width=140)
    render_table(score_corpus([("a", copy.deepcopy(gold), gold)]), console)
    text = console.export_text()
    assert "not in scored_fields" in text
