"""The event database's tables. One DuckDB file; every batch of articles is one transaction.

``articles``   one row per article version (``article_hash`` = SHA-256 of id, title, date, url
               and text). A changed article is a new row; the older version gets
               ``superseded_by`` and its events drop out of queries and clusters.
``events``     one row per coded event, actors and location flattened into columns, the
               explanation as JSON; ``cluster_id`` links it to the real-world event it reports.
``actors``     one row per actor mention (event source/target and quote speakers).
``quotes``     direct and partial quotes with their speakers.
``clusters``   one row per real-world event: mentions, articles, sources, first and last seen
               (rebuilt for the clusters a batch touches, in the same transaction).
``failures``   inputs that could not be read or coded: path, line, reason (one row per distinct
               failure, so a resumed run does not repeat them).
"""

from __future__ import annotations

import re

SCHEMA_VERSION = 1

_ACTOR_COLUMNS = """
    {side}_text VARCHAR, {side}_name VARCHAR, {side}_country VARCHAR, {side}_sector VARCHAR,
    {side}_igo VARCHAR, {side}_role VARCHAR, {side}_code VARCHAR,"""

DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS articles (
    article_hash VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    superseded_by VARCHAR,
    title VARCHAR,
    date DATE,
    url VARCHAR,
    outlet VARCHAR,
    origin VARCHAR,
    text VARCHAR,
    places JSON,
    n_events INTEGER,
    warnings VARCHAR[],
    ingested_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS events (
    article_hash VARCHAR NOT NULL,
    event_no INTEGER NOT NULL,
    event_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    cluster_id BIGINT,
    event_type VARCHAR NOT NULL,
    mode VARCHAR,
    cameo VARCHAR,
    quad_class INTEGER,
    score DOUBLE,
    status VARCHAR,
    date VARCHAR,
    date_start DATE,
    date_end DATE,
    date_is_document_date BOOLEAN,
    source_key VARCHAR,
    target_key VARCHAR,
    {_ACTOR_COLUMNS.format(side="source")}
    {_ACTOR_COLUMNS.format(side="target")}
    location_text VARCHAR, location_name VARCHAR, location_country VARCHAR,
    location_lat DOUBLE, location_lon DOUBLE, location_geonameid BIGINT, location_kind VARCHAR,
    evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    confidence DOUBLE,
    explanation JSON,
    PRIMARY KEY (article_hash, event_no)
);

CREATE TABLE IF NOT EXISTS actors (
    article_hash VARCHAR NOT NULL,
    mention_no INTEGER NOT NULL,
    event_no INTEGER,
    quote_no INTEGER,
    role_in VARCHAR NOT NULL,
    text VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, igo VARCHAR,
    role VARCHAR, cameo_code VARCHAR, start_char INTEGER, end_char INTEGER, how VARCHAR,
    PRIMARY KEY (article_hash, mention_no)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_hash VARCHAR NOT NULL,
    quote_no INTEGER NOT NULL,
    text VARCHAR, start_char INTEGER, end_char INTEGER, kind VARCHAR,
    speaker_name VARCHAR, speaker_country VARCHAR, speaker_sector VARCHAR, speaker_code VARCHAR,
    PRIMARY KEY (article_hash, quote_no)
);

CREATE TABLE IF NOT EXISTS clusters (
    cluster_id BIGINT PRIMARY KEY,
    event_type VARCHAR,
    source_key VARCHAR,
    target_key VARCHAR,
    date_start DATE,
    date_end DATE,
    first_seen DATE,
    last_seen DATE,
    num_mentions INTEGER,
    num_articles INTEGER,
    num_sources INTEGER,
    article_hash VARCHAR,
    event_no INTEGER
);

CREATE TABLE IF NOT EXISTS failures (
    failure_id VARCHAR PRIMARY KEY,
    path VARCHAR,
    line INTEGER,
    reason VARCHAR,
    failed_at TIMESTAMP
);
"""

#: The tables DDL makes, in order.
TABLES: tuple[str, ...] = tuple(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", DDL))
