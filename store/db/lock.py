"""One build at a time per store: an advisory lock on the store file, held for the whole build."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from .schema import StoreError, failure, show


@contextlib.contextmanager
def build_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the store file, or raise StoreError at once when another build holds it.

    flock, not SQLite's own locks: SQLite locks one transaction (one page), and two builds interleaving
    page by page is what left orphan issues. The kernel drops the lock when the holder dies, even by kill -9.
    The descriptor stays open until the caller has closed its connection: closing any descriptor of the
    file would drop SQLite's own POSIX locks on it.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as e:
        raise StoreError(failure(path, e)) from e
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            raise StoreError(
                f"{show(path)}: another build is writing to this store: wait for it to finish, then run it again"
            ) from e
        yield
    finally:
        os.close(fd)
