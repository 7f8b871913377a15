"""Articles while a page is read: typed pieces, headline groups and the draft that holds them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..zh.text import ends_sentence
from .lines import Item


@dataclass
class HeadGroup:
    """Consecutive headline pieces: kicker, title, subtitle lines and a ■ byline."""

    items: list[Item]

    @property
    def text(self) -> str:
        """The group's pieces on one line."""
        return " ".join(i.text for i in self.items)


@dataclass(frozen=True)
class BodyLine:
    """A line of an article's body."""

    item: Item


@dataclass(frozen=True)
class Subhead:
    """A short line standing alone between an article's paragraphs."""

    item: Item


@dataclass(frozen=True)
class BylinePart:
    """A byline printed inside or at the end of an article."""

    item: Item


@dataclass(frozen=True)
class Interrupt:
    """A headline group printed in the middle of an article (another article's, or this one's)."""

    group: HeadGroup


Part = BodyLine | Subhead | BylinePart | Interrupt
TextPart = BodyLine | Subhead


@dataclass
class Draft:
    """An article while the page is read: its pieces in order, not yet turned into fields."""

    parts: list[Part] = field(default_factory=list)
    head: HeadGroup | None = None
    head_from_subhead: Item | None = None  # set when a subhead had to serve as the title
    dateline: Item | None = None
    markers: list[Item] = field(default_factory=list)
    closed: bool = False  # a byline or a 下转 marker ended it

    def last_line(self) -> Item | None:
        """The last body line, unless a subhead or byline came after it."""
        for part in reversed(self.parts):
            if isinstance(part, BodyLine):
                return part.item
            if isinstance(part, (Subhead, BylinePart)):
                return None
        return None

    def open_mid_sentence(self) -> bool:
        """True when the article stopped mid-sentence: it must continue somewhere below."""
        last = self.last_line()
        return not self.closed and last is not None and not ends_sentence(last.text)

    def text(self) -> str:
        """Body and subhead text run together (for comparing words, not for display)."""
        return parts_text(self.parts)

    def has_byline(self) -> bool:
        """True when a dateline reporter or a byline names someone."""
        return bool(self.dateline and self.dateline.names) or any(isinstance(p, BylinePart) for p in self.parts)


def text_parts(parts: list[Part]) -> list[TextPart]:
    """The body lines and subheads of some parts, in order."""
    return [p for p in parts if isinstance(p, (BodyLine, Subhead))]


def parts_text(parts: list[Part]) -> str:
    """Body and subhead text of some parts, run together."""
    return "".join(p.item.text for p in text_parts(parts))
