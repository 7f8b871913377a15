"""One page's bytes → one typed analysis: decode, parse, segment once, extract (pure, no database)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from .extract.page import PageEntities, extract_page
from .pages.decode import PageError, decode
from .pages.model import ParsedPage
from .pages.parse import check_nothing_lost, parse_page
from .zh import segment
from .zh.grams import gram_document


@dataclass
class Analysis:
    """Everything the build derives from one page's bytes, computed away from the database."""

    page: ParsedPage
    encoding: str
    warnings: list[str]
    segs: list[tuple[str, str]]  # per article: (title tokens, body tokens), space-joined
    grams: list[str]  # per article: its character grams
    entities: PageEntities


def analyse(data: bytes) -> Analysis:
    """Decode, parse and segment one page, then extract its entities from the same words."""
    dec = decode(data)
    return analyse_text(dec.text, dec.encoding, list(dec.warnings))


def analyse_text(text: str, encoding: str, warnings: list[str] | None = None) -> Analysis:
    """Parse and segment one page's text (decoded, or read from a PDF or a scan), then extract its entities."""
    page = parse_page(text)
    warnings = list(warnings or [])
    if lost := check_nothing_lost(text, page):
        warnings.append("parser lost text: " + "; ".join(lost))
    segs, gram_docs, words = [], [], []
    for a in page.articles:
        tw, bw = segment.words(a.head_text()), segment.words(a.body)
        words.append(tw + ["\n"] + bw)
        segs.append((segment.word_document("", tw), segment.word_document("", bw)))
        gram_docs.append(gram_document(a.title, a.body))
    return Analysis(page, encoding, warnings, segs, gram_docs, extract_page(page, words))


def warm() -> None:
    """Load what every analysis reads (dictionary, name statistics, gazetteer, word-list regexes) by analysing
    one bundled page: called before forking, the workers inherit it all instead of each loading it again."""
    page = min((p for p in resources.files("baokan.seeds").iterdir() if p.name.endswith(".txt")), key=lambda p: p.name)
    analyse(page.read_bytes())


def analyse_or_error(data: bytes) -> Analysis | str:
    """The analysis, or the one-line reason the page cannot be read."""
    try:
        return analyse(data)
    except PageError as e:
        return str(e)
