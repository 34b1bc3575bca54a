"""Attach a date to an event from its own clause, falling back to the sentence, then the document.

A DATE entity belongs to the clause of the verb it hangs from ("landed ... on 23 July" -> landed).
An event takes the date of its trigger's clause or of a verb that governs the trigger ("is set to
hold talks ... today" -> hold). End dates ("until 26 July") and durations are not event dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..coding.factuality import REPORTING_VERBS, governing_chain, participle_act
from ..parse.entities import entities_in
from .dates import ResolvedDate, days_later, resolve_date

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOT_EVENT_DATES = frozenset({"until", "till", "through", "since", "for", "by", "before", "after"})


@dataclass(frozen=True, slots=True)
class DateChoice:
    value: str | None
    from_document: bool
    how: str


def clause_verb(token: Token) -> Token:
    """The nearest verb above ``token``: the clause it belongs to."""
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return current
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return current


def own_clause_verb(token: Token) -> Token:
    """The verb of the token's own clause: the token itself when it is one."""
    return token if token.pos_ in ("VERB", "AUX") else clause_verb(token)


def joined_with_own_subject(verb: Token, head: Token) -> bool:
    """``verb`` heads a clause joined on to ``head``'s with a subject of its own: another
    side's act ("South Korea responded with a drill, and Japan lodged a protest in Beijing")."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == head.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def sharing_a_subject(trigger: Token) -> set[int]:
    """The verbs joined to the trigger's own with one subject for all, whose day is its day
    too: "Hundreds defied police orders and took to the streets yesterday" (defied yesterday,
    though the protest's verb has the day)."""
    verb = own_clause_verb(trigger)
    if joined_with_own_subject(verb, verb.head):
        return set()  # "..., and Japan lodged a protest": another side's clause
    return {c.i for c in verb.conjuncts if not joined_with_own_subject(c, c.head)}


def _date_phrases(sentence: Span) -> list[tuple[str, Token]]:
    """DATE entities with a bracketed repeat merged: "today (25 July)"."""
    ents = [e for e in entities_in(sentence) if e.label_ == "DATE"]
    out: list[tuple[str, Token]] = []
    skip: set[int] = set()
    for index, ent in enumerate(ents):
        if index in skip:
            continue
        text = ent.text
        nxt = ents[index + 1] if index + 1 < len(ents) else None
        doc = sentence.doc
        if (
            nxt is not None
            and nxt.start == ent.end + 1
            and doc[ent.end].text == "("
            and nxt.end < len(doc)
            and doc[nxt.end].text == ")"
        ):
            text = f"{ent.text} ({nxt.text})"
            skip.add(index + 1)
        preposition = ent.root.head if ent.root.dep_ == "pobj" else None
        if preposition is not None and preposition.lower_ in _NOT_EVENT_DATES:
            continue
        if _of_an_earlier_thing(ent.root):
            continue
        out.append((text, ent.root))
    return out


_SEQUENCE = frozenset({"after", "before", "since", "following"})


def _of_an_earlier_thing(root: Token) -> bool:
    """ "ordered the ambassador to leave after the coup in July": the date is the coup's, in a
    phrase of time that a preposition of sequence opens, not the order's."""
    word = root.head
    for _ in range(4):
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return False
        if word.dep_ == "prep" and word.lower_ in _SEQUENCE and word.i < root.i - 1:
            return True
        word = word.head
    return False


def _trimmed(text: str) -> list[str]:
    """The phrase, then without its leading capitalised words: the small model's DATE entities
    sometimes take in a place ("Amhara three weeks ago")."""
    words = text.split()
    out = [text]
    while len(words) > 1 and words[0][:1].isupper() and not resolve_hint(words[0]):
        words = words[1:]
        out.append(" ".join(words))
    return out


def resolve_hint(word: str) -> bool:
    """Capitalised words that belong to a date: months, weekdays, "Christmas"-like names are
    left to dateparser; a place name is none of these."""
    return word.lower().strip(",.") in _DATE_WORDS


_DATE_WORDS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "last",
        "next",
        "this",
        "early",
        "late",
        "mid",
    }
)


def _vaguer(resolved: ResolvedDate, document_date: dt.date | None) -> bool:
    """A year or month that holds the document's date: "agreed to seek a formal end to the war
    this year" (said of the seeking) dates the agreement less well than the document does."""
    return (
        document_date is not None
        and len(resolved.value) < 10
        and document_date.isoformat().startswith(resolved.value)
    )


def _said_of(root: Token, chain: set[int]) -> bool:
    """The date hangs on a word of the chain itself, or on a preposition of one ("on
    Thursday"), rather than inside a noun phrase."""
    return root.head.i in chain or (
        root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i in chain
    )


def _names_a_thing(root: Token) -> bool:
    """The date is part of a noun's name: "the January 6 attack", "the 2019 election"."""
    return root.dep_ in ("nmod", "compound", "amod") and root.head.pos_ == "NOUN"


def _teller(root: Token) -> Token:
    """The verb a date phrase tells the day of. The parser hangs "on Wednesday" of "Iran said
    on Wednesday it would impose sanctions" on "impose"; a date between a reporting verb and
    the subject of the clause it reports is the day of the saying."""
    verb = clause_verb(root)
    teller = verb.head
    if verb.dep_ != "ccomp" or teller.lemma_.lower() not in REPORTING_VERBS:
        return verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and teller.i < root.i < subject.i:
        return teller
    return verb


def _tense_of(verb: Token) -> Literal["future", "past"] | None:
    """Whether the verb says its day is to come (with "will" or "would") or past (in the
    past tense); None when it says neither."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
        return "future"
    if (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in ("try", "attempt")
        and verb.head.tag_ == "VBD"
    ):
        return "past"  # "tried to overthrow Erdogan on Friday night": an attempt made
    return "past" if verb.tag_ == "VBD" else None


def scene_clause(trigger: Token, words: tuple[str, ...] = ("where", "when")) -> Token | None:
    """The verb of the trigger's clause when that clause is a relative "where" (or "when")
    clause setting its act in the scene of a noun above: "to land in Minsk, where authorities
    arrested a journalist"; else None."""
    clause = own_clause_verb(trigger)
    if clause.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ in words for c in clause.children
    ):
        return clause
    return None


def _scene_of(trigger: Token) -> set[int]:
    """The verbs above a "where" or "when" clause that the trigger's is, whose dates are its
    own: "scrambled a jet on Sunday to force the plane to land in Minsk, where authorities
    arrested a journalist" (the arrest was then too); else none."""
    clause = scene_clause(trigger)
    if clause is None:
        return set()
    return {a.i for a in clause.ancestors if a.pos_ in ("VERB", "AUX")}


def _of_another_clause(verb: Token, trigger: Token, scene: set[int]) -> bool:
    """The date's clause is one of its own, not the event's: a relative clause ("accused each
    other of starting clashes that killed 100 people last month": the killing was then), or a
    clause joined on after the event's with a subject of its own ("Khamenei vowed revenge, and
    Iraq's parliament voted to expel US troops two days later")."""
    own = own_clause_verb(trigger)
    if verb.i == own.i or verb.i in scene:
        return False
    above = {own.i} | {a.i for a in own.ancestors}
    path = [verb]
    while path[-1].i not in above and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == own.i for t in path):
        # "a delegation of the association, which presented a memorandum on Monday,
        # demanded": the subject's own act, told beside it, sets the time
        return False
    if any(
        t.dep_ == "relcl"
        and t.i not in above  # "protesters, who surrounded ... and defaced ... on Sunday"
        # so does a "when" clause ("was disrupted for the second time when it began on Friday")
        and not any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in t.children)
        for t in path
    ):
        return True
    if any(
        t.dep_ == "ccomp"
        and t.i not in above
        and t.head.lemma_.lower() in REPORTING_VERBS
        and t.head.dep_ == "conj"
        and t.head.head.i in above
        for t in path
    ):
        # "declared a state of emergency and said the army would hand power to an elected
        # government in 2023": the time of what the speaker went on to say (not "struck what
        # India said was a training camp on Tuesday", where the parser hangs the day inside)
        return True
    while verb.dep_ == "xcomp" and verb.head.i != own.i:
        verb = verb.head  # "voted to expel US troops two days later": the voting's clause
    return verb.i > own.i and joined_with_own_subject(verb, own)


def _right_after(root: Token, trigger: Token) -> bool:
    """A bare time phrase right after the event's noun is the event's, whatever the parser
    hangs it on: "struck Iran on Saturday in retaliation for Iran's missile attack earlier
    this month"."""
    return (
        trigger.pos_ == "NOUN"
        and root.dep_ == "npadvmod"
        and root.left_edge.i == trigger.right_edge.i + 1
    )


def _right_before(root: Token, trigger: Token) -> bool:
    """A date right before a relative clause of the act is the act's, whatever the parser
    hangs the clause on: "an Israeli strike on its embassy compound on April 1, which killed
    seven members of the Guards"."""
    if trigger.dep_ != "relcl" or trigger.left_edge.i <= root.i:
        return False
    between = root.doc[root.i + 1 : trigger.left_edge.i]
    return all(t.ent_type_ == "DATE" or t.is_punct for t in between)


def choose_date(
    trigger: Token,
    planned: bool,
    document_date: dt.date | None,
    claimed: set[int],
    told_before: dt.date | None = None,
) -> DateChoice:
    """The event's date: its clause's DATE, else an unclaimed one of its sentence, else the
    document's.

    ``claimed`` holds the clause verbs of the sentence's other events, so that a date named for
    another event is not borrowed. ``told_before`` is the last day the article's text gave an
    earlier event, from which "two days later" or "the next day" count (without it they name
    no date).
    """
    chain = {t.i for t in governing_chain(trigger)}
    if participle_act(trigger):
        # "expelled two diplomats on Monday, accusing them of ...": said as it was done
        chain.add(trigger.head.i)
    phrases = _date_phrases(trigger.sent)
    prefer: Literal["future", "past"] = "future" if planned else "past"
    own = [
        (text, root)
        for text, root in phrases
        if clause_verb(root).i in chain
        or root.head.i in chain
        or _right_after(root, trigger)
        or _right_before(root, trigger)
    ]
    # a date said of the event itself before one that names a thing in its phrase:
    # "recognised Gonzalez as the winner of the July 28 election on Thursday" on Thursday
    # and one that names no thing before one that does ("pardoned people charged over the
    # January 6 attack on Monday": on Monday)
    own.sort(key=lambda phrase: (not _said_of(phrase[1], chain), _names_a_thing(phrase[1])))
    scene = _scene_of(trigger)
    rest = [
        (text, root)
        for text, root in phrases
        if (clause_verb(root).i not in claimed or clause_verb(root).i in scene)
        and not _of_another_clause(clause_verb(root), trigger, scene)
        # "refused to recognise the results of Saturday's election": the election's day (not
        # "Tuesday's rioting at the hospital, where a leader injured in a shootout died")
        and (root.dep_ != "poss" or trigger.i in {t.i for t in clause_verb(root).subtree})
    ]
    rest.sort(key=lambda phrase: _names_a_thing(phrase[1]))
    vaguer = None
    for group, how in ((own, "clause"), (rest, "sentence")):
        for text, root in group:
            # a day named with a past-tense verb is past, whatever the event's status:
            # "scrambled a fighter jet on Sunday to force a plane to land"; one named with
            # "will" or "would" is to come ("announced that she would resign on June 7")
            told = _tense_of(_teller(root)) or prefer
            for words in _trimmed(text):
                later = days_later(words)
                if later is not None and how == "sentence":
                    # "blamed Ukraine and two days later struck cities": another clause's
                    # "later" moves that clause on from this one
                    break
                if later is not None and told_before is not None:
                    day = (told_before + dt.timedelta(days=later)).isoformat()
                    why = f"{how}: {words!r} after {told_before.isoformat()}, told before"
                    return DateChoice(day, False, why)
                resolved: ResolvedDate | None = resolve_date(words, document_date, told)
                if resolved is not None and how == "sentence" and _vaguer(resolved, document_date):
                    vaguer = words  # another clause's "this year": the document's day says more
                    break
                if resolved is not None:
                    return DateChoice(resolved.value, False, f"{how}: {words!r}")
    if document_date is not None:
        why = f"another clause's {vaguer!r} holds it" if vaguer else "the text gives none"
        return DateChoice(document_date.isoformat(), True, f"document date ({why})")
    return DateChoice(None, False, "no date in the text and no document date")
