"""Every event explains itself (#9): the seed's explanations cite real rows of the shipped tables,
and ``eventwire explain`` says it in plain words."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.errors import ConfigError
from eventwire.ingest.readers import article_from_text
from eventwire.models import CodedArticle, Event

from ..conftest import FIXTURES

DATE = dt.date(2017, 7, 25)
CITATION = re.compile(r"([\w.]+\.(?:txt|tsv)):(\d+)")
DATA = Path(str(resources.files("eventwire").joinpath("data")))
TABLES = {
    "CAMEO.2.0.txt": DATA / "cameo" / "CAMEO.2.0.txt",
    "verbs.tsv": DATA / "coding" / "verbs.tsv",
    "nouns.tsv": DATA / "coding" / "nouns.tsv",
    "patterns.tsv": DATA / "coding" / "patterns.tsv",
    "people.tsv": DATA / "actors" / "people.tsv",
    "countries.tsv": DATA / "actors" / "countries.tsv",
    "agents.tsv": DATA / "actors" / "agents.tsv",
}


def _seed_article():  # type: ignore[no-untyped-def]
    text = (FIXTURES / "article.txt").read_text(encoding="utf-8")
    return article_from_text(text, "seed", "article.txt", DATE)


@pytest.fixture(scope="module")
def coded(pipeline) -> CodedArticle:  # type: ignore[no-untyped-def]
    return pipeline.code(_seed_article())


def _line(text: str) -> str:
    """The row of a shipped table that ``text`` cites first as 'file:line'."""
    found = CITATION.search(text)
    assert found, f"no file:line citation in {text!r}"
    lines = TABLES[found.group(1)].read_text(encoding="utf-8").splitlines()
    return lines[int(found.group(2)) - 1]


def _event(coded: CodedArticle, trigger: str, target_words: str) -> Event:
    [event] = [
        e
        for e in coded.events
        if e.trigger.text == trigger and e.target and target_words in e.target.text
    ]
    return event


def _maliki_row(pipeline) -> str:  # type: ignore[no-untyped-def]
    tenure = pipeline.kb.people["Nouri al-Maliki"].tenure_at(DATE)
    assert tenure.role == "Vice President"
    return tenure.where


def test_planned_talks_with_putin_name_entry_rows_and_cue(coded, pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _event(coded, "talks", "Vladimir Putin")
    x = event.explanation
    assert x is not None
    assert x.rule.startswith("nouns.tsv:") and x.rule.endswith(
        "-> CAMEO 040 (Consult, not specified below) -> PLOVER CONSULT"
    )
    assert x.lexicon_entry == "talks [040]"
    assert _line(x.rule).startswith("talks\t040")
    assert x.status_cue == "set to" and event.status == "planned"
    # the source is "The Iraqi leader": the chain goes back to the named mention and its KB row
    assert x.source_how is not None
    assert x.source_how.startswith("coreference: description 'The Iraqi leader' -> Nouri al-Maliki")
    assert "named as 'Iraqi Vice President Nouri al-Maliki'" in x.source_how
    row = _maliki_row(pipeline)
    assert f"{row}: Vice President of IRQ 2016-10..2018-10, the role held on 2017-07-25" in (
        x.source_how
    )
    assert "Nouri al-Maliki" in _line(row) and "Vice President" in _line(row)
    assert x.target_how is not None and "President of RUS" in x.target_how
    assert "Vladimir Putin" in _line(x.target_how)
    assert x.date_from == "clause: 'today (25 July)'"
    assert x.location_from == "clause: 'Russia'"


def test_meeting_with_lavrov_cites_the_cameo_verb_entry(coded) -> None:  # type: ignore[no-untyped-def]
    event = _event(coded, "met", "Lavrov")
    x = event.explanation
    assert x is not None and x.rule.startswith("CAMEO.2.0.txt:")
    assert _line(x.rule).strip().startswith("MEET")
    assert x.lexicon_entry == "MEET {MEETS MET MEETING} [040]"
    assert x.status_cue is None and event.status == "occurred"
    assert x.target_how is not None and x.target_how.startswith("people.tsv:")
    assert "Sergei Lavrov" in _line(x.target_how)


def test_visit_explains_its_own_date_and_place(coded) -> None:  # type: ignore[no-untyped-def]
    [visit] = [e for e in coded.events if e.mode == "visit"]
    x = visit.explanation
    assert x is not None and x.lexicon_entry == "visit [042]"
    assert x.rule.endswith("-> CAMEO 042 (Make a visit) -> PLOVER CONSULT/visit")
    assert x.date_from == "clause: '23 July'" and visit.date == "2017-07-23"
    assert x.target_how is not None and x.target_how.startswith("country 'Russia' (countries.tsv:")
    assert _line(x.target_how).startswith("RUS\t")


def test_seat_of_government_and_agent_nouns_cite_their_rows(coded) -> None:  # type: ignore[no-untyped-def]
    seeking = _event(coded, "seeking", "Moscow")
    assert seeking.explanation is not None
    assert seeking.explanation.rule.startswith("verbs.tsv:")
    assert seeking.explanation.lexicon_entry == "seek [020]"
    assert seeking.explanation.target_how is not None
    assert seeking.explanation.target_how.startswith("seat of government 'Moscow' (countries.tsv:")
    # "Russian foreign minister" with no name: the office's holder on the date, by the KB
    minister = _event(coded, "talks", "Russian foreign minister")
    how = minister.explanation.target_how if minister.explanation else None
    assert how is not None
    assert how.startswith("office 'foreign minister' of RUS on 2017-07-25 (agents.tsv:")
    assert "Sergei Lavrov, Foreign Minister 2004-03..present" in how
    assert "Sergei Lavrov" in _line(how.split("): ", 1)[1])
    speaker = _event(coded, "talks", "parliament speaker")
    how = speaker.explanation.target_how if speaker.explanation else None
    assert how is not None and how.startswith("agent 'parliament speaker' (agents.tsv:")
    assert "parliament speaker" in _line(how)


def test_every_cited_row_exists_and_names_what_it_claims(coded) -> None:  # type: ignore[no-untyped-def]
    for event in coded.events:
        x = event.explanation
        assert x is not None
        cited = x.rule.split(" ")[0]
        line = _line(x.rule)
        lemma = x.lexicon_entry.split(" ")[0] if x.lexicon_entry else ""
        # a pattern line is cited by its own line; the entry text starts with its verb
        assert lemma.lower() in line.lower() or line.strip().startswith("- "), (cited, line)


def test_explanations_can_be_turned_off(pipeline) -> None:  # type: ignore[no-untyped-def]
    quiet = pipeline.with_options(explain=False)
    coded = quiet.code(_seed_article())
    assert coded.events and all(e.explanation is None for e in coded.events)
    assert [e.event_type for e in coded.events] == [
        e.event_type for e in pipeline.code(_seed_article()).events
    ]


def test_options_that_need_a_reload_are_refused(pipeline) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="model cannot change without load_pipeline"):
        pipeline.with_options(model="en_core_web_lg")


@pytest.fixture
def _shared_pipeline(pipeline, monkeypatch):  # type: ignore[no-untyped-def]
    import eventwire.api

    monkeypatch.setattr(eventwire.api, "load_pipeline", lambda config=None: pipeline)


@pytest.mark.usefixtures("_shared_pipeline")
def test_explain_command_prints_the_path_in_words(capsys, coded, pipeline) -> None:  # type: ignore[no-untyped-def]
    number = 1 + coded.events.index(_event(coded, "talks", "Vladimir Putin"))
    rc = main(
        ["explain", str(FIXTURES / "article.txt"), "--date", "2017-07-25", "--event", str(number)]
    )
    out = " ".join(capsys.readouterr().out.split())  # rich folds long lines
    assert rc == 0
    assert f"Event {number} of {len(coded.events)}: CONSULT" in out
    assert "is set to hold formal talks with President Vladimir Putin" in out
    assert "trigger 'talks'" in out
    assert "entry as written: talks [040]" in out
    assert f"{_maliki_row(pipeline)}: Vice President of IRQ" in out
    assert "planned (announced, intended or scheduled, not yet happened): the cue 'set to'" in out
    assert out.count("Event ") == 1


@pytest.mark.usefixtures("_shared_pipeline")
def test_explain_names_the_article_that_lacks_the_event(capsys, coded) -> None:  # type: ignore[no-untyped-def]
    rc = main(["explain", str(FIXTURES / "article.txt"), "--date", "2017-07-25", "--event", "99"])
    err = capsys.readouterr().err
    assert rc == 1
    assert f"article.txt: no event 99; the article has {len(coded.events)} events" in err


def test_explain_rejects_a_non_positive_event_number(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        main(["explain", "x.txt", "--event", "0"])
    assert exit_info.value.code == 2
    assert "'0' is not a positive whole number" in capsys.readouterr().err
