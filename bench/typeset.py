"""How fast the reader sets Chinese text in lines (tui/typeset.py), outside the test suite.

usage: python bench/typeset.py [--repeat N]

The reader breaks an article once per width it is drawn at (not per repaint), on the UI thread, when
the article opens and again on every resize. Goal: a long article (5,000 characters) set in
≤ 50 ms at any usual width, so opening it or dragging the window edge never stalls the app.
The text is the bundled seed pages' paragraphs, made longer by repeating them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = (30, 44, 78, 120)  # a narrow pane, the browser's reader at 80 columns, full screen, wide
ARTICLE_CHARS = 5_000
GOAL_MS = 50.0


def seed_paragraphs() -> list[str]:
    """The seed pages' non-empty paragraphs (blank-line separated), hard wraps joined."""
    out = []
    for page in sorted((ROOT / "seeds").glob("*.txt")):
        for block in page.read_text(encoding="utf-8").split("\n\n"):
            text = "".join(line.strip() for line in block.splitlines())
            if text:
                out.append(text)
    return out


def article(paragraphs: list[str], chars: int) -> list[str]:
    """Paragraphs taken in turn until they hold about chars characters: one long article."""
    picked: list[str] = []
    n = 0
    while sum(map(len, picked)) < chars:
        picked.append(paragraphs[n % len(paragraphs)])
        n += 1
    return picked


def time_width(paragraphs: list[str], width: int, repeat: int) -> float:
    """The median milliseconds to set every paragraph at a width (no cache: the breaker itself)."""
    from baokan.tui.typeset import break_offsets

    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for p in paragraphs:
            break_offsets(p, width)
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    """Print the time per long article at each width, and whether the goal holds."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    paras = article(seed_paragraphs(), ARTICLE_CHARS)
    chars = sum(map(len, paras))
    worst = 0.0
    print(f"one article of {chars} characters in {len(paras)} paragraphs (median of {args.repeat})")
    for width in WIDTHS:
        ms = time_width(paras, width, args.repeat)
        worst = max(worst, ms)
        print(f"  width {width:>3}: {ms:6.1f} ms  ({chars / ms:,.0f} characters/ms)")
    verdict = "meets" if worst <= GOAL_MS else "misses"
    print(f"worst {worst:.1f} ms: {verdict} the goal of ≤ {GOAL_MS:.0f} ms")
    return 0 if worst <= GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
