"""The `baokan` command's read commands, driven with click's CliRunner."""

from __future__ import annotations

from pathlib import Path

from baokan.tui.cli import cli
from click.testing import CliRunner
from markdown_it import MarkdownIt


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), obj={})
    return result.exit_code, result.output


def table_rows(markdown: str) -> list[list[str]]:
    """Body cells of the first table, as a real Markdown parser reads them."""
    tokens = MarkdownIt().enable("table").parse(markdown)
    rows, row, in_body = [], None, False
    for t in tokens:
        if t.type == "tbody_open":
            in_body = True
        elif in_body and t.type == "tr_open":
            row = []
        elif in_body and t.type == "inline" and row is not None:
            row.append(t.content)
        elif in_body and t.type == "tr_close":
            rows.append(row)
    return rows


def test_entities_by_kind(seed_db_path: Path) -> None:
    code, out = run("entities", "--kind", "zone", "--db", str(seed_db_path))
    assert code == 0
    assert "临汾经济开发区" in out and "有限公司" not in out


def test_amounts_for_a_zone(seed_db_path: Path) -> None:
    code, out = run("amounts", "--zone", "祁县经济开发区", "--db", str(seed_db_path))
    assert code == 0
    assert out.index("92.1亿元") < out.index("24.12亿元") < out.index("8800万元")


def test_unknown_zone_is_a_clear_error(seed_db_path: Path) -> None:
    code, out = run("amounts", "--zone", "火星开发区", "--db", str(seed_db_path))
    assert code == 2 and "no zone named '火星开发区'" in out


def test_export_amounts_parses_as_markdown(seed_db_path: Path) -> None:
    code, out = run(
        "export", "amounts", "--zone", "祁县经济开发区", "--sort", "amount", "--desc", "--db", str(seed_db_path)
    )
    assert code == 0
    first = out.splitlines()[0]
    assert "祁县经济开发区" in first and "7 rows" in first
    rows = table_rows(out)
    assert [r[0] for r in rows] == ["92.1亿元", "24.12亿元", "15亿元", "2.3亿元", "1.5亿元", "8800万元", "3000万元"]


def test_export_to_file_does_not_overwrite(seed_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "zones.md"
    target.write_text("keep me", encoding="utf-8")
    code, _ = run("export", "zones", "-o", str(target), "--db", str(seed_db_path))
    assert code == 1 and target.read_text(encoding="utf-8") == "keep me"
    code, _ = run("export", "zones", "-o", str(target), "--force", "--db", str(seed_db_path))
    assert code == 0 and "临汾经济开发区" in target.read_text(encoding="utf-8")


def test_export_articles_with_query(seed_db_path: Path) -> None:
    code, out = run("export", "articles", "--query", "比亚迪", "--db", str(seed_db_path))
    assert code == 0
    rows = table_rows(out)
    assert len(rows) >= 1 and all(len(r) == 5 for r in rows)


def test_companies_with_a_zone(seed_db_path: Path) -> None:
    code, out = run("entities", "--kind", "company", "--with", "临汾经开区", "--db", str(seed_db_path))
    assert code == 0 and "360集团" in out and "秦淮数据集团" not in out


def test_amounts_in_a_date_range(seed_db_path: Path) -> None:
    code, out = run("amounts", "--from", "2025-05-01", "--to", "2025-05-31", "--db", str(seed_db_path))
    assert code == 0 and "239亿元" in out  # 001 is dated 2025-05-09
    code, out = run("amounts", "--from", "2026-01-01", "--db", str(seed_db_path))
    assert code == 0 and "0 amounts" in out


def test_search_pages_with_offset_in_either_order(seed_db_path: Path) -> None:
    ids = {}
    for order in ("rank", "newest"):
        pages = []
        for offset in (0, 5, 10, 15, 20):
            code, out = run("search", "开发区", "--db", str(seed_db_path), "--limit", "5", "--offset", str(offset),
                            "--order", order)  # fmt: skip
            assert code == 0
            pages += [line.split("]")[0].strip("[ ") for line in out.splitlines() if line.startswith("[")]
        assert len(pages) == len(set(pages)) == 19  # every article naming 开发区, each once
        ids[order] = pages
    assert set(ids["rank"]) == set(ids["newest"]) and ids["rank"] != ids["newest"]
    code, out = run("search", "开发区", "--db", str(seed_db_path), "--order", "oldest")
    assert code != 0


def test_search_and_entities_speak_tsv_and_json_for_programs(seed_db_path: Path) -> None:
    import csv
    import io
    import json

    db = ("--db", str(seed_db_path))
    code, tsv = run("search", "开发区", "--limit", "50", "--format", "tsv", *db)
    head, *rows = list(csv.reader(io.StringIO(tsv), dialect="excel-tab"))
    assert code == 0 and head == ["article_id", "title", "issue", "date", "snippet"]
    code, js = run("search", "开发区", "--limit", "50", "--format", "json", *db)
    hits = json.loads(js)
    assert code == 0 and len(rows) == len(hits) == 19  # every article naming 开发区, as the table shows
    assert [r[0] for r in rows] == [h["article_id"] for h in hits] and all("开发区" in h["snippet"] for h in hits)
    code, js = run("entities", "--kind", "zone", "--format", "json", *db)
    zones = json.loads(js)
    code2, tsv = run("entities", "--kind", "zone", "--format", "tsv", *db)
    head, *rows = list(csv.reader(io.StringIO(tsv), dialect="excel-tab"))
    assert code == code2 == 0 and head == ["kind", "name", "articles"] and zones
    assert rows == [[z["kind"], z["name"], z["articles"]] for z in zones] and {z["kind"] for z in zones} == {"zone"}
