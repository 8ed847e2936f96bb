"""The ink of a handwritten blank, taken from the page image itself.

The box of a blank comes from tesseract's word boxes, and where the clerk's digits touch a
printed word (``ngày17tháng``) its edges are an estimate: a crop cut there holds a sliver
of the printed letter on one side and loses a stroke of the digit on the other, and both
make tesseract misread it. Here the blank is widened, its ink split into connected
components, and a component is the blank's when its middle lies inside the box: a digit is
kept whole across the cut, a printed letter left out whole. Small strokes above the kept
ones (the bar of a crossed seven, the flag of a one) come with them; specks do not.

The same components tell how many digits the blank can hold (:func:`digit_count`): a
reading with fewer digits than ink groups has dropped one (``4`` for a crossed ``47``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    from PIL import Image


@dataclass(frozen=True)
class Ink:
    """The blank's ink: a boolean mask (True = ink) cut to the kept components, and the
    x spans and heights of its digit-sized components, and which of them lie whole inside
    the blank's box (one the box cuts may be a printed slash glued to the number)."""

    mask: np.ndarray
    spans: tuple[tuple[int, int, int, int], ...]  # (x0, x1, y0, y1) of each tall component
    whole: tuple[bool, ...] = ()


def blank_ink(image: Image.Image, box: tuple[float, float, float, float], height: float,
              cfg: dict) -> Ink | None:
    """The ink of the blank ``box`` on a line ``height`` pixels high, or None (no ink).

    The box is widened by ``ink_margin`` line heights on each side and ``ink_vpad`` above
    and below (felt-pen digits float over the baseline); a component whose middle lies in
    the box and that is at least ``ink_min_height`` line heights tall is the blank's, and so
    is a smaller stroke (``ink_min_stroke`` line heights, width plus height) lying over
    them."""
    import numpy as np
    from scipy import ndimage

    x0, y0, x1, y1 = box
    width, page_h = image.size
    ex, ey = cfg["ink_margin"] * height, cfg["ink_vpad"] * height
    cx0, cx1 = max(0, int(x0 - ex)), min(width, int(x1 + ex))
    cy0, cy1 = max(0, int(y0 - ey)), min(page_h, int(y1 + ey))
    if cx1 - cx0 < 4 or cy1 - cy0 < 4:
        return None
    gray = image.crop((cx0, cy0, cx1, cy1)).convert("L")
    ink = np.asarray(gray) < cfg["ink_threshold"]
    labels, _ = ndimage.label(ink, structure=np.ones((3, 3), bool))
    objects = ndimage.find_objects(labels)
    keep: list[int] = []
    spans: list[tuple[int, int, int, int]] = []
    slack = 0.1 * height
    for n, sl in enumerate(objects, 1):
        if sl is None:
            continue
        mid = (sl[1].start + sl[1].stop) / 2 + cx0
        if x0 <= mid <= x1 and sl[0].stop - sl[0].start >= cfg["ink_min_height"] * height:
            keep.append(n)
            spans.append((sl[1].start, sl[1].stop, sl[0].start, sl[0].stop))
    if not keep:
        return None
    whole = {sp: x0 - slack <= sp[0] + cx0 and sp[1] + cx0 <= x1 + slack for sp in spans}
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    for n, sl in enumerate(objects, 1):
        if sl is None or n in keep:
            continue
        size = (sl[0].stop - sl[0].start) + (sl[1].stop - sl[1].start)
        if size >= cfg["ink_min_stroke"] * height and sl[1].start >= lo - slack and sl[1].stop <= hi + slack:
            keep.append(n)
    mask = np.isin(labels, keep)
    ys, xs = np.nonzero(mask)
    top, left = int(ys.min()), int(xs.min())
    mask = mask[top:int(ys.max()) + 1, left:int(xs.max()) + 1]
    spans.sort()
    return Ink(mask, tuple((a - left, b - left, c - top, d - top) for a, b, c, d in spans),
               tuple(whole[sp] for sp in spans))


def ink_view(ink: Ink, thin: float, target: int | None, line_height: float, pad: int = 20) -> Image.Image | None:
    """The blank's ink alone on white, its strokes thinned by ``thin`` line heights (felt pen
    is twice as broad as print, which tesseract knows) and scaled to ``target`` pixels high
    (None: as it is), with a white margin of ``pad``."""
    import numpy as np
    from PIL import Image as PILImage
    from scipy import ndimage

    mask = ink.mask
    steps = round(thin * line_height)
    if steps > 0:
        thinned = ndimage.binary_erosion(mask, iterations=steps)
        if thinned.any():
            mask = thinned
    img = PILImage.fromarray(np.where(mask, 0, 255).astype(np.uint8), "L")
    if target:
        scale = target / img.height
        img = img.resize((max(1, round(img.width * scale)), target), PILImage.Resampling.LANCZOS)
    out = PILImage.new("L", (img.width + 2 * pad, img.height + 2 * pad), 255)
    out.paste(img, (pad, pad))
    return out


def digit_count(ink: Ink, cfg: dict, open_end: bool = False) -> tuple[int, int]:
    """How many digits the blank's ink can hold: (fewest, most).

    Digit-sized components overlapping in x are one group (a one and its flag); a group
    ``w`` wide and ``h`` high holds at least ``w/h / digit_max_aspect`` digits (two touching
    digits make one wide group) and at most ``w/h / digit_min_aspect`` (a narrow one is one
    digit, a broad five perhaps two). Only groups whole inside the box count towards the
    fewest: one the box cuts may be print; nor does the last where the box ends inside a word
    read as one with print (``open_end``: the slash of ``02/UBND`` glued to the number)."""
    groups: list[list] = []
    for (a, b, c, d), inside in zip(ink.spans, ink.whole or (True,) * len(ink.spans), strict=True):
        if groups and a < groups[-1][1] - 0.25 * min(b - a, groups[-1][1] - groups[-1][0]):
            g = groups[-1]
            groups[-1] = [g[0], max(g[1], b), min(g[2], c), max(g[3], d), g[4] and inside]
        else:
            groups.append([a, b, c, d, inside])
    if open_end and groups:
        groups[-1][4] = False
    fewest = most = 0
    for a, b, c, d, inside in groups:
        aspect = (b - a) / max(1, d - c)
        if inside:
            fewest += max(1, math.floor(aspect / cfg["digit_max_aspect"]))
        most += max(1, math.ceil(aspect / cfg["digit_min_aspect"]))
    return fewest, most
