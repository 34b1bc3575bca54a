"""The event database: an embedded DuckDB file that coded articles are written into.

>>> store = eventwire.open_store("eventwire.duckdb")
>>> summary = store.ingest(read_inputs(["feed.jsonl"]), pipeline)
>>> store.events(country="IRQ", since="2017-07-01")          # a pandas DataFrame

Every batch of articles (its articles, events, actors, quotes, failures and the clusters it
touches) is written in one transaction, through Arrow, so a run killed at any point leaves
whole batches only; the next run skips what is already stored (by content hash) and goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from ..errors import EventwireError
from ..models import STATUSES, Article, CodedArticle, Failure
from .dedup import DedupRule, assign_clusters
from .records import BatchRows, article_hash, chunked, columns_of
from .schema import DDL, SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    import pandas as pd

    from ..api import Pipeline

DEFAULT_DB = Path("eventwire.duckdb")


class StoreError(EventwireError):
    """The database cannot be opened or a query is malformed."""


@dataclass(slots=True)
class IngestSummary:
    """What one ``ingest`` run did; ``failed`` counts inputs reported in ``failures``."""

    seen: int = 0
    coded: int = 0
    unchanged: int = 0
    new_versions: int = 0
    failed: int = 0
    events: int = 0
    batches: int = 0
    seconds: float = 0.0
    failure_lines: list[str] = field(default_factory=list)

    def line(self) -> str:
        rate = self.coded / self.seconds if self.seconds else 0.0
        return (
            f"{self.seen} inputs: {self.coded} articles coded ({self.new_versions} new versions), "
            f"{self.unchanged} already stored, {self.failed} failed; {self.events} events; "
            f"{self.seconds:.1f} s ({rate:.1f} articles/s)"
        )


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Query filters shared by ``events``, ``clusters`` and the CLI."""

    actor: str | None = None  # a name (substring, any case) or a CAMEO actor code
    country: str | None = None  # ISO3, either side
    event_type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    status: str | None = None

    def sql(self, prefix: str = "") -> tuple[str, list[Any]]:
        """A WHERE clause over the events table (aliased ``prefix``) and its parameters."""
        p = f"{prefix}." if prefix else ""
        clauses = ["a.superseded_by IS NULL"]
        params: list[Any] = []
        if self.actor:
            clauses.append(
                f"({p}source_code = ? OR {p}target_code = ? OR {p}source_name ILIKE ? "
                f"OR {p}target_name ILIKE ? OR {p}source_igo = ? OR {p}target_igo = ?)"
            )
            like = f"%{self.actor}%"
            params += [self.actor.upper(), self.actor.upper(), like, like, self.actor, self.actor]
        if self.country:
            clauses.append(f"({p}source_country = ? OR {p}target_country = ?)")
            params += [self.country.upper()] * 2
        if self.event_type:
            clauses.append(f"{p}event_type = ?")
            params.append(self.event_type.upper())
        if self.since:
            clauses.append(f"{p}date_end >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{p}date_start <= ?")
            params.append(self.until)
        if self.status:
            if self.status not in STATUSES:
                raise StoreError(
                    f"unknown status {self.status!r}; use one of {', '.join(STATUSES)}"
                )
            clauses.append(f"{p}status = ?")
            params.append(self.status)
        return " AND ".join(clauses), params


_KEY_SCHEMA = pa.schema(
    [
        ("event_type", pa.string()),
        ("source_key", pa.string()),
        ("target_key", pa.string()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
    ]
)
_FAILURE_LINE = re.compile(r"^(.*):(\d+)$")


def _failure_row(failure: Failure, now: dt.datetime) -> dict[str, Any]:
    path, line = failure.origin, None
    found = _FAILURE_LINE.match(failure.origin)
    if found:
        path, line = found.group(1), int(found.group(2))
    key = hashlib.sha256(f"{failure.origin}\x1f{failure.reason}".encode()).hexdigest()[:32]
    return {
        "failure_id": key,
        "path": path,
        "line": line,
        "reason": failure.reason,
        "failed_at": now,
    }


class Store:
    """One open event database. Not thread-safe; one writer at a time (DuckDB locks the file)."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database; create it with 'eventwire ingest'")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open as a DuckDB database: {exc}") from None
        if read_only:
            tables = {r[0] for r in self.con.execute("SHOW TABLES").fetchall()}
            if "articles" not in tables:
                self.con.close()
                raise StoreError(
                    f"{self.path}: not an eventwire database (no articles table); create it "
                    "with 'eventwire ingest'"
                )
            missing = sorted(set(TABLES) - tables)
            if missing:  # a run killed while it made the schema, before that was one transaction
                self.con.close()
                raise StoreError(
                    f"{self.path}: the database lacks table(s) {', '.join(missing)}; run "
                    "'eventwire ingest' on it once to complete it"
                )
        else:
            # one transaction: a run killed while it makes the schema leaves all of it or none
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(DDL)
            self.con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                [str(SCHEMA_VERSION)],
            )
            self.con.execute("COMMIT")
        self.rule = DedupRule()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    def ingest(
        self,
        inputs: Iterable[Article | Failure],
        pipeline: Pipeline | None = None,
        batch_size: int = 64,
        progress: Callable[[int], None] | None = None,
        coder: Callable[[Iterable[Article]], Iterable[CodedArticle | Failure]] | None = None,
    ) -> IngestSummary:
        """Code and store ``inputs``; articles already stored (same content hash) are skipped
        without coding. ``coder`` codes a batch (one result per article, in order; default
        ``pipeline.code_many_reporting``, or a :class:`eventwire.scale.DaskCoder`).
        ``progress(n)`` is called with the number of inputs each batch consumed."""
        if coder is None:
            if pipeline is None:
                raise StoreError("ingest needs a pipeline or a coder")
            coder = pipeline.code_many_reporting
        started = dt.datetime.now()
        summary = IngestSummary()
        known = self._stored_hashes()
        latest = self._latest_versions()
        for chunk in chunked(inputs, batch_size):
            fresh: list[tuple[str, Article]] = []
            failures: list[Failure] = []
            for item in chunk:
                summary.seen += 1
                if isinstance(item, Failure):
                    failures.append(item)
                    continue
                key = article_hash(item)
                if key in known:
                    summary.unchanged += 1
                    continue
                known.add(key)
                fresh.append((key, item))
            results = coder([a for _, a in fresh]) if fresh else iter(())
            coded: list[tuple[str, Article, CodedArticle]] = []
            for (key, article), result in zip(fresh, results, strict=True):
                if isinstance(result, Failure):
                    failures.append(result)
                else:
                    coded.append((key, article, result))
            written = self._write_batch(coded, failures, latest)
            summary.coded += len(coded)
            summary.new_versions += written
            summary.failed += len(failures)
            summary.events += sum(len(c.events) for _, _, c in coded)
            summary.failure_lines += [f"{f.origin}: {f.reason}" for f in failures]
            summary.batches += 1
            if progress is not None:
                progress(len(chunk))
        summary.seconds = (dt.datetime.now() - started).total_seconds()
        return summary

    def _stored_hashes(self) -> set[str]:
        rows = self.con.execute("SELECT article_hash FROM articles").fetchall()
        return {r[0] for r in rows}

    def _latest_versions(self) -> dict[str, tuple[str, int]]:
        rows = self.con.execute(
            "SELECT doc_id, article_hash, version FROM articles WHERE superseded_by IS NULL"
        ).fetchall()
        return {doc_id: (key, version) for doc_id, key, version in rows}

    def _write_batch(
        self,
        coded: Sequence[tuple[str, Article, CodedArticle]],
        failures: Sequence[Failure],
        latest: dict[str, tuple[str, int]],
    ) -> int:
        """One transaction: the batch's rows, superseded versions, clusters. Returns how many
        articles were new versions of stored ones."""
        now = dt.datetime.now()
        rows = BatchRows()
        superseded: list[tuple[str, str]] = []  # (old hash, new hash)
        pending = dict(latest)
        for key, article, result in coded:
            previous = pending.get(article.doc_id)
            version = previous[1] + 1 if previous else 1
            if previous:
                superseded.append((previous[0], key))
            pending[article.doc_id] = (key, version)
            rows.add_article(key, version, article, result, now)
        self.con.begin()
        try:
            for old, new in superseded:
                self.con.execute(
                    "UPDATE articles SET superseded_by = ? WHERE article_hash = ?", [new, old]
                )
            touched = self._clusters_of([old for old, _ in superseded])
            touched |= self._assign(rows.events)
            for name, columns in rows.tables.items():
                self._insert(name, columns)
            self._insert("events", rows.event_columns())
            self._insert(
                "failures",
                columns_of([_failure_row(f, now) for f in failures]),
                conflict="ON CONFLICT DO NOTHING",
            )
            self._rebuild_clusters(touched)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        latest.update(pending)
        return len(superseded)

    def _insert(self, table: str, columns: dict[str, list[Any]], conflict: str = "") -> None:
        if not columns or not next(iter(columns.values())):
            return
        with self._registered("_batch", pa.table(columns)):
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch {conflict}")

    @contextlib.contextmanager
    def _registered(self, name: str, table: pa.Table) -> Iterator[None]:
        self.con.register(name, table)
        try:
            yield
        finally:
            with contextlib.suppress(
                duckdb.Error
            ):  # an aborted transaction refuses; keep its error
                self.con.unregister(name)

    def _clusters_of(self, hashes: list[str]) -> set[int]:
        if not hashes:
            return set()
        rows = self.con.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE list_contains(?, article_hash)", [hashes]
        ).fetchall()
        return {r[0] for r in rows if r[0] is not None}

    def _assign(self, events: list[dict[str, Any]]) -> set[int]:
        """Give each new event its cluster (see :mod:`eventwire.store.dedup`)."""
        if not events:
            return set()
        keys = pa.table(
            {name: [e[name] for e in events] for name in _KEY_SCHEMA.names}, schema=_KEY_SCHEMA
        )
        window = self.rule.window_days
        with self._registered("_keys", keys):
            result = self.con.sql(
                f"""
                SELECT DISTINCT e.cluster_id, e.event_type, e.status, e.source_key,
                       e.target_key, e.source_name, e.target_name, e.source_sector,
                       e.target_sector,
                       e.source_text, e.target_text, e.trigger_text, e.date,
                       e.date_is_document_date, e.date_start, e.date_end, e.location_geonameid,
                       e.location_country, e.evidence, e.article_hash, e.event_no
                FROM events e
                JOIN articles a USING (article_hash)
                JOIN _keys k ON e.event_type = k.event_type
                 AND ((e.source_key IS NOT DISTINCT FROM k.source_key
                       AND e.target_key IS NOT DISTINCT FROM k.target_key)
                   OR (e.source_key IS NOT DISTINCT FROM k.target_key
                       AND e.target_key IS NOT DISTINCT FROM k.source_key))
                 AND e.date_start <= k.date_end + INTERVAL {window} DAY
                 AND e.date_end >= k.date_start - INTERVAL {window} DAY
                WHERE a.superseded_by IS NULL AND k.date_start IS NOT NULL
                """
            ).to_arrow_table()
        candidates = result.to_pylist()
        [(top,)] = self.con.execute("SELECT coalesce(max(cluster_id), 0) FROM events").fetchall()
        counter = iter(range(int(top) + 1, 2**62))
        assign_clusters(events, candidates, lambda: next(counter), self.rule)
        return {int(e["cluster_id"]) for e in events}

    def _rebuild_clusters(self, touched: set[int]) -> None:
        if not touched:
            return
        ids = sorted(touched)
        self.con.execute("DELETE FROM clusters WHERE list_contains(?, cluster_id)", [ids])
        self.con.execute(
            """
            INSERT INTO clusters
            SELECT cluster_id,
                   first(event_type ORDER BY seen, article_hash, event_no),
                   first(source_key ORDER BY seen, article_hash, event_no),
                   first(target_key ORDER BY seen, article_hash, event_no),
                   min(date_start), max(date_end), min(seen), max(seen),
                   count(*), count(DISTINCT article_hash),
                   count(DISTINCT coalesce(outlet, article_hash)),
                   first(article_hash ORDER BY seen, article_hash, event_no),
                   first(event_no ORDER BY seen, article_hash, event_no)
            FROM (
                SELECT e.*, a.outlet, coalesce(a.date, a.ingested_at::DATE) AS seen
                FROM events e JOIN articles a USING (article_hash)
                WHERE a.superseded_by IS NULL AND list_contains(?, e.cluster_id)
            )
            GROUP BY cluster_id
            """,
            [ids],
        )

    # -- reading -------------------------------------------------------------------------------

    def _query(self, sql: str, params: list[Any]) -> pa.Table:
        try:
            return self.con.sql(sql, params=params).to_arrow_table()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed: {exc}") from None

    def _filtered(
        self, select: str, order: str, filters: EventFilter | None, limit: int | None
    ) -> pa.Table:
        where, params = (filters or EventFilter()).sql("e")
        sql = f"{select} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._query(sql, params)

    def events_arrow(
        self, filters: EventFilter | None = None, limit: int | None = None
    ) -> pa.Table:
        select = (
            "SELECT e.*, c.num_mentions, c.num_articles, c.num_sources, a.url, a.title, "
            "a.outlet, a.origin, a.ingested_at "
            "FROM events e JOIN articles a USING (article_hash) "
            "LEFT JOIN clusters c USING (cluster_id)"
        )
        return self._filtered(
            select, "e.date_start NULLS LAST, e.doc_id, e.event_no", filters, limit
        )

    def clusters_arrow(
        self, filters: EventFilter | None = None, limit: int | None = None
    ) -> pa.Table:
        """One row per real-world event: the cluster's first-seen mention and its counts."""
        select = (
            "SELECT c.cluster_id, c.num_mentions, c.num_articles, c.num_sources, c.first_seen, "
            "c.last_seen, c.date_start AS cluster_date_start, c.date_end AS cluster_date_end, "
            "e.* EXCLUDE (cluster_id), a.url, a.title, a.outlet, a.origin, "
            "a.ingested_at FROM clusters c "
            "JOIN events e ON e.article_hash = c.article_hash AND e.event_no = c.event_no "
            "JOIN articles a ON a.article_hash = e.article_hash"
        )
        return self._filtered(select, "c.date_start NULLS LAST, c.cluster_id", filters, limit)

    def events(self, limit: int | None = None, as_arrow: bool = False, **filters: Any) -> Any:
        """Stored events (latest article versions) as a pandas DataFrame, or an Arrow table
        with ``as_arrow=True``. Filters: actor, country, event_type, since, until, status."""
        table = self.events_arrow(_filter(filters), limit)
        return table if as_arrow else _to_pandas(table)

    def clusters(self, limit: int | None = None, as_arrow: bool = False, **filters: Any) -> Any:
        table = self.clusters_arrow(_filter(filters), limit)
        return table if as_arrow else _to_pandas(table)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One stored event (latest article version) by its ``event_id``, with cluster counts."""
        sql = (
            "SELECT e.*, c.num_mentions, c.num_articles, c.num_sources, a.url, a.title, a.outlet "
            "FROM events e JOIN articles a USING (article_hash) "
            "LEFT JOIN clusters c USING (cluster_id) "
            "WHERE a.superseded_by IS NULL AND e.event_id = ? LIMIT 1"
        )
        rows = self._query(sql, [event_id]).to_pylist()
        return rows[0] if rows else None

    def article(self, doc_id: str) -> dict[str, Any] | None:
        """The latest version of an article: its text, places, events and quotes."""
        found = self._query(
            "SELECT * FROM articles WHERE doc_id = ? AND superseded_by IS NULL", [doc_id]
        ).to_pylist()
        if not found:
            return None
        article = found[0]
        key = article["article_hash"]
        article["places"] = json.loads(article["places"] or "[]")
        article["events"] = self._query(
            "SELECT * FROM events WHERE article_hash = ? ORDER BY event_no", [key]
        ).to_pylist()
        article["quotes"] = self._query(
            "SELECT * FROM quotes WHERE article_hash = ? ORDER BY quote_no", [key]
        ).to_pylist()
        article["actors"] = self._query(
            "SELECT * FROM actors WHERE article_hash = ? ORDER BY mention_no", [key]
        ).to_pylist()
        return article

    def actors(self, q: str = "", limit: int = 50) -> list[dict[str, Any]]:
        """Actors of stored events whose name, words or code contain ``q``, most frequent first."""
        like = f"%{q}%"
        sql = (
            "SELECT coalesce(t.name, t.text) AS name, t.country, t.sector, t.igo, t.cameo_code, "
            "count(*) AS mentions FROM actors t JOIN articles a USING (article_hash) "
            "WHERE a.superseded_by IS NULL AND t.role_in IN ('source', 'target') "
            "AND (t.name ILIKE ? OR t.text ILIKE ? OR t.cameo_code ILIKE ? OR t.igo ILIKE ?) "
            f"GROUP BY ALL ORDER BY mentions DESC, name LIMIT {int(limit)}"
        )
        return self._query(sql, [like, like, like, like]).to_pylist()

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "actors", "quotes", "clusters", "failures"):
            [(n,)] = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()
            out[table] = int(n)
        return out

    def stats(self, top: int = 10) -> dict[str, Any]:
        """Counts by type, by month and the most frequent dyads (latest versions only)."""
        live = "FROM events e JOIN articles a USING (article_hash) WHERE a.superseded_by IS NULL"

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in self.con.execute(sql).fetchall()]

        return {
            "counts": self.counts(),
            "by_type": rows(
                f"SELECT e.event_type, count(*) n {live} GROUP BY 1 ORDER BY 2 DESC, 1"
            ),
            "by_month": rows(
                f"SELECT strftime(e.date_start, '%Y-%m') m, count(*) n {live} "
                "GROUP BY 1 ORDER BY 1 NULLS LAST"
            ),
            "top_dyads": rows(
                f"SELECT coalesce(e.source_key, '-'), coalesce(e.target_key, '-'), count(*) n "
                f"{live} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT {int(top)}"
            ),
        }

    def failures(self) -> list[tuple[str, int | None, str]]:
        rows = self.con.execute(
            "SELECT path, line, reason FROM failures ORDER BY failed_at, path, line"
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]


def _filter(values: dict[str, Any]) -> EventFilter:
    known = set(EventFilter.__dataclass_fields__)
    unknown = sorted(set(values) - known)
    if unknown:
        raise StoreError(f"unknown filter(s) {', '.join(unknown)}; use {', '.join(sorted(known))}")
    for name in ("since", "until"):
        if isinstance(values.get(name), str):
            values[name] = dt.date.fromisoformat(values[name])
    return EventFilter(**values)


def _to_pandas(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas()


def open_store(path: str | Path = DEFAULT_DB, read_only: bool = False) -> Store:
    """Open (or create) an event database."""
    return Store(path, read_only=read_only)
