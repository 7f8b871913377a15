"""The baokan explorer: browse issues and articles, tables with entity facets, search, export."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from .commands import BaokanCommands
from .messages import FilterByEntity, OpenArticle
from .screens.browse import BrowseScreen
from .screens.help import HelpScreen
from .screens.reader import ReaderScreen
from .screens.search import SearchScreen
from .screens.tables import TablesScreen
from .store_access import StoreReader
from .widgets.article_view import ArticleView


class BaokanApp(App):
    """Keyboard first: b browse, t tables, / search, ? help, q quit."""

    CSS_PATH = "baokan.tcss"
    TITLE = "baokan 报刊"
    COMMANDS = App.COMMANDS | {BaokanCommands}
    MODES = {"browse": BrowseScreen, "tables": TablesScreen, "search": SearchScreen}
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
        self.sub_title = Path(db_path).name

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        sections = [("app", self.BINDINGS)]
        for name, cls in (
            ("browse", BrowseScreen),
            ("tables", TablesScreen),
            ("search", SearchScreen),
            ("reader", ReaderScreen),
            ("reader", ArticleView),
        ):
            sections.append((name, cls.BINDINGS))  # type: ignore[arg-type]
        self.push_screen(HelpScreen(sections))

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
        while isinstance(self.screen, ReaderScreen):
            self.pop_screen()
        await self.switch_mode("tables")
        screen = self.screen
        if isinstance(screen, TablesScreen):
            screen.set_filter([entity_id], table)

    def on_open_article(self, message: OpenArticle) -> None:
        self.push_screen(ReaderScreen(message.article_id, message.siblings, message.query))

    async def on_filter_by_entity(self, message: FilterByEntity) -> None:
        await self.filter_by(message.entity_id, message.table)
