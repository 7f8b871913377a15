"""Tables: one table per record kind beside a facet panel; entities and dates chosen there filter the table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from baokan.store.db import queries, saved
from baokan.store.db.saved import SavedView
from baokan.store.db.timeline import Total
from baokan.store.db.views import TableData
from baokan.store.kinds import BY_TABLE, TABLE_KEYS
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Header

from .. import table_source as source
from ..messages import OpenArticle, ShowTimeline
from ..store_access import deliver
from ..table_source import TableQuery
from ..widgets.facet_panel import FacetPanel
from ..widgets.filter_bar import FilterBar, FilterState
from ..widgets.paged_table import PAGE, PagedTable
from .dates import DateRangeScreen
from .dialogs import AskPath
from .table_export import TableExport


class TablesScreen(TableExport):
    """A table view: choose the table (1–6), filter by entities and dates (f, d), sort (s, S), export (e, y)."""

    BINDINGS = [
        *(Binding(k, f"show_table('{t}')", t.capitalize(), show=k == "1") for k, t in TABLE_KEYS.items()),
        Binding("f", "focus_facets", "Facets"),
        Binding("d", "ask_dates", "Dates"),
        Binding("x", "clear_filter", "Clear filter"),
        Binding("backspace", "remove_last", "Remove last filter", show=False),
        Binding("s", "sort_next", "Sort"),
        Binding("S", "sort_reverse", "Reverse", show=False),
        Binding("T", "timeline", "Timeline"),
        Binding("v", "save_view", "Save view"),
        Binding("e", "export", "Export"),
        Binding("y", "copy", "Copy"),
        Binding("escape", "focus_table", "Table", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.request = TableQuery()
        self.filter_names: list[tuple[int, str, str]] = []
        self.sort: tuple[int, bool] | None = None  # column index, descending
        self.base: TableData | None = None  # as loaded, before sorting
        self.complete = False  # False while the store holds rows not fetched yet
        self.fetching = False  # a page is on its way
        self.after_all: Callable[[], None] | None = None  # what to do once every row is fetched
        self.total: Total | None = None  # the amounts table's counted total
        self.pending_sort: tuple[str, bool] | None = None  # a saved view's sort, applied once its rows are in

    @property
    def table_name(self) -> str:  # type: ignore[override]
        """The table shown."""
        return self.request.name

    @property
    def filter(self) -> list[int]:
        """The entities filtered by."""
        return list(self.request.entity_ids)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield FacetPanel(id="facet-pane")
            with Vertical(id="table-pane"):
                yield FilterBar(id="filter-bar")
                yield PagedTable(id="table")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#table").focus()
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.complete, self.total = False, None
        self._update_filter_bar(loading=True)
        self.load_table(self.request)
        self.load_facets(self.request)

    @work(thread=True, exclusive=True, group="table")
    def load_table(self, q: TableQuery) -> None:
        db = self.app.store.db()  # type: ignore[attr-defined]
        names = source.entity_names(db, q)
        whole = self.sort is not None  # a sort needs every row; otherwise a page now, more as the cursor asks
        data = source.rows(db, q, limit=None if whole else PAGE)
        total = source.amounts_total(db, q) if q.name == "amounts" else None
        deliver(self, self._show_table, q, data, names, whole or len(data.rows) < PAGE, total)

    def _show_table(
        self, q: TableQuery, data: TableData, names: list[tuple[int, str, str]], complete: bool, total: Total | None
    ) -> None:
        if q != self.request:
            return  # the table or filter changed while this was loading
        self.base, self.filter_names, self.complete, self.fetching, self.total = data, names, complete, False, total
        self.query_one(PagedTable).show(self.sorted(data), more_in_store=not complete)
        self._update_filter_bar()
        if self.pending_sort is not None:
            (column, desc), self.pending_sort = self.pending_sort, None
            if column in data.headers:
                self._sort_by(data.headers.index(column), desc)

    def on_paged_table_need_more(self, message: PagedTable.NeedMore) -> None:
        if self.complete or self.base is None or (self.fetching and not message.everything):
            return
        self.fetching = True
        self.fetch_more(self.request, len(self.base.rows), message.everything)

    @work(thread=True, exclusive=True, group="more")
    def fetch_more(self, q: TableQuery, offset: int, everything: bool) -> None:
        data = source.rows(self.app.store.db(), q, offset, None if everything else PAGE)  # type: ignore[attr-defined]
        deliver(self, self._append, q, data, offset, everything or len(data.rows) < PAGE)

    def _append(self, q: TableQuery, more: TableData, offset: int, complete: bool) -> None:
        if q != self.request or self.base is None or len(self.base.rows) != offset:
            return
        self.base, self.complete, self.fetching = self.base.extended(more), complete, False
        self.query_one(PagedTable).extend(self.base, more_in_store=not complete)
        self._update_filter_bar()
        if complete and self.after_all is not None:
            then, self.after_all = self.after_all, None
            then()

    @work(thread=True, exclusive=True, group="facets")
    def load_facets(self, q: TableQuery) -> None:
        counts = source.facet_counts(self.app.store.db(), q)  # type: ignore[attr-defined]
        deliver(self, self.query_one(FacetPanel).show, counts, (q.date_from, q.date_to))

    def sorted(self, data: TableData) -> TableData:
        if self.sort is None:
            return data
        col, desc = self.sort
        return data.sorted_by(data.headers[col], descending=desc)

    def filter_text(self) -> str:
        """The filter in words: entity names, then the dates."""
        parts = [name for _, _, name in self.filter_names]
        if self.request.dated:
            parts.append(f"{self.request.date_from or '…'} to {self.request.date_to or '…'}")
        return " + ".join(parts)

    def _update_filter_bar(self, loading: bool = False) -> None:
        shown = self.query_one(PagedTable).data
        sort = None
        if self.sort is not None and self.base is not None:
            sort = (self.base.headers[self.sort[0]], self.sort[1])
        state = FilterState(
            table=self.table_name,
            rows=None if shown is None else len(shown.rows),
            complete=self.complete,
            loading=loading,
            entities=self.filter_names,
            dates=(self.request.date_from, self.request.date_to) if self.request.dated else None,
            sort=sort,
            total=(self.total.yuan, self.total.counted, self.total.figures) if self.total is not None else None,
        )
        self.query_one(FilterBar).show(state)

    # -- actions -----------------------------------------------------------------------------
    def action_show_table(self, name: str) -> None:
        self.request, self.sort = replace(self.request, name=name), None
        self.reload()

    def set_filter(self, ids: list[int], table: str | None = None) -> None:
        """Filter by exactly these entities (from the reader or the command palette); dates stay."""
        self.request = replace(self.request, entity_ids=tuple(dict.fromkeys(ids)))
        if table:
            self.request, self.sort = replace(self.request, name=table), None
        self.reload()

    def set_dates(self, date_from: str | None, date_to: str | None) -> None:
        """Keep only articles of issues dated within these days (YYYY-MM-DD; None: open)."""
        self.request = replace(self.request, date_from=date_from, date_to=date_to)
        self.reload()

    def on_facet_panel_chosen(self, event: FacetPanel.Chosen) -> None:
        if event.entity_id not in self.filter:
            self.set_filter(self.filter + [event.entity_id])
            self.query_one("#table").focus()

    def on_facet_panel_dates_chosen(self, event: FacetPanel.DatesChosen) -> None:
        self.set_dates(event.date_from, event.date_to)

    def on_filter_bar_removed(self, event: FilterBar.Removed) -> None:
        if event.entity_id is None:
            self.set_dates(None, None)
        else:
            self.set_filter([e for e in self.filter if e != event.entity_id])

    def action_clear_filter(self) -> None:
        self.request = TableQuery(self.table_name)
        self.reload()

    def action_ask_dates(self) -> None:
        self.app.push_screen(
            DateRangeScreen(self.request.date_from, self.request.date_to),
            lambda got: None if got is None else self.set_dates(*got),
        )

    def action_timeline(self) -> None:
        self.post_message(ShowTimeline(self.request, self.filter_text()))

    def action_remove_last(self) -> None:
        self.query_one(FilterBar).remove_last()

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
        sort = None
        if self.sort is not None and self.base is not None:
            sort = self.base.headers[self.sort[0]]
        q = self.request
        view = SavedView(name, q.name, q.entity_ids, q.date_from, q.date_to, sort, bool(self.sort and self.sort[1]))
        try:
            saved.save_view(self.app.store.path, view)  # type: ignore[attr-defined]
        except saved.CannotSave as e:
            self.app.call_from_thread(self.notify, str(e), severity="error", markup=False)
            return
        self.app.call_from_thread(self.notify, f"View saved: {name} (ctrl+p lists it)", markup=False)

    def open_view(self, view: SavedView) -> None:
        """Show a saved view: its table, filter and, once the rows are in, its sort."""
        self.request = TableQuery(view.table, view.entity_ids, view.date_from, view.date_to)
        self.sort = None
        self.pending_sort = (view.sort_column, view.sort_desc) if view.sort_column else None
        self.reload()

    def action_focus_facets(self) -> None:
        self.query_one(FacetPanel).focus_list()

    def action_focus_table(self) -> None:
        self.query_one("#table").focus()

    def _ready(self, then: Callable[[], None]) -> bool:  # type: ignore[override]
        """True when every row is fetched; else fetch them all and run `then` after (a sort or an
        export of the first pages alone would mislead)."""
        if self.complete:
            return True
        if self.base is not None:
            self.after_all = then
            self.notify("Fetching every row first…")
            self.fetching = True
            self.fetch_more(self.request, len(self.base.rows), True)
        return False

    def _sort_by(self, col: int, desc: bool) -> None:
        if self.base is None or not self.base.headers or not self._ready(lambda: self._sort_by(col, desc)):
            return
        self.sort = (col % len(self.base.headers), desc)
        self.query_one(PagedTable).show(self.sorted(self.base))
        self._update_filter_bar()

    def action_sort_next(self) -> None:
        """Sort by the next column (amounts: the amount column sorts by value, largest first)."""
        col = 0 if self.sort is None else self.sort[0] + 1
        self._sort_by(col, desc=self._numeric(col))

    def action_sort_reverse(self) -> None:
        if self.sort is not None:
            self._sort_by(self.sort[0], not self.sort[1])

    def _numeric(self, col: int) -> bool:
        keys = self.base.sort_keys if self.base is not None else []
        return bool(keys) and isinstance(keys[0][col % len(keys[0])], int)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        same = self.sort is not None and self.sort[0] == event.column_index
        self._sort_by(event.column_index, not self.sort[1] if same and self.sort else self._numeric(event.column_index))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        table = self.query_one(PagedTable)
        aid = table.current_article()
        if aid is not None and table.data is not None:
            siblings = [a for a in dict.fromkeys(table.data.article_ids) if a is not None]
            self.post_message(OpenArticle(aid, siblings))
        elif self.table_name in BY_TABLE and table.data is not None:
            # a row of an entity table: filter the articles by that entity
            name = table.data.rows[table.cursor_row][0]
            self.filter_by_name(BY_TABLE[self.table_name].kind, name)

    @work(thread=True, group="lookup")
    def filter_by_name(self, kind: str, name: str) -> None:
        eid = queries.find_entity(self.app.store.db(), kind, name)  # type: ignore[attr-defined]
        if eid is not None:
            deliver(self, self.set_filter, self.filter + [eid], "articles")
