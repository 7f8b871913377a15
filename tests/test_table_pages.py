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


def python_keys(data: TableData, column: str) -> list[object]:
    """The column's values as Python sorts them (numbers for counts and amounts, text otherwise)."""
    c = data.headers.index(column)
    keys = data.sort_keys or data.rows
    return [k[c] if k[c] is not None else "" for k in keys]


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
        by_sql = [table_page(seed_db, name, sort=column, descending=desc, limit=10_000).data]
        keys = python_keys(by_sql[0], column)
        assert keys == sorted(python_keys(whole, column), reverse=desc), column


@pytest.mark.parametrize("name", ["articles", "zones", "people", "amounts"])
def test_filters_in_sql_keep_the_same_rows(seed_db, name: str) -> None:  # noqa: ANN001
    z = zone_id(seed_db)
    for ids, query in (([z], None), ([], "开发区"), ([z], "项目"), ([], "不存在的词语")):
        whole = table_data(seed_db, name, ids, query)
        page = table_page(seed_db, name, ids, query, limit=PAGE)
        assert page.total == len(whole.rows), (ids, query)
        assert sorted(every_page(seed_db, name, ids, query, None, False)) == sorted(whole.rows), (ids, query)


def test_default_orders_match_the_whole_views(seed_db) -> None:  # noqa: ANN001
    # articles: newest issue first, each in reading order; entities: most mentioned; amounts: largest
    assert every_page(seed_db, "articles", [], None, None, False) == table_data(seed_db, "articles").rows
    zones = table_page(seed_db, "zones", limit=10_000).data
    assert python_keys(zones, "articles") == sorted(python_keys(zones, "articles"), reverse=True)
    amounts = table_page(seed_db, "amounts", limit=10_000).data
    assert python_keys(amounts, "amount") == sorted(python_keys(amounts, "amount"), reverse=True)
    assert len(set(python_keys(amounts, "amount"))) > 10


def test_last_page_read_from_the_end_is_the_tail(seed_db) -> None:  # noqa: ANN001
    for name, sort in (("articles", None), ("amounts", "amount"), ("companies", "name")):
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
