"""The time axis: articles and counted sums of money per month or year, date bounds, totals."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlite_utils

from .table_sql import filter_where

BY = ("month", "year")
_KEY_LEN = {"month": 7, "year": 4}  # issues.date is ISO (YYYY-MM-DD): a prefix is the period
_BOUND_RE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
UNDATED = "undated"


class BadDate(ValueError):
    """A date bound that is not YYYY, YYYY-MM or YYYY-MM-DD (or not a real day)."""


def date_bound(text: str, end: bool = False) -> str:
    """YYYY[-MM[-DD]] as the first (or, for `end`, the last) day it covers, as YYYY-MM-DD."""
    m = _BOUND_RE.fullmatch(text.strip())
    if m is None:
        raise BadDate(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day is not None:
            return dt.date(year, int(month), int(day)).isoformat()  # type: ignore[arg-type]
        if month is not None:
            first = dt.date(year, int(month), 1)
            if not end:
                return first.isoformat()
            following = dt.date(year + first.month // 12, first.month % 12 + 1, 1)
            return (following - dt.timedelta(days=1)).isoformat()
        return dt.date(year, 12, 31).isoformat() if end else dt.date(year, 1, 1).isoformat()
    except ValueError as e:
        raise BadDate(f"{text!r} is not a real date ({e})") from e


def date_range(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """Both bounds checked and widened to days; a range that ends before it starts is refused."""
    lo = date_bound(date_from) if date_from else None
    hi = date_bound(date_to, end=True) if date_to else None
    if lo and hi and lo > hi:
        raise BadDate(f"the range ends ({hi}) before it starts ({lo})")
    return lo, hi


@dataclass
class Period:
    """One month or year: how many articles, and the sum of the figures counted once (repeats left out)."""

    period: str
    articles: int
    counted_yuan: int
    figures: int  # the figures counted


def _where(
    db: sqlite_utils.Database,
    entity_ids: list[int],
    picked: set[int] | None,
    date_from: str | None,
    date_to: str | None,
    sums: bool = False,
) -> tuple[str, dict[str, object]]:
    """Conditions on `a` (articles) and `i` (issues) for the filter; with `sums`, on amounts `m` as the amounts table."""
    where, params = filter_where(db, entity_ids, date_from, date_to, picked, sums)
    return " and ".join(["1", *where]), params


def timeline(
    db: sqlite_utils.Database,
    entity_ids: list[int] | None = None,
    picked: set[int] | None = None,
    by: str = "month",
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[Period]:
    """Per period, oldest first (undated last): articles under the filter and their counted sums."""
    if by not in _KEY_LEN:
        raise ValueError(f"by must be one of {', '.join(BY)}")
    ids = entity_ids or []
    key = f"substr(i.date, 1, {_KEY_LEN[by]})"
    where, params = _where(db, ids, picked, date_from, date_to)
    arts = db.execute(
        f"""select {key} k, count(*) from articles a join issues i on i.id = a.issue_id where {where} group by k""",
        params,
    ).fetchall()
    where, params = _where(db, ids, picked, date_from, date_to, sums=True)
    sums = {
        k: (total, n)
        for k, total, n in db.execute(
            f"""select {key} k, sum(m.value_yuan), count(*) from amounts m join articles a on a.id = m.article_id
                join issues i on i.id = a.issue_id where {where} and m.repeat_of is null group by k""",
            params,
        )
    }
    periods = {k: Period(k or UNDATED, n, *sums.get(k, (0, 0))) for k, n in arts}
    for k, (total, n) in sums.items():  # a zone's sums may sit in articles the entity filter would not list
        periods.setdefault(k, Period(k or UNDATED, 0, total, n))
    return sorted(periods.values(), key=lambda p: (p.period == UNDATED, p.period))


@dataclass
class Total:
    """The counted sum of money under a filter: figures counted once, and how many figures there were."""

    yuan: int
    counted: int
    figures: int


def amount_total(
    db: sqlite_utils.Database,
    entity_ids: list[int] | None = None,
    picked: set[int] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Total:
    """The total of the amounts table's rows, each figure counted once (repeat_of is null)."""
    where, params = _where(db, entity_ids or [], picked, date_from, date_to, sums=True)
    sql = f"""select coalesce(sum(case when m.repeat_of is null then m.value_yuan end), 0),
              count(case when m.repeat_of is null then 1 end), count(*) from amounts m
              join articles a on a.id = m.article_id join issues i on i.id = a.issue_id
              where {where}"""
    return Total(*db.execute(sql, params).fetchone())


def zone_totals(db: sqlite_utils.Database) -> dict[int, int]:
    """zone id → the counted total of the sums tied to it."""
    sql = (
        "select zone_id, sum(value_yuan) from amounts where repeat_of is null and zone_id is not null group by zone_id"
    )
    return dict(db.execute(sql).fetchall())


def date_counts(
    db: sqlite_utils.Database, entity_ids: list[int] | None = None, year: str | None = None
) -> list[tuple[str, int]]:
    """The date facet: articles per year (newest first), or per month of one year."""
    where, params = _where(db, entity_ids or [], None, *(date_range(year, year) if year else (None, None)))
    key = "substr(i.date, 1, 7)" if year else "substr(i.date, 1, 4)"
    sql = f"""select {key} k, count(*) from articles a join issues i on i.id = a.issue_id
              where {where} and i.date is not null group by k order by k desc"""
    return [(k, n) for k, n in db.execute(sql, params)]


def dated_ids(db: sqlite_utils.Database, date_from: str | None, date_to: str | None) -> set[int]:
    """Ids of the articles of issues dated within the bounds (undated issues are outside any range)."""
    where, params = _where(db, [], None, date_from, date_to)
    sql = f"select a.id from articles a join issues i on i.id = a.issue_id where {where} and i.date is not null"
    return {r[0] for r in db.execute(sql, params)}
