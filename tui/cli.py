"""The `baokan` command: build the store, search it, print entities and amounts, export tables."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from baokan.store import db as store_db
from baokan.store.db import StoreError
from baokan.store.kinds import KIND_NAMES, TABLES
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .building import resolve_db, run_build
from .launch import launch

DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=f"Store file (default: ${store_db.ENV_DB} or the per-user data folder).",
)


def open_store(db_path: Path | None, console: Console) -> object:
    """Open a store for reading, or exit with a one-line message."""
    path = resolve_db(db_path)
    try:
        return store_db.open_readonly(path)
    except StoreError as e:
        console.print(Text(f"baokan: {e}", style="red"), soft_wrap=True)
        if "no such store" in str(e):
            console.print(Text("Run `baokan build` first (it reads the bundled sample pages).", style="dim"))
        sys.exit(2)


@click.group(invoke_without_command=True)
@DB_OPTION
@click.version_option(package_name="baokan")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """baokan (报刊): a terminal explorer for Chinese newspaper archives.

    With no command, opens the app on the store (building it from the bundled sample pages first
    when there is none).
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    if ctx.invoked_subcommand is None:
        sys.exit(launch(db_path))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@DB_OPTION
@click.option("--workers", type=int, default=None, help="Processes for parsing and segmentation (default: up to 2).")
@click.pass_context
def build(ctx: click.Context, paths: tuple[str, ...], db_path: Path | None, workers: int | None) -> None:
    """Read pages (.txt, .pdf, scans with the OCR extra; files or folders) into the store; no PATH reads the seeds."""
    console = Console(stderr=False)
    sys.exit(run_build(paths, db_path or ctx.obj.get("db"), console, workers))


@cli.command()
@click.argument("query")
@DB_OPTION
@click.option("--limit", type=int, default=20, show_default=True)
@click.pass_context
def search(ctx: click.Context, query: str, db_path: Path | None, limit: int) -> None:
    """Articles containing QUERY (any characters; nothing in it is search syntax), ranked."""
    from baokan.store.db.search import search as run_search

    console = Console()
    db = open_store(db_path or ctx.obj.get("db"), console)
    result = run_search(db, query, limit=limit)  # type: ignore[arg-type]
    console.print(Text(result.describe()))
    for h in result.hits:
        line = Text()
        line.append(f"[{h.article_id}] ", style="dim")
        line.append(h.title or "(untitled)", style="bold")
        line.append(
            f"  {h.issue_title}" + (f" {h.date}" if h.date and h.date not in h.issue_title else ""), style="dim"
        )
        console.print(line)
        snip = Text("    ")
        snip.append(h.snippet.before)
        snip.append(h.snippet.hit, style="reverse")
        snip.append(h.snippet.after)
        console.print(snip)


@cli.command()
@click.option("--kind", type=click.Choice(KIND_NAMES), default=None, help="Only entities of this kind.")
@click.option(
    "--with",
    "with_name",
    default=None,
    metavar="NAME",
    help="Only entities named in the same articles as this one (any kind, any printed form).",
)
@DB_OPTION
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many rows (0: all).")
@click.pass_context
def entities(ctx: click.Context, kind: str | None, with_name: str | None, db_path: Path | None, limit: int) -> None:
    """Entities (zones, companies, people, places) with the number of articles naming each."""
    from baokan.store.db import queries

    console = Console()
    db = open_store(db_path or ctx.obj.get("db"), console)
    if with_name:
        eid = next((e for k in KIND_NAMES if (e := queries.find_entity(db, k, with_name)) is not None), None)  # type: ignore[arg-type]
        if eid is None:
            console.print(Text(f"baokan: no entity named {with_name!r} in the store", style="red"))
            sys.exit(2)
        rows = queries.cooccurring(db, eid, kind)  # type: ignore[arg-type]
    else:
        rows = queries.entities(db, kind)  # type: ignore[arg-type]
    shown = rows[:limit] if limit else rows
    print_table(
        console,
        ["kind", "name", "articles"],
        [[e.kind, e.name, str(e.articles)] for e in shown],
        title=f"{len(rows)} entities" + (f" ({kind})" if kind else ""),
    )


@cli.command()
@click.option("--zone", default=None, help="Only sums tied to this zone (any printed form of its name).")
@click.option("--company", default=None, help="Only sums in articles naming this company.")
@click.option("--person", default=None, help="Only sums in articles naming this person.")
@click.option("--from", "date_from", default=None, metavar="YYYY-MM-DD", help="Only issues dated on or after this day.")
@click.option("--to", "date_to", default=None, metavar="YYYY-MM-DD", help="Only issues dated on or before this day.")
@click.option("--sort", type=click.Choice(["value", "date", "zone"]), default="value", show_default=True)
@click.option("--asc", is_flag=True, help="Smallest (or oldest) first.")
@DB_OPTION
@click.pass_context
def amounts(
    ctx: click.Context,
    zone: str | None,
    company: str | None,
    person: str | None,
    date_from: str | None,
    date_to: str | None,
    sort: str,
    asc: bool,
    db_path: Path | None,
) -> None:
    """Sums of money (as yuan, printed as 亿元/万元), largest first."""
    from baokan.store.db import queries

    console = Console()
    db = open_store(db_path or ctx.obj.get("db"), console)
    ids = resolve_entities(db, console, zone=zone, company=company, person=person)
    rows = queries.amounts(
        db,
        entity_ids=ids,
        date_from=date_from,
        date_to=date_to,
        sort=sort,  # type: ignore[arg-type]
        descending=not asc,
    )
    print_table(
        console,
        ["amount", "printed", "zone", "date", "article"],
        [[queries.yuan(r.value_yuan), r.text, r.zone or "", r.date or "", r.title or ""] for r in rows],
        title=f"{len(rows)} amounts",
    )


@cli.command()
@click.argument("table", type=click.Choice(TABLES))
@click.option("--zone", default=None, help="Only rows about this zone.")
@click.option("--company", default=None, help="Only rows about this company.")
@click.option("--person", default=None, help="Only rows about this person.")
@click.option("--query", "-q", default=None, help="Only rows from articles containing this text.")
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
@DB_OPTION
@click.pass_context
def export(
    ctx: click.Context,
    table: str,
    zone: str | None,
    company: str | None,
    person: str | None,
    query: str | None,
    sort: str | None,
    desc: bool,
    output: Path | None,
    force: bool,
    db_path: Path | None,
) -> None:
    """TABLE as a GitHub-flavoured Markdown table (cells escaped, columns padded by display width)."""
    from baokan.store.db import export as ex
    from baokan.store.db import queries, views

    console = Console(stderr=True)
    path = resolve_db(db_path or ctx.obj.get("db"))
    db = open_store(path, console)
    ids = resolve_entities(db, console, zone=zone, company=company, person=person)
    data = views.table_data(db, table, ids, query)  # type: ignore[arg-type]
    if sort:
        try:
            data = data.sorted_by(sort, descending=desc)
        except ValueError as e:
            console.print(Text(f"baokan: {e}", style="red"))
            sys.exit(2)
    names = [n for _, _, n in queries.entity_names(db, ids)]  # type: ignore[arg-type]
    filt = " + ".join(names + ([f"“{query}”"] if query else []))
    text = ex.markdown_table(data.headers, data.rows, ex.export_note(str(path), data, filt))
    if output is None:
        click.echo(text, nl=False)
        return
    if output.exists() and not force:
        console.print(Text(f"baokan: {output}: exists; use --force to overwrite", style="red"))
        sys.exit(1)
    output.write_text(text, encoding="utf-8")
    console.print(Text(f"{len(data.rows)} rows → {output}"))


def resolve_entities(db: object, console: Console, **names: str | None) -> list[int]:
    """Entity ids for --zone/--company/--person names; exit with a message when one is unknown."""
    from baokan.store.db import queries

    kinds = {"zone": "zone", "company": "company", "person": "person"}
    ids = []
    for opt, name in names.items():
        if not name:
            continue
        eid = queries.find_entity(db, kinds[opt], name)  # type: ignore[arg-type]
        if eid is None:
            console.print(Text(f"baokan: no {opt} named {name!r} in the store", style="red"))
            sys.exit(2)
        ids.append(eid)
    return ids


def print_table(console: Console, headers: list[str], rows: list[list[str]], title: str | None = None) -> None:
    """Rows as a Rich table; cells are Text, so page text is never read as markup."""
    table = Table(title=title, show_lines=False)
    for h in headers:
        table.add_column(h)
    for r in rows:
        table.add_row(*[Text("" if c is None else str(c)) for c in r])
    console.print(table)


def main() -> None:
    """Console-script entry point."""
    cli(obj={})
