"""Comparisons between groups: rates with bootstrap intervals, keyness, trends and keyword in context.

Table in, table out, in the manner of tidytext: each function takes an :class:`~discourse.pipeline.Analysis`
or one of its tables and returns a DataFrame with one row per group (or per word), ready for pandas or
:mod:`discourse.plot`.

* :func:`compare` — counts, words, quotes, hedges and boosters per 1,000 words and mean tone per group, each
  with a percentile bootstrap 95% interval (Efron & Tibshirani 1993) that resamples articles within a
  group, because sentences and quotes of one article are not independent;
* :func:`keyness` — the words that distinguish one group's statements from another's: log-odds ratio with an
  informative Dirichlet prior and its z-score (Monroe, Colaresi & Quinn 2008, "Fightin' Words", Political
  Analysis 16(4), eqs. 16 and 22), counted with scikit-learn's ``CountVectorizer``;
* :func:`over_time` — the same measures per period;
* :func:`kwic` — keyword in context, the concordance of quanteda's ``kwic``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .schema import quoted_text

__all__ = ["compare", "keyness", "over_time", "kwic", "MEASURES"]

# Measures reported by compare(), in order: name -> (numerator column, denominator) ; see _measures().
MEASURES = ("hedges_per_1000", "boosters_per_1000", "quotes_per_1000", "tone")
UNITS = ("quote", "sentence", "article")


def _unit_table(data: Any, unit: str) -> pd.DataFrame:
    if unit not in UNITS:
        raise ValueError(f"unit: expected one of {list(UNITS)}, got {unit!r}")
    if isinstance(data, pd.DataFrame):
        return data
    name = {"quote": "quotes", "sentence": "sentences", "article": "articles"}[unit]
    table = getattr(data, name, None)
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"data: expected an Analysis or a DataFrame, got {type(data).__name__}")
    return table


def _with_group_columns(table: pd.DataFrame, by: list[str], data: Any) -> pd.DataFrame:
    """Add grouping columns the unit table lacks from the articles table ("source", "year", ...)."""
    missing = [c for c in by if c not in table.columns]
    if not missing:
        return table
    articles = getattr(data, "articles", None)
    if "year" in missing and "year" not in (articles.columns if articles is not None else []) and "date" in table:
        table = table.assign(year=pd.to_datetime(table["date"]).dt.year)
        missing.remove("year")
    if missing and articles is not None:
        art = articles
        if "year" in missing and "year" not in art.columns:
            art = art.assign(year=pd.to_datetime(art["date"]).dt.year)
        cols = [c for c in missing if c in art.columns]
        if cols and "article_id" in table.columns:
            table = table.merge(art[["article_id", *cols]], on="article_id", how="left")
            missing = [c for c in missing if c not in cols]
    if missing:
        raise ValueError(f"by: column(s) {missing} not found in the {len(table.columns)}-column table "
                         f"or the articles table; columns: {list(table.columns)}")
    return table


def _as_list(by: str | Sequence[str]) -> list[str]:
    if isinstance(by, str):
        return [by]
    by = list(by)
    if not by:
        raise ValueError("by: expected a column name or a list of column names")
    return by


def _cluster_sums(g: pd.DataFrame, cluster: str | None) -> dict[str, np.ndarray]:
    """Per-cluster sums of the quantities the measures are ratios of."""
    cols = {"words": "n_words", "hedges": "n_hedges", "boosters": "n_boosters", "quotes": "n_quotes",
            "tone": "compound"}
    frame = pd.DataFrame({k: pd.to_numeric(g[c], errors="coerce") if c in g else np.nan for k, c in cols.items()},
                         index=g.index)
    frame["tone_n"] = frame["tone"].notna().astype(float)
    frame["tone"] = frame["tone"].fillna(0.0)
    frame["units"] = 1.0
    keys = g[cluster] if cluster and cluster in g else pd.Series(np.arange(len(g)), index=g.index)
    sums = frame.groupby(keys.to_numpy(), sort=False).sum(min_count=1)
    return {c: sums[c].to_numpy(dtype=float) for c in sums.columns}


def _ratios(s: dict[str, np.ndarray], idx: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Measures from cluster sums; with ``idx`` (n_boot x n_clusters) one value per bootstrap draw."""
    def tot(k: str) -> np.ndarray:
        v = np.nan_to_num(s[k])
        return v.sum() if idx is None else v[idx].sum(axis=1)

    with np.errstate(divide="ignore", invalid="ignore"):
        words = tot("words")
        return {
            "hedges_per_1000": 1000 * tot("hedges") / words,
            "boosters_per_1000": 1000 * tot("boosters") / words,
            "quotes_per_1000": 1000 * tot("quotes") / words,
            "tone": tot("tone") / tot("tone_n"),
        }


def compare(
    data: Any,
    by: str | Sequence[str],
    unit: str = "quote",
    *,
    n_boot: int = 1000,
    random_state: int | None = 0,
    ci: float = 0.95,
    cluster: str | None = "article_id",
    form: str = "wide",
) -> pd.DataFrame:
    """Rates per 1,000 words and mean tone for each group, with bootstrap confidence intervals.

    Parameters
    ----------
    data : an Analysis, or a quotes/sentences/articles table (with ``n_words``, ``n_hedges``,
        ``n_boosters`` and ``compound`` as ``analyze`` adds them).
    by : column(s) to group by: any column of the unit table or of the articles table (``source``,
        ``year`` from ``date``, a metadata column), e.g. ``"speaker"`` or ``["speaker_group", "year"]``.
    unit : what a row is: ``"quote"`` (what officials said), ``"sentence"`` or ``"article"``.
    n_boot : bootstrap draws (0 for no intervals).
    random_state : seed of the bootstrap, so results can be reproduced.
    ci : width of the interval (0.95 gives the 2.5 and 97.5 percentiles).
    cluster : column whose values are resampled as wholes (default ``article_id``); ``None`` resamples rows.
    form : ``"wide"`` (one row per group, each measure with ``_low``/``_high`` columns) or ``"long"`` (one
        row per group and measure: ``measure, value, low, high``; for plotting).

    Returns
    -------
    Wide: the ``by`` columns, ``n_units, n_articles, n_words``, then for each measure in
    ``hedges_per_1000, boosters_per_1000, quotes_per_1000, tone`` the value and its interval
    (``quotes_per_1000`` is NaN for ``unit="quote"``: quotes per quoted word is not a rate of quoting).

    >>> import discourse as dc
    >>> res = dc.analyze(dc.datasets.load_seed())                   # doctest: +SKIP
    >>> dc.compare(res, by="speaker")[["speaker", "hedges_per_1000"]]  # doctest: +SKIP
    """
    by = _as_list(by)
    table = _prepare(data, by, unit)
    return _summarise(table, by, unit=unit, n_boot=n_boot, random_state=random_state, ci=ci, cluster=cluster, form=form)


def _prepare(data: Any, by: list[str], unit: str) -> pd.DataFrame:
    """The unit table with the grouping columns and ``n_quotes`` (quotes per unit) added."""
    table = _with_group_columns(_unit_table(data, unit), by, data)
    if unit == "quote" and "n_quotes" not in table:
        table = table.assign(n_quotes=1)
    elif "n_quotes" not in table:
        q = getattr(data, "quotes", None)
        if q is not None and len(q):
            key = ["article_id", "sentence_id"] if unit == "sentence" else ["article_id"]
            counts = q.dropna(subset=key).groupby(key).size().rename("n_quotes").reset_index()
            if unit == "sentence":
                counts["sentence_id"] = counts["sentence_id"].astype("int64")
            table = table.merge(counts, on=key, how="left").fillna({"n_quotes": 0})
    return table


def _summarise(table: pd.DataFrame, by: list[str], *, unit: str, n_boot: int, random_state: int | None, ci: float,
               cluster: str | None, form: str) -> pd.DataFrame:
    if form not in ("wide", "long"):
        raise ValueError(f"form: expected 'wide' or 'long', got {form!r}")
    if not isinstance(n_boot, int) or n_boot < 0:
        raise ValueError(f"n_boot: expected a non-negative int, got {n_boot!r}")
    if not 0 < ci < 1:
        raise ValueError(f"ci: expected a number between 0 and 1, got {ci!r}")
    rng = np.random.default_rng(random_state)
    alpha = (1 - ci) / 2
    rows = []
    for keys, g in table.groupby(by, sort=True, dropna=True):
        keys = keys if isinstance(keys, tuple) else (keys,)
        sums = _cluster_sums(g, cluster)
        point = _ratios(sums)
        row = dict(zip(by, keys, strict=True))
        row.update(n_units=len(g), n_articles=g["article_id"].nunique() if "article_id" in g else np.nan,
                   n_words=int(np.nan_to_num(sums["words"]).sum()))
        n_clusters = len(sums["units"])
        draws = _ratios(sums, rng.integers(0, n_clusters, size=(n_boot, n_clusters))) if n_boot else None
        for m in MEASURES:
            if m == "quotes_per_1000" and unit == "quote":
                # per quote unit this is only 1000 / mean quote length: not a rate of quoting
                row[m] = row[f"{m}_low"] = row[f"{m}_high"] = np.nan
                continue
            row[m] = float(point[m])
            if draws is not None:
                d = draws[m][np.isfinite(draws[m])]
                lo, hi = (np.quantile(d, [alpha, 1 - alpha]) if len(d) else (np.nan, np.nan))
            else:
                lo = hi = np.nan
            row[f"{m}_low"], row[f"{m}_high"] = float(lo), float(hi)
        rows.append(row)
    cols = [*by, "n_units", "n_articles", "n_words"] + [c for m in MEASURES for c in (m, f"{m}_low", f"{m}_high")]
    wide = pd.DataFrame(rows, columns=cols)
    return wide if form == "wide" else _long(wide, by)


def _long(wide: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    parts = []
    for m in MEASURES:
        part = wide[[*by, "n_units", "n_words"]].copy()
        part["measure"] = m
        part["value"], part["low"], part["high"] = wide[m], wide[f"{m}_low"], wide[f"{m}_high"]
        parts.append(part)
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


_PERIOD_ALIASES = {"YE": "Y", "Y": "Y", "A": "Y", "QE": "Q", "Q": "Q", "ME": "M", "M": "M", "W": "W", "D": "D"}


def over_time(
    data: Any,
    by: str | Sequence[str] | None = None,
    unit: str = "quote",
    freq: str = "YE",
    *,
    date_col: str = "date",
    n_boot: int = 1000,
    random_state: int | None = 0,
    ci: float = 0.95,
    cluster: str | None = "article_id",
    form: str = "wide",
) -> pd.DataFrame:
    """:func:`compare` per period and, optionally, per group: the trend of each measure.

    ``freq`` is ``"YE"`` (years, default), ``"QE"`` (quarters), ``"ME"`` (months), ``"W"`` or ``"D"``.
    The result has a ``period`` column (the period's first day) before the ``by`` columns; dates come from
    ``date_col`` of the unit table or of the articles table.
    """
    if freq not in _PERIOD_ALIASES:
        raise ValueError(f"freq: expected one of {sorted(_PERIOD_ALIASES)}, got {freq!r}")
    groups = [] if by is None else _as_list(by)
    table = _prepare(data, [*groups, date_col], unit)
    period = pd.to_datetime(table[date_col], errors="coerce").dt.to_period(_PERIOD_ALIASES[freq]).dt.start_time
    table = table.assign(period=period)
    return _summarise(table, ["period", *groups], unit=unit, n_boot=n_boot, random_state=random_state, ci=ci,
                      cluster=cluster, form=form)


def keyness(
    table: Any,
    by: str,
    target: Any,
    reference: Any = None,
    *,
    text_col: str = "text",
    ngram_range: tuple[int, int] = (1, 1),
    stop_words: str | list[str] | None = "english",
    min_count: int = 3,
    prior_scale: float = 1.0,
    background: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Words that distinguish the ``target`` group's texts from the ``reference`` group's (default: all
    other groups), by the log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008).

    For word *w* with counts *y_t*, *y_r* in target and reference (totals *n_t*, *n_r*) and prior
    *a_w* = ``prior_scale`` × count of *w* in the background (default: all texts in ``table``), *a_0* = Σ *a_w*:

        δ_w = log((y_t + a_w) / (n_t + a_0 − y_t − a_w)) − log((y_r + a_w) / (n_r + a_0 − y_r − a_w))
        σ²_w ≈ 1/(y_t + a_w) + 1/(y_r + a_w);   z_w = δ_w / σ_w

    Returns one row per term (appearing at least ``min_count`` times in the two groups together), sorted by
    ``z`` descending: ``term, n_target, n_reference, log_odds, se, z``. Positive z: typical of the target.
    """
    table = getattr(table, "quotes", table) if not isinstance(table, pd.DataFrame) else table
    if by not in table.columns:
        raise ValueError(f"by: no column {by!r}; columns: {list(table.columns)}")
    if text_col not in table.columns:
        raise ValueError(f"text_col: no column {text_col!r}; columns: {list(table.columns)}")
    from sklearn.feature_extraction.text import CountVectorizer

    if text_col == "text" and "segments" in table.columns and {"start", "end"} <= set(table.columns):
        # quote rows: the quoted words only, not the '..., he said.' that interrupts a quotation
        texts = pd.Series([quoted_text(r) for r in table.to_dict("records")], index=table.index, dtype=object)
    else:
        texts = table[text_col].fillna("").astype(str)
    is_t = table[by] == target
    is_r = (table[by] == reference) if reference is not None else (~is_t & table[by].notna())
    if not is_t.any():
        raise ValueError(f"target: no rows with {by} == {target!r}")
    if not is_r.any():
        raise ValueError(f"reference: no rows for the reference group ({reference!r})")
    bg_texts = texts if background is None else background[text_col].fillna("").astype(str)
    vec = CountVectorizer(ngram_range=ngram_range, stop_words=stop_words, lowercase=True,
                          token_pattern=r"(?u)\b[^\W\d_][\w'’-]*\b")
    try:
        vec.fit(pd.concat([bg_texts, texts[is_t], texts[is_r]]))
    except ValueError:  # empty vocabulary
        return pd.DataFrame(columns=["term", "n_target", "n_reference", "log_odds", "se", "z"])
    y_t = np.asarray(vec.transform(texts[is_t]).sum(axis=0)).ravel().astype(float)
    y_r = np.asarray(vec.transform(texts[is_r]).sum(axis=0)).ravel().astype(float)
    prior = prior_scale * np.asarray(vec.transform(bg_texts).sum(axis=0)).ravel().astype(float)
    prior = np.where(prior > 0, prior, 0.01)  # words absent from the background still get a small prior
    a0, n_t, n_r = prior.sum(), y_t.sum(), y_r.sum()
    delta = (np.log((y_t + prior) / (n_t + a0 - y_t - prior))
             - np.log((y_r + prior) / (n_r + a0 - y_r - prior)))
    se = np.sqrt(1 / (y_t + prior) + 1 / (y_r + prior))
    out = pd.DataFrame({"term": vec.get_feature_names_out(), "n_target": y_t.astype(int),
                        "n_reference": y_r.astype(int), "log_odds": delta, "se": se, "z": delta / se})
    out = out[(out["n_target"] + out["n_reference"]) >= min_count]
    return out.sort_values(["z", "term"], ascending=[False, True]).reset_index(drop=True)


_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def _words_before(text: str, i: int, n: int) -> str:
    """The text before ``i`` back to the start of the n-th word, punctuation kept, whitespace squeezed."""
    if n == 0:
        return ""
    lo = max(0, i - 60 * n)
    starts = [m.start() for m in _WORD.finditer(text, lo, i)]
    a = starts[-n] if len(starts) >= n else (starts[0] if starts else i)
    return " ".join(text[a:i].split())


def _words_after(text: str, i: int, n: int) -> str:
    """The text after ``i`` to the end of the n-th word (and trailing punctuation up to the next space)."""
    if n == 0:
        return ""
    ends = [m.end() for m in _WORD.finditer(text, i, min(len(text), i + 60 * n))][:n]
    b = ends[-1] if ends else i
    while b < len(text) and not text[b].isspace() and not text[b].isalnum():
        b += 1
    return " ".join(text[i:b].split())


def kwic(
    data: Any,
    pattern: str,
    window: int = 8,
    *,
    regex: bool = False,
    case_sensitive: bool = False,
) -> pd.DataFrame:
    """Keyword in context: every match of ``pattern`` with ``window`` words on each side.

    ``pattern`` is a word or phrase (``"safe zone*"``: ``*`` matches any word ending) or, with
    ``regex=True``, a regular expression. ``data`` is anything :func:`discourse.analyze` accepts, or a
    table with ``text`` (e.g. quotes: then offsets are relative to each quote's ``start`` in its article).

    Returns ``article_id, start, end, pre, keyword, post`` (and ``quote_id`` for quote tables); ``start``
    and ``end`` index the article's text.
    """
    from .pipeline import as_articles

    if not isinstance(pattern, str) or not pattern.strip():
        raise ValueError("pattern: expected a non-empty string")
    if not isinstance(window, int) or window < 0:
        raise ValueError(f"window: expected a non-negative int, got {window!r}")
    flags = 0 if case_sensitive else re.IGNORECASE
    if regex:
        rx = re.compile(pattern, flags)
    else:
        words = [re.escape(w).replace(r"\*", r"\w*") for w in pattern.split()]
        rx = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", flags)
    if isinstance(data, pd.DataFrame) and "quote_id" in data.columns and "start" in data.columns:
        units = data
        base = data["start"].astype(int).tolist()
    else:
        units = as_articles(getattr(data, "articles", data))
        base = [0] * len(units)
    rows = []
    for (_, u), off in zip(units.iterrows(), base, strict=True):
        text = u["text"] if isinstance(u["text"], str) else ""
        for m in rx.finditer(text):
            row = {"article_id": u["article_id"], "start": off + m.start(), "end": off + m.end(),
                   "pre": _words_before(text, m.start(), window), "keyword": m.group(0),
                   "post": _words_after(text, m.end(), window)}
            if "quote_id" in units.columns:
                row["quote_id"] = u["quote_id"]
            rows.append(row)
    cols = ["article_id", "start", "end", "pre", "keyword", "post"] + (["quote_id"] if "quote_id" in units else [])
    return pd.DataFrame(rows, columns=cols)
