"""Help: every key binding of the app and its screens, in one list."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# Keys the built-in widgets handle that users should know about.
COMMON = [
    ("↑ ↓ j k", "move in a list or table"),
    ("g G", "first / last row"),
    ("Enter", "open / go in"),
    ("Escape", "back out"),
    ("Tab / Shift+Tab", "next / previous pane"),
    ("ctrl+p", "command palette"),
]


def key_name(key: str) -> str:
    return {"left_square_bracket": "[", "right_square_bracket": "]", "question_mark": "?", "slash": "/"}.get(key, key)


def bindings_table(sections: list[tuple[str, list[Binding]]]) -> Table:
    """A table of (where, key, what) rows."""
    t = Table(show_header=True, header_style="bold", expand=True, box=None)
    t.add_column("where", style="dim")
    t.add_column("key", style="bold cyan")
    t.add_column("does")
    for key, what in COMMON:
        t.add_row("everywhere", key, what)
    for where, bindings in sections:
        for b in bindings:
            if b.description:
                t.add_row(where, ", ".join(key_name(k) for k in b.key.split(",")), b.description)
    return t


class HelpScreen(ModalScreen[None]):
    """Lists the keys; Escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, sections: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.table = bindings_table(sections)

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static(Text("baokan keys", style="bold"))
            yield Static(self.table)
