"""What a careful reader of each printed seed page sees: articles, titles, bylines, body bounds."""

from __future__ import annotations

import pytest
from baokan.store.pages.parse import check_nothing_lost, parse_page

from .conftest import seed_text

# (kicker, title, byline, first 12 characters of the body, last 12 characters of the body)
EXPECTED = {
    "000": [
        (
            "以招商引资实效赋能高质量发展",
            "阳泉高新区今年一季度签约6个项目",
            "吴珊 张蓓蕾",
            "今年一季度，阳泉高新区签",
            "质量发展注入强劲新动能。",
        ),
        (
            "临汾经济开发区党工委书记、管委会主任白建成",
            "参加“热点临汾” 系列小分队招商活动",
            "党国栋",
            "为进一步加大招商引资工作",
            "外开放和新质生产力发展。",
        ),
        (
            "电留经济技术开发区",
            "对标新质生产力 真招实策促招商",
            "国庆",
            "今年以来，电留经济技术开",
            "，吹响了招商引资冲锋号。",
        ),
        (
            "晋城经济技术开发区",
            "多措并举推进招商 引资工作提质增效",
            None,
            "近年来，晋城经济技术开发",
            "光机电产业集群加速成长。",
        ),
        (
            "太谷经济技术开发区",
            "校友资源成为“双招双引”动力源",
            "董保彤",
            "太谷经济技术开发区高度重",
            "经济高质量发展提质增效。",
        ),
        (
            "上党经开区党工委书记、管委会主任巩志岗一行",
            "考察北京江苏企业 寻找投资合作机遇",
            "张丽",
            "4月7日至10日，上党经",
            "实现优势互补、互利共赢。",
        ),
    ],
    "001": [
        (
            "坚持“以道路定框架、以项目破机制、以亩产论英雄”为导向",
            "临汾:用五个“加快”打造开发区建设升级版",
            "王波",
            "今年以来,临汾市坚持“以",
            "以效率提升检验服务成效。",
        ),
        (None, "联东U谷·山西科创智造港项目加速推进", "董保彤", "近日,山西转型综改示范区", "楼宇正同步进行桩基工程。"),
        (
            "阳泉高新区 持续优化招商矩阵",
            "激活产业振兴 新引擎",
            None,
            "今年以来,阳泉高新区把招",
            "第一方阵,走在全市前列。",
        ),
        (None, "为新兴产业集群发展赋能", None, "“着力打造1个千亿元、8", "示终端产品项目合作协议。"),
    ],
    "002": [
        (None, "力推链式招商 厚植发展优势", "刘记明", "作为承载产业项目的主阵地", "，助力开发区高质量发展。"),
        (
            None,
            "交城经济开发区考察团 赴杭州绍兴考察洽谈",
            "魏亚东",
            "为进一步推动交城经济开发",
            "动新能源产业的创新发展。",
        ),
        (
            None,
            "360集团副总裁杜昆等一行 在临汾经开区参观交流",
            "史晓岩",
            "5月11日，360集团董",
            "三个努力成为”贡献力量。",
        ),
        (
            None,
            "屯留经济技术开发区 召开微风发电示范项目洽谈会",
            "董保彤",
            "近日，微风电站(广东)投",
            "目后续建设做好协调服务。",
        ),
        (
            None,
            "中国有色金属工业协会副秘书长、再生金属分会副会长兼秘书长王吉位一行 在广灵考察经开区再生金属产业发展情况",
            "王云霞",
            "近日，中国有色金属工业协",
            "华北重要再生金属聚集区。",
        ),
        (
            None,
            "芮城县委书记尚玉良 调研风陵渡经济开发区 制造产业园项目建设和招商引资工作",
            "宋赫 司马璐莹",
            "5月11日，芮城县委书记",
            "进阶争先进提供强力支撑。",
        ),
        (None, None, "姚毅", "会议现场，彬数科技、豪尔", "”的精细化管理模式转变。"),
        (
            None,
            "走进大同经开区实地考察 任转型发展上率先",
            "赵佳楠",
            "5月9日，由大同市民营企",
            "共创乌大经济繁荣新气象。",
        ),
    ],
    "003": [
        (None, "拼命“走” 奋力“抓””", "麻洁琼", "这是一趟昼夜兼程的行程：", "提质提速持续贡献力量。”"),
        (
            "陵川生态文化旅游示范区",
            "与中惠旅就王莽岭景区项目策划等事项交流洽谈",
            "张鹏",
            "近日，陵川生态文化旅游示",
            "期望双方合作能早日成功。",
        ),
        (None, None, "王波", "招商引资是开发区经济工作", "”的“祁县开发区速度”。"),
        (
            "云冈经济技术开发区",
            "唱好招商引资“研—招—落”三部曲",
            "李恒松",
            "云冈经济技术开发区根据自",
            "度融合的新业态、新模式。",
        ),
        (
            "霍州经济技术开发区",
            "打好招商引资“冬季行动”攻坚战",
            "贺玉斌",
            "近日，霍州经济技术开发区",
            "保障，共创双方美好未来。",
        ),
        (
            "神池现代农业产业示范区",
            "引才借智 助力区内产业蝶变升级",
            "张虎虎",
            "近年来，神池现代农业产业",
            "质量发展再添新“引擎”。",
        ),
    ],
    "004": [
        (
            "武乡现代农业产业示范区",
            "强招引 促落地 按下招商引资“快进键”",
            "董保彤",
            "今年以来，武乡现代农业产",
            "全力跑出项目“加速度”。",
        ),
        (
            "比亚迪集团深圳弗迪电池有限公司储能及新型电池事业部总监高麒斐等一行",
            "在临汾经开发考察座谈",
            "朱玳莹",
            "12 月 14 日，比亚",
            "色新能源产业高质量发展。",
        ),
        (
            "岚县经济技术开发区",
            "护航招商引资项目建设 奏响大产业发展奋进曲",
            "李旭阳",
            "今年以来，岚县经济技术经",
            "最终获得更佳的招商成效。",
        ),
        ("屯留经济技术开发区", "招商引资摇枝硕果", "国庆", "今年以来，屯留经济技术开", "，取得了实实在在的成效。"),
        ("长治高新区", "组团为校园招聘会“加菜”", "冯庆", "“我毕业了想创业，关于新", "道，助推高质量充分就业。"),
        (
            "山阴县委书记王世杰带队",
            "出席山西·山阴（重庆）国际招商推介会",
            "麻亚琼",
            "近日，山阴县委书记王世杰",
            "共同见证了项目合作签约。",
        ),
        (None, None, "许小东", "抓落实，加快推进项目验收", "区高质量发展注入新动力。"),
    ],
}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_articles(seed: str) -> None:
    page = parse_page(seed_text(seed))
    got = [(a.kicker, a.title, a.byline, a.body[:12], a.body[-12:]) for a in page.articles]
    assert got == EXPECTED[seed]


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_nothing_lost(seed: str) -> None:
    text = seed_text(seed)
    assert check_nothing_lost(text, parse_page(text)) == []


def test_layouts() -> None:
    assert [parse_page(seed_text(s)).layout for s in sorted(EXPECTED)] == [
        "before",
        "before",
        "before",
        "after",
        "after",
    ]


def test_interrupted_article_is_rejoined_mid_word() -> None:
    taigu = parse_page(seed_text("000")).articles[4]
    assert "对全区机关人员建立校友招商台账" in taigu.body
    assert "上党" not in taigu.body.split("立校友招商台账")[0][-40:]


def test_headline_printed_inside_its_article() -> None:
    page = parse_page(seed_text("001"))
    changzhi = page.articles[3]
    assert changzhi.subtitle == "——长治市今年以来精准招商工作纪略"
    assert "当好“招商先锋”,以“第一力度”" in changzhi.body
    assert changzhi.continued_to == "A2"
    assert ("section", "创新前沿") in [(f.kind, f.text) for f in page.fragments]


def test_subheads_stay_in_the_body() -> None:
    xinjiang = parse_page(seed_text("002")).articles[0]
    assert "\n\n政府主导，发挥招商引擎作用\n\n一是整合招商力量" in xinjiang.body
    changzhi = parse_page(seed_text("001")).articles[3]
    assert "\n\n“一把手”带头招商 专业化队伍跟进发力\n\n" in changzhi.body


@pytest.mark.parametrize(
    ("seed", "n", "byline_text", "dateline"),
    [
        ("000", 0, "吴珊 张蓓蕾", "科学导报"),  # own line
        ("004", 0, "董保彤", "科学导报讯"),  # end of the last body line
        ("003", 1, "（张鹏）", "本刊讯"),  # full-width parentheses
        ("003", 0, "■ 麻洁琼", None),  # after ■, in the headline block
        ("001", 0, "记者王波", "科学导报讯"),  # in the dateline
        ("001", 1, "■ 董保彤摄", None),  # photo credit
    ],
)
def test_byline_shapes(seed: str, n: int, byline_text: str, dateline: str | None) -> None:
    a = parse_page(seed_text(seed)).articles[n]
    assert (a.byline_text, a.dateline) == (byline_text, dateline)


def test_continuation_fragments_without_headline() -> None:
    for seed, n in (("002", 6), ("004", 6)):
        a = parse_page(seed_text(seed)).articles[n]
        assert (a.title, a.continued_from) == (None, "D1")


def test_masthead_metadata() -> None:
    page = parse_page(seed_text("001"))
    m = page.meta
    assert (m.issue_number, m.total_number, m.date, m.supplement) == (14, 4369, "2025-05-09", "开发区建设 周刊")
    assert page.fragments[0].kind == "masthead" and "总第4369期" in page.fragments[0].text


def test_no_masthead_means_no_metadata() -> None:
    m = parse_page(seed_text("000")).meta
    assert (m.issue_number, m.total_number, m.date, m.supplement) == (None, None, None, None)


def test_paragraphs_join_wraps_and_keep_breaks() -> None:
    a = parse_page(seed_text("004")).articles[0]
    paras = a.body.split("\n\n")
    assert (
        paras[0] == "今年以来，武乡现代农业产业示范区凝聚起招商引资等不得、慢不得的共识，推动招商引资工作迈上新台阶。"
    )
    assert len(paras) == 6
    assert "\n" not in "".join(paras)
