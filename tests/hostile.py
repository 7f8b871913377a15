"""Helpers of the hostile-input suites: run the real `baokan` command, snapshot a folder, make pages."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import SEEDS

ENTRY = "from baokan.tui.cli import main; main()"
# Environment of a child baokan: UTF-8 output, no colour codes to strip, no inherited store.
CHILD_ENV = {
    k: v for k, v in os.environ.items() if k not in ("BAOKAN_DB", "FORCE_COLOR", "COLUMNS", "PYTHONHASHSEED")
} | {"PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}


def baokan(
    *args: str | Path, cwd: Path | None = None, timeout: float = 120, **kw: object
) -> subprocess.CompletedProcess:
    """Run the installed `baokan` in a child process (a hang fails the test instead of stalling it)."""
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *map(str, args)],
        cwd=cwd,
        env=CHILD_ENV,
        capture_output="stdout" not in kw,
        timeout=timeout,
        **kw,  # type: ignore[call-overload]
    )


def out_text(proc: subprocess.CompletedProcess) -> str:
    """stdout and stderr of a finished child, decoded."""
    return (proc.stdout or b"").decode("utf-8", "replace") + (proc.stderr or b"").decode("utf-8", "replace")


def seed_page(n: int = 1) -> Path:
    """The path of one bundled seed page."""
    return sorted(SEEDS.glob("*.txt"))[n]


def copy_pages(dest: Path, count: int = 2) -> Path:
    """A folder holding copies of the first seed pages."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in sorted(SEEDS.glob("*.txt"))[:count]:
        shutil.copy(f, dest / f.name)
    return dest


def snapshot(folder: Path) -> dict[str, str]:
    """Every regular file under folder with the hash of its bytes, to prove nothing else changed."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def is_root() -> bool:
    """Whether permissions do not bind this process (root reads and writes anything)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0
