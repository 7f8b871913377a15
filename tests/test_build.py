"""`baokan build`: incremental, one transaction per page, bad input reported and skipped."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from baokan.store import db as store_db
from baokan.store.db import build as ingest
from baokan.store.db.writer import PageWriter
from baokan.tui.cli import cli
from click.testing import CliRunner

from .conftest import SEEDS


def copy_seeds(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, dest / f.name)
    return dest


def counts(db) -> dict[str, int]:  # noqa: ANN001
    return {t: db[t].count for t in ("issues", "articles", "fragments", "pages")}


def test_build_seeds_then_rebuild_changes_nothing(tmp_path: Path) -> None:
    db = store_db.create(tmp_path / "s.db")
    first = ingest.build(db, workers=1)
    assert (first.pages, first.added, first.articles, first.skipped) == (5, 5, 31, 0)
    before = counts(db)
    again = ingest.build(db, workers=1)
    assert (again.unchanged, again.added, again.replaced) == (5, 0, 0)
    assert counts(db) == before == {"issues": 5, "articles": 31, "fragments": 12, "pages": 5}


def test_changed_page_is_replaced(tmp_path: Path) -> None:
    pages = copy_seeds(tmp_path / "pages")
    db = store_db.create(tmp_path / "s.db")
    ingest.build(db, [pages], workers=1)
    target = next(pages.glob("002_*.txt"))
    target.write_text(
        target.read_text(encoding="utf-8").replace("魏亚东", "魏亚西").replace("希望双", "冀盼双"), encoding="utf-8"
    )
    report = ingest.build(db, [pages], workers=1)
    assert (report.replaced, report.unchanged) == (1, 4)
    assert db.execute("select count(*) from articles where byline = '魏亚西'").fetchone()[0] == 1
    assert db.execute("select count(*) from articles where byline = '魏亚东'").fetchone()[0] == 0
    assert counts(db)["articles"] == 31
    # both indexes forgot the old text and hold the new
    assert (
        db.execute("select count(*) from article_grams where article_grams match '\"希 望 双\"'").fetchone()[0] == 2
    )  # 003 and 004 print it too
    assert db.execute("select count(*) from article_grams where article_grams match '\"冀 盼 双\"'").fetchone()[0] == 1
    # and hold exactly what a fresh build of the same pages holds: every term, in as many articles, as often
    fresh = store_db.create(tmp_path / "fresh.db")
    ingest.build(fresh, [pages], workers=1)
    assert index_vocabulary(db) == index_vocabulary(fresh)


def index_vocabulary(db) -> dict[str, list[tuple[str, int, int]]]:  # noqa: ANN001
    """Each full-text index's terms with the number of articles and occurrences (what deletes must undo)."""
    out = {}
    for table in ("article_grams", "articles_fts"):
        db.execute(f"create virtual table if not exists temp.v_{table} using fts5vocab(main, {table}, row)")
        out[table] = db.execute(f"select term, doc, cnt from temp.v_{table} order by term").fetchall()
        assert len(out[table]) > 1000
    return out


def test_interrupted_batch_leaves_every_page_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = store_db.create(tmp_path / "s.db")
    write_page = PageWriter.write_page
    calls: list[Path] = []

    def interrupt_fourth_page(self: PageWriter, path: Path, *args: object, **kw: object) -> int:
        calls.append(path)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return write_page(self, path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(PageWriter, "write_page", interrupt_fourth_page)
    with pytest.raises(KeyboardInterrupt):
        ingest.build(db, workers=1)  # the seeds' five pages share one batch
    assert counts(db) == {"issues": 0, "articles": 0, "fragments": 0, "pages": 0}
    assert db.execute("select count(*) from entities").fetchone()[0] == 0
    monkeypatch.setattr(PageWriter, "write_page", write_page)
    assert ingest.build(db, workers=1).added == 5
    assert counts(db) == {"issues": 5, "articles": 31, "fragments": 12, "pages": 5}


def test_store_is_wal(tmp_path: Path) -> None:
    db = store_db.create(tmp_path / "s.db")
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_interrupted_page_leaves_nothing_half_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = store_db.create(tmp_path / "s.db")
    seen: list[int] = []
    write_entities = PageWriter._write_entities

    def interrupt_second_page(self: PageWriter, ids: list[int], pe: object) -> None:
        write_entities(self, ids, pe)  # type: ignore[arg-type]
        seen.append(ids[0])
        if len(seen) == 2:  # articles, fragments and entities of page two are written by now
            raise KeyboardInterrupt

    monkeypatch.setattr(PageWriter, "_write_entities", interrupt_second_page)
    monkeypatch.setattr(ingest, "COMMIT_PAGES", 1)  # a transaction per page: page one is in, page two out
    with pytest.raises(KeyboardInterrupt):
        ingest.build(db, workers=1)
    assert counts(db)["pages"] == 1 and counts(db)["issues"] == 1
    assert db.execute("select count(distinct issue_id) from articles").fetchone()[0] == 1
    assert db.execute("select count(*) from article_grams").fetchone()[0] == counts(db)["articles"]
    # the same connection builds on: nothing remembered from the rolled-back page may leak into it
    monkeypatch.setattr(PageWriter, "_write_entities", write_entities)
    assert ingest.build(db, workers=1).added == 4
    assert (
        db.execute("select count(*) from article_entities where entity_id not in (select id from entities)").fetchone()[
            0
        ]
        == 0
    )
    assert (
        db.execute("""select count(*) from entities e where articles !=
                         (select count(*) from article_entities ae where ae.entity_id = e.id)""").fetchone()[0]
        == 0
    )


def test_bad_inputs_are_reported_and_the_build_goes_on(tmp_path: Path) -> None:
    pages = copy_seeds(tmp_path / "pages")
    (pages / "empty.txt").write_bytes(b"")
    (pages / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    (pages / "folder.txt").mkdir()
    (pages / "folder.txt" / "inner.txt").write_text("科学导报讯 里面的一页。\n张丽\n", encoding="utf-8")
    (pages / "gbk.txt").write_bytes("科学导报讯 国标码的一页。\n张丽\n".encode("gbk"))
    prefix = "科学导报讯 坏字节".encode()
    (pages / "bad.txt").write_bytes(prefix + b"\xff" + "。".encode())
    locked = pages / "locked.txt"
    locked.write_text("x", encoding="utf-8")
    locked.chmod(0)
    result = CliRunner().invoke(cli, ["build", str(pages), "--db", str(tmp_path / "s.db"), "--workers", "1"])
    out = result.output
    assert result.exit_code == 1
    assert "empty.txt: skipped: empty page" in out
    assert "binary.txt: skipped: binary file" in out
    assert "folder.txt: is a folder" in out
    assert f"bad.txt: warning: 1 undecodable byte sequence(s) replaced with U+FFFD at byte offset {len(prefix)}" in out
    if os.geteuid() != 0:  # root reads anything
        assert "locked.txt: skipped: cannot read" in out
    db = store_db.open_readonly(tmp_path / "s.db")
    sources = {r[0] for r in db.execute("select source from issues")}
    assert {"inner.txt", "gbk.txt", "bad.txt"} <= sources


def test_vanished_file_is_skipped(tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    report = ingest.build(store_db.create(tmp_path / "s.db"), [gone], workers=1)
    assert report.skipped == 1 and report.messages == [f"{gone}: skipped: no such file or folder"]


def test_cli_build_and_search(tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"BAOKAN_DB": str(tmp_path / "env.db")}
    built = runner.invoke(cli, ["build", "--workers", "1"], env=env)
    assert built.exit_code == 0, built.output
    assert "5 pages (5 added, 0 replaced, 0 unchanged, 0 skipped), 31 articles" in built.output
    found = runner.invoke(cli, ["search", "屯留", "--limit", "2"], env=env)
    assert found.exit_code == 0
    assert found.output.startswith("2 article(s) contain “屯留”")


def test_cli_search_without_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such store" in result.output


def test_not_a_store(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(store_db.StoreError):
        store_db.open_readonly(bogus)


def test_parallel_build_matches_serial(tmp_path: Path) -> None:
    pages = tmp_path / "many"
    for i in range(4):
        copy_seeds(pages / str(i))
    serial = store_db.create(tmp_path / "a.db")
    ingest.build(serial, [pages], workers=1)
    parallel = store_db.create(tmp_path / "b.db")
    ingest.build(parallel, [pages], workers=2)
    q = "select i.source, a.seq, a.title, a.body, a.zone_id from articles a join issues i on i.id = a.issue_id order by 1, 2"
    assert serial.execute(q).fetchall() == parallel.execute(q).fetchall()
    assert index_vocabulary(serial) == index_vocabulary(parallel)


def test_touched_page_with_same_bytes_is_not_rebuilt(tmp_path: Path) -> None:
    pages = copy_seeds(tmp_path / "pages")
    db = store_db.create(tmp_path / "s.db")
    ingest.build(db, [pages], workers=1)
    target = next(pages.glob("001_*.txt"))
    os.utime(target, ns=(1_000_000_000, 1_000_000_000))
    report = ingest.build(db, [pages], workers=1)
    assert (report.unchanged, report.replaced, report.added) == (5, 0, 0)
    stored = db.execute("select mtime_ns from pages where path = ?", [str(target.absolute())]).fetchone()[0]
    assert stored == 1_000_000_000  # remembered, so the next build does not even read it


def test_entity_article_counts_stay_true_through_rebuilds(tmp_path: Path) -> None:
    pages = copy_seeds(tmp_path / "pages")
    db = store_db.create(tmp_path / "s.db")
    ingest.build(db, [pages], workers=1)
    true_counts = """select count(*) from entities e where articles !=
                     (select count(*) from article_entities ae where ae.entity_id = e.id)"""
    assert db.execute(true_counts).fetchone()[0] == 0
    target = next(pages.glob("002_*.txt"))
    target.write_text(target.read_text(encoding="utf-8").replace("临汾经济开发区", "临汾经开区"), encoding="utf-8")
    ingest.build(db, [pages], workers=1)
    assert db.execute(true_counts).fetchone()[0] == 0
    assert db.execute("select articles from entities where name = '临汾经济开发区'").fetchone()[0] == 4
