"""Small pure helpers about Chinese text: character classes, widths, punctuation."""

from __future__ import annotations

import re
from collections import Counter

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
# Punctuation that ends a sentence or a list item; a line ending in one of these may end a paragraph.
TERMINAL = "。！？!?…；;"
# Closers that may follow terminal punctuation: 。” or ！）
CLOSERS = "”’」』）)】》\"'"
# Punctuation that never appears inside a headline (commas are rare but allowed).
SENTENCE_PUNCT_RE = re.compile("[。！？!?；;]")


# East Asian wide and full-width blocks (Hangul, CJK, kana, full-width forms): two terminal columns each.
WIDE_RE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


def width(s: str) -> int:
    """Display width: East Asian wide and full-width characters count two columns."""
    return len(s) + len(WIDE_RE.findall(s))


def ends_sentence(s: str) -> bool:
    """True when a line ends with terminal punctuation, allowing closing quotes after it."""
    t = s.rstrip()
    while t and t[-1] in CLOSERS:
        # 。” ends a sentence; a bare ” (as in 当好“招商先锋”) does not.
        if len(t) >= 2 and t[-2] in TERMINAL + CLOSERS:
            t = t[:-1]
        else:
            return False
    return bool(t) and t[-1] in TERMINAL


def has_cjk(s: str) -> bool:
    """True when s contains at least one CJK ideograph."""
    return CJK_RE.search(s) is not None


def cjk_len(s: str) -> int:
    """Number of non-space characters, the unit headline lengths are judged in."""
    return len("".join(s.split()))  # str.split() drops exactly what str.isspace() calls space


def ink(s: str) -> Counter[str]:
    """The multiset of non-whitespace characters: what 'nothing lost' is measured in."""
    return Counter("".join(s.split()))


def join_wrapped(a: str, b: str) -> str:
    """Join two pieces of a hard-wrapped line: no space between CJK, one between Latin words."""
    a = a.rstrip()
    b = b.lstrip()
    if not a or not b:
        return a + b
    if a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b
