"""Resolve a mention in a parsed sentence to an Actor at the event date.

Order of evidence, strongest first: a person in the knowledge base (their role row at the date),
an organisation or armed group, a seat of government used for the government ("Moscow"), a
country name, then a country adjective or possessive with an agent noun ("Iraqi protesters",
"Russia's Foreign Minister Sergei Lavrov"). Definite descriptions and pronouns ("the Iraqi
leader", "the vice president", "he") are resolved by :class:`ArticleMemory` to the most recent
compatible person of the same article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..coding.factuality import DENIED_SAYINGS, DENYING_VERBS
from ..models import Actor
from ..parse.entities import entities_in
from ..parse.nlp import first_conjunct
from ..parse.rule_entities import NAME_PARTICLES
from ..when.attach import resolve_hint
from ..where.gazetteer import is_place_noun, may_name_place, owns_personal_noun
from ..where.locate import SIDE_ADJECTIVES, place_within
from .kb import (
    NATIONAL_ORG_KINDS,
    UNTITLED_ROLE,
    ActorKB,
    Agent,
    Entry,
    Organization,
    Person,
    folded,
    normalise,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..where.gazetteer import Gazetteer

# Dependents that belong to a noun phrase's name or description, left of its head.
_LEFT_DEPS = frozenset({"compound", "amod", "poss", "det", "nmod", "flat", "nummod", "npadvmod"})
_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# verbs of demanding: what they ask a third party to do to "him" is about their own object
_DEMANDS_OF_OTHERS = frozenset({"demand", "urge", "ask", "press", "request", "insist", "call"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their"})
_REPORTING = frozenset(
    {"say", "tell", "announce", "state", "claim", "insist", "warn", "add", "declare", "confirm"}
    # "Washington denied that it had sent troops": the one who denies, admits or vows
    | {"deny", "admit", "acknowledge", "assert", "stress", "reiterate", "note", "argue"}
    | {"maintain", "allege", "promise", "pledge", "vow", "believe", "explain", "report"}
    | {"indicate", "signal", "concede", "reply", "complain", "fear", "hope", "think"}
)
# people of a body named with it, whom "the leaders" later is ("European Union leaders")
_MEMBERS = frozenset(
    {"leader", "minister", "official", "envoy", "diplomat", "delegate", "delegation"}
    | {"lawmaker", "member", "representative", "negotiator", "peacekeeper", "monitor"}
    | {"observer", "inspector", "commander"}
)
# a group's armed men, whom "the militants" names again
_FIGHTERS = frozenset({"militant", "fighter", "insurgent", "jihadist", "gunman", "rebel"})
# a state's missions abroad, named by where they are: "its embassy in Quito" is not Ecuador's
_MISSIONS = frozenset({"embassy", "consulate", "legation", "chancery"})
# clauses of time whose subject pronoun is the main clause's subject ("said X as he left")
_WHEN_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "until", "once"})
_KIND_ORDER = {"person": 0, "org": 1, "seat": 2, "country": 3, "adjective": 4}


@dataclass(slots=True)
class ArticleMemory:
    """What earlier sentences of one article said about people: the state of coreference."""

    people: list[Actor] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # titles the KB says were not held
    actors: list[Actor] = field(default_factory=list)  # placed sources of earlier events
    # earlier events' types, CAMEO codes, sources, targets and where their trigger is (the
    # other doers of one act), in reading order ("condemned the detentions": whose)
    deeds: list[tuple[str, str | None, Actor | None, Actor | None, int]] = field(
        default_factory=list
    )
    # the placed sources and targets of earlier events, in reading order ("the two leaders")
    parties: list[Actor] = field(default_factory=list)
    # two sides of different countries named together ("Finland and Sweden applied"), with
    # where their sentence ends: whom "both countries" in that sentence or the next is
    pairs: list[tuple[int, Actor, Actor]] = field(default_factory=list)
    # three or more sides of different countries named together ("Saudi Arabia, the UAE,
    # Bahrain and Egypt severed ties"), with where their sentence ends: "the four countries"
    groups: list[tuple[int, tuple[Actor, ...]]] = field(default_factory=list)
    told: set[str] = field(default_factory=set)  # trigger lemmas of earlier sentences' events
    # bodies named with their country, by agent phrase: whom "the junta" later is
    bodies: dict[str, Actor] = field(default_factory=dict)
    # names of people already looked up for later sentences (coder._remember_people)
    looked_up: set[str] = field(default_factory=set)
    # the article's countries, most mentioned first: which Bharatpur a town named as an actor is
    countries: list[str] = field(default_factory=list)
    # the one country the article names, if so (where.locate.sole_country): whose police
    sole_country: str | None = None
    # where the article's dateline ends ("GAZA CITY, Palestinian Territories:"): a place there
    # is where the story was filed, no actor
    dateline_end: int = 0
    # the dateline place's country, if the gazetteer knows it
    dateline_country: str | None = None
    # why sole_country places a group, when not because the article names one country only
    sole_how: str | None = None
    # the countries each sentence names, by its first token (coder._countries_named)
    countries_named: dict[int, frozenset[str] | None] = field(default_factory=dict)
    # titled people of no country placed by the countries named before them, by name: where
    # a later mention ("She warned ...") is placed, whatever it acts on
    story_countries: dict[str, str] = field(default_factory=dict)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def remember(self, actor: Actor) -> None:
        if actor.name and (actor.role or actor.sector) and not actor.igo:
            self.people.append(actor)

    def recall(self, country: str | None, title: str | None) -> Actor | None:
        """The most recent person of ``country`` whose role contains ``title``'s words."""
        for actor in reversed(self.people):
            if country and actor.country != country:
                continue
            if title and title not in {"leader", "official"}:
                role = (actor.role or "").lower()
                if not all(word in role for word in title.split()):
                    continue
            return actor
        return None

    def last_two(
        self,
        countries: bool = True,
        sentence_start: int = 0,
        besides: Sequence[tuple[int, int]] = (),
        opposed: bool = False,
        people: bool = False,
    ) -> list[Actor]:
        """Whom "the two leaders", "both countries" or "both sides" are: two named together
        in an earlier sentence, unless a later one or the sentence from ``sentence_start`` on
        named two of its own; else the two latest parties of different countries (with
        ``countries`` false, of different kinds: Sudan's army and the RSF), earlier first.
        Those named at the ``besides`` offsets are none of them (the subject that urges "both
        sides"). Two ``opposed`` sides named together are two that acted on each other
        ("Armenia and Azerbaijan agreed to a ceasefire"), not two that spoke as one ("the United
        States and Saudi Arabia urged an end to the fighting. Egypt offered to mediate between
        the two sides": the army and the RSF). Two ``people`` ("the two leaders") are two who
        hold an office, where two of different countries did ("Biden met Xi ... Xi warned
        that Taiwan was a red line ... the two leaders agreed": not Xi and Taiwan)."""
        placed = [
            a
            for a in self.parties
            if a.country and not any(start <= (a.start or -1) < end for start, end in besides)
        ]
        now = {a.country for a in placed if (a.start or 0) >= sentence_start}
        earlier = [pair for pair in self.pairs if pair[0] <= sentence_start]
        if (
            earlier
            and len(now) < 2
            and not (opposed and not self._acted_on_each_other(earlier[-1]))
        ):
            end, first, second = earlier[-1]
            before = [a for a in placed if (a.start or 0) < sentence_start]
            if not before or (before[-1].start or 0) <= end:
                # "Finland and Sweden applied ... after Russia's invasion of Ukraine. Erdogan
                # accused both countries": the pair named together, not the last two named
                return [first, second]
        if opposed:
            # "Heavy fighting broke out between Sudan's army and the RSF ... The United States
            # and Britain called for an end to the fighting. Egypt urged both sides to exercise
            # restraint": the two of the latest hostile act of one on the other (CAMEO 11
            # and up: accusations to fighting; not the calls on them to stop), those that
            # fought each other first
            hostile = [
                [a for a in (source, target) if a is not None and a in placed]
                for _, cameo, source, target, _ in reversed(self.deeds)
                if (cameo or "")[:2] >= "11"
            ]
            hostile = [
                sides
                for sides in hostile
                if len(sides) == 2 and _kind(sides[0], countries) != _kind(sides[1], countries)
            ]
            kinds = {tuple(_kind(a, countries) for a in sides) for sides in hostile}
            mutual = [
                sides
                for sides in hostile
                if tuple(_kind(a, countries) for a in sides[::-1]) in kinds
            ]
            if mutual or hostile:
                return (mutual or hostile)[0]
        if people:
            holders = [a for a in placed if a.role]
            if len({_kind(a, countries) for a in holders}) >= 2:
                placed = holders
        found: list[Actor] = []
        for actor in reversed(placed):
            if all(_kind(actor, countries) != _kind(f, countries) for f in found):
                found.append(actor)
                if len(found) == 2:
                    return found[::-1]
        return []

    def _acted_on_each_other(self, pair: tuple[int, Actor, Actor]) -> bool:
        """An earlier event has one of the two named together as its source, the other its
        target."""
        _, first, second = pair
        countries = {first.country, second.country}
        return any(
            source is not None
            and target is not None
            and {source.country, target.country} == countries
            for _, _, source, target, _ in self.deeds
        )

    def by_surname(self, surname: str) -> Actor | None:
        """The latest person whose family name is ``surname``: a name's last word, or its
        first where family names come first ("Yoon" of Yoon Suk Yeol, "Xi" of Xi Jinping)."""
        key = folded(surname)
        for actor in reversed(self.people):
            # "Keita" of Ibrahim Boubacar Keïta: accents are often dropped in English text
            words = folded(actor.name or "").split()
            if words and (
                words[-1].split("-")[-1] == key
                or (actor.country in _FAMILY_NAME_FIRST and words[0] == key)
            ):
                return actor
        return None


def listed_appositives(token: Token) -> list[Token]:
    """The appositives of ``token`` that head a list the parser read as an apposition: in "The
    US, Russia, and Switzerland met" Russia is an appositive of the US, Switzerland its
    conjunct."""
    return [
        c for c in token.children if c.dep_ == "appos" and any(d.dep_ == "conj" for d in c.children)
    ]


# honours named like people or bodies ("the Nobel Peace Prize", "the Sakharov Prize")
_HONOURS = frozenset({"prize", "award", "medal"})

# countries whose people put the family name first, as English-language news writes them
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"})


SEAT_HOW = "seat of government"  # how an actor that is a capital standing for its government begins
COUNTRY_HOW = "country "  # how an actor named by its country's name begins ("country 'Russia' ...")
UNKNOWN_NAME_HOW = "name "  # how a capitalised name the tables lack begins ("name 'Cubans' ...")
ADJECTIVE_HOW = "adjective "  # the part of a how that names a country by its adjective
_PLACE_HOW = "place "  # how an actor that is a town or region standing for its country begins


def as_place(actor: Actor) -> Actor:
    """A town or seat of government named as where something is, standing for its country
    alone ("the Paris offices": FRA, not the French government)."""
    return replace(
        actor,
        name=None,
        sector=None,
        igo=None,
        role=None,
        cameo_code=actor.country,
        how=f"{_PLACE_HOW}{actor.text!r}: {actor.how}",
    )


def names_a_place(actor: Actor) -> bool:
    """The actor is a town or region standing for its country ("shelled Kharkiv")."""
    return (actor.how or "").startswith(_PLACE_HOW)


def names_a_seat(actor: Actor) -> bool:
    """The actor is a capital standing for its government ("Washington said")."""
    return (actor.how or "").startswith(SEAT_HOW)


# "anti" is left out on purpose: "an anti-Syria journalist killed in Beirut" then has no
# country at all, and plover-gold lost the sentence's one ASSAULT (measured).
# "pro" too: "pro-EU protesters" in Tbilisi are Georgians who back the EU, no EU body
_OPPOSING = frozenset({"counter", "against", "combat", "defeat", "fight", "pro"})


# verbs of those who appeal or react to another's affairs: "The United States called for his
# release" (not "said": "The kingdom said" may speak of itself)
_APPEALING = frozenset({"call", "urge", "demand", "condemn", "welcome", "appeal", "express"})


def _a_commenters_name(token: Token) -> bool:
    """The token is in the subject of a verb of comment or appeal ("The United States called
    for Bazoum's release")."""
    subject = token
    while subject.dep_ in ("compound", "amod", "det", "poss", "conj", "appos", "cc"):
        subject = subject.head
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in _APPEALING


def _kind(actor: Actor, countries: bool) -> tuple[str | None, ...]:
    """What makes two sides two: their countries, or (with ``countries`` false) their countries'
    sectors too (Raila Odinga is of the opposition's side, Sudan's army and the RSF are two)."""
    if countries:
        return (actor.country,)
    return (actor.country, actor.sector, actor.igo)


def _opposed(words: list[Token], i: int) -> bool:
    """``words[i]`` names what an organisation's name is against, or what a "pro-" backs:
    "the Global Coalition to Counter ISIL", "counter-ISIL operations", "pro-EU protesters"."""
    before = words[i - 1] if i >= 1 else None
    if before is not None and before.text == "-" and i >= 2:
        before = words[i - 2]
    return before is not None and before.lower_ in _OPPOSING


# "the UN-backed government", "the US-backed government of Afghanistan": the first word
# names the backer, not the actor (a "-led" coalition is its leader's, read in ``_matches``).
# A state's armed proxies keep their backer, as CAMEO coders code them ("Iran-backed
# militias": IRN), where a body never is what it backs.
_BACKING = frozenset(
    {"backed", "recognised", "recognized", "supported", "sponsored", "funded", "brokered"}
)
# heads of a state's own institutions: backed by another, they are still their own state's
_OWN_STATE = frozenset(
    {"government", "administration", "regime", "cabinet", "authority", "authorities"}
    | {"parliament", "council", "president", "leader", "leadership"}
)


def _backer(words: list[Token], end: int) -> bool:
    """The words before ``words[end]`` name who backs what follows: "UN-backed" (the
    window may hold the hyphen)."""
    if end < len(words) and words[end].lower_ in _BACKING:
        return words[end - 1].text == "-"
    return end + 1 < len(words) and words[end].text == "-" and words[end + 1].lower_ in _BACKING


def _of_a_continent(words: list[Token], i: int) -> bool:
    """``words[i]`` is the "American" of "Latin American", "South American" or "Central
    American": a region's people, not the United States'."""
    return (
        i >= 1
        and words[i].lower_ in ("american", "americans")
        and words[i - 1].lower_ in ("latin", "south", "central", "north")
    )


def _inside_nisba(words: list[Token], i: int) -> bool:
    """``words[i]`` starts the "al-Kuwaiti" of a name that goes before it, its "-Kuwaiti" or
    its "Kuwaiti"."""
    if i >= 1 and words[i].text == "-" and words[i - 1].lower_ in NAME_PARTICLES:
        return True
    if i >= 2 and words[i - 1].text == "-" and words[i - 2].lower_ in NAME_PARTICLES:
        return True
    return (
        0 < i < len(words) - 1
        and words[i].lower_ in NAME_PARTICLES
        and words[i + 1].text == "-"
        and words[i - 1].ent_type_ == "PERSON"
    )


def entity_bounds(token: Token) -> tuple[int, int]:
    """(first, end) token indices of the named entity ``token`` is in, from the IOB tags
    (``Doc.ents`` builds every span on each call); the token alone when it is in none."""
    doc, first, end = token.doc, token.i, token.i + 1
    if token.ent_iob_ != "O" and token.ent_type_:
        while doc[first].ent_iob_ == "I" and first > 0:
            first -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return first, end


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def mention_span(head: Token) -> Span:
    """The noun phrase a head token names: its left modifiers, and its named entity if longer."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS or child.dep_ == "punct":
            start = min(start, child.left_edge.i)
    # a finite verb is no part of a noun phrase: "al-Sisi hosted Turkish President Erdogan",
    # misparsed with "hosted" as a modifier of "President", names Erdogan only; nor is the
    # "dead" of "shot dead Russia's ambassador"
    for token in head.doc[start : head.i]:
        if token.tag_ in _FINITE_VERB_TAGS or (
            token.i == start
            and token.lower_ == "dead"
            and token.i > 0
            and token.nbor(-1).pos_ == "VERB"
        ):
            start = token.i + 1
    opener = head.doc[start]
    if opener.lower_ == "that" and opener.dep_ == "det" and head.tag_ in ("NNS", "NNPS"):
        # "demanding that ethnic Armenian forces lay down their arms": the clause's "that",
        # misparsed as the plural noun's determiner
        start += 1
    joined = first_of_pair(head)
    if joined is not None:
        start = max(start, joined.i + 1)  # whatever is after the "and" is the head's
    end = head.i + 1
    if head.ent_iob_ != "O" and head.ent_type_:
        doc = head.doc
        first, last = entity_bounds(head)
        start, end = min(start, first), max(end, last)
        # "Moon Jae-in": the model's entity may stop at the hyphen of a hyphenated name
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        ):
            end += 2
    for token in head.doc[start : head.i]:
        if _time_zone(token):  # "July 17, 2016 00:00 IST Workers of the BJP": the workers
            start = token.i + 1
    before = head.doc[start - 1] if start > 0 else None
    if before is not None and before.dep_ == "prep" and not any(before.children):
        # "In Turkey Minister Ellwood met ...": the place is the stranded "In"'s object, no
        # part of the name
        while start < head.i and head.doc[start].ent_type_ in ("GPE", "LOC"):
            start += 1
    return head.doc[start:end]


# sectors an agent word gives no body whose name it is part of (see ActorResolver.resolve)
_NAME_ONLY_SECTORS = frozenset({"LAB", "REF", "SOC", "BUS"})
# words that make "parties" the sides of a dispute: "all parties", "both parties", "the two
# parties", "the warring parties"
_SIDES_WORDS = frozenset({"all", "both", "either", "neither", "two", "warring", "concerned"})
# the sectors of a person's followers: "Trump supporters", "Navalny's supporters"
_FOLLOWING = frozenset({"CVL", "OPP"})
# the sectors of armed men, and of the armed groups that are not a state's
FORCES = frozenset({"MIL", "REB", "INS", "PRM", "UAF"})
ARMED_GROUPS = frozenset({"REB", "INS", "PRM", "UAF"})


def owned_forces(actor: Actor, owner: Actor, why: str) -> Actor | None:
    """The armed men of an owner ("its fighters", "Prigozhin's fighters", "Putin's troops"):
    an armed group's own (its whole code: Hamas's fighters are Hamas), else the owner
    country's, in the noun's sector (Putin's troops are RUSMIL, not the president). None when
    the noun names no armed men or the owner has no country."""
    if actor.sector not in FORCES or owner.country is None or actor.name is not None:
        return None
    if owner.sector in ARMED_GROUPS and owner.cameo_code:
        sector, code = owner.sector, owner.cameo_code
    else:
        sector, code = actor.sector, f"{owner.country}{actor.sector}"
    return replace(
        actor,
        country=owner.country,
        sector=sector,
        igo=None,
        cameo_code=code,
        how=f"{actor.how}; {why} {owner.text!r}: {owner.how}",
    )


def first_of_pair(head: Token) -> Token | None:
    """The "and" of two people's names parsed as one phrase: "US President Donald Trump and
    North Korean leader Kim Jong Un met", with the first name's title compounded into the
    second's head. A person named before the "and", whose coordinate after it is the second's
    title ("leader", "counterpart", "Russian President Vladimir Putin"), is an actor of their
    own; so is a capitalised first word read as a modifier of the second's title, its "and"
    left with no coordinate ("Trump and North Korean leader Kim Jong Un")."""
    first = entity_bounds(head)[0] if head.ent_type_ == "PERSON" else head.i
    for token in head.doc[head.left_edge.i : first]:
        if token.dep_ != "cc" or token.lower_ != "and":
            continue
        person = token.head
        if (
            (person.ent_type_ == "PERSON" and person.pos_ == "PROPN") or _name_tail(person)
        ) and any(
            c.dep_ == "conj"
            and token.i < c.i < first
            # a title written as a name ("and Russian President Vladimir Putin") is no person
            and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and not c.ent_type_))
            for c in person.children
        ):
            return token
        if (
            person.i == head.left_edge.i
            and person.text[:1].isupper()
            and person.pos_ in ("PROPN", "ADJ")
            and person.dep_ in ("amod", "compound")
            and not any(c.dep_ == "conj" for c in person.children)
        ):
            # "Trump and North Korean leader Kim Jong Un shook hands": the first name read as
            # a modifier of the second's title, its "and" left with no conjunct
            return token
    return None


def _name_tail(token: Token) -> bool:
    """The word after a hyphen inside a person's name, which the tagger may leave out of the
    name and read as a common word: the "in" of "Moon Jae-in"."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
        and doc[token.i - 2].ent_type_ == "PERSON"
    )


_TIME_ZONES = frozenset(
    [
        "IST",
        "GMT",
        "UTC",
        "EST",
        "EDT",
        "CST",
        "CDT",
        "PST",
        "PDT",
        "CET",
        "CEST",
        "BST",
        "MSK",
        "EAT",
        "WAT",
        "SAST",
        "PKT",
        "JST",
        "KST",
        "HKT",
        "SGT",
    ]
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|[ap]\.?m\.?|hrs", re.IGNORECASE)


def _time_zone(token: Token) -> bool:
    """A time's zone after the clock time ("00:00 IST") names nobody."""
    return (
        token.text in _TIME_ZONES
        and token.i > 0
        and bool(_CLOCK.fullmatch(token.doc[token.i - 1].text))
    )


@dataclass(frozen=True, slots=True)
class _Match:
    entry: Entry
    start: int  # token index
    end: int
    why: str = ""  # a reason beyond the entry's row: "'Congress' in a story about IND (...)"


class ActorResolver:
    """Turns a mention head into an Actor; stateless apart from the passed-in memory."""

    def __init__(self, kb: ActorKB, gazetteer: Gazetteer | None = None) -> None:
        self.kb = kb
        self.gazetteer = gazetteer  # towns stand for their country when given
        # "the Lebanese capital": a national adjective's seat of government
        self.capitals = {
            adjective.lower(): country.seats[0]
            for country in kb.countries.values()
            if country.seats
            for adjective in country.adjectives
        }
        self._agent_words: frozenset[str] | None = None  # words of agents.tsv phrases
        self._family_names: frozenset[str] | None = None  # of people.tsv's people
        # the names of organizations.tsv's bodies, which no "he" or "she" means
        self._organization_names = frozenset(org.name for org in kb.organizations.values())

    def _matches(self, span: Span) -> list[_Match]:
        words = [t for t in span if not t.is_punct or t.text in "-'"]
        found: list[_Match] = []
        for token in words:  # "the Palestinians", "Israelis": a demonym used as a noun
            if token.lower_.endswith("-led"):  # "the U.S.-led coalition": the leader's
                found += [
                    _Match(entry, token.i, token.i + 1)
                    for entry in self.kb.lookup(token.text[:-4])
                    if entry.kind in ("country", "adjective")
                ]
            if token.tag_ in ("NNPS", "NNS") and token.text[:1].isupper():
                singular = token.text[:-1] if token.text.endswith("s") else token.text
                for entry in self.kb.lookup(singular):
                    if entry.kind == "adjective":
                        found.append(_Match(entry, token.i, token.i + 1))
        limit = self.kb.max_words + 2  # hyphens count as tokens in text
        # every window of words, read from the text by character offsets (a Span per window
        # costs more than the lookup)
        span_text, offset = span.text, span.start_char  # Doc.text joins the whole doc per call
        bounds = [(t.i, t.idx - offset, t.idx - offset + len(t.text)) for t in words]
        for i in range(len(bounds)):
            if _inside_nisba(words, i):
                continue  # "Abu Jandal al-Kuwaiti": a nisba is part of a name, no demonym
            if _opposed(words, i):
                continue  # "the Global Coalition to Counter ISIL" is not ISIL
            if _of_a_continent(words, i):
                continue  # "seven Latin American countries" are no Americans
            first, start_char, _ = bounds[i]
            for j in range(min(len(bounds), i + limit), i, -1):
                last, _, end_char = bounds[j - 1]
                text = span_text[start_char:end_char]
                if text.lower().endswith("'s"):
                    continue
                backer = _backer(words, j)
                for entry in self.kb.lookup(text):
                    if backer and (entry.kind == "org" or span.root.lemma_.lower() in _OWN_STATE):
                        continue  # "UN-backed", "the US-backed government"
                    if text.islower() and self._common_word_name(entry, text):
                        continue  # "a memorial commemorating ...": not the NGO Memorial
                    found.append(_Match(entry, first, last + 1))
        found = [m for m in found if not self._someone_elses_name(m, span.doc)]
        found.sort(key=lambda m: (-(m.end - m.start), _KIND_ORDER[m.entry.kind]))
        return found

    def _local_names(self, span: Span, matches: list[_Match], country: str) -> list[_Match]:
        """``matches`` and the words that name one organisation in the news of the article's
        most-named ``country`` ("Congress workers" in a story about India: the party's), where
        no longer name the tables know covers the word."""
        added = [
            _Match(
                Entry("org", local[0]),
                token.i,
                token.i + 1,
                f"; {token.text!r} in a story about {country} ({local[1]})",
            )
            for token in span
            if (local := self.kb.local_names.get((token.text, country))) is not None
            and not any(m.start <= token.i < m.end and m.end - m.start > 1 for m in matches)
            # nor an agent phrase: "Trade Union Congress" is a union
            and not any(
                normalise(span.doc[token.i - k : token.i + 1].text) in self.kb.agents
                for k in (1, 2)
                if token.i - k >= span.start and span.doc[token.i - k].pos_ != "DET"
            )
        ]
        if not added:
            return matches
        found = matches + added
        found.sort(key=lambda m: (-(m.end - m.start), _KIND_ORDER[m.entry.kind]))
        return found

    def _common_word_name(self, entry: Entry, text: str) -> bool:
        """An organisation's own name written in lower case is the common word it is made of
        ("memorial", not the NGO Memorial); its aliases may be ("naxals"). So is a seat of
        government's ("its male population" is no Malé, the Maldives' seat), and a country's
        name of two words or more ("the west bank of the Dnipro" is no West Bank)."""
        if entry.kind == "seat" or (entry.kind == "country" and " " in text.strip()):
            return True
        org = self.kb.organizations.get(entry.key) if entry.kind == "org" else None
        return org is not None and normalise(org.name) == normalise(text)

    def _someone_elses_name(self, match: _Match, doc: Doc) -> bool:
        """A one-word name of a person that is part of a longer name the table does not know
        is somebody else's: "Asad Umar" is not Bashar al-Assad, "Ivanka Trump" not Donald
        Trump. A title ("President Assad") or a capitalised headline word is no name."""
        if match.entry.kind == "org" and match.end - match.start == 1:
            return self._ends_anothers_name(match, doc)
        if match.entry.kind != "person" or match.end - match.start != 1:
            return False
        neighbours = [doc[i] for i in (match.start - 1, match.end) if 0 <= i < len(doc)]
        if not any(_name_word(n) and not self._titled(doc, n.i, n.i + 1) for n in neighbours):
            return False
        if " " not in match.entry.key and not (match.end < len(doc) and _name_word(doc[match.end])):
            # a person the tables know by the family name alone (leaders.tsv, from REIGN):
            # the given name before it is theirs ("Augusto Pinochet", "Margaret Thatcher")
            return False
        return running_text(doc[match.start].sent)  # not a headline: "Putin Meets Assad"

    def _ends_anothers_name(self, match: _Match, doc: Doc) -> bool:
        """A one-word organisation name that is a common word ends another name when name
        words the tables do not know come before it: "the Lincoln Memorial", "the Amar Jawan
        Memorial" (not the NGO Memorial; "Russia's Memorial" and "Hamas" stay)."""
        word = doc[match.start]
        if word.lower_ not in _COMMON_WORD_ORGS or match.start == 0:
            return False
        before = doc[match.start - 1]
        return _name_word(before) and not self.kb.lookup(before.text)

    def _agent(self, span: Span, head: Token) -> tuple[Agent | None, str | None]:
        """The agents.tsv row and its words for the longest agent phrase that ends at the head
        ("Iraqi protesters") or just before a name ("Foreign Minister Sergei Lavrov").
        Adjectives elsewhere in the phrase ("military presence") say nothing about who the
        actor is."""
        if head.lower_ == "force" and not any(head.children):
            return None, None  # "regretted the use of force", "by force": might, not a body
        names = [t.i for t in span if t.ent_type_ == "PERSON"]
        ends = {head.i}
        if head.lower_ in _FAMILY_TITLES and head.i in names and head.i - 1 in names:
            ends = set()  # "Mehbooba Mufti": a title word after a first name is a family name
        if names and span.doc[min(names) - 1].dep_ != "nummod":  # "a hundred Maoists": a number
            ends.add(min(names) - 1)
        # "army bulldozers", "police cars": the compound names who, the head names a thing (not
        # a paper filed with somebody: "a police complaint", nor an expanse an agent's word
        # names: "Taiwan's air defence zone")
        if head.lemma_.lower() not in FILINGS | _EXPANSES:
            ends |= {
                c.i
                for c in head.lefts
                if c.dep_ == "compound"
                and c.pos_ == "NOUN"
                # "a two-person suicide squad": a size, not who
                and not (c.i > 0 and c.nbor(-1).text == "-")
            }
        if (
            head.pos_ == "PROPN"
            and not names
            # "Staff Reporter Police detain ...": a byline run into a headline; a head that
            # names an agent itself is no name
            and not self._agent_word(head.lower_)
        ):  # a name the NER missed: "Vice-President Awori"
            ends |= {c.i for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"}
        best: tuple[int, Agent | None, str | None] = (0, None, None)
        if not ends:
            # "killed one Nandlal Shah": a family name ("Shah") after a number; no title
            return None, None
        # "the US House of Representatives": a name whose "of" phrase is part of it, read
        # only with the head ("members of the army" are no army)
        named_by_of = {
            p.i
            for prep, p in _of_objects(head)
            if prep.i == head.i + 1 and head.is_title and p.is_title and p.i < head.i + 4
        }
        ends |= named_by_of
        doc = span.doc
        if named_by_of and max(named_by_of) >= span.end:
            span = doc[span.start : max(named_by_of) + 1]  # NER may end the name at the head
        span_text, offset = span.text, span.start_char  # Doc.text joins the whole doc per call
        # token attributes read once: (is DET, breaks a phrase, lower form, lemma, start, end)
        last = max(ends)
        toks = [
            (
                t.pos_ == "DET",
                t.is_punct and t.text != "-",  # a hyphen may join a title: "Vice-President"
                "led" if t.lower_.endswith("-led") else t.lower_,  # "U.S.-led coalition"
                t.lemma_.lower(),
                t.idx - offset,
                t.idx - offset + len(t.text),
            )
            for t in doc[span.start : last + 1]
        ]
        base = span.start
        for end in ends:
            for start in range(span.start, head.i + 1 if end in named_by_of else end + 1):
                words = toks[start - base : end - base + 1]
                if words[0][0] or any(w[1] for w in words):
                    continue
                phrase = " ".join([w[2] for w in words[:-1]] + [words[-1][3]])
                text = span_text[words[0][4] : words[-1][5]]
                agent = self.kb.agents.get(normalise(phrase)) or self.kb.agents.get(normalise(text))
                if agent is None and doc[end].pos_ == "PROPN":
                    # "US Marines", "Citizen Airmen": a capitalised plural keeps its form as lemma
                    singular = _singular(words[-1][2])
                    if singular != words[-1][2]:
                        phrase = " ".join([w[2] for w in words[:-1]] + [singular])
                        agent = self.kb.agents.get(normalise(phrase))
                if agent and agent.title and start == end and _plain_adjective(doc[end]):
                    continue  # "a general strike" is no General's: a title is a noun
                if agent and len(words) > best[0]:
                    best = (len(words), agent, text)
        return best[1], best[2]

    def _agent_word(self, word: str) -> bool:
        """The agent table has a row for the word ("police", "reporter")."""
        return normalise(word) in self.kb.agents

    def _country_how(self, match: _Match, doc: Doc) -> str:
        """The words and row behind a country: "adjective 'Russian' (countries.tsv:9: RUS)"."""
        iso3 = match.entry.key
        words = doc[match.start : match.end].text.strip("-")
        if match.entry.kind == "region":
            return f"region {words!r} (GeoNames first-level division) in {iso3}"
        kind = SEAT_HOW if match.entry.kind == "seat" else match.entry.kind
        return f"{kind} {words!r} ({self.kb.countries[iso3].where}: {iso3}){match.why}"

    def resolve(
        self, head: Token, date: dt.date | None, memory: ArticleMemory | None = None
    ) -> Actor | None:
        span = mention_span(head)
        if memory is not None and span.start_char < memory.dateline_end <= head.idx:
            # "BAGHDAD - Combined Joint Task Force ... provided": the article's dateline, parsed
            # into the subject, says where the story was filed, not whose the actor is
            # (its agency and dash too: "TOKYO (Newswire) - ASEAN")
            filed = [t for t in span if t.idx >= memory.dateline_end and t.i < head.i]
            dash = next((t for t in filed if t.text in ("-", "--", "\u2013", "\u2014", ":")), None)
            start = dash.i + 1 if dash is not None else head.i
            start = next((t.i for t in filed if t.i >= start and not t.is_punct), head.i)
            span = span.doc[start : span.end]
        text = span.text
        lower = head.text.lower()
        if head.i > 1 and head.nbor(-1).text == "-" and head.nbor(-2).like_num:
            return None  # "a two-person suicide squad", "a five-member team": a size
        if head.pos_ == "PRON":
            where = (head.idx, head.idx + len(head.text))
            if lower in _PRONOUNS | _GROUP_PRONOUNS | {"it"}:
                # "Annan announced that he will withdraw": the speaker, before anyone earlier
                reporter = self._reporter(head, date, memory) or self._relative_subject(
                    head, date, memory
                )
                if reporter is not None:
                    return reporter
            antecedent = (
                self._counted_group(head, date, memory)
                or self._object_antecedent(head, date, memory)
                or self._told_reporter(head, date, memory)
            )
            if antecedent is not None:
                return antecedent
            named = self.named_before(head, date)
            if named is not None:
                return self.referred_to(head, named)
            plural = self._group_before(head, date, memory)
            if plural is not None:
                return plural
            if memory is not None and lower in _PRONOUNS:
                # not the one the pronoun's own clause binds: "Biden called Bennett to
                # congratulate him" (him is no Biden)
                bound = _binding_spans(head)
                free = [
                    p
                    for p in memory.people
                    if not any(start <= (p.start or -1) < end for start, end in bound)
                    # "visit the Iraqi Kurdistan Region, where he will meet": a body is no "he"
                    and p.name not in self._organization_names
                ]
                if free:
                    meant = _topic(free, head) if head.dep_ in _SUBJECT_DEPS else free[-1]
                    return _coreferent(meant, head.text, where, f"pronoun {head.text!r}")
            return None
        if head.lemma_.lower() in _HONOURS:
            return None  # "received the Nobel Peace Prize in Oslo": an honour, nobody
        if _bare_body_noun(span, head):
            named_body = self._body_named_before(head, span, date)
            if named_body is not None:
                return named_body  # "NATO leaders invited Finland to join the alliance": NATO
        if memory is not None and _names_the_town(head):
            town = self._town_named_before(head, date, memory)
            if town is not None:
                return town  # "a blast ripped through Beirut ... Macron visited the city"
        matches = self._matches(span)
        if not matches and _short_name(span, head):
            named = self._long_name_before(head, span, date)
            if named is not None:
                return named  # "the Muslim Brotherhood ... The Brotherhood called"
        anaphor = next((t for t in span if _names_the_country(t)), None) if memory else None
        if anaphor is None and memory is not None:
            # "threatening to cut ties with the South", "The North's army said ..."
            anaphor = next(
                (t for t in span if _names_a_half(t) and (t.i == head.i or t.dep_ == "poss")),
                None,
            )
        if anaphor is not None and memory is not None:
            # "Myanmar's military seized power ... Biden threatened sanctions on the country"
            earlier = (
                self._half_named_before(anaphor)
                if _names_a_half(anaphor)
                else self._country_named_before(anaphor, memory)
            )
            if earlier is not None:
                if anaphor.i == head.i:
                    key = earlier.entry.key
                    return Actor(
                        text=span.text,
                        name=self.kb.countries[key].name,
                        country=key,
                        cameo_code=key,
                        start=span.start_char,
                        end=span.end_char,
                        how=f"{COUNTRY_HOW}{span.text!r}{earlier.why}",
                    )
                matches.append(earlier)
        if memory is not None and memory.countries and self.kb.local_names:
            matches = self._local_names(span, matches, memory.countries[0])
        last = span[-1]
        if last.lower_ in NAMESAKES:
            # "the Ain al-Asad air base", "the King Abdullah mosque": a place named after
            # somebody, who is not there
            matches = [m for m in matches if not (m.entry.kind == "person" and m.end <= last.i)]
        if (names_a_facility(last) or _names_a_document(last)) and not any(
            m.start <= last.i < m.end for m in matches
        ):
            # "the Central Government Offices", "Pixley ka Seme Street": a building; "the
            # Intermediate-Range Nuclear Forces Treaty", "the Paris Agreement": a text its
            # parties signed, none of them; but "spoke to Park" after "President Park
            # Geun-hye" is her
            recalled = (
                memory.by_surname(head.text)
                if memory is not None and len(span) == 1 and head.is_title
                else None
            )
            if recalled is not None:
                return _coreferent(
                    recalled, text, (span.start_char, span.end_char), f"surname {head.text!r}"
                )
            return None
        if side_of_a_border(head):
            return None  # "gathered on the Belarusian side of the border": a place
        if any(c.dep_ == "appos" and c.lemma_.lower() in _CRAFT for c in head.children):
            return None  # "the Galaxy Leader, a cargo ship": a ship's name, no leader
        if head.text.islower() and head.lemma_.lower() in GATHERINGS:
            return None  # "the Hanoi summit ended": a meeting, nobody (its sides are in it)
        agent, title = self._agent(span, head)
        if agent is not None and (
            (
                agent.sector != "GOV"
                and any(m.entry.kind == "country" and m.start <= head.i < m.end for m in matches)
            )
            or (agent.sector == "BUS" and any(c.lower_ in _RIVER_SIDES for c in head.lefts))
        ):
            # "the West Bank", "the Soviet Union": a word of a country's name, no bank and no
            # trade union ("the Palestinian Authority" does govern); "the west bank of the
            # Dnipro river": a river's side
            agent, title = None, None
        if (
            agent is not None
            and head.lemma_.lower() == "party"
            and any(c.lower_ in _SIDES_WORDS for c in head.lefts)
            and not any(c.lower_ in ("political", "opposition", "ruling") for c in head.lefts)
        ):
            return None  # "urged all parties to exercise restraint": the sides, no party
        if agent is not None and agent.sector == "MIL":
            # "a separatist bomber", "militant commanders": armed men of a rebel kind are rebels
            for child in head.lefts:
                kind = self.kb.agents.get(normalise(child.lemma_.lower()))
                if (
                    child.dep_ in ("amod", "compound")
                    and kind is not None
                    and kind.sector in ("REB", "UAF")
                    and not kind.title
                    # "a US fighter jet": the word is of the agent's own phrase
                    and child.lower_ not in (title or "").lower().split()
                ):
                    agent, title = kind, child.text
                    break
        if (
            agent is not None
            and agent.sector == "GOV"
            and agent.title
            and any(t.lower_ == "former" and t.i < head.i for t in span)
        ):
            # "former Japanese prime minister Shinzo Abe": the "former prime minister" of
            # agents.tsv (ELI) with a nationality between
            agent = replace(agent, sector="ELI")
        if (
            agent is not None
            and agent.sector == "GOV"
            and any(t.lower_ == "exiled" and t.i < head.i for t in span)
        ):
            # "exiled Uighur leader Rebiya Kadeer": the "exiled leader" of agents.tsv (OPP)
            # with a people's name between
            agent = replace(agent, sector="OPP")
        sector = agent.sector if agent else None
        if sector in ("REB", "UAF", "INS") and any(
            t.lower_ == "former" and t.i < head.i for t in span
        ):
            sector = None  # "former guerrilla Gustavo Petro": no rebel now
        if (
            agent is not None
            and agent.sector == "GOV"
            and title
            and (_office_of_another_body(span, title, matches) or _heads_a_body(head))
        ):
            # "TNCC President Thangkabalu", "leaders of various organisations": an office of a
            # body we do not know
            sector = None
        if not any(
            m.entry.kind in ("country", "adjective", "seat", "person", "org") for m in matches
        ):
            matches += self._missions_state(head, date, memory) or self._of_country(head)
            if agent is not None and not matches:
                matches += self._region(span, head, memory)
        offsets = (span.start_char, span.end_char)
        by_kind: dict[str, _Match] = {}
        for match in matches:
            by_kind.setdefault(match.entry.kind, match)

        if "person" in by_kind:
            person = self._holder_on(by_kind["person"], matches, date)
            said = span.doc[person.start : person.end].text
            if (
                agent is not None
                and sector in FORCES | _FOLLOWING
                and person.end <= head.i
                and (person.end == head.i or span.doc[person.end].lower_ == "'s")
            ):
                # "Putin's troops", "Prigozhin's fighters": the owner's armed men; "Trump
                # supporters": his country's people, not the president
                possessor = self._person(
                    person.entry.key, said, said, date, None, None, by_kind, offsets, None
                )
                men = Actor(
                    text=text,
                    sector=sector,
                    cameo_code=sector,
                    how=self._generic_how(None, agent, title, {}, span.doc),
                    start=offsets[0],
                    end=offsets[1],
                )
                owned = owned_forces(men, possessor, "owned by")
                if owned is None and sector in _FOLLOWING and possessor.country:
                    # an opposition leader's or a party's followers are the opposition or
                    # the party ("Navalny's supporters"), a president's are the people
                    side = possessor.sector if possessor.sector in ("OPP", "PTY") else sector
                    owned = replace(
                        men,
                        country=possessor.country,
                        sector=side,
                        cameo_code=f"{possessor.country}{side}",
                        how=f"{men.how}; of {said!r}: {possessor.how}",
                    )
                if owned is not None:
                    return owned
            return self._person(
                person.entry.key, said, text, date, sector, title, by_kind, offsets, memory
            )
        if "org" in by_kind and self._members_thing(span, head, by_kind["org"], matches):
            # "Russia's UN envoy", "Sweden's NATO membership": the possessor's, of the body
            del by_kind["org"]
            matches = [m for m in matches if m.entry.kind != "org"]
        if "org" in by_kind:
            found = by_kind["org"]
            org = self.kb.organizations[found.entry.key]
            if title and found.start < head.i - len(title.split()) + 1 < found.end <= head.i:
                # "European Union leaders": the body's name holds the "union" of "union
                # leaders"; the agent is the words after the name
                agent, title = self._agent(span.doc[found.end : span.end], head)
                sector = agent.sector if agent else None
            # "UN peacekeepers" are the body's soldiers, the "Court" of the ICC a court; the
            # "Union" of "the African Union" is its name, no trade union (nor is the "Bank" of
            # the World Bank a business, or the "watchdog" of the IAEA a civil society group)
            its_name = found.start <= head.i < found.end and sector in _NAME_ONLY_SECTORS
            org_sector = (
                org.sector if org.kind in NATIONAL_ORG_KINDS or its_name else (sector or org.sector)
            )
            rule = org.rules_on(date)
            ruling = ""
            if rule is not None:
                # "the Taliban" in 2023 is Afghanistan's government, "Taliban forces" its army
                org_sector = _RULERS_SECTORS.get(sector, sector) if sector else "GOV"
                ruling = f"; {rule.where}: governs {rule.country} {rule.span()}, as on {date}"
            actor = Actor(
                text=text,
                name=org.name,
                country=rule.country if rule else org.country,
                sector=org_sector,
                igo=org.code if org.kind in ("igo", "ngo") else None,
                # a group the table gives no CAMEO code is coded as its country and sector
                # ("Rapid Support Forces": SDNREB), as any other actor of a country is, and
                # an international body of none by CAMEO's generic IGO or NGO
                cameo_code=f"{rule.country}{org_sector}"
                if rule
                else org.cameo_code
                or (f"{org.country}{org_sector or ''}" if org.country else _generic_code(org)),
                how=f"{org.where}: {org.code} ({org.name}, {org.kind.replace('_', ' ')})"
                + found.why
                + ruling,
                start=offsets[0],
                end=offsets[1],
            )
            if (
                memory is not None
                and title
                and head.lemma_.lower() in _MEMBERS | _FIGHTERS
                and not its_name
            ):
                # "European Union leaders agreed ... The leaders demanded", "Islamic State
                # militants seized Mosul ... the militants had seized its consulate": whom
                # "the leaders" or "the militants" later is
                memory.bodies.setdefault(title.lower(), actor)
            name_words = _name_after_title(span, head, found.end) if title else []
            if name_words:
                # "FARC leader Rodrigo Londono": a person of the body, whom "Londono" later is
                actor = replace(actor, name=" ".join(name_words), role=(title or "").title())
                if memory is not None:
                    memory.remember(actor)
            return actor
        country = self._country(by_kind)
        if memory is not None and country is None and sector is None and len(span) == 1:
            # "Londono apologised" after "FARC leader Rodrigo Londono": the article's person,
            # though GeoNames knows the word as a city's name (London's, in Esperanto)
            recalled = memory.by_surname(head.text) if head.is_title else None
            if recalled is not None:
                return _coreferent(recalled, text, offsets, f"surname {head.text!r}")
        if (sector is None and country is None) or is_place_noun(head):
            context = memory.countries if memory is not None else []
            place = self._place(head, span, country, by_kind, offsets, context)
            if place is not None:
                return place
        people = sector is None and _people_of(head, by_kind.get("adjective"))
        if (
            sector is None
            and not people
            and head.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
            and not any(m.start <= head.i < m.end for m in matches)
        ):
            if memory is not None and len(span) == 1 and head.text[:1].isupper():
                # "Morales accused his opponents", "Morales" tagged as the plural of "morale":
                # a family name the article gave in full before
                recalled = memory.by_surname(head.text)
                if recalled is not None:
                    return _coreferent(recalled, text, offsets, f"surname {head.text!r}")
            return None  # "Moscow's presence": the possessor may be an actor, the phrase is not
        seat = by_kind.get("seat")
        if seat is not None and seat.start <= head.i < seat.end and sector is None:
            return Actor(
                text=text,
                name=self.kb.countries[seat.entry.key].name,
                country=seat.entry.key,
                sector="GOV",
                cameo_code=f"{seat.entry.key}GOV",
                how=self._country_how(seat, span.doc),
                start=offsets[0],
                end=offsets[1],
            )
        group = (  # "US Marines", "Citizen Airmen", "Maoist": a capitalised group noun, no title
            agent is not None
            and not agent.title
            and head.pos_ == "PROPN"
            and (title or "").endswith(head.text)
            and (
                _singular(head.lower_) != head.lower_
                # "Maoist guerrillas", "a Maoist attack": the word modifies a common noun
                or (title == head.text and head.dep_ == "compound" and head.head.pos_ == "NOUN")
            )
        )
        is_person = not group and (
            head.ent_type_ == "PERSON"
            # "Police" read as a name after a dateline ("MINSK - Police in Belarus fired"): a
            # title alone names nobody
            or (
                title is not None
                and head.pos_ == "PROPN"
                and not (len(span) == 1 and head.lower_ == title.lower())
            )
        )
        if memory is not None and sector is not None and not is_person and _is_definite(span):
            recalled = memory.recall(country, (title or "").lower() or None)
            if recalled is not None and _stopgap_of_another(span, recalled):
                recalled = None  # "the new interim president" is not Obama, named before
            if recalled is not None and self.kb.agents.get(normalise(title or "")) is not None:
                return _coreferent(recalled, text, offsets, f"description {text!r}")
        office = self._office_holder(span, head, agent, country, date, is_person, offsets)
        if office is not None:
            if memory is not None:
                memory.remember(office)
            return office
        if (
            memory is not None
            and (head.ent_type_ == "PERSON" or head.pos_ == "PROPN")
            and country is None
            and sector is None
        ):
            # "Kim praised Trump" after "North Korean leader Kim Jong Un": the rules tagger
            # knows no lone family name (it takes Kim for a town), the article's people do
            recalled = memory.by_surname(head.text)
            if recalled is not None:
                return _coreferent(recalled, text, offsets, f"surname {head.text!r}")
        if country is None and sector is None:
            return None
        name = None
        if head.ent_type_ == "PERSON" and not group:
            name = " ".join(t.text for t in span if t.ent_type_ == "PERSON").replace(" - ", "-")
        elif is_person and title is not None:
            # "Vice-President Moody Awori" tagged as an organisation: the name follows the title
            after = span.text[span.text.find(title) + len(title) :].strip()
            # "Staff Reporter Police detain ...": a byline run into a headline, whose last
            # word names an agent, no person
            name = after if after[:1].isupper() and not self._agent_word(after.lower()) else None
        how = self._generic_how(name, agent, title, by_kind, span.doc)
        owner = (
            self._reported_owner(head, date, memory)
            or self._subjects_own(head, date, memory)
            or self._partners_own(head, date, memory)
            if country is None and sector
            else None
        )
        if owner is not None:
            armed = (
                owned_forces(
                    Actor(text=text, sector=sector, cameo_code=sector, how=how),
                    owner,
                    f"its owner is {owner.text!r},",
                )
                if owner.sector in ARMED_GROUPS
                else None
            )
            if armed is not None:
                # "Hamas said its fighters attacked": Hamas's own (the state's sector else)
                return replace(armed, start=offsets[0], end=offsets[1])
            country = owner.country
            how = f"{how}; its owner is {owner.text!r}: {owner.how}"
        body = (title or "").lower() if agent is not None and not name and not is_person else ""
        if memory is not None and body and country is None and _names_a_body_again(span):
            named = memory.bodies.get(body)
            if named is not None:
                # "Niger's military junta ... The junta closed the borders"
                return _coreferent(named, text, offsets, f"description {text!r}")
        if memory is not None and body and country is not None and sector:
            memory.bodies[body] = Actor(
                text=text,
                country=country,
                sector=sector,
                cameo_code=f"{country}{sector}",
                how=how,
                start=offsets[0],
                end=offsets[1],
            )
        country_only = sector is None and name is None and not people
        actor = Actor(
            text=text,
            name=name or (self.kb.countries[country].name if country_only and country else None),
            country=country,
            sector=sector,
            role=title.title() if title and name else None,
            cameo_code=f"{country or '---'}{sector or ''}" if country or sector else None,
            how=how,
            start=offsets[0],
            end=offsets[1],
        )
        if memory is not None and name:
            memory.remember(actor)
        return actor

    def _country_named_before(self, anaphor: Token, memory: ArticleMemory) -> _Match | None:
        """The country that "the country" means: the latest one the article named before it,
        outside the subject of its own clause ("Biden threatened sanctions on the country" is
        no sanction on the United States) and outside the dateline."""
        doc = anaphor.doc
        verb = next(
            (a for a in anaphor.ancestors if any(c.dep_ in _SUBJECT_DEPS for c in a.children)),
            None,
        )
        speakers = self._speakers_country(anaphor, verb)
        if speakers is not None:
            return speakers
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS] if verb else []
        own = [(s.left_edge.i, s.right_edge.i) for s in subjects]
        for token in reversed(doc[: anaphor.i]):
            if token.idx < memory.dateline_end:
                break
            if any(a <= token.i <= b for a, b in own):
                continue
            if _a_commenters_name(token):
                # "The United States called for Bazoum's release. The junta closed the
                # country's borders": one who speaks of the story's country from outside
                continue
            if _names_the_country(token):
                earlier = self._country_named_before(token, memory)  # the same country again
                if earlier is not None:
                    return _Match(earlier.entry, anaphor.i, anaphor.i + 1, earlier.why)
                continue
            if not token.ent_type_ or token.ent_iob_ != "B":
                continue
            first, end = entity_bounds(token)
            root = doc[end - 1]
            if root.dep_ in ("compound", "amod") and root.head.pos_ == "PROPN":
                continue  # "US President Joe Biden": a title's country, no country told of
            text = doc[first:end].text
            text = text[:-2] if text.endswith("'s") else text
            for entry in self.kb.lookup(text.removeprefix("the ").removeprefix("The ")):
                if anaphor.lower_ == "kingdom" and entry.key not in _KINGDOMS:
                    continue
                if entry.kind in ("country", "adjective", "seat"):
                    why = f" (refers to {text!r} at char {token.idx}: {entry.key})"
                    return _Match(Entry("country", entry.key), anaphor.i, anaphor.i + 1, why)
        return None

    def _speakers_country(self, anaphor: Token, verb: Token | None) -> _Match | None:
        """The country of the one who tells what "the country" did, where a title says it:
        "North Korean Foreign Minister Ri Yong Ho said the country had asked only for partial
        relief" (his country, not the summit's host named before)."""
        if verb is None or anaphor.dep_ not in _SUBJECT_DEPS or anaphor.head.i != verb.i:
            return None
        teller = verb.head
        if verb.dep_ != "ccomp" or teller.lemma_.lower() not in _REPORTING:
            return None
        subject = next((c for c in teller.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        for token in subject.subtree:
            if not (token.dep_ in ("compound", "amod") and token.ent_iob_ == "B"):
                continue
            first, end = entity_bounds(token)
            text = anaphor.doc[first:end].text
            for entry in self.kb.lookup(text):
                if entry.kind in ("country", "adjective"):
                    why = f" (the country of its teller, {text!r} at char {token.idx})"
                    return _Match(Entry("country", entry.key), anaphor.i, anaphor.i + 1, why)
        return None

    def _half_named_before(self, anaphor: Token) -> _Match | None:
        """The country that "the North" or "the South" means: the latest country the article
        named before it whose name begins with that word ("North Korea", "South Sudan"), or
        else the first it names after it."""
        doc = anaphor.doc
        for token in [*reversed(doc[: anaphor.i]), *doc[anaphor.i + 1 :]]:
            if token.text != anaphor.text or token.i + 1 >= len(doc):
                continue
            text = doc[token.i : token.i + 2].text
            for entry in self.kb.lookup(text):
                # ("A North Korean rocket broke apart ... suspended aid to the North")
                if entry.kind in ("country", "adjective"):
                    why = f" (refers to {text!r} at char {token.idx}: {entry.key})"
                    return _Match(Entry("country", entry.key), anaphor.i, anaphor.i + 1, why)
        return None

    def _town_named_before(
        self, anaphor: Token, date: dt.date | None, memory: ArticleMemory
    ) -> Actor | None:
        """The town that "the city" means, as a place (its country alone): the latest town or
        seat of government the article named before it, outside the dateline ("... the port
        of Beirut. Macron visited the city"), a country named between passed over; None when
        no town was named before."""
        doc = anaphor.doc
        for token in reversed(doc[: anaphor.i]):
            if token.idx < memory.dateline_end:
                break
            if token.ent_type_ not in ("GPE", "LOC") or token.ent_iob_ != "B":
                continue
            root = doc[entity_bounds(token)[1] - 1]
            earlier = self.resolve(root, date)
            if earlier is None or not (names_a_place(earlier) or names_a_seat(earlier)):
                continue
            # the town, as a town stands for its country (no government: "shelled the city")
            start, end = _span_of(anaphor)
            how = (
                f"{_PLACE_HOW}'the {anaphor.text}': refers to {earlier.text!r} at char "
                f"{earlier.start}; {earlier.how}"
            )
            return replace(
                as_place(earlier), text=f"the {anaphor.text}", start=start, end=end, how=how
            )
        return None

    def _reported_owner(
        self, head: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> Actor | None:
        """ "India said 20 of its soldiers were killed": "its" in the clause a reporting verb
        governs is the speaker's, when the speaker is of a country."""
        if _its(head) is None:
            return None
        verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _REPORTING:
            return None
        # the reported clause's subject only ("its soldiers were killed"): what the clause's
        # subject does to its own ("it will withdraw its force from Chad") is the subject's
        top = head
        while top.head.i != verb.i:
            top = top.head
        if top.dep_ not in ("nsubj", "nsubjpass"):
            return None
        speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        owner = self.resolve(speakers[0], date, memory) if speakers else None
        return owner if owner is not None and owner.country else None

    def _subjects_own(
        self, head: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> Actor | None:
        """ "The United States urged its citizens to leave Iraq", "Iran called on its citizens":
        "its" on the verb's object is the verb's subject's, when that subject is of a country."""
        if _its(head) is None:
            return None
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif head.dep_ not in ("dobj", "dative"):
            return None
        if verb.pos_ != "VERB":
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        owner = self.resolve(subjects[0], date, memory) if subjects else None
        return owner if owner is not None and owner.country else None

    def _partners_own(
        self, head: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> Actor | None:
        """ "Maduro broke relations with Colombia and gave its diplomats 24 hours to leave":
        "its" on the object of a verb joined to one whose subject is a person (no "it") is the
        state that verb acts on."""
        if _its(head) is None or head.dep_ not in ("dobj", "dative"):
            return None
        verb = head.head
        if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return None
        first = verb.head
        subjects = [c for c in first.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].ent_type_ != "PERSON":
            return None
        # its object, or the object of a phrase on the verb or on its object ("relations
        # with Colombia")
        objects = [c for c in first.children if c.dep_ == "dobj"]
        partners = objects + [
            p
            for word in [first, *objects]
            for c in word.children
            if c.dep_ == "prep" and c.i < verb.i
            for p in c.children
            if p.dep_ == "pobj"
        ]
        states = [a for a in (self._is_state(p, date, memory) for p in partners) if a]
        return states[0] if len(states) == 1 else None

    def _missions_state(
        self, head: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> list[_Match]:
        """ "Mexico broke off relations after Ecuadorean police stormed its embassy in
        Quito": the mission ("its") of a state that the clause's own subject is not is the
        state's whose clause governs it, not the host's."""
        # (or its compound's: "its embassy compound", "its consul general")
        words = [head, *(c for c in head.children if c.dep_ == "compound")]
        if not any(w.lemma_.lower() in _MISSIONS | {"consul"} for w in words):
            return []
        its = _its(head)
        if its is None:
            return []
        clause = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            return []
        own = [s for s in clause.children if s.dep_ == "nsubj"]
        if clause.dep_ == "xcomp":
            # "ordered China to close its consulate": China's; "Russia and China agreed to
            # reopen their embassies": theirs
            objects = [o for o in clause.head.children if o.dep_ in ("dobj", "obj")]
            own += objects or [s for s in clause.head.children if s.dep_ == "nsubj"]
        if any(self._is_state(s, date, memory) for s in own):
            return []  # "the United States closed its embassy in Kyiv": the subject's own
        # (or the speaker's whose words tell it: "Turkey said the militants had seized its
        # consulate in Mosul")
        while clause.dep_ in ("advcl", "conj", "pcomp", "xcomp", "ccomp"):
            clause = clause.head
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            state = self._is_state(subject, date, memory)
            if state is None:
                return []
            why = f" (refers to {state.text!r}, the subject of {clause.text!r})"
            return [_Match(Entry("country", state.country or ""), its.i, its.i + 1, why)]
        return []

    def _is_state(
        self, head: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> Actor | None:
        """The actor ``head`` names when it is a state: a country or its government."""
        actor = self.resolve(head, date, memory)
        if actor is None or not actor.country or actor.sector not in (None, "GOV"):
            return None
        return actor

    def _members_thing(self, span: Span, head: Token, org: _Match, matches: list[_Match]) -> bool:
        """An international body named before the head, in a phrase a country owns: "Russia's
        UN envoy" is Russia's envoy, "Sweden's NATO membership" Sweden's."""
        if org.start <= head.i < org.end or self.kb.organizations[org.entry.key].kind != "igo":
            return False
        return any(
            m.entry.kind in ("country", "seat")
            and m.end <= org.start
            and any(t.dep_ == "poss" for t in span.doc[m.start : m.end])
            for m in matches
        )

    def _holder_on(self, first: _Match, matches: list[_Match], date: dt.date | None) -> _Match:
        """Of the people a name may be ("King Abdullah": the Saudi king until 2015, Jordan's
        since 1999), the first who held a role on the date; else the first."""
        if date is None:
            return first
        for match in matches:
            if (
                (match.start, match.end) == (first.start, first.end)
                and match.entry.kind == "person"
                and self.kb.people[match.entry.key].tenure_at(date) is not None
            ):
                return match
        return first

    def split_coordinated(self, actor: Actor, head: Token) -> list[Actor]:
        """ "Egyptian and Jordanian officials", "the foreign ministers of France, Germany and
        Britain", "lawmakers in France and Germany" are actors of each country named. The
        adjectives and the phrase are read apart: "the French military in Rwanda" is French."""
        halves = self._halves(actor, head)
        if halves:
            return halves
        adjectives = [
            w
            for c in head.children
            if c.dep_ in ("amod", "compound", "nmod")
            for w in (c, *c.conjuncts)
        ]
        groups: list[list[Token]] = [adjectives]
        for child in _prep_children(head):
            if child.lower_ in ("of", "in", "from"):
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                groups += [[p, *p.conjuncts] for p in pobjs[:1]]
        countries: dict[str, str] = {}  # code -> the words that named it
        for words in groups:
            found: dict[str, str] = {}
            for word in words:
                # the word with its left modifiers, not its entity: NER may tag a whole list
                # (or the word alone: "Top US and Chinese diplomats")
                text = word.doc[word.left_edge.i : word.i + 1].text
                entries = self.kb.lookup(text) or self.kb.lookup(word.text)
                for entry in entries:
                    if entry.kind in ("adjective", "country", "seat") and entry.key not in found:
                        found[entry.key] = text
                        break
            if len(found) >= 2:
                countries = found
                break
        if len(countries) < 2 or actor.name:
            return [actor]
        return [
            replace(
                actor,
                country=code,
                cameo_code=f"{code}{actor.sector or ''}",
                how=f"{actor.how}; one of the countries named together: {text!r} is {code}",
            )
            for code, text in countries.items()
        ]

    def _halves(self, actor: Actor, head: Token) -> list[Actor]:
        """ "North and South Korea": two countries whose names share their last word, the
        words before it joined (nothing for any other name)."""
        sides = [c for c in head.children if c.dep_ in ("nmod", "compound") and c.i < head.i]
        if head.pos_ != "PROPN" or actor.sector or len(sides) != 1 or not sides[0].conjuncts:
            return []
        out = []
        for side in (sides[0], *sides[0].conjuncts):
            text = f"{side.text} {head.text}"
            code = next((e.key for e in self.kb.lookup(text) if e.kind == "country"), None)
            if code is None:
                return []
            country = self.kb.countries.get(code)
            out.append(
                replace(
                    actor,
                    name=country.name if country else actor.name,
                    country=code,
                    cameo_code=code,
                    how=f"{text!r}, one of the countries named together (countries.tsv: {code})",
                )
            )
        return out

    def _region(self, span: Span, head: Token, memory: ArticleMemory | None) -> list[_Match]:
        """ "Karnataka Chief Minister Siddaramaiah", "the Maharashtra government": a state or
        province named before a title places the office in its country (a first-level division
        of the gazetteer only: a town's name there is more often a person's or a party's), and
        of a country the article names, when it names any."""
        if self.gazetteer is None:
            return []
        context = memory.countries if memory is not None else []
        tokens = [t for t in span if t.i < head.i]
        for size in (2, 1):
            for first in range(len(tokens) - size + 1):
                words = tokens[first : first + size]
                if not all(t.pos_ == "PROPN" and t.is_title for t in words):
                    continue
                if size == 1 and not self._titled(span.doc, words[-1].i + 1, head.i):
                    continue  # "Falcon Tyres employees": a company's name, no Falcón state
                text = " ".join(t.text for t in words)
                found = self.gazetteer.resolve(text, context)
                if found is None or found.kind != "admin1" or not found.country:
                    continue
                if context and found.country not in context:
                    continue  # a region of a country the story does not name
                return [_Match(Entry("region", found.country), words[0].i, words[-1].i + 1)]
        return []

    def _family_names_of_people(self) -> frozenset[str]:
        """The family names of people.tsv's people: the first word of a name where family
        names come first ("Kim" of Kim Jong Un), else the last."""
        if self._family_names is None:
            names = set()
            for person in self.kb.people.values():
                words = person.name.split()
                latest = person.tenure_at(None)
                first = latest is not None and latest.country in _FAMILY_NAME_FIRST
                if len(words) > 1:
                    names.add(words[0] if first else words[-1])
            self._family_names = frozenset(names)
        return self._family_names

    def _titled(self, doc: Doc, start: int, head: int) -> bool:
        """The word at ``start`` is the head or a word of an agents.tsv phrase (a title or a
        body): "[Karnataka] Chief Minister", "[Andhra Pradesh] government", not "[Falcon] Tyres
        employees"."""
        if start >= head:
            return start == head
        if self._agent_words is None:
            self._agent_words = frozenset(w for phrase in self.kb.agents for w in phrase.split())
        token = doc[start]
        return token.lower_ in self._agent_words or token.lemma_.lower() in self._agent_words

    def _of_country(self, head: Token) -> list[_Match]:
        """ "opposition groups in Zimbabwe", "the president of Armenia": the country is in a
        prepositional phrase after the head. Not when the head is somebody's ("a delegation
        from President Erdogan in Jakarta": the delegation is Erdogan's, Jakarta is where)."""
        preps = _prep_children(head)
        if any(t.lower_ == "led" and t.i > 0 and t.nbor(-1).text == "-" for t in head.lefts):
            return []  # "Kurdish-led forces in northern Syria": led by others, only there
        if any(
            prep.lower_ in ("of", "from")
            and any(o.dep_ == "pobj" and o.ent_type_ in ("PERSON", "ORG") for o in prep.children)
            for prep in preps
        ):
            return []
        for prep in preps:
            if prep.lower_ == "of":
                # "the captain of a Chinese fishing trawler": the nationality of the thing he
                # is of
                for word in (w for p in prep.children if p.dep_ == "pobj" for w in p.lefts):
                    if word.dep_ == "amod" and word.ent_type_ == "NORP":
                        for entry in self.kb.lookup(word.text):
                            if entry.kind == "adjective":
                                return [_Match(Entry("country", entry.key), word.i, word.i + 1)]
            if prep.lower_ in ("of", "in", "from", "throughout", "across"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "NORP"):
                        piece = mention_span(pobj)
                        # "people in northern Gaza": a part of the country named by its side
                        sided = piece[0].lower_ in SIDE_ADJECTIVES and piece[-1].i == pobj.i
                        for entry in self.kb.lookup(piece.text) or (
                            self.kb.lookup(piece[1:].text) if sided else []
                        ):
                            if entry.kind in ("country", "seat"):
                                return [_Match(Entry("country", entry.key), pobj.i, pobj.i + 1)]
        return []

    def _generic_how(
        self,
        name: str | None,
        agent: Agent | None,
        title: str | None,
        by_kind: dict[str, _Match],
        doc: Doc,
    ) -> str:
        parts = []
        if name:
            parts.append(f"{UNKNOWN_NAME_HOW}{name!r} (not in people.tsv)")
        if agent is not None:
            parts.append(
                f"{'title' if name else 'agent'} {title!r} ({agent.where}: {agent.sector})"
            )
        for kind in ("country", "seat", "adjective", "region"):
            if kind in by_kind:
                parts.append(self._country_how(by_kind[kind], doc))
                break
        return "; ".join(parts)

    def reported_group(
        self, pronoun: Token, date: dt.date | None, memory: ArticleMemory | None = None
    ) -> list[Actor]:
        """ "Obama and Putin said they will attack Iraq": "they" is each of the reporting
        verb's coordinated subjects (empty unless there are two or more)."""
        if pronoun.lower_ not in _GROUP_PRONOUNS:
            return []
        reporting = pronoun.head.head
        subjects = [c for c in reporting.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        joined = list(subjects[0].conjuncts) if subjects else []
        if subjects:
            # a list read as an apposition: "Mali, Burkina Faso and Niger announced" parses
            # Burkina Faso as an appositive of Mali and Niger as its conjunct
            joined += [t for c in listed_appositives(subjects[0]) for t in (c, *c.conjuncts)]
        if not joined:
            return []  # the common case, settled before anything is resolved
        first = self._reporter(pronoun, date, memory)  # the first subject, if reported
        if first is None:
            return []
        why = f"pronoun {pronoun.text!r} -> a subject of {reporting.text!r}"
        others = (self.resolve(c, date, memory) for c in joined)
        group = [first, *(_as_pronoun(a, pronoun, why) for a in others if a is not None)]
        return group if len(group) > 1 else []

    def _body_named_before(self, head: Token, span: Span, date: dt.date | None) -> Actor | None:
        """The international body a bare "the alliance", "the bloc", "the council" or "the
        court" refers back to: the latest one named before it in the article (for "the
        council" or "the court", one whose name says so)."""
        word = head.lemma_.lower()
        for ent in reversed(entities_in(head.doc[: span.start])):
            if ent.label_ != "ORG":
                continue
            if word == "group":
                # "Hamas gunmen infiltrated southern Israel ... while the group fired rockets":
                # the armed group named before
                armed = self._armed_group_named(ent, date)
                if armed is None:
                    continue
                why = f"{span.text!r} -> the armed group named before it"
                return _coreferent(armed, span.text, (span.start_char, span.end_char), why)
            actor = self.resolve(ent.root, date)
            if actor is None or not actor.igo:
                continue
            if word in _ANY_BODY or word in (actor.name or "").lower().split():
                why = f"{span.text!r} -> the body named before it"
                return _coreferent(actor, span.text, (span.start_char, span.end_char), why)
        return None

    def _long_name_before(self, head: Token, span: Span, date: dt.date | None) -> Actor | None:
        """The organisation that "the Brotherhood" or "the Front" shortens: the latest one
        named before it in the article whose name ends in that word."""
        for ent in reversed(entities_in(head.doc[: span.start])):
            if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].text != head.text:
                continue
            actor = self.resolve(ent.root, date)
            if actor is not None:
                why = f"{span.text!r} -> {ent.text!r}, named before it"
                return _coreferent(actor, span.text, (span.start_char, span.end_char), why)
        return None

    def _armed_group_named(self, ent: Span, date: dt.date | None) -> Actor | None:
        """The armed group of organizations.tsv an entity names, resolved."""
        entries = self.kb.lookup(ent.text.removeprefix("the ").removeprefix("The "))
        if not any(
            e.kind == "org" and self.kb.organizations[e.key].kind == "armed_group" for e in entries
        ):
            return None
        return self.resolve(ent.root, date)

    def _told_reporter(
        self, pronoun: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> Actor | None:
        """ "Iraq's prime minister said Tehran had informed him of the attack": "him" or "her"
        after a verb of a reported clause with a subject of its own is the one person who
        reports it (not a person of an earlier sentence)."""
        if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in ("dobj", "dative", "pobj"):
            return None
        verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if (
            verb is None
            or verb.dep_ != "ccomp"
            or verb.head.lemma_.lower() not in _REPORTING
            or not any(c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON" for c in verb.children)
        ):
            return None
        reporters = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if (
            len(reporters) != 1
            or reporters[0].pos_ == "PRON"
            or reporters[0].tag_ not in ("NN", "NNP")
            or reporters[0].conjuncts
        ):
            return None
        actor = self.resolve(reporters[0], date, memory)
        if actor is None or not (actor.role or actor.name):
            return None  # one person, known by name or office
        where = (pronoun.idx, pronoun.idx + len(pronoun.text))
        why = (
            f"pronoun {pronoun.text!r} -> the one who reports it, the subject of {verb.head.text!r}"
        )
        return _coreferent(actor, pronoun.text, where, why)

    def _object_antecedent(
        self, pronoun: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> Actor | None:
        """ "Iran arrested the British ambassador and accused him of spying", "expelled
        Germany's envoy, accusing him of meddling": the object "him" or "her" of a verb that
        goes on from an earlier one of the same subject (joined to it, or its participle
        clause) is that verb's object, when it is one person the tables place by a title or
        trade. So is the object of a demand about them the joined verb makes: "blamed the
        cleric Fethullah Gulen and demanded that the United States extradite him"."""
        verb = pronoun.head
        if (
            verb.dep_ in ("ccomp", "xcomp")
            and verb.head.lemma_.lower() in _DEMANDS_OF_OTHERS
            and not any(c.dep_ in _SUBJECT_DEPS for c in verb.head.children)
        ):
            verb = verb.head
        if verb.dep_ == "xcomp" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            verb = verb.head  # "blamed Israel and vowed to punish it": the vow goes on
        if (
            pronoun.lower_ not in ("him", "her", "it")
            or pronoun.dep_ != "dobj"
            or verb.dep_ not in ("conj", "advcl")
            or verb.head.pos_ not in ("VERB", "AUX")
            or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        ):
            return None
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < pronoun.i]
        if len(objects) != 1:
            return None
        obj = objects[0]
        if (
            obj.tag_ not in ("NN", "NNP")
            or obj.lemma_.lower() in _COLLECTIVE_NOUNS
            or any(c.dep_ == "conj" for c in obj.children)
        ):
            return None
        actor = self.resolve(obj, date, memory)
        if actor is None:
            return None
        if pronoun.lower_ == "it":
            if actor.role or actor.name is None:
                return None  # "it" is a state or a body, no person nor a group of people
        elif not (actor.role or actor.sector) or (actor.igo and not actor.role):
            return None
        where = (pronoun.idx, pronoun.idx + len(pronoun.text))
        return _coreferent(
            actor,
            pronoun.text,
            where,
            f"pronoun {pronoun.text!r} -> the object of {verb.head.text!r}",
        )

    def named_before(self, pronoun: Token, date: dt.date | None) -> Actor | None:
        """The last person named before a personal pronoun in its sentence, when the tables
        place them: in "President Rajapaksa fled after protesters stormed his residence" he is
        the one whose residence it is, not a person of an earlier sentence."""
        if pronoun.lower_ not in _PRONOUNS:
            return None
        people = [
            ent
            for ent in entities_in(pronoun.sent)
            if ent.label_ == "PERSON" and ent.end <= pronoun.i and not _binds(ent.root, pronoun)
        ]
        if not people:
            return None
        actor = self.resolve(people[-1].root, date)
        # a person with an office or a trade: "the Iraqi Kurdistan Region", tagged as a person,
        # is none (a body of the tables neither)
        if actor is None or not (actor.name and actor.country and actor.sector):
            return None
        if actor.name in self._organization_names:
            return None
        return actor

    def _group_before(
        self, pronoun: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> Actor | None:
        """ "NATO leaders declared ... They also accused China": a sentence's first "They" as
        its subject is the plural subject of the sentence before, when that sentence names no
        other group (in "Protesters clashed with police. They fired tear gas" it could be
        either)."""
        sentence = pronoun.sent
        if (
            pronoun.lower_ != "they"
            or pronoun.dep_ != "nsubj"
            or pronoun.i != sentence.start
            or sentence.start == 0
        ):
            return None
        before = pronoun.doc[sentence.start - 1].sent
        subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
        groups = [t for t in before if t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound"]
        if (
            len(subjects) != 1
            or subjects[0].tag_ not in ("NNS", "NNPS")
            or subjects[0].conjuncts
            or groups != subjects
        ):
            return None
        why = f"pronoun {pronoun.text!r} -> the subject of the sentence before"
        return self._group_antecedent(subjects[0], pronoun, date, memory, why)

    def _group_antecedent(
        self,
        group: Token,
        pronoun: Token,
        date: dt.date | None,
        memory: ArticleMemory | None,
        why: str,
    ) -> Actor | None:
        """The group a plural pronoun refers to, as the pronoun mentions it, when the group is
        of a country or an organisation of states."""
        actor = self.resolve(group, date, memory)
        if actor is None or not (actor.country or actor.igo):
            return None
        where = (pronoun.idx, pronoun.idx + len(pronoun.text))
        return _coreferent(actor, pronoun.text, where, why)

    def _counted_group(
        self, pronoun: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> Actor | None:
        """ "Thousands of Russians protested ..., and police detained more than 1,700 of them":
        "them" counted by a number is the plural subject of the clause before (the clause the
        verb is joined to, else the sentence before's main clause)."""
        prep = pronoun.head
        if (
            pronoun.lower_ != "them"
            or pronoun.dep_ != "pobj"
            or prep.lower_ != "of"
            or not (prep.head.like_num or prep.head.lemma_.lower() in COUNT_LEMMAS)
        ):
            return None
        verb = next((t for t in prep.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        if verb.dep_ == "conj" and verb.head.i < verb.i:
            before = verb.head
        elif verb.sent.start > 0:
            before = pronoun.doc[verb.sent.start - 1].sent.root
        else:
            return None
        subjects = [c for c in before.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or not (
            subjects[0].tag_ in ("NNS", "NNPS") or subjects[0].lemma_.lower() in COUNT_LEMMAS
        ):
            return None
        group = subjects[0]
        while group.lemma_.lower() in COUNT_LEMMAS:
            counted = [o for _, o in _of_objects(group)]
            if not counted:
                break
            group = counted[0]  # "Thousands of Russians": the Russians
        why = f"pronoun {pronoun.text!r} -> those counted in the clause before"
        return self._group_antecedent(group, pronoun, date, memory, why)

    def referred_to(self, pronoun: Token, named: Actor, where_named: str = "sentence") -> Actor:
        """``named`` (from :meth:`named_before`, or an earlier sentence's person with
        ``where_named="article"``) as the pronoun mentions it."""
        where = (pronoun.idx, pronoun.idx + len(pronoun.text))
        why = f"pronoun {pronoun.text!r} -> the person named before it in the {where_named}"
        return _coreferent(named, pronoun.text, where, why)

    def _reporter(
        self, pronoun: Token, date: dt.date | None, memory: ArticleMemory | None = None
    ) -> Actor | None:
        """ "Syria says it will withdraw": "it" (or "they") as the subject of a clause that a
        reporting verb governs is that verb's subject; so is the subject of an adverbial
        clause that of its main clause ("said the Iraqi vice president as he prepares")."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if _denied_claim(verb):
            # "China rejected the accusation that it was aiding Russia": the one who rejects
            # it is the one it was said of
            reporting = verb.head.head
        elif verb.dep_ == "conj" and any(c.dep_ == "ccomp" for c in verb.head.children):
            # "Saudi Arabia said that Khashoggi had died ..., and it had detained 18 Saudi
            # nationals": a second clause joined to the reporting verb goes on with its subject
            reporting = verb.head
            if reporting.lemma_.lower() not in _REPORTING:
                return None
        elif verb.dep_ not in ("ccomp", "advcl"):
            return None
        else:
            reporting = verb.head
        if reporting.lemma_.lower() not in _REPORTING | DENYING_VERBS and verb.dep_ == "ccomp":
            return None
        if verb.dep_ == "advcl" and (
            reporting.pos_ not in ("VERB", "AUX")
            or not any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS for c in verb.children)
        ):
            return None
        subjects = [c for c in reporting.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        held = [c for c in reporting.children if c.dep_ == "dobj" and c.tag_ == "NNS"]
        if (
            verb.dep_ == "advcl"
            and pronoun.lower_ == "they"
            and held
            and reporting.lemma_.lower() in ARRESTING | FORCE_ON_CROWDS
        ):
            # "police detained dozens of students as they protested": those held, who were
            # doing it, not those who held them
            counted = [
                p
                for prep in held[0].children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children
                if p.dep_ == "pobj" and held[0].lemma_.lower() in COUNT_LEMMAS
            ]
            actor = self.resolve((counted or held)[0], date, memory)
            why = f"pronoun {pronoun.text!r} -> the object of {reporting.text!r}"
            return _as_pronoun(actor, pronoun, why) if actor is not None else None
        if not subjects and reporting.dep_ == "conj":
            # "the coalition accused Iran ... and announced it was closing": the first verb's
            subjects = [
                c for c in reporting.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
            ]
        if not subjects and reporting.tag_ == "VBG" and reporting.dep_ in ("pcomp", "advcl"):
            # "Trump met al-Sharaa, a day after announcing that he would lift sanctions": the
            # one who announced, the subject of the clause the participle hangs on
            clause = next((a for a in reporting.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if clause is not None:
                subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if not subjects:
            return None
        if pronoun.lower_ == "it" and (
            subjects[0].ent_type_ == "PERSON"
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subjects[0].children)
        ):
            return None  # "it" is no person ("the journalist Jamal Khashoggi")
        actor = self.resolve(subjects[0], date, memory)  # "the Iraqi vice president": who
        if actor is None:
            return None
        plural = (
            subjects[0].tag_ == "NNS"
            or (
                # "Guterres" is tagged as a plural name
                subjects[0].tag_ == "NNPS" and subjects[0].ent_type_ != "PERSON"
            )
        ) and not (actor.name and actor.role)  # a person the tables know, however tagged
        if pronoun.lower_ in _PRONOUNS and (not (actor.role or actor.sector) or plural):
            # "he" is a person, not a country, nor "Russian authorities" (who arrested
            # Navalny "as he returned from Germany")
            return None
        if (
            pronoun.lower_ in _GROUP_PRONOUNS
            and subjects[0].tag_ in ("NN", "NNP")
            and not any(c.dep_ == "conj" for c in subjects[0].children)  # "Obama and Putin"
            and (actor.role or subjects[0].ent_type_ == "PERSON")
        ):
            return None  # "They blockaded roads, Brigadier Mulaudzi said": not the one person
        why = f"pronoun {pronoun.text!r} -> the subject of {reporting.text!r}"
        return _as_pronoun(actor, pronoun, why)

    def _relative_subject(
        self, pronoun: Token, date: dt.date | None, memory: ArticleMemory | None
    ) -> Actor | None:
        """ "The United States fired missiles in response to a chemical attack it blamed on
        Assad's forces": "it" (or "they") as the subject of a relative clause is the subject
        of the clause the described noun is in, when that is no person."""
        verb = pronoun.head
        if pronoun.lower_ not in ("it", "they") or pronoun.dep_ != "nsubj" or verb.dep_ != "relcl":
            return None
        clause = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or subject.ent_type_ == "PERSON":
            return None
        actor = self.resolve(subject, date, memory)
        if actor is None or actor.role:
            return None
        why = f"pronoun {pronoun.text!r} -> the subject of {clause.text!r}"
        return _as_pronoun(actor, pronoun, why)

    def _office_holder(
        self,
        span: Span,
        head: Token,
        agent: Agent | None,
        country: str | None,
        date: dt.date | None,
        is_person: bool,
        offsets: tuple[int, int],
    ) -> Actor | None:
        """ "the Russian foreign minister", "Britain's prime minister": the person who held that
        office of that country on the event date, by the KB's dated roles."""
        if is_person or agent is None or not agent.title or country is None or date is None:
            return None
        if head.tag_ in ("NNS", "NNPS") or any(t.lower_ in ("a", "an", "former") for t in span):
            return None  # "ministers", "a foreign minister", "the former president"
        tenure = self.kb.holder(country, agent.phrase, date)
        if tenure is None:
            return None
        how = (
            f"office {agent.phrase!r} of {country} on {date.isoformat()} ({agent.where}): "
            f"{tenure.where}: {tenure.name}, {tenure.role} {tenure.span()}"
        )
        return Actor(
            text=span.text,
            name=tenure.name,
            country=country,
            sector=tenure.sector,
            role=tenure.role,
            cameo_code=f"{country}{tenure.sector}",
            start=offsets[0],
            end=offsets[1],
            how=how,
        )

    def _place(
        self,
        head: Token,
        span: Span,
        country: str | None,
        by_kind: dict[str, _Match],
        offsets: tuple[int, int],
        context: list[str],
    ) -> Actor | None:
        """A town or region stands for its country, as in PETRARCH and GDELT: "shelled
        Kharkiv", "the Ukrainian city of Kharkiv", "the port of Odesa" -> UKR."""
        if is_place_noun(head):
            if country is not None:
                kind = next(k for k in ("country", "seat", "adjective") if k in by_kind)
                how = (
                    f"{_PLACE_HOW}noun {head.text!r}; {self._country_how(by_kind[kind], span.doc)}"
                )
                return Actor(span.text, None, country, None, None, None, country, *offsets, how)
            named = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
            pobjs = [p for prep in named for p in prep.children if p.dep_ == "pobj"]
            if not pobjs:
                return None
            head = pobjs[0]
        if self.gazetteer is None or not may_name_place(head):
            return None
        if owns_personal_noun(head):
            return None  # "demand George's resignation": a person's, not George, South Africa
        if _names_a_body(head):
            return None  # "the Confederation of All India Traders": no Confederation, Canada
        mention = mention_span(head)
        words = mention.text
        if words.isupper() and len(words) <= 5:
            return None  # "the MIM", "BJP": an acronym is an organisation, not Mim, Ghana
        if len(mention) == 1 and words in self._family_names_of_people():
            return None  # "Putin and Kim signed a pact": Kim Jong Un's family name, not Kim, India
        found, contained = place_within(mention, self.gazetteer, context)
        if found is None or not found.country:
            return None
        if not contained and not self.gazetteer.by_own_name(words, found):
            return None
        how = f"{_PLACE_HOW}{words!r} (GeoNames {found.geonameid}: {found.name}) in {found.country}"
        return Actor(span.text, None, found.country, None, None, None, found.country, *offsets, how)

    def _check_title(
        self, person: Person, title: str, date: dt.date, memory: ArticleMemory
    ) -> None:
        """A title the text gives that the KB says the person did not hold on ``date`` is
        flagged: "Nouri al-Maliki: Vice President not held on 2024-07-25 (held ...)"."""
        same = [t for t in person.tenures if _titled_as(title, t.role)]
        if not same or any(t.covers(date) for t in same):
            return
        held = " and ".join(t.span() for t in same)
        memory.warn(
            f"{person.name}: {title} not held on {date.isoformat()} (held {held}; "
            f"{', '.join(t.where for t in same)})"
        )

    def _country(self, by_kind: dict[str, _Match]) -> str | None:
        for kind in ("country", "seat", "adjective", "region"):
            if kind in by_kind:
                return by_kind[kind].entry.key
        return None

    def _person(
        self,
        name: str,
        said: str,
        text: str,
        date: dt.date | None,
        sector: str | None,
        title: str | None,
        by_kind: dict[str, _Match],
        offsets: tuple[int, int],
        memory: ArticleMemory | None,
    ) -> Actor:
        person = self.kb.people[name]
        tenure = person.tenure_at(date)
        if memory is not None and title and date is not None:
            self._check_title(person, title, date, memory)
        if tenure is None and not title and memory is not None:
            # "led by opposition leader Nikol Pashinyan ... Pashinyan had been detained": the
            # role the article gave him, where the tables know none on the date
            titled = next((p for p in memory.people if p.name == name and p.sector), None)
            if titled is not None:
                return _coreferent(titled, text, offsets, f"name {said!r}")
        nearest = tenure or person.nearest_tenure(date, title)
        former = None
        if (
            tenure is None
            and nearest is not None
            and nearest.igo
            and title
            and not _titled_as(title, nearest.role)
        ):
            # "opposition leader Jean Ping" in 2016, the AU Commission's chairman until 2012:
            # out of an organisation's office, with a title of another, one acts for no
            # organisation (the text's place or nationality tells the country)
            former, nearest = nearest, None
        country = nearest.country if nearest else self._country(by_kind)
        when = f"the role held on {date.isoformat()}" if date else "the latest role (no date)"
        alias = "" if said == name else f"{said!r} is {name} (people.tsv alias); "
        if tenure:
            held = f"{tenure.role} of {tenure.country or tenure.igo} {tenure.span()}, {when}"
            how = f"{alias}{tenure.where}: {held}"
        elif former is not None:
            how = (
                f"{alias}people.tsv: {name!r} holds no role on {date}; out of the office of "
                f"{former.where} ({former.role} of {former.igo} {former.span()}), titled "
                f"{title!r}"
            )
        else:
            how = (
                f"{alias}people.tsv: {name!r} holds no role on {date}; country from the "
                f"nearest row {nearest.where if nearest else '-'}"
            )
        group = self.kb.organizations.get(tenure.group) if tenure and tenure.group else None
        actor = Actor(
            text=text,
            name=name,
            country=country,
            sector=(tenure.sector if tenure else sector) or (nearest.sector if nearest else None),
            igo=nearest.igo if nearest else None,
            # (a REIGN leader's row names no office: the title the text gives is the role,
            # so that "the king" after "King Gyanendra" is him)
            role=(
                tenure.role
                if tenure and not (title and tenure.role == UNTITLED_ROLE)
                else (title.title() if title else None)
            ),
            cameo_code=(
                # the head of an armed group of one country takes its code: Sinwar is Hamas's
                group.cameo_code
                if group is not None and group.cameo_code and group.country == country
                else f"{country}{tenure.sector if tenure else (sector or '')}"
                if country
                else self._igo_code(nearest.igo)
                if nearest is not None and nearest.igo
                # known by the text's title alone, as an agent is ("---OPP"), until placed
                else f"---{sector}"
                if former is not None and sector
                else None
            ),
            how=how,
            start=offsets[0],
            end=offsets[1],
        )
        if memory is not None:
            memory.remember(actor)
        return actor

    def _igo_code(self, igo: str | None) -> str | None:
        """The CAMEO code of a person's organisation ("European Commission" -> IGOEUREEC), as
        the organisation itself is coded; None where the table gives it none."""
        org = self.kb.organizations.get(igo) if igo else None
        return (org.cameo_code or _generic_code(org)) if org else None


def _titled_as(title: str, role: str) -> bool:
    """Every word of the text's title is a word of the KB role ("Vice President" of "Vice
    President of Iraq")."""
    return set(normalise(title).split()) <= set(normalise(role).split())


def _generic_code(org: Organization) -> str | None:
    """CAMEO's code for an international body that has no code of its own: IGO (the
    International Criminal Court) or NGO (Mercy Corps)."""
    return {"igo": "IGO", "ngo": "NGO"}.get(org.kind)


# papers filed with an authority: the words before them name the authority, not an actor
FILINGS = frozenset({"complaint", "fir", "petition", "case", "report", "plea", "suit"})
# nouns of an expanse of land, sea or air, which an agent's word compounded on names no owner
_EXPANSES = frozenset({"zone", "area", "airspace", "space", "waters", "corridor"})
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX"})


def running_text(sentence: Span) -> bool:
    """Running text, not a title-case headline ("Putin Meets Assad In Moscow"): a content
    word is in lower case."""
    return any(t.is_alpha and t.is_lower and t.pos_ not in _FUNCTION_POS for t in sentence)


# organisations whose one-word name is a common English noun, which ends many other names
_COMMON_WORD_ORGS = frozenset({"memorial"})


def _name_word(token: Token) -> bool:
    """A capitalised proper noun that can be part of a person's name (not "Thursday")."""
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.text[:1].isupper()
        and not resolve_hint(token.text)  # a month or weekday
    )


def _people_of(head: Token, adjective: _Match | None) -> bool:
    """ "Algerian landowners began a hunger strike": a plural noun that a country adjective
    qualifies, acting or acted upon, is people of that country (sector unknown)."""
    return (
        adjective is not None
        and head.tag_ == "NNS"
        and head.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(c.dep_ == "amod" and c.i == adjective.start for c in head.children)
    )


# words that end the name of a body that is no state: its president or secretary holds no
# government office
_BODY_WORDS = frozenset(
    {"association", "committee", "federation", "forum", "sangh", "samiti", "club", "society"}
    | {"trust", "cell", "wing"}
)
# offices that bodies other than states have too (not "minister": "FCO Minister Tobias Ellwood")
_SHARED_OFFICES = frozenset(
    {"president", "vice president", "secretary", "leader", "chief", "chairman", "chairperson"}
    | {"head", "convener", "convenor"}
)


def _office_of_another_body(span: Span, title: str, matches: list[_Match]) -> bool:
    """The title, one that bodies other than states have, follows the name of a body the tables
    do not know: an acronym ("TNCC President", "BCCI president") or a body word ("Association
    president"); not "Union Minister", "FCO Minister", "the Left Front government"."""
    if title.lower() not in _SHARED_OFFICES and _singular(title.lower()) not in _SHARED_OFFICES:
        return False
    first = title.split()[0]
    for token in span:
        if token.text != first:
            continue
        before = span.doc[token.i - 1] if token.i > span.start else None
        if before is None or any(m.start <= before.i < m.end for m in matches):
            return False
        acronym = before.is_alpha and before.is_upper and len(before.text) >= 2
        return acronym or before.lower_ in _BODY_WORDS
    return False


def _denied_claim(clause: Token) -> bool:
    """The clause says what a claim denied or rejected claims: "rejected the accusation that
    it was aiding Russia" ("that it was aiding" under "accusation", the object of
    "rejected")."""
    claim = clause.head
    return (
        clause.dep_ in ("acl", "ccomp")
        and claim.lemma_.lower() in DENIED_SAYINGS
        and claim.dep_ in ("dobj", "obj")
        and claim.head.lemma_.lower() in DENYING_VERBS
    )


def _of_objects(head: Token) -> list[tuple[Token, Token]]:
    """The head's "of" phrases, each (the preposition, its object)."""
    return [
        (prep, pobj)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _heads_a_body(head: Token) -> bool:
    """ "Leaders of various organisations", "officials of the association", "the group's
    leader": the "of" phrase or the owner names a body that is no state."""
    return any(pobj.lemma_.lower() in _BODY_NOUNS for _, pobj in _of_objects(head)) or any(
        c.dep_ == "poss" and c.lemma_.lower() in _BODY_NOUNS for c in head.children
    )


# common nouns for a body that is no state
_BODY_NOUNS = frozenset({"organisation", "organization", "association", "union", "federation"})
_BODY_NOUNS |= {"outfit", "group", "forum", "society", "committee", "front", "movement"}


# what a news story calls an international body named before: "the alliance" (NATO), "the
# bloc" (the EU), "the council" (the UN Security Council) ...
_ANY_BODY = frozenset({"alliance", "bloc", "organisation", "organization"})
_BODY_BACKREFS = _ANY_BODY | {"council", "court", "commission", "agency", "tribunal", "union"}
_BODY_BACKREFS |= {"league"}  # "the Arab League ... the league also threatened"
_BODY_BACKREFS |= {"group"}  # an armed group: "the group fired thousands of rockets"


def _bare_body_noun(span: Span, head: Token) -> bool:
    """The mention is "the" and one of those nouns alone."""
    return (
        len(span) == 2
        and span[0].lower_ == "the"
        and head.i == span.end - 1
        and head.lemma_.lower() in _BODY_BACKREFS
    )


# nouns of a body of people, never "him" or "her"
_COLLECTIVE_NOUNS = _BODY_NOUNS | {"government", "administration", "regime", "junta", "ministry"}
_COLLECTIVE_NOUNS |= {"army", "military", "police", "parliament", "court", "embassy", "cabinet"}
_COLLECTIVE_NOUNS |= {"council", "force", "navy", "party", "country", "state", "side"}


def _names_a_body(head: Token) -> bool:
    """The capitalised head begins a longer name with an "of" phrase of capitalised words:
    "the Confederation of All India Traders", "the Federation of South African Women"."""
    return head.text[:1].isupper() and any(
        prep.i == head.i + 1 and pobj.text[:1].isupper() for prep, pobj in _of_objects(head)
    )


# words a news story uses for a country it has named ("sanctions on the country")
_COUNTRY_ANAPHORS = frozenset({"country", "nation", "kingdom"})
# the monarchies news calls "the kingdom": "Saudi Arabia admitted ... The kingdom said it had
# arrested 18 Saudi nationals"
_KINGDOMS = frozenset(
    {"SAU", "JOR", "MAR", "BHR", "THA", "KHM", "BTN", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR"}
    | {"DNK", "LSO", "SWZ", "TON"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _names_the_country(token: Token) -> bool:
    """ "the country", "the nation", "the country's": no adjective or "of" phrase of its own
    ("the whole country", "the country of Georgia" are other things)."""
    return (
        token.lower_ in _COUNTRY_ANAPHORS
        and token.pos_ == "NOUN"
        and [c.lower_ for c in token.lefts] == ["the"]
        and not any(c.dep_ == "prep" for c in token.children)
    )


# words that count what their "of" phrase names: "dozens of students", "hundreds of air strikes"
COUNT_LEMMAS = frozenset({"hundred", "thousand", "dozen", "million", "score"})
# verbs of holding people, and of force done to crowds: "they" in a clause of the act's time
# is those it is done to ("police detained dozens of students as they protested")
ARRESTING = frozenset({"arrest", "detain"})
FORCE_ON_CROWDS = frozenset({"disperse", "kill", "shoot", "beat", "injure", "wound", "attack"})


def _names_a_half(token: Token) -> bool:
    """ "the North", "the South" of a divided country, as written: "the North's nuclear test
    site", "threatening to cut ties with the South"."""
    return token.text in ("North", "South") and [c.lower_ for c in token.lefts] == ["the"]


_TOWN_ANAPHORS = frozenset({"city", "town"})


def _names_the_town(token: Token) -> bool:
    """ "the city", "the town": no words or phrases of its own ("the old city", "the city of
    Aleppo", "the city council" are other things)."""
    return (
        token.lower_ in _TOWN_ANAPHORS
        and token.pos_ == "NOUN"
        and [c.lower_ for c in token.lefts] == ["the"]
        and not any(c.dep_ in ("prep", "compound", "amod") for c in token.children)
        and token.dep_ != "compound"
    )


def _span_of(token: Token) -> tuple[int, int]:
    """The character offsets of "the <token>"."""
    first = min(c.idx for c in token.lefts)
    return first, token.idx + len(token.text)


def _its(head: Token) -> Token | None:
    """The noun's possessive "its" or "their" ("its citizens", "their embassies")."""
    return next(
        (c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None
    )


def _is_definite(span: Span) -> bool:
    return any(t.lower_ in ("the", "this", "that") for t in span[:2])


def _names_a_body_again(span: Span) -> bool:
    """A definite mention, or a lone compound of one: "called the junta illegitimate",
    parsed as one phrase whose "junta" is a compound of "illegitimate"; bare "police", a
    mass noun news writes without its article ("Police in Belarus fired ... Police detained
    about 3,000 people")."""
    first = span[0]
    phrase = first.head if first.dep_ == "compound" and len(span) == 1 else None
    return (
        _is_definite(span)
        or (len(span) == 1 and first.lower_ == "police")
        or (
            phrase is not None
            and any(c.lower_ in ("the", "this", "that") and c.i < first.i for c in phrase.children)
        )
    )


def _binds(name: Token, pronoun: Token) -> bool:
    """``name`` is the subject of the clause whose object ``pronoun`` is, and so not whom it
    means: in "Prigozhin halted after Lukashenko brokered a deal with him" he is Prigozhin
    (a possessive may be the subject's own: "Putin praised his minister")."""
    doc = pronoun.doc
    return any(
        doc[start].left_edge.i <= name.i <= doc[start].right_edge.i
        for start in _binding_subjects(pronoun)
    )


def _binding_subjects(pronoun: Token) -> list[int]:
    """The token indices of the subjects that bind an object pronoun: its clause's, and for
    an infinitive with none, its controller's ("Biden called Bennett to congratulate him")."""
    if pronoun.dep_ in ("poss", "nsubj", "nsubjpass"):
        return []
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    clauses = [verb]
    if verb.dep_ == "xcomp" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        clauses.append(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "Putin sent a telegram congratulating him": the sender's
        clauses.append(verb.head.head)
    return [c.i for clause in clauses for c in clause.children if c.dep_ in _SUBJECT_DEPS]


def _topic(people: Sequence[Actor], pronoun: Token) -> Actor:
    """Whom a subject pronoun means among ``people`` named before it: the subject of the latest
    sentence that named any, before whoever that sentence named later ("Merkel arrived for
    talks with Premier Li Keqiang. She urged China ...": Merkel), as a reader keeps to the
    story's subject."""
    doc = pronoun.doc
    last = people[-1]
    sentence = next((t.sent for t in doc if t.idx == last.start), None)
    if sentence is None or last.start is None or sentence.start >= pronoun.sent.start:
        return last  # named in the pronoun's own sentence: the latest
    for person in people:
        if person.start is None or not sentence.start_char <= person.start < last.start:
            continue
        # the phrase's last word, its head: "Angela Merkel" of "German Chancellor Angela Merkel"
        token = next((t for t in sentence if t.idx + len(t.text) == person.end), None)
        if token is not None and token.dep_ in _SUBJECT_DEPS and token.head == sentence.root:
            return person
    return last


def _binding_spans(pronoun: Token) -> list[tuple[int, int]]:
    """The character spans of :func:`_binding_subjects`."""
    doc = pronoun.doc
    spans = []
    for i in _binding_subjects(pronoun):
        left, right = doc[i].left_edge, doc[i].right_edge
        spans.append((left.idx, right.idx + len(right.text)))
    return spans


def _short_name(span: Span, head: Token) -> bool:
    """ "The Brotherhood": "the" and one capitalised word, which may end a longer name; not a
    word for any body ("the Coalition", "the Council": which one, others tell)."""
    return (
        len(span) == 2
        and span[0].lower_ == "the"
        and head.i == span.end - 1
        and head.pos_ == "PROPN"
        and head.is_title
        and head.lower_ not in _COLLECTIVE_NOUNS | _BODY_BACKREFS | _GROUPINGS
    )


# words for a grouping of states or parties, whose capitalised "the Coalition" is no name
_GROUPINGS = frozenset({"coalition", "assembly", "congress", "senate", "commonwealth"})


def _name_after_title(span: Span, head: Token, after: int) -> list[str]:
    """The words of the capitalised name that ends ``span`` at its head, after a title that
    follows position ``after`` ("Rodrigo Londono" of "FARC leader Rodrigo Londono"); none
    when no common-noun title stands between."""
    words: list[str] = []
    token = head
    while token.i > after and token.pos_ == "PROPN" and token.is_title:
        words.insert(0, token.text)
        token = token.doc[token.i - 1]
    return words if words and token.i >= after and token.pos_ == "NOUN" else []


# words that make an office holder a stopgap: "the interim president", "the acting minister"
_STOPGAPS = frozenset({"interim", "acting", "caretaker", "transitional", "provisional"})


def _stopgap_of_another(span: Span, recalled: Actor) -> bool:
    """The description names a stopgap holder ("the new interim president") and the person
    recalled holds no such office."""
    words = {t.lower_ for t in span} & _STOPGAPS
    role = (recalled.role or "").lower()
    return bool(words) and not any(word in role for word in words)


# how a mention that refers to an earlier one begins, and where it says how that one was named
COREFERENCE_HOW = "coreference: "
_NAMED_AS = re.compile(r"named as '([^']*)' at char \d+; (.*)$")


def first_named(actor: Actor) -> tuple[str, str]:
    """The words and the how of the mention a coreference goes back to (of any other actor,
    its own): "them" in "detained 1,700 of them" is "Russians", an adjective."""
    how = actor.how or ""
    if how.startswith(COREFERENCE_HOW):
        named = _NAMED_AS.search(how)
        if named is not None:
            return named.group(1), named.group(2)
    return actor.text, how


def _coreferent(actor: Actor, text: str, offsets: tuple[int, int], why: str) -> Actor:
    """The earlier actor, as this mention refers to it; the explanation keeps the chain back to
    the named mention and the KB row used there."""
    how = (
        f"{COREFERENCE_HOW}{why} -> {actor.name}, named as {actor.text!r} at char {actor.start}; "
        f"{actor.how}"
    )
    return replace(actor, text=text, how=how, start=offsets[0], end=offsets[1])


def _plain_adjective(token: Token) -> bool:
    """A lower-case adjective: "general" in "the general strike", not "General Votel"."""
    return token.pos_ == "ADJ" and token.text.islower()


# Nouns that end the name of a building, street or ground: the named thing is where, not who.
# Not those that name an institution with a sector ("Victoria Hospital" staff are MED, a
# church's presbyter REL).
_FACILITIES = frozenset(
    {"street", "road", "avenue", "lane", "square", "garden", "gardens", "park", "stadium"}
    | {"ground", "grounds", "hall", "offices", "tower", "bridge", "station", "airport", "hotel"}
    | {"market", "cinema", "talkies", "gateway", "circle", "chowk", "maidan"}
)


# titles that are family names too, after a first name ("Mehbooba Mufti", "Imran Khan")
_FAMILY_TITLES = frozenset({"mufti", "khan", "shah", "sheikh", "sultan", "malik", "mirza"})


# Nouns of places and bodies often named after a person ("the Ain al-Asad air base")
NAMESAKES = frozenset(
    {"base", "airbase", "airport", "mosque", "shrine", "mausoleum", "tomb", "bridge", "dam"}
    | {"street", "road", "avenue", "highway", "square", "stadium", "hospital", "university"}
    | {"school", "college", "academy", "port", "canal", "museum", "library", "foundation"}
)


def names_a_facility(head: Token) -> bool:
    """The head is the last word of a capitalised name of a building, street or ground."""
    return _ends_a_name_of(head, _FACILITIES)


def _ends_a_name_of(head: Token, kinds: frozenset[str]) -> bool:
    """The head is one of ``kinds``, capitalised as a name's last word (not the sentence's
    first word)."""
    return head.text[:1].isupper() and head.lower_ in kinds and head.i > head.sent.start


# the last words of the names of texts states sign ("the Paris Agreement", "the Abraham Accords")
_DOCUMENTS = frozenset({"treaty", "agreement", "agreements", "accord", "accords", "pact"})
_DOCUMENTS |= {"convention", "protocol", "charter", "declaration", "memorandum"}


def _names_a_document(head: Token) -> bool:
    """The head is the capitalised last word of the name of a treaty or agreement."""
    return _ends_a_name_of(head, _DOCUMENTS)


# meetings, which hold their sides but act as nobody, and are held somewhere ("the Hanoi
# summit", "the Geneva talks")
GATHERINGS = frozenset({"summit", "talk", "talks", "meeting", "conference", "negotiation"})

# lines that have sides: "the Belarusian side of the border"
_LINES = frozenset({"border", "frontier", "boundary", "line", "river", "fence", "wall"})

# the sectors of a ruling group's men: its fighters are its state's soldiers (the group itself
# is the government)
_RULERS_SECTORS = {"REB": "MIL", "UAF": "MIL"}

# craft whose names an apposition explains ("the Galaxy Leader, a cargo ship")
_CRAFT = frozenset(
    {"ship", "vessel", "tanker", "freighter", "boat", "ferry", "yacht", "carrier", "plane"}
    | {"aircraft", "jet", "airliner", "submarine", "frigate", "destroyer", "warship"}
)

# the sides of a river's banks ("the west bank of the Dnipro", "the left bank")
_RIVER_SIDES = frozenset({"west", "east", "north", "south", "left", "right", "eastern", "western"})


def side_of_a_border(head: Token) -> bool:
    """ "the Belarusian side of the border": where, not the Belarusian side of a talk."""
    return head.lemma_.lower() == "side" and any(
        pobj.lemma_.lower() in _LINES for _, pobj in _of_objects(head)
    )


def _as_pronoun(actor: Actor, pronoun: Token, why: str) -> Actor:
    """``actor`` mentioned by ``pronoun``, saying why."""
    start = pronoun.idx
    end = start + len(pronoun.text)
    return replace(actor, text=pronoun.text, how=f"{why}: {actor.how}", start=start, end=end)


def _singular(word: str) -> str:
    """ "airmen" -> "airman", "marines" -> "marine": the regular English plurals (the parser's
    lemma of a capitalised noun tagged as a name is its form)."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _prep_children(head: Token) -> list[Token]:
    """The prepositional phrases of a head, with those of a coordination it closes: "officials
    and lawmakers in Kenya" are both in Kenya (the parser hangs "in Kenya" on "officials"). A
    phrase between the two is the first one's own ("officials in Kenya and lawmakers")."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    if head.dep_ == "conj" and not preps:
        first = first_conjunct(head)
        preps = [c for c in first.children if c.dep_ == "prep" and c.i > head.i]
    return preps
