"""Tables: one table per record kind beside a facet panel; entities chosen there filter the table."""

from __future__ import annotations

from collections.abc import Callable

from baokan.store.db import export, facets, queries, views
from baokan.store.db.views import TableData
from baokan.store.kinds import BY_TABLE, TABLE_KEYS
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header

from ..messages import OpenArticle
from ..store_access import deliver
from ..widgets.facet_panel import FacetPanel
from ..widgets.filter_bar import FilterBar, FilterState
from ..widgets.paged_table import PAGE, PagedTable
from .export import ExportChoice, ExportScreen


class TablesScreen(Screen):
    """A table view: choose the table (1–5), filter by entities (f, Enter), sort (s, S), export (e, y)."""

    BINDINGS = [
        *(Binding(k, f"show_table('{t}')", t.capitalize(), show=k == "1") for k, t in TABLE_KEYS.items()),
        Binding("f", "focus_facets", "Facets"),
        Binding("x", "clear_filter", "Clear filter"),
        Binding("s", "sort_next", "Sort"),
        Binding("S", "sort_reverse", "Reverse", show=False),
        Binding("e", "export", "Export"),
        Binding("y", "copy", "Copy"),
        Binding("escape", "focus_table", "Table", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.table_name = "articles"
        self.filter: list[int] = []
        self.filter_names: list[tuple[int, str, str]] = []
        self.sort: tuple[int, bool] | None = None  # column index, descending
        self.base: TableData | None = None  # as loaded, before sorting
        self.complete = False  # False while the store holds rows not fetched yet
        self.fetching = False  # a page is on its way
        self.after_all: Callable[[], None] | None = None  # what to do once every row is fetched

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
        self.complete = False
        self._update_filter_bar(loading=True)
        self.load_table(self.table_name, list(self.filter))
        self.load_facets(list(self.filter))

    @work(thread=True, exclusive=True, group="table")
    def load_table(self, name: str, ids: list[int]) -> None:
        db = self.app.store.db()  # type: ignore[attr-defined]
        names = queries.entity_names(db, ids)
        # A page now, sorted by the store (an index serves most columns), more as the cursor asks.
        page = views.table_page(db, name, ids, sort=self._sort_column(name), descending=self._descending(), limit=PAGE)
        deliver(self, self._show_table, page.data, names, ids, len(page.data.rows) >= page.total)

    def _show_table(self, data: TableData, names: list[tuple[int, str, str]], ids: list[int], complete: bool) -> None:
        if (data.name, ids) != (self.table_name, self.filter):
            return  # the table or filter changed while this was loading
        self.base, self.filter_names, self.complete, self.fetching = data, names, complete, False
        self.query_one(PagedTable).show(self.sorted(data), more_in_store=not complete)
        self._update_filter_bar()

    def on_paged_table_need_more(self, message: PagedTable.NeedMore) -> None:
        if self.complete or self.base is None or (self.fetching and not message.everything):
            return
        self.fetching = True
        self.fetch_more(self.table_name, list(self.filter), len(self.base.rows), message.everything)

    @work(thread=True, exclusive=True, group="more")
    def fetch_more(self, name: str, ids: list[int], offset: int, everything: bool) -> None:
        db = self.app.store.db()  # type: ignore[attr-defined]
        page = views.table_page(
            db, name, ids, sort=self._sort_column(name), descending=self._descending(),
            limit=-1 if everything else PAGE, offset=offset,
        )  # fmt: skip
        deliver(self, self._append, page.data, ids, offset, offset + len(page.data.rows) >= page.total)

    def _append(self, more: TableData, ids: list[int], offset: int, complete: bool) -> None:
        if (more.name, ids) != (self.table_name, self.filter) or self.base is None or len(self.base.rows) != offset:
            return
        self.base, self.complete, self.fetching = self.base.extended(more), complete, False
        self.query_one(PagedTable).extend(self.base, more_in_store=not complete)
        self._update_filter_bar()
        if complete and self.after_all is not None:
            then, self.after_all = self.after_all, None
            then()

    @work(thread=True, exclusive=True, group="facets")
    def load_facets(self, ids: list[int]) -> None:
        counts = facets.all_counts(self.app.store.db(), ids)  # type: ignore[attr-defined]
        deliver(self, self._show_facets, counts)

    def _show_facets(self, counts: list[tuple[facets.Facet, list[queries.EntityCount]]]) -> None:
        self.query_one(FacetPanel).show(counts)

    def sorted(self, data: TableData) -> TableData:
        return data  # pages come sorted from the store

    def _sort_column(self, name: str) -> str | None:
        """The header the table is sorted by (None: the view's own order)."""
        if self.sort is None:
            return None
        headers = views.view_of(name).headers
        return headers[self.sort[0] % len(headers)]

    def _descending(self) -> bool:
        return self.sort is not None and self.sort[1]

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
            sort=sort,
        )
        self.query_one(FilterBar).show(state)

    # -- actions -----------------------------------------------------------------------------
    def action_show_table(self, name: str) -> None:
        self.table_name, self.sort = name, None
        self.reload()

    def set_filter(self, ids: list[int], table: str | None = None) -> None:
        """Filter by exactly these entities (from the reader or the command palette)."""
        self.filter = list(dict.fromkeys(ids))
        if table:
            self.table_name, self.sort = table, None
        self.reload()

    def on_facet_panel_chosen(self, event: FacetPanel.Chosen) -> None:
        if event.entity_id not in self.filter:
            self.set_filter(self.filter + [event.entity_id])
            self.query_one("#table").focus()

    def action_clear_filter(self) -> None:
        self.set_filter([])

    def action_focus_facets(self) -> None:
        self.query_one("#facets").focus()

    def action_focus_table(self) -> None:
        self.query_one("#table").focus()

    def _ready(self, then: Callable[[], None]) -> bool:
        """True when every row is fetched; else fetch them all and run `then` after (a sort or an
        export of the first pages alone would mislead)."""
        if self.complete:
            return True
        if self.base is not None:
            self.after_all = then
            self.notify("Fetching every row first…")
            self.fetching = True
            self.fetch_more(self.table_name, list(self.filter), len(self.base.rows), True)
        return False

    def _sort_by(self, col: int, desc: bool) -> None:
        if self.base is None or not self.base.headers:
            return
        self.sort = (col % len(self.base.headers), desc)
        # The store sorts and sends the first page: no row is fetched in advance; facets stay as they are.
        self.complete = False
        self._update_filter_bar(loading=True)
        self.load_table(self.table_name, list(self.filter))

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

    # -- export ------------------------------------------------------------------------------
    def export_note(self) -> str:
        """The line a Markdown export starts with: which store, table, filter and row count."""
        data = self.query_one(PagedTable).data
        filt = " + ".join(name for _, _, name in self.filter_names)
        return export.export_note(str(self.app.store.path), data, filt)  # type: ignore[attr-defined,arg-type]

    def markdown(self) -> str | None:
        """The table shown, every row, as Markdown (None until every row is fetched)."""
        data = self.query_one(PagedTable).data
        if data is None or not self.complete:
            return None
        return export.markdown_table(data.headers, data.rows, self.export_note())

    def default_file(self) -> str:
        """A file name (no extension) saying what the table holds."""
        parts = ["baokan", self.table_name] + [name for _, _, name in self.filter_names]
        return "-".join(parts)[:80].replace("/", "_")

    def action_export(self) -> None:
        """Every row fetched first, then the export dialog (which never overwrites without asking)."""
        if not self._ready(self.action_export):
            return
        self.app.push_screen(ExportScreen(self.default_file()), self.export_to)

    def export_to(self, choice: ExportChoice | None) -> None:
        """Write the table as chosen (the articles' texts are read in a worker first when asked for)."""
        data = self.query_one(PagedTable).data
        if choice is None or data is None:
            return
        if choice.with_text:
            self.export_with_text(choice, data, self.export_note())
        else:
            self.write_export(choice, data.headers, data.rows, self.export_note())

    @work(thread=True, group="export")
    def export_with_text(self, choice: ExportChoice, data: TableData, note: str) -> None:
        ids = [a for a in data.article_ids if a is not None]
        texts = queries.article_texts(self.app.store.db(), ids)  # type: ignore[attr-defined]
        headers, rows = export.with_text(data, texts)
        self.app.call_from_thread(self.write_export, choice, headers, rows, note)

    def write_export(self, choice: ExportChoice, headers: list[str], rows: list[list[str]], note: str) -> None:
        """Render and write atomically; a failure is a notification, never a half-written file."""
        try:
            export.write_atomic(choice.path, export.render(choice.fmt, headers, rows, note))
        except OSError as e:
            self.notify(f"{choice.path}: {e.strerror or e}", severity="error", markup=False)
            return
        self.notify(f"{len(rows)} rows → {choice.path} ({choice.fmt})", markup=False)

    def action_copy(self) -> None:
        if not self._ready(self.action_copy):
            return
        text = self.markdown()
        if text is not None:
            self.app.copy_text(text, "Markdown table", self.default_file() + ".md")  # type: ignore[attr-defined]
