"""One smoke test in a real terminal: tmux runs baokan, we read the screen, press keys, and quit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None and not os.environ.get("CI"), reason="tmux is not installed")


def tmux(*args: str) -> str:
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


def test_baokan_in_tmux(seed_db_path: Path, tmp_path: Path) -> None:
    session = f"baokan-{uuid.uuid4().hex[:8]}"
    baokan = Path(sys.executable).with_name("baokan")
    done = tmp_path / "exit-status"
    # Run in tmp_path: the export's default file lands in the user's folder.
    command = f"cd {tmp_path} && {baokan} --db {seed_db_path}; echo $? > {done}"
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    try:
        wait_for(session, "2025-05-09")  # the issues; their articles load after them
        screen = wait_for(session, "Articles")
        assert "Issues" in screen and "Articles" in screen and "临汾" in wait_for(session, "临汾")
        tmux("send-keys", "-t", session, "t")
        screen = wait_for(session, "31 rows")
        assert "Facets" in screen
        tmux("send-keys", "-t", session, "5")
        wait_for(session, "26 rows")
        # search, then Escape goes back to the tables (it used to pop the mode's last screen and exit 0)
        tmux("send-keys", "-t", session, "/")
        wait_for(session, "search titles and bodies")
        tmux("send-keys", "-t", session, "U")  # ASCII: tmux may run without a UTF-8 locale
        wait_for(session, "联东U谷")
        tmux("send-keys", "-t", session, "Escape")
        wait_for(session, "26 rows")
        tmux("send-keys", "-t", session, "T")
        wait_for(session, "Timeline of amounts")
        tmux("send-keys", "-t", session, "Escape")
        wait_gone(session, "Timeline of amounts")
        # export as CSV: e, Tab to the formats, Right to csv, Enter, back to the path box, Enter
        tmux("send-keys", "-t", session, "e")
        wait_for(session, "Export this table to:")
        tmux("send-keys", "-t", session, "Tab", "Right", "Enter")
        wait_for(session, "baokan-amounts.csv")
        tmux("send-keys", "-t", session, "BTab", "Enter")
        wait_for(session, "26 rows → baokan-amounts.csv (csv)")
        assert len((tmp_path / "baokan-amounts.csv").read_text(encoding="utf-8").splitlines()) == 27
        # the page as printed, from the reader in the browser
        tmux("send-keys", "-t", session, "b")
        wait_for(session, "Prev article")
        for key in ("Enter", "Enter", "p"):  # into the articles, into the reader, the page
            time.sleep(0.5)
            tmux("send-keys", "-t", session, key)
        wait_for(session, "▌ article")
        tmux("send-keys", "-t", session, "Escape")
        wait_gone(session, "▌ article")
        tmux("send-keys", "-t", session, "q")
        deadline = time.monotonic() + 15
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert done.read_text().strip() == "0"
    finally:
        subprocess.run([TMUX or "tmux", "kill-session", "-t", session], capture_output=True)


def test_the_pager_suspends_the_app_and_comes_back(seed_db_path: Path, tmp_path: Path) -> None:
    # A real terminal: the app must give the pager the screen, get it back and still quit with status 0.
    session = f"baokan-{uuid.uuid4().hex[:8]}"
    baokan = Path(sys.executable).with_name("baokan")
    done, paged = tmp_path / "exit-status", tmp_path / "paged.txt"
    pager = tmp_path / "pager"
    pager.write_text(f'#!/bin/sh\ncp "$1" {paged}\n', encoding="utf-8")
    pager.chmod(0o755)
    command = f"cd {tmp_path} && PAGER={pager} {baokan} --db {seed_db_path}; echo $? > {done}"
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    try:
        wait_for(session, "2025-05-09")
        for key in ("Enter", "Enter"):  # into the articles, into the reader
            time.sleep(0.5)
            tmux("send-keys", "-t", session, key)
        wait_for(session, "Page as printed")
        tmux("send-keys", "-t", session, "o")
        deadline = time.monotonic() + 15
        while not paged.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "科学导报" in paged.read_text(encoding="utf-8")  # the article, with its issue line
        wait_for(session, "Page as printed")  # the app is back on the screen
        tmux("send-keys", "-t", session, "q")
        deadline = time.monotonic() + 15
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert done.read_text().strip() == "0"
    finally:
        subprocess.run([TMUX or "tmux", "kill-session", "-t", session], capture_output=True)
