"""The tables' one door to the store: what a table view asks for (TableQuery) and the calls that answer it.

Screens and widgets never build SQL; they hand a TableQuery to these functions from a worker thread.
Keep this interface small: how rows are fetched (SQL-side sorting and paging) can change behind it.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils
from baokan.store.db import export as ex
from baokan.store.db import facets, queries, table_sql, timeline, views


@dataclass(frozen=True)
class TableQuery:
    """One table view's question: which table, filtered by which entities and dates (YYYY-MM-DD), sorted how."""

    name: str = "articles"
    entity_ids: tuple[int, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    sort: str | None = None  # a column header; None: the view's own order
    descending: bool = False

    @property
    def dated(self) -> bool:
        """True when a date bound applies."""
        return bool(self.date_from or self.date_to)


def page(db: sqlite_utils.Database, q: TableQuery, offset: int = 0, limit: int = -1) -> views.TablePage:
    """Rows offset … offset+limit of the view, sorted and filtered in SQL, with the count of all (limit -1: all)."""
    return views.table_page(
        db,
        q.name,
        list(q.entity_ids),
        sort=q.sort,
        descending=q.descending,
        limit=limit,
        offset=offset,
        date_from=q.date_from,
        date_to=q.date_to,
    )


def export(
    db: sqlite_utils.Database, q: TableQuery, fmt: str, store: str, filter_text: str, with_text: bool = False
) -> ex.Export:
    """Every row of the view in its order, rendered in fmt under the note line (for an export or a copy)."""
    return ex.export_table(
        db,
        q.name,
        fmt,
        store=store,
        filter_text=filter_text,
        entity_ids=list(q.entity_ids),
        sort=q.sort,
        descending=q.descending,
        date_from=q.date_from,
        date_to=q.date_to,
        with_text=with_text,
    )


def headers(name: str) -> list[str]:
    """The view's column headers."""
    return list(views.view_of(name).headers)


def numeric(name: str, column: str) -> bool:
    """True for a column of numbers (a first sort by it shows the largest first)."""
    return table_sql.numeric(name, column)


@dataclass
class Facets:
    """What the facet panel lists: entity counts by kind, and articles per year (or per month of a year)."""

    entities: list[tuple[facets.Facet, list[queries.EntityCount]]]
    dates: list[tuple[str, int]]


def facet_counts(db: sqlite_utils.Database, q: TableQuery) -> Facets:
    """The facets under the query's entity filter; the date facet opens the year a date filter lies in."""
    year = q.date_from[:4] if q.date_from and q.date_to and q.date_from[:4] == q.date_to[:4] else None
    dates = timeline.date_counts(db, list(q.entity_ids))
    if year:
        months = timeline.date_counts(db, list(q.entity_ids), year)
        at = next((n for n, (k, _) in enumerate(dates) if k == year), len(dates))
        dates = dates[: at + 1] + months + dates[at + 1 :]
    return Facets(facets.all_counts(db, list(q.entity_ids)), dates)


def amounts_total(db: sqlite_utils.Database, q: TableQuery) -> timeline.Total:
    """The counted total of the amounts table under the query's filter."""
    return timeline.amount_total(db, list(q.entity_ids), date_from=q.date_from, date_to=q.date_to)


def periods(db: sqlite_utils.Database, q: TableQuery, by: str, picked: set[int] | None = None) -> list[timeline.Period]:
    """The timeline of the query's articles (and of `picked` articles, e.g. a search's)."""
    return timeline.timeline(db, list(q.entity_ids), picked, by, q.date_from, q.date_to)


def entity_names(db: sqlite_utils.Database, q: TableQuery) -> list[tuple[int, str, str]]:
    """(id, kind, name) of the entities filtered by."""
    return queries.entity_names(db, list(q.entity_ids))
