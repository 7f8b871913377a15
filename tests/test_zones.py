"""Zones of every designation, parks by name, and what is neither: made-up names on real places."""

from __future__ import annotations

from baokan.store.extract.zones import find_zones
from baokan.store.zh import segment


def zones(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.key) for m in find_zones(text, segment.words(text), set())]


def test_a_modifier_between_place_and_type_belongs_to_the_name() -> None:
    assert zones("晋中云锦高新区今年签约") == [("晋中云锦高新区", "晋中云锦|hitech")]


def test_a_verb_before_the_type_is_no_modifier() -> None:
    assert zones("晋中推动开发区建设") == []


def test_chained_places_print_one_zone() -> None:
    assert zones("晋中榆次经济技术开发区") == [("晋中榆次经济技术开发区", "榆次|dev")]


def test_a_bracketed_subname_is_kept_whole() -> None:
    assert zones("晋中榆次（东阳）经济开发区") == [("晋中榆次（东阳）经济开发区", "榆次（东阳）|dev")]


def test_an_unknown_town_opening_a_clause_names_a_zone() -> None:
    assert zones("榆次区（青禾经开区）举行签约") == [("青禾经开区", "青禾|dev")]


def test_airport_and_demonstration_zones_are_zones() -> None:
    assert zones("长治临空经济区与晋中产业转移示范区") == [
        ("长治临空经济区", "长治|airport"),
        ("晋中产业转移示范区", "晋中|transfer"),
    ]


def test_bonded_free_trade_and_new_areas_are_not_zones() -> None:
    assert zones("晋中综合保税区、晋中自贸区和晋中新区") == []


def test_descriptions_are_not_parks() -> None:
    for text in ("建设3个新材料产业园", "打造多个百亿级产业园区", "发展特色型产业园区", "建成集研发生产于一体的产业园"):
        assert zones(text) == [], text


def test_two_parks_joined_by_a_conjunction_are_two() -> None:
    names = [n for n, _ in zones("入驻晋中青禾产业园和榆次云岭产业园")]
    assert names == ["晋中青禾产业园", "榆次云岭产业园"]


def test_a_park_and_its_park_area_are_one_park() -> None:
    assert zones("榆次云岭工业园")[0][1] == zones("榆次云岭工业园区")[0][1]


def test_two_cities_abbreviated_by_their_first_characters_name_a_joint_zone() -> None:
    # 长沙 + 株洲 (both in 湖南): a joint zone printed with the two initials
    assert zones("，长株改革创新示范区举行签约") == [("长株改革创新示范区", "长株|reform")]
    assert zones("，长川改革创新示范区举行签约") == []  # no province has cities starting with both 长 and 川


def test_a_slogan_before_a_place_is_part_of_a_demonstration_zones_name() -> None:
    assert zones("搭乘全面融入南京示范区建设快车") == [("全面融入南京示范区", "全面融入南京|demo")]
    assert zones("南京示范区建设") == [("南京示范区", "南京|demo")]


def test_a_park_named_after_a_locality_jieba_knows_is_a_park() -> None:
    assert [n for n, _ in zones("落户城东智能装备产业园")] == ["城东智能装备产业园"]
    assert zones("落户沿海智能装备产业园") == []  # a region in a description, no name


def test_parks_joined_by_ji_are_two() -> None:
    names = [n for n, _ in zones("晋中青禾产业园暨榆次云岭物流园开园")]
    assert names == ["晋中青禾产业园", "榆次云岭物流园"]


def test_a_parks_city_in_full_or_short_is_one_park() -> None:
    assert zones("晋中市青禾工业园区")[0][1] == zones("晋中青禾工业园")[0][1] == "晋中青禾工业园"
