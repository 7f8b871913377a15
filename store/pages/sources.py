"""A file → the pages it holds, as text in reading order: text files as they are, PDFs page by page, scans by OCR."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import ocr, pdf
from .columns import lines_of_chars, page_text
from .decode import PageError

KIND_OF_SUFFIX = {
    ".txt": "txt",
    ".pdf": "pdf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}

# Fewer printed characters than this on a page that holds an image: the page is a scan.
THIN_TEXT_LAYER = 40


def kind_of(path: Path) -> str:
    """txt, pdf or image, by the file's suffix (anything else is read as text, as it always was)."""
    return KIND_OF_SUFFIX.get(path.suffix.lower(), "txt")


@dataclass(frozen=True)
class SourcePage:
    """One printed page of a file: which page, and how its text was read."""

    kind: str  # txt, pdf or image
    page_no: int | None  # the page of a PDF or a multi-page TIFF (from 1); None for a file that is one page
    ocr: bool = False  # the text was recognised in an image, not read


def page_numbers(path: Path, data: bytes) -> list[int | None]:
    """The pages a file holds: each page of a PDF or of a multi-page TIFF, else the one page that the file is."""
    if kind_of(path) == "pdf":
        return list(range(1, pdf.page_count(data) + 1))
    if kind_of(path) == "image" and (n := ocr.frame_count(data)) > 1:
        return list(range(1, n + 1))
    return [None]


def read_page(path: Path, data: bytes, page_no: int | None) -> tuple[SourcePage, str]:
    """One page's text in reading order (PageError when it cannot be read); text files stay bytes-to-decode."""
    kind = kind_of(path)
    if kind == "pdf":
        if page_no is None:
            raise ValueError("a PDF page needs its number")
        chars = pdf.page_chars(data, page_no)
        # A scan whose text layer holds only a page number or a stamp is read by OCR when it can be.
        thin = sum(1 for c in chars if c.text.strip()) < THIN_TEXT_LAYER and (not chars or pdf.has_image(data, page_no))
        if chars and not (thin and ocr.available()):
            return SourcePage("pdf", page_no), page_text(lines_of_chars(chars))
        if not ocr.available():  # a scanned page inside a PDF: no text layer
            raise ocr.OcrUnavailable(f"no text layer; {ocr.INSTALL_HINT}")
        return SourcePage("pdf", page_no, ocr=True), _text_or_empty(
            page_text(ocr.ocr_lines(pdf.page_image(data, page_no)))
        )
    if kind == "image":
        lines = ocr.image_lines(data, 0 if page_no is None else page_no - 1)
        return SourcePage("image", page_no, ocr=True), _text_or_empty(page_text(lines))
    raise ValueError(f"{path}: text files are decoded, not read here")


def _text_or_empty(text: str) -> str:
    """The text, or PageError when nothing was found on the page."""
    if not text.strip():
        raise PageError("no text found on the page")
    return text
