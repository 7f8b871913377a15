"""Markdown tables: escaped cells survive a real parser; columns pad by display width."""

from __future__ import annotations

from baokan.store.db.export import cell, markdown_table
from baokan.store.db.views import TableData
from baokan.store.zh.text import width

from .test_cli import table_rows


def test_cells_escape_pipes_and_newlines_only() -> None:
    assert cell("a|b\nc") == "a\\|b<br>c"
    assert cell("3.5亿元") == "3.5亿元"
    assert cell("*x* [y](z)") == "*x* [y](z)"


def test_round_trip_through_markdown_it() -> None:
    rows = [["临汾|开发区", "3.5亿元"], ["两行\n文字", ""]]
    md = markdown_table(["name", "amount"], rows, note="baokan test; 2 rows")
    assert table_rows(md) == [["临汾|开发区", "3.5亿元"], ["两行<br>文字", ""]]


def test_columns_line_up_by_display_width() -> None:
    md = markdown_table(["名称", "n"], [["临汾经济开发区", "1"], ["ab", "22"]])
    lines = md.strip().splitlines()
    assert len({width(line) for line in lines}) == 1


def test_sort_by_value_not_by_text() -> None:
    data = TableData(
        "amounts",
        ["amount"],
        [["9亿元"], ["10亿元"], ["8800万元"]],
        [1, 2, 3],
        [[900_000_000], [1_000_000_000], [88_000_000]],
    )
    assert [r[0] for r in data.sorted_by("amount", descending=True).rows] == ["10亿元", "9亿元", "8800万元"]
    assert data.sorted_by("amount").article_ids == [3, 1, 2]


def test_pages_of_a_table_add_up_to_the_whole(seed_db) -> None:  # noqa: ANN001
    from baokan.store.db.views import TABLES, table_data

    for name in TABLES:
        whole = table_data(seed_db, name)
        first, second = table_data(seed_db, name, limit=7), table_data(seed_db, name, limit=None, offset=7)
        assert first.extended(second).rows == whole.rows, name
        assert first.extended(second).article_ids == whole.article_ids, name
