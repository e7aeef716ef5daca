"""Speakers: mention parsing, in-article resolution, registry and corpus-level canonical names."""

from __future__ import annotations

from pathlib import Path

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
        ("Sen. Ted Cruz of Texas", "person", "Ted Cruz", "Sen."),
        ("undecided Republican voter Stephanie Hooton of Derry", "person", "Stephanie Hooton",
         "undecided Republican voter"),
        ("Jo Anne Van Tilburg of Easter Island Statue Project", "person", "Jo Anne Van Tilburg",
         "Easter Island Statue Project"),
        ("Mayor Bill de Blasio of New York", "person", "Bill de Blasio", "Mayor"),
        ("President Abdel Fattah el-Sisi of Egypt", "person", "Abdel Fattah el-Sisi", "President"),
        ("Arnel dela Vega of the army's Western Mindanao Command", "person", "Arnel dela Vega",
         "army's Western Mindanao Command"),
        ("Chief Superintendent Graciano Mijares", "person", "Graciano Mijares", "Chief Superintendent"),
        ("Paul Krugman of the New York Times", "person", "Paul Krugman", "New York Times"),
        ("Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem", "person", "Aris Shirvanian",
         "Archbishop"),
        ("Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky", "group",
         "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky", None),
        ("Secretary of State Hillary Clinton", "person", "Hillary Clinton", "Secretary of State"),
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
        # international titles and plural nouns
        ("Minister for Foreign Affairs Sergey Lavrov", "person", "Sergey Lavrov", "Minister for Foreign Affairs"),
        ("Secretary-General of the United Nations António Guterres", "person", "António Guterres",
         "Secretary-General of the United Nations"),
        ("the Minister of Foreign Affairs", "role", "Minister of Foreign Affairs", "Minister of Foreign Affairs"),
        ("The leader of the SNP", "role", "leader of the SNP", "leader of the SNP"),
        ("Reports", "group", "Reports", None),
        ("a statement from the government", "org", "government", None),
        ("The Member of Parliament for Nsawam-Adoagyiri", "role", "Member of Parliament for Nsawam-Adoagyiri",
         "Member of Parliament for Nsawam-Adoagyiri"),
        ("a Member of the Legislative Assembly", "role", "Member of the Legislative Assembly",
         "Member of the Legislative Assembly"),
        ("Member of Parliament John Mensah", "person", "John Mensah", "Member of Parliament"),
        ("Abdel Latif Abu Alia", "person", "Abdel Latif Abu Alia", None),
        ("A man charged over the death of Ali Khan", "role", "man", "man"),
        ("the JCF in a release", "org", "JCF", None),
        ("the Opposition Democratic Labour Party (DLP)", "org", "Democratic Labour Party", None),
        ("Opposition Democratic Party (PD) leader Chiara Donnarumma", "person", "Chiara Donnarumma",
         "Opposition Democratic Party leader"),
        ("KPK Deputy for Enforcement and Execution Rudi Hartono Simanjuntak", "person", "Rudi Hartono Simanjuntak",
         "KPK Deputy for Enforcement and Execution"),
        ("Leader of the Opposition in the Assembly T Madhavi Reddy", "person", "T Madhavi Reddy",
         "Leader of the Opposition in the Assembly"),
        ("Deputy Prime Minister for European Integration Vitalie Rusu", "person", "Vitalie Rusu",
         "Deputy Prime Minister for European Integration"),
        ("a resident of Tashkent's Chilanzar district", "role", "resident",
         "resident of Tashkent's Chilanzar district"),
        ("A senior nurse at the hospital", "role", "senior nurse", "senior nurse at the hospital"),
        ("residents of the capital", "group", "residents", "residents of the capital"),
        ("scientists studying patients in Zhuhai", "group", "scientists studying patients in Zhuhai", None),
        ("a senior official at the ministry", "role", "senior official at the ministry",
         "senior official at the ministry"),
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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The senator, who said he would vote no, changed his mind.", "senator"),
        ("It echoed a memo from Mr. Rubio's campaign manager, who argued that Kasich had no path.",
         "Mr. Rubio's campaign manager"),
        ("He was fired with the help of Mr. Trump's adult children, who believed the manager was disloyal.",
         "Mr. Trump's adult children"),
        ("The last question came from a young child, who said he had driven six hours.", "young child"),
        ("said Ann Price, a firefighter in Roanoke, Va., who said the law was bad.", None),  # not "Va"
        # the name before a described appositive, not a word of the description
        ("They met Paul Ryan, the House speaker, who said the bill would pass.", "Paul Ryan"),
        ("Obama dislikes McConnell, now the Senate majority leader, who said the goal was to beat him.",
         "McConnell"),
    ],
)
def test_relative_who_takes_the_noun_phrase_not_its_first_word(text, speaker):
    q = quotes(text)
    got = q[q["speaker_mention"] == "who"]["speaker"].tolist()
    assert [None if isinstance(g, float) else g for g in got] == [speaker]


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


# ---------------------------------------------------------------- canonical names are person names
@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("United States President Donald Trump", "Donald Trump", "United States President"),
        ("United States Joe Biden", "Joe Biden", "United States"),
        ("British Prime Minister Boris Johnson", "Boris Johnson", "British Prime Minister"),
        ("Russian President Vladimir Putin", "Vladimir Putin", "Russian President"),
        ("Vermont Bernie Sanders", "Bernie Sanders", "Vermont"),
        ("President of the Republic of Turkey Recep Tayyip Erdogan", "Recep Tayyip Erdogan",
         "President of the Republic of Turkey"),
        ("Hans-Friedrich von Ploetz", "Hans-Friedrich von Ploetz", None),
        ("Ursula von der Leyen", "Ursula von der Leyen", None),
        ("Jordan Peterson", "Jordan Peterson", None),
        ("Virginia Woolf", "Virginia Woolf", None),
    ],
)
def test_places_and_nationalities_are_not_names(mention, name, role):
    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == ("person", name, role)


def test_canonicalize_strips_titles_places_and_nationalities():
    df = pd.DataFrame({"speaker": ["United States President Donald Trump"] * 3 + ["Donald Trump", "Trump",
                                   "United States Joe Biden", "Joe Biden", "Biden",
                                   "British Prime Minister Boris Johnson", "Johnson", None]})
    assert canonicalize(df)["speaker"].tolist()[:-1] == ["Donald Trump"] * 5 + ["Joe Biden"] * 3 + [
        "Boris Johnson"] * 2


def test_canonicalize_grows_person_names_only():
    names = ["Police", "Royal Canadian Mounted Police", "officials", "Local officials", "NBC News", "News",
             "New York Times", "Times", "White House", "American Civil Liberties Union"]
    assert canonicalize(pd.DataFrame({"speaker": names}))["speaker"].tolist() == names


def test_fullest_form_in_an_article_is_a_name_not_a_title():
    text = ("United States President Donald Trump spoke in Ohio. The economy is strong, Trump said. "
            "British Prime Minister Boris Johnson also spoke. The deal is done, Johnson said.")
    q = quotes(text)
    assert q["speaker"].tolist() == ["Donald Trump", "Boris Johnson"]


def test_an_arabic_family_name_with_its_prefix_grows_into_the_one_full_name():
    text = ("Noura Saif Al Marri, Minister of State for International Cooperation, made the pledge in Geneva.\n\n"
            "\u201cThe people of Sudan cannot wait,\u201d Ms Al Marri told delegates.\n\n"
            "Lebanon's Minister of Foreign Affairs, Georges Abi Khalil, called on Tuesday. Abi Khalil said his "
            "country valued the support.")
    assert quotes(text).speaker.tolist() == ["Noura Saif Al Marri", "Georges Abi Khalil"]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Asst Comm Blessing Chakanyuka", "Blessing Chakanyuka", "Asst Comm"),
        ("Hajji Twaha Ssekandi", "Twaha Ssekandi", None),
        ("Opanin Kwaku Duah", "Kwaku Duah", None),
        ("Kgosi Kebonye Motlhware", "Kebonye Motlhware", "Kgosi"),
        ("Commodore Ariel Maglaya", "Ariel Maglaya", "Commodore"),
        ("DSP Tettey-Nartey", "Tettey-Nartey", "DSP"),
        ("IGP Ochieng", "Ochieng", "IGP"),
    ],
)
def test_ranks_styles_and_their_initials_before_a_name(mention, name, role):
    assert parse_mention(mention) == {"kind": "person", "name": name, "role": role}


def test_names_and_bodies_of_gulf_balinese_and_korean_copy():
    assert parse_mention("Chairman of the Federation of Saudi Chambers Abdulrahman bin Nasser Al-Otaibi") == {
        "kind": "person", "name": "Abdulrahman bin Nasser Al-Otaibi",
        "role": "Chairman of the Federation of Saudi Chambers"}
    assert parse_mention("Governor I Made Suarjana")["name"] == "I Made Suarjana"
    text = ("Outbound shipments jumped 5.1 percent, the Ministry of Trade, Industry and Energy said in a release.\n\n"
            "Imports fell 7.5 percent, the ministry added.")
    assert quotes(text).speaker.tolist() == ["Ministry of Trade, Industry and Energy"] * 2


def test_a_title_for_a_portfolio_then_the_name_in_apposition():
    assert parse_mention("the State Minister for Primary Health Care, Hon. Agnes Nabirye Mugoya") == {
        "kind": "person", "name": "Agnes Nabirye Mugoya", "role": "State Minister for Primary Health Care"}


def test_a_long_title_before_a_name_still_gives_the_full_name():
    text = ("Mr Brian Tumwesigye appeared before Anti-Corruption Court Grade One Magistrate Sarah Namuddu yesterday."
            "\n\nMagistrate Namuddu said she would rule on the bail application on Friday.")
    assert quotes(text).speaker.tolist() == ["Sarah Namuddu"]


def test_an_abbreviations_possessive_is_part_of_the_office():
    got = quotes("VICTORIA \u2014 B.C.'s premier says the province will spend $400 million.")
    assert got[["speaker_mention", "text"]].values.tolist() == [
        ["B.C.'s premier", "the province will spend $400 million"]]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Minister for Skills and Training Claire Dunmore", "Claire Dunmore", "Minister for Skills and Training"),
        ("Federal Member for Wide Bay Nathan Corliss", "Nathan Corliss", "Federal Member for Wide Bay"),
        ("the Honourable Jenna Morrisette, Minister of Innovation, Science and Industry", "Jenna Morrisette",
         "Minister of Innovation, Science and Industry"),
        ("Minister of State for Electronics and IT Jitendra Nath Pandey", "Jitendra Nath Pandey",
         "Minister of State for Electronics and IT"),
        ("Minister of State for Manpower Ong Kai Xiang", "Ong Kai Xiang", "Minister of State for Manpower"),
    ],
)
def test_release_titles_with_portfolios_seats_and_lists(mention, name, role):
    assert parse_mention(mention) == {"kind": "person", "name": name, "role": role}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sen. Ma. Theresa Villanueva-Cruz said the projects were substandard.", "Ma. Theresa Villanueva-Cruz"),
        ("\u201cThe baht is strong,\u201d said FTI vice-chairman Anan Pornsawat.", "Anan Pornsawat"),
        ("National Nutrition Agency (BGN) head Teguh Santosa Wibisono apologized to the families and said the agency "
         "had shut down the kitchen.", "Teguh Santosa Wibisono"),
    ],
)
def test_names_and_titles_of_southeast_asian_papers(text, speaker):
    assert quotes(text).speaker.tolist() == [speaker]


def test_an_office_label_is_the_person_the_transcript_heading_names_above_it():
    text = ("TRANSCRIPT\n\nTHE HON RACHEL O'CONNELL MP\nTREASURER\n\nDOORSTOP INTERVIEW\nCANBERRA\n\n"
            "SUBJECTS: Inflation figures; cost of living\n\n"
            "TREASURER: Today's figures show that underlying inflation has fallen to 3.2 per cent.\n\n"
            "JOURNALIST: Treasurer, will the Reserve Bank cut rates next month?\n\n"
            "TREASURER: Decisions about interest rates are made independently by the Reserve Bank.")
    got = quotes(text)
    assert got.speaker.tolist() == ["Rachel O'Connell", "Journalist", "Rachel O'Connell"]


def test_a_question_signed_in_brackets_is_the_askers():
    text = ("Official Spokesperson, Shri Rohan Bhardwaj: Good afternoon, everyone.\n\nQuestion: On the US tariffs, has "
            "there been any communication from Washington? (Arvind Rao, The Hindu)\n\nOfficial Spokesperson, Shri "
            "Rohan Bhardwaj: I would refer you to the Ministry of Commerce on that.")
    got = quotes(text)
    assert got[["speaker", "text"]].values.tolist()[1] == [
        "Arvind Rao", "On the US tariffs, has there been any communication from Washington?"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Opposition defence spokesman Corey Whitfield said the government was "in denial". The former SAS captain '
         "said Australia needed to prepare.", ["Corey Whitfield"] * 2),
        ("Finance Minister Roc\u00edo Barrag\u00e1n Ortiz said growth would hold. The former central bank deputy "
         "governor said the peso was stable.", ["Roc\u00edo Barrag\u00e1n Ortiz"] * 2),
        # an office the state names is someone else's
        ("Donald Trump said he would win. The former Florida governor said he was a chaos candidate.",
         ["Donald Trump", "former Florida governor"]),
    ],
)
def test_a_past_office_describes_the_person_just_named(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


def test_a_chinese_family_name_first_gives_no_census_gender():
    from discourse.gender import census_gender

    assert census_gender("Lin Jianfeng") is None  # (the census's "Lin" is a woman's given name)
    text = ('China is ready to work with all parties, a Chinese Foreign Ministry spokesperson said Monday.\n\n"China '
            'has always maintained an impartial position," spokesperson Lin Jianfeng told a regular press briefing.\n\n'
            'Lin said China supports all efforts conducive to peace.\n\n"Dialogue is the only way out," he said.')
    assert quotes(text).speaker.tolist()[1:] == ["Lin Jianfeng"] * 3


def test_the_statement_is_the_issuers_named_in_the_occasion_after_a_closing_cue():
    text = ("China firmly opposes the decision, the Ministry of Commerce said in a statement posted on its website on "
            'Thursday.\n\nThe move is "a typical act of protectionism" that violates WTO rules, the statement said.')
    assert quotes(text).speaker.tolist() == ["Ministry of Commerce"] * 2


def test_a_ministry_with_two_fields_speaks_as_one_body():
    got = quotes("In a statement, the Ministry of Electronics and IT said the projects cover chips for cars.")
    assert got.speaker.tolist() == ["Ministry of Electronics and IT"]


def test_a_title_that_is_also_a_given_name_stays_in_the_name():
    assert parse_mention("Dr Hamad Sultan Al Falasi")["name"] == "Hamad Sultan Al Falasi"
    assert parse_mention("Sultan Ibrahim") == {"kind": "person", "name": "Ibrahim", "role": "Sultan"}


def test_fullest_form_skips_contractions_and_abbreviations_before_a_name():
    text = ("I'm Rich Bowen, and this is the show. IM Dorsa Derakhshani played. "
            "The project is healthy, Bowen said. The game was hard, Derakhshani said.")
    assert quotes(text)["speaker"].tolist() == ["Rich Bowen", "Dorsa Derakhshani"]


# ---------------------------------------------------------------- mentions are noun phrases
def test_mention_does_not_absorb_a_following_verb_or_adverb():
    text = ("Secretary-General Noor Halloway welcomed the signal. "
            "The Ministry of Foreign Affairs of Ostrevia firmly rejects the claim that the boat crossed.")
    q = quotes(text)
    assert "firmly" not in " ".join(q["speaker_mention"].dropna())
    assert all(not str(s).endswith(("firmly", "welcomed", "was")) for s in q["speaker"].dropna())


def test_bare_ministry_resolves_to_the_ministry_the_article_names():
    text = ("The Ministry of Foreign Affairs of the Republic of Tarvekia condemns the decision to fill the "
            "reservoir.\n\nThe Ministry says that this decision is unacceptable and amounts to a provocation.")
    q = quotes(text)
    row = q[q["speaker_mention"] == "The Ministry"].iloc[0]
    assert row.speaker == "Ministry of Foreign Affairs of the Republic of Tarvekia"


def test_bare_ministry_with_registry():
    reg = pd.DataFrame({"name": ["Tarvekian Foreign Ministry"], "aliases": [
        "Ministry of Foreign Affairs of the Republic of Tarvekia"], "role": [None], "group": ["Tarvekia"]})
    text = ("The Ministry of Foreign Affairs of the Republic of Tarvekia condemns the decision to fill the "
            "reservoir.\n\nThe Ministry says that this decision is unacceptable and amounts to a provocation.")
    q = quotes(text, speakers=reg)
    row = q[q["speaker_mention"] == "The Ministry"].iloc[0]
    assert (row.speaker, row.speaker_group) == ("Tarvekian Foreign Ministry", "Tarvekia")


def test_white_house_is_not_taken_for_a_longer_run():
    text = "White House Press Secretary Sean Spicer spoke. The White House said it will review the decision soon."
    assert quotes(text)["speaker"].tolist() == ["White House"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("I don't think the plan works, I don't said.", None),
        ('"We will win the vote in the spring," Trump allegedly said.', "Trump"),
        ("Regarding Trump's phone call, the aide said that nothing improper happened.", "the aide"),
    ],
)
def test_speaker_mention_is_a_noun_phrase(text, mention):
    q = quotes(text)
    got = q["speaker_mention"].dropna().tolist()
    if mention is None:
        assert all(m.split()[0] in ("I", "I'm") and len(m.split()) == 1 for m in got)
    else:
        assert got == [mention]


def test_role_is_a_noun_phrase_not_a_clause():
    text = ("Jo Smith, the only candidate wearing a facemask, said the city must act. "
            "Ann Lee, the total number of, said that the vote was fair.")
    q = quotes(text)
    assert q["speaker_role"].tolist()[0] == "only candidate"
    assert q["speaker_role"].isna().tolist()[1]


WIKINEWS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "wikinews_vanatteveldt" / "data"


@pytest.mark.skipif(not WIKINEWS.exists(), reason="../shared not available")
def test_wikinews_speakers_are_noun_phrases():
    import discourse as dc

    arts = dc.datasets.read_wikinews_csv(sorted(WIKINEWS.glob("*.csv")))
    q = dc.quotes(arts)
    spk = q["speaker"].dropna()
    assert not spk.str.match(r"^(?:I|And|But|Image)\b").any()
    assert not spk.str.contains(r"\b(?:don't|allegedly|formally)\b").any()
    assert not spk.str.startswith(("United States President", "British Prime Minister")).any()
    roles = q["speaker_role"].dropna()
    assert not roles.str.contains(r"\b(?:who|which|wearing)\b").any()
    out = canonicalize(q)["speaker"].dropna()
    assert {"Donald Trump", "Joe Biden", "Boris Johnson"} <= set(out)
    for name in ("Donald Trump", "Joe Biden", "Boris Johnson"):  # never a title before the name
        assert set(out[out.str.endswith(name)]) == {name}


@pytest.mark.parametrize(
    ("mention", "phrase"),
    [
        ("Jo Anne Van Tilburg of", "Jo Anne Van Tilburg"),
        ("Secretary-General Noor Halloway welcomed", "Secretary-General Noor Halloway"),
        ("Tarvekia's Sela Marrik was", "Tarvekia's Sela Marrik"),
        ("The Ministry of Foreign Affairs of Ostrevia firmly", "The Ministry of Foreign Affairs of Ostrevia"),
        ("And I'm", "I"),
        ("I don't", "I"),
        ("Sen. Ted Cruz (R-Texas)", "Sen. Ted Cruz (R-Texas)"),
        ("James B. Comey Jr.", "James B. Comey Jr."),
    ],
)
def test_speaker_span_is_cut_to_a_noun_phrase(mention, phrase):
    from discourse.quotes import _noun_phrase

    s, e = _noun_phrase(mention, 0, len(mention))
    assert mention[s:e] == phrase


def test_canonicalize_official_labels_are_names_not_places():
    df = pd.DataFrame({"speaker": ["President of Russia Vladimir Putin", "Vladimir Putin",
                                   "President of Turkey Recep Tayyip Erdogan", "Question"]})
    assert canonicalize(df)["speaker"].tolist() == ["Vladimir Putin", "Vladimir Putin", "Recep Tayyip Erdogan",
                                                    "Question"]


def test_bare_government_takes_the_country_named_before():
    text = ("Any plan needs approval from Syrian President Bashar Assad's government, he added. "
            "Later the government said that the plan would violate its sovereignty.")
    q = quotes(text)
    row = q[q["speaker_mention"] == "the government"].iloc[0]
    assert row["speaker"] == "Syrian government"
    # without a country before it, the mention stays as it is
    q2 = quotes("The government said that the plan would fail.")
    assert q2["speaker"].tolist() == ["government"]


def test_abbreviated_title_after_an_inverted_cue_stays_in_the_mention():
    q = quotes('"There is always resistance," said Mr. Schmidt, who bought the property. '
               '"It was certain," said Sen. Patty Murray, a negotiator.')
    assert q["speaker_mention"].tolist() == ["Mr. Schmidt", "Sen. Patty Murray"]
    assert q["speaker"].tolist() == ["Schmidt", "Patty Murray"]


def test_question_and_answer_labels_keep_their_letter():
    text = "Here is the edited transcript.\n\nQ: What now for the party?\n\nA: We wait for the results of the vote."
    q = quotes(text)
    assert q["speaker"].tolist() == ["Q", "A"]
    assert set(q["attribution"]) == {"transcript"}


def test_two_names_typed_without_a_space_become_the_name_the_article_spells_out():
    text = ("President of Russia Vladimir Putin: Good afternoon.\n\nQuestion: What now?\n\n"
            "VladimirPutin: We wait and see what happens.")
    q = quotes(text)
    assert q["speaker_mention"].tolist()[-1] == "VladimirPutin"
    assert q["speaker"].tolist() == ["Vladimir Putin", "Question", "Vladimir Putin"]
    # names with an inner capital stay whole
    assert quotes('"We will win," said McCain. "It is certain," DeSantis said.')["speaker"].tolist() == [
        "McCain", "DeSantis"]


def test_canonicalize_merges_one_spelling_with_middle_initials_only():
    df = pd.DataFrame({"speaker": ["Donald J. Trump", "Donald Trump", "Donald Trump", "Adnan Z. Amin",
                                   "Adnan Z. Amin", "Adnan Amin"]})
    assert canonicalize(df)["speaker"].tolist() == ["Donald Trump"] * 3 + ["Adnan Z. Amin"] * 3
    # two different initialled spellings are two people: neither joins the plain name
    bush = pd.DataFrame({"speaker": ["George W. Bush", "George H. W. Bush", "George Bush"]})
    assert canonicalize(bush)["speaker"].tolist() == ["George W. Bush", "George H. W. Bush", "George Bush"]


def test_canonicalize_drops_a_capitalised_word_stuck_before_a_frequent_full_name():
    df = pd.DataFrame({"speaker": ["Billionaire Donald Trump"] + ["Donald Trump"] * 5 + ["Trump", "Obama",
                                   "Barack Obama", "Hillary Rodham Clinton"]})
    assert canonicalize(df)["speaker"].tolist() == ["Donald Trump"] * 7 + ["Barack Obama"] * 2 + [
        "Hillary Rodham Clinton"]


def test_a_full_name_does_not_grow_into_a_rarer_headline_form():
    text = ("Sanders Vows To Crush Rival Hillary Clinton In California.\n\n"
            "Hillary Clinton said the race was far from over. Clinton added that she would win the state.")
    assert quotes(text)["speaker"].tolist()[-2:] == ["Hillary Clinton", "Hillary Clinton"]


@pytest.mark.parametrize(
    ("text", "mention", "speaker", "role"),
    [
        ("The Kremlin's spokesman, Dmitry Peskov, told reporters that Russia would respond.",
         "The Kremlin's spokesman, Dmitry Peskov", "Dmitry Peskov", "Kremlin's spokesman"),
        ("A spokesman for the State Department, John Kirby, said the talks had failed.",
         "A spokesman for the State Department, John Kirby", "John Kirby", "spokesman for the State Department"),
        ('"We will win," said the campaign\'s spokeswoman, Hope Hicks.',
         "the campaign's spokeswoman, Hope Hicks", "Hope Hicks", "campaign's spokeswoman"),
        ("The plant is hanging on, said the company's chief executive, John J. Ferriola.",
         "the company's chief executive, John J. Ferriola", "John J. Ferriola", "company's chief executive"),
        ("The minister, Mr Gove, insisted the plans were robust.", "The minister, Mr Gove", "Gove", "minister"),
    ],
)
def test_a_role_followed_by_a_name_resolves_to_the_name(text, mention, speaker, role):
    (r,) = quotes(text).itertuples(index=False)
    assert (r.speaker_mention, r.speaker, r.speaker_role) == (mention, speaker, role)
    assert text[int(r.speaker_start):int(r.speaker_end)] == mention


def test_a_list_of_names_is_not_a_role_and_a_name():
    q = quotes("Trump, Clinton, and Sanders said the debate was fair.")
    assert "Trump, Clinton" not in q["speaker_mention"].tolist()


def test_british_courtesy_titles_and_name_particles():
    text = ("Mrs May, who stepped down last year, warned that no deal was better than a bad deal. "
            "Ms von der Leyen said the door remained open.")
    q = quotes(text)
    assert q["speaker_mention"].tolist() == ["Mrs May", "Ms von der Leyen"]
    assert q["speaker"].tolist() == ["May", "von der Leyen"]


def test_a_knight_named_by_sir_and_given_name_is_the_full_name():
    q = quotes("Keir Starmer said the plan was wrong. Sir Keir added that it would fail. "
               "Dame Judi Dench said she agreed.")
    assert q["speaker"].tolist() == ["Keir Starmer", "Keir Starmer", "Judi Dench"]
    assert q["speaker_role"].isna().all()  # an honorific is no role
    q = quotes("Narendra Modi spoke first. Shri Modi added that talks would go on. Smt. Sitharaman said no.")
    assert q["speaker_mention"].tolist() == ["Shri Modi", "Smt. Sitharaman"]
    assert q["speaker"].tolist() == ["Narendra Modi", "Sitharaman"]


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("Subsequently Johnson said the vote would go ahead.", "Johnson", "Johnson"),
        ("On Twitter West accused the company of lying.", "West", "West"),
        ("Afterwards Trump visited the site and said the damage was terrible.", "Trump", "Trump"),
    ],
)
def test_an_opening_adverb_or_a_platform_is_no_part_of_the_name(text, mention, speaker):
    q = quotes(text)
    assert (q["speaker_mention"].tolist(), q["speaker"].tolist()) == ([mention], [speaker])


def test_bodies_named_with_on_documents_and_unmarked_plurals():
    q = quotes("The United States Commission on Presidential Debates said the debate would be virtual.")
    assert q["speaker_mention"].tolist() == ["The United States Commission on Presidential Debates"]
    assert parse_mention("United States Constitution")["kind"] == "org"  # a document is never "he"
    assert parse_mention("Affordable Care Act")["kind"] == "org"
    assert parse_mention("Staff for the House Select Committee on Benghazi")["kind"] == "group"  # not Benghazi
    assert quotes("Trump on Tuesday said no deal was possible.")["speaker_mention"].tolist() == ["Trump"]


def test_a_family_name_alone_stands_for_the_namesake_last_written_in_full():
    q = quotes("Rep. Elijah Cummings said the probe must go on. Cummings added that the hearing would be public. "
               "His wife, Maya Rockeymoore Cummings, said he was resting. Cummings told reporters he was fine.")
    assert q["speaker"].tolist() == ["Elijah Cummings", "Elijah Cummings", "Maya Rockeymoore Cummings",
                                     "Maya Rockeymoore Cummings"]


def test_usa_today_and_a_counted_group_are_whole_speakers():
    q = quotes("USA Today reported last month that the movement had funded trips.")
    assert q["speaker_mention"].tolist() == ["USA Today"]
    q = quotes("Two Democratic Representatives said the bill was flawed.")
    assert (q["speaker_mention"].tolist(), q["speaker"].tolist()) == (
        ["Two Democratic Representatives"], ["Democratic Representatives"])  # (the count is not who they are)
    assert quotes("Trump today said no deal was near.")["speaker_mention"].tolist() == ["Trump"]


def test_a_role_with_of_takes_the_person_titled_with_it_before():
    q = quotes("President of Russia Vladimir Putin met the governor. The President of Russia expressed hope that "
               "talks would continue.")
    assert q["speaker"].tolist() == ["Vladimir Putin"]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Businessman Don Blankenship", "Don Blankenship", "Businessman"),
        ("Legislator Tanya Chan", "Tanya Chan", "Legislator"),
        ("Fourteen-year-old Zoe", "Zoe", "Fourteen-year-old"),
        ("PG&E President and CEO Andy Vesey", "Andy Vesey", "PG&E President and CEO"),
        ("Secretary of Health and Human Services Alex Azar", "Alex Azar", "Secretary of Health and Human Services"),
        ("Mary Ann Smith", "Mary Ann Smith", None),
    ],
)
def test_a_description_or_a_title_with_and_before_the_name(mention, name, role):
    assert parse_mention(mention) == {"kind": "person", "name": name, "role": role}
    assert parse_mention("Mr. Rubio and Senator Ted Cruz")["kind"] == "group"  # two people


def test_a_hearer_or_a_platform_before_the_cue_is_not_the_speaker():
    q = quotes('His campaign sent out a text message to supporters saying: "We were just declared the winner!"')
    assert q["speaker_mention"].tolist() == ["His campaign"]
    q = quotes('The group celebrated the attacks on Twitter: "We have already arrived with our soldiers."')
    assert q["speaker_mention"].tolist() == ["The group"]
    # a source after "from" does speak
    q = quotes("The agency published a statement from the government saying that the zones were illegal.")
    assert q["speaker_mention"].tolist() == ["a statement from the government"]
    assert q["speaker"].tolist() == ["government"]


def test_a_second_predicate_after_and_takes_the_clause_subject():
    q = quotes("Reid caucused in Nevada on Saturday and says he voted for nobody at all.")
    assert q["speaker_mention"].tolist() == ["Reid"]


def test_he_and_she_skip_an_earlier_speaker_of_the_other_gender():
    text = ("Hillary Clinton said the plan would cost billions. Donald Trump said it would fail. "
            "She added that the cost was worth it. He replied that it was not.")
    q = quotes(text)
    assert q["speaker"].tolist() == ["Hillary Clinton", "Donald Trump", "Hillary Clinton", "Donald Trump"]


def test_courtesy_titles_in_the_article_give_a_surname_its_gender():
    text = ("Mrs. Merkel and Mr. Obama arrived in Berlin. Merkel said the euro was safe. Obama said the talks "
            "went well. She added that they did not.")
    q = quotes(text)
    assert q["speaker"].tolist() == ["Merkel", "Obama", "Merkel"]


def test_a_pronoun_without_a_compatible_speaker_stays_unresolved():
    q = quotes("Donald Trump said the wall would be built. She said it would not.")
    assert q["speaker"].tolist()[0] == "Donald Trump"
    assert pd.isna(q["speaker"].iloc[1])


@pytest.mark.parametrize(("mention", "kind"), [("Democrats", "group"), ("New Hampshire", "org")])
def test_groups_and_places_are_not_persons(mention, kind):
    assert parse_mention(mention)["kind"] == kind


def test_a_name_that_is_also_a_modal_verb_after_a_quote_is_the_speaker():
    q = quotes('"This might hasten the eclipse of the outsiders," Will wrote. "We will win this one," May said.')
    assert q["speaker"].tolist() == ["Will", "May"]
    assert q["cue"].tolist() == ["wrote", "said"]


def test_participle_speaker_is_the_main_clause_subject_after_an_opening_subordinate_clause():
    q = quotes("Although Bloomberg is not yet a candidate, Trump sent a jab his way by suggesting that "
               "Bloomberg was worth less than Forbes estimated.")
    assert q["speaker"].tolist() == ["Trump"]
    q = quotes("As many tax experts, including Mr. Goldberg, have pointed out, Mr. Trump is free to disclose "
               "his returns.")
    assert len(q) == 1


def test_a_chain_of_appositives_keeps_the_first_name_as_speaker():
    q = quotes("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, "
               "said every pope was both religious and political.")
    assert q["speaker_mention"].tolist() == ["Giovanni Maria Vian"]


@pytest.mark.parametrize(
    ("mention", "name"),
    [("an aide to Hillary Clinton", "aide to Hillary Clinton"), ("a lawyer for Mr. Trump", "lawyer for Mr. Trump")],
)
def test_an_unnamed_aide_is_not_the_person_served(mention, name):
    assert parse_mention(mention) == {"kind": "role", "name": name, "role": name}


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("Sources close to the Chancellor said she was furious.", "Sources close to the Chancellor", "group"),
        ("A source close to the talks said a deal was near.", "A source close to the talks", "role"),
        ("Aides close to Mr Trump say he is angry.", "Aides close to Mr Trump", "group"),
        ("Lawyers for Michael Cohen said he would appeal.", "Lawyers for Michael Cohen", "group"),
    ],
)
def test_people_close_to_someone_are_not_that_person(text, mention, kind):
    q = quotes(text)
    assert q["speaker_mention"].tolist() == [mention]
    assert parse_mention(mention)["kind"] == kind and q["speaker"].tolist() != ["Trump"]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("The MP for Islington North, Jeremy Corbyn, claimed the bill was draconian.", "Jeremy Corbyn",
         "MP for Islington North"),
        ("The mayor of London, Sadiq Khan, said the city stood together.", "Sadiq Khan", "mayor of London"),
        ("Charles Plotena, the mayor of Esperanza, Sultan Kudarat, announced classes would stop.", "Charles Plotena",
         "mayor of Esperanza"),
    ],
)
def test_a_role_ending_in_a_place_then_the_name(text, speaker, role):
    q = quotes(text)
    assert (q["speaker"].tolist(), q["speaker_role"].tolist()) == ([speaker], [role])


def test_a_title_before_a_name_with_a_preposition_still_names_the_person():
    assert parse_mention("Ambassador to the UN Nikki Haley")["name"] == "Nikki Haley"
    assert parse_mention("Spokesman for the Kremlin Dmitry Peskov")["name"] == "Dmitry Peskov"


def test_the_subject_of_the_verb_before_a_colon_speaks():
    q = quotes('The scheduling was so odd that a spokesman for Bernie Sanders could only quip: '
               '"I guess Christmas Eve was booked."')
    assert q["speaker_mention"].tolist() == ["a spokesman for Bernie Sanders"]
    assert q["speaker"].tolist() == ["spokesman for Bernie Sanders"]


def test_a_prepositional_phrase_between_commas_after_a_name_is_skipped():
    q = quotes('"He had a lot of Missouri supporters," Blunt, after a long pause, said of Cruz.')
    assert q["speaker_mention"].tolist() == ["Blunt"]


def test_an_appositive_may_open_with_an_adverb():
    q = quotes('Ted Cruz, also a GOP presidential hopeful, called the KKK "abhorrent" in a tweet.')
    assert q["speaker_mention"].tolist() == ["Ted Cruz"]


def test_a_person_of_an_institution_speaks_not_the_institution():
    text = ("Dr. Alison Kock of the University of Cape Town has reported a link with the orcas in False Bay. "
            "These orcas, she suggested, specialize in hunting sharks.")
    got = quotes(text)
    assert list(got.speaker_mention) == ["Dr. Alison Kock of the University of Cape Town", "she"]
    assert list(got.speaker) == ["Alison Kock", "Alison Kock"]  # never "False Bay"


def test_a_pronoun_does_not_take_a_name_from_its_own_quote():
    text = ('In a talk at the think tank Atlantic Council, Kyriakos Mitsotakis reaffirmed his view. "We do not seek to '
            'exclude anyone in the Eastern Mediterranean," he said.')
    got = quotes(text)
    assert "think" not in set(got.cue)  # "think tank" is a noun
    assert got[got.cue == "said"].speaker.tolist() == ["Kyriakos Mitsotakis"]


def test_a_date_at_the_end_of_a_source_phrase_is_not_a_name():
    got = parse_mention("reports from the ministry of internal affairs of Belarus on Friday")
    assert got["kind"] != "person" and got["name"] != "Friday"
    assert parse_mention("reporter April Ryan")["name"] == "April Ryan"


def test_she_does_not_take_a_man_reached_through_a_pronoun():
    text = ('John Rhys-Davies was at the convention. "It was busy," he said. Lisa Mancini was there too. '
            '"It was a good day," she recalls.')
    got = quotes(text)
    assert got.set_index("cue").loc["recalls", "speaker"] == "Lisa Mancini"


def test_an_appositive_role_is_never_the_content():
    got = quotes("According to al-Eryani, the rebels are backed by Iran.")
    assert got.speaker.tolist() == ["al-Eryani"] and got.speaker_role.isna().all()


def test_an_occupation_before_a_name_is_the_role():
    got = quotes('"We were there," Actor Clint Howard said. Broadcaster Piers Morgan commented that it was brave.')
    assert list(got.speaker) == ["Clint Howard", "Piers Morgan"]
    assert list(got.speaker_role) == ["Actor", "Broadcaster"]


def test_a_described_name_after_a_possessive_is_the_speaker():
    got = quotes('"Heartbroken and numb," writes Huber\'s longtime tag team partner Erick Rowan on Instagram.')
    assert got.speaker_mention.tolist() == ["Huber's longtime tag team partner Erick Rowan"]
    assert got.speaker.tolist() == ["Erick Rowan"]  # not Huber, whose partner he is


def test_a_hashtag_is_no_person_and_an_occasion_is_not_part_of_the_name():
    assert parse_mention("LetHerSpeak")["kind"] == "org" and parse_mention("McConnell")["kind"] == "person"
    got = quotes("In the speech Trump claimed that the plan was a surrender.")
    assert got.speaker_mention.tolist() == ["Trump"]


def test_let_me_is_the_speaker_unnamed():
    got = quotes("Let me also emphasize from this rostrum that we do not have a problem with the people of Israel.")
    assert got.speaker_mention.tolist() == ["me"] and got.speaker.isna().all()


@pytest.mark.parametrize(
    ("sentence", "mention", "speaker"),
    [
        ("A spokeswoman for Fiorina said the rate would rise.", "A spokeswoman for Fiorina", "spokeswoman for Fiorina"),
        ("The senator from Vermont said the rate would rise.", "The senator from Vermont", "senator from Vermont"),
        ("Residents near the border said the shelling continued.", "Residents near the border",
         "Residents near the border"),
        ("Mr. Christie wouldn't discuss on the call-in what the plan was.", None, None),
    ],
)
def test_the_head_before_a_preposition_speaks(sentence, mention, speaker):
    got = quotes(sentence)
    if mention is None:  # a verb before the preposition: no subject phrase is built across it
        assert not got.speaker_mention.fillna("").str.contains("discuss").any()
        return
    assert got.speaker_mention.tolist() == [mention] and got.speaker.tolist() == [speaker]


def test_an_acronym_in_prose_is_an_organisation_for_they():
    got = quotes("WWE expressed sadness for the family. They currently feature a video highlighting his career.")
    assert got.speaker.tolist() == ["WWE", "WWE"]


def test_a_role_with_a_preposition_or_a_bracket_then_the_name():
    got = quotes("The head of the police, Neil Basu, said the attacker acted alone.")
    assert got[["text", "speaker_mention", "speaker", "speaker_role"]].values.tolist() == [
        ["the attacker acted alone", "The head of the police, Neil Basu", "Neil Basu", "head of the police"]]
    got = quotes("The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), "
                 "Mick Cash, said the measure was not enough.")
    assert got.speaker.tolist() == ["Mick Cash"]
    got = quotes("Christopher Harvey, a delegate from Houston, Texas, said it was over.")
    assert got.speaker.tolist() == ["Christopher Harvey"]  # Texas is the place, not a name


def test_a_compound_noun_for_people_is_the_whole_subject():
    got = quotes("Since 1983, the research team has been tagging chicks, noting that many never come back.")
    assert got.speaker_mention.tolist() == ["the research team"]
    got = quotes("The administration threw its weight behind the bill, saying it would pass.")
    assert got.speaker_mention.tolist() == ["The administration"]  # a verb after the noun is not part of it


def test_a_transcript_label_of_initials_is_the_interviewee():
    text = ("Wikinews caught up with study co-author Natasha Gownaris to learn more.\n\n"
            "((Wikinews))  What prompted your curiosity about penguins?\n\n"
            "Natasha Gownaris: I have wanted to be a marine scientist since I was a child.\n\n"
            "((WN))  How did you approach such a large study?\n\n"
            "NG: This study started in 1982, long before I joined the lab.\n\n"
            "((WN))  What are your next plans?\n\n"
            "NG: We are studying the sex ratio in chicks.\n")
    got = quotes(text)
    turns = got[got.speaker_mention == "NG"]
    assert len(turns) == 2 and set(turns.speaker) == {"Natasha Gownaris"}
    assert set(got[got.speaker_mention == "WN"].speaker) == {"WN"}  # no person named W... N...


def test_an_inverted_role_at_the_time_with_its_name_and_a_role_serving_someone():
    got = quotes("The party was working to change its image, wrote the American ambassador at the time, "
                 "John E. Herbst.")
    assert got.speaker_mention.tolist() == ["the American ambassador at the time, John E. Herbst"]
    assert got.speaker.tolist() == ["John E. Herbst"]
    assert parse_mention("the former top aide to President George W. Bush")["kind"] == "role"  # not Bush
    assert quotes('"It is over," said the former ambassador to Russia.').speaker_mention.tolist() == [
        "the former ambassador to Russia"]


def test_local_office_titles_and_acronym_names():
    got = quotes("County sheriff Kerry Lee told reporters it was fine. Sheriff Lee said they arrested one person.")
    assert got.speaker.tolist() == ["Kerry Lee", "Kerry Lee"]  # "Sheriff" is a title, not a given name
    assert parse_mention("An Al Jazeera reporter in Kenya")["kind"] == "role"  # Kenya is no person
    got = quotes("Broadcaster PBS reported that the talks failed. He said it was over.")
    assert got.speaker.iloc[0] == "PBS" and got.speaker.isna().iloc[1]  # an acronym is an organisation, not "he"


def test_a_time_before_a_preposition_is_no_speaker_head_and_initials_skip_possessives():
    assert quotes("The next day on Twitter West said he would run.").speaker_mention.tolist() == ["West"]
    text = ("Wikinews' Nick spoke with study co-author Natasha Gownaris.\n\n((WN))  What prompted your study of "
            "penguins?\n\nNG: I have wanted to be a marine scientist since I was a child.\n\n((WN))  And then?\n\n"
            "NG: We began tagging chicks in 1982 at the colony.\n")
    got = quotes(text)
    assert set(got[got.speaker_mention == "WN"].speaker) == {"WN"}


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("the Meridian Concord's shared data platform", "Meridian Concord"),  # the owner of the data speaks
        ("Rubio's press release", "Rubio"),
        ("the Tarvekian embassy in Verrin", "Tarvekian embassy"),  # the place is no part of the name
        ("The Chinese embassy in Ottawa", "Chinese embassy"),  # (first in its sentence too)
        ("A person familiar with the planning", "person familiar with the planning"),
        ("a Concord official familiar with the text", "Concord official"),
        ("people familiar with the matter", "people familiar with the matter"),  # nothing left to name them
    ],
)
def test_a_source_is_named_without_its_place_access_or_document(mention, name):
    assert parse_mention(mention)["name"] == name


def test_legal_documents_speak():
    got = quotes("Beyond the footage, the affidavit cited interviews with Fields and said that a detective had seen "
                 "bruises on her forearm.")
    assert got[got.cue == "said"].speaker_mention.tolist() == ["the affidavit"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the row that named the statement gave its issuer
        ("Pakistan's Foreign Office said in a statement that it rejects the allegations. The statement said "
         "Islamabad remained committed to dialogue.", ["Pakistan's Foreign Office", "Pakistan's Foreign Office"]),
        # the body after "released by" / "from"
        ("Stevens died yesterday, according to a statement released by the Supreme Court. The statement said he "
         "died in Florida.", ["Supreme Court", "Supreme Court"]),
        ("According to a 1989 report from the National Transportation Safety Board, the aircraft was involved in "
         "an incident. The report said one passenger was injured.",
         ["National Transportation Safety Board", "National Transportation Safety Board"]),
        # the subject that released it, through a pronoun
        ("The commission criticized the move. They released a statement on Monday. The statement said the "
         "decision was wrong.", ["commission", "commission"]),
        # no issuer in the article: the document itself
        ("The statement said the decision was wrong.", ["statement"]),
    ],
)
def test_a_document_speaks_for_its_issuer(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


def test_an_institution_noun_takes_the_institution_named_before():
    got = quotes("According to the Saudi Press Agency, the attacks occurred at dawn. The oil field is east of the "
                 "capital. The agency said the fires were contained.")
    assert got.speaker.tolist() == ["Saudi Press Agency", "Saudi Press Agency"]
    got = quotes("Officials met at the Oval Office on Monday. The office said the talks went well.")
    assert got.speaker.tolist() == ["office"]  # "office" is no anaphor: "Oval Office" is a room


def test_a_role_noun_takes_the_person_the_article_titled_with_it():
    got = quotes("Actress Denise Crosby is set to appear in the final season. The actress recalled her season "
                 "with Star Trek.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Denise Crosby", "Actress"]]
    got = quotes("Vice President Joe Biden visited Iowa. The president said the economy was strong.")
    assert got.speaker.tolist() == ["president"]  # a vice president is not "the president"


def test_a_role_noun_takes_the_person_whose_appositive_gave_the_title():
    got = quotes("Anton Grelle, the ministry's spokesman, was asked whether Tarvekia was satisfied. The spokesman "
                 "said the figures were fine.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Anton Grelle", "ministry's spokesman"]]
    got = quotes("Jo Smith, the ministry's spokesman, spoke. One spokesman said the figures were fine.")
    assert got.speaker.tolist() == ["spokesman"]  # an indefinite role is someone else


def test_a_pronoun_continues_the_subject_of_the_sentence_before():
    text = ('President Haldor Vrenn warned that the observer seat could be withdrawn.\n\nEnvoy Lucien Farrow, who '
            'is stepping down, was more hopeful. "Two years ago, they were not speaking. Today they sit in the '
            'same room," he said.')
    assert quotes(text).speaker.tolist() == ["Haldor Vrenn", "Lucien Farrow"]
    # a possessive or a place opening the sentence is no subject for "he"
    text = ('Haldor Vrenn said the seat could go.\n\nIn Ondrel, the tone was sharper. "We wait," he said.')
    assert quotes(text).speaker.tolist() == ["Haldor Vrenn", "Haldor Vrenn"]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("One senator, Eduardo Bhatia, said he intended to sue.", "Eduardo Bhatia", "senator"),
        ('The judge presiding over the case, Bernard Schwartz, said, "You have severed the trust."',
         "Bernard Schwartz", "judge"),
        ("One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior, said the deal was good.",
         "Rebecca Nyandeng De Mabior", "South Sudan's Vice Presidents"),
    ],
)
def test_a_counted_or_described_role_then_its_name(text, speaker, role):
    got = quotes(text)
    assert got[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


def test_an_inverted_speaker_with_a_compound_title_and_an_affiliation():
    got = quotes('"Warm water circulation is the key," said study co-author Professor Carl Lipo of Binghamton '
                 'University. The study said the ice was thinning.')
    assert got.speaker.tolist() == ["Carl Lipo", "study"]  # a word of his title does not make him the study


def test_a_subject_whose_preposition_takes_a_list_or_a_titles_to():
    got = quotes("Authorities in the United Kingdom and the United States announced that the suspect was arrested.")
    assert got.speaker_mention.tolist() == ["Authorities in the United Kingdom and the United States"]
    got = quotes("Former US Ambassador to the United Nations Nikki Haley wrote that the deal was bad.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [
        ["Nikki Haley", "Former US Ambassador to the United Nations"]]


@pytest.mark.parametrize("mention", ["Regeneron Pharmaceuticals", "Boeing Co.", "Pfizer Inc", "Qantas Airways"])
def test_a_company_name_is_an_organisation(mention):
    assert parse_mention(mention)["kind"] == "org"  # so "he" never finds it


@pytest.mark.parametrize(
    "mention", ["Regeneron Pharmaceuticals", "Boeing Co.", "Pfizer Inc", "Qantas Airways", "Walter Reed Hospital"])
def test_a_company_or_institution_named_after_a_person_is_an_organisation(mention):
    assert parse_mention(mention)["kind"] == "org"  # so "he" never finds it


def test_a_role_then_a_name_with_a_lower_case_title():
    got = quotes('Another co-author, civil and environmental engineering professor Julian Marshall, said, "We have '
                 'seen this before."')
    assert got[["kind", "speaker"]].values.tolist() == [["direct", "Julian Marshall"]]


def test_a_possessive_holder_resolves_like_its_pronoun():
    got = quotes("Donald Trump spoke in Ohio. His pledge to build a wall on the border was popular.")
    assert got[["speaker_mention", "speaker"]].values.tolist() == [["His", "Donald Trump"]]
    got = quotes("We spoke in Ohio. Our view that the plan failed is shared.")
    assert got.speaker.isna().all()  # "our" is the writer's (or the speech's speaker), as "we" is


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("RIAA's take-down notice claimed that the tool was illegal.", "RIAA"),
        ("Axelrod's memoir says the talks failed in the spring.", "Axelrod"),
        ("According to data from the World Health Organisation, cases rose.", "World Health Organisation"),
    ],
)
def test_a_document_or_data_speaks_for_whoever_issued_it(text, speaker):
    assert quotes(text).iloc[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a family name led by its particle grows into the full name, however often it is written alone
        ("Gloria La Riva spoke. La Riva is the nominee. La Riva said she supports it. La Riva added that rents "
         "must go.", "Gloria La Riva"),
        ("Marine Le Pen spoke. Le Pen is the nominee. Le Pen said she supports it. Le Pen added that it works.",
         "Marine Le Pen"),
        # the first of two family names stands for the person
        ('Governor Wanda V\u00e1zquez Garced spoke. V\u00e1zquez said, "I understand he made the right '
         'decision."', "Wanda V\u00e1zquez Garced"),
    ],
)
def test_family_names_with_a_particle_or_a_second_family_name_resolve_to_the_full_name(text, speaker):
    assert set(quotes(text)["speaker"]) == {speaker}


def test_a_name_with_a_headline_possessive_before_it_is_not_grown_into_it():
    text = ('FAREWELL\u2014"The Living Room to close," by Times\' Ben Sisario: "The Living Room, a nightclub, '
            'will close at the end of December, its owners announced on Tuesday."')
    assert quotes(text).iloc[0].speaker == "Ben Sisario"


def test_interview_initials_with_a_middle_initial_resolve_to_the_interviewer():
    text = ("Wikinews reporter William S. Saturn reached out to Smith.\n\n\n((WSS)) : Why did you run for "
            "office this year?\n\n\n((John Smith)) : Because I could and I wanted to.")
    q = quotes(text)
    assert list(q["speaker"]) == ["William S. Saturn", "John Smith"]
    # a middle initial makes no acronym: "he" after "C. Boyden Gray, who served ..." is Gray
    text = ("Mr. Bush spoke first. C. Boyden Gray, who served as White House counsel, listed the rules: "
            "''Civility was assumed,'' he said.")
    assert quotes(text).iloc[-1].speaker == "C. Boyden Gray"


def test_a_role_in_an_institution_then_a_name_is_that_person():
    q = quotes("But the general manager of Abu Dhabi Media, Dr Ali bin Tamim, said the rebels did it.")
    assert (q.iloc[0].speaker, q.iloc[0].speaker_role) == ("Ali bin Tamim", "general manager of Abu Dhabi Media")
    assert parse_mention("the head of the Foo Agency")["kind"] == "role"


def test_a_capitalised_hyphenated_particle_opening_a_sentence_is_the_same_name():
    q = quotes("Nabil Hasan al-Quaety was killed on Monday. Al-Quaety said the war must end.")
    assert q.iloc[0].speaker == "Nabil Hasan al-Quaety"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It was terrifying," said Amina, a 24-year-old student who asked that her surname not be used.',
         "Amina"),
        ("Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, spoke.", "John Kasich"),
    ],
)
def test_who_after_a_described_appositive_without_its_comma_is_the_person_named(text, speaker):
    q = quotes(text)
    assert q[q["speaker_mention"] == "who"]["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Seyed Mohammed Hossein Adeli", "Seyed Mohammed Hossein Adeli", None),
        ("President Andrés Manuel López Obrador", "Andrés Manuel López Obrador", "President"),
        ("Senate Intelligence Ranking Democrat Dianne Feinstein", "Dianne Feinstein",
         "Senate Intelligence Ranking Democrat"),
    ],
)
def test_a_four_word_name_whose_second_word_is_a_given_name(mention, name, role):
    p = parse_mention(mention)
    assert (p["name"], p["role"]) == (name, role)


def test_plural_people_are_a_group_that_they_continues_and_it_does_not():
    assert parse_mention("the presidents")["kind"] == "group"
    assert parse_mention("Participants")["kind"] == "group"
    q = quotes("The presidents expressed satisfaction with the memorandum. They noted that its "
               "implementation would strengthen the ceasefire.")
    assert q.iloc[1].speaker == "presidents"


def test_accents_and_a_subject_before_a_place_resolve_names_and_pronouns():
    q = quotes("Turkish President Recep Tayyip Erdo\u011fan spoke on Monday. Erdogan said Turkey would act.")
    assert q.iloc[0].speaker == "Recep Tayyip Erdo\u011fan"
    # "he" with no earlier speaker: the sentence's subject, not the place in its prepositional phrase
    q = quotes('Sharif Hotak, of the Maidan Wardak provincial council, described the scene. "The building '
               'collapsed," he said.')
    assert q.iloc[0].speaker == "Sharif Hotak"
    q = quotes("Nabil Hasan al-Quaety was a journalist. He said the war must end.")
    assert q.iloc[0].speaker == "Nabil Hasan al-Quaety"


def test_a_courtesy_title_keeps_the_subject_s_gender():
    text = ("Bill Clinton spoke first. Mrs. Clinton and Hillary Clinton's aides arrived. Mrs. Clinton did not "
            "hesitate. ''Everybody should be believed at first,'' she said.")
    assert quotes(text).iloc[-1].speaker == "Hillary Clinton"


def test_a_family_name_written_first_does_not_block_he():
    q = quotes("Chinese University political scientist Ma Ngok said the protests would continue. He noted, "
               '"Hong Kongers are angry."')
    assert list(q["speaker"]) == ["Ma Ngok", "Ma Ngok"]


def test_a_document_with_a_time_then_its_author_speaks_for_the_author():
    q = quotes("Iran is destabilizing the region, according to a tweet on Monday by Secretary of State Mike Pompeo.")
    assert (q.iloc[0].speaker, q.iloc[0].speaker_role) == ("Mike Pompeo", "Secretary of State")
    assert parse_mention("a study last year by economists at Duke University")["name"] == (
        "economists at Duke University")


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ('They turned to the Chicago Police Department which reported "2,521 shooting incidents" in the city.',
         "which", "Chicago Police Department"),
        ('The listing was replaced by a message that said, "Sorry, but the item is gone."', "that", "message"),
        ("The rally was covered by Reuters which reported that 500 people came.", "which", "Reuters"),
        ("The bill was drafted by Alex Greenwich who said it was overdue.", "who", "Alex Greenwich"),
    ],
)
def test_a_relative_pronoun_without_a_comma_is_the_mention_and_its_noun_phrase_the_speaker(text, mention, speaker):
    q = quotes(text)
    assert (q.iloc[0].speaker_mention, q.iloc[0].speaker) == (mention, speaker)


def test_those_who_name_no_one():
    q = quotes("Those who say the plan will fail are wrong.")
    assert q.iloc[0].speaker_mention == "who" and not isinstance(q.iloc[0].speaker, str)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Prime Minister Narendra Modi opened the summit. The Prime Minister said that India had met its targets.",
         "Narendra Modi"),
        ("Prime Minister Shehbaz Sharif chaired the cabinet. The premier said the reforms had started to bear fruit.",
         "Shehbaz Sharif"),
        ("President William Ruto spoke in Eldoret. The Head of State said the delays had crippled service.",
         "William Ruto"),
        ("Russian President Vladimir Putin met Xi. The Russian leader said the talks were useful.", "Vladimir Putin"),
        ("FIFA President Sepp Blatter met the press. The Russian leader said the talks were useful.",
         "Russian leader"),
        ("Chinese President Xi Jinping met Putin on Monday. Xi said the world was changing.", "Xi Jinping"),
        ("The ANC said the remarks were wrong. The party added that it remained committed to non-racialism.", "ANC"),
    ],
)
def test_titles_synonyms_family_names_and_acronym_bodies_refer_back(text, speaker):
    assert quotes(text)["speaker"].tolist()[-1] == speaker


def test_honorifics_bare_appositive_roles_and_people_on_a_platform():
    got = quotes('Former vice-president Atiku Abubakar spoke in Yola. "We will win," Alhaji Abubakar said.')
    assert got["speaker"].tolist() == ["Atiku Abubakar"]
    got = quotes('"We are deeply concerned," said Juliette Touma, communications director at UNRWA.')
    assert (got.iloc[0].speaker, got.iloc[0].speaker_role) == ("Juliette Touma", "communications director at UNRWA")
    assert parse_mention("Some netizens on Sina Weibo") == {"kind": "group", "name": "netizens on Sina Weibo",
                                                            "role": None}
    got = quotes("Tokunbo Wahab, who gave the warning in Alausa, Ikeja, said the government would act.")
    assert got["speaker_mention"].tolist() == ["Tokunbo Wahab"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Hawkins, Blankenship, and Carroll all argued they should not be mandatory.",
         "Hawkins, Blankenship, and Carroll"),
        ("Germany, France and Italy said the plan was dead.", "Germany, France and Italy"),
        ("In Washington, Trump and Clinton said the debate was fair.", "Trump and Clinton"),
        ("After the death of Justice Scalia, and Republicans said they would wait.", "Republicans"),
    ],
)
def test_a_list_of_names_speaks_together(text, mention):
    got = quotes(text)
    assert got["speaker_mention"].tolist() == [mention]
    assert parse_mention(mention)["kind"] == "group" or " and " not in mention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("T\u00e1naiste Simon Harris spoke in Cork. Mr Harris said the budget was fair.", "Simon Harris"),
        ("Hon. Kithure Kindiki said the plan would work.", "Kithure Kindiki"),
        ("Datuk Seri Anwar Ibrahim opened the summit. Anwar said Malaysia was ready.", "Anwar Ibrahim"),
        ("Cllr Emma Murphy said the road was unsafe.", "Emma Murphy"),
    ],
)
def test_irish_kenyan_and_malaysian_titles_are_not_part_of_the_name(text, speaker):
    assert quotes(text)["speaker"].tolist() == [speaker]


def test_a_lawyer_named_with_a_capitalised_title_in_apposition():
    got = quotes("Her lawyer, former Senate President Juan Ponce Enrile, said the defense would file a motion.")
    assert (got.iloc[0].speaker, got.iloc[0].speaker_role) == ("Juan Ponce Enrile", "lawyer")
    assert quotes("The president, Vice President Joe Biden, said no.").iloc[0].speaker == "president"


def test_a_title_word_is_never_a_common_family_name():
    text = ('"The outlook is uncertain," said Second Minister for Trade and Industry Tan See Leng. He added that '
            "Singapore would deepen its trade links.")
    assert quotes(text)["speaker"].tolist() == ["Tan See Leng", "Tan See Leng"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Siemens said profit would fall. It added that jobs would go.", ["Siemens", "Siemens"]),
        ("John Smith spoke. Smith said profit would fall. It added that jobs would go.", ["John Smith", None]),
        ('Tomasz Wr\u00f3bel has fixed bicycles for 22 years. Neighbours say he is the best mechanic in Leith. '
         '"I am not a doctor," he says.', ["Neighbours", "Tomasz Wr\u00f3bel"]),
        ("Uganda's Minister for Energy, Agnes Nakato, told her counterpart that the pipeline was safe.",
         ["Agnes Nakato"]),
        ("The Department for Environment, Food and Rural Affairs said the rules would change.",
         ["Department for Environment, Food and Rural Affairs"]),
    ],
)
def test_it_for_a_one_word_body_plural_people_and_long_department_names(text, speakers):
    got = quotes(text)["speaker"].tolist()
    assert [s if isinstance(s, str) else None for s in got] == speakers


def test_hedged_cues_plural_possessives_and_formulas_that_report_nothing():
    got = quotes('Reid is understood to have told ministers that the plan was "the only credible route".')
    assert (got.iloc[0].cue, got.iloc[0].speaker) == ("is understood to have told", "Reid")
    assert quotes("The farmers' association said the prices were too low.").iloc[0].speaker_mention == (
        "The farmers' association")
    for text in ("Anyone with information is asked to call 101 quoting reference 6621.",
                 "Minister Lim called on President Prabowo at the palace."):
        assert quotes(text).empty
    assert quotes('"We will go on," said an official who asked not to be named.')["cue"].tolist() == ["said"]
    assert quotes("The UN called on Israel to halt the strikes.")["cue"].tolist() == ["called on"]


def test_particles_solicitor_general_and_bodies_named_by_their_noun():
    assert parse_mention("Dutch Finance Minister Pieter van Dam") == {
        "kind": "person", "name": "Pieter van Dam", "role": "Dutch Finance Minister"}
    assert parse_mention("Solicitor-General Tushar Mehta")["name"] == "Tushar Mehta"
    got = quotes("Rogers faces a new Competition Bureau investigation. The bureau said in court filings that it "
                 "had \"reason to believe\" the ads were false.")
    assert got["speaker"].tolist() == ["Competition Bureau"]


def test_a_trade_noun_refers_back_to_the_company_named_before():
    got = quotes("Pacifica Airways posted a record profit. The airline said it would return $400 million to "
                 "shareholders.")
    assert got["speaker"].tolist() == ["Pacifica Airways"]
    assert quotes("The airline said fares would rise.")["speaker"].tolist() == ["airline"]
    assert quotes("The Department of Energy approved it. The utility said the plant would open.")[
        "speaker"].tolist() == ["utility"]


def test_an_acronym_of_a_title_refers_back_to_its_holder():
    got = quotes('Deputy Commissioner of Police (Cyber Crimes) K. Narasimha Rao said seven persons had been '
                 'arrested.\n\n"The accused lured victims," the DCP told reporters.')
    assert got.speaker.tolist() == ["K. Narasimha Rao", "K. Narasimha Rao"]
    got = quotes("Chief Minister Mamata Banerjee visited the site. The CM said relief would reach everyone.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Mamata Banerjee", "Chief Minister"]]
    got = quotes('Interior Cabinet Secretary Joseph Langat said protests were banned. "We will not allow '
                 'criminals to hide," the CS said.')
    assert got.speaker.tolist() == ["Joseph Langat", "Joseph Langat"]
    # an organisation's acronym is not its officer's title
    got = quotes("Federal Bureau of Investigation Director James Comey said the case was closed. The FBI said "
                 "it would publish the files.")
    assert got.speaker.tolist() == ["James Comey", "FBI"]


def test_an_age_or_a_nationality_stands_for_the_person_the_story_is_about():
    got = quotes('Mercy Korir won the 5,000m on Saturday.\n\n"I have been running since January," said the '
                 '25-year-old.')
    assert got.speaker.tolist() == ["Mercy Korir"]
    got = quotes('Marco Vieira guided Al-Ahli to the title.\n\n"At half-time I told the players to believe," the '
                 'Portuguese said.')
    assert got.speaker.tolist() == ["Marco Vieira"]
    got = quotes('Justice Arbab Khalid Durrani questioned the agencies. "To whom are they answerable?" the judge '
                 'asked.')
    assert got.speaker.tolist()[-1] == "Arbab Khalid Durrani"


@pytest.mark.parametrize("text, name, role", [
    ("The Lagos State Commissioner for Health, Prof. Babatunde Ogunleye, said the outbreak was traced.",
     "Babatunde Ogunleye", "Lagos State Commissioner for Health"),
    ("The Electoral Commission chairperson, Justice Anne Mugisha Kabagambe, said a complaint was received.",
     "Anne Mugisha Kabagambe", "Electoral Commission chairperson"),
    ('Her coach, Italian Marco Bellini, said Korir was "in the shape of her life".', "Marco Bellini", "coach"),
    ("Electricity and Energy Minister Nomvula Kekana said she was confident.", "Nomvula Kekana",
     "Electricity and Energy Minister"),
    ("Scotland's First Minister Nicola Sturgeon said the vote would go ahead.", "Nicola Sturgeon",
     "Scotland's First Minister"),
    ("First Lady Melania Trump said she was proud.", "Melania Trump", "First Lady"),
    ("Senior Counsel Peter Wafula Nyongesa said the land was theirs.", "Peter Wafula Nyongesa", "Senior Counsel"),
    ("Chief Marlene Bearskin of Pine Narrows First Nation said there have been 14 overdoses.",
     "Marlene Bearskin", "Chief"),
])
def test_courtesy_titles_compound_portfolios_and_first_before_a_name(text, name, role):
    assert quotes(text)[["speaker", "speaker_role"]].values.tolist() == [[name, role]]


def test_two_people_joined_by_and_stay_a_group():
    got = quotes("Judiciary Committee Chairman Bob Goodlatte and Benghazi Committee Chairman Trey Gowdy said "
                 "they wanted answers.")
    assert got.speaker.tolist() == [
        "Judiciary Committee Chairman Bob Goodlatte and Benghazi Committee Chairman Trey Gowdy"]
    assert quotes("Goodlatte and Benghazi Committee Chairman Trey Gowdy said so.").speaker.tolist() != ["Trey Gowdy"]


def test_an_affiliation_with_descriptions_before_the_bodys_name():
    got = quotes('Rep. Kim Hyun-jung of the main opposition People Power Party said owners were "being crushed".')
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Kim Hyun-jung", "Rep."]]
    got = quotes('"The church should act," said Peter Iseley of worldwide victim group Ending Clergy Abuse.')
    assert got.speaker.tolist() == ["Peter Iseley"]


@pytest.mark.parametrize("mention, kind, name", [
    ("Leader of the Opposition Rahul Gandhi", "person", "Rahul Gandhi"),
    ("Governor of the Kamchatka Region Vladimir Solodov", "person", "Vladimir Solodov"),
    ("The Honourable Anita Anand", "person", "Anita Anand"),
    ("The far-right Alternative for Germany", "org", "Alternative for Germany"),
    ("the nonpartisan Congressional Budget Office", "org", "Congressional Budget Office"),
    ("a speech in Salt Lake City", "org", "speech in Salt Lake City"),  # a noun, not a description
    ("Speaker of the House Paul Ryan", "person", "Paul Ryan"),
])
def test_titles_of_bodies_courtesy_and_descriptions_are_not_part_of_the_name(mention, kind, name):
    from discourse._speakers.mentions import parse_mention

    assert (parse_mention(mention)["kind"], parse_mention(mention)["name"]) == (kind, name)


@pytest.mark.parametrize("mention, name, role", [
    ("Rights group Amnesty International", "Amnesty International", "Rights group"),
    ("Environmental lobby group Zimbabwe Environmental Law Association", "Zimbabwe Environmental Law Association",
     "Environmental lobby group"),
    ("the think tank Chatham House", "Chatham House", "think tank"),
    ("newspaper The Hindu", "The Hindu", "newspaper"),
    ("the independent outlet Vazhnye Istorii", "Vazhnye Istorii", "independent outlet"),
])
def test_a_kind_of_body_before_its_name_is_a_role(mention, name, role):
    from discourse._speakers.mentions import parse_mention

    assert parse_mention(mention) == {"kind": "org", "name": name, "role": role}
    # not a body's own capitalised word (the survey is the Military Times'), nor a common noun after a name
    assert parse_mention("Military Times survey")["name"] == "Military Times"
    assert parse_mention("a campaign TV ad")["name"] == "campaign TV ad"


@pytest.mark.parametrize("text, speaker, role", [
    ("The Chief of the Defence Staff, General Marc Tremblay, said the submarines were old.", "Marc Tremblay",
     "Chief of the Defence Staff"),
    ("Akhtar's counsel, Barrister Ahmed Raza, had argued that the case was weak.", "Ahmed Raza", "Akhtar's counsel"),
    ("The Parliamentary Budget Officer, Louise Therrien, said the anchor was weak.", "Louise Therrien",
     "Parliamentary Budget Officer"),
    ("The officer commanding Bulawayo Central District, Chief Superintendent Nqobile Dube, said the march was "
     "banned.", "Nqobile Dube", "officer"),
    ("Senate Minority Whip Dick Durbin said the bill was dead.", "Dick Durbin", "Senate Minority Whip"),
])
def test_a_role_then_a_titled_name_in_apposition_is_the_named_person(text, speaker, role):
    got = quotes(text)
    assert got[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


@pytest.mark.parametrize("mention, name, role", [
    ("Labour and Employment Adviser Dr Farhana Ahmed", "Farhana Ahmed", "Labour and Employment Adviser"),
    ("Environment, Urbanization and Climate Change Minister Selim Aktas", "Selim Aktas",
     "Environment, Urbanization and Climate Change Minister"),
    ("Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) Secretary-General Dr Omondi Ochieng",
     "Omondi Ochieng", "Kenya Medical Practitioners, Pharmacists and Dentists Union Secretary-General"),
    ("MACC chief commissioner Tan Sri Rahim Othman", "Rahim Othman", "MACC chief commissioner"),
    ("Dato' Sri Najib Razak", "Najib Razak", None),
    ("Finance Minister Sri Mulyani Indrawati", "Sri Mulyani Indrawati", "Finance Minister"),
    ("Malaysia's Investment, Trade and Industry Minister Datuk Seri Azman Hamid", "Azman Hamid",
     "Malaysia's Investment, Trade and Industry Minister"),
    ("MAC Deputy Minister and spokesman Liang Chen-yi", "Liang Chen-yi", "MAC Deputy Minister and spokesman"),
    ("Minister of Government Communication Ayman Khasawneh", "Ayman Khasawneh", "Minister of Government Communication"),
    ("Economist Do Quang Vinh", "Do Quang Vinh", "Economist"),
    ("Officer-in-Charge (OC) of Joydebpur Police Station Md Abdul Halim", "Md Abdul Halim",
     "Officer-in-Charge of Joydebpur Police Station"),
])
def test_long_titles_and_styles_before_a_name(mention, name, role):
    from discourse._speakers.mentions import parse_mention

    assert parse_mention(mention) == {"kind": "person", "name": name, "role": role}
    assert parse_mention("Clinton and Senator Tim Kaine")["kind"] == "group"  # two people


def test_the_answers_of_a_q_and_a_interview_are_the_interviewees():
    text = ("The UN refugee chief, Carlos Mendoza, spoke to The Independent. He said funding had collapsed.\n\n"
            "Q: How bad is it?\n\nA: It is the worst I have seen.\n\nQ: And now?\n\nA: We cut a third of our staff.")
    got = quotes(text)
    assert got[["speaker_mention", "speaker"]].values.tolist()[1:] == [
        ["Q", "Q"], ["A", "Carlos Mendoza"], ["Q", "Q"], ["A", "Carlos Mendoza"]]


def test_names_written_with_accents_take_their_fullest_form():
    text = ("Prime Minister Oliver Grant and French President Étienne Moreau met in London. Mr Moreau said the "
            "scheme was balanced. Turkish Foreign Minister Şule Öztürk arrived. Ms Öztürk said talks would go on.")
    assert quotes(text).speaker.tolist() == ["Étienne Moreau", "Şule Öztürk"]


def test_an_acronym_spelt_like_a_pronoun_and_a_hyphenated_title_before_a_name():
    got = quotes('"This is a dangerous virus," WHO Director-General Amara Tesfaye told a press conference.')
    assert got[["speaker_mention", "speaker", "speaker_role"]].values.tolist() == [
        ["WHO Director-General Amara Tesfaye", "Amara Tesfaye", "WHO Director-General"]]
    got = quotes("The far-right AfD's co-leader Jörg Bremer said Germany should stop apologising.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Jörg Bremer", "far-right AfD's co-leader"]]


@pytest.mark.parametrize("text, mention, speaker", [
    ("Sentencing Moran, Judge Martina Baxter said the offending was calculated.", "Judge Martina Baxter",
     "Martina Baxter"),
    ("His lawyer, Amira Haddad of the Human Rights Law Centre, said her client was innocent.",
     "His lawyer, Amira Haddad of the Human Rights Law Centre", "Amira Haddad"),
    ("But Mr Lawal's lawyer, Olumide Akinbiyi (SAN), said his client would appeal.",
     "Mr Lawal's lawyer, Olumide Akinbiyi (SAN)", "Olumide Akinbiyi"),
    ("The bank's monetary policy committee said inflation was within target.",
     "The bank's monetary policy committee", "bank's monetary policy committee"),
    ('"We have been promised this every week," said Westdene resident Nomsa Dube.', "Westdene resident Nomsa Dube",
     "Nomsa Dube"),
    ("But the Deputy Chairperson of the EC in charge of Operations, Mr Daniel Kwarteng, dismissed the calls.",
     "the Deputy Chairperson of the EC in charge of Operations, Mr Daniel Kwarteng", "Daniel Kwarteng"),
    ("But the APC National Chairman, Dr Musa Danjuma, while receiving the governors, said the party was strong.",
     "Dr Musa Danjuma", "Musa Danjuma"),
    ("Health CS Esther Mwangi said the ministry was committed.", "Health CS Esther Mwangi", "Esther Mwangi"),
    ("Cr Gavin McKechnie said the pause would cost retailers dearly.", "Cr Gavin McKechnie", "Gavin McKechnie"),
    ("Minister-President Thomas Vandenbroucke said the region would act.",
     "Minister-President Thomas Vandenbroucke", "Thomas Vandenbroucke"),
    ('"We ask for what was promised," said Samwu regional secretary Sipho Ngcobo.',
     "Samwu regional secretary Sipho Ngcobo", "Sipho Ngcobo"),
    ("The military's media wing, Inter-Services Public Relations, said India had struck.",
     "The military's media wing, Inter-Services Public Relations", "Inter-Services Public Relations"),
    ("MMC for Environment and Infrastructure Services Lebogang Mokoena said the city was trying.",
     "MMC for Environment and Infrastructure Services Lebogang Mokoena", "Lebogang Mokoena"),
    ("Advocate Mansoor Ahmed Kazmi said the law was void.", "Advocate Mansoor Ahmed Kazmi", "Mansoor Ahmed Kazmi"),
    ("Usman Ali Khan said the vote was rigged.", "Usman Ali Khan", "Usman Ali Khan"),
    ('"The notice is illegal," said senior advocate Prashant Iyer.', "senior advocate Prashant Iyer",
     "Prashant Iyer"),
    ("Kerry Independent TD P\u00e1draig Moynihan told The Irish Times he had not decided.",
     "Kerry Independent TD P\u00e1draig Moynihan", "P\u00e1draig Moynihan"),
    ("Dutch Renew MEP Sanne de Vries said the resolution had failed.", "Dutch Renew MEP Sanne de Vries",
     "Sanne de Vries"),
    ("State Disaster Management Committee secretary Datuk Wan Azhar Wan Ismail said 214 centres had opened.",
     "State Disaster Management Committee secretary Datuk Wan Azhar Wan Ismail", "Wan Azhar Wan Ismail"),
    ("Khairul Anuar Mohd Said said the aid was ready.", "Khairul Anuar Mohd Said", "Khairul Anuar Mohd Said"),
    ("But Law Society of Kenya president Wanjiru Mwangi-Otieno said the warning was wrong.",
     "Law Society of Kenya president Wanjiru Mwangi-Otieno", "Wanjiru Mwangi-Otieno"),
    ("The centre-right EPP group's foreign affairs coordinator, Georgios Antoniadis, said it was over.",
     "The centre-right EPP group's foreign affairs coordinator, Georgios Antoniadis", "Georgios Antoniadis"),
    ("Iran's mission to the EU said the debate was a farce.", "Iran's mission to the EU", "Iran's mission to the EU"),
    ("Plaid Cymru MS Rhodri ap Gwilym said it was a blow.", "Plaid Cymru MS Rhodri ap Gwilym", "Rhodri ap Gwilym"),
    ("CCID director Datuk Mohd Rizal Abdul Ghani said 3,000 victims were lured.",
     "CCID director Datuk Mohd Rizal Abdul Ghani", "Mohd Rizal Abdul Ghani"),
    ("Deputy Prime Minister and Interior Minister Chaiwat Boonmee said the government had nothing to hide.",
     "Deputy Prime Minister and Interior Minister Chaiwat Boonmee", "Chaiwat Boonmee"),
    ("Shahbagh Police Station Officer-in-Charge (OC) Khalid Mansur said 12 protesters had been detained.",
     "Shahbagh Police Station Officer-in-Charge (OC) Khalid Mansur", "Khalid Mansur"),
    ("Meanwhile, National Disaster Management Agency (Nadma) director-general Tan Sri Khairul Anuar Mohd Said said "
     "RM50mil had been approved.",
     "National Disaster Management Agency (Nadma) director-general Tan Sri Khairul Anuar Mohd Said",
     "Khairul Anuar Mohd Said"),
])
def test_speaker_phrases_of_commonwealth_news(text, mention, speaker):
    got = quotes(text)
    assert got[["speaker_mention", "speaker"]].values.tolist() == [[mention, speaker]]


def test_a_body_described_by_its_seat_and_a_role_after_a_time_stamp():
    text = ("Human Rights Watch said the police had used force. Amina Diallo said so too. The New York-based group "
            "said the police had used tear gas.")
    assert quotes(text).speaker.tolist() == ["Human Rights Watch", "Amina Diallo", "Human Rights Watch"]
    got = quotes('13:30 BST\nRomania\'s president, Dan Pavel, has just posted: "Congratulations, Moldova!"')
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Dan Pavel", "Romania's president"]]


def test_a_graded_generic_role_refers_to_the_person_who_spoke_before():
    text = ("Moscow expects Washington to clarify its position, Russian Deputy Foreign Minister Alexander Voronov "
            'told TASS.\n\n"We have not received any signals," the senior diplomat said.')
    assert quotes(text).speaker.tolist() == ["Alexander Voronov", "Alexander Voronov"]


def test_a_peers_title_with_a_surname_is_the_name():
    got = quotes("Lord Leggatt said the impact plainly includes emissions. Leggatt added that the inspector erred.")
    assert got.speaker.tolist() == ["Lord Leggatt", "Lord Leggatt"]
    from discourse._speakers.mentions import parse_mention

    assert parse_mention("Lord Justice Pemberton")["name"] == "Pemberton"  # a judge's office, not a peerage
    assert parse_mention("Lord David Cameron")["name"] == "David Cameron"


def test_a_role_no_one_held_before_may_be_named_in_the_next_paragraph():
    text = ("Fares will stay capped, the region's mayor said on Monday.\n\nMayor Dave Kershaw told a press "
            "conference that the cap had saved families money.")
    assert quotes(text).speaker.tolist() == ["Dave Kershaw", "Dave Kershaw"]
    # its qualifiers must fit: "The Vermont senator" is not the New York senator named next
    text = "The Vermont senator said the bill was bad.\n\nSenator Chuck Schumer of New York said it was good."
    assert quotes(text).speaker.tolist()[0] != "Chuck Schumer"


def test_who_after_a_titled_name_is_the_person():
    got = quotes("The protests challenge President Aleksandar Vucic, who has accused foreign intelligence services "
                 "of trying to topple him.")
    assert got[["speaker_mention", "speaker", "speaker_role"]].values.tolist() == [
        ["who", "Aleksandar Vucic", "President"]]


def test_a_title_with_its_body_before_the_name_and_a_generic_office_noun_refer_back():
    got = quotes("Secretary of State Marcus Hale met today with Indonesian Foreign Minister Dewi Santoso. The "
                 "Secretary emphasized that the partnership has never been stronger.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Marcus Hale", "Secretary of State"]]
    got = quotes('Moscow will respond to the expulsion of two diplomats, Russian Foreign Ministry spokeswoman Irina '
                 'Volkova said on Wednesday.\n\n"Our response will not be long in coming," the diplomat told '
                 'reporters.')
    assert got.speaker.tolist() == ["Irina Volkova", "Irina Volkova"]


def test_a_pronoun_does_not_take_a_place_or_a_thing_named_after_in_or_the():
    text = ("The Secretary-General strongly condemns the offensive on the town of Uvira, in South Kivu province. "
            "He urges all parties to respect international humanitarian law.")
    assert quotes(text).speaker.tolist() == ["Secretary-General", "Secretary-General"]


def test_a_bare_acronym_of_a_title_is_its_holder():
    got = quotes("External Affairs Minister S. Raghavan met his German counterpart. EAM said India and Germany share "
                 "a commitment to a rules-based order.")
    assert got[["speaker_mention", "speaker"]].values.tolist() == [["EAM", "S. Raghavan"]]


def test_styles_of_address_are_courtesy_and_alone_refer_back_as_a_pronoun():
    got = quotes("His Excellency President Bola Ahmed Tinubu said the nation would overcome.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Bola Ahmed Tinubu", "President"]]
    got = quotes('His Majesty King Abdullah II said Jordan would stand by the Palestinians. "We must stand '
                 'together," His Majesty said.')
    assert got[["speaker_mention", "speaker", "speaker_role"]].values.tolist() == [
        ["His Majesty King Abdullah II", "Abdullah II", "King"], ["His Majesty", "Abdullah II", "King"]]
    got = quotes("Foreign Minister Naledi Pandor spoke in Addis Ababa. Her Excellency told the summit that Africa "
                 "would not be silent.")
    assert got.speaker.tolist() == ["Naledi Pandor"]


def test_a_pronoun_goes_on_with_an_unnamed_spokesperson_who_spoke_last():
    text = ("Organiser Janet Pickering told the crowd she would fight. But a spokesperson for York Teaching "
            "Hospitals NHS Foundation Trust said no final decision had been made. 'Patient safety is our absolute "
            "priority,' she added.")
    assert quotes(text).speaker.tolist() == ["Janet Pickering"] + [
        "spokesperson for York Teaching Hospitals NHS Foundation Trust"] * 2
    text = ("Senator Amy Ward spoke in Reno. A reporter asked Ward about the race. \"We will win,\" she said. "
            "Luk had been ill, according to a family spokesperson.\n\nMichael Makuei, the minister, paid tribute "
            "to Luk. He said the loss was great.")
    assert quotes(text).speaker.tolist()[-1] == "Michael Makuei"


def test_a_malaysian_style_is_no_part_of_the_role():
    got = quotes("Deputy Prime Minister Datuk Seri Khairul Anuar Mohd Said said an additional RM50mil was approved.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Khairul Anuar Mohd Said", "Deputy Prime Minister"]]


def test_the_organisation_is_the_body_of_capitalised_words_that_spoke_last():
    text = ('Corruption Watch said in a statement that the delays were bad. "Justice delayed is justice denied," '
            'the organisation said.')
    assert quotes(text).speaker.tolist() == ["Corruption Watch", "Corruption Watch"]
    text = 'The Kremlin said talks would go on. "We are ready," the group said.'
    assert quotes(text).speaker.tolist() == ["Kremlin", "group"]


def test_a_title_after_a_patronymic_particle_is_a_name():
    got = quotes("Saudi Foreign Minister Adel bin Sultan Al-Harbi said the kingdom was ready.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Adel bin Sultan Al-Harbi", "Saudi Foreign Minister"]]


def test_a_plural_title_before_several_names_is_no_part_of_the_first_name():
    text = ('A bench of Justices Meenakshi Iyer and Rajat Chaudhary heard the plea. "How long will the process be '
            'on?" Justice Iyer asked.')
    assert quotes(text).speaker.tolist() == ["Meenakshi Iyer"]


def test_a_pronoun_takes_the_name_in_apposition_to_the_role_that_opens_the_sentence_before():
    text = ("Parliament's spokesperson, Moloto Sekhukhune, said the institution respected the judgment.\n\n"
            "The DA's chief whip, Annelie Botha, welcomed the ruling. \"This is a victory,\" she said.")
    assert quotes(text).speaker.tolist() == ["Moloto Sekhukhune", "Annelie Botha"]


def test_a_malay_hereditary_prefix_is_no_given_name_for_the_gender():
    text = ("The number of evacuees rose, with Pasir Mas the worst-hit district.\n\nCommittee secretary Datuk Wan "
            'Azhar Wan Ismail said 214 relief centres had been opened.\n\n"We expect the water to rise," he said.')
    assert quotes(text).speaker.tolist() == ["Wan Azhar Wan Ismail"] * 2


def test_a_role_and_its_name_after_an_opening_participle_phrase():
    got = quotes("Speaking on behalf of the Group of 77 and China, the delegate of Cuba, Yam\u00ecl\u00e9 Ortega "
                 "Basulto, said unilateral measures continued to undermine development.")
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Yam\u00ecl\u00e9 Ortega Basulto", "delegate of Cuba"]]


def test_the_statement_is_the_body_that_spoke_in_a_statement_fronted_in_its_sentence():
    text = ('In a statement carried by the Saudi Press Agency, the Ministry of Foreign Affairs said the truce was "an '
            'important first step".\n\n"The Kingdom calls on all parties to abide by their commitments," the '
            "statement added.")
    assert quotes(text).speaker.tolist() == ["Ministry of Foreign Affairs"] * 2


def test_a_capitalised_name_in_ed_after_a_quotation_is_no_cue_and_organiser_is_a_title():
    got = quotes('"We expect the unstable weather to continue," Dr Saeed Al Marzouqi, a meteorologist at the NCM, '
                 "told Gulf News.")
    assert got[["cue", "speaker"]].values.tolist() == [["told", "Saeed Al Marzouqi"]]
    got = quotes('Organiser Keron Alleyne said the march was peaceful. "We want answers," Alleyne said.')
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Keron Alleyne", "Organiser"]] * 2


def test_un_coverage_a_countrys_representative_goes_on_as_he_and_another_countrys_is_someone_else():
    text = ("The representative of Sierra Leone, Foday Kamara-Jalloh, stressed that a ceasefire was the only path.\n\n"
            "The representative of the Russian Federation said the Council should not rush to judgement. \"We have "
            "heard allegations, not evidence,\" he said. Mexico's representative noted that its amendments had been "
            "incorporated.")
    assert quotes(text).speaker.tolist() == ["Foday Kamara-Jalloh"] + [
        "representative of the Russian Federation"] * 2 + ["Mexico's representative"]


def test_a_family_name_before_a_hyphenated_given_name_gives_no_gender():
    text = ('Foreign Minister Han Seung-woo said dialogue was "an invitation to blackmail." In the article, Han wrote '
            'that Seoul should act. "The era of strategic patience is over," he wrote.')
    assert quotes(text).speaker.tolist() == ["Han Seung-woo"] * 3


def test_the_answers_of_a_q_and_a_are_the_person_the_introduction_names():
    text = ("Kazakhstan's Foreign Minister Yerlan Abenov sat down with Nikkei Asia in Astana.\n\n"
            "Q: Is Kazakhstan under pressure?\n\nA: We do not see our foreign policy as a choice.")
    assert quotes(text).speaker.tolist() == ["Q", "Yerlan Abenov"]


def test_a_bodys_listed_name_and_a_role_subject_with_its_name_in_apposition():
    got = quotes("A spokesperson for the Foreign, Commonwealth and Development Office said more funding would come.")
    assert got.speaker.tolist() == ["spokesperson for the Foreign, Commonwealth and Development Office"]
    got = quotes("Kenya's Cabinet Secretary for Environment, Wanjiru Kamau-Otieno, welcomed the announcement, saying "
                 'the funding would "make a real difference".')
    assert got[["speaker", "speaker_role"]].values.tolist() == [
        ["Wanjiru Kamau-Otieno", "Kenya's Cabinet Secretary for Environment"]]


def test_a_title_with_its_portfolio_named_in_the_next_paragraphs():
    text = ("The UK will provide \u00a345 million in new funding, the Minister for Development announced today.\n\n"
            'Minister for Development Harriet Colville said:\n\n"Droughts are becoming more frequent."')
    assert quotes(text).speaker.tolist() == ["Harriet Colville"] * 2


def test_a_pronoun_goes_on_with_an_unnamed_resident_who_spoke_last():
    text = ('"We expect rain," Dr Saeed Al Marzouqi, a meteorologist at the NCM, told Gulf News.\n\nA resident of Al '
            "Nakheel, who asked not to be named, said water had entered his building. \"My car is under water,\" he "
            "said.")
    got = quotes(text)
    assert got.speaker.tolist() == ["Saeed Al Marzouqi"] + ["resident"] * 2  # (the place stays in the role)
    assert got.speaker_role.tolist()[1:] == ["resident of Al Nakheel"] * 2


def test_a_bodys_name_for_its_members_in_a_place():
    got = quotes('The Association of Banks in Lebanon (ABL) said the draft "punishes the banks".')
    assert got.speaker.tolist() == ["Association of Banks in Lebanon"]


def test_an_office_in_the_lede_is_the_first_untitled_person_who_speaks_after_it():
    text = ("The Taoiseach has told the D\u00e1il that the Government will not \u201cthrow money at\u201d the "
            "housing crisis.\n\nDuring Leaders\u2019 Questions, Sinn F\u00e9in leader Siobh\u00e1n Keogh said young "
            "people had been locked out.\n\nConor Delahunty replied that 33,000 homes were completed last year.")
    assert quotes(text).speaker.tolist() == ["Conor Delahunty", "Siobh\u00e1n Keogh", "Conor Delahunty"]


def test_the_opposition_leader_of_a_lede_is_named_after_it():
    text = ("The Opposition Leader says the government is \u201ccooking the books\u201d on its budget.\n\n"
            "Speaking in Brisbane, Bradley Keane said the figures did not add up.")
    assert quotes(text).speaker.tolist() == ["Bradley Keane"] * 2
    text = ("After the update, the Opposition Leader says the government is \u201ccooking the books\u201d.\n\n"
            "\u201cIt has lost control,\u201d Opposition Leader Bradley Keane told reporters.")
    assert quotes(text)[["speaker", "speaker_role"]].values.tolist() == [["Bradley Keane", "Opposition Leader"]] * 2


def test_a_name_shortened_to_its_first_words_is_the_full_name():
    text = ("Bukit Aman CCID director Datuk Mohd Rizal Abdul Ghani said the syndicate lured 3,000 victims. Mohd "
            "Rizal said the public should check the alert list.")
    assert quotes(text).speaker.tolist() == ["Mohd Rizal Abdul Ghani"] * 2


def test_a_nations_president_is_named_in_the_next_paragraph_but_not_by_another_nation():
    text = ("Nigeria's president on Thursday condemned the coup in Benin, saying the region would \"not stand by\".\n\n"
            "In a televised address, President Emeka Adeyemi-Cole said he had spoken with other leaders.")
    assert quotes(text).speaker.tolist() == ["Emeka Adeyemi-Cole"] * 3  # (condemned, saying, said)
    text = ("Nigeria's president condemned the coup, saying the region would \"not stand by\". French President Jean "
            "Martin said he was worried.")
    assert quotes(text).speaker.tolist() == ["Nigeria's president", "Nigeria's president", "Jean Martin"]


def test_embassies_in_a_capital_ministers_named_before_and_comrades():
    got = quotes("China's embassy in Kuala Lumpur said \"certain countries\" were stirring up tensions.")
    assert got.speaker.tolist() == ["China's embassy"]
    text = ("The Minister for Youth and Sports, Hon. Kwabena Agyemang-Duah, has given the GFA two weeks.\n\n"
            'Speaking in Accra, the minister said government would "no longer fund mediocrity".')
    assert quotes(text).speaker.tolist() == ["Kwabena Agyemang-Duah"]
    got = quotes('Also, a chieftain of the All Progressives Congress in the state, Alhaji Musa Danladi, told our '
                 'correspondent that the party would "reclaim Anambra".')
    assert got.speaker.tolist() == ["Musa Danladi"]
    got = quotes('ZANU-PF spokesman Cde Farai Chigumba said the party "fully supports" the bank.')
    assert got[["speaker", "speaker_role"]].values.tolist() == [["Farai Chigumba", "ZANU-PF spokesman"]]


def test_an_office_owned_by_a_place_or_body_in_a_lede_is_named_next():
    text = ("Wales' First Minister has said the Welsh Government will \"not stand by\".\n\nSpeaking in the Senedd, "
            "Carys Pritchard said the workers deserved better.")
    assert quotes(text).speaker.tolist() == ["Carys Pritchard"] * 2
    text = ("Stormont's deputy First Minister has warned that services face \"severe pressures\".\n\nAlison "
            "Clendinning told BBC News NI that the Executive would write to the Treasury.")
    assert quotes(text).speaker.tolist() == ["Alison Clendinning"] * 2
    text = ("Victoria's health minister has conceded response times are \"not good enough\".\n\nSpeaking in "
            "Melbourne, Health Minister Priya Sandhu said bed block remained the problem.")
    assert quotes(text).speaker.tolist() == ["Priya Sandhu"] * 2


def test_an_unnamed_speaker_who_gives_a_name_after_the_mention():
    got = quotes('"We ran with nothing," said a Myawaddy resident who gave her name only as Khin.')
    assert got[["speaker_mention", "speaker"]].values.tolist() == [["a Myawaddy resident", "Khin"]]
    got = quotes("A shopkeeper, who gave only his first name, Ahmed, said prices had doubled. A resident identified "
                 "only as Maria said the water rose fast.")
    assert got[["speaker", "cue"]].values.tolist() == [["Ahmed", "said"], ["Maria", "said"]]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("ministry spokesperson Rear Adm. Murat Karabulut", "Murat Karabulut", "ministry spokesperson Rear Adm."),
        ("Maj. Gen. Pat Ryder", "Pat Ryder", "Maj. Gen."),
        ("A spokesperson for the UK Foreign, Commonwealth and Development Office",
         "spokesperson for the UK Foreign, Commonwealth and Development Office",
         "spokesperson for the UK Foreign, Commonwealth and Development Office"),
    ],
)
def test_military_ranks_and_a_body_listing_its_fields(mention, name, role):
    p = parse_mention(mention)
    assert (p["name"], p["role"]) == (name, role)


def test_a_hong_kong_name_keeps_its_chinese_given_name():
    got = quotes("Financial Secretary Vincent Tsang Ka-wai says the government will not raise taxes. Speaking on a "
                 'radio programme, Tsang said the deficit was large. "We must live within our means," he said.')
    assert got.speaker.tolist() == ["Vincent Tsang Ka-wai"] * 3


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("a draft budget released at the opening session", "draft budget"),  # when it was made is no part of it
        ("A Quinnipiac University poll released in late August", "Quinnipiac University"),  # (its pollster)
        ("Sinaloa residents interviewed by the newspaper Noroeste", "Sinaloa residents"),  # not the interviewer
        ("a statement released by the Supreme Court", "Supreme Court"),  # (its author speaks)
        ("A newly released email", "newly released email"),  # an adjective before its noun
        ("eight of nine states where exit polls were conducted Tuesday",
         "eight of nine states where exit polls were conducted Tuesday"),
        ("the emirate's Department of Health", "Department of Health"),  # a generic owner before a body's name
        ("the state's Republican governor", "state's Republican governor"),
        ("police figures", "police"),  # the body the figures are from
    ],
)
def test_a_source_without_how_it_was_made_or_its_generic_owner(mention, name):
    assert parse_mention(mention)["name"] == name


@pytest.mark.parametrize(
    ("mention", "kind", "name"),
    [
        ("Feeney herself", "person", "Feeney"),  # an intensifier is no part of the name
        ("the candidates themselves", "group", "candidates"),
        ("Doctors Without Borders", "org", "Doctors Without Borders"),  # not "Dr. Without Borders"
        ("Fire and Emergency New Zealand district manager Dean Whaanga", "person", "Dean Whaanga"),
        ("Limerick City and County Council member Cllr Niamh Carroll-Bourke", "person", "Niamh Carroll-Bourke"),
        ("Ratcliffe and FBI director Christopher Wray", "group", "Ratcliffe and FBI director Christopher Wray"),
        ("Former U.N. Ambassador John Bolton and Breitbart News editor Dr. Sebastian Gorka", "group",
         "Former U.N. Ambassador John Bolton and Breitbart News editor Dr. Sebastian Gorka"),
    ],
)
def test_intensifiers_bodies_named_with_and_and_their_officers(mention, kind, name):
    p = parse_mention(mention)
    assert (p["kind"], p["name"]) == (kind, name)


def test_an_owners_title_states_nothing_about_the_person():
    text = ('Foreign Secretary Eleanor Whitcombe said the UK was concerned. Mr Nouri\'s wife, Helen Nouri, said the '
            'family was "heartbroken". "We will not rest until Farid is home," she added.')
    assert quotes(text).speaker.tolist() == ["Eleanor Whitcombe", "Helen Nouri", "Helen Nouri"]


def test_a_portfolios_last_word_is_no_given_name():
    p = parse_mention("Philippine Secretary of Foreign Affairs Villanueva")
    assert (p["name"], p["role"]) == ("Villanueva", "Philippine Secretary of Foreign Affairs")
    text = ("Secretary Ellison spoke today with Philippine Secretary of Foreign Affairs Teresa Villanueva. Secretary "
            "Villanueva said the Philippines would continue to file diplomatic protests.")
    assert quotes(text).speaker.tolist() == ["Teresa Villanueva"]


def test_an_acronym_in_capitals_is_no_pronoun():
    assert quotes("WHO said the outbreak was spreading.").speaker.tolist() == ["WHO"]
    assert parse_mention("who")["kind"] == "pronoun"


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Minister of International Relations and Cooperation Dr Mpho Radebe", "Mpho Radebe",
         "Minister of International Relations and Cooperation"),
        ("Commissioner for Equality, Preparedness and Crisis Management Ilse Verhaegen", "Ilse Verhaegen",
         "Commissioner for Equality, Preparedness and Crisis Management"),
        ("Secretary of Health and Human Services Dr. Alex Azar", "Alex Azar", "Secretary of Health and Human Services"),
        ("Mr. KITAZAWA Hiroshi", "Kitazawa Hiroshi", None),  # a family name in capitals, written first
        ("POLITICO Florida", "POLITICO Florida", None),  # (no style of address: an outlet's name as written)
    ],
)
def test_long_portfolio_titles_and_family_names_in_capitals(mention, name, role):
    p = parse_mention(mention)
    assert (p["name"], p["role"]) == (name, role)


def test_a_family_name_in_capitals_is_the_same_person_later():
    text = ("On November 3, Mr. KITAZAWA Hiroshi, Minister for Foreign Affairs of Japan, held a meeting with "
            "Mr. ZHOU Minghui, Minister of Foreign Affairs of China.\n\n"
            "Minister Kitazawa stated that Japan strongly requests the early release of the detained national.\n\n"
            "In response, Minister Zhou stated that China attaches importance to its relations with Japan.")
    assert quotes(text).speaker.tolist() == ["Kitazawa Hiroshi", "Zhou Minghui"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a lower-case office in the lede, whose holder the next paragraph names without the title
        ('The chancellor has insisted there will be "no return to austerity" in the budget.\n\n'
         'Marion Oakes told BBC Breakfast that departments would have to find savings.',
         ["Marion Oakes", "Marion Oakes"]),
        ("Wellington Hospital will close two wards, its chief executive has confirmed.\n\n"
         "Speaking to RNZ, chief executive Anaru Whitfield said the wards could not be staffed.",
         ["Anaru Whitfield", "Anaru Whitfield"]),
        ("Hobart's Lord Mayor has warned that ratepayers should not pay for the stadium.\n\n"
         "Cr Simon Beattie said the council had been asked for $50 million.",
         ["Simon Beattie", "Simon Beattie"]),
        # an office for the politician just named
        ("Rupert Amesbury has launched his bid for the leadership, declaring that the party must change.\n\n"
         "In an interview, the former security minister said a Tory government would leave the convention.",
         ["Rupert Amesbury", "Rupert Amesbury"]),
        ("His rival, Fiona Gatenby, said the pledge was a slogan. The shadow justice secretary told a hustings "
         "that leaving would take years.",
         ["Fiona Gatenby", "Fiona Gatenby"]),
        # but a staff title is someone else, and after a question the one asked answers
        ("Donald Trump said the wall would be built. The spokesman said the plans were ready.",
         ["Donald Trump", "spokesman"]),
        ("At the convention, Sean Hannity asked John Kasich whether he could still win the nomination.\n\n"
         "The candidate said he does not believe any rival will secure a majority.",
         ["Sean Hannity", "candidate"]),
    ],
)
def test_offices_named_before_or_after_their_holder(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Unión por la Patria deputy María Soledad de los Santos", "María Soledad de los Santos",
         "Unión por la Patria deputy"),
        ("Héctor Osvaldo Giménez", "Héctor Osvaldo Giménez", None),  # an accented given name is a given name
        ("Minister of National Unity Vadym Ostapchuk", "Vadym Ostapchuk", "Minister of National Unity"),
        ("Minister of Foreign Affairs Nguyen Van Thanh", "Nguyen Van Thanh", "Minister of Foreign Affairs"),
        ("Los Angeles Mayor Karen Bass", "Karen Bass", "Los Angeles Mayor"),
    ],
)
def test_spanish_particles_accented_given_names_and_open_portfolios(mention, name, role):
    p = parse_mention(mention)
    assert (p["name"], p["role"]) == (name, role)


def test_a_company_named_for_its_metal_and_a_family_name_after_its_full_form():
    assert parse_mention("Emirates Global Aluminium")["kind"] == "org"
    text = ("Conservative Joaquín Larraín Ossa won 23.9% of the vote.\n\nLarraín told supporters in Santiago that "
            "Chileans had voted for order.")
    assert quotes(text).speaker.tolist() == ["Joaquín Larraín Ossa"]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("West Bengal Chief Minister Anindita Sen", "Anindita Sen", "West Bengal Chief Minister"),
        ("Ontario Premier Doug Ford", "Doug Ford", "Ontario Premier"),
        ("New South Wales Premier Chris Minns", "Chris Minns", "New South Wales Premier"),
        ("Home Minister Datuk Seri Azman Shah Abdul Rahim", "Azman Shah Abdul Rahim", "Home Minister"),
        ("DepEd spokesperson Atty. Marites Dela Paz", "Marites Dela Paz", "DepEd spokesperson"),
        ("former Pennsylvania Gov", "former Pennsylvania Gov", "former Pennsylvania Gov"),  # cut before the name
    ],
)
def test_states_and_provinces_before_titles_and_local_styles(mention, name, role):
    p = parse_mention(mention)
    assert (p["name"], p["role"]) == (name, role)


def test_a_family_name_that_abbreviates_a_title():
    text = ('Kolkata, Mar 4 (PTI) West Bengal Chief Minister Anindita Sen on Monday alleged that central agencies '
            'were being used to "harass" opposition leaders.\n\nAddressing a rally in Howrah, Sen said her '
            'government would not cooperate.\n\n"They can send ten agencies," she said.')
    assert quotes(text).speaker.tolist() == ["Anindita Sen"] * 3


def test_a_subject_with_a_lower_case_title_and_a_briefings_heading():
    text = ("Former Ipid investigator Lindiwe Khumalo-Ndaba is not mincing her words. In her new book, Blue Lights, "
            'Dark Rooms, she writes that interference "did not end with State Capture".')
    assert quotes(text).speaker.tolist() == ["Lindiwe Khumalo-Ndaba"]
    text = ("Briefing by Foreign Ministry Spokeswoman Yelena Gordeyeva, Moscow, June 12, 2025\n\n"
            "Question: How would you comment on the new sanctions package?\n\n"
            "Answer: We have already commented on this.")
    assert quotes(text).speaker.tolist()[-1] == "Yelena Gordeyeva"


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("a Downing Street readout", "Downing Street"),
        ("A Turkish Foreign Ministry statement", "Turkish Foreign Ministry"),
        ("a Kremlin readout", "Kremlin"),
        ("a Trump statement", "Trump statement"),  # a person's statement stays a statement
        ("The Turkish statement", "Turkish statement"),  # and a nationality is no body
    ],
)
def test_a_bodys_document_named_before_its_noun_is_the_body(mention, name):
    assert parse_mention(mention)["name"] == name


@pytest.mark.parametrize(
    ("mention", "kind", "name"),
    [
        ("one senior German diplomat", "role", "senior German diplomat"),
        ("an EU diplomat", "role", "EU diplomat"),  # a person of the body, not the body
        ("One Nation", "person", "One Nation"),  # (a party: no quantifier is dropped before a name)
        ("One in five", "role", "One in five"),
        ("President Esteban Mora Solís'", "person", "Esteban Mora Solís"),  # a possessive after a final s
        ("official results from the Electoral Service", "org", "Electoral Service"),
        ("diplomatic sources consulted by MercoPress", "group", "diplomatic sources"),
        ("allies of the Speaker", "group", "allies of the Speaker"),
    ],
)
def test_quantified_roles_possessives_and_sources_consulted_by_an_outlet(mention, kind, name):
    p = parse_mention(mention)
    assert (p["kind"], p["name"]) == (kind, name)


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Omar Al Rawashdeh",
         "Omar Al Rawashdeh", "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates"),
        ("Minister of Tourism and Antiquities Ashraf Gomaa", "Ashraf Gomaa", "Minister of Tourism and Antiquities"),
        ("Parliament and Government Spokesperson Youssef Bennani Smires", "Youssef Bennani Smires",
         "Parliament and Government Spokesperson"),
        ("HE Dr Mariam bint Khalifa Al Suwaidi", "Mariam bint Khalifa Al Suwaidi", "HE"),
        ("Opposition MP Nadia Tahiri El Alami of the Party of Progress and Socialism", "Nadia Tahiri El Alami",
         "Opposition MP"),
        ("Nils-Erik Haagenrud of Rogaland Fire and Rescue", "Nils-Erik Haagenrud", "Rogaland Fire and Rescue"),
        ("the bank's Monetary Committee", "Monetary Committee", None),
    ],
)
def test_arab_names_long_portfolios_and_affiliations_with_and(mention, name, role):
    p = parse_mention(mention)
    assert (p["name"], p["role"]) == (name, role)
    assert parse_mention("Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky")["kind"] == "group"


def test_a_title_before_a_bracket_and_a_family_name_in_capitals_in_apposition():
    text = ('DCP (Zone 9) Aniket Salunkhe informed that the accused had been traced. "The videos were created using '
            'freely available apps," the DCP said.')
    got = quotes(text)
    assert got.speaker_mention.tolist()[0] == "DCP (Zone 9) Aniket Salunkhe"
    assert got.speaker.tolist() == ["Aniket Salunkhe"] * 2
    text = ('Japan\'s Minister for Foreign Affairs, ARAKAWA Kenji, issued a message of condolence. "I am deeply '
            'saddened," Minister Arakawa said.')
    assert quotes(text).speaker.tolist() == ["ARAKAWA Kenji"]
    text = ("NASA's Bill Gerstenmaier spoke first. NASA has selected two astronauts for the mission, which NASA said "
            "might take place this summer.")
    assert quotes(text).speaker.tolist()[-1] == "NASA"  # a body's acronym is no title


def test_the_minister_is_the_whole_name_after_a_long_title():
    text = ("Union Minister of Jal Shakti Shri Devendra Singh Rathore inaugurated the conference today.\n\n"
            'The Minister stated that water security was "everybody\'s business", not the Government\'s alone.')
    assert quotes(text).speaker.tolist() == ["Devendra Singh Rathore"]


def test_a_bare_office_named_next_in_apposition_and_the_philippine_chief_executive():
    text = ("The Government will oppose the trade agreement, the Taoiseach has said.\n\nSpeaking in Brussels, the "
            "Taoiseach, Declan Mac Giolla, said Ireland's concerns had not been addressed.\n\nThe president of the "
            "Irish Farmers' Association (IFA), Siobhán Tierney, welcomed the statement but said farmers would wait.")
    assert quotes(text).speaker.tolist() == ["Declan Mac Giolla", "Declan Mac Giolla", "Siobhán Tierney"]
    text = ('President Ramon Castillo spoke on Monday. "The sea is ours," the Chief Executive said.')
    assert quotes(text).speaker.tolist() == ["Ramon Castillo"]
    text = ('The chancellor has insisted there will be "no return to austerity".\n\nThe shadow chancellor, Giles '
            'Penrose, said the promise was "not worth the paper it is written on".')
    assert quotes(text).speaker.tolist()[0] == "chancellor"  # (a shadow office is another person)


@pytest.mark.parametrize(
    ("mention", "kind", "name", "role"),
    [
        ("Ukraine's Volodymyr Zelenskyy", "person", "Volodymyr Zelenskyy", "Ukraine"),  # a country's own
        ("Germany's Social Democrats", "group", "Germany's Social Democrats", None),
        ("China's Ministry of Commerce", "org", "China's Ministry of Commerce", None),  # (the owner stays: "Ministry
        ("Office for National Statistics", "org", "Office for National Statistics", None),  # of Commerce" of whom?)
        ("Ministry of Foreign Affairs Sergey Lavrov", "person", "Sergey Lavrov", "Ministry of Foreign Affairs"),
    ],
)
def test_bodies_named_with_of_and_a_countrys_own_people(mention, kind, name, role):
    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == (kind, name, role)


def test_a_partys_office_for_the_politician_just_named():
    text = ('Prime Minister Javier Morales closed the congress on Sunday with a speech in which he said his government '
            'would serve out its term.\n\n"They have tried everything," the Socialist leader told delegates.')
    assert quotes(text).speaker.tolist() == ["Javier Morales", "Javier Morales"]
    text = ("Mike Pence said the campaign was strong. The Indiana governor said Democrats were to blame.")
    assert quotes(text).speaker.tolist()[1] == "Indiana governor"  # (a state names someone else as often)


def test_social_protection_is_a_portfolio():
    p = parse_mention("Minister of Health and Social Protection Karim Alaoui")
    assert (p["name"], p["role"]) == ("Karim Alaoui", "Minister of Health and Social Protection")


def test_two_family_names_take_their_given_name():
    text = ("Foreign Minister Rodrigo Almeida Lacerda met Zhao Minghui in Beijing. Almeida Lacerda said that Brazil "
            "attaches great importance to the partnership.")
    assert quotes(text).speaker.tolist() == ["Rodrigo Almeida Lacerda"]


def test_a_communique_issued_after_talks_and_a_counterpart_named_by_nationality():
    text = ("Kenya and Ghana signed five agreements during a state visit by Ghanaian President Kwabena Asante-Mensah."
            "\n\nPresident Samuel Kiprono Chebet said the two countries would push for free trade.\n\nHis Ghanaian "
            "counterpart said Accra would back Kenya's candidate.\n\nA joint communiqué issued after the talks said "
            "the two leaders reaffirmed their commitment.")
    got = quotes(text)
    assert got.speaker.tolist() == ["Samuel Kiprono Chebet", "Kwabena Asante-Mensah", "joint communiqué"]
    assert got.speaker_role.tolist()[1] == "Ghanaian President"


def test_a_malay_name_shortened_after_a_lede_full_of_names():
    text = ("KUALA LUMPUR, March 3 (Bernama) -- The government will table amendments to the Federal Constitution on "
            "citizenship in the next Dewan Rakyat sitting, said Home Minister Datuk Seri Azman Shah Abdul Rahim.\n\n"
            'Asked about criticism, Azman Shah said the government was "open to further discussion".')
    assert quotes(text).speaker.tolist() == ["Azman Shah Abdul Rahim"] * 2


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ('Sen. Ramon "Jun" Villacorta', "Ramon Villacorta", "Sen."),  # a nickname in quotation marks
        ("Marine John \u201cTig\u201d Tiegen", "John Tiegen", "Marine"),  # a service member's branch
        ("Marine Le Pen", "Marine Le Pen", None),
    ],
)
def test_nicknames_and_service_members(mention, name, role):
    p = parse_mention(mention)
    assert (p["name"], p["role"]) == (name, role)


def test_a_nickname_keeps_the_whole_mention_and_the_title():
    text = ('MANILA, Philippines \u2014 Sen. Ramon "Jun" Villacorta on Tuesday said he would file a resolution.\n\n'
            'The senator said the report had flagged "glaring irregularities".')
    got = quotes(text)
    assert got.speaker_mention.tolist()[0] == 'Sen. Ramon "Jun" Villacorta'
    assert got.speaker.tolist() == ["Ramon Villacorta"] * 2
    got = quotes("Speaking on Fox News Channel\u2019s \u201cHannity,\u201d Newt Gingrich said it was a lovely idea.")
    assert got.speaker_mention.tolist() == ["Newt Gingrich"]  # (a programme's title is no nickname)


@pytest.mark.parametrize(
    ("mention", "kind", "name"),
    [
        ("the Commission's own estimates", "org", "Commission"),  # a body's figures are the body's
        ("the health ministry's figures", "org", "health ministry"),
        ("the ministry's latest report", "org", "ministry"),
        ("Eurostat figures", "person", "Eurostat"),  # (a one-word body the lexicon does not know)
        ("World Bank estimates", "org", "World Bank"),
        ("FBI statistics", "person", "FBI"),  # (an acronym: the row makes it an organisation)
    ],
)
def test_figures_and_documents_are_their_owners(mention, kind, name):
    p = parse_mention(mention)
    assert (p["kind"], p["name"]) == (kind, name)


def test_people_called_figures_are_not_their_partys_data():
    assert parse_mention("the party's top figures")["name"] != "party"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('WASHINGTON (AP) \u2014 Sen. Walter Brandt said Thursday he would not support the nominee.\n\n"I have serious '
         'questions about her record," the Montana Republican said in a statement.', ["Walter Brandt"] * 2),
        ('The shadow chancellor, Miriam Oduya, has said the government is "cooking the books".\n\nSpeaking in '
         'Birmingham on Monday, the former Bank of England economist said ministers had "run out of road".',
         ["Miriam Oduya"] * 2),
        ('Kuala Lumpur, Malaysia \u2013 Opposition leader Datuk Seri Rosli Hamid, a former deputy prime minister, said '
         'on Sunday that the cut would "hit rural families hardest".\n\nSpeaking to supporters in Kota Bharu, the '
         'veteran Kedah politician said the government had not consulted fishermen.', ["Rosli Hamid"] * 2),
        ('Kiambu Woman Representative Grace Njeri has said the delay is "hurting the poorest children".\n\nThe '
         'first-term legislator said principals had been forced to send students home.', ["Grace Njeri"] * 2),
        ("Sen. Walter Brandt spoke on Thursday. The 67-year-old, who is up for reelection next year, said he "
         "expected other Republicans to follow.", ["Walter Brandt"]),
        ('Czech President Jiri Marsalek said on Thursday he would not appoint the nominee.\n\n"A minister cannot '
         'decide on matters in which he has a stake," the 64-year-old former general told reporters.',
         ["Jiri Marsalek"] * 2),
        ('Speaking in the Bundestag on Thursday, Markus Thielen of the CSU said the controls would remain.\n\n"We '
         'are not closing borders," the 58-year-old told lawmakers.', ["Markus Thielen"] * 2),
    ],
)
def test_a_description_goes_on_with_the_person_just_named(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


def test_a_description_with_its_place_and_a_photo_credit_name_no_one():
    text = ("Donald Trump has a long history of blaming others for his mostly self-inflicted wounds. In Sen. Jeff "
            "Sessions' column on Aug. 10, \"The piling on must stop,\" the Republican from Alabama seems to be doing "
            "the same in blaming Trump's decline in the polls on the news media.")
    assert quotes(text)[["speaker_mention", "speaker"]].values.tolist()[-1] == ["the Republican", "Republican"]
    text = ("Serafinowicz posted the clip to YouTube on Thursday.\n\nNeilson Barnard via Getty Images.\n\n"
            "\u201cWhat if Donald Trump had elocution lessons?\u201d the 43-year-old asked in the video\u2019s "
            "description.")
    assert quotes(text).speaker.tolist()[-1] == "43-year-old"


@pytest.mark.parametrize(
    ("mention", "name"),
    [("Cde Mupfumira", "Mupfumira"), ("Atty. Cruz", "Cruz"), ("Engr. Bello", "Bello")],
)
def test_styles_of_address_before_a_family_name(mention, name):
    assert parse_mention(mention)["name"] == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The federal Health Minister says pharmacists will be allowed to prescribe treatments.\n\nSpeaking to ABC "
         "Radio National Breakfast, Minister Lachlan Doherty said the change would take pressure off GPs.",
         "Lachlan Doherty"),
        ("The mayor of Hay River, N.W.T., says residents will not be allowed back into town.\n\n\u201cI know people "
         "are frustrated,\u201d Mayor Kendra Lafferty told CBC\u2019s Power & Politics on Wednesday.",
         "Kendra Lafferty"),
    ],
)
def test_a_ledes_office_is_the_holder_named_next_with_its_title(text, speaker):
    assert quotes(text).speaker.tolist() == [speaker, speaker]


def test_other_names_of_an_office_find_its_holder():
    text = ('The top government spokesman said Tuesday that Japan has lodged a protest with China.\n\n"It is extremely '
            'regrettable," Chief Cabinet Secretary Kazuhiro Onodera told a regular press conference.')
    assert quotes(text).speaker.tolist() == ["Kazuhiro Onodera"] * 2
    text = ("Foreign Minister Mohammad Reza Ahangari said Iran does not seek war.\n\nThe top Iranian diplomat also "
            "stressed that regional countries must prevent an escalation.")
    assert quotes(text).speaker.tolist() == ["Mohammad Reza Ahangari"] * 2


def test_an_office_of_another_nationality_is_not_the_person_named_before():
    text = ("CAIRO (MENA) - Foreign Minister Hisham Abdel-Salam said a ceasefire in Sudan is imperative.\n\nThe Saudi "
            "minister, for his part, stressed that Riyadh would continue its efforts.")
    assert quotes(text).speaker.tolist() == ["Hisham Abdel-Salam", "Saudi minister"]
    text = ("Foreign Minister Mohammad Reza Ahangari said Iran does not seek war.\n\nThe Omani foreign minister said "
            "Muscat would continue its efforts.")
    assert quotes(text).speaker.tolist() == ["Mohammad Reza Ahangari", "Omani foreign minister"]
    text = ("Egyptian Foreign Minister Hisham Abdel-Salam said a ceasefire is imperative. The Egyptian minister also "
            "said aid would flow.")
    assert quotes(text).speaker.tolist() == ["Hisham Abdel-Salam"] * 2


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The Czech finance minister said on Monday that the deficit would not exceed CZK 230 billion. The cabinet "
         "approved the draft budget earlier in the day.\n\n\u201cThe numbers add up,\u201d "
         "Jana Vondr\u00e1\u010dkov\u00e1 told journalists.", ["Jana Vondr\u00e1\u010dkov\u00e1"] * 2),
        ("MEXICO CITY (AP) \u2014 Mexico\u2019s top security official said Monday that authorities have arrested 14 "
         "people.\n\nSecurity Secretary Juli\u00e1n Ibarra Sol\u00eds told reporters that the suspects belonged to a "
         "local cell.", ["Juli\u00e1n Ibarra Sol\u00eds"] * 2),
        ("Quebec's immigration minister says the province will cut the number of temporary foreign workers.\n\n"
         "Julie Gagnon-Ross made the announcement Wednesday. She said the cut was needed.", ["Julie Gagnon-Ross"] * 2),
        ('The head of the Federal Aviation Administration acknowledged Wednesday that the agency had been "too slow" '
         'to act.\n\n"We have not moved fast enough," FAA Administrator Curtis Ambrose told the committee.',
         ["Curtis Ambrose"] * 2),
        ("Japan\u2019s top currency diplomat warned Wednesday that authorities were ready to act.\n\n\u201cWe are "
         "watching market movements,\u201d Takuma Ishizeki, vice finance minister for international affairs, told "
         "reporters.", ["Takuma Ishizeki"] * 2),
        ("The Czech finance minister said the deficit would shrink.\n\n\u201cThe numbers add up,\u201d Jana Novak, an "
         "opposition lawmaker, told journalists.", ["Czech finance minister", "Jana Novak"]),
        # another office named next is someone else
        ("The prime minister said on Monday that the budget would pass.\n\nOpposition leader Mark Tan said the "
         "budget was a fraud.", ["prime minister", "Mark Tan"]),
    ],
)
def test_an_office_opening_the_article_is_the_person_named_next(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


def test_a_level_of_government_before_a_capitalised_office():
    p = parse_mention("The federal Health Minister")
    assert (p["kind"], p["name"]) == ("role", "federal Health Minister")
    assert parse_mention("the state Health Department")["kind"] == "org"


@pytest.mark.parametrize(
    ("mention", "kind", "name"),
    [
        ("Bharat Earth Movers Limited", "org", "Bharat Earth Movers Limited"),  # a company's legal form
        ("Siemens Energy GmbH", "org", "Siemens Energy GmbH"),
        ("a shopkeeper whose stall", "role", "shopkeeper"),  # a relative clause is no part of the role
        ("a resident who lives nearby", "role", "resident"),
        ("Migrant worker advocacy group Transient Workers Count Too (TWC2)", "org", "Transient Workers Count Too"),
        ("think tank Chatham House", "org", "Chatham House"),
    ],
)
def test_companies_bodies_described_and_people_with_a_relative_clause(mention, kind, name):
    p = parse_mention(mention)
    assert (p["kind"], p["name"]) == (kind, name)


def test_a_role_with_a_rank_the_latest_minister_lacks_is_someone_else():
    text = ("Kuala Lumpur, Malaysia \u2013 Opposition leader Datuk Seri Rosli Hamid, a former deputy prime minister, "
            "said on Sunday that a planned cut would hurt.\n\nEconomy Minister Nurul Ain Yusof rejected the criticism, "
            "telling Al Jazeera the subsidy would save 4 billion ringgit.\n\n\"Ninety percent of the benefit goes to "
            "people who do not need it,\" the minister said.\n\nThe former deputy prime minister said later on X that "
            "he would lead a rally.")
    assert quotes(text).speaker.tolist() == ["Rosli Hamid"] + ["Nurul Ain Yusof"] * 3 + ["Rosli Hamid"]


def test_a_pronoun_goes_on_with_the_unnamed_patient_who_spoke_last():
    text = ("Health Secretary Morag Finlay told MSPs the government was working with the board.\n\nOne patient, who "
            "did not want to be named, told The Scotsman her follow-up had been postponed twice. \u2018You just feel "
            "forgotten,\u2019 she said.")
    assert quotes(text).speaker.tolist() == ["Morag Finlay", "patient", "patient"]


def test_a_document_against_someone_is_not_theirs():
    assert parse_mention("a ruling against President Donald Trump")["name"] == "ruling"
    assert parse_mention("a tweet on Monday by US Secretary of State Mike Pompeo")["name"] == "Mike Pompeo"


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("the latest Invamer poll", "Invamer"),  # a poll speaks for whoever ran it
        ("a Gallup Korea survey released Friday", "Gallup Korea"),
        ("a Reuters/Ipsos poll", "Reuters/Ipsos"),
        ("a New York Times poll", "New York Times"),
        ("a survey by IBRiS for Rzeczpospolita", "IBRiS"),  # (not who commissioned it)
        ("a nationwide telephone survey conducted by Kyodo News over the weekend", "Kyodo News"),
        ("a February survey conducted by WBUR radio", "WBUR"),
        ("a poll published last week by the independent Medi\u00e1n institute", "Medi\u00e1n"),  # (its kind after)
        ("El Financiero newspaper", "El Financiero"),  # an outlet named with its kind
        ("the Xinhua news agency", "Xinhua"),
        ("the report by Tasnim News Agency", "Tasnim News Agency"),
        ("New Hampshire surveys", "New Hampshire surveys"),  # where, not who
        ("Exit polls", "Exit polls"),
        ("January polls", "January polls"),
    ],
)
def test_polls_are_their_pollsters_and_outlets_their_names(mention, name):
    assert parse_mention(mention)["name"] == name


@pytest.mark.parametrize(
    ("mention", "kind", "name", "role"),
    [
        ("Leader of the Opposition P. Kathiresan of the AIADMK", "person", "P. Kathiresan", "Leader of the Opposition"),
        ("Secretary for Transport and Logistics Ivan Cheung Ka-wai", "person", "Ivan Cheung Ka-wai",
         "Secretary for Transport and Logistics"),
        ("Comrade Chinedu Okafor", "person", "Chinedu Okafor", None),
        ("Pettifer's company, Larchmere Homes", "org", "Larchmere Homes", "Pettifer's company"),
        ("the National Publicity Secretary of the Peoples Democratic Party, Chief Emeka Obiorah", "person",
         "Emeka Obiorah", "National Publicity Secretary of the Peoples Democratic Party"),
    ],
)
def test_titles_with_an_initial_a_portfolio_a_comrade_and_a_company_named_in_apposition(mention, kind, name, role):
    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == (kind, name, role)


def test_an_age_epithet_is_the_one_person_named_with_that_age():
    text = ("Julian Ashcombe, 58, concealed the losses, the prosecution said.\n\nThe court heard that Mr Ashcombe "
            "bought a share in a racehorse named Quiet Confidence.\n\nIn a police interview, read to the court, the "
            "58-year-old said he had 'always intended to pay everyone back'. He told detectives: 'I made mistakes, "
            "but I never set out to steal from anyone.'")
    assert quotes(text).speaker.tolist()[-2:] == ["Julian Ashcombe", "Julian Ashcombe"]


def test_a_portfolio_alone_is_not_its_minister():
    text = ("Immigration Minister Priya Sandhu announced the cut. The cap will bring the number of permits to roughly "
            "395,000, according to figures released by Immigration, Refugees and Citizenship Canada (IRCC).")
    assert quotes(text).speaker.tolist()[1] != "Priya Sandhu"


def test_a_bodys_officer_in_lower_case_is_a_role_that_resolves():
    assert parse_mention("the union leader") == {"kind": "role", "name": "union leader", "role": "union leader"}
    assert parse_mention("the Foreign Ministry")["kind"] == "org"
    text = ("The ASUU President, Prof. Emmanuel Adeyemi, addressed journalists.\n\nAccording to him, the union's "
            "demands include the renegotiation of the 2009 agreement.\n\n\u201cNobody should blame ASUU,\u201d the "
            "union leader stated.")
    assert quotes(text).speaker.tolist() == ["Emmanuel Adeyemi", "Emmanuel Adeyemi"]


def test_a_member_by_seat_or_party_goes_on_with_the_member_just_named():
    assert parse_mention("the Labour MP") == {"kind": "role", "name": "Labour MP", "role": "Labour MP"}
    text = ("Sinn F\u00e9in's housing spokeswoman, Aoife N\u00ed Cheallaigh TD, said the Government had \"run out of "
            "road\" on housing. The Dublin Mid-West TD told the D\u00e1il that rents had risen by 40 per cent.")
    assert quotes(text).speaker.tolist() == ["Aoife N\u00ed Cheallaigh"] * 2


def test_a_member_by_seat_is_the_leader_just_named_with_another_office():
    text = ('But Minority Leader Caleb Omondi dismissed the assurances, saying the Bill contained "hidden taxes". '
            '"This is the same poison in a new bottle," said the Kisumu West MP.')
    assert quotes(text).speaker.tolist()[-1] == "Caleb Omondi"


def test_a_chinese_family_name_alone_is_the_titled_name_it_opens():
    text = ("Washington and Beijing gave different accounts of the call between President Daniel Carter and Chinese "
            "President Li Zhenguo. Li told Carter that Taiwan was \"the first red line that must not be crossed.\"")
    assert quotes(text).speaker.tolist() == ["Li Zhenguo"]


def test_a_weather_forecaster_is_a_title():
    assert parse_mention("Forecaster Eimear Lenihan") == {"kind": "person", "name": "Eimear Lenihan",
                                                          "role": "Forecaster"}


def test_a_pronoun_goes_on_with_the_agent_of_a_passive_sentence():
    text = ("The Minister of State, Ciar\u00e1n Hegarty, said the scheme had 'done exactly what it was designed to "
            "do'.\n\nThat claim was disputed by local Independent councillor Niamh O'Driscoll. 'Tell that to the "
            "people on Watergate Street,' she said.")
    assert quotes(text).speaker.tolist() == ["Ciar\u00e1n Hegarty", "Niamh O'Driscoll"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ESB Networks said 41,000 customers were without power.\n\nIn Bandon, where the river burst its banks "
         "shortly before 4am, shop owner Tadhg Crowley (58) was shovelling mud out of his store. 'I've never seen "
         "the water come up this fast,' he said.", "Tadhg Crowley"),
        ("Kasich agreed to end his bid in Indiana, Ted Cruz said.\n\nAs he has before, Cruz on Friday played down "
         "the deal with Kasich. \"There never was a grand alliance,\" he said.", "Ted Cruz"),
    ],
)
def test_a_pronoun_goes_on_with_the_subject_after_an_opening_phrase(text, speaker):
    assert quotes(text).speaker.tolist()[-1] == speaker


def test_a_name_in_the_opening_phrase_is_not_the_subject():
    text = ("On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed on why he had said it was "
            "''a great honor'' to earn the Russian president's praise.")
    assert "Putin" not in quotes(text).speaker.tolist()


def test_a_pronoun_goes_on_with_a_subject_named_by_surname_whose_full_name_the_article_gave():
    text = ("Former Gov. Thomas Raeburn said he would not back businessman Wade Calloway.\n\n"
            "\"I'm not in the business of making promises,\" Raeburn told CNN.\n\n"
            "Calloway fired back within the hour. In a post on his platform, he wrote that Raeburn was "
            "\"a sore loser.\"")
    assert quotes(text).speaker.tolist() == ["Thomas Raeburn", "Thomas Raeburn", "Wade Calloway"]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Minister for Crown Relations Tama Potaka", "Tama Potaka", "Minister for Crown Relations"),
        ("Parliamentary Commissioner for the Prison System \u00c1lvaro Techera Duarte", "\u00c1lvaro Techera Duarte",
         "Parliamentary Commissioner for the Prison System"),
        ("Union Minister of Ports, Shipping and Waterways Devendra Kashyap", "Devendra Kashyap",
         "Union Minister of Ports, Shipping and Waterways"),
        ("Statistician-general Lerato Nkosi", "Lerato Nkosi", "Statistician-general"),
        ("Ombudswoman Marcela Galvis Ospina", "Marcela Galvis Ospina", "Ombudswoman"),
        ("MEC for Health Nomsa Dube", "Nomsa Dube", "MEC for Health"),
    ],
)
def test_a_portfolio_or_an_office_before_a_name_is_the_role(mention, name, role):
    from discourse._speakers.mentions import parse_mention

    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == ("person", name, role)


def test_the_guardians_lower_case_first_minister_is_the_office():
    text = ("Scottish Conservative leader Douglas Rennie told MSPs that island communities had been abandoned.\n\n"
            "The first minister said the delays were \"unacceptable\".")
    q = quotes(text)
    assert q.speaker_mention.tolist()[-1] == "The first minister"
    assert q.speaker.tolist()[-1] == "first minister"


def test_an_unnamed_relative_is_not_the_person_named_before():
    text = ("Police Chief Amanda Coyle said the officers had acted lawfully.\n\n"
            "The boy's mother, who asked not to be named, told the Guardian her son had been humiliated.\n\n"
            "\u201cHe was walking home from school. He hadn\u2019t done anything,\u201d she said.\n\n"
            "The boy's father told reporters the family would complain.")
    assert quotes(text).speaker.tolist() == [
        "Amanda Coyle", "boy's mother", "boy's mother", "boy's father"]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("The Olufon of Ifon-Orolu, Oba Adewale Olatunbosun-Ige", "Adewale Olatunbosun-Ige", "Olufon of Ifon-Orolu"),
        ("Igwe Chinedu Nwankwo-Agu", "Chinedu Nwankwo-Agu", None),
        ("A resident of Agyaragu, Malam Haruna Musa-Obi", "Haruna Musa-Obi", "resident of Agyaragu"),
        ("a former National Vice Chairman of the party (North-West), Alhaji Sule Ibrahim Dankwara-Yauri",
         "Sule Ibrahim Dankwara-Yauri", "former National Vice Chairman of the party"),
        ("ActionSA's Thandiwe Mkhize", "Thandiwe Mkhize", "ActionSA"),
        ("Energy and Petroleum Cabinet Secretary Caroline Jeptoo", "Caroline Jeptoo",
         "Energy and Petroleum Cabinet Secretary"),
    ],
)
def test_nigerian_styles_kenyan_cabinet_secretaries_and_a_partys_member(mention, name, role):
    from discourse._speakers.mentions import parse_mention

    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == ("person", name, role)


def test_a_wing_named_in_apposition_is_a_body():
    from discourse._speakers.mentions import parse_mention

    p = parse_mention("The party's youth wing, Young Labour")
    assert (p["kind"], p["name"]) == ("org", "Young Labour")


def test_an_indefinite_lede_is_the_official_named_next_with_that_office():
    text = ("Coroner warns of 'further deaths' at rural level crossing\n\n"
            "A coroner has warned that more people will die at a rural level crossing unless Network Rail acts.\n\n"
            "In a prevention of future deaths report, area coroner Joanne Kersley said the crossing near Penrith, "
            "where retired teacher Margaret Lyle, 71, was killed in March, had \"inadequate\" warning systems.")
    assert quotes(text).speaker.tolist() == ["Joanne Kersley", "Joanne Kersley"]


def test_an_indefinite_lede_is_not_the_victim_named_next():
    text = ("A coroner has said a boy who died at a music festival was \u201clet down\u201d by medical cover.\n\n"
            "Callum Rees, from Swindon, collapsed at the festival in August.\n\n"
            "The area coroner, David Ridgeway, said there had been \u201ca serious failure of communication\u201d.")
    assert quotes(text).speaker.tolist() == ["David Ridgeway", "David Ridgeway"]


def test_a_lede_after_a_headline_is_the_office_holder_named_next_a_members_letters_no_other_office():
    text = ("'We will not be intimidated' - PSNI chief after attack on Newry station\n\n"
            "The Chief Constable of the PSNI has said a petrol bomb attack on a police station was \"reckless\".\n\n"
            "Two devices were thrown at the rear of Newry PSNI station. No one was injured.\n\n"
            "Speaking in Belfast, Chief Constable Alan Trimble said: \"We will not be intimidated.\"")
    assert quotes(text).speaker.tolist()[:2] == ["Alan Trimble", "Alan Trimble"]
    text = ("Scotland\u2019s Health Secretary has insisted the NHS is \u201cturning a corner\u201d on delayed "
            "discharge.\n\nSpeaking at Holyrood yesterday, Fiona Lamont MSP said the statistics showed an "
            "improvement.")
    assert quotes(text).speaker.tolist() == ["Fiona Lamont", "Fiona Lamont"]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Senate President Pro Tempore Aurelio Madrigal-Santos", "Aurelio Madrigal-Santos",
         "Senate President Pro Tempore"),
        ("Datuk Seri Ir Ahmad Faizal Nordin", "Ahmad Faizal Nordin", None),
        ("Sabah Immigration Department director Datuk Mohammad Nurul Azmi Othman", "Mohammad Nurul Azmi Othman",
         "Sabah Immigration Department director"),
        ("Sarawak Utility and Telecommunication Minister Datuk Amar Hamdan Kipli", "Hamdan Kipli",
         "Sarawak Utility and Telecommunication Minister"),
        ("Banjarnegara Regent Sutrisno", "Sutrisno", "Banjarnegara Regent"),
        ("Datuk Seri Anwar Ibrahim", "Anwar Ibrahim", None),
    ],
)
def test_malaysian_styles_and_long_names_indonesian_regents(mention, name, role):
    from discourse._speakers.mentions import parse_mention

    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == ("person", name, role)


def test_a_malay_name_shortened_to_its_given_names_is_the_full_name():
    text = ("Umno Youth chief Mohd Hafizi Ismail said the remarks were offensive.\n\n"
            "Mohd Hafizi said the wing would lodge a police report.")
    assert quotes(text).speaker.tolist() == ["Mohd Hafizi Ismail", "Mohd Hafizi Ismail"]


def test_a_kings_style_before_the_family_name_is_the_full_name():
    text = ("The Olu of Itori, Oba Adewale Oyekan-Lagunju, alleged that a company had seized farmland.\n\n"
            "\"Nobody has done anything,\" Oba Oyekan-Lagunju said.")
    assert quotes(text).speaker.tolist() == ["Adewale Oyekan-Lagunju", "Adewale Oyekan-Lagunju"]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Sinn F\u00e9in TD for Dublin South-West Aoife Brennan-Kiely", "Aoife Brennan-Kiely",
         "Sinn F\u00e9in TD for Dublin South-West"),
        ("Sinn F\u00e9in councillor Br\u00edd Nic Giolla Ph\u00e1draig", "Br\u00edd Nic Giolla Ph\u00e1draig",
         "Sinn F\u00e9in councillor"),
    ],
)
def test_irish_seats_and_names(mention, name, role):
    from discourse._speakers.mentions import parse_mention

    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == ("person", name, role)


def test_an_unnamed_woman_goes_on_and_a_man_merely_mentioned_does_not_speak():
    text = ("Prosecutor Daniel Okafor said the witness had been protected for two years.\n\n"
            "\u201cI saw him fire,\u201d said the woman, who spoke on condition of anonymity.\n\n"
            "Now 46, she has moved twice.\n\n"
            "\u201cI am still afraid,\u201d she said.")
    assert quotes(text).speaker.tolist() == ["Daniel Okafor", "woman", "woman"]
    text = ("Senator Ruth Calder condemned the attack.\n\n"
            "\u201cWe mourn the victims,\u201d Calder wrote the day after a man claiming allegiance to the group "
            "opened fire.\n\nLater she said the city would hold a vigil.")
    q = quotes(text)
    assert q[q.cue == "said"].speaker.tolist() == ["Ruth Calder"]


def test_a_court_lede_is_not_the_lawyer_named_after_an_unnamed_witness_speaks():
    text = ("A protected witness has told a war crimes court that soldiers burned her village.\n\n"
            "Testifying behind a screen, the woman said she had hidden in a well for two days.\n\n"
            "\u201cThey took my brothers,\u201d she said.\n\n"
            "Defence lawyer Martin Havel said the testimony would be challenged.")
    assert quotes(text).speaker.tolist() == ["protected witness", "woman", "woman", "Martin Havel"]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Eng Abdulla Al Marzouqi", "Abdulla Al Marzouqi", None),
        ("Counsellor Yousef Hassan Al Mutawa", "Yousef Hassan Al Mutawa", None),
        ("interim Friday prayer leader Hojatoleslam Mohammad-Taqi Samiei", "Mohammad-Taqi Samiei",
         "interim Friday prayer leader"),
        ("The Greater Accra Regional Police Commander, DCOP Jacob Kwasi Ampofo", "Jacob Kwasi Ampofo",
         "Greater Accra Regional Police Commander"),
        ("Nana Ofori Kuragu II", "Ofori Kuragu II", None),
        ("Nana Akufo-Addo", "Nana Akufo-Addo", None),
        ("Yemen's Minister of Public Health and Population Dr. Ali Saleh Al-Walidi", "Ali Saleh Al-Walidi",
         "Yemen's Minister of Public Health and Population"),
        ("Minister for Pacific Peoples Losa Tuimavave", "Losa Tuimavave", "Minister for Pacific Peoples"),
        ("Member of Parliament for St James North Western Clive Moncrieffe", "Clive Moncrieffe",
         "Member of Parliament for St James North Western"),
        ("MP for Tema Central Kwame Mensah", "Kwame Mensah", "MP for Tema Central"),
    ],
)
def test_gulf_iranian_and_ghanaian_styles_ranks_and_seats_stand_before_the_name(mention, name, role):
    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == ("person", name, role)


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Federal Minister for Religious Affairs and Interfaith Harmony Maulana Ziaur Rehman Hazarvi",
         "Ziaur Rehman Hazarvi", "Federal Minister for Religious Affairs and Interfaith Harmony"),
        ("Punjab Senior Minister Begum Shazia Rehman", "Shazia Rehman", "Punjab Senior Minister"),
        ("FPCCI Senior Vice President Mian Saqib Rasheed", "Saqib Rasheed", "FPCCI Senior Vice President"),
        ("Sardar Ayaz Khosa", "Ayaz Khosa", None),
        ("Minister for Water Supply Rambhajan Mahato", "Rambhajan Mahato", "Minister for Water Supply"),
        ("District Collector Anupama Menon", "Anupama Menon", "District Collector"),
        ("Balochistan government spokesperson Naseer Ahmed Kakar", "Naseer Ahmed Kakar",
         "Balochistan government spokesperson"),
        ("Engineer John Okafor", "John Okafor", "Engineer"),
    ],
)
def test_south_asian_styles_portfolios_and_given_names_ending_like_occupations(mention, name, role):
    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == ("person", name, role)


def test_the_maulana_is_the_cleric_named_before():
    text = ("JUI-F's Maulana Attaur Rehman Qasmi, speaking to reporters outside Parliament House, struck a more "
            "cautious note. \"If the two sides keep talking at each other instead of to each other, the country "
            "will pay the price,\" the Maulana said.")
    assert quotes(text).speaker.tolist() == ["Attaur Rehman Qasmi"]


@pytest.mark.parametrize("mention", ["Global Affairs Canada", "Health Canada", "Statistics Canada"])
def test_a_department_named_with_its_country_is_a_body(mention):
    assert parse_mention(mention) == {"kind": "org", "name": mention, "role": None}


def test_a_french_given_name_the_us_census_gives_to_women_can_be_mr():
    text = ("\"We're trying to balance both,\" governor St\u00e9phane Morin told reporters in Ottawa.\n\n"
            "Mr. Morin said the bank had considered a quarter-point cut.")
    assert quotes(text).speaker.tolist() == ["St\u00e9phane Morin", "St\u00e9phane Morin"]


def test_an_outlets_reporter_with_a_particle_name_and_a_kunya_that_makes_a_woman():
    assert parse_mention("Al Jazeera\u2019s Ibrahim al-Khalili") == {
        "kind": "person", "name": "Ibrahim al-Khalili", "role": "Al Jazeera"}
    from discourse.gender import census_gender

    assert census_gender("Umm Yousef al-Najjar") == "f"
    assert census_gender("Abu Ali") is None  # ("Abu" also opens family names: "Iyad Abu Shammala")


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("The mine\u2019s owner, Bowen Ridge Resources", "Bowen Ridge Resources", "mine\u2019s owner"),
        ("the Abraham Initiatives nonprofit", "Abraham Initiatives", None),
        ("the Magen David Adom ambulance service", "Magen David Adom", None),
        ("the Syrian Observatory for Human Rights monitoring group", "Syrian Observatory for Human Rights", None),
        ("owner of the Make Crate subscription service", "owner of the Make Crate subscription service", None),
    ],
)
def test_a_body_in_apposition_to_its_role_and_a_body_named_before_its_kind(mention, name, role):
    assert parse_mention(mention) == {"kind": "org", "name": name, "role": role}


def test_an_owner_named_by_a_family_name_alone_is_a_person():
    assert parse_mention("The bar's owner, Patel")["kind"] == "person"


def test_a_place_before_an_arabic_name_part_is_the_titles_and_rana_is_no_womans_name():
    assert parse_mention("Director General Hajj Makkah Abdul Wahab Soomro") == {
        "kind": "person", "name": "Abdul Wahab Soomro", "role": "Director General Hajj Makkah"}
    text = ("Minister of State for Finance Rana Zahid Mehmood confirmed that discussions were at an advanced stage."
            "\n\n\"Talks are going on in a positive atmosphere,\" he told reporters.")
    assert quotes(text).speaker.tolist() == ["Rana Zahid Mehmood", "Rana Zahid Mehmood"]


def test_an_abbreviated_title_is_the_title_a_later_reference_writes_out():
    text = ("BOK Gov. Shin Young-bae said rates would fall.\n\nShin said the bank had lowered its forecast.\n\n"
            "The governor added that four of the six board members had kept the door open.")
    assert quotes(text).speaker.tolist() == ["Shin Young-bae"] * 3


def test_a_korean_family_name_alone_is_the_fullest_name_written_family_first():
    text = ("The agency carried a statement by Ri Chol-ho, a vice department director, describing the firing as a "
            "warning.\n\n\"It will face consequences,\" Ri said in the statement.")
    assert quotes(text).speaker.tolist() == ["Ri Chol-ho"]


@pytest.mark.parametrize(
    ("mention", "kind", "name", "role"),
    [
        ("Energy and Mines Minister Jorge Luis Montoya C\u00e1rdenas", "person", "Jorge Luis Montoya C\u00e1rdenas",
         "Energy and Mines Minister"),
        ("The president of the National Nurses Association, Luz Dary Mosquera Palacios", "person",
         "Luz Dary Mosquera Palacios", "president of the National Nurses Association"),
        ("The Redes da Mar\u00e9 NGO", "org", "Redes da Mar\u00e9", None),
        ("the Fogo Cruzado institute", "org", "Fogo Cruzado", None),
        ("Virginia Governor Terry McAuliffe", "person", "Terry McAuliffe", "Virginia Governor"),
    ],
)
def test_two_given_and_two_family_names_and_a_body_before_its_kind(mention, kind, name, role):
    assert parse_mention(mention) == {"kind": kind, "name": name, "role": role}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Iustitia, Poland\u2019s largest association of judges, said the law did not go far enough. "
         "\u201cHalf-measures will only prolong the crisis,\u201d the association wrote in a statement.",
         ["Iustitia", "Iustitia"]),
        ("Taiwanese chip packaging company Hsinchu Advanced Packaging Technology will build a plant in Kumamoto, "
         "the company said Wednesday.", ["Hsinchu Advanced Packaging Technology"]),
        ("Jane Doe, a company spokeswoman, said it was fine.\n\nThe company said it would appeal.",
         ["Jane Doe", "company"]),
    ],
)
def test_the_association_or_the_company_is_the_body_the_article_described_so(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


def test_a_sentence_about_a_person_opened_with_for_is_whom_the_pronoun_goes_on_with():
    text = ("Dr Anand Raghavan said prices would fall.\n\nFor Maureen Castile, 67, a retired schoolteacher in Dubuque, "
            "the policy debate is anything but abstract. She said she spends about $400 a month on the drugs.\n\n"
            "\u201cI\u2019ve been skipping doses,\u201d she said.")
    assert quotes(text).speaker.tolist() == ["Anand Raghavan", "Maureen Castile", "Maureen Castile"]


def test_a_name_written_with_a_nickname_is_the_fullest_form_of_its_family_name():
    text = ("A federal judge has indicted former Public Works Minister Horacio \u201cLito\u201d Benegas over housing "
            "funds.\n\nBenegas denied any wrongdoing.\n\n\u201cThis is a political persecution,\u201d he told "
            "Radio 10.")
    assert quotes(text).speaker.tolist() == ["Horacio Benegas", "Horacio Benegas"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Opposition Senator Patricia da Rosa Irigoyen, of the National Party, said the announcement came too "
         "late. \"The minister announces prisons that will take four years to build,\" Da Rosa said.",
         ["Patricia da Rosa Irigoyen"] * 2),
        ("A Peruvian court on Monday sentenced Wilber Ccahuana Huillca, a former head of infrastructure, to 12 "
         "years.\n\nCcahuana maintained his innocence. \"I am a political prisoner,\" he said.",
         ["Wilber Ccahuana Huillca"]),
    ],
)
def test_a_first_family_name_alone_is_the_full_spanish_or_portuguese_name(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


def test_a_member_of_the_party_named_before_is_a_person():
    assert parse_mention("Rep. Ahn Cheol-woo of the party") == {
        "kind": "person", "name": "Ahn Cheol-woo", "role": "Rep."}
    assert parse_mention("a spokesman of the party")["kind"] == "role"


def test_the_mayor_is_the_person_whose_appositive_names_the_party_by_its_acronym_too():
    text = ("Ionut Balanescu, the Social Democratic Party (PSD) mayor of Medgidia, was indicted on Wednesday.\n\n"
            "\"I have nothing to reproach myself for,\" the mayor wrote.")
    assert quotes(text).speaker.tolist() == ["Ionut Balanescu"]


def test_one_of_them_named_in_apposition_is_whom_she_goes_on_with():
    text = ("Ewa Jablonska, the judge, said the pushback was illegal.\n\nThe family was represented by lawyers "
            "from the Helsinki Foundation. One of them, Joanna Pietrzyk-Sowa, spoke to Notes from Poland after the "
            "hearing.\n\n"
            "\u201cThis is not a single, isolated judgment,\u201d she said.")
    assert quotes(text).speaker.tolist() == ["Ewa Jablonska", "Joanna Pietrzyk-Sowa"]


@pytest.mark.parametrize(
    ("mention", "kind", "name", "role"),
    [
        ("Foreign and Expatriates Minister Dr. Samer al-Khatib", "person", "Samer al-Khatib",
         "Foreign and Expatriates Minister"),
        ("Uzbekistan\u2019s Agency for External Labour Migration", "org",
         "Uzbekistan\u2019s Agency for External Labour Migration", None),
        ("Khokim Erkin Turdimurodov", "person", "Erkin Turdimurodov", "Khokim"),
    ],
)
def test_syrian_and_central_asian_offices_and_bodies(mention, kind, name, role):
    assert parse_mention(mention) == {"kind": kind, "name": name, "role": role}


def test_a_bodys_press_service_speaks_for_the_body():
    text = ("Kazakhstan's Ministry of Water Resources and Irrigation also gave a positive assessment of the talks. "
            "\"Both sides have demonstrated a constructive approach,\" the ministry's press service said.")
    assert quotes(text).speaker.tolist() == ["Kazakhstan's Ministry of Water Resources and Irrigation"]


def test_the_kremlin_official_is_the_kremlin_spokesman_who_spoke_before():
    text = ("The Kremlin sees no grounds for optimism, Kremlin Spokesman Arkady Vedeneyev told reporters on Wednesday."
            "\n\n\"At the moment we see no signals,\" the Kremlin official said.")
    assert quotes(text).speaker.tolist() == ["Arkady Vedeneyev", "Arkady Vedeneyev"]


@pytest.mark.parametrize(
    ("mention", "kind", "name", "role"),
    [
        ("The crossbench peer Lady Whitlow", "person", "Lady Whitlow", "crossbench peer"),
        ("Minister for Public Expenditure Neasa N\u00ed Chonaill", "person", "Neasa N\u00ed Chonaill",
         "Minister for Public Expenditure"),
        ("The campaign group Dignity in Dying", "org", "Dignity in Dying", "campaign group"),
        ("An Garda S\u00edoch\u00e1na", "org", "An Garda S\u00edoch\u00e1na", None),
        ("An Post", "org", "An Post", None),
        ("An SNP spokesman", "role", "SNP spokesman", "SNP spokesman"),
    ],
)
def test_british_and_irish_peers_portfolios_and_bodies(mention, kind, name, role):
    assert parse_mention(mention) == {"kind": kind, "name": name, "role": role}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Transport Secretary John Vaughan MS said the changes showed the government had listened.\n\n\"The "
         "principle has saved lives,\" he said.", ["John Vaughan", "John Vaughan"]),
        ("Newham Council's cabinet member for community safety, Zulfiqar Hussain, said the borough was "
         "heartbroken.", ["Zulfiqar Hussain"]),
    ],
)
def test_a_member_of_the_senedd_is_no_ms_and_a_cabinet_members_brief_goes_on_to_the_name(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Mayor Annemiek ter Horst", "Annemiek ter Horst"),
        ("Catalan president Albert Roig i Castell\u00ed", "Albert Roig i Castell\u00ed"),
        ("Dr Herv\u00e9 d\u2019Arcangues of the MG France union in Dordogne", "Herv\u00e9 d\u2019Arcangues"),
    ],
)
def test_dutch_catalan_and_elided_french_particles_stay_in_the_name(mention, name):
    assert parse_mention(mention)["name"] == name


@pytest.mark.parametrize(
    ("text", "speakers", "mentions"),
    [
        ("Jane Smith of the teachers union in Ohio said the strike would go on.", ["Jane Smith"],
         ["Jane Smith of the teachers union in Ohio"]),
        ("Dr Herv\u00e9 d\u2019Arcangues of the MG France union in Dordogne said communes were competing.",
         ["Herv\u00e9 d\u2019Arcangues"], ["Dr Herv\u00e9 d\u2019Arcangues of the MG France union in Dordogne"]),
        ("Catalan president Albert Roig i Castell\u00ed said he was not defeated.\n\n\"Catalonia needs stability,\" "
         "Roig told reporters.", ["Albert Roig i Castell\u00ed"] * 2, ["Catalan president Albert Roig i Castell\u00ed",
                                                                      "Roig"]),
        ("The mayor, Marie Du Mesnil, told the paper that it was fine.\n\nMme Du Mesnil said 1,800 residents had no "
         "doctor.", ["Marie Du Mesnil"] * 2, ["The mayor, Marie Du Mesnil", "Mme Du Mesnil"]),
    ],
)
def test_a_named_member_of_a_body_in_a_place_and_catalan_and_french_names(text, speakers, mentions):
    q = quotes(text)
    assert q.speaker.tolist() == speakers
    assert q.speaker_mention.tolist() == mentions


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("\"The centre has become a theme park,\" said Ursula von der Leyen.", ["Ursula von der Leyen"]),
        ("\"It is a theme park,\" said Joost van der Heijden-Smit of the Stop campaign group.",
         ["Joost van der Heijden-Smit"]),
        ("Undersecretary Gianluca Di Stefano told Corriere della Sera that a referendum was expected.\n\n\"We are "
         "not afraid of the vote,\" Di Stefano told the Milan daily.", ["Gianluca Di Stefano"] * 2),
    ],
)
def test_an_inverted_name_goes_on_over_its_particles_and_a_particle_surname_grows(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


@pytest.mark.parametrize(
    ("mention", "kind", "name", "role"),
    [
        ("WHO representative in Syria Dr Hanan Mourad", "person", "Hanan Mourad", "WHO representative in Syria"),
        ("the Russian Health Ministry Tatyana Petrovna Guseva", "person", "Tatyana Petrovna Guseva",
         "Russian Health Ministry"),
        ("Mr. Trump and Ms. Le Pen", "group", "Mr. Trump and Ms. Le Pen", None),
    ],
)
def test_a_style_after_a_placed_title_and_a_body_before_its_officials_name(mention, kind, name, role):
    assert parse_mention(mention) == {"kind": kind, "name": name, "role": role}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Golos, Russia\u2019s independent election monitoring movement, has documented similar cases. "
         "\u201cSignature checks have become the main tool,\u201d the movement said in a report.", ["Golos"]),
        ("The commission refused to register six candidates from the Yabloko party. The party says the decision "
         "is politically motivated.", ["commission", "Yabloko"]),
    ],
)
def test_the_movement_or_the_party_is_the_body_the_article_named_with_that_noun(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("the Parliamentary Commissioner for the Prison System", "role"),
        ("the Governor of the Bank of England", "role"),
        ("the Directorate General of Civil Aviation", "org"),
        ("the Office for National Statistics", "org"),
    ],
)
def test_an_office_of_a_body_is_a_role_and_the_body_an_organisation(mention, kind):
    assert parse_mention(mention)["kind"] == kind


def test_a_lede_office_of_a_body_is_the_commissioner_named_next():
    text = ("Uruguay's prison population has reached a record 17,000 inmates, the Parliamentary Commissioner for the "
            "Prison System told the General Assembly on Tuesday.\n\nCommissioner Gonzalo Laborde Ferr\u00e9s told "
            "lawmakers that overcrowding exceeded 150%.")
    assert quotes(text).speaker.tolist() == ["Gonzalo Laborde Ferr\u00e9s"] * 2


def test_a_lede_office_is_the_official_named_next_with_a_party_in_brackets():
    text = ("Tallinn's new deputy mayor in charge of transport says the city will not abolish free public transport."
            "\n\nDeputy Mayor Andrei Novikov (Center) told ERR News on Monday that the city would look for savings.")
    assert quotes(text).speaker.tolist() == ["Andrei Novikov", "Andrei Novikov"]


def test_a_headline_naming_costa_rica_names_no_person_and_the_head_is_the_director_named_next():
    text = ("Costa Rica on track for another violent year, OIJ warns\n\nCosta Rica could close the year with more "
            "than 850 homicides, the head of the Judicial Investigation Agency (OIJ) warned Wednesday.\n\n"
            "OIJ Director Esteban Quesada Mora told lawmakers that most killings were linked to criminal groups.")
    assert quotes(text).speaker.tolist()[-2:] == ["Esteban Quesada Mora"] * 2


def test_an_agent_is_a_title_before_a_name():
    assert parse_mention("Chief Patrol Agent Hector Ruiz") == {
        "kind": "person", "name": "Hector Ruiz", "role": "Chief Patrol Agent"}


@pytest.mark.parametrize(
    ("text", "speakers", "mentions"),
    [
        ("In Dushanbe, the head of the Tajik government delegation at the talks, Jamshed Qodirzoda, said the "
         "sections were agreed.", ["Jamshed Qodirzoda"],
         ["the head of the Tajik government delegation at the talks, Jamshed Qodirzoda"]),
        ("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said "
         "every pope was political.", ["Giovanni Maria Vian"], ["Giovanni Maria Vian"]),
        ("The head of the Culiac\u00e1n chapter of the National Chamber of Commerce (Canaco), Leopoldo \"Polo\" "
         "Tirado F\u00e9lix, told the newspaper that 1,200 businesses had closed.", ["Leopoldo Tirado F\u00e9lix"],
         ["The head of the Culiac\u00e1n chapter of the National Chamber of Commerce (Canaco), Leopoldo \"Polo\" "
          "Tirado F\u00e9lix"]),
        ("\u201cCOP30 was not the finish line,\u201d Brazil\u2019s Minister of Environment, L\u00facia Rocha, told "
         "AQ.", ["L\u00facia Rocha"], ["Brazil\u2019s Minister of Environment, L\u00facia Rocha"]),
        ("\u201cWe were not allowed to call a witness,\u201d his lawyer said.\n\nLyubimov\u2019s wife, Natalya, who "
         "attended the hearing, has not seen him since. \u201cThey keep refusing us visits,\u201d she told "
         "reporters.", ["lawyer", "Natalya"], ["his lawyer", "she"]),
    ],
)
def test_a_long_role_then_its_name_and_a_relative_named_by_the_given_name(text, speakers, mentions):
    q = quotes(text)
    assert q.speaker.tolist() == speakers
    assert q.speaker_mention.tolist() == mentions


@pytest.mark.parametrize(
    ("text", "speakers", "roles"),
    [
        ("John Smith, spokesman for the police, said the driver was arrested.", ["John Smith"],
         ["spokesman for the police"]),
        ("Dmitry Peskov, Kremlin spokesman, said it was fine.", ["Dmitry Peskov"], ["Kremlin spokesman"]),
        ("Christie, New Jersey\u2019s sitting governor, repeated accusations that Rubio recites the same points.",
         ["Christie"], ["New Jersey\u2019s sitting governor"]),
        ("Abu Taher Mollah, officer-in-charge (OC) of New Market Police Station, said the driver was arrested. "
         "\u201cHe did not have a licence,\u201d the OC said.", ["Abu Taher Mollah"] * 2,
         ["officer-in-charge (OC) of New Market Police Station"] * 2),
    ],
)
def test_a_bare_title_in_apposition_is_the_role_and_its_initials_refer_back(text, speakers, roles):
    q = quotes(text)
    assert q.speaker.tolist() == speakers
    assert q.speaker_role.tolist() == roles


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Ms Cheryl Ang Pei Shan, head of research at Huttons Asia, said the slowdown was clear. \"Buyers are "
         "careful,\" said Ms Ang.", ["Cheryl Ang Pei Shan"] * 2),
        ("Ms Ratna Puspitasari of the Commission for Missing Persons and Victims of Violence (KontraS) said the law "
         "had been rushed.", ["Ratna Puspitasari"]),
        ("National Assembly deputy Hoang Thi Mai Huong of Thai Binh Province said the higher fines were necessary.",
         ["Hoang Thi Mai Huong"]),
        ("Indonesian military spokesman Major-General Hariyanto said the TNI would abide. \"Soldiers go where the "
         "state assigns us,\" said Maj-Gen Hariyanto.", ["Hariyanto"] * 2),
    ],
)
def test_southeast_asian_names_ranks_and_affiliations(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Corporal Daniel Kibet Rotich, who was attached to Nakuru Central Police Station, said he found the "
         "vehicle.\n\n\"When I opened the boot, there was a smell,\" Cpl Rotich told the court.\n\nTestifying for the "
         "prosecution, the officer said the accused appeared calm.", ["Daniel Kibet Rotich"] * 3),
        ("In an affidavit, Chief Inspector Harriet Chebet Koech told the court that detectives were analysing "
         "records.\n\n\"The respondent will interfere with witnesses,\" the officer stated.",
         ["Harriet Chebet Koech"] * 2),
        ("It did not satisfy the Landless People\u2019s Movement, whose parliamentary spokesperson, Uaatjo Kavari, "
         "said the pace was slow.", ["Uaatjo Kavari"]),
    ],
)
def test_the_officer_is_the_ranked_person_before_and_a_relative_possessive_role_names_its_holder(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


@pytest.mark.parametrize(
    "hearing",
    ["told the court that", "told the High Court that", "told Lady Justice Rose Wanjiru that", "testified that"],
)
def test_the_witness_is_who_gave_evidence_last(hearing):
    text = (f"A prosecution witness, Halima Sadiq Bala, {hearing} N1.1 billion was transferred.\n\n\"So you cannot "
            "tell this court who owned them?\" Mr Ogunbanjo asked.\n\n\"I cannot say that, my lord,\" the witness "
            "replied.")
    q = quotes(text)
    assert q.speaker.tolist() == ["Halima Sadiq Bala", "Ogunbanjo", "Halima Sadiq Bala"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("A boy has died after being stabbed in east London, prompting an appeal from the Metropolitan Police.\n\n"
         "Officers were called to Barking Road at about 4.50pm, the force said.", ["Metropolitan Police"]),
        ("The Metropolitan Police said a man had been arrested. The force said inquiries were continuing.",
         ["Metropolitan Police"] * 2),
        ("Police Scotland said the road was closed. The force added that a diversion was in place.",
         ["Police Scotland"] * 2),
    ],
)
def test_the_force_is_the_police_force_named_before(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


def test_a_knight_or_dame_by_the_given_name_is_the_full_name_the_article_gave():
    text = ("Dame Cressida Holt led the review into the failures.\n\n\"It was a failure of leadership,\" Dame "
            "Cressida said.")
    assert quotes(text).speaker.tolist() == ["Cressida Holt"]


def test_a_family_name_in_capitals_before_the_given_name_is_a_person_a_pronoun_goes_on_with():
    text = ("Chief Cabinet Secretary KURAMOTO Hiroshi told reporters that Japan would keep pressing.\n\nKeio "
            "University Professor TAKAGI Emi is an expert on Japan-China relations.\n\nShe told NHK, \"China wants "
            "to avoid further friction.\"")
    assert quotes(text).speaker.tolist()[-1] == "TAKAGI Emi"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Employers\u2019 federation VBO-FEB estimated that a strike costs the economy \u20ac250 million. \"Strikes "
         "are damaging Belgium\u2019s image,\" the federation said.", ["VBO-FEB"] * 2),
        ("John Smith, president of the federation, said it was bad. The federation said it would strike.",
         ["John Smith", "federation"]),
    ],
)
def test_the_federation_is_the_body_described_with_that_noun_not_its_officer(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Sen. Jane Doe (D-Mass.) said the plan was wrong. \"It is a disaster,\" the Democrat said.", ["Jane Doe"] * 2),
        ("Republican presidential nominee Donald Trump said it was rigged. Clinton said it was not. \"It is "
         "rigged,\" the Republican said.", ["Donald Trump", "Clinton", "Donald Trump"]),
        ("Rep. John Roe, R-Texas, said the bill was bad. \"It is bad,\" the Republican added.", ["John Roe"] * 2),
        ("\"It became a lot of people competing,\" said Republican political consultant Chris Russell.",
         ["Chris Russell"]),
    ],
)
def test_the_democrat_or_the_republican_is_the_party_member_who_spoke_last(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


def test_a_group_opening_the_sentence_is_the_same_speaker_as_in_lower_case_but_a_party_keeps_its_capital():
    text = ("Officials said the ship was seized. Police said it was fine. Democrats said it was bad. The port "
            "reopened, officials said.")
    assert quotes(text).speaker.tolist() == ["officials", "police", "Democrats", "officials"]


def test_an_opening_place_before_a_role_is_no_name_and_the_vice_president_is_the_one_named_so():
    text = ("Vice President Robert Ellingsworth traveled to Jamaica. In Kingston, the Vice President met with Prime "
            "Minister Andrea Castellanos-Boyd. The Vice President expressed condolences for the lives lost. He "
            "underscored that the two countries share a vital interest.")
    q = quotes(text)
    assert q[["speaker", "speaker_role"]].values.tolist() == [["Robert Ellingsworth", "Vice President"]] * 2


def test_who_after_a_title_with_its_portfolio_and_the_name():
    q = quotes("The Vice President was accompanied by Deputy Secretary of Commerce Patricia Okonkwo-Hale, who "
               "announced a trade mission of more than 20 companies.")
    assert q[["speaker", "speaker_role"]].values.tolist() == [["Patricia Okonkwo-Hale", "Deputy Secretary of Commerce"]]


def test_a_headline_verb_after_a_title_is_no_name():
    text = ("Secretary-General Condemns Attack on Peacekeepers\n\nThe Secretary-General strongly condemns the attack "
            "on a patrol near Bambari. He calls on the authorities to spare no effort in finding the perpetrators.")
    assert "Condemns Attack" not in quotes(text).speaker.tolist()


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Marcus Oyelaran, Executive Director of the United Nations Office on Drugs and Crime (UNODC), said that "
         "weapons flowed in.", "Executive Director of the United Nations Office on Drugs and Crime (UNODC)"),
        ("Valentina Ospina-Crane, Special Representative and Head of the Integrated Office in Haiti, said gangs "
         "controlled the city.", "Special Representative and Head of the Integrated Office in Haiti"),
    ],
)
def test_a_capitalised_title_with_its_body_in_apposition_is_the_role(text, role):
    assert quotes(text).speaker_role.tolist() == [role]


def test_a_release_lede_after_its_heading_lines_is_the_person_the_next_paragraph_names():
    text = ("SC/16102\n24 June 2025\n\nSecurity Council\n9951st Meeting (AM)\n\nHaiti's Transition at Critical "
            "Juncture, Special Representative Tells Security Council\n\nThe political transition in Haiti has "
            "reached a critical juncture, the Secretary-General's Special Representative told the Security Council "
            "this morning.\n\nBriefing the Council, Valentina Ospina-Crane, Special Representative and Head of the "
            "Integrated Office in Haiti (BINUH), said gangs now controlled the capital.")
    q = quotes(text)
    assert q.speaker.tolist()[-2:] == ["Valentina Ospina-Crane"] * 2
    assert "Critical Juncture" not in q.speaker.tolist()


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Minister for Agriculture, Fisheries and Forestry, Marco Santangelo", "Marco Santangelo",
         "Minister for Agriculture, Fisheries and Forestry"),
        ("MoS Iyer-Rao", "Iyer-Rao", "MoS"),
    ],
)
def test_official_styles_a_listed_portfolio_then_the_name_and_a_minister_of_state(mention, name, role):
    p = parse_mention(mention)
    assert (p["kind"], p["name"], p["role"]) == ("person", name, role)


def test_who_after_a_person_described_at_a_body_of_a_place_is_the_person():
    q = quotes("Also briefing was Kofi Mensah-Adjei, a climate scientist at the University of Ghana, who told members "
               "that rainfall had become more variable.")
    assert q.speaker.tolist() == ["Kofi Mensah-Adjei"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Minister Ozkaya met his counterpart. On the same day, the Ministry of Foreign Affairs issued a written "
         "statement in which it said it was deeply saddened by the loss of life.", "Ministry of Foreign Affairs"),
        ("The Clean Power Plan is the main tool to meet the target it pledged to reach at the climate talks.", None),
    ],
)
def test_it_with_no_body_speaking_before_is_a_body_opening_its_own_sentence(text, speaker):
    q = quotes(text)
    assert [None if isinstance(s, float) else s for s in q.speaker] == [speaker]


def test_a_headline_office_and_a_lede_official_are_the_person_the_report_names_next():
    text = ("Sudan: 'Time is running out' to prevent famine in Darfur, warns UN relief chief\n\nThe UN's top "
            "humanitarian official on Thursday urged the international community to act immediately to stop "
            "famine.\n\n\"What we do not have is access,\" said Ingrid Halvorsen, the UN Emergency Relief "
            "Coordinator, speaking to journalists in Geneva.")
    assert quotes(text).speaker.tolist() == ["Ingrid Halvorsen"] * 3


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Chilean copper producer Andes Cobre cut its forecast, saying a strike had cost it output. The company said "
         "it now expected to produce less.", ["Andes Cobre", "Andes Cobre"]),
        ("Drugmaker Pfizer said sales rose. The company said it expected more.", ["Pfizer", "Pfizer"]),
        ("Deutsche Bahn, the state-owned rail operator, cancelled most trains on Thursday. Passengers were advised to "
         "postpone journeys, the company said.", ["Deutsche Bahn"]),
        ("Supre worked at Vanguard Logistics Services in Belgium. The company confirmed he was a passenger.",
         ["Vanguard Logistics Services"]),
    ],
)
def test_the_company_is_the_company_the_article_named_last(text, speakers):
    assert quotes(text).speaker.tolist() == speakers


def test_the_company_keeps_its_noun_when_only_a_day_or_a_person_comes_before():
    text = ("Just days before it was to report on Wednesday, the social media company said on Friday that it had "
            "suspended accounts. Laurie Guzzinati, a spokeswoman for the company, said jobs would go. The company says "
            "it considered building the lines in Chicago.")
    assert quotes(text).speaker.tolist() == ["social media company", "Laurie Guzzinati", "company"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Transport Minister Patrice Lemieux said the STM needed to act. \"Every year it is the same story,\" he "
         "said.", "Patrice Lemieux"),
        ("Judge Christine Ngata-Hall said Fenwick had made terrible choices. His widow, Ruth Delaney, read a "
         "statement in court.\n\n\"I set the table for two every night,\" she said.", "Ruth Delaney"),
    ],
)
def test_she_or_he_goes_on_with_a_french_mans_name_or_a_relative_named_in_apposition(text, speaker):
    assert quotes(text).speaker.tolist()[-1] == speaker


def test_a_headline_source_by_owner_and_family_name_and_a_title_whose_body_ends_in_a_route():
    text = ("Cargo traffic to exceed 40 mln tonnes in 2025 - Rosatom's Tikhomirov\n\nMURMANSK, March 5. /TASS/. Cargo "
            "traffic will exceed 40 million tonnes this year, Rosatom's Director for the Northern Sea Route Oleg "
            "Tikhomirov told TASS.")
    q = quotes(text)
    assert q.speaker.tolist() == ["Oleg Tikhomirov"] * 2
    assert q.speaker_role.tolist()[1] == "Rosatom's Director for the Northern Sea Route"


def test_a_headline_chief_named_by_the_initials_of_the_body():
    text = ("Will launch statewide stir from Nov 1 over flood relief: LSD chief\n\nPatna, Oct 20 (PTI) Lok Samata Dal "
            "(LSD) president Rakesh Kumar Mandal said his party would launch an agitation.")
    assert quotes(text).speaker.tolist() == ["Rakesh Kumar Mandal"] * 2


def test_the_official_is_the_unnamed_official_a_source_introduced_before():
    text = ("A senior defense official said the army lacked reservists. \"We are asking the same people to come back "
            "for a fourth time,\" the official said.")
    assert quotes(text).speaker.tolist() == ["senior defense official"] * 2
    # a person named with the title comes first: "the judge" is Judge Benavidez, not "A federal judge"
    text = ("A federal judge blocked the law, saying it likely violates the First Amendment. U.S. District Judge "
            "Harold Benavidez granted an injunction. Benavidez wrote that the law was blunt. \"It is not narrowly "
            "tailored,\" the judge wrote.")
    assert quotes(text).speaker.tolist()[-1] == "Harold Benavidez"


def test_a_force_is_a_body_not_a_persons_name():
    text = ("A spokesperson for the United Nations Interim Force in Lebanon (UNIFIL) said the mission was \"deeply "
            "concerned.\"\n\n\"Every violation undermines the fragile calm,\" the spokesperson said.")
    assert quotes(text).speaker.tolist() == ["spokesperson for the United Nations Interim Force in Lebanon"] * 2
    assert parse_mention("Border Force")["kind"] == "org"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Council Member Abdirahman Warsame said drivers had seen their pay fall.", "Abdirahman Warsame",
         "Council Member"),
        ("School board Trustee Lorna Vasquez-Ruiz said she had received dozens of calls.", "Lorna Vasquez-Ruiz",
         "School board Trustee"),
        ("Parent Jessica Truong said her son waited 45 minutes for a bus.", "Jessica Truong", "Parent"),
    ],
)
def test_local_titles_before_a_name(text, speaker, role):
    assert quotes(text)[["speaker", "speaker_role"]].values.tolist() == [[speaker, role]]


def test_a_party_label_with_a_district_of_two_words_is_skipped_to_the_name():
    q = quotes("Sen. Marcus Pawlowski, D-Grand Blanc, the package's sponsor, said Michigan was losing projects.")
    assert q[["speaker", "speaker_mention"]].values.tolist() == [["Marcus Pawlowski", "Sen. Marcus Pawlowski"]]


def test_a_pronoun_for_a_family_name_takes_all_the_given_names():
    text = ("Cody Ray Tillman, 29, pleaded guilty in May. Tillman turned to face the family. \"There's nothing I "
            "can say that makes this right,\" he said.")
    assert quotes(text).speaker.tolist() == ["Cody Ray Tillman"]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        ("Plaid Cymru leader Gwion ab Iorwerth", "Gwion ab Iorwerth", "Plaid Cymru leader"),
        ("Independent Senator Fergal Ó hUiginn", "Fergal Ó hUiginn", "Independent Senator"),
        ("Executive Vice-President for Tech Sovereignty Ilse Marijnissen", "Ilse Marijnissen",
         "Executive Vice-President for Tech Sovereignty"),
        ("former senior judge Lord Ashworth of Kentmere", "Lord Ashworth of Kentmere", "former senior judge"),
        ("Minister of State Saeed Al Dhaheri", "Saeed Al Dhaheri", "Minister of State"),
        ("France's Marine Le Pen", "Marine Le Pen", "France"),
    ],
)
def test_names_of_welsh_irish_and_peerage_style_and_a_portfolio_before_a_name(mention, name, role):
    assert parse_mention(mention) == {"kind": "person", "name": name, "role": role}


def test_a_peer_named_without_the_territorial_designation_is_the_same_peer():
    text = ("Former senior judge Lord Ashworth of Kentmere said the clause would require appeals. \"This is about "
            "justice,\" he said. Lord Ashworth added that it was wrong.")
    assert quotes(text).speaker.tolist() == ["Lord Ashworth of Kentmere"] * 3


def test_the_minister_in_a_westminster_debate_is_the_junior_minister_who_responded():
    text = ("Responding for the Government, the Parliamentary Under-Secretary of State for Transport, Nadia Rahman, "
            "said the Government had confirmed funding.\n\n\"I do not pretend that every route can be saved,\" the "
            "Minister said.")
    assert quotes(text).speaker.tolist() == ["Nadia Rahman"] * 2


def test_a_headline_office_by_the_initials_of_the_body_its_holder_heads():
    text = ("ECB chief tells MEPs rate cuts \u2018not on autopilot\u2019\n\nBRUSSELS \u2014 European Central Bank "
            "President Matthias Kerner told MEPs on Monday that further interest rate cuts were \u201cnot on "
            "autopilot.\u201d")
    assert quotes(text).speaker.tolist() == ["Matthias Kerner"] * 2


def test_a_players_position_is_a_title_and_a_placed_company_is_the_company_named_before():
    q = quotes("Midfielder Zakaria Benjelloun said the players were hungry. \"The atmosphere in Rabat is something "
               "special,\" the 26-year-old said.")
    assert q[["speaker", "speaker_role"]].values.tolist() == [["Zakaria Benjelloun", "Midfielder"]] * 2
    q = quotes("Israeli agritech startup CropSense said on Tuesday it had raised $45 million. The Tel Aviv-based "
               "company said it would use the funds to expand in India and Brazil.")
    assert q.speaker.tolist() == ["CropSense", "CropSense"]


def test_a_lede_office_named_in_the_next_paragraph_after_a_byline_block():
    text = ("Islanders' anger as new ferry delayed again\n\nTransport Secretary admits 'deep frustration' over latest "
            "setback\n\nBy Euan Lockhart\nPolitical Correspondent\n\nThe Scottish Government's transport secretary has "
            "said she feels \"deep frustration\" over the latest delay to the ferry.\n\nFiona Drummond told MSPs at "
            "Holyrood yesterday that the shipyard had identified further problems.")
    assert quotes(text).speaker.tolist() == ["Fiona Drummond"] * 3


def test_an_occupation_in_apposition_names_the_speaker_and_a_body_with_of_is_the_group():
    q = quotes("Another resident, Filipino nurse Joanna Reyes, said the timing was poor.")
    assert q.speaker.tolist() == ["Joanna Reyes"]
    q = quotes("The League of California Cities said the veto was good. The group said in a statement that the "
               "measure was bad.")
    assert q.speaker.tolist() == ["League of California Cities"] * 2
    q = quotes('"You bet I would," Christie said. When a nurse who had been treating Ebola patients returned to the '
               'U.S., the governor ordered a quarantine. The nurse later sued, claiming the quarantine violated her '
               'rights.')
    assert q.speaker.tolist()[-1] == "nurse"  # (an occupation is no epithet of the politician just named)


def test_the_minister_is_the_title_written_before_the_name_and_a_comma():
    text = ("At a press briefing, Minister of Health, Dr Navindra Singh said dengue cases had doubled.\n\n\"Every "
            "household has a role to play,\" Dr Singh said.\n\nThe minister noted that the campaign had been extended.")
    q = quotes(text)
    assert q.speaker.tolist() == ["Navindra Singh"] * 3
    assert q.speaker_role.tolist()[-1] == "Minister of Health"


def test_an_assurance_given_is_a_report_and_an_administrator_a_title():
    q = quotes("National Carnival Commission (NCC) chairman Kerwin Bristol has given the assurance that all events "
               "will start on time.")
    assert q[["speaker", "text"]].values.tolist() == [["Kerwin Bristol", "that all events will start on time"]]
    q = quotes("\"Gatun Lake has recovered,\" Canal Administrator Eduardo Arosemena Tejeira said.")
    assert q[["speaker", "speaker_role"]].values.tolist() == [["Eduardo Arosemena Tejeira", "Canal Administrator"]]


def test_science_desk_titles_bodies_and_their_anaphors():
    q = quotes("Co-author Sun-Hee Park said the team is tracking the offspring. Ecologist Chip Taylor said it was "
               "early.")
    assert q[["speaker", "speaker_role"]].values.tolist() == [["Sun-Hee Park", "Co-author"],
                                                              ["Chip Taylor", "Ecologist"]]
    assert parse_mention("The Royal College of General Practitioners (RCGP)") == {
        "kind": "org", "name": "Royal College of General Practitioners", "role": None}
    assert parse_mention("Amy Glasmeier of the Massachusetts Institute of Technology")["name"] == "Amy Glasmeier"
    q = quotes("The World Food Programme said aid was running out. The agency said the lean season would push "
               "millions into hunger. M\u00e9decins Sans Fronti\u00e8res said its teams were overwhelmed. The medical "
               "charity said it had treated 2,140 patients.")
    assert q.speaker.tolist() == ["World Food Programme"] * 2 + ["M\u00e9decins Sans Fronti\u00e8res"] * 2
