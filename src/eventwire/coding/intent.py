"""Stated intentions: when the source itself announces what it will do, the announcement is the
event.

"Syria says it will withdraw its troops" has not withdrawn anything; Syria has expressed intent
to de-escalate (CAMEO 0356, PLOVER AGREE). "Palestinian leaders said they would boycott all
contact" is a threat (CAMEO 1312, THREATEN). CAMEO codes both as verbal events of their own (roots
03 and 13), and the PLOVER gold standard follows it. A plan reported by somebody else ("Macron
will travel to Beirut, the Elysee said"; "the two leaders are set to meet") stays the planned act.

Three shapes count as the source's own statement:
- a commitment word governs the act: "vowed/pledged/promised/offered to X", "is ready/willing/
  prepared/committed to X";
- a verb of aim takes the act as its infinitive: "is seeking/wants/intends/plans/aims/hopes to
  X" ("Brazil and the United States are seeking to deepen a partnership": 031);
- a reporting verb governs a future clause whose subject is a pronoun for the speaker: "Syria
  said it will ...", "Annan announced that he will ...", "the rebels said they would ...", or
  names the speaker's own country ("Trump said the United States would ...").
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from .factuality import REPORTING_VERBS, answered, conditions_on, governing_chain, open_to

if TYPE_CHECKING:
    from spacy.tokens import Token

COMMITMENT_WORDS = frozenset(
    {"vow", "pledge", "promise", "offer", "swear", "ready", "willing", "prepared", "committed"}
)
# Verbs of aim whose own infinitive states the intention: "are seeking to deepen a partnership"
# (CAMEO 031), "wants to attack Switzerland" (138). Only the infinitive they take: in "as we
# plan for the city's seizure once ISIL is defeated" the defeat is no plan of theirs.
AIMING_VERBS = frozenset({"seek", "want", "intend", "plan", "aim", "hope", "wish"})
FUTURE_WORDS = frozenset({"will", "would", "shall", "'ll", "'d"})
SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def stated_intent(
    trigger: Token, speaks_for: Callable[[Token, Token], bool] | None = None
) -> str | None:
    """The words that make the act the source's own stated intention, or None.
    ``speaks_for(speaker, subject)`` says whether a named subject of the reported clause is
    the speaker's own side ("Trump said the United States would ..."), where a pronoun always
    is."""
    if (
        trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following", "since")
    ) or answered(trigger):
        # "said it would begin enriching uranium after an attack on its Natanz facility", "would
        # respond to Russia's hacking": the act the announcement follows or answers is no act
        # of the speaker's
        return None
    chain = governing_chain(trigger)
    for below, token in pairwise(chain):
        if token.lemma_.lower() == "prepare" and token.pos_ == "VERB":
            continue  # "the US leader prepared to attend the Olympics": getting ready, a plan
        if token.lemma_.lower() in COMMITMENT_WORDS or token.lower_ in COMMITMENT_WORDS:
            return f"{token.text} to"
        if open_to(token, below):
            return "open to"
        if token.lemma_.lower() in AIMING_VERBS and below.dep_ == "xcomp":
            return f"{token.text} to"
    clause = chain[-1] if chain[-1].pos_ in ("VERB", "AUX") else None
    if clause is None:
        return None
    # "it is willing to withdraw": the future or commitment sits on the copula's clause
    future = [c for c in clause.children if c.dep_ == "aux" and c.lower_ in FUTURE_WORDS]
    subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not future or not subject:
        return None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _ANNOUNCING:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    if subject[0].lower_ not in SPEAKER_PRONOUNS and not (
        speaks_for is not None and speaks_for(speaker, subject[0])
    ):
        return None
    return f"{clause.head.text} ... {subject[0].text} {future[0].text}"


# verbs that announce the speaker's own act: reporting verbs, and warnings ("warned that it
# would strike")
_ANNOUNCING = REPORTING_VERBS | {"warn"}


def has_unless(trigger: Token) -> bool:
    """The act's clause carries an "unless" condition: "will withdraw unless X arranges ..."."""
    clause = governing_chain(trigger)[-1]
    return any("unless" in conditions_on(token) for token in (trigger, clause))
