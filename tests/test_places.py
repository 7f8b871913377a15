"""Administrative places: gazetteer names, divisions it lacks, and ordinary words that look like places."""

from __future__ import annotations

from baokan.store.extract.places import place_mentions
from baokan.store.zh import segment


def places(text: str) -> list[str]:
    return [m.name for m in place_mentions(text, [], segment.words(text))]


def test_a_short_form_that_is_an_ordinary_word_needs_its_suffix() -> None:
    assert places("热烈欢迎来宾到来") == []
    assert places("广西来宾市举行签约") == ["广西", "来宾市"]


def test_a_generic_district_word_is_a_place_only_after_its_city() -> None:
    assert places("开发区东区和全市") == []
    assert places("攀枝花市东区") == ["攀枝花市", "东区"]


def test_divisions_the_gazetteer_lacks_are_places() -> None:
    assert places("他曾在青浦县工作") == ["青浦县"]
    assert places("他到俄亥俄州访问") == ["俄亥俄州"]
    assert places("抵达维也纳市") == ["维也纳市"]


def test_place_names_with_a_generic_first_character_stay_places() -> None:
    assert places("南京和东莞") == ["南京", "东莞"]


def test_a_foreign_division_cut_into_pieces_is_one_place() -> None:
    assert places("抵达萨尔瓦托里州") == ["萨尔瓦托里州"]
