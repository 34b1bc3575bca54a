"""Feeds polled into the event database, politely (#10).

A feed is an RSS/Atom URL, a local feed file, or a local folder of saved HTML pages and feed
files. Each poll asks the feed with ``If-None-Match``/``If-Modified-Since`` (a 304 means nothing
new), reads its entries with feedparser, and fetches each article page that was never fetched
before (by URL, kept in ``fetched``), with a timeout, a user agent, a size cap, a per-host
minimum interval and robots.txt respected. Pages go through trafilatura and are coded and
stored like any input. A feed that is down, slow, malformed or redirects in a loop is reported
(and kept in ``feeds.last_error``); the others go on. Ctrl-C stops between articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlparse

import feedparser
import httpx

from .. import __version__
from ..ingest.readers import SUPPORTED_SUFFIXES, article_from_html, read_file
from ..models import Article, Failure

if TYPE_CHECKING:
    from ..api import Pipeline
    from ..store import Store

USER_AGENT = f"eventwire/{__version__} (+https://pypi.org/project/eventwire/; news event coder)"
FEED_SUFFIXES = (".xml", ".rss", ".atom")

FEEDS_DDL = """
CREATE TABLE IF NOT EXISTS feeds (
    url VARCHAR PRIMARY KEY,
    name VARCHAR,
    added_at TIMESTAMP,
    etag VARCHAR,
    last_modified VARCHAR,
    last_polled TIMESTAMP,
    last_status VARCHAR,
    last_error VARCHAR
);
CREATE TABLE IF NOT EXISTS fetched (
    url VARCHAR PRIMARY KEY,
    feed_url VARCHAR,
    fetched_at TIMESTAMP,
    outcome VARCHAR
);
"""


class FeedError(Exception):
    """A feed or page could not be read; the message says why."""


@dataclass(frozen=True, slots=True)
class Politeness:
    timeout: float = 20.0  # seconds for any one request
    max_bytes: int = 5_000_000  # a page larger than this is not read
    host_interval: float = 1.0  # seconds between two requests to one host
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(slots=True)
class PollReport:
    """What one pass over the feeds did."""

    feeds: int = 0
    new_articles: int = 0
    events: int = 0
    skipped: int = 0  # robots.txt said no
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    def line(self) -> str:
        rate = 60 * self.new_articles / self.seconds if self.seconds else 0.0
        return (
            f"{self.feeds} feeds: {self.new_articles} new articles ({rate:.0f}/min), "
            f"{self.events} events, {self.skipped} disallowed by robots.txt, "
            f"{len(self.problems)} problems"
        )


# -- the feed list, kept in the store ---------------------------------------------------------


def _ensure(store: Store) -> None:
    store.con.execute(FEEDS_DDL)


def _is_local(url: str) -> bool:
    return urlparse(url).scheme not in ("http", "https")


def add_feed(store: Store, url: str, name: str | None = None) -> bool:
    """Add a feed (URL, feed file or folder); False when it is already there."""
    _ensure(store)
    if _is_local(url):
        path = Path(url).expanduser()
        if not path.exists():
            raise FeedError(f"{url}: no such file or folder")
        url = str(path.resolve())
    elif not urlparse(url).netloc:
        raise FeedError(f"{url}: not a URL with a host")
    rows = store.con.execute(
        "INSERT INTO feeds (url, name, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING "
        "RETURNING url",
        [url, name or url, dt.datetime.now()],
    ).fetchall()
    return bool(rows)


def remove_feed(store: Store, url: str) -> bool:
    _ensure(store)
    rows = store.con.execute("DELETE FROM feeds WHERE url = ? RETURNING url", [url]).fetchall()
    return bool(rows)


def list_feeds(store: Store) -> list[dict[str, Any]]:
    _ensure(store)
    table = store.con.sql(
        "SELECT f.*, (SELECT count(*) FROM fetched x WHERE x.feed_url = f.url) AS fetched "
        "FROM feeds f ORDER BY added_at"
    ).to_arrow_table()
    return table.to_pylist()


# -- fetching ---------------------------------------------------------------------------------


class Fetcher:
    """HTTP with the manners: user agent, timeout, size cap, per-host pacing, robots.txt."""

    def __init__(self, manners: Politeness, client: httpx.Client | None = None) -> None:
        self.manners = manners
        self.client = client or httpx.Client(
            timeout=manners.timeout,
            follow_redirects=True,
            max_redirects=manners.max_redirects,
            headers={"User-Agent": manners.user_agent},
        )
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        self.client.close()

    def _pace(self, url: str) -> None:
        host = urlparse(url).netloc
        wait = self._last.get(host, 0.0) + self.manners.host_interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlparse(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            robots: urllib.robotparser.RobotFileParser | None = None
            try:
                response = self.get(root + "/robots.txt", check_robots=False)
                robots = urllib.robotparser.RobotFileParser()
                robots.parse(response.text.splitlines())
            except FeedError:
                robots = None  # no robots.txt (or none readable): nothing is disallowed
            self._robots[root] = robots
        robots = self._robots[root]
        return robots is None or robots.can_fetch(self.manners.user_agent, url)

    def get(
        self, url: str, headers: dict[str, str] | None = None, check_robots: bool = True
    ) -> httpx.Response:
        """The response (200 or 304), or FeedError saying why not."""
        if check_robots and not self.allowed(url):
            raise FeedError(f"{url}: disallowed by robots.txt")
        self._pace(url)
        try:
            with self.client.stream("GET", url, headers=headers or {}) as response:
                if response.status_code == 304:
                    return response
                if response.status_code >= 400:
                    raise FeedError(f"{url}: HTTP {response.status_code}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.manners.max_bytes:
                        raise FeedError(f"{url}: over {self.manners.max_bytes} bytes, not read")
                    chunks.append(chunk)
                kept = {
                    k: v
                    for k, v in response.headers.items()
                    if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
                }
                return httpx.Response(  # the capped body, read once, already decoded
                    response.status_code,
                    headers=kept,
                    content=b"".join(chunks),
                    request=response.request,
                )
        except httpx.TooManyRedirects:
            raise FeedError(f"{url}: more than {self.manners.max_redirects} redirects") from None
        except httpx.TimeoutException:
            raise FeedError(f"{url}: no answer within {self.manners.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FeedError(f"{url}: {type(exc).__name__}: {exc}") from None


# -- polling ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    link: str
    title: str | None
    date: dt.date | None


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _local_path(link: str) -> str:
    """A file: URL as a plain path, so a page is known by one name however it is reached."""
    parts = urlparse(link)
    if parts.scheme != "file":
        return link
    path = parts.path
    if parts.netloc not in ("", "localhost"):  # feedparser writes file:///tmp/x as file://tmp/x
        path = f"/{parts.netloc}{path}"
    return str(Path(urllib.request.url2pathname(path)))


def parse_feed(content: bytes | str, base: str) -> list[_Entry]:
    """The entries of an RSS or Atom document, links made absolute; FeedError if it is no feed."""
    parsed = feedparser.parse(content)
    out = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            out.append(_Entry(urljoin(base, link), entry.get("title"), _entry_date(entry)))
    if parsed.bozo and not out:  # broken and nothing usable in it
        problem = parsed.get("bozo_exception")
        reason = getattr(problem, "getMessage", lambda: "")() or str(problem or "not a feed")
        raise FeedError(f"{base}: not an RSS or Atom feed ({reason})")
    return out


class Watcher:
    """Polls the store's feeds and ingests what is new."""

    def __init__(
        self,
        store: Store,
        pipeline: Pipeline,
        manners: Politeness | None = None,
        fetcher: Fetcher | None = None,
        say: Callable[[str], None] = lambda message: None,
    ) -> None:
        _ensure(store)
        self.store = store
        self.pipeline = pipeline
        self.manners = manners or Politeness()
        self.fetcher = fetcher or Fetcher(self.manners)
        self.say = say
        self._dates: dict[str, dt.date | None] = {}  # entry link -> its date in the feed

    def close(self) -> None:
        self.fetcher.close()

    def _seen(self, url: str) -> bool:
        rows = self.store.con.execute("SELECT 1 FROM fetched WHERE url = ?", [url]).fetchall()
        return bool(rows)

    def _mark(self, url: str, feed: str, outcome: str) -> None:
        self.store.con.execute(
            "INSERT INTO fetched VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [url, feed, dt.datetime.now(), outcome],
        )

    def _feed_state(self, url: str, status: str, error: str | None, **headers: str | None) -> None:
        self.store.con.execute(
            "UPDATE feeds SET last_polled = ?, last_status = ?, last_error = ?, "
            "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE url = ?",
            [dt.datetime.now(), status, error, headers.get("etag"), headers.get("modified"), url],
        )

    def poll(self) -> PollReport:
        """One pass over every feed. Ctrl-C ends it between articles (``interrupted``)."""
        started = time.monotonic()
        report = PollReport()
        feeds = list_feeds(self.store)
        report.feeds = len(feeds)
        try:
            for feed in feeds:
                self._poll_feed(feed, report)
        except KeyboardInterrupt:
            report.interrupted = True
        report.seconds = time.monotonic() - started
        return report

    def _problem(self, report: PollReport, feed: str, message: str) -> None:
        report.problems.append(message)
        self.say(f"warning: {message}")

    def _poll_feed(self, feed: dict[str, Any], report: PollReport) -> None:
        url = feed["url"]
        try:
            entries = self._entries(feed)
        except FeedError as exc:
            self._feed_state(url, "error", str(exc))
            self._problem(report, url, str(exc))
            return
        if entries is None:
            self._feed_state(url, "not modified", None)
            return
        for item in entries:
            if self._seen(item):
                continue
            article = self._article(item, url, report)
            if article is None:
                continue
            summary = self.store.ingest([article], self.pipeline)
            report.new_articles += summary.coded
            report.events += summary.events
            for line in summary.failure_lines:
                self._problem(report, url, line)
            self._mark(item, url, "stored" if summary.coded else "unchanged")
        self._feed_state(url, "ok", None)

    def _entries(self, feed: dict[str, Any]) -> list[str] | None:
        """The feed's article links (or local page paths); None when the feed is unchanged."""
        url = feed["url"]
        if _is_local(url):
            return list(self._local_entries(Path(url)))
        headers = {}
        if feed.get("etag"):
            headers["If-None-Match"] = feed["etag"]
        if feed.get("last_modified"):
            headers["If-Modified-Since"] = feed["last_modified"]
        response = self.fetcher.get(url, headers)
        if response.status_code == 304:
            return None
        entries = parse_feed(response.content, str(response.url))
        self._dates.update({e.link: e.date for e in entries})
        self._feed_state(
            url,
            "fetched",
            None,
            etag=response.headers.get("etag"),
            modified=response.headers.get("last-modified"),
        )
        return [e.link for e in entries]

    def _local_entries(self, path: Path) -> Iterator[str]:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in FEED_SUFFIXES:
                try:
                    entries = parse_feed(file.read_bytes(), file.as_uri())
                except FeedError:
                    continue
                for entry in entries:
                    link = _local_path(entry.link)
                    self._dates[link] = entry.date
                    yield link
            elif file.suffix.lower() in SUPPORTED_SUFFIXES:
                yield str(file)

    def _article(self, link: str, feed: str, report: PollReport) -> Article | None:
        date = self._dates.get(link)
        if _is_local(link):
            for item in read_file(Path(link), date):
                if isinstance(item, Failure):
                    self._problem(report, feed, f"{item.origin}: {item.reason}")
                    self._mark(link, feed, "failed")
                    return None
                return item
            return None
        try:
            response = self.fetcher.get(link)
        except FeedError as exc:
            if "robots.txt" in str(exc):
                report.skipped += 1
                self._mark(link, feed, "disallowed")
            else:
                self._problem(report, feed, str(exc))
                self._mark(link, feed, "failed")
            return None
        doc_id = "web-" + hashlib.sha1(link.encode()).hexdigest()[:12]
        result = article_from_html(response.text, doc_id, link, date, url=link)
        if isinstance(result, Failure):
            self._problem(report, feed, f"{link}: {result.reason}")
            self._mark(link, feed, "failed")
            return None
        return result
