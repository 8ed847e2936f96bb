"""Read an input file into text: format detection, decoding, source facts (path, sha256).

Plain text (``.txt``, ``.md`` and converter output) is decoded here; legacy Vietnamese
encodings are detected by :mod:`pipeline.encoding`. Every other format has a reader module in
:mod:`pipeline.formats` (``READERS`` below maps a sniffed format to it); a reader turns the
file's bytes into a :class:`Decoded`: the text, where each page starts in it and, for OCR'd
pages, the words with their page, bounding box and OCR confidence, so that extracted values
keep page/bbox provenance.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
# What a folder walk picks up (a file named on the command line is read whatever its name).
INPUT_SUFFIXES = TEXT_SUFFIXES | {
    ".pdf", ".docx", ".doc", ".odt", ".rtf", ".html", ".htm",
    ".png", ".jpg", ".jpeg", ".tif", ".tiff",
}
MAX_BYTES = 50 * 1024 * 1024

_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(s: str | os.PathLike[str]) -> str:
    """A path (or a message naming one) as valid Unicode text, for records, logs and the ledger.

    POSIX file names are bytes; Python gives the bytes of a name that is not UTF-8 as lone
    surrogates (``surrogateescape``), which no UTF-8 writer, JSON line or SQLite text accepts.
    The file itself is always opened by its real name (the surrogates round-trip to its bytes);
    wherever the name is *shown*, each undecodable byte is written ``\\xNN`` (and any other
    lone surrogate ``\\uNNNN``), one policy for the walk, the ledger, the records and errors.
    """
    text = os.fspath(s)
    if not _SURROGATE.search(text):
        return text

    def esc(m: re.Match[str]) -> str:
        c = ord(m.group())
        return f"\\x{c - 0xDC00:02x}" if 0xDC80 <= c <= 0xDCFF else f"\\u{c:04x}"

    return _SURROGATE.sub(esc, text)


_SHOWN_BYTE = re.compile(r"\\x([89a-f][0-9a-f])")


def unshown(s: str) -> str:
    """The real name of a path :func:`shown` escaped (each ``\\xNN`` of a byte ≥ 0x80 back to
    that byte), so that a path read back from a record or the ledger opens the file again.
    (A UTF-8 name that itself spells ``\\x`` and two such hex digits is read as escaped: the
    one ambiguity of the policy, kept for names that stay readable text everywhere.)"""
    if "\\x" not in s:
        return s
    return _SHOWN_BYTE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), s)


def clean_text(text: str) -> str:
    """Decoded text without lone surrogates (U+FFFD instead, same length: offsets stay).

    A surrogate is not a character; one that a reader lets through (a DOCX ``w:sym`` code, a
    broken escape) cannot be written as UTF-8, so it would fail the record, the shard and the
    store far from where it came in. It is replaced once, here, for every format."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


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
    e_signatures: tuple = ()  # a PDF's digital signatures (pipeline/esign.py ESignature)
    page_meta: Any = None  # a web page's properties of its document (pipeline/page_meta.py PageMeta)


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
    e_signatures: tuple = ()
    page_meta: Any = None

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


_SPECIAL = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    return next((what for test, what in _SPECIAL if test(mode)), "not a regular file")


def open_input(path: str | Path, via: str | Path | None = None, *, limit: bool = True) -> BinaryIO:
    """The input file, opened so that what is read is what was listed.

    ``via`` is the name a folder walk checked (the file itself, or a link's target inside the
    input folder): it is opened with ``O_NOFOLLOW``, so a file swapped for a symbolic link
    after the listing is refused, not followed out of the input. A file named by the user
    (``via`` None) is opened as named. Either way the name is ``stat``-ed first, so a FIFO or
    a device is refused without being opened (a FIFO would block the reader for ever), and
    opened with ``O_NONBLOCK``; the open file is then ``fstat``-ed and must be the very regular
    file that was checked (same device and inode), of at most :data:`MAX_BYTES` bytes (with
    ``limit``; the batch hashes larger files, so that their error is ledgered).
    ``path`` only names the file in messages. Raises :class:`IngestError`.
    """
    name = shown(path)
    target = Path(via) if via is not None else Path(path)
    nofollow = via is not None
    try:
        st0 = os.stat(target, follow_symlinks=not nofollow)
    except FileNotFoundError as e:
        raise IngestError("not-found", f"{name}: no such file") from e
    except OSError as e:
        raise IngestError("unreadable", f"{name}: {shown(e.strerror or str(e))}") from e
    if stat.S_ISLNK(st0.st_mode):
        raise IngestError("changed", f"{name}: became a symbolic link after the folder was listed (not followed)")
    if not stat.S_ISREG(st0.st_mode):
        raise IngestError("not-a-file", f"{name}: {special_kind(st0.st_mode)}, not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if nofollow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags)
    except FileNotFoundError as e:
        raise IngestError("not-found", f"{name}: no such file (removed after the folder was listed)") from e
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise IngestError("changed", f"{name}: became a symbolic link after the folder was listed "
                                         "(not followed)") from e
        raise IngestError("unreadable", f"{name}: {shown(e.strerror or str(e))}") from e
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != (st0.st_dev, st0.st_ino):
            raise IngestError("changed", f"{name}: replaced by another file while it was being opened")
        if limit and st.st_size > MAX_BYTES:
            raise IngestError("too-large", f"{name}: {st.st_size} bytes is over the {MAX_BYTES} byte limit")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_document(path: str | Path, *, via: str | Path | None = None) -> Ingested:
    """Read, sniff and decode one input (``via``: see :func:`open_input`)."""
    p = Path(path)
    name = shown(p)
    with open_input(p, via) as fh:
        try:
            data = fh.read(MAX_BYTES + 1)
        except OSError as e:
            raise IngestError("unreadable", f"{name}: {shown(e.strerror or str(e))}") from e
    if len(data) > MAX_BYTES:  # grew after it was checked
        raise IngestError("too-large", f"{name}: over the {MAX_BYTES} byte limit")
    shown_path = Path(name)
    try:
        fmt = sniff(data, p.suffix)
    except IngestError as e:
        raise IngestError(e.kind, f"{name}: {e}") from e
    dec = _reader(fmt, shown_path)(data, shown_path)
    text = clean_text(dec.text)
    if not text.strip():
        raise IngestError("empty", f"{name}: the file has no text")
    return Ingested(
        name, hashlib.sha256(data).hexdigest(), dec.format, dec.encoding, text, dec.pages, dec.words, dec.received,
        dec.e_signatures, dec.page_meta,
    )


@dataclass(frozen=True)
class Entry:
    """A document a walk found: ``path`` its name in the input (what records and logs show),
    ``via`` the checked file to open with ``O_NOFOLLOW`` (see :func:`open_input`; the path
    itself, or a link's real target inside the folder; None for a file named by the user)."""

    path: Path
    via: Path | None = None
    root: Path | None = None  # the input root it was found under (a named file: its folder)


def source_place(path: str | Path, root: str | Path) -> tuple[str, str | None]:
    """``(root, relpath)`` for a record's source, both as shown: the root made absolute
    (lexically: the folder as the user named it, links not resolved) and the path within it
    with POSIX separators; relpath None if the path is not under the root."""
    aroot = os.path.abspath(root)
    rel = os.path.relpath(os.path.abspath(path), aroot)
    if rel == os.curdir or rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return shown(aroot), None
    return shown(aroot), shown(Path(rel).as_posix())


def iter_inputs(
    paths: list[str | Path],
    on_skip: Callable[[Path, str, str], None] | None = None,
) -> Iterator[Path]:
    """The paths of :func:`iter_entries` (for callers that only name documents)."""
    for e in iter_entries(paths, on_skip):
        yield e.path


def iter_entries(
    paths: list[str | Path],
    on_skip: Callable[[Path, str, str], None] | None = None,
) -> Iterator[Entry]:
    """Files named, and documents inside folders named: recursively, in sorted order, streamed
    (an archive folder of 100,000 files is never listed whole), ``*.gold.json`` skipped.

    Symbolic links inside a folder are followed only while they stay inside it: a link to a
    file or folder elsewhere, a dangling link and a link loop are skipped and reported through
    ``on_skip(path, kind, message)``, so that nothing outside the input is ever read. FIFOs,
    sockets and devices are reported too (``not-a-file``), never opened.
    """
    for raw in paths:
        p = Path(raw)
        if not p.is_dir():
            yield Entry(p, root=p.parent)
            continue
        root = p.resolve()
        seen: set[Path] = {root}
        for e in _walk(p, root, seen, on_skip):
            yield Entry(e.path, e.via, p)


def _walk(d: Path, root: Path, seen: set[Path], on_skip: Callable[[Path, str, str], None] | None) -> Iterator[Entry]:
    def skip(path: Path, kind: str, msg: str) -> None:
        if on_skip is not None:
            on_skip(path, kind, shown(msg))

    try:
        entries = sorted(os.scandir(d), key=lambda e: e.name)
    except OSError as e:
        skip(d, "unreadable", f"{d}: {e.strerror or e}")
        return
    for e in entries:
        path = Path(e.path)
        try:
            via = path
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
                via = target
                mode = target.stat().st_mode
            elif e.is_dir(follow_symlinks=False):
                real = path.resolve()
                if real in seen:
                    continue
                seen.add(real)
                yield from _walk(path, root, seen, on_skip)
                continue
            else:  # the listing's file type (no stat call for a regular file)
                mode = stat.S_IFREG if e.is_file(follow_symlinks=False) else e.stat(follow_symlinks=False).st_mode
            if not stat.S_ISREG(mode):
                skip(path, "not-a-file", f"{path}: {special_kind(mode)}, not a regular file (skipped)")
                continue
            if path.suffix.lower() in INPUT_SUFFIXES and not e.name.endswith(".gold.json"):
                yield Entry(path, via)
        except OSError as err:
            skip(path, "unreadable", f"{path}: {err.strerror or err}")
