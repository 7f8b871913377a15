"""Table views as data (what each table shows, page by page) and as GitHub-flavoured Markdown."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import sqlite_utils

from ..kinds import BY_TABLE, TABLES
from ..zh.collate import pinyin_key
from . import queries, timeline
from .search import matching_ids


class UnknownTable(ValueError):
    """A table name that is not one of TABLES."""


@dataclass
class TableData:
    """What a table view shows: headers, rows of strings, what each row sorts by and opens."""

    name: str
    headers: list[str]
    rows: list[list[str]]
    article_ids: list[int | None]
    sort_keys: list[list[object]] = field(default_factory=list)  # per row, per column: the value to sort by

    def extended(self, more: TableData) -> TableData:
        """These rows followed by the next page's."""
        return replace(
            self,
            rows=self.rows + more.rows,
            article_ids=self.article_ids + more.article_ids,
            sort_keys=(self.sort_keys + more.sort_keys) if self.sort_keys else [],
        )

    def sorted_by(self, column: str, descending: bool = False) -> TableData:
        """The same rows ordered by one column (amounts by value in yuan, counts as numbers)."""
        if column not in self.headers:
            raise ValueError(f"no column {column!r} in {self.name}; one of {', '.join(self.headers)}")
        c = self.headers.index(column)
        keys = self.sort_keys or [list(r) for r in self.rows]
        # Empty cells go last whichever the direction: a reversed sort must not lead with blanks.
        filled = [i for i in range(len(self.rows)) if keys[i][c] is not None and keys[i][c] != ""]
        empty = [i for i in range(len(self.rows)) if keys[i][c] is None or keys[i][c] == ""]
        order = sorted(filled, key=lambda i: _sortable(keys[i][c]), reverse=descending) + empty
        return replace(
            self,
            rows=[self.rows[i] for i in order],
            article_ids=[self.article_ids[i] for i in order],
            sort_keys=[keys[i] for i in order],
        )


def _sortable(v: object) -> tuple[int, object, str]:
    # Numbers before text, so mixed columns never compare int with str; Chinese text in pinyin order.
    if isinstance(v, (int, float)):
        return (0, v, "")
    return (1, pinyin_key(str(v)), str(v))


def table_data(
    db: sqlite_utils.Database,
    name: str,
    filter_ids: list[int] | None = None,
    query: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    date_from: str | None = None,
    date_to: str | None = None,
) -> TableData:
    """The rows of one table view: articles mentioning all filter entities (and containing query, and dated
    within the bounds, YYYY-MM-DD).

    `limit` and `offset` give one page of the rows, in the same order as the whole (no paging with a query
    or dates).
    """
    if query or date_from or date_to:
        limit, offset = None, 0
    filter_ids = filter_ids or []
    within = matching_ids(db, query) if query else None
    if date_from or date_to:
        dated = timeline.dated_ids(db, date_from, date_to)
        within = dated if within is None else within & dated
    if name == "articles":
        arts = queries.articles_with(db, filter_ids, limit=limit, offset=offset)
        if within is not None:
            arts = [a for a in arts if a.id in within]
        return TableData(
            name,
            ["date", "title", "zone", "byline", "issue"],
            [[a.date or "", a.title or "", a.zone or "", a.byline or "", a.issue_title] for a in arts],
            [a.id for a in arts],
        )
    if name in BY_TABLE:
        ents = queries.entities(
            db, BY_TABLE[name].kind, within=filter_ids or None, articles=within, limit=limit, offset=offset
        )
        if BY_TABLE[name].kind != "zone":
            return TableData(
                name,
                ["name", "articles"],
                [[e.name, str(e.articles)] for e in ents],
                [None] * len(ents),
                [[e.name, e.articles] for e in ents],
            )
        # A zone's money: the counted total of the sums tied to it (each figure once; repeats left out).
        totals = timeline.zone_totals(db)
        return TableData(
            name,
            ["name", "articles", "counted total"],
            [[e.name, str(e.articles), queries.yuan(totals[e.id]) if e.id in totals else ""] for e in ents],
            [None] * len(ents),
            [[e.name, e.articles, totals.get(e.id)] for e in ents],
        )
    if name == "amounts":
        rows = queries.amounts(db, entity_ids=filter_ids, limit=limit, offset=offset)
        if within is not None:
            rows = [r for r in rows if r.article_id in within]
        return TableData(
            name,
            ["amount", "printed", "qualifier", "zone", "date", "article", "sentence"],
            [
                [
                    queries.yuan(r.value_yuan),
                    r.text,
                    r.qualifier or "",
                    r.zone or "",
                    r.date or "",
                    r.title or "",
                    r.sentence,
                ]
                for r in rows
            ],
            [r.article_id for r in rows],
            [
                [r.value_yuan, r.text, r.qualifier or "", r.zone or "", r.date or "", r.title or "", r.sentence]
                for r in rows
            ],
        )
    raise UnknownTable(f"unknown table {name!r}; one of {', '.join(TABLES)}")
