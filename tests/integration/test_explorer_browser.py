"""The explorer in headless Chromium (#8): the table, network, timeline and map render with the
counts the API gives, the article view marks the evidence, and a hostile article runs nothing.

Needs Debian's ``chromium`` (driven by playwright-python through its executable path; nothing is
downloaded). Skipped with the reason when the browser is missing, except where
``EVENTWIRE_REQUIRE_BROWSER=1`` (set by ``.ci/run``), where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire import open_store
from eventwire.ingest.readers import read_inputs

from ..conftest import FIXTURES

HOSTILE = {
    "id": "hostile",
    "date": "2024-03-13",
    "url": "javascript:window.__pwned='url'",
    "title": "<img src=x onerror=\"window.__pwned='title'\">Arrests",
    "text": "Iranian police arrested dozens of protesters in Tehran on Monday. "
    "<script>window.__pwned='script'</script> Witnesses posted "
    "<img src=x onerror=\"window.__pwned='img'\"> and "
    "<a href=\"javascript:window.__pwned='link'\">this link</a>.",
}
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("EVENTWIRE_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is not installed, and EVENTWIRE_REQUIRE_BROWSER=1 requires it")
        pytest.skip("Debian's chromium is not installed: explorer browser test skipped")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(pipeline, tmp_path_factory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    import uvicorn

    from eventwire.server import create_app

    folder = tmp_path_factory.mktemp("explorer")
    feed = folder / "hostile.jsonl"
    feed.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "events.duckdb"
    with open_store(db) as store:
        inputs = [str(FIXTURES / "dedup" / "articles.jsonl"), str(feed)]
        summary = store.ingest(read_inputs(inputs), pipeline)
        assert summary.failed == 0
    port = _free_port()
    config = uvicorn.Config(create_app(db, pipeline=pipeline), port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _expected(events: list[dict]) -> dict[str, int]:  # type: ignore[type-arg]
    """What each view should draw for these events (the same rules as explorer.js)."""
    edges = {
        (e["source_key"], e["target_key"])
        for e in events
        if e["source_key"] and e["target_key"] and e["source_key"] != e["target_key"]
    }
    nodes = {k for edge in edges for k in edge}
    bars = {(e["date_start"], e["quad_class"]) for e in events if e["date_start"]}
    places = {e["location_geonameid"] for e in events if e["location_lat"] is not None}
    return {"rows": len(events), "edges": len(edges), "nodes": len(nodes), "bars": len(bars),
            "places": len(places)}  # fmt: skip


def test_explorer_renders_every_view_and_runs_no_hostile_text(server: str, tmp_path: Path) -> None:
    executable = _chromium()
    import httpx
    from playwright.sync_api import sync_playwright

    events = httpx.get(f"{server}/v1/events", params={"limit": 5000}).json()["events"]
    want = _expected(events)
    assert want["rows"] > 25 and want["edges"] >= 5 and want["places"] >= 5

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        dialogs: list[str] = []
        errors: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(server + "/")
        page.wait_for_selector("body[data-ready=true]", timeout=15_000)
        got = {
            "rows": page.locator("#events tbody tr").count(),
            "edges": page.locator("#network line.edge").count(),
            "nodes": page.locator("#network g.node").count(),
            "bars": page.locator("#timeline rect.bar").count(),
            "places": page.locator("#map circle.place").count(),
        }
        assert got == want
        page.screenshot(path=str(tmp_path / "explorer.png"), full_page=True)

        # the hostile article: its text shows as text, nothing in it runs
        page.locator("#events tbody tr[data-doc-id=hostile]").first.click()
        page.wait_for_selector("#article:not([hidden])")
        shown = page.inner_text("#article-text")
        assert "<script>window.__pwned='script'</script>" in shown
        assert page.locator("#article-text script, #article-text img, #article-text a").count() == 0
        assert page.locator("#article-meta a").count() == 0  # a javascript: URL is never a link
        assert "<img src=x" in page.inner_text("#article-title")
        assert page.inner_text("#article-text mark.trigger") == "arrested"
        evidence = page.eval_on_selector_all(
            "mark.evidence", "marks => marks.map(m => m.textContent).join('')"
        )
        assert evidence.startswith("Iranian police arrested dozens of protesters in Tehran")
        why = page.inner_text("#why")  # the explanation beside the event (#9)
        assert "COERCE (CAMEO 173)" in why and "CAMEO 173 (Arrest" in why and "'Tehran'" in why
        page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
        pwned = page.evaluate("() => window.__pwned === undefined ? null : window.__pwned")
        browser.close()
    assert pwned is None and dialogs == [] and errors == []
    assert (tmp_path / "explorer.png").stat().st_size > 10_000
