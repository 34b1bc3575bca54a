"""evaluate() with fake coders, rendering, and oracle coders on the real data sets."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from eventwire.eval.datasets import load_dataset
from eventwire.eval.runner import evaluate, render_report, report_text
from eventwire.models import Actor, Article, CodedArticle, Event, Place, Span

SHARED_DATA = Path(__file__).parents[3].parent / "shared" / "data"

needs_shared = pytest.mark.skipif(
    not SHARED_DATA.is_dir(),
    reason=f"shared data not found at {SHARED_DATA} (../shared/data relative to the repository)",
)


def make_event(
    doc_id: str,
    n: int,
    event_type: str,
    source: Actor | None,
    target: Actor | None,
    *,
    cameo: str | None = None,
    status: str = "occurred",
    date: str | None = None,
    location: str | None = None,
    mode: str | None = None,
    evidence: str = "evidence",
    confidence: float = 0.9,
) -> Event:
    return Event(
        doc_id=doc_id,
        event_id=f"{doc_id}-{n}",
        event_type=event_type,
        mode=mode,
        cameo=cameo,
        quad_class=1,
        score=None,
        status=status,
        date=date,
        source=source,
        target=target,
        location=Place(text=location, country=location) if location else None,
        evidence=Span(text=evidence, start=0, end=len(evidence)),
        trigger=Span(text="x", start=0, end=1),
        confidence=confidence,
    )


def _dev_root(tmp_path: Path) -> Path:
    records = [
        {
            "id": f"d{i}",
            "date": "2020-01-01",
            "title": f"Title {i}",
            "text": f"Article {i}.",
            "gold": [{"source": "USA", "type": "CONSULT", "target": "DEU", "date": "2020-01-01"}],
        }
        for i in range(3)
    ]
    path = tmp_path / "dev-articles" / "articles.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return tmp_path


def test_evaluate_codes_in_one_call_with_limit_and_progress(tmp_path: Path) -> None:
    root = _dev_root(tmp_path)
    calls: list[list[str]] = []

    def code_many(articles: Sequence[Article]) -> Iterator[CodedArticle]:
        calls.append([a.doc_id for a in articles])
        for article in articles:
            events: tuple[Event, ...] = ()
            if article.doc_id == "d0":
                events = (
                    make_event(
                        "d0", 0, "CONSULT", Actor("US", country="USA"), Actor("DE", country="DEU")
                    ),
                )
            yield CodedArticle(article.doc_id, article.title, article.date, events=events)

    report = evaluate("dev-articles", code_many, root, limit=2, progress=True)
    assert calls == [["d0", "d1"]]
    assert report.overall["articles"] == 2
    assert (report.overall["tp"], report.overall["fn"]) == (1, 1)
    assert report.headline[0] == "f1"
    text = report_text(report)
    assert "dev-articles: f1 = 0.667" in text
    assert "CONSULT" in text
    assert "[0.85,1]" in text
    assert render_report(report) is not None


def test_evaluate_rejects_negative_limit(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        evaluate("dev-articles", lambda articles: [], _dev_root(tmp_path), limit=-1)


# --------------------------------------------------------------------------- oracle coders
# Coders that turn the gold back into events must score perfectly on the real data: this
# checks that every scorer reads the real gold the way the loaders wrote it.


def _actor(country: str | None, sector: str | None = None, **extra: Any) -> Actor:
    if country == "IGO":
        return Actor(text="organisation", igo="EU", sector=sector)
    return Actor(text=extra.get("text", "someone"), country=country, sector=sector)


def _oracle(name: str) -> Any:
    docs = {d.doc_id: d for d in load_dataset(name, SHARED_DATA)}

    def code_many(articles: Sequence[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            gold = docs[article.doc_id].gold
            events: list[Event] = []
            if name == "plover-gold":
                events.append(make_event(article.doc_id, 0, gold["type"], None, None))
            elif name.startswith("petrarch"):
                for n, t in enumerate(gold["expected"]):
                    events.append(
                        make_event(
                            article.doc_id,
                            n,
                            "X",
                            Actor("s", cameo_code=t["source"]),
                            Actor("t", cameo_code=t["target"]),
                            cameo=t["code"],
                        )
                    )
            elif name == "dev-articles":
                for n, g in enumerate(gold):
                    events.append(
                        make_event(
                            article.doc_id,
                            n,
                            g["type"],
                            _actor(g["source"], g.get("source_sector")),
                            _actor(g["target"], g.get("target_sector")) if g["target"] else None,
                            date=g.get("date"),
                            location=g.get("location"),
                            status=g.get("status", "occurred"),
                        )
                    )
            else:  # seed
                for n, g in enumerate(gold["required"]):
                    source = (
                        Actor("coalition", igo="coalition")
                        if g.get("source_igo")
                        else _actor(g.get("source"), g.get("source_sector"))
                    )
                    target = Actor(
                        g.get("target_name_contains") or "someone",
                        country=g.get("target"),
                        sector=g.get("target_sector"),
                    )
                    events.append(
                        make_event(
                            article.doc_id,
                            n,
                            g["type"],
                            source,
                            target,
                            status=g.get("status", "occurred"),
                            date=g.get("date"),
                            location=g.get("location"),
                            mode=g.get("mode"),
                        )
                    )
            yield CodedArticle(article.doc_id, article.title, article.date, events=tuple(events))

    return code_many


@needs_shared
@pytest.mark.shared
@pytest.mark.parametrize(
    "name", ["seed", "plover-gold", "petrarch-gsr", "petrarch-unit", "dev-articles"]
)
def test_oracle_scores_perfectly_on_real_data(name: str) -> None:
    report = evaluate(name, _oracle(name), SHARED_DATA)
    assert report.headline[1] == 1.0, report.headline
    if name == "seed":
        assert report.passed is True
        assert report.overall["required_found"] == 6
    if name == "petrarch-unit":
        assert report.overall["cases"] == 279
        assert report.overall["skipped"] == 5
    if name == "dev-articles":
        assert report.overall["tp"] == 50
        assert report.overall["date_accuracy"] == 1.0
        assert report.overall["location_accuracy"] == 1.0
    json.dumps(report.to_dict())
    assert report_text(report)
