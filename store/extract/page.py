"""Per page: which zones, companies, people, places and sums each article is about (pure)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from ..pages.model import Article, ParsedPage
from ..zh import lexicon
from ..zh.gazetteer import topic_places
from .amounts import find_amounts, sentence_at
from .brands import find_brands
from .companies import company_key, find_companies
from .mentions import Mention
from .people import find_people
from .places import place_mentions
from .zones import bare_zone_refs, find_zones

# A zone joined to a district, county or city (涪城区和X高新区共签约…, X开发区与X县合计…).
DISTRICT_BEFORE_RE = re.compile(r"(?P<d>[\u4e00-\u9fff]{1,4}(?:区|县|市))(?:和|与|及|、|同)$")
DISTRICT_AFTER_RE = re.compile(
    r"^(?:和|与|及|、|同)(?P<d>[\u4e00-\u9fff]{1,4}(?:区|县|市))(?:共|合计|累计|一起|两地|[，,])"
)


@dataclass
class Entity:
    """One real thing: its kind, identity key, every printed form, and flags (e.g. an OCR fix)."""

    kind: str
    key: str
    aliases: Counter[str] = field(default_factory=Counter)
    flags: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The canonical name: the fullest printed form (longest, then most frequent), OCR misreads corrected."""
        fixes = [f[4:].split("→") for f in self.flags if f.startswith("ocr:")]
        forms: Counter[str] = Counter()
        for alias, n in self.aliases.items():
            for bad, good in fixes:
                alias = alias.replace(bad, good)
            forms[alias] += n
        return max(forms, key=lambda a: (len(a), forms[a], a))


@dataclass
class AmountRow:
    """A sum of money in an article, tied to a zone key when the sentence is about one."""

    article: int  # index of the article on the page
    value_yuan: int
    text: str
    qualifier: str | None
    zone_key: str | None
    sentence: str
    repeat_of: int | None = None  # index (in PageEntities.amounts) of the body figure a headline figure repeats
    in_head: bool = False  # printed in the kicker, title or subtitle


@dataclass
class PageEntities:
    """Everything the entity extractors found on one page."""

    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    links: list[dict[tuple[str, str], int]] = field(default_factory=list)  # per article: entity → mentions
    amounts: list[AmountRow] = field(default_factory=list)
    roles: list[tuple[int, str, str, tuple[str, str] | None]] = field(
        default_factory=list
    )  # article, person, role, org
    # Each entity's canonical name, worked out where the page is analysed: the single writer need not.
    names: dict[tuple[str, str], str] = field(default_factory=dict)


def article_text(a: Article) -> str:
    """The text entities are read from: headline lines, a newline, the body (as segmented)."""
    return a.head_text() + "\n" + a.body


def extract_page(page: ParsedPage, words: list[list[str]]) -> PageEntities:
    """Entities, links, roles and amounts of every article on a page."""
    result = PageEntities()
    # Each article's cities, scanned once; the page's are their union.
    texts = [article_text(a) for a in page.articles]
    article_places = [topic_places(text) for text in texts]
    page_places = set().union(*article_places)
    first_seen: dict[str, int] = {}
    printed: dict[str, set[str]] = {}
    # Each article's firms, found once: the short-form pass needs all of the page's before the main pass.
    page_companies = [find_companies(text, ws) for text, ws in zip(texts, words)]
    for n, found_here in enumerate(page_companies):
        for m in found_here:
            first_seen.setdefault(m.key, n * 1_000_000 + m.start)
            printed.setdefault(m.key, set()).add(m.name)
    page_company_keys = _short_forms(first_seen, printed)
    for n, (art, ws) in enumerate(zip(page.articles, words)):
        text = texts[n]
        context = page_places | article_places[n]
        zones = find_zones(text, ws, context)
        companies = list(page_companies[n])
        named = Spans([(m.start, m.end) for m in zones + companies])
        companies += [b for b in find_brands(text, ws, companies) if not named.covers(b)]
        for m in companies:
            m.key = page_company_keys.get(m.key, m.key)
        people, roles = find_people(text, (art.byline or "").split(), ws)
        taken = [(m.start, m.end) for m in zones + companies]
        named = Spans(taken)
        people = [p for p in people if p.start < 0 or not named.covers(p)]  # 李宁公司: a firm, not a person
        found = zones + companies + people + place_mentions(text, taken, ws)
        counts: Counter[tuple[str, str]] = Counter()
        for m in found:
            ent = result.entities.setdefault((m.kind, m.key), Entity(m.kind, m.key))
            ent.aliases[m.name] += 1
            if m.flag:
                ent.flags.add(m.flag)
            counts[(m.kind, m.key)] += 1
        # short forms of a firm (宜导药业 for 江苏宜导药业有限公司) count toward it
        for c in {m.key for m in companies}:
            if len(c) >= 3:
                extra = text.count(c) - sum(1 for m in companies if m.key == c and c in m.name)
                if extra > 0:
                    counts[("company", c)] += extra
        # parks sit inside zones: ties and bare references go to the zone proper
        zone_keys = [k for k in counts if k[0] == "zone" and "|" in k[1]]
        if len(zone_keys) == 1:
            counts[zone_keys[0]] += bare_zone_refs(text)
        result.links.append(dict(counts))
        for r in roles:
            org = _org_key(r.org, ws, text, context)
            result.roles.append((n, r.person, r.role, org))
        result.amounts.extend(article_amounts(n, art, text, zones, counts))
        _mark_repeats(result.amounts, n)
    result.names = {k: e.name for k, e in result.entities.items()}
    return result


def article_amounts(
    n: int, art: Article, text: str, zones: list[Mention], counts: Counter[tuple[str, str]]
) -> list[AmountRow]:
    """An article's sums of money, each with the zone its sentence (or else the article) is about."""
    main_zone = _article_zone(counts)
    head_end = len(art.head_text())
    rows = []
    proper = sorted((z for z in zones if _is_zone_proper(z.key)), key=lambda z: z.start)
    starts = [z.start for z in proper]
    for amount in find_amounts(text):
        s, e = sentence_at(text, amount.start)
        in_sentence = proper[bisect_left(starts, s) : bisect_left(starts, e)]
        zone: str | None = None
        if in_sentence:
            before = [z for z in in_sentence if z.start < amount.start]
            near = before[-1] if before else in_sentence[0]
            zone = None if _with_district(text, near.start, near.end) else near.key
        elif main_zone and not _about_whole_area(text[s : amount.start]):
            zone = main_zone
        rows.append(
            AmountRow(
                n,
                amount.value_yuan,
                amount.text,
                amount.qualifier,
                zone,
                text[s:e].strip(),
                in_head=amount.start < head_end,
            )
        )
    return rows


def _mark_repeats(rows: list[AmountRow], article: int) -> None:
    """A headline figure the body prints again repeats the body's row: kept, never counted twice."""
    mine = [k for k, r in enumerate(rows) if r.article == article]
    body = [k for k in mine if not rows[k].in_head]
    for k in mine:
        if rows[k].in_head:
            same = next((b for b in body if rows[b].value_yuan == rows[k].value_yuan), None)
            if same is not None:
                rows[k].repeat_of = same
                if rows[k].zone_key is None:
                    rows[k].zone_key = rows[same].zone_key


def _is_zone_proper(key: str) -> bool:
    """A development zone's key (place|type), not a park's: amounts are tied to zones."""
    return "|" in key and not key.endswith("|park")


def _article_zone(counts: Counter[tuple[str, str]]) -> str | None:
    """The zone an article is about: its only zone, or the one mentioned more often than any other."""
    ranked = sorted(((c, k[1]) for k, c in counts.items() if k[0] == "zone" and _is_zone_proper(k[1])), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def _with_district(text: str, start: int, end: int) -> bool:
    """True when a zone is named together with a district, county or city (X区和Y开发区共…): the figure is theirs."""
    m = DISTRICT_BEFORE_RE.search(text[max(0, start - 8) : start]) or DISTRICT_AFTER_RE.match(text[end : end + 10])
    # …区 words that name a zone (园区, 高新区, 保税区 …), not a district: a zone beside another zone is no district.
    return m is not None and not any(m.group("d").endswith(w) for w in lexicon.zone_types())


@lru_cache(maxsize=1)
def _wide_subject_re() -> re.Pattern[str]:
    """A clause whose subject is a whole city, county or province (全县共引进…, 该市…, 2022年，全市…): the
    subject opens the clause, before the figure."""
    return re.compile(
        r"(?:^|[，,：:；;])\s*(?:[^，,。；;]{0,10}?(?:年|月|日|以来|期间|季度)[，,]?\s*)?"
        f"(?:{lexicon.alternation(lexicon.words('wide_scope'))})"
    )


def _about_whole_area(before: str) -> bool:
    """True when the sentence up to a figure has a whole city, county or province as its subject."""
    return bool(_wide_subject_re().search(before))


def _short_forms(first_seen: dict[str, int], printed: dict[str, set[str]]) -> dict[str, str]:
    """Within one issue a firm's later short form joins its full name (云顶公司 → 山西太行云顶文化旅游发展有限公司).

    `first_seen` orders the keys by their first mention. A key printed before the longer one
    (360集团 … 360城市产业集团) is another firm, and so is a group whose name the longer one
    prints whole (比亚迪集团 in 比亚迪集团深圳弗迪电池有限公司: the parent of a subsidiary), or a group
    after a firm that is no group (the group owns it).
    """
    # Keys in order of first mention, so that ties (two longer names of one length) go to the earlier one
    # whatever PYTHONHASHSEED is.
    keys = sorted(first_seen, key=lambda k: (first_seen[k], k))
    out: dict[str, str] = {}
    for n, k in enumerate(keys):
        if len(k) < 2:
            continue
        longer = [o for o in keys[:n] if k in o and not any(p in o for p in printed[k])]
        if all(p.endswith("集团") for p in printed[k]):
            # 岚翔集团 after 岚翔投资有限公司: the group is the firm's parent, not its short form
            longer = [o for o in longer if any("集团" in p for p in printed[o])]
        if longer:
            out[k] = min(longer, key=len)  # min keeps the first of equal lengths: the earliest mentioned
    # follow chains (云顶 → 太行云顶 → 太行云顶文化旅游发展)
    for k in list(out):
        seen = {k}
        while out[k] in out and out[k] not in seen:
            seen.add(out[k])
            out[k] = out[out[k]]
    return out


def _org_key(org: str | None, ws: list[str], text: str, context: set[str]) -> tuple[str, str] | None:
    if not org:
        return None
    zones = find_zones(org, [org], context)
    if zones:
        return ("zone", zones[-1].key)
    return ("company", company_key(org))


class Spans:
    """Character spans of names already found, asked by bisection whether they cover a mention."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # the furthest end of any span so far

    def covers(self, m: Mention) -> bool:
        """True when one span holds the whole mention (a name inside a zone's or firm's name)."""
        i = bisect_right(self.starts, m.start) - 1
        return i >= 0 and self.reach[i] >= m.end
