"""Run a coder over an evaluation data set and score it.

``evaluate`` loads the data set, passes all its articles to ``code_many`` in one call (so a
batching coder can use ``nlp.pipe`` / worker processes), collects the :class:`CodedArticle`
records by ``doc_id`` and scores them with :mod:`eventwire.eval.scoring`.
``render_report`` turns a :class:`Report` into a rich renderable; ``report_text`` into plain text.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.progress import track
from rich.table import Table
from rich.text import Text

from eventwire.eval.datasets import dataset_dictionaries, load_dataset
from eventwire.eval.scoring import Metric, Report, score
from eventwire.models import Article, CodedArticle

CodeMany = Callable[[Sequence[Article]], Iterable[CodedArticle]]

if TYPE_CHECKING:
    from eventwire.api import Pipeline


def pipeline_for(name: str, data_root: Path, pipeline: Pipeline) -> Pipeline:
    """``pipeline`` with the dictionaries data set ``name`` was written for, if it has its own
    (the PETRARCH unit suite's fictional PETR.Validate world); otherwise ``pipeline`` itself."""
    own = dataset_dictionaries(name, data_root)
    return pipeline if own is None else pipeline.with_dictionaries(own)


def evaluate(
    name: str,
    code_many: CodeMany,
    data_root: Path,
    limit: int | None = None,
    progress: bool = False,
) -> Report:
    """Load data set ``name`` from ``data_root``, code it with ``code_many`` and score it.

    ``limit`` keeps the first ``limit`` documents (in file order). With ``progress`` the coded
    results are consumed under a rich progress bar. Documents the coder returns nothing for are
    scored as coded with no events; results for unknown ``doc_id`` are ignored.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    docs = load_dataset(name, Path(data_root))
    if limit is not None:
        docs = docs[:limit]
    articles = [doc.article for doc in docs]
    results: Iterable[CodedArticle] = code_many(articles)
    if progress:
        results = track(results, total=len(articles), description=f"coding {name}")
    coded: dict[str, CodedArticle] = {}
    for item in results:
        coded[item.doc_id] = item
    return score(name, docs, coded)


def _fmt(value: Metric) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def render_report(report: Report) -> RenderableType:
    """Headline, overall metrics, per-type P/R/F1 and the confidence-band table."""
    name, value = report.headline
    parts: list[RenderableType] = []
    title = Text(f"{report.dataset}: {name} = {value:.3f}", style="bold")
    if report.passed is not None:
        title.append(
            "  PASSED" if report.passed else "  FAILED", style="green" if report.passed else "red"
        )
    parts.append(title)

    overall = Table(title="overall", show_header=True)
    overall.add_column("metric")
    overall.add_column("value", justify="right")
    for key, metric in report.overall.items():
        overall.add_row(key, _fmt(metric))
    parts.append(overall)

    if report.per_type:
        per = Table(title="per type", show_header=True)
        per.add_column("type")
        for col in ("precision", "recall", "f1", "support"):
            per.add_column(col, justify="right")
        for kind, row in report.per_type.items():
            per.add_row(
                kind,
                _fmt(row.get("precision")),
                _fmt(row.get("recall")),
                _fmt(row.get("f1")),
                _fmt(row.get("support")),
            )
        parts.append(per)

    if report.confidence_bands:
        bands = Table(title="precision by confidence band", show_header=True)
        for col in ("band", "n", "correct", "precision"):
            bands.add_column(col, justify="left" if col == "band" else "right")
        for band in report.confidence_bands:
            bands.add_row(
                _fmt(band.get("band")),
                _fmt(band.get("n")),
                _fmt(band.get("correct")),
                _fmt(band.get("precision")),
            )
        parts.append(bands)

    if report.dataset == "seed":
        seed = Table(title="gold entries", show_header=True)
        for col in ("entry", "result", "by / near miss"):
            seed.add_column(col)
        for case in report.cases:
            seed.add_row(case["id"], _seed_result(case), _seed_detail(case))
        parts.append(seed)
    return Group(*parts)


def _seed_result(case: dict[str, object]) -> str:
    kind = case.get("kind")
    ok = bool(case.get("correct"))
    if kind == "forbidden":
        return "clean" if ok else "HIT"
    if kind == "optional":
        return "found" if ok else "-"
    return "found" if ok else "MISSING"


def _seed_detail(case: dict[str, object]) -> str:
    predicted = case.get("predicted")
    if isinstance(predicted, dict):
        return str(predicted.get("event_id"))
    if isinstance(predicted, list) and predicted:
        return ", ".join(str(p.get("event_id")) for p in predicted if isinstance(p, dict))
    near = case.get("near_miss")
    if isinstance(near, dict):
        event = near.get("event")
        event_id = event.get("event_id") if isinstance(event, dict) else "?"
        failed = near.get("failed")
        failed_text = ", ".join(str(f) for f in failed) if isinstance(failed, list) else ""
        return f"near {event_id}: failed {failed_text}"
    return ""


def report_text(report: Report, width: int = 100) -> str:
    """:func:`render_report` as plain text (no colour codes)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    console.print(render_report(report))
    return buffer.getvalue()


__all__ = ["CodeMany", "evaluate", "pipeline_for", "render_report", "report_text"]
