"""Two builds of the same pages store the same entities, whatever order Python's hash gives to sets."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from baokan.store.extract.page import _short_forms

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TABLES = ("entities", "entity_aliases", "article_entities", "roles", "amounts")


def build_dump(tmp: Path, seed: str) -> dict[str, list[tuple]]:
    """Build the seeds in a subprocess under PYTHONHASHSEED=seed; every row of the entity tables."""
    db = tmp / f"hash{seed}.db"
    env = dict(os.environ, PYTHONHASHSEED=seed)
    code = "from baokan.tui.cli import main; main()"
    subprocess.run(
        [sys.executable, "-c", code, "build", str(SEEDS), "--db", str(db), "--workers", "1"],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    con = sqlite3.connect(db)
    names = {r[0] for r in con.execute("select name from sqlite_master where type = 'table'")}
    out = {t: sorted(con.execute(f"select * from {t}"), key=repr) for t in TABLES if t in names}  # noqa: S608
    con.close()
    return out


def test_builds_under_different_hash_seeds_agree(tmp_path: Path) -> None:
    first, second = build_dump(tmp_path, "1"), build_dump(tmp_path, "2")
    assert first.keys() >= {"entities", "entity_aliases", "article_entities"}
    assert all(first[t] for t in ("entities", "entity_aliases", "article_entities"))
    assert first == second


def test_a_short_form_joins_the_earliest_of_equally_long_names() -> None:
    # Two invented firms whose keys are equally long both contain the short form 远帆.
    first_seen = {"北远帆": 0, "南远帆": 5, "远帆": 9}
    printed = {"北远帆": {"北远帆公司"}, "南远帆": {"南远帆公司"}, "远帆": {"远帆公司"}}
    assert _short_forms(first_seen, printed) == {"远帆": "北远帆"}
