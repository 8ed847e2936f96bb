"""The record model: the contract of ``shared/contract/RECORD.md`` as pydantic v2 classes.

The contract's keys, names and shapes are fixed; everything the project adds (source,
provenance, confidence) lives in extra keys so that consumers of the contract are unaffected.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocType(_Model):
    name: str
    code: str | None = None


class Number(_Model):
    # null where OCR garbled the sequence beyond reading ("Số: Z32Ø/BTC-QLCS"): the symbol stays
    raw: str | None = None
    seq: str | None = None
    symbol: str | None = None


class DocDate(_Model):
    raw: str
    iso: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None


class Issuer(_Model):
    name: str | None = None
    parent: str | None = None


class LegalBasis(_Model):
    doc_type: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None


class TimelineItem(_Model):
    start: str | None = None
    end: str | None = None
    time: str | None = None
    label: str | None = None


class ResponsibleUnit(_Model):
    name: str
    tasks: list[str] = Field(default_factory=list)


class Signer(_Model):
    name: str | None = None
    position: str | None = None
    authority: str | None = None


class Received(_Model):
    """An incoming-document stamp on a scan (``CÔNG VĂN ĐẾN / Số / Ngày``): the receiving
    office's registry number, date and name, each null where it cannot be read. Not the
    document's own number or date."""

    number: str | None = None
    date: str | None = None  # ISO
    office: str | None = None


class Source(_Model):
    """The input a record was made from. ``path`` is as it was named (relative to the working
    directory of the run); ``root`` and ``relpath`` say where it is independently of that, so
    that a record loaded elsewhere can find its file again (only a file whose sha256 is the
    record's is ever taken for it)."""

    path: str
    sha256: str
    format: str
    encoding: str | None = None
    root: str | None = Field(
        default=None,
        description="Absolute input root: the folder given to extract/batch the file was found "
        "under, or a named file's folder (None for stdin or a text).",
    )
    relpath: str | None = Field(default=None, description="The file's path within root (POSIX separators).")


class Provenance(_Model):
    """Where a value came from: a char span of the normalized text (and of the original)."""

    start: int
    end: int
    confidence: float = Field(ge=0.0, le=1.0)
    rule: str | None = None
    src_start: int | None = None
    src_end: int | None = None
    page: int | None = None
    bbox: list[float] | None = None
    raw_confidence: float | None = Field(
        default=None, ge=0.0, le=1.0,
        description="The extractor's own confidence before calibration (pipeline/calibrate.py).",
    )
    ocr_confidence: float | None = Field(
        default=None, ge=0.0, le=1.0,
        description="Mean OCR confidence of the words under the span (OCR'd inputs only); "
        "already multiplied into raw_confidence.",
    )


class ESignature(_Model):
    """A digital signature of the file (a PDF signature dictionary) or an e-signature box
    printed on the page: who signed (a person, or an organisation's seal), with the
    certificate's organisation and unit, e-mail and the signing time (ISO 8601). Not the
    document's date: files are often signed days after it."""

    name: str | None = None
    organisation: str | None = None
    unit: str | None = None
    email: str | None = None
    time: str | None = None
    kind: Literal["person", "organisation"] = "organisation"
    source: Literal["pdf-signature", "printed-box"] = "pdf-signature"


class Record(_Model):
    is_document: bool = Field(
        default=True,
        description="False for a text that is not an administrative document at all (an article, "
        "an encyclopedia page, a page about a blank form template); every other field is then null/[].",
    )
    doc_type: DocType | None = None
    number: Number | None = None
    date: DocDate | None = None
    place: str | None = None
    issuer: Issuer | None = None
    title: str | None = None
    theme: str | None = None
    legal_bases: list[LegalBasis] = Field(default_factory=list)
    timeline: list[TimelineItem] = Field(default_factory=list)
    responsible_units: list[ResponsibleUnit] = Field(default_factory=list)
    signer: Signer | None = None
    recipients: list[str] = Field(default_factory=list)
    # additions to the contract
    received: Received | None = Field(
        default=None, description="An incoming-document stamp read off a scan (optional)."
    )
    e_signatures: list[ESignature] = Field(
        default_factory=list,
        description="The file's digital signatures and printed e-signature boxes (optional).",
    )
    schema_version: str = SCHEMA_VERSION
    source: Source | None = None
    provenance: dict[str, Provenance] = Field(
        default_factory=dict,
        description="Value path (e.g. 'legal_bases[0].number') → span in the normalized text.",
    )
    text: str | None = Field(default=None, description="The normalized text (with --with-text).")

    def contract_dict(self) -> dict[str, Any]:
        """Only the contract's keys."""
        return self.model_dump(
            include={
                "is_document", "doc_type", "number", "date", "place", "issuer", "title", "theme",
                "legal_bases", "timeline", "responsible_units", "signer", "recipients",
            }
        )
