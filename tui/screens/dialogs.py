"""Small modal dialogs: ask for a file path, confirm an overwrite."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class AskPath(ModalScreen[str | None]):
    """A one-line prompt with a default; Enter accepts, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, prompt: str, default: str) -> None:
        super().__init__()
        self.prompt, self.default = prompt, default

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.prompt))
            yield Input(value=self.default, id="path")
            yield Label("Enter: export · Escape: cancel", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Confirm(ModalScreen[bool]):
    """Yes or no: y confirms, n or Escape declines."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n", "answer(False)", "No"),
        Binding("escape", "answer(False)", "No", show=False),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.question))
            yield Label("y: yes · n: no", classes="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class ErrorDialog(ModalScreen[None]):
    """A failure the app cannot go on from (a damaged store): shown, then any of Enter, Escape, q closes the app."""

    BINDINGS = [Binding("enter,escape,q", "close", "Quit")]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error"):
            yield Label(Text(self.message))
            yield Label("Enter, Escape or q: quit", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
