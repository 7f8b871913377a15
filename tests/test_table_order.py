"""SQL sorting on a tiny made-up store: pinyin order through the stored keys, empty cells last both ways."""

from __future__ import annotations

import pytest
from baokan.store import db as store_db
from baokan.store.db.views import table_data, table_page
from baokan.store.zh.collate import sort_key

# Code-point order would read 大 河 白 阿; pinyin order is 阿 (a) 白 (bai) 大 (da) 河 (he).
ISSUES = [(1, "2024-03-01", "河口周报 第2期"), (2, None, "白塔日报 第1期")]
ZONES = [(10, "东湖高新区"), (11, "北港经开区"), (12, "南山开发区")]
ARTICLES = [  # id, issue, seq, zone, title, byline
    (1, 1, 1, 10, "大桥集团签约", "王林"),
    (2, 1, 2, None, "阿拉新城规划", ""),
    (3, 2, 1, 11, "河口园区开工", "李森"),
    (4, 2, 2, 10, "", "赵阳"),
    (5, 1, 3, 12, "白塔工厂投产", ""),
]
AMOUNTS = [  # id, article, yuan, printed, qualifier, zone
    (1, 1, 500_000_000, "5亿元", "约", 10),
    (2, 3, 88_000_000, "8800万元", "", 11),
    (3, 5, 1_200_000_000, "12亿元", "超", None),
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - a sqlite_utils.Database
    path = tmp_path_factory.mktemp("tiny") / "tiny.db"
    db = store_db.create(path)
    with db.atomic():
        for i, date, title in ISSUES:
            db.execute(
                "insert into issues (id, date, title, title_key) values (?, ?, ?, ?)", [i, date, title, sort_key(title)]
            )
        for i, name in ZONES:
            n = sum(a[3] == i for a in ARTICLES)
            db.execute(
                "insert into entities (id, kind, key, name, name_key, articles) values (?, 'zone', ?, ?, ?, ?)",
                [i, name, name, sort_key(name), n],
            )
        for aid, issue, seq, zone, title, byline in ARTICLES:
            db.execute(
                """insert into articles (id, issue_id, seq, zone_id, title, byline, title_key, byline_key, body, chars)
                   values (?, ?, ?, ?, ?, ?, ?, ?, '', 0)""",
                [aid, issue, seq, zone, title, byline, sort_key(title), sort_key(byline)],
            )
            if zone is not None:
                db.execute("insert into article_entities values (?, ?, 1)", [aid, zone])
        for row in AMOUNTS:
            db.execute(
                """insert into amounts (id, article_id, value_yuan, text, qualifier, zone_id, sentence, text_key,
                   qualifier_key) values (?, ?, ?, ?, ?, ?, '', ?, ?)""",
                [*row, sort_key(row[3]), sort_key(row[4])],
            )
    db.conn.close()
    ro = store_db.open_readonly(path)
    yield ro
    ro.conn.close()


def cells(db, name: str, column: str, desc: bool, limit: int = 2) -> list[str]:  # noqa: ANN001
    """One column of the view in SQL order, read `limit` rows at a time."""
    out: list[str] = []
    while (more := table_page(db, name, sort=column, descending=desc, limit=limit, offset=len(out)).data).rows:
        c = more.headers.index(column)
        out += [r[c] for r in more.rows]
    return out


@pytest.mark.parametrize(
    ("name", "column", "up"),
    [
        ("articles", "title", ["阿拉新城规划", "白塔工厂投产", "大桥集团签约", "河口园区开工", ""]),
        ("articles", "byline", ["李森", "王林", "赵阳", "", ""]),
        ("articles", "zone", ["北港经开区", "东湖高新区", "东湖高新区", "南山开发区", ""]),
        (
            "articles",
            "issue",
            ["白塔日报 第1期", "白塔日报 第1期", "河口周报 第2期", "河口周报 第2期", "河口周报 第2期"],
        ),
        ("articles", "date", ["2024-03-01", "2024-03-01", "2024-03-01", "", ""]),
        ("zones", "name", ["北港经开区", "东湖高新区", "南山开发区"]),
        ("amounts", "qualifier", ["超", "约", ""]),
        ("amounts", "printed", ["12亿元", "5亿元", "8800万元"]),  # as text: digits before letters
        ("amounts", "zone", ["北港经开区", "东湖高新区", ""]),
        ("amounts", "article", ["白塔工厂投产", "大桥集团签约", "河口园区开工"]),
    ],
)
def test_text_sorts_in_pinyin_order_with_empty_cells_last(tiny, name: str, column: str, up: list[str]) -> None:  # noqa: ANN001
    filled = [c for c in up if c]
    down = list(reversed(filled)) + [""] * (len(up) - len(filled))
    assert cells(tiny, name, column, False) == up
    assert cells(tiny, name, column, True) == down
    # Python's sort of the whole view (the same keys) agrees
    whole = table_data(tiny, name)
    c = whole.headers.index(column)
    assert [r[c] for r in whole.sorted_by(column).rows] == up
    assert [r[c] for r in whole.sorted_by(column, descending=True).rows] == down


def test_numbers_sort_by_value_and_missing_totals_last(tiny) -> None:  # noqa: ANN001
    assert cells(tiny, "amounts", "amount", True) == ["12亿元", "5亿元", "8800万元"]
    assert cells(tiny, "amounts", "amount", False) == ["8800万元", "5亿元", "12亿元"]
    assert cells(tiny, "zones", "counted total", True) == ["5亿元", "8800万元", ""]
    assert cells(tiny, "zones", "counted total", False) == ["8800万元", "5亿元", ""]
    assert cells(tiny, "zones", "articles", True) == ["2", "1", "1"]


def test_the_writer_stores_every_key(seed_db) -> None:  # noqa: ANN001
    seed_db.register_function(sort_key, deterministic=True)
    for table, text, key in (
        ("articles", "title", "title_key"),
        ("articles", "byline", "byline_key"),
        ("issues", "title", "title_key"),
        ("entities", "name", "name_key"),
        ("amounts", "text", "text_key"),
        ("amounts", "qualifier", "qualifier_key"),
        ("amounts", "sentence", "sentence_key"),
    ):
        n, wrong = seed_db.execute(f"select count(*), sum({key} is not sort_key({text})) from {table}").fetchone()
        assert n > 0 and not wrong, (table, key)
