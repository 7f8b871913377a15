"""`baokan` with no command: make sure there is a store, then open the app on it."""

from __future__ import annotations

from pathlib import Path

from baokan.store import db as store_db
from baokan.store.db import StoreError
from rich.console import Console
from rich.text import Text

from .building import resolve_db, run_build


def launch(db_path: Path | None) -> int:
    """Open the app; build the default store from the bundled seeds first when it does not exist."""
    console = Console()
    path = resolve_db(db_path)
    if not path.exists():
        if db_path is not None:
            console.print(
                Text(f"baokan: {path}: no such store (build one with `baokan build --db {path}`)", style="red")
            )
            return 2
        console.print(Text(f"No store yet: building {path} from the bundled sample pages…"))
        status = run_build(None, path, console)
        if status not in (0, 1):
            return status
    try:
        store_db.open_readonly(path).conn.close()
    except StoreError as e:
        console.print(Text(f"baokan: {e}", style="red"))
        return 2
    from baokan.tui.app import BaokanApp

    app = BaokanApp(path)
    app.run()
    if app.failure:
        Console(stderr=True).print(Text(app.failure, style="red"), soft_wrap=True)
    return app.return_code or 0
