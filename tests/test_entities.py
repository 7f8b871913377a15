"""Zones, companies and people from small texts: rules, not lists of seed names."""

from __future__ import annotations

from baokan.store.extract.companies import company_key, find_companies
from baokan.store.extract.page import extract_page
from baokan.store.extract.people import find_people
from baokan.store.extract.zones import find_zones
from baokan.store.pages.model import Article, IssueMeta, ParsedPage
from baokan.store.zh import segment


def zones(text: str, context: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    return [(m.name, m.key) for m in find_zones(text, segment.words(text), set(context))]


def companies(text: str) -> list[str]:
    return [m.name for m in find_companies(text, segment.words(text))]


def page_of(*bodies: str) -> tuple[ParsedPage, list[list[str]]]:
    arts = [Article(seq=n, title=None, body=b) for n, b in enumerate(bodies, 1)]
    return ParsedPage(IssueMeta(), arts, []), [segment.words("\n" + b) for b in bodies]


def test_zone_aliases_share_a_key() -> None:
    keys = {k for _, k in zones("郑州经开区、郑州经济开发区和郑州开发区")}
    assert keys == {"郑州|dev"}


def test_zone_kinds_are_distinct() -> None:
    got = dict(zones("苏州工业园区与苏州高新区，昆山经济技术开发区"))
    assert got["苏州高新区"] == "苏州|hitech"
    assert got["昆山经济技术开发区"] == "昆山|dev"


def test_naive_strings_are_not_zones() -> None:
    text = "5月9日星期五加强开发区建设，推动高质量发展，全省开发区"
    assert zones(text) == []


def test_zone_after_a_byline_keeps_only_the_zone() -> None:
    names = [n for n, _ in zones("吴珊张蓓蕾临汾经济开发区召开会议")]
    assert names == ["临汾经济开发区"]


def test_ocr_misread_place_is_joined_and_flagged() -> None:
    # 屯留 is a district of 长治; 电留 is one character away and is no place at all.
    (m,) = find_zones("电留经济技术开发区新签约项目", segment.words("电留经济技术开发区新签约项目"), {"长治"})
    assert m.key == "屯留|dev" and m.flag == "ocr:电留→屯留"


def test_company_names_stop_at_verbs_and_prepositions() -> None:
    assert companies("与浙江利星能实业发展有限公司签约") == ["浙江利星能实业发展有限公司"]
    assert companies("考察团走访了江苏宜导药业有限公司") == ["江苏宜导药业有限公司"]


def test_generic_firms_are_not_companies() -> None:
    assert companies("组建专业招商公司，了解该公司和上市公司情况") == []


def test_company_key_drops_place_and_suffix() -> None:
    assert company_key("黄冈市华窑集团") == company_key("华窑集团") == "华窑"


def test_people_after_posts_get_roles_with_their_organisation() -> None:
    text = "临汾经济开发区党工委书记、管委会主任白建成，副市长李润军出席"
    people, roles = find_people(text, [])
    assert [p.name for p in people] == ["白建成", "李润军"]
    assert [(r.person, r.role, r.org) for r in roles] == [
        ("白建成", "管委会主任", None),
        ("李润军", "副市长", None),
    ]


def test_post_printed_right_after_a_zone_names_it() -> None:
    _, roles = find_people("临汾经济开发区党工委书记白建成介绍", [])
    assert [(r.person, r.role, r.org) for r in roles] == [("白建成", "党工委书记", "临汾经济开发区")]


def test_short_form_after_full_name_joins_it_but_a_parent_group_does_not() -> None:
    page, words = page_of(
        "黄冈市华窑集团董事长介绍，华窑集团将扩产。",
        "比亚迪集团深圳弗迪电池有限公司来访，山西太行云顶文化旅游发展有限公司签约，云顶公司表示。",
    )
    pe = extract_page(page, words)
    keys = {k for kind, k in pe.entities if kind == "company"}
    assert keys == {"华窑", "比亚迪", "比亚迪集团深圳弗迪电池", "太行云顶文化旅游发展"}


def test_amount_is_tied_to_the_zone_of_its_sentence() -> None:
    page, words = page_of("今年以来，昆山经济技术开发区完成固定资产投资87.03亿元。全省投资增长5亿元。")
    pe = extract_page(page, words)
    assert [(a.value_yuan, a.zone_key) for a in pe.amounts] == [(8_703_000_000, "昆山|dev"), (500_000_000, None)]


def test_a_group_after_a_firm_that_is_no_group_is_its_parent_not_its_short_form() -> None:
    page, words = page_of("晋中经开区与山西岚翔投资有限公司签约。岚翔集团旗下还有三家工厂。")
    pe = extract_page(page, words)
    assert {k for kind, k in pe.entities if kind == "company"} == {"岚翔投资", "岚翔"}
