"""Is this token a Chinese personal name? A surname gazetteer plus shape rules."""

from __future__ import annotations

import re

from . import lexicon

CJK_NAME_RE = re.compile("^[\u4e00-\u9fff]{2,4}$")


def is_name(token: str) -> bool:
    """True when token has the shape of a Chinese personal name (surname + 1–2 characters)."""
    if not CJK_NAME_RE.match(token) or token in lexicon.words("name_common_words"):
        return False
    if token[-1] in lexicon.words("name_not_endings"):
        return False
    if token[:2] in lexicon.compound_surnames():
        return 3 <= len(token) <= 4
    return token[0] in lexicon.surnames() and len(token) <= 3


def split_names(s: str) -> list[str] | None:
    """Split a byline like '吴珊 张蓓蕾' into names; None unless every token is a name."""
    tokens = [t for t in re.split(r"[\s、,，]+", s.strip()) if t]
    if not tokens or len(tokens) > 5:
        return None
    return tokens if all(is_name(t) for t in tokens) else None
