"""Messages the screens send the app: small dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message


@dataclass
class OpenArticle(Message):
    """Show an article in the reader; `siblings` are the ids [ and ] move through; `query` is highlighted.
    `first` and `total` place the siblings in a longer list they are a part of (the reader says "n of total")."""

    article_id: int
    siblings: list[int] = field(default_factory=list)
    query: str = ""
    first: int = 0
    total: int | None = None


@dataclass
class FilterByEntity(Message):
    """Open the tables filtered by one entity."""

    entity_id: int
    table: str = "articles"


@dataclass
class ShowTimeline(Message):
    """Open the timeline for a table view's filter (`request`: a TableQuery), optionally of a search's articles."""

    request: object
    label: str = ""
    query: str = ""


@dataclass
class ShowPage(Message):
    """Show an article's source page as printed, its lines marked."""

    article_id: int


@dataclass
class FollowContinuation(Message):
    """Open the other part of an article continued on (下转) or from (上接) another page."""

    article_id: int


@dataclass
class OpenOutside(Message):
    """Show text in the user's $PAGER or $EDITOR (the app suspends until it closes)."""

    text: str
    editor: bool = False
