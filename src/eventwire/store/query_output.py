"""Query results for people (tables) and programs (JSON Lines, CSV)."""

from __future__ import annotations

import csv
import json
from typing import IO, Any

import pyarrow as pa
from rich.console import Console
from rich.table import Table


def _actor(row: dict[str, Any], side: str) -> str:
    who = row[f"{side}_name"] or row[f"{side}_text"]
    if who is None:
        return "-"
    code = row[f"{side}_igo"] or "/".join(
        p for p in (row[f"{side}_country"], row[f"{side}_sector"]) if p
    )
    return f"{who} [{code or '?'}]"


def print_rows(table: pa.Table, console: Console, clusters: bool, limit: int | None) -> None:
    title = "event clusters" if clusters else "events"
    out = Table(title=f"{table.num_rows} {title}" + (f" (limit {limit})" if limit else ""))
    columns = ["date", "type", "status", "source", "target", "where"]
    columns += ["mentions", "articles", "sources"] if clusters else ["conf", "doc"]
    columns.append("evidence")
    for column in columns:
        out.add_column(column, overflow="fold")
    for row in table.to_pylist():
        cells = [
            row["date"] or "-",
            row["event_type"] + (f"/{row['mode']}" if row["mode"] else ""),
            row["status"],
            _actor(row, "source"),
            _actor(row, "target"),
            row["location_name"] or "-",
        ]
        if clusters:
            cells += [str(row["num_mentions"]), str(row["num_articles"]), str(row["num_sources"])]
        else:
            cells += [f"{row['confidence']:.2f}", row["doc_id"]]
        evidence = " ".join(row["evidence"].split())
        cells.append(evidence if len(evidence) <= 70 else evidence[:67] + "...")
        out.add_row(*cells)
    console.print(out)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    if row.get("explanation"):
        row["explanation"] = json.loads(row["explanation"])
    return row


def write_jsonl_rows(table: pa.Table, stream: IO[str]) -> None:
    for row in table.to_pylist():
        stream.write(json.dumps(_plain(row), ensure_ascii=False, default=str) + "\n")


def write_csv(table: pa.Table, stream: IO[str]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(table.column_names)
    for row in table.to_pylist():
        writer.writerow(["" if v is None else v for v in row.values()])


def print_stats(stats: dict[str, Any], console: Console) -> None:
    sizes = Table(title="tables")
    sizes.add_column("table")
    sizes.add_column("rows", justify="right")
    for name, count in stats["counts"].items():
        sizes.add_row(name, str(count))
    console.print(sizes)
    for key, title, headers in (
        ("by_type", "events by type", ("type", "events")),
        ("by_month", "events by month", ("month", "events")),
        ("top_dyads", "top dyads", ("source", "target", "events")),
    ):
        table = Table(title=title)
        for header in headers:
            table.add_column(header, justify="right" if header == "events" else "left")
        for row in stats[key]:
            table.add_row(*("-" if v is None else str(v) for v in row))
        console.print(table)
