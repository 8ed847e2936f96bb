"""E-signatures: who signed the file and when, from a PDF's signatures or a printed box.

Public-sector documents are signed digitally: the signer's certificate, a signing time and, in
Vietnamese signing tools, a Reason ``Name<email> đã ký lên văn bản này!`` sit in the PDF's
signature dictionaries; the tool also stamps a box on the page (``Ký bởi / Cơ quan / Thời gian
ký``), which survives printing and scanning. Neither is part of the document's text: the time
is when the file was signed (often days after the document's date) and an organisation's
signature is its office's seal, not the signer. What they are good for is the signer's name,
which a certificate spells exactly where a seal or OCR damage hides it in the signature block.

Certificates are read with asn1crypto (the CMS ``SignedData``'s signer certificate); without it,
or when the blob does not parse, the Reason's name is used. Patterns are data
(``rules/esign.toml``).
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from .bodies import opens_with_head
from .resources import load_rules
from .textutil import collapse, fold

PERSON = "person"
ORGANISATION = "organisation"
PDF_SIGNATURE = "pdf-signature"
PRINTED_BOX = "printed-box"


@dataclass(frozen=True)
class ESignature:
    """One signature: the certificate's (or box's) name, its organisation and unit, e-mail,
    the signing time as ISO 8601, whether a person or an organisation signed, and where it was
    read (a PDF signature dictionary, or a box printed on the page)."""

    name: str | None
    organisation: str | None = None
    unit: str | None = None
    email: str | None = None
    time: str | None = None
    kind: str = ORGANISATION
    source: str = PDF_SIGNATURE

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def _rules() -> dict[str, Any]:
    return load_rules("esign")


@cache
def _time_patterns() -> tuple[re.Pattern[str], ...]:
    t = _rules()["time"]
    return tuple(re.compile(t[k]) for k in ("pdf", "ymd", "dmy"))


def iso_time(raw: str | None) -> str | None:
    """A signing time as ISO 8601 (``2025-02-07T07:56:24+07:00``; date only when no clock time
    is given); None when ``raw`` holds no valid date."""
    if not raw:
        return None
    raw = raw.strip().strip("\x00")
    for rx in _time_patterns():
        m = rx.search(raw)
        if not m:
            continue
        g = m.groupdict()
        y, mo, d = int(g["y"]), int(g["mo"]), int(g["d"])
        if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2200):
            continue
        out = f"{y:04d}-{mo:02d}-{d:02d}"
        if g.get("h") is not None and g.get("mi") is not None:
            h, mi, s = int(g["h"]), int(g["mi"]), int(g.get("s") or 0)
            if h > 23 or mi > 59 or s > 59:
                return out
            out += f"T{h:02d}:{mi:02d}:{s:02d}"
            if g.get("z"):
                out += "+00:00"
            elif g.get("sign"):
                out += f"{g['sign']}{int(g['tzh']):02d}:{int(g.get('tzm') or 0):02d}"
        return out
    return None


def kind_of(name: str | None, organisation: str | None = None) -> str:
    """``person`` for a personal name (a few capitalised words, no body's head noun, not the
    organisation's own name, none of the words only institutions carry), else ``organisation``."""
    if not name:
        return ORGANISATION
    n = collapse(name)
    words = n.split()
    k = _rules()["kind"]
    if not (int(k["min_words"]) <= len(words) <= int(k["max_words"])):
        return ORGANISATION
    if organisation and fold(n) == fold(organisation):
        return ORGANISATION
    if opens_with_head(n) or any(not w.isalpha() or not w[:1].isupper() for w in words):
        return ORGANISATION
    f = f" {fold(n)} "
    if any(f" {fold(x)} " in f for x in k["not_person"]):
        return ORGANISATION
    return PERSON


# --- PDF signature dictionaries ------------------------------------------------------------


def _buffer(fn: Callable[..., int], obj: Any) -> bytes:
    n = fn(obj, None, 0)
    if n <= 0:
        return b""
    buf = (ctypes.c_char * n)()
    fn(obj, buf, n)
    return bytes(buf)


def _reason(obj: Any, raw: Any) -> str:
    n = raw.FPDFSignatureObj_GetReason(obj, None, 0)
    if n <= 2:
        return ""
    buf = (ctypes.c_char * n)()
    raw.FPDFSignatureObj_GetReason(obj, buf, n)
    return bytes(buf).decode("utf-16-le", "replace").rstrip("\x00")


def _subject(contents: bytes) -> dict[str, Any]:
    """The signer certificate's subject (common_name, organization_name, …) from a CMS blob;
    empty when asn1crypto is missing or the blob is not CMS."""
    try:
        from asn1crypto import cms
    except ImportError:  # pragma: no cover - a declared dependency; degrade if absent
        return {}
    try:
        data = cms.ContentInfo.load(contents.rstrip(b"\x00"))["content"]
        infos = list(data["signer_infos"])
        certs = [c.chosen for c in data["certificates"] or []]
        if not infos or not certs:
            return {}
        sid = infos[0]["sid"]
        serial = sid.chosen["serial_number"].native if sid.name == "issuer_and_serial_number" else None
        cert = next((c for c in certs if serial is not None and c.serial_number == serial), certs[0])
        subject = cert.subject.native
        return dict(subject) if isinstance(subject, dict) else {}
    except Exception:  # noqa: BLE001 - a malformed signature must not stop the document
        return {}


def _first(v: Any) -> str | None:
    if isinstance(v, list):
        v = v[0] if v else None
    return collapse(str(v)) if v else None


def pdf_signatures(pdf: Any) -> tuple[ESignature, ...]:
    """Every signature dictionary of an open ``pypdfium2.PdfDocument``, in file order."""
    import pypdfium2.raw as raw

    out: list[ESignature] = []
    reason_rx = re.compile(_rules()["reason"]["pattern"])
    try:
        count = raw.FPDF_GetSignatureCount(pdf.raw)
    except Exception:  # noqa: BLE001 - an old PDFium without signature support
        return ()
    for i in range(max(count, 0)):
        obj = raw.FPDF_GetSignatureObject(pdf.raw, i)
        if not obj:
            continue
        subject = _subject(_buffer(raw.FPDFSignatureObj_GetContents, obj))
        reason = _reason(obj, raw)
        m = reason_rx.search(reason)
        name = _first(subject.get("common_name")) or (collapse(m.group("name")) if m else None)
        org = _first(subject.get("organization_name"))
        email = _first(subject.get("email_address")) or (m.group("email") if m else None)
        time = iso_time(_buffer(raw.FPDFSignatureObj_GetTime, obj).decode("latin-1", "replace"))
        out.append(ESignature(
            name=name, organisation=org, unit=_first(subject.get("organizational_unit_name")),
            email=email, time=time, kind=kind_of(name, org), source=PDF_SIGNATURE,
        ))
    return tuple(out)


# --- printed boxes ---------------------------------------------------------------------------


@cache
def _box() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """(a box's first line, any of its keys with its separator, how far the keys reach)."""
    b = _rules()["box"]
    sep = b["separator"]
    keys = {k: b[k] for k in ("signer", "organisation", "time", "email")}
    any_key = "|".join(f"(?P<{k}>{v})" for k, v in keys.items())
    # a key at the line's start or after a value, then its separator
    key_rx = re.compile(rf"(?:^|(?<=\s))(?:{any_key}){sep}")
    starts = re.compile(rf"\s*(?:{keys['signer']}){sep}\S")
    return starts, key_rx, int(b["reach"])


def _fields(line: str) -> dict[str, str]:
    """A box line's ``key: value`` pairs (several may share one line)."""
    key_rx = _box()[1]
    found = list(key_rx.finditer(line))
    out: dict[str, str] = {}
    for j, m in enumerate(found):
        end = found[j + 1].start() if j + 1 < len(found) else len(line)
        key = next(k for k, v in m.groupdict().items() if v is not None)
        value = collapse(line[m.end() : end]).strip(" ,;|")
        if value and key not in out:
            out[key] = value
    return out


def _box_key_at_start(line: str) -> str | None:
    m = _box()[1].match(line.lstrip())
    if not m:
        return None
    return next(k for k, v in m.groupdict().items() if v is not None)


def box_lines(texts: list[str]) -> list[list[int]]:
    """Groups of line indexes that form printed e-signature boxes: a ``Ký bởi:`` line and the
    lines right after it (up to ``reach`` non-blank ones) that open with another of the box's
    keys (``Cơ quan:``, ``Thời gian ký:``, ``Email:``)."""
    starts, _, reach = _box()
    groups: list[list[int]] = []
    i = 0
    while i < len(texts):
        if not starts.match(texts[i]):
            i += 1
            continue
        group = [i]
        seen = 0
        j = i + 1
        while j < len(texts) and seen < reach:
            t = texts[j]
            if t.strip():
                key = _box_key_at_start(t)
                if key is None or key == "signer":
                    break
                group.append(j)
                seen += 1
            j += 1
        groups.append(group)
        i = group[-1] + 1
    return groups


def box_signature(lines: Iterable[str]) -> ESignature | None:
    """The signature a printed box states (None when it names nobody)."""
    f: dict[str, str] = {}
    for line in lines:
        for k, v in _fields(line).items():
            f.setdefault(k, v)
    name = f.get("signer")
    if name:
        m = re.compile(_rules()["reason"]["pattern"]).search(name)
        if m:
            f.setdefault("email", m.group("email"))
            name = collapse(m.group("name"))
    if not name:
        return None
    org = f.get("organisation")
    return ESignature(name=name, organisation=org, email=f.get("email"), time=iso_time(f.get("time")),
                      kind=kind_of(name, org), source=PRINTED_BOX)


def signer_from(signatures: Iterable[ESignature]) -> str | None:
    """The one person who signed, when the signatures name exactly one (organisations' seals
    and repeated signatures of the same person aside)."""
    people = {fold(s.name): s.name for s in signatures if s.kind == PERSON and s.name}
    return next(iter(people.values())) if len(people) == 1 else None
