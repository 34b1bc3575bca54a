"""What explanations cost: coding the same parsed articles with and without them (#9).

The texts are parsed once; then the coding stage (actors, triggers, factuality, dates, places,
quotes) runs over the same parsed docs with ``explain=True`` and ``explain=False``, alternating
for several rounds so that machine noise hits both alike. Reported: the median coding time of
each, the overhead relative to coding alone, and relative to parse + coding.

    python benchmarks/explain_overhead.py [--corpus PATH] [--limit N] [--rounds R] [--json OUT]
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

from _corpus import corpus_rows, parser_for


def main() -> int:
    parser = parser_for(__doc__)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    args = parser.parse_args()
    rows = corpus_rows(args.corpus)
    if rows is None:
        return 2

    from eventwire import Article, load_pipeline
    from eventwire.api import Pipeline

    rows = rows[: args.limit]
    articles = [
        Article(doc_id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"])) for r in rows
    ]
    with_x = load_pipeline()
    without = with_x.with_options(explain=False)
    started = time.perf_counter()
    docs = list(with_x.nlp.pipe((a.text for a in articles), batch_size=32))
    parse_s = time.perf_counter() - started

    def coding_seconds(pipeline: Pipeline) -> tuple[float, int]:
        started = time.perf_counter()
        events = sum(
            len(pipeline._code_doc(d, a).events) for d, a in zip(docs, articles, strict=True)
        )
        return time.perf_counter() - started, events

    times: dict[str, list[float]] = {"explain": [], "no_explain": []}
    events = {}
    order = [("explain", with_x), ("no_explain", without)]
    for _ in range(args.rounds):
        order.reverse()  # each goes first in half the rounds
        for name, pipeline in order:
            seconds, events[name] = coding_seconds(pipeline)
            times[name].append(seconds)
    on, off = statistics.median(times["explain"]), statistics.median(times["no_explain"])
    result = {
        "articles": len(articles),
        "rounds": args.rounds,
        "parse_seconds": round(parse_s, 3),
        "coding_seconds_explain": round(on, 3),
        "coding_seconds_no_explain": round(off, 3),
        "events": events,
        "coding_seconds_all_rounds": {k: [round(t, 3) for t in v] for k, v in times.items()},
        "overhead_of_coding": round(on / off - 1, 4),
        "overhead_of_parse_plus_coding": round((parse_s + on) / (parse_s + off) - 1, 4),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
