"""Search finds exactly what a substring scan finds, for any query, and real clients can use the index."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from baokan.store.db.search import search, snippet


def scan(db, q: str) -> set[int]:  # noqa: ANN001
    return {aid for aid, t, b in db.execute("select id, title, body from articles") if q in (t or "") or q in b}


def found(db, q: str) -> set[int]:  # noqa: ANN001
    result = search(db, q, limit=10_000)
    assert result.total == len(result.hits)
    return {h.article_id for h in result.hits}


def test_every_character_and_random_substrings(seed_db) -> None:  # noqa: ANN001
    texts = [t + "\n" + b for t, b in seed_db.execute("select coalesce(title, ''), body from articles")]
    rng = random.Random(7)
    queries = set("".join(texts)) - set("\n")
    for _ in range(300):
        t = rng.choice(texts)
        n = rng.choice([2, 2, 3, 4, 6])
        i = rng.randrange(max(1, len(t) - n))
        queries.add(t[i : i + n])
    queries = {q.strip() for q in queries if q.strip()}  # search trims the query
    for q in sorted(queries):
        assert found(seed_db, q) == scan(seed_db, q), q


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '""',
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "*",
        "(",
        ")",
        "-",
        "招商 OR 引资",
        '"招商"',
        "招商*",
        "-招商",
        "%",
        "a:b",
        "ai",
        "AI",
    ],
)
def test_query_syntax_is_searched_as_text(seed_db, q: str) -> None:  # noqa: ANN001
    assert found(seed_db, q) == scan(seed_db, q)


def test_ranked_hits_carry_a_snippet_with_the_hit(seed_db) -> None:  # noqa: ANN001
    result = search(seed_db, "屯留", limit=5)
    assert result.total == 2
    assert all(h.snippet.hit == "屯留" for h in result.hits)


def test_snippet_splits_around_the_hit() -> None:
    s = snippet("甲" * 40 + "招商引资" + "乙" * 40, "招商", width=5)
    assert (s.before, s.hit, s.after) == ("…甲甲甲甲甲", "招商", "引资乙乙乙…")


def test_sqlite_utils_search_uses_the_word_index(seed_db_path) -> None:  # noqa: ANN001
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sqlite_utils",
            "search",
            str(seed_db_path),
            "articles",
            "招商引资",
            "-c",
            "id",
            "--csv",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out[0] == "id" and len(out) - 1 >= 10


def test_sqlite_utils_python_search(seed_db) -> None:  # noqa: ANN001
    rows = list(seed_db["articles"].search("屯留", columns=["id"]))
    assert {r["id"] for r in rows} == scan(seed_db, "屯留")


def test_counting_stops_past_the_limit(seed_db, monkeypatch) -> None:  # noqa: ANN001
    from baokan.store.db import search as search_mod

    monkeypatch.setattr(search_mod, "COUNT_LIMIT", 3)
    monkeypatch.setattr(search_mod, "RANK_LIMIT", 3)
    result = search_mod.search(seed_db, "开发区", limit=5)
    assert result.more and result.total == 4
    assert result.describe() == "more than 3 article(s) contain “开发区” (newest first)"
    ids = [h.article_id for h in result.hits]
    assert ids == sorted(ids, reverse=True) and len(ids) == 5
    assert search_mod.search(seed_db, "开发区", limit=5, order="rank").order == "rank"


def test_word_index_forgets_a_replaced_page(tmp_path) -> None:  # noqa: ANN001
    from baokan.store import db as store_db
    from baokan.store.db import build as ingest

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text("火星基地签约\n\n火星基地项目落地开发区。\n", encoding="utf-8")
    db = store_db.create(tmp_path / "s.db")
    ingest.build(db, [pages], workers=1)
    word = lambda w: [r[0] for r in db.execute("select rowid from articles_fts where articles_fts match ?", [w])]  # noqa: E731
    assert word("火星") and not word("木星")
    (pages / "p.txt").write_text("木星基地签约\n\n木星基地项目落地开发区。\n", encoding="utf-8")
    ingest.build(db, [pages], workers=1)
    assert word("木星") and not word("火星")


def article(n: int, mentions: int, extra: str = "") -> str:
    """A generated article body naming 稀土 `mentions` times among filler of the same length."""
    filler = "园区企业推进项目建设，服务保障持续优化。"
    parts = [filler] * 14
    for i in range(mentions):
        parts[i] = "稀土产业链延伸，" + filler[8:]
    return f"第{n}篇报道{extra}\n\n" + "".join(parts) + "\n"


@pytest.fixture()
def ranked_db(tmp_path):  # noqa: ANN001, ANN201
    from baokan.store import db as store_db
    from baokan.store.db import build as ingest

    pages = tmp_path / "pages"
    pages.mkdir()
    # 40 one-article pages; the article naming the query twelve times is built first (the oldest).
    counts = [12] + [1] * 30 + [0] * 9
    for n, c in enumerate(counts):
        (pages / f"{n:03d}.txt").write_text(article(n, c), encoding="utf-8")
    db = store_db.create(tmp_path / "r.db")
    ingest.build(db, [pages], workers=1)
    return db


def test_twelve_mentions_rank_above_one(ranked_db) -> None:  # noqa: ANN001
    result = search(ranked_db, "稀土", limit=5, order="rank")
    assert result.total == 31 and result.order == "rank"
    assert result.hits[0].hits == 12 and all(h.hits == 1 for h in result.hits[1:])
    newest = search(ranked_db, "稀土", limit=5, order="newest")
    assert newest.hits[0].hits == 1 and newest.hits[0].article_id == max(h.article_id for h in newest.hits)
    # 1-character queries rank by frequency too
    assert search(ranked_db, "稀", limit=1, order="rank").hits[0].hits == 12


@pytest.mark.parametrize("order", ["rank", "newest"])
def test_paging_reaches_every_hit_once(ranked_db, order: str) -> None:  # noqa: ANN001
    seen: list[int] = []
    offset = 0
    while page := search(ranked_db, "稀土", limit=7, offset=offset, order=order).hits:
        seen += [h.article_id for h in page]
        offset += 7
    assert len(seen) == len(set(seen)) == 31
    assert set(seen) == scan(ranked_db, "稀土")
    assert search(ranked_db, "稀土", limit=7, offset=28, order=order).describe().endswith("29–31 shown")


@pytest.mark.parametrize(("q", "n"), [("延伸，建设", 31), ("延伸, 建设", 0), ("稀土 服务", 0), ("优化。园区", 40)])
def test_a_query_of_several_runs_finds_them_only_as_printed(ranked_db, q: str, n: int) -> None:  # noqa: ANN001
    # Both words are in every hit; only the punctuation between them decides, as a substring scan does.
    assert found(ranked_db, q) == scan(ranked_db, q) and len(scan(ranked_db, q)) == n


def test_unknown_order_is_refused(seed_db) -> None:  # noqa: ANN001
    with pytest.raises(ValueError):
        search(seed_db, "开发区", order="oldest")
