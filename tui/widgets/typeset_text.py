"""Styled text set in lines by tui/typeset.py at whatever width it is drawn, instead of Rich's own wrapping."""

from __future__ import annotations

from functools import lru_cache

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from ..typeset import HANG, break_offsets, line_of


@lru_cache(maxsize=8192)
def offsets_at(plain: str, width: int, hang: int) -> tuple[int, ...]:
    """Line starts of plain at a width: computed once per text and width, not once per repaint."""
    return tuple(break_offsets(plain, width, hang))


def room(width: int, indent: int = 0, hang: int = HANG) -> int:
    """Cells for the text of a line: the width less the margin and the cells kept for a hanging mark."""
    return max(width - indent - hang, 2)


def set_lines(text: Text, width: int, indent: int = 0, hang: int = HANG) -> Text:
    """text broken into lines of width cells (the last `hang` cells only for hanging closing marks).

    Styles carry across the breaks, since the lines are cut out of the one styled Text; lines after the
    first start `indent` cells in (under a margin). Spaces where a line breaks are not drawn.
    """
    # A break at the very end (after a final newline) would be an empty line, and trips Rich's divide.
    cuts = [n for n in offsets_at(text.plain, room(width, indent, hang), hang) if n < len(text)]
    pieces = text.divide(cuts)
    out = Text(style=text.style, no_wrap=False, overflow="fold")
    for n, piece in enumerate(pieces):
        end_spaces = len(piece.plain) - len(piece.plain.rstrip(" \t\n"))
        if end_spaces:  # a line's end spaces take no room on screen (and right_crop(0) would empty it)
            piece.right_crop(end_spaces)
        if n:
            out.append("\n" + " " * indent)
        out.append_text(piece)
    return out


class SetPerWidth:
    """A Rich renderable set in lines at the width it is drawn, once per width (not once per repaint).

    Only the last width is kept: one width lives on screen at a time. Subclasses say how to set.
    """

    def __init__(self) -> None:
        self._set: dict[int, Text] = {}

    def set_at(self, width: int) -> Text:
        """The lines at width cells (computed once per width)."""
        raise NotImplementedError

    def at(self, width: int) -> Text:
        """The text set in lines of width cells."""
        if width not in self._set:
            self._set = {width: self.set_at(width)}
        return self._set[width]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Draw the lines for the width Rich offers."""
        yield self.at(options.max_width)


class TypesetText(SetPerWidth):
    """Styled text broken by the Chinese line rules at the width it is given.

    Rich still wraps a line it counts wider than the width (a character whose width the two tables
    disagree on), so nothing is ever cut off.
    """

    def __init__(self, text: Text) -> None:
        super().__init__()
        self.text = text

    def set_at(self, width: int) -> Text:
        """The text cut into lines at width cells."""
        return set_lines(self.text, width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """As wide as the widest line of the unbroken text, at most the width offered."""
        return Measurement.get(console, options, self.text)

    def line_of(self, width: int, index: int) -> int:
        """Which line (from 0) shows the character at index when set at width."""
        return line_of(list(offsets_at(self.text.plain, room(width), HANG)), index)

    def __str__(self) -> str:
        """The text itself, unbroken."""
        return self.text.plain

    @property
    def plain(self) -> str:
        """The text without styles (what tests and copy read)."""
        return self.text.plain
