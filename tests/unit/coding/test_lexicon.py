"""The trigger lexicon and the CAMEO -> PLOVER crosswalk."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coding.coder import _in_order
from eventwire.coding.lexicon import (
    Trigger,
    load_lexicon,
    parse_verb_dictionary,
    parse_verb_patterns,
)
from eventwire.coding.ontology import load_ontology
from eventwire.errors import DataFileError

SMALL_DICTIONARY = """\
&CURRENCY_
+DOLLAR
+EURO
+SWISS FRANCS
+GOLDEN_GOBLIN_GALLEONS

---  APPEAL   [020]  ---
APPEAL
PLEAD [021]
- * (FOR &CURRENCY)                 [0231]        # APPEAL
- * COURT                           [---]         # APPEAL
- * CALLS                           [:020]        # the target's action

---  HOLD   [---]  ---
HOLD {HOLDS HELD}
"""


def _read_dictionary(tmp_path: Path, text: str) -> dict[str, Trigger]:
    """The verbs of a small verb dictionary written for the test."""
    path = tmp_path / "verbs.txt"
    path.write_text(text, encoding="utf-8")
    return parse_verb_dictionary(path)


def test_a_generic_head_word_does_not_stand_for_its_phrase(tmp_path: Path) -> None:
    verbs = _read_dictionary(
        tmp_path,
        "&MILITARY\n+ARMED_SERVICES\n+BATTLE_TANK\n\n"
        "---  PROVIDE   [060]  ---\nPROVIDE\n- * &MILITARY  [072]  # PROVIDE\n",
    )
    (pattern,) = verbs["provide"].patterns
    # "sent tanks" are battle tanks; "surgical services" are no armed services
    assert pattern.after == (frozenset({"armed services", "battle tank", "tank"}),)


def test_verb_dictionary_blocks_patterns_and_synsets(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(SMALL_DICTIONARY, encoding="utf-8")
    verbs = parse_verb_dictionary(path)
    assert verbs["appeal"].code == "020"
    assert verbs["plead"].code == "021"  # a verb's own code wins over its block's
    assert verbs["hold"].code is None  # [---]: no event
    patterns = {p.code: p for p in verbs["appeal"].patterns}
    # [---] vetoes; [:020] codes what the target does (the roles swapped when coding)
    assert {(p.code, p.reverse, p.vetoes) for p in verbs["appeal"].patterns} == {
        ("0231", None, False),
        (None, None, True),
        (None, "020", False),
    }
    # the shipped dictionary's multi-word items also match on their head word ("tanks")
    assert patterns["0231"].after == (
        frozenset({"for"}),
        frozenset(
            {"dollar", "euro", "swiss francs", "francs", "golden goblin galleons", "galleons"}
        ),
    )
    assert verbs["appeal"].source == "verbs.txt:8"
    # PETRARCH's own reading, used for other dictionaries: the phrase only
    exact = {p.code: p for p in parse_verb_dictionary(path, head_words=False)["appeal"].patterns}
    assert exact["0231"].after[1] == frozenset(
        {"dollar", "euro", "swiss francs", "golden goblin galleons"}
    )


def test_multi_word_items_match_as_consecutive_words() -> None:
    # a synonym set's "+SWISS FRANCS" is the phrase, not any "francs" (#4)
    currency = (frozenset({"for"}), frozenset({"dollar", "swiss francs", "golden goblin galleons"}))

    def words(text: str) -> list[tuple[str, str]]:
        return [(w, w.rstrip("s")) for w in text.split()]

    assert _in_order(currency, words("for a million swiss francs"))
    assert _in_order(currency, words("for dollars"))  # a single word by its lemma
    assert not _in_order(currency, words("for a million goblin galleons"))
    assert not _in_order(currency, words("for swiss chocolate and french francs"))
    assert _in_order(currency, words("for some golden goblin galleons"))


SETS_IN_PHRASES = """\
&TIETYPES
+MILITARY
+ECONOMIC

&NEARSYN
+&TIETYPES
+CLOSER

&FIGHT_OF_WORDS
+WAR OF WORDS

---  WELCOME   [041]  ---
WELCOME
- * &TIETYPES_MEMOS FROM   [911]
- * MEMOS_ON_&TIETYPES     [912]
- * &NEARSYN TIES          [913]
- * (IN &FIGHT_OF_WORDS)   [914]
"""


def test_sets_inside_joined_words_and_inside_sets(tmp_path: Path) -> None:
    # PETRARCH's "&TIETYPES_MEMOS" is "economic memos" or "military memos"; "+&TIETYPES" in
    # a set brings that set's members; a set whose own name has "_" stays one set (#4)
    path = tmp_path / "verbs.txt"
    path.write_text(SETS_IN_PHRASES, encoding="utf-8")
    patterns = {
        p.code: p for p in parse_verb_dictionary(path, head_words=False)["welcome"].patterns
    }
    assert patterns["911"].after == (
        frozenset({"military memos", "economic memos"}),
        frozenset({"from"}),
    )
    assert patterns["912"].after == (frozenset({"memos on military", "memos on economic"}),)
    assert patterns["913"].after[0] == frozenset({"military", "economic", "closer"})
    assert patterns["914"].after[1] == frozenset({"war of words"})


def test_shipped_lexicon_has_cameo_verbs_and_eventwire_nouns() -> None:
    lexicon = load_lexicon()
    assert lexicon.verbs["meet"].code == "040"
    assert lexicon.verbs["seek"].code == "020"  # eventwire's correction, cited to verbs.tsv
    assert lexicon.verbs["seek"].source.startswith("verbs.tsv:")
    assert lexicon.nouns["talk"].code == "040"
    assert "hold" in lexicon.light_verbs


def test_crosswalk_maps_cameo_to_plover_with_scores() -> None:
    ontology = load_ontology()
    visit = ontology.lookup("042")
    assert visit is not None
    assert (visit.event_type, visit.mode, visit.quad_class, visit.score) == (
        "CONSULT",
        "visit",
        1,
        4.0,
    )
    appeal = ontology.lookup("0231")
    assert appeal is not None and (appeal.event_type, appeal.mode) == ("REQUEST", "assist")
    assert ontology.lookup("010") is None  # statements are not PLOVER events
    assert ontology.score_of("ACCUSE", None) is not None and ontology.score_of("ACCUSE", None) < 0


def test_a_comment_inside_a_synset_does_not_end_it_and_unknown_sets_match_nothing(
    tmp_path: Path,
) -> None:
    # CAMEO.2.0.txt has "# <14.06.08: ..." right under &CURRENCY; reading it as the end of the set
    # left the set empty, and "APPEAL - * (FOR &CURRENCY)" then coded any "appeal for ..." as
    # an appeal for economic aid.
    path = tmp_path / "verbs.txt"
    path.write_text(
        "&CURRENCY\n# a note about the members\n+DOLLAR\n+EURO\n\n"
        "---  APPEAL   [020]  ---\nAPPEAL\n"
        "- * (FOR &CURRENCY)   [0231]\n- * (FOR &NO_SUCH_SET)   [0233]\n",
        encoding="utf-8",
    )
    patterns = {p.code: p for p in parse_verb_dictionary(path)["appeal"].patterns}
    assert patterns["0231"].after == (frozenset({"for"}), frozenset({"dollar", "euro"}))
    assert patterns["0233"].after == (frozenset({"for"}), frozenset())  # can never match
    assert patterns["0231"].text == "- * (FOR &CURRENCY) [0231]"


def test_intent_table_maps_announced_acts_to_verbal_codes() -> None:
    lexicon = load_lexicon()
    ontology = load_ontology()
    # the longest prefix wins: a military withdrawal is 087 -> 0356, a boycott 163 -> 1312
    assert lexicon.intent_of("0874").code == "0356"  # type: ignore[union-attr]
    assert lexicon.intent_of("163").code == "1312"  # type: ignore[union-attr]
    assert lexicon.intent_of("0831").code == "0341"  # type: ignore[union-attr]
    assert lexicon.intent_of("112") is None  # saying one will accuse is not coded
    # a refusal: the act's own row, else the plain rejection
    assert lexicon.refusal_of("0841").code == "1243"  # type: ignore[union-attr]
    assert lexicon.refusal_of("051").code == "120"  # type: ignore[union-attr]
    # an appeal or demand for an act: "urged Israel to withdraw" 0256, "demanded a release" 1053
    assert lexicon.intent_of("0874", "asked {}").code == "0256"  # type: ignore[union-attr]
    assert lexicon.intent_of("0841", "demanded {}").code == "1053"  # type: ignore[union-attr]
    assert lexicon.intent_of("19", "asked {}") is None  # attacks are not appealed for
    # every row codes an announcement PLOVER knows: cooperation AGREE, conflict THREATEN
    for action, row in lexicon.intents.items():
        plover = ontology.lookup(row.code or "")
        assert plover is not None, f"intent_codes.tsv: {row.code} for {action}"
        kind = action.split()[0]
        expected = {"negated": "REJECT", "unless": "THREATEN"}.get(kind)
        if kind in ("asked", "demanded"):  # an appeal or demand for the act
            expected = "REQUEST"
        if expected is None:
            quad = ontology.type_quad[ontology.lookup(action + "0" * (3 - len(action))).event_type]  # type: ignore[union-attr]
            expected = "AGREE" if quad in (1, 2) else "THREATEN"
        assert plover.event_type == expected, (action, row.code, plover.event_type)


ORIGIN_DICTIONARY = """\
---  ACCLAIM   [051]  ---
PRAISE
WELCOME
POSTPONE
- * (TO)                            [043]         # WELCOME
- * VISIT                           [160]         # POSTPONE
- * AWARD                           [057]         # a coder's note, no verb named
"""


def test_a_preposition_pattern_applies_only_to_the_verb_its_comment_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(ORIGIN_DICTIONARY, encoding="utf-8")
    verbs = parse_verb_dictionary(path)
    codes = {lemma: sorted(p.code or "-" for p in verbs[lemma].patterns) for lemma in verbs}
    assert codes["welcome"] == ["043", "057", "160"]  # "welcome X to the summit" is a visit
    # "praised Haiti's efforts to improve" is no visit; the content-word patterns still apply
    assert codes["praise"] == ["057", "160"]
    assert codes["postpone"] == ["057", "160"]


def test_eventwire_patterns_go_in_front_of_the_dictionary_ones(tmp_path: Path) -> None:
    dictionary = tmp_path / "verbs.txt"
    dictionary.write_text(SMALL_DICTIONARY, encoding="utf-8")
    table = tmp_path / "patterns.tsv"
    table.write_text(
        "lemma\tafter\tcameo\tnote\n"
        "appeal\tverdict|ruling\t115\tappealing a verdict is a legal action\n"
        "spurn\toffer\t120\ta verb the dictionary lacks\n",
        encoding="utf-8",
    )
    verbs = parse_verb_patterns(table, parse_verb_dictionary(dictionary))
    first = verbs["appeal"].patterns[0]
    assert (first.after, first.code, first.file) == (
        (frozenset({"verdict", "ruling"}),),
        "115",
        "patterns.tsv",
    )
    assert len(verbs["appeal"].patterns) == 4  # the dictionary's three are kept behind it
    assert verbs["spurn"].code is None and verbs["spurn"].patterns[0].code == "120"


def test_a_reversed_pattern_code_is_the_targets_act(tmp_path: Path) -> None:
    table = tmp_path / "patterns.tsv"
    table.write_text(
        "lemma\tafter\tcameo\tnote\nreceive\tfire\t:190\tthose who fire attack\n",
        encoding="utf-8",
    )
    pattern = parse_verb_patterns(table, {})["receive"].patterns[0]
    assert (pattern.code, pattern.reverse, pattern.text) == (None, "190", "RECEIVE * FIRE [:190]")


def test_a_pattern_code_on_both_sides_is_the_same_act_both_ways(tmp_path: Path) -> None:
    table = tmp_path / "patterns.tsv"
    table.write_text(
        "lemma\tafter\tcameo\tnote\nextend\ttruce\t0871:0871\teach side ceases fire\n",
        encoding="utf-8",
    )
    pattern = parse_verb_patterns(table, {})["extend"].patterns[0]
    assert (pattern.code, pattern.reverse, pattern.symmetric) == ("0871", None, True)
    # two different codes are no act both ways, and no code
    table.write_text("lemma\tafter\tcameo\tnote\nextend\ttruce\t0871:x-1\twhy\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="code:code"):
        parse_verb_patterns(table, {})


def test_a_bad_pattern_row_names_the_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "patterns.tsv"
    table.write_text("lemma\tafter\tcameo\tnote\nappeal\tverdict\tXX-1\twhy\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"patterns.tsv.*2.*'XX-1' is not a CAMEO code, :code"):
        parse_verb_patterns(table, {})
    # a row written twice would be read twice; the second names the first's line
    table.write_text(
        "lemma\tafter\tcameo\tnote\nrelax\tcurfew\t0813\ta\nrelax\tCURFEW\t0813\tb\n",
        encoding="utf-8",
    )
    with pytest.raises(
        DataFileError, match=r"patterns.tsv.*3.*relax \* CURFEW is written on line 2"
    ):
        parse_verb_patterns(table, {})


def test_a_block_header_with_a_stray_dash_run_still_starts_a_block(tmp_path: Path) -> None:
    verbs = _read_dictionary(
        tmp_path,
        "---  ACCUSE   [112]  ---\nACCUSE\n\n"
        "---  DELAY   [120]---  ---\nDELAY\n- * &NEGOTIATION  [161]  # POSTPONE\n",
    )
    assert (verbs["accuse"].code, verbs["accuse"].patterns) == ("112", ())
    assert verbs["delay"].code == "120" and len(verbs["delay"].patterns) == 1


def test_every_mode_the_crosswalk_gives_is_one_the_ontology_defines() -> None:
    # the crosswalk predates ontology.tsv's modes ("ASSAULT/seize" for destroyed property,
    # "assassinate", "ban"); a PLOVER record with a mode its type lacks does not validate
    ontology = load_ontology()
    stray = {
        (code.cameo, code.event_type, code.mode)
        for code in ontology.by_cameo.values()
        if code.mode and (code.event_type, code.mode) not in ontology.mode_score
    }
    assert stray == set()
    destroyed = ontology.lookup("1712")
    assert destroyed is not None and (destroyed.event_type, destroyed.mode) == (
        "ASSAULT",
        "destroy",
    )  # (#4)
