"""PDF and OCR speed: pages per second read from PDF e-paper, seconds per page of OCR; rewrites its RESULTS.md section.

    .venv-test/bin/python bench/pdf.py    # about 2 minutes with the OCR extra (one A3 page), 30 s without

PDF pages are the seed pages set in three columns (tests/pdfpages.py); the OCR page is a full newspaper
page (842 × 1191 pt, A3) of Latin text in three columns, since no Chinese font can be rendered here.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from baokan.store import db as store_db  # noqa: E402
from baokan.store.db import build as ingest  # noqa: E402
from baokan.store.pages import ocr, pdf  # noqa: E402
from baokan.store.pages.columns import lines_of_chars, page_text  # noqa: E402

from tests.pdfpages import Sheet, newspaper_pdf  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADING = "## PDF and OCR pages"
# (seed, lines across the page, lines across two columns), as tests/test_pdf.py sets them
SEEDS = [("000", 0, 7), ("001", 31, 4), ("002", 0, 5)]
REPEAT = 3


def seed_pages(out: Path, copies: int) -> Path:
    """A PDF of the seed pages, `copies` times over."""
    texts = {s: next((ROOT / "seeds").glob(f"{s}_*.txt")).read_text(encoding="utf-8") for s, _, _ in SEEDS}
    pages = [(texts[s], full, span) for _ in range(copies) for s, full, span in SEEDS]
    return newspaper_pdf(out, pages, Sheet(height=2200))


def time_text(data: bytes, n: int) -> float:
    """Seconds to read every page's text in reading order (no parsing)."""
    t = time.perf_counter()
    for k in range(1, n + 1):
        page_text(lines_of_chars(pdf.page_chars(data, k)))
    return time.perf_counter() - t


def time_build(paths: list[Path], tmp: Path) -> float:
    """Seconds for `build` into a fresh store, in one process."""
    store = tmp / f"s{time.perf_counter_ns()}.db"
    db = store_db.create(store)
    t = time.perf_counter()
    ingest.build(db, paths, workers=1)
    return time.perf_counter() - t


def round_trip() -> tuple[int, int, int]:
    """Articles read from the PDF that equal those read from the text, over many page heights."""
    from baokan.store.pages.parse import parse_page

    fields = ("title", "kicker", "subtitle", "byline", "byline_text", "dateline", "body")
    same = total = layouts = 0
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "rt.pdf"
        for seed, full, span in SEEDS + [(s, 0, 0) for s, full, _ in SEEDS if not full]:
            text = next((ROOT / "seeds").glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
            want = parse_page(text).articles
            for height in range(1400, 3001, 100):
                try:
                    newspaper_pdf(out, [(text, full, span)], Sheet(height=height))
                except ValueError:
                    continue  # does not fit on a page this short
                layouts += 1
                got = parse_page(page_text(lines_of_chars(pdf.page_chars(out.read_bytes(), 1)))).articles
                total += len(want)
                if len(got) == len(want):
                    same += sum(all(getattr(a, f) == getattr(b, f) for f in fields) for a, b in zip(want, got))
    return same, total, layouts


def latin_page(out: Path) -> Path:
    """A full page of deterministic Latin text in three columns."""
    rng = random.Random(1984)
    vocab = "zone park plant yuan project signed invest industry chain firms jobs land built opened April".split()
    paras = [" ".join(rng.choice(vocab) for _ in range(rng.randint(30, 80))) + "." for _ in range(40)]
    text = "PAGE ONE NEWS\n\n" + "\n\n".join(paras)
    sheet = Sheet(width=842, height=1191, margin=36, size=10, head_size=18, font="Vera")
    lines = text.split("\n")
    while True:  # as many paragraphs as fit on the page
        try:
            return newspaper_pdf(out, [("\n".join(lines), 0, 2)], sheet)
        except ValueError:
            lines = lines[:-2]


def main() -> None:
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        data = seed_pages(tmp / "paper.pdf", 4).read_bytes()
        n = pdf.page_count(data)
        text_s = statistics.median(time_text(data, n) for _ in range(REPEAT))
        rows.append(f"| read text in reading order (pypdfium2 + columns) | {n} | {n / text_s:.1f} pages/s |")
        build_s = statistics.median(time_build([tmp / "paper.pdf"], tmp) for _ in range(REPEAT))
        rows.append(f"| `build` of the PDF (text, parse, entities, store) | {n} | {n / build_s:.1f} pages/s |")
        txts = []
        for k in range(4):
            for s, _, _ in SEEDS:
                src = next((ROOT / "seeds").glob(f"{s}_*.txt"))
                txts.append(tmp / f"{k}_{src.name}")
                txts[-1].write_bytes(src.read_bytes())
        txt_s = statistics.median(time_build(txts, tmp) for _ in range(REPEAT))
        rows.append(
            f"| `build` of the same pages as .txt, for comparison | {len(txts)} | {len(txts) / txt_s:.1f} pages/s |"
        )
        same, total, layouts = round_trip()
        rows.append(
            f"| round trip: seed pages set in 3 columns, {layouts} layouts (page heights 1400–3000 pt, so column "
            f"breaks fall everywhere), articles identical to the text page's | {layouts} | {same}/{total} articles |"
        )
        if ocr.available():
            page = latin_page(tmp / "latin.pdf").read_bytes()
            image = pdf.page_image(page, 1)
            t = time.perf_counter()
            ocr.ocr_lines(image.resize((8, 8)))  # loads the models
            load = time.perf_counter() - t
            t = time.perf_counter()  # once: a page takes a minute or more on 2 shared cores
            found = ocr.ocr_lines(image)
            seconds = time.perf_counter() - t
            rows.append(f"| OCR model load (once per process) | 1 | {load:.1f} s |")
            rows.append(
                f"| OCR of a full A3 page, 3 columns, {len(found)} lines, {image.size[0]}×{image.size[1]} px"
                f" | 1 | {seconds:.1f} s/page |"
            )
        else:
            rows.append("| OCR | – | not measured: the OCR extra is not installed |")
    section = "\n".join(
        [
            HEADING,
            "",
            f"Written by `python bench/pdf.py` on {time.strftime('%Y-%m-%d')}, one process (workers=1); medians of "
            f"{REPEAT} runs (OCR: one run).",
            "",
            "| what | pages | speed |",
            "| --- | --- | --- |",
            *rows,
            "",
        ]
    )
    old = RESULTS.read_text(encoding="utf-8")
    head = old.split(HEADING)[0].rstrip("\n")
    RESULTS.write_text(head + "\n\n" + section, encoding="utf-8")
    print(section)


if __name__ == "__main__":
    main()
