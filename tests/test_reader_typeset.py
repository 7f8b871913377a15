"""The reader sets Chinese text by the line rules at its width, again after a resize, styles kept (Pilot)."""

from __future__ import annotations

from pathlib import Path

from baokan.store.db.printed import ARTICLE, OTHER, MarkedLine
from baokan.tui.screens.page import GUTTER, PageScreen, render_page
from baokan.tui.screens.reader import ReaderScreen
from baokan.tui.typeset import CLOSING, OPENING, text_width
from baokan.tui.widgets.article_view import ArticleView
from baokan.tui.widgets.typeset_text import TypesetText, set_lines
from rich.text import Text
from textual.widgets import Static

from .helpers import go, running, settle, tap


def drawn_lines(widget: Static) -> list[str]:
    """What the widget shows on screen, line by line, without the end spaces."""
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


def squeeze(s: str) -> str:
    """s without spaces and newlines."""
    return s.replace(" ", "").replace("\n", "")


def check_paragraphs(reader: ArticleView) -> int:
    """Every paragraph as drawn: within the width, by the rules, nothing lost; the number of lines drawn."""
    count = 0
    for para in reader.query(".para").results(Static):
        assert isinstance(para.content, TypesetText)
        width, lines = para.content_region.width, drawn_lines(para)
        assert squeeze("".join(lines)) == squeeze(para.content.plain)  # only spaces at breaks are not drawn
        for before, line in zip(lines, lines[1:]):
            assert line[:1] not in CLOSING and before[-1:] not in OPENING, (before, line)
        assert all(text_width(line) <= width for line in lines), (width, lines)
        count += len(lines)
    return count


async def test_the_browser_reader_sets_lines_at_80x24_and_again_when_narrowed(seed_db_path: Path) -> None:
    async with running(seed_db_path, size=(80, 24)) as (app, pilot):
        await go(pilot, "enter", "j", "enter")
        reader = app.screen.query_one(ArticleView)
        wide = reader.query_one(".para", Static).content_region.width
        lines_wide = check_paragraphs(reader)
        await pilot.resize_terminal(62, 24)  # the reader pane gets about 30 columns
        await settle(pilot)
        narrow = reader.query_one(".para", Static).content_region.width
        assert narrow < wide
        assert check_paragraphs(reader) > lines_wide  # broken again for the new width
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert check_paragraphs(reader) == lines_wide


async def test_the_full_screen_reader_steps_to_a_hit_line_at_80x24(seed_db_path: Path) -> None:
    async with running(seed_db_path, "slash", *"招商", size=(80, 24)) as (app, pilot):
        await go(pilot, "down", "enter")
        assert isinstance(app.screen, ReaderScreen)
        reader = app.screen.query_one(ArticleView)
        check_paragraphs(reader)
        assert reader.hits
        for _ in range(len(reader.hits)):
            await tap(pilot, "n")
            para_no, nth = reader.hits[reader.current]
            para = list(reader.query(".para").results(Static))[para_no]
            assert isinstance(para.content, TypesetText)
            start = [i for i in range(len(para.content.plain)) if para.content.plain.startswith("招商", i)][nth]
            line = para.content.line_of(para.content_region.width, start)
            y = para.region.y + line  # the hit's line on screen
            assert reader.content_region.y <= y < reader.content_region.bottom
            # The hit's line, however the paragraph broke, is on screen and shows the hit.
            assert "招" in para.render_line(line).text or "商" in para.render_line(line).text


def test_styles_carry_across_a_line_break() -> None:
    text = Text("甲乙丙丁戊己")
    text.stylize("bold cyan", 2, 5)  # an entity across the break
    out = set_lines(text, 8)
    assert out.plain == "甲乙丙\n丁戊己"
    styled = [
        i for i in range(len(out.plain)) if any(s.start <= i < s.end and s.style == "bold cyan" for s in out.spans)
    ]
    assert styled == [2, 4, 5]  # 丙 before the break, 丁戊 after it; the newline is not styled


def test_the_page_view_continues_a_long_line_under_its_text_not_its_margin() -> None:
    lines = [MarkedLine("甲乙丙丁戊己庚辛壬癸，山水木火土。", ARTICLE), MarkedLine("短行", OTHER)]
    shown = render_page(lines, GUTTER + 12).plain.split("\n")
    assert shown[0].startswith("▌ article") and shown[1].startswith(" " * GUTTER)
    assert all(text_width(line) <= GUTTER + 12 for line in shown)
    assert "".join(line[GUTTER:] for line in shown[:-1]) == "甲乙丙丁戊己庚辛壬癸，山水木火土。"
    assert not shown[1][GUTTER:].startswith("，")


async def test_the_page_view_sets_its_lines_at_80x24(seed_db_path: Path) -> None:
    async with running(seed_db_path, size=(80, 24)) as (app, pilot):
        await go(pilot, "enter", "j", "enter", "p")
        assert isinstance(app.screen, PageScreen)
        middle = app.screen.query_one("#page-text", Static)
        shown = drawn_lines(middle)
        assert shown and shown[0].startswith("▌ article")
        # Every line keeps its margin (a long line goes on under its text) and no line opens on a closing mark.
        assert all(line[:GUTTER].endswith(" ") and line[GUTTER:][:1] not in CLOSING for line in shown if line.strip())


async def test_lines_are_broken_once_per_width_not_per_repaint(seed_db_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from baokan.tui.widgets import typeset_text

    # Count the settings themselves (a widget's cache), not the breaker (offsets_at caches that one too).
    calls: list[int] = []
    real = typeset_text.set_lines
    monkeypatch.setattr(typeset_text, "set_lines", lambda text, width, *a: calls.append(width) or real(text, width, *a))
    async with running(seed_db_path, size=(80, 24)) as (app, pilot):
        await go(pilot, "enter", "j", "enter")
        reader = app.screen.query_one(ArticleView)
        opened = len(calls)
        assert opened > 0
        for _ in range(3):  # repaints, scrolling included, break nothing again
            for widget in reader.query(Static):
                widget.refresh()
            await tap(pilot, "j")
        assert len(calls) == opened
        await pilot.resize_terminal(70, 24)
        await settle(pilot)
        assert len(calls) > opened  # a new width is a new setting


def test_a_subhead_is_styled_on_every_line_it_takes() -> None:
    from baokan.store.db.queries import ArticleDetail
    from baokan.tui.widgets.article_view import mark

    a = ArticleDetail(1, 1, "", None, 1, "t", None, None, None, None, "", None, None, entities=[], amounts=[])
    out = set_lines(mark("一、聚焦甲乙丙丁主导产业", a), 10)
    assert len(out.plain.split("\n")) > 1
    styled = {i for s in out.spans if "underline" in str(s.style) for i in range(s.start, s.end)}
    assert all(i in styled for i, c in enumerate(out.plain) if c != "\n")
