"""Formatting coded articles for people (a table) and programs (JSON, JSON Lines)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from rich.console import Console
from rich.table import Table

from .models import Actor, CodedArticle

FORMATS = ("table", "jsonl", "json")


def actor_label(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    code = actor.igo or "/".join(part for part in (actor.country, actor.sector) if part) or "?"
    who = actor.name or actor.text
    return f"{who} [{code}]" + (f" ({actor.role})" if actor.role else "")


def write_jsonl(coded: CodedArticle, stream: IO[str]) -> None:
    for event in coded.events:
        stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")


def write_json(coded: CodedArticle, stream: IO[str]) -> None:
    stream.write(json.dumps(coded.to_dict(), ensure_ascii=False) + "\n")


def events_table(coded: CodedArticle) -> Table:
    title = coded.title or coded.doc_id
    date = coded.date.isoformat() if coded.date else "no date"
    table = Table(title=f"{title} ({date}): {len(coded.events)} events", show_lines=False)
    for column in ("#", "type", "status", "date", "source", "target", "where", "conf", "trigger"):
        table.add_column(column, overflow="fold")
    for number, event in enumerate(coded.events, start=1):
        table.add_row(
            str(number),
            event.event_type + (f"/{event.mode}" if event.mode else "") + f" ({event.cameo})",
            event.status,
            (event.date or "-") + ("*" if event.date_is_document_date else ""),
            actor_label(event.source),
            actor_label(event.target),
            (event.location.name or event.location.text) if event.location else "-",
            f"{event.confidence:.2f}",
            event.trigger.text,
        )
    return table


def print_tables(articles: Iterable[CodedArticle], console: Console) -> None:
    for coded in articles:
        console.print(events_table(coded))
        if any(e.date_is_document_date for e in coded.events):
            console.print("  * date taken from the document date: the text gives the event none")
        for quote in coded.quotes:
            speaker = actor_label(quote.speaker) if quote.speaker else "unattributed"
            console.print(f"  quote ({quote.kind}) {speaker}: “{quote.text[:90]}”")
        for warning in coded.warnings:
            console.print(f"  [yellow]warning:[/yellow] {warning}")


def print_quotes(coded: CodedArticle, console: Console) -> None:
    """One table per article: speaker, kind, the words, and the events inside them (numbered as
    in the events table of ``eventwire code``)."""
    numbers = {event.event_id: n for n, event in enumerate(coded.events, start=1)}
    title = coded.title or coded.doc_id
    table = Table(title=f"{title}: {len(coded.quotes)} quotes")
    for column in ("#", "speaker", "kind", "quote", "events"):
        table.add_column(column, overflow="fold")
    for number, quote in enumerate(coded.quotes, start=1):
        linked = ", ".join(f"#{numbers[i]}" for i in quote.event_ids if i in numbers)
        table.add_row(
            str(number),
            actor_label(quote.speaker) if quote.speaker else "unattributed",
            quote.kind,
            f"“{quote.text}”",
            linked or "-",
        )
    console.print(table)


def write_quotes_jsonl(coded: CodedArticle, stream: IO[str]) -> None:
    for quote in coded.quotes:
        record = {"doc_id": coded.doc_id, **quote.to_dict()}
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
