"""PETRARCH-format dictionaries read into an ActorKB (tests/fixtures/petrarch/Tiny.*)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors.kb import Entry
from eventwire.actors.petrarch import (
    find_dictionaries,
    load_petrarch_kb,
    read_agents,
    read_discards,
)
from eventwire.errors import ConfigError

TINY = Path(__file__).parents[2] / "fixtures" / "petrarch" / "Tiny"


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_petrarch_kb(find_dictionaries(TINY))


def test_prefix_finds_every_file() -> None:
    found = find_dictionaries(TINY)
    assert [p.name for p in found.actors] == ["Tiny.actors.txt"]
    assert found.agents is not None and found.agents.name == "Tiny.agents.txt"
    assert found.verbs is not None and found.verbs.name == "Tiny.verbs.txt"
    assert found.discards is not None and found.discards.name == "Tiny.discards.txt"


def test_an_actors_file_stands_for_its_prefix() -> None:
    found = find_dictionaries(TINY.with_name("Tiny.actors.txt"))
    assert found.agents is not None and found.agents.name == "Tiny.agents.txt"


def test_prefix_without_actors_file_names_the_prefix(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"no Nothing\*\.actors\.txt"):
        find_dictionaries(tmp_path / "Nothing")
    with pytest.raises(ConfigError, match="no folder"):
        find_dictionaries(tmp_path / "missing" / "PETR")


def test_three_letter_codes_are_countries_with_their_synonyms(kb) -> None:  # type: ignore[no-untyped-def]
    assert Entry("country", "FRD") in kb.lookup("Freedonia")
    assert Entry("adjective", "FRD") in kb.lookup("Freedonian")
    # a trailing underscore means nothing (PETRARCH does not stem); comments are dropped
    assert Entry("country", "SYL") in kb.lookup("Sylvania")
    assert Entry("country", "SYL") in kb.lookup("Sylvanian")
    assert kb.countries["FRD"].where == "Tiny.actors.txt:4"


def test_composite_code_is_used_as_written(kb) -> None:  # type: ignore[no-untyped-def]
    (entry,) = kb.lookup("the House of Firefly")
    org = kb.organizations[entry.key]
    assert org.cameo_code == "FRDGOVPAL"
    assert org.country == "FRD"


def test_dated_codes_pick_the_role_of_the_date(kb) -> None:  # type: ignore[no-untyped-def]
    (entry,) = kb.lookup("Firefly")
    person = kb.people[entry.key]
    assert person.name == "Rufus T. Firefly"

    def code(day: dt.date) -> str:
        tenure = person.tenure_at(day)
        assert tenure is not None
        return f"{tenure.country}{tenure.sector}"

    assert code(dt.date(1933, 6, 1)) == "FRDGOV"
    assert code(dt.date(1934, 1, 1)) == "FRDELI"  # six-digit dates are YYMMDD
    assert code(dt.date(1920, 1, 1)) == "FRD"  # the undated code where no restriction holds


def test_before_and_range_restrictions(kb) -> None:  # type: ignore[no-untyped-def]
    person = kb.people["Trentino"]
    before = person.tenure_at(dt.date(1932, 12, 31))
    after = person.tenure_at(dt.date(1933, 1, 1))
    assert before is not None and before.role == "SYLGOV"
    assert after is not None and after.role == "SYLREB"
    assert after.where == "Tiny.actors.txt:21"


def test_malformed_date_is_skipped_and_reported(kb) -> None:  # type: ignore[no-untyped-def]
    assert len(kb.notes) == 1
    assert kb.notes[0].startswith("Tiny.actors.txt:22: skipped [SYLGOV 1933011-19991231]")


def test_agents_expand_substitutions_and_plurals() -> None:
    agents = read_agents(TINY.with_name("Tiny.agents.txt"))
    assert agents["soldier"].sector == "MIL"
    assert agents["spies"].sector == "SPY"
    assert agents["minister of war"].sector == "GOVDEF"
    assert {k for k in agents if k.startswith("parliament")} == {
        "parliamentman",
        "parliamentmen",
        "parliamentwoman",
        "parliamentwomen",
    }
    assert agents["parliamentwoman"].where == "Tiny.agents.txt:5"
    # PETRARCH does not mark titles; one whose head noun ends a shipped title is one (#4)
    titles = {k for k, agent in agents.items() if agent.title}
    assert titles == {"minister of war", "prime minister"}


def test_discards_for_sentences_and_stories() -> None:
    discards = read_discards(TINY.with_name("Tiny.discards.txt"))
    assert discards.sentence_hit("The Football  Cup final was played.") == (
        "football cup",
        "Tiny.discards.txt:2",
    )
    assert discards.sentence_hit("Freedonia attacked Sylvania.") is None
    assert discards.story_hit("A review of Duck Soup.") == ("duck soup", "Tiny.discards.txt:3")
    assert discards.story_hit("Ducks in soup") is None
