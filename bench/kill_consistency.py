"""Kill a build at random moments, then check the store: `python bench/kill_consistency.py [--pages 3000 --kills 20]`.

Each round starts `baokan build` on the same corpus and store, waits for its workers to start, kills it with
SIGKILL after a random delay,
and checks: `PRAGMA integrity_check` is ok, no page is half-written (every stored page has its issue and
its articles numbered 1..n without gaps; no issue or article without a page), and no worker process
outlived the build. A last build then runs to the end, and its counts must equal a clean build's.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

ENTRY = "from baokan.tui.cli import main; main()"
COUNTS = ("issues", "pages", "articles", "entities", "article_entities", "amounts", "roles", "fragments")
CHECKS = {
    "issue without a page": "select count(*) from issues where id not in (select issue_id from pages)",
    "page without its issue": "select count(*) from pages where issue_id not in (select id from issues)",
    "article without an issue": "select count(*) from articles where issue_id not in (select id from issues)",
    "issue with a gap in its articles": """select count(*) from (select issue_id from articles group by issue_id
                                          having max(seq) != count(*) or min(seq) != 1)""",
    "duplicate article": "select count(*) from (select 1 from articles group by issue_id, seq having count(*) > 1)",
    "link to a missing article": "select count(*) from article_entities where article_id not in (select id from articles)",
    "amount of a missing article": "select count(*) from amounts where article_id not in (select id from articles)",
    "entity count that is wrong": """select count(*) from entities e
                                     where articles != (select count(*) from article_entities where entity_id = e.id)""",
}


def build(corpus: Path, store: Path, workers: int) -> subprocess.Popen:
    cmd = [sys.executable, "-c", ENTRY, "build", str(corpus), "--db", str(store), "--workers", str(workers)]
    # One hash seed for every build: entity links still depend on it (being fixed apart), and a difference
    # from that must not be mistaken for damage done by a kill.
    env = os.environ | {"PYTHONHASHSEED": "0"}
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_until_writing(proc: subprocess.Popen, workers: int, timeout: float = 300) -> float:
    """Seconds until the build has started its workers (or, serial, until it runs): kills land in the work."""
    started = time.monotonic()
    while time.monotonic() - started < timeout and proc.poll() is None:
        if workers <= 1 or len(children(proc.pid)) >= workers:
            break
        time.sleep(0.05)
    return time.monotonic() - started


def children(pid: int) -> set[int]:
    """Pids whose parent is pid."""
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.add(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return out


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def inspect(store: Path) -> tuple[str, dict[str, int], dict[str, int]]:
    """integrity_check's answer, the consistency failures found, and the table counts."""
    conn = sqlite3.connect(store)
    try:
        integrity = conn.execute("pragma integrity_check").fetchone()[0]
        bad = {name: n for name, q in CHECKS.items() if (n := conn.execute(q).fetchone()[0])}
        counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in COUNTS}
    finally:
        conn.close()
    return integrity, bad, counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--max-delay", type=float, default=10.0, help="Longest wait before a kill, in seconds.")
    ap.add_argument("--keep", action="store_true", help="Keep the corpus and the stores (in a temporary folder).")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="baokan-kill-"))
    corpus = work / "corpus"
    generate(corpus, args.pages * 7)
    store = work / "killed.db"
    failures = 0
    for n in range(1, args.kills + 1):
        proc = build(corpus, store, args.workers)
        startup = wait_until_writing(proc, args.workers)
        delay = rng.uniform(0.0, args.max_delay)
        time.sleep(delay)
        workers = children(proc.pid)
        finished = proc.poll() is not None
        proc.kill()
        proc.wait()
        time.sleep(1)
        survivors = [w for w in workers if alive(w)]
        integrity, bad, counts = inspect(store)
        ok = integrity == "ok" and not bad and not survivors
        failures += not ok
        print(
            f"kill {n:2d} {delay:4.1f} s into the work (start-up {startup:.1f} s)"
            f"{' (had finished)' if finished else ''}: integrity {integrity}, "
            f"{counts['pages']} pages stored, {len(workers)} workers, {len(survivors)} survived"
            + (f", problems: {bad}" if bad else ""),
            flush=True,
        )
        for w in survivors:  # do not leave them running on a shared machine
            subprocess.run(["kill", "-9", str(w)], check=False)
    rerun = build(corpus, store, args.workers)
    rerun.wait()
    clean_store = work / "clean.db"
    clean = build(corpus, clean_store, args.workers)
    clean.wait()
    integrity, bad, killed_counts = inspect(store)
    _, _, clean_counts = inspect(clean_store)
    same = killed_counts == clean_counts
    print(f"rerun after the kills: integrity {integrity}, problems {bad or 'none'}, counts {killed_counts}")
    print(f"clean build:                                   counts {clean_counts}")
    print(
        f"{args.kills} kills, {failures} rounds with a problem; rerun counts {'equal' if same else 'DIFFER from'} the clean build's"
    )
    if args.keep:
        print(f"(corpus and stores kept in {work})")
    else:
        shutil.rmtree(work)
    return 0 if failures == 0 and same and not bad and integrity == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
