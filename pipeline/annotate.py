"""The spaCy layer: a record's provenance as spans over the normalized text, for displaCy.

Every extracted value keeps its character span; turning those into a spaCy ``Doc`` with a span
group lets researchers render a document with each field highlighted (``vanban show``) and use
spaCy's tooling on the annotations.
"""

from __future__ import annotations

import html
from functools import cache

import spacy
from spacy import displacy
from spacy.tokens import Doc

from .record import Record

SPAN_KEY = "fields"


@cache
def _nlp() -> spacy.language.Language:
    # the multilingual blank pipeline: whitespace/punctuation tokenizer, no model download
    return spacy.blank("xx")


def field_label(path: str) -> str:
    """``legal_bases[0].number`` → ``legal_bases.number``; ``issuer.name`` stays."""
    parts = [p.split("[")[0] for p in path.split(".")]
    return ".".join(parts)


def to_spacy(text: str, record: Record, *, items_only: bool = False) -> Doc:
    doc = _nlp().make_doc(text)
    spans = []
    for path, p in record.provenance.items():
        # displaCy writes span labels into its HTML as they are: a record's provenance key is
        # data from elsewhere, so it is escaped here (the explorer uses pipeline/web/render.py)
        label = html.escape(field_label(path))
        if items_only and "." in label and label.split(".")[0] in {"legal_bases", "timeline", "responsible_units"}:
            continue
        sp = doc.char_span(p.start, p.end, label=label, alignment_mode="expand")
        if sp is not None and len(sp):
            spans.append(sp)
    doc.spans[SPAN_KEY] = spans
    return doc


def render_html(text: str, record: Record) -> str:
    doc = to_spacy(text, record, items_only=True)
    return displacy.render(doc, style="span", page=True, options={"spans_key": SPAN_KEY})
