"""Coding with PETRARCH-format dictionaries in place of the shipped tables
(tests/fixtures/petrarch/Tiny.*: two made-up countries, a dated person, agents, verbs, discards)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.models import Article, CodedArticle

TINY = Path(__file__).parents[1] / "fixtures" / "petrarch" / "Tiny"


@pytest.fixture(scope="module")
def tiny(pipeline):  # type: ignore[no-untyped-def]
    return pipeline.with_dictionaries(TINY)


def _code(coder, text: str, day: dt.date = dt.date(1933, 6, 1)) -> CodedArticle:  # type: ignore[no-untyped-def]
    return coder.code(Article(doc_id="t", text=text, date=day))


def _triples(coded: CodedArticle) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(
        (
            e.source.cameo_code if e.source else None,
            e.target.cameo_code if e.target else None,
            e.cameo,
        )
        for e in coded.events
    )


def test_agents_combine_with_countries_and_codes_stay_as_written(tiny) -> None:  # type: ignore[no-untyped-def]
    coded = _code(tiny, "Freedonian soldiers attacked Sylvania on Monday.")
    assert _triples(coded) == [("FRDMIL", "SYL", "223")]
    event = coded.events[0]
    assert event.event_type == "UNMAPPED"  # 223 is the dictionary's code, not CAMEO's
    assert event.explanation is not None
    assert event.explanation.rule.startswith("Tiny.verbs.txt:3 -> CAMEO 223")


def test_verb_patterns_of_the_dictionary(tiny) -> None:  # type: ignore[no-untyped-def]
    coded = _code(tiny, "Sylvania invaded Freedonia by sea on Monday.")
    assert _triples(coded) == [("SYL", "FRD", "224")]


def test_a_dated_person_has_the_code_of_the_date(tiny) -> None:  # type: ignore[no-untyped-def]
    text = "Firefly denounced Sylvania."
    assert _triples(_code(tiny, text)) == [("FRDGOV", "SYL", "122")]
    assert _triples(_code(tiny, text, dt.date(1950, 1, 1))) == [("FRDELI", "SYL", "122")]


def test_discarded_sentence_and_story(tiny) -> None:  # type: ignore[no-untyped-def]
    kept = "Freedonia condemned Sylvania on Monday."
    coded = _code(tiny, f"Freedonia attacked Sylvania after the Football Cup final. {kept}")
    assert _triples(coded) == [("FRD", "SYL", "122")]
    story = _code(tiny, f"{kept} Critics compared it to Duck Soup.")
    assert story.events == ()
    assert "no events: the story names 'duck soup' (Tiny.discards.txt:3)" in story.warnings


def test_a_pattern_that_spells_out_the_negation_codes_an_event(tiny) -> None:  # type: ignore[no-untyped-def]
    coded = _code(tiny, "Freedonia did not praise Sylvania.")
    assert _triples(coded) == [("FRD", "SYL", "951")]
    assert coded.events[0].status == "occurred"  # 951 is the dictionary's "did not praise"
    # without such a pattern the "not" makes the act a negated one
    plain = _code(tiny, "Freedonia did not condemn Sylvania.")
    assert [(e.cameo, e.status) for e in plain.events] == [("122", "negated")]


def test_a_dictionary_title_before_a_name_gives_the_sector(tiny) -> None:  # type: ignore[no-untyped-def]
    # GROUCHO [FRD] has a country's code; "Prime Minister" is the dictionary's GOV agent
    coded = _code(tiny, "Freedonian Prime Minister Groucho condemned Sylvania.")
    assert _triples(coded) == [("FRDGOV", "SYL", "122")]


def test_the_shipped_tables_know_nothing_of_the_dictionary(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _code(pipeline, "Freedonian soldiers attacked Sylvania on Monday.")
    assert all(e.cameo != "223" for e in coded.events)


def test_a_compound_subject_pattern_and_a_symmetric_code(tiny) -> None:  # type: ignore[no-untyped-def]
    # "- % HAVE *": "%" asks for a compound subject, whose members act on each other (#4)
    both = _code(tiny, "Freedonia and Sylvania have postponed their meeting.")
    assert _triples(both) == [("FRD", "SYL", "191"), ("SYL", "FRD", "191")]
    one = _code(tiny, "Freedonia has postponed the meeting.")
    assert _triples(one) == [("FRD", None, "120")]
    # "[064:064]": the same act both ways, so two subjects renew ties with each other
    renewed = _code(tiny, "Freedonia and Sylvania renewed ties on Monday.")
    assert _triples(renewed) == [("FRD", "SYL", "064"), ("SYL", "FRD", "064")]


def test_a_paired_code_and_a_form_with_an_entry_of_its_own(tiny) -> None:  # type: ignore[no-untyped-def]
    # "LEFT [032:033]" beside "LEAVE [012]": the word as written is looked up first, and its
    # paired code is the target's act on the source (#4)
    coded = _code(tiny, "Groucho left for Sylvania on Monday for talks.")
    assert _triples(coded) == [("FRD", "SYL", "032"), ("SYL", "FRD", "033")]
    assert _triples(_code(tiny, "Groucho will leave Sylvania on Monday.")) == [
        ("FRD", "SYL", "012")
    ]
    # "SAID [023]" is not read: saying carries what is said
    assert _triples(_code(tiny, "Groucho said Freedonia condemned Sylvania.")) == [
        ("FRD", "SYL", "122")
    ]


def test_arriving_in_a_country_under_a_paired_code(tiny) -> None:  # type: ignore[no-untyped-def]
    coded = _code(tiny, "Groucho arrived in Sylvania on Monday.")
    assert _triples(coded) == [("FRD", "SYL", "032"), ("SYL", "FRD", "033")]  # had no target (#4)
