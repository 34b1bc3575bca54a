from __future__ import annotations

import pytest

from eventwire.config import PipelineConfig
from eventwire.errors import ConfigError, ModelNotFoundError
from eventwire.parse.nlp import load_nlp


def test_unknown_config_key_is_named() -> None:
    with pytest.raises(ConfigError, match=r"unknown configuration key.*batchsize"):
        PipelineConfig.from_mapping({"batchsize": 10})


def test_bad_batch_size_is_rejected() -> None:
    with pytest.raises(ConfigError, match="batch_size must be a positive integer"):
        PipelineConfig.from_mapping({"batch_size": 0})


def test_missing_model_says_what_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match=r"never downloads.*install"):
        load_nlp("en_no_such_model_xyz")
