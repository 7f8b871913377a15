"""Browse: the issue list and the chosen issue's articles on the left, the reader on the right."""

from __future__ import annotations

from baokan.store.db import queries
from baokan.store.db.queries import ArticleDetail, ArticleRow, IssueRow
from baokan.store.db.views import TableData
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from ..literal import clip
from ..store_access import deliver
from ..widgets.article_view import ArticleView
from ..widgets.paged_table import KeyTable, PagedTable


class BrowseScreen(Screen):
    """Issues → articles → reader, from the keyboard: Enter goes in, Escape comes back out."""

    BINDINGS = [
        Binding("enter", "go_in", "Open", show=False),
        Binding("escape", "go_out", "Back", show=False),
        Binding("left_square_bracket", "previous_article", "Prev article"),
        Binding("right_square_bracket", "next_article", "Next article"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.issues: list[IssueRow] = []
        self.articles: list[ArticleRow] = []
        self.wanted_issue: int | None = None  # asked for before the issue list had loaded

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="browse-left"):
                yield Static("Issues", classes="pane-title")
                yield PagedTable(id="issues")
                yield Static("Articles", classes="pane-title")
                yield KeyTable(id="articles")
            yield ArticleView(id="reader")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#articles", DataTable).add_columns("title", "zone", "byline")
        self.query_one("#issues").focus()
        self.load_issues()

    @work(thread=True, exclusive=True, group="issues")
    def load_issues(self) -> None:
        rows = queries.issues(self.app.store.db())  # type: ignore[attr-defined]
        deliver(self, self._show_issues, rows)

    def _show_issues(self, rows: list[IssueRow]) -> None:
        self.issues = rows
        # An archive has thousands of issues: the paged table adds them a screenful at a time.
        self.query_one("#issues", PagedTable).show(
            TableData(
                "issues",
                ["date / file", "no.", "arts"],
                [[r.date or r.source, str(r.issue_number or ""), str(r.articles)] for r in rows],
                [None] * len(rows),
            )
        )
        if self.wanted_issue is not None:
            self.select_issue(self.wanted_issue)
        elif rows:
            self.load_articles(rows[0].id)

    @work(thread=True, exclusive=True, group="articles")
    def load_articles(self, issue_id: int) -> None:
        rows = queries.articles_for_issue(self.app.store.db(), issue_id)  # type: ignore[attr-defined]
        deliver(self, self._show_articles, rows)

    def _show_articles(self, rows: list[ArticleRow]) -> None:
        self.articles = rows
        table = self.query_one("#articles", DataTable)
        table.clear()
        for a in rows:
            table.add_row(clip(a.title or "(untitled)", 24), clip(a.zone, 12), clip(a.byline, 10))
        if rows:
            self.load_article(rows[0].id)

    @work(thread=True, exclusive=True, group="article")
    def load_article(self, article_id: int) -> None:
        a = queries.article(self.app.store.db(), article_id)  # type: ignore[attr-defined]
        deliver(self, self._show_article, a)

    def _show_article(self, a: ArticleDetail | None) -> None:
        self.query_one(ArticleView).show(a)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "issues" and event.cursor_row < len(self.issues):
            self.load_articles(self.issues[event.cursor_row].id)
        elif event.data_table.id == "articles" and event.cursor_row < len(self.articles):
            self.load_article(self.articles[event.cursor_row].id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_go_in()

    def action_go_in(self) -> None:
        focused = self.focused
        if focused is self.query_one("#issues"):
            self.query_one("#articles").focus()
        elif focused is self.query_one("#articles"):
            self.query_one(ArticleView).focus()

    def action_go_out(self) -> None:
        focused = self.focused
        reader = self.query_one(ArticleView)
        if focused is not None and (focused is reader or reader in focused.ancestors):
            self.query_one("#articles").focus()
        elif focused is self.query_one("#articles"):
            self.query_one("#issues").focus()

    def _step_article(self, step: int) -> None:
        table = self.query_one("#articles", DataTable)
        if self.articles:
            table.move_cursor(row=max(0, min(len(self.articles) - 1, table.cursor_row + step)))

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def action_next_article(self) -> None:
        self._step_article(1)

    def select_issue(self, issue_id: int) -> None:
        """Move the issue cursor to an issue (the command palette's 'go to issue')."""
        self.wanted_issue = issue_id if not self.issues else None
        for n, r in enumerate(self.issues):
            if r.id == issue_id:
                self.query_one("#issues", DataTable).move_cursor(row=n)
                self.query_one("#articles").focus()
