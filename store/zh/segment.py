"""Segmentation with rjieba (jieba's dictionary, Rust speed): words for entities, search tokens for the index.

`words` is `jieba.lcut`, checked word for word on the seeds and a generated corpus in tests. rjieba alone
differs only inside ASCII runs, which it keeps whole (`AI-IOT`, `163.com`, `14-0015`) where jieba's HMM
step splits them at `-` and `.`; `words` splits them the same way, so entities see jieba's words.
Frequencies and part-of-speech tags come from jieba's own dictionary file, read through a small SQLite
table cached per user, so a process pays no second of dictionary loading before its first lookup.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache, wraps
from pathlib import Path
from typing import Any, TypeVar, cast

from .text import has_cjk

# jieba's finalseg splits an unknown non-Chinese run into alphanumeric blocks (a decimal and % kept) and the rest.
ASCII_BLOCK_RE = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# Where rjieba can have joined such a run: an ASCII letter or digit touching ASCII punctuation.
ASCII_JOIN_RE = re.compile(r"[0-9A-Za-z][!-/:-@\[-`{-~]|[!-/:-@\[-`{-~][0-9A-Za-z]")

# Distinct words looked up per process: a page repeats its words, an archive its vocabulary.
LOOKUP_CACHE = 1 << 16


def jieba_dict_path() -> Path:
    """jieba's dict.txt, found without importing jieba (its import loads HMM tables)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba (its dictionary gives word frequencies and tags)")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


def cache_dir() -> Path:
    """A per-user cache folder (a shared /tmp file made by another user would not be writable)."""
    uid = os.getuid() if hasattr(os, "getuid") else "u"
    path = Path(tempfile.gettempdir()) / f"baokan-jieba-{uid}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def dictionary_table(source: Path) -> Path:
    """A SQLite copy of jieba's dictionary (word → frequency, tag), made once per dictionary file."""
    st = source.stat()
    path = cache_dir() / f"dict-{st.st_size}-{st.st_mtime_ns}.sqlite"
    if path.exists():
        return path
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("create table words (word text primary key, freq integer, tag text) without rowid")
        with source.open(encoding="utf-8") as fh:
            rows = (line.split() for line in fh)
            # jieba keeps the last line of a repeated word, as `replace` does here.
            conn.executemany(
                "insert or replace into words values (?, ?, ?)",
                ((r[0], int(r[1]), r[2] if len(r) > 2 else None) for r in rows if len(r) >= 2),
            )
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, path)  # atomic: a concurrent process sees the whole table or none
    return path


@lru_cache(maxsize=LOOKUP_CACHE)
def entry(word: str) -> tuple[int, str | None] | None:
    """(frequency, tag) of a dictionary word, else None; memoised, since pages repeat their words."""
    return _connection().execute("select freq, tag from words where word = ?", (word,)).fetchone()


class DictionaryColumn(Mapping[str, Any]):
    """One column of jieba's dictionary (0 frequency, 1 tag) as a read-only mapping, looked up on demand."""

    def __init__(self, column: int) -> None:
        self.column = column

    def __getitem__(self, word: str) -> Any:
        e = entry(word)
        if e is None or e[self.column] is None:
            raise KeyError(word)
        return e[self.column]

    def get(self, word: str, default: Any = None) -> Any:  # type: ignore[override]
        e = entry(word)
        return default if e is None or e[self.column] is None else e[self.column]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        name = ("freq", "tag")[self.column]
        return (w for (w,) in _connection().execute(f"select word from words where {name} is not null"))

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        """Every (word, value) in one query: the statistics read all 349k words, one lookup each took seconds."""
        name = ("freq", "tag")[self.column]
        return iter(_connection().execute(f"select word, {name} from words where {name} is not null").fetchall())

    def __len__(self) -> int:
        name = ("freq", "tag")[self.column]
        return int(_connection().execute(f"select count({name}) from words").fetchone()[0])


_conn: tuple[int, sqlite3.Connection] | None = None


def _connection() -> sqlite3.Connection:
    """This process's read-only connection to the dictionary table (a forked worker opens its own)."""
    global _conn
    if _conn is None or _conn[0] != os.getpid():
        path = dictionary_table(jieba_dict_path())
        _conn = (os.getpid(), sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False))
    return _conn[1]


Derived = TypeVar("Derived", dict[str, float], frozenset[str])


def dictionary_derived(fn: Callable[[], Derived]) -> Callable[[], Derived]:
    """Cache a statistic computed from jieba's dictionary (a dict of floats or a set of strings) on disk.

    Counting over the dictionary's 349k words costs seconds, and each build process (a one-page rebuild too)
    paid it. The file is keyed by the dictionary, the defining module's source and the word lists in data/,
    so any change to what the statistic reads computes it again. JSON, not pickle: the folder is in /tmp.
    """

    @wraps(fn)
    def cached() -> Derived:
        path = cache_dir() / f"{fn.__module__}.{fn.__name__}-{_derived_key(fn)}.json"
        try:
            kind, data = json.loads(path.read_text(encoding="utf-8"))
            return cast(Derived, frozenset(data) if kind == "set" else dict(data))
        except (OSError, ValueError, TypeError):
            pass
        value = fn()
        saved = ["set", sorted(value)] if isinstance(value, frozenset) else ["dict", value]
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)  # atomic: a concurrent process reads the whole file or none
        except OSError:
            pass  # a cache that cannot be written only costs time
        return value

    return cached


def _derived_key(fn: Callable[[], object]) -> str:
    """A digest of everything a dictionary statistic may read: the dictionary, its module's code, the word lists."""
    h = hashlib.sha256()
    st = jieba_dict_path().stat()
    h.update(f"{st.st_size}-{st.st_mtime_ns}".encode())
    module = sys.modules[fn.__module__].__file__
    sources = [Path(module)] if module else []
    for f in sources + sorted((Path(__file__).parent / "data").glob("*.txt")):
        h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()[:16]


class Tokenizer:
    """The process's segmenter and jieba's frequency table (`FREQ`, as on `jieba.dt`)."""

    def __init__(self) -> None:
        import rjieba

        self.cut = rjieba.cut
        self.FREQ = DictionaryColumn(0)
        self.cut("开发区")  # rjieba loads its dictionary on first use: do it now, before any fork

    def lcut(self, text: str) -> list[str]:
        """`jieba.lcut(text)`: the dictionary's best path, with jieba's HMM for unknown words."""
        if not text:
            return []
        out = self.cut(text, True)
        if not ASCII_JOIN_RE.search(text):
            return out
        cut: list[str] = []
        for w in out:  # a plain loop: most words are Chinese and pass unchanged, without a tuple each
            if len(w) > 1 and w.isascii():
                cut.extend(jieba_ascii(w))
            else:
                cut.append(w)
        return cut


def jieba_ascii(word: str) -> list[str]:
    """An ASCII token as jieba cuts it: whole when a dictionary word, else split like its finalseg (AI-IOT → AI, -, IOT)."""
    if word.isspace() or entry(word) is not None:
        return [word]
    return [p for p in ASCII_BLOCK_RE.split(word) if p]


@lru_cache(maxsize=1)
def tokenizer() -> Tokenizer:
    """The process's tokenizer, loaded once."""
    return Tokenizer()


@lru_cache(maxsize=1)
def word_tags() -> DictionaryColumn:
    """jieba's dictionary part-of-speech tags (word → 'v', 'ns' …), without running its HMM."""
    return DictionaryColumn(1)


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
    cache = _search_cache
    if len(cache) > SEARCH_CACHE:
        cache.clear()
    out: list[str] = []
    for w in ws:
        toks = cache.get(w)
        if toks is None:
            toks = cache[w] = _word_search_tokens(w)
        out.extend(toks)
    return out


# An archive repeats its vocabulary: each word's search tokens are worked out once per process.
SEARCH_CACHE = 300_000
_search_cache: dict[str, tuple[str, ...]] = {}


def _word_search_tokens(w: str) -> tuple[str, ...]:
    """One word's search tokens: its dictionary bigrams and trigrams, then the word (none for punctuation)."""
    if not w.strip() or not (has_cjk(w) or any(c.isalnum() for c in w)):
        return ()
    freq = tokenizer().FREQ
    out: list[str] = []
    if len(w) > 2:
        out.extend(w[i : i + 2] for i in range(len(w) - 1) if freq.get(w[i : i + 2]))
    if len(w) > 3:
        out.extend(w[i : i + 3] for i in range(len(w) - 2) if freq.get(w[i : i + 3]))
    out.append(w)
    return tuple(out)


def word_document(text: str, ws: list[str] | None = None) -> str:
    """Text as the word index holds it: its search tokens, space-joined (ws: its words, when already cut)."""
    return " ".join(search_tokens(words(text) if ws is None else ws))
