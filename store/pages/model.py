"""Plain dataclasses shared by the parser, the store and the read side."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class IssueMeta:
    """What a masthead says about an issue; every field stays None when not printed."""

    paper: str | None = None
    supplement: str | None = None
    issue_number: int | None = None
    total_number: int | None = None
    date: str | None = None


@dataclass
class Article:
    """One article as read from a page."""

    seq: int = 0
    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None  # people's names, one space between
    byline_text: str | None = None  # the byline(s) as printed, e.g. "■ 董保彤摄"
    dateline: str | None = None
    body: str = ""
    continued_to: str | None = None
    continued_from: str | None = None

    def head_text(self) -> str:
        """Kicker, title and subtitle on one line: what the headline index and entities read."""
        return " ".join(x for x in (self.kicker, self.title, self.subtitle) if x)

    def printed_fields(self) -> list[str]:
        """The fields that hold printed characters (used by the nothing-lost check)."""
        return [s for s in (self.title, self.kicker, self.subtitle, self.byline_text, self.dateline, self.body) if s]


@dataclass
class Fragment:
    """Printed text that is not part of an article: masthead, section label, marker, caption …"""

    kind: str
    text: str


@dataclass
class ParsedPage:
    """The result of reading one page."""

    meta: IssueMeta
    articles: list[Article] = field(default_factory=list)
    fragments: list[Fragment] = field(default_factory=list)
    layout: str = "before"  # headline printed "before" or "after" its article
