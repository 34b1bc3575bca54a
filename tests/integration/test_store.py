"""The event database (#6), against real DuckDB files: idempotent ingest, versions, failures,
deduplication, queries and exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from eventwire import open_store
from eventwire.ingest.readers import read_inputs
from eventwire.store import Store, StoreError
from eventwire.store.dedup import pairwise_quality
from eventwire.store.export import GDELT_COLUMNS, export

from ..conftest import FIXTURES

DEDUP = FIXTURES / "dedup"


def _ingest(store: Store, pipeline, *paths: Path, batch_size: int = 64):  # type: ignore[no-untyped-def]
    return store.ingest(read_inputs([str(p) for p in paths]), pipeline, batch_size=batch_size)


@pytest.fixture(scope="module")
def dedup_db(pipeline, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("store") / "dedup.duckdb"
    with open_store(path) as store:
        _ingest(store, pipeline, DEDUP / "articles.jsonl", batch_size=5)
    return path


def _main_clusters(store: Store, corpus: Path = DEDUP) -> dict[str, int]:
    """Each dedup-corpus article's cluster: that of its first event of the gold type."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["articles"]
    events = store.events()
    out = {}
    for doc_id, group in events.groupby("doc_id"):
        wanted = group[group.event_type == gold[doc_id]["type"]].sort_values("event_no")
        if len(wanted):
            out[str(doc_id)] = int(wanted.iloc[0].cluster_id)
    return out


def test_copies_rewrites_and_follow_ups_merge_and_different_events_stay_apart(dedup_db) -> None:  # type: ignore[no-untyped-def]
    gold = json.loads((DEDUP / "gold.json").read_text(encoding="utf-8"))["articles"]
    with open_store(dedup_db, read_only=True) as store:
        clusters = _main_clusters(store)
        assert set(clusters) == set(gold), "every dedup article should code its event"
        # Kharkiv shelling: original, syndicated copy, rewrite, next-day follow-up
        assert len({clusters[a] for a in ("a01", "a02", "a03", "a04")}) == 1
        assert clusters["a05"] == clusters["a06"] != clusters["a01"]  # Odesa, the same day
        assert clusters["a07"] != clusters["a01"]  # Kharkiv again, a week later
        assert clusters["b03"] == clusters["b01"]  # "Macron held talks with Xi": either order
        assert clusters["b04"] != clusters["b01"] and clusters["b05"] != clusters["b01"]
        assert clusters["c04"] != clusters["c01"]  # Mombasa, not Nairobi
        assert clusters["d04"] != clusters["d01"]  # same dyad and day, another accusation
        assert clusters["e04"] != clusters["e01"] and clusters["e05"] != clusters["e01"]
        precision, recall, counts = pairwise_quality(
            clusters, {a: g["story"] for a, g in gold.items()}
        )
        assert (precision, recall) == (1.0, 1.0), counts
        kharkiv = store.clusters(event_type="ASSAULT", country="UKR")
        top = kharkiv[kharkiv.cluster_id == clusters["a01"]].iloc[0]
        assert (top.num_mentions, top.num_articles, top.num_sources) == (4, 4, 4)
        assert str(top.first_seen) == "2024-03-05" and str(top.last_seen) == "2024-03-06"


def test_held_out_dedup_corpus_merges_nothing_it_should_not(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A second corpus, written after the rule was set. Recall is below 1: "Israeli jets bombed
    Gaza City" codes the target PSE where the other reports code none, so the dyads differ."""
    corpus = FIXTURES / "dedup-heldout"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["articles"]
    with open_store(tmp_path / "heldout.duckdb") as store:
        _ingest(store, pipeline, corpus / "articles.jsonl")
        clusters = _main_clusters(store, corpus)
    precision, recall, counts = pairwise_quality(clusters, {a: g["story"] for a, g in gold.items()})
    assert precision == 1.0, counts
    assert recall >= 0.75, counts
    assert clusters["h04"] != clusters["h01"]  # Khan Younis is not Gaza City
    assert clusters["h14"] == clusters["h12"]  # a rewrite of the same accusation


def test_reingesting_is_a_no_op_and_a_changed_article_is_a_new_version(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "events.duckdb"
    with open_store(db) as store:
        first = _ingest(store, pipeline, FIXTURES / "article.txt")
        before = store.counts()
        again = _ingest(store, pipeline, FIXTURES / "article.txt")
        assert (first.coded, again.coded, again.unchanged) == (1, 0, 1)
        assert store.counts() == before
    changed = tmp_path / "article.txt"
    text = (FIXTURES / "article.txt").read_text(encoding="utf-8")
    changed.write_text(text.replace("Sergei Lavrov", "Sergei Lavrov in Moscow"), encoding="utf-8")
    with open_store(db) as store:
        summary = _ingest(store, pipeline, changed)
        assert (summary.coded, summary.new_versions) == (1, 1)
        versions = store.con.sql(
            "SELECT version, superseded_by IS NULL FROM articles ORDER BY version"
        ).fetchall()
        assert versions == [(1, False), (2, True)]
        events = store.events()
        assert len(events) == first.events  # only the latest version is queried
        lavrov = events[events.target_name == "Sergei Lavrov"].iloc[0]
        assert lavrov.location_name == "Moscow"
        [(mentions,)] = store.con.sql("SELECT sum(num_mentions) FROM clusters").fetchall()
        assert mentions == len(events)  # clusters count live events only


def test_unreadable_inputs_go_to_failures_once(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "feed.jsonl"
    bad.write_text('{"id": "ok", "text": "Iran accused Israel of spying."}\n{"id": \n', "utf-8")
    with open_store(tmp_path / "f.duckdb") as store:
        summary = _ingest(store, pipeline, bad, tmp_path / "missing.txt")
        assert (summary.coded, summary.failed) == (1, 2)
        _ingest(store, pipeline, bad, tmp_path / "missing.txt")  # the same failures again
        failures = store.failures()
        assert len(failures) == 2
        assert (str(bad), 2) == failures[0][:2] and "malformed JSON" in failures[0][2]
        assert failures[1] == (str(tmp_path / "missing.txt"), None, "no such file or directory")


def test_query_filters(dedup_db) -> None:  # type: ignore[no-untyped-def]
    with open_store(dedup_db, read_only=True) as store:
        iran = store.events(country="IRN")
        # four accusations, and "Tehran vowed to respond" (a threat of force) twice
        assert len(iran) == 6 and set(iran.event_type) == {"ACCUSE", "THREATEN"}
        macron = store.events(actor="macron")
        assert set(macron.doc_id) == {"b01", "b02", "b03", "b05"}
        assert set(store.events(actor="FRAGOV").doc_id) == set(macron.doc_id)
        march = store.events(event_type="assault", since="2024-03-10", until="2024-03-31")
        assert set(march.doc_id) == {"a07"}
        assert store.events(status="planned").empty
        arrow = store.events(as_arrow=True, limit=2)
        assert arrow.num_rows == 2 and "explanation" in arrow.column_names
        with pytest.raises(StoreError, match="unknown filter"):
            store.events(colour="red")
        with pytest.raises(StoreError, match="unknown status 'rumoured'"):
            store.events(status="rumoured")


def test_stats_count_by_type_month_and_dyad(dedup_db) -> None:  # type: ignore[no-untyped-def]
    with open_store(dedup_db, read_only=True) as store:
        stats = store.stats(top=3)
    by_type = dict(stats["by_type"])
    # CONSULT: 5 meetings, and "The two leaders discussed trade" after Macron met Xi in b01/b02
    assert by_type["CONSULT"] == 7 and by_type["SANCTION"] == 5
    assert ("2024-06", 6) in stats["by_month"]  # four Nairobi protests, two tear-gas firings
    assert stats["top_dyads"][0][:2] == ("RUS", "UKR")


def test_exports(dedup_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with open_store(dedup_db, read_only=True) as store:
        n_gdelt = export(store, "gdelt", tmp_path / "events.tsv")
        n_parquet = export(store, "parquet", tmp_path / "parquet")
        n_plover = export(store, "plover-json", tmp_path / "plover.json")
        n_jsonl = export(store, "jsonl", tmp_path / "events.jsonl")
        [(clusters,)] = store.con.sql("SELECT count(*) FROM clusters").fetchall()
        events = len(store.events())
    rows = list(csv.reader((tmp_path / "events.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert rows[0] == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    assert all(len(r) == 61 for r in rows) and n_gdelt == clusters == len(rows) - 1
    records = [dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows[1:]]
    kharkiv = next(r for r in records if r["ActionGeo_FullName"] == "Kharkiv")
    assert kharkiv["Day"] == "20240304" and kharkiv["EventRootCode"] == "19"
    assert kharkiv["Actor1CountryCode"] == "RUS" and kharkiv["Actor1Type1Code"] == "MIL"
    assert kharkiv["NumMentions"] == "4" and kharkiv["NumSources"] == "4"
    assert kharkiv["ActionGeo_Type"] == "4" and kharkiv["ActionGeo_FeatureID"] == "706483"
    assert kharkiv["GoldsteinScale"] == "-10.0"
    assert all(r["SOURCEURL"].startswith("https://") for r in records)
    assert pq.read_table(tmp_path / "parquet" / "events.parquet").num_rows == n_parquet == events
    assert pq.read_table(tmp_path / "parquet" / "articles.parquet").num_rows == 25
    plover = json.loads((tmp_path / "plover.json").read_text(encoding="utf-8"))
    assert len(plover) == n_plover == events
    sanction = next(r for r in plover if r["id"] == "e01-0")
    assert sanction["event"] == "SANCTION" and sanction["mode"] == "discontinue"
    assert sanction["source"][0]["code"] == "USA" and sanction["target"][0]["code"] == "RUS"
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == n_jsonl == events
    assert json.loads(lines[0])["explanation"]["rule"]


def test_a_file_that_is_not_a_database_is_named_in_the_error(tmp_path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.duckdb: cannot open as a DuckDB database"):
        open_store(bogus)
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "absent.duckdb", read_only=True)
    duckdb.connect(str(tmp_path / "other.duckdb")).close()  # a DuckDB file, not ours
    with pytest.raises(StoreError, match=r"other\.duckdb: not an eventwire database"):
        open_store(tmp_path / "other.duckdb", read_only=True)


def test_a_database_whose_schema_was_cut_short_says_what_it_lacks(tmp_path) -> None:
    # a run killed while it made the schema once left some tables and not others; reading it
    # then failed with DuckDB's "Table with name quotes does not exist"
    partial = tmp_path / "partial.duckdb"
    con = duckdb.connect(str(partial))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("CREATE TABLE articles (doc_id VARCHAR)")
    con.close()
    with pytest.raises(StoreError, match=r"partial\.duckdb: the database lacks table\(s\) actors"):
        open_store(partial, read_only=True)
    with open_store(partial) as store:  # opening it to write completes the schema
        assert store.counts()["articles"] == 0


def test_a_failed_batch_leaves_nothing_behind(pipeline, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "t.duckdb"
    with open_store(db) as store:
        _ingest(store, pipeline, FIXTURES / "article.txt")
        before = store.counts()

        def boom(self, table, columns, conflict=""):  # type: ignore[no-untyped-def]
            raise RuntimeError("disk full")

        monkeypatch.setattr(Store, "_insert", boom)
        with pytest.raises(RuntimeError, match="disk full"):
            _ingest(store, pipeline, DEDUP / "articles.jsonl")
        monkeypatch.undo()
        assert store.counts() == before
        summary = _ingest(store, pipeline, DEDUP / "articles.jsonl")
        assert summary.coded == 25  # nothing of the failed batch was kept, so all is coded now
    assert duckdb.connect(str(db), read_only=True).sql("SELECT 1").fetchall() == [(1,)]
