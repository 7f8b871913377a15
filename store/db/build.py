"""Files → store: find pages, analyse them (in parallel), write each page in one transaction."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from itertools import islice
from pathlib import Path

import sqlite_utils

from ..analysis import Analysis, analyse_or_error
from ..files import UnreadableFile, one_line, read_regular
from ..pages.decode import MAX_BYTES
from ..zh import segment
from .lock import die_with_parent
from .writer import PageWriter

# Below this many pages to read, starting worker processes costs more than they save.
PARALLEL_MIN_PAGES = 16
# Pages each worker may have queued: enough to keep it busy, few enough that memory stays flat.
IN_FLIGHT = 8
# Pages written per transaction, and the longest a batch stays open: each page is still all in or all out
# (an interrupted batch rolls back whole), but FTS5 flushes its segments and SQLite commits less often.
COMMIT_PAGES = 64
COMMIT_SECONDS = 2.0


@dataclass
class BuildReport:
    """What a build did, for the summary line and the exit status."""

    pages: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: int = 0
    articles: int = 0
    fragments: int = 0
    warnings: int = 0
    messages: list[str] = field(default_factory=list)  # one line each, naming the file


def seed_paths() -> list[Path]:
    """The sample pages shipped inside the package."""
    root = resources.files("baokan.seeds")
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".txt"))


def discover(paths: Iterable[str | Path], notes: list[str], skips: list[str] | None = None) -> list[Path]:
    """The .txt files named, or found under the folders named (recursively), in a stable order.

    Folders that cannot be listed are not passed over in silence: each gets a line in skips (and notes).
    """
    skips = notes if skips is None else skips
    found: list[Path] = []

    def skip(path: object, why: str) -> None:
        skips.append(f"{one_line(path)}: skipped: {why}")

    for p in map(Path, paths):
        if p.is_dir():
            if p.suffix == ".txt":
                notes.append(f"{one_line(p)}: is a folder, reading the pages inside it")
            inside: list[Path] = []
            walked = os.walk(p, onerror=lambda e: skip(e.filename, f"cannot read folder ({e.strerror or e})"))
            for folder, dirs, names in walked:
                dirs.sort()
                for d in dirs:
                    if d.endswith(".txt"):
                        notes.append(f"{one_line(Path(folder, d))}: is a folder, reading the pages inside it")
                inside += [Path(folder, n) for n in names if n.endswith(".txt")]
            found += sorted(inside)
        elif p.exists() or p.is_symlink():
            found.append(p)
        else:
            skip(p, "no such file or folder")
    return list(dict.fromkeys(found))


def _analyse_path(path: Path) -> tuple[str, int, Analysis | str]:
    """Read and analyse one page where it is processed: only a few pages are ever in memory."""
    try:
        data, _ = read_regular(path, MAX_BYTES)
    except UnreadableFile as e:
        return "", 0, str(e)
    return hashlib.sha256(data).hexdigest(), len(data), analyse_or_error(data)


def _init_worker(parent: int) -> None:
    """Tie the worker's life to the build's, then load the dictionary."""
    die_with_parent(parent)
    segment.tokenizer()


def _analyses(paths: list[Path], workers: int) -> Iterator[tuple[str, int, Analysis | str]]:
    """Analyses in the order of paths; in parallel, with at most IN_FLIGHT pages out at once."""
    if workers <= 1 or len(paths) < PARALLEL_MIN_PAGES:
        yield from map(_analyse_path, paths)
        return
    segment.tokenizer()  # load rjieba's dictionary once before forking, so workers share it
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(os.getpid(),)) as pool:
        pending = iter(paths)
        window: deque[Future[tuple[str, int, Analysis | str]]] = deque(
            pool.submit(_analyse_path, p) for p in islice(pending, IN_FLIGHT * workers)
        )
        while window:
            done = window.popleft().result()
            if (nxt := next(pending, None)) is not None:
                window.append(pool.submit(_analyse_path, nxt))
            yield done


def build(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int | None = None,
) -> BuildReport:
    """Read pages into the store; unchanged pages are skipped, changed ones replaced."""
    report = BuildReport()
    skips: list[str] = []
    files = [f.absolute() for f in (seed_paths() if paths is None else discover(paths, report.messages, skips))]
    report.messages += skips
    report.skipped += len(skips)
    report.pages += report.skipped
    known = {r["path"]: r for r in db["pages"].rows}
    todo: list[tuple[Path, int]] = []
    touched: list[tuple[int, str]] = []
    for f in files:
        report.pages += 1
        row = known.get(str(f))
        try:
            st = f.stat()
            if row and stat.S_ISREG(st.st_mode) and (row["bytes"], row["mtime_ns"]) == (st.st_size, st.st_mtime_ns):
                report.unchanged += 1  # same size and time as last build: not even read
                continue
            data, st = read_regular(f, MAX_BYTES)
        except (OSError, UnreadableFile) as e:
            why = f"cannot read ({e.strerror or e})" if isinstance(e, OSError) else str(e)
            report.skipped += 1
            report.messages.append(f"{one_line(f)}: skipped: {why}")
            continue
        sha = hashlib.sha256(data).hexdigest()
        del data  # read again by whoever analyses it: holding every page would cost the archive's size in memory
        if row and row["sha256"] == sha:
            report.unchanged += 1
            touched.append((st.st_mtime_ns, str(f)))
            continue
        todo.append((f, st.st_mtime_ns))
    if touched:  # same bytes, new time: remember the time so the next build need not read them
        with db.atomic():
            db.conn.executemany("update pages set mtime_ns = ? where path = ?", touched)
    done = report.unchanged
    total = len(files)
    if progress:
        progress(done, total, "")
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    writer = PageWriter(db)
    if repaired := writer.repair():
        report.messages.append(f"{repaired} issue(s) that no page points to removed (left by an interrupted build)")
    conn = db.conn
    written, opened = 0, 0.0
    try:
        for (f, mtime), (sha, size, an) in zip(todo, _analyses([f for f, _ in todo], workers)):
            done += 1
            if isinstance(an, str):
                report.skipped += 1
                report.messages.append(f"{one_line(f)}: skipped: {an}")
            else:
                if not conn.in_transaction:
                    conn.execute("BEGIN")
                    written, opened = 0, time.monotonic()
                old = known.get(str(f))
                writer.write_page(f, sha, size, an, old["issue_id"] if old else None, mtime)  # a savepoint
                written += 1
                if written >= COMMIT_PAGES or time.monotonic() - opened > COMMIT_SECONDS:
                    conn.execute("COMMIT")
                report.replaced += old is not None
                report.added += old is None
                report.articles += len(an.page.articles)
                report.fragments += len(an.page.fragments)
                report.warnings += len(an.warnings)
                report.messages.extend(f"{one_line(f)}: warning: {one_line(w)}" for w in an.warnings)
            if progress:
                progress(done, total, f.name)
        if conn.in_transaction:
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        writer.ids.clear()  # ids created by the rolled-back batch are gone
        raise
    return report
