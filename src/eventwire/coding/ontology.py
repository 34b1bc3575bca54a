"""PLOVER ontology and the CAMEO -> PLOVER crosswalk, loaded from the shipped tables.

Pure loaders returning frozen objects; the tables are PLOVER's (CC BY-SA 4.0) and GDELT's CAMEO
lookups (see data/LICENSES.md). eventwire adds one small table of its own,
``data/coding/cameo2plover_extra.tsv``, for CAMEO roots the PLOVER crosswalk leaves out (02
APPEAL, whose requests PLOVER codes as REQUEST).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from ..errors import DataFileError

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class PloverCode:
    """What a CAMEO event code means in PLOVER."""

    cameo: str
    event_type: str
    mode: str | None
    quad_class: int
    score: float | None
    description: str


@dataclass(frozen=True, slots=True)
class Ontology:
    by_cameo: Mapping[str, PloverCode]
    type_quad: Mapping[str, int]
    type_score: Mapping[str, float | None]
    mode_score: Mapping[tuple[str, str], float | None]
    sectors: frozenset[str]
    goldstein: Mapping[str, float] = field(default_factory=dict)  # CAMEO code -> Goldstein

    def lookup(self, cameo: str) -> PloverCode | None:
        """The PLOVER meaning of a CAMEO code, falling back to its parent codes (0231 -> 023)."""
        for candidate in dict.fromkeys((cameo, cameo[:3], cameo[:2] + "0")):
            found = self.by_cameo.get(candidate)
            if found is not None:
                return found if candidate == cameo else _with_cameo(found, cameo)
        return None

    def score_of(self, event_type: str, mode: str | None) -> float | None:
        if mode is not None and (event_type, mode) in self.mode_score:
            return self.mode_score[(event_type, mode)]
        return self.type_score.get(event_type)


UNMAPPED = "UNMAPPED"


def unmapped(code: str) -> PloverCode:
    """A code from another verb dictionary that the CAMEO->PLOVER crosswalk does not know:
    kept as written, with no PLOVER type, quad class or score."""
    return PloverCode(code, UNMAPPED, None, 0, None, "the dictionary's own code, not in CAMEO")


def _with_cameo(code: PloverCode, cameo: str) -> PloverCode:
    return PloverCode(
        cameo, code.event_type, code.mode, code.quad_class, code.score, code.description
    )


def _data_path(*parts: str) -> Path:
    return Path(str(resources.files("eventwire").joinpath("data", *parts)))


def _read_tsv(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            lines = [line for line in handle if not line.startswith("#")]
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc.strerror}") from exc
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(number, row) for number, row in enumerate(reader, start=2)]


def load_ontology(data_dir: Path | None = None) -> Ontology:
    """Load PLOVER types, modes, scores and the CAMEO crosswalk (default: the shipped tables)."""
    root = data_dir or _data_path()
    type_quad: dict[str, int] = {}
    type_score: dict[str, float | None] = {}
    mode_score: dict[tuple[str, str], float | None] = {}
    for number, row in _read_tsv(root / "plover" / "ontology.tsv"):
        event_type = row["event_type"]
        if event_type not in PLOVER_TYPES:
            raise DataFileError(
                str(root / "plover/ontology.tsv"), number, f"unknown type {event_type!r}"
            )
        score = float(row["plover_score"]) if row["plover_score"] else None
        if row["row_type"] == "event":
            type_quad[event_type] = int(row["quad_code"])
            # The manual prints ACCUSE's base score as 3 while all its modes are negative: a typo.
            type_score[event_type] = -abs(score) if event_type == "ACCUSE" and score else score
        else:
            mode_score[(event_type, row["mode"])] = score
    cameo_rows = [row for _, row in _read_tsv(root / "cameo" / "cameo_event_codes.tsv")]
    descriptions = {row["code"]: row["name"] for row in cameo_rows}
    goldstein = {row["code"]: float(row["goldstein"]) for row in cameo_rows if row["goldstein"]}
    by_cameo: dict[str, PloverCode] = {}
    for table in ("plover/cameo2plover.tsv", "coding/cameo2plover_extra.tsv"):
        for number, row in _read_tsv(root / table):
            event_type = row["plover_event"]
            if event_type not in type_quad:
                raise DataFileError(
                    str(root / table), number, f"unknown PLOVER type {event_type!r}"
                )
            mode = row["plover_mode"] or None
            code = row["cameo_code"]
            by_cameo[code] = PloverCode(
                cameo=code,
                event_type=event_type,
                mode=mode,
                quad_class=type_quad[event_type],
                score=mode_score.get((event_type, mode)) if mode else type_score[event_type],
                description=descriptions.get(code, row.get("cameo_description", "")),
            )
    sectors = frozenset(row["sector_code"] for _, row in _read_tsv(root / "plover" / "sectors.tsv"))
    return Ontology(
        by_cameo=MappingProxyType(by_cameo),
        type_quad=MappingProxyType(type_quad),
        type_score=MappingProxyType(type_score),
        mode_score=MappingProxyType(mode_score),
        sectors=sectors,
        goldstein=MappingProxyType(goldstein),
    )
