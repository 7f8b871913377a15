"""Writers for table views: Markdown (hand-written, escaped for a real parser), CSV, TSV, JSON, JSON Lines."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

from ..zh.text import width
from .views import TableData

# Export formats, each also the file extension.
FORMATS: tuple[str, ...] = ("md", "csv", "tsv", "json", "jsonl")
TEXT_COLUMN = "text"  # the column --with-text adds: each row's article, whole


class UnknownFormat(ValueError):
    """A format that is not one of FORMATS."""


def cell(value: object) -> str:
    """Escape one cell: | becomes \\|, newlines become <br>; nothing else changes (3.5亿元 stays)."""
    s = "" if value is None else str(value)
    return (
        s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")
    )


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


def with_text(data: TableData, texts: dict[int, str]) -> tuple[list[str], list[list[str]]]:
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


def write_atomic(path: Path, text: str) -> None:
    """Write text to path whole or not at all: a temporary file beside it, then a rename (raises OSError)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; an export is an ordinary file
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    # The only way to read the umask is to set it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
