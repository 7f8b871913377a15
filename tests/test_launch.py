"""Opening the app: clear one-line messages for stores it cannot open, and a light start."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from baokan.tui.cli import cli
from click.testing import CliRunner


def launch(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), obj={})
    # Rich wraps messages at 80 columns, wherever a long temporary path happens to push the break.
    return result.exit_code, " ".join(result.output.split())


def test_missing_store(tmp_path: Path) -> None:
    code, out = launch("--db", str(tmp_path / "nope.db"))
    # The message is wrapped to the terminal's width, so a long temporary path may break it anywhere.
    assert code == 2 and "no such store" in " ".join(out.split()) and "Traceback" not in out


def test_file_that_is_not_a_store(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some text, not SQLite", encoding="utf-8")
    code, out = launch("--db", str(bogus))
    assert code == 2 and "not a baokan store" in out


def test_sqlite_file_of_another_app(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)").connection.commit()
    code, out = launch("--db", str(other))
    assert code == 2 and "not a baokan store" in out


def test_store_from_an_older_baokan(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    conn.execute("create table meta (key text primary key, value text)")
    conn.executemany("insert into meta values (?, ?)", [("app", "baokan"), ("schema_version", "1")])
    conn.commit()
    code, out = launch("--db", str(old))
    assert code == 2 and "schema version 1" in out and "rebuild" in out


STARTUP = """
import asyncio, sys
from pathlib import Path
from baokan.tui.app import BaokanApp

def issue_rows(app):
    # Under load the first screen may not be mounted yet: no table is zero rows, not an error.
    found = app.screen.query("#issues")
    return found.first().row_count if found else 0

async def main():
    app = BaokanApp(Path(sys.argv[1]))
    async with app.run_test() as pilot:
        while issue_rows(app) == 0:
            await pilot.pause(0.05)
        print("jieba" in sys.modules, issue_rows(app))

asyncio.run(main())
"""


def test_first_screen_does_not_load_jieba(seed_db_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", STARTUP, str(seed_db_path)], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split()
    assert out == ["False", "5"]
