"""Character positions: the index that makes any query exact and ranks by how often an article says it.

Each article is indexed as its characters, one token each, in order (FTS5 `detail=full` keeps their
positions and so their frequencies). A query of n characters is the phrase of its n characters, so
FTS5 finds exactly the articles holding them side by side and bm25 counts each occurrence. A
separator token between runs of indexable characters keeps a phrase from spanning punctuation.
"""

from __future__ import annotations

import re

# Runs of characters the FTS5 unicode61 tokenizer keeps as letters: CJK ideographs, letters, digits.
RUN_RE = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Between runs: a private-use character, which unicode61 keeps as a token and no query run contains.
SEPARATOR = "\ue000"


def runs(text: str) -> list[str]:
    """Lower-cased runs of indexable characters."""
    return RUN_RE.findall(text.lower())


def grams(text: str) -> str:
    """Text as stored in the character index: each character a token, runs split by the separator."""
    return f" {SEPARATOR} ".join(" ".join(r) for r in runs(text))


def query_grams(q: str) -> list[str] | None:
    """The runs of q, each a phrase every matching document holds; None when q has nothing indexable."""
    rs = runs(q)
    return list(dict.fromkeys(rs)) or None


def fts_query(q: str) -> str | None:
    """An FTS5 expression matching the runs of q as phrases (no syntax of q survives); None if none."""
    rs = query_grams(q)
    if rs is None:
        return None
    return " AND ".join('"' + " ".join(r) + '"' for r in rs)


def needs_check(q: str) -> bool:
    """True unless the index alone decides whether a text contains q.

    It decides for a query that is one run of indexable characters with no Latin letters (the index
    folds case, `instr` does not).
    """
    rs = runs(q)
    return not (len(rs) == 1 and rs[0] == q and not any(c.isascii() and c.isalpha() for c in q))


def gram_document(title: str | None, body: str) -> str:
    """An article's document in the character index: written at build, repeated exactly to delete it."""
    return grams(f"{title or ''}\n{body}")
