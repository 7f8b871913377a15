"""Tables: one table per record kind beside a facet panel; entities and dates chosen there filter the table."""

from __future__ import annotations

from dataclasses import replace

from baokan.store.db import queries
from baokan.store.db.timeline import Total
from baokan.store.db.views import TablePage
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
from .table_views import SavedViews

# How many rows around the cursor the reader steps through with [ and ]
READER_SPAN = 1000


class TablesScreen(SavedViews):
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
        self.total: Total | None = None  # the amounts table's counted total
        self.waiting = False

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
    def reload(self, facets: bool = True) -> None:
        """Read the first page of the view (and, unless only the order changed, the facets) again."""
        self.waiting = True
        self._update_filter_bar()
        self.load_table(self.request, whole=facets)
        if facets:
            self.total = None
            self.load_facets(self.request)

    @work(thread=True, exclusive=True, group="table")
    def load_table(self, q: TableQuery, whole: bool = True) -> None:
        """The view's first page; with `whole`, also what depends on the filter alone (its names, the total)."""
        db = self.app.store.db()  # type: ignore[attr-defined]
        first = source.page(db, q, 0, PAGE)  # the count query gives the total at once; pages follow the cursor
        if not whole:  # only the order changed: the filter's names and the sum stay as they are
            deliver(self, self._show_table, q, first, None, None)
            return
        names = source.entity_names(db, q)
        total = source.amounts_total(db, q) if q.name == "amounts" else None
        deliver(self, self._show_table, q, first, names, total)

    def _show_table(
        self, q: TableQuery, first: TablePage, names: list[tuple[int, str, str]] | None, total: Total | None
    ) -> None:
        if q != self.request:
            return  # the table, filter or sort changed while this was loading
        if names is not None:
            self.filter_names, self.total = names, total
        self.waiting = False
        self.query_one(PagedTable).show(first.data, 0, first.total)
        self._update_filter_bar()

    def on_paged_table_need_rows(self, message: PagedTable.NeedRows) -> None:
        if not self.waiting:  # the rows shown belong to the last view until its first page replaces them
            self.fetch_rows(self.request, message.offset, message.limit, message.where)

    @work(thread=True, exclusive=True, group="more")
    def fetch_rows(self, q: TableQuery, offset: int, limit: int, where: str) -> None:
        got = source.page(self.app.store.db(), q, offset, limit)  # type: ignore[attr-defined]
        deliver(self, self._add_rows, q, got, where)

    def _add_rows(self, q: TableQuery, got: TablePage, where: str) -> None:
        # Else a page of a view no longer shown, or asked by the old rows while the new first page is on its way.
        if q == self.request and not self.waiting:
            self.query_one(PagedTable).add_page(got.data, got.offset, where)

    @work(thread=True, exclusive=True, group="facets")
    def load_facets(self, q: TableQuery) -> None:
        counts = source.facet_counts(self.app.store.db(), q)  # type: ignore[attr-defined]
        deliver(self, self.query_one(FacetPanel).show, counts, (q.date_from, q.date_to))

    def filter_text(self) -> str:
        """The filter in words: entity names, then the dates."""
        parts = [name for _, _, name in self.filter_names]
        if self.request.dated:
            parts.append(f"{self.request.date_from or '…'} to {self.request.date_to or '…'}")
        return " + ".join(parts)

    def _update_filter_bar(self) -> None:
        table = self.query_one(PagedTable)
        q = self.request
        state = FilterState(
            table=self.table_name,
            rows=None if table.data is None else table.total,
            loading=self.waiting,
            entities=self.filter_names,
            dates=(q.date_from, q.date_to) if q.dated else None,
            sort=(q.sort, q.descending) if q.sort else None,
            total=(self.total.yuan, self.total.counted, self.total.figures) if self.total is not None else None,
        )
        self.query_one(FilterBar).show(state)

    # -- actions -----------------------------------------------------------------------------
    def action_show_table(self, name: str) -> None:
        self.request = replace(self.request, name=name, sort=None, descending=False)
        self.reload()

    def set_filter(self, ids: list[int], table: str | None = None) -> None:
        """Filter by exactly these entities (from the reader or the command palette); dates stay."""
        self.request = replace(self.request, entity_ids=tuple(dict.fromkeys(ids)))
        if table:
            self.request = replace(self.request, name=table, sort=None, descending=False)
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
        self.request = TableQuery(self.table_name, sort=self.request.sort, descending=self.request.descending)
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

    def action_focus_facets(self) -> None:
        self.query_one(FacetPanel).focus_list()

    def action_focus_table(self) -> None:
        self.query_one("#table").focus()

    # -- sorting (in the store: a new sort reads the first page again) -------------------------
    def sort_by(self, column: str, desc: bool | None = None) -> None:
        """Show the view ordered by one column (a header); a first sort shows numbers largest first."""
        if column in source.headers(self.table_name):
            desc = source.numeric(self.table_name, column) if desc is None else desc
            self.request = replace(self.request, sort=column, descending=desc)
            self.reload(facets=False)

    def action_sort_next(self) -> None:
        """Sort by the next column (numbers largest first, text in pinyin order)."""
        headers = source.headers(self.table_name)
        at = headers.index(self.request.sort) + 1 if self.request.sort in headers else 0
        self.sort_by(headers[at % len(headers)])

    def action_sort_reverse(self) -> None:
        if self.request.sort is not None:
            self.sort_by(self.request.sort, not self.request.descending)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = str(event.column_key.value)  # the same header again reverses the order
        self.sort_by(column, not self.request.descending if self.request.sort == column else None)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        table = self.query_one(PagedTable)
        aid = table.current_article()
        if aid is not None and table.data is not None:
            self.open_reader(self.request, aid, table.view_row)
        elif self.table_name in BY_TABLE and table.data is not None:
            # a row of an entity table: filter the articles by that entity
            name = table.data.rows[table.cursor_row][0]
            self.filter_by_name(BY_TABLE[self.table_name].kind, name)

    @work(thread=True, exclusive=True, group="reader")
    def open_reader(self, q: TableQuery, aid: int, row: int) -> None:
        """Open the reader on a row's article, [ and ] stepping through the view's articles around it (the table
        holds only the rows near the cursor; a view may hold 100,000)."""
        start = max(0, row - READER_SPAN // 2)
        got = source.page(self.app.store.db(), q, start, READER_SPAN)  # type: ignore[attr-defined]
        siblings = [a for a in dict.fromkeys(got.data.article_ids) if a is not None]
        # one row per article: the reader can say where it is in the whole view
        first, total = (start, got.total) if q.name == "articles" else (0, None)
        deliver(self, self.post_message, OpenArticle(aid, siblings or [aid], first=first, total=total))

    @work(thread=True, group="lookup")
    def filter_by_name(self, kind: str, name: str) -> None:
        eid = queries.find_entity(self.app.store.db(), kind, name)  # type: ignore[attr-defined]
        if eid is not None:
            deliver(self, self.set_filter, self.filter + [eid], "articles")
