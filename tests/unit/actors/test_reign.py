"""leaders.tsv: REIGN's national leaders that people.tsv does not cover (eventwire.actors.reign)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors.kb import _data_path, load_kb
from eventwire.actors.reign import build

REIGN_HEADER = (
    "stateabb,ccode,leadid,leader,sdate,smonth,syear,emonth,eyear,birthyear,gender,"
    "militarycareer,l_month,l_year,,,codedby,notes\n"
)
PEOPLE = (
    "name\taliases\tcountry\tsector\trole\tstart\tend\tprovenance\n"
    "Franz Vranitzky\tVranitzky\tAUT\tGOV\tChancellor\t1993-01\t1997-01\ttest\n"
)


def _reign(tmp_path: Path, *rows: str) -> list[list[str]]:
    reign = tmp_path / "leaders.csv"
    reign.write_text(REIGN_HEADER + "".join(row + ",,,,,,,,,\n" for row in rows), encoding="utf-8")
    people = tmp_path / "people.tsv"
    people.write_text(PEOPLE, encoding="utf-8")
    return [row.split("\t") for row in build(reign, people)]


def test_countries_go_by_cow_number_not_letters(tmp_path: Path) -> None:
    # COW's "AUS" is Austria (305); Australia is AUL (900)
    rows = _reign(
        tmp_path, "AUS,305,x1,Sinowatz,16,5,1983,6,1986", "AUL,900,x2,Hawke,11,3,1983,12,1991"
    )
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [
        ("Sinowatz", "AUT", "1983-05", "1986-06"),
        ("Hawke", "AUS", "1983-03", "1991-12"),
    ]
    assert all(r[4] == "National leader" and r[3] == "GOV" for r in rows)


def test_spells_people_tsv_covers_are_left_out_or_cut(tmp_path: Path) -> None:
    rows = _reign(
        tmp_path,
        "AUS,305,x1,Vranitzky,16,6,1986,1,1997",  # people.tsv has him from 1993: the rest stays
        "AUS,305,x2,Klima,28,1,1997,2,2000",
    )
    assert [(r[0], r[5], r[6]) for r in rows] == [
        ("Vranitzky", "1986-06", "1992-12"),
        ("Klima", "1997-01", "2000-02"),
    ]


def test_common_words_old_spells_and_unknown_states_are_left_out(tmp_path: Path) -> None:
    rows = _reign(
        tmp_path,
        "UKG,200,x1,Major,28,11,1990,5,1997",  # "Major General ..." is nobody's name
        "UKG,200,x2,Wilson,4,3,1974,4,1976",  # ended before 1985
        "GDR,265,x3,Krenz,18,10,1989,12,1989",  # East Germany has no ISO code today
        "SAF,560,x4,deKlerk,15,8,1989,5,1994",  # respelled as news spells it
    )
    assert [(r[0], r[2]) for r in rows] == [("de Klerk", "ZAF")]


def test_shipped_leaders_resolve_on_their_dates() -> None:
    kb = load_kb()
    thatcher = kb.people["Thatcher"].tenure_at(dt.date(1990, 2, 12))
    assert thatcher is not None and (thatcher.country, thatcher.sector) == ("GBR", "GOV")
    assert thatcher.where.startswith("leaders.tsv:")
    assert kb.people["Fujimori"].tenure_at(dt.date(1995, 1, 1)).country == "PER"  # type: ignore[union-attr]
    # people.tsv's own rows win where both know the person: no REIGN row for Obama
    assert "Obama" not in kb.people


def test_shipped_leaders_table_is_what_the_builder_makes(shared_data: Path) -> None:
    reign = shared_data / "reign" / "leaderlist_3_21.csv"
    shipped = _data_path("actors", "leaders.tsv").read_text(encoding="utf-8")
    rows = [line for line in shipped.splitlines() if line and not line.startswith("#")][1:]
    assert rows == build(reign, _data_path("actors", "people.tsv")), (
        "leaders.tsv is out of step with people.tsv or reign.py: run "
        "`python -m eventwire.actors.reign ../shared/data/reign/leaderlist_3_21.csv`"
    )


@pytest.mark.parametrize("name", ["Major", "Taylor", "May"])
def test_shipped_table_has_no_common_word_names(name: str) -> None:
    assert name not in load_kb().people
