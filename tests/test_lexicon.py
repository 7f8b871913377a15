"""The word lists in store/zh/data: each loads, has the shape its loader expects, and lists a word once."""

from __future__ import annotations

from importlib import resources

import pytest
from baokan.store.zh import lexicon

CLASSED = {
    "zone_classes": {"zone", "park", "other"},
    "company_suffixes": {"plain", "legal", "key"},
    "posts": {"before", "after", "both"},
    "person_cues": {"speech", "title", "role"},
    "amount_qualifiers": {"before", "after"},
    "zone_slogan_words": {"verb", "adverb"},
}


def data_files() -> list[str]:
    return sorted(p.name[:-4] for p in resources.files("baokan.store.zh").joinpath("data").iterdir())


@pytest.mark.parametrize("name", data_files())
def test_every_list_loads_without_repeats(name: str) -> None:
    entries = lexicon.entries(name)
    assert entries, name
    assert len(set(entries)) == len(entries), [e for e in entries if entries.count(e) > 1]


@pytest.mark.parametrize("name", sorted(CLASSED))
def test_classed_lists_use_known_classes(name: str) -> None:
    assert {c for _, c in lexicon.classed(name)} <= CLASSED[name]


def test_a_line_without_its_class_is_an_error() -> None:
    lexicon.classed.cache_clear()
    with pytest.raises(lexicon.LexiconError):
        lexicon.classed("surnames")
    lexicon.classed.cache_clear()


def test_regexes_prefer_the_longest_word() -> None:
    assert lexicon.zone_re().match("经济技术开发区").group(0) == "经济技术开发区"
    assert lexicon.company_suffix_re().match("集团有限公司").group(0) == "集团有限公司"
    assert lexicon.bare_zone_words() == {"经开区", "开发区", "高新区", "示范区"}


def test_every_zone_type_class_says_what_it_is() -> None:
    assert set(lexicon.zone_types().values()) <= set(lexicon.zone_class_kinds())
