"""Feeds polled into the store (#10), against a loopback HTTP server started here: RSS and Atom
feeds, article pages, and the faults a watcher meets (a slow feed, a malformed one, a 500, a
redirect loop, a huge page, a page whose content changes, robots.txt)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire import open_store
from eventwire.cli import main
from eventwire.feeds import FeedError, Politeness, Watcher, add_feed, list_feeds, remove_feed

PAGES = {
    "/news/a1": "Iranian police arrested dozens of protesters in Tehran on Monday.",
    "/news/a2": "Russian forces shelled Kharkiv on Monday, killing two civilians.",
    "/news/a4": "Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
    "/news/b1": "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing.",
    "/news/b2": "Iran accused Israel of bombing its consulate in Damascus on Monday.",
    "/private/p1": "Turkish troops attacked Kurdish fighters in northern Syria.",
}


def _html(text: str) -> str:
    body = " ".join([text] * 3)
    page = "<html><head><title>News</title></head><body><article><p>{}</p></article></body></html>"
    return page.format(body)


def _rss(links: list[str]) -> str:
    items = "".join(
        f"<item><title>{link}</title><link>{link}</link>"
        "<pubDate>Wed, 13 Mar 2024 08:00:00 GMT</pubDate></item>"
        for link in links
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
    )


ATOM = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
    "<title>A</title><id>urn:a</id><updated>2024-03-13T08:00:00Z</updated>"
    '<entry><title>b1</title><id>urn:b1</id><link href="/news/b1"/>'
    "<updated>2024-03-13T08:00:00Z</updated></entry>"
    '<entry><title>b2</title><id>urn:b2</id><link href="/news/b2"/>'
    "<updated>2024-03-12T08:00:00Z</updated></entry></feed>"
)


class _Site:
    """What the loopback server serves, and what it was asked."""

    def __init__(self) -> None:
        self.rss_links = ["/news/a1", "/news/a2", "/news/a3-huge", "/private/p1"]
        self.hits: Counter[str] = Counter()
        self.b2_version = 1


def _handler(site: _Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: str | bytes, kind: str = "text/html") -> None:
            data = body.encode() if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            if self.path == "/rss.xml":
                self.send_header("ETag", f'"{len(site.rss_links)}"')
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            site.hits[self.path] += 1
            path = self.path
            if path == "/robots.txt":
                self._send(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/rss.xml":
                etag = f'"{len(site.rss_links)}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self._send(200, _rss(site.rss_links), "application/rss+xml")
            elif path == "/atom.xml":
                self._send(200, ATOM, "application/atom+xml")
            elif path == "/slow.xml":
                time.sleep(1.5)
                self._send(200, _rss([]), "application/rss+xml")
            elif path == "/bad.xml":
                self._send(200, "<rss><channel><item><title>broken", "application/rss+xml")
            elif path == "/error.xml":
                self._send(500, "server error", "text/plain")
            elif path == "/loop.xml":
                self.send_response(302)
                self.send_header("Location", "/loop.xml")
                self.end_headers()
            elif path == "/news/a3-huge":
                self._send(200, _html("x " * 400_000))
            elif path == "/news/b2":
                text = PAGES[path] if site.b2_version == 1 else "Something else entirely."
                self._send(200, _html(text))
            elif path in PAGES:
                self._send(200, _html(PAGES[path]))
            else:
                self._send(404, "not found", "text/plain")

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the slow feed's client gave up: expected, not worth a traceback


@pytest.fixture
def site() -> Iterator[tuple[str, _Site]]:
    state = _Site()
    server = _QuietServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", state
    server.shutdown()
    server.server_close()


MANNERS = Politeness(timeout=0.5, max_bytes=200_000, host_interval=0.0)
FEEDS = ("/rss.xml", "/atom.xml", "/slow.xml", "/bad.xml", "/error.xml", "/loop.xml")


def test_watch_ingests_exactly_the_new_articles_once_and_reports_each_fault(
    site, pipeline, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    base, state = site
    with open_store(tmp_path / "events.duckdb") as store:
        for path in FEEDS:
            assert add_feed(store, base + path)
        assert not add_feed(store, base + "/rss.xml")  # already there
        watcher = Watcher(store, pipeline, MANNERS)
        first = watcher.poll()
        assert first.new_articles == 4 and first.skipped == 1  # /private/ is disallowed
        urls = {r[0] for r in store.con.sql("SELECT url FROM articles").fetchall()}
        assert urls == {base + p for p in ("/news/a1", "/news/a2", "/news/b1", "/news/b2")}
        problems = " | ".join(first.problems)
        assert f"{base}/slow.xml: no answer within 0.5 s" in problems
        assert f"{base}/bad.xml: not an RSS or Atom feed" in problems
        assert f"{base}/error.xml: HTTP 500" in problems
        assert f"{base}/loop.xml: more than 5 redirects" in problems
        assert f"{base}/news/a3-huge: over 200000 bytes, not read" in problems
        assert state.hits["/private/p1"] == 0
        states = {f["url"]: (f["last_status"], f["last_error"]) for f in list_feeds(store)}
        assert states[base + "/rss.xml"] == ("ok", None)
        assert states[base + "/error.xml"][0] == "error"
        tehran = store.events(country="IRN")
        assert "arrested" in set(tehran.trigger_text) and set(tehran.date) >= {"2024-03-11"}

        # the feed grows by one article, b2's page changes: only a4 is fetched
        state.rss_links.append("/news/a4")
        state.b2_version = 2
        second = watcher.poll()
        assert second.new_articles == 1
        assert state.hits["/news/a4"] == 1
        for page in ("/news/a1", "/news/a2", "/news/b1", "/news/b2", "/news/a3-huge"):
            assert state.hits[page] == 1, page  # never fetched twice
        third = watcher.poll()  # nothing changed: the RSS feed answers 304
        assert third.new_articles == 0
        watcher.close()
        assert remove_feed(store, base + "/loop.xml")
        assert not remove_feed(store, base + "/loop.xml")


def test_local_folders_of_saved_pages_and_feeds_work_the_same(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "tehran.html").write_text(_html(PAGES["/news/a1"]), encoding="utf-8")
    (saved / "feed.xml").write_text(_rss([(saved / "kharkiv.html").as_uri()]), encoding="utf-8")
    (saved / "kharkiv.html").write_text(_html(PAGES["/news/a2"]), encoding="utf-8")
    with open_store(tmp_path / "events.duckdb") as store:
        add_feed(store, str(saved))
        watcher = Watcher(store, pipeline, MANNERS)
        first = watcher.poll()
        assert first.new_articles == 2 and first.problems == []
        assert watcher.poll().new_articles == 0  # each file once
        watcher.close()
    with (
        open_store(tmp_path / "events.duckdb") as store,
        pytest.raises(FeedError, match="no such file or folder"),
    ):
        add_feed(store, str(tmp_path / "missing"))


@pytest.fixture
def _shared_pipeline(pipeline, monkeypatch):  # type: ignore[no-untyped-def]
    import eventwire.api

    monkeypatch.setattr(eventwire.api, "load_pipeline", lambda config=None: pipeline)


@pytest.mark.usefixtures("_shared_pipeline")
def test_feeds_and_watch_commands(site, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    base, _state = site
    db = str(tmp_path / "events.duckdb")
    assert main(["feeds", "add", base + "/atom.xml", "--name", "Atom", "--db", db]) == 0
    assert "added" in capsys.readouterr().out
    rc = main(["watch", "--db", db, "--once", "--host-interval", "0", "--timeout", "2"])
    assert rc == 0
    assert "1 feeds: 2 new articles" in " ".join(capsys.readouterr().out.split())
    assert main(["feeds", "list", "--db", db]) == 0
    assert f"{base}/atom.xml\tAtom\t2 fetched\tok" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["watch", "--db", db, "--interval", "soon"])
    assert "'soon' is not a duration like 30s, 15m or 1h" in capsys.readouterr().err
