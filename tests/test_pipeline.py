"""analyze and Analysis: every article kept, fixed schemas, errors collected, files written."""

from __future__ import annotations

import importlib

import pandas as pd
import pytest

import discourse as dc
from discourse import schema


def test_analyze_seed(seed_articles):
    res = dc.analyze(seed_articles)
    assert len(res.articles) == 1 and len(res.sentences) == 13
    assert res.articles.iloc[0]["title"] == seed_articles.iloc[0]["title"]
    for name in ("articles", "sentences", "quotes", "hedges", "errors"):
        df = getattr(res, name)
        assert list(df.columns[: len(schema.columns(name, extra=True))]) == schema.columns(name, extra=True)
    row = res.articles.iloc[0]
    assert row["n_sentences"] == 13 and row["n_quotes"] == len(res.quotes)
    assert row["n_hedges"] + row["n_boosters"] == len(res.hedges)
    assert res.sentences["n_hedges"].sum() == (res.hedges["category"] == "hedge").sum()
    assert -1 <= row["compound"] <= 1
    assert "13 sentences" in repr(res)


def test_empty_input_gives_empty_tables_with_columns():
    res = dc.analyze([])
    for name, df in res.tables().items():
        assert len(df) == 0
        assert list(df.columns[: len(schema.columns(name))]) == schema.columns(name)


def test_none_and_nan_texts_are_kept():
    res = dc.analyze(["A sentence.", None, float("nan"), ""])
    assert res.articles["article_id"].tolist() == [0, 1, 2, 3]
    assert res.articles["n_words"].tolist() == [2, 0, 0, 0]
    assert len(res.sentences) == 1 and len(res.errors) == 0


def test_failure_in_one_article_is_collected(monkeypatch):
    quotes_module = importlib.import_module("discourse.quotes")
    real = quotes_module.extract

    def boom(doc, **kw):
        if doc.article_id == 1:
            raise RuntimeError("analyser broke")
        return real(doc, **kw)

    monkeypatch.setattr(quotes_module, "extract", boom)
    res = dc.analyze(["The plan will work, he said.", "It may be late, he said.", "Three."])
    assert len(res.articles) == 3 and len(res.sentences) == 3
    assert res.errors.to_dict("records") == [
        {"article_id": 1, "stage": "quotes", "message": "RuntimeError: analyser broke"}]
    # the other stages of the failing article still ran; its quotes are missing, not the article
    assert res.hedges["article_id"].tolist() == [1] and res.quotes["article_id"].tolist() == [0]
    assert res.articles["n_quotes"].tolist() == [1, 0, 0]
    with pytest.raises(RuntimeError, match="analyser broke"):
        dc.analyze(["One.", "Two."], errors="raise")


def test_parameters_are_checked():
    with pytest.raises(ValueError, match="errors: expected one of"):
        dc.analyze("x", errors="ignore")
    with pytest.raises(ValueError, match="n_jobs"):
        dc.analyze("x", n_jobs=0)
    with pytest.raises(ValueError, match="chunk_size"):
        dc.analyze(["x", "y"], chunk_size=0)


def test_parallel_run_equals_serial():
    texts = [f"Article {i}. It has two sentences." for i in range(12)]
    a = dc.analyze(texts)
    b = dc.analyze(texts, n_jobs=2, chunk_size=3)
    pd.testing.assert_frame_equal(a.sentences, b.sentences)
    pd.testing.assert_frame_equal(a.articles, b.articles)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_to_dir_writes_every_table(tmp_path, seed_articles, fmt):
    res = dc.analyze(seed_articles)
    files = res.to_dir(tmp_path, format=fmt)
    assert sorted(f.name for f in files) == sorted(f"{t}.{fmt}" for t in res.TABLES)
    back = pd.read_parquet(tmp_path / "sentences.parquet") if fmt == "parquet" else pd.read_csv(
        tmp_path / "sentences.csv")
    assert back["text"].tolist() == res.sentences["text"].tolist()
    with pytest.raises(ValueError, match="format: expected one of"):
        res.to_dir(tmp_path, format="xlsx")


def test_schema_conform_keeps_extra_columns_and_fills_missing():
    df = schema.conform(pd.DataFrame({"article_id": [1], "extra": ["e"]}), "errors")
    assert list(df.columns) == ["article_id", "stage", "message", "extra"]
    assert df["stage"].isna().all()
    with pytest.raises(ValueError, match="table: expected one of"):
        schema.empty("nope")
