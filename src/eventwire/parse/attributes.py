"""The model's attribute rules (tag -> POS and morphology, plus exceptions), without the Matcher.

spaCy's ``attribute_ruler`` runs all of its patterns (179 in en_core_web_sm 3.8) through the
Matcher for every token and builds a Span per match; it was 15% of the parse on bench-corpus. Yet
56 of those patterns say only "a token with this fine tag gets this POS and morphology", and all
but 7 of the rest test one token's lower-case form, tag or dependency. :class:`TagAttributes`
answers those with dict lookups (indexed by the word where the pattern names one) and leaves the
Matcher only the multi-token patterns ("gon na", "there is"). Every match is applied in the ruler's
own order, later patterns overriding earlier ones, so the result is the ruler's token for token;
when a model's patterns do not start with a tag table the ruler is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy
from spacy import parts_of_speech  # type: ignore[attr-defined]  # compiled, no stubs
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc


def _tag_only(pattern: dict[str, Any]) -> str | None:
    """The fine tag a pattern is about, when the pattern names nothing else."""
    alternatives = pattern["patterns"]
    if len(alternatives) != 1 or len(alternatives[0]) != 1 or pattern.get("index", 0) != 0:
        return None
    token = alternatives[0][0]
    if set(token) != {"TAG"} or not isinstance(token["TAG"], str):
        return None
    if not set(pattern["attrs"]) <= {"POS", "MORPH"}:
        return None
    return token["TAG"]


_FIELDS = ("LOWER", "TAG", "DEP")  # the token fields single-token exceptions test
_SETTERS = ("POS", "TAG", "DEP", "LEMMA", "MORPH")  # the attributes a pattern may set
_COLUMNS = [POS, TAG, DEP, LEMMA, MORPH]  # the same as attribute ids, for Doc.from_array
_COLUMN = {name: number for number, name in enumerate(_SETTERS)}
_CACHE_LIMIT = 100_000  # distinct (lower, tag, dep, is_space) keys kept (~30 MiB at most)


@dataclass(slots=True)
class _Rule:
    """One single-token exception: its place in the ruler's order, its tests and its values."""

    number: int
    tests: list[tuple[int, str, Any]]  # (field position, operator, operand)
    is_space: bool | None
    attrs: dict[str, str]

    def holds(self, texts: tuple[str, str, str], is_space: bool) -> bool:
        if self.is_space is not None and self.is_space != is_space:
            return False
        for field, operator, operand in self.tests:
            value = texts[field]
            if operator == "==":
                ok = value == operand
            elif operator == "IN":
                ok = value in operand
            elif operator == "NOT_IN":
                ok = value not in operand
            else:  # REGEX
                ok = operand.search(value) is not None
            if not ok:
                return False
        return True


def _rule(number: int, token: dict[str, Any], attrs: dict[str, str]) -> _Rule | None:
    """Compile one single-token pattern, or None when it uses a test this class does not know."""
    tests: list[tuple[int, str, Any]] = []
    is_space = token.get("IS_SPACE")
    for key, value in token.items():
        if key == "IS_SPACE":
            continue
        if key not in _FIELDS:
            return None
        field = _FIELDS.index(key)
        if isinstance(value, str):
            tests.append((field, "==", value))
        elif isinstance(value, dict) and len(value) == 1:
            ((operator, operand),) = value.items()
            if operator in ("IN", "NOT_IN"):
                tests.append((field, operator, frozenset(operand)))
            elif operator == "REGEX":
                tests.append((field, operator, re.compile(operand)))
            else:
                return None
        else:
            return None
    return _Rule(number, tests, is_space, attrs)


class TagAttributes:
    """Drop-in for ``attribute_ruler``: the tag table and single-token exceptions as dict
    lookups, only the multi-token exceptions through a Matcher."""

    def __init__(self, nlp: Language, name: str = "attribute_ruler") -> None:
        self.name = name
        self.vocab = nlp.vocab
        self._table: dict[str, dict[str, str]] = {}
        self._by_lower: dict[str, list[_Rule]] = {}
        self._any_word: list[_Rule] = []
        self._matcher = Matcher(nlp.vocab, validate=False)
        self._multi: dict[int, tuple[int, dict[str, str]]] = {}  # number -> (index, attrs)
        # (number, index of the token it sets, one test per token) for multi-token patterns
        self._sequences: list[tuple[int, int, list[_Rule]]] = []
        self._cache: dict[tuple[int, ...], tuple[tuple[tuple[int, Any], ...], frozenset]] = {}

    def load(self, patterns: list[dict[str, Any]]) -> int:
        """Take a ruler's patterns; returns how many of them went into the tag table."""
        table = 0
        while table < len(patterns) and (tag := _tag_only(patterns[table])) is not None:
            # a later pattern for the same tag overrides
            self._table[tag] = {**self._table.get(tag, {}), **patterns[table]["attrs"]}
            table += 1
        for number, pattern in enumerate(patterns[table:], start=table):
            unsupported = set(pattern["attrs"]) - set(_SETTERS)
            if unsupported:
                raise ValueError(f"attribute_ruler pattern sets {sorted(unsupported)}: {pattern}")
            alternatives = pattern["patterns"]
            rules = [_rule(number, a[0], pattern["attrs"]) for a in alternatives if len(a) == 1]
            if len(rules) == len(alternatives) and all(rules):
                for rule in rules:
                    assert rule is not None
                    lowers = [op for f, o, op in rule.tests if f == 0 and o in ("==", "IN")]
                    if lowers:
                        words = [lowers[0]] if isinstance(lowers[0], str) else lowers[0]
                        for word in words:
                            self._by_lower.setdefault(word, []).append(rule)
                    else:
                        self._any_word.append(rule)
                continue
            index = pattern.get("index", 0)
            sequences = [
                [_rule(number, token, pattern["attrs"]) for token in a] for a in alternatives
            ]
            if all(
                all(sequence) and -len(sequence) <= index < len(sequence) for sequence in sequences
            ):
                for sequence in sequences:  # fixed runs of single-token tests: "gon na"
                    self._sequences.append((number, index % len(sequence), sequence))  # type: ignore[arg-type]
            else:
                self._matcher.add(str(number), alternatives)
                self._multi[number] = (index, pattern["attrs"])
        return table

    def _values(self, attrs: dict[str, str]) -> tuple[tuple[int, int], ...]:
        """A rule's attributes as (column of _COLUMNS, value id), as the setters would store
        them."""
        out = []
        for attr, value in attrs.items():
            if attr == "POS":
                if value not in parts_of_speech.IDS:
                    raise ValueError(f"attribute_ruler pattern sets an unknown POS {value!r}")
                number = parts_of_speech.IDS[value]
            elif attr == "MORPH":
                number = self.vocab.morphology.add(value)
            else:
                number = self.vocab.strings.add(value)
            out.append((_COLUMN[attr], number))
        return tuple(out)

    def _single(
        self, key: tuple[int, ...]
    ) -> tuple[tuple[tuple[int, Any], ...], frozenset[tuple[int, int]]]:
        """For a token whose (lower, tag, dep, is_space) ids are ``key``: the tag table's and
        the single-token rules' (number, values) in the ruler's order, and the (sequence,
        position) of every multi-token pattern test it passes."""
        strings = self.vocab.strings
        texts = (strings[key[0]], strings[key[1]], strings[key[2]])
        is_space = bool(key[3])
        hits: list[tuple[int, Any]] = []
        attrs = self._table.get(texts[1])
        if attrs is not None:
            hits.append((-1, self._values(attrs)))
        for rule in (*self._by_lower.get(texts[0], ()), *self._any_word):
            if rule.holds(texts, is_space):
                hits.append((rule.number, self._values(rule.attrs)))
        marks = frozenset(
            (number, position)
            for number, (_, _, tests) in enumerate(self._sequences)
            for position, test in enumerate(tests)
            if test.holds(texts, is_space)
        )
        return tuple(hits), marks

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # (pattern number, token index, values) in the order the ruler applies them; a token's
        # single-token results depend only on its (lower, tag, dep, is_space), so are cached
        found: list[tuple[int, int, Any]] = []
        cache = self._cache
        marked: list[tuple[int, frozenset[tuple[int, int]]]] = []  # (token, sequence tests)
        for i, row in enumerate(doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()):
            key = tuple(row)
            known = cache.get(key)
            if known is None:
                known = self._single(key)
                if len(cache) < _CACHE_LIMIT:
                    cache[key] = known
            for number, values in known[0]:
                found.append((number, i, values))
            if known[1]:
                marked.append((i, known[1]))
        found += self._sequence_matches(marked)
        if self._multi:
            for match_id, start, end in self._matcher(doc, allow_missing=True):
                number = int(self.vocab.strings[match_id])
                index, attrs = self._multi[number]
                found.append((number, doc[start:end][index].i, self._values(attrs)))
        found.sort(key=lambda item: item[0])
        rows = doc.to_array(_COLUMNS).tolist()
        for _, i, values in found:
            row = rows[i]
            for column, value in values:
                row[column] = value
        array: Any = numpy.array(rows, dtype=numpy.uint64)  # spaCy's stubs want thinc's types
        doc.from_array(_COLUMNS, array)
        return doc

    def _sequence_matches(
        self, marked: list[tuple[int, frozenset[tuple[int, int]]]]
    ) -> list[tuple[int, int, Any]]:
        """Multi-token patterns as the Matcher finds them: every run of consecutive tokens
        that passes the pattern's tests in order."""
        marks = dict(marked)
        found = []
        for i, first in marked:
            for sequence, position in first:
                if position:
                    continue
                number, index, tests = self._sequences[sequence]
                if all((sequence, k) in marks.get(i + k, ()) for k in range(1, len(tests))):
                    found.append((number, i + index, self._values(tests[0].attrs)))
        return found

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("eventwire_tag_attributes_v1")
def make_tag_attributes(nlp: Language, name: str) -> TagAttributes:
    return TagAttributes(nlp, name)


def replace_attribute_ruler(nlp: Language) -> bool:
    """Swap the model's ``attribute_ruler`` for :class:`TagAttributes` (same output, faster).

    Keeps the ruler when its patterns do not begin with a tag table (nothing to gain)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns = ruler.patterns
    if not patterns or _tag_only(patterns[0]) is None:
        return False
    nlp.replace_pipe("attribute_ruler", "eventwire_tag_attributes_v1")
    fast = nlp.get_pipe("attribute_ruler")
    assert isinstance(fast, TagAttributes)
    fast.load(patterns)
    return True
