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
