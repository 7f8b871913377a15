"""Tables: one table per record kind beside a facet panel; entities chosen there filter the table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from baokan.store.db import export, facets, queries, views
from baokan.store.db.views import TableData
from baokan.store.files import one_line, write_atomic
from baokan.store.kinds import BY_TABLE, TABLE_KEYS
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from .data import deliver
from .dialogs import AskPath, Confirm
from .literal import literal
from .messages import OpenArticle
from .paged_table import PAGE, PagedTable
from .reader import KIND_STYLE


class Tables(Screen):
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
            with Vertical(id="facet-pane"):
                yield Static("Facets (Enter: filter)", classes="pane-title")
                yield OptionList(id="facets")
            with Vertical(id="table-pane"):
                yield Static(id="filter-bar")
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
        whole = self.sort is not None  # a sort needs every row; otherwise a page now, more as the cursor asks
        data = views.table_data(db, name, ids, limit=None if whole else PAGE)
        deliver(self, self._show_table, data, names, ids, whole or len(data.rows) < PAGE)

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
        data = views.table_data(db, name, ids, limit=None if everything else PAGE, offset=offset)
        deliver(self, self._append, data, ids, offset, everything or len(data.rows) < PAGE)

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
        ol = self.query_one("#facets", OptionList)
        ol.clear_options()
        for facet, rows in counts:
            ol.add_option(Option(Text(facet.label, style="bold underline"), disabled=True))
            for e in rows:
                # the count first: a long name is cut at the pane's edge, the count never is
                ol.add_option(
                    Option(
                        Text.assemble(f"{e.articles:>5} ", literal(e.name, KIND_STYLE.get(e.kind, ""))), id=str(e.id)
                    )
                )

    def sorted(self, data: TableData) -> TableData:
        if self.sort is None:
            return data
        col, desc = self.sort
        return data.sorted_by(data.headers[col], descending=desc)

    def _update_filter_bar(self, loading: bool = False) -> None:
        t = Text()
        t.append(f"{self.table_name}", style="bold")
        shown = self.query_one(PagedTable).data
        if loading:
            t.append("  loading…", style="dim")
        if shown is not None and not loading:
            t.append(f"  {len(shown.rows)}{'' if self.complete else '+'} rows")
        t.append("  filter: ")
        if self.filter_names:
            for n, (_, kind, name) in enumerate(self.filter_names):
                t.append(" + " if n else "")
                t.append_text(literal(name, KIND_STYLE.get(kind, "")))
            t.append("  (x clears)", style="dim")
        else:
            t.append("none", style="dim")
        if self.sort is not None and self.base is not None:
            col, desc = self.sort
            t.append(f"  sort: {self.base.headers[col]} {'↓' if desc else '↑'}")
        self.query_one("#filter-bar", Static).update(t)

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

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and int(event.option.id) not in self.filter:
            self.set_filter(self.filter + [int(event.option.id)])
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

    # -- export ------------------------------------------------------------------------------
    def markdown(self) -> str | None:
        """The table shown, every row, as Markdown (None until every row is fetched)."""
        data = self.query_one(PagedTable).data
        if data is None or not self.complete:
            return None
        filt = " + ".join(name for _, _, name in self.filter_names)
        return export.markdown_table(data.headers, data.rows, export.export_note(str(self.app.store.path), data, filt))  # type: ignore[attr-defined]

    def default_file(self) -> str:
        parts = ["baokan", self.table_name] + [name for _, _, name in self.filter_names]
        return one_line("-".join(parts)[:80]).replace("/", "_") + ".md"

    def action_export(self) -> None:
        """Ask for a file name (default in the current folder); never overwrite without asking."""
        if not self._ready(self.action_export):
            return

        def chosen(path: str | None) -> None:
            if not path:
                return
            target = Path(path).expanduser()
            if target.exists():
                self.app.push_screen(
                    Confirm(f"{one_line(target)} exists. Overwrite it?"), lambda ok: ok and self.write(target)
                )
            else:
                self.write(target)

        self.app.push_screen(AskPath("Export this table as Markdown to:", self.default_file()), chosen)

    def write(self, target: Path) -> None:
        text = self.markdown()
        if text is None:
            return
        try:
            write_atomic(target, text)  # a full disk leaves an older export whole
        except OSError as e:
            self.notify(f"{one_line(target)}: {e.strerror or e}", severity="error", markup=False)
            return
        rows = len(self.query_one(PagedTable).data.rows)  # type: ignore[union-attr]
        self.notify(f"{rows} rows → {one_line(target)}", markup=False)

    def action_copy(self) -> None:
        if not self._ready(self.action_copy):
            return
        text = self.markdown()
        if text is not None:
            self.app.copy_to_clipboard(text)
            self.notify("Markdown table copied to the clipboard")
