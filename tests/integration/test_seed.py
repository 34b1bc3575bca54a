"""The seed article, coded end to end, against its gold (a copy kept in tests/fixtures)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire.eval.datasets import GoldDoc
from eventwire.eval.scoring import score_seed
from eventwire.ingest.readers import article_from_text
from eventwire.models import CodedArticle

from ..conftest import FIXTURES


@pytest.fixture(scope="module")
def seed(pipeline) -> tuple[GoldDoc, CodedArticle]:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "article.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))
    article = article_from_text(text, "seed", "article.txt", dt.date(2017, 7, 25))
    return GoldDoc("seed", article, gold), pipeline.code(article)


def test_every_required_event_and_no_forbidden_one(seed) -> None:  # type: ignore[no-untyped-def]
    doc, coded = seed
    report = score_seed([doc], {"seed": coded})
    missing = [c for c in report.cases if c.get("kind") == "required" and not c.get("correct")]
    assert report.passed, f"seed gold not met: {missing}"


def test_visit_and_planned_talks_carry_their_own_dates(seed) -> None:  # type: ignore[no-untyped-def]
    _, coded = seed
    visit = [
        e for e in coded.events if e.mode == "visit" and e.target and e.target.country == "RUS"
    ]
    assert visit and visit[0].date == "2017-07-23" and visit[0].status == "occurred"
    assert visit[0].location is not None and visit[0].location.country == "RUS"
    planned = [e for e in coded.events if e.status == "planned" and e.trigger.text == "talks"]
    assert planned and planned[0].date == "2017-07-25"
    assert planned[0].explanation is not None
    assert planned[0].explanation.status_cue == "set to"


def test_maliki_resolves_to_his_2017_office(seed) -> None:  # type: ignore[no-untyped-def]
    _, coded = seed
    actors = [a for e in coded.events for a in (e.source, e.target) if a]
    maliki = [a for a in actors if a.name == "Nouri al-Maliki"]
    assert maliki and all(a.role == "Vice President" and a.country == "IRQ" for a in maliki)
    assert any(a.text == "The Iraqi leader" for a in maliki)  # coreference
    lavrov = [a for a in actors if a.name == "Sergei Lavrov"]
    assert lavrov and lavrov[0].role == "Foreign Minister" and lavrov[0].cameo_code == "RUSGOV"


def test_quotes_are_attributed_to_their_speakers(seed) -> None:  # type: ignore[no-untyped-def]
    _, coded = seed

    def quote(start: str):  # type: ignore[no-untyped-def]
        [found] = [q for q in coded.quotes if q.text.startswith(start)]
        return found

    first = quote("It is known that Russia has historically strong relations")
    assert first.speaker is not None and first.speaker.name == "Nouri al-Maliki"
    assert first.kind == "direct"
    matviyenko = quote("Russia is also determined to expand its interaction")
    assert matviyenko.speaker is not None and matviyenko.speaker.name == "Valentina Matviyenko"
    partial = quote("in Russia's role in solving most of the key international issues")
    assert partial.kind == "partial"
    assert partial.speaker is not None and partial.speaker.name == "Nouri al-Maliki"


def test_copyright_line_is_never_an_event(seed) -> None:  # type: ignore[no-untyped-def]
    _, coded = seed
    assert not [e for e in coded.events if "Copyright" in e.evidence.text]


def test_evidence_offsets_point_into_the_article_text(seed) -> None:  # type: ignore[no-untyped-def]
    doc, coded = seed
    for event in coded.events:
        assert doc.article.text[event.evidence.start : event.evidence.end] == event.evidence.text
        assert doc.article.text[event.trigger.start : event.trigger.end] == event.trigger.text


def test_places_of_the_gold_come_out_with_offsets(seed) -> None:  # type: ignore[no-untyped-def]
    doc, coded = seed
    text = doc.article.text
    for gold in doc.gold["places"]:
        found = [p for p in coded.places if p.text == gold["text"]]
        assert found, f"place {gold['text']!r} not found"
        assert all(p.country == gold["country"] for p in found)
        if "name" in gold:
            assert found[0].name == gold["name"]
        assert all(text[p.start : p.end] == p.text for p in found)  # type: ignore[index]


def test_every_gold_actor_resolves_as_written(seed, pipeline) -> None:  # type: ignore[no-untyped-def]
    doc, coded = seed
    found = [a for e in coded.events for a in (e.source, e.target) if a]
    found += [q.speaker for q in coded.quotes if q.speaker]
    parsed = pipeline.nlp(doc.article.text)
    for gold in doc.gold["actors"]:
        actor = next((a for a in found if gold["text"] in a.text), None)
        if actor is None:  # named in the text but in no event (Assad): resolve the mention
            start = doc.article.text.index(gold["text"])
            span = parsed.char_span(start, start + len(gold["text"]))
            actor = pipeline.resolver.resolve(span.root, dt.date(2017, 7, 25))
        assert actor is not None, gold["text"]
        if "coreferent" in gold:
            assert actor.name == gold["coreferent"], gold["text"]
            continue
        assert (actor.country, actor.sector) == (gold["country"], gold["sector"]), gold["text"]
        if "role_at_date" in gold:
            assert actor.role == gold["role_at_date"], gold["text"]


def test_he_who_prepares_for_talks_is_maliki_not_the_last_person_named(seed) -> None:  # type: ignore[no-untyped-def]
    _, coded = seed
    [talks] = [e for e in coded.events if "as he prepares for talks" in e.evidence.text]
    assert talks.source is not None and talks.source.name == "Nouri al-Maliki"
    assert talks.source.text == "he" and talks.status == "planned"
    assert talks.location is not None and talks.location.name == "Saint Petersburg"
