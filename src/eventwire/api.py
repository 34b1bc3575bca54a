"""The library API: load a pipeline once, code many articles.

>>> import eventwire
>>> coded = eventwire.code("Russia's Foreign Minister Sergei Lavrov met ...", date="2017-07-25")
>>> pipeline = eventwire.load_pipeline()          # for batches
>>> for coded in pipeline.code_many(articles): ...
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .actors.kb import ActorKB, load_kb
from .actors.petrarch import Discards, find_dictionaries, load_petrarch_kb, read_discards
from .actors.resolve import ActorResolver, ArticleMemory, names_a_place
from .coding.coder import PROTESTERS_HOW, THE_TWO, EventCoder, in_country
from .coding.factuality import governing_chain
from .coding.lexicon import Lexicon, load_lexicon
from .coding.ontology import Ontology, load_ontology
from .config import PipelineConfig
from .errors import ConfigError, EventwireError
from .ingest.readers import parse_iso_date
from .models import Actor, Article, CodedArticle, Event, Failure, Place, Quote
from .parse.entities import entities_in
from .parse.nlp import load_nlp
from .parse.rule_entities import RuleEntities
from .quotes.extract import find_quote_spans, indirect_quotes, quotes_ending_in
from .when.attach import DateChoice, choose_date, own_clause_verb, scene_clause, sharing_a_subject
from .when.dates import copyright_years, find_dateline, warm_up
from .where.gazetteer import Gazetteer, load_gazetteer
from .where.locate import (
    SPOKEN,
    article_places,
    choose_location,
    context_countries,
    reacts,
    sole_country,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token


def _sure_enough(events: list[Event], least: float) -> list[Event]:
    """The events of at least ``least`` confidence, and every sentence's likeliest reading
    however unsure (a sentence that tells an event keeps it; its unsure asides are left out).
    Every event was coded first: a later one may lean on an earlier, unsure one."""
    best: dict[int, float] = {}
    for event in events:
        start = event.evidence.start
        best[start] = max(best.get(start, 0.0), event.confidence)
    return [e for e in events if e.confidence >= min(least, best[e.evidence.start])]


class Pipeline:
    """A loaded pipeline: the spaCy model and every table, built once and reused."""

    def __init__(
        self,
        config: PipelineConfig,
        nlp: Language,
        kb: ActorKB,
        lexicon: Lexicon,
        ontology: Ontology,
        gazetteer: Gazetteer,
        discards: Discards | None = None,
    ) -> None:
        self.config = config
        self.discards = discards or Discards()
        self.nlp = nlp
        self.kb = kb
        self.lexicon = lexicon
        self.ontology = ontology
        self.gazetteer = gazetteer
        self.resolver = ActorResolver(kb, gazetteer)
        self.entity_rules = (
            RuleEntities(
                kb.lookup,
                gazetteer.candidates,
                [agent.phrase for agent in kb.agents.values() if agent.title],
                kb.max_words,
            )
            if config.entities == "rules"
            else None
        )
        self.coder = EventCoder(lexicon, ontology, self.resolver, explain=config.explain)

    def with_options(self, **changes: object) -> Pipeline:
        """The same loaded model and tables with other run-time options (``explain``,
        ``batch_size``); options that change what is loaded need :func:`load_pipeline`."""
        reload = sorted(
            set(changes) & {"model", "actor_dir", "petrarch_dictionaries", "min_population"}
        )
        if reload:
            raise ConfigError(f"{', '.join(reload)} cannot change without load_pipeline()")
        config = replace(self.config, **changes)  # type: ignore[arg-type]
        config.validate()
        return Pipeline(
            config, self.nlp, self.kb, self.lexicon, self.ontology, self.gazetteer, self.discards
        )

    def with_dictionaries(self, prefix: Path | None) -> Pipeline:
        """The same loaded model and gazetteer coding with the PETRARCH dictionaries at
        ``prefix`` (None: the shipped tables) in place of the knowledge base and lexicon."""
        config = replace(self.config, actor_dir=None, petrarch_dictionaries=prefix)
        config.validate()
        kb, lexicon, discards = _tables(config, self.ontology)
        return Pipeline(config, self.nlp, kb, lexicon, self.ontology, self.gazetteer, discards)

    def code(self, article: Article) -> CodedArticle:
        return next(iter(self.code_many([article])))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles in order, parsing them in batches with ``nlp.pipe``."""
        for result in self.code_many_reporting(articles):
            if isinstance(result, Failure):
                raise EventwireError(f"{result.origin}: {result.reason}")
            yield result

    def code_many_reporting(self, articles: Iterable[Article]) -> Iterator[CodedArticle | Failure]:
        """Like :meth:`code_many`, but an article that fails to code becomes a Failure record
        and the batch goes on."""
        pairs = ((article.text, article) for article in articles)
        rules = self.entity_rules
        docs = self.nlp.pipe(
            pairs,
            as_tuples=True,
            batch_size=self.config.batch_size,
            disable=["ner"] if rules is not None and "ner" in self.nlp.pipe_names else [],
        )
        for doc, article in docs:
            try:
                yield self._code_doc(rules(doc) if rules is not None else doc, article)
            except Exception as exc:  # one bad article must not end the batch; it is reported
                yield Failure(
                    article.origin or article.doc_id, f"coding failed: {type(exc).__name__}: {exc}"
                )

    def _code_doc(self, doc: Doc, article: Article) -> CodedArticle:
        warnings = list(article.warnings)
        date = article.date
        dateline_text, dateline_date = find_dateline(article.text)
        if date is None and dateline_date is not None:
            date = dateline_date
        if date is None and article.text.strip():
            years = copyright_years(article.text)
            note = (
                f"; a copyright line names {', '.join(map(str, years))}, which is not taken as "
                "the news date"
                if years
                else ""
            )
            warnings.append(
                f"no document date (give --date or a 'date' field): relative dates are not "
                f"resolved{note}"
            )
        context = context_countries(doc, self.gazetteer, self._demonym_country)
        dateline = None
        if dateline_text:
            dateline = self.gazetteer.resolve(dateline_text, context)
        sole = sole_country(doc, context, self.gazetteer, self._demonym_country)
        memory = ArticleMemory(
            countries=context,
            sole_country=sole,
            dateline_end=_dateline_end(article.text, dateline_text),
            dateline_country=dateline.country if dateline is not None else None,
        )
        events: list[Event] = []
        quotes: list[Quote] = []
        quote_spans = find_quote_spans(article.text)
        story_discard = self.discards.story_hit(article.text)
        if story_discard is not None:
            warnings.append(f"no events: the story names {story_discard[0]!r} ({story_discard[1]})")
        told_before: dt.date | None = None
        for sentence in doc.sents:
            coded = (
                []
                if story_discard is not None
                or (self.discards.sentence and self.discards.sentence_hit(sentence.text))
                else self.coder.code_sentence(article.doc_id, sentence, date, memory)
            )
            # the clauses the sentence's events are told in: a date named in one is that
            # event's, not borrowed by another (a verb's clause is its own)
            claims = {own_clause_verb(trigger).i for _, trigger in coded}
            before = told_before  # what "two days later" counts from: an earlier sentence's day
            for event, trigger in coded:
                situated, when = self._situate(
                    event, trigger, date, claims, context, dateline, before
                )
                events.append(_where_the_two_met(situated, events))
                if not when.from_document and when.value is not None and len(when.value) == 10:
                    told_before = dt.date.fromisoformat(when.value)
            if not coded and len(sentence) > 1:
                # "A huge explosion damaged the bridge on Saturday ... Two days later, Russia
                # launched strikes": a day the text gives with no event coded still counts
                when = choose_date(sentence.root, False, date, set(), before)
                if not when.from_document and when.value is not None and len(when.value) == 10:
                    told_before = dt.date.fromisoformat(when.value)
            quotes.extend(
                quotes_ending_in(
                    sentence, quote_spans, self.resolver, date, memory, text=article.text
                )
            )
            quotes.extend(indirect_quotes(sentence, quote_spans, self.resolver, date, memory))
            self._remember_people(sentence, date, memory)
        warnings += [w for w in memory.warnings if w not in warnings]
        sure = _sure_enough(events, self.config.min_confidence)
        if len(sure) < len(events):
            left = len(events) - len(sure)
            warnings.append(
                f"{left} event{'s' if left != 1 else ''} below confidence "
                f"{self.config.min_confidence:g} left out (each sentence keeps its likeliest; "
                "--min-confidence 0 keeps every event)"
            )
        events = sure
        return CodedArticle(
            doc_id=article.doc_id,
            title=article.title,
            date=date,
            events=tuple(events),
            quotes=_linked(sorted(quotes, key=lambda q: q.start), events),
            places=tuple(article_places(doc, self.gazetteer, context)),
            warnings=tuple(warnings),
            origin=article.origin,
        )

    def _demonym_country(self, text: str) -> str | None:
        """ISO3 of the country a demonym names ("Indian" -> IND, "Cubans" -> CUB), from the
        actor tables."""
        forms = [text, text[:-1]] if text.endswith("s") else [text]
        for form in forms:
            entry = next((e for e in self.resolver.kb.lookup(form) if e.kind == "adjective"), None)
            if entry is not None:
                return entry.key
        return None

    def _remember_people(self, sentence: Span, date: dt.date | None, memory: ArticleMemory) -> None:
        """Named people of a sentence with no event ("Erdogan spoke in Ankara.") are remembered
        too, so a later "he added" finds them."""
        known = {p.name for p in memory.people}
        spans = [(p.start, p.end) for p in memory.people if p.start is not None and p.end]
        for ent in entities_in(sentence):
            if ent.label_ != "PERSON":
                continue
            if any(a <= ent.start_char and ent.end_char <= b for a, b in spans):
                continue  # already resolved as an actor or speaker of this sentence
            actor = self.resolver.resolve(ent.root, date)  # no memory: it must not reorder it
            if actor is not None and actor.name and actor.name not in known:
                memory.remember(actor)
                known.add(actor.name)

    def _situate(
        self,
        event: Event,
        trigger: Token,
        date: dt.date | None,
        claims: set[int],
        context: list[str],
        dateline: Place | None,
        told_before: dt.date | None = None,
    ) -> tuple[Event, DateChoice]:
        own = {t.i for t in governing_chain(trigger)} | sharing_a_subject(trigger)
        when = choose_date(trigger, event.status == "planned", date, claims - own, told_before)
        # the addressee of words is no place: "Kyiv blamed Moscow", "apologised to South Korea"
        # (a meeting's or an attack's named place is: "visited Moscow", "shelled Kharkiv"; so
        # is a town standing for its country: "activists obstructing Hyderabad")
        said = event.quad_class in (1, 3) and event.event_type != "CONSULT"
        actors = [
            (a.start, a.end)
            for a in (event.source, event.target)
            if said
            and a is not None
            and a.start is not None
            and a.end is not None
            and not names_a_place(a)
        ]
        place, place_how = choose_location(
            trigger,
            self.gazetteer,
            context,
            dateline,
            self.resolver.capitals,
            actors,
            struck=event.event_type == "ASSAULT",
            reacting=reacts(event.event_type, event.quad_class),
            spoken=event.event_type in SPOKEN,
        )
        if place is None:
            # "Demonstrators demanded that the government resign" where no place is named: in
            # the country of the protests the story told
            place, place_how = self._protesters_country(event) or (place, place_how)
        explanation = event.explanation
        if explanation is not None:
            explanation = replace(explanation, date_from=when.how, location_from=place_how)
        source, target = event.source, event.target
        if (
            source is not None
            and place is not None
            and place.country is not None
            and (place_how.startswith("clause") or _where_clause_of(trigger, place))
            and _home_authority(source)
        ):
            # "in Minsk, where authorities arrested a journalist": police and authorities act
            # at home
            country = place.country
            source = in_country(source, country, f"authorities act where they act ({place.text!r})")
            if explanation is not None:
                explanation = replace(explanation, source_how=source.how)
            if (
                event.event_type in ("COERCE", "ASSAULT")
                and target is not None
                and target.country is None
                and target.igo is None
                and target.sector is not None
            ):
                # whom they arrest or beat there is of there too (ICEWS places victims so)
                why = f"the victims of authorities at home ({place.text!r})"
                target = in_country(target, country, why)
                if explanation is not None:
                    explanation = replace(explanation, target_how=target.how)
        situated = replace(
            event,
            source=source,
            target=target,
            date=when.value,
            date_is_document_date=when.from_document,
            location=place,
            explanation=explanation,
        )
        # only a place of the meeting's own clause: "raised concerns in a call with Lavrov and
        # urged him to press the regime to cease airstrikes in Aleppo" met nobody in Aleppo
        met_there = place_how.startswith("clause") or _held_there(trigger, place)
        return (self._on_third_ground(situated) if met_there else situated), when

    def _protesters_country(self, event: Event) -> tuple[Place, str] | None:
        """The country (as a place) of the protesters the story told, and how, for an event
        whose source was placed as one of them."""
        source = event.source
        if source is None or source.country is None or PROTESTERS_HOW not in (source.how or ""):
            return None
        country = self.resolver.kb.countries.get(source.country)
        place = self.gazetteer.resolve(country.name, []) if country is not None else None
        if country is None or place is None:
            return None
        return place, f"{PROTESTERS_HOW}: {country.name!r}"

    def _on_third_ground(self, event: Event) -> Event:
        """A meeting of two countries' actors in a third country is PLOVER's CONSULT
        third-party ("Biden and Putin met in Geneva": CAMEO 044, meet at a third location)."""
        place = event.location
        if event.event_type != "CONSULT" or event.mode is not None or place is None:
            return event
        sides = {a.country if a is not None else None for a in (event.source, event.target)}
        if None in sides or len(sides) != 2 or place.country is None or place.country in sides:
            return event
        cameo = "044" if event.cameo == "040" else event.cameo  # a plain meeting, now placed
        explanation = event.explanation
        if explanation is not None:
            rule = f"{explanation.rule}; held in a third country ({place.text!r}): third-party"
            if cameo != event.cameo:
                rule += f", CAMEO {cameo}"
            explanation = replace(explanation, rule=rule)
        return replace(
            event,
            mode="third-party",
            cameo=cameo,
            score=self.ontology.score_of(event.event_type, "third-party"),
            explanation=explanation,
        )


# sectors whose unnamed members act only in their own country
_HOME_SECTORS = frozenset({"COP", "JUD"})
_AUTHORITIES = frozenset({"authorities", "authority", "police", "officials"})


def _home_authority(actor: Actor) -> bool:
    """Police, courts or "the authorities" of no country named: where they act is theirs."""
    return (
        actor.country is None
        and actor.igo is None
        and actor.name is None
        and (
            actor.sector in _HOME_SECTORS
            or (actor.sector == "GOV" and actor.text.split()[-1].lower() in _AUTHORITIES)
        )
    )


def _where_clause_of(trigger: Token, place: Place) -> bool:
    """The trigger's clause is a "where" clause of the place: "to land in Minsk, where
    authorities arrested a journalist"."""
    clause = scene_clause(trigger, ("where",))
    return (
        clause is not None
        and place.start is not None
        and place.end is not None
        and place.start <= clause.head.idx < place.end
    )


def _held_there(noun: Token, place: Place | None) -> bool:
    """The place is in a phrase of the verb that holds the event noun: "talks between the
    United States and Russia were held in Riyadh"."""
    if noun.pos_ != "NOUN" or place is None or place.start is None or place.end is None:
        return False
    span = noun.doc.char_span(place.start, place.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return (
        root is not None
        and root.dep_ == "pobj"
        and root.head.head.i == noun.head.i
        and noun.head.i != noun.i
    )


def _where_the_two_met(event: Event, earlier: list[Event]) -> Event:
    """An event of "the two leaders" or "the two countries" with no place of its own happened
    where the events they refer to did: "met at the border village of Panmunjom. The two
    leaders pledged ..." (South Korea)."""
    if event.location is not None or not any(
        actor is not None and THE_TWO in (actor.how or "") for actor in (event.source, event.target)
    ):
        return event
    parties = _countries(event)
    before = next(
        (e for e in reversed(earlier) if e.location is not None and _countries(e) == parties),
        None,
    )
    if before is None or before.location is None:
        return event
    explanation = event.explanation
    if explanation is not None:
        how = f"the place of the events 'the two' refers to ({before.location.text!r})"
        explanation = replace(explanation, location_from=how)
    return replace(event, location=before.location, explanation=explanation)


def _countries(event: Event) -> frozenset[str | None]:
    return frozenset(a.country if a is not None else None for a in (event.source, event.target))


def _linked(quotes: list[Quote], events: list[Event]) -> tuple[Quote, ...]:
    """Each quote with the events whose trigger it contains."""
    return tuple(
        replace(
            quote,
            event_ids=tuple(
                e.event_id for e in events if quote.start <= e.trigger.start < quote.end
            ),
        )
        for quote in quotes
    )


def load_pipeline(config: PipelineConfig | None = None) -> Pipeline:
    """Build a pipeline from a configuration (default: the shipped model and tables)."""
    config = config or PipelineConfig()
    config.validate()
    ontology = load_ontology()
    kb, lexicon, discards = _tables(config, ontology)
    warm_up()
    return Pipeline(
        config=config,
        nlp=load_nlp(config.model),
        kb=kb,
        lexicon=lexicon,
        ontology=ontology,
        gazetteer=load_gazetteer(config.min_population),
        discards=discards,
    )


def _tables(config: PipelineConfig, ontology: Ontology) -> tuple[ActorKB, Lexicon, Discards | None]:
    """The knowledge base, lexicon and discards a configuration names."""
    if config.petrarch_dictionaries is None:
        return load_kb(config.actor_dir, ontology.sectors), load_lexicon(), None
    found = find_dictionaries(config.petrarch_dictionaries)
    discards = read_discards(found.discards) if found.discards else None
    return load_petrarch_kb(found), load_lexicon(verb_dictionary=found.verbs), discards


@functools.lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return load_pipeline()


def code(
    text: str,
    date: str | dt.date | None = None,
    title: str | None = None,
    doc_id: str | None = None,
) -> CodedArticle:
    """Code one article's text with the default pipeline (loaded on first use, then reused)."""
    if isinstance(date, str):
        try:
            date = parse_iso_date(date)
        except ValueError as exc:
            raise EventwireError(str(exc)) from None
    doc_id = doc_id or "doc-" + hashlib.sha1(text.encode()).hexdigest()[:10]
    return _default_pipeline().code(Article(doc_id=doc_id, text=text, title=title, date=date))


def _dateline_end(text: str, dateline: str | None) -> int:
    """The character offset where the dateline's place ends (0 with no dateline)."""
    if not dateline:
        return 0
    start = text.find(dateline)
    return start + len(dateline) if 0 <= start < 40 else 0
