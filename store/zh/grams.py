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


def fts_query(q: str) -> str | None:
    """An FTS5 phrase every document containing q matches (no syntax of q survives); None if q has no run.

    The runs of q in order, one separator between each: a document holding q holds them so, since its own
    text between two runs (whatever the punctuation or spaces) is one separator too. A query of words and
    spaces (招商 引资) thus finds the few articles printing it, not every article with both words, before
    the caller's `instr` check.
    """
    rs = runs(q)
    if not rs:
        return None
    return '"' + f" {SEPARATOR} ".join(" ".join(r) for r in rs) + '"'


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
