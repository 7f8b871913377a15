"""jieba, loaded once per process: words for entities, search tokens for the full-text index."""

from __future__ import annotations

import logging
import os
import tempfile
from functools import lru_cache
from typing import Any

from .text import has_cjk


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """The process's jieba tokenizer, dictionary loaded (≈1 s, once)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    # A per-user cache folder: the default shared /tmp/jieba.cache is 0600 and breaks for a second user.
    cache_dir = os.path.join(tempfile.gettempdir(), f"baokan-jieba-{os.getuid() if hasattr(os, 'getuid') else 'u'}")
    os.makedirs(cache_dir, exist_ok=True)
    jieba.dt.tmp_dir = cache_dir
    jieba.initialize()
    return jieba.dt


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (word → 'v', 'ns' …), without running its HMM."""
    tokenizer()
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def words(text: str) -> list[str]:
    """jieba's default segmentation (what `jieba.lcut` returns)."""
    if len(text) <= SHORT:
        return list(_short_words(text))
    return tokenizer().lcut(text) if text else []


# Extractors cut names and their parts (a firm's core, a list item) again and again: short texts are cached.
SHORT = 16


@lru_cache(maxsize=1 << 16)
def _short_words(text: str) -> tuple[str, ...]:
    """words() of a short text, remembered."""
    return tuple(tokenizer().lcut(text)) if text else ()


def search_tokens(ws: list[str]) -> list[str]:
    """cut_for_search from already-cut words: each word plus its dictionary sub-words (招商引资 → 招商, 引资, 招商引资)."""
    freq = tokenizer().FREQ
    out: list[str] = []
    for w in ws:
        if not w.strip() or not (has_cjk(w) or any(c.isalnum() for c in w)):
            continue
        if len(w) > 2:
            out.extend(w[i : i + 2] for i in range(len(w) - 1) if freq.get(w[i : i + 2]))
        if len(w) > 3:
            out.extend(w[i : i + 3] for i in range(len(w) - 2) if freq.get(w[i : i + 3]))
        out.append(w)
    return out


def query_tokens(q: str) -> list[str]:
    """A search query cut the same way the index was."""
    return search_tokens(words(q))
