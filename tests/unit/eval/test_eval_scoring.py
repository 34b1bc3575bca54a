"""Scorers on small hand-made gold docs and hand-built coded articles (no spaCy)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from eventwire.eval.datasets import GoldDoc
from eventwire.eval.scoring import (
    SCORERS,
    Report,
    confidence_band,
    event_triple,
    prf,
    score,
    score_dev_articles,
    score_petrarch_gsr,
    score_petrarch_unit,
    score_plover_gold,
    score_seed,
    seed_mismatches,
)
from eventwire.models import Actor, Article, CodedArticle, Event, Place, Span

# --------------------------------------------------------------------------- builders


def actor(
    country: str | None = None,
    sector: str | None = None,
    *,
    igo: str | None = None,
    code: str | None = None,
    text: str = "someone",
    name: str | None = None,
) -> Actor:
    return Actor(text=text, name=name, country=country, sector=sector, igo=igo, cameo_code=code)


_counter = iter(range(1_000_000))


def event(
    event_type: str,
    source: Actor | None = None,
    target: Actor | None = None,
    *,
    confidence: float = 0.9,
    status: str = "occurred",
    cameo: str | None = None,
    date: str | None = None,
    location: str | None = None,
    mode: str | None = None,
    evidence: str = "some evidence",
    doc_id: str = "d",
) -> Event:
    return Event(
        doc_id=doc_id,
        event_id=f"{doc_id}-e{next(_counter)}",
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


def doc(doc_id: str, gold: Any, text: str = "A sentence.") -> GoldDoc:
    return GoldDoc(doc_id=doc_id, article=Article(doc_id=doc_id, text=text), gold=gold)


def coded(doc_id: str, *events: Event) -> CodedArticle:
    return CodedArticle(doc_id=doc_id, title=None, date=dt.date(2020, 1, 1), events=events)


def as_map(*articles: CodedArticle) -> dict[str, CodedArticle]:
    return {a.doc_id: a for a in articles}


def case(report: Report, case_id: str) -> dict[str, Any]:
    return next(c for c in report.cases if c["id"] == case_id)


# --------------------------------------------------------------------------- shared helpers


def test_prf_handles_zero_denominators() -> None:
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert prf(1, 1, 0) == pytest.approx((0.5, 1.0, 2 / 3))


@pytest.mark.parametrize(
    ("confidence", "band"),
    [
        (0.0, "[0,0.5)"),
        (0.49, "[0,0.5)"),
        (0.5, "[0.5,0.7)"),
        (0.7, "[0.7,0.85)"),
        (0.8499, "[0.7,0.85)"),
        (0.85, "[0.85,1]"),
        (1.0, "[0.85,1]"),
        (-0.1, "[0,0.5)"),
        (1.2, "[0.85,1]"),
    ],
)
def test_confidence_band_edges(confidence: float, band: str) -> None:
    assert confidence_band(confidence) == band


def test_unknown_dataset_name_is_a_dataset_error() -> None:
    from eventwire.errors import DatasetError

    with pytest.raises(DatasetError, match="unknown data set"):
        score("nope", [], {})


# --------------------------------------------------------------------------- plover-gold


def _plover_docs() -> list[GoldDoc]:
    return [
        doc("p1", {"type": "REQUEST", "label_2016": "DEMAND"}),
        doc("p2", {"type": "REQUEST", "label_2016": "DEMAND"}),
        doc("p3", {"type": "AGREE", "label_2016": "AGREE"}),
        # a label the loader did not relabel: the scorer relabels it too
        doc("p4", {"type": "FIGHT"}),
    ]


def test_plover_gold_top_event_decides_and_any_event_is_secondary() -> None:
    predictions = as_map(
        coded("p1", event("REQUEST", confidence=0.9), event("ACCUSE", confidence=0.3)),
        # wrong type on top; the gold type only on a lower-confidence event
        coded("p2", event("ACCUSE", confidence=0.8), event("REQUEST", confidence=0.6)),
        # p3: no events at all
        coded("p3"),
        coded("p4", event("ASSAULT", confidence=0.95)),
    )
    report = score_plover_gold(_plover_docs(), predictions)
    assert report.headline == ("event_type_accuracy", 0.5)
    assert report.overall["any_event_type_accuracy"] == 0.75
    assert report.overall["no_event_sentences"] == 1
    assert case(report, "p1")["correct"] is True
    assert case(report, "p2")["correct"] is False
    assert case(report, "p2")["any_correct"] is True
    assert case(report, "p2")["predicted_type"] == "ACCUSE"
    assert case(report, "p4")["correct"] is True
    assert case(report, "p4")["expected"]["type"] == "ASSAULT"

    request = report.per_type["REQUEST"]
    assert (request["precision"], request["recall"], request["support"]) == (1.0, 0.5, 2)
    accuse = report.per_type["ACCUSE"]
    assert (accuse["precision"], accuse["recall"], accuse["support"]) == (0.0, 0.0, 0)
    assert report.per_type["AGREE"]["recall"] == 0.0

    bands = {b["band"]: b for b in report.confidence_bands}
    assert bands["[0.85,1]"] == {"band": "[0.85,1]", "n": 2, "correct": 2, "precision": 1.0}
    assert bands["[0.7,0.85)"]["precision"] == 0.0
    assert bands["[0.5,0.7)"]["precision"] == 1.0
    assert bands["[0,0.5)"]["n"] == 1


def test_plover_gold_tie_goes_to_the_first_event() -> None:
    docs = [doc("p1", {"type": "AGREE"})]
    first = as_map(coded("p1", event("AGREE", confidence=0.7), event("REJECT", confidence=0.7)))
    second = as_map(coded("p1", event("REJECT", confidence=0.7), event("AGREE", confidence=0.7)))
    assert score_plover_gold(docs, first).headline[1] == 1.0
    assert score_plover_gold(docs, second).headline[1] == 0.0


def test_plover_gold_counts_future_or_conditional_cooperation_as_agree() -> None:
    docs = [doc("p1", {"type": "AGREE"})]
    for status, right in (("planned", True), ("hypothetical", True), ("occurred", False)):
        meeting = as_map(coded("p1", event("CONSULT", status=status)))
        assert score_plover_gold(docs, meeting).headline[1] == (1.0 if right else 0.0), status
    threat = as_map(coded("p1", event("ASSAULT", status="hypothetical")))
    assert score_plover_gold(docs, threat).headline[1] == 0.0  # conflict stays its own type


def test_missing_coded_article_counts_as_no_events() -> None:
    report = score_plover_gold([doc("p1", {"type": "AGREE"})], {})
    assert report.overall["missing_coded"] == 1
    assert report.headline[1] == 0.0


# --------------------------------------------------------------------------- petrarch


def _petrarch_gold(*triples: tuple[str, str, str], evaluate: bool = True) -> dict[str, Any]:
    return {
        "expected": [{"source": s, "target": t, "code": c} for s, t, c in triples],
        "expect_none": not triples,
        "evaluate": evaluate,
        "expected_error": None,
        "category": "TEST",
    }


def test_petrarch_exact_match_expect_none_and_triples() -> None:
    docs = [
        doc("right", _petrarch_gold(("USA", "CHN", "042"))),
        doc("wrong_code", _petrarch_gold(("USAGOV", "ISR", "121"))),
        doc("none_ok", _petrarch_gold()),
        doc("none_bad", _petrarch_gold()),
        doc("skipped", _petrarch_gold(("ARN", "GON", "064"), evaluate=False)),
    ]
    predictions = as_map(
        coded("right", event("CONSULT", actor(code="USA"), actor(code="CHN"), cameo="042")),
        coded(
            "wrong_code",
            event("SUPPORT", actor(code="USAGOV"), actor(code="ISR"), cameo="051"),
        ),
        # a negated event is not output for PETRARCH purposes
        coded("none_ok", event("ASSAULT", actor(code="ARN"), cameo="190", status="negated")),
        coded("none_bad", event("ASSAULT", actor(code="ARN"), actor(code="GON"), cameo="190")),
    )
    report = score_petrarch_gsr(docs, predictions)
    assert report.dataset == "petrarch-gsr"
    assert report.headline == ("case_exact_match", 0.5)
    assert report.overall["skipped"] == 1
    assert report.overall["cases"] == 4
    assert report.overall["expect_none_cases"] == 2
    assert report.overall["expect_none_correct"] == 1
    assert report.overall["ignored_events"] == 1
    assert (report.overall["tp"], report.overall["fp"], report.overall["fn"]) == (1, 2, 1)
    assert report.overall["triple_precision"] == pytest.approx(1 / 3)
    assert report.overall["triple_recall"] == 0.5
    assert case(report, "right")["correct"] is True
    assert case(report, "wrong_code")["predicted"] == [["USAGOV", "ISR", "051"]]
    assert case(report, "none_ok")["correct"] is True
    assert case(report, "none_bad")["correct"] is False
    assert all(c["id"] != "skipped" for c in report.cases)
    assert report.per_type["04"]["f1"] == 1.0
    assert report.per_type["12"]["recall"] == 0.0
    assert report.per_type["05"]["precision"] == 0.0
    bands = {b["band"]: b for b in report.confidence_bands}
    assert bands["[0.85,1]"]["n"] == 3
    assert bands["[0.85,1]"]["correct"] == 1


def test_petrarch_missing_actor_or_code_is_three_dashes() -> None:
    no_target = event("REQUEST", actor(code="GONGOV"), None, cameo="100")
    uncoded = event("REQUEST", actor(code=None), actor(code="ARN"), cameo=None)
    assert event_triple(no_target) == ("GONGOV", "---", "100")
    assert event_triple(uncoded) == ("---", "ARN", "---")
    docs = [doc("c1", _petrarch_gold(("GONGOV", "---", "100")))]
    report = score_petrarch_unit(docs, as_map(coded("c1", no_target)))
    assert report.dataset == "petrarch-unit"
    assert report.headline[1] == 1.0


def test_petrarch_compares_multisets() -> None:
    docs = [doc("c1", _petrarch_gold(("ARN", "GON", "064"), ("ARN", "GON", "064")))]
    once = event("COOPERATE", actor(code="ARN"), actor(code="GON"), cameo="064")
    twice = event("COOPERATE", actor(code="ARN"), actor(code="GON"), cameo="064")
    assert score_petrarch_unit(docs, as_map(coded("c1", once))).headline[1] == 0.0
    assert score_petrarch_unit(docs, as_map(coded("c1", once, twice))).headline[1] == 1.0


# --------------------------------------------------------------------------- dev-articles


def _dev_gold(
    source: str | None,
    type_: str,
    target: str | None,
    date: str | None = None,
    location: str | None = None,
) -> dict[str, Any]:
    return {
        "source": source,
        "source_sector": "GOV",
        "type": type_,
        "target": target,
        "target_sector": "GOV",
        "date": date,
        "location": location,
        "status": "occurred",
    }


def test_dev_articles_igo_rule_negated_ignored_and_one_to_one() -> None:
    docs = [
        doc(
            "a1",
            [
                _dev_gold("IGO", "SANCTION", "BLR", date="2021-05-24"),
                _dev_gold("USA", "CONSULT", "DEU", date="2021-05-23", location="DEU"),
                _dev_gold("LBN", "REQUEST", None),
            ],
        ),
        doc("a2", [_dev_gold("IND", "ASSAULT", "PAK", location="PAK")]),
    ]
    eu = actor(igo="EU", text="European Union")
    eu_with_country = actor("BEL", igo="EU")
    predictions = as_map(
        coded(
            "a1",
            event("SANCTION", eu, actor("BLR"), date="2021-05-24"),
            # same tuple again: one-to-one, so this one is a false positive
            event("SANCTION", eu_with_country, actor("BLR"), confidence=0.6),
            event("CONSULT", actor("USA"), actor("DEU"), date="2021-05-22", location="DEU"),
            event("REQUEST", actor("LBN"), None),
            # negated / hypothetical events are ignored, not false positives
            event("ASSAULT", actor("USA"), actor("DEU"), status="negated"),
            event("ASSAULT", actor("DEU"), actor("USA"), status="hypothetical"),
        ),
        coded("a2", event("ASSAULT", actor("PAK"), actor("IND"), location="PAK")),
    )
    report = score_dev_articles(docs, predictions)
    overall = report.overall
    assert (overall["tp"], overall["fp"], overall["fn"]) == (3, 2, 1)
    assert overall["precision"] == pytest.approx(3 / 5)
    assert overall["recall"] == pytest.approx(3 / 4)
    assert report.headline[0] == "f1"
    assert report.headline[1] == pytest.approx(2 / 3)
    assert overall["ignored_events"] == 2
    # dates: IGO SANCTION right, USA CONSULT wrong; LBN REQUEST has no gold date
    assert (overall["date_checked"], overall["date_accuracy"]) == (2, 0.5)
    assert (overall["location_checked"], overall["location_accuracy"]) == (1, 1.0)
    a1 = case(report, "a1")
    assert a1["correct"] is False
    assert a1["missed"] == []
    assert len(a1["false_positives"]) == 1
    # the higher-ranked candidate (right date) was paired with the gold event
    assert a1["matches"][0]["date_ok"] is True
    a2 = case(report, "a2")
    assert a2["missed"] == [0]
    assert report.per_type["SANCTION"]["precision"] == 0.5
    assert report.per_type["ASSAULT"]["recall"] == 0.0
    bands = {b["band"]: b for b in report.confidence_bands}
    assert bands["[0.5,0.7)"] == {"band": "[0.5,0.7)", "n": 1, "correct": 0, "precision": 0.0}
    assert bands["[0.85,1]"]["correct"] == 3


def test_dev_articles_prefers_candidate_with_right_date() -> None:
    docs = [doc("a1", [_dev_gold("USA", "CONSULT", "DEU", date="2021-05-23")])]
    wrong = event("CONSULT", actor("USA"), actor("DEU"), date="2021-05-20", confidence=0.99)
    right = event("CONSULT", actor("USA"), actor("DEU"), date="2021-05-23", confidence=0.5)
    report = score_dev_articles(docs, as_map(coded("a1", wrong, right)))
    assert report.overall["date_accuracy"] == 1.0
    assert case(report, "a1")["matches"][0]["event_id"] == right.event_id


def test_team_articles_scores_each_half_beside_the_whole() -> None:
    gold = [_dev_gold("USA", "CONSULT", "DEU")]
    docs = [
        dataclasses.replace(doc("t1", gold), half="tuning"),
        dataclasses.replace(doc("h1", gold), half="held-out"),
    ]
    predictions = as_map(
        coded("t1", event("CONSULT", actor("USA"), actor("DEU"))),
        coded("h1", event("CONSULT", actor("USA"), actor("FRA"))),
    )
    report = SCORERS["team-articles"](docs, predictions)
    assert report.dataset == "team-articles"
    assert report.headline[1] == pytest.approx(0.5)
    assert report.overall["f1_tuning"] == 1.0
    assert report.overall["f1_held-out"] == 0.0
    assert [c["half"] for c in report.cases] == ["tuning", "held-out"]
    # a set with no halves reports none
    assert "f1_tuning" not in score_dev_articles([doc("t1", gold)], predictions).overall


def test_a_transnational_armed_group_counts_as_an_organisation_of_states() -> None:
    # the team articles' convention: the Islamic State, al-Qaeda are "IGO", as CAMEO codes
    # them (IMG); a group of one country is that country's
    gold = [_dev_gold("FRA", "ASSAULT", "IGO"), _dev_gold("NGA", "ASSAULT", "NGA")]
    predictions = as_map(
        coded(
            "t1",
            event("ASSAULT", actor("FRA"), actor(code="IMGMUSISI", sector="REB")),
            event("ASSAULT", actor("NGA"), actor("NGA", "REB", code="NGAREB")),
        )
    )
    report = SCORERS["team-articles"]([doc("t1", gold)], predictions)
    assert report.overall["tp"] == 2


# --------------------------------------------------------------------------- seed


def _seed_gold() -> dict[str, Any]:
    return {
        "required": [
            {
                "source": "RUS",
                "source_sector": "GOV",
                "type": "CONSULT",
                "target": "IRQ",
                "target_sector": "GOV",
                "status": "planned",
                "date": "2017-07-25",
                "symmetric": True,
            },
            {"source": "IRQ", "source_sector": "GOV", "type": "REQUEST", "target": "RUS"},
            {
                "source": None,
                "source_igo": "any",
                "type": "ASSAULT",
                "target_name_contains": "Islamic State",
                "match": "type_and_target_name",
            },
        ],
        "optional": [{"source": "IRQ", "type": "AGREE", "target": "RUS"}],
        "forbidden": [
            {"source": "IRQ", "target": "IRQ", "type": "CONSULT"},
            {"evidence_contains": "Copyright"},
        ],
    }


def test_seed_symmetric_and_target_name_rules() -> None:
    gold = _seed_gold()
    reversed_meeting = event(
        "CONSULT",
        actor("IRQ", "GOV"),
        actor("RUS", "GOV"),
        status="planned",
        date="2017-07-25",
    )
    request = event("REQUEST", actor("IRQ", "GOV"), actor("RUS", "GOV"))
    strike = event(
        "ASSAULT", actor("USA", "MIL"), actor(None, "REB", text="the Islamic State (Isis)")
    )
    agree = event("AGREE", actor("IRQ"), actor("RUS"), confidence=0.4)
    report = score_seed(
        [doc("seed", gold)], as_map(coded("seed", reversed_meeting, request, strike, agree))
    )
    assert report.passed is True
    assert report.headline == ("required_recall", 1.0)
    assert report.overall["optional_found"] == 1
    assert report.overall["forbidden_hits"] == 0
    assert case(report, "seed/required[0]")["predicted"]["event_id"] == reversed_meeting.event_id
    json.dumps(report.to_dict())  # the JSON report must serialise


def test_seed_symmetric_swaps_sectors_too() -> None:
    entry = _seed_gold()["required"][0]
    swapped_wrong_sector = event(
        "CONSULT", actor("IRQ", "LEG"), actor("RUS", "GOV"), status="planned", date="2017-07-25"
    )
    assert seed_mismatches(entry, swapped_wrong_sector) == ["target_sector"]
    not_symmetric = {**entry, "symmetric": False}
    swapped = event(
        "CONSULT", actor("IRQ", "GOV"), actor("RUS", "GOV"), status="planned", date="2017-07-25"
    )
    assert set(seed_mismatches(not_symmetric, swapped)) == {"source", "target"}


def test_seed_missing_required_reports_near_miss_and_forbidden_hits() -> None:
    gold = _seed_gold()
    wrong_status = event(
        "CONSULT", actor("RUS", "GOV"), actor("IRQ", "GOV"), status="occurred", date="2017-07-25"
    )
    self_visit = event("CONSULT", actor("IRQ"), actor("IRQ"))
    copyright_line = event("ACCUSE", actor("GBR"), evidence="© Copyright IBTimes 2024.")
    negated_request = event("REQUEST", actor("IRQ", "GOV"), actor("RUS"), status="negated")
    report = score_seed(
        [doc("seed", gold)],
        as_map(coded("seed", wrong_status, self_visit, copyright_line, negated_request)),
    )
    assert report.passed is False
    assert report.overall["required_found"] == 0
    assert report.overall["forbidden_hits"] == 2
    first = case(report, "seed/required[0]")
    assert first["correct"] is False
    assert first["near_miss"]["failed"] == ["status"]
    assert first["near_miss"]["event"]["event_id"] == wrong_status.event_id
    # a negated event does not satisfy an entry that gives no status
    assert case(report, "seed/required[1]")["near_miss"]["failed"] == ["status"]
    assert case(report, "seed/forbidden[0]")["correct"] is False
    assert case(report, "seed/forbidden[1]")["predicted"][0]["event_id"] == copyright_line.event_id
    assert report.per_type["CONSULT"] == {
        "precision": None,
        "recall": 0.0,
        "f1": None,
        "support": 1,
    }


def test_seed_required_entries_are_matched_one_to_one() -> None:
    gold = {
        "required": [
            {"source": "IRQ", "type": "CONSULT", "target": "RUS", "mode": "visit"},
            {"source": "IRQ", "type": "CONSULT", "target": "RUS", "target_sector": "GOV"},
        ],
        "optional": [],
        "forbidden": [],
    }
    both = event("CONSULT", actor("IRQ"), actor("RUS", "GOV"), mode="visit")
    report = score_seed([doc("seed", gold)], as_map(coded("seed", both)))
    assert report.overall["required_found"] == 1
    second = event("CONSULT", actor("IRQ"), actor("RUS", "GOV"), confidence=0.5)
    report = score_seed([doc("seed", gold)], as_map(coded("seed", both, second)))
    # the bipartite matching moves ``both`` to the visit entry so both entries are found
    assert report.overall["required_found"] == 2
    assert report.passed is True


def test_seed_source_igo_and_null_source() -> None:
    entry = {"source": None, "source_igo": "any", "type": "SANCTION", "target": "BLR"}
    assert seed_mismatches(entry, event("SANCTION", actor(igo="EU"), actor("BLR"))) == []
    assert seed_mismatches(entry, event("SANCTION", actor("USA"), actor("BLR"))) == ["source"]
    null_source = {"source": None, "type": "ACCUSE", "target": "RUS"}
    assert seed_mismatches(null_source, event("ACCUSE", None, actor("RUS"))) == []
    assert seed_mismatches(null_source, event("ACCUSE", actor(text="the West"), actor("RUS"))) == []
    assert seed_mismatches(null_source, event("ACCUSE", actor("USA"), actor("RUS"))) == ["source"]
    dated = {"type": "CONSULT", "date": "2012"}
    assert seed_mismatches(dated, event("CONSULT", date="2012-03-01")) == []
    assert seed_mismatches(dated, event("CONSULT", date=None)) == ["date"]
