"""The read side over a store built from the seeds: entities, filters, co-occurrence, amounts."""

from __future__ import annotations

from baokan.store.db import queries


def test_building_fills_entity_tables(seed_db) -> None:  # noqa: ANN001
    for table in ("entities", "entity_aliases", "article_entities", "amounts", "roles"):
        assert seed_db[table].count > 0, table


def test_aliases_lead_to_one_zone(seed_db) -> None:  # noqa: ANN001
    ids = {queries.find_entity(seed_db, "zone", n) for n in ("临汾经开区", "临汾经济开发区")}
    assert len(ids) == 1 and None not in ids
    (row,) = [e for e in queries.entities(seed_db, "zone") if e.id in ids]
    assert row.name == "临汾经济开发区"


def test_ocr_misread_zone_is_named_correctly(seed_db) -> None:  # noqa: ANN001
    eid = queries.find_entity(seed_db, "zone", "电留经济技术开发区")
    assert eid == queries.find_entity(seed_db, "zone", "屯留经济技术开发区")
    assert seed_db.execute("select name, flags from entities where id = ?", [eid]).fetchone() == (
        "屯留经济技术开发区",
        "ocr:电留→屯留",
    )


def test_articles_with_all_entities(seed_db) -> None:  # noqa: ANN001
    zone = queries.find_entity(seed_db, "zone", "临汾经济开发区")
    person = queries.find_entity(seed_db, "person", "白建成")
    both = queries.articles_with(seed_db, [zone, person])
    only_zone = queries.articles_with(seed_db, [zone])
    assert 0 < len(both) <= len(only_zone) < seed_db["articles"].count
    assert {a.id for a in both} <= {a.id for a in only_zone}


def test_cooccurring_companies(seed_db) -> None:  # noqa: ANN001
    zone = queries.find_entity(seed_db, "zone", "临汾经济开发区")
    names = {e.name for e in queries.cooccurring(seed_db, zone, "company")}
    assert "360集团" in names


def test_amounts_for_a_zone_sorted_by_value(seed_db) -> None:  # noqa: ANN001
    zone = queries.find_entity(seed_db, "zone", "屯留经开区") or queries.find_entity(
        seed_db, "zone", "屯留经济技术开发区"
    )
    rows = queries.amounts(seed_db, entity_ids=[zone])
    assert [r.value_yuan for r in rows] == [5_400_000_000, 2_600_000_000, 2_400_000_000, 300_000_000, 100_000_000]
    asc = queries.amounts(seed_db, entity_ids=[zone], descending=False)
    assert [r.value_yuan for r in asc] == sorted(r.value_yuan for r in rows)
