"""First pass over a page's items: which are headlines, subheads and body, and where articles start.

The pass keeps headline groups "floating" between the articles around them; `parse.py` decides,
once for the whole page, whether headlines are printed before or after their article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..zh.text import ends_sentence
from .lines import Item, is_headingish


@dataclass
class HeadGroup:
    """Consecutive headline pieces: kicker, title, subtitle lines and a ■ byline."""

    items: list[Item]

    @property
    def text(self) -> str:
        return " ".join(i.text for i in self.items)


@dataclass
class Draft:
    """An article while the page is read: its pieces in order, not yet turned into fields."""

    parts: list[tuple[str, object]] = field(default_factory=list)  # (line|subhead|interrupt|byline, …)
    head: HeadGroup | None = None
    head_from_subhead: Item | None = None  # set when a subhead had to serve as the title
    dateline: Item | None = None
    markers: list[Item] = field(default_factory=list)
    closed: bool = False  # a byline or a 下转 marker ended it

    def last_line(self) -> Item | None:
        for kind, obj in reversed(self.parts):
            if kind == "line":
                return obj  # type: ignore[return-value]
            if kind in {"subhead", "byline"}:
                return None
        return None

    def open_mid_sentence(self) -> bool:
        """True when the article stopped mid-sentence: it must continue somewhere below."""
        last = self.last_line()
        return not self.closed and last is not None and not ends_sentence(last.text)

    def text(self) -> str:
        return "".join(o.text for k, o in self.parts if k in {"line", "subhead"})  # type: ignore[attr-defined]

    def has_byline(self) -> bool:
        return bool(self.dateline and self.dateline.names) or any(k == "byline" for k, _ in self.parts)


Segment = "HeadGroup | Draft"


class FirstPass:
    """Walks the items once, building drafts and floating headline groups in reading order."""

    def __init__(self, items: list[Item], double_spaced: bool, col_width: list[float]) -> None:
        self.items = items
        self.double = double_spaced
        self.col = col_width
        self.segs: list[HeadGroup | Draft] = []
        self.cur: Draft | None = None
        self.pending: list[Item] = []
        self.suspended: list[Draft] = []
        self.orphans: list[Item] = []  # pieces that belong to no article (recorded as fragments)

    # -- lookahead helpers -------------------------------------------------------------
    def _heads_then_dateline(self, k: int) -> bool:
        """True when items[k:] is a short run of headline-like lines followed by a dateline."""
        for j in range(k, min(k + 6, len(self.items))):
            it = self.items[j]
            if it.kind == "dateline":
                return j > k
            if it.kind in {"heading", "subtitle"} or (it.kind == "text" and is_headingish(it.text)):
                continue
            if it.kind == "byline" and it.text.lstrip()[:1] in "■●▲◆□":
                continue
            return False
        return False

    def _continues(self, k: int) -> bool:
        """True when items[k] runs straight on into a body line (no blank, not a headline line)."""
        nxt = self.items[k + 1] if k + 1 < len(self.items) else None
        return (
            nxt is not None
            and nxt.kind == "text"
            and nxt.blank_before == 0
            and not is_headingish(nxt.text)
            and not ends_sentence(self.items[k].text)
        )

    def _subhead_shaped(self, k: int) -> bool:
        """A short line standing alone between paragraphs: an in-article subhead."""
        it = self.items[k]
        nxt = self.items[k + 1] if k + 1 < len(self.items) else None
        return (
            it.kind == "text"
            and is_headingish(it.text)
            and len(it.text) <= 30
            and not self.double
            and it.blank_before > 0
            and nxt is not None
            and nxt.kind == "text"
            and nxt.blank_before > 0
            and it.width < 0.6 * self.col[k]
        )

    # -- the walk ------------------------------------------------------------------------
    def run(self) -> list[HeadGroup | Draft]:
        for k, it in enumerate(self.items):
            self.step(k, it)
        if self.pending:
            self.segs.append(HeadGroup(self.pending))
            self.pending = []
        return self.segs

    def _new(self, **kw: object) -> Draft:
        if self.cur is not None and self.cur.open_mid_sentence():
            self.suspended.append(self.cur)
        self.cur = Draft(**kw)  # type: ignore[arg-type]
        self.segs.append(self.cur)
        return self.cur

    def _flush_floating(self) -> None:
        if self.pending:
            self.segs.append(HeadGroup(self.pending))
            self.pending = []

    def step(self, k: int, it: Item) -> None:
        cur = self.cur
        if it.kind == "marker":
            self._flush_floating()
            if it.direction == "down" and cur is not None:
                cur.markers.append(it)
                cur.closed = True
            elif it.direction == "up":
                self._new(markers=[it])
            else:
                self.orphans.append(it)
            return
        if it.kind == "dateline":
            self._flush_floating()
            d = self._new(dateline=it)
            if it.text:
                d.parts.append(("line", it))
            return
        if it.kind == "byline":
            if self.pending:
                self.pending.append(it)
            elif cur is not None and not cur.closed:
                cur.parts.append(("byline", it))
                cur.closed = True
            else:
                self.orphans.append(it)
            return
        between = cur is None or cur.closed
        role = self._role(k, it, between)
        if role == "head":
            self.pending.append(it)
            return
        if self.pending:
            self._attach_pending_before_body()
            cur = self.cur
        elif between:
            cur = self._new()
        assert cur is not None
        cur.parts.append(("subhead" if role == "subhead" else "line", it))

    def _role(self, k: int, it: Item, between: bool) -> str:
        if self.pending:
            if it.kind in {"heading", "subtitle"}:
                return "head"
            return "head" if is_headingish(it.text) and not self._continues(k) else "body"
        if it.kind in {"heading", "subtitle"}:
            if between or self._heads_then_dateline(k):
                return "head"
            assert self.cur is not None
            if self.cur.open_mid_sentence():
                return "head"  # a headline printed in the middle of its own article's column
            return "subhead"
        if between:
            return "head" if is_headingish(it.text) and not self._continues(k) else "body"
        assert self.cur is not None
        if is_headingish(it.text) and self._heads_then_dateline(k):
            return "head"
        if not self.cur.open_mid_sentence() and self._subhead_shaped(k):
            return "subhead"
        return "body"

    def _attach_pending_before_body(self) -> None:
        """Headlines followed by plain text: they interrupt an article, resume one, or open one."""
        group = HeadGroup(self.pending)
        self.pending = []
        cur = self.cur
        if cur is not None and cur.open_mid_sentence():
            cur.parts.append(("interrupt", group))
            return
        if self.suspended:
            art = self.suspended.pop()
            art.parts.append(("interrupt", group))
            self.cur = art
            return
        self.segs.append(group)
        self._new()
