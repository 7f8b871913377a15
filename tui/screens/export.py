"""The export dialog: ask where to write a table, never overwrite without asking, write, report."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from .dialogs import Confirm


class ExportScreen(ModalScreen[Path | None]):
    """Enter writes the table to the path typed (default in the current folder); Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, text: str, rows: int | None, default: str, prompt: str = "Export this table as Markdown to:"
    ) -> None:
        super().__init__()
        self.text, self.rows, self.default, self.prompt = text, rows, default, prompt

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.prompt))
            yield Input(value=self.default, id="path")
            yield Label("Enter: export · Escape: cancel", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            self.dismiss(None)
            return
        target = Path(value).expanduser()
        if target.exists():
            self.app.push_screen(Confirm(f"{target} exists. Overwrite it?"), lambda ok: self.finish(target, bool(ok)))
        else:
            self.finish(target, True)

    def finish(self, target: Path, write: bool) -> None:
        """Write (when asked to) and close the dialog with the path written, or None."""
        if write and self.write(target):
            self.dismiss(target)
        else:
            self.dismiss(None)

    def write(self, target: Path) -> bool:
        """Write the text; a failure is a notification, not a crash."""
        try:
            target.write_text(self.text, encoding="utf-8")
        except OSError as e:
            self.app.notify(f"{target}: {e.strerror or e}", severity="error", markup=False)
            return False
        what = f"{self.rows} rows" if self.rows is not None else "Saved"
        self.app.notify(f"{what} → {target}", markup=False)
        return True

    def action_cancel(self) -> None:
        self.dismiss(None)
