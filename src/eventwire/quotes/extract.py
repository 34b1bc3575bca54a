"""Direct and partial quotes with their speakers.

A quote is text between straight or curly double quotes, possibly over several sentences. Its
speaker is the subject of the reporting verb ("said", "added", "told") that governs the quote or
stands beside it in the sentence where the quote ends (or, failing that, begins); the speaker goes
through the actor stage, so "said the Iraqi vice president" and "he added" resolve to the person
named earlier. A quote inside a running sentence ("believes "in Russia's role"") is *partial*.

Indirect speech is a quote too (kind *indirect*): the clause a reporting verb governs ("Xi said
that China would never seek hegemony") and the statement attributed by "according to X".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..actors.resolve import ActorResolver, ArticleMemory
from ..models import Actor, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

REPORTING_VERBS = frozenset(
    {
        "say",
        "add",
        "tell",
        "state",
        "declare",
        "insist",
        "stress",
        "warn",
        "note",
        "explain",
        "write",
        "announce",
        "claim",
        "argue",
        "affirm",
        "reiterate",
        "conclude",
        "continue",
        "remark",
        "comment",
        "assert",
        "emphasise",
        "emphasize",
        "ask",
        "reply",
    }
)
_QUOTE = re.compile(r"[\"“”]([^\"“”]{3,}?)[\"“”]", re.DOTALL)
_MIN_WORDS = 3  # fewer is a scare quote ("substantial"), not somebody's words
_MIN_DIRECT_WORDS = 4


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted text (without the marks)."""
    spans = []
    for m in _QUOTE.finditer(text):
        if len(m.group(1).split()) < _MIN_WORDS:
            continue
        end = m.end(1)
        while end > m.start(1) and text[end - 1] in ", \n":  # "We are ready," he said
            end -= 1
        spans.append((m.start(1), end))
    return spans


def _sentence_at(doc: Doc, char: int) -> Span | None:
    for sentence in doc.sents:
        if sentence.start_char <= char < sentence.end_char:
            return sentence
    return None


def _reporting_verb(sentence: Span, start: int, end: int) -> Token | None:
    inside = [t for t in sentence if start <= t.idx < end]
    for token in inside[:1]:  # the verb governing the quote, nearest first
        for ancestor in token.ancestors:
            if not (start <= ancestor.idx < end) and ancestor.lemma_.lower() in REPORTING_VERBS:
                return ancestor
    for token in sentence:
        outside = not (start <= token.idx < end)
        if outside and token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS:
            return token
    return None


def _speaker(
    verb: Token, resolver: ActorResolver, date: dt.date | None, memory: ArticleMemory
) -> Actor | None:
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and current is verb:
            subjects = _inverted_subject(verb)
        if subjects:
            return resolver.resolve(subjects[0], date, memory)
        current = current.head if current.dep_ in ("conj", "xcomp", "advcl") else None
    return None


def _inverted_subject(verb: Token) -> list[Token]:
    """'..." said Russian speaker Matviyenko following ...': spaCy often hangs the inverted
    subject on the next clause; take the first noun-phrase head right after the verb."""
    for token in verb.doc[verb.i + 1 : verb.i + 7]:
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and token.pos_ in (
            "PROPN",
            "NOUN",
            "PRON",
        ):
            return [token]
        if token.is_punct:
            break
    return []


def quotes_ending_in(
    sentence: Span,
    spans: list[tuple[int, int]],
    resolver: ActorResolver,
    date: dt.date | None,
    memory: ArticleMemory,
    text: str | None = None,
) -> list[Quote]:
    """The quotes attributed in ``sentence``, with speakers resolved now, in reading order, so
    coreference sees the same people the events saw. ``text`` is the document's text, when the
    caller has it (it saves rebuilding it from the tokens).

    A quote is handled in the sentence just after its closing mark (where "said X" stands),
    searching that sentence, then the one holding the quote's end, then its start.
    """
    doc = sentence.doc
    # Doc.text joins every token on each call: read it once, and only when a quote is here
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    full_text = text
    out: list[Quote] = []
    for start, end in spans:
        anchor = min(end + 1, length - 1)
        if not (sentence.start_char <= anchor < sentence.end_char) and not (
            anchor >= sentence.end_char and sentence.end == len(doc)
        ):
            continue
        verb = None
        for char in (anchor, end - 1, start):
            around = _sentence_at(doc, char)
            if around is not None:
                verb = _reporting_verb(around, start, end)
                if verb is not None:
                    break
        speaker = _speaker(verb, resolver, date, memory) if verb is not None else None
        opening = _sentence_at(doc, start)
        full_text = doc.text if full_text is None else full_text
        quoted = full_text[start:end]
        left = opening.start_char if opening is not None else 0
        before = full_text[max(left, start - 40) : start - 1].rstrip()
        standalone = start - 1 <= left or before.endswith((":", ",", "."))
        kind = "direct" if standalone and len(quoted.split()) >= _MIN_DIRECT_WORDS else "partial"
        out.append(Quote(text=quoted, start=start, end=end, speaker=speaker, kind=kind))
    return out


_COMPLEMENTISERS = frozenset({"that", "whether", "if"})


def _words_text(tokens: list[Token]) -> tuple[str, int, int] | None:
    """The text from the first to the last token, trailing punctuation dropped."""
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    while tokens and (
        tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ in _COMPLEMENTISERS
    ):
        tokens = tokens[1:]
    if len([t for t in tokens if not t.is_punct]) < _MIN_WORDS:
        return None
    start, last = tokens[0].idx, tokens[-1]
    end = last.idx + len(last.text)
    return tokens[0].doc[tokens[0].i : last.i + 1].text, start, end


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def indirect_quotes(
    sentence: Span,
    spans: list[tuple[int, int]],
    resolver: ActorResolver,
    date: dt.date | None,
    memory: ArticleMemory,
) -> list[Quote]:
    """Reported speech in ``sentence`` outside the direct quotes ``spans``."""
    out: list[Quote] = []
    for token in sentence:
        if token.lower_ == "according":
            to = [c for c in token.children if c.lower_ == "to"]
            who = [p for c in to for p in c.children if p.dep_ == "pobj"]
            if not who:
                continue
            skip = {t.i for t in token.subtree}
            rest = [t for t in sentence if t.i not in skip]
            runs: list[list[Token]] = []
            for t in rest:
                if runs and t.i == runs[-1][-1].i + 1:
                    runs[-1].append(t)
                else:
                    runs.append([t])
            said = _words_text(max(runs, key=len)) if runs else None
            speaker = resolver.resolve(who[0], date, memory)
        elif token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS:
            clauses = [c for c in token.children if c.dep_ == "ccomp"]
            if not clauses:
                continue
            clause = clauses[0]
            said = _words_text(list(clause.subtree))
            speaker = _speaker(token, resolver, date, memory) if said else None
        else:
            continue
        if said is None or speaker is None or _inside(spans, said[1], said[2]):
            continue  # reported speech with nobody to report it is not a quote
        text, start, end = said
        out.append(Quote(text=text, start=start, end=end, speaker=speaker, kind="indirect"))
    return out
