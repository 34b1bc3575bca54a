"""The evaluation sets through the raw-text pipeline: numbers must not fall below the last
measured ones (tests/baselines.json). Skipped, with a reason, where ../shared/data is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.eval.runner import evaluate, pipeline_for

BASELINES = json.loads((Path(__file__).parents[1] / "baselines.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "dataset", ["seed", "plover-gold", "dev-articles", "petrarch-gsr", "petrarch-unit"]
)
def test_eval_does_not_regress(dataset: str, pipeline, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    coder = pipeline_for(dataset, shared_data, pipeline)  # petrarch-unit: its PETR.Validate world
    report = evaluate(dataset, coder.code_many, shared_data)
    baseline = BASELINES[dataset]
    value = report.overall[baseline["metric"]]
    assert value >= baseline["value"] - 1e-9, (
        f"{dataset}: {baseline['metric']} fell to {value:.3f} from {baseline['value']:.3f}"
    )
    if dataset == "seed":
        assert report.passed


RULES = BASELINES["entities-rules"]


@pytest.mark.parametrize(
    "dataset", ["seed", "plover-gold", "dev-articles", "when-where-who", "actors", "petrarch-gsr"]
)
def test_fast_entities_do_not_regress(dataset: str, pipeline, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    """The fast mode (entities from rules, #7) keeps its own measured numbers."""
    coder = pipeline_for(dataset, shared_data, pipeline.with_options(entities="rules"))
    report = evaluate(dataset, coder.code_many, shared_data)
    baseline = RULES[dataset]
    value = report.overall[baseline["metric"]]
    assert value >= baseline["value"] - 1e-9, (
        f"{dataset} (entities=rules): {baseline['metric']} fell to {value:.3f} "
        f"from {baseline['value']:.3f}"
    )
