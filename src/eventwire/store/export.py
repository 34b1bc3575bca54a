"""Exports of the event database: GDELT-style TSV, Parquet, PLOVER JSON, JSON Lines.

``gdelt``: one row per event cluster (its first-seen mention), the 61 columns of the GDELT 2.0
event table in GDELT's order, tab-separated, with a header line. Filled: GlobalEventID (the
cluster id), Day/MonthYear/Year/FractionDate (the event date; month- or year-precise dates use
the first day), Actor1/2 Code (eventwire's CAMEO-style actor code), Name, CountryCode (ISO
3166-1 alpha-3, which equals CAMEO's country code for nearly all states), KnownGroupCode (the
organisation), Type1Code (PLOVER sector), IsRootEvent (1 when the evidence is the article's
first sentence), EventCode/BaseCode/RootCode (CAMEO), QuadClass, GoldsteinScale (from the CAMEO
code), NumMentions/NumSources/NumArticles (from deduplication), ActionGeo_* (the event
location: GDELT's types 1 country, 2/5 US/world state, 3/4 US/world city; name, country,
lat/long, GeoNames id as FeatureID), DATEADDED (ingest time, YYYYMMDDHHMMSS) and SOURCEURL
(the article URL, else its path).
Empty: ethnic and religion codes, Type2/3 codes, AvgTone, ADM1/ADM2 codes and Actor1Geo/
Actor2Geo (eventwire locates the event, not the actors).

``parquet``: a folder of Parquet files, one per table (events with cluster counts, clusters,
articles, actors, quotes, failures), latest article versions only.

``plover-json``: a JSON array of PLOVER-style event records, one per event mention, with the
fields of the PLOVER gold standard (id, date, event, mode, source, target, eventText, text,
eventLoc) plus eventwire's status, confidence, CAMEO code and cluster.

``jsonl``: one event per line with every stored column (explanation as an object).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from .. import __version__
from ..coding.ontology import load_ontology
from .query_output import write_jsonl_rows
from .store import EventFilter, Store

EXPORT_FORMATS = ("gdelt", "parquet", "plover-json", "jsonl")

GDELT_COLUMNS = (
    "GlobalEventID Day MonthYear Year FractionDate "
    + " ".join(
        f"{a}Code {a}Name {a}CountryCode {a}KnownGroupCode {a}EthnicCode {a}Religion1Code "
        f"{a}Religion2Code {a}Type1Code {a}Type2Code {a}Type3Code"
        for a in ("Actor1", "Actor2")
    )
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
    "NumSources NumArticles AvgTone "
    + " ".join(
        f"{g}_Type {g}_FullName {g}_CountryCode {g}_ADM1Code {g}_ADM2Code {g}_Lat {g}_Long "
        f"{g}_FeatureID"
        for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
    )
    + " DATEADDED SOURCEURL"
).split()


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _gdelt_actor(row: dict[str, Any], side: str) -> list[Any]:
    name = row[f"{side}_name"] or row[f"{side}_text"]
    return [
        _blank(row[f"{side}_code"]),
        name.upper() if name else "",
        _blank(row[f"{side}_country"]),
        _blank(row[f"{side}_igo"]),
        "",
        "",
        "",
        _blank(row[f"{side}_sector"]),
        "",
        "",
    ]


def gdelt_row(row: dict[str, Any], goldstein: dict[str, float]) -> list[Any]:
    day: dt.date | None = row["date_start"]
    cameo = row["cameo"] or ""
    us = row["location_country"] == "USA"
    geo_type = {"country": 1, "admin1": 2 if us else 5, "city": 3 if us else 4}.get(
        row["location_kind"] or "", ""
    )
    added: dt.datetime | None = row.get("ingested_at")
    return [
        row["cluster_id"],
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *_gdelt_actor(row, "source"),
        *_gdelt_actor(row, "target"),
        1 if row["evidence_start"] == 0 else 0,
        cameo,
        cameo[:3],
        cameo[:2],
        _blank(row["quad_class"]),
        _blank(goldstein.get(cameo, goldstein.get(cameo[:3]))),
        _blank(row["num_mentions"]),
        _blank(row["num_sources"]),
        _blank(row["num_articles"]),
        "",
        *[""] * 16,
        geo_type,
        _blank(row["location_name"]),
        _blank(row["location_country"]),
        "",
        "",
        _blank(row["location_lat"]),
        _blank(row["location_lon"]),
        _blank(row["location_geonameid"]),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        _blank(row["url"] or row["origin"]),
    ]


def _write_gdelt(store: Store, out: Path, filters: EventFilter) -> int:
    goldstein = dict(load_ontology().goldstein)
    rows = store.clusters_arrow(filters).to_pylist()
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(
            handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
        )
        writer.writerow(GDELT_COLUMNS)
        for row in rows:
            writer.writerow(gdelt_row(row, goldstein))
    return len(rows)


def _write_parquet(store: Store, out: Path, filters: EventFilter) -> int:
    out.mkdir(parents=True, exist_ok=True)
    events = store.events_arrow(filters)
    pq.write_table(events, out / "events.parquet")
    pq.write_table(store.clusters_arrow(filters), out / "clusters.parquet")
    live = "JOIN articles a USING (article_hash) WHERE a.superseded_by IS NULL"
    tables = {
        "articles": "SELECT * FROM articles WHERE superseded_by IS NULL",
        "actors": f"SELECT t.* FROM actors t {live}",
        "quotes": f"SELECT t.* FROM quotes t {live}",
        "failures": "SELECT * FROM failures",
    }
    for name, sql in tables.items():
        pq.write_table(store.con.sql(sql).to_arrow_table(), out / f"{name}.parquet")
    return events.num_rows


def _plover_actor(row: dict[str, Any], side: str) -> list[dict[str, Any]]:
    if row[f"{side}_text"] is None:
        return []
    return [
        {
            "actorText": row[f"{side}_text"],
            "code": row[f"{side}_country"] or row[f"{side}_igo"] or "",
            "sector": row[f"{side}_sector"] or "",
            "name": row[f"{side}_name"],
            "cameoCode": row[f"{side}_code"],
        }
    ]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    location = None
    if row["location_text"]:
        location = {
            "placeName": row["location_name"] or row["location_text"],
            "country": row["location_country"],
            "lat": row["location_lat"],
            "lon": row["location_lon"],
            "geonameid": row["location_geonameid"],
        }
    return {
        "id": f"{row['doc_id']}-{row['event_no']}",
        "date": row["date"],
        "source": _plover_actor(row, "source"),
        "target": _plover_actor(row, "target"),
        "event": row["event_type"],
        "mode": row["mode"] or "",
        "eventText": row["trigger_text"],
        "text": row["evidence"].strip(),
        "eventLoc": location,
        "status": row["status"],
        "confidence": row["confidence"],
        "cameo": row["cameo"],
        "cluster": row["cluster_id"],
        "numMentions": row["num_mentions"],
        "url": row["url"],
        "language": "en",
        "coder": f"eventwire {__version__}",
        "version": "PLOVER 0.8 (draft); eventwire record",
    }


def _write_plover(store: Store, out: Path, filters: EventFilter) -> int:
    rows = store.events_arrow(filters).to_pylist()
    with out.open("w", encoding="utf-8") as handle:
        handle.write("[\n")
        for number, row in enumerate(rows):
            comma = ",\n" if number < len(rows) - 1 else "\n"
            handle.write(json.dumps(plover_record(row), ensure_ascii=False, default=str) + comma)
        handle.write("]\n")
    return len(rows)


def _write_jsonl(store: Store, out: Path, filters: EventFilter) -> int:
    table = store.events_arrow(filters)
    with out.open("w", encoding="utf-8") as handle:
        write_jsonl_rows(table, handle)
    return table.num_rows


_WRITERS: dict[str, Callable[[Store, Path, EventFilter], int]] = {
    "gdelt": _write_gdelt,
    "parquet": _write_parquet,
    "plover-json": _write_plover,
    "jsonl": _write_jsonl,
}


def export(store: Store, fmt: str, out: Path, filters: EventFilter | None = None) -> int:
    """Write the store's events to ``out`` in ``fmt``; returns the number of rows written."""
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt != "parquet":
        out.parent.mkdir(parents=True, exist_ok=True)
    return _WRITERS[fmt](store, out, filters or EventFilter())
