"""The event database (DuckDB): ingest, dedup, query, export."""

from .store import DEFAULT_DB, EventFilter, IngestSummary, Store, StoreError, open_store

__all__ = ["DEFAULT_DB", "EventFilter", "IngestSummary", "Store", "StoreError", "open_store"]
