"""Queries and exports under hostile arguments and outputs: one line, exit 2, nothing lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from baokan.store.files import write_atomic

from .hostile import baokan, out_text, snapshot


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


@pytest.mark.parametrize(
    "args", [["search", b"\xff"], ["amounts", "--zone", b"\xe5\xbc"], ["export", "zones", "-q", b"\xff"]]
)
def test_argument_that_is_not_utf8_is_one_line(seed_db_path: Path, args: list[str | bytes]) -> None:
    proc = baokan(*[os.fsdecode(a) for a in args], "--db", seed_db_path)
    assert proc.returncode == 2
    assert "is not valid UTF-8 text" in one_line(out_text(proc))


def test_export_into_a_missing_folder_is_one_line(seed_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "zones.md"
    proc = baokan("export", "zones", "--db", seed_db_path, "-o", target)
    assert proc.returncode == 2
    assert one_line(out_text(proc)) == f"baokan: {target}: no such folder {target.parent}: create it first"
    assert not target.parent.exists()


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
def test_export_to_dev_full_is_one_line(seed_db_path: Path) -> None:
    proc = baokan("export", "zones", "--db", seed_db_path, "-o", "/dev/full", "--force")
    assert proc.returncode == 2
    assert one_line(out_text(proc)) == "baokan: /dev/full: cannot write (No space left on device); nothing was changed"
    assert Path("/dev/full").is_char_device()  # written in place, never renamed over


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["export", "zones"], ["search", "开发区"], ["entities"], ["amounts"]])
def test_output_piped_to_a_full_device_is_one_line(seed_db_path: Path, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc = baokan(*args, "--db", seed_db_path, stdout=full, stderr=-1)
    assert proc.returncode == 2
    assert one_line(proc.stderr.decode()) == "baokan: output: cannot write (No space left on device)"


def test_output_to_a_closed_pipe_is_quiet(seed_db_path: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # like `baokan export … | head -0`
    with os.fdopen(write, "wb") as pipe:
        proc = baokan("export", "articles", "--db", seed_db_path, stdout=pipe, stderr=-1)
    assert proc.returncode == 1 and proc.stderr == b""


def test_export_replaces_a_file_whole(seed_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "zones.md"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    proc = baokan("export", "zones", "--db", seed_db_path, "-o", target, "--force")
    assert proc.returncode == 0
    assert target.read_text(encoding="utf-8").startswith("baokan zones from")
    assert (target.stat().st_mode & 0o777) == 0o640  # the old file's permissions are kept
    assert sorted(snapshot(tmp_path)) == ["zones.md"]  # no temporary file left


def test_atomic_write_failure_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "t.md"
    target.write_text("old", encoding="utf-8")

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        write_atomic(target, "new" * 1000)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.md"]
