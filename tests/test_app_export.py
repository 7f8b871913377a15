"""The app's export dialog: the format chosen decides the file and its extension; text rides along when asked."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from baokan.tui.screens.export import ExportScreen, with_extension
from textual.widgets import Input

from .helpers import go, running, tap


def test_extension_follows_the_format() -> None:
    formats = ("md", "csv", "json")
    assert with_extension("baokan-zones", "csv", formats) == "baokan-zones.csv"
    assert with_extension("out.md", "json", formats) == "out.json"
    assert with_extension("v1.2", "csv", formats) == "v1.2.csv"  # .2 is not a format: kept


async def test_export_csv_from_the_keyboard(seed_db_path: Path, tmp_path: Path) -> None:
    async with running(seed_db_path, "t", "2") as (app, pilot):
        await tap(pilot, "e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("tab", "right", "enter")  # the format list: md → csv
        box = app.screen.query_one(Input)
        assert box.value == "baokan-zones.csv"
        box.value = str(tmp_path / "zones.csv")
        box.focus()
        await tap(pilot, "enter")
    rows = list(csv.reader((tmp_path / "zones.csv").open(encoding="utf-8", newline="")))
    assert rows[0][0] == "name" and len(rows) > 5
    assert "临汾经济开发区" in [r[0] for r in rows]


async def test_export_jsonl_with_text(seed_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "articles.jsonl"
    async with running(seed_db_path, "t") as (app, pilot):
        await tap(pilot, "e")
        await pilot.press("tab", *["right"] * 4, "enter", "tab", "space")  # jsonl, then the text box
        app.screen.query_one(Input).value = str(target)
        app.screen.query_one(Input).focus()
        await go(pilot, "enter")
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 31 and all(r["title"] in r["text"] for r in rows if r["title"])
