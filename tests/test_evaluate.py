"""evaluate: P/R/F1 on hand-made cases with known answers, JSON gold, and the hand-coding round trip."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from discourse import evaluate
from discourse.pipeline import Analysis


def _gold(rows):
    base = {"gold_id": 0, "text": "", "speaker_start": float("nan"), "speaker_end": float("nan")}
    return pd.DataFrame([{**base, "gold_id": i, **r} for i, r in enumerate(rows)])


def _pred(rows):
    base = {"text": "", "speaker": None, "speaker_start": float("nan"), "speaker_end": float("nan")}
    return pd.DataFrame([{**base, "quote_id": i, **r} for i, r in enumerate(rows)])


def test_all_track_half_overlap_rule_and_speaker():
    gold = _gold([
        {"article_id": 0, "kind": "indirect", "start": 0, "end": 100, "speaker_start": 120.0, "speaker_end": 126.0},
        {"article_id": 0, "kind": "direct", "start": 200, "end": 300},
        {"article_id": 1, "kind": "indirect", "start": 0, "end": 10},
    ])
    pred = _pred([
        {"article_id": 0, "kind": "indirect", "start": 10, "end": 100, "speaker_start": 118.0, "speaker_end": 121.0},
        {"article_id": 0, "kind": "direct", "start": 200, "end": 240},  # covers 40% of gold: no match (all)
        {"article_id": 2, "kind": "direct", "start": 0, "end": 5},      # spurious
    ])
    ev = evaluate.quotes(pred, gold)
    assert (ev.tp, ev.n_pred, ev.n_gold) == (1, 3, 3)
    assert ev.precision == pytest.approx(1 / 3) and ev.recall == pytest.approx(1 / 3)
    assert ev.speaker_f1 == pytest.approx(1 / 3)
    assert ev.table["status"].value_counts().to_dict() == {"missed": 2, "spurious": 2, "match": 1}


def test_direct_track_quarter_rule():
    gold = _gold([{"article_id": 0, "kind": "direct", "start": 200, "end": 300},
                  {"article_id": 0, "kind": "indirect", "start": 0, "end": 100}])
    pred = _pred([{"article_id": 0, "kind": "mixed", "start": 190, "end": 230},   # 30 of 40 inside, covers 30%
                  {"article_id": 0, "kind": "indirect", "start": 0, "end": 100}])  # not in the direct track
    ev = evaluate.quotes(pred, gold, track="direct")
    assert (ev.tp, ev.n_pred, ev.n_gold) == (1, 1, 1)
    assert ev.f1 == 1.0 and ev.speaker_f1 == 1.0  # no speaker on either side counts as right
    with pytest.raises(ValueError, match="track"):
        evaluate.quotes(pred, gold, track="some")


def test_one_to_one_greedy_matching():
    gold = _gold([{"article_id": 0, "kind": "indirect", "start": 0, "end": 100}])
    pred = _pred([{"article_id": 0, "kind": "indirect", "start": 0, "end": 90},
                  {"article_id": 0, "kind": "indirect", "start": 0, "end": 100}])
    ev = evaluate.quotes(pred, gold)
    assert ev.tp == 1 and ev.table.loc[ev.table["status"] == "match", "pred_id"].tolist() == [1]


def test_json_gold_and_hedges(tmp_path):
    text = "Russia may support it, Lavrov said. He added that it would absolutely work."
    articles = pd.DataFrame({"article_id": ["a"], "text": [text]})
    gold = {"article": "a.txt", "quotes": [
        {"kind": "indirect", "speaker": "Sergey Lavrov", "mention": "Lavrov", "cue": "said",
         "content": "Russia may support it", "hedges": ["may"]},
        {"kind": "indirect", "speaker": "Sergey Lavrov", "mention": "He", "cue": "added",
         "content": "it would absolutely work", "hedges": ["would"], "boosters": ["absolutely"]},
        {"kind": "direct", "speaker": "X", "mention": None, "cue": None, "content": "not in the text"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    qgold, hgold = evaluate.read_gold_json(tmp_path, articles)
    assert qgold[["start", "end"]].values.tolist() == [[0, 21], [50, 74]]
    assert qgold["speaker_start"].tolist() == [23.0, 36.0]
    assert qgold.attrs["unlocated"] == [("a", "not in the text")]
    assert hgold[["text", "start", "category"]].values.tolist() == [
        ["may", 7, "hedge"], ["would", 53, "hedge"], ["absolutely", 59, "booster"]]
    pred = pd.DataFrame({"article_id": ["a", "a", "a"], "start": [7, 53, 0], "end": [10, 58, 6],
                         "text": ["may", "would", "Russia"], "category": ["hedge", "booster", "hedge"]})
    ev = evaluate.hedges(pred, hgold)
    assert (ev.tp, ev.n_pred, ev.n_gold) == (1, 3, 3)  # "would" has the wrong category
    assert evaluate.hedges(pred, hgold, by_category=False).tp == 2


def test_sample_for_coding_round_trip(tmp_path):
    q = pd.DataFrame({"article_id": [0] * 10, "quote_id": range(10),
                      "kind": ["direct"] * 6 + ["indirect"] * 3 + ["mixed"],
                      "speaker": ["A"] * 10, "speaker_mention": ["A"] * 10, "cue": ["said"] * 10,
                      "text": [f"q{i}" for i in range(10)], "start": range(0, 100, 10), "end": range(5, 105, 10)})
    s = pd.DataFrame({"article_id": [0], "sentence_id": [0], "start": [0], "end": [200], "text": ["ctx"]})
    res = Analysis(articles=pd.DataFrame(), sentences=s, quotes=q)
    path = tmp_path / "coding.csv"
    sample = evaluate.sample_for_coding(res, n=5, random_state=1, path=path)
    assert len(sample) == 5
    assert sample["kind"].value_counts().to_dict() == {"direct": 3, "indirect": 1, "mixed": 1}
    again = evaluate.sample_for_coding(res, n=5, random_state=1)
    assert again["quote_id"].tolist() == sample["quote_id"].tolist()
    coded = evaluate.read_coding(path)
    coded["is_attribution"] = [1, 1, 1, 0, 1]
    summary = evaluate.coding_summary(coded).set_index("measure")
    assert summary.loc["is_attribution", ["n_coded", "n_correct"]].tolist() == [5, 4]
    assert summary.loc["is_attribution", "share"] == pytest.approx(0.8)
    lo, hi = summary.loc["is_attribution", ["ci_low", "ci_high"]]
    assert lo == pytest.approx(0.3755, abs=1e-3) and hi == pytest.approx(0.9638, abs=1e-3)  # Wilson interval
    with pytest.raises(ValueError, match="n: expected"):
        evaluate.sample_for_coding(res, n=0)


def test_wrong_gold_type_names_the_argument():
    import pytest

    q = pd.DataFrame({"article_id": [0], "kind": ["direct"], "start": [0], "end": [5]})
    with pytest.raises(TypeError, match="gold: expected a DataFrame.*pass one of them"):
        evaluate.quotes(q, (q, q))
