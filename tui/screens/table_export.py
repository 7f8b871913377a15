"""Writing a table view out: the export dialog's choice, Markdown for the clipboard (a part of TablesScreen).

Both read every row of the view in a worker, in the store's order (sorted and filtered in SQL), whatever
the table has fetched so far.
"""

from __future__ import annotations

from baokan.store.files import one_line, write_atomic
from textual import work
from textual.screen import Screen

from .. import table_source as source
from ..table_source import TableQuery
from .export import ExportChoice, ExportScreen


class TableExport(Screen):
    """The export and copy actions of the tables screen (kept apart: the screen is long enough)."""

    request: TableQuery
    filter_names: list[tuple[int, str, str]]

    @property
    def table_name(self) -> str:
        """The table shown."""
        return self.request.name

    def filter_text(self) -> str:
        """The filter in words, for the note above an export."""
        raise NotImplementedError

    def default_file(self) -> str:
        """A file name (no extension) saying what the table holds."""
        parts = ["baokan", self.table_name] + [name for _, _, name in self.filter_names]
        return one_line("-".join(parts)[:80]).replace("/", "_")

    def action_export(self) -> None:
        """The export dialog (which never overwrites without asking); the rows are read once it is answered."""
        self.app.push_screen(ExportScreen(self.default_file()), self.export_to)

    def export_to(self, choice: ExportChoice | None) -> None:
        """Write the view as chosen, from a worker."""
        if choice is not None:
            self.write_export(choice, self.request, self.filter_text())

    @work(thread=True, group="export")
    def write_export(self, choice: ExportChoice, q: TableQuery, filter_text: str) -> None:
        """Every row in the view's order (and the articles' texts when asked), rendered and written atomically."""
        store = self.app.store  # type: ignore[attr-defined]
        done = source.export(store.db(), q, choice.fmt, str(store.path), filter_text, choice.with_text)
        try:
            write_atomic(choice.path, done.text)
        except OSError as e:
            message = f"{one_line(choice.path)}: {e.strerror or e}"
            self.app.call_from_thread(self.notify, message, severity="error", markup=False)
            return
        message = f"{done.rows} rows → {one_line(choice.path)} ({choice.fmt})"
        self.app.call_from_thread(self.notify, message, markup=False)

    def action_copy(self) -> None:
        self.copy_rows(self.request, self.filter_text())

    @work(thread=True, group="export")
    def copy_rows(self, q: TableQuery, filter_text: str) -> None:
        """Every row of the view as Markdown, handed to the app's clipboard."""
        store = self.app.store  # type: ignore[attr-defined]
        text = source.export(store.db(), q, "md", str(store.path), filter_text).text
        self.app.call_from_thread(self.app.copy_text, text, "Markdown table", self.default_file() + ".md")  # type: ignore[attr-defined]
