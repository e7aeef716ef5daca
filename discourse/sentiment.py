"""Tone: VADER sentiment of sentences, quotes, whole articles and the words around a target.

Scores come from VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment
Analysis of Social Media Text", ICWSM) through NLTK's ``SentimentIntensityAnalyzer``: ``neg``, ``neu``
and ``pos`` are the shares of the text's sentiment mass, ``compound`` the normalised sum in [-1, 1]. The
paper reports Pearson r 0.492 against the mean human rating of NYT editorial snippets.

Offline by design: NLTK would fetch ``vader_lexicon.zip`` with ``nltk.download``. Instead the lexicon
shipped in the ``vaderSentiment`` package (a declared dependency) is copied once into a private folder
(``$DISCOURSE_DATA`` or the user cache, ``~/.cache/discourse``) and NLTK loads it from there by path; the
user's ``nltk_data`` is never read or written. The analyser is built once per process.

VADER is the slow part of the pipeline (about 3,000 sentences a second a core), so every text is scored
once: :func:`score_texts` deduplicates, and :func:`score` scores a Doc's sentences, quotes and target
windows through one cache, so a quote that is exactly a sentence is not scored twice.

Tone toward a target ("how does Moscow talk about Washington") scores the words around each mention
of the target in its sentence: VADER's per-word valences (after its negation, booster and "but" rules)
weighted by distance from the mention, halved outside the mention's clause, ignored inside a quotation
the mention is not part of and in what the mention is reported to have said ("Lavrov said ..."), then
normalised as VADER does (see the ``TARGET_*`` constants). For this one use VADER's lexicon is completed
with a few dozen words of news criticism and praise it lacks ("slammed", "indicted", "lauded";
``resources/sentiment_news.csv``); sentence, quote and document scores are plain NLTK VADER.
"""

from __future__ import annotations

import os
import re
import shutil
import string
import tempfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .resources import load_table
from .schema import quoted_text
from .segment import Doc

__all__ = [
    "sentiment",
    "score",
    "score_texts",
    "score_spans",
    "target_spans",
    "target_scores",
    "polarity",
    "target_polarity",
    "analyzer",
    "vader_lexicon_path",
    "LEVELS",
    "NEUTRAL",
]

LEVELS = ("sentence", "quote", "document")
SCORE_KEYS = ("neg", "neu", "pos", "compound")
# Scores of a text with nothing to score (empty, whitespace): neutral. VADER itself returns all zeros for
# "", which would read as "no neutral share"; a text without sentiment words is neu 1.0 in VADER.
NEUTRAL = {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
# Polarity thresholds on the compound score (Hutto & Gilbert's convention: >= 0.05 positive, <= -0.05
# negative, neutral in between).
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
# Tone toward a target. Each word's VADER valence (after VADER's own negation, booster and "but" rules)
# is weighted by its distance d (in words) from the mention: 1 / (1 + d / TARGET_DISTANCE_SCALE), so
# the next word counts 0.8, a word 4 away 0.5, 12 away 0.25. Words outside the mention's clause count
# TARGET_OTHER_CLAUSE times that; words inside a quotation count nothing when the mention is outside it
# (a speaker's words are about their topic, not about the speaker). The weighted sum is normalised with
# VADER's own function. All three constants were tuned on NewsMTSC train (macro F1 over -1/0/1).
TARGET_DISTANCE_SCALE = 4.0
TARGET_OTHER_CLAUSE = 0.5
TARGET_QUOTED = 0.0
# Likewise when the mention is the speaker of reported speech ("Trump said the deal was a disaster"): the
# words after a reporting verb at most TARGET_REPORTING_REACH words after the mention weigh this much.
TARGET_REPORTED = 0.0
TARGET_REPORTING_REACH = 2
REPORTING_VERBS = frozenset(
    "said says say told tells added adds argued argues claimed claims warned warns wrote writes tweeted "
    "insisted insists stated states noted notes explained explains declared announced asked suggested".split()
)
# News states its tone toward people flatly: any net negative weight toward the target reads as negative,
# while positive needs a clearer signal (tuned on NewsMTSC train; strict inequalities).
TARGET_POSITIVE_THRESHOLD = 0.10
TARGET_NEGATIVE_THRESHOLD = 0.0
# Environment variable naming the private data folder.
DATA_ENV = "DISCOURSE_DATA"
LEXICON_NAME = "vader_lexicon.txt"


# ---------------------------------------------------------------- offline provisioning
def _data_dir() -> Path:
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "discourse"


def _packaged_lexicon() -> Path:
    import vaderSentiment

    path = Path(vaderSentiment.__file__).with_name(LEXICON_NAME)
    if not path.is_file():
        raise FileNotFoundError(f"vaderSentiment is installed but has no {LEXICON_NAME} at {path}")
    return path


@lru_cache(maxsize=1)
def vader_lexicon_path() -> Path:
    """Path of the VADER lexicon in the private data folder, copied there from ``vaderSentiment`` once.

    When the folder cannot be written (read-only home), the packaged file is used in place.
    """
    src = _packaged_lexicon()
    dest = _data_dir() / "vader" / LEXICON_NAME
    try:
        if not dest.is_file() or dest.stat().st_size != src.stat().st_size:
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=dest.parent, suffix=".tmp")
            os.close(fd)
            shutil.copyfile(src, tmp)
            os.replace(tmp, dest)  # atomic: concurrent workers never see half a file
        return dest
    except OSError:
        return src


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """NLTK's ``SentimentIntensityAnalyzer`` on the provisioned lexicon, built once per process.

    NLTK (3.9+) only opens files under a root of ``nltk.data.path``; the private folder is put on that
    path for the duration of this one load and taken off again, so the user's NLTK search path and data
    are as they were.
    """
    import nltk.data
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    path = vader_lexicon_path()
    root = str(path.parent)
    added = root not in nltk.data.path
    if added:
        nltk.data.path.insert(0, root)
    try:
        return _analyzer_class(SentimentIntensityAnalyzer)(lexicon_file=path.as_uri())
    finally:
        if added:
            nltk.data.path.remove(root)


_ASCII_PUNCTUATION = frozenset(string.punctuation)


@lru_cache(maxsize=1)
def _analyzer_class(base: type) -> type:
    """NLTK's analyser with one helper made linear: ``SentiText._words_and_emoticons``.

    NLTK builds, for every text, a dict of every word joined with every one of 17 punctuation marks
    before and after it (34 string joins per word) only to strip punctuation off tokens; that is two
    thirds of VADER's time on news. The same mapping follows from two facts: the marks are all ASCII
    punctuation, and the words they attach to contain none (NLTK removes it), so a token maps to a word
    exactly when its maximal leading or trailing run of ASCII punctuation is one of the marks and the
    rest is one of the text's words. ``polarity_scores`` below is NLTK 3.10's, with this SentiText;
    tests check equal scores against NLTK's own analyser on the NYT sentences and on random text.
    """
    from nltk.sentiment import vader

    class SentiText(vader.SentiText):
        def _words_and_emoticons(self) -> list[str]:
            marks = frozenset(self.PUNC_LIST)
            words = {w for w in self.REGEX_REMOVE_PUNCTUATION.sub("", self.text).split() if len(w) > 1}
            out = []
            for we in self.text.split():
                if len(we) <= 1:
                    continue
                j = len(we)
                while j and we[j - 1] in _ASCII_PUNCTUATION:
                    j -= 1
                if j < len(we) and we[j:] in marks and we[:j] in words:
                    out.append(we[:j])
                    continue
                i = 0
                while i < len(we) and we[i] in _ASCII_PUNCTUATION:
                    i += 1
                if i and we[:i] in marks and we[i:] in words:
                    out.append(we[i:])
                    continue
                out.append(we)
            return out

    class Analyzer(base):
        def polarity_scores(self, text: str) -> dict[str, float]:
            sentitext = SentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)
            sentiments: list = []
            words = sentitext.words_and_emoticons
            first_index: dict[str, int] = {}
            for idx, token in enumerate(words):
                first_index.setdefault(token, idx)
            for item in words:
                i = first_index[item]
                if (i < len(words) - 1 and item.lower() == "kind" and words[i + 1].lower() == "of") or (
                        item.lower() in self.constants.BOOSTER_DICT):
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(words, sentiments)
            return self.score_valence(sentiments, text)

    return Analyzer


# ---------------------------------------------------------------- scoring
def score_texts(texts: Iterable[str], cache: dict[str, dict] | None = None) -> list[dict]:
    """VADER scores (``neg, neu, pos, compound``) for each text, each distinct text scored once.

    ``cache`` (text -> scores) is read and filled, so callers can share it across calls. Empty and
    whitespace-only texts get :data:`NEUTRAL`.

    >>> score_texts(["A good plan.", "A good plan.", ""])[2]
    {'neg': 0.0, 'neu': 1.0, 'pos': 0.0, 'compound': 0.0}
    """
    cache = {} if cache is None else cache
    scorer = analyzer().polarity_scores
    out = []
    for t in texts:
        s = cache.get(t)
        if s is None:
            s = scorer(t) if t and not t.isspace() else dict(NEUTRAL)
            cache[t] = s
        out.append(s)
    return out


def score_spans(
    doc: Doc, spans: Iterable[tuple[int, int]], cache: dict[str, dict] | None = None
) -> list[dict]:
    """Scores of ``doc.text[start:end]`` for each span (sentences, quotes ...), through a shared cache."""
    t = doc.text
    return score_texts((t[int(a) : int(b)] for a, b in spans), cache)


def polarity(
    compound: float, positive: float = POSITIVE_THRESHOLD, negative: float = NEGATIVE_THRESHOLD
) -> int:
    """-1, 0 or 1 from a compound score: positive at or above ``positive``, negative at or below
    ``negative`` (Hutto & Gilbert's +-0.05 by default)."""
    return 1 if compound >= positive else -1 if compound <= negative else 0


def target_polarity(compound: float) -> int:
    """-1, 0 or 1 for tone toward a target (strict thresholds tuned for news, see the constants)."""
    return 1 if compound > TARGET_POSITIVE_THRESHOLD else -1 if compound < TARGET_NEGATIVE_THRESHOLD else 0


def document_score(sentence_scores: Sequence[dict], weights: Sequence[float]) -> dict:
    """Length-weighted mean of sentence scores (weights: words per sentence); NEUTRAL when empty."""
    total = float(sum(weights))
    if not sentence_scores or total <= 0:
        return dict(NEUTRAL)
    return {
        k: round(sum(s[k] * w for s, w in zip(sentence_scores, weights, strict=True)) / total, 4)
        for k in SCORE_KEYS
    }


# ---------------------------------------------------------------- tone toward a target
# Clause boundaries inside a sentence: ; : and dashes always; a comma when the next word starts a new
# clause (coordinating/subordinating conjunctions, relative pronouns, participles of speech) or a quotation.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:\u2013\u2014]|--|,(?=\s+(?:and|but|or|while|whereas|although|though|because|since|as|when|"
    r"after|before|if|unless|which|who|whom|whose|where|yet|so|saying|adding|according)\b)|,(?=\s*[\"\u201c]))\s*",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile('["\u201c\u201d\u00ab\u00bb\u201e]')
# VADER's words: whitespace-separated chunks longer than one character (nltk's SentiText).
_VADER_WORD = re.compile(r"\S{2,}")


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    spans, pos = [], a
    for m in _CLAUSE_BREAK.finditer(text, a, b):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if b > pos:
        spans.append((pos, b))
    return spans or [(a, b)]


@lru_cache(maxsize=1)
def _valence_analyzer() -> Any:
    """NLTK's VADER stopped before the sum (the list of per-word valences after VADER's rules), with the
    news additions of ``resources/sentiment_news.csv`` for words VADER's lexicon lacks."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    class ValenceAnalyzer(SentimentIntensityAnalyzer):
        def __init__(self, base: SentimentIntensityAnalyzer, extra: dict[str, float]) -> None:
            self.lexicon_file, self.constants = base.lexicon_file, base.constants
            self.lexicon = {**extra, **base.lexicon}  # VADER's own valences always win

        def score_valence(self, sentiments: list, text: str) -> list:
            return sentiments

    return ValenceAnalyzer(analyzer(), news_lexicon())


@lru_cache(maxsize=1)
def news_lexicon() -> dict[str, float]:
    """The news-domain additions to VADER used for tone toward a target: term -> valence (-4..+4)."""
    return {r["term"]: float(r["valence"]) for r in load_table("sentiment_news.csv")}


@lru_cache(maxsize=4096)
def _word_valences(text: str) -> tuple[list[float], list[tuple[int, int]]]:
    """VADER's per-word valences of ``text`` and the (start, end) of each word in ``text``."""
    words = [m.span() for m in _VADER_WORD.finditer(text)]
    vals = _valence_analyzer().polarity_scores(text) if words else []
    if len(vals) != len(words):  # a Unicode space that str.split and the regex disagree on
        return [], []
    return [float(v) for v in vals], words


def target_scores(text: str, start: int, end: int) -> dict:
    """VADER-style scores of the tone toward the mention at ``text[start:end]`` (``text`` is its sentence).

    Words are weighted by their distance from the mention, their clause and quotation (see the
    ``TARGET_*`` constants); ``compound`` is VADER's normalisation of the weighted sum, ``neg/neu/pos``
    the weighted shares computed as in VADER.
    """
    vals, words = _word_valences(text)
    if not vals:
        return dict(NEUTRAL)
    centre = min(
        range(len(words)),
        key=lambda k: (
            0
            if words[k][0] <= start < words[k][1]
            else min(abs(words[k][0] - start), abs(words[k][1] - end)) + 1
        ),
    )
    clauses = _clauses(text, 0, len(text))
    clause_starts = [a for a, _ in clauses]
    quotes = [m.start() for m in _QUOTE_MARKS.finditer(text)]
    mention_quoted = bisect_left(quotes, start) % 2 == 1
    mention_clause = bisect_right(clause_starts, start) - 1
    reported_from = _reporting_verb_after(text, words, centre)
    total = pos = neg = neu = 0.0
    for k, (v, (a, _)) in enumerate(zip(vals, words, strict=True)):
        w = 1.0 / (1.0 + abs(k - centre) / TARGET_DISTANCE_SCALE)
        if bisect_right(clause_starts, a) - 1 != mention_clause:
            w *= TARGET_OTHER_CLAUSE
        if not mention_quoted and bisect_left(quotes, a + 1) % 2 == 1:
            w *= TARGET_QUOTED
        if k > reported_from:
            w *= TARGET_REPORTED
        total += v * w
        if v > 0:
            pos += (v + 1) * w
        elif v < 0:
            neg += (1 - v) * w
        else:
            neu += w
    mass = pos + neg + neu
    if mass == 0:
        return dict(NEUTRAL)
    compound = _valence_analyzer().constants.normalize(total)
    return {
        "neg": round(neg / mass, 3),
        "neu": round(neu / mass, 3),
        "pos": round(pos / mass, 3),
        "compound": round(compound, 4),
    }


def _reporting_verb_after(text: str, words: list[tuple[int, int]], centre: int) -> int | float:
    """Index of a reporting verb right after the mention ("Lavrov said"), else infinity."""
    for k in range(centre + 1, min(len(words), centre + 1 + TARGET_REPORTING_REACH)):
        a, b = words[k]
        if _NON_WORD.sub("", text[a:b].lower()) in REPORTING_VERBS:
            return k
    return float("inf")


_NON_WORD = re.compile(r"\W")


def target_spans(doc: Doc, targets: Sequence[str]) -> list[tuple[str, int, int]]:
    """(target, start, end) of every mention of each target term (case-insensitive, whole tokens)."""
    words = doc.token_words
    toks = doc.tokens
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for target in targets:
        if not isinstance(target, str) or not target.strip():
            raise ValueError(f"targets: expected non-empty strings, got {target!r}")
        parts = tuple(w.lower() for w in re.findall(r"\w+(?:[’'\-.,]\w+)*|\S", target))
        index.setdefault(parts[0], []).append((target, parts))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[1]))
    out = []
    i = 0
    while i < len(words):
        for target, parts in index.get(words[i], ()):
            j = i + len(parts)
            if tuple(words[i:j]) == parts:
                out.append((target, toks[i][0], toks[j - 1][1]))
                i = j - 1
                break
        i += 1
    return out


# ---------------------------------------------------------------- per-Doc entry point for the pipeline
def score(
    doc: Doc,
    *,
    quotes: Sequence[dict] | pd.DataFrame | None = None,
    targets: Sequence[str] | None = None,
    cache: dict[str, dict] | None = None,
) -> dict[str, Any]:
    """Score a Doc's sentences, the given quotes and target mentions, each distinct text once.

    Returns ``{"sentences": [scores per sentence], "quotes": [scores per quote row, in order],
    "document": length-weighted scores, "targets": [rows per target mention]}``; each score is a dict
    ``neg, neu, pos, compound``. ``quotes`` are row dicts (or a DataFrame) with ``start`` and ``end``.
    """
    cache = {} if cache is None else cache
    sent = score_spans(doc, ((a, b) for a, b, _ in doc.sentences), cache)
    qrows = quotes.to_dict("records") if isinstance(quotes, pd.DataFrame) else list(quotes or [])
    qs = score_texts((quoted_text(q, doc.text) for q in qrows), cache)
    out: dict[str, Any] = {
        "sentences": sent,
        "quotes": qs,
        "document": document_score(sent, doc.sentence_n_words),
        "targets": [],
    }
    if targets:
        out["targets"] = _target_rows(doc, targets)
    return out


def _target_rows(doc: Doc, targets: Sequence[str]) -> list[dict]:
    rows = []
    t = doc.text
    for n, (target, ma, mb) in enumerate(target_spans(doc, targets)):
        sid = doc.sentence_of(ma)
        a, b = (doc.sentences[sid][0], doc.sentences[sid][1]) if sid >= 0 else (ma, mb)
        s = target_scores(t[a:b], ma - a, mb - a)
        rows.append(
            {
                "article_id": doc.article_id,
                "unit_id": n,
                "start": a,
                "end": b,
                **s,
                "target": target,
                "mention_start": ma,
                "mention_end": mb,
                "sentence_id": sid if sid >= 0 else None,
                "polarity": target_polarity(s["compound"]),
            }
        )
    return rows


# ---------------------------------------------------------------- public function
def sentiment(
    data: Any,
    *,
    level: str = "sentence",
    targets: Sequence[str] | str | None = None,
    quotes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """VADER tone per unit: ``article_id, unit_id, start, end, neg, neu, pos, compound`` (+ extras).

    ``level="sentence"`` (default): one row per sentence, ``unit_id`` = ``sentence_id`` (also given as a
    column), plus ``text``. ``level="quote"``: one row per quote, ``unit_id`` = ``quote_id``; quotes
    come from ``quotes`` (a DataFrame with ``article_id, start, end`` and optional ``quote_id``, e.g.
    ``discourse.quotes(data)``) or, when not given, from ``discourse.quotes.extract`` on each article.
    ``level="document"``: one row per article spanning the whole text, the word-count-weighted mean of
    its sentence scores.

    ``targets`` (a term or list of terms, matched case-insensitively on whole tokens) switches to tone
    toward a target: one row per mention with ``target, mention_start, mention_end, sentence_id,
    polarity`` (-1/0/1); the scores weigh the words of the mention's sentence (``start, end``) by their
    distance from the mention (see :func:`target_scores`).

    >>> sentiment("The talks were a great success. The war is a disaster.")["compound"].tolist()
    [0.8316, -0.8402]
    """
    from .pipeline import quotes_by_article, table_from_docs

    if level not in LEVELS:
        raise ValueError(f"level: expected one of {list(LEVELS)}, got {level!r}")
    if targets is not None:
        targets = [targets] if isinstance(targets, str) else list(targets)
        if not targets or not all(isinstance(t, str) and t.strip() for t in targets):
            raise ValueError(f"targets: expected one or more non-empty strings, got {targets!r}")
        df = table_from_docs(data, "sentiment", lambda doc: _target_rows(doc, targets))
        return _with_columns(df, TARGET_COLUMNS)
    if level == "sentence":
        return _with_columns(table_from_docs(data, "sentiment", _sentence_rows), SENTENCE_COLUMNS)
    if level == "document":
        return table_from_docs(data, "sentiment", _document_rows)
    if quotes is None:
        extract = _quote_extractor()
        df = table_from_docs(data, "sentiment", lambda doc: _quote_rows(doc, extract(doc)))
    else:
        by_article = quotes_by_article(quotes)
        rows_of = by_article.get
        df = table_from_docs(data, "sentiment", lambda doc: _quote_rows(doc, rows_of(doc.article_id, [])))
    return _with_columns(df, QUOTE_COLUMNS)


# Columns each level adds after the schema's, with their dtypes (also present when there are no rows).
SENTENCE_COLUMNS = {"sentence_id": "int64", "text": "str"}
QUOTE_COLUMNS = {"quote_id": "object", "text": "str"}
TARGET_COLUMNS = {
    "target": "str",
    "mention_start": "int64",
    "mention_end": "int64",
    "sentence_id": "float64",
    "polarity": "int64",
}


def _with_columns(df: pd.DataFrame, extra: dict[str, str]) -> pd.DataFrame:
    for c, dtype in extra.items():
        if c not in df.columns:
            df[c] = pd.Series(dtype=dtype, index=df.index)
        elif len(df):
            df[c] = df[c].astype(dtype)
    return df


def _sentence_rows(doc: Doc) -> list[dict]:
    t = doc.text
    scores = score_spans(doc, ((a, b) for a, b, _ in doc.sentences))
    return [
        {
            "article_id": doc.article_id,
            "unit_id": i,
            "start": a,
            "end": b,
            **s,
            "sentence_id": i,
            "text": t[a:b],
        }
        for i, ((a, b, _), s) in enumerate(zip(doc.sentences, scores, strict=True))
    ]


def _document_rows(doc: Doc) -> list[dict]:
    s = score(doc)["document"]
    return [{"article_id": doc.article_id, "unit_id": 0, "start": 0, "end": len(doc.text), **s}]


def _quote_rows(doc: Doc, quotes: Sequence[dict]) -> list[dict]:
    t = doc.text
    scores = score_texts(quoted_text(q, t) for q in quotes)
    return [
        {
            "article_id": doc.article_id,
            "unit_id": q["quote_id"],
            "start": int(q["start"]),
            "end": int(q["end"]),
            **s,
            "quote_id": q["quote_id"],
            "text": t[int(q["start"]) : int(q["end"])],
        }
        for q, s in zip(quotes, scores, strict=True)
    ]


def _quote_extractor() -> Any:
    """``discourse.quotes.extract`` (quote rows of one Doc), or a clear error when it is not available."""
    import importlib

    try:  # by module name: the package re-exports a function called quotes over the module
        return importlib.import_module(f"{__package__}.quotes").extract
    except (ImportError, AttributeError):
        raise ValueError(
            "level='quote': pass quotes=<DataFrame with article_id, start, end> (discourse.quotes.extract "
            "is not available in this version)"
        ) from None
