"""The reader's line breaker: Chinese line rules, numbers and Latin words whole, nothing lost (made-up text)."""

from __future__ import annotations

import ast
from pathlib import Path

from baokan.tui.typeset import CLOSING, OPENING, WORD_RE, break_lines, cell_width, is_cjk, text_width
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

HAN = "甲乙丙丁戊己庚辛壬癸山水木火土金石田禾米"
SPACES = " \t"


def shown(line: str) -> str:
    """A line as drawn: the newline and the spaces it ends with take no room."""
    return line.rstrip("\n").rstrip(SPACES)


def assert_within(lines: list[str], width: int, hang: int = 1) -> None:
    """Every line fits; a line past the width is past it only by closing marks, by at most hang cells."""
    for line in lines:
        drawn = shown(line)
        if text_width(drawn) > width:
            assert text_width(drawn) <= width + hang, (line, lines)
            assert text_width(drawn.rstrip("".join(CLOSING))) <= width, (line, lines)


# Any mix of the characters the rules are about, runs of them too long for a line included.
ANY_TEXT = st.text(
    alphabet=st.sampled_from([*HAN, *"，。、：”’）》…", *"“（《", *"0123456789.,%", *"abcXYZ-", " ", "\n", "—"]),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, st.integers(min_value=2, max_value=30))
@example("甲乙丙丁，", 8)
@example("，，，，，，，，，，", 4)
@example("abcdefghijklmnop", 5)
def test_nothing_is_lost_and_every_line_fits(text: str, width: int) -> None:
    lines = break_lines(text, width)
    assert "".join(lines) == text
    assert all(lines[:-1]) and all("\n" not in line[:-1] for line in lines)
    assert_within(lines, width)


def atom() -> st.SearchStrategy[str]:
    """One short piece of prose: a character with marks around it, a number, a Latin word, a quoted phrase."""
    han = st.sampled_from(HAN)
    return st.one_of(
        han,
        st.tuples(han, st.sampled_from(["，", "。", "、", "：", "”", "。”", "）", "）。", "…", "……"])).map("".join),
        st.tuples(st.sampled_from(["“", "（", "《"]), han, han).map("".join),
        st.sampled_from(["3.5", "1,200", "20%", "2026", "5G", "AI-IOT", "0.75%"]).map("山".__add__),  # kept apart
        st.tuples(han, st.just(" "), han).map("".join),  # OCR debris between two characters
        st.sampled_from([" plan ", " data set "]),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(atom(), max_size=40).map("".join), st.integers(min_value=12, max_value=40))
@example("甲乙丙丁戊己庚辛壬癸“山水”。", 12)
@example("山3.5山1,200山20%", 12)
def test_no_closing_mark_starts_a_line_and_no_opening_mark_ends_one(text: str, width: int) -> None:
    lines = break_lines(text, width)
    assert "".join(lines) == text
    assert_within(lines, width)
    for before, line in zip(lines, lines[1:]):
        assert line[0] not in CLOSING and line[0] not in SPACES, (before, line)
        assert shown(before)[-1:] not in OPENING, (before, line)
        # A space between two Chinese characters is debris, no place to break.
        assert not (before[-1] in SPACES and is_cjk(shown(before)[-1]) and is_cjk(line[0])), (before, line)
    starts = [sum(map(len, lines[:n])) for n in range(len(lines) + 1)]
    for m in WORD_RE.finditer(text):
        assert any(a <= m.start() and m.end() <= b for a, b in zip(starts, starts[1:])), (m.group(), lines)


def test_a_closing_mark_hangs_one_cell_or_takes_the_character_before_it_down() -> None:
    # The ambiguous-width quote takes one cell: it hangs past the width.
    assert break_lines("甲乙丙丁”戊己", 8) == ["甲乙丙丁”", "戊己"]
    # A full-width comma takes two cells, more than the overhang: 丁 goes down with it.
    assert break_lines("甲乙丙丁，戊己", 8) == ["甲乙丙", "丁，戊己"]
    assert break_lines("甲乙丙丁，戊己", 8, hang=0) == ["甲乙丙", "丁，戊己"]
    assert break_lines("甲乙丙丁”戊己", 8, hang=0) == ["甲乙丙", "丁”戊己"]


def test_opening_marks_go_down_with_what_they_open() -> None:
    assert break_lines("甲乙丙“丁戊”", 8) == ["甲乙丙", "“丁戊”"]
    assert break_lines("甲乙丙（丁）", 8) == ["甲乙丙", "（丁）"]


def test_numbers_and_latin_words_stay_whole() -> None:
    assert break_lines("总额甲1,200万元", 8) == ["总额甲", "1,200万", "元"]
    assert break_lines("增长甲乙20%，丙", 10) == ["增长甲乙", "20%，丙"]
    assert break_lines("建设丙5G基站", 6) == ["建设丙", "5G基站"]
    assert break_lines("甲乙AI-IOT丙", 7) == ["甲乙", "AI-IOT", "丙"]
    assert break_lines("甲乙丙丁3.5亿", 9) == ["甲乙丙丁", "3.5亿"]
    assert break_lines("abcdefghij", 4) == ["abcd", "efgh", "ij"]  # longer than a line: cut


def test_latin_spaces_break_and_stay_at_the_end_of_their_line() -> None:
    assert break_lines("the new data set", 8) == ["the new ", "data set"]
    assert break_lines("甲乙丙 data set", 8) == ["甲乙丙 ", "data set"]


def test_a_space_between_chinese_characters_is_not_a_break() -> None:
    assert break_lines("甲乙丙 丁戊", 8) == ["甲乙", "丙 丁戊"]
    assert break_lines("甲乙丙丁 戊", 8) == ["甲乙丙", "丁 戊"]
    # Spaced-out characters from OCR still break, at a space's end, never at a line's start.
    assert break_lines("甲 乙 丙 丁 戊", 6) == ["甲 乙 ", "丙 丁 ", "戊"]


def test_newlines_end_lines() -> None:
    assert break_lines("甲乙\n丙丁戊己庚", 6) == ["甲乙\n", "丙丁戊", "己庚"]


def test_cell_widths_agree_with_rich_for_chinese_text() -> None:
    # Rich draws the lines; both must count a line alike (seed pages' characters and the CJK blocks).
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    chars = {c for p in seeds.glob("*.txt") for c in p.read_text(encoding="utf-8") if c != "\n"}
    ranges = [range(0x20, 0x7F), range(0x3000, 0x3040), range(0x4E00, 0xA000), range(0xFF01, 0xFF61)]
    chars |= {chr(n) for r in ranges for n in r}
    assert len(chars) > 20000
    assert [c for c in chars if cell_width(c) != cell_len(c)] == []


def test_the_breaker_imports_neither_textual_nor_rich() -> None:
    source = (Path(__file__).resolve().parent.parent / "tui" / "typeset.py").read_text(encoding="utf-8")
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add((node.module or "").split(".")[0] if not node.level else ".")
    assert names and not names & {"textual", "rich", "."}
