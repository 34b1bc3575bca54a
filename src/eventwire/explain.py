"""``eventwire explain``: each event's path from text to code, in plain words.

For every event: the evidence sentence with the trigger highlighted (and the two actors' words
underlined), then one line per decision: which lexicon entry set the type and CAMEO code, how
each actor was resolved (KB row, title, coreference chain), why the status is what it is, and
where the date and location came from. The words come from the event's ``explanation``, which
the coder records as it decides; nothing is reconstructed here.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from .models import Actor, CodedArticle, Event, Span
from .output import actor_label

_STATUS_WORDS = {
    "occurred": "reported as having happened",
    "planned": "announced, intended or scheduled, not yet happened",
    "negated": "denied or said not to have happened",
    "hypothetical": "conditional, asked about or asked of somebody, not asserted",
}


def evidence_text(event: Event) -> Text:
    """The evidence sentence with the trigger in reverse video and the actors underlined."""
    sentence = event.evidence
    text = Text(sentence.text.rstrip())
    for actor in (event.source, event.target):
        if actor is not None:
            _mark(text, sentence, actor.start, actor.end, "underline")
    _mark(text, sentence, event.trigger.start, event.trigger.end, "bold reverse")
    return text


def _mark(text: Text, sentence: Span, start: int | None, end: int | None, style: str) -> None:
    if start is None or end is None:
        return
    a, b = start - sentence.start, end - sentence.start
    if 0 <= a < b <= len(text.plain):  # a coreferent's words may lie in another sentence
        text.stylize(style, a, b)


def _actor_line(actor: Actor | None, how: str | None) -> str:
    if actor is None:
        return "none found in the sentence"
    return f"{actor.text!r} -> {actor_label(actor)}, because {how or 'no explanation recorded'}"


def _status_line(event: Event) -> str:
    words = _STATUS_WORDS.get(event.status, event.status)
    cue = event.explanation.status_cue if event.explanation else None
    if cue:
        return f"{event.status} ({words}): the cue {cue!r} governs the trigger"
    if event.status == "occurred":
        return f"occurred ({words}): no cue of plan, denial or condition governs the trigger"
    return f"{event.status} ({words})"


def explain_event(event: Event, number: int, total: int) -> RenderableType:
    """One event's explanation as a renderable block."""
    kind = event.event_type + (f"/{event.mode}" if event.mode else "")
    header = Text.assemble(
        (f"Event {number} of {total}: ", "bold"),
        (kind, "bold cyan"),
        f"  CAMEO {event.cameo}, quad class {event.quad_class}, "
        f"{event.status}, {event.date or 'no date'}, confidence {event.confidence:.2f}",
    )
    x = event.explanation
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="bold", no_wrap=True)
    rows.add_column(overflow="fold")
    trigger = event.trigger
    rows.add_row("trigger", f"{trigger.text!r} (characters {trigger.start}-{trigger.end})")
    if x is None:
        rows.add_row("why", "this pipeline was run with explanations turned off")
    else:
        code = x.rule + (f"; entry as written: {x.lexicon_entry}" if x.lexicon_entry else "")
        rows.add_row("code", code)
        rows.add_row("source", _actor_line(event.source, x.source_how))
        rows.add_row("target", _actor_line(event.target, x.target_how))
        rows.add_row("status", _status_line(event))
        date = f"{event.date or 'none'}: {x.date_from or 'no date source recorded'}"
        rows.add_row("date", date)
        place = event.location.name or event.location.text if event.location else "none"
        rows.add_row("location", f"{place}: {x.location_from or 'no location source recorded'}")
    return Group(header, Text("  ") + evidence_text(event), rows, Text(""))


def print_explanations(
    articles: Iterable[CodedArticle], console: Console, event_number: int | None = None
) -> list[str]:
    """Print every event's explanation, or only event ``event_number`` (1-based, as numbered by
    ``eventwire code``) of each article. Returns one problem line per article that has no such
    event; the other articles are still explained."""
    problems = []
    for coded in articles:
        total = len(coded.events)
        title = coded.title or coded.doc_id
        if event_number is not None and not 1 <= event_number <= total:
            problems.append(
                f"{coded.origin or coded.doc_id}: no event {event_number}; "
                f"the article has {total} event{'s' if total != 1 else ''}"
            )
            continue
        console.rule(f"{title} ({coded.date.isoformat() if coded.date else 'no date'})")
        if total == 0:
            console.print("no events coded")
        for number, event in enumerate(coded.events, start=1):
            if event_number is None or number == event_number:
                console.print(explain_event(event, number, total))
        for warning in coded.warnings:
            console.print(f"[yellow]warning:[/yellow] {warning}")
    return problems
