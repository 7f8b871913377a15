"""Full-text search: exact substring semantics for any query, ranked by bm25 or newest first, read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from ..zh.grams import fts_query, needs_check

SNIPPET_CHARS = 30
COUNT_LIMIT = 10_000  # counting stops past this many matches: the total then reads "more than 10000"
RANK_LIMIT = 5_000  # unless asked, more matches than this are listed newest first (bm25 ≈ 7 ms per 1k)
ORDERS = ("rank", "newest")


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
    """A page of hits, in `order`, and the number of articles that match in all."""

    query: str
    total: int  # capped at COUNT_LIMIT + 1: see `more`
    hits: list[SearchHit]
    order: str = "rank"  # "rank" (bm25: frequency against length) or "newest" (latest built first)
    offset: int = 0

    @property
    def more(self) -> bool:
        """True when more than COUNT_LIMIT articles match (then `total` is not the exact count)."""
        return self.total > COUNT_LIMIT

    def describe(self) -> str:
        """'12 article(s) contain “招商”', or 'more than 10000 …' past the counting limit, and the order."""
        n = f"more than {COUNT_LIMIT}" if self.more else str(self.total)
        shown = f", {self.offset + 1}–{self.offset + len(self.hits)} shown" if self.offset and self.hits else ""
        return f"{n} article(s) contain “{self.query}”" + (" (newest first)" if self.order == "newest" else "") + shown


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
    m = fts_query(q)
    check = "exists (select 1 from articles a where a.id = c.id and (instr(a.title, :q) > 0 or instr(a.body, :q) > 0))"
    if m is None:  # nothing indexable (punctuation only): scan, newest first in either order
        return f"select c.id from articles c where {check}{'' if order is None else ' order by c.id desc'}", {"q": q}
    if not needs_check(q):  # the index decides alone: FTS5 orders by rank or rowid itself
        by = {"rank": " order by rank, rowid desc", "newest": " order by rowid desc", None: ""}[order]
        return f"select rowid from article_grams where article_grams match :m{by}", {"m": m}
    base = (
        f"select rowid as id{', rank as r' if order == 'rank' else ''} from article_grams where article_grams match :m"
    )
    by = {"rank": " order by c.r, c.id desc", "newest": " order by c.id desc", None: ""}[order]
    return f"select c.id from ({base}) c where {check}{by}", {"m": m, "q": q}


def count(db: sqlite_utils.Database, q: str) -> int:
    """Articles containing q, counted up to COUNT_LIMIT + 1 (past that, checking candidates costs seconds)."""
    q = q.strip()
    if not q:
        return 0
    sql, args = _candidates_sql(q, order=None)
    return int(db.execute(f"select count(*) from ({sql} limit {COUNT_LIMIT + 1})", args).fetchone()[0])


def search(
    db: sqlite_utils.Database, q: str, limit: int = 20, offset: int = 0, order: str | None = None
) -> SearchResult:
    """Articles whose title or body contains q (the set a substring scan finds), a page at a time.

    order: "rank" (bm25 over character frequencies and article length), "newest", or None: ranked
    unless more than RANK_LIMIT articles match, where ranking costs more than it tells.
    """
    q = q.strip()
    if order is not None and order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
    if not q:
        return SearchResult(q, 0, [], order or "rank", offset)
    total = count(db, q)
    order = order or ("rank" if total <= RANK_LIMIT else "newest")
    sql, args = _candidates_sql(q, order=order)
    ids = [r[0] for r in db.execute(f"{sql} limit :lim offset :off", {**args, "lim": limit, "off": max(0, offset)})]
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
    return SearchResult(q, total, hits, order, offset)


def matching_ids(db: sqlite_utils.Database, q: str) -> set[int]:
    """Ids of every article containing q (unranked), for filtering a table by a search."""
    q = q.strip()
    if not q:
        return set()
    sql, args = _candidates_sql(q, order=None)
    return {r[0] for r in db.execute(sql, args)}
