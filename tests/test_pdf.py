"""PDF e-paper: `baokan build` of a three-column PDF gives the articles of the text page it was set from."""

from __future__ import annotations

from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import build as ingest
from baokan.store.pages import ocr
from baokan.tui.cli import cli
from click.testing import CliRunner

from .conftest import SEEDS, seed_text
from .pdfpages import Sheet, newspaper_pdf

SHEET = Sheet(height=2200)
# (seed, lines across the page (its masthead), lines across two columns (the first headline))
SEED_001 = ("001", 31, 4)
SEED_000 = ("000", 0, 7)
FIELDS = "title, kicker, subtitle, byline, byline_text, dateline, body, continued_to, continued_from"


def articles(db: object, issue_id: int | None = None) -> list[tuple]:
    where = "" if issue_id is None else f"where issue_id = {int(issue_id)}"
    return db.execute(f"select {FIELDS} from articles {where} order by issue_id, seq").fetchall()  # type: ignore[attr-defined]


def seed_pdf(path: Path, *seeds: tuple[str, int, int], **pdf_args: object) -> Path:
    return newspaper_pdf(path, [(seed_text(s), full, span) for s, full, span in seeds], SHEET, **pdf_args)


@pytest.fixture(scope="module")
def text_store(tmp_path_factory: pytest.TempPathFactory) -> object:
    """Seeds 001 and 000 built from their text files."""
    db = store_db.create(tmp_path_factory.mktemp("txt") / "t.db")
    ingest.build(db, sorted(SEEDS.glob("001_*.txt")) + sorted(SEEDS.glob("000_*.txt")), workers=1)
    return db


def test_three_column_page_gives_the_articles_of_its_text(tmp_path: Path, text_store: object) -> None:
    pdf = seed_pdf(tmp_path / "paper.pdf", SEED_001)
    db = store_db.create(tmp_path / "s.db")
    report = ingest.build(db, [pdf], workers=1)
    assert (report.added, report.skipped, report.articles) == (1, 0, 4), report.messages
    txt_issue = text_store.execute("select id from issues where source like '001_%'").fetchone()[0]  # type: ignore[attr-defined]
    assert articles(db) == articles(text_store, txt_issue)
    issue = db.execute("select source, paper, supplement, issue_number, date from issues").fetchone()
    assert issue == ("paper.pdf", "科学导报", "开发区建设 周刊", 14, "2025-05-09")  # from the masthead
    page = db.execute("select path, kind, page_no from pages").fetchone()
    assert page == (f"{pdf}#page=1", "pdf", 1)
    assert db.execute("select distinct page_no from articles").fetchall() == [(1,)]


def test_pages_of_a_pdf_are_one_issue_and_rebuild_skips_them(tmp_path: Path, text_store: object) -> None:
    pdf = seed_pdf(tmp_path / "paper.pdf", SEED_001, SEED_000)
    db = store_db.create(tmp_path / "s.db")
    first = ingest.build(db, [tmp_path], workers=1)  # a folder: its PDFs are found
    assert (first.pages, first.added, first.articles) == (2, 2, 10), first.messages
    assert db["issues"].count == 1
    assert articles(db) == articles(text_store)  # page one's articles, then page two's
    assert db.execute("select seq, page_no from articles order by seq").fetchall() == [
        (n, 1 if n <= 4 else 2) for n in range(1, 11)
    ]
    again = ingest.build(db, [pdf], workers=1)
    assert (again.pages, again.unchanged, again.added, again.replaced) == (2, 2, 0, 0)
    # the file changes: now one page; the issue is rewritten and the second page forgotten
    seed_pdf(pdf, SEED_000)
    third = ingest.build(db, [pdf], workers=1)
    assert (third.pages, third.replaced) == (1, 1)
    assert db.execute("select path from pages").fetchall() == [(f"{pdf}#page=1",)]
    assert db["issues"].count == 1 and db["articles"].count == 6
    assert db.execute("select count(*) from article_grams").fetchone()[0] == 6


def test_encrypted_broken_and_scanned_pdfs_get_one_line_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)  # as if the OCR extra were not installed
    seed_pdf(tmp_path / "locked.pdf", SEED_000, encrypt="secret")
    (tmp_path / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    (tmp_path / "notapdf.pdf").write_text("科学导报讯 这不是PDF。\n", encoding="utf-8")
    newspaper_pdf(tmp_path / "scan.pdf", [("", 0, 0), ("", 0, 0)], SHEET)  # pages with no text layer
    (tmp_path / "page.txt").write_text(seed_text("000"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--db", str(tmp_path / "s.db"), "--workers", "1"])
    lines = result.output.splitlines()
    assert result.exit_code == 1
    assert [x for x in lines if "locked.pdf" in x] == [
        f"{tmp_path / 'locked.pdf'}: skipped: encrypted PDF (needs a password)"
    ]
    (garbage,) = [x for x in lines if "garbage.pdf" in x]
    assert garbage.startswith(f"{tmp_path / 'garbage.pdf'}: skipped: broken PDF (") and garbage.count("(") == 1
    assert [x for x in lines if "notapdf.pdf" in x] == [
        f"{tmp_path / 'notapdf.pdf'}: skipped: not a PDF (no %PDF header)"
    ]
    assert [x for x in lines if "scan.pdf" in x] == [
        f"{tmp_path / 'scan.pdf'}: skipped pages 1, 2: no text layer; {ocr.INSTALL_HINT}"
    ]
    db = store_db.open_readonly(tmp_path / "s.db")
    assert [r[0] for r in db.execute("select source from issues")] == ["page.txt"]  # the build went on


def test_a_page_that_needs_ocr_is_tried_again_by_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    pdf = newspaper_pdf(tmp_path / "mixed.pdf", [(seed_text("000"), 0, 7), ("", 0, 0)], SHEET)
    (tmp_path / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    db = store_db.create(tmp_path / "s.db")
    first = ingest.build(db, [pdf, tmp_path / "scan.png"], workers=1)
    assert (first.pages, first.added, first.skipped) == (3, 1, 2)
    assert first.messages == [
        f"{pdf}: skipped page 2: no text layer; {ocr.INSTALL_HINT}",
        f"{tmp_path / 'scan.png'}: skipped: {ocr.INSTALL_HINT}",
    ]
    # not "unchanged": page two was never read, so the file is read again (with the extra installed, by OCR)
    again = ingest.build(db, [pdf], workers=1)
    assert (again.unchanged, again.replaced, again.skipped) == (0, 1, 1)
    assert db["articles"].count == 6 and db["issues"].count == 1


def test_a_store_built_before_pdfs_gets_the_new_columns(tmp_path: Path) -> None:
    db = store_db.create(tmp_path / "s.db")
    for table, column in (("pages", "kind"), ("pages", "page_no"), ("articles", "page_no")):
        db.execute(f"alter table {table} drop column {column}")
    db.conn.close()
    db = store_db.create(tmp_path / "s.db")  # same schema version: opened, not refused
    assert {"kind", "page_no"} <= set(db["pages"].columns_dict) and "page_no" in db["articles"].columns_dict
    assert ingest.build(db, [seed_pdf(tmp_path / "p.pdf", SEED_000)], workers=1).added == 1


def test_many_pages_are_read_in_parallel_in_order(tmp_path: Path, text_store: object) -> None:
    pairs = ingest.PARALLEL_MIN_PAGES // 2 + 1  # enough pages for worker processes
    pdf = seed_pdf(tmp_path / "big.pdf", *[SEED_001, SEED_000] * pairs)
    db = store_db.create(tmp_path / "s.db")
    report = ingest.build(db, [pdf], workers=2)
    assert report.added == 2 * pairs and db["issues"].count == 1
    assert articles(db) == articles(text_store) * pairs


def test_the_reader_says_which_page_of_the_pdf_an_article_is_on(tmp_path: Path) -> None:
    from baokan.store.db.queries import article
    from baokan.tui.widgets.article_view import header

    pdf = seed_pdf(tmp_path / "paper.pdf", SEED_001, SEED_000)
    db = store_db.create(tmp_path / "s.db")
    ingest.build(db, [pdf], workers=1)
    last = db.execute("select id from articles order by seq desc limit 1").fetchone()[0]
    detail = article(db, last)
    assert detail is not None and (detail.page_no, detail.source) == (2, "paper.pdf")
    assert header(detail).plain.endswith(" · paper.pdf p.2")
