"""The store's schema: open, create and check a baokan SQLite file (made and read with sqlite-utils)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

SCHEMA_VERSION = 4
ENV_DB = "BAOKAN_DB"
PAGE_SIZE = 16384


class StoreError(Exception):
    """The file is missing, is not a baokan store, or was made by another version of baokan."""


def default_path() -> Path:
    """$BAOKAN_DB, else baokan.db in the per-user data folder (e.g. ~/.local/share/baokan)."""
    if env := os.environ.get(ENV_DB):
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("baokan", appauthor=False)) / "baokan.db"


def create(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a store for writing, in WAL mode so readers never wait."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    # Before the first table: an article (≈2.3 KB) fills half a 4 KB page and wasted the other half.
    db.execute(f"PRAGMA page_size={PAGE_SIZE}")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables and indexes that are missing; refuse a store of another schema version."""
    if db["meta"].exists():
        check_version(db)
        return
    with db.atomic():
        db["meta"].create({"key": str, "value": str}, pk="key")
        db["meta"].insert({"key": "schema_version", "value": str(SCHEMA_VERSION)})
        db["meta"].insert({"key": "app", "value": "baokan"})
        db["issues"].create(
            {
                "id": int,
                "source": str,
                "paper": str,
                "supplement": str,
                "issue_number": int,
                "total_number": int,
                "date": str,
                "title": str,
                "layout": str,
            },
            pk="id",
        )
        db["pages"].create(
            {
                "path": str,
                "issue_id": int,
                "sha256": str,
                "encoding": str,
                "bytes": int,
                "mtime_ns": int,
                "built_at": str,
                "warnings": str,
            },
            pk="path",
            foreign_keys=[("issue_id", "issues", "id")],
        )
        db["articles"].create(
            # Small columns first: SQLite reads a row up to the last column asked for, and the long texts
            # spill onto overflow pages (zone_id after body made listing 28k articles take 5 s).
            {
                "id": int,
                "issue_id": int,
                "seq": int,
                "zone_id": int,
                "title": str,
                "kicker": str,
                "subtitle": str,
                "byline": str,
                "byline_text": str,
                "dateline": str,
                "chars": int,
                "continued_to": str,
                "continued_from": str,
                "body": str,
            },
            pk="id",
            foreign_keys=[("issue_id", "issues", "id")],
        )
        db["fragments"].create(
            {"id": int, "issue_id": int, "kind": str, "text": str},
            pk="id",
            foreign_keys=[("issue_id", "issues", "id")],
        )
        db["articles"].create_index(["issue_id", "seq"])
        db["fragments"].create_index(["issue_id"])
        db["issues"].create_index(["date"])
        # Table views sort by these in SQL and read one page: an index gives the page without sorting the view.
        db["articles"].create_index(["title"])
        db["articles"].create_index(["byline"])
        db["issues"].create_index(["title"])
        # Word search for other clients (`sqlite-utils search STORE articles 招商引资`, Datasette) over jieba
        # cut_for_search tokens of the headline and body. Index only: it names `articles` as its content so
        # sqlite-utils finds it, but the writer fills it with tokens it never stores (a stored copy cost 1.3× the
        # text); detail=none since our own search ranks, and `rebuild` would index untokenised text.
        db.execute(
            'CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content="articles", content_rowid="id", '
            "detail=none)"
        )
        # Exact substring search that ranks: each character a token, with positions (and so frequencies).
        db.execute("CREATE VIRTUAL TABLE article_grams USING fts5(grams, content='', detail=full)")
        db["entities"].create(
            {"id": int, "kind": str, "name": str, "key": str, "flags": str, "articles": int},
            pk="id",
            defaults={"articles": 0},
        )
        db["entities"].create_index(["kind", "key"], unique=True)
        # Facet panels list the most mentioned entities of a kind: kept as a column, read through this index.
        db["entities"].create_index(["kind", "articles"])
        # Link tables are their own primary key (WITHOUT ROWID): no second copy of every pair in an autoindex.
        db.execute(
            """create table entity_aliases (
                 entity_id integer references entities(id), alias text, primary key (entity_id, alias)
               ) without rowid"""
        )
        db.execute(
            """create table article_entities (
                 article_id integer references articles(id), entity_id integer references entities(id),
                 mentions integer, primary key (article_id, entity_id)
               ) without rowid"""
        )
        db["article_entities"].create_index(["entity_id"])
        db["amounts"].create(
            {
                "id": int,
                "article_id": int,
                "value_yuan": int,
                "text": str,
                "qualifier": str,
                "zone_id": int,
                "sentence": str,
                # The id of the amount this one repeats (a headline figure printed again in the body), else
                # null: totals count only rows where it is null.
                "repeat_of": int,
            },
            pk="id",
            foreign_keys=[("article_id", "articles", "id"), ("zone_id", "entities", "id")],
        )
        db["amounts"].create_index(["article_id"])
        # Covering: a zone's counted total (repeats left out) is read from the index alone, not from every row.
        db["amounts"].create_index(["zone_id", "repeat_of", "value_yuan"])
        db["amounts"].create_index(["value_yuan"])
        db["roles"].create(
            {"person_id": int, "role": str, "org_id": int, "article_id": int},
            foreign_keys=[
                ("person_id", "entities", "id"),
                ("org_id", "entities", "id"),
                ("article_id", "articles", "id"),
            ],
        )
        db["roles"].create_index(["person_id"])
        db["roles"].create_index(["article_id"])


def check_version(db: sqlite_utils.Database) -> None:
    """Raise StoreError unless this is a baokan store of the schema this code reads."""
    try:
        rows = dict(db.execute("select key, value from meta").fetchall())
    except sqlite3.DatabaseError as e:
        raise StoreError(f"not a baokan store ({e})") from e
    if rows.get("app") != "baokan":
        raise StoreError("not a baokan store (no baokan meta table)")
    if rows.get("schema_version") != str(SCHEMA_VERSION):
        raise StoreError(
            f"store schema version {rows.get('schema_version')} but this baokan reads version {SCHEMA_VERSION}: "
            "rebuild it with `baokan build --db FILE`"
        )


def open_readonly(path: str | Path) -> sqlite_utils.Database:
    """Open an existing store read-only, usable from worker threads; StoreError when it is not one."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such store")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        if not db["meta"].exists():
            raise StoreError(f"{path}: not a baokan store")
        check_version(db)
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: not a baokan store ({e})") from e
    return db
