"""Column layout on synthetic boxes: characters → lines → reading order → text."""

from __future__ import annotations

from baokan.store.pages.columns import Box, gutters, lines_of_chars, page_text, reading_order

SIZE = 10.0
PITCH = 14.0  # line pitch: 10-point type, 4 points of leading


def typeset(text: str, x: float, y: float, size: float = SIZE) -> list[Box]:
    """One box per character, each a square of the type size (as a PDF's loose character boxes are)."""
    return [Box(x + k * size, y, x + (k + 1) * size, y + size, ch) for k, ch in enumerate(text)]


def column(lines: list[str], x: float, y: float) -> list[Box]:
    """Lines of text set one under another; a leading '　' is an indent of one character."""
    out: list[Box] = []
    for n, line in enumerate(lines):
        indent = len(line) - len(line.lstrip("　"))
        out += typeset(line.lstrip("　"), x + indent * SIZE, y + n * PITCH)
    return out


def test_side_by_side_columns_are_read_one_after_the_other() -> None:
    # Two columns on the same baselines: a line-by-line reader would interleave them.
    left = column(["　　甲乙丙丁戊己", "庚辛壬癸子丑寅卯", "午未。"], 0, 0)
    right = column(["　　天地玄黄宇宙", "洪荒日月盈昃辰宿", "列张。"], 100, 0)
    assert (
        page_text(lines_of_chars(left + right))
        == "甲乙丙丁戊己庚辛壬癸子丑寅卯午未。\n\n天地玄黄宇宙洪荒日月盈昃辰宿列张。\n"
    )


def test_a_paragraph_runs_on_into_the_next_column() -> None:
    left = column(["　　一二三四五六", "七八九十百千万亿"], 0, 0)
    right = column(["丙丁。", "　　新段落开始了。"], 100, 0)
    assert page_text(lines_of_chars(left + right)) == "一二三四五六七八九十百千万亿丙丁。\n新段落开始了。\n"


def test_headline_over_two_columns_is_read_before_them_and_the_third_column_after() -> None:
    head = typeset("跨两栏的大标题在这里", 0, 0, size=18)
    col1 = column(["　　一栏一行甲乙", "一栏二行。"], 0, 40)
    col2 = column(["　　二栏一行甲乙", "二栏二行。"], 100, 40)
    col3 = column(["　　三栏一行甲乙", "三栏二行甲乙丙丁", "三栏三行甲乙丙丁", "三栏四行。"], 200, 0)
    lines = lines_of_chars(col3 + col2 + head + col1)  # stored in any order
    order = [b.text for b in reading_order(lines, gutters(lines))]
    assert order == [
        "跨两栏的大标题在这里",
        "一栏一行甲乙",
        "一栏二行。",
        "二栏一行甲乙",
        "二栏二行。",
        "三栏一行甲乙",
        "三栏二行甲乙丙丁",
        "三栏三行甲乙丙丁",
        "三栏四行。",
    ]


def test_headline_in_the_middle_of_two_columns_splits_them() -> None:
    # Article one fills the top of both columns; article two's headline spans them below it.
    top1 = column(["上文左一甲乙丙丁", "上文左二。"], 0, 0)
    top2 = column(["上文右一甲乙丙丁", "上文右二。"], 100, 0)
    head = typeset("第二篇跨栏标题文字", 0, 50, size=18)
    low1 = column(["下文左一甲乙丙丁"], 0, 90)
    low2 = column(["下文右一甲乙丙丁"], 100, 90)
    lines = lines_of_chars(top1 + top2 + head + low1 + low2)
    order = [b.text for b in reading_order(lines, gutters(lines))]
    assert order == [
        "上文左一甲乙丙丁",
        "上文左二。",
        "上文右一甲乙丙丁",
        "上文右二。",
        "第二篇跨栏标题文字",
        "下文左一甲乙丙丁",
        "下文右一甲乙丙丁",
    ]


def test_extra_space_is_a_blank_line_and_a_short_line_ends_a_paragraph() -> None:
    boxes = typeset("标题", 0, 0) + column(["署名"], 0, 30) + column(["正文第一行甲乙丙", "完。"], 0, 44)
    assert page_text(lines_of_chars(boxes)) == "标题\n\n署名\n正文第一行甲乙丙完。\n"


def test_space_characters_and_wide_gaps_print_as_one_space() -> None:
    chars = typeset("第14期", 0, 0) + [Box(40, 0, 42, 10, " ")] + typeset("总第4369期", 42, 0)
    chars += typeset("吴珊", 0, 20) + typeset("张蓓蕾", 25, 20)
    assert [b.text for b in lines_of_chars(chars)] == ["第14期 总第4369期", "吴珊 张蓓蕾"]


def test_a_short_column_still_has_its_gutter() -> None:
    long = column([f"第{n:02d}行甲乙丙丁戊" for n in range(40)], 0, 0)
    short = column(["短栏一行甲乙丙丁"], 120, 0)
    lines = lines_of_chars(long + short)
    assert len(gutters(lines)) == 1
    assert reading_order(lines, gutters(lines))[-1].text == "短栏一行甲乙丙丁"


def test_no_boxes_no_text() -> None:
    assert page_text(lines_of_chars([Box(0, 0, 5, 10, " ")])) == ""


def test_justified_lines_get_no_spaces_between_evenly_spread_characters() -> None:
    spread = [Box(k * 13.0, 0, k * 13.0 + 10, 10, ch) for k, ch in enumerate("开发区招商引资")]  # 3 points between each
    named = typeset("吴珊", 0, 20) + typeset("张蓓蕾", 25, 20)
    assert [b.text for b in lines_of_chars(spread + named)] == ["开发区招商引资", "吴珊 张蓓蕾"]


def test_punctuation_hanging_into_the_gutter_does_not_join_two_columns() -> None:
    # Two of column one's lines end with a comma hanging past its edge (x=80), 6 points from column two.
    left_text = [f"左栏第{n}行甲乙" + ("丙，" if n in (1, 4) else "") for n in range(8)]
    right_text = [f"右栏第{n}行甲乙" for n in range(8)]
    lines = lines_of_chars(column(left_text, 0, 0) + column(right_text, 96, 0))
    assert sorted(b.text for b in lines) == sorted(left_text + right_text)


def test_a_column_ending_a_sentence_leaves_the_next_line_to_the_reader_of_the_text() -> None:
    # The last line of column one is full and ends a sentence: column two may go on, or start a byline.
    left = column(["　　一二三四五六", "七八九十百千万。"], 0, 0)
    right = column(["张丽"], 100, 0)
    assert page_text(lines_of_chars(left + right)) == "一二三四五六七八九十百千万。\n张丽\n"


def test_a_headline_set_vertically_is_read_as_one_line() -> None:
    vertical = [Box(0, k * SIZE, SIZE, (k + 1) * SIZE, ch) for k, ch in enumerate("竖排标题")]
    body = column(["　　正文第一行甲", "正文第二行甲乙丙", "完。"], 20, 0)
    assert sorted(b.text for b in lines_of_chars(vertical + body)) == sorted(
        ["竖排标题", "正文第一行甲", "正文第二行甲乙丙", "完。"]
    )
    # one-character lines of a paragraph, with leading between them, stay lines
    short = column(["甲", "乙", "丙"], 0, 0)
    assert [b.text for b in lines_of_chars(short)] == ["甲", "乙", "丙"]
