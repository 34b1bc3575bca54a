"""The evaluation sets through the raw-text pipeline: numbers must not fall below the last
measured ones (tests/baselines.json). Skipped, with a reason, where ../shared/data is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.eval.runner import evaluate, pipeline_for

BASELINES = json.loads((Path(__file__).parents[1] / "baselines.json").read_text(encoding="utf-8"))


DATASETS = [
    "seed",
    "plover-gold",
    "dev-articles",
    "petrarch-gsr",
    "petrarch-unit",
    "when-where-who",
    "actors",
]


def _check(dataset: str, pipeline, shared_data: Path, baselines: dict, what: str) -> None:  # type: ignore[no-untyped-def]
    coder = pipeline_for(dataset, shared_data, pipeline)  # petrarch-unit: its PETR.Validate world
    report = evaluate(dataset, coder.code_many, shared_data)
    baseline = baselines[dataset]
    value = report.overall[baseline["metric"]]
    assert value >= baseline["value"] - 1e-9, (
        f"{dataset} ({what}): {baseline['metric']} fell to {value:.3f} from {baseline['value']:.3f}"
    )
    for metric, floor in baseline.get("also", {}).items():  # dev-articles: dates and places too
        assert report.overall[metric] >= floor - 1e-9, (
            f"{dataset} ({what}): {metric} fell to {report.overall[metric]:.3f} from {floor:.3f}"
        )
    if dataset == "seed":
        assert report.passed


@pytest.mark.parametrize("entities", ["rules", "model"])
def test_team_articles_do_not_regress(entities: str, pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The team's own articles ship in tests/fixtures, so they are scored on every machine
    (an empty data root: the bundled copy), both halves kept from falling."""
    coder = pipeline.with_options(entities=entities) if entities == "model" else pipeline
    report = evaluate("team-articles", coder.code_many, tmp_path)
    baselines = BASELINES if entities == "rules" else BASELINES["entities-model"]
    for metric, floor in baselines["team-articles"].items():
        assert report.overall[metric] >= floor - 1e-9, (
            f"team-articles ({entities}): {metric} fell to {report.overall[metric]:.3f} "
            f"from {floor:.3f}"
        )


@pytest.mark.parametrize("dataset", DATASETS)
def test_eval_does_not_regress(dataset: str, pipeline, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    assert pipeline.config.entities == "rules"  # the default the numbers were measured with
    _check(dataset, pipeline, shared_data, BASELINES, "default")


@pytest.mark.parametrize("dataset", DATASETS)
def test_model_entities_do_not_regress(dataset: str, pipeline, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    """With the model's NER (``entities="model"``) the sets keep their own measured numbers."""
    model = pipeline.with_options(entities="model")
    _check(dataset, model, shared_data, BASELINES["entities-model"], "entities=model")
