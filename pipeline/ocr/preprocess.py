"""Image preparation before OCR, with the geometry to map word boxes back to the input image.

Each step is switched in ``rules/ocr.toml`` and kept only where it measurably helps on the
rendered scans (``bench/bench_ocr.py ablate``): grayscale and projection-profile deskew
(numpy, small angles, pages leaning ``deskew_min_angle`` or more) are on; upscaling of
low-resolution scans and a global Otsu binarization are available but measured to hurt
(tesseract does better given the true resolution, and binarizes locally itself), so
``rules/ocr.toml`` leaves them off. The page orientation (90/180/270°) is found with
tesseract's OSD only when the upright result looks wrong (see :func:`pipeline.ocr.ocr_page`),
so the main path costs one tesseract call.

Every geometric step records an affine map from input pixels to prepared pixels; the OCR'd
boxes go back through the inverse, so provenance boxes are in the pixels of the image given.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

Matrix = tuple[tuple[float, float, float], tuple[float, float, float]]
_IDENTITY: Matrix = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0))


def _compose(a: Matrix, b: Matrix) -> Matrix:
    """``a`` after ``b`` (apply b first)."""
    (a0, a1, a2), (a3, a4, a5) = a
    (b0, b1, b2), (b3, b4, b5) = b
    return (
        (a0 * b0 + a1 * b3, a0 * b1 + a1 * b4, a0 * b2 + a1 * b5 + a2),
        (a3 * b0 + a4 * b3, a3 * b1 + a4 * b4, a3 * b2 + a4 * b5 + a5),
    )


def _invert(m: Matrix) -> Matrix:
    (a, b, c), (d, e, f) = m
    det = a * e - b * d
    ia, ib, id_, ie = e / det, -b / det, -d / det, a / det
    return ((ia, ib, -(ia * c + ib * f)), (id_, ie, -(id_ * c + ie * f)))


@dataclass
class Prepared:
    """The image to OCR, its resolution, and the map from input pixels to its pixels."""

    image: Image.Image
    dpi: int
    size: tuple[int, int]  # of the input image
    to_prepared: Matrix = _IDENTITY
    steps: list[str] = field(default_factory=list)
    _back: Matrix | None = field(default=None, repr=False, compare=False)

    def add(self, m: Matrix, step: str) -> None:
        self.to_prepared = _compose(m, self.to_prepared)
        self.steps.append(step)
        self._back = None

    def box_back(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """A box of the prepared image as the enclosing box in input pixels (clamped)."""
        if self._back is None:  # inverted once per page, not once per word
            self._back = _invert(self.to_prepared)
        inv = self._back
        x0, y0, x1, y1 = box
        xs, ys = [], []
        for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
            xs.append(inv[0][0] * x + inv[0][1] * y + inv[0][2])
            ys.append(inv[1][0] * x + inv[1][1] * y + inv[1][2])
        w, h = self.size
        return (
            round(max(0.0, min(xs)), 1), round(max(0.0, min(ys)), 1),
            round(min(float(w), max(xs)), 1), round(min(float(h), max(ys)), 1),
        )


def image_dpi(image: Image.Image, default: int) -> int:
    """The horizontal resolution from the image's metadata, or ``default``."""
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if isinstance(dpi, tuple | list) else float(dpi)
    except (TypeError, ValueError, IndexError):
        return default
    return round(value) if 30 <= value <= 2400 else default


def to_gray(image: Image.Image) -> Image.Image:
    """8-bit grey; transparency composited on white (a transparent PNG is not black)."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(bg, rgba)
    return image.convert("L") if image.mode != "L" else image


def drop_seal_ink(rgb: Image.Image, gray: Image.Image, chroma: int, min_pixels: int) -> Image.Image:
    """``gray`` with the red and magenta ink of ``rgb`` turned white.

    The round seal is stamped in red over the signature and the start of the position lines,
    and e-signature stamps add red ones; in grey it is as dark as print, and tesseract reads
    its ring of letters and the signature through it as junk or cuts the lines under it.
    Ink whose red exceeds its green by ``chroma`` or more is seal ink (black print, blue or
    black pen and grey scanner noise are near neutral or blue); where the seal covers print,
    the print's pixels are dark in every channel and stay. The red is looked for on a copy
    reduced 8 times (``min_pixels`` of them at least), and only the box around it is
    touched at full size, so a page without a seal costs one reduction."""
    small = np.asarray(rgb.reduce(8), dtype=np.int16)
    red = (small[..., 0] - small[..., 1]) >= chroma
    if int(red.sum()) < min_pixels:
        return gray
    ys, xs = np.nonzero(red)
    box = (max(0, int(xs.min()) * 8 - 16), max(0, int(ys.min()) * 8 - 16),
           min(rgb.width, int(xs.max()) * 8 + 24), min(rgb.height, int(ys.max()) * 8 + 24))
    part = np.asarray(rgb.crop(box), dtype=np.int16)
    mask = (part[..., 0] - part[..., 1]) >= chroma
    g = np.array(gray.crop(box))
    g[mask] = 255
    out = gray.copy()
    out.paste(Image.fromarray(g, "L"), box[:2])
    return out


def _shift(a: np.ndarray, shift: np.ndarray, axis: int) -> np.ndarray:
    """``a`` with each column (``axis=0``) or row (``axis=1``) moved along itself by
    ``shift`` pixels, linear between neighbours, white where nothing comes in.

    Neighbouring columns share the whole-pixel part of their shift, so the page is moved in
    bands of equal whole shift (a few dozen at these angles): two slices and one blend in
    fixed point per band, far cheaper than resampling every pixel at a computed position."""
    n = a.shape[1 - axis]
    pad = int(math.ceil(float(np.abs(shift).max()))) + 2
    src = np.pad(a, ((pad, pad), (0, 0)) if axis == 0 else ((0, 0), (pad, pad)), constant_values=255)
    whole = np.floor(shift).astype(np.int64)
    frac = np.round((shift - whole) * 256).astype(np.uint16)
    out = np.empty_like(a)
    cuts = np.flatnonzero(np.diff(whole)) + 1
    length = a.shape[axis]
    for lo, hi in zip(np.concatenate(([0], cuts)), np.concatenate((cuts, [n])), strict=True):
        d = pad + int(whole[lo])
        if axis == 0:
            near, far, f = src[d:d + length, lo:hi], src[d + 1:d + 1 + length, lo:hi], frac[lo:hi]
        else:
            near, far, f = src[lo:hi, d:d + length], src[lo:hi, d + 1:d + 1 + length], frac[lo:hi, None]
        blend = (near.astype(np.uint16) * (256 - f) + far.astype(np.uint16) * f + 128) >> 8
        out[(slice(None), slice(lo, hi)) if axis == 0 else slice(lo, hi)] = blend
    return out


def level(gray: Image.Image, angle: float) -> tuple[Image.Image, Matrix]:
    """The page turned clockwise by ``angle`` degrees (its text leans counter-clockwise by
    that much), and the map from its pixels to the turned ones.

    A turn is a shear of the columns followed by a shear of the rows (the scale factor
    ``cos`` left out: under 0.14 % at 3°, half a pixel across a page). Each shear moves whole
    columns or rows, so it costs a third of PIL's bilinear ``rotate`` (0.035 against 0.09 s
    on an A4 page at 200 dpi) for the same pixels to within one grey level on average, the
    same words and the same tesseract time (bench: 16 pages, twice)."""
    a = np.asarray(gray)
    h, w = a.shape
    t = math.radians(angle)
    tan, sc = math.tan(t), math.sin(t) * math.cos(t)
    cx, cy = w / 2, h / 2
    # columns: a point at x sits (x - cx)·tan higher than at the centre; bring it down
    a = _shift(a, -(np.arange(w) + 0.5 - cx) * tan, axis=0)
    # rows: the turn's horizontal part, rows below the centre move left
    a = _shift(a, (np.arange(h) + 0.5 - cy) * sc, axis=1)
    # input (x, y) → after the column shear (x, y + (x - cx)·tan) → after the row shear
    # (x - (y1 - cy)·sc, y1)
    m: Matrix = ((1.0, 0.0, 0.0), (tan, 1.0, -cx * tan))
    m = _compose(((1.0, -sc, cy * sc), (0.0, 1.0, 0.0)), m)
    return Image.fromarray(a, "L"), m


def skew_angle(gray: Image.Image, max_angle: float = 3.0) -> float:
    """The text-line skew in degrees (counter-clockwise positive), by projection profile.

    Dark pixels of a reduced copy are projected onto the vertical axis at candidate angles;
    text lines give the sharpest profile (largest sum of squared row counts) when level.
    Coarse 0.5° steps, then 0.1° around the best.
    """
    # about 1000 pixels wide: a box-filter reduction (a resize costs 0.03 s more a page and
    # gives the same angles to 0.1° on every page of the rendered scans)
    k = max(1, round(gray.width / 1000))
    arr = np.asarray(gray.reduce(k) if k > 1 else gray)
    ys, xs = np.nonzero(arr < otsu_threshold(arr))
    if len(xs) < 200:
        return 0.0
    xs = xs.astype(np.float64) - arr.shape[1] / 2
    ys = ys.astype(np.float64) + arr.shape[1]  # keeps projections positive up to ±45°

    def score(a: float) -> float:
        # one-pixel bins: finer bins alias at 0° (integer rows fill every other bin)
        t = math.radians(a)
        hist = np.bincount(np.floor(ys * math.cos(t) + xs * math.sin(t)).astype(np.int64))
        return float(np.dot(hist, hist))

    coarse = np.arange(-max_angle, max_angle + 1e-9, 0.5)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1)
    return float(round(max(fine, key=score), 2))


def otsu_threshold(arr: np.ndarray) -> int:
    """Otsu's grey threshold of an 8-bit array."""
    hist = np.bincount(arr.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if not total:
        return 128
    w0 = np.cumsum(hist)
    m = np.cumsum(hist * np.arange(256))
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (m[-1] * w0 / total - m) ** 2 / (w0 * w1)
    between[~np.isfinite(between)] = 0
    return int(np.argmax(between))


def prepare(image: Image.Image, dpi: int | None, settings: dict) -> Prepared:
    """The input image made ready for tesseract, per the ``[preprocess]`` settings."""
    size = image.size
    img = to_gray(image) if settings.get("grayscale", True) else image.convert("RGB")
    if settings["seal_chroma"] and img.mode == "L" and image.mode == "RGB":
        img = drop_seal_ink(image, img, settings["seal_chroma"], settings["seal_min_pixels"])
    res = dpi or image_dpi(image, settings["default_dpi"])
    prep = Prepared(img, res, size)
    if res < settings["upscale_below_dpi"]:
        f = settings["upscale_to"] / res
        prep.image = img.resize((round(img.width * f), round(img.height * f)), Image.Resampling.LANCZOS)
        prep.add(((prep.image.width / img.width, 0.0, 0.0), (0.0, prep.image.height / img.height, 0.0)),
                 f"upscale x{f:.2f}")
        prep.dpi = settings["upscale_to"]
    if settings.get("deskew") and prep.image.mode == "L":
        angle = skew_angle(prep.image, settings["deskew_max_angle"])
        if abs(angle) >= settings["deskew_min_angle"]:
            # the text leans by +angle: turn it back
            prep.image, m = level(prep.image, angle)
            prep.add(m, f"deskew {angle:+.2f}")
    if settings.get("binarize") and prep.image.mode == "L":
        arr = np.asarray(prep.image)
        t = otsu_threshold(arr)
        prep.image = Image.fromarray(np.where(arr > t, 255, 0).astype(np.uint8), "L")
        prep.steps.append(f"otsu {t}")
    return prep


def rotate_quarter(prep: Prepared, degrees: int) -> None:
    """Turn the prepared image clockwise by 90/180/270 (what OSD says the page needs)."""
    w, h = prep.image.size
    if degrees % 360 == 90:
        prep.image = prep.image.transpose(Image.Transpose.ROTATE_270)  # clockwise 90
        m: Matrix = ((0.0, -1.0, float(h)), (1.0, 0.0, 0.0))
    elif degrees % 360 == 180:
        prep.image = prep.image.transpose(Image.Transpose.ROTATE_180)
        m = ((-1.0, 0.0, float(w)), (0.0, -1.0, float(h)))
    elif degrees % 360 == 270:
        prep.image = prep.image.transpose(Image.Transpose.ROTATE_90)  # counter-clockwise 90
        m = ((0.0, 1.0, 0.0), (-1.0, 0.0, float(w)))
    else:
        return
    prep.add(m, f"rotate {degrees}")
