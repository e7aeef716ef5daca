"""The pipeline: for each article build one :class:`~discourse.segment.Doc`, run every analyser on it.

``analyze`` is the one entry point that fills every table; the single-table functions
(:func:`sentences`, and later ``quotes``, ``hedges``, ``sentiment``) share its input handling so that
every public function accepts the same kinds of ``data``:

* a ``str`` (one article, ``article_id`` 0);
* a list, tuple or Series of ``str`` (``article_id`` is the position 0..n-1; ``None``/NaN is empty text);
* a DataFrame with a ``text`` column and optional ``article_id`` (other columns pass through);
* an :class:`Analysis` (its articles).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .segment import Doc, make_doc
from .text import count_words

__all__ = ["Analysis", "analyze", "sentences", "as_articles", "iter_docs"]

ERRORS = ("collect", "raise")


# ---------------------------------------------------------------- input handling
def _clean_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bytes):
        from .io import decode_bytes

        return decode_bytes(value)[0]
    return value if isinstance(value, str) else str(value)


def as_articles(data: Any, *, argname: str = "data", text_col: str = "text") -> pd.DataFrame:
    """Coerce ``data`` into a DataFrame with ``article_id`` and ``text`` (other columns kept).

    Raises ``TypeError`` for unsupported types and ``ValueError`` for a DataFrame without the text column
    or with duplicate ``article_id`` values. Missing texts become empty strings; nothing is dropped.
    """
    if isinstance(data, Analysis):
        data = data.articles
    if isinstance(data, str):
        df = pd.DataFrame({"article_id": [0], "text": [data]})
    elif isinstance(data, pd.DataFrame):
        if text_col not in data.columns:
            raise ValueError(
                f"{argname}: DataFrame has no {text_col!r} column; columns found: {list(map(str, data.columns))}"
            )
        df = data.reset_index(drop=True).copy()
        if text_col != "text":
            df = df.rename(columns={text_col: "text"})
        df["text"] = [_clean_text(v) for v in df["text"]]
        if "article_id" not in df.columns:
            df.insert(0, "article_id", range(len(df)))
        elif df["article_id"].isna().any():
            raise ValueError(f"{argname}: column 'article_id' has missing values")
    elif isinstance(data, pd.Series | list | tuple):
        values = list(data)
        bad = [type(v).__name__ for v in values if not (isinstance(v, str | bytes) or v is None or _is_nan(v))]
        if bad:
            raise TypeError(f"{argname}: expected a list/Series of str, found items of type {sorted(set(bad))}")
        df = pd.DataFrame({"article_id": range(len(values)), "text": [_clean_text(v) for v in values]})
    else:
        raise TypeError(
            f"{argname}: expected a str, a list/Series of str, or a DataFrame with a 'text' column; "
            f"got {type(data).__name__}"
        )
    if df["article_id"].duplicated().any():
        dups = df.loc[df["article_id"].duplicated(), "article_id"].head(5).tolist()
        raise ValueError(f"{argname}: 'article_id' must be unique; duplicated: {dups}")
    df["article_id"] = df["article_id"].astype(object)
    return df


def _is_nan(v: Any) -> bool:
    return (isinstance(v, float) and math.isnan(v)) or v is pd.NA


def iter_docs(articles: pd.DataFrame) -> Iterable[Doc]:
    """Build the Doc of each article row, in order (the one place documents are segmented)."""
    for aid, text in zip(articles["article_id"], articles["text"], strict=True):
        yield make_doc(text, aid)


def table_from_docs(data: Any, table: str, fn: Callable[..., list[dict]], **kwargs: Any) -> pd.DataFrame:
    """Run ``fn(doc, **kwargs)`` on the Doc of every article in ``data`` and return the ``table`` rows.

    The shared body of the single-table public functions (``quotes``, ``hedges`` ...): same input
    handling as :func:`analyze`, same schema. An article whose analysis fails is skipped with a warning
    naming it (use :func:`analyze` to get such failures as rows of ``Analysis.errors``).
    """
    articles = as_articles(data)
    rows: list[dict] = []
    for doc in iter_docs(articles):
        try:
            rows.extend(fn(doc, **kwargs))
        except Exception as exc:
            warnings.warn(f"{table}: article {doc.article_id!r} skipped: {_describe(exc)}", stacklevel=2)
    return schema.conform(pd.DataFrame(rows), table)


# ---------------------------------------------------------------- per-article analysis
def _sentence_rows(doc: Doc) -> dict[str, list]:
    t = doc.text
    return {
        "article_id": [doc.article_id] * len(doc.sentences),
        "sentence_id": list(range(len(doc.sentences))),
        "paragraph_id": [p for _, _, p in doc.sentences],
        "start": [a for a, _, _ in doc.sentences],
        "end": [b for _, b, _ in doc.sentences],
        "text": [t[a:b] for a, b, _ in doc.sentences],
        "n_words": doc.sentence_n_words,
    }


# Analysers run on each Doc after segmentation: (stage name, table, function(doc) -> list of row dicts).
# Later analysers (quotes, hedges, sentiment) register here; the order is the order they run in.
ANALYSERS: list[tuple[str, str, Callable[[Doc], list[dict]]]] = []


def _analyze_chunk(articles: pd.DataFrame, errors: str) -> dict[str, list]:
    out: dict[str, list] = {"sentences": [], "errors": []}
    for _, table, _ in ANALYSERS:
        out.setdefault(table, [])
    for aid, text in zip(articles["article_id"], articles["text"], strict=True):
        try:
            doc = make_doc(text, aid)
        except Exception as exc:  # keep the article, report why it has no rows
            if errors == "raise":
                raise
            out["errors"].append({"article_id": aid, "stage": "segment", "message": _describe(exc)})
            continue
        out["sentences"].append(_sentence_rows(doc))
        for stage, table, fn in ANALYSERS:
            try:
                out[table].extend(fn(doc))
            except Exception as exc:
                if errors == "raise":
                    raise
                out["errors"].append({"article_id": aid, "stage": stage, "message": _describe(exc)})
    return out


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _concat_columns(parts: list[dict[str, list]], table: str) -> pd.DataFrame:
    cols = schema.columns(table)
    merged: dict[str, list] = {c: [] for c in cols}
    for p in parts:
        for c in cols:
            merged[c].extend(p[c])
    return schema.conform(pd.DataFrame(merged), table)


@dataclass
class Analysis:
    """The result of :func:`analyze`: one DataFrame per table, with the columns in ``discourse.schema``.

    Attributes: ``articles`` (one row per input article, always all of them), ``sentences``,
    ``quotes``, ``hedges``, ``errors`` (article_id, stage, message).
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame = field(default_factory=lambda: schema.empty("quotes"))
    hedges: pd.DataFrame = field(default_factory=lambda: schema.empty("hedges"))
    errors: pd.DataFrame = field(default_factory=lambda: schema.empty("errors"))

    TABLES = ("articles", "sentences", "quotes", "hedges", "errors")

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in a fixed order."""
        return {name: getattr(self, name) for name in self.TABLES}

    def summary(self) -> str:
        """A short human-readable account of what is in the analysis."""
        a = self.articles
        words = int(a["n_words"].sum()) if len(a) else 0
        lines = [
            f"{len(a)} articles, {words:,} words, {len(self.sentences):,} sentences",
            f"{len(self.quotes):,} quotes, {len(self.hedges):,} hedge/booster cues, {len(self.errors)} errors",
        ]
        if len(self.quotes) and self.quotes["speaker"].notna().any():
            top = self.quotes["speaker"].value_counts().head(5)
            lines.append("most quoted: " + ", ".join(f"{k} ({v})" for k, v in top.items()))
        return "\n".join(lines)

    def __repr__(self) -> str:
        return "Analysis(" + self.summary().replace("\n", "; ") + ")"

    def to_dir(self, path: str | Path, format: str = "parquet") -> list[Path]:
        """Write every table to ``path`` as ``<table>.parquet`` or ``<table>.csv``; returns the files.

        ``format`` is ``"parquet"``, ``"csv"`` or ``"both"``.
        """
        formats = {"parquet": ("parquet",), "csv": ("csv",), "both": ("parquet", "csv")}
        if format not in formats:
            raise ValueError(f"format: expected one of {sorted(formats)}, got {format!r}")
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, df in self.tables().items():
            df = df.copy()
            df["article_id"] = df["article_id"].astype(str)  # Parquet needs one type per column
            for fmt in formats[format]:
                f = out / f"{name}.{fmt}"
                if fmt == "parquet":
                    df.to_parquet(f, index=False)
                else:
                    df.to_csv(f, index=False)
                written.append(f)
        return written


def _articles_table(articles: pd.DataFrame) -> pd.DataFrame:
    df = articles.copy()
    if "n_words" not in df.columns:
        df["n_words"] = [count_words(t) for t in df["text"]]
    return schema.conform(df, "articles")


def analyze(
    data: Any,
    *,
    n_jobs: int = 1,
    errors: str = "collect",
    chunk_size: int | None = None,
) -> Analysis:
    """Analyse articles: sentences, quotes, hedges and sentiment, each in its own table.

    Parameters
    ----------
    data : str, list/Series of str, DataFrame with ``text`` (and optional ``article_id``), or the
        articles table from :func:`discourse.read_articles`.
    n_jobs : number of worker processes (joblib); ``-1`` uses every core. Results are identical to
        ``n_jobs=1`` and in input order.
    errors : ``"collect"`` (default) puts a failing article's reason in ``Analysis.errors`` and goes on;
        ``"raise"`` re-raises, for debugging.
    chunk_size : articles per task when ``n_jobs != 1`` (default: spread evenly, at most 200).

    Returns
    -------
    Analysis with ``articles`` (one row per input article), ``sentences``, ``quotes``, ``hedges`` and
    ``errors``.

    >>> res = analyze("Russia may support it, Lavrov said. He added more.")
    >>> len(res.sentences)
    2
    """
    if errors not in ERRORS:
        raise ValueError(f"errors: expected one of {list(ERRORS)}, got {errors!r}")
    if not isinstance(n_jobs, int) or n_jobs == 0:
        raise ValueError(f"n_jobs: expected a non-zero int (-1 for every core), got {n_jobs!r}")
    articles = as_articles(data)
    chunks = _chunks(articles, n_jobs, chunk_size)
    if n_jobs == 1 or len(chunks) <= 1:
        parts = [_analyze_chunk(c, errors) for c in chunks]
    else:
        from joblib import Parallel, delayed

        parts = Parallel(n_jobs=n_jobs)(delayed(_analyze_chunk)(c, errors) for c in chunks)
    tables = {name: [] for name in ("sentences", "errors", *{t for _, t, _ in ANALYSERS})}
    for p in parts:
        for name, rows in p.items():
            tables[name].extend(rows)
    sent = _concat_columns(tables.pop("sentences"), "sentences")
    result = Analysis(articles=_articles_table(articles), sentences=sent)
    read_errors = data.attrs.get("errors") if isinstance(data, pd.DataFrame) else None
    errs = schema.conform(pd.DataFrame(tables.pop("errors")), "errors")
    if isinstance(read_errors, pd.DataFrame) and len(read_errors):
        errs = pd.concat([schema.conform(read_errors, "errors"), errs], ignore_index=True)
    result.errors = errs
    for name, rows in tables.items():
        setattr(result, name, schema.conform(pd.DataFrame(rows), name))
    return result


def _chunks(articles: pd.DataFrame, n_jobs: int, chunk_size: int | None) -> list[pd.DataFrame]:
    n = len(articles)
    if n == 0:
        return [articles]
    if chunk_size is None:
        workers = 1 if n_jobs == 1 else (n_jobs if n_jobs > 0 else _cpu_count())
        chunk_size = max(1, min(200, math.ceil(n / (workers * 4))))
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValueError(f"chunk_size: expected a positive int, got {chunk_size!r}")
    return [articles.iloc[i : i + chunk_size] for i in range(0, n, chunk_size)]


def _cpu_count() -> int:
    import os

    return os.cpu_count() or 1


def sentences(data: Any) -> pd.DataFrame:
    """One row per sentence: ``article_id, sentence_id, paragraph_id, start, end, text, n_words``.

    Sentences come from NLTK's Punkt with the project's parameters and never cross a paragraph (blank
    line). ``text[start:end]`` of the article equals the row's ``text``.

    >>> sentences("Gen. Smith arrived in the U.S. on Monday. He spoke.")["text"].tolist()
    ['Gen. Smith arrived in the U.S. on Monday.', 'He spoke.']
    """
    articles = as_articles(data)
    parts = [_sentence_rows(doc) for doc in iter_docs(articles)]
    return _concat_columns(parts, "sentences")
