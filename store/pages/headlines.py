"""Headline placement: which article each headline group belongs to, and its kicker, title and subtitle.

The first pass (`layout.py`) leaves headline groups floating between drafts; this module decides,
once for the whole page, whether headlines are printed before or after their article, gives each
group to its article, and splits a draft whose subhead is really another article's headline.
"""

from __future__ import annotations

import re
from typing import Literal

from ..zh.gazetteer import topic_places
from ..zh.text import CJK_RE, cjk_len
from .drafts import BylinePart, Draft, HeadGroup, Interrupt, Part, Subhead, parts_text, text_parts
from .layout import Segment
from .lines import Item, is_head_shaped
from .model import Fragment

Layout = Literal["before", "after"]
# A headline line of at least this many characters was wrapped by the column, not split by the editor.
WRAP_MIN_CJK = 16
# A draft of at most this many lines, all headline-shaped, is a headline group, not an article.
PHANTOM_MAX_LINES = 2
# A figure line ('12项目总投资36亿元', '投资超5亿元！') has a digit and at most this many other Chinese characters.
FIGURE_MAX_WORDS = 8
FIGURE_RE = re.compile(r"\d")
# Votes for a layout: a page that opens (or ends) with a headline group, a 上接 marker after a group.
EDGE_VOTE = 2
MARKER_VOTE = 2

CJK_RUN_RE = re.compile(f"{CJK_RE.pattern}+")


def place_headlines(segs: list[Segment], fragments: list[Fragment]) -> tuple[list[Draft], Layout]:
    """The page's drafts with their headlines, and where this page prints headlines."""
    segs = split_subhead_sections(absorb_phantoms(segs))
    layout = choose_layout(segs)
    return attach_heads(segs, layout, fragments), layout


# -- drafts made only of headline lines -------------------------------------------------------


def is_phantom(d: Draft) -> bool:
    """A draft with no body of its own: a kicker split off at '：' or a headline line ending in '！'."""
    if d.dateline is not None or d.markers or d.head is not None:
        return False
    if any(isinstance(p, (BylinePart, Interrupt)) for p in d.parts):
        return False
    lines = [p.item for p in text_parts(d.parts)]
    # A colon inside is allowed here ('临汾：用五个“加快”…'): a short line standing alone is no article.
    return 0 < len(lines) <= PHANTOM_MAX_LINES and all(is_head_shaped(re.sub("[：:]", " ", it.text)) for it in lines)


def absorb_phantoms(segs: list[Segment]) -> list[Segment]:
    """Turn drafts made only of headline lines into headline groups, joined with the groups beside them."""
    out: list[Segment] = []
    for seg in segs:
        if isinstance(seg, Draft) and is_phantom(seg):
            seg = HeadGroup([p.item for p in text_parts(seg.parts)])
        if isinstance(seg, HeadGroup) and out and isinstance(out[-1], HeadGroup):
            out[-1] = HeadGroup(out[-1].items + seg.items)
            continue
        out.append(seg)
    return out


# -- subheads that are really the start of another article ------------------------------------


def split_subhead_sections(segs: list[Segment]) -> list[Segment]:
    """Split a draft at a subhead whose section has its own byline or is about another city."""
    out: list[Segment] = []
    for seg in segs:
        if not isinstance(seg, Draft):
            out.append(seg)
            continue
        cur = seg
        sections = _sections(seg.parts)
        cur_parts: list[Part] = list(sections[0])
        out.append(cur)
        for sec in sections[1:]:
            own_byline = any(isinstance(p, BylinePart) for p in sec)
            other_byline = any(isinstance(p, BylinePart) for p in cur_parts) or bool(
                cur.dateline and cur.dateline.names
            )
            here, there = topic_places(parts_text(sec)), topic_places(parts_text(cur_parts))
            shift = bool(here) and bool(there) and not (here & there)
            first = sec[0]
            if ((own_byline and other_byline) or shift) and isinstance(first, Subhead):
                # Subheads left with no text under them are this headline's kicker, not the last article's end.
                kickers: list[Item] = []
                while cur_parts and isinstance(last := cur_parts[-1], Subhead):
                    kickers.insert(0, last.item)
                    cur_parts.pop()
                cur.parts = cur_parts
                closed, cur.closed = cur.closed, False
                head = HeadGroup([*kickers, first.item])
                cur = Draft(parts=list(sec[1:]), head=head, head_from_subhead=first.item)
                cur.closed = closed
                cur.markers, seg.markers = seg.markers, []
                cur_parts = list(sec[1:])
                out.append(cur)
            else:
                cur_parts.extend(sec)
        cur.parts = cur_parts
    return out


def _sections(parts: list[Part]) -> list[list[Part]]:
    """Parts split before each subhead."""
    sections: list[list[Part]] = [[]]
    for p in parts:
        if isinstance(p, Subhead):
            sections.append([p])
        else:
            sections[-1].append(p)
    return sections


# -- headline before or after its article ------------------------------------------------------


def _bigrams(s: str) -> set[str]:
    """Character bigrams of the Chinese runs of a text."""
    runs = CJK_RUN_RE.findall(s)
    return {r[i : i + 2] for r in runs for i in range(len(r) - 1)}


def choose_layout(segs: list[Segment]) -> Layout:
    """'before' or 'after': where this page prints headlines, by structure and by shared words."""
    before = after = 0
    content = [s for s in segs if isinstance(s, HeadGroup) or s.parts or s.markers]
    if not content:
        return "before"
    first, last = content[0], content[-1]
    if isinstance(first, HeadGroup):
        before += EDGE_VOTE
    elif not any(m.direction == "up" for m in first.markers):
        after += EDGE_VOTE
    if isinstance(last, HeadGroup):
        after += EDGE_VOTE
    cached: dict[int, set[str]] = {}  # a draft sits between two headlines: its bigrams are read for both

    def bigrams_of(i: int, d: Draft) -> set[str]:
        if i not in cached:
            cached[i] = _bigrams(d.text())
        return cached[i]

    for i, seg in enumerate(content):
        if not isinstance(seg, HeadGroup):
            continue
        before_it = content[i - 1] if i > 0 else None
        after_it = content[i + 1] if i + 1 < len(content) else None
        prev = before_it if isinstance(before_it, Draft) else None
        nxt = after_it if isinstance(after_it, Draft) else None
        if any(it.kind == "byline" for it in seg.items):
            after += 1
        if nxt is not None and any(m.direction == "up" for m in nxt.markers):
            after += MARKER_VOTE
        if prev is not None and nxt is not None:
            hb = _bigrams(seg.text)
            pb, nb = bigrams_of(i - 1, prev), bigrams_of(i + 1, nxt)
            # the headline's bigrams found on one side only, counted over the (short) headline's own set
            ps = sum(1 for b in hb if b in pb and b not in nb)
            ns = sum(1 for b in hb if b in nb and b not in pb)
            if ps > ns:
                after += 1
            elif ns > ps:
                before += 1
    return "after" if after > before else "before"


def attach_heads(segs: list[Segment], layout: Layout, fragments: list[Fragment]) -> list[Draft]:
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
        give_head(target, seg, fragments)
    for d in drafts:
        interrupts = [p for p in d.parts if isinstance(p, Interrupt)]
        d.parts = [p for p in d.parts if not isinstance(p, Interrupt)]
        for part in interrupts:
            if d.head is None or d.head_from_subhead:
                give_head(d, part.group, fragments)
            else:
                fragments.append(Fragment("unassigned", part.group.text))
    return drafts


def give_head(d: Draft, group: HeadGroup, fragments: list[Fragment]) -> None:
    """Make a group the draft's headline; a subhead that stood in for it becomes a section label."""
    if d.head_from_subhead is not None:
        # The subhead that opened this article was a section label: the real headline came later.
        fragments.append(Fragment("section", d.head.text if d.head is not None else d.head_from_subhead.text))
        d.head_from_subhead = None
    d.head = group


# -- a headline group's fields -----------------------------------------------------------------


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
    title: list[Item] | None
    if levels:
        t = next(i for i, u in enumerate(main) if u[0].level == min(levels))
        kick, title, rest = main[:t], main[t], main[t + 1 :]
    elif decks or len(main) <= 2:
        kick, title, rest = main[:-1], (main[-1] if main else None), []
    else:
        kick, title, rest = main[:-2], main[-2], main[-1:]
    if title is not None and is_figure(_unit_text(title)) and not levels:
        # The main headline is the title; a line that is only a figure is its subtitle.
        words = [i for i, u in enumerate(kick) if not is_figure(_unit_text(u))]
        if words:
            t = words[-1]
            kick, title, rest = kick[:t], kick[t], kick[t + 1 :] + [title] + rest
    return _join(kick), (_unit_text(title) if title else None), _join(rest + decks), bylines


def is_figure(s: str) -> bool:
    """A headline line that is only a figure: a number with a few words around it."""
    return bool(FIGURE_RE.search(s)) and cjk_len(re.sub(r"[\d.%％]", "", s)) <= FIGURE_MAX_WORDS


def _join(units: list[list[Item]]) -> str | None:
    """Units' texts on one line, or None when there are none."""
    return " ".join(_unit_text(u) for u in units) or None


def _is_wrap(unit: list[Item]) -> bool:
    """True when a run of headline lines is one line wrapped by the column."""
    return all(a.text.endswith("、") or cjk_len(a.text) >= WRAP_MIN_CJK for a in unit[:-1])


def _unit_text(unit: list[Item]) -> str:
    """A headline unit's lines joined: no space where the column wrapped it."""
    out = unit[0].text.strip()
    for it in unit[1:]:
        sep = "" if out.endswith("、") or cjk_len(out.split(" ")[-1]) >= WRAP_MIN_CJK else " "
        out = out + sep + it.text.strip()
    return out
