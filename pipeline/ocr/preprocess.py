"""Image preparation before OCR, with the geometry to map word boxes back to the input image.

Each step is switched in ``rules/ocr.toml`` and kept only where it measurably helps on the
rendered scans (``bench/bench_ocr.py ablate``): grayscale and projection-profile deskew
(numpy, small angles) are on; upscaling of low-resolution scans and a global Otsu
binarization are available but measured to hurt (tesseract does better given the true
resolution, and binarizes locally itself), so ``rules/ocr.toml`` leaves them off. The page
orientation (90/180/270°) is found with tesseract's OSD only when the upright result looks
wrong (see :func:`pipeline.ocr.ocr_page`), so the main path costs one tesseract call.

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

    def add(self, m: Matrix, step: str) -> None:
        self.to_prepared = _compose(m, self.to_prepared)
        self.steps.append(step)

    def box_back(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """A box of the prepared image as the enclosing box in input pixels (clamped)."""
        inv = _invert(self.to_prepared)
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


def _rotation(angle: float, size: tuple[int, int]) -> Matrix:
    """The map of ``Image.rotate(angle)`` (counter-clockwise, about the centre, no expand)."""
    t = math.radians(angle)
    c, s = math.cos(t), math.sin(t)
    cx, cy = size[0] / 2, size[1] / 2
    # screen coordinates (y down): a counter-clockwise turn by t
    return ((c, s, cx - c * cx - s * cy), (-s, c, cy + s * cx - c * cy))


def skew_angle(gray: Image.Image, max_angle: float = 3.0) -> float:
    """The text-line skew in degrees (counter-clockwise positive), by projection profile.

    Dark pixels of a reduced copy are projected onto the vertical axis at candidate angles;
    text lines give the sharpest profile (largest sum of squared row counts) when level.
    Coarse 0.5° steps, then 0.1° around the best.
    """
    small = gray
    if gray.width > 1000:
        small = gray.resize((1000, round(gray.height * 1000 / gray.width)), Image.Resampling.BILINEAR)
    arr = np.asarray(small)
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
            prep.add(_rotation(-angle, prep.image.size), f"deskew {angle:+.2f}")
            prep.image = prep.image.rotate(-angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
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
