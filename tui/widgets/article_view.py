"""The article view (the reader widget): headline block, body with entities highlighted, entity list."""

from __future__ import annotations

import re

from baokan.store.db.queries import ArticleDetail
from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..literal import literal, visible
from ..messages import FilterByEntity, FollowContinuation, OpenOutside, ShowPage
from ..theme import CURRENT_HIT_STYLE, HIT_STYLE, KIND_LABEL, KIND_STYLE
from .typeset_text import TypesetText


def paragraphs(a: ArticleDetail) -> list[str]:
    """The body's paragraphs (the store separates them with a blank line)."""
    return [p for p in a.body.split("\n\n") if p.strip()] or [""]


SENTENCE_END = "。！？；：…”’）」』.!?;:)"
SUBHEAD_MAX = 30  # characters: a subhead is a short line of its own that ends no sentence


def is_subhead(paragraph: str) -> bool:
    """A short paragraph without closing punctuation: a subhead printed inside the article."""
    p = paragraph.strip()
    return 0 < len(p) <= SUBHEAD_MAX and "\n" not in p and p[-1] not in SENTENCE_END


def mention_spans(shown: str, a: ArticleDetail) -> list[tuple[int, int, str]]:
    """(start, end, style) of entity and sum mentions; a mention inside a longer one is dropped (the outer wins)."""
    spans = []
    for _, kind, _, aliases in a.entities:
        for alias in set(aliases):
            spans += [
                (m.start(), m.end(), KIND_STYLE.get(kind, "bold"))
                for m in re.finditer(re.escape(visible(alias)), shown)
            ]
    for s in set(a.amounts):
        spans += [(m.start(), m.end(), KIND_STYLE["amount"]) for m in re.finditer(re.escape(visible(s)), shown)]
    taken = [False] * len(shown)
    kept = []
    for start, end, style in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):  # longest first
        if start < end and not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            kept.append((start, end, style))
    return sorted(kept)


def mark(text: str, a: ArticleDetail, query: str = "", current: int | None = None) -> Text:
    """One paragraph as literal text with entity mentions, sums and search hits styled (subheads bold)."""
    t = literal(text)
    shown = t.plain
    if is_subhead(text):
        t.stylize("bold underline")
    for start, end, style in mention_spans(shown, a):
        t.stylize(style, start, end)
    if query:
        for n, m in enumerate(re.finditer(re.escape(visible(query)), shown)):
            t.stylize(CURRENT_HIT_STYLE if n == current else HIT_STYLE, m.start(), m.end())
    return t


def plain(a: ArticleDetail) -> str:
    """The article as plain text to copy or page through: headline block, byline and date, body."""
    head = [x for x in (a.kicker, a.title or "(untitled)", a.subtitle) if x]
    meta = " · ".join(x for x in (a.byline, a.dateline, a.issue_title, a.date) if x)
    return "\n".join(head + ([meta] if meta else []) + ["", a.body.strip(), ""])


def header(a: ArticleDetail) -> Text:
    """Kicker, title, subtitle, byline, issue and date."""
    t = Text()
    if a.kicker:
        t.append(visible(a.kicker) + "\n", style="italic")
    t.append(visible(a.title or "(untitled)") + "\n", style="bold underline")
    if a.subtitle:
        t.append(visible(a.subtitle) + "\n", style="italic")
    date = a.date if a.date and a.date not in (a.issue_title or "") else None
    where = f"{a.source} p.{a.page_no}" if a.page_no is not None else None  # a page of a PDF or a scan
    meta = " · ".join(x for x in (a.byline, a.dateline, a.issue_title, date, where) if x)
    t.append(visible(meta), style="dim")
    if a.continued_from:
        t.append(f"\n(continued from page {visible(a.continued_from)})", style="dim")
    return t


class ArticleView(VerticalScroll):
    """Shows one article; `n`/`N` step through the hits of a search."""

    BINDINGS = [
        Binding("n", "next_hit", "Next hit"),
        Binding("N", "previous_hit", "Prev hit"),
        Binding("p", "page", "Page as printed"),
        Binding("c", "continuation", "Other part"),
        Binding("y", "copy", "Copy article"),
        Binding("o", "outside(False)", "Pager"),
        Binding("O", "outside(True)", "Editor", show=False),
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
    ]

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.article: ArticleDetail | None = None
        self.query_text = ""
        self.hits: list[tuple[int, int]] = []  # (paragraph, n-th hit in it)
        self.current = -1

    def compose(self):  # noqa: ANN201
        yield Static(Text("Choose an article.", style="dim"), id="reader-header")
        yield Vertical(id="reader-body")
        yield Static(Text("Entities (Enter filters the tables by one)", style="bold"), id="reader-entities-label")
        yield OptionList(id="reader-entities")

    def show(self, a: ArticleDetail | None, query: str = "") -> None:
        """Replace what is shown (call on the UI thread)."""
        self.article, self.query_text, self.current = a, query, -1
        body = self.query_one("#reader-body", Vertical)
        body.remove_children()
        ents = self.query_one("#reader-entities", OptionList)
        ents.clear_options()
        if a is None:
            self.query_one("#reader-header", Static).update(Text("Choose an article.", style="dim"))
            return
        # Each paragraph is set in lines by the Chinese line rules at the width it gets, again on a resize.
        self.query_one("#reader-header", Static).update(TypesetText(header(a)))
        paras = paragraphs(a)
        body.mount_all(Static(TypesetText(mark(p, a, query)), classes="para") for p in paras)
        self.hits = [(i, n) for i, p in enumerate(paras) for n in range(p.count(query))] if query else []
        if a.continued_to:
            body.mount(Static(Text(f"(continued on page {visible(a.continued_to)})", style="dim")))
        ents.add_options(
            Option(Text.assemble((f"{KIND_LABEL.get(k, k):8}", KIND_STYLE.get(k, "")), " ", literal(name)), id=str(eid))
            for eid, k, name, _ in a.entities
        )
        if a.entities:  # Tab onto the list lands on a row, so Enter filters at once
            ents.highlighted = 0
        self.scroll_home(animate=False)
        if self.hits:
            self.call_after_refresh(self.action_next_hit)

    def _go(self, step: int) -> None:
        if not self.hits or self.article is None:
            self.notify("No search hits in this article", severity="warning")
            return
        before = self.hits[self.current][0] if self.current >= 0 else None
        self.current = (self.current + step) % len(self.hits)
        para, nth = self.hits[self.current]
        widgets = list(self.query_one("#reader-body").query(".para"))
        texts = paragraphs(self.article)
        for i in {x for x in (para, before) if x is not None}:
            widgets[i].update(TypesetText(mark(texts[i], self.article, self.query_text, nth if i == para else None)))  # type: ignore[attr-defined]
        self.call_after_refresh(self._scroll_to_hit, widgets[para], nth)
        self.notify(f"hit {self.current + 1} of {len(self.hits)}", timeout=1.5)

    def _scroll_to_hit(self, widget: Static, nth: int) -> None:
        """Scroll so the line holding the paragraph's nth hit is near the top, however long the paragraph."""
        content = widget.content
        if not isinstance(content, TypesetText):
            return
        starts = [m.start() for m in re.finditer(re.escape(visible(self.query_text)), content.plain)]
        line = content.line_of(widget.content_region.width, starts[nth]) if nth < len(starts) else 0
        top = self.query_one("#reader-body").virtual_region.y + widget.virtual_region.y
        self.scroll_to(y=max(0, top + line - 1), animate=False)

    def action_next_hit(self) -> None:
        self._go(1)

    def action_previous_hit(self) -> None:
        self._go(-1)

    def action_page(self) -> None:
        if self.article is not None:
            self.post_message(ShowPage(self.article.id))

    def action_continuation(self) -> None:
        if self.article is None or not (self.article.continued_to or self.article.continued_from):
            self.notify("This article does not continue on another page", severity="warning")
            return
        self.post_message(FollowContinuation(self.article.id))

    def action_copy(self) -> None:
        if self.article is not None:
            self.app.copy_text(plain(self.article), "Article", f"baokan-article-{self.article.id}.txt")  # type: ignore[attr-defined]

    def action_outside(self, editor: bool) -> None:
        if self.article is not None:
            # Inert, as on screen: `less -R` or an editor would otherwise act on an ESC the page holds.
            self.post_message(OpenOutside(visible(plain(self.article)), editor))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(FilterByEntity(int(event.option.id)))
