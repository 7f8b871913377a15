"""Files at the edges: show names and page text inert, read only regular files boundedly, write atomically."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from pathlib import Path

# C0 and C1 control characters except newline and tab (ESC among them starts terminal escape sequences),
# plus the bidirectional overrides and isolates that reorder what a line appears to say.
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Everything that could break one line into several, or act on the terminal.
LINE_BREAKING_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Lone surrogates: how Python carries undecodable bytes of file names and arguments (\udc80–\udcff).
SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _symbol(c: str) -> str:
    """The printable stand-in for one control character: ␛ for ESC, ␊ for newline, U+FFFD for C1 and bidi."""
    n = ord(c)
    if n < 0x20:
        return chr(0x2400 + n)
    if n == 0x7F:
        return "\u2421"
    return "\ufffd"


def _surrogate(m: re.Match[str]) -> str:
    n = ord(m.group())
    return f"\\x{n - 0xDC00:02x}" if 0xDC80 <= n <= 0xDCFF else "\ufffd"


def visible(s: str | None) -> str:
    """s with control characters shown as symbols (ESC → ␛), so they print instead of acting; lines kept."""
    if not s:
        return ""
    return SURROGATE_RE.sub(_surrogate, CONTROL_RE.sub(lambda m: _symbol(m.group()), s))


def one_line(s: object) -> str:
    """Any text (a file name, a message) on one inert line: newlines show as ␊, ESC as ␛, bad bytes as \\xff."""
    text = s if isinstance(s, str) else os.fsdecode(s) if isinstance(s, (bytes, os.PathLike)) else str(s)
    return SURROGATE_RE.sub(_surrogate, LINE_BREAKING_RE.sub(lambda m: _symbol(m.group()), text))


class UnreadableFile(Exception):
    """A path that is not a regular file, is too large, or cannot be opened; the message is one line."""


def read_regular(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file of at most limit bytes; UnreadableFile for anything else.

    The file is opened without blocking (a FIFO would otherwise wait forever for a writer) and checked
    on the open descriptor, so a file swapped for a FIFO or a device between listing and reading is
    refused too; the read stops at limit + 1 bytes whatever the size claimed.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise UnreadableFile(f"cannot read ({e.strerror or e})") from e
    with os.fdopen(fd, "rb", buffering=0) as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableFile(f"not a regular file ({_file_type(st.st_mode)})")
        if st.st_size > limit:
            raise UnreadableFile(f"{st.st_size:,} bytes is more than the {limit:,}-byte limit for a page")
        chunks, got = [], 0
        try:
            while got <= limit and (chunk := f.read(min(1 << 20, limit + 1 - got))):
                chunks.append(chunk)
                got += len(chunk)
        except OSError as e:
            raise UnreadableFile(f"cannot read ({e.strerror or e})") from e
        if got > limit:
            raise UnreadableFile(f"grew past the {limit:,}-byte limit for a page while being read")
        return b"".join(chunks), st


def _file_type(mode: int) -> str:
    """A file type in words, for the skip message."""
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"


def write_atomic(path: Path, text: str) -> None:
    """Write text to path so that it is either the whole new text or the old file untouched (OSError else).

    The text goes to a temporary file in the same folder, is flushed to disk, and then replaces path in
    one rename: a full disk or a crash half-way leaves the previous file as it was.
    """
    path = Path(path)
    try:
        special = not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        special = False
    if special:
        # A device or pipe (/dev/stdout, /dev/full) is written in place: renaming over it would replace it.
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        return
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):  # keep the old file's permissions where there was one
            os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
        if not os.path.exists(path):
            # mkstemp makes 0600 files; a new export gets the usual permissions (umask applies).
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
