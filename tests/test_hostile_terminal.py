"""Page text and file names reach the terminal inert: no escape sequence acts, no markup is read, one line each."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import build as ingest
from baokan.store.files import one_line, visible
from baokan.tui.building import run_build
from baokan.tui.commands import highlight_literal
from baokan.tui.screens.tables import TablesScreen as Tables
from rich.console import Console
from textual.command import CommandPalette, Matcher
from textual.widgets import Input, OptionList

from .helpers import go, running, tap
from .hostile import baokan, out_text
from .test_hostile_inputs import SIMPLIFIED

OSC52 = "\x1b]52;c;aGVsbG8=\x07"  # sets the terminal's clipboard
CLEAR = "\x1b[2J"  # clears the screen
EVIL_NAME = f"a{OSC52}{CLEAR}b\nfake: skipped: [bold red]x[link=https:]y.txt"  # a name holds no "/"
# What a terminal may receive from baokan: Rich's own colour and cursor sequences, nothing else.
RICH_CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def acting_escapes(out: str) -> list[str]:
    """Escape sequences other than the styling and cursor moves Rich writes itself."""
    rest = RICH_CSI.sub(lambda m: "" if m.group() != CLEAR else m.group(), out)
    return [m for m in (CLEAR, "\x1b]", "\x07", "\x1b") if m in rest]


def evil_page(folder: Path) -> Path:
    """A page with no masthead (its issue is named after the file) under a name holding escapes and markup."""
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / EVIL_NAME
    page.write_text(SIMPLIFIED, encoding="utf-8")
    return page


def test_helpers_make_text_inert() -> None:
    assert visible("a\x1bb\nc\u202ed") == "a␛b\nc\ufffdd"
    assert one_line("a\nb\x1b[2J\udcff") == "a␊b␛[2J\\xff"


def test_build_names_files_inert_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    evil_page(folder)
    (folder / f"empty{CLEAR}\n.txt").write_text("", encoding="utf-8")
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=300, color_system="standard")
    status = run_build((str(folder),), tmp_path / "s.db", console, workers=1)
    text = out.getvalue()
    assert status == 1  # the empty page is skipped; the evil name did not crash the progress bar (`[/]`)
    assert acting_escapes(text) == []
    plain = RICH_CSI.sub("", text)
    skips = [line for line in plain.splitlines() if ": skipped: " in line]
    assert skips == [f"{folder}/empty␛[2J␊.txt: skipped: empty page (no text)"]


def test_cli_search_shows_issue_titles_inert(tmp_path: Path) -> None:
    page = evil_page(tmp_path / "pages")
    db = tmp_path / "s.db"
    ingest.build(store_db.create(db), [page], workers=1)
    proc = baokan("search", "开发区", "--db", db)
    out = out_text(proc)
    assert proc.returncode == 0, out
    assert "\x1b" not in out and "\x07" not in out
    assert "a␛]52;c;aGVsbG8=␇␛[2Jb␊fake: skipped: [bold red]x[link=https:]y" in out
    assert not any(line.startswith("fake: skipped") for line in out.splitlines())


def test_palette_hit_is_never_markup() -> None:
    matcher = Matcher("issue")
    text = "Go to issue: [bold red]x[/] ␛]52"
    assert highlight_literal(matcher, text).plain == text


async def test_palette_lists_issue_titles_inert(tmp_path: Path) -> None:
    page = evil_page(tmp_path / "pages")
    db = tmp_path / "s.db"
    ingest.build(store_db.create(db), [page], workers=1)
    async with running(db) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.press(*"Go to issue")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        hit = [p for p in prompts if p.startswith("Go to issue: ")]
        assert hit and all("\x1b" not in p for p in prompts)
        assert "[bold red]x[link=https:]y" in hit[0] and "␛]52" in hit[0]


async def test_export_path_with_markup_does_not_crash_the_app(seed_db_path: Path, tmp_path: Path) -> None:
    (tmp_path / "a[").mkdir()
    target = tmp_path / "a[/]b[bold].md"  # `[/]` closes a markup tag that was never opened: MarkupError
    target.write_text("old", encoding="utf-8")
    async with running(seed_db_path, "t", "2") as (app, pilot):
        await tap(pilot, "e")
        app.screen.query_one(Input).value = str(target)
        await tap(pilot, "enter")
        await go(pilot, "y")  # the overwrite question names the file: `[/]` in it is not markup
    assert target.read_text(encoding="utf-8").splitlines()[2].startswith("| name")


async def test_export_error_is_a_notification(seed_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "no[" / "]such" / "x.md"
    async with running(seed_db_path, "t", "2") as (app, pilot):
        await tap(pilot, "e")
        app.screen.query_one(Input).value = str(target)
        await go(pilot, "enter")
        notes = [str(n.message) for n in app._notifications]
        assert any("no[/]such" in n and "No such file or directory" in n for n in notes), notes
        assert isinstance(app.screen, Tables)
    assert not target.parent.exists()


@pytest.mark.parametrize("name", ["x\x1b[2J.md", "x\ny.md"])
def test_export_message_names_file_inert(seed_db_path: Path, tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    proc = baokan("export", "zones", "--db", seed_db_path, "-o", target)
    assert proc.returncode == 0 and target.exists()
    err = out_text(proc)
    assert "\x1b" not in err and len(err.strip().splitlines()) == 1


def test_cli_json_holds_no_character_a_terminal_acts_on(tmp_path: Path) -> None:
    # C1 controls (U+009B is CSI) and bidi overrides pass through json.dumps raw; they leave as \uXXXX.
    page = tmp_path / "p.txt"
    page.write_text("标题甲乙\n\n科学导报讯 正文\x9b2J清屏\u202e反转，\x1b[31m红色。\n", encoding="utf-8")
    db = tmp_path / "s.db"
    ingest.build(store_db.create(db), [page], workers=1)
    proc = baokan("search", "正文", "--format", "json", "--db", db)
    out = out_text(proc)
    assert proc.returncode == 0, out
    assert not [c for c in out if c in "\x1b\x07\x9b\u202e"]
    assert json.loads(out)[0]["snippet"].startswith("正文\x9b2J清屏\u202e反转，\x1b[31m")  # the data, whole


@pytest.mark.parametrize("terminal", [True, False])
def test_export_to_stdout_is_inert_on_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: bool
) -> None:
    from baokan.tui import cli, cli_export
    from click.testing import CliRunner

    page = tmp_path / "p.txt"
    page.write_text("标题\n\n科学导报讯 正文，\x1b[31m红色\x1b[0m。\n", encoding="utf-8")
    store = tmp_path / "s.db"
    ingest.build(store_db.create(store), [page], workers=1)
    monkeypatch.setattr(cli_export, "stdout_is_terminal", lambda: terminal)
    out = (
        CliRunner()
        .invoke(cli.cli, ["export", "articles", "--with-text", "--format", "csv", "--db", str(store)], obj={})
        .output
    )
    # A person's terminal sees ␛ and no sequence acts; a pipe gets the text as printed, for the program reading it.
    assert ("␛[31m红色" in out and "\x1b" not in out) if terminal else "\x1b[31m红色" in out
