"""Factuality: did the event happen, is it planned, denied, or only supposed?

The status comes from cue words on the trigger and on the chain of words that govern it
("is set to hold talks" -> planned by "set to"; "did not meet" -> negated by "not"; "if they
attack" -> hypothetical by "if"). The first cue found, nearest the trigger, decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parse.nlp import STANCE_NOUNS, first_conjunct, marked_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
# Verbs whose complement did not happen: "refused to meet", "denied attacking".
NEGATING_VERBS = frozenset({"deny", "refuse", "fail", "decline", "reject", "cancel", "postpone"})
# leaving a body or a pact, which a vote decides before it is done
_DEPARTING = frozenset({"leave", "quit", "exit", "withdraw"})
# Verbs and adjectives whose complement is still to come: "plans to visit", "is set to hold".
PLANNING_WORDS = frozenset(
    {
        "set",
        "plan",
        "schedule",
        "due",
        "expect",
        "intend",
        "aim",
        "prepare",
        "agree",
        "want",
        "hope",
        "seek",
        "try",
        "promise",
        "pledge",
        "vow",
        "swear",
        "decide",
        "arrange",
        "determined",
        "ready",
        "going",
        "offer",
        "propose",
        "invite",
        "call",
        "urge",
        "ask",
        "appeal",
        "press",
        "encourage",
        "order",
        "wish",
        "like",
        "willing",
        "prepared",
        "committed",
        "poised",
        "eager",
        "apply",  # "applied to join NATO": not joined yet
    }
)
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "can"})
# What must or should be done has not been: "Kenya should release the prisoners". Only for a
# verb's own act: in "must answer for these killings" the killings happened.
OBLIGATION_AUX = frozenset({"must", "should"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Governing verbs that make their complement a mere possibility: "threatened to strike".
HYPOTHETICAL_VERBS = frozenset({"threaten", "warn", "consider", "mull", "weigh"})
# what one is allowed to do is not done yet: "authorised Ukraine to use American weapons"
HYPOTHETICAL_VERBS |= {"allow", "permit", "authorize", "authorise", "let"}
# Dependency labels along which a governing word's mood passes down to the trigger.
# A conjunct shares its head's mood: "promised to democratize Serbia and establish the rule of law".
_CHAIN_DEPS = frozenset(
    {"xcomp", "dobj", "pobj", "prep", "acomp", "advcl", "pcomp", "attr", "conj", "oprd"}
)


# prepositions that place a planning word's act rather than name what is planned
_SCENE_PREPS = frozenset({"at", "in", "during", "after", "before", "since", "despite"})


def infinitive_ccomp(token: Token) -> bool:
    """An infinitive with its own subject, parsed as a clausal complement: "wants Putin to
    attack" (the attack is wanted, not done)."""
    return token.dep_ == "ccomp" and marked_infinitive(token)


def bare_infinitive_of(token: Token) -> str | None:
    """The verb ("let", "help") whose bare infinitive clause the token heads: "let Israel annex
    settlements", "help France hunt down the attackers"."""
    if token.dep_ == "ccomp" and token.tag_ == "VB":
        lemma = token.head.lemma_.lower()
        if lemma in ("let", "help"):
            return lemma
    return None


def listed_infinitive(verb: Token) -> Token | None:
    """ "called on Hamas to renounce violence, recognise Israel and accept earlier agreements":
    a bare verb the parser joined to a finite verb is one more of the acts that verb's "to"
    clause lists; the "to" clause's verb, or None."""
    if verb.dep_ != "conj" or verb.tag_ != "VB":
        return None
    head = verb.head
    while head.dep_ == "conj" and head.tag_ == "VB":
        head = head.head  # "... recognise Israel and accept ...": up the list
    if head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    listed = [
        c
        for c in head.children
        if c.dep_ == "xcomp"
        and c.i < verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    return listed[-1] if listed else None


def governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the words above it whose mood it inherits, nearest first."""
    listed = listed_infinitive(trigger)
    if listed is not None:
        return [trigger, *governing_chain(listed)]
    chain = [trigger]
    token = trigger
    # "agreed to suspend the offensive after talks with Pence": what came before the act has
    # the mood of the act's own verb, not of what governs it
    before = trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following")
    while (
        token.dep_ in _CHAIN_DEPS
        or infinitive_ccomp(token)
        # "would exercise all options to counter the move": the options' mood
        or (token.dep_ == "relcl" and marked_infinitive(token))
        # "would let Israel annex settlements", "pledged to help France hunt down the
        # attackers": the bare infinitive's "let" or "help" governs
        or bare_infinitive_of(token) is not None
    ) and token.head.i != token.i:
        if (
            _told_as_past(token)
            or _own_tense(token)
            or _spoken_beside(token)
            or _named_cause(token)
        ):
            break
        token = token.head
        chain.append(token)
        if token.pos_ in ("VERB", "AUX") and before:
            break
        if (
            token.pos_ in ("VERB", "AUX")
            and token.dep_ not in ("xcomp", "advcl", "conj")
            # a gerund after "to" takes the mood above it: "committed to carrying out attacks"
            and not (token.dep_ == "pcomp" and token.head.lower_ == "to")
        ):
            break
    return chain


# verbs of a promise or a threat: what they hold out is conditional, they are not
PLEDGING_VERBS = frozenset({"pledge", "promise", "vow", "threaten", "warn", "swear", "guarantee"})


def _pledged(token: Token, below: Token | None) -> bool:
    """ "signed a treaty, pledging mutual assistance if either country is attacked": the
    condition is the assistance's; the pledge itself (the event coded) was made."""
    return below is None and token.lemma_.lower() in PLEDGING_VERBS


def participle_act(token: Token) -> bool:
    """A participle clause of an act beside the main one: "..., accusing them of ..."."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "aux") for c in token.children)
    )


# verbs of saying and judging, whose participle beside a clause is said as it is told
_SPEAKING = frozenset(
    {"accuse", "blame", "say", "cite", "describe", "condemn", "criticise", "criticize"}
    | {"denounce", "insist", "argue", "claim", "charge", "warn", "praise", "urge", "call"}
)


def _spoken_beside(token: Token) -> bool:
    """ "said Turkey would block the bids, accusing both countries of harbouring militants":
    the accusation is made as the words are said, whatever the mood of the clause it hangs
    on."""
    return participle_act(token) and token.lemma_.lower() in _SPEAKING


def _own_tense(conjunct: Token) -> bool:
    """ "said he would not seek re-election and endorsed Kamala Harris", "did not recognise the
    coup leaders and suspended all aid": a past-tense verb joined to a verb under a modal, "to"
    or "did" shares neither; the parser joined two clauses. So too one joined to a verb in
    "-ing" under "be": "said it was not taking sides and called for calm"."""
    if conjunct.dep_ != "conj" or conjunct.tag_ != "VBD":
        return False
    head = conjunct.head
    if head.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    return head.tag_ == "VB" and any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to" or c.lemma_ == "do")
        for c in head.children
    )


# subordinators of a clause that tells what set the main act off: its past tense is a fact
_CAUSE_MARKS = frozenset({"after", "because", "since", "as", "when", "while", "once"})


def _told_as_past(clause: Token) -> bool:
    """ "agreed to ban Belarusian airlines after Belarus forced a flight to land": a clause in
    the past tense that says what came first happened, whatever the main act's mood."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBD"
        and any(m.dep_ == "mark" and m.lower_ in _CAUSE_MARKS for m in clause.children)
    )


def _named_cause(noun: Token) -> bool:
    """ "would pay a price for Nancy Pelosi's visit", "sanctions over Russia's invasion": an
    act somebody named did, given as the reason for another, happened whatever that other's
    mood (not "called for Putin's arrest": asked for)."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and (
            noun.head.lower_ == "over"
            or (noun.head.lower_ == "for" and noun.head.head.lemma_.lower() not in REQUESTING_VERBS)
        )
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
        and not any(c.dep_ in ("amod", "compound") and c.lower_ in _NOT_YET for c in noun.children)
    )


# words that make an act not yet done: "over Pelosi's planned visit"
_NOT_YET = frozenset({"planned", "proposed", "possible", "upcoming", "expected", "intended"})


# Verbs that report speech: after them "would" is the past of "will" ("said they would boycott").
REPORTING_VERBS = frozenset(
    {"say", "announce", "tell", "state", "declare", "confirm", "insist", "add", "stress", "vow"}
)


def _reported_future(clause: Token) -> bool:
    """The clause is what a past-tense reporting verb reports, with no condition of its own
    (or a verb joined to such a clause: "said they did not recognise the results and would
    impose sanctions")."""
    own = clause
    clause = first_conjunct(clause)
    head = clause.head
    # the past or a participle the tagger made of it ("Trump announced on Tuesday that ...")
    if (
        clause.dep_ != "ccomp"
        or head.lemma_.lower() not in REPORTING_VERBS
        or head.tag_ not in ("VBD", "VBN")
    ):
        return False
    marked = any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for v in (clause, own) for c in v.children
    )
    return not marked and not conditions_on(clause) and not conditions_on(own)


def conditions_on(verb: Token) -> set[str]:
    """The marks of the conditional clauses that hang on ``verb`` ("send troops if necessary",
    "will withdraw unless X arranges a ceasefire" -> {"if"}, {"unless"}); not one after a
    participle of the verb ("signed a pact, pledging to help each other if either faced
    aggression": the pledge's condition, which the parser hangs on "signed")."""
    return {mark for _clause, mark in conditional_clauses(verb)}


def conditional_clauses(verb: Token) -> list[tuple[Token, str]]:
    """The conditional clauses that hang on ``verb``, with their marks (see
    :func:`conditions_on`): "threatened war if Seoul imposed sanctions" -> (imposed, "if")."""
    return [
        (c, m.lower_)
        for c in verb.children
        if c.dep_ == "advcl" and not _after_a_participle(verb, c)
        for m in c.children
        if m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
    ]


def _after_a_participle(verb: Token, clause: Token) -> bool:
    """A clause of the verb that follows a participle of it: the participle's own, which the
    parser hung on the verb."""
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and verb.i < c.i < clause.i for c in verb.children
    )


def to_infinitive_clause(token: Token) -> bool:
    """An infinitive the small parser hung as an adverbial clause: "have sworn to fight" (a
    complement of *swear*, like "vowed to fight")."""
    return (
        token.dep_ == "advcl"
        and marked_infinitive(token)
        and not any(c.dep_ == "mark" for c in token.children)
    )


def _yes_no_question(trigger: Token) -> bool:
    """The trigger's sentence asks whether: "Will the United States participate in the Paris
    meeting?" (an auxiliary before the main clause's subject, a question mark at the end)."""
    sentence = trigger.sent
    doc, end = trigger.doc, sentence.end - 1
    while end > sentence.start and doc[end].is_space:
        end -= 1
    if doc[end].text != "?":  # read per candidate: no list of the sentence's tokens
        return False
    root = sentence.root
    # the subject nearest the verb: "Secretary Kerry, did you discuss Aleppo?" (the addressee,
    # misparsed as a subject, comes first)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")][-1:]
    if not subjects or any(
        t.tag_ in ("WRB", "WP", "WDT") for t in trigger.doc[sentence.start : subjects[0].i]
    ):
        return False  # "why did Russia attack Ukraine?" takes the attack as given
    return any(c.dep_ in ("aux", "auxpass") and c.i < subjects[0].i for c in root.children)


# what is denied as said by others: "denied reports that its forces had attacked a hospital"
DENIED_SAYINGS = frozenset(
    {"report", "claim", "allegation", "accusation", "charge", "suggestion", "rumour", "rumor"}
)
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})


def denies_a_saying(verb: Token) -> bool:
    """The verb denies what others said happened ("rejected claims that it had supplied
    drones"): the denied act, negated, is the event, not a rejection of the claim."""
    return verb.lemma_.lower() in DENYING_VERBS and any(
        denied_clause(clause) is not None
        for holder in verb.children
        if holder.dep_ in ("dobj", "nsubjpass")
        for clause in holder.children
    )


def denied_clause(clause: Token) -> str | None:
    """The cue when ``clause`` is what a denial denies: "denied that it had sent troops",
    "denied reports that its forces had attacked"; else None."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() == "deny":
        return clause.head.text
    holder = clause.head
    if (
        clause.dep_ in ("acl", "ccomp")
        and holder.lemma_.lower() in DENIED_SAYINGS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and holder.head.lemma_.lower() in DENYING_VERBS
        and holder.dep_ in ("dobj", "nsubjpass")
    ):
        return f"{holder.head.text} {holder.text}"
    return None


# what would show an act happened: "no evidence that", "no sign that"
_EVIDENCE = frozenset({"evidence", "proof", "sign", "indication"})


def _unshown_clause(clause: Token) -> str | None:
    """The cue when ``clause`` is what no evidence shows: "there was no evidence that the
    missile had been fired by Russia", "did not find any evidence that Iran attacked"; else
    None. Such an act is only supposed, not reported as done."""
    if clause.dep_ not in ("acl", "ccomp") or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return None
    return _no_evidence(clause.head)


def _no_evidence(holder: Token) -> str | None:
    """The cue when ``holder`` is evidence said to be missing: "no sign", "did not find any
    evidence"; else None."""
    if holder.lemma_.lower() not in _EVIDENCE:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in holder.children):
        return f"no {holder.text}"
    negation = [c for c in holder.head.children if c.dep_ == "neg"]
    if holder.dep_ in ("dobj", "attr") and negation:
        return f"{negation[0].text} {holder.head.text} {holder.text}"
    return None


def joined_to_a_demand(verb: Token) -> bool:
    """A past verb the parser joined to a demanded act in the present: "demanded that Vilnius
    lift the restrictions and threatened consequences" (the threat is the demander's)."""
    demanded = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and demanded.dep_ == "ccomp"
        and demanded.tag_ in ("VB", "VBP")
        and demanded.head.lemma_.lower() in MANDATIVE_WORDS
    )


def factuality(trigger: Token) -> tuple[str, str | None]:
    """(status, cue words) for the event carried by ``trigger``."""
    if _yes_no_question(trigger):
        return "hypothetical", "?"
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("any", "every") for c in trigger.children
    ):
        return "hypothetical", "any"  # "would respond to any Israeli attack": none yet
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in trigger.children
    ):
        return "negated", "no"  # "announced no agreement on ending the war": none reached
    if (
        trigger.dep_ == "pcomp"
        and trigger.tag_ == "VBG"
        and trigger.head.lower_ in ("before", "until")
        and trigger.head.head.lemma_.lower() in MANDATIVE_WORDS
    ):
        # "demanded a truce before allowing UN aid convoys in": what is to follow the demand
        # met, not done
        return "hypothetical", trigger.head.text
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "despite":
        return "occurred", None  # "would remain a partner despite the killing": it happened
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lemma_.lower() in _MENACES
    ):
        # "dropped its threat of a veto", "the risk of a war": what is threatened or feared
        # has not been done
        return "hypothetical", f"{trigger.head.head.text} of"
    stance = _stance_on_a_doer(trigger)
    if stance is not None:
        # "dropped its objection to Sweden joining NATO": what one objects to, fears or backs
        # somebody doing has not been done
        return "hypothetical", stance
    if (
        trigger.pos_ == "NOUN"
        and answered(trigger)
        and any(c.dep_ == "poss" for c in trigger.children)
    ):
        # "would respond to Russia's hacking of Democratic Party emails": what is answered
        # has been done
        return "occurred", None
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("after", "following")
        and any(c.dep_ == "prep" and c.lower_ == "on" for c in trigger.children)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in trigger.children)
    ):
        # "would begin enriching uranium after an attack on its Natanz facility": an act on
        # somebody that the announcement follows has happened (not "after any attack")
        return "occurred", None
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass"):
        # "a US withdrawal from Syria would leave them exposed": an act told as the subject of
        # what it would bring is supposed, not done
        modal = next(
            (
                c
                for c in trigger.head.children
                if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in HYPOTHETICAL_AUX
            ),
            None,
        )
        if modal is not None:
            if (
                modal.lower_ == "would"
                and trigger.head.lemma_.lower() in _TAKING_PLACE
                and _reported_future(trigger.head)
            ):
                # "said that his summit with Kim would go ahead on June 12" (not "said an
                # attack would be a disaster": supposed)
                return "planned", f"{modal.text} (reported future)"
            return "hypothetical", modal.text
    chain = governing_chain(trigger)
    if joined_to_a_demand(trigger):
        # the past verb is the demander's, joined to the demanded act by the parser; not
        # demanded
        chain = [trigger, *governing_chain(trigger.head.head)]
    denial = denied_clause(chain[-1])
    if denial is not None:
        return "negated", denial
    unshown = _unshown_clause(chain[-1])
    if unshown is not None:
        return "hypothetical", unshown
    for position, token in enumerate(chain):
        below = chain[position - 1] if position else None
        if position and rules_out(token) and below is not None and below.dep_ != "conj":
            # (not what is joined to it: "rule out membership for Ukraine and pull back its
            # forces" asks for the pull-back)
            # "ruled out sending troops": not to be done; "did not rule out military
            # action", "refused to rule out using force": kept open, a possibility
            kept_open = any(c.dep_ == "neg" for c in token.children) or (
                token.dep_ == "xcomp" and token.head.lemma_.lower() in NEGATING_VERBS
            )
            if kept_open:
                return "hypothetical", "not ruled out"
            return "negated", "ruled out"
        if token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "without":
            return "negated", "without"  # "without naming the minister": not named
        if token.dep_ == "pcomp" and token.tag_ == "VBG":
            kept = kept_from(token.head)
            if kept is not None:
                return kept  # "prevented them from leaving", "warned Pyongyang against ..."
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
            # "there was no sign of a deliberate attack by Russia": only supposed
            unshown = _no_evidence(token.head.head)
            if unshown is not None:
                return "hypothetical", f"{unshown} of"
        if (
            token.dep_ in ("acl", "relcl")
            and marked_infinitive(token)
            and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children)
        ):
            return "negated", f"no {token.head.text} to"  # "there was no reason to accuse"
        if (
            token.dep_ == "acl"
            and marked_infinitive(token)
            and token.head.lemma_.lower() in _PLAN_NOUNS | PACTS
            and _dropped(token.head)
        ):
            # "Israel will suspend plans to annex parts of the West Bank", "suspended an
            # agreement to avoid clashes": no longer planned
            return "negated", f"{token.head.head.text} {token.head.text} to"
        # "would not approve the applications, accusing the two countries of ...": a
        # participle's act is its own; the negation of the verb it hangs on is not its
        beside = any(participle_act(t) for t in chain[:position])
        if (
            token.lemma_.lower() == "hesitate"
            and below is not None
            and below.dep_ == "xcomp"
            and any(c.dep_ == "neg" for c in token.children)
        ):
            # "would not hesitate to order further strikes": ready to, should it come to it
            return "hypothetical", "not hesitate to"
        # "will not accept": the negation wins over the future, wherever it stands
        for child in token.children:
            if beside:
                break
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
                return "negated", child.text
            if child.dep_ == "preconj" and child.lower_ == "neither" and token.pos_ == "VERB":
                return "negated", "neither ... nor"  # "would neither accept nor recognise"
            if (
                child.dep_ == "advmod"
                and child.lower_ == "longer"
                and any(g.lower_ == "no" for g in child.children)
            ):
                return "negated", "no longer"  # "would no longer abide by limits"
            if child.dep_ in ("nsubj", "nsubjpass") and _nobody(child) and _shares(below, token):
                return "negated", " ".join(t.text for t in child.subtree)
        for child in token.children:
            word = child.lower_
            if child.dep_ == "mark" and word in CONDITION_MARKS:
                return "hypothetical", child.text
            if (
                child.dep_ == "advcl"
                and (below is None or child.i != below.i)
                and not _after_a_participle(token, child)
            ):  # "send troops if necessary"
                marks = [m for m in child.children if m.dep_ == "mark"]
                if marks and marks[0].lower_ in ("if", "unless") and not _pledged(token, below):
                    return "hypothetical", f"{marks[0].text} {child.text}"
            if (
                child.dep_ == "aux"
                and child.tag_ == "MD"
                and (
                    word in HYPOTHETICAL_AUX
                    or (word in OBLIGATION_AUX and trigger.pos_ in ("VERB", "AUX"))
                )
            ):
                if word == "would" and _reported_future(token):
                    return "planned", f"{child.text} (reported future)"
                return "hypothetical", child.text
            if child.dep_ == "aux" and word in FUTURE_AUX:
                return "planned", child.text
        if below is not None and (
            below.dep_ in ("xcomp", "pobj", "prep", "dobj")
            or to_infinitive_clause(below)
            or infinitive_ccomp(below)
        ):
            lemma = token.lemma_.lower()
            if lemma in NEGATING_VERBS:
                return "negated", token.text
            if (
                lemma in ("have", "be")
                and below.dep_ == "xcomp"
                and any(c.lower_ == "yet" and c.i < below.i for c in token.children)
                # not what the act is about: "is yet to respond to the demands" (they are made)
                and not any(t.dep_ == "prep" for t in chain[:position])
            ):
                return "negated", f"{token.text} yet to"  # "have yet to agree": not so far
            if lemma in HYPOTHETICAL_VERBS and (
                below.dep_ == "xcomp"
                # "a plan that would let Israel annex settlements", parsed as a clause; so is
                # "a law allowing the government to deport asylum seekers"
                or (lemma == "let" and below.dep_ == "ccomp")
                or (below.dep_ == "ccomp" and marked_infinitive(below))
            ):
                return "hypothetical", token.text
            if lemma == "commit" and (
                (below.dep_ == "prep" and below.lower_ == "to")
                # "Washington committed to withdraw all its troops"
                or (
                    below.dep_ == "xcomp"
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
                )
            ):
                return "planned", "committed to"  # not "committed atrocities"
            if (
                lemma in ("vote", "choose", "opt")
                and below.dep_ == "xcomp"
                and below.lemma_.lower() in _DEPARTING
            ):
                # "Britain voted to leave the European Union": a departure decided, still to
                # come ("voted to condemn Russia" condemned it by the vote)
                return "planned", f"{token.text} to"
            addressee = _addressee(token, below) if lemma in REQUESTING_VERBS else None
            if addressee is not None:
                # "asked Obama to help Iran": the help is asked for, nobody has pledged it
                return "hypothetical", f"{token.text} (asked of {addressee.text})"
            if (
                lemma in PLANNING_WORDS
                and token.tag_ != "IN"  # "due to the strike": because of it
                and not names_it(token)  # "called the raid a massacre": no plan
                and not (below.dep_ == "prep" and below.lower_ in _SCENE_PREPS)
            ):  # "sought to play down the protests at his meetings": the meetings happened
                if token.pos_ == "NOUN" and _dropped(token):
                    return "negated", f"{token.head.text} {token.text}"  # "dropped plans for"
                marker = [c.text for c in below.children if c.dep_ == "aux" and c.lower_ == "to"]
                return "planned", f"{token.text} {marker[0]}" if marker else token.text
        if token.lower_ == "going" and any(c.dep_ == "xcomp" for c in token.children):
            return "planned", "going to"
        if below is not None and open_to(token, below):
            return "planned", "open to"  # "remained open to talks": willing, none held yet
    able = next((n for n in map(clause_noun, chain) if _lemma_in(n, _ABILITY_NOUNS)), None)
    if able is not None:
        return "hypothetical", f"{able.text} to"
    refused = next((n for n in map(clause_noun, chain) if _lemma_in(n, _NEGATING_NOUNS)), None)
    if refused is not None:
        return "negated", f"{refused.text} to"
    # "had no plans to meet Zelensky", "has no intention to invade", "no intention of going to
    # war": none planned
    unplanned = next(
        (
            n
            for n in map(clause_noun, chain)
            if n is not None and n.lemma_.lower() in _PLAN_NOUNS and _no(n)
        ),
        None,
    )
    if unplanned is not None:
        return "negated", f"no {unplanned.text} to"
    demanded = _demanded(chain[-1])
    if demanded is not None:
        return "hypothetical", demanded
    purpose = next((t for t in chain if _purpose_clause(t)), None)
    if purpose is not None:
        return "planned", f"to {purpose.text} (purpose)"
    return "occurred", None


# nouns of what may come: "the threat of a veto", "the risk of war"
_MENACES = frozenset({"threat", "risk", "danger", "prospect", "possibility", "spectre", "specter"})


def _stance_on_a_doer(trigger: Token) -> str | None:
    """The cue when the trigger is a gerund on its doer's name after a noun of stance and its
    preposition: "objection to Sweden joining", "fears of Iran acquiring"."""
    doer = trigger.head
    if trigger.tag_ != "VBG" or trigger.dep_ != "acl" or doer.dep_ != "pobj":
        return None
    preposition = doer.head
    noun = trigger.doc[preposition.i - 1] if preposition.i > 0 else None
    if noun is None or noun.lower_ not in STANCE_NOUNS:
        return None
    return f"{noun.text} {preposition.text}"


def open_to(token: Token, below: Token) -> bool:
    """ "open to talks", "open to dialogue": the adjective of readiness, not the verb ("opened
    talks")."""
    return (
        token.lower_ == "open"
        and token.pos_ == "ADJ"
        and below.dep_ == "prep"
        and below.lower_ == "to"
    )


# Verbs that ask somebody else to act: "urged Israel to withdraw", "called on Iran to release".
REQUESTING_VERBS = frozenset(
    {"ask", "urge", "call", "appeal", "press", "encourage", "invite", "want", "wish", "like"}
    # "told police to kill drug dealers": an instruction, nothing done yet
    | {"tell", "instruct", "direct", "command"}
)


def phone_call(verb: Token) -> bool:
    """ "called Bennett to congratulate him": *call* with an object and no "on" telephones;
    the caller does what the infinitive says ("called on Iran to release" asks Iran)."""
    return verb.lemma_.lower() == "call" and not any(
        # (the parser may make the "on" a particle: "had called on Suharto to allow ...")
        c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
        for c in verb.children
    )


def _addressee(verb: Token, act: Token) -> Token | None:
    """Who ``verb`` asks to do ``act``: its object ("urged Israel to withdraw"), the object of
    its "on" or "to" ("called on Iran to release", "appealed to Israel to allow aid"), or the
    act's own subject ("wants Putin to attack")."""
    if act.dep_ not in ("xcomp", "advcl", "ccomp") or not marked_infinitive(act):
        return None
    if phone_call(verb) and any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    for child in verb.children:
        if not verb.i < child.i < act.i:
            continue  # "On Monday, the lawyers wanted to meet ...": no one asked
        if child.dep_ in ("dobj", "dative"):
            return child
        if child.dep_ in ("prep", "prt") and child.lower_ in ("on", "upon", "to"):  # "appealed to"
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def answered(noun: Token) -> bool:
    """The noun is what a verb of answering answers: "respond to Russia's hacking"."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and noun.head.head.lemma_.lower() in ("respond", "react", "reply")
    )


def rules_out(verb: Token) -> bool:
    """The verb is "rule out": "ruled out sending troops"."""
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def names_it(verb: Token) -> bool:
    """ "called the Israeli raid a massacre", "called the attack an act of terrorism": *call*
    names its object (a second object or an object predicate); it neither plans nor carries
    it, as "called a general strike" does."""
    if verb.lemma_.lower() != "call":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    # "called Johnson's demands unacceptable": the parser hangs the judgement on the object,
    # after it
    judged = any(
        o.dep_ == "dobj" and any(a.dep_ == "amod" and a.i > o.i for a in o.children)
        for o in objects
    )
    return len(objects) >= 2 or judged


def requested_act(verb: Token, act: Token) -> bool:
    """``act`` is what ``verb`` asks or demands that somebody else do: "urged Israel to
    withdraw", "demanded that Israel release the prisoners"."""
    if act.head.i != verb.i or act.i == verb.i:
        return False
    if verb.lemma_.lower() in REQUESTING_VERBS and _addressee(verb, act) is not None:
        return True
    return _demanded(act) is not None


# Nouns whose infinitive says what is aimed at: "efforts to end the war".
_INTENTION_NOUNS = frozenset(
    {"order", "effort", "determination", "resolve", "commitment", "plan", "bid", "attempt"}
    | {"drive", "campaign", "push", "decision", "pledge", "promise", "vow", "intention"}
    | {"readiness", "willingness", "offer", "proposal", "call", "demand", "mission", "goal"}
    | {"aim", "strategy", "initiative", "move", "threat", "agreement", "deal"}
    | {"plot", "conspiracy", "scheme"}
    # "launched an offensive to retake Tikrit": what it is for is still to come
    | {"offensive", "operation"}
    # "accepted an invitation to meet Kim Jong Un": the meeting is still to come
    | {"invitation", "request"}
)


# Nouns whose infinitive says what could be done, nobody doing it: "degrade ISIL's ability to
# defend Raqqah".
_ABILITY_NOUNS = frozenset(
    {"ability", "capacity", "capability", "power", "right", "freedom", "means", "chance"}
    | {"opportunity", "authority", "licence", "license", "permission"}
    # what one ought to do is not done: "Russia has a special responsibility to ... allow relief"
    | {"responsibility", "obligation", "duty"}
)
# Nouns whose infinitive did not happen: "Iran's refusal to negotiate".
_NEGATING_NOUNS = frozenset({"refusal", "failure"})
_PLAN_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "interest"})
# what sides agree to do, which a dropping verb can call off
PACTS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "programme", "program"})


# verbs that drop a plan one had: "suspended plans to annex", "shelved plans to build"
DROPPING_PLANS = frozenset(
    {"suspend", "abandon", "shelve", "drop", "scrap", "cancel", "freeze", "ditch", "halt"}
)


def _dropped(plan: Token) -> bool:
    """The plan noun is what a dropping verb drops ("suspended plans", "plans were shelved")."""
    return plan.dep_ in ("dobj", "nsubjpass") and plan.head.lemma_.lower() in DROPPING_PLANS


# verbs that keep somebody from an act ("prevented them from leaving": not done), forbid it
# ("barred Huawei from buying": may not be done) or warn against it
_STOPPING = frozenset(
    {"prevent", "stop", "block", "keep", "deter", "dissuade", "restrain", "refrain", "abstain"}
)
_FORBIDDING = frozenset({"bar", "ban", "prohibit", "forbid", "exclude", "disqualify"})
_WARNING = frozenset({"warn", "caution", "advise"})


def kept_from(prep: Token) -> tuple[str, str] | None:
    """The status of a gerund after ``prep`` when its verb keeps somebody from the act, forbids
    it or warns against it: "prevented them from leaving" (negated), "barred Huawei from
    buying parts", "warned North Korea against supplying weapons" (hypothetical)."""
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    lemma, cue = prep.head.lemma_.lower(), f"{prep.head.text} {prep.text}"
    if prep.lower_ == "from" and lemma in _STOPPING:
        return "negated", cue
    if (prep.lower_ == "from" and lemma in _FORBIDDING) or (
        prep.lower_ == "against" and lemma in _WARNING
    ):
        return "hypothetical", cue
    return None


def _no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def clause_noun(token: Token) -> Token | None:
    """The noun an infinitive or an of-gerund hangs on: "ability" of "ability to defend",
    "intention" of "intention of going to war"."""
    if token.dep_ == "acl" and marked_infinitive(token):
        return token.head
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ == "of":
        return token.head.head
    return None


def _lemma_in(token: Token | None, lemmas: frozenset[str]) -> bool:
    return token is not None and token.lemma_.lower() in lemmas


# verbs of going or sending whose infinitive says what for
_GOING_FOR = frozenset(
    {"enter", "arrive", "come", "go", "travel", "fly", "march", "rush", "head"}
    | {"cross", "deploy", "send", "dispatch", "return", "gather", "assemble", "converge"}
)


def _purpose_clause(token: Token) -> bool:
    """An infinitive that says what an act was for: "conducted strikes to defeat ISIL",
    "in order to defeat ISIL". What it aims at has not happened yet."""
    if token.dep_ == "pcomp" and _lemma_in(clause_noun(token), _INTENTION_NOUNS):
        return True  # "announced its intention of invading Rafah"
    if not marked_infinitive(token):
        return False
    if _first_to(token):
        return False  # "became the first sitting US president to visit Hiroshima": did
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _GOING_FOR:
        return True  # "troops entered eastern Congo to fight ADF rebels", "sent troops to fight"
    if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in _INTENTION_NOUNS:
        # "in order to", "its determination to defeat ISIL", "efforts to end"; "on a mission
        # to assassinate" (parsed as a relative clause)
        return True
    return to_infinitive_clause(token) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children
    )


# verbs that say an event takes place: "the summit would go ahead", "talks would begin"
_TAKING_PLACE = frozenset(
    {"go", "take", "begin", "start", "happen", "continue", "proceed", "resume", "open", "occur"}
)
# ordinals and "only" that make an infinitive after them a deed done: "the first to visit"
_RANKS = frozenset({"first", "second", "third", "last", "only", "latest"})


def _first_to(infinitive: Token) -> bool:
    """The infinitive tells what made somebody the first, last or only one to do it ("became
    the first sitting US president to visit Hiroshima"; the parser may hang it on the verb)."""
    if any(t.lower_ == "yet" for t in infinitive.doc[max(infinitive.i - 3, 0) : infinitive.i]):
        return False  # "the only member yet to ratify the accession": not done
    holders = [infinitive.head]
    if infinitive.dep_ == "advcl":
        holders += [c for c in infinitive.head.children if c.dep_ in ("attr", "dobj", "oprd")]
    return any(
        c.dep_ == "amod" and c.lower_ in _RANKS for holder in holders for c in holder.children
    )


def _shares(conjunct: Token | None, verb: Token) -> bool:
    """``verb``'s subject is its conjunct's too: "no soldiers were killed or wounded", not
    "no Americans had been harmed and [Trump] announced sanctions" (a finite verb joined to a
    participle has a subject of its own)."""
    return conjunct is None or conjunct.dep_ != "conj" or conjunct.tag_ == verb.tag_


def _nobody(subject: Token) -> bool:
    """A subject that says nobody did or underwent it: "no one was injured", "nobody was
    arrested", "no soldiers were killed", "none of the hostages was hurt"."""
    word = subject.lower_
    if word in ("nobody", "none", "noone"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


# Words whose that-clause says what somebody wants done: "demanded that Israel ease
# restrictions", "its call that the troops withdraw". The clause's act has not happened.
MANDATIVE_WORDS = frozenset(
    {"demand", "urge", "ask", "insist", "request", "call", "recommend", "propose", "suggest"}
    | {"order", "require", "appeal", "plea", "ultimatum", "proposal", "recommendation"}
)


def _demanded(clause: Token) -> str | None:
    """The cue when ``clause`` is a that-clause of a word of demanding with its verb in the
    bare (subjunctive) form: "demanded that Israel ease" (not "said that Israel eased")."""
    head = clause.head
    if clause.dep_ == "ccomp":
        # "reiterated its demand that Israel ease": the parser hangs the clause on the verb
        nouns = [c for c in head.children if c.dep_ == "dobj" and c.i < clause.i]
        if nouns and nouns[0].lemma_.lower() in MANDATIVE_WORDS:
            head = nouns[0]
    if (
        clause.dep_ in ("ccomp", "acl")
        and clause.i > head.i  # "BJP activists take out march, demand ...": the march is done
        and (
            clause.tag_ in ("VB", "VBP")
            or (clause.tag_ == "VBN" and any(c.lower_ == "be" for c in clause.children))
        )
        and head.lemma_.lower() in MANDATIVE_WORDS
        # a passive subjunctive keeps a bare "be": "demanding that Belgaum be merged"
        and not any(
            c.dep_ == "aux" or (c.dep_ == "auxpass" and c.lower_ != "be") for c in clause.children
        )
    ):
        return f"{head.text} that"
    return None
