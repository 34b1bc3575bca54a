"""Nothing lost, nothing doubled (#6): an ingest killed with SIGKILL at random points of a
300-article run, then resumed, ends with exactly the rows of an uninterrupted run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire import open_store
from eventwire.ingest.readers import read_inputs
from eventwire.store import StoreError

from ..store_corpus import write_corpus

TRIALS = 10  # at least; more (up to MAX_TRIALS) while fewer than WANTED landed mid-ingest
WANTED = 5
MAX_TRIALS = 16


def _snapshot(db: Path) -> dict[str, object]:
    with open_store(db, read_only=True) as store:
        sql = store.con.sql
        return {
            "articles": sql("SELECT count(*), count(DISTINCT doc_id) FROM articles").fetchall(),
            "events": sorted(sql("SELECT doc_id, event_no, event_id FROM events").fetchall()),
            "actors": sql("SELECT count(*) FROM actors").fetchall(),
            "failures": sql("SELECT path, line, reason FROM failures").fetchall(),
            "mentions": sql("SELECT sum(num_mentions), count(*) FROM clusters").fetchall(),
            "clustered": sql("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchall(),
        }


def _ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire", "ingest", str(corpus), "--db", str(db),
            "--batch-size", "10"]  # fmt: skip


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_sigkill_at_random_points_then_resume_loses_and_doubles_nothing(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus.jsonl"
    assert write_corpus(corpus, 300) == 300
    env = dict(os.environ, PYTHONUNBUFFERED="1")

    # An uninterrupted run in a subprocess: the reference, and the time a whole run takes.
    reference_db = tmp_path / "reference.duckdb"
    started = time.monotonic()
    done = subprocess.run(_ingest_command(corpus, reference_db), env=env, capture_output=True)
    whole = time.monotonic() - started
    assert done.returncode == 1, done.stderr  # 1: the malformed line is reported
    assert b"corpus.jsonl:151: malformed JSON" in done.stderr
    reference = _snapshot(reference_db)
    assert reference["articles"] == [(300, 300)] and reference["clustered"] == [(0,)]
    assert reference["mentions"][0][0] == len(reference["events"])  # type: ignore[index]

    # Kills land at a random point of a run; a kill before the first batch is stored or after
    # the last one tests nothing, so the window moves towards the middle after such a miss
    # (the machine's speed drifts between runs) and trials go on until WANTED kills landed
    # mid-ingest (at least TRIALS trials). Every trial must resume to exactly the reference rows.
    rng = random.Random(2026)
    interrupted = trials = 0
    low, high = 0.3, 0.95
    while trials < TRIALS or (interrupted < WANTED and trials < MAX_TRIALS):
        db = tmp_path / f"trial{trials}.duckdb"
        process = subprocess.Popen(
            _ingest_command(corpus, db), env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(low, high) * whole)
        process.send_signal(signal.SIGKILL)
        process.wait()
        try:
            with open_store(db, read_only=True) as store:
                stored = store.counts()["articles"]
        except StoreError:  # killed before the schema was written, or before the file was made
            stored = 0
        if stored == 0:
            low, high = low + 0.1, high + 0.1
        elif stored >= 300:
            low, high = max(low - 0.1, 0.05), max(high - 0.1, 0.3)
        else:
            interrupted += 1
        with open_store(db) as store:  # resume
            store.ingest(read_inputs([str(corpus)]), pipeline, batch_size=10)
        assert _snapshot(db) == reference, f"trial {trials}: rows differ after resume"
        trials += 1
    print(f"{interrupted} of {trials} kills landed mid-ingest; a whole run took {whole:.1f} s")
    assert interrupted >= WANTED, f"only {interrupted} of {trials} kills landed mid-ingest"
