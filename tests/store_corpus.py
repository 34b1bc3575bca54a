"""A synthetic corpus for store tests: short articles built from templates, with syndicated
copies (same text, other outlet) and one malformed line."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

_COUNTRIES = [
    ("Russian", "Russia", "Moscow"),
    ("Ukrainian", "Ukraine", "Kyiv"),
    ("French", "France", "Paris"),
    ("German", "Germany", "Berlin"),
    ("Iranian", "Iran", "Tehran"),
    ("Israeli", "Israel", "Jerusalem"),
    ("Turkish", "Turkey", "Ankara"),
    ("Egyptian", "Egypt", "Cairo"),
    ("Indian", "India", "New Delhi"),
    ("Pakistani", "Pakistan", "Islamabad"),
]
_TEMPLATES = [
    "{A} troops attacked {B} positions near {city} on {day}.",
    "The {A} foreign minister met the {B} foreign minister in {city} on {day}.",
    "{A} protesters demonstrated in {city} against the {B} embassy on {day}.",
    "The {A} government accused {b} of spying on {day}.",
    "{a} imposed sanctions on {B} banks on {day}.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_OUTLETS = ["reuters.com", "apnews.com", "bbc.co.uk", "aljazeera.com"]


def write_corpus(path: Path, articles: int = 300, seed: int = 7) -> int:
    """Write ``articles`` inputs (every tenth a syndicated copy of the one before, one line
    malformed) to ``path``; returns the number of well-formed articles."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    lines: list[str] = []
    previous: dict[str, str] | None = None
    for i in range(articles):
        if i % 10 == 9 and previous is not None:
            record = dict(previous, id=f"art{i:04d}", url=f"https://{_OUTLETS[i % 4]}/art{i:04d}")
        else:
            (adj_a, a, city), (adj_b, b, _) = rng.sample(_COUNTRIES, 2)
            sentences = [
                rng.choice(_TEMPLATES).format(
                    A=adj_a, B=adj_b, a=a, b=b, city=city, day=rng.choice(_DAYS)
                )
                for _ in range(2)
            ]
            record = {
                "id": f"art{i:04d}",
                "date": (start + dt.timedelta(days=i // 3)).isoformat(),
                "url": f"https://{_OUTLETS[i % 4]}/art{i:04d}",
                "title": f"Report {i}",
                "text": " ".join(sentences),
            }
        previous = record
        lines.append(json.dumps(record))
    lines.insert(articles // 2, '{"id": "broken", "text": ')  # a malformed line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return articles
