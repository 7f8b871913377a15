"""Shared fixtures: seed texts and a store built once from the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import build as ingest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_text(prefix: str) -> str:
    """The text of the seed page whose file name starts with prefix (e.g. '003')."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the bundled seeds, shared by read-only tests."""
    path = tmp_path_factory.mktemp("store") / "seeds.db"
    db = store_db.create(path)
    report = ingest.build(db, workers=1)
    assert report.skipped == 0 and report.added == 5
    db.conn.close()
    return path


@pytest.fixture()
def seed_db(seed_db_path: Path):  # noqa: ANN201 - a sqlite_utils.Database
    db = store_db.open_readonly(seed_db_path)
    yield db
    db.conn.close()
