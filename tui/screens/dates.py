"""The date range dialog: two bounds, each YYYY, YYYY-MM or YYYY-MM-DD (or empty), checked before closing."""

from __future__ import annotations

from baokan.store.db.timeline import BadDate, date_range
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class DateRangeScreen(ModalScreen[tuple[str | None, str | None] | None]):
    """Enter applies the range (both empty: no date filter); Escape cancels; a bad date is said, not applied."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, date_from: str | None = None, date_to: str | None = None) -> None:
        super().__init__()
        self.date_from, self.date_to = date_from, date_to

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Only issues dated from … to … (YYYY, YYYY-MM or YYYY-MM-DD; empty: open)")
            yield Input(value=self.date_from or "", placeholder="from, e.g. 2024 or 2024-03", id="date-from")
            yield Input(value=self.date_to or "", placeholder="to, e.g. 2025-06-30", id="date-to")
            yield Label("", id="date-error")
            yield Label("Enter: apply · Tab: next box · Escape: cancel", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        lo = self.query_one("#date-from", Input).value.strip() or None
        hi = self.query_one("#date-to", Input).value.strip() or None
        try:
            self.dismiss(date_range(lo, hi))
        except BadDate as e:
            self.query_one("#date-error", Label).update(Text(str(e), style="bold red"))

    def action_cancel(self) -> None:
        self.dismiss(None)
