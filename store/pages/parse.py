"""Read one page of text into issue metadata, articles and fragments (pure: strings in, dataclasses out)."""

from __future__ import annotations

import statistics
from bisect import bisect_left, insort

from ..zh.text import cjk_len, ink, width
from .drafts import BylinePart, Draft, text_parts
from .headlines import head_fields, place_headlines
from .layout import FirstPass
from .lines import Item, classify
from .masthead import masthead_end, paper_from_datelines, read_masthead
from .model import Article, Fragment, IssueMeta, ParsedPage
from .paragraphs import build_body

WINDOW = 8  # items either side used to estimate the local column width
COLUMN_QUANTILE_PCT = 75  # the column is as wide as this percentile of the text lines around an item
# Double-spaced columns: at least this many lines, a median line no longer than this, a blank
# line after at least this share of the lines and at most this share of lines directly followed by another.
DOUBLE_MIN_LINES = 8
DOUBLE_MAX_MEDIAN_CJK = 30
DOUBLE_FOLLOWED_SHARE = 0.6
DOUBLE_ADJACENT_SHARE = 0.15


def parse_page(text: str) -> ParsedPage:
    """Articles, fragments and issue metadata of one page's text."""
    lines = text.split("\n")
    mend = masthead_end(lines)
    meta = read_masthead(lines[:mend]) if mend else IssueMeta()
    fragments: list[Fragment] = []
    if mend:
        fragments.extend(_masthead_fragments(lines[:mend]))
    items = classify(lines, mend)
    col = _column_widths(items)
    double = _double_spaced(lines[mend:])
    first = FirstPass(items, double, col)
    drafts, layout = place_headlines(first.run(), fragments)
    articles = []
    index = {id(it): k for k, it in enumerate(items)}  # where each line sits on the page, for every article
    for d in drafts:
        art = _article(d, double, col, index, fragments)
        if art is not None:
            articles.append(art)
    for n, a in enumerate(articles, 1):
        a.seq = n
    for it in first.orphans:
        fragments.append(Fragment("continuation" if it.kind == "marker" else "unassigned", it.text))
    for it in items:
        if it.mark:
            fragments.append(Fragment("markup", it.mark))
    meta.paper = meta.paper or paper_from_datelines([a.dateline for a in articles if a.dateline])
    return ParsedPage(meta, articles, fragments, layout)


def _masthead_fragments(lines: list[str]) -> list[Fragment]:
    """The masthead as printed, one fragment (its markdown marks included)."""
    return [Fragment("masthead", "\n".join(x.strip() for x in lines if x.strip()))]


def _column_widths(items: list[Item]) -> list[float]:
    """For each item, the upper-quartile width of the body lines around it: the column it was set in.

    Headline, byline and paragraph-end lines are narrower than the column; the upper quartile of the
    text lines looks past them even on a page of short articles.
    """
    widths = [it.width if it.kind in {"text", "dateline"} else 0 for it in items]
    out = []
    # The window of items k-WINDOW … k+WINDOW slides by one: keep its widths sorted, adding and dropping one
    # each step, instead of sorting the whole window again for every item.
    window = sorted(w for w in widths[:WINDOW] if w > 0)
    for k in range(len(items)):
        if k + WINDOW < len(widths) and widths[k + WINDOW] > 0:
            insort(window, widths[k + WINDOW])
        if k - WINDOW - 1 >= 0 and widths[k - WINDOW - 1] > 0:
            del window[bisect_left(window, widths[k - WINDOW - 1])]
        out.append(float(window[(len(window) * COLUMN_QUANTILE_PCT) // 100]) if window else 0.0)
    return out


def _double_spaced(lines: list[str]) -> bool:
    """Narrow columns with a blank line after nearly every line: blank lines then mean nothing."""
    full = [x for x in lines if x.strip()]
    if len(full) < DOUBLE_MIN_LINES or statistics.median(cjk_len(x) for x in full) > DOUBLE_MAX_MEDIAN_CJK:
        return False
    followed = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and not b.strip())
    # Short articles also leave most lines before a blank; double spacing leaves few lines side by side.
    adjacent = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip())
    return followed >= DOUBLE_FOLLOWED_SHARE * len(full) and adjacent <= DOUBLE_ADJACENT_SHARE * len(full)


# -- fields ------------------------------------------------------------------------------------


def _article(
    d: Draft, double: bool, col: list[float], index: dict[int, int], fragments: list[Fragment]
) -> Article | None:
    """An article's fields from its draft, or None when nothing was printed."""
    art = Article()
    printed_bylines: list[str] = []
    names: list[str] = []
    if d.dateline is not None:
        art.dateline = d.dateline.dateline
        if d.dateline.reporter:
            printed_bylines.append(d.dateline.reporter)
            names.extend(d.dateline.names)
    if d.head is not None:
        kicker, title, subtitle, head_bylines = head_fields(d.head)
        art.kicker, art.title, art.subtitle = kicker, title, subtitle
        for b in head_bylines:
            printed_bylines.append(b.text)
            names.extend(b.names)
    for part in d.parts:
        if isinstance(part, BylinePart):
            printed_bylines.append(part.item.text)
            names.extend(part.item.names)
    art.body = build_body(text_parts(d.parts), double, col, index)
    for m in d.markers:
        fragments.append(Fragment("continuation", m.text))
        if m.direction == "up":
            art.continued_from = m.page
        else:
            art.continued_to = m.page
    if printed_bylines:
        art.byline_text = " ".join(printed_bylines)
        art.byline = " ".join(dict.fromkeys(names)) or None
    if not (art.body or art.title or art.kicker or art.subtitle or art.byline_text or art.dateline):
        return None
    return art


def check_nothing_lost(text: str, page: ParsedPage) -> list[str]:
    """Characters of the page that are missing from, or extra in, the parsed result (empty when all is well)."""
    # One count over all the parts (adding a Counter per article ran a Python loop over its keys each time).
    got = ink("".join(f.text for f in page.fragments) + "".join(s for a in page.articles for s in a.printed_fields()))
    want = ink(text)
    problems: list[str] = []
    if got == want:
        return problems
    if missing := want - got:
        problems.append("missing: " + "".join(sorted(missing.elements()))[:80])
    if extra := got - want:
        problems.append("extra: " + "".join(sorted(extra.elements()))[:80])
    return problems


__all__ = ["parse_page", "check_nothing_lost", "head_fields", "width"]
