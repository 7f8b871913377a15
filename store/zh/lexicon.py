"""Word lists kept as data files in store/zh/data, loaded once, and the regexes built from them (the only place)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources


class LexiconError(ValueError):
    """A data file line that does not have the shape its list needs."""


@cache
def entries(name: str) -> tuple[str, ...]:
    """The non-comment, non-blank lines of data/<name>.txt, stripped, in file order."""
    text = (resources.files(__package__) / "data" / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))


@cache
def classed(name: str) -> tuple[tuple[str, str], ...]:
    """The (word, class) pairs of a `word<TAB>class` list, in file order."""
    out = []
    for line in entries(name):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise LexiconError(f"{name}.txt: expected word<TAB>class, got {line!r}")
        out.append((parts[0].strip(), parts[1].strip()))
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """A plain list as a set."""
    return frozenset(entries(name))


def alternation(ws: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (ties in sorted order) so the longest form wins."""
    return "|".join(re.escape(w) for w in sorted(ws, key=lambda w: (-len(w), w)))


# Names


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Single-character surnames."""
    return frozenset(w for w in entries("surnames") if len(w) == 1)


@lru_cache(maxsize=1)
def compound_surnames() -> frozenset[str]:
    """Two-character surnames (欧阳, 司马)."""
    return frozenset(w for w in entries("surnames") if len(w) == 2)


# Zones and parks


@lru_cache(maxsize=1)
def zone_types() -> dict[str, str]:
    """Zone and park type word → class (经开区 → dev, 产业园 → park)."""
    return dict(classed("zone_types"))


@lru_cache(maxsize=1)
def zone_re() -> re.Pattern[str]:
    """Any zone or park type word, longest first."""
    return re.compile(alternation(zone_types()))


@lru_cache(maxsize=1)
def zone_class_kinds() -> dict[str, str]:
    """Zone type class → zone, park or other (a designation that is not a zone)."""
    return dict(classed("zone_classes"))


def zone_kind(type_word: str) -> str:
    """What a name ending in this type word is: zone, park or other."""
    return zone_class_kinds()[zone_types()[type_word]]


@lru_cache(maxsize=1)
def bare_zone_words() -> frozenset[str]:
    """Three-character zone type words (经开区, 高新区): printed alone they refer to the article's own zone."""
    return frozenset(w for w in zone_types() if len(w) == 3 and zone_kind(w) == "zone")


@lru_cache(maxsize=1)
def bare_zone_re() -> re.Pattern[str]:
    """A bare zone type word not glued to a name before it (after a non-CJK character or 、，。；该全本)."""
    alt = alternation(bare_zone_words())
    return re.compile(rf"(?<![\u4e00-\u9fff])({alt})|(?<=[，。、；该全本])({alt})")


@lru_cache(maxsize=1)
def park_description_re() -> re.Pattern[str]:
    """Marks of a description before a park type word (3个, 特色型, 百亿级)."""
    return re.compile(alternation(words("park_description_marks")))


# Companies


@lru_cache(maxsize=1)
def company_suffixes() -> dict[str, str]:
    """Firm suffix → class (plain, legal, key)."""
    return dict(classed("company_suffixes"))


@lru_cache(maxsize=1)
def company_suffix_re() -> re.Pattern[str]:
    """A suffix that ends a firm's name (有限公司, 集团 …), longest first, as group 1."""
    return re.compile("(" + alternation(w for w, c in company_suffixes().items() if c != "key") + ")")


@lru_cache(maxsize=1)
def company_key_suffix_re() -> re.Pattern[str]:
    """Any firm suffix at the end of a name, the ones only dropped for keying (股份) included."""
    return re.compile("(" + alternation(company_suffixes()) + ")$")


@lru_cache(maxsize=1)
def plain_company_suffixes() -> frozenset[str]:
    """公司 / 集团 forms that may follow a common noun in a kind of firm (招商公司)."""
    return frozenset(w for w, c in company_suffixes().items() if c == "plain")


@lru_cache(maxsize=1)
def country_re() -> re.Pattern[str]:
    """Any foreign country's name, longest first (印度尼西亚 before 印度)."""
    return re.compile(alternation(words("countries")))


@lru_cache(maxsize=1)
def generic_company_re() -> re.Pattern[str]:
    """A bare suffix, maybe after a determiner (该公司, 子公司, 上市公司): a kind of firm, no name."""
    before = alternation(words("company_generic_before"))
    suffix = alternation(w for w, c in company_suffixes().items() if c != "key")
    return re.compile(f"^({before})?({suffix})$")


# People


@lru_cache(maxsize=1)
def posts_before() -> tuple[str, ...]:
    """Posts printed before a name (副市长李润军)."""
    return tuple(w for w, c in classed("posts") if c in {"before", "both"})


@lru_cache(maxsize=1)
def person_cues() -> dict[str, str]:
    """Words that vouch for a name beside them (verbs of speech, titles, roles, words only after one) → their class."""
    return dict(classed("person_cues")) | dict.fromkeys(entries("person_after"), "after")


@lru_cache(maxsize=1)
def address_forms() -> tuple[str, ...]:
    """Forms of address (先生, 老师 …) as a tuple, for str.endswith."""
    return tuple(words("address_forms"))


@lru_cache(maxsize=1)
def title_after_re() -> re.Pattern[str]:
    """A title printed after a name (赵淑梅教授), only after a CJK character."""
    return re.compile(
        r"(?<=[\u4e00-\u9fff])(" + alternation(w for w, c in classed("posts") if c in {"after", "both"}) + ")"
    )


# Amounts


@lru_cache(maxsize=1)
def amount_qualifiers(position: str) -> tuple[str, ...]:
    """Words before or after a sum that qualify it (约, 超过 / 以上, 左右)."""
    return tuple(w for w, c in classed("amount_qualifiers") if c == position)
