"""Speakers: mention parsing, in-article resolution, registry and corpus-level canonical names."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse.quotes import quotes
from discourse.speakers import canonicalize, parse_mention, read_speakers

REGISTRY = pd.DataFrame(
    {
        "name": ["Sergey Lavrov", "Donald Trump", "Dmitry Peskov", "Kremlin"],
        "aliases": ["Lavrov|Sergei Lavrov", "Trump|President Trump", "Peskov", "the Kremlin"],
        "role": ["Foreign Minister", "US President", "Kremlin spokesman", None],
        "group": ["Russia", "United States", "Russia", "Russia"],
    }
)


@pytest.mark.parametrize(
    ("mention", "kind", "name", "role"),
    [
        ("Foreign Minister Sergey Lavrov", "person", "Sergey Lavrov", "Foreign Minister"),
        ("Kremlin spokesman Dmitry Peskov", "person", "Dmitry Peskov", "Kremlin spokesman"),
        ("US President Donald Trump", "person", "Donald Trump", "US President"),
        ("Sen. Ted Cruz (R-Texas)", "person", "Ted Cruz", "Sen."),
        ("Mr. Guerrero", "person", "Guerrero", None),
        ("Dmitry Peskov, the Kremlin's spokesman", "person", "Dmitry Peskov", "Kremlin's spokesman"),
        ("the Kremlin", "org", "Kremlin", None),
        ("the government", "org", "government", None),
        ("the spokesman", "role", "spokesman", "spokesman"),
        ("officials", "group", "officials", None),
        ("President of Argentina Alberto Fernández", "person", "Alberto Fernández", "President of Argentina"),
        ("Senate Intelligence Ranking Democrat Dianne Feinstein", "person", "Dianne Feinstein",
         "Senate Intelligence Ranking Democrat"),
        ("the National Conference of State Legislatures", "org", "National Conference of State Legislatures", None),
        ("The United States", "org", "United States", None),
        ("the director of Argentina's Amnesty International", "role",
         "director of Argentina's Amnesty International", "director of Argentina's Amnesty International"),
        ("CNN and NPR", "group", "CNN and NPR", None),
        ("he", "pronoun", None, None),
        ("He's", "pronoun", None, None),
    ],
)
def test_parse_mention(mention, kind, name, role):
    assert parse_mention(mention) == {"kind": kind, "name": name, "role": role}


def test_fullest_name_within_an_article():
    q = quotes("Foreign Minister Sergey Lavrov spoke on Monday. The plan would fail, Lavrov said.")
    assert q["speaker"].tolist() == ["Sergey Lavrov"]


def test_pronoun_takes_nearest_compatible_speaker():
    text = ("The talks failed, Lavrov said. The Kremlin said that the plan was not discussed. "
            "He added that Moscow would wait.")
    q = quotes(text)
    assert q["speaker"].tolist() == ["Lavrov", "Kremlin", "Lavrov"]


def test_role_noun_resolves_to_person_with_that_role():
    text = ("Kremlin spokesman Dmitry Peskov said the White House did not consult Moscow. "
            "The spokesman added that talks were possible.")
    q = quotes(text)
    assert q["speaker"].tolist() == ["Dmitry Peskov", "Dmitry Peskov"]
    assert q["speaker_role"].tolist() == ["Kremlin spokesman", "Kremlin spokesman"]


def test_relative_who_takes_the_name_before_it():
    q = quotes("Sanders, who said the system is rigged, won the state.")
    assert q.iloc[0].speaker == "Sanders"


def test_registry_group_and_role():
    q = quotes("The plan would fail, Lavrov said. The White House erred, the Kremlin said.", speakers=REGISTRY)
    assert q["speaker"].tolist() == ["Sergey Lavrov", "Kremlin"]
    assert q["speaker_group"].tolist() == ["Russia", "Russia"]
    assert q["speaker_role"].tolist()[0] == "Foreign Minister"


def test_read_speakers_from_csv(tmp_path):
    f = tmp_path / "reg.csv"
    REGISTRY.to_csv(f, index=False)
    reg = read_speakers(f)
    assert {"name", "aliases", "role", "group", "keys"} <= set(reg.columns)
    assert "sergei lavrov" in reg["keys"].iloc[0]
    q = quotes("The plan would fail, Sergei Lavrov said.", speakers=str(f))
    assert (q.iloc[0].speaker, q.iloc[0].speaker_group) == ("Sergey Lavrov", "Russia")


def test_read_speakers_rejects_bad_input():
    with pytest.raises(TypeError):
        read_speakers(42)
    with pytest.raises(ValueError):
        read_speakers(pd.DataFrame({"who": ["x"]}))


def test_canonicalize_merges_variants_across_articles():
    q = quotes(["Taxes will fall, Trump said.", "Taxes will fall, President Trump said.",
                "Taxes will fall, Donald Trump said.", "The talks failed, Lavrov said."])
    out = canonicalize(q)
    assert out["speaker"].tolist() == ["Donald Trump", "Donald Trump", "Donald Trump", "Lavrov"]
    assert q["speaker"].tolist()[0] == "Trump"  # the input is not modified


def test_canonicalize_with_registry():
    q = quotes(["Taxes will fall, Trump said.", "The talks failed, Lavrov said."])
    out = canonicalize(q, registry=REGISTRY)
    assert out["speaker"].tolist() == ["Donald Trump", "Sergey Lavrov"]
    assert out["speaker_group"].tolist() == ["United States", "Russia"]


def test_canonicalize_keeps_missing_speakers_missing():
    df = pd.DataFrame({"speaker": ["Trump", None]})
    assert canonicalize(df)["speaker"].isna().tolist() == [False, True]
    with pytest.raises(ValueError):
        canonicalize(pd.DataFrame({"x": [1]}))


def test_first_person_outside_quotes_stays_unresolved():
    q = quotes("The plan would fail, Lavrov said. I think the talks failed, I said.")
    assert q["speaker"].isna().tolist() == [False, True]


def test_fullest_form_prefers_the_name_over_a_title_run():
    text = ("President of Russia Vladimir Putin met Erdogan. The talks went well, Putin said. "
            "The zones will work, Putin added.")
    q = quotes(text)
    assert set(q["speaker"]) == {"Vladimir Putin"}
