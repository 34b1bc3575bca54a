"""Entities of a sentence without rebuilding the document's entity list for every sentence.

``Span.ents`` walks ``Doc.ents``, which builds a Span for every entity of the document on each
call; asked once per sentence by several stages, that was the largest cost of coding a long
article. :func:`entities_in` builds the list once per document and slices it.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

# the last document asked about, its entity starts and entities; a strong reference to one Doc
_last: tuple[Doc, list[int], tuple[Span, ...]] | None = None


def _document_entities(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    global _last
    cached = _last  # read once: another thread (the HTTP API codes in a pool) may replace it
    if cached is None or cached[0] is not doc:
        ents = tuple(doc.ents)
        cached = (doc, [e.start for e in ents], ents)
        _last = cached
    return cached[1], cached[2]


def entities_in(span: Span) -> list[Span]:
    """The named entities that lie wholly inside ``span``, in order (as ``Span.ents``).

    The document's entities are read once per document: do not change ``doc.ents`` while
    asking (eventwire never does after the parse)."""
    starts, ents = _document_entities(span.doc)
    found = []
    for ent in ents[bisect_left(starts, span.start) :]:
        if ent.end > span.end:
            break
        found.append(ent)
    return found
