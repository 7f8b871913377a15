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

GUTTER = 13  # cells for the margin label: "▌ article", "masthead", "? unplaced"


def render_page(lines: list[MarkedLine]) -> Text:
    """Lines with a margin saying whose each is; this article bright, other articles dim."""
    t = Text()
    for line in lines:
        shown = visible(line.text)
        if line.mark == ARTICLE:
            t.append("▌ article".ljust(GUTTER), style="bold yellow")
            t.append(shown, style="bold")
        elif line.mark == OTHER:
            t.append(" " * GUTTER)
            t.append(shown, style="dim")
        elif line.mark == BLANK:
            t.append(" " * GUTTER)
        elif line.mark == UNPLACED:
            t.append("? unplaced".ljust(GUTTER), style="bold red")
            t.append(shown, style="red")
        else:  # a fragment: masthead, section, continuation, unassigned …
            t.append(f"[{visible(line.mark)}]"[: GUTTER - 1].ljust(GUTTER), style="magenta")
            t.append(shown, style="italic magenta")
        t.append("\n")
    t.rstrip()
    return t


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
        self.query_one("#page-before", Static).update(render_page(page.lines[:first]))
        self.query_one("#page-text", Static).update(render_page(page.lines[first:last]))
        self.query_one("#page-after", Static).update(render_page(page.lines[last:]))
        middle = self.query_one("#page-text", Static)
        self.call_after_refresh(
            self.query_one("#page-scroll", VerticalScroll).scroll_to_widget, middle, top=True, animate=False
        )

    def action_scroll_down(self) -> None:
        self.query_one("#page-scroll", VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#page-scroll", VerticalScroll).scroll_up()
