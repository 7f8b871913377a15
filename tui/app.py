"""The baokan explorer: browse issues and articles, tables with entity facets, search, export."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from baokan.store.db import failure as store_failure
from baokan.store.db import saved
from baokan.store.db.printed import other_part
from baokan.store.db.saved import SavedView
from baokan.store.files import one_line as inert
from baokan.store.files import write_atomic
from textual import events, work
from textual.app import App, SuspendNotSupported
from textual.binding import Binding
from textual.worker import WorkerFailed

from .clipboard import clipboard_commands, copy_with_tool
from .commands import BaokanCommands
from .failure import is_store_error, one_line, write_log
from .messages import FilterByEntity, FollowContinuation, OpenArticle, OpenOutside, ShowPage, ShowTimeline
from .screens.browse import BrowseScreen
from .screens.dialogs import ErrorDialog
from .screens.export import ExportScreen
from .screens.help import HelpScreen
from .screens.page import PageScreen
from .screens.reader import ReaderScreen
from .screens.search import SearchScreen
from .screens.tables import TablesScreen
from .screens.timeline import TimelineScreen
from .screens.too_small import TooSmallScreen, too_small
from .store_access import StoreReader
from .table_source import TableQuery
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
        # Users reach for ctrl+c to leave; it quits everywhere (priority: an input would take it for copy).
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
        Binding("question_mark", "help", "Help"),
        Binding("slash", "search", "Search"),
        Binding("b", "switch_mode('browse')", "Browse"),
        Binding("t", "switch_mode('tables')", "Tables"),
    ]

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.store = StoreReader(Path(db_path))
        self.sub_title = inert(Path(db_path).name)
        self.return_mode = self.DEFAULT_MODE  # where Escape from search goes back to
        self.failure: str | None = None  # the one line the shell prints after the app has failed

    def on_ready(self) -> None:
        self.ready = True
        self._check_size(*self.size)

    def on_resize(self, event: events.Resize) -> None:
        if getattr(self, "ready", False):  # before the first mode's screen is up there is nothing to cover
            self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        if too_small(width, height) and not isinstance(self.screen, TooSmallScreen):
            self.push_screen(TooSmallScreen())

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        sections: list[tuple[str, list[Binding]]] = [("app", self.BINDINGS)]  # type: ignore[list-item]
        for name, cls in (
            ("browse", BrowseScreen),
            ("tables", TablesScreen),
            ("search", SearchScreen),
            ("reader", ReaderScreen),
            ("reader", ArticleView),
            ("timeline", TimelineScreen),
        ):
            sections.append((name, cls.BINDINGS))  # type: ignore[arg-type]
        self.push_screen(HelpScreen(sections))

    async def action_search(self) -> None:
        if self.current_mode != "search":
            self.return_mode = self.current_mode
        await self.switch_mode("search")

    async def action_leave_search(self) -> None:
        """Search is a mode: Escape goes back to the mode the user came from."""
        await self.switch_mode(self.return_mode if self.return_mode != "search" else self.DEFAULT_MODE)

    def copy_text(self, text: str, what: str, default_file: str) -> None:
        """Copy by OSC 52 and by the platform's clipboard tool; when neither can be confirmed, offer a file."""
        self.copy_to_clipboard(text)
        self._copy_by_tool(text, what, default_file)

    @work(thread=True, group="clipboard")
    def _copy_by_tool(self, text: str, what: str, default_file: str) -> None:
        tool = copy_with_tool(text, clipboard_commands(os.environ))
        self.call_from_thread(self._copied, tool, text, what, default_file)

    def _copied(self, tool: str | None, text: str, what: str, default_file: str) -> None:
        if tool is not None:
            self.notify(f"{what} copied to the clipboard (by {tool})", markup=False)
            return
        # OSC 52 went to the terminal, but many terminals (and tmux by default) drop it silently.
        prompt = (
            f"{what}: sent to the terminal (OSC 52), but no clipboard tool (wl-copy, xclip, xsel, pbcopy) "
            "is here to confirm it arrived. Save it to a file instead?"
        )
        self.push_screen(
            ExportScreen(default_file, prompt, formats=(), offer_text=False),
            lambda choice: None if choice is None else self.save_text(text, choice.path),
        )

    def save_text(self, text: str, path: Path) -> None:
        """Write text to a file the user chose, whole or not at all."""
        try:
            write_atomic(path, text)
        except OSError as e:
            self.notify(f"{inert(path)}: {e.strerror or e}", severity="error", markup=False)
            return
        self.notify(f"Saved → {inert(path)}", markup=False)

    def _handle_exception(self, error: Exception) -> None:
        # A damaged or vanished store is the user's to fix: say so in a dialog, then exit 2.
        # Anything else is our bug: a log with the traceback, one line on exit, status 1.
        cause = error.error if isinstance(error, WorkerFailed) else error
        if is_store_error(cause):
            if self.failure is None:
                self.failure = f"baokan: {store_failure(self.store.path, cause)}"
                self.push_screen(ErrorDialog(self.failure), lambda _: self.exit(return_code=2))
            return
        if self.failure is None:
            self.failure = one_line(cause, write_log(cause))
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        # The traceback is in the log file; the shell prints `failure`, one line, instead of a screenful.
        self.bell()
        self._close_messages_no_wait()

    async def action_export_table(self) -> None:
        await self.switch_mode("tables")
        self.screen.action_export()  # type: ignore[attr-defined]

    async def go_to_issue(self, issue_id: int) -> None:
        """Show an issue's articles in the browser."""
        await self.switch_mode("browse")
        self.screen.select_issue(issue_id)  # type: ignore[attr-defined]

    async def open_view(self, view: SavedView) -> None:
        """Open a saved table view."""
        while isinstance(self.screen, ReaderScreen):
            self.pop_screen()
        await self.switch_mode("tables")
        if isinstance(self.screen, TablesScreen):
            self.screen.open_view(view)

    async def search_for(self, query: str) -> None:
        """Open search with a query typed in (a recent search from the palette)."""
        await self.action_search()
        screen = self.screen
        if isinstance(screen, SearchScreen):
            screen.set_query(query)

    @work(thread=True, group="remember")
    def remember_search(self, query: str) -> None:
        """Keep a search among the recent ones; a store that cannot be written just does not remember."""
        try:
            saved.remember_search(self.store.path, query)
        except saved.CannotSave:
            pass

    async def filter_by(self, entity_id: int, table: str = "articles") -> None:
        """Open the tables filtered by one entity."""
        while isinstance(self.screen, ReaderScreen):
            self.pop_screen()
        await self.switch_mode("tables")
        screen = self.screen
        if isinstance(screen, TablesScreen):
            screen.set_filter([entity_id], table)

    def on_open_article(self, message: OpenArticle) -> None:
        self.push_screen(
            ReaderScreen(message.article_id, message.siblings, message.query, message.first, message.total)
        )

    def on_show_page(self, message: ShowPage) -> None:
        self.push_screen(PageScreen(message.article_id))

    @work(thread=True, group="continuation")
    def on_follow_continuation(self, message: FollowContinuation) -> None:
        found = other_part(self.store.db(), message.article_id)
        if found is None:
            self.call_from_thread(self.notify, "The other part of this article is not in the store", severity="warning")
        else:
            self.call_from_thread(self.push_screen, ReaderScreen(found, [found]))

    def on_open_outside(self, message: OpenOutside) -> None:
        """Suspend the app, run $PAGER (or $EDITOR) on the text, and come back."""
        var, fallback = ("EDITOR", "vi") if message.editor else ("PAGER", "less")
        command = shlex.split(os.environ.get(var) or fallback)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
            f.write(message.text)
        try:
            with self.suspend():
                subprocess.run([*command, f.name], check=False)
        except (OSError, SuspendNotSupported) as e:
            self.notify(f"Cannot run ${var} ({' '.join(command)}): {e}", severity="error", markup=False)
        finally:
            Path(f.name).unlink(missing_ok=True)

    def on_show_timeline(self, message: ShowTimeline) -> None:
        request = message.request if isinstance(message.request, TableQuery) else TableQuery()
        self.push_screen(TimelineScreen(request, message.label, message.query))

    async def on_filter_by_entity(self, message: FilterByEntity) -> None:
        await self.filter_by(message.entity_id, message.table)
