"""Table views in SQL: one page of rows, sorted and filtered by the database, and the count of all of them.

Each view is a base query yielding (row id, article id, sort columns…, display columns…). Sorting,
entity filters, a search filter and jumping to the end happen in SQL; the app never holds every row.
Empty cells sort last in either direction; ties keep the view's own order (its row ids).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from ..kinds import BY_TABLE, TABLES
from .search import _candidates_sql


class UnknownColumn(ValueError):
    """A sort column that the table does not have."""


@dataclass(frozen=True)
class ViewSQL:
    """One table view: headers, the SQL expression each column sorts by, and its default order."""

    headers: tuple[str, ...]
    sort_exprs: tuple[str, ...]  # per header, over the base query's aliases
    default: tuple[str, bool]  # (column, descending)


ARTICLES = ViewSQL(
    ("date", "title", "zone", "byline", "issue"),
    ("date", "title_key", "zone_key", "byline_key", "issue_key"),
    ("date", True),
)
ENTITIES = ViewSQL(("name", "articles"), ("name_key", "n"), ("articles", True))
# Zones also show the counted total of the sums tied to each (repeats left out), as `timeline.zone_totals`.
ZONES = ViewSQL(("name", "articles", "counted total"), ("name_key", "n", "total"), ("articles", True))
AMOUNTS = ViewSQL(
    ("amount", "printed", "qualifier", "zone", "date", "article", "sentence"),
    ("value_yuan", "text_key", "qualifier_key", "zone_key", "date", "title_key", "sentence_key"),
    ("amount", True),
)
NUMERIC = ("value_yuan", "n", "total")  # sort expressions of columns of numbers


def view_of(name: str) -> ViewSQL:
    """The view's columns; ValueError for a table that is not one of TABLES."""
    if name == "articles":
        return ARTICLES
    if name == "amounts":
        return AMOUNTS
    if name in BY_TABLE:
        return ZONES if BY_TABLE[name].kind == "zone" else ENTITIES
    raise ValueError(f"unknown table {name!r}; one of {', '.join(TABLES)}")


def numeric(name: str, column: str) -> bool:
    """True when the view's column holds numbers (amounts in yuan, counts, totals)."""
    view = view_of(name)
    return column in view.headers and view.sort_exprs[view.headers.index(column)] in NUMERIC


# Articles naming every filter entity (named parameters: the ids as JSON, how many distinct).
HITS = """hits(article_id) as (select article_id from article_entities
    where entity_id in (select value from json_each(:ids)) group by article_id having count(distinct entity_id) = :nids)"""


def hits_params(ids: list[int]) -> dict[str, object]:
    """The parameters of HITS for these filter entities."""
    return {"ids": json.dumps(ids), "nids": len(set(ids))}


def linked_entities(sets: list[str]) -> str:
    """FROM clause of each entity `e` with `c.n`, its links from the articles in every one of `sets` (CTE names).

    The facets, the entity tables and `queries.entities` all count this way. CROSS JOIN fixes the loop
    order: the first set's articles outside, their links inside. Left to itself SQLite walked every entity
    of a kind and probed the filter with each link (2.3 s at 100k). Links are counted by entity id first,
    so only the counted entities' rows are read.
    """
    first, *rest = sets
    joins = "".join(f" join {c} f{n} on f{n}.article_id = ae.article_id" for n, c in enumerate(rest))
    return f"""(select ae.entity_id id, count(*) n from {first} f
        cross join article_entities ae on ae.article_id = f.article_id{joins} group by ae.entity_id) c
        cross join entities e on e.id = c.id"""


def entity_kinds(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    """id → kind for these entities."""
    if not ids:
        return {}
    sql = "select id, kind from entities where id in (select value from json_each(?))"
    return {r[0]: r[1] for r in db.execute(sql, [json.dumps(ids)])}


def filter_where(
    db: sqlite_utils.Database,
    entity_ids: list[int],
    date_from: str | None = None,
    date_to: str | None = None,
    picked: set[int] | None = None,
    sums: bool = False,
    linked: str = "a.id",
) -> tuple[list[str], dict[str, object]]:
    """WHERE conditions (named parameters) on articles `a` of issues `i` for a filter: the amounts' and the timeline's.

    Each entity keeps the articles naming it (tested on the column `linked`); with `sums`, a zone keeps the amounts
    `m` tied to it instead, as the amounts table reads a zone. `picked` keeps those articles only; the dates bound
    the issue's date, so undated issues fall outside any range.
    """
    zones = {e for e, kind in entity_kinds(db, entity_ids).items() if kind == "zone"} if sums else set()
    where: list[str] = []
    params: dict[str, object] = {}
    for n, eid in enumerate(entity_ids):
        if eid in zones:
            where.append(f"m.zone_id = :e{n}")
        else:
            where.append(f"{linked} in (select article_id from article_entities where entity_id = :e{n})")
        params[f"e{n}"] = eid
    if picked is not None:
        where.append(f"{linked} in (select value from json_each(:picked))")
        params["picked"] = json.dumps(sorted(picked))
    if date_from:
        where.append("i.date >= :df")
        params["df"] = date_from
    if date_to:
        where.append("i.date <= :dt")
        params["dt"] = date_to
    return where, params


def _filters(
    filter_ids: list[int], query: str | None, dates: tuple[str | None, str | None]
) -> tuple[list[str], dict[str, object]]:
    """CTEs `hits` (articles naming every filter entity), `found` (containing the query), `dated` (in the dates)."""
    ctes: list[str] = []
    params: dict[str, object] = {}
    if dates[0] or dates[1]:
        bounds = (" and i.date >= :df" if dates[0] else "") + (" and i.date <= :dt" if dates[1] else "")
        ctes.append(
            "dated(article_id) as (select a.id from articles a join issues i on i.id = a.issue_id "
            f"where i.date is not null{bounds})"
        )
        params.update(df=dates[0], dt=dates[1])
    if filter_ids:
        ctes.append(HITS)
        params.update(hits_params(filter_ids))
    if query and query.strip():
        sql, args = _candidates_sql(query.strip(), order=None)  # parameters :m and :q
        ctes.append(f"found(article_id) as ({sql})")
        params.update(args)
    return ctes, params


def base_sql(
    db: sqlite_utils.Database,
    name: str,
    filter_ids: list[int],
    query: str | None,
    dates: tuple[str | None, str | None] = (None, None),
    totals: bool = True,
) -> tuple[str, dict[str, object]]:
    """The view's rows as SQL (before order and paging): columns rid, article_id, then the sort columns.

    dates: bounds already widened to days (`timeline.date_range`); undated issues fall outside any range.
    totals: give zones their counted total (needed to sort by it; else read for the page's rows alone).
    """
    view_of(name)
    ctes, params = _filters(filter_ids, query, dates)
    if name == "articles":
        joins = "".join(f" join {c[: c.index('(')]} on {c[: c.index('(')]}.article_id = a.id" for c in ctes)
        sql = f"""select a.id rid, a.id article_id, i.date date, a.title title, z.name zone, a.byline byline,
                  i.title issue, a.issue_id issue_id, a.seq seq, a.title_key title_key, z.name_key zone_key,
                  a.byline_key byline_key, i.title_key issue_key
                  from articles a{joins} join issues i on i.id = a.issue_id left join entities z on z.id = a.zone_id"""
    elif name == "amounts":
        ctes = [c for c in ctes if not c.startswith("hits")]
        # A zone filter means sums tied to that zone (as `queries.amounts`); other entities, their articles.
        where, more = filter_where(db, filter_ids, sums=True, linked="m.article_id")
        params.update(more)
        where += [f"m.article_id in (select article_id from {c[: c.index('(')]})" for c in ctes]
        sql = f"""select m.id rid, m.article_id article_id, m.value_yuan value_yuan, m.text text,
                  m.qualifier qualifier, z.name zone, i.date date, a.title title, m.sentence sentence,
                  z.name_key zone_key, a.title_key title_key, m.text_key text_key, m.qualifier_key qualifier_key,
                  m.sentence_key sentence_key
                  from amounts m join articles a on a.id = m.article_id join issues i on i.id = a.issue_id
                  left join entities z on z.id = m.zone_id {"where " + " and ".join(where) if where else ""}"""
    else:
        params["kind"] = BY_TABLE[name].kind
        total = (
            ", (select sum(value_yuan) from amounts m where m.zone_id = e.id and m.repeat_of is null) total"
            if BY_TABLE[name].kind == "zone" and totals
            else ""
        )
        if not ctes:  # the stored counts; unary + keeps SQLite off (kind, articles) when a page sorts by name_key
            sql = f"select e.id rid, null article_id, e.name name, e.name_key name_key, e.articles n{total} from entities e where e.kind = :kind and +e.articles > 0"
        else:
            sets = [c[: c.index("(")] for c in ctes]
            sql = f"""select e.id rid, null article_id, e.name name, e.name_key name_key, c.n n{total}
                      from {linked_entities(sets)} where e.kind = :kind"""
    return (f"with {', '.join(ctes)} {sql}" if ctes else sql), params


def order_clause(view: ViewSQL, column: str | None, descending: bool | None, reverse: bool = False) -> str:
    """ORDER BY for a column and direction, tie-broken by row id; `reverse` flips all of it (to read from the end).

    Text sorts by its pinyin key; empty cells (a NULL key) come last in either direction, and SQLite walks
    an index on the key for `NULLS LAST` too, so a page never sorts the whole view.
    """
    col, desc = view.default if column is None else (column, bool(descending))
    if col not in view.headers:
        raise UnknownColumn(f"no column {col!r}; one of {', '.join(view.headers)}")
    expr = view.sort_exprs[view.headers.index(col)]
    d = "desc" if desc != reverse else "asc"
    if view is ARTICLES and column is None:  # the default: newest issue first, each in reading order
        up = "desc" if reverse else "asc"
        return f"order by date {d}, issue_id {up}, seq {up}"
    nulls = "nulls first" if reverse else "nulls last"
    if view in (ENTITIES, ZONES) and expr != "name_key":  # ties by name, as the facet lists order them
        return f"order by {expr} {d} {nulls}, name_key {'desc' if reverse else 'asc'}, rid {d}"
    return f"order by {expr} {d} {nulls}, rid {d}"


def count_sql(name: str, filter_ids: list[int], query: str | None, base: str) -> str | None:
    """SQL counting an unfiltered view's rows from the table itself; None for a filtered view (count its rows)."""
    if not filter_ids and not (query and query.strip()) and "dated(" not in base:
        if name in ("articles", "amounts"):
            return f"select count(*) from {name}"
        return "select count(*) from entities where kind = :kind and articles > 0"  # through (kind, articles)
    return None


ZONE_TOTALS = """select zone_id, sum(value_yuan) from amounts
    where repeat_of is null and zone_id in (select value from json_each(:ids)) group by zone_id"""


# Article columns whose value lives in another table: (table, join, sort key, which rows count, the
# articles without a value), read through that table's index on the key (the outer loop) and the
# articles' index on the join (the inner one).
JOINED = {
    "zone": ("entities z", "a.zone_id = z.id", "z.name_key", "z.kind = 'zone'", "articles a where a.zone_id is null"),
    "issue": ("issues z", "a.issue_id = z.id", "z.title_key", "1", ""),
    "date": ("issues z", "a.issue_id = z.id", "z.date", "1", ""),
}


def joined_order_ids(db: sqlite_utils.Database, column: str, descending: bool, offset: int, limit: int) -> list[int]:
    """Article ids offset … offset+limit by a JOINED column, then id; articles with no value there last.

    No index on articles orders them by their zone's name or issue's title; looping over the zones (or
    issues) in key order and over each one's articles gives a page without sorting every article.
    """
    table, on, key, where, empty = JOINED[column]
    empty = empty or f"{table} cross join articles a on {on} where {key} is null"  # an issue without one
    d = "desc" if descending else "asc"
    n = (
        db.execute("select count(*) from articles").fetchone()[0]
        - db.execute(f"select count(*) from {empty}").fetchone()[0]
    )
    ids: list[int] = []
    if offset < n:
        sql = f"select a.id from {table} cross join articles a on {on} where {where} and {key} is not null"
        ids = [r[0] for r in db.execute(f"{sql} order by {key} {d}, a.id {d} limit ? offset ?", [limit, offset])]
    if len(ids) < limit:
        sql = f"select a.id from {empty} order by a.id {d} limit ? offset ?"
        ids += [r[0] for r in db.execute(sql, [limit - len(ids), max(0, offset - n)])]
    return ids
