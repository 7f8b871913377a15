"""The page as printed: the source page's lines, each marked with whose it is (this article, another, a fragment)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from ..pages.decode import MAX_BYTES, PageError, decode

ARTICLE, OTHER, BLANK, UNPLACED = "article", "other", "blank", "unplaced"
_SPACE_RE = re.compile(r"\s+")
# Markdown a converter left on a line (heading hashes, quote marks, emphasis): not printed characters.
_MARKUP_RE = re.compile(r"^\s*(?:#{1,6}|>|[-*+](?=\s))\s*|\*\*|__")


@dataclass
class MarkedLine:
    """One printed line and what it belongs to: ARTICLE, OTHER, BLANK, UNPLACED or a fragment kind."""

    text: str
    mark: str


@dataclass
class PrintedPage:
    """An article's source page, line by line; `note` says when it is not the page as built."""

    path: str
    lines: list[MarkedLine]
    note: str | None = None


def squash(s: str) -> str:
    """Text without any whitespace: page lines wrap and are re-joined, so only the characters compare."""
    return _SPACE_RE.sub("", s)


def mark_lines(text: str, this: str, others: list[str], fragments: list[tuple[str, str]]) -> list[MarkedLine]:
    """Mark each line by where its characters are found: this article first, then a fragment, then another article."""
    mine, theirs = squash(this), [squash(o) for o in others]
    frags = [(kind, squash(t)) for kind, t in fragments]
    out = []
    for line in text.splitlines():
        sq = squash(_MARKUP_RE.sub("", line))
        if not sq:
            out.append(MarkedLine(line, BLANK))
        elif sq in mine:
            out.append(MarkedLine(line, ARTICLE))
        else:
            kind = next((k for k, f in frags if sq in f), None)
            if kind is not None:
                out.append(MarkedLine(line, kind))
            elif any(sq in o for o in theirs):
                out.append(MarkedLine(line, OTHER))
            else:
                out.append(MarkedLine(line, UNPLACED))
    return out


def _printed_text(row: tuple) -> str:
    # Every printed field of an article: what its lines on the page hold.
    return "\n".join(x for x in row if x)


def printed_page(db: sqlite_utils.Database, article_id: int) -> PrintedPage | None:
    """The source page of an article, marked; rebuilt from the store when the file is gone or changed."""
    row = db.execute("select issue_id from articles where id = ?", [article_id]).fetchone()
    if row is None:
        return None
    issue_id = row[0]
    arts = {
        r[0]: _printed_text(r[1:])
        for r in db.execute(
            """select id, kicker, title, subtitle, byline_text, dateline, body from articles
               where issue_id = ? order by seq""",
            [issue_id],
        )
    }
    frags = [
        (k, t) for k, t in db.execute("select kind, text from fragments where issue_id = ? order by id", [issue_id])
    ]
    page = db.execute("select path, sha256 from pages where issue_id = ?", [issue_id]).fetchone()
    this, others = arts.pop(article_id), list(arts.values())
    note, text = None, None
    if page is not None:
        path, sha = page
        try:
            p = Path(path)
            if not p.is_file() or p.stat().st_size > MAX_BYTES:
                raise OSError("not a readable page file")
            data = p.read_bytes()
            text = decode(data).text
            if hashlib.sha256(data).hexdigest() != sha:
                note = "the file changed since the store was built: marks may be off (rebuild to refresh)"
        except (OSError, PageError) as e:
            note = f"the source file cannot be read ({e}); shown as stored: fragments, then articles"
    if text is None:
        # No file: the stored pieces in reading order are the best witness left.
        text = "\n\n".join([t for _, t in frags] + [this] + others)
        path = page[0] if page is not None else ""
    return PrintedPage(path, mark_lines(text, this, others, frags), note)


def _bigrams(s: str) -> set[str]:
    s = squash(s)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _overlap(a: str | None, b: str | None) -> float:
    x, y = _bigrams(a or ""), _bigrams(b or "")
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def other_part(db: sqlite_utils.Database, article_id: int) -> int | None:
    """The article this one continues on (下转) or from (上接), when the store holds it.

    Issues do not record page labels, so a part is recognised by the opposite marker in another issue of
    the same paper and date, or, when dates are missing, by a headline that shares most of its characters.
    """
    row = db.execute(
        """select a.continued_to, a.continued_from, a.title, i.date, i.paper, a.issue_id from articles a
           join issues i on i.id = a.issue_id where a.id = ?""",
        [article_id],
    ).fetchone()
    if row is None or not (row[0] or row[1]):
        return None
    to, _, title, date, paper, issue_id = row
    other = "continued_from" if to else "continued_to"
    best, best_score = None, 0.0
    for aid, ctitle, cdate, cpaper in db.execute(
        f"""select a.id, a.title, i.date, i.paper from articles a join issues i on i.id = a.issue_id
            where a.{other} is not null and a.issue_id != ?""",
        [issue_id],
    ):
        if paper and cpaper and paper != cpaper:
            continue
        same_day = bool(date and cdate and date == cdate)
        if date and cdate and not same_day:
            continue
        score = _overlap(title, ctitle) + (1.0 if same_day else 0.0)
        if score >= 0.5 and score > best_score:
            best, best_score = aid, score
    return best
