"""eventwire: political event data from news text, offline.

Public API: :func:`code` for one text, :func:`load_pipeline` for batches, the record types.
"""

from .api import Pipeline, code, load_pipeline
from .config import PipelineConfig
from .errors import EventwireError
from .models import Actor, Article, CodedArticle, Event, Failure, Place, Quote, Span

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
]
__version__ = "0.1.0"
