"""Chinese-shaped names: names jieba glued to a neighbour, context that vouches for a name (made-up names)."""

from __future__ import annotations

from baokan.store.extract.name_glue import recut_glued
from baokan.store.extract.person_names import _inert
from baokan.store.zh import segment
from baokan.store.zh.names import known_person, ordinary_head, rare_person_word

from .persons import people


def test_a_preposition_glued_before_a_name_is_cut_off() -> None:
    text = "新华社电，以邹钧永为组长的工作组已抵达"
    assert "邹钧永为" in segment.words(text)  # jieba's HMM word: the name and the preposition after it
    assert people(text) == ["邹钧永"]


def test_a_verb_glued_to_a_name_is_cut_off() -> None:
    text = "他去找华钧一起吃饭"
    assert "找华钧" in segment.words(text)
    assert recut_glued(segment.words(text))[2:4] == ["找", "华钧"]


def test_a_preposition_glued_to_a_surname_in_a_list_of_pairs() -> None:
    text = "本轮钱立对许思凡、孔涛对"
    assert "对许" in segment.words(text)
    assert "许思凡" in people(text)


def test_a_verb_of_speech_glued_after_a_name_is_cut_off() -> None:
    text = "车间主任邹永说，今年"
    assert recut_glued(segment.words(text)) == ["车间主任", "邹永", "说", "，", "今年"]
    assert people(text) == ["邹永"]


def test_a_name_whose_last_character_jieba_glued_to_the_list_end() -> None:
    text = "校董邹涵思等出席"
    assert "思等" in segment.words(text)
    assert people(text) == ["邹涵思"]
    assert people("基金会理事长邹嘉等。") == ["邹嘉"]


def test_a_name_ending_in_a_character_that_may_start_a_word_stays_whole() -> None:
    # 来 starts words (来京) but ends given names too: the whole is a name, no verb glued to it
    assert recut_glued(["记者", "潘云来", "报道"]) == ["记者", "潘云来", "报道"]


def test_words_jieba_knows_and_foreign_syllables_are_not_recut() -> None:
    assert recut_glued(["对", "方案", "进行"]) == ["对", "方案", "进行"]
    assert recut_glued(["访斯洛", "之后"]) == ["访斯洛", "之后"]  # 斯洛: transliteration syllables


def test_words_only_a_person_takes_after_a_name_vouch_for_it() -> None:
    assert people("展厅陈列着廖秉烈士的遗物") == ["廖秉"]
    assert people("本局冯可五段执黑") == ["冯可"]
    assert people("去年冬天，祁红星元帅曾经") == ["祁红星"]  # jieba cut it 祁红|星
    assert people("店主郁国庆、邬新民二人连夜赶来") == ["邬新民"]  # 邬|新民


def test_after_such_a_word_a_given_name_may_be_an_ordinary_word() -> None:
    # 海鹰 and 晨光 are ordinary words; before a title they would not make a name, before 本人 or 执导 they do
    assert people("教练说，蔡海鹰本人也很意外") == ["蔡海鹰"]
    assert people("纪录片由邹晨光执导，") == ["邹晨光"]


def test_ordinary_words_before_those_words_are_no_names() -> None:
    assert people("双方高层二人都表示满意") == []
    assert people("代表团一行抵达") == []


def test_a_dictionary_word_of_a_full_name_shape_before_a_verb_of_speech() -> None:
    # a figure of history that jieba's dictionary holds, but not as a person word
    assert segment.word_tags().get("程咬金") not in {"nr", "nrfg"}
    assert people("同年，程咬金说，") == ["程咬金"]
    assert people("在莫斯科接见了访问团") == []  # transliteration characters: a city, whatever follows


def test_a_person_word_of_the_dictionary_that_is_an_ordinary_word_and_a_character() -> None:
    # jieba tags 初中生 and 仲裁庭 nr; their heads 初中, 仲裁 are far more frequent ordinary words
    assert segment.word_tags().get("初中生") == "nr" and ordinary_head("初中生") and not known_person("初中生")
    assert not ordinary_head("欧阳修")  # a compound surname is no ordinary word
    assert people("这位初中生的作文获奖") == []
    assert people("案件已提交仲裁庭审理") == []


def test_a_temple_or_a_clan_is_no_name() -> None:
    assert segment.word_tags().get("关帝庙") == "nr"
    assert people("游客在关帝庙前合影") == []
    assert people("祭奠轩辕氏的仪式") == []


def test_an_ordinary_word_before_a_particle_glued_to_a_verb_of_speech() -> None:
    text = "他高兴地说，今年收成好"
    assert people(text) == []


def test_a_rare_person_word_of_the_dictionary_whose_given_name_is_a_word() -> None:
    # jieba lists these with a count under 20; 富贵 and 志军 are ordinary words, so the statistics alone doubt them
    assert segment.entry("李富贵") == (3, "nr") and not known_person("李富贵")
    assert rare_person_word("李富贵") and rare_person_word("何志军")
    assert people("会后，李富贵仅用一天就") == ["李富贵"]
    assert not rare_person_word("刘大妈")  # a surname and a form of address


def test_an_unknown_two_character_name_opening_a_sentence_before_a_verb() -> None:
    # 成 is a common given character, but too common elsewhere for the name to stand without context
    assert people("午餐过后。裴成走进会场") == ["裴成"]
    assert people("，裴成走进会场") == []  # mid-sentence: no subject's place to vouch for it


def test_a_pronoun_or_a_word_jieba_tags_nr_may_follow_a_two_character_name() -> None:
    assert segment.word_tags().get("祝福") == "nr"  # an ordinary word jieba tags as a name
    assert people("晚会上滕莉祝福大家") == ["滕莉"]
    assert people("像秦雯这样的选手") == ["秦雯"]
    assert people("山西童莉是品牌") == []  # after a place: a brand


def test_a_name_shaped_subject_opening_a_sentence_before_its_verb() -> None:
    # 目 is seldom a given character: the statistics doubt the unknown word, its place as a subject does not
    assert people("大桥竣工。窦晓目从外地赶回") == ["窦晓目"]
    assert people("大桥竣工。邬海燕又赶回工地") == ["邬海燕"]  # jieba cut it 邬|海燕


def test_only_a_sentence_opening_with_a_surname_and_a_verb_after_vouches() -> None:
    assert people("大桥竣工，邬海燕又赶回工地") == []  # mid-sentence
    assert people("大桥竣工。温先生对此很满意") == []  # a form of address
    assert people("大桥竣工。高收益又回来了") == []  # 高 is an adjective here, not a surname


def test_a_conjunction_that_is_also_a_rare_surname_is_cut_off_a_name() -> None:
    text = "比分一度落后，但华莉还是赢了"
    assert "但华莉" in segment.words(text)
    assert recut_glued(segment.words(text))[3:6] == ["，", "但", "华莉"]
    assert "但华莉" not in people(text)


def test_a_person_word_the_statistics_doubt_opening_a_sentence() -> None:
    assert segment.entry("丁志成") == (3, "nr") and not known_person("丁志成")
    assert people("会议结束。丁志成首先发言") == ["丁志成"]
    assert people("会上，丁志成首先发言") == []


def test_a_commander_is_named_after_his_post_and_a_unit_before_it_is_no_name() -> None:
    assert people("第五军军长邹永率部赶到") == ["邹永"]
    assert people("第三军军长窦晓目下令撤退") == ["窦晓目"]  # 第三军: jieba tags it nr


def test_a_surname_before_an_unknown_word_of_given_name_characters() -> None:
    text = "那年从部队回来的张增禾结婚了"
    assert segment.words(text)[5:7] == ["张", "增禾"]  # jieba tags 张 as a measure word here
    assert people(text) == ["张增禾"]


def test_a_name_word_of_jieba_cut_from_its_last_character_before_a_title() -> None:
    text = "实验中学李强锋校长说："
    assert segment.words(text)[2:4] == ["李强", "锋"]
    assert people(text) == ["李强锋"]
    assert people("首相林肯派特使前往") == ["林肯"]  # a whole name and a verb


def test_a_rare_ordinary_word_jieba_cut_a_name_s_last_character_from() -> None:
    text = "首轮对阵万缘芳。"
    assert segment.words(text)[2:4] == ["万缘", "芳"]
    assert people(text) == ["万缘芳"]


def test_a_place_s_people_are_no_name() -> None:
    text = "在蔡坪人的帮助下"
    assert segment.words(text)[1:3] == ["蔡坪", "人"]
    assert people(text) == []


def test_a_post_after_a_likely_two_character_name() -> None:
    assert people("开幕式上，邹芳副总裁致辞") == ["邹芳"]
    assert people("开幕式上，该行副总裁致辞") == []


def test_kin_and_people_words_in_apposition_before_a_name() -> None:
    assert people("那位苗族姑娘邹雯在台上唱歌") == ["邹雯"]
    assert people("她带着女儿邹雯去看病") == ["邹雯"]  # 去 is a verb of its own, not a third character
    assert people("她带着女儿高高兴兴地去") == []


def test_a_verb_with_its_particle_or_an_adverb_after_a_post_is_no_name() -> None:
    assert people("厂长说他已和车间主任商议过。") == []  # 商议|过: a verb and its aspect particle
    assert people("那名教练连照常训练都不去") == []  # 连|照常: an adverb; 那名: a pronoun and a measure word
    assert people("那位教授说") == []
    assert people("副市长李润军说") == ["李润军"]


def test_an_ordinary_word_before_a_title_after_a_name_is_no_name() -> None:
    assert people("实验室高级研究员邹芳回答说") == ["邹芳"]  # 高级|研究员: an adjective, not a name


def test_a_phrase_repeating_its_first_character_is_no_name() -> None:
    assert people("坚持以林养林的办法") == []  # 以林|养林
    assert people("坚持以文养文的办法") == []  # 以文养文, one word of jieba's HMM
    assert people("坚持以田养田的办法") == []  # 以田养|田


def test_a_surname_jieba_tags_nr_before_a_rarer_word_and_a_title() -> None:
    text = "台湾同胞柯海潮先生出席了仪式"
    assert segment.words(text)[1:4] == ["柯", "海潮", "先生"]  # 海潮: an ordinary word, 157 in jieba's counts
    assert people(text) == ["柯海潮"]


def test_surnames_jieba_tags_as_names_are_surnames() -> None:
    assert people("会上，洪晓岚说") == ["洪晓岚"]
    assert people("。沃川是欧洲最大的轴承制造商") == []  # 沃 is left out: a brand's character more often
    assert people("游客登上凤鸣阁远眺") == []  # 凤 is a surname too; 阁 ends a building's name


def test_a_tea_named_like_a_person_is_no_name() -> None:
    assert people("她泡了一壶柳峰茶") == []  # 柳峰|茶: a two-character name shape and a product


def test_a_surname_and_a_preposition_joined_by_jieba_is_no_name() -> None:
    text = "以外贸部长柯为组长的小组"
    assert "柯为" in segment.words(text)  # 以…为组长: the minister's surname and the preposition
    assert people(text) == []


def test_a_place_suffix_that_is_a_surname_too_is_not_cut_off_as_a_name() -> None:
    # jieba's HMM made 开区; 区 is a surname as well, but 开|区某 would read a zone's type as a person
    assert people("揭西经开区赋能") == []
    assert "区与新" not in people("海曙经开区与新和诚源新材料集团签约")  # 与: a function word, no given name


def test_a_city_jieba_lists_rarely_is_no_name_s_head() -> None:
    assert people("芦山经开区与信宜茂鼎新材料有限公司签约") == []  # 信宜|茂: a city and a firm's name


def test_an_adverb_as_a_given_name_before_a_verb_of_speech() -> None:
    assert people("开发区党工委书记滕刚刚表示，将全力") == ["滕刚刚"]


def test_find_names_steps_over_words_no_rule_starts_a_name_at() -> None:
    words = ["，", "2024", "发展", "开发区", "项目", "张", "王小", "卡尔", "建设"]
    # 项目 starts with a surname, 张 is one, 王小 has a name's shape, 卡尔 is a transliteration
    assert [w for w in words if _inert(w)] == ["，", "2024", "发展", "开发区", "建设"]


def test_a_name_inside_the_name_a_post_found_is_no_second_person() -> None:
    # 但 is a conjunction and a surname: after a post it is the surname, and 海鹏 is no one of its own
    assert people("管委会主任但海鹏表示，将做好服务") == ["但海鹏"]
