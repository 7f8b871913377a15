"""The timeline: articles and counted sums of money per month or year for the current filter, as bars."""

from __future__ import annotations

from baokan.store.db.queries import yuan
from baokan.store.db.search import matching_ids
from baokan.store.db.timeline import Period
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .. import table_source as source
from ..bars import bar
from ..literal import visible
from ..store_access import deliver
from ..table_source import TableQuery

BAR_CELLS = 24


def chart(periods: list[Period], by: str) -> Table:
    """One row per period: the count, a bar of articles, and the counted total with its own bar."""
    most = max((p.articles for p in periods), default=0)
    most_yuan = max((p.counted_yuan for p in periods), default=0)
    t = Table(box=None, expand=True, header_style="bold", pad_edge=False)
    t.add_column(by, no_wrap=True)
    t.add_column("articles", justify="right", no_wrap=True)
    t.add_column("", ratio=1, no_wrap=True, overflow="crop", style="cyan")
    t.add_column("counted total", justify="right", no_wrap=True)
    t.add_column("", ratio=1, no_wrap=True, overflow="crop", style="red")
    for p in periods:
        money = yuan(p.counted_yuan) if p.figures else ""
        t.add_row(
            p.period, str(p.articles), bar(p.articles, most, BAR_CELLS), money, bar(p.counted_yuan, most_yuan, 12)
        )
    return t


class TimelineScreen(ModalScreen[None]):
    """m: by month, y: by year; Escape closes."""

    BINDINGS = [
        Binding("escape,q", "dismiss", "Close"),
        Binding("m", "by('month')", "By month"),
        Binding("y", "by('year')", "By year"),
    ]

    def __init__(self, request: TableQuery, label: str = "", query: str = "", by: str = "month") -> None:
        super().__init__()
        self.request, self.label, self.search_text, self.by = request, label, query, by

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog timeline"):
            yield Static(id="timeline-title")
            yield Static(Text("loading…", style="dim"), id="timeline-chart")
            yield Static(Text("m: by month · y: by year · Escape: close", style="dim"))

    def on_mount(self) -> None:
        self.load(self.by)

    def action_by(self, by: str) -> None:
        self.by = by
        self.load(by)

    @work(thread=True, exclusive=True, group="timeline")
    def load(self, by: str) -> None:
        db = self.app.store.db()  # type: ignore[attr-defined]
        picked = matching_ids(db, self.search_text) if self.search_text else None
        deliver(self, self._show, by, source.periods(db, self.request, by, picked))

    def _show(self, by: str, periods: list[Period]) -> None:
        if by != self.by:
            return
        what = " + ".join(x for x in (self.label, f"“{self.search_text}”" if self.search_text else "") if x)
        title = Text(f"Timeline of {self.request.name if not self.search_text else 'articles'}", style="bold")
        title.append(f" — {visible(what) or 'everything'}", style="bold")
        total = sum(p.counted_yuan for p in periods)
        title.append(f"\n{sum(p.articles for p in periods)} articles, counted total {yuan(total)}", style="dim")
        self.query_one("#timeline-title", Static).update(title)
        body = chart(periods, by) if periods else Text("No articles under this filter.", style="dim")
        self.query_one("#timeline-chart", Static).update(body)
