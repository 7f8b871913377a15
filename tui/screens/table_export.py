"""Writing a table view out: the export dialog's choice, Markdown for the clipboard (a part of TablesScreen)."""

from __future__ import annotations

from baokan.store.db import export, queries
from baokan.store.db.views import TableData
from baokan.store.files import one_line, write_atomic
from textual import work
from textual.screen import Screen

from ..widgets.paged_table import PagedTable
from .export import ExportChoice, ExportScreen


class TableExport(Screen):
    """The export and copy actions of the tables screen (kept apart: the screen is long enough)."""

    table_name: str
    complete: bool
    filter_names: list[tuple[int, str, str]]

    def _ready(self, then: object) -> bool:  # the screen's: True once every row is fetched
        raise NotImplementedError

    def filter_text(self) -> str:
        """The filter in words, for the note above an export."""
        raise NotImplementedError

    # -- export ------------------------------------------------------------------------------
    def export_note(self) -> str:
        """The line a Markdown export starts with: which store, table, filter and row count."""
        data = self.query_one(PagedTable).data
        return export.export_note(str(self.app.store.path), data, self.filter_text())  # type: ignore[attr-defined,arg-type]

    def markdown(self) -> str | None:
        """The table shown, every row, as Markdown (None until every row is fetched)."""
        data = self.query_one(PagedTable).data
        if data is None or not self.complete:
            return None
        return export.markdown_table(data.headers, data.rows, self.export_note())

    def default_file(self) -> str:
        """A file name (no extension) saying what the table holds."""
        parts = ["baokan", self.table_name] + [name for _, _, name in self.filter_names]
        return one_line("-".join(parts)[:80]).replace("/", "_")

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
            write_atomic(choice.path, export.render(choice.fmt, headers, rows, note))
        except OSError as e:
            self.notify(f"{one_line(choice.path)}: {e.strerror or e}", severity="error", markup=False)
            return
        self.notify(f"{len(rows)} rows → {one_line(choice.path)} ({choice.fmt})", markup=False)

    def action_copy(self) -> None:
        if not self._ready(self.action_copy):
            return
        text = self.markdown()
        if text is not None:
            self.app.copy_text(text, "Markdown table", self.default_file() + ".md")  # type: ignore[attr-defined]
