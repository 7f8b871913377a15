"""Boxes of printed text → lines in reading order: find a page's columns and read them one by one.

Pure geometry on any source of positioned text: the characters of a PDF's text layer or the line boxes
an OCR engine finds. Coordinates grow right (x) and down (y), in any unit.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from ..zh.text import ends_sentence, join_wrapped

# Characters further apart than this (in character heights) on one baseline are in different columns.
SPLIT_GAP = 0.8
# A gap this much wider (in character heights) than the line's usual gap between characters prints as a space.
SPACE_GAP = 0.25
# An x range is a gutter when fewer lines cross it than this share of the lines of the columns
# either side of it (headlines spanning columns cross it; body lines never do).
GUTTER_SHARE = 0.34
# How far either side of a gutter (in character heights) to look for the columns it separates.
GUTTER_REACH = 12
# A gutter is at least this wide, in character heights.
GUTTER_MIN = 0.4
# A line whose start or end is this close (in character heights) to its column's edge touches it (ragged or
# half-width punctuation can leave nearly a character free at the end of a wrapped line).
EDGE = 1.1
# A gap between lines this much wider (in character heights) than the column's usual leading is a blank line.
EXTRA_LEADING = 0.4
# Vertical text: at least this many single characters, each at most this far (in character heights) under the last.
STACK_MIN = 3
STACK_GAP = 0.15
# Closing punctuation, which a line may not start with and so may stick out past the column's edge.
HANGING = set("。，、；：？！）》」』”’,.;:?!)")


@dataclass(frozen=True)
class Box:
    """Text and the rectangle it is printed in."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        """The height of the box (a line's character size)."""
        return self.y1 - self.y0

    @property
    def yc(self) -> float:
        """The vertical centre."""
        return (self.y0 + self.y1) / 2


def lines_of_chars(chars: list[Box]) -> list[Box]:
    """Characters → pieces of lines: same baseline, no column-wide gap between neighbours, and cut at a
    gutter (a line ending in punctuation that hangs into the gutter can come close to the next column).

    Space characters (the PDF's own, not ones a reader made up) count only as spaces in the text.
    """
    pieces = _pieces(chars)
    gaps = gutters([b for p in pieces for b in _join(p)])
    return _stack_vertical([b for p in pieces for q in _cut_at_gutters(p, gaps) for b in _join(q)])


def _stack_vertical(lines: list[Box]) -> list[Box]:
    """Single characters set one under another with no leading (a headline set vertically, 竖排) → one line.

    Body lines always have leading between them, so a one-character line of a paragraph never stacks.
    """
    singles = sorted((b for b in lines if len(b.text) == 1), key=lambda b: (b.x0, b.y0))
    stacks: list[list[Box]] = []
    for b in singles:
        for st in stacks:
            top = st[-1]
            overlap = min(top.x1, b.x1) - max(top.x0, b.x0)
            if overlap > 0.8 * min(top.x1 - top.x0, b.x1 - b.x0) and 0 <= b.y0 - top.y1 <= STACK_GAP * b.height:
                st.append(b)
                break
        else:
            stacks.append([b])
    joined = {id(b) for st in stacks if len(st) >= STACK_MIN for b in st}
    out = [b for b in lines if id(b) not in joined]
    for st in stacks:
        if len(st) >= STACK_MIN:
            text = "".join(b.text for b in st)
            out.append(Box(min(b.x0 for b in st), st[0].y0, max(b.x1 for b in st), st[-1].y1, text))
    return out


def _pieces(chars: list[Box]) -> list[list[Box]]:
    """The characters of each piece of a line, left to right."""
    chars = [c for c in chars if c.height > 0 and c.text]
    ink = [c for c in chars if c.text.strip()]
    if not ink:
        return []
    size = statistics.median(c.height for c in ink)
    rows: list[list[Box]] = []
    for c in sorted(chars, key=lambda c: (c.yc, c.x0)):
        # Anchored on the row's first character, so offset baselines in other columns cannot chain rows together.
        if rows and abs(c.yc - rows[-1][0].yc) <= 0.35 * min(size, rows[-1][0].height):
            rows[-1].append(c)
        else:
            rows.append([c])
    out: list[list[Box]] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        piece: list[Box] = []
        last: Box | None = None  # the last printed (not blank) character of the piece
        for c in row:
            if last is not None and c.text.strip() and c.x0 - last.x1 > SPLIT_GAP * max(c.height, last.height):
                out.append(piece)
                piece, last = [], None
            piece.append(c)
            last = c if c.text.strip() else last
        out.append(piece)
    return out


def _cut_at_gutters(piece: list[Box], gaps: list[tuple[float, float]]) -> list[list[Box]]:
    """The piece cut wherever a gap wider than its usual one between characters lies in a gutter."""
    ink = [c for c in piece if c.text.strip()]
    usual = statistics.median([b.x0 - a.x1 for a, b in zip(ink, ink[1:])] or [0.0])
    cuts = {
        id(b)
        for a, b in zip(ink, ink[1:])
        if b.x0 - a.x1 > max(usual, 0) + SPACE_GAP * max(a.height, b.height)
        and any(a.x1 < g[1] and b.x0 > g[0] for g in gaps)
    }
    out: list[list[Box]] = [[]]
    for c in piece:
        if id(c) in cuts:
            out.append([])
        out[-1].append(c)
    return out


def _join(chars: list[Box]) -> list[Box]:
    """One line piece from its characters, left to right; spaces and wide gaps print as one space."""
    ink = [c for c in chars if c.text.strip()]
    if not ink:
        return []
    # A justified line spreads its characters evenly: only a gap wider than the line's usual one is a space.
    usual = statistics.median([b.x0 - a.x1 for a, b in zip(ink, ink[1:])] or [0.0])
    text, prev, space = "", None, False
    for c in chars:
        if not c.text.strip():
            space = prev is not None
            continue
        if prev is not None and (space or c.x0 - prev.x1 > max(usual, 0) + SPACE_GAP * max(c.height, prev.height)):
            text += " "
        text += c.text
        prev, space = c, False
    return [Box(min(c.x0 for c in ink), min(c.y0 for c in ink), max(c.x1 for c in ink), max(c.y1 for c in ink), text)]


def gutters(lines: list[Box]) -> list[tuple[float, float]]:
    """The x ranges between columns, left to right: ranges almost no line crosses, with text either side."""
    if not lines:
        return []
    size = statistics.median(b.height for b in lines)
    step = max(size / 8, 1e-6)
    left = min(b.x0 for b in lines)
    n = int((max(b.x1 for b in lines) - left) / step) + 1
    cover = [0] * n
    for b in lines:
        for i in range(int((b.x0 - left) / step), min(n, int((b.x1 - left) / step) + 1)):
            cover[i] += 1
    reach = int(GUTTER_REACH * size / step)
    # Compared with the columns either side, not the page's fullest: a short column still has a gutter.
    low = [
        cover[i] < GUTTER_SHARE * min(max(cover[max(0, i - reach) : i + 1]), max(cover[i : i + reach + 1]))
        or cover[i] == 0
        for i in range(n)
    ]
    out: list[tuple[float, float]] = []
    i = 0
    while i < n:
        if low[i]:
            j = i
            while j < n and low[j]:
                j += 1
            if i > 0 and j < n and (j - i) * step >= GUTTER_MIN * size:
                out.append((left + i * step, left + j * step))
            i = j
        else:
            i += 1
    return out


def _crosses(b: Box, g: tuple[float, float]) -> bool:
    """Does this line run across the gutter (a headline over two columns does)?"""
    return b.x0 < g[0] and b.x1 > g[1]


def reading_order(lines: list[Box], gaps: list[tuple[float, float]]) -> list[Box]:
    """Lines in reading order: columns left to right, each top to bottom; a line spanning columns
    is read after what stands above it and before the columns below it."""
    if not lines:
        return []
    for g in gaps:
        left = [b for b in lines if b.x1 <= g[1] and not _crosses(b, g)]
        right = [b for b in lines if b.x0 >= g[0] and not _crosses(b, g)]
        if left and right and len(left) + len(right) == len(lines):
            inside = [h for h in gaps if h != g]
            return reading_order(left, [h for h in inside if h[1] <= g[0]]) + reading_order(
                right, [h for h in inside if h[0] >= g[1]]
            )
    spanning = [b for b in lines if any(_crosses(b, g) for g in gaps)]
    if not spanning:
        return sorted(lines, key=lambda b: (b.y0, b.x0))
    top = min(spanning, key=lambda b: (b.y0, b.x0))
    above = [b for b in lines if b.yc < top.y0]
    if above:
        rest = [b for b in lines if b.yc >= top.y0]
        return reading_order(above, gaps) + reading_order(rest, gaps)
    return [top] + reading_order([b for b in lines if b is not top], gaps)


@dataclass(frozen=True)
class Column:
    """The x extent a line was set in: its column's, or its own when it spans columns."""

    x0: float
    x1: float


def _columns(lines: list[Box], gaps: list[tuple[float, float]]) -> list[Column]:
    """For each line, the extent of the text of the column(s) it stands in."""
    # A line is in the column its start is in, and spans on across each gutter it runs past the end of.
    spans = [(sum(g[1] <= b.x0 for g in gaps), sum(g[1] < b.x1 for g in gaps)) for b in lines]
    inside: dict[int, list[Box]] = {}
    for b, (first, last) in zip(lines, spans):
        if first == last:
            inside.setdefault(first, []).append(b)
    # Punctuation may hang past the column's edge (Chinese type never starts a line with it): the edge is
    # where the lines that end in a character end.
    extent = {
        k: Column(min(b.x0 for b in bs), max(b.x1 for b in [b for b in bs if b.text[-1] not in HANGING] or bs))
        for k, bs in inside.items()
    }
    return [
        Column(extent[first].x0 if first in extent else b.x0, extent[last].x1 if last in extent else b.x1)
        for b, (first, last) in zip(lines, spans)
    ]


def _leading(ordered: list[Box], cols: list[Column]) -> float:
    """The usual gap between two lines of one column, in character heights."""
    gaps = [
        (b.y0 - a.y1) / max(a.height, b.height)
        for (a, ca), (b, cb) in zip(zip(ordered, cols), zip(ordered[1:], cols[1:]))
        if ca == cb and b.y0 >= a.y1 and abs(a.height - b.height) < 0.15 * a.height
    ]
    return statistics.median(gaps) if gaps else 0.3


def page_text(lines: list[Box]) -> str:
    """The page's text in reading order: wrapped lines joined, paragraphs one per line, and a blank
    line wherever the page leaves extra space (between headlines, articles, paragraphs set apart)."""
    gaps = gutters(lines)
    ordered = reading_order(lines, gaps)
    if not ordered:
        return ""
    cols = _columns(ordered, gaps)
    usual = _leading(ordered, cols)
    out = [ordered[0].text]  # pieces of text; a wrapped line is joined onto the piece before it
    for (a, ca), (b, cb) in zip(zip(ordered, cols), zip(ordered[1:], cols[1:])):
        h = min(a.height, b.height)
        same_size = abs(a.height - b.height) < 0.15 * h
        full = a.x1 >= ca.x1 - EDGE * h and ca.x1 - ca.x0 > 4 * h  # the line ran to the column's edge: it wraps
        flush = b.x0 <= cb.x0 + EDGE * h  # the next one starts at the edge: no paragraph indent
        new_column = ca != cb or b.y0 < a.y0
        if same_size and full and flush and new_column and ends_sentence(a.text):
            # A column that ends with a full sentence may go on in the next one or not (a byline may
            # follow): one line break, and the reader of the text decides, as it does for any wrapped page.
            out.append("\n" + b.text)
        elif same_size and full and flush and (new_column or b.y0 - a.y1 <= (usual + EXTRA_LEADING) * h):
            out[-1] = join_wrapped(out[-1], b.text)
        elif new_column or b.y0 - a.y1 > (usual + EXTRA_LEADING) * h:
            out.append("\n\n" + b.text)
        else:
            out.append("\n" + b.text)
    return "".join(out) + "\n"
