"""The HTTP API and web explorer (``eventwire serve``)."""

from .app import create_app

__all__ = ["create_app"]
