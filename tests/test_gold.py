"""Entity extraction on the seeds against the hand annotation in tests/gold/entities.json."""

from __future__ import annotations

import pytest

from .gold.score import score

TARGETS = {
    ("zone", "f1"): 0.95,
    ("company", "f1"): 0.90,
    ("person", "f1"): 0.90,
    ("amount", "value"): 0.95,
    ("amount", "zone"): 0.85,
}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    return score()


@pytest.mark.parametrize("kind, measure", list(TARGETS))
def test_meets_target(figures: dict[str, dict[str, float]], kind: str, measure: str) -> None:
    assert figures[kind][measure] >= TARGETS[(kind, measure)]
