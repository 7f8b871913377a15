"""Per page: which zones, companies, people, places and sums each article is about (pure)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
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
        forms = Counter()
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


@dataclass
class PageEntities:
    """Everything the entity extractors found on one page."""

    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    links: list[dict[tuple[str, str], int]] = field(default_factory=list)  # per article: entity → mentions
    amounts: list[AmountRow] = field(default_factory=list)
    roles: list[tuple[int, str, str, tuple[str, str] | None]] = field(
        default_factory=list
    )  # article, person, role, org


def article_text(a: Article) -> str:
    """The text entities are read from: headline lines, a newline, the body (as segmented)."""
    return a.head_text() + "\n" + a.body


def extract_page(page: ParsedPage, words: list[list[str]]) -> PageEntities:
    """Entities, links, roles and amounts of every article on a page."""
    result = PageEntities()
    # Each article's cities, scanned once; the page's are their union.
    article_places = [topic_places(article_text(a)) for a in page.articles]
    page_places = set().union(*article_places)
    first_seen: dict[str, int] = {}
    printed: dict[str, set[str]] = {}
    for n, (a, ws) in enumerate(zip(page.articles, words)):
        for m in find_companies(article_text(a), ws):
            first_seen.setdefault(m.key, n * 1_000_000 + m.start)
            printed.setdefault(m.key, set()).add(m.name)
    page_company_keys = _short_forms(first_seen, printed)
    for n, (art, ws) in enumerate(zip(page.articles, words)):
        text = article_text(art)
        context = page_places | article_places[n]
        zones = find_zones(text, ws, context)
        companies = find_companies(text, ws)
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
        main_zone = max(zone_keys, key=lambda k: counts[k]) if zone_keys else None
        proper = sorted((z for z in zones if "|" in z.key), key=lambda z: z.start)
        proper_starts = [z.start for z in proper]
        for a in find_amounts(text):
            s, e = sentence_at(text, a.start)
            sentence = text[s:e].strip()
            in_sentence = proper[bisect_left(proper_starts, s) : bisect_left(proper_starts, e)]
            if in_sentence:
                before = [z for z in in_sentence if z.start < a.start]
                zone = (before[-1] if before else in_sentence[0]).key
            elif (
                main_zone
                and len(zone_keys) == 1
                and not lexicon.wide_re().search(sentence)
                and (lexicon.zone_words_re().search(sentence) or not topic_places(sentence))
            ):
                zone = main_zone[1]
            else:
                zone = None
            result.amounts.append(AmountRow(n, a.value_yuan, a.text, a.qualifier, zone, sentence))
    return result


def _short_forms(first_seen: dict[str, int], printed: dict[str, set[str]]) -> dict[str, str]:
    """Within one issue a firm's later short form joins its full name (云顶公司 → 山西太行云顶文化旅游发展有限公司).

    `first_seen` orders the keys by their first mention. A key printed before the longer one
    (360集团 … 360城市产业集团) is another firm, and so is a group whose name the longer one
    prints whole (比亚迪集团 in 比亚迪集团深圳弗迪电池有限公司: the parent of a subsidiary).
    """
    # Keys in order of first mention, so that ties (two longer names of one length) go to the earlier one
    # whatever PYTHONHASHSEED is.
    keys = sorted(first_seen, key=lambda k: (first_seen[k], k))
    out: dict[str, str] = {}
    for n, k in enumerate(keys):
        if len(k) < 2:
            continue
        longer = [o for o in keys[:n] if k in o and not any(p in o for p in printed[k])]
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
