"""Full-text search: exact substring semantics for any query, answered from the gram index."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from ..zh.grams import needs_check, query_grams

SNIPPET_CHARS = 30
RANK_LIMIT = 5_000  # more matches than this are listed newest first instead of by relevance (bm25 ≈ 7 ms per 1k)


@dataclass
class Snippet:
    """Text around a hit, split so a UI can highlight the hit without interpreting any markup."""

    before: str
    hit: str
    after: str

    def plain(self) -> str:
        return f"{self.before}{self.hit}{self.after}"


@dataclass
class SearchHit:
    """One article that contains the query."""

    article_id: int
    issue_id: int
    title: str
    issue_title: str
    date: str | None
    snippet: Snippet
    hits: int


@dataclass
class SearchResult:
    """A page of ranked hits and the number of articles that match in all."""

    query: str
    total: int  # capped at RANK_LIMIT + 1: see `more`
    hits: list[SearchHit]

    @property
    def more(self) -> bool:
        """True when more than RANK_LIMIT articles match (then `total` is not the exact count)."""
        return self.total > RANK_LIMIT

    def describe(self) -> str:
        """'12 article(s) contain “招商”', or 'more than 10000 …' past the counting limit."""
        n = f"more than {RANK_LIMIT}" if self.more else str(self.total)
        return f"{n} article(s) contain “{self.query}”" + (" (newest first)" if self.more else "")


def fts_phrase(tokens: list[str]) -> str:
    """An FTS5 query that matches all these tokens literally: quotes in tokens are doubled."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in tokens)


def snippet(text: str, q: str, width: int = SNIPPET_CHARS) -> Snippet | None:
    """The first occurrence of q in text with some context either side (newlines folded)."""
    i = text.find(q)
    if i < 0:
        return None
    flat = lambda s: " ".join(s.split())  # noqa: E731
    before = text[max(0, i - width) : i]
    after = text[i + len(q) : i + len(q) + width]
    return Snippet(
        ("…" if i > width else "") + flat(before), q, flat(after) + ("…" if i + len(q) + width < len(text) else "")
    )


def _candidates_sql(q: str, order: str | None = "rank") -> tuple[str, dict[str, object]]:
    """SQL selecting ids of articles containing q: order "rank" (bm25), "newest", or None (unordered)."""
    gs = query_grams(q)
    check = "exists (select 1 from articles a where a.id = c.id and (instr(a.title, :q) > 0 or instr(a.body, :q) > 0))"
    by = {"rank": " order by c.r", "newest": " order by c.id desc", None: ""}[order]
    if gs is None:  # nothing indexable (punctuation only): scan
        return f"select c.id from articles c where {check}{'' if order is None else ' order by c.id desc'}", {"q": q}
    base = (
        f"select rowid as id{', rank as r' if order == 'rank' else ''} from article_grams where article_grams match :m"
    )
    if needs_check(q):
        return f"select c.id from ({base}) c where {check}{by}", {"m": fts_phrase(gs), "q": q}
    return f"select c.id from ({base}) c{by}", {"m": fts_phrase(gs)}


def _count_sql(q: str) -> tuple[str, dict[str, object]]:
    """Counts matches up to RANK_LIMIT + 1: past that, checking every candidate costs seconds."""
    sql, args = _candidates_sql(q, order=None)
    return f"select count(*) from ({sql} limit {RANK_LIMIT + 1})", args


def search(db: sqlite_utils.Database, q: str, limit: int = 20, offset: int = 0) -> SearchResult:
    """Articles whose title or body contains q (the set a substring scan finds), ranked."""
    q = q.strip()
    if not q:
        return SearchResult(q, 0, [])
    count_sql, count_args = _count_sql(q)
    total = db.execute(count_sql, count_args).fetchone()[0]
    # bm25 over tens of thousands of matches (a single common character) costs more than it tells.
    sql, args = _candidates_sql(q, order="rank" if total <= RANK_LIMIT else "newest")
    ids = [r[0] for r in db.execute(f"{sql} limit :lim offset :off", {**args, "lim": limit, "off": offset})]
    marks = ",".join("?" * len(ids))
    rows = {
        r[0]: r
        for r in db.execute(
            f"""select a.id, a.issue_id, a.title, a.body, i.title, i.date from articles a
            join issues i on i.id = a.issue_id where a.id in ({marks})""",
            ids,
        )
    }
    hits = []
    for aid in ids:
        _, iid, title, body, ititle, date = rows[aid]
        title = title or ""
        snip = snippet(body, q) or snippet(title, q) or Snippet("", "", body[:SNIPPET_CHARS])
        hits.append(SearchHit(aid, iid, title, ititle, date, snip, title.count(q) + body.count(q)))
    return SearchResult(q, total, hits)


def matching_ids(db: sqlite_utils.Database, q: str) -> set[int]:
    """Ids of every article containing q (unranked), for filtering a table by a search."""
    q = q.strip()
    if not q:
        return set()
    sql, args = _candidates_sql(q, order=None)
    return {r[0] for r in db.execute(sql, args)}
