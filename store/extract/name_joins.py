"""Chinese names jieba cut apart (邵|一夫, 李铁|辰, 施家|禾), joined again where the shape, the character
statistics or a cue after them vouch for the whole."""

from __future__ import annotations

from ..zh import lexicon, segment
from ..zh.gazetteer import name_index
from ..zh.names import (
    FINAL_MIN_SHARE,
    NAME_TAGS,
    chinese_name_shape,
    final_share,
    given_name_ok,
    known_person,
    unknown_name,
)
from .translit import FUNCTION_TAGS

# A two-character word jieba lists this rarely may be a name's head it cut a last character from (某缘|芳)
RARE_HEAD_FREQ = 20
# A word rarer than this after a surname before a cue may be the given name (某|海潮先生; 对方 is far more frequent)
RARE_GIVEN_WORD_FREQ = 500


def cut_before_cue(ws: list[str], i: int, cues: dict[str, str]) -> str | None:
    """A name jieba cut in two (邵|一夫, 李铁|辰) right before a title or speech verb, else None: the cue
    vouches for the name the statistics alone would not."""
    w, nxt = ws[i], ws[i + 1] if i + 1 < len(ws) else ""
    cue = ws[i + 2] if i + 2 < len(ws) else ""
    if len(w) == 2 and len(nxt) >= 2 and cues.get(nxt[1:]) == "speech" and chinese_name_shape(w + nxt[0]):
        # 高云|江说: jieba glued the name's last character to the verb
        glued = not segment.tokenizer().FREQ.get(w + nxt[0]) and not name_index().get(w) and not _ordinary(w)
        return w + nxt[0] if glued else None
    if cue not in cues or not nxt or len(w + nxt) not in (3, 4) or not chinese_name_shape(w + nxt):
        return None
    if nxt in lexicon.words("name_next_chars") or name_index().get(w + nxt):
        return None
    if len(w) == 2 and _ordinary(w):
        return None  # 高点|X: an ordinary word, then something else (a name word of jieba's may go on: 某强|X)
    if len(nxt) == 1 and segment.word_tags().get(nxt) == "v" and final_share().get(nxt, 0.0) < FINAL_MIN_SHARE:
        return None  # 某肯|派: a whole name and a verb
    if len(w) == 1 and segment.word_tags().get(w) in FUNCTION_TAGS:
        return None  # 向|对方|介绍: a preposition, not a surname
    if len(nxt) == 2 and not given_name_ok(nxt) and (segment.tokenizer().FREQ.get(nxt) or 0) >= 100:
        if (cues[cue] != "after" or len(w) != 1) and not _surname_before_rare(w, nxt):
            return None  # X|对方: the given part is an ordinary word (X|炮兵本人: only a person takes 本人)
    return w + nxt


def _surname_before_rare(w: str, given: str) -> bool:
    """A surname jieba tags as a name (nr) before a rarer word, which may then be a given name (某|海潮先生)."""
    return segment.word_tags().get(w) == "nr" and (segment.tokenizer().FREQ.get(given) or 0) < RARE_GIVEN_WORD_FREQ


def _ordinary(w: str) -> bool:
    """A frequent word of jieba's that is no name word (高兴|地说: an ordinary word, then a particle and a verb)."""
    return (segment.tokenizer().FREQ.get(w) or 0) >= 100 and segment.word_tags().get(w) not in NAME_TAGS


def split_name(ws: list[str], i: int) -> str | None:
    """A three-character unknown name jieba cut as two characters + one (施家|禾), else None."""
    w, nxt = ws[i], ws[i + 1] if i + 1 < len(ws) else ""
    if len(w) != 2 or len(nxt) != 1 or nxt in lexicon.words("name_next_chars") or known_person(w):
        return None
    if nxt == w[0]:
        return None  # 以某养|某: a phrase repeating its first character, not a surname ending its own given name
    head = segment.entry(w)
    if head is not None and (head[0] >= RARE_HEAD_FREQ or head[1] != "n" or name_index().get(w)):
        return None  # 楼宇|正: a word of the dictionary, then the next word; a name word is whole (某肯|派); a city
    tag = segment.word_tags().get(nxt)
    if tag in FUNCTION_TAGS or (tag == "v" and final_share().get(nxt, 0.0) < FINAL_MIN_SHARE):
        return None  # 施军|从, 施亮|以: a preposition or verb after a two-character name
    return w + nxt if unknown_name(w + nxt) else None
