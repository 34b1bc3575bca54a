"""The common date phrases read without dateparser must read as dateparser reads them (#7)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from eventwire.when import dates

PHRASES = [
    "today",
    "yesterday",
    "two days ago",
    "10 days ago",
    "23 July 2017",
    "July 23, 2017",
    "July 23",
    "23 July",
    "Jan. 5",
    "3rd March",
    "31 December",
    "1 January",
]
BASES = [dt.date(2017, 7, 23), dt.date(2017, 7, 25), dt.date(2023, 12, 31), dt.date(2024, 1, 1)]


@pytest.mark.parametrize("prefer", ["past", "future", "current"])
def test_plain_reading_equals_dateparser(prefer: dates.Prefer) -> None:
    for phrase, base in itertools.product(PHRASES, BASES):
        plain = dates._plain_read(phrase, base, prefer)
        assert plain is not None, phrase
        assert plain == dates._dateparser_read.__wrapped__(phrase, base, prefer), (phrase, base)


def test_other_phrases_are_left_to_dateparser() -> None:
    base = dt.date(2024, 2, 29)
    assert dates._plain_read("last week", base, "past") is None
    assert dates._plain_read("29 February", base, "future") is None  # the next one is in 2028
    assert dates._plain_read("30 February", base, "past") is None
