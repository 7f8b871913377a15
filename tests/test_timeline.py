"""The time axis: periods, counted totals (each figure once), date bounds, and the CLI over them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import queries, timeline
from baokan.tui.bars import bar
from rich.cells import cell_len

from .test_cli import run


def test_date_bounds_widen_to_days() -> None:
    assert timeline.date_range("2024", "2024") == ("2024-01-01", "2024-12-31")
    assert timeline.date_range("2024-02", "2024-2") == ("2024-02-01", "2024-02-29")
    assert timeline.date_range("2023-12-31", None) == ("2023-12-31", None)


@pytest.mark.parametrize("bad", ["2025-13", "2025-02-30", "yesterday", "25-01-01", "2025/01/01"])
def test_bad_dates_are_refused(bad: str) -> None:
    with pytest.raises(timeline.BadDate):
        timeline.date_bound(bad)


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(timeline.BadDate, match="before it starts"):
        timeline.date_range("2025-06", "2025-05")


def test_periods_add_up_to_the_tables(seed_db) -> None:  # noqa: ANN001
    periods = timeline.timeline(seed_db)
    assert sum(p.articles for p in periods) == len(queries.articles_with(seed_db, []))
    every = queries.amounts(seed_db)
    assert sum(p.counted_yuan for p in periods) == sum(r.value_yuan for r in every)
    assert [p.period for p in periods] == sorted(p.period for p in periods if p.period != "undated") + ["undated"]
    years = timeline.timeline(seed_db, by="year")
    assert sum(p.articles for p in years) == sum(p.articles for p in periods)


def test_repeats_are_not_counted(seed_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(seed_db_path, path)
    conn = sqlite3.connect(path)
    (first, value), (second, _) = conn.execute("select id, value_yuan from amounts order by id limit 2").fetchall()
    db = store_db.open_readonly(path)
    before = timeline.amount_total(db)
    db.conn.close()
    conn.execute("update amounts set repeat_of = ? where id = ?", [second, first])
    conn.commit()
    conn.close()
    db = store_db.open_readonly(path)
    after = timeline.amount_total(db)
    assert after.yuan == before.yuan - value and after.counted == before.counted - 1 and after.figures == before.figures
    assert sum(p.counted_yuan for p in timeline.timeline(db)) == after.yuan


def test_zone_filter_and_dates(seed_db) -> None:  # noqa: ANN001
    (zone,) = [e for e in queries.entities(seed_db, "zone") if e.name == "临汾经济开发区"]
    periods = timeline.timeline(seed_db, [zone.id])
    assert sum(p.articles for p in periods) == zone.articles
    dated = [p for p in timeline.timeline(seed_db) if p.period != "undated"]
    lo, hi = timeline.date_range(dated[0].period, dated[0].period)
    assert [p.period for p in timeline.timeline(seed_db, date_from=lo, date_to=hi)] == [dated[0].period]
    assert timeline.date_counts(seed_db)[0][1] == sum(
        p.articles for p in dated if p.period.startswith(dated[0].period[:4])
    )


def test_bars() -> None:
    assert bar(0, 10, 8) == "" and bar(10, 10, 8) == "█" * 8 and bar(1, 1000, 8) == "▏"
    assert len(bar(5, 10, 8)) == 4


def test_cli_timeline_json_matches_the_store(seed_db_path: Path, seed_db) -> None:  # noqa: ANN001
    code, out = run("timeline", "--by", "year", "--format", "json", "--db", str(seed_db_path))
    rows = json.loads(out)
    assert code == 0 and [r["year"] for r in rows] == [p.period for p in timeline.timeline(seed_db, by="year")]
    assert sum(int(r["articles"]) for r in rows) == 31


def test_cli_amounts_total_and_bad_dates(seed_db_path: Path, seed_db) -> None:  # noqa: ANN001
    code, out = run("amounts", "--total", "--format", "tsv", "--db", str(seed_db_path))
    header, row = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and int(row[1]) == timeline.amount_total(seed_db).yuan
    code, out = run("amounts", "--from", "2025-02-30", "--db", str(seed_db_path))
    assert code == 2 and "not a real date" in out and "Traceback" not in out
    code, out = run("timeline", "--from", "2025-06", "--to", "2025-05", "--db", str(seed_db_path))
    assert code == 2 and "before it starts" in out


def test_piped_tables_keep_whole_values(seed_db_path: Path) -> None:
    code, out = run("amounts", "--db", str(seed_db_path))
    assert code == 0 and "…" not in out and max(len(line) for line in out.splitlines()) > 80


def test_tables_fit_a_terminal(seed_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from baokan.tui import cli_common

    # On a terminal (80 columns here) the same table is cut to fit, with an ellipsis where a value is cut.
    monkeypatch.setattr(cli_common, "stdout_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "80")
    code, out = run("amounts", "--db", str(seed_db_path))
    assert code == 0 and "…" in out and max(cell_len(line) for line in out.splitlines()) <= 80


def test_zones_table_shows_counted_totals(seed_db) -> None:  # noqa: ANN001
    from baokan.store.db import views

    data = views.table_data(seed_db, "zones")
    assert data.headers[-1] == "counted total"
    totals = timeline.zone_totals(seed_db)
    assert sum(v for v in totals.values()) == sum(r.value_yuan for r in queries.amounts(seed_db) if r.zone)


def test_cli_timeline_of_a_search_counts_the_articles_found(seed_db_path: Path) -> None:
    db = ("--db", str(seed_db_path))
    code, out = run("search", "招商", "--limit", "100", "--format", "json", *db)
    found = len(json.loads(out))
    code2, out = run("timeline", "--query", "招商", "--by", "month", "--format", "json", *db)
    rows = json.loads(out)
    assert code == code2 == 0 and 0 < found < 31
    assert sum(int(r["articles"]) for r in rows) == found  # every article found, in one period each
