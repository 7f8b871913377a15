"""The facet panel: the most mentioned entities of each kind under the current filter; Enter picks one."""

from __future__ import annotations

from dataclasses import dataclass

from baokan.store.db.facets import Facet
from baokan.store.db.queries import EntityCount
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..literal import literal
from ..theme import kind_style


class FacetPanel(Vertical):
    """A title and one option list of facets; posts Chosen with the entity picked."""

    @dataclass
    class Chosen(Message):
        """The user picked an entity to filter by."""

        entity_id: int

    def compose(self) -> ComposeResult:
        yield Static("Facets (Enter: filter)", classes="pane-title")
        yield OptionList(id="facets")

    def show(self, counts: list[tuple[Facet, list[EntityCount]]]) -> None:
        """Replace the facets with fresh counts."""
        ol = self.query_one("#facets", OptionList)
        ol.clear_options()
        for facet, rows in counts:
            ol.add_option(Option(Text(facet.label, style="bold underline"), disabled=True))
            for e in rows:
                # the count first: a long name is cut at the pane's edge, the count never is
                ol.add_option(
                    Option(Text.assemble(f"{e.articles:>5} ", literal(e.name, kind_style(e.kind))), id=str(e.id))
                )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(int(event.option.id)))
