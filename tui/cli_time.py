"""`baokan timeline`: articles and counted sums of money per month or year, for a filter."""

from __future__ import annotations

from pathlib import Path

import click
from baokan.store.db.timeline import BY
from rich.console import Console

from .bars import bar
from .cli_common import (
    DB_OPTION,
    FORMAT_OPTION,
    FROM_OPTION,
    TO_OPTION,
    checked_dates,
    emit,
    open_store,
    resolve_entities,
)

BAR_CELLS = 30


@click.command()
@click.option("--zone", default=None, help="Only articles naming this zone (its sums: those tied to it).")
@click.option("--company", default=None, help="Only articles naming this company.")
@click.option("--person", default=None, help="Only articles naming this person.")
@click.option("--query", "-q", default=None, help="Only articles containing this text.")
@click.option("--by", type=click.Choice(BY), default="month", show_default=True)
@FROM_OPTION
@TO_OPTION
@DB_OPTION
@FORMAT_OPTION
@click.pass_context
def timeline(
    ctx: click.Context,
    zone: str | None,
    company: str | None,
    person: str | None,
    query: str | None,
    by: str,
    date_from: str | None,
    date_to: str | None,
    db_path: Path | None,
    out_format: str,
) -> None:
    """Articles and the total of counted sums (each figure once) per month or year, oldest first."""
    from baokan.store.db import queries
    from baokan.store.db import timeline as tl
    from baokan.store.db.search import matching_ids

    console = Console(stderr=True)
    date_from, date_to = checked_dates(date_from, date_to)
    db = open_store(db_path or ctx.obj.get("db"), console)
    ids = resolve_entities(db, console, zone=zone, company=company, person=person)
    picked = matching_ids(db, query) if query else None  # type: ignore[arg-type]
    periods = tl.timeline(db, ids, picked, by, date_from, date_to)  # type: ignore[arg-type]
    if out_format != "table":
        emit(
            [by, "articles", "counted_yuan", "figures"],
            [[p.period, str(p.articles), str(p.counted_yuan), str(p.figures)] for p in periods],
            out_format,
        )
        return
    most = max((p.articles for p in periods), default=0)
    emit(
        [by, "articles", "", "counted total", "figures"],
        [
            [
                p.period,
                str(p.articles),
                bar(p.articles, most, BAR_CELLS),
                queries.yuan(p.counted_yuan) if p.figures else "",
                str(p.figures),
            ]
            for p in periods
        ],
        title=f"{sum(p.articles for p in periods)} articles by {by}",
    )
