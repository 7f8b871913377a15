"""PDF bytes → each page's characters and their boxes (pypdfium2), or the page as an image to OCR."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .columns import Box
from .decode import PageError

if TYPE_CHECKING:
    import pypdfium2

# Pages are rendered for OCR at this many pixels per PDF point (3 ≈ 216 dpi: small type stays legible).
OCR_SCALE = 3.0


class PdfError(PageError):
    """A PDF that cannot be opened: broken, encrypted, or not a PDF at all."""


def open_pdf(data: bytes) -> pypdfium2.PdfDocument:
    """The document, or PdfError saying in a few words why it cannot be read."""
    import pypdfium2

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise PdfError("not a PDF (no %PDF header)")
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as e:
        if "password" in str(e).lower():
            raise PdfError("encrypted PDF (needs a password)") from e
        reason = m.group(1) if (m := re.search(r"PDFium: ([^)]+)", str(e))) else str(e)
        raise PdfError(f"broken PDF ({reason})") from e


def page_count(data: bytes) -> int:
    """How many pages the PDF has."""
    doc = open_pdf(data)
    try:
        return len(doc)
    finally:
        doc.close()


def _chars(page: Any) -> list[Box]:
    """The page's printed characters with their boxes, y growing downwards (PDF's grows upwards)."""
    import pypdfium2.raw as raw

    height = page.get_height()
    tp = page.get_textpage()
    try:
        out: list[Box] = []
        n = tp.count_chars()
        i = 0
        while i < n:
            code = raw.FPDFText_GetUnicode(tp, i)
            step = 1
            if 0xD800 <= code < 0xDC00 and i + 1 < n:  # a surrogate pair: one character outside the BMP
                low = raw.FPDFText_GetUnicode(tp, i + 1)
                code, step = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), 2
            # Spaces and line ends pdfium made up are not printed: the gaps between boxes say where they are.
            if not raw.FPDFText_IsGenerated(tp, i) and not 0xD800 <= code < 0xE000:
                ch = chr(code)
                if ch.strip() or ch == " ":
                    left, bottom, right, top = tp.get_charbox(i, loose=True)
                    out.append(Box(left, height - top, right, height - bottom, ch))
            i += step
        return out
    finally:
        tp.close()


@contextmanager
def _opened_page(data: bytes, number: int, doing: str = "read") -> Iterator[Any]:
    """Page `number` (from 1) of the document, closed afterwards; PdfError when pdfium cannot `doing` it."""
    import pypdfium2

    doc = open_pdf(data)
    try:
        page = doc[number - 1]
        try:
            yield page
        finally:
            page.close()
    except pypdfium2.PdfiumError as e:
        raise PdfError(f"page {number} cannot be {doing} ({e})") from e
    finally:
        doc.close()


def page_chars(data: bytes, number: int) -> list[Box]:
    """The characters of page `number` (from 1); an empty list when the page has no text layer."""
    with _opened_page(data, number) as page:
        return _chars(page)


def has_image(data: bytes, number: int) -> bool:
    """Does page `number` (from 1) hold an image (a scan does)?"""
    import pypdfium2.raw as raw

    with _opened_page(data, number) as page:
        return next(page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]), None) is not None


def page_image(data: bytes, number: int) -> Any:
    """Page `number` (from 1) rendered as a PIL image, for OCR."""
    with _opened_page(data, number, "rendered") as page:
        return page.render(scale=OCR_SCALE).to_pil()
