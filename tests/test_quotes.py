"""Quotes: one test per pattern (exact rows), the seed article, and properties on any string."""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import discourse
from discourse import schema
from discourse.quotes import extract, quotes
from discourse.segment import make_doc

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_DIR = REPO / "data" / "articles"


def rows(text: str) -> list[tuple]:
    """(kind, text, cue, speaker_mention, speaker, attribution) of every row, missing values as None."""
    q = quotes(text)
    out = []
    for r in q.itertuples(index=False):
        out.append(tuple(None if isinstance(v, float) and math.isnan(v) else v
                         for v in (r.kind, r.text, r.cue, r.speaker_mention, r.speaker, r.attribution)))
    return out


def check_offsets(text: str, q: pd.DataFrame) -> None:
    for r in q.itertuples(index=False):
        assert text[r.start : r.end] == r.text
        if not math.isnan(r.speaker_start):
            assert text[int(r.speaker_start) : int(r.speaker_end)] == r.speaker_mention
        if not math.isnan(r.cue_start):
            assert text[int(r.cue_start) : int(r.cue_end)] == r.cue
        # the quoted parts: inside the row, in order; the speaker and the cue lie outside every one of them
        parts = schema.segment_spans(r)
        assert r.segments == schema.format_segments(parts)
        assert parts[0][0] == r.start and parts[-1][1] == r.end
        assert all(b <= a2 for (_, b), (a2, _) in zip(parts, parts[1:], strict=False))
        for s, e in ((r.speaker_start, r.speaker_end), (r.cue_start, r.cue_end)):
            if not math.isnan(s):
                assert all(e <= a or s >= b for a, b in parts)


# ---------------------------------------------------------------- direct quotes and marks
def test_curly_quote_closed_by_cue():
    assert rows("“We will not accept this,” Lavrov said.") == [
        ("direct", "“We will not accept this,”", "said", "Lavrov", "Lavrov", "cue")
    ]


def test_guillemets_with_inverted_cue_and_title():
    q = quotes("«Nous refusons», said Foreign Minister Sergey Lavrov.")
    r = q.iloc[0]
    assert (r.kind, r.text, r.cue, r.speaker_mention) == ("direct", "«Nous refusons»", "said",
                                                          "Foreign Minister Sergey Lavrov")
    assert (r.speaker, r.speaker_role) == ("Sergey Lavrov", "Foreign Minister")


def test_low9_quote_and_tell_verb():
    assert rows("„We refuse this plan“, Lavrov told reporters.") == [
        ("direct", "„We refuse this plan“", "told", "Lavrov", "Lavrov", "cue")
    ]


def test_nested_single_quotes_stay_inside():
    text = "Lavrov said: \"My colleague told me 'no way' and I agreed.\""
    assert rows(text) == [("direct", "\"My colleague told me 'no way' and I agreed.\"", "said", "Lavrov",
                           "Lavrov", "cue")]


def test_multi_paragraph_quote():
    text = '"The first part of a long statement goes on.\n\n"The second part closes it here," he said.'
    (r,) = rows(text)
    assert r[0] == "direct" and r[1] == text[: text.index(" he said")]
    assert r[3] == "he"


def test_a_stray_straight_mark_does_not_run_into_a_curly_quote_in_the_next_paragraph():
    text = '"Kevin was snoring.\n\n\u201cHere he is, babe,\u201d she said.'
    got = rows(text)
    assert [(r[1], r[3]) for r in got] == [("\u201cHere he is, babe,\u201d", "she")]


def test_ellipsis_and_brackets_inside():
    text = '"We have [...] done everything we could ... and more," Peskov said.'
    assert rows(text) == [("direct", '"We have [...] done everything we could ... and more,"', "said", "Peskov",
                           "Peskov", "cue")]


def test_twin_apostrophes_are_double_marks():
    text = "''We will unify our party,'' Mrs. Clinton told the crowd."
    (r,) = rows(text)
    assert r[:4] == ("direct", "''We will unify our party,''", "told", "Mrs. Clinton")


def test_interrupted_quote_is_one_row_with_two_segments():
    text = '"No," he said, "and the rest of the statement follows here."'
    q = quotes(text)
    assert len(q) == 1
    r = q.iloc[0]
    assert (r.kind, r.text, r.cue, r.speaker_mention, r.attribution) == ("direct", text, "said", "he", "cue")
    assert [text[a:b] for a, b in schema.segment_spans(r)] == ['"No,"', '"and the rest of the statement follows here."']
    check_offsets(text, q)


def test_continuation_in_the_next_sentence_joins_its_quote():
    # PolNeAR and PARC annotate '"A," he added. "B."' as one attribution whose content is A and B
    text = '“We will make deals for your benefit," he added. "We will make them for the American people.”'
    (r,) = quotes(text).itertuples(index=False)
    assert (r.kind, r.text, r.cue, r.speaker_mention) == ("direct", text, "added", "he")
    assert r.segments == "0:38;49:93"
    assert [text[a:b] for a, b in schema.segment_spans(r)] == ['“We will make deals for your benefit,"',
                                                               '"We will make them for the American people.”']


def test_short_continuation_joins_its_quote_but_a_short_quote_alone_is_no_row():
    text = '"We will win this election," Tester said. "Very good."'
    (r,) = quotes(text).itertuples(index=False)
    assert (r.text, r.speaker, r.segments) == (text, "Tester", "0:28;42:54")
    # without an attributed quote before it, a two-word quoted sentence may be a title or a slogan
    assert rows('The crowd chanted for an hour.\n\n"Very good."') == []


def test_continuation_after_a_mixed_row_joins_it():
    text = 'The summit accomplished "too little," she said. "Europe risks a lot without new policies."'
    (r,) = quotes(text).itertuples(index=False)
    assert (r.kind, r.text) == ("mixed", text)
    assert [text[a:b] for a, b in schema.segment_spans(r)] == [
        'The summit accomplished "too little,"', '"Europe risks a lot without new policies."']


def test_continuation_after_a_reported_clause_stays_a_context_row():
    text = 'Lavrov said the plan was flawed. "There have been ideas of creating such areas before."'
    got = rows(text)
    assert [(g[0], g[5]) for g in got] == [("indirect", "cue"), ("direct", "context")]
    assert got[1][3] == "Lavrov"


def test_quote_in_the_next_paragraph_is_its_own_context_row():
    text = '"We will make deals," he added.\n\n"We will make them for the American people."'
    got = rows(text)
    assert [(g[1], g[5]) for g in got] == [('"We will make deals,"', "cue"),
                                           ('"We will make them for the American people."', "context")]


def test_joined_quote_measures_only_its_quoted_words():
    text = '"This is good," he claimed. "It will probably be a great success."'
    res = discourse.analyze(text)
    (q,) = res.quotes.itertuples(index=False)
    assert q.n_words == 10  # "he claimed" is not counted
    hedged = res.hedges[res.hedges["quote_id"] == q.quote_id]["text"].tolist()
    assert hedged == ["probably"]
    tone = discourse.sentiment(text, level="quote")
    assert tone["text"].tolist() == [text]
    assert tone["compound"].iloc[0] == discourse.sentiment('"This is good," "It will probably be a great success."',
                                                           level="document")["compound"].iloc[0]


def test_other_style_nested_inside_a_quote():
    assert rows('"He said “no” twice," she said.')[0][:2] == ("direct", '"He said “no” twice,"')
    assert rows('“He said "no" twice,” she said.')[0][:2] == ("direct", '“He said "no" twice,”')


def test_british_single_marks_with_context():
    text = "‘It is not over,’ she said.\n\n‘We will return with a new plan next week.’"
    got = rows(text)
    assert [(g[0], g[1], g[5]) for g in got] == [
        ("direct", "‘It is not over,’", "cue"),
        ("direct", "‘We will return with a new plan next week.’", "context"),
    ]


def test_british_short_cued_quotes_and_elided_words():
    text = ("'We will not back down on this,' the minister said. 'It's a nonsense,' said Sir Keir. "
            "'Never,' she said. He added: 'I was there in the '90s and we did not do this.'")
    got = [(g[0], g[1]) for g in rows(text)]
    assert got == [
        ("direct", "'We will not back down on this,'"),
        ("direct", "'It's a nonsense,'"),  # three words, but closed on a comma before its cue
        ("direct", "'Never,'"),
        ("direct", "'I was there in the '90s and we did not do this.'"),  # "'90s" opens nothing
    ]
    # an article whose only quote is a short cued one still quotes in single marks
    assert rows("He was asked if he would run again. 'Maybe,' he replied.")[0][:4] == (
        "direct", "'Maybe,'", "replied", "he")
    # the comma outside the marks, as British papers print it
    got = rows("'We will fight on', he said. ‘No’, she replied. ‘Absolutely not’, said Mr Khan.")
    assert [(g[0], g[1], g[3]) for g in got] == [
        ("direct", "'We will fight on'", "he"),
        ("direct", "‘No’", "she"),
        ("direct", "‘Absolutely not’", "Mr Khan"),
    ]
    # in an article that quotes with double marks, a short single-quoted stretch stays a scare quote
    got = rows("Critics called the plan 'a betrayal,' and Smith said \"we will fight it in the courts.\"")
    assert all(g[1] != "'a betrayal,'" for g in got) and got[-1][:2] == ("direct", '"we will fight it in the courts."')


def test_unbalanced_mark_does_not_swallow_the_article():
    text = 'He said "unclosed and the paragraph goes on.\n\nLavrov said the talks failed. "Short," he added.'
    q = quotes(text)
    check_offsets(text, q)
    assert "the talks failed" in q["text"].tolist()
    assert all(text.index("\n\n") > s or s > text.index("\n\n") for s in q["start"])


def test_scare_quotes_and_titles_are_not_speech():
    assert rows("Officials met in Geneva to plan so-called 'safe zones' with \"experts\" on Monday.") == []
    assert rows('The operation, dubbed "Desert Storm", began in January.') == []


# ---------------------------------------------------------------- mixed and indirect
def test_mixed_quote_is_one_row_over_the_clause():
    assert rows('Trump said he will "absolutely do safe zones in Syria for the people."') == [
        ("mixed", 'he will "absolutely do safe zones in Syria for the people."', "said", "Trump", "Trump", "cue")
    ]


def test_indirect_cue_after_content():
    assert rows("The plan would fail, Lavrov said.") == [
        ("indirect", "The plan would fail", "said", "Lavrov", "Lavrov", "cue")
    ]


def test_inverted_cue():
    assert rows("The plan would fail, said Lavrov.") == [
        ("indirect", "The plan would fail", "said", "Lavrov", "Lavrov", "cue")
    ]


def test_appositive_speaker_and_role():
    q = quotes("Peskov, the Kremlin's spokesman, said the White House did not consult Moscow.")
    r = q.iloc[0]
    assert (r.kind, r.text, r.speaker_mention, r.speaker_role) == (
        "indirect", "the White House did not consult Moscow", "Peskov", "Kremlin's spokesman")


def test_that_clause_after_adverbials():
    assert rows("On Thursday, US President Donald Trump said on ABC that taxes will fall.")[0][:4] == (
        "indirect", "that taxes will fall", "said", "US President Donald Trump")


def test_participial_adding_gives_two_rows():
    text = "Such a scheme was seen in Libya, Lavrov explained, adding that the intervention went ahead anyway."
    assert rows(text) == [
        ("indirect", "Such a scheme was seen in Libya", "explained", "Lavrov", "Lavrov", "cue"),
        ("indirect", "that the intervention went ahead anyway", "adding", "Lavrov", "Lavrov", "cue"),
    ]


def test_according_to_before_and_after():
    assert rows("According to the Kremlin, the talks will resume next week.") == [
        ("indirect", "the talks will resume next week", "According to", "the Kremlin", "Kremlin", "according")
    ]
    q = quotes("The talks will resume next week, according to Kremlin spokesman Dmitry Peskov.")
    assert (q.iloc[0].text, q.iloc[0].speaker, q.iloc[0].speaker_role) == (
        "The talks will resume next week", "Dmitry Peskov", "Kremlin spokesman")
    # a quotation alone before ", according to X." is X's, direct
    assert rows("He was interviewed. \u201cWe will finish our work in a few weeks,\u201d according to CNN.") == [
        ("direct", "\u201cWe will finish our work in a few weeks,\u201d", "according to", "CNN", "CNN",
         "according")
    ]


def test_according_to_takes_the_whole_source_phrase():
    got = quotes("The toll rose to 12 yesterday according to state media.")
    assert got.speaker_mention.tolist() == ["state media"]  # not "state"
    got = quotes("Stevens died yesterday, according to a statement released by the Supreme Court.")
    assert got[["speaker_mention", "speaker"]].values.tolist() == [
        ["a statement released by the Supreme Court", "Supreme Court"]]
    got = quotes("According to Wasef archaeologists have not yet turned up any hatchery structures.")
    assert got.empty or got.speaker_mention.tolist() == ["Wasef"]  # never a clause as the source


def test_a_clause_cut_after_its_verb_by_according_to_goes_on():
    got = quotes("One child was, according to the fire service, among the dead.")
    assert got.text.tolist() == ["One child was, according to the fire service, among the dead"]
    assert got.segments.tolist() == ["0:13;46:60"]  # the two parts, the source between them


def test_according_to_reports_only_the_clause_after_a_colon():
    assert rows("It has not gone unnoticed: According to recent polls, Trump holds 14 percent of the vote.") == [
        ("indirect", "Trump holds 14 percent of the vote", "According to", "recent polls", "recent polls", "according")
    ]
    got = quotes("The tax has not made the U.K. less attractive to firms: London was the financial capital of the "
                 "world in 2015, according to one global index.")
    assert got.text.tolist() == ["London was the financial capital of the world in 2015"]
    got = quotes("The contractors left the compound at 10:03 p.m. on Friday, according to a timeline.")
    assert got.text.tolist() == ["The contractors left the compound at 10:03 p.m. on Friday"]  # a time's colon


def test_organisation_speaks():
    assert rows("Commenting on the statement, the Kremlin said that the plan was not discussed.") == [
        ("indirect", "that the plan was not discussed", "said", "the Kremlin", "Kremlin", "cue")
    ]


def test_auxiliary_is_part_of_the_cue():
    assert rows("He did not elaborate, but did say that Europe has been wrong.")[0][:4] == (
        "indirect", "that Europe has been wrong", "did say", "He")


def test_noun_with_possessive_is_not_a_cue():
    assert rows("Trump's comments drew criticism from all sides.") == []


def test_cue_closing_the_sentence_owns_the_clause_before_it():
    # "support" inside the reported clause is not an attribution of its own (attributions do not nest)
    assert rows("Russia may support the US initiative, Lavrov said.") == [
        ("indirect", "Russia may support the US initiative", "said", "Lavrov", "Lavrov", "cue")
    ]


def test_inverted_cue_with_appositive_role():
    q = quotes('"It is implausible," said Randy Evans, a Republican committeeman from Georgia.')
    r = q.iloc[0]
    assert (r.kind, r.text, r.speaker_mention, r.speaker_role) == (
        "direct", '"It is implausible,"', "Randy Evans", "Republican committeeman from Georgia")


def test_participle_after_a_quote_ending_in_comma():
    text = "Trump defended “New York values,” saying the city embodied the “bravery of America.”"
    assert rows(text)[-1][:4] == ("mixed", "the city embodied the “bravery of America.”", "saying", "Trump")


def test_subject_before_a_coordinated_cue():
    assert rows("Bush thought for a moment and said that being an everyday guy would help.")[0][3] == "Bush"


def test_quote_after_colon():
    text = 'Pew Research was blunt about the samples: "All the samples include more engaged people."'
    assert rows(text) == [("direct", '"All the samples include more engaged people."', ":", "Pew Research",
                           "Pew Research", "cue")]


def test_cue_with_colon_introduces_next_paragraph():
    text = 'Reporter Jomana Karadsheh says:\n\n"The eyewitness describes the situation there as a frontline."'
    assert rows(text) == [("direct", '"The eyewitness describes the situation there as a frontline."', "says",
                           "Reporter Jomana Karadsheh", "Jomana Karadsheh", "cue")]


def test_headline_in_title_case():
    assert rows("Hillary Clinton Says EgyptAir Crash Seems Like Terrorism")[0][:4] == (
        "indirect", "EgyptAir Crash Seems Like Terrorism", "Says", "Hillary Clinton")


def test_closing_attribution_ends_a_preposed_content():
    assert rows('When asked, Trump said: "There will be exceptions," the Times reported.')[0][:2] == (
        "direct", '"There will be exceptions,"')


# ---------------------------------------------------------------- context and transcripts
def test_floating_quote_takes_context_speaker():
    text = 'Foreign Minister Sergey Lavrov said the plan was flawed.\n\n"There have been ideas of creating areas."'
    got = rows(text)
    assert got[1][:2] == ("direct", '"There have been ideas of creating areas."')
    assert got[1][3:] == ("Foreign Minister Sergey Lavrov", "Sergey Lavrov", "context")


def test_transcript_turns():
    text = "Vladimir Putin: Good afternoon, colleagues.\n\nQuestion: What about the zones?\n\n" \
           "Vladimir Putin: We support them.\n\nWe will keep working."
    got = rows(text)
    assert [g[1] for g in got] == ["Good afternoon, colleagues.", "What about the zones?",
                                   "We support them.\n\nWe will keep working."]
    assert [g[4] for g in got] == ["Vladimir Putin", "Question", "Vladimir Putin"]
    assert {g[5] for g in got} == {"transcript"}


def test_bracketed_interview_transcript_keeps_its_introduction():
    text = ("The study was published on Monday, Keysers said.\n\n((WN))  Why did the team start?\n\n"
            "((Christian Keysers))  Because rats care.\n\nThey really do.")
    got = rows(text)
    assert got[0][:2] == ("indirect", "The study was published on Monday")
    assert [g[1] for g in got[1:]] == ["Why did the team start?", "Because rats care.\n\nThey really do."]
    assert [g[3] for g in got[1:]] == ["WN", "Christian Keysers"]


def test_the_last_turn_ends_where_the_writers_narrative_comes_back():
    text = ("ANCHOR: Will your soldiers go?\n\nDEMIRTAS: No.\n\nANCHOR: Israel objects.\n\nDEMIRTAS: We will not "
            "be part of it.\n\nThat is not their decision.\n\nIsraeli Foreign Minister Gideon Shalev wrote on X on "
            'Monday that Israel would "never" allow such forces.')
    got = rows(text)
    assert [(g[1], g[3]) for g in got[3:]] == [
        ("We will not be part of it.\n\nThat is not their decision.", "DEMIRTAS"),
        ('Israel would "never" allow such forces', "Israeli Foreign Minister Gideon Shalev")]
    # a speaker who reads out a document and goes on in the first person keeps the turn
    text = ("Question: What did they say?\n\nVladimir Putin: The State Department wrote: \u201cIt is legal.\u201d"
            "\n\nGermany said the same.\n\nWe disagree.")
    assert rows(text)[-1][1] == text[text.index("The State"):]


def test_hansard_labels_with_a_surname_named_again_make_a_transcript():
    text = ("Dr Laura Finch (Edinburgh West) (LD): Can the Foreign Secretary tell the House whether licences were "
            "suspended?\n\nThe Secretary of State for Foreign, Commonwealth and Development Affairs (James Whitfield): "
            "We keep all licences under review.\n\nDr Finch: That is not an answer.")
    got = rows(text)
    assert [(g[1], g[4], g[5]) for g in got] == [
        ("Can the Foreign Secretary tell the House whether licences were suspended?", "Laura Finch", "transcript"),
        ("We keep all licences under review.", "James Whitfield", "transcript"),
        ("That is not an answer.", "Laura Finch", "transcript")]
    # a reporting verb before the name in a label is no part of it
    got = rows('Stated Stone: \u201cThe stakes are high.\u201d\n\nContinued Stone: \u201cIt is a real problem.\u201d')
    assert [g[3] for g in got] == ["Stone", "Stone"]


def test_a_city_and_colon_before_a_report_is_a_dateline():
    got = rows('New Delhi: The Election Commission on Friday rejected the allegations, calling them "baseless".')
    assert [(g[2], g[4]) for g in got] == [("rejected", "Election Commission"), ("calling", "Election Commission")]
    assert rows("Clinton: I support D.C. statehood")[0][2:4] == (":", "Clinton")  # a headline's present


def test_labels_in_capitals_with_a_title_and_a_journalist_with_an_agency():
    text = ("PRIME MINISTER HALLORAN: Thank you for hosting us.\n\nPRIME MINISTER TE AHO: It is a pleasure.\n\n"
            "JOURNALIST: Will you join AUKUS?\n\nPRIME MINISTER TE AHO: No decision has been made.")
    got = rows(text)
    assert [g[3] for g in got] == ["PRIME MINISTER HALLORAN", "PRIME MINISTER TE AHO", "JOURNALIST",
                                   "PRIME MINISTER TE AHO"]
    text = ("Official Spokesperson: Good afternoon.\n\nRohan Mehta, ANI: Sir, are there threats?\n\n"
            "Official Spokesperson: We have seen the reports.\n\nEnquiries: Nomonde Mnukwa, Cabinet Spokesperson")
    assert [g[3] for g in rows(text)] == ["Official Spokesperson", "Rohan Mehta", "Official Spokesperson"]
    assert rows("BREAKING NEWS TODAY: Markets fall sharply") == []


def test_headline_with_colon_is_not_a_transcript():
    assert all(a != "transcript" for *_, a in rows("Lavrov: Syria 'safe zones' possible if Damascus agrees"))


def test_pronoun_resolves_to_named_person():
    q = quotes("Sergey Lavrov met reporters in Moscow. He said the talks were useful.")
    assert q.iloc[0].speaker == "Sergey Lavrov"


# ---------------------------------------------------------------- table shape
def test_schema_and_ids():
    q = quotes(["The plan would fail, Lavrov said. It was late, he added.", "", "Nothing said here."])
    assert list(q.columns[: len(schema.columns("quotes"))]) == schema.columns("quotes")
    assert q["quote_id"].tolist() == [0, 1]
    assert q["sentence_id"].tolist() == [0.0, 1.0]
    assert quotes("").shape[0] == 0 and list(quotes("").columns) == schema.columns("quotes")


def test_extract_on_doc_has_every_key():
    out = extract(make_doc('"Yes," he said.', "a1"))
    assert set(out[0]) == set(schema.columns("quotes"))
    assert out[0]["article_id"] == "a1"


def test_registry_fills_group():
    reg = pd.DataFrame({"name": ["Sergey Lavrov"], "aliases": ["Lavrov|Sergei Lavrov"],
                        "role": ["Foreign Minister"], "group": ["Russia"]})
    q = quotes("The plan would fail, Lavrov said.", speakers=reg)
    assert (q.iloc[0].speaker, q.iloc[0].speaker_group, q.iloc[0].speaker_role) == (
        "Sergey Lavrov", "Russia", "Foreign Minister")


def test_stress_inputs_are_fast_and_safe():
    for text in ['"' * 10_000, "a" * 1_000_000, "“a ”b \"c ' ‘d’ « e » „f“ " * 2_000, "Putin: hi\n\n" * 500]:
        check_offsets(text, quotes(text))


# ---------------------------------------------------------------- seed article
SEED_EXPECTED = [  # (kind, first words of the content, speaker, attribution); "that" opens indirect ones
    ("indirect", "Russia may support", "Sergey Lavrov", "cue"),
    ("indirect", "The plan would require", "Sergey Lavrov", "cue"),
    ("mixed", "the American proposal", "Sergey Lavrov", "cue"),
    ("direct", '"If this is about', "Sergey Lavrov", "cue"),
    ("indirect", "Though promising", "Sergey Lavrov", "cue"),
    ("mixed", "any attempt to install", "Syrian government", "cue"),
    ("indirect", "that the US initiative is", "Sergey Lavrov", "cue"),
    ("direct", '"There have been ideas', "Sergey Lavrov", "context"),
    ("indirect", "Such a scheme was", "Sergey Lavrov", "cue"),
    ("indirect", "that the Libyan intervention", "Sergey Lavrov", "cue"),
    ("mixed", "he will", "Donald Trump", "cue"),
    ("mixed", "Europe has been", "Donald Trump", "cue"),
    ("indirect", "that the White House did not", "Kremlin", "cue"),
    ("mixed", "it was", "Dmitry Peskov", "cue"),
]


@pytest.mark.skipif(not SEED_DIR.exists(), reason="seed article not in data/articles")
def test_seed_article_attributions():
    arts = discourse.read_articles(str(SEED_DIR))
    q = quotes(arts)
    check_offsets(arts["text"].iloc[0], q)
    got = [(r.kind, r.text, r.speaker, r.attribution) for r in q.itertuples(index=False)]
    assert len(got) == len(SEED_EXPECTED)
    for (kind, text, spk, attr), (ek, et, es, ea) in zip(got, SEED_EXPECTED, strict=True):
        assert (kind, spk, attr) == (ek, es, ea)
        assert text.startswith(et)
    assert not any(t.strip("'\"") in ("safe zones", "taking") for t in q["text"])


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "eval" / "polnear" / "dev").exists(), reason="../shared not available")
def test_polnear_dev_sample_offsets():
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "eval/polnear/dev/text").glob("*.txt"))[:20]]
    q = quotes(texts)
    assert len(q) > 50
    for i, t in enumerate(texts):
        check_offsets(t, q[q["article_id"] == i])


# ---------------------------------------------------------------- properties
NEWSY = st.lists(
    st.sampled_from(list("ab ,.:;\n\"'“”‘’«»„-…[]") + ["said", " he ", "Putin: ", "Lavrov", " told ", "\n\n"]),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), NEWSY))
def test_any_string_gives_valid_ordered_rows(text):
    extract(make_doc(text))  # raises here rather than being turned into a warning by quotes()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        q = quotes(text)
    check_offsets(text, q)
    starts = q["start"].tolist()
    ends = q["end"].tolist()
    assert starts == sorted(starts)
    assert all(e <= s2 for e, s2 in zip(ends, starts[1:], strict=False))
    assert q["quote_id"].tolist() == list(range(len(q)))
    assert set(q["kind"]) <= {"direct", "mixed", "indirect"}
    for c in ("speaker", "speaker_mention", "cue", "speaker_role", "speaker_group"):
        assert not (q[c] == "").any()


# ---------------------------------------------------------------- official transcripts (Kremlin style)
def test_official_labels_with_a_note_and_a_turn_in_the_next_paragraph():
    text = ("Russian-Turkish talks\n\n"
            "President of Turkey Recep Tayyip Erdogan (retranslated):\n\nDear friend, ladies and gentlemen,\n\n"
            "I welcome all of you.\n\n"
            "President of Russia Vladimir Putin: Ladies and gentlemen,\n\nWe are happy to be in Ankara today.")
    q = quotes(text)
    check_offsets(text, q)
    assert q["attribution"].tolist() == ["transcript", "transcript"]
    assert q["text"].tolist() == ["Dear friend, ladies and gentlemen,\n\nI welcome all of you.",
                                  "Ladies and gentlemen,\n\nWe are happy to be in Ankara today."]
    assert q["speaker"].tolist() == ["Recep Tayyip Erdogan", "Vladimir Putin"]
    assert q["speaker_role"].tolist() == ["President of Turkey", "President of Russia"]


def test_single_official_label_is_a_speech():
    text = ("The officers were presented.\n\nPresident of Russia Vladimir Putin: Comrades,\n\n"
            "Congratulations on your appointment to senior command posts.")
    q = quotes(text)
    assert q["attribution"].tolist() == ["transcript"]
    assert (q.iloc[0].speaker, q.iloc[0].speaker_role) == ("Vladimir Putin", "President of Russia")


def test_question_turns_keep_a_speaker_that_says_what_they_are():
    text = ("President of Russia Vladimir Putin: Good afternoon.\n\nQuestion: What about Syria?\n\n"
            "Vladimir Putin: We will see.\n\nRemark: Thank you.")
    q = quotes(text)
    assert q["speaker"].tolist() == ["Vladimir Putin", "Question", "Vladimir Putin", "Remark"]
    assert q["speaker_role"].isna().tolist() == [False, True, False, True]


def test_image_credit_is_not_a_speaker_label():
    text = "Image: Nicholas Moreau.\n\nImage: Nicholas Moreau.\n\nThe fursuit makers met on Friday."
    assert all(a != "transcript" for *_, a in rows(text))


KREMLIN = SHARED / "corpora" / "kremlin_en_2017_syria" / "html"


@pytest.mark.skipif(not KREMLIN.exists(), reason="../shared not available")
def test_kremlin_pages_with_turns_are_transcripts():
    import re

    arts = discourse.read_articles(str(KREMLIN) + "/")
    q = discourse.quotes(arts)
    t = q[q["attribution"] == "transcript"]
    label = re.compile(r"(?m)^President of Russia Vladimir Putin(?: \(retranslated\))?:")
    with_putin = {a for a, txt in zip(arts["article_id"], arts["text"], strict=True) if label.search(txt)}
    assert with_putin <= set(t["article_id"])
    putin = t[t["speaker_mention"].str.contains("Vladimir Putin", na=False)]
    assert set(putin["speaker"]) == {"Vladimir Putin"}
    assert set(putin["speaker_role"]) == {"President of Russia"}
    assert not t["speaker"].str.startswith(("Russia ", "Turkey ")).any()


# ---------------------------------------------------------------- attributions without a speech verb
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinton now has at least 723 delegates according to a count by The Associated Press.",
         [("indirect", "Clinton now has at least 723 delegates", "according to", "a count by The Associated Press",
           "count by The Associated Press", "according")]),
        ("According to the newspaper, the senator never paid the fine.",
         [("indirect", "the senator never paid the fine", "According to", "the newspaper", "newspaper",
           "according")]),
        ("Trump is expected to deliver a victory speech later tonight.",
         [("indirect", "Trump is expected to deliver a victory speech later tonight", "is expected", None, None,
           "cue")]),
        ("The music seemed to match the sense of relief in the arena.",
         [("indirect", "The music seemed to match the sense of relief in the arena", "seemed", None, None, "cue")]),
        ("It appears that the vote was close.", []),
        ("In an NBC News poll released Monday, 50 percent of respondents chose Clinton.",
         [("indirect", "50 percent of respondents chose Clinton", "In", "an NBC News poll released Monday",
           "NBC News", "cue")]),  # (the pollster, and when it was released is no part of its name)
        ("In other words, the plan failed badly last year.", []),
        ("In an interview with CNN, Trump said the plan failed.",
         [("indirect", "the plan failed", "said", "Trump", "Trump", "cue")]),
        ("Asked about the plan, 59 percent said it was not working.",
         [("indirect", "it was not working", "said", "59 percent", "59 percent", "cue")]),
        ("GOP analysts say the nominee will have to win Florida.",
         [("indirect", "the nominee will have to win Florida", "say", "GOP analysts", "GOP analysts", "cue")]),
        ("The race is tightening, political analysts say.",
         [("indirect", "The race is tightening", "say", "political analysts", "political analysts", "cue")]),
        ("Rubio wants to emerge as the go-to candidate for mainstream Republicans.",
         [("indirect", "to emerge as the go-to candidate for mainstream Republicans", "wants", "Rubio", "Rubio",
           "cue")]),
        ("The campaign plans to spend $10 million on commercials next week.",
         [("indirect", "to spend $10 million on commercials next week", "plans", "The campaign", "campaign",
           "cue")]),
        ("Trump's assertion that Mexico will pay for the wall; few believe it.",
         [("indirect", "that Mexico will pay for the wall", "assertion", "Trump's", "Trump", "cue")]),
        ("The claim that was rejected by the court did not matter.", []),
        ("Clinton's attacks on Trump grew sharper over the summer.",
         [("indirect", "Trump", "attacks on", "Clinton's", "Clinton", "cue")]),
        ("Support for Sanders has grown among young voters.", []),
    ],
)
def test_attributions_without_a_speech_verb(text, expected):
    assert rows(text) == expected
    check_offsets(text, quotes(text))


def test_verb_cue_wins_over_a_weaker_cue_on_the_same_clause():
    text = "In a statement on Monday, the senator said that the deal is expected to fail."
    got = rows(text)
    assert got == [("indirect", "that the deal is expected to fail", "said", "the senator", "senator", "cue")]


def test_participle_object_cue_after_a_report_shares_its_speaker():
    text = '"We will make America great again," Trump said, referring to Barack Obama.'
    assert rows(text) == [
        ("direct", '"We will make America great again,"', "said", "Trump", "Trump", "cue"),
        ("indirect", "Barack Obama", "referring to", "Trump", "Trump", "cue"),
    ]
    assert all(a != "cue" or c != "dubbed" for *_, c, _, _, a in rows(
        'The operation, dubbed "Desert Storm", began in January.'))


def test_naming_without_quotes_needs_an_object_and_a_noun_phrase():
    assert rows("They called him a political opportunist who has neglected his duties.") == [
        ("indirect", "him a political opportunist who has neglected his duties", "called", "They", None, "cue")]
    assert rows("Trump called to ban Muslims from entering the country.") == []


def test_title_case_headline_with_a_colon_attributes_to_the_name():
    assert rows("Graham: Trump Rhetoric Is Destroying the Party") == [
        ("indirect", "Trump Rhetoric Is Destroying the Party", ":", "Graham", "Graham", "cue")]
    assert rows("The Latest: Sanders Wins Minnesota Democratic Caucuses") == []


# ---------------------------------------------------------------- content boundaries (PolNeAR all track)
def test_content_opens_with_the_complementiser():
    # PolNeAR's content starts at "that"; the cue is the verb (or the reporting noun) alone
    assert rows("Clinton told reporters that she would win the state.") == [
        ("indirect", "that she would win the state", "told", "Clinton", "Clinton", "cue")]
    assert rows("Trump's assertion that Mexico will pay for the wall; few believe it.") == [
        ("indirect", "that Mexico will pay for the wall", "assertion", "Trump's", "Trump", "cue")]
    # nouns of supposition, worry and hope report a clause too, without a holder when none is written
    got = quotes("The result undermines the assumption that his campaign is uninterested in the race. There were "
                 "concerns that radicalization can be accelerated online.")
    assert got[["cue", "text"]].values.tolist() == [
        ["assumption", "that his campaign is uninterested in the race"],
        ["concerns", "that radicalization can be accelerated online"]]
    assert got.speaker.isna().all()
    # the holder of a reporting noun: a possessive before its modifiers, or the subject of a light verb
    got = quotes("Trump's recent evidence-free assertion that thousands celebrated was false. He did express "
                 "concern that donors would leave.")
    assert got[["cue", "speaker_mention"]].values.tolist() == [["assertion", "Trump's"], ["concern", "He"]]
    assert quotes("Obama rejected the claim that the deal was weak.").cue.tolist() == ["rejected"]  # not his claim
    # a plural's possessive holds the noun too; a noun phrase opening the sentence ends its clause at the main verb
    got = quotes("Rates stayed low, belying budget hawks\u2019 warnings that they would skyrocket.")
    assert got[["cue", "speaker_mention"]].values.tolist() == [["warnings", "hawks"]]
    got = quotes("The Census' vow that survey responses will be kept confidential is not reliable. The claim that he "
                 "resigned was false. Trump's assertion that Mexico will pay for the wall has been mocked.")
    assert got.text.tolist() == ["that survey responses will be kept confidential", "that he resigned",
                                 "that Mexico will pay for the wall"]
    # a possessive's pledge, vow, promise, threat or refusal: the infinitive is what the holder committed to
    got = quotes("His pledge to build a wall on the border was popular.")
    assert got[["cue", "speaker_mention", "text"]].values.tolist() == [
        ["pledge", "His", "to build a wall on the border"]]
    assert quotes("The threat to the country is real.").empty  # no holder, no infinitive


def test_quoted_content_after_that_leaves_that_out():
    # a direct quote is its marks; a mixed row keeps the quote-centred span the direct track scores
    assert rows('The senator said that "the deal is dead."') == [
        ("direct", '"the deal is dead."', "said", "The senator", "senator", "cue")]
    assert rows('The senator said that the deal is "dead on arrival."') == [
        ("mixed", 'the deal is "dead on arrival."', "said", "The senator", "senator", "cue")]


def test_content_ends_before_a_contrast_after_a_comma():
    assert rows("Union leaders said they wanted to endorse Sanders, while 95 members favored Clinton.") == [
        ("indirect", "they wanted to endorse Sanders", "said", "Union leaders", "Union leaders", "cue")]
    assert rows("The governor said the plan would cut costs, but critics in the legislature remain unconvinced.") == [
        ("indirect", "the plan would cut costs", "said", "The governor", "governor", "cue")]
    # "but that" coordinates a second clause of the same report
    assert rows("The minister said a pause was possible, but that she did not want to make promises.") == [
        ("indirect", "a pause was possible, but that she did not want to make promises", "said", "The minister",
         "minister", "cue")]
    # a quotation after "but" goes on with the speaker's words
    assert rows('The governor said the plan would cut costs, but "it will take years."') == [
        ("mixed", 'the plan would cut costs, but "it will take years."', "said", "The governor", "governor", "cue")]


def test_object_ends_before_a_second_predicate():
    assert rows("Sanders praised the ruling and returned to Vermont on Friday.") == [
        ("indirect", "the ruling", "praised", "Sanders", "Sanders", "cue")]


# ---------------------------------------------------------------- cues that only close a quotation
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I\'m still here," he declared at Saturday\'s debate.', ("direct", '"I\'m still here,"', "declared", "he")),
        ('"Congress has failed to act on the virus," it read.',
         ("direct", '"Congress has failed to act on the virus,"', "read", "it")),
        ('"I\'m voting for anyone but Hillary," declared Alyssa Van Wagenen, 29, of Meridian.',
         ("direct", '"I\'m voting for anyone but Hillary,"', "declared", "Alyssa Van Wagenen")),
        ('"We will see about that," he shrugged.', ("direct", '"We will see about that,"', "shrugged", "he")),
    ],
)
def test_verbs_that_are_cues_only_after_a_quote(text, expected):
    (r,) = rows(text)
    assert r[:4] == expected


def test_closing_only_verbs_do_not_open_a_report():
    assert rows("The governor declared a state of emergency on Monday.") == []
    assert rows("She read the report twice before the vote.") == []


def test_closing_only_verb_before_a_colon_introduces_the_quote():
    text = "In a 1963 speech, he declared:\n\n“It is very appropriate that we sound the drum for freedom.”"
    (r,) = rows(text)
    assert r[:4] == ("direct", "“It is very appropriate that we sound the drum for freedom.”", "declared", "he")


def test_naming_verb_with_a_quoted_term_after_a_comma_or_a_plural_subject():
    assert rows("He went on to endorse Ayotte, calling her “a rising star.”") == [
        ("indirect", "Ayotte", "went on to endorse", "He", None, "cue"),  # an act of speech about Ayotte
        ("mixed", "her “a rising star.”", "calling", "He", None, "cue")]
    (r,) = rows("Many commentators called him “the grownup on the stage” after the debate.")
    assert r[:4] == ("mixed", "him “the grownup on the stage”", "called", "Many commentators")  # "after": a time


def test_a_question_put_to_someone_is_not_their_attribution():
    # "Asked whether ..." is the unnamed asker's question: only the answer is attributed
    text = "Asked whether Clinton “has the integrity to serve effectively,” 75 percent said no."
    assert [g[:4] for g in rows(text)] == [("indirect", "no", "said", "75 percent")]
    got = rows("Asked if the wall would be built, Trump said it would be built by next year.")
    assert [g[:4] for g in got] == [("indirect", "it would be built by next year", "said", "Trump")]



def test_progressive_cue_and_participle_phrase_after_the_name():
    got = rows("Donald Trump is insisting that he has “expanded the Republican party,” and says the polls prove it.")
    assert [g[:4] for g in got] == [
        ("mixed", "he has “expanded the Republican party,”", "is insisting", "Donald Trump"),
        ("indirect", "the polls prove it", "says", "Donald Trump"),
    ]
    (r,) = rows("De Blasio, speaking on WOR710, called Trump a “blowhard.”")
    assert r[:4] == ("mixed", "Trump a “blowhard.”", "called", "De Blasio")
    (r,) = rows('Then he cut into Bush, calling him a "stiff" on the stage.')
    assert r[:4] == ("mixed", 'him a "stiff" on the stage', "calling", "he")


def test_content_ends_at_a_quote_closed_by_its_comma_before_the_writers_clause():
    (r,) = rows('She said she was "going to put a lot of coal companies out of business," while trying to '
                'explain her plan for the region.')
    assert r[:2] == ("mixed", 'she was "going to put a lot of coal companies out of business,"')


def test_programme_title_before_that_is_not_content():
    (r,) = rows('Rubio said on ABC\'s "This Week" that he would "take a look" at such legislation.')
    assert r[:4] == ("mixed", 'he would "take a look" at such legislation', "said", "Rubio")


def test_clause_length_quote_without_a_known_cue_is_said_by_the_sentences_subject():
    text = 'Alicia Machado whooped, "We are voting for Hillary Clinton in November."'
    assert rows(text) == [("direct", text[24:], None, "Alicia Machado", "Alicia Machado", "context")]
    text = 'Hillary shot back, "I suppose I could have stayed home and baked cookies and had teas."'
    assert rows(text) == [("direct", text[19:], "shot back", "Hillary", "Hillary", "cue")]  # a closing verb
    text = 'On its official website, the FBI puts "public corruption as the FBI\'s top criminal priority."'
    (r,) = rows(text)
    assert r[1:4] == ('"public corruption as the FBI\'s top criminal priority."', None, "the FBI")
    # a short quoted term in the same position stays a scare quote
    assert rows('On its website, the FBI puts "public corruption" first.') == []
    # ("lists" is a cue of its own: 'the FBI lists "public corruption" first' is the FBI's listing)
    assert rows('On its website, the FBI lists "public corruption" first.')[0][2] == "lists"


def test_subject_that_is_described_or_a_sentence_with_its_own_cue_is_not_the_speaker():
    assert rows('Guns are "the ultimate public health crisis in the country today," the governor said.')[0][3] == (
        "the governor")
    assert rows('Guns are "the ultimate public health crisis of our time and our nation."') == []
    assert rows('Based on the statement, Ailes "has spoken to Donald Trump a few times over the past months."') == []


def test_paragraph_ending_with_a_colon_introduces_the_next_quote():
    text = ("Police are investigating.\n\nIn response, Republican nominee Donald Trump issued the following "
            "statement:\n\n“Our prayers are with all those affected by the horrible attack tonight.”")
    (r,) = rows(text)
    assert r == ("direct", "“Our prayers are with all those affected by the horrible attack tonight.”", ":",
                 "Republican nominee Donald Trump", "Donald Trump", "cue")


def test_inverted_cue_with_a_described_name():
    got = rows('"We are not worried," said election lawyer Joe Birkenstock. '
               '"It is fine," said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.')
    assert [g[3:5] for g in got] == [("election lawyer Joe Birkenstock", "Joe Birkenstock"),
                                     ("retired Army Lt. Gen. Mick Bednarek", "Mick Bednarek")]


def test_an_opening_time_phrase_is_not_the_subject():
    (r,) = rows('Four hours earlier, a campaign memo was released stating that the loss was "long anticipated."')
    assert r[3] == "a campaign memo"


def test_participle_after_a_relative_clause_report_takes_the_main_subject():
    got = rows('Trump was defensive about an architect who said he was stiffed after he designed a clubhouse, '
               'saying, "Maybe he didn\'t do a good job."')
    assert [(g[0], g[2], g[3]) for g in got] == [("indirect", "said", "who"), ("direct", "saying", "Trump")]


def test_participle_takes_the_subject_after_two_opening_phrases():
    text = ("On Thursday, after remaining neutral throughout the primary, Warren appeared with Rachel Maddow and "
            "officially endorsed Clinton, saying, “I think having a fighter in the lead is what this country needs.”")
    (r,) = rows(text)
    assert r[2:5] == ("saying", "Warren", "Warren")


def test_a_quoted_name_in_a_sentence_without_a_cue_is_not_speech():
    assert rows('The Parliament of New South Wales voted to pass the "Reproductive Health Care Reform Bill 2019" '
                'on Thursday.') == []
    assert rows('The hashtag "#we want freedom of speech#" spread across the country.') == []


def test_subject_rule_needs_a_subject_that_names_someone():
    # an opening word is no subject, and a capitalised word the article also writes in lower case is no name
    assert rows('Thus, we have once again seen the rightfulness of the “The World is bigger than Five” idea.') == []
    assert rows('Unlike the past, no country has the luxury to declare “I am powerful so I refuse to pay”.') == []
    text = ('General debates are long. The general debate this year focuses on “a universal push to transform '
            'our world and its institutions”.')
    assert rows(text) == []


def test_floating_quote_after_a_paragraph_of_the_writer_is_unattributed():
    text = ('Lavrov said the plan was flawed.\n\nThe talks resumed on Monday in Geneva.\n\n'
            '"There have been ideas of creating such areas before."')
    got = rows(text)
    assert got[-1] == ("direct", '"There have been ideas of creating such areas before."', None, None, None,
                       "unattributed")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('According to the newspaper, “America’s gun laws empower dealers.”', "“America’s gun laws empower dealers.”",
         "newspaper"),
        ('Canova wrote to his 20,000 Twitter followers, “It’s time to end her political career.”',
         "“It’s time to end her political career.”", "Canova"),
        ('Trump told the crowd in Des Moines on Sunday: "We are going to win Iowa."', '"We are going to win Iowa."',
         "Trump"),
    ],
)
def test_quotation_after_a_source_or_the_cue_s_circumstances_is_direct(text, content, speaker):
    (r,) = quotes(text).itertuples(index=False)
    assert (r.kind, r.text, r.speaker) == ("direct", content, speaker)


def test_quotation_after_a_clause_and_comma_stays_mixed():
    text = 'He said he was, "really unhappy with the result."'
    (r,) = quotes(text).itertuples(index=False)
    assert r.kind == "mixed" and r.text.startswith("he was")


def test_report_in_an_opening_subordinate_clause_ends_before_the_main_clause():
    text = "Although Ramos says journalists cannot have any political affiliation, he appears uneasy about it."
    (r,) = quotes(text).itertuples(index=False)
    assert (r.text, r.speaker) == ("journalists cannot have any political affiliation", "Ramos")


def test_closing_only_cue_reports_before_that_or_a_quoted_sentence():
    got = rows('He declared that the field remained divided. She declared "What a Super Tuesday!" and said she was '
               "happy. The governor declared a state of emergency.")
    assert [(g[0], g[1], g[2]) for g in got] == [
        ("indirect", "that the field remained divided", "declared"),
        ("direct", '"What a Super Tuesday!"', "declared"),
        ("indirect", "she was happy", "said"),
    ]


def test_mixed_content_ends_at_its_quote_before_a_second_predicate():
    got = rows('He said he was "very happy with the vote" and looked forward to the campaign.')
    assert got[0][:2] == ("mixed", 'he was "very happy with the vote"')
    # "and that" goes on with the same report
    got = rows('He said the plan was "a total disaster" and that it would fail.')
    assert got[0][:2] == ("mixed", 'the plan was "a total disaster" and that it would fail')


def test_participle_after_a_plain_report_stays_in_it_but_after_a_quote_is_an_aside():
    got = rows("He said it was a temporary dip, reflecting restlessness within the electorate.")
    assert got[0][1] == "it was a temporary dip, reflecting restlessness within the electorate"
    got = rows('He said it was "a temporary dip," prompting laughter from the audience.')
    assert got[0][1] == 'it was "a temporary dip,"'


def test_plural_nouns_that_look_like_cues_are_not_reports():
    assert rows("He campaigned in Massachusetts and Vermont, states that vote on March 1.") == []
    assert rows("Their answers may require a trigger warning for the proudly ink-stained set.") == []
    got = rows("The campaign's website states that couples would receive six weeks of paid leave.")
    assert got[0][:3] == ("indirect", "that couples would receive six weeks of paid leave", "states")


def test_headline_kickers_and_tallies_are_not_speakers():
    assert rows("Breaking: Federal Judge Just Gave Hillary Some Of The Worst News") == []
    assert rows("Big Win For Bernie: AFL-CIO Holds Off On Presidential Endorsement") == []
    assert rows("THE TOTAL.\n\nClinton: 2,316.\n\nSanders: 1,547.\n\nClinton needs 67 delegates.") == []


def test_twin_apostrophe_quotes_close_with_their_comma_like_double_marks():
    text = ("''There's so little opportunity,'' Ms. Gil said. ''Skating is a way to reclaim it.''\n\n"
            "''Silly boys acting like they've never seen a girl before,'' scoffed Arianna Gil, 22.")
    got = rows(text)
    assert [(g[0], g[2], g[4]) for g in got] == [("direct", "said", "Arianna Gil"),
                                                 ("direct", "scoffed", "Arianna Gil")]
    assert got[1][1] == "''Silly boys acting like they've never seen a girl before,''"


def test_paragraph_ending_in_a_colon_introduces_the_next_quote_even_after_an_unused_cue():
    text = ("In a press release, the committee said about its platform:\n\n"
            '"The platform goes further than previous platforms on reproductive health."\n\n'
            "Stated Stone:\n\n"
            '"I think that the stakes are so high and Donald Trump has made it pretty clear."')
    got = rows(text)
    assert [(g[3], g[4], g[5]) for g in got] == [("the committee", "committee", "cue"), ("Stone", "Stone", "cue")]
    assert got[1][2] == "Stated"


def test_closing_only_cue_after_a_quote_and_a_longer_subject():
    (r,) = quotes('"Hi Americans! Trump may become your president!" a welcome message on the website reads.'
                  ).itertuples(index=False)
    assert (r.kind, r.cue, r.speaker_mention) == ("direct", "reads", "a welcome message on the website")


def test_an_age_before_the_name_of_a_colon_introduction_is_skipped():
    got = rows("17-year-old Jared Potts echoed:\n\n“He speaks his mind, and that is what the country needs.”")
    assert [(g[3], g[5]) for g in got] == [("Jared Potts", "cue")]


def test_a_dated_document_before_the_cue_is_the_source():
    got = rows("A news report published Wednesday said the secretary used a personal email account.")
    assert got[0][1:4] == ("the secretary used a personal email account", "said", "A news report")
    got = rows("A poll released on Monday found that most voters back the plan.")
    assert got[0][3] == "A poll"


def test_described_as_reports_a_characterisation_without_quotation_marks():
    got = rows("Obama has described the dinner as Washington celebrating itself. The report described the economy.")
    assert got == [("indirect", "the dinner as Washington celebrating itself", "has described", "Obama", "Obama",
                    "cue")]


def test_and_with_an_auxiliary_goes_on_inside_the_reported_clause():
    got = rows('The government said the exercise had been "planned for years" and had nothing to do with the dam.')
    assert got[0][1] == 'the exercise had been "planned for years" and had nothing to do with the dam'
    got = rows('Marrik called the filling "an act of aggression" and demanded that the council act.')
    assert [g[1] for g in got] == ['the filling "an act of aggression"', "that the council act"]


def test_and_with_a_verb_sharing_the_clauses_auxiliary_goes_on():
    for text, content in [
        ("Whitlock said gangs were \u2018stripping shelves to order\u2019 and selling stolen goods online.",
         "gangs were \u2018stripping shelves to order\u2019 and selling stolen goods online"),
        ('Guo added that other countries should "stop stirring up trouble" and respect the region.',
         'other countries should "stop stirring up trouble" and respect the region'),
        ('Moyo said the Bill would be gazetted "within 30 days" and presented to Parliament.',
         'the Bill would be gazetted "within 30 days" and presented to Parliament'),
        ('The court said Suchart had "put his interests first" and failed to uphold his office.',
         'Suchart had "put his interests first" and failed to uphold his office'),
    ]:
        assert rows(text)[0][1] == content
    # a past verb after a modal is the writer's next predicate
    assert rows('Vrenn said the plan would "fail" and warned of cuts.')[0][1] == 'the plan would "fail"'


def test_a_list_with_a_participle_like_noun_after_a_quotation_goes_on():
    got = rows('He said the tax had been "carefully designed" to exclude items such as rice, cooking oil and fresh '
               "vegetables.")
    assert got[0][1].endswith("such as rice, cooking oil and fresh vegetables")


def test_a_second_cue_after_but_keeps_the_speaker():
    got = rows("Lobby group ZELA said it welcomed the Bill but called for wider public consultations.")
    assert [(g[2], g[4]) for g in got] == [("said", "ZELA"), ("called for", "ZELA")]
    got = rows("Rights groups condemned the passage but praised the senators who held it up.")
    assert [(g[2], g[4]) for g in got] == [("condemned", "Rights groups"), ("praised", "Rights groups")]


def test_the_surname_he_before_a_given_name_is_a_name_not_a_pronoun():
    got = rows("Commerce ministry spokeswoman He Yongmei said the probe was lawful. She said talks could go on.")
    assert [g[4] for g in got] == ["He Yongmei", "He Yongmei"]
    got = rows("Vice Premier He Lifeng told reporters the talks were candid. He said they would go on.")
    assert [(g[3], g[4]) for g in got] == [("Vice Premier He Lifeng", "He Lifeng"), ("He", "He Lifeng")]


@pytest.mark.parametrize("text, content", [
    ("Kiprono told senators on Wednesday that no agreement had been signed.", "that no agreement had been signed"),
    ("Treasury warned the government last year that the project carried extreme risk.",
     "that the project carried extreme risk"),
    ("Villacorta admitted on Tuesday, September 2, that some projects existed only on paper.",
     "that some projects existed only on paper"),
    ("Vogel said in Luxembourg, where she was attending a meeting, that the path runs through the ballot box.",
     "that the path runs through the ballot box"),
    ("The ministry brushed aside questions, saying only that Beijing maintained normal contacts.",
     "that Beijing maintained normal contacts"),
])
def test_adverbials_and_asides_before_the_reports_that_stay_out_of_the_content(text, content):
    assert rows(text)[-1][1] == content


def test_a_nouns_or_an_infinitives_that_is_not_the_reports():
    got = rows("Nehlen responded Friday to reports that Trump planned to endorse his opponent.")
    assert got[0][1] == "Friday to reports that Trump planned to endorse his opponent"
    got = rows("The chief minister on Tuesday asked officials to ensure that no devotee faced any inconvenience.")
    assert got[0][1] == "officials to ensure that no devotee faced any inconvenience"


def test_a_speaker_phrase_after_the_cue_goes_on_through_a_long_title_to_the_name():
    got = rows('"This must stop," said Amnesty\'s deputy regional director for the Middle East and North Africa, '
               "Leila Haddadi.")
    assert got[0][3:5] == ("Amnesty's deputy regional director for the Middle East and North Africa, Leila Haddadi",
                           "Leila Haddadi")
    got = rows('"This has to be a first," said Clinton\'s top foreign policy aide Jake Sullivan.')
    assert got[0][3:5] == ("Clinton's top foreign policy aide Jake Sullivan", "Jake Sullivan")
    got = rows('"It is clear," said Republicans on Capitol Hill.')  # a group's place is not its name
    assert got[0][4] != "Capitol Hill"


def test_a_quotation_opened_after_said_comma_runs_over_paragraphs():
    text = ('Danladi said, "The subsidy regime was a scam. The money is now invested in roads.\n\n'
            '"We are not unaware of the pain Nigerians are going through."\n\nHe added that buses were bought.')
    got = rows(text)
    assert got[0][:2] == ("direct", text[text.index('"The subsidy'):text.index("\n\nHe added")])
    assert [g[4] for g in got] == ["Danladi", "Danladi"]


def test_a_live_pages_time_stamp_is_neither_the_speaker_nor_the_content():
    got = rows('16:40 CET - Ukrainian President Oleksandr Kravets has arrived at the venue, telling reporters: '
               '"We need air defence."')
    assert got[0][3] == "Ukrainian President Oleksandr Kravets"
    got = rows("12:55 BST\nTurnout was 52.2%, according to the Central Electoral Commission.")
    assert got[0][1] == "Turnout was 52.2%"
    got = rows("WASHINGTON (Reuters) - The United States imposed sanctions on a refinery, according to the Treasury.")
    assert got[0][1] == "The United States imposed sanctions on a refinery"


def test_a_closing_cue_with_a_time_and_a_circumstance_and_a_charge_denied():
    got = rows("Australia and India will begin talks on a defence pact, the two prime ministers announced on Thursday "
               "after talks at Parliament House.")
    assert got[0][1:4] == ("Australia and India will begin talks on a defence pact", "announced",
                           "the two prime ministers")
    got = rows("Washington has accused Beijing of shielding Khartoum, a charge China denies.")
    assert [(g[1], g[2], g[4]) for g in got] == [("Beijing of shielding Khartoum", "has accused", "Washington")]


def test_a_readout_closing_a_report_is_no_part_of_its_content():
    got = rows('Zhao also said the two sides should "make good use" of the mechanism, the readout said.')
    assert got[0][1:5] == ('the two sides should "make good use" of the mechanism', "also said", "Zhao", "Zhao")


@pytest.mark.parametrize("text, content", [
    ('The army said it had struck "a weapons depot" overnight, in what it called an enforcement action.',
     'it had struck "a weapons depot" overnight'),
    ("The Speaker ruled that there was no provision for a debate, after which Opposition members walked out.",
     "that there was no provision for a debate"),
])
def test_the_writers_aside_after_a_report(text, content):
    assert rows(text)[0][1] == content


def test_a_date_after_a_closing_cue_is_not_what_was_said():
    got = rows("The department has released funds for 20,000 new teachers, Budget Secretary Rowena Cabrera-Ilagan "
               "announced on Tuesday, Oct. 14.")
    assert [(g[1], g[4]) for g in got] == [("The department has released funds for 20,000 new teachers",
                                            "Rowena Cabrera-Ilagan")]
    assert all(g[1] != "on Friday" for g in rows("Daihoku plans to cut jobs in China, the company said on Friday."))


def test_an_appositive_after_a_closing_cue_is_the_writers():
    got = rows("Biden and Xi spoke by phone on Tuesday, the White House said, their first conversation since November.")
    assert got[0][1:4] == ("Biden and Xi spoke by phone on Tuesday", "said", "the White House")
    # a clause after the cue still goes on with the report
    got = rows("The economy is strong, he said, the best it has been in years.")
    assert got[0][1] == "The economy is strong, he said, the best it has been in years"


def test_but_and_a_past_verb_after_a_closing_cue_is_the_speakers_next_report():
    got = rows("The plan will fail, he said, but stressed that talks would continue.")
    assert [(g[1], g[2], g[3]) for g in got] == [("The plan will fail", "said", "he"),
                                                 ("that talks would continue", "stressed", "he")]


def test_a_court_holding_that_reports_its_finding():
    got = rows("The High Court quashed the order, holding that the school was not given a fair hearing.")
    assert got[-1][1:4] == ("the school was not given a fair hearing", "holding that", "The High Court")


def test_a_place_or_occasion_after_said_is_not_what_was_said():
    got = rows("Russia will respond in a measured way, Foreign Ministry spokeswoman Vera Sorokina said at her weekly "
               "briefing on Wednesday.")
    assert all(g[1] != "at her weekly briefing on Wednesday" for g in got)
    # the speaker still introduces the quotation that follows
    got = rows('The director said in a statement. "There are no paper ballots to recount."')
    assert got == [("direct", '"There are no paper ballots to recount."', "said", "The director", "director", "cue")]
    # an inserted cue keeps both parts of its report
    got = rows("He was unable to find a single taker, he said, on condition of anonymity.")
    assert got[0][1] == "He was unable to find a single taker, he said, on condition of anonymity"


def test_a_participle_cue_after_a_report_opens_a_new_row():
    got = rows('Marrik denied that the move was a change of policy, calling it "a matter of vigilance."')
    assert [g[1] for g in got] == ["that the move was a change of policy", 'it "a matter of vigilance."']


def test_time_phrase_after_a_quote_is_not_the_subject_of_a_closing_cue():
    got = rows('Vrenn vowed to defend the river "by every means the constitution allows," a week after Ostrevia '
               "began the second filling of the reservoir.")
    assert [g[2] for g in got] == ["vowed"]
    got = rows("The Ministry of Foreign Affairs of Tarvekia states that this decision is unacceptable.")
    assert got[0][1:3] == ("that this decision is unacceptable", "states")


def test_cue_words_used_as_nouns_are_not_reports():
    text = ("Shortly after Murphy's conference call ended, Rubio's campaign sent out a press release saying "
            'Murphy owes "Florida an explanation for voting against funding."')
    got = rows(text)
    assert [(g[2], g[3]) for g in got] == [("saying", "Rubio's campaign")]
    # a verb after a possessive's noun phrase, and "read" (also a past form) stay cues
    got = rows("Sources close to her campaign say she stands fully behind the president.")
    assert got[0][2] == "say"
    got = rows('"Though there are four years to go, leaders honored Trump yesterday," the article read.')
    assert got[0][2:4] == ("read", "the article")


def test_a_participle_phrase_between_the_source_and_the_cue_is_skipped():
    got = rows('Another intelligence source speaking to Fox News said, "The agents are investigating the donations."')
    assert got[0][3] == "Another intelligence source"


def test_a_question_quote_joins_a_long_attribution_that_starts_with_its_cue():
    text = ("Cameron suggested that the billionaire would unite Britain against him.\n"
            "“It looks like we’re not going to have a very good relationship, who knows?” Trump told Britain’s ITV "
            "television station in an interview aired on Monday when asked how ties would fare.")
    got = rows(text)
    assert got[1][:5] == ("direct", "“It looks like we’re not going to have a very good relationship, who knows?”",
                          "told", "Trump", "Trump")


def test_a_relative_clause_after_the_subject_of_a_that_clause_stays_in_the_report():
    got = rows("Cameron suggested that the New York billionaire, who is now the presumptive nominee, would unite "
               "Britain against him.")
    assert got[0][1] == ("that the New York billionaire, who is now the presumptive nominee, would unite Britain "
                         "against him")
    # after an object, the relative clause is the writer's
    got = rows("Graham acknowledges the reality of climate change, which makes him an outlier among Republicans.")
    assert got[0][1] == "the reality of climate change"


def test_show_and_report_after_a_singular_noun_are_nouns():
    assert rows('He was introduced by Buddy Valastro, star of the TLC reality show "Cake Boss."') == []
    assert rows("Speaking on radio show Joney's Jukebox last week, Kiedis was happy.") == []
    got = rows("Other recent polls from Monmouth University and CNN/ORC respectively show a 56% approval rating.")
    assert got[0][2] == "show"
    got = rows("Polls show Clinton up by 10 points in New York.")
    assert got[0][2:4] == ("show", "Polls")


def test_a_cue_between_commas_inside_the_reported_clause_gives_a_two_part_content():
    text = "The plan, he said, would fail within a year."
    (r,) = quotes(text).itertuples(index=False)
    assert (r.kind, r.text, r.cue, r.speaker_mention) == ("indirect", "The plan, he said, would fail within a year",
                                                          "said", "he")
    assert [text[a:b] for a, b in schema.segment_spans(r)] == ["The plan", "would fail within a year"]
    check_offsets(text, quotes(text))
    # an opening adverbial is not part of what was said
    got = rows("Rather, he said, continued struggles by Trump will coalesce support around stopping him.")
    assert got[0][1] == "continued struggles by Trump will coalesce support around stopping him"


def test_an_inverted_cue_inside_the_reported_clause_gives_a_two_part_content():
    text = "The contrast with Trump, said Doyle and others, would be clear since he has no former presidents."
    (r,) = quotes(text).itertuples(index=False)
    assert (r.kind, r.speaker_mention, r.cue) == ("indirect", "Doyle and others", "said")
    assert [text[a:b] for a, b in schema.segment_spans(r)] == [
        "The contrast with Trump", "would be clear since he has no former presidents"]
    # a closing cue before a new clause is not one
    got = rows("The plan failed, said Doyle, and the talks ended.")
    assert got[0][1] == "The plan failed"


def test_a_multi_paragraph_quote_closed_in_the_next_paragraph_takes_its_closing_cue():
    text = ('\u201cTrump says the things people want,\u201d Rubio said. \u201cBut presidents can\u2019t say anything.'
            '\n\n\u201cI am not interested in being correct,\u201d he continued.')
    got = rows(text)
    assert [(r[1][:16], r[2], r[3]) for r in got] == [
        ("\u201cTrump says the ", "said", "Rubio"), ("\u201cBut presidents ", "continued", "he")]
    assert got[1][1].endswith("correct,\u201d")


def test_a_quoted_sentence_with_a_short_writer_tail_goes_on_with_the_quote_before():
    text = ("''Bernie is in good shape,'' said Tad Devine, an adviser. ''We could win enough delegates to catch up "
            "further to her,'' which votes June 7.")
    (r,) = rows(text)
    assert r[1] == text[: text.index(" which votes")] and r[3] == "Tad Devine"
    # without an attribution just before, such a sentence is no row of its own
    assert rows("''We could win enough delegates to catch up further to her,'' which votes June 7.") == []


def test_a_quote_after_an_active_perfect_or_progressive_verb_is_the_subjects():
    got = rows("Reid has gone after Trump as a \u201chuman leech who will bleed the country\u201d and a rival.")
    assert [(r[1], r[3], r[5]) for r in got] == [
        ("\u201chuman leech who will bleed the country\u201d", "Reid", "context")]
    assert rows("Trump was called \u201ca liar who cheats everyone\u201d by his rivals.") == []  # a passive


def test_a_dated_phrase_between_the_speaker_and_the_cue_is_no_speaker():
    got = rows("He clashed with McConnell, now the majority leader, who in 2010 said the goal was to beat Obama.")
    assert [(r[1], r[3], r[4]) for r in got] == [("the goal was to beat Obama", "who", "McConnell")]
    got = rows("Smith in June 2015 told reporters the plan would fail.")
    assert [(r[1], r[3]) for r in got] == [("the plan would fail", "Smith")]


def test_a_cue_word_after_of_is_a_noun_whose_sender_speaks():
    got = rows("Hours after Trump unleashed a flurry of tweets shaming Alicia Machado, Pence spoke.")
    assert [(r[1], r[2], r[3]) for r in got] == [("shaming Alicia Machado", "tweets", "Trump")]
    # without a participle after it, the noun reports nothing; a later participle has the subject's speech
    got = rows("Trump sent a series of tweets early Friday saying that Clinton had shown bad judgment.")
    assert [(r[1], r[2], r[3]) for r in got] == [("that Clinton had shown bad judgment", "saying", "Trump")]
    assert rows("The campaign will move on to a number of states that are likely to be friendly to Trump.") == []


def test_a_participle_before_its_noun_and_a_seen_object_are_no_reports():
    assert rows("Payments were made to her to remain silent about alleged affairs with Trump.") == []
    assert rows("He was fired after repeated clashes with Mr. Lewandowski.") == []
    assert rows("The astronomers observed the protoplanetary disk around the star.") == []
    # "observed" with a clause or a quotation is a report
    assert [r[1] for r in rows("He observed that the talks had failed.")] == ["that the talks had failed"]
    assert [r[3] for r in rows('"We are done," he observed.')] == ["he"]


def test_a_passive_naming_with_its_agent_is_the_agents():
    got = rows('The results were described by Johnson as a "historic mandate", saying he intends to leave.')
    assert [(r[0], r[1], r[3]) for r in got] == [
        ("mixed", 'as a "historic mandate"', "Johnson"), ("indirect", "he intends to leave", "Johnson")]
    got = rows('Mancini has been described by the Daily Hive as a "squirrel whisperer".')
    assert [(r[1], r[3]) for r in got] == [('as a "squirrel whisperer"', "the Daily Hive")]


def test_attributing_a_cause_is_a_report_and_a_body_named_for_a_purpose_stays_whole():
    got = rows("Officials have attributed the glacial pace to thousands of provisional ballots.")
    assert [(r[1], r[2], r[3]) for r in got] == [
        ("the glacial pace to thousands of provisional ballots", "have attributed", "Officials")]
    assert rows("The statement was attributed to Dr. Harold Bornstein.") == []  # a passive: no one speaks
    got = rows("The Committee to Protect Journalists reports that 30 journalists were jailed.")
    assert [(r[3], r[4]) for r in got] == [
        ("The Committee to Protect Journalists", "Committee to Protect Journalists")]


def test_a_relative_clause_inside_the_reported_subject_does_not_end_the_report():
    got = rows("The commission announced on Friday the second debate, which was slated for October 15, has been "
               "cancelled.")
    assert got[0][1] == "the second debate, which was slated for October 15, has been cancelled"
    # the writer's relative clause after an object still ends it
    assert rows("He said he backed the plan, which was drafted in May, and left.")[0][1] == "he backed the plan"


def test_a_clock_time_is_one_token_so_a_report_runs_past_it():
    got = rows("The first attack reportedly was in Al Noor Mosque at about 13:40 local time.")
    assert got[0][1] == "The first attack reportedly was in Al Noor Mosque at about 13:40 local time"


def test_in_his_words_and_in_the_words_of_are_source_phrases():
    got = rows("Sergey Lavrov spoke in Moscow on Monday. In his words, the ceasefire is holding.")
    assert [(r[1], r[2], r[3], r[4]) for r in got] == [
        ("the ceasefire is holding", "In his words", "his", "Sergey Lavrov")]
    got = rows("The ceasefire is holding, in the words of a senior Russian diplomat.")
    assert [(r[1], r[3]) for r in got] == [("The ceasefire is holding", "a senior Russian diplomat")]
    # inserted in another report, the phrase is part of it
    got = rows("She promised to put him in charge because, in her words, \u201che knows how to do it.\u201d")
    assert [(r[2], r[1]) for r in got] == [
        ("promised", "to put him in charge because, in her words, \u201che knows how to do it.\u201d")]
    # a subject holding "in" still speaks ("in" opens no verb)
    got = rows("Majorities of Democrats in five states going to the polls Tuesday say they would be satisfied.")
    assert [r[3] for r in got] == ["Majorities of Democrats in five states going to the polls Tuesday"]


def test_an_object_pronoun_after_according_to_resolves_like_a_subject():
    got = rows("Sergey Lavrov spoke in Moscow on Monday. According to him, the talks will continue next week.")
    assert [(r[3], r[4]) for r in got] == [("him", "Sergey Lavrov")]


def test_number_10_is_part_of_the_speaker():
    got = rows('A No 10 spokeswoman said: "The PM has made her position clear."')
    assert [r[3] for r in got] == ["A No 10 spokeswoman"]


def test_a_body_s_it_after_in_a_statement_opens_the_report():
    got = rows('The UN Security Council said in a statement it "strongly condemned" the attack.')
    assert [(r[0], r[1]) for r in got] == [("mixed", 'it "strongly condemned" the attack')]


def test_an_aside_of_being_asked_stays_between_the_speaker_and_the_cue():
    got = rows("The issue came up after Mr. Trump, asked about the deaths of journalists, had said, "
               "''I think our country does plenty of killing also.''")
    assert [(r[0], r[3]) for r in got] == [("direct", "Mr. Trump")]


def test_an_object_goes_on_over_a_list_or_an_in_particular_phrase():
    got = rows("Vladimir Putin expressed gratitude to the pilots for their courage, professionalism and heroism.")
    assert got[0][1] == "gratitude to the pilots for their courage, professionalism and heroism"
    got = rows("Both sides expressed readiness for joint efforts, in particular by strengthening cooperation.")
    assert got[0][1] == "readiness for joint efforts, in particular by strengthening cooperation"
    # a participle after the comma still opens a report of its own
    assert [r[1] for r in rows("He endorsed Trump, saying he was the best choice.")] == [
        "Trump", "he was the best choice"]


def test_a_clause_cut_after_its_verb_by_according_to_goes_on_with_its_quotation():
    text = 'Six of the murders were, according to agreed facts heard in court, "sexual in nature".'
    (r,) = quotes(text).itertuples(index=False)
    assert r.kind == "mixed" and [text[a:b] for a, b in schema.segment_spans(r)] == [
        "Six of the murders were", '"sexual in nature"']


def test_a_report_ends_before_a_quotation_with_its_own_speaker_a_comparison_or_a_next_act():
    got = rows('The WHO noted the need to act: "All countries must act now," said Tedros Adhanom Ghebreyesus.')
    assert [(r[1], r[3]) for r in got] == [
        ("the need to act", "The WHO"), ('"All countries must act now,"', "Tedros Adhanom Ghebreyesus")]
    assert rows("Aides publicly denied the story as did adviser John Bolton.")[0][1] == "the story"
    assert rows("Raab urged the embassy to reconsider and spoke with Pompeo.")[0][1] == "the embassy to reconsider"
    got = rows("One interviewee said people changed their minds and several said they wanted change.")
    assert [(r[1], r[3]) for r in got] == [
        ("people changed their minds", "One interviewee"), ("they wanted change", "several")]


def test_a_cue_before_a_subordinate_clause_with_its_own_subject_reports_nothing():
    got = rows("Biden denied, though Trump said it is on tape.")
    assert [(r[1], r[3]) for r in got] == [("it is on tape", "Trump")]
    # an inserted cue keeps the clause it sits in
    got = rows("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.")
    assert got[0][3] == "Mr. Clarke" and got[0][1].startswith("Lenox was a juggernaut")


def test_an_infinitive_of_saying_before_a_quotation_is_the_subject_s():
    got = rows('Smith went as far as to say, "I am glad it happened."')
    assert [(r[0], r[3]) for r in got] == [("direct", "Smith")]


def test_plural_subjects_joined_by_and_and_exchanged_views_on():
    got = rows("Experts and political scientists predict the shape of the future world.")
    assert [r[3] for r in got] == ["Experts and political scientists"]
    got = rows("The presidents also exchanged views on key international issues.")
    assert [(r[1], r[2]) for r in got] == [("key international issues", "also exchanged views on")]


def test_a_plural_possessive_inside_a_body_s_name_keeps_the_name_whole():
    got = rows("He died yesterday, said the Veterans' Affairs Department.")
    assert [r[3] for r in got] == ["the Veterans' Affairs Department"]


def test_a_given_name_spelt_like_a_modal_or_a_month_before_a_surname():
    text = '"It is expensive," said Will Doyle, a professor at Vanderbilt University. "Costs rise every year."'
    got = rows(text)
    assert [(r[0], r[1], r[4]) for r in got] == [("direct", '"It is expensive,"', "Will Doyle"),
                                                 ("direct", '"Costs rise every year."', "Will Doyle")]
    assert [r[4] for r in rows('"It is expensive," said May Smith.')] == ["May Smith"]
    assert [r[1] for r in rows("He said he will Never give up.")] == ["he will Never give up"]  # no name
    assert [r[4] for r in rows("In June Clinton said she would win.")] == ["Clinton"]  # a date's month


@pytest.mark.parametrize("text, content", [
    ("Loyalty, he noted, has long been a core tenet of the Republican Party.",
     "Loyalty, he noted, has long been a core tenet of the Republican Party"),
    ('The Opposition, he said, was trying to "create chaos" to cover up its defeats.',
     'The Opposition, he said, was trying to "create chaos" to cover up its defeats'),
    ("Still, he said, it was a good day.", "it was a good day"),
    ("Six months ago, the senator said, the media considered him a fringe candidate.",
     "the media considered him a fringe candidate"),
])
def test_the_opening_part_of_a_clause_around_a_parenthetical_cue(text, content):
    assert [r[1] for r in rows(text)] == [content]


def test_a_subject_of_two_names_after_that_does_not_end_the_report():
    got = rows("The Kremlin spokesman added that Putin and US President Donald Trump had agreed to keep in contact.")
    assert [r[1] for r in got] == ["that Putin and US President Donald Trump had agreed to keep in contact"]
    got = rows("She says she respects him but argues that he is wrong.")
    assert [r[1] for r in got] == ["she respects him", "that he is wrong"]


def test_a_parenthetical_cue_before_the_writers_as_clause_closes_the_report():
    got = rows("The death toll from flash floods in eastern Spain has risen to 158, officials have said, as rescuers "
               "continue to search for dozens of people still missing.")
    assert [(r[1], r[3]) for r in got] == [
        ("The death toll from flash floods in eastern Spain has risen to 158", "officials")]


def test_the_subject_before_its_aside_speaks_after_a_colon():
    got = quotes('Former Wales fly-half Gareth Bowen, speaking on BBC Radio Wales, was less forgiving: "This is the '
                 'worst Wales side I have seen in 30 years."')
    assert got[["speaker_mention", "speaker"]].values.tolist() == [["Former Wales fly-half Gareth Bowen",
                                                                    "Gareth Bowen"]]


def test_a_short_appositive_then_and_goes_on_with_the_reported_clause():
    got = quotes("Ramsay said the agency was holding more than 58,000 people, a record, and spending $3 million a "
                 "day more than its budget allows.")
    assert got.text.tolist() == ["the agency was holding more than 58,000 people, a record, and spending $3 million "
                                 "a day more than its budget allows"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A group that represents farmers said the plan would fail.", "A group"),
        ("A commission probing the stampede has said poor crowd management led to the tragedy.",
         "A commission probing the stampede"),
        ("The company making the vaccine said supplies were short.", "The company making the vaccine"),
    ],
)
def test_a_body_described_by_a_relative_clause_or_a_participle_speaks(text, mention):
    assert quotes(text).speaker_mention.tolist() == [mention]


def test_a_time_between_commas_after_an_appositive_name_keeps_the_name_nigerian_style():
    text = ("The Enugu State Governor, Dr. Chukwuemeka Ugwuanyi-Ani, yesterday, said the state would not "
            "tolerate the order.")
    q = quotes(text)
    assert q.speaker_mention.tolist() == ["The Enugu State Governor, Dr. Chukwuemeka Ugwuanyi-Ani"]
    assert q.speaker.tolist() == ["Chukwuemeka Ugwuanyi-Ani"]
    assert q.text.tolist() == ["the state would not tolerate the order"]


def test_an_aide_to_a_named_official_is_the_aide():
    text = ("The Chief Press Secretary to Governor AbdulGaniyu Olarewaju-Saliu, Mr. Abdulrafiu Olanrewaju Ajibade, "
            "said the square remained \"the property of the people.\"")
    assert quotes(text).speaker.tolist() == ["Abdulrafiu Olanrewaju Ajibade"]


def test_a_press_note_is_a_document_not_the_verb_note():
    text = ("In Bengaluru, Karnataka Chief Electoral Officer Smt. R. Latha Kumari, in a press note, said a report "
            "had been sought from the district electoral officer.")
    q = quotes(text)
    assert q[["speaker", "cue", "text"]].values.tolist() == [
        ["R. Latha Kumari", "said", "a report had been sought from the district electoral officer"]]


def test_a_quotations_opening_whenever_is_no_fuller_name_of_a_party():
    text = ("NEW DELHI, March 3 (PTI) The Congress on Sunday accused the Election Commission of deleting names "
            "from electoral rolls.\n\n\"Whenever the Congress senses defeat, it attacks the Election Commission,\" "
            "BJP spokesperson Gaurav Malhotra told PTI.")
    assert quotes(text).speaker.tolist() == ["Congress", "Gaurav Malhotra"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The PNP's spokesman on national security, Senator Patrice Walcott-Grant, said the party would table a "
         "motion next week.", "Patrice Walcott-Grant"),
        ("A political science lecturer at the University of Dar es Salaam, Dr Neema Lyimo-Shayo, said the debate "
         "would continue long after the election.", "Neema Lyimo-Shayo"),
        ("Their lawyer, Tinotenda Marume-Sibanda of Zimbabwe Lawyers for Human Rights (ZLHR), told the court that "
         "the gathering was a private birthday celebration.", "Tinotenda Marume-Sibanda"),
    ],
)
def test_a_role_with_a_lower_case_brief_and_a_name_in_apposition_speaks_by_the_name(text, speaker):
    assert quotes(text).speaker.tolist() == [speaker]


def test_a_body_whose_name_lists_its_fields_after_its_of_is_no_speaker():
    text = ("Hamid Hosseini-Tabar, a board member of the Tehran Chamber of Commerce, Industries, Mines and "
            "Agriculture (TCCIMA), pointed to volatility in the market.\n\n\"Exporters cannot plan,\" he told ILNA.")
    assert quotes(text).speaker.tolist() == ["Hamid Hosseini-Tabar", "Hamid Hosseini-Tabar"]


def test_a_place_then_a_lower_case_title_then_the_name_in_apposition_speaks_by_the_name():
    text = ("The Queensland resources minister, Brett Hollier, welcomed the decision, saying it was \"great news "
            "for Moranbah families and the state's economy\".")
    assert quotes(text).speaker.tolist() == ["Brett Hollier"]
    text = ("Outside the campaign, an increasing number of Democrats are warning against a Trump-only campaign.")
    assert "Outside the campaign" not in quotes(text).speaker.tolist()


def test_a_name_then_a_bare_lower_case_title_then_a_relative_clause_speaks_by_the_name():
    text = ("Inspector Rajbir Singh Dahiya, station house officer (SHO) of the cyber police station, who led the "
            "team that travelled to Jharkhand, told HT that the accused had tried to escape.")
    assert quotes(text).speaker.tolist() == ["Rajbir Singh Dahiya"]
    text = ("In addition to Mr. Regalado, two Republican members of Congress from Florida, Ileana Ros-Lehtinen and "
            "Carlos Curbelo, have said they will not back Mr. Trump.")
    assert "Regalado" not in quotes(text).speaker.tolist()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"Permission will be considered once an application is submitted,\" said DMP Additional Commissioner "
         "(crime and operations) Shafiqul Haque Bhuiyan.", "Shafiqul Haque Bhuiyan"),
        ("\"Permission will be considered,\" said DCP (Zone 9) Ramesh Kumar.", "Ramesh Kumar"),
    ],
)
def test_an_inverted_title_with_its_brief_in_brackets_goes_on_to_the_name(text, speaker):
    assert quotes(text).speaker.tolist() == [speaker]


def test_ukrainska_pravda_quote_labels_name_no_one_called_quote():
    text = ("Ukrenergo said that outages would be applied from 07:00 to 22:00.\n\n"
            "Quote from Ukrenergo: \"The situation in the power system remains difficult.\"\n\n"
            "Ilko Bondar, DTEK's executive director for generation, told Ukrainska Pravda that damage was severe.\n\n"
            "Quote: \"We restore, they destroy, and we restore again.\"")
    q = quotes(text)
    assert q.speaker.tolist() == ["Ukrenergo", "Ukrenergo", "Ilko Bondar", "Ilko Bondar"]
    assert "Quote" not in q.speaker_mention.tolist()


def test_a_call_sign_between_a_name_and_its_title_is_no_speaker():
    text = ("Serhii Yarmolenko, call sign Yarik, the commander of a drone battalion in the 68th Brigade, told "
            "Ukrainska Pravda that the shortage of infantry was the main problem.")
    assert quotes(text).speaker.tolist() == ["Serhii Yarmolenko"]


def test_a_relative_clause_involved_in_a_survey_has_no_poll_as_its_source():
    text = ("\u201cThis is about as close as a race gets,\u201d said Leah Ostrowski, a political scientist at Franklin "
            "& Marshall College who was not involved in the survey.")
    assert quotes(text).speaker.tolist() == ["Leah Ostrowski"]
    q = quotes("Kasich was at 25 percent in the most recent Fox poll.")
    assert q[["cue", "speaker"]].values.tolist() == [["in", "most recent Fox poll"]]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Rep. Owen Bachman, R-W.Va., a co-sponsor of the bill, said the protest wouldn\u2019t change any votes.",
         ["Owen Bachman"]),
        ("D.C. Mayor Vanessa Holt (D), who had expressed reservations about parts of the bill, nonetheless said in "
         "a statement that decisions should be made locally.", ["Vanessa Holt", "Vanessa Holt"]),
    ],
)
def test_a_negated_auxiliary_makes_a_clause_and_a_sentence_adverb_is_no_speaker(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rome's councillor for tourism and major events, Fabrizia Santacroce, said the fee would apply only to the "
         "basin.", "Fabrizia Santacroce"),
        ("The leader of the hard-left France Unbowed (LFI) group in parliament, Mathilde Ferrand, said her party "
         "would table a motion.", "Mathilde Ferrand"),
    ],
)
def test_a_long_role_with_lower_case_words_and_a_name_in_apposition_speaks_by_the_name(text, speaker):
    assert quotes(text).speaker.tolist() == [speaker]


def test_a_welsh_ap_stays_inside_a_name_in_apposition():
    text = "Plaid Cymru's transport spokesperson, Ll\u0177r ap Dafydd MS, said the review had been \"messy\"."
    assert quotes(text).speaker.tolist() == ["Ll\u0177r ap Dafydd"]


def test_a_titled_role_with_a_relative_clause_then_the_name_in_apposition_speaks_by_the_name():
    text = "The Labour MP who steered the bill through the Commons, Rosalind Keane, said she was frustrated."
    assert quotes(text).speaker.tolist() == ["Rosalind Keane"]


def test_a_participle_after_a_report_in_a_noun_phrase_goes_on_with_the_sentences_subject():
    text = ("Treasury Secretary Evelyn Marchand on Wednesday pushed back on Republican claims that the spending has "
            "fueled inflation, telling the House Financial Services Committee that price growth had come down.")
    q = quotes(text)
    assert q[q.cue == "telling"].speaker.tolist() == ["Evelyn Marchand"]


@pytest.mark.parametrize(
    ("text", "contents", "speakers"),
    [
        ("Sather said that while he supported lower costs, the program is bad.",
         ["that while he supported lower costs, the program is bad"], ["Sather"]),
        ("Sather said that before he announced the plan, the governor had agreed.",
         ["that before he announced the plan, the governor had agreed"], ["Sather"]),
        ("The industry\u2019s main lobbying group, the Pharmaceutical Research and Manufacturers of America, said in "
         "a statement that the program amounted to price-setting.", ["that the program amounted to price-setting"],
         ["Pharmaceutical Research and Manufacturers of America"]),
    ],
)
def test_a_subordinate_clause_opening_the_content_and_a_body_named_after_its_description(text, contents, speakers):
    q = quotes(text)
    assert q.text.tolist() == contents
    assert q.speaker.tolist() == speakers


def test_a_bodys_acronym_in_brackets_does_not_end_the_object_of_an_accusation():
    text = 'Mohammed Abdul-Karim accused the New Patriotic Party (NPP) of "bussing macho men into Nima".'
    q = quotes(text)
    assert q[["kind", "text", "speaker"]].values.tolist() == [
        ["mixed", 'the New Patriotic Party (NPP) of "bussing macho men into Nima"', "Mohammed Abdul-Karim"]]


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("The government is lying, opposition leader John Smith said Tuesday.", "opposition leader John Smith",
         "John Smith"),
        ("The government is lying, rights group Amnesty International said.", "rights group Amnesty International",
         "Amnesty International"),
        ("Cases have risen to 412 this year, public health institute RIVM said on Thursday.",
         "public health institute RIVM", "RIVM"),
    ],
)
def test_a_closing_speaker_described_in_lower_case_after_the_comma(text, mention, speaker):
    q = quotes(text)
    assert q[["speaker_mention", "speaker"]].values.tolist() == [[mention, speaker]]
    assert q.text.iloc[0] == text.split(",")[0]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The ship was seized, local media reported, citing police.", [["The ship was seized", "local media"]]),
        ("The ship was seized, media reported.", [["The ship was seized", "media"]]),
        ("Though media reports and party sources described the push as impossible, delegates made their point.",
         [["the push as impossible", "party sources"]]),
    ],
)
def test_media_report_in_a_closing_attribution_but_media_reports_are_a_noun(text, rows):
    assert quotes(text)[["text", "speaker_mention"]].values.tolist() == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The port reopened on Monday, officials said, and police said no one was hurt.",
         [["The port reopened on Monday", "officials"], ["no one was hurt", "police"]]),
        ("The bridge is safe, Smith said, but Jones warned that cracks had appeared.",
         [["The bridge is safe", "Smith"], ["that cracks had appeared", "Jones"]]),
    ],
)
def test_a_closing_report_then_a_second_report_joined_by_and(text, rows):
    assert quotes(text)[["text", "speaker_mention"]].values.tolist() == rows


def test_a_clause_joined_after_an_inserted_cue_goes_on_with_the_report():
    q = quotes("The port reopened on Monday, officials said, and it would stay open all week.")
    assert q[["text", "segments"]].values.tolist() == [
        ["The port reopened on Monday, officials said, and it would stay open all week", "0:27;45:76"]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("In many regions, climate and conflict are now feeding on each other, Deputy Secretary-General Rosalind "
         "Achterberg told the Security Council today, as more than 60 speakers debated the issue.",
         "In many regions, climate and conflict are now feeding on each other"),
        ("The economy is recovering, the minister said on Monday, as thousands of workers returned to the factories.",
         "The economy is recovering"),
    ],
)
def test_a_counted_as_clause_after_a_closing_report_is_the_writers(text, content):
    assert quotes(text).text.tolist() == [content]


def test_an_act_with_an_indefinite_object_inside_a_closing_report_is_what_was_reported():
    q = quotes("The company had offered a pay rise over 32 months, she said, adding that the demand was not "
               "financeable.")
    assert q[["text", "cue", "speaker_mention"]].values.tolist() == [
        ["The company had offered a pay rise over 32 months", "said", "she"],
        ["that the demand was not financeable", "adding", "she"]]
    q = quotes("The government promised the workers would get a pay rise, she said.")
    assert q.cue.tolist() == ["promised"]  # a report of its own inside keeps its row


def test_a_hearer_in_lower_case_before_the_clause_is_not_content():
    assert quotes("GDL chief Sven Hallmann told dpa the union had been left with no choice.").text.tolist() == [
        "the union had been left with no choice"]


def test_a_constables_abbreviated_rank_does_not_end_the_sentence():
    q = quotes('"This was brazen, and it was terrifying for the staff," Const. Tyler Bramwell told CTV News Toronto '
               'on Monday.')
    assert q[["kind", "speaker", "speaker_role"]].values.tolist() == [["direct", "Tyler Bramwell", "Const."]]


def test_a_quantifier_after_the_hearer_opens_the_reported_clause():
    for hearer in ("reporters", "CBC News"):
        q = quotes(f"Director Darlene Ostrowski told {hearer} many residents still did not know why.")
        assert q.text.tolist() == ["many residents still did not know why"]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("N. Korea fires ballistic missile into East Sea: JCS\n\nSEOUL, June 1 (Yonhap) -- North Korea fired a "
         "missile, the Joint Chiefs of Staff (JCS) said.", "N. Korea fires ballistic missile into East Sea", "JCS"),
        ("Soyuz MS-29 docks with ISS - Roscosmos\n\nMOSCOW, April 9. /TASS/. The spacecraft has docked with the "
         "station, Roscosmos said.", "Soyuz MS-29 docks with ISS", "Roscosmos"),
    ],
)
def test_a_headline_that_names_its_source_at_its_end(text, content, mention):
    q = quotes(text)
    assert q[["text", "speaker_mention"]].values.tolist()[0] == [content, mention]


def test_a_headline_ending_in_a_rubric_or_a_sentence_is_no_attribution():
    assert quotes("Brexit talks stall again - live updates\n\nThe talks stalled, officials said.").text.tolist() == [
        "The talks stalled"]
    assert quotes("The vote was delayed again - Smith.\n\nNothing else happened.").empty


def test_a_circumstance_after_a_closing_cue_is_not_what_was_said():
    q = quotes('"Boots on the ground" would be appropriate, Republican candidate Ben Carson said after the attacks.')
    assert q[["kind", "text", "speaker"]].values.tolist() == [
        ["mixed", '"Boots on the ground" would be appropriate', "Ben Carson"]]


def test_an_inverted_title_and_name_may_end_with_a_place():
    q = quotes("Even India has more cultural resonance through Bollywood films, says political scientist Dossym "
               "Satpayev in Almaty.")
    assert q[["text", "speaker", "speaker_role"]].values.tolist() == [
        ["Even India has more cultural resonance through Bollywood films", "Dossym Satpayev", "political scientist"]]


def test_who_after_a_preposition_asks_a_question_and_does_not_speak():
    q = quotes('The debate grew so heated over who supported which Senate bill that New Jersey Gov. Chris Christie '
               'said, "I feel like I need a Washington-to-English converter."')
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Chris Christie"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The real issue, say analysts, is money.", "analysts"),
        ("Part of the problem, say experts like Paul Bauman, a Canadian geophysicist, is the ground itself.",
         "Paul Bauman"),
    ],
)
def test_an_inverted_cue_inside_the_clause_before_its_verb(text, speaker):
    q = quotes(text)
    assert q[["text", "speaker"]].values.tolist() == [[text[:-1], speaker]]
    assert q.segments[0].count(";") == 1  # the two parts around the cue and its speaker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Several residents who testified said they supported the idea.", "Several residents"),
        ("Consumer advocates who testified later in the day said the appeals have become frequent.",
         "Consumer advocates"),
    ],
)
def test_a_relative_clause_before_the_main_cue_makes_no_report(text, mention):
    q = quotes(text)
    assert q[["speaker_mention", "cue"]].values.tolist() == [[mention, "said"]]


def test_a_possessive_after_initials_stays_one_word():
    q = quotes("\u201cWe\u2019ve made real progress,\u201d the U.K.\u2019s lead negotiator, Sir Nicholas Eade, told "
               "POLITICO.")
    assert q[["kind", "speaker"]].values.tolist() == [["direct", "Nicholas Eade"]]


def test_a_comma_inside_an_unpaired_single_quoted_phrase_ends_the_content():
    q = quotes("EDL will raise supply to 10 hours a day \u2018by summer,\u2019 the energy minister said on Friday.")
    assert q[["text", "speaker"]].values.tolist() == [
        ["EDL will raise supply to 10 hours a day \u2018by summer,\u2019", "energy minister"]]


def test_a_writers_clause_after_a_closing_cue_in_a_headline():
    q = quotes("Sudan crisis 'the worst I have seen in 30 years', UN aid chief says as donors pledge $1.2bn\n\n"
               "The UN's top humanitarian official warned of famine.")
    assert q.text.tolist()[0] == "Sudan crisis 'the worst I have seen in 30 years'"
    q = quotes("He has an edge over Clinton, who\u2019s viewed as honest by 55 percent of Democrats.")
    assert q.text.tolist() == ["as honest by 55 percent of Democrats"]  # ("as" before an adjective: no clause)


def test_a_second_past_predicate_of_the_reported_clause_stays_in_it():
    q = quotes('Water resources expert Fatima-Zahra Bennis said the country could no longer "bet on the rain" and '
               'needed to accelerate desalination.')
    assert q.text.tolist() == ['the country could no longer "bet on the rain" and needed to accelerate desalination']
    q = quotes('He said the plan was "dead" and vowed to fight on.')
    assert q.cue.tolist() == ["said", "vowed"]  # (a cue is the speaker's next report)


def test_an_evidence_verb_after_and_is_the_reported_clauses_own_predicate():
    q = quotes("Haynes's attorney, Kofi Mensah, told jurors the video is grainy and never shows the shooter's face.")
    assert q.cue.tolist() == ["told"]  # (no second report: "never shows" is the video's)
    q = quotes("He said the economy was weak and suggested that rates would fall.")
    assert q.cue.tolist() == ["said", "suggested"]  # (his own second report, with its "that")


def test_an_adverb_and_a_verb_after_an_inverted_cue_open_the_clause_not_a_speaker():
    q = quotes("Elisa Quintanilla, the group's co-founder, said the ordinance simply tells police how to prioritize "
               "their limited time.")
    assert q[["speaker", "text"]].values.tolist() == [
        ["Elisa Quintanilla", "the ordinance simply tells police how to prioritize their limited time"]]


def test_a_modal_after_a_quoted_fragment_goes_on_with_the_reported_clause():
    q = quotes('Minister for Finance Ciarán Mulvihill said the figures were "volatile month to month" and should be '
               'viewed over the year as a whole.')
    assert q.text.tolist() == ['the figures were "volatile month to month" and should be viewed over the year as a '
                               'whole']


@pytest.mark.parametrize(
    ("headline", "mention"),
    [
        ("Water minister: Aqaba-Amman conveyor on schedule despite cost overruns", "Water minister"),
        ("Boise police: Officer fired at man who pointed rifle toward patrol car", "Boise police"),
    ],
)
def test_a_headline_label_ending_in_a_lower_case_office(headline, mention):
    q = quotes(headline + "\n\nThe project remains on schedule, officials said.")
    assert q[["text", "speaker_mention"]].values.tolist()[0] == [headline.split(": ", 1)[1], mention]
    assert quotes("UK economy: Growth slows to 0.1 percent in third quarter\n\nThe economy grew slowly.").empty


@pytest.mark.parametrize(
    ("headline", "quote", "mention"),
    [
        ("\u2018Foot stays on the pedal\u2019 \u2013 Commissioner Blake-Henry", "\u2018Foot stays on the pedal\u2019",
         "Commissioner Blake-Henry"),
        ("\u2018No magic, only discipline\u2019: Echeverr\u00eda hails inflation slowdown",
         "\u2018No magic, only discipline\u2019", "Echeverr\u00eda"),
    ],
)
def test_a_headline_quotation_with_its_speaker_after_a_dash_or_a_colon(headline, quote, mention):
    q = quotes(headline + "\n\nInflation slowed in May, the statistics office said.")
    assert q[["kind", "text", "speaker_mention"]].values.tolist()[0] == ["direct", quote, mention]


def test_a_headline_quotation_then_a_noun_phrase_is_no_attribution():
    q = quotes("\u2018If this were Herzliya, the army would be here\u2019: Arab mayors strike over crime "
               "wave\n\nNothing happened.")
    assert q.empty


def test_a_writers_clause_after_a_closing_report_opening_with_as_and_an_adjective():
    q = quotes("Colombia's coffee production rose 12% in the first half, the National Federation of Coffee Growers "
               "said on Thursday, as favourable weather helped.")
    assert q[["text", "speaker"]].values.tolist() == [
        ["Colombia's coffee production rose 12% in the first half", "National Federation of Coffee Growers"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The airport will not open this year, Britain's Minister of Transport, Esteban Vindas, said.",
         "Esteban Vindas"),
        ("Opposition Member of Parliament, Ms Annette Ferreira-Bobb, called for an audit.", "Annette Ferreira-Bobb"),
    ],
)
def test_a_role_then_its_holders_name_in_apposition(text, speaker):
    assert quotes(text).speaker.tolist() == [speaker]
