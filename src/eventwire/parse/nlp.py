"""Builds the spaCy pipeline. The only module that loads spaCy models or registers components."""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language

from ..errors import ModelNotFoundError
from .attributes import replace_attribute_ruler
from .lemmas import remember_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Components eventwire never reads: dropping them is free speed.
_UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "senter")


@Language.component("eventwire_line_breaks_v1")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bylines and paragraphs never run together.

    Runs before the parser, which keeps boundaries that are already set.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif _stamp_end(previous) and (token.is_title or token.is_upper) and token.is_alpha:
            # "Express News Service : Pune , Fri Mar 18 2011 , 02:17 hrs Lokayat ... staged a
            # dharna": a byline's time stamp ends it; the story starts after it
            token.is_sent_start = True
        elif previous.text in _DASHES and _dateline_before(previous):
            # "BAGHDAD - A US drone strike killed ...": the story starts after its dateline,
            # which the parser would otherwise make the subject ("strike" its apposition); the
            # sentence runs to its full stop ("SINGAPORE - US President Donald Trump ...": no
            # sentence "US")
            token.is_sent_start = True
            for word in doc[token.i + 1 : token.i + 80]:
                last = word.nbor(-1)
                if last.text in (".", "!", "?") or "\n" in last.text + last.whitespace_:
                    break
                word.is_sent_start = False
        elif token.text in ("-", "–", "—") and _byline_follows(token):
            # "more citizens plan to support Hazare - Indian Express Express News Service ,
            # Express News Service : Pune , ...": the headline ends where its byline starts
            token.is_sent_start = True
        elif token.text == "The" and _headline_end(previous):
            # "Holds demonstration in front of SE office in Nizamabad The TDP Legislators on
            # Saturday warned ...": a capital "The" after a noun starts the body
            token.is_sent_start = True
        elif token.text == ":" and _capitals(previous):
            # "Two Maoists killed in Orissa 22nd June 2009 09:49 AM BHUBANESWAR : Two Maoist
            # guerrillas were killed ...": a dateline in running text starts the story's body
            start = previous
            while start.i > 1 and (
                _capitals(doc[start.i - 1])
                # "THANJAVUR / TIRUCHI :": two places of one dateline
                or (doc[start.i - 1].text in ("/", "&") and _capitals(doc[start.i - 2]))
            ):
                start = doc[start.i - 1]
            before = doc[start.i - 1] if start.i > 0 else None
            if before is not None and not before.is_left_punct and not before.is_quote:
                start.is_sent_start = True  # "Express News Service : RAIPUR : ..." too
    return doc


class StoryStart:
    """A plural noun that opens a story after its dateline is a noun again.

    The small tagger reads the capitalised first word after "KHARTOUM -" as a name ("Clashes",
    "Militants", "Drones" tagged NNP with the lemma "Clashes"), so the word is no event and no
    plural group. The word becomes a plural noun where it ends in "s", its singular is a noun
    the lemmatizer knows, it is the subject, and the story never writes it capitalised inside
    a sentence (where "Hamas" or "Wales" would show themselves as names). Runs after the
    parser and before the tag attributes and the lemmatizer, which then read "clash"."""

    def __init__(self, nouns: frozenset[str]) -> None:
        self.nouns = nouns

    def __call__(self, doc: Doc) -> Doc:
        if not self.nouns:
            return doc
        for token in doc[2:]:
            dash = doc[token.i - 1]
            if (
                dash.text in _DASHES
                and self._plural_noun_read_as_name(token)
                and _dateline_before(dash)
                and not _named_inside(token)
            ):
                token.tag_ = "NNS"
        return doc

    def _plural_noun_read_as_name(self, token: Token) -> bool:
        word = token.lower_
        if token.tag_ not in ("NNP", "NNPS") or not token.is_title or not word.endswith("s"):
            return False
        if word.endswith(("ss", "us")) or token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if token.i + 1 < len(token.doc) and token.nbor().tag_ in ("NNP", "NNPS"):
            return False  # "Rahmat Shah said": a name's first word
        if word.endswith("ies"):
            singular = word[:-3] + "y"  # "militias"
        elif word.endswith(("ches", "shes", "xes", "zes", "sses")):
            singular = word[:-2]  # "clashes", not "Hamas" read as "ham"
        else:
            singular = word[:-1]
        return singular in self.nouns


def _named_inside(token: Token) -> bool:
    """The word is written capitalised elsewhere in the story, not first in its sentence."""
    return any(
        other.text == token.text and other.i != token.i and not other.is_sent_start
        for other in token.doc
    )


@Language.factory("eventwire_story_start_v1")
def make_story_start(nlp: Language, name: str) -> StoryStart:
    """Reads the nouns the model's rule lemmatizer knows; without one the component is idle."""
    nouns: frozenset[str] = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        lemmatizer = getattr(lemmatizer, "lemmatizer", None) or lemmatizer  # remembered
        lookups = getattr(lemmatizer, "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            nouns = frozenset(lookups.get_table("lemma_index").get("noun", ()))
    return StoryStart(nouns)


@Language.component("eventwire_verb_repair_v1")
def verb_repair(doc: Doc) -> Doc:
    """A verb the small parser read as an adjective of the sentence's noun becomes the verb
    again. In "Trump ordered air strikes on Syria" the parser makes "strikes" the root and
    "ordered" its adjective, with "Trump" as the adjective's subject; a past form with a subject,
    before a root noun, is the clause's verb and the noun its object. Runs after the parser and
    before the attribute rules, so it reads tags, not parts of speech."""
    for token in doc:
        head = token.head
        if (
            token.dep_ == "amod"
            and token.tag_ in ("VBD", "VBN")
            and head.dep_ == "ROOT"
            # tags: the attribute ruler sets POS later ("Trump fired FBI Director James
            # Comey": a name, the object, as root too)
            and head.tag_ in ("NN", "NNS", "NNP", "NNPS")
            and head.i > token.i
            and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
        ):
            _hang(token, token, "ROOT")
            _hang(head, token, "dobj")
        elif _name_read_as_noun_root(token):
            # "Trump lifted sanctions on Israeli settlers": the small model reads "Trump" as a
            # noun heading the sentence (or as an adjective of "sanctions", the root) and
            # "lifted" as an adjective of "sanctions"
            noun = token.head
            root = noun.head if noun.dep_ != "ROOT" else token.doc[token.i - 1]
            for child in list(root.children):
                if child.i != noun.i:
                    child.head = token
            _hang(token, token, "ROOT")
            token.tag_ = "VBD"
            _hang(root, token, "nsubj")
            root.tag_ = "NNP"
            _hang(noun, token, "dobj")
        elif (verb := _verb_after_a_name_read_as_verb(token)) is not None:
            # "Trump formally recognised Israeli sovereignty": the parser reads "Trump" as the
            # root verb and "recognised" as an adjective of its object; the name is the
            # subject of the past verb after it
            for child in list(token.children):
                if child.i != verb.i:
                    child.head = verb
            _hang(verb, verb, "ROOT")
            _hang(token, verb, "nsubj")
            token.tag_ = "NNP"
        elif _subject_read_as_adjective(token):
            # "Myanmar's military seized power on Monday": the parser reads "military" and
            # "seized" as two adjectives of "power", the root; the word before the past verb
            # heads its subject, and the root noun is its object
            noun = token.head
            subject = token.doc[token.i - 1]
            # "... seized power on Monday and detained Aung San Suu Kyi": the noun read as the
            # subject of the verb after "and", which is the past verb's second act
            second = noun.head if noun.dep_ == "nsubj" else None
            for child in list(noun.children):
                if child.i < subject.i:
                    child.head = subject
                elif child.i > noun.i:
                    child.head = token
            _hang(token, token, "ROOT")
            _hang(subject, token, "nsubj")
            subject.tag_ = "NN" if subject.tag_ == "JJ" else subject.tag_
            _hang(noun, token, "dobj")
            if second is not None:
                _hang(second, token, "conj")
        elif _relative_read_as_main(token):
            # "Congo accused Rwanda of backing the rebels, a charge Kigali denied": the
            # parser makes "denied" the root, with "a charge" its subject, "Kigali" the
            # charge's apposition and the accusation its complement; the accusation is the
            # sentence's clause and "Kigali denied" a relative clause on the charge
            clause = next(c for c in token.children if c.dep_ == "ccomp")
            noun = next(c for c in token.children if c.dep_ == "nsubj")
            name = next(c for c in noun.children if c.dep_ == "appos")
            for child in list(token.children):
                if child.i not in (clause.i, noun.i):
                    child.head = clause
            _hang(clause, clause, "ROOT")
            _hang(noun, clause, "npadvmod")
            _hang(token, noun, "relcl")
            _hang(name, token, "nsubj")
        elif _participle_read_as_clause(token):
            # "Investigators detained impeached President Yoon at his residence": the parser
            # makes "impeached" a clause of its own, with Yoon its object; it describes Yoon,
            # the one detained
            verb = token.head
            thing = next(c for c in token.children if c.dep_ == "dobj")
            for child in list(token.children):
                if child.i > thing.i:
                    child.head = verb
            thing.head = verb
            _hang(token, thing, "amod")
        elif _gerund_subject_read_as_object(token):
            # "dropped its objection to Sweden joining NATO": the parser hangs "joining" on
            # "dropped", as Turkey's act; Sweden is the one who would join
            _hang(token, first_conjunct(token.doc[token.i - 1]), "acl")
        elif (voter := _voter_of_a_counted_participle(token)) is not None:
            # "residents of four occupied Ukrainian regions had voted": the parser makes
            # "occupied" the clause's verb, with the residents its subject and the regions its
            # object; it describes the regions, and the residents voted
            number = token.doc[token.i - 1]
            noun = next(c for c in token.children if c.dep_ == "dobj")
            for child in list(token.children):
                if child.dep_ in ("nsubj", "mark"):
                    child.head = voter
            _hang(noun, number.head, "pobj")
            _hang(number, noun, "nummod")
            _hang(token, noun, "amod")
        elif (infinitive := _infinitive_joined_to_a_gerund(token)) is not None:
            # "agreed to ban Belarusian airlines from flying over the bloc and to impose new
            # sanctions": the parser joins "to impose" to "flying"; it is joined to "to ban"
            joint = next((c for c in token.head.children if c.dep_ == "cc" and c.i < token.i), None)
            token.head = infinitive
            if joint is not None:
                joint.head = infinitive
        elif _infinitive_read_as_preposition(token):
            # "stormed the Taj Mahal hotel to free hostages": the parser reads "to free
            # hostages" as a phrase of place with "free" an adjective; it is a purpose clause
            adjective = token.doc[token.i + 1]
            noun, verb = adjective.head, token.head
            _hang(adjective, verb, "advcl")
            adjective.tag_ = "VB"
            _hang(token, adjective, "aux")
            token.tag_ = "TO"
            _hang(noun, adjective, "dobj")
        elif _preposition_read_as_infinitive(token):
            # "sent rescue teams to eastern Libya": the parser reads "to eastern" as an
            # infinitive whose object is Libya; "to" is the preposition, "eastern" Libya's
            adjective = token.head
            noun = next(c for c in adjective.children if c.dep_ == "dobj")
            verb = adjective.head
            for child in list(adjective.children):
                if child.i not in (token.i, noun.i):
                    child.head = verb
            _hang(token, verb, "prep")
            token.tag_ = "IN"
            _hang(noun, token, "pobj")
            _hang(adjective, noun, "amod")
        elif _complement_read_as_purpose(token):
            # "Bahrain agreed on Friday to normalise relations with Israel": a phrase between
            # the verb and its infinitive makes the parser read a purpose; it is what was agreed
            token.dep_ = "xcomp"
        elif _then_read_as_unattached(token):
            # "scrambled a fighter jet ..., then arrested a dissident journalist": the parser
            # leaves the second act unattached ("dep"); it is joined to the first, and a
            # subject read after it ("then arrested opposition journalist Roman Protasevich")
            # is its object
            token.dep_ = "conj"
            for child in token.children:
                if child.dep_ == "nsubj" and child.i > token.i:
                    child.dep_ = "dobj"
        elif _charge_read_as_act(token):
            # "detained the mayor on charges of corruption and aiding a terrorist group": the
            # parser joins "aiding" to "detained", as the police's second act; it is the second
            # charge
            charge = token.doc[token.i - 2]
            token.head = charge
            token.doc[token.i - 1].head = charge
        elif _held_hostage_misread(token):
            # "Hamas released three Israeli women held hostage": the parser makes "women
            # held hostage" a clause whose women hold somebody; they are the ones held, the
            # object of the verb before them
            noun = next(c for c in token.children if c.dep_ == "nsubj")
            verb = token.head
            _hang(noun, verb, "dobj")
            _hang(token, noun, "acl")
            token.tag_ = "VBN"
        elif _acronym_read_as_verb(token):
            # "leaving the West African bloc ECOWAS": the tagger reads the bloc's acronym as a
            # verb ("ecowa"), and the parser makes it a clause; it names the noun before it
            for child in list(token.children):
                child.head = token.head  # "with immediate effect": the leaving's
            _hang(token, token.doc[token.i - 1], "appos")
            token.tag_ = "NNP"
        elif (verb := _verb_of_a_gerund_subject(token)) is not None:
            # "accused Tajikistan of shelling villages as fighting along the border killed 24
            # people": the parser reads "as fighting" as a clause of its own and "killed" as a
            # second one with no subject; the fighting is what killed them
            for child in list(token.children):
                if child.dep_ == "mark":
                    child.head = verb
            _hang(token, verb, "nsubj")
            token.tag_ = "NN"
            verb.tag_ = "VBD"
        elif (day := _day_compounded_to_a_name(token)) is not None:
            # "On Friday Beijing ordered the United States to close its consulate": the
            # parser reads "Friday Beijing" as one name, the object of "On" (or the subject);
            # the day is the time, and the name the verb's subject
            verb = token.head.head if token.dep_ == "pobj" else token.head
            preposition = token.head if token.dep_ == "pobj" else day.doc[day.i - 1]
            _hang(day, preposition, "pobj")
            _hang(preposition, verb, "prep")
            _hang(token, verb, "nsubj")
        elif _subject_read_as_a_joined_object(token):
            # "The Arab League condemned the invasion and Egypt called for an emergency
            # meeting": the parser joins "Egypt" to the object and hangs "called" on the first
            # verb with no subject; Egypt is the subject of the second clause
            name, verb = token.doc[token.i - 1], token.head
            joint = token.doc[name.left_edge.i - 1]
            _hang(name, token, "nsubj")
            _hang(joint, verb, "cc")
            _hang(token, verb, "conj")
        elif _object_read_as_subject_of_a_joined_clause(token):
            # "Cuba released American contractor Alan Gross, and the United States freed
            # three Cuban agents": the parser reads "Gross, and the United States" as the
            # subject of a clause of "released"; Gross is the object, the United States the
            # subject of a second clause joined to the first
            verb = token.head
            subject = next(c for c in token.children if c.dep_ == "nsubj")
            second = next(c for c in subject.children if c.dep_ == "conj")
            joint, comma = token.doc[second.left_edge.i - 1], token.doc[second.left_edge.i - 2]
            _hang(token, verb, "conj")
            _hang(subject, verb, "dobj")
            _hang(second, token, "nsubj")
            _hang(joint, verb, "cc")
            _hang(comma, verb, "punct")
        elif _finite_verb_joined_to_an_infinitive(token):
            # "Washington ordered 60 Russians to leave and closed the Russian consulate": the
            # parser joins "closed" to "to leave", as the Russians' act; a finite verb of the
            # main verb's tense goes on from the main verb
            infinitive = token.head
            for child in list(infinitive.children):
                if child.dep_ == "cc" and infinitive.i < child.i < token.i:
                    child.head = infinitive.head
            token.head = infinitive.head
        elif _verb_read_as_adjective_of_an_apposition(token):
            # "Thailand's army chief General Prayuth Chan-ocha seized power in a coup": the
            # parser makes "chief" the root, the name and "power" its appositions and "seized"
            # an adjective of "power"; the verb is the root, the chief its subject
            # (the verb and the nouns are re-hung before the phrases move: moved first, they
            # were missing from the verb's children in spaCy's bookkeeping)
            noun, root = token.head, token.head.head
            moved = [c for c in list(noun.children) + list(root.children) if c.i > noun.i]
            _hang(token, token, "ROOT")
            token.tag_ = "VBD"
            _hang(root, token, "nsubj")
            _hang(noun, token, "dobj")
            for child in moved:
                child.head = token
        elif _joined_verb_read_as_adjective(token):
            # "Pyongyang denied any role and threatened war if Seoul imposed sanctions": the
            # parser reads "threatened" as an adjective of "war", the first verb's second
            # object; the verb is joined to the first, "war" its object, the rest its own
            noun, verb = token.head, token.head.head
            _hang(token, verb, "conj")
            _hang(noun, token, "dobj")
            _hang(token.doc[token.i - 1], verb, "cc")
            for child in list(verb.children):
                if child.i > noun.i:
                    child.head = token
        elif (title := _title_read_as_a_joined_name(token)) is not None:
            # "Santos and FARC leader Rodrigo Londono signed": the parser joins "leader" and
            # "Rodrigo Londono" to Santos as two people; the noun is the name's title
            _hang(title, token, "compound")
        elif _description_hung_on_the_object(token):
            # "Biden called Assad's fall a fundamental act of justice", "called the accusations
            # fabricated": the parser hangs "a fundamental act" on "fall" as its object, and
            # reads "fabricated" as a participle describing the accusations; each is what the
            # verb calls its object
            _hang(token, token.head.head, "oprd")
        elif _speaker_act_joined_to_a_verdict(token):
            # "Erdogan said the isolation of Qatar was wrong and pledged to send food": the
            # parser joins "pledged" to "was"; the speaker pledged, so it goes on from "said"
            verdict = token.head
            for child in list(verdict.children):
                if child.dep_ == "cc" and child.i < token.i:
                    child.head = verdict.head
            token.head = verdict.head
        elif _plural_noun_read_as_a_clause(token):
            # "imposed asset freezes on Russian officials": the parser reads "asset" as a
            # subject and "freezes" as its verb, a clause of "imposed"; the noun is what was
            # imposed, and "asset" its compound
            # ("imposed travel bans and asset freezes on": "bans" the subject, "asset" joined
            # to it; the bans are the first thing imposed, the freezes joined to them)
            word = token.doc[token.i - 1]
            if word.dep_ == "conj":
                first = word.head
                for child in list(token.children):
                    if child.dep_ == "prep":
                        child.head = first  # "on Russian officials": on whom both were imposed
                _hang(first, token.head, "dobj")
                _hang(token, first, "conj")
            else:
                _hang(token, token.head, "dobj")
            token.tag_ = "NNS"
            _hang(word, token, "compound")
        elif _plural_noun_read_as_an_object_verb(token):
            # "announced live-fire military drills around the island": the tagger reads
            # "drills" as a present verb, which the parser still hangs as the object
            token.tag_ = "NNS"
        elif _subordinator_read_as_preposition(token):
            # "recalled its ambassador after Mexico granted asylum to Morales": the parser
            # reads "after Mexico" as a phrase of the object and "granted" as a clause with no
            # subject; "after" opens the clause, and the name is its subject
            name = token.doc[token.i - 1]
            _hang(name.head, token, "mark")
            _hang(name, token, "nsubj")
        elif (called := _name_read_as_what_is_called(token)) is not None:
            # "Biden condemned the attack and called Trump": with no object before it, the
            # parser reads the name as what an object is called; it is whom Biden called
            called.dep_ = "dobj"
        elif (described := _subject_of_a_described_noun_root(token)) is not None:
            # "Russia, which backs Serbia, called on the Security Council ...", "China, the
            # North's main ally, called on both sides ...": after the comma that closes the
            # description the parser hangs the verb on the noun, the sentence's root, as a
            # clause describing it; the verb is the root, and the noun its subject
            for child in list(described.children):
                if child.i > token.i:
                    child.head = token
            _hang(token, token, "ROOT")
            token.tag_ = "VBD"
            _hang(described, token, "nsubj")
        elif _second_act_read_after_fire(token):
            # "returned fire and scrambled fighter jets", "opened fire and wounded three
            # protesters": the parser reads the past verb as an adjective of a second thing
            # fired; fire is fired alone, and the verb is the subject's second act
            noun, fire = token.head, token.head.head
            verb = fire.head
            _hang(token.doc[token.i - 1], verb, "cc")
            _hang(token, verb, "conj")
            token.tag_ = "VBD"
            _hang(noun, token, "dobj")
        elif (attack := _attack_of_a_relative_on_a_date_or_place(token)) is not None:
            # "an Israeli strike on its embassy in Damascus on April 1, which killed seven
            # members of the Guards": the parser hangs the clause on the date (or the town)
            # before it; what killed them is the strike
            _hang(token, attack, "relcl")
        elif _name_read_as_modal(token):
            # "May told parliament that Russia was culpable": the month's or the modal's word
            # before a past verb is a name, the verb's subject
            _hang(token, token.head, "nsubj")
            token.tag_ = "NNP"
    return doc


_DAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _day_compounded_to_a_name(token: Token) -> Token | None:
    """The weekday of a sentence-opening "On Friday" read into the name after it ("On
    Friday Beijing ordered"): the day, when the name heads a verb's subject or the object of
    "On" with the verb lacking a subject."""
    day = token.doc[token.i - 1] if token.i >= 2 else None
    if day is None or day.text not in _DAYS or day.head.i != token.i or day.dep_ != "compound":
        return None
    on = token.doc[day.i - 1]
    if on.lower_ != "on" or not on.is_sent_start or token.tag_ != "NNP":
        return None
    if token.dep_ == "nsubj" and token.head.tag_.startswith("VB") and on.head.i == token.head.i:
        return day
    verb = on.head
    if (
        token.dep_ == "pobj"
        and token.head.i == on.i
        and verb.tag_.startswith("VB")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return day
    return None


def _subject_read_as_a_joined_object(token: Token) -> bool:
    """A past verb with no subject, hung on the verb before it, right after a name the parser
    joined with "and" to that verb's object: "condemned the invasion and Egypt called",
    "suspended Mali's membership and the United States cut off some aid"."""
    if token.i < 3 or token.tag_ != "VBD" or token.dep_ not in ("advcl", "conj", "ccomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    name = token.doc[token.i - 1]
    joint = token.doc[name.left_edge.i - 1]  # (before "the United States")
    thing = name.head
    return (
        name.tag_ in ("NNP", "NNPS")
        and name.dep_ == "conj"
        and joint.lower_ == "and"
        and joint.head.i == thing.i
        and thing.dep_ in ("dobj", "obj")
        and thing.head.i == token.head.i
    )


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})

# verbs whose object is a measure, never a clause: "imposed asset freezes", "lifted travel bans"
_MEASURES_TAKEN = frozenset(
    f"{stem}{ending}"
    for stem in ("impos", "lift", "eas", "extend", "introduc", "slap", "tighten", "expand")
    for ending in ("e", "es", "ed", "ing", "", "s")
)


# words that open a clause of time or cause, and are prepositions too: "after the war"
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "because", "once"})


def _object_read_as_subject_of_a_joined_clause(token: Token) -> bool:
    """A past verb read as the clause a subjectless verb before it says, with that verb's
    object as its subject and the second clause's subject joined to it after ", and": "Cuba
    released American contractor Alan Gross, and the United States freed three Cuban agents"."""
    verb = token.head
    if token.dep_ != "ccomp" or token.tag_ != "VBD" or verb.tag_ != "VBD":
        return False
    if verb.lower_ in _SAYING_FORMS or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or subject.left_edge.i != verb.i + 1:
        return False
    second = next((c for c in subject.children if c.dep_ == "conj"), None)
    if second is None or second.right_edge.i + 1 != token.i:
        return False
    joint, comma = token.doc[second.left_edge.i - 1], token.doc[second.left_edge.i - 2]
    return joint.lower_ == "and" and comma.text == ","


# past forms of verbs whose clause is what was said or known ("said Gross, and the United
# States ..." could be said)
_SAYING_FORMS = frozenset(
    {
        "said",
        "told",
        "added",
        "announced",
        "reported",
        "claimed",
        "stated",
        "noted",
        "warned",
        "insisted",
        "believed",
        "thought",
        "knew",
        "argued",
        "denied",
        "confirmed",
        "feared",
        "hoped",
        "suggested",
        "agreed",
        "decided",
        "ruled",
        "found",
        "learned",
        "stressed",
        "alleged",
        "declared",
        "acknowledged",
        "admitted",
        "explained",
        "wrote",
        "recalled",
    }
)


def _name_read_as_what_is_called(token: Token) -> Token | None:
    """The name right after a joined "called" that has no object, read as the naming word
    ("oprd"): "condemned the attack and called Trump"."""
    if token.lower_ != "called" or token.dep_ != "conj":
        return None
    if any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in token.children):
        return None
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "oprd" and c.tag_ in ("NNP", "NNPS") and c.left_edge.i == token.i + 1
        ),
        None,
    )


def _subordinator_read_as_preposition(token: Token) -> bool:
    """A past verb with no subject right after a name that is the object of "after" (or
    another subordinator): "after Mexico granted asylum" ("after Mexico" read as a phrase)."""
    if token.i < 2 or token.tag_ != "VBD" or token.dep_ not in ("advcl", "conj", "dep"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    name = token.doc[token.i - 1]
    return (
        name.tag_ in ("NNP", "NNPS")
        and name.dep_ == "pobj"
        and name.head.lower_ in _SUBORDINATORS
        and name.head.i == name.left_edge.i - 1
    )


def _plural_noun_read_as_a_clause(token: Token) -> bool:
    """A present verb right after a bare singular noun, read as that noun's verb in a clause of
    a verb that takes measures, not clauses: "imposed asset freezes on" ("asset" its subject)."""
    if token.i < 2 or token.tag_ != "VBZ" or token.dep_ != "ccomp":
        return False
    word, verb = token.doc[token.i - 1], token.head
    # the subject itself ("asset freezes"), or joined to it ("travel bans and asset freezes")
    subject = word.head if word.dep_ == "conj" else word
    return (
        verb.lower_ in _MEASURES_TAKEN
        and verb.i == subject.left_edge.i - 1
        and word.tag_ == "NN"
        and subject.dep_ == "nsubj"
        and subject.head.i == token.i
        and not list(word.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children if c.i != token.i)
    )


def _plural_noun_read_as_an_object_verb(token: Token) -> bool:
    """A present verb in "-s" the parser hangs as an object, with no subject or object of its
    own: a plural noun ("drills", "talks")."""
    return (
        token.tag_ == "VBZ"
        and token.dep_ in ("dobj", "pobj")
        and token.lower_.endswith("s")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp") for c in token.children)
    )


def _finite_verb_joined_to_an_infinitive(token: Token) -> bool:
    """A finite verb joined to an infinitive that completes a verb of the same tense:
    "ordered 60 Russians to leave and closed the consulate" ("closed" joined to "leave")."""
    infinitive = token.head
    return (
        token.dep_ == "conj"
        and token.tag_ in ("VBD", "VBZ")
        and infinitive.tag_ == "VB"
        and infinitive.dep_ == "xcomp"
        and marked_infinitive(infinitive)
        and (infinitive.head.tag_ == token.tag_ or _past_perfect_then_past(infinitive.head, token))
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _past_perfect_then_past(perfect: Token, past: Token) -> bool:
    """ "had ordered him to step down and threatened a vote": a past verb that goes on from a
    past perfect one (its "had" left out)."""
    return (
        perfect.tag_ == "VBN"
        and past.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in perfect.children)
    )


def _verb_read_as_adjective_of_an_apposition(token: Token) -> bool:
    """A past verb read as the adjective of the noun right after it, which the parser hangs as
    an apposition on a root noun before the verb, in a sentence with no other finite verb: "army
    chief General Prayuth Chan-ocha seized power" ("seized" an adjective of "power")."""
    noun = token.head
    root = noun.head
    if token.dep_ != "amod" or token.tag_ not in ("VBD", "VBN") or noun.i != token.i + 1:
        return False
    if noun.dep_ != "appos" or root.dep_ != "ROOT" or root.tag_ not in ("NN", "NNS", "NNP"):
        return False
    sentence = token.sent
    return (
        root.i < token.i
        and token.doc[token.i - 1].head.i == root.i
        and not any(t.tag_ in _FINITE for t in sentence if t.i != token.i)
    )


def _joined_verb_read_as_adjective(token: Token) -> bool:
    """A past verb after "and" read as the adjective of the noun right after it, which the
    parser hangs as a second object of the verb before "and": "denied any role and threatened
    war" ("threatened" an adjective of "war")."""
    noun = token.head
    verb = noun.head
    return (
        token.dep_ == "amod"
        and token.tag_ == "VBD"
        and noun.i == token.i + 1
        and noun.dep_ == "dobj"
        and verb.tag_ == "VBD"
        and verb.i < token.i - 1
        and token.doc[token.i - 1].lower_ == "and"
        and token.doc[token.i - 1].head.i in (verb.i, noun.i)
        and any(c.dep_ == "dobj" and c.i < token.i for c in verb.children)
    )


def _title_read_as_a_joined_name(token: Token) -> Token | None:
    """The common noun right before a joined capitalised name, joined to the same word: the
    name's title ("leader" in "Santos and FARC leader Rodrigo Londono")."""
    if token.dep_ != "conj" or token.tag_ != "NNP" or not token.is_title or token.text in _DAYS:
        return None
    start = token.left_edge.i
    if start == 0 or any(t.tag_ != "NNP" for t in token.doc[start : token.i]):
        return None
    noun = token.doc[start - 1]
    if noun.tag_ != "NN" or noun.dep_ != "conj" or noun.head.i != token.head.i:
        return None
    return noun


# verbs that give their object a second noun, what it is called: "called the deal a mistake"
# (word forms: the repair runs before the lemmatizer)
_CALLING = frozenset(
    form + ending
    for form in ("call", "label", "brand", "term", "deem")
    for ending in ("", "s", "ed", "ing")
)


def _description_hung_on_the_object(token: Token) -> bool:
    """What a calling verb calls its object, hung on that object after it: an indefinite noun
    phrase read as its object ("called Assad's fall a fundamental act of justice"), or a bare
    participle right after it ("called the accusations fabricated")."""
    thing = token.head
    if thing.dep_ != "dobj" or thing.i >= token.i or thing.head.lower_ not in _CALLING:
        return False
    if token.dep_ == "dobj":
        return (
            token.tag_ in ("NN", "NNS")
            and thing.tag_ in ("NN", "NNS", "NNP")
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        )
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and not any(token.children)
        and thing.i == token.i - 1
    )


# what speakers go on to do after a verdict they give: "said the isolation of Qatar was wrong
# and pledged to send food" (word forms: the repair runs before the lemmatizer)
_SPEAKERS_NEXT = frozenset(
    {"pledged", "vowed", "promised", "urged", "called", "demanded", "appealed", "warned"}
    | {"offered", "added", "announced", "accused", "condemned", "criticised", "criticized"}
    | {"rejected", "denied"}
)
_VERDICT_COPULAS = frozenset({"was", "were", "is", "are"})
# things told of in a speaker's words, which do no speaker's acts: "said the visit undermined
# peace and announced drills" (the visit announced nothing)
_DEEDS_TOLD = frozenset(
    {"visit", "trip", "move", "decision", "deal", "attack", "strike", "strikes", "blast"}
    | {"explosion", "plan", "law", "vote", "referendum", "measure", "measures", "step"}
    | {"agreement", "action", "actions", "policy", "remarks", "comments", "statement", "test"}
)


def _speaker_act_joined_to_a_verdict(token: Token) -> bool:
    """A speaker's second act joined to the copula of what they said: in "Erdogan said the
    isolation of Qatar was wrong and pledged to send food" the parser joins "pledged" to "was",
    with the isolation as its subject. A thing (a common noun no name tags) pledges nothing;
    the one who said it does. So too after a deed told ("the visit undermined peace")."""
    verdict = token.head
    if (
        token.dep_ != "conj"
        or token.tag_ != "VBD"
        or token.lower_ not in _SPEAKERS_NEXT
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        or verdict.dep_ != "ccomp"
        or verdict.head.lower_ not in ("said", "says", "told")
    ):
        return False
    subjects = [c for c in verdict.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ not in ("NN", "NNS") or subjects[0].ent_type_:
        return False
    copula = verdict.lower_ in _VERDICT_COPULAS and any(
        c.dep_ in ("acomp", "attr") and c.i < token.i for c in verdict.children
    )
    # (or a deed's verb: "said the visit seriously undermined peace and announced drills")
    deed = verdict.tag_ == "VBD" and subjects[0].lower_ in _DEEDS_TOLD
    return (copula or deed) and any(c.dep_ == "nsubj" for c in verdict.head.children)


def _subject_of_a_described_noun_root(token: Token) -> Token | None:
    """The root noun whose clause the parser made of the past verb after the comma closing
    the noun's relative clause or apposition: "Russia, which backs Serbia, called on ...",
    "China, the North's main ally, called on ..." ("called" a clause on "Russia" or on
    "ally"). With the noun as root the sentence has no other verb to be its own."""
    if token.dep_ != "acl" or token.tag_ not in ("VBD", "VBN") or token.i < 4:
        return None
    if token.doc[token.i - 1].text != "," or any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in token.children
    ):
        return None
    described = token.head
    noun = described.head if described.dep_ == "appos" else described
    if noun.dep_ != "ROOT" or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    description = next(
        (c for c in noun.children if c.dep_ in ("relcl", "appos") and noun.i < c.i < token.i),
        None,
    )
    if description is None or token.doc[noun.i + 1].text != ",":
        return None
    return noun


def _second_act_read_after_fire(token: Token) -> bool:
    """A past form right after "and" read as an adjective of a noun joined to the "fire" a
    past verb fires: "returned fire and scrambled fighter jets"."""
    noun = token.head
    fire = noun.head
    return (
        token.dep_ == "amod"
        and token.tag_ in ("VBD", "VBN")
        and token.i > 1
        and token.doc[token.i - 1].lower_ == "and"
        and noun.dep_ == "conj"
        and noun.i > token.i
        and fire.lower_ == "fire"
        and fire.dep_ == "dobj"
        and fire.head.tag_ == "VBD"
    )


# attacks told of, and what they did to those they hit, as written (the repairs run before
# the lemmatizer)
_ATTACKS_TOLD = frozenset(
    {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids"}
    | {"bombing", "bombings", "bombardment", "shelling", "blast", "blasts", "explosion"}
    | {"explosions", "assault"}
)
_HARMS_DONE = frozenset({"killed", "wounded", "injured", "destroyed", "damaged"})
_WHERE_AND_WHEN = frozenset({"in", "on", "at", "near", "outside"})


def _attack_of_a_relative_on_a_date_or_place(token: Token) -> Token | None:
    """The attack a "which" clause of harm is about when the parser hung it on a date or on
    a place in the attack's phrases: "a strike on its embassy in Damascus on April 1, which
    killed ..." ("killed" a clause on "April" or on "Damascus"). A date kills nobody, nor
    does a town in a phrase of where: the attack named before them, with nothing but their
    phrases between, did."""
    if token.dep_ != "relcl" or token.lower_ not in _HARMS_DONE:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "which" for c in token.children):
        return None
    held = token.head  # (tags: names are not tagged yet)
    if held.tag_ != "NNP" or held.dep_ != "pobj" or held.head.lower_ not in _WHERE_AND_WHEN:
        return None
    for word in reversed(token.doc[token.sent.start : held.i]):
        if word.tag_.startswith("VB") or word.tag_ == "MD":
            return None
        if word.lower_ in _ATTACKS_TOLD and word.tag_ in ("NN", "NNS"):
            return word
    return None


def _name_read_as_modal(token: Token) -> bool:
    """Capitalised "May" read as the modal of a past verb ("May told", "May said"): a modal
    takes a bare verb, so it is the subject's name."""
    return (
        token.text == "May"
        and token.dep_ == "aux"
        and token.head.tag_ == "VBD"
        and token.head.i == token.i + 1
    )


def _name_read_as_noun_root(token: Token) -> bool:
    """A past verb read as the adjective of the object of a capitalised first word taken for
    the sentence's noun root: "Trump lifted sanctions on ..." (root "Trump", "lifted" an
    adjective of "sanctions")."""
    noun = token.head
    if token.dep_ != "amod" or token.tag_ not in ("VBD", "VBN") or noun.i <= token.i:
        return False
    if token.i == 0 or token.i - 1 != token.sent.start:
        return False
    name = token.doc[token.i - 1]
    # (or an acronym: "ECOWAS lifted sanctions on Mali")
    if not (name.tag_ in ("NN", "NNP") and (name.is_title or (name.is_upper and len(name) > 1))):
        return False
    if noun.dep_ == "ROOT":  # "Trump" read as another adjective of the root "sanctions"
        return name.head.i == noun.i and name.dep_ in ("amod", "compound")
    return (
        noun.dep_ in ("dobj", "compound", "nsubj")
        and noun.head.i == name.i
        and name.dep_ == "ROOT"
        and not any(c.dep_ == "amod" and c.i < token.i for c in noun.children)
    )


def _verb_after_a_name_read_as_verb(token: Token) -> Token | None:
    """The past verb after a sentence's capitalised first word that the parser took for the
    root verb, when only adverbs stand between them and the past verb is read as an adjective
    of the root's object: "Trump formally recognised Israeli sovereignty"."""
    if token.i != token.sent.start or token.dep_ != "ROOT" or token.tag_ not in ("VB", "VBP"):
        return None
    if not token.is_title:
        return None
    doc = token.doc
    position = token.i + 1
    while position < token.sent.end and doc[position].tag_ == "RB":
        position += 1
    if position == token.i + 1 or position >= token.sent.end:
        return None  # no adverb between: "Trump lifted ..." is another repair's
    verb = doc[position]
    object_ = verb.head
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or object_.head.i != token.i:
        return None
    return verb if object_.dep_ == "dobj" and object_.i > verb.i else None


def _subject_read_as_adjective(token: Token) -> bool:
    """A finite past verb read, with the word before it, as an adjective of the sentence's
    root noun, when that word follows a determiner or a possessive: "Myanmar's military
    seized power" ("military" and "seized" both adjectives of "power")."""
    noun = token.head
    if token.dep_ != "amod" or token.tag_ != "VBD" or noun.i <= token.i:
        return False
    if noun.dep_ != "ROOT" and not _subject_of_a_joined_verb(noun):
        return False
    if noun.tag_ not in ("NN", "NNS") or token.i < 2 or any(token.children):
        return False
    subject = token.doc[token.i - 1]
    before = token.doc[token.i - 2]
    if before.tag_ == "POS":  # "Myanmar 's": the owner's word hangs on the noun
        before = before.head
    return (
        subject.head.i == noun.i
        and subject.dep_ in ("amod", "compound")
        and subject.tag_ in ("JJ", "NN", "NNS")
        and before.head.i in (noun.i, subject.i)
        and before.dep_ in ("det", "poss")
    )


def _subject_of_a_joined_verb(noun: Token) -> bool:
    """The noun is read as the subject of the root past verb that follows an "and" it holds:
    "power on Monday and detained" in "Myanmar's military seized power on Monday and
    detained Aung San Suu Kyi"."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.dep_ == "ROOT"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "cc" and noun.i < c.i < verb.i for c in noun.children)
    )


def _relative_read_as_main(token: Token) -> bool:
    """A root past verb right after "a <noun> <Name>", with a complement clause before the
    noun's comma: "accused Rwanda of backing the rebels, a charge Kigali denied" (the parser
    reads "a charge" as the subject of "denied" and "Kigali" as its apposition)."""
    if token.dep_ != "ROOT" or token.tag_ != "VBD" or token.i < 4:
        return False
    name = token.doc[token.i - 1]
    noun = name.head
    if name.dep_ != "appos" or name.tag_ != "NNP" or noun.i != token.i - 2:
        return False
    comma = token.doc[noun.i - 2]
    return (
        noun.dep_ == "nsubj"
        and noun.head.i == token.i
        and noun.tag_ == "NN"
        and token.doc[noun.i - 1].lower_ in ("a", "an")
        and comma.text == ","
        and any(c.dep_ == "ccomp" and c.i < comma.i for c in token.children)
    )


# what makes a participle a clause of its own: a subject, an auxiliary or a conjunction
_CLAUSE_MARKERS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})


def _participle_read_as_clause(token: Token) -> bool:
    """A past participle right after a verb with no object, read as a clause of its own with
    the object: "detained impeached President Yoon" ("impeached" an adverbial clause)."""
    verb = token.head
    return (
        token.tag_ == "VBN"
        and token.dep_ == "advcl"
        and verb.i == token.i - 1
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        and any(c.dep_ == "dobj" for c in token.children)
        and not any(c.dep_ in _CLAUSE_MARKERS for c in token.children)
    )


# nouns of a stance on what somebody might do ("objection to Sweden joining NATO"), as written
STANCE_NOUNS = frozenset(
    {"objection", "objections", "opposition", "veto", "resistance", "support", "approval"}
    | {"fear", "fears", "concern", "concerns", "worry", "worries", "prospect", "prospects"}
    | {"possibility", "risk", "risks", "threat", "threats", "warning", "warnings", "consent"}
)


def first_conjunct(token: Token) -> Token:
    """The first of the words joined to ``token`` ("Finland" of "Finland and Sweden")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _gerund_subject_read_as_object(token: Token) -> bool:
    """A gerund read as an adverbial clause of the verb, or as a clause on the noun, when it
    follows, with an object of its own, a name that is the object of a stance noun's
    preposition: "its objection to Sweden joining NATO", "its veto on Ukraine joining the EU"
    (not "signed an order on Monday withdrawing ...")."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl") or token.i < 2:
        return False
    name = first_conjunct(token.doc[token.i - 1])  # "its veto on Finland and Sweden joining"
    if token.dep_ == "acl" and token.head.i != name.head.head.i:
        return False  # "its veto on Ukraine joining the EU": hung on the veto
    return (
        name.dep_ == "pobj"
        and token.doc[token.i - 1].tag_ == "NNP"
        and name.head.lower_ in ("to", "of", "on", "about", "against", "over")
        and token.doc[name.head.i - 1].lower_ in STANCE_NOUNS  # "objection to"
        and any(c.dep_ == "dobj" for c in token.children)
        and not any(c.dep_ in ("nsubj", "mark", "aux") for c in token.children)
    )


def _voter_of_a_counted_participle(token: Token) -> Token | None:
    """The clause's real verb, following with no subject, when a past participle after a
    number that a preposition governs is read as the clause's verb whose object is the counted
    noun: "residents of four occupied Ukrainian regions had voted" (``voted``)."""
    if token.tag_ != "VBN" or token.i < 2 or token.dep_ not in ("ccomp", "ROOT", "conj"):
        return None
    number = token.doc[token.i - 1]
    if (
        number.tag_ != "CD"
        or number.dep_ != "pobj"
        or not any(c.dep_ == "dobj" and c.i > token.i for c in token.children)
        or any(c.dep_ in ("aux", "auxpass") for c in token.children)
    ):
        return None
    return _verb_left_without_subject(token)


def _verb_left_without_subject(token: Token) -> Token | None:
    """The next verb after ``token`` with the same head and no subject of its own."""
    for other in token.doc[token.i + 1 : token.sent.end]:
        if (
            other.tag_.startswith("VB")
            and other.dep_ in ("ccomp", "ROOT", "conj")
            and other.head.i == token.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children)
        ):
            return other
    return None


def _infinitive_joined_to_a_gerund(token: Token) -> Token | None:
    """The "to" infinitive above a gerund that an infinitive with "to" is joined to: "to ban
    airlines from flying ... and to impose sanctions" (``to ban``)."""
    if token.dep_ != "conj" or token.tag_ != "VB" or token.head.tag_ != "VBG":
        return None
    if not marked_infinitive(token):
        return None
    for above in token.head.ancestors:
        if above.tag_ == "VB" and marked_infinitive(above):
            return above
        if above.tag_.startswith("VB") and above.tag_ != "VBG":
            return None  # tags: parts of speech are set after this runs
    return None


# adjectives of a part of a country: "to eastern Libya"
_REGIONAL = frozenset(
    {"eastern", "western", "northern", "southern", "central", "northeastern", "northwestern"}
    | {"southeastern", "southwestern", "north-eastern", "north-western", "south-eastern"}
    | {"south-western"}
)


def _infinitive_read_as_preposition(token: Token) -> bool:
    """ "to free" before people held, read as a preposition with an adjective: "stormed the
    hotel to free hostages" (not "a return to free elections")."""
    if token.lower_ != "to" or token.dep_ != "prep" or token.i + 2 >= len(token.doc):
        return False
    adjective, noun = token.doc[token.i + 1], token.doc[token.i + 2]
    return (
        adjective.lower_ == "free"
        and adjective.dep_ == "amod"
        and adjective.head.i == noun.i
        and noun.dep_ == "pobj"
        and noun.head.i == token.i
        and noun.lower_ in _HELD_PEOPLE
        and token.head.tag_.startswith("VB")
    )


# people held, whom "to free" frees
_HELD_PEOPLE = frozenset({"hostages", "prisoners", "captives", "detainees", "sailors", "crew"})


def _preposition_read_as_infinitive(token: Token) -> bool:
    """ "to" before an adjective and a name, read as an infinitive's "to" with the adjective as
    its verb: "sent rescue teams to eastern Libya"."""
    adjective = token.head
    return (
        token.lower_ == "to"
        and token.dep_ == "aux"
        and adjective.tag_ == "JJ"
        and adjective.lower_ in _REGIONAL  # not "fought to free Dabiq"
        and adjective.i == token.i + 1
        and adjective.dep_ in ("advcl", "xcomp", "ccomp")
        and any(
            c.dep_ == "dobj" and c.tag_ == "NNP" and c.i == adjective.i + 1
            for c in adjective.children
        )
    )


def _complement_read_as_purpose(token: Token) -> bool:
    """A "to" infinitive read as a purpose clause of a verb that takes one as its complement
    ("agreed", "vowed", "refused"), with only a phrase of time or place between them and
    nothing else completing the verb."""
    verb = token.head
    if token.dep_ != "advcl" or token.tag_ != "VB" or verb.lower_ not in _TAKING_INFINITIVES:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == token.i - 1 for c in token.children):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children):
        return False
    between = verb.doc[verb.i + 1 : token.i - 1]
    return len(between) > 0 and all(
        t.dep_ in ("prep", "pobj", "det", "compound", "amod", "nummod", "advmod", "npadvmod")
        for t in between
    )


# verbs whose "to" infinitive says what they agree to, vow or refuse, as written
_TAKING_INFINITIVES = frozenset(
    {"agreed", "agree", "agrees", "decided", "decide", "decides", "vowed", "vow", "vows"}
    | {"pledged", "pledge", "pledges", "promised", "promise", "promises", "threatened"}
    | {"threaten", "threatens", "refused", "refuse", "refuses", "offered", "offer", "offers"}
)


def _then_read_as_unattached(token: Token) -> bool:
    """A past verb after ", then" left as an unlabelled dependent of an earlier verb, with no
    subject before it (one after it is its object: "then arrested opposition journalist Roman
    Protasevich")."""
    return (
        token.dep_ == "dep"
        and token.tag_ == "VBD"
        and token.head.i < token.i
        and token.head.tag_ in ("VBD", "VBZ", "VBP")
        and any(c.dep_ == "advmod" and c.lower_ == "then" for c in token.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in token.children)
    )


def _charge_read_as_act(token: Token) -> bool:
    """A gerund joined to a verb right after "and" or "or" and the object of a charge's "of":
    "on charges of corruption and aiding a terrorist group"."""
    if token.dep_ != "conj" or token.tag_ != "VBG" or token.i < 4:
        return False
    joint, charge = token.doc[token.i - 1], token.doc[token.i - 2]
    of = charge.head
    return (
        joint.dep_ == "cc"
        and joint.head.i == token.head.i
        and charge.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lower_ in _CHARGE_NOUNS  # forms: the lemmatizer runs after this
        and token.head.i in [a.i for a in charge.ancestors]
    )


# nouns whose "of" phrase names what somebody is charged with, as written
_CHARGE_NOUNS = frozenset(
    {"charge", "charges", "accusation", "accusations", "allegation", "allegations"}
    | {"suspicion", "count", "counts", "conviction", "convictions"}
)


def _held_hostage_misread(token: Token) -> bool:
    """ "held" read as the past verb of a complement clause with a subject and "hostage" or
    "captive" as its only object, under a verb with no object of its own."""
    if token.lower_ != "held" or token.dep_ != "ccomp" or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return (
        after.lower_ in ("hostage", "captive")
        and objects == [after]
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
        and token.head.i < token.i
        and not any(c.dep_ == "dobj" for c in token.head.children)
    )


def _acronym_read_as_verb(token: Token) -> bool:
    """An acronym of three capitals or more, with no dependents but phrases, read as a verb
    right after a common noun: "the West African bloc ECOWAS"."""
    return (
        token.tag_.startswith("VB")
        and token.is_upper
        and token.is_alpha
        and len(token.text) >= 3
        and token.i > 0
        and token.doc[token.i - 1].tag_ in ("NN", "NNS")
        and token.head.i != token.i
        and all(c.dep_ in ("prep", "punct") for c in token.children)
    )


def _verb_of_a_gerund_subject(token: Token) -> Token | None:
    """The past verb, with an object but no subject, that comes right after a gerund read as a
    clause of its own after "as", "after" or "when": "as fighting along their border killed at
    least 24 people" (``killed``)."""
    if (
        token.tag_ != "VBG"
        or token.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in token.children)
        or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in token.children)
        or token.right_edge.i + 1 >= token.sent.end
    ):
        return None
    verb = token.doc[token.right_edge.i + 1]
    if (
        verb.tag_ in ("VBD", "VBN")
        and verb.dep_ in ("advcl", "conj")
        and verb.head.i in [a.i for a in token.ancestors]
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    ):
        return verb
    return None


_TIME_MARKS = frozenset({"as", "after", "when", "while", "before", "until"})


def marked_infinitive(token: Token) -> bool:
    """The verb is an infinitive marked by "to": "to attack", "to be held"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _hang(token: Token, head: Token, dep: str) -> None:
    """Attach ``token`` to ``head`` with the dependency label ``dep``."""
    token.head = head
    token.dep_ = dep


# A name with a bracketed letter or word glued on: "CPI(M)", "JD(S)", "CPI(Maoist)".
_GLUED_BRACKETS = re.compile(r"[A-Za-z]+\([A-Za-z]+\)")


def _keep_glued_brackets(nlp: Language) -> None:
    """Keep "CPI(M)" one token: the tokenizer splits off the closing bracket, and the parser
    then reads "CPI(M" and "leaders" as two subjects."""
    tokenizer = nlp.tokenizer
    previous = tokenizer.token_match  # type: ignore[union-attr]

    def token_match(text: str) -> object:
        return _GLUED_BRACKETS.fullmatch(text) or (previous(text) if previous else None)

    tokenizer.token_match = token_match  # type: ignore[union-attr]


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")

_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _spaced(dash: Token) -> bool:
    """A dash between spaces, not a hyphen inside a word."""
    return dash.i > 0 and bool(dash.whitespace_) and bool(dash.doc[dash.i - 1].whitespace_)


def _dateline_before(dash: Token) -> bool:
    """The dash ends a dateline that opens a paragraph: "RIYADH -", "NEW DELHI --", "TOKYO
    (Newswire) -", "MOSCOW, July 25 (Reuters) -": a place in capitals first, no lowercase word
    outside brackets."""
    doc = dash.doc
    if not _spaced(dash):
        return False  # "ROSTOV-ON-DON, Russia -": a hyphen inside the place's name
    start = dash.i
    while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        start -= 1
        if dash.i - start > 12:
            return False
    first = doc[start]
    if start == dash.i or not (first.is_alpha and first.is_upper):
        return False
    # a place's capitals, four letters at least ("LA PAZ -", not "US -")
    if sum(len(t) for t in doc[start : dash.i] if t.is_alpha and t.is_upper) < 4:
        return False
    inside = False
    for token in doc[start : dash.i]:
        if token.text in _DASHES and _spaced(token):
            return False  # the dateline ends at its first dash
        if token.text == "(":
            inside = True
        elif token.text == ")":
            inside = False
        elif token.is_alpha and token.is_lower and not inside:
            return False
    return True


def _stamp_end(token: Token) -> bool:
    """The last word of a time stamp: "02:17 hrs", "00:00 IST"."""
    return (
        token.text in ("hrs", "IST", "GMT", "AM", "PM")
        and token.i > 0
        and bool(_CLOCK.fullmatch(token.nbor(-1).text))
    )


# words that say a byline's source: "Express News Service", "Agencies", "PTI"
_BYLINE_WORDS = frozenset(
    {"Service", "Agencies", "PTI", "IANS", "Reuters", "AFP", "AP", "Bureau", "Correspondent"}
    | {"Reporter", "ANA", "Xinhua"}
)


def _byline_follows(dash: Token) -> bool:
    """A dash between spaces followed, before a colon, by a byline's source words."""
    doc = dash.doc
    if not dash.whitespace_ or dash.i == 0 or not doc[dash.i - 1].whitespace_:
        return False
    for token in doc[dash.i + 1 : dash.i + 14]:
        if token.text == ":":
            return False
        if token.text in _BYLINE_WORDS:
            return True
    return False


# nouns a newspaper's name may follow: "the daily The Hindu"
_PAPERS = frozenset({"newspaper", "daily", "weekly", "magazine", "paper", "tabloid", "journal"})


def _headline_end(token: Token) -> bool:
    """A noun that ends a headline run into its story ("... in Nizamabad The TDP ...")."""
    return token.tag_ in ("NN", "NNS", "NNP", "NNPS") and token.lower_ not in _PAPERS


# nouns of protest written with a hyphen, which the tokenizer splits ("sit - in": the parser
# then reads "in" as the object of "joined a sit-in")
# and "de-escalation", whose "escalation" alone would read as its opposite ("called for an
# immediate de-escalation" is no CALL * ESCALATION, a denunciation)
_HYPHENATED_EVENTS = ("sit-in", "sit-ins", "walk-out", "walk-outs", "de-escalation")


def _keep_hyphenated_events(nlp: Language) -> None:
    """Keep "sit-in" and "walk-out" one token each, in any capitalisation."""
    for word in _HYPHENATED_EVENTS:
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])  # type: ignore[union-attr]


def _capitals(token: Token) -> bool:
    """A word of a dateline's place: "BHUBANESWAR", "NEW DELHI" (not "AM", "US", "BJP")."""
    return (token.is_alpha and token.is_upper and len(token.text) > 3) or (
        token.text in ("NEW", "SAN", "LOS", "LAS", "THE") and token.nbor().is_upper
    )


def load_nlp(model: str) -> Language:
    """Load an installed spaCy pipeline by package or path name; never downloads."""
    try:
        module = importlib.import_module(model)
    except ImportError:
        module = None
    try:
        nlp = module.load() if module is not None and hasattr(module, "load") else spacy.load(model)
    except OSError as exc:
        raise ModelNotFoundError(model) from exc
    for name in _UNUSED:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    _keep_glued_brackets(nlp)
    _keep_hyphenated_events(nlp)
    replace_attribute_ruler(nlp)
    remember_lemmas(nlp)
    if "parser" in nlp.pipe_names and "eventwire_line_breaks_v1" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_line_breaks_v1", before="parser")
    if "parser" in nlp.pipe_names and "eventwire_verb_repair_v1" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_verb_repair_v1", after="parser")
    if "parser" in nlp.pipe_names and "eventwire_story_start_v1" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_story_start_v1", after="eventwire_verb_repair_v1")
    return nlp
