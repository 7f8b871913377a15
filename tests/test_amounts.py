"""Sums of money as integer yuan, with the printed text and qualifier."""

from __future__ import annotations

import pytest
from baokan.store.db.queries import yuan
from baokan.store.extract.amounts import find_amounts
from baokan.store.zh.numbers import chinese_number


@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        ("完成投资87.03亿元。", 8_703_000_000, None),
        ("总投资 8800 万元的项目", 88_000_000, None),
        ("计划投资约二十亿元", 2_000_000_000, "约"),
        ("营业收入超87亿元", 8_700_000_000, "超"),
        ("投资2亿元以上的项目", 200_000_000, "以上"),
        ("总投资2亿元以上。", 200_000_000, "以上"),
        ("营业收入要破900亿 工业增加值", 90_000_000_000, None),
        ("投资5亿元建设厂房3个", 500_000_000, None),
        ("共签约3个总投资10亿元的项目", 1_000_000_000, None),
        ("总投资1,200万元", 12_000_000, None),
        ("突破5000万元", 50_000_000, "突破"),
        ("投资近 26亿元", 2_600_000_000, "近"),
    ],
)
def test_amounts(text: str, value: int, qualifier: str | None) -> None:
    (a,) = find_amounts(text)
    assert (a.value_yuan, a.qualifier) == (value, qualifier)
    assert a.text in text


@pytest.mark.parametrize(
    "text",
    [
        "百亿级产业",
        "新建厂房3万平方米",
        "全年完成50余次",
        "第14期",
        # money only: people, energy and foreign currency are not sums in yuan
        "服务人口2.3亿人",
        "年发电量达4亿千瓦时",
        "年发电量将达3亿度。",
        "实际利用外资1.6亿美元，",
        "投资3亿欧元的工厂",
        # category thresholds and size classes
        "其中5亿元以上项目2个",
        "引进3000万元以上工业项目12个",
        "10-30亿元项目4个",
        "签约4个逾百亿元项目",
        "两个超10亿元的重大项目",
        "打造千亿级产业集群",
        "建设500亿元级物流枢纽",
        "培育2个百亿元产业集群",
    ],
)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_bare_yi_before_punctuation_is_a_sum() -> None:
    (a, b) = find_amounts("目标是3年300亿、5年800亿”。")
    assert (a.value_yuan, b.value_yuan) == (30_000_000_000, 80_000_000_000)


def test_chinese_numbers() -> None:
    assert [chinese_number(s) for s in ("二十", "三百五十", "十二", "两", "二十x")] == [20, 350, 12, 2, None]


def test_yuan_reads_in_yi_and_wan() -> None:
    assert [yuan(v) for v in (8_703_000_000, 88_000_000, 500)] == ["87.03亿元", "8800万元", "500元"]
