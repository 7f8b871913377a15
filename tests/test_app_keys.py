"""Never crash, never lie: every screen and mode survives Escape, q and ctrl+c; failures exit non-zero."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from baokan.store.db import queries
from baokan.tui import clipboard
from baokan.tui.app import BaokanApp
from baokan.tui.screens.dates import DateRangeScreen
from baokan.tui.screens.dialogs import AskPath, ErrorDialog
from baokan.tui.screens.export import ExportScreen
from baokan.tui.screens.help import HelpScreen
from baokan.tui.screens.page import PageScreen
from baokan.tui.screens.timeline import TimelineScreen
from baokan.tui.screens.too_small import TooSmallScreen
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerFailed

from .helpers import SIZE, go, launched, running, settle, tap

# How to reach each place from a fresh app, step by step: "go" presses keys and waits for their loads, "tap"
# presses and pauses once, "press" only presses, "resize" resizes the terminal, "shows" checks the screen.
SEARCHED = (("go", "slash", *"招商"), ("press", "down"))
OPENERS: dict[str, tuple[tuple[object, ...], ...]] = {
    "browse": (("go",),),
    "browse-reader": (("go",), ("press", "enter", "enter")),
    "tables-facets": (("go", "t"), ("press", "f")),
    "search-input": (("tap", "slash"),),
    "search-results": SEARCHED,
    "reader": (*SEARCHED, ("go", "enter")),
    "help": (("tap", "question_mark"),),
    "palette": (("tap", "slash"), ("tap", "ctrl+p")),
    "export": (("go", "t", "2"), ("tap", "e")),
    "tables": (("go", "t"),),
    "page": (("go",), ("press", "enter", "enter"), ("go",), ("go", "p"), ("shows", PageScreen)),
    "timeline": (("go", "t"), ("go", "T"), ("shows", TimelineScreen)),
    "dates": (("go", "t"), ("tap", "d"), ("shows", DateRangeScreen)),
    "save-view": (("go", "t"), ("tap", "v"), ("shows", AskPath)),
    "too-small": (("go",), ("resize", 50, 12), ("go",), ("shows", TooSmallScreen)),
}


async def shows(pilot: Pilot, screen: type) -> None:
    """Check that the app shows this kind of screen."""
    assert isinstance(pilot.app.screen, screen)


async def open_at(pilot: Pilot, where: str) -> None:
    """Take the app to a place by its steps."""
    steps: dict[object, Callable[..., Awaitable[None]]] = {
        "go": go,
        "tap": tap,
        "press": lambda pilot, *keys: pilot.press(*keys),
        "resize": lambda pilot, w, h: pilot.resize_terminal(w, h),
        "shows": shows,
    }
    for how, *args in OPENERS[where]:
        await steps[how](pilot, *args)


@asynccontextmanager
async def opened_at(db_path: Path, where: str) -> AsyncIterator[tuple[BaokanApp, Pilot]]:
    """The app taken to a place."""
    async with launched(db_path) as (app, pilot):
        await open_at(pilot, where)
        yield app, pilot


@pytest.mark.parametrize("where", list(OPENERS))
async def test_escape_twice_then_q(seed_db_path: Path, where: str) -> None:
    async with opened_at(seed_db_path, where) as (app, pilot):
        await tap(pilot, "escape")
        await go(pilot, "escape")
        assert app.return_code is None and app.is_running  # still there, nothing popped off the bottom
        await open_at(pilot, where)
        typing = isinstance(app.focused, Input)
        await tap(pilot, "q")
        if typing:  # q is a letter of the query or the file name there
            assert app.return_code is None and app.focused.value.endswith("q")  # type: ignore[union-attr]
        elif where == "help":  # q closes the help, as Escape does
            assert app.return_code is None and not isinstance(app.screen, HelpScreen)
        elif where == "timeline":  # q closes the timeline over the tables, as Escape does
            assert app.return_code is None and not isinstance(app.screen, TimelineScreen)
        else:
            assert app.return_code == 0


@pytest.mark.parametrize("where", list(OPENERS))
async def test_ctrl_c_quits_from_anywhere(seed_db_path: Path, where: str) -> None:
    async with opened_at(seed_db_path, where) as (app, pilot):
        await tap(pilot, "ctrl+c")
        assert app.return_code == 0


async def test_escape_from_search_returns_to_the_mode_it_came_from(seed_db_path: Path) -> None:
    async with running(seed_db_path, "t") as (app, pilot):
        await tap(pilot, "slash", "a", "escape")
        assert app.current_mode == "tables"


async def test_a_bug_exits_1_with_one_line_and_a_log(
    seed_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BAOKAN_LOG_DIR", str(tmp_path / "logs"))

    def broken(*_: object, **__: object) -> None:
        raise KeyError("a bug of ours")

    monkeypatch.setattr(queries, "article", broken)
    app = BaokanApp(seed_db_path)
    with pytest.raises(WorkerFailed):  # run_test re-raises what made the app fail; a real run does not
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
    assert app.return_code == 1
    assert app.failure is not None and "\n" not in app.failure and "KeyError" in app.failure
    (log,) = (tmp_path / "logs").iterdir()
    assert str(log) in app.failure and "Traceback" in log.read_text(encoding="utf-8")


async def test_a_damaged_store_shows_a_dialog_and_exits_2(seed_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def damaged(*_: object, **__: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(queries, "articles_for_issue", damaged)
    async with launched(seed_db_path) as (app, pilot):
        for _ in range(50):  # settle() would re-raise the worker's error; the app must not
            await pilot.pause(0.05)
            if isinstance(app.screen, ErrorDialog):
                break
        assert "malformed" in str(app.screen.query_one("Label").render())
        await tap(pilot, "enter")
    assert app.return_code == 2 and app.failure is not None and "rebuild" in app.failure


def test_clipboard_tools_by_platform() -> None:
    def which(name: str) -> str | None:
        return f"/usr/bin/{name}" if name in ("wl-copy", "xclip", "pbcopy") else None

    assert clipboard.clipboard_commands({}, "linux", which) == []  # no display: no tool can reach a clipboard
    assert clipboard.clipboard_commands({"WAYLAND_DISPLAY": "w"}, "linux", which) == [["wl-copy"]]
    assert clipboard.clipboard_commands({"DISPLAY": ":0"}, "linux", which) == [["xclip", "-selection", "clipboard"]]
    assert clipboard.clipboard_commands({}, "darwin", which) == [["pbcopy"]]


def test_a_failing_tool_is_not_a_copy(tmp_path: Path) -> None:
    ok = tmp_path / "ok"
    ok.write_text(f"#!/bin/sh\ncat > {tmp_path / 'got'}\n", encoding="utf-8")
    ok.chmod(0o755)
    assert clipboard.copy_with_tool("报刊", [["false"], [str(tmp_path / "missing")]]) is None
    assert clipboard.copy_with_tool("报刊", [["false"], [str(ok)]]) == str(ok)
    assert (tmp_path / "got").read_text(encoding="utf-8") == "报刊"


async def test_copy_without_a_tool_says_so_and_offers_a_file(
    seed_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("baokan.tui.app.clipboard_commands", lambda env: [])
    target = tmp_path / "copied.md"
    async with running(seed_db_path, "t", "2") as (app, pilot):
        await go(pilot, "y")
        assert isinstance(app.screen, ExportScreen)
        assert "no clipboard tool" in str(app.screen.query_one("Label").render())
        app.screen.query_one(Input).value = str(target)
        await tap(pilot, "enter")
    assert target.read_text(encoding="utf-8").startswith("baokan zones")


async def test_copy_with_a_tool_says_which(seed_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("baokan.tui.app.clipboard_commands", lambda env: [["cat"]])
    async with running(seed_db_path, "t", "2") as (app, pilot):
        await go(pilot, "y")
        assert not isinstance(app.screen, ExportScreen)
        assert any("by cat" in str(n.message) for n in app._notifications)


async def test_too_small_a_terminal_is_said_and_then_forgotten(seed_db_path: Path) -> None:
    async with running(seed_db_path, size=(50, 12)) as (app, pilot):
        assert isinstance(app.screen, TooSmallScreen)
        assert "Terminal too small: 50×12" in str(app.screen.query_one("#too-small").render())
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert not isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(40, 24)
        await settle(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        await tap(pilot, "q")
        assert app.return_code == 0


def test_nested_mentions_take_the_outer_colour() -> None:
    from baokan.store.db.queries import ArticleDetail
    from baokan.tui.theme import KIND_STYLE
    from baokan.tui.widgets.article_view import is_subhead, mention_spans

    a = ArticleDetail(
        1, 1, "", None, 1, "t", None, None, None, None, "", None, None,
        entities=[(1, "place", "临汾", ["临汾"]), (2, "zone", "临汾经济开发区", ["临汾经济开发区", "临汾经开区"])],
        amounts=["5亿元"],
    )  # fmt: skip
    text = "临汾经济开发区与临汾市签约5亿元，临汾经开区"
    assert mention_spans(text, a) == [
        (0, 7, KIND_STYLE["zone"]),
        (8, 10, KIND_STYLE["place"]),
        (13, 16, KIND_STYLE["amount"]),
        (17, 22, KIND_STYLE["zone"]),
    ]
    assert is_subhead("一、聚焦主导产业") and not is_subhead("签约项目6个。") and not is_subhead("长" * 40)
