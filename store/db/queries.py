"""Store → dataclasses: what the app and the CLI read (parameterised SQL, no UI imports)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from .table_sql import HITS, filter_where, hits_params, linked_entities


@dataclass
class IssueRow:
    id: int
    source: str
    title: str
    date: str | None
    issue_number: int | None
    articles: int
    headline: str | None = None  # the first article's title, for issues without a masthead

    @property
    def label(self) -> str:
        """How to name the issue to a reader: its date if known, else its first headline, else the file name."""
        return self.date or self.headline or self.source


@dataclass
class ArticleRow:
    id: int
    issue_id: int
    seq: int
    title: str | None
    zone: str | None
    byline: str | None
    date: str | None
    issue_title: str


@dataclass
class EntityCount:
    id: int
    kind: str
    name: str
    articles: int


@dataclass
class AmountRow:
    id: int
    article_id: int
    value_yuan: int
    text: str
    qualifier: str | None
    zone: str | None
    sentence: str
    title: str | None
    date: str | None


@dataclass
class ArticleDetail:
    id: int
    issue_id: int
    issue_title: str
    date: str | None
    seq: int
    title: str | None
    kicker: str | None
    subtitle: str | None
    byline: str | None
    dateline: str | None
    body: str
    continued_to: str | None
    continued_from: str | None
    entities: list[tuple[int, str, str, list[str]]]  # id, kind, name, printed aliases
    amounts: list[str]  # sums of money as printed, for highlighting
    page_no: int | None = None  # the page of the PDF (or multi-page scan) the article was printed on
    source: str | None = None  # the file the issue was read from


def article_texts(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    """Each article's full text (headline block, then body), by id, for exports that carry it."""
    sql = """select id, coalesce(kicker || char(10), '') || coalesce(title, '') || coalesce(char(10) || subtitle, '')
             || char(10) || char(10) || body from articles where id in (select value from json_each(?))"""
    return dict(db.execute(sql, [json.dumps(sorted(set(ids)))]).fetchall())


def issues(db: sqlite_utils.Database) -> list[IssueRow]:
    """Every issue with its article count, newest first (undated ones by file name)."""
    sql = """select i.id, i.source, i.title, i.date, i.issue_number, count(a.id),
             (select f.title from articles f where f.issue_id = i.id and f.title is not null order by f.seq limit 1)
             from issues i left join articles a on a.issue_id = i.id group by i.id
             order by i.date is null, i.date desc, i.source"""
    return [IssueRow(*r) for r in db.execute(sql)]


_ARTICLE_COLS = "a.id, a.issue_id, a.seq, a.title, z.name, a.byline, i.date, i.title"
_ARTICLE_FROM = "articles a join issues i on i.id = a.issue_id left join entities z on z.id = a.zone_id"
_ARTICLE_ORDER = "i.date desc, a.issue_id, a.seq"


def _page(limit: int | None, offset: int) -> tuple[str, dict[str, object]]:
    """A LIMIT/OFFSET clause and its named parameters (SQLite wants a LIMIT before an OFFSET: -1 is none)."""
    if limit is None and not offset:
        return "", {}
    return " limit :limit offset :offset", {"limit": -1 if limit is None else limit, "offset": offset}


def articles_for_issue(db: sqlite_utils.Database, issue_id: int) -> list[ArticleRow]:
    """An issue's articles in reading order, with each one's main zone."""
    sql = f"select {_ARTICLE_COLS} from {_ARTICLE_FROM} where a.issue_id = ? order by a.seq"
    return [ArticleRow(*r) for r in db.execute(sql, [issue_id])]


def articles_with(
    db: sqlite_utils.Database, entity_ids: list[int], limit: int | None = None, offset: int = 0
) -> list[ArticleRow]:
    """Articles that mention all of these entities (every article when none is given), newest first."""
    ctes, join = [], ""
    lim, params = _page(limit, offset)
    if entity_ids:
        ctes.append(HITS)
        join = "join hits on hits.article_id = a.id"
        params.update(hits_params(entity_ids))
    # The page's ids first, then its columns: names are looked up for the rows shown only.
    ctes.append(f"""page as (select a.id from articles a join issues i on i.id = a.issue_id {join}
                    order by {_ARTICLE_ORDER}{lim})""")
    sql = f"""with {", ".join(ctes)} select {_ARTICLE_COLS} from page join articles a on a.id = page.id
              join issues i on i.id = a.issue_id left join entities z on z.id = a.zone_id order by {_ARTICLE_ORDER}"""
    return [ArticleRow(*r) for r in db.execute(sql, params)]


def article(db: sqlite_utils.Database, article_id: int) -> ArticleDetail | None:
    """One article with its issue and its entities (with every printed form, for highlighting)."""
    r = db.execute(
        """select a.id, a.issue_id, i.title, i.date, a.seq, a.title, a.kicker, a.subtitle, a.byline, a.dateline,
           a.body, a.continued_to, a.continued_from, a.page_no, i.source
           from articles a join issues i on i.id = a.issue_id where a.id = ?""",
        [article_id],
    ).fetchone()
    if r is None:
        return None
    ents = []
    for eid, kind, name in db.execute(
        """select e.id, e.kind, e.name from article_entities ae join entities e on e.id = ae.entity_id
           where ae.article_id = ? order by e.kind, ae.mentions desc""",
        [article_id],
    ):
        aliases = [a for (a,) in db.execute("select alias from entity_aliases where entity_id = ?", [eid])]
        ents.append((eid, kind, name, aliases))
    sums = [t for (t,) in db.execute("select text from amounts where article_id = ? order by id", [article_id])]
    return ArticleDetail(*r[:-2], entities=ents, amounts=sums, page_no=r[-2], source=r[-1])  # type: ignore[misc]


def entities(
    db: sqlite_utils.Database,
    kind: str | None = None,
    within: list[int] | None = None,
    articles: set[int] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[EntityCount]:
    """Entities with the number of articles mentioning them, most mentioned first.

    `within`: count only articles that mention all of these entities (facet counts under a filter);
    `articles`: count only these articles (e.g. a search's hits).
    """
    lim, params = _page(limit, offset)
    params["kind"] = kind
    if not within and articles is None:  # the stored counts answer from an index
        stored = "kind = :kind and articles > 0" if kind else "articles > 0"
        sql = f"select id, kind, name, articles from entities where {stored} order by articles desc, name_key{lim}"
        return [EntityCount(*r) for r in db.execute(sql, params)]
    # The article set is built once in a CTE: inside IN (…) SQLite re-ran it (seconds at 10k articles).
    # Each CTE holds an article once and (article, entity) is the links' key, so count(*) counts articles.
    ctes: list[str] = []
    if within:
        ctes.append(HITS)
        params.update(hits_params(within))
    if articles is not None:
        ctes.append("picked(article_id) as (select value from json_each(:picked))")
        params["picked"] = json.dumps(sorted(articles))
    sets = [c[: c.index("(")] for c in ctes]
    where = "where e.kind = :kind" if kind else ""
    sql = f"""with {", ".join(ctes)} select e.id, e.kind, e.name, c.n from {linked_entities(sets)} {where}
              order by c.n desc, e.name_key, e.id{lim}"""
    return [EntityCount(*r) for r in db.execute(sql, params)]


def find_entity(db: sqlite_utils.Database, kind: str, name: str) -> int | None:
    """An entity's id by its canonical name or any printed form."""
    row = db.execute(
        """select e.id from entities e left join entity_aliases al on al.entity_id = e.id
           where e.kind = ? and (e.name = ? or al.alias = ?) limit 1""",
        [kind, name, name],
    ).fetchone()
    return row[0] if row else None


def cooccurring(db: sqlite_utils.Database, entity_id: int, kind: str | None = None) -> list[EntityCount]:
    """Entities that appear in the same articles as this one (which companies appear with this zone)."""
    params: list[object] = [entity_id, entity_id]
    extra = ""
    if kind:
        extra = "and e.kind = ?"
        params.append(kind)
    sql = f"""select e.id, e.kind, e.name, count(distinct ae.article_id) n from article_entities ae
              join entities e on e.id = ae.entity_id
              where ae.article_id in (select article_id from article_entities where entity_id = ?)
              and e.id != ? {extra} group by e.id order by n desc, e.name_key"""
    return [EntityCount(*r) for r in db.execute(sql, params)]


def amounts(
    db: sqlite_utils.Database,
    entity_ids: list[int] | None = None,
    issue_id: int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    sort: str = "value",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
) -> list[AmountRow]:
    """Sums of money: tied to each zone given, in articles naming each other entity, in an issue or dates."""
    where, params = filter_where(db, entity_ids or [], date_from, date_to, sums=True, linked="m.article_id")
    if issue_id is not None:
        where.append("a.issue_id = :issue")
        params["issue"] = issue_id
    order = {"value": "m.value_yuan", "date": "i.date", "zone": "z.name_key"}.get(sort)  # zones in pinyin order
    if order is None:
        raise ValueError(f"cannot sort amounts by {sort!r}; one of value, date, zone")
    clause, more = _page(limit, offset)
    sql = f"""select m.id, m.article_id, m.value_yuan, m.text, m.qualifier, z.name, m.sentence, a.title, i.date
              from amounts m join articles a on a.id = m.article_id join issues i on i.id = a.issue_id
              left join entities z on z.id = m.zone_id {"where " + " and ".join(where) if where else ""}
              order by {order} {"desc" if descending else "asc"} nulls last, m.id{clause}"""
    return [AmountRow(*r) for r in db.execute(sql, params | more)]


def entity_names(db: sqlite_utils.Database, ids: list[int]) -> list[tuple[int, str, str]]:
    """(id, kind, name) of these entities, in the order given."""
    if not ids:
        return []
    rows = {
        r[0]: r
        for r in db.execute(
            "select id, kind, name from entities where id in (select value from json_each(?))", [json.dumps(ids)]
        )
    }
    return [rows[i] for i in ids if i in rows]


def yuan(value: int) -> str:
    """87.03亿元 / 8800万元 / 500元: how Chinese reports print sums."""
    if value >= 100_000_000:
        return f"{value / 100_000_000:.4f}".rstrip("0").rstrip(".") + "亿元"
    if value >= 10_000:
        return f"{value / 10_000:.4f}".rstrip("0").rstrip(".") + "万元"
    return f"{value}元"
