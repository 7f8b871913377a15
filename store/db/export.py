"""Table views written out: Markdown (hand-written, escaped for a real parser), CSV, TSV, JSON, JSON Lines.

`export_table` is the one way from the store to an export: `baokan export` and the app's export and copy
call it, so a file, a terminal and the clipboard get the same rows, note line and columns.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from ..files import visible
from ..zh.text import width
from . import queries, views
from .views import TableData

# Export formats, each also the file extension.
FORMATS: tuple[str, ...] = ("md", "csv", "tsv", "json", "jsonl")
TEXT_COLUMN = "text"  # the column --with-text adds: each row's article, whole


class UnknownFormat(ValueError):
    """A format that is not one of FORMATS."""


def cell(value: object) -> str:
    """Escape one cell: | becomes \\|, newlines become <br>, control characters show (ESC → ␛); 3.5亿元 stays."""
    s = "" if value is None else str(value)
    s = visible(s.replace("\r\n", "\n").replace("\r", "\n"))
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def markdown_table(headers: list[str], rows: list[list[str]], note: str | None = None) -> str:
    """A Markdown table padded by display width, with an optional first line saying what it is."""
    cells = [[cell(h) for h in headers]] + [[cell(c) for c in r] for r in rows]
    widths = [max(3, *(width(r[i]) for r in cells)) for i in range(len(headers))]

    def line(r: list[str]) -> str:
        return "| " + " | ".join(c + " " * (w - width(c)) for c, w in zip(r, widths)) + " |"

    out = [cell(note), ""] if note else []
    out.append(line(cells[0]))
    out.append("| " + " | ".join("-" * w for w in widths) + " |")
    out += [line(r) for r in cells[1:]]
    return "\n".join(out) + "\n"


def export_note(store: str, data: TableData, filter_text: str) -> str:
    """The line above an exported table: which store, which filter, how many rows."""
    return f"baokan {data.name} from {store}; filter: {filter_text or 'none'}; {len(data.rows)} rows"


def text_column(data: TableData, texts: dict[int, str]) -> tuple[list[str], list[list[str]]]:
    """Headers and rows with one more column: the full text of each row's article ('' for a row without one)."""
    rows = [r + [texts.get(a, "") if a is not None else ""] for r, a in zip(data.rows, data.article_ids)]
    return data.headers + [TEXT_COLUMN], rows


def render(fmt: str, headers: list[str], rows: list[list[str]], note: str | None = None) -> str:
    """A table in one of FORMATS; only Markdown carries the note line (the others stay plain data)."""
    if fmt == "md":
        return markdown_table(headers, rows, note)
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, dialect="excel-tab" if fmt == "tsv" else "excel", lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(rows)
        return out.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(headers, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(dict(zip(headers, r)), ensure_ascii=False) + "\n" for r in rows)
    raise UnknownFormat(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


def format_of(path: Path | str, default: str = "md") -> str:
    """The format a file name asks for by its extension (default when it names none)."""
    ext = Path(path).suffix.lower().lstrip(".")
    return {"markdown": "md", "txt": default}.get(ext, ext if ext in FORMATS else default)


@dataclass(frozen=True)
class Export:
    """A table view rendered for a file, a terminal or the clipboard, and how many rows it holds."""

    text: str
    rows: int


def export_table(
    db: sqlite_utils.Database,
    table: str,
    fmt: str,
    *,
    store: str,
    filter_text: str,
    entity_ids: list[int] | None = None,
    query: str | None = None,
    sort: str | None = None,
    descending: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
    with_text: bool = False,
) -> Export:
    """Every row of a view, filtered and sorted in SQL, in fmt under the note line; with_text adds each article.

    Raises views.UnknownTable or views.UnknownColumn for a view or sort column that does not exist.
    """
    entity_ids = entity_ids or []
    data = views.table_page(db, table, entity_ids, query, sort, descending, -1, 0, date_from, date_to).data
    headers, rows = data.headers, data.rows
    if with_text:
        texts = queries.article_texts(db, [a for a in data.article_ids if a is not None])
        headers, rows = text_column(data, texts)
    return Export(render(fmt, headers, rows, export_note(store, data, filter_text)), len(rows))
