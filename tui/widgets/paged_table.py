"""A DataTable over a window of a long view: pages of rows are fetched from the store as the cursor nears
either end of the window, and g/G jump to the first/last page without reading what lies between."""

from __future__ import annotations

from dataclasses import dataclass

from baokan.store.db.views import TableData
from baokan.store.zh.text import width
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from ..literal import clip

# Rows fetched or added at a time: more than a screen holds. DataTable measures every cell it is given
# (≈ 0.05 ms each), so a page, not the SQL, is what a jump (g/G) or a new sort costs.
PAGE = 100
JUMP = 50  # rows read for g/G: a screenful and some (the page beyond comes as the cursor moves)
NEAR_END = 30  # rows from either end of the window at which the next page is asked for
MAX_WINDOW = 400  # rows kept when a page is put before the window (it is rebuilt): the far end is dropped
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
    """A window of a view's rows: `data` holds rows start … start+len of `total`, added `PAGE` at a time.

    The owner answers NeedRows by fetching those rows (in a worker) and calling `add_page`; a table
    given every row at once (total None) never asks.
    """

    @dataclass
    class NeedRows(Message):
        """Rows offset … offset+limit are wanted: after the window, before it, or at the start or end (g/G)."""

        offset: int
        limit: int
        where: str  # "after", "before", "start" or "end"

    def __init__(self, **kw: object) -> None:
        super().__init__(zebra_stripes=True, **kw)
        self.data: TableData | None = None
        self.loaded = 0  # rows of data added to the DataTable
        self.widths: list[int] = []
        self.start = 0  # the view's index of data's first row
        self.total = 0  # rows in the whole view (from its count query)
        self.asked: str | None = None  # the page asked for and not in yet: asked once
        self.building = False  # show() is refilling the table: its cursor moves are not the user's

    @property
    def more_after(self) -> bool:
        """True when the view has rows after the window."""
        return self.data is not None and self.start + len(self.data.rows) < self.total

    @property
    def view_row(self) -> int:
        """The cursor's row in the whole view (0-based)."""
        return self.start + self.cursor_row

    def show(
        self, data: TableData, start: int = 0, total: int | None = None, cursor: int = 0, keep_columns: bool = False
    ) -> None:
        """Replace the rows with data, rows start … of a view of `total` rows (None: data is every row)."""
        self.building = True
        self.clear(columns=not keep_columns)
        self.data, self.start, self.loaded, self.asked = data, start, 0, None
        self.total = start + len(data.rows) if total is None else total
        if not keep_columns:
            self.widths = column_widths(data)
            for h, w in zip(data.headers, self.widths):
                self.add_column(Text(h, style="bold"), width=w, key=h)
        self.load_more()
        while self.loaded <= cursor < len(data.rows):
            self.load_more()
        if cursor:
            self.move_cursor(row=cursor, animate=False)
        self.building = False

    def add_page(self, data: TableData, offset: int, where: str) -> None:
        """Take the rows asked for by NeedRows: append, prepend (the window is rebuilt) or jump to them."""
        self.asked = None
        if self.data is None:
            return
        if where == "after" and offset == self.start + len(self.data.rows):
            self.data = self.data.extended(data)
            if self.cursor_row >= self.loaded - NEAR_END:
                self.load_more()
        elif where == "before" and offset + len(data.rows) == self.start:
            both = data.extended(self.data)
            row = self.cursor_row + len(data.rows)
            self.show(both.window(0, MAX_WINDOW), offset, self.total, row, keep_columns=True)
        elif where == "end":
            self.show(data, offset, self.total, max(0, len(data.rows) - 1), keep_columns=True)
        elif where == "start":
            self.show(data, offset, self.total, 0, keep_columns=True)

    def _ask(self, offset: int, limit: int, where: str) -> None:
        # One request at a time per direction: the cursor watcher fires on every move.
        if self.asked != where and limit > 0:
            self.asked = where
            self.post_message(self.NeedRows(offset, limit, where))

    def load_more(self) -> None:
        """Add the next page of fetched rows; ask the store for more when every fetched row is shown."""
        if self.data is None:
            return
        if self.loaded >= len(self.data.rows):
            if self.more_after:
                self._ask(self.start + len(self.data.rows), PAGE, "after")
            return
        start, self.loaded = self.loaded, min(len(self.data.rows), self.loaded + PAGE)
        # `loaded` moves first: adding rows fires the cursor watcher, which must not load this page again.
        self.add_rows([clip(c, w) for c, w in zip(row, self.widths)] for row in self.data.rows[start : self.loaded])

    def watch_cursor_coordinate(self, old: object, new: object) -> None:  # noqa: D102
        super().watch_cursor_coordinate(old, new)  # type: ignore[arg-type]
        if self.building:
            return
        if self.cursor_row >= self.loaded - NEAR_END:
            self.load_more()
        if self.cursor_row < NEAR_END and self.start > 0:
            self._ask(max(0, self.start - PAGE), self.start - max(0, self.start - PAGE), "before")

    def action_scroll_bottom(self) -> None:
        # G reads the view's last page (from the end, in SQL) instead of every row before it.
        if self.more_after:
            self._ask(max(0, self.total - JUMP), self.total - max(0, self.total - JUMP), "end")
            return
        while self.data is not None and self.loaded < len(self.data.rows):
            self.load_more()
        super().action_scroll_bottom()

    def action_scroll_top(self) -> None:
        if self.start > 0:
            self._ask(0, JUMP, "start")
            return
        super().action_scroll_top()

    def current_article(self) -> int | None:
        """The article the highlighted row opens, if any."""
        if self.data is None or not self.data.rows or self.cursor_row >= len(self.data.article_ids):
            return None
        return self.data.article_ids[self.cursor_row]
