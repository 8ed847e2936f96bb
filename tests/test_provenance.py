"""Every extracted value re-locates at its span, on every document of the corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from corpus_files import gold_texts, time_cell_periods
from rapidfuzz import fuzz

from pipeline.dates import find_dates, find_day_months, find_periods, find_times
from pipeline.extract.issuer_infer import symbol_issuer, symbol_local_body
from pipeline.extract.timeline import _own_start_patterns, fold_same_length
from pipeline.extract.units import _expand
from pipeline.extractor import extract_file
from pipeline.ingest import read_document
from pipeline.lexicon import expand_abbreviations
from pipeline.normalize import normalize
from pipeline.textutil import collapse, fold

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DOCS = gold_texts()
RECORD_FIELDS = ("doc_type", "number", "date", "place", "issuer", "title", "theme", "legal_bases", "timeline",
                 "responsible_units", "signer", "recipients")
_PATH = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
ISO_ISH = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def resolve(record: dict, path: str):
    cur = record
    for part in path.split("."):
        m = _PATH.fullmatch(part)
        assert m, path
        cur = cur[m.group(1)]
        if m.group(2) is not None:
            cur = cur[int(m.group(2))]
    return cur


def key(s: str) -> str:
    # (unit names also expand the abbreviations of rules/units.toml [expand]: "Bộ CHQS tỉnh")
    return collapse(_expand(expand_abbreviations(s))).casefold().strip(" .;:,“”\"()")


def without_dates(s: str) -> str:
    """The text with its date phrases cut out and the clause punctuation left around them: a
    label is the clause around its date, without the date (``… đạt 99%, năm 2019 đạt 99,5%``)."""
    cut: list[list[int]] = []
    for d in sorted(find_periods(s) + find_dates(s), key=lambda d: d.start):
        if cut and d.start <= cut[-1][1]:
            cut[-1][1] = max(cut[-1][1], d.end)
        else:
            cut.append([d.start, d.end])
    for a, b in reversed(cut):
        s = s[:a] + " " + s[b:]
    return re.sub(r"[,;:](?=\s|$)", " ", s)


def relocates(value: str, span_text: str) -> bool:
    if ISO_ISH.match(value):
        cell = time_cell_periods(span_text)  # a bare year, a list of quarters (a table's time cell)
        if cell and len(span_text.strip(" *.;")) == 4:
            return value == cell[0].first
        dates = find_dates(span_text) + find_day_months(span_text)
        year = int(value[:4])
        if any(value in (p.first, p.last) for p in find_periods(span_text) + cell):
            return True
        month = re.fullmatch(r"(?i)\s*tháng\s+(\d{1,2})\s*", span_text)
        if month and len(value) == 7 and int(value[5:]) == int(month.group(1)):
            return True  # a month whose year the text left to the context ("trong tháng 10 tháng 2025")
        return any((d.coarse == value or d.iso == value or d.year == year or d.year is None) for d in dates)
    if re.fullmatch(r"\d{2}:\d{2}", value):
        return any(t[2] == value for t in find_times(span_text))
    a, b = key(value), key(span_text)
    return (a in b or fuzz.partial_ratio(a, b) >= 85 or fuzz.token_set_ratio(a, b) >= 85
            or key(without_dates(value)) in key(without_dates(span_text))
            or a.replace(" ", "") in b.replace(" ", "")  # a syllable set apart, rejoined
            # a number written with a space inside ("…/PL-UBTVQH 10"), written without it (its
            # type code's Đ perhaps barless as OCR read it: "42/QD- TCT")
            or value.replace(" ", "") in span_text.replace(" ", "")
            or _bare(value).replace(" ", "") in _bare(span_text).replace(" ", "")
            # a header name whose marks OCR lost or misread, given back by the body lexicon
            # ("BAN CHAP HANH TRUNG UONG" → "Ban Chấp hành Trung ương"): the same letters, đ's
            # bar among the marks ("TONG LIEN DOAN" → "Tổng Liên đoàn")
            or fold(a) in fold(b) or fuzz.token_set_ratio(_bare(a), _bare(b)) >= 95)


def _bare(s: str) -> str:
    return fold(s).replace("đ", "d")


def test_the_relocation_is_strict() -> None:
    """What the helper accepts besides the value's own words: a bare-year time cell is that
    year only; a list of quarters gives each quarter's first and last month; a label is the
    clause around its date without the date phrase. Anything else still fails."""
    assert relocates("2026", "2026") and relocates("2026", " 2026 ")
    assert not relocates("2025", "2026") and not relocates("2026-07", "2026")
    assert relocates("2026-07", "Quý III, IV/2026") and relocates("2026-12", "Quý III, IV/2026")
    assert relocates("2027-06", "quý I và II năm 2027")
    assert relocates("Quảng Ngãi", "Qu ả ng Ngãi") and not relocates("Quảng Nam", "Qu ả ng Ngãi")
    assert relocates("Tổng cục Thuế", "TỎNG CỤC THUÊ") and not relocates("Tổng cục Hải quan", "TỎNG CỤC THUÊ")
    assert not relocates("2026-01", "Quý III, IV/2026") and not relocates("2027-07", "Quý III, IV/2026")
    assert relocates("2025-10", "tháng 10") and not relocates("2025-11", "tháng 10")
    assert relocates("đạt 95% đạt 97,5%", "đạt 95%, năm 2027 đạt 97,5%")
    assert not relocates("hoàn thành báo cáo tổng kết", "nộp hồ sơ, năm 2027 xong")
    assert not relocates("đạt 97,5% đạt 95%", "đạt 95%, năm 2027 đạt 97,5%")


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_every_string_value_relocates_at_its_span(path: Path):
    rec = extract_file(path, with_text=True)
    text = rec.text
    # regenerable from what ingest read (a ".md" that holds a web page's HTML is read as HTML)
    assert text == normalize(read_document(path).text).text
    d = rec.model_dump()
    assert rec.provenance, "no provenance at all"
    checked = 0
    for p, prov in rec.provenance.items():
        assert 0 <= prov.start <= prov.end <= len(text), p
        assert 0.0 <= prov.confidence <= 1.0
        if not rec.is_document:
            continue  # the evidence of the verdict; no value to relocate
        value = resolve(d, p)
        if not isinstance(value, str):
            continue
        span_text = text[prov.start : prov.end]
        if p == "signer.authority":  # the prefix is written canonically ("K/T" → "KT.")
            span_text = re.sub(r"^([A-Z]+)/([A-Z]+)", r"\1\2", span_text.strip()).rstrip(" .") + "."
        if prov.rule == "symbol-issuer-code":  # the body the symbol's code stands for
            # (a Party number's symbol is what follows its sequence's dash: "432-TB/VPTW" → "TB/VPTW")
            party = re.fullmatch(r"\s*\d+-[^/]+/.+", span_text)
            sym = span_text.split("-", 1)[-1] if party else span_text.split("/", 1)[-1]
            assert symbol_issuer({"symbol": sym, "raw": span_text}) == value, p
        elif p.endswith(".start") and _own_start_patterns()[0].search(fold_same_length(span_text)):
            # "từ ngày ban hành Quyết định này (đến …)": the period opens on the document's own date
            assert value == (d.get("date") or {}).get("iso"), p
        elif prov.rule == "symbol-local-code" and not relocates(value, span_text):
            # the local body the symbol's code stands for, placed from the date line
            local = symbol_local_body({"symbol": span_text.split("/", 1)[-1], "raw": span_text})
            assert local is not None and value.startswith(local), p
        else:
            assert relocates(value, span_text), f"{p}: {value!r} not at {span_text!r}"
        checked += 1
    if rec.is_document:
        # not vacuous: a document gives string values to place (a lowercased OCR page run into
        # one line gives few: its type and its date's place)
        assert checked >= 1
    else:  # a text that is no document: every value empty
        assert all(v in (None, []) for k, v in d.items() if k in RECORD_FIELDS)


@pytest.mark.parametrize("path", DOCS[:6], ids=[p.stem for p in DOCS[:6]])
def test_spans_map_back_to_the_original(path: Path):
    rec = extract_file(path)
    original = path.read_text(encoding="utf-8")
    for p, value_path in (("number", "number.raw"), ("signer.name", "signer.name")):
        prov = rec.provenance.get(p)
        if prov is None or prov.src_start is None:
            continue
        src = original[prov.src_start : prov.src_end]
        value = resolve(rec.model_dump(), value_path)
        assert key(value).replace(" ", "") in key(re.sub(r"[*_#|]", "", src)).replace(" ", "")
