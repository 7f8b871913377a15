"""Below a usable size the app says so instead of drawing clipped tables."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

MIN_WIDTH, MIN_HEIGHT = 60, 16  # below this the tables lose their key columns and the reader its text


def too_small(width: int, height: int) -> bool:
    """Whether a terminal of this size is below the usable minimum."""
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmallScreen(ModalScreen[None]):
    """Covers the app while the terminal is too small; closes itself once it is big enough again."""

    BINDINGS = [Binding("q", "app.quit", "Quit")]
    closing = False  # dismissed already: mount and resize may both ask

    def compose(self) -> ComposeResult:
        yield Static(id="too-small")

    def on_mount(self) -> None:
        self._say(*self.app.size)

    def on_resize(self, event: events.Resize) -> None:
        self._say(event.size.width, event.size.height)

    def _say(self, w: int, h: int) -> None:
        if self.closing:
            return
        if not too_small(w, h):
            self.closing = True
            self.dismiss(None)
            return
        msg = Text(f"Terminal too small: {w}×{h}\n", style="bold")
        msg.append(f"baokan needs at least {MIN_WIDTH}×{MIN_HEIGHT}. Make the window bigger, or press q to quit.")
        self.query_one("#too-small", Static).update(msg)
