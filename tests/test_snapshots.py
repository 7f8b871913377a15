"""Snapshots of the key screens (pytest-textual-snapshot); update with `pytest --snapshot-update`."""

from __future__ import annotations

from pathlib import Path

from baokan.tui.app import BaokanApp
from textual.widgets import OptionList

from .test_app import settle

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
        facets.highlighted = next(
            i for i in range(facets.option_count) if "屯留" in str(facets.get_option_at_index(i).prompt)
        )
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

    assert snap_compare(BaokanApp(seed_db_path), terminal_size=(80, 24), run_before=dialog)
