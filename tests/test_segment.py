"""rjieba segmentation is jieba's: the same words on the seeds and a generated corpus, the same table values."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import jieba
import jieba.posseg
import pytest
import rjieba
from baokan.store.zh import segment

from .conftest import SEEDS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from generate import Generator  # noqa: E402


@pytest.fixture(scope="module")
def jieba_loaded() -> None:
    """jieba itself, dictionary loaded: the reference the rjieba path must match."""
    jieba.setLogLevel(60)
    jieba.initialize()


def corpus_lines() -> list[str]:
    """Every line of the seeds and of 30 generated pages (another seed than the benchmark's)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    gen = Generator(seed=2024)
    texts += [gen.page(n, 7) for n in range(30)]
    return [line for t in texts for line in t.splitlines()]


def test_words_are_jieba_lcut_on_seeds_and_generated_pages(jieba_loaded: None) -> None:
    lines = corpus_lines()
    assert len(lines) > 5000
    diffs = [(line, jieba.lcut(line), segment.words(line)) for line in lines if jieba.lcut(line) != segment.words(line)]
    assert diffs == []


@pytest.mark.parametrize(
    "text",
    [
        "访问www.kxdb.com或163.com",
        "AI-IOT平台",
        "电话0351-14-0015",
        "增长3.5%，C++与a--b",
        "B2B-OK和v1.2.3",
        "  空格  ",
    ],
)
def test_ascii_runs_split_as_jieba_does(jieba_loaded: None, text: str) -> None:
    assert segment.words(text) == jieba.lcut(text)


def test_rjieba_alone_keeps_ascii_runs_whole() -> None:
    # Why words() post-processes ASCII tokens: rjieba's own cut differs from jieba exactly here.
    assert "AI-IOT" in rjieba.cut("AI-IOT平台")
    assert "163.com" in rjieba.cut("访问163.com")


def test_frequencies_and_tags_are_jiebas(jieba_loaded: None) -> None:
    sample = random.Random(5).sample(sorted(w for w, f in jieba.dt.FREQ.items() if f), 3000)
    freq, tags = segment.tokenizer().FREQ, segment.word_tags()
    assert [freq.get(w) for w in sample] == [jieba.dt.FREQ[w] for w in sample]
    assert [tags.get(w) for w in sample] == [jieba.posseg.dt.word_tag_tab.get(w) for w in sample]
    # jieba's table also holds every prefix with frequency 0; both read as "not a word".
    prefix = next(w for w, f in jieba.dt.FREQ.items() if f == 0)
    assert not freq.get(prefix) and not jieba.dt.FREQ.get(prefix)
    assert freq.get("不是一个词语吧") is None and "不是一个词语吧" not in freq


def test_search_tokens_are_cut_for_search(jieba_loaded: None) -> None:
    for line in corpus_lines()[:400]:
        ours = segment.search_tokens(segment.words(line))
        theirs = [w for w in jieba.lcut_for_search(line) if w.strip() and any(c.isalnum() for c in w)]
        assert ours == theirs, line


def test_dictionary_statistics_read_back_from_their_cache_as_computed(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from baokan.store.zh import names

    monkeypatch.setattr(segment, "cache_dir", lambda: tmp_path)
    for stat in (names.given_share, names.final_share, names.translit_chars):
        fresh = stat.__wrapped__.__wrapped__()  # type: ignore[attr-defined]  # under lru_cache, then the disk cache
        first, again = stat.__wrapped__(), stat.__wrapped__()  # type: ignore[attr-defined]  # computes, then reads
        assert fresh and first == fresh and again == fresh and type(again) is type(fresh)
    assert len(list(tmp_path.glob("*.json"))) == 3
