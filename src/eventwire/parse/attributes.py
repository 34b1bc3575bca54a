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
_SETTERS = {"POS": "pos_", "TAG": "tag_", "DEP": "dep_", "LEMMA": "lemma_", "MORPH": "morph"}


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
            else:
                self._matcher.add(str(number), alternatives)
                self._multi[number] = (pattern.get("index", 0), pattern["attrs"])
        return table

    def __call__(self, doc: Doc) -> Doc:
        # (pattern number, token index, attrs) in the order the ruler applies them
        found: list[tuple[int, int, dict[str, str]]] = []
        for token in doc:
            texts = (token.lower_, token.tag_, token.dep_)
            attrs = self._table.get(texts[1])
            if attrs is not None:
                found.append((-1, token.i, attrs))
            for rule in (*self._by_lower.get(texts[0], ()), *self._any_word):
                if rule.holds(texts, token.is_space):
                    found.append((rule.number, token.i, rule.attrs))
        if self._multi:
            for match_id, start, end in self._matcher(doc, allow_missing=True):
                number = int(self.vocab.strings[match_id])
                index, attrs = self._multi[number]
                found.append((number, doc[start:end][index].i, attrs))
        found.sort(key=lambda item: item[0])
        for _, i, attrs in found:
            token = doc[i]
            for attr, value in attrs.items():
                if attr == "MORPH":
                    token.set_morph(value)  # type: ignore[attr-defined]  # not in spaCy's stubs
                else:
                    setattr(token, _SETTERS[attr], value)
        return doc

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
