"""The deduplication rule on hand-made mentions: what makes two reports one event."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.store.dedup import DedupRule, match_score

DAY = dt.date(2024, 8, 3)


def _rally(source_sector: str, evidence: str) -> dict[str, Any]:
    return {
        "event_type": "PROTEST",
        "status": "occurred",
        "source_key": "VEN",
        "target_key": None,
        "source_name": None,
        "target_name": None,
        "source_sector": source_sector,
        "target_sector": None,
        "source_text": f"Venezuelan {source_sector} supporters",
        "target_text": None,
        "trigger_text": "protested",
        "date": DAY.isoformat(),
        "date_is_document_date": False,
        "date_start": DAY,
        "date_end": DAY,
        "location_geonameid": 3646738,
        "location_country": "VEN",
        "evidence": evidence,
    }


def test_an_oppositions_rally_is_not_its_governments() -> None:
    opposition = _rally("OPP", "Supporters protested in Caracas on Saturday against the result.")
    government = _rally("GOV", "Supporters rallied in Caracas on Saturday against the result.")
    # the same country, type, day and place, and alike in words: two sides all the same
    assert match_score(opposition, government, DedupRule()) is None


def test_two_reports_of_the_oppositions_rally_are_one() -> None:
    first = _rally("OPP", "Supporters protested in Caracas on Saturday against the result.")
    second = _rally("OPP", "Supporters marched in Caracas on Saturday against the result.")
    assert match_score(first, second, DedupRule()) is not None
