"""The `baokan` command: build the store, search it, print entities and amounts, export tables."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from baokan.store import db as store_db
from baokan.store.db import StoreError

DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help=f"Store file (default: ${store_db.ENV_DB} or the per-user data folder).",
)


def resolve_db(db_path: Path | None) -> Path:
    """--db, else $BAOKAN_DB, else the per-user default."""
    return db_path or store_db.default_path()


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


def run_build(paths: tuple[str, ...] | None, db_path: Path | None, console: Console, workers: int | None = None) -> int:
    """Build with a Rich progress bar and a summary; returns the exit status."""
    from baokan.store import ingest

    path = resolve_db(db_path)
    try:
        db = store_db.create(path)
    except StoreError as e:
        console.print(Text(f"baokan: {path}: {e}", style="red"))
        return 2
    with Progress(
        TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
        TimeElapsedColumn(), console=console, transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        report = ingest.build(db, list(paths) if paths else None, progress=progress, workers=workers)
    for m in report.messages:
        console.print(Text(m, style="yellow" if "warning" in m else "red"), soft_wrap=True)
    summary = (
        f"{report.pages} pages ({report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
        f"{report.skipped} skipped), {report.articles} articles and {report.fragments} fragments written, "
        f"{report.warnings} warnings → {path}"
    )
    console.print(Text(summary), soft_wrap=True)
    if report.skipped:
        console.print(Text(f"{report.skipped} page(s) skipped", style="red"))
        return 1
    return 0


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
        from baokan.tui.launch import launch

        sys.exit(launch(db_path))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@DB_OPTION
@click.option("--workers", type=int, default=None, help="Processes for parsing and segmentation (default: up to 2).")
@click.pass_context
def build(ctx: click.Context, paths: tuple[str, ...], db_path: Path | None, workers: int | None) -> None:
    """Read .txt pages (files or folders) into the store; no PATH reads the bundled seeds."""
    console = Console(stderr=False)
    sys.exit(run_build(paths, db_path or ctx.obj.get("db"), console, workers))


@cli.command()
@click.argument("query")
@DB_OPTION
@click.option("--limit", type=int, default=20, show_default=True)
@click.pass_context
def search(ctx: click.Context, query: str, db_path: Path | None, limit: int) -> None:
    """Articles containing QUERY (any characters; nothing in it is search syntax), ranked."""
    from baokan.store.search import search as run_search

    console = Console()
    db = open_store(db_path or ctx.obj.get("db"), console)
    result = run_search(db, query, limit=limit)  # type: ignore[arg-type]
    console.print(Text(f"{result.total} article(s) contain “{result.query}”"))
    for h in result.hits:
        line = Text()
        line.append(f"[{h.article_id}] ", style="dim")
        line.append(h.title or "(untitled)", style="bold")
        line.append(f"  {h.issue_title}" + (f" {h.date}" if h.date and h.date not in h.issue_title else ""), style="dim")
        console.print(line)
        snip = Text("    ")
        snip.append(h.snippet.before)
        snip.append(h.snippet.hit, style="reverse")
        snip.append(h.snippet.after)
        console.print(snip)


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
