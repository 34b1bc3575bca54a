"""Scoring rules for the evaluation data sets (pure functions over coded output).

Each scorer is ``score_<name>(docs, coded) -> Report``: ``docs`` come from
:func:`eventwire.eval.datasets.load_dataset`, ``coded`` maps ``doc_id`` to the coder's
:class:`~eventwire.models.CodedArticle`. A doc with no entry in ``coded`` counts as coded with no
events (``overall["missing_coded"]`` counts them). Extra entries are ignored.

General rules
-------------
- Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = their harmonic mean; each is 0.0 when
  its denominator is 0.
- "Asserted" events are those whose ``status`` is ``occurred`` or ``planned``. Events with status
  ``negated`` or ``hypothetical`` are ignored (not counted as right or wrong, counted in
  ``overall["ignored_events"]``) by the ``petrarch-*`` and ``dev-articles`` scorers; ``seed`` only
  lets them match a gold entry that asks for that status; ``plover-gold`` uses every event.
- Confidence bands: ``[0,0.5)``, ``[0.5,0.7)``, ``[0.7,0.85)``, ``[0.85,1]`` (values outside
  [0, 1] go to the nearest band). For each band, the number of predicted events, how many are
  correct and the precision (null when the band is empty). Correct means: plover-gold, the event's
  type is the sentence's gold type; dev-articles, the event was matched to a gold tuple;
  petrarch-*, the event's triple was matched to an expected triple. ``seed`` has no band table
  (its gold is not exhaustive, so precision is not defined).

seed (headline ``required_recall``)
-----------------------------------
A gold entry matches a predicted event when every check the entry gives holds:
- ``type`` equals ``event_type``.
- ``source`` / ``target``: an ISO3 string must equal the actor's ``country``; ``null`` with
  ``<role>_igo`` means the actor must have ``igo`` set (``"any"``: any value, else that value,
  case-insensitive); ``null`` without it means no country-attributable actor (no actor, or an actor
  whose ``country`` is null). ``<role>_sector`` must equal the actor's ``sector``;
  ``<role>_name_contains`` must occur (case-insensitive) in the actor's ``text``, ``name`` or
  ``igo``.
- ``match: "type_and_target_name"``: only type, ``target_name_contains`` and the other checks
  below; the source and the target country are not checked.
- ``symmetric: true``: the source/target checks may also hold with the two actors swapped (the
  sector checks swap with them).
- ``status`` equals the event's status when given; when not given, an entry with a ``type`` only
  matches asserted events (occurred/planned).
- ``date``: the event's ``date`` starts with the gold value (``"2012"`` matches ``"2012-05-01"``).
  ``location``: the event's ``location.country`` equals it. ``mode``: equals ``mode``.
- ``evidence_contains``: occurs (case-insensitive) in the event's evidence text.
- ``evidence`` (a free-text description) and ``note`` / ``why`` are not checked.
Required entries are matched one-to-one to events (maximum bipartite matching, higher confidence
tried first); optional entries then one-to-one among the events left. A forbidden entry is hit by
any event that matches it (not one-to-one). For each missing required entry the case shows the
nearest predicted event (fewest failed checks) and the checks it failed. ``required_recall`` =
required found / required total; ``passed`` = every required entry found and no forbidden hit.
``per_type`` gives recall of required entries per type (precision and F1 are null).

plover-gold (headline ``event_type_accuracy``)
----------------------------------------------
Gold types are relabelled from PLOVER 0.5b1: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
INVESTIGATE→ACCUSE, FIGHT→ASSAULT. A sentence's predicted type is the type of its
highest-confidence event (ties: the first in output order), or none when it has no event; a
planned or hypothetical CONSULT, SUPPORT, COOPERATE or AID counts as AGREE (PLOVER's manual
codes future cooperation as AGREE). The
sentence is correct when the predicted type equals the gold type (``event_type_accuracy``).
Secondary: ``any_event_type_accuracy``, the share of sentences where any event has the gold type.
``per_type``: precision/recall/F1 over sentences with the predicted type as the label (a sentence
is a TP of T when gold and predicted are T, an FP of T when predicted T and gold is not, an FN of
T when gold T and predicted is not); ``support`` = gold sentences of that type; ``macro_f1``
averages F1 over the gold types.

petrarch-gsr, petrarch-unit (headline ``case_exact_match``)
-----------------------------------------------------------
Cases with ``evaluate: false`` (5 in the unit suite) are skipped (``overall["skipped"]``). Each
asserted event gives a triple (source ``cameo_code``, target ``cameo_code``, event ``cameo``); a
missing actor, an actor without ``cameo_code`` or an event without ``cameo`` is written ``"---"``,
PETRARCH's code for "no actor / unknown" (so a predicted missing target matches an expected
``"---"`` target). A case is correct when the multiset of predicted triples equals the expected
multiset; an ``expect_none`` case is correct when no asserted event is produced. Triple-level
micro P/R/F1 use the multiset intersection per case (expect_none cases contribute only FPs).
``per_type`` is keyed by the 2-digit CAMEO root of the code (``"04"``; a code that does not start
with two digits is its own key) with triple-level P/R/F1. In the band table, duplicate triples are
credited to the higher-confidence events first.

dev-articles (headline ``f1``)
------------------------------
An event's tuple is (source, type, target), where an actor is ``"IGO"`` when its ``igo`` is set or
it is a transnational armed group of no country (CAMEO's ``IMG`` codes: the Islamic State,
al-Qaeda), else its ``country`` (``None`` when the actor is missing or has no country; gold
``null`` matches that). Only asserted events count. Per article, predicted tuples are matched
one-to-one to equal gold tuples (a multiset intersection); micro P/R/F1 over all articles. Among
several predicted events with the gold's tuple, the one that gets more of date and location right
(then the higher confidence) is paired with it. On matched pairs: ``date_accuracy`` = share of
pairs whose event ``date`` starts with the gold date, over pairs whose gold date is not null
(``date_checked``); ``location_accuracy`` = share whose ``location.country`` equals the gold
location, over pairs whose gold location is not null (``location_checked``); null when nothing was
checked. ``per_type``: tuple-level P/R/F1 per PLOVER type.

team-articles (headline ``f1``)
-------------------------------
Scored as dev-articles, with ``f1_tuning`` and ``f1_held-out`` beside the whole set's F1: the
F1 of the articles in each half (rules are written from the tuning half only).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from eventwire.actors.kb import folded
from eventwire.errors import DatasetError
from eventwire.eval.datasets import GoldDoc, relabel_plover_2016
from eventwire.models import Actor, CodedArticle, Event, Quote

Metric = float | int | bool | str | None

ASSERTED_STATUSES: frozenset[str] = frozenset({"occurred", "planned"})
IGNORED_STATUSES: frozenset[str] = frozenset({"negated", "hypothetical"})
NO_CODE = "---"

#: (label, low, high); the last band includes its upper bound.
CONFIDENCE_BANDS: tuple[tuple[str, float, float], ...] = (
    ("[0,0.5)", 0.0, 0.5),
    ("[0.5,0.7)", 0.5, 0.7),
    ("[0.7,0.85)", 0.7, 0.85),
    ("[0.85,1]", 0.85, 1.0),
)


@dataclass(frozen=True)
class Report:
    """The result of scoring one data set."""

    dataset: str
    headline: tuple[str, float]
    overall: dict[str, Metric]
    per_type: dict[str, dict[str, Metric]]
    cases: list[dict[str, Any]]
    confidence_bands: list[dict[str, Metric]] = field(default_factory=list)
    passed: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the shape of the JSON evaluation report)."""
        return {
            "dataset": self.dataset,
            "headline": {"name": self.headline[0], "value": self.headline[1]},
            "passed": self.passed,
            "overall": dict(self.overall),
            "per_type": {k: dict(v) for k, v in self.per_type.items()},
            "confidence_bands": [dict(b) for b in self.confidence_bands],
            "cases": list(self.cases),
        }


# --------------------------------------------------------------------------- shared helpers


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0.0 where a denominator is 0)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def confidence_band(confidence: float) -> str:
    """The label of the band that ``confidence`` falls in (clamped to [0, 1])."""
    for label, _low, high in CONFIDENCE_BANDS[:-1]:
        if confidence < high:
            return label
    return CONFIDENCE_BANDS[-1][0]


def confidence_table(judged: Iterable[tuple[float, bool]]) -> list[dict[str, Metric]]:
    """Precision per confidence band from ``(confidence, correct)`` pairs."""
    counts = {label: [0, 0] for label, _, _ in CONFIDENCE_BANDS}
    for confidence, correct in judged:
        slot = counts[confidence_band(confidence)]
        slot[0] += 1
        slot[1] += int(correct)
    return [
        {"band": label, "n": n, "correct": ok, "precision": _ratio(ok, n)}
        for label, (n, ok) in counts.items()
    ]


class _PerType:
    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def table(self) -> dict[str, dict[str, Metric]]:
        out: dict[str, dict[str, Metric]] = {}
        for key in sorted(set(self.tp) | set(self.fp) | set(self.fn)):
            p, r, f = prf(self.tp[key], self.fp[key], self.fn[key])
            out[key] = {
                "precision": p,
                "recall": r,
                "f1": f,
                "support": self.tp[key] + self.fn[key],
            }
        return out


def _events_of(doc: GoldDoc, coded: Mapping[str, CodedArticle]) -> tuple[Event, ...] | None:
    found = coded.get(doc.doc_id)
    return None if found is None else found.events


def _asserted(events: Iterable[Event]) -> tuple[list[Event], int]:
    """Events that are not negated/hypothetical, and how many were dropped."""
    every = list(events)
    kept = [e for e in every if e.status not in IGNORED_STATUSES]
    return kept, len(every) - len(kept)


def _actor_summary(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "igo": actor.igo,
        "cameo_code": actor.cameo_code,
    }


def event_summary(event: Event) -> dict[str, Any]:
    """The fields of an event that the case lists of a report show."""
    return {
        "event_id": event.event_id,
        "type": event.event_type,
        "mode": event.mode,
        "cameo": event.cameo,
        "status": event.status,
        "confidence": event.confidence,
        "source": _actor_summary(event.source),
        "target": _actor_summary(event.target),
        "date": event.date,
        "location": event.location.country if event.location else None,
        "evidence": event.evidence.text,
    }


def _top_event(events: Sequence[Event]) -> Event | None:
    # max() keeps the first of equal maxima, i.e. the first in output order.
    return max(events, key=lambda e: e.confidence) if events else None


# --------------------------------------------------------------------------- seed


def _actor_fails(entry: Mapping[str, Any], role: str, actor: Actor | None) -> list[str]:
    """Checks of ``entry`` about ``role`` ("source"/"target") that ``actor`` fails."""
    fails: list[str] = []
    if role in entry:
        want = entry[role]
        if want is None:
            igo_want = entry.get(f"{role}_igo")
            if igo_want is not None:
                ok = (
                    actor is not None
                    and bool(actor.igo)
                    and (igo_want == "any" or str(actor.igo).lower() == str(igo_want).lower())
                )
            else:
                ok = actor is None or actor.country is None
        else:
            ok = actor is not None and actor.country == want
        if not ok:
            fails.append(role)
    sector = entry.get(f"{role}_sector")
    if sector is not None and (actor is None or actor.sector != sector):
        fails.append(f"{role}_sector")
    needle = entry.get(f"{role}_name_contains")
    if needle is not None and not _actor_mentions(actor, str(needle)):
        fails.append(f"{role}_name")
    return fails


def _actor_mentions(actor: Actor | None, needle: str) -> bool:
    if actor is None:
        return False
    needle = needle.lower()
    return any(needle in value.lower() for value in (actor.text, actor.name, actor.igo) if value)


def seed_mismatches(entry: Mapping[str, Any], event: Event) -> list[str]:
    """The checks of a seed gold entry that ``event`` fails (empty: it matches)."""
    fails: list[str] = []
    if "type" in entry and event.event_type != entry["type"]:
        fails.append("type")
    status = entry.get("status")
    if status is not None:
        if event.status != status:
            fails.append("status")
    elif "type" in entry and event.status not in ASSERTED_STATUSES:
        fails.append("status")
    if entry.get("match") == "type_and_target_name":
        needle = entry.get("target_name_contains")
        if needle is not None and not _actor_mentions(event.target, str(needle)):
            fails.append("target_name")
    else:
        forward = _actor_fails(entry, "source", event.source) + _actor_fails(
            entry, "target", event.target
        )
        if forward and entry.get("symmetric"):
            backward = _actor_fails(entry, "source", event.target) + _actor_fails(
                entry, "target", event.source
            )
            forward = min(forward, backward, key=len)
        fails.extend(forward)
    date = entry.get("date")
    if date is not None and not (event.date or "").startswith(str(date)):
        fails.append("date")
    location = entry.get("location")
    if location is not None and (event.location is None or event.location.country != location):
        fails.append("location")
    mode = entry.get("mode")
    if mode is not None and event.mode != mode:
        fails.append("mode")
    needle = entry.get("evidence_contains")
    if needle is not None and str(needle).lower() not in event.evidence.text.lower():
        fails.append("evidence")
    return fails


def _bipartite(candidates: Sequence[Sequence[int]]) -> dict[int, int]:
    """Maximum matching entry → event (Kuhn); candidate lists are tried in order."""
    owner: dict[int, int] = {}

    def augment(entry: int, seen: set[int]) -> bool:
        for event in candidates[entry]:
            if event in seen:
                continue
            seen.add(event)
            if event not in owner or augment(owner[event], seen):
                owner[event] = entry
                return True
        return False

    for entry in range(len(candidates)):
        augment(entry, set())
    return {entry: event for event, entry in owner.items()}


def score_seed(docs: Sequence[GoldDoc], coded: Mapping[str, CodedArticle]) -> Report:
    """Required / optional / forbidden check of the seed article(s)."""
    cases: list[dict[str, Any]] = []
    found = total = optional_found = optional_total = forbidden_hits = 0
    n_events = unexplained = missing = 0
    type_found: Counter[str] = Counter()
    type_total: Counter[str] = Counter()
    for doc in docs:
        got = _events_of(doc, coded)
        missing += got is None
        events = list(got or ())
        n_events += len(events)
        by_conf = sorted(range(len(events)), key=lambda j: -events[j].confidence)
        gold = doc.gold
        required: list[dict[str, Any]] = list(gold.get("required", []))
        optional: list[dict[str, Any]] = list(gold.get("optional", []))
        forbidden: list[dict[str, Any]] = list(gold.get("forbidden", []))

        compat = [[j for j in by_conf if not seed_mismatches(g, events[j])] for g in required]
        req_match = _bipartite(compat)
        used = set(req_match.values())
        opt_compat = [
            [j for j in by_conf if j not in used and not seed_mismatches(g, events[j])]
            for g in optional
        ]
        opt_match = _bipartite(opt_compat)
        used |= set(opt_match.values())

        for i, entry in enumerate(required):
            total += 1
            kind = str(entry.get("type", "?"))
            type_total[kind] += 1
            case: dict[str, Any] = {
                "id": f"{doc.doc_id}/required[{i}]",
                "kind": "required",
                "expected": entry,
            }
            if i in req_match:
                found += 1
                type_found[kind] += 1
                case.update(correct=True, predicted=event_summary(events[req_match[i]]))
            else:
                case.update(correct=False, predicted=None)
                near = _near_miss(entry, events)
                if near is not None:
                    case["near_miss"] = near
            cases.append(case)
        for i, entry in enumerate(optional):
            optional_total += 1
            hit = i in opt_match
            optional_found += hit
            cases.append(
                {
                    "id": f"{doc.doc_id}/optional[{i}]",
                    "kind": "optional",
                    "correct": hit,
                    "expected": entry,
                    "predicted": event_summary(events[opt_match[i]]) if hit else None,
                }
            )
        forbidden_events: set[int] = set()
        for i, entry in enumerate(forbidden):
            hits = [j for j in range(len(events)) if not seed_mismatches(entry, events[j])]
            forbidden_hits += len(hits)
            forbidden_events.update(hits)
            cases.append(
                {
                    "id": f"{doc.doc_id}/forbidden[{i}]",
                    "kind": "forbidden",
                    "correct": not hits,
                    "expected": entry,
                    "predicted": [event_summary(events[j]) for j in hits],
                }
            )
        unexplained += sum(
            1
            for j, e in enumerate(events)
            if j not in used and j not in forbidden_events and e.status in ASSERTED_STATUSES
        )

    passed = found == total and forbidden_hits == 0
    recall = found / total if total else 0.0
    per_type: dict[str, dict[str, Metric]] = {
        kind: {
            "precision": None,
            "recall": type_found[kind] / type_total[kind],
            "f1": None,
            "support": type_total[kind],
        }
        for kind in sorted(type_total)
    }
    overall: dict[str, Metric] = {
        "required_found": found,
        "required_total": total,
        "required_recall": recall,
        "optional_found": optional_found,
        "optional_total": optional_total,
        "forbidden_hits": forbidden_hits,
        "passed": passed,
        "events": n_events,
        "unexplained_events": unexplained,
        "missing_coded": missing,
    }
    return Report(
        dataset="seed",
        headline=("required_recall", recall),
        overall=overall,
        per_type=per_type,
        cases=cases,
        passed=passed,
    )


def _near_miss(entry: Mapping[str, Any], events: Sequence[Event]) -> dict[str, Any] | None:
    best: tuple[int, Event, list[str]] | None = None
    for event in events:
        fails = seed_mismatches(entry, event)
        if best is None or len(fails) < best[0]:
            best = (len(fails), event, fails)
    if best is None:
        return None
    return {"event": event_summary(best[1]), "failed": best[2]}


# --------------------------------------------------------------------------- plover-gold


# PLOVER's manual: "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in
# future tense are also taken to imply intentions and should be coded as AGREE." eventwire keeps
# the action's own type and marks it ``planned`` (or ``hypothetical``: "would meet the mediator
# if he gave them a veto" is a conditional offer); the PLOVER gold is scored in PLOVER's
# convention.
PLOVER_FUTURE_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def plover_convention_type(event: Event) -> str:
    """The event type as PLOVER's manual would code it (planned or conditional cooperation ->
    AGREE)."""
    if event.status in ("planned", "hypothetical") and event.event_type in PLOVER_FUTURE_AS_AGREE:
        return "AGREE"
    return event.event_type


def score_plover_gold(docs: Sequence[GoldDoc], coded: Mapping[str, CodedArticle]) -> Report:
    """Sentence-level event-type accuracy on the PLOVER gold-standard records."""
    per = _PerType()
    correct = any_correct = no_event = n_events = missing = 0
    judged: list[tuple[float, bool]] = []
    cases: list[dict[str, Any]] = []
    gold_types: set[str] = set()
    for doc in docs:
        gold_type = relabel_plover_2016(str(doc.gold["type"]))
        gold_types.add(gold_type)
        got = _events_of(doc, coded)
        missing += got is None
        events = list(got or ())
        n_events += len(events)
        top = _top_event(events)
        predicted = plover_convention_type(top) if top else None
        ok = predicted == gold_type
        any_ok = any(plover_convention_type(e) == gold_type for e in events)
        correct += ok
        any_correct += any_ok
        no_event += top is None
        if ok:
            per.tp[gold_type] += 1
        else:
            per.fn[gold_type] += 1
            if predicted is not None:
                per.fp[predicted] += 1
        judged.extend((e.confidence, plover_convention_type(e) == gold_type) for e in events)
        cases.append(
            {
                "id": doc.doc_id,
                "correct": ok,
                "any_correct": any_ok,
                "expected": {"type": gold_type, "label_2016": doc.gold.get("label_2016")},
                "predicted_type": predicted,
                "predicted": [event_summary(e) for e in events],
            }
        )
    n = len(docs)
    accuracy = correct / n if n else 0.0
    table = per.table()
    f1s = [float(table[t]["f1"] or 0.0) for t in gold_types]
    overall: dict[str, Metric] = {
        "event_type_accuracy": accuracy,
        "any_event_type_accuracy": any_correct / n if n else 0.0,
        "sentences": n,
        "correct": correct,
        "no_event_sentences": no_event,
        "macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "events": n_events,
        "missing_coded": missing,
    }
    return Report(
        dataset="plover-gold",
        headline=("event_type_accuracy", accuracy),
        overall=overall,
        per_type=table,
        cases=cases,
        confidence_bands=confidence_table(judged),
    )


# --------------------------------------------------------------------------- petrarch


Triple = tuple[str, str, str]


def event_triple(event: Event) -> Triple:
    """(source cameo_code, target cameo_code, cameo), ``"---"`` for anything missing."""
    source = event.source.cameo_code if event.source else None
    target = event.target.cameo_code if event.target else None
    return (source or NO_CODE, target or NO_CODE, event.cameo or NO_CODE)


def cameo_root(code: str) -> str:
    """``"0431"`` → ``"04"``; a code not starting with two digits is returned as it is."""
    return code[:2] if code[:2].isdigit() and len(code) >= 2 else code


def _compare_actor_codes(
    expected: list[Triple], predicted: list[Triple], counts: dict[str, int]
) -> None:
    """Actor codes of events coded with the expected CAMEO root: the country part (first three
    letters) and the sector part (the next three) of each side, compared one to one."""
    unused = list(predicted)
    for source, target, code in expected:
        match = next((t for t in unused if cameo_root(t[2]) == cameo_root(code)), None)
        if match is None:
            continue
        unused.remove(match)
        for want, got in ((source, match[0]), (target, match[1])):
            if not want or want == NO_CODE:
                continue
            counts["compared"] += 1
            counts["country"] += (got or "")[:3] == want[:3]
            counts["sector"] += (got or "")[3:6] == want[3:6]


def _score_petrarch(
    dataset: str, docs: Sequence[GoldDoc], coded: Mapping[str, CodedArticle]
) -> Report:
    per = _PerType()
    tp = fp = fn = 0
    correct = skipped = none_cases = none_correct = ignored = missing = 0
    actor_checks = {"compared": 0, "country": 0, "sector": 0}
    judged: list[tuple[float, bool]] = []
    cases: list[dict[str, Any]] = []
    for doc in docs:
        if not doc.gold.get("evaluate", True):
            skipped += 1
            continue
        expected: Counter[Triple] = Counter(
            (t["source"], t["target"], t["code"]) for t in doc.gold["expected"]
        )
        got = _events_of(doc, coded)
        missing += got is None
        events, n_ignored = _asserted(got or ())
        ignored += n_ignored
        triples = [event_triple(e) for e in events]
        predicted: Counter[Triple] = Counter(triples)
        hit = expected & predicted
        extra = predicted - expected
        lost = expected - predicted
        tp += sum(hit.values())
        fp += sum(extra.values())
        fn += sum(lost.values())
        for counter, bucket in ((hit, per.tp), (extra, per.fp), (lost, per.fn)):
            for triple, count in counter.items():
                bucket[cameo_root(triple[2])] += count
        budget = Counter(hit)
        for j in sorted(range(len(events)), key=lambda j: -events[j].confidence):
            ok_event = budget[triples[j]] > 0
            if ok_event:
                budget[triples[j]] -= 1
            judged.append((events[j].confidence, ok_event))
        _compare_actor_codes(list(expected.elements()), triples, actor_checks)
        ok = predicted == expected
        correct += ok
        if doc.gold.get("expect_none"):
            none_cases += 1
            none_correct += ok
        cases.append(
            {
                "id": doc.doc_id,
                "correct": ok,
                "expect_none": bool(doc.gold.get("expect_none")),
                "expected": [list(t) for t in sorted(expected.elements())],
                "predicted": [list(t) for t in sorted(predicted.elements())],
                "events": [event_summary(e) for e in events],
            }
        )
    n = len(cases)
    accuracy = correct / n if n else 0.0
    precision, recall, f1 = prf(tp, fp, fn)
    overall: dict[str, Metric] = {
        "case_exact_match": accuracy,
        "cases": n,
        "correct_cases": correct,
        "expect_none_cases": none_cases,
        "expect_none_correct": none_correct,
        "skipped": skipped,
        "triple_precision": precision,
        "triple_recall": recall,
        "triple_f1": f1,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "ignored_events": ignored,
        "missing_coded": missing,
        "actors_compared": actor_checks["compared"],
        "actor_country_accuracy": _ratio(actor_checks["country"], actor_checks["compared"]),
        "actor_sector_accuracy": _ratio(actor_checks["sector"], actor_checks["compared"]),
    }
    return Report(
        dataset=dataset,
        headline=("case_exact_match", accuracy),
        overall=overall,
        per_type=per.table(),
        cases=cases,
        confidence_bands=confidence_table(judged),
    )


def score_petrarch_gsr(docs: Sequence[GoldDoc], coded: Mapping[str, CodedArticle]) -> Report:
    """Exact-match and triple P/R/F1 on the PETRARCH-2 GSR cases (Phoenix actor codes)."""
    return _score_petrarch("petrarch-gsr", docs, coded)


def score_petrarch_unit(docs: Sequence[GoldDoc], coded: Mapping[str, CodedArticle]) -> Report:
    """Exact-match and triple P/R/F1 on the PETRARCH unit suite (evaluate=false skipped)."""
    return _score_petrarch("petrarch-unit", docs, coded)


# --------------------------------------------------------------------------- dev-articles


def actor_key(actor: Actor | None) -> str | None:
    """``"IGO"`` for an international organisation or a transnational armed group of no
    country (CAMEO's ``IMG``), else the ISO3 country (or None)."""
    if actor is None:
        return None
    if actor.igo or (not actor.country and (actor.cameo_code or "").startswith("IMG")):
        return "IGO"
    return actor.country


def _dev_tuple(event: Event) -> tuple[str | None, str, str | None]:
    return (actor_key(event.source), event.event_type, actor_key(event.target))


def _date_ok(event: Event, gold: Mapping[str, Any]) -> bool | None:
    want = gold.get("date")
    if want is None:
        return None
    return event.date is not None and event.date.startswith(str(want))


def _location_ok(event: Event, gold: Mapping[str, Any]) -> bool | None:
    want = gold.get("location")
    if want is None:
        return None
    return event.location is not None and event.location.country == want


def _pair_rank(event: Event, gold: Mapping[str, Any]) -> tuple[int, float]:
    """Prefer the candidate that gets more of date and location right, then confidence."""
    hits = (_date_ok(event, gold) is True) + (_location_ok(event, gold) is True)
    return (hits, event.confidence)


def score_dev_articles(
    docs: Sequence[GoldDoc], coded: Mapping[str, CodedArticle], dataset: str = "dev-articles"
) -> Report:
    """Tuple-level micro P/R/F1 on the development articles, then date and location shares;
    with ``f1_<half>`` beside them where the articles are split into halves."""
    per = _PerType()
    halves: dict[str, list[int]] = {}
    tp = fp = fn = ignored = missing = 0
    date_checked = date_right = loc_checked = loc_right = 0
    judged: list[tuple[float, bool]] = []
    cases: list[dict[str, Any]] = []
    for doc in docs:
        golds: list[dict[str, Any]] = list(doc.gold)
        got = _events_of(doc, coded)
        missing += got is None
        events, n_ignored = _asserted(got or ())
        ignored += n_ignored
        tuples = [_dev_tuple(e) for e in events]
        used: set[int] = set()
        matches: list[dict[str, Any]] = []
        missed: list[int] = []
        for i, gold in enumerate(golds):
            want = (gold.get("source"), gold["type"], gold.get("target"))
            candidates = [j for j in range(len(events)) if j not in used and tuples[j] == want]
            if not candidates:
                missed.append(i)
                per.fn[gold["type"]] += 1
                continue

            j = candidates[0]
            for k in candidates[1:]:
                if _pair_rank(events[k], gold) > _pair_rank(events[j], gold):
                    j = k
            used.add(j)
            per.tp[gold["type"]] += 1
            date_ok = _date_ok(events[j], gold)
            loc_ok = _location_ok(events[j], gold)
            if date_ok is not None:
                date_checked += 1
                date_right += date_ok
            if loc_ok is not None:
                loc_checked += 1
                loc_right += loc_ok
            matches.append(
                {
                    "gold": i,
                    "event_id": events[j].event_id,
                    "date_ok": date_ok,
                    "location_ok": loc_ok,
                }
            )
        extra = [j for j in range(len(events)) if j not in used]
        for j in extra:
            per.fp[events[j].event_type] += 1
        judged.extend((e.confidence, j in used) for j, e in enumerate(events))
        tp += len(matches)
        fn += len(missed)
        fp += len(extra)
        if doc.half is not None:
            counts = halves.setdefault(doc.half, [0, 0, 0])
            counts[0] += len(matches)
            counts[1] += len(extra)
            counts[2] += len(missed)
        cases.append(
            {
                "id": doc.doc_id,
                "half": doc.half,
                "correct": not missed and not extra,
                "expected": golds,
                "predicted": [event_summary(e) for e in events],
                "matches": matches,
                "missed": missed,
                "false_positives": [events[j].event_id for j in extra],
            }
        )
    precision, recall, f1 = prf(tp, fp, fn)
    overall: dict[str, Metric] = {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "date_accuracy": _ratio(date_right, date_checked),
        "date_checked": date_checked,
        "location_accuracy": _ratio(loc_right, loc_checked),
        "location_checked": loc_checked,
        "articles": len(docs),
        "ignored_events": ignored,
        "missing_coded": missing,
    }
    for half, (h_tp, h_fp, h_fn) in sorted(halves.items()):
        overall[f"f1_{half}"] = prf(h_tp, h_fp, h_fn)[2]
    return Report(
        dataset=dataset,
        headline=("f1", f1),
        overall=overall,
        per_type=per.table(),
        cases=cases,
        confidence_bands=confidence_table(judged),
    )


# --------------------------------------------------------------------------- dispatch

Scorer = Callable[[Sequence[GoldDoc], Mapping[str, CodedArticle]], Report]


def _speaker_ok(quote: Quote | None, expect: Mapping[str, Any]) -> bool:
    if quote is None or quote.speaker is None:
        return False
    speaker = quote.speaker
    if "speaker" in expect:
        who = folded(f"{speaker.name or ''} {speaker.text}")
        return folded(str(expect["speaker"])) in who
    return speaker.country == expect.get("speaker_country")


def score_when_where_who(docs: Sequence[GoldDoc], coded: Mapping[str, CodedArticle]) -> Report:
    """Accuracy of event dates, event location countries and quote speakers, each over the
    cases that check it. The event checked is the first whose trigger is the expected word;
    the quote, the one that contains the expected text."""
    checked = {"date": 0, "location": 0, "speaker": 0}
    right = {"date": 0, "location": 0, "speaker": 0}
    cases: list[dict[str, Any]] = []
    for doc in docs:
        expect = doc.gold
        article = coded.get(doc.doc_id)
        events = article.events if article else ()
        case: dict[str, Any] = {"id": doc.doc_id, "text": doc.article.text}
        if "trigger" in expect:
            event = next((e for e in events if e.trigger.text == expect["trigger"]), None)
            case["event"] = event_summary(event) if event else None
            if "date" in expect:
                ok = event is not None and event.date in expect["date"]
                if ok and expect.get("date_is_document_date") is not None:
                    ok = event is not None and (
                        event.date_is_document_date == expect["date_is_document_date"]
                    )
                checked["date"] += 1
                right["date"] += ok
                case["date_ok"] = ok
            if "location_country" in expect:
                got = event.location.country if event and event.location else None
                ok = event is not None and got == expect["location_country"]
                checked["location"] += 1
                right["location"] += ok
                case["location_ok"] = ok
        if "quote" in expect:
            quotes = article.quotes if article else ()
            quote = next((q for q in quotes if expect["quote"] in q.text), None)
            ok = _speaker_ok(quote, expect)
            checked["speaker"] += 1
            right["speaker"] += ok
            case["quote"] = quote.to_dict() if quote else None
            case["speaker_ok"] = ok
        case["correct"] = all(v for k, v in case.items() if k.endswith("_ok"))
        cases.append(case)
    overall: dict[str, Metric] = {}
    for key in ("date", "location", "speaker"):
        overall[f"{key}_accuracy"] = _ratio(right[key], checked[key])
        overall[f"{key}_checked"] = checked[key]
    all_right, all_checked = sum(right.values()), sum(checked.values())
    overall["checks_passed"] = _ratio(all_right, all_checked)
    return Report(
        dataset="when-where-who",
        headline=("checks_passed", all_right / all_checked if all_checked else 0.0),
        overall=overall,
        per_type={},
        cases=cases,
    )


def _mention_actor(coded: CodedArticle | None, start: int, end: int) -> Actor | None:
    """The event or quote actor whose span overlaps [start, end) most."""
    if coded is None:
        return None
    actors = [a for e in coded.events for a in (e.source, e.target) if a is not None]
    actors += [q.speaker for q in coded.quotes if q.speaker is not None]
    best: tuple[int, Actor] | None = None
    for actor in actors:
        if actor.start is None or actor.end is None:
            continue
        overlap = min(end, actor.end) - max(start, actor.start)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, actor)
    return best[1] if best else None


def score_actors(docs: Sequence[GoldDoc], coded: Mapping[str, CodedArticle]) -> Report:
    """Country, sector, name and organisation accuracy of actor mentions, each over the
    mentions that state it; a mention no event or quote resolves counts as wrong."""
    keys = ("country", "sector", "name", "igo")
    checked = dict.fromkeys(keys, 0)
    right = dict.fromkeys(keys, 0)
    cases: list[dict[str, Any]] = []
    found = 0
    for doc in docs:
        article = coded.get(doc.doc_id)
        for mention in doc.gold:
            actor = _mention_actor(article, mention["start"], mention["end"])
            found += actor is not None
            case: dict[str, Any] = {
                "id": doc.doc_id,
                "mention": mention["text"],
                "actor": _actor_summary(actor),
            }
            for key in keys:
                if key not in mention:
                    continue
                got = getattr(actor, key) if actor is not None else None
                want = mention[key]
                ok = actor is not None and (
                    folded(want) in folded(got or "") if key == "name" else got == want
                )
                checked[key] += 1
                right[key] += ok
                case[f"{key}_ok"] = ok
            case["correct"] = all(v for k, v in case.items() if k.endswith("_ok"))
            cases.append(case)
    overall: dict[str, Metric] = {"mentions": len(cases), "resolved": found}
    for key in keys:
        overall[f"{key}_accuracy"] = _ratio(right[key], checked[key])
        overall[f"{key}_checked"] = checked[key]
    share = sum(c["correct"] for c in cases) / len(cases) if cases else 0.0
    overall["mentions_all_right"] = share
    return Report(
        dataset="actors",
        headline=("mentions_all_right", share),
        overall=overall,
        per_type={},
        cases=cases,
    )


SCORERS: dict[str, Scorer] = {
    "seed": score_seed,
    "plover-gold": score_plover_gold,
    "petrarch-gsr": score_petrarch_gsr,
    "petrarch-unit": score_petrarch_unit,
    "dev-articles": score_dev_articles,
    "team-articles": partial(score_dev_articles, dataset="team-articles"),
    "when-where-who": score_when_where_who,
    "actors": score_actors,
}


def score(name: str, docs: Sequence[GoldDoc], coded: Mapping[str, CodedArticle]) -> Report:
    """Score ``docs`` of data set ``name`` with its scorer."""
    scorer = SCORERS.get(name)
    if scorer is None:
        raise DatasetError(f"unknown data set {name!r}; choose one of: {', '.join(SCORERS)}")
    return scorer(docs, coded)
