"""run.sh: installs only when pyproject.toml changed, and runs baokan in the user's folder."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fake_checkout(tmp_path: Path) -> Path:
    """A copy of run.sh beside a pyproject and a .venv whose python and baokan only log what they were asked."""
    home = tmp_path / "checkout"
    (home / ".venv" / "bin").mkdir(parents=True)
    shutil.copy(ROOT / "run.sh", home / "run.sh")
    (home / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    log = tmp_path / "log"
    for name, line in (("python", 'echo "install $*" >> LOG'), ("baokan", 'echo "baokan $* in $(pwd)" >> LOG')):
        script = home / ".venv" / "bin" / name
        script.write_text("#!/bin/sh\n" + line.replace("LOG", str(log)) + "\n", encoding="utf-8")
        script.chmod(0o755)
    return home


def run(home: Path, cwd: Path, *args: str) -> None:
    subprocess.run(["bash", str(home / "run.sh"), *args], cwd=cwd, check=True, timeout=60)


def test_installs_once_and_keeps_the_working_directory(tmp_path: Path) -> None:
    home = fake_checkout(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    run(home, work, "build", "pages")
    run(home, work, "search", "招商")
    lines = (tmp_path / "log").read_text(encoding="utf-8").splitlines()
    assert [x.split()[0] for x in lines] == ["install", "baokan", "baokan"]
    assert lines[1] == f"baokan build pages in {work}"
    (home / "pyproject.toml").write_text("[project]\nname = 'x'\nversion = '2'\n", encoding="utf-8")
    run(home, work)
    assert (tmp_path / "log").read_text(encoding="utf-8").splitlines()[3].startswith("install")
