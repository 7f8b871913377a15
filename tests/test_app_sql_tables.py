"""The tables screen sorts in the store: a sort or reverse shows the store's pages in the store's order."""

from __future__ import annotations

from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db.views import table_page
from baokan.tui.app import BaokanApp
from baokan.tui.screens import tables as tables_screen
from baokan.tui.widgets.paged_table import PagedTable

from .test_app import SIZE, settle


async def test_sort_and_reverse_read_one_sorted_page(seed_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables_screen, "PAGE", 5)
    db = store_db.open_readonly(seed_db_path)
    app = BaokanApp(seed_db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t", "1")
        await settle(pilot)
        await pilot.press("s")  # the first column, the date, going up
        await settle(pilot)
        table = app.screen.query_one(PagedTable)
        # pages of 5 fetched one after another as the table asks (it keeps 50 rows ahead of the cursor)
        assert table.data.rows == table_page(db, "articles", sort="date", limit=-1).data.rows
        assert table.data.rows[0][0] == "" and table.data.rows[-1][0] > ""  # undated first going up
        await pilot.press("S")
        await settle(pilot)
        table = app.screen.query_one(PagedTable)
        assert table.data.rows == table_page(db, "articles", sort="date", descending=True, limit=-1).data.rows
        assert len(table.data.rows) == 31
    db.conn.close()
