"""Named entities without the statistical NER: eventwire's default (#7).

The small model's NER is about half of its parse time (it runs its own token-to-vector network),
while everything eventwire reads from entities is either a name its own tables know (actors,
places) or a date. :class:`RuleEntities` sets ``Doc.ents`` from those:

- DATE: weekdays, months with or without day and year, years after a preposition, and relative
  phrases ("last week", "two days ago", "earlier this month", "yesterday");
- names: runs of capitalised words (proper nouns, title-case nouns and adjectives, and a
  sentence's first word) are read longest window first against the actor knowledge base
  (people -> PERSON, organisations -> ORG, countries and seats -> GPE, demonyms -> NORP) and the
  gazetteer (GPE, proper nouns only);
- what remains of a run is an ORG when it ends in an organisation word ("Council", "Party") or
  is an acronym, else a PERSON when it is all proper nouns (one unknown word only where it is
  not a place after "in"); title words ("Foreign Minister") and a sentence's first word that
  is no proper noun are left out. A small town's name after an unknown word is part of that
  name ("Tabqa Dam"), and so is a city's under a million people that ends the run after an
  unknown title-case first name ("Carlos Mesa", not Mesa, Arizona), unless the run follows
  "in", "to" or another word of place.

It reads the tagger's and parser's output: the pipeline parses with ``ner`` disabled and then
calls it. On every eval set but one it scores as the model's NER does or better (better on the
petrarch unit suite and the team articles); on dev-articles the model's parse keeps one event
above the default confidence cut that this one does not (README, ``--entities``).
``PipelineConfig(entities="model")`` keeps the model's NER. The README's Scaling section gives
its speed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a datestamp's abbreviated weekday: "Sun May 26 2013" ("Sun" is no town in China)
_SHORT_DAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
_UNIT = r"(?:days?|weeks?|months?|years?|weekend|decades?)"
_NUMBER = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"

# Names are capitalised ("May" the month, not "may" the verb); relative phrases are not.
_NAMED_DATES = re.compile(
    rf"\b(?:(?:last|next|this|early|late)\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"(?:,?\s+\d{{1,2}}\s+{_MONTH}|,?\s+{_MONTH}\s+\d{{1,2}}\b)?"
    rf"|\b{_SHORT_DAY}\d{{1,2}}\s+{_MONTH}(?:,?\s+(?:19|20)\d{{2}})?"
    rf"|\b{_SHORT_DAY}{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d{{2}})?"
    rf"|\b(?:(?:early|mid|late)[\s-]+)?{_MONTH}(?:\s+(?:19|20)\d{{2}})?(?=[\s,.;:]|$)"
    r"|\bthe\s+(?:19|20)\d0s\b"
)
# a bare year is a date after a preposition: "in 2019", "since 2014" (not "2000 troops")
_YEARS = re.compile(
    r"\b(?:in|by|of|since|until|from|before|after)\s+"
    r"((?:(?:early|mid|late)[\s-]+)?(?:19|20)\d{2})\b"
)
_RELATIVE_DATES = re.compile(
    rf"\b(?:yesterday|today|tomorrow|tonight)\b"
    rf"|\b(?:earlier|later)\s+(?:this|that|last|next)\s+(?:week|month|year)\b"
    rf"|\b(?:the\s+)?(?:last|next|this|past|coming)\s+(?:{_NUMBER}\s+)?{_UNIT}\b"
    rf"|\b{_NUMBER}\s+{_UNIT}\s+(?:ago|earlier|later)\b",
    re.IGNORECASE,
)


def _a_name(span: Span) -> bool:
    """ "May" alone after a capitalised word, or before a verb of the past or present, is a
    name: "Theresa May", "Prime Minister May", "May told parliament"
    ("In May" is a date: the word before is a function word; "the Million March" stays a
    date, no town of March)."""
    if len(span) != 1 or span.text != "May":
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.tag_ in ("VBD", "VBZ"):
        # "May told parliament", "May says": a month does not tell or say (not after "in")
        return span.start == 0 or span.doc[span.start - 1].pos_ not in ("ADP", "DET")
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_title and not before.is_stop and not before.is_sent_start


# Heads of organisation names the tables do not list ("the Sudanese Professionals Association").
_ORG_WORDS = frozenset(
    [
        "agency",
        "alliance",
        "army",
        "assembly",
        "association",
        "authority",
        "bank",
        "board",
        "brigade",
        "brigades",
        "cabinet",
        "center",
        "centre",
        "coalition",
        "command",
        "commission",
        "committee",
        "company",
        "congress",
        "corporation",
        "corps",
        "council",
        "court",
        "department",
        "directorate",
        "federation",
        "force",
        "forces",
        "front",
        "fund",
        "gazette",
        "group",
        "guard",
        "herald",
        "institute",
        "journal",
        "league",
        "militia",
        "ministry",
        "movement",
        "news",
        "office",
        "organisation",
        "organization",
        "parliament",
        "party",
        "police",
        "post",
        "press",
        "senate",
        "service",
        "services",
        "times",
        "tribunal",
        "tribune",
        "union",
        "university",
    ]
)
_TITLE_CASE_POS = frozenset({"NOUN", "ADJ"})
# Lower-case particles inside names: "Nouri al-Maliki", "Ursula von der Leyen".
NAME_PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "ben",
        "ibn",
        "abu",
        "de",
        "del",
        "der",
        "di",
        "da",
        "du",
        "la",
        "le",
        "van",
        "von",
    ]
)
_JOINERS = frozenset({"of", "-", "&"})
# small words inside a hyphenated place name: "Port-au-Prince", "Boulogne-sur-Mer"
_INNER_PARTICLES = frozenset({"au", "aux", "en", "sur", "sous", "les", "lès"})
_SMALL_TOWN = 100_000
_CITY = 1_000_000
# function words a name capitalises inside it ("Doctors Without Borders")
_NAME_FUNCTION_POS = frozenset({"ADP", "CCONJ", "DET"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into", "to"})
_BEFORE_A_PLACE = _LOCATIVE | {"from"}

Lookup = Callable[[str], Iterable[Any]]  # text -> entries with a ``kind`` (KB or gazetteer)


class RuleEntities:
    """Sets ``Doc.ents`` from the knowledge base, the gazetteer and date patterns."""

    def __init__(
        self,
        kb_lookup: Lookup,
        place_lookup: Lookup,
        titles: Iterable[str] = (),
        max_words: int = 6,
    ) -> None:
        self.kb_lookup = kb_lookup
        self.place_lookup = place_lookup
        # words of titles ("Vice President", "Foreign Minister"): before a name, not of it;
        # abbreviated ones as written too ("Gen.", "Sen.")
        words = {w for title in titles for w in re.split(r"[\s-]+", title)}
        self.title_words = frozenset(words | {f"{w}." for w in words})
        self.max_words = max(1, min(max_words, 8))

    def __call__(self, doc: Doc) -> Doc:
        words = _Words(doc)
        spans = self._dates(doc, words.text)
        taken = {i for span in spans for i in range(span.start, span.end)}
        for start, end in _runs(words, taken):
            spans += [
                Span(doc, i, j, label=label) for i, j, label in self._names(words, start, end)
            ]
        doc.ents = sorted(spans, key=lambda s: s.start)  # type: ignore[assignment]
        return doc

    def _dates(self, doc: Doc, text: str) -> list[Span]:
        found = [m.span() for m in _NAMED_DATES.finditer(text)]
        found += [m.span() for m in _RELATIVE_DATES.finditer(text)]
        found += [m.span(1) for m in _YEARS.finditer(text)]
        spans: list[Span] = []
        last_end = -1
        for start, end in sorted(found, key=lambda se: (se[0], -se[1])):
            if start < last_end:
                continue  # overlaps a longer phrase already taken
            span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
            if span is not None and _a_name(span):
                continue
            if span is not None and (not spans or span.start >= spans[-1].end):
                spans.append(span)
                last_end = end
        return spans

    def _names(self, words: _Words, start: int, end: int) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        unknown: list[int] = []
        i = start
        while i < end:
            hit = self._longest(words, i, end)
            if (
                hit is not None
                and unknown
                and unknown[-1] == i - 1
                and (
                    words.lower[i] in NAME_PARTICLES
                    or (
                        hit[3] is not None
                        and (
                            hit[3] < _SMALL_TOWN
                            or (
                                hit[3] < _CITY
                                and self._family_name_at(words, start, i, hit[1], end)
                            )
                        )
                    )
                )
            ):
                # "Vikram University", "Tabqa Dam": a small town's name ending a name the
                # tables do not know is part of that name (University, Florida; Dome, Ghana);
                # so is any name that starts with a particle ("Ras al-Ain" is no Al Ain, UAE),
                # and a city's that ends the run after an unknown name: a family name
                # ("Carlos Mesa", not Mesa, Arizona)
                hit = None
            if hit is None:
                unknown.append(i)
                i += 1
                continue
            out += self._leftover(words, unknown)
            unknown = []
            out.append(hit[:3])
            i = hit[1]
        return out + self._leftover(words, unknown)

    def _family_name_at(self, words: _Words, start: int, i: int, j: int, end: int) -> bool:
        """The words from ``i`` to ``j`` end the run from ``start`` after a first name: a
        title-case proper noun the tables do not know ("Carlos Mesa"; not "RSS Tirupur", "The
        Jammu", "In Muzaffarpur", nor a place's two names after "to": "on his way to Nagamalai
        Pudukottai")."""
        before = i - 1
        return (
            j == end
            and (start == 0 or words.lower[start - 1] not in _BEFORE_A_PLACE)
            and words.pos[before] == "PROPN"
            and words.text_of[before].istitle()
            and words.lower[before] not in self.title_words
        )

    def _longest(self, words: _Words, i: int, end: int) -> tuple[int, int, str, int | None] | None:
        """The longest name from word ``i``: (start, end, label, the most people of the
        gazetteer's towns of that name when it is only such towns, else None)."""
        if words.lower[i] in _JOINERS:
            return None
        if i >= 2 and words.text_of[i - 1] == "-" and words.lower[i - 2] in NAME_PARTICLES:
            return None  # "Abu Jandal al-Kuwaiti": a nisba is part of the name, not a demonym
        for j in range(min(end, i + self.max_words), i, -1):
            if words.lower[j - 1] in _JOINERS or words.text_of[j - 1] in NAME_PARTICLES:
                continue
            text = words.span_text(i, j)
            label = _label(self.kb_lookup(text))
            if label is None and j - i == 1 and text.endswith("s"):
                # "Thousands of Cubans": a people's plural the tables give in the singular
                label = "NORP" if _label(self.kb_lookup(text[:-1])) == "NORP" else None
            town: int | None = None
            if label is None and all(
                words.pos[k] == "PROPN" or words.lower[k] in _JOINERS for k in range(i, j)
            ):
                places = list(self.place_lookup(text))
                if text.isupper() and len(text) <= 5:
                    places = []  # "the MIM": an acronym the tables do not know (Mim, Ghana)
                label = _place_label(places)  # not "Union", "Mobile"
                if label is not None and self._name_goes_on(words, j, end):
                    label = None  # the place starts a name the tables do not know
                if places and all(getattr(p, "kind", "city") == "city" for p in places):
                    town = max(getattr(p, "population", 0) for p in places)
            if label is not None:
                return i, j, label, town
        return None

    def _name_goes_on(self, words: _Words, j: int, end: int) -> bool:
        """Whether the run goes on after a place name with a proper noun the actor tables do
        not know: "Laurent Gbagbo" is a person, not the town of Laurent."""
        if j >= end or words.pos[j] != "PROPN" or words.lower[j] in self.title_words:
            return False
        return not any(
            _label(self.kb_lookup(words.span_text(j, k)))
            for k in range(min(end, j + self.max_words), j, -1)
        )

    def _leftover(self, words: _Words, indices: list[int]) -> list[tuple[int, int, str]]:
        """Unknown words of a run, in groups of adjacent words: organisations and people."""
        out: list[tuple[int, int, str]] = []
        groups: list[list[int]] = []
        for i in indices:
            if groups and groups[-1][-1] == i - 1:
                groups[-1].append(i)
            else:
                groups.append([i])
        lower, titles = words.lower, self.title_words
        for group in groups:
            while group and (
                lower[group[0]] in _JOINERS | {"the"}
                or (len(group) > 1 and lower[group[0]] in titles)
                or (words.first[group[0]] and words.pos[group[0]] != "PROPN")  # "Police said"
            ):
                group = group[1:]
            if len(group) == 1 and lower[group[0]] in titles:
                continue
            while group and (
                lower[group[-1]] in _JOINERS or words.text_of[group[-1]] in NAME_PARTICLES
            ):
                group = group[:-1]
            if group:
                label = _unknown_label(words, group[0], group[-1] + 1)
                if label is not None:
                    out.append((group[0], group[-1] + 1, label))
        return out


class _Words:
    """A document's token attributes, read once (a spaCy Token is built on every access)."""

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, SPACY, LOWER, LEMMA, POS, SENT_START, DEP, HEAD]).tolist()
        self.text_of = [strings[r[0]] for r in rows]
        self.space = [" " if r[1] else "" for r in rows]
        self.lower = [strings[r[2]] for r in rows]
        self.lemma = [strings[r[3]].lower() for r in rows]
        self.pos = [strings[r[4]] for r in rows]
        self.first = [r[5] == 1 for r in rows]
        self.dep = [strings[r[6]] for r in rows]
        # HEAD is an offset; the array holds it as unsigned, so wrap it back
        self.head_lower = [self.lower[(i + _signed(r[7])) % len(rows)] for i, r in enumerate(rows)]
        self.text = "".join(t + w for t, w in zip(self.text_of, self.space, strict=True))

    def __len__(self) -> int:
        return len(self.text_of)

    def span_text(self, i: int, j: int) -> str:
        parts = [self.text_of[k] + self.space[k] for k in range(i, j - 1)]
        return "".join(parts) + self.text_of[j - 1]


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _label(entries: Iterable[Any]) -> str | None:
    kinds = {e.kind for e in entries}
    for kind, label in (
        ("person", "PERSON"),
        ("org", "ORG"),
        ("country", "GPE"),
        ("seat", "GPE"),
        ("adjective", "NORP"),
    ):
        if kind in kinds:
            return label
    return None


def _place_label(entries: Iterable[Any]) -> str | None:
    return "GPE" if any(True for _ in entries) else None


def _unknown_label(words: _Words, i: int, j: int) -> str | None:
    last = j - 1
    if words.lower[last] in _ORG_WORDS or words.lemma[last] in _ORG_WORDS:
        return "ORG"
    text = words.text_of[last]
    if j - i == 1 and text.isupper() and 2 <= len(text) <= 6:
        return "ORG"  # an acronym the tables do not know
    if not all(
        words.pos[k] == "PROPN" or words.lower[k] in _JOINERS | NAME_PARTICLES for k in range(i, j)
    ):
        return None
    if j - i == 1 and words.dep[last] == "pobj" and words.head_lower[last] in _LOCATIVE:
        return None  # "in Khan Younis": a place the gazetteer decides, not a person
    return "PERSON"


def _runs(words: _Words, taken: set[int]) -> list[tuple[int, int]]:
    """(start, end) of each run of name words: proper nouns, title-case nouns and adjectives
    (a sentence's first word only where the tables know it), joined by "of", "-" or "&"."""
    n = len(words)
    text_of, lower, pos = words.text_of, words.lower, words.pos

    def name_word(i: int) -> bool:
        if i in taken:
            return False
        if lower[i] in NAME_PARTICLES and i + 2 < n and text_of[i + 1] == "-":
            return name_word(i + 2)  # "al-Maliki": the particle belongs to the name
        if (
            lower[i] in _INNER_PARTICLES
            and 0 < i < n - 2
            and text_of[i - 1] == text_of[i + 1] == "-"
        ):
            return name_word(i + 2)  # "Port-au-Prince", "Aix-en-Provence"
        if not text_of[i][:1].isupper():
            return False
        # a sentence's first word may be any word ("Barack" is tagged ADP there at times); the
        # tables decide, and an unknown non-name first word is dropped from the run
        return pos[i] == "PROPN" or pos[i] in _TITLE_CASE_POS or words.first[i]

    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not name_word(i):
            i += 1
            continue
        j = i + 1
        while j < n:
            if name_word(j):
                j += 1
            elif lower[j] in _JOINERS and j + 1 < n and name_word(j + 1):
                j += 2
            elif lower[j] in NAME_PARTICLES and j + 1 < n and name_word(j + 1):
                j += 2  # "Ursula von Leyen"
            elif (
                text_of[j][:1].isupper()
                and pos[j] in _NAME_FUNCTION_POS
                and j + 1 < n
                and name_word(j + 1)
            ):
                j += 2  # "Doctors Without Borders", "Reporters Without Borders"
            else:
                break
        runs.append((i, j))
        i = j
    return runs
