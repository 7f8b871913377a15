"""Images of pages → line boxes of text, with rapidocr (its models ship inside the wheel: nothing downloaded)."""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Any

from .columns import Box
from .decode import PageError

INSTALL_HINT = "reading scans needs OCR: pip install 'baokan[ocr]'"
# Recognised lines the engine is less sure of than this are noise (specks, rules, photo edges).
MIN_SCORE = 0.5


class OcrUnavailable(PageError):
    """A page that needs OCR, and the optional OCR packages are not installed."""


def available() -> bool:
    """Is the OCR extra installed?"""
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@cache
def _engine() -> Any:
    """The OCR engine, loaded once per process (loading the models takes about a second)."""
    if not available():
        raise OcrUnavailable(INSTALL_HINT)
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def ocr_lines(image: Any) -> list[Box]:
    """The text lines the engine finds in a PIL image, each with its box in pixels."""
    import numpy

    engine = _engine()
    # No angle classifier: newspaper lines are upright, and skipping it saves about a fifth of the time.
    result, _ = engine(numpy.asarray(image.convert("RGB")), use_cls=False)
    out: list[Box] = []
    for points, text, score in result or []:
        if float(score) < MIN_SCORE or not str(text).strip():
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        out.append(Box(float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys)), str(text).strip()))
    return out


def frame_count(data: bytes) -> int:
    """How many pages an image file holds (a TIFF of a scanned issue holds several); 1 without the extra."""
    if not available():
        return 1
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as im:
            return int(getattr(im, "n_frames", 1))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError):
        return 1  # reading the page says why it cannot be read


def image_lines(data: bytes, frame: int = 0) -> list[Box]:
    """OCR of one page (frame, from 0) of an image file's bytes (PNG, JPEG, TIFF …)."""
    if not available():
        raise OcrUnavailable(INSTALL_HINT)
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as im:
            im.seek(frame)
            im.load()
            return ocr_lines(im)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, EOFError) as e:
        raise PageError(f"not a readable image ({e})") from e
