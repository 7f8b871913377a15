"""Turn a page's lines into typed items: text, heading, dateline, byline, subtitle, marker."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..zh.names import split_names
from ..zh.text import SENTENCE_PUNCT_RE, TERMINAL, cjk_len, has_cjk, width

# 下转A2版, （上接 D1 版）, 接上版: a link to another page of the same article.
MARKER_RE = re.compile(
    r"[（(]?\s*(?P<dir>上接|下转|接上|转下|紧接)\s*(?:第\s*)?(?P<page>[A-Za-z]?\s*\d{1,2}|[一二三四五六七八九十]{1,2})\s*版\s*[）)]?"
)
MARKER_LINE_RE = re.compile(rf"^\s*{MARKER_RE.pattern}\s*$")
MARKER_END_RE = re.compile(r"\s*(?P<m>[（(]\s*(?:上接|下转|转下|紧接)[^（()）]{1,10}版\s*[）)])\s*$")
# A dateline opens an article: 科学导报讯 / 科学导报 / 本刊讯 / 本报讯 / 新华社北京5月1日电.
DATELINE_RE = re.compile(
    r"^\s*(?P<dl>(?:本刊|本报)讯|[\u4e00-\u9fff]{2,6}报讯|[\u4e00-\u9fff]{2,6}报(?=\s)|新华社[\u4e00-\u9fff\d月日]{0,12}电)"
    r"(?P<rest>.*)$"
)
REPORTER_RE = re.compile(
    r"^\s*(?P<who>(?:(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff]{2,4}(?:\s*[、\s]\s*[\u4e00-\u9fff]{2,4})*\s*)+)\s"
)
HEADING_MARK_RE = re.compile(r"^\s*(?P<mark>#{1,6})\s+(?P<text>.*)$")
SUBTITLE_RE = re.compile(r"^\s*(?:—{2,}|-{2,}|──)")
# ■ 麻洁琼 / ■ 董保彤摄 / （张鹏） / 记者 王波 as a line of its own.
BULLET_BYLINE_RE = re.compile(r"^\s*[■●▲◆□]\s*(?P<names>[\u4e00-\u9fff\s、/]{2,30}?)\s*(?P<photo>摄|/摄|文/图)?\s*$")
PAREN_BYLINE_RE = re.compile(r"^\s*[（(]\s*(?P<names>[\u4e00-\u9fff\s、/]{2,30}?)\s*[）)]\s*$")
# What a byline says about its people: 记者, 本刊记者, 通讯员, 文/, /图, 摄影 … (not part of any name).
BYLINE_ROLE_RE = re.compile(
    r"(?:本报|本刊|特约|见习|实习)*(?:记者|通讯员|实习生|撰稿人?)|文\s*/\s*图|[文图]\s*/|/\s*[文图]|摄影|文图"
)
# A bare byline that says who its people are: '记者 林北 通讯员 江帆', '文/林北 图/江帆'.
ROLE_BYLINE_RE = re.compile(rf"^\s*(?:{BYLINE_ROLE_RE.pattern})\s*[\u4e00-\u9fff\s、/]{{2,30}}$")
SUFFIX_BYLINE_RE = re.compile(
    rf"^(?P<body>.*[{TERMINAL}”」』）)])\s*(?P<by>[（(]\s*[\u4e00-\u9fff\s、]{{2,30}}?\s*[）)]|\s(?:(?:本报|本刊)?(?:记者|通讯员)\s*)?[\u4e00-\u9fff]{{2,4}}(?:\s+[\u4e00-\u9fff]{{2,4}}){{0,5}})\s*$"
)
PROSE_RE = re.compile("[，,、]")
# Punctuation a headline line may end with: a kicker's colon, an exclamation.
HEAD_END_PUNCT = "：:！!？?"
# A headline line is at most this many Chinese characters; a bare line of names at most this many.
HEADING_MAX_CJK = 60
BYLINE_MAX_CJK = 16


@dataclass
class Item:
    """One typed piece of a page, in reading order."""

    kind: str  # text | heading | subtitle | dateline | byline | marker
    text: str  # the printed text of this piece (without markdown marks)
    line: int  # index of the page line it came from
    blank_before: int = 0  # blank lines between this piece and the previous one
    level: int = 0  # markdown heading level (## → 2), 0 when unmarked
    mark: str = ""  # markdown marks removed from the line, kept for the nothing-lost check
    names: tuple[str, ...] = ()  # byline: people's names
    dateline: str = ""  # dateline: 科学导报讯; text then holds the rest of the line
    reporter: str = ""  # dateline: 记者王波 as printed
    direction: str = ""  # marker: up (上接, continued from) or down (下转, continued to)
    page: str = ""  # marker: the other page, e.g. A2

    @property
    def width(self) -> int:
        return width(self.text)


def byline_names(s: str) -> tuple[str, ...] | None:
    """Names in a printed byline ('■ 董保彤摄', '（张鹏）', '吴珊 张蓓蕾'), or None if it is not one."""
    for rx in (BULLET_BYLINE_RE, PAREN_BYLINE_RE):
        if m := rx.match(s):
            names = split_names(BYLINE_ROLE_RE.sub(" ", m.group("names")))
            return tuple(names) if names else None
    if ROLE_BYLINE_RE.match(s):
        names = split_names(BYLINE_ROLE_RE.sub(" ", s))
        return tuple(names) if names else None
    if s.rstrip().endswith(("、", "，", ",")):
        return None  # a list of names that runs on: part of a sentence
    if cjk_len(s) > BYLINE_MAX_CJK:
        return None  # too long for a line of names: most lines of a page, so split_names is spared them
    names = split_names(s)
    return tuple(names) if names else None


@lru_cache(maxsize=16384)  # the layout pass asks about the same lines several times
def is_headingish(s: str) -> bool:
    """Could this line be (part of) a headline: short, no sentence punctuation, at most one comma."""
    n = cjk_len(s)
    return (
        has_cjk(s)
        and n <= HEADING_MAX_CJK
        and not SENTENCE_PUNCT_RE.search(s)
        and "：" not in s
        and ":" not in s
        and s.count("，") + s.count(",") <= 1
        and not s.rstrip().endswith(("，", ","))
    )


def is_head_shaped(s: str) -> bool:
    """A headline line, allowing the '：' of a kicker split off or the '！' of an exclamation at its end."""
    core = s.strip().rstrip(HEAD_END_PUNCT)
    return bool(core) and not any(c in HEAD_END_PUNCT for c in core) and is_headingish(core)


def is_prose(s: str) -> bool:
    """True when a line has a comma or an enumeration mark inside it: body text, not a headline."""
    return bool(PROSE_RE.search(s.rstrip("，,、 ")))


def is_marked_byline(s: str) -> bool:
    """True for a byline set off by a bullet or brackets (■ 张三, （张三）), not a bare line of names."""
    return bool(BULLET_BYLINE_RE.match(s) or PAREN_BYLINE_RE.match(s))


def _marker(text: str, line: int, blank: int) -> Item:
    m = MARKER_RE.search(text)
    assert m is not None
    direction = "up" if m.group("dir") in {"上接", "接上"} else "down"
    page = re.sub(r"\s+", "", m.group("page"))
    return Item("marker", text.strip(), line, blank, direction=direction, page=page)


def classify_line(raw: str, line: int, blank: int) -> list[Item]:
    """Split one non-blank line into items (a line may end in a byline or a continuation marker)."""
    text = raw.strip()
    if MARKER_LINE_RE.match(text):
        return [_marker(text, line, blank)]
    if m := MARKER_END_RE.search(text):
        head = text[: m.start()]
        if head.strip():
            return classify_line(head, line, blank) + [_marker(m.group("m"), line, 0)]
    if m := HEADING_MARK_RE.match(text):
        inner = m.group("text").strip()
        kind = "subtitle" if SUBTITLE_RE.match(inner) else "heading"
        return [Item(kind, inner, line, blank, level=len(m.group("mark")), mark=m.group("mark"))]
    if m := DATELINE_RE.match(text):
        rest = m.group("rest")
        reporter = ""
        if r := REPORTER_RE.match(rest):
            reporter = r.group("who").strip()
            rest = rest[r.end() :]
        names = tuple(n for part in re.split(r"记者|通讯员|实习生", reporter) for n in (split_names(part) or []))
        items = [Item("dateline", rest.strip(), line, blank, dateline=m.group("dl"), reporter=reporter, names=names)]
        if rest.strip():
            return _split_suffix_byline(items)
        return items
    if SUBTITLE_RE.match(text) and is_headingish(text.lstrip("—-─ ")):
        return [Item("subtitle", text, line, blank)]
    if found := byline_names(text):
        return [Item("byline", text, line, blank, names=found)]
    return _split_suffix_byline([Item("text", text, line, blank)])


def _split_suffix_byline(items: list[Item]) -> list[Item]:
    """'…加速度”。 董保彤' → the text and a byline item."""
    last = items[-1]
    m = SUFFIX_BYLINE_RE.match(last.text)
    if not m:
        return items
    names = byline_names(m.group("by").strip())
    if not names:
        return items
    last.text = m.group("body").rstrip()
    return items + [Item("byline", m.group("by").strip(), last.line, 0, names=names)]


def classify(lines: list[str], start: int = 0) -> list[Item]:
    """Items for lines[start:], with the number of blank lines before each."""
    items: list[Item] = []
    blank = 0
    for i in range(start, len(lines)):
        if not lines[i].strip():
            blank += 1
            continue
        items.extend(classify_line(lines[i], i, blank))
        blank = 0
    return items
