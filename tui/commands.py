"""Command palette entries: go to an issue, filter by an entity, search, export."""

from __future__ import annotations

import asyncio
from functools import partial

from baokan.store.db import queries, saved
from baokan.store.files import one_line
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

MAX_ENTITIES = 5000  # the palette matches as you type; the most mentioned entities are enough


class BaokanCommands(Provider):
    """Issues and entities from the store, plus the app's main actions."""

    async def startup(self) -> None:
        app = self.app
        store = app.store  # type: ignore[attr-defined]
        self.issues = await asyncio.to_thread(lambda: queries.issues(store.db()))
        self.entities = await asyncio.to_thread(lambda: queries.entities(store.db())[:MAX_ENTITIES])
        self.views = await asyncio.to_thread(lambda: saved.saved_views(store.db()))
        self.searches = await asyncio.to_thread(lambda: saved.recent_searches(store.db()))

    def _kept(self) -> list[tuple[str, object, str]]:
        """Saved views and recent searches: what the user made, listed before anything else."""
        app = self.app
        out: list[tuple[str, object, str]] = [
            (f"Open view: {v.name}", partial(app.open_view, v), f"{v.table}, saved view")  # type: ignore[attr-defined]
            for v in self.views
        ]
        out += [(f"Search again: {q}", partial(app.search_for, q), "recent search") for q in self.searches]  # type: ignore[attr-defined]
        return out

    def _actions(self) -> list[tuple[str, object, str]]:
        app = self.app
        return [
            ("Search", app.action_search, "Search titles and bodies"),  # type: ignore[attr-defined]
            ("Export the table as Markdown", app.action_export_table, "Tables: write what is shown to a file"),  # type: ignore[attr-defined]
            ("Tables", partial(app.switch_mode, "tables"), "Articles, zones, companies, people, amounts"),
            ("Browse", partial(app.switch_mode, "browse"), "Issues, articles and the reader"),
        ]

    async def discover(self) -> Hits:
        for title, cb, help_text in self._kept() + self._actions():
            yield DiscoveryHit(title, cb, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app = self.app
        candidates: list[tuple[str, object, str]] = self._kept() + list(self._actions())
        candidates += [
            (
                f"Go to issue: {one_line(i.label if i.title == i.source else i.title)}",
                partial(app.go_to_issue, i.id),  # type: ignore[attr-defined]
                f"{i.articles} articles",
            )
            for i in self.issues
        ]
        candidates += [
            (f"Filter by {e.kind}: {one_line(e.name)}", partial(app.filter_by, e.id), f"{e.articles} articles")  # type: ignore[attr-defined]
            for e in self.entities
        ]
        for text, cb, help_text in candidates:
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, highlight_literal(matcher, text), cb, text=text, help=help_text)  # type: ignore[arg-type]


def highlight_literal(matcher: Matcher, text: str) -> Content:
    """The candidate as plain text with its matched characters styled (Matcher.highlight reads it as markup)."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets if score else ():
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
