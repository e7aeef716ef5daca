"""Loaders: bundled data, UN General Debate, Wikinews, brat; each on a malformed file too."""

from __future__ import annotations

import pandas as pd
import pytest

from discourse import datasets, schema

from .conftest import shared_path


def test_load_seed():
    arts = datasets.load_seed()
    assert arts["article_id"].tolist() == ["rt_2017-01-30_lavrov_safe_zones"]
    assert list(arts.columns[:7]) == schema.columns("articles")


# ---------------------------------------------------------------- UNGDC
def _fake_ungdc(root):
    for iso, sess, year, text in [("RUS", 72, 2017, "We call for dialogue.\n\nThank you."),
                                  ("USA", 72, 2017, "Thank you. We will act."),
                                  ("RUS", 73, 2018, "Mr. President, we meet again.\n\n---\n\n### Page 2:\n\n"
                                                    "We want **peace** now.")]:
        d = root / "TXT" / f"Session {sess} - {year}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{iso}_{sess}_{year}.txt").write_text(text, encoding="utf-8")
    pd.DataFrame({
        "Year": [2017, 2017, 2018, 1990], "Session": [72, 72, 73, 45], "ISO Code": ["RUS", "USA", "RUS", "RUS"],
        "Country": ["Russian Federation ", "United States of America", "Russia", "USSR"],
        "Name of Person Speaking": ["Mr. Sergey Lavrov", "Donald Trump ", "Sergey Lavrov", "Mr. Shevardnadze"],
        "Post": ["Minister for Foreign Affairs", "President", "Minister for Foreign Affairs", None],
    }).to_csv(root / "Speakers_by_session.csv", index=False)


def test_load_ungdc_small(tmp_path):
    _fake_ungdc(tmp_path)
    u = datasets.load_ungdc(tmp_path)
    assert u["article_id"].tolist() == ["RUS_72_2017", "USA_72_2017", "RUS_73_2018"]
    assert u["country_name"].tolist() == ["Russia", "United States of America", "Russia"]
    assert u["speaker"].tolist() == ["Sergey Lavrov", "Donald Trump", "Sergey Lavrov"]
    assert u["post"].iloc[0] == "Minister for Foreign Affairs"
    assert u["year"].tolist() == [2017, 2017, 2018]
    # the whole file is the speech: no title taken from its first line
    assert u["text"].iloc[0] == "We call for dialogue.\n\nThank you." and u["title"].isna().all()
    # Markdown left over from conversion (rules, page markers, bold) is stripped
    assert u["text"].iloc[2] == "Mr. President, we meet again.\n\nWe want peace now."
    only = datasets.load_ungdc(tmp_path, countries=["rus"], years=[2018])
    assert only["article_id"].tolist() == ["RUS_73_2018"]
    assert len(datasets.load_ungdc(tmp_path, countries=["FRA"])) == 0


def test_load_ungdc_malformed(tmp_path):
    _fake_ungdc(tmp_path)
    (tmp_path / "Speakers_by_session.csv").write_text("a,b\n1,2\n")
    with pytest.raises(ValueError, match="Name of Person Speaking"):
        datasets.load_ungdc(tmp_path)
    with pytest.raises(FileNotFoundError, match="root"):
        datasets.load_ungdc(tmp_path / "nope")


def test_load_ungdc_real():
    root = shared_path("corpora", "ungdc_subset")
    u = datasets.load_ungdc(root)
    assert len(u) == 112
    assert u["speaker"].notna().all() and u["post"].notna().all()
    assert set(u.loc[u["country"] == "RUS", "country_name"]) == {"Russia"}
    sub = datasets.load_ungdc(root, countries=["RUS", "USA", "SYR"], years=range(2011, 2025))
    assert len(sub) == 42


# ---------------------------------------------------------------- Wikinews
def test_read_wikinews_csv_small(tmp_path):
    f = tmp_path / "wikinews_2019.csv"
    pd.DataFrame({"url": ["https://en.wikinews.org/wiki/A"], "date": ["2019-01-04"], "title": ["A"],
                  "text": ["Friday, January 4, 2019 \n\n\nOfficials said it collapsed."]}).to_csv(f, index=False)
    w = datasets.read_wikinews_csv(f)
    assert w["text"].tolist() == ["Officials said it collapsed."]
    assert w["date"].tolist() == [pd.Timestamp("2019-01-04")]
    assert w["article_id"].tolist() == ["wikinews_2019:0"] and w["source"].tolist() == ["Wikinews"]


def test_read_wikinews_malformed(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("url,title\nx,y\n")
    with pytest.raises(ValueError, match="'text'"):
        datasets.read_wikinews_csv(f)


def test_read_wikinews_real():
    w = datasets.read_wikinews_csv(sorted(shared_path("corpora", "wikinews_vanatteveldt", "data").glob("*.csv")))
    assert len(w) == 295 and w["date"].notna().all()


# ---------------------------------------------------------------- brat
ANN = ("T1\tSource 0 6\tLavrov\nT2\tCue 7 11\tsaid\nT3\tContent 12 32\tthe plan could work.\n"
       "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
       "T4\tContent 33 47\t\"We agree,\" he\nE2\tAttribution:T4 Content:T4\n")


def test_read_brat_plain_layout(tmp_path):
    (tmp_path / "doc1.txt").write_text('Lavrov said the plan could work. "We agree," he said.', encoding="utf-8")
    (tmp_path / "doc1.ann").write_text(ANN, encoding="utf-8")
    arts, gold = datasets.read_brat(tmp_path)
    assert arts["article_id"].tolist() == ["doc1"]
    assert gold["text"].tolist() == ["the plan could work.", '"We agree," he']
    assert gold["kind"].tolist() == ["indirect", "direct"]
    assert gold["speaker_mention"].iloc[0] == "Lavrov" and pd.isna(gold["speaker_start"].iloc[1])
    assert gold["cue"].iloc[0] == "said"


def test_read_brat_malformed_ann_keeps_article(tmp_path):
    (tmp_path / "d.txt").write_text("Short text.", encoding="utf-8")
    (tmp_path / "d.ann").write_text("T1\tContent 0 999\tx\nE1\tAttribution:T1 Content:T1\ngarbage line\n")
    arts, gold = datasets.read_brat(tmp_path)
    assert len(arts) == 1 and len(gold) == 0
    assert arts.attrs["errors"]["message"].str.contains("outside").any()


def test_read_brat_polnear():
    arts, gold = datasets.read_brat(shared_path("eval", "polnear", "dev"))
    assert len(arts) == 84 and len(gold) > 1000
    for r in gold.head(50).itertuples():
        text = arts.set_index("article_id").loc[r.article_id, "text"]
        assert text[r.start:r.end] == r.text


# ---------------------------------------------------------------- teaching corpus
def test_load_course_metadata():
    c = datasets.load_course()
    assert len(c) == 48
    assert set(c["type"]) == {"news", "statement", "transcript"}
    assert set(c["government"]) == {"Ostrevia", "Korvenia", "Tarvekia", "Meridian Concord"}
    assert c["date"].min() >= pd.Timestamp("2023-01-01") and c["date"].max() <= pd.Timestamp("2024-12-31")
    assert c["title"].notna().all() and c["source"].notna().all()
    for t in c["text"]:  # boilerplate and markup cleaned
        assert "Read more" not in t and "**" not in t and "](#)" not in t


def test_course_gold_is_located():
    qgold, hgold = datasets.course_gold()
    assert len(qgold) == 300 and qgold.attrs["unlocated"] == []
    assert set(qgold["kind"]) == {"direct", "mixed", "indirect"}
    arts = datasets.load_course().set_index("article_id")
    for r in qgold.itertuples():
        assert arts.loc[r.article_id, "text"][r.start:r.end] == r.text
    assert set(hgold["category"]) == {"hedge", "booster"}


def test_safe_join_refuses_escaping_paths(tmp_path):
    with pytest.raises(ValueError, match="outside"):
        datasets.safe_join(tmp_path, "../../etc/passwd")
    assert datasets.safe_join(tmp_path, "texts/a.txt") == (tmp_path / "texts" / "a.txt").resolve()
