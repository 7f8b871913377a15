"""Files → store: find pages, analyse them (in parallel), write each page in one transaction."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from itertools import islice
from pathlib import Path

import sqlite_utils

from ..analysis import Analysis, analyse_or_error, analyse_text, warm
from ..files import UnreadableFile, one_line, read_regular
from ..pages.decode import MAX_BYTES, PageError
from ..pages.sources import KIND_OF_SUFFIX, kind_of, page_numbers, read_page
from ..zh import segment
from .lock import die_with_parent
from .writer import PageWriter, file_of_key, page_key

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
    """The pages (.txt, .pdf, scans) named, or found under the folders named (recursively), in a stable order.

    Folders that cannot be listed are not passed over in silence: each gets a line in skips (and notes).
    """
    skips = notes if skips is None else skips
    found: list[Path] = []

    def skip(path: object, why: str) -> None:
        skips.append(f"{one_line(path)}: skipped: {why}")

    for p in map(Path, paths):
        if p.is_dir():
            if p.suffix.lower() in KIND_OF_SUFFIX:
                notes.append(f"{one_line(p)}: is a folder, reading the pages inside it")
            inside: list[Path] = []
            walked = os.walk(p, onerror=lambda e: skip(e.filename, f"cannot read folder ({e.strerror or e})"))
            for folder, dirs, names in walked:
                dirs.sort()
                for d in dirs:
                    if Path(d).suffix.lower() in KIND_OF_SUFFIX:
                        notes.append(f"{one_line(Path(folder, d))}: is a folder, reading the pages inside it")
                # splitext, not Path(n).suffix: a Path per name was a third of a rebuild's start in a big archive
                inside += [Path(folder, n) for n in names if os.path.splitext(n)[1].lower() in KIND_OF_SUFFIX]
            found += sorted(inside)
        elif p.exists() or p.is_symlink():
            found.append(p)
        else:
            skip(p, "no such file or folder")
    return list(dict.fromkeys(found))


# A PDF or a scan is larger than a text page: it holds pictures.
MAX_SOURCE_BYTES = 512 * 1024 * 1024


def source_limit(path: Path) -> int:
    """The most bytes a page file of this kind may hold before it is refused unread."""
    return MAX_BYTES if kind_of(path) == "txt" else MAX_SOURCE_BYTES


# One unit of analysis: a file, and which of its pages (None: the file is one page).
Unit = tuple[Path, "int | None"]


def _analyse_path(unit: Unit) -> tuple[str, int, Analysis | str]:
    """Read and analyse one page where it is processed: only a few pages are ever in memory."""
    path, page_no = unit
    try:
        data, _ = read_regular(path, source_limit(path))
    except UnreadableFile as e:
        return "", 0, str(e)
    sha = hashlib.sha256(data).hexdigest()
    if kind_of(path) == "txt":
        return sha, len(data), analyse_or_error(data)
    try:
        source, text = read_page(path, data, page_no)
    except PageError as e:
        return sha, len(data), str(e)
    return sha, len(data), analyse_text(text, "ocr" if source.ocr else source.kind)


def _init_worker(parent: int) -> None:
    """Tie the worker's life to the build's, then load the dictionary."""
    die_with_parent(parent)
    segment.tokenizer()


def _analyses(paths: list[Unit], workers: int) -> Iterator[tuple[str, int, Analysis | str]]:
    """Analyses in the order of paths; in parallel, with at most IN_FLIGHT pages out at once."""
    if workers <= 1 or len(paths) < PARALLEL_MIN_PAGES:
        yield from map(_analyse_path, paths)
        return
    warm()  # load the dictionary, statistics and regexes once before forking, so workers share them
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
    known: dict[str, list[dict]] = {}  # file → its pages rows (a PDF has one per page)
    for r in db["pages"].rows:
        known.setdefault(file_of_key(r["path"], r.get("page_no")), []).append(r)
    todo: list[tuple[Unit, int]] = []
    touched: list[tuple[int, str]] = []
    for f in files:
        rows = known.get(str(f), [])
        try:
            st = f.stat()
            if (
                rows
                and stat.S_ISREG(st.st_mode)
                and all(r["sha256"] and (r["bytes"], r["mtime_ns"]) == (st.st_size, st.st_mtime_ns) for r in rows)
            ):
                report.pages += len(rows)
                report.unchanged += len(rows)  # same size and time as last build: not even read
                continue
            data, st = read_regular(f, source_limit(f))
        except (OSError, UnreadableFile) as e:
            why = f"cannot read ({e.strerror or e})" if isinstance(e, OSError) else str(e)
            report.pages += 1
            report.skipped += 1
            report.messages.append(f"{one_line(f)}: skipped: {why}")
            continue
        sha = hashlib.sha256(data).hexdigest()
        if rows and all(r["sha256"] == sha for r in rows):
            report.pages += len(rows)
            report.unchanged += len(rows)
            touched.extend((st.st_mtime_ns, r["path"]) for r in rows)
            continue
        try:
            numbers = page_numbers(f, data)
        except PageError as e:
            report.pages += 1
            report.skipped += 1
            report.messages.append(f"{one_line(f)}: skipped: {e}")
            continue
        del data  # read again by whoever analyses it: holding every page would cost the archive's size in memory
        if not numbers:
            report.pages += 1
            report.skipped += 1
            report.messages.append(f"{one_line(f)}: skipped: a PDF of no pages")
        todo.extend(((f, n), st.st_mtime_ns) for n in numbers)
    if touched:  # same bytes, new time: remember the time so the next build need not read them
        with db.atomic():
            db.conn.executemany("update pages set mtime_ns = ? where path = ?", touched)
    done = report.unchanged
    total = done + len(todo)
    if progress:
        progress(done, total, "")
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    files_left = Counter(f for (f, _), _ in todo)
    written: dict[Path, _Written] = {}
    writer = PageWriter(db)
    if repaired := writer.repair():
        report.messages.append(f"{repaired} issue(s) that no page points to removed (left by an interrupted build)")
    conn = db.conn
    batch, opened = 0, 0.0
    try:
        for ((f, page_no), mtime), (sha, size, an) in zip(todo, _analyses([u for u, _ in todo], workers)):
            done += 1
            report.pages += 1
            w = written.setdefault(f, _Written())
            if isinstance(an, str):
                report.skipped += 1
                w.failed.setdefault(an, []).append(page_no)
            else:
                if not conn.in_transaction:
                    conn.execute("BEGIN")
                    batch, opened = 0, time.monotonic()
                rows = known.get(str(f), [])
                old = rows[0]["issue_id"] if rows and w.issue is None else None
                w.issue = writer.write_page(  # a savepoint inside the batch's transaction
                    f, sha, size, an, old, mtime, kind=kind_of(f), page_no=page_no, into_issue=w.issue
                )
                w.keys.add(page_key(f, page_no))
                batch += 1
                report.replaced += bool(rows)
                report.added += not rows
                report.articles += len(an.page.articles)
                report.fragments += len(an.page.fragments)
                report.warnings += len(an.warnings)
                where = one_line(f) if page_no is None else f"{one_line(f)} page {page_no}"
                report.messages.extend(f"{where}: warning: {one_line(m)}" for m in an.warnings)
            files_left[f] -= 1
            if not files_left[f]:
                _finish_file(db, f, w, known.get(str(f), []), report)
            if conn.in_transaction and (batch >= COMMIT_PAGES or time.monotonic() - opened > COMMIT_SECONDS):
                conn.execute("COMMIT")
            if progress:
                progress(done, total, f.name if page_no is None else f"{f.name} p.{page_no}")
        if conn.in_transaction:
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        writer.ids.clear()  # ids created by the rolled-back batch are gone
        raise
    return report


@dataclass
class _Written:
    """What a build wrote of one file so far."""

    issue: int | None = None
    keys: set[str] = field(default_factory=set)
    failed: dict[str, list[int | None]] = field(default_factory=dict)  # reason → pages


def _finish_file(db: sqlite_utils.Database, f: Path, w: _Written, rows: list[dict], report: BuildReport) -> None:
    """After a file's last page: one line per reason its pages were skipped; forget pages it no longer has."""
    for reason, pages in w.failed.items():
        numbers = [p for p in pages if p is not None]
        which = f" page{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))}" if numbers else ""
        report.messages.append(f"{one_line(f)}: skipped{which}: {reason}")
    if not w.keys:
        return  # nothing read: what an earlier build stored stays
    with db.atomic():
        stale = [r["path"] for r in rows if r["path"] not in w.keys]
        db.conn.executemany("delete from pages where path = ?", [(k,) for k in stale])
        if w.failed:  # forget the file's checksum, so the next build (with OCR, say) tries those pages again
            db.conn.executemany("update pages set sha256 = null where path = ?", [(k,) for k in w.keys])
