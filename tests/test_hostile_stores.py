"""Stores that are not ours, or not well: refused or reported in one line naming the file, exit 2, nothing changed."""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import schema
from baokan.tui.app import BaokanApp
from baokan.tui.cli import cli
from baokan.tui.screens.dialogs import ErrorDialog
from click.testing import CliRunner

from .helpers import SIZE
from .hostile import CHILD_ENV, ENTRY, is_root, out_text, seed_page, snapshot

READS = [["search", "开发区"], ["entities"], ["amounts"], ["export", "articles"]]


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], obj={})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def one_line(out: str) -> str:
    lines = out.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out, out
    return lines[0]


def store_copy(seed_db_path: Path, dest: Path) -> Path:
    """A private copy of the seed store (checkpointed: the file alone is the whole store)."""
    conn = sqlite3.connect(seed_db_path)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    shutil.copy(seed_db_path, dest)
    return dest


def test_foreign_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("create table issues (id integer primary key, note text)")  # a name baokan also uses
    conn.execute("insert into issues (note) values ('theirs')")
    conn.commit()
    conn.close()
    before = snapshot(tmp_path)
    code, out = run("build", seed_page(1), "--db", other, "--workers", "1")
    assert code == 2
    assert one_line(out) == (
        f"baokan: {other}: a SQLite file that is not a baokan store: refusing to write into it "
        "(choose another --db file)"
    )
    assert snapshot(tmp_path) == before  # no tables added, no -wal file, same bytes
    conn = sqlite3.connect(other)
    assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in conn.execute("select name from sqlite_master")] == ["issues"]


def test_empty_sqlite_file_becomes_a_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    code, out = run("build", seed_page(1), "--db", empty, "--workers", "1")
    assert code == 0, out


@pytest.mark.parametrize("command", [["build", str(seed_page(1))], *READS], ids=lambda c: c[0])
def test_non_sqlite_file_is_one_line_from_every_command(tmp_path: Path, command: list[str]) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n" * 100, encoding="utf-8")
    before = snapshot(tmp_path)
    code, out = run(*command, "--db", notes)
    assert code == 2
    line = one_line(out)
    assert line.startswith(f"baokan: {notes}: not ") and "choose another --db file" in line
    assert snapshot(tmp_path) == before


def damaged_copies(seed_db_path: Path, folder: Path) -> list[Path]:
    """Copies of a good store damaged as disks and careless copies damage files."""
    good = store_copy(seed_db_path, folder / "good.db")
    data = good.read_bytes()
    page = 4096
    copies = {
        "half.db": data[: len(data) // 2],
        "header.db": data[:100],
        "garbage-first-page.db": os.urandom(page) + data[page:],
        "garbage-schema.db": data[:100] + os.urandom(page - 100) + data[page:],
        "garbage-middle.db": data[: 8 * page] + b"\xa5" * (8 * page) + data[16 * page :],
        "zeros-tail.db": data[: len(data) // 3] + bytes(len(data) - len(data) // 3),
    }
    out = []
    for name, blob in copies.items():
        (folder / name).write_bytes(blob)
        out.append(folder / name)
    return out


@pytest.mark.parametrize("command", [["build", str(seed_page(2))], *READS], ids=lambda c: c[0])
def test_damaged_store_is_one_line_never_a_traceback(seed_db_path: Path, tmp_path: Path, command: list[str]) -> None:
    failed = 0
    for store in damaged_copies(seed_db_path, tmp_path):
        code, out = run(*command, "--db", store, *(["--workers", "1"] if command[0] == "build" else []))
        if code == 2:
            failed += 1
            line = one_line(out)
            assert line.startswith(f"baokan: {store}: ") and ("rebuild" in line or "another --db" in line), line
        else:
            assert code in (0, 1) and "Traceback" not in out, out  # damage this command never reads
    assert failed >= 2  # at least the truncated copies


def test_app_on_a_damaged_store_exits_non_zero_with_one_line(seed_db_path: Path, tmp_path: Path) -> None:
    store = store_copy(seed_db_path, tmp_path / "s.db")
    conn = sqlite3.connect(store)
    (root,) = conn.execute("select rootpage from sqlite_master where name = 'issues'").fetchone()
    conn.close()
    with open(store, "r+b") as f:  # the issue list, the first thing the app reads, becomes garbage
        f.seek((root - 1) * 4096)
        f.write(b"\xa5" * 4096)

    async def drive() -> BaokanApp:
        app = BaokanApp(store)
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(200):  # the failing store's dialog, not screens it never fills
                if isinstance(app.screen, ErrorDialog):
                    break
                await pilot.pause(0.05)
            assert isinstance(app.screen, ErrorDialog)
            await pilot.press("enter")
        return app

    app = asyncio.run(drive())
    assert app.return_code == 2
    assert app.failure and app.failure.startswith(f"baokan: {store}: ") and "rebuild" in app.failure


def test_valid_store_on_read_only_media_opens_immutable(
    seed_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    store = store_copy(seed_db_path, folder / "s.db")
    if is_root():  # root writes anywhere: make the folder look read-only to the opener
        real = os.access
        monkeypatch.setattr(schema.os, "access", lambda p, m: False if Path(p) == folder else real(p, m))
    else:
        folder.chmod(0o555)
    try:
        db = store_db.open_readonly(store)
        assert db.execute("select count(*) from articles").fetchone()[0] == 31
        db.conn.close()
        assert sorted(p.name for p in folder.iterdir()) == ["s.db"]  # no -wal or -shm made
    finally:
        folder.chmod(0o755)


def test_store_in_a_read_only_folder_cannot_be_built_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    if is_root():
        target = Path("/sys/baokan-test.db")  # a folder even root cannot create files in
    else:
        folder.chmod(0o555)
        target = folder / "s.db"
    try:
        code, out = run("build", seed_page(1), "--db", target, "--workers", "1")
    finally:
        folder.chmod(0o755)
    assert code == 2
    line = one_line(out)
    assert line.startswith(f"baokan: {target}: ") and "permissions" in line


def limited(max_bytes: int) -> None:
    """In the child: files may not grow past max_bytes, as on a full disk (Python ignores SIGXFSZ)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))


def child(*args: str | Path, max_bytes: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *map(str, args)],
        env=CHILD_ENV,
        capture_output=True,
        timeout=180,
        preexec_fn=lambda: limited(max_bytes),
    )


def test_full_disk_during_build_is_one_line(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    proc = child("build", seed_page(1), seed_page(2), "--db", store, "--workers", "1", max_bytes=64 * 1024)
    out = out_text(proc)
    assert proc.returncode == 2, out
    line = one_line(out)
    assert line.startswith(f"baokan: {store}: ") and "free some space" in line


def test_export_force_onto_a_full_disk_keeps_the_previous_file(seed_db_path: Path, tmp_path: Path) -> None:
    store = store_copy(seed_db_path, tmp_path / "s.db")
    sqlite3.connect(store).execute("pragma journal_mode=delete").connection.close()  # reading writes nothing
    target = tmp_path / "articles.md"
    target.write_text("previous export\n" * 10, encoding="utf-8")
    before = snapshot(tmp_path)
    proc = child("export", "articles", "--db", store, "-o", target, "--force", max_bytes=1024)
    out = out_text(proc)
    assert proc.returncode == 2
    assert one_line(out) == f"baokan: {target}: cannot write (File too large); nothing was changed"
    assert snapshot(tmp_path) == before  # the old file whole, no temporary file left


@pytest.mark.parametrize(
    "error, advice",
    [
        (sqlite3.OperationalError("attempt to write a readonly database"), "check the permissions"),
        (sqlite3.OperationalError("unable to open database file"), "check the permissions"),
        (sqlite3.OperationalError("database or disk is full"), "free some space"),
        (sqlite3.OperationalError("disk I/O error"), "free some space"),
        (sqlite3.DatabaseError("database disk image is malformed"), "rebuild it"),
        (sqlite3.DatabaseError("file is not a database"), "rebuild it"),
        (sqlite3.OperationalError("no such table: articles"), "rebuild it"),
        (sqlite3.OperationalError("database is locked"), "wait for it to finish"),
        (PermissionError(13, "Permission denied"), "check the permissions"),
        (OSError(28, "No space left on device"), "free some space"),
    ],
)
def test_every_store_error_says_what_to_do(error: BaseException, advice: str) -> None:
    line = store_db.failure(Path("x\n\x1b.db"), error)
    assert line.startswith("x␊␛.db: ") and advice in line and "\n" not in line


@pytest.mark.skipif(is_root(), reason="root writes read-only files")
def test_read_only_store_file_cannot_be_built_one_line(seed_db_path: Path, tmp_path: Path) -> None:
    store = store_copy(seed_db_path, tmp_path / "s.db")
    store.chmod(0o444)
    before = snapshot(tmp_path)
    code, out = run("build", seed_page(1), "--db", store, "--workers", "1")
    assert code == 2 and "check the permissions" in one_line(out)
    assert snapshot(tmp_path) == before
    code, out = run("search", "开发区", "--db", store)  # reading still works
    assert code == 0, out


@pytest.mark.parametrize("command", READS, ids=lambda c: c[0])
def test_missing_store_is_one_line_from_every_read_command(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "none.db"
    code, out = run(*command, "--db", missing)
    assert code == 2
    assert (
        one_line(out)
        == f"baokan: {missing}: no such store: run `baokan build` first (it reads the bundled sample pages)"
    )
    assert not missing.exists()
