"""First pass over a page's items: which are headlines, subheads and body, and where articles start.

The pass keeps headline groups "floating" between the articles around them; `headlines.py` decides,
once for the whole page, whether headlines are printed before or after their article.
"""

from __future__ import annotations

from typing import Literal

from ..zh.text import SENTENCE_PUNCT_RE as SENTENCE_END_RE
from ..zh.text import ends_sentence
from .drafts import BodyLine, BylinePart, Draft, HeadGroup, Interrupt, Subhead
from .lines import Item, is_head_shaped, is_headingish, is_marked_byline, is_prose

BULLETS = "■●▲◆□"
Segment = HeadGroup | Draft
Role = Literal["head", "body", "subhead"]

# A run of headline lines followed by a dateline is looked for this many items ahead.
DATELINE_LOOKAHEAD = 6
# A subhead is a short line: at most this many characters …
SUBHEAD_MAX_CHARS = 30
# … and narrower than this share of the column it stands in.
SUBHEAD_COLUMN_SHARE = 0.6


class FirstPass:
    """Walks the items once, building drafts and floating headline groups in reading order."""

    def __init__(self, items: list[Item], double_spaced: bool, col_width: list[float]) -> None:
        self.items = items
        self.double = double_spaced
        self.col = col_width
        self.segs: list[Segment] = []
        self.cur: Draft | None = None
        self.pending: list[Item] = []
        self.suspended: list[Draft] = []
        self.orphans: list[Item] = []  # pieces that belong to no article (recorded as fragments)

    # -- lookahead helpers -------------------------------------------------------------
    def _heads_then_dateline(self, k: int) -> bool:
        """True when items[k:] is a short run of headline-like lines followed by a dateline or a ■ byline."""
        for j in range(k, min(k + DATELINE_LOOKAHEAD, len(self.items))):
            it = self.items[j]
            if it.kind == "dateline":
                return j > k
            if it.kind in {"heading", "subtitle"} or (it.kind == "text" and is_headingish(it.text)):
                continue
            if it.kind == "byline" and it.text.lstrip()[:1] in BULLETS:
                # A ■ byline under headline lines closes the headline block; the body follows it.
                nxt = self.items[j + 1] if j + 1 < len(self.items) else None
                return j > k and nxt is not None and nxt.kind in {"text", "dateline"}
            return False
        return False

    def _continues(self, k: int) -> bool:
        """True when items[k] runs straight on into a body line (no blank, not a headline line)."""
        cur = self.items[k]
        nxt = self.items[k + 1] if k + 1 < len(self.items) else None
        return (
            nxt is not None
            and nxt.kind == "text"
            # Across a double-spaced gap only this line's own comma says it runs on: a headline
            # may stand over a prose line there.
            and (nxt.blank_before == 0 or (self.double and is_prose(cur.text)))
            and not ends_sentence(cur.text)
            # In narrow columns a wrapped body line is as short as a headline: a comma says prose.
            and (not is_headingish(nxt.text) or is_prose(cur.text) or is_prose(nxt.text))
        )

    def _dash_paragraph(self, k: int) -> bool:
        """True when a '——' line runs on into the next line, which ends its sentence: a paragraph, not a deck."""
        it = self.items[k]
        nxt = self.items[k + 1] if k + 1 < len(self.items) else None
        return (
            nxt is not None
            and nxt.kind == "text"
            and (nxt.blank_before == 0 or self.double)
            and not ends_sentence(it.text)
            and bool(SENTENCE_END_RE.search(nxt.text))
        )

    def _subhead_shaped(self, k: int) -> bool:
        """A short line standing alone between paragraphs: an in-article subhead."""
        it = self.items[k]
        nxt = self.items[k + 1] if k + 1 < len(self.items) else None
        return (
            it.kind == "text"
            and is_headingish(it.text)
            and len(it.text) <= SUBHEAD_MAX_CHARS
            and not self.double
            and it.blank_before > 0
            and nxt is not None
            and nxt.kind == "text"
            and nxt.blank_before > 0
            and it.width < SUBHEAD_COLUMN_SHARE * self.col[k]
        )

    # -- the walk ------------------------------------------------------------------------
    def run(self) -> list[Segment]:
        """Drafts and floating headline groups, in reading order."""
        for k, it in enumerate(self.items):
            self.step(k, it)
        if self.pending:
            self.segs.append(HeadGroup(self.pending))
            self.pending = []
        return self.segs

    def _new(self, dateline: Item | None = None, markers: list[Item] | None = None) -> Draft:
        if self.cur is not None and self.cur.open_mid_sentence():
            self.suspended.append(self.cur)
        self.cur = Draft(dateline=dateline, markers=markers or [])
        self.segs.append(self.cur)
        return self.cur

    def _flush_floating(self) -> None:
        if self.pending:
            self.segs.append(HeadGroup(self.pending))
            self.pending = []

    def step(self, k: int, it: Item) -> None:
        """Take one item: a marker, dateline or byline acts at once; other lines get a role."""
        cur = self.cur
        if it.kind == "subtitle" and not it.mark and self._dash_paragraph(k):
            it.kind = "text"  # '——加快完善园区配' / '套建设。': a dash-led paragraph, not a deck
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
                d.parts.append(BodyLine(it))
            return
        if it.kind == "byline" and cur is not None and cur.open_mid_sentence() and not is_marked_byline(it.text):
            it.kind = "text"  # officials listed on a line of their own, mid-sentence: not a byline
        if it.kind == "byline":
            if self.pending:
                self.pending.append(it)
            elif cur is not None and not cur.closed:
                cur.parts.append(BylinePart(it))
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
        cur.parts.append(Subhead(it) if role == "subhead" else BodyLine(it))

    def _role(self, k: int, it: Item, between: bool) -> Role:
        if self.pending:
            if it.kind in {"heading", "subtitle"}:
                return "head"
            return "head" if is_head_shaped(it.text) and not self._continues(k) else "body"
        if it.kind in {"heading", "subtitle"}:
            if between or self._heads_then_dateline(k):
                return "head"
            assert self.cur is not None
            if self.cur.open_mid_sentence():
                return "head"  # a headline printed in the middle of its own article's column
            return "subhead"
        if between:
            return "head" if is_head_shaped(it.text) and not self._continues(k) else "body"
        assert self.cur is not None
        if it.blank_before == 0 and self.cur.open_mid_sentence():
            return "body"  # the next line of an unfinished sentence
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
            cur.parts.append(Interrupt(group))
            return
        if self.suspended:
            art = self.suspended.pop()
            art.parts.append(Interrupt(group))
            self.cur = art
            return
        self.segs.append(group)
        self._new()
