"""Scanned pages: OCR of a rendered page, read column by column (skipped unless `baokan[ocr]` is installed)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import build as ingest
from baokan.store.pages import pdf
from baokan.store.pages.columns import page_text
from baokan.store.pages.ocr import image_lines

from .pdfpages import Sheet, newspaper_pdf

pytest.importorskip("rapidocr_onnxruntime")

# No Chinese font here can be drawn into pixels (STSong-Light is not embedded): the scan is set in Vera, which
# reportlab ships; the recognition model reads Latin letters and digits too.
TEXT = (
    "ZONE NEWS\n\n"
    "Alpha Park signed six projects in March 2025 and three of them have started.\n\n"
    "Beta Zone opened twelve plants in April 2025 and added two thousand jobs.\n"
)
SHEET = Sheet(width=420, height=150, margin=16, columns=2, gutter=24, size=12, head_size=16, font="Vera")


def scan(tmp_path: Path) -> bytes:
    """A two-column page, rendered to PNG bytes as a scanner would deliver it."""
    data = newspaper_pdf(tmp_path / "set.pdf", [(TEXT, 0, 2)], SHEET).read_bytes()
    buf = io.BytesIO()
    pdf.page_image(data, 1).save(buf, format="PNG")
    return buf.getvalue()


def test_ocr_reads_a_scan_column_by_column(tmp_path: Path) -> None:
    text = page_text(image_lines(scan(tmp_path)))
    words = ["ZONE", "Alpha", "started", "Beta", "jobs"]
    assert all(w in text for w in words), text
    # A reader going line by line across the page would put Beta (top of column two) before "started".
    assert [text.index(w) for w in words] == sorted(text.index(w) for w in words), text


def test_build_reads_scanned_images_tiffs_and_image_only_pdfs(tmp_path: Path) -> None:
    from PIL import Image

    png = scan(tmp_path)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "scan.png").write_bytes(png)
    # A PDF holding only the picture of a page: no text layer to read.
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "pages" / "scan.pdf"), pagesize=(SHEET.width, SHEET.height))
    canvas.drawImage(ImageReader(Image.open(io.BytesIO(png))), 0, 0, SHEET.width, SHEET.height)
    canvas.setFont("Vera", 6)
    canvas.drawString(SHEET.width - 30, 4, "A2")  # a text layer of just the page number: still a scan
    canvas.showPage()
    canvas.save()
    # A TIFF of two scanned pages: the pages of one issue, as a PDF's are.
    frames = [Image.open(io.BytesIO(png)).convert("RGB") for _ in range(2)]
    frames[0].save(tmp_path / "pages" / "issue.tif", save_all=True, append_images=frames[1:])
    db = store_db.create(tmp_path / "s.db")
    report = ingest.build(db, [tmp_path / "pages"], workers=1)
    assert (report.added, report.skipped) == (4, 0), report.messages
    rows = db.execute("select kind, page_no, encoding from pages order by path").fetchall()
    assert rows == [("image", 1, "ocr"), ("image", 2, "ocr"), ("pdf", 1, "ocr"), ("image", None, "ocr")]
    assert db["issues"].count == 3
    stored = " ".join(
        r[0] or ""
        for r in db.execute(
            "select coalesce(title, '') || ' ' || body from articles union all select text from fragments"
        )
    )
    assert stored.count("Beta Zone") == 4 and stored.count("Alpha Park") == 4
