"""The store's schema: open, create and check a baokan SQLite file (made and read with sqlite-utils)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

SCHEMA_VERSION = 4
ENV_DB = "BAOKAN_DB"


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
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables and indexes that are missing; refuse a store of another schema version."""
    if db["meta"].exists():
        check_version(db)
        _add_source_columns(db)
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
                "kind": str,  # txt, pdf or image
                "page_no": int,  # the page of a PDF (from 1), else null; path is then FILE#page=N
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
                "page_no": int,  # the PDF page the article was printed on, else null
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
                "title_seg": str,
                "body_seg": str,
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
        # Word search, sqlite-utils' conventions: `sqlite-utils search STORE articles 招商引资` and Datasette use it.
        db["articles"].enable_fts(["title_seg", "body_seg"], create_triggers=True)
        # sqlite-utils' update trigger re-indexes an article on any update; only the indexed columns need it
        # (setting articles.zone_id after the entities are written re-tokenised every article).
        db.execute("drop trigger articles_au")
        db.execute(
            """create trigger articles_au after update of title_seg, body_seg on articles begin
                 insert into articles_fts (articles_fts, rowid, title_seg, body_seg)
                   values ('delete', old.rowid, old.title_seg, old.body_seg);
                 insert into articles_fts (rowid, title_seg, body_seg) values (new.rowid, new.title_seg, new.body_seg);
               end"""
        )
        # Exact substring search for any query length: a contentless index of character uni- and bigrams.
        db.execute("CREATE VIRTUAL TABLE article_grams USING fts5(grams, content='', detail=none)")
        db["entities"].create(
            {"id": int, "kind": str, "name": str, "key": str, "flags": str, "articles": int},
            pk="id",
            defaults={"articles": 0},
        )
        db["entities"].create_index(["kind", "key"], unique=True)
        # Facet panels list the most mentioned entities of a kind: kept as a column, read through this index.
        db["entities"].create_index(["kind", "articles"])
        db["entity_aliases"].create(
            {"entity_id": int, "alias": str}, pk=("entity_id", "alias"), foreign_keys=[("entity_id", "entities", "id")]
        )
        db["article_entities"].create(
            {"article_id": int, "entity_id": int, "mentions": int},
            pk=("article_id", "entity_id"),
            foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
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
        db["amounts"].create_index(["zone_id"])
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


def _add_source_columns(db: sqlite_utils.Database) -> None:
    """Add the columns that say where a page came from to a store built before PDFs were read (same version:
    the columns are nullable and nothing needs them to be filled)."""
    for table, column in (("pages", "kind"), ("pages", "page_no"), ("articles", "page_no")):
        if column not in db[table].columns_dict:
            db[table].add_column(column, str if column == "kind" else int)


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
