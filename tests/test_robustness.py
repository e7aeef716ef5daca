"""Hostile input: every article kept, no exception, valid offsets.

Inputs a corpus run meets sooner or later: megabytes without a paragraph break, thousands of quotation
marks, no spaces, no sentence ends, control and private-use characters, markup soup, right-to-left text,
emoji, invalid encodings. Each case must keep the article and give rows whose offsets point at their own
text. How long each takes, and that time grows linearly with size, is measured by
benchmarks/hostile_inputs.py (no timed assertions here).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import discourse as dc
from discourse import schema

SENT = 'Russia may support the plan, Lavrov said. "It could work," he added. '

HOSTILE = {
    "5MB article": SENT * 75_000,
    "10,000 quotation marks": '"' * 10_000,
    "alternating quote marks": ('“a ”b «c »d „e ' * 2_000),
    "unbalanced quotes in many paragraphs": '\n\n'.join(['"He said it would work, Lavrov said'] * 2_000),
    "no spaces": "x" * 1_000_000,
    "no sentence ends": ("word " * 200_000).strip(),
    "dots only": "." * 200_000,
    "control and private use": "".join(chr(c) for c in range(0, 32)) * 1000 + "\ue000\uf8ff" * 5000 + SENT,
    "markup soup": "<div><p>*_[**" * 20_000 + "](#) ![x](y) ---" * 2_000,
    "right to left": "قال الوزير إن روسيا قد تدعم الخطة. \u202e" * 5_000,
    "emoji": "🇷🇺 said 😀 “🙂” 👍🏽 " * 10_000,
    "said said said": "said " * 100_000,
    "according to chain": "according to according to " * 20_000,
    "colons and labels": "Putin: Question: A: B: " * 20_000,
    "nested quotes": "\"'\"'\"'" * 20_000,
    "long quote without close": '"' + ("text " * 200_000),
    "uncued quotes with a subject": 'Hillary shot back, "I suppose I could have stayed home and baked." ' * 8_000,
}


def _check(res, texts):
    assert res.articles["article_id"].tolist() == list(range(len(texts)))
    for name in ("sentences", "quotes", "hedges"):
        df = getattr(res, name)
        for r in df.itertuples():
            text = texts[r.article_id]
            assert 0 <= r.start <= r.end <= len(text)
            assert text[r.start:r.end] == r.text
    for r in res.quotes.itertuples():  # quoted parts inside the row, ordered; speaker and cue outside them
        parts = schema.segment_spans(r)
        assert parts[0][0] == r.start and parts[-1][1] == r.end
        assert all(b <= a2 for (_, b), (a2, _) in zip(parts, parts[1:], strict=False))
        for s, e in ((r.speaker_start, r.speaker_end), (r.cue_start, r.cue_end)):
            if s == s:
                assert all(e <= a or s >= b for a, b in parts)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_kept(name):
    text = HOSTILE[name]
    res = dc.analyze([text, "A normal article, he said."])
    _check(res, [text, "A normal article, he said."])
    assert len(res.errors) == 0, res.errors.to_dict("records")
    assert res.quotes[res.quotes["article_id"] == 1]["text"].tolist() == ["A normal article"]


def test_invalid_encodings_are_kept(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Title\n\nCaf\xe9 \xff\xfe broken \x80\x81 bytes, he said.")
    (tmp_path / "b.html").write_bytes(b"<html><body><p>\xff\xfe\x00<b>unclosed <i>tags")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02" * 1000)
    arts = dc.read_articles(tmp_path)
    assert len(arts) == 3
    res = dc.analyze(arts)
    assert len(res.articles) == 3


def test_none_nan_and_non_string_cells():
    import pandas as pd

    df = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "text": [None, float("nan"), pd.NA, b"bytes, he said"]})
    res = dc.analyze(df)
    assert res.articles["article_id"].tolist() == ["a", "b", "c", "d"]
    assert res.articles["text"].tolist()[:3] == ["", "", ""]


@given(st.lists(st.text(max_size=400), min_size=1, max_size=4))
def test_analyze_any_unicode(texts):
    res = dc.analyze(texts)
    _check(res, texts)
    assert len(res.errors) == 0


quoteish = st.lists(st.sampled_from(['"', "“", "”", "'", "‘", "’", "«", "»", "„", " said ", "he ", "Lavrov ", ", ",
                                     ". ", "\n\n", "may ", "according to ", "Putin: ", "x", "The plan "]),
                    max_size=80).map("".join)


@given(st.lists(quoteish, min_size=1, max_size=3))
def test_analyze_quote_soup(texts):
    res = dc.analyze(texts)
    _check(res, texts)
    assert len(res.errors) == 0


ADVERSARIAL_LINES = [
    "[" * 50_000, "](" * 30_000, "![" * 30_000 + "x", "*_" * 50_000, "#" * 50_000 + " x", "> " * 30_000,
    "1/" * 40_000, "Published: " + "1 " * 40_000, "January " * 20_000, "By " + "A" * 100_000,
    "http://" + "a" * 100_000, "read more " * 20_000, "<b " * 30_000, "-" * 100_000, "= " * 50_000,
    "[a](" + "b" * 100_000, "[" + "a" * 5000 + "](" + " " * 5000, "Corp. " * 30_000,
]


@pytest.mark.parametrize("i", range(len(ADVERSARIAL_LINES)))
def test_reading_patterns_do_not_backtrack(i):
    """Every regular expression of the reader (markup, dates, bylines, boilerplate) on long adversarial lines
    (timed in benchmarks/hostile_inputs.py)."""
    from discourse.io import parse_text_article

    line = ADVERSARIAL_LINES[i]
    art = parse_text_article(f"{line}\n\n{line}\n---\n{line}\n\nBody text.")
    assert art["text"].endswith("Body text.")
