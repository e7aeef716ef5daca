"""show() HTML, parsed; plot functions return labelled Axes."""

from __future__ import annotations

import importlib
from html.parser import HTMLParser

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

cmp = importlib.import_module("discourse.compare")  # the module; dc.compare is the function
from discourse import display, plot, schema  # noqa: E402
from discourse.pipeline import Analysis  # noqa: E402

TEXT = 'Russia may support it, Lavrov said.\n\n"We will absolutely win," said Trump.'


@pytest.fixture
def res():
    arts = schema.conform(pd.DataFrame({"article_id": ["a"], "title": ["T <b>"], "text": [TEXT], "n_words": [12]}),
                          "articles")
    q = schema.conform(pd.DataFrame([
        {"article_id": "a", "quote_id": 0, "kind": "indirect", "text": "Russia may support it", "start": 0, "end": 21,
         "cue": "said", "cue_start": 30.0, "cue_end": 34.0, "speaker": "Sergey Lavrov", "speaker_mention": "Lavrov",
         "speaker_start": 23.0, "speaker_end": 29.0, "attribution": "cue", "sentence_id": 0.0},
        {"article_id": "a", "quote_id": 1, "kind": "direct", "text": '"We will absolutely win,"', "start": 37,
         "end": 62, "cue": "said", "cue_start": 63.0, "cue_end": 67.0, "speaker": "Donald Trump",
         "speaker_mention": "Trump", "speaker_start": 68.0, "speaker_end": 73.0, "attribution": "cue",
         "sentence_id": 1.0}]), "quotes")
    h = schema.conform(pd.DataFrame([
        {"article_id": "a", "sentence_id": 0.0, "quote_id": 0.0, "start": 7, "end": 10, "text": "may",
         "category": "hedge", "type": "modal"},
        {"article_id": "a", "sentence_id": 1.0, "quote_id": 1.0, "start": 46, "end": 56, "text": "absolutely",
         "category": "booster", "type": "adverb"}]), "hedges")
    return Analysis(articles=arts, sentences=schema.empty("sentences"), quotes=q, hedges=h)


class _Spans(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.found, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs), len("".join(self.text))))

    def handle_endtag(self, tag):
        t, attrs, pos = self.stack.pop()
        assert t == tag  # well nested
        self.found.append((tag, attrs, "".join(self.text)[pos:]))

    def handle_data(self, data):
        self.text.append(data)


def test_show_marks_quotes_cues_hedges_boosters(res, tmp_path):
    view = display.show(res, "a")
    p = _Spans()
    p.feed(view._repr_html_().split("</style>", 1)[1])
    spans = [(a.get("class"), a.get("title"), txt) for tag, a, txt in p.found if tag == "span"]
    quotes = [s for s in spans if s[0] == "dc-q"]
    assert ("dc-q", "indirect quote · speaker: Sergey Lavrov · cue: said", "Russia may support it") in quotes
    assert ("dc-q", "direct quote · speaker: Donald Trump · cue: said", '"We will absolutely win,"') in quotes
    assert ("dc-hedge", "hedge: modal", "may") in spans
    assert ("dc-booster", "booster: adverb", "absolutely") in spans
    assert [s[2] for s in spans if s[0] == "dc-cue" and (s[1] or "").startswith("cue")] == ["said", "said"]
    # the text comes back whole, escaped title, legend with both speakers
    assert TEXT in "".join(p.text)
    assert "T &lt;b&gt;" in view.body
    assert "Sergey Lavrov</span>" in view.body and "Donald Trump</span>" in view.body
    page = view.to_html(tmp_path / "a.html")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_show_errors(res):
    with pytest.raises(ValueError, match="article_id: 'zz'"):
        display.show(res, "zz")
    with pytest.raises(TypeError, match="analysis"):
        display.show("not an analysis")


def test_plots_return_labelled_axes(res):
    q = pd.DataFrame({"article_id": [1, 2, 3, 4], "speaker": ["A", "A", "B", "B"], "n_words": [10, 20, 30, 40],
                      "n_hedges": [1, 0, 2, 4], "n_boosters": [0, 1, 0, 0], "compound": [0.5, -0.5, 0.2, 0.1],
                      "date": pd.to_datetime(["2020-01-01", "2021-01-01", "2020-01-01", "2021-01-01"]),
                      "text": ["we may agree", "surely so", "maybe later", "no way"]})
    wide = cmp.compare(q, by="speaker", n_boot=50)
    ax = plot.profile(wide, by="speaker")
    assert ax.get_xlabel() == "hedges per 1,000 words" and ax.get_ylabel() == "boosters per 1,000 words"
    ax = plot.rates(wide, "tone", by="speaker")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B"] or len(ax.get_yticklabels()) == 2
    ax = plot.trend(cmp.over_time(q, by="speaker", n_boot=50), "hedges_per_1000", by="speaker")
    assert ax.get_ylabel() == "hedges per 1,000 words" and len(ax.get_lines()) == 2
    ax = plot.tone(q, by="speaker")
    assert "tone" in ax.get_xlabel()
    key = cmp.keyness(q, by="speaker", target="A", stop_words=None, min_count=1)
    ax = plot.keyness(key, n=3)
    assert ax.get_xlabel().startswith("z-score")
    with pytest.raises(ValueError, match="measure"):
        plot.rates(wide, "nope")
