"""The `baokan` command: build the store, search it, print entities and amounts, export tables."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
from pathlib import Path

import click
from baokan.store import db as store_db
from baokan.store.db import StoreError
from baokan.store.files import one_line
from baokan.store.kinds import KIND_NAMES
from rich.console import Console
from rich.text import Text

from .building import run_build
from .cli_common import (
    DB_OPTION,
    FORMAT_OPTION,
    FROM_OPTION,
    TO_OPTION,
    checked_dates,
    emit,
    fail,
    open_store,
    resolve_entities,
    text_arg,
)
from .cli_export import export
from .cli_time import timeline
from .launch import launch


class GuardedGroup(click.Group):
    """The command group: a store or output failure anywhere in a command is one line and exit 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a full or closed stdout fails here, not as a traceback at exit
            return result
        except StoreError as e:
            fail(str(e))
        except sqlite3.Error as e:
            fail(store_db.failure((ctx.obj or {}).get("store") or "the store", e))
        except UnicodeEncodeError as e:
            fail(f"cannot print this text on this terminal ({e.reason}): set a UTF-8 locale")
        except OSError as e:
            if e.errno == errno.EPIPE:  # the reader went away (| head): nothing left to say to it
                with contextlib.suppress(OSError):
                    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stops a second EPIPE at exit
                sys.exit(1)
            fail(f"{one_line(e.filename or 'output')}: cannot write ({e.strerror or e})")


@click.group(cls=GuardedGroup, invoke_without_command=True)
@DB_OPTION
@click.version_option(package_name="baokan")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """baokan (报刊): a terminal explorer for Chinese newspaper archives.

    With no command, opens the app on the store (building it from the bundled sample pages first
    when there is none).
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    if ctx.invoked_subcommand is None:
        sys.exit(launch(db_path))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@DB_OPTION
@click.option("--workers", type=int, default=None, help="Processes for parsing and segmentation (default: up to 2).")
@click.pass_context
def build(ctx: click.Context, paths: tuple[str, ...], db_path: Path | None, workers: int | None) -> None:
    """Read pages (.txt, .pdf, scans with the OCR extra; files or folders) into the store; no PATH reads the seeds."""
    console = Console(stderr=False)
    sys.exit(run_build(paths, db_path or ctx.obj.get("db"), console, workers))


@cli.command()
@click.argument("query", callback=text_arg)
@DB_OPTION
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many hits (the next page).")
@click.option(
    "--order",
    type=click.Choice(["rank", "newest"]),
    default=None,
    help="rank: bm25 (how often, in how long an article); newest: latest first. Default: rank, or newest "
    "when more than 5000 articles match.",
)
@FORMAT_OPTION
@click.pass_context
def search(
    ctx: click.Context, query: str, db_path: Path | None, limit: int, offset: int, order: str | None, out_format: str
) -> None:
    """Articles containing QUERY (any characters; nothing in it is search syntax), ranked."""
    from baokan.store.db.search import search as run_search

    console = Console()
    db = open_store(db_path or ctx.obj.get("db"), console)
    result = run_search(db, query, limit=limit, offset=offset, order=order)  # type: ignore[arg-type]
    if out_format != "table":
        emit(
            ["article_id", "title", "issue", "date", "snippet"],
            [
                [
                    str(h.article_id),
                    h.title or "",
                    h.issue_title,
                    h.date or "",
                    h.snippet.before + h.snippet.hit + h.snippet.after,
                ]
                for h in result.hits
            ],
            out_format,
        )
        return
    console.print(Text(one_line(result.describe())))
    for h in result.hits:  # page text, so every piece is shown inert on its line
        line = Text()
        line.append(f"[{h.article_id}] ", style="dim")
        line.append(one_line(h.title or "(untitled)"), style="bold")
        line.append(
            one_line(f"  {h.issue_title}" + (f" {h.date}" if h.date and h.date not in h.issue_title else "")),
            style="dim",
        )
        console.print(line)
        snip = Text("    ")
        snip.append(one_line(h.snippet.before))
        snip.append(one_line(h.snippet.hit), style="reverse")
        snip.append(one_line(h.snippet.after))
        console.print(snip)


@cli.command()
@click.option("--kind", type=click.Choice(KIND_NAMES), default=None, help="Only entities of this kind.")
@click.option(
    "--with",
    "with_name",
    default=None,
    callback=text_arg,
    metavar="NAME",
    help="Only entities named in the same articles as this one (any kind, any printed form).",
)
@DB_OPTION
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many rows (0: all).")
@FORMAT_OPTION
@click.pass_context
def entities(
    ctx: click.Context, kind: str | None, with_name: str | None, db_path: Path | None, limit: int, out_format: str
) -> None:
    """Entities (zones, companies, people, places) with the number of articles naming each."""
    from baokan.store.db import queries

    console = Console()
    db = open_store(db_path or ctx.obj.get("db"), console)
    if with_name:
        eid = next((e for k in KIND_NAMES if (e := queries.find_entity(db, k, with_name)) is not None), None)  # type: ignore[arg-type]
        if eid is None:
            console.print(Text(f"baokan: no entity named '{one_line(with_name)}' in the store", style="red"))
            sys.exit(2)
        rows = queries.cooccurring(db, eid, kind)  # type: ignore[arg-type]
    else:
        rows = queries.entities(db, kind)  # type: ignore[arg-type]
    shown = rows[:limit] if limit else rows
    emit(
        ["kind", "name", "articles"],
        [[e.kind, e.name, str(e.articles)] for e in shown],
        out_format,
        title=f"{len(rows)} entities" + (f" ({kind})" if kind else ""),
    )


@cli.command()
@click.option(
    "--zone", default=None, callback=text_arg, help="Only sums tied to this zone (any printed form of its name)."
)
@click.option("--company", default=None, callback=text_arg, help="Only sums in articles naming this company.")
@click.option("--person", default=None, callback=text_arg, help="Only sums in articles naming this person.")
@FROM_OPTION
@TO_OPTION
@click.option("--sort", type=click.Choice(["value", "date", "zone"]), default="value", show_default=True)
@click.option("--asc", is_flag=True, help="Smallest (or oldest) first.")
@click.option("--total", is_flag=True, help="Only the total: each figure counted once (repeats left out).")
@DB_OPTION
@FORMAT_OPTION
@click.pass_context
def amounts(
    ctx: click.Context,
    zone: str | None,
    company: str | None,
    person: str | None,
    date_from: str | None,
    date_to: str | None,
    sort: str,
    asc: bool,
    total: bool,
    db_path: Path | None,
    out_format: str,
) -> None:
    """Sums of money (as yuan, printed as 亿元/万元), largest first."""
    from baokan.store.db import queries
    from baokan.store.db import timeline as tl

    console = Console()
    date_from, date_to = checked_dates(date_from, date_to)
    db = open_store(db_path or ctx.obj.get("db"), console)
    ids = resolve_entities(db, console, zone=zone, company=company, person=person)
    if total:
        t = tl.amount_total(db, ids, date_from=date_from, date_to=date_to)  # type: ignore[arg-type]
        emit(
            ["total", "yuan", "counted", "figures"],
            [[queries.yuan(t.yuan), str(t.yuan), str(t.counted), str(t.figures)]],
            out_format,
        )
        return
    rows = queries.amounts(
        db,
        entity_ids=ids,
        date_from=date_from,
        date_to=date_to,
        sort=sort,  # type: ignore[arg-type]
        descending=not asc,
    )
    emit(
        ["amount", "printed", "zone", "date", "article"],
        [[queries.yuan(r.value_yuan), r.text, r.zone or "", r.date or "", r.title or ""] for r in rows],
        out_format,
        title=f"{len(rows)} amounts",
    )


cli.add_command(timeline)
cli.add_command(export)


def main() -> None:
    """Console-script entry point."""
    cli(obj={})
