"""A build's processes: one build at a time per store (a lock held for the whole build), workers that die with it."""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .failures import StoreError, failure, show

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


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


def die_with_parent(parent: int) -> None:
    """Make this process end when the parent dies, even by kill -9 (a worker otherwise lives on, 160 MB each).

    Linux delivers SIGKILL on the parent's death (prctl PR_SET_PDEATHSIG); elsewhere a daemon thread polls
    the parent's pid. Either way a parent already gone before this ran is noticed at once. Ctrl-C reaches
    the whole process group: the worker leaves it to the parent (whose exit then ends the worker) instead of
    printing a traceback of its own.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent:
        os._exit(1)
    if not armed:

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, name="parent-watch", daemon=True).start()
