"""The command line: each command parses its arguments, makes one library call, formats output.

Exit codes: 0 when every input was coded, 1 when any input failed (the others are still coded and
each failure is reported on stderr as ``path: reason``), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from . import __version__
from .config import DEFAULT_MIN_CONFIDENCE, DEFAULT_MODEL, ENTITY_MODES, PipelineConfig
from .errors import EventwireError
from .models import STATUSES, Article, CodedArticle, Failure
from .output import FORMATS, print_tables, write_json, write_jsonl

if TYPE_CHECKING:
    from .store import EventFilter

DESCRIPTION = """\
eventwire reads news text and codes political events: who did what to whom, when, where,
with the sentence that says so. Offline; nothing is downloaded at run time."""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number from 0 to 1")
    return number


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


_INPUTS = (
    "PATH is a .txt file (first non-empty line is the title), a .jsonl file (one article per "
    "line: text required; id, title, date, url optional), an .html/.htm page, a folder (read "
    "recursively) or - for stdin."
)


def _input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or - for stdin")
    command.add_argument(
        "--date", type=_date, help="document date (YYYY-MM-DD) where the input gives none"
    )


def _console() -> Console:
    """Standard output for people: the terminal's width, or 150 columns when piped or
    captured (rich would otherwise fold tables to 80)."""
    return Console() if sys.stdout.isatty() else Console(width=150)


def _say(message: str) -> None:
    """Errors and warnings go to stderr whole, one per line, for people and for grep."""
    print(message, file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    code = commands.add_parser(
        "code",
        help="code articles and print their events",
        description="Code articles and print their events. " + _INPUTS,
    )
    _input_options(code)
    code.add_argument(
        "--format",
        choices=(*FORMATS, "parquet"),
        default="table",
        help="table: for people (default); jsonl: one event per line; json: one object per "
        "article; parquet: a folder of Parquet partitions (needs --output DIR), the columns of "
        "the database's events table, for DuckDB to query in place",
    )
    code.add_argument(
        "--output", "-o", type=Path, help="write here instead of stdout (a folder for parquet)"
    )
    code.add_argument(
        "--no-explanations",
        action="store_true",
        help="leave out each event's explanation (smaller JSON; see 'eventwire explain')",
    )
    _scale_options(code, "with --format parquet each worker writes its own partitions")
    _pipeline_options(code)

    explain = commands.add_parser(
        "explain",
        help="say why each event was coded as it was",
        description="Code articles and explain each event in plain words: the evidence "
        "sentence with the trigger highlighted, the lexicon entry that set the type and CAMEO "
        "code, the knowledge-base row behind each actor (with any coreference chain), the cue "
        "behind the status, and where the date and location came from. " + _INPUTS,
    )
    _input_options(explain)
    explain.add_argument(
        "--event",
        type=_positive,
        metavar="N",
        help="explain only event N of each article (numbered as in 'eventwire code')",
    )
    _pipeline_options(explain)

    quotes = commands.add_parser(
        "quotes",
        help="list who said what",
        description="Code articles and list their quotes: direct (in quote marks), partial "
        '(a quoted phrase inside a sentence) and indirect ("X said that ...", "according '
        'to X"), each with its speaker resolved through the actor stage and the events it '
        "contains. " + _INPUTS,
    )
    _input_options(quotes)
    quotes.add_argument(
        "--format",
        choices=("table", "jsonl"),
        default="table",
        help="table: for people (default); jsonl: one quote per line with its doc_id",
    )
    _pipeline_options(quotes)

    _actor_commands(commands)
    _store_commands(commands)
    _feed_commands(commands)

    serve = commands.add_parser(
        "serve",
        help="run the HTTP API and the web explorer",
        description="Serve the HTTP API (/v1/code, /v1/ingest, /v1/events, /v1/actors, "
        "/v1/stats; OpenAPI at /docs) and the explorer (/) over an event database. The "
        "pipeline loads once at start-up. Write endpoints need --token when one is set.",
    )
    _db_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--token", help="bearer token required by POST /v1/ingest")
    _pipeline_options(serve)

    ev = commands.add_parser(
        "eval",
        help="score eventwire on an evaluation data set",
        description="Run eventwire's raw-text pipeline on an evaluation data set and score it: "
        "per-type precision, recall and F1, overall numbers, precision by confidence band.",
    )
    from .eval.datasets import DATASETS

    ev.add_argument("dataset", choices=DATASETS, help="which data set")
    ev.add_argument("--report", type=Path, help="also write the full report as JSON here")
    ev.add_argument(
        "--data-root",
        type=Path,
        default=None,
        help="folder holding the data sets (default: ../shared/data beside the repository)",
    )
    ev.add_argument("--limit", type=int, default=None, help="score only the first N cases")
    ev.add_argument(
        "--shipped-kb",
        action="store_true",
        help="code petrarch-unit with the shipped knowledge base and lexicon instead of the "
        "suite's own PETR.Validate dictionaries (its default)",
    )
    _pipeline_options(ev)
    return parser


def _actor_commands(commands: Any) -> None:
    actors = commands.add_parser(
        "actors",
        help="look up and grow the actor knowledge base",
        description="Look up what the actor knowledge base knows, or mine a corpus for "
        "title-name mentions that it lacks.",
    )
    sub = actors.add_subparsers(dest="actors_command", metavar="ACTION", required=True)
    lookup = sub.add_parser(
        "lookup",
        help="print what the KB knows about a name",
        description="Print the KB's entries for NAME (a person, alias, organisation, country, "
        "demonym, seat of government or agent noun), with every dated role and its table row; "
        "--date marks the role held that day.",
    )
    lookup.add_argument("name", metavar="NAME")
    lookup.add_argument("--date", type=_date, help="mark the role held on this date")
    lookup.add_argument("--actors", type=Path, default=None, metavar="DIR", help="other tables")
    lookup.add_argument(
        "--petrarch",
        type=Path,
        default=None,
        metavar="PREFIX",
        help="look in PETRARCH-format dictionaries instead (see 'eventwire code --help')",
    )
    suggest = sub.add_parser(
        "suggest",
        help="propose people.tsv rows from title-name mentions in a corpus",
        description="Read a corpus and propose people.tsv rows (same columns) for people "
        'mentioned with a title ("Kenyan President William Ruto") whom the KB does not '
        "know, or does not have in office on the article's date; the provenance column holds "
        "the count, the dates seen and one evidence sentence. Review, then append. " + _INPUTS,
    )
    _input_options(suggest)
    suggest.add_argument("--min-count", type=_positive, default=1, metavar="N")
    suggest.add_argument("--output", "-o", type=Path, help="write the TSV here, not stdout")
    _pipeline_options(suggest)


def _store_commands(commands: Any) -> None:
    from .store.export import EXPORT_FORMATS

    ingest = commands.add_parser(
        "ingest",
        help="code articles into the event database",
        description="Code articles and store articles, events, actors, quotes and failures in "
        "a DuckDB file. Re-ingesting an unchanged article does nothing; a changed one becomes a "
        "new version. Each batch is one transaction: a run that is killed resumes where it "
        "stopped. Events reporting the same real-world event are merged into clusters. " + _INPUTS,
    )
    _input_options(ingest)
    _db_option(ingest)
    ingest.add_argument(
        "--batch-size",
        type=_positive,
        default=64,
        metavar="N",
        help="articles per transaction (default: 64)",
    )
    _scale_options(ingest)
    _pipeline_options(ingest)

    query = commands.add_parser(
        "query",
        help="find stored events",
        description="Find stored events (latest article versions). Filters combine with AND.",
    )
    _db_option(query)
    _filter_options(query)
    query.add_argument(
        "--clusters",
        action="store_true",
        help="one row per real-world event (deduplicated) with mention/article/source counts",
    )
    query.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    query.add_argument(
        "--limit", type=_positive, metavar="N", help="at most N rows (table default: 50)"
    )

    stats = commands.add_parser(
        "stats",
        help="counts by event type, month and dyad",
        description="Summarise the event database: table sizes, events by type and by month, "
        "the most frequent dyads.",
    )
    _db_option(stats)
    stats.add_argument("--top", type=_positive, default=10, metavar="N", help="dyads to list")
    stats.add_argument("--format", choices=("table", "json"), default="table")

    export = commands.add_parser(
        "export",
        help="write stored events as GDELT TSV, Parquet, PLOVER JSON or JSON Lines",
        description="Export stored events. gdelt: GDELT 2.0 event-table columns, one row per "
        "deduplicated event; parquet: a folder with one file per table; plover-json: a JSON "
        "array of PLOVER records; jsonl: one event per line with every stored column.",
    )
    export.add_argument("out", type=Path, metavar="OUT", help="file (folder for parquet)")
    export.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    _db_option(export)
    _filter_options(export)


def _feed_commands(commands: Any) -> None:
    feeds = commands.add_parser(
        "feeds",
        help="the feeds that 'eventwire watch' polls",
        description="Add, list or remove the feeds kept in the event database: RSS or Atom "
        "URLs, local feed files, or local folders of saved HTML pages and feed files.",
    )
    sub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a feed", description="Add a feed to poll.")
    add.add_argument("url", metavar="URL", help="feed URL, feed file or folder")
    add.add_argument("--name", help="a name to show instead of the URL")
    _db_option(add)
    listing = sub.add_parser("list", help="list the feeds", description="List the feeds.")
    _db_option(listing)
    remove = sub.add_parser("remove", help="remove a feed", description="Remove a feed.")
    remove.add_argument("url", metavar="URL")
    _db_option(remove)

    watch = commands.add_parser(
        "watch",
        help="poll the feeds and ingest new articles",
        description="Poll every feed (conditional requests), fetch each article page never "
        "fetched before (timeout, user agent, size cap, per-host pacing, robots.txt), extract "
        "its text and metadata, code it and store it. A feed that is down, slow, malformed or "
        "redirects in a loop is reported and the rest go on. Ctrl-C stops between articles.",
    )
    _db_option(watch)
    watch.add_argument(
        "--interval", type=_duration, default=900.0, metavar="T",
        help="time between polls: 30s, 15m (default), 1h",
    )  # fmt: skip
    watch.add_argument("--once", action="store_true", help="poll once and stop")
    watch.add_argument("--timeout", type=float, default=20.0, metavar="S", help="per request")
    watch.add_argument(
        "--max-bytes", type=int, default=5_000_000, metavar="N", help="largest page read"
    )
    watch.add_argument(
        "--host-interval", type=float, default=1.0, metavar="S",
        help="seconds between two requests to one host (default: 1)",
    )  # fmt: skip
    _pipeline_options(watch)


def _duration(value: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600}
    number, unit = (value[:-1], value[-1]) if value[-1:] in units else (value, "s")
    try:
        seconds = float(number) * units[unit]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a duration like 30s, 15m or 1h"
        ) from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive duration")
    return seconds


def _scale_options(command: argparse.ArgumentParser, note: str = "") -> None:
    scale = command.add_mutually_exclusive_group()
    scale.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="code on N local worker processes (a Dask LocalCluster)"
        + (f"; {note}" if note else ""),
    )
    scale.add_argument(
        "--scheduler", metavar="ADDRESS", help="code on a running Dask cluster (tcp://host:8786)"
    )


def _dask_coder(args: argparse.Namespace, config: PipelineConfig) -> Any:
    """A DaskCoder for ``--workers``/``--scheduler``, or None."""
    if not (args.workers or args.scheduler):
        return None
    from .scale import DaskCoder, config_for_workers

    coder = DaskCoder(config_for_workers(config), args.workers, args.scheduler)
    _say(f"coding on {coder.workers} Dask workers")
    return coder


def _db_option(command: argparse.ArgumentParser) -> None:
    from .store import DEFAULT_DB

    command.add_argument(
        "--db",
        type=Path,
        default=DEFAULT_DB,
        metavar="FILE",
        help=f"the DuckDB event database (default: {DEFAULT_DB})",
    )


def _filter_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--actor", metavar="NAME|CODE", help="actor name (part) or code")
    command.add_argument("--country", metavar="ISO3", help="source or target country")
    command.add_argument("--type", dest="event_type", metavar="T", help="PLOVER event type")
    command.add_argument("--since", type=_date, metavar="D", help="events on or after D")
    command.add_argument("--until", type=_date, metavar="D", help="events on or before D")
    command.add_argument("--status", choices=STATUSES, help="occurred, planned, negated ...")


def _pipeline_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        help=f"installed spaCy pipeline to parse with (default: {DEFAULT_MODEL})",
    )
    command.add_argument(
        "--actors",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder of actor tables that replaces the shipped knowledge base",
    )
    command.add_argument(
        "--entities",
        choices=ENTITY_MODES,
        default="rules",
        help="rules (default): names from the knowledge base and gazetteer and dates from "
        "patterns, the parse skipping the model's named-entity recogniser; model: that "
        "recogniser, about 1.7x slower, with equal or lower eval numbers but on dev-articles "
        "(README, --entities and Scaling)",
    )
    command.add_argument(
        "--min-confidence",
        type=_confidence,
        default=DEFAULT_MIN_CONFIDENCE,
        metavar="C",
        help=f"leave out events below confidence C, except each sentence's likeliest "
        f"(default: {DEFAULT_MIN_CONFIDENCE}, chosen on the team articles' tuning half; 0 "
        "keeps every event)",
    )
    command.add_argument(
        "--petrarch",
        type=Path,
        default=None,
        metavar="PREFIX",
        help="PETRARCH-format dictionaries to code with instead, named by the prefix their "
        "files share (.../PETR.Validate: PREFIX*.actors.txt, and if present PREFIX.agents.txt, "
        "PREFIX.verbs.txt, PREFIX.discards.txt)",
    )


def _config(args: argparse.Namespace) -> PipelineConfig:
    explain = not getattr(args, "no_explanations", False)
    return PipelineConfig(
        model=args.model,
        actor_dir=args.actors,
        petrarch_dictionaries=args.petrarch,
        explain=explain,
        entities=args.entities,
        min_confidence=args.min_confidence,
    )


class _Coding:
    """Reads the command's inputs and codes them (with the pipeline, loaded when first needed,
    or with ``coder``); every input that fails is reported on stderr as it happens and counted,
    and the rest go on."""

    def __init__(self, args: argparse.Namespace, coder: Any = None) -> None:
        self.args = args
        self.coder = coder
        self.failures = 0

    def failed(self, failure: Failure) -> None:
        self.failures += 1
        _say(f"error: {failure.origin}: {failure.reason}")

    def articles(self) -> Iterator[Article]:
        from .ingest.readers import read_inputs

        for item in read_inputs(self.args.paths, self.args.date):
            if isinstance(item, Failure):
                self.failed(item)
            else:
                yield item

    def pairs(self) -> Iterator[tuple[Article, CodedArticle]]:
        """Each article that coded, with its coding (one result per article, in order)."""
        if self.coder is None:
            from .api import load_pipeline

            self.coder = load_pipeline(_config(self.args)).code_many_reporting
        pending: deque[Article] = deque()

        def feed() -> Iterator[Article]:
            for article in self.articles():
                pending.append(article)
                yield article

        for result in self.coder(feed()):
            article = pending.popleft()
            if isinstance(result, Failure):
                self.failed(result)
            else:
                yield article, result

    def __iter__(self) -> Iterator[CodedArticle]:
        return (coded for _, coded in self.pairs())


def _run_code(args: argparse.Namespace, err: Console) -> int:
    if args.format == "parquet":
        return _run_code_partitions(args)
    with contextlib.ExitStack() as stack:
        dask = _dask_coder(args, _config(args))
        if dask is not None:
            stack.enter_context(dask)
        return _write_coded(args, _Coding(args, dask))


def _write_coded(args: argparse.Namespace, coded: _Coding) -> int:
    stream = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.format == "table":
            console = Console(file=stream, width=160) if args.output else _console()
            print_tables(coded, console)
        else:
            writer = write_jsonl if args.format == "jsonl" else write_json
            for article in coded:
                writer(article, stream)
                for warning in article.warnings:
                    _say(f"warning: {warning}")
    finally:
        if args.output:
            stream.close()
    return 1 if coded.failures else 0


def _run_code_partitions(args: argparse.Namespace) -> int:
    """``code --format parquet --output DIR``: events as Parquet partitions, written by the
    Dask workers themselves with ``--workers``/``--scheduler`` (#7)."""
    from .store.partitions import partition_path, write_partition
    from .store.records import chunked

    folder: Path = args.output  # main() checked that it was given
    if folder.exists() and (not folder.is_dir() or any(folder.glob("part-*.parquet"))):
        raise EventwireError(f"{folder}: not an empty folder (partitions of another run?)")
    folder.mkdir(parents=True, exist_ok=True)
    coding = _Coding(args)
    articles = events = partitions = 0
    with contextlib.ExitStack() as stack:
        dask = _dask_coder(args, _config(args))
        if dask is not None:
            stack.enter_context(dask)
            for part in dask.write_partitions(coding.articles(), folder, _PARTITION_SIZE):
                for failure in part.failures:
                    coding.failed(failure)
                articles, events, partitions = (
                    articles + part.articles,
                    events + part.events,
                    partitions + 1,
                )
        else:
            for chunk in chunked(coding.pairs(), _PARTITION_SIZE):
                partitions += 1
                events += write_partition(chunk, partition_path(folder, partitions))
                articles += len(chunk)
    _say(
        f"{folder}: {articles} articles coded, {events} events in {partitions} "
        f"partition{'' if partitions == 1 else 's'}; "
        f"DuckDB reads them in place: SELECT * FROM '{folder}/*.parquet'"
    )
    return 1 if coding.failures else 0


_PARTITION_SIZE = 256  # articles per Parquet partition


def _run_quotes(args: argparse.Namespace, out: Console) -> int:
    from .output import print_quotes, write_quotes_jsonl

    coded = _Coding(args)
    for article in coded:
        if args.format == "jsonl":
            write_quotes_jsonl(article, sys.stdout)
        else:
            print_quotes(article, out)
    return 1 if coded.failures else 0


def _run_explain(args: argparse.Namespace, out: Console) -> int:
    from .explain import print_explanations

    coded = _Coding(args)
    problems = print_explanations(coded, out, args.event)
    for problem in problems:
        _say(f"error: {problem}")
    return 1 if coded.failures or problems else 0


def _filters(args: argparse.Namespace) -> EventFilter:
    from .store import EventFilter

    return EventFilter(
        actor=args.actor,
        country=args.country,
        event_type=args.event_type,
        since=args.since,
        until=args.until,
        status=args.status,
    )


def _run_ingest(args: argparse.Namespace, out: Console) -> int:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from .api import load_pipeline
    from .ingest.readers import count_inputs, read_inputs
    from .store import open_store

    config = _config(args)
    total = count_inputs(args.paths)
    columns = (BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    with contextlib.ExitStack() as stack:
        dask = _dask_coder(args, config)
        if dask is not None:
            pipeline, coder = None, stack.enter_context(dask)
        else:
            pipeline, coder = load_pipeline(config), None
        store = stack.enter_context(open_store(args.db))
        bar = stack.enter_context(Progress(*columns, console=out, transient=True))
        task = bar.add_task("ingest", total=total)
        summary = store.ingest(
            read_inputs(args.paths, args.date),
            pipeline,
            batch_size=args.batch_size,
            progress=lambda n: bar.advance(task, n),
            coder=coder,
        )
    for line in summary.failure_lines:
        _say(f"error: {line}")
    out.print(f"{args.db}: {summary.line()}")
    return 1 if summary.failed else 0


def _run_query(args: argparse.Namespace, out: Console) -> int:
    from .store import open_store
    from .store.query_output import print_rows, write_csv, write_jsonl_rows

    limit = args.limit or (50 if args.format == "table" else None)
    with open_store(args.db, read_only=True) as store:
        filters = _filters(args)
        if args.clusters:
            table = store.clusters_arrow(filters, limit)
        else:
            table = store.events_arrow(filters, limit)
    if args.format == "jsonl":
        write_jsonl_rows(table, sys.stdout)
    elif args.format == "csv":
        write_csv(table, sys.stdout)
    else:
        print_rows(table, out, clusters=args.clusters, limit=limit)
    return 0


def _run_stats(args: argparse.Namespace, out: Console) -> int:
    from .store import open_store
    from .store.query_output import print_stats

    with open_store(args.db, read_only=True) as store:
        stats = store.stats(top=args.top)
    if args.format == "json":
        print(json.dumps(stats, default=str))
    else:
        print_stats(stats, out)
    return 0


def _run_export(args: argparse.Namespace, out: Console) -> int:
    from .store import open_store
    from .store.export import export

    with open_store(args.db, read_only=True) as store:
        rows = export(store, args.format, args.out, _filters(args))
    out.print(f"wrote {rows} rows to {args.out} ({args.format})")
    return 0


def _run_actors(args: argparse.Namespace, out: Console) -> int:
    if args.actors_command == "lookup":
        from .actors.kb import load_kb
        from .actors.tools import lookup
        from .coding.ontology import load_ontology

        if args.petrarch is not None:
            from .actors.petrarch import find_dictionaries, load_petrarch_kb

            kb = load_petrarch_kb(find_dictionaries(args.petrarch))
        else:
            kb = load_kb(args.actors, load_ontology().sectors)
        lines = lookup(kb, args.name, args.date)
        if not lines:
            _say(f"error: the actor KB knows nothing under {args.name!r}")
            return 1
        for line in lines:
            print(line)
        return 0
    from .actors.tools import PEOPLE_COLUMNS, suggest
    from .api import load_pipeline
    from .ingest.readers import read_inputs

    pipeline = load_pipeline(_config(args))
    failures = 0
    articles = []
    for item in read_inputs(args.paths, args.date):
        if isinstance(item, Failure):
            failures += 1
            _say(f"error: {item.origin}: {item.reason}")
        else:
            articles.append(item)
    rows = suggest(pipeline, articles, args.min_count)
    stream = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        stream.write("\t".join(PEOPLE_COLUMNS) + "\n")
        for row in rows:
            stream.write("\t".join(row.row()) + "\n")
    finally:
        if args.output:
            stream.close()
    _say(f"{len(rows)} suggested rows from {len(articles)} articles")
    return 1 if failures else 0


def _run_feeds(args: argparse.Namespace, out: Console) -> int:
    from .feeds import add_feed, list_feeds, remove_feed
    from .store import open_store

    with open_store(args.db) as store:
        if args.feeds_command == "add":
            added = add_feed(store, args.url, args.name)
            out.print(f"{'added' if added else 'already there'}: {args.url}")
        elif args.feeds_command == "remove":
            if not remove_feed(store, args.url):
                _say(f"error: no feed {args.url!r} in {args.db}")
                return 1
            out.print(f"removed: {args.url}")
        else:
            for feed in list_feeds(store):
                state = feed["last_status"] or "never polled"
                error = f" ({feed['last_error']})" if feed["last_error"] else ""
                print(f"{feed['url']}\t{feed['name']}\t{feed['fetched']} fetched\t{state}{error}")
    return 0


def _run_watch(args: argparse.Namespace, out: Console) -> int:
    import time

    from .api import load_pipeline
    from .feeds import Politeness, Watcher
    from .store import open_store

    manners = Politeness(
        timeout=args.timeout, max_bytes=args.max_bytes, host_interval=args.host_interval
    )
    pipeline = load_pipeline(_config(args))
    with open_store(args.db) as store:
        watcher = Watcher(store, pipeline, manners, say=_say)
        try:
            while True:
                report = watcher.poll()
                out.print(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} {report.line()}")
                if report.interrupted:
                    out.print("stopped (Ctrl-C) between articles; nothing half-stored")
                    return 0
                if args.once:
                    return 1 if report.problems else 0
                time.sleep(args.interval)
        except KeyboardInterrupt:
            out.print("stopped (Ctrl-C)")
            return 0
        finally:
            watcher.close()


def _run_serve(args: argparse.Namespace, out: Console) -> int:
    import uvicorn

    from .api import load_pipeline
    from .server import create_app

    pipeline = load_pipeline(_config(args))
    app = create_app(args.db, token=args.token, pipeline=pipeline)
    out.print(f"eventwire explorer on http://{args.host}:{args.port}/ (API docs at /docs)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _run_eval(args: argparse.Namespace, out: Console) -> int:
    from .api import load_pipeline
    from .eval.datasets import default_data_root
    from .eval.runner import evaluate, pipeline_for, render_report

    data_root = args.data_root or default_data_root()
    pipeline = load_pipeline(_config(args))
    if not (args.shipped_kb or args.actors or args.petrarch):
        pipeline = pipeline_for(args.dataset, data_root, pipeline)
    report = evaluate(args.dataset, pipeline.code_many, data_root, limit=args.limit, progress=True)
    config = pipeline.config
    report.overall["dictionaries"] = str(
        config.petrarch_dictionaries or config.actor_dir or "shipped"
    )
    out.print(render_report(report))
    if pipeline.kb.notes:
        out.print(
            f"{len(pipeline.kb.notes)} dictionary lines skipped, first: {pipeline.kb.notes[0]}"
        )
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
        out.print(f"report written to {args.report}")
    return 0


_STORE_COMMANDS = {
    "feeds": _run_feeds,
    "watch": _run_watch,
    "actors": _run_actors,
    "serve": _run_serve,
    "ingest": _run_ingest,
    "query": _run_query,
    "stats": _run_stats,
    "export": _run_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "code" and args.format == "parquet" and args.output is None:
        parser.error("--format parquet writes a folder of partitions: give --output DIR")
    err = Console(stderr=True)
    try:
        if args.command == "code":
            return _run_code(args, err)
        if args.command in _STORE_COMMANDS:
            return _STORE_COMMANDS[args.command](args, _console())
        if args.command == "explain":
            return _run_explain(args, _console())
        if args.command == "quotes":
            return _run_quotes(args, _console())
        if args.command == "eval":
            return _run_eval(args, _console())
    except EventwireError as exc:
        _say(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # "eventwire code ... | head": the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    parser.error(f"unknown command {args.command!r}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
