"""One smoke test in a real terminal: tmux runs baokan, we read the screen, press keys, and quit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .helpers import TMUX, baokan_in_tmux, quit_with_status, send_slowly, tmux, wait_for, wait_gone, wait_until

pytestmark = pytest.mark.skipif(TMUX is None and not os.environ.get("CI"), reason="tmux is not installed")


def test_baokan_in_tmux(seed_db_path: Path, tmp_path: Path) -> None:
    # Run in tmp_path: the export's default file lands in the user's folder.
    with baokan_in_tmux(seed_db_path, tmp_path) as (session, done):
        wait_for(session, "2025-05-09")  # the issues; their articles load after them
        screen = wait_for(session, "Articles")  # wait_for fails the test when the text never shows
        assert "Issues" in screen
        wait_for(session, "临汾")
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
        send_slowly(session, "Enter", "Enter", "p")  # into the articles, into the reader, the page
        wait_for(session, "▌ article")
        tmux("send-keys", "-t", session, "Escape")
        wait_gone(session, "▌ article")
        assert quit_with_status(session, done) == "0"


def test_the_pager_suspends_the_app_and_comes_back(seed_db_path: Path, tmp_path: Path) -> None:
    # A real terminal: the app must give the pager the screen, get it back and still quit with status 0.
    paged, pager = tmp_path / "paged.txt", tmp_path / "pager"
    pager.write_text(f'#!/bin/sh\ncp "$1" {paged}\n', encoding="utf-8")
    pager.chmod(0o755)
    with baokan_in_tmux(seed_db_path, tmp_path, env=f"PAGER={pager} ") as (session, done):
        wait_for(session, "2025-05-09")
        send_slowly(session, "Enter", "Enter")  # into the articles, into the reader
        wait_for(session, "Page as printed")
        tmux("send-keys", "-t", session, "o")
        wait_until(paged.exists, 15)
        assert "科学导报" in paged.read_text(encoding="utf-8")  # the article, with its issue line
        wait_for(session, "Page as printed")  # the app is back on the screen
        assert quit_with_status(session, done) == "0"
