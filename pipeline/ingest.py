"""Read an input file into text: format detection, decoding, source facts (path, sha256).

Plain text (``.txt``, ``.md`` and converter output) is decoded here; legacy Vietnamese
encodings are detected by :mod:`pipeline.encoding`. Every other format has a reader module in
:mod:`pipeline.formats` (``READERS`` below maps a sniffed format to it); a reader turns the
file's bytes into a :class:`Decoded`: the text, where each page starts in it and, for OCR'd
pages, the words with their page, bounding box and OCR confidence, so that extracted values
keep page/bbox provenance.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
# What a folder walk picks up (a file named on the command line is read whatever its name).
INPUT_SUFFIXES = TEXT_SUFFIXES | {
    ".pdf", ".docx", ".doc", ".odt", ".rtf", ".html", ".htm",
    ".png", ".jpg", ".jpeg", ".tif", ".tiff",
}
MAX_BYTES = 50 * 1024 * 1024


class IngestError(Exception):
    """A file that cannot be read as a document; ``kind`` names the reason for error logs."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Word:
    """One OCR'd word: its span in the decoded text, page (1-based), pixel box, confidence 0–1."""

    start: int
    end: int
    page: int
    bbox: tuple[float, float, float, float]  # x0, y0, x1, y1 in page pixels
    conf: float


@dataclass(frozen=True)
class Decoded:
    """What a format reader returns."""

    text: str
    format: str  # "text", "markdown", "pdf", "docx", "html", "png", …
    encoding: str = "utf-8"  # of a text file; for other formats how the text was got ("pdf-text", "ocr")
    pages: tuple[int, ...] = ()  # offset in ``text`` where each page starts (page 1 first)
    words: tuple[Word, ...] = ()  # OCR'd words, in text order (empty for born-digital text)
    received: dict | None = None  # an incoming-document stamp read off a scan (pipeline/ocr/stamps.py)


@dataclass(frozen=True)
class Ingested:
    path: str
    sha256: str
    format: str
    encoding: str
    text: str
    pages: tuple[int, ...] = ()
    words: tuple[Word, ...] = ()
    received: dict | None = None

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding ``offset`` of the decoded text (None for unpaged input)."""
        if not self.pages:
            return None
        from bisect import bisect_right

        return max(1, bisect_right(self.pages, offset))


_MAGIC = [
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0", "ole"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"{\\rtf", "rtf"),
]


def sniff(data: bytes, suffix: str = "") -> str:
    """Format by content (magic bytes, zip members, OLE streams, markup), not by extension.

    A zip is a DOCX (``word/document.xml``) or an ODT (``mimetype``), an OLE compound file a
    Word ``.doc`` (a ``WordDocument`` stream); other zips and OLE files, and password-protected
    OOXML (an OLE ``EncryptedPackage``), raise :class:`IngestError`. The file's ``suffix``
    only breaks a tie: markup that starts with an unknown tag is HTML when named ``.html``.
    """
    for magic, fmt in _MAGIC:
        if data.startswith(magic):
            if fmt == "zip":
                return _zip_kind(data)
            if fmt == "ole":
                return _ole_kind(data)
            return fmt
    if b"%PDF-" in data[:1024]:  # junk before the header is allowed by readers
        return "pdf"
    if _looks_html(data, suffix):
        return "html"
    return "text"


_ODF_TEXT = b"application/vnd.oasis.opendocument.text"
_ZIP_OTHERS = {
    "xl/workbook.xml": "an Excel workbook (.xlsx)",
    "ppt/presentation.xml": "a PowerPoint presentation (.pptx)",
}


def _zip_kind(data: bytes) -> str:
    import io
    import zipfile

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        mimetype = b""
        if "mimetype" in names and zf.getinfo("mimetype").file_size <= 256:
            mimetype = zf.read("mimetype").strip()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise IngestError("corrupt", f"not a readable zip archive ({e})") from e
    if "word/document.xml" in names:
        return "docx"
    if mimetype == _ODF_TEXT:
        return "odt"
    what = next((v for k, v in _ZIP_OTHERS.items() if k in names), None)
    if what is None and mimetype:
        what = f"a {mimetype.decode('ascii', 'replace')} file"
    raise IngestError(
        "unsupported-format", f"{what or 'a zip archive'} is not a supported document (DOCX or ODT)"
    )


def _ole_name(name: str) -> bytes:
    return name.encode("utf-16-le")


def _ole_kind(data: bytes) -> str:
    if _ole_name("EncryptedPackage") in data:
        raise IngestError("encrypted", "a password-protected Office document (encrypted OOXML package)")
    if _ole_name("WordDocument") in data:
        return "doc"
    what = "an Excel workbook (.xls)" if _ole_name("Workbook") in data or _ole_name("Book") in data else (
        "a PowerPoint presentation (.ppt)" if _ole_name("PowerPoint Document") in data else "an OLE file"
    )
    raise IngestError("unsupported-format", f"{what} is not a supported document (not a Word .doc)")


_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<link", b"<base")


def _looks_html(data: bytes, suffix: str) -> bool:
    import codecs
    import re

    head = data[:8192]
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32"),
                       (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            head = head.decode(codec, errors="ignore").encode("ascii", errors="ignore")
            break
    head = head.lstrip().lower()
    # an XML declaration and comments may come before the first tag
    head = re.sub(rb"^(?:<\?xml[^>]*\?>\s*|<!--.*?-->\s*)+", b"", head, flags=re.S)
    if head.startswith(_HTML_STARTS):
        return True
    return suffix.lower() in (".html", ".htm", ".xhtml") and head.startswith(b"<")


# Sniffed format → "module:function" of its reader, ``function(data: bytes, path: Path) -> Decoded``.
# Readers are imported on first use, so a missing optional dependency only affects its format.
READERS: dict[str, str] = {
    "text": "pipeline.formats.text:read",
    "pdf": "pipeline.formats.pdf:read",
    "docx": "pipeline.formats.docx:read",
    "html": "pipeline.formats.html:read",
    "doc": "pipeline.formats.office:read_doc",
    "odt": "pipeline.formats.office:read_odt",
    "rtf": "pipeline.formats.office:read_rtf",
    "png": "pipeline.formats.image:read",
    "jpeg": "pipeline.formats.image:read",
    "tiff": "pipeline.formats.image:read",
}


def _reader(fmt: str, path: Path):
    import importlib

    target = READERS.get(fmt)
    if target is None:
        raise IngestError("unsupported-format", f"{path}: {fmt} input is not supported")
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def read_document(path: str | Path) -> Ingested:
    p = Path(path)
    if not p.exists():
        raise IngestError("not-found", f"{p}: no such file")
    if not p.is_file():
        raise IngestError("not-a-file", f"{p}: not a regular file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise IngestError("too-large", f"{p}: {size} bytes is over the {MAX_BYTES} byte limit")
    data = p.read_bytes()
    try:
        fmt = sniff(data, p.suffix)
    except IngestError as e:
        raise IngestError(e.kind, f"{p}: {e}") from e
    dec = _reader(fmt, p)(data, p)
    if not dec.text.strip():
        raise IngestError("empty", f"{p}: the file has no text")
    return Ingested(
        str(p), hashlib.sha256(data).hexdigest(), dec.format, dec.encoding, dec.text, dec.pages, dec.words,
        dec.received,
    )


def iter_inputs(
    paths: list[str | Path],
    on_skip: Callable[[Path, str, str], None] | None = None,
) -> Iterator[Path]:
    """Files named, and documents inside folders named: recursively, in sorted order, streamed
    (an archive folder of 100,000 files is never listed whole), ``*.gold.json`` skipped.

    Symbolic links inside a folder are followed only while they stay inside it: a link to a
    file or folder elsewhere, a dangling link and a link loop are skipped and reported through
    ``on_skip(path, kind, message)``, so that nothing outside the input is ever read.
    """
    for raw in paths:
        p = Path(raw)
        if not p.is_dir():
            yield p
            continue
        root = p.resolve()
        seen: set[Path] = {root}
        yield from _walk(p, root, seen, on_skip)


def _walk(d: Path, root: Path, seen: set[Path], on_skip: Callable[[Path, str, str], None] | None) -> Iterator[Path]:
    def skip(path: Path, kind: str, msg: str) -> None:
        if on_skip is not None:
            on_skip(path, kind, msg)

    try:
        entries = sorted(os.scandir(d), key=lambda e: e.name)
    except OSError as e:
        skip(d, "unreadable", f"{d}: {e.strerror or e}")
        return
    for e in entries:
        path = Path(e.path)
        try:
            if e.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    skip(path, "bad-link", f"{path}: dangling symbolic link or link loop")
                    continue
                if not target.is_relative_to(root):
                    skip(path, "outside-input", f"{path}: links to {target}, outside the input folder")
                    continue
                if target.is_dir():
                    if target in seen:
                        if path.parent.resolve().is_relative_to(target):
                            skip(path, "bad-link", f"{path}: link loop back to {target}")
                        continue  # else another name of a folder already walked
                    seen.add(target)
                    yield from _walk(path, root, seen, on_skip)
                    continue
            elif e.is_dir(follow_symlinks=False):
                real = path.resolve()
                if real in seen:
                    continue
                seen.add(real)
                yield from _walk(path, root, seen, on_skip)
                continue
            if e.is_file() and path.suffix.lower() in INPUT_SUFFIXES and not e.name.endswith(".gold.json"):
                yield path
        except OSError as err:
            skip(path, "unreadable", f"{path}: {err.strerror or err}")
