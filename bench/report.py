"""Write bench/RESULTS.md from the figures run.py measured."""

from __future__ import annotations

from datetime import date
from pathlib import Path

# Targets from the benchmarks issue, in milliseconds unless named otherwise.
QUERY_TARGETS = {"search ": 50, "table page": 100, "entity filter": 50, "facet counts": 100}
APP_TARGETS = {
    "first screen": 600,
    "open the articles table": 100,
    "keypress to repaint, net": 100,
    "G / g": 100,
    "s (sort": 100,
}
# Sections written by other benches (bench/kill_consistency.py), kept when run.py rewrites the file.
# RESULTS.md from this line on is written by hand (the analysis of each run, older runs, kill and PDF checks): kept
KEPT_FROM = "\n<!-- written by hand from here on: bench/run.py keeps it -->"


def _target(name: str, targets: dict[str, float]) -> float | None:
    return next((v for k, v in targets.items() if name.startswith(k)), None)


def _verdict(value: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"< {target:g} ms: " + (
        "met" if value < target else f"missed by {value - target:.0f} ms ({value / target:.1f}×)"
    )


def write_results(path: Path, machine: str, builds: dict, queries: dict, apps: dict, repeat: int) -> None:  # type: ignore[type-arg]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `python bench/run.py` on {date.today().isoformat()}. Machine: {machine}.",
        f"Corpus: `bench/generate.py` (deterministic, seed 1984). Figures are medians of {repeat} runs; a 100k build runs once.",
        "",
        "## Build",
        "",
        "| articles | MB | build s | MB/s | articles/s | plain jieba s | plain rjieba s | ratio to jieba (≥ 3) | peak RSS MiB (< 1024) | store MiB | store / text (≤ 2.5) | one-page rebuild s (< 0.5) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for b in builds.values():
        lines.append(
            f"| {b['articles']} | {b['MB']:.1f} | {b['build_s']:.1f} | {b['MB/s']:.2f} | {b['articles/s']:.0f} | "
            f"{b['plain_s']:.1f} | {b['plain_rjieba_s']:.1f} | {b['ratio']:.2f} | {b['peak_rss_MiB']:.0f} | "
            f"{b['store_MiB']:.0f} | {b['store_ratio']:.2f} | {b['incremental_s']:.2f} |"
        )
    lines += [
        "",
        "`plain jieba s` / `plain rjieba s`: one process that runs `jieba.lcut` / `rjieba.cut` over every page "
        "on one core (the floor for any build that segments); ratio = plain jieba / build. "
        "`store / text`: the store file's bytes over the pages' bytes.",
        "",
    ]
    for size, figures in queries.items():
        lines += [
            f"## Queries at {size} articles (ms)",
            "",
            "| query | p50 | p95 | target |",
            "| --- | --- | --- | --- |",
        ]
        for name, (p50, p95_) in figures.items():
            lines.append(f"| {name} | {p50:.1f} | {p95_:.1f} | {_verdict(p95_, _target(name, QUERY_TARGETS))} |")
        lines.append("")
    for size, figures in apps.items():
        lines += [f"## App at {size} articles (ms)", "", "| what | p50 | p95 | target |", "| --- | --- | --- | --- |"]
        for name, (p50, p95_) in figures.items():
            lines.append(f"| {name} | {p50:.0f} | {p95_:.0f} | {_verdict(p95_, _target(name, APP_TARGETS))} |")
        lines.append("")
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = old[old.index(KEPT_FROM) :] if KEPT_FROM in old else ""
    path.write_text("\n".join(lines) + kept, encoding="utf-8")
