"""How well pages are read where the truth is known: generated pages (bench/generate.py) against their own articles.

usage: python bench/layout_check.py [--pages 150] [--seed 7]

Each generated page records the titles, bodies and bylines it printed; the check parses the page
and counts pages read into the right number of articles, articles found by their first words with
the right title and byline, and pages where the nothing-lost check complains.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baokan.store.pages.model import ParsedPage  # noqa: E402
from baokan.store.pages.parse import check_nothing_lost, parse_page  # noqa: E402
from generate import Generator  # noqa: E402

Printed = tuple[str, str, str]  # title, body paragraphs joined by newlines, byline


class RecordingGenerator(Generator):
    """A generator that remembers the articles it printed."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.printed: list[Printed] = []

    def article(self) -> Printed:
        """The next article, recorded."""
        out = super().article()
        self.printed.append(out)
        return out


def printed_page(gen: RecordingGenerator, n: int, articles: int) -> tuple[str, list[Printed]]:
    """One generated page and the articles it printed, in order."""
    gen.printed = []
    return gen.page(n, articles), gen.printed


def score(page: ParsedPage, printed: list[Printed]) -> tuple[int, int, int]:
    """Articles found with the right title, with the right byline, and printed, on one page."""
    titles = bylines = 0
    for title, body, byline in printed:
        first = body.split("\n")[0][:12]
        art = next((a for a in page.articles if a.body.startswith(first)), None)
        titles += art is not None and art.title == title
        bylines += art is not None and art.byline == byline
    return titles, bylines, len(printed)


def main() -> None:
    """Print the figures for a run of generated pages."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    gen = RecordingGenerator(a.seed)
    counts = lost = titles = bylines = total = 0
    for n in range(a.pages):
        text, printed = printed_page(gen, n, 7)
        page = parse_page(text)
        counts += len(page.articles) == len(printed)
        lost += bool(check_nothing_lost(text, page))
        t, b, k = score(page, printed)
        titles, bylines, total = titles + t, bylines + b, total + k
    print(
        f"pages={a.pages} article_count={counts / a.pages:.3f} titles={titles / total:.3f} "
        f"bylines={bylines / total:.3f} pages_losing_text={lost}"
    )


if __name__ == "__main__":
    main()
