"""The command line: each command parses its arguments, makes one library call, formats output.

Exit codes: 0 when every input was coded, 1 when any input failed (the others are still coded and
each failure is reported on stderr as ``path: reason``), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from rich.console import Console

from . import __version__
from .config import DEFAULT_MODEL, PipelineConfig
from .errors import EventwireError
from .models import Article, CodedArticle, Failure
from .output import FORMATS, print_tables, write_json, write_jsonl

DESCRIPTION = """\
eventwire reads news text and codes political events: who did what to whom, when, where,
with the sentence that says so. Offline; nothing is downloaded at run time."""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


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
        choices=FORMATS,
        default="table",
        help="table: for people (default); jsonl: one event per line; json: one object per article",
    )
    code.add_argument("--output", "-o", type=Path, help="write here instead of stdout")
    code.add_argument(
        "--no-explanations",
        action="store_true",
        help="leave out each event's explanation (smaller JSON; see 'eventwire explain')",
    )
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
    _pipeline_options(ev)
    return parser


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


def _config(args: argparse.Namespace) -> PipelineConfig:
    explain = not getattr(args, "no_explanations", False)
    return PipelineConfig(model=args.model, actor_dir=args.actors, explain=explain)


class _Coding:
    """Reads the command's inputs and codes them; every input that fails is reported on stderr
    as it happens and counted, and the rest go on."""

    def __init__(self, args: argparse.Namespace) -> None:
        from .api import load_pipeline

        self.args = args
        self.pipeline = load_pipeline(_config(args))
        self.failures = 0

    def _articles(self) -> Iterator[Article]:
        from .ingest.readers import read_inputs

        for item in read_inputs(self.args.paths, self.args.date):
            if isinstance(item, Failure):
                self.failures += 1
                _say(f"error: {item.origin}: {item.reason}")
            else:
                yield item

    def __iter__(self) -> Iterator[CodedArticle]:
        for result in self.pipeline.code_many_reporting(self._articles()):
            if isinstance(result, Failure):
                self.failures += 1
                _say(f"error: {result.origin}: {result.reason}")
            else:
                yield result


def _run_code(args: argparse.Namespace, err: Console) -> int:
    coded = _Coding(args)
    stream = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.format == "table":
            console = Console(file=stream, width=160 if args.output else None)
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


def _run_explain(args: argparse.Namespace, out: Console) -> int:
    from .explain import print_explanations

    coded = _Coding(args)
    problems = print_explanations(coded, out, args.event)
    for problem in problems:
        _say(f"error: {problem}")
    return 1 if coded.failures or problems else 0


def _run_eval(args: argparse.Namespace, out: Console) -> int:
    from .api import load_pipeline
    from .eval.datasets import default_data_root
    from .eval.runner import evaluate, render_report

    config = _config(args)
    pipeline = load_pipeline(config)
    report = evaluate(
        args.dataset,
        pipeline.code_many,
        args.data_root or default_data_root(),
        limit=args.limit,
        progress=True,
    )
    out.print(render_report(report))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
        out.print(f"report written to {args.report}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    err = Console(stderr=True)
    try:
        if args.command == "code":
            return _run_code(args, err)
        if args.command == "explain":
            return _run_explain(args, Console())
        if args.command == "eval":
            return _run_eval(args, Console())
    except EventwireError as exc:
        _say(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    parser.error(f"unknown command {args.command!r}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
