"""The full-screen reader, opened from tables and search; [ and ] move through the list."""

from __future__ import annotations

from baokan.store.db import queries
from baokan.store.db.queries import ArticleDetail
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header

from ..store_access import deliver
from ..widgets.article_view import ArticleView


class ReaderScreen(Screen):
    """One article full screen; Escape goes back to where it was opened from."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("left_square_bracket", "step(-1)", "Prev article"),
        Binding("right_square_bracket", "step(1)", "Next article"),
    ]

    def __init__(
        self, article_id: int, siblings: list[int], query: str = "", first: int = 0, total: int | None = None
    ) -> None:
        super().__init__()
        self.article_id, self.article_ids, self.query_text = article_id, siblings or [article_id], query
        # where the siblings stand in the whole list they were read from (a table's view holds more)
        self.first, self.total = first, len(self.article_ids) if total is None else total

    def compose(self) -> ComposeResult:
        yield Header()
        yield ArticleView(id="reader")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        self.load(self.article_id)

    @work(thread=True, exclusive=True, group="article")
    def load(self, article_id: int) -> None:
        a = queries.article(self.app.store.db(), article_id)  # type: ignore[attr-defined]
        deliver(self, self._show, a)

    def _show(self, a: ArticleDetail | None) -> None:
        self.query_one(ArticleView).show(a, self.query_text)
        if a is not None and a.id in self.article_ids:
            self.sub_title = f"{self.first + self.article_ids.index(a.id) + 1} of {self.total}"

    def action_step(self, step: int) -> None:
        if self.article_id not in self.article_ids:
            return
        n = self.article_ids.index(self.article_id) + step
        if 0 <= n < len(self.article_ids):
            self.article_id = self.article_ids[n]
            self.load(self.article_id)
        elif (n < 0 and self.first > 0) or (n >= len(self.article_ids) and self.first + n < self.total):
            # the reader holds the articles around the one opened: the rest is one Escape away, in the table
            self.notify("The list goes on in the table: Escape, and open the next from there", timeout=3)
        else:  # say so: a key that silently does nothing reads as a broken key
            self.notify(f"This is the {'last' if step > 0 else 'first'} article of the list", timeout=2)
