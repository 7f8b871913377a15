"""Journeys through a table bigger than one page: the app reads pages in SQL order, never every row."""

from __future__ import annotations

from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import queries
from baokan.store.db.views import table_page
from baokan.tui.app import BaokanApp
from baokan.tui.widgets.paged_table import PagedTable
from textual.widgets import Input, Static

from .helpers import go, running, tap
from .test_cli import table_rows

PAGE = 10  # the seeds' 31 articles are then four pages


@pytest.fixture()
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 10 rows, asked for 3 rows before the window's edge."""
    from baokan.tui.screens import tables
    from baokan.tui.widgets import paged_table

    monkeypatch.setattr(tables, "PAGE", PAGE)
    monkeypatch.setattr(paged_table, "PAGE", PAGE)
    monkeypatch.setattr(paged_table, "JUMP", PAGE)
    monkeypatch.setattr(paged_table, "NEAR_END", 3)


def sql_rows(path: Path, name: str, **kw: object) -> list[list[str]]:
    """Every row of a view as the store orders it."""
    return table_page(store_db.open_readonly(path), name, limit=-1, **kw).data.rows  # type: ignore[arg-type]


def bar(app: BaokanApp) -> str:
    return str(app.screen.query_one("#filter-bar", Static).render())


def shown(app: BaokanApp) -> list[str]:
    """The highlighted row's cells."""
    table = app.screen.query_one(PagedTable)
    assert table.data is not None
    return table.data.rows[table.cursor_row]


async def test_open_shows_the_count_at_once_and_g_reaches_the_last_row(seed_db_path: Path, small_pages: None) -> None:
    every = sql_rows(seed_db_path, "articles")
    async with running(seed_db_path, "t") as (app, pilot):
        table = app.screen.query_one(PagedTable)
        assert table.data is not None and len(table.data.rows) == PAGE and table.total == 31
        assert "31 rows" in bar(app)
        await go(pilot, *["j"] * 12)  # past the first page: the next is read
        assert len(table.data.rows) >= 20 and shown(app) == every[12]
        await go(pilot, "G")  # the last page, read from the end; nothing between
        assert table.view_row == 30 and shown(app) == every[30] and table.start == 21
        await go(pilot, *["k"] * 9)  # up past the window's top: the page before is read
        assert table.view_row == 21 and shown(app) == every[21] and table.start < 21
        await go(pilot, "g")
        assert table.view_row == 0 and shown(app) == every[0]


async def test_sort_and_reverse_read_pages_in_pinyin_order(seed_db_path: Path, small_pages: None) -> None:
    async with running(seed_db_path, "t") as (app, pilot):
        await go(pilot, "s", "s")  # date, then title (text: A to Z in pinyin)
        assert "sort: title ↑" in bar(app)
        up = sql_rows(seed_db_path, "articles", sort="title")
        assert shown(app) == up[0]
        await go(pilot, *["j"] * 12)  # a page read after the first one, in the same order
        assert shown(app) == up[12]
        await go(pilot, "G")
        assert shown(app) == up[-1]
        await go(pilot, "S")
        down = sql_rows(seed_db_path, "articles", sort="title", descending=True)
        assert "sort: title ↓" in bar(app) and shown(app) == down[0]
        await go(pilot, *["j"] * 12)
        assert shown(app) == down[12]
        # reversed, the titles run Z to A, and untitled rows (if any) still come last
        titled = [r for r in up if r[1]]
        assert [r[1] for r in down][: len(titled)] == [r[1] for r in reversed(titled)]


async def test_date_filter_keeps_paging(seed_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from baokan.tui.screens import tables
    from baokan.tui.widgets import paged_table

    for module in (tables, paged_table):
        monkeypatch.setattr(module, "PAGE", 2)  # the seeds date few articles: two to a page
    monkeypatch.setattr(paged_table, "JUMP", 2)
    monkeypatch.setattr(paged_table, "NEAR_END", 1)
    db = store_db.open_readonly(seed_db_path)
    (year,) = db.execute("select substr(max(date), 1, 4) from issues").fetchone()
    every = sql_rows(seed_db_path, "articles", date_from=year)
    assert len(every) > 2
    async with running(seed_db_path, "t") as (app, pilot):
        await tap(pilot, "d")
        await go(pilot, *year, "enter")  # from the year's first day on
        assert f"{year}-01-01 to …" in bar(app)
        table = app.screen.query_one(PagedTable)
        assert table.total == len(every) and table.data is not None and len(table.data.rows) == 2
        await go(pilot, "G")
        assert shown(app) == every[-1] and table.view_row == len(every) - 1


async def test_entity_filter_then_clear(seed_db_path: Path, small_pages: None) -> None:
    zone = queries.find_entity(store_db.open_readonly(seed_db_path), "zone", "临汾经济开发区")
    assert zone is not None
    named = sql_rows(seed_db_path, "articles", filter_ids=[zone])
    async with running(seed_db_path, "t") as (app, pilot):
        await go(pilot, "f", *"临汾经济", "enter")  # the facet box: Enter picks the first match
        table = app.screen.query_one(PagedTable)
        assert table.total == len(named) and "临汾经济开发区" in bar(app)
        assert table.data is not None and table.data.rows == named[:PAGE]
        await go(pilot, "x")
        assert table.total == 31 and "filter: none" in bar(app)


async def test_export_writes_every_row_while_one_page_is_read(
    seed_db_path: Path, tmp_path: Path, small_pages: None
) -> None:
    target = tmp_path / "all.md"
    async with running(seed_db_path, "t", "s", "s", "S") as (app, pilot):  # by title, Z to A
        assert len(app.screen.query_one(PagedTable).data.rows) == PAGE  # type: ignore[union-attr]
        await go(pilot, "e")
        app.screen.query_one(Input).value = str(target)
        await go(pilot, "enter")
    want = sql_rows(seed_db_path, "articles", sort="title", descending=True)
    assert [r[1] for r in table_rows(target.read_text(encoding="utf-8"))] == [r[1] for r in want]


async def test_the_reader_steps_through_the_whole_view_not_only_the_rows_the_table_holds(
    seed_db_path: Path, small_pages: None
) -> None:
    from baokan.tui.screens.reader import ReaderScreen

    ids = table_page(store_db.open_readonly(seed_db_path), "articles", limit=-1).data.article_ids
    async with running(seed_db_path, "t") as (app, pilot):
        assert len(app.screen.query_one(PagedTable).data.rows) == PAGE  # type: ignore[union-attr]
        await go(pilot, "enter")
        assert isinstance(app.screen, ReaderScreen) and app.screen.sub_title == "1 of 31"
        await go(pilot, *["right_square_bracket"] * 12)  # past the ten rows the table holds
        assert app.screen.sub_title == "13 of 31" and app.screen.article_id == ids[12]
