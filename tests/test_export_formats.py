"""Exports in every format, read back with the standard library: same rows and cells as the table."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from baokan.store.db import export as ex

from .test_cli import run, table_rows

AWKWARD = [["a,b", 'say "hi"'], ["line\nbreak", "tab\there"], ["", "3.5亿元"]]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_delimited_round_trip(fmt: str) -> None:
    text = ex.render(fmt, ["x", "y"], AWKWARD)
    rows = list(csv.reader(io.StringIO(text), dialect="excel-tab" if fmt == "tsv" else "excel"))
    assert rows == [["x", "y"], *AWKWARD]


def test_json_and_jsonl_round_trip() -> None:
    want = [dict(zip(["x", "y"], r)) for r in AWKWARD]
    assert json.loads(ex.render("json", ["x", "y"], AWKWARD)) == want
    assert [json.loads(line) for line in ex.render("jsonl", ["x", "y"], AWKWARD).splitlines()] == want


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ex.UnknownFormat):
        ex.render("xlsx", ["x"], [["1"]])


def test_format_follows_the_extension() -> None:
    assert [ex.format_of(p) for p in ("a.csv", "b.JSONL", "c.markdown", "d", "e.txt")] == [
        "csv",
        "jsonl",
        "md",
        "md",
        "md",
    ]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
def test_cli_export_matches_the_markdown_table(seed_db_path: Path, tmp_path: Path, fmt: str) -> None:
    code, md = run("export", "amounts", "--sort", "amount", "--desc", "--db", str(seed_db_path))
    assert code == 0
    want = table_rows(md)
    out = tmp_path / f"amounts.{fmt}"
    code, msg = run("export", "amounts", "--sort", "amount", "--desc", "-o", str(out), "--db", str(seed_db_path))
    assert code == 0 and f"28 rows → {out} ({fmt})" in msg
    text = out.read_text(encoding="utf-8")
    if fmt in ("csv", "tsv"):
        header, *rows = list(csv.reader(io.StringIO(text), dialect="excel-tab" if fmt == "tsv" else "excel"))
    else:
        objs = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
        header = list(objs[0])
        rows = [list(o.values()) for o in objs]
    assert header[0] == "amount" and len(rows) == 28
    assert rows[0][0] == "1000亿元" and rows[1][0] == "810.3亿元"
    # Markdown escapes | and newlines; the data formats keep cells as they are.
    assert [[c.replace("\n", "<br>") for c in r] for r in rows] == want


def test_with_text_adds_each_article(seed_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    code, _ = run(
        "export", "articles", "--zone", "临汾经济开发区", "--with-text", "-o", str(out), "--db", str(seed_db_path)
    )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and len(rows) == 4
    for r in rows:
        assert r["title"] in r["text"] and len(r["text"]) > 100
    code, text = run("export", "zones", "--format", "csv", "--with-text", "--db", str(seed_db_path))
    assert code == 0 and next(csv.reader(io.StringIO(text)))[-1] == "text"


def test_a_failed_write_leaves_the_old_file_and_no_litter(seed_db_path: Path, tmp_path: Path) -> None:
    code, out = run("export", "zones", "-o", str(tmp_path / "missing" / "z.csv"), "--db", str(seed_db_path))
    assert code == 1 and "Traceback" not in out and len(out.strip().splitlines()) == 1
    old = tmp_path / "z.csv"
    old.write_text("old", encoding="utf-8")

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    real = os.fsync
    os.fsync = full  # type: ignore[assignment]
    try:
        code, out = run("export", "zones", "-o", str(old), "--force", "--db", str(seed_db_path))
    finally:
        os.fsync = real
    assert code == 1 and "No space left" in out
    assert old.read_text(encoding="utf-8") == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["z.csv"]
