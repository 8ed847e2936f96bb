"""Legacy and other word-processor formats (``.doc``, ``.odt``, ``.rtf``) via LibreOffice.

LibreOffice headless converts the file to DOCX, which :mod:`pipeline.formats.docx` reads, so
header tables, text boxes and line breaks get the same treatment in every format. Each
conversion runs with its own throw-away user profile (``-env:UserInstallation``): parallel
workers never share, lock or corrupt a profile, and a stuck conversion is killed — its whole
process group, ``soffice`` starts ``soffice.bin`` — after :data:`TIMEOUT` seconds.

Without LibreOffice the error names the Debian package to install.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from ..ingest import Decoded, IngestError
from . import docx as docx_reader

TIMEOUT = 120  # seconds for one conversion, including LibreOffice's start
PACKAGE = "libreoffice-writer-nogui"
_KNOWN = (
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def find_soffice() -> str | None:
    """The LibreOffice executable: ``soffice``/``libreoffice`` on PATH, or a usual location."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _KNOWN if os.access(p, os.X_OK)), None)


def convert_to_docx(data: bytes, fmt: str, path: Path) -> bytes:
    """The DOCX bytes LibreOffice makes of ``data`` (a ``fmt`` file)."""
    soffice = find_soffice()
    if soffice is None:
        raise IngestError(
            "missing-converter",
            f"{path}: reading .{fmt} files needs LibreOffice (soffice), which is not installed; "
            f"install the Debian package {PACKAGE} (apt-get install {PACKAGE})",
        )
    with tempfile.TemporaryDirectory(prefix="vanban-lo-") as tmp:
        tmpdir = Path(tmp)
        src = tmpdir / f"input.{fmt}"
        src.write_bytes(data)
        outdir = tmpdir / "out"
        cmd = [
            soffice,
            f"-env:UserInstallation={(tmpdir / 'profile').as_uri()}",
            "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(src),
        ]
        env = {**os.environ, "HOME": tmp}
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            start_new_session=True, env=env,
        )
        try:
            _, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired as e:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:  # it ended meanwhile
                pass
            proc.communicate()
            raise IngestError(
                "conversion-timeout", f"{path}: LibreOffice did not convert the .{fmt} file within {TIMEOUT} s"
            ) from e
        out = outdir / "input.docx"
        if proc.returncode != 0 or not out.is_file():
            tail = err.decode("utf-8", "replace").strip()[-300:]
            raise IngestError(
                "conversion-failed",
                f"{path}: LibreOffice could not convert the .{fmt} file (exit {proc.returncode}){': ' + tail if tail else ''}",
            )
        return out.read_bytes()


def _read(data: bytes, path: Path, fmt: str) -> Decoded:
    dec = docx_reader.read(convert_to_docx(data, fmt, path), path)
    return replace(dec, format=fmt, encoding="libreoffice-docx")


def read_doc(data: bytes, path: Path) -> Decoded:
    return _read(data, path, "doc")


def read_odt(data: bytes, path: Path) -> Decoded:
    docx_reader.check_zip(data, path)
    return _read(data, path, "odt")


def read_rtf(data: bytes, path: Path) -> Decoded:
    return _read(data, path, "rtf")
