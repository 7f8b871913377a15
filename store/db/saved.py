"""What users keep in the store besides pages: saved table views and recent searches (tables made when missing)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from ..kinds import TABLES

# Created if missing, so stores built before these tables existed gain them on the first save.
DDL = (
    """create table if not exists views (name text primary key, table_name text not null,
       entity_ids text not null default '[]', date_from text, date_to text, sort_column text,
       sort_desc integer not null default 0, saved_at text not null)""",
    "create table if not exists searches (query text primary key, searched_at text not null)",
)
RECENT = 20  # searches remembered


class CannotSave(Exception):
    """The store cannot be written (read-only file or folder, locked, damaged)."""


@dataclass(frozen=True)
class SavedView:
    """A named table view: which table, filtered by which entities and dates, sorted by which column."""

    name: str
    table: str
    entity_ids: tuple[int, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    sort_column: str | None = None
    sort_desc: bool = False


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def _write(path: Path, sql: str, params: list[object]) -> None:
    # A short-lived writing connection: the app reads through read-only ones.
    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            with conn:
                for ddl in DDL:
                    conn.execute(ddl)
                conn.execute(sql, params)
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise CannotSave(f"{path}: cannot save ({e})") from e


def save_view(path: Path, v: SavedView) -> None:
    """Save (or replace) a view by name."""
    _write(
        path,
        "insert or replace into views values (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            v.name,
            v.table,
            json.dumps(list(v.entity_ids)),
            v.date_from,
            v.date_to,
            v.sort_column,
            int(v.sort_desc),
            _now(),
        ],
    )


def saved_views(db: sqlite_utils.Database) -> list[SavedView]:
    """Every saved view, by name (none when the table does not exist yet)."""
    if not db["views"].exists():
        return []
    rows = db.execute(
        "select name, table_name, entity_ids, date_from, date_to, sort_column, sort_desc from views order by name"
    )
    return [v for v in map(_view, rows) if v is not None]


def _view(row: tuple[Any, ...]) -> SavedView | None:
    """A views row as a SavedView; None for a row no baokan wrote (an unknown table, entity ids not a list of
    numbers): a store edited by hand must not stop the app when its views are listed or opened."""
    name, table, ids, date_from, date_to, column, desc = row
    try:
        entity_ids = json.loads(ids)
    except (TypeError, ValueError):
        return None
    if table not in TABLES or not isinstance(entity_ids, list) or not all(type(i) is int for i in entity_ids):
        return None
    return SavedView(name, table, tuple(entity_ids), date_from, date_to, column, bool(desc))


def remember_search(path: Path, query: str) -> None:
    """Keep a search among the recent ones (the oldest beyond RECENT are forgotten)."""
    _write(path, "insert or replace into searches values (?, ?)", [query, _now()])
    _write(
        path,
        "delete from searches where query not in (select query from searches order by searched_at desc, rowid desc limit ?)",
        [RECENT],
    )


def recent_searches(db: sqlite_utils.Database) -> list[str]:
    """The recent searches, newest first."""
    if not db["searches"].exists():
        return []
    return [
        q for (q,) in db.execute("select query from searches order by searched_at desc, rowid desc limit ?", [RECENT])
    ]
