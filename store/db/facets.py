"""Entity facets for table views: one facet per kind in the kinds table (after datasette's facets)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from ..kinds import KINDS
from . import queries
from .queries import EntityCount


@dataclass(frozen=True)
class Facet:
    """Entities of one kind with how many of the current articles name each."""

    kind: str
    label: str
    limit: int  # a facet panel lists the most frequent; the table view lists all

    def counts(self, db: sqlite_utils.Database, within: list[int] | None = None) -> list[EntityCount]:
        """The top entities of this kind among articles that mention all of `within`."""
        chosen = set(within or [])
        rows = queries.entities(db, self.kind, within=within or None, limit=self.limit + len(chosen))
        return [r for r in rows if r.id not in chosen][: self.limit]


FACETS: tuple[Facet, ...] = tuple(Facet(k.kind, k.label, k.facet_limit) for k in KINDS)


def all_counts(db: sqlite_utils.Database, within: list[int] | None = None) -> list[tuple[Facet, list[EntityCount]]]:
    """Every facet with its counts under the same filter."""
    if not within:
        return [(f, f.counts(db)) for f in FACETS]  # each from the stored counts, through an index
    # Under a filter one pass over the matching articles serves every kind (four passes cost 4×).
    chosen = set(within)
    by_kind: dict[str, list[EntityCount]] = {}
    for row in queries.entities(db, None, within=within):
        if row.id not in chosen:
            by_kind.setdefault(row.kind, []).append(row)
    return [(f, by_kind.get(f.kind, [])[: f.limit]) for f in FACETS]
