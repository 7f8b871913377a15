"""The baokan explorer: browse issues and articles, tables with entity facets, search, export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from baokan.store.db import StoreError, failure
from baokan.store.files import one_line
from textual.app import App
from textual.binding import Binding
from textual.worker import WorkerFailed

from .browse import Browse
from .commands import BaokanCommands
from .data import StoreReader
from .help import Help
from .messages import FilterByEntity, OpenArticle
from .reader import Reader
from .reading import Reading
from .search import Search
from .tables import Tables


class BaokanApp(App):
    """Keyboard first: b browse, t tables, / search, ? help, q quit."""

    CSS_PATH = "baokan.tcss"
    TITLE = "baokan 报刊"
    COMMANDS = App.COMMANDS | {BaokanCommands}
    MODES = {"browse": Browse, "tables": Tables, "search": Search}
    DEFAULT_MODE = "browse"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("slash", "search", "Search"),
        Binding("b", "switch_mode('browse')", "Browse"),
        Binding("t", "switch_mode('tables')", "Tables"),
    ]

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.store = StoreReader(Path(db_path))
        self.sub_title = one_line(Path(db_path).name)
        self.store_failure: str | None = None  # the one line to print when the store failed under the app

    def _handle_exception(self, error: Exception) -> None:
        """A store that fails while the app reads it (damaged, gone, unreadable): one line, exit status 2."""
        if self.store_failure is not None:
            return  # already exiting on a store error: what fails after it (half-mounted screens) is its echo
        cause = error.error if isinstance(error, WorkerFailed) else error
        if isinstance(cause, (StoreError, sqlite3.Error)):
            self.store_failure = failure(self.store.path, cause)
            self.exit(return_code=2)
            return
        super()._handle_exception(error)

    def action_help(self) -> None:
        if isinstance(self.screen, Help):
            return
        sections = [("app", self.BINDINGS)]
        for name, cls in (
            ("browse", Browse),
            ("tables", Tables),
            ("search", Search),
            ("reader", Reading),
            ("reader", Reader),
        ):
            sections.append((name, cls.BINDINGS))  # type: ignore[arg-type]
        self.push_screen(Help(sections))

    async def action_search(self) -> None:
        await self.switch_mode("search")

    async def action_export_table(self) -> None:
        await self.switch_mode("tables")
        self.screen.action_export()  # type: ignore[attr-defined]

    async def go_to_issue(self, issue_id: int) -> None:
        """Show an issue's articles in the browser."""
        await self.switch_mode("browse")
        self.screen.select_issue(issue_id)  # type: ignore[attr-defined]

    async def filter_by(self, entity_id: int, table: str = "articles") -> None:
        """Open the tables filtered by one entity."""
        while isinstance(self.screen, Reading):
            self.pop_screen()
        await self.switch_mode("tables")
        screen = self.screen
        if isinstance(screen, Tables):
            screen.set_filter([entity_id], table)

    def on_open_article(self, message: OpenArticle) -> None:
        self.push_screen(Reading(message.article_id, message.siblings, message.query))

    async def on_filter_by_entity(self, message: FilterByEntity) -> None:
        await self.filter_by(message.entity_id, message.table)
