"""Which events report the same real-world event: the deduplication rule.

Two event mentions are the same event when all of these hold:

1. the same PLOVER type and the same status (a planned meeting is not the meeting);
2. the same dyad: source and target keys equal (organisation, else country, else name; sectors
   are ignored because outlets differ on them), or swapped for the symmetric types CONSULT,
   AGREE and COOPERATE; at least one side known;
3. dates within ``window_days`` of each other (date ranges for month- or year-precise dates);
   an event without a date is never merged;
4. no contradiction of place or person: if both have a location, the same place (GeoNames
   id, else country); if both name the person on a side, the same person (meeting Lavrov is
   not meeting Matviyenko, though both are RUS); if both name the target's sector, the same
   one, for all but the symmetric types (arresting protesters is not arresting an editor);
   and an opposition's act is not its government's (opposition and government supporters
   rallying in Caracas the same day are two rallies);
5. what the sentences say beyond who and what is alike: rapidfuzz ``token_set_ratio`` over
   the evidence's content words, leaving out the actors' and the trigger's words, weekday
   and attribution words ("Iran accused Israel of bombing its consulate" and "... of a
   cyberattack on its fuel stations" share their dyad, type and day, not their content):
   at least ``copy_similarity`` (a syndicated copy or light edit), or at least
   ``rewrite_similarity`` when the two also share the exact day, given by the text and not
   taken from the document date, or the same named place (a rewrite or follow-up that says
   the same thing in other words).

A new mention joins the cluster of its most similar matching mention; otherwise it starts a
cluster. Measured on ``tests/fixtures/dedup/`` (see the test and the issue note).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, utils

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class DedupRule:
    window_days: int = 2
    copy_similarity: float = 85.0
    rewrite_similarity: float = 50.0


Row = Mapping[str, Any]


def _dyad_matches(a: Row, b: Row) -> bool:
    pair_a = (a["source_key"], a["target_key"])
    pair_b = (b["source_key"], b["target_key"])
    if pair_a == (None, None):
        return False
    if pair_a == pair_b:
        return True
    return a["event_type"] in SYMMETRIC_TYPES and pair_a == pair_b[::-1]


def _dates_close(a: Row, b: Row, window: dt.timedelta) -> bool:
    if None in (a["date_start"], a["date_end"], b["date_start"], b["date_end"]):
        return False
    return bool(
        a["date_start"] - window <= b["date_end"] and b["date_start"] - window <= a["date_end"]
    )


def _place(row: Row) -> tuple[str, Any] | None:
    if row.get("location_geonameid") is not None:
        return ("geonameid", row["location_geonameid"])
    if row.get("location_country"):
        return ("country", row["location_country"])
    return None


def _people_differ(a: Row, b: Row) -> bool:
    """Both name a person on the same side (either order for symmetric types), and they differ;
    or both name the victims' kind and it differs (police who "arrested dozens of protesters in
    Tehran" and who "arrested a newspaper editor in Tehran" the same day made two arrests)."""
    names_a = (a.get("source_name"), a.get("target_name"))
    names_b = (b.get("source_name"), b.get("target_name"))
    if (a["source_key"], a["target_key"]) != (b["source_key"], b["target_key"]):
        names_b = names_b[::-1]  # a symmetric type matched the other way round
    if any(x and y and x != y for x, y in zip(names_a, names_b, strict=True)):
        return True
    # a country's opposition and its rulers are two sides, whatever else outlets differ on:
    # "opposition supporters protested in Caracas" is not "government supporters demonstrated"
    doers = {a.get("source_sector"), b.get("source_sector")}
    if "OPP" in doers and doers & _RULERS:
        return True
    # an outlet's "Russia" is another's "Russian troops": only two kinds named can differ
    kind_a, kind_b = a.get("target_sector"), b.get("target_sector")
    return a["event_type"] not in SYMMETRIC_TYPES and bool(kind_a and kind_b and kind_a != kind_b)


# a state's sectors, which its opposition is not
_RULERS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(
    """
    the and for its their his her with from that this said says told officials official monday
    tuesday wednesday thursday friday saturday sunday today yesterday week day also after
    before over into onto while when which who were was has have had been will would could new
    """.split()  # noqa: SIM905 - a word list reads better as prose
)


def content_words(row: Row) -> str:
    """The evidence's words that are not the actors', the trigger's or filler."""
    known = " ".join(
        str(row.get(k) or "") for k in ("source_text", "target_text", "trigger_text")
    ).lower()
    drop = set(_WORD.findall(known)) | _STOP
    words = [w for w in _WORD.findall((row["evidence"] or "").lower()) if w not in drop]
    return " ".join(words)


def similarity(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(a, b, processor=utils.default_process))


def match_score(
    a: Row, b: Row, rule: DedupRule, words: Callable[[Row], str] = content_words
) -> float | None:
    """How alike two mentions are (0-100) when the rule says they are one event, else None.
    ``words`` gives a row's content words (a cache of :func:`content_words` in bulk use)."""
    if a["event_type"] != b["event_type"] or a["status"] != b["status"]:
        return None
    if not _dyad_matches(a, b):
        return None
    if not _dates_close(a, b, dt.timedelta(days=rule.window_days)):
        return None
    place_a, place_b = _place(a), _place(b)
    if place_a and place_b and place_a != place_b:
        return None
    if _people_differ(a, b):
        return None
    score = similarity(words(a), words(b))
    if score >= rule.copy_similarity:
        return score
    same_day = (
        a["date"] == b["date"]
        and len(a["date"] or "") == 10
        and not (a["date_is_document_date"] or b["date_is_document_date"])
    )
    if score >= rule.rewrite_similarity and (
        same_day or (place_a is not None and place_a == place_b)
    ):
        return score
    return None


def _index_keys(row: Row) -> list[tuple[str, str | None, str | None]]:
    keys = [(row["event_type"], row["source_key"], row["target_key"])]
    if row["event_type"] in SYMMETRIC_TYPES:
        keys.append((row["event_type"], row["target_key"], row["source_key"]))
    return keys


def assign_clusters(
    new: Sequence[dict[str, Any]],
    candidates: Sequence[Row],
    next_id: Callable[[], int],
    rule: DedupRule,
) -> None:
    """Set ``cluster_id`` on each new row: the cluster of its best match among the stored
    ``candidates`` and the new rows before it, or a fresh id from ``next_id``."""
    pool: dict[tuple[str, str | None, str | None], list[Row]] = defaultdict(list)
    cache: dict[int, str] = {}  # a row meets many others: its content words are made once

    def words(row: Row) -> str:
        if id(row) not in cache:
            cache[id(row)] = content_words(row)
        return cache[id(row)]

    for row in candidates:
        pool[_index_keys(row)[0]].append(row)
    for row in new:
        best: tuple[float, int] | None = None
        for key in _index_keys(row):
            for other in pool.get(key, ()):
                score = match_score(row, other, rule, words)
                if score is not None and (best is None or score > best[0]):
                    best = (score, other["cluster_id"])
        row["cluster_id"] = best[1] if best else next_id()
        pool[_index_keys(row)[0]].append(row)


def pairwise_quality(
    predicted: Mapping[str, int], gold: Mapping[str, str]
) -> tuple[float, float, dict[str, int]]:
    """Pairwise precision and recall of a clustering: ``predicted`` maps each item to its
    cluster, ``gold`` to its true group; a pair counts when both sides have the item."""
    items = sorted(set(predicted) & set(gold))
    tp = fp = fn = 0
    for i, x in enumerate(items):
        for y in items[i + 1 :]:
            same_predicted = predicted[x] == predicted[y]
            same_gold = gold[x] == gold[y]
            tp += same_predicted and same_gold
            fp += same_predicted and not same_gold
            fn += same_gold and not same_predicted
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, {"tp": tp, "fp": fp, "fn": fn, "items": len(items)}
