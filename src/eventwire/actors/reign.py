"""Build ``data/actors/leaders.tsv`` from the REIGN leader list.

REIGN (Bell, Besaw and Frank 2021) lists each country's de facto leader, one at a time, from 1945
to March 2021. eventwire's own ``people.tsv`` is curated by office and is thin before 2000; this
module fills the gap with REIGN's spells since 1985 that ``people.tsv`` does not already cover, so
that "Thatcher welcomed the release" in a story of 1990 is British and "Fujimori" Peruvian.

REIGN gives a surname more often than a full name, and no office. So each row is a person named
as REIGN names them, with the role "National leader" (``kb.UNTITLED_ROLE``: the title the text
gives stands in for it, and no title lookup matches it). A surname that is also a common English
word or a common surname anywhere ("Major", "May", "Taylor", "Johnson") is left out: a bare
"Taylor" in a story is not Liberia's president.

Run it when the REIGN file or people.tsv changes (it is never run at install or run time)::

    python -m eventwire.actors.reign ../shared/data/reign/leaderlist_3_21.csv
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from .kb import UNTITLED_ROLE, _data_path, _parse_date, _rows

# Correlates of War state numbers (REIGN's ``ccode``) -> ISO 3166-1 alpha-3. COW's letter codes
# are not ISO codes and some collide with them (COW AUS is Austria, SWZ Switzerland, SLV Slovenia),
# so the map goes by number. States with no ISO code of their own today (East Germany,
# Czechoslovakia, South Yemen) are left out.
COW_TO_ISO = {
    2: "USA", 20: "CAN", 31: "BHS", 40: "CUB", 41: "HTI", 42: "DOM", 51: "JAM", 52: "TTO",
    53: "BRB", 54: "DMA", 55: "GRD", 56: "LCA", 57: "VCT", 58: "ATG", 60: "KNA", 70: "MEX",
    80: "BLZ", 90: "GTM", 91: "HND", 92: "SLV", 93: "NIC", 94: "CRI", 95: "PAN", 100: "COL",
    101: "VEN", 110: "GUY", 115: "SUR", 130: "ECU", 135: "PER", 140: "BRA", 145: "BOL",
    150: "PRY", 155: "CHL", 160: "ARG", 165: "URY", 200: "GBR", 205: "IRL", 210: "NLD",
    211: "BEL", 212: "LUX", 220: "FRA", 221: "MCO", 223: "LIE", 225: "CHE", 230: "ESP",
    232: "AND", 235: "PRT", 255: "DEU", 260: "DEU", 290: "POL", 305: "AUT", 310: "HUN",
    316: "CZE", 317: "SVK", 325: "ITA", 331: "SMR", 338: "MLT", 339: "ALB", 341: "MNE",
    343: "MKD", 344: "HRV", 345: "SRB", 346: "BIH", 347: "XKX", 349: "SVN", 350: "GRC",
    352: "CYP", 355: "BGR", 359: "MDA", 360: "ROU", 365: "RUS", 366: "EST", 367: "LVA",
    368: "LTU", 369: "UKR", 370: "BLR", 371: "ARM", 372: "GEO", 373: "AZE", 375: "FIN",
    380: "SWE", 385: "NOR", 390: "DNK", 395: "ISL", 402: "CPV", 403: "STP", 404: "GNB",
    411: "GNQ", 420: "GMB", 432: "MLI", 433: "SEN", 434: "BEN", 435: "MRT", 436: "NER",
    437: "CIV", 438: "GIN", 439: "BFA", 450: "LBR", 451: "SLE", 452: "GHA", 461: "TGO",
    471: "CMR", 475: "NGA", 481: "GAB", 482: "CAF", 483: "TCD", 484: "COG", 490: "COD",
    500: "UGA", 501: "KEN", 510: "TZA", 516: "BDI", 517: "RWA", 520: "SOM", 522: "DJI",
    530: "ETH", 531: "ERI", 540: "AGO", 541: "MOZ", 551: "ZMB", 552: "ZWE", 553: "MWI",
    560: "ZAF", 565: "NAM", 570: "LSO", 571: "BWA", 572: "SWZ", 580: "MDG", 581: "COM",
    590: "MUS", 591: "SYC", 600: "MAR", 615: "DZA", 616: "TUN", 620: "LBY", 625: "SDN",
    626: "SSD", 630: "IRN", 640: "TUR", 645: "IRQ", 651: "EGY", 652: "SYR", 660: "LBN",
    663: "JOR", 666: "ISR", 670: "SAU", 678: "YEM", 679: "YEM", 690: "KWT", 692: "BHR",
    694: "QAT", 696: "ARE", 698: "OMN", 700: "AFG", 701: "TKM", 702: "TJK", 703: "KGZ",
    704: "UZB", 705: "KAZ", 710: "CHN", 712: "MNG", 713: "TWN", 731: "PRK", 732: "KOR",
    740: "JPN", 750: "IND", 760: "BTN", 770: "PAK", 771: "BGD", 775: "MMR", 780: "LKA",
    781: "MDV", 790: "NPL", 800: "THA", 811: "KHM", 812: "LAO", 816: "VNM", 820: "MYS",
    830: "SGP", 835: "BRN", 840: "PHL", 850: "IDN", 860: "TLS", 900: "AUS", 910: "PNG",
    920: "NZL", 935: "VUT", 940: "SLB", 946: "KIR", 947: "TUV", 950: "FJI", 955: "TON",
    970: "NRU", 983: "MHL", 986: "PLW", 987: "FSM", 990: "WSM",
}  # fmt: skip

# Names REIGN gives that are English words, common given names or surnames found in news of
# every country, or the name of a movement: matched bare in a story they would code strangers.
_AMBIGUOUS_WORDS = """
    abbott abdullah adams ahmed albert alia anthony arias arthur barrow bio blanco brown browne
    bryant calderon castro chan christian christie clark conde conte doe douglas duarte estrada
    fernandez flores hadi harris horn houthi howard johnson jonathan jones khalid king kok kun
    lange lewis lobo luka major mamadou mane manning mansour mara marti martin may meta michel
    miranda mitchell molina moore morales musa mustafa note ousmane palmer parts patterson
    pereira perry prem price ramos reina rene robinson roman salam sanchez sant scott sika skate
    spencer stephen stevens stuart suleiman talon taylor thomas thompson tito tong traore uno
    vargas vaz velasquez vieira zia d.barrow"""
AMBIGUOUS = frozenset(_AMBIGUOUS_WORDS.split())

# REIGN's spellings that news does not use, and the spelling it does.
RESPELLED = {
    "deKlerk": "de Klerk",
    "araujo": "Araujo",
    "Mitterand": "Mitterrand",
    "Campaore": "Compaore",
    "Sarnay": "Sarney",
    "Dzaferovic ": "Dzaferovic",
    "Komisic ": "Komsic",
}
# Other spellings of the same person, as aliases.
ALSO = {
    "Nazarbaev": "Nazarbayev",
    "Qaddafi": "Gaddafi|Kadhafi|Qadhafi",
    "Schroder": "Schroeder",
    "Schussel": "Schuessel",
    "Rakhmonov": "Rahmonov|Rahmon",
}

_HANDOVER = dt.timedelta(days=40)  # the people.tsv loader allows 45 days of overlap
FIRST_YEAR = 1985  # spells that end before then are left out
HEADER = (
    "# REIGN's de facto national leaders since 1985 that people.tsv does not cover (generated by\n"
    "# `python -m eventwire.actors.reign`, do not edit: fix people.tsv or the module). Source:\n"
    "# Bell, Curtis, Clayton Besaw and Matthew Frank. 2021. The Rulers, Elections, and Irregular\n"
    "# Governance (REIGN) Dataset. Broomfield, CO: One Earth Future. leaderlist_3_21.csv.\n"
    "name\taliases\tcountry\tsector\trole\tstart\tend\tprovenance\n"
)


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.lower()


def _tokens(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z]+", _fold(text)) if len(w) >= 4 and w not in ("bin",)}


def _read_reign(path: Path) -> list[dict[str, str]]:
    """REIGN's rows; a line that is not UTF-8 is read as Latin-1 (its README says so)."""
    lines = []
    for raw in path.read_bytes().splitlines():
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("latin-1"))
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _covered(people: Path) -> dict[str, list[tuple[set[str], dt.date, dt.date]]]:
    """people.tsv's tenures by country: the name's words and the dates."""
    spans: dict[str, list[tuple[set[str], dt.date, dt.date]]] = defaultdict(list)
    for number, (name, aliases, country, _sector, _role, start, end, _p) in _rows(people, 8):
        words = _tokens(name) | _tokens(aliases.replace("|", " "))
        last = _parse_date(end, people, number, end=True) if end else dt.date.max
        spans[country].append((words, _parse_date(start, people, number), last))
    return spans


def build(reign: Path, people: Path) -> list[str]:
    """The rows of leaders.tsv, in REIGN's order."""
    covered = _covered(people)
    rows: list[str] = []
    last_end: dict[str, dt.date] = {}
    for record in _read_reign(reign):
        country = COW_TO_ISO.get(int(record["ccode"]))
        name = RESPELLED.get(record["leader"], record["leader"]).strip()
        if country is None or _fold(name) in AMBIGUOUS or not record["syear"]:
            continue
        if record["eyear"] and int(record["eyear"]) < FIRST_YEAR:
            continue
        start = dt.date(int(record["syear"]), int(record["smonth"]), 1)
        end = (
            _parse_date(f"{int(record['eyear']):04d}-{int(record['emonth']):02d}", reign, 0, True)
            if record["eyear"]
            else None
        )
        words = _tokens(name)
        for curated_words, c_start, c_end in covered.get(country, ()):
            overlap = min(end or dt.date.max, c_end) - max(start, c_start)
            if words & curated_words and overlap > _HANDOVER:
                if c_start <= start:
                    break  # people.tsv has this spell (from its start): nothing to add
                end = c_start - dt.timedelta(days=1)  # keep the part before people.tsv's
        else:
            before = last_end.get(country)
            if before is not None and before < dt.date.max and start < before - _HANDOVER:
                start = before + dt.timedelta(days=1)  # two at once longer than a handover
            if end is not None and end < start:
                continue
            last_end[country] = end or dt.date.max
            rows.append(
                "\t".join(
                    (
                        name,
                        ALSO.get(name, ""),
                        country,
                        "GOV",
                        UNTITLED_ROLE,
                        start.strftime("%Y-%m"),
                        end.strftime("%Y-%m") if end else "",
                        f"REIGN {record['leadid']}",
                    )
                )
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reign", type=Path, help="REIGN's leaderlist CSV")
    parser.add_argument(
        "-o", "--output", type=Path, default=_data_path("actors", "leaders.tsv"), help="where"
    )
    args = parser.parse_args(argv)
    rows = build(args.reign, _data_path("actors", "people.tsv"))
    args.output.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    print(f"{args.output}: {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
