"""The export dialog: where to write, in which format, with or without each article's text; never overwrites unasked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from baokan.store.db.export import FORMATS
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, RadioButton, RadioSet

from .dialogs import Confirm


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose: the file, its format and whether each row carries its article's text."""

    path: Path
    fmt: str
    with_text: bool = False


def with_extension(name: str, fmt: str, formats: tuple[str, ...]) -> str:
    """The file name with the format's extension (an extension of another format is replaced)."""
    p = Path(name)
    stem = name[: -len(p.suffix)] if p.suffix.lower().lstrip(".") in formats else name
    return f"{stem}.{fmt}"


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Enter exports to the path typed; Tab reaches the formats (the extension follows) and the text option."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        default: str,
        prompt: str = "Export this table to:",
        formats: tuple[str, ...] = FORMATS,
        fmt: str = "md",
        offer_text: bool = True,
    ) -> None:
        super().__init__()
        self.default, self.prompt, self.formats, self.offer_text = default, prompt, formats, offer_text
        self.fmt = fmt if fmt in formats else (formats[0] if formats else fmt)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.prompt))
            name = with_extension(self.default, self.fmt, self.formats) if self.formats else self.default
            yield Input(value=name, id="path")
            if len(self.formats) > 1:
                with RadioSet(id="formats"):
                    for f in self.formats:
                        yield RadioButton(f, value=f == self.fmt)
            if self.offer_text:
                yield Checkbox("with each article's full text", id="with-text")
            keys = "Enter: export · Tab: format and options · Escape: cancel" if len(self.formats) > 1 else ""
            yield Label(keys or "Enter: save · Escape: cancel", classes="hint")

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = self.formats[event.index]
        box = self.query_one("#path", Input)
        box.value = with_extension(box.value, self.fmt, self.formats)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            self.dismiss(None)
            return
        with_text = self.offer_text and self.query_one("#with-text", Checkbox).value
        choice = ExportChoice(Path(value).expanduser(), self.fmt, with_text)
        if choice.path.exists():
            question = f"{choice.path} exists. Overwrite it?"
            self.app.push_screen(Confirm(question), lambda ok: self.answer(choice if ok else None))
        else:
            self.dismiss(choice)

    def answer(self, choice: ExportChoice | None) -> None:
        """Close with the choice (a callback must not return dismiss's awaitable: Textual would await it)."""
        self.dismiss(choice)

    def action_cancel(self) -> None:
        self.dismiss(None)
