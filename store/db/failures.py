"""What goes wrong with a store file, said in one line naming the file and what to do."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from urllib.parse import quote

from ..files import one_line


class StoreError(Exception):
    """The file is missing, is not a baokan store, or was made by another version of baokan."""


def show(path: str | Path) -> str:
    """A file name on one inert line, for messages."""
    return one_line(str(path))


def uri(path: str | Path) -> str:
    """A file: URI for any path: `?`, `#` and `%` in a name are escaped, not read as URI syntax."""
    return "file:" + quote(os.fsencode(os.path.abspath(path)))


FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


def failure(path: str | Path, e: BaseException) -> str:
    """One line naming the store and what to do, for any error SQLite or the system raised on it."""
    if isinstance(e, StoreError):
        return str(e)
    text = str(e).lower()
    code = e.errno if isinstance(e, OSError) else None
    if code in FULL or "full" in text or "disk i/o" in text:
        advice = "the disk is full or failing: free some space, then run the command again"
    elif code in DENIED or "readonly" in text or "read-only" in text or "unable to open" in text:
        advice = "cannot write or open it: check the permissions of the file and its folder"
    elif code == errno.ENOENT or code == errno.ENOTDIR:
        advice = "no such file or folder: check the path given with --db"
    elif code is not None:
        advice = "cannot use it: check the file and the disk it is on"
    elif "locked" in text or "busy" in text:
        advice = "another program is using it: wait for it to finish, then run the command again"
    else:  # malformed, not a database, missing tables: what a damaged copy gives
        advice = "the store is damaged: delete it and rebuild it with `baokan build`"
    why = e.strerror if isinstance(e, OSError) and e.strerror else str(e) or type(e).__name__
    return f"{show(path)}: {one_line(why)}: {advice}"
