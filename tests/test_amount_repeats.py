"""A headline figure that repeats a body figure is stored, marked as a repeat, and counted once."""

from __future__ import annotations

from pathlib import Path

from baokan.store import db as store_db
from baokan.store.db import build as ingest

PAGE = """\
青禾经济技术开发区十个项目集中开工

总投资36亿元

科学导报讯 记者林北 近日，青禾经济技术开发区
十个重点项目集中开工，总投资36亿元，涵盖
新材料、智能装备和现代物流等领域。其中，
电子材料项目投资8亿元，建成后年产值可达
12亿元。（江帆）
"""


def test_headline_figure_repeating_a_body_figure(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p1.txt").write_text(PAGE, encoding="utf-8")
    db = store_db.create(tmp_path / "s.db")
    ingest.build(db, [pages], workers=1)
    rows = db.execute("select id, text, value_yuan, zone_id, repeat_of from amounts order by id").fetchall()
    by_text = {text: (rid, value, zone, rep) for rid, text, value, zone, rep in rows}
    assert sorted(by_text) == ["36亿元", "8亿元", "达12亿元"] and len(rows) == 4
    head = next(r for r in rows if r[4] is not None)
    body = next(r for r in rows if r[1] == "36亿元" and r[4] is None)
    assert head[4] == body[0] and head[2] == body[2] == 3_600_000_000
    (zone,) = db.execute("select id from entities where kind = 'zone' and name = '青禾经济技术开发区'").fetchone()
    assert {r[3] for r in rows} == {zone}
    (total,) = db.execute(
        "select sum(value_yuan) from amounts where zone_id = ? and repeat_of is null", [zone]
    ).fetchone()
    assert total == 5_600_000_000
