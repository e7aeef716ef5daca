"""The command line: discourse analyze / demo, and their help."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.cli import main
from discourse.pipeline import Analysis

from .conftest import ROOT, SEED_DIR


def test_analyze_writes_tables(tmp_path, capsys):
    assert main(["analyze", str(SEED_DIR), "-o", str(tmp_path), "--format", "csv", "-q"]) == 0
    assert {p.name for p in tmp_path.iterdir()} >= {"articles", "sentences", "quotes", "hedges", "errors"}
    assert len(pd.read_csv(tmp_path / "sentences" / "part-000000.csv")) == 13
    out = capsys.readouterr().out
    assert "sentences         13 rows" in out and "Analysis.from_dir" in out
    back = Analysis.from_dir(tmp_path)
    assert len(back.quotes) > 10


def test_demo_writes_tables_and_a_figure(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert main(["demo", "-o", str(tmp_path)]) == 0
    names = {p.name for p in tmp_path.iterdir()}
    assert {"articles.parquet", "articles.csv", "sentences.parquet"} <= names
    assert any(n.endswith(".png") for n in names)
    assert "read 1 article(s)" in capsys.readouterr().out


def test_missing_input_is_a_clear_error(tmp_path, capsys):
    assert main(["analyze", "nowhere/", "-o", str(tmp_path)]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_help_explains_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "analyze" in out and "demo" in out
