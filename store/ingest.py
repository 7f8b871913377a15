"""Files → store: find pages, read them (in parallel), write each page in one transaction."""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import sqlite_utils

from . import segment
from .decode import PageError, decode
from .grams import grams
from .model import ParsedPage
from .parse import check_nothing_lost, parse_page

ARTICLE_COLS = ("issue_id,seq,title,kicker,subtitle,byline,byline_text,dateline,body,chars,"
                "continued_to,continued_from,title_seg,body_seg")
# Below this many pages to read, worker processes cost more (≈1 s of jieba loading each) than they save.
PARALLEL_MIN_PAGES = 16
# Pages each worker may have queued: enough to keep it busy, few enough that memory stays flat.
IN_FLIGHT = 8


@dataclass
class Analysis:
    """Everything the build derives from one page's bytes, computed away from the database."""

    page: ParsedPage
    encoding: str
    warnings: list[str]
    segs: list[tuple[str, str]]  # per article: (title tokens, body tokens), space-joined
    grams: list[str]  # per article: its character grams
    extras: dict[str, object] = field(default_factory=dict)  # per-page results of other extractors


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


# Extractors that run after parsing, on the same segmentation (the entities issue adds one).
Extractor = Callable[[ParsedPage, list[list[str]]], dict[str, object]]
Writer = Callable[[sqlite_utils.Database, int, list[int], Analysis], None]
EXTRACTORS: list[Extractor] = []
WRITERS: list[Writer] = []
CLEARERS: list[Callable[[sqlite_utils.Database, list[int]], None]] = []
# Called when a page's transaction rolls back: writers drop whatever they remembered of it.
ABORTERS: list[Callable[[sqlite_utils.Database], None]] = []


def _register_extractors() -> None:
    from . import entity_store  # noqa: F401 - registers itself


def seed_paths() -> list[Path]:
    """The sample pages shipped inside the package."""
    root = resources.files("baokan.seeds")
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".txt"))


def discover(paths: Iterable[str | Path], notes: list[str]) -> list[Path]:
    """The .txt files named, or found under the folders named (recursively), in a stable order."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            if p.suffix == ".txt":
                notes.append(f"{p}: is a folder, reading the pages inside it")
            for f in sorted(p.rglob("*.txt")):
                if f.is_dir():
                    notes.append(f"{f}: is a folder, reading the pages inside it")
                else:
                    found.append(f)
        elif p.exists() or p.is_symlink():
            found.append(p)
        else:
            notes.append(f"{p}: skipped: no such file or folder")
    return list(dict.fromkeys(found))


def analyse(data: bytes) -> Analysis:
    """Decode, parse and segment one page (pure CPU work, safe to run in a worker process)."""
    dec = decode(data)
    page = parse_page(dec.text)
    warnings = list(dec.warnings)
    if lost := check_nothing_lost(dec.text, page):
        warnings.append("parser lost text: " + "; ".join(lost))
    segs, gram_docs, words = [], [], []
    for a in page.articles:
        head = " ".join(x for x in (a.kicker, a.title, a.subtitle) if x)
        tw, bw = segment.words(head), segment.words(a.body)
        words.append(tw + ["\n"] + bw)
        segs.append((" ".join(segment.search_tokens(tw)), " ".join(segment.search_tokens(bw))))
        gram_docs.append(grams(f"{a.title or ''}\n{a.body}"))
    extras: dict[str, object] = {}
    for ex in EXTRACTORS:
        extras.update(ex(page, words))
    return Analysis(page, dec.encoding, warnings, segs, gram_docs, extras)


def _analyse_safe(data: bytes) -> Analysis | str:
    try:
        return analyse(data)
    except PageError as e:
        return str(e)


def _analyse_path(path: Path) -> tuple[str, int, Analysis | str]:
    """Read and analyse one page where it is processed: only a few pages are ever in memory."""
    try:
        data = path.read_bytes()
    except OSError as e:
        return "", 0, f"cannot read ({e.strerror or e})"
    return hashlib.sha256(data).hexdigest(), len(data), _analyse_safe(data)


def _init_worker() -> None:
    segment.tokenizer()


def _analyses(paths: list[Path], workers: int) -> Iterator[tuple[str, int, Analysis | str]]:
    """Analyses in the order of paths; in parallel, with at most IN_FLIGHT pages out at once."""
    if workers <= 1 or len(paths) < PARALLEL_MIN_PAGES:
        yield from map(_analyse_path, paths)
        return
    segment.tokenizer()  # load the dictionary once before forking, so workers share it
    with ProcessPoolExecutor(workers, initializer=_init_worker) as pool:
        pending = iter(paths)
        window: deque[Future[tuple[str, int, Analysis | str]]] = deque(
            pool.submit(_analyse_path, p) for p in islice(pending, IN_FLIGHT * workers)
        )
        while window:
            done = window.popleft().result()
            if (nxt := next(pending, None)) is not None:
                window.append(pool.submit(_analyse_path, nxt))
            yield done


def issue_title(source: str, page: ParsedPage) -> str:
    """A readable name: paper, supplement, issue number and date where printed, else the file's name."""
    m = page.meta
    if m.issue_number is None and m.date is None:
        return Path(source).stem
    parts = [m.paper or "", m.supplement or "", f"第{m.issue_number}期" if m.issue_number else "", m.date or ""]
    return " ".join(p for p in parts if p)


def clear_issue(db: sqlite_utils.Database, issue_id: int) -> None:
    """Remove an issue's articles, fragments and index entries (inside the caller's transaction)."""
    old = db.execute("select id, title, body from articles where issue_id = ?", [issue_id]).fetchall()
    ids = [r[0] for r in old]
    for clear in CLEARERS:
        clear(db, ids)
    for aid, title, body in old:
        db.execute(
            "insert into article_grams(article_grams, rowid, grams) values('delete', ?, ?)",
            [aid, grams(f"{title or ''}\n{body}")],
        )
    db.execute("delete from articles where issue_id = ?", [issue_id])
    db.execute("delete from fragments where issue_id = ?", [issue_id])


def write_page(
    db: sqlite_utils.Database, path: Path, sha: str, size: int, an: Analysis, old_issue: int | None,
    mtime_ns: int | None = None,
) -> int:
    """Write one analysed page in one transaction: it is fully in the store or not at all."""
    try:
        return _write_page(db, path, sha, size, an, old_issue, mtime_ns)
    except BaseException:
        for abort in ABORTERS:
            abort(db)
        raise


def _write_page(
    db: sqlite_utils.Database, path: Path, sha: str, size: int, an: Analysis, old_issue: int | None,
    mtime_ns: int | None,
) -> int:
    page = an.page
    source = path.name
    with db.atomic():
        if old_issue is not None:
            clear_issue(db, old_issue)
        issue = {
            "source": source, "paper": page.meta.paper, "supplement": page.meta.supplement,
            "issue_number": page.meta.issue_number, "total_number": page.meta.total_number,
            "date": page.meta.date, "title": issue_title(source, page), "layout": page.layout,
        }
        if old_issue is not None:
            db["issues"].update(old_issue, issue)
            issue_id = old_issue
        else:
            issue_id = db["issues"].insert(issue).last_pk
        ids = []
        conn = db.conn
        for a, (tseg, bseg), g in zip(page.articles, an.segs, an.grams):
            # Plain executes: sqlite-utils' insert() re-plans the statement on every call (≈10× slower here).
            cur = conn.execute(
                f"insert into articles ({ARTICLE_COLS}) values ({','.join('?' * len(ARTICLE_COLS.split(',')))})",
                [issue_id, a.seq, a.title, a.kicker, a.subtitle, a.byline, a.byline_text, a.dateline, a.body,
                 len(a.body), a.continued_to, a.continued_from, tseg, bseg],
            )
            ids.append(cur.lastrowid)
        conn.executemany("insert into article_grams(rowid, grams) values (?, ?)", zip(ids, an.grams))
        if page.fragments:
            db["fragments"].insert_all({"issue_id": issue_id, "kind": f.kind, "text": f.text} for f in page.fragments)
        for write in WRITERS:
            write(db, issue_id, ids, an)
        db["pages"].upsert(
            {"path": str(path), "issue_id": issue_id, "sha256": sha, "encoding": an.encoding, "bytes": size,
             "mtime_ns": mtime_ns,
             "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
             "warnings": json.dumps(an.warnings, ensure_ascii=False)},
            pk="path",
        )
    return issue_id


def build(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int | None = None,
) -> BuildReport:
    """Read pages into the store; unchanged pages are skipped, changed ones replaced."""
    _register_extractors()
    report = BuildReport()
    files = [f.absolute() for f in (seed_paths() if paths is None else discover(paths, report.messages))]
    report.skipped += sum(1 for m in report.messages if "skipped" in m)
    report.pages += report.skipped
    known = {r["path"]: r for r in db["pages"].rows}
    todo: list[tuple[Path, int]] = []
    touched: list[tuple[int, str]] = []
    for f in files:
        report.pages += 1
        row = known.get(str(f))
        try:
            st = f.stat()
            if row and row["bytes"] == st.st_size and row["mtime_ns"] == st.st_mtime_ns:
                report.unchanged += 1  # same size and time as last build: not even read
                continue
            data = f.read_bytes()
        except OSError as e:
            report.skipped += 1
            report.messages.append(f"{f}: skipped: cannot read ({e.strerror or e})")
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
    for (f, mtime), (sha, size, an) in zip(todo, _analyses([f for f, _ in todo], workers)):
        done += 1
        if isinstance(an, str):
            report.skipped += 1
            report.messages.append(f"{f}: skipped: {an}")
        else:
            old = known.get(str(f))
            write_page(db, f, sha, size, an, old["issue_id"] if old else None, mtime)
            report.replaced += old is not None
            report.added += old is None
            report.articles += len(an.page.articles)
            report.fragments += len(an.page.fragments)
            report.warnings += len(an.warnings)
            report.messages.extend(f"{f}: warning: {w}" for w in an.warnings)
        if progress:
            progress(done, total, f.name)
    return report
