"""Snapshots of the key screens (pytest-textual-snapshot); update with `pytest --snapshot-update`."""

from __future__ import annotations

from pathlib import Path

from baokan.tui.app import BaokanApp
from baokan.tui.widgets.facet_panel import FacetPanel
from textual.widgets import Input, OptionList

from .helpers import settle

SIZE = (100, 32)


def test_browse(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    assert snap_compare(BaokanApp(seed_db_path), terminal_size=SIZE, run_before=settle)


def test_reader_with_search_hits(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    async def open_hit(pilot) -> None:  # noqa: ANN001
        await pilot.press("slash", *"比亚迪")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=SIZE, run_before=open_hit)


def test_amounts_filtered_by_zone(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    async def filtered(pilot) -> None:  # noqa: ANN001
        await pilot.press("t", "5")
        await settle(pilot)
        facets = pilot.app.screen.query_one("#facets", OptionList)
        facets.highlighted = pilot.app.screen.query_one(FacetPanel).index_of("屯留经济技术开发区")
        facets.focus()
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=SIZE, run_before=filtered)


def test_help(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    async def help_open(pilot) -> None:  # noqa: ANN001
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=SIZE, run_before=help_open)


def test_browse_at_80x24(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    # The smallest usual terminal: double-width titles must still line up in their columns.
    assert snap_compare(BaokanApp(seed_db_path), terminal_size=(80, 24), run_before=settle)


def test_export_dialog_at_80x24(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    async def dialog(pilot) -> None:  # noqa: ANN001
        await pilot.press("t", "2")
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        # A blinking cursor made the picture depend on how long the run took (it failed in loaded full runs).
        pilot.app.screen.query_one(Input).cursor_blink = False
        await pilot.pause()

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=(80, 24), run_before=dialog)


def test_timeline_at_80x24(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    async def timeline(pilot) -> None:  # noqa: ANN001
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=(80, 24), run_before=timeline)


def test_facet_panel_at_80x24(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    # Long zone names end in an ellipsis; every count stays visible in its own column.
    async def facets(pilot) -> None:  # noqa: ANN001
        await pilot.press("t", "2")
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=(80, 24), run_before=facets)


def test_page_view_at_80x24(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    async def page(pilot) -> None:  # noqa: ANN001
        await settle(pilot)
        await pilot.press("enter", "j", "enter", "p")
        await settle(pilot)

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=(80, 24), run_before=page)


def test_reader_at_80x24(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    # The full-screen reader sets its lines itself: no 。or ，at a line start, numbers whole, hits marked.
    async def open_hit(pilot) -> None:  # noqa: ANN001
        await pilot.press("slash", *"招商")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=(80, 24), run_before=open_hit)


def test_reader_beside_the_lists_at_62_columns(snap_compare, seed_db_path: Path) -> None:  # noqa: ANN001
    # A narrow reader pane (about 30 columns): the same rules at a width where Rich's wrap broke words.
    async def reader(pilot) -> None:  # noqa: ANN001
        await settle(pilot)
        await pilot.press("enter", "j", "enter")
        await settle(pilot)

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=(62, 24), run_before=reader)
