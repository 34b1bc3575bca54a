"""Looking up and growing the actor knowledge base: ``eventwire actors lookup`` and
``eventwire actors suggest``.

``suggest`` mines title-name mentions ("Foreign Minister Ahmed Attaf", "Kenyan President William
Ruto") from a corpus. A person the KB does not know, or knows but not in any office on that date,
becomes a proposed ``people.tsv`` row (same columns, so reviewed rows can be appended as they are)
with the first month seen as the start, and the count, date range and one evidence sentence in the
provenance column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Article
from .kb import ActorKB, normalise

if TYPE_CHECKING:
    from ..api import Pipeline

PEOPLE_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end", "provenance")


def lookup(kb: ActorKB, name: str, date: dt.date | None = None) -> list[str]:
    """Plain-language lines for everything the KB knows under ``name`` (any alias or code)."""
    lines: list[str] = []
    key = normalise(name)
    entries = list(kb.lookup(name))
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        if (entry.kind, entry.key) in seen:
            continue
        seen.add((entry.kind, entry.key))
        if entry.kind == "person":
            person = kb.people[entry.key]
            aliases = f" (also: {', '.join(person.aliases)})" if person.aliases else ""
            lines.append(f"person {person.name}{aliases}")
            current = person.tenure_at(date) if date else None
            for tenure in person.tenures:
                mark = "  <- on " + date.isoformat() if current is tenure and date else ""
                where = tenure.country or tenure.igo
                lines.append(
                    f"  {tenure.role} of {where} ({tenure.sector}) {tenure.span()} "
                    f"[{tenure.where}]{mark}"
                )
            if date and current is None:
                lines.append(f"  holds no office in the KB on {date.isoformat()}")
        elif entry.kind == "org":
            org = kb.organizations[entry.key]
            lines.append(
                f"organisation {org.code}: {org.name}, {org.kind.replace('_', ' ')}, sector "
                f"{org.sector or '-'}, country {org.country or '-'} [{org.where}]"
            )
        else:
            country = kb.countries[entry.key]
            kind = {"seat": "seat of government", "adjective": "adjective"}.get(entry.kind, "name")
            lines.append(f"{kind} of {country.iso3} ({country.name}) [{country.where}]")
    lines += _office_lines(kb, name, date)
    agent = kb.agents.get(key)
    if agent is not None:
        title = ", a title" if agent.title else ""
        lines.append(f"agent noun {agent.phrase!r}: sector {agent.sector}{title} [{agent.where}]")
    return lines


def _office_lines(kb: ActorKB, name: str, date: dt.date | None) -> list[str]:
    """ "British prime minister", "Iraq vice president": every holder of that office."""
    words = name.split()
    for cut in range(1, len(words)):
        place, title = " ".join(words[:cut]), normalise(" ".join(words[cut:]))
        countries = {e.key for e in kb.lookup(place) if e.kind in ("country", "adjective")}
        for country in sorted(countries):
            tenures = kb.offices.get((country, title), ())
            if not tenures:
                continue
            lines = [f"office {title} of {country}"]
            for tenure in tenures:
                mark = "  <- on " + date.isoformat() if date and tenure.covers(date) else ""
                lines.append(f"  {tenure.name} {tenure.span()} [{tenure.where}]{mark}")
            return lines
    return []


@dataclass(slots=True)
class Suggestion:
    name: str
    country: str
    sector: str
    role: str
    first: dt.date | None
    last: dt.date | None
    count: int = 0
    evidence: str = ""

    def row(self) -> tuple[str, ...]:
        start = self.first.strftime("%Y-%m") if self.first else ""
        span = f"{self.first or '?'}..{self.last or '?'}"
        evidence = " ".join(self.evidence.split()).replace("\t", " ")
        provenance = (
            f"suggested by eventwire actors suggest: {self.count} mention"
            f'{"s" if self.count != 1 else ""} {span}; e.g. "{evidence}"'
        )
        return (self.name, "", self.country, self.sector, self.role, start, "", provenance)


def suggest(
    pipeline: Pipeline, articles: Iterable[Article], min_count: int = 1
) -> list[Suggestion]:
    """Proposed people.tsv rows from the title-name mentions of ``articles``, most seen first."""
    kb = pipeline.kb
    found: dict[tuple[str, str, str, str], Suggestion] = {}
    pairs = ((a.text, a) for a in articles)
    for doc, article in pipeline.nlp.pipe(pairs, as_tuples=True, batch_size=32):
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            actor = pipeline.resolver.resolve(ent.root, article.date)
            if actor is None or not actor.name or not actor.role or not actor.country:
                continue
            known = kb.people.get(actor.name)
            if known is not None and known.tenure_at(article.date) is not None:
                continue  # the KB already has them in office on that date
            key = (actor.name, actor.country, actor.sector or "", actor.role)
            item = found.get(key)
            if item is None:
                item = found[key] = Suggestion(*key, article.date, article.date)
                item.evidence = ent.sent.text
            item.count += 1
            if article.date:
                item.first = min(filter(None, (item.first, article.date)))
                item.last = max(filter(None, (item.last, article.date)))
    ranked = sorted(found.values(), key=lambda s: (-s.count, s.name))
    return [s for s in ranked if s.count >= min_count]
