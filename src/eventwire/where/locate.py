"""Event locations: the place named in the event's own clause, else in its sentence, else the
dateline city, else none. Only places in a locative phrase count ("in St Petersburg", "near
Kyiv"): "Moscow" as a subject or possessor is an actor, not a location, unless it owns the
place such a phrase names ("toward Riyadh's international airport").
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol

import pycountry

from ..coding.factuality import governing_chain
from ..models import Place
from ..parse.entities import entities_in
from ..parse.nlp import first_conjunct
from ..when.attach import clause_verb, joined_with_own_subject, own_clause_verb
from .gazetteer import PLACE_LABELS, PLACE_NOUNS, is_place_noun, may_name_place, owns_personal_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# entity labels that tell an article's countries: places and peoples ("Indian police")
_COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC"})

LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "into", "to", "toward", "towards"}
    | {"through", "throughout"}  # "marched through Hong Kong"
    | {"off"}  # "seized a tanker off Gibraltar", "off the coast of Yemen"
)


_NO_CAPITALS: Mapping[str, str] = MappingProxyType({})


class PlaceResolver(Protocol):
    def resolve(
        self, text: str, context_countries: Sequence[str] = (), qualifier: str | None = None
    ) -> Place | None: ...

    def names_country(self, text: str) -> bool: ...

    def country_of(self, text: str, context_countries: Sequence[str] = ()) -> str | None: ...

    def ambiguous(self, text: str) -> bool: ...

    def names_big_city(self, text: str) -> bool: ...


def locative_places(sentence: Span) -> list[tuple[Span, Token]]:
    """(entity, the clause verb it belongs to) for each place in a locative phrase."""
    out = []
    owners = []  # "in Bihar's Jamui district": after the district's own name
    for ent in entities_in(sentence):
        if ent.label_ not in PLACE_LABELS:
            continue
        root = ent.root
        while root.dep_ in ("compound", "conj", "appos") and root.head.i != root.i:
            if root.dep_ == "compound" and root.head.lower_ in _WATERS:
                break  # "the South China Sea" is no China
            if root.dep_ == "compound" and _across_a_border(root):
                break
            root = root.head
        if root.dep_ == "compound" and root.head.lower_ in _WATERS:
            continue
        if root.dep_ == "compound" and _across_a_border(root):
            continue  # "broke through the Gaza border fence": a line between two places
        bearing = _bearing_from(root)
        if bearing is not None:
            out.append((ent, bearing))  # "an offensive west of Aleppo", "20 km north of Kyiv"
            continue
        if root.dep_ == "pobj" and root.head.lower_ == "of" and _part_of_a_place(root.head.head):
            root = root.head.head  # "in the east of the Gaza Strip", "in the heart of Mosul"
        if _owns_a_place(root):
            root = root.head  # "toward Riyadh's international airport", "in Tehran's Evin prison"
            if root.dep_ == "pobj" and _locative(root.head):
                owners.append((ent, root.head.head))
            continue
        if root.dep_ == "pobj" and _locative(root.head):
            out.append((ent, root.head.head))
    out += owners
    # The small model tags many towns as people or not at all ("in Khan Younis"): a proper noun
    # in a locative phrase is a candidate too; the gazetteer decides whether it is a place.
    taken = {t.i for ent, _ in out for t in ent}
    for token in sentence:
        if (
            token.dep_ == "pobj"
            and token.lemma_.lower() == "capital"
            and token.head.lower_ in LOCATIVE_PREPS
        ):
            # "travel to the Lebanese capital": the capital of the country the adjective names
            named = [c for c in token.lefts if c.dep_ in ("amod", "compound") and c.is_title]
            if named:
                out.append((token.doc[named[0].i : token.i + 1], token.head.head))
            continue
        if (
            token.dep_ == "pobj"
            and token.pos_ == "PROPN"
            and token.i not in taken
            and token.ent_type_ not in ("ORG", "NORP", "DATE", "TIME")
        ):
            bearing = _bearing_from(token)
            if bearing is not None:
                out.append((_with_compounds(token), bearing))
            elif _locative(token.head):
                out.append((_with_compounds(token), token.head.head))
    return out


def _under_a_joined_clause(anchor: Token, home: Token) -> bool:
    """``anchor``'s clause is, or lies under, a clause joined on to ``home``'s with a subject of
    its own: "claimed the attack, but Putin said the attackers had tried to flee to Ukraine"
    (the flight is told in Putin's clause; the attack was not in Ukraine)."""
    verb = own_clause_verb(anchor)
    return any(joined_with_own_subject(v, home) for v in (verb, *verb.ancestors))


def _contrast_clause(trigger: Token) -> Token | None:
    """The "while" clause with a named subject of its own that the trigger lies in, whose
    place is not the main clause's: "Turkey pledged full support to Azerbaijan, while Russia
    called for a ceasefire" (the call was not in Azerbaijan); None when there is none."""
    verb = own_clause_verb(trigger)
    for clause in (verb, *verb.ancestors):
        if (
            clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children)
            # "while they were protesting": the same people, the same scene
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in clause.children)
        ):
            return clause
    return None


def _bearing_from(name: Token) -> Token | None:
    """The word a "west of <name>" phrase hangs on, when ``name`` (a phrase's root) is the
    point a compass bearing is taken from: "launched an offensive west of Aleppo", "20 km
    north of Kyiv" (a bearing as an adverb, not "the west of Aleppo", a part of it)."""
    of = name.head
    if name.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    bearing = of.head
    if bearing.lower_ not in _COMPASS or bearing.dep_ not in ("advmod", "npadvmod", "amod"):
        return None
    return bearing.head if bearing.head.i != bearing.i else None


# verbs whose "to" phrase names who did something, not where: "an air strike widely attributed
# to Israel destroyed the consulate in Damascus"
_ATTRIBUTING = frozenset({"attribute", "ascribe", "trace", "credit", "blame"})
# envoys, whose "to" phrase says where they are posted, not where they are ("shot dead Russia's
# ambassador to Turkey ... in Ankara")
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "emissary", "commissioner", "nuncio"})
# words of a tie to somebody ("linked to Israel", "loyal to Haftar"), no direction
_TIES = frozenset({"link", "tie", "connect", "relate", "affiliate", "ally", "belong", "loyal"})


def end_of_a_road(name: Token) -> bool:
    """The name is where a road leads, not where anything on it is: "captured two towns on the
    road to Addis Ababa"."""
    return (
        name.dep_ == "pobj"
        and _road_to(name.head)
        # "lifted a ban on charter flights to Turkey": a vehicle's end may be whom it is for
        and name.head.head.lemma_.lower() not in _VEHICLES
    )


def _road_to(preposition: Token) -> bool:
    """ "to" after the noun of a road or of a vehicle on one: "the road to Addis Ababa",
    "boarding trains to Austria" (where it leads, not where anybody is)."""
    return (
        preposition.lower_ in ("to", "toward", "towards")
        and preposition.head.lemma_.lower() in _ROADS | _VEHICLES
    )


_ROADS = frozenset({"road", "highway", "route", "way", "path", "motorway", "railway"})
_VEHICLES = frozenset({"train", "flight", "bus", "ferry", "ticket"})


def _locative(preposition: Token) -> bool:
    """The preposition puts its object's place on the word it hangs on: "in", "near", and
    "over" after a verb of flight ("shot down over eastern Ukraine"; "sanctions over
    Ukraine" and "a row over Kashmir" are about a place, not in it)."""
    if preposition.lower_ == "over":
        return preposition.head.lemma_.lower() in _AIRBORNE
    if _road_to(preposition):
        return False  # "captured two towns on the road to Addis Ababa"
    if preposition.lower_ == "to" and preposition.head.lemma_.lower() in _ADDRESSING:
        return False  # "apologised to the United States": whom it was said to, not where
    if preposition.lower_ in ("toward", "towards") and preposition.head.lemma_.lower() in _CONDUCT:
        return False  # "China's coercive actions toward Taiwan": whom they aim at
    return preposition.lower_ in LOCATIVE_PREPS and not _whose(preposition)


# nouns of how one side treats another, whose "toward" phrase is that other side
_CONDUCT = frozenset(
    {"action", "policy", "attitude", "stance", "approach", "behaviour", "behavior", "posture"}
    | {"hostility", "aggression", "aggressiveness", "provocation", "coercion", "pressure"}
)


# verbs of speaking to somebody, whose "to" phrase is who was addressed
_ADDRESSING = frozenset(
    {"apologise", "apologize", "appeal", "complain", "write", "speak", "talk", "explain"}
    | {"reply", "respond", "say", "confess", "pray", "plead", "report"}
)

# verbs done in or to the air, whose "over" phrase is a place: "a jet shot down over Ukraine"
_AIRBORNE = frozenset(
    {"shoot", "down", "crash", "explode", "intercept", "hover", "detonate", "destroy"}
)


def _whose(preposition: Token) -> bool:
    """The preposition is the "to" of a word that says whose a deed or a thing is ("attributed
    to Israel", "a container ship linked to Israel"; not "the bridge linking Russia to Crimea",
    a route)."""
    if preposition.lower_ != "to":
        return False
    word = preposition.head
    return word.lemma_.lower() in _ATTRIBUTING | _ENVOYS or (
        word.lemma_.lower() in _TIES and not any(c.dep_ == "dobj" for c in word.children)
    )


def _across_a_border(name: Token) -> bool:
    """The name is compounded into a border that the phrase crosses ("broke through the Gaza
    border fence") or that it shares with another ("near the Iraq-Syria border"): on neither
    side ("killed at the Gaza border" is on its side)."""
    if name.head.lemma_.lower() not in _BORDERS:
        return False
    doc = name.doc
    if (name.i + 1 < len(doc) and doc[name.i + 1].text == "-") or doc[name.i - 1].text == "-":
        return True
    line = name.head
    while line.dep_ == "compound" and line.head.i != line.i:
        line = line.head
    return line.head.lower_ in ("through", "across", "over")


# lines between two countries
_BORDERS = frozenset({"border", "fence", "frontier", "boundary"})
# the last words of the names of seas and straits: "the South China Sea", "the Taiwan Strait"
_WATERS = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "channel"})


# nouns for a part of a place, or a kind of place: "in the east of", "in the outskirts of",
# "in a suburb of", "in the town of"
# the points of the compass, as parts of a place ("in the east of", "East Mosul")
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
_PLACE_PARTS = (
    PLACE_NOUNS
    | _COMPASS
    | frozenset(
        {"outskirts", "heart", "centre", "center", "middle", "edge", "part", "parts", "suburb"}
        | {"suburbs", "area", "areas", "vicinity", "countryside", "coast", "street"}
        # "in the northeastern state of Assam"
        | {"state", "county", "governorate", "prefecture", "municipality"}
    )
)


# and the heads a place name is compounded into as a place: "a West Bank refugee camp"
_PLACE_HEADS = _PLACE_PARTS | {"camp", "border", "territory"}


def _remembered(place: Token, trigger: Token) -> bool:
    """The place is that of a past event an anniversary recalls, and the event coded is not
    that one: "marched to mark the anniversary of the crackdown in Beijing" is no march in
    Beijing (the crackdown, coded, is in Beijing)."""
    return any(
        a.lemma_.lower() in ("anniversary", "commemoration") and not a.is_ancestor(trigger)
        for a in place.ancestors
    )


# nouns for violent events that have places of their own: "condemning the attack in Paris,
# students marched" marched in no Paris; "sanctions over the war in Ukraine" are not in Ukraine.
# An arrest "in connection with the bombing in Manchester" is most likely there, so only words
# and protests are kept from these places.
_OTHER_EVENTS = frozenset(
    {"attack", "bombing", "blast", "explosion", "shooting", "airstrike", "massacre", "genocide"}
    | {"killing", "war", "crackdown", "assault", "murder", "assassination", "bombardment"}
    | {"shelling", "poisoning", "kidnapping", "abduction", "hijacking", "stabbing"}
    | {"offensive", "raid", "invasion", "strike"}
)


def _armed(operation: Token) -> bool:
    """An operation of armed forces: "military operations", "a ground operation" (not "mining
    operations")."""
    return any(c.lower_ in _ARMED_OPERATIONS for c in operation.lefts)


_ARMED_OPERATIONS = frozenset({"military", "army", "ground", "air", "naval", "security"})


# trips, whose "to" phrase is where somebody went
_TRIPS = frozenset({"visit", "trip", "tour", "journey"})


# event types that are words about others: "blamed opponents living in the United States"
SPOKEN = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


def reacts(event_type: str, quad_class: int) -> bool:
    """Words, protests and sanctions: events that may be far from a violent event their
    sentence names, and are not placed there (see :func:`_another_events`)."""
    return quad_class in (1, 3) or event_type in ("PROTEST", "SANCTION")


def _in_what_is_charged(anchor: Token, trigger: Token) -> bool:
    """The place hangs in the "of" gerund of a verb of words, what it charges somebody with:
    "accused Germany of being captive to Russia" was no accusation in Russia."""
    if trigger.pos_ != "VERB":
        return False
    charged = {
        t.i
        for of in trigger.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for gerund in of.children
        if gerund.dep_ == "pcomp"
        for t in gerund.subtree
    }
    return anchor.i in charged


def _another_events(anchor: Token, trigger: Token) -> bool:
    """The place is that of another, violent event the sentence names, not of the words,
    protest or sanction coded: "condemning the attack in Paris, students marched", "condemned
    the attack in Punjab". Ongoing violence ("clashes", "unrest") is left out: "used tear gas to
    control clashes at Mirzapur" was there."""
    # the event noun may be above the word the place hangs on: "over the poisoning of
    # Skripal and his daughter in Salisbury"
    word = anchor
    for _ in range(6):
        if word.i == trigger.i or word.is_ancestor(trigger) or word.pos_ in ("VERB", "AUX"):
            return False
        if word.pos_ == "NOUN" and word.lemma_.lower() in _OTHER_EVENTS:
            return True
        if word.pos_ == "NOUN" and word.lemma_.lower() == "operation" and _armed(word):
            return True  # "demanded an end to French military operations in Mali"
        if (
            word.pos_ == "NOUN"
            and word.lemma_.lower() in _TRIPS
            and not (word.dep_ == "pobj" and word.head.lower_ in ("during", "on", "in", "at"))
            # "made a surprise visit to Kyiv and met Zelensky": the traveller's own trip
            and not (word.dep_ == "dobj" and word.head.is_ancestor(trigger))
        ):
            # "summoned the US ambassador to protest against Pelosi's visit to Taiwan": where
            # the visit went, not where Beijing protests ("during her visit to Taiwan, Pelosi
            # criticised Beijing" was there)
            return True
        if word.head.i == word.i:
            return False
        word = word.head
    return False


# places and buildings a town's name may own: "Riyadh's international airport", "Gaza's Shifa
# hospital", "Tehran's Evin prison"
_OWNED_PLACES = PLACE_NOUNS | frozenset(
    {"airport", "prison", "jail", "hospital", "stadium", "square", "street", "streets", "camp"}
    | {"border", "outskirts", "suburb", "suburbs", "parliament", "palace", "harbour", "harbor"}
    | {"university", "campus", "market", "embassy", "consulate", "station", "centre", "center"}
)


def _owns_a_place(token: Token) -> bool:
    """A place name owning a place or building ("Riyadh's international airport"), not part of
    a street's own name ("St Andrew's Street")."""
    if token.dep_ != "poss" or token.head.lemma_.lower() not in _OWNED_PLACES:
        return False
    head = token.head
    return not (head.is_title and token.i + 2 == head.i)


def _part_of_a_place(noun: Token) -> bool:
    """ "in the east of the Gaza Strip", "in dozens of US cities": a part or a count of
    places, which is where they are."""
    return (
        noun.pos_ in ("NOUN", "NUM")
        and noun.lemma_.lower() in _PLACE_PARTS | _COUNTS
        and noun.dep_ == "pobj"
    )


# counts of places: "in dozens of US cities"
_COUNTS = frozenset({"dozen", "dozens", "hundred", "hundreds", "score", "scores", "number"})


def _owner_word(ent: Span) -> bool:
    """The name is compounded into a common noun that names no place: "a US airstrike", not
    "Kabul city"."""
    root = ent.root
    return (
        root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and root.head.i not in range(ent.start, ent.end)
        and root.head.lemma_.lower() not in _PLACE_HEADS
    )


def object_places(trigger: Token, struck: bool = False) -> list[Span]:
    """A town the event is done to is where it happens: "shelled Kharkiv", "shelled the port of
    Odesa", "visited Kharkiv"; with ``struck`` (an attack), the town an attack noun is on
    ("air strikes on Idlib killed nine civilians"). Countries are left out here (an attack on
    Ukraine is no town's); :func:`choose_location` falls back on a country struck only where
    nothing nearer is named and the dateline is another country's."""
    out = []
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if struck:
        nouns = [trigger] if trigger.pos_ == "NOUN" else []
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
            # "carried out air strikes on Gaza": the parser hangs the phrase on the verb that
            # carries the attack
            nouns.append(trigger.head)
        nouns += [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        # "killed Nasrallah in an air strike on Beirut's southern suburbs": the strike the
        # killing was done in
        nouns += [
            p
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj" and p.lemma_.lower() in _ATTACK_NOUNS
        ]
        objects += [
            p
            for noun in nouns
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for p in c.children
            if p.dep_ == "pobj"
        ]
    for child in objects:
        token = child
        owner = next((c for c in child.children if _owns_a_place(c)), None)
        if owner is not None:
            token = owner  # "struck Beirut's southern suburbs"
        elif is_place_noun(child):
            of = [p for c in child.children if c.lower_ == "of" for p in c.children]
            if not of:
                continue
            token = of[0]
        if may_name_place(token):
            out.append(_with_compounds(token))
    return out


# nouns of an attack an act is done in
_ATTACK_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "bombardment"})


def article_places(doc: Doc, gazetteer: PlaceResolver, context: Sequence[str]) -> list[Place]:
    """Every place the article names, in reading order, with offsets: the place-name entities
    and the proper nouns of locative phrases that the gazetteer knows. A name it does not know
    is skipped; the others stay."""
    found: list[Place] = []
    seen: set[tuple[int, int]] = set()
    spans = [e for e in doc.ents if e.label_ in PLACE_LABELS]
    for sentence in doc.sents:
        spans += [span for span, _ in locative_places(sentence)]
    for span in sorted(spans, key=lambda s: s.start_char):
        key = (span.start_char, span.end_char)
        if key in seen:
            continue
        seen.add(key)
        place = gazetteer.resolve(span.text, context)
        if place is not None:
            found.append(dataclasses.replace(place, start=span.start_char, end=span.end_char))
    return found


def context_countries(
    doc: Doc, gazetteer: PlaceResolver, demonym: Callable[[str], str | None] | None = None
) -> list[str]:
    """The article's countries, most mentioned first: context for ambiguous place names. A
    demonym the gazetteer does not know ("Indian police") counts through ``demonym``; an
    ambiguous name does not count for the country it would be read as without context."""
    counts: Counter[str] = Counter()
    plain: set[str] = set()  # named as a country, its people, a province or a big city
    towns: dict[str, set[str]] = {}  # the small towns' names of each country
    for ent in doc.ents:
        if owns_personal_noun(ent.root):
            continue  # "demand George's resignation": a person's name
        if ent.end < len(doc) and doc[ent.end].lower_ in _COMPANY_WORDS:
            continue  # "Malaysia Airlines flight MH17": a company's name, no Malaysia
        if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in _NAMED_TEXTS:
            continue  # "the Paris climate accord": where a text was signed, no story there
        if _of_a_mission(ent.root):
            continue  # "headed to the Mexican embassy": a country's house in another
        if ent.label_ in _COUNTRY_LABELS and not gazetteer.ambiguous(ent.text):
            place = gazetteer.resolve(ent.text)
            country = place.country if place is not None else None
            if country is None and ent.label_ == "NORP" and demonym is not None:
                country = demonym(ent.text)
            if country:
                counts[country] += 1
                if place is None or _plainly(place, ent.text, gazetteer):
                    plain.add(country)
                else:
                    towns.setdefault(country, set()).add(ent.text.lower())
    # A country that one small town's name alone names, in a story that names another plainly,
    # is a namesake's: "aid to civilians in Madaya" in a story about Syria is not in Myanmar
    # (the gazetteer knows only Madaya, Myanmar). Two towns of it are a story there: "RAMESWARAM:
    # the fishermen in Pamban ... arrested by the Sri Lankan navy".
    ranked = [country for country, _ in counts.most_common()]
    if plain:
        ranked = [c for c in ranked if c in plain or len(towns.get(c, ())) > 1]
    return ranked[:5]


# texts and groups named after the town where they were agreed or first met
_NAMED_TEXTS = frozenset(
    {"accord", "accords", "agreement", "agreements", "treaty", "protocol", "convention"}
    | {"declaration", "pact", "charter", "club", "communique", "principles"}
)
# words that make a country's name a company's: "Malaysia Airlines", "China Daily" (not a
# good's, "Turkish steel", which names the country's)
_COMPANY_WORDS = frozenset({"airlines", "airways", "airline", "daily", "telecom", "railways"})


# a country's houses and envoys in another: "the Mexican embassy", "the embassy of Mexico"
_MISSIONS = frozenset({"embassy", "consulate", "ambassador", "consul"})


def _of_a_mission(name: Token) -> bool:
    """``name`` (an entity's root) says whose embassy, consulate or ambassador: "the Mexican
    embassy", "Mexico's embassy", "the embassy of Mexico"."""
    head = name.head
    if name.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif name.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    return head.i != name.i and head.lemma_.lower() in _MISSIONS


def _plainly(place: Place, text: str, gazetteer: PlaceResolver) -> bool:
    """``text`` names its country plainly: as the country, a province or a city of 100,000."""
    return place.kind != "city" or gazetteer.names_big_city(text)


def sole_country(
    doc: Doc,
    context: Sequence[str],
    gazetteer: PlaceResolver,
    demonym: Callable[[str], str | None] | None = None,
) -> str | None:
    """The one country an article names, when ``context`` (its :func:`context_countries`)
    holds one only, every place or people the article names is of it (an ambiguous name the
    context left out, "Colombo": Sri Lanka or Brazil, counts here), and one of them says so
    plainly: the country, its people, a province or a city of 100,000 ("Lok Sabha" alone is no
    story about Sabha, Libya). Else None."""
    if len(context) != 1:
        return None
    country = context[0]
    plain = False
    for ent in doc.ents:
        if (
            ent.label_ not in _COUNTRY_LABELS
            or owns_personal_noun(ent.root)
            or _of_a_mission(ent.root)
        ):
            continue
        people = demonym(ent.text) if demonym is not None else None
        if people is not None:
            if people != country:
                return None
            plain = True
            continue
        place = gazetteer.resolve(ent.text, [country])
        if place is None:
            continue
        if place.country != country:
            return None
        plain = plain or _plainly(place, ent.text, gazetteer)
    return country if plain else None


def choose_location(
    trigger: Token,
    gazetteer: PlaceResolver,
    context: Sequence[str],
    dateline: Place | None,
    capitals: Mapping[str, str] = _NO_CAPITALS,
    actors: Sequence[tuple[int, int]] = (),
    struck: bool = False,
    reacting: bool = False,
    spoken: bool = False,
) -> tuple[Place | None, str]:
    """The event's place and how it was found. ``capitals`` maps a national adjective to its
    country's seat of government ("lebanese" -> "Beirut") for "the Lebanese capital". A name
    inside one of the ``actors`` character spans is an actor, not where ("Kyiv blamed Moscow",
    "apologised to South Korea"). ``struck``: the event is an attack (see
    :func:`object_places`); a country it strikes is its place where the sentence names nothing
    nearer and the dateline is another country's ("launched missile strikes on Syria" from
    Washington). ``reacting``: the event is one that may be far from a violent event its
    sentence names (see :func:`reacts`). ``spoken``: the event is words said about others (see
    :data:`SPOKEN`), not placed where those it names live."""
    # nearest clause first: in "fled to Singapore after protesters stormed his residence in
    # Colombo" the storming is in Colombo, though its chain reaches up to "fled"
    chain = governing_chain(trigger)
    rank = {t.i: n for n, t in enumerate(chain)}
    places = [
        (ent, anchor)
        for ent, anchor in _verb_anchored(locative_places(trigger.sent))
        if not _remembered(ent.root, trigger)
        and not (reacting and _another_events(anchor, trigger))
        # "accused Germany of being captive to Russia": what the words say of somebody
        and not (reacting and _in_what_is_charged(anchor, trigger))
        # "blamed Colombia's president and opponents living in the United States": where
        # somebody lives, not where the words were said (a curfew on Palestinians living in
        # the West Bank is there)
        and not (spoken and _where_somebody_lives(anchor, trigger))
        # "signed a pact, raising fears in Australia": where people worry, not where it was
        and not (anchor.i != trigger.i and _of_feelings(anchor))
        # "sued the administration over the deployment of troops to Los Angeles": where the
        # thing a quarrel is about went
        and not (anchor.i != trigger.i and _in_a_topic(anchor, trigger))
    ]
    # a verb joined on as another act is its own clause: "resigned and fled to India"
    # resigned in no India
    home = clause_verb(trigger)
    contrast = _contrast_clause(trigger)
    elsewhere = [
        ent
        for ent, anchor in places
        if (
            anchor.i != home.i
            and (
                _another_act(ent, anchor)
                # another side's clause: "South Korea responded with a drill, and Japan lodged a
                # protest through its embassy in Beijing" (the drill was not in Beijing)
                or _under_a_joined_clause(anchor, own_clause_verb(trigger))
                # a thing in a clause of another time: "severed relations after protesters
                # stormed its embassy in Tehran" (the severing was not in Tehran)
                or (
                    anchor.pos_ in ("NOUN", "PROPN")
                    and own_clause_verb(anchor).i not in rank
                    and _another_act(ent, own_clause_verb(anchor))
                )
                or _within_another_time(own_clause_verb(anchor), trigger)
            )
        )
        # another side's clause told beside this one's
        or (contrast is not None and not (anchor.i == contrast.i or contrast.is_ancestor(anchor)))
    ]
    # a phrase on a word of the chain itself ranks by that word: "suspend its offensive in
    # northern Syria after talks with Pence in Ankara" held the talks in Ankara; one deeper
    # in a word of the chain's phrase, by the nearest such word ("the closure of Russia's
    # consulate in Seattle over the poisoning of a former spy in Britain": the poisoning was
    # in Britain), and one in an act joined to the chain's noun is that act's alone ("ordered
    # the expulsion of 60 diplomats and the closure of the consulate in Seattle")
    anchored = []
    phrased = set()  # ranked by a noun of the chain outside whose clause it is: told as "phrase"
    for ent, anchor in places:
        if ent in elsewhere or anchor.i in rank:
            anchored.append((rank.get(anchor.i, len(rank)), ent))
            continue
        nearest, joined = _chain_rank(anchor, rank)
        if joined:
            elsewhere.append(ent)
        elif nearest is not None and clause_verb(anchor).i not in rank:
            phrased.add(ent.start)  # the phrase's place, though its clause's verb is not the act's
        anchored.append((len(rank) if joined or nearest is None else nearest, ent))
    own = [ent for n, ent in sorted(anchored, key=lambda pair: pair[0]) if n < len(rank)]
    # and its place is that act's: "agreed to resign after leaders met in Jamaica" is no
    # resignation in Jamaica ("killed ... when they blew themselves up in Tel Aviv" is)
    rest = [ent for ent, _anchor in places if ent not in own and ent not in elsewhere]
    top = chain[-1]
    if of_another_time(top):
        # "arrived in Hanoi, a day after signing a pact with North Korea": the signing was
        # not where the journey told around it ended ("launched an offensive in northeast
        # Syria, days after US troops withdrew from the border area" may be there)
        inside = {t.i for t in top.subtree}
        rest = [
            ent
            for ent, anchor in places
            if ent in rest and (anchor.i in inside or anchor.lemma_.lower() not in _JOURNEYS)
        ]
    own_verb = own_clause_verb(trigger)
    if of_another_time(own_verb):
        # "fled to the Maldives after protesters stormed his residence": where the act told
        # around it went is not where this earlier (or later) one was
        inside = {t.i for t in own_verb.subtree}
        rest = [
            ent
            for ent, anchor in places
            if ent in rest and (anchor.i in inside or ent.root.head.lower_ not in _DESTINATIONS)
        ]
    # a place in a phrase that describes a noun comes last, and the end of a route after a
    # place where: "forced a jet flying from Athens to Vilnius to land in Minsk" landed it in
    # Minsk
    described = {ent.start for ent, anchor in places if _describes_a_noun(anchor, trigger)}
    # where somebody described was going is not where the act was: "arrested 11 people,
    # including four gunmen who were trying to escape to Ukraine"
    gone_to = {
        ent.start
        for ent, anchor in places
        if ent.root.head.lower_ in _DESTINATIONS and _describing_clause_without(anchor, trigger)
    }
    rest = [ent for ent in rest if ent.start not in gone_to]
    # (or, for a load carried, one hung on the act's own words: "stormed a flotilla of ships
    # carrying aid to Gaza"; "activists proceeding towards Hyderabad were detained" near it)
    carried_to = {
        ent.start
        for ent, anchor in places
        if ent.start in gone_to
        and (clause := _describing_clause(anchor, trigger)) is not None
        and clause.lemma_.lower() in _HAULING
    }
    own = [ent for ent in own if ent.start not in carried_to]
    rest.sort(key=lambda ent: (ent.start in described, _route_end(ent)))
    objects = object_places(trigger, struck) if trigger.pos_ == "VERB" or struck else []
    if answered_act(trigger):
        # "struck targets in Iran in retaliation for Iran's missile attack": the act answered
        # was where its own phrase says, not where the answer fell
        rest = []
    # and the other way: "launched missile strikes against Syrian facilities in response to a
    # suspected gas attack in Douma" did not strike Douma
    answered = {
        t.i
        for act in trigger.sent
        if answered_act(act)
        # an "in response to" phrase ("our response to the crises in Iraq" is no answer)
        and act.head.head.dep_ == "pobj"
        and act.head.head.head.lower_ == "in"
        and not act.is_ancestor(trigger)
        and act.i != trigger.i
        for t in act.subtree
    }
    own = [ent for ent in own if ent.root.i not in answered]
    rest = [ent for ent in rest if ent.root.i not in answered]
    struck_country: Place | None = None  # a country attacked, when nothing nearer is named
    for group, how in ((own, "clause"), (objects, "object"), (rest, "sentence")):
        for ent in group:
            if any(start < ent.end_char and ent.start_char < end for start, end in actors):
                continue
            if _inside_a_longer_name(ent, gazetteer, context):
                continue  # "prayers at Hagia Sophia": no Sofia
            if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in _COUNTRY_NOUNS:
                continue  # "operations in the Sahel country": the region it is in, no place
            if ent.root.lemma_.lower() == "capital":
                seat = capitals.get(ent[0].lower_)
                place = gazetteer.resolve(seat, context) if seat else None
            else:
                place, _contained = place_within(ent, gazetteer, context, capitals)
            if how == "object" and gazetteer.names_country(ent.text):
                if struck and place is not None and struck_country is None:
                    struck_country = dataclasses.replace(
                        place, start=ent.start_char, end=ent.end_char
                    )
                continue
            if _owner_word(ent) and gazetteer.names_country(ent.text):
                continue  # "killed in a US airstrike in Syria": the strike is the US's, in Syria
            if place is not None:
                place = dataclasses.replace(place, start=ent.start_char, end=ent.end_char)
                told = "phrase" if how == "clause" and ent.start in phrased else how
                return place, f"{told}: {ent.text!r}"
    if struck_country is not None and (
        dateline is None or dateline.country != struck_country.country
    ):
        # "launched missile strikes on Syria" from a Washington dateline: in the country struck,
        # if no town of it is named
        return struck_country, f"object: {struck_country.text!r}"
    if dateline is not None:
        return dateline, f"dateline: {dateline.text!r}"
    return None, "no place in the event's sentence and no dateline"


# nouns of what people feel about an event, whose place is theirs: "fears in Australia"
_FEELINGS = frozenset(
    {"fear", "concern", "alarm", "outrage", "anger", "worry", "unease", "anxiety", "dismay"}
    | {"jitters", "consternation", "panic", "shock", "speculation", "hope", "optimism", "fury"}
)


# nouns of a while that "over" spans ("over dinner", "over the weekend")
_OCCASIONS = frozenset(
    {"dinner", "lunch", "breakfast", "meal", "coffee", "tea", "weekend", "night", "day", "days"}
    | {"week", "weeks", "month", "months", "year", "years", "period", "course", "phone"}
)


def _chain_rank(anchor: Token, rank: Mapping[int, int]) -> tuple[int | None, bool]:
    """The rank of the nearest word of the trigger's chain above ``anchor`` in its clause, by
    "of" phrases alone (else its clause verb's), and whether the way there enters the chain
    from a noun joined to it (another act's phrase)."""
    top = clause_verb(anchor)
    node = anchor
    patient = True  # only "of" phrases on the way: whom the act was done to, not its topic
    for _ in range(16):
        if node.i in rank:
            return (rank[node.i] if patient else rank.get(top.i)), False
        if node.head.i == node.i:
            break
        if (
            node.dep_ == "conj"
            and node.pos_ == node.head.pos_ == "NOUN"
            and node.head.i in rank
            # "launched air strikes and an artillery barrage on Kurdish forces in Syria": a
            # noun with no phrase of its own shares the one after the last joined to it
            and any(c.dep_ == "prep" for c in node.head.children)
        ):
            return None, True
        if node.i == top.i:
            break
        if node.dep_ == "prep" and node.lower_ != "of":
            patient = False
        node = node.head
    return rank.get(top.i), False


def _in_a_topic(anchor: Token, trigger: Token) -> bool:
    """The word lies in an "over" or "about" phrase, below the trigger, that says what the act
    is about: "sued the administration over the deployment of troops to Los Angeles"."""
    word = anchor
    while word.head.i != word.i and word.i != trigger.i:
        if (
            word.dep_ == "prep"
            and word.lower_ in ("over", "about")
            and word.head.i == trigger.i
            and not _locative(word)
            # "agreed over dinner in Buenos Aires": over a while, not about a thing
            and not any(c.lemma_.lower() in _OCCASIONS for c in word.children)
        ):
            return True
        word = word.head
    return False


def _of_feelings(anchor: Token) -> bool:
    """The place says where people feel something: "fears in Australia", "raising fears in
    Australia"."""
    if anchor.lemma_.lower() in _FEELINGS:
        return True
    return anchor.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FEELINGS for c in anchor.children
    )


def _route_end(ent: Span) -> bool:
    """The place is where a route from another place ends: "flying from Athens to Vilnius"."""
    root = ent.root
    while root.dep_ in ("compound", "conj", "appos") and root.head.i != root.i:
        root = root.head
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in ("to", "into"):
        return False
    return preposition.head.lower_ == "from" or any(
        c.dep_ == "prep" and c.lower_ == "from" for c in preposition.head.children
    )


def _describes_a_noun(anchor: Token, trigger: Token) -> bool:
    """The anchor is in a clause that describes a noun ("a jet flying to Vilnius"), below the
    trigger's own words."""
    return _describing_clause(anchor, trigger) is not None


def _describing_clause(anchor: Token, trigger: Token) -> Token | None:
    """The head of the clause describing a noun that the anchor is in, below the trigger's own
    words; None when there is none."""
    word = anchor
    for _ in range(8):
        if word.i == trigger.i or word.head.i == word.i:
            return None
        if word.dep_ in ("acl", "relcl"):
            return word
        word = word.head
    return None


def _where_somebody_lives(anchor: Token, trigger: Token) -> bool:
    """The anchor is in a clause of living somewhere, or in a relative clause on a name, that
    describes a noun other than a subject: "blamed opponents living in the United States",
    "blamed Syria, which keeps thousands of troops in Lebanon" (not "a newspaper based in east
    Beirut described ...", who said it there)."""
    clause = _describing_clause(anchor, trigger)
    return (
        clause is not None
        and (
            clause.lemma_.lower() in _DWELLING
            or (clause.dep_ == "relcl" and clause.head.pos_ == "PROPN")
        )
        and clause.head.dep_ not in ("nsubj", "nsubjpass")
    )


# verbs of where somebody lives or is kept
_DWELLING = frozenset({"live", "reside", "base", "station", "exile"})


def _describing_clause_without(anchor: Token, trigger: Token) -> bool:
    """The anchor is in a clause that describes a noun and does not hold the trigger: "who
    were trying to escape to Ukraine" of "arrested 11 people, including four gunmen ...";
    not a participle on the trigger's object, which goes where it is sent ("dispatched two
    planes carrying rescue workers to Beirut")."""
    clause = _describing_clause(anchor, trigger)
    if clause is None:
        return False
    carried = clause.dep_ == "acl" and clause.head.dep_ == "dobj" and clause.head.head == trigger
    return not carried and trigger.i not in {t.i for t in clause.subtree}


# words of a journey, whose place is where it ends
_JOURNEYS = frozenset({"arrive", "land", "travel", "fly", "visit", "return", "tour", "trip"})


def _verb_anchored(places: list[tuple[Span, Token]]) -> list[tuple[Span, Token]]:
    """The places, an adverb that carries a verb's phrase giving way to its verb: "taking
    dozens of hostages back to Gaza" takes them to Gaza."""
    return [
        (ent, anchor.head)
        if anchor.dep_ == "advmod" and anchor.pos_ == "ADV" and anchor.head.pos_ == "VERB"
        else (ent, anchor)
        for ent, anchor in places
    ]


def of_another_time(clause: Token) -> bool:
    """The clause is a time before or after another's: "a day after signing a pact",
    "before he left for Paris"."""
    if clause.dep_ == "pcomp":
        return clause.head.lower_ in _SEQUENCE_MARKS
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in clause.children
    )


def _within_another_time(verb: Token, trigger: Token) -> bool:
    """The verb lies in a clause of another time below the words the event hangs on, however
    deep: "expelled 23 diplomats after Moscow refused to explain how a nerve agent was used to
    poison a former spy in Salisbury" (the poisoning was there, not the expulsion). The
    place's own clause is judged by :func:`_another_act` ("killed five people before being shot
    dead in Hotan" is one scene, and so are its conjuncts)."""
    verb = first_conjunct(verb).head
    for _ in range(12):
        if verb.i == trigger.i or verb.is_ancestor(trigger) or verb.head.i == verb.i:
            return False
        if of_another_time(verb):
            return True
        verb = verb.head
    return False


def _another_act(ent: Span, verb: Token) -> bool:
    """The place belongs to a verb joined to the one above it as an act of its own: a clause
    of another time ("after leaders met in Jamaica", "before he left for Paris"), or a
    conjunct's destination ("resigned and fled to India"; "set fire to tyres and barricaded
    the gates in Soshanguve" is one scene), or where a participle took something ("attacked
    Israeli towns, taking dozens of hostages back to Gaza")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    preposition = ent.root.head
    if verb.dep_ == "advcl":
        return (
            of_another_time(verb)
            or (
                verb.tag_ == "VBG"
                and verb.lemma_.lower() in _CARRYING
                and preposition.lower_ in _DESTINATIONS
            )
            # "shot dead 58 Palestinians along the Gaza border, as the United States opened
            # its embassy in Jerusalem": another side's act at the same time, when the main
            # clause says where its own was ("demonstrated ... as Henry Tang took part in a
            # prize-giving in Sha Tin" may be there)
            or (
                any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children)
                and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children)
                and _says_where(verb.head, verb)
            )
        )
    if verb.dep_ == "pcomp":
        # "days after expelling prisoners to the United States": where they were sent, not
        # where the act told first was ("killed five people before being shot dead in Hotan"
        # is one scene)
        return of_another_time(verb) and preposition.lower_ in _DESTINATIONS
    return verb.dep_ == "conj" and (preposition.lower_ in _DESTINATIONS or _moved_on(verb))


def _says_where(verb: Token, aside: Token) -> bool:
    """The verb's phrase, outside the clause ``aside``, has a phrase of place: "along the
    Gaza border", "during protests along the Gaza border", "in the city"."""
    inside = {t.i for t in aside.subtree}
    return any(
        prep.dep_ == "prep"
        and prep.i not in inside
        and prep.lower_ in _WHERE_PREPS
        and any(
            p.dep_ == "pobj"
            and (
                p.ent_type_ in PLACE_LABELS
                or is_place_noun(p)
                or any(c.dep_ == "compound" and c.ent_type_ in PLACE_LABELS for c in p.children)
            )
            for p in prep.children
        )
        for prep in verb.subtree
    )


_WHERE_PREPS = LOCATIVE_PREPS | {"along", "on"}


def _moved_on(verb: Token) -> bool:
    """The verb's clause is told as later than the one before it: "blamed Ukraine and two
    days later struck cities across Ukraine", "the next day ..."."""
    for child in verb.children:
        if child.lower_ in _AFTERWARDS:
            return True
        if child.dep_ == "npadvmod" and any(c.lower_ in ("next", "following") for c in child.lefts):
            return True
    return False


# adverbs that move a joined clause on in time
_AFTERWARDS = frozenset({"later", "afterwards", "afterward", "subsequently"})


# verbs of taking somebody or something somewhere
_CARRYING = frozenset({"take", "bring", "carry", "send", "move", "transfer", "drag", "deport"})
# of them, those of a load hauled, whose end is far from the haulers ("ships carrying aid to
# Gaza"); one who moves or is taken somewhere may be near it already
_HAULING = (_CARRYING & {"carry", "bring"}) | {"transport", "ship", "ferry", "deliver", "haul"}
_SEQUENCE_MARKS = frozenset({"after", "before", "until", "till", "since", "once"})
_DESTINATIONS = frozenset({"to", "into", "toward", "towards", "for"})


# nouns for a country that a region's name may describe ("the Sahel country")
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "monarchy", "emirate"})

# nouns of an answer to another's act: "in retaliation for", "in response to"
_ANSWERS = frozenset({"response", "retaliation", "revenge", "reprisal", "reaction", "reply"})


def answered_act(trigger: Token) -> bool:
    """The event is the act another answers: "in retaliation for Iran's missile attack"."""
    return (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("to", "for")
        and trigger.head.head.lemma_.lower() in _ANSWERS
    )


def place_within(
    ent: Span,
    gazetteer: PlaceResolver,
    context: Sequence[str],
    capitals: Mapping[str, str] | None = None,
) -> tuple[Place | None, bool]:
    """The place ``ent`` names, read inside the larger place the text puts it in, and whether
    that larger place decided it: "Keller in Pulwama district" is a village in India, not
    Keller, Texas; "the south Lebanese village of Qana" is in Lebanon, not Qina, Egypt (the
    adjective's country, through ``capitals``: national adjective -> seat of government). When
    the gazetteer knows no place of that name there, the larger place stands for it (its
    country is what counts)."""
    place = _division_named(ent, gazetteer, context) or gazetteer.resolve(ent.text, context)
    container = _container(ent) if place is not None else None  # "Magoo's Bar in Durban": none
    outer = gazetteer.resolve(container.text, context) if container is not None else None
    if outer is None and place is not None and capitals:
        outer = _country_of_its_kind_word(ent, gazetteer, context, capitals)
    if outer is None or outer.country is None or place is None or place.country == outer.country:
        return place, False
    inside = gazetteer.resolve(ent.text, context, qualifier=outer.country)
    if inside is not None and inside.country == outer.country:
        return inside, True
    return dataclasses.replace(outer, text=ent.text), True


def _country_of_its_kind_word(
    ent: Span, gazetteer: PlaceResolver, context: Sequence[str], capitals: Mapping[str, str]
) -> Place | None:
    """The country a national adjective on the place's kind word names: "the south Lebanese
    village of Qana" -> Lebanon."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or not is_place_noun(root.head.head):
        return None
    for word in root.head.head.lefts:
        seat = capitals.get(word.lower_) if word.dep_ in ("amod", "compound") else None
        country = gazetteer.country_of(seat) if seat else None
        found = pycountry.countries.get(alpha_3=country) if country else None
        if found is not None:
            return gazetteer.resolve(getattr(found, "common_name", found.name), context)
    return None


def _division_named(ent: Span, gazetteer: PlaceResolver, context: Sequence[str]) -> Place | None:
    """The division a name and the kind word after it name together: "in northern Shan state"
    is Shan State, in Myanmar (not Shancheng, China, whose other name is Shan)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in ("state", "province"):
        return None
    found = gazetteer.resolve(f"{ent.text} {doc[ent.end].text.title()}", context)
    return dataclasses.replace(found, text=ent.text) if found is not None else None


def _container(ent: Span) -> Span | None:
    """The larger place a name is put in: "Keller in Pulwama district", "Brits, North West",
    "a village in the district of Malkangiri"."""
    root = ent.root
    preps = list(root.children)
    if root.dep_ == "pobj" and (
        root.head.lower_ in ("at", "near", "in")
        or (root.head.lower_ == "of" and is_place_noun(root.head.head))
    ):
        # "a police post at Keller in Pulwama district", "seized the town of Palma in northern
        # Mozambique", "attacked an army base in Uri in Kashmir": the parser hangs the larger
        # place on the verb or the noun the "at", "in" or "of" phrase belongs to
        holder = root.head.head
        preps += [c for h in (holder, holder.head) for c in h.children if c.i > root.i]
    for child in preps:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.head.i == root.i:
            return _with_compounds(child) if _region_word(child) else None
        if child.dep_ != "prep" or child.lower_ != "in":
            continue
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            if is_place_noun(pobj):
                named = [c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                named += [p for c in pobj.children if c.lower_ == "of" for p in c.children]
                if named:  # "Pulwama" of "Pulwama district", "Malkangiri" of "the district of"
                    return _with_compounds(named[0])
            elif pobj.pos_ == "PROPN":
                return _with_compounds(pobj)
    return None


def _inside_a_longer_name(ent: Span, gazetteer: PlaceResolver, context: Sequence[str]) -> bool:
    """The place name is the end of a longer proper name the gazetteer does not know as a
    place: "Hagia Sophia" is no Sofia."""
    longer = _with_compounds(ent.root)
    before = longer[: ent.start - longer.start]
    return (
        len(before) > 0
        # (not an acronym's: "workers stir at BALCO Raipur" are in Raipur)
        and all(
            t.pos_ == "PROPN" and t.lower_ not in _DIRECTIONS and not t.is_upper for t in before
        )
        and gazetteer.resolve(longer.text, context) is None
    )


# the adjectives that name a part of a place by its side: "northern Gaza", "eastern Ukraine"
SIDE_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central"})
# words of a part of a place: "East Mosul", "Northern Iraq", "Upper Egypt"
_DIRECTIONS = (
    _COMPASS
    | SIDE_ADJECTIVES
    | frozenset({"upper", "lower", "greater", "old", "new"})
    | frozenset({"north-east", "north-west", "south-east", "south-west"})
)


def _with_compounds(token: Token) -> Span:
    """The name ending at ``token``: it and the compounds before it ("Khan Younis")."""
    start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
    return token.doc[start : token.i + 1]


def _region_word(token: Token) -> bool:
    """An apposition that can be a larger place ("Brits, North West", "Gaya, Bihar"), not a
    news agency or a date after a dateline ("PORT ELIZABETH, July 23 (ANA)")."""
    return token.ent_type_ not in ("ORG", "DATE", "TIME", "PERSON") and not token.is_upper
