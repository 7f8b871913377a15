"""People beyond posts: dictionary and unknown names, cues, lists, transliterations (made-up names)."""

from __future__ import annotations

from baokan.store.extract.people import find_people
from baokan.store.zh import segment

from .persons import names, people


def test_an_unknown_three_character_name_is_a_person() -> None:
    assert names("会上施家禾介绍，项目已开工") == ["施家禾"]


def test_a_name_before_a_verb_of_speech_is_a_person() -> None:
    assert names("会上，沈芳说，今年要加快进度") == ["沈芳"]


def test_a_name_before_a_title_is_a_person() -> None:
    assert "柯岚" in names("柯岚教授出席了会议")


def test_names_in_a_list_count_when_one_of_them_is_sure() -> None:
    assert names("施家禾、沈芳、柯岚等出席") == ["施家禾", "沈芳", "柯岚"]


def test_a_transliterated_name_needs_a_cue_and_joins_at_the_dot() -> None:
    assert names("巴拉诺夫说，合作前景广阔") == ["巴拉诺夫"]
    assert names("他会见了维克多·巴拉诺夫") == ["维克多·巴拉诺夫"]


def test_ordinary_words_with_a_surname_first_are_not_people() -> None:
    assert names("会议强调，要和有关部门加强安全性管理，发布白皮书") == []


def test_a_form_of_address_is_not_a_full_name() -> None:
    assert names("陈小姐说，她很满意") == []


def test_a_post_that_ends_inside_a_word_gives_no_name() -> None:
    text = "多个成员国经济增长较快"
    people, _ = find_people(text, [], segment.words(text))
    assert people == []


def test_a_common_two_character_name_standing_as_a_person_is_one() -> None:
    assert names("今年，陶芳在车间里工作") == ["陶芳"]


def test_a_two_character_brand_after_a_place_is_no_person() -> None:
    assert names("山西陶芳智能科技") == []


def test_reporters_of_a_dateline_inside_the_text_are_people() -> None:
    text = "本报南京5月4日电记者柯岚、沈芳报道：今天开幕"
    people, roles = find_people(text, [], segment.words(text))
    assert {"柯岚", "沈芳"} <= {m.name for m in people}
    assert ("柯岚", "记者") in {(r.person, r.role) for r in roles}


def test_a_title_ending_a_longer_word_before_a_transliteration_marks_a_person() -> None:
    assert names("英国外交大臣巴拉诺夫今天发表声明") == ["巴拉诺夫"]


def test_an_adverb_may_stand_between_a_name_and_its_verb_of_speech() -> None:
    assert names("巴拉诺夫还表示，合作前景广阔") == ["巴拉诺夫"]


def test_a_surname_and_a_given_name_cut_apart_before_a_title_are_one_person() -> None:
    assert names("香港柯一帆为这里捐资") == []  # no cue: the statistics alone decide
    assert names("香港沈一舟先生为这里捐资建楼") == ["沈一舟"]
    assert names("对此，政委沈云江说：要抓落实") == ["沈云江"]


def test_a_name_glued_to_its_verb_of_speech_keeps_its_last_character() -> None:
    assert names("对此，政委林海江说：要抓落实") == ["林海江"]


def test_a_rare_transliteration_the_dictionary_knows_needs_a_cue() -> None:
    assert names("法国总理古杰拉尔在会上讲话") == ["古杰拉尔"]
    assert names("会议在古杰拉尔召开") == []
    assert names("法国总理佛蒙特州访问") == []  # a place's suffix


def test_a_transliteration_after_a_preposition_before_a_verb_is_a_place() -> None:
    assert names("总统23日在索菲亚会见了代表团") == []


def test_a_dotted_name_takes_every_run_of_transliteration_after_the_dot() -> None:
    assert names("大臣维克多·巴拉诺斯塔德日前宣布") == ["维克多·巴拉诺斯塔德"]


def test_a_conjunction_before_a_cue_is_no_surname() -> None:
    text = "企业代表和有关教授等参加了会议"
    assert people(text) == []


def test_a_dot_makes_a_transliteration_even_when_its_first_part_looks_chinese() -> None:
    assert names("宇航员杰克士·巴拉诺告诉记者") == ["杰克士·巴拉诺"]
    assert names("黑人马丁·巴拉诺夫被捆绑") == ["马丁·巴拉诺夫"]


def test_a_first_syllable_cut_off_after_a_title_belongs_to_the_name() -> None:
    assert names("部长卡利维·巴拉诺夫日前宣布") == ["卡利维·巴拉诺夫"]


def test_a_function_word_or_verb_glued_after_the_dot_is_left_out() -> None:
    assert names("市长安东·巴拉诺斯及各界人士出席") == ["安东·巴拉诺斯"]
    assert names("研究员维克多·巴拉诺斯说，前景广阔") == ["维克多·巴拉诺斯"]


def test_a_verb_after_a_whole_name_word_is_not_a_syllable_of_it() -> None:
    assert names("首相林肯派代表前来祝贺") == ["林肯"]


def test_a_preposition_after_a_two_character_name_is_not_its_third_character() -> None:
    assert names("县里决定把施军从一个乡调出") == ["施军"]


def test_a_role_before_a_transliteration_marks_a_person() -> None:
    assert names("外援巴拉诺夫攻入一球") == ["巴拉诺夫"]


def test_a_dot_between_two_chinese_words_is_no_transliteration() -> None:
    assert names("雄安·容东片区建设加快") == []


def test_a_transliteration_opening_a_clause_before_a_verb_is_its_subject() -> None:
    assert names("会后，巴拉诺夫从这里出发") == ["巴拉诺夫"]


def test_a_transliteration_the_dictionary_knows_as_a_city_or_team_is_no_person() -> None:
    assert names("会后，曼彻斯特将举办比赛") == []
    assert names("会后，曼彻斯特表示欢迎") == []


def test_a_name_after_a_role_word_is_a_person_with_that_role() -> None:
    text = "这首歌的作者施火星为学校谱写了校歌"
    people, roles = find_people(text, [], segment.words(text))
    assert [m.name for m in people] == ["施火星"]
    assert ("施火星", "作者") in {(r.person, r.role) for r in roles}


def test_after_a_role_word_an_ordinary_word_or_a_transliteration_is_no_chinese_name() -> None:
    text = "青年学者申请到中心访问，老将鲍勃·巴拉诺夫率队"
    assert people(text) == ["鲍勃·巴拉诺夫"]


def test_a_dictionary_name_word_that_also_names_a_city_is_no_person() -> None:
    assert names("今年，苏黎世举办了博览会") == []


def test_a_rare_transliteration_of_the_dictionary_before_a_conjunction_is_a_person() -> None:
    assert names("我们拜访了巴拉诺夫和他的同事") == ["巴拉诺夫"]
    assert names("我们拜访了三万人和他们的家") == []


def test_two_transliterated_name_words_with_no_break_are_one_name() -> None:
    assert names("参议员巴拉诺维奇宣布参选") == ["巴拉诺维奇"]


def test_a_rare_name_word_of_neither_shape_before_a_verb_of_speech_is_a_person() -> None:
    assert names("会上，吉川幸次说，合作前景广阔") == ["吉川幸次"]
    assert names("会上，今天上午表示欢迎") == []


def test_a_count_of_people_before_a_verb_is_no_name() -> None:
    assert names("来宾约八十余人出席。") == []


def test_a_surname_and_a_form_of_address_before_a_verb_is_no_full_name() -> None:
    assert names("休息时，柯老说，画画要静心") == []


def test_a_conjunction_and_an_ordinary_word_after_a_post_are_no_name() -> None:
    text = "公司经理和有关部门代表出席会议。"
    assert people(text) == []


def test_a_rare_transliteration_right_after_a_country_is_a_firm_or_brand() -> None:
    assert names("法国巴拉诺夫扩建工厂") == []
