"""A folder of bad inputs, as archives hold them, each with what the pipeline must make of it.

Why generated, not bundled: most of these are large, binary or dangerous (bombs, links out of
the folder), and each must differ in content from the others (the batch keys documents by
sha256; identical bad files would be one document). :func:`make` writes ``n`` of them, cycling
through the kinds below with a different variant each time, and returns one :class:`Bad` per
path with the outcome expected:

- an error of one of ``kinds`` (kind + message in ``errors.jsonl``), or
- ``record``: a record, with the check ``check`` on its contract dict (nulls for a text with no
  Vietnamese, no leaked secret for a DOCX with an external entity, the number of a rotated
  scan…), or
- ``either`` of the two (a photo of a wall: tesseract may read "words" into its texture, and a
  record of nulls is as right as an ``empty`` error).

The soak benchmark (``bench/soak.py``) mixes them with good documents; ``tests/test_hostile.py``
runs a small set through a whole batch.

    .venv/bin/python corpus/bad/make.py OUT_DIR [--n 40] [--seed 0] [--no-ocr]
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import random
import re
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent
SEED = next((CORPUS / "seeds").glob("003_*.txt"))  # a seed with the full header block

Check = Callable[[dict[str, Any]], bool]


@dataclass(frozen=True)
class Bad:
    path: Path  # in the folder (for links: the link itself)
    kind: str  # what it is (e.g. "zip-bomb-docx")
    expect: str  # "error", "record" or "either"
    kinds: tuple[str, ...] = ()  # acceptable error kinds (expect "error" or "either")
    check: Check | None = None  # on the record's contract dict (expect "record" or "either")

    def judge(self, record: dict[str, Any] | None, error_kind: str | None) -> str | None:
        """None if the outcome is the expected one, else what went wrong."""
        if self.expect == "either":
            if error_kind is not None:
                return None if error_kind in self.kinds else f"error kind {error_kind!r}, expected {self.kinds}"
            return None if record is not None and (self.check is None or self.check(record)) else \
                "neither the expected error nor a record that passes its check"
        if self.expect == "error":
            if error_kind is None:
                return "no error reported" + (" (a record was written)" if record is not None else "")
            return None if error_kind in self.kinds else f"error kind {error_kind!r}, expected {self.kinds}"
        if record is None:
            return f"no record (error {error_kind!r})"
        if self.check is not None and not self.check(record):
            return "record fails its check"
        return None


def _tool(folder: str) -> ModuleType:
    name = f"corpus_{folder}_make"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, CORPUS / folder / "make.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _png(width: int, height: int, payload: bytes = b"\0" * 64) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb if large)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(payload)) + chunk(b"IEND", b"")


def _image_bytes(img: Any, fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


def _all_null(rec: dict[str, Any]) -> bool:
    # a text that is no document says so (is_document false, its evidence in provenance)
    prov = rec.get("provenance") or {}
    skip = ("source", "schema_version", "text", "is_document", "provenance")
    return (
        rec.get("is_document") is not True and set(prov) <= {"is_document"}
        and all(v in (None, [], {}) for k, v in rec.items() if k not in skip)
    )


def _both_halves_read(rec: dict[str, Any]) -> bool:
    """The UTF-8 header gave the number, the pasted legacy-encoded closing a readable signer."""
    from pipeline.encoding import vietnamese_score

    name = (rec.get("signer") or {}).get("name") or ""
    return bool((rec.get("number") or {}).get("raw")) and bool(name) and vietnamese_score(name) == 1.0


def many_pages() -> int:
    """The OCR page bound (``rules/limits.toml``): files with more are refused up front."""
    sys.path.insert(0, str(CORPUS.parent))
    from pipeline.limits import limit

    return int(limit("ocr", "max_pages"))


def numbering_xml(start: int | str, fmt: str, ilvl: int, extra: int = 0) -> bytes:
    """A ``word/numbering.xml`` with list 990: ``fmt`` numbers from ``start`` at level ``ilvl``."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{w}">'
            f'<w:abstractNum w:abstractNumId="990"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%{min(ilvl, 8) + 1}."/></w:lvl></w:abstractNum>'
            f'<w:num w:numId="990"><w:abstractNumId w:val="990"/></w:num><!-- {extra} --></w:numbering>').encode()


def list_paragraphs(document_xml: bytes, ilvl: int, n: int) -> bytes:
    """``document_xml`` with ``n`` paragraphs of list 990 at level ``ilvl`` before the section end."""
    items = "".join(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="990"/></w:numPr></w:pPr>'
                    f"<w:r><w:t>Nội dung mục {k}</w:t></w:r></w:p>" for k in range(n))
    xml = document_xml.decode("utf-8")
    at = xml.rindex("<w:sectPr") if "<w:sectPr" in xml else xml.rindex("</w:body>")
    return (xml[:at] + items + xml[at:]).encode("utf-8")


class _Maker:
    """The generators share the seed's layout and its born-digital twins (made once)."""

    def __init__(self, out: Path, rng: random.Random, ocr: bool, outside: Path) -> None:
        self.out, self.rng, self.ocr = out, rng, ocr
        self.text = SEED.read_text(encoding="utf-8")
        self.twins = _tool("formats")
        self.lay = self.twins.layout(self.text)
        self._docx: bytes | None = None
        self._pdf: bytes | None = None
        self.secret = outside / f"{out.name}-secret.txt"  # outside the input: must never be read

    @property
    def docx(self) -> bytes:
        if self._docx is None:
            self._docx = self.twins.make_docx(self.lay)
        return self._docx

    @property
    def pdf(self) -> bytes:
        if self._pdf is None:
            self._pdf = self.twins.make_pdf(self.lay)
        return self._pdf

    def members(self) -> dict[str, bytes]:
        with zipfile.ZipFile(io.BytesIO(self.docx)) as zf:
            return {n: zf.read(n) for n in zf.namelist()}

    # each: (variant index) -> (file name, bytes, Bad fields)
    def empty(self, i: int):
        return f"empty-{i}.txt", b" \n" * i, dict(expect="error", kinds=("empty",))

    def random_bytes(self, i: int):
        return f"random-{i}.txt", self.rng.randbytes(2048 + i), dict(expect="error", kinds=("binary",))

    def truncated_pdf(self, i: int):
        cut = self.rng.randrange(len(self.pdf) // 4, len(self.pdf) * 3 // 4)
        return f"truncated-{i}.pdf", self.pdf[:cut], dict(expect="error", kinds=("corrupt",))

    def garbage_pdf(self, i: int):
        return f"garbage-{i}.pdf", b"%PDF-1.7\n" + self.rng.randbytes(4096) + b"\n%%EOF\n", \
            dict(expect="error", kinds=("corrupt",))

    def encrypted_pdf(self, i: int):
        from reportlab.lib.pdfencrypt import StandardEncryption

        data = self.twins.make_pdf(self.lay, encrypt=StandardEncryption(f"mật-khẩu-{i}", ownerPassword="chủ"))
        return f"locked-{i}.pdf", data, dict(expect="error", kinds=("encrypted",))

    def zip_bomb_docx(self, i: int):
        m = self.members()
        m[f"word/media/padding-{i}.bin"] = b"\x00" * ((16 + i % 8) * 1024 * 1024)
        return f"bomb-{i}.docx", self.twins.zip_bytes(m), dict(expect="error", kinds=("zip-bomb",))

    def truncated_docx(self, i: int):
        cut = self.rng.randrange(200, len(self.docx) // 2)
        return f"cut-{i}.docx", self.docx[:cut], dict(expect="error", kinds=("corrupt",))

    def external_entity_docx(self, i: int):
        marker = f"BÍ-MẬT-{i}"
        self.secret.write_text(marker, encoding="utf-8")
        m = self.members()
        xml = m["word/document.xml"].decode("utf-8")
        decl = xml.index("?>") + 2
        body, used = re.subn(r"(<w:t(?: [^>]*)?>)", r"\1&xxe;", xml[decl:], count=1)
        assert used, "the DOCX has no text run to put the entity in"
        m["word/document.xml"] = (xml[:decl] + f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{self.secret.as_uri()}">]>'
                                  + body).encode("utf-8")
        m["docProps/custom.xml"] = f"<x n='{i}'/>".encode()  # each file its own content

        def no_leak(rec: dict[str, Any]) -> bool:
            return "BÍ-MẬT" not in json.dumps(rec, ensure_ascii=False)

        return f"xxe-{i}.docx", self.twins.zip_bytes(m), dict(expect="record", check=no_leak)

    def unsupported_zip(self, i: int):
        data = self.twins.zip_bytes({"xl/workbook.xml": f"<x n='{i}'/>".encode(), "[Content_Types].xml": b"<x/>"})
        return f"sheet-{i}.docx", data, dict(expect="error", kinds=("unsupported-format",))

    def png_bomb(self, i: int):
        return f"bomb-{i}.png", _png(100_000 + i, 100_000), dict(expect="error", kinds=("image-too-large",))

    def damaged_png(self, i: int):
        from PIL import Image

        data = _image_bytes(Image.new("L", (200 + i, 200), 255))
        return f"damaged-{i}.png", data[:40], dict(expect="error", kinds=("corrupt", "missing-ocr"))

    def photo_of_nothing(self, i: int):
        import numpy as np
        from PIL import Image, ImageFilter

        w, h = 900, 1200
        gen = np.random.default_rng(self.rng.randrange(2**32))
        noise = gen.normal(120 + i % 60, 40 + i % 20, (h, w)).clip(0, 255).astype("uint8")
        wall = Image.fromarray(noise, "L").filter(ImageFilter.GaussianBlur(3))
        # tesseract may read a few "words" into texture: an empty-text error or a record of nulls
        return f"wall-{i}.jpg", _image_bytes(wall, "JPEG"), dict(expect="either", kinds=("empty",), check=_all_null)

    def no_vietnamese(self, i: int):
        text = (f"Quarterly budget memo {i}.\nAll figures are provisional.\n" * (20 + i % 7)).encode()
        return f"memo-{i}.txt", text, dict(expect="record", check=_all_null)

    def mixed_encodings(self, i: int):
        head, _, rest = self.text.partition("\n\n\n")
        data = head.encode("utf-8") + f"\n\n{i}\n\n".encode() + self.twins.encode_as(rest, "windows-1258")
        return f"mixed-{i}.txt", data, dict(expect="record", check=_both_halves_read)

    def misnamed_docx(self, i: int):
        m = self.members()
        m["docProps/custom.xml"] = f"<x n='{i}'/>".encode()
        return f"actually-word-{i}.pdf", self.twins.zip_bytes(m), \
            dict(expect="record", check=lambda r: (r.get("number") or {}).get("raw") is not None)

    def odd_name(self, i: int):
        data = self.text.replace("\n\n", f"\n\n<!-- {i} -->\n\n", 1).encode()
        return f"Kế hoạch số {i} (bản cuối) – đã ký.txt", data, dict(expect="record",
                                                                  check=lambda r: r.get("doc_type") is not None)

    def huge_text(self, i: int):
        filler = "- Nội dung chi tiết của phụ lục, dòng số liệu tổng hợp.\n" * 1000
        parts = [self.text, f"\n{i}\n"]
        size = 0
        while size < 20 * 1024 * 1024:
            parts.append(filler)
            size += len(filler.encode())
        return f"annex-{i}.txt", "".join(parts).encode(), \
            dict(expect="record", check=lambda r: (r.get("number") or {}).get("raw") is not None)

    # -- issue 18: names, code points, declared sizes and work that grows with the square --------

    def non_utf8_name(self, i: int):
        # a name from an old archive (Latin-1/TCVN3 bytes): opened by its bytes, shown \xNN
        data = self.text.replace("\n\n", f"\n\n<!-- tên {i} -->\n\n", 1).encode()
        name = os.fsdecode(b"K\xea ho\xe1ch " + str(i).encode() + b".txt")
        return name, data, dict(expect="record", check=lambda r: "\\x" in r["source"]["path"]
                                and (r.get("number") or {}).get("raw") is not None)

    def surrogate_docx(self, i: int):
        # a w:sym naming a lone surrogate code: not a character; the record must still come
        m = self.members()
        xml = m["word/document.xml"].decode("utf-8")
        sym = f'<w:r><w:sym w:font="Symbol" w:char="{0xDC00 + i % 0x400:04X}"/></w:r>'
        xml, used = re.subn(r"(<w:p[ >].*?)(</w:p>)", lambda mm: mm.group(1) + sym + mm.group(2), xml, count=3,
                            flags=re.S)
        assert used
        m["word/document.xml"] = xml.encode("utf-8")
        return f"sym-{i}.docx", self.twins.zip_bytes(m), \
            dict(expect="record", check=lambda r: (r.get("number") or {}).get("raw") is not None)

    def docx_numbering(self, i: int):
        # list numbering as a hostile file may declare it: a start of 10⁹ or 10¹² in roman
        # numerals or letters (a million letters per item), a start that is no number, level 12
        start, fmt, ilvl = ((10**9, "upperRoman", 0), (10**12, "lowerLetter", 0), ("abc", "decimal", 0),
                            (1, "decimal", 12))[i % 4]
        m = self.members()
        m["word/numbering.xml"] = numbering_xml(start, fmt, ilvl, extra=i)
        m["word/document.xml"] = list_paragraphs(m["word/document.xml"], ilvl, 200)
        return f"numbered-{i}.docx", self.twins.zip_bytes(m), \
            dict(expect="record", check=lambda r: (r.get("number") or {}).get("raw") is not None)

    def html_charset(self, i: int):
        # a declared charset that is no text encoding, or UTF-16 over UTF-8 bytes
        label = ("base64", "rot13", "undefined", "utf-16", "zlib")[i % 5]
        html = self.twins.make_html(self.lay).decode("utf-8")
        html = re.sub(r"<meta[^>]*charset[^>]*>", "", html, flags=re.I)
        html = html.replace("<head>", f'<head><meta charset="{label}"><!-- {i} -->', 1)
        return f"charset-{i}.html", html.encode("utf-8"), \
            dict(expect="record", check=lambda r: (r.get("number") or {}).get("raw") is not None)

    def html_deep(self, i: int):
        # the whole body nested 254 levels deep (past libxml2's default limit of 256), or 3000
        depth = (254, 3000)[i % 2]
        html = self.twins.make_html(self.lay).decode("utf-8")
        body_open = re.search(r"<body[^>]*>", html)
        assert body_open
        a, b = body_open.end(), html.rindex("</body>")
        html = html[:a] + "<div>" * depth + html[a:b] + "</div>" * depth + f"<!-- {i} -->" + html[b:]
        return f"deep-{i}.html", html.encode("utf-8"), \
            dict(expect="record", check=lambda r: (r.get("number") or {}).get("raw") is not None)

    def html_long_list(self, i: int):
        # a numbered list of 8,000 items (each item's number was looked up in the whole list)
        html = self.twins.make_html(self.lay).decode("utf-8")
        items = "".join(f"<li>Mục {k} của danh sách {i}</li>" for k in range(8000))
        html = html.replace("</body>", f"<ol>{items}</ol></body>", 1)
        return f"list-{i}.html", html.encode("utf-8"), \
            dict(expect="record", check=lambda r: (r.get("number") or {}).get("raw") is not None)

    def combining_marks(self, i: int):
        # 20,000 combining marks on one letter (each cut of the cluster was tried and normalized)
        data = (self.text + "\n\ne" + "\u0301" * (20_000 + i) + "\n").encode("utf-8")
        return f"marks-{i}.txt", data, \
            dict(expect="record", check=lambda r: (r.get("number") or {}).get("raw") is not None)

    def title_spaces(self, i: int):
        # a trích yếu with tabs, double spaces and line breaks (scraped pages), its words again
        # in the body: the title's span was once searched past its block and ended before it began
        words = "Tổ chức hội nghị tổng kết công tác năm".split()
        seps = ["  ", "\n", "\t", "\n", "  ", "\n", "\n", "  "]
        title = words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=True))
        text = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                f"Số: {12 + i}/KH-UBND\n\nAn Bình, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\n{title}\n\nI. MỤC ĐÍCH\n"
                + "Nội dung công việc.\n" * 3 + " ".join(words) + " tại hội trường.\n")
        return f"title-{i}.txt", text.encode("utf-8"), \
            dict(expect="record", check=lambda r: r.get("title") == " ".join(words))

    def pdf_huge_page(self, i: int):
        # one page declared 80 × 80 inches with no text: 576 million pixels to render for OCR
        from reportlab.pdfgen import canvas

        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(80 * 72, 80 * 72))
        c.rect(72, 72, 100 + i, 100)
        c.showPage()
        c.save()
        return f"poster-{i}.pdf", buf.getvalue(), dict(expect="error", kinds=("image-too-large",))

    def pdf_many_scans(self, i: int):
        # more pages without a text layer than may be OCR'd: refused before the first is
        from reportlab.pdfgen import canvas

        buf = io.BytesIO()
        c = canvas.Canvas(buf)
        for k in range(many_pages() + 1 + i):
            c.rect(72, 72, 100 + k % 50, 100)
            c.showPage()
        c.save()
        return f"scans-{i}.pdf", buf.getvalue(), dict(expect="error", kinds=("too-large",))

    def tiff_many_frames(self, i: int):
        from PIL import Image

        frames = [Image.new("L", (64, 64), 255 - (k + i) % 7) for k in range(many_pages() + 1)]
        buf = io.BytesIO()
        frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
        return f"frames-{i}.tif", buf.getvalue(), dict(expect="error", kinds=("too-large",))

    def rotated_scan(self, i: int):
        scans = _tool("scans")
        pages, _style = scans.render_document(self.text, f"{SEED.stem}-{i}", max_pages=1)
        page = pages[0]
        angle = (90, 180, 270)[i % 3]
        return f"sideways-{i}.png", _image_bytes(page.rotate(angle, expand=True).convert("L")), \
            dict(expect="record", check=lambda r: (r.get("number") or {}).get("raw") is not None)


# (generator name, how many of every 19 bad files; None: at most one per folder)
MIX: list[tuple[str, int | None]] = [
    ("empty", 1), ("random_bytes", 2), ("truncated_pdf", 1), ("garbage_pdf", 1), ("encrypted_pdf", 1),
    ("zip_bomb_docx", 1), ("truncated_docx", 1), ("external_entity_docx", 1), ("unsupported_zip", 1),
    ("png_bomb", 1), ("damaged_png", 1), ("photo_of_nothing", 1), ("no_vietnamese", 2), ("mixed_encodings", 1),
    ("misnamed_docx", 1), ("odd_name", 1), ("huge_text", None), ("rotated_scan", None),
    ("non_utf8_name", 1), ("surrogate_docx", 1), ("docx_numbering", 1), ("html_charset", 1), ("html_deep", 1),
    ("html_long_list", 1), ("combining_marks", 1), ("title_spaces", 1), ("pdf_huge_page", 1),
    ("pdf_many_scans", 1), ("tiff_many_frames", 1),
]
OCR_KINDS = {"photo_of_nothing", "rotated_scan"}


def make(out: Path, n: int, seed: int = 0, *, ocr: bool = True, scans: int = 2,
         outside: Path | None = None, special: bool = True) -> list[Bad]:
    """Write ``n`` bad files (three of them links) into ``out``; their expected outcomes.
    With ``special``, a FIFO is added (it is not counted in ``n``).

    ``outside`` (default: ``out``'s parent) is a folder outside the batch's input: the target of
    the link that leaves it and the secret file the external entity names.

    ``scans`` rotated page scans are included (OCR costs seconds each) and one 20 MB text;
    without ``ocr`` no input needs tesseract.
    """
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    outside = outside or out.parent
    mk = _Maker(out, rng, ocr, outside)
    plan: list[str] = []
    plan += ["huge_text"] if n >= 40 else []
    plan += ["rotated_scan"] * (scans if ocr else 0)
    cycle = [g for g, k in MIX if k for _ in range(k) if ocr or g not in OCR_KINDS]
    links = 3
    while len(plan) < n - links:
        plan.append(cycle[len(plan) % len(cycle)])
    made: list[Bad] = []
    seen: dict[str, int] = {}
    for g in plan:
        i = seen[g] = seen.get(g, -1) + 1
        name, data, spec = getattr(mk, g)(i)
        p = out / name
        p.write_bytes(data)
        made.append(Bad(p, g, **spec))
    # links: one out of the input, one dangling, one loop (each reported, none followed out)
    elsewhere = outside / f"{out.name}-outside.txt"
    elsewhere.write_text(mk.text, encoding="utf-8")
    loop = out / "loop"
    loop.mkdir(exist_ok=True)
    for link, target, kinds in ((out / "link-out.txt", elsewhere, ("outside-input",)),
                                (out / "dangling.txt", out / "no-such-file.txt", ("bad-link",)),
                                (loop / "again", loop, ("bad-link",))):
        if not link.is_symlink():
            link.symlink_to(target)
        made.append(Bad(link, "link", "error", kinds))
    if special and hasattr(os, "mkfifo"):  # a named pipe: reported, never opened (a read would block)
        fifo = out / "pipe.txt"
        if not fifo.exists():
            os.mkfifo(fifo)
        made.append(Bad(fifo, "fifo", "error", ("not-a-file",)))
    return made[: max(n, len(made))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-ocr", action="store_true")
    a = ap.parse_args(argv)
    for b in make(a.out, a.n, a.seed, ocr=not a.no_ocr):
        print(json.dumps({"path": str(b.path), "kind": b.kind, "expect": b.expect, "kinds": list(b.kinds)},
                         ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
