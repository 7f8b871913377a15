"""The app's styles by entity kind and for search hits: one place, so every screen colours a kind alike."""

from __future__ import annotations

from baokan.store.kinds import KINDS

# One Rich style per kind in store/kinds.py; a kind added there without a style here shows bold.
_STYLES = {
    "zone": "bold cyan",
    "company": "bold yellow",
    "person": "bold green",
    "place": "magenta",
}
KIND_STYLE: dict[str, str] = {k.kind: _STYLES.get(k.kind, "bold") for k in KINDS} | {"amount": "bold red"}
KIND_LABEL: dict[str, str] = {k.kind: k.kind for k in KINDS}
HIT_STYLE = "reverse"
CURRENT_HIT_STYLE = "reverse bold yellow"


def kind_style(kind: str) -> str:
    """The style for an entity kind ('' for an unknown one)."""
    return KIND_STYLE.get(kind, "")
