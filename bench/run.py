"""Run the benchmark suite and rewrite bench/RESULTS.md.

    python bench/run.py                      # 1k, 10k and 100k articles (about 15 minutes on 2 cores)
    python bench/run.py --sizes 1000 10000   # quicker

Each figure is the median of --repeat runs (builds at 100k run once: one build takes minutes).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from baokan.store import db as store_db  # noqa: E402
from generate import generate  # noqa: E402
from probes import app_probe, query_probe  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
BAOKAN = str(Path(sys.executable).with_name("baokan"))
PLAIN = """
import sys, jieba
from pathlib import Path
jieba.initialize()
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    jieba.lcut(p.read_text(encoding="utf-8"))
"""
# The floor for any build that segments: rjieba alone, one core.
PLAIN_RJIEBA = """
import sys, rjieba
from pathlib import Path
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    rjieba.cut(p.read_text(encoding="utf-8"))
"""


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, the process and its children) of one command."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"{cmd} failed")
    return wall, usage.ru_maxrss


def build_figures(size: int, repeat: int) -> dict[str, float]:
    corpus = OUT / f"c{size}"
    pages = generate(corpus, size)
    mb = sum(p.stat().st_size for p in pages) / 1e6
    db = OUT / f"b{size}.db"
    builds, rss, plains, rplains = [], [], [], []
    for _ in range(repeat if size < 100_000 else 1):
        for f in OUT.glob(f"b{size}.db*"):
            f.unlink()
        wall, peak = run([BAOKAN, "build", str(corpus), "--db", str(db)])
        builds.append(wall)
        rss.append(peak)
        plains.append(run([sys.executable, "-c", PLAIN, str(corpus)])[0])
        rplains.append(run([sys.executable, "-c", PLAIN_RJIEBA, str(corpus)])[0])
    conn = store_db.open_readonly(db)
    articles = conn["articles"].count
    conn.conn.close()
    incr = []
    page = pages[len(pages) // 2]
    original = page.read_bytes()
    for n in range(repeat):
        page.write_bytes(original + f"\n（第{n}次修改）\n".encode())
        incr.append(run([BAOKAN, "build", str(corpus), "--db", str(db)])[0])
    page.write_bytes(original)
    run([BAOKAN, "build", str(corpus), "--db", str(db)])
    build = statistics.median(builds)
    return {
        "articles": articles,
        "MB": mb,
        "build_s": build,
        "MB/s": mb / build,
        "articles/s": articles / build,
        "plain_s": statistics.median(plains),
        "plain_rjieba_s": statistics.median(rplains),
        "ratio": statistics.median(plains) / build,
        "peak_rss_MiB": max(rss) / 1024,
        "store_MiB": db.stat().st_size / 2**20,
        "store_ratio": db.stat().st_size / (mb * 1e6),
        "incremental_s": statistics.median(incr),
    }


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import sqlite3

    versions = ", ".join(f"{p} {metadata.version(p)}" for p in ("jieba", "rjieba", "sqlite-utils", "textual", "rich"))
    return (
        f"{platform.platform()}, {os.cpu_count()} cores, {mem:.0f} GiB; Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {versions}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-app", action="store_true", help="skip the headless app probe")
    args = ap.parse_args()
    builds, queries, apps = {}, {}, {}
    for size in args.sizes:
        print(f"build {size}…", flush=True)
        builds[size] = build_figures(size, args.repeat)
        if size >= 10_000:
            print(f"queries {size}…", flush=True)
            queries[size] = query_probe(OUT / f"b{size}.db")
        if size == max(args.sizes) and not args.no_app:
            print(f"app {size}…", flush=True)
            apps[size] = app_probe(OUT / f"b{size}.db", args.repeat)
    from report import write_results

    write_results(HERE / "RESULTS.md", machine(), builds, queries, apps, args.repeat)
    print((HERE / "RESULTS.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
