"""Hedges and boosters: lexicon, context rules (one exact-row test each), seed article, bad input."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import discourse as dc
from discourse.hedges import find, load_lexicon
from discourse.schema import columns
from discourse.segment import make_doc

from .conftest import shared_path


def cues(text: str) -> list[tuple[str, str, str]]:
    """(text, category, type) of every cue in ``text``, in order."""
    return [(r["text"], r["category"], r["type"]) for r in find(make_doc(text))]


# ---------------------------------------------------------------- context rules, one exact test each
def test_may_the_month_and_the_name_are_not_hedges():
    assert cues("In May, Theresa May said Britain may leave the customs union.") == [
        ("may", "hedge", "modal")
    ]
    assert cues("May 5 was the deadline for the talks.") == []


def test_may_and_may_not_are_both_hedges():
    assert cues("Russia may not support the plan, but it may abstain.") == [
        ("may", "hedge", "modal"),
        ("may", "hedge", "modal"),
    ]


def test_could_not_is_past_inability():
    assert cues("The minister could not attend the summit in Geneva.") == []
    assert cues("The idea could be discussed with the UN.") == [("could", "hedge", "modal")]


def test_would_in_reported_speech_vs_conditional():
    assert cues("The ministry said it would investigate the attack.") == []
    assert cues("The plan would require close cooperation with the UN, he added.") == [
        ("would", "hedge", "modal")
    ]
    assert cues("A Kremlin spokesman would not comment on the report.") == []


def test_about_and_around_only_before_quantities():
    assert cues("Lavrov spoke about Syria for about 30 minutes.") == [("about", "hedge", "approximator")]
    assert cues("Refugees arrived from around the world.") == []
    assert cues("Around 200 people gathered outside the embassy.") == [("Around", "hedge", "approximator")]


def test_think_tank_is_not_a_belief():
    assert cues("A Washington think tank published the report.") == []
    assert cues("I think the talks will fail.") == [("I think", "hedge", "doxastic")]


def test_appear_on_television_is_not_a_shield():
    assert cues("Lavrov appeared on television on Sunday.") == []
    assert cues("The talks appear to have stalled.") == [("appear", "hedge", "shield")]


def test_claim_the_noun_is_not_distancing():
    assert cues("The claim was rejected by Moscow.") == []
    assert cues("Russia's claims were dismissed by the panel.") == []
    assert cues("The group claimed responsibility for the attack.") == []
    assert cues("Moscow claimed that the strike hit militants.") == [("claimed", "hedge", "distancing")]


def test_epistemic_vs_deontic_must():
    assert cues("Russia must withdraw its troops from the border.") == []
    assert cues("He must have known about the plan.") == [("must", "booster", "epistemic modal")]


def test_negated_booster_is_a_hedge():
    assert cues("It is not clear whether the ceasefire will hold.") == [
        ("not clear", "hedge", "negated booster"),
        ("whether", "hedge", "conditional"),
    ]
    assert cues("It is clear that the ceasefire holds.") == [("clear", "booster", "epistemic adjective")]


def test_no_doubt_is_a_booster():
    assert cues("There is no doubt that Moscow backs Assad.") == [("no doubt", "booster", "negated hedge")]
    assert cues("Analysts have doubts about the deal.") == [("doubts", "hedge", "epistemic noun")]


def test_predicative_certain_sure_clear():
    assert cues("Certain areas were declared safe zones.") == []
    assert cues("Officials want to make sure the aid arrives.") == []
    assert cues("Lavrov is certain that the plan will fail.") == [
        ("certain", "booster", "epistemic adjective")
    ]


def test_as_expected_reports_a_fact():
    assert cues("As expected, the resolution passed.") == []
    assert cues("The vote is expected on Monday.") == [("expected", "hedge", "epistemic verb")]


def test_estimates_the_noun_is_not_a_hedge():
    assert cues("Wall Street estimates were too high.") == []
    assert cues("The ministry estimates that 300 people died.") == [("estimates", "hedge", "epistemic verb")]


# ---------------------------------------------------------------- rows, offsets, quotes
def test_rows_have_schema_keys_offsets_and_sentence_ids():
    text = "Russia may support it. Trump will absolutely do safe zones."
    rows = find(make_doc(text, "a1"))
    assert [set(r) for r in rows] == [set(columns("hedges"))] * 2
    assert [(r["article_id"], r["sentence_id"], r["quote_id"]) for r in rows] == [
        ("a1", 0, None),
        ("a1", 1, None),
    ]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_quote_id_from_quote_rows():
    text = 'Lavrov said: "We may support it." Others clearly disagree.'
    quote = {"quote_id": 7, "start": text.index('"') + 1, "end": text.index('."') + 1}
    rows = find(make_doc(text), quotes=[quote])
    assert [(r["text"], r["quote_id"]) for r in rows] == [("may", 7), ("clearly", None)]
    qdf = pd.DataFrame([{"article_id": 0, **quote}])
    assert dc.hedges(text, quotes=qdf)["quote_id"].tolist()[0] == 7


def test_public_function_schema_and_dtypes():
    df = dc.hedges(["Russia may support it.", "", "No hedges here."])
    assert list(df.columns[: len(columns("hedges"))]) == columns("hedges")
    assert df["article_id"].tolist() == [0]
    assert df["quote_id"].isna().all() and df["quote_id"].dtype == "float64"


# ---------------------------------------------------------------- lexicon
def test_bundled_lexicon_is_valid():
    lex = load_lexicon()
    assert list(lex.columns) == ["term", "category", "type", "rule"]
    assert set(lex["category"]) == {"hedge", "booster"}
    assert lex["term"].is_unique and len(lex) > 200


def test_user_lexicon_replaces_and_extension_adds():
    own = pd.DataFrame({"term": ["inshallah"], "category": ["hedge"], "type": ["formula"]})
    assert dc.hedges("Peace will come, inshallah. It may rain.", lexicon=own)["text"].tolist() == [
        "inshallah"
    ]
    ext = load_lexicon(extend=[{"term": "in all likelihood", "category": "hedge", "type": "epistemic"}])
    assert dc.hedges("In all likelihood it may rain.", lexicon=ext)["text"].tolist() == [
        "In all likelihood",
        "may",
    ]


def test_user_lexicon_row_inherits_the_bundled_rule():
    lex = load_lexicon(source=[{"term": "may", "category": "hedge"}])
    assert lex.loc[0, "rule"] == "may"
    assert dc.hedges("In May it may rain.", lexicon=lex)["start"].tolist() == [10]


def test_bad_lexicon_is_a_clear_error():
    with pytest.raises(ValueError, match="category"):
        load_lexicon(source=[{"term": "maybe", "category": "perhaps"}])
    with pytest.raises(ValueError, match="rule"):
        load_lexicon(source=[{"term": "maybe", "category": "hedge", "rule": "nonsense"}])
    with pytest.raises(ValueError, match="term"):
        load_lexicon(source=pd.DataFrame({"word": ["maybe"]}))


# ---------------------------------------------------------------- seed article
def test_seed_article_hedges_and_boosters_found_inside_their_quotes(seed_articles):
    gold = json.loads(shared_path("seed", "rt_2017-01-30_lavrov_safe_zones.gold.json").read_text())
    text = seed_articles["text"].iloc[0]
    quotes = []
    for qid, q in enumerate(gold["quotes"]):
        start = text.find(q["content"])
        if start >= 0:
            quotes.append(
                {
                    "article_id": seed_articles["article_id"].iloc[0],
                    "quote_id": qid,
                    "start": start,
                    "end": start + len(q["content"]),
                }
            )
    rows = dc.hedges(seed_articles, quotes=pd.DataFrame(quotes))
    found = {
        (int(r.quote_id), r.text.lower(), r.category) for r in rows.itertuples() if r.quote_id == r.quote_id
    }
    located = {q["quote_id"] for q in quotes}
    expected = {
        (qid, w.lower(), cat)
        for qid, q in enumerate(gold["quotes"])
        if qid in located
        for cat in ("hedge", "booster")
        for w in q.get(cat + "s", [])
    }
    assert len(expected) >= 10
    assert expected <= found


# ---------------------------------------------------------------- bad input and properties
@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "!!!"])
def test_empty_and_whitespace_give_no_rows(text):
    assert find(make_doc(text)) == []
    assert len(dc.hedges(text)) == 0


def test_non_english_text_gives_rows_not_errors():
    assert isinstance(
        dc.hedges("Россия может поддержать инициативу. La Russie pourrait soutenir."), pd.DataFrame
    )
    assert cues("Il a dit: « peut-être », and it may rain.") == [("may", "hedge", "modal")]


@given(st.text(max_size=300))
def test_any_string_offsets_point_at_the_cue(text):
    for r in find(make_doc(text)):
        assert text[r["start"] : r["end"]] == r["text"]
        assert r["category"] in ("hedge", "booster")


@given(
    st.lists(
        st.sampled_from(
            [
                "may",
                "May",
                "not",
                "clear",
                "about",
                "30",
                "would",
                "said",
                "it",
                ",",
                "no",
                "doubt",
                "I",
                "think",
                "tank",
                "must",
                "have",
                "been",
                ".",
                "\u201c",
            ]
        ),
        max_size=25,
    )
)
def test_word_salad_offsets_point_at_the_cue(words):
    text = " ".join(words)
    for r in find(make_doc(text)):
        assert text[r["start"] : r["end"]] == r["text"]
