"""Entities in the store: write a page's entities, clear them when the page is rebuilt."""
from __future__ import annotations

import sqlite_utils

from . import ingest
from .entities import PageEntities, extract_page
from .model import ParsedPage


def _extract(page: ParsedPage, words: list[list[str]]) -> dict[str, object]:
    return {"entities": extract_page(page, words)}


def entity_id(db: sqlite_utils.Database, kind: str, key: str, name: str, flags: set[str]) -> int:
    """The id of (kind, key), creating it; the canonical name becomes the fullest form seen."""
    row = db.execute("select id, name from entities where kind = ? and key = ?", [kind, key]).fetchone()
    if row is None:
        return db["entities"].insert({"kind": kind, "key": key, "name": name, "flags": ",".join(sorted(flags)) or None}).last_pk
    if len(name) > len(row[1]):
        db.execute("update entities set name = ? where id = ?", [name, row[0]])
    return row[0]


def write_entities(db: sqlite_utils.Database, issue_id: int, ids: list[int], an: ingest.Analysis) -> None:
    """Entities, aliases, article links, amounts and roles of one page (inside its transaction)."""
    pe: PageEntities = an.extras["entities"]  # type: ignore[assignment]
    eid = {
        k: entity_id(db, e.kind, e.key, e.name, e.flags) for k, e in pe.entities.items()
    }
    db["entity_aliases"].insert_all(
        ({"entity_id": eid[k], "alias": a} for k, e in pe.entities.items() for a in e.aliases), ignore=True
    )
    db["article_entities"].insert_all(
        ({"article_id": ids[n], "entity_id": eid[k], "mentions": c} for n, links in enumerate(pe.links)
         for k, c in links.items() if k in eid),
        ignore=True,
    )
    db["amounts"].insert_all(
        {"article_id": ids[a.article], "value_yuan": a.value_yuan, "text": a.text, "qualifier": a.qualifier,
         "zone_id": eid.get(("zone", a.zone_key)) if a.zone_key else None, "sentence": a.sentence}
        for a in pe.amounts
    )
    db["roles"].insert_all(
        {"person_id": eid[("person", person)], "role": role, "org_id": eid.get(org) if org else None,
         "article_id": ids[n]}
        for n, person, role, org in pe.roles if ("person", person) in eid
    )


def clear_entities(db: sqlite_utils.Database, article_ids: list[int]) -> None:
    """Forget the links of these articles, and entities nothing else mentions."""
    if not article_ids:
        return
    marks = ",".join("?" * len(article_ids))
    linked = [r[0] for r in db.execute(f"select distinct entity_id from article_entities where article_id in ({marks})", article_ids)]
    for table in ("article_entities", "amounts", "roles"):
        db.execute(f"delete from {table} where article_id in ({marks})", article_ids)
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
