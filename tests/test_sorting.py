"""Table sorting: Chinese text in pinyin order, numbers by value, empty cells last in both directions."""

from __future__ import annotations

from baokan.store.db.views import TableData
from baokan.store.zh.collate import KEY_CHARS, pinyin_key, sort_key


def table(names: list[str]) -> TableData:
    return TableData("t", ["name"], [[n] for n in names], [None] * len(names))


def test_pinyin_order() -> None:
    names = ["长治", "阳泉", "大同", "安泽", "北京"]  # code-point order would put 北 before 大 before 安
    assert sorted(names, key=pinyin_key) == ["安泽", "北京", "大同", "阳泉", "长治"]


def test_empty_cells_last_both_ways() -> None:
    data = table(["阳泉", "", "安泽", "长治", ""])
    up = [r[0] for r in data.sorted_by("name").rows]
    down = [r[0] for r in data.sorted_by("name", descending=True).rows]
    assert up == ["安泽", "阳泉", "长治", "", ""]
    assert down == ["长治", "阳泉", "安泽", "", ""]


def test_numbers_before_text_and_by_value() -> None:
    data = TableData("t", ["v"], [["10"], ["9"], [""]], [None] * 3, [[10], [9], [None]])
    assert [r[0] for r in data.sorted_by("v", descending=True).rows] == ["10", "9", ""]


def test_sort_key_orders_prefixes_first_and_reads_a_bounded_head() -> None:
    assert sort_key("") is None and sort_key(None) is None  # empty cells have no key: NULLS LAST
    assert sort_key("安") < sort_key("安泽") < sort_key("北京")  # type: ignore[operator]
    assert sort_key("甲" * KEY_CHARS + "乙") == sort_key("甲" * KEY_CHARS + "丙")  # alike that far: tied
