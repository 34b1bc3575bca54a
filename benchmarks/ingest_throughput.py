"""Ingest speed: coding alone vs coding and storing (DuckDB, dedup) on the same articles (#6).

Both run in this one process with the same loaded pipeline, coding first then ingest into a new
database, so the ratio shows what the store costs; then a re-ingest of the same input, which
should skip everything by content hash.

    python benchmarks/ingest_throughput.py [--corpus PATH] [--limit N] [--batch-size B]
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from _corpus import corpus_rows, parser_for


def main() -> int:
    parser = parser_for(__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    if corpus_rows(args.corpus) is None:
        return 2

    from eventwire import load_pipeline, open_store
    from eventwire.ingest.readers import read_inputs
    from eventwire.models import Article

    def articles() -> list[Article]:
        items = [a for a in read_inputs([args.corpus]) if isinstance(a, Article)]
        return items[: args.limit] if args.limit else items

    pipeline = load_pipeline()
    inputs = articles()
    started = time.perf_counter()
    events = sum(len(c.events) for c in pipeline.code_many(inputs))
    coding = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        with open_store(db) as store:
            started = time.perf_counter()
            summary = store.ingest(inputs, pipeline, batch_size=args.batch_size)
            ingest = time.perf_counter() - started
            started = time.perf_counter()
            again = store.ingest(inputs, pipeline, batch_size=args.batch_size)
            reingest = time.perf_counter() - started
            counts = store.counts()
        size = db.stat().st_size
    result = {
        "articles": len(inputs),
        "events": events,
        "coding_only_articles_per_s": round(len(inputs) / coding, 2),
        "ingest_articles_per_s": round(summary.coded / ingest, 2),
        "ingest_over_coding_time": round(ingest / coding, 3),
        "reingest_seconds": round(reingest, 3),
        "reingest_skipped": again.unchanged,
        "clusters": counts["clusters"],
        "db_bytes": size,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
