"""Builds at once, builds killed: one writer per store, no duplicate page, no worker outliving its build."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from baokan.store import db as store_db
from baokan.store.db import build as ingest
from baokan.store.db.lock import build_lock

from .helpers import wait_until
from .hostile import CHILD_ENV, ENTRY, baokan, copy_pages, out_text

CONSISTENT = {
    "orphan issues": "select count(*) from issues where id not in (select issue_id from pages)",
    "duplicate articles": """select count(*) from (select issue_id, seq from articles
                             group by issue_id, seq having count(*) > 1)""",
    "issues without a page": "select count(*) - (select count(*) from pages) from issues",
}


def many_pages(folder: Path, copies: int) -> Path:
    """copies × the five seed pages, in sub-folders (enough pages for the parallel path)."""
    for i in range(copies):
        copy_pages(folder / f"{i:02d}", 5)
    return folder


def check_consistent(store: Path) -> dict[str, int]:
    conn = sqlite3.connect(store)
    try:
        return {name: conn.execute(q).fetchone()[0] for name, q in CONSISTENT.items()}
    finally:
        conn.close()


def test_second_build_is_refused_while_one_holds_the_store(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    pages = copy_pages(tmp_path / "pages", 1)
    with build_lock(store):
        proc = baokan("build", pages, "--db", store, "--workers", "1")
    out = out_text(proc)
    assert proc.returncode == 2
    assert out.strip() == (
        f"baokan: {store}: another build is writing to this store: wait for it to finish, then run it again"
    )
    assert store.stat().st_size == 0  # the refused build wrote nothing


def test_two_builds_at_once_never_duplicate_a_page(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    pages = many_pages(tmp_path / "pages", 2)
    cmd = [sys.executable, "-c", ENTRY, "build", str(pages), "--db", str(store), "--workers", "1"]
    procs = [subprocess.Popen(cmd, env=CHILD_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stdout.read().decode("utf-8", "replace")) for p in procs]  # type: ignore[union-attr]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 2]), results  # the second waited its turn or was refused, never interleaved
    assert all("Traceback" not in out for _, out in results)
    assert check_consistent(store) == dict.fromkeys(CONSISTENT, 0)
    conn = sqlite3.connect(store)
    assert conn.execute("select count(*) from pages").fetchone()[0] == 10
    assert conn.execute("select count(*) from articles").fetchone()[0] == 2 * 31


def test_rerun_repairs_orphan_issues(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    pages = copy_pages(tmp_path / "pages", 2)
    db = store_db.create(store)
    ingest.build(db, [pages], workers=1)
    clean = {t: db[t].count for t in ("issues", "articles", "article_entities", "amounts")}
    # What two unlocked builds of an older baokan left: an issue no page points to, with a copy of articles.
    with db.atomic():
        orphan = int(db["issues"].insert({"source": "x.txt", "title": "x"}).last_pk)
        db.execute(
            "insert into articles (issue_id, seq, title, body) "
            "select ?, seq, title, body from articles where issue_id = 1",
            [orphan],
        )
    assert check_consistent(store)["orphan issues"] == 1
    report = ingest.build(db, [pages], workers=1)
    assert report.unchanged == 2
    assert {t: db[t].count for t in clean} == clean
    assert check_consistent(store) == dict.fromkeys(CONSISTENT, 0)


def children(pid: int) -> set[int]:
    """Pids whose parent is pid (from /proc)."""
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(entry.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@contextmanager
def parallel_build(pages: Path, store: Path, **popen: Any) -> Iterator[tuple[subprocess.Popen, set[int]]]:
    """A build of pages with two workers in a child process, once both run; all of them killed afterwards."""
    build = subprocess.Popen(
        [sys.executable, "-c", ENTRY, "build", str(pages), "--db", str(store), "--workers", "2"],
        env=CHILD_ENV,
        stdout=subprocess.DEVNULL,
        **popen,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline and build.poll() is None:
            workers = children(build.pid)
            time.sleep(0.1)
        assert len(workers) >= 2, "the build never started its workers"
        yield build, workers
    finally:
        for w in workers | children(build.pid) | {build.pid}:  # even when the test failed
            try:
                os.kill(w, signal.SIGKILL)
            except ProcessLookupError:
                pass


def assert_gone(workers: set[int]) -> None:
    """Give the workers 15 s to go, then check that none is left."""
    wait_until(lambda: not any(alive(w) for w in workers), 15, step=0.1)
    assert [w for w in workers if alive(w)] == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm"])
def test_workers_die_with_their_build(tmp_path: Path, sig: signal.Signals) -> None:
    pages = many_pages(tmp_path / "pages", 8)  # 40 pages: past the parallel threshold
    with parallel_build(pages, tmp_path / "s.db", stderr=subprocess.DEVNULL) as (build, workers):
        os.kill(build.pid, sig)
        build.wait(timeout=30)
        assert_gone(workers)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_ctrl_c_stops_a_parallel_build_quietly(tmp_path: Path) -> None:
    pages = many_pages(tmp_path / "pages", 40)  # 200 pages: a faster build must still be running when Ctrl-C comes
    store = tmp_path / "s.db"
    # its own process group, as a shell gives a foreground job
    with parallel_build(pages, store, stderr=subprocess.PIPE, start_new_session=True) as (build, workers):
        os.killpg(build.pid, signal.SIGINT)  # what Ctrl-C does: the whole group gets it
        _, err = build.communicate(timeout=60)
        assert build.returncode != 0 and b"Traceback" not in err, err.decode()
        assert_gone(workers)
        assert check_consistent(store) == dict.fromkeys(CONSISTENT, 0)
