"""Unit tests for eventwire.when.dates: date phrases, datelines and copyright years."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from eventwire.when.dates import (
    ResolvedDate,
    copyright_years,
    days_later,
    find_dateline,
    resolve_date,
)

DOC_2017 = dt.date(2017, 7, 25)  # a Tuesday: the IBTimes article in tests/fixtures
DOC_2019 = dt.date(2019, 11, 25)  # a Monday

# (expression, document date, prefer, expected value, expected precision); value None → None.
CASES: list[tuple[str, dt.date | None, str, str | None, str | None]] = [
    # document date 2017-07-25
    ("today (25 July)", DOC_2017, "past", "2017-07-25", "day"),
    ("today", DOC_2017, "past", "2017-07-25", "day"),
    ("23 July", DOC_2017, "past", "2017-07-23", "day"),
    ("on 23 July", DOC_2017, "past", "2017-07-23", "day"),
    ("July 23", DOC_2017, "past", "2017-07-23", "day"),
    ("26 July", DOC_2017, "future", "2017-07-26", "day"),
    ("until 26 July", DOC_2017, "future", "2017-07-26", "day"),
    # within the 7-day slack, a "past" day-month just after the document date stays in its year
    ("26 July", DOC_2017, "past", "2017-07-26", "day"),
    ("23 July", DOC_2017, "future", "2017-07-23", "day"),
    # beyond the slack, the direction decides the year
    ("1 September", DOC_2017, "past", "2016-09-01", "day"),
    ("1 September", DOC_2017, "future", "2017-09-01", "day"),
    ("1 June", DOC_2017, "future", "2018-06-01", "day"),
    ("in 2012", DOC_2017, "past", "2012", "year"),
    ("2012", DOC_2017, "past", "2012", "year"),
    ("the past few years", DOC_2017, "past", None, None),
    # document date 2019-11-25, a Monday
    ("Friday", DOC_2019, "past", "2019-11-22", "day"),
    ("Friday", DOC_2019, "future", "2019-11-29", "day"),
    ("Friday", DOC_2019, "current", "2019-11-22", "day"),
    ("on Monday", DOC_2019, "past", "2019-11-25", "day"),  # the document's weekday = its day
    ("Monday", DOC_2019, "future", "2019-11-25", "day"),
    ("Monday", DOC_2019, "current", "2019-11-25", "day"),
    ("Sunday's", DOC_2019, "past", "2019-11-24", "day"),
    ("late Friday", DOC_2019, "past", "2019-11-22", "day"),
    ("Saturday night", DOC_2019, "past", "2019-11-23", "day"),
    ("Tuesday", DOC_2019, "future", "2019-11-26", "day"),
    ("next Tuesday", DOC_2019, "past", "2019-11-26", "day"),
    ("last Monday", DOC_2019, "past", "2019-11-18", "day"),
    ("two days ago", DOC_2019, "past", "2019-11-23", "day"),
    ("yesterday", DOC_2019, "past", "2019-11-24", "day"),
    ("tomorrow", DOC_2019, "future", "2019-11-26", "day"),
    ("last night", DOC_2019, "past", "2019-11-24", "day"),
    ("Nov. 22", DOC_2019, "past", "2019-11-22", "day"),
    # week-based phrases: month precision of the week (Mon 18 – Sun 24 November)
    ("last week", DOC_2019, "past", "2019-11", "month"),
    ("earlier this week", DOC_2019, "past", "2019-11", "month"),
    ("over the weekend", DOC_2019, "past", "2019-11", "month"),
    # the week of Mon 25 Nov – Sun 1 Dec straddles two months → year precision
    ("this week", DOC_2019, "current", "2019", "year"),
    ("earlier this month", DOC_2019, "past", "2019-11", "month"),
    ("this month", DOC_2019, "past", "2019-11", "month"),
    ("last month", DOC_2019, "past", "2019-10", "month"),
    ("next month", DOC_2019, "future", "2019-12", "month"),
    ("two months ago", DOC_2019, "past", "2019-09", "month"),
    ("mid-March", DOC_2019, "past", "2019-03", "month"),
    ("December", DOC_2019, "past", "2018-12", "month"),
    ("December", DOC_2019, "future", "2019-12", "month"),
    ("March 2019", DOC_2019, "past", "2019-03", "month"),
    ("this year", DOC_2019, "past", "2019", "year"),
    ("earlier this year", DOC_2019, "past", "2019", "year"),
    ("late last year", DOC_2019, "past", "2018", "year"),
    ("early 2018", DOC_2019, "past", "2018", "year"),
    # vague, anaphoric, durations, decades
    ("recently", DOC_2019, "past", None, None),
    ("for years", DOC_2019, "past", None, None),
    ("in recent weeks", DOC_2019, "past", None, None),
    ("two days after", DOC_2019, "past", None, None),
    ("a day later", DOC_2019, "past", None, None),
    ("the next day", DOC_2019, "past", None, None),
    ("three days", DOC_2019, "past", None, None),
    ("two-day", DOC_2019, "past", None, None),
    ("the 1990s", DOC_2019, "past", None, None),
    ("", DOC_2019, "past", None, None),
    # never more than about a year after the document date for past events
    ("2025", DOC_2019, "past", None, None),
    ("2025", DOC_2019, "future", "2025", "year"),
    # leap day with no year: the latest 29 February on or before the document date
    ("29 February", dt.date(2019, 3, 1), "past", "2016-02-29", "day"),
    # no document date: only absolute expressions with a year
    ("23 July", None, "past", None, None),
    ("Monday", None, "past", None, None),
    ("yesterday", None, "past", None, None),
    ("today (25 July)", None, "past", None, None),
    ("23 July 2017", None, "past", "2017-07-23", "day"),
    ("today (25 July 2017)", None, "past", "2017-07-25", "day"),
    ("Sept 5, 2018", None, "past", "2018-09-05", "day"),
    ("March 2019", None, "past", "2019-03", "month"),
    ("in 2012", None, "past", "2012", "year"),
]


@pytest.mark.parametrize(("expression", "document_date", "prefer", "value", "precision"), CASES)
def test_resolve_date(
    expression: str,
    document_date: dt.date | None,
    prefer: str,
    value: str | None,
    precision: str | None,
) -> None:
    found = resolve_date(expression, document_date, prefer)  # type: ignore[arg-type, unused-ignore]
    if value is None:
        assert found is None
    else:
        assert found is not None
        assert (found.value, found.precision) == (value, precision)


def test_resolved_date_is_frozen_and_keeps_the_text_used() -> None:
    found = resolve_date("today (25 July)", DOC_2017)
    assert found == ResolvedDate("2017-07-25", "day", "25 July")
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.value = "2017-07-26"  # type: ignore[misc, unused-ignore]
    assert resolve_date("earlier this month", DOC_2019) == ResolvedDate(
        "2019-11", "month", "this month"
    )


def test_accepts_a_datetime_as_document_date() -> None:
    found = resolve_date("yesterday", dt.datetime(2019, 11, 25, 18, 30))
    assert found is not None and found.value == "2019-11-24"


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("MOSCOW, July 25 (Reuters) - President Vladimir Putin", "MOSCOW", None),
        ("WASHINGTON (AP) — The Senate voted", "WASHINGTON", None),
        (
            "BEIRUT, Lebanon, March 3, 2019 (AFP) - Protesters",
            "BEIRUT, Lebanon",
            dt.date(2019, 3, 3),
        ),
        ("LONDON, 25 July 2017 (Reuters) - Britain", "LONDON", dt.date(2017, 7, 25)),
        ("KYIV, Ukraine (AP) — Ukraine's", "KYIV, Ukraine", None),
        ("Beirut (AFP) - Lebanon's", "Beirut", None),
        ("NEW DELHI: The government", "NEW DELHI", None),
        ("ST. PETERSBURG, Russia — Talks", "ST. PETERSBURG, Russia", None),
        ("Putin to meet Iraq VP as Baghdad seeks presence", None, None),
        ("The president said (AP) - nothing", None, None),
        ("", None, None),
    ],
)
def test_find_dateline(text: str, place: str | None, date: dt.date | None) -> None:
    assert find_dateline(text) == (place, date)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Body text.\n© Copyright IBTimes 2024. All rights reserved.", [2024]),
        ("Body text.\n(c) 2019 Reuters", [2019]),
        ("Body text.\nCopyright 2020", [2020]),
        ("Copyright © 2010-2024 Example Media Ltd", [2010, 2024]),
        ("Al-Maliki previously visited Iraq in 2012 when he was the then prime minister.", []),
        (
            (
                "The court ruled in 2019 on a copyright case filed in 2015 by the label, which had "
                "argued that its recordings were copied without permission by a rival company "
                "over many years, in a long sentence of news text well over 200 characters long."
            ),
            [],
        ),
    ],
)
def test_copyright_years(text: str, years: list[int]) -> None:
    assert copyright_years(text) == years


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("two days later", 2),
        ("a day later", 1),
        ("3 weeks later", 21),
        ("The next day", 1),
        ("the following week", 7),
        ("later that day", 0),
        ("two days ago", None),
        ("next week", None),
        # and back from it
        ("two weeks earlier", -14),
        ("a day before", -1),
        ("The previous day", -1),
        ("the day before", -1),
        ("3 days earlier", -3),
        ("days earlier", None),
    ],
)
def test_days_later_counts_from_a_day_told_before(phrase: str, days: int | None) -> None:
    assert days_later(phrase) == days  # (#5)
