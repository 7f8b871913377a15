"""Helpers of the app and terminal suites: open the app and drive it with keys, wait for a condition, run tmux."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

from baokan.tui.app import BaokanApp
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

SIZE = (100, 32)


async def settle(pilot: Pilot) -> None:
    """Let workers finish and the screen catch up (a newer request may cancel an older worker).

    Loads chain (issues → their articles → the first article), each started by the last one's result, so wait
    until two pauses in a row find no worker left: a fixed number of rounds fell one short on a loaded machine.
    """
    quiet = 0
    for _ in range(3 + 20):
        busy = [w for w in pilot.app.workers if not w.is_finished]
        for worker in busy:
            try:
                await worker.wait()
            except WorkerCancelled:
                pass
        await pilot.pause()
        quiet = 0 if busy else quiet + 1
        if quiet >= 2:
            break


async def go(pilot: Pilot, *keys: str) -> None:
    """Press the keys (none: only wait), then let the loads they start finish."""
    if keys:
        await pilot.press(*keys)
    await settle(pilot)


async def tap(pilot: Pilot, *keys: str) -> None:
    """Press the keys and let the screen take them (one pause: the loads they start are not awaited)."""
    await pilot.press(*keys)
    await pilot.pause()


@asynccontextmanager
async def launched(db_path: Path, size: tuple[int, int] = SIZE) -> AsyncIterator[tuple[BaokanApp, Pilot]]:
    """The app on a store at a terminal size, as it starts (its first loads still running)."""
    app = BaokanApp(db_path)
    async with app.run_test(size=size) as pilot:
        yield app, pilot


@asynccontextmanager
async def running(db_path: Path, *keys: str, size: tuple[int, int] = SIZE) -> AsyncIterator[tuple[BaokanApp, Pilot]]:
    """The app on a store at a terminal size, the keys pressed at once and their loads finished."""
    async with launched(db_path, size) as (app, pilot):
        await go(pilot, *keys)
        yield app, pilot


async def palette(pilot: Pilot, command: str) -> None:
    """Type a command into the command palette, let it find the match, and run it."""
    await pilot.press("ctrl+p", *command)
    await pilot.pause(0.5)
    await go(pilot, "enter")


def wait_until(done: Callable[[], object], timeout: float, step: float = 0.2) -> None:
    """Poll until done() is true or the time is up (the assertion after it tells which)."""
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        time.sleep(step)


# A real terminal for the smoke tests: tmux runs baokan, the tests read its screen and press keys.
TMUX = shutil.which("tmux")


def tmux(*args: str) -> str:
    """Run one tmux command; its output."""
    return subprocess.run([TMUX or "tmux", *args], capture_output=True, text=True, check=True).stdout


def wait_for(session: str, text: str, timeout: float = 30) -> str:
    """The pane's text once it shows `text` (fails after timeout)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; screen was:\n{screen}")


def wait_gone(session: str, text: str, timeout: float = 30) -> None:
    """Wait until the pane no longer shows `text` (a key after Escape too soon reads as Alt+key)."""
    deadline = time.monotonic() + timeout
    while text in tmux("capture-pane", "-p", "-t", session):
        if time.monotonic() > deadline:
            raise AssertionError(f"{text!r} never went away")
        time.sleep(0.2)


def send_slowly(session: str, *keys: str) -> None:
    """Keys one at a time, half a second apart (each may start a load the next one needs)."""
    for key in keys:
        time.sleep(0.5)
        tmux("send-keys", "-t", session, key)


@contextmanager
def baokan_in_tmux(db: Path, folder: Path, env: str = "") -> Iterator[tuple[str, Path]]:
    """baokan on db in a detached 100×30 tmux session, run in folder (env: assignments before the command).

    Yields the session and the file the exit status goes to; the session is killed even when the test fails.
    """
    session = f"baokan-{uuid.uuid4().hex[:8]}"
    done = folder / "exit-status"
    command = f"cd {folder} && {env}{Path(sys.executable).with_name('baokan')} --db {db}; echo $? > {done}"
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    try:
        yield session, done
    finally:
        subprocess.run([TMUX or "tmux", "kill-session", "-t", session], capture_output=True)


def quit_with_status(session: str, status_file: Path) -> str:
    """Press q and wait for the exit status the session's command writes to status_file."""
    tmux("send-keys", "-t", session, "q")
    wait_until(status_file.exists, 15)
    return status_file.read_text().strip()
