"""Placeholder until the explorer lands: the Textual app class the launcher opens."""
from __future__ import annotations

from pathlib import Path

from textual.app import App


class BaokanApp(App):
    """The baokan explorer."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
