"""The default entity mode (#7): names from the knowledge base and gazetteer, dates from
patterns, in place of the model's NER."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.models import Article


@pytest.fixture(scope="module")
def fast(pipeline):  # type: ignore[no-untyped-def]
    return pipeline.with_options(entities="rules")


def _ents(fast, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = fast.entity_rules(fast.nlp(text, disable=["ner"]))
    return [(e.text, e.label_) for e in doc.ents]


def test_people_places_and_dates(fast) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(fast, "Nouri al-Maliki met Vladimir Putin in Moscow on Friday.")
    assert ents == [
        ("Nouri al-Maliki", "PERSON"),
        ("Vladimir Putin", "PERSON"),
        ("Moscow", "GPE"),
        ("Friday", "DATE"),
    ]


def test_titles_stay_out_of_names_and_unknown_bodies_are_organisations(fast) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(
        fast, "Foreign Minister Ahmed Attaf told the Sahel Farmers Association in Algiers."
    )
    assert ("Ahmed Attaf", "PERSON") in ents
    assert ("Sahel Farmers Association", "ORG") in ents
    assert ("Algiers", "GPE") in ents
    assert not any("Minister" in text for text, _ in ents)


def test_demonyms_and_known_organisations(fast) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(fast, "Iraqi officials asked NATO for help.")
    assert ents == [("Iraqi", "NORP"), ("NATO", "ORG")]


def test_fast_mode_codes_the_event(fast) -> None:  # type: ignore[no-untyped-def]
    coded = fast.code(
        Article(
            doc_id="t",
            text="Russian troops attacked Ukrainian soldiers near Kharkiv on Tuesday.",
            date=dt.date(2022, 3, 3),
        )
    )
    [event] = coded.events
    assert (event.source and event.source.cameo_code, event.target and event.target.cameo_code) == (
        "RUSMIL",
        "UKRMIL",
    )
    assert event.date == "2022-03-01"
    assert event.location is not None and event.location.name == "Kharkiv"


def test_a_town_name_that_begins_a_persons_name_is_the_person(fast) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer knows a town called Laurent; the actor tables do not know Gbagbo
    ents = _ents(fast, "Rebels dismissed an appeal from President Laurent Gbagbo.")
    assert ents == [("Laurent Gbagbo", "PERSON")]
    # a town the actor tables know keeps its own name: "Moscow Mayor Sergei Sobyanin"
    assert ("Moscow", "GPE") in _ents(fast, "Moscow Mayor Sergei Sobyanin met Tehran officials.")


def test_a_city_s_name_that_ends_a_persons_name_is_the_person(fast) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(
        fast, "Opposition leader Carlos Mesa spoke. Protesters marched in Mesa and Kirkuk."
    )
    # "Mesa" alone is the city in Arizona (half a million people); after an unknown first name
    # at the end of a run, a family name (not "Carlos" PERSON and "Mesa" GPE)
    assert ents == [("Carlos Mesa", "PERSON"), ("Mesa", "GPE"), ("Kirkuk", "GPE")]  # (#7)


def test_a_capitalised_function_word_inside_a_name(fast) -> None:  # type: ignore[no-untyped-def]
    # "Without" is ADP; it had split the name into "Doctors" (a medical sector) and a person
    ents = _ents(fast, "Cyril Ramaphosa warned Doctors Without Borders on Wednesday.")
    assert ("Doctors Without Borders", "ORG") in ents
    coded = fast.code(Article(doc_id="t", text="Doctors Without Borders praised Brazil on Monday."))
    assert [(e.source.name if e.source else None, e.event_type) for e in coded.events] == [
        ("Medecins Sans Frontieres", "SUPPORT")
    ]


def test_a_nisba_is_part_of_the_name_not_a_nationality(fast) -> None:  # type: ignore[no-untyped-def]
    # "al-Kuwaiti" names the man's origin in his name; his appositive says who he is (#4)
    text = "Abu Jandal al-Kuwaiti, an ISIL leader, was killed by Iraqi forces."
    assert ("Abu Jandal al-Kuwaiti", "PERSON") in _ents(fast, text)
    coded = fast.code(Article(doc_id="t", text=text, date=dt.date(2016, 12, 27)))
    assert [(e.source.country, e.target.cameo_code) for e in coded.events] == [("IRQ", "IMGMUSISI")]
