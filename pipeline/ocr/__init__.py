"""OCR of one page image with tesseract (``vie``), keeping Vietnamese intact.

One ``image_to_data`` call per page gives words with boxes, confidences and tesseract's
block/paragraph/line structure; the page text is built here from those words (lines in
reading order, the header's two columns apart, a blank line between paragraphs), so every
:class:`~pipeline.ingest.Word` has the exact span of its text. Preprocessing (seal ink
included) is in :mod:`.preprocess`, the column layout in :mod:`.layout`, the post-OCR repairs
in :mod:`.repair`, the handwritten blanks of the header in :mod:`.fillins`, the incoming-document
stamp in :mod:`.stamps`; their settings are in ``rules/ocr.toml``.

Used by the image reader (:mod:`pipeline.formats.image`) and, for pages without a usable
text layer, by the PDF reader.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from statistics import median
from typing import TYPE_CHECKING

from ..ingest import IngestError, Word
from ..resources import load_rules

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image

    from .fillins import Reading
    from .layout import Line, PageEdges, Paragraph
    from .preprocess import Prepared

INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-vie"


@dataclass(frozen=True)
class OcrPage:
    """One OCR'd page: its text (lines joined by newlines, NFC), words and mean confidence."""

    text: str
    words: tuple[Word, ...]
    mean_conf: float
    edges: PageEdges | None = None  # how its text ends and starts (see ``page_seam``)
    received: dict | None = None  # an incoming-document stamp: {number, date, office}


@cache
def settings() -> dict:
    return load_rules("ocr")


@cache
def check_tesseract() -> str:
    """Tesseract's version, once per process; raises ``IngestError("missing-ocr")`` when the
    binary or its Vietnamese data is missing (both are Debian packages). Every OCR call passes
    here first, so this is also where the process takes on the ``threads`` setting."""
    import pytesseract

    threads = int(settings()["tesseract"]["threads"])
    if threads > 0:
        # read by each tesseract process pytesseract starts (it passes ``os.environ`` on);
        # a limit the user set stays
        os.environ.setdefault("OMP_THREAD_LIMIT", str(threads))
    try:
        version = str(pytesseract.get_tesseract_version())
        langs = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError) as e:
        raise IngestError("missing-ocr", f"tesseract is not installed ({INSTALL_HINT})") from e
    lang = settings()["tesseract"]["lang"]
    if lang not in langs:
        raise IngestError(
            "missing-ocr", f"tesseract has no '{lang}' language data ({INSTALL_HINT})"
        )
    return version


def _config(dpi: int, psm: int | None = None) -> str:
    t = settings()["tesseract"]
    config = f"--oem {t['oem']} --psm {psm if psm is not None else t['psm']} --dpi {dpi}"
    if not t["invert"]:
        config += " -c tessedit_do_invert=0"
    for name, value in t["params"].items():
        config += f" -c {name}={int(value) if isinstance(value, bool) else value}"
    return config


def _handoff(image: Image.Image) -> Image.Image:
    """A copy that pytesseract writes to its temporary file as an uncompressed TIFF.

    pytesseract writes the image in its ``format``. An uncompressed TIFF is written in
    milliseconds and leptonica reads it in 3 ms, where PNG costs a compression here and 80 ms
    of decoding there, and PGM (read pixel by pixel) 120 ms; tesseract sees the same pixels.
    The metadata goes: PIL would reuse a source TIFF's compression (a JPEG-compressed scan
    re-compressed, lossily)."""
    image = image.copy()
    image.info = {}
    image.format = "TIFF"
    return image


CACHE_ENV = "VANBAN_OCR_CACHE"


def _tesseract_data(image: Image.Image, dpi: int, psm: int | None = None,
                    config: str | None = None, lang: str | None = None) -> dict[str, list]:
    """Tesseract's word table for ``image``. With ``$VANBAN_OCR_CACHE`` set to a folder, the
    table is kept there under a hash of the pixels and the settings: a development aid for
    re-running the pipeline on the same scans without paying ~3 s a page again."""
    import pytesseract

    lang = lang or settings()["tesseract"]["lang"]
    config = config if config is not None else _config(dpi, psm)
    cache_dir = os.environ.get(CACHE_ENV)
    path = None
    if cache_dir:
        import hashlib

        h = hashlib.sha1(f"{lang}|{config}|{image.mode}|{image.size}".encode())
        h.update(image.tobytes())
        path = os.path.join(cache_dir, h.hexdigest() + ".json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return json.load(f)
    try:
        data = pytesseract.image_to_data(
            _handoff(image), lang=lang, config=config, output_type=pytesseract.Output.DICT,
        )
    except pytesseract.TesseractError as e:
        raise IngestError("ocr-failed", f"tesseract failed: {e}") from e
    if path is not None:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        os.replace(path + ".tmp", path)
    return data


def _osd_rotation(image: Image.Image, dpi: int) -> int:
    """Clockwise degrees the page must turn to stand upright (tesseract OSD), 0 if unsure."""
    import pytesseract

    image = _handoff(image)
    try:
        osd = pytesseract.image_to_osd(image, config=f"--psm 0 --dpi {dpi}",
                                       output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return 0  # too little text to tell
    return int(osd.get("rotate", 0)) if float(osd.get("orientation_conf", 0)) >= 1.0 else 0


@cache
def _closing_cues() -> tuple[str, ...]:
    """The labels that open the recipients cell of the closing (``Nơi nhận``)."""
    return tuple(load_rules("structure")["closing"]["recipients"])


def _reocr_signature_cells(prep: Prepared, lines: list[Line]) -> list[Line]:
    """``lines`` with the signature cell of each closing table OCR'd again on its own.

    Read together with the recipients list beside it, the big bold lines of the signature
    block (``PHÓ CHỦ TỊCH``) come out of tesseract's line finding cut in pieces across two
    lines ("P U TỊCH" / "Tế vc Ẵ ẹ"): the baselines of the small list lines run through it.
    Cropped to the cell (right of the gutter, the rows of the block) and read as one uniform
    block (``--psm`` ``closing_psm``), it reads like any centred text. One more tesseract
    call per closing, on a few hundred pixels."""
    from .layout import Line, closing_cells, lines_from_data

    lay = settings()["layout"]
    cells = closing_cells(lines, _closing_cues(), max_gap=lay["closing_max_gap"])
    if not cells:
        return lines
    width, height = prep.image.size
    for n, (x0, y0, x1, y1) in enumerate(cells):
        box = (max(0, int(x0)), max(0, int(y0)), min(width, int(x1) + 1), min(height, int(y1) + 1))
        if box[2] - box[0] < 8 or box[3] - box[1] < 8:
            continue
        data = _tesseract_data(prep.image.crop(box), prep.dpi, psm=lay["closing_psm"])
        again = lines_from_data(data)
        if not again:
            continue
        inside = [Line([w for w in ln.words if not _in_box(w.box, (x0, y0, x1, y1))], ln.key) for ln in lines]
        lines = [ln for ln in inside if ln.words]
        for ln in again:
            for w in ln.words:
                w.box = (w.box[0] + box[0], w.box[1] + box[1], w.box[2] + box[0], w.box[3] + box[1])
            lines.append(Line(ln.words, (10_000 + n * 1000 + ln.key[0], ln.key[1], ln.key[2])))
    return lines


def _take_stamp(lines: list[Line], height: float, page_height: float) -> tuple[list[Line], dict | None]:
    """The page's lines less an incoming-document stamp, and what the stamp says
    (:mod:`.stamps`)."""
    from .layout import rows
    from .stamps import find_stamp, without_stamp

    cfg = settings()["stamp"]
    if not cfg["cues"] or not lines:
        return lines, None
    stamp = find_stamp(rows(lines), height, page_height, cfg)
    if stamp is None:
        return lines, None
    return without_stamp(lines, stamp), {"number": stamp.number, "date": stamp.date, "office": stamp.office}


def _mark_line(line: Line, height: float, share: float) -> bool:
    """A line of a few tiny marks tesseract is unsure of (dots, a seal's faint bleed-through,
    pen specks read as ``.A ^ Ẩ``): every box under ``share`` of the page's line height,
    three letters or digits at most, and those read with confidence under 0.6. Real words are
    at least x-height tall; a lone list marker or a row of dots has no letter."""
    if any(w.box[3] - w.box[1] >= share * height for w in line.words):
        return False
    lettered = [w for w in line.words if any(c.isalnum() for c in w.text)]
    n = sum(c.isalnum() for w in lettered for c in w.text)
    return 0 < n <= 3 and sum(w.conf for w in lettered) / len(lettered) < 0.6


def _in_box(b: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> bool:
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _recognize(prep, page: int) -> OcrPage:
    from .layout import Paragraph, lines_from_data, page_edges, paragraphs
    from .repair import recase_after_heading, repair_line

    lay = settings()["layout"]
    data = _tesseract_data(prep.image, prep.dpi)
    lines = lines_from_data(data)
    if lay["closing_psm"]:
        lines = _reocr_signature_cells(prep, lines)
    received = None
    if lines:
        h = median(ln.y1 - ln.y0 for ln in lines)
        lines = [ln for ln in lines if not _mark_line(ln, h, lay["mark_height"])]
        lines, received = _take_stamp(lines, h, prep.image.size[1])
    paras = paragraphs(lines, column_gap=lay["column_gap"], row_gap=lay["row_gap"],
                       closing_cues=_closing_cues(), closing_max_gap=lay["closing_max_gap"],
                       glue_gap=lay["glue_gap"], paragraph_gap=lay["paragraph_gap"],
                       narrow_gap=lay["narrow_column_gap"])
    fixed = [Paragraph(recase_after_heading(ls), column=p.column) for p in paras
             if (ls := [ln for ln in (repair_line(ws) for ws in p.lines) if ln])]
    fixed = _without_page_number(fixed, prep.image.size[1])
    height = median(ln.y1 - ln.y0 for ln in lines) if lines else 0.0
    fixed = _mend_blanks(prep, fixed, height)
    parts: list[str] = []
    words: list[Word] = []
    pos = 0
    for para in fixed:
        if parts:
            parts.append("\n\n")
            pos += 2
        for k, ln in enumerate(para.lines):
            if k:
                parts.append("\n")
                pos += 1
            for j, w in enumerate(ln):
                if j:
                    parts.append(" ")
                    pos += 1
                parts.append(w.text)
                words.append(Word(pos, pos + len(w.text), page, prep.box_back(w.box), round(w.conf, 3)))
                pos += len(w.text)
    text = unicodedata.normalize("NFC", "".join(parts))
    if len(text) != pos:  # repaired words are NFC already; this never shifts offsets
        raise AssertionError("OCR text is not NFC-stable")
    mean = sum(w.conf for w in words) / len(words) if words else 0.0
    return OcrPage(text, tuple(words), round(mean, 4), page_edges(fixed, height), received)


def _mend_blanks(prep: Prepared, paras: list[Paragraph], height: float) -> list[Paragraph]:
    """The header's handwritten blanks (number, day, month) read as digits or left blank
    (:mod:`.fillins`), on the lines in the top part of the page where the header stands."""
    from .fillins import mend_line
    from .layout import Paragraph

    cfg = settings()["fillins"]
    if not cfg["enabled"]:
        return paras
    limit = cfg["zone"] * prep.image.size[1]
    out: list[Paragraph] = []
    for p in paras:
        lines = [mend_line(ln, prep.image, lambda views, _kind: _read_digits(views, prep.dpi), cfg, height)
                 if ln and ln[0].box[1] < limit else ln for ln in p.lines]
        out.append(Paragraph([ln for ln in lines if ln], column=p.column))
    return out


def _read_digits(views: list[tuple[Image.Image, float]], dpi: int) -> list[Reading | None]:
    """The views of a handwritten blank, each scaled by its scale, read as one line of digits
    each (tesseract with a digit whitelist, ``[fillins]`` psm and lang); a view's confidence
    is its least sure word's. All views go to one tesseract run (a list file of images, one
    page each): the process start and model load cost more than reading a few small images,
    and the readings are the same as one run per image."""
    import tempfile

    import pytesseract
    from PIL import Image as PILImage
    from PIL import ImageOps

    from .fillins import Reading

    if not views:
        return []
    cfg = settings()["fillins"]
    lang = cfg["lang"] if cfg["lang"] in _languages() else settings()["tesseract"]["lang"]
    config = (f"--oem 1 --psm {cfg['psm']} --dpi {dpi} -c tessedit_do_invert=0"
              " -c tessedit_char_whitelist=0123456789")
    with tempfile.TemporaryDirectory(prefix="vanban-digits-") as tmp:
        paths = []
        for n, (image, scale) in enumerate(views):
            if scale != 1:
                image = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                                     PILImage.Resampling.LANCZOS)
            path = os.path.join(tmp, f"{n}.tif")
            ImageOps.expand(image.convert("L"), 20, fill=255).save(path)  # uncompressed TIFF
            paths.append(path)
        listing = os.path.join(tmp, "views.txt")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(paths) + "\n")
        try:
            data = pytesseract.image_to_data(listing, lang=lang, config=config,
                                             output_type=pytesseract.Output.DICT)
        except pytesseract.TesseractError as e:
            raise IngestError("ocr-failed", f"tesseract failed: {e}") from e
    words: dict[int, list[tuple[str, float]]] = {}
    for page, text, conf in zip(data["page_num"], data["text"], data["conf"], strict=False):
        if str(text).strip():
            words.setdefault(int(page), []).append((str(text).strip(), float(conf)))
    out: list[Reading | None] = []
    for page in range(1, len(views) + 1):
        got = words.get(page)
        out.append(Reading("".join(t for t, _ in got), max(0.0, min(c for _, c in got)) / 100) if got else None)
    return out


@cache
def _languages() -> frozenset[str]:
    import pytesseract

    return frozenset(pytesseract.get_languages(config=""))


_NUMBER_LIKE = re.compile(r"[^\w\s]{0,2}\d{1,3}[^\w\s]{0,2}")


def _without_page_number(paras: list[Paragraph], page_height: float) -> list[Paragraph]:
    """Paragraphs less a lone page number in the top or bottom margin (Nghị định 30 prints it
    centred in the top margin from page 2 on): it belongs to no paragraph, and a "2" left in
    the text would cut the paragraph running across the page break."""
    from ..formats.pages import PAGE_NUMBER

    def number(p: Paragraph, top: bool) -> bool:
        if p.column or len(p.lines) != 1 or len(p.lines[0]) > 3:
            return False
        words = p.lines[0]
        y = min(w.box[1] for w in words) if top else max(w.box[3] for w in words)
        edge = y < 0.15 * page_height if top else y > 0.85 * page_height
        text = " ".join(w.text for w in words)
        # tesseract reads a lone digit with a speck beside it ("3)" for "2"): in the margin,
        # a short token of digits and punctuation is the number all the same
        return edge and (bool(PAGE_NUMBER.match(text)) or bool(_NUMBER_LIKE.fullmatch(text)))

    if len(paras) > 1 and number(paras[0], True):
        paras = paras[1:]
    if len(paras) > 1 and number(paras[-1], False):
        paras = paras[:-1]
    return paras


def ocr_page(image: Image.Image, page: int, *, dpi: int | None = None) -> OcrPage:
    """OCR one page image; word boxes are in the pixels of ``image``, ``page`` is 1-based.

    ``dpi`` overrides the image's metadata (a rendered PDF page knows its scale). An upside-down
    or sideways page is caught by its poor result (few words, low confidence): only then is
    tesseract's orientation detection run and the page OCR'd again turned upright.
    """
    from .preprocess import prepare, rotate_quarter

    check_tesseract()
    pre = settings()["preprocess"]
    prep = prepare(image, dpi, pre)
    result = _recognize(prep, page)
    if len(result.words) < pre["osd_min_words"] or result.mean_conf < pre["osd_below_conf"]:
        turn = _osd_rotation(prep.image, prep.dpi)
        if turn:
            rotate_quarter(prep, turn)
            again = _recognize(prep, page)
            if again.mean_conf * len(again.words) > result.mean_conf * len(result.words):
                result = again
    return result
