"""read_articles: every source kind and format, metadata, cleaning, encodings and bad input."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import discourse as dc
from discourse import schema

from .conftest import SEED_DIR, SEED_FILE, shared_path

ARTICLE_COLUMNS = ["article_id", "title", "date", "source", "url", "text", "n_words"]


# ---------------------------------------------------------------- the seed article (Markdown export)
def test_seed_title_date_source(seed_articles):
    row = seed_articles.iloc[0]
    assert list(seed_articles.columns[:7]) == ARTICLE_COLUMNS
    assert row["article_id"] == "rt_2017-01-30_lavrov_safe_zones"
    assert row["title"] == "Lavrov: Syria 'safe zones' possible if Damascus agrees"
    assert row["date"] == pd.Timestamp("2017-01-30")
    assert row["source"] == "rt"
    assert seed_articles["date"].dtype == "datetime64[ns]"


def test_seed_boilerplate_and_markup_removed(seed_articles):
    text = seed_articles.iloc[0]["text"]
    for junk in ["Trends", "Syria unrest", "Read more", "READ MORE", "Trump didn't consult Moscow", "](#)",
                 "**", "*\"", "---", "30/01/2017"]:
        assert junk not in text
    # prose kept, emphasis gone, the [...] ellipsis is not mistaken for a link
    assert text.startswith("Russia may support the US initiative")
    assert '"at the end of the day, the US."' in text
    assert "covered, [...] then I think" in text
    assert text.endswith('the situation with refugees."')


def test_seed_paragraphs(seed_articles):
    text = seed_articles.iloc[0]["text"]
    assert len(text.split("\n\n")) == 11
    assert seed_articles.iloc[0]["n_words"] == 370


def test_directory_file_glob_and_list_give_the_same_article():
    by_dir = dc.read_articles(SEED_DIR)
    by_file = dc.read_articles(SEED_FILE)
    by_glob = dc.read_articles(str(SEED_DIR / "*.txt"))
    by_list = dc.read_articles([SEED_FILE])
    for other in (by_file, by_glob, by_list):
        assert other["text"].tolist() == by_dir["text"].tolist()
        assert other["article_id"].tolist() == by_dir["article_id"].tolist()


def test_curly_quotes_kept(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Headline here\n\n“We will win,” he said. «Non», dit-il. „Ja“.\n", encoding="utf-8")
    assert dc.read_articles(f).iloc[0]["text"] == "“We will win,” he said. «Non», dit-il. „Ja“."


# ---------------------------------------------------------------- Markdown details
def test_markdown_links_images_headings_and_share_lines(tmp_path):
    md = (
        "# Minister visits [Geneva](https://example.org/geneva)\n\n"
        "Published: 3 March 2021\n\n"
        "![A photo](img.jpg)\n\n"
        "The minister met [UN officials](https://un.org) on _Tuesday_.\n\n"
        "Photo: Reuters/John Doe\n\n"
        "Share this article\n\n"
        "[Related: Talks stall](https://example.org/x)\n\n"
        "Subscribe to our newsletter\n\n"
        "She said talks would go on.\n"
    )
    f = tmp_path / "m.md"
    f.write_text(md, encoding="utf-8")
    row = dc.read_articles(f).iloc[0]
    assert row["title"] == "Minister visits Geneva"
    assert row["date"] == pd.Timestamp("2021-03-03")
    assert row["text"] == "The minister met UN officials on Tuesday.\n\nShe said talks would go on."


def test_front_matter(tmp_path):
    f = tmp_path / "fm.md"
    f.write_text("---\ntitle: A statement\ndate: 2020-05-04\nsource: MFA\n---\nWe regret the decision.\n")
    row = dc.read_articles(f).iloc[0]
    assert (row["title"], row["date"], row["source"], row["text"]) == (
        "A statement", pd.Timestamp("2020-05-04"), "MFA", "We regret the decision.")


def test_dayfirst_parameter(tmp_path):
    f = tmp_path / "d.txt"
    f.write_text("Title\n---\n03/04/2017\n\nBody text.\n")
    assert dc.read_articles(f).iloc[0]["date"] == pd.Timestamp("2017-04-03")
    assert dc.read_articles(f, dayfirst=False).iloc[0]["date"] == pd.Timestamp("2017-03-04")


def test_running_text_without_title(tmp_path):
    f = tmp_path / "speech.txt"
    f.write_text("Mr. President, distinguished delegates:\n\nWe meet at a time of crisis.\n")
    row = dc.read_articles(f).iloc[0]
    assert pd.isna(row["title"])
    assert row["text"].startswith("Mr. President, distinguished delegates:")


def test_custom_boilerplate_patterns(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("Title\n\nAdvertisement\n\nReal text.\n")
    assert dc.read_articles(f).iloc[0]["text"] == "Advertisement\n\nReal text."
    assert dc.read_articles(f, boilerplate=[r"advertisement$"]).iloc[0]["text"] == "Real text."


# ---------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html><html><head><title>Talks in Sochi | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2017-05-03T10:00:00+03:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks in Sochi</h1>
<p>The two presidents met in Sochi on Wednesday to discuss the conflict in Syria and the safe zones.</p>
<p>Vladimir Putin: We have agreed to work together on the creation of de-escalation zones in Syria.</p>
<p>Recep Tayyip Erdogan: Turkey supports this proposal and hopes it will end the bloodshed soon.</p>
</article><footer>Copyright 2017 Example News. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    row = dc.read_articles(f).iloc[0]
    assert row["title"] == "Talks in Sochi"
    assert row["date"] == pd.Timestamp("2017-05-03")
    assert row["source"] == "Example News"
    paragraphs = row["text"].split("\n\n")
    assert paragraphs[1].startswith("Vladimir Putin: We have agreed")
    assert "Home" not in row["text"] and "Copyright" not in row["text"]


LEAD_PAGE = """<!DOCTYPE html><html><head><title>Telephone conversation with the President of Turkey</title>
<meta name="description" content="{desc}"></head><body>
<h1>Telephone conversation with the President of Turkey</h1>
<div class="read__lead"><p>Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip
Erdogan.</p></div>
<div class="entry-content"><p>The two leaders discussed the situation in Syria in detail, including the
de-escalation zones agreed in Astana.</p><p>They noted that the ceasefire was largely holding across the
country and agreed to stay in contact.</p></div></body></html>"""


def test_a_lead_paragraph_is_kept_once_and_a_meta_teaser_is_not_added(tmp_path):
    lead = "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan."
    f = tmp_path / "lead.html"
    f.write_text(LEAD_PAGE.format(desc=lead), encoding="utf-8")
    text = dc.read_articles(f).iloc[0]["text"]
    assert text.count(lead) == 1  # (here trafilatura keeps it; the Kremlin pages below are where it does not)
    # a teaser printed only in the meta tags is no part of the article
    f.write_text(LEAD_PAGE.format(desc="Putin and Erdogan talk Syria, again.").replace(
        '<div class="read__lead"><p>Vladimir Putin had a telephone conversation with President of Turkey '
        'Recep Tayyip\nErdogan.</p></div>', ""), encoding="utf-8")
    assert "again" not in dc.read_articles(f).iloc[0]["text"]


def test_kremlin_transcripts():
    root = shared_path("corpora", "kremlin_en_2017_syria", "html")
    arts = dc.read_articles(root)
    assert len(arts) == 23
    assert arts["title"].notna().all() and arts["date"].notna().all()
    row = arts.set_index("article_id").loc["54444"]
    assert row["title"] == "News conference following Russian-Turkish talks"
    assert row["date"] == pd.Timestamp("2017-05-03")
    # the lead paragraph (the page's summary, which trafilatura leaves out), then the first turn
    lead, first = row["text"].split("\n\n")[:2]
    assert lead == "Vladimir Putin and Recep Tayyip Erdogan gave a joint news conference following the talks."
    assert first.startswith("President of Russia Vladimir Putin: Mr President, ladies and gentlemen,")
    assert arts.loc[arts["article_id"] == "54456", "text"].iloc[0].startswith(
        "Vladimir Putin had a telephone conversation with President of Kazakhstan Nursultan Nazarbayev.")
    assert len(arts.attrs["errors"]) == 0


# ---------------------------------------------------------------- tables
def _frame():
    return pd.DataFrame({
        "id": ["a1", "a2"],
        "headline": ["One", "Two"],
        "date": ["2019-01-04", "2020-02-29"],
        "body": ["First “text”.", "Second text."],
        "outlet": ["X", "Y"],
    })


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "json", "parquet"])
def test_table_formats(tmp_path, fmt):
    df = _frame()
    f = tmp_path / f"news.{fmt}"
    if fmt == "csv":
        df.to_csv(f, index=False)
    elif fmt == "tsv":
        df.to_csv(f, index=False, sep="\t")
    elif fmt == "jsonl":
        df.to_json(f, orient="records", lines=True, force_ascii=False)
    elif fmt == "json":
        f.write_text(json.dumps(df.to_dict("records")), encoding="utf-8")
    else:
        df.to_parquet(f)
    arts = dc.read_articles(f, text_col="body")
    assert arts["article_id"].tolist() == ["a1", "a2"]
    assert arts["title"].tolist() == ["One", "Two"]
    assert arts["source"].tolist() == ["X", "Y"]
    assert arts["date"].tolist() == [pd.Timestamp("2019-01-04"), pd.Timestamp("2020-02-29")]
    assert arts["text"].tolist() == ["First “text”.", "Second text."]


def test_table_without_id_gets_stable_ids(tmp_path):
    f = tmp_path / "n.csv"
    pd.DataFrame({"text": ["a b", "c"], "party": ["L", "R"]}).to_csv(f, index=False)
    arts = dc.read_articles(f)
    assert arts["article_id"].tolist() == ["n:0", "n:1"]
    assert arts["party"].tolist() == ["L", "R"]  # metadata passes through
    assert arts["n_words"].tolist() == [2, 1]


def test_dataframe_source_passes_metadata():
    df = pd.DataFrame({"article_id": [10, 11], "text": ["A b.", None], "country": ["RUS", "USA"]})
    arts = dc.read_articles(df)
    assert arts["article_id"].tolist() == [10, 11]
    assert arts["text"].tolist() == ["A b.", ""]
    assert arts["country"].tolist() == ["RUS", "USA"]


def test_list_of_strings():
    arts = dc.read_articles(["One text.", None, float("nan")])
    assert arts["article_id"].tolist() == [0, 1, 2]
    assert arts["text"].tolist() == ["One text.", "", ""]


def test_wikinews_csv():
    path = shared_path("corpora", "wikinews_vanatteveldt", "data", "wikinews_2019.csv")
    arts = dc.read_articles(path)
    assert len(arts) > 50
    assert arts["date"].notna().all() and arts["title"].notna().all()
    assert arts["url"].str.startswith("https://en.wikinews.org").all()


# ---------------------------------------------------------------- encodings
def test_cp1252_file_is_decoded(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("Title\n\n“Déjà vu,” said the minister – again.\n".encode("cp1252"))
    row = dc.read_articles(f).iloc[0]
    assert row["text"] == "“Déjà vu,” said the minister – again."
    assert row["encoding"] in {"cp1252", "windows-1252", "latin_1", "iso8859_1"} or row["encoding"].startswith("cp")


def test_utf16_file(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Title\n\nПривет, мир. Hello.\n".encode("utf-16"))
    assert dc.read_articles(f).iloc[0]["text"] == "Привет, мир. Hello."


def test_mojibake_repaired_and_spaces_normalised(tmp_path):
    f = tmp_path / "moji.txt"
    f.write_text("Title\n\nHe said â€œnoâ€\u009d.\u00a0Zero\u200bwidth.\n", encoding="utf-8")
    assert dc.read_articles(f).iloc[0]["text"] == "He said “no”. Zerowidth."


# ---------------------------------------------------------------- bad input
def test_missing_path_names_it():
    with pytest.raises(FileNotFoundError, match="no_such_dir"):
        dc.read_articles("no_such_dir/")
    with pytest.raises(FileNotFoundError, match="missing.txt"):
        dc.read_articles(["missing.txt"])


def test_unsupported_format_lists_supported(tmp_path):
    f = tmp_path / "a.docx"
    f.write_bytes(b"PK")
    with pytest.raises(ValueError, match=r"\.docx.*supported:.*\.csv.*\.html.*\.txt"):
        dc.read_articles(f)


def test_empty_file_gives_empty_article(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    arts = dc.read_articles(f)
    assert len(arts) == 1 and arts.iloc[0]["text"] == "" and arts.iloc[0]["n_words"] == 0


def test_dataframe_without_text_column_names_columns():
    with pytest.raises(ValueError, match=r"'text'.*\['body', 'x'\]"):
        dc.read_articles(pd.DataFrame({"body": ["a"], "x": [1]}))


def test_bad_file_in_directory_is_reported_not_fatal(tmp_path):
    (tmp_path / "good.txt").write_text("Title\n\nGood text.\n")
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "notes.docx").write_bytes(b"ignored: not an article format")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = dc.read_articles(tmp_path)
    assert arts["article_id"].tolist() == ["bad", "good"]
    assert arts.set_index("article_id").loc["bad", "text"] == ""
    errs = arts.attrs["errors"]
    assert errs["article_id"].tolist() == ["bad"] and errs["stage"].tolist() == ["read"]
    assert any("could not be read" in str(w.message) for w in caught)
    # analyze carries the read error into Analysis.errors and keeps the article
    res = dc.analyze(arts)
    assert len(res.articles) == 2
    assert res.errors["article_id"].tolist() == ["bad"]


def test_unsupported_source_type():
    with pytest.raises(TypeError, match="source"):
        dc.read_articles(42)


def test_empty_list_gives_empty_table():
    arts = dc.read_articles([])
    assert list(arts.columns) == schema.columns("articles") and len(arts) == 0


def test_stable_ids_across_runs_and_nested_dirs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("T\n\nOne.\n")
    (tmp_path / "b" / "x.txt").write_text("T\n\nTwo.\n")
    first = dc.read_articles(tmp_path)["article_id"].tolist()
    assert first == ["a/x", "b/x"] == dc.read_articles(tmp_path)["article_id"].tolist()
