"""What the `baokan` commands share: the store option, entity and date options, and output for people and pipes."""

from __future__ import annotations

import contextlib
import csv
import json
import re
import sys
from pathlib import Path
from typing import NoReturn

import click
from baokan.store import db as store_db
from baokan.store.db import StoreError
from baokan.store.db.timeline import BadDate, date_range
from baokan.store.files import SURROGATE_RE, one_line
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .building import resolve_db
from .literal import visible

DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=f"Store file (default: ${store_db.ENV_DB} or the per-user data folder).",
)
OUTPUT_FORMATS = ("table", "tsv", "json")
# JSON escapes C0 controls itself but leaves these raw: a terminal acts on C1 ones (U+009B is CSI) and
# the bidi overrides reorder the line. Escaped as \uXXXX, a JSON parser still reads the same string.
JSON_RAW_RE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def inert_json(value: object) -> str:
    """value as JSON (CJK as itself) with no character a terminal would act on."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return JSON_RAW_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


FORMAT_OPTION = click.option(
    "--format",
    "out_format",
    type=click.Choice(OUTPUT_FORMATS),
    default="table",
    show_default=True,
    help="table: for people (full values when piped); tsv or json: for programs.",
)
FROM_OPTION = click.option(
    "--from",
    "date_from",
    default=None,
    metavar="DATE",
    help="Only issues dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).",
)
TO_OPTION = click.option(
    "--to",
    "date_to",
    default=None,
    metavar="DATE",
    help="Only issues dated on or before (YYYY, YYYY-MM or YYYY-MM-DD).",
)


def open_store(db_path: Path | None, console: Console) -> object:
    """Open a store for reading, or exit with a one-line message."""
    path = resolve_db(db_path)
    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.obj is not None:
        ctx.obj["store"] = path  # named by the one-line message of a later store error
    try:
        return store_db.open_readonly(path)
    except StoreError as e:
        hint = ": run `baokan build` first (it reads the bundled sample pages)" if "no such store" in str(e) else ""
        console.print(Text(f"baokan: {e}{hint}", style="red"), soft_wrap=True)
        sys.exit(2)


def checked_dates(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """--from/--to as days, or exit 2 with what is wrong."""
    try:
        return date_range(date_from, date_to)
    except BadDate as e:
        raise click.BadParameter(str(e), param_hint="--from/--to") from e


def resolve_entities(db: object, console: Console, **names: str | None) -> list[int]:
    """Entity ids for --zone/--company/--person names; exit with a message when one is unknown."""
    from baokan.store.db import queries

    ids = []
    for kind, name in names.items():
        if not name:
            continue
        eid = queries.find_entity(db, kind, name)  # type: ignore[arg-type]
        if eid is None:
            console.print(Text(f"baokan: no {kind} named '{one_line(name)}' in the store", style="red"))
            sys.exit(2)
        ids.append(eid)
    return ids


def print_table(console: Console, headers: list[str], rows: list[list[str]], title: str | None = None) -> None:
    """Rows as a Rich table; cells are literal Text (never markup, never terminal escapes)."""
    table = Table(title=title, show_lines=False)
    for h in headers:
        table.add_column(h)
    for r in rows:
        table.add_row(*[Text(visible("" if c is None else str(c))) for c in r])
    console.print(table)


def stdout_is_terminal() -> bool:
    """True when standard output is a terminal (a person reads it), not a pipe or a file."""
    return sys.stdout.isatty()


def emit(headers: list[str], rows: list[list[str]], out_format: str = "table", title: str | None = None) -> None:
    """Rows to stdout: a Rich table on a terminal (every value whole when piped), or TSV or JSON."""
    if out_format == "json":
        click.echo(inert_json([dict(zip(headers, r)) for r in rows]))
        return
    if out_format == "tsv":
        writer = csv.writer(sys.stdout, dialect="excel-tab", lineterminator="\n")
        writer.writerow(headers)
        writer.writerows([[visible(c) for c in r] for r in rows])
        return
    # Piped, a table is as wide as its longest values: cutting them at 80 columns would lose data.
    console = Console() if stdout_is_terminal() else Console(width=100_000)
    print_table(console, headers, rows, title)


def fail(message: str) -> NoReturn:
    """Print one inert line on stderr and exit with status 2."""
    with contextlib.suppress(OSError):
        click.echo(f"baokan: {one_line(message)}", err=True)
    sys.exit(2)


def text_arg(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse an argument holding bytes that are not UTF-8 (they arrive as lone surrogates)."""
    if value is not None and SURROGATE_RE.search(value):
        fail(f"{param.name}: {one_line(value)} is not valid UTF-8 text")
    return value
