"""The HTTP API and the explorer: one FastAPI app over one event database.

The pipeline is loaded once when the app starts. Coding and database work run one request at a
time behind a lock (spaCy pipelines and DuckDB connections are not shared between threads here);
that is plenty for an analyst's explorer and keeps every answer consistent.

Endpoints (OpenAPI at ``/openapi.json``, interactive docs at ``/docs``):
``POST /v1/code``, ``POST /v1/ingest``, ``GET /v1/events``, ``GET /v1/events/{event_id}``,
``GET /v1/articles/{doc_id}``, ``GET /v1/actors?q=``, ``GET /v1/stats``; the explorer at ``/``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import __version__
from ..models import STATUSES, Article
from ..store import EventFilter, Store, open_store

if TYPE_CHECKING:
    from ..api import Pipeline

MAX_BODY = 1_000_000  # bytes
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_STATIC = Path(str(resources.files("eventwire").joinpath("server", "static")))


class ArticleIn(BaseModel):
    """An article to code: ``text`` is required; the rest is optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article body")
    title: str | None = None
    date: dt.date | None = Field(default=None, description="document date, YYYY-MM-DD")
    id: str | None = Field(default=None, max_length=200, description="document id")
    url: str | None = Field(default=None, max_length=2000)

    def article(self) -> Article:
        doc_id = self.id or "doc-" + hashlib.sha1(self.text.encode()).hexdigest()[:10]
        return Article(
            doc_id=doc_id,
            text=self.text,
            title=self.title,
            date=self.date,
            url=self.url,
            origin="api",
        )


_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ArticleIn"}},
            "text/plain": {"schema": {"type": "string", "description": "the article body"}},
        },
    }
}


async def article_body(request: Request) -> ArticleIn:
    """The request's article: a JSON object (``ArticleIn``) or plain text (the body)."""
    raw = await request.body()
    kind = request.headers.get("content-type", "application/json").split(";")[0].strip()
    try:
        if kind == "text/plain":
            return ArticleIn(text=raw.decode("utf-8", errors="replace"))
        return ArticleIn.model_validate_json(raw or b"{}")
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        raise RequestValidationError(errors) from None


def _or_404(found: dict[str, Any] | None, message: str) -> dict[str, Any]:
    if found is None:
        raise HTTPException(status_code=404, detail=message)
    return found


def _json_ready(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in row.items():
        if key == "explanation" and isinstance(value, str):
            value = json.loads(value)
        elif isinstance(value, dt.date | dt.datetime):
            value = value.isoformat()
        out[key] = value
    return out


def create_app(
    db: str | Path,
    token: str | None = None,
    pipeline: Pipeline | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The app over the database ``db`` (created if missing). ``pipeline`` defaults to the
    shipped one, loaded at start-up; ``token``, when set, is required by the write endpoints."""
    state: dict[str, Any] = {"pipeline": pipeline}
    lock = threading.Lock()
    store: Store = open_store(db)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        loaded()  # the pipeline loads once, before the first request
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="eventwire",
        version=__version__,
        description="Political event data from news text: code articles, store them, query "
        "the events and explore them.",
    )

    def loaded() -> Pipeline:
        if state["pipeline"] is None:
            from ..api import load_pipeline

            state["pipeline"] = load_pipeline()
        return state["pipeline"]  # type: ignore[no-any-return]

    @app.middleware("http")
    async def limits_and_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > max_body:
            return JSONResponse({"detail": f"request body over {max_body} bytes"}, status_code=413)
        if request.method in ("POST", "PUT", "PATCH") and length is None:
            body = await request.body()  # chunked: count what actually came
            if len(body) > max_body:
                return JSONResponse(
                    {"detail": f"request body over {max_body} bytes"}, status_code=413
                )
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def authorised(request: Request) -> None:
        if token is None:
            return
        header = request.headers.get("authorization", "")
        if header != f"Bearer {token}":
            raise HTTPException(
                status_code=401,
                detail="this endpoint needs 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": "Bearer"},
            )

    @app.post("/v1/code", summary="Code one article; nothing is stored", openapi_extra=_BODY_DOC)
    def code(article: Annotated[ArticleIn, Depends(article_body)]) -> JSONResponse:
        with lock:
            coded = loaded().code(article.article())
        return JSONResponse(coded.to_dict())  # already plain JSON: skip the generic encoder

    @app.post(
        "/v1/ingest",
        summary="Code one article and store it",
        dependencies=[Depends(authorised)],
        openapi_extra=_BODY_DOC,
    )
    def ingest(article: Annotated[ArticleIn, Depends(article_body)]) -> dict[str, Any]:
        record = article.article()
        with lock:
            summary = store.ingest([record], loaded())
        if summary.failed:
            raise HTTPException(status_code=422, detail=summary.failure_lines[0])
        return {
            "doc_id": record.doc_id,
            "status": "unchanged" if summary.unchanged else "stored",
            "new_version": bool(summary.new_versions),
            "events": summary.events,
        }

    @app.get("/v1/events", summary="Stored events, filtered")
    def events(
        actor: str | None = None,
        country: Annotated[str | None, Query(min_length=3, max_length=3)] = None,
        event_type: Annotated[str | None, Query(alias="type")] = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        status: Annotated[str | None, Query(pattern="^(" + "|".join(STATUSES) + ")$")] = None,
        clusters: bool = False,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 500,
    ) -> dict[str, Any]:
        filters = EventFilter(actor, country, event_type, since, until, status)
        with lock:
            table = (
                store.clusters_arrow(filters, limit)
                if clusters
                else store.events_arrow(filters, limit)
            )
        rows = [_json_ready(r) for r in table.to_pylist()]
        return {"count": len(rows), "limit": limit, "events": rows}

    @app.get("/v1/events/{event_id}", summary="One stored event")
    def event(event_id: str) -> dict[str, Any]:
        with lock:
            row = _or_404(store.event(event_id), f"no stored event {event_id!r}")
        return _json_ready(row)

    @app.get("/v1/articles/{doc_id}", summary="One stored article with its events and quotes")
    def article(doc_id: str) -> dict[str, Any]:
        with lock:
            found = _or_404(store.article(doc_id), f"no stored article {doc_id!r}")
        found["events"] = [_json_ready(e) for e in found["events"]]
        return _json_ready(found)

    @app.get("/v1/actors", summary="Actors of stored events matching q")
    def actors(
        q: Annotated[str, Query(max_length=200)] = "",
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    ) -> dict[str, Any]:
        with lock:
            rows = store.actors(q, limit)
        return {"count": len(rows), "actors": rows}

    @app.get("/v1/stats", summary="Counts by type, month and dyad")
    def stats() -> dict[str, Any]:
        with lock:
            return store.stats()

    @app.get("/", include_in_schema=False)
    def explorer() -> FileResponse:
        return FileResponse(_STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=_STATIC), name="static")

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas["ArticleIn"] = ArticleIn.model_json_schema(
                ref_template="#/components/schemas/{model}"
            )
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
