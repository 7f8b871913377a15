"""Every non-blank character of a page lands in an article field or a fragment, for any page."""

from __future__ import annotations

from baokan.store.pages.parse import check_nothing_lost, parse_page
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

# Pieces in the shape of the seeds' lines, plus noise: markup, escapes, odd punctuation.
PIECES = [
    "科学导报讯 记者王波 今年以来，",
    "本刊讯 近日，",
    "科学导报 ",
    "（张鹏）",
    "■ 董保彤摄",
    "■ 麻洁琼",
    "吴珊 张蓓蕾",
    "（下转A2版）",
    "(上接 D1版)",
    "## ",
    "### ",
    "——",
    "临汾经济开发区",
    "党工委书记、",
    "签约6个项目，总投资额87.03亿元。",
    "招商引资",
    "。",
    "，",
    "“",
    "”",
    "[bold]红[/bold]",
    "\x1b[31m",
    "第14期 总第4369期",
    "2025年5月9日 星期五",
    "周刊",
    "  ",
    "\t",
    "#",
    "■",
    "）",
    "版",
    "AI-IOT",
]
line = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=8).map("".join)
page = st.lists(st.one_of(line, st.just("")), max_size=40).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page)
def test_generated_pages_lose_nothing(text: str) -> None:
    parsed = parse_page(text)
    assert check_nothing_lost(text, parsed) == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=200).map("".join))
@example("——科学导报 (上接 D1版)")  # a deck with no title used to drop its article
def test_one_long_line_loses_nothing(text: str) -> None:
    assert check_nothing_lost(text, parse_page(text)) == []


def test_markup_and_escapes_are_kept_verbatim() -> None:
    text = "标题\n\n科学导报讯 正文里有[bold]粗体[/bold]和[link=http://x]链接[/link]以及\x1b[31m转义。\n张丽\n"
    body = parse_page(text).articles[0].body
    assert "[bold]粗体[/bold]" in body and "[link=http://x]" in body and "\x1b[31m" in body


def test_the_check_notices_a_lost_character() -> None:
    text = "标题\n\n科学导报讯 正文。\n张丽\n"
    parsed = parse_page(text)
    parsed.articles[0].body = parsed.articles[0].body[:-1]
    assert check_nothing_lost(text, parsed) == ["missing: 。"]
