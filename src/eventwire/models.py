"""Frozen, typed records passed between pipeline stages.

Every stage takes and returns these records (never spaCy objects), so they pickle cleanly to
worker processes and are the contract each stage is tested against. ``to_dict`` gives the JSON
shape that the CLI and the HTTP API promise; its field names are a public contract.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["occurred", "planned", "negated", "hypothetical"]
STATUSES: tuple[str, ...] = ("occurred", "planned", "negated", "hypothetical")


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``text`` is the body that is coded; offsets refer to it."""

    doc_id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    origin: str | None = None  # where it came from: "path" or "path:line"
    warnings: tuple[str, ...] = ()  # problems met while reading (bad encoding, empty file)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read or coded; reported, never silently dropped."""

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article text with character offsets (``text == article.text[start:end]``)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor resolved at the event date. ``text`` is the mention as written."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER sector code (GOV, MIL, LEG, ...)
    igo: str | None = None  # short name of an international organisation
    role: str | None = None  # title held at the event date
    cameo_code: str | None = None
    start: int | None = None
    end: int | None = None
    how: str | None = None  # how it was resolved (KB row, title pattern, coreference ...)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "igo": self.igo,
            "role": self.role,
            "cameo_code": self.cameo_code,
        }

    def same_entity(self, other: Actor) -> bool:
        """True when both mentions stand for the same actor (no self-directed events)."""
        if self.name and other.name:
            return self.name == other.name
        if self.igo or other.igo:
            return self.igo == other.igo and self.country == other.country
        return (
            self.country is not None
            and self.country == other.country
            and (self.sector or "GOV") == (other.sector or "GOV")
        )


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    start: int | None = None
    end: int | None = None
    kind: str | None = None  # country | admin1 | city

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why an event is what it is: recorded as the decisions are made."""

    rule: str  # lexicon entry or rule id that set type and code: "file:line -> CAMEO -> PLOVER"
    lexicon_entry: str | None = None  # that entry or pattern line as written
    status_cue: str | None = None
    date_from: str | None = None
    location_from: str | None = None
    source_how: str | None = None
    target_how: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Event:
    doc_id: str
    event_id: str
    event_type: str
    mode: str | None
    cameo: str | None
    quad_class: int
    score: float | None
    status: str
    date: str | None
    source: Actor | None
    target: Actor | None
    location: Place | None
    evidence: Span
    trigger: Span
    confidence: float
    date_is_document_date: bool = False
    explanation: Explanation | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "score": self.score,
            "status": self.status,
            "date": self.date,
            "date_is_document_date": self.date_is_document_date,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "location": self.location.to_dict() if self.location else None,
            "evidence": dataclasses.asdict(self.evidence),
            "trigger": dataclasses.asdict(self.trigger),
            "confidence": self.confidence,
            "explanation": self.explanation.to_dict() if self.explanation else None,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: Actor | None
    kind: str = "direct"  # direct | partial | indirect
    event_ids: tuple[str, ...] = ()  # events whose trigger lies inside the quote

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "events": list(self.event_ids),
        }


@dataclass(frozen=True, slots=True)
class CodedArticle:
    doc_id: str
    title: str | None
    date: dt.date | None
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "places": [p.to_dict() for p in self.places],
            "warnings": list(self.warnings),
        }
