"""Tables as GitHub-flavoured Markdown, escaped so a real parser reads them back cell for cell."""
from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from . import queries
from .text import width

TABLES = ("articles", "zones", "companies", "people", "amounts")
KIND_OF = {"zones": "zone", "companies": "company", "people": "person"}


@dataclass
class TableData:
    """What a table view shows: headers, rows of strings, and the article each row opens."""

    name: str
    headers: list[str]
    rows: list[list[str]]
    article_ids: list[int | None]


def cell(value: object) -> str:
    """Escape one cell: | becomes \\|, newlines become <br>; nothing else changes (3.5亿元 stays)."""
    s = "" if value is None else str(value)
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")


def markdown_table(headers: list[str], rows: list[list[str]], note: str | None = None) -> str:
    """A Markdown table padded by display width, with an optional first line saying what it is."""
    cells = [[cell(h) for h in headers]] + [[cell(c) for c in r] for r in rows]
    widths = [max(3, *(width(r[i]) for r in cells)) for i in range(len(headers))]
    pad = lambda s, w: s + " " * (w - width(s))  # noqa: E731
    lines = []
    if note:
        lines += [note, ""]
    lines.append("| " + " | ".join(pad(c, w) for c, w in zip(cells[0], widths)) + " |")
    lines.append("| " + " | ".join("-" * w for w in widths) + " |")
    lines += ["| " + " | ".join(pad(c, w) for c, w in zip(r, widths)) + " |" for r in cells[1:]]
    return "\n".join(lines) + "\n"


def table_data(db: sqlite_utils.Database, name: str, filter_ids: list[int] | None = None, query: str | None = None) -> TableData:
    """The rows of one table view under a filter (entities that must all be mentioned) and an optional search."""
    filter_ids = filter_ids or []
    if name == "articles":
        arts = queries.articles_with(db, filter_ids)
        if query:
            from .search import search

            hit = {h.article_id for h in search(db, query, limit=1_000_000).hits}
            arts = [a for a in arts if a.id in hit]
        return TableData(name, ["date", "issue", "title", "zone", "byline"],
                         [[a.date or "", a.issue_title, a.title or "", a.zone or "", a.byline or ""] for a in arts],
                         [a.id for a in arts])
    if name in KIND_OF:
        ents = queries.entities(db, KIND_OF[name], within=filter_ids or None)
        return TableData(name, ["name", "articles"], [[e.name, str(e.articles)] for e in ents], [None] * len(ents))
    if name == "amounts":
        kinds = {eid: kind for eid, kind in db.execute(
            f"select id, kind from entities where id in ({','.join('?' * len(filter_ids))})", filter_ids)} if filter_ids else {}
        zone = next((e for e in filter_ids if kinds.get(e) == "zone"), None)
        company = next((e for e in filter_ids if kinds.get(e) == "company"), None)
        person = next((e for e in filter_ids if kinds.get(e) == "person"), None)
        rows = queries.amounts(db, zone=zone, company=company, person=person)
        return TableData(name, ["amount", "printed", "qualifier", "zone", "date", "article", "sentence"],
                         [[queries.yuan(r.value_yuan), r.text, r.qualifier or "", r.zone or "", r.date or "",
                           r.title or "", r.sentence] for r in rows],
                         [r.article_id for r in rows])
    raise ValueError(f"unknown table {name!r}; one of {', '.join(TABLES)}")
