"""Hostile pages: pipes, devices, huge and sparse files, NUL bytes, foreign encodings, unreadable folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import build as ingest
from baokan.store.files import UnreadableFile, read_regular
from baokan.store.pages.decode import MAX_BYTES, BinaryPage, decode

from .hostile import baokan, copy_pages, out_text, seed_page

# Written for these tests (not from any corpus): a traditional-Chinese paragraph about a development zone.
TRADITIONAL = (
    "本報訊 經濟開發區管理委員會昨日舉行簽約儀式，共簽約項目十二個。會議指出，開發區將繼續優化營商環境，"
    "加快產業轉型升級，推動高品質發展。\n記者從會上獲悉，今年以來，全區新增企業數量較去年同期明顯增長。\n"
)
SIMPLIFIED = (
    "本报讯 经济开发区管理委员会昨日举行签约仪式，共签约项目十二个。会议指出，开发区将继续优化营商环境，"
    "加快产业转型升级，推动高质量发展。\n记者从会上获悉，今年以来，全区新增企业数量较去年同期明显增长。\n"
)


def skip_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if ": skipped: " in line]


def test_fifo_named_like_a_page_is_skipped_not_waited_on(tmp_path: Path) -> None:
    pages = copy_pages(tmp_path / "pages", 1)
    os.mkfifo(pages / "x.txt")
    proc = baokan("build", pages, "--db", tmp_path / "s.db", "--workers", "1", timeout=120)
    out = out_text(proc)
    assert proc.returncode == 1, out
    assert skip_lines(out) == [f"{pages / 'x.txt'}: skipped: not a regular file (a named pipe)"]
    assert "1 added" in out


def test_symlink_to_a_device_is_skipped(tmp_path: Path) -> None:
    pages = copy_pages(tmp_path / "pages", 1)
    (pages / "zero.txt").symlink_to("/dev/zero")
    report = ingest.build(store_db.create(tmp_path / "s.db"), [pages], workers=1)
    assert (report.added, report.skipped) == (1, 1)
    assert report.messages == [f"{pages / 'zero.txt'}: skipped: not a regular file (a character device)"]


def test_sparse_file_larger_than_a_page_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(6 * 1024**3)  # 6 GB that take no disk: reading it whole would take minutes and memory
    report = ingest.build(store_db.create(tmp_path / "s.db"), [huge], workers=1)
    assert report.skipped == 1
    assert report.messages == [
        f"{huge}: skipped: {6 * 1024**3:,} bytes is more than the {MAX_BYTES:,}-byte limit for a page"
    ]


def test_read_is_bounded_even_when_the_size_lies(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes(b"a" * 100)
    with pytest.raises(UnreadableFile, match="limit"):
        read_regular(page, 10)
    assert read_regular(page, 100)[0] == b"a" * 100


def test_page_swapped_for_a_fifo_mid_build_is_skipped(tmp_path: Path) -> None:
    pages = copy_pages(tmp_path / "pages", 2)
    victim = sorted(pages.glob("*.txt"))[1]
    swapped: list[bool] = []

    def progress(done: int, total: int, name: str) -> None:
        if not swapped:  # after the build has listed and hashed the pages, before it analyses them
            victim.unlink()
            os.mkfifo(victim)
            swapped.append(True)

    report = ingest.build(store_db.create(tmp_path / "s.db"), [pages], progress=progress, workers=1)
    assert swapped and (report.added, report.skipped) == (1, 1)
    assert report.messages == [f"{victim}: skipped: not a regular file (a named pipe)"]


def test_unreadable_sub_folder_is_reported_and_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = copy_pages(tmp_path / "pages", 1)
    locked = pages / "locked"
    copy_pages(locked, 1)
    if os.geteuid() == 0:  # root lists any folder: make the listing fail as permissions would
        real = os.scandir

        def scandir(path: object = ".") -> object:
            if Path(os.fsdecode(path)) == locked:  # type: ignore[arg-type]
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
    try:
        report = ingest.build(store_db.create(tmp_path / "s.db"), [pages], workers=1)
    finally:
        locked.chmod(0o755)
    assert (report.added, report.skipped) == (1, 1)
    assert report.messages == [f"{locked}: skipped: cannot read folder (Permission denied)"]


def test_nul_bytes_follow_one_rule_wherever_they_are() -> None:
    text = seed_page(1).read_text(encoding="utf-8")
    early = text[:10] + "\0" + text[10:]
    late = text + "\0"
    for page in (early, late):
        dec = decode(page.encode("utf-8"))
        assert dec.text == text and dec.warnings == ["1 NUL byte(s) removed"]
    with pytest.raises(BinaryPage):
        decode(("\0" * 50 + text[:1000]).encode("utf-8"))


def test_big5_is_detected_not_read_as_gb18030() -> None:
    dec = decode(TRADITIONAL.encode("big5"))
    assert dec.text == TRADITIONAL and dec.encoding == "big5" and dec.warnings == []


def test_traditional_characters_in_gb18030_stay_gb18030() -> None:
    dec = decode(TRADITIONAL.encode("gb18030"))
    assert dec.text == TRADITIONAL and dec.encoding == "gb18030"


def test_lines_mixing_utf8_and_gb18030_each_read_right_with_a_warning() -> None:
    first, second = SIMPLIFIED.splitlines(keepends=True)
    dec = decode(first.encode("utf-8") + second.encode("gb18030"))
    assert dec.text == SIMPLIFIED
    assert dec.warnings == ["mixed encodings: 1 line(s) read as UTF-8, 1 as GB18030"]


def test_text_that_is_not_chinese_prose_gets_a_warning() -> None:
    dec = decode(b"lorem ipsum dolor sit amet, consectetur adipiscing elit\n" * 20)
    assert any("does not look like Chinese prose" in w for w in dec.warnings)


def test_garbled_text_gets_a_warning() -> None:
    # Big5 bytes forced through the wrong decoder: what a missed detection would show.
    garbled = TRADITIONAL.encode("big5").decode("gb18030", errors="replace")
    dec = decode(garbled.encode("utf-8"))
    assert any("garbled" in w or "Chinese prose" in w for w in dec.warnings), dec.warnings


def test_utf8_page_with_a_stray_byte_stays_utf8() -> None:
    first, second = SIMPLIFIED.splitlines(keepends=True)
    dec = decode(first.encode("utf-8") + second[:5].encode("utf-8") + b"\xff" + second[5:].encode("utf-8"))
    assert dec.encoding == "utf-8" and dec.text == first + second[:5] + "\ufffd" + second[5:]
    assert len(dec.warnings) == 1 and dec.warnings[0].startswith("1 undecodable byte sequence(s)")
