"""Entities in the store: write a page's entities, clear them when the page is rebuilt."""
from __future__ import annotations

from collections import Counter

import sqlite_utils

from . import ingest
from .entities import PageEntities, extract_page
from .model import ParsedPage


def _extract(page: ParsedPage, words: list[list[str]]) -> dict[str, object]:
    return {"entities": extract_page(page, words)}


def entity_id(db: sqlite_utils.Database, kind: str, key: str, name: str, flags: set[str]) -> int:
    """The id of (kind, key), creating it; the canonical name becomes the fullest form seen.

    A build is the store's one writer, so ids it has seen are remembered: most entities of a page
    (its province, its city) were written by earlier pages.
    """
    cache = _cache(db)
    if (hit := cache.get((kind, key))) is not None and len(name) <= hit[1]:
        return hit[0]
    row = db.execute(
        """insert into entities (kind, key, name, flags) values (?, ?, ?, ?)
           on conflict (kind, key) do update set name = excluded.name where length(excluded.name) > length(name)
           returning id, length(name)""",
        [kind, key, name, ",".join(sorted(flags)) or None],
    ).fetchone()
    if row is None:  # the existing name was as full: nothing updated, nothing returned
        row = db.execute("select id, length(name) from entities where kind = ? and key = ?", [kind, key]).fetchone()
    cache[(kind, key)] = (row[0], row[1])
    return row[0]


def _cache(db: sqlite_utils.Database) -> dict[tuple[str, str], tuple[int, int]]:
    """(kind, key) → (id, length of the stored name), kept on this connection's Database object."""
    cache = getattr(db, "_baokan_entity_ids", None)
    if cache is None:
        cache = {}
        db._baokan_entity_ids = cache  # type: ignore[attr-defined]
    return cache


def write_entities(db: sqlite_utils.Database, issue_id: int, ids: list[int], an: ingest.Analysis) -> None:
    """Entities, aliases, article links, amounts and roles of one page (inside its transaction)."""
    pe: PageEntities = an.extras["entities"]  # type: ignore[assignment]
    eid = {k: entity_id(db, e.kind, e.key, e.name, e.flags) for k, e in pe.entities.items()}
    conn = db.conn
    conn.executemany(
        "insert or ignore into entity_aliases (entity_id, alias) values (?, ?)",
        [(eid[k], a) for k, e in pe.entities.items() for a in e.aliases],
    )
    conn.executemany(
        "insert or ignore into article_entities (article_id, entity_id, mentions) values (?, ?, ?)",
        [(ids[n], eid[k], c) for n, links in enumerate(pe.links) for k, c in links.items() if k in eid],
    )
    # One link is one article: counts grow by the links this page adds (a recount would be quadratic).
    added = Counter(eid[k] for links in pe.links for k in links if k in eid)
    conn.executemany("update entities set articles = articles + ? where id = ?", [(n, e) for e, n in added.items()])
    # Each article's main zone (most mentioned), kept on the article so lists need no subquery.
    conn.executemany(
        "update articles set zone_id = ? where id = ?",
        [(eid[max(zones, key=lambda k: (links[k], -eid[k]))], ids[n])
         for n, links in enumerate(pe.links) if (zones := [k for k in links if k[0] == "zone" and k in eid])],
    )
    conn.executemany(
        "insert into amounts (article_id, value_yuan, text, qualifier, zone_id, sentence) values (?, ?, ?, ?, ?, ?)",
        [(ids[a.article], a.value_yuan, a.text, a.qualifier,
          eid.get(("zone", a.zone_key)) if a.zone_key else None, a.sentence) for a in pe.amounts],
    )
    conn.executemany(
        "insert into roles (person_id, role, org_id, article_id) values (?, ?, ?, ?)",
        [(eid[("person", person)], role, eid.get(org) if org else None, ids[n])
         for n, person, role, org in pe.roles if ("person", person) in eid],
    )


def clear_entities(db: sqlite_utils.Database, article_ids: list[int]) -> None:
    """Forget the links of these articles, and entities nothing else mentions."""
    if not article_ids:
        return
    marks = ",".join("?" * len(article_ids))
    removed = db.execute(
        f"select entity_id, count(*) from article_entities where article_id in ({marks}) group by entity_id", article_ids
    ).fetchall()
    linked = [e for e, _ in removed]
    gone: set[int] = set()
    for table in ("article_entities", "amounts", "roles"):
        db.execute(f"delete from {table} where article_id in ({marks})", article_ids)
    db.conn.executemany("update entities set articles = articles - ? where id = ?", [(n, e) for e, n in removed])
    for e in linked:
        if not db.execute("select 1 from article_entities where entity_id = ? limit 1", [e]).fetchone():
            db.execute("delete from entity_aliases where entity_id = ?", [e])
            db.execute("update amounts set zone_id = null where zone_id = ?", [e])
            db.execute("delete from roles where org_id = ? or person_id = ?", [e, e])
            db.execute("delete from entities where id = ?", [e])
            gone.add(e)
    if gone:  # forget deleted ids so a later page creates the entity again
        cache = _cache(db)
        for k in [k for k, (i, _) in cache.items() if i in gone]:
            del cache[k]


def forget(db: sqlite_utils.Database) -> None:
    """Drop remembered ids: the transaction that wrote some of them was rolled back."""
    _cache(db).clear()


def register() -> None:
    """Hook entity extraction into every build (idempotent)."""
    if _extract not in ingest.EXTRACTORS:
        ingest.EXTRACTORS.append(_extract)
        ingest.WRITERS.append(write_entities)
        ingest.CLEARERS.append(clear_entities)
        ingest.ABORTERS.append(forget)


register()
