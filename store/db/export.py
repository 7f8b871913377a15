"""Writers for table views: GitHub-flavoured Markdown escaped so a real parser reads it back."""

from __future__ import annotations

from ..files import visible
from ..zh.text import width
from .views import TableData


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
