"""The filter bar: which table, how many rows, each filter item (removable alone), the sort and the total."""

from __future__ import annotations

from dataclasses import dataclass, field

from baokan.store.db.queries import yuan
from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import Static

from ..literal import literal
from ..theme import kind_style

DATES = -1  # the item id of the date range


@dataclass
class FilterState:
    """What the bar shows: one value object, so the screen sets it in one call."""

    table: str = "articles"
    rows: int | None = None  # rows in the whole view, from its count query (None while nothing is shown)
    loading: bool = False
    entities: list[tuple[int, str, str]] = field(default_factory=list)  # (id, kind, name)
    dates: tuple[str | None, str | None] | None = None
    sort: tuple[str, bool] | None = None  # column header, descending
    total: tuple[int, int, int] | None = None  # counted yuan, figures counted, figures


def _remove(item: int) -> Style:
    # A click on ✕ runs the bar's remove action for that item (keyboard: Backspace removes the last).
    return Style(meta={"@click": f"remove({item})"})


def describe(state: FilterState) -> Text:
    """The bar's one line."""
    t = Text()
    t.append(state.table, style="bold")
    if state.loading:
        t.append("  loading…", style="dim")
    if state.rows is not None and not state.loading:
        t.append(f"  {state.rows} rows")
    t.append("  filter: ")
    items = [(eid, literal(name, kind_style(kind))) for eid, kind, name in state.entities]
    if state.dates is not None:
        lo, hi = state.dates
        items.append((DATES, Text(f"{lo or '…'} to {hi or '…'}", style="bold")))
    if items:
        for n, (item, label) in enumerate(items):
            t.append(" + " if n else "")
            t.append_text(label)
            t.append(" ✕", style=Style(dim=True) + _remove(item))
        t.append("  (⌫ last, x all)", style="dim")
    else:
        t.append("none", style="dim")
    if state.sort is not None:
        header, desc = state.sort
        t.append(f"  sort: {header} {'↓' if desc else '↑'}")
    if state.total is not None:
        value, counted, figures = state.total
        t.append(f"  total {yuan(value)}", style="bold")
        t.append(f" ({counted} of {figures} figures counted)", style="dim")
    return t


class FilterBar(Static):
    """One line above the table; its items can be removed one at a time."""

    @dataclass
    class Removed(Message):
        """Remove one filter item: an entity, or the date range (entity_id None)."""

        entity_id: int | None

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.state = FilterState()

    def show(self, state: FilterState) -> None:
        """Redraw from a state."""
        self.state = state
        self.update(describe(state))

    def action_remove(self, item: int) -> None:
        """Remove one item (from a click on its ✕)."""
        self.post_message(self.Removed(None if item == DATES else item))

    def remove_last(self) -> None:
        """Remove the item added last: the dates if set, else the last entity."""
        if self.state.dates is not None:
            self.post_message(self.Removed(None))
        elif self.state.entities:
            self.post_message(self.Removed(self.state.entities[-1][0]))
