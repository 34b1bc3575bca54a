"""Dask (#7): a 2-worker LocalCluster writes exactly what one process writes."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import dask
import duckdb
import pytest

from eventwire import PipelineConfig, open_store
from eventwire.ingest.readers import read_inputs
from eventwire.models import Article
from eventwire.scale import DaskCoder
from eventwire.store.partitions import write_partition

from ..conftest import FIXTURES

INPUTS = [str(FIXTURES / "dedup" / "articles.jsonl"), str(FIXTURES / "article.txt")]
TABLES = {
    "events": "SELECT * FROM events ORDER BY doc_id, event_no",
    "actors": "SELECT a.doc_id, t.* EXCLUDE (article_hash) FROM actors t "
    "JOIN articles a USING (article_hash) ORDER BY a.doc_id, t.mention_no",
    "quotes": "SELECT * FROM quotes ORDER BY article_hash, quote_no",
    "clusters": "SELECT * FROM clusters ORDER BY cluster_id",
    "articles": "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY doc_id",
}


def _dump(db: Path) -> dict[str, str]:
    with open_store(db, read_only=True) as store:
        return {
            name: json.dumps(store.con.sql(sql).fetchall(), default=str)
            for name, sql in TABLES.items()
        }


@pytest.fixture(scope="module")
def two_workers() -> Iterator[DaskCoder]:
    with DaskCoder(PipelineConfig(), workers=2, chunk_size=4) as coder:
        yield coder


def test_two_dask_workers_store_the_same_rows_as_one_process(
    pipeline, two_workers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    single, parallel = tmp_path / "one.duckdb", tmp_path / "dask.duckdb"
    with open_store(single) as store:
        one = store.ingest(read_inputs(INPUTS, None), pipeline, batch_size=8)
    ours = os.environ.get("MALLOC_TRIM_THRESHOLD_")  # Dask would set it here too
    coder = two_workers
    assert coder.workers == 2
    # workers run without Dask's aggressive malloc trimming, which slowed coding
    trim = coder.client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert set(trim.values()) == {ours}
    # and with quiet event loops: a 20 ms tick in a worker takes the GIL from the coder
    tick = coder.client.run(lambda: dask.config.get("distributed.admin.tick.interval"))
    assert set(tick.values()) == {"1s"}
    with open_store(parallel) as store:
        two = store.ingest(read_inputs(INPUTS, None), batch_size=8, coder=coder)
    assert (one.coded, one.events) == (two.coded, two.events) == (26, one.events)
    assert one.events > 40
    assert _dump(single) == _dump(parallel)


def test_workers_write_the_partitions_one_process_would(pipeline, two_workers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    articles = [a for a in read_inputs(INPUTS, None) if isinstance(a, Article)]
    coded = zip(articles, pipeline.code_many(articles), strict=True)
    alone = write_partition(coded, tmp_path / "one.parquet")
    parts = list(two_workers.write_partitions(articles, tmp_path / "dask", size=5))
    assert [p.path.name for p in parts] == [f"part-00000{n}.parquet" for n in range(1, 7)]
    assert sum(p.articles for p in parts) == 26 and not any(p.failures for p in parts)
    assert sum(p.events for p in parts) == alone > 40
    sql = "SELECT * FROM '{}' ORDER BY doc_id, event_no"
    one = duckdb.sql(sql.format(tmp_path / "one.parquet")).fetchall()
    assert duckdb.sql(sql.format(tmp_path / "dask" / "*.parquet")).fetchall() == one
