"""The page as printed, continuations, issue labels, and the reader's keys for them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import printed, queries
from baokan.tui.screens.page import PageScreen
from baokan.tui.screens.reader import ReaderScreen
from baokan.tui.widgets.article_view import ArticleView, plain
from textual.widgets import DataTable

from .helpers import go, running, settle
from .test_app import reader_text


def test_lines_are_marked_by_whose_they_are() -> None:
    page = "报头 第1期\n\n标题一\n正文一的 第一行\n正文一的第二行\n\n标题二\n正文二\n(下转A2版)\n谁也不是"
    marks = printed.mark_lines(
        page,
        "标题一\n正文一的第一行正文一的第二行",
        ["标题二\n正文二"],
        [("masthead", "报头\n第1期"), ("continuation", "(下转A2版)")],
    )
    assert [m.mark for m in marks] == [
        "masthead", "blank", "article", "article", "article", "blank", "other", "other", "continuation", "unplaced"
    ]  # fmt: skip


def test_printed_page_of_a_seed_article(seed_db) -> None:  # noqa: ANN001
    aid = queries.articles_for_issue(seed_db, 2)[1].id
    page = printed.printed_page(seed_db, aid)
    assert page is not None and page.note is None
    marks = {m.mark for m in page.lines}
    assert {"article", "other", "masthead"} <= marks
    mine = "".join(printed.squash(m.text) for m in page.lines if m.mark == "article")
    assert printed.squash(queries.article(seed_db, aid).title) in mine


def test_a_missing_source_file_is_said(seed_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(seed_db_path, path)
    conn = sqlite3.connect(path)
    conn.execute("update pages set path = ? || path", [str(tmp_path / "gone-")])
    conn.commit()
    conn.close()
    db = store_db.open_readonly(path)
    aid = queries.articles_for_issue(db, 2)[0].id
    page = printed.printed_page(db, aid)
    assert page is not None and "cannot be read" in (page.note or "")
    assert any(m.mark == "article" for m in page.lines)


def test_continuations_are_found_by_date_or_headline(seed_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(seed_db_path, path)
    db = store_db.open_readonly(path)
    down = next(a for a in queries.articles_with(db, []) if queries.article(db, a.id).continued_to)
    ups = [a.id for a in queries.articles_with(db, []) if queries.article(db, a.id).continued_from]
    assert printed.other_part(db, down.id) is None  # the seeds hold no matching part
    db.conn.close()
    conn = sqlite3.connect(path)
    conn.execute("update articles set title = ? where id = ?", [down.title, ups[0]])
    conn.commit()
    conn.close()
    db = store_db.open_readonly(path)
    assert printed.other_part(db, down.id) == ups[0] and printed.other_part(db, ups[0]) == down.id


def test_issue_labels_are_readable(seed_db) -> None:  # noqa: ANN001
    for issue in queries.issues(seed_db):
        assert issue.label == (issue.date or issue.headline or issue.source)
        if issue.date is None and issue.headline:
            assert not issue.label.endswith(".txt")


def test_an_issue_without_a_masthead_is_named_by_its_first_headline(tmp_path: Path) -> None:
    from baokan.store.db import build as ingest

    (tmp_path / "3f9a0c7e1b.txt").write_text("岚翔园区开工\n\n科学导报讯 园区项目开工。\n", encoding="utf-8")
    (tmp_path / "notitle.txt").write_text("园区项目开工，总投资一百万元的项目落地。\n", encoding="utf-8")
    db = store_db.create(tmp_path / "s.db")
    ingest.build(db, sorted(tmp_path.glob("*.txt")), workers=1)
    titles = dict(db.execute("select source, title from issues").fetchall())
    # The hash-named scan reads as its headline; a page with no headline keeps its file's name.
    assert titles == {"3f9a0c7e1b.txt": "岚翔园区开工", "notitle.txt": "notitle"}


async def test_p_shows_the_page_and_escape_comes_back(seed_db_path: Path) -> None:
    async with running(seed_db_path) as (app, pilot):
        await go(pilot, "enter", "enter", "p")
        assert isinstance(app.screen, PageScreen) and app.screen.page is not None
        assert any(m.mark == "article" for m in app.screen.page.lines)
        await pilot.press("escape")
        assert isinstance(app.focused, ArticleView)


async def test_brackets_cross_into_the_next_issue(seed_db_path: Path) -> None:
    async with running(seed_db_path) as (app, pilot):
        articles = app.screen.query_one("#articles", DataTable)
        await pilot.press("enter", "G")  # the first issue's last article
        await go(pilot, "right_square_bracket")
        assert app.screen.query_one("#issues", DataTable).cursor_row == 1 and articles.cursor_row == 0
        await go(pilot, "left_square_bracket")
        assert app.screen.query_one("#issues", DataTable).cursor_row == 0
        assert articles.cursor_row == articles.row_count - 1


async def test_y_copies_the_article_and_o_says_when_it_cannot_suspend(
    seed_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    got: list[str] = []
    monkeypatch.setattr("baokan.tui.app.clipboard_commands", lambda env: [["cat"]])
    monkeypatch.setattr("baokan.tui.app.copy_with_tool", lambda text, cmds: got.append(text) or "cat")
    async with running(seed_db_path) as (app, pilot):
        await go(pilot, "enter", "enter", "y")
        article = app.screen.query_one(ArticleView).article
        assert got == [plain(article)] and article.title in got[0] and article.body.strip()[:20] in got[0]
        await go(pilot, "o")  # the headless test driver cannot suspend: it says so instead of crashing
        assert any("Cannot run $PAGER" in str(n.message) for n in app._notifications)
        assert app.return_code is None and article.title in reader_text(app)  # still running, the article shown


async def test_c_without_the_other_part_says_so(seed_db_path: Path) -> None:
    async with running(seed_db_path) as (app, pilot):
        await go(pilot, "enter", "enter", "c")
        assert not isinstance(app.screen, ReaderScreen) and app.return_code is None


async def test_c_opens_the_other_part_when_the_store_holds_it(seed_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(seed_db_path, path)
    db = store_db.open_readonly(path)
    down = next(a for a in queries.articles_with(db, []) if queries.article(db, a.id).continued_to)
    up = next(a for a in queries.articles_with(db, []) if queries.article(db, a.id).continued_from)
    db.conn.close()
    conn = sqlite3.connect(path)
    conn.execute("update articles set title = ? where id = ?", [down.title, up.id])  # the same story's two parts
    conn.commit()
    conn.close()
    async with running(path) as (app, pilot):
        app.push_screen(ReaderScreen(down.id, [down.id]))
        await settle(pilot)
        await go(pilot, "c")
        shown = app.screen.query_one(ArticleView).article
        assert isinstance(app.screen, ReaderScreen) and shown is not None and shown.id == up.id
        await go(pilot, "c")  # and back to the first part
        shown = app.screen.query_one(ArticleView).article
        assert shown is not None and shown.id == down.id


async def test_brackets_at_the_ends_of_the_list_say_so(seed_db_path: Path) -> None:
    async with running(seed_db_path, "slash", *"招商", size=(80, 24)) as (app, pilot):
        await go(pilot, "down", "enter")
        assert isinstance(app.screen, ReaderScreen) and app.screen.sub_title.startswith("1 of ")
        await go(pilot, "left_square_bracket")
        assert app.screen.sub_title.startswith("1 of ")
        assert any("first article of the list" in str(n.message) for n in app._notifications)
        await go(pilot, "right_square_bracket")
        assert app.screen.sub_title.startswith("2 of ")
