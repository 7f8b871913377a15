"""Entity facets for table views: one facet per kind in the kinds table (after datasette's facets)."""

from __future__ import annotations

import heapq
import json
from dataclasses import dataclass

import sqlite_utils

from ..kinds import KINDS
from . import queries
from .queries import EntityCount
from .table_sql import HITS, hits_params, linked_entities


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
    top = top_under(db, within, {f.kind: f.limit for f in FACETS})
    return [(f, top.get(f.kind, [])) for f in FACETS]


# Links per entity among the filtered articles: one pass for every kind.
_UNDER = f"with {HITS} select e.id, e.kind, c.n from {linked_entities(['hits'])}"


def top_under(db: sqlite_utils.Database, within: list[int], limits: dict[str, int]) -> dict[str, list[EntityCount]]:
    """Per kind, the entities most named in the articles naming all of `within` (those left out), ties by name.

    The ranking happens here, not in SQL: a window over every counted entity cost more than the counting.
    """
    chosen = set(within)
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for eid, kind, n in db.execute(_UNDER, hits_params(within)):
        if eid not in chosen and limits.get(kind):
            by_kind.setdefault(kind, []).append((n, eid))
    keep: dict[int, tuple[str, int]] = {}
    for kind, rows in by_kind.items():
        floor = heapq.nlargest(limits[kind], rows)[-1][0]
        keep.update((eid, (kind, n)) for n, eid in rows if n >= floor)  # ties at the edge: ordered by name below
    names = db.execute(
        "select id, name, name_key from entities where id in (select value from json_each(?))", [json.dumps(list(keep))]
    ).fetchall()
    ranked = sorted(names, key=lambda r: (-keep[r[0]][1], r[2] or ""))
    out: dict[str, list[EntityCount]] = {}
    for eid, name, _ in ranked:
        kind, n = keep[eid]
        if len(got := out.setdefault(kind, [])) < limits[kind]:
            got.append(EntityCount(eid, kind, name, n))
    return out
