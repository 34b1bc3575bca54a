"""The store commands as a user runs them: ingest, query, stats, export, each with --db."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from eventwire.cli import main

from ..conftest import FIXTURES


@pytest.fixture(autouse=True)
def _shared_pipeline(pipeline, monkeypatch):  # type: ignore[no-untyped-def]
    import eventwire.api

    monkeypatch.setattr(eventwire.api, "load_pipeline", lambda config=None: pipeline)


@pytest.fixture
def db(tmp_path, capsys) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "events.duckdb"
    rc = main(["ingest", str(FIXTURES / "dedup" / "articles.jsonl"), "--db", str(path)])
    assert rc == 0
    capsys.readouterr()
    return path


def test_ingest_reports_counts_and_failures(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "events.duckdb"
    args = ["ingest", str(FIXTURES / "article.txt"), str(tmp_path / "gone.txt"), "--db", str(path)]
    rc = main([*args, "--date", "2017-07-25"])
    captured = capsys.readouterr()
    assert rc == 1
    assert f"error: {tmp_path / 'gone.txt'}: no such file or directory" in captured.err
    summary = " ".join(captured.out.split())
    assert "2 inputs: 1 articles coded (0 new versions), 0 already stored, 1 failed" in summary
    assert main([*args, "--date", "2017-07-25"]) == 1
    assert "1 already stored" in " ".join(capsys.readouterr().out.split())


def test_query_table_jsonl_and_csv(db, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["query", "--db", str(db), "--country", "KEN", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["doc_id"] for r in rows} == {"c01", "c02", "c03", "c04"}
    assert {r["event_type"] for r in rows} == {"PROTEST", "ASSAULT"}
    # the assault is "Police fired tear gas" (CAMEO 175), in the two copies that carry it
    assert {r["doc_id"] for r in rows if r["event_type"] == "ASSAULT"} == {"c01", "c02"}
    assert (
        main(["query", "--db", str(db), "--type", "SANCTION", "--clusters", "--format", "csv"]) == 0
    )
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(int(r["num_mentions"]) for r in table) == [1, 1, 3]
    assert main(["query", "--db", str(db), "--actor", "Xi Jinping", "--since", "2024-05-01"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "1 events" in out and "Paris" in out


def test_stats_and_export(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["stats", "--db", str(db), "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["counts"]["articles"] == 25
    out = tmp_path / "gdelt.tsv"
    assert (
        main(["export", str(out), "--format", "gdelt", "--db", str(db), "--type", "PROTEST"]) == 0
    )
    assert "wrote 2 rows" in capsys.readouterr().out  # Nairobi (3 reports) and Mombasa
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_query_on_a_missing_database_says_how_to_make_one(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["query", "--db", str(tmp_path / "none.duckdb")]) == 1
    err = capsys.readouterr().err
    assert "none.duckdb: no such database; create it with 'eventwire ingest'" in err
