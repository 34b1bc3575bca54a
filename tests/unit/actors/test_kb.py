"""Actor tables are validated on load; errors name the file and the line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors.kb import load_kb
from eventwire.errors import DataFileError

HEADERS = {
    "countries.tsv": "iso3\tname\taliases\tadjectives\tseats\tprovenance\n",
    "organizations.tsv": "code\tname\taliases\tkind\tsector\tcountry\tcameo_code\tprovenance\n",
    "agents.tsv": "phrase\tsector\ttitle\tprovenance\n",
    "people.tsv": "name\taliases\tcountry\tsector\trole\tstart\tend\tprovenance\n",
}
ROWS = {
    "countries.tsv": "IRQ\tIraq\tRepublic of Iraq\tIraqi\tBaghdad\ttest\n"
    "USA\tUnited States\tUS|U.S.|America\tAmerican\tWashington\ttest\n",
    "organizations.tsv": "UN\tUnited Nations\tU.N.\tigo\tIGO\t\tIGOUNO\ttest\n",
    "agents.tsv": "vice president\tGOV\tyes\ttest\n",
    "people.tsv": "Nouri al-Maliki\tal-Maliki\tIRQ\tGOV\tPrime Minister\t2006-05\t2014-09\ttest\n"
    "Nouri al-Maliki\t\tIRQ\tGOV\tVice President\t2016-10\t2018-10\ttest\n",
}


def _tables(tmp_path: Path, **override: str) -> Path:
    for name, header in HEADERS.items():
        (tmp_path / name).write_text(header + override.get(name, ROWS[name]), encoding="utf-8")
    return tmp_path


def test_dated_roles_answer_for_the_date(tmp_path: Path) -> None:
    kb = load_kb(_tables(tmp_path))
    maliki = kb.people["Nouri al-Maliki"]
    at_2012 = maliki.tenure_at(dt.date(2012, 3, 1))
    at_2017 = maliki.tenure_at(dt.date(2017, 7, 25))
    assert at_2012 is not None and at_2012.role == "Prime Minister"
    assert at_2017 is not None and at_2017.role == "Vice President"
    assert at_2017.where == "people.tsv:3"
    assert maliki.tenure_at(dt.date(2024, 7, 25)) is None


def test_short_uppercase_aliases_match_only_as_written(tmp_path: Path) -> None:
    kb = load_kb(_tables(tmp_path))
    assert kb.lookup("U.S.")[0].key == "USA"
    assert kb.lookup("US")[0].key == "USA"
    assert kb.lookup("us") == ()
    assert kb.lookup("Iraqi")[0].kind == "adjective"


def test_bad_date_names_file_and_line(tmp_path: Path) -> None:
    bad = "Someone\t\tIRQ\tGOV\tMinister\t2016-13\t\ttest\n"
    with pytest.raises(DataFileError, match=r"people\.tsv:2: bad date '2016-13'"):
        load_kb(_tables(tmp_path, **{"people.tsv": bad}))


def test_overlapping_tenures_of_one_office_are_refused(tmp_path: Path) -> None:
    rows = (
        "A\t\tIRQ\tGOV\tPrime Minister\t2006-05\t2014-09\ttest\n"
        "B\t\tIRQ\tGOV\tPrime Minister\t2010-01\t2018-10\ttest\n"
    )
    with pytest.raises(DataFileError, match=r"people\.tsv:3: B starts as prime minister"):
        load_kb(_tables(tmp_path, **{"people.tsv": rows}))


def test_unknown_country_and_sector_codes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(
        DataFileError, match=r"countries\.tsv:2: unknown ISO 3166-1 alpha-3 code 'XYZ'"
    ):
        load_kb(_tables(tmp_path, **{"countries.tsv": "XYZ\tNowhere\t\t\t\ttest\n"}))
    with pytest.raises(DataFileError, match=r"agents\.tsv:2: unknown PLOVER sector code 'ZZZ'"):
        load_kb(_tables(tmp_path, **{"agents.tsv": "wizard\tZZZ\tno\ttest\n"}))


def test_organisation_kinds_are_checked(tmp_path: Path) -> None:
    row = "Knesset\tKnesset\t\tparliament\tLEG\tISR\tISRLEG\ttest\n"
    with pytest.raises(
        DataFileError,
        match=r"organizations\.tsv:2: kind must be igo, ngo, armed_group, state, party or company: "
        r"'parliament'",
    ):
        load_kb(_tables(tmp_path, **{"organizations.tsv": row}))


def test_shipped_knowledge_base_loads_and_validates() -> None:
    kb = load_kb()
    assert kb.countries["IRQ"].name == "Iraq"
    assert kb.lookup("Moscow")[0].kind == "seat"
    assert any(e.kind == "org" for e in kb.lookup("Isis"))


def test_a_local_name_must_name_a_known_organisation_in_one_word(tmp_path: Path) -> None:
    tables = _tables(tmp_path)
    header = "word\tcountry\torganization\tprovenance\n"
    (tables / "local_names.tsv").write_text(header + "Congress\tIRQ\tUN\ttest\n", encoding="utf-8")
    assert load_kb(tables).local_names[("Congress", "IRQ")] == ("UN", "local_names.tsv:2")
    (tables / "local_names.tsv").write_text(header + "Congress\tIRQ\tINC\ttest\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"local_names\.tsv:2: .*'INC'"):
        load_kb(tables)  # (#3)


def test_brackets_hyphens_and_spaces_make_one_key() -> None:
    from eventwire.actors.kb import normalise

    assert normalise("CPI(M)") == normalise("CPI ( M )") == normalise("CPI-M") == normalise("CPI(M")
    assert (
        normalise("Communist Party of India (Marxist") == "communist party of india marxist"
    )  # (#3)


def test_a_group_that_came_to_rule_is_dated_and_must_be_an_armed_group(tmp_path: Path) -> None:
    groups = "Taliban\tTaliban\t\tarmed_group\tREB\tIRQ\tIRQREB\ttest\n"
    tables = _tables(tmp_path, **{"organizations.tsv": ROWS["organizations.tsv"] + groups})
    header = "code\tcountry\tstart\tend\tprovenance\n"
    (tables / "rulers.tsv").write_text(header + "Taliban\tIRQ\t2021-08-15\t\ttest\n", "utf-8")
    taliban = load_kb(tables).organizations["Taliban"]
    assert taliban.rules_on(dt.date(2021, 8, 14)) is None
    rule = taliban.rules_on(dt.date(2021, 8, 15))
    assert rule is not None and (rule.country, rule.where) == ("IRQ", "rulers.tsv:2")
    (tables / "rulers.tsv").write_text(header + "UN\tIRQ\t2021-08-15\t\ttest\n", "utf-8")
    with pytest.raises(DataFileError, match=r"rulers\.tsv:2: 'UN' is no armed group"):
        load_kb(tables)  # (#3)
