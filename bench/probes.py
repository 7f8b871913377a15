"""Timed probes of a built store: queries in this process, the app in a headless child process."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from baokan.store import db as store_db
from baokan.store.db import export, facets, queries, views
from baokan.store.db.search import search


def timed(fn, *args) -> float:  # noqa: ANN001
    t = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t) * 1000


def pcts(xs: list[float]) -> tuple[float, float]:
    """p50 and p95 of milliseconds."""
    s = sorted(xs)
    return statistics.median(s), s[max(0, round(0.95 * len(s)) - 1)]


def query_probe(path: Path) -> dict[str, tuple[float, float]]:
    """p50/p95 in ms for searches of 1, 2 and 4 characters, entity filters, facets, amounts, export."""
    db = store_db.open_readonly(path)
    titles = [t for (t,) in db.execute("select title from articles where length(title) >= 6 order by id limit 400")]
    words = {
        1: sorted({t[2] for t in titles})[:40],
        2: sorted({t[1:3] for t in titles})[:40],
        4: sorted({t[:4] for t in titles})[:40],
    }
    out: dict[str, tuple[float, float]] = {}
    for n, qs in words.items():
        search(db, qs[0])  # warm the page cache once
        out[f"search {n}-char (first 20)"] = pcts([timed(search, db, q) for q in qs])
    zones = [e.id for e in queries.entities(db, "zone")[:30]]
    out["entity filter (articles of a zone)"] = pcts([timed(queries.articles_with, db, [z]) for z in zones])
    out["facet counts (all kinds, no filter)"] = pcts([timed(facets.all_counts, db, None) for _ in range(5)])
    out["facet counts (under a zone filter)"] = pcts([timed(facets.all_counts, db, [z]) for z in zones[:10]])
    out["amounts sorted by value (all)"] = pcts([timed(queries.amounts, db) for _ in range(5)])
    data = views.table_data(db, "amounts")
    rows = data.rows[:1000]
    out["Markdown export, 1k rows"] = pcts([timed(export.markdown_table, data.headers, rows) for _ in range(5)])
    out["articles table data (all rows)"] = pcts([timed(views.table_data, db, "articles") for _ in range(3)])
    return out


APP = """
import asyncio, json, sys, time
from pathlib import Path
from baokan.tui.app import BaokanApp
from baokan.tui.widgets.paged_table import PagedTable

async def main():
    out = {}
    app = BaokanApp(Path(sys.argv[1]))
    async with app.run_test(size=(120, 40)) as pilot:
        while app.screen.query_one("#articles").row_count == 0:
            await pilot.pause(0.005)
        out["first_screen_at"] = time.time()
        t = time.perf_counter()
        await pilot.press("t")
        while not app.screen.query(PagedTable) or app.screen.query_one(PagedTable).row_count == 0:
            await pilot.pause(0.005)
        out["open_table_s"] = time.perf_counter() - t
        out["table_rows"] = app.screen.query_one(PagedTable).row_count
        await pilot.pause(0.2)
        keys, idle = [], []
        for _ in range(60):
            for key, into in (("j", keys), ("z", idle)):  # z is bound to nothing: Pilot's own cost
                t = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                into.append(time.perf_counter() - t)
        out["keys_s"], out["idle_s"] = keys, idle
    print(json.dumps(out))

asyncio.run(main())
"""


def app_probe(path: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """First screen with content (from process start), a full articles table opening, keypress → repaint."""
    firsts, opens, keys, idle = [], [], [], []
    rows = 0
    for _ in range(repeat):
        start = time.time()
        res = subprocess.run([sys.executable, "-c", APP, str(path)], capture_output=True, text=True, check=True)
        got = json.loads(res.stdout.strip().splitlines()[-1])
        firsts.append((got["first_screen_at"] - start) * 1000)
        opens.append(got["open_table_s"] * 1000)
        keys += [k * 1000 for k in got["keys_s"]]
        idle += [k * 1000 for k in got["idle_s"]]
        rows = got["table_rows"]
    return {
        "first screen with content (headless)": pcts(firsts),
        f"open the articles table (first {rows} rows shown; more fetched as the cursor goes)": pcts(opens),
        "keypress to repaint (j in a long table), as Pilot measures it": pcts(keys),
        "an unbound key, as Pilot measures it (Pilot's own cost)": pcts(idle),
        "keypress to repaint, net of Pilot's cost": tuple(a - b for a, b in zip(pcts(keys), pcts(idle))),
    }
