"""Coded articles as table rows: plain column dictionaries, ready to become Arrow tables."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar
from urllib.parse import urlparse

from ..models import Actor, Article, CodedArticle, Event

Columns = dict[str, list[Any]]
T = TypeVar("T")


def article_hash(article: Article) -> str:
    """The identity of one version of an article: same id, title, date, url and text, same hash."""
    parts = (
        article.doc_id,
        article.title or "",
        article.date.isoformat() if article.date else "",
        article.url or "",
        article.text,
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def outlet_of(url: str | None) -> str | None:
    """The outlet an article came from, by its web address: ``www.bbc.co.uk`` -> ``bbc.co.uk``."""
    if not url:
        return None
    host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.") or None


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of an event date given as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    if not value:
        return None, None
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return day, day
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if len(value) == 4:
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        pass
    return None, None


def actor_key(country: str | None, igo: str | None, name: str | None) -> str | None:
    """Who an actor is for deduplication: the organisation, else the country, else the name.
    Sectors are left out on purpose: one outlet's "Russian troops" is another's "Russia"."""
    if igo:
        return f"IGO:{igo}"
    return country or (f"NAME:{name}" if name else None)


def _key(actor: Actor | None) -> str | None:
    return actor_key(actor.country, actor.igo, actor.name) if actor else None


def _actor_fields(prefix: str, actor: Actor | None) -> dict[str, Any]:
    a = actor or Actor(text="")
    return {
        f"{prefix}_text": a.text if actor else None,
        f"{prefix}_name": a.name,
        f"{prefix}_country": a.country,
        f"{prefix}_sector": a.sector,
        f"{prefix}_igo": a.igo,
        f"{prefix}_role": a.role,
        f"{prefix}_code": a.cameo_code,
    }


def event_row(key: str, number: int, event: Event) -> dict[str, Any]:
    start, end = date_bounds(event.date)
    place = event.location
    return {
        "article_hash": key,
        "event_no": number,
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "cluster_id": None,
        "event_type": event.event_type,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "score": event.score,
        "status": event.status,
        "date": event.date,
        "date_start": start,
        "date_end": end,
        "date_is_document_date": event.date_is_document_date,
        "source_key": _key(event.source),
        "target_key": _key(event.target),
        **_actor_fields("source", event.source),
        **_actor_fields("target", event.target),
        "location_text": place.text if place else None,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "location_lat": place.lat if place else None,
        "location_lon": place.lon if place else None,
        "location_geonameid": place.geonameid if place else None,
        "location_kind": place.kind if place else None,
        "evidence": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "confidence": event.confidence,
        "explanation": json.dumps(event.explanation.to_dict()) if event.explanation else None,
    }


def _actor_row(key: str, number: int, role_in: str, actor: Actor, **where: int) -> dict[str, Any]:
    return {
        "article_hash": key,
        "mention_no": number,
        "event_no": where.get("event_no"),
        "quote_no": where.get("quote_no"),
        "role_in": role_in,
        "text": actor.text,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "igo": actor.igo,
        "role": actor.role,
        "cameo_code": actor.cameo_code,
        "start_char": actor.start,
        "end_char": actor.end,
        "how": actor.how,
    }


class BatchRows:
    """Rows of one batch, table by table, in column form."""

    def __init__(self) -> None:
        self.tables: dict[str, Columns] = {
            name: defaultdict(list) for name in ("articles", "events", "actors", "quotes")
        }
        self.events: list[dict[str, Any]] = []

    def _add(self, table: str, row: dict[str, Any]) -> None:
        columns = self.tables[table]
        for name, value in row.items():
            columns[name].append(value)

    def add_article(
        self, key: str, version: int, article: Article, coded: CodedArticle, now: dt.datetime
    ) -> None:
        self._add(
            "articles",
            {
                "article_hash": key,
                "doc_id": article.doc_id,
                "version": version,
                "superseded_by": None,
                "title": coded.title,
                "date": coded.date,
                "url": article.url,
                "outlet": outlet_of(article.url),
                "origin": article.origin,
                "text": article.text,
                "places": json.dumps([p.to_dict() for p in coded.places]),
                "n_events": len(coded.events),
                "warnings": list(coded.warnings),
                "ingested_at": now,
            },
        )
        mention = 0
        for number, event in enumerate(coded.events):
            self.events.append(event_row(key, number, event))
            for role_in, actor in (("source", event.source), ("target", event.target)):
                if actor is not None:
                    self._add("actors", _actor_row(key, mention, role_in, actor, event_no=number))
                    mention += 1
        for number, quote in enumerate(coded.quotes):
            speaker = quote.speaker
            self._add(
                "quotes",
                {
                    "article_hash": key,
                    "quote_no": number,
                    "text": quote.text,
                    "start_char": quote.start,
                    "end_char": quote.end,
                    "kind": quote.kind,
                    "speaker_name": speaker.name if speaker else None,
                    "speaker_country": speaker.country if speaker else None,
                    "speaker_sector": speaker.sector if speaker else None,
                    "speaker_code": speaker.cameo_code if speaker else None,
                },
            )
            if speaker is not None:
                self._add("actors", _actor_row(key, mention, "speaker", speaker, quote_no=number))
                mention += 1

    def event_columns(self) -> Columns:
        return columns_of(self.events)


def columns_of(rows: list[dict[str, Any]]) -> Columns:
    """Rows (dicts with the same keys) as columns."""
    columns: Columns = {}
    for row in rows:
        for name, value in row.items():
            columns.setdefault(name, []).append(value)
    return columns


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
