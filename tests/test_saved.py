"""Saved views and recent searches: kept in the store, listed in the command palette, reopened as they were."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import queries, saved
from baokan.tui.screens.search import SearchScreen
from baokan.tui.screens.tables import TablesScreen
from baokan.tui.widgets.paged_table import PagedTable
from textual.widgets import Input

from .helpers import go, palette, running, settle, tap


@pytest.fixture()
def own_db(seed_db_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "own.db"
    shutil.copy(seed_db_path, path)
    # Other tests drive the app on the shared seed store, and the app remembers their searches in it.
    with sqlite3.connect(path) as conn:
        if conn.execute("select 1 from sqlite_master where name = 'searches'").fetchone():
            conn.execute("delete from searches")
    return path


def test_views_round_trip_and_replace_by_name(own_db: Path) -> None:
    v = saved.SavedView("大项目", "amounts", (3, 5), "2025-01-01", None, "amount", True)
    saved.save_view(own_db, v)
    saved.save_view(own_db, saved.SavedView("大项目", "zones"))
    db = store_db.open_readonly(own_db)
    assert saved.saved_views(db) == [saved.SavedView("大项目", "zones")]


def test_views_rows_baokan_did_not_write_are_left_out(own_db: Path) -> None:
    saved.save_view(own_db, saved.SavedView("好的", "zones"))
    with sqlite3.connect(own_db) as conn:  # a store edited by hand: an unknown table, ids that are no list
        conn.execute("insert into views (name, table_name, entity_ids, saved_at) values ('坏表', 'bogus', '[]', '')")
        conn.execute(
            "insert into views (name, table_name, entity_ids, saved_at) values ('坏号', 'zones', 'not json', '')"
        )
        conn.execute(
            "insert into views (name, table_name, entity_ids, saved_at) values ('坏列', 'zones', '[\"x\"]', '')"
        )
    assert saved.saved_views(store_db.open_readonly(own_db)) == [saved.SavedView("好的", "zones")]


def test_a_store_from_before_gains_the_tables(own_db: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(own_db)
    conn.execute("drop table views")
    conn.execute("drop table searches")
    conn.commit()
    conn.close()
    db = store_db.open_readonly(own_db)
    assert saved.saved_views(db) == [] and saved.recent_searches(db) == []
    db.conn.close()
    saved.remember_search(own_db, "招商")
    assert saved.recent_searches(store_db.open_readonly(own_db)) == ["招商"]


def test_recent_searches_are_bounded(own_db: Path) -> None:
    for n in range(saved.RECENT + 5):
        saved.remember_search(own_db, f"q{n}")
    recent = saved.recent_searches(store_db.open_readonly(own_db))
    assert len(recent) == saved.RECENT and recent[0] == f"q{saved.RECENT + 4}"


def test_a_read_only_store_cannot_save(own_db: Path) -> None:
    own_db.chmod(0o444)
    try:
        import os

        if os.geteuid() == 0:
            pytest.skip("root writes read-only files")
        with pytest.raises(saved.CannotSave):
            saved.save_view(own_db, saved.SavedView("x", "zones"))
    finally:
        own_db.chmod(0o644)


async def test_save_a_view_then_open_it_from_the_palette(own_db: Path) -> None:
    db = store_db.open_readonly(own_db)
    zone = queries.find_entity(db, "zone", "屯留经济技术开发区")
    async with running(own_db, "t", "5") as (app, pilot):
        app.screen.set_filter([zone])  # type: ignore[attr-defined]
        await settle(pilot)
        await go(pilot, "s", "S")  # by amount, then smallest first
        want = [r[0] for r in app.screen.query_one(PagedTable).data.rows]
        await tap(pilot, "v")
        app.screen.query_one(Input).value = "屯留小额"
        await go(pilot, "enter")
    assert [v.name for v in saved.saved_views(store_db.open_readonly(own_db))] == ["屯留小额"]
    async with running(own_db) as (app, pilot):
        await palette(pilot, "Open view: 屯留小额")
        await settle(pilot)
        assert isinstance(app.screen, TablesScreen) and app.screen.table_name == "amounts"
        assert app.screen.filter == [zone]
        assert [r[0] for r in app.screen.query_one(PagedTable).data.rows] == want and len(want) > 1


async def test_recent_searches_come_back_in_the_palette(own_db: Path) -> None:
    async with running(own_db, "slash", *"比亚迪") as (app, pilot):
        await go(pilot, "down", "enter")
    assert saved.recent_searches(store_db.open_readonly(own_db)) == ["比亚迪"]
    async with running(own_db) as (app, pilot):
        await palette(pilot, "Search again: 比亚迪")
        assert isinstance(app.screen, SearchScreen) and app.screen.query_one(Input).value == "比亚迪"
