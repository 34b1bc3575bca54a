"""eventwire: political event data from news text, offline.

Public API: :func:`code` for one text, :func:`load_pipeline` for batches, :func:`open_store`
for the event database, the record types.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .api import Pipeline, code, load_pipeline
from .config import PipelineConfig
from .errors import EventwireError
from .models import Actor, Article, CodedArticle, Event, Failure, Place, Quote, Span

if TYPE_CHECKING:
    from .store import Store


def open_store(path: str | Path = "eventwire.duckdb", read_only: bool = False) -> Store:
    """Open (or create) a DuckDB event database; see :mod:`eventwire.store`."""
    from .store import open_store as _open

    return _open(path, read_only=read_only)


__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "Event",
    "EventwireError",
    "Failure",
    "Pipeline",
    "PipelineConfig",
    "Place",
    "Quote",
    "Span",
    "code",
    "load_pipeline",
    "open_store",
]
__version__ = "0.1.0"
