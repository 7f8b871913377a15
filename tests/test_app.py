"""The explorer driven as a user drives it: keys in, screens and files out (Textual's Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import build as ingest
from baokan.tui.app import BaokanApp
from baokan.tui.screens.help import HelpScreen
from baokan.tui.screens.reader import ReaderScreen
from baokan.tui.screens.tables import TablesScreen
from baokan.tui.widgets.article_view import ArticleView
from baokan.tui.widgets.facet_panel import FacetPanel
from baokan.tui.widgets.paged_table import PagedTable
from rich.console import Console
from textual.widgets import DataTable, Input, OptionList, Static

from .helpers import go, launched, palette, running, tap
from .test_cli import table_rows


def reader_text(app: BaokanApp) -> str:
    reader = app.screen.query_one(ArticleView)
    parts = [str(w.content) for w in reader.query(Static)]
    return "\n".join(parts)


async def test_browse_issue_then_article(seed_db_path: Path) -> None:
    async with running(seed_db_path) as (app, pilot):
        assert app.screen.query_one("#issues", DataTable).row_count == 5
        await pilot.press("enter")  # into the first issue's articles
        assert app.focused is app.screen.query_one("#articles")
        await go(pilot, "j", "enter")
        assert isinstance(app.focused, ArticleView)
        assert "联东U谷" in reader_text(app)
        await go(pilot, "right_square_bracket")
        assert "激活产业振兴" in reader_text(app)
        await pilot.press("escape", "escape")
        assert app.focused is app.screen.query_one("#issues")


async def test_filter_table_by_zone_then_clear(seed_db_path: Path) -> None:
    async with running(seed_db_path, "t") as (app, pilot):
        table = app.screen.query_one(PagedTable)
        assert table.row_count == 31
        await pilot.press("f")
        facets = app.screen.query_one("#facets", OptionList)
        target = app.screen.query_one(FacetPanel).index_of("临汾经济开发区")
        facets.highlighted = target
        await go(pilot, "enter")
        assert table.row_count == 4
        bar = str(app.screen.query_one("#filter-bar", Static).render())
        assert "临汾经济开发区" in bar and "4 rows" in bar
        await go(pilot, "x")
        assert table.row_count == 31


async def test_amounts_sort_by_value_and_export(seed_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "amounts.md"
    async with running(seed_db_path, "t", "5") as (app, pilot):
        await go(pilot, "s")  # first column: the amount, largest first
        table = app.screen.query_one(PagedTable)
        values = [k[0] for k in table.data.sort_keys]
        assert values == sorted(values, reverse=True) and len(values) == 26
        await tap(pilot, "e")
        box = app.screen.query_one(Input)
        assert box.value == "baokan-amounts.md"
        box.value = str(target)
        await tap(pilot, "enter")
    rows = table_rows(target.read_text(encoding="utf-8"))
    assert len(rows) == 26 and rows[0][0] == "1000亿元" and rows[1][0] == "810.3亿元"
    assert target.read_text(encoding="utf-8").splitlines()[0].endswith("filter: none; 26 rows")


async def test_export_never_overwrites_without_asking(seed_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "zones.md"
    target.write_text("keep", encoding="utf-8")
    async with running(seed_db_path, "t", "2") as (app, pilot):
        for answer, expected in (("n", "keep"), ("y", "| name")):
            await tap(pilot, "e")
            app.screen.query_one(Input).value = str(target)
            await tap(pilot, "enter")
            await tap(pilot, answer)
            assert isinstance(app.screen, TablesScreen)
            assert expected in target.read_text(encoding="utf-8")


async def test_search_opens_article_and_steps_through_hits(seed_db_path: Path) -> None:
    async with running(seed_db_path, "slash", *"招商") as (app, pilot):
        results = app.screen.query_one("#results", OptionList)
        assert results.option_count > 5
        await go(pilot, "down", "enter")
        assert isinstance(app.screen, ReaderScreen)
        reader = app.screen.query_one(ArticleView)
        assert reader.query_text == "招商" and len(reader.hits) > 1
        assert reader.current == 0
        await pilot.press("n")
        assert reader.current == 1
        await pilot.press("N", "N")
        assert reader.current == len(reader.hits) - 1
        await pilot.press("escape")
        assert app.screen.query_one("#results") is results


async def test_reader_entity_filters_tables(seed_db_path: Path) -> None:
    # The issue list first: an Enter before it has focus goes nowhere (a loaded machine).
    async with running(seed_db_path) as (app, pilot):
        await go(pilot, "enter", "j", "enter")  # into the reader
        await pilot.press("tab")  # onto its entities: a row is highlighted, so Enter acts at once
        ents = app.screen.query_one("#reader-entities", OptionList)
        assert app.focused is ents and ents.highlighted == 0
        first = str(ents.get_option_at_index(0).prompt)
        await go(pilot, "enter")
        assert isinstance(app.screen, TablesScreen)
        assert first.split()[-1] in str(app.screen.query_one("#filter-bar", Static).render())
        assert 0 < app.screen.query_one(PagedTable).row_count < 31


async def test_help_lists_bindings(seed_db_path: Path) -> None:
    async with launched(seed_db_path) as (app, pilot):
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(record=True, width=120)
        console.print(app.screen.table)
        text = console.export_text()
        for word in ("Export", "Next hit", "Clear filter", "Search", "Prev article"):
            assert word in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_filters_by_entity(seed_db_path: Path) -> None:
    async with launched(seed_db_path) as (app, pilot):
        await palette(pilot, "Filter by zone: 临汾经济开发区")
        assert isinstance(app.screen, TablesScreen)
        assert app.screen.query_one(PagedTable).row_count == 4


@pytest.fixture()
def hostile_db(tmp_path: Path) -> Path:
    page = tmp_path / "hostile.txt"
    page.write_text(
        "[bold red]标题[/bold red]\n\n科学导报讯 正文[link=http://x]链接[/link]，\x1b[31m红色\x1b[0m。\n",
        encoding="utf-8",
    )
    path = tmp_path / "hostile.db"
    ingest.build(store_db.create(path), [page], workers=1)
    return path


async def test_page_text_is_shown_literally(hostile_db: Path) -> None:
    async with running(hostile_db) as (app, pilot):
        text = reader_text(app)
        assert "[bold red]标题[/bold red]" in text
        assert "[link=http://x]链接[/link]" in text
        assert "␛[31m红色␛[0m" in text and "\x1b" not in text


async def test_tiny_terminal_does_not_crash(seed_db_path: Path) -> None:
    async with running(seed_db_path, size=(20, 6)) as (app, pilot):
        await go(pilot, "enter", "j", "t", "5", "question_mark", "escape", "slash", "a")
    assert app.return_code in (None, 0)


async def test_the_pager_gets_the_article_inert(hostile_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[str] = []
    monkeypatch.setattr(BaokanApp, "on_open_outside", lambda self, message: sent.append(message.text))
    async with running(hostile_db) as (app, pilot):
        await go(pilot, "enter", "enter", "o")
    assert len(sent) == 1
    assert "␛[31m红色␛[0m" in sent[0] and "\x1b" not in sent[0] and "[bold red]标题" in sent[0]
