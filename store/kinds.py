"""The one table of entity kinds: facets, table views, CLI choices and the app's keys derive from it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """One kind of named thing: how the store, the tables and the app call it."""

    kind: str  # as stored in entities.kind
    table: str  # the table view listing entities of this kind
    label: str  # facet heading and table title
    facet_limit: int  # how many of the most mentioned a facet panel lists
    hotkey: str  # the app's key for this kind's table


KINDS: tuple[Kind, ...] = (
    Kind("zone", "zones", "Zones", 30, "2"),
    Kind("company", "companies", "Companies", 30, "3"),
    Kind("person", "people", "People", 30, "4"),
    # Places are many and broad; zones are what users filter by first.
    Kind("place", "places", "Places", 15, "6"),
)
KIND_NAMES: tuple[str, ...] = tuple(k.kind for k in KINDS)
BY_KIND: dict[str, Kind] = {k.kind: k for k in KINDS}
BY_TABLE: dict[str, Kind] = {k.table: k for k in KINDS}
# Table views and the app's keys for them: articles, one per entity kind, and the sums of money.
TABLE_KEYS: dict[str, str] = dict(
    sorted({"1": "articles", "5": "amounts", **{k.hotkey: k.table for k in KINDS}}.items())
)
TABLES: tuple[str, ...] = tuple(TABLE_KEYS.values())
