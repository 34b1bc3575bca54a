"""The model's lemmatizer, remembered by (word, POS, morphology).

spaCy's rule lemmatizer reads only a token's text, universal POS and morphology, yet it is
called token by token through Python (about 3% of a parse without NER on bench-corpus). Asking
it once per distinct (word, POS, morphology) and writing the lemmas back in one array gives its
output token for token.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

_CACHE_LIMIT = 100_000  # distinct (word, POS, morphology) keys kept (~20 MiB at most)


class RememberedLemmas:
    """Drop-in for a rule or lookup ``lemmatizer``: each distinct key is lemmatised once."""

    def __init__(self, name: str = "lemmatizer") -> None:
        self.name = name
        self.lemmatizer: Lemmatizer | None = None  # the model's, set by remember_lemmas
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer is None:
            raise ValueError("RememberedLemmas has no lemmatizer: build it with remember_lemmas")
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        lemmas = self._lemmas
        overwrite = lemmatizer.overwrite
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        out = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = lemmas.get(key, 0)
                if not lemma:
                    lemma = strings.add(lemmatizer.lemmatize(doc[i])[0])
                    if len(lemmas) < _CACHE_LIMIT:
                        lemmas[key] = lemma
            out.append(lemma)
        array: Any = numpy.array(out, dtype=numpy.uint64)  # spaCy's stubs want thinc's types
        doc.from_array([LEMMA], array)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("eventwire_remembered_lemmas_v1")
def make_remembered_lemmas(nlp: Language, name: str) -> RememberedLemmas:
    return RememberedLemmas(name)


def remember_lemmas(nlp: Language) -> bool:
    """Wrap the model's ``lemmatizer`` in :class:`RememberedLemmas` (same lemmas, faster).

    Only rule and lookup lemmatizers, whose answer depends on nothing but the key."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode not in ("rule", "lookup"):
        return False
    nlp.replace_pipe("lemmatizer", "eventwire_remembered_lemmas_v1")
    remembered = nlp.get_pipe("lemmatizer")
    assert isinstance(remembered, RememberedLemmas)
    remembered.lemmatizer = lemmatizer
    return True
