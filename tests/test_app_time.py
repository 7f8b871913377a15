"""Journeys through the time axis and the filters: date facet, date dialog, filter items, timeline, totals."""

from __future__ import annotations

from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import timeline
from baokan.tui.app import BaokanApp
from baokan.tui.screens.dates import DateRangeScreen
from baokan.tui.screens.timeline import TimelineScreen
from baokan.tui.widgets.facet_panel import FacetPanel
from baokan.tui.widgets.paged_table import PagedTable
from rich.console import Console
from textual.widgets import Input, OptionList, Static

from .helpers import go, running, settle, tap


def bar_text(app: BaokanApp) -> str:
    return str(app.screen.query_one("#filter-bar", Static).render())


def rendered(renderable: object) -> str:
    console = Console(record=True, width=100)
    console.print(renderable)
    return console.export_text()


async def test_date_facet_filters_then_unfilters(seed_db_path: Path) -> None:
    db = store_db.open_readonly(seed_db_path)
    (year, n), *_ = timeline.date_counts(db)
    async with running(seed_db_path, "t") as (app, pilot):
        await pilot.press("f")
        panel = app.screen.query_one(FacetPanel)
        facets = app.screen.query_one("#facets", OptionList)
        facets.highlighted = panel.index_of(year)
        await go(pilot, "enter")
        assert app.screen.query_one(PagedTable).row_count == n
        assert f"{year}-01-01 to {year}-12-31" in bar_text(app)
        assert panel.index_of(f"{year}-05") is not None  # the year opens into its months
        await go(pilot, "backspace")  # the last filter item: the dates
        assert app.screen.query_one(PagedTable).row_count == 31


async def test_date_dialog_refuses_a_bad_date_and_applies_a_good_one(seed_db_path: Path) -> None:
    async with running(seed_db_path, "t") as (app, pilot):
        await tap(pilot, "d")
        assert isinstance(app.screen, DateRangeScreen)
        await tap(pilot, *"2025-13", "enter")
        assert isinstance(app.screen, DateRangeScreen)
        assert "not a real date" in str(app.screen.query_one("#date-error", Static).render())
        app.screen.query_one("#date-from", Input).value = "2025-05"
        await go(pilot, "enter")
        assert not isinstance(app.screen, DateRangeScreen)
        assert app.screen.query_one(PagedTable).row_count == 4 and "2025-05-01 to …" in bar_text(app)


async def test_filter_items_are_removed_one_at_a_time(seed_db_path: Path) -> None:
    async with running(seed_db_path, "t") as (app, pilot):
        db = store_db.open_readonly(seed_db_path)
        from baokan.store.db import queries

        zone = queries.find_entity(db, "zone", "临汾经济开发区")
        app.screen.set_filter([zone])  # type: ignore[attr-defined]
        await settle(pilot)
        app.screen.set_dates("2025-01-01", "2025-12-31")  # type: ignore[attr-defined]
        await settle(pilot)
        assert "临汾经济开发区" in bar_text(app) and "2025-01-01" in bar_text(app)
        app.screen.query_one("#filter-bar").action_remove(zone)  # the ✕ after the zone, clicked
        await settle(pilot)
        assert "临汾经济开发区" not in bar_text(app) and "2025-01-01" in bar_text(app)
        assert app.screen.query_one(PagedTable).row_count == 4


async def test_typing_narrows_the_facets(seed_db_path: Path) -> None:
    async with running(seed_db_path, "t") as (app, pilot):
        await pilot.press("f")
        facets = app.screen.query_one("#facets", OptionList)
        before = facets.option_count
        await tap(pilot, "临", "汾")  # typed in the list: goes to the box above it
        assert app.screen.query_one("#facet-filter", Input).value == "临汾"
        assert 1 < facets.option_count < before
        await go(pilot, "enter")  # the first match
        assert "临汾" in bar_text(app)


async def test_amounts_table_shows_the_counted_total(seed_db_path: Path) -> None:
    db = store_db.open_readonly(seed_db_path)
    total = timeline.amount_total(db)
    async with running(seed_db_path, "t", "5") as (app, pilot):
        from baokan.store.db.queries import yuan

        assert f"total {yuan(total.yuan)}" in bar_text(app) and f"{total.counted} of {total.figures}" in bar_text(app)


async def test_a_sort_keeps_the_total_without_summing_again(
    seed_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from baokan.tui import table_source

    sums: list[object] = []
    summed = table_source.amounts_total
    monkeypatch.setattr(table_source, "amounts_total", lambda db, q: sums.append(q) or summed(db, q))
    total = timeline.amount_total(store_db.open_readonly(seed_db_path))
    async with running(seed_db_path, "t", "5") as (app, pilot):
        from baokan.store.db.queries import yuan

        await go(pilot, "s", "s", "S")  # the order changes three times; the rows summed do not
        assert "sort: " in bar_text(app) and f"total {yuan(total.yuan)}" in bar_text(app)
        assert len(sums) == 1


async def test_timeline_for_the_filter_and_for_a_search(seed_db_path: Path) -> None:
    async with running(seed_db_path, "t") as (app, pilot):
        await go(pilot, "T")
        assert isinstance(app.screen, TimelineScreen)
        text = rendered(app.screen.query_one("#timeline-chart", Static).content)
        assert "2025-05" in text and "undated" in text
        await go(pilot, "y")
        text = rendered(app.screen.query_one("#timeline-chart", Static).content)
        assert "2025 " in text and "2025-05" not in text
        await go(pilot, "escape", "slash", *"招商")
        await go(pilot, "ctrl+t")
        assert isinstance(app.screen, TimelineScreen) and app.screen.search_text == "招商"
        title = rendered(app.screen.query_one("#timeline-title", Static).content)
        assert "招商" in title
        await tap(pilot, "escape", "escape")
        assert app.current_mode == "tables"
