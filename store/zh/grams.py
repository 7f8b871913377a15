"""Character unigrams and bigrams: the index that makes any 1-, 2- or n-character query exact."""

from __future__ import annotations

import re

# Runs of characters the FTS5 unicode61 tokenizer keeps as letters: CJK ideographs, letters, digits.
RUN_RE = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def runs(text: str) -> list[str]:
    """Lower-cased runs of indexable characters."""
    return RUN_RE.findall(text.lower())


def grams(text: str) -> str:
    """Distinct unigrams and bigrams of text, space-joined, as stored in the gram index."""
    seen: dict[str, None] = {}
    for r in runs(text):
        for i, c in enumerate(r):
            seen[c] = None
            if i + 1 < len(r):
                seen[r[i : i + 2]] = None
    return " ".join(seen)


def query_grams(q: str) -> list[str] | None:
    """The grams every document containing q must hold; None when q has nothing indexable.

    A query whose characters all index (one run) is exact with its grams alone; others need a
    substring check afterwards (see `needs_check`).
    """
    rs = runs(q)
    if not rs:
        return None
    out: list[str] = []
    for r in rs:
        if len(r) == 1:
            out.append(r)
        else:
            out.extend(dict.fromkeys(r[i : i + 2] for i in range(len(r) - 1)))
    return list(dict.fromkeys(out))


def needs_check(q: str) -> bool:
    """True unless grams alone decide whether a text contains q.

    Grams decide for one run of at most two characters with no Latin letters (the index folds case).
    """
    rs = runs(q)
    return not (len(rs) == 1 and rs[0] == q and len(q) <= 2 and not any(c.isascii() and c.isalpha() for c in q))


def gram_document(title: str | None, body: str) -> str:
    """An article's document in the gram index: written at build, repeated exactly to delete it."""
    return grams(f"{title or ''}\n{body}")
