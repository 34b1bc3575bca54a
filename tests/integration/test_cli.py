"""The CLI contract: formats, exit codes, and failures reported without losing the rest."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from eventwire.cli import build_parser, main

from ..conftest import FIXTURES


@pytest.fixture(autouse=True)
def _shared_pipeline(pipeline, monkeypatch):  # type: ignore[no-untyped-def]
    """Reuse the session's pipeline instead of loading the model per command."""
    import eventwire.api

    def load(config=None):  # type: ignore[no-untyped-def]
        if config is None:
            return pipeline
        config.validate()
        loaded = pipeline.with_options(entities=config.entities)
        if config.petrarch_dictionaries is None:
            return loaded
        return loaded.with_dictionaries(config.petrarch_dictionaries)

    monkeypatch.setattr(eventwire.api, "load_pipeline", load)


def test_code_json_has_one_object_per_article(capsys) -> None:  # type: ignore[no-untyped-def]
    rc = main(["code", str(FIXTURES / "article.txt"), "--date", "2017-07-25", "--format", "json"])
    out = capsys.readouterr().out.strip().splitlines()
    assert rc == 0 and len(out) == 1
    article = json.loads(out[0])
    assert set(article) >= {"doc_id", "title", "date", "events", "quotes", "warnings"}
    assert article["date"] == "2017-07-25"
    assert article["title"].startswith("Putin to meet Iraq VP")
    event = article["events"][0]
    assert set(event) >= {
        "doc_id",
        "event_id",
        "event_type",
        "mode",
        "cameo",
        "quad_class",
        "score",
        "status",
        "date",
        "source",
        "target",
        "location",
        "evidence",
        "confidence",
    }
    assert set(event["source"]) == {
        "text",
        "name",
        "country",
        "sector",
        "igo",
        "role",
        "cameo_code",
    }


def test_code_jsonl_one_event_per_line_and_stable_ids(capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["code", str(FIXTURES / "article.txt"), "--date", "2017-07-25", "--format", "jsonl"]
    main(args)
    first = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    main(args)
    second = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(first) >= 6
    assert [e["event_id"] for e in first] == [e["event_id"] for e in second]


def test_failed_inputs_are_reported_and_the_rest_coded(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "ok", "text": "Russian troops attacked Ukrainian soldiers.", '
        '"date": "2022-03-01"}\n'
        "{broken\n",
        encoding="utf-8",
    )
    rc = main(["code", str(feed), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    captured = capsys.readouterr()
    assert rc == 1
    assert f"{feed}:2: malformed JSON" in captured.err
    assert "missing.txt: no such file or directory" in captured.err
    events = [json.loads(line) for line in captured.out.splitlines()]
    assert any(e["doc_id"] == "ok" and e["event_type"] == "ASSAULT" for e in events)


def test_output_file_and_table_format(tmp_path: Path) -> None:
    out = tmp_path / "events.txt"
    rc = main(["code", str(FIXTURES / "article.txt"), "--date", "2017-07-25", "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    assert rc == 0
    assert "CONSULT" in text and "Nouri al-Maliki" in text


def test_usage_errors_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        main(["code", "x.txt", "--date", "25/07/2017"])
    assert exit_info.value.code == 2
    assert "is not a date in YYYY-MM-DD form" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["code", "x.txt", "--min-confidence", "high"])
    assert exit_info.value.code == 2
    assert "argument --min-confidence: 'high' is not a number from 0 to 1" in (
        capsys.readouterr().err
    )


def test_code_parquet_writes_partitions_duckdb_reads_in_place(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import duckdb

    inputs = [str(FIXTURES / "dedup" / "articles.jsonl"), str(tmp_path / "missing.txt")]
    main(["code", *inputs, "--format", "jsonl"])
    expected = sorted(
        (e["doc_id"], e["event_id"], e["event_type"])
        for e in map(json.loads, capsys.readouterr().out.splitlines())
    )
    folder = tmp_path / "coded"
    rc = main(["code", *inputs, "--format", "parquet", "--output", str(folder)])
    captured = capsys.readouterr()
    assert rc == 1  # the missing file is reported, the rest is coded
    assert "missing.txt: no such file or directory" in captured.err
    assert f"{folder}: 25 articles coded, {len(expected)} events in 1 partition" in captured.err
    rows = duckdb.sql(
        f"SELECT doc_id, event_id, event_type FROM '{folder}/*.parquet' ORDER BY ALL"
    ).fetchall()
    assert rows == expected
    # another run's partitions are not mixed in
    rc = main(["code", inputs[0], "--format", "parquet", "--output", str(folder)])
    assert rc == 1
    assert "not an empty folder" in capsys.readouterr().err


def test_code_parquet_needs_an_output_folder(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        main(["code", str(FIXTURES / "article.txt"), "--format", "parquet"])
    assert exit_info.value.code == 2
    assert "give --output DIR" in capsys.readouterr().err


def test_help_names_every_command() -> None:
    text = build_parser().format_help()
    assert "code" in text and "eval" in text


def test_readme_command_headings_list_every_option_of_help() -> None:
    """The README's CLI reference is kept in step with --help: each command's heading names
    every option the parser knows."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name, sub in commands.choices.items():
        headings = [
            line for line in readme.splitlines() if line.startswith(f"### `eventwire {name} ")
        ]
        assert headings, f"README has no section for 'eventwire {name}'"
        for action in sub._actions:
            longs = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            for option in longs[:1]:
                assert option in headings[0], f"README heading for {name} lacks {option}"


def test_code_with_petrarch_dictionaries(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nFreedonian soldiers attacked Sylvania on Monday.\n")
    tiny = FIXTURES / "petrarch" / "Tiny"
    rc = main(
        ["code", str(story), "--date", "1933-06-01", "--format", "jsonl", "--petrarch", str(tiny)]
    )
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rc == 0
    assert [(e["source"]["cameo_code"], e["target"]["cameo_code"], e["cameo"]) for e in events] == [
        ("FRDMIL", "SYL", "223")
    ]


def test_petrarch_prefix_without_files_is_an_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nFreedonia attacked Sylvania.\n")
    rc = main(["code", str(story), "--petrarch", str(tmp_path / "Nope")])
    err = capsys.readouterr().err
    assert rc == 1
    assert f"error: PETRARCH dictionaries '{tmp_path / 'Nope'}': no Nope*.actors.txt" in err


def test_both_entity_modes_code_the_seed_article_alike(capsys) -> None:  # type: ignore[no-untyped-def]
    def events(*extra: str) -> list[tuple[str, str | None, str]]:
        argv = ["code", str(FIXTURES / "article.txt"), "--date", "2017-07-25", "--format", "jsonl"]
        assert main([*argv, *extra]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        return [(r["event_type"], (r["source"] or {}).get("cameo_code"), r["date"]) for r in rows]

    default = events()
    assert default and events("--entities", "rules") == default
    assert events("--entities", "model") == default
