"""The store's schema: open, create and check a baokan SQLite file (made and read with sqlite-utils)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from .failures import StoreError, failure, show, uri
from .saved import DDL as SAVED_DDL

SCHEMA_VERSION = 6
ENV_DB = "BAOKAN_DB"
PAGE_SIZE = 16384


def default_path() -> Path:
    """$BAOKAN_DB, else baokan.db in the per-user data folder (e.g. ~/.local/share/baokan)."""
    if env := os.environ.get(ENV_DB):
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("baokan", appauthor=False)) / "baokan.db"


SQLITE_HEADER = b"SQLite format 3\x00"


def check_writable_store(path: Path) -> None:
    """Raise StoreError unless path is missing, empty, an empty SQLite file, or a baokan store.

    Checked before anything is written (WAL mode included), so someone else's file is left as it was.
    """
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as e:
        raise StoreError(f"{show(path)}: cannot open ({e.strerror or e}): check its permissions") from e
    if not head:
        return
    if head != SQLITE_HEADER:
        raise StoreError(f"{show(path)}: not a SQLite file: refusing to write into it (choose another --db file)")
    conn = sqlite3.connect(f"{uri(path)}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("select name from sqlite_master")}
        app = conn.execute("select value from meta where key = 'app'").fetchone() if "meta" in names else None
    except sqlite3.DatabaseError as e:
        raise StoreError(failure(path, e)) from e
    finally:
        conn.close()
    if names and (app is None or app[0] != "baokan"):
        raise StoreError(
            f"{show(path)}: a SQLite file that is not a baokan store: refusing to write into it "
            "(choose another --db file)"
        )


def create(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a store for writing, in WAL mode so readers never wait.

    StoreError, in one line naming the file and what to do, for anything that is not ours or not writable.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        check_writable_store(path)
        db = sqlite_utils.Database(path)
        # Before the first table: an article (≈2.3 KB) fills half a 4 KB page and wasted the other half.
        db.execute(f"PRAGMA page_size={PAGE_SIZE}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        ensure_schema(db)
    except StoreError as e:
        raise StoreError(str(e) if str(e).startswith(show(path)) else f"{show(path)}: {e}") from e
    except (sqlite3.Error, OSError) as e:
        raise StoreError(failure(path, e)) from e
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables and indexes that are missing; refuse a store of another schema version."""
    if db["meta"].exists():
        check_version(db)
        ensure_saved_tables(db)  # stores built before saved views gain the tables here
        _add_source_columns(db)
        return
    with db.atomic():
        db.table("meta").create({"key": str, "value": str}, pk="key")
        db.table("meta").insert({"key": "schema_version", "value": str(SCHEMA_VERSION)})
        db.table("meta").insert({"key": "app", "value": "baokan"})
        db.table("issues").create(
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
                "title_key": str,  # collate.sort_key(title): sorting in pinyin order through an index
            },
            pk="id",
        )
        db.table("pages").create(
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
        db.table("articles").create(
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
                # Before the body: a filtered sort reads these from the row, never from its overflow pages.
                "title_key": str,  # collate.sort_key of title and byline: pinyin order in SQL, indexed
                "byline_key": str,
                "body": str,
            },
            pk="id",
            foreign_keys=[("issue_id", "issues", "id")],
        )
        db.table("fragments").create(
            {"id": int, "issue_id": int, "kind": str, "text": str},
            pk="id",
            foreign_keys=[("issue_id", "issues", "id")],
        )
        db.table("articles").create_index(["issue_id", "seq"])
        db.table("fragments").create_index(["issue_id"])
        db.table("issues").create_index(["date"])
        # Table views sort by these in SQL and read one page: an index gives the page without sorting the view.
        # Keys in pinyin order (NULL for an empty cell): ORDER BY key NULLS LAST walks the index either way.
        db.table("articles").create_index(["title_key"])
        db.table("articles").create_index(["byline_key"])
        db.table("articles").create_index(["zone_id"])  # articles by zone name: the zones' name index, then this
        db.table("issues").create_index(["title_key"])
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
        db.table("entities").create(
            {"id": int, "kind": str, "name": str, "key": str, "flags": str, "articles": int, "name_key": str},
            pk="id",
            defaults={"articles": 0},
        )
        db.table("entities").create_index(["kind", "key"], unique=True)
        # Facet panels list the most mentioned entities of a kind: kept as a column, read through this index.
        db.table("entities").create_index(["kind", "articles"])
        db.table("entities").create_index(["kind", "name_key"])
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
        db.table("article_entities").create_index(["entity_id"])
        db.table("amounts").create(
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
                # collate.sort_key of the printed figure, its qualifier and its sentence: pinyin order, indexed
                "text_key": str,
                "qualifier_key": str,
                "sentence_key": str,
            },
            pk="id",
            foreign_keys=[("article_id", "articles", "id"), ("zone_id", "entities", "id")],
        )
        db.table("amounts").create_index(["article_id"])
        # Covering: a zone's counted total (repeats left out) is read from the index alone, not from every row.
        db.table("amounts").create_index(["zone_id", "repeat_of", "value_yuan"])
        db.table("amounts").create_index(["value_yuan"])
        for key in ("text_key", "qualifier_key", "sentence_key"):
            db.table("amounts").create_index([key])
        db.table("roles").create(
            {"person_id": int, "role": str, "org_id": int, "article_id": int},
            foreign_keys=[
                ("person_id", "entities", "id"),
                ("org_id", "entities", "id"),
                ("article_id", "articles", "id"),
            ],
        )
        db.table("roles").create_index(["person_id"])
        db.table("roles").create_index(["article_id"])
        ensure_saved_tables(db)


def ensure_saved_tables(db: sqlite_utils.Database) -> None:
    """The tables users write from the app (saved views, recent searches), created if missing."""
    for sql in SAVED_DDL:
        db.execute(sql)


def _add_source_columns(db: sqlite_utils.Database) -> None:
    """Add the columns that say where a page came from to a store built before PDFs were read (same version:
    the columns are nullable and nothing needs them to be filled)."""
    for table, column in (("pages", "kind"), ("pages", "page_no"), ("articles", "page_no")):
        if column not in db[table].columns_dict:
            db.table(table).add_column(column, str if column == "kind" else int)


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
    """Open an existing store read-only, usable from worker threads; StoreError when it is not one.

    On read-only media (the folder cannot be written, so SQLite could not make the WAL index) the file is
    opened immutable: nothing else can be writing it there.
    """
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{show(path)}: no such store")
    if not path.is_file():
        raise StoreError(f"{show(path)}: not a file: choose a baokan store with --db")
    writable = os.access(path.parent if str(path.parent) else ".", os.W_OK)
    mode = "?mode=ro" if writable else "?mode=ro&immutable=1"
    try:
        with open(path, "rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise StoreError(f"{show(path)}: not a baokan store (not a SQLite file): choose another --db file")
        conn = sqlite3.connect(uri(path) + mode, uri=True, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        if not db["meta"].exists():
            conn.close()
            raise StoreError(f"{show(path)}: not a baokan store: choose another --db file")
        try:
            check_version(db)
        except StoreError as e:
            conn.close()
            raise StoreError(f"{show(path)}: {e}") from e
    except (sqlite3.Error, OSError) as e:
        raise StoreError(failure(path, e)) from e
    return db
