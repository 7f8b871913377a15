"""The store's one writer: a page's issue, articles, index entries and entities in one transaction."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from ..analysis import Analysis
from ..extract.page import PageEntities
from ..pages.model import ParsedPage
from ..zh import segment
from ..zh.collate import sort_key
from ..zh.grams import gram_document

TEXT_COLS = ("title", "kicker", "subtitle", "byline", "byline_text", "dateline", "body")  # as named on Article
# In the order _write_articles gives the values: ids and place, the texts, then what is worked out from them.
ARTICLE_COLS = [
    *("issue_id", "seq", "page_no", *TEXT_COLS, "chars", "continued_to", "continued_from", "title_key", "byline_key")
]


def insert_sql(table: str, cols: list[str], upsert_key: str | None = None) -> str:
    """A plain INSERT (or upsert on a key): sqlite-utils' helpers look the table up on every call."""
    sql = f"insert into {table} ({', '.join(cols)}) values ({', '.join('?' * len(cols))})"
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != upsert_key)
    return sql + (f" on conflict ({upsert_key}) do update set {sets}" if upsert_key else "")


ARTICLE_INSERT = insert_sql("articles", ARTICLE_COLS)


def page_key(path: Path, page_no: int | None) -> str:
    """The pages table's key: the file's path, with #page=N for a page of a PDF (as PDF viewers link to it)."""
    return str(path) if page_no is None else f"{path}#page={page_no}"


def file_of_key(key: str, page_no: int | None) -> str:
    """The file a pages key belongs to."""
    return key if page_no is None else key.rsplit("#page=", 1)[0]


def issue_title(source: str, page: ParsedPage) -> str:
    """A readable name: paper, supplement, issue number and date where printed, else the page's first headline
    (a scan's file name is often a hash), else the file's name."""
    m = page.meta
    if m.issue_number is None and m.date is None:
        return next((a.title for a in page.articles if a.title), None) or Path(source).stem
    parts = [m.paper or "", m.supplement or "", f"第{m.issue_number}期" if m.issue_number else "", m.date or ""]
    return " ".join(p for p in parts if p)


class PageWriter:
    """Writes analysed pages into one store; remembers entity ids between pages of a build."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        # (kind, key) → (id, length of the stored name): most entities of a page (its province, its
        # city) were written by earlier pages, and a build is the store's only writer.
        self.ids: dict[tuple[str, str], tuple[int, int]] = {}

    def write_page(
        self,
        path: Path,
        sha: str,
        size: int,
        an: Analysis,
        old_issue: int | None,
        mtime_ns: int | None = None,
        kind: str = "txt",
        page_no: int | None = None,
        into_issue: int | None = None,
    ) -> int:
        """Write one analysed page in one transaction: it is fully in the store or not at all.

        A later page of a PDF goes `into_issue`, the issue its first page made: its articles are added after
        that issue's, and the masthead read from the first page stays.
        """
        try:
            with self.db.atomic():
                issue_id = into_issue if into_issue is not None else self._write_issue(path, an, old_issue)
                self._write_articles(issue_id, an, page_no)
                self._write_page_row(path, sha, size, an, issue_id, mtime_ns, kind, page_no)
                return issue_id
        except BaseException:
            self.ids.clear()  # the rolled-back transaction may have created some of them
            raise

    def _write_issue(self, path: Path, an: Analysis, old_issue: int | None) -> int:
        """The issue row of a file's (first) page, emptied of what an older version of the file wrote."""
        db, page = self.db, an.page
        # The issue this path has now, read inside the transaction: a caller's older snapshot could be stale,
        # and writing a second issue for one path is how a page came to be counted twice.
        prefix = page_key(path, 0)[:-1]  # a PDF's pages are keyed FILE#page=N
        # Two index lookups (the path, then a range of the key's prefix): `substr(path) = ?` read every page row,
        # most of a one-page rebuild in a 100k store.
        row = db.execute(
            "select issue_id from pages where path = ? union all "
            "select issue_id from pages where path >= ? and path < ? limit 1",
            [str(path), prefix, prefix + "\U0010ffff"],
        ).fetchone()
        old_issue = row[0] if row and row[0] is not None else None
        if old_issue is not None:
            self.clear_issue(old_issue)
        title = issue_title(path.name, page)
        issue = {
            "source": path.name,
            "paper": page.meta.paper,
            "supplement": page.meta.supplement,
            "issue_number": page.meta.issue_number,
            "total_number": page.meta.total_number,
            "date": page.meta.date,
            "title": title,
            "layout": page.layout,
            "title_key": sort_key(title),
        }
        # Plain statements (see insert_sql): sqlite-utils' helpers were a fifth of the single writer's work.
        cols = list(issue)
        if old_issue is not None:
            sets = ", ".join(f"{c} = ?" for c in cols)
            db.conn.execute(f"update issues set {sets} where id = ?", [*issue.values(), old_issue])
            return old_issue
        return int(db.conn.execute(insert_sql("issues", cols), list(issue.values())).lastrowid or 0)

    def _write_articles(self, issue_id: int, an: Analysis, page_no: int | None) -> None:
        """A page's articles (numbered on after the issue's earlier pages), fragments, index entries and entities."""
        db, page = self.db, an.page
        conn = db.conn
        after = conn.execute("select coalesce(max(seq), 0) from articles where issue_id = ?", [issue_id]).fetchone()[0]
        ids: list[int] = []
        for a in page.articles:
            cur = conn.execute(
                ARTICLE_INSERT,
                [issue_id, a.seq + after, page_no, *(getattr(a, c) for c in TEXT_COLS), len(a.body)]
                + [a.continued_to, a.continued_from, sort_key(a.title), sort_key(a.byline)],
            )
            ids.append(int(cur.lastrowid or 0))
        conn.executemany("insert into article_grams(rowid, grams) values (?, ?)", zip(ids, an.grams))
        conn.executemany(
            "insert into articles_fts(rowid, title, body) values (?, ?, ?)", [(i, *s) for i, s in zip(ids, an.segs)]
        )
        frags = [(issue_id, f.kind, f.text) for f in page.fragments]
        conn.executemany("insert into fragments (issue_id, kind, text) values (?, ?, ?)", frags)
        self._write_entities(ids, an.entities)

    def _write_page_row(
        self,
        path: Path,
        sha: str,
        size: int,
        an: Analysis,
        issue_id: int,
        mtime_ns: int | None,
        kind: str,
        page_no: int | None,
    ) -> None:
        """The pages row that lets the next build skip this page when the file's bytes are the same."""
        row = {
            "path": page_key(path, page_no),
            "issue_id": issue_id,
            "sha256": sha,
            "encoding": an.encoding,
            "bytes": size,
            "mtime_ns": mtime_ns,
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "warnings": json.dumps(an.warnings, ensure_ascii=False),
            "kind": kind,
            "page_no": page_no,
        }
        self.db.conn.execute(insert_sql("pages", list(row), upsert_key="path"), list(row.values()))

    def repair(self) -> int:
        """Remove issues no page points to (left by builds of older versions run at once); returns how many."""
        sql = "select id from issues where id not in (select issue_id from pages where issue_id is not null)"
        orphans = [r[0] for r in self.db.execute(sql).fetchall()]
        if orphans:
            with self.db.atomic():
                for issue_id in orphans:
                    self.clear_issue(issue_id)
                    self.db.execute("delete from issues where id = ?", [issue_id])
            self.ids.clear()
        return len(orphans)

    def clear_issue(self, issue_id: int) -> None:
        """Remove an issue's articles, fragments, index entries and links (inside the caller's transaction)."""
        db = self.db
        old = db.execute(
            "select id, kicker, title, subtitle, body from articles where issue_id = ?", [issue_id]
        ).fetchall()
        self._clear_entities([r[0] for r in old])
        # Neither index stores its documents: deleting one means writing the same tokens again, made the
        # same way from the stored text (a dictionary change between builds needs a full rebuild).
        for aid, kicker, title, subtitle, body in old:
            db.execute(
                "insert into article_grams(article_grams, rowid, grams) values('delete', ?, ?)",
                [aid, gram_document(title, body)],
            )
            head = " ".join(x for x in (kicker, title, subtitle) if x)
            db.execute(
                "insert into articles_fts(articles_fts, rowid, title, body) values('delete', ?, ?, ?)",
                [aid, segment.word_document(head), segment.word_document(body)],
            )
        db.execute("delete from articles where issue_id = ?", [issue_id])
        db.execute("delete from fragments where issue_id = ?", [issue_id])

    def entity_id(self, kind: str, key: str, name: str, flags: set[str]) -> int:
        """The id of (kind, key), creating it; the canonical name becomes the fullest form seen."""
        if (hit := self.ids.get((kind, key))) is not None and len(name) <= hit[1]:
            return hit[0]
        row = self.db.execute(
            """insert into entities (kind, key, name, flags, name_key) values (?, ?, ?, ?, ?)
               on conflict (kind, key) do update set name = excluded.name, name_key = excluded.name_key
               where length(excluded.name) > length(name)
               returning id, length(name)""",
            [kind, key, name, ",".join(sorted(flags)) or None, sort_key(name)],
        ).fetchone()
        if row is None:  # the existing name was as full: nothing updated, nothing returned
            row = self.db.execute(
                "select id, length(name) from entities where kind = ? and key = ?", [kind, key]
            ).fetchone()
        self.ids[(kind, key)] = (row[0], row[1])
        return int(row[0])

    def _write_entities(self, ids: list[int], pe: PageEntities) -> None:
        """Entities, aliases, article links, amounts and roles of one page."""
        eid = {k: self.entity_id(e.kind, e.key, pe.names.get(k) or e.name, e.flags) for k, e in pe.entities.items()}
        conn = self.db.conn
        conn.executemany(
            "insert or ignore into entity_aliases (entity_id, alias) values (?, ?)",
            [(eid[k], a) for k, e in pe.entities.items() for a in e.aliases],
        )
        conn.executemany(
            "insert or ignore into article_entities (article_id, entity_id, mentions) values (?, ?, ?)",
            [(ids[n], eid[k], c) for n, links in enumerate(pe.links) for k, c in links.items() if k in eid],
        )
        # One link is one article: counts grow by the links this page adds (a recount would be quadratic).
        added = Counter(eid[k] for links in pe.links for k in links if k in eid)
        conn.executemany("update entities set articles = articles + ? where id = ?", [(n, e) for e, n in added.items()])
        # Each article's main zone (most mentioned), kept on the article so lists need no subquery.
        conn.executemany(
            "update articles set zone_id = ? where id = ?",
            [
                (eid[max(zones, key=lambda k: (links[k], -eid[k]))], ids[n])
                for n, links in enumerate(pe.links)
                if (zones := [k for k in links if k[0] == "zone" and k in eid])
            ],
        )
        self._write_amounts(ids, pe, eid)
        conn.executemany(
            "insert into roles (person_id, role, org_id, article_id) values (?, ?, ?, ?)",
            [
                (eid[("person", person)], role, eid.get(org) if org else None, ids[n])
                for n, person, role, org in pe.roles
                if ("person", person) in eid
            ],
        )

    def _write_amounts(self, ids: list[int], pe: PageEntities, eid: dict[tuple[str, str], int]) -> None:
        """The page's sums in printed order; a headline figure that repeats a body figure points at its row."""
        conn = self.db.conn
        row_ids = [
            int(
                conn.execute(
                    "insert into amounts (article_id, value_yuan, text, qualifier, zone_id, sentence,"
                    " text_key, qualifier_key, sentence_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        ids[a.article],
                        a.value_yuan,
                        a.text,
                        a.qualifier,
                        eid.get(("zone", a.zone_key)) if a.zone_key else None,
                        a.sentence,
                        sort_key(a.text),
                        sort_key(a.qualifier),
                        sort_key(a.sentence),
                    ],
                ).lastrowid
                or 0
            )
            for a in pe.amounts
        ]
        # The repeated row may come later in print (a title above its body), so links are set once all have ids.
        conn.executemany(
            "update amounts set repeat_of = ? where id = ?",
            [(row_ids[a.repeat_of], row_ids[k]) for k, a in enumerate(pe.amounts) if a.repeat_of is not None],
        )

    def _clear_entities(self, article_ids: list[int]) -> None:
        """Forget the links of these articles, and entities nothing else mentions."""
        if not article_ids:
            return
        db = self.db
        marks = ",".join("?" * len(article_ids))
        removed = db.execute(
            f"select entity_id, count(*) from article_entities where article_id in ({marks}) group by entity_id",
            article_ids,
        ).fetchall()
        gone: set[int] = set()
        for table in ("article_entities", "amounts", "roles"):
            db.execute(f"delete from {table} where article_id in ({marks})", article_ids)
        db.conn.executemany("update entities set articles = articles - ? where id = ?", [(n, e) for e, n in removed])
        for e, _ in removed:
            if not db.execute("select 1 from article_entities where entity_id = ? limit 1", [e]).fetchone():
                db.execute("delete from entity_aliases where entity_id = ?", [e])
                db.execute("update amounts set zone_id = null where zone_id = ?", [e])
                db.execute("delete from roles where org_id = ? or person_id = ?", [e, e])
                db.execute("delete from entities where id = ?", [e])
                gone.add(e)
        if gone:  # forget deleted ids so a later page creates the entity again
            for k in [k for k, (i, _) in self.ids.items() if i in gone]:
                del self.ids[k]
