"""The build as the shell runs it: where the store is, and a progress bar over `build`."""

from __future__ import annotations

from pathlib import Path

from baokan.store import db as store_db
from baokan.store.db import StoreError
from baokan.store.db import build as ingest
from baokan.store.files import one_line
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text


def resolve_db(db_path: Path | None) -> Path:
    """--db, else $BAOKAN_DB, else the per-user default."""
    return db_path or store_db.default_path()


def run_build(paths: tuple[str, ...] | None, db_path: Path | None, console: Console, workers: int | None = None) -> int:
    """Build with a Rich progress bar and a summary; returns the exit status."""
    path = resolve_db(db_path)
    try:
        db = store_db.create(path)
    except StoreError as e:
        console.print(Text(f"baokan: {path}: {e}", style="red"))
        return 2
    with Progress(
        TextColumn("[bold]building"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}", markup=False),  # a file name is never markup
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=one_line(name))

        report = ingest.build(db, list(paths) if paths else None, progress=progress, workers=workers)
    for m in report.messages:
        console.print(Text(one_line(m), style="yellow" if ": warning: " in m else "red"), soft_wrap=True)
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
