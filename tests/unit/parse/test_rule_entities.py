"""Dates found by pattern in the fast entity mode (#7); no model needed."""

from __future__ import annotations

import spacy

from eventwire.parse.rule_entities import RuleEntities

NOTHING = RuleEntities(lambda text: (), lambda text: ())


def _dates(text: str) -> list[str]:
    doc = NOTHING(spacy.blank("en")(text))
    return [e.text for e in doc.ents if e.label_ == "DATE"]


def test_named_dates() -> None:
    assert _dates("Talks open on 23 July 2017 and end July 26, 2017.") == [
        "23 July 2017",
        "July 26, 2017",
    ]
    assert _dates("They met on Friday and again last Monday night.") == [
        "Friday",
        "last Monday night",
    ]
    assert _dates("Elections are due in early March.") == ["early March"]
    # a datestamp's abbreviated weekday belongs to the date, not to the gazetteer (#4)
    assert _dates("New Delhi , Sun May 26 2013 , 01:39 hrs") == ["Sun May 26 2013"]
    assert _dates("Posted: Wed 22 July 1998") == ["Wed 22 July 1998"]


def test_relative_dates() -> None:
    assert _dates("He arrived yesterday, two days ago, and leaves next week.") == [
        "yesterday",
        "two days ago",
        "next week",
    ]
    assert _dates("Prices rose earlier this month and over the past few years.") == [
        "earlier this month",
        "the past few years",
    ]


def test_years_only_after_a_preposition() -> None:
    assert _dates("Russia annexed Crimea in 2014.") == ["2014"]
    assert _dates("The two restored relations in early 2023.") == ["early 2023"]
    assert _dates("Some 2000 troops crossed the border.") == []


def test_a_month_name_must_be_capitalised() -> None:
    assert _dates("Talks may resume in May.") == ["May"]


def test_may_after_a_name_is_the_name() -> None:
    # "Theresa May" was a date (May of the year before the story) (#5)
    assert _dates("Prime Minister Theresa May told parliament on Wednesday.") == ["Wednesday"]
    assert _dates("In May the talks resumed; they end in May 2024.") == ["May", "May 2024"]
    assert _dates("Activists joined the Million March in Hyderabad.") == ["March"]
