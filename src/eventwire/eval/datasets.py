"""Load the evaluation data sets into :class:`GoldDoc` records.

Every loader returns one :class:`GoldDoc` per unit that is coded: one per article for ``seed`` and
``dev-articles``, one per sentence for ``plover-gold``, ``petrarch-gsr`` and ``petrarch-unit``
(``doc_id`` is then the sentence/case id). ``gold`` holds the data set's own gold record (see each
loader); :mod:`eventwire.eval.scoring` knows how to read it.

The data live outside the package (``../shared/data`` relative to the repository); the root is
always a parameter. Missing or malformed files raise :class:`~eventwire.errors.DatasetError` with
the file and, where there is one, the line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import DatasetError
from eventwire.models import Article

DATASETS: tuple[str, ...] = (
    "seed",
    "plover-gold",
    "petrarch-gsr",
    "petrarch-unit",
    "dev-articles",
    "team-articles",
    "when-where-who",
    "actors",
)

#: The halves of a set split for tuning and for reporting on cases no rule was written for.
HALVES: tuple[str, ...] = ("tuning", "held-out")

#: PLOVER 0.5b1 (2016) labels used in ``PLOVER_GSR_CAMEO.txt`` → current PLOVER event types.
PLOVER_2016_RELABEL: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

#: The dictionaries a data set was written for, relative to the data root: the PETRARCH unit
#: suite codes a fictional world (Arnor=ARN, Gondor=GON) with its own actors, agents and verbs.
DATASET_DICTIONARIES: dict[str, str] = {
    "petrarch-unit": "cameo/petrarch2-dictionaries/PETR.Validate",
}

#: Environment variable that overrides :func:`default_data_root`.
DATA_ROOT_ENV = "EVENTWIRE_DATA_ROOT"


@dataclass(frozen=True)
class GoldDoc:
    """One unit to code (``article``) with its gold standard (``gold``, shape per data set).

    ``gold`` by data set:

    - ``seed``: the whole ``gold.json`` object (``required``, ``optional``, ``forbidden``, ...).
    - ``plover-gold``: ``{"type": <current PLOVER type>, "label_2016": <label as written>,
      "source": [...], "target": [...], "mode": str | None, "line": int}``.
    - ``petrarch-gsr`` / ``petrarch-unit``: ``{"expected": [{"source","target","code"}, ...],
      "expect_none": bool, "evaluate": bool, "expected_error": str | None, "category": str}``.
    - ``dev-articles`` / ``team-articles``: the list of gold event dicts as written in
      ``articles.jsonl``.
    - ``when-where-who``: the case's ``expect`` object (see that folder's README).
    - ``actors``: the case's ``mentions`` with their character offsets added.

    ``half`` is the article's half of a set split for tuning (``tuning``) and reporting
    (``held-out``), where the set has one.
    """

    doc_id: str
    article: Article
    gold: Any
    half: str | None = None


def relabel_plover_2016(label: str) -> str:
    """Map a PLOVER 0.5b1 label (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) to the current type."""
    return PLOVER_2016_RELABEL.get(label, label)


def default_data_root() -> Path:
    """``$EVENTWIRE_DATA_ROOT`` if set, else ``<repository>/../shared/data``."""
    env = os.environ.get(DATA_ROOT_ENV)
    if env:
        return Path(env)
    # src/eventwire/eval/datasets.py -> parents[3] is the repository root.
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def dataset_dictionaries(name: str, data_root: Path) -> Path | None:
    """The PETRARCH dictionary prefix data set ``name`` is coded with, if it has its own."""
    relative = DATASET_DICTIONARIES.get(name)
    return Path(data_root) / relative if relative else None


def load_dataset(name: str, data_root: Path) -> list[GoldDoc]:
    """Load data set ``name`` (one of :data:`DATASETS`) from ``data_root``."""
    loaders: dict[str, Callable[[Path], list[GoldDoc]]] = {
        "seed": load_seed,
        "plover-gold": load_plover_gold,
        "petrarch-gsr": load_petrarch_gsr,
        "petrarch-unit": load_petrarch_unit,
        "dev-articles": load_dev_articles,
        "team-articles": load_team_articles,
        "when-where-who": load_when_where_who,
        "actors": load_actors,
    }
    loader = loaders.get(name)
    if loader is None:
        raise DatasetError(f"unknown data set {name!r}; choose one of: {', '.join(DATASETS)}")
    root = Path(data_root)
    if not root.is_dir():
        raise DatasetError(
            f"{root}: data root not found; pass the folder that holds seed/, plover/, "
            f"petrarch2-validation/ and dev-articles/ (default ../shared/data, or set "
            f"{DATA_ROOT_ENV})"
        )
    return loader(root)


# --------------------------------------------------------------------------- helpers


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise DatasetError(f"{path}: file not found")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: cannot read: {exc}") from exc


def _parse_date(value: Any, where: str, field: str) -> dt.date:
    if not isinstance(value, str):
        raise DatasetError(f"{where}: {field} must be a YYYY-MM-DD string, got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DatasetError(f"{where}: {field} {value!r} is not a YYYY-MM-DD date") from exc


def _require(record: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in record:
        raise DatasetError(f"{where}: missing field {key!r}")
    value = record[key]
    if not isinstance(value, kind):
        raise DatasetError(f"{where}: field {key!r} has the wrong type ({value!r})")
    return value


def _jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, object)`` for each non-blank line of a JSON-lines file."""
    text = _read_text(path)
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}:{lineno}: invalid JSON: {exc.msg}") from exc
        if not isinstance(obj, dict):
            raise DatasetError(f"{path}:{lineno}: expected a JSON object")
        yield lineno, obj


def _json_array_with_lines(path: Path) -> list[tuple[int, Any]]:
    """Parse a JSON array and return each element with the line it starts on."""
    text = _read_text(path)
    decoder = json.JSONDecoder()

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    def skip_ws(pos: int) -> int:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        return pos

    pos = skip_ws(0)
    if pos >= len(text) or text[pos] != "[":
        raise DatasetError(f"{path}:{line_of(pos)}: expected a JSON array")
    pos = skip_ws(pos + 1)
    items: list[tuple[int, Any]] = []
    if pos < len(text) and text[pos] == "]":
        return items
    while True:
        try:
            obj, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
        items.append((line_of(pos), obj))
        pos = skip_ws(end)
        if pos < len(text) and text[pos] == ",":
            pos = skip_ws(pos + 1)
            continue
        if pos < len(text) and text[pos] == "]":
            return items
        raise DatasetError(f"{path}:{line_of(pos)}: expected ',' or ']' in the JSON array")


# --------------------------------------------------------------------------- loaders


def load_seed(data_root: Path) -> list[GoldDoc]:
    """``seed/gold.json`` + the article it names: one :class:`GoldDoc` (``doc_id`` ``seed``).

    The first non-empty line of the article is the title; the remaining lines are the body that
    is coded (leading and trailing blank lines dropped). The date is ``document_date``.
    """
    gold_path = data_root / "seed" / "gold.json"
    try:
        gold = json.loads(_read_text(gold_path))
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{gold_path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
    if not isinstance(gold, dict):
        raise DatasetError(f"{gold_path}:1: expected a JSON object")
    for key in ("required", "optional", "forbidden"):
        entries = gold.get(key, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise DatasetError(f"{gold_path}: {key!r} must be a list of objects")
    if not gold.get("required"):
        raise DatasetError(f"{gold_path}: no 'required' events")
    date = _parse_date(gold.get("document_date"), str(gold_path), "document_date")
    article_name = gold.get("article", "article.txt")
    if not isinstance(article_name, str):
        raise DatasetError(f"{gold_path}: 'article' must be a file name")
    article_path = gold_path.parent / article_name
    lines = _read_text(article_path).splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise DatasetError(f"{article_path}: the article is empty")
    title = lines[first].strip()
    body = "\n".join(lines[first + 1 :]).strip("\n")
    if not body.strip():
        raise DatasetError(f"{article_path}:{first + 1}: the article has a title but no body")
    article = Article(doc_id="seed", text=body, title=title, date=date, origin=str(article_path))
    return [GoldDoc(doc_id="seed", article=article, gold=gold)]


def load_plover_gold(data_root: Path) -> list[GoldDoc]:
    """``plover/PLOVER_GSR_CAMEO.txt``: one :class:`GoldDoc` per sentence (322).

    The DOCUMENT header record is skipped; 2016 labels are relabelled with
    :data:`PLOVER_2016_RELABEL`. A repeated id gets ``#2`` (``#3`` ...) on its later records.
    """
    path = data_root / "plover" / "PLOVER_GSR_CAMEO.txt"
    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    for line, record in _json_array_with_lines(path):
        where = f"{path}:{line}"
        if not isinstance(record, dict):
            raise DatasetError(f"{where}: expected a JSON object")
        label = _require(record, "event", str, where)
        if label == "DOCUMENT":
            continue
        raw_id = _require(record, "id", str, where)
        text = _require(record, "text", str, where)
        if not text.strip():
            raise DatasetError(f"{where}: record {raw_id} has an empty text")
        date = _parse_date(record.get("date"), where, "date")
        seen[raw_id] = seen.get(raw_id, 0) + 1
        doc_id = raw_id if seen[raw_id] == 1 else f"{raw_id}#{seen[raw_id]}"
        mode = record.get("mode") or None
        gold = {
            "type": relabel_plover_2016(label),
            "label_2016": label,
            "source": record.get("source", []),
            "target": record.get("target", []),
            "mode": mode,
            "line": line,
        }
        article = Article(doc_id=doc_id, text=text, date=date, origin=where)
        docs.append(GoldDoc(doc_id=doc_id, article=article, gold=gold))
    if not docs:
        raise DatasetError(f"{path}: no sentence records")
    return docs


def _petrarch_date(record: dict[str, Any], where: str) -> dt.date | None:
    """``date``; when it is null, ``date_raw`` (``YYYYMMDD``, or ``YYMMDD`` with the KEDS rule:
    YY 00-30 is 20YY, 31-99 is 19YY); None when neither is given."""
    if record.get("date") is not None:
        return _parse_date(record["date"], where, "date")
    raw = record.get("date_raw")
    if raw is None or raw == "":
        return None
    raw = str(raw)
    if not raw.isdigit() or len(raw) not in (6, 8):
        raise DatasetError(f"{where}: date_raw {raw!r} is neither YYYYMMDD nor YYMMDD")
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year <= 30 else 1900 + year}{raw[2:]}"
    try:
        return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError as exc:
        raise DatasetError(f"{where}: date_raw {raw!r} is not a valid date") from exc


def _load_petrarch(path: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    for line, record in _jsonl(path):
        where = f"{path}:{line}"
        case_id = _require(record, "id", str, where)
        if case_id in seen:
            raise DatasetError(f"{where}: duplicate id {case_id!r}")
        seen.add(case_id)
        text = _require(record, "text", str, where)
        date = _petrarch_date(record, where)
        expected = _require(record, "expected", list, where)
        for triple in expected:
            if not isinstance(triple, dict) or not all(
                isinstance(triple.get(k), str) for k in ("source", "target", "code")
            ):
                raise DatasetError(
                    f"{where}: each expected event needs string source, target and code "
                    f"(got {triple!r})"
                )
        expect_none = bool(record.get("expect_none", False))
        if expect_none and expected:
            raise DatasetError(f"{where}: {case_id} has expect_none and expected events")
        gold = {
            "expected": expected,
            "expect_none": expect_none,
            "evaluate": bool(record.get("evaluate", True)),
            "expected_error": record.get("expected_error"),
            "category": record.get("category"),
        }
        article = Article(doc_id=case_id, text=text, date=date, origin=where)
        docs.append(GoldDoc(doc_id=case_id, article=article, gold=gold))
    if not docs:
        raise DatasetError(f"{path}: no cases")
    return docs


def load_petrarch_gsr(data_root: Path) -> list[GoldDoc]:
    """``petrarch2-validation/gsr-cases.jsonl``: 78 sentences with Phoenix actor codes."""
    return _load_petrarch(data_root / "petrarch2-validation" / "gsr-cases.jsonl")


def load_petrarch_unit(data_root: Path) -> list[GoldDoc]:
    """``petrarch2-validation/cases.jsonl``: all 284 cases (``gold["evaluate"]`` marks the 279
    the scorer counts; the others are kept so the counts match the file)."""
    return _load_petrarch(data_root / "petrarch2-validation" / "cases.jsonl")


def load_dev_articles(data_root: Path) -> list[GoldDoc]:
    """``dev-articles/articles.jsonl``: 15 articles; ``gold`` is the list of gold events."""
    return _load_articles(data_root / "dev-articles" / "articles.jsonl")


def load_team_articles(data_root: Path) -> list[GoldDoc]:
    """``team-articles/articles.jsonl``: articles written by eventwire's developers in the
    dev-articles format, each in the ``tuning`` or the ``held-out`` half; read from the
    repository's tests/fixtures when the data root has none."""
    return _load_articles(_bundled_path(data_root, "team-articles", "articles.jsonl"))


def _load_articles(path: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    for line, record in _jsonl(path):
        where = f"{path}:{line}"
        doc_id = _require(record, "id", str, where)
        text = _require(record, "text", str, where)
        title = record.get("title")
        if title is not None and not isinstance(title, str):
            raise DatasetError(f"{where}: field 'title' has the wrong type ({title!r})")
        half = record.get("half")
        if half not in (None, *HALVES):
            raise DatasetError(f"{where}: field 'half' must be one of {', '.join(HALVES)}")
        date = _parse_date(record.get("date"), where, "date")
        gold = _require(record, "gold", list, where)
        for i, event in enumerate(gold):
            if not isinstance(event, dict):
                raise DatasetError(f"{where}: gold[{i}] is not an object")
            for key in ("source", "type", "target"):
                if key not in event:
                    raise DatasetError(f"{where}: gold[{i}] has no {key!r}")
            if not isinstance(event["type"], str):
                raise DatasetError(f"{where}: gold[{i}] 'type' must be a string")
        article = Article(doc_id=doc_id, text=text, title=title, date=date, origin=where)
        docs.append(GoldDoc(doc_id=doc_id, article=article, gold=gold, half=half))
    if not docs:
        raise DatasetError(f"{path}: no articles")
    return docs


#: Sets written for eventwire ship with the repository; a copy under the data root wins.
BUNDLED = Path(__file__).resolve().parents[3] / "tests" / "fixtures"


def _bundled_path(data_root: Path, name: str, file: str) -> Path:
    """``<name>/<file>`` under the data root, else the repository's copy in tests/fixtures."""
    path = data_root / name / file
    return path if path.is_file() else BUNDLED / name / file


def _bundled_cases(
    data_root: Path, name: str, gold_of: Callable[[dict[str, Any], str, str], Any]
) -> list[GoldDoc]:
    """``<name>/cases.jsonl`` under the data root, else the copy in the repository's
    tests/fixtures: one dated sentence per line (``id``, ``date``, ``text``), its gold made by
    ``gold_of(record, where, text)``."""
    path = _bundled_path(data_root, name, "cases.jsonl")
    docs: list[GoldDoc] = []
    for line, record in _jsonl(path):
        where = f"{path}:{line}"
        doc_id = _require(record, "id", str, where)
        text = _require(record, "text", str, where)
        date = _parse_date(record.get("date"), where, "date")
        gold = gold_of(record, where, text)
        article = Article(doc_id=doc_id, text=text, date=date, origin=where)
        docs.append(GoldDoc(doc_id=doc_id, article=article, gold=gold))
    if not docs:
        raise DatasetError(f"{path}: no cases")
    return docs


def load_when_where_who(data_root: Path) -> list[GoldDoc]:
    """``when-where-who/cases.jsonl``: sentences with expected event dates, event location
    countries and quote speakers (#5); read from the repository's tests/fixtures when the data
    root has none."""

    def expect(record: dict[str, Any], where: str, _text: str) -> Any:
        checks = _require(record, "expect", dict, where)
        if not ({"trigger", "quote"} & set(checks)):
            raise DatasetError(f"{where}: expect needs a 'trigger' or a 'quote'")
        return checks

    return _bundled_cases(data_root, "when-where-who", expect)


def load_actors(data_root: Path) -> list[GoldDoc]:
    """``actors/cases.jsonl``: sentences with expected actor resolutions (#3); read from the
    repository's tests/fixtures when the data root has none."""

    def mentions(record: dict[str, Any], where: str, text: str) -> Any:
        out = []
        for i, mention in enumerate(_require(record, "mentions", list, where)):
            words = mention.get("text") if isinstance(mention, dict) else None
            if not isinstance(words, str) or words not in text:
                raise DatasetError(f"{where}: mentions[{i}] text {words!r} is not in the text")
            start = text.index(words)
            out.append({**mention, "start": start, "end": start + len(words)})
        return out

    return _bundled_cases(data_root, "actors", mentions)
