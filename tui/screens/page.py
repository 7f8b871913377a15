"""The page as printed: the source page's text, this article's lines marked, fragments labelled in the margin."""

from __future__ import annotations

from pathlib import Path

from baokan.store.db.printed import ARTICLE, BLANK, OTHER, UNPLACED, MarkedLine, PrintedPage, printed_page
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from ..literal import visible
from ..store_access import deliver
from ..widgets.typeset_text import SetPerWidth, set_lines

GUTTER = 13  # cells for the margin label: "▌ article", "masthead", "? unplaced"


def margin_and_style(line: MarkedLine) -> tuple[Text, str]:
    """The margin label of a line and the style of its text: this article bright, other articles dim."""
    if line.mark == ARTICLE:
        return Text("▌ article".ljust(GUTTER), style="bold yellow"), "bold"
    if line.mark == OTHER:
        return Text(" " * GUTTER), "dim"
    if line.mark == BLANK:
        return Text(" " * GUTTER), ""
    if line.mark == UNPLACED:
        return Text("? unplaced".ljust(GUTTER), style="bold red"), "red"
    # a fragment: masthead, section, continuation, unassigned …
    return Text(f"[{visible(line.mark)}]"[: GUTTER - 1].ljust(GUTTER), style="magenta"), "italic magenta"


def render_page(lines: list[MarkedLine], width: int) -> Text:
    """Lines with a margin saying whose each is; a line too long for the width goes on under its text, not its margin."""
    t = Text()
    for n, line in enumerate(lines):
        label, style = margin_and_style(line)
        if n:
            t.append("\n")
        t.append_text(label)
        t.append_text(set_lines(Text(visible(line.text), style=style), width, indent=GUTTER))
    t.rstrip()  # blank lines at the end would only push the next part down
    return t


class PageText(SetPerWidth):
    """The marked lines set at the width drawn."""

    def __init__(self, lines: list[MarkedLine]) -> None:
        super().__init__()
        self.lines = lines

    def set_at(self, width: int) -> Text:
        """The lines with their margins at width cells."""
        return render_page(self.lines, width)


class PageScreen(Screen):
    """The article's source page; Escape goes back to the reader."""

    BINDINGS = [
        Binding("escape,p", "app.pop_screen", "Back"),
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]

    def __init__(self, article_id: int) -> None:
        super().__init__()
        self.article_id = article_id
        self.page: PrintedPage | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="page-note")
        with VerticalScroll(id="page-scroll"):
            # Three parts, so the view can scroll to this article's lines however the lines above wrap.
            yield Static(Text("loading…", style="dim"), id="page-before")
            yield Static(id="page-text")
            yield Static(id="page-after")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#page-scroll").focus()
        self.load()

    @work(thread=True, exclusive=True, group="page")
    def load(self) -> None:
        deliver(self, self._show, printed_page(self.app.store.db(), self.article_id))  # type: ignore[attr-defined]

    def _show(self, page: PrintedPage | None) -> None:
        self.page = page
        if page is None:
            self.query_one("#page-before", Static).update(Text("This article is no longer in the store.", style="red"))
            return
        # The file's name, not its whole path: the title must not depend on where the archive lives.
        self.sub_title = visible(Path(page.path).name)
        legend = Text("▌ this article  ", style="bold yellow")
        legend.append("[kind] fragment  ", style="magenta")
        legend.append("? unplaced: in no stored part  ", style="bold red")
        legend.append("dim: other articles", style="dim")
        if page.note:
            legend.append(f"\n{visible(page.note)}", style="bold red")
        self.query_one("#page-note", Static).update(legend)
        marked = [n for n, line in enumerate(page.lines) if line.mark == ARTICLE]
        first, last = (marked[0], marked[-1] + 1) if marked else (0, 0)
        parts = {"before": page.lines[:first], "text": page.lines[first:last], "after": page.lines[last:]}
        for name, part in parts.items():
            self.query_one(f"#page-{name}", Static).update(PageText(part) if part else Text())
        middle = self.query_one("#page-text", Static)
        self.call_after_refresh(
            self.query_one("#page-scroll", VerticalScroll).scroll_to_widget, middle, top=True, animate=False
        )

    def action_scroll_down(self) -> None:
        self.query_one("#page-scroll", VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#page-scroll", VerticalScroll).scroll_up()
