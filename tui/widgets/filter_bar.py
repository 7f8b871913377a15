"""The filter bar: which table, how many rows, the entities it is filtered by and the sort."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual.widgets import Static

from ..literal import literal
from ..theme import kind_style


@dataclass
class FilterState:
    """What the bar shows: one value object, so the screen sets it in one call."""

    table: str = "articles"
    rows: int | None = None  # rows fetched so far (None while nothing is shown)
    complete: bool = True  # False while the store holds rows not fetched yet
    loading: bool = False
    entities: list[tuple[int, str, str]] = field(default_factory=list)  # (id, kind, name)
    sort: tuple[str, bool] | None = None  # column header, descending


def describe(state: FilterState) -> Text:
    """The bar's one line."""
    t = Text()
    t.append(state.table, style="bold")
    if state.loading:
        t.append("  loading…", style="dim")
    if state.rows is not None and not state.loading:
        t.append(f"  {state.rows}{'' if state.complete else '+'} rows")
    t.append("  filter: ")
    if state.entities:
        for n, (_, kind, name) in enumerate(state.entities):
            t.append(" + " if n else "")
            t.append_text(literal(name, kind_style(kind)))
        t.append("  (x clears)", style="dim")
    else:
        t.append("none", style="dim")
    if state.sort is not None:
        header, desc = state.sort
        t.append(f"  sort: {header} {'↓' if desc else '↑'}")
    return t


class FilterBar(Static):
    """One line above the table."""

    def show(self, state: FilterState) -> None:
        """Redraw from a state."""
        self.update(describe(state))
