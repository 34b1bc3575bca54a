"""RSS/Atom feeds and saved pages polled into the event database (``eventwire watch``)."""

from .watch import (
    FeedError,
    Fetcher,
    Politeness,
    PollReport,
    Watcher,
    add_feed,
    list_feeds,
    remove_feed,
)

__all__ = [
    "FeedError",
    "Fetcher",
    "Politeness",
    "PollReport",
    "Watcher",
    "add_feed",
    "list_feeds",
    "remove_feed",
]
