"""The actor knowledge base: countries, organisations, agents and people with dated roles.

Loaded by a pure function from reviewable TSV tables (``data/actors/``, described in its
README) and validated on load: a bad date, an unknown country or sector code, or two holders of
one office at once is an error naming the file and the line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import pycountry

from ..errors import DataFileError

EXTRA_COUNTRIES = frozenset({"XKX"})
EXTRA_SECTORS = frozenset({"IGO", "NGO"})


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    seats: tuple[str, ...]
    where: str = ""  # "countries.tsv:12": the row an explanation can cite


# Organisations of one country, coded as that country and their own sector: armed groups
# (PSEREBHMS), named state bodies such as legislatures (the Knesset: ISRLEG) and political
# parties (the ANC: ZAFPTY).
NATIONAL_ORG_KINDS = frozenset({"armed_group", "state", "party", "company"})
_ORG_KINDS = frozenset({"igo", "ngo"}) | NATIONAL_ORG_KINDS


@dataclass(frozen=True, slots=True)
class Organization:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # igo | ngo | armed_group | state | party | company
    sector: str | None
    country: str | None
    cameo_code: str | None
    where: str = ""
    # the countries an armed group came to govern, and when (rulers.tsv)
    rule: tuple[Rule, ...] = ()

    def rules_on(self, date: dt.date | None) -> Rule | None:
        """The country the group governs on ``date``, if any."""
        if date is None:
            return None
        return next((r for r in self.rule if r.covers(date)), None)


@dataclass(frozen=True, slots=True)
class Rule:
    """An armed group governing a country: the Taliban Afghanistan since 15 August 2021."""

    country: str
    start: dt.date
    end: dt.date | None
    where: str  # "rulers.tsv:5"

    def covers(self, date: dt.date) -> bool:
        return self.start <= date and (self.end is None or date <= self.end)

    def span(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat() if self.end else 'present'}"


@dataclass(frozen=True, slots=True)
class Tenure:
    name: str
    country: str | None
    igo: str | None
    sector: str
    role: str
    start: dt.date
    end: dt.date | None
    provenance: str
    where: str  # "people.tsv:123": the row an explanation can cite
    # the armed group or party of one country the role is in ("ORG:Hamas"), whose own CAMEO
    # code its head takes (Sinwar: PSEREBHMS)
    group: str | None = None

    def covers(self, date: dt.date) -> bool:
        return self.start <= date and (self.end is None or date <= self.end)

    def span(self) -> str:
        end = self.end.strftime("%Y-%m") if self.end else "present"
        start = self.start.strftime("%Y-%m") if self.start.year > 1 else ""  # open: "..1995-05"
        return f"{start}..{end}"


# The role of a leaders.tsv row: REIGN names each country's leader, not the office held.
UNTITLED_ROLE = "National leader"


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    tenures: tuple[Tenure, ...]

    def tenure_at(self, date: dt.date | None) -> Tenure | None:
        """The role held on ``date``; without a date, the most recent role."""
        if not self.tenures:
            return None
        if date is None:
            return max(self.tenures, key=lambda t: t.start)
        holding = [t for t in self.tenures if t.covers(date)]
        return max(holding, key=lambda t: t.start) if holding else None

    def nearest_tenure(self, date: dt.date | None, title: str | None = None) -> Tenure | None:
        """The role closest in time to ``date`` (for country and sector when none covers it);
        of the roles the ``title`` the text gives names, if any ("NATO Secretary-General Jens
        Stoltenberg" a month after his term: NATO's, not his next office's)."""
        if not self.tenures or date is None:
            return self.tenure_at(None)
        words = (title or "").lower().split()
        titled = [t for t in self.tenures if words and all(w in t.role.lower() for w in words)]

        def distance(t: Tenure) -> int:
            if t.covers(date):
                return 0
            if date < t.start:
                return (t.start - date).days
            return (date - (t.end or date)).days

        return min(titled or self.tenures, key=distance)


@dataclass(frozen=True, slots=True)
class Agent:
    phrase: str
    sector: str
    title: bool
    where: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase in text can stand for."""

    kind: str  # country | adjective | seat | org | person
    key: str  # iso3, org code or person name


@dataclass(frozen=True, slots=True)
class ActorKB:
    countries: Mapping[str, Country]
    organizations: Mapping[str, Organization]
    people: Mapping[str, Person]
    agents: Mapping[str, Agent]
    phrases: Mapping[str, tuple[Entry, ...]]  # normalised phrase -> entries
    # Short upper-case aliases ("US", "IS", "UN") match only as written, never "us" or "is".
    exact_case: Mapping[str, frozenset[str]]
    max_words: int
    # (country ISO3, role lower case) -> the tenures of that office, in time order
    offices: Mapping[tuple[str, str], tuple[Tenure, ...]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # lines a loader skipped, for a summary (PETRARCH dictionaries)
    # (word as written, country) -> (org code, row): "Congress" in Indian news (local_names.tsv)
    local_names: Mapping[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def holder(self, country: str, title: str, date: dt.date) -> Tenure | None:
        """Who held office ``title`` ("foreign minister") of ``country`` on ``date``."""
        for tenure in self.offices.get((country, title.lower()), ()):
            if tenure.covers(date):
                return tenure
        return None

    def lookup(self, text: str) -> tuple[Entry, ...]:
        key = normalise(text)
        entries = self.phrases.get(key, ())
        if not entries and (" el " in key or key.startswith("el ")):
            # "Omar El Bashir", "El-Sisi": the Arabic article as the tables write it ("al")
            entries = self.phrases.get(_EL.sub("al", key), ())
        forms = self.exact_case.get(key)
        if entries and forms is not None and _fold(text) not in forms:
            return ()
        return entries


_SPACE = re.compile(r"[\s\-‐–_()\[\]]+")
_EL = re.compile(r"\bel\b")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text.replace(".", "")).strip()


def folded(text: str) -> str:
    """Lower case without diacritics: "Erdoğan" and "Erdogan", "Keïta" and "Keita" are one
    name."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=1 << 14)
def normalise(text: str) -> str:
    """Phrase key: lower case, no dots, hyphens, underscores and brackets as spaces ("CPI (M)",
    "CPI(M", "CPI-M" are one key), no leading 'the'."""
    key = _fold(text.replace("’", "'")).lower()
    return key[4:] if key.startswith("the ") else key


def _data_path(*parts: str) -> Path:
    return Path(str(resources.files("eventwire").joinpath("data", *parts)))


def _rows(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc.strerror}") from exc
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        fields = line.split("\t")
        if len(fields) < columns:
            fields += [""] * (columns - len(fields))
        if len(fields) != columns:
            raise DataFileError(
                str(path), number, f"expected {columns} tab-separated columns, got {len(fields)}"
            )
        yield number, [f.strip() for f in fields]


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


def _parse_date(value: str, path: Path, number: int, end: bool = False) -> dt.date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            if end:  # a month given as an end date means "until the end of that month"
                nxt = dt.date(year + month // 12, month % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(year, month, 1)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataFileError(
            str(path), number, f"bad date {value!r}: use YYYY-MM or YYYY-MM-DD"
        ) from None


def _add_rule(
    path: Path,
    organizations: dict[str, Organization],
    check_country: Callable[[str, Path, int], None],
) -> None:
    """Give each armed group the countries it came to govern (``code country start end``)."""
    if not path.exists():
        return
    for number, (code, country, start, end, _provenance) in _rows(path, 5):
        org = organizations.get(code)
        if org is None or org.kind != "armed_group":
            raise DataFileError(
                str(path), number, f"{code!r} is no armed group of organizations.tsv"
            )
        check_country(country, path, number)
        rule = Rule(
            country,
            _parse_date(start, path, number),
            _parse_date(end, path, number, end=True) if end else None,
            f"{path.name}:{number}",
        )
        organizations[code] = dataclasses.replace(org, rule=(*org.rule, rule))


def _known_countries() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | EXTRA_COUNTRIES


def load_kb(actor_dir: Path | None = None, sectors: frozenset[str] | None = None) -> ActorKB:
    """Load and validate the actor tables in ``actor_dir`` (default: the shipped ones)."""
    root = actor_dir or _data_path("actors")
    known = _known_countries()
    valid_sectors = (sectors or _default_sectors()) | EXTRA_SECTORS

    def check_country(code: str, path: Path, number: int) -> None:
        if code not in known:
            raise DataFileError(str(path), number, f"unknown ISO 3166-1 alpha-3 code {code!r}")

    def check_sector(code: str, path: Path, number: int) -> None:
        if code and code not in valid_sectors:
            raise DataFileError(str(path), number, f"unknown PLOVER sector code {code!r}")

    phrases: dict[str, list[Entry]] = defaultdict(list)
    exact: dict[str, set[str]] = defaultdict(set)
    loose: set[str] = set()

    def index(phrase: str, entry: Entry) -> None:
        key = normalise(phrase)
        if not key:
            return
        bare = _fold(phrase)
        if bare.isupper() and len(bare) <= 4:
            exact[key].add(bare)
        else:
            loose.add(key)  # also listed in mixed case ("Isis"): any case will do
        if entry not in phrases[key]:
            phrases[key].append(entry)

    countries: dict[str, Country] = {}
    path = root / "countries.tsv"
    for number, (iso3, name, aliases, adjectives, seats, _prov) in _rows(path, 6):
        check_country(iso3, path, number)
        country = Country(
            iso3,
            name,
            _split(aliases),
            _split(adjectives),
            _split(seats),
            f"{path.name}:{number}",
        )
        countries[iso3] = country
        for phrase in (name, *country.aliases):
            index(phrase, Entry("country", iso3))
        for phrase in country.adjectives:
            index(phrase, Entry("adjective", iso3))
        for phrase in country.seats:
            index(phrase, Entry("seat", iso3))

    organizations: dict[str, Organization] = {}
    path = root / "organizations.tsv"
    for number, (code, name, aliases, kind, sector, country_code, cameo, _p) in _rows(path, 8):
        if kind not in _ORG_KINDS:
            raise DataFileError(
                str(path),
                number,
                f"kind must be igo, ngo, armed_group, state, party or company: {kind!r}",
            )
        check_sector(sector, path, number)
        if country_code:
            check_country(country_code, path, number)
        org = Organization(
            code,
            name,
            _split(aliases),
            kind,
            sector or None,
            country_code or None,
            cameo or None,
            f"{path.name}:{number}",
        )
        organizations[code] = org
        for phrase in (code, name, *org.aliases):
            index(phrase, Entry("org", code))

    _add_rule(root / "rulers.tsv", organizations, check_country)

    agents = read_agents_table(root / "agents.tsv", check_sector)

    # leaders.tsv: REIGN's national leaders that people.tsv does not cover (see reign.py)
    tables = [root / "people.tsv", *[p for p in [root / "leaders.tsv"] if p.exists()]]
    people = _load_people(tables, check_country, check_sector, organizations)
    for person in people.values():
        for phrase in (person.name, *person.aliases):
            index(phrase, Entry("person", person.name))

    local_names: dict[tuple[str, str], tuple[str, str]] = {}
    path = root / "local_names.tsv"
    for number, (word, country_code, org_code, _p) in _rows(path, 4) if path.exists() else ():
        check_country(country_code, path, number)
        if org_code not in organizations or " " in word:
            raise DataFileError(
                str(path),
                number,
                f"want one word and an organizations.tsv code: {word!r}, {org_code!r}",
            )
        local_names[(word, country_code)] = (org_code, f"{path.name}:{number}")

    return freeze_kb(
        countries,
        organizations,
        people,
        agents,
        phrases,
        exact_case={k: frozenset(v) for k, v in exact.items() if k not in loose},
        offices=_offices(people),
        local_names=local_names,
    )


def read_agents_table(
    path: Path, check_sector: Callable[[str, Path, int], None] | None = None
) -> dict[str, Agent]:
    """``agents.tsv``: phrase, sector, whether it is a person's title, provenance."""
    agents: dict[str, Agent] = {}
    for number, (phrase, sector, title, _prov) in _rows(path, 4):
        if check_sector is not None:
            check_sector(sector, path, number)
        agents[normalise(phrase)] = Agent(
            phrase.lower(), sector, title.lower() == "yes", f"{path.name}:{number}"
        )
    return agents


def title_heads() -> frozenset[str]:
    """The last words of the shipped table's titles ("minister", "president"): an agent phrase
    of another dictionary that ends in one is a person's title ("PRIME_MINISTER")."""
    table = read_agents_table(_data_path("actors", "agents.tsv"))
    return frozenset(a.phrase.split()[-1] for a in table.values() if a.title)


def freeze_kb(
    countries: dict[str, Country],
    organizations: dict[str, Organization],
    people: dict[str, Person],
    agents: dict[str, Agent],
    phrases: Mapping[str, list[Entry]],
    exact_case: dict[str, frozenset[str]] | None = None,
    offices: dict[tuple[str, str], tuple[Tenure, ...]] | None = None,
    notes: tuple[str, ...] = (),
    local_names: dict[tuple[str, str], tuple[str, str]] | None = None,
) -> ActorKB:
    """The read-only knowledge base over tables a loader built."""
    return ActorKB(
        countries=MappingProxyType(countries),
        organizations=MappingProxyType(organizations),
        people=MappingProxyType(people),
        agents=MappingProxyType(agents),
        phrases=MappingProxyType({k: tuple(v) for k, v in phrases.items()}),
        exact_case=MappingProxyType(exact_case or {}),
        max_words=max((len(k.split()) for k in phrases), default=1),
        offices=MappingProxyType(offices or {}),
        notes=notes,
        local_names=MappingProxyType(local_names or {}),
    )


def _load_people(
    paths: list[Path],
    check_country: Callable[[str, Path, int], None],
    check_sector: Callable[[str, Path, int], None],
    organizations: Mapping[str, Organization],
) -> dict[str, Person]:
    by_name: dict[str, list[Tenure]] = defaultdict(list)
    aliases: dict[str, list[str]] = defaultdict(list)
    offices: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
    rows = ((path, number, fields) for path in paths for number, fields in _rows(path, 8))
    for path, number, (name, alias_field, country, sector, role, start, end, prov) in rows:
        igo = group = None
        if country.startswith(("IGO:", "ORG:")):  # the head of an organisation or armed group
            igo = country[4:]
            if igo not in organizations:
                raise DataFileError(str(path), number, f"unknown organisation {igo!r}")
            org = organizations[igo]
            country_code = org.country if org.kind in NATIONAL_ORG_KINDS else None
            if org.kind in NATIONAL_ORG_KINDS and org.country:
                # (a group of no one country, al-Qaeda, keeps its code: IMGMUSALQ)
                igo, group = None, igo
        else:
            check_country(country, path, number)
            country_code = country
        check_sector(sector, path, number)
        if not role:
            raise DataFileError(str(path), number, "empty role")
        start_date = _parse_date(start, path, number)
        end_date = _parse_date(end, path, number, end=True) if end else None
        if end_date is not None and end_date < start_date:
            raise DataFileError(
                str(path), number, f"tenure ends ({end}) before it starts ({start})"
            )
        tenure = Tenure(
            name,
            country_code,
            igo,
            sector,
            role,
            start_date,
            end_date,
            prov,
            f"{path.name}:{number}",
            group,
        )
        by_name[name].append(tenure)
        for alias in _split(alias_field):
            if alias not in aliases[name]:
                aliases[name].append(alias)
        if "concurrent" not in prov:
            offices[(country, role.lower())].append(tenure)
    for (office_country, role), tenures in offices.items():
        tenures.sort(key=lambda t: t.start)
        for before, after in itertools.pairwise(tenures):
            if before.name == after.name:
                continue
            limit = (before.end or dt.date.max) - dt.timedelta(days=45)
            if after.start < limit:
                raise DataFileError(
                    str(paths[0].parent / after.where.rsplit(":", 1)[0]),
                    int(after.where.rsplit(":", 1)[1]),
                    f"{after.name} starts as {role} of {office_country} on {after.start} while "
                    f"{before.name} holds it ({before.where}); fix the dates or mark the row "
                    "'concurrent' in provenance",
                )
    return {
        name: Person(name, tuple(aliases[name]), tuple(sorted(ts, key=lambda t: t.start)))
        for name, ts in by_name.items()
    }


def _offices(people: Mapping[str, Person]) -> dict[tuple[str, str], tuple[Tenure, ...]]:
    offices: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
    for person in people.values():
        for tenure in person.tenures:
            if tenure.country:
                offices[(tenure.country, tenure.role.lower())].append(tenure)
    return {key: tuple(sorted(ts, key=lambda t: t.start)) for key, ts in offices.items()}


def _default_sectors() -> frozenset[str]:
    path = _data_path("plover", "sectors.tsv")
    return frozenset(fields[0] for _, fields in _rows(path, 3))
