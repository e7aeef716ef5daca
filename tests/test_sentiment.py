"""Sentiment: offline VADER through NLTK, scoring each text once, levels, targets, bad input."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import discourse as dc
from discourse.segment import make_doc

from .conftest import shared_path

S = importlib.import_module("discourse.sentiment")  # the module (dc.sentiment is the function)
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def nltk_reference():
    """NLTK's own analyser on the lexicon packaged with vaderSentiment, built independently of ours."""
    import nltk.data
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    path = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    nltk.data.path.insert(0, str(path.parent))
    try:
        return SentimentIntensityAnalyzer(lexicon_file=path.as_uri())
    finally:
        nltk.data.path.remove(str(path.parent))


# ---------------------------------------------------------------- equality with NLTK's VADER
_REF = None


def _ref():
    global _REF
    if _REF is None:
        _REF = nltk_reference()
    return _REF


vader_soup = st.lists(st.sampled_from(
    ["good", "bad", "not", "very", "kind", "of", "but", "GREAT", "Good", ":)", ":-(", "“nice”", "'s", "n't", "no",
     "!", "!!", "!!!", "?", "?!?", ".", ",", "-", '"', "'", "(", ")", " ", " ", " ", "\n", "a", "xx", "love", "hate",
     "without", "doubt", "the shit", "yeah right", "kiss of death", "least", "never", "so", "extremely", "sort of"]),
    max_size=40).map("".join)


@given(st.one_of(vader_soup, st.text(max_size=80)))
def test_fast_sentitext_scores_equal_nltk(text):
    """Our analyser replaces NLTK's quadratic word/punctuation mapping; its scores must not change."""
    assert S.analyzer().polarity_scores(text) == _ref().polarity_scores(text)

def test_scores_equal_nltk_vader_on_nyt_dev():
    rows = [json.loads(line) for line in shared_path("eval", "sentiment", "nyt_editorials_dev.jsonl").open()]
    texts = [r["text"] for r in rows]
    ref = nltk_reference()
    assert len(texts) == 2583
    assert S.score_texts(texts) == [ref.polarity_scores(t) for t in texts]


def test_sentence_rows_equal_nltk_vader():
    ref = nltk_reference()
    text = "The talks were a great success. The war is a disaster!! Nothing happened."
    df = dc.sentiment(text)
    assert df["text"].tolist() == [
        "The talks were a great success.",
        "The war is a disaster!!",
        "Nothing happened.",
    ]
    for r in df.itertuples():
        assert {k: getattr(r, k) for k in ("neg", "neu", "pos", "compound")} == ref.polarity_scores(r.text)
        assert text[r.start : r.end] == r.text and r.unit_id == r.sentence_id


# ---------------------------------------------------------------- offline provisioning
def test_lexicon_provisioned_into_private_folder_without_touching_nltk(tmp_path, monkeypatch):
    import nltk.data

    monkeypatch.setenv("DISCOURSE_DATA", str(tmp_path))
    S.vader_lexicon_path.cache_clear()
    S.analyzer.cache_clear()
    S._valence_analyzer.cache_clear()
    before = list(nltk.data.path)
    try:
        path = S.vader_lexicon_path()
        assert path == tmp_path / "vader" / "vader_lexicon.txt" and path.is_file()
        assert S.analyzer().polarity_scores("good")["compound"] > 0
        assert list(nltk.data.path) == before
    finally:
        S.vader_lexicon_path.cache_clear()
        S.analyzer.cache_clear()
        S._valence_analyzer.cache_clear()


# ---------------------------------------------------------------- each text scored once
class Counter:
    def __init__(self, fn):
        self.fn, self.calls = fn, []

    def __call__(self, text):
        self.calls.append(text)
        return self.fn(text)


def test_each_distinct_text_scored_once(monkeypatch):
    counter = Counter(S.analyzer().polarity_scores)
    monkeypatch.setattr(S.analyzer(), "polarity_scores", counter)
    out = S.score_texts(["Good.", "Bad.", "Good.", "", "Good."])
    assert counter.calls == ["Good.", "Bad."]
    assert out[0] == out[2] == out[4] and out[3] == S.NEUTRAL


def test_quote_equal_to_a_sentence_is_not_scored_twice(monkeypatch):
    counter = Counter(S.analyzer().polarity_scores)
    monkeypatch.setattr(S.analyzer(), "polarity_scores", counter)
    text = 'Lavrov spoke. "This is a terrible idea." He left.'
    doc = make_doc(text)
    q = {"start": text.index('"'), "end": text.index('."') + 2}
    res = S.score(doc, quotes=[q])
    assert len(counter.calls) == 3
    assert res["quotes"][0] == res["sentences"][1] and res["quotes"][0]["compound"] < 0
    assert set(res) == {"sentences", "quotes", "document", "targets"}


# ---------------------------------------------------------------- levels
def test_document_level_is_length_weighted_mean_of_sentences():
    text = "The talks were a great success. The war is a long, bloody and terrible disaster for everyone."
    sent = dc.sentiment(text)
    doc = dc.sentiment(text, level="document")
    words = dc.sentences(text)["n_words"].tolist()
    assert words == [6, 11]
    expected = sum(c * w for c, w in zip(sent["compound"], words, strict=True)) / sum(words)
    assert doc["compound"].iloc[0] == pytest.approx(expected, abs=1e-4)
    assert (doc["start"].iloc[0], doc["end"].iloc[0]) == (0, len(text))


def test_quote_level_from_quote_rows():
    texts = ['He said: "We are very happy with the deal."', "No quotes here."]
    quotes = pd.DataFrame(
        {
            "article_id": [0],
            "quote_id": [3],
            "start": [texts[0].index('"') + 1],
            "end": [texts[0].rindex('"')],
        }
    )
    df = dc.sentiment(texts, level="quote", quotes=quotes)
    assert df[["article_id", "unit_id", "quote_id"]].values.tolist() == [[0, 3, 3]]
    assert df["text"].iloc[0] == "We are very happy with the deal." and df["compound"].iloc[0] > 0.5


def test_quote_level_extracts_quotes_when_none_given(seed_articles):
    df = dc.sentiment(seed_articles, level="quote")
    text = seed_articles["text"].iloc[0]
    assert len(df) >= 10 and (df["unit_id"] == df["quote_id"]).all()
    assert all(text[a:b] == t for a, b, t in zip(df["start"], df["end"], df["text"], strict=True))


def test_bad_level_and_targets_are_clear_errors():
    with pytest.raises(ValueError, match="level"):
        dc.sentiment("x", level="paragraph")
    with pytest.raises(ValueError, match="targets"):
        dc.sentiment("x", targets=[])
    with pytest.raises(ValueError, match="targets"):
        dc.sentiment("x", targets=[" "])
    with pytest.raises(TypeError, match="data"):
        dc.sentiment(42)


# ---------------------------------------------------------------- tone toward a target
def test_targets_score_the_words_around_each_mention():
    text = (
        "Washington was praised for its courage and generosity. Critics attacked Moscow over the deadly "
        "strikes. Moscow held talks on Monday."
    )
    df = dc.sentiment(text, targets=["Moscow", "Washington"])
    assert df[["target", "sentence_id", "polarity"]].values.tolist() == [
        ["Washington", 0, 1],
        ["Moscow", 1, -1],
        ["Moscow", 2, 0],
    ]
    for r in df.itertuples():
        assert text[r.mention_start : r.mention_end] == r.target
        assert r.start <= r.mention_start < r.mention_end <= r.end


def test_speaker_is_not_scored_by_the_words_they_quote():
    text = '"The bombing of civilians is a horrible, criminal disaster," Peskov said.'
    row = dc.sentiment(text, targets="Peskov").iloc[0]
    assert row["polarity"] == 0
    assert dc.sentiment(text)["compound"].iloc[0] < -0.5
    reported = dc.sentiment("Peskov said the bombing was a horrible, criminal disaster.", targets="Peskov")
    assert reported["polarity"].tolist() == [0]


def test_news_additions_only_change_target_tone():
    text = "Lawmakers slammed Moscow."
    assert dc.sentiment(text)["compound"].iloc[0] == nltk_reference().polarity_scores(text)["compound"] == 0
    assert dc.sentiment(text, targets="Moscow")["polarity"].tolist() == [-1]


def test_multiword_targets_case_insensitive():
    df = dc.sentiment("The White House welcomed the deal. the white house said so.", targets=["White House"])
    assert df["mention_start"].tolist() == [4, 39]


# ---------------------------------------------------------------- bad input and properties
@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_empty_and_whitespace_are_neutral(text):
    assert len(dc.sentiment(text)) == 0
    doc = dc.sentiment(text, level="document").iloc[0]
    assert (doc["neg"], doc["neu"], doc["pos"], doc["compound"]) == (0.0, 1.0, 0.0, 0.0)
    assert S.score_texts([text]) == [S.NEUTRAL]


def test_non_english_text_gives_rows_not_errors():
    df = dc.sentiment(["Россия может поддержать инициативу.", "这是一个测试。", "C'est une catastrophe !"])
    assert sorted(df["article_id"].unique()) == [0, 1, 2]
    assert df["compound"].between(-1, 1).all()


@given(st.text(max_size=300))
def test_any_string_gives_valid_rows(text):
    for level in ("sentence", "document"):
        df = dc.sentiment(text, level=level)
        assert df["compound"].between(-1, 1).all()
        if level == "sentence":
            assert all(text[a:b] == t for a, b, t in zip(df["start"], df["end"], df["text"], strict=True))


@given(st.text(max_size=200), st.sampled_from(["a", "Moscow", "the US", "é", "1"]))
def test_any_string_with_targets_gives_valid_rows(text, target):
    df = dc.sentiment(text, targets=[target])
    assert df["compound"].between(-1, 1).all()
    assert all(
        text[a:b].lower() == target.lower()
        for a, b in zip(df["mention_start"], df["mention_end"], strict=True)
    )
