"""The build as the shell runs it: where the store is, and a progress bar over `build`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from baokan.store import db as store_db
from baokan.store.db import StoreError
from baokan.store.db import build as ingest
from baokan.store.db.lock import build_lock
from baokan.store.files import one_line
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text


def resolve_db(db_path: Path | None) -> Path:
    """--db, else $BAOKAN_DB, else the per-user default."""
    return db_path or store_db.default_path()


def run_build(paths: tuple[str, ...] | None, db_path: Path | None, console: Console, workers: int | None = None) -> int:
    """Build with a Rich progress bar and a summary; returns the exit status (2: the store failed)."""
    path = resolve_db(db_path)
    try:
        with build_lock(path):
            db = store_db.create(path)
            try:
                report = _build_with_bar(db, paths, console, workers)
            except sqlite3.Error as e:
                raise StoreError(store_db.failure(path, e)) from e
            finally:
                db.conn.close()
    except StoreError as e:
        console.print(Text(f"baokan: {e}", style="red"), soft_wrap=True)
        return 2
    for m in report.messages:
        console.print(Text(one_line(m), style="yellow" if ": warning: " in m else "red"), soft_wrap=True)
    summary = (
        f"{report.pages} pages ({report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
        f"{report.skipped} skipped), {report.articles} articles and {report.fragments} fragments written, "
        f"{report.warnings} warnings → {one_line(path)}"
    )
    console.print(Text(summary), soft_wrap=True)
    if report.skipped:
        console.print(Text(f"{report.skipped} page(s) skipped", style="red"))
        return 1
    return 0


def _build_with_bar(
    db: sqlite_utils.Database, paths: tuple[str, ...] | None, console: Console, workers: int | None
) -> ingest.BuildReport:
    """The build under a transient progress bar naming the page being read."""
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

        return ingest.build(db, list(paths) if paths else None, progress=progress, workers=workers)
