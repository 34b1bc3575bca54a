"""The trigger lexicon: PETRARCH-2's CAMEO verb dictionary plus eventwire's nominal triggers.

Verb blocks (``---  VISIT   [042:043]  ---``) give each verb a default CAMEO code; pattern lines
(``- * (FOR TALKS)  [046:046]``) refine it when the listed words stand in the verb's phrase. We
keep each entry's file and line so every event can say which entry coded it.

Pattern words are matched as lemmas or lower-cased forms, a multi-word item (``NOT_GUILTY``,
``+SWISS FRANCS`` in a synonym set) as consecutive words; ``&SYNSET`` expands to its members;
``(``, ``)``, ``{``, ``}`` and the PETRARCH markers ``$ + ^ %`` only group words, so they are
dropped. Patterns that code only the *target's* action (``[:020]``) code it with source and target
swapped.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ..errors import DataFileError


@dataclass(frozen=True, slots=True)
class Pattern:
    before: tuple[frozenset[str], ...]  # word alternatives left of the verb (the source side)
    after: tuple[frozenset[str], ...]  # word alternatives right of the verb, in order
    code: str | None  # None: the pattern says "no event" (unless it has a reverse code)
    line: int
    text: str = ""  # the pattern line as written, for explanations
    # the verbs the comment says the pattern was written for ("# DELAY , POSTPONE"); empty: all
    origin: frozenset[str] = frozenset()
    file: str | None = None  # the table it comes from when not the verb's own dictionary
    keys: tuple[frozenset[str], ...] = field(default=(), compare=False, repr=False)
    # ``[:030]``: the code of what the *target* does to the subject ("received assurances
    # from the government" is the government assuring them); only when ``code`` is None
    reverse: str | None = None
    # ``- % HAVE *``: PETRARCH's ``%`` before the verb asks for a compound subject ("Gondor and
    # Osgiliath have delayed their meeting"), whose members act on each other
    compound: bool = False
    # ``[064:064]``: the act is the same both ways ("renewed diplomatic ties"), so the members
    # of a compound subject with no other target act on each other
    symmetric: bool = False
    # ``[032:033]``: PETRARCH's paired event, the target's act on the source that the source's
    # act brings with it ("left for Minas Tirith": a visit, and Gondor receiving it)
    paired: str | None = None

    @property
    def vetoes(self) -> bool:
        """The pattern names a use of the verb that is no event ("attack aircraft")."""
        return self.code is None and self.reverse is None

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after) + self.compound

    def __post_init__(self) -> None:
        # For each word group, words one of which a phrase must hold for it to match: the
        # single items and the first word of multi-word ones (a cheap test before the order).
        object.__setattr__(self, "keys", _pattern_keys(self.after + self.before))


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon entry: a verb or a noun with its default CAMEO code and its patterns."""

    lemma: str
    pos: str  # "VERB" or "NOUN"
    code: str | None
    source: str  # "file:line" of the entry
    patterns: tuple[Pattern, ...] = ()
    text: str = ""  # the entry as written, for explanations
    # the file the dictionary's patterns come from when an eventwire row replaced the entry's
    # code (``source`` then names that row); None: the file ``source`` names
    patterns_file: str | None = None
    paired: str | None = None  # the header's or entry's paired code (see Pattern.paired)
    # word -> positions of the patterns whose first word group holds it: a phrase can only
    # match patterns indexed under one of its words (CAMEO verbs carry hundreds of patterns)
    index: Mapping[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, list[int]] = {}
        for position, pattern in enumerate(self.patterns):
            if pattern.keys:
                for word in pattern.keys[0]:
                    index.setdefault(word, []).append(position)
            elif pattern.compound:  # "- % * [030:030]": no word to wait for
                index.setdefault(COMPOUND_KEY, []).append(position)
        object.__setattr__(self, "index", {w: tuple(ps) for w, ps in index.items()})

    def patterns_for(self, words: frozenset[str]) -> list[Pattern]:
        """The patterns a phrase with ``words`` may match, in dictionary order (with
        :data:`COMPOUND_KEY` among the words when the subject is compound)."""
        found = {p for word in words for p in self.index.get(word, ())}
        return [self.patterns[p] for p in sorted(found)]


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: Mapping[str, Trigger]
    nouns: Mapping[str, Trigger]
    light_verbs: frozenset[str]
    # CAMEO code of an announced act (prefix) -> the code of announcing it (intent_codes.tsv)
    intents: Mapping[str, Trigger] = field(default_factory=dict)
    # False for another PETRARCH verb dictionary (the unit suite's WEIS-era codes): its codes
    # are kept as written where the CAMEO->PLOVER crosswalk does not know them
    cameo: bool = True

    def __len__(self) -> int:
        return len(self.verbs) + len(self.nouns)

    def intent_of(self, cameo: str, key: str = "{}") -> Trigger | None:
        """The intent-table row for an announced act's CAMEO code (longest prefix), if any;
        ``key`` spells the row's first field around the prefix."""
        for size in range(len(cameo), 1, -1):
            row = self.intents.get(key.format(cameo[:size]))
            if row is not None:
                return row
        return None

    def refusal_of(self, cameo: str) -> Trigger | None:
        """The intent-table row for announcing that one will not do an act: the row of the
        act's longest prefix ("negated 084": 1243, declining to release), else "negated"."""
        return self.intent_of(cameo, "negated {}") or self.intents.get("negated")


#: Stands in a phrase's words for a compound subject, the ``%`` of PETRARCH's patterns.
COMPOUND_KEY = "%"


# Four block headers in CAMEO.2.0.txt carry a stray "---" after the code
# ("---  DELAY   [120]---  ---"); missing them would merge the block into the one before
# (ACCUSE would take DELAY's patterns and "accused X" could be postponed negotiations).
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\](?:---)?\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_FORMS = re.compile(r"\{([^}]*)\}")


def _pattern_keys(groups: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(item.split(" ", 1)[0] for item in group) for group in groups)


def _data_path(*parts: str) -> Path:
    return Path(str(resources.files("eventwire").joinpath("data", *parts)))


def _main_code(raw: str) -> str | None:
    """``042:043`` -> ``042``; ``---`` or ``:020`` -> None (no event for the source)."""
    code = raw.strip().split(":")[0].strip()
    return code if code and code.isalnum() and not code.startswith("-") else None


def _reverse_code(raw: str) -> str | None:
    """``:030`` -> ``030`` (the target's act, the subject its receiver); None otherwise. A
    pattern with both (``042:043``) is coded by its first code only."""
    main, _, reverse = raw.strip().partition(":")
    reverse = reverse.strip()
    if main.strip() or not reverse.isalnum():
        return None
    return reverse


def _paired_code(raw: str) -> str | None:
    """``032:033`` -> ``033``, ``064:064`` -> ``064``: the paired event's code, when both codes
    are written; None otherwise."""
    main, _, paired = raw.strip().partition(":")
    main, paired = main.strip(), paired.strip()
    return paired if main.isalnum() and paired.isalnum() else None


def _symmetric(raw: str) -> bool:
    """``064:064`` -> True: the subject's act on the target and the target's on the subject
    have one code (a paired code equal to the first)."""
    paired = _paired_code(raw)
    return paired is not None and paired == raw.partition(":")[0].strip()


def _phrase(item: str) -> str:
    """``NOT_GUILTY`` / ``SWISS FRANCS`` -> ``not guilty``: a multi-word item, matched as
    consecutive words (PETRARCH does not stem, so a final ``_`` changes nothing)."""
    return " ".join(item.replace("_", " ").split()).lower()


# Last words of multi-word items that alone name something else: "Taliban fighters" are no
# TOMCAT_FIGHTER of &AIRCRAFT, and "set fire to" is no CEASE_FIRE of &CEASEFIRE.
_NOT_HEAD_WORDS = frozenset(
    {"fighter", "fighters", "fire", "services", "system", "area", "center", "cause", "house"}
    | {"person", "opinion", "camp", "gas", "club", "force", "weapon", "weapons", "bomb"}
    | {"agent", "destruction"}
)


def _items(item: str, head_words: bool) -> list[str]:
    """The phrase, and with ``head_words`` its last word as well."""
    phrase = _phrase(item)
    if head_words and " " in phrase:
        head = phrase.rsplit(" ", 1)[1]
        return [phrase] if head in _NOT_HEAD_WORDS else [phrase, head]
    return [phrase] if phrase else []


def _words(
    chunk: str, synsets: Mapping[str, frozenset[str]], head_words: bool = True
) -> tuple[frozenset[str], ...]:
    cleaned = re.sub(r"[(){}$+^%]", " ", chunk)
    out = []
    for word in cleaned.split():
        if not word.strip("_"):
            continue
        if "&" in word and "_" in word.strip("_") and word.strip("_").upper() not in synsets:
            # "&TIETYPES_MEMOS", "MEMOS_ON_&TIETYPES": consecutive words, one of them any
            # member of a set ("economic memos", "memos on military")
            out.append(_connected(word, synsets))
        elif word.startswith("&"):
            # An unknown or empty set can match nothing; dropping it would widen the pattern.
            out.append(synsets.get(word.strip("_").upper(), frozenset()))
        else:
            out.append(frozenset(_items(word, head_words)))
    return tuple(out)


def _connected(word: str, synsets: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The phrases an item of words joined by ``_`` with a set among them stands for."""
    phrases = [""]
    for part in (p for p in word.split("_") if p):
        if part.startswith("&"):
            choices = sorted(synsets.get(part.upper(), frozenset()))
        else:
            choices = [part.lower()]
        phrases = [f"{phrase} {choice}".strip() for phrase in phrases for choice in choices]
    return frozenset(phrases)


def _origin(line: str) -> frozenset[str]:
    """The verbs a pattern line's comment names (``# DELAY , POSTPONE`` -> delay, postpone).

    The dictionary's header says each pattern's comment names "the verb[s] where the pattern
    was originally found": synonym blocks were merged later, and a pattern written for WELCOME
    ("- * (TO)  [043]") says nothing about PRAISE in the same block.
    """
    if "#" not in line:
        return frozenset()
    comment = line.split("#", 1)[1]
    return frozenset(w.lower() for w in re.findall(r"[A-Z][A-Z_]+", comment.split(";")[0]))


# Words that say how a verb takes its arguments rather than what the event is about.
_FUNCTION_WORDS = frozenset(
    [
        "to",
        "with",
        "from",
        "against",
        "for",
        "on",
        "in",
        "into",
        "at",
        "by",
        "of",
        "over",
        "about",
        "up",
        "down",
        "out",
        "off",
        "away",
        "back",
        "through",
        "across",
        "after",
        "under",
        "upon",
        "as",
        "that",
    ]
)


def _not_force(code: str | None) -> bool:
    """A CAMEO code of words, cooperation or protest rather than force: the roots 01 to 14."""
    return code is not None and code[:2].isdigit() and int(code[:2]) <= 14


def _cooperation(code: str | None) -> bool:
    """The code is one of cooperation, verbal or material (CAMEO roots 01-08)."""
    return code is not None and code[:2].isdigit() and 1 <= int(code[:2]) <= 8


def _applies_to(
    pattern: Pattern, lemma: str, members: set[str], coded: bool, code: str | None
) -> bool:
    """A pattern of particles and prepositions only ("- * (TO)") says how one verb takes its
    arguments (WELCOME to a summit): it applies to the block's verbs its comment names. A
    pattern with a content word ("- * AID") names the event's object and applies to the whole
    synonym block, as do patterns whose comment names none of the block's verbs. A pattern of
    the subject alone ("- &MILITARY *  [192]  # TAKE": troops who take a place seize it) does
    not override a verb's own code (ARREST [173]: soldiers who arrest people occupy nothing);
    for a verb with none it is the block's reading ("police held two men": DETAIN's 173).
    What another verb does in a sense of its own stays with it: ATTACK's "- * COURT [111]"
    (attacking a court in words) says nothing of a crowd that storms one, nor BATTLE's "- *
    INSURGENTS [062]" of a crowd that clashes with them; so a pattern naming other verbs whose
    code is not force (roots 01-14) leaves alone a verb whose own is (18-20), and one whose
    code is cooperation (01-08) a verb whose own is coercion (17): HOLD's "- * MEETING [046]"
    says nothing of DETAIN in its block ("was detained by police after a televised meeting
    with Sargsyan" is an arrest, no negotiation)."""
    named = pattern.origin & members
    if not named or lemma in named:
        return True
    if not pattern.after and coded:
        return False
    if _not_force(pattern.code) and code is not None and code[:2] in ("18", "19", "20"):
        return False
    if _cooperation(pattern.code) and code is not None and code[:2] == "17":
        return False
    words = pattern.before + pattern.after
    return not all(alternatives <= _FUNCTION_WORDS for alternatives in words)


def parse_verb_dictionary(path: Path, head_words: bool = True) -> dict[str, Trigger]:
    """Read a PETRARCH-2 CAMEO verb dictionary into verb lemma -> Trigger.

    A multi-word item (``+BATTLE_TANK``) matches as the phrase; with ``head_words`` (the shipped
    CAMEO dictionary) its last word matches too, since news writes "sent tanks" for what the
    dictionary lists as battle tanks. PETRARCH itself, and its unit suite, match the phrase
    only ("goblin galleons" is not ``+GOLDEN_GOBLIN_GALLEONS``): ``head_words=False``."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc.strerror}") from exc
    synsets: dict[str, frozenset[str]] = {}
    name = None
    members: list[str] = []
    for line in lines:  # first pass: synonym sets, used by patterns anywhere in the file
        if line.lstrip().startswith("#"):
            continue  # a comment inside a set does not end it
        text = line.split("#")[0].strip()
        if text.startswith("&"):
            name, members = text.rstrip("_").upper(), []
            synsets[name] = frozenset()
        elif name and text.startswith("+"):
            members += _items(text[1:], head_words)
            synsets[name] = frozenset(members)
        elif not text:
            name = None
    # "+&TIETYPES" inside a set: that set's members (sets named in sets, to any depth)
    for _ in range(len(synsets)):
        nested = {
            name: frozenset(
                word
                for member in members
                for word in (
                    synsets.get(member.upper(), frozenset())
                    if member.startswith("&")
                    else (member,)
                )
            )
            for name, members in synsets.items()
        }
        if nested == synsets:
            break
        synsets = nested

    verbs: dict[str, Trigger] = {}
    block_code: str | None = None
    block_paired: str | None = None
    block_verbs: list[tuple[str, str | None, int, str, bool, str | None]] = []
    block_patterns: list[Pattern] = []

    def close_block() -> None:
        members = {lemma for lemma, *_ in block_verbs}
        for lemma, code, number, entry, coded, paired in block_verbs:
            if lemma not in verbs:  # the first entry for a verb wins, as in PETRARCH
                own = tuple(
                    p for p in block_patterns if _applies_to(p, lemma, members, coded, code)
                )
                source = f"{path.name}:{number}"
                verbs[lemma] = Trigger(lemma, "VERB", code, source, own, entry, paired=paired)

    for number, line in enumerate(lines, start=1):
        text = line.split("#")[0].split(";")[0].rstrip()
        header = _HEADER.match(text)
        if header:
            close_block()
            block_code = _main_code(header.group(2))
            block_paired = _paired_code(header.group(2))
            block_verbs, block_patterns = [], []
            continue
        stripped = text.strip()
        if not stripped or stripped.startswith("&"):
            continue
        if stripped.startswith("- "):
            code_match = _CODE.search(stripped)
            if code_match is None:
                continue
            raw_code = code_match.group(1)
            body = stripped[2 : code_match.start()]
            if "*" not in body:
                continue
            left, right = body.split("*", 1)
            block_patterns.append(
                Pattern(
                    before=_words(left, synsets, head_words),
                    after=_words(right, synsets, head_words),
                    code=_main_code(raw_code),
                    line=number,
                    text=" ".join(stripped.split()),
                    origin=_origin(line),
                    reverse=_reverse_code(raw_code),
                    compound=COMPOUND_KEY in left,
                    symmetric=_symmetric(raw_code),
                    paired=_paired_code(raw_code),
                )
            )
            continue
        if stripped.startswith("+") or "_" in stripped.split()[0]:
            continue  # phrasal verbs: their head verb's block and the parse cover them
        word = stripped.split()[0].lower()
        if not word.isalpha():
            continue
        own = _CODE.search(_FORMS.sub("", stripped))
        code = _main_code(own.group(1)) if own else block_code
        written = " ".join(stripped.split())
        block_verbs.append(
            (
                word,
                code,
                number,
                written if own else f"{written} [{code or '---'}]",
                own is not None and code is not None,  # a code of its own, not the block's
                _paired_code(own.group(1)) if own else block_paired,
            )
        )
    close_block()
    return verbs


def parse_nominal_triggers(path: Path, header: str = "lemma\t") -> dict[str, Trigger]:
    """Read eventwire's noun trigger table: ``lemma<TAB>cameo<TAB>note`` (also the format of
    the verb and intent tables, whose header row starts with ``header``)."""
    nouns: dict[str, Trigger] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc.strerror}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or line.startswith(header):
            continue
        fields = line.split("\t")
        code = fields[1].strip() if len(fields) > 1 else ""
        if not code.isalnum() and code != "---":
            raise DataFileError(
                str(path), number, "expected 'lemma<TAB>cameo_code (or ---)<TAB>note'"
            )
        lemma = fields[0].strip().lower()
        if lemma in nouns:
            raise DataFileError(str(path), number, f"duplicate noun trigger {lemma!r}")
        nouns[lemma] = Trigger(
            lemma,
            "NOUN",
            None if code == "---" else code,  # ---: no event unless a pattern says one
            f"{path.name}:{number}",
            text=f"{lemma} [{code}]",
        )
    return nouns


def parse_verb_overrides(path: Path, verbs: dict[str, Trigger]) -> dict[str, Trigger]:
    """Apply eventwire's verb table on top of the CAMEO dictionary (same format as nouns)."""
    merged = dict(verbs)
    for lemma, entry in parse_nominal_triggers(path).items():
        kept = verbs.get(lemma)
        merged[lemma] = Trigger(
            lemma,
            "VERB",
            entry.code,
            entry.source,
            kept.patterns if kept else (),
            entry.text,
            patterns_file=kept.source.split(":")[0] if kept else None,
        )
    return merged


def parse_verb_patterns(path: Path, verbs: dict[str, Trigger]) -> dict[str, Trigger]:
    """Add eventwire's verb patterns (``lemma<TAB>after<TAB>cameo<TAB>note``) in front of a
    verb's own; a verb the dictionary lacks gets an entry that codes nothing without them.
    ``---`` as the code says "no event" (its first word must follow the verb at once);
    ``:190`` is a reversed code: the target does the act to the source ("received fire from")."""
    merged = dict(verbs)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc.strerror}") from exc
    seen: dict[tuple[str, tuple[frozenset[str], ...]], int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0].strip() or not fields[1].strip():
            raise DataFileError(str(path), number, "expected 'lemma<TAB>after<TAB>cameo<TAB>note'")
        lemma, after, code = (f.strip() for f in fields[:3])
        reverse = _reverse_code(code) if code.startswith(":") else None
        symmetric = _symmetric(code)
        if not code.isalnum() and code != "---" and reverse is None and not symmetric:
            raise DataFileError(
                str(path),
                number,
                f"{code!r} is not a CAMEO code, :code (reversed), code:code (both ways) or ---",
            )
        words = tuple(frozenset(w.lower() for w in item.split("|")) for item in after.split())
        first = seen.setdefault((lemma, words), number)
        if first != number:
            raise DataFileError(str(path), number, f"{lemma} * {after} is written on line {first}")
        written = f"{lemma.upper()} * {after.upper()} [{code}]"
        pattern = Pattern(
            (),
            words,
            _main_code(code),
            number,
            written,
            file=path.name,
            reverse=reverse,
            symmetric=symmetric,
        )
        kept = merged.get(lemma) or Trigger(lemma, "VERB", None, f"{path.name}:{number}")
        merged[lemma] = dataclasses.replace(kept, patterns=(pattern, *kept.patterns))
    return merged


def load_lexicon(data_dir: Path | None = None, verb_dictionary: Path | None = None) -> Lexicon:
    """The shipped lexicon, or with ``verb_dictionary`` that PETRARCH verb dictionary alone:
    eventwire's verb, pattern, noun and intent tables are CAMEO-coded, so they are left out."""
    root = data_dir or _data_path()
    if verb_dictionary is not None:
        return Lexicon(
            verbs=MappingProxyType(parse_verb_dictionary(verb_dictionary, head_words=False)),
            nouns=MappingProxyType({}),
            light_verbs=_light_verbs(root),
            cameo=False,
        )
    verbs = parse_verb_dictionary(root / "cameo" / "CAMEO.2.0.txt")
    verbs = parse_verb_overrides(root / "coding" / "verbs.tsv", verbs)
    verbs = parse_verb_patterns(root / "coding" / "patterns.tsv", verbs)
    nouns = parse_nominal_triggers(root / "coding" / "nouns.tsv")
    light = _light_verbs(root)
    intents = parse_nominal_triggers(root / "coding" / "intent_codes.tsv", header="action\t")
    return Lexicon(
        verbs=MappingProxyType(verbs),
        nouns=MappingProxyType(nouns),
        light_verbs=light,
        intents=MappingProxyType(intents),
    )


def _light_verbs(root: Path) -> frozenset[str]:
    """Verbs that carry an event noun ("hold talks"): structure, not a code."""
    path = root / "coding" / "light_verbs.tsv"
    return frozenset(
        line.split("\t")[0].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
