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
from baokan.tui.widgets.paged_table import PAGE


def timed(fn, *args) -> float:  # noqa: ANN001
    t = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t) * 1000


def pcts(xs: list[float]) -> tuple[float, float]:
    """p50 and p95 of milliseconds."""
    s = sorted(xs)
    return statistics.median(s), s[max(0, round(0.95 * len(s)) - 1)]


def query_probe(path: Path) -> dict[str, tuple[float, float]]:
    """p50/p95 in ms: searches in both orders beside sqlite-utils and LIKE, table pages, facets, export."""
    db = store_db.open_readonly(path)
    titles = [t for (t,) in db.execute("select title from articles where length(title) >= 6 order by id limit 400")]
    words = {
        "1-char": sorted({t[2] for t in titles})[:40],
        "2-char": sorted({t[1:3] for t in titles})[:40],
        "4-char": sorted({t[:4] for t in titles})[:40],
        "two-word": sorted({f"{t[:2]} {t[2:4]}" for t in titles})[:40],
    }
    out: dict[str, tuple[float, float]] = {}
    for n, qs in words.items():
        search(db, qs[0])  # warm the page cache once
        for order in ("rank", "newest"):
            out[f"search {n}, {order} (first 20)"] = pcts([timed(search, db, q, 20, 0, order) for q in qs])
        out[f"search {n}, next page (offset 20, rank)"] = pcts([timed(search, db, q, 20, 20, "rank") for q in qs])
    two = words["2-char"]
    # What a user would pick instead: sqlite-utils' own search on the word index, and a plain LIKE scan.
    out["sqlite-utils search, 2-char word (first 20)"] = pcts(
        [timed(lambda q: list(db["articles"].search(q, columns=["id"], limit=20)), q) for q in two]
    )
    like = "select id from articles where title like ? or body like ?"
    out["LIKE '%q%' scan, 2-char (first 20)"] = pcts(
        [timed(lambda q: db.execute(like + " limit 20", [f"%{q}%"] * 2).fetchall(), q) for q in two[:10]]
    )
    out["LIKE '%q%' scan, 2-char (count all)"] = pcts(
        [timed(lambda q: db.execute(f"select count(*) from ({like})", [f"%{q}%"] * 2).fetchall(), q) for q in two[:5]]
    )
    zones = [e.id for e in queries.entities(db, "zone")[:30]]
    total = views.table_page(db, "articles", limit=1).total
    page = views.table_page
    n = PAGE  # the app's page
    out[f"table page: open articles (first {n}, count)"] = pcts(
        [timed(page, db, "articles", None, None, None, False, n) for _ in range(10)]
    )
    for col in ("date", "title", "zone", "byline", "issue"):
        out[f"table page: articles sorted by {col} (both ways)"] = pcts(
            [timed(page, db, "articles", None, None, col, d, n) for d in (False, True) for _ in range(3)]
        )
    out["table page: G (last page of articles, title order)"] = pcts(
        [timed(page, db, "articles", None, None, "title", d, n, total - 1) for d in (False, True) for _ in range(5)]
    )
    out["table page: zone filter apply (articles)"] = pcts(
        [timed(page, db, "articles", [z], None, None, False, n) for z in zones]
    )
    out["table page: zone filter, sorted by title (articles)"] = pcts(
        [timed(page, db, "articles", [z], None, "title", False, n) for z in zones[:10]]
    )
    out["table page: search filter (articles, 2-char)"] = pcts(
        [timed(page, db, "articles", None, q, None, False, n) for q in two[:10]]
    )
    out["table page: amounts sorted by value"] = pcts(
        [timed(page, db, "amounts", None, None, "amount", d, n) for d in (False, True) for _ in range(5)]
    )
    out["table page: amounts sorted by sentence (pinyin key)"] = pcts(
        [timed(page, db, "amounts", None, None, "sentence", False, n) for _ in range(2)]
    )
    out["table page: amounts under a zone filter"] = pcts(
        [timed(page, db, "amounts", [z], None, None, False, n) for z in zones]
    )
    out["table page: switch to zones (first page, count)"] = pcts(
        [timed(page, db, "zones", None, None, None, False, n) for _ in range(10)]
    )
    out["table page: zones sorted by name (pinyin)"] = pcts(
        [timed(page, db, "zones", None, None, "name", d, n) for d in (False, True) for _ in range(3)]
    )
    out["table page: zones under a zone filter"] = pcts(
        [timed(page, db, "zones", [z], None, None, False, n) for z in zones[:10]]
    )
    out["entity filter (articles of a zone, all rows)"] = pcts([timed(queries.articles_with, db, [z]) for z in zones])
    out["facet counts (all kinds, no filter)"] = pcts([timed(facets.all_counts, db, None) for _ in range(5)])
    out["facet counts (under a zone filter)"] = pcts([timed(facets.all_counts, db, [z]) for z in zones[:10]])
    out["amounts sorted by value (all rows, Python side)"] = pcts([timed(queries.amounts, db) for _ in range(3)])
    data = views.table_data(db, "amounts")
    rows = data.rows[:1000]
    out["Markdown export, 1k rows"] = pcts([timed(export.markdown_table, data.headers, rows) for _ in range(5)])
    out["articles table data (all rows, Python side)"] = pcts(
        [timed(views.table_data, db, "articles") for _ in range(3)]
    )
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
        table = app.screen.query_one(PagedTable)
        jumps = []
        for key, done in (("G", lambda: table.view_row == table.total - 1), ("g", lambda: table.view_row == 0)) * 5:
            t = time.perf_counter()
            await pilot.press(key)
            while not done():
                await pilot.pause(0.002)
            jumps.append(time.perf_counter() - t)
        sorts = []
        for _ in range(4):  # s: the next column, read again from the store, first page shown
            before = table.data
            t = time.perf_counter()
            await pilot.press("s")
            while table.data is before:
                await pilot.pause(0.002)
            sorts.append(time.perf_counter() - t)
        out["jumps_s"], out["sorts_s"] = jumps, sorts
    print(json.dumps(out))

asyncio.run(main())
"""


def app_probe(path: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """First screen with content (from process start), a full articles table opening, keypress → repaint."""
    firsts, opens, keys, idle, jumps, sorts = [], [], [], [], [], []
    rows = 0
    for _ in range(repeat):
        start = time.time()
        res = subprocess.run(
            [sys.executable, "-c", APP, str(path)], capture_output=True, text=True, check=True, timeout=600
        )
        got = json.loads(res.stdout.strip().splitlines()[-1])
        firsts.append((got["first_screen_at"] - start) * 1000)
        opens.append(got["open_table_s"] * 1000)
        keys += [k * 1000 for k in got["keys_s"]]
        idle += [k * 1000 for k in got["idle_s"]]
        jumps += [k * 1000 for k in got["jumps_s"]]
        sorts += [k * 1000 for k in got["sorts_s"]]
        rows = got["table_rows"]
    return {
        "first screen with content (headless)": pcts(firsts),
        f"open the articles table (first {rows} rows shown; more fetched as the cursor goes)": pcts(opens),
        "keypress to repaint (j in a long table), as Pilot measures it": pcts(keys),
        "an unbound key, as Pilot measures it (Pilot's own cost)": pcts(idle),
        "keypress to repaint, net of Pilot's cost": tuple(a - b for a, b in zip(pcts(keys), pcts(idle))),
        "G / g in the articles table, key to the last / first row shown": pcts(jumps),
        "s (sort by the next column), key to its first page shown": pcts(sorts),
    }
