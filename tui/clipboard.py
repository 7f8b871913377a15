"""Copying text honestly: OSC 52 to the terminal plus the platform's clipboard tool, and say which arrived."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping

TOOL_TIMEOUT = 3.0  # seconds; a clipboard tool that hangs (no display) must not freeze the app


def clipboard_commands(
    env: Mapping[str, str], platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which
) -> list[list[str]]:
    """The clipboard tools worth trying here, best first (each one a command that reads stdin)."""
    found: list[list[str]] = []
    if platform == "darwin" and which("pbcopy"):
        found.append(["pbcopy"])
    if env.get("WAYLAND_DISPLAY") and which("wl-copy"):
        found.append(["wl-copy"])
    if env.get("DISPLAY"):
        if which("xclip"):
            found.append(["xclip", "-selection", "clipboard"])
        if which("xsel"):
            found.append(["xsel", "--clipboard", "--input"])
    if platform in ("win32", "cygwin") and which("clip"):
        found.append(["clip"])
    return found


def copy_with_tool(text: str, commands: list[list[str]]) -> str | None:
    """Give text to the first tool that takes it; its name, or None when none did."""
    for cmd in commands:
        try:
            done = subprocess.run(cmd, input=text.encode("utf-8"), capture_output=True, timeout=TOOL_TIMEOUT)
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0:
            return cmd[0]
    return None
