"""`baokan export`: a table, filtered and sorted in SQL, as Markdown, CSV, TSV, JSON or JSON Lines."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from baokan.store.db.export import FORMATS as EXPORT_FORMATS
from baokan.store.files import one_line, visible, write_atomic
from baokan.store.kinds import TABLES
from rich.console import Console
from rich.text import Text

from .building import resolve_db
from .cli_common import (
    DB_OPTION,
    FROM_OPTION,
    TO_OPTION,
    checked_dates,
    fail,
    open_store,
    resolve_entities,
    stdout_is_terminal,
    text_arg,
)


@click.command()
@click.argument("table", type=click.Choice(TABLES))
@click.option("--zone", default=None, callback=text_arg, help="Only rows about this zone.")
@click.option("--company", default=None, callback=text_arg, help="Only rows about this company.")
@click.option("--person", default=None, callback=text_arg, help="Only rows about this person.")
@click.option("--query", "-q", default=None, callback=text_arg, help="Only rows from articles containing this text.")
@FROM_OPTION
@TO_OPTION
@click.option("--sort", default=None, help="Column to sort by (amounts: by value).")
@click.option("--desc", is_flag=True, help="Sort descending.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file (default: stdout). An existing file is not overwritten without --force.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default=None,
    help="md (default), csv, tsv, json or jsonl; without it, the output file's extension decides.",
)
@click.option("--with-text", is_flag=True, help="Add a column with each row's article, whole.")
@DB_OPTION
@click.pass_context
def export(
    ctx: click.Context,
    table: str,
    zone: str | None,
    company: str | None,
    person: str | None,
    query: str | None,
    date_from: str | None,
    date_to: str | None,
    sort: str | None,
    desc: bool,
    output: Path | None,
    force: bool,
    fmt: str | None,
    with_text: bool,
    db_path: Path | None,
) -> None:
    """TABLE as Markdown (cells escaped, columns padded by display width), CSV, TSV, JSON or JSON Lines."""
    from baokan.store.db import export as ex
    from baokan.store.db import queries, views

    console = Console(stderr=True)
    date_from, date_to = checked_dates(date_from, date_to)
    path = resolve_db(db_path or ctx.obj.get("db"))
    db = open_store(path, console)
    ids = resolve_entities(db, console, zone=zone, company=company, person=person)
    names = [n for _, _, n in queries.entity_names(db, ids)]  # type: ignore[arg-type]
    dates = f"{date_from or '…'} to {date_to or '…'}" if date_from or date_to else ""
    filt = " + ".join(names + ([f"“{query}”"] if query else []) + ([dates] if dates else []))
    fmt = fmt or (ex.format_of(output) if output is not None else "md")
    try:  # every row, sorted and filtered in SQL
        done = ex.export_table(
            db,  # type: ignore[arg-type]
            table,
            fmt,
            store=str(path),
            filter_text=filt,
            entity_ids=ids,
            query=query,
            sort=sort,
            descending=desc,
            date_from=date_from,
            date_to=date_to,
            with_text=with_text,
        )
    except views.UnknownColumn as e:
        console.print(Text(f"baokan: {table}: {e}", style="red"))
        sys.exit(2)
    text = done.text
    if output is None:
        # On a terminal, page text is shown inert (ESC as ␛); a pipe or a file gets the data as stored.
        # color=True: click would otherwise strip escape sequences from piped data, changing what was stored.
        click.echo(visible(text) if stdout_is_terminal() else text, nl=False, color=True)
        return
    if output.exists() and not force:
        console.print(Text(f"baokan: {one_line(output)}: exists; use --force to overwrite", style="red"))
        sys.exit(1)
    if not output.parent.is_dir():
        fail(f"{output}: no such folder {output.parent}: create it first")
    try:
        write_atomic(output, text)  # a full disk leaves the previous export whole
    except OSError as e:
        fail(f"{output}: cannot write ({e.strerror or e}); nothing was changed")
    console.print(Text(f"{done.rows} rows → {one_line(output)} ({fmt})"), soft_wrap=True)
