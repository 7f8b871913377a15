"""Read one page of text into issue metadata, articles and fragments (pure: strings in, dataclasses out)."""

from __future__ import annotations

import re
import statistics

from ..zh.gazetteer import topic_places
from ..zh.text import CJK_RE, cjk_len, ink, width
from .layout import Draft, FirstPass, HeadGroup
from .lines import Item, classify
from .masthead import masthead_end, paper_from_datelines, read_masthead
from .model import Article, Fragment, IssueMeta, ParsedPage
from .paragraphs import build_body

WINDOW = 8  # items either side used to estimate the local column width


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
    segs = first.run()
    segs = _split_subhead_sections(segs)
    layout = _choose_layout(segs)
    drafts = _attach_heads(segs, layout, fragments)
    articles = []
    for d in drafts:
        art = _article(d, double, col, items, fragments)
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
    """For each item, the median width of the text lines around it: the column it was set in."""
    widths = [it.width for it in items]
    out = []
    for k in range(len(items)):
        window = [w for w in widths[max(0, k - WINDOW) : k + WINDOW + 1] if w > 0]
        out.append(statistics.median(window) if window else 0.0)
    return out


def _double_spaced(lines: list[str]) -> bool:
    """Narrow columns with a blank line after nearly every line: blank lines then mean nothing."""
    full = [x for x in lines if x.strip()]
    if len(full) < 8 or statistics.median(cjk_len(x) for x in full) > 30:
        return False
    followed = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and not b.strip())
    return followed >= 0.6 * len(full)


# -- subheads that are really the start of another article ------------------------------------


def _split_subhead_sections(segs: list[HeadGroup | Draft]) -> list[HeadGroup | Draft]:
    """Split a draft at a subhead whose section has its own byline or is about another city."""
    out: list[HeadGroup | Draft] = []
    for seg in segs:
        if not isinstance(seg, Draft):
            out.append(seg)
            continue
        cur = seg
        cur_parts: list[tuple[str, object]] = []
        sections = _sections(seg.parts)
        cur_parts.extend(sections[0])
        out.append(cur)
        for sec in sections[1:]:
            sec_text = "".join(o.text for k, o in sec if k in {"line", "subhead"})  # type: ignore[attr-defined]
            cur_text = "".join(o.text for k, o in cur_parts if k in {"line", "subhead"})  # type: ignore[attr-defined]
            own_byline = any(k == "byline" for k, _ in sec)
            other_byline = any(k == "byline" for k, _ in cur_parts) or bool(cur.dateline and cur.dateline.names)
            here, there = topic_places(sec_text), topic_places(cur_text)
            shift = bool(here) and bool(there) and not (here & there)
            if (own_byline and other_byline) or shift:
                cur.parts = cur_parts
                closed, cur.closed = cur.closed, False
                sub = sec[0][1]
                cur = Draft(parts=list(sec[1:]), head=HeadGroup([sub]), head_from_subhead=sub)  # type: ignore[list-item]
                cur.closed = closed
                cur.markers, seg.markers = seg.markers, []
                cur_parts = list(sec[1:])
                out.append(cur)
            else:
                cur_parts.extend(sec)
        cur.parts = cur_parts
    return out


def _sections(parts: list[tuple[str, object]]) -> list[list[tuple[str, object]]]:
    sections: list[list[tuple[str, object]]] = [[]]
    for p in parts:
        if p[0] == "subhead":
            sections.append([p])
        else:
            sections[-1].append(p)
    return sections


# -- headline before or after its article ------------------------------------------------------


def _bigrams(s: str) -> set[str]:
    runs = re.findall(f"{CJK_RE.pattern}+", s)
    return {r[i : i + 2] for r in runs for i in range(len(r) - 1)}


def _choose_layout(segs: list[HeadGroup | Draft]) -> str:
    """'before' or 'after': where this page prints headlines, by structure and by shared words."""
    before = after = 0
    content = [s for s in segs if isinstance(s, HeadGroup) or s.parts or s.markers]
    if not content:
        return "before"
    first, last = content[0], content[-1]
    if isinstance(first, HeadGroup):
        before += 2
    elif not any(m.direction == "up" for m in first.markers):
        after += 2
    if isinstance(last, HeadGroup):
        after += 2
    for i, seg in enumerate(content):
        if not isinstance(seg, HeadGroup):
            continue
        prev = content[i - 1] if i > 0 and isinstance(content[i - 1], Draft) else None
        nxt = content[i + 1] if i + 1 < len(content) and isinstance(content[i + 1], Draft) else None
        if any(it.kind == "byline" for it in seg.items):
            after += 1
        if nxt is not None and any(m.direction == "up" for m in nxt.markers):
            after += 2
        if prev is not None and nxt is not None:
            hb = _bigrams(seg.text)
            pb, nb = _bigrams(prev.text()), _bigrams(nxt.text())
            ps, ns = len(hb & (pb - nb)), len(hb & (nb - pb))
            if ps > ns:
                after += 1
            elif ns > ps:
                before += 1
    return "after" if after > before else "before"


def _attach_heads(segs: list[HeadGroup | Draft], layout: str, fragments: list[Fragment]) -> list[Draft]:
    """Give each floating headline group to the article it belongs to; resolve interrupting ones."""
    drafts = [s for s in segs if isinstance(s, Draft)]
    for i, seg in enumerate(segs):
        if not isinstance(seg, HeadGroup):
            continue
        prev = next((s for s in reversed(segs[:i]) if isinstance(s, Draft)), None)
        nxt = next((s for s in segs[i + 1 :] if isinstance(s, Draft)), None)
        order = [prev, nxt] if layout == "after" else [nxt, prev]
        target = next((d for d in order if d is not None and (d.head is None or d.head_from_subhead)), None)
        if target is None:
            fragments.append(Fragment("unassigned", seg.text))
            continue
        _give_head(target, seg, fragments)
    for d in drafts:
        for kind, obj in list(d.parts):
            if kind == "interrupt":
                d.parts.remove((kind, obj))
                if d.head is None or d.head_from_subhead:
                    _give_head(d, obj, fragments)  # type: ignore[arg-type]
                else:
                    fragments.append(Fragment("unassigned", obj.text))  # type: ignore[attr-defined]
    return drafts


def _give_head(d: Draft, group: HeadGroup, fragments: list[Fragment]) -> None:
    if d.head_from_subhead is not None:
        # The subhead that opened this article was a section label: the real headline came later.
        fragments.append(Fragment("section", d.head_from_subhead.text))
        d.head_from_subhead = None
    d.head = group


# -- fields ------------------------------------------------------------------------------------


def _article(d: Draft, double: bool, col: list[float], items: list[Item], fragments: list[Fragment]) -> Article | None:
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
    for kind, obj in d.parts:
        if kind == "byline":
            printed_bylines.append(obj.text)  # type: ignore[attr-defined]
            names.extend(obj.names)  # type: ignore[attr-defined]
    index = {id(it): k for k, it in enumerate(items)}
    art.body = build_body([(k, o) for k, o in d.parts if k in {"line", "subhead"}], double, col, index)  # type: ignore[misc]
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


def head_fields(group: HeadGroup) -> tuple[str | None, str | None, str | None, list[Item]]:
    """Kicker, title, subtitle and bylines of a headline group."""
    units: list[list[Item]] = []
    bylines: list[Item] = []
    for it in group.items:
        if it.kind == "byline":
            bylines.append(it)
        elif units and it.kind == "text" and units[-1][-1].kind == "text" and it.blank_before == 0:
            units[-1].append(it)
        else:
            units.append([it])
    if len(units) == 1 and units[0][0].kind == "text" and len(units[0]) > 1 and not _is_wrap(units[0]):
        units = [[it] for it in units[0]]
    decks = [u for u in units if u[0].kind == "subtitle"]
    main = [u for u in units if u[0].kind != "subtitle"]
    levels = [u[0].level for u in main if u[0].level]
    if levels:
        t = next(i for i, u in enumerate(main) if u[0].level == min(levels))
        kick, title, rest = main[:t], main[t], main[t + 1 :]
    elif decks or len(main) <= 2:
        kick, title, rest = main[:-1], (main[-1] if main else None), []
    else:
        kick, title, rest = main[:-2], main[-2], main[-1:]
    join = lambda us: " ".join(_unit_text(u) for u in us) or None  # noqa: E731
    return join(kick), (_unit_text(title) if title else None), join(rest + decks), bylines


def _is_wrap(unit: list[Item]) -> bool:
    return all(a.text.endswith("、") or cjk_len(a.text) >= 16 for a in unit[:-1])


def _unit_text(unit: list[Item]) -> str:
    out = unit[0].text.strip()
    for it in unit[1:]:
        sep = "" if out.endswith("、") or cjk_len(out.split(" ")[-1]) >= 16 else " "
        out = out + sep + it.text.strip()
    return out


def check_nothing_lost(text: str, page: ParsedPage) -> list[str]:
    """Characters of the page that are missing from, or extra in, the parsed result (empty when all is well)."""
    got = ink("".join(f.text for f in page.fragments))
    for a in page.articles:
        got += ink("".join(a.printed_fields()))
    want = ink(text)
    problems = []
    if missing := want - got:
        problems.append("missing: " + "".join(sorted(missing.elements()))[:80])
    if extra := got - want:
        problems.append("extra: " + "".join(sorted(extra.elements()))[:80])
    return problems


__all__ = ["parse_page", "check_nothing_lost", "head_fields", "width"]
