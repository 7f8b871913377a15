"""Pages in any encoding read the same; bad bytes are reported by offset; non-pages are refused."""

from __future__ import annotations

import codecs
import time

import pytest
from baokan.store.pages.decode import BinaryPage, EmptyPage, OversizedPage, decode
from baokan.store.pages.parse import parse_page

from .conftest import seed_text

TEXT = seed_text("001")


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk", errors="strict"),
        TEXT.encode("utf-16"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom", "crlf"],
)
def test_encodings_read_like_the_utf8_original(data: bytes) -> None:
    dec = decode(data)
    assert dec.text == TEXT and dec.warnings == []
    assert parse_page(dec.text) == parse_page(TEXT)


def test_undecodable_bytes_are_replaced_and_reported_by_offset() -> None:
    data = "科学导报讯 正文".encode() + b"\xff" + "。".encode()
    dec = decode(data)
    assert dec.text == "科学导报讯 正文\ufffd。"
    assert dec.warnings == ["1 undecodable byte sequence(s) replaced with U+FFFD at byte offset 22"]


@pytest.mark.parametrize("data", [b"", b" \n\r\n\t"])
def test_empty(data: bytes) -> None:
    with pytest.raises(EmptyPage):
        decode(data)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 32)) * 50])
def test_binary(data: bytes) -> None:
    with pytest.raises(BinaryPage):
        decode(data)


def test_oversized() -> None:
    with pytest.raises(OversizedPage):
        decode(b"a" * (33 * 1024 * 1024))


def test_megabytes_without_line_breaks_parse() -> None:
    # Not a timing assertion (speed lives in bench/): the page must parse and keep every character.
    text = ("招商引资项目签约，总投资87亿元。" * 100_000)[:1_300_000]  # ≈ 3.9 MB, under the page limit
    started = time.perf_counter()
    page = parse_page(decode(text.encode()).text)
    assert len(page.articles) == 1 and len(page.articles[0].body) == len(text)
    assert time.perf_counter() - started < 120  # a hang guard only


def test_a_page_of_many_megabytes_is_refused_in_one_line() -> None:
    # A 20 MB "page" (an archive in one file, or junk) would take minutes to read: refused at once.
    with pytest.raises(OversizedPage, match="limit for a page"):
        decode(("招商引资。" * 1_400_000).encode())
