"""Foreign names: transliterations jieba knows or cuts, dots and dashes, their cues, and foreign places
(made-up names; real cities only as places)."""

from __future__ import annotations

from itertools import accumulate

from baokan.store.extract.foreign import foreign_places
from baokan.store.extract.mentions import Mention
from baokan.store.zh.foreign import foreign_word, translit_candidate, translit_share

from .persons import names, people


def test_transliteration_characters_are_counted_by_share_not_by_presence() -> None:
    share = translit_share()
    assert share["斯"] > 0.1 > share.get("人", 0.0)


def test_a_nationality_is_no_transliterated_name() -> None:
    assert not translit_candidate("芬兰人")
    assert not foreign_word("芬兰人")


def test_a_title_after_a_preposition_vouches_for_the_name() -> None:
    assert names("外长对卡莫洛维总统来访表示欢迎") == ["卡莫洛维"]


def test_a_deputy_title_after_the_name_vouches_for_it() -> None:
    assert names("在记者会上，卡莫洛维副总理介绍了情况") == ["卡莫洛维"]


def test_a_name_before_deng_ren_is_a_person() -> None:
    assert names("据报道，萨维诺夫等人已被释放") == ["萨维诺夫"]


def test_pieces_jieba_cut_after_a_title_join_into_one_name() -> None:
    assert names("新任国防部长叶帕申科曾任检察长") == ["叶帕申科"]


def test_a_post_gives_way_to_the_whole_transliteration() -> None:
    assert people("交通部长加斯帕诺上周宣布，产量大增") == ["加斯帕诺"]


def test_a_dash_after_a_dictionary_name_joins_as_a_dot() -> None:
    assert names("众议员约翰—卡洛维昨天发表演讲") == ["约翰—卡洛维"]


def test_a_dotted_name_keeps_the_last_syllable_jieba_took_for_a_surname() -> None:
    assert names("剑桥大学的安德鲁·维拉肖和同事们") == ["安德鲁·维拉肖"]


def test_a_nationality_before_a_dotted_name_stays_out_of_it() -> None:
    assert names("董事会推选瑞典人奥莱洛·卡塔维担任主席") == ["奥莱洛·卡塔维"]


def test_a_profession_before_a_transliteration_is_a_title() -> None:
    assert names("著名音乐家德拉维特的新作上演") == ["德拉维特"]


def test_a_country_before_its_head_of_state_is_no_person() -> None:
    assert names("峰会期间，卡塔维纳总统卡洛维发表讲话") == ["卡洛维"]


def test_a_word_before_an_organisation_word_is_no_person_anywhere_in_the_article() -> None:
    assert names("各方对阿德莱德会议的结果满意，阿德莱德表示欢迎") == []


def test_two_transliterations_joined_by_he_are_two_people() -> None:
    assert names("昨天，萨维诺夫和卡塔维奇一起参观了工厂") == ["萨维诺夫", "卡塔维奇"]


def test_a_country_and_de_before_an_unknown_transliteration_make_a_person() -> None:
    assert names("她击败了芬兰的卡塔维奇，获得冠军") == ["卡塔维奇"]


def test_a_city_of_a_weather_table_is_no_person() -> None:
    assert names("北京晴10℃／19℃哈拉雷晴30℃／35℃卢萨卡多云28℃／33℃") == []


def test_a_japanese_surname_before_a_state_office_is_a_person() -> None:
    assert names("森川首相出席了晚宴") == ["森川"]
    assert names("他向泷泽首相赠送了礼物") == ["泷泽"]


def test_a_word_for_a_room_or_a_kind_of_body_before_a_title_is_no_person() -> None:
    assert names("她调任化验室主任") == []
    assert names("此外，部分产煤国也表示赞同") == []


def test_a_thai_name_jieba_cut_before_a_cue_is_joined() -> None:
    assert names("随后，素拉威猜副总理宣布，新机场将开工") == ["素拉威猜"]
    assert names("。差瓦猜强调，改革必须继续") == ["差瓦猜"]


def test_a_day_after_a_transliteration_opening_a_clause_makes_it_a_subject() -> None:
    assert names("。卡塔维纳8日抵达上海") == ["卡塔维纳"]


def test_a_rare_first_name_before_a_dot_opens_a_dotted_name() -> None:
    assert names("她会见了英国前文化大臣芭芭娜·维克特。随后") == ["芭芭娜·维克特"]


def test_a_noun_name_opening_a_clause_before_an_adverb_and_a_verb_of_speech_is_a_person() -> None:
    assert names("会谈结束后，森川还表示，双方将加强合作") == ["森川"]


def test_a_chinese_name_between_two_titles_stays_a_person() -> None:
    assert names("国家主席施家禾总理卡洛维出席") == ["施家禾", "卡洛维"]


def test_the_object_of_a_verb_of_meeting_is_a_person_unless_a_noun_follows() -> None:
    assert names("总统会见了卡塔维纳，双方谈了合作") == ["卡塔维纳"]
    assert names("总统会见了卡塔维纳代表团") == []


def test_an_adverbial_after_a_transliteration_opening_a_clause_makes_it_a_subject() -> None:
    assert names("会后，卡塔维纳郑重地宣布，工程将开工") == ["卡塔维纳"]


def test_a_japanese_surname_and_a_given_name_jieba_read_as_a_noun_join_before_speech() -> None:
    assert names("。森村太郎说，双方将加强合作") == ["森村太郎"]
    assert names("。有位老人说，要加强合作") == []


def test_a_run_of_dotted_words_stops_at_four_dots() -> None:
    # hostile or broken text: a name never runs on for thousands of characters
    found = names("卡拉·" * 200)
    assert found and max(len(n) for n in found) == len("卡拉·卡拉·卡拉·卡拉·卡拉")


def foreign_places_in(ws: list[str], name: str) -> set[str]:
    """foreign_places over the given words, the name found where it is printed."""
    text = "".join(ws)
    word_at = dict(zip(accumulate(map(len, ws), initial=0), ws))
    i = text.index(name)
    return foreign_places(text, word_at, [Mention("person", name, name, i, i + len(name))])


def test_a_word_that_makes_a_place_after_a_name_and_as_its_end_counts_in_both_places() -> None:
    # 宫 is listed both after a name (jieba cut it off) and as a name's last character
    assert foreign_places_in(["游客", "参观", "了", "卡洛维", "宫"], "卡洛维") == {"卡洛维"}


def test_a_country_of_any_length_before_a_name_and_a_place_makes_it_a_city() -> None:
    assert foreign_places_in(["他", "在", "意大利", "卡洛维", "上海", "工作"], "卡洛维") == {"卡洛维"}
    assert foreign_places_in(["他", "在", "法国", "卡洛维", "上海", "工作"], "卡洛维") == {"卡洛维"}
