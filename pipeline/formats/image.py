"""Scanned pages as images — PNG, JPEG, TIFF (multi-page too) — read by OCR.

Every frame of the file is one page, OCR'd by :func:`pipeline.ocr.ocr_page` and joined with
:func:`pipeline.formats.pages.join_pages`, so words keep their page and pixel box. A file that
decodes to more pixels than Pillow's decompression-bomb limit is refused before it is
decoded; an image with no text gives an empty text (ingest reports it as ``empty``).
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from ..ingest import Decoded, IngestError
from ..limits import limit


def read(data: bytes, path: Path) -> Decoded:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from ..ocr import check_tesseract, ocr_page
    from ..ocr.repair import respell_from_document
    from .pages import join_pages, ocr_seams

    try:
        with warnings.catch_warnings():
            # Pillow warns between 1x and 2x MAX_IMAGE_PIXELS; refuse those too
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            fmt = (img.format or "image").lower()
            fmt = {"jpeg": "jpeg", "png": "png", "tiff": "tiff", "mpo": "jpeg"}.get(fmt, fmt)
            # every frame is a page to OCR: the count is checked before the first one is
            # (reading the frame directory is cheap; OCR is seconds a page)
            max_pages = int(limit("ocr", "max_pages"))
            frames = int(getattr(img, "n_frames", 1) or 1)
            if frames > max_pages:
                raise IngestError("too-large", f"{frames} pages to OCR, over the limit of {max_pages} "
                                               "(rules/limits.toml [ocr] max_pages)")
            check_tesseract()
            pages = []
            edges = []
            received = None
            for n, frame in enumerate(ImageSequence.Iterator(img), start=1):
                frame.load()
                result = ocr_page(frame.copy(), n)
                pages.append((result.text, result.words))
                edges.append(result.edges)
                received = received or result.received
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise IngestError("image-too-large", f"{path}: {e}") from e
    except UnidentifiedImageError as e:
        raise IngestError("corrupt", f"{path}: not a readable image ({e})") from e
    except IngestError as e:
        raise IngestError(e.kind, f"{path}: {e}") from e
    except (OSError, SyntaxError, ValueError, EOFError) as e:  # truncated or damaged data
        raise IngestError("corrupt", f"{path}: the image is damaged ({e})") from e
    text, starts, words = join_pages(pages, ocr_seams(edges))
    text = respell_from_document(text)  # same length: word spans stay exact
    if not text.strip():
        text, words = "", ()
    return Decoded(text=text, format=fmt, encoding="ocr", pages=starts, words=words, received=received)
