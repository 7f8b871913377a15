"""Which zone a sum of money belongs to: its sentence's, else its article's, never another article's."""

from __future__ import annotations

from baokan.store.extract.page import extract_page
from baokan.store.extract.zones import find_zones
from baokan.store.pages.model import Article, IssueMeta, ParsedPage
from baokan.store.zh import segment


def key(name: str) -> str:
    """The zone key the extractor gives a printed zone name (its format belongs to the zone finder)."""
    (m,) = find_zones(name, segment.words(name), set())
    return m.key


MY = key("绵阳高新技术产业开发区")
KS = key("昆山经济技术开发区")


def amount_zones(*bodies: str, title: str | None = None) -> list[list[tuple[int, str | None]]]:
    """Per article: (value, zone key) of each sum, in printed order."""
    arts = [Article(seq=n, title=title if n == 1 else None, body=b) for n, b in enumerate(bodies, 1)]
    page = ParsedPage(IssueMeta(), arts, [])
    pe = extract_page(page, [segment.words(a.head_text() + "\n" + a.body) for a in arts])
    return [[(r.value_yuan, r.zone_key) for r in pe.amounts if r.article == n] for n in range(len(arts))]


def test_a_sentence_that_names_no_zone_takes_the_article_zone() -> None:
    (rows,) = amount_zones("绵阳高新技术产业开发区近日举行项目签约仪式。项目总投资12亿元，建成后年产值可达30亿元。")
    assert rows == [(1_200_000_000, MY), (3_000_000_000, MY)]


def test_a_place_in_a_firm_name_does_not_move_the_figure_off_the_zone() -> None:
    (rows,) = amount_zones("绵阳高新技术产业开发区新开工项目三个。其中，宜宾某某材料有限公司投资6亿元建设新厂。")
    assert rows == [(600_000_000, MY)]


def test_a_figure_about_a_whole_county_has_no_zone() -> None:
    (rows,) = amount_zones("绵阳高新技术产业开发区今年签约项目五个。去年，全县共引进项目八个，总投资30亿元。")
    assert rows == [(3_000_000_000, None)]


def test_the_most_mentioned_zone_is_the_article_zone_and_a_tie_is_none() -> None:
    (rows,) = amount_zones(
        "昆山经济技术开发区与常熟高新技术产业开发区开展合作。昆山经济技术开发区今年签约项目十个，总投资50亿元。"
        "双方将共建产业园。项目总投资8亿元。"
    )
    assert rows == [(5_000_000_000, KS), (800_000_000, KS)]
    (tie,) = amount_zones("昆山经济技术开发区与常熟高新技术产业开发区开展合作。项目总投资8亿元。")
    assert tie == [(800_000_000, None)]


def test_never_another_articles_zone() -> None:
    first, second = amount_zones("绵阳高新技术产业开发区签约项目三个，总投资9亿元。", "某地新建物流中心，总投资2亿元。")
    assert first == [(900_000_000, MY)]
    assert second == [(200_000_000, None)]


def test_a_headline_figure_repeating_the_body_is_marked_and_keeps_the_zone() -> None:
    arts = [
        Article(
            seq=1,
            title="绵阳高新区十个项目开工",
            subtitle="总投资36亿元",
            body="绵阳高新技术产业开发区十个项目集中开工，总投资36亿元。",
        )
    ]
    pe = extract_page(ParsedPage(IssueMeta(), arts, []), [segment.words(arts[0].head_text() + "\n" + arts[0].body)])
    head, body = pe.amounts
    assert (head.in_head, head.repeat_of, body.repeat_of) == (True, 1, None)
    assert head.zone_key == body.zone_key == MY


def test_a_district_and_a_zone_together_have_no_zone() -> None:
    (rows,) = amount_zones("今年以来，涪城区和绵阳高新技术产业开发区共签约项目十个，总投资50亿元。")
    assert rows == [(5_000_000_000, None)]
    (alone,) = amount_zones("今年以来，绵阳高新技术产业开发区签约项目十个，总投资50亿元。")
    assert alone == [(5_000_000_000, MY)]
