"""A DataTable that shows a long result a page at a time: rows are added as the cursor nears the end."""

from __future__ import annotations

from dataclasses import dataclass

from baokan.store.db.views import TableData
from baokan.store.zh.text import width
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from ..literal import clip

PAGE = 500  # rows added at a time: enough to fill any screen, cheap to render
NEAR_END = 50  # rows from the last one added at which the next page is added
MAX_COL = 40  # cells wider than this are cut (the export keeps them whole)


def column_widths(data: TableData, sample: int = PAGE) -> list[int]:
    """Display widths from the headers and the first rows, so the table never measures every cell."""
    widths = [width(h) for h in data.headers]
    for row in data.rows[:sample]:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], min(MAX_COL, width(c.replace("\n", " "))))
    return [max(3, w) for w in widths]


class KeyTable(DataTable):
    """A row-cursor DataTable with vi keys: j/k move, g/G go to the first and last row."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_top", "Top", show=False),
        Binding("G", "scroll_bottom", "Bottom", show=False),
    ]

    def __init__(self, **kw: object) -> None:
        kw.setdefault("cursor_type", "row")
        super().__init__(**kw)  # type: ignore[arg-type]


class PagedTable(KeyTable):
    """Rows of a TableData, added a page at a time as the cursor nears the end.

    When the store holds more rows than `data` (`more_in_store`), the table posts NeedMore and
    whoever owns it fetches the next page (or every row, for G) and calls `extend`.
    """

    @dataclass
    class NeedMore(Message):
        """The cursor is near the last row fetched; `everything` asks for all the rest at once."""

        everything: bool = False

    def __init__(self, **kw: object) -> None:
        super().__init__(zebra_stripes=True, **kw)
        self.data: TableData | None = None
        self.loaded = 0
        self.widths: list[int] = []
        self.more_in_store = False
        self.want_bottom = False  # G was pressed before every row was fetched

    def show(self, data: TableData, more_in_store: bool = False) -> None:
        """Replace the table with the first page of data."""
        self.clear(columns=True)
        self.data, self.loaded, self.more_in_store, self.want_bottom = data, 0, more_in_store, False
        self.widths = column_widths(data)
        for h, w in zip(data.headers, self.widths):
            self.add_column(Text(h, style="bold"), width=w, key=h)
        self.load_more()

    def extend(self, data: TableData, more_in_store: bool) -> None:
        """Take over a longer version of the data shown (same order): rows already shown stay put."""
        self.data, self.more_in_store = data, more_in_store
        if self.want_bottom and not more_in_store:
            self.want_bottom = False
            self.action_scroll_bottom()
        elif self.cursor_row >= self.loaded - NEAR_END:
            self.load_more()

    def load_more(self) -> None:
        """Add the next page of rows; ask for more from the store when every fetched row is shown."""
        if self.data is None:
            return
        if self.loaded >= len(self.data.rows):
            if self.more_in_store:
                self.post_message(self.NeedMore())
            return
        start, self.loaded = self.loaded, min(len(self.data.rows), self.loaded + PAGE)
        # `loaded` moves first: adding rows fires the cursor watcher, which must not load this page again.
        self.add_rows([clip(c, w) for c, w in zip(row, self.widths)] for row in self.data.rows[start : self.loaded])

    def watch_cursor_coordinate(self, old: object, new: object) -> None:  # noqa: D102
        super().watch_cursor_coordinate(old, new)  # type: ignore[arg-type]
        if self.cursor_row >= self.loaded - NEAR_END:
            self.load_more()

    def action_scroll_bottom(self) -> None:
        # G goes to the true last row: fetch and add every page first (a user asking for the end wants the end).
        if self.more_in_store:
            self.want_bottom = True
            self.post_message(self.NeedMore(everything=True))
            return
        while self.data is not None and self.loaded < len(self.data.rows):
            self.load_more()
        super().action_scroll_bottom()

    def current_article(self) -> int | None:
        """The article the highlighted row opens, if any."""
        if self.data is None or not self.data.rows or self.cursor_row >= len(self.data.article_ids):
            return None
        return self.data.article_ids[self.cursor_row]
