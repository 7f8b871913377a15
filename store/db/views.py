"""Table views as data (what each table shows, page by page) and as GitHub-flavoured Markdown."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

import sqlite_utils

from ..kinds import BY_TABLE, TABLES
from ..zh.collate import sort_key
from . import queries, timeline
from .search import matching_ids
from .table_sql import JOINED, ZONE_TOTALS, UnknownColumn, base_sql, count_sql, joined_order_ids, order_clause, view_of

__all__ = ["TableData", "TablePage", "UnknownColumn", "UnknownTable", "table_data", "table_page", "view_of"]


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

    def window(self, lo: int, hi: int) -> TableData:
        """Rows lo … hi only."""
        return replace(
            self,
            rows=self.rows[lo:hi],
            article_ids=self.article_ids[lo:hi],
            sort_keys=self.sort_keys[lo:hi],
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


def _sortable(v: object) -> tuple[int, object]:
    # Numbers before text, so mixed columns never compare int with str; Chinese text in pinyin order, by the
    # same key the store sorts by.
    if isinstance(v, (int, float)):
        return (0, v)
    return (1, sort_key(str(v)))


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


@dataclass
class TablePage:
    """One page of a table view, sorted and filtered in SQL, and how many rows the whole view has."""

    data: TableData
    total: int
    offset: int
    sort: str | None = None  # None: the view's own order
    descending: bool = False


def table_page(
    db: sqlite_utils.Database,
    name: str,
    filter_ids: list[int] | None = None,
    query: str | None = None,
    sort: str | None = None,
    descending: bool = False,
    limit: int = 500,
    offset: int = 0,
    date_from: str | None = None,
    date_to: str | None = None,
) -> TablePage:
    """Rows offset … offset+limit of a view in the order asked; a page past the middle is read from the end.

    Raises UnknownTable, or UnknownColumn for a sort column the view lacks.
    """
    try:
        view = view_of(name)
    except ValueError as e:
        raise UnknownTable(str(e)) from e
    filter_ids = filter_ids or []
    late_totals = view.headers[-1] == "counted total" and sort != "counted total"
    base, params = base_sql(db, name, filter_ids, query, timeline.date_range(date_from, date_to), not late_totals)
    stored = count_sql(name, filter_ids, query, base)
    if stored is None:  # a filtered view: its rows are gathered anyway, so the page carries the count
        got, total = _read(db, name, base, order_clause(view, sort, descending), params, limit, offset, True)
        if total is None:  # past the last row: no row to carry it
            total = int(db.execute(f"select count(*) from ({base})", params).fetchone()[0])
        offset = min(offset, total)
    else:
        total = int(db.execute(stored, params).fetchone()[0])
        offset = max(0, min(offset, total))
        if limit < 0:  # every row from offset on
            limit = total - offset
        reverse = offset > total // 2  # G and the last pages: an OFFSET from the end is short
        if reverse:
            start = max(0, total - offset - limit)
            n = total - offset - start
        else:
            start, n = offset, limit
        if name == "articles" and sort in JOINED:  # through the zones' or issues' index, then the articles'
            got = _by_ids(db, name, joined_order_ids(db, sort, descending, offset, limit))
        else:
            got, _ = _read(db, name, base, order_clause(view, sort, descending, reverse), params, n, start, False)
            if reverse:
                got.reverse()
    if late_totals:  # the counted totals of the page's zones only (every zone's cost ≈ 100 ms at 100k)
        totals = dict(db.execute(ZONE_TOTALS, {"ids": json.dumps([r["rid"] for r in got])}).fetchall())
        for r in got:
            r["total"] = totals.get(r["rid"])
    return TablePage(_table_data(name, got), total, offset, sort, descending)


def _read(
    db: sqlite_utils.Database,
    name: str,
    base: str,
    order: str,
    params: dict[str, object],
    limit: int,
    offset: int,
    count: bool,
) -> tuple[list[dict[str, object]], int | None]:
    """The rows of one page as dicts (limit -1: all from offset), and with `count` the view's row count."""
    over = ", count(*) over () _count" if count else ""  # computed over every row before LIMIT applies
    page = {**params, "lim": limit, "off": max(0, offset)}
    if name in ("articles", "amounts"):
        # The page's ids first: the sort then holds (key, id) pairs, not whole rows with their long texts.
        head = db.execute(f"select rid{over} from ({base}) {order} limit :lim offset :off", page).fetchall()
        return _by_ids(db, name, [r[0] for r in head]), head[0][1] if head and count else None
    cur = db.execute(f"select *{over} from ({base}) {order} limit :lim offset :off", page)
    raw = cur.fetchall()
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in raw], raw[0][-1] if raw and count else None


def _by_ids(db: sqlite_utils.Database, name: str, ids: list[int]) -> list[dict[str, object]]:
    """Whole rows of an articles or amounts view by row id, in the order of the ids."""
    plain, _ = base_sql(db, name, [], None)
    cur = db.execute(
        f"select * from ({plain}) where rid in (select value from json_each(:ids))", {"ids": json.dumps(ids)}
    )
    cols = [c[0] for c in cur.description]
    by_id = {r[0]: dict(zip(cols, r)) for r in cur.fetchall()}
    return [by_id[i] for i in ids]


def _table_data(name: str, rows: list[dict[str, object]]) -> TableData:
    """A page's rows as the table shows them (strings) and as they sort (values)."""
    if name == "articles":
        return TableData(
            name,
            list(view_of(name).headers),
            [[str(r[c] or "") for c in ("date", "title", "zone", "byline", "issue")] for r in rows],
            [r["article_id"] for r in rows],  # type: ignore[misc]
        )
    if name == "amounts":
        cols = ("value_yuan", "text", "qualifier", "zone", "date", "title", "sentence")
        return TableData(
            name,
            list(view_of(name).headers),
            [[queries.yuan(r["value_yuan"])] + [str(r[c] or "") for c in cols[1:]] for r in rows],  # type: ignore[arg-type]
            [r["article_id"] for r in rows],  # type: ignore[misc]
            [[r[c] for c in cols] for r in rows],
        )
    if view_of(name).headers[-1] == "counted total":
        return TableData(
            name,
            list(view_of(name).headers),
            [[str(r["name"]), str(r["n"]), "" if r["total"] is None else queries.yuan(int(r["total"]))] for r in rows],  # type: ignore[call-overload]
            [None] * len(rows),
            [[r["name"], r["n"], r.get("total")] for r in rows],
        )
    return TableData(
        name,
        ["name", "articles"],
        [[str(r["name"]), str(r["n"])] for r in rows],
        [None] * len(rows),
        [[r["name"], r["n"]] for r in rows],
    )
