"""PETRARCH-format dictionaries as an eventwire knowledge base.

A set of PETRARCH dictionaries is named by a path prefix: ``.../PETR.Validate`` stands for
``PETR.Validate*.actors.txt`` (one or more), ``PETR.Validate.agents.txt``,
``PETR.Validate.verbs.txt`` and ``PETR.Validate.discards.txt``; only an actors file is required.
That is how the PETRARCH unit suite's fictional world (Arnor, Gondor, ...) or the Phoenix
dictionaries are coded without converting them to eventwire's TSV tables.

How the formats map onto :class:`~eventwire.actors.kb.ActorKB` (PETRARCH's own documentation
describes the formats; this reader was written from it and from the files):

- An actor entry is a name line, ``+SYNONYM`` lines and one or more ``[CODE]`` blocks, which
  may carry a date restriction: ``[HOBGOV 19950601-19990815]``, ``[HOB <950601]`` (before),
  ``[HOBREB >990816]`` (from). ``_`` joins words; PETRARCH does not stem, so a trailing ``_``
  changes nothing.
- An undated three-letter code (``ARNOR [ARN]``) is a country: its names combine with agents
  ("Arnor soldiers" -> ``ARNMIL``) and stand for the country as a noun or adjective.
- Any other undated code (``HAMAS [PSEREBHMS]``, ``WHITE_HOUSE [USAGOV]``) is an organisation
  whose code is used as written.
- An entry with dated codes is a person with tenures; the undated code of such an entry is the
  default, which any restriction that covers the date overrides.
- Agents (``SOLDIER [~MIL]``) add their code to the actor's; ``!PERSON! = MAN, MEN`` defines a
  substitution used inside agent phrases (``CONGRESS!PERSON!``).
- Discards: a phrase in a sentence drops that sentence's events; a ``+`` phrase drops the story.

Lines that cannot be read (a malformed date) are skipped and listed in ``ActorKB.notes``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, DataFileError
from .kb import (
    ActorKB,
    Agent,
    Country,
    Entry,
    Organization,
    Person,
    Tenure,
    freeze_kb,
    normalise,
    title_heads,
)

# A default code loses to any restriction that covers the date (Person.tenure_at takes the
# covering tenure that starts last): it starts on the first day there is, "before" ranges a day
# later.
_DEFAULT_START = dt.date.min
_BEFORE_START = dt.date.min + dt.timedelta(days=1)

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


@dataclass(frozen=True, slots=True)
class DictionarySet:
    """The files behind a PETRARCH dictionary prefix."""

    prefix: str
    actors: tuple[Path, ...]
    agents: Path | None = None
    verbs: Path | None = None
    discards: Path | None = None

    def describe(self) -> str:
        files = [*self.actors, self.agents, self.verbs, self.discards]
        return ", ".join(p.name for p in files if p is not None)


@dataclass(frozen=True, slots=True)
class Discards:
    """Phrases that make PETRARCH drop a sentence's events, or a whole story's."""

    sentence: tuple[tuple[str, str], ...] = ()  # (phrase lower case, "file:line")
    story: tuple[tuple[str, str], ...] = ()
    _sentence_re: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _story_re: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def story_hit(self, text: str) -> tuple[str, str] | None:
        return _first_hit(self.story, self._story_re, text)

    def sentence_hit(self, text: str) -> tuple[str, str] | None:
        return _first_hit(self.sentence, self._sentence_re, text)


def _first_hit(
    phrases: tuple[tuple[str, str], ...], pattern: re.Pattern[str] | None, text: str
) -> tuple[str, str] | None:
    if pattern is None:
        return None
    found = pattern.search(text)
    if found is None:
        return None
    said = " ".join(found.group(0).lower().split())
    return next(((p, where) for p, where in phrases if p == said), (said, "?"))


def _phrase_regex(phrases: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = sorted({re.escape(p).replace(r"\ ", r"\s+") for p, _ in phrases}, key=len)
    return re.compile(r"\b(?:" + "|".join(reversed(alternatives)) + r")\b", re.IGNORECASE)


def find_dictionaries(prefix: str | Path) -> DictionarySet:
    """The dictionary files for ``prefix`` (``dir/PETR.Validate``); a clear error when none."""
    base = Path(prefix)
    folder, stem = base.parent, base.name
    if stem.endswith(".actors.txt"):  # a file named where its prefix was meant
        stem = stem[: -len(".actors.txt")]
    if not folder.is_dir():
        raise ConfigError(f"PETRARCH dictionaries {str(prefix)!r}: no folder {str(folder)!r}")
    actors = tuple(sorted(folder.glob(f"{stem}*.actors.txt")))
    if not actors:
        raise ConfigError(
            f"PETRARCH dictionaries {str(prefix)!r}: no {stem}*.actors.txt in {str(folder)!r}; "
            "give the path prefix the files share, e.g. .../petrarch2-dictionaries/PETR.Validate"
        )

    def optional(suffix: str) -> Path | None:
        path = folder / f"{stem}.{suffix}.txt"
        return path if path.is_file() else None

    return DictionarySet(
        str(prefix), actors, optional("agents"), optional("verbs"), optional("discards")
    )


# --------------------------------------------------------------------------- reading


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, content without comments) of each line that says something."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc.strerror}") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        content = line.split("#", 1)[0].strip()
        if content and not content.startswith("<"):  # "<!-- ... -->" is a one-line comment
            yield number, content


def _phrase(raw: str) -> str:
    """``MINAS_TIRITH_`` -> ``minas tirith`` (underscores join words; a final one means
    nothing to PETRARCH, which does not stem)."""
    return " ".join(raw.replace("_", " ").split()).lower()


def _date(raw: str) -> dt.date:
    """``19950601`` or the older ``950601`` (years before 30 are 20xx)."""
    if len(raw) == 8:
        return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    if len(raw) == 6:
        year = int(raw[:2])
        return dt.date(year + (2000 if year < 30 else 1900), int(raw[2:4]), int(raw[4:]))
    raise ValueError(f"{raw!r} is neither YYYYMMDD nor YYMMDD")


@dataclass(frozen=True, slots=True)
class _Code:
    code: str
    start: dt.date | None  # None on both ends: an undated code
    end: dt.date | None
    line: int


def _code(block: str, number: int) -> _Code:
    """``HOBGOV 19950601 - 19990815``, ``HOB < 950601``, ``HOBREB >990816``, ``ARN``."""
    parts = block.split(None, 1)
    if not parts:
        raise ValueError("empty code block")
    code = parts[0].split("/")[0]  # "[ELR/GAL]": several actors; the first is kept
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if not rest:
        return _Code(code, None, None, number)
    if rest.startswith("<"):
        return _Code(code, _BEFORE_START, _date(rest[1:]) - dt.timedelta(days=1), number)
    if rest.startswith(">"):
        return _Code(code, _date(rest[1:]), None, number)
    if "-" in rest:
        first, last = rest.split("-", 1)
        return _Code(code, _date(first), _date(last), number)
    raise ValueError(f"cannot read the date restriction {rest!r}")


@dataclass(slots=True)
class _ActorEntry:
    names: list[str]
    codes: list[_Code]
    line: int


def read_actor_entries(path: Path, notes: list[str]) -> list[_ActorEntry]:
    """The entries of one actors file, in file order; unreadable code blocks go to ``notes``."""
    entries: list[_ActorEntry] = []
    current: _ActorEntry | None = None
    for number, content in _lines(path):
        if content.startswith("+"):
            if current is not None and _phrase(content[1:]):
                current.names.append(_phrase(content[1:]))
            continue
        blocks = _CODE_BLOCK.findall(content)
        if not content.startswith("["):
            name = _phrase(_CODE_BLOCK.sub(" ", content))
            current = _ActorEntry([name] if name else [], [], number)
            entries.append(current)
        if current is None:
            continue
        for block in blocks:
            try:
                current.codes.append(_code(block, number))
            except ValueError as exc:
                notes.append(f"{path.name}:{number}: skipped [{block.strip()}]: {exc}")
    return [e for e in entries if e.names and e.codes]


def read_agents(path: Path) -> dict[str, Agent]:
    """``FOREIGN_MINISTER [~GOVFRM]``, ``MEDIA {} [~MED]``, ``CONGRESS!PERSON! [~LEG]``.

    PETRARCH does not say which agents are a person's title; one whose head noun ends a title
    of eventwire's own table ("PRIME_MINISTER", "MINISTER_OF_WAR": minister) is, so that
    "Prime Minister" before a name is read as a title, not as a name of its own."""
    heads = title_heads()
    macros: dict[str, list[str]] = {}
    agents: dict[str, Agent] = {}
    for number, content in _lines(path):
        macro = _MACRO.match(content)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        block = _CODE_BLOCK.search(content)
        if block is None:
            continue
        code = block.group(1).strip().replace("~", "")
        if not code:
            raise DataFileError(str(path), number, "empty agent code")
        written = content[: block.start()]
        plurals = re.findall(r"\{([^}]*)\}", written)
        forms = [re.sub(r"\{[^}]*\}", " ", written)]
        forms += [form for group in plurals for form in group.split(",") if form.strip()]
        for form in forms:
            for phrase in _expand(form.strip(), macros):
                key = normalise(_phrase(phrase))
                if key and key not in agents:
                    words = _phrase(phrase).split()
                    head = words[: words.index("of")] if "of" in words else words
                    title = bool(head) and head[-1] in heads  # "minister of war": minister
                    agents[key] = Agent(_phrase(phrase), code, title, f"{path.name}:{number}")
    return agents


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    """Every spelling of a phrase with ``!MACRO!`` substitutions."""
    found = re.search(r"![A-Z]+!", phrase)
    if found is None:
        return [phrase]
    out: list[str] = []
    for word in macros.get(found.group(0), []):
        out += _expand(phrase[: found.start()] + word + phrase[found.end() :], macros)
    return out


def read_discards(path: Path) -> Discards:
    sentence: list[tuple[str, str]] = []
    story: list[tuple[str, str]] = []
    for number, content in _lines(path):
        where = f"{path.name}:{number}"
        if content.startswith("+"):
            story.append((_phrase(content[1:]), where))
        else:
            sentence.append((_phrase(content), where))
    s, t = tuple(p for p in sentence if p[0]), tuple(p for p in story if p[0])
    return Discards(s, t, _phrase_regex(s), _phrase_regex(t))


# --------------------------------------------------------------------------- the KB


def load_petrarch_kb(dictionaries: DictionarySet) -> ActorKB:
    """An :class:`ActorKB` from PETRARCH actor and agent dictionaries (see the module doc)."""
    notes: list[str] = []
    phrases: dict[str, list[Entry]] = defaultdict(list)
    countries: dict[str, Country] = {}
    organizations: dict[str, Organization] = {}
    people: dict[str, Person] = {}

    def index(name: str, entry: Entry) -> None:
        key = normalise(name)
        if key and entry not in phrases[key]:
            phrases[key].append(entry)

    for path in dictionaries.actors:
        for entry in read_actor_entries(path, notes):
            where = f"{path.name}:{entry.line}"
            dated = [c for c in entry.codes if c.start is not None or c.end is not None]
            undated = [c for c in entry.codes if c.start is None and c.end is None]
            if dated:
                person = _person(entry, path.name)
                people[person.name] = person
                for name in entry.names:
                    index(name, Entry("person", person.name))
                continue
            code = undated[0].code
            if len(code) == 3 and code.isalpha():
                known = countries.get(code)
                names = tuple(entry.names)
                if known is None:
                    known = Country(code, entry.names[0].title(), names[1:], names, (), where)
                else:  # "ISRAEL [ISR]" and "ISRAELI [ISR]": one country, more names
                    extra = tuple(n for n in names if n not in known.adjectives)
                    known = Country(
                        code,
                        known.name,
                        known.aliases + extra,
                        known.adjectives + extra,
                        (),
                        known.where,
                    )
                countries[code] = known
                for name in entry.names:
                    index(name, Entry("country", code))
                    index(name, Entry("adjective", code))
                continue
            key = entry.names[0]
            organizations[key] = Organization(
                code=key,
                name=key.title(),
                aliases=tuple(entry.names[1:]),
                kind=_org_kind(code),
                sector=code[3:] or None,
                country=code[:3] if _org_kind(code) == "armed_group" else None,
                cameo_code=code,
                where=where,
            )
            for name in entry.names:
                index(name, Entry("org", key))

    agents = read_agents(dictionaries.agents) if dictionaries.agents else {}
    return freeze_kb(countries, organizations, people, agents, phrases, notes=tuple(notes))


def _org_kind(code: str) -> str:
    if code.startswith("IGO"):
        return "igo"
    if code.startswith(("NGO", "NGM")):
        return "ngo"
    return "armed_group"  # a code used as written, country first: PSEREBHMS, USAGOV


def _person(entry: _ActorEntry, file: str) -> Person:
    name = entry.names[0].title()
    tenures = []
    for code in entry.codes:
        start = code.start if code.start is not None else _DEFAULT_START
        tenures.append(
            Tenure(
                name=name,
                country=code.code[:3],
                igo=None,
                sector=code.code[3:],
                role=code.code,
                start=start,
                end=code.end,
                provenance="PETRARCH dictionary",
                where=f"{file}:{code.line}",
            )
        )
    aliases = tuple(n.title() for n in entry.names[1:])
    return Person(name, aliases, tuple(sorted(tenures, key=lambda t: t.start)))
