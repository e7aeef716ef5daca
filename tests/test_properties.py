"""Hypothesis properties for the invariants in DESIGN.md: for any string, reading never raises, sentences
lie inside the text, do not overlap, are in order, and text[start:end] equals each row's text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import discourse as dc
from discourse.io import parse_text_article
from discourse.text import normalize

# Text that looks like news and text that looks like nothing: quotes, dots, markup, blank lines, any Unicode.
newsish = st.lists(
    st.sampled_from(list("abcXYZ .,;:!?\"'“”‘’«»„()[]*_#-—\n\t0123456789") + ["Mr.", "U.S.", "\n\n", " said "]),
    max_size=120,
).map("".join)
anything = st.text(max_size=300)


@given(st.one_of(newsish, anything))
def test_sentences_are_ordered_disjoint_and_exact(text):
    df = dc.sentences(text)
    prev_end = 0
    for r in df.itertuples():
        assert 0 <= r.start < r.end <= len(text)
        assert r.start >= prev_end
        assert text[r.start:r.end] == r.text
        assert r.text == r.text.strip()
        prev_end = r.end
    assert df["sentence_id"].tolist() == list(range(len(df)))


@given(st.lists(st.one_of(newsish, anything, st.none()), max_size=5))
def test_analyze_keeps_every_article(texts):
    res = dc.analyze(texts)
    assert res.articles["article_id"].tolist() == list(range(len(texts)))
    assert len(res.errors) == 0


@given(st.one_of(newsish, anything))
def test_reading_text_never_raises(text):
    rec = parse_text_article(text)
    assert isinstance(rec["text"], str)
    assert normalize(rec["text"]) == rec["text"]


@given(st.binary(max_size=400))
def test_reading_any_bytes_never_raises(raw):
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "x.txt"
        f.write_bytes(raw)
        arts = dc.read_articles(f)
    assert len(arts) == 1 and isinstance(arts.iloc[0]["text"], str)
