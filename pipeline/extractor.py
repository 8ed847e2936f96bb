"""One document in, one record out: normalize → segment → extract fields → assemble.

Each stage is a plain function so the CLI, the batch runner and the tests share this one path;
the record keeps every value's provenance (span in the normalized text, mapped back to the
original) and a confidence.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .caching import clear_per_text_caches
from .calibrate import calibrate_record
from .doc_kind import classify
from .esign import PERSON, ESignature, box_lines, box_signature, kind_of, signer_from
from .extract.closing import extract_recipients, extract_signer, extract_theme
from .extract.header import (
    extract_date_place,
    extract_issuer,
    extract_number,
    extract_title,
    extract_type,
    marked_place,
)
from .extract.legal_bases import extract_legal_bases
from .extract.timeline import extract_timeline
from .extract.units import extract_responsible_units
from .furniture import E_SIGNATURE, inline_notes_masked
from .ingest import Ingested, read_document, source_place
from .normalize import NormalizedText, normalize
from .page_meta import fill_fields, masked
from .provenance import Prov
from .record import Record, Source
from .reline import reline
from .segment import Document, segment
from .textutil import fold


@dataclass
class Timings:
    """Seconds spent per stage, accumulated over documents (for the benchmark)."""

    stages: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, seconds: float) -> None:
        self.stages[stage] = self.stages.get(stage, 0.0) + seconds


def extract_fields(doc: Document, prov: Prov, timings: Timings | None = None) -> dict[str, Any]:
    """All contract fields of a segmented document, as plain values."""
    t = time.perf_counter

    def timed(stage: str, fn: Callable[..., Any], *args: Any) -> Any:
        t0 = t()
        out = fn(*args)
        if timings is not None:
            timings.add(stage, t() - t0)
        return out

    number = timed("header", extract_number, doc, prov)
    date, place = timed("header", extract_date_place, doc, prov)
    doc_type = timed("header", extract_type, doc, prov, number)
    issuer = timed("header", extract_issuer, doc, prov, number, place)
    place = marked_place(place, [(issuer or {}).get("name"), (issuer or {}).get("parent")])
    title = timed("header", extract_title, doc, prov, doc_type, (issuer or {}).get("name"))
    theme = timed("theme", extract_theme, doc, prov)
    signer = timed("closing", extract_signer, doc, prov)
    recipients = timed("closing", extract_recipients, doc, prov, doc_type)
    legal_bases = _without_own_number(
        timed("legal_bases", extract_legal_bases, doc, prov), doc.annotations.get("number"), prov
    )
    fields: dict[str, Any] = {
        "doc_type": doc_type,
        "number": number,
        "date": date,
        "place": place,
        "issuer": issuer,
        "title": title,
        "theme": theme,
        "legal_bases": legal_bases,
        "timeline": timed("timeline", extract_timeline, doc, prov),
        "responsible_units": timed("responsible_units", extract_responsible_units, doc, prov),
        "signer": signer,
        "recipients": recipients,
    }
    return fields


_ITEM = re.compile(r"^legal_bases\[(\d+)\]")


def _without_own_number(items: list[dict], own: Any, prov: Prov) -> list[dict]:
    """A document never cites itself: an item carrying the document's own number (read once,
    in the document model) is dropped, and the provenance of the items after it renumbered."""
    if own is None or not items:
        return items
    key = re.sub(r"\s+", "", str(own.value.get("raw") or "")).casefold()
    drop = {i for i, it in enumerate(items) if key and re.sub(r"\s+", "", str(it.get("number") or "")).casefold() == key}
    if not drop:
        return items
    new_index = {}
    for i in range(len(items)):
        if i not in drop:
            new_index[i] = len(new_index)
    spans = {}
    for path, span in prov.spans.items():
        m = _ITEM.match(path)
        if m is None:
            spans[path] = span
        elif int(m.group(1)) in new_index:
            spans[f"legal_bases[{new_index[int(m.group(1))]}]" + path[m.end():]] = span
    prov.spans = spans
    return [it for i, it in enumerate(items) if i not in drop]


def _locate(ing: Ingested | None, ss: int | None, se: int | None) -> tuple[int | None, list[float] | None, float]:
    """Page, bounding box and OCR confidence of the decoded-text span ``ss:se``.

    The box is the union of the OCR'd words the span overlaps on its first page; the
    confidence is their mean (1.0 for born-digital text, which has no words).
    """
    if ing is None or ss is None or se is None:
        return None, None, 1.0
    page = ing.page_at(ss)
    if not ing.words:
        return page, None, 1.0
    lo = bisect_left(ing.words, ss, key=lambda w: w.end)
    hit = []
    for w in ing.words[lo:]:
        if w.start >= max(se, ss + 1):
            break
        if w.end > ss and (not hit or w.page == hit[0].page):
            hit.append(w)
    if not hit:
        return page, None, 1.0
    box = [
        min(w.bbox[0] for w in hit), min(w.bbox[1] for w in hit),
        max(w.bbox[2] for w in hit), max(w.bbox[3] for w in hit),
    ]
    return hit[0].page, box, sum(w.conf for w in hit) / len(hit)


def extract_text(
    text: str,
    source: Source | None = None,
    *,
    with_text: bool = False,
    timings: Timings | None = None,
    ingested: Ingested | None = None,
) -> Record:
    """The record of one decoded text; ``ingested`` (its pages and OCR words) adds page/bbox."""
    # caches keyed by a line or passage pay off inside one document only: dropped here, they
    # hold one document's entries, not thousands of past documents' objects that every full
    # garbage collection walks again (pure functions: the record is the same either way)
    clear_per_text_caches()
    t0 = time.perf_counter()
    norm: NormalizedText = normalize(text)
    t1 = time.perf_counter()
    meta = ingested.page_meta if ingested is not None else None
    # a page's properties and a site's notes inside the text are not the document; a flattened
    # text gets its line breaks back
    # (both keep every offset of the normalized text)
    doc = segment(reline(inline_notes_masked(masked(norm.text, norm, meta))), norm.note_calls(), norm.row_breaks(),
                  norm.pipe_lines())
    t2 = time.perf_counter()
    if timings is not None:
        timings.add("normalize", t1 - t0)
        timings.add("segment", t2 - t1)
    prov = Prov()
    verdict = classify(doc)
    if not verdict.is_document and meta is not None and meta.names_document():
        # a page of a document's properties around no readable text of it (a scan linked)
        verdict = replace(verdict, is_document=True, cues=(*verdict.cues, "page-properties"))
    if verdict.is_document:
        fields = extract_fields(doc, prov, timings)
        fill_fields(fields, prov, meta, norm)  # header fields the text does not give
    else:
        # not a document: every contract field stays empty (RECORD.md), the verdict keeps its
        # evidence in provenance
        fields = {}
        prov.add("is_document", verdict.start, verdict.end, 0.9, "not-a-document:" + ",".join(verdict.cues))
    signatures = _e_signatures(ingested, doc, norm.text)
    if verdict.is_document and signatures:
        _signer_from_certificate(fields, prov, signatures, ocr=bool(ingested is not None and ingested.words))
    provenance: dict[str, dict[str, Any]] = {}
    for path, span in prov.spans.items():
        try:
            ss, se = norm.to_original(span.start, span.end)
        except Exception:  # noqa: BLE001 - a map failure must not lose the record
            ss, se = None, None
        page, bbox, ocr_conf = _locate(ingested, ss, se)
        conf = round(span.confidence * ocr_conf, 3)
        # the raw confidence is the extractor's (calibration would set it so: set here, no
        # entry is written twice)
        # a plain dict, validated into a Provenance by the Record below: the same model and
        # checks, without a Python-level model constructor per span (a document has ~90)
        provenance[path] = {
            "start": span.start, "end": span.end, "confidence": conf, "raw_confidence": conf,
            "rule": span.rule or None, "src_start": ss, "src_end": se, "page": page, "bbox": bbox,
            "ocr_confidence": round(ocr_conf, 3) if bbox is not None else None,
        }
    received = ingested.received if ingested is not None else None
    rec = Record(**fields, is_document=verdict.is_document, source=source, provenance=provenance,
                 text=norm.text if with_text else None, received=received,
                 e_signatures=[s.as_dict() for s in signatures])
    # Calibrated confidence from the raw score and the evidence (models/calibration.json,
    # loaded once); the raw score stays in ``raw_confidence``. Without an artifact: raw kept.
    return calibrate_record(rec, norm.text)


def _e_signatures(ingested: Ingested | None, doc: Document, text: str) -> list[ESignature]:
    """The file's signature dictionaries, then the boxes printed on its pages (which the
    segmenter marked as furniture)."""
    out = list(ingested.e_signatures) if ingested is not None else []
    box = [text[m.start : m.end] for m in doc.furniture.values() if m.reason == E_SIGNATURE]
    out += [s for g in box_lines(box) if (s := box_signature(box[i] for i in g)) is not None]
    return out


# an OCR'd signer name this close to the certificate's is the same name, damaged
_SAME_NAME = 80.0


def _signer_from_certificate(fields: dict[str, Any], prov: Prov, signatures: list[ESignature], *, ocr: bool) -> None:
    """A person's certificate spells the signer's name exactly: it fills a name the signature
    block lost (a seal over it, a block the segmenter missed) and, on a scan, mends an OCR'd
    name close to it or one that is no personal name at all (seal strokes read as letters). A
    name the block states plainly is never replaced by another person's."""
    person = signer_from(signatures)
    if person is None:
        return
    signer = fields.get("signer") or {"name": None, "position": None, "authority": None}
    name = signer.get("name")
    if not name:
        fields["signer"] = {**signer, "name": person}
        prov.add("signer.name", 0, 0, 0.75, "e-signature")
    elif ocr and name != person and (fuzz.ratio(fold(name), fold(person)) >= _SAME_NAME or kind_of(name) != PERSON):
        span = prov.spans.get("signer.name")
        fields["signer"] = {**signer, "name": person}
        if span is not None:
            prov.add("signer.name", span.start, span.end, span.confidence, (span.rule or "") + "+e-signature")


def extract_file(path: str | Path, *, with_text: bool = False, timings: Timings | None = None,
                 via: str | Path | None = None, root: str | Path | None = None) -> Record:
    """The record of one file (``via``: the walk's checked name, see :func:`pipeline.ingest.open_input`;
    ``root``: the input root it was found under, recorded with the path within it)."""
    ing: Ingested = read_document(path, via=via)
    place = source_place(path, root) if root is not None else (None, None)
    src = Source(path=ing.path, sha256=ing.sha256, format=ing.format, encoding=ing.encoding,
                 root=place[0], relpath=place[1])
    return extract_text(ing.text, src, with_text=with_text, timings=timings, ingested=ing)
