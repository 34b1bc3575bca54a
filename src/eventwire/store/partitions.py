"""Coded events as Parquet partitions, for runs too large to gather in one process (#7).

A partition is one Parquet file holding the events of a chunk of articles, with the columns
and types of the store's ``events`` table (``cluster_id`` is empty: clusters are the store's
work). DuckDB reads a folder of them in place, without a store::

    SELECT event_type, count(*) FROM 'coded/*.parquet' GROUP BY 1

A chunk without events still writes its (empty) file, so every chunk is accounted for.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..models import Article, CodedArticle
from .records import article_hash, event_row


@functools.lru_cache(maxsize=1)
def event_schema() -> pa.Schema:
    """The Arrow schema of the store's ``events`` table, read from its DDL."""
    import duckdb

    from .schema import DDL

    with duckdb.connect(":memory:") as con:
        con.execute(DDL)
        return con.sql("SELECT * FROM events LIMIT 0").to_arrow_table().schema


def write_partition(coded: Iterable[tuple[Article, CodedArticle]], path: Path) -> int:
    """Write the events of ``coded`` (each article with its coding) to ``path``; returns how
    many events were written."""
    rows = [
        event_row(article_hash(article), number, event)
        for article, result in coded
        for number, event in enumerate(result.events)
    ]
    pq.write_table(pa.Table.from_pylist(rows, schema=event_schema()), path)
    return len(rows)


def partition_path(folder: Path, number: int) -> Path:
    return folder / f"part-{number:06d}.parquet"
