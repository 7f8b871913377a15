"""Entities in the store: write a page's entities, clear them when the page is rebuilt."""
from __future__ import annotations

import json

import sqlite_utils

from . import ingest
from .entities import PageEntities, extract_page
from .model import ParsedPage


def _extract(page: ParsedPage, words: list[list[str]]) -> dict[str, object]:
    return {"entities": extract_page(page, words)}


def entity_id(db: sqlite_utils.Database, kind: str, key: str, name: str, flags: set[str]) -> int:
    """The id of (kind, key), creating it; the canonical name becomes the fullest form seen."""
    row = db.execute(
        """insert into entities (kind, key, name, flags) values (?, ?, ?, ?)
           on conflict (kind, key) do update set name = excluded.name where length(excluded.name) > length(name)
           returning id""",
        [kind, key, name, ",".join(sorted(flags)) or None],
    ).fetchone()
    if row is None:  # the existing name was as full: nothing updated, nothing returned
        row = db.execute("select id from entities where kind = ? and key = ?", [kind, key]).fetchone()
    return row[0]


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
    recount(db, list(eid.values()))
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


def recount(db: sqlite_utils.Database, entity_ids: list[int]) -> None:
    """Refresh `entities.articles` (how many articles name each) for these entities."""
    db.execute(
        """update entities set articles = (select count(*) from article_entities where entity_id = entities.id)
           where id in (select value from json_each(?))""",
        [json.dumps(entity_ids)],
    )


def clear_entities(db: sqlite_utils.Database, article_ids: list[int]) -> None:
    """Forget the links of these articles, and entities nothing else mentions."""
    if not article_ids:
        return
    marks = ",".join("?" * len(article_ids))
    linked = [r[0] for r in db.execute(f"select distinct entity_id from article_entities where article_id in ({marks})", article_ids)]
    for table in ("article_entities", "amounts", "roles"):
        db.execute(f"delete from {table} where article_id in ({marks})", article_ids)
    recount(db, linked)
    for e in linked:
        if not db.execute("select 1 from article_entities where entity_id = ? limit 1", [e]).fetchone():
            db.execute("delete from entity_aliases where entity_id = ?", [e])
            db.execute("update amounts set zone_id = null where zone_id = ?", [e])
            db.execute("delete from roles where org_id = ? or person_id = ?", [e, e])
            db.execute("delete from entities where id = ?", [e])


def register() -> None:
    """Hook entity extraction into every build (idempotent)."""
    if _extract not in ingest.EXTRACTORS:
        ingest.EXTRACTORS.append(_extract)
        ingest.WRITERS.append(write_entities)
        ingest.CLEARERS.append(clear_entities)


register()
