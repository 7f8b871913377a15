"""Firms with and without a legal suffix, and where their names end (made-up firms)."""

from __future__ import annotations

from baokan.store.extract.brands import find_brands
from baokan.store.extract.companies import company_key, find_companies
from baokan.store.zh import segment


def firms(text: str) -> list[str]:
    ws = segment.words(text)
    found = find_companies(text, ws)
    return [m.name for m in found + find_brands(text, ws, found)]


def test_brands_in_an_enumeration_of_firms_are_firms() -> None:
    assert firms("引进了岚翔科技、沃川控股、鼎筠智能等多家知名企业") == ["岚翔科技", "沃川控股", "鼎筠智能"]


def test_a_count_of_firms_closes_an_enumeration() -> None:
    assert firms("考察了岚翔科技、沃川控股两家企业") == ["岚翔科技", "沃川控股"]


def test_industries_in_a_list_are_not_firms() -> None:
    assert firms("引进新能源汽车、智能装备等企业") == []


def test_a_brand_heads_a_project_name() -> None:
    assert firms("总投资10亿元的岚翔智能终端产品生产基地开工") == ["岚翔"]


def test_a_brand_beside_a_suffixed_firm_is_a_firm() -> None:
    assert firms("。沃川控股和岚翔重工集团签约") == ["岚翔重工集团", "沃川控股"]


def test_role_words_are_not_part_of_the_name() -> None:
    assert firms("该项目建设单位系杭州岚翔科技有限公司") == ["杭州岚翔科技有限公司"]
    assert firms("投资方岚翔科技有限公司表示") == ["岚翔科技有限公司"]


def test_a_bracket_inside_a_name_is_kept_whole() -> None:
    assert firms("与岚翔（集团）有限公司签约") == ["岚翔（集团）有限公司"]
    assert firms("与岚翔（北京）科技有限公司签约") == ["岚翔（北京）科技有限公司"]


def test_a_bare_suffix_and_a_count_of_firms_are_no_names() -> None:
    assert firms("成立控股集团有限公司") == []
    assert firms("目前已有35家央企集团入驻") == []


def test_universities_and_chambers_are_not_firms() -> None:
    assert firms("与岚翔大学、沃川商会、鼎筠科技等企业") == ["鼎筠科技"]


def test_a_listed_firms_short_name_ends_in_gufen() -> None:
    assert firms("行业龙头——岚翔股份投资5亿元") == ["岚翔股份"]
    assert firms("转让国有股份") == []


def test_an_enumeration_of_projects_named_after_firms_names_firms() -> None:
    assert firms("推动促成岚翔创投、沃川长盛、鼎筠财富等项目完成签约") == ["岚翔创投", "沃川长盛", "鼎筠财富"]
    assert firms("投资12亿元的岚翔电子和投资6亿元的鼎筠锆业等一批大项目") == ["岚翔电子", "鼎筠锆业"]


def test_a_long_project_item_gives_its_head_word_as_the_firm() -> None:
    assert firms("包括沃川交通城市运维装备北方基地、岚翔智能装备二期、新型环保设备制造、鼎筠医药等项目") == [
        "沃川",
        "岚翔",
        "鼎筠医药",
    ]


def test_a_list_of_projects_mostly_not_named_after_firms_names_none() -> None:
    assert firms("引进了公路护栏板、钛合金管路、岚翔截齿等项目") == []
    assert firms("建设钛及钛合金板型材、管路、标准件等4个子项目") == []
    assert firms("推进现代轻纺城、株洲信息港、中小企业孵化中心等项目") == []


def test_a_project_firms_name_starts_after_the_zone_and_the_word_for_firms() -> None:
    text = "此外，沃川高新区企业岚翔硅碳负极材料、鼎筠电子、沃川长盛等10个项目亮相"
    assert firms(text) == ["岚翔", "鼎筠电子", "沃川长盛"]


def test_a_brand_jieba_cut_short_is_not_taken() -> None:
    assert segment.words("鼎筠投独立储能")[:2] == ["鼎筠", "投"]
    assert firms("考察了鼎筠投独立储能、沃川电气基地、岚翔新能源等项目") == ["沃川", "岚翔新能源"]


def test_a_city_and_a_name_like_brand_head_a_project() -> None:
    assert firms("投资5亿元的绵阳阿瑞斯医疗器械综合性服务平台项目") == ["绵阳阿瑞斯"]
    assert firms("签订绵阳中央公园万国风情园项目") == []  # an institution-tagged word (nt) is no brand
    assert firms("投资5亿元的绵阳安东尼医疗器械综合性服务平台项目") == []  # too common to be a brand


def test_an_unknown_word_before_wei_daibiao_is_a_firm() -> None:
    assert firms("以沃川为代表的企业") == ["沃川"]
    assert firms("以新能源为代表的产业") == []
    assert firms("以张建国为代表的一批企业家") == []


def test_a_class_of_investor_heading_a_project_is_no_brand() -> None:
    assert firms("其中，央企投资项目5个，国企投资项目3个，总投资9亿元。") == []


def test_a_foreign_country_before_a_brand_in_a_business_clause_is_a_firm() -> None:
    assert firms("瑞典岚翔在此投资建厂") == ["瑞典岚翔"]
    assert firms("瑞典机械岚翔新建工厂") == ["瑞典机械岚翔"]


def test_a_country_before_a_speaker_or_outside_business_is_no_firm() -> None:
    assert firms("瑞典岚翔表示") == []
    assert firms("游客在瑞典岚翔拍照") == []


def test_a_foreign_firm_and_its_bare_brand_share_a_key() -> None:
    text = "瑞典岚翔集团与沃川签约。岚翔集团投资5亿元"
    ws = segment.words(text)
    assert {m.key for m in find_companies(text, ws)} == {"岚翔"}


def test_a_subsidiary_printed_after_its_group_is_a_firm_too() -> None:
    assert firms("国家钢铁集团岚翔电力签约落户") == ["国家钢铁集团", "岚翔电力"]
    assert firms("沃川集团岚翔升级项目") == ["沃川集团", "沃川"]  # 升级 is no trade: a project of the group


def test_a_kind_of_firm_made_of_trade_words_is_no_name() -> None:
    assert firms("出资设立新材料研发平台公司") == []


def test_named_parks_count_as_named_items_of_a_list_of_projects() -> None:
    text = "确保岚翔食品产业园、沃川机械产业园、鼎筠精密轴承二期等7个项目建成"
    assert firms(text) == ["鼎筠"]
    assert firms("确保食品产业园、机械产业园、鼎筠精密轴承二期等7个项目建成") == []


def test_a_firm_trade_word_makes_an_ordinary_head_a_brand() -> None:
    assert firms("沃川机械、岚翔电子、大锦药业等项目开工") == ["沃川机械", "岚翔电子", "大锦药业"]


def test_a_brand_beside_its_firms_full_name_joins_it() -> None:
    text = "岚翔电子科技有限公司董事长说。总投资10亿元的岚翔智能终端产品生产基地开工"
    ws = segment.words(text)
    found = find_companies(text, ws)
    assert [(m.name, m.key) for m in find_brands(text, ws, found)] == [("岚翔", "岚翔电子科技")]


def test_a_city_jieba_tags_as_an_adverb_still_opens_the_name() -> None:
    assert firms("据报道，保定岚翔集团公司在建") == ["保定岚翔集团公司"]


def test_a_parent_group_and_the_word_for_belonging_are_no_part_of_the_name() -> None:
    assert firms("沃川集团下属岚翔物流公司负责运营") == ["沃川集团", "岚翔物流公司"]


def test_qiye_jituan_is_a_suffix_and_a_kind_of_group_is_no_name() -> None:
    assert firms("又闻广东岚翔企业集团扩产") == ["广东岚翔企业集团"]
    assert firms("组建大型企业集团") == []


def test_a_foreign_country_inside_a_walk_opens_the_firms_name() -> None:
    assert firms("运营商芬兰航空公司宣布") == ["芬兰航空公司"]


def test_a_trade_alone_keeps_its_home_in_the_key() -> None:
    assert [company_key(n) for n in ("长治石化集团", "长治市石化集团公司", "晋中石化集团", "瑞典航空公司")] == [
        "长治石化",
        "长治石化",
        "晋中石化",
        "瑞典航空",
    ]
    assert company_key("长治岚翔集团") == "岚翔"


def test_a_firm_introduced_by_what_it_is_is_a_firm() -> None:
    assert firms("。岚翔科技是一家生产电机的企业") == ["岚翔科技"]
    assert firms("。沃川是欧洲最大的轴承制造商") == ["沃川"]


def test_a_person_or_a_common_word_introduced_so_is_no_firm() -> None:
    assert firms("。张建国是该企业的董事长") == []
    assert firms("。园区是企业的家") == []
    assert firms("。岚翔是企业家") == []
