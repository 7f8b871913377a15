"""Chinese-shaped names: names jieba glued to a neighbour, context that vouches for a name (made-up names)."""

from __future__ import annotations

from baokan.store.extract.name_glue import recut_glued
from baokan.store.extract.people import find_people
from baokan.store.zh import segment


def people(text: str) -> list[str]:
    return [m.name for m in find_people(text, [], segment.words(text))[0]]


def test_a_preposition_glued_before_a_name_is_cut_off() -> None:
    text = "据报道，以赵晓振为团长的代表团"
    assert "赵晓振为" in segment.words(text)  # jieba's HMM word: the name and the preposition after it
    assert people(text) == ["赵晓振"]


def test_a_verb_glued_to_a_surname_is_cut_off_and_the_name_joined() -> None:
    text = "九段执黑中盘胜赵振国六段。"
    assert recut_glued(segment.words(text))[2:6] == ["中盘", "胜", "赵振国", "六段"]
    assert people(text) == ["赵振国"]


def test_a_preposition_glued_to_a_surname_in_a_list_of_pairs() -> None:
    assert people("有赵汝权对卫振国、吕强对") == ["赵汝权", "卫振国", "吕强"]


def test_a_verb_of_speech_glued_after_a_name_is_cut_off() -> None:
    text = "法学班班长赵晓说，大家"
    assert recut_glued(segment.words(text))[-4:] == ["赵晓", "说", "，", "大家"]
    assert people(text) == ["赵晓"]


def test_a_name_whose_last_character_jieba_glued_to_the_list_end() -> None:
    text = "公司总裁赵国华等。该单位"
    assert "华等" in segment.words(text)
    assert people(text) == ["赵国华"]
    assert people("公司总裁赵振等。") == ["赵振"]


def test_a_name_ending_in_a_character_that_may_start_a_word_stays_whole() -> None:
    # 来 starts words (来京) but ends given names too: the whole is a name, no verb glued to it
    assert recut_glued(["记者", "潘云来", "报道"]) == ["记者", "潘云来", "报道"]


def test_words_jieba_knows_and_foreign_syllables_are_not_recut() -> None:
    assert recut_glued(["对", "方案", "进行"]) == ["对", "方案", "进行"]
    assert recut_glued(["考斯曼", "先生"]) == ["考斯曼", "先生"]  # 斯曼: transliteration syllables


def test_words_only_a_person_takes_after_a_name_vouch_for_it() -> None:
    assert people("收录了寇振烈士的文章") == ["寇振"]
    assert people("中盘胜蔡鸣六段；") == ["蔡鸣"]
    assert people("。祁红星元帅当时也") == ["祁红星"]  # jieba cut it 祁红|星
    assert people("有关单位邬新平二人心里着急") == ["邬新平"]  # 邬|新平


def test_after_such_a_word_a_given_name_may_be_an_ordinary_word() -> None:
    # 炮兵 and 晨光 are ordinary words; before a title they would not make a name, before 本人 or 执导 they do
    assert people("改练网球。”卢炮兵本人先后多次获奖") == ["卢炮兵"]
    assert people("该剧由邓晨光执导，") == ["邓晨光"]


def test_ordinary_words_before_those_words_are_no_names() -> None:
    assert people("双方高层二人都表示满意") == []
    assert people("代表团一行抵达") == []


def test_a_dictionary_word_of_a_full_name_shape_before_a_verb_of_speech() -> None:
    # a figure of history that jieba's dictionary holds, but not as a person word
    text = "同年，程咬金说，"
    assert segment.word_tags().get("程咬金") not in {"nr", "nrfg"}
    assert people(text) == ["程咬金"]
    assert people("在莫斯科会见了代表团") == []  # transliteration characters: a city, whatever follows
