"""Search: any text, found as a substring in titles and bodies; Enter opens an article with its hits."""

from __future__ import annotations

from baokan.store.db.search import SearchResult, search
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..literal import literal
from ..messages import OpenArticle
from ..store_access import deliver

LIMIT = 200


class SearchScreen(Screen):
    """Type a query; results update as you type; Down moves into the results, Enter opens one."""

    BINDINGS = [
        Binding("escape", "app.leave_search", "Back"),
        Binding("down", "focus_results", "Results", show=False),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.result: SearchResult | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(value=self.initial, placeholder="search titles and bodies (any characters)", id="query")
        yield Static(id="search-status")
        yield OptionList(id="results")
        yield Footer()

    def on_screen_resume(self) -> None:
        self.query_one(Input).focus()

    def on_mount(self) -> None:
        if self.initial:
            self.run_search(self.initial)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_focus_results()

    def action_focus_results(self) -> None:
        results = self.query_one("#results", OptionList)
        if results.option_count:
            results.focus()
            if results.highlighted is None:
                results.highlighted = 0

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, q: str) -> None:
        result = search(self.app.store.db(), q, limit=LIMIT)  # type: ignore[attr-defined]
        deliver(self, self._show, result)

    def _show(self, result: SearchResult) -> None:
        if result.query != self.query_one(Input).value.strip():
            return  # an older query finished after a newer one started
        self.result = result
        status = result.describe() if result.query else ""
        if not result.more and result.total > len(result.hits):
            status += f" (best {len(result.hits)} shown)"
        self.query_one("#search-status", Static).update(literal(status, "dim"))
        ol = self.query_one("#results", OptionList)
        ol.clear_options()
        for h in result.hits:
            line = Text()
            line.append_text(literal(h.title or "(untitled)", "bold"))
            line.append_text(literal(f"  {h.issue_title}", "dim"))
            line.append("\n  ")
            line.append_text(literal(h.snippet.before))
            line.append_text(literal(h.snippet.hit, "reverse"))
            line.append_text(literal(h.snippet.after))
            ol.add_option(Option(line, id=str(h.article_id)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.result is None or event.option.id is None:
            return
        ids = [h.article_id for h in self.result.hits]
        self.post_message(OpenArticle(int(event.option.id), ids, self.result.query))
