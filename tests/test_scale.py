"""Scale: parallel runs equal serial ones, streaming to part files with resume, Dask in and out."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse.pipeline import MANIFEST, Analysis, analyze_files

TEXTS = [
    'Russia may support the plan, Foreign Minister Sergey Lavrov said. "It could work," he added.',
    "The Kremlin said the White House did not consult it.",
    "",
    'Trump said he will "absolutely do safe zones" in Syria.',
    "No quotes here. Just two sentences.",
] * 3


def _same(a: Analysis, b: Analysis) -> None:
    for name in Analysis.TABLES:
        pd.testing.assert_frame_equal(getattr(a, name).reset_index(drop=True),
                                      getattr(b, name).reset_index(drop=True), check_dtype=False)


def test_parallel_equals_serial_with_every_table():
    serial = dc.analyze(TEXTS)
    parallel = dc.analyze(TEXTS, n_jobs=2, chunk_size=2)
    _same(serial, parallel)
    assert len(serial.quotes) > 0 and len(serial.hedges) > 0


def test_progress_bar_can_be_forced(capsys):
    dc.analyze(TEXTS[:2], progress=True)
    assert "article" in capsys.readouterr().err


def _corpus(tmp_path, n=7):
    src = tmp_path / "corpus"
    src.mkdir()
    for i in range(n):
        (src / f"a{i:02d}.txt").write_text(f"Title {i}\n\n{TEXTS[i % len(TEXTS)] or 'Empty.'}\n", encoding="utf-8")
    (src / "broken.json").write_text("{nope")
    return src


def test_analyze_files_streams_and_reads_back(tmp_path):
    src = _corpus(tmp_path)
    out = tmp_path / "out"
    summary = analyze_files(src, out, batch_size=3).set_index("table")
    assert summary.loc["articles", "rows"] == 8 and summary.loc["articles", "files"] == 3
    back = Analysis.from_dir(out)
    whole = dc.analyze(dc.read_articles(src))
    assert back.articles["article_id"].tolist() == [str(a) for a in whole.articles["article_id"]]
    assert back.quotes["text"].tolist() == whole.quotes["text"].tolist()
    assert back.errors["stage"].tolist() == ["read"]


def test_analyze_files_resumes_where_it_stopped(tmp_path, monkeypatch):
    src = _corpus(tmp_path)
    out = tmp_path / "out"
    import discourse.pipeline as pl

    real = pl.analyze
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the run is interrupted during the second batch
        return real(*args, **kwargs)

    monkeypatch.setattr(pl, "analyze", flaky)
    with pytest.raises(KeyboardInterrupt):
        analyze_files(src, out, batch_size=3)
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["part-000000.parquet"]
    monkeypatch.setattr(pl, "analyze", real)
    seen = []
    monkeypatch.setattr(pl, "analyze", lambda *a, **k: seen.append(1) or real(*a, **k))
    analyze_files(src, out, batch_size=3)
    assert len(seen) == 2  # batches 1 and 2 only
    assert len(Analysis.from_dir(out).articles) == 8
    with pytest.raises(ValueError, match="another run"):
        analyze_files(src, out, batch_size=2)
    assert (out / MANIFEST).exists()


def test_to_dir_from_dir_round_trip(tmp_path):
    res = dc.analyze(TEXTS)
    res.to_dir(tmp_path, format="parquet")
    back = Analysis.from_dir(tmp_path)
    assert back.quotes["speaker"].tolist() == res.quotes["speaker"].tolist()
    assert back.sentences["compound"].tolist() == pytest.approx(res.sentences["compound"].tolist())


def test_dask_dataframe_in_dask_tables_out():
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    df = pd.DataFrame({"article_id": [f"d{i}" for i in range(len(TEXTS))], "text": TEXTS})
    expected = dc.analyze(df)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
            distributed.Client(cl):
        lazy = dc.analyze(dd.from_pandas(df, npartitions=3))
        assert lazy.is_lazy and "lazy" in repr(lazy)
        assert list(lazy.quotes.columns) == list(expected.quotes.columns)
        got = lazy.compute()
    _same(expected, got)
