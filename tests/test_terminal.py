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


def test_baokan_in_tmux(seed_db_path: Path, tmp_path: Path) -> None:
    session = f"baokan-{uuid.uuid4().hex[:8]}"
    baokan = Path(sys.executable).with_name("baokan")
    done = tmp_path / "exit-status"
    command = f"{baokan} --db {seed_db_path}; echo $? > {done}"
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    try:
        screen = wait_for(session, "2025-05-09")
        assert "Issues" in screen and "Articles" in screen and "临汾" in screen
        tmux("send-keys", "-t", session, "t")
        screen = wait_for(session, "31 rows")
        assert "Facets" in screen
        tmux("send-keys", "-t", session, "5")
        wait_for(session, "26 rows")
        tmux("send-keys", "-t", session, "q")
        deadline = time.monotonic() + 15
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert done.read_text().strip() == "0"
    finally:
        subprocess.run([TMUX or "tmux", "kill-session", "-t", session], capture_output=True)
