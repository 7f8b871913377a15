"""When the app fails: store errors become a one-line message, anything else a log file with the traceback."""

from __future__ import annotations

import os
import sqlite3
import time
import traceback
from pathlib import Path

import platformdirs
from baokan.store.db import StoreError


def is_store_error(error: BaseException) -> bool:
    """True for an error of the store file (damaged, locked, unreadable) rather than of the code."""
    return isinstance(error, (StoreError, sqlite3.DatabaseError))


def log_dir() -> Path:
    """$BAOKAN_LOG_DIR, else the per-user log folder."""
    return Path(os.environ.get("BAOKAN_LOG_DIR") or platformdirs.user_log_path("baokan"))


def write_log(error: BaseException) -> Path | None:
    """Write the traceback to a new log file; None when even that fails (the message still goes out)."""
    folder = log_dir()
    path = folder / time.strftime("crash-%Y%m%d-%H%M%S.log")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(traceback.format_exception(type(error), error, error.__traceback__)), encoding="utf-8")
    except OSError:
        return None
    return path


def one_line(error: BaseException, log: Path | None) -> str:
    """The message a user sees for an unexpected error: what, and where the details are."""
    what = " ".join(f"{type(error).__name__}: {error}".split())[:200]
    where = f" (traceback in {log})" if log is not None else ""
    return f"baokan: unexpected error: {what}{where}"
