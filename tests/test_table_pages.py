"""Table pages sorted and filtered in SQL hold the same rows as sorting the whole table in Python."""

from __future__ import annotations

import pytest
from baokan.store.db import views
from baokan.store.db.views import TableData, table_data, table_page

PAGE = 7


def every_page(db, name: str, ids: list[int], query: str | None, sort: str | None, desc: bool) -> list[list[str]]:  # noqa: ANN001
    """All rows of a view, read a page at a time in SQL order."""
    rows: list[list[str]] = []
    while True:
        page = table_page(db, name, ids, query, sort=sort, descending=desc, limit=PAGE, offset=len(rows))
        if not page.data.rows:
            return rows
        rows += page.data.rows


def python_keys(data: TableData, column: str) -> list[tuple[int, object]]:
    """The column's values as Python sorts them (numbers for counts and amounts, text otherwise; empty first)."""
    c = data.headers.index(column)
    keys = data.sort_keys or data.rows
    return [(0, 0) if k[c] is None or k[c] == "" else (1, k[c]) for k in keys]


def cells(data: TableData, name: str) -> list[str]:
    """One column's cells, in the rows' order."""
    c = data.headers.index(name)
    return [r[c] for r in data.rows]


def zone_id(db) -> int:  # noqa: ANN001
    return db.execute("select id from entities where kind = 'zone' order by articles desc limit 1").fetchone()[0]


@pytest.mark.parametrize("name", ["articles", "zones", "companies", "amounts"])
@pytest.mark.parametrize("desc", [False, True])
def test_every_column_sorts_in_sql_as_in_python(seed_db, name: str, desc: bool) -> None:  # noqa: ANN001
    whole = table_data(seed_db, name)
    assert len(whole.rows) > PAGE
    for column in whole.headers:
        got = every_page(seed_db, name, [], None, column, desc)
        assert sorted(got) == sorted(whole.rows), column  # the same rows, each once
        by_sql = table_page(seed_db, name, sort=column, descending=desc, limit=10_000).data
        by_python = whole.sorted_by(column, descending=desc)  # pinyin keys, empty cells last
        assert cells(by_sql, column) == cells(by_python, column), column


@pytest.mark.parametrize("name", ["articles", "zones", "people", "amounts"])
def test_filters_in_sql_keep_the_same_rows(seed_db, name: str) -> None:  # noqa: ANN001
    z = zone_id(seed_db)
    dates = seed_db.execute("select min(date), max(date) from issues").fetchone()
    assert dates[1]  # the seeds hold dated and undated issues
    for ids, query, span in (
        ([z], None, (None, None)),
        ([], "开发区", (None, None)),
        ([z], "项目", (None, None)),
        ([], "不存在的词语", (None, None)),
        ([], None, (dates[1], None)),
        ([z], "开发区", (None, dates[1])),
        ([], None, ("2000", "2000")),
    ):
        whole = table_data(seed_db, name, ids, query, date_from=span[0], date_to=span[1])
        page = table_page(seed_db, name, ids, query, limit=PAGE, date_from=span[0], date_to=span[1])
        assert page.total == len(whole.rows), (ids, query, span)
        rows: list[list[str]] = []
        while more := table_page(
            seed_db, name, ids, query, limit=PAGE, offset=len(rows), date_from=span[0], date_to=span[1]
        ).data.rows:
            rows += more
        assert sorted(rows) == sorted(whole.rows), (ids, query, span)


def test_default_orders_match_the_whole_views(seed_db) -> None:  # noqa: ANN001
    # articles: newest issue first, each in reading order; entities: most mentioned; amounts: largest
    assert every_page(seed_db, "articles", [], None, None, False) == table_data(seed_db, "articles").rows
    zones = table_page(seed_db, "zones", limit=10_000).data
    assert python_keys(zones, "articles") == sorted(python_keys(zones, "articles"), reverse=True)
    amounts = table_page(seed_db, "amounts", limit=10_000).data
    assert python_keys(amounts, "amount") == sorted(python_keys(amounts, "amount"), reverse=True)
    assert len(set(python_keys(amounts, "amount"))) > 10


def test_last_page_read_from_the_end_is_the_tail(seed_db) -> None:  # noqa: ANN001
    for name, sort in (
        ("articles", None),
        ("articles", "zone"),
        ("articles", "date"),
        ("articles", "issue"),
        ("amounts", "amount"),
        ("companies", "name"),
    ):
        forward = every_page(seed_db, name, [], None, sort, True)
        total = len(forward)
        last = table_page(seed_db, name, sort=sort, descending=True, limit=PAGE, offset=total - 3)
        assert last.total == total and last.data.rows == forward[-3:]
        middle = table_page(seed_db, name, sort=sort, descending=True, limit=PAGE, offset=total // 2 + 1)
        assert middle.data.rows == forward[total // 2 + 1 : total // 2 + 1 + PAGE]


def test_unknown_column_and_table(seed_db) -> None:  # noqa: ANN001
    with pytest.raises(views.UnknownColumn):
        table_page(seed_db, "articles", sort="value")
    with pytest.raises(views.UnknownTable):
        table_page(seed_db, "nonsense")


def test_every_row_from_an_offset(seed_db) -> None:  # noqa: ANN001
    forward = every_page(seed_db, "articles", [], None, "title", False)
    for offset in (0, 5, len(forward) - 2):
        rest = table_page(seed_db, "articles", sort="title", limit=-1, offset=offset).data.rows
        assert rest == forward[offset:]
