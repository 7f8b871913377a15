"""The app's door to the store: one read-only connection per worker thread (widgets hold no SQL)."""

from __future__ import annotations

import threading
from pathlib import Path

import sqlite_utils
from baokan.store import db as store_db


class StoreReader:
    """Hands each thread its own read-only connection to one store file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def db(self) -> sqlite_utils.Database:
        """This thread's connection (opened on first use)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = store_db.open_readonly(self.path)
            self._local.db = db
        return db


def deliver(widget: object, callback: object, *args: object) -> None:
    """Hand a worker's result to the UI thread, unless a newer request has cancelled this worker.

    A cancelled thread worker still runs to the end; without this its stale result could land
    after the newer one and overwrite it.
    """
    from textual.worker import get_current_worker

    if not get_current_worker().is_cancelled:
        widget.app.call_from_thread(callback, *args)  # type: ignore[attr-defined]
