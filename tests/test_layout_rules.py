"""One small made-up page per layout rule: where headlines, bylines and bodies go.

Every page here is invented; the text is hard-wrapped the way the supplement's columns are.
"""

from __future__ import annotations

import pytest
from baokan.store.pages.lines import byline_names, classify_line
from baokan.store.pages.model import ParsedPage
from baokan.store.pages.parse import check_nothing_lost, parse_page


def read(text: str) -> ParsedPage:
    """Parse a page and check that no printed character was lost or invented."""
    page = parse_page(text)
    assert check_nothing_lost(text, page) == []
    return page


def heads(page: ParsedPage) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(kicker, title, subtitle, byline) of each article."""
    return [(a.kicker, a.title, a.subtitle, a.byline) for a in page.articles]


def bodies(page: ParsedPage) -> list[str]:
    """Each article's body."""
    return [a.body for a in page.articles]


def unassigned(page: ParsedPage) -> list[str]:
    """Text that belongs to no article."""
    return [f.text for f in page.fragments if f.kind == "unassigned"]


HEADLINE_BEFORE = """\
青禾经济开发区

春季招商签约八个项目

科学导报讯 记者林北 近日，青禾经济开发区举
行春季招商推介会，现场签约新材料、智能装
备等项目八个。

开发区负责人表示，将推动签约项目早开工。
（何田）

北湾高新区数字产业园首批企业入驻

本月上旬，北湾高新区数字产业园迎来首批入
驻企业，涵盖软件开发和数据服务等方向。
（苏云）
"""


def test_headline_before_its_article() -> None:
    page = read(HEADLINE_BEFORE)
    assert page.layout == "before"
    assert heads(page) == [
        ("青禾经济开发区", "春季招商签约八个项目", None, "林北 何田"),
        (None, "北湾高新区数字产业园首批企业入驻", None, "苏云"),
    ]
    assert bodies(page) == [
        "近日，青禾经济开发区举行春季招商推介会，现场签约新材料、智能装备等项目八个。\n\n"
        "开发区负责人表示，将推动签约项目早开工。",
        "本月上旬，北湾高新区数字产业园迎来首批入驻企业，涵盖软件开发和数据服务等方向。",
    ]
    assert page.articles[0].dateline == "科学导报讯"


HEADLINE_AFTER = """\
近日，石岭经开区新能源装
备产业园二期开工，园区将
新增标准厂房十二栋。
（罗平）

石岭经开区产业园二期开工

本周，溪口高新区召开企业
服务座谈会，二十余家企业
负责人参加会议。
（程远）

溪口高新区问计企业
"""


def test_headline_after_its_article() -> None:
    page = read(HEADLINE_AFTER)
    assert page.layout == "after"
    assert heads(page) == [
        (None, "石岭经开区产业园二期开工", None, "罗平"),
        (None, "溪口高新区问计企业", None, "程远"),
    ]
    assert bodies(page) == [
        "近日，石岭经开区新能源装备产业园二期开工，园区将新增标准厂房十二栋。",
        "本周，溪口高新区召开企业服务座谈会，二十余家企业负责人参加会议。",
    ]


INTERRUPTED = """\
东港开发区物流园投用

东港开发区物流园近日正式投入运营，园区
拥有冷链仓库和分拨中

西川园区新增两家企业

本刊讯 西川园区本月新增两家企业，均从事
电子元件加工。（韦明）

东港开发区物流园投用

心，可服务周边多个县区的商贸企业。（江帆）
"""


def test_interrupted_article_resumes_under_its_own_headline() -> None:
    page = read(INTERRUPTED)
    assert heads(page) == [
        (None, "东港开发区物流园投用", None, "江帆"),
        (None, "西川园区新增两家企业", None, "韦明"),
    ]
    assert (
        bodies(page)[0]
        == "东港开发区物流园近日正式投入运营，园区拥有冷链仓库和分拨中心，可服务周边多个县区的商贸企业。"
    )
    assert unassigned(page) == ["东港开发区物流园投用"]


BULLET_BYLINE = """\
南岭高新区举办人才招聘会

■ 苏云 何田

本月上旬，南岭高新区举办春季人才招聘会，
四十余家企业提供岗位六百余个。

北湾园区人才公寓交付

■ 罗平

北湾园区人才公寓近日交付使用，首批入住
青年人才一百余名。
"""


def test_bullet_byline_under_a_headline() -> None:
    page = read(BULLET_BYLINE)
    assert heads(page) == [
        (None, "南岭高新区举办人才招聘会", None, "苏云 何田"),
        (None, "北湾园区人才公寓交付", None, "罗平"),
    ]
    assert page.articles[0].byline_text == "■ 苏云 何田"


BYLINE_SHAPES = """\
青禾开发区签约两个项目

科学导报讯 记者林北 近日，青禾开发区与两
家企业签约，两个新材料项目总投资合计十
余亿元，计划年内开工建设。

北湾园区新建厂房

北湾园区新建标准厂房四栋，可满足中小企
业拎包入驻需求，预计年内交付使用。 韦明 江帆

溪口园区开展安全检查

溪口园区近日开展安全生产大检查，排查隐
患三十余处。
程远

石岭园区召开座谈会

石岭园区召开企业座谈会，听取企业意见
建议。（罗平 苏云 何田 韦明 江帆）
"""


def test_each_byline_shape() -> None:
    page = read(BYLINE_SHAPES)
    assert [(a.title, a.byline) for a in page.articles] == [
        ("青禾开发区签约两个项目", "林北"),
        ("北湾园区新建厂房", "韦明 江帆"),
        ("溪口园区开展安全检查", "程远"),
        ("石岭园区召开座谈会", "罗平 苏云 何田 韦明 江帆"),
    ]
    assert bodies(page)[1] == "北湾园区新建标准厂房四栋，可满足中小企业拎包入驻需求，预计年内交付使用。"
    assert bodies(page)[2] == "溪口园区近日开展安全生产大检查，排查隐患三十余处。"


FIVE_NAMES_AFTER_LAST_SENTENCE = """\
青禾开发区举行项目观摩

青禾开发区近日组织项目观摩活动，实地查看
在建项目十二个。 罗平 苏云 何田 韦明 江帆
"""


def test_five_names_after_the_last_sentence_are_a_byline() -> None:
    page = read(FIVE_NAMES_AFTER_LAST_SENTENCE)
    assert heads(page) == [(None, "青禾开发区举行项目观摩", None, "罗平 苏云 何田 韦明 江帆")]
    assert bodies(page) == ["青禾开发区近日组织项目观摩活动，实地查看在建项目十二个。"]


NAMES_INSIDE = """\
北湾高新区举行项目签约

北湾高新区近日举行项目签约活动，共签约项
目五个。区领导罗平、苏云、
何田、韦明、
江帆出席签约仪式。

签约项目涵盖新材料和智能制造等领域。
（程远）
"""


def test_a_line_of_names_inside_an_article_is_not_a_byline() -> None:
    page = read(NAMES_INSIDE)
    assert heads(page) == [(None, "北湾高新区举行项目签约", None, "程远")]
    assert bodies(page) == [
        "北湾高新区近日举行项目签约活动，共签约项目五个。区领导罗平、苏云、何田、韦明、江帆出席签约仪式。\n\n"
        "签约项目涵盖新材料和智能制造等领域。"
    ]


SUBHEAD = """\
青禾开发区多措并举优化营商环境

科学导报讯 记者林北 今年以来，青禾开发区持续优化营商环境，企业满意度明显提升，新登记市场主体数量同比增长两成。

审批提速

开发区推行并联审批，项目从签约到开工的时间缩短一半，企业办事更加便利。

服务下沉

开发区组建企业服务专员队伍，每名专员联系企业十家，帮助企业解决用工和融资难题。
"""


def test_subhead_stays_in_its_article() -> None:
    page = read(SUBHEAD)
    assert heads(page) == [(None, "青禾开发区多措并举优化营商环境", None, "林北")]
    assert bodies(page)[0].split("\n\n")[1:] == [
        "审批提速",
        "开发区推行并联审批，项目从签约到开工的时间缩短一半，企业办事更加便利。",
        "服务下沉",
        "开发区组建企业服务专员队伍，每名专员联系企业十家，帮助企业解决用工和融资难题。",
    ]


SUBHEAD_OPENS_ARTICLE = """\
青禾开发区新建两所学校

科学导报讯 记者林北 青禾开发区今年新建两所学校，新增学位两千余个，秋季学期起投入使用。

北湾园区新增公交线路

北湾园区近日新开两条公交线路，连接园区与城区主要站点，方便职工通勤。（韦明）
"""


def test_subhead_with_its_own_byline_is_a_new_article() -> None:
    page = read(SUBHEAD_OPENS_ARTICLE)
    assert heads(page) == [
        (None, "青禾开发区新建两所学校", None, "林北"),
        (None, "北湾园区新增公交线路", None, "韦明"),
    ]


CONTINUED = """\
（上接A1版）

园区还将建设研发中心和展示中心，预计明
年建成投用。（林北）

溪口园区扩建污水处理厂

溪口园区污水处理厂扩建工程近日开工，建
成后日处理能力将翻一番（下转A4版）
"""


def test_continuation_markers() -> None:
    page = read(CONTINUED)
    first, second = page.articles
    assert (first.continued_from, first.continued_to, first.title, first.byline) == ("A1", None, None, "林北")
    assert first.body == "园区还将建设研发中心和展示中心，预计明年建成投用。"
    assert (second.continued_from, second.continued_to, second.title) == (None, "A4", "溪口园区扩建污水处理厂")
    assert second.body == "溪口园区污水处理厂扩建工程近日开工，建成后日处理能力将翻一番"
    assert [f.text for f in page.fragments if f.kind == "continuation"] == ["（上接A1版）", "（下转A4版）"]


DOUBLE_SPACED = """\
青禾开发区新材料产业园

开工建设

近日，青禾开发区新材料产

业园开工建设，规划建设标

准厂房二十栋。

园区建成后将重点引进电子

材料企业，配套建设仓储和

检测中心。（林北）
"""


def test_double_spaced_narrow_columns() -> None:
    page = read(DOUBLE_SPACED)
    assert heads(page) == [("青禾开发区新材料产业园", "开工建设", None, "林北")]
    assert bodies(page) == [
        "近日，青禾开发区新材料产业园开工建设，规划建设标准厂房二十栋。\n\n园区建成后将重点引进电子材料企业，配套建设仓储和检测中心。"
    ]


KICKER_AT_COLON = """\
东港开发区一季度九个项目开工：

包括新型储能电池生产基地等

科学导报讯 记者林北 近日，东港开发区一季
度重点项目集中开工，九个项目涵盖新型储
能、生物医药和高端装备等领域。（江帆）
"""


def test_kicker_split_at_a_colon_is_no_article_of_its_own() -> None:
    page = read(KICKER_AT_COLON)
    assert heads(page) == [("东港开发区一季度九个项目开工：", "包括新型储能电池生产基地等", None, "林北 江帆")]


FIGURE_LINES = """\
北湾高新区一季度重点项目集中开工

12项目总投资36亿元

科学导报讯 记者林北 近日，北湾高新区一季
度重点项目集中开工，涉及新材料和智能制
造等领域。（江帆）

投资超5亿元！

溪口园区智能装备产业园开工

本刊讯 溪口园区智能装备产业园近日开工，
项目建成后可年产智能装备两千台套。
（韦明）
"""


def test_a_line_that_is_only_a_figure_is_not_the_title() -> None:
    page = read(FIGURE_LINES)
    assert heads(page) == [
        (None, "北湾高新区一季度重点项目集中开工", "12项目总投资36亿元", "林北 江帆"),
        ("投资超5亿元！", "溪口园区智能装备产业园开工", None, "韦明"),
    ]


MASTHEAD_SPLIT = """\
青禾日报

开发区观察

周刊

第9期 总第1234期

2026年3月6日 星期五

青禾开发区新增两家企业

本刊讯 青禾开发区本月新增两家电子元件
企业，均已开工投产。（林北）
"""


MASTHEAD_SPLIT_BELOW = """\
青禾日报

第9期 总第1234期

2026年3月6日 星期五

开发区观察

周刊

青禾开发区新增两家企业

本刊讯 青禾开发区本月新增两家电子元件
企业，均已开工投产。（林北）
"""


@pytest.mark.parametrize("text", [MASTHEAD_SPLIT, MASTHEAD_SPLIT_BELOW], ids=["above", "below"])
def test_supplement_name_and_weekly_on_separate_lines_are_masthead(text: str) -> None:
    page = read(text)
    assert (page.meta.supplement, page.meta.issue_number, page.meta.total_number) == ("开发区观察 周刊", 9, 1234)
    assert heads(page) == [(None, "青禾开发区新增两家企业", None, "林北")]


SUBHEAD_THEN_PARAGRAPH = """\
青禾开发区优化营商环境

科学导报讯 记者林北 今年以来，青禾开发区
持续优化营商环境，推行并联审批，项目从
签约到开工的时间缩短一半。

服务下沉

开发区组建企业服务专员队伍，每名专员联
系企业十家，帮助企业解决用工难题。

北湾园区新建人才公寓

北湾园区人才公寓近日交付使用，首批入住
青年人才一百余名，园区配套建设了食堂和
健身中心。（江帆）
"""


def test_subhead_is_not_run_into_the_next_paragraph_and_no_body_ends_with_a_deck() -> None:
    page = read(SUBHEAD_THEN_PARAGRAPH)
    assert heads(page) == [
        (None, "青禾开发区优化营商环境", None, "林北"),
        (None, "北湾园区新建人才公寓", None, "江帆"),
    ]
    assert bodies(page)[0].split("\n\n") == [
        "今年以来，青禾开发区持续优化营商环境，推行并联审批，项目从签约到开工的时间缩短一半。",
        "服务下沉",
        "开发区组建企业服务专员队伍，每名专员联系企业十家，帮助企业解决用工难题。",
    ]


NUMBER_SPLIT_BY_A_WRAP = """\
青禾开发区新材料项目签约

科学导报讯 记者林北 近日，青禾开发区与一
家企业签约新材料项目，项目总投资2

0亿元，建成后可年产电子材料三万吨。
（江帆）
"""


def test_a_number_split_by_a_hard_wrap_is_one_number() -> None:
    page = read(NUMBER_SPLIT_BY_A_WRAP)
    assert bodies(page) == ["近日，青禾开发区与一家企业签约新材料项目，项目总投资20亿元，建成后可年产电子材料三万吨。"]


NO_DECK_AT_THE_END = """\
青禾开发区春季招商签约八个项目

科学导报讯 记者林北 近日，青禾开发区举
行春季招商推介会，现场签约新材料、智能装
备等项目八个，涉及先进制造和现代物流等领
域。

开发区负责人表示，下一步将围绕主导产业延
链补链，推动签约项目早开工、早投产。

北湾高新区

数字产业园首批企业入驻

本月上旬，北湾高新区数字产业园迎来首批入
驻企业，涵盖软件开发、数据服务和智能硬件
等方向，园区配套的人才公寓同步交付使用。
（苏云）
"""


def test_a_body_never_ends_with_the_next_articles_kicker() -> None:
    page = read(NO_DECK_AT_THE_END)
    assert heads(page) == [
        (None, "青禾开发区春季招商签约八个项目", None, "林北"),
        ("北湾高新区", "数字产业园首批企业入驻", None, "苏云"),
    ]
    assert bodies(page)[0].endswith("推动签约项目早开工、早投产。")


@pytest.mark.parametrize(
    "line, names",
    [
        ("■ 苏云 何田", ("苏云", "何田")),
        ("■ 罗平摄", ("罗平",)),
        ("■ 本刊记者 林北", ("林北",)),
        ("■ 林北/文 江帆/图", ("林北", "江帆")),
        ("（韦明）", ("韦明",)),
        ("（记者 林北 通讯员 江帆）", ("林北", "江帆")),
        ("（林北、江帆）", ("林北", "江帆")),
        ("文/林北 图/江帆", ("林北", "江帆")),
        ("记者 林北", ("林北",)),
        ("程远", ("程远",)),
    ],
)
def test_byline_line_shapes(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line", ["记者从开发区获悉", "区领导罗平、苏云、", "（以下简称开发区）", "数字产业园首批企业入驻"]
)
def test_lines_that_are_not_bylines(line: str) -> None:
    assert byline_names(line) is None


@pytest.mark.parametrize(
    "line, body, names",
    [
        ("推动项目落地见效。（记者 林北）", "推动项目落地见效。", ("林北",)),
        ("推动项目落地见效。 记者 林北", "推动项目落地见效。", ("林北",)),
        ("推动项目落地见效。 罗平 苏云 何田 韦明 江帆", "推动项目落地见效。", ("罗平", "苏云", "何田", "韦明", "江帆")),
    ],
)
def test_byline_after_the_last_sentence(line: str, body: str, names: tuple[str, ...]) -> None:
    text, by = classify_line(line, 0, 0)
    assert (text.kind, text.text, by.kind, by.names) == ("text", body, "byline", names)


DASH_PARAGRAPH_AND_COLON_TITLE = """\
青禾：三个“加快”建设开发区

科学导报讯 记者林北 今年以来，青

禾开发区围绕主导产业精准招商。

——加快完善园区配

套建设。园区新建道路

四条，新增供水管网八

公里，完成绿化面积十

万平方米。（江帆）
"""


def test_a_dash_led_paragraph_is_no_deck_and_a_title_may_hold_a_colon() -> None:
    page = read(DASH_PARAGRAPH_AND_COLON_TITLE)
    assert heads(page) == [(None, "青禾：三个“加快”建设开发区", None, "林北 江帆")]
    assert bodies(page) == [
        "今年以来，青禾开发区围绕主导产业精准招商。\n\n——加快完善园区配套建设。园区新建道路四条，新增供水管网八公里，完成绿化面积十万平方米。"
    ]
