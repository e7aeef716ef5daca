"""compare, over_time, keyness and kwic against small hand-computed cases (exact numbers)."""

from __future__ import annotations

import importlib
import math

import numpy as np
import pandas as pd
import pytest

import discourse as dc

cmp = importlib.import_module("discourse.compare")  # the module; dc.compare is the function


@pytest.fixture
def quotes():
    return pd.DataFrame({
        "article_id": [1, 1, 2, 3],
        "speaker": ["A", "A", "A", "B"],
        "n_words": [10, 20, 30, 40],
        "n_hedges": [1, 0, 2, 4],
        "n_boosters": [0, 1, 0, 0],
        "compound": [0.5, -0.5, 0.2, None],
        "date": pd.to_datetime(["2020-03-01", "2020-03-01", "2021-05-01", "2021-07-01"]),
        "text": ["we may agree", "surely so", "maybe later", "no"],
    })


def test_compare_rates_and_cluster_bootstrap(quotes):
    out = cmp.compare(quotes, by="speaker", n_boot=500, random_state=1).set_index("speaker")
    a = out.loc["A"]
    assert (a["n_units"], a["n_articles"], a["n_words"]) == (3, 2, 60)
    assert a["hedges_per_1000"] == pytest.approx(1000 * 3 / 60)
    assert a["boosters_per_1000"] == pytest.approx(1000 * 1 / 60)
    assert math.isnan(a["quotes_per_1000"])  # not a rate when the units are quotes
    by_article = cmp.compare(quotes.assign(n_quotes=[1, 1, 1, 0]), by="speaker", unit="article", n_boot=0)
    assert by_article.set_index("speaker").loc["A", "quotes_per_1000"] == pytest.approx(1000 * 3 / 60)
    assert a["tone"] == pytest.approx((0.5 - 0.5 + 0.2) / 3)
    # two articles: resampling them gives 1/30 (article 1 twice) to 2/30 (article 2 twice) hedges per word
    assert a["hedges_per_1000_low"] == pytest.approx(1000 / 30)
    assert a["hedges_per_1000_high"] == pytest.approx(2000 / 30)
    assert math.isnan(out.loc["B", "tone"])  # no sentiment scores: no tone, not zero
    again = cmp.compare(quotes, by="speaker", n_boot=500, random_state=1)
    pd.testing.assert_frame_equal(out.reset_index(), again)


def test_compare_long_form_and_errors(quotes):
    long = cmp.compare(quotes, by="speaker", n_boot=0, form="long")
    assert set(long["measure"]) == set(cmp.MEASURES) and len(long) == 8
    assert long.loc[(long["speaker"] == "B") & (long["measure"] == "hedges_per_1000"), "value"].item() == 100.0
    with pytest.raises(ValueError, match="by: column"):
        cmp.compare(quotes, by="party")
    with pytest.raises(ValueError, match="unit"):
        cmp.compare(quotes, by="speaker", unit="word")
    with pytest.raises(ValueError, match="form"):
        cmp.compare(quotes, by="speaker", form="tall")


def test_over_time_by_year(quotes):
    out = cmp.over_time(quotes, freq="YE", n_boot=0)
    assert out["period"].tolist() == [pd.Timestamp("2020-01-01"), pd.Timestamp("2021-01-01")]
    assert out["hedges_per_1000"].tolist() == pytest.approx([1000 * 1 / 30, 1000 * 6 / 70])
    by_speaker = cmp.over_time(quotes, by="speaker", n_boot=0)
    assert list(by_speaker[["period", "speaker"]].itertuples(index=False, name=None)) == [
        (pd.Timestamp("2020-01-01"), "A"), (pd.Timestamp("2021-01-01"), "A"), (pd.Timestamp("2021-01-01"), "B")]
    with pytest.raises(ValueError, match="freq"):
        cmp.over_time(quotes, freq="fortnight")


def test_keyness_matches_hand_computation():
    t = pd.DataFrame({"group": ["x", "x", "y"],
                      "text": ["peace peace talks", "peace war", "war war talks"]})
    out = cmp.keyness(t, by="group", target="x", stop_words=None, min_count=1).set_index("term")
    # counts: x: peace 3, talks 1, war 1 (n=5); y: war 2, talks 1 (n=3); prior = all counts: peace 3, talks 2, war 3
    a = {"peace": 3.0, "talks": 2.0, "war": 3.0}
    a0, nt, nr = 8.0, 5.0, 3.0
    yt = {"peace": 3, "talks": 1, "war": 1}
    yr = {"peace": 0, "talks": 1, "war": 2}
    for w in a:
        d = (np.log((yt[w] + a[w]) / (nt + a0 - yt[w] - a[w])) - np.log((yr[w] + a[w]) / (nr + a0 - yr[w] - a[w])))
        se = np.sqrt(1 / (yt[w] + a[w]) + 1 / (yr[w] + a[w]))
        assert out.loc[w, "log_odds"] == pytest.approx(d)
        assert out.loc[w, "z"] == pytest.approx(d / se)
    assert out.index[0] == "peace" and out.index[-1] == "war"
    assert out.loc["peace", ["n_target", "n_reference"]].tolist() == [3, 0]


def test_keyness_counts_only_the_quoted_words_of_a_joined_quote():
    text = '"Peace now," the minister declared. "Peace talks must go on."'
    q = dc.quotes([text, '"War is near," the general warned. "War it will be, with war plans."'])
    assert q["segments"].str.contains(";").all()  # each quotation is one row in two parts
    q["group"] = ["x", "y"]
    out = cmp.keyness(q, by="group", target="x", stop_words=None, min_count=1).set_index("term")
    assert "declared" not in out.index and "minister" not in out.index and "general" not in out.index
    assert out.loc["peace", ["n_target", "n_reference"]].tolist() == [2, 0]
    assert out.loc["war", ["n_target", "n_reference"]].tolist() == [0, 3]


def test_keyness_errors():
    t = pd.DataFrame({"group": ["x"], "text": ["a"]})
    with pytest.raises(ValueError, match="reference"):
        cmp.keyness(t, by="group", target="x")
    with pytest.raises(ValueError, match="target"):
        cmp.keyness(t, by="group", target="z")


def test_kwic_words_wildcards_and_offsets():
    text = "Moscow backs safe zones. Washington wants safe-zone plans and safe zones now."
    out = cmp.kwic(text, "safe zone*", window=2)
    assert out["keyword"].tolist() == ["safe zones", "safe zones"]
    assert out["pre"].tolist() == ["Moscow backs", "plans and"]
    assert out["post"].tolist() == [". Washington wants", "now."]
    for r in out.itertuples():
        assert text[r.start:r.end] == r.keyword
    q = pd.DataFrame({"article_id": [0], "quote_id": [3], "start": [25], "text": [text[25:]]})
    inq = cmp.kwic(q, "wants")
    assert inq[["start", "quote_id"]].values.tolist() == [[36, 3]] and text[36:41] == "wants"
    assert len(cmp.kwic(text, r"safe[- ]zones?", regex=True)) == 3
