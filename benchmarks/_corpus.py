"""What every benchmark shares: the bench corpus and its command-line option."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "bench-corpus" / "articles.jsonl"
)


def parser_for(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser described by the script's docstring, with ``--corpus``."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    return parser


def corpus_rows(corpus: Path, limit: int | None = None) -> list[dict[str, Any]] | None:
    """The corpus's JSON lines (the first ``limit``), or None after saying it is missing."""
    if not corpus.is_file():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return None
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    return rows[:limit] if limit else rows
