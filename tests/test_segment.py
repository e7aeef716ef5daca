"""Sentences: Punkt with the project's parameters, paragraph bounds, offsets."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse.segment import make_doc, paragraph_spans

from .conftest import shared_path


def _texts(s: str) -> list[str]:
    return dc.sentences(s)["text"].tolist()


def test_columns_and_offsets():
    text = "Russia may support it, Lavrov said.\n\nHe added more. Then he left."
    df = dc.sentences(text)
    assert list(df.columns) == ["article_id", "sentence_id", "paragraph_id", "start", "end", "text", "n_words"]
    assert df["paragraph_id"].tolist() == [0, 1, 1]
    assert df["sentence_id"].tolist() == [0, 1, 2]
    assert df["n_words"].tolist() == [6, 3, 3]
    for r in df.itertuples():
        assert text[r.start:r.end] == r.text


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met Gen. Jones in Washington. They talked.",
     ["Mr. Smith met Gen. Jones in Washington.", "They talked."]),
    ("Officials in the U.S. and the U.N. disagreed. The talks failed.",
     ["Officials in the U.S. and the U.N. disagreed.", "The talks failed."]),
    ("The vote is on Jan. 5 in Calif. and Tex. this year. Polls open early.",
     ["The vote is on Jan. 5 in Calif. and Tex. this year.", "Polls open early."]),
    ("It happened in the U.S. The president was angry.",
     ["It happened in the U.S.", "The president was angry."]),
    ("A.L. Williams Corp. was merged into Primerica Corp., New York. Shares rose.",
     ["A.L. Williams Corp. was merged into Primerica Corp., New York.", "Shares rose."]),
    ("The offer ends at 5 p.m. Wednesday, J.C. Matlock said. Shares rose.",
     ["The offer ends at 5 p.m. Wednesday, J.C. Matlock said.", "Shares rose."]),
])
def test_abbreviations_and_initials(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('He said: "We will win." Then he left.', ['He said: "We will win."', "Then he left."]),
    ("He said: “We will win.” Then he left.", ["He said: “We will win.”", "Then he left."]),
    ("(This was expected.) Markets fell.", ["(This was expected.)", "Markets fell."]),
    ("Is it over? «Not yet!» He smiled.", ["Is it over?", "«Not yet!»", "He smiled."]),
])
def test_closing_marks_stay_with_their_sentence(text, expected):
    assert _texts(text) == expected


def test_sentences_never_cross_paragraphs():
    text = "A heading without a full stop\n\nThe body starts here. It goes on"
    assert _texts(text) == ["A heading without a full stop", "The body starts here.", "It goes on"]


def test_paragraph_spans_trim_whitespace():
    text = "  one\n\n\n  two  \n \n three"
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["one", "two", "three"]


def test_inputs_list_series_dataframe():
    by_list = dc.sentences(["One. Two.", None, "Three."])
    assert by_list["article_id"].tolist() == [0, 0, 2]
    by_series = dc.sentences(pd.Series(["One. Two.", None, "Three."], index=[5, 6, 7]))
    assert by_series["article_id"].tolist() == [0, 0, 2]
    by_frame = dc.sentences(pd.DataFrame({"article_id": ["x", "y"], "text": ["One. Two.", "Three."]}))
    assert by_frame["article_id"].tolist() == ["x", "x", "y"]


def test_empty_inputs_give_empty_tables_with_columns():
    for data in ("", "   \n\n ", [], pd.DataFrame({"text": []})):
        df = dc.sentences(data)
        assert len(df) == 0 and "sentence_id" in df.columns


def test_bad_input_errors_name_the_argument():
    with pytest.raises(TypeError, match="data: expected a str"):
        dc.sentences(42)
    with pytest.raises(TypeError, match="data: expected a list/Series of str"):
        dc.sentences(["ok", 3])
    with pytest.raises(ValueError, match="no 'text' column; columns found: \\['body'\\]"):
        dc.sentences(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(ValueError, match="'article_id' must be unique"):
        dc.sentences(pd.DataFrame({"article_id": [1, 1], "text": ["a", "b"]}))


def test_doc_tokens_and_lookup():
    doc = make_doc("Lavrov didn't agree. He left.", "a")
    assert [doc.text[a:b] for a, b in doc.tokens] == ["Lavrov", "didn't", "agree", ".", "He", "left", "."]
    assert doc.token_sentence == [0, 0, 0, 0, 1, 1, 1]
    assert doc.sentence_token_ranges == [(0, 4), (4, 7)]
    assert doc.sentence_of(0) == 0 and doc.sentence_of(21) == 1 and doc.sentence_of(20) == -1


def test_a_headline_line_in_title_case_ends_its_sentence():
    text = ("Kasich: Deporting Parents Is Not The Kind Of Values Americans Believe In\nJohn Kasich said on Saturday "
            "that it was fine. He was asked by the\nPresident about it.")
    doc = make_doc(text, "a")
    assert [text[a:b] for a, b, _ in doc.sentences] == [
        "Kasich: Deporting Parents Is Not The Kind Of Values Americans Believe In",
        "John Kasich said on Saturday that it was fine.", "He was asked by the\nPresident about it."]
    # only the line itself is read as a headline, not the lines of the same sentence before it
    text = "He spoke about the\neconomy.\nKasich: Deporting Parents Is Not The Kind Of Values\nKasich said that."
    assert [text[a:b] for a, b, _ in make_doc(text, "b").sentences][1:] == [
        "Kasich: Deporting Parents Is Not The Kind Of Values", "Kasich said that."]


def test_decomposed_accents_and_mojibake_stay_inside_one_word():
    # "Jose" + combining acute; "François" read as Latin-1 twice, then decomposed ("FranA\u0303\x83...")
    text = "Jose\u0301 and FranA\u0303\u0083A\u0302\u00a7ois Hollande said \u00abnon\u00bb."
    doc = make_doc(text, "a")
    assert [doc.text[a:b] for a, b in doc.tokens] == [
        "Jose\u0301", "and", "FranA\u0303\u0083A\u0302\u00a7ois", "Hollande", "said", "\u00ab", "non", "\u00bb", "."]


def test_long_paragraph_is_split_in_bounded_blocks():
    text = ("Word " * 30000).strip() + ". " + "Another sentence here. " * 10
    df = dc.sentences(text)
    assert df["end"].max() <= len(text)
    assert all(text[r.start:r.end] == r.text for r in df.itertuples())


def test_factbank_boundary_f1():
    """FactBank newswire: the sentences of each document, joined by a space, split back (F1 >= 0.98)."""
    import importlib.util
    from pathlib import Path

    path = shared_path("eval", "uncertainty", "factbank_dev.jsonl")
    spec = importlib.util.spec_from_file_location(
        "sentence_boundaries", Path(__file__).resolve().parents[1] / "benchmarks" / "sentence_boundaries.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    m = mod.score(mod.load_docs(path))
    assert m["f1"] >= 0.98, m
