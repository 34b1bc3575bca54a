"""Data-set loaders: tiny hand-made files, errors, and the real data when it is there."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from eventwire.errors import DatasetError
from eventwire.eval.datasets import DATASETS, load_dataset, relabel_plover_2016

SHARED_DATA = Path(__file__).parents[3].parent / "shared" / "data"

needs_shared = pytest.mark.skipif(
    not SHARED_DATA.is_dir(),
    reason=f"shared data not found at {SHARED_DATA} (../shared/data relative to the repository)",
)

# --------------------------------------------------------------------------- tiny fixtures

PLOVER_FIXTURE = """[
{
    "id": "PLOVER-GSR01-DOCUMENT-0001",
    "event": "DOCUMENT",
    "eventText": "header"
},
{
    "id": "X-1", "date": "2000-01-01", "event": "DEMAND",
    "source": [{"actorText": "Iran", "code": "IRN"}],
    "text": "Iran demanded the release of its diplomats."
},
{
    "id": "X-2", "date": "2000-01-01", "event": "FIGHT", "mode": "",
    "text": "Troops clashed with rebels."
},
{
    "id": "X-2", "date": "2000-01-01", "event": "AGREE",
    "text": "They agreed to talk."
}
]
"""


def _write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_plover_loader_skips_header_relabels_and_dedupes_ids(tmp_path: Path) -> None:
    _write(tmp_path, "plover/PLOVER_GSR_CAMEO.txt", PLOVER_FIXTURE)
    docs = load_dataset("plover-gold", tmp_path)
    assert [d.doc_id for d in docs] == ["X-1", "X-2", "X-2#2"]
    assert [d.gold["type"] for d in docs] == ["REQUEST", "ASSAULT", "AGREE"]
    assert docs[0].gold["label_2016"] == "DEMAND"
    assert docs[1].gold["mode"] is None
    assert docs[0].article.text == "Iran demanded the release of its diplomats."
    assert docs[0].article.date == dt.date(2000, 1, 1)
    assert docs[0].article.doc_id == "X-1"
    assert docs[2].gold["line"] == 16


def test_relabel_table() -> None:
    assert relabel_plover_2016("DEMAND") == "REQUEST"
    assert relabel_plover_2016("DISAPPROVE") == "ACCUSE"
    assert relabel_plover_2016("INVESTIGATE") == "ACCUSE"
    assert relabel_plover_2016("FIGHT") == "ASSAULT"
    assert relabel_plover_2016("AGREE") == "AGREE"


def test_plover_record_without_text_names_file_and_line(tmp_path: Path) -> None:
    broken = PLOVER_FIXTURE.replace('"text": "They agreed to talk."', '"txt": "oops"')
    path = _write(tmp_path, "plover/PLOVER_GSR_CAMEO.txt", broken)
    with pytest.raises(DatasetError, match=rf"{path}:16: missing field 'text'"):
        load_dataset("plover-gold", tmp_path)


def test_petrarch_loader(tmp_path: Path) -> None:
    lines = [
        {
            "id": "DEMO-00",
            "date": "1995-01-01",
            "text": "Arnor is about to restore full diplomatic ties with Gondor.",
            "expected": [{"source": "ARN", "target": "GON", "code": "064"}],
            "expect_none": False,
            "evaluate": True,
        },
        {
            "id": "DEMO-04",
            "date": None,
            "date_raw": "950102",
            "text": "Not implemented.",
            "expected": [],
            "expect_none": True,
            "evaluate": False,
        },
    ]
    _write(
        tmp_path,
        "petrarch2-validation/cases.jsonl",
        "\n".join(json.dumps(x) for x in lines) + "\n",
    )
    docs = load_dataset("petrarch-unit", tmp_path)
    assert [d.doc_id for d in docs] == ["DEMO-00", "DEMO-04"]
    assert docs[0].gold["expected"] == [{"source": "ARN", "target": "GON", "code": "064"}]
    assert docs[1].gold["evaluate"] is False
    assert docs[1].gold["expect_none"] is True
    # null date: falls back to date_raw (YYMMDD, KEDS rule: 95 -> 1995)
    assert docs[1].article.date == dt.date(1995, 1, 2)


def test_jsonl_errors_name_file_and_line(tmp_path: Path) -> None:
    good = {"id": "a", "date": "2020-01-01", "text": "t", "expected": [], "expect_none": True}
    path = _write(
        tmp_path,
        "petrarch2-validation/gsr-cases.jsonl",
        json.dumps(good) + "\n\n{not json\n",
    )
    with pytest.raises(DatasetError, match=rf"{path}:3: invalid JSON"):
        load_dataset("petrarch-gsr", tmp_path)
    bad_triple = {**good, "expected": [{"source": "USA", "code": "042"}], "expect_none": False}
    _write(tmp_path, "petrarch2-validation/gsr-cases.jsonl", json.dumps(bad_triple) + "\n")
    with pytest.raises(DatasetError, match=rf"{path}:1: each expected event"):
        load_dataset("petrarch-gsr", tmp_path)


def test_dev_articles_loader_and_errors(tmp_path: Path) -> None:
    record = {
        "id": "d01",
        "date": "2018-04-27",
        "title": "Korean leaders meet",
        "text": "Kim Jong Un crossed into South Korea.",
        "gold": [{"source": "PRK", "type": "CONSULT", "target": "KOR"}],
    }
    path = _write(tmp_path, "dev-articles/articles.jsonl", json.dumps(record) + "\n")
    (only,) = load_dataset("dev-articles", tmp_path)
    assert only.doc_id == "d01"
    assert only.article.title == "Korean leaders meet"
    assert only.article.date == dt.date(2018, 4, 27)
    assert only.gold == record["gold"]
    broken = {**record, "date": "27/04/2018"}
    _write(tmp_path, "dev-articles/articles.jsonl", json.dumps(broken) + "\n")
    with pytest.raises(DatasetError, match=rf"{path}:1: date '27/04/2018'"):
        load_dataset("dev-articles", tmp_path)


def test_team_articles_are_bundled_and_split_in_halves(tmp_path: Path) -> None:
    docs = load_dataset("team-articles", tmp_path)  # no copy under the root: the bundled one
    halves = Counter(d.half for d in docs)
    assert halves == {"tuning": 142, "held-out": 149}
    assert all(d.gold and d.article.date is not None for d in docs)
    record = {"id": "x1", "half": "train", "text": "Kim met Moon.", "gold": []}
    path = _write(tmp_path, "team-articles/articles.jsonl", json.dumps(record) + "\n")
    with pytest.raises(DatasetError, match=rf"{path}:1: field 'half' must be one of"):
        load_dataset("team-articles", tmp_path)


def test_seed_loader_splits_title_and_body(tmp_path: Path) -> None:
    gold = {
        "article": "article.txt",
        "document_date": "2017-07-25",
        "required": [{"source": "RUS", "type": "CONSULT", "target": "IRQ"}],
        "optional": [],
        "forbidden": [],
    }
    _write(tmp_path, "seed/gold.json", json.dumps(gold))
    _write(tmp_path, "seed/article.txt", "\n\nPutin to meet Iraq VP\nBody one.\nBody two.\n")
    (seed,) = load_dataset("seed", tmp_path)
    assert seed.doc_id == "seed"
    assert seed.article.title == "Putin to meet Iraq VP"
    assert seed.article.text == "Body one.\nBody two."
    assert seed.article.date == dt.date(2017, 7, 25)


def test_missing_files_and_unknown_names(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="unknown data set 'nope'"):
        load_dataset("nope", tmp_path)
    with pytest.raises(DatasetError, match="data root not found"):
        load_dataset("seed", tmp_path / "absent")
    with pytest.raises(DatasetError, match=r"gold\.json: file not found"):
        load_dataset("seed", tmp_path)


# --------------------------------------------------------------------------- real data


@needs_shared
@pytest.mark.shared
def test_real_counts() -> None:
    counts = {name: len(load_dataset(name, SHARED_DATA)) for name in DATASETS}
    assert counts == {
        "seed": 1,
        "plover-gold": 322,
        "petrarch-gsr": 78,
        "petrarch-unit": 284,
        "dev-articles": 15,
        "team-articles": 291,
        "when-where-who": 47,
        "actors": 35,
    }


@needs_shared
@pytest.mark.shared
def test_real_seed() -> None:
    (seed,) = load_dataset("seed", SHARED_DATA)
    assert len(seed.gold["required"]) == 6
    assert seed.article.date == dt.date(2017, 7, 25)
    assert seed.article.title is not None
    assert seed.article.title.startswith("Putin to meet Iraq VP")
    assert "Copyright" in seed.article.text
    assert seed.article.title not in seed.article.text


@needs_shared
@pytest.mark.shared
def test_real_plover_gold() -> None:
    docs = load_dataset("plover-gold", SHARED_DATA)
    assert len({d.doc_id for d in docs}) == 322
    types = Counter(d.gold["type"] for d in docs)
    assert not {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"} & set(types)
    assert types["REQUEST"] == 34
    assert types["ACCUSE"] == 16 + 9
    assert types["ASSAULT"] == 15 + 17
    assert all(d.article.text.strip() for d in docs)


@needs_shared
@pytest.mark.shared
def test_real_petrarch() -> None:
    gsr = load_dataset("petrarch-gsr", SHARED_DATA)
    assert len(gsr) == 78
    assert sum(len(d.gold["expected"]) for d in gsr) == 80
    assert sum(d.gold["expect_none"] for d in gsr) == 12
    assert all(d.article.date is not None for d in gsr)
    unit = load_dataset("petrarch-unit", SHARED_DATA)
    assert len(unit) == 284
    assert sum(d.gold["evaluate"] for d in unit) == 279
    assert sum(d.gold["expect_none"] for d in unit) == 27
    assert len({d.doc_id for d in unit}) == 284


@needs_shared
@pytest.mark.shared
def test_real_dev_articles() -> None:
    docs = load_dataset("dev-articles", SHARED_DATA)
    assert len(docs) == 15
    assert sum(len(d.gold) for d in docs) == 50
    assert all(d.article.date is not None for d in docs)
