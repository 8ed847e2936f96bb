"""Scan simulator: render corpus documents into A4 page images that look like real scans.

The OCR path is measured on these renders against the same gold as the plain-text twins, so
the renders imitate what an archivist actually receives: Liberation Serif (a Times-like font,
Debian ``fonts-liberation2``), the two-column header block of Nghị định 30/2020 (issuer on the
left, Quốc hiệu/Tiêu ngữ on the right, bold, centred in their columns, underlined; number and
place/date on the row below), the closing as a two-column table too (the ``Nơi nhận`` list
left, the signature block right, as every closing of the text — the document's and its
appendix forms' — is printed; ``--no-closing-columns`` stacks them), the body wrapped to the
page width, page numbers centred in the top margin from page 2 on, 200–300 dpi, a slight
skew (±1.5°), sensor noise, blur and JPEG artefacts. Everything is seeded by the document name, so
a render is reproducible byte for byte.

Outputs (into ``OUT``, default ``out/scans/``, git-ignored and outside ``corpus/`` so that tests and evaluations of the corpus never pick renders up — renders are large and are
regenerated, never committed), each with ``NAME.gold.json`` copied beside it::

    OUT/pdf/NAME.pdf     multi-page PDF (Pillow, image-only: no text layer)
    OUT/tiff/NAME.tif    multi-page TIFF
    OUT/png/NAME.png     first page only (gold fields of later pages will not score)
    OUT/jpeg/NAME.jpg    first page only

Usage::

    .venv/bin/python corpus/scans/make.py [DOC ...] [--out DIR] [--formats pdf,tiff,png,jpeg]
        [--max-pages N] [--no-closing-columns]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
FONTS = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
}
A4_MM = (210.0, 297.0)
MARGIN_MM = (30.0, 20.0, 15.0, 20.0)  # left, top, right, bottom (Nghị định 30/2020, Phụ lục I)
BODY_PT = 13.0
HEADER_PT = 12.5
_QUOC_HIEU = re.compile(r"^\s*CỘNG\s+HÒA\s+XÃ\s+HỘI", re.I)
_DASHES = re.compile(r"^\s*[-_–—=.*]{3,}\s*$")
_NUMBER = re.compile(r"^\s*Số\s*[:.]?", re.I)
_DATE = re.compile(r"ngày\b.*\btháng\b|\bnăm\s+\d{4}\b", re.I)


@dataclass(frozen=True)
class Style:
    """How one document is degraded; drawn from the seeded generator."""

    dpi: int
    skew: float  # degrees
    blur: float  # Gaussian radius, pixels
    noise: float  # Gaussian sigma, grey levels
    jpeg_quality: int


def style_for(name: str, dpi: int | None = None) -> Style:
    """A reproducible degradation for document ``name``."""
    rng = random.Random(int(hashlib.sha256(name.encode()).hexdigest()[:16], 16))
    return Style(
        dpi=dpi or rng.choice((200, 240, 300)),
        skew=rng.uniform(-1.5, 1.5),
        blur=rng.uniform(0.3, 0.9),
        noise=rng.uniform(4.0, 12.0),
        jpeg_quality=rng.randint(55, 85),
    )


def _font(kind: str, pt: float, dpi: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / FONTS[kind]), size=max(8, round(pt * dpi / 72)))


def _px(mm: float, dpi: int) -> int:
    return round(mm / 25.4 * dpi)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap to ``width`` pixels."""
    out: list[str] = []
    line = ""
    for word in text.split():
        cand = f"{line} {word}" if line else word
        if line and font.getlength(cand) > width:
            out.append(line)
            line = word
        else:
            line = cand
    if line:
        out.append(line)
    return out


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and len(line) <= 300 and sum(c.isupper() for c in letters) / len(letters) > 0.9


@dataclass
class Layout:
    """The document split the way a printed page lays it out."""

    before: list[str]  # lines above the header block (publisher boilerplate)
    issuer: list[str]
    national: list[str]
    number: list[str]  # left column of the second header row
    date: str | None  # right column of the second header row
    body: list[str]


def layout(text: str) -> Layout:
    """Find the header block of a normalized text (issuer | Quốc hiệu, number | date)."""
    lines = text.split("\n")
    qh = next((i for i, s in enumerate(lines[:80]) if _QUOC_HIEU.match(s)), None)
    before: list[str] = []
    issuer: list[str] = []
    national: list[str] = []
    i = 0
    if qh is not None:
        j = qh - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        k = j
        while k >= 0 and lines[k].strip():
            k -= 1
        issuer = [s.strip() for s in lines[k + 1 : j + 1] if not _DASHES.match(s)]
        before = lines[: k + 1]
        i = qh
        while i < len(lines) and lines[i].strip():
            if not _DASHES.match(lines[i]):
                national.append(lines[i].strip())
            i += 1
    else:
        while i < len(lines) and not lines[i].strip():
            i += 1
    # second row: "Số: …" (and a "V/v …" line under it) left, "Place, ngày …" right
    number: list[str] = []
    date: str | None = None
    rest = [(n, s) for n, s in enumerate(lines) if n >= i and s.strip()][:5]
    if len(rest) > 1 and re.fullmatch(r"\s*Số\s*:?\s*", rest[0][1]):
        # a table cell that put the number under its label: printed on one line
        rest = [(rest[1][0], f"Số: {rest[1][1].strip()}")] + rest[2:]
    if rest and _NUMBER.match(rest[0][1]):
        number.append(rest[0][1].strip())
        last = rest[0][0]
        for n, s in rest[1:]:
            if date is None and _DATE.search(s) and len(s) < 80:
                date, last = s.strip(), n
            elif s.lstrip().lower().startswith("v/v") and len(number) == 1:
                number.append(s.strip())
                last = n
            else:
                break
        i = last + 1
    return Layout(before, issuer, national, number, date, lines[i:])


class _Pages:
    """Draws lines top to bottom, starting a new page when one is full."""

    def __init__(self, dpi: int) -> None:
        self.dpi = dpi
        self.size = (_px(A4_MM[0], dpi), _px(A4_MM[1], dpi))
        left, top, right, bottom = (_px(m, dpi) for m in MARGIN_MM)
        self.x0, self.x1 = left, self.size[0] - right
        self.top, self.bottom = top, self.size[1] - bottom
        self.pages: list[Image.Image] = []
        self._new()

    def _new(self) -> None:
        self.img = Image.new("L", self.size, 255)
        self.draw = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = self.top

    def room(self, h: int) -> None:
        if self.y + h > self.bottom:
            self._new()

    def text(self, s: str, font: ImageFont.FreeTypeFont, *, x0: int | None = None, x1: int | None = None,
             align: str = "left", indent: int = 0, gap: float = 0.35) -> None:
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        line_h = round(font.size * 1.25)
        parts = _wrap(s, font, x1 - x0 - indent)
        for n, part in enumerate(parts):
            self.room(line_h)
            w = font.getlength(part)
            if align == "center":
                self.draw.text((x0 + (x1 - x0 - w) / 2, self.y), part, font=font, fill=0)
            elif align == "justify" and n < len(parts) - 1 and " " in part:
                # both margins flush, as Nghị định 30/2020 prescribes: spread the spaces
                words = part.split(" ")
                x = x0 + (indent if n == 0 else 0)
                room = x1 - x - sum(font.getlength(t) for t in words)
                space = room / (len(words) - 1)
                for t in words:
                    self.draw.text((x, self.y), t, font=font, fill=0)
                    x += font.getlength(t) + space
            else:
                self.draw.text((x0 + (indent if n == 0 else 0), self.y), part, font=font, fill=0)
            self.y += line_h
        self.y += round(font.size * gap)


_NOI_NHAN = re.compile(r"^\s*Nơi\s+nhận\s*:?", re.I)


def _closings(body: list[str]) -> list[tuple[int, int, int]]:
    """Every "Nơi nhận:" list followed by a signature block (the document's own closing and
    those of forms in its appendices), each as :func:`_closing` gives it."""
    out = []
    for start in (i for i, s in enumerate(body) if _NOI_NHAN.match(s)):
        if out and start < out[-1][1]:
            continue
        c = _closing(body, start)
        if c is not None:
            out.append(c)
    return out


def _closing(body: list[str], start: int) -> tuple[int, int, int] | None:
    """``(start, end, signature_start)`` of the "Nơi nhận:" list at ``start`` followed by the
    signature block (authority, position, name): printed side by side at the foot of a
    document."""
    i = start + 1
    while i < len(body) and (not body[i].strip() or body[i].lstrip().startswith(("-", "+", "•"))):
        i += 1
    sig = i
    while i < len(body) and i - sig < 6 and (not body[i].strip() or len(body[i]) < 70) \
            and not body[i].strip().upper().startswith("PHỤ LỤC"):
        i += 1
    if not any(body[k].strip() for k in range(sig, i)):
        return None
    return start, i, sig


def _render_closing(pg: _Pages, body: list[str], closing: tuple[int, int, int], mid: int) -> None:
    """Recipients in the left column (small), the signature block in the right one (bold,
    centred, the name under the space left for the signature)."""
    start, end, sig = closing
    dpi = pg.dpi
    small, small_b = _font("regular", 11, dpi), _font("bold", 12, dpi)
    sig_font = _font("bold", BODY_PT, dpi)
    items = [body[start].strip()] + [t.strip() for t in body[start + 1 : sig] if t.strip()]
    signature = [t.strip() for t in body[sig:end] if t.strip()]
    need = max(len(items) * round(small.size * 1.3), (len(signature) + 4) * round(sig_font.size * 1.3))
    pg.room(need)
    y0 = pg.y
    for k, t in enumerate(items):
        pg.text(t, small_b if k == 0 else small, x0=pg.x0 - _px(10, dpi), x1=mid, gap=0.05)
    y_left = pg.y
    pg.y = y0
    for k, t in enumerate(signature):
        if k == len(signature) - 1 and len(signature) > 1:
            pg.y += round(sig_font.size * 3.5)  # the signature and the seal
        pg.text(t, sig_font, x0=mid, x1=pg.x1, align="center", gap=0.05)
    pg.y = max(pg.y, y_left) + round(sig_font.size * 0.8)


def render(text: str, style: Style, *, max_pages: int | None = None,
           closing_columns: bool = True) -> list[Image.Image]:
    """Clean page images (grey, white background) of a normalized text."""
    from pipeline.segment import match_type_line

    dpi = style.dpi
    pg = _Pages(dpi)
    lay = layout(text)
    reg, bold, ital = (_font(k, BODY_PT, dpi) for k in ("regular", "bold", "italic"))
    hreg, hbold = _font("regular", HEADER_PT, dpi), _font("bold", HEADER_PT, dpi)
    for s in lay.before:
        if s.strip() and not _DASHES.match(s):
            pg.text(s.strip(), reg, indent=_px(10, dpi))
    mid = pg.x0 + round((pg.x1 - pg.x0) * 0.42)
    if lay.issuer or lay.national:
        y0 = pg.y
        ys = []
        for lines, (a, b), fonts in ((lay.issuer, (pg.x0 - _px(15, dpi), mid), (hreg, hbold)),
                                     (lay.national, (mid, pg.x1 + _px(5, dpi)), (hbold, hbold))):
            pg.y = y0
            for n, s in enumerate(lines):
                f = fonts[1] if (n == len(lines) - 1 or lines is lay.national) else fonts[0]
                pg.text(s, f, x0=a, x1=b, align="center", gap=0.05)
            # the short rule under each column
            cx, w = (a + b) / 2, _px(18 if lines is lay.issuer else 40, dpi)
            pg.draw.line((cx - w / 2, pg.y + 4, cx + w / 2, pg.y + 4), fill=0, width=max(1, dpi // 150))
            ys.append(pg.y)
        pg.y = max(ys) + round(reg.size * 0.9)
    if lay.number or lay.date:
        y0 = pg.y
        pg.text(" ".join(lay.number[:1]), hreg, x0=pg.x0 - _px(15, dpi), x1=mid, align="center", gap=0.1)
        for s in lay.number[1:]:
            pg.text(s, _font("regular", 12, dpi), x0=pg.x0 - _px(15, dpi), x1=mid, align="center", gap=0.1)
        y_left = pg.y
        if lay.date:
            pg.y = y0
            pg.text(lay.date, ital, x0=mid, x1=pg.x1 + _px(5, dpi), align="center", gap=0.1)
        pg.y = max(pg.y, y_left) + round(reg.size * 0.8)
    body: list[str] = []
    in_title = True  # the title block: headings before the first body line
    for s in lay.body:
        s = s.strip()
        # (the type name stays a line of its own above the trích yếu, Nghị định 30/2020)
        if in_title and body and s and _is_heading(s) and _is_heading(body[-1]) \
                and not re.match(r"^[IVXLC\d]+[.)]", s) and not match_type_line(body[-1]):
            body[-1] += " " + s  # a title the converter broke: printed as one paragraph
        else:
            body.append(s)
            in_title = in_title and (not s or _is_heading(s))
    # Side by side "Nơi nhận" | signature is how real documents close; the OCR layout reads it
    # back column by column (pipeline/ocr/layout.py, closing_zone). On by default.
    closings = _closings(body) if closing_columns else []
    starts = {c[0]: c for c in closings}
    inside = {n for c in closings for n in range(c[0], c[1])}
    for n, s in enumerate(body):
        if n in starts:
            _render_closing(pg, body, starts[n], mid)
        if n in inside:
            continue
        if not s or _DASHES.match(s):
            continue
        if max_pages and len(pg.pages) > max_pages:
            break
        if _is_heading(s) and not re.match(r"^[IVXLC\d]+[.)]", s):
            pg.text(s, bold, align="center")
        else:
            pg.text(s, reg, indent=_px(10, dpi), align="justify")
    pages = pg.pages[:max_pages] if max_pages else pg.pages
    if pages and not np.any(np.asarray(pages[-1]) < 128):
        pages = pages[:-1] or pages
    # page numbers from the second page on, centred in the top margin (Nghị định 30/2020,
    # Phụ lục I: Arabic numerals, 13–14 pt, upright, none on the first page)
    for n, img in enumerate(pages[1:], start=2):
        w = reg.getlength(str(n))
        ImageDraw.Draw(img).text(((pg.x0 + pg.x1 - w) / 2, pg.top * 0.45), str(n), font=reg, fill=0)
    return pages


def degrade(page: Image.Image, style: Style, seed: int) -> Image.Image:
    """Skew, blur, noise and a JPEG round trip, like a flatbed scan saved by an office scanner."""
    rng = np.random.default_rng(seed)
    img = page.rotate(style.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(style.blur * style.dpi / 300))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * 0.92 + 12 + rng.normal(0.0, style.noise, arr.shape)  # grey paper, sensor noise
    specks = rng.random(arr.shape) < 0.0004
    arr[specks] = rng.uniform(0, 120, int(specks.sum()))
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=style.jpeg_quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    out.info["dpi"] = (style.dpi, style.dpi)
    return out


def render_document(text: str, name: str, *, dpi: int | None = None, max_pages: int | None = None,
                    normalize_first: bool = True, closing_columns: bool = True,
                    ) -> tuple[list[Image.Image], Style]:
    """Scanned-looking pages of one document's text (markdown stripped by the normalizer)."""
    if normalize_first:
        from pipeline.normalize import normalize

        text = normalize(text).text
    style = style_for(name, dpi)
    pages = render(text, style, max_pages=max_pages, closing_columns=closing_columns)
    return [degrade(p, style, seed=n + int(hashlib.sha256(name.encode()).hexdigest()[:8], 16))
            for n, p in enumerate(pages)], style


def _save(pages: list[Image.Image], fmt: str, dest: Path, dpi: int) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    # fresh copies for each format: a save leaves its options on the appended images, and the
    # next writer (Pillow ≥ 12's TIFF) would take them for tags
    pages = [p.copy() for p in pages]
    res = (dpi, dpi)
    if fmt == "pdf":
        pages[0].save(dest, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi))
    elif fmt == "tiff":
        pages[0].save(dest, "TIFF", save_all=True, append_images=pages[1:], dpi=res,
                      compression="jpeg", quality=90)
    elif fmt == "png":
        pages[0].save(dest, "PNG", dpi=res)
    elif fmt == "jpeg":
        pages[0].save(dest, "JPEG", dpi=res, quality=90)


SUFFIX = {"pdf": ".pdf", "tiff": ".tif", "png": ".png", "jpeg": ".jpg"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", nargs="*", type=Path,
                    help="documents (default: corpus/seeds/*.txt and corpus/dev/*.md with gold)")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "scans")
    ap.add_argument("--formats", default="pdf,tiff,png,jpeg")
    ap.add_argument("--max-pages", type=int, default=None)
    ap.add_argument("--dpi", type=int, default=None, help="force one resolution (default 200–300)")
    ap.add_argument("--closing-columns", action=argparse.BooleanOptionalAction, default=True,
                    help="print Nơi nhận and the signature side by side, as real documents do "
                         "(default; --no-closing-columns prints them one under the other)")
    args = ap.parse_args(argv)
    docs = args.docs or sorted((ROOT / "corpus" / "seeds").glob("*.txt")) + sorted(
        (ROOT / "corpus" / "dev").glob("*.md"))
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    for fmt in formats:
        if fmt not in SUFFIX:
            ap.error(f"unknown format {fmt!r} (choose from {', '.join(SUFFIX)})")
    for doc in docs:
        name = doc.name.rsplit(".", 1)[0]
        pages, style = render_document(doc.read_text(encoding="utf-8"), name, dpi=args.dpi,
                                       max_pages=args.max_pages, closing_columns=args.closing_columns)
        gold = doc.with_name(name + ".gold.json")
        for fmt in formats:
            dest = args.out / fmt / (name + SUFFIX[fmt])
            _save(pages, fmt, dest, style.dpi)
            if gold.is_file():
                shutil.copyfile(gold, dest.with_name(name + ".gold.json"))
        print(f"{name}: {len(pages)} page(s), {style.dpi} dpi, skew {style.skew:+.2f}°", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
