from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import PipelineConfig
from eventwire.errors import ConfigError, ModelNotFoundError
from eventwire.parse.nlp import load_nlp
from eventwire.scale import config_for_workers

TINY = Path(__file__).parents[1] / "fixtures" / "petrarch" / "Tiny"


def test_unknown_config_key_is_named() -> None:
    with pytest.raises(ConfigError, match=r"unknown configuration key.*batchsize"):
        PipelineConfig.from_mapping({"batchsize": 10})


def test_bad_batch_size_is_rejected() -> None:
    with pytest.raises(ConfigError, match="batch_size must be a positive integer"):
        PipelineConfig.from_mapping({"batch_size": 0})


def test_missing_model_says_what_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match=r"never downloads.*install"):
        load_nlp("en_no_such_model_xyz")


def test_workers_get_absolute_dictionary_paths() -> None:
    resolved = config_for_workers(PipelineConfig(petrarch_dictionaries=TINY))
    assert resolved.petrarch_dictionaries == TINY.resolve()
    assert resolved.actor_dir is None


def test_two_replacements_for_the_knowledge_base_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="give one of them"):
        PipelineConfig.from_mapping({"actor_dir": tmp_path, "petrarch_dictionaries": TINY})
