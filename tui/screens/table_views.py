"""Saving a table view (table, filter, sort) under a name and opening it again (a part of TablesScreen)."""

from __future__ import annotations

from baokan.store.db import saved
from baokan.store.db.saved import SavedView
from textual import work

from ..table_source import TableQuery, headers
from .dialogs import AskPath
from .table_export import TableExport


class SavedViews(TableExport):
    """The save-view action and opening a saved view (kept apart: the screen is long enough)."""

    request: TableQuery

    def reload(self, facets: bool = True) -> None:
        """The screen's: read the view again."""
        raise NotImplementedError

    def action_save_view(self) -> None:
        """Name this table, filter and sort; the view is kept in the store and listed in the palette."""
        self.app.push_screen(
            AskPath(
                "Save this view (table, filter, sort) as:",
                self.default_file().removeprefix("baokan-"),
                "Enter: save · Escape: cancel",
            ),
            self._named,
        )

    def _named(self, name: str | None) -> None:
        if name:
            self.save_view(name)

    @work(thread=True, group="save")
    def save_view(self, name: str) -> None:
        """Write the view into the store (from a worker: the store may be busy)."""
        q = self.request
        view = SavedView(name, q.name, q.entity_ids, q.date_from, q.date_to, q.sort, q.descending)
        try:
            saved.save_view(self.app.store.path, view)  # type: ignore[attr-defined]
        except saved.CannotSave as e:
            self.app.call_from_thread(self.notify, str(e), severity="error", markup=False)
            return
        self.app.call_from_thread(self.notify, f"View saved: {name} (ctrl+p lists it)", markup=False)

    def open_view(self, view: SavedView) -> None:
        """Show a saved view: its table, filter and sort (a sort column the table lacks is dropped)."""
        sort = view.sort_column if view.sort_column in headers(view.table) else None
        self.request = TableQuery(view.table, view.entity_ids, view.date_from, view.date_to, sort, view.sort_desc)
        self.reload()
