"""Readers turn files into articles and report, never drop, what they cannot read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventwire.ingest.readers import read_inputs
from eventwire.models import Article, Failure

DAY = dt.date(2017, 7, 25)


def _read(*paths: Path | str) -> list[Article | Failure]:
    return list(read_inputs(paths, DAY))


def test_txt_first_nonempty_line_is_title_and_rest_is_body(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("\n\nHeadline here\nBody sentence one. Body two.\n", encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.title == "Headline here"
    assert article.text == "Body sentence one. Body two.\n"
    assert article.date == DAY
    assert article.doc_id == "story"


def test_jsonl_date_wins_over_default_and_bad_line_is_reported_with_number(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a", "text": "Iraq protested.", "date": "2019-01-02", "title": "T"}\n'
        "{not json\n"
        '{"title": "no text"}\n'
        '{"text": "Russia met Iraq."}\n',
        encoding="utf-8",
    )
    results = _read(path)
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [a.doc_id for a in articles] == ["a", "feed-4"]
    assert articles[0].date == dt.date(2019, 1, 2)
    assert articles[1].date == DAY
    assert [f.origin for f in failures] == [f"{path}:2", f"{path}:3"]
    assert "malformed JSON" in failures[0].reason
    assert "missing required field 'text'" in failures[1].reason


def test_empty_file_gives_an_article_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.text == ""
    assert any("empty file" in w for w in article.warnings)


def test_binary_file_is_skipped_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x00\x00\x00binary")
    [failure] = _read(path)
    assert isinstance(failure, Failure)
    assert failure.origin == str(path)
    assert "binary" in failure.reason


def test_non_utf8_text_is_decoded_with_replacement_and_warned(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Title\nThe café in Bogotá.\n".encode("latin-1"))
    [article] = _read(path)
    assert isinstance(article, Article)
    assert "caf\ufffd" in article.text
    assert any("not valid UTF-8" in w for w in article.warnings)


def test_missing_path_and_unsupported_type_are_failures(tmp_path: Path) -> None:
    other = tmp_path / "data.csv"
    other.write_text("a,b\n", encoding="utf-8")
    results = _read(tmp_path / "nope.txt", other)
    assert all(isinstance(r, Failure) for r in results)
    assert "no such file" in results[0].reason  # type: ignore[union-attr]
    assert "unsupported file type '.csv'" in results[1].reason  # type: ignore[union-attr]


def test_folder_is_read_recursively_in_sorted_order_supported_files_only(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("T2\nBody two.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("T1\nBody one.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    results = _read(tmp_path)
    assert [r.doc_id for r in results if isinstance(r, Article)] == ["a", "two"]
    assert len(results) == 2


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = " ".join(["Russian Foreign Minister Sergei Lavrov met Iraqi officials in Moscow."] * 5)
    page.write_text(
        f"<html><head><title>Talks</title></head><body><nav>Home | About</nav>"
        f"<article><h1>Talks in Moscow</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    [article] = _read(page)
    assert isinstance(article, Article)
    assert "Sergei Lavrov met Iraqi officials" in article.text
    assert "Home | About" not in article.text


def test_html_publication_date_is_the_document_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = " ".join(["Iranian police arrested dozens of protesters in Tehran on Monday."] * 5)
    page.write_text(
        '<html><head><title>Arrests</title><meta property="article:published_time" '
        f'content="2024-03-12T08:00:00Z"></head><body><article><p>{body}</p></article>'
        "</body></html>",
        encoding="utf-8",
    )
    [article] = _read(page)
    assert isinstance(article, Article)
    assert article.date == dt.date(2024, 3, 12)
