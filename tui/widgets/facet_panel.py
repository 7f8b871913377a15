"""The facet panel: dates and the most mentioned entities of each kind under the filter; type to narrow it."""

from __future__ import annotations

from dataclasses import dataclass

from baokan.store.db.timeline import date_range
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..literal import visible
from ..table_source import Facets
from ..theme import kind_style

DATE_PREFIX = "date:"


def facet_row(name: str, count: int, style: str = "") -> Table:
    """One facet line: the name (an ellipsis when it is too long) and the count in a column of its own."""
    grid = Table.grid(expand=True, padding=(0, 0, 0, 1))
    grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
    grid.add_column(justify="right", no_wrap=True, style="dim")
    grid.add_row(Text(visible(name), style=style), str(count))
    return grid


def matches(name: str, typed: str) -> bool:
    """Whether a facet name is kept by what was typed (case-insensitive substring)."""
    return typed.casefold() in name.casefold()


class FacetList(OptionList):
    """The facet options; typing a name (Chinese, through an input method) goes to the filter box above."""

    def on_key(self, event: events.Key) -> None:
        # ASCII letters are the screen's keys (s sorts, x clears …); names are typed in CJK characters.
        ch = event.character
        if ch and ch.isprintable() and not ch.isascii():
            event.stop()
            event.prevent_default()
            box = self.parent.query_one("#facet-filter", Input)  # type: ignore[union-attr]
            box.value += ch
            box.focus()
            box.cursor_position = len(box.value)


class FacetPanel(Vertical):
    """A filter box and one option list of facets; posts Chosen (an entity) or DatesChosen (a year or month)."""

    BINDINGS = [Binding("down", "into_list", "Facets", show=False)]

    @dataclass
    class Chosen(Message):
        """The user picked an entity to filter by."""

        entity_id: int

    @dataclass
    class DatesChosen(Message):
        """The user picked a year or a month of the date facet (days, YYYY-MM-DD)."""

        date_from: str | None
        date_to: str | None

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.counts: Facets | None = None
        self.dates: tuple[str | None, str | None] = (None, None)
        self.names: dict[str, str] = {}  # option id → the name it shows

    def compose(self) -> ComposeResult:
        yield Static("Facets (Enter: filter)", classes="pane-title")
        yield Input(placeholder="type to narrow", id="facet-filter", select_on_focus=False)
        yield FacetList(id="facets")

    def show(self, counts: Facets, dates: tuple[str | None, str | None] = (None, None)) -> None:
        """Replace the facets with fresh counts (the date range chosen is marked)."""
        self.counts, self.dates = counts, dates
        self.redraw()

    def redraw(self) -> None:
        """List what matches the filter box."""
        ol = self.query_one("#facets", OptionList)
        ol.clear_options()
        self.names = {}
        if self.counts is None:
            return
        typed = self.query_one("#facet-filter", Input).value.strip()
        dates = [(k, n) for k, n in self.counts.dates if matches(k, typed)]
        if dates:
            ol.add_option(Option(Text("Dates", style="bold underline"), disabled=True))
            for period, n in dates:
                chosen = date_range(period, period) == self.dates
                label = ("  " if len(period) > 4 else "") + period + (" ✓" if chosen else "")
                ol.add_option(Option(facet_row(label, n, "bold" if chosen else ""), id=DATE_PREFIX + period))
                self.names[DATE_PREFIX + period] = period
        for facet, rows in self.counts.entities:
            kept = [e for e in rows if matches(e.name, typed)]
            if not kept:
                continue
            ol.add_option(Option(Text(facet.label, style="bold underline"), disabled=True))
            ol.add_options(Option(facet_row(e.name, e.articles, kind_style(e.kind)), id=str(e.id)) for e in kept)
            self.names.update((str(e.id), e.name) for e in kept)

    def index_of(self, name: str) -> int | None:
        """The list index of the option showing this name (a period or an entity), if listed."""
        ol = self.query_one("#facets", OptionList)
        return next(
            (i for i in range(ol.option_count) if self.names.get(ol.get_option_at_index(i).id or "") == name), None
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.redraw()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Enter in the box picks the first match: type a few characters, Enter, done.
        event.stop()
        ol = self.query_one("#facets", OptionList)
        first = next((i for i in range(ol.option_count) if not ol.get_option_at_index(i).disabled), None)
        if first is not None:
            self._choose(ol.get_option_at_index(first).id)

    def action_into_list(self) -> None:
        ol = self.query_one("#facets", OptionList)
        ol.focus()
        if ol.highlighted is None and ol.option_count:
            ol.action_first()

    def focus_list(self) -> None:
        """Focus the list with a highlighted row (f from the table)."""
        self.action_into_list()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if not option_id:
            return
        if option_id.startswith(DATE_PREFIX):
            period = option_id.removeprefix(DATE_PREFIX)
            span = date_range(period, period)
            self.post_message(self.DatesChosen(*((None, None) if span == self.dates else span)))
        else:
            self.post_message(self.Chosen(int(option_id)))
