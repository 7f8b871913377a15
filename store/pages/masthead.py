"""Find the masthead at the top of a page and read the issue's metadata from it."""

from __future__ import annotations

import re

from .model import IssueMeta

ISSUE_RE = re.compile(r"(?<!总)第\s*(\d{1,5})\s*期")
TOTAL_RE = re.compile(r"总第\s*(\d{1,6})\s*期")
DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# Lines that only a masthead prints: issue numbers, founding year, publisher, registration, contact.
MASTHEAD_RE = re.compile(
    r"总第\s*\d+\s*期|第\s*\d+\s*期|创刊于|主管|主办|出版物号|邮发代号|刊号|CN\s*\d{2}\s*-\s*\d{4}|"
    r"网址|投稿邮箱|今日\s*\d+\s*版|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期"
)
SUPPLEMENT_SUFFIX_RE = re.compile(r"^(周刊|专刊|副刊|特刊|增刊)$")
SUPPLEMENT_INLINE_RE = re.compile(r"^#*\s*(\S{2,12}?)\s*(周刊|专刊|副刊|特刊|增刊)$")
PAPER_RE = re.compile(r"([\u4e00-\u9fff]{2,6}报)(?:讯)?(?:\s|$)")
# How far down the page a masthead may reach, in non-blank lines.
MASTHEAD_SPAN = 40
# A supplement's name may follow the masthead's last dated line within this many non-blank lines.
SUPPLEMENT_SPAN = 2


def masthead_end(lines: list[str]) -> int:
    """Index one past the masthead's last line, or 0 when the page has no masthead.

    A masthead needs two distinct masthead-only lines near the top; everything up to the last of
    them (slogans, the supplement's name) belongs to it.
    """
    hits: list[int] = []
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > MASTHEAD_SPAN or len(line) > 120:
            break
        if MASTHEAD_RE.search(line):
            hits.append(i)
    if len(hits) < 2:
        return 0
    return _supplement_end(lines, hits[-1] + 1)


def _supplement_end(lines: list[str], end: int) -> int:
    """Past a supplement's name printed just under the masthead ('开发区观察' / '周刊', or '开发区观察周刊')."""
    full = [i for i in range(end, min(len(lines), end + 2 * SUPPLEMENT_SPAN)) if lines[i].strip()][:SUPPLEMENT_SPAN]
    texts = [strip_heading_marks(lines[i]) for i in full]
    for k, text in enumerate(texts):
        if SUPPLEMENT_INLINE_RE.match(text) or (k > 0 and SUPPLEMENT_SUFFIX_RE.match(text)):
            return full[k] + 1
    return end


def strip_heading_marks(line: str) -> str:
    """Drop markdown heading marks ('## 开发区建设' → '开发区建设')."""
    return re.sub(r"^\s*#{1,6}\s*", "", line).strip()


def read_masthead(lines: list[str]) -> IssueMeta:
    """Issue number, running number, date and supplement from the masthead's lines."""
    meta = IssueMeta()
    text = "\n".join(lines)
    if m := TOTAL_RE.search(text):
        meta.total_number = int(m.group(1))
    if m := ISSUE_RE.search(text):
        meta.issue_number = int(m.group(1))
    if m := DATE_RE.search(text):
        y, mo, d = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            meta.date = f"{y:04d}-{mo:02d}-{d:02d}"
    clean = [strip_heading_marks(x) for x in lines if x.strip()]
    for i, line in enumerate(clean):
        if SUPPLEMENT_SUFFIX_RE.match(line) and i > 0:
            meta.supplement = f"{clean[i - 1]} {line}"
            break
        if m := SUPPLEMENT_INLINE_RE.match(line):
            meta.supplement = f"{m.group(1)} {m.group(2)}"
            break
    return meta


def paper_from_datelines(datelines: list[str]) -> str | None:
    """The paper's name as its datelines print it (科学导报讯 → 科学导报), if any names one."""
    names = [m.group(1) for d in datelines if (m := PAPER_RE.match(d))]
    return max(set(names), key=names.count) if names else None
