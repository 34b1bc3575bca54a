"""Readers: files, folders and stdin -> Article records (or Failure records, never exceptions).

Supported: ``.txt`` (one article; the first non-empty line is the title), ``.jsonl`` (one article
per line: ``text`` required; ``id``, ``title``, ``date``, ``url`` optional) and ``.html``/``.htm``
(main text and metadata extracted with trafilatura). A folder is read recursively, supported
files only, in sorted order so runs are reproducible.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..models import Article, Failure

SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
_BINARY_SNIFF = 8192


def read_inputs(
    paths: Iterable[str | Path], default_date: dt.date | None = None
) -> Iterator[Article | Failure]:
    """Yield an Article for every readable input and a Failure for every unreadable one."""
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stdin(default_date)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            if not files:
                yield Failure(str(path), "folder holds no .txt, .jsonl, .html or .htm files")
            for file in files:
                yield from read_file(file, default_date)
        elif path.is_file():
            yield from read_file(path, default_date)
        else:
            yield Failure(str(path), "no such file or directory")


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many inputs ``read_inputs`` will yield (for a progress bar); None for stdin."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        files = (
            [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES]
            if path.is_dir()
            else [path]
        )
        for file in files:
            if file.suffix.lower() == ".jsonl" and file.is_file():
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def read_file(path: Path, default_date: dt.date | None = None) -> Iterator[Article | Failure]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Failure(
            origin, f"unsupported file type {suffix or '(none)'!r}; use .txt, .jsonl, .html"
        )
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(origin, f"cannot read: {exc.strerror or exc}")
        return
    if b"\x00" in data[:_BINARY_SNIFF]:
        yield Failure(origin, "binary file (NUL bytes), skipped")
        return
    text, warnings = _decode(data, origin)
    if suffix == ".jsonl":
        yield from parse_jsonl(text, origin, default_date, warnings)
    elif suffix in (".html", ".htm"):
        yield article_from_html(text, path.stem, origin, default_date, warnings)
    else:
        yield article_from_text(text, path.stem, origin, default_date, warnings)


def _read_stdin(default_date: dt.date | None) -> Iterator[Article | Failure]:
    text, warnings = _decode(sys.stdin.buffer.read(), "<stdin>")
    if text.lstrip().startswith("{"):
        yield from parse_jsonl(text, "<stdin>", default_date, warnings)
    else:
        doc_id = "stdin-" + hashlib.sha1(text.encode()).hexdigest()[:10]
        yield article_from_text(text, doc_id, "<stdin>", default_date, warnings)


def _decode(data: bytes, origin: str) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        return data.decode("utf-8", errors="replace"), (
            f"{origin}: not valid UTF-8 (first bad byte at offset {exc.start}); "
            "decoded with replacement characters",
        )


def article_from_text(
    content: str,
    doc_id: str,
    origin: str,
    default_date: dt.date | None,
    warnings: tuple[str, ...] = (),
) -> Article:
    """A plain-text article: the first non-empty line is the title, the rest is the body."""
    lines = content.splitlines(keepends=True)
    title = None
    body = content
    for index, line in enumerate(lines):
        if line.strip():
            title = line.strip()
            body = "".join(lines[index + 1 :])
            break
    if not body.strip():
        if title is None:
            warnings = (*warnings, f"{origin}: empty file, nothing to code")
        else:  # a one-line file is a one-sentence article, not a title without text
            body, title = content, None
    return Article(
        doc_id=doc_id, text=body, title=title, date=default_date, origin=origin, warnings=warnings
    )


def parse_jsonl(
    content: str, origin: str, default_date: dt.date | None, warnings: tuple[str, ...] = ()
) -> Iterator[Article | Failure]:
    stem = Path(origin).stem
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield _from_record(record, f"{stem}-{number}", where, default_date, warnings)
        except ValueError as exc:
            yield Failure(where, str(exc))


def _from_record(
    record: Any,
    fallback_id: str,
    origin: str,
    default_date: dt.date | None,
    warnings: tuple[str, ...],
) -> Article:
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("missing required field 'text' (a string)")
    date = default_date
    if record.get("date"):
        date = parse_iso_date(str(record["date"]), "field 'date'")
    if not text.strip():
        warnings = (*warnings, f"{origin}: empty text, nothing to code")
    title = record.get("title")
    url = record.get("url")
    return Article(
        doc_id=str(record.get("id") or fallback_id),
        text=text,
        title=str(title) if title else None,
        date=date,
        url=str(url) if url else None,
        origin=origin,
        warnings=warnings,
    )


def parse_iso_date(value: str, what: str = "date") -> dt.date:
    """Parse YYYY-MM-DD (a longer ISO timestamp is cut to its date)."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a date in YYYY-MM-DD form") from None


def article_from_html(
    content: str,
    doc_id: str,
    origin: str,
    default_date: dt.date | None,
    warnings: tuple[str, ...] = (),
    url: str | None = None,
) -> Article | Failure:
    """The main text and metadata of an HTML page (trafilatura); ``url`` overrides the page's
    own canonical address."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(content, with_metadata=True)
    if extracted is None:
        return Failure(origin, "no main text found in the HTML page")
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = meta.get("text") or ""
    date = default_date
    if meta.get("date"):
        try:
            date = parse_iso_date(str(meta["date"]))
        except ValueError:
            warnings = (*warnings, f"{origin}: unreadable page date {meta['date']!r}")
    if not text.strip():
        warnings = (*warnings, f"{origin}: empty text, nothing to code")
    return Article(
        doc_id=doc_id,
        text=text,
        title=meta.get("title") or None,
        date=date,
        url=url or meta.get("url") or None,
        origin=origin,
        warnings=warnings,
    )
