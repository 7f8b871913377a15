"""Is this token a Chinese personal name? A surname gazetteer plus shape rules."""

from __future__ import annotations

import re

# Single-character surnames: the common ones and the rarer ones seen in bylines across Chinese papers.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖"
    "练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阎浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那"
    "宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由逄郗"
    "荀寿问过顿佴酆郦雒琚经庹衣"
)
COMPOUND_SURNAMES = {
    "司马",
    "欧阳",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "司空",
    "令狐",
    "端木",
    "夏侯",
    "轩辕",
    "钟离",
    "独孤",
    "南宫",
    "西门",
    "申屠",
    "呼延",
    "万俟",
    "太史",
    "闻人",
}
# Last characters that mark an organisation, place or title rather than a given name.
NOT_NAME_ENDINGS = set("区县市省镇乡村园司局部委会厅处院校所站队组团报刊社业企城港场馆中心路街厂店行社")
# Two-character words that start with a surname character but are ordinary words on these pages.
COMMON_WORDS = {
    "周刊",
    "国内",
    "全国",
    "全市",
    "全省",
    "全区",
    "同时",
    "目前",
    "此外",
    "下一步",
    "高新",
    "通过",
    "经开",
    "关于",
    "由于",
    "和谐",
    "成立",
    "明确",
    "相关",
    "于是",
    "安全",
    "平台",
    "项目",
    "强化",
    "华北",
    "创新",
    "发展",
    "招商",
    "引资",
    "合作",
    "服务",
    "建设",
    "管理",
    "信息",
}
CJK_NAME_RE = re.compile("^[\u4e00-\u9fff]{2,4}$")


def is_name(token: str) -> bool:
    """True when token has the shape of a Chinese personal name (surname + 1–2 characters)."""
    if not CJK_NAME_RE.match(token) or token in COMMON_WORDS:
        return False
    if token[-1] in NOT_NAME_ENDINGS:
        return False
    if token[:2] in COMPOUND_SURNAMES:
        return 3 <= len(token) <= 4
    return token[0] in SURNAMES and len(token) <= 3


def split_names(s: str) -> list[str] | None:
    """Split a byline like '吴珊 张蓓蕾' into names; None unless every token is a name."""
    tokens = [t for t in re.split(r"[\s、,，]+", s.strip()) if t]
    if not tokens or len(tokens) > 5:
        return None
    return tokens if all(is_name(t) for t in tokens) else None
