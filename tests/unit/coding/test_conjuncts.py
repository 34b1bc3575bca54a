"""Conjuncts the parser attaches in surprising places, on hand-built parses (no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.coding.coder import _shared_kind
from eventwire.models import Actor

VOCAB = spacy.blank("en").vocab  # word shapes and lower forms, no model


def _lawmakers_and_gondor() -> Doc:
    # "Lawmakers in Fornost and Gondor welcomed ties ." as the small model parses it: Gondor
    # joined to the lawmakers, not to Fornost
    return Doc(
        VOCAB,
        words=["Lawmakers", "in", "Fornost", "and", "Gondor", "welcomed", "ties", "."],
        heads=[5, 0, 1, 0, 0, 5, 5, 5],
        deps=["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "dobj", "punct"],
        pos=["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
        tags=["NNS", "IN", "NNP", "CC", "NNP", "VBD", "NNS", "."],
    )


def test_a_country_joined_to_people_placed_in_another_is_a_place_of_theirs() -> None:
    doc = _lawmakers_and_gondor()
    lawmakers = Actor("Lawmakers", country="FOR", sector="LEG", cameo_code="FORLEG")
    gondor = Actor("Gondor", name="Gondor", country="GON", cameo_code="GON")
    shared = _shared_kind(doc[4], gondor, {0: lawmakers})
    assert shared is not None and shared.cameo_code == "GONLEG"  # was GON (#4)
    # without the "in" phrase the country is a side of its own ("Lawmakers and Gondor")
    with_no_place = Doc(
        VOCAB,
        words=["Lawmakers", "and", "Gondor", "welcomed", "ties", "."],
        heads=[3, 0, 0, 3, 3, 3],
        deps=["nsubj", "cc", "conj", "ROOT", "dobj", "punct"],
        pos=["NOUN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
        tags=["NNS", "CC", "NNP", "VBD", "NNS", "."],
    )
    assert _shared_kind(with_no_place[2], gondor, {0: lawmakers}) is gondor
