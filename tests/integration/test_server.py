"""The HTTP API (#8) through FastAPI's TestClient, over a real DuckDB file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventwire import open_store
from eventwire.ingest.readers import read_inputs
from eventwire.server import create_app

from ..conftest import FIXTURES

TOKEN = "s3cret"
IRAN = "Iran accused Israel of bombing its consulate in Damascus on Monday."


@pytest.fixture(scope="module")
def client(pipeline, tmp_path_factory) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("api") / "events.duckdb"
    with open_store(db) as store:
        store.ingest(read_inputs([str(FIXTURES / "dedup" / "articles.jsonl")]), pipeline)
    app = create_app(db, token=TOKEN, pipeline=pipeline)
    with TestClient(app) as test_client:
        yield test_client


def test_code_json_and_plain_text(client: TestClient) -> None:
    response = client.post("/v1/code", json={"text": IRAN, "date": "2024-04-02", "id": "d1"})
    assert response.status_code == 200
    article = response.json()
    assert article["doc_id"] == "d1" and article["date"] == "2024-04-02"
    [event] = article["events"]
    assert event["event_type"] == "ACCUSE" and event["date"] == "2024-04-01"
    assert event["source"]["country"] == "IRN" and event["target"]["country"] == "ISR"
    plain = client.post("/v1/code", content=IRAN, headers={"content-type": "text/plain"})
    assert plain.status_code == 200 and plain.json()["events"][0]["event_type"] == "ACCUSE"


def test_invalid_input_is_422_naming_the_field(client: TestClient) -> None:
    missing = client.post("/v1/code", json={"title": "no text"})
    assert missing.status_code == 422
    assert ["body", "text"] in [e["loc"] for e in missing.json()["detail"]]
    bad_date = client.post("/v1/code", json={"text": IRAN, "date": "yesterday"})
    assert bad_date.status_code == 422
    assert bad_date.json()["detail"][0]["loc"] == ["body", "date"]
    unknown = client.post("/v1/code", json={"text": IRAN, "colour": "red"})
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["loc"] == ["body", "colour"]
    assert client.get("/v1/events", params={"status": "rumoured"}).status_code == 422


def test_bodies_over_one_megabyte_are_refused(client: TestClient) -> None:
    big = "word " * 210_000
    response = client.post("/v1/code", content=big, headers={"content-type": "text/plain"})
    assert response.status_code == 413
    assert "over 1000000 bytes" in response.json()["detail"]
    chunked = client.post(  # no Content-Length: what arrives is counted
        "/v1/code",
        content=iter([b"word " * 120_000, b"word " * 120_000]),
        headers={"content-type": "text/plain"},
    )
    assert chunked.status_code == 413


def test_ingest_needs_the_token_and_is_idempotent(client: TestClient) -> None:
    body = {"id": "api-1", "text": IRAN, "date": "2024-04-02", "url": "https://example.org/a"}
    assert client.post("/v1/ingest", json=body).status_code == 401
    wrong = client.post("/v1/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = client.post("/v1/ingest", json=body, headers=auth)
    assert first.status_code == 200
    assert first.json() == {
        "doc_id": "api-1",
        "status": "stored",
        "new_version": False,
        "events": 1,
    }
    again = client.post("/v1/ingest", json=body, headers=auth)
    assert again.json()["status"] == "unchanged"
    stored = client.get("/v1/events", params={"actor": "IRN", "since": "2024-04-01"}).json()
    assert "api-1" in {e["doc_id"] for e in stored["events"]}


def test_events_filters_one_event_and_its_article(client: TestClient) -> None:
    kenya = client.get("/v1/events", params={"country": "KEN", "type": "PROTEST"}).json()
    assert kenya["count"] == 4 and {e["location_name"] for e in kenya["events"]} >= {"Nairobi"}
    clusters = client.get("/v1/events", params={"country": "KEN", "clusters": "true"}).json()
    # the protest in three articles and a rewrite; "Police fired tear gas" (Kenyan police: the
    # story names Kenya only) in the two copies that carry it
    assert sorted(c["num_mentions"] for c in clusters["events"]) == [1, 2, 3]
    first = kenya["events"][0]
    one = client.get(f"/v1/events/{first['event_id']}")
    assert one.status_code == 200 and one.json()["explanation"]["rule"]
    assert client.get("/v1/events/nope").status_code == 404
    article = client.get(f"/v1/articles/{first['doc_id']}").json()
    assert article["text"].startswith("Thousands of Kenyan protesters")
    assert article["places"][0]["name"] == "Nairobi" and article["events"]
    assert client.get("/v1/articles/nope").status_code == 404


def test_actors_and_stats(client: TestClient) -> None:
    actors = client.get("/v1/actors", params={"q": "macron"}).json()["actors"]
    assert actors[0]["name"] == "Emmanuel Macron" and actors[0]["mentions"] >= 4
    stats = client.get("/v1/stats").json()
    assert stats["counts"]["articles"] >= 25
    assert dict(map(tuple, stats["by_type"]))["SANCTION"] == 5


def test_openapi_and_explorer_page(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/code", "/v1/ingest", "/v1/events", "/v1/actors", "/v1/stats"} <= set(spec["paths"])
    assert "ArticleIn" in spec["components"]["schemas"]
    page = client.get("/")
    assert page.status_code == 200 and "eventwire explorer" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/explorer.js").status_code == 200
